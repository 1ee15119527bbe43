#!/usr/bin/env python3
"""The eval/blind23 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind23/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)
AGE = lambda t, v: c(t, v, "세", opt=True)


def mult(text, factor):
    """A multiple or fraction: no gold figure; optional percentage and %-change readings (blind10)."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def season(text, *readings):
    """'하절기', '동절기': seasons are optional periods (like '올여름', '하계')."""
    return [p(text, None, None, opt=True)] + [p(text, s, e, opt=True) for s, e in readings]


H1_2026 = ("2026-01", "2026-06")
H1_2025 = ("2025-01", "2025-06")
H2_2026 = ("2026-07", "2026-12")
Y2026 = ("2026", "2026")
Y2025 = ("2025", "2025")
Y2027 = ("2027", "2027")

# ---------------------------------------------------------------------------
# 01 상반기 K-푸드 수출, national daily HTML with meta article:published_time (+09:00), 2026-07-15
# ---------------------------------------------------------------------------
A01 = [
    ("농림축산식품부(이하 농식품부)는 올해 상반기 농식품 수출액이 68억 4,000만 달러로 지난해 같은 기간보다 7.6% 늘었다고 14일 밝혔다. 반기 기준으로 역대 최대다.", [
        p("올해 상반기", *H1_2026), USD("68억 4,000만 달러", 68 * EOK + 4000 * MAN), *base("지난해 같은 기간", H1_2025), pc("7.6%", 7.6),
        ch("68억 4,000만 달러로", after=68 * EOK + 4000 * MAN, unit="USD"), ch("지난해 같은 기간보다 7.6% 늘었다", delta=7.6, unit="%"),
        p("14일", "2026-07-14", "2026-07-14"), p("반기 기준", None, None, opt=True), p("반기 기준", *H1_2026, opt=True),
    ]),
    ("품목별로는 라면 수출이 7억 9,000만 달러로 가장 많았다. 라면 수출액은 지난해 상반기 6억 2,000만 달러에서 7억 9,000만 달러로 1억 7,000만 달러 늘었다. 농심과 삼양식품의 미국 현지 판매가 늘어난 영향이다. 반면 김치 수출은 9,200만 달러로 3.1% 줄었다.", [
        USD("7억 9,000만 달러", 7 * EOK + 9000 * MAN), ch("7억 9,000만 달러로 가장 많았다", after=7 * EOK + 9000 * MAN, unit="USD", opt=True),
        p("지난해 상반기", *H1_2025), USD("6억 2,000만 달러", 6 * EOK + 2000 * MAN), USD("7억 9,000만 달러", 7 * EOK + 9000 * MAN),
        USD("1억 7,000만 달러", 1 * EOK + 7000 * MAN),
        ch("6억 2,000만 달러에서 7억 9,000만 달러로 1억 7,000만 달러 늘었다", before=6 * EOK + 2000 * MAN, after=7 * EOK + 9000 * MAN, delta=1 * EOK + 7000 * MAN, unit="USD"),
        USD("9,200만 달러", 9200 * MAN), pc("3.1%", 3.1),
        ch("9,200만 달러로", after=9200 * MAN, unit="USD"), ch("3.1% 줄었다", delta=-3.1, unit="%"),
    ]),
    ("국가별로는 미국(12억 3,000만 달러)과 중국(10억 5,000만 달러), 일본(7억 1,000만 달러) 순이었다. 미국 수출은 1년 전보다 15.2% 늘어 처음으로 중국을 앞질렀다. 수출 국가는 지난해 말 168개국에서 6월 말 174개국으로 6개국 늘었다.", [
        USD("12억 3,000만 달러", 12 * EOK + 3000 * MAN), USD("10억 5,000만 달러", 10 * EOK + 5000 * MAN), USD("7억 1,000만 달러", 7 * EOK + 1000 * MAN),
        *base("1년 전", H1_2025, Y2025), pc("15.2%", 15.2), ch("1년 전보다 15.2% 늘어", delta=15.2, unit="%"),
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True), c("168개국", 168, "개국", opt=True),
        p("6월 말", "2026-06", "2026-06"), p("6월 말", "2026-06-30", "2026-06-30", opt=True), c("174개국", 174, "개국", opt=True), c("6개국", 6, "개국", opt=True),
        ch("지난해 말 168개국에서 6월 말 174개국으로 6개국 늘었다", before=168, after=174, delta=6, unit="개국"),
    ]),
    ("수출 기업 수도 늘었다. 상반기 농식품을 한 번 이상 수출한 기업은 4,812개사로 지난해 같은 기간보다 356개사 많았다. 이 가운데 중소기업 비중은 81.4%였다.", [
        p("상반기", *H1_2026), c("4,812개사", 4812, "개사", opt=True), *base("지난해 같은 기간", H1_2025), c("356개사", 356, "개사", opt=True),
        ch("4,812개사로 지난해 같은 기간보다 356개사 많았다", after=4812, delta=356, unit="개사"),
        ch("356개사 많았다", delta=356, unit="개사", opt=True), ch("4,812개사로", after=4812, unit="개사", opt=True), pc("81.4%", 81.4),
    ]),
    ("농식품부는 하반기 수출 지원에 520억원을 추가로 투입해 올해 연간 수출 목표인 140억 달러를 달성한다는 계획이다. 한국농수산식품유통공사(aT)와 함께 운영하는 해외 공동물류센터는 현재 23곳에서 2028년까지 30곳으로 늘린다.", [
        p("하반기", *H2_2026), m("520억원", 520 * EOK), ch("520억원을 추가로 투입", delta=520 * EOK, unit="KRW"),
        p("올해", *Y2026), p("연간", None, None, opt=True), p("연간", *Y2026, opt=True), USD("140억 달러", 140 * EOK),
        p("현재", None, None, opt=True), c("23곳", 23, "곳", opt=True), p("2028년까지", None, "2028"), c("30곳", 30, "곳", opt=True),
        ch("현재 23곳에서 2028년까지 30곳으로 늘린다", before=23, after=30, unit="곳"),
    ]),
    ("송민재 농식품부 식품산업정책관은 “수출 기업 상당수가 환율 변동을 가장 큰 위험으로 꼽았다”며 “오는 9월 수출 보험료 지원 한도를 기업당 3,000만원에서 5,000만원으로 높이겠다”고 말했다.", [
        p("오는 9월", "2026-09", "2026-09"), m("3,000만원", 3000 * MAN), m("5,000만원", 5000 * MAN),
        ch("기업당 3,000만원에서 5,000만원으로 높이겠다", before=3000 * MAN, after=5000 * MAN, unit="KRW"),
    ]),
]
ORG01 = [o("농림축산식품부", ["농식품부"]), o("농심"), o("삼양식품"), o("한국농수산식품유통공사", ["aT"])]


def page01(paras, title):
    ps = "\n".join(f"<p>{esc(t)}</p>" for t in paras)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 한빛일보</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="한빛일보">
<meta property="article:published_time" content="2026-07-15T11:20:00+09:00">
<meta property="article:modified_time" content="2026-07-16T08:05:00+09:00">
<meta property="article:section" content="경제">
<link rel="canonical" href="https://www.hanbitilbo.co.kr/economy/2026/07/15/HB7Q2KFOOD">
</head>
<body>
<div id="wrap">
<header class="gnb"><a class="logo" href="/">한빛일보</a>
<nav><ul><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>문화</li><li>오피니언</li><li>연재</li></ul></nav>
<div class="util"><a>로그인</a> <a>구독신청</a> <a>지면보기</a></div></header>
<div class="container">
<section class="article-wrap">
<div class="article-head">
<p class="section">경제 &gt; 산업</p>
<h1 class="headline">{esc(title)}</h1>
<div class="info"><span class="writer">세종=노은채 기자</span><span class="date">기사입력 2026-07-15 11:20</span><span class="date">최종수정 2026-07-16 08:05</span></div>
<div class="tools"><button>글자크기</button><button>인쇄</button><button>공유</button></div>
</div>
<div class="article-body" itemprop="articleBody">
<figure class="photo"><img src="https://img.hanbitilbo.co.kr/2026/07/15/kfood.jpg" alt=""><figcaption>지난 3월 미국 로스앤젤레스 한인마트의 라면 진열대. 한빛일보 자료사진</figcaption></figure>
{ps}
<p class="byline">노은채 기자 nec@hanbitilbo.co.kr</p>
</div>
<div class="copyright">ⓒ 한빛일보, 무단전재 및 재배포 금지</div>
<div class="related"><h3>관련 기사</h3><ul>
<li><a>라면 수출 5년 새 세 배…미국이 최대 시장</a></li>
<li><a>김 수출 1조원 시대…6월까지 5억 8,000만 달러</a></li></ul></div>
</section>
<aside class="right">
<div class="most"><h3>많이 본 뉴스</h3><ol>
<li>코스피 3,400선 회복…외국인 1조 2,000억원 순매수</li>
<li>7월 수출 12% 증가 전망…반도체 호조</li>
<li>배추 한 포기 6,800원…폭염에 채소값 들썩</li></ol></div>
</aside>
</div>
<footer><p>한빛일보 | 서울특별시 중구 세종대로 000 | 등록번호 서울 가00123 | 발행인 윤상호</p><p>Copyright © Hanbit Ilbo. All rights reserved.</p></footer>
</div>
</body>
</html>
"""


article(
    name="01_kfood_exports_meta_published_time_html", ext="html", published="2026-07-15",
    title="상반기 K-푸드 수출 68억 달러 '역대 최대'…라면이 1위",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["로그인", "구독신청", "노은채 기자", "기사입력", "최종수정", "한인마트", "한빛일보 자료사진", "nec@hanbitilbo.co.kr", "무단전재 및 재배포 금지",
               "관련 기사", "5년 새 세 배", "5억 8,000만 달러", "많이 본 뉴스", "코스피 3,400선", "1조 2,000억원 순매수", "7월 수출 12% 증가", "6,800원",
               "가00123", "Hanbit Ilbo"],
    notes=("A national-daily HTML page (한빛일보, invented): meta **article:published_time 2026-07-15T11:20:00+09:00** (modified the next day), "
           "visible '기사입력 2026-07-15 11:20 / 최종수정 2026-07-16 08:05', body = p of div.article-body, which also holds a photo figure "
           "with caption and the byline paragraph (furniture); related articles, 많이 본 뉴스, footer (figures). published: the published_time "
           "(= 기사입력). Conventions: 'A로 지난해 같은 기간보다 N% 늘었다' two gold changes {after, unit} and {delta, %}; a level 'A로 가장 많았다' "
           "no change (optional); '지난해 상반기 A에서 B로 C 늘었다' gold endpoint change; country amounts in brackets gold money; '1년 전보다 "
           "15.2% 늘어' (no level) a gold %-change; '168개국에서 174개국으로 6개국' gold count change (counts optional); '4,812개사로 … 356개사 "
           "많았다' gold {after, delta, 개사} (counts optional); '520억원을 추가로 투입' gold delta (blind10 '추가로 확보'); '현재 23곳에서 2028년까지 "
           "30곳으로' gold count change; '지난해 말' / '6월 말' gold months; bases '지난해 같은 기간', '1년 전' optional. Organisations: "
           "농림축산식품부 (이하 농식품부), 농심, 삼양식품, 한국농수산식품유통공사 (aT)."),
)

# ---------------------------------------------------------------------------
# 02 월세 비중, national daily HTML with only a visible '입력 2026.09.08 06:00' row, 2026-09-08
# ---------------------------------------------------------------------------
A02 = [
    ("서울 아파트 월세 평균 142만원…1년 새 9만원 올라", [
        m("142만원", 142 * MAN), p("1년 새", None, None, opt=True), p("1년 새", "2025-07", "2026-07", opt=True), m("9만원", 9 * MAN),
        ch("142만원…1년 새 9만원 올라", after=142 * MAN, delta=9 * MAN, unit="KRW"),
        ch("9만원 올라", delta=9 * MAN, unit="KRW", opt=True), ch("142만원", after=142 * MAN, unit="KRW", opt=True),
    ]),
    ("국토교통부(국토부)가 7일 발표한 ‘7월 전월세 거래 동향’에 따르면 지난 7월 전국 주택 전월세 거래 21만 4,300건 가운데 월세 거래는 13만 2,400건으로 61.8%를 차지했다.", [
        p("7일", "2026-09-07", "2026-09-07"), p("7월", "2026-07", "2026-07"), p("지난 7월", "2026-07", "2026-07"),
        c("21만 4,300건", 21 * MAN + 4300, "건"), c("13만 2,400건", 13 * MAN + 2400, "건"), pc("61.8%", 61.8),
    ]),
    ("월세 비중은 1년 전(57.3%)보다 4.5%포인트 높아졌다. 올해 1~7월 누적 월세 비중도 60.2%로 지난해 같은 기간(56.9%)보다 3.3%포인트 올랐다.", [
        *base("1년 전", ("2025-07", "2025-07"), Y2025), pc("57.3%", 57.3), pc("4.5%포인트", 4.5),
        ch("1년 전(57.3%)보다 4.5%포인트 높아졌다", before=57.3, delta=4.5),
        ch("4.5%포인트 높아졌다", delta=4.5, unit="%p", opt=True), ch("1년 전(57.3%)보다 4.5%포인트 높아졌다", before=57.3, after=61.8, delta=4.5, opt=True),
        p("올해 1~7월", "2026-01", "2026-07"), pc("60.2%", 60.2), *base("지난해 같은 기간", ("2025-01", "2025-07")), pc("56.9%", 56.9), pc("3.3%포인트", 3.3),
        ch("60.2%로 지난해 같은 기간(56.9%)보다 3.3%포인트 올랐다", before=56.9, after=60.2, delta=3.3),
    ]),
    ("서울 아파트 월세 평균 가격은 142만원으로 지난해 7월(133만원)보다 9만원 올랐다. 보증금 1억원 이상 고액 월세 거래도 4,120건으로 1년 새 18.5% 늘었다.", [
        m("142만원", 142 * MAN), p("지난해 7월", "2025-07", "2025-07"), m("133만원", 133 * MAN), m("9만원", 9 * MAN),
        ch("142만원으로 지난해 7월(133만원)보다 9만원 올랐다", before=133 * MAN, after=142 * MAN, delta=9 * MAN, unit="KRW"),
        m("1억원 이상", 1 * EOK, q="at_least"), c("4,120건", 4120, "건", opt=True), p("1년 새", None, None, opt=True), p("1년 새", "2025-07", "2026-07", opt=True),
        pc("18.5%", 18.5), ch("4,120건으로", after=4120, unit="건"), ch("1년 새 18.5% 늘었다", delta=18.5, unit="%"),
    ]),
    ("전세 거래는 8만 1,900건으로 38.2%에 그쳤다. 전세사기 여파로 빌라(연립·다세대) 전세 비중은 2023년 44.7%에서 올해 7월 23.6%로 21.1%포인트 떨어졌다.", [
        c("8만 1,900건", 8 * MAN + 1900, "건"), pc("38.2%", 38.2),
        p("2023년", "2023", "2023"), pc("44.7%", 44.7), p("올해 7월", "2026-07", "2026-07"), pc("23.6%", 23.6), pc("21.1%포인트", 21.1),
        ch("2023년 44.7%에서 올해 7월 23.6%로 21.1%포인트 떨어졌다", before=44.7, after=23.6, delta=-21.1),
    ]),
    ("한국부동산원(이하 부동산원)은 하반기에도 월세화가 이어질 것으로 내다봤다. 김도윤 부동산원 시장분석팀장은 “금리 인하가 늦어지면 임대인의 월세 선호가 더 뚜렷해질 것”이라고 말했다. 정부는 오는 10월부터 월세 세액공제 대상을 총급여 8,000만원 이하에서 1억원 이하로 넓힌다.", [
        p("하반기", *H2_2026), p("오는 10월부터", "2026-10", None), m("8,000만원 이하", 8000 * MAN, q="at_most"), m("1억원 이하", 1 * EOK, q="at_most"),
        ch("8,000만원 이하에서 1억원 이하로 넓힌다", before=8000 * MAN, after=1 * EOK, unit="KRW"),
    ]),
]
ORG02 = [o("국토교통부", ["국토부"]), o("한국부동산원", ["부동산원"]), o("정부", opt=True)]


def page02(paras, title):
    deck = esc(paras[0])
    ps = "\n".join(f"<p>{esc(t)}</p>" for t in paras[1:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | 새한신문</title>
<meta name="description" content="{esc(paras[1][:60])}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:image" content="https://img.saehan.co.kr/2026/09/rent_0908.jpg">
</head>
<body>
<div class="top-bar"><span class="today">2026년 9월 8일 화요일</span> <span class="weather">서울 27℃</span> <a>로그인</a> <a>회원가입</a></div>
<header><h2 class="logo">새한신문</h2><ul class="menu"><li>종합</li><li>경제</li><li>부동산</li><li>금융</li><li>산업</li><li>사람들</li></ul></header>
<main id="content">
<div class="news-header">
<div class="breadcrumb">홈 &gt; 부동산 &gt; 정책</div>
<h1 class="title">{esc(title)}</h1>
<h2 class="sub_title">{deck}</h2>
<ul class="meta"><li class="name">권태오 기자</li><li class="time">입력 2026.09.08 06:00</li><li class="time">수정 2026.09.08 09:12</li><li class="hit">조회 4,512</li></ul>
</div>
<div id="news-body" class="news-body">
{ps}
<div class="img-box"><img src="https://img.saehan.co.kr/2026/09/rent_0908.jpg"><p class="caption">서울 시내 한 부동산 중개업소에 붙은 월세 매물 안내문. 새한신문DB</p></div>
</div>
<div class="reporter-box">권태오 기자 taeo@saehan.co.kr <a>기자의 다른 기사 보기</a></div>
<p class="copy">저작권자 © 새한신문 무단전재 및 재배포 금지</p>
<section class="recommend"><h3>이 기사와 함께 많이 본 기사</h3><ul>
<li>서울 전셋값 62주 연속 상승…마포구 0.4% 올라</li><li>청약통장 가입자 2,600만 명 아래로</li></ul></section>
</main>
<footer>새한신문 · 서울시 마포구 · 대표전화 02-000-1234 · 청소년보호책임자 한수정</footer>
</body>
</html>
"""


article(
    name="02_monthly_rent_share_visible_input_row_html", ext="html", published="2026-09-08",
    title="전월세 거래 10건 중 6건은 월세…7월 비중 61.8%",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["2026년 9월 8일 화요일", "서울 27℃", "회원가입", "권태오 기자", "조회 4,512", "부동산 중개업소", "새한신문DB", "taeo@saehan.co.kr",
               "기자의 다른 기사 보기", "무단전재 및 재배포 금지", "함께 많이 본 기사", "62주 연속", "마포구 0.4%", "2,600만 명", "02-000-1234", "청소년보호책임자"],
    notes=("A national-daily HTML page (새한신문, invented) with no meta date: top bar with today's date and weather, h1.title, **h2.sub_title "
           "deck (body)**, ul.meta with **'입력 2026.09.08 06:00' / '수정 2026.09.08 09:12'**, body = p of div#news-body, which also holds an "
           "img-box caption (furniture); reporter box, copyright, recommended articles (figures), footer. published: the 입력 row. Conventions: "
           "deck '142만원…1년 새 9만원 올라' gold {after, delta, KRW}; '‘7월 전월세 거래 동향’' month-named report: gold 2026-07; '1년 전(57.3%)보다 "
           "4.5%포인트 높아졌다' gold %-level change {before, delta} (no unit; the level 61.8% is in the previous sentence, so the full "
           "{before, after, delta} reading and the bare %p move are optional); '60.2%로 … (56.9%)보다 3.3%포인트' and '44.7%에서 … 23.6%로 "
           "21.1%포인트' gold {before, after, delta} without unit; '142만원으로 지난해 7월(133만원)보다 9만원 올랐다' gold endpoint change; "
           "'4,120건으로 1년 새 18.5% 늘었다' two gold changes (count optional); '보증금 1억원 이상' at_least money; '8,000만원 이하에서 1억원 이하로' "
           "at_most money and a gold change; '1년 새', '1년 전', '지난해 같은 기간' optional. Organisations: 국토교통부 (국토부), 한국부동산원 "
           "(이하 부동산원); 정부 optional."),
)

# ---------------------------------------------------------------------------
# 03 에너지바우처, ministry 보도자료 plain text (□/○, '- ' deck, 담당 부서 block at the end), 2026-05-20
# ---------------------------------------------------------------------------
SUMMER = [("2026-06", "2026-08"), ("2026-07", "2026-09"), ("2026-06", "2026-09")]
A03 = [
    ("- 올해 지원 대상 136만 가구로 8만 가구 늘려…예산 4,890억원 편성", [
        p("올해", *Y2026), c("136만 가구", 136 * MAN, "가구", opt=True), c("8만 가구", 8 * MAN, "가구", opt=True),
        ch("136만 가구로 8만 가구 늘려", after=136 * MAN, delta=8 * MAN, unit="가구"), m("4,890억원", 4890 * EOK),
    ]),
    ("- 하절기 바우처 신청 오는 6월 1일부터…등유·LPG 사용 가구 지원 단가 1.4배로", [
        *season("하절기", *SUMMER), p("오는 6월 1일부터", "2026-06-01", None), *mult("1.4배", 1.4),
    ]),
    ("□ 기후에너지환경부(이하 기후부)는 저소득층의 냉난방비 부담을 덜기 위해 올해 에너지바우처 지원 단가를 가구당 평균 31만 5,000원에서 36만 7,000원으로 5만 2,000원 올린다고 20일 밝혔다.", [
        p("올해", *Y2026), m("31만 5,000원", 31 * MAN + 5000), m("36만 7,000원", 36 * MAN + 7000), m("5만 2,000원", 5 * MAN + 2000),
        ch("31만 5,000원에서 36만 7,000원으로 5만 2,000원 올린다", before=31 * MAN + 5000, after=36 * MAN + 7000, delta=5 * MAN + 2000, unit="KRW"),
        p("20일", "2026-05-20", "2026-05-20"),
    ]),
    ("○ 지원 대상은 지난해 128만 가구에서 올해 136만 가구로 8만 가구 늘어나며, 관련 예산은 4,890억원으로 지난해(4,120억원)보다 18.7% 증가했다.", [
        p("지난해", *Y2025), c("128만 가구", 128 * MAN, "가구", opt=True), p("올해", *Y2026), c("136만 가구", 136 * MAN, "가구", opt=True),
        c("8만 가구", 8 * MAN, "가구", opt=True),
        ch("지난해 128만 가구에서 올해 136만 가구로 8만 가구 늘어나며", before=128 * MAN, after=136 * MAN, delta=8 * MAN, unit="가구"),
        m("4,890억원", 4890 * EOK), p("지난해", *Y2025), m("4,120억원", 4120 * EOK), pc("18.7%", 18.7),
        ch("4,890억원으로 지난해(4,120억원)보다 18.7% 증가했다", before=4120 * EOK, after=4890 * EOK, unit="KRW"),
        ch("18.7% 증가했다", delta=18.7, unit="%", opt=True),
    ]),
    ("○ 가구원 수별 지원 단가는 1인 가구 25만 1,000원, 2인 가구 34만 8,000원, 3인 가구 45만 2,000원, 4인 이상 가구 58만 3,000원이다.", [
        c("1인", 1, "인", opt=True), c("1인 가구", 1, "가구", opt=True), m("25만 1,000원", 25 * MAN + 1000),
        c("2인", 2, "인", opt=True), c("2인 가구", 2, "가구", opt=True), m("34만 8,000원", 34 * MAN + 8000),
        c("3인", 3, "인", opt=True), c("3인 가구", 3, "가구", opt=True), m("45만 2,000원", 45 * MAN + 2000),
        c("4인", 4, "인", opt=True), c("4인 이상 가구", 4, "가구", opt=True), m("58만 3,000원", 58 * MAN + 3000),
    ]),
    ("○ 특히 등유·LPG를 쓰는 가구의 지원 단가는 기존의 1.4배인 최대 70만원으로 높아진다. 기초생활보장 수급 가구 가운데 노인·장애인·영유아 등이 포함된 가구가 대상이다.", [
        *mult("1.4배", 1.4), m("최대 70만원", 70 * MAN, q="at_most"), ch("최대 70만원으로 높아진다", after=70 * MAN, unit="KRW"),
    ]),
    ("□ 하절기 바우처는 오는 6월 1일부터 7월 31일까지 신청할 수 있으며, 사용 기간은 7월 1일부터 9월 30일까지다. 기후부는 올해 바우처 신청률을 지난해 78.4%에서 85%로 높이는 것을 목표로 하고 있다.", [
        *season("하절기", *SUMMER), p("오는 6월 1일부터 7월 31일까지", "2026-06-01", "2026-07-31"),
        p("오는 6월 1일부터", "2026-06-01", None, opt=True), p("오는 6월 1일", "2026-06-01", "2026-06-01", opt=True), p("7월 31일까지", None, "2026-07-31", opt=True),
        p("7월 1일부터 9월 30일까지", "2026-07-01", "2026-09-30"), p("7월 1일부터", "2026-07-01", None, opt=True),
        p("7월 1일", "2026-07-01", "2026-07-01", opt=True), p("9월 30일까지", None, "2026-09-30", opt=True),
        p("올해", *Y2026), p("지난해", *Y2025), pc("78.4%", 78.4), pc("85%", 85), ch("지난해 78.4%에서 85%로 높이는", before=78.4, after=85),
    ]),
    ("○ 지난해 쓰이지 않은 바우처 잔액은 312억원으로 전체 예산의 7.6%에 달했다. 기후부는 한국에너지공단(이하 에너지공단)과 함께 내년부터 하절기 미사용 잔액을 동절기로 자동 이월하는 방안을 추진한다.", [
        p("지난해", *Y2025), m("312억원", 312 * EOK), pc("7.6%", 7.6), p("내년부터", "2027", None),
        *season("하절기", *SUMMER), *season("동절기", ("2026-10", "2027-04"), ("2026-12", "2027-02"), ("2026-11", "2027-03")),
    ]),
    ("○ 신청은 전국 행정복지센터 3,560곳과 에너지바우처 누리집에서 할 수 있다.", [
        c("3,560곳", 3560, "곳"),
    ]),
]
ORG03 = [o("기후에너지환경부", ["기후부"]), o("한국에너지공단", ["에너지공단"]), o("행정복지센터", opt=True)]


def page03(paras, title):
    head = """국민과 함께 여는 탄소중립 대한민국

기후에너지환경부                                  보  도  자  료
배포일시 : 2026. 5. 20.(수) 11:00        보도일시 : 배포 즉시
                                                   총 3쪽 (붙임 없음)

"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    tail = """

< 끝 >

담당 부서  에너지정책실 에너지복지과
책임자     과  장  문혜린 (044-201-5291)
담당자     사무관  채준기 (044-201-5294)
           주무관  엄지수 (044-201-5297)
협조 부서  한국에너지공단 에너지바우처센터   팀장 염동호 (052-920-0671)

이 자료에 대해 더 자세한 내용을 원하시면 위 담당자에게 연락 주시기 바랍니다.
에너지바우처 콜센터 1600-3190 (평일 09:00~18:00)
"""
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="03_energy_voucher_ministry_release_dept_block", ext="txt", published="2026-05-20",
    title="에너지바우처 가구당 평균 36만 7,000원으로 인상…등유 가구 최대 70만원",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["국민과 함께 여는 탄소중립 대한민국", "보  도  자  료", "배포일시", "보도일시 : 배포 즉시", "총 3쪽", "< 끝 >", "담당 부서", "에너지복지과",
               "문혜린", "044-201-5291", "채준기", "044-201-5294", "엄지수", "협조 부서", "염동호", "052-920-0671", "위 담당자에게",
               "1600-3190", "평일 09:00~18:00"],
    notes=("A ministry 보도자료 as plain text (기후에너지환경부): slogan, header with **'배포일시 : 2026. 5. 20.(수) 11:00   보도일시 : 배포 즉시'**, "
           "page count, title, two '- ' deck lines, □/○ paragraphs, '< 끝 >' and the **담당 부서 block at the end** (책임자/담당자/협조 부서 with "
           "phones), call-centre line — furniture. published: the 배포일시 (= '20일 밝혔다'). Title not scored; the '- ' deck lines are body. "
           "Conventions: '136만 가구로 8만 가구 늘려' gold {after, delta, 가구} (counts optional); '31만 5,000원에서 36만 7,000원으로 5만 2,000원' "
           "gold endpoint change; '4,890억원으로 지난해(4,120억원)보다 18.7% 증가' endpoint change gold, its %-change optional; household "
           "sizes '1인 가구' optional counts; '1.4배' no gold figure; '최대 70만원으로 높아진다' at_most money and a gold after-change; '오는 6월 1일부터 "
           "7월 31일까지' and '7월 1일부터 9월 30일까지' one period each (parts optional); '78.4%에서 85%로' gold %-level change (no unit, no "
           "delta written); seasons '하절기', '동절기' optional; '내년부터' open-ended 2027. Organisations: 기후에너지환경부 (이하 기후부), "
           "한국에너지공단 (이하 에너지공단); 행정복지센터 optional."),
)

# ---------------------------------------------------------------------------
# 04 창원시 노인일자리, local-government news HTML (시정소식 board view), 2026-02-10
# ---------------------------------------------------------------------------
A04 = [
    ("창원특례시(이하 창원시)는 올해 노인일자리 및 사회활동 지원사업에 국비와 도비를 포함해 총 912억원을 투입해 일자리 2만 1,400개를 제공한다고 10일 밝혔다.", [
        p("올해", *Y2026), m("912억원", 912 * EOK), c("2만 1,400개", 2 * MAN + 1400, "개"), p("10일", "2026-02-10", "2026-02-10"),
    ]),
    ("이는 지난해 1만 9,650개보다 1,750개 늘어난 2만 1,400개로 역대 최대 규모다. 사업비도 지난해 826억원에서 912억원으로 86억원 늘었다.", [
        p("지난해", *Y2025), c("1만 9,650개", 1 * MAN + 9650, "개", opt=True), c("1,750개", 1750, "개", opt=True), c("2만 1,400개", 2 * MAN + 1400, "개", opt=True),
        ch("지난해 1만 9,650개보다 1,750개 늘어난 2만 1,400개", before=1 * MAN + 9650, after=2 * MAN + 1400, delta=1750, unit="개"),
        p("지난해", *Y2025), m("826억원", 826 * EOK), m("912억원", 912 * EOK), m("86억원", 86 * EOK),
        ch("지난해 826억원에서 912억원으로 86억원 늘었다", before=826 * EOK, after=912 * EOK, delta=86 * EOK, unit="KRW"),
    ]),
    ("유형별로는 공익활동형이 1만 4,300개로 가장 많고, 사회서비스형 3,900개, 시장형 2,600개, 취업알선형 600개다.", [
        c("1만 4,300개", 1 * MAN + 4300, "개"), c("3,900개", 3900, "개"), c("2,600개", 2600, "개"), c("600개", 600, "개"),
        ch("1만 4,300개로 가장 많고", after=1 * MAN + 4300, unit="개", opt=True),
    ]),
    ("공익활동형 참여자의 활동비는 월 29만원에서 30만원으로 1만원 올랐고, 사회서비스형 참여자는 월 최대 76만 1,000원을 받는다. 참여 신청에는 지난달 5일부터 23일까지 3만 2,115명이 몰려 경쟁률 1.5대 1을 기록했다.", [
        m("29만원", 29 * MAN), m("30만원", 30 * MAN), m("1만원", 1 * MAN),
        ch("월 29만원에서 30만원으로 1만원 올랐고", before=29 * MAN, after=30 * MAN, delta=1 * MAN, unit="KRW"),
        m("최대 76만 1,000원", 76 * MAN + 1000, q="at_most"),
        p("지난달 5일부터 23일까지", "2026-01-05", "2026-01-23"), p("지난달 5일부터", "2026-01-05", None, opt=True),
        p("지난달 5일", "2026-01-05", "2026-01-05", opt=True), p("23일까지", None, "2026-01-23", opt=True),
        c("3만 2,115명", 3 * MAN + 2115, "명"), c("1.5대", 1.5, "대", opt=True), c("1.5대 1", 1.5, "대", opt=True),
    ]),
    ("창원시는 지난해 말 기준 65세 이상 인구가 20만 8,000명으로 전체 인구의 20.6%를 차지해 초고령사회에 진입했다. 시는 한국노인인력개발원과 함께 2030년까지 노인일자리를 3만 개로 늘릴 계획이다.", [
        p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True), AGE("65세", 65),
        c("20만 8,000명", 20 * MAN + 8000, "명"), pc("20.6%", 20.6),
        p("2030년까지", None, "2030"), c("3만 개", 3 * MAN, "개", opt=True), ch("2030년까지 노인일자리를 3만 개로 늘릴", after=3 * MAN, unit="개"),
    ]),
    ("정미숙 창원시 노인장애인과장은 “참여 대기자가 1만 명을 넘는 만큼 상반기 중 추가 예산 확보에 나서겠다”고 말했다.", [
        c("1만 명을 넘는", 1 * MAN, "명", q="at_least"), ch("1만 명을 넘는", after=1 * MAN, unit="명", opt=True), p("상반기", *H1_2026),
    ]),
]
ORG04 = [o("창원특례시", ["창원시"]), o("한국노인인력개발원"), o("노인장애인과", opt=True), o("창원시 노인장애인과", opt=True)]


def page04(paras, title):
    ps = "\n".join(f"<p>{esc(t)}</p>" for t in paras)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>보도자료 상세 - 시정소식 | 창원특례시</title>
<link rel="stylesheet" href="/depart/css/sub.css">
</head>
<body>
<div id="skip"><a href="#container">본문 바로가기</a></div>
<div id="header">
  <div class="top_link"><a>누리집 안내</a> <a>영문</a> <a>중문</a> <a>로그인</a></div>
  <h1 class="logo"><a href="/">창원특례시</a></h1>
  <ul id="gnb"><li>분야별정보</li><li>시정소식</li><li>참여소통</li><li>정보공개</li><li>창원소개</li></ul>
</div>
<div id="container">
  <div class="lnb"><h2>시정소식</h2><ul><li class="on">보도자료</li><li>시정뉴스</li><li>고시공고</li><li>입법예고</li><li>카드뉴스</li></ul></div>
  <div id="contents">
    <div class="location">홈 &gt; 시정소식 &gt; 보도자료</div>
    <h3 class="sub_title">보도자료</h3>
    <div class="board_view">
      <table class="bbs_view">
        <caption>보도자료 상세보기 - 제목, 작성자, 작성일, 조회수, 첨부파일, 내용</caption>
        <tr><th scope="row">제목</th><td colspan="3" class="subject">{esc(title)}</td></tr>
        <tr><th scope="row">작성자</th><td>공보관</td><th scope="row">작성일</th><td>2026-02-10</td></tr>
        <tr><th scope="row">담당부서</th><td>노인장애인과 (055-225-3712)</td><th scope="row">조회수</th><td>1,284</td></tr>
        <tr><th scope="row">첨부파일</th><td colspan="3"><a>2026년 노인일자리 유형별 현황.hwp (48KB)</a> <a>사진1_노인일자리 발대식.jpg</a></td></tr>
      </table>
      <div class="view_cont">
{ps}
<p class="photo_txt">▲ 지난해 12월 열린 노인일자리 사업 평가회에서 참여자 대표 120명이 기념촬영을 하고 있다.</p>
      </div>
      <div class="satisfaction">이 페이지에서 제공하는 정보에 만족하십니까? <label>매우만족</label> <label>만족</label> <label>보통</label> <label>불만족</label></div>
      <ul class="prev_next">
        <li><span>이전글</span> <a>창원시, 설 명절 전통시장 장보기 행사…온누리상품권 10% 환급</a> 2026-02-09</li>
        <li><span>다음글</span> <a>창원시, 청년 월세 지원 2,400명 모집…월 최대 20만원</a> 2026-02-11</li>
      </ul>
      <div class="btn_area"><a class="btn_list">목록</a></div>
    </div>
  </div>
</div>
<div id="footer">
  <p class="addr">(51495) 경상남도 창원시 의창구 중앙대로 151 창원특례시청 | 대표전화 055-225-2114</p>
  <p class="copy">COPYRIGHT © CHANGWON SPECIAL CITY. ALL RIGHTS RESERVED.</p>
</div>
</body>
</html>
"""


article(
    name="04_changwon_senior_jobs_city_board_view_html", ext="html", published="2026-02-10",
    title="창원시, 올해 노인일자리 2만 1,400개 제공…역대 최대",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["본문 바로가기", "누리집 안내", "분야별정보", "입법예고", "보도자료 상세보기", "작성자", "공보관", "055-225-3712", "조회수", "1,284",
               "유형별 현황.hwp", "발대식", "평가회", "참여자 대표 120명", "만족하십니까", "이전글", "10% 환급", "다음글", "2,400명 모집", "월 최대 20만원",
               "055-225-2114", "CHANGWON SPECIAL CITY"],
    notes=("A local-government news page (창원특례시 누리집 시정소식 > 보도자료 board view, HTML): skip link, top links, gnb, lnb, location, "
           "**table.bbs_view with 제목, 작성자 공보관, 작성일 2026-02-10, 담당부서 with phone, 조회수, 첨부파일** (a file name with '2026년'), body = "
           "p of div.view_cont, which also holds a '▲' photo caption (furniture, figures); satisfaction survey, prev/next posts (figures, dates), "
           "footer with address. published: 작성일 (= '10일 밝혔다'). Title not scored. Conventions: '지난해 1만 9,650개보다 1,750개 늘어난 2만 "
           "1,400개' gold endpoint change (counts optional); '826억원에서 912억원으로 86억원' gold; type counts '1만 4,300개' … gold counts "
           "(the level 'A로 가장 많고' no change, optional); '월 최대 76만 1,000원' at_most money; '지난달 5일부터 23일까지' one period (parts "
           "optional); '경쟁률 1.5대 1' a ratio (optional); '지난해 말 기준' gold 2025-12; '65세' age optional; '2030년까지 … 3만 개로 늘릴' gold "
           "after-change (count optional); '1만 명을 넘는' at_least count; '상반기 중' gold. Organisations: 창원특례시 (이하 창원시), "
           "한국노인인력개발원; the department optional."),
)

# ---------------------------------------------------------------------------
# 05 4월 경상수지, portal plain-text dump (weather widget, menus, 많이 본 뉴스), 2026-06-05
# ---------------------------------------------------------------------------
APR2026 = ("2026-04", "2026-04")
A05 = [
    ("우리나라 경상수지가 4월 58억 2,000만 달러 흑자를 기록하며 12개월 연속 흑자 행진을 이어갔다. 다만 흑자 규모는 1년 전(71억 5,000만 달러)보다 13억 3,000만 달러 줄었다.", [
        p("4월", *APR2026), USD("58억 2,000만 달러", 58 * EOK + 2000 * MAN), p("12개월 연속", None, None, opt=True), c("12개월", 12, "개월", opt=True),
        *base("1년 전", ("2025-04", "2025-04"), Y2025), USD("71억 5,000만 달러", 71 * EOK + 5000 * MAN), USD("13억 3,000만 달러", 13 * EOK + 3000 * MAN),
        ch("58억 2,000만 달러 ... 1년 전(71억 5,000만 달러)보다 13억 3,000만 달러 줄었다", before=71 * EOK + 5000 * MAN, after=58 * EOK + 2000 * MAN, delta=-(13 * EOK + 3000 * MAN), unit="USD"),
        ch("1년 전(71억 5,000만 달러)보다 13억 3,000만 달러 줄었다", before=71 * EOK + 5000 * MAN, delta=-(13 * EOK + 3000 * MAN), unit="USD", opt=True),
        ch("13억 3,000만 달러 줄었다", delta=-(13 * EOK + 3000 * MAN), unit="USD", opt=True),
    ]),
    ("한국은행(한은)이 5일 발표한 ‘2026년 4월 국제수지(잠정)’에 따르면 상품수지는 72억 4,000만 달러 흑자로 집계됐다. 수출은 612억 3,000만 달러로 1년 전보다 8.1% 늘었고, 수입은 539억 9,000만 달러로 2.4% 증가했다.", [
        p("5일", "2026-06-05", "2026-06-05"), p("2026년 4월", *APR2026), USD("72억 4,000만 달러", 72 * EOK + 4000 * MAN),
        USD("612억 3,000만 달러", 612 * EOK + 3000 * MAN), *base("1년 전", ("2025-04", "2025-04"), Y2025), pc("8.1%", 8.1),
        ch("612억 3,000만 달러로", after=612 * EOK + 3000 * MAN, unit="USD"), ch("1년 전보다 8.1% 늘었고", delta=8.1, unit="%"),
        USD("539억 9,000만 달러", 539 * EOK + 9000 * MAN), pc("2.4%", 2.4),
        ch("539억 9,000만 달러로", after=539 * EOK + 9000 * MAN, unit="USD"), ch("2.4% 증가했다", delta=2.4, unit="%"),
    ]),
    ("서비스수지는 23억 1,000만 달러 적자로 전월(18억 6,000만 달러 적자)보다 적자 폭이 커졌다. 여행수지 적자가 11억 2,000만 달러에 달했다.", [
        USD("23억 1,000만 달러", 23 * EOK + 1000 * MAN), *base("전월", ("2026-03", "2026-03")), USD("18억 6,000만 달러", 18 * EOK + 6000 * MAN),
        ch("23억 1,000만 달러 적자로 전월(18억 6,000만 달러 적자)보다 적자 폭이 커졌다", before=18 * EOK + 6000 * MAN, after=23 * EOK + 1000 * MAN, unit="USD"),
        USD("11억 2,000만 달러", 11 * EOK + 2000 * MAN),
    ]),
    ("배당 등 본원소득수지는 4월 계절적 배당 지급 영향으로 9억 8,000만 달러 흑자에 그쳤고, 이전소득수지는 9,000만 달러 적자였다. 1~4월 누적 경상수지 흑자는 262억 7,000만 달러로 지난해 같은 기간(254억 1,000만 달러)보다 8억 6,000만 달러 많았다.", [
        p("4월", *APR2026), USD("9억 8,000만 달러", 9 * EOK + 8000 * MAN), USD("9,000만 달러", 9000 * MAN),
        p("1~4월", "2026-01", "2026-04"), USD("262억 7,000만 달러", 262 * EOK + 7000 * MAN), *base("지난해 같은 기간", ("2025-01", "2025-04")),
        USD("254억 1,000만 달러", 254 * EOK + 1000 * MAN), USD("8억 6,000만 달러", 8 * EOK + 6000 * MAN),
        ch("262억 7,000만 달러로 지난해 같은 기간(254억 1,000만 달러)보다 8억 6,000만 달러 많았다", before=254 * EOK + 1000 * MAN, after=262 * EOK + 7000 * MAN, delta=8 * EOK + 6000 * MAN, unit="USD"),
    ]),
    ("금융계정 순자산은 52억 4,000만 달러 늘었다. 내국인의 해외 증권투자가 68억 달러 증가한 반면 외국인의 국내 증권투자는 14억 7,000만 달러 감소했다.", [
        USD("52억 4,000만 달러", 52 * EOK + 4000 * MAN), ch("52억 4,000만 달러 늘었다", delta=52 * EOK + 4000 * MAN, unit="USD"),
        USD("68억 달러", 68 * EOK), ch("68억 달러 증가한", delta=68 * EOK, unit="USD"),
        USD("14억 7,000만 달러", 14 * EOK + 7000 * MAN), ch("14억 7,000만 달러 감소했다", delta=-(14 * EOK + 7000 * MAN), unit="USD"),
    ]),
    ("한은은 올해 연간 경상수지 흑자가 900억 달러 안팎으로 지난해(990억 달러)를 밑돌 것으로 전망했다. 이재훈 한은 금융통계부장은 “반도체 수출 호조가 하반기에도 이어질 것”이라며 “중동 정세에 따른 유가 변동이 변수”라고 말했다.", [
        p("올해", *Y2026), p("연간", None, None, opt=True), p("연간", *Y2026, opt=True), USD("900억 달러 안팎", 900 * EOK, q="approx"),
        p("지난해", *Y2025), USD("990억 달러", 990 * EOK),
        ch("900억 달러 안팎으로 지난해(990억 달러)를 밑돌", before=990 * EOK, after=900 * EOK, unit="USD", opt=True),
        p("하반기", *H2_2026),
    ]),
]
ORG05 = [o("한국은행", ["한은"]), o("금융통계부", opt=True), o("한은 금융통계부", opt=True)]


def page05(paras, title):
    head = """한울  뉴스 | 증권 | 부동산 | 쇼핑 | 메일 | 카페 | 블로그          로그인
───────────────────────────────────────────
☀ 서울 24.1℃  맑음  미세먼지 좋음  초미세먼지 보통   어제보다 1.3℃ 높아요
홈   정치   경제   사회   생활/문화   IT/과학   세계   랭킹   연예   스포츠
경제 > 금융·증권

새한경제 | 다른 기사 보기

""" + title + """

송채윤 기자
입력 2026.06.05. 오전 8:12   수정 2026.06.05. 오전 10:03
기사원문   공감 27   댓글 5
요약봇   글자크기   공유   인쇄

"""
    body = ("\n\n".join(paras[:2])
            + "\n\n[그래픽] 월별 경상수지 추이 (단위: 억 달러)  2025.4 71.5 | 2025.12 103.2 | 2026.3 66.9 | 2026.4 58.2\n\n"
            + "\n\n".join(paras[2:]))
    tail = """

송채윤 기자 chae@saehaneco.co.kr
Copyright ⓒ 새한경제. All rights reserved. 무단 전재 및 재배포 금지.

새한경제 주요 뉴스 | 해당 언론사에서 선정하며 언론사 페이지로 이동해 볼 수 있습니다.
· 5월 수출 7.4% 늘어 8개월째 증가
· 원·달러 환율 1,362원 마감…3주 만에 최저

많이 본 뉴스  경제  |  오전 10시 기준
1  "월급 빼고 다 올랐다"…5월 소비자물가 2.6% 상승
2  국민연금 수익률 1분기 4.8%…기금 1,280조원 넘어
3  삼성전자 HBM4 양산…엔비디아 공급 임박
4  서울 아파트값 23주째 상승

댓글 5   내 댓글   새로고침
이용약관 | 개인정보처리방침 | 뉴스 고객센터 | 한울 Corp.
"""
    return head + body + tail


article(
    name="05_current_account_april_portal_weather_widget_dump", ext="txt", published="2026-06-05",
    title="4월 경상수지 58억 달러 흑자…12개월 연속 흑자에도 폭은 줄어",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["로그인", "서울 24.1℃", "미세먼지 좋음", "어제보다 1.3℃", "다른 기사 보기", "송채윤 기자", "기사원문", "공감 27", "요약봇", "[그래픽]",
               "103.2", "66.9", "chae@saehaneco.co.kr", "무단 전재 및 재배포 금지", "주요 뉴스", "5월 수출 7.4%", "1,362원", "많이 본 뉴스",
               "오전 10시 기준", "2.6% 상승", "1,280조원", "HBM4", "23주째", "이용약관", "한울 Corp."],
    notes=("A portal plain-text dump (한울 portal, article of 새한경제, both invented): service bar, **weather widget ('☀ 서울 24.1℃ 맑음 미세먼지 "
           "좋음 … 어제보다 1.3℃ 높아요')**, section menu, press name, title, reporter, **'입력 2026.06.05. 오전 8:12   수정 2026.06.05. 오전 10:03'**, "
           "tool rows, body with a '[그래픽]' line of monthly figures between paragraphs (furniture), e-mail, copyright, 주요 뉴스, **'많이 본 뉴스 … "
           "오전 10시 기준'** (figures), comments and portal footer. published: the 입력 stamp. Conventions: '58억 2,000만 달러 흑자 … 1년 전(71억 "
           "5,000만 달러)보다 13억 3,000만 달러 줄었다' one gold change across two sentences {before, after, delta} (the {before, delta} and "
           "{delta} readings optional); 'A로 1년 전보다 N% 늘었고' two gold changes; '23억 1,000만 달러 적자로 전월(18억 6,000만 달러 적자)보다 "
           "적자 폭이 커졌다' gold endpoint change; '262억 7,000만 달러로 … (254억 1,000만 달러)보다 8억 6,000만 달러 많았다' gold; flows "
           "'52억 4,000만 달러 늘었다', '68억 달러 증가', '14억 7,000만 달러 감소' gold delta changes; '900억 달러 안팎' approx money, its change "
           "against last year's actual optional (blind10); '‘2026년 4월 국제수지(잠정)’' gold month (report name); '12개월 연속' a duration "
           "(optional); '1년 전', '전월', '지난해 같은 기간' optional. Organisations: 한국은행 (한은); the department optional."),
)

# ---------------------------------------------------------------------------
# 06 근로·자녀장려금 지급, wire story dump ('(세종=연합뉴스) 기자 =' lead), 2026-08-27
# ---------------------------------------------------------------------------
A06 = [
    ("국세청은 올해 정기 신청분 근로·자녀장려금 2조 8,460억원을 312만 가구에 지급한다고 27일 밝혔다. 지급일은 오는 28일로, 법정 기한(9월 30일)보다 한 달가량 앞당겼다.", [
        p("올해", *Y2026), m("2조 8,460억원", 2 * JO + 8460 * EOK), c("312만 가구", 312 * MAN, "가구"), p("27일", "2026-08-27", "2026-08-27"),
        p("오는 28일", "2026-08-28", "2026-08-28"), p("9월 30일", "2026-09-30", "2026-09-30"), p("한 달가량", None, None, opt=True),
        c("한 달", 1, "달", opt=True),
    ]),
    ("근로장려금은 265만 가구에 2조 1,870억원, 자녀장려금은 47만 가구에 6,590억원이 지급된다. 가구당 평균 지급액은 근로장려금 82만 5,000원, 자녀장려금 140만 2,000원이다.", [
        c("265만 가구", 265 * MAN, "가구"), m("2조 1,870억원", 2 * JO + 1870 * EOK), c("47만 가구", 47 * MAN, "가구"), m("6,590억원", 6590 * EOK),
        m("82만 5,000원", 82 * MAN + 5000), m("140만 2,000원", 140 * MAN + 2000),
    ]),
    ("지급 가구는 지난해 정기분(298만 가구)보다 14만 가구 늘었다. 기획재정부(기재부)가 지난해 세법을 고쳐 올해부터 맞벌이 가구의 소득 요건을 총소득 4,400만원 미만에서 5,000만원 미만으로 완화한 영향이다.", [
        p("지난해", *Y2025), c("298만 가구", 298 * MAN, "가구", opt=True), c("14만 가구", 14 * MAN, "가구", opt=True),
        ch("지난해 정기분(298만 가구)보다 14만 가구 늘었다", before=298 * MAN, delta=14 * MAN, unit="가구"),
        ch("14만 가구 늘었다", delta=14 * MAN, unit="가구", opt=True),
        p("지난해", *Y2025), p("올해부터", "2026", None), m("4,400만원 미만", 4400 * MAN, q="at_most"), m("5,000만원 미만", 5000 * MAN, q="at_most"),
        ch("4,400만원 미만에서 5,000만원 미만으로 완화한", before=4400 * MAN, after=5000 * MAN, unit="KRW"),
    ]),
    ("연령별로는 30대 이하 청년 가구가 98만 가구로 전체의 31.4%를 차지했다. 60세 이상 가구는 87만 가구(27.9%)였다.", [
        c("30대", 30, "대", opt=True), AGE("30대", 30), c("98만 가구", 98 * MAN, "가구"), pc("31.4%", 31.4),
        AGE("60세", 60), c("87만 가구", 87 * MAN, "가구"), pc("27.9%", 27.9),
    ]),
    ("장려금은 신청 때 적은 계좌로 입금되며, 계좌를 적지 않은 가구는 다음 달 중 우편으로 받는 국세환급금 통지서와 신분증을 지참해 우체국에서 받으면 된다. 기한 후 신청은 오는 12월 1일까지 할 수 있지만 지급액의 5%가 줄어든다.", [
        p("다음 달", "2026-09", "2026-09"), p("오는 12월 1일까지", None, "2026-12-01"), pc("5%", 5),
        ch("5%가 줄어든다", delta=-5, unit="%", opt=True),
    ]),
    ("근로장려금을 반기별로 신청한 가구에는 지난 6월 상반기 소득분 4,310억원이 먼저 지급됐다. 국세청은 내년 상반기까지 장려금 신청 누리집 개편에 35억원을 투입할 계획이다.", [
        p("지난 6월", "2026-06", "2026-06"), p("상반기", *H1_2026), m("4,310억원", 4310 * EOK),
        p("내년 상반기까지", None, "2027-06"), p("내년 상반기", "2027-01", "2027-06", opt=True), m("35억원", 35 * EOK),
    ]),
]
ORG06 = [o("국세청"), o("기획재정부", ["기재부"]), o("우체국", opt=True)]

WIRE_LEAD = "(세종=연합뉴스) 변지호 기자 = "


def page06(paras, title):
    head = """연합뉴스 | 경제 | 경제정책
송고시간 2026-08-27 12:00
""" + title + """
공유  댓글  글자크기조정  인쇄

"""
    body = (WIRE_LEAD + paras[0] + "\n\n" + paras[1]
            + "\n\n근로장려금 지급\n[연합뉴스 자료사진]\n\n"
            + "\n\n".join(paras[2:]))
    tail = """

jiho@yna.co.kr

제보는 카카오톡 okjebo
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
2026/08/27 12:00 송고

관련 뉴스
· 내년 근로장려금 최대 330만원으로…재산 요건 2억 4,000만원 미만 2026-07-30 15:31
· 종합소득세 신고 인원 1,150만 명…역대 최다 2026-06-02 12:00

핫뉴스
· 8월 소비자심리지수 108.4…4개월 연속 낙관
· 추석 선물세트 사전예약 매출 21% 증가
"""
    return head + body + tail


article(
    name="06_eitc_payout_yonhap_wire_dump", ext="txt", published="2026-08-27",
    title="근로·자녀장려금 312만 가구에 2조 8천억 지급…내일 입금",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["송고시간", "글자크기조정", "변지호 기자", "[연합뉴스 자료사진]", "jiho@yna.co.kr", "okjebo", "무단 전재-재배포", "AI 학습 및 활용 금지",
               "2026/08/27 12:00 송고", "관련 뉴스", "330만원", "2억 4,000만원", "1,150만 명", "핫뉴스", "108.4", "4개월 연속", "21% 증가"],
    notes=("A wire story dump (연합뉴스 style): section line, '송고시간 2026-08-27 12:00', title, tool row, **lead '(세종=연합뉴스) 변지호 기자 = …'** "
           "(the dateline and byline are not body; the rest of the lead paragraph is), a photo caption ('근로장려금 지급 / [연합뉴스 자료사진]') "
           "between paragraphs, e-mail, 제보 line, copyright, '2026/08/27 12:00 송고', 관련 뉴스 with dates and figures, 핫뉴스 — furniture. "
           "published: 송고시간 (= '27일 밝혔다'). Conventions: '312만 가구', '265만 가구' … gold counts; '지난해 정기분(298만 가구)보다 14만 가구 "
           "늘었다' gold {before, delta, 가구} (the level 312만 is two paragraphs up; counts optional); '4,400만원 미만에서 5,000만원 미만으로' "
           "at_most money and a gold change; '법정 기한(9월 30일)' gold day; '한 달가량' a duration (optional); '30대 이하', '60세 이상' ages "
           "(optional); '5%가 줄어든다' an effect of unstated baseline: percentage gold, change optional; '다음 달 중' gold 2026-09; '내년 "
           "상반기까지' open start, end 2027-06; '상반기 소득분' gold. Organisations: 국세청, 기획재정부 (기재부); 우체국, 연합뉴스 optional."),
)


if __name__ == "__main__":
    main(HERE)
