#!/usr/bin/env python3
"""The eval/blind24 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind24/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)
AGE = lambda t, v: c(t, v, "세", opt=True)


def mult(text, factor):
    """A multiple or fraction ('두 배', '절반', '3분의 1'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def dur(text, n, unit):
    """A duration ('4년에 걸쳐', '10년간'): optional period and count."""
    return [p(text, None, None, opt=True), c(text, n, unit, opt=True)]


# ---------------------------------------------------------------------------
# 01 삼성바이오로직스 3분기 실적, economic-paper HTML (section[itemprop=articleBody], br-separated), 2026-10-22
# ---------------------------------------------------------------------------
Q3_26 = ("2026-07", "2026-09")
Q3_25 = ("2025-07", "2025-09")
A01 = [
    ("영업이익 6,120억원으로 31.4% 늘어", [
        m("6,120억원", 6120 * EOK), pc("31.4%", 31.4),
        ch("6,120억원으로", after=6120 * EOK, unit="KRW"), ch("31.4% 늘어", delta=31.4, unit="%"),
    ]),
    ("4공장 가동률 80%대…5공장 내년 4월 가동", [
        pc("80%대", 80, opt=True), p("내년 4월", "2027-04", "2027-04"),
    ]),
    ("삼성바이오로직스는 21일 공시를 통해 연결 기준 올해 3분기 매출이 1조 6,800억원을 기록했다고 밝혔다. 매출은 지난해 3분기(1조 3,520억원)보다 3,280억원(24.3%) 늘어 분기 기준 역대 최대를 기록했다. 영업이익은 6,120억원으로 1년 전보다 31.4% 증가했고, 영업이익률은 36.4%로 2.0%포인트 높아졌다.", [
        p("21일", "2026-10-21", "2026-10-21"), p("올해 3분기", *Q3_26), m("1조 6,800억원", 1 * JO + 6800 * EOK),
        p("지난해 3분기", *Q3_25), m("1조 3,520억원", 1 * JO + 3520 * EOK), m("3,280억원", 3280 * EOK), pc("24.3%", 24.3),
        ch("1조 6,800억원을 기록 ... 지난해 3분기(1조 3,520억원)보다 3,280억원(24.3%) 늘어", before=1 * JO + 3520 * EOK, after=1 * JO + 6800 * EOK, delta=3280 * EOK, unit="KRW"),
        ch("지난해 3분기(1조 3,520억원)보다 3,280억원(24.3%) 늘어", before=1 * JO + 3520 * EOK, delta=3280 * EOK, unit="KRW", opt=True),
        ch("3,280억원(24.3%) 늘어", delta=3280 * EOK, unit="KRW", opt=True), ch("3,280억원(24.3%) 늘어", delta=24.3, unit="%", opt=True),
        ch("1조 6,800억원을 기록", after=1 * JO + 6800 * EOK, unit="KRW", opt=True),
        p("분기 기준", None, None, opt=True), p("분기 기준", *Q3_26, opt=True),
        m("6,120억원", 6120 * EOK), *base("1년 전", Q3_25, ("2025", "2025")), pc("31.4%", 31.4),
        ch("6,120억원으로", after=6120 * EOK, unit="KRW"), ch("1년 전보다 31.4% 증가했고", delta=31.4, unit="%"),
        pc("36.4%", 36.4), pc("2.0%포인트", 2.0), ch("36.4%로 2.0%포인트 높아졌다", after=36.4, delta=2.0),
    ]),
    ("사업 부문별로는 위탁개발생산(CDMO) 부문 매출이 1조 1,240억원으로 전체의 66.9%를 차지했다. 자회사 삼성바이오에피스의 바이오시밀러 매출은 5,560억원으로, 이 가운데 미국과 유럽 판매가 4억 1,000만 달러에 달했다.", [
        m("1조 1,240억원", 1 * JO + 1240 * EOK), pc("66.9%", 66.9), m("5,560억원", 5560 * EOK), USD("4억 1,000만 달러", 4 * EOK + 1000 * MAN),
    ]),
    ("올해 1~9월 누적 수주액은 4조 8,300억원으로 지난해 연간 수주액(3조 9,100억원)을 이미 넘어섰다. 3분기에만 글로벌 제약사 3곳과 모두 7건, 1조 2,600억원 규모의 계약을 맺었다. 누적 고객사는 지난해 말 102개사에서 117개사로 15개사 늘었다.", [
        p("올해 1~9월", "2026-01", "2026-09"), m("4조 8,300억원", 4 * JO + 8300 * EOK), p("지난해", "2025", "2025"),
        p("연간", None, None, opt=True), p("연간", "2025", "2025", opt=True), m("3조 9,100억원", 3 * JO + 9100 * EOK),
        ch("4조 8,300억원으로 지난해 연간 수주액(3조 9,100억원)을 이미 넘어섰다", before=3 * JO + 9100 * EOK, after=4 * JO + 8300 * EOK, unit="KRW", opt=True),
        ch("4조 8,300억원으로", after=4 * JO + 8300 * EOK, unit="KRW", opt=True),
        p("3분기에만", *Q3_26), c("3곳", 3, "곳"), c("7건", 7, "건"), m("1조 2,600억원", 1 * JO + 2600 * EOK),
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True),
        c("102개사", 102, "개사", opt=True), c("117개사", 117, "개사", opt=True), c("15개사", 15, "개사", opt=True),
        ch("102개사에서 117개사로 15개사 늘었다", before=102, after=117, delta=15, unit="개사"),
    ]),
    ("증설도 속도를 낸다. 회사는 인천 송도 제2바이오캠퍼스에 2조 1,000억원을 들여 짓는 5공장을 내년 4월 가동하고, 2032년까지 바이오의약품 공장을 현재 5곳에서 8곳으로 늘릴 계획이다.", [
        m("2조 1,000억원", 2 * JO + 1000 * EOK), p("내년 4월", "2027-04", "2027-04"), p("2032년까지", None, "2032"),
        p("현재", None, None, opt=True), c("5곳", 5, "곳", opt=True), c("8곳", 8, "곳", opt=True),
        ch("현재 5곳에서 8곳으로 늘릴", before=5, after=8, unit="곳"),
    ]),
    ("회사 관계자는 “미국의 의약품 관세 부과 우려에도 4분기 매출이 1조 7,000억원을 웃돌 것”이라며 “연간 매출 전망치를 기존 5조 5,000억원에서 6조 2,000억원으로 12.7% 상향한다”고 말했다.", [
        p("4분기", "2026-10", "2026-12"), m("1조 7,000억원", 1 * JO + 7000 * EOK, q="at_least"), ch("1조 7,000억원을 웃돌", after=1 * JO + 7000 * EOK, unit="KRW", opt=True),
        p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        m("5조 5,000억원", 5 * JO + 5000 * EOK), m("6조 2,000억원", 6 * JO + 2000 * EOK), pc("12.7%", 12.7),
        ch("기존 5조 5,000억원에서 6조 2,000억원으로 12.7% 상향한다", before=5 * JO + 5000 * EOK, after=6 * JO + 2000 * EOK, unit="KRW"),
        ch("12.7% 상향한다", delta=12.7, unit="%", opt=True),
    ]),
    ("증권가에서는 삼성바이오로직스의 올해 영업이익이 2조 3,000억원 안팎으로 지난해보다 40%가량 늘어날 것으로 보고 있다.", [
        p("올해", "2026", "2026"), m("2조 3,000억원 안팎", 2 * JO + 3000 * EOK, q="approx"), p("지난해", "2025", "2025"), pc("40%", 40),
        ch("2조 3,000억원 안팎으로", after=2 * JO + 3000 * EOK, unit="KRW"), ch("지난해보다 40%가량 늘어날", delta=40, unit="%"),
    ]),
]
ORG01 = [o("삼성바이오로직스"), o("삼성바이오에피스")]


def page01(paras, title):
    deck = "<br>\n".join(esc(t) for t in paras[:2])
    body = paras[2:]
    parts = [esc(t) for t in body]
    fig = ('<figure class="photo"><img src="https://img.moneyinsight.kr/2026/10/22/sbl_plant4.jpg" alt="">'
           '<figcaption>인천 송도 삼성바이오로직스 4공장 전경. 회사 제공</figcaption></figure>')
    stock = ('<div class="stock-box" data-code="207940"><span class="name">삼성바이오로직스</span> <span class="price">1,084,000원</span> '
             '<span class="up">▲25,000 (+2.36%)</span> <span class="time">10.22 09:30 기준</span></div>')
    text = "<br><br>\n".join(parts[:1] + [fig] + parts[1:4] + [stock] + parts[4:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 머니인사이트</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="머니인사이트">
<meta property="article:published_time" content="2026-10-22T06:00:00+09:00">
<meta property="article:modified_time" content="2026-10-22T09:41:00+09:00">
<link rel="stylesheet" href="/css/view.css?v=20261001">
</head>
<body>
<div id="top-ticker"><span>코스피 2,987.41 ▲0.82%</span><span>코스닥 871.20 ▼0.31%</span><span>원·달러 1,352.60</span></div>
<header id="gnb"><a class="logo" href="/">머니인사이트</a>
<ul class="menu"><li>증권</li><li>산업</li><li>바이오</li><li>부동산</li><li>국제</li><li>오피니언</li></ul></header>
<div id="container">
<div class="article-head">
  <p class="section">산업 &gt; 바이오·제약</p>
  <h1 class="headline">{esc(title)}</h1>
  <h2 class="subtitle">{deck}</h2>
  <div class="info"><span class="writer">김도윤 기자</span><span class="date">입력 2026.10.22 06:00</span><span class="date">수정 2026.10.22 09:41</span></div>
</div>
<section class="article-body" itemprop="articleBody">
{text}
</section>
<div class="writer-box">김도윤 기자 dy.kim@moneyinsight.kr</div>
<p class="copyright">ⓒ 머니인사이트, 무단전재 및 재배포 금지</p>
<div class="relate-news"><h3>관련기사</h3><ul>
<li>셀트리온, 3분기 영업이익 4,210억원…전년 대비 52% 증가</li>
<li>바이오시밀러 美 점유율 2030년 45% 전망</li></ul></div>
<aside class="popular"><h3>많이 본 뉴스</h3><ol>
<li>코스피 3,000선 다시 눈앞…외국인 9거래일 연속 순매수</li><li>반도체 수출 11월 1~20일 148억 달러</li><li>내년 최저임금 1만 1,200원 확정</li></ol></aside>
</div>
<footer id="footer">머니인사이트 | 서울특별시 중구 세종대로 124 | 등록번호 서울 아53318 | 발행·편집인 한상진 | 창간 2014년 4월 7일</footer>
</body>
</html>
"""


article(
    name="01_samsung_biologics_q3_econ_paper_br_html", ext="html", published="2026-10-22",
    title="삼성바이오로직스 3분기 매출 1조 6,800억원…분기 최대",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["코스피 2,987.41", "원·달러 1,352.60", "산업 > 바이오·제약", "김도윤 기자", "4공장 전경", "회사 제공", "1,084,000원", "+2.36%",
               "dy.kim@", "무단전재", "관련기사", "4,210억원", "52% 증가", "2030년 45%", "많이 본 뉴스", "9거래일", "148억 달러", "1만 1,200원",
               "세종대로 124", "아53318", "창간 2014년"],
    notes=("An economic-paper HTML page (머니인사이트, invented): top ticker (figures), menu, div.article-head with h1.headline, **deck as "
           "h2.subtitle with two br-separated lines**, 입력/수정 stamps, article:published_time meta; body = the **br-separated text of "
           "section.article-body**, which also holds a photo figure with a caption and a **stock-price box** (figures) — furniture; writer "
           "box, copyright, 관련기사 and 많이 본 뉴스 (figures), footer (창간 2014). published: 입력 2026-10-22. Deck lines are body and scored. "
           "Conventions: 'A로 (1년 전보다) N% 늘어/증가' two gold changes ({after, KRW} and {delta, %}); '1조 6,800억원을 기록 ... 지난해 "
           "3분기(1조 3,520억원)보다 3,280억원(24.3%) 늘어' one gold change across sentences {before, after, delta} (the {before, delta}, "
           "{after} readings and the bracketed rate's %-change optional); '36.4%로 2.0%포인트 높아졌다' {after, delta} without unit; "
           "'지난해 3분기' a named period gold, '1년 전' base optional, '분기 기준' optional; '80%대' a band (optional); '4공장', '5공장', "
           "'제2바이오캠퍼스' names; cumulative orders vs last year's annual total ('4조 8,300억원으로 ... (3조 9,100억원)을 이미 넘어섰다') "
           "no gold change (not one quantity moving); '102개사에서 117개사로 15개사' gold change in 개사 (counts optional); '현재 5곳에서 "
           "8곳으로' gold change; '1조 7,000억원을 웃돌' at_least money; '기존 5조 5,000억원에서 6조 2,000억원으로 12.7% 상향' endpoint "
           "change gold, its rate optional; '2조 3,000억원 안팎으로 지난해보다 40%가량 늘어날' approx money and two gold changes; bare "
           "'지난해' used as a base gold; '올해 1~9월' 2026-01..09; '3분기에만' 2026-07..09; '지난해 말' 2025-12. Organisations: "
           "삼성바이오로직스, 삼성바이오에피스 (증권가 and countries are none)."),
)


# ---------------------------------------------------------------------------
# 02 LS전선 미국 해저케이블 공장 투자, economic-paper HTML (div#news_body_area, print-edition line), 2027-02-09
# ---------------------------------------------------------------------------
A02 = [
    ("2029년까지 1조 2,000억원 투입…매출 두 배로", [
        p("2029년까지", None, "2029"), m("1조 2,000억원", 1 * JO + 2000 * EOK), *mult("두 배", 2),
    ]),
    ("LS전선이 미국 해저케이블 생산거점에 1조 2,000억원을 추가로 투자한다. LS전선은 8일 이사회를 열고 미국 버지니아주 체서피크 공장의 2단계 증설 계획을 의결했다고 9일 밝혔다.", [
        m("1조 2,000억원", 1 * JO + 2000 * EOK), ch("1조 2,000억원을 추가로 투자한다", delta=1 * JO + 2000 * EOK, unit="KRW", opt=True),
        p("8일", "2027-02-08", "2027-02-08"), p("9일", "2027-02-09", "2027-02-09"),
    ]),
    ("투자금은 올해 상반기부터 2029년까지 4년에 걸쳐 집행된다. 1단계 투자(9억 달러)로 지난해 10월 완공된 1공장 옆 부지 12만㎡에 2공장을 짓는 게 핵심이다. 완공되면 이 공장의 연간 매출은 현재 6,500억원에서 1조 4,000억원 수준으로 늘어날 것으로 회사는 예상했다.", [
        p("올해 상반기부터 2029년까지", "2027-01", "2029"), p("올해 상반기", "2027-01", "2027-06", opt=True), p("2029년까지", None, "2029", opt=True),
        p("올해 상반기부터", "2027-01", None, opt=True), *dur("4년에 걸쳐", 4, "년"),
        USD("9억 달러", 9 * EOK), p("지난해 10월", "2026-10", "2026-10"), c("12만㎡", 12 * MAN, "㎡", opt=True),
        p("연간", None, None, opt=True), p("현재", None, None, opt=True),
        m("6,500억원", 6500 * EOK), m("1조 4,000억원", 1 * JO + 4000 * EOK), m("1조 4,000억원", 1 * JO + 4000 * EOK, q="approx", opt=True),
        ch("현재 6,500억원에서 1조 4,000억원 수준으로 늘어날", before=6500 * EOK, after=1 * JO + 4000 * EOK, unit="KRW"),
    ]),
    ("LS전선은 투자 재원 가운데 4,500억원을 회사채 발행으로, 3,200억원은 미국 정부의 첨단제조 세액공제(AMPC) 등으로 조달할 계획이다. 나머지 4,300억원은 자체 자금으로 충당한다.", [
        m("4,500억원", 4500 * EOK), m("3,200억원", 3200 * EOK), m("4,300억원", 4300 * EOK),
    ]),
    ("현지 채용도 늘린다. 체서피크 공장 직원 수는 현재 330명에서 2029년 780명으로 450명 늘어난다. 회사는 이 가운데 약 60%를 현지 인력으로 채울 방침이다.", [
        p("현재", None, None, opt=True), c("330명", 330, "명", opt=True), p("2029년", "2029", "2029"), c("780명", 780, "명", opt=True),
        c("450명", 450, "명", opt=True), ch("현재 330명에서 2029년 780명으로 450명 늘어난다", before=330, after=780, delta=450, unit="명"),
        pc("약 60%", 60),
    ]),
    ("수주도 뒷받침되고 있다. LS전선의 해저케이블 수주잔고는 지난해 말 기준 5조 8,000억원으로 1년 전보다 42.3% 늘었다. 이 가운데 북미 비중은 2023년 12%에서 지난해 35%로 23%포인트 높아졌다.", [
        p("지난해 말 기준", "2026-12", "2026-12"), p("지난해 말 기준", "2026-12-31", "2026-12-31", opt=True),
        m("5조 8,000억원", 5 * JO + 8000 * EOK), *base("1년 전", ("2025-12", "2025-12"), ("2025", "2025")), pc("42.3%", 42.3),
        ch("5조 8,000억원으로", after=5 * JO + 8000 * EOK, unit="KRW"), ch("1년 전보다 42.3% 늘었다", delta=42.3, unit="%"),
        p("2023년", "2023", "2023"), pc("12%", 12), p("지난해", "2026", "2026"), pc("35%", 35), pc("23%포인트", 23),
        ch("2023년 12%에서 지난해 35%로 23%포인트 높아졌다", before=12, after=35, delta=23),
    ]),
    ("지주사 ㈜LS는 올해 그룹 전체 투자 규모를 3조 5,000억원으로 잡고 있다. 증권업계는 이번 투자로 LS전선의 2030년 매출이 10조원을 넘어설 것으로 전망했다.", [
        p("올해", "2027", "2027"), m("3조 5,000억원", 3 * JO + 5000 * EOK),
        p("2030년", "2030", "2030"), m("10조원", 10 * JO, q="at_least"), ch("10조원을 넘어설", after=10 * JO, unit="KRW", opt=True),
    ]),
    ("LS전선 관계자는 “미국 내 전력망 교체 수요가 2030년까지 매년 8% 이상 늘어날 것”이라며 “2공장이 가동되면 미국 해저케이블 시장 점유율을 현재 18%에서 30%대 중반까지 끌어올릴 수 있다”고 말했다.", [
        p("2030년까지", None, "2030"), p("매년", None, None, opt=True), pc("8%", 8), ch("매년 8% 이상 늘어날", delta=8, unit="%", opt=True),
        p("현재", None, None, opt=True), pc("18%", 18), pc("30%대", 30, opt=True), pc("30%대 중반", 35, opt=True),
        ch("현재 18%에서 30%대 중반까지", before=18, opt=True), ch("현재 18%에서 30%대 중반까지", before=18, after=35, opt=True),
        ch("현재 18%에서 30%대 중반까지", before=18, after=30, opt=True),
    ]),
]
ORG02 = [o("LS전선"), o("LS", ["㈜LS"]), o("미국 정부", opt=True), o("증권업계", opt=True)]


def page02(paras, title):
    deck = f'<div class="sub_title"><p>{esc(paras[0])}</p></div>'
    ps = [f"<p>{esc(t)}</p>" for t in paras[1:]]
    tbl = ('<table class="inner_table"><caption>LS전선 체서피크 공장 투자 개요</caption>'
           '<tr><th>구분</th><th>1단계</th><th>2단계</th></tr><tr><td>투자액</td><td>6,840억원</td><td>1조 2,000억원</td></tr>'
           '<tr><td>완공</td><td>2026년 10월</td><td>2029년 하반기</td></tr></table><p class="src">자료: LS전선</p>')
    ad = '<div class="ad_inread"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inread");});</script>광고</div>'
    body = "\n".join([deck] + ps[:3] + [tbl] + ps[3:5] + [ad] + ps[5:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{esc(title)} :: K비즈타임즈</title>
<meta name="description" content="LS전선이 미국 해저케이블 생산거점에 추가 투자한다.">
<meta property="og:type" content="article">
</head>
<body>
<div id="wrap">
<div class="top_util"><span>2027년 2월 10일 (수)</span><a>로그인</a><a>회원가입</a><a>지면보기</a></div>
<div id="header"><h1 class="logo">K비즈타임즈</h1>
<ul class="gnb"><li>경제</li><li>산업</li><li>에너지</li><li>금융</li><li>글로벌</li></ul></div>
<div id="article_wrap">
<div class="article_head">
<div class="location">홈 &gt; 산업 &gt; 전기·전자</div>
<h2 class="title">{esc(title)}</h2>
<ul class="info"><li>박시온 기자</li><li>등록 2027-02-09 15:32</li><li>지면 2027년 02월 10일 13면</li></ul>
<div class="tools"><a>글자크기</a><a>인쇄</a><a>공유</a></div>
</div>
<div id="news_body_area">
{body}
</div>
<div class="reporter_info">박시온 기자 sion.park@kbiztimes.co.kr</div>
<div class="copyright">저작권자 © K비즈타임즈 무단전재 및 재배포 금지</div>
<div class="hot_issue"><h4>이 시각 주요뉴스</h4><ul>
<li>대한전선, 네덜란드 해상풍력 케이블 2,800억원 수주</li><li>전력기기 3사 작년 영업이익 합계 2조 9,000억원</li><li>변압기 수출 1월 3억 8,000만 달러…17% 증가</li></ul></div>
</div>
<div id="footer">K비즈타임즈 | 서울특별시 영등포구 국제금융로 8길 31 | 대표전화 02-6744-3100 | 등록번호 서울 다10421</div>
</div>
</body>
</html>
"""


article(
    name="02_ls_cable_us_investment_econ_paper_print_line_html", ext="html", published="2027-02-09",
    title="LS전선, 美 해저케이블 공장에 1.2조 추가 투자",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["2027년 2월 10일 (수)", "지면보기", "홈 > 산업", "박시온 기자", "지면 2027년 02월 10일", "글자크기", "투자 개요", "6,840억원",
               "2029년 하반기", "자료: LS전선", "googletag", "sion.park@", "저작권자 ©", "이 시각 주요뉴스", "대한전선", "2,800억원", "2조 9,000억원",
               "3억 8,000만 달러", "17% 증가", "국제금융로", "02-6744-3100", "다10421"],
    notes=("An economic-paper HTML page (K비즈타임즈, invented): top utility bar with **the next day's date '2027년 2월 10일 (수)'**, menu, "
           "location, h2.title, info list with '등록 2027-02-09 15:32' and **a print-edition line '지면 2027년 02월 10일 13면'**, tools; body = "
           "**div.sub_title deck** + p of **div#news_body_area**, which also holds an **inner investment table with caption and source "
           "line** (figures, dates) and an in-read ad — furniture; reporter box, copyright, 이 시각 주요뉴스 (figures), footer. No meta date. "
           "published: the 등록 stamp 2027-02-09 (not the top bar, not the print date). Conventions: deck '2029년까지' open start, '두 배' "
           "optional readings only; '1조 2,000억원을 추가로 투자' money gold, delta reading optional (blind10's '새로 편성'); '올해 상반기부터 "
           "2029년까지' one period 2027-01..2029 (parts optional); '4년에 걸쳐' a duration (optional); '1단계', '2단계', '1공장', '2공장' "
           "ordinals/names; '12만㎡' a measure (optional); '현재 6,500억원에서 1조 4,000억원 수준으로' gold endpoint change (수준 approx "
           "reading optional); '현재 330명에서 2029년 780명으로 450명' gold change (counts optional); '5조 8,000억원으로 1년 전보다 42.3% "
           "늘었다' two gold changes; '2023년 12%에서 지난해 35%로 23%포인트' {before, after, delta} without unit; '지난해 말 기준' 2026-12; "
           "'10조원을 넘어설' at_least money (change optional); '매년 8% 이상 늘어날' percentage gold, %-change optional; '30%대 중반' a band "
           "(optional, its change optional). Organisations: LS전선, ㈜LS (name LS); 미국 정부, 증권업계 optional; 미국 is a country, AMPC a "
           "programme."),
)


# ---------------------------------------------------------------------------
# 03 한국농어촌공사 청년농 농지 지원, 공공기관 보도자료 plain text (□/○, 붙임 table), 2026-03-04
# ---------------------------------------------------------------------------
A03 = [
    ("- 청년농 농지 지원 예산 1조 1,700억원…지난해보다 2,100억원 늘려", [
        m("1조 1,700억원", 1 * JO + 1700 * EOK), p("지난해", "2025", "2025"), m("2,100억원", 2100 * EOK),
        ch("1조 1,700억원…지난해보다 2,100억원 늘려", after=1 * JO + 1700 * EOK, delta=2100 * EOK, unit="KRW"),
        ch("지난해보다 2,100억원 늘려", delta=2100 * EOK, unit="KRW", opt=True),
        ch("1조 1,700억원…지난해보다 2,100억원 늘려", before=9600 * EOK, after=1 * JO + 1700 * EOK, delta=2100 * EOK, unit="KRW", opt=True),
    ]),
    ("- 선임대 후매도 지원 대상 만 45세 이하 → 만 49세 이하로 확대", [
        AGE("45세", 45), AGE("49세", 49), ch("만 45세 이하 → 만 49세 이하", before=45, after=49, opt=True),
        ch("만 45세 이하 → 만 49세 이하", before=45, after=49, unit="세", opt=True),
    ]),
    ("□ 한국농어촌공사(이하 공사)는 농림축산식품부와 함께 올해 청년농업인에게 농지 8,600㏊를 지원하기 위해 예산 1조 1,700억원을 투입한다고 4일 밝혔다.", [
        p("올해", "2026", "2026"), c("8,600㏊", 8600, "㏊", opt=True), m("1조 1,700억원", 1 * JO + 1700 * EOK), p("4일", "2026-03-04", "2026-03-04"),
    ]),
    ("○ 이는 지난해(9,600억원)보다 2,100억원(21.9%) 늘어난 규모로, 2016년 청년농 지원사업 시작 이후 가장 많다.", [
        p("지난해", "2025", "2025"), m("9,600억원", 9600 * EOK), m("2,100억원", 2100 * EOK), pc("21.9%", 21.9),
        ch("지난해(9,600억원)보다 2,100억원(21.9%) 늘어난", before=9600 * EOK, delta=2100 * EOK, unit="KRW"),
        ch("2,100억원(21.9%) 늘어난", delta=2100 * EOK, unit="KRW", opt=True), ch("2,100억원(21.9%) 늘어난", delta=21.9, unit="%", opt=True),
        p("2016년 청년농 지원사업 시작 이후", "2016", "2016"), p("2016년 청년농 지원사업 시작 이후", "2016", None, opt=True),
    ]),
    ("○ 공사는 올해 만 40세 미만 청년농 3,200명에게 농지를 장기 임대하거나 매도할 계획이다. 지난해 지원 인원(2,750명)보다 450명 더 많다.", [
        p("올해", "2026", "2026"), AGE("40세", 40), c("3,200명", 3200, "명", opt=True), p("지난해", "2025", "2025"),
        c("2,750명", 2750, "명", opt=True), c("450명", 450, "명", opt=True),
        ch("3,200명 ... 지난해 지원 인원(2,750명)보다 450명 더 많다", before=2750, delta=450, unit="명"),
        ch("450명 더", delta=450, unit="명", opt=True),
    ]),
    ("□ 사업별로는 ‘공공임대용 농지매입’에 6,800억원, ‘맞춤형 농지지원’에 3,400억원, ‘선임대 후매도’에 1,500억원을 배정했다.", [
        m("6,800억원", 6800 * EOK), m("3,400억원", 3400 * EOK), m("1,500억원", 1500 * EOK),
    ]),
    ("○ 선임대 후매도 사업은 공사가 매입한 농지를 청년농에게 최장 10년간 빌려준 뒤 매도하는 방식이다. 올해부터 지원 대상을 만 45세 이하에서 만 49세 이하로 넓히고, 1인당 지원 한도도 3억원에서 5억원으로 높였다.", [
        *dur("10년간", 10, "년"), p("올해부터", "2026", None), AGE("45세", 45), AGE("49세", 49),
        ch("만 45세 이하에서 만 49세 이하로", before=45, after=49, opt=True), ch("만 45세 이하에서 만 49세 이하로", before=45, after=49, unit="세", opt=True),
        c("1인당", 1, "인", opt=True), m("3억원", 3 * EOK), m("5억원", 5 * EOK),
        ch("3억원에서 5억원으로 높였다", before=3 * EOK, after=5 * EOK, unit="KRW"),
    ]),
    ("○ 임대료는 연 공시지가의 1% 수준으로, 시중 임대료의 3분의 1 수준이다.", [
        pc("1%", 1), *mult("3분의 1", 1 / 3),
    ]),
    ("□ 지난해 공사를 통해 농지를 지원받은 청년농의 1인당 평균 경작면적은 2.1㏊로 전체 농가 평균(1.08㏊)의 약 2배다. 이들의 평균 농업소득은 3,540만원으로 전체 농가 평균보다 71.8% 높았다.", [
        p("지난해", "2025", "2025"), c("1인당", 1, "인", opt=True), c("2.1㏊", 2.1, "㏊", opt=True), c("1.08㏊", 1.08, "㏊", opt=True), *mult("약 2배", 2),
        m("3,540만원", 3540 * MAN), pc("71.8%", 71.8), ch("전체 농가 평균보다 71.8% 높았다", delta=71.8, unit="%", opt=True),
    ]),
    ("□ 신청은 오는 9일부터 20일까지 농지은행 누리집(www.fbo.or.kr)이나 전국 93개 지사에서 할 수 있다. 선정 결과는 다음 달 중 개별 통보한다.", [
        p("오는 9일부터 20일까지", "2026-03-09", "2026-03-20"), p("오는 9일", "2026-03-09", "2026-03-09", opt=True), p("20일", "2026-03-20", "2026-03-20", opt=True),
        c("93개", 93, "개"), p("다음 달", "2026-04", "2026-04"),
    ]),
    ("○ 공사 관계자는 “2030년까지 청년농 3만 명 육성을 목표로 농지 지원을 꾸준히 늘리겠다”고 말했다.", [
        p("2030년까지", None, "2030"), c("3만 명", 3 * MAN, "명"),
    ]),
]
ORG03 = [o("한국농어촌공사", ["공사"]), o("농림축산식품부", ["농식품부"]), o("농지은행", opt=True)]


def page03(paras, title):
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    return f"""한국농어촌공사                                                        보 도 자 료
KRC  농어촌의 미래를 여는 기업
────────────────────────────────────────────────────
배포일시 : 2026. 3. 4.(수) 11:00          보도시점 : 배포 즉시
담당부서 : 농지은행처 청년농지원부        부장 정해솔 (061-338-5210)
                                          차장 윤다인 (061-338-5214)
사진 : 있음(2매)    자료 : 총 4쪽
────────────────────────────────────────────────────

{title}

{deck}

{body}

※ 붙임 1. 2026년 청년농 농지지원 사업 개요 1부.
       2. 사업 설명회 사진 2매.  끝.

[붙임 1] 연도별 청년농 농지지원 실적

  연도   |  예산      |  지원 인원  |  지원 면적
  2022년 |  6,100억원 |  1,980명    |  4,870㏊
  2023년 |  7,300억원 |  2,210명    |  5,640㏊
  2024년 |  8,450억원 |  2,530명    |  6,920㏊

※ 2025년은 결산 확정 전 수치로 추후 변동될 수 있음

────────────────────────────────────────────────────
이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 농지은행처 청년농지원부 윤다인 차장(061-338-5214)에게 연락 주시기 바랍니다.
한국농어촌공사 농지은행 고객센터 1577-7770
"""


article(
    name="03_krc_young_farmer_land_release", ext="txt", published="2026-03-04",
    title="농어촌공사, 올해 청년농에 농지 8,600㏊ 공급…역대 최대",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["보 도 자 료", "농어촌의 미래를 여는 기업", "배포일시", "보도시점", "담당부서", "정해솔", "061-338-5210", "사진 : 있음(2매)",
               "총 4쪽", "※ 붙임", "사업 설명회 사진", "[붙임 1]", "6,100억원", "1,980명", "4,870㏊", "7,300억원", "2,210명", "8,450억원",
               "6,920㏊", "결산 확정 전", "취재를 원하시면", "1577-7770"],
    notes=("A public-corporation press release as plain text (한국농어촌공사): logo line and slogan, **'배포일시 : 2026. 3. 4.(수) 11:00 / "
           "보도시점 : 배포 즉시'**, 담당부서 with two phone lines, 사진/자료 line, title, **two '- ' deck lines (body)**, □/○ paragraphs, "
           "'※ 붙임' list, **'[붙임 1]' pipe table of yearly results (figures, years)** with a footnote, contact and call-centre lines — "
           "furniture. published: 배포일시 2026-03-04. Conventions: deck '1조 1,700억원…지난해보다 2,100억원 늘려' a gold {after, delta} "
           "change; ages ('만 45세 이하 → 만 49세 이하') optional, their change optional; '이는 지난해(9,600억원)보다 2,100억원(21.9%) "
           "늘어난 규모' a gold {before, delta} change (its level is in the previous paragraph; readings with it match), bracketed rate's "
           "%-change optional; '2016년 청년농 지원사업 시작 이후' that year (blind10's '2015년 유료화 이후'); '3,200명 … 지난해 지원 인원"
           "(2,750명)보다 450명 더 많다' a gold {before, delta} change, counts optional endpoints; '올해부터' open end 2026; '3억원에서 "
           "5억원으로' gold; areas in ㏊ are measures (optional), '1인당' optional; '3분의 1', '약 2배' optional readings only; '전체 농가 "
           "평균보다 71.8% 높았다' a difference between groups (percentage gold, change optional); '오는 9일부터 20일까지' one period "
           "(parts optional); '다음 달 중' 2026-04; '10년간' duration optional; '93개 지사', '3만 명' gold counts. Organisations: "
           "한국농어촌공사 (이하 공사), 농림축산식품부; 농지은행 (a programme/brand) optional."),
)


# ---------------------------------------------------------------------------
# 04 강원 초등 신입생 0명 학교, regional-newspaper HTML (div#textinput, br-separated), 2026-02-24
# ---------------------------------------------------------------------------
A04 = [
    ("강원지역 초등학교 가운데 올해 신입생이 한 명도 없는 학교가 34곳으로 집계됐다. 지난해(27곳)보다 7곳 늘어 역대 가장 많다.", [
        p("올해", "2026", "2026"), c("한 명", 1, "명", opt=True), c("34곳", 34, "곳", opt=True), p("지난해", "2025", "2025"),
        c("27곳", 27, "곳", opt=True), c("7곳", 7, "곳", opt=True),
        ch("34곳으로 집계됐다. 지난해(27곳)보다 7곳 늘어", before=27, after=34, delta=7, unit="곳"),
        ch("지난해(27곳)보다 7곳 늘어", before=27, delta=7, unit="곳", opt=True), ch("7곳 늘어", delta=7, unit="곳", opt=True),
        ch("34곳으로", after=34, unit="곳", opt=True),
    ]),
    ("강원특별자치도교육청(이하 도교육청)은 23일 이런 내용의 ‘2026학년도 초·중·고 학생 배치 현황’을 발표했다. 올해 도내 초등학교 입학생은 8,940명으로 지난해 9,870명보다 930명(9.4%) 줄었다.", [
        p("23일", "2026-02-23", "2026-02-23"), p("2026학년도", "2026", "2026", opt=True), p("2026학년도", "2026-03", "2027-02", opt=True),
        p("2026학년도", None, None, opt=True),
        p("올해", "2026", "2026"), c("8,940명", 8940, "명", opt=True), p("지난해", "2025", "2025"), c("9,870명", 9870, "명", opt=True),
        c("930명", 930, "명", opt=True), pc("9.4%", 9.4),
        ch("8,940명으로 지난해 9,870명보다 930명(9.4%) 줄었다", before=9870, after=8940, delta=-930, unit="명"),
        ch("930명(9.4%) 줄었다", delta=-9.4, unit="%", opt=True), ch("930명(9.4%) 줄었다", delta=-930, unit="명", opt=True),
    ]),
    ("입학생이 10명 이하인 학교도 전체 351개교 가운데 186개교로 절반을 넘었다.", [
        c("10명 이하", 10, "명", q="at_most"), c("351개교", 351, "개교"), c("186개교", 186, "개교"), *mult("절반", 0.5),
    ]),
    ("학령인구 감소는 통폐합으로 이어지고 있다. 도교육청은 올해 3월 1일 자로 초등학교 5곳과 중학교 2곳 등 모두 7곳을 인근 학교에 통합한다. 2016~2025년 10년간 도내에서 문을 닫은 학교는 58곳에 이른다.", [
        p("올해 3월 1일", "2026-03-01", "2026-03-01"), c("5곳", 5, "곳"), c("2곳", 2, "곳"), c("7곳", 7, "곳"),
        p("2016~2025년", "2016", "2025"), *dur("10년간", 10, "년"), c("58곳", 58, "곳"),
    ]),
    ("도교육청은 강원특별자치도와 함께 작은학교 살리기에 올해 412억원을 투입한다. 지난해 356억원에서 56억원 늘렸다. 이주 가족에게는 가구당 월 30만원의 주거비를 최대 2년간 지원하고, 지원 대상도 지난해 120가구에서 올해 200가구로 늘린다.", [
        p("올해", "2026", "2026"), m("412억원", 412 * EOK), p("지난해", "2025", "2025"), m("356억원", 356 * EOK), m("56억원", 56 * EOK),
        ch("412억원을 투입한다. 지난해 356억원에서 56억원 늘렸다", before=356 * EOK, after=412 * EOK, delta=56 * EOK, unit="KRW"),
        ch("지난해 356억원에서 56억원 늘렸다", before=356 * EOK, delta=56 * EOK, unit="KRW", opt=True),
        ch("56억원 늘렸다", delta=56 * EOK, unit="KRW", opt=True),
        c("가구당", 1, "가구", opt=True), m("30만원", 30 * MAN), *dur("최대 2년간", 2, "년"),
        p("지난해", "2025", "2025"), c("120가구", 120, "가구", opt=True), p("올해", "2026", "2026"), c("200가구", 200, "가구", opt=True),
        ch("지난해 120가구에서 올해 200가구로 늘린다", before=120, after=200, unit="가구"),
    ]),
    ("교원 수도 줄어든다. 올해 도내 초등 교사 정원은 6,218명으로 지난해보다 143명 감소했다.", [
        p("올해", "2026", "2026"), c("6,218명", 6218, "명", opt=True), p("지난해", "2025", "2025"), c("143명", 143, "명", opt=True),
        ch("6,218명으로 지난해보다 143명 감소했다", after=6218, delta=-143, unit="명"),
        ch("143명 감소했다", delta=-143, unit="명", opt=True),
        ch("6,218명으로 지난해보다 143명 감소했다", before=6361, after=6218, delta=-143, unit="명", opt=True),
    ]),
    ("도교육청 관계자는 “2030년에는 입학생이 6,000명대로 떨어질 것으로 보인다”며 “분교장 개편과 공동교육과정 운영으로 작은학교의 교육 여건을 지키겠다”고 말했다.", [
        p("2030년", "2030", "2030"), c("6,000명대", 6000, "명", opt=True), ch("6,000명대로 떨어질", after=6000, unit="명", opt=True),
    ]),
]
ORG04 = [o("강원특별자치도교육청", ["도교육청"]), o("강원특별자치도")]


def page04(paras, title):
    parts = [esc(t) for t in paras]
    photo = ('<table class="photo_table" align="center"><tr><td><img src="/news/photo/202602/118822_1.jpg" width="500"></td></tr>'
             '<tr><td class="photo_caption">▲ 올해 신입생 없이 입학식을 치르지 못하는 홍천의 한 초등학교. 강원영서일보 자료사진</td></tr></table>')
    rel = ('<div class="rel_news"><b>[관련기사]</b><br>- 강원 학령인구 10년 새 28% 줄어 (2026.01.12)<br>'
           '- 폐교 활용 캠핑장 3곳 봄 개장 (2026.02.02)</div>')
    text = "<br /><br />\n".join(parts[:2] + [photo] + parts[2:]) + "<br /><br />\n/춘천=김서하 기자 seoha@gwysnews.kr<br /><br />\n" + rel
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>강원영서일보 - {esc(title)}</title>
<link href="/css/news.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top_bar">2026년 2월 25일 수요일 | 춘천 맑음 -4℃ | <a>로그인</a> <a>회원가입</a></div>
<div id="logo_area"><img src="/img/logo.gif" alt="강원영서일보" /> <span class="slogan">도민과 함께 37년</span></div>
<div id="menu"><a>정치</a> | <a>경제</a> | <a>사회</a> | <a>교육</a> | <a>춘천</a> | <a>원주</a> | <a>홍천·횡성</a> | <a>오피니언</a></div>
<div id="main_wrap">
<div id="left_content">
  <div class="news_path">홈 &gt; 뉴스 &gt; 교육</div>
  <div class="news_head">
    <h3 class="news_title">{esc(title)}</h3>
    <div class="news_info">기사입력 2026/02/24 [06:30] &nbsp; 최종편집 2026/02/24 [18:12] &nbsp; <span class="hit">조회수 2,417</span></div>
    <div class="news_tool"><a>+크게</a> <a>-작게</a> <a>인쇄</a> <a>메일</a></div>
  </div>
  <div id="textinput" class="news_text">
{text}
  </div>
  <div class="news_copy">ⓒ 강원영서일보(www.gwysnews.kr) 무단전재 및 재배포금지</div>
</div>
<div id="right_content">
  <div class="box"><h4>많이 본 기사</h4><ol><li>춘천 아파트 분양가 3.3㎡당 1,980만원</li><li>원주 기업도시 2단계 1조 2,000억 투입</li><li>강원 관광객 1분기 2,100만 명</li></ol></div>
  <div class="box"><h4>포토뉴스</h4><p>대관령 눈꽃축제 14일 개막</p></div>
</div>
</div>
<div id="footer">강원영서일보 | 강원특별자치도 춘천시 중앙로 77 | 대표전화 033-255-1200 | 창간 1989년 3월 2일 | 청소년보호책임자 이도경</div>
</body>
</html>
"""


article(
    name="04_gangwon_school_entrants_regional_br_html", ext="html", published="2026-02-24",
    title="강원 초등학교 34곳 올해 신입생 '0명'…역대 최다",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["2026년 2월 25일 수요일", "맑음 -4℃", "도민과 함께 37년", "홈 > 뉴스 > 교육", "기사입력", "최종편집", "조회수 2,417", "+크게",
               "홍천의 한 초등학교", "자료사진", "/춘천=김서하 기자", "seoha@", "[관련기사]", "10년 새 28%", "캠핑장 3곳", "무단전재",
               "많이 본 기사", "1,980만원", "1조 2,000억", "2,100만 명", "포토뉴스", "눈꽃축제", "중앙로 77", "033-255-1200", "창간 1989년",
               "청소년보호책임자"],
    notes=("A regional-newspaper HTML page (강원영서일보, invented), XHTML 1.0 Transitional: top bar with **the next day's date and "
           "weather**, logo slogan '도민과 함께 37년', menu, news_path, h3.news_title, **div.news_info '기사입력 2026/02/24 [06:30] 최종편집 "
           "2026/02/24 [18:12] 조회수 2,417'**, font tools; body = **the br-separated text of div#textinput**, which also holds a photo table "
           "with caption, **the byline '/춘천=김서하 기자 …'** and a '[관련기사]' box (figures, dates) — furniture; copyright, right column "
           "(많이 본 기사, 포토뉴스, figures), footer (창간 1989). published: 기사입력 2026-02-24. Conventions: '34곳으로 집계됐다. 지난해"
           "(27곳)보다 7곳 늘어' one gold change across sentences {before, after, delta} (partial readings optional, counts optional "
           "endpoints); '한 명도' no count; '2026학년도' inside the report's name optional; '8,940명으로 지난해 9,870명보다 930명(9.4%) "
           "줄었다' gold endpoint change with delta −930 (percentage 9.4 gold, %-change optional); '10명 이하' at_most count; '351개교', "
           "'186개교' counts in 개교; '절반' optional readings; '올해 3월 1일' a day; '2016~2025년' one period, '10년간' duration optional; "
           "'412억원을 투입한다. 지난해 356억원에서 56억원 늘렸다' one gold change across sentences; '가구당', '최대 2년간' optional; "
           "'지난해 120가구에서 올해 200가구로' gold change; '6,218명으로 지난해보다 143명 감소' gold {after, delta}; '6,000명대' a band "
           "(optional). Organisations: 강원특별자치도교육청 (이하 도교육청), 강원특별자치도."),
)


# ---------------------------------------------------------------------------
# 05 K-패스 가입자 500만 명, mobile portal page dump (plain text), 2026-08-03
# ---------------------------------------------------------------------------
A05 = [
    ("대중교통비 일부를 돌려주는 ‘K-패스’ 가입자가 출시 2년여 만에 500만 명을 넘어섰다.", [
        p("2년여 만에", None, None, opt=True), c("2년여", 2, "년", opt=True),
        c("500만 명", 500 * MAN, "명", q="at_least"), ch("500만 명을 넘어섰다", after=500 * MAN, unit="명", opt=True),
    ]),
    ("국토교통부(국토부)와 한국교통안전공단(TS)은 지난달 말 기준 K-패스 가입자가 512만 명으로 집계됐다고 3일 밝혔다. 지난해 같은 달(338만 명)보다 174만 명(51.5%) 늘었다.", [
        p("지난달 말 기준", "2026-07", "2026-07"), p("지난달 말 기준", "2026-07-31", "2026-07-31", opt=True),
        c("512만 명", 512 * MAN, "명", opt=True), p("3일", "2026-08-03", "2026-08-03"),
        *base("지난해 같은 달", ("2025-07", "2025-07")), c("338만 명", 338 * MAN, "명", opt=True), c("174만 명", 174 * MAN, "명", opt=True), pc("51.5%", 51.5),
        ch("512만 명으로 집계 ... 지난해 같은 달(338만 명)보다 174만 명(51.5%) 늘었다", before=338 * MAN, after=512 * MAN, delta=174 * MAN, unit="명"),
        ch("지난해 같은 달(338만 명)보다 174만 명(51.5%) 늘었다", before=338 * MAN, delta=174 * MAN, unit="명", opt=True),
        ch("174만 명(51.5%) 늘었다", delta=174 * MAN, unit="명", opt=True), ch("174만 명(51.5%) 늘었다", delta=51.5, unit="%", opt=True),
        ch("512만 명으로", after=512 * MAN, unit="명", opt=True),
    ]),
    ("올해 상반기 환급액은 모두 1,870억원으로 1인당 월평균 1만 8,300원을 돌려받은 것으로 나타났다. 이용 실적이 있는 가입자 가운데 20~30대가 58.2%를 차지했다.", [
        p("올해 상반기", "2026-01", "2026-06"), m("1,870억원", 1870 * EOK), c("1인당", 1, "인", opt=True), p("월평균", None, None, opt=True),
        m("1만 8,300원", 1 * MAN + 8300), c("20~30대", 20, "대", opt=True), pc("58.2%", 58.2),
    ]),
    ("정부는 다음 달부터 환급률을 높인다. 일반 이용자는 20%에서 25%로, 청년은 30%에서 35%로 각각 5%포인트 오르고, 저소득층은 53%에서 64%로 11%포인트 오른다. 월 환급 인정 횟수 상한도 60회에서 70회로 늘어난다.", [
        p("다음 달부터", "2026-09", None),
        pc("20%", 20), pc("25%", 25), ch("20%에서 25%로", before=20, after=25), pc("30%", 30), pc("35%", 35), ch("30%에서 35%로", before=30, after=35),
        pc("5%포인트", 5), ch("각각 5%포인트 오르고", delta=5, unit="%p", opt=True), ch("각각 5%포인트 오르고", delta=5, opt=True),
        pc("53%", 53), pc("64%", 64), pc("11%포인트", 11), ch("53%에서 64%로 11%포인트 오른다", before=53, after=64, delta=11),
        p("월", None, None, opt=True), c("60회", 60, "회", opt=True), c("70회", 70, "회", opt=True),
        ch("60회에서 70회로 늘어난다", before=60, after=70, unit="회"),
    ]),
    ("국토부는 이를 위해 하반기 추가경정예산에 1,120억원을 반영했다. 내년 K-패스 예산은 올해(2,950억원)보다 약 39% 많은 4,100억원 안팎으로 잡을 계획이다.", [
        p("하반기", "2026-07", "2026-12"), m("1,120억원", 1120 * EOK), p("내년", "2027", "2027"), p("올해", "2026", "2026"),
        m("2,950억원", 2950 * EOK), pc("약 39%", 39), m("4,100억원 안팎", 4100 * EOK, q="approx"),
        ch("올해(2,950억원)보다 약 39% 많은 4,100억원 안팎으로", before=2950 * EOK, after=4100 * EOK, unit="KRW"),
        ch("약 39% 많은", delta=39, unit="%", opt=True), ch("4,100억원 안팎으로", after=4100 * EOK, unit="KRW", opt=True),
    ]),
    ("지방자치단체 참여도 늘었다. K-패스에 참여하는 지자체는 출시 당시 189곳에서 현재 211곳으로 늘었고, 이 가운데 서울시, 경기도, 인천시는 자체 브랜드로 추가 혜택을 준다.", [
        p("출시 당시", None, None, opt=True), p("현재", None, None, opt=True), c("189곳", 189, "곳", opt=True), c("211곳", 211, "곳", opt=True),
        ch("출시 당시 189곳에서 현재 211곳으로 늘었고", before=189, after=211, unit="곳"),
    ]),
    ("국토부 관계자는 “올해 안에 가입자 600만 명을 달성하고, 2028년까지 대중교통 분담률을 현재 37%에서 40%로 끌어올리겠다”고 말했다.", [
        p("올해 안에", "2026", "2026"), p("올해 안에", None, "2026", opt=True), p("올해 안에", None, "2026-12", opt=True),
        c("600만 명", 600 * MAN, "명"), ch("가입자 600만 명을 달성", after=600 * MAN, unit="명", opt=True),
        p("2028년까지", None, "2028"), p("현재", None, None, opt=True), pc("37%", 37), pc("40%", 40),
        ch("현재 37%에서 40%로 끌어올리겠다", before=37, after=40),
    ]),
]
ORG05 = [
    o("국토교통부", ["국토부"]), o("한국교통안전공단", ["TS"]), o("서울시"), o("경기도"), o("인천시"),
    o("정부", opt=True), o("지방자치단체", ["지자체"], opt=True),
]


def page05(paras, title):
    body = "\n\n".join(paras[:3]) + "\n\n사진 확대\n서울 시내 한 지하철역 개찰구에서 시민이 교통카드를 찍고 있다. 2026.7.30 [교통데일리 자료사진]\n\n" + "\n\n".join(paras[3:])
    return f"""≡  뉴스   엔터   스포츠   날씨   프리미엄
홈   정치   경제   사회   생활/문화   IT/과학   세계   랭킹
경제 > 교통
교통데일리  + 구독
{title}
조하람 기자
입력 2026.08.03. 오후 2:15    수정 2026.08.03. 오후 5:48
기사원문
공감 128    댓글 64
본문 듣기 · 글자 크기 · 공유

{body}

조하람 기자 haram@gyotongdaily.co.kr
Copyright ⓒ 교통데일리. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.

이 기사를 추천합니다
좋아요 96   훈훈해요 4   슬퍼요 1   화나요 23   후속기사 원해요 17

교통데일리 조하람 기자
구독자 3,209
[단독] 수도권 광역버스 입석 금지 구간 12곳 늘린다

교통데일리 랭킹 뉴스
오후 2시~3시까지 집계한 결과입니다.
1  KTX 요금 14년 만에 인상 검토…최대 17%
2  서울 지하철 기본요금 1,550원으로
3  GTX-B 착공 2030년 개통 목표

함께 볼만한 뉴스
기후동행카드 월 이용자 70만 명 돌파

댓글 64
  버스러버  2026.08.03. 오후 3:02
  환급률 올리는 건 좋은데 신청이 너무 복잡함

언론사 홈  ·  전체 언론사  ·  고객센터  ·  이용약관  ·  개인정보처리방침
© DAON Corp.
"""


article(
    name="05_kpass_subscribers_mobile_portal_pagedump", ext="txt", published="2026-08-03",
    title="K-패스 가입자 500만 명 돌파…다음 달부터 환급률 5%p 올린다",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["≡", "생활/문화", "경제 > 교통", "+ 구독", "조하람 기자", "오후 5:48", "기사원문", "공감 128", "본문 듣기", "사진 확대",
               "지하철역 개찰구", "2026.7.30", "자료사진", "haram@", "Copyright ⓒ", "AI 학습 이용 금지", "이 기사를 추천합니다", "훈훈해요",
               "구독자 3,209", "[단독]", "입석 금지 구간 12곳", "랭킹 뉴스", "오후 2시~3시까지", "14년 만에", "최대 17%", "1,550원", "2030년 개통",
               "함께 볼만한 뉴스", "70만 명 돌파", "버스러버", "신청이 너무 복잡함", "언론사 홈", "© DAON Corp."],
    notes=("A mobile portal page dump (다온 portal, article of 교통데일리, invented): glyph menu, tabs, section row, press '+ 구독', title, "
           "reporter, **'입력 2026.08.03. 오후 2:15    수정 2026.08.03. 오후 5:48'**, 기사원문, 공감/댓글, tool row; body with **a '사진 확대' "
           "caption dated '2026.7.30' between paragraphs**; e-mail, copyright, reactions, reporter profile with a '[단독]' teaser, 랭킹 뉴스 "
           "**'오후 2시~3시까지 집계'**, 함께 볼만한 뉴스, a dated comment, portal footer — furniture. published: the 입력 stamp 2026-08-03. "
           "Conventions: '500만 명을 넘어섰다' at_least count (change optional), '2년여 만에' duration optional; '512만 명으로 집계됐다 … 지난해 "
           "같은 달(338만 명)보다 174만 명(51.5%) 늘었다' one gold change across sentences (partial readings and the rate's %-change "
           "optional; counts optional endpoints); '지난달 말 기준' 2026-07; '지난해 같은 달' a base (optional); '1인당', '월평균', '20~30대' "
           "optional; '20%에서 25%로, 청년은 30%에서 35%로 각각 5%포인트' two gold %-level changes {before, after} (the shared delta "
           "optional), '53%에서 64%로 11%포인트' {before, after, delta}, no units; '60회에서 70회로' gold change in 회 (counts optional); "
           "'다음 달부터' open end 2026-09; '올해(2,950억원)보다 약 39% 많은 4,100억원 안팎으로' gold endpoint change (approx money, rate's "
           "%-change optional); '출시 당시 189곳에서 현재 211곳으로' gold change; '올해 안에' gold 2026 (open-start readings optional); "
           "'600만 명' gold count; '현재 37%에서 40%로' gold %-level change. Organisations: 국토교통부 (국토부), 한국교통안전공단 (TS), "
           "서울시, 경기도, 인천시; 정부, 지방자치단체/지자체 optional; 'K-패스' a programme."),
)


# ---------------------------------------------------------------------------
# 06 폭염 온열질환자 최다, broadcaster web article HTML (video player, div#newsText br-separated), 2026-08-18
# ---------------------------------------------------------------------------
A06 = [
    ("올여름 온열질환자가 3,800명을 넘어서며 2011년 감시체계 운영 이후 가장 많은 것으로 나타났습니다.", [
        p("올여름", None, None, opt=True), p("올여름", "2026-06", "2026-08", opt=True), p("올여름", "2026", "2026", opt=True),
        c("3,800명", 3800, "명", q="at_least"), ch("3,800명을 넘어서며", after=3800, unit="명", opt=True),
        p("2011년 감시체계 운영 이후", "2011", "2011"), p("2011년 감시체계 운영 이후", "2011", None, opt=True),
    ]),
    ("질병관리청(질병청)에 따르면 5월 15일부터 어제(17일)까지 신고된 온열질환자는 3,846명으로, 지난해 같은 기간 2,914명보다 932명(32.0%) 많았습니다.", [
        p("5월 15일부터 어제(17일)까지", "2026-05-15", "2026-08-17"), p("5월 15일", "2026-05-15", "2026-05-15", opt=True),
        p("어제(17일)", "2026-08-17", "2026-08-17", opt=True), p("5월 15일부터", "2026-05-15", None, opt=True),
        c("3,846명", 3846, "명", opt=True), *base("지난해 같은 기간", ("2025-05-15", "2025-08-17")), c("2,914명", 2914, "명", opt=True),
        c("932명", 932, "명", opt=True), pc("32.0%", 32.0),
        ch("3,846명으로, 지난해 같은 기간 2,914명보다 932명(32.0%) 많았습니다", before=2914, after=3846, delta=932, unit="명"),
        ch("932명(32.0%) 많았습니다", delta=32.0, unit="%", opt=True), ch("932명(32.0%) 많았습니다", delta=932, unit="명", opt=True),
    ]),
    ("이 가운데 사망자는 29명으로 지난해(21명)보다 8명 늘었습니다. 사망자의 65.5%는 65세 이상 고령층이었습니다.", [
        c("29명", 29, "명", opt=True), p("지난해", "2025", "2025"), c("21명", 21, "명", opt=True), c("8명", 8, "명", opt=True),
        ch("29명으로 지난해(21명)보다 8명 늘었습니다", before=21, after=29, delta=8, unit="명"),
        pc("65.5%", 65.5), AGE("65세", 65), c("65세 이상", 65, "세", q="at_least", opt=True),
    ]),
    ("발생 장소는 작업장이 1,142명(29.7%)으로 가장 많았고, 논밭 612명(15.9%), 길가 498명(12.9%) 순이었습니다.", [
        c("1,142명", 1142, "명"), pc("29.7%", 29.7), c("612명", 612, "명"), pc("15.9%", 15.9), c("498명", 498, "명"), pc("12.9%", 12.9),
    ]),
    ("특히 이달 들어서만 1,530명이 발생했습니다. 전국 183개 기상특보 구역 가운데 176곳에 폭염특보가 내려진 상태입니다.", [
        p("이달 들어서만", "2026-08", "2026-08"), p("이달 들어서만", "2026-08-01", "2026-08-18", opt=True),
        c("1,530명", 1530, "명"), c("183개", 183, "개"), c("176곳", 176, "곳"),
    ]),
    ("정부는 오늘(18일) 오전 11시를 기해 폭염 위기경보를 ‘경계’에서 최고 단계인 ‘심각’으로 올렸습니다. 행정안전부(행안부)는 무더위쉼터 운영 시간을 오후 9시까지로 늘리고, 쉼터도 5만 2,000곳에서 5만 6,500곳으로 4,500곳 확대합니다. 취약계층 냉방비 지원에는 예비비 287억원을 긴급 투입합니다.", [
        p("오늘(18일)", "2026-08-18", "2026-08-18"), p("오전 11시", None, None, opt=True), p("오전 11시", "2026-08-18", "2026-08-18", opt=True),
        p("오후 9시까지", None, None, opt=True), p("오후 9시까지", None, "2026-08-18", opt=True),
        c("5만 2,000곳", 5 * MAN + 2000, "곳", opt=True), c("5만 6,500곳", 5 * MAN + 6500, "곳", opt=True), c("4,500곳", 4500, "곳", opt=True),
        ch("5만 2,000곳에서 5만 6,500곳으로 4,500곳 확대합니다", before=5 * MAN + 2000, after=5 * MAN + 6500, delta=4500, unit="곳"),
        m("287억원", 287 * EOK),
    ]),
    ("기상청은 이번 폭염이 다음 주 초까지 이어지고, 낮 최고기온이 37도 안팎까지 오를 것으로 예보했습니다.", [
        p("다음 주 초까지", None, None, opt=True), p("다음 주 초까지", None, "2026-08-25", opt=True), p("다음 주 초까지", None, "2026-08-24", opt=True),
        p("다음 주 초까지", None, "2026-08-26", opt=True), c("37도", 37, "도", opt=True), c("37도 안팎", 37, "도", q="approx", opt=True),
    ]),
    ("질병청은 “낮 12시부터 오후 5시 사이에는 야외활동을 자제하고, 물을 자주 마셔 달라”고 당부했습니다.", [
        p("낮 12시부터 오후 5시 사이", None, None, opt=True), p("낮 12시부터 오후 5시 사이", "2026-08-18", "2026-08-18", opt=True),
    ]),
]
ORG06 = [o("질병관리청", ["질병청"]), o("행정안전부", ["행안부"]), o("기상청"), o("정부", opt=True)]


def page06(paras, title):
    text = "<br />\n<br />\n".join(esc(t) for t in paras)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} | HBS 뉴스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="video.other">
<meta name="twitter:card" content="player">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"VideoObject","name":"{title}","uploadDate":"2026-08-18T20:41:00+09:00","duration":"PT2M14S"}}</script>
</head>
<body>
<div id="hbs-gnb"><a class="logo">HBS 한빛방송 뉴스</a><nav><a>뉴스9</a><a>정치</a><a>경제</a><a>사회</a><a>전국</a><a>날씨</a><a>다시보기</a></nav></div>
<div class="news-view">
  <div class="view-top">
    <span class="program">[뉴스9] 2026년 8월 18일 방송</span>
    <h1 class="tit">{esc(title)}</h1>
    <div class="meta"><span>사회</span> <span class="reporter">정유나 기자</span> <span class="date">입력 2026.08.18 (20:41)</span> <span class="date">수정 2026.08.19 (07:15)</span></div>
  </div>
  <div class="video-area"><div class="player" data-vid="HBS20260818N0931">재생 00:00 / 02:14</div><p class="vod-caption">[앵커] 폭염 특보가 열흘째 이어지고 있습니다.</p></div>
  <div class="btn-area"><a>글자크기</a><a>인쇄</a><a>스크랩</a></div>
  <div id="newsText" class="detail-body">
{text}
  </div>
  <div class="credit">촬영기자: 문태식 / 영상편집: 하지연 / 그래픽: 서민경</div>
  <div class="report-box">▶ HBS 제보 카카오톡 'HBS제보' 전화 02-781-4444</div>
  <p class="copy">ⓒ HBS &amp; hbs.co.kr, 무단 전재 및 재배포 금지</p>
  <div class="topic-news"><h3>이 기사와 관련된 주요 뉴스</h3><ul>
    <li>가축 폐사 120만 마리 넘어…피해액 160억원</li><li>전력 수요 97.2GW 역대 최고</li><li>8월 열대야 일수 21일 '최장'</li></ul></div>
</div>
<footer class="hbs-footer">한빛방송 | 서울특별시 마포구 상암산로 45 | 시청자상담실 1588-3330</footer>
</body>
</html>
"""


article(
    name="06_heat_illness_broadcaster_vod_br_html", ext="html", published="2026-08-18",
    title="온열질환자 3,800명 넘어 역대 최다…폭염 위기경보 '심각' 격상",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["HBS 한빛방송 뉴스", "다시보기", "[뉴스9]", "2026년 8월 18일 방송", "정유나 기자", "수정 2026.08.19", "재생 00:00", "02:14",
               "[앵커]", "열흘째", "글자크기", "스크랩", "촬영기자", "영상편집", "HBS제보", "02-781-4444", "무단 전재", "이 기사와 관련된 주요 뉴스",
               "120만 마리", "160억원", "97.2GW", "열대야 일수", "상암산로", "1588-3330"],
    notes=("A broadcaster web article HTML (HBS 한빛방송, invented): gnb, program line '[뉴스9] 2026년 8월 18일 방송', h1, meta with **'입력 "
           "2026.08.18 (20:41)' and '수정 2026.08.19 (07:15)'**, a VideoObject JSON-LD with uploadDate, a video area with player time and "
           "an **'[앵커]' caption**, tools; body = **the br-separated text of div#newsText** (broadcast style 습니다); credit line, 제보 box, "
           "copyright, related news (figures), footer — furniture. published: 입력 2026-08-18. Conventions: '3,800명을 넘어서며' at_least "
           "count (change optional); '2011년 감시체계 운영 이후' that year (blind10's '2001년 개항 이후'); '올여름' optional; '5월 15일부터 "
           "어제(17일)까지' one period 2026-05-15..2026-08-17 (parts optional); '3,846명으로, 지난해 같은 기간 2,914명보다 932명(32.0%) "
           "많았습니다' gold endpoint change with delta (counts optional endpoints, %-change optional, 32.0 percentage gold); '29명으로 "
           "지난해(21명)보다 8명 늘었습니다' gold change, bare '지난해' gold; '65세 이상' an age (optional); bracketed shares of counts gold; "
           "'이달 들어서만' gold 2026-08 (blind10's '올해 들어서만'); '183개 … 176곳' gold counts; '오늘(18일)' 2026-08-18, clock times "
           "optional; '5만 2,000곳에서 5만 6,500곳으로 4,500곳' gold change; '다음 주 초까지' optional; '37도' a measure (optional). "
           "Organisations: 질병관리청 (질병청), 행정안전부 (행안부), 기상청; 정부 optional."),
)


if __name__ == "__main__":
    main(HERE)
