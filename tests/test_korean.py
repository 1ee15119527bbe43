import pytest

from newsx.korean import split_blocks

TEXTS = [
    "산업통상부(이하 산업부)는 24일 김정관 장관이 참석한 가운데 총회를 열었다.",
    "  앞뒤 공백  \n\n\u00a0\n 둘째 줄  ",
    "1,000여 개 기업·기관이 참여한다. 7000억원을 투입한다!",
    "했다했다했다",
    "HD현대미포는 12.5% 단축했고 M.AX 얼라이언스는…",
    "\t\t탭\t과  여러   공백",
    "",
    "   ",
    "a\u3000b",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_input(tokenizer_nlp, text):
    assert tokenizer_nlp(text).text == text


def test_morphemes_and_tags_reachable(tokenizer_nlp):
    doc = tokenizer_nlp("예산을 투입했다.")
    tok = next(t for t in doc if t.text == "투입했다" or t.text.startswith("했"))
    forms = [m[0] for t in doc for m in t._.morphs]
    assert "투입" in forms and "하" in forms
    assert any("XSV" in t.tag_ for t in doc)
    assert tok.lemma_  # joined morpheme forms


@pytest.mark.parametrize(
    "text, expected",
    [
        ("첫 문장이다. 둘째 문장이다.", ["첫 문장이다.", "둘째 문장이다."]),
        ("제목 줄\n본문 줄이다.", ["제목 줄", "본문 줄이다."]),
        ("□ 첫 항목 ○ 둘째 항목", ["□ 첫 항목", "○ 둘째 항목"]),
        ("개요\n- 하나\n- 둘", ["개요", "- 하나", "- 둘"]),
        ("Manufacturing-X 플랫폼 사업", ["Manufacturing-X 플랫폼 사업"]),
        ("▲ 가 ▲ 나 ※ 참고", ["▲ 가", "▲ 나", "※ 참고"]),
    ],
)
def test_sentences(tokenizer_nlp, text, expected):
    doc = tokenizer_nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("가\n나", ["가", "나"]),
        ("  가  \n\n  나  ", ["가", "나"]),
        ("A-B 사이", ["A-B 사이"]),
        ("ㅇ 항목\nㅇ 항목2", ["ㅇ 항목", "ㅇ 항목2"]),
    ],
)
def test_split_blocks(text, expected):
    assert [text[s:e] for s, e in split_blocks(text)] == expected


def test_user_dictionary_keeps_words_whole(tokenizer_nlp):
    doc = tokenizer_nlp("M.AX 얼라이언스가 출범했다.")
    assert "얼라이언스" in [t.text for t in doc] or "얼라이언스가" in [t.text for t in doc]


def test_spacy_matcher_works_on_korean(tokenizer_nlp):
    from spacy.matcher import Matcher

    matcher = Matcher(tokenizer_nlp.vocab)
    matcher.add("AMOUNT", [[{"TAG": "SN"}, {"TAG": "NR"}, {"TEXT": {"REGEX": "^원"}}]])
    doc = tokenizer_nlp("내년 7000억원 예산")
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["7000억원"]


def test_displacy_renders(tokenizer_nlp):
    from spacy import displacy

    doc = tokenizer_nlp("산업부는 7000억원을 투입한다.")
    doc.spans["sc"] = [doc.char_span(5, 12, label="MONEY", alignment_mode="expand")]
    html = displacy.render(doc, style="span", page=False)
    assert "MONEY" in html and "7000" in html


@pytest.mark.parametrize("text", TEXTS + ["첫 문장이다. 둘째 문장이다.\n\n□ 항목 ○ 항목2", "했다.했다\n - 바사"])
def test_recorded_sentences_are_what_doc_sents_gives(tokenizer_nlp, text):
    from newsx.components import _sentence_bounds

    doc = tokenizer_nlp(text)
    expected = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
    got = _sentence_bounds(doc, doc.text)
    strip = lambda spans: [text[s:e].strip() for s, e in spans if text[s:e].strip()]  # noqa: E731
    assert strip(got) == strip(expected)


def test_sentences_follow_the_doc_when_a_component_moved_them(tokenizer_nlp):
    from newsx.components import _sentence_bounds

    doc = tokenizer_nlp("정부는 예산을 늘려 지원 대상을 넓힌다.")
    assert len(_sentence_bounds(doc, doc.text)) == 1
    doc[2].is_sent_start = True  # as a senter added before the newsx components might
    assert [doc.text[s:e].strip() for s, e in _sentence_bounds(doc, doc.text)] == [
        doc[:2].text, doc[2:].text
    ]
