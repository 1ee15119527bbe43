#!/usr/bin/env python3
"""The eval/blind21 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind21/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)


def mult(text, factor):
    """A multiple or fraction ('두 배', '절반', '3분의 1'): no gold figure; optional readings (blind10)."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def dur(text, value, unit):
    """A duration (N년간, N개월, 35주 연속): optional count and optional open period."""
    return [c(text, value, unit, opt=True), p(text, None, None, opt=True)]


# ---------------------------------------------------------------------------
# 01 서울 아파트 거래량, economic daily HTML (div#article_body.art_body p + inline ad, og/article meta), 2026-11-24
# ---------------------------------------------------------------------------
A01 = [
    ("10월 서울 아파트 거래 3,412건…9월보다 28.6% 줄어", [
        p("10월", "2026-10", "2026-10"), c("3,412건", 3412, "건", opt=True), ch("3,412건", after=3412, unit="건"),
        p("9월", "2026-09", "2026-09"), pc("28.6%", 28.6), ch("9월보다 28.6% 줄어", delta=-28.6, unit="%"),
    ]),
    ("토지거래허가구역 확대 영향…강남3구 거래 41% 급감", [
        c("3구", 3, "구", opt=True), pc("41%", 41), ch("41% 급감", delta=-41, unit="%"),
    ]),
    ("서울부동산정보광장에 따르면 지난달 서울 아파트 매매 거래량은 23일 기준 3,412건으로 집계됐다. 9월(4,779건)보다 1,367건(28.6%) 줄어든 것으로, 8월 6,105건을 정점으로 두 달 연속 감소세다. 아파트 거래 신고 기한이 계약 후 30일인 점을 고려하면 최종 거래량은 3,800건 안팎이 될 전망이다.", [
        p("지난달", "2026-10", "2026-10"), p("23일 기준", "2026-11-23", "2026-11-23"), c("3,412건", 3412, "건", opt=True),
        p("9월", "2026-09", "2026-09"), c("4,779건", 4779, "건", opt=True), c("1,367건", 1367, "건", opt=True), pc("28.6%", 28.6),
        ch("3,412건으로 집계됐다. 9월(4,779건)보다 1,367건(28.6%) 줄어든", before=4779, after=3412, delta=-1367, unit="건"),
        ch("9월(4,779건)보다 1,367건(28.6%) 줄어든", before=4779, delta=-1367, unit="건", opt=True),
        ch("3,412건으로", after=3412, unit="건", opt=True), ch("1,367건(28.6%) 줄어든", delta=-1367, unit="건", opt=True),
        ch("1,367건(28.6%) 줄어든", delta=-28.6, unit="%", opt=True),
        p("8월", "2026-08", "2026-08"), c("6,105건", 6105, "건"), *dur("두 달", 2, "달"),
        *dur("30일", 30, "일"), c("3,800건 안팎", 3800, "건", q="approx"),
    ]),
    ("자치구별로는 강남·서초·송파 등 강남3구 거래가 1,012건에서 597건으로 41.0% 급감했다. 정부가 지난 9월 15일부터 토지거래허가구역을 강남3구와 용산구 전역으로 확대 지정한 영향이 컸다. 반면 노원구(312건)와 도봉구(164건) 등 외곽 지역은 감소 폭이 10% 안팎에 그쳤다.", [
        c("3구", 3, "구", opt=True), c("1,012건", 1012, "건", opt=True), c("597건", 597, "건", opt=True),
        ch("1,012건에서 597건으로 41.0% 급감했다", before=1012, after=597, unit="건"), pc("41.0%", 41.0), ch("41.0% 급감했다", delta=-41.0, unit="%", opt=True),
        p("지난 9월 15일부터", "2026-09-15", None), p("9월 15일", "2026-09-15", "2026-09-15", opt=True), c("3구", 3, "구", opt=True),
        c("312건", 312, "건"), c("164건", 164, "건"), pc("10%", 10), ch("감소 폭이 10%", delta=-10, unit="%", opt=True),
    ]),
    ("거래 가뭄 속에도 가격 상승세는 이어졌다. 한국부동산원(이하 부동산원)에 따르면 17일 기준 서울 아파트 매매가격지수는 한 주 전보다 0.12% 올라 35주 연속 상승했다. 올해 들어 누적 상승률은 6.84%로 지난해 같은 기간(3.15%)의 두 배를 웃돈다.", [
        p("17일 기준", "2026-11-17", "2026-11-17"), *base("한 주 전", ("2026-11-10", "2026-11-10")), pc("0.12%", 0.12),
        ch("0.12% 올라", delta=0.12, unit="%"), *dur("35주", 35, "주"),
        p("올해 들어", "2026", "2026"), pc("6.84%", 6.84), *base("지난해 같은 기간", ("2025", "2025"), ("2025-01", "2025-11")), pc("3.15%", 3.15),
        ch("6.84%로 지난해 같은 기간(3.15%)의", before=3.15, after=6.84, opt=True), *mult("두 배", 2),
    ]),
    ("부동산 업계는 내년 상반기까지 거래 위축이 이어질 것으로 보고 있다. 시중은행 주택담보대출 금리가 연 4%대 중반으로 올랐고, 내년 1월부터 스트레스 DSR 3단계가 전면 적용되기 때문이다. 한 공인중개사는 “호가가 10억원 넘는 단지는 문의가 절반으로 줄었다”고 말했다.", [
        p("내년 상반기까지", None, "2027-06"), p("내년 상반기", "2027-01", "2027-06", opt=True), pc("4%", 4, opt=True),
        p("내년 1월부터", "2027-01", None), m("10억원", 10 * EOK, q="at_least"), *mult("절반", 0.5),
    ]),
]
ORG01 = [o("한국부동산원", ["부동산원"]), o("서울부동산정보광장", opt=True), o("정부", opt=True), o("노원구", opt=True),
         o("도봉구", opt=True), o("용산구", opt=True), o("시중은행", opt=True)]


def page01(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    ad = '<div class="ad_box ad_inarticle"><span class="ad_label">AD</span><a href="https://ad.hanbiteco.co.kr/clk?c=8841">연 5.2% 특판 예금, 지금 가입하세요</a></div>'
    body = "\n".join(ps[:2] + [ad] + ps[2:])
    deck = "<br>".join(esc(t) for t in paras[:2])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)} - 한빛경제</title>
<meta property="og:site_name" content="한빛경제">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://www.hanbiteco.co.kr/article/2026112412345">
<meta property="og:description" content="서울부동산정보광장에 따르면 지난달 서울 아파트 매매 거래량은 23일 기준 3,412건으로 집계됐다.">
<meta property="article:published_time" content="2026-11-24T15:42:00+09:00">
<meta property="article:modified_time" content="2026-11-25T08:03:00+09:00">
<meta property="article:section" content="부동산">
<link rel="stylesheet" href="/css/article.css?v=20261101">
</head>
<body>
<div id="wrap">
<header class="gnb">
  <h1 class="logo"><a href="/">한빛경제</a></h1>
  <ul class="gnb_menu"><li>증권</li><li>부동산</li><li>경제</li><li>산업</li><li>IT</li><li>국제</li><li>오피니언</li></ul>
  <div class="gnb_util"><a>로그인</a><a>구독신청</a></div>
</header>
<div id="container">
<div class="article_head">
  <p class="section_nav">부동산 &gt; 시장동향</p>
  <h2 class="headline">{esc(title)}</h2>
  <p class="sub_title">{deck}</p>
  <div class="byline">박지훈 기자 <span class="email">jhpark@hanbiteco.co.kr</span></div>
  <div class="date_info"><span>입력 2026.11.24 15:42</span><span>수정 2026.11.25 08:03</span></div>
  <div class="util"><button>가</button><button>공유</button><button>인쇄</button></div>
</div>
<div class="art_body" id="article_body" itemprop="articleBody">
{body}
<p class="copyright">&lt;저작권자 ⓒ 한빛경제, 무단전재 및 재배포 금지&gt;</p>
</div>
<div class="relation_news">
  <h3>관련 뉴스</h3>
  <ul>
    <li><a>서울 아파트 전셋값 62주째 상승…성동구 0.31% 올라</a></li>
    <li><a>10·15 대책 한 달…경기 과천 거래 57% 감소</a></li>
    <li><a>주담대 금리 상단 연 6% 돌파 임박</a></li>
  </ul>
</div>
<aside class="rank_box">
  <h3>많이 본 뉴스</h3>
  <ol><li>코스피 4,100선 회복…외국인 1조 2천억 순매수</li><li>삼성전자 성과급 연봉의 48%</li><li>내년 공시가격 현실화율 69% 동결</li></ol>
</aside>
</div>
<footer class="footer"><p>한빛경제 | 서울특별시 중구 세종대로 135 | 등록번호 서울 아04127 | 발행인 최영수</p>
<p>Copyright ⓒ Hanbit Economy. All rights reserved.</p></footer>
</div>
</body>
</html>
"""


article(
    name="01_seoul_apartment_deals_art_body_og_meta_html", ext="html", published="2026-11-24",
    title="서울 아파트 거래량 두 달 연속 감소…10월 3,412건",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["한빛경제", "시장동향", "박지훈 기자", "jhpark@hanbiteco.co.kr", "입력 2026.11.24", "연 5.2% 특판 예금", "무단전재", "관련 뉴스",
               "62주째 상승", "0.31% 올라", "57% 감소", "연 6% 돌파", "많이 본 뉴스", "4,100선", "연봉의 48%", "69% 동결", "아04127",
               "Hanbit Economy"],
    notes=("An economic daily HTML (한빛경제, invented): og meta and **article:published_time '2026-11-24T15:42:00+09:00'** (modified the "
           "next day), h2.headline, **p.sub_title with two deck lines joined by <br>**, byline with e-mail, 입력/수정 row, body = the p of "
           "**div#article_body.art_body**, which also holds an inline ad box and the copyright p; related-news box, 많이 본 뉴스 and "
           "footer outside. published: article:published_time / 입력. The deck lines are body. Conventions: deck '3,412건…9월보다 28.6% "
           "줄어' two gold changes ({after, 건} and {delta −28.6, %}); '3,412건으로 집계됐다. 9월(4,779건)보다 1,367건(28.6%) 줄어든' one "
           "endpoint change across sentences {before, after, delta} (partial readings and the rate's %-change optional, counts optional "
           "endpoints); month names used as bases ('9월보다', '9월(4,779건)') are gold periods of this year; '23일 기준', '17일 기준' gold "
           "days; '8월 6,105건' a gold count; '계약 후 30일', '두 달 연속', '35주 연속' durations optional; '3,800건 안팎' approx count; "
           "'강남3구' no count (optional); '1,012건에서 597건으로 41.0% 급감' endpoint change gold (rate optional); bracketed district "
           "counts '노원구(312건)' gold; '10% 안팎' percentage gold; '한 주 전보다 0.12% 올라' gold %-change; '올해 들어' gold 2026; "
           "'6.84%로 지난해 같은 기간(3.15%)의 두 배를 웃돈다' levels gold, comparison change and '두 배' optional; '연 4%대 중반' band "
           "optional; '3단계' ordinal; '10억원 넘는' at_least money; '내년 상반기까지' open start, end 2027-06. Organisations: "
           "한국부동산원 (이하 부동산원); 서울부동산정보광장 (a web service), 정부, districts and 시중은행 optional."),
)


# ---------------------------------------------------------------------------
# 02 방산 수출 역대 최대, national daily HTML (section#article-body p + figure + inline ad), 2026-12-03
# ---------------------------------------------------------------------------
A02 = [
    ("올해 국내 방위산업 수출 수주액이 212억 4,000만 달러로 집계돼 처음으로 200억 달러를 넘어섰다. 지난해 연간 실적(173억 달러)보다 39억 4,000만 달러(22.8%) 늘어난 역대 최대다.", [
        p("올해", "2026", "2026"), USD("212억 4,000만 달러", 212 * EOK + 4000 * MAN), USD("200억 달러", 200 * EOK, q="at_least"),
        ch("200억 달러를 넘어섰다", after=200 * EOK, unit="USD", opt=True),
        p("지난해", "2025", "2025"), p("연간", None, None, opt=True), p("연간", "2025", "2025", opt=True),
        USD("173억 달러", 173 * EOK), USD("39억 4,000만 달러", 39 * EOK + 4000 * MAN), pc("22.8%", 22.8),
        ch("212억 4,000만 달러로 ... (173억 달러)보다 39억 4,000만 달러(22.8%) 늘어난", before=173 * EOK, after=212 * EOK + 4000 * MAN, delta=39 * EOK + 4000 * MAN, unit="USD"),
        ch("(173억 달러)보다 39억 4,000만 달러(22.8%) 늘어난", before=173 * EOK, delta=39 * EOK + 4000 * MAN, unit="USD", opt=True),
        ch("212억 4,000만 달러로", after=212 * EOK + 4000 * MAN, unit="USD", opt=True),
        ch("39억 4,000만 달러(22.8%) 늘어난", delta=39 * EOK + 4000 * MAN, unit="USD", opt=True),
        ch("39억 4,000만 달러(22.8%) 늘어난", delta=22.8, unit="%", opt=True),
    ]),
    ("방위사업청(이하 방사청)과 한국방위산업진흥회는 2일 이런 내용의 올해 방산 수출 실적을 발표했다. 수출 대상국은 지난해 12개국에서 올해 17개국으로 5개국 늘었고, 수출 계약 건수는 48건으로 집계됐다.", [
        p("2일", "2026-12-02", "2026-12-02"), p("올해", "2026", "2026"), p("지난해", "2025", "2025"), p("올해", "2026", "2026"),
        c("12개국", 12, "개국", opt=True), c("17개국", 17, "개국", opt=True), c("5개국", 5, "개국", opt=True),
        ch("지난해 12개국에서 올해 17개국으로 5개국 늘었고", before=12, after=17, delta=5, unit="개국"), c("48건", 48, "건"),
    ]),
    ("품목별로는 K9 자주포와 K2 전차 등 지상 무기가 124억 달러로 전체의 58.4%를 차지했다. 폴란드와 맺은 K2 전차 2차 이행계약(65억 달러)이 실적을 끌어올렸다. 천궁-Ⅱ 등 유도무기는 51억 달러, 함정·잠수함은 30억 달러로 각각 1년 전보다 2배, 14.6% 늘었다.", [
        USD("124억 달러", 124 * EOK), pc("58.4%", 58.4), USD("65억 달러", 65 * EOK),
        USD("51억 달러", 51 * EOK), ch("51억 달러", after=51 * EOK, unit="USD"), USD("30억 달러", 30 * EOK), ch("30억 달러로", after=30 * EOK, unit="USD"),
        *base("1년 전", ("2025", "2025")), *mult("2배", 2), pc("14.6%", 14.6), ch("14.6% 늘었다", delta=14.6, unit="%"),
    ]),
    ("기업별로는 한화에어로스페이스가 98억 달러로 가장 많았고, 현대로템(65억 달러), LIG넥스원(27억 달러), 한국항공우주산업(KAI·14억 달러)이 뒤를 이었다. 방산 4개사의 올해 1~9월 영업이익은 4조 1,200억원으로 지난해 같은 기간(2조 6,500억원)보다 55.5% 증가했다.", [
        USD("98억 달러", 98 * EOK), USD("65억 달러", 65 * EOK), USD("27억 달러", 27 * EOK), USD("14억 달러", 14 * EOK),
        c("4개사", 4, "개사"), p("올해 1~9월", "2026-01", "2026-09"), m("4조 1,200억원", 4 * JO + 1200 * EOK),
        *base("지난해 같은 기간", ("2025-01", "2025-09")), m("2조 6,500억원", 2 * JO + 6500 * EOK), pc("55.5%", 55.5),
        ch("4조 1,200억원으로 지난해 같은 기간(2조 6,500억원)보다 55.5% 증가했다", before=2 * JO + 6500 * EOK, after=4 * JO + 1200 * EOK, unit="KRW"),
        ch("55.5% 증가했다", delta=55.5, unit="%", opt=True), ch("4조 1,200억원으로", after=4 * JO + 1200 * EOK, unit="KRW", opt=True),
    ]),
    ("정부는 2027년까지 방산 수출 세계 4대 강국에 진입한다는 목표를 세웠다. 방사청은 내년 수출 지원 예산을 올해 1,050억원에서 1,480억원으로 늘리고, 중동·유럽 지역에 방산 협력 거점 3곳을 새로 열 계획이다.", [
        p("2027년까지", None, "2027"), c("4대", 4, "대", opt=True), p("내년", "2027", "2027"), p("올해", "2026", "2026"),
        m("1,050억원", 1050 * EOK), m("1,480억원", 1480 * EOK),
        ch("올해 1,050억원에서 1,480억원으로 늘리고", before=1050 * EOK, after=1480 * EOK, unit="KRW"),
        c("3곳", 3, "곳"), ch("3곳을 새로 열", delta=3, unit="곳", opt=True),
    ]),
    ("오정민 방사청장은 “내년에는 루마니아·사우디아라비아 등과 30억 달러 규모의 추가 계약이 기대된다”며 “수출 금융 지원 한도를 15조원으로 늘리는 방안도 협의하고 있다”고 말했다.", [
        p("내년에는", "2027", "2027"), USD("30억 달러", 30 * EOK), ch("30억 달러 규모의 추가 계약", delta=30 * EOK, unit="USD", opt=True),
        m("15조원", 15 * JO), ch("15조원으로 늘리는", after=15 * JO, unit="KRW"),
    ]),
]
ORG02 = [o("방위사업청", ["방사청"]), o("한국방위산업진흥회", ["방진회"]), o("한화에어로스페이스"), o("현대로템"), o("LIG넥스원"),
         o("한국항공우주산업", ["KAI"]), o("정부", opt=True)]


def page02(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    fig = ('<figure class="article-photo"><img src="https://img.saehanilbo.com/2026/12/03/k9_export.jpg" alt="K9 자주포">'
           '<figcaption>지난 10월 경남 창원 공장에서 출고를 앞둔 K9 자주포 18문이 늘어서 있다. 새한일보 자료사진</figcaption></figure>')
    ad = '<div class="ad-inline" data-ad-slot="article_mid"><ins class="adsbygoogle" data-ad-client="ca-pub-3391"></ins></div>'
    body = "\n".join([fig] + ps[:3] + [ad] + ps[3:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | 새한일보</title>
<meta name="description" content="올해 국내 방위산업 수출 수주액이 212억 4,000만 달러로 집계돼 처음으로 200억 달러를 넘어섰다.">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://img.saehanilbo.com/2026/12/03/k9_export.jpg">
<meta property="article:published_time" content="2026-12-03T06:00:00+09:00">
<meta property="article:modified_time" content="2026-12-04T09:15:00+09:00">
<meta property="article:author" content="이수민">
<script type="text/javascript">window.dataLayer=window.dataLayer||[];dataLayer.push({{"articleId":"20261203000412","section":"economy"}});</script>
</head>
<body class="article-page">
<header class="site-header">
  <a class="logo" href="/">새한일보</a>
  <nav><a>정치</a><a>경제</a><a>사회</a><a>국제</a><a>문화</a><a>스포츠</a><a>오피니언</a><a>전체기사</a></nav>
  <div class="today">2026년 12월 3일 목요일 지면보기</div>
</header>
<main>
<article id="article-view">
  <div class="article-header">
    <span class="category">경제 · 산업</span>
    <h1 class="article-title">{esc(title)}</h1>
    <div class="article-info"><span class="reporter">이수민 기자</span><time datetime="2026-12-03T06:00:00+09:00">2026-12-03 06:00</time><span class="modified">수정 2026-12-04 09:15</span></div>
  </div>
  <section class="article-body" id="article-body">
{body}
  </section>
  <div class="article-footer">
    <p class="reporter-mail">이수민 기자 smlee@saehanilbo.com</p>
    <p class="copyright">Copyright ⓒ 새한일보. 무단 전재, 재배포 및 AI 학습 이용 금지</p>
    <div class="tags"><a>#방산수출</a><a>#K9</a><a>#방사청</a></div>
  </div>
</article>
<div class="related-articles">
  <h3>이 기사와 함께 많이 본 기사</h3>
  <ul>
    <li><a>폴란드 K2 전차 2차 계약 65억 달러 서명…180대 규모</a><span>2026.08.12</span></li>
    <li><a>한화에어로스페이스 3분기 영업이익 1조 1,200억원</a><span>2026.11.05</span></li>
    <li><a>중동 방산 전시회에 국내 기업 42곳 참가</a><span>2026.11.18</span></li>
  </ul>
</div>
<aside class="popular"><h3>많이 본 뉴스</h3><ol><li>수능 만점자 6명…국어 최고점 147점</li><li>금값 온스당 4,300달러 돌파</li></ol></aside>
</main>
<footer class="site-footer">새한일보 · 서울특별시 종로구 율곡로 88 · 대표전화 02-3701-1114 · 등록 1988년 5월 15일</footer>
</body>
</html>
"""


article(
    name="02_defense_exports_section_article_body_figure_html", ext="html", published="2026-12-03",
    title="K방산 수출 올해 212억 달러…사상 첫 200억 달러 돌파",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["새한일보 자료사진", "K9 자주포 18문", "지면보기", "이수민 기자", "smlee@saehanilbo.com", "AI 학습 이용 금지", "#방산수출",
               "함께 많이 본 기사", "180대 규모", "1조 1,200억원", "42곳 참가", "많이 본 뉴스", "수능 만점자", "4,300달러", "02-3701-1114",
               "1988년 5월 15일", "adsbygoogle"],
    notes=("A national daily HTML (새한일보, invented): og meta, **article:published_time '2026-12-03T06:00:00+09:00'** (modified the next "
           "day), a top bar with today's date, h1.article-title, reporter + time element, body = the p of **section#article-body**, "
           "which also holds a figure with a figcaption (figures) and an inline ad div; reporter e-mail, copyright, tags, related box "
           "(figures, dates), 많이 본 뉴스 and footer outside. published: article:published_time. Conventions: '212억 4,000만 달러로 "
           "집계돼 … 지난해 연간 실적(173억 달러)보다 39억 4,000만 달러(22.8%) 늘어난' one endpoint change across sentences "
           "{before, after, delta} (partial readings and %-change optional); '200억 달러를 넘어섰다' at_least money, change optional; "
           "'지난해 12개국에서 올해 17개국으로 5개국 늘었고' gold change (counts optional endpoints); '51억 달러, 30억 달러로 각각 1년 "
           "전보다 2배, 14.6% 늘었다' two gold after-changes and a gold %-change ('2배' optional readings, '1년 전' base optional); "
           "'4조 1,200억원으로 지난해 같은 기간(2조 6,500억원)보다 55.5% 증가' endpoint change gold, rate optional; '올해 1~9월' gold; "
           "'4대 강국' optional; '2차 이행계약' ordinal; '3곳을 새로 열' gold count (delta reading optional); '30억 달러 규모의 추가 "
           "계약' money gold, delta optional; '15조원으로 늘리는' gold after-change. K9, K2, 천궁-Ⅱ are names. Organisations: "
           "방위사업청 (이하 방사청), 한국방위산업진흥회, 한화에어로스페이스, 현대로템, LIG넥스원, 한국항공우주산업 (KAI); 정부 optional; "
           "countries are not organisations."),
)


# ---------------------------------------------------------------------------
# 03 기업 R&D 투자, economic daily HTML (div.story-news.article with photo + related box inside), 2026-10-14
# ---------------------------------------------------------------------------
A03 = [
    ("국내 상장사의 지난해 연구개발(R&D) 투자액이 처음으로 70조원을 넘어섰다. 다만 상위 10개 기업이 전체 투자의 64.2%를 차지해 쏠림 현상은 더 심해졌다.", [
        p("지난해", "2025", "2025"), m("70조원", 70 * JO, q="at_least"), ch("70조원을 넘어섰다", after=70 * JO, unit="KRW", opt=True),
        c("10개", 10, "개"), pc("64.2%", 64.2),
    ]),
    ("한국산업기술진흥협회(이하 산기협)가 13일 발표한 ‘2026 기업 R&D 스코어보드’에 따르면 유가증권·코스닥 상장사 2,418개사의 지난해 R&D 투자액은 71조 3,600억원으로 1년 전(65조 8,900억원)보다 5조 4,700억원(8.3%) 늘었다.", [
        p("13일", "2026-10-13", "2026-10-13"), p("2026", "2026", "2026", opt=True), c("2,418개사", 2418, "개사"), p("지난해", "2025", "2025"),
        m("71조 3,600억원", 71 * JO + 3600 * EOK), *base("1년 전", ("2024", "2024")), m("65조 8,900억원", 65 * JO + 8900 * EOK),
        m("5조 4,700억원", 5 * JO + 4700 * EOK), pc("8.3%", 8.3),
        ch("71조 3,600억원으로 1년 전(65조 8,900억원)보다 5조 4,700억원(8.3%) 늘었다", before=65 * JO + 8900 * EOK, after=71 * JO + 3600 * EOK, delta=5 * JO + 4700 * EOK, unit="KRW"),
        ch("5조 4,700억원(8.3%) 늘었다", delta=8.3, unit="%", opt=True), ch("5조 4,700억원(8.3%) 늘었다", delta=5 * JO + 4700 * EOK, unit="KRW", opt=True),
    ]),
    ("기업별로는 삼성전자가 27조 4,000억원으로 1위를 지켰고, SK하이닉스가 4조 9,000억원에서 6조 2,000억원으로 1조 3,000억원 늘려 2위에 올랐다. 현대자동차(4조 1,000억원)와 LG전자(3조 8,000억원)가 뒤를 이었다.", [
        m("27조 4,000억원", 27 * JO + 4000 * EOK), m("4조 9,000억원", 4 * JO + 9000 * EOK), m("6조 2,000억원", 6 * JO + 2000 * EOK),
        m("1조 3,000억원", 1 * JO + 3000 * EOK),
        ch("4조 9,000억원에서 6조 2,000억원으로 1조 3,000억원 늘려", before=4 * JO + 9000 * EOK, after=6 * JO + 2000 * EOK, delta=1 * JO + 3000 * EOK, unit="KRW"),
        m("4조 1,000억원", 4 * JO + 1000 * EOK), m("3조 8,000억원", 3 * JO + 8000 * EOK),
    ]),
    ("매출액 대비 R&D 투자 비중을 뜻하는 R&D 집약도는 평균 3.41%로 전년(3.18%)보다 0.23%포인트 높아졌다. 업종별로는 반도체가 9.8%로 가장 높았고, 제약·바이오(8.6%), 소프트웨어(7.9%) 순이었다.", [
        pc("3.41%", 3.41), *base("전년", ("2024", "2024")), pc("3.18%", 3.18), pc("0.23%포인트", 0.23),
        ch("3.41%로 전년(3.18%)보다 0.23%포인트 높아졌다", before=3.18, after=3.41, delta=0.23),
        pc("9.8%", 9.8), pc("8.6%", 8.6), pc("7.9%", 7.9),
    ]),
    ("쏠림 현상도 뚜렷했다. R&D 투자액이 100억원 미만인 기업은 1,502곳으로 전체의 62.1%였지만 이들의 투자 총액은 4조 2,000억원으로 5.9%에 불과했다. 산기협은 2020~2025년 6년간 중소·중견 상장사의 R&D 투자 증가율이 연평균 3.2%로 대기업(9.7%)의 3분의 1 수준이라고 분석했다.", [
        m("100억원 미만", 100 * EOK, q="at_most"), c("1,502곳", 1502, "곳"), pc("62.1%", 62.1), m("4조 2,000억원", 4 * JO + 2000 * EOK), pc("5.9%", 5.9),
        p("2020~2025년", "2020", "2025"), *dur("6년간", 6, "년"), pc("3.2%", 3.2), ch("증가율이 연평균 3.2%", delta=3.2, unit="%", opt=True),
        pc("9.7%", 9.7), ch("대기업(9.7%)", delta=9.7, unit="%", opt=True), *mult("3분의 1", 1 / 3),
    ]),
    ("정부는 내년 R&D 예산을 올해보다 2조 1,000억원 늘어난 35조 3,000억원으로 편성하고, 중소기업 R&D 세액공제율을 현행 25%에서 30%로 올리는 방안을 추진하고 있다. 김태호 산기협 상근부회장은 “2030년까지 민간 R&D 투자 100조원 시대를 열려면 세제 지원이 뒷받침돼야 한다”고 말했다.", [
        p("내년", "2027", "2027"), p("올해", "2026", "2026"), m("2조 1,000억원", 2 * JO + 1000 * EOK), m("35조 3,000억원", 35 * JO + 3000 * EOK),
        ch("올해보다 2조 1,000억원 늘어난 35조 3,000억원으로", after=35 * JO + 3000 * EOK, delta=2 * JO + 1000 * EOK, unit="KRW"),
        ch("2조 1,000억원 늘어난", delta=2 * JO + 1000 * EOK, unit="KRW", opt=True), ch("35조 3,000억원으로", after=35 * JO + 3000 * EOK, unit="KRW", opt=True),
        p("현행", None, None, opt=True), pc("25%", 25), pc("30%", 30), ch("현행 25%에서 30%로", before=25, after=30),
        p("2030년까지", None, "2030"), m("100조원", 100 * JO),
    ]),
]
ORG03 = [o("한국산업기술진흥협회", ["산기협"]), o("삼성전자"), o("SK하이닉스"), o("현대자동차", ["현대차"]), o("LG전자"), o("정부", opt=True),
         o("유가증권", opt=True), o("코스닥", opt=True)]


def page03(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    photo = ('<div class="ab_photo photo_center"><div class="image"><img src="//img.ilgukeco.com/2026/10/14/rnd_lab.jpg" alt=""></div>'
             '<p class="caption">경기 화성의 한 반도체 연구소에서 연구원들이 웨이퍼를 살펴보고 있다. [사진 일국경제DB]</p></div>')
    rel = ('<div class="ab_related_article"><strong class="title">관련기사</strong><ul>'
           '<li><a>정부 R&amp;D 예산 2년 연속 증액…AI에 4조 8,000억원</a></li>'
           '<li><a>“세액공제율 OECD 최하위권”…기업 R&amp;D 지원 47% 불과</a></li></ul></div>')
    body = "\n".join(ps[:1] + [photo] + ps[1:4] + [rel] + ps[4:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} | 일국경제</title>
<meta name="title" content="{esc(title)}">
<meta property="article:published_time" content="2026-10-14T05:00:00+09:00">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.ilgukeco.com/article/25301187">
</head>
<body>
<div id="header"><div class="logo">일국경제</div>
<ul class="nav"><li>경제</li><li>기업</li><li>테크</li><li>마켓</li><li>부동산</li><li>글로벌</li><li>라이프</li></ul>
<div class="ticker">코스피 3,972.15 ▲0.84% | 코스닥 921.40 ▼0.21% | 원·달러 1,384.5</div></div>
<div id="body" class="article_wrap">
  <div class="subhead"><span class="section">테크</span></div>
  <h1 class="headline">{esc(title)}</h1>
  <div class="datetime"><p><em>입력 2026.10.14 05:00</em><em>업데이트 2026.10.14 09:21</em></p></div>
  <div class="byline_wrap"><span class="byline">정하윤 기자</span></div>
  <div class="story-news article" id="article_body">
{body}
<div class="byline"><em>정하윤 기자 jung.hayun@ilgukeco.com</em></div>
<p class="copyright">ⓒ일국경제 &amp; ilgukeco.com, 무단 전재 및 재배포 금지</p>
  </div>
  <div class="article_util"><button>좋아요 31</button><button>화나요 2</button><button>댓글 14</button></div>
</div>
<div id="aside"><h3>오늘의 주요 뉴스</h3><ul><li>반도체 수출 9개월 연속 20%대 증가</li><li>배터리 3사 3분기 합산 영업손실 2,100억원</li></ul></div>
<div id="footer">일국경제 | 서울 마포구 상암산로 48 | 등록번호 서울 아00973 | 구독문의 1588-0987</div>
</body>
</html>
"""


article(
    name="03_corporate_rnd_story_news_related_inside_html", ext="html", published="2026-10-14",
    title="상장사 R&D 투자 71조원 ‘역대 최대’…상위 10곳이 64% 차지",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["일국경제DB", "웨이퍼를 살펴보고", "관련기사", "4조 8,000억원", "47% 불과", "정하윤 기자", "jung.hayun@ilgukeco.com", "무단 전재",
               "좋아요 31", "오늘의 주요 뉴스", "20%대 증가", "2,100억원", "아00973", "1588-0987", "3,972.15", "1,384.5"],
    notes=("An economic daily HTML (일국경제, invented): only **article:published_time '2026-10-14T05:00:00+09:00'** as meta date, a "
           "market ticker with figures in the header, h1.headline, **div.datetime with 입력/업데이트**, byline, body = the p of "
           "**div.story-news.article**, which also holds a photo box with caption, a **'관련기사' box between paragraphs** (figures), "
           "the closing byline with e-mail and the copyright p (furniture); reaction buttons, aside and footer outside. published: "
           "입력 / article:published_time. Conventions: '70조원을 넘어섰다' at_least money (change optional); '상위 10개 기업' a gold count; "
           "'2026' in the scoreboard's name optional; '2,418개사' unit 개사; '71조 3,600억원으로 1년 전(65조 8,900억원)보다 5조 "
           "4,700억원(8.3%) 늘었다' endpoint change with delta (rate's %-change optional, '1년 전' base optional); '4조 9,000억원에서 "
           "6조 2,000억원으로 1조 3,000억원' gold change; '1위', '2위' ordinals; '3.41%로 전년(3.18%)보다 0.23%포인트' a %-level change "
           "without unit; '100억원 미만' at_most money; '1,502곳' gold count; '2020~2025년' gold, '6년간' duration optional; '증가율이 "
           "연평균 3.2%', '(9.7%)' percentages gold, their %-change readings optional; '3분의 1' optional readings; '올해보다 2조 1,000억원 "
           "늘어난 35조 3,000억원으로' one gold change {after, delta}; '현행 25%에서 30%로' %-level change; '100조원 시대' gold money. "
           "Organisations: 한국산업기술진흥협회 (이하 산기협), 삼성전자, SK하이닉스, 현대자동차, LG전자; 정부 and markets optional."),
)


# ---------------------------------------------------------------------------
# 04 대전시 내년 예산, desktop portal page dump (menus, weather widget, date row, 많이 본 뉴스), 2026-11-03
# ---------------------------------------------------------------------------
A04 = [
    ("대전시가 내년도 예산안을 올해보다 4,120억원(6.0%) 늘어난 7조 2,840억원으로 편성해 시의회에 제출했다고 2일 밝혔다. 역대 최대 규모다.", [
        p("내년도", "2027", "2027"), p("올해", "2026", "2026"), m("4,120억원", 4120 * EOK), pc("6.0%", 6.0), m("7조 2,840억원", 7 * JO + 2840 * EOK),
        ch("올해보다 4,120억원(6.0%) 늘어난 7조 2,840억원으로", after=7 * JO + 2840 * EOK, delta=4120 * EOK, unit="KRW"),
        ch("4,120억원(6.0%) 늘어난", delta=6.0, unit="%", opt=True), ch("4,120억원(6.0%) 늘어난", delta=4120 * EOK, unit="KRW", opt=True),
        ch("7조 2,840억원으로", after=7 * JO + 2840 * EOK, unit="KRW", opt=True), p("2일", "2026-11-02", "2026-11-02"),
    ]),
    ("일반회계는 5조 4,310억원으로 5.2% 늘었고, 특별회계는 1조 8,530억원이다. 시는 지방세 수입이 2조 1,900억원에서 2조 1,300억원으로 600억원 줄어드는 반면 국고보조금은 2조 6,700억원으로 8.9% 늘어날 것으로 내다봤다.", [
        m("5조 4,310억원", 5 * JO + 4310 * EOK), pc("5.2%", 5.2), ch("5조 4,310억원으로", after=5 * JO + 4310 * EOK, unit="KRW"), ch("5.2% 늘었고", delta=5.2, unit="%"),
        m("1조 8,530억원", 1 * JO + 8530 * EOK),
        m("2조 1,900억원", 2 * JO + 1900 * EOK), m("2조 1,300억원", 2 * JO + 1300 * EOK), m("600억원", 600 * EOK),
        ch("2조 1,900억원에서 2조 1,300억원으로 600억원 줄어드는", before=2 * JO + 1900 * EOK, after=2 * JO + 1300 * EOK, delta=-600 * EOK, unit="KRW"),
        m("2조 6,700억원", 2 * JO + 6700 * EOK), pc("8.9%", 8.9), ch("2조 6,700억원으로", after=2 * JO + 6700 * EOK, unit="KRW"), ch("8.9% 늘어날", delta=8.9, unit="%"),
    ]),
    ("분야별로는 저출생 대응 예산이 2,150억원으로 가장 큰 폭(31.4%)으로 늘었다. 시는 내년 1월부터 첫째 아이 출산 시 지급하는 출산장려금을 100만원에서 200만원으로 올리고, 공공 산후조리원 2곳을 2028년까지 새로 짓는다.", [
        m("2,150억원", 2150 * EOK), ch("2,150억원으로", after=2150 * EOK, unit="KRW"), pc("31.4%", 31.4), ch("(31.4%)으로 늘었다", delta=31.4, unit="%"),
        p("내년 1월부터", "2027-01", None), m("100만원", 100 * MAN), m("200만원", 200 * MAN),
        ch("100만원에서 200만원으로 올리고", before=100 * MAN, after=200 * MAN, unit="KRW"),
        c("2곳", 2, "곳"), ch("2곳을 2028년까지 새로 짓는다", delta=2, unit="곳", opt=True), p("2028년까지", None, "2028"),
    ]),
    ("도시철도 2호선 트램 건설에는 3,480억원이 배정됐다. 트램은 총연장 38.8㎞, 정거장 45개 규모로 2028년 말 개통이 목표다. 시내버스 준공영제 지원금은 1,260억원으로 지난해 결산액(1,090억원)보다 170억원 많다.", [
        m("3,480억원", 3480 * EOK), c("38.8㎞", 38.8, "㎞", opt=True), c("45개", 45, "개"), p("2028년 말", "2028-12", "2028-12"),
        m("1,260억원", 1260 * EOK), p("지난해", "2025", "2025"), m("1,090억원", 1090 * EOK), m("170억원", 170 * EOK),
        ch("1,260억원으로 지난해 결산액(1,090억원)보다 170억원 많다", before=1090 * EOK, after=1260 * EOK, delta=170 * EOK, unit="KRW"),
    ]),
    ("반면 행사·축제성 경비는 312억원에서 248억원으로 20.5% 삭감했다. 시 공무원 정원도 4,512명에서 4,470명으로 42명 줄인다.", [
        m("312억원", 312 * EOK), m("248억원", 248 * EOK), ch("312억원에서 248억원으로 20.5% 삭감했다", before=312 * EOK, after=248 * EOK, unit="KRW"),
        pc("20.5%", 20.5), ch("20.5% 삭감했다", delta=-20.5, unit="%", opt=True),
        c("4,512명", 4512, "명", opt=True), c("4,470명", 4470, "명", opt=True), c("42명", 42, "명", opt=True),
        ch("4,512명에서 4,470명으로 42명 줄인다", before=4512, after=4470, delta=-42, unit="명"),
    ]),
    ("예산안은 오는 5일 개회하는 시의회 정례회에서 심사를 거쳐 다음 달 16일 확정된다. 이창수 대전시 기획조정실장은 “세수 여건이 어렵지만 민생과 미래 투자에 집중했다”고 말했다.", [
        p("오는 5일", "2026-11-05", "2026-11-05"), p("다음 달 16일", "2026-12-16", "2026-12-16"),
    ]),
]
ORG04 = [o("대전시", ["대전광역시"]), o("시의회", ["대전시의회"], opt=True), o("대전시 기획조정실", opt=True)]


def page04(paras, title):
    head = """누리 NURI                                   뉴스홈 | 연예 | 스포츠 | 쇼핑 | 메일 | 로그인
검색어를 입력하세요  🔍

뉴스홈   정치   경제   사회   생활   세계   IT   지역   오피니언   포토   TV
지역 > 대전·충청

대전 ☀ 맑음 11.8℃  미세먼지 보통  초미세먼지 좋음   (오전 6시 기준)

대청신문
""" + title + """
2026.11.03 (화) 06:12   |   최종수정 2026.11.03 (화) 10:47   |   댓글 8
윤서진 기자   ✉   글씨 크기   인쇄   공유

"""
    body = "\n\n".join(paras)
    tail = """

윤서진 기자 sjyoon@daecheong.kr
<저작권자 © 대청신문, 무단 전재 및 재배포 금지>

이 기사에 대한 의견 (8)
대전시민77   2026.11.03 08:20
트램 2028년 개통 진짜 되나요? 벌써 세 번째 연기입니다

많이 본 뉴스
1  세종시, 내년 예산 2조 3,800억원…긴축 기조
2  대전 유성구 아파트 분양가 3.3㎡당 2,450만원
3  충남도 출산율 0.88명으로 반등
4  청주공항 국제선 10월 이용객 21만 명 '최다'

지역 날씨  대전 맑음 11.8℃ / 세종 구름 9.4℃ / 청주 맑음 10.2℃

회사소개 | 이용약관 | 개인정보처리방침 | 청소년보호정책 | 제휴문의
Copyright © NURI Corp. All rights reserved.
"""
    return head + body + tail


article(
    name="04_daejeon_budget_desktop_portal_weather_dump", ext="txt", published="2026-11-03",
    title="대전시, 내년 예산 7조 2,840억원 편성…역대 최대",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["누리 NURI", "검색어를 입력하세요", "대전·충청", "미세먼지 보통", "오전 6시 기준", "대청신문", "최종수정", "윤서진 기자", "sjyoon@daecheong.kr",
               "무단 전재", "이 기사에 대한 의견", "대전시민77", "세 번째 연기", "많이 본 뉴스", "2조 3,800억원", "2,450만원", "0.88명",
               "21만 명", "지역 날씨", "세종 구름", "NURI Corp."],
    notes=("A desktop portal page dump (누리 portal, article of 대청신문; both invented): top menu, search line, section menu, breadcrumb, "
           "**weather widget '대전 ☀ 맑음 11.8℃ … (오전 6시 기준)'**, press name, title, **date row '2026.11.03 (화) 06:12 | 최종수정 "
           "2026.11.03 (화) 10:47 | 댓글 8'**, reporter/tools line, body, e-mail, copyright, a dated comment, 많이 본 뉴스 (figures), "
           "a regional weather row, portal footer. published: the first date of the date row. Conventions: '올해보다 4,120억원(6.0%) "
           "늘어난 7조 2,840억원으로' one gold change {after, delta} (the bracketed rate's %-change optional); 'A로 N% 늘었고' two "
           "gold changes; '2조 1,900억원에서 2조 1,300억원으로 600억원 줄어드는' gold with negative delta; '2,150억원으로 가장 큰 "
           "폭(31.4%)으로 늘었다' after-change and %-change gold; '첫째 아이' ordinal; '2곳을 … 새로 짓는다' gold count (delta "
           "optional); '38.8㎞' a measure (optional); '2028년 말' gold 2028-12; '1,260억원으로 지난해 결산액(1,090억원)보다 170억원 "
           "많다' gold change with delta; '312억원에서 248억원으로 20.5% 삭감' endpoint change gold, rate optional; '4,512명에서 "
           "4,470명으로 42명 줄인다' gold change (counts optional endpoints); '2호선' a line number, no figure; '오는 5일', '다음 달 "
           "16일' gold days. Organisations: 대전시; 시의회 and 대전시 기획조정실 optional."),
)


# ---------------------------------------------------------------------------
# 05 11월 1~20일 수출 (반도체), news portal page dump with left menu and 오늘의 날씨, 2026-11-23
# ---------------------------------------------------------------------------
D1120 = ("2026-11-01", "2026-11-20")
A05 = [
    ("이달 1~20일 수출이 반도체 호조에 힘입어 1년 전보다 8.6% 늘었다. 관세청이 21일 발표한 ‘11월 1~20일 수출입 현황’에 따르면 이 기간 수출액은 392억 4,000만 달러로 집계됐다.", [
        p("이달 1~20일", *D1120), *base("1년 전", ("2025-11-01", "2025-11-20"), ("2025-11", "2025-11")), pc("8.6%", 8.6),
        ch("1년 전보다 8.6% 늘었다", delta=8.6, unit="%"), p("21일", "2026-11-21", "2026-11-21"), p("11월 1~20일", *D1120),
        p("이 기간", None, None, opt=True), p("이 기간", *D1120, opt=True),
        USD("392억 4,000만 달러", 392 * EOK + 4000 * MAN), ch("392억 4,000만 달러로", after=392 * EOK + 4000 * MAN, unit="USD", opt=True),
    ]),
    ("조업일수는 15.5일로 지난해와 같았다. 조업일수를 고려한 하루 평균 수출액은 25억 3,000만 달러로 8.6% 증가했다.", [
        *dur("15.5일", 15.5, "일"), p("지난해", "2025", "2025"), p("지난해", "2025-11-01", "2025-11-20", opt=True),
        USD("25억 3,000만 달러", 25 * EOK + 3000 * MAN), ch("25억 3,000만 달러로", after=25 * EOK + 3000 * MAN, unit="USD"),
        pc("8.6%", 8.6), ch("8.6% 증가했다", delta=8.6, unit="%"),
    ]),
    ("품목별로는 반도체 수출이 112억 7,000만 달러로 24.3% 늘며 같은 기간 기준 역대 최대를 기록했다. 전체 수출에서 반도체가 차지하는 비중은 28.7%로 지난해 같은 기간보다 3.8%포인트 높아졌다. 인공지능(AI) 서버용 고대역폭메모리(HBM) 수요가 이어진 데다 D램 고정거래가격이 지난달 말 8.10달러로 1년 전(4.55달러)보다 78% 오른 영향이다.", [
        USD("112억 7,000만 달러", 112 * EOK + 7000 * MAN), ch("112억 7,000만 달러로", after=112 * EOK + 7000 * MAN, unit="USD"),
        pc("24.3%", 24.3), ch("24.3% 늘며", delta=24.3, unit="%"), *base("같은 기간 기준", D1120),
        pc("28.7%", 28.7), *base("지난해 같은 기간", ("2025-11-01", "2025-11-20")), pc("3.8%포인트", 3.8),
        ch("28.7%로 지난해 같은 기간보다 3.8%포인트 높아졌다", after=28.7, delta=3.8),
        p("지난달 말", "2026-10", "2026-10"), p("지난달 말", "2026-10-31", "2026-10-31", opt=True),
        USD("8.10달러", 8.1), *base("1년 전", ("2025-10", "2025-10")), USD("4.55달러", 4.55), pc("78%", 78),
        ch("8.10달러로 1년 전(4.55달러)보다 78% 오른", before=4.55, after=8.1, unit="USD"), ch("78% 오른", delta=78, unit="%", opt=True),
    ]),
    ("반면 승용차 수출은 38억 2,000만 달러로 5.1% 줄었고, 석유제품(-12.4%)과 철강제품(-7.9%)도 감소했다. 국가별로는 중국(8.2%)·미국(3.4%)·베트남(15.1%) 수출이 늘었지만 유럽연합(EU) 수출은 2.6% 줄었다.", [
        USD("38억 2,000만 달러", 38 * EOK + 2000 * MAN), ch("38억 2,000만 달러로", after=38 * EOK + 2000 * MAN, unit="USD"),
        pc("5.1%", 5.1), ch("5.1% 줄었고", delta=-5.1, unit="%"),
        pc("-12.4%", -12.4), ch("(-12.4%)", delta=-12.4, unit="%"), pc("-7.9%", -7.9), ch("(-7.9%)", delta=-7.9, unit="%"),
        pc("8.2%", 8.2), ch("중국(8.2%)", delta=8.2, unit="%"), pc("3.4%", 3.4), ch("미국(3.4%)", delta=3.4, unit="%"),
        pc("15.1%", 15.1), ch("베트남(15.1%)", delta=15.1, unit="%"), pc("2.6%", 2.6), ch("2.6% 줄었다", delta=-2.6, unit="%"),
    ]),
    ("같은 기간 수입은 371억 8,000만 달러로 2.3% 늘어 무역수지는 20억 6,000만 달러 흑자를 냈다. 올해 1월 1일부터 이달 20일까지 누적 무역수지 흑자는 612억 달러로, 지난해 연간 흑자(518억 달러)를 이미 넘어섰다.", [
        *base("같은 기간", D1120), USD("371억 8,000만 달러", 371 * EOK + 8000 * MAN), ch("371억 8,000만 달러로", after=371 * EOK + 8000 * MAN, unit="USD"),
        pc("2.3%", 2.3), ch("2.3% 늘어", delta=2.3, unit="%"), USD("20억 6,000만 달러", 20 * EOK + 6000 * MAN),
        p("올해 1월 1일부터 이달 20일까지", "2026-01-01", "2026-11-20"), p("올해 1월 1일", "2026-01-01", "2026-01-01", opt=True),
        p("이달 20일", "2026-11-20", "2026-11-20", opt=True), USD("612억 달러", 612 * EOK),
        p("지난해", "2025", "2025"), p("연간", None, None, opt=True), p("연간", "2025", "2025", opt=True), USD("518억 달러", 518 * EOK),
        ch("612억 달러로, 지난해 연간 흑자(518억 달러)를 이미 넘어섰다", before=518 * EOK, after=612 * EOK, unit="USD", opt=True),
    ]),
    ("산업통상부 관계자는 “이 추세라면 올해 연간 수출은 7,200억 달러를 넘어 사상 처음 7,000억 달러 시대를 열 것”이라며 “내년 1분기에도 반도체 중심의 증가세가 이어질 것”이라고 말했다.", [
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        USD("7,200억 달러", 7200 * EOK, q="at_least"), ch("7,200억 달러를 넘어", after=7200 * EOK, unit="USD", opt=True),
        USD("7,000억 달러", 7000 * EOK), p("내년 1분기", "2027-01", "2027-03"),
    ]),
]
ORG05 = [o("관세청"), o("산업통상부", ["산업부"]), o("유럽연합", ["EU"], opt=True)]


def page05(paras, title):
    head = """[하늘뉴스]  홈  |  뉴스  |  증권  |  부동산  |  날씨  |  TV  |  로그인  회원가입

☰ 전체메뉴
  ▸ 속보
  ▸ 정치
  ▸ 경제  ◂
  ▸ 사회
  ▸ 국제
  ▸ IT·과학
  ▸ 랭킹

오늘의 날씨  서울 흐림 7℃ (최저 2℃ / 최고 9℃)  강수확률 30%

경제 > 무역·통상
""" + title + """
경제동향신문  | 기사입력 2026-11-23 11:05 | 최종수정 2026-11-23 14:30
한도윤 기자

[경제동향신문=한도윤 기자]
"""
    body = "\n".join(paras)
    tail = """

한도윤 기자 dyhan@econtrend.co.kr
Copyright ⓒ 경제동향신문 All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지

▶ 이 시각 주요뉴스
 - 10월 경상수지 102억 달러 흑자…31개월 연속
 - 원·달러 환율 1,371원 마감

많이 본 뉴스
 1. 반도체 장비 수입 34% 급증…평택 라인 증설
 2. 엔비디아 실적 발표 앞두고 SK하이닉스 3.2% 상승
 3. 11월 소비자심리지수 108.4…5개월 만에 하락

하늘뉴스 | 고객센터 1544-7022 | 뉴스제휴 | ⓒ HANEUL Corp.
"""
    return head + body + tail


article(
    name="05_exports_nov20_semis_portal_left_menu_dump", ext="txt", published="2026-11-23",
    title="11월 1~20일 수출 8.6% 늘어…반도체 112억 달러 ‘역대 최대’",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["[하늘뉴스]", "전체메뉴", "오늘의 날씨", "강수확률 30%", "무역·통상", "경제동향신문", "기사입력", "한도윤 기자", "dyhan@econtrend.co.kr",
               "무단 전재-재배포", "이 시각 주요뉴스", "102억 달러", "31개월 연속", "1,371원", "많이 본 뉴스", "34% 급증", "3.2% 상승", "108.4",
               "1544-7022", "HANEUL Corp."],
    notes=("A news portal page dump (하늘뉴스 portal, article of 경제동향신문; both invented): top menu, **a left '전체메뉴' list with "
           "▸ bullets**, **'오늘의 날씨' widget with ℃ and 강수확률 30%**, breadcrumb, title, **'경제동향신문 | 기사입력 2026-11-23 11:05 "
           "| 최종수정 …'**, reporter, a '[경제동향신문=한도윤 기자]' dateline (furniture), body, e-mail, copyright, 주요뉴스 and "
           "많이 본 뉴스 (figures), footer. published: 기사입력. Conventions: '이달 1~20일' and the report name '‘11월 1~20일 "
           "수출입 현황’' gold 2026-11-01..20 (blind7/10 month-named reports); '1년 전보다 8.6% 늘었다' gold %-change; its level "
           "'392억 4,000만 달러로 집계됐다' in the next sentence: money gold, after-change optional; 'A로 N% 늘어/줄었고' two gold "
           "changes; '조업일수 15.5일' duration optional; '지난해와 같았다' bare 지난해 gold; bracketed growth rates '석유제품(-12.4%)', "
           "'중국(8.2%)' gold percentages and %-changes; '28.7%로 … 3.8%포인트 높아졌다' %-level change without unit; '지난달 말' gold "
           "2026-10; '8.10달러로 1년 전(4.55달러)보다 78% 오른' endpoint change USD gold, rate optional; '올해 1월 1일부터 이달 "
           "20일까지' one gold period; '지난해 연간 흑자(518억 달러)를 이미 넘어섰다' comparison with last year's actual, change "
           "optional; '7,200억 달러를 넘어' at_least money; '7,000억 달러 시대' gold money; '내년 1분기' 2027-01..03. "
           "Organisations: 관세청, 산업통상부; 유럽연합(EU) optional; countries are not organisations."),
)


# ---------------------------------------------------------------------------
# 06 청년일자리도약장려금 확대, 고용노동부 보도자료 (text, □/○, 담당 부서 at the end), 2026-12-08
# ---------------------------------------------------------------------------
A06 = [
    ("- 내년 예산 1조 2,430억원 편성…지원 인원 12만 명→15만 명", [
        p("내년", "2027", "2027"), m("1조 2,430억원", 1 * JO + 2430 * EOK),
        c("12만 명", 12 * MAN, "명", opt=True), c("15만 명", 15 * MAN, "명", opt=True), ch("12만 명→15만 명", before=12 * MAN, after=15 * MAN, unit="명"),
    ]),
    ("- 2년 근속 시 최대 1,200만원 지급, 빈일자리 업종 청년에게 최대 360만원 추가", [
        *dur("2년", 2, "년"), m("1,200만원", 1200 * MAN, q="at_most"), m("360만원", 360 * MAN, q="at_most"),
        ch("최대 360만원 추가", delta=360 * MAN, unit="KRW"),
    ]),
    ("□ 고용노동부(이하 노동부)는 내년부터 청년일자리도약장려금 지원 인원을 올해 12만 명에서 15만 명으로 3만 명 늘린다고 8일 밝혔다.", [
        p("내년부터", "2027", None), p("올해", "2026", "2026"),
        c("12만 명", 12 * MAN, "명", opt=True), c("15만 명", 15 * MAN, "명", opt=True), c("3만 명", 3 * MAN, "명", opt=True),
        ch("올해 12만 명에서 15만 명으로 3만 명 늘린다", before=12 * MAN, after=15 * MAN, delta=3 * MAN, unit="명"),
        p("8일", "2026-12-08", "2026-12-08"),
    ]),
    ("○ 청년일자리도약장려금은 5인 이상 중소기업이 취업애로청년을 정규직으로 채용해 6개월 이상 고용을 유지하면 기업에 1년간 월 최대 60만원, 총 720만원을 지원하는 사업이다.", [
        c("5인", 5, "인", q="at_least", opt=True), *dur("6개월", 6, "개월"), *dur("1년간", 1, "년"),
        m("60만원", 60 * MAN, q="at_most"), m("720만원", 720 * MAN),
    ]),
    ("○ 내년에는 청년이 2년 이상 근속하면 청년에게 직접 지급하는 근속 인센티브를 최대 480만원에서 1,200만원으로 확대한다. 특히 빈일자리 업종(조선·뿌리산업 등)에 취업한 청년에게는 360만원을 추가로 지원한다.", [
        p("내년에는", "2027", "2027"), *dur("2년", 2, "년"), m("480만원", 480 * MAN, q="at_most"), m("1,200만원", 1200 * MAN),
        ch("최대 480만원에서 1,200만원으로 확대한다", before=480 * MAN, after=1200 * MAN, unit="KRW"),
        m("360만원", 360 * MAN), ch("360만원을 추가로 지원한다", delta=360 * MAN, unit="KRW"),
    ]),
    ("○ 이번 확대는 청년 고용 한파에 대응하기 위한 것이다. 국가데이터처가 지난달 12일 발표한 ‘10월 고용동향’에 따르면 청년층(15~29세) 고용률은 44.1%로 1년 전보다 1.2%포인트 하락했고, ‘쉬었음’ 청년은 42만 8,000명으로 3만 1,000명 늘었다.", [
        p("지난달 12일", "2026-11-12", "2026-11-12"), p("10월", "2026-10", "2026-10"),
        c("15~29세", 15, "세", opt=True), c("29세", 29, "세", opt=True),
        pc("44.1%", 44.1), *base("1년 전", ("2025-10", "2025-10")), pc("1.2%포인트", 1.2), ch("44.1%로 1년 전보다 1.2%포인트 하락했고", after=44.1, delta=-1.2),
        c("42만 8,000명", 42 * MAN + 8000, "명", opt=True), c("3만 1,000명", 3 * MAN + 1000, "명", opt=True),
        ch("42만 8,000명으로 3만 1,000명 늘었다", after=42 * MAN + 8000, delta=3 * MAN + 1000, unit="명"),
        ch("3만 1,000명 늘었다", delta=3 * MAN + 1000, unit="명", opt=True),
    ]),
    ("○ 노동부는 예산 1조 2,430억원 가운데 3,100억원을 내년 1분기에 조기 집행하고, 참여 기업 수도 올해 4만 2,000개사에서 5만개사 이상으로 늘릴 계획이다.", [
        m("1조 2,430억원", 1 * JO + 2430 * EOK), m("3,100억원", 3100 * EOK), p("내년 1분기", "2027-01", "2027-03"), p("올해", "2026", "2026"),
        c("4만 2,000개사", 4 * MAN + 2000, "개사", opt=True), c("5만개사 이상", 5 * MAN, "개사", q="at_least", opt=True),
        ch("올해 4만 2,000개사에서 5만개사 이상으로 늘릴", before=4 * MAN + 2000, after=5 * MAN, unit="개사"),
    ]),
    ("□ 정다은 노동부 청년고용정책관은 “내년 상반기 안에 지원 인원의 60% 이상을 채용으로 연결하겠다”며 “신청은 다음 달 4일부터 고용24 누리집에서 받는다”고 말했다.", [
        p("내년 상반기", "2027-01", "2027-06"), pc("60%", 60), p("다음 달 4일부터", "2027-01-04", None),
    ]),
]
ORG06 = [o("고용노동부", ["노동부"]), o("국가데이터처"), o("청년일자리도약장려금", opt=True), o("고용24", opt=True)]


def page06(paras, title):
    head = """함께 일하는 나라, 일할 맛 나는 일터
보 도 자 료                                              고용노동부

배포 : 2026. 12. 8.(화)          보도 : 2026. 12. 8.(화) 12:00 이후
총 4쪽 (붙임 2쪽)

"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    tail = """

※ 붙임 : 1. 2027년 청년일자리도약장려금 주요 변경사항
         2. 청년 고용률 추이(2022~2026년)

[붙임 1] 주요 변경사항
  구  분          2026년              2027년
  지원 인원       12만 명             15만 명
  근속 인센티브   최대 480만원        최대 1,200만원
  빈일자리 가산   -                   360만원

담당 부서 : 청년고용정책관 청년고용정책과
  책임자  과  장  한지훈 (044-202-7430)
  담당자  사무관  최유나 (044-202-7436)
"""
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="06_youth_jobs_incentive_moel_release_dept_tail", ext="txt", published="2026-12-08",
    title="청년일자리도약장려금, 내년 지원 인원 15만 명으로 늘린다",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["함께 일하는 나라", "보 도 자 료", "배포 :", "12:00 이후", "총 4쪽", "※ 붙임", "[붙임 1]", "주요 변경사항", "빈일자리 가산", "담당 부서",
               "한지훈", "044-202-7430", "최유나", "044-202-7436", "2022~2026년"],
    notes=("A 고용노동부 보도자료 (plain text): slogan, '보 도 자 료 … 고용노동부', **'배포 : 2026. 12. 8.(화)   보도 : 2026. 12. 8.(화) "
           "12:00 이후'**, 쪽수, title, two '- ' deck lines, □/○ paragraphs, then '※ 붙임' lines, a '[붙임 1]' table (figures, years) "
           "and **'담당 부서' with 책임자/담당자 phones at the end**. published: the 배포 date (= '8일 밝혔다'). Deck lines are body. "
           "Conventions: '12만 명→15만 명' and '올해 12만 명에서 15만 명으로 3만 명 늘린다' gold changes (counts optional endpoints); "
           "'최대 360만원 추가' / '360만원을 추가로 지원한다' money gold plus a gold delta change; '최대 480만원에서 1,200만원으로' "
           "endpoint change (first amount at_most, blind9/10); '월 최대 60만원' at_most, '총 720만원' exact; '5인 이상 중소기업' a firm "
           "size (optional count, like household sizes); '2년 (이상) 근속', '6개월 이상', '1년간' durations optional; '15~29세' ages "
           "optional; '‘10월 고용동향’' month-named report gold 2026-10; '44.1%로 1년 전보다 1.2%포인트 하락' %-level change without "
           "unit ('1년 전' base optional); '42만 8,000명으로 3만 1,000명 늘었다' one gold change {after, delta} (delta-only optional); "
           "'올해 4만 2,000개사에서 5만개사 이상으로' gold change, unit 개사; '내년 1분기' 2027-01..03; '내년 상반기 안에' gold "
           "2027-01..06; '다음 달 4일부터' open from 2027-01-04. Organisations: 고용노동부 (이하 노동부), 국가데이터처; the programme "
           "and 고용24 (a website) optional."),
)


if __name__ == "__main__":
    main(HERE)
