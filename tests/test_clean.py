"""newsx.clean: main text and metadata of real Korean news pages and of small hand-written ones."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsx.clean import clean_html
from newsx.metadata import iso_date
from newsx.errors import BinaryInputError, DecodeError, EmptyInputError

REPO = Path(__file__).parents[1]
FIXTURES = REPO / "fixtures" / "articles"
RAW = REPO.parent / "shared" / "corpus" / "raw"


def body_f1(gold: str, pred: str) -> float:
    """F1 of whitespace-token bags, as body_f1 in ../shared/eval/score.py."""
    g, p = Counter(gold.split()), Counter(pred.split())
    common = sum((g & p).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def source(name: str) -> Path:
    """A page from fixtures/articles (always there) or else from the shared corpus."""
    for folder in (FIXTURES, RAW):
        if (folder / f"{name}.html").exists():
            return folder / f"{name}.html"
    pytest.skip(f"{name}.html: neither in fixtures/articles nor in {RAW}")


_cache: dict[str, object] = {}


def cleaned(name: str):
    if name not in _cache:
        _cache[name] = clean_html(source(name).read_text(encoding="utf-8"))
    return _cache[name]


# Gold pages: body F1 floor (measured by scripts/bench_clean.py, minus about 0.02),
# publication date and title from the page's .gold.json, and a reporter the byline names.
# title None: the gold title differs from what the page prints (reason in the comment).
GOLD = [
    # page            F1 floor  published     title                                                                   reporter
    ("donga-1",        0.92,   None,         None,                                                                    "최윤호"),  # goose gold: paragraphs glued, no date, no title
    ("hankookilbo-1",  0.96,   "2025-05-15", None,                                                                    "구현모"),  # gold title drops the quotes the page prints
    ("hankookilbo-2",  0.97,   "2026-01-29", "장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다",     "신현주"),  # body only in script JSON
    ("hankookilbo-3",  0.97,   "2026-07-12", '민주당 \'선호투표제\' 도입 또다시 불발··· 친청계 "당규 개정 왜 밀어붙이나"', "박준석"),
    ("mk-1",           0.96,   "2025-06-04", "‘흙수저’ 소년공이 쏘아올린 정치 신화",                                   "배윤경"),
    ("mk-2",           0.95,   "2025-05-28", "[속보] 서울 시내버스 노조 총파업 결의…출근길 교통대란 불가피",            "안병준"),
    ("mk-3",           0.97,   "2025-05-28", "“전국소년체육대회 2연패 달성해 행복…올해는 꼭 태극마크 달래요”",         "임정우"),
    ("mk-4",           0.97,   "2025-05-28", "“극한 환경 속에서도 최선 다하고 있다”…가덕도 신공항 공기 지연에 입장 밝힌 현대건설", "백지연"),
    ("mk-5",           0.96,   "2025-05-30", "가상자산 왕국 향한 트럼프家의 야심…“비트코인은 이미 주류, 달러 넘어 패권 쥔다”", "이종화"),
    ("mk-6",           0.96,   "2025-05-30", '최태원 SK회장 "韓·日 반도체 생태계 통합해야"',                            "신윤재"),
    ("mk-7",           0.97,   "2025-05-30", "“좌파 판사들이 대통령 권한 침해”…뿔난 트럼프, 항소법원 향해 “판결 뒤집어야”", "최승진"),
    ("mk-8",           0.97,   "2025-05-31", "“엔비디아 없으면 화웨이로 메운다”…AI반도체 자급자족 나선 중국",          "최현재"),
]
GOLD_NAMES = [row[0] for row in GOLD]

# Strings of page furniture that must be in no body (issue 6), plus e-mail addresses.
FURNITURE = [
    "관련기사", "많이 본 뉴스", "기사 메일전송", "글자크기 설정", "본문 바로가기",
    "무단전재 및 재배포 금지", "무단 전재", "재배포 금지", "저작권자", "ⓒ", "Copyright", "사진 출처",
]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def all_pages() -> list[str]:
    names = {p.stem for p in FIXTURES.glob("*.html")}
    if RAW.is_dir():
        names |= {p.stem for p in RAW.glob("*.html")}
    return sorted(names)


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("name", "floor", "published", "title", "reporter"), GOLD, ids=GOLD_NAMES)
def test_gold_body_f1(name, floor, published, title, reporter):
    gold = source(name).with_name(f"{name}.gold.txt").read_text(encoding="utf-8")
    assert body_f1(gold, cleaned(name).body) >= floor


@pytest.mark.parametrize(("name", "floor", "published", "title", "reporter"), GOLD, ids=GOLD_NAMES)
def test_gold_metadata(name, floor, published, title, reporter):
    page = cleaned(name)
    if published:
        assert (page.published or "")[:10] == published
    if title:
        assert _fold(page.title or "") == _fold(title)
    assert reporter in (page.byline or "")
    assert page.lang == "ko"


def test_gold_mean_f1_target():
    if not RAW.is_dir():
        pytest.skip(f"{RAW} absent")
    scores = [body_f1((RAW / f"{n}.gold.txt").read_text(encoding="utf-8"), cleaned(n).body) for n in GOLD_NAMES]
    assert sum(scores) / len(scores) >= 0.95


@pytest.mark.parametrize("name", all_pages())
def test_no_furniture_and_no_empty_body(name):
    page = cleaned(name)
    assert [s for s in FURNITURE if s in page.body] == []
    assert EMAIL.findall(page.body) == []
    assert len(page.body) >= 200
    assert len(re.findall(r"다\.", page.body)) >= 3  # sentences, not a menu
    lines = page.body.split("\n")
    assert all(line == line.strip() and line for line in lines)
    assert "\u00a0" not in page.body and "  " not in page.body


def test_fixture_pages_are_there():
    """The copies in fixtures/articles keep this file meaningful without the shared corpus."""
    names = {p.stem for p in FIXTURES.glob("*.html")}
    assert {"donga-1", "hankookilbo-1", "hankookilbo-2", "mk-1", "zum-1"} <= names
    header = (FIXTURES / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()
    assert all(any(row.startswith(f"{n}.html\t") for row in header) for n in names)


def test_script_json_body_of_a_real_page():
    # The DOM of this page holds no article text; the body is a `contentHtml` JSON field.
    page = cleaned("hankookilbo-2")
    assert page.body.startswith("한동훈 제명한 국힘, '지선 모드' 돌입…시선 돌리기\n")
    assert "장동혁 국민의힘 대표가 당권을 위협하던 한동훈 전 대표를 제명했지만" in page.body
    assert "연합뉴스" not in page.body  # photo credits of the captions stay out


# -- small hand-written pages ------------------------------------------------------

PARAGRAPHS = [
    "정부는 내년 예산을 전년보다 3.2% 늘린 656조원으로 편성했다고 밝혔다.",
    "기획재정부는 복지와 연구개발 분야에 재원을 집중 배분했다고 설명했다.",
    "야당은 국가채무가 빠르게 늘고 있다며 재정 건전성을 우려했다.",
    "국회는 다음 달 예산안 심사를 시작해 연말까지 처리할 예정이다.",
]


def page_html(head: str = "", body: str = "", paragraphs=PARAGRAPHS, lang: str | None = "ko") -> str:
    article = "".join(f"<p>{p}</p>" for p in paragraphs)
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html><html{lang_attr}><head><meta charset=\"utf-8\">{head}</head><body>"
        "<nav><a href='/'>홈</a><a href='/p'>정치</a><a href='/e'>경제</a></nav>"
        f"{body}<div class='article_body'>{article}</div>"
        "<footer>회사소개 | 등록일 : 2010-01-05 | 등록번호 : 서울 아00000</footer></body></html>"
    )


META_CASES = [
    # what is on the page                                                                  field        expected
    ('<meta property="og:title" content="예산 656조원 편성 - 매일경제"><meta property="og:site_name" content="매일경제">', "", "title", "예산 656조원 편성"),
    ('<title>예산 656조원 편성 | 한국일보</title><meta property="og:site_name" content="한국일보">', "", "title", "예산 656조원 편성"),
    ('<meta property="og:title" content="예산 656조원 편성-정치ㅣ한국일보"><meta property="og:site_name" content="한국일보">', "", "title", "예산 656조원 편성"),
    ('<title>예산 656조원 편성 :: 뉴스</title>', "<h1>예산 656조원 편성</h1>", "title", "예산 656조원 편성"),
    ("", "<h1>예산 656조원 편성</h1>", "title", "예산 656조원 편성"),
    ('<meta property="article:published_time" content="2025-05-15T20:00:52.000+0900">', "", "published", "2025-05-15T20:00:52+09:00"),
    ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-06-04T02:37:08+09:00"}</script>', "", "published", "2025-06-04T02:37:08+09:00"),
    ('<script type="application/ld+json">[{"@graph":[{"@type":"NewsArticle","datePublished":"2024-01-02"}]}]</script>', "", "published", "2024-01-02"),
    ("", '<time datetime="2024-03-05T09:00:00+09:00">3월 5일</time>', "published", "2024-03-05T09:00:00+09:00"),
    ('<meta name="pubdate" content="2023-11-20">', "", "published", "2023-11-20"),
    ("", "<div class='info'><span>입력 2025.06.04 10:00</span></div>", "published", "2025-06-04T10:00"),
    ("", "<p class='date'>등록 2025-09-01 11:17:41</p>", "published", "2025-09-01T11:17:41"),
    ("", "<span>기사입력 2017.05.12. 오후 2:09</span>", "published", "2017-05-12T14:09"),
    ("", "<dl><dt>입력</dt><dd>2025.05.15 20:00</dd></dl>", "published", "2025-05-15T20:00"),
    ("", "", "published", None),  # the footer's 등록일 is the publication's registration, not the article's
    ('<link rel="canonical" href="https://news.example.kr/a/1">', "", "url", "https://news.example.kr/a/1"),
    ('<meta property="og:url" content="https://news.example.kr/a/2">', "", "url", "https://news.example.kr/a/2"),
    ('<meta property="og:site_name" content="한국일보">', "", "site", "한국일보"),
    ('<meta name="author" content="홍길동 기자">', "", "byline", "홍길동 기자"),
    ('<meta name="byl" content="By 배윤경,이상현">', "", "byline", "배윤경, 이상현"),
    ('<meta property="dable:author" content="순천, 광양 구현모 기자 ninek@example.com">', "", "byline", "구현모 기자"),
]


@pytest.mark.parametrize(("head", "body", "field", "expected"), META_CASES, ids=[f"{c[2]}-{i}" for i, c in enumerate(META_CASES)])
def test_metadata_from_snippets(head, body, field, expected):
    assert getattr(clean_html(page_html(head, body)), field) == expected


def test_url_site_and_lang_defaults():
    page = clean_html(page_html('<link rel="canonical" href="/news/7">', lang=None), url="https://www.example.kr/news/7?x=1")
    assert page.url == "https://www.example.kr/news/7"
    assert page.site == "example.kr"
    assert page.lang == "ko"
    assert clean_html(page_html(), url="https://m.example.kr/a").url == "https://m.example.kr/a"
    assert clean_html(page_html(lang="en")).lang == "en"


ISO_CASES = [
    ("2025-05-15T20:00:52.000+0900", "2025-05-15T20:00:52+09:00"),
    ("2019-01-07T16:47+09:00",       "2019-01-07T16:47+09:00"),
    ("2025.06.04 10:00",             "2025-06-04T10:00"),
    ("2017.05.12. 오후 02:09",        "2017-05-12T14:09"),
    ("2017.05.12. 오전 12:30",        "2017-05-12T00:30"),
    ("2018년 11월 13일",              "2018-11-13"),
    ("20170512140936",               "2017-05-12T14:09:36"),
    ("2024-01-02T03:04:05Z",         "2024-01-02T03:04:05+00:00"),
    ("2025-13-40",                   None),
    ("어제",                          None),
]


@pytest.mark.parametrize(("text", "expected"), ISO_CASES)
def test_iso_date(text, expected):
    assert iso_date(text) == expected


FURNITURE_LINES = [
    "관련기사",
    "많이 본 뉴스",
    "기사 메일전송",
    "글자크기 설정",
    "본문 바로가기",
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    "저작권자 © 한국스포츠경제 무단전재 및 재배포 금지",
    "Copyright ⓒ 스포티비뉴스. All rights reserved.",
    "hong@example.com",
    "홍길동 기자 hong@example.com",
    "[홍길동 기자]",
    "박진영 기자, 김태현 기자",
    "[사진 출처 = 연합뉴스]",
    "사진=연합뉴스",
    "입력 2018.11.13 07:45",
    "댓글 0",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_furniture_lines_leave_the_body(line):
    paragraphs = PARAGRAPHS[:2] + [line] + PARAGRAPHS[2:]
    page = clean_html(page_html(paragraphs=paragraphs))
    assert line not in page.body
    assert page.body == "\n".join(PARAGRAPHS)
    assert line in page.removed


KEPT_LINES = [
    "그는 온라인 댓글에 대해 법적 대응을 하겠다고 말했다.",  # a sentence that mentions a furniture word
    "광고 시장은 올해 5% 성장할 것으로 보인다.",
    "자세한 내용은 홈페이지(help@example.go.kr)로 문의하면 된다.",  # an e-mail inside a sentence
    "예산안 심사 일정",  # a short section heading
]


@pytest.mark.parametrize("line", KEPT_LINES)
def test_body_lines_that_look_like_furniture_stay(line):
    paragraphs = PARAGRAPHS[:2] + [line] + PARAGRAPHS[2:]
    assert line in clean_html(page_html(paragraphs=paragraphs)).body.split("\n")


def test_paragraph_breaks_and_spaces():
    html = page_html(
        paragraphs=[],
        body=(
            "<div id='article_body'>첫 문단은 여기서 시작해 길게 이어진다고 기자는 썼다."
            "<br><br>둘째&nbsp;&nbsp;문단은   공백이 많지만 하나로 접힌다고 밝혔다.<br><br><br>"
            "셋째 문단도 <b>굵은 글씨</b>와 <a href='/x'>링크</a>를 품고 이어진다고 말했다.</div>"
        ),
    )
    assert clean_html(html).body == (
        "첫 문단은 여기서 시작해 길게 이어진다고 기자는 썼다.\n"
        "둘째 문단은 공백이 많지만 하나로 접힌다고 밝혔다.\n"
        "셋째 문단도 굵은 글씨와 링크를 품고 이어진다고 말했다."
    )


def test_article_beats_longer_link_lists_and_comments():
    teasers = "".join(f"<li><a href='/n/{i}'>다른 기사 제목 {i}번은 아주 길게 이어지는 제목이라고 한다</a></li>" for i in range(40))
    comments = "<div class='comment_list'>" + "".join(f"<p>댓글 {i}: 정말 좋은 기사네요 감사합니다.</p>" for i in range(6)) + "</div>"
    page = clean_html(page_html(body=f"<ul class='rank_list'>{teasers}</ul>{comments}"))
    assert page.body == "\n".join(PARAGRAPHS)


def test_body_only_in_script_json():
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + '<div class="caption"><p>사진=연합뉴스</p></div>'
    state = {"article": {"title": "예산 656조원", "subTitle": "내년 예산 3.2% 증가<br>복지·R&D 집중", "contentHtml": content}}
    html = (
        "<html lang='ko'><head><title>예산 656조원 | 신문</title></head><body>"
        "<div id='root'><nav><a href='/'>홈</a></nav><p>로딩 중</p></div>"
        f"<script>window.__STATE__ = {json.dumps(state)};</script></body></html>"
    )
    page = clean_html(html)
    assert page.body == "\n".join(["내년 예산 3.2% 증가", "복지·R&D 집중", *PARAGRAPHS])


def test_euc_kr_bytes():
    html = page_html(head='<meta property="og:title" content="예산 656조원 편성">').replace('charset="utf-8"', 'charset="euc-kr"')
    page = clean_html(html.encode("euc-kr"))
    assert page.title == "예산 656조원 편성"
    assert page.body == "\n".join(PARAGRAPHS)


def test_euc_kr_bytes_declared_by_http_equiv():
    html = page_html().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">')
    assert clean_html(html.encode("cp949")).body == "\n".join(PARAGRAPHS)


def test_utf8_bytes():
    assert clean_html(page_html().encode("utf-8")).body == "\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        ("   \n", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (b"<html><meta charset='utf-8'><p>\x80\x80\x80</p></html>", DecodeError),
    ],
)
def test_bad_input(data, error):
    with pytest.raises(error):
        clean_html(data)


@pytest.mark.parametrize("opening", ["<div>", "<div><a href='#'>", "<table><tr><td>", "<section><p>"])
def test_deeply_nested_markup_does_not_recurse_out(opening):
    sentence = "깊이 묻힌 문장도 읽혀야 한다고 그는 말했다."
    page = clean_html(opening * 3000 + f"{sentence} " * 20)  # no RecursionError
    assert sentence in page.body


def test_rules_load_and_bad_patterns_raise_rule_error():
    from newsx.clean import _compile, rules
    from newsx.errors import RuleError

    assert "관련기사" in rules().phrases and rules().sentence_end.search("했다.")
    with pytest.raises(RuleError, match="furniture_html.toml"):
        _compile("(unclosed", "[lines] patterns")


DECK_PAGE = """<html><head><title>x</title></head><body>
<div class="article_head"><h1 class="headline">추석 성수품 17만t 공급…할인에 830억원</h1>
<h2 class="sub_title">배추·사과 등 20대 성수품 평시의 1.6배 공급<br>할인 지원 지난해보다 140억원 늘려</h2></div>
<div class="article_body"><p>정부가 추석을 앞두고 20대 성수품을 평시보다 1.6배 많이 공급한다고 밝혔다.</p>
<p>농축산물 할인 지원에는 역대 최대인 830억원을 투입한다고 설명했다.</p>
<p>할인 지원 예산은 지난해보다 140억원 늘어난 규모라고 덧붙였다.</p></div>
<aside class="related"><h2 class="sub_title_related">다른 기사</h2></aside></body></html>"""


def test_deck_under_the_headline_opens_the_body():
    page = clean_html(DECK_PAGE)
    lines = page.body.split("\n")
    assert lines[:2] == ["배추·사과 등 20대 성수품 평시의 1.6배 공급", "할인 지원 지난해보다 140억원 늘려"]
    assert lines[2].startswith("정부가 추석을 앞두고")


def test_a_deck_the_body_already_holds_is_not_repeated():
    page = clean_html(DECK_PAGE.replace('<div class="article_body">', '<div class="article_body"><p>배추·사과 등 20대 성수품 평시의 1.6배 공급</p>'))
    assert page.body.count("평시의 1.6배 공급") == 1


def test_summary_list_under_the_headline_opens_the_body():
    page = clean_html(
        "<html><body><article><header><h1>수도권 공공주택 32만 호 공급 발표</h1>"
        "<ul class='summary'><li>2030년까지 공공주택 32만 호</li><li>GTX-C 개통 1년 늦춰져</li></ul></header>"
        "<div class='article-body'><p>국토교통부는 3일 수도권 주택공급 방안을 발표하고 공공주택 32만 호를 공급하겠다고 밝혔다.</p>"
        "<p>3기 신도시 착공 물량은 올해 2만 호에서 내년 4만 호로 두 배 늘린다고 설명했다.</p>"
        "<p>광역교통 대책도 함께 손질했다고 국토부는 덧붙였다.</p></div></article>"
        "<aside><ul class='news_summary'><li>다른 기사 요약 문장이다</li></ul></aside></body></html>"
    )
    lines = page.body.split("\n")
    assert lines[:2] == ["2030년까지 공공주택 32만 호", "GTX-C 개통 1년 늦춰져"]
    assert "다른 기사" not in page.body


def test_title_is_the_heading_the_title_tag_holds():
    # the first <h1> is the site's logo; the <title> adds the section and the site
    page = clean_html(
        "<html><head><title>중기부, 스마트공장 보급에 4,210억원 | 보도자료 | 대한민국 정책브리핑</title></head><body>"
        "<h1 class='logo'>대한민국 정책브리핑 www.korea.kr</h1><div class='info'><span class='date'>2026.02.12</span></div>"
        "<h1>중기부, 스마트공장 보급에 4,210억원</h1><div class='article_body'>"
        "<p>중소벤처기업부는 올해 스마트공장 보급 사업에 4,210억원을 투입한다고 12일 밝혔다.</p>"
        "<p>지난해 예산보다 630억원 늘어난 규모라고 중기부는 설명했다.</p>"
        "<p>지원 대상은 제조업을 영위하는 중소기업이라고 덧붙였다.</p></div></body></html>"
    )
    assert page.title == "중기부, 스마트공장 보급에 4,210억원"
    assert page.published == "2026-02-12"


def test_site_prefixed_title_and_registered_row_with_a_time():
    page = clean_html(
        "<html><head><title>한강비즈 - 서울 아파트값 6년 9개월 만에 최고 상승</title></head><body>"
        "<div class='view_title'><h3>서울 아파트값 6년 9개월 만에 최고 상승</h3></div>"
        "<div class='view_info'>등록일 : 2026/07/09 [14:05] &nbsp; 조회수 : 4,812</div>"
        "<div id='articleBody'>서울 아파트값 상승률이 6년 9개월 만에 최고치를 기록했다.<br>"
        "<div align='center'><img src='a.jpg'><br><font>잠실동 일대 아파트 단지 모습. ⓒ한강비즈 DB</font></div>"
        "전셋값도 58주 연속 올랐다고 한국부동산원은 밝혔다.<br>대출 금리는 내림세를 보였다고 설명했다.<br></div>"
        "<div class='footer'>등록일 : 2010-01-05</div></body></html>"
    )
    assert page.title == "서울 아파트값 6년 9개월 만에 최고 상승"
    assert page.published == "2026-07-09"
    assert "단지 모습" not in page.body


def test_a_footer_registration_date_without_a_time_is_not_the_publication_date():
    page = clean_html(
        "<html><body><div class='article_body'><p>본문 첫 문장이 여기에 있다고 밝혔다.</p><p>둘째 문장도 있다고 했다.</p>"
        "<p>셋째 문장도 있다고 전했다.</p></div><div class='footer'>등록일 : 2010-01-05</div></body></html>"
    )
    assert page.published is None


def test_a_summary_in_a_media_classed_element_is_kept():
    page = clean_html(
        "<html><body><article id='dic_area'><strong class='media_end_summary'>9월 반도체 수출 171억 달러<br>D램 고정가 4분기 연속 상승</strong><br><br>"
        "반도체 수출이 3분기 482억 달러를 기록했다.<br><br>지난달 반도체 수출액은 171억 달러로 증가했다.<br><br>"
        "D램 가격도 오름세를 이어갔다고 업계는 밝혔다.</article></body></html>"
    )
    assert page.body.startswith("9월 반도체 수출 171억 달러\nD램 고정가 4분기 연속 상승\n")


def test_board_date_cell_and_an_unclassed_h2_deck():
    page = clean_html(
        "<html><body><table class='board_view'><tr><th>작성자</th><td>대외협력팀</td><th>작성일</th><td>2026-03-19</td></tr></table>"
        "<h1>LG디스플레이, 1분기 영업익 1240억</h1><h2>4개 분기 만에 흑자전환<br>OLED 매출 비중 62%</h2>"
        "<div class='news_body'><p>LG디스플레이는 1분기 영업이익이 1,240억원으로 흑자 전환했다고 밝혔다.</p>"
        "<p>매출은 6조 8천억원으로 집계됐다고 회사는 설명했다.</p><p>OLED 비중은 62%로 커졌다고 덧붙였다.</p></div></body></html>"
    )
    assert page.published == "2026-03-19"
    assert page.body.startswith("4개 분기 만에 흑자전환\nOLED 매출 비중 62%\n")


def test_a_date_near_the_headline_without_a_label():
    page = clean_html(
        "<html><body><div class='head'><div><h1>새 제목이 여기에 있습니다 정말로</h1><span>홍길동 기자 · 2026-08-14</span></div></div>"
        "<div class='article_body'><p>본문 첫 문장이 여기에 있다고 밝혔다.</p><p>둘째 문장도 있다고 했다.</p>"
        "<p>셋째 문장도 있다고 전했다.</p></div></body></html>"
    )
    assert page.published == "2026-08-14"


def test_broadcast_sign_off_and_crew_credits_are_furniture():
    page = clean_html(
        "<html><body><h1>내년 최저임금 1만 730원 결정</h1><div id='cont_newstext'>"
        "최저임금위원회는 오늘 내년도 최저임금을 의결했습니다.<br><br>[리포트]<br><br>"
        "올해 최저임금보다 410원 오른 금액이라고 위원회는 설명했습니다.<br><br>노동계는 즉각 반발했다고 전했습니다.<br><br>"
        "HBS 뉴스 김지훈입니다.<br><br>촬영기자:이상훈/영상편집:최민지/그래픽:박은지</div></body></html>"
    )
    assert "김지훈입니다" not in page.body and "촬영기자" not in page.body and "[리포트]" not in page.body
    assert page.body.endswith("노동계는 즉각 반발했다고 전했습니다.")


def test_release_number_footnotes_and_data_box_are_furniture():
    page = clean_html(
        "<html><body><h1>3분기 GDP 0.6% 성장</h1><div class='view_cont'><p class='num'>공보 2026-10-27호</p>"
        "<p>□ 3분기 실질 GDP는 전기 대비 0.6% 성장하였다고 밝혔다.</p><p>○ 민간소비는 0.7% 증가하였다.</p>"
        "<p>○ 수출은 2.8% 증가하였다.</p><div class='box-data'><strong>한눈에 보는 10월</strong><br>생산 37.2만 대 ▲8.9% · 내수 14.6만 대 ▼2.3%</div>"
        "<div class='footnote'><p>주: 1) 계절조정계열 기준</p><p>3) 2020년 연쇄가격 기준</p></div>"
        "<p>※ 2분기 성장률은 0.4%로 하향 수정</p></div></body></html>"
    )
    for s in ("공보", "한눈에", "37.2만", "계절조정", "연쇄가격", "하향 수정"):
        assert s not in page.body, s
    assert page.body.startswith("□ 3분기 실질 GDP는")


def test_date_label_with_ilja_site_prefixed_title_and_an_article_sub_deck():
    page = clean_html(
        "<html><head><title>서부경남뉴스 - 진주남강유등축제 관람객 304만 명 돌파</title></head><body><table><tr>"
        "<td class='info'>등록일자 : 2026년 10월 20일 (화) 11:32</td></tr><tr><td class='news_content'>"
        "<div class='article-sub'>유료화 이후 첫 300만 돌파</div>"
        "<p>올해 축제에 304만 명의 관람객이 다녀갔다고 시는 밝혔다.</p><p>지난해보다 24만 명 많았다고 전했다.</p>"
        "<p>외국인 관람객도 늘었다고 덧붙였다.</p></td></tr></table></body></html>"
    )
    assert page.title == "진주남강유등축제 관람객 304만 명 돌파"
    assert page.published.startswith("2026-10-20")


def test_a_board_date_is_not_the_previous_posts_and_is_read_by_the_title_heading():
    html = (
        "<html><head><title>고양시, 공공자전거 요금 절반으로 내린다 | 보도자료 | 고양시</title></head><body><div class='board_view'>"
        "<div class='view_head'><h4 class='view_tit'>고양시, 공공자전거 요금 절반으로 내린다</h4>"
        "<ul class='view_info'><li><span class='tit'>등록일</span> 2026-02-24</li></ul></div>"
        f"<div class='view_cont'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div>"
        "<ul class='prev_next'><li class='prev'><span>이전글</span> <a href='#'>다른 글</a> <span class='date'>2026-02-23</span></li></ul>"
        "</div></body></html>"
    )
    page = clean_html(html)
    assert page.published == "2026-02-24"
    assert page.body == "\n".join(PARAGRAPHS)


def test_a_newsletter_in_one_table_starts_at_its_headline_and_drops_its_boxes():
    cell = "<tr><td>{}</td></tr>"
    html = (
        "<html><head><title>[레터] 예산 656조원 국회 통과</title></head><body><table class='wrap'>"
        + cell.format("메일이 잘 보이지 않나요? <a href='#'>웹에서 보기</a>")
        + cell.format("정책일보 국회 뉴스레터 · 제218호 · 2026. 12. 3.(목)")
        + cell.format("구독자님, 안녕하세요. 오늘 레터에서는 예산을 정리했습니다.")
        + cell.format("① 예산, 이렇게 바뀌었다")
        + cell.format("<h1>예산 656조원 국회 통과…R&amp;D 늘고 예비비 깎였다</h1>")
        + cell.format("글 정치부 한솔 기자")
        + "".join(cell.format(p + " 관계자는 이 같은 내용을 설명하면서 세부 사항은 추후 공개하겠다고 덧붙였다.") for p in PARAGRAPHS * 2)
        + cell.format("<b>② 숫자로 보는 예산 심사</b><br>감액 4조 3,200억원 · 증액 3조 9,100억원<br>심사 기간 34일")
        + cell.format("<b>③ 이번 주 국회 일정</b><br>12월 4일(금) 본회의 — 민생법안 52건 처리 예정")
        + "</table></body></html>"
    )
    page = clean_html(html)
    assert page.published == "2026-12-03"
    assert page.body.startswith(PARAGRAPHS[0])
    assert page.body.endswith("덧붙였다.")
    assert page.byline == "한솔 기자"


def test_a_summary_list_right_under_the_headline_and_a_figcaption():
    html = page_html(
        body="<h1>카카오, 2분기 영업이익 1,864억원</h1><ul><li>2분기 영업이익 1,864억원…36.2% 증가</li>"
        "<li>톡비즈 매출 처음으로 6,000억원 넘어</li></ul>"
        "<figure><img src='a.jpg'><figcaption>경기 성남시 판교 카카오 아지트. (사진=카카오)</figcaption></figure>"
    )
    page = clean_html(html)
    assert page.body.split("\n")[:2] == ["2분기 영업이익 1,864억원…36.2% 증가", "톡비즈 매출 처음으로 6,000억원 넘어"]
    assert "아지트" not in page.body


def test_a_menu_list_under_a_logo_heading_is_no_deck():
    html = page_html(body="<h1 class='logo'><a href='/'>정책브리핑 뉴스</a></h1><ul><li><a href='/a'>정책뉴스 전체</a></li><li><a href='/b'>보도자료 전체</a></li></ul>")
    assert clean_html(html).body == "\n".join(PARAGRAPHS)


def test_a_newswire_dateline_and_web_address_line_leave_the_body():
    html = page_html(paragraphs=["서울--(와이어링크)--" + PARAGRAPHS[0], *PARAGRAPHS[1:], "웹사이트: https://www.example.co.kr"])
    assert clean_html(html).body == "\n".join(PARAGRAPHS)


def test_a_paywall_teaser_gives_way_to_the_json_ld_article_body():
    teaser = PARAGRAPHS + [p.replace("다.", "다고 덧붙였다.") for p in PARAGRAPHS]  # long enough not to be weak
    full = teaser + ["여당은 조속한 처리를 요구했다고 밝혔다.", "정부는 다음 주 설명회를 연다고 밝혔다.", *PARAGRAPHS[:2]]
    ld = json.dumps({"@type": "NewsArticle", "articleBody": "\n".join(full)}, ensure_ascii=False)
    html = page_html(
        head=f'<script type="application/ld+json">{ld}</script>',
        paragraphs=teaser + ["이 기사는 프리미엄 회원 전용입니다", "<인터뷰> 박정환 / 김제시 벼 재배 농민"],
    )
    assert clean_html(html).body == "\n".join(full)


def test_an_embargo_row_and_a_section_path_leave_html_bodies():
    html = page_html(body="<h1>전력 수요 최대치 경신</h1><p class='subhead'>경제 &gt; 에너지</p>",
                     paragraphs=["보도일시 : 2026. 1. 13.(화) 11:00 이후 / 사진 없음", *PARAGRAPHS])
    assert clean_html(html).body == "\n".join(PARAGRAPHS)


def test_a_utc_publication_time_is_read_in_korean_time():
    html = page_html(head='<meta property="article:published_time" content="2026-04-29T20:00:00Z">')
    assert clean_html(html).published == "2026-04-30T05:00:00+09:00"
