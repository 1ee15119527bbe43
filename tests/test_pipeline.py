"""The whole pipeline on odd input: any text gives a valid record whose spans hold."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsx
from newsx.models import FIGURE_KINDS, Article

KOREANISH = st.text(
    alphabet=st.sampled_from(
        list("0123456789,.~%→()[]‘’“” \n\t\u00a0억원조만천개명인년월일약여이상부터까지내년올해산업부는투입했다증가감소<>&p")
    ),
    max_size=200,
)


def _check(article: Article) -> None:
    body = article.body
    Article.model_validate(json.loads(article.model_dump_json()))
    for kind in FIGURE_KINDS:
        for item in getattr(article, kind):
            assert body[item.span[0] : item.span[1]] == item.text
            assert 0 <= item.sentence < len(article.sentences)
    for org in article.organisations:
        for m in org.spans:
            assert body[m.span[0] : m.span[1]] == m.text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), KOREANISH))
def test_any_text_gives_valid_record(text):
    try:
        article = newsx.extract(text, published="2025-12-26")
    except newsx.EmptyInputError:
        assert not text.strip()
        return
    except newsx.BinaryInputError:
        assert "\x00" in text
        return
    _check(article)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_record_or_clear_error(data):
    try:
        article = newsx.extract(data)
    except newsx.InputError as exc:
        assert str(exc)
        return
    _check(article)


def test_html_and_text_agree_on_figures():
    text = "산업부는 내년 예산 7000억원을 투입한다고 밝혔다. 참여기관은 1000개에서 1300개로 늘었다."
    html = f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body></html>"
    a, b = newsx.extract(text, published="2025-12-26"), newsx.extract(html, published="2025-12-26")
    assert [m.value for m in a.money] == [m.value for m in b.money]


def test_published_override_and_page_date():
    art = newsx.extract("2025년 12월 26일 금요일\n\n제목 줄 하나 있음\n내년 예산을 늘린다.")
    assert art.published == "2025-12-26"
    art = newsx.extract("2025년 12월 26일 금요일\n\n제목 줄 하나 있음\n내년 예산을 늘린다.", published="2024-01-02")
    assert art.published == "2024-01-02"


def test_load_is_cached_and_has_components():
    nlp = newsx.load()
    assert nlp is newsx.load()
    assert [n for n in nlp.pipe_names] == [f"newsx_{k}" for k in ("organisations", "money", "percentages", "periods", "counts", "changes")]


def test_spacy_user_can_add_one_component():
    import spacy

    from newsx.korean import TOKENIZER_CONFIG

    nlp = spacy.blank("ko", config=TOKENIZER_CONFIG)
    nlp.add_pipe("newsx_money")
    doc = nlp("예산 7000억원을 투입한다.")
    assert [s.text for s in doc.spans["newsx_money"]] == ["7000억원"]
