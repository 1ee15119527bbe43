"""Every real page of ../shared/corpus (and the fixtures) through the whole pipeline."""

import pytest

import newsx
from newsx.models import FIGURE_KINDS
from newsx.pipeline import clean_source, read_source

from conftest import FIXTURES, SHARED

PAGES = sorted({p.name: p for p in [*FIXTURES.glob("*.html"), *(SHARED / "corpus" / "raw").glob("*.html")]}.values())
FURNITURE = ["기상청 제공", "HOT클릭", "많이 본 뉴스", "무단전재", "무단 전재", "재배포 금지", "기사 메일전송", "글자크기", "본문 바로가기", "$$ARTICLEAD$$"]


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_page_gives_valid_record_with_no_figure_from_furniture(path):
    data = path.read_bytes()
    article = newsx.extract(data, name=str(path))
    body = article.body
    assert body.strip(), "empty body"
    for phrase in FURNITURE:
        assert phrase not in body
    page = clean_source(read_source(data, str(path)))
    removed = {line.strip() for line in page.removed if len(line.strip()) > 3}
    lines = body.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for kind in FIGURE_KINDS:
        for item in getattr(article, kind):
            assert body[item.span[0] : item.span[1]] == item.text
            line = next(lines[i] for i in range(len(lines)) if starts[i] <= item.span[0] < starts[i + 1])
            assert line.strip() not in removed, f"{kind} {item.text!r} sits in a line the cleaner removed"
    for org in article.organisations:
        for m in org.spans:
            assert body[m.span[0] : m.span[1]] == m.text
