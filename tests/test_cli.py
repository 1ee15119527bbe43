import json
import socket
import subprocess
import sys

import pytest

from newsx.cli import build_parser, main

from conftest import SHARED

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "usage: newsx " + command in out
    sub = build_parser()._subparsers._group_actions[0]
    assert any(a.dest == command and a.help for a in sub._choices_actions), f"{command} has no one-line help"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


BAD = [
    ("missing", lambda tmp: str(tmp / "nope.html"), "no such file"),
    ("directory", lambda tmp: str(tmp), "directory"),
    ("empty", lambda tmp: _write(tmp / "empty.txt", b"  \n "), "empty"),
    ("binary", lambda tmp: _write(tmp / "img.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), "binary"),
    ("undecodable", lambda tmp: _write(tmp / "bad.txt", bytes([0x80, 0xFF, 0xFE, 0x81, 0xC0, 0xC1] * 50)), ""),
    ("unreachable", lambda tmp: f"http://127.0.0.1:{_closed_port()}/news/1", "127.0.0.1"),
]


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("label, make, words", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gives_one_line(tmp_path, label, make, words):
    source = make(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", source], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    err = proc.stderr.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("newsx extract: error:")
    assert words in err


def test_extract_json_and_table(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("정부는 내년 예산 7000억원을 투입한다. 참여 기업은 300개 더 늘었다.", encoding="utf-8")
    assert main(["extract", str(src), "--published", "2025-12-26"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"] == "2025-12-26"
    assert [m["value"] for m in record["money"]] == [700000000000]
    assert main(["extract", str(src), "--format", "table"]) == 0
    assert "7000억원" in capsys.readouterr().out


def test_bad_published_is_one_line(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("본문이다.", encoding="utf-8")
    assert main(["extract", str(src), "--published", "26/12/2025"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_stdin(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", "-", "--published", "2025-12-26"],
        input="올해 9월 10일 출범했다.".encode(),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["body"] == "올해 9월 10일 출범했다."


def test_schema_command_writes_files(tmp_path, capsys):
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "article.schema.json").exists()


def test_seed_via_module(tmp_path):
    seed = SHARED / "seed" / "000_7479bfec925ff843.txt"
    if not seed.exists():
        pytest.skip("../shared is not beside the checkout")
    proc = subprocess.run([sys.executable, "-m", "newsx", "extract", str(seed)], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["published"] == "2025-12-26"
    assert "기상청" not in record["body"]
