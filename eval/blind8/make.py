#!/usr/bin/env python3
"""The eval/blind8 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind8/make.py
"""
import json
import pathlib
import sys
import html

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


# ---------------------------------------------------------------------------
# 01 방한 외국인 관광객, 새한일보 (조선/중앙-like HTML, JSON-LD NewsArticle), 2026-08-18
# ---------------------------------------------------------------------------
A01 = [
    ("올해 상반기 한국을 찾은 외국인 관광객이 1,012만 명으로 집계돼 처음으로 상반기 1,000만 명을 넘어섰다. 지난해 같은 기간(882만 명)과 비교하면 130만 명(14.7%) 늘었고, 코로나19 유행 전 최대였던 2019년 상반기(843만 명)보다도 20.0% 많다.", [
        p("올해 상반기", "2026-01", "2026-06"), c("1,012만 명", 1012 * MAN, "명", opt=True),
        c("1,000만 명", 1000 * MAN, "명", q="at_least"), ch("1,000만 명을 넘어섰다", after=1000 * MAN, unit="명", opt=True),
        *base("지난해 같은 기간", ("2025-01", "2025-06"), ("2025", "2025")), c("882만 명", 882 * MAN, "명", opt=True),
        ch("1,012만 명 ... 지난해 같은 기간(882만 명)과 비교하면 130만 명(14.7%) 늘었고", before=882 * MAN, after=1012 * MAN, delta=130 * MAN, unit="명"),
        c("130만 명", 130 * MAN, "명", opt=True), pc("14.7%", 14.7), ch("130만 명(14.7%) 늘었고", delta=14.7, unit="%", opt=True),
        ch("130만 명(14.7%) 늘었고", delta=130 * MAN, unit="명", opt=True),
        p("2019년 상반기", "2019-01", "2019-06"), c("843만 명", 843 * MAN, "명", opt=True), pc("20.0%", 20.0),
        ch("1,012만 명 ... 2019년 상반기(843만 명)보다도 20.0% 많다", before=843 * MAN, after=1012 * MAN, unit="명"),
        ch("20.0% 많다", delta=20.0, unit="%", opt=True),
    ]),
    ("문화체육관광부와 한국관광공사가 17일 발표한 방한 관광 통계에 따르면 국가별로는 중국인 관광객이 298만 명으로 전년 동기 대비 31.5% 늘어 1위를 지켰다. 이어 일본(201만 명), 미국(74만 명), 대만(69만 명) 순이었다. 중국인 관광객은 단체관광객 무비자 입국이 허용된 지난해 9월 이후 가파르게 늘고 있다.", [
        p("17일", "2026-08-17", "2026-08-17"), c("298만 명", 298 * MAN, "명", opt=True),
        *base("전년 동기", ("2025-01", "2025-06"), ("2025", "2025")), pc("31.5%", 31.5),
        ch("298만 명으로 전년 동기 대비 31.5% 늘어", after=298 * MAN, unit="명"), ch("전년 동기 대비 31.5% 늘어", delta=31.5, unit="%"),
        c("201만 명", 201 * MAN, "명"), c("74만 명", 74 * MAN, "명"), c("69만 명", 69 * MAN, "명"),
        p("지난해 9월 이후", "2025-09", None), p("지난해 9월", "2025-09", "2025-09", opt=True),
    ]),
    ("관광객 씀씀이도 커졌다. 한국은행 국제수지 통계를 보면 상반기 여행수입은 112억 달러로 지난해 상반기보다 18.3% 늘었다. 다만 해외로 나간 내국인의 여행지급이 158억 달러에 달해 여행수지는 46억 달러 적자를 냈다. 적자 폭은 1년 전(61억 달러)보다 15억 달러 줄었다.", [
        p("상반기", "2026-01", "2026-06"), m("112억 달러", 112 * EOK, "USD"), p("지난해 상반기", "2025-01", "2025-06"), pc("18.3%", 18.3),
        ch("112억 달러로", after=112 * EOK, unit="USD"), ch("지난해 상반기보다 18.3% 늘었다", delta=18.3, unit="%"),
        m("158억 달러", 158 * EOK, "USD"), m("46억 달러", 46 * EOK, "USD"),
        *base("1년 전", ("2025-01", "2025-06"), ("2025", "2025")), m("61억 달러", 61 * EOK, "USD"), m("15억 달러", 15 * EOK, "USD"),
        ch("46억 달러 적자 ... 적자 폭은 1년 전(61억 달러)보다 15억 달러 줄었다", before=61 * EOK, after=46 * EOK, delta=-15 * EOK, unit="USD"),
        ch("적자 폭은 1년 전(61억 달러)보다 15억 달러 줄었다", before=-61 * EOK, after=-46 * EOK, delta=15 * EOK, unit="USD", opt=True),
        ch("적자 폭은 1년 전(61억 달러)보다 15억 달러 줄었다", before=61 * EOK, delta=-15 * EOK, unit="USD", opt=True),
    ]),
    ("하지만 1인당 씀씀이는 아직 코로나19 이전에 못 미친다. 상반기 1인당 평균 지출액은 1,180달러로 2019년(1,560달러)의 4분의 3 수준에 그쳤다. 쇼핑 위주의 단체관광 대신 개별 여행이 늘어난 영향이다. 한국면세점협회에 따르면 상반기 면세점 매출은 6조 8,420억원으로 지난해 같은 기간보다 9.6% 감소했다.", [
        c("1인당", 1, "인", opt=True), c("1인당", 1, "인", opt=True), p("상반기", "2026-01", "2026-06"), m("1,180달러", 1180, "USD"),
        p("2019년", "2019", "2019"), m("1,560달러", 1560, "USD"),
        ch("1,180달러로 2019년(1,560달러)의 4분의 3 수준에 그쳤다", before=1560, after=1180, unit="USD"),
        pc("4분의 3", 75, opt=True),
        p("상반기", "2026-01", "2026-06"), m("6조 8,420억원", 6 * JO + 8420 * EOK),
        ch("6조 8,420억원으로", after=6 * JO + 8420 * EOK, unit="KRW"), ch("9.6% 감소했다", delta=-9.6, unit="%"),
        *base("지난해 같은 기간", ("2025-01", "2025-06"), ("2025", "2025")), pc("9.6%", 9.6),
    ]),
    ("정부는 올해 외국인 관광객 목표를 2,000만 명으로 잡았다. 하반기에는 추석 연휴(9월 24~27일)와 11월 ‘코리아그랜드세일’ 등 대목이 몰려 있어 연간 2,050만 명 안팎까지 가능하다는 관측도 나온다. 관광공사는 다음 달 1일부터 10월 31일까지 중국·동남아 20개 도시에서 로드쇼를 열 계획이다.", [
        p("올해", "2026", "2026"), c("2,000만 명", 2000 * MAN, "명"), ch("목표를 2,000만 명으로 잡았다", after=2000 * MAN, unit="명", opt=True),
        p("하반기", "2026-07", "2026-12"), p("9월 24~27일", "2026-09-24", "2026-09-27"), p("11월", "2026-11", "2026-11"),
        p("연간", "2026", "2026", opt=True), c("2,050만 명 안팎", 2050 * MAN, "명", q="approx"),
        ch("연간 2,050만 명 안팎까지", after=2050 * MAN, unit="명", opt=True),
        p("다음 달 1일부터 10월 31일까지", "2026-09-01", "2026-10-31"), p("다음 달 1일", "2026-09-01", "2026-09-01", opt=True),
        p("10월 31일", "2026-10-31", "2026-10-31", opt=True), c("20개", 20, "개"),
    ]),
    ("한국관광공사 관계자는 “일본·대만 관광객의 재방문율이 60%를 넘는 만큼 지방 관광 상품을 늘려 수도권 쏠림을 줄이겠다”며 “현재 78% 수준인 서울 방문 비중을 2028년까지 70% 아래로 낮추는 게 목표”라고 말했다.", [
        pc("60%", 60), p("현재", None, None, opt=True), pc("78%", 78), p("2028년까지", None, "2028"), pc("70%", 70),
        ch("현재 78% 수준인 서울 방문 비중을 2028년까지 70% 아래로 낮추는 게 목표", before=78, after=70, opt=True),
        ch("70% 아래로 낮추는 게 목표", after=70, opt=True),
    ]),
]
ORG01 = [
    o("문화체육관광부"), o("한국관광공사", ["관광공사"]), o("한국은행"), o("한국면세점협회"), o("정부", opt=True),
]


def page01(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    photo = ('<figure class="ab_photo photo_center"><div class="image"><img src="https://img.saehan.co.kr/2026/08/18/a1b2c3.jpg" alt="명동 거리"></div>'
             '<figcaption class="caption">지난 16일 서울 중구 명동 거리가 외국인 관광객들로 붐비고 있다. 명동 상권 유동인구는 1년 새 23% 늘었다. [사진 새한일보 DB]</figcaption></figure>')
    rel = ('<div class="ab_related_article"><strong class="title">관련 기사</strong><ul>'
           '<li><a href="/article/25391102">명동 상권 공실률 8%대로…1년 새 절반 ‘뚝’</a></li>'
           '<li><a href="/article/25390847">제주 크루즈 관광객 70만 명 돌파…역대 최다</a></li>'
           '<li><a href="/article/25389310">“K뷰티 사러 왔어요” 올리브영 외국인 매출 2배</a></li></ul></div>')
    parts = ps[:2] + [photo] + ps[2:3] + [rel] + ps[3:]
    body = "\n        ".join(parts)
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "description": "올해 상반기 방한 외국인 관광객이 처음으로 1000만 명을 넘어섰다.",
        "datePublished": "2026-08-18T05:00:00+09:00", "dateModified": "2026-08-19T10:12:00+09:00",
        "author": [{"@type": "Person", "name": "김서연"}],
        "publisher": {"@type": "Organization", "name": "새한일보", "logo": {"@type": "ImageObject", "url": "https://static.saehan.co.kr/img/logo.png"}},
        "mainEntityOfPage": "https://www.saehan.co.kr/article/25391455",
    }, ensure_ascii=False, indent=2)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} | 새한일보</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://www.saehan.co.kr/article/25391455">
<meta property="og:site_name" content="새한일보">
<script type="application/ld+json">
{ld}
</script>
</head>
<body class="article_page">
<header id="header"><div class="gnb"><a class="logo" href="/">새한일보</a>
  <ul class="menu"><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>문화</li><li>오피니언</li><li>더새한</li></ul>
  <a class="btn_subscribe" href="/subscribe">구독신청</a> <a class="btn_login" href="/login">로그인</a></div></header>
<main id="container">
  <article class="article" id="article_25391455">
    <header class="article_header">
      <p class="section"><a href="/money">경제</a> &gt; <a href="/money/tour">관광·레저</a></p>
      <h1 class="headline">{esc(title)}</h1>
      <div class="byline"><a href="/reporter/1187">김서연 기자</a> <button class="btn_follow">기자 구독</button></div>
      <div class="datetime"><p class="date">입력 2026.08.18 05:00</p><p class="date">업데이트 2026.08.19 10:12</p></div>
      <div class="share"><button>공유</button><button>글자크기</button><button>프린트</button></div>
    </header>
    <section class="article-body" id="article_body" itemprop="articleBody">
        {body}
    </section>
    <div class="article_footer"><p class="byline_end">김서연 기자 kim.seoyeon@saehan.co.kr</p>
      <p class="copyright">Copyright ⓒ 새한일보 All Rights Reserved. 무단 전재, 재배포 및 AI 학습 이용 금지</p></div>
  </article>
  <aside class="aside">
    <div class="rank"><h3>많이 본 뉴스</h3><ol>
      <li>원·달러 환율 1,400원 다시 넘었다…석 달 만</li>
      <li>서울 아파트 평균 전셋값 6억 5,000만원 돌파</li>
      <li>“연봉 1억” 대기업 직원 비중 처음 40% 넘어</li></ol></div>
    <div class="ad">AD</div>
  </aside>
</main>
<footer id="footer"><p>새한일보 | 서울특별시 중구 세종대로 135 | 대표전화 02-751-5114</p></footer>
</body>
</html>
"""


article(
    name="01_inbound_tourism_jsonld_html", ext="html", published="2026-08-18",
    title="상반기 외국인 관광객 1000만 명 첫 돌파…씀씀이는 2019년의 4분의 3",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["구독신청", "로그인", "관광·레저", "기자 구독", "붐비고 있다", "23% 늘었다", "새한일보 DB", "관련 기사", "공실률 8%대", "크루즈 관광객 70만 명",
               "올리브영", "kim.seoyeon@", "Copyright", "많이 본 뉴스", "1,400원", "6억 5,000만원", "“연봉 1억”", "세종대로 135", "02-751-5114"],
    notes=("A 조선/중앙-like HTML page: JSON-LD NewsArticle with datePublished 2026-08-18T05:00 (and dateModified the next day), visible '입력 "
           "2026.08.18 05:00 / 업데이트 2026.08.19 10:12'. published: datePublished (= 입력). Body: the p elements of section.article-body; the "
           "figure/figcaption and the inline '관련 기사' box inside that section are furniture (their figures not gold), as are header, byline, "
           "copyright, 많이 본 뉴스, footer. Title not scored. Conventions: '지난해 같은 기간(882만 명)과 비교하면 130만 명(14.7%) 늘었고' an "
           "endpoint change with after 1,012만 명 (earlier in the paragraph, blind6 '비교하면'), rate optional; '2019년 상반기(843만 명)보다도 "
           "20.0% 많다' an endpoint change (rate optional); endpoints of count changes optional; 'A로 N% 늘었다' (298만 명으로 … 31.5% 늘어; "
           "112억 달러로 … 18.3% 늘었다; 6조 8,420억원으로 … 9.6% 감소) gives two gold changes, {after A} and {delta ±N, unit %} (the brief's "
           "reading of the seed); '적자 폭은 1년 전(61억 달러)보다 15억 달러 줄었다' a change of the loss with positive levels (blind7), after 46억 "
           "달러 from the previous sentence; '지난해 9월 이후' (date directly before 이후) open end from 2025-09; '9월 24~27일' one period; "
           "'다음 달 1일부터 10월 31일까지' one period; a target ('목표를 2,000만 명으로 잡았다', '70% 아래로 낮추는 게 목표') optional change, its "
           "figures gold; 4분의 3 optional; '코로나19' is a name (no figure); 1위 a rank; 전년 동기 / 지난해 같은 기간 / 1년 전 optional; "
           "'지난해 상반기' (named base) gold; '연간' optional. Countries are no organisations."),
)


# ---------------------------------------------------------------------------
# 02 2027년 최저임금, HBS 뉴스 (KBS/MBC-like broadcast web page, HTML), 2026-07-10
# ---------------------------------------------------------------------------
A02 = [
    ("내년도 최저임금이 시간당 1만 730원으로 결정됐습니다. 올해보다 410원, 4.0% 오른 금액인데, 노동계와 경영계 모두 반발하고 있습니다. 김지훈 기자가 보도합니다.", [
        p("내년도", "2027", "2027"), m("1만 730원", 10730), p("올해보다", "2026", "2026"), m("410원", 410), pc("4.0%", 4.0),
        ch("1만 730원 ... 올해보다 410원, 4.0% 오른", after=10730, delta=410, unit="KRW"),
        ch("올해보다 410원, 4.0% 오른", delta=410, unit="KRW", opt=True), ch("410원, 4.0% 오른", delta=4.0, unit="%", opt=True),
        ch("1만 730원 ... 올해보다 410원", before=10320, after=10730, delta=410, unit="KRW", opt=True),
    ]),
    ("최저임금위원회는 오늘(10일) 새벽 정부세종청사에서 열린 제11차 전원회의에서 내년도 최저임금을 시간당 1만 730원으로 의결했습니다. 올해 최저임금 1만 320원보다 410원 오른 금액입니다.", [
        p("오늘(10일)", "2026-07-10", "2026-07-10"), p("10일", "2026-07-10", "2026-07-10", opt=True), p("내년도", "2027", "2027"), m("1만 730원", 10730),
        p("올해", "2026", "2026"), m("1만 320원", 10320), m("410원", 410),
        ch("1만 730원으로 의결했습니다. 올해 최저임금 1만 320원보다 410원 오른", before=10320, after=10730, delta=410, unit="KRW"),
        ch("1만 320원보다 410원 오른", before=10320, delta=410, unit="KRW", opt=True),
    ]),
    ("주 40시간 근무 기준 월 환산액은 유급 주휴시간을 포함한 209시간으로 계산하면 224만 2,570원입니다. 인상률 4.0%는 최근 5년 평균 인상률 3.9%와 비슷한 수준입니다.", [
        c("40시간", 40, "시간", opt=True), p("40시간", None, None, opt=True), c("209시간", 209, "시간", opt=True), p("209시간", None, None, opt=True),
        m("224만 2,570원", 224 * MAN + 2570), pc("4.0%", 4.0),
        p("최근 5년", None, None, opt=True), p("최근 5년", "2022", "2026", opt=True), p("최근 5년", "2021", "2025", opt=True), c("5년", 5, "년", opt=True),
        pc("3.9%", 3.9),
    ]),
    ("표결은 노동계 최종안 1만 1,100원과 경영계 최종안 1만 730원을 놓고 진행됐습니다. 재적 위원 27명 가운데 23명이 투표에 참여해 경영계 안이 15표, 노동계 안이 8표를 얻었습니다.", [
        m("1만 1,100원", 11100), m("1만 730원", 10730), c("27명", 27, "명"), c("23명", 23, "명"), c("15표", 15, "표"), c("8표", 8, "표"),
    ]),
    ("[박성민/최저임금위원회 공익위원 간사 : “올해 하반기 물가 상승률 전망치 2.1%와 경제성장률 전망치 1.8%, 임금 인상률 전망치 3.4%를 종합적으로 고려했습니다.”]", [
        p("올해 하반기", "2026-07", "2026-12"), pc("2.1%", 2.1), pc("1.8%", 1.8), pc("3.4%", 3.4),
    ]),
    ("노동계는 즉각 반발했습니다. 민주노총은 “실질임금 하락을 외면한 결정”이라며 다음 달 중 총파업을 예고했고, 한국노총도 “올해 상반기 외식 물가가 4.7% 오른 점을 고려하면 사실상 삭감”이라고 비판했습니다.", [
        p("다음 달 중", "2026-08", "2026-08"), p("올해 상반기", "2026-01", "2026-06"), pc("4.7%", 4.7), ch("외식 물가가 4.7% 오른", delta=4.7, unit="%"),
    ]),
    ("경영계도 불만을 드러냈습니다. 한국경영자총협회는 “소상공인 10명 중 6명이 인건비 부담 때문에 고용을 줄이겠다고 답했다”며 업종별 구분 적용이 또다시 무산된 데 깊은 유감을 표했습니다.", [
        c("10명", 10, "명", opt=True), c("6명", 6, "명", opt=True), pc("10명 중 6명", 60, opt=True),
    ]),
    ("고용노동부에 따르면 새 최저임금의 영향을 직접 받는 노동자는 최대 301만 명으로 추산됩니다. 고용노동부 장관은 다음 달 5일까지 최저임금을 확정 고시해야 하며, 새 최저임금은 내년 1월 1일부터 적용됩니다.", [
        c("최대 301만 명", 301 * MAN, "명", q="at_most"),
        p("다음 달 5일까지", None, "2026-08-05"), p("다음 달 5일", "2026-08-05", "2026-08-05", opt=True),
        p("내년 1월 1일부터", "2027-01-01", None), p("내년 1월 1일", "2027-01-01", "2027-01-01", opt=True),
    ]),
]
ORG02 = [
    o("최저임금위원회"), o("민주노총"), o("한국노총"), o("한국경영자총협회"), o("고용노동부"),
    o("정부세종청사", opt=True), o("노동계", opt=True), o("경영계", opt=True),
]


def page02(paras, title):
    lead, rep = paras[0], paras[1:]
    text = (f'<strong class="anchor-lead">{esc(lead)}</strong><br><br>\n[리포트]<br><br>\n'
            + "<br><br>\n".join(esc(t) for t in rep)
            + "<br><br>\nHBS 뉴스 김지훈입니다.<br><br>\n촬영기자:이상훈/영상편집:최민지/그래픽:박은지")
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | HBS 뉴스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="video.other">
<meta property="og:url" content="https://news.hbs.co.kr/news/view.do?ncd=8123477">
<meta property="og:description" content="내년도 최저임금이 시간당 1만 730원으로 결정됐습니다.">
</head>
<body>
<div id="wrap">
  <div id="header"><h1><a href="/">HBS 뉴스</a></h1>
    <ul class="gnb"><li>뉴스</li><li>재난</li><li>날씨</li><li>스포츠</li><li>팩트체크</li><li>뉴스7</li><li>뉴스9</li></ul></div>
  <div id="container">
    <div class="landing-box">
      <div class="landing-caption">
        <div class="cate-tag"><span class="cate">경제</span><span class="prog">뉴스7</span></div>
        <h4 class="headline-title">{esc(title)}</h4>
        <div class="dates"><em class="input-date">입력 2026.07.10 (19:02)</em><em class="edit-date">수정 2026.07.10 (21:40)</em></div>
        <div class="reporter-box"><span class="name">김지훈 기자</span><a class="btn-mail" href="mailto:kjh@hbs.co.kr">kjh@hbs.co.kr</a></div>
      </div>
      <div class="box-vod">
        <div class="vod-player" data-vod-id="V2026071019021">
          <span class="vod-label">VOD</span>
          <span class="vod-title">[뉴스7] 내년 최저임금 1만 730원…4.0% 인상</span>
          <span class="vod-time">02:14</span><span class="vod-hit">재생 12,381회</span>
        </div>
        <div class="vod-btns"><button>자막</button><button>공유</button><button>다운로드</button></div>
      </div>
      <div class="detail-body font-size" id="cont_newstext">
{text}
      </div>
      <div class="box-report"><p>▶ HBS 제보하기 ☎ 02-781-1234, 카카오톡 ‘HBS제보’</p></div>
      <div class="copyright">ⓒ HBS &amp; HBS Media, 무단 전재, 재배포 및 이용(AI 학습 포함) 금지</div>
    </div>
    <div class="side-box">
      <h5>많이 본 뉴스</h5>
      <ol><li>장마 끝 폭염…서울 낮 최고 36도</li><li>‘청년 월세’ 지원 20만 원→30만 원 확대</li><li>수도권 전세가율 3년 만에 60% 회복</li></ol>
      <h5>뉴스7 다시보기</h5>
      <ul><li>[단독] 공공기관 성과급 1조 2천억…절반이 ‘S등급’</li></ul>
    </div>
  </div>
  <div id="footer">HBS 한빛방송 | 서울특별시 영등포구 여의공원로 13 | 시청자상담실 1588-1234</div>
</div>
</body>
</html>
"""


article(
    name="02_minimum_wage_broadcast_html", ext="html", published="2026-07-10",
    title="내년 최저임금 1만 730원…노사 모두 반발",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["팩트체크", "수정 2026.07.10", "kjh@", "[뉴스7]", "02:14", "12,381", "자막", "HBS 뉴스 김지훈입니다", "촬영기자", "영상편집", "제보하기", "02-781-1234",
               "ⓒ HBS", "많이 본 뉴스", "36도", "20만 원→30만 원", "60% 회복", "1조 2천억", "여의공원로", "1588-1234"],
    notes=("A KBS/MBC-like broadcast news web page (HBS 한빛방송, invented): date as '입력 2026.07.10 (19:02)' with a same-day 수정 stamp; a VOD "
           "player box with the programme title, running time and play count; the anchor's lead in bold (strong.anchor-lead) at the top of "
           "div.detail-body, then '[리포트]' and the report text separated by <br><br>. published: the 입력 date. Body: the anchor lead (incl. "
           "'김지훈 기자가 보도합니다.', blind5) and the report paragraphs; the interview line '[이름/직함 : “…”]' is one body paragraph (blind5). "
           "The '[리포트]' marker is not body (not forbidden); the sign-off 'HBS 뉴스 김지훈입니다.' and the credits line are furniture, as are the "
           "VOD box, 제보 box, copyright, 많이 본 뉴스 and footer. Conventions: '1만 730원 … 올해보다 410원, 4.0% 오른' after+delta (the rate "
           "optional, blind7's '88조 원으로 17조 4천억 원(24.6%) 증가'); '올해보다' a named base (gold 2026); 'A보다 N원 오른' with both amounts "
           "an endpoint change; '오늘(10일)' one period (bracket optional); '다음 달 중' = 2026-08; '다음 달 5일까지' open start; '내년 1월 1일부터' "
           "open end; votes (15표) and members (27명) are counts; working hours (40시간, 209시간) optional; '10명 중 6명' a ratio (optional); "
           "'외식 물가가 4.7% 오른' a %-change (established base); '최근 5년' optional; ordinals (제11차) no counts. 노동계 / 경영계 optional."),
)


# ---------------------------------------------------------------------------
# 03 국민연금공단 보도자료 (plain text), 상반기 기금 수익률, 2026-08-28
# ---------------------------------------------------------------------------
A03 = [
    ("- 해외주식 수익률 11.40%로 전체 성과 견인", [pc("11.40%", 11.40)]),
    ("- 1988년 기금 설치 이후 누적 운용수익금 860조원 넘어서", [
        p("1988년 기금 설치 이후", "1988", "1988"), p("1988년 기금 설치 이후", "1988", None, opt=True),
        m("860조원", 860 * JO, q="at_least"), ch("860조원 넘어서", after=860 * JO, unit="KRW", opt=True),
    ]),
    ("□ 국민연금공단(이사장 김태현, 이하 공단) 기금운용본부는 올해 상반기(1~6월) 국민연금 기금 운용수익률이 7.21%(잠정)를 기록했다고 28일 밝혔다. 같은 기간 운용수익금은 89조 7,000억원이다.", [
        p("올해 상반기(1~6월)", "2026-01", "2026-06"), p("1~6월", "2026-01", "2026-06", opt=True), pc("7.21%", 7.21),
        p("28일", "2026-08-28", "2026-08-28"), *base("같은 기간", ("2026-01", "2026-06")), m("89조 7,000억원", 89 * JO + 7000 * EOK),
    ]),
    ("○ 6월 말 기준 기금 적립금은 1,366조 2,000억원으로 지난해 말(1,272조 8,000억원)보다 93조 4,000억원 늘었다. 연금보험료 수입에서 급여 지출을 뺀 순유입은 3조 7,000억원에 그쳐, 적립금 증가분의 대부분을 운용수익이 채웠다.", [
        p("6월 말 기준", "2026-06", "2026-06"), p("6월 말", "2026-06-30", "2026-06-30", opt=True),
        m("1,366조 2,000억원", 1366 * JO + 2000 * EOK), p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True),
        m("1,272조 8,000억원", 1272 * JO + 8000 * EOK), m("93조 4,000억원", 93 * JO + 4000 * EOK),
        ch("1,366조 2,000억원으로 지난해 말(1,272조 8,000억원)보다 93조 4,000억원 늘었다", before=1272 * JO + 8000 * EOK, after=1366 * JO + 2000 * EOK,
           delta=93 * JO + 4000 * EOK, unit="KRW"),
        m("3조 7,000억원", 3 * JO + 7000 * EOK),
    ]),
    ("○ 자산군별 수익률은 해외주식 11.40%, 대체투자 4.12%, 해외채권 3.05%, 국내채권 1.64%로 모든 자산군에서 플러스 수익을 냈다.", [
        pc("11.40%", 11.40), pc("4.12%", 4.12), pc("3.05%", 3.05), pc("1.64%", 1.64),
    ]),
    ("○ 국내주식 수익률은 9.87%로 지난해 같은 기간(-2.90%)보다 12.77%포인트 높아졌다. 코스피 지수가 상반기에만 12.3% 오른 덕분이다.", [
        pc("9.87%", 9.87), *base("지난해 같은 기간", ("2025-01", "2025-06"), ("2025", "2025")), pc("-2.90%", -2.90), pc("12.77%포인트", 12.77),
        ch("9.87%로 지난해 같은 기간(-2.90%)보다 12.77%포인트 높아졌다", before=-2.90, after=9.87, delta=12.77),
        ch("지난해 같은 기간(-2.90%)보다 12.77%포인트 높아졌다", before=-2.90, delta=12.77, opt=True),
        pc("-2.90%", 2.90, opt=True),
        p("상반기", "2026-01", "2026-06"), pc("12.3%", 12.3), ch("코스피 지수가 상반기에만 12.3% 오른", delta=12.3, unit="%"),
    ]),
    ("□ 6월 말 자산별 비중은 해외주식 36.8%, 국내채권 26.1%, 대체투자 15.9%, 국내주식 12.7%, 해외채권 8.2% 순이었다. 해외주식 비중은 1년 전(33.5%)보다 3.3%포인트 높아졌다.", [
        p("6월 말", "2026-06", "2026-06"), p("6월 말", "2026-06-30", "2026-06-30", opt=True),
        pc("36.8%", 36.8), pc("26.1%", 26.1), pc("15.9%", 15.9), pc("12.7%", 12.7), pc("8.2%", 8.2),
        *base("1년 전", ("2025-06", "2025-06"), ("2025", "2025")), pc("33.5%", 33.5), pc("3.3%포인트", 3.3),
        ch("해외주식 36.8% ... 해외주식 비중은 1년 전(33.5%)보다 3.3%포인트 높아졌다", before=33.5, after=36.8, delta=3.3),
        ch("1년 전(33.5%)보다 3.3%포인트 높아졌다", before=33.5, delta=3.3, opt=True),
    ]),
    ("○ 공단은 연말까지 해외투자 비중을 60% 이상으로 늘리고, 대체투자 가운데 인프라 자산을 현재 42조원에서 2028년까지 60조원 규모로 확대할 계획이다.", [
        p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True), pc("60% 이상", 60), ch("60% 이상으로 늘리고", after=60),
        p("현재", None, None, opt=True), m("42조원", 42 * JO), p("2028년까지", None, "2028"), m("60조원", 60 * JO),
        ch("현재 42조원에서 2028년까지 60조원 규모로 확대할", before=42 * JO, after=60 * JO, unit="KRW"),
    ]),
    ("○ 이번 잠정 수익률은 다음 달 열리는 기금운용위원회에 보고되며, 최종 수익률은 내년 2월 확정된다. 김태현 이사장은 “글로벌 금리 인하 기조 속에서도 변동성 관리에 힘써 안정적인 성과를 냈다”며 “하반기에도 장기 수익률을 높일 수 있도록 운용 역량을 강화하겠다”고 말했다.", [
        p("다음 달", "2026-09", "2026-09"), p("내년 2월", "2027-02", "2027-02"), p("하반기", "2026-07", "2026-12"),
    ]),
]
ORG03 = [
    o("국민연금공단", ["공단"]), o("기금운용위원회"), o("기금운용본부", opt=True),
]


def page03(paras, title):
    head = """국민연금공단  NPS                                        보도자료 | 홍보실 | 배포 즉시

2026년 8월 28일(금)
담당부서: 기금운용본부 운용전략실   실장 한지수 (063-713-5401)   담당 차장 정다인 (063-713-5412)

"""
    tail = """

※ 참고 1  연도별 기금 운용수익률 추이
   2021년 10.6%  |  2022년 -8.1%  |  2023년 13.4%  |  2024년 15.1%  |  2025년 9.8%
※ 참고 2  시간가중수익률: 기간 중 자금 유출입의 영향을 제외하고 산출한 수익률로, 해외 연기금과의 성과 비교에 쓰인다.
※ 참고 3  이번 수익률은 잠정치이며, 최종 수익률은 외부 회계감사 후 확정 공시된다.

국민연금공단 홍보실 | (54870) 전북특별자치도 전주시 덕진구 기지로 180 | 국번없이 1355
"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="03_nps_fund_return_release", ext="txt", published="2026-08-28",
    title="국민연금 기금, 상반기 수익률 7.21%…적립금 1,366조원",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["보도자료 | 홍보실 | 배포 즉시", "담당부서", "063-713-5401", "한지수", "※ 참고", "연도별 기금 운용수익률", "-8.1%", "15.1%", "시간가중수익률",
               "외부 회계감사", "기지로 180", "국번없이 1355"],
    notes=("A 국민연금공단 보도자료 (plain text) with the header 'NPS … 보도자료 | 홍보실 | 배포 즉시', a date line '2026년 8월 28일(금)' and the "
           "담당부서 line with phone numbers; the release ends with a '※ 참고' section (past yearly returns, a definition, a note on the "
           "provisional figure) and the 홍보실 address line. published: the date line (배포 즉시), matching the body's '28일 밝혔다'. Title not "
           "scored; the two '- ' lines under it are deck and body. Furniture: the header, the ※ 참고 section (appendix material like 붙임, its "
           "figures not gold) and the address line. Conventions: '1988년 기금 설치 이후' — a date followed by an event and 이후 is that date "
           "(the seed's '올해 9월 10일 출범 이후'); the open-ended reading optional; '올해 상반기(1~6월)' one period (bracket optional); '6월 말 "
           "(기준)' and '지난해 말' resolve to the month (day optional); endpoint change with delta for 적립금; '9.87%로 지난해 같은 기간(-2.90%)보다 "
           "12.77%포인트 높아졌다' a %-level change with a negative before (no unit); '해외주식 비중은 1년 전(33.5%)보다 3.3%포인트' with after "
           "36.8 from the previous sentence; '60% 이상으로 늘리고' an action target (gold after); '현재 42조원에서 2028년까지 60조원 규모로 확대할 "
           "계획' a gold endpoint change; '코스피 지수가 … 12.3% 오른' a %-change; '같은 기간', '지난해 같은 기간', '1년 전', '현재' optional. "
           "김태현 이사장 is a person. 기금운용본부 (a division) optional."),
)


# ---------------------------------------------------------------------------
# 04 전주시 민생회복지원금, regional newspaper page dump (전북새날일보), 2026-08-20
# ---------------------------------------------------------------------------
A04 = [
    ("1인당 20만원…기초생활수급자 등 취약계층 15만원 더", [
        c("1인당", 1, "인", opt=True), m("20만원", 20 * MAN), m("15만원", 15 * MAN), ch("15만원 더", delta=15 * MAN, unit="KRW", opt=True),
    ]),
    ("9월 1일(화)~30일(수) 신청, 전주사랑상품권으로 지급", [
        p("9월 1일(화)~30일(수)", "2026-09-01", "2026-09-30"),
    ]),
    ("전북 전주시가 고물가와 경기 침체로 어려움을 겪는 시민들의 생활 안정을 위해 전 시민에게 1인당 20만원의 민생회복지원금을 지급한다. 소요 예산은 약 1,520억원으로, 시는 재난관리기금과 순세계잉여금 등을 활용해 재원을 마련했다.", [
        c("1인당", 1, "인", opt=True), m("20만원", 20 * MAN), m("약 1,520억원", 1520 * EOK, q="approx"),
    ]),
    ("전주시는 20일 시청 브리핑룸에서 기자회견을 열고 이 같은 내용의 지원금 지급 계획을 발표했다. 지급 대상은 8월 20일 기준 전주시에 주민등록을 둔 시민 약 63만 8,000명이다.", [
        p("20일", "2026-08-20", "2026-08-20"), p("8월 20일 기준", "2026-08-20", "2026-08-20"), c("약 63만 8,000명", 63 * MAN + 8000, "명", q="approx"),
    ]),
    ("기초생활수급자와 차상위계층, 한부모가족 등 2만 9,400여 명에게는 15만원을 더 얹어 1인당 35만원을 준다. 또 기준중위소득 150% 이하 가구에는 가구당 10만원을 추가로 지급한다. 4인 가구 기준으로는 월 소득 약 974만원 이하가 해당된다.", [
        c("2만 9,400여 명", 2 * MAN + 9400, "명", q="approx"), m("15만원", 15 * MAN), c("1인당", 1, "인", opt=True), m("35만원", 35 * MAN),
        ch("15만원을 더 얹어 1인당 35만원", before=20 * MAN, after=35 * MAN, delta=15 * MAN, unit="KRW", opt=True),
        ch("15만원을 더 얹어 1인당 35만원", after=35 * MAN, delta=15 * MAN, unit="KRW", opt=True),
        ch("15만원을 더 얹어", delta=15 * MAN, unit="KRW", opt=True),
        pc("150%", 150), m("10만원", 10 * MAN), ch("10만원을 추가로", delta=10 * MAN, unit="KRW", opt=True),
        c("4인 가구", 4, "인", opt=True), c("4인 가구", 4, "가구", opt=True), m("약 974만원", 974 * MAN, q="approx"),
    ]),
    ("신청은 9월 1일(화)부터 30일(수)까지 한 달간 받는다. 신청 첫 주인 1~4일에는 출생연도 끝자리에 따른 요일제를 적용한다. 동 행정복지센터 방문 신청은 평일 오전 9시부터 오후 6시까지 가능하고, 온라인 신청은 전주사랑상품권 앱에서 할 수 있다.", [
        p("9월 1일(화)부터 30일(수)까지", "2026-09-01", "2026-09-30"), p("9월 1일(화)", "2026-09-01", "2026-09-01", opt=True),
        p("30일(수)", "2026-09-30", "2026-09-30", opt=True), p("한 달간", None, None, opt=True),
        p("1~4일", "2026-09-01", "2026-09-04"), p("오전 9시부터 오후 6시까지", None, None, opt=True),
    ]),
    ("지원금은 신청 후 이틀 안에 전주사랑상품권(카드형)으로 충전되며, 12월 31일까지 쓰지 않은 금액은 자동 소멸된다. 연 매출 30억원 이하 가맹점에서만 쓸 수 있고 대형마트와 기업형 슈퍼마켓(SSM), 유흥업소 등에서는 사용이 제한된다.", [
        p("이틀", None, None, opt=True), p("12월 31일까지", None, "2026-12-31"), p("12월 31일", "2026-12-31", "2026-12-31", opt=True),
        m("30억원 이하", 30 * EOK, q="at_most"),
    ]),
    ("시는 지역화폐 할인율도 한시적으로 높인다. 다음 달부터 연말까지 전주사랑상품권 할인율을 현행 10%에서 13%로 3%포인트 올리고, 월 구매 한도는 50만원에서 70만원으로 늘린다.", [
        p("다음 달부터 연말까지", "2026-09", "2026-12"), p("다음 달부터", "2026-09", None, opt=True), p("연말까지", None, "2026-12", opt=True),
        p("현행", None, None, opt=True), pc("10%", 10), pc("13%", 13), pc("3%포인트", 3),
        ch("현행 10%에서 13%로 3%포인트 올리고", before=10, after=13, delta=3),
        m("50만원", 50 * MAN), m("70만원", 70 * MAN), ch("50만원에서 70만원으로 늘린다", before=50 * MAN, after=70 * MAN, unit="KRW"),
    ]),
    ("지난해 시가 지급한 1차 지원금(1인당 10만원)은 지급액의 96.8%가 사용됐고, 이 가운데 62%가 음식점과 동네 마트 등 소상공인 업종에서 쓰였다. 전북연구원은 이번 지원금의 생산유발 효과를 약 2,300억원으로 추산했다.", [
        p("지난해", "2025", "2025"), c("1인당", 1, "인", opt=True), m("10만원", 10 * MAN), pc("96.8%", 96.8), pc("62%", 62),
        m("약 2,300억원", 2300 * EOK, q="approx"),
    ]),
    ("이상진 전주시장은 “지원금이 얼어붙은 골목상권에 온기를 불어넣는 마중물이 되길 바란다”며 “추석 전까지 시민 80% 이상이 지원금을 받을 수 있도록 신청 첫 주에 인력을 집중 배치하겠다”고 말했다.", [
        p("추석 전까지", None, None, opt=True), p("추석 전까지", None, "2026-09", opt=True), p("추석 전까지", None, "2026-09-24", opt=True),
        p("추석 전까지", None, "2026-09-25", opt=True), pc("80% 이상", 80),
    ]),
]
ORG04 = [
    o("전주시", ["전북 전주시"]), o("전북연구원"), o("행정복지센터", opt=True), o("시청", opt=True),
]


def page04(paras, title):
    head = """전북새날일보                                    최종편집 2026-08-20 22:10
로그인 | 회원가입 | 구독신청 | 기사제보

전체기사  정치  경제  사회  문화  전주  익산  군산  지역종합  오피니언  포토

지역 > 전주

""" + title + "\n" + "\n".join(paras[:2]) + """

최민호 기자  |  입력 2026.08.20 15:47  |  수정 2026.08.20 18:02  |  댓글 0

글씨키우기  글씨줄이기  인쇄하기  공유하기

"""
    body = ("\n\n".join(paras[2:4])
            + "\n\n▲ 이상진 전주시장이 20일 시청 브리핑룸에서 민생회복지원금 지급 계획을 설명하고 있다. 시는 지원금 가운데 1,100억원이 추석 전에 풀릴 것으로 내다봤다. /전주시 제공\n\n"
            + "\n\n".join(paras[4:]))
    tail = """

최민호 기자 mhchoi@saenal.co.kr
<저작권자 © 전북새날일보, 무단 전재 및 재배포 금지>

■ 관련기사
· 익산시, 1인당 15만원 민생지원금 지급 검토
· 군산사랑상품권 할인율 12%로 상향…9월 한 달간
· [사설] 현금 살포보다 골목상권 체질 개선을

■ 전주 주요뉴스
· 전주 한옥마을 올여름 방문객 410만 명…역대 최다
· 전주종합경기장 재개발 첫 삽, 2029년 완공

■ 많이 본 기사
1. 전북 올여름 온열질환자 214명…역대 최다
2. 새만금 잼버리 부지 활용안 확정
3. 전주~김천 철도 예타 통과, 총사업비 4조 8천억원

전북새날일보 | 전북특별자치도 전주시 완산구 팔달로 200 | 대표전화 063-280-1100 | 등록번호 전북 아00321
"""
    return head + body + tail


article(
    name="04_jeonju_relief_grant_local_pagedump", ext="txt", published="2026-08-20",
    title="전주시, 전 시민에 민생회복지원금 20만원 지급",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["최종편집", "회원가입", "기사제보", "지역 > 전주", "최민호 기자", "입력 2026.08.20", "댓글 0", "글씨키우기", "설명하고 있다", "1,100억원",
               "/전주시 제공", "mhchoi@", "저작권자", "관련기사", "익산시", "12%로 상향", "[사설]", "한옥마을", "410만 명", "2029년 완공", "많이 본 기사",
               "214명", "잼버리", "4조 8천억원", "팔달로 200", "063-280-1100", "등록번호"],
    notes=("A regional newspaper page dump (전북새날일보, invented): masthead with a site-wide '최종편집 2026-08-20 22:10', login/menu, section path, "
           "title with two deck lines, byline row '최민호 기자 | 입력 2026.08.20 15:47 | 수정 …', font buttons, a '▲ … /전주시 제공' photo caption "
           "between paragraphs (with a figure), e-mail, copyright, 관련기사 / 전주 주요뉴스 / 많이 본 기사 (with figures), footer. published: the "
           "입력 stamp. Title not scored; deck lines are body. Conventions: weekday brackets ('9월 1일(화)~30일(수)', '9월 1일(화)부터 30일(수)까지') — "
           "one period each, the parts optional; '1~4일' (of the month just named) 2026-09-01..04; '8월 20일 기준' a gold day; '다음 달부터 연말까지' "
           "one period 2026-09..12 (parts optional); '12월 31일까지' open start; clock times ('오전 9시부터 오후 6시까지') and '이틀', '한 달간' "
           "optional; '추석 전까지' ambiguous (optional, any reading); '15만원을 더 얹어 1인당 35만원' a supplement for a group, not a move over "
           "time (change optional, both amounts gold); '기준중위소득 150% 이하' a gold percentage; '4인 가구' and '1인당' optional; '현행 10%에서 13%로 "
           "3%포인트' a %-level change (no unit); '1차 지원금' an ordinal; '80% 이상' gold percentage. 이상진 전주시장 is a person with a title. "
           "전주사랑상품권 is a voucher (no organisation); 행정복지센터 and 시청 optional."),
)


# ---------------------------------------------------------------------------
# 05 동탄 아파트 1순위 청약, real-estate news HTML (하우징포커스, microdata datePublished), 2026-05-14
# ---------------------------------------------------------------------------
SQ = lambda t, v: c(t, v, "㎡", opt=True)
A05 = [
    ("경기 화성시 동탄2신도시에 들어서는 ‘e편한세상 동탄 센트럴포레’ 1순위 청약에 4만 명이 넘는 신청자가 몰렸다. 평균 경쟁률은 112.4대 1로 올해 수도권에서 분양한 단지 가운데 가장 높다.", [
        c("4만 명", 4 * MAN, "명", q="at_least"), p("올해", "2026", "2026"),
    ]),
    ("14일 한국부동산원 청약홈에 따르면 DL이앤씨가 공급하는 이 단지는 전날 진행된 1순위 청약에서 일반공급 372가구 모집에 4만 1,813명이 신청했다. 최고 경쟁률은 전용 84㎡A 타입에서 나온 287.6대 1이었다.", [
        p("14일", "2026-05-14", "2026-05-14"), p("전날", "2026-05-13", "2026-05-13"), c("372가구", 372, "가구"), c("4만 1,813명", 4 * MAN + 1813, "명"),
        SQ("84㎡", 84),
    ]),
    ("단지는 지하 2층~지상 29층 12개 동, 전용 59·74·84㎡ 총 1,086가구 규모다. 이 가운데 특별공급 714가구를 뺀 372가구가 일반공급 물량이다. 앞서 12일 진행된 특별공급에는 1만 9,206명이 접수했다.", [
        c("지하 2층", 2, "층", opt=True), c("지상 29층", 29, "층", opt=True), c("12개 동", 12, "개"), c("12개 동", 12, "동", opt=True),
        SQ("59", 59), SQ("74", 74), SQ("84㎡", 84), c("1,086가구", 1086, "가구"), c("714가구", 714, "가구"), c("372가구", 372, "가구"),
        p("12일", "2026-05-12", "2026-05-12"), c("1만 9,206명", MAN + 9206, "명"),
    ]),
    ("분양가는 3.3㎡당 평균 2,180만원으로 책정됐다. 분양가상한제가 적용돼 전용 84㎡ 기준 7억 2,000만~7억 6,500만원 선으로, 인근 ‘동탄역 롯데캐슬’ 같은 면적 시세(12억원 안팎)의 60% 수준이다.", [
        SQ("3.3㎡", 3.3), m("2,180만원", 2180 * MAN), SQ("84㎡", 84), m("7억 2,000만", 7 * EOK + 2000 * MAN, q="approx"),
        m("7억 6,500만원", 7 * EOK + 6500 * MAN, q="approx", opt=True), m("12억원 안팎", 12 * EOK, q="approx"), pc("60%", 60),
    ]),
    ("지난해 동탄2신도시에서 분양한 단지들의 평균 분양가(3.3㎡당 1,960만원)보다는 11.2% 올랐지만, 당첨되면 최소 4억원 이상의 시세 차익을 기대할 수 있어 이른바 ‘로또 청약’ 열기가 달아올랐다는 분석이다.", [
        p("지난해", "2025", "2025"), SQ("3.3㎡", 3.3), m("1,960만원", 1960 * MAN), pc("11.2%", 11.2), ch("11.2% 올랐지만", delta=11.2, unit="%"),
        ch("평균 분양가(3.3㎡당 1,960만원)보다는 11.2% 올랐지만", before=1960 * MAN, after=2180 * MAN, unit="KRW", opt=True),
        m("최소 4억원 이상", 4 * EOK, q="at_least"),
    ]),
    ("주택형별로는 전용 59㎡(88가구)에 1만 2,420명이 몰려 141.1대 1, 전용 74㎡(104가구)에는 9,871명이 신청해 94.9대 1을 기록했다. 가장 많은 180가구가 배정된 전용 84㎡에는 1만 9,522명이 접수했다.", [
        SQ("59㎡", 59), c("88가구", 88, "가구"), c("1만 2,420명", MAN + 2420, "명"), SQ("74㎡", 74), c("104가구", 104, "가구"), c("9,871명", 9871, "명"),
        c("180가구", 180, "가구"), SQ("84㎡", 84), c("1만 9,522명", MAN + 9522, "명"),
    ]),
    ("당첨자는 오는 21일 발표하며, 정당계약은 6월 2일부터 4일까지 사흘간 진행한다. 입주는 2029년 3월 예정이다. 전매제한 기간은 3년, 실거주 의무 기간은 2년이다.", [
        p("오는 21일", "2026-05-21", "2026-05-21"), p("6월 2일부터 4일까지", "2026-06-02", "2026-06-04"),
        p("6월 2일", "2026-06-02", "2026-06-02", opt=True), p("4일", "2026-06-04", "2026-06-04", opt=True), p("사흘간", None, None, opt=True),
        p("2029년 3월", "2029-03", "2029-03"), p("3년", None, None, opt=True), c("3년", 3, "년", opt=True), p("2년", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("청약 열기는 수도권 전반으로 번지고 있다. 부동산R114에 따르면 올해 1~4월 수도권 아파트 1순위 평균 경쟁률은 18.7대 1로 지난해 같은 기간(11.3대 1)보다 크게 높아졌다. 반면 같은 기간 전국 아파트 분양 물량은 5만 4,200가구로 1년 전보다 23% 줄었다.", [
        p("올해 1~4월", "2026-01", "2026-04"), *base("지난해 같은 기간", ("2025-01", "2025-04"), ("2025", "2025")),
        ch("18.7대 1로 지난해 같은 기간(11.3대 1)보다 크게 높아졌다", before=11.3, after=18.7, opt=True),
        *base("같은 기간", ("2026-01", "2026-04")), c("5만 4,200가구", 5 * MAN + 4200, "가구", opt=True),
        ch("5만 4,200가구로", after=5 * MAN + 4200, unit="가구"), ch("1년 전보다 23% 줄었다", delta=-23, unit="%"), pc("23%", 23),
        *base("1년 전", ("2025-01", "2025-04"), ("2025", "2025")),
    ]),
    ("김수현 부동산R114 리서치팀장은 “분양가상한제 단지는 시세보다 30~40% 저렴해 수요가 몰릴 수밖에 없다”며 “하반기에도 동탄·평택 등 경기 남부에서 1만 가구 이상이 공급될 예정이어서 청약 열기는 당분간 이어질 것”이라고 말했다.", [
        pc("30~40%", 30), pc("40%", 40, opt=True), p("하반기", "2026-07", "2026-12"), c("1만 가구 이상", MAN, "가구", q="at_least"),
    ]),
]
ORG05 = [
    o("한국부동산원"), o("DL이앤씨"), o("부동산R114"), o("청약홈", opt=True), o("화성시", opt=True), o("동탄역 롯데캐슬", opt=True),
]


def page05(paras, title):
    ps = [f'<p>{esc(t)}</p>' for t in paras]
    photo = ('<figure class="photo"><img src="/data/photos/20260514/mh_0514_1.jpg" alt=""><figcaption>지난 8일 문을 연 ‘e편한세상 동탄 센트럴포레’ '
             '견본주택에 방문객들이 줄을 서 있다. 개관 사흘간 3만 2,000명이 다녀갔다. (사진=DL이앤씨)</figcaption></figure>')
    body = "\n          ".join(ps[:1] + [photo] + ps[1:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 하우징포커스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:image" content="https://www.housingfocus.kr/data/photos/20260514/mh_0514_1.jpg">
<meta name="keywords" content="동탄, 청약, 분양가상한제, DL이앤씨">
</head>
<body>
<div id="hf-wrap">
  <div id="hf-top"><a href="/" class="logo">하우징포커스</a>
    <nav><a href="/news/sale">분양</a> <a href="/news/trade">매매·전세</a> <a href="/news/policy">정책</a> <a href="/news/finance">금융</a> <a href="/news/column">칼럼</a> <a href="/price">실거래가 조회</a></nav></div>
  <div id="hf-content">
    <article class="view" itemscope itemtype="https://schema.org/NewsArticle">
      <meta itemprop="datePublished" content="2026-05-14T16:20:00+09:00">
      <meta itemprop="dateModified" content="2026-05-15T08:41:00+09:00">
      <div class="view-head">
        <span class="category">분양</span>
        <h2 class="title" itemprop="headline">{esc(title)}</h2>
        <div class="info"><span class="writer" itemprop="author">정민재 기자</span> <span class="date">2026년 05월 14일 16:20</span> <span class="upd">수정 2026년 05월 15일 08:41</span></div>
      </div>
      <div class="view-body" itemprop="articleBody">
          {body}
      </div>
      <div class="view-foot"><p class="email">정민재 기자 mjjung@housingfocus.kr</p><p class="copy">ⓒ 하우징포커스 무단전재 및 재배포 금지</p>
        <div class="tags">#동탄 #청약 #로또청약 #분양가상한제</div></div>
    </article>
    <aside class="apt-info">
      <h3>단지 개요</h3>
      <table>
        <tr><th>위치</th><td>경기 화성시 오산동 일원 동탄2신도시 C-14블록</td></tr>
        <tr><th>규모</th><td>지하 2층~지상 29층, 12개 동, 1,086가구</td></tr>
        <tr><th>분양가</th><td>3.3㎡당 평균 2,180만원</td></tr>
        <tr><th>견본주택</th><td>경기 화성시 오산동 967-1</td></tr>
        <tr><th>입주 예정</th><td>2029년 3월</td></tr>
      </table>
      <a class="btn" href="/sale/9917">분양정보 더보기</a>
    </aside>
    <aside class="schedule">
      <h3>이번 주 청약 일정</h3>
      <ul><li>5/18 힐스테이트 평택 센트럴 1순위</li><li>5/19 용인 푸르지오 원클러스터 특별공급</li><li>5/20 대구 범어 아이파크 2순위</li></ul>
    </aside>
    <aside class="rank">
      <h3>많이 본 뉴스</h3>
      <ol><li>서울 아파트 전셋값 52주 연속 상승</li><li>강남3구 평균 매매가 25억 돌파</li><li>“주담대 금리 연 3%대 초반”…은행권 인하 경쟁</li></ol>
    </aside>
  </div>
  <footer id="hf-foot">하우징포커스 | 서울특별시 마포구 월드컵북로 58 | 등록번호 서울 아55120 | 발행·편집인 송재훈</footer>
</div>
</body>
</html>
"""


article(
    name="05_dongtan_apartment_subscription_html", ext="html", published="2026-05-14",
    title="‘e편한세상 동탄 센트럴포레’ 1순위에 4만명 몰려…평균 112대 1",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["실거래가 조회", "매매·전세", "정민재 기자", "수정 2026년", "줄을 서 있다", "3만 2,000명", "사진=DL이앤씨", "mjjung@", "ⓒ 하우징포커스", "#로또청약",
               "단지 개요", "C-14블록", "오산동 967-1", "분양정보 더보기", "이번 주 청약 일정", "힐스테이트 평택", "원클러스터", "범어 아이파크",
               "많이 본 뉴스", "52주 연속", "25억 돌파", "연 3%대 초반", "월드컵북로", "등록번호"],
    notes=("A real-estate news site (하우징포커스, invented), HTML: article[itemscope itemtype=NewsArticle] with microdata "
           "<meta itemprop=\"datePublished\" content=\"2026-05-14T16:20:00+09:00\"> (and dateModified the next day), visible '2026년 05월 14일 16:20' "
           "and '수정 2026년 05월 15일 08:41'; no og/article meta date. published: datePublished. Body: the p elements of div.view-body "
           "(itemprop=articleBody); the figure/figcaption inside it, the e-mail/copyright/tags, the '단지 개요' table aside (repeats body figures), "
           "the 청약 일정 and 많이 본 뉴스 asides are furniture. Title not scored. Conventions: 경쟁률 'N대 1' is a ratio (no figure; its move "
           "'18.7대 1로 … (11.3대 1)보다' optional); '4만 명이 넘는' at_least count; household counts (가구) and applicants (명) are counts; "
           "'12개 동' a count of 개 (unit 동 optional); floors, areas (전용 59·74·84㎡, 3.3㎡당) optional; '7억 2,000만~7억 6,500만원 선' a money "
           "range (lower gold, upper optional); '시세(12억원 안팎)의 60% 수준' a comparison at one time (no change); '평균 분양가(3.3㎡당 1,960만원)"
           "보다는 11.2% 올랐지만' a %-change (the 2,180만원 level is in the previous paragraph: endpoint reading optional, blind6); '5만 4,200가구로 "
           "1년 전보다 23% 줄었다' gives {after 54,200 가구} and {delta −23 %} (count endpoint optional); '전날' = 2026-05-13 (blind7); '6월 2일부터 "
           "4일까지' one period; durations (사흘간, 3년, 2년) optional; '30~40%' lower gold, upper optional; '1만 가구 이상' at_least count; "
           "'1순위', '2신도시' no figures. 청약홈 (a service), 화성시 (a place here) and the complex names optional."),
)


# ---------------------------------------------------------------------------
# 06 마감시황, stock-market daily wrap page dump (서울마켓뉴스), 2026-07-21
# ---------------------------------------------------------------------------
PT = "포인트"
A06 = [
    ("외국인 1조 2,400억원 순매수…반도체·2차전지 동반 강세", [m("1조 2,400억원", JO + 2400 * EOK)]),
    ("코스닥도 1.9% 올라 920선 회복", [
        pc("1.9%", 1.9), ch("1.9% 올라", delta=1.9, unit="%"), c("920선", 920, "선", opt=True), ch("920선 회복", after=920, opt=True),
    ]),
    ("코스피가 외국인의 대규모 ‘사자’에 힘입어 사상 처음으로 3,600선 위에서 장을 마쳤다.", [
        c("3,600선", 3600, "선", opt=True), ch("3,600선 위에서", after=3600, opt=True),
    ]),
    ("21일 유가증권시장에서 코스피는 전 거래일보다 38.52포인트(1.08%) 오른 3,612.47에 거래를 마쳤다. 지수는 0.31% 오른 3,585.08에 출발한 뒤 오후 들어 상승 폭을 키웠다. 종가 기준 종전 최고치인 지난 15일(3,587.90)을 4거래일 만에 넘어섰다.", [
        p("21일", "2026-07-21", "2026-07-21"), *base("전 거래일", ("2026-07-20", "2026-07-20")), c("38.52포인트", 38.52, PT, opt=True), pc("1.08%", 1.08),
        ch("38.52포인트(1.08%) 오른 3,612.47", after=3612.47, delta=38.52, unit=PT), ch("(1.08%) 오른", delta=1.08, unit="%", opt=True),
        pc("0.31%", 0.31), ch("3,585.08에 출발", after=3585.08, unit=PT), ch("0.31% 오른", delta=0.31, unit="%"),
        p("지난 15일", "2026-07-15", "2026-07-15"),
        ch("3,612.47 ... 종전 최고치인 지난 15일(3,587.90)을 4거래일 만에 넘어섰다", before=3587.90, after=3612.47, unit=PT, opt=True),
        p("4거래일 만에", None, None, opt=True), c("4거래일", 4, "거래일", opt=True),
    ]),
    ("외국인은 유가증권시장에서 1조 2,400억원어치를 순매수하며 지수를 끌어올렸다. 하루 순매수 규모로는 올해 들어 가장 많다. 이달 들어 외국인 누적 순매수액은 5조 1,300억원으로 불어났다. 반면 개인과 기관은 각각 8,970억원, 3,610억원을 순매도했다.", [
        m("1조 2,400억원", JO + 2400 * EOK), p("올해 들어", "2026", "2026"), p("올해 들어", "2026", None, opt=True),
        p("이달 들어", "2026-07", "2026-07"), p("이달 들어", "2026-07", None, opt=True),
        m("5조 1,300억원", 5 * JO + 1300 * EOK), ch("5조 1,300억원으로 불어났다", after=5 * JO + 1300 * EOK, unit="KRW"),
        m("8,970억원", 8970 * EOK), m("3,610억원", 3610 * EOK),
    ]),
    ("반도체 대형주가 상승을 주도했다. 삼성전자는 3.2% 오른 9만 8,700원에 장을 마치며 52주 신고가를 새로 썼고, SK하이닉스도 4.6% 급등한 41만 2,500원에 마감했다. 외국인은 두 종목을 각각 6,240억원, 3,180억원어치 사들였다.", [
        pc("3.2%", 3.2), ch("3.2% 오른", delta=3.2, unit="%"), m("9만 8,700원", 9 * MAN + 8700), ch("9만 8,700원에 장을 마치며", after=9 * MAN + 8700, unit="KRW"),
        p("52주", None, None, opt=True), c("52주", 52, "주", opt=True),
        pc("4.6%", 4.6), ch("4.6% 급등한", delta=4.6, unit="%"), m("41만 2,500원", 41 * MAN + 2500), ch("41만 2,500원에 마감했다", after=41 * MAN + 2500, unit="KRW"),
        m("6,240억원", 6240 * EOK), m("3,180억원", 3180 * EOK),
    ]),
    ("2차전지주도 동반 강세를 보였다. LG에너지솔루션은 5.8% 오른 43만 6,000원, 삼성SDI는 7.1% 뛴 31만 9,500원에 거래를 마쳤다. 포스코퓨처엠은 장중 11% 넘게 치솟았다가 8.4% 상승으로 마감했다.", [
        pc("5.8%", 5.8), ch("5.8% 오른", delta=5.8, unit="%"), m("43만 6,000원", 43 * MAN + 6000), ch("43만 6,000원", after=43 * MAN + 6000, unit="KRW"),
        pc("7.1%", 7.1), ch("7.1% 뛴", delta=7.1, unit="%"), m("31만 9,500원", 31 * MAN + 9500), ch("31만 9,500원에 거래를 마쳤다", after=31 * MAN + 9500, unit="KRW"),
        pc("11%", 11), ch("장중 11% 넘게 치솟았다가", delta=11, unit="%", opt=True), pc("8.4%", 8.4), ch("8.4% 상승으로 마감했다", delta=8.4, unit="%"),
    ]),
    ("반면 현대차(-1.4%)와 기아(-0.9%)는 원화 강세에 따른 수출 채산성 악화 우려로 약세를 보였다. 서울 외환시장에서 원/달러 환율은 전날보다 9.6원 내린 1,351.2원에 주간 거래를 마쳤다.", [
        pc("-1.4%", -1.4), ch("(-1.4%)", delta=-1.4, unit="%"), pc("-0.9%", -0.9), ch("(-0.9%)", delta=-0.9, unit="%"),
        pc("-1.4%", 1.4, opt=True), pc("-0.9%", 0.9, opt=True),
        p("전날", "2026-07-20", "2026-07-20"), m("9.6원", 9.6), m("1,351.2원", 1351.2), ch("9.6원 내린 1,351.2원", after=1351.2, delta=-9.6, unit="KRW"),
    ]),
    ("코스닥지수는 17.35포인트(1.92%) 오른 921.08에 마감하며 920선을 회복했다. 코스닥 시장 거래대금은 11조 2,000억원으로 지난 3월 이후 가장 많았다.", [
        c("17.35포인트", 17.35, PT, opt=True), pc("1.92%", 1.92), ch("17.35포인트(1.92%) 오른 921.08", after=921.08, delta=17.35, unit=PT),
        ch("(1.92%) 오른", delta=1.92, unit="%", opt=True), c("920선", 920, "선", opt=True),
        m("11조 2,000억원", 11 * JO + 2000 * EOK), p("지난 3월 이후", "2026-03", None), p("지난 3월", "2026-03", "2026-03", opt=True),
    ]),
    ("이날 유가증권시장에서는 682개 종목이 올라 내린 종목(213개)의 세 배를 넘었다. 장중 52주 신고가를 기록한 종목도 87개에 달했다.", [
        p("이날", "2026-07-21", "2026-07-21", opt=True), c("682개", 682, "개"), c("213개", 213, "개"), p("52주", None, None, opt=True),
        c("52주", 52, "주", opt=True), c("87개", 87, "개"),
    ]),
    ("증권가에서는 미국 연방준비제도(Fed)의 9월 금리 인하 기대와 2분기 실적 시즌이 맞물려 상승 흐름이 이어질 것으로 보고 있다. 김태윤 신한투자증권 연구원은 “2분기 코스피 상장사 영업이익 추정치가 석 달 새 6% 상향됐다”며 “연말까지 3,800선 도달도 가능하다”고 말했다.", [
        p("9월", "2026-09", "2026-09"), p("2분기", "2026-04", "2026-06"), p("2분기", "2026-04", "2026-06"),
        p("석 달 새", None, None, opt=True), pc("6%", 6), ch("석 달 새 6% 상향됐다", delta=6, unit="%"),
        p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True), c("3,800선", 3800, "선", opt=True), ch("3,800선 도달", after=3800, opt=True),
    ]),
]
ORG06 = [
    o("삼성전자"), o("SK하이닉스"), o("LG에너지솔루션"), o("삼성SDI"), o("포스코퓨처엠"), o("현대차", ["현대자동차"]), o("기아"),
    o("연방준비제도", ["Fed"]), o("신한투자증권"), o("유가증권시장", opt=True), o("서울 외환시장", opt=True), o("코스닥 시장", opt=True),
    o("증권가", opt=True), o("코스피", opt=True), o("코스닥", opt=True),
]


def page06(paras, title):
    head = """서울마켓뉴스 | 증권 · 금융 · 산업                              로그인  회원가입  모바일웹
KOSPI 3,612.47 ▲38.52 (+1.08%)   KOSDAQ 921.08 ▲17.35 (+1.92%)   USD/KRW 1,351.20 ▼9.60   WTI 71.84 ▲0.62   금(g) 152,340 ▲870

홈 > 증권 > 마감시황

""" + title + "\n\n" + "\n".join(paras[:2]) + """

박준영 기자
기사입력 2026년 07월 21일 화요일 오후 04:12   최종수정 2026년 07월 21일 화요일 오후 05:30

[ 가 ] [ 가 ]  프린트  스크랩  공유

"""
    body = "\n\n".join(paras[2:])
    tail = """

박준영 기자 jypark@seoulmarket.kr
※ 이 기사는 투자 참고용이며, 투자 판단의 최종 책임은 투자자 본인에게 있습니다.
Copyright ⓒ 서울마켓뉴스. 무단 전재 및 재배포 금지.

[투자자별 매매동향] (유가증권시장, 단위: 억원)
외국인 +12,400   기관 -3,610   개인 -8,970

[오늘의 특징주]
에코프로비엠 +9.3%  |  한미반도체 +6.8%  |  HD현대일렉트릭 -2.7%  |  셀트리온 +1.5%

[많이 본 뉴스]
1. 금값 온스당 2,900달러 돌파…국내 금 시세 g당 15만원 넘어
2. 美 나스닥 사상 최고…엔비디아 시총 5조 달러 재돌파
3. 공모주 청약 증거금 28조 몰린 ‘대어’ 상장 첫날 160% 급등

회사소개 | 제휴문의 | 서울특별시 영등포구 국제금융로 10 | 등록번호 서울 아04567
"""
    return head + body + tail


article(
    name="06_kospi_market_close_pagedump", ext="txt", published="2026-07-21",
    title="[마감시황] 코스피, 외국인 1.2조 ‘사자’에 사상 첫 3600 돌파",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["회원가입", "KOSPI 3,612.47", "WTI 71.84", "152,340", "홈 > 증권", "박준영 기자", "기사입력", "최종수정", "스크랩", "jypark@", "투자 참고용",
               "Copyright", "투자자별 매매동향", "+12,400", "특징주", "에코프로비엠", "HD현대일렉트릭", "많이 본 뉴스", "2,900달러", "나스닥",
               "28조", "160% 급등", "국제금융로", "등록번호"],
    notes=("A stock-market daily wrap, plain-text page dump (서울마켓뉴스, invented): login bar, a market ticker line repeating the body's "
           "figures, breadcrumb, title, two deck lines, byline '박준영 기자', the date row '기사입력 2026년 07월 21일 화요일 오후 04:12   최종수정 "
           "… 오후 05:30', font/print buttons, e-mail, investment disclaimer, copyright, 투자자별 매매동향 / 오늘의 특징주 / 많이 본 뉴스 (with "
           "figures), footer. published: the 기사입력 stamp. Title not scored; deck lines are body. Decisions: an index move is a change with "
           "unit '포인트' ('38.52포인트(1.08%) 오른 3,612.47' = {after 3612.47, delta 38.52, unit 포인트}, its bracketed rate an optional %-change, as "
           "blind7's '88조 원으로 17조 4천억 원(24.6%) 증가'); index points are no counts and index levels are no money (optional counts at most); "
           "round levels ('3,600선', '920선', '3,800선') optional; a stock price or an index written as 'N% 오른 A' gives two gold changes {after A} "
           "and {delta N, unit %} (the brief's 'A로 N% 늘었다' rule); bracketed rates '현대차(-1.4%)' gold %-changes (blind); exchange rate in 원 "
           "is KRW money and its move {after, delta} (blind5); '전날' = 2026-07-20, '전 거래일' optional; '올해 들어' / '이달 들어' = 2026 / "
           "2026-07 (open-ended readings optional); '지난 3월 이후' open end from 2026-03; intraday '장중 11% 넘게 치솟았다가' optional change "
           "(percentage gold); a new record vs the old one ('지난 15일(3,587.90)을 … 넘어섰다') optional change; '52주', '4거래일', '석 달 새' "
           "optional; '추정치가 석 달 새 6% 상향' a %-change; 'N개 종목' counts; '세 배' no figure. Investor groups (외국인, 개인, 기관) are no "
           "organisations; markets and indexes optional."),
)


# ---------------------------------------------------------------------------
# 07 제12차 전력수급기본계획 실무안, energy news HTML with nested divs (no <p>), date only in the URL and near the byline, 2026-08-14
# ---------------------------------------------------------------------------
GW = lambda t, v, u="GW": c(t, v, u, opt=True)
A07 = [
    ("정부가 2040년까지 재생에너지 발전 설비를 지금의 세 배 수준인 121GW로 늘리는 내용의 ‘제12차 전력수급기본계획’ 실무안을 내놨다.", [
        p("2040년까지", None, "2040"), GW("121GW", 121), ch("121GW로 늘리는", after=121, unit="GW"), p("지금", None, None, opt=True),
    ]),
    ("기후에너지환경부(이하 기후부)는 13일 서울 중구 대한상공회의소에서 공청회를 열고 2026~2040년 전력 수요 전망과 발전원별 구성 계획을 담은 실무안을 공개했다.", [
        p("13일", "2026-08-13", "2026-08-13"), p("2026~2040년", "2026", "2040"),
    ]),
    ("실무안에 따르면 2040년 최대전력수요는 145.6GW로 올해 여름 최대치(97.2GW)보다 50% 가까이 늘어난다. 인공지능(AI) 데이터센터와 반도체 클러스터 등 전력 다소비 시설이 급증하는 영향이다. 연간 전력소비량도 지난해 568TWh에서 2040년 812TWh로 43% 증가할 것으로 예상됐다.", [
        p("2040년", "2040", "2040"), GW("145.6GW", 145.6), p("올해 여름", None, None, opt=True), p("올해 여름", "2026-06", "2026-08", opt=True),
        p("올해 여름", "2026", "2026", opt=True), GW("97.2GW", 97.2),
        ch("145.6GW로 올해 여름 최대치(97.2GW)보다 50% 가까이 늘어난다", before=97.2, after=145.6, unit="GW"),
        pc("50% 가까이", 50), ch("50% 가까이 늘어난다", delta=50, unit="%", opt=True),
        p("연간", None, None, opt=True), p("지난해", "2025", "2025"), GW("568TWh", 568, "TWh"), p("2040년", "2040", "2040"), GW("812TWh", 812, "TWh"),
        ch("지난해 568TWh에서 2040년 812TWh로 43% 증가할", before=568, after=812, unit="TWh"), pc("43%", 43),
        ch("43% 증가할", delta=43, unit="%", opt=True),
    ]),
    ("발전원별로는 2040년 재생에너지 비중을 38.5%로 끌어올리고 원전 비중은 33.1%를 유지한다. 석탄 비중은 지난해 28.4%에서 8.7%로 줄고, 액화천연가스(LNG) 발전은 수소 혼소로 단계적으로 전환한다. 이에 따라 무탄소 전원 비중은 2030년 53%, 2035년 64%, 2040년 72%로 높아진다.", [
        p("2040년", "2040", "2040"), pc("38.5%", 38.5), ch("38.5%로 끌어올리고", after=38.5), pc("33.1%", 33.1),
        p("지난해", "2025", "2025"), pc("28.4%", 28.4), pc("8.7%", 8.7), ch("지난해 28.4%에서 8.7%로 줄고", before=28.4, after=8.7),
        p("2030년", "2030", "2030"), pc("53%", 53), p("2035년", "2035", "2035"), pc("64%", 64), p("2040년", "2040", "2040"), pc("72%", 72),
        ch("2040년 72%로 높아진다", after=72),
        ch("2030년 53%, 2035년 64%, 2040년 72%로", before=53, after=72, opt=True), ch("2030년 53%, 2035년 64%", before=53, after=64, opt=True),
        ch("2035년 64%, 2040년 72%로", before=64, after=72, opt=True), ch("53%", after=53, opt=True), ch("64%", after=64, opt=True),
    ]),
    ("문제는 비용이다. 기후부는 송·변전망 확충에만 2040년까지 약 112조원이 필요할 것으로 추산했다. 이 가운데 서해안 해상풍력 단지와 수도권을 잇는 초고압직류송전(HVDC) ‘에너지 고속도로’ 건설비가 38조원으로 3분의 1을 차지한다.", [
        p("2040년까지", None, "2040"), m("약 112조원", 112 * JO, q="approx"), m("38조원", 38 * JO), pc("3분의 1", 33.3, opt=True),
        pc("3분의 1", 33.33, opt=True), pc("3분의 1", 33.333333, opt=True),
    ]),
    ("에너지원별 설비 목표를 보면 해상풍력은 현재 0.35GW에서 2030년 14.3GW, 2040년 40.7GW로 늘어난다. 태양광은 같은 기간 31GW에서 72GW로 확대된다.", [
        p("현재", None, None, opt=True), GW("0.35GW", 0.35), p("2030년", "2030", "2030"), GW("14.3GW", 14.3), p("2040년", "2040", "2040"), GW("40.7GW", 40.7),
        ch("현재 0.35GW에서 2030년 14.3GW, 2040년 40.7GW로 늘어난다", before=0.35, after=40.7, unit="GW"),
        ch("0.35GW에서 2030년 14.3GW", before=0.35, after=14.3, unit="GW", opt=True), ch("14.3GW", after=14.3, unit="GW", opt=True),
        ch("2030년 14.3GW, 2040년 40.7GW로", before=14.3, after=40.7, unit="GW", opt=True),
        *base("같은 기간", ("2026", "2040")), GW("31GW", 31), GW("72GW", 72), ch("31GW에서 72GW로 확대된다", before=31, after=72, unit="GW"),
    ]),
    ("전기요금 인상 압박도 커질 전망이다. 한국전력(한전)의 올해 상반기 킬로와트시(kWh)당 평균 판매단가는 167.4원이었는데, 발전 단가가 낮은 석탄 비중이 줄면 2035년에는 190원대 후반까지 오를 수 있다는 분석이 나온다. 전력 도매가격인 계통한계가격(SMP)은 지난달 평균 128.6원/kWh로 1년 전보다 14.2% 내렸다.", [
        p("올해 상반기", "2026-01", "2026-06"), m("167.4원", 167.4), p("2035년", "2035", "2035"), m("190원대 후반", 190, opt=True),
        ch("190원대 후반까지 오를 수", after=190, unit="KRW", opt=True), ch("167.4원 ... 190원대 후반까지 오를 수", before=167.4, after=190, unit="KRW", opt=True),
        p("지난달", "2026-07", "2026-07"), m("128.6원", 128.6), ch("128.6원/kWh로", after=128.6, unit="KRW"),
        *base("1년 전", ("2025-07", "2025-07"), ("2025", "2025")), pc("14.2%", 14.2), ch("1년 전보다 14.2% 내렸다", delta=-14.2, unit="%"),
    ]),
    ("한전의 재무 부담도 변수다. 한전의 6월 말 기준 총부채는 206조 3,000억원으로 지난해 말보다 4조 1,000억원 늘었다.", [
        p("6월 말 기준", "2026-06", "2026-06"), p("6월 말", "2026-06-30", "2026-06-30", opt=True), m("206조 3,000억원", 206 * JO + 3000 * EOK),
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True), m("4조 1,000억원", 4 * JO + 1000 * EOK),
        ch("206조 3,000억원으로 지난해 말보다 4조 1,000억원 늘었다", after=206 * JO + 3000 * EOK, delta=4 * JO + 1000 * EOK, unit="KRW"),
        ch("206조 3,000억원으로 지난해 말보다 4조 1,000억원 늘었다", before=202 * JO + 2000 * EOK, after=206 * JO + 3000 * EOK,
           delta=4 * JO + 1000 * EOK, unit="KRW", opt=True),
    ]),
    ("온실가스 감축 효과도 담겼다. 전환(발전) 부문 탄소 배출량은 지난해 2억 1,800만t에서 2035년 1억 1,400만t으로 48% 줄어든다. 지난해 유엔에 제출한 ‘2035 국가온실가스감축목표(NDC)’의 전환 부문 목표치(1억 1,900만t)보다 500만t 적은 수준이다.", [
        p("지난해", "2025", "2025"), GW("2억 1,800만t", 2 * EOK + 1800 * MAN, "t"), p("2035년", "2035", "2035"), GW("1억 1,400만t", EOK + 1400 * MAN, "t"),
        ch("지난해 2억 1,800만t에서 2035년 1억 1,400만t으로 48% 줄어든다", before=2 * EOK + 1800 * MAN, after=EOK + 1400 * MAN, unit="t"),
        pc("48%", 48), ch("48% 줄어든다", delta=-48, unit="%", opt=True),
        p("지난해", "2025", "2025"), p("2035", "2035", "2035", opt=True), GW("1억 1,900만t", EOK + 1900 * MAN, "t"), GW("500만t", 500 * MAN, "t"),
        ch("목표치(1억 1,900만t)보다 500만t 적은", before=EOK + 1900 * MAN, after=EOK + 1400 * MAN, delta=-500 * MAN, unit="t", opt=True),
    ]),
    ("공청회에서는 반론도 쏟아졌다. 환경운동연합은 “재생에너지 목표가 주요 7개국(G7) 평균의 절반에도 못 미친다”고 비판했고, 한국원자력산업협회는 “신규 대형 원전 2기 외에 소형모듈원전(SMR) 4기를 추가로 반영해야 한다”고 주장했다. 기후부는 이달 말까지 의견을 수렴한 뒤 오는 10월 국회 보고를 거쳐 연내 계획을 확정할 방침이다.", [
        c("7개국", 7, "개국", opt=True), pc("절반", 50, opt=True), c("2기", 2, "기"), c("4기", 4, "기"), ch("4기를 추가로", delta=4, unit="기", opt=True),
        p("이달 말까지", None, "2026-08"), p("이달 말까지", None, "2026-08-31", opt=True), p("오는 10월", "2026-10", "2026-10"),
        p("연내", "2026", "2026", opt=True), p("연내", None, "2026-12", opt=True), p("연내", None, "2026-12-31", opt=True),
    ]),
]
ORG07 = [
    o("기후에너지환경부", ["기후부"]), o("한국전력", ["한전"]), o("환경운동연합"), o("한국원자력산업협회"), o("국회"),
    o("대한상공회의소", opt=True), o("유엔", opt=True), o("주요 7개국", ["G7"], opt=True), o("정부", opt=True),
]


def page07(paras, title):
    divs = [f'<div class="txt">{esc(t)}</div>' for t in paras]
    info = ('<div class="infobox"><div class="ib-title">한눈에 보는 12차 전기본 실무안</div><div class="ib-row"><div>재생에너지 설비</div><div>121GW (2040년)</div></div>'
            '<div class="ib-row"><div>무탄소 전원 비중</div><div>72%</div></div><div class="ib-row"><div>송전망 투자</div><div>112조원</div></div></div>')
    photo = ('<div class="photo"><div class="img"><img src="/upload/2026/08/14/ge_0814_01.jpg" alt=""></div><div class="cap">13일 서울 중구 대한상공회의소에서 '
             '열린 제12차 전력수급기본계획 실무안 공청회에서 참석자들이 발언을 듣고 있다. 이날 공청회에는 300여 명이 몰렸다. ⓒ그린에너지타임스</div></div>')
    inner = "\n            ".join(divs[:2] + [photo] + divs[2:5] + [info] + divs[5:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} :: 그린에너지타임스</title>
<link rel="canonical" href="https://www.getimes.kr/news/2026/08/14/zx81kq">
<meta property="og:url" content="https://www.getimes.kr/news/2026/08/14/zx81kq">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="그린에너지타임스">
</head>
<body>
<div class="wrap">
  <div class="gnb"><div class="logo">그린에너지타임스</div><div class="menu"><div>전력</div><div>신재생</div><div>원전</div><div>수소</div><div>기후</div><div>ESG</div></div></div>
  <div class="container">
    <div class="content">
      <div class="news-head">
        <div class="cat">전력·정책</div>
        <div class="news-title">{esc(title)}</div>
        <div class="writer-info"><div class="name">윤하늘 기자</div><div class="date">2026-08-14</div><div class="views">조회수 3,271</div></div>
      </div>
      <div class="news-body">
        <div class="story">
          <div class="story-inner">
            {inner}
          </div>
        </div>
        <div class="writer-end"><div>윤하늘 기자 sky.yoon@getimes.kr</div><div>저작권자 ⓒ 그린에너지타임스 무단전재 및 재배포금지</div></div>
        <div class="tags"><div>#전기본</div><div>#재생에너지</div><div>#HVDC</div><div>#SMR</div></div>
      </div>
      <div class="more-news">
        <div class="mn-title">이 기자의 다른 기사</div>
        <div class="mn-item"><div>여름 최대전력 97.2GW 역대 최고…예비율 8.1%</div><div>2026-08-11</div></div>
        <div class="mn-item"><div>RE100 가입 국내 기업 41곳으로</div><div>2026-08-07</div></div>
      </div>
    </div>
    <div class="side">
      <div class="rank"><div class="rk-title">인기 기사</div>
        <div>ESS 화재 3년 새 2배…배터리 안전기준 강화</div>
        <div>한수원, 체코 원전 2호기 주설비 계약 5조원</div>
        <div>수소차 보조금 1대당 3,250만원으로 축소</div></div>
    </div>
  </div>
  <div class="footer"><div>그린에너지타임스 | 서울특별시 종로구 새문안로 92 | 등록번호 서울 아05210 | 발행일 2019-03-01 | 발행·편집인 오세진</div></div>
</div>
</body>
</html>
"""


article(
    name="07_power_plan_energy_nested_div_html", ext="html", published="2026-08-14",
    title="재생에너지 2040년 121GW로 세 배…송전망에만 112조 든다",
    paras=A07, orgs=ORG07, page=page07,
    forbidden=["ESG", "전력·정책", "윤하늘 기자", "조회수", "발언을 듣고 있다", "300여 명", "ⓒ그린에너지타임스", "한눈에 보는", "송전망 투자", "sky.yoon@", "저작권자",
               "#전기본", "이 기자의 다른 기사", "예비율 8.1%", "RE100", "인기 기사", "ESS 화재", "체코 원전", "3,250만원", "새문안로", "등록번호", "발행일 2019-03-01"],
    notes=("An energy news site (그린에너지타임스, invented), HTML whose article text sits in nested divs without p elements: "
           "div.news-body > div.story > div.story-inner > div.txt (one per paragraph), with a photo div and a '한눈에 보는' infobox div "
           "(figures) between the text divs. The date is only in the URL path (canonical and og:url '/news/2026/08/14/zx81kq') and in the "
           "visible 'div.date 2026-08-14' of the writer-info row; no meta date; other dates on the page (related articles 2026-08-11 / 08-07, "
           "the footer's '발행일 2019-03-01') are not the publication date. published: 2026-08-14. Body: the div.txt texts; photo, infobox, "
           "writer line, copyright, tags, 이 기자의 다른 기사, 인기 기사 and footer are furniture. Title not scored. Decisions: capacities, "
           "energies and emissions (GW, TWh, t) are measures (optional counts) but their moves are gold changes with that unit ('지난해 568TWh에서 "
           "2040년 812TWh로 43% 증가' = {before 568, after 812, unit TWh}, rate optional; '121GW로 늘리는' an after-change; '현재 0.35GW에서 "
           "2030년 14.3GW, 2040년 40.7GW로' = {before 0.35, after 40.7}, intermediate readings optional); '2억 1,800만t' = 218,000,000 t; a "
           "trajectory of %-levels ('2030년 53%, 2035년 64%, 2040년 72%로 높아진다') gives the gold {after 72}, the other readings optional; "
           "'38.5%로 끌어올리고' a gold after-change; 'kWh당 … 167.4원' and '128.6원/kWh' are KRW money; '128.6원/kWh로 1년 전보다 14.2% 내렸다' "
           "gives {after 128.6 KRW} and {delta −14.2 %}; '190원대 후반' a band (optional); actual vs a target ('목표치(1억 1,900만t)보다 500만t "
           "적은') no move (optional); '2035 국가온실가스감축목표' a plan name (year optional); '2026~2040년' a gold period; '올해 여름' "
           "ambiguous (optional); '이달 말까지' open start, month 2026-08; '연내' optional (blind5); '3분의 1', '절반', '7개국' optional; N기 "
           "(reactors) a counter. Organisations: 기후에너지환경부 (이하 기후부), 한국전력 (한전); 대한상공회의소 is the venue here (optional); "
           "유엔 and G7 optional."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
