"""The stores: SQLite schema and dedup, JSONL and Parquet writers, export, torn-line recovery."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from newsx.errors import StoreError
from newsx.models import Article, Change, Check, Count, Mention, Money, Organisation, Percentage, Period
from newsx.store import JSONLStore, ParquetStore, SQLiteStore, article_key, canonical_url, export, open_store

BODY = "행정안전부는 2026년 예산 296억원을 편성했다.\n지원 대상은 1200명으로 전년보다 12% 늘었다."


def _span(text: str, start: int = 0) -> tuple[int, int]:
    s = BODY.index(text, start)
    return (s, s + len(text))


def make_article(url: str | None = "https://news.example.kr/a/1", title: str = "행안부 예산", body: str = BODY) -> Article:
    if body != BODY:
        return Article(url=url, title=title, body=body, sentences=[(0, len(body))])
    return Article(
        url=url,
        title=title,
        published="2025-12-26",
        site="example",
        body=BODY,
        sentences=[(0, 28), (29, len(BODY))],
        money=[Money(text="296억원", span=_span("296억원"), sentence=0, value=29_600_000_000)],
        periods=[Period(text="2026년", span=_span("2026년"), sentence=0, start="2026", end="2026")],
        counts=[Count(text="1200명", span=_span("1200명"), sentence=1, value=1200, unit="명", noun="지원 대상")],
        changes=[Change(text="12% 늘었다", span=_span("12% 늘었다"), sentence=1, delta=12, unit="%")],
        percentages=[Percentage(text="12%", span=_span("12%"), sentence=1, value=12)],
        organisations=[
            Organisation(name="행정안전부", aliases=["행안부"], kind="government",
                         spans=[Mention(text="행정안전부", span=_span("행정안전부"), sentence=0)])
        ],
        checks=[Check(rule="sum", status="unverifiable", message="no total given")],
    )


def test_sqlite_tables_hold_every_figure_and_mention(tmp_path):
    with SQLiteStore(tmp_path / "r.sqlite") as store:
        assert store.add_article("a.html", make_article().model_dump_json()).status == "stored"
    conn = sqlite3.connect(tmp_path / "r.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = conn.execute(
        'SELECT kind, text, value, unit, currency, qualifier, "start", "end", delta, noun, sentence, span_start, span_end '
        "FROM figures ORDER BY kind"
    ).fetchall()
    assert rows == [
        ("changes", "12% 늘었다", None, "%", None, None, None, None, 12.0, None, 1, *_span("12% 늘었다")),
        ("counts", "1200명", 1200.0, "명", None, "exact", None, None, None, "지원 대상", 1, *_span("1200명")),
        ("money", "296억원", 29_600_000_000.0, None, "KRW", "exact", None, None, None, None, 0, *_span("296억원")),
        ("percentages", "12%", 12.0, "%", None, "exact", None, None, None, None, 1, *_span("12%")),
        ("periods", "2026년", None, None, None, None, "2026", "2026", None, None, 0, *_span("2026년")),
    ]
    for text, s, e in conn.execute("SELECT text, span_start, span_end FROM figures"):
        assert BODY[s:e] == text
    assert conn.execute("SELECT name, kind, aliases, mentions FROM organisations").fetchall() == [
        ("행정안전부", "government", '["행안부"]', 1)
    ]
    assert conn.execute("SELECT org_idx, text, sentence FROM org_mentions").fetchall() == [(0, "행정안전부", 0)]
    assert conn.execute("SELECT rule, status FROM checks").fetchall() == [("sum", "unverifiable")]
    (record,) = conn.execute("SELECT record FROM articles").fetchone()
    assert Article.model_validate_json(record) == make_article()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_same_article_twice_is_stored_once_and_both_sources_are_done(tmp_path):
    with SQLiteStore(tmp_path / "r.sqlite") as store:
        rec = make_article().model_dump_json()
        assert store.add_article("https://news.example.kr/a/1?utm_source=x", rec).status == "stored"
        assert store.add_article("copy.html", rec).status == "duplicate"
        assert store.done() == {"https://news.example.kr/a/1?utm_source=x", "copy.html"}
        assert store.totals() == {"articles": 1, "figures": 5, "errors": 0, "organisations": 1, "money": 1,
                                  "periods": 1, "counts": 1, "changes": 1, "percentages": 1}


def test_redo_replaces_the_article_and_its_figures(tmp_path):
    path = tmp_path / "r.sqlite"
    with SQLiteStore(path) as store:
        store.add_article("a", make_article().model_dump_json())
    changed = make_article()
    changed.money = []
    with SQLiteStore(path) as store:
        assert store.add_article("a", changed.model_dump_json(), replace=True).status == "stored"
        assert store.totals()["figures"] == 4
        assert store.totals()["articles"] == 1


def test_an_error_is_replaced_when_the_source_later_works(tmp_path):
    with SQLiteStore(tmp_path / "r.sqlite") as store:
        store.add_error("a", "timeout", "a: no answer in time")
        store.add_error("a", "timeout", "a: no answer in time")
        assert store.conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 1
        assert store.done() == set()
        store.add_article("a", make_article().model_dump_json())
        assert store.conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
        assert store.done() == {"a"}


@pytest.mark.parametrize(
    "url, key",
    [
        ("https://News.Example.kr:443/a/1?utm_source=fb&id=3#top", "https://news.example.kr/a/1?id=3"),
        ("http://example.kr",                                       "http://example.kr/"),
        ("http://example.kr:8080/x?fbclid=1",                       "http://example.kr:8080/x"),
    ],
)  # fmt: skip
def test_canonical_url(url, key):
    assert canonical_url(url) == key


def test_article_key_is_the_content_hash_without_url():
    a = make_article(url=None).model_dump()
    b = make_article(url=None, title="다른 제목").model_dump()
    assert article_key(a).startswith("sha256:")
    assert article_key(a) != article_key(b)
    assert article_key(make_article().model_dump()) == "https://news.example.kr/a/1"


def test_jsonl_lines_are_extract_records_and_a_torn_line_is_dropped(tmp_path):
    path = tmp_path / "r.jsonl"
    with JSONLStore(path) as store:
        store.add_article("a", make_article().model_dump_json())
        store.add_article("b", make_article(url="https://news.example.kr/a/2").model_dump_json())
        store.add_article("c", make_article().model_dump_json())  # same URL as a
        store.add_error("d", "file not found", "d: no such file; check the path")
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 2
    assert Article.model_validate_json(lines[0]) == make_article()
    with open(path, "a", encoding="utf-8") as fh:  # what a killed writer leaves
        fh.write('{"url": "https://news.exa')
    with JSONLStore(path) as store:
        assert store.done() == {"a", "b", "c"}
        assert set(store.errors()) == {"d"}
    assert path.read_text("utf-8").splitlines() == lines


def test_parquet_directory_has_one_table_per_kind(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "r.parquet"
    with open_store(out) as store:
        assert isinstance(store, ParquetStore)
        store.add_article("a", make_article().model_dump_json())
        store.add_error("b", "binary file", "b: binary data")
    money = pq.read_table(out / "money.parquet").to_pylist()
    assert money == [{"article_id": 1, "idx": 0, "text": "296억원", "value": 29_600_000_000.0, "value_max": None,
                      "currency": "KRW", "qualifier": "exact", "sentence": 0, "span_start": 16, "span_end": 21}]
    assert pq.read_table(out / "periods.parquet").column_names[3:5] == ["start", "end"]
    assert pq.read_table(out / "errors.parquet").to_pylist() == [{"source": "b", "reason": "binary file", "message": "b: binary data"}]
    assert pq.read_table(out / "articles.parquet").num_rows == 1
    assert pq.read_table(out / "org_mentions.parquet").num_rows == 1


def test_export_to_parquet_csv_and_jsonl(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    db = tmp_path / "r.sqlite"
    with SQLiteStore(db) as store:
        store.add_article("a", make_article().model_dump_json())
        store.add_article("b", make_article(url="https://news.example.kr/a/2").model_dump_json())
    assert export(db, tmp_path / "figures.parquet") == ("figures", 10)
    table = pq.read_table(tmp_path / "figures.parquet")
    assert sorted(set(table.column("kind").to_pylist())) == ["changes", "counts", "money", "percentages", "periods"]
    assert export(db, tmp_path / "money.csv") == ("money", 2)
    with open(tmp_path / "money.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["article_id"], r["text"], float(r["value"])) for r in rows] == [("1", "296억원", 29.6e9), ("2", "296억원", 29.6e9)]
    assert export(db, tmp_path / "articles.jsonl") == ("articles", 2)
    records = [json.loads(x) for x in (tmp_path / "articles.jsonl").read_text("utf-8").splitlines()]
    assert [r["url"] for r in records] == ["https://news.example.kr/a/1", "https://news.example.kr/a/2"]
    assert export(db, tmp_path / "o.csv", table="organisations") == ("organisations", 2)


@pytest.mark.parametrize(
    "out, message",
    [
        ("r.txt",     "unknown output type"),
        ("r",         "unknown output type"),
    ],
)  # fmt: skip
def test_unknown_output_type_names_the_choices(tmp_path, out, message):
    with pytest.raises(StoreError, match=message):
        open_store(tmp_path / out)


def test_export_refuses_a_missing_store_and_unknown_formats(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        export(tmp_path / "missing.sqlite", tmp_path / "f.csv")
    with SQLiteStore(tmp_path / "r.sqlite"):
        pass
    with pytest.raises(StoreError, match="unknown export format"):
        export(tmp_path / "r.sqlite", tmp_path / "f.xlsx")
    with pytest.raises(StoreError, match="unknown table"):
        export(tmp_path / "r.sqlite", tmp_path / "f.csv", table="nope")


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path):
    bad = tmp_path / "r.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite store"):
        SQLiteStore(bad)
