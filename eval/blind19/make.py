#!/usr/bin/env python3
"""The eval/blind19 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind19/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)
AGE = lambda t, v, u="대": c(t, v, u, opt=True)


def mult(text, factor):
    """A multiple or fraction ('1.8배', '4분의 1'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def dur(text, n, unit):
    """A duration ('16년간', '9일 만에', '53년 만'): optional period and count readings."""
    return [p(text, None, None, opt=True), c(text, n, unit, opt=True)]


def rate2(text_after, after, unit, text_rate, rate):
    """'A로 (base보다) N% 늘었다': two gold changes, {after, unit} and {delta: N, %}."""
    return [ch(text_after, after=after, unit=unit), ch(text_rate, delta=rate, unit="%")]


# ---------------------------------------------------------------------------
# 01 4년제 대학 등록금 (대학정보공시), 조선일보-like HTML (section.article-body > p, inline div.ad), 2026-04-30
# ---------------------------------------------------------------------------
A01 = [
    ("올해 4년제 대학의 연간 평균 등록금이 720만 4,000원으로 지난해(685만 7,000원)보다 34만 7,000원(5.1%) 오른 것으로 나타났다. 2009년부터 2024년까지 16년간 이어진 등록금 동결 기조가 무너진 지 2년 만에 인상률이 5%를 넘어섰다.", [
        p("올해", "2026", "2026"), c("4년제", 4, "년제", opt=True), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        m("720만 4,000원", 720 * MAN + 4000), p("지난해", "2025", "2025"), m("685만 7,000원", 685 * MAN + 7000), m("34만 7,000원", 34 * MAN + 7000), pc("5.1%", 5.1),
        ch("720만 4,000원으로 지난해(685만 7,000원)보다 34만 7,000원(5.1%) 오른", before=685 * MAN + 7000, after=720 * MAN + 4000, delta=34 * MAN + 7000, unit="KRW"),
        ch("34만 7,000원(5.1%) 오른", delta=5.1, unit="%", opt=True), ch("34만 7,000원(5.1%) 오른", delta=34 * MAN + 7000, unit="KRW", opt=True),
        ch("720만 4,000원으로", after=720 * MAN + 4000, unit="KRW", opt=True),
        p("2009년부터 2024년까지", "2009", "2024"), p("2009년부터", "2009", None, opt=True), p("2024년까지", None, "2024", opt=True),
        p("2009년", "2009", "2009", opt=True), p("2024년", "2024", "2024", opt=True), *dur("16년간", 16, "년"), *dur("2년 만에", 2, "년"),
        pc("5%", 5), ch("인상률이 5%를 넘어섰다", after=5, opt=True), ch("인상률이 5%를 넘어섰다", delta=5, unit="%", opt=True),
    ]),
    ("교육부와 한국대학교육협의회(이하 대교협)는 29일 전국 4년제 일반·교육대학 193곳의 등록금 현황 등을 담은 ‘2026년 4월 대학정보공시’ 분석 결과를 발표했다. 이에 따르면 올해 등록금을 올린 대학은 151곳(78.2%)으로 지난해(65.3%)보다 비율이 12.9%포인트 높아졌다. 나머지 42곳은 등록금을 동결하거나 인하했다.", [
        p("29일", "2026-04-29", "2026-04-29"), c("4년제", 4, "년제", opt=True), c("193곳", 193, "곳"),
        p("2026년 4월", "2026-04", "2026-04"), p("2026년", "2026", "2026", opt=True),
        p("올해", "2026", "2026"), c("151곳", 151, "곳"), pc("78.2%", 78.2), p("지난해", "2025", "2025"), pc("65.3%", 65.3), pc("12.9%포인트", 12.9),
        ch("151곳(78.2%)으로 지난해(65.3%)보다 비율이 12.9%포인트 높아졌다", before=65.3, after=78.2, delta=12.9),
        ch("12.9%포인트 높아졌다", delta=12.9, unit="%p", opt=True), ch("78.2%)으로", after=78.2, opt=True),
        c("42곳", 42, "곳"),
    ]),
    ("특히 사립대의 인상률은 법정 상한선(5.6%)에 육박했다. 고등교육법은 등록금 인상률이 직전 3개 연도 평균 소비자물가 상승률의 1.5배를 넘지 못하도록 하고 있다. 인상 대학 151곳 가운데 96곳은 상한선까지 올렸다.", [
        pc("5.6%", 5.6), ch("법정 상한선(5.6%)", delta=5.6, unit="%", opt=True), ch("법정 상한선(5.6%)", after=5.6, opt=True),
        p("직전 3개 연도", None, None, opt=True), p("직전 3개 연도", "2023", "2025", opt=True), c("3개 연도", 3, "개", opt=True), c("3개 연도", 3, "개 연도", opt=True),
        *mult("1.5배", 1.5), c("151곳", 151, "곳"), c("96곳", 96, "곳"),
    ]),
    ("계열별로는 의학계열이 연평균 1,012만 3,000원으로 가장 비쌌고 예체능(811만 5,000원), 공학(756만 2,000원), 자연과학(701만 8,000원), 인문사회(633만 9,000원) 순이었다. 설립 유형별로는 사립대가 781만 2,000원으로 국공립대(438만 6,000원)의 1.8배 수준이었다.", [
        m("1,012만 3,000원", 1012 * MAN + 3000), m("811만 5,000원", 811 * MAN + 5000), m("756만 2,000원", 756 * MAN + 2000),
        m("701만 8,000원", 701 * MAN + 8000), m("633만 9,000원", 633 * MAN + 9000),
        m("781만 2,000원", 781 * MAN + 2000), m("438만 6,000원", 438 * MAN + 6000), *mult("1.8배", 1.8),
        ch("781만 2,000원으로 국공립대(438만 6,000원)의 1.8배", before=438 * MAN + 6000, after=781 * MAN + 2000, unit="KRW", opt=True),
    ]),
    ("국공립대 40곳 가운데 27곳이 등록금을 올렸지만 평균 인상률은 2.1%에 그쳤다. 반면 사립대 평균 등록금은 지난해 741만원에서 40만 2,000원 올랐다. 수도권 대학의 평균 등록금은 802만 1,000원으로 비수도권(668만 5,000원)보다 133만 6,000원 많았다.", [
        c("40곳", 40, "곳"), c("27곳", 27, "곳"), pc("2.1%", 2.1), ch("평균 인상률은 2.1%", delta=2.1, unit="%"),
        p("지난해", "2025", "2025"), m("741만원", 741 * MAN), m("40만 2,000원", 40 * MAN + 2000),
        ch("지난해 741만원에서 40만 2,000원 올랐다", before=741 * MAN, delta=40 * MAN + 2000, unit="KRW"),
        ch("지난해 741만원에서 40만 2,000원 올랐다", before=741 * MAN, after=781 * MAN + 2000, delta=40 * MAN + 2000, unit="KRW", opt=True),
        ch("40만 2,000원 올랐다", delta=40 * MAN + 2000, unit="KRW", opt=True),
        m("802만 1,000원", 802 * MAN + 1000), m("668만 5,000원", 668 * MAN + 5000), m("133만 6,000원", 133 * MAN + 6000),
        ch("802만 1,000원으로 비수도권(668만 5,000원)보다 133만 6,000원 많았다", before=668 * MAN + 5000, after=802 * MAN + 1000, delta=133 * MAN + 6000, unit="KRW", opt=True),
        ch("133만 6,000원 많았다", delta=133 * MAN + 6000, unit="KRW", opt=True),
    ]),
    ("학생들의 부담을 덜기 위한 장학금도 늘었다. 지난해 4년제 대학이 지급한 장학금 총액은 5조 6,210억원으로 전년보다 3.9% 증가했고, 학생 1인당 평균 장학금은 353만 1,000원이었다. 다만 등록금 대비 장학금 비율은 49.0%로 전년보다 0.8%포인트 낮아졌다.", [
        p("지난해", "2025", "2025"), c("4년제", 4, "년제", opt=True), m("5조 6,210억원", 5 * JO + 6210 * EOK), *base("전년", ("2024", "2024")), pc("3.9%", 3.9),
        *rate2("5조 6,210억원으로", 5 * JO + 6210 * EOK, "KRW", "3.9% 증가했고", 3.9),
        c("1인당", 1, "인", opt=True), m("353만 1,000원", 353 * MAN + 1000),
        pc("49.0%", 49.0), *base("전년", ("2024", "2024")), pc("0.8%포인트", 0.8), ch("49.0%로 전년보다 0.8%포인트 낮아졌다", after=49.0, delta=-0.8),
        ch("0.8%포인트 낮아졌다", delta=-0.8, unit="%p", opt=True),
    ]),
    ("교육부는 등록금을 올린 대학이 늘자 국가장학금 Ⅱ유형 예산을 올해 3,800억원에서 내년 4,500억원으로 700억원 늘리기로 했다. 늘어난 예산의 70%는 등록금을 동결하거나 인하한 대학에 우선 배분한다. 또 내년부터 등록금 인상 대학은 교육부 재정지원사업 선정 평가에서 불이익을 받는다.", [
        p("올해", "2026", "2026"), m("3,800억원", 3800 * EOK), p("내년", "2027", "2027"), m("4,500억원", 4500 * EOK), m("700억원", 700 * EOK),
        ch("올해 3,800억원에서 내년 4,500억원으로 700억원 늘리기로", before=3800 * EOK, after=4500 * EOK, delta=700 * EOK, unit="KRW"),
        ch("700억원 늘리기로", delta=700 * EOK, unit="KRW", opt=True),
        pc("70%", 70), p("내년부터", "2027", None), p("내년부터", "2027", "2027", opt=True),
    ]),
    ("대학들은 재정난을 이유로 추가 인상이 불가피하다는 입장이다. 한국사립대학총장협의회(사총협)가 지난달 회원 대학 총장 112명을 대상으로 한 설문에서 응답자의 83.9%가 “내년에도 등록금을 올릴 계획”이라고 답했다. 대학교육연구소는 “사립대 운영 수입의 60% 이상을 등록금에 의존하는 구조부터 바꿔야 한다”고 지적했다.", [
        p("지난달", "2026-03", "2026-03"), c("112명", 112, "명"), pc("83.9%", 83.9), p("내년에도", "2027", "2027"), pc("60% 이상", 60),
    ]),
    ("교육부 관계자는 “물가 상승분을 감안하면 대학의 인상 요인을 이해하지만 학생·학부모 부담이 급격히 커지지 않도록 연말까지 등록금 분할 납부 확대 등 보완책을 마련하겠다”고 말했다.", [
        p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True),
    ]),
]
ORG01 = [
    o("교육부"), o("한국대학교육협의회", ["대교협"]), o("한국사립대학총장협의회", ["사총협"]), o("대학교육연구소"),
    o("국가장학금", opt=True), o("고등교육법", opt=True),
]


def page01(paras, title):
    ps = [f'<p class="article-body__content article-body__content-text">{esc(t)}</p>' for t in paras]
    ad1 = ('<div class="ad" id="ad-article-inline-1"><span class="ad__label">AD</span>'
           '<a href="https://ad.hangyeol.co.kr/click?c=88213" rel="sponsored">자녀 교육비 부담 줄이는 법…월 3만원대 교육보험, 지금 가입하면 최대 20% 할인</a></div>')
    ad2 = '<div class="ad" id="ad-article-inline-2"><ins class="adsbygoogle" data-ad-slot="7712049"></ins></div>'
    fig = ('<figure class="article-body__content article-body__content-image"><img src="https://img.hangyeol.co.kr/2026/04/29/tuition.jpg" alt="">'
           '<figcaption>지난 3월 서울의 한 사립대 캠퍼스에서 학생 300여 명이 등록금 인상 철회를 요구하는 집회를 열고 있다. /뉴스1</figcaption></figure>')
    body = "\n".join(ps[:2] + [ad1] + ps[2:4] + [fig] + ps[4:7] + [ad2] + ps[7:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - 한결일보</title>
<meta property="og:site_name" content="한결일보">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="article:section" content="사회">
<meta property="article:published_time" content="2026-04-29T20:00:00Z">
<meta property="article:modified_time" content="2026-04-30T00:41:00Z">
<link rel="canonical" href="https://www.hangyeol.co.kr/national/education/2026/04/30/QX7TUITION2026/">
<script>window.Fusion = window.Fusion || {{}}; Fusion.arcSite = "hangyeol";</script>
</head>
<body>
<div id="fusion-app" class="layout">
<header class="site-header">
  <div class="site-header__top"><a class="logo" href="https://www.hangyeol.co.kr/">한결일보</a>
    <div class="weather-widget"><span class="weather__loc">서울</span><span class="weather__temp">17.8℃</span><span class="weather__sky">맑음</span><span class="weather__dust">미세먼지 보통</span></div>
    <a class="btn-subscribe">구독</a><a class="btn-login">로그인</a></div>
  <nav class="gnb"><ul><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>오피니언</li><li>스포츠</li><li>연예</li><li>라이프</li><li>전체기사</li></ul></nav>
</header>
<main class="layout__main">
<article class="article">
  <div class="article-header">
    <p class="article-header__breadcrumb">사회 &gt; 교육·시험</p>
    <h1 class="article-header__headline"><span>{esc(title)}</span></h1>
    <div class="article-byline">
      <a class="article-byline__author" href="https://www.hangyeol.co.kr/people/kim-seoyeon/">김서연 기자</a>
      <span class="upDate">입력 2026.04.30. 05:00</span>
      <span class="upDate">업데이트 2026.04.30. 09:41</span>
    </div>
    <div class="article-tools"><button>공유</button><button>글자크기</button><button>인쇄</button><span class="comment-count">댓글 214</span></div>
  </div>
  <section class="article-body">
{body}
  </section>
  <div class="article-footer">
    <p class="article-footer__author">김서연 기자 seoyeon@hangyeol.co.kr</p>
    <p class="article-footer__copyright">Copyright 한결일보. All rights reserved. 무단 전재 및 재배포 금지</p>
    <div class="article-footer__reaction"><button>좋아요 86</button><button>화나요 412</button><button>슬퍼요 37</button></div>
  </div>
</article>
<section class="related-articles"><h2>관련 기사</h2><ul>
  <li><a>서울대 등록금 17년 만에 4.8% 인상…국립대 줄인상 예고</a></li>
  <li><a>대학 기숙사비 1년 새 7.3% 올라…월 평균 41만원</a></li>
  <li><a>[사설] 등록금 동결 16년의 청구서</a></li></ul></section>
<aside class="most-viewed"><h2>많이 본 뉴스</h2><ol>
  <li>수도권 아파트 분양가 3.3㎡당 4,200만원 돌파</li>
  <li>봄철 황사 사흘째…전국 미세먼지 ‘나쁨’</li>
  <li>청년 구직자 10명 중 6명 “공공기관 선호”</li></ol></aside>
</main>
<footer class="site-footer"><p>한결일보 | 서울특별시 중구 세종대로 21길 30 | 대표전화 02-724-5114 | 등록번호 서울 아00215</p>
<p>ⓒ 한결일보 2026</p></footer>
</div>
</body>
</html>
"""


article(
    name="01_tuition_fees_section_article_body_inline_ad_html", ext="html", published="2026-04-30",
    title="4년제大 평균 등록금 720만원…151곳이 올렸다",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["미세먼지 보통", "17.8℃", "구독", "전체기사", "사회 > 교육·시험", "김서연 기자", "업데이트 2026.04.30", "댓글 214", "월 3만원대 교육보험",
               "최대 20% 할인", "adsbygoogle", "학생 300여 명", "/뉴스1", "seoyeon@", "Copyright 한결일보", "좋아요 86", "화나요 412", "관련 기사",
               "17년 만에 4.8% 인상", "7.3% 올라", "월 평균 41만원", "등록금 동결 16년의 청구서", "많이 본 뉴스", "4,200만원 돌파", "사흘째",
               "10명 중 6명", "세종대로 21길 30", "02-724-5114", "아00215", "ⓒ 한결일보"],
    notes=("A 조선일보-like (Arc/Fusion) news HTML (한결일보, invented): header with a weather widget and gnb, div.article-header (breadcrumb, "
           "h1 headline, byline with **'입력 2026.04.30. 05:00'** and '업데이트', tools), body = the p children of **section.article-body**, which "
           "also holds **two inline div.ad boxes** (one with an ad text with figures) and a figure with a figcaption (date, count) — furniture; "
           "article-footer (e-mail, copyright, reactions), 관련 기사 and 많이 본 뉴스 (figures), site footer. **meta article:published_time is "
           "UTC ('2026-04-29T20:00:00Z')**: the publication date is the KST date of the 입력 stamp, 2026-04-30. Title not scored; no deck. "
           "Conventions: '720만 4,000원으로 지난해(685만 7,000원)보다 34만 7,000원(5.1%) 오른' one gold endpoint change with delta (the "
           "bracketed rate's %-change optional); bare '지난해' as base gold; '2009년부터 2024년까지' one period (parts optional), '16년간', '2년 "
           "만에' durations optional; '인상률이 5%를 넘어섰다' the percentage gold, its change readings optional; '4년제' no count (optional); '‘2026년 4월 대학정보공시’' a month-named report: gold 2026-04 (blind10); "
           "'151곳(78.2%)으로 지난해(65.3%)보다 비율이 12.9%포인트 높아졌다' a %-level change {before, after, delta} without unit, 151곳 a gold count "
           "(not an endpoint: the change is in the share); '법정 상한선(5.6%)' a cap: percentage gold, change readings optional; '직전 3개 연도' "
           "optional; multiples ('1.5배', '1.8배') optional readings only; a difference between groups at one time ('수도권 … 802만 1,000원으로 "
           "비수도권(668만 5,000원)보다 133만 6,000원 많았다') is no change (optional), its money gold; '평균 인상률은 2.1%' a growth rate of "
           "established base: gold %-change {delta 2.1, %} (as blind10's 'KB국민은행(2.3%)의 증가율'); '지난해 741만원에서 40만 2,000원 "
           "올랐다' gold {before, delta} (the after written in an earlier paragraph; the full reading optional); '5조 6,210억원으로 전년보다 3.9% "
           "증가' two gold changes, '전년' optional; '49.0%로 전년보다 0.8%포인트 낮아졌다' {after, delta −0.8} no unit; '올해 3,800억원에서 내년 "
           "4,500억원으로 700억원' gold endpoint change with delta; '60% 이상' a gold percentage; '연말까지' open start, end 2026-12; '1인당' "
           "optional. Organisations: 교육부, 한국대학교육협의회 (이하 대교협), 한국사립대학총장협의회 (사총협), 대학교육연구소; the scholarship "
           "programme and the law optional. 수도권/비수도권 are regions."),
)


# ---------------------------------------------------------------------------
# 02 해외건설 수주 (억 달러), 매일경제-like HTML (div.news_cnt_detail_wrap, div.time_info '입력 : …'), 2026-02-05
# ---------------------------------------------------------------------------
A02 = [
    ("중동 비중 40% 넘어…플랜트 수주가 실적 견인", [pc("40%", 40)]),
    ("누적 수주 1조 달러 돌파 눈앞…정책금융 22조원 공급", [
        USD("1조 달러", 10**12, q="at_least"), ch("1조 달러 돌파", after=10**12, unit="USD", opt=True), m("22조원", 22 * JO),
    ]),
    ("지난해 국내 건설사의 해외건설 수주액이 371억 2,000만 달러로 집계됐다. 2015년(461억 달러) 이후 10년 만에 가장 많은 규모로, 전년(333억 1,000만 달러)보다 38억 1,000만 달러(11.4%) 늘었다.", [
        p("지난해", "2025", "2025"), USD("371억 2,000만 달러", 371 * EOK + 2000 * MAN),
        p("2015년(461억 달러) 이후", "2015", None), p("2015년", "2015", "2015", opt=True), USD("461억 달러", 461 * EOK), *dur("10년 만에", 10, "년"),
        *base("전년", ("2024", "2024")), USD("333억 1,000만 달러", 333 * EOK + 1000 * MAN), USD("38억 1,000만 달러", 38 * EOK + 1000 * MAN), pc("11.4%", 11.4),
        ch("371억 2,000만 달러로 ... 전년(333억 1,000만 달러)보다 38억 1,000만 달러(11.4%) 늘었다", before=333 * EOK + 1000 * MAN, after=371 * EOK + 2000 * MAN, delta=38 * EOK + 1000 * MAN, unit="USD"),
        ch("전년(333억 1,000만 달러)보다 38억 1,000만 달러(11.4%) 늘었다", before=333 * EOK + 1000 * MAN, delta=38 * EOK + 1000 * MAN, unit="USD", opt=True),
        ch("371억 2,000만 달러로", after=371 * EOK + 2000 * MAN, unit="USD", opt=True),
        ch("38억 1,000만 달러(11.4%) 늘었다", delta=11.4, unit="%", opt=True), ch("38억 1,000만 달러(11.4%) 늘었다", delta=38 * EOK + 1000 * MAN, unit="USD", opt=True),
    ]),
    ("국토교통부와 해외건설협회는 4일 이런 내용의 ‘2025년 해외건설 수주 실적’과 ‘2026년 해외건설 수주 지원 전략’을 발표했다. 지난해 해외 수주 건수는 612건, 진출 국가는 98개국이었으며 해외에 진출한 기업은 358개사로 전년보다 21개사 늘었다.", [
        p("4일", "2026-02-04", "2026-02-04"), p("2025년", "2025", "2025", opt=True), p("2026년", "2026", "2026", opt=True),
        p("지난해", "2025", "2025"), c("612건", 612, "건"), c("98개국", 98, "개국"),
        c("358개사", 358, "개사", opt=True), *base("전년", ("2024", "2024")), c("21개사", 21, "개사", opt=True),
        ch("358개사로 전년보다 21개사 늘었다", after=358, delta=21, unit="개사"), ch("21개사 늘었다", delta=21, unit="개사", opt=True),
        ch("358개사로 전년보다 21개사 늘었다", before=337, after=358, delta=21, unit="개사", opt=True),
    ]),
    ("지역별로는 중동이 148억 7,000만 달러로 전체의 40.1%를 차지했다. 사우디아라비아 가스전 확장 공사 등 대형 플랜트 수주가 이어지면서 중동 수주액이 1년 전보다 27.5% 늘었다. 이어 아시아(95억 3,000만 달러), 북미·태평양(52억 달러), 유럽(41억 6,000만 달러) 순이었다.", [
        USD("148억 7,000만 달러", 148 * EOK + 7000 * MAN), pc("40.1%", 40.1), ch("148억 7,000만 달러로", after=148 * EOK + 7000 * MAN, unit="USD", opt=True),
        *base("1년 전", ("2024", "2024")), pc("27.5%", 27.5), ch("1년 전보다 27.5% 늘었다", delta=27.5, unit="%"),
        USD("95억 3,000만 달러", 95 * EOK + 3000 * MAN), USD("52억 달러", 52 * EOK), USD("41억 6,000만 달러", 41 * EOK + 6000 * MAN),
    ]),
    ("공종별로는 산업설비(플랜트)가 212억 달러로 57.1%에 달했고, 건축 66억 3,000만 달러, 토목 54억 9,000만 달러 순이었다. 기업별로는 삼성물산이 68억 4,000만 달러로 가장 많이 수주했고 현대건설(55억 1,000만 달러), 현대엔지니어링(39억 8,000만 달러), 삼성E&A(37억 2,000만 달러)가 뒤를 이었다.", [
        USD("212억 달러", 212 * EOK), pc("57.1%", 57.1), USD("66억 3,000만 달러", 66 * EOK + 3000 * MAN), USD("54억 9,000만 달러", 54 * EOK + 9000 * MAN),
        USD("68억 4,000만 달러", 68 * EOK + 4000 * MAN), USD("55억 1,000만 달러", 55 * EOK + 1000 * MAN), USD("39억 8,000만 달러", 39 * EOK + 8000 * MAN),
        USD("37억 2,000만 달러", 37 * EOK + 2000 * MAN),
    ]),
    ("정부는 올해 수주 목표를 400억 달러로 잡았다. 첫 해외 진출 이후 60여 년간 쌓인 누적 수주액은 지난해 말 기준 9,962억 달러로, 이르면 올해 상반기 중 1조 달러를 넘어설 것으로 예상된다.", [
        p("올해", "2026", "2026"), USD("400억 달러", 400 * EOK), ch("400억 달러로 잡았다", after=400 * EOK, unit="USD", opt=True),
        *dur("60여 년간", 60, "년"), p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True),
        p("지난해 말 기준", None, "2025-12", opt=True), USD("9,962억 달러", 9962 * EOK),
        p("올해 상반기", "2026-01", "2026-06"), USD("1조 달러", 10**12, q="at_least"), ch("1조 달러를 넘어설", after=10**12, unit="USD", opt=True),
        ch("9,962억 달러로 ... 1조 달러를 넘어설", before=9962 * EOK, after=10**12, unit="USD", opt=True),
    ]),
    ("지원책도 내놓았다. 국토부는 해외 투자개발사업에 투자하는 글로벌플랜트·건설·스마트시티(PIS) 펀드 규모를 현재 1조 5,000억원에서 2028년까지 2조 5,000억원으로 1조원 늘린다. 한국수출입은행(수은)과 한국무역보험공사(무보)는 올해 해외건설 정책금융을 지난해보다 4조원 많은 22조원 규모로 공급하기로 했다.", [
        p("현재", None, None, opt=True), m("1조 5,000억원", 1 * JO + 5000 * EOK), p("2028년까지", None, "2028"), m("2조 5,000억원", 2 * JO + 5000 * EOK), m("1조원", 1 * JO),
        ch("현재 1조 5,000억원에서 2028년까지 2조 5,000억원으로 1조원 늘린다", before=1 * JO + 5000 * EOK, after=2 * JO + 5000 * EOK, delta=1 * JO, unit="KRW"),
        ch("1조원 늘린다", delta=1 * JO, unit="KRW", opt=True),
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"), m("4조원", 4 * JO), m("22조원", 22 * JO),
        ch("지난해보다 4조원 많은 22조원", after=22 * JO, delta=4 * JO, unit="KRW"),
        ch("지난해보다 4조원 많은 22조원", before=18 * JO, after=22 * JO, delta=4 * JO, unit="KRW", opt=True), ch("4조원 많은", delta=4 * JO, unit="KRW", opt=True),
    ]),
    ("해외건설 인력도 키운다. 국토부는 올해 청년 해외건설 인력 1,200명을 양성하고, 오는 3월부터 중동·동남아 지역에 ‘원팀코리아’ 수주지원단을 6차례 파견할 계획이다. 첫 수주지원단은 다음 달 23일 사우디아라비아와 아랍에미리트(UAE)를 시작으로 활동에 들어간다.", [
        p("올해", "2026", "2026"), c("1,200명", 1200, "명"), p("오는 3월부터", "2026-03", None), p("오는 3월", "2026-03", "2026-03", opt=True),
        c("6차례", 6, "차례", opt=True), p("다음 달 23일", "2026-03-23", "2026-03-23"),
    ]),
    ("해외건설협회 관계자는 “중동 발주가 올해도 이어질 것으로 보여 400억 달러 달성이 충분히 가능하다”면서도 “고금리와 환율 변동으로 수익성이 떨어질 수 있는 만큼 수주 단계부터 위험 관리가 필요하다”고 말했다.", [
        p("올해도", "2026", "2026"), USD("400억 달러", 400 * EOK),
    ]),
]
ORG02 = [
    o("국토교통부", ["국토부"]), o("해외건설협회"), o("삼성물산"), o("현대건설"), o("현대엔지니어링"), o("삼성E&A"),
    o("한국수출입은행", ["수은"]), o("한국무역보험공사", ["무보"]),
    o("정부", opt=True), o("글로벌플랜트·건설·스마트시티(PIS) 펀드", ["PIS 펀드", "PIS"], opt=True), o("원팀코리아", opt=True), o("수주지원단", opt=True),
]


def page02(paras, title):
    deck = "<br>".join(esc(t) for t in paras[:2])
    ps = [f'<p refid="{i + 1}">{esc(t)}</p>' for i, t in enumerate(paras[2:])]
    fig = ('<div class="thumb_area img"><figure><div class="thumb"><img loading="lazy" src="https://img.hbecon.co.kr/news/202602/05/overseas.jpg" alt=""></div>'
           '<figcaption class="thumb_txt">지난해 11월 사우디아라비아 동부 가스 처리시설 공사 현장에서 근로자 1,800여 명이 작업하고 있다. [사진 제공 = 현대건설]</figcaption></figure></div>')
    body = "\n".join(ps[:2] + [fig] + ps[2:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 한빛경제</title>
<meta property="og:site_name" content="한빛경제">
<meta property="og:title" content="{esc(title)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.hbecon.co.kr/news/realestate/11234567">
</head>
<body>
<div id="container">
<header class="header">
  <div class="logo_area"><a href="https://www.hbecon.co.kr/">한빛경제</a><span class="today">2026년 2월 6일 금요일</span></div>
  <nav class="gnb"><ul><li>경제</li><li>기업</li><li>사회</li><li>국제</li><li>부동산</li><li>증권</li><li>정치</li><li>IT·과학</li><li>문화</li><li>오피니언</li></ul></nav>
  <div class="stock_ticker">코스피 2,873.41 ▲12.08 | 코스닥 842.17 ▼3.11 | 원·달러 1,437.20</div>
</header>
<section class="contents">
<div class="news_detail_head_group">
  <div class="news_top_wrap">
    <p class="cate">부동산 &gt; 건설</p>
    <h2 class="news_ttl">{esc(title)}</h2>
    <div class="news_write_info_group">
      <dl class="author"><dt class="name">박준혁 기자</dt><dd class="email">jh.park@hbecon.co.kr</dd></dl>
      <div class="time_info"><span class="registration">입력 : 2026-02-05 17:21:03</span> <span class="modify">수정 : 2026-02-06 08:10:44</span></div>
    </div>
    <div class="news_control_group"><button class="btn_summary">요약</button><button class="btn_font">가</button><button class="btn_share">공유</button><button class="scrap">스크랩</button></div>
  </div>
</div>
<section class="news_detail_body_group">
  <div class="sec_body">
    <div class="news_cnt_detail_wrap">
      <div class="mid_title"><div class="midtitle_text">{deck}</div></div>
{body}
    </div>
    <div class="news_copyright">ⓒ 한빛경제 &amp; hbecon.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지</div>
    <div class="news_like_group"><button>추천 48</button><button>화나요 3</button></div>
  </div>
  <div class="news_relation_group"><h3>관련기사</h3><ul>
    <li>현대건설, 사우디 가스전 2단계 19억 달러 수주</li>
    <li>1월 해외건설 수주 28억 달러…전년 동월比 15% 감소</li>
    <li>중견 건설사 해외 진출 지원 1,500억원 펀드 조성</li></ul></div>
</section>
<aside class="right_wrap">
  <div class="popular_news"><h3>많이 본 뉴스</h3><ol>
    <li>서울 아파트값 52주 연속 상승…강남3구 0.4%↑</li>
    <li>삼성전자 성과급 연봉의 47%…반도체 부문 최대</li>
    <li>연말정산 환급액 평균 63만원…작년보다 5만원 늘어</li></ol></div>
  <div class="mk_signal">한빛 시그널 구독하고 투자 정보 받아보기</div>
</aside>
</section>
<footer class="footer"><p>(주)한빛경제신문 | 서울특별시 중구 퇴계로 190 | 대표전화 02-2000-2114 | 등록번호 서울 아01234</p>
<p class="bt_copyright">Copyright (c) 한빛경제. All rights reserved.</p></footer>
</div>
</body>
</html>
"""


article(
    name="02_overseas_construction_news_cnt_detail_time_info_html", ext="html", published="2026-02-05",
    title="해외건설 수주 371억 달러 10년 만에 최대…올해 목표 400억 달러",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["2026년 2월 6일 금요일", "IT·과학", "코스피 2,873.41", "842.17", "1,437.20", "부동산 > 건설", "박준혁 기자", "jh.park@", "수정 : 2026-02-06",
               "스크랩", "1,800여 명", "[사진 제공 = 현대건설]", "ⓒ 한빛경제", "AI학습 이용 금지", "추천 48", "관련기사", "19억 달러 수주", "28억 달러",
               "15% 감소", "1,500억원 펀드", "많이 본 뉴스", "52주 연속", "0.4%↑", "연봉의 47%", "63만원", "5만원 늘어", "한빛 시그널", "퇴계로 190",
               "02-2000-2114", "아01234", "Copyright (c) 한빛경제"],
    notes=("A 매일경제-like news HTML (한빛경제, invented): header with the **next day's date '2026년 2월 6일 금요일'**, gnb and a stock ticker "
           "(figures), h2.news_ttl, author, **div.time_info '입력 : 2026-02-05 17:21:03' and '수정 : 2026-02-06 08:10:44'**, body = **two deck "
           "lines in div.mid_title (joined by br)** and the p of **div.news_cnt_detail_wrap**, which also holds a figure with a caption (date, "
           "count) — furniture; copyright, reactions, 관련기사 and 많이 본 뉴스 (figures), a promo and the footer. No meta date. published: the "
           "입력 date (not 수정, not the header's date). Title not scored; deck lines are body ('중동 비중 40% 넘어' a gold percentage; '1조 달러 "
           "돌파 눈앞' at_least money, change optional). Conventions: '371억 2,000만 달러로 집계됐다. … 전년(333억 1,000만 달러)보다 38억 1,000만 "
           "달러(11.4%) 늘었다' one gold endpoint change with delta across two sentences (as blind10 02; the partial readings and the rate's "
           "%-change optional); '2015년(461억 달러) 이후' open-ended from 2015 (blind9/blind10), '10년 만에' optional; '전년', '1년 전' bases "
           "optional; years inside the report names ‘2025년 …’/‘2026년 …’ optional (Conventions; not month-named); '358개사로 전년보다 21개사 "
           "늘었다' a gold change {after, delta, 개사} (counts optional); '98개국' a gold count in 개국; '중동 수주액이 1년 전보다 27.5% 늘었다' a "
           "gold %-change (no level in that clause); bracketed regional and company amounts gold money; '수주 목표를 400억 달러로' a target level, "
           "no change; '지난해 말 기준' gold 2025-12; '60여 년간' a duration (optional); '이르면 올해 상반기 중' gold 2026-01..06; '1조 달러를 넘어설' "
           "at_least money; '현재 1조 5,000억원에서 2028년까지 2조 5,000억원으로 1조원' gold change with delta; '지난해보다 4조원 많은 22조원' gold "
           "{after, delta} (blind10 03's '올해보다 10억원 늘어난 68억원'); '오는 3월부터' open from 2026-03; '6차례' optional (blind10's '두 차례'); "
           "'다음 달 23일' 2026-03-23. Organisations: 국토교통부 (국토부), 해외건설협회, 삼성물산, 현대건설, 현대엔지니어링, 삼성E&A, "
           "한국수출입은행 (수은), 한국무역보험공사 (무보); 정부, the PIS fund, 원팀코리아 수주지원단 optional. Countries and regions (중동, "
           "사우디아라비아, UAE) are not organisations."),
)


# ---------------------------------------------------------------------------
# 03 수도권 광역버스 확충, 정책브리핑 plain dump ('[정책브리핑]' header, '문의 :' footer), 2026-04-16
# ---------------------------------------------------------------------------
A03 = [
    ("- 32개 노선 신설·기존 노선 410대 증차…출퇴근 좌석 하루 4만 1,000석 늘어", [
        c("32개", 32, "개"), ch("32개 노선 신설", delta=32, unit="개", opt=True),
        c("410대", 410, "대", opt=True), ch("410대 증차", delta=410, unit="대"),
        p("하루", None, None, opt=True), c("4만 1,000석", 4 * MAN + 1000, "석", opt=True), ch("4만 1,000석 늘어", delta=4 * MAN + 1000, unit="석"),
    ]),
    ("- 입석 승객 하루 1만 2,600명→5,000명 이하로…2층 전기버스 150대 추가", [
        p("하루", None, None, opt=True), c("1만 2,600명", 1 * MAN + 2600, "명", opt=True), c("5,000명 이하", 5000, "명", q="at_most", opt=True),
        ch("1만 2,600명→5,000명 이하로", before=1 * MAN + 2600, after=5000, unit="명"),
        c("2층", 2, "층", opt=True), c("150대", 150, "대", opt=True), ch("150대 추가", delta=150, unit="대"),
    ]),
    ("국토교통부 대도시권광역교통위원회(이하 대광위)는 16일 이 같은 내용의 ‘2026년 수도권 광역버스 확충 계획’을 발표했다. 경기·인천에서 서울 도심으로 출퇴근하는 광역버스 이용객의 좌석난과 장시간 대기를 줄이기 위한 조치다.", [
        p("16일", "2026-04-16", "2026-04-16"), p("2026년", "2026", "2026", opt=True),
    ]),
    ("대광위에 따르면 수도권 광역버스 이용객은 지난해 하루 평균 128만 4,000명으로 코로나19 이전인 2019년(121만 7,000명)을 넘어섰다. 반면 광역버스 운행 대수는 같은 기간 3,180대에서 2,960대로 220대 줄어 출퇴근 시간대 입석 승객이 하루 평균 1만 2,600명에 이르는 것으로 조사됐다.", [
        p("지난해", "2025", "2025"), p("하루", None, None, opt=True), c("128만 4,000명", 128 * MAN + 4000, "명"),
        p("2019년", "2019", "2019"), c("121만 7,000명", 121 * MAN + 7000, "명"),
        ch("128만 4,000명으로 ... 2019년(121만 7,000명)을 넘어섰다", before=121 * MAN + 7000, after=128 * MAN + 4000, unit="명", opt=True),
        *base("같은 기간", ("2019", "2025")), c("3,180대", 3180, "대", opt=True), c("2,960대", 2960, "대", opt=True), c("220대", 220, "대", opt=True),
        ch("3,180대에서 2,960대로 220대 줄어", before=3180, after=2960, delta=-220, unit="대"), ch("220대 줄어", delta=-220, unit="대", opt=True),
        p("하루", None, None, opt=True), c("1만 2,600명", 1 * MAN + 2600, "명"),
    ]),
    ("우선 광역버스 노선 32개를 새로 만든다. 올해 하반기 경기 남부(화성·용인·평택)와 인천 송도·청라 등 신도시에 18개 노선을 먼저 개통하고, 나머지 14개 노선은 내년 상반기까지 순차적으로 운행을 시작한다.", [
        c("32개", 32, "개"), ch("32개를 새로 만든다", delta=32, unit="개", opt=True), p("올해 하반기", "2026-07", "2026-12"),
        c("18개", 18, "개"), c("14개", 14, "개"), p("내년 상반기까지", None, "2027-06"), p("내년 상반기까지", "2027-01", "2027-06", opt=True),
    ]),
    ("기존 노선에는 410대를 증차한다. 이 가운데 150대는 한 번에 70명 이상 태울 수 있는 2층 전기버스로 투입해 2층 전기버스는 현재 420대에서 570대로 늘어난다. 증차와 신설 노선을 합하면 출퇴근 시간대 좌석 공급은 하루 4만 1,000석 늘어난다.", [
        c("410대", 410, "대", opt=True), ch("410대를 증차한다", delta=410, unit="대"),
        c("150대", 150, "대"), ch("150대는", delta=150, unit="대", opt=True), c("한 번", 1, "번", opt=True), c("70명 이상", 70, "명", q="at_least", opt=True),
        c("2층", 2, "층", opt=True), p("현재", None, None, opt=True), c("420대", 420, "대", opt=True), c("570대", 570, "대", opt=True),
        ch("현재 420대에서 570대로 늘어난다", before=420, after=570, unit="대"),
        p("하루", None, None, opt=True), c("4만 1,000석", 4 * MAN + 1000, "석", opt=True), ch("4만 1,000석 늘어난다", delta=4 * MAN + 1000, unit="석"),
    ]),
    ("이에 따라 출퇴근 시간대 입석 승객은 하루 평균 5,000명 이하로 줄어들 것으로 대광위는 내다봤다. 배차 간격도 주요 노선 평균 22분에서 14분으로 짧아진다.", [
        p("하루", None, None, opt=True), c("5,000명 이하", 5000, "명", q="at_most", opt=True), ch("5,000명 이하로 줄어들", after=5000, unit="명"),
        ch("5,000명 이하로 줄어들", before=1 * MAN + 2600, after=5000, unit="명", opt=True),
        *dur("22분", 22, "분"), *dur("14분", 14, "분"), ch("22분에서 14분으로", before=22, after=14, unit="분", opt=True),
        ch("22분에서 14분으로", before=22, after=14, delta=-8, unit="분", opt=True),
    ]),
    ("예산도 늘렸다. 올해 광역버스 관련 국비는 1,320억원으로 지난해보다 18.6% 증가했다. 국비는 신규 노선의 차량 구입과 운영 적자 보전에 쓰인다. 대광위는 또 준공영제(노선 입찰제) 적용 노선을 현재 262개에서 2028년까지 330개로 68개 늘린다.", [
        p("올해", "2026", "2026"), m("1,320억원", 1320 * EOK), p("지난해", "2025", "2025"), pc("18.6%", 18.6),
        *rate2("1,320억원으로", 1320 * EOK, "KRW", "지난해보다 18.6% 증가했다", 18.6),
        p("현재", None, None, opt=True), c("262개", 262, "개", opt=True), p("2028년까지", None, "2028"), c("330개", 330, "개", opt=True), c("68개", 68, "개", opt=True),
        ch("현재 262개에서 2028년까지 330개로 68개 늘린다", before=262, after=330, delta=68, unit="개"), ch("68개 늘린다", delta=68, unit="개", opt=True),
    ]),
    ("광역버스 환승 편의도 높인다. 서울역·강남역·사당역 등 도심 주요 환승 거점 12곳에 광역버스 전용 정류장을 설치하고, 오는 7월부터는 실시간 좌석 예약 서비스 적용 노선을 현재 88개에서 150개로 확대한다.", [
        c("12곳", 12, "곳"), p("오는 7월부터", "2026-07", None), p("오는 7월", "2026-07", "2026-07", opt=True), p("현재", None, None, opt=True),
        c("88개", 88, "개", opt=True), c("150개", 150, "개", opt=True), ch("현재 88개에서 150개로 확대한다", before=88, after=150, unit="개"),
        ch("현재 88개에서 150개로 확대한다", before=88, after=150, delta=62, unit="개", opt=True),
    ]),
    ("경기도와 인천시도 힘을 보탠다. 경기도는 올해 도비 640억원을 들여 광역버스 운수종사자 1,100명을 추가로 채용하고, 인천시는 연말까지 송도·청라·영종에서 서울로 가는 노선을 9개에서 13개로 늘린다.", [
        p("올해", "2026", "2026"), m("640억원", 640 * EOK), c("1,100명", 1100, "명", opt=True), ch("1,100명을 추가로 채용", delta=1100, unit="명"),
        p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True), c("9개", 9, "개", opt=True), c("13개", 13, "개", opt=True),
        ch("9개에서 13개로 늘린다", before=9, after=13, unit="개"), ch("9개에서 13개로 늘린다", before=9, after=13, delta=4, unit="개", opt=True),
    ]),
    ("김수진 대광위 광역교통정책국장은 “광역버스는 수도권 출퇴근 인구의 4분의 1이 이용하는 핵심 교통수단”이라며 “GTX 개통 전까지 광역버스 공급을 꾸준히 늘려 출퇴근 불편을 최소화하겠다”고 말했다.", [
        *mult("4분의 1", 0.25),
    ]),
]
ORG03 = [
    o("국토교통부", ["국토부"]), o("대도시권광역교통위원회", ["대광위"]), o("경기도"), o("인천시"),
    o("광역교통정책국", opt=True), o("대광위 광역교통정책국", opt=True), o("GTX", opt=True),
]


def page03(paras, title):
    head = """[정책브리핑]
대한민국 정책브리핑 www.korea.kr
정책뉴스   브리핑룸   정책자료   국민참여   K-공감   정책주간지 K-공감
뉴스 > 정책뉴스 > 교통·물류

""" + title + """

2026.04.16  국토교통부
글자크기  인쇄  공유하기  목록

""" + "\n".join(paras[:2]) + "\n\n"
    body = "\n\n".join(paras[2:6]) + "\n\n[사진] 수도권 광역버스 2층 전기버스(사진=국토교통부)\n\n" + "\n\n".join(paras[6:])
    tail = """

문의 : 국토교통부 대도시권광역교통위원회 광역버스과(044-201-5102), 광역교통운영과(044-201-5117)

이 자료는 국토교통부의 보도자료를 전재하여 제공함을 알려드립니다.
정책브리핑의 정책뉴스자료는 공공누리 제1유형 출처표시 조건에 따라 자유롭게 이용할 수 있습니다.

이전다음기사
이전기사  고속도로 휴게소 전기차 충전기 2,400기로 늘린다…연말까지 600기 추가
다음기사  봄철 교통안전 특별대책…5월 31일까지 음주운전 집중 단속

정책 NOW  많이 본 뉴스
1  근로장려금 5월 1일부터 신청…최대 330만원
2  청년도약계좌 가입 요건 완화…연 소득 7,500만원 이하
3  K-패스 환급률 30%로 상향

대한민국 정책브리핑 | 문화체육관광부 국민소통실 | 세종특별자치시 갈매로 388
Copyright ⓒ Korea Policy Briefing. All rights reserved.
"""
    return head + body + tail


article(
    name="03_metro_express_bus_policy_briefing_dump", ext="txt", published="2026-04-16",
    title="수도권 광역버스 32개 노선 새로 달린다…출퇴근 입석 절반 이하로",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["[정책브리핑]", "대한민국 정책브리핑 www.korea.kr", "정책주간지 K-공감", "뉴스 > 정책뉴스", "글자크기", "공유하기", "[사진]", "문의 :",
               "광역버스과(044-201-5102)", "044-201-5117", "보도자료를 전재하여", "공공누리 제1유형", "이전다음기사", "2,400기", "600기 추가",
               "5월 31일까지", "정책 NOW", "많이 본 뉴스", "330만원", "7,500만원", "환급률 30%", "국민소통실", "갈매로 388", "Korea Policy Briefing"],
    notes=("A 정책브리핑 (korea.kr) policy-news page dump: '[정책브리핑]' header, site line and menu, breadcrumb, title, **the date line "
           "'2026.04.16  국토교통부'**, tools, **two '- ' deck lines**, body paragraphs with a '[사진]' caption between them, then **'문의 : …' "
           "(department phones)**, the 전재/공공누리 notes, 이전/다음기사 (figures, dates), 정책 NOW 많이 본 뉴스 (figures, dates) and the site "
           "footer — all furniture. published: the date line (= '16일 … 발표했다'). Title not scored; deck lines are body. Conventions: "
           "'N대 증차', 'N석 늘어', 'N대 추가', 'N명을 추가로 채용' gold delta changes (counts optional, as the seed's '300개 더' and blind10's "
           "'5기를 추가로 확보'); '32개 노선 신설' / '32개를 새로 만든다' a gold count (the delta reading optional, as blind10's '새로 편성'); "
           "'1만 2,600명→5,000명 이하로' a gold endpoint change (counts optional); body '5,000명 이하로 줄어들' a gold after-change (its before "
           "in an earlier paragraph: the full reading optional); '128만 4,000명으로 … 2019년(121만 7,000명)을 넘어섰다' a comparison with a "
           "reference year: year and counts gold, change optional (blind10 04); '같은 기간 3,180대에서 2,960대로 220대 줄어' gold change with "
           "delta −220; '150대는 … 2층 전기버스로 투입해 … 420대에서 570대로' the subset count 150대 gold, the fleet change {420→570} gold; "
           "'70명 이상 태울 수 있는' a per-vehicle capacity (optional); '2층' no count; '하루', '현재', '같은 기간' optional; waiting times "
           "('22분에서 14분으로') optional (blind5/blind10 durations); '1,320억원으로 지난해보다 18.6% 증가' two gold changes; 'A개에서 B개로' "
           "count changes gold (counts optional); '올해 하반기' 2026-07..12; '내년 상반기까지' open start, end 2027-06; '오는 7월부터' open from "
           "2026-07; '연말까지' end 2026-12; '‘2026년 수도권 광역버스 확충 계획’' the year in a plan's name optional; '4분의 1' optional readings "
           "only. Organisations: 국토교통부, 대도시권광역교통위원회 (이하 대광위), 경기도, 인천시; the 국 and GTX optional. 김수진 is a person."),
)


# ---------------------------------------------------------------------------
# 04 수입 과일 가격, 연합뉴스TV-like broadcast script dump ([앵커]/[기자], # hashtags), 2026-06-09
# ---------------------------------------------------------------------------
A04 = [
    ("수입 과일 가격이 크게 오르고 있습니다. 체리와 망고 가격은 1년 전보다 20% 넘게 뛰었는데요. 정부가 다음 달부터 할당관세를 적용하기로 했지만, 가격이 내려가기까지는 시간이 걸릴 전망입니다.", [
        *base("1년 전", ("2025-06", "2025-06"), ("2025", "2025")), pc("20%", 20), ch("1년 전보다 20% 넘게 뛰었는데요", delta=20, unit="%", opt=True),
        p("다음 달부터", "2026-07", None), p("다음 달", "2026-07", "2026-07", opt=True),
    ]),
    ("서울 마포구의 한 대형마트. 수입 과일 매대 앞에서 가격표를 확인한 소비자들이 쉽게 지갑을 열지 못합니다. 미국산 체리 한 팩(500g) 가격은 1만 4,900원. 지난해 이맘때보다 3,000원 올랐습니다.", [
        c("한 팩", 1, "팩", opt=True), c("500g", 500, "g", opt=True), m("1만 4,900원", 1 * MAN + 4900),
        p("지난해 이맘때", None, None, opt=True), p("지난해 이맘때", "2025", "2025", opt=True), p("지난해 이맘때", "2025-06", "2025-06", opt=True),
        m("3,000원", 3000), ch("1만 4,900원. 지난해 이맘때보다 3,000원 올랐습니다", after=1 * MAN + 4900, delta=3000, unit="KRW"),
        ch("3,000원 올랐습니다", delta=3000, unit="KRW", opt=True),
        ch("1만 4,900원. 지난해 이맘때보다 3,000원 올랐습니다", before=1 * MAN + 1900, after=1 * MAN + 4900, delta=3000, unit="KRW", opt=True),
    ]),
    ("한국농수산식품유통공사(aT)에 따르면 지난 8일 기준 수입 체리 100g 평균 소매가격은 2,986원으로 1년 전보다 23.4% 올랐습니다. 망고는 개당 4,120원으로 21.8%, 바나나는 100g에 368원으로 9.2% 상승했습니다. 수입 과일 전체 소매가격은 평균 14.6% 올랐습니다.", [
        p("지난 8일 기준", "2026-06-08", "2026-06-08"), c("100g", 100, "g", opt=True), m("2,986원", 2986), *base("1년 전", ("2025-06-08", "2025-06-08"), ("2025", "2025")),
        pc("23.4%", 23.4), *rate2("2,986원으로", 2986, "KRW", "1년 전보다 23.4% 올랐습니다", 23.4),
        c("개당", 1, "개", opt=True), m("4,120원", 4120), pc("21.8%", 21.8), *rate2("4,120원으로", 4120, "KRW", "21.8%", 21.8),
        c("100g", 100, "g", opt=True), m("368원", 368), pc("9.2%", 9.2), *rate2("368원으로", 368, "KRW", "9.2% 상승했습니다", 9.2),
        pc("14.6%", 14.6), ch("평균 14.6% 올랐습니다", delta=14.6, unit="%"),
    ]),
    ("수입 물량이 줄어든 게 가장 큰 원인입니다. 관세청 수출입 통계를 보면 지난달 과일 수입량은 8만 7,000t으로 지난해 같은 달보다 11.3% 줄었습니다. 반면 수입액은 2억 1,600만 달러로 4.8% 늘었습니다. 주요 산지인 칠레와 필리핀의 작황이 나빠진 데다 원화 약세로 수입 단가가 높아졌기 때문입니다.", [
        p("지난달", "2026-05", "2026-05"), c("8만 7,000t", 8 * MAN + 7000, "t", opt=True), ch("8만 7,000t으로", after=8 * MAN + 7000, unit="t", opt=True),
        *base("지난해 같은 달", ("2025-05", "2025-05")), p("지난해", "2025", "2025", opt=True), pc("11.3%", 11.3), ch("11.3% 줄었습니다", delta=-11.3, unit="%"),
        USD("2억 1,600만 달러", 2 * EOK + 1600 * MAN), pc("4.8%", 4.8), *rate2("2억 1,600만 달러로", 2 * EOK + 1600 * MAN, "USD", "4.8% 늘었습니다", 4.8),
    ]),
    ("“아이들이 체리를 좋아해서 자주 샀는데, 요즘은 한 팩 사려면 한참 고민하게 돼요. 지난달부터는 국산 참외로 바꿨어요.”", [
        c("한 팩", 1, "팩", opt=True), p("지난달부터", "2026-05", None), p("지난달", "2026-05", "2026-05", opt=True),
    ]),
    ("정부는 물가 안정을 위해 다음 달 1일부터 연말까지 바나나와 파인애플, 망고 등 수입 과일 8종에 할당관세를 적용합니다. 관세율은 품목에 따라 최고 30%에서 0%로 낮아지고, 적용 물량은 모두 15만t입니다. 재정경제부는 이번 조치로 소비자 가격이 5~10% 내려갈 것으로 기대하고 있습니다.", [
        p("다음 달 1일부터 연말까지", "2026-07-01", "2026-12"), p("다음 달 1일부터 연말까지", "2026-07-01", "2026-12-31", opt=True),
        p("다음 달 1일부터", "2026-07-01", None, opt=True), p("다음 달 1일", "2026-07-01", "2026-07-01", opt=True), p("연말까지", None, "2026-12", opt=True),
        c("8종", 8, "종"), pc("30%", 30), pc("0%", 0), ch("최고 30%에서 0%로 낮아지고", before=30, after=0),
        ch("최고 30%에서 0%로 낮아지고", before=30, after=0, delta=-30, opt=True), c("15만t", 15 * MAN, "t", opt=True),
        pc("5~10%", 5), pc("10%", 10, opt=True), ch("5~10% 내려갈", delta=-5, unit="%", opt=True), ch("5~10% 내려갈", delta=-10, unit="%", opt=True),
    ]),
    ("하지만 할당관세가 적용된 물량이 실제 매장에 풀리려면 한 달 이상 걸리는 만큼, 수입 과일 가격 부담은 올여름 내내 이어질 것으로 보입니다.", [
        *dur("한 달 이상", 1, "달"), p("올여름", None, None, opt=True), p("올여름", "2026-06", "2026-08", opt=True), p("올여름", "2026", "2026", opt=True),
    ]),
    ("유통업계는 대체 산지를 늘리고 있습니다. 이마트는 이달 중순부터 호주산·뉴질랜드산 과일 물량을 지난해보다 40% 늘리고, 롯데마트는 베트남산 망고 직수입 물량을 지난해 12만 상자에서 올해 30만 상자로 확대합니다.", [
        p("이달 중순부터", "2026-06", None), p("이달 중순부터", "2026-06-11", None, opt=True), p("이달 중순", "2026-06", "2026-06", opt=True),
        p("지난해", "2025", "2025"), pc("40%", 40), ch("지난해보다 40% 늘리고", delta=40, unit="%"),
        p("지난해", "2025", "2025"), c("12만 상자", 12 * MAN, "상자", opt=True), p("올해", "2026", "2026"), c("30만 상자", 30 * MAN, "상자", opt=True),
        ch("지난해 12만 상자에서 올해 30만 상자로 확대합니다", before=12 * MAN, after=30 * MAN, unit="상자"),
    ]),
]
ORG04 = [
    o("한국농수산식품유통공사", ["aT"]), o("관세청"), o("재정경제부", ["재경부"]), o("이마트"), o("롯데마트"),
    o("정부", opt=True), o("유통업계", opt=True),
]


def page04(paras, title):
    head = """채널K뉴스
뉴스  정치  경제  사회  세계  문화·연예  스포츠  날씨  |  LIVE 온에어  |  편성표
오늘의 날씨  서울 27.3℃  구름조금  |  미세먼지 좋음

홈 > 경제 > 생활경제

[뉴스리뷰]
""" + title + """

등록 2026-06-09 19:41:27 | 수정 2026-06-09 21:03:05
김하은 기자 (haeun@channelk.tv)
글자크기  공유  인쇄

[앵커]

""" + paras[0] + """ 김하은 기자입니다.

[기자]

""" + "\n\n".join(paras[1:4]) + """

[인터뷰] 이정민 / 서울 마포구
""" + paras[4] + """

""" + paras[5] + """

[스탠드업] 김하은 / 기자
""" + paras[6] + """

""" + paras[7] + """

채널K뉴스 김하은입니다. (haeun@channelk.tv)

[영상취재 박진호]
[영상편집 윤서영]
[그래픽 한유리]

#수입과일 #체리 #망고 #할당관세 #물가

기사문의 및 제보 : 카카오톡/라인 ktvjebo24

<저작권자(c) 채널K뉴스. 무단 전재·재배포, AI 학습 및 활용 금지>

많이 본 뉴스
1  ‘열대야’ 벌써 시작…서울 밤 최저 25.4도
2  여름휴가 평균 지출 84만원…해외여행 비중 38%
3  전기요금 7월부터 kWh당 8원 인상

이 시각 핫클릭
수박 한 통 3만원 넘었다…1년 새 26% 올라
"""
    return head


article(
    name="04_imported_fruit_prices_tv_anchor_script_dump", ext="txt", published="2026-06-09",
    title="체리·망고 1년 새 20% 넘게 올라…수입 과일값 ‘고공행진’",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["LIVE 온에어", "편성표", "오늘의 날씨", "27.3℃", "미세먼지 좋음", "홈 > 경제", "[뉴스리뷰]", "수정 2026-06-09", "haeun@channelk.tv",
               "글자크기", "[영상취재 박진호]", "[영상편집 윤서영]", "[그래픽 한유리]", "#수입과일", "#할당관세", "기사문의 및 제보", "ktvjebo24",
               "저작권자(c) 채널K뉴스", "많이 본 뉴스", "25.4도", "84만원", "38%", "kWh당 8원", "이 시각 핫클릭", "수박 한 통 3만원", "26% 올라"],
    notes=("A 연합뉴스TV-like broadcast news page dump (채널K뉴스, invented): site menu with LIVE/편성표, a weather line, breadcrumb, "
           "'[뉴스리뷰]' programme label, title, **'등록 2026-06-09 19:41:27 | 수정 2026-06-09 21:03:05'**, reporter line, tools, then the "
           "script: **'[앵커]' lead (ending in the hand-over '김하은 기자입니다.'), '[기자]' paragraphs, an '[인터뷰] name / place' label "
           "followed by the quote, '[스탠드업] name / 기자' label**, the sign-off '채널K뉴스 김하은입니다.', credits '[영상취재 …]', **'#' "
           "hashtags**, 제보 line, copyright, 많이 본 뉴스 and 핫클릭 (figures). published: the 등록 date. body: the spoken paragraphs (the "
           "anchor's lead without its hand-over sentence, the reporter's paragraphs, the interview quote, the stand-up); the '[앵커]'/'[기자]'/ "
           "'[인터뷰]'/'[스탠드업]' labels, the hand-over and sign-off are not body but are not listed as forbidden (the labels and names are "
           "arguably part of a script); credits, hashtags and the rest are furniture. Conventions: '1년 전보다 20% 넘게 뛰었는데요' the "
           "percentage gold, the vague %-change optional (blind10's '20만 명 넘게 늘어나고'); '1만 4,900원. 지난해 이맘때보다 3,000원 "
           "올랐습니다' a gold change {after, delta} across the two sentences; '지난해 이맘때' a base (optional, any reading); 'A원으로 1년 전보다 "
           "N% 올랐습니다' and the elliptic '4,120원으로 21.8%, … 368원으로 9.2% 상승했습니다' two gold changes each ({after, KRW}, {delta, %}); "
           "'평균 14.6% 올랐습니다' a gold %-change; tonnes ('8만 7,000t', '15만t') measures, optional counts, their changes optional; '8만 "
           "7,000t으로 지난해 같은 달보다 11.3% 줄었습니다' the %-change gold; '100g', '개당', '한 팩', '500g' optional; '지난 8일 기준' "
           "2026-06-08; '지난달(부터)' 2026-05; '다음 달부터' open from 2026-07; '다음 달 1일부터 연말까지' one period 2026-07-01..2026-12 (parts "
           "optional); '최고 30%에서 0%로' a %-level change (no unit); '8종' a gold count in 종; '5~10% 내려갈' an expected effect: lower bound "
           "percentage gold, upper optional, changes optional; '한 달 이상', '올여름' optional; '이달 중순부터' open from 2026-06 (blind10 '오는 "
           "10월 중순' gold month); '지난해보다 40% 늘리고' gold %-change; '지난해 12만 상자에서 올해 30만 상자로' gold count change in 상자 "
           "(counts optional). Organisations: 한국농수산식품유통공사 (aT), 관세청, 재정경제부, 이마트, 롯데마트; 정부, 유통업계 optional. "
           "Countries (미국산, 칠레, 필리핀, 호주산 …) are not organisations; 서울 마포구 is a place."),
)


# ---------------------------------------------------------------------------
# 05 중소기업 정책자금, 국회의원실 보도자료 dump ('의원실 보도자료' header, '보도일시' row), 2026-10-13
# ---------------------------------------------------------------------------
A05 = [
    ("- 올해 신청 2만 1,430곳 중 1만 2,684곳만 지원…탈락 8,746곳", [
        p("올해", "2026", "2026"), c("2만 1,430곳", 2 * MAN + 1430, "곳"), c("1만 2,684곳", 1 * MAN + 2684, "곳"), c("8,746곳", 8746, "곳"),
    ]),
    ("- 긴급경영안정자금 접수 9일 만에 소진, 내년 정부안 4조 1,200억원으로 3,113억원 줄어", [
        *dur("9일 만에", 9, "일"), p("내년", "2027", "2027"), m("4조 1,200억원", 4 * JO + 1200 * EOK), m("3,113억원", 3113 * EOK),
        ch("4조 1,200억원으로 3,113억원 줄어", after=4 * JO + 1200 * EOK, delta=-3113 * EOK, unit="KRW"),
        ch("3,113억원 줄어", delta=-3113 * EOK, unit="KRW", opt=True),
        ch("4조 1,200억원으로 3,113억원 줄어", before=4 * JO + 4313 * EOK, after=4 * JO + 1200 * EOK, delta=-3113 * EOK, unit="KRW", opt=True),
    ]),
    ("중소기업 정책자금을 신청한 기업 10곳 가운데 4곳은 자금을 받지 못한 것으로 나타났다. 그런데도 정부는 내년 정책자금 예산을 올해보다 7% 줄여 편성해 중소기업의 자금난이 더 심해질 것이라는 우려가 나온다.", [
        c("10곳", 10, "곳", opt=True), c("4곳", 4, "곳", opt=True), pc("10곳 가운데 4곳", 40, opt=True),
        p("내년", "2027", "2027"), p("올해", "2026", "2026"), pc("7%", 7), ch("올해보다 7% 줄여", delta=-7, unit="%"),
    ]),
    ("국회 산업통상자원중소벤처기업위원회 소속 정하윤 의원이 중소벤처기업진흥공단(이하 중진공)으로부터 제출받은 ‘정책자금 신청·지원 현황’ 자료에 따르면, 올해 1~8월 정책자금을 신청한 기업은 2만 1,430곳이었으나 실제 자금을 지원받은 기업은 1만 2,684곳(59.2%)에 그쳤다. 나머지 8,746곳은 예산 부족 등으로 탈락했다.", [
        p("올해 1~8월", "2026-01", "2026-08"), c("2만 1,430곳", 2 * MAN + 1430, "곳"), c("1만 2,684곳", 1 * MAN + 2684, "곳"), pc("59.2%", 59.2), c("8,746곳", 8746, "곳"),
    ]),
    ("지원 비율은 해마다 낮아지고 있다. 2023년 74.5%였던 지원 비율은 2024년 68.1%, 지난해 63.7%로 떨어졌고 올해는 60%선마저 무너졌다.", [
        p("해마다", None, None, opt=True), p("2023년", "2023", "2023"), pc("74.5%", 74.5), p("2024년", "2024", "2024"), pc("68.1%", 68.1),
        p("지난해", "2025", "2025"), pc("63.7%", 63.7), p("올해", "2026", "2026"), pc("60%", 60),
        ch("2023년 74.5%였던 지원 비율은 ... 지난해 63.7%로 떨어졌고", before=74.5, after=63.7),
        ch("2023년 74.5%였던 지원 비율은 ... 지난해 63.7%로 떨어졌고", before=74.5, after=63.7, delta=-10.8, opt=True),
        ch("74.5%였던 지원 비율은 2024년 68.1%", before=74.5, after=68.1, opt=True), ch("68.1%, 지난해 63.7%로", before=68.1, after=63.7, opt=True),
        ch("지난해 63.7%로 떨어졌고", after=63.7, opt=True), ch("60%선마저 무너졌다", after=60, opt=True),
    ]),
    ("■ 긴급자금은 9일 만에 바닥…“신청 창구 열리자마자 마감”", [*dur("9일 만에", 9, "일")]),
    ("특히 경영난을 겪는 기업에 빌려주는 긴급경영안정자금은 올해 2,500억원이 배정됐지만 지난 3월 4일 접수를 시작한 지 9일 만에 모두 소진됐다. 중진공은 지난 6월 추가경정예산으로 1,000억원을 더 확보했으나 이마저도 13일 만에 동났다.", [
        p("올해", "2026", "2026"), m("2,500억원", 2500 * EOK), p("지난 3월 4일", "2026-03-04", "2026-03-04"), *dur("9일 만에", 9, "일"),
        p("지난 6월", "2026-06", "2026-06"), m("1,000억원", 1000 * EOK), ch("1,000억원을 더 확보", delta=1000 * EOK, unit="KRW"), *dur("13일 만에", 13, "일"),
    ]),
    ("정책자금 금리도 올랐다. 중진공 정책자금 기준금리는 지난해 연 2.5%에서 올해 연 2.9%로 0.4%포인트 높아졌다. 이 때문에 정책자금 대출을 받은 기업의 평균 이자 부담은 1곳당 연 1,140만원에서 1,320만원으로 늘었다.", [
        p("지난해", "2025", "2025"), pc("연 2.5%", 2.5), p("올해", "2026", "2026"), pc("연 2.9%", 2.9), pc("0.4%포인트", 0.4),
        ch("지난해 연 2.5%에서 올해 연 2.9%로 0.4%포인트 높아졌다", before=2.5, after=2.9, delta=0.4), ch("0.4%포인트 높아졌다", delta=0.4, unit="%p", opt=True),
        c("1곳당", 1, "곳", opt=True), m("1,140만원", 1140 * MAN), m("1,320만원", 1320 * MAN),
        ch("연 1,140만원에서 1,320만원으로 늘었다", before=1140 * MAN, after=1320 * MAN, unit="KRW"),
    ]),
    ("지역 편중도 심해졌다. 정책자금 가운데 비수도권 기업에 돌아간 금액 비중은 2023년 63.5%에서 올해 58.1%로 5.4%포인트 낮아졌다. 같은 기간 수도권 기업의 지원액은 1조 4,210억원에서 1조 7,650억원으로 24.2% 늘었다.", [
        p("2023년", "2023", "2023"), pc("63.5%", 63.5), p("올해", "2026", "2026"), pc("58.1%", 58.1), pc("5.4%포인트", 5.4),
        ch("2023년 63.5%에서 올해 58.1%로 5.4%포인트 낮아졌다", before=63.5, after=58.1, delta=-5.4), ch("5.4%포인트 낮아졌다", delta=-5.4, unit="%p", opt=True),
        *base("같은 기간", ("2023", "2026")), m("1조 4,210억원", 1 * JO + 4210 * EOK), m("1조 7,650억원", 1 * JO + 7650 * EOK),
        ch("1조 4,210억원에서 1조 7,650억원으로 24.2% 늘었다", before=1 * JO + 4210 * EOK, after=1 * JO + 7650 * EOK, unit="KRW"),
        pc("24.2%", 24.2), ch("24.2% 늘었다", delta=24.2, unit="%", opt=True),
    ]),
    ("그런데도 중소벤처기업부(중기부)가 국회에 제출한 내년 정책자금 예산안은 4조 1,200억원으로 올해(4조 4,313억원)보다 3,113억원(7.0%) 줄었다. 중기부는 “민간 금융으로 지원이 가능한 기업은 정책자금 대상에서 제외해 효율성을 높이겠다”는 입장이다.", [
        p("내년", "2027", "2027"), m("4조 1,200억원", 4 * JO + 1200 * EOK), p("올해", "2026", "2026"), m("4조 4,313억원", 4 * JO + 4313 * EOK),
        m("3,113억원", 3113 * EOK), pc("7.0%", 7.0),
        ch("4조 1,200억원으로 올해(4조 4,313억원)보다 3,113억원(7.0%) 줄었다", before=4 * JO + 4313 * EOK, after=4 * JO + 1200 * EOK, delta=-3113 * EOK, unit="KRW"),
        ch("3,113억원(7.0%) 줄었다", delta=-7.0, unit="%", opt=True), ch("3,113억원(7.0%) 줄었다", delta=-3113 * EOK, unit="KRW", opt=True),
    ]),
    ("정하윤 의원은 “고금리와 내수 부진으로 중소기업의 자금 사정이 어느 때보다 어려운데 정책자금 문턱은 오히려 높아지고 있다”며 “내년 정책자금 예산을 최소 5조원 이상으로 늘리고, 긴급경영안정자금은 연중 상시 접수가 가능하도록 해야 한다”고 말했다.", [
        p("내년", "2027", "2027"), m("최소 5조원 이상", 5 * JO, q="at_least"), ch("최소 5조원 이상으로 늘리고", after=5 * JO, unit="KRW"),
        p("연중", None, None, opt=True), p("연중", "2026", "2026", opt=True),
    ]),
]
ORG05 = [
    o("국회"), o("산업통상자원중소벤처기업위원회", ["국회 산업통상자원중소벤처기업위원회", "산자중기위"]), o("중소벤처기업진흥공단", ["중진공"]),
    o("중소벤처기업부", ["중기부"]),
    o("정부", opt=True), o("긴급경영안정자금", opt=True), o("추가경정예산", opt=True),
]


def page05(paras, title):
    head = """국회의원 정하윤 의원실 보도자료
국회 산업통상자원중소벤처기업위원회  |  2026년도 국정감사 ⑦

보도일시  |  2026. 10. 13.(화) 즉시 보도 가능
담    당  |  윤태민 비서관 (02-784-5231)  /  한소영 비서 (02-788-2764)
쪽    수  |  총 3쪽 (붙임 1쪽 포함)

""" + title + "\n" + "\n".join(paras[:2]) + "\n\n"
    body = "\n\n".join(paras[2:])
    tail = """

붙임. 연도별 중소기업 정책자금 신청·지원 현황
(단위 : 곳, 억원, %)
 구분        2023년     2024년     2025년     2026년(1~8월)
 신청 기업   24,310     25,870     27,102      21,430
 지원 기업   18,111     17,618     17,264      12,684
 지원 비율    74.5       68.1       63.7        59.2
 예산        42,630     43,120     43,980      44,313
자료 : 중소벤처기업진흥공단 제출 자료, 정하윤 의원실 재구성.  끝.

국회의원 정하윤 | 서울특별시 영등포구 의사당대로 1 국회의원회관 824호 | www.hayoon.kr
"""
    return head + body + tail


article(
    name="05_sme_policy_fund_lawmaker_office_release_dump", ext="txt", published="2026-10-13",
    title="[보도자료] 중기 정책자금 신청 기업 10곳 중 4곳 ‘빈손’…내년 예산은 오히려 7% 감액",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["의원실 보도자료", "2026년도 국정감사 ⑦", "보도일시", "즉시 보도 가능", "윤태민", "02-784-5231", "한소영", "02-788-2764", "총 3쪽",
               "붙임. 연도별", "단위 : 곳, 억원, %", "24,310", "18,111", "42,630", "의원실 재구성", "의사당대로 1", "824호", "www.hayoon.kr"],
    notes=("A 국회의원실 보도자료 (plain text; 정하윤 is invented): header '국회의원 정하윤 의원실 보도자료' with the committee and '2026년도 "
           "국정감사 ⑦', a **'보도일시  |  2026. 10. 13.(화) 즉시 보도 가능'** row, 담당 (phones) and 쪽수 rows, title with '[보도자료]', **two "
           "'- ' deck lines**, body paragraphs with a **'■' subhead**, then a '붙임' table by year (figures) with source line and '끝.', office "
           "footer. published: the 보도일시 date. Title not scored; deck lines and the ■ subhead are body (blind7's ◆ subhead). Conventions: "
           "'9일 만에', '13일 만에' durations (optional; not dates); deck '4조 1,200억원으로 3,113억원 줄어' a gold {after, delta −} change; "
           "'10곳 가운데 4곳' a proportion (optional readings); '올해보다 7% 줄여' a gold %-change; '올해 1~8월' 2026-01..08; a yearly series "
           "'2023년 74.5%였던 … 2024년 68.1%, 지난해 63.7%로 떨어졌고' one gold %-level change {before 74.5, after 63.7} (no unit; the step "
           "readings optional); '60%선' a gold percentage (its change optional); '1,000억원을 더 확보' a gold delta change (seed's 'N 더'); "
           "'지난해 연 2.5%에서 올해 연 2.9%로 0.4%포인트' and '2023년 63.5%에서 올해 58.1%로 5.4%포인트' %-level changes without unit; '1곳당' "
           "optional; '1조 4,210억원에서 1조 7,650억원으로 24.2% 늘었다' gold endpoint change (rate optional); '같은 기간' optional; '4조 "
           "1,200억원으로 올해(4조 4,313억원)보다 3,113억원(7.0%) 줄었다' gold endpoint change with delta (rate optional); '최소 5조원 이상으로 "
           "늘리고' at_least money and a gold after-change; '연중' optional. Organisations: 국회, 산업통상자원중소벤처기업위원회 (written after "
           "'국회'), 중소벤처기업진흥공단 (이하 중진공), 중소벤처기업부 (중기부); 정부, the office, the fund and 추경 optional. 정하윤 is a "
           "person; 수도권/비수도권 are regions."),
)


# ---------------------------------------------------------------------------
# 06 국내 인구이동, HTML with <div itemprop="articleBody"> and <br><br> paragraphs, 2026-01-28
# ---------------------------------------------------------------------------
A06 = [
    ("지난해 국내 인구 이동자 수가 612만 3,000명으로 전년보다 2.1% 줄었다. 인구 100명당 이동자 수를 뜻하는 인구이동률은 11.9%로 0.3%포인트 하락해 1972년(11.0%) 이후 53년 만에 가장 낮았다.", [
        p("지난해", "2025", "2025"), c("612만 3,000명", 612 * MAN + 3000, "명", opt=True), *base("전년", ("2024", "2024")), pc("2.1%", 2.1),
        *rate2("612만 3,000명으로", 612 * MAN + 3000, "명", "전년보다 2.1% 줄었다", -2.1),
        c("100명당", 100, "명", opt=True), pc("11.9%", 11.9), pc("0.3%포인트", 0.3), ch("11.9%로 0.3%포인트 하락해", after=11.9, delta=-0.3),
        ch("0.3%포인트 하락해", delta=-0.3, unit="%p", opt=True),
        p("1972년(11.0%) 이후", "1972", None), p("1972년", "1972", "1972", opt=True), pc("11.0%", 11.0), *dur("53년 만에", 53, "년"),
    ]),
    ("국가데이터처(이하 데이터처)는 27일 이런 내용의 ‘2025년 국내인구이동통계’를 발표했다. 데이터처는 이동이 잦은 20~30대 인구가 줄어든 데다 주택 거래가 부진했던 영향으로 분석했다.", [
        p("27일", "2026-01-27", "2026-01-27"), p("2025년", "2025", "2025", opt=True), AGE("20~30대", 20),
    ]),
    ("시도별로는 경기(5만 1,300명), 인천(2만 8,900명), 충남(1만 2,100명) 등 6개 시도에서 전입자가 전출자보다 많은 순유입을 기록했다. 반면 서울은 4만 4,200명이 순유출돼 1990년부터 36년째 인구가 빠져나갔다. 부산(1만 4,600명), 경남(1만 1,800명), 대구(9,700명)도 순유출 규모가 컸다.", [
        c("5만 1,300명", 5 * MAN + 1300, "명"), c("2만 8,900명", 2 * MAN + 8900, "명"), c("1만 2,100명", 1 * MAN + 2100, "명"), c("6개", 6, "개"),
        c("4만 4,200명", 4 * MAN + 4200, "명"), p("1990년부터", "1990", None), p("1990년", "1990", "1990", opt=True), *dur("36년째", 36, "년"),
        c("1만 4,600명", 1 * MAN + 4600, "명"), c("1만 1,800명", 1 * MAN + 1800, "명"), c("9,700명", 9700, "명"),
    ]),
    ("수도권 전체로는 3만 6,000명이 순유입됐다. 전년(4만 7,700명)보다 1만 1,700명 줄어든 것으로, 서울을 떠난 인구 상당수가 경기·인천으로 옮겨 간 것으로 나타났다. 지난해 서울에서 경기로 전출한 인구는 35만 2,000명으로 서울 전체 전출자의 61.4%를 차지했다.", [
        c("3만 6,000명", 3 * MAN + 6000, "명", opt=True), *base("전년", ("2024", "2024")), c("4만 7,700명", 4 * MAN + 7700, "명", opt=True),
        c("1만 1,700명", 1 * MAN + 1700, "명", opt=True),
        ch("3만 6,000명이 순유입됐다. 전년(4만 7,700명)보다 1만 1,700명 줄어든", before=4 * MAN + 7700, after=3 * MAN + 6000, delta=-(1 * MAN + 1700), unit="명"),
        ch("전년(4만 7,700명)보다 1만 1,700명 줄어든", before=4 * MAN + 7700, delta=-(1 * MAN + 1700), unit="명", opt=True),
        ch("1만 1,700명 줄어든", delta=-(1 * MAN + 1700), unit="명", opt=True), ch("3만 6,000명이 순유입됐다", after=3 * MAN + 6000, unit="명", opt=True),
        p("지난해", "2025", "2025"), c("35만 2,000명", 35 * MAN + 2000, "명"), pc("61.4%", 61.4),
    ]),
    ("시군구별로는 경기 화성시가 3만 1,400명으로 순유입 인구가 가장 많았고, 경기 평택시(1만 6,800명), 인천 서구(1만 4,200명)가 뒤를 이었다. 순유출은 서울 강서구(1만 2,900명)와 경기 광명시(8,600명) 순으로 많았다.", [
        c("3만 1,400명", 3 * MAN + 1400, "명"), c("1만 6,800명", 1 * MAN + 6800, "명"), c("1만 4,200명", 1 * MAN + 4200, "명"),
        c("1만 2,900명", 1 * MAN + 2900, "명"), c("8,600명", 8600, "명"),
    ]),
    ("연령별 이동률은 20대가 22.6%로 가장 높았고 30대(18.3%)가 뒤를 이었다. 60대 이상의 이동률은 6.1%로 전 연령대 가운데 가장 낮았다. 이동 사유는 주택(34.1%), 직업(23.5%), 가족(22.8%) 순이었으며, 직업 때문에 이동한 사람은 전년보다 5.6% 감소했다.", [
        AGE("20대", 20), pc("22.6%", 22.6), AGE("30대", 30), pc("18.3%", 18.3), AGE("60대 이상", 60), pc("6.1%", 6.1),
        pc("34.1%", 34.1), pc("23.5%", 23.5), pc("22.8%", 22.8), *base("전년", ("2024", "2024")), pc("5.6%", 5.6), ch("전년보다 5.6% 감소했다", delta=-5.6, unit="%"),
    ]),
    ("지난달 인구 이동자 수는 51만 8,000명으로 1년 전보다 4.3% 감소했다. 12월 기준으로는 2019년(49만 6,000명) 이후 가장 적었다. 지난해 4분기 이동자 수도 150만 2,000명으로 전년 같은 기간보다 3.8% 줄었다.", [
        p("지난달", "2025-12", "2025-12"), c("51만 8,000명", 51 * MAN + 8000, "명", opt=True), *base("1년 전", ("2024-12", "2024-12")), pc("4.3%", 4.3),
        *rate2("51만 8,000명으로", 51 * MAN + 8000, "명", "1년 전보다 4.3% 감소했다", -4.3),
        p("12월 기준", None, None, opt=True), p("12월 기준", "2025-12", "2025-12", opt=True), p("12월", "2025-12", "2025-12", opt=True),
        p("2019년(49만 6,000명) 이후", "2019", None), p("2019년", "2019", "2019", opt=True), c("49만 6,000명", 49 * MAN + 6000, "명"),
        ch("51만 8,000명으로 ... 2019년(49만 6,000명)", before=49 * MAN + 6000, after=51 * MAN + 8000, unit="명", opt=True),
        p("지난해 4분기", "2025-10", "2025-12"), c("150만 2,000명", 150 * MAN + 2000, "명", opt=True), *base("전년 같은 기간", ("2024-10", "2024-12")),
        pc("3.8%", 3.8), *rate2("150만 2,000명으로", 150 * MAN + 2000, "명", "3.8% 줄었다", -3.8),
    ]),
    ("이상림 한국개발연구원(KDI) 연구위원은 “청년층 인구가 계속 줄어드는 만큼 이동자 수 감소는 당분간 이어질 것”이라며 “올해도 신규 입주 물량이 지난해보다 20% 가까이 줄어 이동률이 11%대 초반까지 낮아질 수 있다”고 말했다.", [
        p("당분간", None, None, opt=True), p("올해도", "2026", "2026"), p("지난해", "2025", "2025"), pc("20%", 20),
        ch("지난해보다 20% 가까이 줄어", delta=-20, unit="%"), pc("11%대", 11, opt=True), pc("11%대 초반", 11, opt=True),
    ]),
    ("데이터처는 다음 달 25일 ‘2026년 1월 국내인구이동’ 통계를 발표한다.", [
        p("다음 달 25일", "2026-02-25", "2026-02-25"), p("2026년 1월", "2026-01", "2026-01"), p("2026년", "2026", "2026", opt=True),
    ]),
]
ORG06 = [
    o("국가데이터처", ["데이터처"]), o("한국개발연구원", ["KDI"]),
    o("경기", opt=True), o("인천", opt=True), o("충남", opt=True), o("서울", opt=True), o("부산", opt=True), o("경남", opt=True), o("대구", opt=True),
    o("화성시", ["경기 화성시"], opt=True), o("평택시", ["경기 평택시"], opt=True), o("인천 서구", opt=True), o("강서구", ["서울 강서구"], opt=True),
    o("광명시", ["경기 광명시"], opt=True),
]


def page06(paras, title):
    photo = ('<div class="photo_box" style="text-align:center"><img src="/news/photo/202601/88421_70123_1502.jpg" alt="이삿짐">'
             '<p class="photo_caption">▲ 지난 25일 서울 시내 한 아파트 단지에서 이삿짐을 옮기고 있다. 이날 하루 이 단지에서만 이사 14건이 진행됐다. (사진=미래시사신문 DB)</p></div>')
    parts = [esc(t) for t in paras]
    body = "<br><br>".join(parts[:3]) + "<br><br>" + photo + "<br>" + "<br><br>".join(parts[3:])
    body += '<br><br>/최윤서 기자 ys.choi@miraesisa.kr<br>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} &lt; 경제일반 &lt; 경제 &lt; 기사본문 - 미래시사신문</title>
<meta property="og:site_name" content="미래시사신문" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
</head>
<body>
<div id="wrap" itemscope itemtype="https://schema.org/NewsArticle">
<div id="top_bar"><span class="today">2026년 01월 28일 (수)</span> <span class="weather">서울 -3.2℃ 흐림</span> <a>로그인</a> <a>회원가입</a></div>
<div id="head"><h1 class="logo"><a href="/">미래시사신문</a></h1>
<ul class="main_menu"><li>정치</li><li>경제</li><li>사회</li><li>지역</li><li>문화</li><li>오피니언</li><li>포토</li></ul></div>
<div id="container">
<div id="content">
 <div class="article_head">
  <div class="location">HOME &gt; 경제 &gt; 경제일반</div>
  <h2 class="headline" itemprop="headline">{esc(title)}</h2>
  <div class="info">
   <span class="writer" itemprop="author">최윤서 기자</span>
   <span class="date">승인 2026.01.28 11:02</span>
   <span class="date">수정 2026.01.28 14:30</span>
   <meta itemprop="datePublished" content="2026-01-28T11:02:00+09:00" />
   <meta itemprop="dateModified" content="2026-01-28T14:30:00+09:00" />
   <span class="hit">조회수 2,418</span>
  </div>
 </div>
 <div class="article_body">
  <div class="view_con" itemprop="articleBody">{body}</div>
  <div class="copyright">저작권자 © 미래시사신문 무단전재 및 재배포 금지</div>
  <div class="tags">#인구이동 #순유출 #국가데이터처</div>
 </div>
 <div class="relation_news"><h3>관련기사</h3><ul>
  <li><a>[인구 절벽] 지난해 출생아 24만 1,000명…9년 만에 반등</a></li>
  <li><a>서울 아파트 전세 거래 3개월 연속 감소…1월 1만 1,200건</a></li></ul></div>
</div>
<div id="aside">
 <div class="best_news"><h3>많이 본 기사</h3><ol>
  <li>설 연휴 귀성길 28일 오후 가장 혼잡…최대 7시간 40분</li>
  <li>올해 공공기관 신규 채용 2만 6,000명</li>
  <li>1월 수출 8.2% 늘어 586억 달러</li></ol></div>
 <div class="banner">배너 광고 문의 02-3141-7700</div>
</div>
</div>
<div id="foot"><p>미래시사신문 | 서울특별시 마포구 월드컵북로 400 | 등록번호 서울 아04487 | 발행·편집인 한도윤 | 청소년보호책임자 최민재</p>
<p>Copyright © 2026 미래시사신문. All rights reserved.</p></div>
</div>
</body>
</html>
"""


article(
    name="06_population_migration_itemprop_articlebody_br_html", ext="html", published="2026-01-28",
    title="지난해 인구 이동률 11.9%…53년 만에 최저",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["2026년 01월 28일 (수)", "서울 -3.2℃", "회원가입", "HOME > 경제", "최윤서 기자", "조회수 2,418", "이사 14건", "(사진=미래시사신문 DB)",
               "ys.choi@", "저작권자 © 미래시사신문", "#인구이동", "관련기사", "24만 1,000명", "9년 만에 반등", "3개월 연속", "1만 1,200건",
               "많이 본 기사", "7시간 40분", "2만 6,000명", "8.2% 늘어", "586억 달러", "02-3141-7700", "월드컵북로 400", "아04487", "한도윤",
               "최민재", "Copyright © 2026 미래시사신문"],
    notes=("A regional-style news HTML (미래시사신문, invented; XHTML 1.0 Transitional): top bar with the date and a weather widget, menu, "
           "location, h2.headline, info with '승인 2026.01.28 11:02' and '수정', **meta itemprop=datePublished '2026-01-28T11:02:00+09:00'**, "
           "조회수, body = the text of **div.view_con[itemprop=articleBody]** split by **`<br><br>`** (no p elements), which also holds a photo "
           "box with a '▲' caption (dates, count) and the **byline '/최윤서 기자 …' at its end** — furniture; copyright, tags, 관련기사 and 많이 "
           "본 기사 (figures), a banner and the footer. published: 2026-01-28 (datePublished = 승인). Title not scored; no deck. Conventions: "
           "'612만 3,000명으로 전년보다 2.1% 줄었다', '51만 8,000명으로 1년 전보다 4.3% 감소', '150만 2,000명으로 … 3.8% 줄었다' each two gold "
           "changes ({after, 명}, {delta, %}), the count levels optional (blind10 decision); '100명당' optional; '11.9%로 0.3%포인트 하락' {after, "
           "delta} no unit; '1972년(11.0%) 이후' and '2019년(49만 6,000명) 이후' open-ended from the year (blind9/blind10), their bracketed values "
           "gold, '53년 만에', '36년째' optional; '‘2025년 국내인구이동통계’' the year in a report name optional, but '‘2026년 1월 "
           "국내인구이동’' a month-named report: gold 2026-01 (blind10); ages ('20~30대', '20대', '60대 이상') optional; bracketed regional "
           "counts gold (blind10's '일본(3만 4,000명)'); '6개 시도' a gold count in 개; '1990년부터' open from 1990; '3만 6,000명이 순유입됐다. "
           "전년(4만 7,700명)보다 1만 1,700명 줄어든' one gold change {before, after, delta} across two sentences (counts and partial readings "
           "optional); '12월 기준' optional (Conventions' '2월 기준'); '지난달' 2025-12; '지난해 4분기' 2025-10..12; bases ('전년', '1년 전', "
           "'전년 같은 기간') optional; '지난해보다 20% 가까이 줄어' a gold %-change; '11%대 (초반)' optional; '당분간' optional; '다음 달 25일' "
           "2026-02-25. Organisations: 국가데이터처 (이하 데이터처), 한국개발연구원 (KDI); the provinces and 시군구 named as statistical "
           "regions are optional (they are places here, not acting bodies). 이상림 is a person."),
)


if __name__ == "__main__":
    main(HERE)
