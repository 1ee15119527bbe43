"""Budget records and consistency checks (newsx.check).

The rule tables build articles by hand — body text plus the figure records an
extractor would give — so that each rule is tested on its own; the seed tests
run the whole pipeline.
"""

import re

import pytest

import newsx
from newsx.check import annotate, interval, parse_number
from newsx.models import Article, Change, Count, Money, Percentage, Period

from conftest import FIXTURES

SEED = FIXTURES / "seed-000.txt"


def _find(body: str, text: str, after: int) -> tuple[int, int]:
    i = body.find(text, after)
    if i < 0:
        i = body.find(text)
    assert i >= 0, f"{text!r} not in body"
    return i, i + len(text)


def _qualifier(text: str) -> str:
    if re.search(r"\d\s?여|남짓", text):
        return "approx"
    if "약" in text:
        return "approx"
    if "이상" in text:
        return "at_least"
    return "exact"


def art(body, published="2025-12-26", money=(), counts=(), periods=(), changes=(), percentages=()) -> Article:
    """An article with the figures an extractor would give. Money, counts and percentages are
    given by their text; periods as (text, start, end); changes as (text, before, after, delta, unit)."""
    rec = {"money": [], "counts": [], "periods": [], "changes": [], "percentages": []}
    pos = 0
    for t in money:
        s, e = _find(body, t, pos)
        pos = s + 1
        rec["money"].append(Money(text=t, span=(s, e), value=parse_number(t), qualifier=_qualifier(t)))
    pos = 0
    for t in counts:
        s, e = _find(body, t, pos)
        pos = s + 1
        unit = re.search(r"(개국|개사|개|명|곳|인|건|대)", t).group(1)
        rec["counts"].append(Count(text=t, span=(s, e), value=parse_number(t), unit=unit, qualifier=_qualifier(t)))
    pos = 0
    for t, start, end in periods:
        s, e = _find(body, t, pos)
        pos = s + 1
        rec["periods"].append(Period(text=t, span=(s, e), start=start, end=end))
    pos = 0
    for t, before, after, delta, unit in changes:
        s, e = _find(body, t, pos)
        pos = s + 1
        rec["changes"].append(Change(text=t, span=(s, e), before=before, after=after, delta=delta, unit=unit))
    pos = 0
    for t in percentages:
        s, e = _find(body, t, pos)
        pos = s + 1
        rec["percentages"].append(Percentage(text=t, span=(s, e), value=parse_number(t), unit="%p" if t.endswith("p") else "%"))
    for kind in rec:
        rec[kind].sort(key=lambda r: r.span)
    return Article(body=body, published=published, **rec)


# (case id, article, expected [(rule, status)]) — every check the article yields, in any order
CASES = [
    # change arithmetic: before → after against a delta stated elsewhere
    ("delta agrees", art("참여기관은 1000개→1300개로 늘었다. 올해 300개 더 늘었다.",
        changes=[("1000개→1300개", 1000, 1300, None, "개"), ("300개 더 늘었다", None, None, 300, "개")]),
        [("change_arithmetic", "consistent")]),
    ("delta disagrees", art("참여기관은 1000개→1400개로 늘었다. 올해 300개 더 늘었다.",
        changes=[("1000개→1400개", 1000, 1400, None, "개"), ("300개 더 늘었다", None, None, 300, "개")]),
        [("change_arithmetic", "inconsistent")]),
    ("delta found in text, approx", art("기관은 1000개→1300개로 늘었다. 300여개 기관이 추가로 합류했다.",
        changes=[("1000개→1300개", 1000, 1300, None, "개")]),
        [("change_arithmetic", "consistent")]),
    ("delta found in text, wrong", art("기관은 1000개→1300개로 늘었다. 이 가운데 250개 기관이 새로 합류했다.",
        changes=[("1000개→1300개", 1000, 1300, None, "개")]),
        [("change_arithmetic", "inconsistent")]),
    ("decrease agrees", art("직원은 500명→450명으로 줄었다. 인력이 50명 감소했다.",
        changes=[("500명→450명", 500, 450, None, "명")]),
        [("change_arithmetic", "consistent")]),
    ("decrease said as increase", art("직원은 500명→450명으로 줄었다. 인력이 50명 늘었다.",
        changes=[("500명→450명", 500, 450, None, "명")]),
        [("change_arithmetic", "inconsistent")]),
    ("other unit, no check", art("사업은 10개→20개로 늘었다.\n한편 직원은 30명 더 늘었다.",
        changes=[("10개→20개", 10, 20, None, "개")]),
        []),
    ("state + delta = after", art("출범 당시 1000여개 기관이었지만 300여개 기관이 추가로 합류하며 참여기관은 1300개로 늘어났다.",
        counts=["1000여개"], changes=[("1300개로 늘어났다", None, 1300, None, "개")]),
        [("change_arithmetic", "consistent")]),
    ("state + delta != after", art("출범 당시 1000개 기관이었지만 300개 기관이 추가로 합류하며 참여기관은 1500개로 늘어났다.",
        counts=["1000개"], changes=[("1500개로 늘어났다", None, 1500, None, "개")]),
        [("change_arithmetic", "inconsistent")]),
    ("delta inside the change", art("매출은 100억원에서 130억원으로 20억원 늘었다.",
        changes=[("100억원에서 130억원으로 20억원 늘었다", 1e10, 1.3e10, 2e9, "KRW")]),
        [("change_arithmetic", "inconsistent")]),
    # percent changes against before and after
    ("percent and amount agree", art("세수는 11조1571억원에서 10조7437억원으로 3.7%(4134억원) 감소했다.",
        money=["11조1571억원", "10조7437억원", "4134억원"], percentages=["3.7%"]),
        [("percent_change", "consistent")]),
    ("percent wrong", art("세수는 11조1571억원에서 10조7437억원으로 4.7%(4134억원) 감소했다.",
        money=["11조1571억원", "10조7437억원", "4134억원"], percentages=["4.7%"]),
        [("percent_change", "inconsistent")]),
    ("amount in brackets wrong", art("세수는 11조1571억원에서 10조7437억원으로 3.7%(5134억원) 감소했다.",
        money=["11조1571억원", "10조7437억원", "5134억원"], percentages=["3.7%"]),
        [("percent_change", "inconsistent")]),
    ("대비", art("매출은 전년 200억원 대비 10% 증가한 220억원을 기록했다.",
        money=["200억원", "220억원"], percentages=["10%"]),
        [("percent_change", "consistent")]),
    ("percentage points", art("실업률은 3.5%에서 4.0%로 0.5%p 상승했다.",
        percentages=["3.5%", "4.0%", "0.5%p"]),
        [("percent_change", "consistent")]),
    ("percent of counts, wrong direction", art("학생 수는 200명에서 150명으로 25% 늘었다.",
        counts=["200명", "150명"], percentages=["25%"]),
        [("percent_change", "inconsistent")]),
    # percent change against a before derived from the after and the delta (after − delta)
    ("after and delta, rate agrees", art("매출은 3126억원으로 1년 전보다 170억원 늘어 5.8% 증가했다.",
        money=["3126억원", "170억원"], percentages=["5.8%"],
        changes=[("3126억원으로 1년 전보다 170억원 늘어", None, 3.126e11, 1.7e10, "KRW")]),
        [("percent_change", "consistent")]),
    ("delta then after, rate wrong", art("매출은 300억원 늘어난 3000억원으로 5.8% 증가했다.",
        money=["300억원", "3000억원"], percentages=["5.8%"],
        changes=[("300억원 늘어난 3000억원", 2.7e11, 3e11, 3e10, "KRW")]),
        [("percent_change", "inconsistent")]),
    ("delta then after, rate agrees", art("매출은 300억원 늘어난 3000억원으로 11.1% 증가했다.",
        money=["300억원", "3000억원"], percentages=["11.1%"],
        changes=[("300억원 늘어난 3000억원", 2.7e11, 3e11, 3e10, "KRW")]),
        [("percent_change", "consistent")]),
    ("after and delta, decrease", art("영업이익은 120억원으로 1년 전보다 30억원 줄어 20% 감소했다.",
        money=["120억원", "30억원"], percentages=["20%"],
        changes=[("120억원으로 1년 전보다 30억원 줄어", None, 1.2e10, -3e9, "KRW")]),
        [("percent_change", "consistent")]),
    ("after and delta, rounding edge", art("취업자는 2663만8000명으로 1년 전보다 3만4000명 늘어 0.1% 증가했다.",
        counts=["2663만8000명", "3만4000명"], percentages=["0.1%"],
        changes=[("2663만8000명으로 1년 전보다 3만4000명 늘어", None, 26638000, 34000, "명")]),
        [("percent_change", "consistent")]),
    ("after and delta, rate in another clause", art("매출은 3126억원으로 170억원 늘었고, 영업이익은 20% 증가했다.",
        money=["3126억원", "170억원"], percentages=["20%"],
        changes=[("3126억원으로 170억원 늘었고", None, 3.126e11, 1.7e10, "KRW")]),
        []),
    # repeated figures: deck against body, body against body
    ("deck and body agree", art("내년 7000억원 예산 투입\n산업부는 내년 예산 7000억원을 투입할 계획이다.",
        money=["7000억원", "7000억원"], periods=[("내년", "2026", "2026"), ("내년", "2026", "2026")]),
        [("repeated_figure", "consistent")]),
    ("deck and body differ", art("내년 7000억원 예산 투입\n산업부는 내년 예산 6000억원을 투입할 계획이다.",
        money=["7000억원", "6000억원"], periods=[("내년", "2026", "2026"), ("내년", "2026", "2026")]),
        [("repeated_figure", "inconsistent")]),
    ("body twice: other things, not compared", art("1분기 영업손실은 107억원이다. 2분기 영업손실은 103억원이다.",
        money=["107억원", "103억원"]),
        []),
    ("deck count not in body", art("참가기관 1000개→1300개 확대\n출범 당시 1000여개 기관이었지만 참여기관은 1200개로 늘어났다.",
        counts=["1000여개"], changes=[("1000개→1300개", 1000, 1300, None, "개"), ("1200개로 늘어났다", None, 1200, None, "개")]),
        [("repeated_figure", "inconsistent")]),
    ("different years, no check", art("올해 예산 500억원을 투입했다. 내년 예산 700억원을 투입한다.",
        money=["500억원", "700억원"], periods=[("올해", "2025", "2025"), ("내년", "2026", "2026")]),
        []),
    ("earlier state is not a repeat", art("출범 당시 회원사는 50곳이었다. 현재 회원사는 80곳이다.",
        counts=["50곳", "80곳"]),
        []),
    # ranges against stated durations
    ("range = years", art("2026년부터 2029년까지 4년에 걸쳐 300억원을 들인다.",
        money=["300억원"], periods=[("2026년부터 2029년까지", "2026", "2029")]),
        [("range_duration", "consistent")]),
    ("range != years", art("2026년부터 2029년까지 3년간 300억원을 들인다.",
        money=["300억원"], periods=[("2026년부터 2029년까지", "2026", "2029")]),
        [("range_duration", "inconsistent")]),
    ("range then bracket", art("사업은 2025~2027년(3년간) 진행된다.",
        periods=[("2025~2027년", "2025", "2027")]),
        [("range_duration", "consistent")]),
    ("range in two records", art("2026년부터 2030년까지 5년간 추진한다.",
        periods=[("2026년부터", "2026", None), ("2030년까지", None, "2030")]),
        [("range_duration", "consistent")]),
    ("months", art("2025년 3월부터 8월까지 6개월간 시범 운영한다.",
        periods=[("2025년 3월부터 8월까지", "2025-03", "2025-08")]),
        [("range_duration", "consistent")]),
    ("open start", art("2030년까지 5년간 추진한다.",
        periods=[("2030년까지", None, "2030")]),
        [("range_duration", "unverifiable")]),
    # elapsed time against the publication date
    ("elapsed days, approx", art("얼라이언스는 9월 10일 출범 이후 100여일이 지났다.",
        periods=[("9월 10일", "2025-09-10", "2025-09-10")]),
        [("elapsed_time", "consistent")]),
    ("elapsed days, later publication", art("얼라이언스는 9월 10일 출범 이후 100여일이 지났다.", published="2026-03-01",
        periods=[("9월 10일", "2025-09-10", "2025-09-10")]),
        [("elapsed_time", "inconsistent")]),
    ("elapsed, no publication date", art("얼라이언스는 9월 10일 출범 이후 100여일이 지났다.", published=None,
        periods=[("9월 10일", "2025-09-10", "2025-09-10")]),
        [("elapsed_time", "unverifiable")]),
    ("elapsed years", art("회사는 2020년 설립 이후 5년이 지났다.",
        periods=[("2020년", "2020", "2020")]),
        [("elapsed_time", "consistent")]),
    ("exact days are exact", art("9월 10일 출범한 지 100일이 지났다.",
        periods=[("9월 10일", "2025-09-10", "2025-09-10")]),
        [("elapsed_time", "inconsistent")]),
    ("만에 about the past, no check", art("1982년 법학과에 입학해 4년 만에 마쳤다.",
        periods=[("1982년", "1982", "1982")]),
        []),
    ("만에 longer than possible", art("9월 10일 출범한 지 200일 만에 성과를 냈다.",
        periods=[("9월 10일", "2025-09-10", "2025-09-10")]),
        [("elapsed_time", "inconsistent")]),
    ("derived before is not a claim", art("취업자는 2천663만8천명으로 1년 전보다 3만4천명 늘었다.\n연간 취업자는 2천682만2천명으로 1년 전보다 9만7천명 증가했다.",
        changes=[("2천663만8천명으로 1년 전보다 3만4천명 늘었다", 26604000, 26638000, 34000, "명"),
                 ("2천682만2천명으로 1년 전보다 9만7천명 증가했다", 26725000, 26822000, 97000, "명")]),
        []),
    ("derived before beside a percent", art("취업자는 2천663만8천명으로 1년 전보다 1.3% 늘었다.",
        changes=[("2천663만8천명으로 1년 전보다 1.3% 늘었다", 26296000, 26638000, 342000, "명")], percentages=["1.3%"]),
        []),
    # parts against totals
    ("breakdown adds up", art("총 500억원(국비 300억원, 지방비 200억원)을 투입한다.",
        money=["500억원", "300억원", "200억원"]),
        [("parts_total", "consistent")]),
    ("breakdown does not add up", art("총 500억원(국비 300억원, 지방비 250억원)을 투입한다.",
        money=["500억원", "300억원", "250억원"]),
        [("parts_total", "inconsistent")]),
    ("이 중 exceeds", art("총 1000명을 선발한다. 이 중 여성은 600명, 청년은 500명이다.",
        counts=["1000명", "600명", "500명"]),
        [("parts_total", "inconsistent")]),
    ("이 중 within", art("총 1000명을 선발한다. 이 중 여성은 600명이다.",
        counts=["1000명", "600명"]),
        [("parts_total", "consistent")]),
    ("list matches count", art("행사는 서울, 부산, 대구 3곳에서 열린다.", counts=["3곳"]),
        [("parts_total", "consistent")]),
    ("list longer than count", art("자동차·로봇·무인기·가전·조선 등 4대 업종을 지원한다.", counts=[]),
        [("parts_total", "inconsistent")]),
    ("partial list with 등", art("자동차·로봇·가전 등 4대 업종을 지원한다.", counts=[]),
        []),
    ("bullet list", art("△데이터 공유 △AI 모델 개발 △반도체 착수 등 3대 과제를 발표했다.", counts=[]),
        [("parts_total", "consistent")]),
    # nothing to check
    ("no figures", art("산업부는 정책을 발표했다."), []),
]


@pytest.mark.parametrize("article, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules(article, expected):
    checks = annotate(article).checks
    got = sorted((c.rule, c.status) for c in checks)
    assert got == sorted(expected), [c.message for c in checks]
    for c in checks:
        assert c.message and "\n" not in c.message
        for m in c.items:
            assert article.body[m.span[0] : m.span[1]] == m.text


def test_at_least_thirty_cases():
    assert len(CASES) >= 30


NUMBERS = [
    ("296억원", 29_600_000_000),
    ("11조1571억원", 11_157_100_000_000),
    ("1,000여 개", 1000),
    ("약 1조원", 1_000_000_000_000),
    ("3천만원", 30_000_000),
    ("1억 2천만원", 120_000_000),
    ("12.5%", 12.5),
    ("없음", None),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_parse_number(text, value):
    assert parse_number(text) == value


INTERVALS = [
    (1000, "approx", "1000여개", (1000, 1251)),
    (1000, "approx", "약 1000개", (900, 1100)),
    (100, "at_least", "100개 이상", (100, float("inf"))),
    (296e8, "exact", "296억원", (295.5e8, 296.5e8)),
    (3.7, "exact", "3.7%", (3.65, 3.75)),
]


@pytest.mark.parametrize("value, qualifier, text, expected", INTERVALS)
def test_interval(value, qualifier, text, expected):
    assert interval(value, qualifier, text) == pytest.approx(expected)


def test_messages_name_both_figures():
    a = annotate(CASES[1][1])
    msg = a.checks[0].message
    assert "1000개→1400개" in msg and "300개" in msg and "400개" in msg


def test_budget_from_parenthesis_and_clause():
    body = ("AI 팩토리 분야는 ‘AI 자율제조 플랫폼 기술개발’(292억원, 2025~2027년, 해양수산부 공동), "
            "AI 가전 분야는 ‘가전 AI 모듈 개발’(283억원, 2026~2030년) 등이다.")
    a = art(body, money=["292억원", "283억원"], periods=[("2025~2027년", "2025", "2027"), ("2026~2030년", "2026", "2030")])
    budgets = annotate(a).budgets
    got = [(b.programme, b.amount.text, b.period.text) for b in budgets]
    assert got == [("AI 자율제조 플랫폼 기술개발", "292억원", "2025~2027년"), ("가전 AI 모듈 개발", "283억원", "2026~2030년")]


def test_budget_figures_before_the_name():
    body = "자율운항선박 분야는 2026년부터 2029년까지 4년에 걸쳐 300억원의 예산을 들여 ‘자율운항선박 데이터플랫폼 기술개발’ 사업을 추진한다."
    a = art(body, money=["300억원"], periods=[("2026년부터 2029년까지", "2026", "2029")])
    (b,) = annotate(a).budgets
    assert (b.programme, b.amount.value, b.period.start, b.period.end) == ("자율운항선박 데이터플랫폼 기술개발", 3e10, "2026", "2029")
    assert all(body[s:e] for s, e in b.spans)


def test_speech_quotes_are_not_programmes():
    body = "장관은 “내년 예산 7000억원을 투입하겠다”고 말했다."
    a = art(body, money=["7000억원"], periods=[("내년", "2026", "2026")])
    assert [b.programme for b in annotate(a).budgets] == [None]


# ---------------------------------------------------------------- press-release sentences, through the whole pipeline

MOEF = "기획재정부는 내년 첨단산업 분야에 "
DECK = "중기부 보도자료\n스마트공장 보급 확대 나선다\n- 중기부, 스마트공장 보급에 3000억원 투입\n\n중소벤처기업부는 내년 스마트공장 보급 사업에 {}을 투입한다고 밝혔다."

# (case id, text, published, expected [(rule, status)]): sentences written for these tests, not taken from the
# corpus, so that the rules are judged on wording they were not tuned on
PRESS = [
    # parts against totals: "총 …(…)", "총 …. 이 중 …", "총 …, 이 중 …", "… 등 총 …"
    ("bracket parts add up",       MOEF + "총 13조원(R&D 6조원, 인프라 4조원, 인력 3조원)을 투입한다.",  "2025-12-26", [("parts_total", "consistent")]),
    ("bracket parts fall short",   MOEF + "총 13조원(R&D 5조원, 인프라 4조원, 인력 3조원)을 투입한다.",  "2025-12-26", [("parts_total", "inconsistent")]),
    ("이 중 within the total",      MOEF + "총 13조원을 투입한다. 이 중 R&D 5조원, 인프라 4조원, 인력 3조원이다.", "2025-12-26", [("parts_total", "consistent")]),
    ("이 중 over the total",        MOEF + "총 13조원을 투입한다. 이 중 R&D 7조원, 인프라 4조원, 인력 3조원이다.", "2025-12-26", [("parts_total", "inconsistent")]),
    ("', 이 중' in one sentence",    MOEF + "총 13조원, 이 중 R&D 5조원, 인프라 4조원, 인력 3조원을 배정했다.", "2025-12-26", [("parts_total", "consistent")]),
    ("', 이 중' over the total",     MOEF + "총 13조원, 이 중 R&D 7조원, 인프라 4조원, 인력 3조원을 배정했다.", "2025-12-26", [("parts_total", "inconsistent")]),
    ("parts before '등 총'",         "기획재정부는 R&D 6조원, 인프라 4조원, 인력 3조원 등 총 13조원을 첨단산업에 투입한다.", "2025-12-26", [("parts_total", "consistent")]),
    ("parts before '합쳐 총', wrong", "기획재정부는 R&D 6조원과 인프라 4조원, 인력 3조원을 합쳐 총 14조원을 첨단산업에 투입한다.", "2025-12-26", [("parts_total", "inconsistent")]),
    ("one-digit 조 is not ±0.5조",   MOEF + "총 3조원(R&D 2조원, 인프라 5000억원)을 투입한다.", "2025-12-26", [("parts_total", "inconsistent")]),
    ("parts more precise than total", "기획재정부는 지역 균형 사업에 총 1조원(국비 4,820억원, 지방비 5,150억원)을 투입한다.", "2025-12-26", [("parts_total", "consistent")]),
    # percent changes whose base, the year before, is stated in another sentence
    ("전년 대비, base elsewhere",    "올해 관련 예산은 4,000억원이었다. 정부는 내년 예산을 전년 대비 12.5% 증가한 4,500억원으로 편성했다.", "2025-12-26", [("percent_change", "consistent")]),
    ("전년 대비, base elsewhere, wrong", "올해 관련 예산은 4,000억원이었다. 정부는 내년 예산을 전년 대비 12.5% 증가한 4,600억원으로 편성했다.", "2025-12-26", [("percent_change", "inconsistent")]),
    ("전년 대비, no base stated",     "정부는 내년 관련 예산을 전년 대비 12.5% 증가한 4,500억원으로 편성했다.", "2025-12-26", []),
    ("전년(…) 대비 in brackets",      "정부는 내년 관련 예산을 전년(4,000억원) 대비 12.5% 증가한 4,500억원으로 편성했다.", "2025-12-26", [("percent_change", "consistent")]),
    ("dollars, percent wrong",       "수출은 지난해 500억달러에서 올해 560억달러로 15% 증가했다.", "2025-12-26", [("percent_change", "inconsistent")]),
    ("after − delta as the base",    "매출은 3126억원으로 1년 전보다 170억원 늘어 5.8% 증가했다.", "2025-12-26", [("percent_change", "consistent")]),
    ("after − delta, rate wrong",    "매출은 300억원 늘어난 3000억원으로 5.8% 증가했다.", "2025-12-26", [("percent_change", "inconsistent")]),
    # ranges against stated durations
    ("부터 까지 5년간",               "정부는 2025년부터 2029년까지 5년간 총 2조원을 투입한다.", "2025-12-26", [("range_duration", "consistent")]),
    ("부터 까지 4년간",               "정부는 2025년부터 2029년까지 4년간 총 2조원을 투입한다.", "2025-12-26", [("range_duration", "inconsistent")]),
    ("향후 5년간(range)",            "정부는 향후 5년간(2025~2029년) 총 2조원을 투입한다.", "2025-12-26", [("range_duration", "consistent")]),
    ("향후 4년간(range)",            "정부는 향후 4년간(2025~2029년) 총 2조원을 투입한다.", "2025-12-26", [("range_duration", "inconsistent")]),
    # the deck against the body
    ("deck without year, differs",   DECK.format("2,800억원"), "2025-12-26", [("repeated_figure", "inconsistent")]),
    ("deck without year, agrees",    DECK.format("3,000억원"), "2025-12-26", [("repeated_figure", "consistent")]),
    # elapsed time: "출범 N년 만에" is flagged only when more time is claimed than has passed
    ("출범 1년 만에, 9 months",       "지난 3월 10일 출범한 협의체는 출범 1년 만에 회원사 500곳을 넘어섰다.", "2025-12-26", []),
    ("출범 2년 만에, 9 months",       "지난 3월 10일 출범한 협의체는 출범 2년 만에 회원사 500곳을 넘어섰다.", "2025-12-26", [("elapsed_time", "inconsistent")]),
    ("출범 이후 100여일, too late",   "지난 9월 10일 출범한 협의체는 출범 이후 100여일이 지났다.", "2026-06-01", [("elapsed_time", "inconsistent")]),
    # change arithmetic with the delta inside the change
    ("에서 로 N개 늘었다",            "참여기업은 2023년 120개에서 올해 180개로 60개 늘었다.", "2025-12-26", [("change_arithmetic", "consistent")]),
    ("에서 로 N개 늘었다, wrong",     "참여기업은 2023년 120개에서 올해 180개로 70개 늘었다.", "2025-12-26", [("change_arithmetic", "inconsistent")]),
]


@pytest.mark.parametrize("text, published, expected", [c[1:] for c in PRESS], ids=[c[0] for c in PRESS])
def test_press_sentences(text, published, expected):
    article = newsx.extract(text, published=published)
    got = sorted((c.rule, c.status) for c in article.checks)
    assert got == sorted(expected), [c.message for c in article.checks]
    for c in article.checks:
        assert not re.search(r"[년월일개원명곳]’라고", c.message), c.message  # ‘4년’이라고, not ‘4년’라고
        for m in c.items:
            assert article.body[m.span[0] : m.span[1]] == m.text


def test_at_least_twenty_press_cases():
    assert len(PRESS) >= 20


def test_press_message_names_the_base_and_both_years_figures():
    article = newsx.extract(PRESS[11][1], published="2025-12-26")
    (c,) = article.checks
    assert "4,000억원" in c.message and "4,600억원" in c.message and "15%" in c.message and "12.5%" in c.message


# (case id, text, [(programme, amount, start, end, agency, purpose)]) — every budget the text yields
PRESS_BUDGETS = [
    ("agency with (장관 …), quoted name",
     "과학기술정보통신부(장관 배경훈)는 ‘AI 반도체 팹리스 육성’ 사업에 2026년부터 2030년까지 5년간 총 1,200억원을 투입한다고 밝혔다.",
     [("AI 반도체 팹리스 육성", 1200e8, "2026", "2030", "과학기술정보통신부", None)]),
    ("two names with (amount, period)",
     "보건복지부는 18일 바이오 산업 육성 계획을 발표했다. 주요 과제는 ‘K-바이오 랩허브 구축’(480억원, 2025~2029년)과 "
     "‘첨단재생의료 임상연구 지원’(210억원, 2026~2028년)이다.",
     [("K-바이오 랩허브 구축", 480e8, "2025", "2029", "보건복지부", None),
      ("첨단재생의료 임상연구 지원", 210e8, "2026", "2028", "보건복지부", None)]),
    ("unquoted '… 사업에 N억원을 투입'",
     "중소벤처기업부는 내년 스마트공장 고도화 사업에 3,000억원을 투입한다.",
     [("스마트공장 고도화 사업", 3000e8, "2026", "2026", "중소벤처기업부", None)]),
    ("quoted name ending in 사업, joint agencies",
     "산업통상자원부와 국토교통부는 ‘자율주행 기술개발 혁신사업’에 2027년까지 1조974억원을 투입할 계획이다.",
     [("자율주행 기술개발 혁신사업", 10974e8, None, "2027", "산업통상자원부·국토교통부", None)]),
    ("purpose without the subject",
     "고용노동부는 청년 고용을 늘리기 위해 ‘청년일자리도약장려금’ 사업 예산 7,000억원을 편성했다.",
     [("청년일자리도약장려금", 7000e8, None, None, "고용노동부", "청년 고용을 늘리기 위해")]),
    ("‘…’ 프로젝트",
     "국토교통부는 ‘스마트시티 챌린지’ 프로젝트에 2026년 150억원을 투입한다.",
     [("스마트시티 챌린지", 150e8, "2026", "2026", "국토교통부", None)]),
    ("unquoted, 들여",
     "해양수산부는 올해 스마트항만 실증 사업에 250억원을 들여 부산항과 광양항에 자동화 설비를 구축했다고 밝혔다.",
     [("스마트항만 실증 사업", 250e8, "2025", "2025", "해양수산부", None)]),
    ("a company's spending is no budget",
     "삼성전자는 평택에 30조원 규모의 반도체 공장을 짓는다.",
     []),
    ("government spending without a name",
     "과학기술정보통신부는 2035년까지 양자 기술 개발에 3조원을 투자한다.",
     [(None, 3e12, None, "2035", "과학기술정보통신부", None)]),
    ("a total's parts are not budgets; 전년 대비 is not the period",
     "기획재정부는 내년 첨단산업 분야에 총 13조원(R&D 6조원, 인프라 4조원, 인력 3조원)을 투입한다. "
     "관련 예산은 전년 대비 10% 늘었다.",
     [(None, 13e12, "2026", "2026", "기획재정부", None)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in PRESS_BUDGETS], ids=[c[0] for c in PRESS_BUDGETS])
def test_press_budgets(text, expected):
    article = newsx.extract(text, published="2025-12-26")
    got = [(b.programme, b.amount.value if b.amount else None, b.period.start if b.period else None,
            b.period.end if b.period else None, b.agency, b.purpose) for b in article.budgets]
    assert got == expected
    for b in article.budgets:
        for s, e in b.spans:
            assert 0 <= s < e <= len(article.body)


# ---------------------------------------------------------------- the seed, through the whole pipeline


@pytest.fixture(scope="module")
def seed():
    return newsx.extract(SEED.read_bytes())


def _by_rule(article, rule):
    return [c for c in article.checks if c.rule == rule]


@pytest.mark.parametrize("rule", ["change_arithmetic", "range_duration", "elapsed_time"])
def test_seed_checks_consistent(seed, rule):
    checks = _by_rule(seed, rule)
    assert checks, f"no {rule} check on the seed"
    assert all(c.status == "consistent" for c in checks), [c.message for c in checks]


def test_seed_has_no_inconsistency(seed):
    assert [c.message for c in seed.checks if c.status == "inconsistent"] == []


def test_seed_changed_to_1400_is_inconsistent():
    article = newsx.extract(SEED.read_text(encoding="utf-8").replace("1300", "1400"))
    bad = [c for c in _by_rule(article, "change_arithmetic") if c.status == "inconsistent"]
    assert bad, [c.message for c in article.checks]
    texts = " ".join(m.text for m in bad[0].items)
    assert "1400" in texts and "300개" in texts
    assert "1400" in bad[0].message and "300" in bad[0].message


SEED_BUDGETS = [
    ("Manufacturing-X 플랫폼 표준모델 개발·실증", 296e8, "2026", "2029"),
    ("AI 로봇 데이터 센터 구축", None, "2027", "2030"),
    ("자율운항선박 AI 데이터플랫폼 기술개발", 300e8, "2026", "2029"),
    ("AI 자율제조 SDM 플랫폼 기술개발", 292e8, "2025", "2027"),
    ("전방위 센서 양산차용 E2E 자율주행 기술개발", 280e8, "2025", "2029"),
    ("AI 로봇 파운데이션 모델개발", 373e8, "2025", "2028"),
    ("AI 완전자율운항 선박기술개발", 6034e8, "2026", "2032"),
    ("가전AX를 위한 AI핵심모듈 및 혁신제품화", 283e8, "2026", "2030"),
]


@pytest.mark.parametrize("programme, amount, start, end", SEED_BUDGETS)
def test_seed_budgets(seed, programme, amount, start, end):
    (b,) = [b for b in seed.budgets if b.programme == programme]
    assert (b.amount.value if b.amount else None) == amount
    assert (b.period.start, b.period.end) == (start, end)
    assert b.agency and b.agency.startswith("산업통상부")
    for s, e in b.spans:
        assert 0 <= s < e <= len(seed.body)


def test_seed_joint_agency(seed):
    (b,) = [b for b in seed.budgets if b.programme == "AI 완전자율운항 선박기술개발"]
    assert b.agency == "산업통상부·해양수산부"


ODD = [
    "지걸출범 당시 [7범→총 500억원(국비 300억원, 지방비 200억원)1000개→1300개 했9월 10일 출범 이후 등인“부추100여일이 지났다. "
    "~었9월 10일 출범 이후 부월이 중 )100여일이 지났다. 서울, 부산 2곳었1000개→1300개 1000여개 기관300개 더 늘었다. ,부상대지서울, 부산 2곳→",
    "출범 당시 회원사는 50곳이었다. 출범 당시 회원사 60곳이 모였다.",
    ", 2곳 △ 3대 총 (1억원) 이 중 ",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_gives_valid_checks(text):
    article = newsx.extract(text, published="2025-12-26")
    for c in article.checks:
        for m in c.items:
            assert article.body[m.span[0] : m.span[1]] == m.text
