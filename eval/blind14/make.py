#!/usr/bin/env python3
"""The eval/blind14 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind14/make.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)


def mult(text, factor):
    """A multiple or fraction ('세 배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def measure(text, value, unit):
    """A measure (t, CGT, ㎥, ㎡): no gold count; optional count readings in the written unit and its spellings."""
    units = {"t": ("t", "톤", "만t"), "CGT": ("CGT", "만CGT"), "㎥": ("㎥", "m3"), "㎡": ("㎡", "m2")}[unit]
    out = []
    for u in units:
        v = value // MAN if u.startswith("만") else value
        out.append(c(text, v, u, opt=True))
    return out


H1_26, H2_26, H1_25 = ("2026-01", "2026-06"), ("2026-07", "2026-12"), ("2025-01", "2025-06")
Y = lambda y: (y, y)


# ---------------------------------------------------------------------------
# 01 [공시] 한화오션 LNG운반선 수주, 증권 공시 기사 page dump with stock ticker lines, 2026-01-08
# ---------------------------------------------------------------------------
A01 = [
    ("한화오션이 오세아니아 지역 선주와 액화천연가스(LNG) 운반선 4척을 1조 3,120억원에 수주했다고 7일 공시했다. 최근 매출액(10조 7,400억원) 대비 12.2%에 해당하는 규모로, 올해 들어 첫 수주다.", [
        c("4척", 4, "척"), m("1조 3,120억원", 1 * JO + 3120 * EOK), p("7일", "2026-01-07", "2026-01-07"),
        p("최근", None, None, opt=True), m("10조 7,400억원", 10 * JO + 7400 * EOK), pc("12.2%", 12.2),
        p("올해 들어", *Y("2026")), p("올해 들어", "2026", None, opt=True), p("올해 들어", "2026-01", "2026-01", opt=True),
    ]),
    ("이번에 수주한 선박은 17만 4,000㎥급 대형 LNG운반선으로 경남 거제사업장에서 건조해 2028년 하반기부터 순차적으로 인도한다. 계약 기간은 2029년 6월 30일까지다. 척당 가격은 3,280억원(약 2억 2,600만 달러)으로, 지난해 LNG운반선 평균 신조선가(2억 5,100만 달러)보다 10%가량 낮다.", [
        *measure("17만 4,000㎥", 174000, "㎥"),
        p("2028년 하반기부터", "2028-07", None), p("2028년 하반기", "2028-07", "2028-12", opt=True),
        p("2029년 6월 30일까지", None, "2029-06-30"), c("척당", 1, "척", opt=True),
        m("3,280억원", 3280 * EOK), USD("약 2억 2,600만 달러", 2 * EOK + 2600 * MAN, q="approx"),
        p("지난해", *Y("2025")), USD("2억 5,100만 달러", 2 * EOK + 5100 * MAN), pc("10%가량", 10),
        ch("약 2억 2,600만 달러)으로, 지난해 LNG운반선 평균 신조선가(2억 5,100만 달러)보다 10%가량 낮다", before=2 * EOK + 5100 * MAN, after=2 * EOK + 2600 * MAN, unit="USD", opt=True),
        ch("10%가량 낮다", delta=-10, unit="%", opt=True),
    ]),
    ("한화오션은 지난달 29일에도 초대형 원유운반선(VLCC) 2척을 4,180억원에 수주했다. 지난해 연간으로는 LNG운반선 21척을 포함해 모두 52척, 78억 3,000만 달러어치를 수주해 목표(73억 5,000만 달러)의 106.5%를 달성했다.", [
        p("지난달 29일", "2025-12-29", "2025-12-29"), c("2척", 2, "척"), m("4,180억원", 4180 * EOK),
        p("지난해", *Y("2025")), p("연간", None, None, opt=True), p("연간", *Y("2025"), opt=True),
        c("21척", 21, "척"), c("52척", 52, "척"), USD("78억 3,000만 달러", 78 * EOK + 3000 * MAN),
        USD("73억 5,000만 달러", 73 * EOK + 5000 * MAN), pc("106.5%", 106.5),
    ]),
    ("올해 수주 목표는 지난해보다 8.2% 많은 79억 5,000만 달러로 잡았다. 올해 인도 예정 선박도 40척으로 지난해(34척)보다 6척 늘어 매출 증가가 기대된다.", [
        p("올해", *Y("2026")), p("지난해", *Y("2025")), pc("8.2%", 8.2), USD("79억 5,000만 달러", 79 * EOK + 5000 * MAN),
        ch("8.2% 많은 79억 5,000만 달러로", after=79 * EOK + 5000 * MAN, unit="USD"), ch("지난해보다 8.2% 많은", delta=8.2, unit="%"),
        ch("지난해보다 8.2% 많은 79억 5,000만 달러", before=73 * EOK + 5000 * MAN, after=79 * EOK + 5000 * MAN, unit="USD", opt=True),
        p("올해", *Y("2026")), c("40척", 40, "척", opt=True), p("지난해", *Y("2025")), c("34척", 34, "척", opt=True), c("6척", 6, "척", opt=True),
        ch("40척으로 지난해(34척)보다 6척 늘어", before=34, after=40, delta=6, unit="척"),
        ch("6척 늘어", delta=6, unit="척", opt=True),
    ]),
    ("영국 조선·해운 분석기관 클락슨리서치에 따르면 지난해 전 세계 선박 발주량은 4,210만 CGT(1,650척)로 전년보다 18.4% 줄었다. 이 가운데 한국은 1,040만 CGT(247척)를 수주해 점유율 24.7%로 중국(61.3%)에 이어 2위를 지켰다.", [
        p("지난해", *Y("2025")), *measure("4,210만 CGT", 4210 * MAN, "CGT"), c("1,650척", 1650, "척", opt=True),
        *base("전년", Y("2024")), pc("18.4%", 18.4),
        ch("4,210만 CGT(1,650척)로", after=4210 * MAN, unit="CGT"), ch("전년보다 18.4% 줄었다", delta=-18.4, unit="%"),
        ch("1,650척)로", after=1650, unit="척", opt=True),
        *measure("1,040만 CGT", 1040 * MAN, "CGT"), c("247척", 247, "척"), pc("24.7%", 24.7), pc("61.3%", 61.3),
    ]),
    ("이날 유가증권시장에서 한화오션 주가는 전 거래일보다 3,100원(3.25%) 오른 9만 8,400원에 장을 마쳤다. 외국인은 하루에만 412억원어치를 순매수했다.", [
        p("이날", "2026-01-07", "2026-01-07", opt=True), p("이날", None, None, opt=True),
        *base("전 거래일", ("2026-01-06", "2026-01-06")), m("3,100원", 3100), pc("3.25%", 3.25), m("9만 8,400원", 9 * MAN + 8400),
        ch("전 거래일보다 3,100원(3.25%) 오른 9만 8,400원", after=9 * MAN + 8400, delta=3100, unit="KRW"),
        ch("전 거래일보다 3,100원(3.25%) 오른 9만 8,400원", before=9 * MAN + 5300, after=9 * MAN + 8400, delta=3100, unit="KRW", opt=True),
        ch("3,100원(3.25%) 오른", delta=3100, unit="KRW", opt=True), ch("3,100원(3.25%) 오른", delta=3.25, unit="%", opt=True),
        p("하루", None, None, opt=True), c("하루", 1, "일", opt=True), m("412억원", 412 * EOK),
    ]),
    ("최진우 한빛투자증권 연구원은 “미국 해군 함정 유지·보수·정비(MRO) 분야에서만 올해 3건 이상의 추가 수주가 기대된다”며 “올해 영업이익은 지난해(1조 1,200억원)보다 38% 늘어난 1조 5,500억원에 이를 것”이라고 내다봤다. 한빛투자증권은 한화오션 목표주가를 11만원에서 12만 5,000원으로 올렸다.", [
        p("올해", *Y("2026")), c("3건 이상", 3, "건", q="at_least"), ch("3건 이상의 추가", delta=3, unit="건", opt=True),
        p("올해", *Y("2026")), p("지난해", *Y("2025")), m("1조 1,200억원", 1 * JO + 1200 * EOK), pc("38%", 38), m("1조 5,500억원", 1 * JO + 5500 * EOK),
        ch("지난해(1조 1,200억원)보다 38% 늘어난 1조 5,500억원", before=1 * JO + 1200 * EOK, after=1 * JO + 5500 * EOK, unit="KRW"),
        ch("38% 늘어난", delta=38, unit="%", opt=True), ch("1조 5,500억원에 이를", after=1 * JO + 5500 * EOK, unit="KRW", opt=True),
        m("11만원", 11 * MAN), m("12만 5,000원", 12 * MAN + 5000),
        ch("11만원에서 12만 5,000원으로 올렸다", before=11 * MAN, after=12 * MAN + 5000, unit="KRW"),
    ]),
]
ORG01 = [
    o("한화오션"), o("클락슨리서치"), o("한빛투자증권"),
    o("미국 해군", opt=True), o("유가증권시장", opt=True), o("거제사업장", opt=True),
]


def page01(paras, title):
    body = "\n\n".join(paras)
    return """머니인사이트  MONEY INSIGHT                       로그인 | 회원가입 | ≡
증권 · 공시 · IR · 마켓 · 해외주식 · 가상자산 · 머니TV
코스피 2,981.45 ▲12.30 (+0.41%)   코스닥 872.10 ▼3.05 (-0.35%)   원/달러 1,451.20 ▲2.40
증권 > 공시 > 유가증권시장

""" + title + """

기사입력 2026-01-08 07:02  |  최종수정 2026-01-08 07:40
정다은 기자  dana@moneyinsight.kr

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 한화오션  042660  코스피  조선
 98,400  ▲3,100 (+3.25%)    2026.01.07 장마감
 거래량 3,214,560주 | 시가총액 30조 1,520억원 | 52주 최고 104,500
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

┌ DART 공시 요약 ──────────────────
│ 공시명 : 단일판매·공급계약체결
│ 계약금액 : 1,312,000,000,000원
│ 최근 매출액 대비 : 12.2%
│ 계약상대 : 오세아니아 소재 선주사
│ 계약기간 : 2026-01-07 ~ 2029-06-30
│ 공시일시 : 2026-01-07 16:48
└ 자료: 금융감독원 전자공시시스템(DART)

""" + body + """

정다은 기자  dana@moneyinsight.kr
ⓒ 머니인사이트. 무단전재 및 재배포 금지
※ 본 기사는 투자 참고용이며, 투자 판단의 최종 책임은 투자자 본인에게 있습니다.

관련 종목
 HD한국조선해양  009540   231,500  ▲4,500 (+1.98%)
 삼성중공업      010140    14,820    ▲260 (+1.79%)
 HD현대미포      010620   128,300  ▼1,200 (-0.93%)
 [종목토론방 바로가기]  [관심종목 추가 +]

오늘의 주요 공시
 · [공시] 삼성중공업, 컨테이너선 2척 4,870억원 수주
 · [공시] HD현대미포, 자사주 500억원 매입 결정
 · [공시] 한화에어로스페이스, 유상증자 1조 2,000억원 정정

많이 본 뉴스
 1. 조선 빅3, 지난해 수주 목표 초과 달성…합산 312억 달러
 2. 외국인, 새해 첫 주 코스피 1조 8,000억원 순매수
 3. 원/달러 환율 1,450원대…석 달 만에 최고

회사소개 | 광고문의 | 제휴문의 | 개인정보처리방침 | 청소년보호정책
(주)머니인사이트 | 서울특별시 영등포구 여의대로 108 | 인터넷신문 등록번호 서울 아04417 | 발행인 배성호
"""


article(
    name="01_hanwha_ocean_lng_order_disclosure_pagedump", ext="txt", published="2026-01-08",
    title="[공시] 한화오션, LNG운반선 4척 1조 3,120억원 수주…올해 첫 계약",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["MONEY INSIGHT", "머니TV", "코스피 2,981.45", "872.10", "원/달러 1,451.20", "증권 > 공시", "최종수정", "정다은 기자", "dana@",
               "042660", "2026.01.07 장마감", "3,214,560", "30조 1,520억원", "52주 최고", "DART", "단일판매·공급계약체결", "1,312,000,000,000원",
               "오세아니아 소재 선주사", "2026-01-07 ~ 2029-06-30", "16:48", "ⓒ 머니인사이트", "투자 참고용", "관련 종목", "009540", "231,500",
               "14,820", "128,300", "종목토론방", "관심종목", "오늘의 주요 공시", "4,870억원", "자사주 500억원", "유상증자 1조 2,000억원",
               "많이 본 뉴스", "312억 달러", "1조 8,000억원 순매수", "1,450원대", "광고문의", "여의대로 108", "아04417", "배성호"],
    notes=("A securities-news 공시 article page dump (머니인사이트, invented): site menu, **market ticker line** (코스피/코스닥/원달러), "
           "breadcrumb, **'[공시]'-prefixed title**, '기사입력 2026-01-08 07:02 | 최종수정 …', byline, **a stock quote box for the company "
           "('한화오션 042660 … 98,400 ▲3,100 (+3.25%) 2026.01.07 장마감', 거래량, 시가총액) repeating body figures**, a **'DART 공시 요약' box** "
           "(계약금액 in won digits, 계약기간 2026-01-07 ~ 2029-06-30, 공시일시) before the body, then the body, byline, copyright, an investment "
           "disclaimer, 관련 종목 ticker lines, 오늘의 주요 공시, 많이 본 뉴스 (figures), footer. published: 기사입력 2026-01-08 (not the "
           "quote's trading day or the 공시일시 2026-01-07). Title not scored; no deck. Conventions: '7일' = 2026-01-07; **'지난달 29일' = "
           "2025-12-29 (across the year boundary)**; '올해 들어' gold 2026 (blind8); '2028년 하반기부터' open-ended from 2028-07; '2029년 6월 "
           "30일까지' open start; **measures are no counts: '17만 4,000㎥(급)', '4,210만 CGT', '1,040만 CGT' optional counts, but a measure "
           "level moving is a change like any other ('4,210만 CGT(1,650척)로 전년보다 18.4% 줄었다' two gold changes {after, CGT} and "
           "{delta −18.4, %}; the bracketed level '(1,650척)' an optional count and optional after-change, like count levels of a move (blind10); '247척' a gold count)**; '척당' optional; **a comparison with a benchmark (this contract's price vs "
           "'지난해 … 평균 신조선가(2억 5,100만 달러)보다 10%가량 낮다') is no change: the money and '10%가량' (value 10) gold, the change "
           "readings optional**; '올해 수주 목표는 지난해보다 8.2% 많은 79억 5,000만 달러' two gold changes ({after, USD}, {delta 8.2, %}); "
           "'40척으로 지난해(34척)보다 6척 늘어' gold {before, after, delta} in 척 (counts optional); '전 거래일보다 3,100원(3.25%) 오른 9만 "
           "8,400원' gold {after, delta} (before and the bracketed rate's readings optional); '3건 이상의 추가 수주' an at_least count (delta "
           "optional); '지난해(1조 1,200억원)보다 38% 늘어난 1조 5,500억원' gold endpoint change (rate optional); '목표주가를 11만원에서 12만 "
           "5,000원으로' gold; '2위' an ordinal; '전년', '전 거래일' bases, '이날', '최근', '연간', '하루' optional. Organisations: 한화오션, "
           "클락슨리서치, 한빛투자증권 (invented); 미국 해군, 유가증권시장, 거제사업장 optional. 한국, 중국, 영국 are countries."),
)


# ---------------------------------------------------------------------------
# 02 스타트업 시리즈 B 투자 유치, economic daily premium (paywall) HTML: teaser + div.paywall + JSON-LD articleBody, 2026-04-16
# ---------------------------------------------------------------------------
A02 = [
    ("시리즈 B 450억원 유치…누적 투자 720억원", [
        m("450억원", 450 * EOK), m("720억원", 720 * EOK), ch("누적 투자 720억원", after=720 * EOK, unit="KRW", opt=True),
    ]),
    ("기업가치 1년 반 새 세 배로…내년 하반기 상장 추진", [
        p("1년 반", None, None, opt=True), c("1년", 1, "년", opt=True), *mult("세 배", 3), p("내년 하반기", "2027-07", "2027-12"),
    ]),
    ("물류 자동화 로봇 스타트업 스텔라로보틱스(이하 스텔라)가 450억원 규모의 시리즈 B 투자를 유치했다고 15일 밝혔다. 이로써 2021년 창업 이후 누적 투자액은 720억원으로 늘었다.", [
        m("450억원", 450 * EOK), p("15일", "2026-04-15", "2026-04-15"),
        p("2021년 창업 이후", *Y("2021")), p("2021년 창업 이후", "2021", None, opt=True),
        m("720억원", 720 * EOK), ch("누적 투자액은 720억원으로 늘었다", after=720 * EOK, unit="KRW"),
        ch("450억원 ... 720억원으로 늘었다", before=270 * EOK, after=720 * EOK, delta=450 * EOK, unit="KRW", opt=True),
        ch("450억원 규모의 시리즈 B 투자를 유치", delta=450 * EOK, unit="KRW", opt=True),
    ]),
    ("이번 라운드는 한국투자파트너스가 주도했고 KB인베스트먼트, 소프트뱅크벤처스, KDB산업은행이 참여했다. 기존 투자사 3곳이 후속 투자에 나섰고 신규 투자사는 4곳이다. 투자 업계에서는 스텔라의 기업가치가 2024년 10월 시리즈 A 당시 1,000억원에서 3,000억원 안팎으로 세 배가 된 것으로 본다.", [
        c("3곳", 3, "곳"), c("4곳", 4, "곳"), p("2024년 10월", "2024-10", "2024-10"),
        m("1,000억원", 1000 * EOK), m("3,000억원 안팎", 3000 * EOK, q="approx"),
        ch("1,000억원에서 3,000억원 안팎으로 세 배가 된", before=1000 * EOK, after=3000 * EOK, unit="KRW"), *mult("세 배", 3),
    ]),
    ("스텔라는 물류센터에서 상자를 옮기고 쌓는 자율주행 로봇을 만든다. 현재 CJ대한통운, 쿠팡 등 국내 물류센터 38곳에 로봇 620대를 공급했다. 지난해 매출은 184억원으로 전년(76억원)보다 142% 늘었고, 올해는 400억원 이상을 목표로 하고 있다.", [
        p("현재", None, None, opt=True), c("38곳", 38, "곳"), c("620대", 620, "대"),
        p("지난해", *Y("2025")), m("184억원", 184 * EOK), *base("전년", Y("2024")), m("76억원", 76 * EOK),
        ch("184억원으로 전년(76억원)보다 142% 늘었고", before=76 * EOK, after=184 * EOK, unit="KRW"),
        pc("142%", 142), ch("142% 늘었고", delta=142, unit="%", opt=True),
        p("올해", *Y("2026")), m("400억원 이상", 400 * EOK, q="at_least"),
        ch("400억원 이상을 목표로", after=400 * EOK, unit="KRW", opt=True), ch("184억원 ... 400억원 이상", before=184 * EOK, after=400 * EOK, unit="KRW", opt=True),
    ]),
    ("투자금은 북미 시장 진출과 생산 능력 확대에 쓴다. 스텔라는 올해 하반기 미국 텍사스주 댈러스에 현지 법인을 세우고, 경기 화성 공장의 연간 생산 능력을 현재 800대에서 2027년까지 2,000대로 늘릴 계획이다. 연구개발 인력도 지금의 95명에서 연말까지 150명으로 55명 늘린다.", [
        p("올해 하반기", *H2_26), p("연간", None, None, opt=True), p("현재", None, None, opt=True),
        c("800대", 800, "대", opt=True), p("2027년까지", None, "2027"), c("2,000대", 2000, "대", opt=True),
        ch("현재 800대에서 2027년까지 2,000대로 늘릴", before=800, after=2000, unit="대"),
        p("지금", None, None, opt=True), c("95명", 95, "명", opt=True),
        p("연말까지", None, "2026-12"), p("연말까지", "2026-12", "2026-12", opt=True), p("연말까지", None, "2026-12-31", opt=True),
        c("150명", 150, "명", opt=True), c("55명", 55, "명", opt=True),
        ch("95명에서 연말까지 150명으로 55명 늘린다", before=95, after=150, delta=55, unit="명"), ch("55명 늘린다", delta=55, unit="명", opt=True),
    ]),
    ("투자사들은 물류 인력난을 기회 요인으로 본다. 한국교통연구원에 따르면 국내 물류센터 근로자 수는 2025년 말 기준 28만 명으로 2020년(19만 명)보다 47% 늘었지만, 현장 인력 부족률은 12.4%에 이른다. 한국투자파트너스 관계자는 “국내 물류 로봇 시장은 2030년까지 연평균 20% 넘게 성장할 것”이라고 말했다.", [
        p("2025년 말 기준", "2025-12", "2025-12"), p("2025년 말 기준", "2025-12-31", "2025-12-31", opt=True), p("2025년 말 기준", None, "2025-12", opt=True),
        c("28만 명", 28 * MAN, "명", opt=True), p("2020년", *Y("2020")), c("19만 명", 19 * MAN, "명", opt=True),
        ch("28만 명으로 2020년(19만 명)보다 47% 늘었지만", before=19 * MAN, after=28 * MAN, unit="명"),
        pc("47%", 47), ch("47% 늘었지만", delta=47, unit="%", opt=True), pc("12.4%", 12.4),
        p("2030년까지", None, "2030"), p("연평균", None, None, opt=True), pc("20%", 20), ch("연평균 20% 넘게 성장", delta=20, unit="%", opt=True),
    ]),
    ("스텔라는 내년 하반기 코스닥 상장을 목표로 최근 미래에셋증권을 대표 주관사로 선정했다. 김도윤 스텔라 대표는 “3년 안에 해외 매출 비중을 50%까지 끌어올리겠다”고 말했다.", [
        p("내년 하반기", "2027-07", "2027-12"), p("최근", None, None, opt=True),
        p("3년 안에", None, None, opt=True), p("3년 안에", None, "2029", opt=True), c("3년", 3, "년", opt=True),
        pc("50%", 50), ch("비중을 50%까지 끌어올리겠다", after=50),
    ]),
]
ORG02 = [
    o("스텔라로보틱스", ["스텔라"]), o("한국투자파트너스"), o("KB인베스트먼트"), o("소프트뱅크벤처스"), o("KDB산업은행", ["산업은행"]),
    o("CJ대한통운"), o("쿠팡"), o("한국교통연구원"), o("미래에셋증권"),
    o("코스닥", opt=True),
]


def page02(paras, title):
    deck = "<br>".join(esc(t) for t in paras[:2])
    free = "\n      ".join(f"<p>{esc(t)}</p>" for t in paras[2:4])
    teaser_p6 = paras[5][:paras[5].index("댈러스에") + len("댈러스에")]
    paywalled = (f"<p>{esc(paras[4])}</p>\n        <p class=\"fade-out\">{esc(teaser_p6)} …</p>")
    for t in paras:
        assert '"' not in t and "\\" not in t
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": "https://www.bizdaily.kr/article/2026041605012"},
        "headline": title,
        "description": "물류 자동화 로봇 스타트업이 대규모 후속 투자를 받았다. 북미 진출과 공장 증설에 쓴다.",
        "datePublished": "2026-04-16T05:00:00+09:00", "dateModified": "2026-04-16T09:12:00+09:00",
        "author": [{"@type": "Person", "name": "황보라"}],
        "publisher": {"@type": "Organization", "name": "코리아비즈데일리", "logo": {"@type": "ImageObject", "url": "https://www.bizdaily.kr/img/logo.png"}},
        "isAccessibleForFree": False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"},
        "articleSection": "벤처·스타트업",
        "articleBody": "\n".join(paras[2:]),
    }
    ld_json = json.dumps(ld, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - 코리아비즈데일리</title>
<meta name="description" content="물류 자동화 로봇 스타트업이 대규모 후속 투자를 받았다. 북미 진출과 공장 증설에 쓴다.">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.bizdaily.kr/article/2026041605012">
<link rel="stylesheet" href="/static/css/article.v3.css">
<script type="application/ld+json">{ld_json}</script>
</head>
<body class="article-page premium">
<div class="top-bar"><span class="today">2026년 4월 16일(목)</span> <span class="weather">서울 14℃ 맑음</span>
  <span class="market">코스피 2,742.18 ▲0.83% · 코스닥 861.40 ▼0.12%</span> <a href="/login">로그인</a> <a class="btn-sub" href="/subscribe">구독</a></div>
<header class="gnb"><a class="logo" href="/">코리아비즈데일리</a>
  <nav><ul><li>경제</li><li>산업</li><li>금융</li><li>증권</li><li>부동산</li><li>벤처·스타트업</li><li>BIZ+</li></ul></nav></header>
<main class="article-wrap">
  <div class="article-head">
    <span class="badge-premium">BIZ+ 프리미엄</span>
    <p class="section">벤처·스타트업</p>
    <h1 class="headline">{esc(title)}</h1>
    <h2 class="sub-headline">{deck}</h2>
    <div class="byline"><span class="name">황보라 기자</span> <span class="email">bora@bizdaily.kr</span></div>
    <div class="dates"><span>입력 2026.04.16 05:00</span> <span>수정 2026.04.16 09:12</span></div>
    <div class="tools"><button>공유</button><button>글자크기</button><button>북마크</button><button>인쇄</button></div>
  </div>
  <article class="article-body" id="articleBody">
      {free}
      <figure class="photo"><img src="https://img.bizdaily.kr/2026/04/15/stella_robot.jpg" alt="">
        <figcaption>경기 화성 공장에서 물류 로봇이 상자를 옮기고 있다. 이 공장은 월 70대를 생산한다. /스텔라로보틱스 제공</figcaption></figure>
      <div class="paywall">
        {paywalled}
        <div class="paywall-box">
          <p class="pw-title">이 기사는 BIZ+ 프리미엄 회원 전용입니다</p>
          <p class="pw-desc">월 9,900원으로 구독하고 벤처 투자 심층 분석을 모두 읽어보세요. 첫 달 무료.</p>
          <a class="pw-btn" href="/subscribe?ref=paywall">구독하기</a> <a class="pw-login" href="/login">이미 구독 중이라면 로그인</a>
        </div>
      </div>
  </article>
  <div class="copyright">ⓒ 코리아비즈데일리 무단전재·재배포 및 AI학습 이용 금지</div>
  <section class="related"><h3>관련 기사</h3><ul>
    <li>[BIZ+] 1분기 벤처투자 2조 6,000억원…AI·로봇에 41% 몰렸다</li>
    <li>물류 로봇 경쟁 본격화…대기업도 300억원 투입</li>
    <li>스타트업 IPO 시장 회복…상장 심사 청구 28곳</li></ul></section>
  <aside class="most-viewed"><h3>많이 본 뉴스</h3><ol>
    <li>삼성전자 1분기 영업이익 9조 8,000억원</li><li>기준금리 연 2.25% 동결</li><li>서울 아파트 전셋값 52주 연속 상승</li></ol></aside>
</main>
<footer class="footer"><p>(주)코리아비즈데일리 | 서울특별시 중구 청파로 463 | 등록번호 서울 아05532 | 발행·편집인 남궁윤 | 대표전화 02-3701-0000</p>
<p>Copyright © Korea Biz Daily. All rights reserved.</p></footer>
<script src="/static/js/paywall.min.js"></script>
</body>
</html>
"""


article(
    name="02_stella_series_b_paywall_jsonld_html", ext="html", published="2026-04-16",
    title="물류로봇 스텔라로보틱스, 시리즈 B 450억 유치…기업가치 3,000억",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["서울 14℃ 맑음", "코스피 2,742.18", "861.40", "BIZ+ 프리미엄", "황보라 기자", "bora@", "수정 2026.04.16", "글자크기", "북마크",
               "월 70대를", "/스텔라로보틱스 제공", "회원 전용", "월 9,900원", "첫 달 무료", "구독하기", "이미 구독 중이라면", "AI학습 이용 금지",
               "관련 기사", "2조 6,000억원", "41% 몰렸다", "대기업도 300억원", "상장 심사 청구 28곳", "많이 본 뉴스", "9조 8,000억원",
               "연 2.25% 동결", "52주 연속", "청파로 463", "아05532", "남궁윤", "02-3701-0000", "Korea Biz Daily", "isAccessibleForFree",
               "대규모 후속 투자를 받았다"],
    notes=("An economic daily's premium (paywall) article HTML (코리아비즈데일리, invented): top bar with date, weather and market figures, "
           "menu, 'BIZ+ 프리미엄' badge, h1.headline, **deck as two lines in h2.sub-headline (`<br>`)**, byline, '입력 2026.04.16 05:00 / 수정 "
           "09:12', tools; **article#articleBody shows only the first two paragraphs as p, then a figure, then a `div.paywall` holding the "
           "third paragraph and a fade-out teaser of the fourth (cut after '댈러스에 …') plus the subscription box; the full body (all six "
           "paragraphs after the deck) is only in the JSON-LD NewsArticle's articleBody (isAccessibleForFree false, hasPart cssSelector "
           "'.paywall')**; copyright, 관련 기사 and 많이 본 뉴스 (figures), footer. published: datePublished / the 입력 stamp 2026-04-16 (not "
           "dateModified). **Gold body = the deck lines and the complete article as the page carries it (the JSON-LD articleBody), not the "
           "cut teaser**; the figure caption, the paywall box and the JSON-LD description are furniture. Title not scored. Conventions: "
           "'2021년 창업 이후' the year 2021 (event + 이후, blind10), open reading optional; '누적 투자액은 720억원으로 늘었다' a gold "
           "after-change (the implied before 270억원 / delta 450억원 readings optional); '2024년 10월 시리즈 A 당시 1,000억원에서 3,000억원 "
           "안팎으로 세 배가 된' gold endpoint change ('세 배' optional readings only; '3,000억원 안팎' approx money); '184억원으로 전년(76억원)보다 "
           "142% 늘었고' gold endpoint change (rate optional, '전년' base optional); '400억원 이상을 목표로' at_least money (change optional); "
           "'현재 800대에서 2027년까지 2,000대로' and '95명에서 연말까지 150명으로 55명' gold count changes (counts optional); **'연말까지' "
           "open start to 2026-12** (the month-only and day readings optional); '2025년 말 기준' gold 2025-12; '28만 명으로 2020년(19만 명)보다 "
           "47% 늘었지만' gold endpoint change (rate optional); '연평균 20% 넘게 성장' percentage gold, change optional (a forecast of "
           "unstated base); '비중을 50%까지 끌어올리겠다' a gold after-change (no unit); '3년 안에', '1년 반', '연평균', '연간', '현재', '지금', "
           "'최근' optional; deck '누적 투자 720억원' money gold, change optional; '내년 하반기' 2027-07..12. Organisations: 스텔라로보틱스 "
           "(이하 스텔라; invented), 한국투자파트너스, KB인베스트먼트, 소프트뱅크벤처스, KDB산업은행, CJ대한통운, 쿠팡, 한국교통연구원, "
           "미래에셋증권; 코스닥 optional. 김도윤 is a person."),
)


# ---------------------------------------------------------------------------
# 03 상반기 항만 물동량, 해양수산부 e-브리핑 HTML (dl/dt/dd metadata rows), 2026-07-23
# ---------------------------------------------------------------------------
T = lambda t, v: measure(t, v, "t")
TEU = lambda t, v, q="exact", opt=False: c(t, v, "TEU", q=q, opt=opt)
A03 = [
    ("- 상반기 전국 항만 물동량 8억 1,240만t…지난해 같은 기간보다 2.3% 증가", [
        p("상반기", *H1_26), *T("8억 1,240만t", 8 * EOK + 1240 * MAN), *base("지난해 같은 기간", H1_25, Y("2025")), pc("2.3%", 2.3),
        ch("8억 1,240만t", after=8 * EOK + 1240 * MAN, unit="t"), ch("지난해 같은 기간보다 2.3% 증가", delta=2.3, unit="%"),
    ]),
    ("- 컨테이너 1,582만 TEU로 반기 기준 역대 최대…부산항 환적 물량 7.1% 늘어", [
        TEU("1,582만 TEU", 1582 * MAN), ch("1,582만 TEU로", after=1582 * MAN, unit="TEU", opt=True),
        p("반기 기준", None, None, opt=True), p("반기 기준", *H1_26, opt=True),
        pc("7.1%", 7.1), ch("부산항 환적 물량 7.1% 늘어", delta=7.1, unit="%"),
    ]),
    ("□ 해양수산부(이하 해수부)는 올해 상반기 전국 무역항에서 처리한 수출입·연안 화물(물동량)이 8억 1,240만t으로 지난해 같은 기간(7억 9,420만t)보다 2.3% 늘었다고 23일 밝혔다.", [
        p("올해 상반기", *H1_26), *T("8억 1,240만t", 8 * EOK + 1240 * MAN), *base("지난해 같은 기간", H1_25, Y("2025")),
        *T("7억 9,420만t", 7 * EOK + 9420 * MAN),
        ch("8억 1,240만t으로 지난해 같은 기간(7억 9,420만t)보다 2.3% 늘었다", before=7 * EOK + 9420 * MAN, after=8 * EOK + 1240 * MAN, unit="t"),
        pc("2.3%", 2.3), ch("2.3% 늘었다", delta=2.3, unit="%", opt=True), p("23일", "2026-07-23", "2026-07-23"),
    ]),
    ("○ 수출입 화물은 6억 7,310만t으로 3.1% 증가했고, 연안 화물은 1억 3,930만t으로 1.5% 감소했다. 품목별로는 자동차가 4,280만t으로 11.6% 늘어 증가 폭이 가장 컸고, 석탄은 발전용 수요 감소로 5,120만t에 그쳐 8.9% 줄었다.", [
        *T("6억 7,310만t", 6 * EOK + 7310 * MAN), pc("3.1%", 3.1),
        ch("6억 7,310만t으로", after=6 * EOK + 7310 * MAN, unit="t"), ch("3.1% 증가했고", delta=3.1, unit="%"),
        *T("1억 3,930만t", 1 * EOK + 3930 * MAN), pc("1.5%", 1.5),
        ch("1억 3,930만t으로", after=1 * EOK + 3930 * MAN, unit="t"), ch("1.5% 감소했다", delta=-1.5, unit="%"),
        *T("4,280만t", 4280 * MAN), pc("11.6%", 11.6), ch("4,280만t으로", after=4280 * MAN, unit="t"), ch("11.6% 늘어", delta=11.6, unit="%"),
        *T("5,120만t", 5120 * MAN), pc("8.9%", 8.9), ch("5,120만t에 그쳐", after=5120 * MAN, unit="t"), ch("8.9% 줄었다", delta=-8.9, unit="%"),
    ]),
    ("○ 컨테이너 물동량은 1,582만 TEU로 지난해 상반기(1,516만 TEU)보다 66만 TEU(4.4%) 늘어 반기 기준 역대 최대를 기록했다. 이 가운데 수출입 컨테이너는 834만 TEU로 2.9%, 환적 컨테이너는 748만 TEU로 6.1% 각각 증가했다.", [
        TEU("1,582만 TEU", 1582 * MAN, opt=True), p("지난해 상반기", *H1_25), TEU("1,516만 TEU", 1516 * MAN, opt=True),
        TEU("66만 TEU", 66 * MAN, opt=True), pc("4.4%", 4.4),
        ch("1,582만 TEU로 지난해 상반기(1,516만 TEU)보다 66만 TEU(4.4%) 늘어", before=1516 * MAN, after=1582 * MAN, delta=66 * MAN, unit="TEU"),
        ch("66만 TEU(4.4%) 늘어", delta=66 * MAN, unit="TEU", opt=True), ch("66만 TEU(4.4%) 늘어", delta=4.4, unit="%", opt=True),
        p("반기 기준", None, None, opt=True), p("반기 기준", *H1_26, opt=True),
        TEU("834만 TEU", 834 * MAN, opt=True), pc("2.9%", 2.9), ch("834만 TEU로", after=834 * MAN, unit="TEU"), ch("2.9%", delta=2.9, unit="%"),
        TEU("748만 TEU", 748 * MAN, opt=True), pc("6.1%", 6.1), ch("748만 TEU로", after=748 * MAN, unit="TEU"), ch("6.1% 각각 증가했다", delta=6.1, unit="%"),
    ]),
    ("○ 항만별로는 부산항이 1,224만 TEU를 처리해 전체 컨테이너 물동량의 77.4%를 차지했다. 부산항만공사(BPA)에 따르면 부산항 환적 물량은 692만 TEU로 7.1% 늘었다. 인천항은 174만 TEU로 1.2% 줄었고, 광양항은 98만 TEU로 지난해 상반기(91만 TEU)보다 7만 TEU 늘었다.", [
        TEU("1,224만 TEU", 1224 * MAN), pc("77.4%", 77.4),
        TEU("692만 TEU", 692 * MAN, opt=True), pc("7.1%", 7.1), ch("692만 TEU로", after=692 * MAN, unit="TEU"), ch("7.1% 늘었다", delta=7.1, unit="%"),
        TEU("174만 TEU", 174 * MAN, opt=True), pc("1.2%", 1.2), ch("174만 TEU로", after=174 * MAN, unit="TEU"), ch("1.2% 줄었고", delta=-1.2, unit="%"),
        TEU("98만 TEU", 98 * MAN, opt=True), p("지난해 상반기", *H1_25), TEU("91만 TEU", 91 * MAN, opt=True), TEU("7만 TEU", 7 * MAN, opt=True),
        ch("98만 TEU로 지난해 상반기(91만 TEU)보다 7만 TEU 늘었다", before=91 * MAN, after=98 * MAN, delta=7 * MAN, unit="TEU"),
        ch("7만 TEU 늘었다", delta=7 * MAN, unit="TEU", opt=True),
    ]),
    ("□ 해수부는 하반기 미국의 관세 정책 변화와 홍해 지역 물류 차질 등으로 물동량 증가세가 둔화할 수 있다고 보고 있다. 이에 따라 부산항 신항 7부두를 오는 10월 조기 개장하고, 올해 안에 스마트 항만 구축에 1,350억원을 투입한다.", [
        p("하반기", *H2_26), c("7부두", 7, "부두", opt=True), p("오는 10월", "2026-10", "2026-10"),
        p("올해 안에", None, None, opt=True), p("올해 안에", *Y("2026"), opt=True), p("올해 안에", None, "2026", opt=True), p("올해 안에", None, "2026-12", opt=True),
        m("1,350억원", 1350 * EOK),
    ]),
    ("○ 아울러 중소 화주의 물류비 부담을 덜기 위해 수출 컨테이너 운송비 지원 대상을 지난해 1,200개사에서 올해 1,800개사로 늘리고, 업체당 지원 한도도 최대 3,000만원에서 5,000만원으로 높였다.", [
        p("지난해", *Y("2025")), c("1,200개사", 1200, "개사", opt=True), p("올해", *Y("2026")), c("1,800개사", 1800, "개사", opt=True),
        ch("지난해 1,200개사에서 올해 1,800개사로 늘리고", before=1200, after=1800, unit="개사"),
        c("업체당", 1, "업체", opt=True), m("3,000만원", 3000 * MAN, q="at_most"), m("5,000만원", 5000 * MAN),
        ch("최대 3,000만원에서 5,000만원으로 높였다", before=3000 * MAN, after=5000 * MAN, unit="KRW"),
    ]),
    ("□ 김민성 해수부 항만물류기획과장은 “하반기에도 수출 회복세가 이어지면 연간 컨테이너 물동량이 처음으로 3,200만 TEU를 넘어설 것”이라고 말했다.", [
        p("하반기", *H2_26), p("연간", None, None, opt=True), p("연간", *Y("2026"), opt=True),
        TEU("3,200만 TEU", 3200 * MAN, q="at_least"), ch("3,200만 TEU를 넘어설", after=3200 * MAN, unit="TEU", opt=True),
    ]),
]
ORG03 = [
    o("해양수산부", ["해수부"]), o("부산항만공사", ["BPA"]),
    o("부산항", opt=True), o("인천항", opt=True), o("광양항", opt=True), o("부산항 신항", opt=True), o("항만물류기획과", opt=True),
]


def page03(paras, title):
    deck = "<br>\n            ".join(esc(t) for t in paras[:2])
    ps = "\n            ".join(f"<p>{esc(t)}</p>" for t in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>보도자료 &lt; e-브리핑 &lt; 알림·소식 | 해양수산부</title>
<link rel="stylesheet" href="/kor/css/board.css">
</head>
<body>
<div id="skip"><a href="#content">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<div id="header">
  <div class="util"><a href="/">HOME</a> | <a href="/eng">ENGLISH</a> | <a href="/sitemap">사이트맵</a> | <span class="gov">이 누리집은 대한민국 공식 전자정부 누리집입니다.</span></div>
  <h1 class="logo"><a href="/kor"><img src="/kor/img/logo.png" alt="해양수산부"></a></h1>
  <ul id="gnb"><li>알림·소식</li><li>정책정보</li><li>정보공개</li><li>국민소통</li><li>기관소개</li></ul>
</div>
<div id="container">
  <div id="lnb"><h2>알림·소식</h2>
    <ul><li class="on">e-브리핑<ul><li class="on">보도자료</li><li>설명자료</li><li>카드뉴스</li><li>장관동정</li></ul></li><li>공지사항</li><li>입찰공고</li></ul></div>
  <div id="content">
    <div class="location">홈 &gt; 알림·소식 &gt; e-브리핑 &gt; 보도자료</div>
    <h3 class="con_tit">보도자료</h3>
    <div class="e-briefing board_view">
      <div class="view_title"><h4>{esc(title)}</h4></div>
      <dl class="view_info">
        <dt>등록일</dt><dd>2026-07-23</dd>
        <dt>수정일</dt><dd>2026-07-24</dd>
        <dt>담당부서</dt><dd>항만물류기획과</dd>
        <dt>담당자</dt><dd>박지훈 사무관</dd>
        <dt>연락처</dt><dd>044-200-5741</dd>
        <dt>조회수</dt><dd>1,128</dd>
      </dl>
      <dl class="view_file">
        <dt>첨부파일</dt>
        <dd><a href="/download?file=1">(7.23) 2026년 상반기 전국 항만 물동량 동향.hwpx</a> <span>[312KB]</span> <a class="btn_view">미리보기</a></dd>
        <dd><a href="/download?file=2">(7.23) 2026년 상반기 전국 항만 물동량 동향.pdf</a> <span>[488KB]</span> <a class="btn_view">미리보기</a></dd>
      </dl>
      <div class="view_cont">
            <p class="sub_tit">{deck}</p>
            {ps}
      </div>
      <div class="kogl"><img src="/kor/img/kogl_type1.png" alt="공공누리 제1유형"> 해양수산부의 본 저작물은 "공공누리 제1유형: 출처표시" 조건에 따라 이용할 수 있습니다.</div>
      <div class="satisfy"><p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p>
        <label><input type="radio" name="s"> 매우만족</label> <label><input type="radio" name="s"> 만족</label> <label><input type="radio" name="s"> 보통</label>
        <label><input type="radio" name="s"> 불만족</label> <button>평가하기</button></div>
      <ul class="prev_next">
        <li><span>이전글</span> 6월 수산물 수출 2억 6,000만 달러…김 수출 19% 증가 <em>2026-07-21</em></li>
        <li><span>다음글</span> 국적 선사 유동성 지원 1조 2,000억원…하반기 집행 <em>2026-07-24</em></li>
      </ul>
      <div class="btn_list"><a href="/kor/briefing/list">목록</a></div>
    </div>
  </div>
</div>
<div id="footer">
  <p>(30110) 세종특별자치시 다솜2로 94 정부세종청사 5동 해양수산부 | 대표전화 044-200-5114</p>
  <p>Copyright(c) Ministry of Oceans and Fisheries. All Rights Reserved.</p>
</div>
</body>
</html>
"""


article(
    name="03_port_throughput_mof_ebriefing_dl_html", ext="html", published="2026-07-23",
    title="상반기 항만 물동량 8억 1천만t…컨테이너 반기 기준 역대 최대",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["본문 바로가기", "ENGLISH", "사이트맵", "공식 전자정부 누리집", "국민소통", "설명자료", "장관동정", "입찰공고", "홈 > 알림·소식",
               "수정일", "2026-07-24", "박지훈", "044-200-5741", "조회수", "1,128", "첨부파일", ".hwpx", "312KB", "미리보기", "공공누리",
               "만족하십니까", "매우만족", "이전글", "2억 6,000만 달러", "19% 증가", "다음글", "1조 2,000억원", "다솜2로 94", "044-200-5114",
               "Ministry of Oceans and Fisheries"],
    notes=("A ministry 'e-브리핑' press-release page (해양수산부-like HTML): skip links, util bar, gnb, lnb (e-브리핑 > 보도자료), location, "
           "h4 title in div.view_title, **metadata as `dl.view_info` dt/dd rows (등록일 2026-07-23 / 수정일 2026-07-24 / 담당부서 / 담당자 / "
           "연락처 / 조회수 1,128)** and a `dl.view_file` of attachments (file names with '(7.23)' and '2026년 상반기'), body in "
           "div.view_cont: **two '- ' deck lines in p.sub_tit joined by `<br>`**, then □/○ paragraphs; 공공누리 licence, 만족도 radio form, "
           "이전글/다음글 (figures, dates), footer. published: 등록일 2026-07-23 (not 수정일). Title not scored; the deck lines are body. "
           "Conventions: **TEU counts containers (a counter, kept as written: unit 'TEU'): gold counts, endpoint counts optional; t is a "
           "measure: no gold counts ('8억 1,240만t' etc. optional counts in t/톤/만t), but tonnage levels and moves are changes like any "
           "other** — '8억 1,240만t으로 지난해 같은 기간(7억 9,420만t)보다 2.3% 늘었다' gold endpoint change in t (rate optional), "
           "'6억 7,310만t으로 3.1% 증가', '1억 3,930만t으로 1.5% 감소', '4,280만t으로 11.6% 늘어', '5,120만t에 그쳐 8.9% 줄었다', '834만 TEU로 "
           "2.9%', '748만 TEU로 6.1% 각각 증가', '692만 TEU로 7.1% 늘었다', '174만 TEU로 1.2% 줄었고' each two gold changes ({after, unit} and "
           "{delta ±N, %}); deck '8억 1,240만t…지난해 같은 기간보다 2.3% 증가' the same two; deck '부산항 환적 물량 7.1% 늘어' a gold "
           "%-change; deck '1,582만 TEU로 반기 기준 역대 최대' a gold count (a record level, no move; change optional); '1,582만 TEU로 지난해 "
           "상반기(1,516만 TEU)보다 66만 TEU(4.4%) 늘어' and '98만 TEU로 지난해 상반기(91만 TEU)보다 7만 TEU' gold endpoint changes with delta; "
           "'지난해 상반기' a gold period (named half-year base, blind10); '지난해 같은 기간', '반기 기준', '연간' optional; **'올해 안에' "
           "optional (like '연내')**; '7부두' a name; '지난해 1,200개사에서 올해 1,800개사로' gold count change in 개사; '최대 3,000만원에서 "
           "5,000만원으로' gold (first at_most); '업체당' optional; '3,200만 TEU를 넘어설' at_least count (change optional); '오는 10월' 2026-10. "
           "Organisations: 해양수산부 (이하 해수부), 부산항만공사 (BPA); ports and the division optional. 미국 is a country. 김민성 is a person."),
)


# ---------------------------------------------------------------------------
# 04 3분기 가계신용, news app text dump ('앱에서 보기', push banners), 2026-11-24
# ---------------------------------------------------------------------------
Q3_26, Q2_26 = ("2026-07", "2026-09"), ("2026-04", "2026-06")
A04 = [
    ("가계부채가 사상 처음으로 2,000조원을 넘어섰다. 주택 거래가 늘면서 주택담보대출(주담대)이 석 달 새 20조원 가까이 불어난 영향이다.", [
        m("2,000조원", 2000 * JO, q="at_least"), ch("2,000조원을 넘어섰다", after=2000 * JO, unit="KRW", opt=True),
        p("석 달 새", None, None, opt=True), p("석 달 새", *Q3_26, opt=True), c("석 달", 3, "달", opt=True),
        m("20조원 가까이", 20 * JO, q="approx"), ch("20조원 가까이 불어난", delta=20 * JO, unit="KRW"),
    ]),
    ("한국은행(한은)이 24일 발표한 ‘2026년 3분기 가계신용(잠정)’에 따르면 9월 말 가계신용 잔액은 2,004조 3,000억원으로 전 분기 말(1,982조 1,000억원)보다 22조 2,000억원(1.1%) 늘었다. 분기 증가 폭은 2021년 3분기(36조 7,000억원) 이후 5년 만에 가장 컸다.", [
        p("24일", "2026-11-24", "2026-11-24"), p("2026년 3분기", *Q3_26),
        p("9월 말", "2026-09", "2026-09"), p("9월 말", "2026-09-30", "2026-09-30", opt=True),
        m("2,004조 3,000억원", 2004 * JO + 3000 * EOK), *base("전 분기 말", ("2026-06", "2026-06"), Q2_26, ("2026-06-30", "2026-06-30")),
        m("1,982조 1,000억원", 1982 * JO + 1000 * EOK), m("22조 2,000억원", 22 * JO + 2000 * EOK), pc("1.1%", 1.1),
        ch("2,004조 3,000억원으로 전 분기 말(1,982조 1,000억원)보다 22조 2,000억원(1.1%) 늘었다", before=1982 * JO + 1000 * EOK, after=2004 * JO + 3000 * EOK, delta=22 * JO + 2000 * EOK, unit="KRW"),
        ch("22조 2,000억원(1.1%) 늘었다", delta=22 * JO + 2000 * EOK, unit="KRW", opt=True), ch("22조 2,000억원(1.1%) 늘었다", delta=1.1, unit="%", opt=True),
        p("분기", None, None, opt=True), p("분기", *Q3_26, opt=True),
        p("2021년 3분기(36조 7,000억원) 이후", "2021-07", None), p("2021년 3분기", "2021-07", "2021-09", opt=True),
        m("36조 7,000억원", 36 * JO + 7000 * EOK), p("5년 만에", None, None, opt=True), c("5년", 5, "년", opt=True),
    ]),
    ("가계신용은 은행·보험사 등에서 빌린 가계대출과 카드 결제 전 사용액(판매신용)을 합친 것이다. 가계대출 잔액은 1,877조 5,000억원으로 20조 9,000억원 늘었고, 판매신용은 126조 8,000억원으로 1조 3,000억원 증가했다.", [
        m("1,877조 5,000억원", 1877 * JO + 5000 * EOK), m("20조 9,000억원", 20 * JO + 9000 * EOK),
        ch("1,877조 5,000억원으로 20조 9,000억원 늘었고", after=1877 * JO + 5000 * EOK, delta=20 * JO + 9000 * EOK, unit="KRW"),
        ch("20조 9,000억원 늘었고", delta=20 * JO + 9000 * EOK, unit="KRW", opt=True),
        m("126조 8,000억원", 126 * JO + 8000 * EOK), m("1조 3,000억원", 1 * JO + 3000 * EOK),
        ch("126조 8,000억원으로 1조 3,000억원 증가했다", after=126 * JO + 8000 * EOK, delta=1 * JO + 3000 * EOK, unit="KRW"),
        ch("1조 3,000억원 증가했다", delta=1 * JO + 3000 * EOK, unit="KRW", opt=True),
    ]),
    ("대출 종류별로는 주담대가 1,158조 6,000억원으로 한 분기 만에 19조 8,000억원 늘어 가계대출 증가분의 대부분을 차지했다. 신용대출 등 기타대출은 718조 9,000억원으로 1조 1,000억원 늘며 3분기 만에 증가로 돌아섰다.", [
        m("1,158조 6,000억원", 1158 * JO + 6000 * EOK), p("한 분기 만에", None, None, opt=True), p("한 분기 만에", *Q3_26, opt=True),
        m("19조 8,000억원", 19 * JO + 8000 * EOK),
        ch("1,158조 6,000억원으로 한 분기 만에 19조 8,000억원 늘어", after=1158 * JO + 6000 * EOK, delta=19 * JO + 8000 * EOK, unit="KRW"),
        ch("19조 8,000억원 늘어", delta=19 * JO + 8000 * EOK, unit="KRW", opt=True),
        m("718조 9,000억원", 718 * JO + 9000 * EOK), m("1조 1,000억원", 1 * JO + 1000 * EOK),
        ch("718조 9,000억원으로 1조 1,000억원 늘며", after=718 * JO + 9000 * EOK, delta=1 * JO + 1000 * EOK, unit="KRW"),
        ch("1조 1,000억원 늘며", delta=1 * JO + 1000 * EOK, unit="KRW", opt=True),
        p("3분기 만에", None, None, opt=True), c("3분기", 3, "분기", opt=True),
    ]),
    ("업권별로는 예금은행 가계대출이 14조 6,000억원 늘어 전 분기(9조 2,000억원)보다 증가 폭이 커졌다. 상호금융과 저축은행 등 비은행 예금취급기관 대출은 4조 1,000억원, 보험사 등 기타금융기관 대출은 2조 2,000억원 각각 증가했다.", [
        m("14조 6,000억원", 14 * JO + 6000 * EOK), ch("14조 6,000억원 늘어", delta=14 * JO + 6000 * EOK, unit="KRW"),
        *base("전 분기", Q2_26), m("9조 2,000억원", 9 * JO + 2000 * EOK),
        ch("14조 6,000억원 늘어 전 분기(9조 2,000억원)보다", before=9 * JO + 2000 * EOK, after=14 * JO + 6000 * EOK, unit="KRW", opt=True),
        m("4조 1,000억원", 4 * JO + 1000 * EOK), ch("4조 1,000억원", delta=4 * JO + 1000 * EOK, unit="KRW"),
        m("2조 2,000억원", 2 * JO + 2000 * EOK), ch("2조 2,000억원 각각 증가했다", delta=2 * JO + 2000 * EOK, unit="KRW"),
    ]),
    ("한은은 수도권 주택 거래 증가를 주된 원인으로 꼽았다. 서울 아파트 매매 거래량은 7~9월 월평균 8,900건으로 상반기(월평균 5,600건)보다 59% 많았다. 박정우 한은 금융통계팀장은 “주택 거래가 주담대로 이어지는 데 두세 달이 걸리는 만큼 4분기에도 증가세가 이어질 수 있다”고 말했다.", [
        p("7~9월", *Q3_26), p("월평균", None, None, opt=True), c("8,900건", 8900, "건", opt=True), p("상반기", *H1_26),
        p("월평균", None, None, opt=True), c("5,600건", 5600, "건", opt=True),
        ch("8,900건으로 상반기(월평균 5,600건)보다 59% 많았다", before=5600, after=8900, unit="건"),
        pc("59%", 59), ch("59% 많았다", delta=59, unit="%", opt=True),
        p("두세 달", None, None, opt=True), c("두세 달", 2, "달", opt=True), c("두세 달", 3, "달", opt=True), p("4분기", "2026-10", "2026-12"),
    ]),
    ("정부는 올해 가계부채 증가율을 3.8% 이내로 관리한다는 목표를 세웠지만, 9월 말 가계신용 증가율은 전년 동기 대비 4.2%로 이미 목표를 웃돌았다. 금융위원회(금융위)는 다음 달부터 수도권 주담대에 적용하는 스트레스 총부채원리금상환비율(DSR) 가산금리를 1.5%포인트에서 2.0%포인트로 올리는 방안을 검토하고 있다.", [
        p("올해", *Y("2026")), pc("3.8%", 3.8), ch("3.8% 이내로 관리", delta=3.8, unit="%", opt=True), ch("3.8% 이내로 관리", after=3.8, opt=True),
        p("9월 말", "2026-09", "2026-09"), p("9월 말", "2026-09-30", "2026-09-30", opt=True),
        *base("전년 동기", ("2025-09", "2025-09"), ("2025-07", "2025-09")), pc("4.2%", 4.2),
        ch("증가율은 전년 동기 대비 4.2%로", delta=4.2, unit="%"), ch("증가율은 전년 동기 대비 4.2%로", after=4.2, opt=True),
        p("다음 달부터", "2026-12", None), p("다음 달부터", "2026-12", "2026-12", opt=True),
        pc("1.5%포인트", 1.5), pc("2.0%포인트", 2.0), ch("1.5%포인트에서 2.0%포인트로 올리는", before=1.5, after=2.0),
    ]),
    ("한편 국제결제은행(BIS)에 따르면 6월 말 기준 한국의 국내총생산(GDP) 대비 가계부채 비율은 89.6%로 1년 전보다 1.8%포인트 낮아졌다. 비교 대상 43개국 가운데 다섯 번째로 높다.", [
        p("6월 말 기준", "2026-06", "2026-06"), p("6월 말 기준", "2026-06-30", "2026-06-30", opt=True), p("6월 말 기준", None, "2026-06", opt=True),
        pc("89.6%", 89.6), *base("1년 전", ("2025-06", "2025-06"), Y("2025")), pc("1.8%포인트", 1.8),
        ch("89.6%로 1년 전보다 1.8%포인트 낮아졌다", after=89.6, delta=-1.8), ch("1.8%포인트 낮아졌다", delta=-1.8, unit="%p", opt=True),
        c("43개국", 43, "개국"), c("43개국", 43, "개", opt=True), c("43개국", 43, "국", opt=True),
    ]),
]
ORG04 = [
    o("한국은행", ["한은"]), o("금융위원회", ["금융위"]), o("국제결제은행", ["BIS"]),
    o("정부", opt=True), o("예금은행", opt=True), o("상호금융", opt=True), o("저축은행", opt=True), o("기타금융기관", opt=True),
    o("비은행 예금취급기관", opt=True),
]


def page04(paras, title):
    head = """9:41                                              ▮▮▮ LTE  87%
☰   한빛경제                                          🔍   🔔 3
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
📱 한빛경제 앱에서 보기  ·  더 빠르고 편하게 읽으세요        [열기]
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
속보   경제   증권   부동산   산업   정치   사회   국제   MY
경제 > 금융

""" + title + """

2026.11.24 12:00  ·  수정 2026.11.24 14:35
윤서하 기자
🔖 저장    🔗 공유    가가 글자크기    🔊 듣기

"""
    body = ("\n\n".join(paras[:3])
            + "\n\n🔔 [푸시 알림] 알림을 켜고 금리·부동산 속보를 가장 먼저 받아보세요   [알림 켜기]  ✕\n\n"
            + "\n\n".join(paras[3:6])
            + "\n\n[그래픽] 가계신용 잔액 추이 — 앱에서 보기 ▶ 인포그래픽 전체 화면\n\n"
            + "\n\n".join(paras[6:]))
    tail = """

윤서하 기자  seoha@hanbit-econ.com
ⓒ 한빛경제. 무단전재·재배포 금지

이 기사 어땠나요?   좋아요 24   놀라워요 5   화나요 31   후속기사 원해요 12

🔔 푸시  오후 1:12
[단독] 전세대출 보증비율 90%→80%로…내년 2월 시행   지금 확인하기 ›

관련 뉴스
 · 10월 은행 가계대출 5조 8,000억원 증가…넉 달 만에 최대
 · 서울 아파트값 43주 연속 상승…상승 폭 0.21%
 · 스트레스 DSR 3단계 석 달…대출 한도 평균 3,200만원 줄어

실시간 많이 본 뉴스
 1  코스피 장중 4,000선 돌파
 2  내년 최저임금 1만 1,020원 확정
 3  원/달러 환율 1,390원대 하락

앱 설치하고 더 많은 뉴스 보기      [앱에서 보기]
홈     뉴스     증권     MY     전체메뉴
"""
    return head + body + tail


article(
    name="04_household_credit_q3_news_app_pagedump", ext="txt", published="2026-11-24",
    title="가계빚 2,004조원 첫 2,000조 돌파…주담대가 증가분의 90%",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["9:41", "LTE  87%", "앱에서 보기", "더 빠르고 편하게", "[열기]", "속보   경제", "경제 > 금융", "수정 2026.11.24", "윤서하 기자",
               "🔖 저장", "글자크기", "[푸시 알림]", "알림 켜기", "[그래픽]", "인포그래픽", "seoha@", "ⓒ 한빛경제", "이 기사 어땠나요?", "놀라워요",
               "오후 1:12", "[단독]", "90%→80%", "내년 2월 시행", "지금 확인하기", "관련 뉴스", "5조 8,000억원", "넉 달 만에", "43주 연속", "0.21%",
               "3,200만원", "실시간 많이 본 뉴스", "4,000선", "1만 1,020원", "1,390원대", "앱 설치하고", "전체메뉴"],
    notes=("A news app text dump (한빛경제, invented): phone status bar '9:41 … LTE 87%', app bar with a bell count, an **'앱에서 보기' "
           "install banner**, section tabs, breadcrumb, title, **'2026.11.24 12:00 · 수정 2026.11.24 14:35'**, reporter, save/share/font/TTS "
           "row; body paragraphs with **a push-notification banner ('🔔 [푸시 알림] … [알림 켜기] ✕') and a '[그래픽] … 앱에서 보기 ▶' line "
           "between them**; e-mail, copyright, reactions, **a received push ('🔔 푸시 오후 1:12' with a '[단독]' headline)**, 관련 뉴스 and 실시간 "
           "많이 본 뉴스 (figures), a second '앱에서 보기' button, tab bar. published: 2026-11-24 (the first stamp; not 수정, not the push "
           "time). Title not scored; no deck. Conventions: '2,000조원을 넘어섰다' at_least money (change optional); '석 달 새 20조원 가까이 "
           "불어난' approx money and a gold delta change ('석 달 새' optional); **'‘2026년 3분기 가계신용(잠정)’' a report named by its "
           "quarter: gold 2026-07..09 (blind10)**; '9월 말' gold 2026-09 (day optional); '2,004조 3,000억원으로 전 분기 말(1,982조 "
           "1,000억원)보다 22조 2,000억원(1.1%) 늘었다' gold endpoint change with delta (the delta-only and bracketed rate readings optional; "
           "'전 분기 말' base optional); **'2021년 3분기(36조 7,000억원) 이후' open-ended from 2021-07 (a date directly before 이후, blind9)**; "
           "'5년 만에', '분기', '한 분기 만에', **'3분기 만에' (three quarters: a duration, optional; not Q3)**; 'A로 N 늘었고' gold {after, "
           "delta} (delta-only optional); '예금은행 가계대출이 14조 6,000억원 늘어', '4조 1,000억원', '2조 2,000억원 각각 증가' gold delta "
           "changes; a comparison of increments ('전 분기(9조 2,000억원)보다 증가 폭이 커졌다') optional; '7~9월' 2026-07..09; '8,900건으로 "
           "상반기(월평균 5,600건)보다 59% 많았다' gold endpoint count change (rate optional, counts optional, '월평균' optional); '두세 달' "
           "optional; '4분기' 2026-10..12; '3.8% 이내로 관리' percentage gold, change optional (blind10); **'증가율은 전년 동기 대비 4.2%로' "
           "a gold %-change {delta 4.2, %} (the {after 4.2} reading optional)**; '다음 달부터' open-ended from 2026-12; '1.5%포인트에서 "
           "2.0%포인트로' a gold level change without unit; '89.6%로 1년 전보다 1.8%포인트 낮아졌다' {after, delta} no unit; '43개국' a gold "
           "count (unit 개국); '다섯 번째' an ordinal; 'DSR', 'GDP' no figures. Organisations: 한국은행 (한은), 금융위원회 (금융위), "
           "국제결제은행 (BIS); 정부 and the lender groups optional. 박정우 is a person."),
)


# ---------------------------------------------------------------------------
# 05 익산 역세권 도시재생 혁신지구, old-style regional paper HTML (<font>, <br><br>), 2026-03-10
# ---------------------------------------------------------------------------
A05 = [
    ("익산시가 익산역 일대 원도심을 주거·업무·상업 기능을 갖춘 복합 거점으로 바꾸는 ‘솜리 역세권 도시재생 혁신지구’ 사업을 본격화한다.", []),
    ("익산시는 지난 9일 국토교통부 도시재생특별위원회 심의를 통과한 혁신지구 사업계획을 10일 공개했다. 사업은 2026년부터 2031년까지 6년간 익산역 동쪽 옛 화물 부지 등 4만 8,000㎡에서 추진된다.", [
        p("지난 9일", "2026-03-09", "2026-03-09"), p("10일", "2026-03-10", "2026-03-10"),
        p("2026년부터 2031년까지", "2026", "2031"), p("2026년", *Y("2026"), opt=True), p("2031년", *Y("2031"), opt=True),
        p("6년간", None, None, opt=True), c("6년", 6, "년", opt=True), *measure("4만 8,000㎡", 48000, "㎡"),
    ]),
    ("총사업비는 1,476억원이다. 이 가운데 국비 250억원, 도비 75억원, 시비 175억원 등 공공 재정 500억원이 투입되고, 나머지 976억원은 한국토지주택공사(LH)가 출자와 주택도시기금 융자 등으로 조달한다. 재정 분담 비율은 국비 50%, 도비 15%, 시비 35%다.", [
        m("1,476억원", 1476 * EOK), m("250억원", 250 * EOK), m("75억원", 75 * EOK), m("175억원", 175 * EOK), m("500억원", 500 * EOK),
        m("976억원", 976 * EOK), pc("50%", 50), pc("15%", 15), pc("35%", 35),
    ]),
    ("혁신지구에는 지상 25층 규모의 복합앵커시설과 공공임대주택 420가구, 청년 창업공간 60실이 들어선다. 복합앵커시설에는 익산시청 일부 부서와 전북특별자치도 서부권 행정지원센터가 입주해 상주 인원이 1,200명에 이를 전망이다.", [
        c("25층", 25, "층", opt=True), c("420가구", 420, "가구"), c("60실", 60, "실"), c("1,200명", 1200, "명"),
    ]),
    ("익산시는 사업이 끝나면 역세권 유동인구가 하루 평균 3만 2,000명에서 5만 명 이상으로 늘고, 일자리 1,850개가 새로 생길 것으로 내다봤다. 생산 유발 효과는 3,240억원으로 추산했다.", [
        p("하루", None, None, opt=True), c("3만 2,000명", 3 * MAN + 2000, "명", opt=True), c("5만 명 이상", 5 * MAN, "명", q="at_least", opt=True),
        ch("3만 2,000명에서 5만 명 이상으로 늘고", before=3 * MAN + 2000, after=5 * MAN, unit="명"),
        c("1,850개", 1850, "개"), ch("일자리 1,850개가 새로 생길", delta=1850, unit="개", opt=True), m("3,240억원", 3240 * EOK),
    ]),
    ("LH는 내년 상반기 보상 절차를 마무리한 뒤 2028년 3월 착공할 예정이다. 공공임대주택은 2030년 하반기 입주를 시작하고, 복합앵커시설은 2031년 12월 준공이 목표다.", [
        p("내년 상반기", "2027-01", "2027-06"), p("2028년 3월", "2028-03", "2028-03"), p("2030년 하반기", "2030-07", "2030-12"),
        p("2031년 12월", "2031-12", "2031-12"),
    ]),
    ("익산 원도심은 인구 유출이 심각하다. 원도심 6개 동의 인구는 2015년 4만 1,300명에서 지난해 말 2만 8,600명으로 10년 새 30.8% 줄었고, 빈 점포 비율은 22.7%로 전북 평균(13.5%)보다 9.2%포인트 높다.", [
        c("6개", 6, "개"), c("6개 동", 6, "동", opt=True), p("2015년", *Y("2015")), c("4만 1,300명", 4 * MAN + 1300, "명", opt=True),
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True), c("2만 8,600명", 2 * MAN + 8600, "명", opt=True),
        ch("2015년 4만 1,300명에서 지난해 말 2만 8,600명으로 10년 새 30.8% 줄었고", before=4 * MAN + 1300, after=2 * MAN + 8600, unit="명"),
        p("10년 새", None, None, opt=True), c("10년", 10, "년", opt=True), pc("30.8%", 30.8), ch("30.8% 줄었고", delta=-30.8, unit="%", opt=True),
        pc("22.7%", 22.7), pc("13.5%", 13.5), pc("9.2%포인트", 9.2),
        ch("22.7%로 전북 평균(13.5%)보다 9.2%포인트 높다", before=13.5, after=22.7, delta=9.2, opt=True),
        ch("9.2%포인트 높다", delta=9.2, unit="%p", opt=True), ch("22.7%로", after=22.7, opt=True),
    ]),
    ("김태준 익산시 도시재생과장은 “혁신지구가 KTX 익산역의 연간 이용객 580만 명을 원도심으로 끌어들이는 관문이 될 것”이라며 “다음 달 중 주민설명회를 열고 상반기 안에 LH와 사업 협약을 맺겠다”고 말했다.", [
        p("연간", None, None, opt=True), c("580만 명", 580 * MAN, "명"), p("다음 달 중", "2026-04", "2026-04"),
        p("상반기", *H1_26), p("상반기 안에", None, "2026-06", opt=True),
    ]),
]
ORG05 = [
    o("익산시"), o("국토교통부", ["국토부"]), o("도시재생특별위원회"), o("한국토지주택공사", ["LH"]), o("전북특별자치도"),
    o("주택도시기금", opt=True), o("익산시청", opt=True), o("서부권 행정지원센터", opt=True), o("익산역", opt=True), o("KTX", opt=True),
    o("도시재생과", opt=True),
]


def page05(paras, title):
    ps = [esc(t) for t in paras]
    photo = ('<center><img src="/data/news/2026/03/10/somri_plan.jpg" width=500 border=0><br>'
             '<font size=2 color=#555555>▲ 솜리 역세권 도시재생 혁신지구 조감도. 복합앵커시설(가운데)은 지상 25층으로 지어진다. (사진=익산시 제공)</font></center>')
    content = "<br><br>\n".join(ps[:3] + [photo] + ps[3:] + ['<font color=#333399>송미경 기자 smk@iksanweekly.co.kr</font>'])
    return f"""<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>익산주간신문 - {esc(title)}</title>
<style>td {{font-family:굴림; font-size:12px}} a {{text-decoration:none; color:#333333}}</style>
<script language="javascript" src="/js/news.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin=0 leftmargin=0 marginwidth=0 marginheight=0>
<center>
<table width=980 border=0 cellspacing=0 cellpadding=0>
<tr>
 <td width=260><a href="/"><img src="/images/logo.gif" border=0 alt="익산주간신문"></a></td>
 <td align=right><font size=2 color=#666666>오늘의 날씨 익산 흐림 6℃ / 미세먼지 나쁨 &nbsp;|&nbsp; <a href="/member/login.html">로그인</a> | <a href="/member/join.html">회원가입</a> | <a href="/rss">RSS</a></font></td>
</tr>
<tr bgcolor=#003366><td colspan=2 height=30><font face="돋움" size=2 color=white><b>HOME</b> &nbsp;|&nbsp; 익산 &nbsp;|&nbsp; 군산 &nbsp;|&nbsp; 김제 &nbsp;|&nbsp; 완주 &nbsp;|&nbsp; 정치·행정 &nbsp;|&nbsp; 경제 &nbsp;|&nbsp; 사회 &nbsp;|&nbsp; 문화 &nbsp;|&nbsp; 독자투고</font></td></tr>
</table>
<table width=980 border=0 cellspacing=0 cellpadding=0>
<tr>
 <td width=680 valign=top>
  <table width=100% border=0 cellspacing=0 cellpadding=6>
   <tr><td><font face="굴림" size=2 color=#888888>HOME &gt; 정치·행정 &gt; 익산시</font></td></tr>
   <tr><td><font size=5 color=#003366><b>{esc(title)}</b></font></td></tr>
   <tr><td><font size=2 color=gray>기사입력 2026/03/10 [16:47] &nbsp;&nbsp; 최종편집 2026/03/11 [08:05]</font></td></tr>
   <tr><td align=right><font size=2><a href="javascript:fontUp()">[글자크게]</a> <a href="javascript:fontDown()">[글자작게]</a> <a href="javascript:printNews()">[인쇄]</a> <a href="javascript:sendMail()">[메일보내기]</a></font></td></tr>
   <tr><td class=article style="line-height:170%"><font face="굴림" size=3>
{content}
   </font></td></tr>
   <tr><td><font size=2 color=#999999>ⓒ 익산주간신문 &lt;저작권자 ⓒ 익산주간신문 무단전재 및 재배포 금지&gt;</font></td></tr>
   <tr><td bgcolor=#F4F4F4><font size=2><b>이 기자의 다른 기사</b><br>
    · 익산시, 청년 월세 지원 1,100명으로 확대 (2026/03/06)<br>
    · 미륵사지 관광객 지난해 92만 명…역대 최다 (2026/02/27)<br>
    · 익산 왕궁 축산단지 악취 민원 3년 새 40% 줄어 (2026/02/20)</font></td></tr>
  </table>
 </td>
 <td width=20>&nbsp;</td>
 <td width=280 valign=top>
  <table width=100% border=1 bordercolor=#DDDDDD cellspacing=0 cellpadding=4>
   <tr><td bgcolor=#003366><font size=2 color=white><b>많이 본 기사</b></font></td></tr>
   <tr><td><font size=2>1. 군산 새만금 이차전지 공장 착공…2,300억원 투자</font></td></tr>
   <tr><td><font size=2>2. 김제 지평선 축제 예산 32억원으로 삭감</font></td></tr>
   <tr><td><font size=2>3. 익산 KTX역 주차장 400면 확충</font></td></tr>
  </table>
  <br>
  <table width=100% border=1 bordercolor=#DDDDDD cellspacing=0 cellpadding=4>
   <tr><td bgcolor=#003366><font size=2 color=white><b>독자 투표</b></font></td></tr>
   <tr><td><font size=2>익산역 혁신지구 사업, 어떻게 보십니까?<br>찬성 62% &nbsp; 반대 21% &nbsp; 모름 17%<br>(참여 1,284명)</font></td></tr>
  </table>
 </td>
</tr>
</table>
<table width=980 border=0 cellspacing=0 cellpadding=8 bgcolor=#EEEEEE>
<tr><td align=center><font size=2 color=#666666>익산주간신문 | 전북특별자치도 익산시 인북로 212 | 등록번호 전북 아00088 | 창간 1998년 9월 15일 | 발행·편집인 고영석 | TEL 063-851-0000</font></td></tr>
</table>
</center>
</body>
</html>
"""


article(
    name="05_iksan_urban_regen_font_br_html", ext="html", published="2026-03-10",
    title="익산역 원도심 혁신지구 1,476억 투입…2031년까지 25층 복합시설",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["오늘의 날씨", "흐림 6℃", "미세먼지 나쁨", "회원가입", "RSS", "독자투고", "HOME > 정치·행정", "최종편집", "2026/03/11", "[글자크게]",
               "[메일보내기]", "조감도", "(사진=익산시 제공)", "송미경 기자", "smk@", "ⓒ 익산주간신문", "이 기자의 다른 기사", "1,100명으로 확대",
               "2026/03/06", "92만 명", "3년 새 40%", "많이 본 기사", "2,300억원", "32억원으로 삭감", "400면", "독자 투표", "찬성 62%", "반대 21%",
               "1,284명", "인북로 212", "아00088", "창간 1998년", "고영석", "063-851-0000"],
    notes=("An old-style regional weekly's HTML (익산주간신문, invented), no doctype, `http-equiv` UTF-8, centred fixed-width tables, "
           "**`<font>` tags everywhere**: top row with weather ('오늘의 날씨 익산 흐림 6℃') and login links, a menu row, breadcrumb, title in "
           "`<font size=5><b>`, **'기사입력 2026/03/10 [16:47]  최종편집 2026/03/11 [08:05]'**, font/print/mail links, **body as one `<font "
           "size=3>` in td.article with paragraphs separated by `<br><br>`**, a centred photo with a `<font>` caption between paragraphs and "
           "the byline line at the end (both furniture), copyright, '이 기자의 다른 기사' (figures, dates), right column (많이 본 기사 with "
           "figures, a 독자 투표 box with percentages), footer (창간 1998년). published: 기사입력 (not 최종편집). Title not scored; no deck. "
           "The first paragraph has no figures. Conventions: '지난 9일' 2026-03-09, '10일' 2026-03-10; '2026년부터 2031년까지' one period "
           "(parts and '6년간' optional); '4만 8,000㎡' a measure (optional); **a funding split (국비 250억원, 도비 75억원, 시비 175억원, 공공 "
           "재정 500억원, 976억원; 국비 50%, 도비 15%, 시비 35%) is money and percentages only, no changes**; '지상 25층' optional (a "
           "measure-like floor count); '420가구', '60실' (unit 실), '1,200명', '1,850개', '580만 명' gold counts; '하루 평균 3만 2,000명에서 5만 명 "
           "이상으로' gold count change (counts optional); '일자리 1,850개가 새로 생길' count gold, delta optional; '내년 상반기' 2027-01..06, "
           "'2028년 3월', '2030년 하반기', '2031년 12월' gold; **'원도심 6개 동' a gold count 6 개 (unit 동 optional)**; '2015년 4만 1,300명에서 "
           "지난해 말 2만 8,600명으로 10년 새 30.8% 줄었고' gold endpoint change (rate and '10년 새' optional); '지난해 말' 2025-12; **a "
           "comparison with a benchmark ('22.7%로 전북 평균(13.5%)보다 9.2%포인트 높다') is no change: percentages gold, change readings "
           "optional**; '다음 달 중' 2026-04; '상반기 안에' the gold period 2026-01..06 (the by-June reading optional); '연간', '하루' "
           "optional. Organisations: 익산시, 국토교통부, 도시재생특별위원회, 한국토지주택공사 (LH), 전북특별자치도; the fund, 익산시청, the "
           "centre, 익산역, KTX, the 과 optional. 김태준 is a person."),
)


# ---------------------------------------------------------------------------
# 06 코레일 사장 인터뷰 (채용), interview page dump with '―' questions and '△' lists, 2026-06-15
# ---------------------------------------------------------------------------
RATIO = lambda t, v: [c(t, v, "대", opt=True), c(t, v, "대1", opt=True), pc(t, v, opt=True)]
A06 = [
    ("한국철도공사(이하 코레일)가 올해 신입사원 1,650명을 뽑는다. 2005년 공사 출범 이후 가장 많은 규모다. 고속철도 노선이 잇따라 개통하면서 열차 운행 횟수가 늘어난 데다 정년퇴직자가 한꺼번에 몰리고 있어서다. 지난 11일 대전 본사에서 이경민 코레일 사장을 만났다.", [
        p("올해", *Y("2026")), c("1,650명", 1650, "명"), p("2005년 공사 출범 이후", *Y("2005")), p("2005년 공사 출범 이후", "2005", None, opt=True),
        p("지난 11일", "2026-06-11", "2026-06-11"),
    ]),
    ("― 올해 채용 규모가 역대 최대다.", [p("올해", *Y("2026"))]),
    ("“상반기에 750명을 뽑았고 하반기에 900명을 더 뽑는다. 지난해(1,320명)보다 330명 많다. 올해부터 2028년까지 정년퇴직자가 해마다 1,000명이 넘는다. 인력 공백을 메우지 못하면 안전에 구멍이 생긴다.”", [
        p("상반기", *H1_26), c("750명", 750, "명"), p("하반기", *H2_26), c("900명", 900, "명"), ch("900명을 더 뽑는다", delta=900, unit="명", opt=True),
        ch("750명 ... 900명을 더", before=750, after=1650, delta=900, unit="명", opt=True),
        p("지난해", *Y("2025")), c("1,320명", 1320, "명", opt=True), c("330명", 330, "명", opt=True),
        ch("지난해(1,320명)보다 330명 많다", before=1320, delta=330, unit="명"),
        ch("지난해(1,320명)보다 330명 많다", before=1320, after=1650, delta=330, unit="명", opt=True), ch("330명 많다", delta=330, unit="명", opt=True),
        p("올해부터 2028년까지", "2026", "2028"), p("올해부터", "2026", None, opt=True), p("2028년까지", None, "2028", opt=True),
        p("해마다", None, None, opt=True), c("1,000명", 1000, "명", q="at_least"),
    ]),
    ("― 지원자는 얼마나 몰렸나.", []),
    ("“상반기 공채에 3만 6,000명이 지원해 평균 경쟁률이 48대 1이었다. 사무영업 직렬은 112대 1까지 올라갔다. 토목·전기 같은 기술 직렬은 경쟁률이 14대 1 수준이라 오히려 인재 확보가 어렵다.”", [
        p("상반기", *H1_26), c("3만 6,000명", 3 * MAN + 6000, "명"), *RATIO("48대 1", 48), *RATIO("112대 1", 112), *RATIO("14대 1", 14),
    ]),
    ("― 지역인재와 고졸 채용 비율은.", []),
    ("“비수도권 지역인재 채용 비율을 지난해 30.2%에서 올해 35%로 높인다. 정부 권고(30%)보다 5%포인트 높은 수준이다. 고졸 채용도 △철도고 출신 80명 △특성화고 출신 120명 등 모두 200명으로 지난해보다 50명 늘린다. 장애인 채용은 법정 의무비율(3.8%)을 웃도는 4.5%를 목표로 잡았다.”", [
        p("지난해", *Y("2025")), pc("30.2%", 30.2), p("올해", *Y("2026")), pc("35%", 35),
        ch("지난해 30.2%에서 올해 35%로 높인다", before=30.2, after=35),
        pc("30%", 30), pc("5%포인트", 5), ch("정부 권고(30%)보다 5%포인트 높은", before=30, after=35, delta=5, opt=True),
        ch("5%포인트 높은", delta=5, unit="%p", opt=True), ch("5%포인트 높은", delta=5, opt=True),
        c("80명", 80, "명"), c("120명", 120, "명"), c("200명", 200, "명", opt=True), p("지난해", *Y("2025")), c("50명", 50, "명", opt=True),
        ch("모두 200명으로 지난해보다 50명 늘린다", after=200, delta=50, unit="명"),
        ch("모두 200명으로 지난해보다 50명 늘린다", before=150, after=200, delta=50, unit="명", opt=True), ch("50명 늘린다", delta=50, unit="명", opt=True),
        pc("3.8%", 3.8), pc("4.5%", 4.5), ch("(3.8%)을 웃도는 4.5%", before=3.8, after=4.5, opt=True),
    ]),
    ("― 신입사원 처우는 어떻게 달라지나.", []),
    ("“대졸 신입 초임을 지난해 3,880만원에서 올해 4,080만원으로 200만원(5.2%) 올렸다. 공공기관 평균(3,950만원)보다 높다. 수도권 근무자에게는 월 30만원의 주거지원비를 새로 준다. 다만 기획예산처가 정한 올해 총인건비 인상률 3.0% 안에서 맞춰야 해서 기존 직원 임금 인상 폭은 제한적이다.”", [
        p("지난해", *Y("2025")), m("3,880만원", 3880 * MAN), p("올해", *Y("2026")), m("4,080만원", 4080 * MAN), m("200만원", 200 * MAN), pc("5.2%", 5.2),
        ch("지난해 3,880만원에서 올해 4,080만원으로 200만원(5.2%) 올렸다", before=3880 * MAN, after=4080 * MAN, delta=200 * MAN, unit="KRW"),
        ch("200만원(5.2%) 올렸다", delta=5.2, unit="%", opt=True), ch("200만원(5.2%) 올렸다", delta=200 * MAN, unit="KRW", opt=True),
        m("3,950만원", 3950 * MAN), ch("공공기관 평균(3,950만원)보다 높다", before=3950 * MAN, after=4080 * MAN, unit="KRW", opt=True),
        m("월 30만원", 30 * MAN), ch("월 30만원의 주거지원비를 새로 준다", delta=30 * MAN, unit="KRW", opt=True),
        p("올해", *Y("2026")), pc("3.0%", 3.0), ch("인상률 3.0%", delta=3.0, unit="%", opt=True),
    ]),
    ("― 철도 안전 인력은 얼마나 늘리나.", []),
    ("“올해 늘리는 정원 410명 가운데 280명을 선로·전기 유지보수 등 안전 분야에 배치한다. 2028년까지 안전 인력을 현재 9,800명에서 1만 1,000명 수준으로 1,200명 늘리고, 안전 예산도 올해 1조 2,400억원에서 2028년 1조 5,000억원으로 확대한다. 지난해 철도 사고는 42건으로 5년 전(71건)보다 40% 넘게 줄었다.”", [
        p("올해", *Y("2026")), c("410명", 410, "명"), ch("늘리는 정원 410명", delta=410, unit="명", opt=True), c("280명", 280, "명"),
        p("2028년까지", None, "2028"), p("현재", None, None, opt=True), c("9,800명", 9800, "명", opt=True),
        c("1만 1,000명", 1 * MAN + 1000, "명", opt=True), c("1만 1,000명", 1 * MAN + 1000, "명", q="approx", opt=True), c("1,200명", 1200, "명", opt=True),
        ch("현재 9,800명에서 1만 1,000명 수준으로 1,200명 늘리고", before=9800, after=1 * MAN + 1000, delta=1200, unit="명"),
        ch("1,200명 늘리고", delta=1200, unit="명", opt=True),
        p("올해", *Y("2026")), m("1조 2,400억원", 1 * JO + 2400 * EOK), p("2028년", *Y("2028")), m("1조 5,000억원", 1 * JO + 5000 * EOK),
        ch("올해 1조 2,400억원에서 2028년 1조 5,000억원으로 확대한다", before=1 * JO + 2400 * EOK, after=1 * JO + 5000 * EOK, unit="KRW"),
        p("지난해", *Y("2025")), c("42건", 42, "건", opt=True), p("5년 전", None, None, opt=True), p("5년 전", *Y("2020"), opt=True),
        p("5년 전", *Y("2021"), opt=True), c("5년", 5, "년", opt=True), c("71건", 71, "건", opt=True),
        ch("42건으로 5년 전(71건)보다 40% 넘게 줄었다", before=71, after=42, unit="건"),
        pc("40%", 40), ch("40% 넘게 줄었다", delta=-40, unit="%", opt=True),
    ]),
    ("― 내년 계획은.", [p("내년", *Y("2027"))]),
    ("“내년 하반기 개통하는 평택~오송 2복선화 구간에 맞춰 내년에도 1,500명 안팎을 뽑을 계획이다. 채용 일정은 오는 9월 말 공개한다. 블라인드 채용 원칙은 그대로 지키되 필기시험 과목을 5개에서 3개로 줄여 지원자 부담을 덜겠다.”", [
        p("내년 하반기", "2027-07", "2027-12"), p("내년", *Y("2027")), c("1,500명 안팎", 1500, "명", q="approx"),
        p("오는 9월 말", "2026-09", "2026-09"), p("오는 9월 말", "2026-09-30", "2026-09-30", opt=True), p("오는 9월 말", "2026-09-21", "2026-09-30", opt=True),
        c("5개", 5, "개", opt=True), c("3개", 3, "개", opt=True), ch("5개에서 3개로 줄여", before=5, after=3, unit="개"),
        c("2복선", 2, "복선", opt=True),
    ]),
]
ORG06 = [
    o("한국철도공사", ["코레일"]), o("기획예산처"),
    o("정부", opt=True), o("철도고", opt=True), o("공공기관", opt=True), o("대전 본사", opt=True),
]


def page06(paras, title):
    head = """공공저널  PUBLIC JOURNAL                         2026년 6월 15일 월요일  |  로그인  |  구독신청
홈  |  공공기관  |  정책  |  인사·채용  |  인터뷰  |  오피니언  |  지역  |  지면보기
인터뷰 > CEO 인터뷰

[CEO 인터뷰] """ + title + """

대담=한수진 편집국장  정리=오태윤 기자  |  입력 2026-06-15 06:00  |  수정 2026-06-15 09:24  |  지면 8면
댓글 6  |  공유  |  스크랩  |  인쇄  |  글자크기 ＋ －

[사진] 이경민 한국철도공사 사장이 지난 11일 대전 본사 집무실에서 하반기 채용 계획을 설명하고 있다. /공공저널 윤다해 기자

"""
    body = "\n\n".join(paras)
    tail = """

오태윤 기자 tyoh@publicjournal.kr
<저작권자 ⓒ 공공저널, 무단 전재 및 재배포 금지>

◆ 이경민 사장은
△1967년 충북 청주 출생 △한양대 토목공학과 △국토교통부 철도안전정책관 △국가철도공단 부이사장 △2025년 3월~ 한국철도공사 사장

관련기사
· [CEO 인터뷰] 국민연금공단 이사장 “기금 수익률 연 8% 목표”
· 공공기관 올해 신규 채용 2만 6,000명…3년 만에 증가
· 코레일, 하반기 신입 900명 공채…9월 1일 원서 접수

많이 본 기사
1. 공기업 신입 초봉 평균 3,950만원…1위는 5,210만원
2. 하반기 공공기관 채용박람회 9월 2일 개막
3. 공공기관 부채 740조원 돌파

공공저널 | 세종특별자치시 한누리대로 2130 | 등록번호 세종 아00041 | 발행인 정해림 | 대표전화 044-868-0000
"""
    return head + body + tail


article(
    name="06_korail_ceo_hiring_interview_qa_pagedump", ext="txt", published="2026-06-15",
    title="이경민 코레일 사장 “올해 1,650명 역대 최대 채용…안전 인력에 우선 배치”",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["PUBLIC JOURNAL", "2026년 6월 15일 월요일", "구독신청", "인사·채용", "지면보기", "인터뷰 > CEO 인터뷰", "[CEO 인터뷰]", "대담=",
               "한수진", "정리=오태윤", "수정 2026-06-15", "지면 8면", "댓글 6", "스크랩", "[사진]", "집무실", "/공공저널 윤다해 기자",
               "tyoh@", "저작권자 ⓒ 공공저널", "◆ 이경민 사장은", "1967년", "한양대 토목공학과", "철도안전정책관", "국가철도공단 부이사장",
               "2025년 3월~", "관련기사", "국민연금공단", "연 8% 목표", "2만 6,000명", "3년 만에 증가", "9월 1일 원서 접수", "많이 본 기사",
               "5,210만원", "9월 2일 개막", "740조원", "한누리대로 2130", "아00041", "정해림", "044-868-0000"],
    notes=("An interview (CEO 인터뷰) page dump (공공저널, invented): masthead with the date and weekday, menu, section path, '[CEO "
           "인터뷰]' + title, **'대담=… 정리=… 기자 | 입력 2026-06-15 06:00 | 수정 … | 지면 8면'**, tool row, a '[사진]' caption (dated '지난 "
           "11일'), then the body: **a lead paragraph, then questions as separate paragraphs starting with '― ' and answers in quotes**, "
           "with **'△' list items inside an answer**; then e-mail, copyright, **a '◆ … 사장은' profile box of '△' items with years (furniture)**, "
           "관련기사 and 많이 본 기사 (figures, dates), footer. published: 입력 2026-06-15 (= masthead). Title not scored; no deck. "
           "**The questions are body paragraphs** (they are the article's text; '― 올해 …', '― 내년 계획은.' carry gold periods). "
           "Conventions: '2005년 공사 출범 이후' the year 2005 (event + 이후, blind10), open reading optional; '지난 11일' 2026-06-11; "
           "'하반기에 900명을 더 뽑는다' a gold count (the delta / total readings optional); **'지난해(1,320명)보다 330명 많다' (the new level "
           "1,650명 two sentences back) a gold change {before 1320, delta 330} (the {before, after, delta} and delta-only readings optional)**; "
           "'올해부터 2028년까지' one period 2026..2028 (parts optional); '해마다 1,000명이 넘는다' at_least count; **competition ratios '48대 "
           "1', '112대 1', '14대 1' are no counts (optional readings)**; '지난해 30.2%에서 올해 35%로' a gold %-level change (no unit); **a "
           "comparison with a benchmark ('정부 권고(30%)보다 5%포인트 높은', '공공기관 평균(3,950만원)보다 높다', '법정 의무비율(3.8%)을 "
           "웃도는 4.5%') is no change: figures gold, change readings optional**; '△철도고 출신 80명 △특성화고 출신 120명' gold counts; '모두 "
           "200명으로 지난해보다 50명 늘린다' gold {after, delta} (counts optional); '지난해 3,880만원에서 올해 4,080만원으로 200만원(5.2%)' gold "
           "endpoint change with delta (the bracketed rate optional); '월 30만원 … 새로 준다' money gold, delta optional; '총인건비 인상률 "
           "3.0%' percentage gold, change optional (a cap); '늘리는 정원 410명' count gold (delta optional); '현재 9,800명에서 1만 1,000명 수준으로 "
           "1,200명' gold count change; '올해 1조 2,400억원에서 2028년 1조 5,000억원으로' gold; '42건으로 5년 전(71건)보다 40% 넘게 줄었다' gold "
           "endpoint change ('5년 전' optional, any reading; '40%' percentage gold, its %-change optional); '1,500명 안팎' approx count; "
           "'오는 9월 말' 2026-09 (day optional); '5개에서 3개로' gold count change (counts optional); '평택~오송', '2복선화' names. "
           "Organisations: 한국철도공사 (이하 코레일), 기획예산처; 정부, 철도고, 공공기관 (generic) optional. 이경민 is a person."),
)


if __name__ == "__main__":
    main(HERE)
