"""Batch runs: resume after SIGKILL, identical output whatever the engine, bad sources, outputs.

One reference store (the corpus through `--workers 1`, in this process) is built once per
module; the other runs are compared with it statement for statement (`iterdump`).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsx import batch
from newsx.batch import BatchOptions, expand
from newsx.cli import main

ORGS = ("행정안전부", "보건복지부", "서울시", "한국전력공사", "국토교통부")
N_ARTICLES = 150


def article_text(i: int) -> str:
    org, year = ORGS[i % len(ORGS)], 2020 + i % 7
    return (
        f"{org} {year}년 예산 발표 {i}\n"
        f"{org}는 {year}년 예산 {100 + i}억원을 편성했다고 {1 + i % 28}일 밝혔다.\n"
        f"지원 대상은 {1000 + i}명으로 전년보다 {5 + i % 20}% 늘었다.\n"
        f"사업 기간은 {year}년 3월부터 {year + 1}년 2월까지다.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for i in range(N_ARTICLES):
        (root / f"article-{i:03d}.txt").write_text(article_text(i), encoding="utf-8")
    (root / ".hidden.txt").write_text(article_text(999), encoding="utf-8")  # skipped: hidden
    (root / "notes.json").write_text("{}", encoding="utf-8")  # skipped: not an article type
    return root


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    summary = batch.run([str(corpus)], out, workers=1)
    assert (summary.stored, sum(summary.errors.values())) == (N_ARTICLES, 0), summary.examples
    return out


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_reference_store_holds_every_article_once_with_its_figures(reference, corpus):
    sources = [r[0] for r in query(reference, "SELECT source FROM sources ORDER BY source")]
    assert sources == sorted(str(p) for p in corpus.glob("article-*.txt"))
    assert query(reference, "SELECT count(DISTINCT key), count(*) FROM articles") == [(N_ARTICLES, N_ARTICLES)]
    kinds = dict(query(reference, "SELECT kind, count(*) FROM figures GROUP BY kind"))
    assert kinds.get("money", 0) >= N_ARTICLES, kinds  # every article names an amount
    names = {r[0] for r in query(reference, "SELECT DISTINCT name FROM organisations")}
    assert names & set(ORGS), names


def test_sigkill_mid_run_then_rerun_loses_and_duplicates_nothing(corpus, reference, tmp_path):
    out = tmp_path / "killed.sqlite"
    cmd = [sys.executable, "-m", "newsx", "batch", str(corpus), "--out", str(out), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    committed, deadline = 0, time.monotonic() + 60
    while committed < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.002)
        try:
            committed = query(out, "SELECT count(*) FROM sources")[0][0]
        except sqlite3.Error:
            pass  # not created yet, or its schema half-made
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    at_kill = query(out, "SELECT count(*) FROM sources")[0][0]
    assert 3 <= at_kill < N_ARTICLES, "the kill should land mid-run"
    assert query(out, "PRAGMA integrity_check") == [("ok",)]

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    skipped = next(line for line in rerun.stdout.splitlines() if "skipped (already done)" in line)
    assert skipped.split()[-1] == str(at_kill)
    assert query(out, "PRAGMA integrity_check") == [("ok",)]
    assert query(out, "SELECT count(*), count(DISTINCT key) FROM articles") == [(N_ARTICLES, N_ARTICLES)]
    assert dump(out) == dump(reference)


def test_two_workers_write_what_one_worker_writes(corpus, reference, tmp_path):
    out = tmp_path / "w2.sqlite"
    summary = batch.run([str(corpus)], out, workers=2, kiwi_threads=1)  # one core's work per worker
    assert summary.stored == N_ARTICLES
    assert dump(out) == dump(reference)


def test_kiwi_threads_default_to_an_even_share_of_the_cores(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 8)
    assert [batch.kiwi_share(w) for w in (1, 2, 3, 8, 16)] == [8, 4, 2, 1, 1]
    assert batch.kiwi_share(4, kiwi_threads=1) == 1
    with pytest.raises(ValueError, match="kiwi_threads: 0"):
        batch.run([str(tmp_path)], tmp_path / "x.sqlite", kiwi_threads=0)
    with pytest.raises(SystemExit):
        main(["batch", str(tmp_path), "--kiwi-threads", "0"])
    assert "--kiwi-threads" in capsys.readouterr().err


def test_dask_local_cluster_writes_what_the_local_engine_writes(corpus, reference, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask.sqlite"
    summary = batch.run([str(corpus)], out, engine="dask", workers=1)  # one in-process worker
    assert (summary.engine, summary.stored) == ("dask", N_ARTICLES)
    assert dump(out) == dump(reference)


@pytest.fixture
def server():
    """A threaded 127.0.0.1 server, so that a slow answer does not hold up the others."""
    from pytest_httpserver import HTTPServer

    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    srv.clear()
    srv.stop()


def test_bad_sources_each_become_one_error_row_with_a_reason(corpus, tmp_path, server):
    from werkzeug import Response

    httpserver = server

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/gone").respond_with_data("no such page", status=404)

    def slow(request):
        time.sleep(1.5)
        return Response("<html><body>late</body></html>", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.html"
    good = corpus / "article-000.txt"
    gone, late = httpserver.url_for("/gone"), httpserver.url_for("/slow")
    out = tmp_path / "bad.sqlite"
    options = BatchOptions(timeout=0.5, retries=0, delay=0, allow_private=True)

    summary = batch.run([str(missing), str(binary), gone, late, str(good)], out, options=options)

    assert summary.stored == 1
    errors = {source: (reason, message) for source, reason, message in query(out, "SELECT * FROM errors")}
    assert {s: r for s, (r, _) in errors.items()} == {
        str(missing): "file not found",
        str(binary): "binary file",
        gone: "HTTP 404",
        late: "timeout",
    }
    assert errors[str(missing)][1] == f"{missing}: no such file; check the path"
    assert "binary data" in errors[str(binary)][1]
    assert "404 (not found)" in errors[gone][1]
    assert "no answer in time" in errors[late][1]
    assert all(message.startswith(source) for source, (_, message) in errors.items())
    assert dict(summary.errors) == {"file not found": 1, "binary file": 1, "HTTP 404": 1, "timeout": 1}

    # Re-running tries the errors again: still one row each, nothing else added.
    missing.write_text(article_text(500), encoding="utf-8")
    again = batch.run([str(missing), str(binary), gone, late, str(good)], out, options=options)
    assert (again.skipped, again.stored) == (1, 1)
    assert sorted(r[0] for r in query(out, "SELECT reason FROM errors")) == ["HTTP 404", "binary file", "timeout"], (again, query(out, "SELECT * FROM errors"))


def test_jsonl_output_is_extract_records_and_resumes(corpus, reference, tmp_path):
    some = [str(corpus / f"article-{i:03d}.txt") for i in range(4)]
    out = tmp_path / "r.jsonl"
    batch.run(some, out)
    lines = out.read_text("utf-8").splitlines()
    conn = sqlite3.connect(reference)
    expected = [conn.execute("SELECT record FROM articles WHERE source = ?", (s,)).fetchone()[0] for s in some]
    conn.close()
    assert lines == expected
    again = batch.run(some + [str(corpus / "article-004.txt")], out)
    assert (again.skipped, again.stored) == (4, 1)
    assert len(out.read_text("utf-8").splitlines()) == 5


def test_parquet_output_has_one_table_per_kind(corpus, reference, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    some = [str(corpus / f"article-{i:03d}.txt") for i in range(3)]
    out = tmp_path / "r.parquet"
    batch.run(some, out)
    money = pq.read_table(out / "money.parquet").to_pylist()
    ids = ",".join(str(r[0]) for r in query(reference, "SELECT id FROM articles ORDER BY id LIMIT 3"))
    want = query(reference, f"SELECT text, value FROM figures WHERE kind='money' AND article_id IN ({ids}) ORDER BY article_id, idx")
    assert [(m["text"], m["value"]) for m in money] == want
    assert pq.read_table(out / "articles.parquet").num_rows == 3


def test_export_command_writes_csv_parquet_and_jsonl(reference, tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    n_figures = query(reference, "SELECT count(*) FROM figures")[0][0]
    assert main(["export", str(reference), "--to", str(tmp_path / "figures.parquet")]) == 0
    assert pq.read_table(tmp_path / "figures.parquet").num_rows == n_figures
    assert main(["export", str(reference), "--to", str(tmp_path / "figures.csv")]) == 0
    assert len((tmp_path / "figures.csv").read_text("utf-8").splitlines()) == n_figures + 1
    assert main(["export", str(reference), "--to", str(tmp_path / "articles.jsonl")]) == 0
    records = [json.loads(x) for x in (tmp_path / "articles.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == N_ARTICLES and all("money" in r for r in records)
    assert f"{n_figures} rows of figures" in capsys.readouterr().out
    assert main(["export", str(tmp_path / "nope.sqlite"), "--to", str(tmp_path / "f.csv")]) == 1
    assert "no such store" in capsys.readouterr().err


def test_batch_command_prints_a_summary(corpus, tmp_path, capsys):
    out = tmp_path / "demo.sqlite"
    assert main(["batch", str(corpus / "article-001.txt"), str(tmp_path / "nope.txt"), "--out", str(out), "--quiet"]) == 0
    text = capsys.readouterr().out
    for needle in ("articles stored", "money", "organisations", "errors", "file not found", "articles/s"):
        assert needle in text, text


def test_expand_reads_directories_url_lists_and_feeds(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("b.html", "a.txt", "sub/c.htm", "skip.json", ".hidden.html", "b.gold.txt"):
        (tmp_path / "d" / name).write_text("기사", encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text("# my list\nhttps://a.example/1\n\nhttps://a.example/2\n", encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>x</title><link>https://b.example/x</link></item>"
        "<item><title>y</title><link>https://b.example/y</link></item></channel></rss>",
        encoding="utf-8",
    )
    tasks = expand([str(tmp_path / "d"), str(urls), str(feed), str(urls), str(tmp_path / "gone.txt")])
    d = tmp_path / "d"
    assert [t.source for t in tasks] == [
        str(d / "a.txt"), str(d / "b.html"), str(d / "sub" / "c.htm"),
        "https://a.example/1", "https://a.example/2", "https://b.example/x", "https://b.example/y",
        str(tmp_path / "gone.txt"),
    ]  # fmt: skip
    assert [t.seq for t in tasks] == list(range(len(tasks)))


def test_batch_help_teaches_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    help_text = capsys.readouterr().out
    for needle in ("--workers", "--resume", "--engine", "--scheduler", "examples:", "results.parquet", "errors table"):
        assert needle in help_text
