"""Golden test: every page in fixtures/articles beside its expected record."""

import json

import pytest

import newsx
from golden import KINDS, body_f1, compare, f1

from conftest import FIXTURES, ROOT

CASES = sorted(FIXTURES.glob("*.expected.json"))
# Per-kind F1 floor: the record must stay close to the hand-checked one; a drop
# below means an extractor regressed (or the expected record needs a re-read).
FLOOR = 0.9


@pytest.fixture(scope="module")
def article_schema():
    return json.loads((ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8"))


def _record(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    source = FIXTURES / expected["input"]
    article = newsx.extract(source.read_bytes(), name=str(source))
    return expected, json.loads(article.model_dump_json())


def test_there_are_enough_fixtures():
    assert len(CASES) >= 4


@pytest.mark.parametrize("path", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_fixture_matches_expected(path, article_schema):
    import jsonschema

    expected, record = _record(path)
    jsonschema.validate(record, article_schema)
    if expected.get("published"):
        assert (record["published"] or "")[:10] == expected["published"]
    if expected.get("title"):
        assert " ".join((record["title"] or "").split()) == " ".join(expected["title"].split())
    if expected.get("body"):
        assert body_f1(expected["body"], record["body"]) >= 0.97
    for s in expected.get("forbidden", []):
        assert s not in record["body"], f"furniture {s!r} left in the body"
    problems = {}
    for kind in KINDS:
        if kind not in expected:
            continue
        missed, extra = compare(kind, expected, record)
        score = f1(len(expected[kind]), len(missed), len(extra))
        if score < FLOOR:
            problems[kind] = {"f1": round(score, 3), "missed": missed, "extra": extra}
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
