#!/usr/bin/env python3
"""Generate the eval/blind5 articles and their gold from one list of paragraphs per article.

Each article is written here once: its paragraphs (with the gold items of each
paragraph next to it), its title, date and page furniture. The page (txt or html)
and the gold json are both generated from that list, so the gold body is exactly
the article's paragraphs. Run from anywhere: python eval/blind5/make.py
It checks that every paragraph is on the page, that every item's text is in its
paragraph, that every forbidden string is on the page and not in the body.
"""
import datetime
import html
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
JO, EOK, MAN = 10**12, 10**8, 10**4
KINDS = ("money", "periods", "counts", "changes", "percentages")


def m(text, value, cur="KRW", q="exact", opt=False):
    return ("money", opt, {"text": text, "qualifier": q, "value": value, "currency": cur})


def p(text, start, end, opt=False):
    return ("periods", opt, {"text": text, "start": start, "end": end})


def c(text, value, unit, q="exact", opt=False):
    return ("counts", opt, {"text": text, "value": value, "unit": unit, "qualifier": q})


def ch(text, before=None, after=None, delta=None, unit=None, opt=False):
    d = {"text": text}
    for k, v in (("before", before), ("after", after), ("delta", delta), ("unit", unit)):
        if v is not None:
            d[k] = v
    return ("changes", opt, d)


def pc(text, value, opt=False):
    return ("percentages", opt, {"text": text, "value": value})


def o(name, aliases=(), opt=False):
    return ("organisations", opt, {"name": name, "aliases": list(aliases)})


ARTICLES = []


def article(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------------------
# 01 서울특별시 보도자료 (plain text), 2026-04-09
# ---------------------------------------------------------------------------
A01 = [
    ("◈ 올해 미리내집 4,000호 공급…지난해(2,500호)보다 1,500호 늘려", [
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"),
        ch("4,000호 공급…지난해(2,500호)보다 1,500호 늘려", before=2500, after=4000, delta=1500, unit="호"),
        c("4,000호", 4000, "호", opt=True), c("2,500호", 2500, "호", opt=True), c("1,500호", 1500, "호", opt=True),
    ]),
    ("◈ 자녀 출산 시 거주기간 최장 20년, 두 자녀 이상은 시세의 80% 이하로 우선매수 기회", [
        pc("80%", 80),
        p("최장 20년", None, None, opt=True), c("20년", 20, "년", opt=True), c("두 자녀", 2, "자녀", q="at_least", opt=True),
    ]),
    ("◈ 이달 말 1차 모집 공고…강동·마곡 등 1,120호 청약 접수 내달 7일부터", [
        p("이달 말", "2026-04", "2026-04"), p("이달 말", "2026-04-30", "2026-04-30", opt=True),
        c("1,120호", 1120, "호"), p("내달 7일부터", "2026-05-07", None),
    ]),
    ("□ 서울특별시(이하 서울시)는 저출생 극복을 위한 신혼부부 전용 장기전세주택 ‘미리내집’을 올해 4,000호 공급한다고 9일 밝혔다. 지난해 공급 물량(2,500호)보다 1,500호(60%) 늘어난 규모다.", [
        p("올해", "2026", "2026"), p("9일", "2026-04-09", "2026-04-09"), p("지난해", "2025", "2025"),
        ch("4,000호 ... 지난해 공급 물량(2,500호)보다 1,500호(60%) 늘어난", before=2500, after=4000, delta=1500, unit="호"),
        ch("1,500호(60%) 늘어난", delta=60, unit="%", opt=True),
        pc("60%", 60),
        c("4,000호", 4000, "호", opt=True), c("2,500호", 2500, "호", opt=True), c("1,500호", 1500, "호", opt=True),
    ]),
    ("○ ‘미리내집’은 신혼부부가 시세의 70~80% 수준의 전세금으로 최장 10년간 거주할 수 있는 주택으로, 거주 중 자녀를 낳으면 거주기간이 20년으로 늘어나고 두 자녀 이상을 낳으면 시세보다 10% 이상 저렴한 가격에 집을 살 수 있는 우선매수청구권이 주어진다.", [
        pc("70~80%", 70), pc("70~80%", 80, opt=True), pc("10%", 10),
        p("최장 10년간", None, None, opt=True), c("10년간", 10, "년", opt=True), c("20년", 20, "년", opt=True),
        p("20년", None, None, opt=True),
        ch("거주기간이 20년으로 늘어나고", after=20, unit="년", opt=True),
        ch("최장 10년간 ... 20년으로 늘어나고", before=10, after=20, unit="년", opt=True),
        ch("10% 이상 저렴한", delta=-10, unit="%", opt=True),
        c("두 자녀", 2, "자녀", q="at_least", opt=True),
    ]),
    ("○ 지난해까지 공급된 미리내집 3,870호 가운데 3,620호에 신혼부부가 입주했으며, 입주 이후 자녀를 출산한 가구는 410가구로 집계됐다. 서울시 합계출산율(0.58명)과 비교하면 입주 가구의 출산율은 두 배 가까이 높다는 것이 서울시의 설명이다.", [
        p("지난해까지", None, "2025"), c("3,870호", 3870, "호"), c("3,620호", 3620, "호"), c("410가구", 410, "가구"),
        c("0.58명", 0.58, "명", opt=True),
    ]),
    ("□ 올해 공급 물량 4,000호 가운데 신축 아파트는 2,300호, 기존 주택 매입분은 1,700호다. 자치구별로는 강동구(620호), 강서구(540호), 은평구(410호) 순으로 많다.", [
        p("올해", "2026", "2026"), c("4,000호", 4000, "호"), c("2,300호", 2300, "호"), c("1,700호", 1700, "호"),
        c("620호", 620, "호"), c("540호", 540, "호"), c("410호", 410, "호"),
    ]),
    ("○ 첫 모집은 이달 말 공고하며, 강동구 고덕강일 3단지와 강서구 마곡 10-2단지 등 1,120호가 대상이다. 청약 접수는 내달 7일부터 13일까지 서울주택도시공사(이하 SH공사) 누리집에서 받는다.", [
        p("이달 말", "2026-04", "2026-04"), p("이달 말", "2026-04-30", "2026-04-30", opt=True),
        c("1,120호", 1120, "호"),
        p("내달 7일부터 13일까지", "2026-05-07", "2026-05-13"),
        p("내달 7일", "2026-05-07", "2026-05-07", opt=True), p("13일", "2026-05-13", "2026-05-13", opt=True),
        p("내달", "2026-05", "2026-05", opt=True),
    ]),
    ("○ 전세금은 전용면적 59㎡ 기준 3억 2천만~4억 1천만원으로, 인근 아파트 전세 시세(평균 5억 3,500만원)의 60~77% 수준이다. 소득 기준은 도시근로자 가구당 월평균 소득의 120% 이하(맞벌이 180% 이하)다.", [
        c("59㎡", 59, "㎡", opt=True),
        m("3억 2천만~4억 1천만원", 3 * EOK + 2000 * MAN), m("3억 2천만~4억 1천만원", 4 * EOK + 1000 * MAN, opt=True),
        m("평균 5억 3,500만원", 5 * EOK + 3500 * MAN),
        pc("60~77%", 60), pc("60~77%", 77, opt=True), pc("120%", 120), pc("180%", 180),
    ]),
    ("□ 출산 가구에 대한 혜택도 커진다. 서울시는 입주 후 자녀를 낳은 가구의 전세금 인상률 상한을 현행 5%에서 2%로 낮추고, 셋째 자녀를 출산하면 전세금의 10%(최대 4천만원)를 무이자로 빌려준다.", [
        ch("현행 5%에서 2%로 낮추고", before=5, after=2), pc("5%", 5), pc("2%", 2), pc("10%", 10),
        m("최대 4천만원", 4000 * MAN, q="at_most"), p("현행", None, None, opt=True), p("현행", "2026", "2026", opt=True),
    ]),
    ("○ 또 올해 하반기부터는 미리내집 입주자가 공공 산후조리원(송파·서초)을 이용할 때 이용료 220만원 가운데 50%를 추가로 지원한다. 이를 위해 서울시는 추경 예산 38억원을 확보했다.", [
        p("올해 하반기부터", "2026-07", None), m("220만원", 220 * MAN), pc("50%", 50), m("38억원", 38 * EOK),
        ch("50%를 추가로 지원", delta=50, unit="%", opt=True),
    ]),
    ("○ 서울시는 미리내집을 2027년까지 누적 1만 호, 2026~2030년 5년간 모두 2만 2,000호 공급할 계획이다. 이를 위한 사업비는 5년간 약 4조 7천억원으로, 이 중 1조 2천억원은 국토교통부 주택도시기금에서 조달한다.", [
        p("2027년까지", None, "2027"), c("누적 1만 호", 10000, "호"), p("2026~2030년", "2026", "2030"),
        p("5년간", None, None, opt=True), c("5년간", 5, "년", opt=True), p("5년간", None, None, opt=True), c("5년간", 5, "년", opt=True),
        c("2만 2,000호", 22000, "호"), m("약 4조 7천억원", 4 * JO + 7000 * EOK, q="approx"), m("1조 2천억원", 1 * JO + 2000 * EOK),
        ch("2027년까지 누적 1만 호", after=10000, unit="호", opt=True),
    ]),
    ("○ 한편 서울시가 지난달 23일부터 27일까지 시민 2,000명을 대상으로 실시한 설문조사에서 응답자의 67.4%가 ‘미리내집이 출산 결정에 도움이 된다’고 답했다. 이는 지난해 같은 조사(58.1%)보다 9.3%p 높은 수치다.", [
        p("지난달 23일부터 27일까지", "2026-03-23", "2026-03-27"),
        p("지난달 23일", "2026-03-23", "2026-03-23", opt=True), p("27일", "2026-03-27", "2026-03-27", opt=True),
        c("2,000명", 2000, "명"), pc("67.4%", 67.4), p("지난해", "2025", "2025"), pc("58.1%", 58.1), pc("9.3%p", 9.3),
        ch("67.4% ... 지난해 같은 조사(58.1%)보다 9.3%p 높은", before=58.1, after=67.4, delta=9.3),
        ch("9.3%p 높은", delta=9.3, unit="%p", opt=True),
    ]),
    ("□ 오세훈 서울시장은 “미리내집은 ‘집 걱정 없이 아이를 낳을 수 있는 도시’를 만들기 위한 서울시의 핵심 정책”이라며 “2030년까지 신혼부부 주거 지원 대상을 지금의 두 배인 연 6,000가구로 늘리겠다”고 말했다.", [
        p("2030년까지", None, "2030"), ch("연 6,000가구로 늘리겠다", after=6000, unit="가구"),
        c("6,000가구", 6000, "가구", opt=True), ch("두 배", after=2, unit="배", opt=True),
        ch("지금의 두 배인 연 6,000가구", before=3000, after=6000, unit="가구", opt=True),
        p("지금", None, None, opt=True), p("지금", "2026", "2026", opt=True),
    ]),
    ("□ 자세한 내용은 SH공사 콜센터(1600-3456)나 다산콜센터(120)로 문의하면 된다.", []),
]
ORG01 = [
    o("서울특별시", ["서울시"]), o("서울주택도시공사", ["SH공사", "SH"]), o("국토교통부", ["국토부"]),
    o("강동구", opt=True), o("강서구", opt=True), o("은평구", opt=True), o("주택도시기금", opt=True),
    o("다산콜센터", ["120다산콜재단"], opt=True), o("SH공사 콜센터", opt=True),
]


def page01(paras, title):
    head = """동행·매력 특별시 서울

서울특별시 보도자료

배포일시 : 2026. 4. 9.(목) 11:15
보도일시 : 배포 즉시 보도
담당부서 : 주택실 전략주택공급과
과    장 : 이정훈  02-2133-7010
팀    장 : 박수영  02-2133-7012
담 당 자 : 최민지  02-2133-7015
사진없음 □  사진있음 ■  쪽수 : 4쪽

"""
    tail = """
붙임  1. 2026년 미리내집 공급 단지 현황 1부.
      2. 미리내집 입주자 설문조사 결과 1부.  끝.
"""
    deck = "\n".join(paras[:3])
    body = "\n\n".join(paras[3:])
    return head + title + "\n\n" + deck + "\n\n" + body + "\n\n" + tail


article(
    name="01_seoul_newlywed_housing_release", ext="txt", published="2026-04-09",
    title="서울시, 신혼부부 ‘미리내집’ 올해 4,000호 공급…출산하면 최장 20년 거주",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["동행·매력 특별시", "배포일시", "전략주택공급과", "02-2133-7010", "사진있음", "붙임", "설문조사 결과 1부"],
    notes=("published: the 배포일시 line '2026. 4. 9.(목) 11:15' (보도일시 says '배포 즉시 보도'); relative dates resolve against it. "
           "Title not scored; the three '◈' lines under it are deck lines and are body. The header block (slogan, 배포/보도일시, 담당부서, "
           "과장/팀장/담당자 with phone numbers, 사진/쪽수) and the 붙임 list are furniture. Conventions of eval/blind/README.md and eval/blind4/README.md: "
           "endpoints and deltas of a change are optional counts; '지난해 공급 물량(2,500호)보다' is an explicit period used as a base (gold); "
           "'이달 말' = the month (the day reading optional); '내달 7일부터 13일까지' and '지난달 23일부터 27일까지' are one period each (parts optional). "
           "Ranges: percentage ranges (70~80%, 60~77%) and, new here, a money range ('3억 2천만~4억 1천만원'): the lower bound is gold, the upper optional. "
           "Durations (최장 10년간, 20년, 5년간) optional; '거주기간이 20년으로 늘어나고' (a rule, not a move) optional. '셋째' and '1차' are ordinals, "
           "'3단지', '10-2단지' names, '1600-3456' and '(120)' phone numbers: none of them is a count. '두 자녀' and '두 배' optional. "
           "'현행 5%에서 2%로' and '67.4% … (58.1%)보다 9.3%p 높은' are %-level changes without unit. 자치구 names used as places optional organisations; "
           "오세훈 서울시장 is a person with a title (서울시장 is not an organisation, but 서울시 is gold anyway)."),
)

# ---------------------------------------------------------------------------
# 02 한국은행 기준금리, newspaper page dump, 2026-08-27
# ---------------------------------------------------------------------------
A02 = [
    ("가계대출 증가세 꺾이자 인하 단행…성장률 전망 1.8%→1.6%로 낮춰", [
        ch("1.8%→1.6%로 낮춰", before=1.8, after=1.6), pc("1.8%", 1.8), pc("1.6%", 1.6),
    ]),
    ("원·달러 환율 8.2원 내린 1,372.5원 마감", [
        m("8.2원", 8.2), m("1,372.5원", 1372.5), ch("8.2원 내린 1,372.5원", after=1372.5, delta=-8.2, unit="KRW"),
    ]),
    ("한국은행 금융통화위원회(이하 금통위)가 27일 기준금리를 연 2.50%에서 2.25%로 0.25%포인트 내렸다. 지난해 5월 이후 1년 3개월 만의 인하다.", [
        p("27일", "2026-08-27", "2026-08-27"),
        ch("연 2.50%에서 2.25%로 0.25%포인트 내렸다", before=2.5, after=2.25, delta=-0.25),
        pc("2.50%", 2.5), pc("2.25%", 2.25), pc("0.25%포인트", 0.25),
        p("지난해 5월 이후", "2025-05", None), p("지난해 5월", "2025-05", "2025-05", opt=True),
        p("1년 3개월", None, None, opt=True), c("1년 3개월", 15, "개월", opt=True),
    ]),
    ("금통위는 이날 통화정책방향 회의에서 기준금리를 연 2.25%로 인하하기로 결정했다. 위원 7명 가운데 5명이 인하에 찬성했고, 2명은 동결 의견을 냈다. 박재원 한은 총재는 “가계부채와 부동산 시장이 안정을 되찾고 있어 경기 하방 위험에 대응할 여력이 생겼다”고 설명했다.", [
        p("이날", "2026-08-27", "2026-08-27", opt=True), pc("2.25%", 2.25), ch("연 2.25%로 인하", after=2.25),
        c("7명", 7, "명"), c("5명", 5, "명"), c("2명", 2, "명"),
    ]),
    ("이번 인하로 한국과 미국(연 3.75~4.00%)의 기준금리 차이는 상단 기준 1.75%포인트로 벌어졌다. 연방준비제도(Fed)는 다음 달 16~17일(현지시간) 연방공개시장위원회(FOMC) 회의를 연다.", [
        pc("3.75~4.00%", 3.75), pc("3.75~4.00%", 4.0, opt=True), pc("1.75%포인트", 1.75),
        ch("1.75%포인트로 벌어졌다", after=1.75, opt=True), ch("1.75%포인트로 벌어졌다", after=1.75, unit="%p", opt=True),
        ch("1.75%포인트로 벌어졌다", before=1.5, after=1.75, delta=0.25, opt=True),
        p("다음 달 16~17일", "2026-09-16", "2026-09-17"), p("다음 달", "2026-09", "2026-09", opt=True),
    ]),
    ("한은이 이날 함께 내놓은 수정 경제전망에서 올해 국내총생산(GDP) 성장률 전망치는 1.6%로 지난 5월 전망(1.8%)보다 0.2%포인트 낮아졌다. 내년 성장률 전망은 1.9%를 유지했다. 소비자물가 상승률은 올해 2.1%, 내년 1.9%로 예상했다.", [
        p("이날", "2026-08-27", "2026-08-27", opt=True), p("올해", "2026", "2026"), pc("1.6%", 1.6),
        p("지난 5월", "2026-05", "2026-05"), pc("1.8%", 1.8), pc("0.2%포인트", 0.2),
        ch("1.6%로 지난 5월 전망(1.8%)보다 0.2%포인트 낮아졌다", before=1.8, after=1.6, delta=-0.2),
        p("내년", "2027", "2027"), pc("1.9%", 1.9), p("올해", "2026", "2026"), pc("2.1%", 2.1), p("내년", "2027", "2027"), pc("1.9%", 1.9),
    ]),
    ("금리 인하의 발목을 잡았던 가계부채는 증가세가 한풀 꺾였다. 한은에 따르면 지난달 말 은행권 가계대출 잔액은 1,152조 3,000억원으로 한 달 새 2조 1,000억원 늘었다. 월간 증가 폭은 지난 3월(6조 2,000억원)의 3분의 1 수준으로 줄었다.", [
        p("지난달 말", "2026-07", "2026-07"), p("지난달 말", "2026-07-31", "2026-07-31", opt=True),
        m("1,152조 3,000억원", 1152 * JO + 3000 * EOK), m("2조 1,000억원", 2 * JO + 1000 * EOK),
        ch("1,152조 3,000억원으로 한 달 새 2조 1,000억원 늘었다", after=1152 * JO + 3000 * EOK, delta=2 * JO + 1000 * EOK, unit="KRW"),
        ch("한 달 새 2조 1,000억원 늘었다", before=1150 * JO + 2000 * EOK, after=1152 * JO + 3000 * EOK, delta=2 * JO + 1000 * EOK, unit="KRW", opt=True),
        p("한 달", None, None, opt=True), c("한 달", 1, "달", opt=True),
        p("지난 3월", "2026-03", "2026-03"), m("6조 2,000억원", 6 * JO + 2000 * EOK),
        ch("지난 3월(6조 2,000억원)의 3분의 1 수준으로 줄었다", before=6 * JO + 2000 * EOK, unit="KRW", opt=True),
    ]),
    ("주택담보대출은 1조 8,000억원 늘어 전월(3조 4,000억원)보다 증가 폭이 절반가량 줄었고, 신용대출 등 기타대출은 3,000억원 늘었다. 서울 아파트 거래량도 지난달 4,210건으로 6월(7,830건)보다 46.2% 감소했다.", [
        m("1조 8,000억원", 1 * JO + 8000 * EOK), ch("1조 8,000억원 늘어", delta=1 * JO + 8000 * EOK, unit="KRW"),
        p("전월", "2026-06", "2026-06", opt=True), m("3조 4,000억원", 3 * JO + 4000 * EOK),
        ch("1조 8,000억원 늘어 전월(3조 4,000억원)보다", before=3 * JO + 4000 * EOK, after=1 * JO + 8000 * EOK, unit="KRW", opt=True),
        m("3,000억원", 3000 * EOK), ch("3,000억원 늘었다", delta=3000 * EOK, unit="KRW"),
        p("지난달", "2026-07", "2026-07"), p("6월", "2026-06", "2026-06"),
        ch("4,210건으로 6월(7,830건)보다 46.2% 감소했다", before=7830, after=4210, unit="건"),
        ch("46.2% 감소했다", delta=-46.2, unit="%", opt=True), pc("46.2%", 46.2),
        c("4,210건", 4210, "건", opt=True), c("7,830건", 7830, "건", opt=True),
    ]),
    ("외환시장에서 원·달러 환율은 전 거래일보다 8.2원 내린 1,372.5원에 거래를 마쳤다. 금리 인하가 이미 시장에 반영된 데다 미국 고용지표 부진으로 달러 약세가 이어진 영향이다. 환율이 1,370원대로 내려온 것은 지난 6월 12일 이후 약 2개월 만이다.", [
        p("전 거래일", "2026-08-26", "2026-08-26", opt=True), m("8.2원", 8.2), m("1,372.5원", 1372.5),
        ch("전 거래일보다 8.2원 내린 1,372.5원", after=1372.5, delta=-8.2, unit="KRW"),
        ch("전 거래일보다 8.2원 내린 1,372.5원", before=1380.7, after=1372.5, delta=-8.2, unit="KRW", opt=True),
        m("1,370원대", 1370, opt=True), m("1,370원대", 1370, q="approx", opt=True), m("1,370원대", 1370, q="at_least", opt=True),
        ch("1,370원대로 내려온", after=1370, unit="KRW", opt=True),
        p("지난 6월 12일 이후", "2026-06-12", None), p("지난 6월 12일", "2026-06-12", "2026-06-12", opt=True),
        p("약 2개월", None, None, opt=True), c("약 2개월", 2, "개월", q="approx", opt=True),
    ]),
    ("국고채 금리도 일제히 하락했다. 서울 채권시장에서 3년 만기 국고채 금리는 전 거래일보다 0.048%포인트 내린 연 2.184%, 10년물은 0.031%포인트 하락한 연 2.567%로 마감했다.", [
        p("3년", None, None, opt=True), c("3년", 3, "년", opt=True), c("10년물", 10, "년물", opt=True), c("10년", 10, "년", opt=True),
        p("10년", None, None, opt=True),
        p("전 거래일", "2026-08-26", "2026-08-26", opt=True), pc("0.048%포인트", 0.048), pc("2.184%", 2.184),
        ch("0.048%포인트 내린 연 2.184%", before=2.232, after=2.184, delta=-0.048),
        pc("0.031%포인트", 0.031), pc("2.567%", 2.567),
        ch("0.031%포인트 하락한 연 2.567%", before=2.598, after=2.567, delta=-0.031),
    ]),
    ("시장에서는 연내 추가 인하 가능성에 무게를 싣고 있다. 금통위는 오는 10월 22일과 11월 26일 두 차례 회의를 남겨 두고 있다. 한 증권사 채권 연구원은 “연말까지 기준금리가 연 2.00%까지 내려갈 가능성이 크다”며 “다만 수도권 집값이 다시 오르면 인하 시점이 내년 1분기로 밀릴 수 있다”고 말했다.", [
        p("연내", "2026", "2026", opt=True), p("연내", None, "2026-12", opt=True),
        p("오는 10월 22일", "2026-10-22", "2026-10-22"), p("11월 26일", "2026-11-26", "2026-11-26"),
        c("두 차례", 2, "차례", opt=True),
        p("연말까지", None, "2026-12"), pc("2.00%", 2.0), ch("연 2.00%까지 내려갈", after=2.0),
        p("내년 1분기", "2027-01", "2027-03"),
    ]),
    ("금통위는 이날 중소기업 지원을 위한 금융중개지원대출 한도를 현행 9조원에서 11조원으로 2조원 늘리고, 적용 금리도 연 1.75%에서 1.50%로 낮추기로 했다. 확대된 한도는 다음 달 1일부터 적용된다.", [
        p("이날", "2026-08-27", "2026-08-27", opt=True), p("현행", None, None, opt=True), p("현행", "2026", "2026", opt=True),
        m("9조원", 9 * JO), m("11조원", 11 * JO), m("2조원", 2 * JO),
        ch("현행 9조원에서 11조원으로 2조원 늘리고", before=9 * JO, after=11 * JO, delta=2 * JO, unit="KRW"),
        pc("1.75%", 1.75), pc("1.50%", 1.5), ch("연 1.75%에서 1.50%로 낮추기로", before=1.75, after=1.5),
        p("다음 달 1일부터", "2026-09-01", None),
    ]),
    ("한편 한은은 기준금리 인하에 따라 가계의 이자 부담이 연간 약 3조 2,000억원 줄고, 차주 1인당 평균 15만 원가량 감소할 것으로 추산했다.", [
        m("약 3조 2,000억원", 3 * JO + 2000 * EOK, q="approx"), ch("약 3조 2,000억원 줄고", delta=-(3 * JO + 2000 * EOK), unit="KRW"),
        c("1인당", 1, "인", opt=True), m("15만 원가량", 15 * MAN, q="approx"), ch("15만 원가량 감소", delta=-15 * MAN, unit="KRW"),
        p("연간", None, None, opt=True),
    ]),
]
ORG02 = [
    o("한국은행", ["한은"]), o("금융통화위원회", ["금통위"]), o("연방준비제도", ["Fed", "연준"]), o("연방공개시장위원회", ["FOMC"]),
]


def page02(paras, title):
    head = """로그인 | 회원가입 | 구독신청
전체메뉴 열기   검색
경제일보
2026년 8월 27일 목요일
정치  경제  사회  국제  산업  증권  부동산  오피니언
오늘의 날씨 서울 31℃ 구름많음 | 미세먼지 보통
코스피 3,412.55 ▲18.20(+0.54%)   코스닥 891.30 ▼2.45(-0.27%)   원/달러 1,372.50 ▼8.20

경제 > 금융·증권

"""
    meta = """
김서윤 기자
syk@econdaily.co.kr
기사입력 2026-08-27 11:05 | 최종수정 2026-08-27 16:40
글자크기 가 가   공유하기   인쇄

"""
    tail = """

ⓒ 경제일보, 무단전재 및 재배포 금지

이 기사를 공유합니다

관련기사
美 연준 파월 후임 “9월 0.25%p 인하 적절”
가계대출 7월 2조원대 증가…두 달 연속 둔화
[사설] 금리 인하, 부동산 자극하지 않도록

많이 본 뉴스
1 서울 아파트값 12주 연속 상승…강남3구 0.45%↑
2 금값 온스당 3,500달러 돌파…“연말 4,000달러 간다”
3 삼성전자 2분기 영업익 9조 5천억원…HBM 효과
4 “월세 100만원 시대” 청년 주거비 부담 역대 최고
5 신용카드 연체율 1.9%…10년 만에 최고

포토뉴스
[포토] 한은 금통위 회의 주재하는 총재

회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책
경제일보 | 서울특별시 중구 세종대로 100 | 대표전화 02-3456-7890 | 등록번호 서울 아12345
Copyright © 경제일보. All rights reserved.
"""
    return head + title + "\n" + paras[0] + "\n" + paras[1] + "\n" + meta + "\n\n".join(paras[2:]) + tail


article(
    name="02_bok_base_rate_pagedump", ext="txt", published="2026-08-27",
    title="한은, 기준금리 연 2.25%로 0.25%p 인하…1년 3개월 만에 다시 내렸다",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["로그인", "구독신청", "오늘의 날씨", "코스피 3,412.55", "원/달러 1,372.50", "경제 > 금융", "syk@", "기사입력",
               "무단전재", "관련기사", "많이 본 뉴스", "온스당 3,500달러", "9조 5천억원", "포토뉴스", "대표전화", "Copyright"],
    notes=("published: the masthead date and the 기사입력 line (2026-08-27). Title not scored; the two deck lines under it are body. "
           "Menus, the weather/market ticker (which repeats the body's exchange rate as '원/달러 1,372.50 ▼8.20'), byline, 기사입력 line, "
           "copyright, 관련기사, 많이 본 뉴스, 포토뉴스 and footer are furniture. New decision: an exchange rate in 원 ('1,372.5원', '8.2원 내린') is money "
           "(KRW, the won price of one dollar) and its move a KRW change; '1,370원대' (a band) is optional money. %-levels moving by %포인트 "
           "(2.50%에서 2.25%로 0.25%포인트; 1.6%로 … (1.8%)보다 0.2%포인트; 0.048%포인트 내린 연 2.184%) are changes without unit, `before` "
           "computed when not written. '1.75%포인트로 벌어졌다' (a gap, not a level) optional. Comparison bases (전 거래일, 전월) optional; "
           "'지난 5월 전망(1.8%)', '지난 3월(6조 2,000억원)', '6월(7,830건)' are explicit periods (gold). '지난해 5월 이후' / '지난 6월 12일 이후' "
           "= open end from that month/day. '1년 3개월 만', '약 2개월 만', '한 달 새' and bond maturities (3년 만기, 10년물) are durations "
           "(optional). '연내' is ambiguous (this year / by December): optional both ways. '두 차례' optional. A level with a %-rate and its "
           "two written endpoints ('4,210건으로 6월(7,830건)보다 46.2% 감소'): endpoint change gold, the rate optional. '1조 8,000억원 늘어', "
           "'3,000억원 늘었다', '약 3조 2,000억원 줄고', '15만 원가량 감소' are delta changes. 7명/5명/2명 (committee members) are counts."),
)

# ---------------------------------------------------------------------------
# 03 건강보험료율, newspaper page dump (ndsoft-like CMS), 2026-08-28
# ---------------------------------------------------------------------------
A03 = [
    ("건정심, 2027년 보험료율 0.10%p 인상 의결…2년 연속 오름세", [
        p("2027년", "2027", "2027"), pc("0.10%p", 0.1), ch("0.10%p 인상", delta=0.1, unit="%p"),
        p("2년 연속", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("직장가입자 월평균 보험료 16만 1,200원…지역가입자는 9만 2,640원", [
        m("16만 1,200원", 16 * MAN + 1200), m("9만 2,640원", 9 * MAN + 2640),
    ]),
    ("내년 건강보험료율이 올해 7.09%에서 7.19%로 0.10%포인트(1.4%) 오른다. 보험료율 인상은 2년 연속이다.", [
        p("내년", "2027", "2027"), p("올해", "2026", "2026"),
        ch("올해 7.09%에서 7.19%로 0.10%포인트(1.4%) 오른다", before=7.09, after=7.19, delta=0.1),
        ch("(1.4%) 오른다", delta=1.4, unit="%", opt=True),
        pc("7.09%", 7.09), pc("7.19%", 7.19), pc("0.10%포인트", 0.1), pc("1.4%", 1.4),
        p("2년 연속", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("보건복지부(이하 복지부)는 28일 서울 중구 포스트타워에서 2026년 제8차 건강보험정책심의위원회(이하 건정심)를 열고 이같이 의결했다고 밝혔다. 보험료율이 7%를 넘어선 것은 올해에 이어 두 번째다.", [
        p("28일", "2026-08-28", "2026-08-28"), p("2026년", "2026", "2026", opt=True), pc("7%", 7), p("올해", "2026", "2026"),
    ]),
    ("이에 따라 직장가입자의 월평균 보험료(본인 부담분)는 올해 15만 8,900원에서 내년 16만 1,200원으로 2,300원 오른다. 지역가입자의 세대당 월평균 보험료는 9만 1,350원에서 9만 2,640원으로 1,290원 인상된다.", [
        p("올해", "2026", "2026"), p("내년", "2027", "2027"),
        m("15만 8,900원", 15 * MAN + 8900), m("16만 1,200원", 16 * MAN + 1200), m("2,300원", 2300),
        ch("올해 15만 8,900원에서 내년 16만 1,200원으로 2,300원 오른다", before=158900, after=161200, delta=2300, unit="KRW"),
        m("9만 1,350원", 9 * MAN + 1350), m("9만 2,640원", 9 * MAN + 2640), m("1,290원", 1290),
        ch("9만 1,350원에서 9만 2,640원으로 1,290원 인상된다", before=91350, after=92640, delta=1290, unit="KRW"),
    ]),
    ("정부는 당초 0.2%포인트 안팎의 인상을 검토했으나, 고물가와 경기 둔화로 가계 부담이 크다는 가입자 단체의 반발을 고려해 인상 폭을 절반 수준으로 낮췄다. 인상률 1.4%는 2017년(0.0%)을 제외하면 최근 10년 사이 가장 낮은 수준이다.", [
        pc("0.2%포인트", 0.2), ch("0.2%포인트 안팎의 인상", delta=0.2, unit="%p", opt=True),
        ch("절반 수준으로 낮췄다", after=0.5, opt=True),
        pc("1.4%", 1.4), p("2017년", "2017", "2017"), pc("0.0%", 0.0),
        p("최근 10년", None, None, opt=True), c("10년", 10, "년", opt=True),
    ]),
    ("건강보험 재정은 올해 상반기 1조 1,400억원의 당기수지 적자를 냈다. 국민건강보험공단(이하 건보공단)은 이대로라면 누적 준비금이 지난해 말 29조 7,000억원에서 2028년 20조원 안팎으로 줄고, 2030년에는 바닥을 드러낼 수 있다고 전망했다.", [
        p("올해 상반기", "2026-01", "2026-06"), m("1조 1,400억원", 1 * JO + 1400 * EOK),
        p("지난해 말", "2025-12", "2025-12"), m("29조 7,000억원", 29 * JO + 7000 * EOK), p("2028년", "2028", "2028"),
        m("20조원 안팎", 20 * JO, q="approx"),
        ch("지난해 말 29조 7,000억원에서 2028년 20조원 안팎으로 줄고", before=29 * JO + 7000 * EOK, after=20 * JO, unit="KRW"),
        p("2030년", "2030", "2030"),
    ]),
    ("보험료 부담을 덜기 위한 지원책도 함께 나왔다. 소득 하위 20% 지역가입자 약 180만 세대는 내년 1월부터 6월까지 보험료 인상분 전액을 지원받는다. 여기에 드는 재원 410억원은 국고에서 충당한다.", [
        pc("20%", 20), c("약 180만 세대", 1800000, "세대", q="approx"),
        p("내년 1월부터 6월까지", "2027-01", "2027-06"), p("내년 1월", "2027-01", "2027-01", opt=True), p("6월", "2027-06", "2027-06", opt=True),
        m("410억원", 410 * EOK),
    ]),
    ("본인부담상한제 기준도 손질한다. 건정심은 소득 1분위(하위 10%)의 연간 본인부담상한액을 87만원에서 2027년 81만원으로 6만원 낮추기로 했다. 지난해 본인부담상한제를 통해 환급받은 사람은 192만 4,000명, 환급액은 2조 8,300억원에 달했다.", [
        pc("10%", 10), m("87만원", 87 * MAN), p("2027년", "2027", "2027"), m("81만원", 81 * MAN), m("6만원", 6 * MAN),
        ch("87만원에서 2027년 81만원으로 6만원 낮추기로", before=870000, after=810000, delta=-60000, unit="KRW"),
        p("연간", None, None, opt=True),
        p("지난해", "2025", "2025"), c("192만 4,000명", 1924000, "명"), m("2조 8,300억원", 2 * JO + 8300 * EOK),
    ]),
    ("한편 복지부는 이날 국민연금 기금운용위원회도 열어 올해 2분기 말 기준 기금 적립금이 1,312조원으로 3월 말(1,268조원)보다 44조원 늘었다고 보고했다. 2분기 운용수익률은 3.6%, 올해 상반기 누적 수익률은 6.9%였다.", [
        p("이날", "2026-08-28", "2026-08-28", opt=True),
        p("올해 2분기 말", "2026-06", "2026-06"), p("올해 2분기 말", "2026-06-30", "2026-06-30", opt=True),
        p("올해 2분기", "2026-04", "2026-06", opt=True),
        m("1,312조원", 1312 * JO), p("3월 말", "2026-03", "2026-03"), p("3월 말", "2026-03-31", "2026-03-31", opt=True),
        m("1,268조원", 1268 * JO), m("44조원", 44 * JO),
        ch("1,312조원으로 3월 말(1,268조원)보다 44조원 늘었다", before=1268 * JO, after=1312 * JO, delta=44 * JO, unit="KRW"),
        p("2분기", "2026-04", "2026-06"), pc("3.6%", 3.6), p("올해 상반기", "2026-01", "2026-06"), pc("6.9%", 6.9),
    ]),
    ("기초연금 인상 방안도 논의됐다. 복지부는 내년 기초연금 기준연금액을 올해 월 34만 9,700원에서 물가상승률(2.1%)을 반영해 월 35만 7,000원으로 올린다. 부부 가구는 20% 감액돼 월 최대 57만 1,200원을 받는다.", [
        p("내년", "2027", "2027"), p("올해", "2026", "2026"),
        m("월 34만 9,700원", 34 * MAN + 9700), pc("2.1%", 2.1), m("월 35만 7,000원", 35 * MAN + 7000),
        ch("올해 월 34만 9,700원에서 ... 월 35만 7,000원으로 올린다", before=349700, after=357000, unit="KRW"),
        ch("물가상승률(2.1%)을 반영해", delta=2.1, unit="%", opt=True),
        pc("20%", 20), ch("20% 감액돼", delta=-20, unit="%", opt=True),
        m("월 최대 57만 1,200원", 57 * MAN + 1200, q="at_most"),
    ]),
    ("기초연금 수급자는 올해 7월 기준 712만 명으로, 65세 이상 노인 인구의 68.4%다. 복지부는 수급자가 2030년 900만 명을 넘어설 것으로 내다봤다.", [
        p("올해 7월", "2026-07", "2026-07"), c("712만 명", 7120000, "명"), c("65세", 65, "세", q="at_least", opt=True),
        pc("68.4%", 68.4), p("2030년", "2030", "2030"), c("900만 명을 넘어설", 9000000, "명", q="at_least"),
        ch("900만 명을 넘어설", after=9000000, unit="명", opt=True),
        ch("712만 명 ... 900만 명을 넘어설", before=7120000, after=9000000, unit="명", opt=True),
    ]),
    ("조현석 복지부 장관은 “보험료 인상을 최소화하면서도 필수의료 보상을 강화할 수 있도록 지출 효율화에 힘쓰겠다”며 “약 3,000억원 규모의 불필요한 재정 누수를 내년까지 찾아내겠다”고 말했다.", [
        m("약 3,000억원 규모", 3000 * EOK, q="approx"), p("내년까지", None, "2027"),
    ]),
    ("건정심 결정에 대해 한국노동조합총연맹(한국노총)과 전국민주노동조합총연맹(민주노총) 등 가입자 단체는 성명을 내고 “국고지원을 법정 기준인 예상 수입액의 20%까지 늘리는 것이 먼저”라고 반발했다. 올해 국고지원 비율은 14.2%에 그쳤다.", [
        pc("20%", 20), ch("20%까지 늘리는", after=20), ch("14.2% ... 20%까지 늘리는", before=14.2, after=20, opt=True),
        p("올해", "2026", "2026"), pc("14.2%", 14.2),
    ]),
]
ORG03 = [
    o("보건복지부", ["복지부"]), o("건강보험정책심의위원회", ["건정심"]), o("국민건강보험공단", ["건보공단"]),
    o("기금운용위원회", ["국민연금 기금운용위원회", "국민연금기금운용위원회"]),
    o("한국노동조합총연맹", ["한국노총"]), o("전국민주노동조합총연맹", ["민주노총"]),
    o("국민연금", ["국민연금공단"], opt=True), o("포스트타워", opt=True), o("정부", opt=True), o("건강보험", opt=True),
]


def page03(paras, title):
    head = """본문 바로가기
전체메뉴
복지건강신문
로그인 회원가입
뉴스 | 보건·복지 | 의료 | 제약·바이오 | 오피니언 | 포토
HOME > 뉴스 > 보건·복지

"""
    meta = """
기자명 정하늘 기자   승인 2026.08.28 18:20   수정 2026.08.29 09:05   댓글 0
SNS 기사보내기  페이스북  트위터  카카오톡  URL복사
본문 글씨 키우기  본문 글씨 줄이기

"""
    tail = """

정하늘 기자 haneul@bokjinews.kr

저작권자 © 복지건강신문 무단전재 및 재배포 금지

관련기사
[단독] 건보 재정 상반기 1조원대 적자…준비금 소진 시계 빨라진다
국민연금 보험료율 내년 9.5%로…매년 0.5%p씩 인상

인기기사
1 실손보험료 내년 평균 7.5% 오른다
2 국민연금 월 100만원 넘게 받는 수급자 80만 명 돌파
3 의대 정원 3,058명 확정…전공의 복귀율 62%
4 요양병원 간병비 급여화, 하루 본인부담 2만원대로
5 독감 백신 무료접종 10월 14일부터 시작

복지건강신문 | 주소 : 서울특별시 영등포구 국회대로 70 | 대표전화 : 02-780-1234 | 청소년보호책임자 : 박민수
"""
    return head + title + "\n" + paras[0] + "\n" + paras[1] + "\n" + meta + "\n\n".join(paras[2:]) + tail


article(
    name="03_nhis_premium_rate_pagedump", ext="txt", published="2026-08-28",
    title="내년 건보료율 7.19%로 1.4% 인상…직장인 월평균 2,300원 더 낸다",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["본문 바로가기", "전체메뉴", "로그인", "HOME > 뉴스", "기자명", "승인 2026.08.28", "SNS 기사보내기", "본문 글씨",
               "haneul@", "무단전재", "관련기사", "인기기사", "실손보험료", "3,058명", "10월 14일부터", "대표전화", "청소년보호책임자"],
    notes=("published: the '승인 2026.08.28 18:20' line (there is no masthead date; 수정 is the next day and is not the publication date); "
           "relative dates resolve against 2026-08-28. Title not scored; the two deck lines are body. Menus, breadcrumb, 기자명/승인/수정/댓글 line, "
           "SNS and font-size buttons, byline e-mail, copyright, 관련기사, 인기기사 and footer are furniture. Conventions: %-levels moving by %p "
           "('7.09%에서 7.19%로 0.10%포인트(1.4%)') are changes without unit; the bracketed rate (1.4%) is an optional %-change; a bare %p move "
           "('0.10%p 인상') is {delta, unit: %p}. '2026년 제8차 건강보험정책심의위원회': the year of a meeting's name optional, 제8차 an ordinal "
           "(no count). '두 번째' ordinal. '소득 1분위' is a quantile, neither a count nor a quarter. '올해 2분기 말 기준' = month 2026-06 (the "
           "quarter and the day readings optional); '3월 말(1,268조원)' explicit base period, gold. Durations (2년 연속, 최근 10년) optional. "
           "'65세 이상' an age (optional). '900만 명을 넘어설' at_least count (as '25만 명을 넘어설' in blind4). '20%까지 늘리는' (a demanded "
           "target) is an after-change. 국민연금 (a scheme) optional organisation; 기금운용위원회 accepts the '국민연금 기금운용위원회' spelling. "
           "'20% 감액돼', '물가상승률(2.1%)을 반영해' and '절반 수준으로' optional changes."),
)

# ---------------------------------------------------------------------------
# 04 국토교통부 housing/GTX, HTML article/time/byline, 2026-09-03
# ---------------------------------------------------------------------------
A04 = [
    ("2030년까지 공공주택 32만 호…3기 신도시 착공 물량 내년 4만 호로 두 배", [
        p("2030년까지", None, "2030"), c("32만 호", 320000, "호"), p("내년", "2027", "2027"),
        ch("내년 4만 호로 두 배", after=40000, unit="호"), ch("4만 호로 두 배", before=20000, after=40000, unit="호", opt=True),
        c("4만 호", 40000, "호", opt=True), ch("두 배", after=2, unit="배", opt=True),
    ]),
    ("GTX-B 2030년 개통·C노선 2031년으로 1년 늦춰져…사업비 1조 4천억원 늘어", [
        p("2030년", "2030", "2030"), p("2031년", "2031", "2031"), p("1년", None, None, opt=True), c("1년", 1, "년", opt=True),
        ch("2031년으로 1년 늦춰져", delta=1, unit="년", opt=True),
        m("1조 4천억원", 1 * JO + 4000 * EOK), ch("사업비 1조 4천억원 늘어", delta=1 * JO + 4000 * EOK, unit="KRW"),
    ]),
    ("국토교통부(이하 국토부)는 3일 정부세종청사에서 ‘수도권 주택공급 및 광역교통 개선 방안’을 발표하고 2030년까지 수도권에 공공주택 32만 호를 공급하겠다고 밝혔다. 이 가운데 3기 신도시 물량이 17만 5,000호로 절반을 넘는다.", [
        p("3일", "2026-09-03", "2026-09-03"), p("2030년까지", None, "2030"), c("32만 호", 320000, "호"), c("17만 5,000호", 175000, "호"),
    ]),
    ("3기 신도시 착공 물량은 올해 2만 호에서 내년 4만 호로 두 배 늘린다. 남양주 왕숙, 하남 교산, 인천 계양, 고양 창릉, 부천 대장 등 5곳 가운데 인천 계양은 지난해 12월 첫 입주를 시작했고, 나머지 4곳은 2027~2029년 순차적으로 입주한다.", [
        p("올해", "2026", "2026"), p("내년", "2027", "2027"),
        ch("올해 2만 호에서 내년 4만 호로 두 배 늘린다", before=20000, after=40000, unit="호"),
        c("2만 호", 20000, "호", opt=True), c("4만 호", 40000, "호", opt=True), ch("두 배", after=2, unit="배", opt=True),
        c("5곳", 5, "곳"), p("지난해 12월", "2025-12", "2025-12"), c("4곳", 4, "곳"), p("2027~2029년", "2027", "2029"),
    ]),
    ("분양가는 주변 시세의 70~80% 수준으로 책정된다. 지난달 본청약을 받은 하남 교산 A2블록(전용 84㎡)의 분양가는 3.3㎡당 2,450만원으로, 인근 아파트 시세(3.3㎡당 3,360만원)보다 27% 낮았다. 청약 경쟁률은 평균 48.6대 1을 기록했다.", [
        pc("70~80%", 70), pc("70~80%", 80, opt=True), p("지난달", "2026-08", "2026-08"),
        c("84㎡", 84, "㎡", opt=True), c("3.3㎡", 3.3, "㎡", opt=True), c("3.3㎡", 3.3, "㎡", opt=True),
        m("2,450만원", 2450 * MAN), m("3,360만원", 3360 * MAN), pc("27%", 27),
        ch("2,450만원으로, 인근 아파트 시세(3.3㎡당 3,360만원)보다 27% 낮았다", before=33600000, after=24500000, unit="KRW", opt=True),
        ch("27% 낮았다", delta=-27, unit="%", opt=True),
    ]),
    ("광역교통 대책도 손질했다. 수도권광역급행철도(GTX) B노선은 2030년 개통 목표를 유지했지만, C노선은 공사비 상승과 민간사업자 교체로 개통 시기가 2030년에서 2031년으로 1년 늦춰졌다. C노선 총사업비는 4조 6,000억원에서 6조원으로 1조 4,000억원 늘었다.", [
        p("2030년", "2030", "2030"), p("2030년", "2030", "2030"), p("2031년", "2031", "2031"),
        p("2030년에서 2031년으로", "2030", "2031", opt=True),
        ch("2030년에서 2031년으로 1년 늦춰졌다", before=2030, after=2031, delta=1, opt=True),
        ch("1년 늦춰졌다", delta=1, unit="년", opt=True), p("1년", None, None, opt=True), c("1년", 1, "년", opt=True),
        m("4조 6,000억원", 4 * JO + 6000 * EOK), m("6조원", 6 * JO), m("1조 4,000억원", 1 * JO + 4000 * EOK),
        ch("4조 6,000억원에서 6조원으로 1조 4,000억원 늘었다", before=4 * JO + 6000 * EOK, after=6 * JO, delta=1 * JO + 4000 * EOK, unit="KRW"),
    ]),
    ("GTX-A노선은 지난 6월 서울역~수서 구간까지 연결돼 전 구간이 개통됐다. 개통 후 석 달간 하루 평균 이용객은 14만 2,000명으로, 예측 수요(20만 명)의 71% 수준에 그쳤다.", [
        p("지난 6월", "2026-06", "2026-06"), p("석 달간", None, None, opt=True), c("석 달", 3, "달", opt=True),
        p("하루", None, None, opt=True),
        c("14만 2,000명", 142000, "명"), c("20만 명", 200000, "명"), pc("71%", 71),
    ]),
    ("국토부는 이용객을 늘리기 위해 다음 달부터 GTX 요금에 수도권 통합환승할인을 적용하고, K-패스 환급률도 현행 20%에서 30%로 높인다. 이렇게 되면 동탄역에서 수서역까지 요금은 4,450원에서 3,250원으로 1,200원 내려간다.", [
        p("다음 달부터", "2026-10", None), p("현행", None, None, opt=True), p("현행", "2026", "2026", opt=True),
        pc("20%", 20), pc("30%", 30), ch("현행 20%에서 30%로 높인다", before=20, after=30),
        m("4,450원", 4450), m("3,250원", 3250), m("1,200원", 1200),
        ch("4,450원에서 3,250원으로 1,200원 내려간다", before=4450, after=3250, delta=-1200, unit="KRW"),
    ]),
    ("주택 공급 속도를 높이기 위한 제도 개선도 추진한다. 공공주택 인허가 기간을 현재 평균 2년 6개월에서 1년 6개월로 1년 줄이고, 한국토지주택공사(이하 LH)의 토지 보상 절차를 간소화한다. LH는 올해 하반기 8조 7,000억원 규모의 공사채를 발행해 보상 재원을 마련한다.", [
        p("현재", None, None, opt=True), p("현재", "2026-09-03", "2026-09-03", opt=True),
        p("2년 6개월", None, None, opt=True), p("1년 6개월", None, None, opt=True), p("1년", None, None, opt=True),
        c("2년 6개월", 30, "개월", opt=True), c("1년 6개월", 18, "개월", opt=True), c("1년", 1, "년", opt=True),
        c("2년", 2, "년", opt=True), c("6개월", 6, "개월", opt=True), c("1년", 1, "년", opt=True), c("6개월", 6, "개월", opt=True),
        ch("2년 6개월에서 1년 6개월로 1년 줄이고", before=30, after=18, delta=-12, unit="개월", opt=True),
        ch("2년 6개월에서 1년 6개월로 1년 줄이고", before=2.5, after=1.5, delta=-1, unit="년", opt=True),
        ch("1년 줄이고", delta=-1, unit="년", opt=True),
        p("올해 하반기", "2026-07", "2026-12"), m("8조 7,000억원 규모", 8 * JO + 7000 * EOK),
    ]),
    ("민간 참여도 넓힌다. 국토부는 3기 신도시 내 민간 분양 용지 가운데 약 30%를 ‘민간 참여 공공주택’ 용지로 전환해 2028년까지 3만 5,000호를 추가로 공급한다. 현대건설, 대우건설, GS건설 등 대형 건설사 10여 곳이 참여 의사를 밝힌 것으로 알려졌다.", [
        pc("30%", 30), p("2028년까지", None, "2028"), c("3만 5,000호", 35000, "호"),
        ch("3만 5,000호를 추가로 공급", delta=35000, unit="호"), c("10여 곳", 10, "곳", q="approx"),
    ]),
    ("재원은 주택도시기금과 국비를 합쳐 2026~2030년 5년간 총 62조원이 투입된다. 이 중 올해 집행액은 9조 8,000억원으로 지난해보다 12% 늘었다. 기획예산처는 내년 예산안에 관련 예산 13조 2,000억원을 반영했다.", [
        p("2026~2030년", "2026", "2030"), p("5년간", None, None, opt=True), c("5년간", 5, "년", opt=True),
        m("총 62조원", 62 * JO), p("올해", "2026", "2026"), m("9조 8,000억원", 9 * JO + 8000 * EOK), p("지난해", "2025", "2025"),
        pc("12%", 12), ch("9조 8,000억원으로 지난해보다 12% 늘었다", delta=12, unit="%"),
        ch("9조 8,000억원으로", after=9 * JO + 8000 * EOK, unit="KRW", opt=True),
        p("내년", "2027", "2027"), m("13조 2,000억원", 13 * JO + 2000 * EOK),
    ]),
    ("김태형 국토부 장관은 “수도권 주택 부족은 공급이 실제로 체감될 때 비로소 풀린다”며 “연말까지 착공 물량을 분기별로 점검하고, 입주 시기가 6개월 이상 늦어지는 단지는 다음 주 중 별도 대책을 내놓겠다”고 말했다.", [
        p("연말까지", None, "2026-12"), p("6개월", None, None, opt=True), c("6개월", 6, "개월", q="at_least", opt=True),
        ch("6개월 이상 늦어지는", delta=6, unit="개월", opt=True),
        p("다음 주 중", "2026-09-07", "2026-09-13"), p("다음 주 중", "2026-09-07", "2026-09-11", opt=True),
    ]),
    ("한편 국토부는 올해 1~7월 수도권 주택 인허가 물량이 8만 1,300호로 전년 동기보다 14.8% 줄었다고 밝혔다. 착공은 6만 2,100호로 3.1% 늘었다.", [
        p("올해 1~7월", "2026-01", "2026-07"), c("8만 1,300호", 81300, "호", opt=True),
        p("전년 동기", "2025-01", "2025-07", opt=True), p("전년 동기", "2025", "2025", opt=True),
        pc("14.8%", 14.8), ch("전년 동기보다 14.8% 줄었다", delta=-14.8, unit="%"),
        c("6만 2,100호", 62100, "호", opt=True), pc("3.1%", 3.1), ch("6만 2,100호로 3.1% 늘었다", delta=3.1, unit="%"),
        ch("8만 1,300호로", after=81300, unit="호", opt=True), ch("6만 2,100호로", after=62100, unit="호", opt=True),
    ]),
]
ORG04 = [
    o("국토교통부", ["국토부"]), o("한국토지주택공사", ["LH"]), o("현대건설"), o("대우건설"), o("GS건설"), o("기획예산처"),
    o("정부세종청사", opt=True), o("주택도시기금", opt=True), o("수도권광역급행철도", ["GTX"], opt=True), o("K-패스", opt=True),
]


def page04(paras, title):
    esc = lambda s: html.escape(s, quote=False)
    deck = "\n".join(f"        <li>{esc(s)}</li>" for s in paras[:2])
    body = "\n".join(f"      <p>{esc(s)}</p>" for s in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | 한빛경제</title>
<meta name="description" content="국토교통부가 2030년까지 수도권에 공공주택 32만 호를 공급하고 GTX C노선 개통을 2031년으로 조정했다.">
<link rel="stylesheet" href="/static/css/news.css">
<script src="/static/js/analytics.js" async></script>
</head>
<body>
<a class="skip" href="#content">본문 바로가기</a>
<header class="site-header">
  <div class="logo"><a href="/">한빛경제</a></div>
  <nav class="gnb">
    <ul>
      <li><a href="/economy">경제</a></li>
      <li><a href="/realestate">부동산</a></li>
      <li><a href="/industry">산업</a></li>
      <li><a href="/finance">금융</a></li>
      <li><a href="/opinion">오피니언</a></li>
    </ul>
  </nav>
  <div class="util"><a href="/login">로그인</a> <a href="/subscribe">구독하기</a></div>
</header>
<main id="content">
  <article class="news-article">
    <header class="article-head">
      <p class="section"><a href="/realestate">부동산</a></p>
      <h1>{esc(title)}</h1>
      <ul class="summary">
{deck}
      </ul>
      <div class="meta">
        <span class="byline">이도현 기자 <a href="mailto:dohyun@hanbiteconomy.kr">dohyun@hanbiteconomy.kr</a></span>
        <time datetime="2026-09-03T14:20:00+09:00">2026.09.03 14:20</time>
        <span class="updated">업데이트 2026.09.03 18:02</span>
      </div>
      <div class="share"><button>공유</button> <button>글자 크기</button> <button>인쇄</button></div>
    </header>
    <figure class="photo">
      <img src="/photo/2026/09/03/gtx.jpg" alt="GTX-A 열차">
      <figcaption>지난 6월 전 구간 개통한 GTX-A 열차가 수서역에 들어서고 있다. [사진=국토교통부 제공]</figcaption>
    </figure>
    <div class="article-body" itemprop="articleBody">
{body}
    </div>
    <p class="copyright">ⓒ 한빛경제, 무단 전재 및 재배포·AI 학습 이용 금지</p>
    <section class="related">
      <h3>관련 기사</h3>
      <ul>
        <li><a href="/news/1021">3기 신도시 본청약 경쟁률 48대 1…분양가 3.3㎡당 2천만원대</a></li>
        <li><a href="/news/1017">GTX-C 민간사업자 교체…공사비 1조원 증액 불가피</a></li>
        <li><a href="/news/1009">LH, 하반기 공사채 9조원 발행 추진</a></li>
      </ul>
    </section>
  </article>
  <aside class="ranking">
    <h3>많이 읽은 기사</h3>
    <ol>
      <li><a href="/news/990">서울 아파트 평균 매매가 14억 돌파…1년 새 11% 상승</a></li>
      <li><a href="/news/985">전세사기 피해자 3만 명 넘어…지원 예산 2,400억원</a></li>
      <li><a href="/news/981">주담대 금리 하단 3%대로…은행권 경쟁 재점화</a></li>
    </ol>
  </aside>
</main>
<footer class="site-footer">
  <p>한빛경제 | 서울특별시 마포구 월드컵북로 400 | 대표전화 02-6000-1234 | 등록번호 서울 아 54321 | 발행·편집인 정수민</p>
  <p>Copyright © Hanbit Economy. All rights reserved.</p>
</footer>
</body>
</html>
"""


article(
    name="04_molit_housing_gtx_html", ext="html", published="2026-09-03",
    title="수도권 공공주택 32만 호 공급…GTX-C 개통 2031년으로 1년 늦춰져",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["본문 바로가기", "로그인", "구독하기", "dohyun@", "업데이트 2026.09.03", "[사진=국토교통부 제공]", "무단 전재", "관련 기사",
               "48대 1", "공사채 9조원", "많이 읽은 기사", "14억 돌파", "전세사기", "대표전화", "Copyright"],
    notes=("published: <time datetime='2026-09-03T14:20:00+09:00'> in the article header (no article:published_time meta); relative dates resolve "
           "against it. Title (h1) not scored; the two deck lines are the <li> items of ul.summary in the article header and are body. "
           "Byline span, update line, share buttons, photo caption, copyright, related-articles list, ranking aside, nav and footer are furniture. "
           "Conventions: '3기 신도시' is an ordinal (no count); 'A2블록', 'GTX-A/B/C', 'K-패스' are names; '48.6대 1' is a ratio (no count); "
           "㎡ measures optional. '올해 2만 호에서 내년 4만 호로 두 배' is a gold change; '두 배' alone optional. The deck's '내년 4만 호로 두 배' gives "
           "{after} (the before is not in the deck). '2,450만원으로, 인근 아파트 시세(…3,360만원)보다 27% 낮았다' compares two things, not a move in "
           "time: optional change; both amounts gold money. Dates moving ('2030년에서 2031년으로 1년 늦춰졌다') are periods, not a gold change; "
           "durations and duration changes ('2년 6개월에서 1년 6개월로', '6개월 이상', '석 달간', '5년간') optional. New decision: '다음 주 (중)' = "
           "Monday to Sunday of the next week (2026-09-07..2026-09-13); the Monday-Friday reading optional. A level with a growth rate ('8만 1,300호로 "
           "전년 동기보다 14.8% 줄었다') gives a gold %-change, the level an optional count. '3만 5,000호를 추가로 공급' is a delta change and a count. "
           "기획예산처 is the 2026 budget ministry. GTX and 정부세종청사 optional organisations."),
)

# ---------------------------------------------------------------------------
# 05 서울시교육청 budget, EUC-KR HTML (table layout), 2026-11-12
# ---------------------------------------------------------------------------
A05 = [
    ("서울특별시교육청(이하 서울시교육청)이 내년도 예산안을 올해보다 3,120억원(2.9%) 늘어난 11조 2,340억원으로 편성했다. 서울시교육청은 12일 이 같은 내용의 ‘2027년도 세입·세출 예산안’을 서울특별시의회에 제출했다고 밝혔다.", [
        p("내년도", "2027", "2027"), p("올해", "2026", "2026"), m("3,120억원", 3120 * EOK), pc("2.9%", 2.9),
        m("11조 2,340억원", 11 * JO + 2340 * EOK),
        ch("올해보다 3,120억원(2.9%) 늘어난 11조 2,340억원", after=11 * JO + 2340 * EOK, delta=3120 * EOK, unit="KRW"),
        ch("3,120억원(2.9%) 늘어난", delta=2.9, unit="%", opt=True),
        ch("올해보다 3,120억원(2.9%) 늘어난 11조 2,340억원", before=10 * JO + 9220 * EOK, after=11 * JO + 2340 * EOK, delta=3120 * EOK, unit="KRW", opt=True),
        p("12일", "2026-11-12", "2026-11-12"), p("2027년도", "2027", "2027", opt=True),
    ]),
    ("세입의 대부분을 차지하는 교육부의 보통교부금은 8조 4,100억원으로 올해보다 1.2% 줄었다. 세수 감소로 내국세와 연동된 지방교육재정교부금이 줄어든 탓이다. 반면 서울시가 넘겨주는 법정전입금은 2조 3,600억원으로 4,200억원 늘었다.", [
        m("8조 4,100억원", 8 * JO + 4100 * EOK), p("올해", "2026", "2026"), pc("1.2%", 1.2),
        ch("8조 4,100억원으로 올해보다 1.2% 줄었다", delta=-1.2, unit="%"),
        ch("8조 4,100억원으로", after=8 * JO + 4100 * EOK, unit="KRW", opt=True),
        m("2조 3,600억원", 2 * JO + 3600 * EOK), m("4,200억원", 4200 * EOK),
        ch("2조 3,600억원으로 4,200억원 늘었다", after=2 * JO + 3600 * EOK, delta=4200 * EOK, unit="KRW"),
    ]),
    ("지출 항목별로는 인건비가 6조 8,900억원으로 전체의 61.3%를 차지했다. 학교 시설 개선에는 8,760억원이 배정돼 올해(7,410억원)보다 18.2% 늘었다. 특히 준공 40년이 지난 노후 학교 건물 148동의 석면 제거와 내진 보강에 2,150억원을 쓴다.", [
        m("6조 8,900억원", 6 * JO + 8900 * EOK), pc("61.3%", 61.3), m("8,760억원", 8760 * EOK), p("올해", "2026", "2026"),
        m("7,410억원", 7410 * EOK), pc("18.2%", 18.2),
        ch("8,760억원이 배정돼 올해(7,410억원)보다 18.2% 늘었다", before=7410 * EOK, after=8760 * EOK, unit="KRW"),
        ch("18.2% 늘었다", delta=18.2, unit="%", opt=True),
        p("40년", None, None, opt=True), c("40년", 40, "년", opt=True), c("148동", 148, "동"), m("2,150억원", 2150 * EOK),
    ]),
    ("유보통합 관련 예산도 처음 반영됐다. 서울시교육청은 내년 3월부터 만 3~5세 유아의 어린이집·유치원 교육비를 월 최대 28만원까지 지원하는데, 여기에 1,870억원이 든다. 지원 대상은 약 11만 4,000명이다.", [
        p("내년 3월부터", "2027-03", None), c("만 3~5세", 3, "세", opt=True), c("만 3~5세", 5, "세", opt=True),
        m("월 최대 28만원", 28 * MAN, q="at_most"), m("1,870억원", 1870 * EOK), c("약 11만 4,000명", 114000, "명", q="approx"),
    ]),
    ("고교 무상교육 예산은 올해 말 국고 지원 특례가 끝나면서 전액 교육청 부담으로 바뀐다. 그동안 국가가 47.5%를 부담해 온 서울 지역 고교 무상교육비 1,420억원 가운데 국고 몫 674억원을 내년부터 교육청이 떠안게 됐다.", [
        p("올해 말", "2026-12", "2026-12"), p("올해 말", "2026-12-31", "2026-12-31", opt=True),
        pc("47.5%", 47.5), m("1,420억원", 1420 * EOK), m("674억원", 674 * EOK), p("내년부터", "2027", None),
    ]),
    ("디지털 교육 예산은 대폭 줄었다. 교육부가 AI 디지털교과서를 ‘교육자료’로 전환하면서 관련 예산이 올해 960억원에서 내년 310억원으로 3분의 1 수준이 됐다. 대신 학생 1인 1기기 교체 예산 520억원을 새로 편성해 중학교 1학년생 6만 8,000여 명에게 태블릿PC를 지급한다.", [
        p("올해", "2026", "2026"), p("내년", "2027", "2027"), m("960억원", 960 * EOK), m("310억원", 310 * EOK),
        ch("올해 960억원에서 내년 310억원으로", before=960 * EOK, after=310 * EOK, unit="KRW"),
        c("1인", 1, "인", opt=True), c("1기기", 1, "기기", opt=True),
        m("520억원", 520 * EOK), ch("520억원을 새로 편성", delta=520 * EOK, unit="KRW", opt=True),
        c("6만 8,000여 명", 68000, "명", q="approx"),
    ]),
    ("교원 인건비 절감을 위해 정원 조정도 이어진다. 내년 서울 지역 공립 초등학교 교사 정원은 올해보다 312명 줄어든 1만 8,470명으로, 3년 새 1,000명 가까이 감소했다. 학급당 학생 수는 초등학교 21.4명, 중학교 25.8명이다.", [
        p("내년", "2027", "2027"), p("올해", "2026", "2026"),
        ch("올해보다 312명 줄어든 1만 8,470명", after=18470, delta=-312, unit="명"),
        ch("올해보다 312명 줄어든 1만 8,470명", before=18782, after=18470, delta=-312, unit="명", opt=True),
        c("312명", 312, "명", opt=True), c("1만 8,470명", 18470, "명", opt=True),
        p("3년", None, None, opt=True), c("3년", 3, "년", opt=True),
        ch("3년 새 1,000명 가까이 감소했다", delta=-1000, unit="명"), c("1,000명", 1000, "명", q="approx", opt=True),
        c("1,000명", 1000, "명", opt=True), c("1,000명", 1000, "명", q="at_most", opt=True),
        c("21.4명", 21.4, "명", opt=True), c("25.8명", 25.8, "명", opt=True),
    ]),
    ("김민성 서울시교육감은 “학령인구 감소에도 노후 시설과 기초학력 지원 수요는 오히려 커지고 있다”며 “재정 여건이 어렵지만 학생 1인당 교육비는 올해 수준인 연 1,240만원을 유지하겠다”고 말했다.", [
        c("1인당", 1, "인", opt=True), p("올해", "2026", "2026"), m("연 1,240만원", 1240 * MAN),
    ]),
    ("서울시의회는 다음 달 16일 본회의에서 예산안을 확정한다. 앞서 교육위원회는 이달 25일부터 예비심사에 들어간다. 시의회 일각에서는 교육청의 기금 적립액(1조 3,700억원)이 과도하다며 500억원 이상을 삭감해야 한다는 목소리도 나온다.", [
        p("다음 달 16일", "2026-12-16", "2026-12-16"), p("이달 25일부터", "2026-11-25", None),
        m("1조 3,700억원", 1 * JO + 3700 * EOK), m("500억원 이상", 500 * EOK, q="at_least"),
        ch("500억원 이상을 삭감", delta=-500 * EOK, unit="KRW", opt=True),
    ]),
    ("한편 교육부가 이날 발표한 ‘2027년 지방교육재정교부금 가배정 현황’에 따르면 전국 17개 시·도교육청에 내려가는 보통교부금은 총 68조 9,000억원으로 올해보다 2조 1,000억원 줄었다. 교부금이 전년보다 감소하는 것은 2023년 이후 4년 만이다.", [
        p("이날", "2026-11-12", "2026-11-12", opt=True), p("2027년", "2027", "2027", opt=True), c("17개", 17, "개"),
        m("총 68조 9,000억원", 68 * JO + 9000 * EOK), p("올해", "2026", "2026"), m("2조 1,000억원", 2 * JO + 1000 * EOK),
        ch("68조 9,000억원으로 올해보다 2조 1,000억원 줄었다", after=68 * JO + 9000 * EOK, delta=-(2 * JO + 1000 * EOK), unit="KRW"),
        ch("68조 9,000억원으로 올해보다 2조 1,000억원 줄었다", before=71 * JO, after=68 * JO + 9000 * EOK, delta=-(2 * JO + 1000 * EOK), unit="KRW", opt=True),
        p("전년", "2026", "2026", opt=True), p("전년", "2025", "2025", opt=True),
        p("2023년 이후", "2023", None), p("2023년", "2023", "2023", opt=True),
        p("4년", None, None, opt=True), c("4년", 4, "년", opt=True),
    ]),
]
ORG05 = [
    o("서울특별시교육청", ["서울시교육청", "교육청"]), o("서울특별시의회", ["서울시의회", "시의회"]), o("교육부"), o("서울특별시", ["서울시"]),
    o("교육위원회", opt=True), o("시·도교육청", ["시도교육청"], opt=True), o("국가", opt=True), o("어린이집", opt=True), o("유치원", opt=True),
]


def page05(paras, title):
    esc = lambda s: html.escape(s, quote=False)
    body = "<br><br>\n".join(esc(s) for s in paras)
    return f"""<html>
<head>
<meta charset="euc-kr">
<title>{esc(title)} - 교육신문</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="top_link"><a href="/">홈</a> | <a href="/member/login.asp">로그인</a> | <a href="/member/join.asp">회원가입</a> | <a href="/rss">RSS</a></td></tr>
<tr><td class="logo"><a href="/"><img src="/img/logo.gif" alt="교육신문"></a></td></tr>
<tr><td class="menu"><a href="/policy">교육정책</a> | <a href="/school">학교</a> | <a href="/univ">대학</a> | <a href="/exam">입시</a> | <a href="/opinion">오피니언</a></td></tr>
</table>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
<td width="680" valign="top">
  <table width="100%" border="0" cellpadding="0" cellspacing="0">
  <tr><td class="view_location">홈 &gt; 교육정책 &gt; 교육재정</td></tr>
  <tr><td class="view_title">{esc(title)}</td></tr>
  <tr><td class="view_date">기사입력 : 2026-11-12 오후 2:37:15 &nbsp;&nbsp; 최종수정 : 2026-11-12 오후 5:10:02</td></tr>
  <tr><td class="view_name">한지수 기자 jisu@edunews.co.kr</td></tr>
  <tr><td class="view_btn"><a href="javascript:fontPlus()">글자크게</a> <a href="javascript:fontMinus()">글자작게</a> <a href="javascript:print()">프린트</a> <a href="javascript:mailTo()">메일보내기</a></td></tr>
  <tr><td class="view_text">
{body}
  </td></tr>
  <tr><td class="view_copy">&lt;저작권자 &copy; 교육신문, 무단전재 및 재배포 금지&gt;</td></tr>
  </table>
</td>
<td width="20"></td>
<td width="280" valign="top" class="right">
  <table width="100%" border="0"><tr><td class="right_title">많이 본 기사</td></tr>
  <tr><td>1. 수능 응시자 52만 2천명…7년 만에 최다</td></tr>
  <tr><td>2. 교대 합격선 5등급까지 하락…정원 12% 감축</td></tr>
  <tr><td>3. 늘봄학교 전 학년 확대에 강사 1만 명 필요</td></tr>
  <tr><td>4. 사립유치원 3곳 중 1곳 “폐원 검토”</td></tr>
  </table>
</td>
</tr>
</table>
<table width="980" border="0" align="center"><tr><td class="footer">교육신문 | 서울시 종로구 새문안로 3길 | 대표전화 02-737-0000 | 등록번호 서울 다 01234 | Copyright (c) edunews.co.kr All rights reserved.</td></tr></table>
</body>
</html>
"""


article(
    name="05_sen_budget_euckr_html", ext="html", encoding="cp949", published="2026-11-12",
    title="서울교육청 내년 예산 11조 2천억원…유보통합 1,870억원 첫 반영",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["로그인", "회원가입", "홈 > 교육정책", "기사입력", "jisu@", "글자크게", "메일보내기", "저작권자", "많이 본 기사",
               "52만 2천명", "5등급", "늘봄학교", "사립유치원", "대표전화", "Copyright"],
    notes=("The file is EUC-KR (cp949 bytes, <meta charset='euc-kr'>), an old table layout: title in td.view_title, date in td.view_date "
           "('기사입력 : 2026-11-12 오후 2:37:15'; no meta date), byline in td.view_name, body paragraphs in td.view_text separated by <br><br>; no deck. "
           "published 2026-11-12; relative dates resolve against it. Title not scored. Location bar, byline, buttons, copyright, 많이 본 기사 column and "
           "footer are furniture. Conventions: '올해보다 3,120억원(2.9%) 늘어난 11조 2,340억원' gives {after, delta} (the bracketed rate optional); "
           "'8,760억원이 배정돼 올해(7,410억원)보다 18.2% 늘었다' an endpoint change (rate optional); a level with a rate only ('8조 4,100억원으로 "
           "올해보다 1.2% 줄었다') a %-change; '3년 새 1,000명 가까이 감소' a delta change (-1000, the duration optional). '2027년도 세입·세출 예산안' and "
           "'2027년 … 가배정 현황': years in a document's name optional. '2023년 이후 4년 만' follows the 'X 이후' convention (open end), the year "
           "alone optional. '만 3~5세' ages, '학급당 … 21.4명' averages, '1인 1기기', '1인당' per-unit bases: optional counts. '중학교 1학년생' an "
           "ordinal grade (no count). 148동 (buildings) is a count. '3분의 1' a fraction (no figure). 교육감 is a title. 교육위원회 (a council "
           "committee) and 시·도교육청 (generic) optional organisations; '교육청' and '시의회' are short forms the text uses."),
)

# ---------------------------------------------------------------------------
# 06 연합뉴스-style corporate M&A, plain dump, 2026-05-20
# ---------------------------------------------------------------------------
A06 = [
    ("(서울=연합뉴스) 박민준 기자 = HD현대일렉트릭이 미국 중견 변압기 제조업체 ‘노스스타 파워 시스템즈’(이하 노스스타)를 약 9억 달러(약 1조 2,400억원)에 인수한다.", [
        m("약 9억 달러", 9 * EOK, cur="USD", q="approx"), m("약 1조 2,400억원", 1 * JO + 2400 * EOK, q="approx"),
    ]),
    ("HD현대일렉트릭은 20일 이사회를 열고 노스스타 지분 80%를 인수하는 안건을 의결했다고 밝혔다. 나머지 지분 20%는 2029년까지 3~4년에 걸쳐 단계적으로 사들일 계획이다.", [
        p("20일", "2026-05-20", "2026-05-20"), pc("80%", 80), pc("20%", 20), p("2029년까지", None, "2029"),
        p("3~4년", None, None, opt=True), c("3~4년", 3, "년", opt=True), c("3~4년", 4, "년", opt=True),
    ]),
    ("노스스타는 1978년 설립돼 미국 텍사스주와 오하이오주에 공장 2곳을 두고 있으며, 지난해 매출 6억 4,000만 달러, 영업이익 5,100만 달러를 기록했다. 직원 수는 1,850명이다.", [
        p("1978년", "1978", "1978"), c("2곳", 2, "곳"), p("지난해", "2025", "2025"),
        m("6억 4,000만 달러", 6 * EOK + 4000 * MAN, cur="USD"), m("5,100만 달러", 5100 * MAN, cur="USD"), c("1,850명", 1850, "명"),
    ]),
    ("이번 인수로 HD현대일렉트릭의 미국 내 변압기 생산능력은 연 1만 2,000MVA에서 2만 MVA로 67% 늘어난다. 회사는 북미 매출을 지난해 1조 9,000억원에서 2030년 4조원으로 두 배 이상 키운다는 목표다.", [
        c("1만 2,000MVA", 12000, "MVA", opt=True), c("2만 MVA", 20000, "MVA", opt=True),
        ch("연 1만 2,000MVA에서 2만 MVA로 67% 늘어난다", before=12000, after=20000, unit="MVA"),
        ch("67% 늘어난다", delta=67, unit="%", opt=True), pc("67%", 67),
        p("지난해", "2025", "2025"), m("1조 9,000억원", 1 * JO + 9000 * EOK), p("2030년", "2030", "2030"), m("4조원", 4 * JO),
        ch("지난해 1조 9,000억원에서 2030년 4조원으로 두 배 이상", before=1 * JO + 9000 * EOK, after=4 * JO, unit="KRW"),
        ch("두 배 이상", after=2, unit="배", opt=True),
    ]),
    ("HD현대일렉트릭의 1분기 매출은 1조 1,200억원으로 전년 동기 대비 21.5% 증가했고, 영업이익은 2,430억원으로 38.7% 늘었다. 영업이익률은 21.7%로 1년 전보다 2.8%포인트 높아졌다.", [
        p("1분기", "2026-01", "2026-03"), m("1조 1,200억원", 1 * JO + 1200 * EOK),
        p("전년 동기", "2025-01", "2025-03", opt=True), p("전년 동기", "2025", "2025", opt=True),
        pc("21.5%", 21.5), ch("전년 동기 대비 21.5% 증가했고", delta=21.5, unit="%"),
        ch("1조 1,200억원으로", after=1 * JO + 1200 * EOK, unit="KRW", opt=True),
        m("2,430억원", 2430 * EOK), pc("38.7%", 38.7), ch("2,430억원으로 38.7% 늘었다", delta=38.7, unit="%"),
        ch("2,430억원으로", after=2430 * EOK, unit="KRW", opt=True),
        pc("21.7%", 21.7), p("1년 전", "2025-01", "2025-03", opt=True), p("1년 전", "2025", "2025", opt=True), pc("2.8%포인트", 2.8),
        ch("21.7%로 1년 전보다 2.8%포인트 높아졌다", before=18.9, after=21.7, delta=2.8),
    ]),
    ("수주잔고도 사상 최대다. 3월 말 기준 수주잔고는 78억 달러로, 지난해 말(64억 달러)보다 14억 달러 늘었다. 이 가운데 북미 비중이 58%에 이른다.", [
        p("3월 말", "2026-03", "2026-03"), p("3월 말", "2026-03-31", "2026-03-31", opt=True),
        m("78억 달러", 78 * EOK, cur="USD"), p("지난해 말", "2025-12", "2025-12"), m("64억 달러", 64 * EOK, cur="USD"),
        m("14억 달러", 14 * EOK, cur="USD"),
        ch("78억 달러로, 지난해 말(64억 달러)보다 14억 달러 늘었다", before=64 * EOK, after=78 * EOK, delta=14 * EOK, unit="USD"),
        pc("58%", 58),
    ]),
    ("인력도 대폭 늘린다. HD현대일렉트릭은 올해 하반기 국내에서 엔지니어 등 300여 명을 채용하고, 노스스타 현지 공장 인력은 2028년까지 1,850명에서 2,400명으로 550명 증원한다. 신입사원 초임은 연 5,600만원으로 지난해보다 4.5% 올렸다.", [
        p("올해 하반기", "2026-07", "2026-12"), c("300여 명", 300, "명", q="approx"),
        ch("300여 명을 채용", delta=300, unit="명", opt=True),
        p("2028년까지", None, "2028"),
        ch("1,850명에서 2,400명으로 550명 증원한다", before=1850, after=2400, delta=550, unit="명"),
        c("1,850명", 1850, "명", opt=True), c("2,400명", 2400, "명", opt=True), c("550명", 550, "명", opt=True),
        m("연 5,600만원", 5600 * MAN), p("지난해", "2025", "2025"), pc("4.5%", 4.5),
        ch("연 5,600만원으로 지난해보다 4.5% 올렸다", delta=4.5, unit="%"),
        ch("연 5,600만원으로", after=5600 * MAN, unit="KRW", opt=True),
    ]),
    ("인수 자금은 보유 현금 5,000억원과 외부 차입 7,400억원으로 마련한다. 회사 측은 차입 이후에도 부채비율이 지난해 말 142%에서 160% 안팎으로 오르는 데 그친다고 설명했다.", [
        m("5,000억원", 5000 * EOK), m("7,400억원", 7400 * EOK), p("지난해 말", "2025-12", "2025-12"),
        pc("142%", 142), pc("160%", 160), ch("지난해 말 142%에서 160% 안팎으로 오르는", before=142, after=160),
    ]),
    ("거래는 미국 외국인투자심의위원회(CFIUS) 승인을 거쳐 오는 10월 마무리될 예정이다. HD현대일렉트릭은 내달 중 현지 인수단 40명을 파견하고, 다음 주 뉴욕에서 투자자 설명회(IR)를 연다.", [
        p("오는 10월", "2026-10", "2026-10"), p("내달 중", "2026-06", "2026-06"), c("40명", 40, "명"),
        p("다음 주", "2026-05-25", "2026-05-31"), p("다음 주", "2026-05-25", "2026-05-29", opt=True),
    ]),
    ("증권가에서는 긍정적인 평가가 나왔다. 이날 HD현대일렉트릭 주가는 전 거래일보다 7.3% 오른 52만 3,000원에 마감했다. 한국투자증권은 목표주가를 58만원에서 66만원으로 14% 높였다.", [
        p("이날", "2026-05-20", "2026-05-20", opt=True), p("전 거래일", "2026-05-19", "2026-05-19", opt=True),
        pc("7.3%", 7.3), ch("전 거래일보다 7.3% 오른", delta=7.3, unit="%"), m("52만 3,000원", 52 * MAN + 3000),
        ch("52만 3,000원에 마감", after=523000, unit="KRW", opt=True),
        m("58만원", 58 * MAN), m("66만원", 66 * MAN), ch("목표주가를 58만원에서 66만원으로", before=580000, after=660000, unit="KRW"),
        pc("14%", 14), ch("14% 높였다", delta=14, unit="%", opt=True),
    ]),
    ("김영기 HD현대일렉트릭 사장(58)은 “북미 전력망 교체 수요는 향후 10년간 이어질 것”이라며 “이번 인수로 미국 시장 점유율을 현재 7%에서 2030년 15%까지 끌어올리겠다”고 말했다.", [
        p("향후 10년간", None, None, opt=True), c("10년간", 10, "년", opt=True), p("현재", None, None, opt=True), p("현재", "2026-05-20", "2026-05-20", opt=True),
        pc("7%", 7), p("2030년", "2030", "2030"), pc("15%", 15), ch("현재 7%에서 2030년 15%까지 끌어올리겠다", before=7, after=15),
    ]),
]
ORG06 = [
    o("HD현대일렉트릭"), o("노스스타 파워 시스템즈", ["노스스타", "NorthStar Power Systems"]), o("외국인투자심의위원회", ["CFIUS"]), o("한국투자증권"),
    o("연합뉴스", opt=True), o("이사회", opt=True),
]


def page06(paras, title):
    head = """연합뉴스
메뉴 열기   검색
전체  정치  북한  경제  산업  사회  전국  세계  문화  연예  스포츠  오피니언
산업
"""
    meta = """송고시간2026-05-20 14:31
요약beta   공유   댓글   글자크기조정   인쇄
박민준 기자
기자 페이지

HD현대일렉트릭 울산공장 변압기 생산라인
[HD현대일렉트릭 제공. 재판매 및 DB 금지]

"""
    tail = """

mjpark@yna.co.kr

제보는 카카오톡 okjebo
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
2026/05/20 14:31 송고

관련 뉴스
HD현대일렉트릭, 1분기 영업익 2,430억원…분기 최대
[특징주] 전력기기株 일제히 강세…LS일렉트릭 5%↑
美 전력망 투자 10년간 2조 달러…韓 변압기 수출 호황

이 시각 많이 본 뉴스
1 코스피, 외국인 순매수에 3,300선 회복
2 서울 아파트 전셋값 52주 연속 상승
3 삼성바이오로직스, 美 공장 인수에 4,600억원 투자
"""
    return head + title + "\n" + meta + "\n\n".join(paras) + tail


article(
    name="06_hdhyundai_elec_acquisition_yonhap", ext="txt", published="2026-05-20",
    title="HD현대일렉트릭, 美 변압기업체 1조2천억원에 인수…\"북미 매출 두 배로\"",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["메뉴 열기", "송고시간", "요약beta", "기자 페이지", "재판매 및 DB 금지",
               "mjpark@", "okjebo", "저작권자", "관련 뉴스", "[특징주]", "많이 본 뉴스", "3,300선", "4,600억원"],
    notes=("A 연합뉴스-style wire story dump. published: '송고시간2026-05-20 14:31' (and the '2026/05/20 14:31 송고' line at the end). "
           "Title not scored; no deck. The dateline '(서울=연합뉴스) 박민준 기자 =' is part of the first paragraph as printed and stays in "
           "the body (it carries no figure). Photo caption, e-mail, 제보 line, copyright, 송고 line, 관련 뉴스 and 많이 본 뉴스 are furniture. "
           "Conventions: 달러 = USD; '약 9억 달러(약 1조 2,400억원)' two approx amounts; '3~4년에 걸쳐' a duration (optional); MVA measures optional "
           "counts but their move is a gold change (unit MVA) with the 67% rate optional; '두 배 이상' optional; level + rate only ('2,430억원으로 38.7% "
           "늘었다', '연 5,600만원으로 지난해보다 4.5% 올렸다', '7.3% 오른 52만 3,000원') gives a gold %-change, the level gold money, an after-change "
           "optional; '21.7%로 1년 전보다 2.8%포인트 높아졌다' a %-level change without unit (18.9 -> 21.7); '142%에서 160% 안팎으로' and "
           "'현재 7%에서 2030년 15%까지' %-level changes. '사장(58)' is an age in brackets (no count). '다음 주' = Monday..Sunday of the next week "
           "(2026-05-25..2026-05-31), Monday-Friday optional; '내달 중' = 2026-06; '오는 10월' = 2026-10. 1978년 (founding year) is a gold period. "
           "CFIUS is a US government committee (organisation); 이사회 (the board) optional."),
)

# ---------------------------------------------------------------------------
# 07 우주항공청 / 누리호, broadcast (YTN-like) transcript dump, 2026-10-08
# ---------------------------------------------------------------------------
A07 = [
    ("한국형 발사체 누리호의 다섯 번째 발사가 다음 달 12일로 확정됐습니다. 이번에는 초소형 군집위성 8기를 싣고 처음으로 새벽 시간대에 발사되는데, 발사 예비일은 다음 달 13일부터 19일까지입니다.", [
        p("다음 달 12일", "2026-11-12", "2026-11-12"), c("8기", 8, "기"),
        p("다음 달 13일부터 19일까지", "2026-11-13", "2026-11-19"),
        p("다음 달 13일", "2026-11-13", "2026-11-13", opt=True), p("19일", "2026-11-19", "2026-11-19", opt=True),
    ]),
    ("이정우 기자가 보도합니다.", []),
    ("우주항공청은 오늘(8일) 국가우주위원회 산하 발사관리위원회를 열고 누리호 5차 발사일을 다음 달 12일 새벽 시간대로 정했습니다.", [
        p("오늘(8일)", "2026-10-08", "2026-10-08"), p("8일", "2026-10-08", "2026-10-08", opt=True),
        p("다음 달 12일", "2026-11-12", "2026-11-12"),
    ]),
    ("지난해 11월 4차 발사 이후 약 1년 만으로, 발사 주관은 체계종합기업인 한화에어로스페이스가 처음으로 맡습니다. 발사 운용 인력 150여 명 가운데 한화에어로스페이스 인력은 40명으로, 4차 때 12명보다 세 배 넘게 늘었습니다.", [
        p("지난해 11월 4차 발사 이후", "2025-11", None), p("지난해 11월", "2025-11", "2025-11", opt=True),
        p("약 1년", None, None, opt=True), c("약 1년", 1, "년", q="approx", opt=True),
        c("150여 명", 150, "명", q="approx"),
        ch("40명으로, 4차 때 12명보다 세 배 넘게 늘었습니다", before=12, after=40, unit="명"),
        c("40명", 40, "명", opt=True), c("12명", 12, "명", opt=True), ch("세 배 넘게", after=3, unit="배", opt=True),
    ]),
    ("이번에 실리는 위성은 한국천문연구원(이하 천문연)과 KAIST 인공위성연구소가 개발한 초소형위성 8기로, 무게는 모두 합쳐 약 480㎏입니다. 위성들은 고도 550㎞ 궤도에 투입돼 2년간 지구 관측 임무를 수행합니다.", [
        c("8기", 8, "기"), c("약 480㎏", 480, "㎏", q="approx", opt=True), c("550㎞", 550, "㎞", opt=True),
        p("2년간", None, None, opt=True), c("2년간", 2, "년", opt=True),
    ]),
    ("[김하늘 / 우주항공청 발사체부장 : 4차 발사 때보다 야간 기상 여건이 까다롭습니다. 바람이 초속 15m를 넘거나 낙뢰 가능성이 있으면 예비일로 미룰 계획입니다.]", [
        c("초속 15m", 15, "m", q="at_least", opt=True), c("15m", 15, "m", opt=True),
    ]),
    ("누리호 개발과 반복 발사에 들어가는 예산도 늘었습니다. 우주항공청의 내년 예산안은 1조 1,230억 원으로 올해보다 18% 늘었고, 이 가운데 발사체 분야에 3,420억 원이 배정됐습니다.", [
        p("내년", "2027", "2027"), m("1조 1,230억 원", 1 * JO + 1230 * EOK), p("올해", "2026", "2026"), pc("18%", 18),
        ch("1조 1,230억 원으로 올해보다 18% 늘었고", delta=18, unit="%"),
        ch("1조 1,230억 원으로", after=1 * JO + 1230 * EOK, unit="KRW", opt=True),
        m("3,420억 원", 3420 * EOK),
    ]),
    ("정부는 누리호를 2027년까지 두 차례 더 발사한 뒤, 2032년 달 착륙선을 쏘아 올릴 차세대 발사체 개발에 2조 132억 원을 투입합니다. 차세대 발사체는 재사용이 가능하도록 설계가 바뀌면서 개발 기간이 당초보다 2년 늘었습니다.", [
        p("2027년까지", None, "2027"), c("두 차례", 2, "차례", opt=True), ch("두 차례 더", delta=2, unit="차례", opt=True),
        p("2032년", "2032", "2032"), m("2조 132억 원", 2 * JO + 132 * EOK),
        p("2년", None, None, opt=True), c("2년", 2, "년", opt=True), ch("당초보다 2년 늘었습니다", delta=2, unit="년", opt=True),
    ]),
    ("민간 발사 수요도 빠르게 늘고 있습니다. 우주항공청에 따르면 국내 위성 기업의 해외 발사 대행 계약은 지난해 17건에서 올해 9월까지 26건으로 증가했습니다. 발사 비용은 ㎏당 평균 2만 4천 달러 수준입니다.", [
        p("지난해", "2025", "2025"), p("올해 9월까지", None, "2026-09"),
        ch("지난해 17건에서 올해 9월까지 26건으로 증가했습니다", before=17, after=26, unit="건"),
        c("17건", 17, "건", opt=True), c("26건", 26, "건", opt=True),
        m("평균 2만 4천 달러", 24000, cur="USD"),
    ]),
    ("우주항공청은 5차 발사가 성공하면 오는 2028년까지 누리호 기술을 민간에 완전히 이전하고, 발사 서비스 가격을 지금의 절반 수준인 ㎏당 1만 2천 달러까지 낮추겠다는 계획입니다.", [
        p("오는 2028년까지", None, "2028"), p("지금", None, None, opt=True), p("지금", "2026-10-08", "2026-10-08", opt=True),
        m("1만 2천 달러", 12000, cur="USD"), ch("㎏당 1만 2천 달러까지 낮추겠다", after=12000, unit="USD"),
        ch("지금의 절반 수준인 ㎏당 1만 2천 달러까지", before=24000, after=12000, unit="USD", opt=True),
        ch("절반", after=0.5, opt=True),
    ]),
]
ORG07 = [
    o("우주항공청"), o("국가우주위원회"), o("한화에어로스페이스"), o("한국천문연구원", ["천문연"]), o("KAIST", ["한국과학기술원"]),
    o("발사관리위원회", opt=True), o("KAIST 인공위성연구소", ["인공위성연구소"], opt=True), o("정부", opt=True),
]


def page07(paras, title):
    head = """YTN
뉴스  정치  경제  사회  전국  국제  과학  문화  스포츠  연예  날씨
과학
"""
    meta = """2026.10.08. 오후 5:42
글자크기   공유   인쇄
[앵커]
"""
    p = paras
    text = (head + title + "\n" + meta + p[0] + "\n\n" + p[1] + "\n\n[기자]\n" + p[2] + "\n\n" + p[3] + "\n\n" + p[4] + "\n\n"
            + p[5] + "\n\n[기자]\n" + p[6] + "\n\n" + p[7] + "\n\n" + p[8] + "\n\n" + p[9] + "\n\n")
    tail = """YTN 이정우입니다.

YTN 이정우 (leejw@ytn.co.kr)

※ '당신의 제보가 뉴스가 됩니다' [카카오톡] YTN 검색해 채널 추가 [전화] 02-398-8585 [메일] social@ytn.co.kr

[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]

이 시각 주요뉴스
한미 관세 협상 타결…자동차 관세 15%로
서울 첫 얼음 평년보다 12일 빨라
[단독] 우주청 예산 2천억 원 삭감 위기

이 시각 많이 본 뉴스
1 "비트코인 1억 8천만 원 돌파"
2 수도권 아파트 청약 경쟁률 120대 1
"""
    return text + tail


article(
    name="07_kasa_nuri_launch_broadcast", ext="txt", published="2026-10-08",
    title="누리호 5차 발사 다음 달 12일…초소형위성 8기 싣고 첫 새벽 발사",
    paras=A07, orgs=ORG07, page=page07,
    forbidden=["YTN 이정우입니다", "leejw@", "당신의 제보가", "02-398-8585", "저작권자", "이 시각 주요뉴스", "관세 15%", "첫 얼음",
               "2천억 원 삭감", "많이 본 뉴스", "1억 8천만 원", "120대 1", "글자크기"],
    notes=("A broadcast news transcript (YTN-like) page dump. published: the '2026.10.08. 오후 5:42' line under the title (dotted date with a "
           "trailing dot and 오후 time); relative dates resolve against it. Title not scored. New decisions: the speaker markers '[앵커]' and "
           "'[기자]' are transcript structure, not body (and not forbidden either, so keeping them costs only body F1); the anchor's "
           "'이정우 기자가 보도합니다.' is body; the reporter's sign-off 'YTN 이정우입니다.' is a byline (forbidden); an interview in the "
           "'[이름 / 직함 : 말]' form is one body paragraph. '오늘(8일)' is one period (the bracketed day optional). '다섯 번째', '5차', '4차' "
           "are ordinals (no counts). '지난해 11월 4차 발사 이후 약 1년 만' follows the 'X 이후' convention (open end from 2025-11), the month "
           "alone optional. 'N기' (satellites) a counter. ㎏/㎞/m measures optional. '40명으로, 4차 때 12명보다 세 배 넘게 늘었습니다' an "
           "endpoint change (세 배 optional). '㎏당 1만 2천 달러까지 낮추겠다' an after-change (before 2만 4천 달러 from '지금의 절반' optional). "
           "'두 차례' and durations (2년간, 당초보다 2년) optional."),
)


# ---------------------------------------------------------------------------
def build(a):
    paras = [t for t, _ in a["paras"]]
    gold = {"input": f"eval/blind5/{a['name']}.{a['ext']}", "published": a["published"], "title": a["title"],
            "body": "\n".join(paras)}
    opt = {k: [] for k in KINDS + ("organisations",)}
    for k in KINDS:
        gold[k] = []
    for text, items in a["paras"]:
        for kind, is_opt, d in items:
            pieces = [s for s in d["text"].split(" ... ")]
            for piece in pieces:
                assert piece in text, (a["name"], kind, d["text"], text[:40])
            (opt[kind] if is_opt else gold[kind]).append(d)
    gold["organisations"] = []
    body = gold["body"]
    for kind, is_opt, d in a["orgs"]:
        assert any(n.replace(" ", "") in body.replace(" ", "") for n in [d["name"]] + d["aliases"]), (a["name"], d["name"])
        (opt["organisations"] if is_opt else gold["organisations"]).append(d)
    gold["optional"] = opt
    gold["forbidden"] = a["forbidden"]
    gold["notes"] = a["notes"]
    page = a["page"](paras, a["title"])
    enc = a.get("encoding", "utf-8")
    raw = page.encode(enc)
    # checks on the page as written
    if a["ext"] == "html":
        on_page = lambda s: html.escape(s, quote=False) in page
    else:
        on_page = lambda s: s in page
    for t in paras:
        assert on_page(t), (a["name"], "paragraph not on page", t[:40])
    assert on_page(a["title"]), (a["name"], "title")
    for f in a["forbidden"]:
        assert on_page(f) or f in page, (a["name"], "forbidden not on page", f)
        assert f not in body, (a["name"], "forbidden in body", f)
    assert raw.decode(enc) == page
    (HERE / f"{a['name']}.{a['ext']}").write_bytes(raw)
    (HERE / f"{a['name']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    d = datetime.date.fromisoformat(a["published"])
    n = {k: len(gold[k]) for k in KINDS + ("organisations",)}
    print(f"{a['name']}: {d:%a} paras={len(paras)} {n}")


if __name__ == "__main__":
    for a in ARTICLES:
        build(a)
