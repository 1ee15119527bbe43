"""The Korean number grammar: money, counts, durations, percentages, changes.

Each table row is (phrase -> the record expected in it); a reviewer checks a
rule by reading the row. Negatives list phrases that must give no figure of
the named kinds.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsx.components import context_of
from newsx.extract import changes, counts, money, percentages
from newsx.extract.numerals import parse_number

SHARED = Path(__file__).resolve().parents[2] / "shared"

KINDS = {
    "money": money.extract,
    "counts": counts.extract,
    "durations": counts.extract_durations,
    "percentages": percentages.extract,
    "changes": changes.extract,
}


@pytest.fixture(scope="module")
def run(tokenizer_nlp):
    cache: dict[str, dict] = {}

    def run(text: str, published: date | None = None) -> dict[str, list]:
        if text not in cache:
            doc = tokenizer_nlp(text)
            if published:
                doc.user_data["newsx_published"] = published
            ctx = context_of(doc)
            out = {kind: f(doc, ctx) for kind, f in KINDS.items()}
            for recs in out.values():
                for r in recs:
                    assert text[r.span[0] : r.span[1]] == r.text
                    assert r.sentence == ctx.sentence_of(r.span[0])
            cache[text] = out
        return cache[text]

    return run


def one(records, text):
    found = [r for r in records if r.text == text]
    assert found, f"no record {text!r} in {[r.text for r in records]}"
    return found[0]


# ------------------------------------------------------------------ values

PARSE = [
    # written              value
    ("1,000",              1000),
    ("12.5",               12.5),
    ("13.8조",             13_800_000_000_000),
    ("7000억",             700_000_000_000),
    ("1조 2천억",          1_200_000_000_000),
    ("2조5000억",          2_500_000_000_000),
    ("13조 8,778억",       13_877_800_000_000),
    ("99억5000만",         9_950_000_000),
    ("7천13억",            701_300_000_000),
    ("1조1000억",          1_100_000_000_000),
    ("천억",               100_000_000_000),
    ("삼천억",             300_000_000_000),
    ("오백만",             5_000_000),
    ("100여억",            10_000_000_000),
    ("3만5000",            35_000),
    ("1만2천",             12_000),
    ("3천500억",           350_000_000_000),
    ("1억5천만",           150_000_000),
    ("1억 2000만",         120_000_000),
    ("1.5억",              150_000_000),
    ("십만",               100_000),
    ("2천",                2000),
    ("5천만",              50_000_000),
    ("1경",                10**16),
    ("0.73",               0.73),
    ("없음",               None),
]


@pytest.mark.parametrize("written, value", PARSE)
def test_parse_number(written, value):
    assert parse_number(written) == value


# ------------------------------------------------------------------ money

MONEY = [
    # phrase                                   text                   value               cur    qualifier   value_max
    ("예산 1조 2천억원을 편성했다",            "1조 2천억원",         1.2e12,             "KRW", "exact",    None),
    ("13조 8,778억 원 규모",                   "13조 8,778억 원",     13.8778e12,         "KRW", "exact",    None),
    ("99억5000만원",                           "99억5000만원",        9.95e9,             "KRW", "exact",    None),
    ("7천13억 원",                             "7천13억 원",          7.013e11,           "KRW", "exact",    None),
    ("1조1000억원",                            "1조1000억원",         1.1e12,             "KRW", "exact",    None),
    ("2조5000억원",                            "2조5000억원",         2.5e12,             "KRW", "exact",    None),
    ("7000억원 예산 투입",                     "7000억원",            7e11,               "KRW", "exact",    None),
    ("삼천억 원",                              "삼천억 원",           3e11,               "KRW", "exact",    None),
    ("천억 원",                                "천억 원",             1e11,               "KRW", "exact",    None),
    ("1,200원",                                "1,200원",             1200,               "KRW", "exact",    None),
    ("5천만원",                                "5천만원",             5e7,                "KRW", "exact",    None),
    ("약 1조원 규모",                          "약 1조원",            1e12,               "KRW", "approx",   None),
    ("100여억원",                              "100여억원",           1e10,               "KRW", "approx",   None),
    ("300억 원가량",                           "300억 원가량",        3e10,               "KRW", "approx",   None),
    ("1000억원 안팎",                          "1000억원 안팎",       1e11,               "KRW", "approx",   None),
    ("500억원 내외",                           "500억원 내외",        5e10,               "KRW", "approx",   None),
    ("3억원 남짓",                             "3억원 남짓",          3e8,                "KRW", "approx",   None),
    ("10억원 정도",                            "10억원 정도",         1e9,                "KRW", "approx",   None),
    ("1000억원대 매출",                        "1000억원대",          1e11,               "KRW", "approx",   None),
    ("1000억원 이상의 예산",                   "1000억원 이상",       1e11,               "KRW", "at_least", None),
    ("1000억원을 넘는",                        "1000억원을 넘는",     1e11,               "KRW", "at_least", None),
    ("1조원 초과",                             "1조원 초과",          1e12,               "KRW", "at_least", None),
    ("최소 100억원",                           "최소 100억원",        1e10,               "KRW", "at_least", None),
    ("최대 1조원",                             "최대 1조원",          1e12,               "KRW", "at_most",  None),
    ("500억원 이하",                           "500억원 이하",        5e10,               "KRW", "at_most",  None),
    ("10억원 미만",                            "10억원 미만",         1e9,                "KRW", "at_most",  None),
    ("100~200억원",                            "100~200억원",         1e10,               "KRW", "range",    2e10),
    ("100∼200억원",                            "100∼200억원",         1e10,               "KRW", "range",    2e10),
    ("1억원~2억원",                            "1억원~2억원",         1e8,                "KRW", "range",    2e8),
    ("5000만~1억원",                           "5000만~1억원",        5e7,                "KRW", "range",    1e8),
    ("100억원에서 200억원 사이",               "100억원에서 200억원 사이", 1e10,          "KRW", "range",    2e10),
    ("예산 13.8조 편성",                       "13.8조",              13.8e12,            "KRW", "exact",    None),
    ("총사업비 2400억 규모",                   "2400억",              2.4e11,             "KRW", "exact",    None),
    ("100억 달러",                             "100억 달러",          1e10,               "USD", "exact",    None),
    ("25억달러 규모",                          "25억달러",            2.5e9,              "USD", "exact",    None),
    ("3조弗 시장",                             "3조弗",               3e12,               "USD", "exact",    None),
    ("$100",                                   "$100",                100,                "USD", "exact",    None),
    ("US$ 2.5억",                              "US$ 2.5억",           2.5e8,              "USD", "exact",    None),
    ("50유로",                                 "50유로",              50,                 "EUR", "exact",    None),
    ("100만엔",                                "100만엔",             1e6,                "JPY", "exact",    None),
    ("100위안",                                "100위안",             100,                "CNY", "exact",    None),
    ("1000파운드",                             "1000파운드",          1000,               "GBP", "exact",    None),
    ("3천500억원",                             "3천500억원",          3.5e11,             "KRW", "exact",    None),
    ("1억5천만원",                             "1억5천만원",          1.5e8,              "KRW", "exact",    None),
    ("서울 아파트 평균 12억3000만원",          "12억3000만원",        1.23e9,             "KRW", "exact",    None),
    ("1100조원을 넘어섰다",                    "1100조원",            1.1e15,             "KRW", "at_least", None),
    ("3.5% 하락한 7만1000원에 거래됐다",       "7만1000원",           71000,              "KRW", "exact",    None),
    ("1인당 100만원씩",                        "100만원",             1e6,                "KRW", "exact",    None),
    ("소득세율 15%(1200만~4600원)",            "1200만~4600원",       1.2e7,              "KRW", "range",    4.6e7),
    ("5억 달러(약 6,900억원) 규모",            "약 6,900억원",        6.9e11,             "KRW", "approx",   None),
    ("수출 3억5천만 달러",                     "3억5천만 달러",       3.5e8,              "USD", "exact",    None),
    # 넘어서다 / 넘다 as the predicate: the figure is a floor, the verb stays out of its span
    ("수출이 7000억 달러를 넘어설 전망",       "7000억 달러",         7e11,               "USD", "at_least", None),
    ("누적 82조원을 넘어섰다",                 "82조원",              8.2e13,             "KRW", "at_least", None),
    ("매출 1조원을 넘었다",                    "1조원",               1e12,               "KRW", "at_least", None),
    ("투자액이 500억원 넘어선 것은",           "500억원",             5e10,               "KRW", "at_least", None),
    # 평균 ... 수준 is about; 넘으면 a floor; 아래로 a ceiling
    ("가구당 평균 2억 4000만원 수준이다",      "2억 4000만원 수준",   2.4e8,              "KRW", "approx",   None),
    ("환율이 1,400원을 넘으면 발동한다",       "1,400원",             1400,               "KRW", "at_least", None),
    ("부채를 5조원 아래로 줄인다",             "5조원 아래",          5e12,               "KRW", "at_most",  None),
    ("세수가 2조원 넘게 더 걷혔다",            "2조원 넘게",          2e12,               "KRW", "at_least", None),
]


@pytest.mark.parametrize("phrase, text, value, currency, qualifier, value_max", MONEY)
def test_money(run, phrase, text, value, currency, qualifier, value_max):
    r = one(run(phrase)["money"], text)
    assert (r.value, r.currency, r.qualifier, r.value_max) == (pytest.approx(value), currency, qualifier, value_max and pytest.approx(value_max))


def test_money_figures_are_not_counts(run):
    out = run("1조 2천억원과 13조 8,778억 원")
    assert [m.text for m in out["money"]] == ["1조 2천억원", "13조 8,778억 원"]
    assert out["counts"] == []


# ------------------------------------------------------------------ counts

COUNTS = [
    # phrase                          text            value      unit    qualifier   noun
    ("참가기관 1000개가 참여",        "1000개",       1000,      "개",   "exact",    "참가기관"),
    ("10개 분과를 운영",              "10개",         10,        "개",   "exact",    "분과"),
    ("10개의 모든 분과는",            "10개",         10,        "개",   "exact",    "분과"),
    ("업체 2곳의 소송",               "2곳",          2,         "곳",   "exact",    "업체"),
    ("1,000여 개 기업",               "1,000여 개",   1000,      "개",   "approx",   "기업"),
    ("300여개 기관이",                "300여개",      300,       "개",   "approx",   "기관"),
    ("100개 이상으로 확대",           "100개 이상",   100,       "개",   "at_least", None),
    ("유공자 50인에 대한 포상",       "50인",         50,        "인",   "exact",    "유공자"),
    ("50인 이상 사업장",              "50인 이상",    50,        "인",   "at_least", "사업장"),
    ("전국 17개 시도",                "17개",         17,        "개",   "exact",    "시도"),
    ("64개사가 참여",                 "64개사",       64,        "개사", "exact",    None),
    ("180여 개국",                    "180여 개국",   180,       "개국", "approx",   None),
    ("전국 30개소",                   "30개소",       30,        "개소", "exact",    None),
    ("총 3만5000명",                  "3만5000명",    35000,     "명",   "exact",    None),
    ("약 1만5000명",                  "약 1만5000명", 15000,     "명",   "approx",   None),
    ("10만여 명",                     "10만여 명",    100000,    "명",   "approx",   None),
    ("100만 명",                      "100만 명",     1e6,       "명",   "exact",    None),
    ("오백만 명",                     "오백만 명",    5e6,       "명",   "exact",    None),
    ("1412명의 안내요원",             "1412명",       1412,      "명",   "exact",    "안내요원"),
    ("400명이 넘는 연사",             "400명이 넘는", 400,       "명",   "at_least", "연사"),
    ("최대 300명",                    "최대 300명",   300,       "명",   "at_most",  None),
    ("100명 미만",                    "100명 미만",   100,       "명",   "at_most",  None),
    ("20~30명",                       "20~30명",      20,        "명",   "range",    None),
    ("차량 10대를 투입",              "10대",         10,        "대",   "exact",    "차량"),
    ("버스 20대가 운행",              "20대",         20,        "대",   "exact",    "버스"),
    ("이 가운데 약 7000여대가 동참",  "약 7000여대",  7000,      "대",   "approx",   None),
    ("7383대가 운영 중",              "7383대",       7383,      "대",   "exact",    None),
    ("선박 3척",                      "3척",          3,         "척",   "exact",    "선박"),
    ("사고 5건",                      "5건",          5,         "건",   "exact",    "사고"),
    ("100세대를 공급",                "100세대",      100,       "세대", "exact",    None),
    ("신제품 3종을 출시",             "3종",          3,         "종",   "exact",    "신제품"),
    ("LNG 100만톤",                   "100만톤",      1e6,       "톤",   "exact",    "LNG"),
    ("37승을 차지",                   "37승",         37,        "승",   "exact",    None),
    ("의석 300석",                    "300석",        300,       "석",   "exact",    "의석"),
    ("2차례에 걸쳐",                  "2차례",        2,         "차례", "exact",    None),
    ("두 차례의 실패",                "두 차례",      2,         "차례", "exact",    "실패"),
    ("세 곳",                         "세 곳",        3,         "곳",   "exact",    None),
    ("네 명이 숨졌다",                "네 명",        4,         "명",   "exact",    None),
    ("1승 1패",                       "1승",          1,         "승",   "exact",    None),
    ("이글 1개와 버디 2개",           "2개",          2,         "개",   "exact",    "버디"),
    ("주요 44개 역에",                "44개",         44,        "개",   "exact",    "역"),
    ("1만2천명",                      "1만2천명",     12000,     "명",   "exact",    None),
    ("신규 일자리 10만 개를 창출",    "10만 개",      1e5,       "개",   "exact",    "일자리"),
    ("아파트 1200가구를 공급",        "1200가구",     1200,      "가구", "exact",    "아파트"),
    ("500만 명을 돌파했다",           "500만 명",     5e6,       "명",   "exact",    None),
    ("부상자는 12명으로 집계됐다",    "12명",         12,        "명",   "exact",    None),
    ("가맹점수는 18만 1000개",        "18만 1000개",  181000,    "개",   "exact",    None),
    ("GPU 1만5천장을 확보",           "1만5천장",     15000,     "장",   "exact",    "GPU"),
    ("공공임대주택 5만호를 공급",     "5만호",        50000,     "호",   "exact",    "공공임대주택"),
    ("임대주택 3,000호",              "3,000호",      3000,      "호",   "exact",    "임대주택"),
    ("3급 555명 중에서",              "555명",        555,       "명",   "exact",    None),
    ("퇴직할 때 7명의 젊은 사람",     "7명",          7,         "명",   "exact",    None),
    ("협력업체 20여 곳이 입주",       "20여 곳",      20,        "곳",   "approx",   "협력업체"),
    # a restricted counter before 가운데/중 (words apart from the figure) still counts
    ("3기 신도시 전체 17만 6000호 가운데", "17만 6000호", 176000, "호",   "exact",    None),
    ("임대주택 5만호 중 절반",        "5만호",        50000,     "호",   "exact",    "임대주택"),
    ("신제품 3종 가운데 하나",        "3종",          3,         "종",   "exact",    "신제품"),
    ("배기량 1,600cc 차량",           "1,600cc",      1600,      "cc",   "exact",    "차량"),
    # 기 counts installations, not after a term or cohort word (see NEGATIVES: 민선 8기)
    ("원자로 2기를 새로 짓는다",      "2기",          2,         "기",   "exact",    "원자로"),
    ("발전소 터빈 12기와 변전소",     "12기",         12,        "기",   "exact",    "터빈"),
    ("방한복 3만 벌을 지원한다",      "3만 벌",       30000,     "벌",   "exact",    "방한복"),
    ("양식 어가 1200어가가 참여",     "1200어가",     1200,      "어가", "exact",    "어가"),
    ("쌀 1만 5000t을 비축한다",       "1만 5000t",    15000,     "t",    "exact",    "쌀"),
    ("논 320ha가 침수됐다",           "320ha",        320,       "ha",   "exact",    "논"),
    # 호 after a household noun counts households or farms even when written small
    ("참여농가 34호가 참여했다",      "34호",         34,        "호",   "exact",    "참여농가"),
]


@pytest.mark.parametrize("phrase, text, value, unit, qualifier, noun", COUNTS)
def test_counts(run, phrase, text, value, unit, qualifier, noun):
    r = one(run(phrase)["counts"], text)
    assert (r.value, r.unit, r.qualifier, r.noun) == (value, unit, qualifier, noun)


# ------------------------------------------------------------------ durations

DURATIONS = [
    # phrase                 text        value  unit    qualifier
    ("4년에 걸쳐",           "4년",      4,     "년",   "exact"),
    ("100여일이 지난",       "100여일",  100,   "일",   "approx"),
    ("출범 100일 만에",      "100일",    100,   "일",   "exact"),
    ("5년간",                "5년",      5,     "년",   "exact"),
    ("6년 동안",             "6년",      6,     "년",   "exact"),
    ("14년째",               "14년",     14,    "년",   "exact"),
    ("향후 5년",             "5년",      5,     "년",   "exact"),
    ("200여 년의 역사",      "200여 년", 200,   "년",   "approx"),
    ("3개월",                "3개월",    3,     "개월", "exact"),
    ("6개월여간",            "6개월여",  6,     "개월", "approx"),
    ("약 7개월의 공사",      "약 7개월", 7,     "개월", "approx"),
    ("두 달여만에",          "두 달여",  2,     "달",   "approx"),
    ("넉 달 만에",           "넉 달",    4,     "달",   "exact"),
    ("한 달 동안",           "한 달",    1,     "달",   "exact"),
    ("이틀간의 일정",        "이틀",     2,     "일",   "exact"),
    ("열흘 만에",            "열흘",     10,    "일",   "exact"),
    ("24시간",               "24시간",   24,    "시간", "exact"),
    ("약 2시간 반 만에",     "약 2시간", 2,     "시간", "approx"),
    ("10분간 발언",          "10분",     10,    "분",   "exact"),
    ("90일간의 유예",        "90일",     90,    "일",   "exact"),
    ("3주간",                "3주",      3,     "주",   "exact"),
    ("3∼4년간",              "3∼4년",    3,     "년",   "range"),
    # no day of a month is above 31, and a date takes no qualifier
    ("평균 180일에서",       "180일",    180,   "일",   "exact"),
    ("90일 이내로",          "90일 이내", 90,   "일",   "at_most"),
    ("최소 3일 이상 이어질", "최소 3일 이상", 3, "일",  "at_least"),
    ("근속 20년 이상",       "20년 이상", 20,   "년",   "at_least"),
    ("5년 이내",             "5년 이내", 5,     "년",   "at_most"),
]


@pytest.mark.parametrize("phrase, text, value, unit, qualifier", DURATIONS)
def test_durations(run, phrase, text, value, unit, qualifier):
    out = run(phrase)
    r = one(out["durations"], text)
    assert (r.value, r.unit, r.qualifier) == (value, unit, qualifier)
    assert out["counts"] == []


# ------------------------------------------------------------------ percentages

PERCENTAGES = [
    # phrase                 text            value  unit   qualifier
    ("연료비용을 20% 감축",  "20%",          20,    "%",   "exact"),
    ("12.5%",                "12.5%",        12.5,  "%",   "exact"),
    ("약 59%",               "약 59%",       59,    "%",   "approx"),
    ("최대 15% 관세",        "최대 15%",     15,    "%",   "at_most"),
    ("20%대 박스권",         "20%대",        20,    "%",   "approx"),
    ("30% 이상",             "30% 이상",     30,    "%",   "at_least"),
    ("3~5%",                 "3~5%",         3,     "%",   "range"),
    ("20∼30%의 성장세",      "20∼30%",       20,    "%",   "range"),
    ("20퍼센트",             "20퍼센트",     20,    "%",   "exact"),
    ("0.73%포인트 차",       "0.73%포인트",  0.73,  "%p",  "exact"),
    ("3.5%p 상승",           "3.5%p",        3.5,   "%p",  "exact"),
    ("2퍼센트포인트",        "2퍼센트포인트", 2,    "%p",  "exact"),
    ("94.7%를 득표",         "94.7%",        94.7,  "%",   "exact"),
    ("성장률은 -3.5%",       "-3.5%",        -3.5,  "%",   "exact"),
    ("전년 대비 −0.4%",      "−0.4%",        -0.4,  "%",   "exact"),
    ("원유(-11.3%)와",       "-11.3%",       -11.3, "%",   "exact"),
]


@pytest.mark.parametrize("phrase, text, value, unit, qualifier", PERCENTAGES)
def test_percentages(run, phrase, text, value, unit, qualifier):
    r = one(run(phrase)["percentages"], text)
    assert (r.value, r.unit, r.qualifier) == (value, unit, qualifier)


# ------------------------------------------------------------------ changes

CHANGES = [
    # phrase                                               text                                    before    after     delta     unit
    ("참가기관 1000개→1300개 확대",                        "1000개→1300개",                        1000,     1300,     300,      "개"),
    ("1000→1300개",                                        "1000→1300개",                          1000,     1300,     300,      "개"),
    ("사업비(40억원→112억원)",                             "40억원→112억원",                       4e9,      1.12e10,  7.2e9,    "KRW"),
    ("3.5% ⇒ 4.2%",                                        "3.5% ⇒ 4.2%",                          3.5,      4.2,      0.7,      "%"),
    ("100명 -> 80명",                                      "100명 -> 80명",                        100,      80,       -20,      "명"),
    ("지난해 100명에서 올해 200명으로 늘었다",             "100명에서 올해 200명으로 늘었다",      100,      200,      100,      "명"),
    ("1000억원에서 1500억원으로 증가했다",                 "1000억원에서 1500억원으로 증가했다",   1e11,     1.5e11,   5e10,     "KRW"),
    ("연 3.50%에서 3.25%로 0.25%포인트 인하했다",          "3.50%에서 3.25%로 0.25%포인트 인하했다", 3.5,    3.25,     -0.25,    "%"),
    ("50곳에서 30곳으로 줄었다",                           "50곳에서 30곳으로 줄었다",             50,       30,       -20,      "곳"),
    ("10개를 시작으로 2027년까지 100개 이상으로 확대해",   "10개를 시작으로 2027년까지 100개 이상으로 확대해", 10, 100,   90,       "개"),
    ("참여기관은 1300개로 늘어났다",                       "1300개로 늘어났다",                    None,     1300,     None,     "개"),
    ("직원은 500명으로 줄었다",                            "500명으로 줄었다",                     None,     500,      None,     "명"),
    ("누적 사업은 100개를 돌파했고",                       "100개를 돌파했고",                     None,     100,      None,     "개"),
    ("3126억원으로 올해 2956억원보다 늘었다",              "3126억원으로 올해 2956억원보다 늘었다", 2.956e11, 3.126e11, 1.7e10,   "KRW"),
    ("3126억원으로 전년(2956억원)보다 5.8% 늘었다",        "3126억원으로 전년(2956억원)보다 5.8% 늘었다", 2.956e11, 3.126e11, 1.7e10, "KRW"),
    ("참여기관은 300개 더 늘었다",                         "300개 더 늘었다",                      None,     None,     300,      "개"),
    ("직원이 30명 줄었다",                                 "30명 줄었다",                          None,     None,     -30,      "명"),
    ("전년보다 300억원 늘어난 3000억원",                   "300억원 늘어난 3000억원",              2.7e11,   3e11,     3e10,     "KRW"),
    ("21.4% 증가했다",                                     "21.4% 증가했다",                       None,     None,     21.4,     "%"),
    ("20% 감소",                                           "20% 감소",                             None,     None,     -20,      "%"),
    ("연료비용을 20% 감축했다",                            "20% 감축했다",                         None,     None,     -20,      "%"),
    ("작업시간을 12.5% 단축했고",                          "12.5% 단축했고",                       None,     None,     -12.5,    "%"),
    ("생산성을 11% 개선했다",                              "11% 개선했다",                         None,     None,     11,       "%"),
    ("3.5%p 상승",                                         "3.5%p 상승",                           None,     None,     3.5,      "%p"),
    ("0.25%포인트 하락했다",                               "0.25%포인트 하락했다",                 None,     None,     -0.25,    "%p"),
    ("예산을 500억원 증액했다",                            "500억원 증액했다",                     None,     None,     5e10,     "KRW"),
    ("수출은 1419억 달러로 전년(1267억 달러)보다 12.0% 늘었다", "1419억 달러로 전년(1267억 달러)보다 12.0% 늘었다", 1.267e11, 1.419e11, 1.52e10, "USD"),
    ("잔액은 1100조원을 넘어섰다",                         "1100조원을 넘어섰다",                  None,     1.1e15,   None,     "KRW"),
    ("실업률은 3.5%로 0.2%포인트 상승했다",                "3.5%로 0.2%포인트 상승했다",           None,     3.5,      0.2,      "%p"),
    ("확진자가 1000명 늘었다",                             "1000명 늘었다",                        None,     None,     1000,     "명"),
    ("취업자는 2천663만8천명으로 1년 전보다 3만4천명 늘어나는 데 그쳤다", "2천663만8천명으로 1년 전보다 3만4천명 늘어나는", None, 26_638_000, 34_000, "명"),
    ("2009년 8만7천명이 감소한 이후",                      "8만7천명이 감소한",                    None,     None,     -87_000,  "명"),
    ("주가는 3.5% 하락한 7만1000원",                       "3.5% 하락한",                          None,     None,     -3.5,     "%"),
    ("총지출은 728조원으로 올해 본예산 673조 3천억원보다 54조 7천억원 늘었다", "728조원으로 올해 본예산 673조 3천억원보다 54조 7천억원 늘었다", 6.733e14, 7.28e14, 5.47e13, "KRW"),
    ("적자 비율은 4.0%로 올해(4.2%)보다 0.2%p 낮아진다",   "4.0%로 올해(4.2%)보다 0.2%p 낮아진다", 4.2,      4.0,      -0.2,     "%p"),
    ("1.75%로 전기(1.84%) 대비 0.09%포인트 떨어졌다",      "1.75%로 전기(1.84%) 대비 0.09%포인트 떨어졌다", 1.84, 1.75,   -0.09,    "%p"),
    ("국가채무는 1,415조 2천억원으로 올해 말 1,301조 9천억원에서 113조 3천억원 증가하며", "1,415조 2천억원으로 올해 말 1,301조 9천억원에서 113조 3천억원 증가하며", 1.3019e15, 1.4152e15, 1.133e14, "KRW"),
    ("고용률은 63.4%로 전년 같은 달보다 0.3%포인트 올라",  "63.4%로 전년 같은 달보다 0.3%포인트 올라", None,  63.4,     0.3,      "%p"),
    ("고용률은 60.7%로 2017년보다 0.1%포인트 내렸다",     "60.7%로 2017년보다 0.1%포인트 내렸다", None,     60.7,     -0.1,     "%p"),
    ("실업률 2.2%로 0.1%p 하락",                           "2.2%로 0.1%p 하락",                    None,     2.2,      -0.1,     "%p"),
    ("인구는 1,615만8천명으로 5만명 늘었으며",             "1,615만8천명으로 5만명 늘었으며",      None,     16_158_000, 50_000, "명"),
    ("취업자는 2,881만6천명으로 1년 전보다 19만3천명(0.7%) 증가했다", "2,881만6천명으로 1년 전보다 19만3천명(0.7%) 증가했다", None, 28_816_000, 193_000, "명"),
    ("1년 전보다 19만3천명(0.7%) 증가했다",                "0.7%) 증가했다",                       None,     None,     0.7,      "%"),
    ("가맹점은 6.6%(1만1000개) 늘었다",                    "1만1000개) 늘었다",                    None,     None,     11000,    "개"),
    ("구조조정 규모는 지난해 23조원보다 4조원 늘었다",     "23조원보다 4조원 늘었다",              2.3e13,   None,     4e12,     "KRW"),
    ("지난해 1,900개사에서 2,300개사로 400개사 늘어난 규모", "1,900개사에서 2,300개사로 400개사 늘어난", 1900, 2300,     400,      "개사"),
    ("사후관리 예산을 80억원에서 120억원으로 50% 늘렸다",  "80억원에서 120억원으로 50% 늘렸다",    8e9,      1.2e10,   4e9,      "KRW"),
    ("직원 221명을 94명으로 줄이겠다는 목표",              "221명을 94명으로 줄이겠다는",          221,      94,       -127,     "명"),
    ("투자수익률이 지난해 1월 5.54%에서 12월 5.46%로 하락했다", "5.54%에서 12월 5.46%로 하락했다", 5.54,     5.46,     -0.08,    "%"),
    ("40%였던 정부 지원 비율은 올해부터 50%로 상향됐다",   "40%였던 정부 지원 비율은 올해부터 50%로 상향됐다", 40, 50,    10,       "%"),
    ("인허가 기간을 평균 9개월에서 4개월로 단축하기로",    "9개월에서 4개월로 단축하기로",         9,        4,        -5,       "개월"),
    ("쌀은 18.6%, 사과는 21.0% 상승했다",                  "18.6%",                                None,     None,     18.6,     "%"),
    ("보건업에서 12만4천명, 제조업에서 7만8천명이 각각 늘었다", "12만4천명",                       None,     None,     124_000,  "명"),
    ("남자가 1,588만7천명으로 3만9천명, 여자가 1,292만9천명으로 15만4천명 각각 늘었다", "1,588만7천명으로 3만9천명", None, 15_887_000, 39_000, "명"),
    ("가맹점수가 2만4654개로 전년보다 2.8%(700개) 역성장했다", "700개) 역성장했다",                None,     None,     -700,     "개"),
    ("예산을 500억원 줄였다",                              "500억원 줄였다",                       None,     None,     -5e10,    "KRW"),
    ("전체 물가를 0.23%p 끌어올렸다",                      "0.23%p 끌어올렸다",                    None,     None,     0.23,     "%p"),
    # a noun between the figure and its particle in a loose change
    ("20개 대학을 시작으로 내년까지 50개 대학으로 늘린다",  "20개 대학을 시작으로 내년까지 50개 대학으로 늘린다", 20, 50, 30, "개"),
    # additions: N 추가 <verb>, N을 추가로 <verb> (누적 M)
    ("GPU 1만 장 추가 확보",                               "1만 장 추가 확보",                     None,     None,     10_000,   "장"),
    ("신규 인력 20명을 추가 채용했다",                     "20명을 추가 채용했다",                 None,     None,     20,       "명"),
    ("사업장 200곳을 추가로 지정했다",                     "200곳을 추가로 지정했다",              None,     None,     200,      "곳"),
    ("장비 500대를 추가로 도입해 연말까지 누적 2000대를 운영한다", "500대를 추가로 도입해 연말까지 누적 2000대", None, 2000,  500,      "대"),
    ("기준금리를 0.25%p 추가 인하했다",                    "0.25%p 추가 인하했다",                 None,     None,     -0.25,    "%p"),
    # verbs: 완화 (no direction of its own), 이내 on the after, 높이-/낮추-, 까지 as the target
    ("소득 요건을 연 2억원 이하에서 2억 5000만원 이하로 완화한다", "2억원 이하에서 2억 5000만원 이하로 완화한다", 2e8, 2.5e8, 5e7, "KRW"),
    ("신청 기한을 60일에서 30일 이내로 줄였다",            "60일에서 30일 이내로 줄였다",          60,       30,       -30,      "일"),
    ("처리 기간을 90일에서 45일로 단축",                   "90일에서 45일로 단축",                 90,       45,       -45,      "일"),
    ("중위소득의 30%에서 32%로 높이기로 했다",             "30%에서 32%로 높이기로",               30,       32,       2,        "%"),
    ("본인부담률을 현행 10%에서 5%로 낮추고",              "10%에서 5%로 낮추고",                  10,       5,        -5,       "%"),
    ("보조율을 최대 80%까지 높인다",                       "최대 80%까지 높인다",                  None,     80,       None,     "%"),
    ("지원 대상을 500명까지 늘릴 계획",                    "500명까지 늘릴",                       None,     500,      None,     "명"),
    # paired criteria moved together: A1·A2에서 B1·B2로
    ("배기량 1,000cc 미만·차량가액 100만원 미만에서 배기량 1,600cc 미만·차량가액 300만원 미만으로 완화",
     "1,000cc 미만·차량가액 100만원 미만에서 배기량 1,600cc 미만",                                  1000,     1600,     600,      "cc"),
    ("배기량 1,000cc 미만·차량가액 100만원 미만에서 배기량 1,600cc 미만·차량가액 300만원 미만으로 완화",
     "100만원 미만에서 배기량 1,600cc 미만·차량가액 300만원 미만으로 완화",                          1e6,      3e6,      2e6,      "KRW"),
    # A보다 N 늘어난 B; B로 ... 연도(A)보다
    ("예산이 올해 10조원보다 1조원 늘어난 11조원 규모",    "10조원보다 1조원 늘어난 11조원",       1e13,     1.1e13,   1e12,     "KRW"),
    ("지난해 100명보다 20명 늘어난 120명이 참가했다",      "100명보다 20명 늘어난 120명",          100,      120,      20,       "명"),
    ("매출은 지난해 500억원으로 2020년(300억원)보다 67% 증가했다", "500억원으로 2020년(300억원)보다 67% 증가했다", 3e10, 5e10, 2e10, "KRW"),
    # signed rates in brackets; rates listed with commas before one verb
    ("원유(-11.3%)와 가스(-18.4%)",                        "-18.4%",                               None,     None,     -18.4,    "%"),
    ("반도체(+12.0%)",                                     "12.0%",                                None,     None,     12.0,     "%"),
    ("전년 대비(-3.2%) 감소했다",                          "-3.2%) 감소했다",                      None,     None,     -3.2,     "%"),
    ("미국과 중국 수출은 각각 5.5%, 7.0% 늘었다",          "5.5%",                                 None,     None,     5.5,      "%"),
    ("평균 매출은 지난해보다 각각 15%, 28% 많았다",        "15%",                                  None,     None,     15,       "%"),
    ("지난해보다 10명 적었다",                             "10명 적었다",                          None,     None,     -10,      "명"),
    # "A로 N% 늘었다": the level reached and the rate, two changes (see changes.py)
    ("수입은 548억 7000만 달러로 4.2% 늘었다",             "548억 7000만 달러로 4.2% 늘었다",      None,     5.487e10, None,     "USD"),
    ("수입은 548억 7000만 달러로 4.2% 늘었다",             "4.2% 늘었다",                          None,     None,     4.2,      "%"),
    ("참여기관은 1300개로 15% 늘었다",                     "1300개로 15% 늘었다",                  None,     1300,     None,     "개"),
    # a comparison base in words may stand between the level and the rate or delta
    ("당기순이익은 1조 6,420억원으로 전년 동기 대비 12.3% 증가했다", "1조 6,420억원으로 전년 동기 대비 12.3% 증가했다", None, 1.642e12, None, "KRW"),
    ("외래관광객은 1,428만 명으로 전년보다 15.9% 늘었다",  "1,428만 명으로 전년보다 15.9% 늘었다", None,     1428e4,   None,     "명"),
    ("수출액은 148억 달러로 전년 같은 기간보다 8.1% 줄었다", "8.1% 줄었다",                         None,     None,     -8.1,     "%"),
    ("잔액은 172조 3,000억원으로 6월 말보다 1조 9,000억원(1.1%) 늘었고", "172조 3,000억원으로 6월 말보다 1조 9,000억원(1.1%) 늘었고", None, 1.723e14, 1.9e12, "KRW"),
    # new counters and measures in changes; ages (세) and waiting times (년) too
    ("원자로 2기를 추가해 원자로를 모두 6기로 늘린다",      "2기를 추가해 원자로를 모두 6기",       None,     6,        2,        "기"),
    ("참여 어가는 3200어가에서 3500어가로 늘어난다",        "3200어가에서 3500어가로 늘어난다",     3200,     3500,     300,      "어가"),
    ("비축량을 1만 2000t에서 1만 5000t으로 3000t 늘린다",   "1만 2000t에서 1만 5000t으로 3000t 늘린다", 12000, 15000, 3000,     "t"),
    ("대상을 만 19세 이상에서 만 18세 이상으로 넓힌다",     "19세 이상에서 만 18세 이상으로 넓힌다", 19,      18,       -1,       "세"),
    ("심사 기간을 평균 4년에서 2년으로 단축한다",           "4년에서 2년으로 단축한다",             4,        2,        -2,       "년"),
    ("재배 면적은 3,200ha에서 2028년까지 5000ha로 늘린다",  "3,200ha에서 2028년까지 5000ha로 늘린다", 3200,   5000,     1800,     "ha"),
    ("면적을 2029년까지 8000ha로 확대",                     "8000ha로 확대",                        None,     8000,     None,     "ha"),
    # verbs 올리/내리; an adverb like 두 배 가까이; a step per year between the two sides
    ("한도를 2억원에서 3억원으로 1억원 올리고",             "2억원에서 3억원으로 1억원 올리고",     2e8,      3e8,      1e8,      "KRW"),
    ("금리를 4.5%에서 3.5%로 내리기로 했다",                "4.5%에서 3.5%로 내리기로",             4.5,      3.5,      -1,       "%"),
    ("용량을 지난해 말 20GW에서 2035년 50GW로 두 배 넘게 늘린다", "20GW에서 2035년 50GW로 두 배 넘게 늘린다", 20, 50, 30,         "GW"),
    ("의무비율을 10%에서 매년 1%p씩 높여 2032년 16%까지 올린다", "10%에서 매년 1%p씩 높여 2032년 16%까지 올린다", 10, 16, 6,     "%"),
    # A보다 N(M%) 늘어난 B: the bracketed rate does not part N from B
    ("예산은 지난해 20조원보다 2조원(10%) 늘어난 22조원이다", "20조원보다 2조원(10%) 늘어난 22조원",  2e13,     2.2e13,   2e12,     "KRW"),
    ("법인세가 5000억원 넘게 더 걷혔다",                    "5000억원 넘게 더 걷혔다",              None,     None,     5e11,     "KRW"),
]


@pytest.mark.parametrize("phrase, text, before, after, delta, unit", CHANGES)
def test_changes(run, phrase, text, before, after, delta, unit):
    r = one(run(phrase)["changes"], text)
    approx = lambda x: None if x is None else pytest.approx(x)  # noqa: E731
    assert (r.before, r.after, r.delta, r.unit) == (approx(before), approx(after), approx(delta), unit)


CLAIMS = [
    # phrase: compact change endpoints are the change, not counts   counts left
    ("참가기관 1000개→1300개 확대",                                 []),
    ("50곳에서 30곳으로 줄었다",                                    []),
    ("참여기관은 300개 더 늘었다",                                  []),
    ("취업자는 2천663만8천명으로 1년 전보다 3만4천명 늘어나는 데 그쳤다", []),
    ("직원은 500명으로 지난해 400명보다 늘었다",                   []),
    ("참여기관은 1300개로 늘어났다",                                ["1300개"]),
    ("10개를 시작으로 2027년까지 100개 이상으로 확대해",            ["10개", "100개 이상"]),
    ("지난해 1,900개사에서 2,300개사로 400개사 늘어난 규모",        []),
    ("인구는 1,615만8천명으로 5만명 늘었으며",                      []),
    ("보건업에서 12만4천명, 제조업에서 7만8천명이 각각 늘었다",     []),
    ("가맹점은 6.6%(1만1000개), 종사자는 8.6%(5만3000명) 늘었다",   []),
    ("지난해 100명보다 20명 늘어난 120명이 참가했다",               []),
    ("장비 500대를 추가로 도입해 연말까지 누적 2000대를 운영한다",  ["500대", "2000대"]),
    ("20개 대학을 시작으로 내년까지 50개 대학으로 늘린다",          ["20개", "50개"]),
    ("대기 기간을 4년에서 2년으로 줄인다",                          []),
]


@pytest.mark.parametrize("phrase, left", CLAIMS)
def test_change_endpoints_are_not_counts(run, phrase, left):
    assert [c.text for c in run(phrase)["counts"]] == left


# ------------------------------------------------------------------ negatives

ALL = ("money", "counts", "durations", "percentages", "changes")
NEGATIVES = [
    # phrase                     kinds that must stay empty
    ("문의 02-2100-1234",        ALL),
    ("대표번호 1588-0000",       ALL),
    ("오전 10:00에 시작",        ALL),
    ("10:30~11:00",              ALL),
    ("오후 2시 30분",            ALL),
    ("2025.12.24 발표",          ALL),
    ("2026년 예산",              ALL),
    ("9월 10일 출범",            ALL),
    ("24일 열린 총회",           ALL),
    ("지난 24일 열린",           ALL),
    ("2025~2027년",              ALL),
    ("2026년부터 2029년까지",    ALL),
    ("1963년 10월 가을",         ALL),
    ("삼성전자(005930)",         ALL),
    ("1·2차 회의",               ALL),
    ("2·3위",                    ALL),
    ("12·3 비상계엄",            ALL),
    ("제1차 정기총회",           ALL),
    ("1차 총회",                 ALL),
    ("1차관",                    ALL),
    ("2호기",                    ALL),
    ("3번째",                    ALL),
    ("3회째",                    ALL),
    ("제5회 대회",               ALL),
    ("제54회 전국소년체육대회",  ALL),
    ("세계 1위",                 ALL),
    ("랭킹 7위",                 ALL),
    ("5극 3특",                  ALL),
    ("5대 핵심과제",             ALL),
    ("4대 업종",                 ALL),
    ("3대 무상복지정책",         ALL),
    ("세계 5대 강국",            ALL),
    ("20대 남성",                ALL),
    ("30대가 가장 많았다",       ALL),
    ("10~20대가 많았다",         ALL),
    ("21대 국회",                ALL),
    ("제21대 대통령",            ALL),
    ("1인 가구",                 ALL),
    ("1인당 GDP",                ALL),
    ("3세대 이동통신",           ALL),
    ("3종 세트",                 ALL),
    ("코로나19 확산",            ALL),
    ("G20 정상회의",             ALL),
    ("H20 칩",                   ALL),
    ("3원칙",                    ALL),
    ("10개발",                   ALL),
    ("1분기 매출",               ALL),
    ("이천시",                   ALL),
    ("오만한 태도",              ALL),
    ("수십억 원",                ALL),
    ("수백만 명",                ALL),
    ("2.3배",                    ALL),
    ("두 배로 늘었다",           ALL),
    ("징역 23년",                ALL),
    ("당헌 25조",                ALL),
    ("무역법 122조에 따라 예산", ALL),
    ("15세 이하",                ALL),
    ("3언더파 69타",             ALL),
    ("5남2녀",                   ALL),
    ("6급 장애",                 ALL),
    ("창립 15주년",              ALL),
    ("한 곳에서 시험",           ALL),
    ("한 명도 없다",             ALL),
    ("총회를 열 계획",           ALL),
    ("△5극 3특 등과 연계",       ALL),
    ("0.73%포인트 차로 석패했다", ("counts", "durations", "changes")),
    ("사망 10명 중",             ("durations", "changes", "money")),
    ("1인당 100만원씩",          ("counts",)),
    ("경쟁률은 3.2대 1이었다",   ALL),
    ("2대0으로 이겼다",          ALL),
    ("국내 1호로 지정됐다",      ALL),
    ("101동 202호에서",          ALL),
    ("1호 기업",                 ALL),
    ("4인 가구 기준",            ALL),
    ("매출은 100억원, 영업이익은 10억원이다", ("changes",)),
    ("37개월째 줄었다",          ("counts", "changes")),
    ("25% 추가 관세를 부과",     ("changes",)),
    ("10%의 추가 관세",          ("changes",)),
    ("1조원 추가 지원 방안",     ("changes",)),
    ("수도권(60%), 비수도권(40%)", ("changes",)),
    ("최대 50%까지 지원한다",    ("changes",)),
    ("오는 15일 이후",           ALL),
    ("지난 30일까지",            ALL),
    ("민선 8기 들어 유치한 투자", ("counts",)),
    ("회의는 202호에서 열렸다",  ("counts",)),
    ("만 65세 이상 노인",        ("counts",)),
    ("2024년에서 2026년으로 미뤘다", ("durations", "changes")),
]


# the whole set of changes a clause gives, where one figure could be read twice
CHANGE_SETS = [
    # phrase                                                    change texts
    ("매출은 300억원 늘어난 3000억원으로 5.8% 증가했다",        ["300억원 늘어난 3000억원", "5.8% 증가했다"]),
    ("예산은 올해 10조원보다 1조원 늘어난 11조원으로 10% 증가했다", ["10조원보다 1조원 늘어난 11조원", "10% 증가했다"]),
    ("수입은 548억 7000만 달러로 4.2% 늘었다",                  ["548억 7000만 달러로 4.2% 늘었다", "4.2% 늘었다"]),
    ("수출액은 148억 달러로 전년 같은 기간보다 8.1% 줄었다",    ["148억 달러로 전년 같은 기간보다 8.1% 줄었다", "8.1% 줄었다"]),
    ("잔액은 172조 3,000억원으로 6월 말보다 1조 9,000억원(1.1%) 늘었고", ["172조 3,000억원으로 6월 말보다 1조 9,000억원(1.1%) 늘었고", "1.1%) 늘었고"]),
    ("원유(-11.3%)와 가스(-18.4%) 수입이 줄었다",               ["-11.3%", "-18.4%"]),
    # pairs listed with commas before one verb: each keeps its own change
    ("한도는 서울은 5억원에서 6억원으로, 지방은 3억원에서 4억원으로 늘어난다", ["5억원에서 6억원으로", "3억원에서 4억원으로 늘어난다"]),
    ("원전은 20GW에서 25GW로, 수소는 1GW에서 4GW로 확대한다",   ["20GW에서 25GW로", "1GW에서 4GW로 확대한다"]),
    ("비율을 30%에서 40%로 올리고, 가입률은 45%에서 50%까지 높인다", ["30%에서 40%로 올리고", "45%에서 50%까지 높인다"]),
]


@pytest.mark.parametrize("phrase, texts", CHANGE_SETS)
def test_change_sets(run, phrase, texts):
    assert [c.text for c in run(phrase)["changes"]] == texts


@pytest.mark.parametrize("phrase, kinds", NEGATIVES)
def test_negatives(run, phrase, kinds):
    out = run(phrase)
    assert {k: [r.text for r in out[k]] for k in kinds} == {k: [] for k in kinds}


def test_table_size():
    n = len(PARSE) + len(MONEY) + len(COUNTS) + len(DURATIONS) + len(PERCENTAGES) + len(CHANGES) + len(CLAIMS) + len(NEGATIVES) + len(CHANGE_SETS)
    assert n >= 150


# ------------------------------------------------------------------ seed and corpus



def seed_scores(nlp, gold: dict, score) -> dict[str, tuple[float, float, float]]:
    """P/R/F1 per numeric kind of the extractors on a gold record's body (score.py's matching)."""
    doc = nlp(gold["body"])
    doc.user_data["newsx_published"] = date.fromisoformat(gold["published"])
    ctx = context_of(doc)
    pred = {"body": gold["body"]}
    for kind in ("money", "counts", "changes", "percentages"):
        pred[kind] = [r.model_dump() for r in KINDS[kind](doc, ctx)]
    kept = {k: v for k, v in gold.items() if k not in ("periods", "organisations")}
    result = score.score_one(kept, pred)
    out = {k: score.prf(row["tp"], row["fp"], row["fn"]) for k, row in result["kinds"].items()}
    out["money_qualifiers_ok"] = result["kinds"]["money"]["qualifier_ok"] == len(gold["money"])
    out["span_integrity"] = result["span_integrity"]
    return out


def test_seed_f1(tokenizer_nlp, eval_score):
    path = SHARED / "eval" / "gold" / "seed.json"
    if not path.exists():
        pytest.skip("../shared/eval/gold/seed.json is absent")
    gold = json.loads(path.read_text(encoding="utf-8"))
    scores = seed_scores(tokenizer_nlp, gold, eval_score)
    for kind in ("money", "counts", "changes", "percentages"):
        assert scores[kind][2] >= 0.95, (kind, scores[kind])
    assert scores["money_qualifiers_ok"]
    assert scores["span_integrity"] == 1.0


def test_corpus_texts_hold(run):
    texts = sorted((SHARED / "corpus" / "raw").glob("*.gold.txt"))
    if not texts:
        pytest.skip("../shared/corpus is absent")
    for path in texts:
        out = run(path.read_text(encoding="utf-8"))  # spans and sentences are checked in run()
        assert all(c.unit != "대" or c.value not in (10, 20, 30, 40, 50) for c in out["counts"])
