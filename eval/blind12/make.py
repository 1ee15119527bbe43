#!/usr/bin/env python3
"""The eval/blind12 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind12/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)
JPY = lambda t, v, q="exact", opt=False: m(t, v, "JPY", q=q, opt=opt)
CNY = lambda t, v, q="exact", opt=False: m(t, v, "CNY", q=q, opt=opt)
DAY = lambda t: [p(t, None, None, opt=True), c(t, 1, "일", opt=True)]  # '하루' as a per-day base


def mult(text, factor):
    """A multiple or fraction ('두 배', '3배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def dur(text, *readings):
    """A duration ('2시간 56분', '41분', '10년간'): optional as a period and as counts in the given (value, unit) readings."""
    return [p(text, None, None, opt=True)] + [c(text, v, u, opt=True) for v, u in readings]


def t_(text, value):
    """A measure in tonnes ('6억 2,410만t'): an optional count."""
    return c(text, value, "t", opt=True)


# ---------------------------------------------------------------------------
# 01 엔저·원엔 환율 (외신 인용), portal mobile HTML (article#dic_area, span.media_end_head_info_datestamp_time), 2026-05-14
# ---------------------------------------------------------------------------
A01 = [
    ("엔·달러 환율 162.40엔 마감…1990년 4월 이후 최고", [
        JPY("162.40엔", 162.4), p("1990년 4월 이후", "1990-04", None), p("1990년 4월 이후", "1990-04", "1990-04", opt=True),
    ]),
    ("원·엔 환율 100엔당 856.65원, 지난해 말보다 84.65원 하락", [
        JPY("100엔", 100, opt=True), m("856.65원", 856.65),
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True), m("84.65원", 84.65),
        ch("856.65원, 지난해 말보다 84.65원 하락", before=941.3, after=856.65, delta=-84.65, unit="KRW", opt=True),
        ch("856.65원, 지난해 말보다 84.65원 하락", after=856.65, delta=-84.65, unit="KRW"),
        ch("84.65원 하락", delta=-84.65, unit="KRW", opt=True),
    ]),
    ("일본 엔화 가치가 미국 달러 대비 36년 만의 최저 수준으로 떨어졌다.", [
        *dur("36년 만", (36, "년")),
    ]),
    ("니혼게이자이신문(닛케이)에 따르면 13일 도쿄 외환시장에서 엔·달러 환율은 한때 달러당 162.85엔까지 올랐다가 162.40엔에 마감했다. 전날보다 1.15엔 오른 것으로, 엔·달러 환율이 162엔을 넘어선 것은 1990년 4월 이후 처음이다.", [
        p("13일", "2026-05-13", "2026-05-13"), JPY("162.85엔", 162.85), ch("162.85엔까지 올랐다가", after=162.85, unit="JPY"),
        JPY("162.40엔", 162.4), *base("전날", ("2026-05-12", "2026-05-12")), JPY("1.15엔", 1.15),
        ch("162.40엔에 마감했다. 전날보다 1.15엔 오른", before=161.25, after=162.4, delta=1.15, unit="JPY", opt=True),
        ch("162.40엔에 마감했다. 전날보다 1.15엔 오른", after=162.4, delta=1.15, unit="JPY"),
        ch("1.15엔 오른", delta=1.15, unit="JPY", opt=True), ch("162.40엔에 마감했다", after=162.4, unit="JPY", opt=True),
        JPY("162엔", 162, q="at_least"), ch("162엔을 넘어선", after=162, unit="JPY", opt=True),
        p("1990년 4월 이후", "1990-04", None), p("1990년 4월 이후", "1990-04", "1990-04", opt=True),
    ]),
    ("엔화 약세의 배경에는 좁혀지지 않는 미·일 금리 차가 있다. 미국 연방준비제도(Fed·연준)가 기준금리를 연 3.75~4.00%로 유지하고 있는 반면, 일본은행(BOJ)은 지난 3월 기준금리를 0.75%에서 1.0%로 0.25%포인트 올리는 데 그쳤다. 블룸버그통신은 “시장은 일본은행이 오는 7월 회의에서도 금리를 동결할 확률을 70%로 보고 있다”고 전했다.", [
        pc("연 3.75~4.00%", 3.75), pc("4.00%", 4.0, opt=True), ch("연 3.75~4.00%로 유지", after=3.75, opt=True), ch("4.00%로 유지", after=4.0, opt=True),
        p("지난 3월", "2026-03", "2026-03"), pc("0.75%", 0.75), pc("1.0%", 1.0), pc("0.25%포인트", 0.25),
        ch("0.75%에서 1.0%로 0.25%포인트 올리는", before=0.75, after=1.0, delta=0.25),
        p("오는 7월", "2026-07", "2026-07"), pc("70%", 70), ch("확률을 70%로", after=70, opt=True),
    ]),
    ("일본 재무성은 구두 개입에 나섰다. 오카다 신이치 재무성 재무관은 14일 오전 기자들과 만나 “과도한 변동에는 모든 수단을 배제하지 않고 대응하겠다”고 말했다. 일본 정부는 2024년 4~5월 엔화 가치를 떠받치기 위해 9조 4,230억엔을 시장에 쏟아부은 바 있다.", [
        p("14일", "2026-05-14", "2026-05-14"), p("오전", None, None, opt=True),
        p("2024년 4~5월", "2024-04", "2024-05"), JPY("9조 4,230억엔", 9 * JO + 4230 * EOK),
    ]),
    ("원·엔 환율 2008년 이후 최저", [
        p("2008년 이후", "2008", None), p("2008년 이후", "2008", "2008", opt=True),
    ]),
    ("엔저는 원·엔 환율도 끌어내렸다. 서울 외환시장에서 원·달러 환율은 13일 주간 거래 종가 기준 1,391.2원으로 전 거래일보다 4.6원 올랐다. 그러나 엔화 가치가 더 크게 떨어지면서 원·엔 재정환율은 100엔당 856.65원으로 지난해 말(100엔당 941.30원)보다 84.65원 낮아졌다. 원·엔 환율이 850원대까지 내려온 것은 2008년 7월 이후 처음이다.", [
        p("13일", "2026-05-13", "2026-05-13"), p("주간", None, None, opt=True), m("1,391.2원", 1391.2),
        *base("전 거래일", ("2026-05-12", "2026-05-12")), m("4.6원", 4.6),
        ch("1,391.2원으로 전 거래일보다 4.6원 올랐다", before=1386.6, after=1391.2, delta=4.6, unit="KRW", opt=True),
        ch("1,391.2원으로 전 거래일보다 4.6원 올랐다", after=1391.2, delta=4.6, unit="KRW"),
        ch("4.6원 올랐다", delta=4.6, unit="KRW", opt=True), ch("1,391.2원으로", after=1391.2, unit="KRW", opt=True),
        JPY("100엔", 100, opt=True), m("856.65원", 856.65), p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True),
        JPY("100엔", 100, opt=True), m("941.30원", 941.3), m("84.65원", 84.65),
        ch("856.65원으로 지난해 말(100엔당 941.30원)보다 84.65원 낮아졌다", before=941.3, after=856.65, delta=-84.65, unit="KRW"),
        ch("856.65원으로 지난해 말(100엔당 941.30원)보다 84.65원 낮아졌다", after=856.65, delta=-84.65, unit="KRW", opt=True),
        ch("84.65원 낮아졌다", delta=-84.65, unit="KRW", opt=True),
        m("850원대", 850, opt=True), m("850원대", 850, q="at_least", opt=True), ch("850원대까지 내려온", after=850, unit="KRW", opt=True),
        p("2008년 7월 이후", "2008-07", None), p("2008년 7월 이후", "2008-07", "2008-07", opt=True),
    ]),
    ("다른 주요 통화도 달러 대비 약세다. 중국 인민은행은 14일 위안화 기준환율을 달러당 7.2815위안으로 고시했다. 전날보다 위안화 가치를 0.12% 내린 것이다. 유로·달러 환율은 1.0720달러로 이달 들어서만 1.8% 떨어졌다.", [
        p("14일", "2026-05-14", "2026-05-14"), CNY("7.2815위안", 7.2815), ch("7.2815위안으로 고시했다", after=7.2815, unit="CNY", opt=True),
        *base("전날", ("2026-05-13", "2026-05-13")), pc("0.12%", 0.12),
        ch("위안화 가치를 0.12% 내린", delta=-0.12, unit="%"), ch("위안화 가치를 0.12% 내린", delta=0.12, unit="%", opt=True),
        USD("1.0720달러", 1.072), ch("1.0720달러로", after=1.072, unit="USD"),
        p("이달 들어서만", "2026-05", "2026-05"), p("이달 들어서만", "2026-05", None, opt=True),
        p("이달 들어서만", "2026-05-01", "2026-05-14", opt=True), p("이달 들어서만", "2026-05-01", "2026-05-13", opt=True),
        pc("1.8%", 1.8), ch("이달 들어서만 1.8% 떨어졌다", delta=-1.8, unit="%"),
    ]),
    ("엔저 속에 일본을 찾는 한국인 여행객도 늘고 있다. 일본정부관광국(JNTO)에 따르면 지난달 일본을 방문한 한국인은 92만 4,000명으로 1년 전보다 11.6% 늘었다. 올해 1~4월 누적 방문객은 341만 명으로 국가별 1위다. 한 시중은행 관계자는 “이달 들어 엔화 환전액이 평소의 두 배 수준”이라고 말했다.", [
        p("지난달", "2026-04", "2026-04"), c("92만 4,000명", 92 * MAN + 4000, "명", opt=True), *base("1년 전", ("2025-04", "2025-04")),
        pc("11.6%", 11.6), ch("92만 4,000명으로", after=92 * MAN + 4000, unit="명"), ch("1년 전보다 11.6% 늘었다", delta=11.6, unit="%"),
        p("올해 1~4월", "2026-01", "2026-04"), c("341만 명", 341 * MAN, "명"), c("1위", 1, "위", opt=True),
        p("이달 들어", "2026-05", "2026-05"), p("이달 들어", "2026-05", None, opt=True), *mult("두 배", 2),
    ]),
    ("시장에서는 엔저가 당분간 이어질 것이라는 전망이 우세하다. 미국 투자은행 골드만삭스는 3개월 뒤 엔·달러 환율 전망치를 155엔에서 165엔으로 올렸다. 반면 일본 노무라증권은 당국이 실제 개입에 나서면 연말까지 150엔 선으로 되돌아갈 수 있다고 내다봤다.", [
        p("당분간", None, None, opt=True), *dur("3개월 뒤", (3, "개월")), p("3개월 뒤", "2026-08", "2026-08", opt=True),
        JPY("155엔", 155), JPY("165엔", 165), ch("155엔에서 165엔으로 올렸다", before=155, after=165, unit="JPY"),
        p("연말까지", None, "2026-12"), p("연말까지", "2026-12", "2026-12", opt=True),
        JPY("150엔", 150), JPY("150엔", 150, q="approx", opt=True), ch("150엔 선으로 되돌아갈", after=150, unit="JPY", opt=True),
    ]),
]
ORG01 = [
    o("니혼게이자이신문", ["닛케이"]), o("미국 연방준비제도", ["연방준비제도", "Fed", "연준"]), o("일본은행", ["BOJ"]),
    o("블룸버그통신", ["블룸버그"]), o("일본 재무성", ["재무성"]), o("중국 인민은행", ["인민은행"]), o("일본정부관광국", ["JNTO"]),
    o("골드만삭스"), o("노무라증권"),
    o("일본 정부", opt=True), o("정부", opt=True), o("도쿄 외환시장", opt=True), o("서울 외환시장", opt=True), o("당국", opt=True),
]


def page01(paras, title):
    s = paras[:2]
    b = [esc(t) for t in paras[2:]]
    photo = ('<span class="end_photo_org"><img src="https://imgnews.nuri.kr/image/417/2026/05/14/0000213877_001_20260514154210.jpg" alt="" '
             'id="img1" class="_LAZY_LOADING"><em class="img_desc">13일 일본 도쿄의 한 환전소 전광판에 엔·달러 환율이 표시돼 있다. '
             '2026.05.13 [도쿄=로이터]</em></span>')
    body = (f'<strong class="media_end_summary">{esc(s[0])}<br>{esc(s[1])}</strong><br><br>'
            + photo + "<br><br>\n" + "<br><br>\n".join(b[:4]) + "<br><br>\n"
            + f"<b>{b[4]}</b><br><br>\n" + "<br><br>\n".join(b[5:]))
    return f"""<!DOCTYPE html>
<html lang="ko" data-useragent="mobile">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{esc(title)} : 누리뉴스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://n.news.nuri.kr/mnews/article/417/0000213877">
<meta property="og:article:author" content="글로벌경제신문 | 누리뉴스">
<meta property="og:description" content="달러당 162엔 돌파…1990년 4월 이후 최고 원·엔 환율 100엔당 856.65원">
<link rel="canonical" href="https://n.news.nuri.kr/mnews/article/417/0000213877">
<link rel="stylesheet" href="https://ssl.nuristatic.net/static.news/m/css/article_mobile_260501.css">
</head>
<body class="as_mobile">
<div id="u_skip"><a href="#ct">본문 바로가기</a></div>
<header class="Nlnb_header">
 <div class="Nlnb_logo"><a href="https://m.nuri.kr/">누리</a> <a href="https://m.news.nuri.kr/">뉴스</a></div>
 <nav class="Nlnb_menu"><ul><li>언론사별</li><li>정치</li><li>경제</li><li>사회</li><li>생활/문화</li><li>IT/과학</li><li>세계</li><li>랭킹</li><li>신문보기</li><li>오피니언</li><li>팩트체크</li></ul></nav>
</header>
<div id="ct" class="newsct" role="main">
 <div class="media_end_head go_trans">
  <div class="media_end_head_top"><a href="https://m.news.nuri.kr/press/417" class="media_end_head_top_logo"><img src="https://mimgnews.nuri.kr/logo/417.png" alt="글로벌경제신문"></a>
   <button type="button" class="media_end_head_subscribe _subscribe_btn">+ 구독</button></div>
  <div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{esc(title)}</span></h2></div>
  <div class="media_end_head_info nv_notrans">
   <div class="media_end_head_journalist"><a href="https://m.news.nuri.kr/journalist/417/77120" class="media_end_head_journalist_box"><em class="media_end_head_journalist_name">김도윤 기자</em></a></div>
   <div class="media_end_head_info_datestamp">
    <div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2026-05-14 15:42:10">2026.05.14. 오후 3:42</span></div>
    <div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span><span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2026-05-14 17:05:33">2026.05.14. 오후 5:05</span></div>
    <a href="https://www.globaleco.co.kr/news/articleView.html?idxno=213877" class="media_end_head_origin_link" target="_blank">기사원문</a>
   </div>
   <div class="media_end_head_info_variety"><span class="media_end_head_cmtcount_button">댓글 27</span> <button class="media_end_head_autosummary_button">요약봇</button> <button class="media_end_head_share">공유</button> <button class="media_end_head_fontsize">글자크기</button></div>
  </div>
  <div class="_SUMMARY_LAYER media_end_head_autosummary_layer" style="display:none">
   <div class="media_end_head_autosummary_layer_body _contents_body">엔·달러 환율이 162.40엔에 마감하며 36년 만의 최고치를 기록했다.<br>원·엔 환율은 100엔당 856.65원으로 2008년 이후 가장 낮다.<br>골드만삭스는 전망치를 165엔으로 올렸다.</div>
   <p class="media_end_head_autosummary_help">자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있어, 전체 맥락을 이해하기 위해서는 기사 전문을 읽어야 합니다.</p>
  </div>
 </div>
 <div id="newsct_article" class="newsct_article _article_body">
  <article id="dic_area" class="go_trans _article_content">
{body}
  </article>
 </div>
 <div class="byline"><p><span class="byline_s">김도윤 기자 (dy.kim@globaleco.co.kr)</span></p></div>
 <div class="_article_section_copyright"><p class="c_text">Copyright ⓒ 글로벌경제신문. All rights reserved. 무단 전재 및 재배포 금지.</p></div>
 <div class="media_journalistcard"><em>김도윤 기자</em> <span>구독자 2,318</span> <span>응원수 144</span>
  <a>엔화 예금 잔액 1년 새 40% 증가…“지금이 저점”</a></div>
 <div class="_reactionModule u_likeit"><ul><li>좋아요 31</li><li>훈훈해요 0</li><li>슬퍼요 2</li><li>화나요 5</li><li>후속기사 원해요 9</li></ul></div>
 <div class="ct_box exchange_widget"><h4>환율 정보</h4>
  <table><tr><th>USD</th><td>1,391.20</td><td>▲4.60</td></tr><tr><th>JPY(100엔)</th><td>856.65</td><td>▼3.52</td></tr>
  <tr><th>EUR</th><td>1,491.37</td><td>▼12.10</td></tr><tr><th>CNY</th><td>191.06</td><td>▲0.35</td></tr></table>
  <p class="widget_date">2026.05.14 15:30 기준 · 하나은행 고시 회차 312회</p></div>
 <div class="press_edit_news"><h4>글로벌경제신문 주요뉴스</h4><p class="press_edit_news_desc">해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.</p>
  <ul><li>코스피 외국인 순매도 5거래일째…1조 2,300억원 빠져</li><li>4월 수입물가 1.7% 하락…엔저 영향</li><li>금값 온스당 3,280달러 ‘사상 최고’</li></ul></div>
 <div class="section_list_ranking_press"><h4>글로벌경제신문 랭킹 뉴스</h4><p>오후 3시~4시까지 집계한 결과입니다.</p>
  <ol><li>일본 여행 5월 예약 30% 늘었다</li><li>엔화 환전, 은행별 우대율 최대 90%</li></ol></div>
 <div id="cbox_module" class="u_cbox"><h4>댓글 27</h4><ul><li><span class="u_cbox_contents">엔화 예금 지금 들어가도 될까요</span><span class="u_cbox_date">2026.05.14. 16:02</span></li></ul></div>
</div>
<footer class="Nfooter"><a>이용약관</a> <a>개인정보처리방침</a> <a>청소년보호정책</a> <a>고객센터</a> <a>PC버전</a> <span>ⓒ NURI Corp.</span></footer>
</body>
</html>
"""


article(
    name="01_yen_exchange_rate_mobile_portal_html", ext="html", published="2026-05-14",
    title="엔·달러 162엔 돌파 ‘36년 만의 엔저’…원·엔 환율 856원대",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["본문 바로가기", "팩트체크", "+ 구독", "김도윤 기자", "기사원문", "댓글 27", "요약봇", "자동 추출 기술로", "환전소 전광판",
               "[도쿄=로이터]", "dy.kim@", "Copyright ⓒ 글로벌경제신문", "구독자 2,318", "응원수 144", "1년 새 40% 증가", "좋아요 31",
               "후속기사 원해요", "환율 정보", "1,391.20", "▲4.60", "▼3.52", "1,491.37", "191.06", "하나은행 고시", "회차 312회", "주요뉴스",
               "언론사에서 선정하며", "1조 2,300억원", "수입물가 1.7%", "3,280달러", "랭킹 뉴스", "오후 3시~4시까지", "예약 30%", "최대 90%",
               "지금 들어가도", "이용약관", "PC버전", "ⓒ NURI Corp."],
    notes=("A portal mobile article HTML (누리뉴스 portal, article of 글로벌경제신문 — both invented), Naver-mobile-like markup: "
           "h2#title_area.media_end_head_headline, journalist name, **span.media_end_head_info_datestamp_time._ARTICLE_DATE_TIME "
           "data-date-time='2026-05-14 15:42:10'** (입력; a 수정 stamp the same day), 기사원문 link, 댓글/요약봇/공유 buttons, a **hidden "
           "(display:none) 요약봇 layer with figures**; body = the text of **article#dic_area**: a **deck in strong.media_end_summary (two "
           "lines split by <br>)**, a span.end_photo_org photo with em.img_desc caption (furniture), paragraphs separated by <br><br> and a "
           "**<b> subhead** (body); then byline, copyright, journalist card, reactions, an **exchange-rate widget repeating the body's "
           "rates (USD 1,391.20, JPY(100엔) 856.65)**, 주요뉴스 / 랭킹 뉴스 lists with figures, a dated comment, footer. No meta date. "
           "published: the 입력 stamp. Conventions (foreign-currency money): 엔 = JPY, 위안 = CNY, 달러 = USD; **an exchange rate is "
           "money in the quoting currency ('달러당 162.40엔' 162.4 JPY, '100엔당 856.65원' 856.65 KRW, '1,391.2원' KRW, '달러당 7.2815위안' "
           "CNY, '1.0720달러' USD); the unit base '100엔당' optional JPY 100, '달러당' no figure**; rate moves: '162.40엔에 마감했다. 전날보다 "
           "1.15엔 오른' gold {after, delta} in JPY (the derived before optional); '한때 … 162.85엔까지 올랐다가' a gold after-change; "
           "'1,391.2원으로 전 거래일보다 4.6원 올랐다' {after, delta}; '856.65원으로 지난해 말(100엔당 941.30원)보다 84.65원 낮아졌다' "
           "gold endpoint change with delta (deck: {after, delta}); '155엔에서 165엔으로 올렸다' (a forecast revised) gold endpoint change; "
           "'150엔 선으로 되돌아갈 수 있다' forecast: money gold, change optional; '162엔을 넘어선' at_least money, change optional; "
           "'850원대' band optional; '위안화 가치를 0.12% 내린' gold %-change −0.12 (+0.12 optional); '1.0720달러로 이달 들어서만 1.8% "
           "떨어졌다' two gold changes; '92만 4,000명으로 1년 전보다 11.6% 늘었다' two gold changes (count optional). Policy rates: "
           "'연 3.75~4.00%로 유지' lower bound gold (upper optional, no move); '0.75%에서 1.0%로 0.25%포인트' %-level change without "
           "unit. Periods: '1990년 4월 이후', '2008년 이후', '2008년 7월 이후' (a date directly before 이후) open-ended from it; '지난해 말' "
           "2025-12; '이달 들어(서만)' gold 2026-05 (like blind8's '올해 들어'); '2024년 4~5월' one period; '연말까지' open start to "
           "2026-12; '전날', '전 거래일', '1년 전' bases optional; '36년 만', '3개월 뒤', '당분간', '주간 (거래)' optional; '두 배' optional "
           "readings only. Organisations: 니혼게이자이신문 (닛케이), 미국 연방준비제도 (Fed·연준), 일본은행 (BOJ), 블룸버그통신, 일본 "
           "재무성, 중국 인민은행, 일본정부관광국 (JNTO), 골드만삭스, 노무라증권; 일본 정부, 당국 and the FX markets optional. 오카다 "
           "신이치 is a person."),
)


# ---------------------------------------------------------------------------
# 02 SRT 수서~진주 노선 개통, newswire press-release HTML (와이어링크; 출처/연락처 block), 2026-06-23
# ---------------------------------------------------------------------------
HM256 = ("2시간 56분", (2, "시간"), (56, "분"), (176, "분"))
A02 = [
    ("- 수서~진주 2시간 56분…동대구 환승 때보다 41분 단축", [
        *dur(*HM256), *dur("41분", (41, "분")), ch("41분 단축", delta=-41, unit="분", opt=True),
    ]),
    ("- SR 하루 운행 140회→156회…좌석 공급 11.3% 늘어", [
        *DAY("하루"), c("140회", 140, "회", opt=True), c("156회", 156, "회", opt=True), ch("140회→156회", before=140, after=156, unit="회"),
        pc("11.3%", 11.3), ch("좌석 공급 11.3% 늘어", delta=11.3, unit="%"),
    ]),
    ("에스알(SR)은 수서고속철도(SRT)의 수서~진주 직통 노선을 다음 달 1일 개통한다고 23일 밝혔다. 2016년 12월 SRT 개통 이후 경전선 구간에 SRT 열차가 직접 들어가는 것은 이번이 처음이다.", [
        p("다음 달 1일", "2026-07-01", "2026-07-01"), p("23일", "2026-06-23", "2026-06-23"),
        p("2016년 12월 SRT 개통 이후", "2016-12", "2016-12"), p("2016년 12월 SRT 개통 이후", "2016-12", None, opt=True),
    ]),
    ("진주 노선 열차는 하루 왕복 8회(편도 16회) 운행한다. 수서역을 출발해 동탄·평택지제·천안아산·오송·대전·김천구미·동대구·밀양·진영·창원중앙·창원·마산역을 거쳐 진주역까지 모두 13개 역에 정차한다. 수서~진주 소요시간은 가장 빠른 열차 기준 2시간 56분으로, 동대구역에서 KTX로 갈아타던 때(3시간 37분)보다 41분 줄어든다.", [
        *DAY("하루"), c("8회", 8, "회"), c("16회", 16, "회"), c("13개", 13, "개"),
        *dur(*HM256), *dur("3시간 37분", (3, "시간"), (37, "분"), (217, "분")), *dur("41분", (41, "분")),
        ch("2시간 56분으로, 동대구역에서 KTX로 갈아타던 때(3시간 37분)보다 41분 줄어든다", before=217, after=176, delta=-41, unit="분", opt=True),
        ch("41분 줄어든다", delta=-41, unit="분", opt=True),
    ]),
    ("운임은 수서~진주 일반실 기준 5만 5,800원으로, 환승할 때(6만 2,300원)보다 6,500원 저렴하다. 진주 노선에는 신규 차량 4편성이 투입된다. SR이 1,680억원을 들여 현대로템에서 들여온 차량으로, 1편성은 10량 410석이다.", [
        m("5만 5,800원", 5 * MAN + 5800), m("6만 2,300원", 6 * MAN + 2300), m("6,500원", 6500),
        ch("5만 5,800원으로, 환승할 때(6만 2,300원)보다 6,500원 저렴하다", before=6 * MAN + 2300, after=5 * MAN + 5800, delta=-6500, unit="KRW", opt=True),
        ch("5만 5,800원으로, 환승할 때(6만 2,300원)보다 6,500원 저렴하다", after=5 * MAN + 5800, delta=-6500, unit="KRW", opt=True),
        ch("6,500원 저렴하다", delta=-6500, unit="KRW", opt=True),
        c("4편성", 4, "편성"), m("1,680억원", 1680 * EOK), c("1편성", 1, "편성", opt=True), c("10량", 10, "량"), c("410석", 410, "석"),
    ]),
    ("진주 노선 개통으로 SR 전체 운행 횟수는 하루 140회에서 156회로 16회 늘고, 하루 좌석 공급량은 5만 8,000석에서 6만 4,560석으로 11.3% 증가한다.", [
        *DAY("하루"), c("140회", 140, "회", opt=True), c("156회", 156, "회", opt=True), c("16회", 16, "회", opt=True),
        ch("하루 140회에서 156회로 16회 늘고", before=140, after=156, delta=16, unit="회"),
        *DAY("하루"), c("5만 8,000석", 5 * MAN + 8000, "석", opt=True), c("6만 4,560석", 6 * MAN + 4560, "석", opt=True),
        ch("5만 8,000석에서 6만 4,560석으로 11.3% 증가한다", before=5 * MAN + 8000, after=6 * MAN + 4560, unit="석"),
        pc("11.3%", 11.3), ch("11.3% 증가한다", delta=11.3, unit="%", opt=True),
    ]),
    ("SR은 진주 노선 하루 이용객이 개통 첫해 평균 4,200명에서 2030년 6,000명 이상으로 늘 것으로 내다봤다. 경남 서부권 주민 약 90만 명이 환승 없이 SRT를 이용할 수 있게 된다.", [
        *DAY("하루"), p("개통 첫해", None, None, opt=True), p("개통 첫해", "2026-07", "2027-06", opt=True), p("개통 첫해", "2026", "2026", opt=True),
        c("4,200명", 4200, "명", opt=True), p("2030년", "2030", "2030"), c("6,000명 이상", 6000, "명", q="at_least", opt=True),
        ch("4,200명에서 2030년 6,000명 이상으로 늘", before=4200, after=6000, unit="명"),
        c("약 90만 명", 90 * MAN, "명", q="approx"),
    ]),
    ("경전선 밀양~진주 구간 직결은 국가철도공단이 2021년부터 지난해까지 2,370억원을 들여 선로를 개량하고 신호 설비를 바꾼 덕분이다. 창원중앙·창원·마산·진주역 등 4개 역은 한국철도공사(코레일)와 함께 쓴다.", [
        p("2021년부터 지난해까지", "2021", "2025"), p("2021년부터", "2021", None, opt=True), p("지난해까지", None, "2025", opt=True),
        p("지난해", "2025", "2025", opt=True), m("2,370억원", 2370 * EOK), c("4개", 4, "개"),
    ]),
    ("승차권은 오는 25일 오전 7시부터 SR 앱과 누리집, 역 창구에서 예매할 수 있다. SR은 개통을 기념해 7월 한 달간 진주 노선 운임을 10% 할인하고, 7월 1일부터 31일까지 진주 노선 이용객 가운데 500명을 추첨해 5만원 상당의 모바일 상품권을 준다.", [
        p("오는 25일 오전 7시부터", "2026-06-25", None), p("오는 25일", "2026-06-25", "2026-06-25", opt=True), p("오전 7시부터", None, None, opt=True),
        p("7월 한 달간", "2026-07", "2026-07"), *dur("한 달간", (1, "달"), (1, "개월")),
        pc("10%", 10), ch("운임을 10% 할인", delta=-10, unit="%", opt=True),
        p("7월 1일부터 31일까지", "2026-07-01", "2026-07-31"), p("7월 1일", "2026-07-01", "2026-07-01", opt=True), p("31일", "2026-07-31", "2026-07-31", opt=True),
        c("500명", 500, "명"), m("5만원", 5 * MAN), m("5만원", 5 * MAN, q="approx", opt=True),
    ]),
    ("이종민 SR 대표이사는 “진주 노선을 시작으로 2027년 말까지 포항·여수 노선도 차례로 열어 SRT를 탈 수 있는 지역을 넓히겠다”며 “국토교통부와 협의해 출퇴근 시간대 증편도 검토하겠다”고 말했다.", [
        p("2027년 말까지", None, "2027-12"), p("2027년 말까지", None, "2027-12-31", opt=True),
    ]),
]
ORG02 = [
    o("에스알", ["SR"]), o("현대로템"), o("국가철도공단"), o("한국철도공사", ["코레일"]), o("국토교통부"),
    o("수서고속철도", ["SRT"], opt=True), o("KTX", opt=True), o("경전선", opt=True),
]


def page02(paras, title):
    deck = "<br>\n".join(esc(t) for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    ps[0] = f"<p>서울--(와이어링크)--{esc(paras[2])}</p>"
    fig = ('<div class="release-image"><img src="https://file.wirelink.kr/release/2026/06/23/sr_jinju_train.jpg" alt="">'
           '<p class="caption">진주 노선에 투입되는 SRT 신규 차량. 지난 5월 시운전 구간 최고속도 305㎞/h를 기록했다 (사진=에스알 제공)</p>'
           '<a class="download">이미지 다운로드 (2.4MB)</a></div>')
    body = "\n   ".join(ps[:3] + [fig] + ps[3:] + ['<p class="homepage">웹사이트: https://www.srtrail.co.kr</p>'])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - 와이어링크</title>
<meta name="description" content="에스알(SR)은 수서고속철도(SRT)의 수서~진주 직통 노선을 다음 달 1일 개통한다고 23일 밝혔다.">
<meta property="og:site_name" content="와이어링크">
<meta property="og:title" content="{esc(title)}">
<link rel="canonical" href="https://www.wirelink.kr/release/1058842">
</head>
<body>
<div id="wrap">
<header class="gnb">
 <a class="logo" href="https://www.wirelink.kr/">와이어링크 <small>보도자료 배포 서비스</small></a>
 <ul class="gnb-menu"><li>최신 보도자료</li><li>산업별</li><li>지역별</li><li>기업·기관 검색</li><li>보도자료 배포 신청</li><li>요금 안내</li></ul>
 <div class="member"><a>로그인</a> <a>기자 회원가입</a></div>
</header>
<div class="location">홈 &gt; 보도자료 &gt; 교통·운송</div>
<div class="container">
 <div class="release-view">
  <div class="release-head">
   <h1 class="release-title">{esc(title)}</h1>
   <h2 class="release-subtitle">{deck}</h2>
   <ul class="release-info"><li class="company"><a href="https://www.wirelink.kr/company/20417">에스알</a></li><li class="date">배포일시 2026-06-23 10:30</li><li class="hit">조회 1,208</li></ul>
   <div class="share"><a>공유</a> <a>인쇄</a> <a>스크랩</a></div>
  </div>
  <div class="release-body" id="release-body">
   {body}
  </div>
  <div class="release-contact"><h3>연락처</h3>
   <p>에스알<br>홍보문화처<br>박소연 차장<br>02-6484-7721<br><a>이메일 보내기</a></p></div>
  <div class="release-source">출처: 에스알 · 이 뉴스는 기업·기관·단체가 와이어링크를 통해 배포한 보도자료입니다. <a>배포 안내 ▶</a></div>
  <div class="release-keywords">키워드: <a>#SRT</a> <a>#진주</a> <a>#경전선</a> <a>#철도</a></div>
  <div class="company-releases"><h3>에스알 보도자료</h3>
   <ul><li><a>SRT 5월 이용객 412만 명…전년 대비 6.8% 증가</a> <span>2026-06-09</span></li>
   <li><a>SR, 여름 휴가철 임시열차 하루 24회 증편</a> <span>2026-05-28</span></li>
   <li><a>SR, 1분기 영업이익 186억원 흑자 전환</a> <span>2026-05-12</span></li></ul></div>
 </div>
 <aside class="side">
  <div class="side-box"><h3>인기 보도자료</h3><ol><li>항공사 마일리지 통합 비율 1:0.82 확정</li><li>전기차 충전요금 kWh당 324원으로 동결</li></ol></div>
  <div class="side-box"><h3>교통·운송 최신 보도자료</h3><ul><li>코레일유통, 역사 내 편의점 120곳 리뉴얼</li><li>부산교통공사, 도시철도 4호선 자율주행 시범 운행</li></ul></div>
 </aside>
</div>
<footer class="footer">(주)와이어링크 | 서울특별시 중구 퇴계로 190 | 대표 정우석 | 사업자등록번호 104-81-55620 | 보도자료 배포 문의 02-737-0000<br>Copyright © Wirelink Inc. All rights reserved.</footer>
</div>
</body>
</html>
"""


article(
    name="02_srt_jinju_line_newswire_html", ext="html", published="2026-06-23",
    title="SRT 수서~진주 직통 다음 달 1일 개통…하루 왕복 8회",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["보도자료 배포 서비스", "기업·기관 검색", "요금 안내", "기자 회원가입", "홈 > 보도자료", "배포일시", "조회 1,208", "스크랩",
               "(와이어링크)--", "시운전 구간", "305㎞/h", "(사진=에스알 제공)", "이미지 다운로드", "웹사이트:", "srtrail", "홍보문화처",
               "박소연", "02-6484-7721", "이메일 보내기", "출처: 에스알", "와이어링크를 통해 배포한", "배포 안내", "키워드:", "#경전선",
               "에스알 보도자료", "412만 명", "6.8% 증가", "하루 24회 증편", "186억원", "인기 보도자료", "1:0.82", "kWh당 324원",
               "편의점 120곳", "4호선", "퇴계로 190", "104-81-55620", "02-737-0000", "Copyright © Wirelink"],
    notes=("A newswire press-release HTML (와이어링크, invented; a 회사 보도자료 of 에스알): gnb menu, breadcrumb, div.release-head with "
           "h1.release-title, **h2.release-subtitle with two '- ' lines split by <br> (deck, body)**, ul.release-info with **'배포일시 "
           "2026-06-23 10:30'** and 조회; body = the p of **div.release-body**, whose first p opens with the **newswire dateline "
           "'서울--(와이어링크)--' (furniture, like a 통신사 dateline)**, a release-image div with caption (figure) and a "
           "p.homepage '웹사이트: …' line (furniture) inside the body div; then the **연락처 block** (company, department, person, phone), "
           "the **'출처: 에스알 · 이 뉴스는 … 배포한 보도자료입니다'** line, keywords, the company's other releases (figures, dates), "
           "aside lists, footer. No meta date. published: 배포일시 (= '23일 밝혔다'). Conventions: durations ('2시간 56분', '3시간 37분', "
           "'41분 단축/줄어든다', '한 달간') optional (blind5/blind10); '140회→156회' and '하루 140회에서 156회로 16회 늘고' gold count "
           "changes in 회 (counts optional endpoints); deck '좌석 공급 11.3% 늘어' (no level written) a gold %-change; body '5만 8,000석에서 "
           "6만 4,560석으로 11.3% 증가' gold endpoint change in 석 (rate's %-change optional); '4,200명에서 2030년 6,000명 이상으로 늘' "
           "a gold forecast endpoint change (counts optional); a fare against the transfer fare ('5만 5,800원으로, 환승할 때(6만 "
           "2,300원)보다 6,500원 저렴하다') compares two options, no move over time: money gold, change optional; '왕복 8회(편도 16회)', "
           "'13개 역', '4편성', '10량', '410석', '4개 역', '500명', '약 90만 명' gold counts ('1편성은' a per-unit base, optional; "
           "'하루' optional); '운임을 10% 할인' percentage gold, change optional (an effect without a written base). Periods: '다음 달 "
           "1일' 2026-07-01; '2016년 12월 SRT 개통 이후' (a date followed by an event and 이후) 2016-12; '2021년부터 지난해까지' one period "
           "2021..2025; '오는 25일 오전 7시부터' open from 2026-06-25; '7월 한 달간' 2026-07; '7월 1일부터 31일까지' one period; '2027년 말까지' "
           "open start to 2027-12; '개통 첫해' optional. Organisations: 에스알 (SR), 현대로템, 국가철도공단, 한국철도공사 (코레일), "
           "국토교통부; 수서고속철도 (SRT), KTX and 경전선 optional. 이종민 is a person; station names are places."),
)


# ---------------------------------------------------------------------------
# 03 2025년 국가 온실가스 배출량 잠정치, print-version (인쇄하기) HTML, 2026-07-21
# ---------------------------------------------------------------------------
A03 = [
    ("전환 부문 4.6% 줄어…석탄발전 비중 25.9%로 낮아져", [
        pc("4.6%", 4.6), ch("전환 부문 4.6% 줄어", delta=-4.6, unit="%"), pc("25.9%", 25.9), ch("석탄발전 비중 25.9%로 낮아져", after=25.9),
    ]),
    ("2030년 목표 달성하려면 연평균 6.9%씩 더 줄여야", [
        p("2030년", "2030", "2030"), p("연평균", None, None, opt=True), pc("6.9%", 6.9), ch("연평균 6.9%씩 더 줄여야", delta=-6.9, unit="%", opt=True),
    ]),
    ("지난해 국내 온실가스 배출량이 6억 2,410만t으로 전년(6억 3,750만t)보다 1,340만t(2.1%) 줄어든 것으로 집계됐다. 2024년에 이어 2년 연속 감소다.", [
        p("지난해", "2025", "2025"), t_("6억 2,410만t", 624_100_000), *base("전년", ("2024", "2024")), t_("6억 3,750만t", 637_500_000),
        t_("1,340만t", 13_400_000), pc("2.1%", 2.1),
        ch("6억 2,410만t으로 전년(6억 3,750만t)보다 1,340만t(2.1%) 줄어든", before=637_500_000, after=624_100_000, delta=-13_400_000, unit="t"),
        ch("1,340만t(2.1%) 줄어든", delta=-2.1, unit="%", opt=True), ch("1,340만t(2.1%) 줄어든", delta=-13_400_000, unit="t", opt=True),
        ch("6억 2,410만t으로", after=624_100_000, unit="t", opt=True),
        p("2024년", "2024", "2024"), *dur("2년 연속", (2, "년")),
    ]),
    ("기후에너지환경부(이하 기후부) 소속 온실가스종합정보센터(이하 센터)는 21일 이런 내용의 ‘2025년 국가 온실가스 배출량 잠정치’를 발표했다. 기준연도인 2018년(7억 2,830만t)과 비교하면 14.3% 적다.", [
        p("21일", "2026-07-21", "2026-07-21"), p("2025년", "2025", "2025"), p("2018년", "2018", "2018"), t_("7억 2,830만t", 728_300_000),
        pc("14.3%", 14.3), ch("2018년(7억 2,830만t)과 비교하면 14.3% 적다", delta=-14.3, unit="%"),
        ch("2018년(7억 2,830만t)과 비교하면 14.3% 적다", before=728_300_000, after=624_100_000, unit="t", opt=True),
    ]),
    ("부문별로는 발전·열 생산을 뜻하는 전환 부문 배출량이 1억 9,870만t으로 4.6% 줄며 감소를 이끌었다. 석탄발전 비중이 2024년 28.4%에서 지난해 25.9%로 2.5%포인트 낮아지고, 원전과 재생에너지 발전량이 늘어난 영향이다. 재생에너지 발전 비중은 처음으로 12%를 넘었다.", [
        t_("1억 9,870만t", 198_700_000), ch("1억 9,870만t으로", after=198_700_000, unit="t"), pc("4.6%", 4.6), ch("4.6% 줄며", delta=-4.6, unit="%"),
        p("2024년", "2024", "2024"), pc("28.4%", 28.4), p("지난해", "2025", "2025"), pc("25.9%", 25.9), pc("2.5%포인트", 2.5),
        ch("2024년 28.4%에서 지난해 25.9%로 2.5%포인트 낮아지고", before=28.4, after=25.9, delta=-2.5),
        pc("12%", 12), ch("12%를 넘었다", after=12, opt=True),
    ]),
    ("산업 부문은 2억 3,540만t으로 0.8% 감소했다. 철강·석유화학 업황 부진으로 생산량이 줄어든 탓이다. 반면 수송 부문은 9,720만t으로 0.3% 늘었다. 건물 부문은 4,630만t으로 1.9% 줄었다.", [
        t_("2억 3,540만t", 235_400_000), ch("2억 3,540만t으로", after=235_400_000, unit="t"), pc("0.8%", 0.8), ch("0.8% 감소했다", delta=-0.8, unit="%"),
        t_("9,720만t", 97_200_000), ch("9,720만t으로", after=97_200_000, unit="t"), pc("0.3%", 0.3), ch("0.3% 늘었다", delta=0.3, unit="%"),
        t_("4,630만t", 46_300_000), ch("4,630만t으로", after=46_300_000, unit="t"), pc("1.9%", 1.9), ch("1.9% 줄었다", delta=-1.9, unit="%"),
    ]),
    ("경제 규모를 고려한 배출 효율도 개선됐다. 국내총생산(GDP) 10억원당 배출량은 254t으로 1년 전(265t)보다 4.2% 줄어 1990년 통계 작성 이후 가장 낮았다.", [
        m("10억원", 10 * EOK, opt=True), t_("254t", 254), *base("1년 전", ("2024", "2024")), t_("265t", 265),
        ch("254t으로 1년 전(265t)보다 4.2% 줄어", before=265, after=254, unit="t"), pc("4.2%", 4.2), ch("4.2% 줄어", delta=-4.2, unit="%", opt=True),
        p("1990년 통계 작성 이후", "1990", "1990"), p("1990년 통계 작성 이후", "1990", None, opt=True),
    ]),
    ("하지만 2030년 국가 온실가스 감축목표(NDC)인 4억 3,700만t까지는 여전히 1억 8,710만t을 더 줄여야 한다. 2018년 대비 40% 감축에 해당하는 수치다. 남은 5년 동안 해마다 6.9%씩 줄여야 달성할 수 있는데, 최근 5년간 연평균 감축률은 2.2%에 그쳤다.", [
        p("2030년", "2030", "2030"), t_("4억 3,700만t", 437_000_000), t_("1억 8,710만t", 187_100_000),
        ch("1억 8,710만t을 더 줄여야", delta=-187_100_000, unit="t", opt=True), ch("4억 3,700만t까지", after=437_000_000, unit="t", opt=True),
        p("2018년", "2018", "2018"), pc("40%", 40), ch("40% 감축", delta=-40, unit="%", opt=True),
        *dur("남은 5년 동안", (5, "년")), p("남은 5년 동안", "2026", "2030", opt=True), p("해마다", None, None, opt=True),
        pc("6.9%", 6.9), ch("해마다 6.9%씩 줄여야", delta=-6.9, unit="%", opt=True),
        *dur("최근 5년간", (5, "년")), p("최근 5년간", "2021", "2025", opt=True), p("연평균", None, None, opt=True), pc("2.2%", 2.2),
        ch("연평균 감축률은 2.2%", delta=-2.2, unit="%", opt=True),
    ]),
    ("기후부는 내년 온실가스 감축 예산을 4조 2,320억원으로 올해(3조 6,800억원)보다 15.0% 늘려 편성했다. 배출권거래제 할당 대상 업체도 올해 804개사로 지난해보다 21개사 늘었고, 2027년부터는 유상할당 비율을 10%에서 15%로 높인다.", [
        p("내년", "2027", "2027"), m("4조 2,320억원", 4 * JO + 2320 * EOK), p("올해", "2026", "2026"), m("3조 6,800억원", 3 * JO + 6800 * EOK), pc("15.0%", 15.0),
        ch("4조 2,320억원으로 올해(3조 6,800억원)보다 15.0% 늘려", before=3 * JO + 6800 * EOK, after=4 * JO + 2320 * EOK, unit="KRW"),
        ch("15.0% 늘려", delta=15.0, unit="%", opt=True), ch("4조 2,320억원으로", after=4 * JO + 2320 * EOK, unit="KRW", opt=True),
        p("올해", "2026", "2026"), c("804개사", 804, "개사", opt=True), p("지난해", "2025", "2025"), c("21개사", 21, "개사", opt=True),
        ch("804개사로 지난해보다 21개사 늘었고", after=804, delta=21, unit="개사"),
        ch("804개사로 지난해보다 21개사 늘었고", before=783, after=804, delta=21, unit="개사", opt=True), ch("21개사 늘었고", delta=21, unit="개사", opt=True),
        p("2027년부터", "2027", None), p("2027년부터", "2027", "2027", opt=True), pc("10%", 10), pc("15%", 15),
        ch("10%에서 15%로 높인다", before=10, after=15),
    ]),
    ("김서진 한국환경연구원 선임연구위원은 “산업 부문 감축이 1%에도 못 미친 것이 가장 큰 걱정”이라며 “2035년까지 2018년 대비 55~62%를 줄이기로 한 새 목표를 지키려면 철강·석유화학 공정 전환 지원을 지금보다 두 배 이상 늘려야 한다”고 말했다.", [
        pc("1%", 1), p("2035년까지", None, "2035"), p("2018년", "2018", "2018"), pc("55~62%", 55), pc("62%", 62, opt=True),
        ch("55~62%를 줄이기로", delta=-55, unit="%", opt=True), p("지금", None, None, opt=True), *mult("두 배 이상", 2),
    ]),
]
ORG03 = [
    o("기후에너지환경부", ["기후부"]), o("온실가스종합정보센터", ["센터"]), o("한국환경연구원"),
]


def page03(paras, title):
    deck = "<br>".join(esc(t) for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    photo = ('<div class="print_photo"><img src="https://www.greendaily.kr/news/photo/202607/30412_41877_1402.jpg" width="560">'
             '<p class="caption">▲ 충남 당진의 석탄화력발전소 전경. 정부는 2040년까지 석탄발전소 40기를 단계적으로 폐지한다. ⓒ그린데일리 DB</p></div>')
    table = ('<table class="print_table" border="1" cellspacing="0"><caption>부문별 온실가스 배출량 (단위: 만t, %)</caption>'
             '<tr><th>부문</th><th>2024년</th><th>2025년</th><th>증감률</th></tr>'
             '<tr><td>전환</td><td>20,828</td><td>19,870</td><td>-4.6</td></tr>'
             '<tr><td>산업</td><td>23,730</td><td>23,540</td><td>-0.8</td></tr>'
             '<tr><td>수송</td><td>9,691</td><td>9,720</td><td>0.3</td></tr>'
             '<tr><td>건물</td><td>4,720</td><td>4,630</td><td>-1.9</td></tr>'
             '<tr><td colspan="4">자료: 온실가스종합정보센터 (잠정치)</td></tr></table>')
    body = "\n  ".join(ps[:2] + [photo] + ps[2:4] + [table] + ps[4:] + ['<p class="print_byline">송하은 기자 haeun@greendaily.kr</p>'])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>그린데일리 - 인쇄하기</title>
<link rel="stylesheet" href="/css/print.css?v=20260301" media="all">
<style>@media print {{ .print_btn {{ display:none; }} }} body {{ width:680px; margin:0 auto; }}</style>
<script>function fontSize(n){{ document.getElementById('articleBody').style.fontSize = n + 'px'; }}</script>
</head>
<body onload="window.print();">
<div id="print_wrap">
 <div class="print_top">
  <h1 class="print_logo"><img src="/image/logo/print_logo.png" alt="그린데일리"></h1>
  <div class="print_btn"><button type="button" onclick="window.print();">인쇄하기</button> <button type="button" onclick="self.close();">닫기</button>
   <span class="font">글자크기 <a href="javascript:fontSize(17);">+</a> <a href="javascript:fontSize(14);">-</a></span></div>
  <p class="print_date">출력일시 : 2026-07-23 09:14</p>
 </div>
 <div class="print_head">
  <p class="print_section">기후·환경 &gt; 기후정책</p>
  <h2 class="print_title">{esc(title)}</h2>
  <h3 class="print_subtitle">{deck}</h3>
  <ul class="print_info"><li>송하은 기자</li><li>기사입력 2026.07.21 14:05</li><li>최종수정 2026.07.22 08:30</li></ul>
 </div>
 <div class="print_body" id="articleBody">
  {body}
 </div>
 <div class="print_foot">
  <p class="print_url">기사 URL : https://www.greendaily.kr/news/articleView.html?idxno=30412</p>
  <p class="print_copy">Copyright ⓒ 그린데일리 무단전재 및 재배포 금지</p>
  <p class="print_company">그린데일리 | 서울특별시 마포구 월드컵북로 400 | 등록번호 서울 아53310 | 등록일 2018.04.02 | 발행·편집인 문지호 | 청소년보호책임자 서예린</p>
 </div>
</div>
</body>
</html>
"""


article(
    name="03_ghg_emissions_print_version_html", ext="html", published="2026-07-21",
    title="지난해 온실가스 배출 6억 2,410만t…2년 연속 줄었지만 목표까진 ‘먼 길’",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["인쇄하기", "닫기", "글자크기", "출력일시", "2026-07-23 09:14", "기후·환경 > 기후정책", "송하은 기자", "최종수정", "석탄화력발전소 전경",
               "2040년까지", "석탄발전소 40기", "ⓒ그린데일리 DB", "부문별 온실가스 배출량", "단위: 만t", "20,828", "23,730", "9,691", "4,720",
               "잠정치)", "haeun@", "기사 URL", "articleView", "Copyright ⓒ 그린데일리", "월드컵북로 400", "아53310", "등록일 2018.04.02",
               "문지호", "서예린"],
    notes=("A print-version ('인쇄하기') HTML page (그린데일리, invented): body onload=window.print(), **<title> '그린데일리 - 인쇄하기' "
           "without the headline**, div.print_top with logo, 인쇄하기/닫기/글자크기 buttons and **'출력일시 : 2026-07-23 09:14' (the print "
           "time, two days after publication)**, div.print_head with the section, **h2.print_title**, **h3.print_subtitle deck (two "
           "lines split by <br>, body)**, ul.print_info '기사입력 2026.07.21 14:05' / '최종수정 2026.07.22 08:30'; body = the p of "
           "**div.print_body#articleBody**, which also holds a photo div with caption (figures, '2040년까지') and a **data table "
           "'부문별 온실가스 배출량 (단위: 만t, %)' with 2024/2025 figures** (furniture, like blind9/10's data boxes) and the byline p; "
           "print_foot with the article URL, copyright and publisher line (등록일 2018). No meta date. published: 기사입력 (not 출력일시, "
           "not 최종수정). Conventions: **tonnes are measures: levels in t ('6억 2,410만t', '254t') optional counts (unit t), but their moves "
           "are gold changes with unit 't'** ('6억 2,410만t으로 전년(6억 3,750만t)보다 1,340만t(2.1%) 줄어든' {before, after, delta} — the "
           "bracketed rate's %-change optional; '1억 9,870만t으로 4.6% 줄며' two gold changes {after, t} and {delta −4.6 %}, likewise "
           "산업/수송/건물; '254t으로 1년 전(265t)보다 4.2% 줄어' endpoint change, rate optional); '2018년(7억 2,830만t)과 비교하면 14.3% "
           "적다' a gold %-change against an explicit base (the endpoint reading optional); targets and requirements ('1억 8,710만t을 더 "
           "줄여야', '40% 감축', '해마다 6.9%씩 줄여야', deck '연평균 6.9%씩 더 줄여야', '55~62%를 줄이기로') percentages gold, changes "
           "optional; deck '전환 부문 4.6% 줄어' gold %-change, '석탄발전 비중 25.9%로 낮아져' gold after-change (no unit); '2024년 28.4%에서 "
           "지난해 25.9%로 2.5%포인트' %-level change without unit; '12%를 넘었다' percentage gold, change optional; '4조 2,320억원으로 "
           "올해(3조 6,800억원)보다 15.0% 늘려' endpoint change (rate optional); '804개사로 지난해보다 21개사 늘었고' gold {after, delta} "
           "in 개사 (counts optional); '10%에서 15%로' gold; '55~62%' lower bound gold, upper optional; '두 배 이상' optional readings only; "
           "'GDP 10억원당' a per-unit base (optional money). Periods: '지난해' 2025, '전년' / '1년 전' bases optional; '2024년에 이어 2년 "
           "연속' — 2024 gold, '2년 연속' optional; the report name '‘2025년 국가 온실가스 배출량 잠정치’' names the data year: gold 2025 "
           "(blind7/blind10's period-named reports); '기준연도인 2018년', '2018년 대비' gold 2018; '1990년 통계 작성 이후' (date, event, 이후) "
           "1990; '2027년부터' open from 2027; '2035년까지' open start; '남은 5년 동안', '최근 5년간', '연평균', '해마다', '지금' optional. "
           "Organisations: 기후에너지환경부 (이하 기후부), 온실가스종합정보센터 (이하 센터), 한국환경연구원. 김서진 is a person; NDC and GDP "
           "are not organisations."),
)


# ---------------------------------------------------------------------------
# 04 의대 정원·병상 칼럼, opinion column page dump (필자 소개 at the end), 2026-03-09
# ---------------------------------------------------------------------------
AY2027 = lambda t: [p(t, "2027", "2027", opt=True), p(t, "2027-03", "2028-02", opt=True), p(t, None, None, opt=True)]
A04 = [
    ("정부가 지난달 10일 2027학년도 의대 정원을 3,100명에서 3,640명으로 540명 늘리기로 확정했다. 2000년 의약분업 이후 줄곧 묶여 있던 정원이 한시 증원을 빼면 27년 만에 늘어나는 것이다. 의사를 늘리자는 데에는 이견이 없다. 문제는 늘어난 의사가 어디에서 일하느냐다.", [
        p("지난달 10일", "2026-02-10", "2026-02-10"), *AY2027("2027학년도"),
        c("3,100명", 3100, "명", opt=True), c("3,640명", 3640, "명", opt=True), c("540명", 540, "명", opt=True),
        ch("3,100명에서 3,640명으로 540명 늘리기로", before=3100, after=3640, delta=540, unit="명"),
        p("2000년 의약분업 이후", "2000", "2000"), p("2000년 의약분업 이후", "2000", None, opt=True), *dur("27년 만", (27, "년")),
    ]),
    ("건강보험심사평가원(이하 심평원)에 따르면 지난해 말 기준 전국 병상은 73만 2,000개로 인구 1,000명당 14.3개다. 경제협력개발기구(OECD) 평균(4.2개)의 3배가 넘는다. 병상이 모자라서 생기는 문제가 아니라는 얘기다. 그런데도 지방에서는 중증 환자를 받을 병상을 찾지 못한 구급차가 길 위를 헤맨다.", [
        p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True), p("지난해 말 기준", None, "2025-12", opt=True),
        c("73만 2,000개", 73 * MAN + 2000, "개"), c("1,000명당", 1000, "명", opt=True), c("14.3개", 14.3, "개"), c("4.2개", 4.2, "개"),
        *mult("3배", 3),
    ]),
    ("병상이 어디에 있느냐가 문제다. 상급종합병원 병상 4만 5,600개 가운데 2만 1,400개(46.9%)가 서울에 있다. 여기에 수도권 대학병원들이 경기·인천에 짓고 있는 분원 9곳이 2028년까지 문을 열면 수도권에만 병상 6,600개가 더 생긴다.", [
        c("4만 5,600개", 4 * MAN + 5600, "개"), c("2만 1,400개", 2 * MAN + 1400, "개"), pc("46.9%", 46.9),
        c("9곳", 9, "곳"), p("2028년까지", None, "2028"), c("6,600개", 6600, "개", opt=True), ch("병상 6,600개가 더 생긴다", delta=6600, unit="개"),
    ]),
    ("비수도권은 사정이 정반대다. 비수도권 14개 시·도 가운데 7곳은 권역 안에서 중증 응급환자를 모두 치료하지 못한다. 지난해 다른 권역으로 옮겨진 중증 응급환자는 1만 8,300명으로 2023년(1만 2,100명)보다 51.2% 늘었다.", [
        c("14개", 14, "개"), c("7곳", 7, "곳"), p("지난해", "2025", "2025"), c("1만 8,300명", 1 * MAN + 8300, "명", opt=True),
        p("2023년", "2023", "2023"), c("1만 2,100명", 1 * MAN + 2100, "명", opt=True),
        ch("1만 8,300명으로 2023년(1만 2,100명)보다 51.2% 늘었다", before=1 * MAN + 2100, after=1 * MAN + 8300, unit="명"),
        pc("51.2%", 51.2), ch("51.2% 늘었다", delta=51.2, unit="%", opt=True),
    ]),
    ("정부는 2030년까지 지역·필수의료에 10조원을 투입하겠다고 약속했다. 그러나 올해 예산에 반영된 돈은 1조 4,200억원으로 한 해 평균 투입 계획(2조원)에 크게 못 미친다. 그중 지방 국립대병원의 병상과 장비를 늘리는 데 쓰이는 돈은 3,800억원뿐이다.", [
        p("2030년까지", None, "2030"), m("10조원", 10 * JO), p("올해", "2026", "2026"), m("1조 4,200억원", 1 * JO + 4200 * EOK),
        p("한 해", None, None, opt=True), c("한 해", 1, "해", opt=True), m("2조원", 2 * JO), m("3,800억원", 3800 * EOK),
    ]),
    ("증원 인원의 절반 이상을 지역의사제로 뽑아 10년간 지역 근무를 의무화하겠다는 것이 정부 계획이다. 그렇다면 이들이 일할 지역 거점병원의 중환자 병상부터 늘려야 한다. 인구 10만 명당 17.2개인 비수도권 중환자 병상을 2030년까지 24.5개로 끌어올리려면 약 1,900개가 더 필요하다. 병상 1개를 만드는 데 3억원이 든다고 보면 5,700억원이다.", [
        *mult("절반 이상", 0.5), *dur("10년간", (10, "년")),
        c("10만 명당", 10 * MAN, "명", opt=True), c("17.2개", 17.2, "개", opt=True), p("2030년까지", None, "2030"), c("24.5개", 24.5, "개", opt=True),
        ch("17.2개인 비수도권 중환자 병상을 2030년까지 24.5개로 끌어올리려면", before=17.2, after=24.5, unit="개"),
        c("약 1,900개", 1900, "개", q="approx"), ch("약 1,900개가 더 필요하다", delta=1900, unit="개", opt=True),
        c("병상 1개", 1, "개", opt=True), m("3억원", 3 * EOK), m("5,700억원", 5700 * EOK),
    ]),
    ("의사 수만 늘리고 일할 자리를 만들지 않으면 2033년 이후 쏟아질 신규 의사 상당수는 결국 수도권으로 향할 것이다. 대한의사협회(의협)는 증원 규모가 과하다며 반발하지만, 정작 따져야 할 것은 숫자가 아니라 배치다.", [
        p("2033년 이후", "2033", None), p("2033년 이후", "2033", "2033", opt=True),
    ]),
    ("보건복지부와 교육부는 다음 달 말까지 대학별 정원 배정안을 내놓는다. 정원표를 그리기 전에 병상 지도부터 펼쳐 보길 바란다.", [
        p("다음 달 말까지", None, "2026-04"), p("다음 달 말까지", None, "2026-04-30", opt=True), p("다음 달 말까지", "2026-04", "2026-04", opt=True),
    ]),
]
ORG04 = [
    o("건강보험심사평가원", ["심평원"]), o("대한의사협회", ["의협"]), o("보건복지부"), o("교육부"),
    o("경제협력개발기구", ["OECD"], opt=True), o("정부", opt=True), o("상급종합병원", opt=True), o("지방 국립대병원", opt=True),
]


def page04(paras, title):
    head = """한울신문                                              2026년 3월 9일 월요일
로그인  |  회원가입  |  구독신청  |  지면보기
전체메뉴   정치   경제   사회   국제   오피니언   문화   스포츠   사람들
오피니언 > 시론

""" + title + """

한서윤 한빛대 의대 예방의학교실 교수
입력 2026.03.09 00:30  |  지면 A31  |  댓글 14
가-  가+   인쇄   공유   스크랩

[필자 사진] 한서윤 교수

"""
    body = "\n\n".join(paras)
    tail = """

필자 소개
한서윤 한빛대 의대 예방의학교실 교수. 서울대 의대를 졸업하고 미국 존스홉킨스대에서 보건정책학 박사 학위를 받았다. 보건복지부 보건의료정책심의위원회 위원(2022~2024년)과 대한예방의학회 정책이사를 지냈다.

※ 외부 필자의 칼럼은 본지의 편집 방향과 다를 수 있습니다.
Copyright ⓒ 한울신문. 무단 전재 및 재배포 금지

이 필자의 다른 칼럼
[시론] 필수의료 수가 30% 올려도 전공의는 돌아오지 않는다 (2025.11.17)
[시론] 공공의대 정원 49명으로는 부족하다 (2025.07.02)

독자 의견 14
의사단체는 병상 얘기는 안 하더라   2026.03.09 07:48

오피니언 많이 본 기사
1  [사설] 전기요금 1kWh당 8원 인상, 불가피하다
2  [기자의 눈] 3년째 멈춘 GTX-B
3  [만물상] 출생아 2만 명대 회복

한울신문 | 서울특별시 중구 청계천로 42 | 등록번호 서울 아00912 | 대표전화 02-3210-1000
"""
    return head + body + tail


article(
    name="04_medschool_beds_opinion_column_pagedump", ext="txt", published="2026-03-09",
    title="[시론] 의대 정원표보다 병상 지도가 먼저다",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["2026년 3월 9일 월요일", "구독신청", "지면보기", "사람들", "오피니언 > 시론", "한서윤", "예방의학교실", "지면 A31", "댓글 14",
               "스크랩", "[필자 사진]", "필자 소개", "존스홉킨스대", "2022~2024년", "대한예방의학회", "편집 방향과 다를 수 있습니다",
               "Copyright ⓒ 한울신문", "이 필자의 다른 칼럼", "수가 30%", "2025.11.17", "정원 49명", "2025.07.02", "독자 의견",
               "병상 얘기는 안 하더라", "많이 본 기사", "1kWh당 8원", "3년째 멈춘", "2만 명대 회복", "청계천로 42", "아00912", "02-3210-1000"],
    notes=("An opinion column page dump (한울신문, invented): masthead with the weekday date, login/menu, '오피니언 > 시론', **title '[시론] …'**, the **author line under the title ('한서윤 한빛대 의대 예방의학교실 교수')**, **'입력 "
           "2026.03.09 00:30  |  지면 A31  |  댓글 14'**, font/print buttons, a '[필자 사진]' placeholder; body = eight column paragraphs (no "
           "deck); then a **'필자 소개' block (the author's career with '2022~2024년', 보건복지부 as a former post)**, the '외부 필자' "
           "disclaimer, copyright, 이 필자의 다른 칼럼 (figures, dates), a dated reader comment, 오피니언 많이 본 기사 (figures), footer. "
           "published: the 입력 date (= masthead). The author line and 필자 소개 are furniture. Conventions: '3,100명에서 3,640명으로 540명 "
           "늘리기로' gold count change with delta (counts optional endpoints); **'2027학년도' (an academic year naming the quota) "
           "optional in any reading** (blind10's '2027학년도 1학기'); '2000년 의약분업 이후' (date, event, 이후) 2000; '27년 만' optional; "
           "'지난해 말 기준' 2025-12 (day / open readings optional); bed counts '73만 2,000개', '14.3개', '(4.2개)', '4만 5,600개', '2만 "
           "1,400개(46.9%)', '9곳', '14개 시·도', '7곳', '약 1,900개' gold; '1,000명당', '10만 명당', '병상 1개' per-unit bases optional; "
           "'3배가 넘는다', '절반 이상' optional readings only; **'병상 6,600개가 더 생긴다' a gold delta change (count optional, the "
           "seed's '300개 더 늘었다')**; '1만 8,300명으로 2023년(1만 2,100명)보다 51.2% 늘었다' endpoint change (rate optional); '17.2개인 "
           "… 병상을 2030년까지 24.5개로 끌어올리려면' a gold planned endpoint change in 개 (blind9's 'A로 끌어올리고'); '약 1,900개가 더 "
           "필요하다' a need, not a move: count gold, delta optional; money '10조원', '1조 4,200억원', '(2조원)', '3,800억원', '3억원', "
           "'5,700억원' gold, no change ('못 미친다' compares plan and budget); '2030년까지', '2028년까지' open start; '2033년 이후' (date "
           "directly before 이후) open from 2033; '다음 달 말까지' open start to 2026-04; '지난달 10일' 2026-02-10; '한 해', '10년간' "
           "optional. Organisations: 건강보험심사평가원 (이하 심평원), 대한의사협회 (의협), 보건복지부, 교육부; 경제협력개발기구 (OECD), "
           "정부 and generic hospital words optional."),
)


# ---------------------------------------------------------------------------
# 05 집중호우 복구계획, newspaper page dump with a 정정·반론보도 note appended, 2026-08-06
# ---------------------------------------------------------------------------
A05 = [
    ("피해액 9,850억원…국비 1조 4,380억원 투입", [
        m("9,850억원", 9850 * EOK), m("1조 4,380억원", 1 * JO + 4380 * EOK),
    ]),
    ("충남 공주·부여 등 6곳 특별재난지역 추가 선포", [
        c("6곳", 6, "곳"), ch("6곳 특별재난지역 추가 선포", delta=6, unit="곳", opt=True),
    ]),
    ("중앙재난안전대책본부(이하 중대본)는 지난달 14일부터 20일까지 이어진 집중호우 피해를 복구하는 데 2조 1,460억원을 투입하는 복구계획을 5일 확정했다. 이번 호우로 인한 공공·사유시설 피해액은 9,850억원으로 집계됐다.", [
        p("지난달 14일부터 20일까지", "2026-07-14", "2026-07-20"), p("지난달 14일", "2026-07-14", "2026-07-14", opt=True), p("20일", "2026-07-20", "2026-07-20", opt=True),
        m("2조 1,460억원", 2 * JO + 1460 * EOK), p("5일", "2026-08-05", "2026-08-05"), m("9,850억원", 9850 * EOK),
    ]),
    ("복구비 가운데 국비는 1조 4,380억원, 지방비는 7,080억원이다. 피해는 충남과 충북, 경북에 집중됐다. 충남의 피해액이 4,120억원으로 전체의 41.8%를 차지했고, 충북 2,390억원, 경북 1,870억원 순이었다.", [
        m("1조 4,380억원", 1 * JO + 4380 * EOK), m("7,080억원", 7080 * EOK), m("4,120억원", 4120 * EOK), pc("41.8%", 41.8),
        m("2,390억원", 2390 * EOK), m("1,870억원", 1870 * EOK),
    ]),
    ("이재민은 3,412가구 5,870명으로, 이 가운데 1,026가구 1,740명은 아직 집으로 돌아가지 못하고 임시주거시설에 머물고 있다. 주택 2,180동이 물에 잠기거나 부서졌고, 농경지 1만 2,600ha가 침수됐다.", [
        c("3,412가구", 3412, "가구"), c("5,870명", 5870, "명"), c("1,026가구", 1026, "가구"), c("1,740명", 1740, "명"),
        c("2,180동", 2180, "동"), c("1만 2,600ha", 1 * MAN + 2600, "ha", opt=True),
    ]),
    ("정부는 이날 충남 공주시·부여군·청양군, 충북 괴산군, 경북 예천군·문경시 등 6곳을 특별재난지역으로 추가 선포했다. 지난달 23일 1차로 선포한 8곳을 더하면 특별재난지역은 14곳으로 늘었다.", [
        p("이날", "2026-08-05", "2026-08-05", opt=True), p("이날", None, None, opt=True), c("6곳", 6, "곳"),
        ch("6곳을 특별재난지역으로 추가 선포했다", delta=6, unit="곳", opt=True),
        p("지난달 23일", "2026-07-23", "2026-07-23"), c("8곳", 8, "곳", opt=True), c("14곳", 14, "곳", opt=True),
        ch("8곳을 더하면 특별재난지역은 14곳으로 늘었다", before=8, after=14, delta=6, unit="곳", opt=True),
        ch("14곳으로 늘었다", after=14, unit="곳"),
    ]),
    ("특별재난지역 주민에게는 국세 납부 예외와 건강보험료·전기요금 감면 등 26가지 혜택이 주어진다. 정부는 주택이 완전히 부서진 가구에 주는 재난지원금을 기존 3,900만원에서 5,500만원으로 올리고, 침수 주택 지원금도 300만원에서 450만원으로 50% 늘리기로 했다.", [
        c("26가지", 26, "가지"), m("3,900만원", 3900 * MAN), m("5,500만원", 5500 * MAN),
        ch("기존 3,900만원에서 5,500만원으로 올리고", before=3900 * MAN, after=5500 * MAN, unit="KRW"),
        m("300만원", 300 * MAN), m("450만원", 450 * MAN), ch("300만원에서 450만원으로 50% 늘리기로", before=300 * MAN, after=450 * MAN, unit="KRW"),
        pc("50%", 50), ch("50% 늘리기로", delta=50, unit="%", opt=True),
    ]),
    ("행정안전부(이하 행안부)는 피해 지방자치단체에 특별교부세 620억원을 지난달 이미 지원했고, 이번 복구계획 확정에 따라 재난안전특별교부세 350억원을 추가로 내려보낸다. 복구사업은 올해 안에 80%, 내년 6월까지 모두 마무리할 계획이다.", [
        m("620억원", 620 * EOK), p("지난달", "2026-07", "2026-07"), m("350억원", 350 * EOK), ch("350억원을 추가로", delta=350 * EOK, unit="KRW", opt=True),
        p("올해 안에", "2026", "2026"), p("올해 안에", None, "2026", opt=True), p("올해 안에", None, "2026-12", opt=True), pc("80%", 80),
        p("내년 6월까지", None, "2027-06"),
    ]),
    ("이번 피해액은 2023년 7월 집중호우(8,300억원) 이후 가장 크다. 다만 인명피해는 사망 9명, 실종 2명으로 2023년(사망 38명)보다 적었다.", [
        p("2023년 7월", "2023-07", "2023-07"), p("2023년 7월", "2023-07", None, opt=True), m("8,300억원", 8300 * EOK),
        c("9명", 9, "명"), c("2명", 2, "명"), p("2023년", "2023", "2023"), c("38명", 38, "명"),
        ch("사망 9명, 실종 2명으로 2023년(사망 38명)보다 적었다", before=38, after=9, unit="명", opt=True),
    ]),
    ("중대본 관계자는 “기후변화로 극한호우가 잦아지고 있어 하천 정비 예산을 올해 1조 1,000억원에서 내년 1조 5,000억원 이상으로 늘리겠다”고 말했다.", [
        p("올해", "2026", "2026"), m("1조 1,000억원", 1 * JO + 1000 * EOK), p("내년", "2027", "2027"), m("1조 5,000억원 이상", 1 * JO + 5000 * EOK, q="at_least"),
        ch("올해 1조 1,000억원에서 내년 1조 5,000억원 이상으로 늘리겠다", before=1 * JO + 1000 * EOK, after=1 * JO + 5000 * EOK, unit="KRW"),
    ]),
]
ORG05 = [
    o("중앙재난안전대책본부", ["중대본"]), o("행정안전부", ["행안부"]),
    o("공주시"), o("부여군"), o("청양군"), o("괴산군"), o("예천군"), o("문경시"),
    o("정부", opt=True), o("지방자치단체", opt=True), o("충남", opt=True), o("충북", opt=True), o("경북", opt=True),
]


def page05(paras, title):
    head = """충남새아침일보                                   2026.08.06 (목)  ☀ 대전 31℃
로그인 | 회원가입 | 구독신청 | 제보하기
뉴스   정치   경제   사회   재난·안전   지역   교육   오피니언
재난·안전 > 호우

""" + title + """

""" + "\n".join(paras[:2]) + """

윤태하 기자  |  승인 2026.08.06 05:10  |  수정 2026.08.06 09:42
글씨키우기  글씨줄이기  인쇄  공유

"""
    body = ("\n\n".join(paras[2:5])
            + "\n\n[사진] 지난달 17일 충남 공주시 금강 변 상가 골목이 흙탕물에 잠겨 있다. 이날 공주 지역에는 시간당 92㎜의 비가 쏟아졌다. /충남새아침일보 DB\n\n"
            + "\n\n".join(paras[5:]))
    tail = """

────────────────────────
[정정보도] 본지는 지난 7월 22일자 1면 「공주 금강 둑 붕괴…이재민 4,000가구」 기사에서 공주시 이재민이 4,000가구라고 보도했으나, 확인 결과 당시 공주시 이재민은 1,870가구였기에 이를 바로잡습니다.
[반론보도] 본지 7월 24일자 「부여군, 배수펌프장 3곳 가동 멈춰」 기사와 관련해 부여군은 “당시 배수펌프장 3곳 가운데 2곳은 정상 가동했다”고 알려왔습니다.
────────────────────────

윤태하 기자 th.yoon@cnsaeachim.co.kr
ⓒ 충남새아침일보 무단전재·재배포 금지

관련기사
· 특별재난지역 8곳 1차 선포…피해 주민 생계비 지원 (2026-07-23)
· 집중호우 사유시설 피해 신고 이달 말까지 연장 (2026-07-30)

많이 본 뉴스
1  대전 하상도로 9일 만에 통행 재개
2  세종 아파트 매매가 5주 연속 하락…0.12%↓
3  충남 8월 전기요금 1인 가구 평균 4만 3,200원

충남새아침일보 | 대전광역시 서구 둔산로 88 | 등록번호 대전 아00377 | 발행인 한기수 | Tel 042-488-0000
"""
    return head + body + tail


article(
    name="05_heavy_rain_recovery_correction_pagedump", ext="txt", published="2026-08-06",
    title="집중호우 복구비 2조 1,460억원 확정…이재민 3,412가구 5,870명",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["2026.08.06 (목)", "대전 31℃", "구독신청", "제보하기", "재난·안전 > 호우", "윤태하 기자", "승인 2026.08.06", "글씨키우기",
               "[사진]", "금강 변 상가", "시간당 92㎜", "/충남새아침일보 DB", "────", "[정정보도]", "7월 22일자", "둑 붕괴", "4,000가구",
               "1,870가구", "바로잡습니다", "[반론보도]", "7월 24일자", "배수펌프장", "정상 가동", "알려왔습니다", "th.yoon@",
               "ⓒ 충남새아침일보", "관련기사", "8곳 1차 선포", "생계비", "이달 말까지 연장", "많이 본 뉴스", "9일 만에", "5주 연속", "0.12%↓",
               "4만 3,200원", "둔산로 88", "아00377", "042-488-0000"],
    notes=("A regional newspaper page dump (충남새아침일보, invented) with a **정정·반론보도 note appended below the article**: masthead "
           "with the date and a weather line, login/menu, section path, title, **two deck lines**, byline row **'윤태하 기자 | 승인 "
           "2026.08.06 05:10 | 수정 2026.08.06 09:42'**, font buttons, body paragraphs with a '[사진]' caption between them (a date and a "
           "figure), then, between rule lines, **'[정정보도] 본지는 지난 7월 22일자 … 바로잡습니다.' and '[반론보도] 본지 7월 24일자 … "
           "알려왔습니다.' — notes about earlier articles, with figures ('4,000가구', '1,870가구', '배수펌프장 3곳 … 2곳'): furniture, not "
           "body** (like blind8's ※ 참고 appendix), then e-mail, copyright, 관련기사 and 많이 본 뉴스 (figures, dates), footer. published: the "
           "승인 stamp (= masthead). Conventions: deck lines are body; money everywhere gold (복구비, 국비/지방비 split, 시·도 피해액); "
           "'이재민은 3,412가구 5,870명', '1,026가구 1,740명', '주택 2,180동', '26가지' gold counts, '1만 2,600ha' a measure (optional); "
           "**'6곳을 특별재난지역으로 추가 선포' count gold, delta optional (the seed's '300여개 기관이 추가로 합류'); '8곳을 더하면 "
           "특별재난지역은 14곳으로 늘었다' a gold after-change (the {before 8, after 14, delta 6} reading optional; 8곳/14곳 optional "
           "endpoints)**; '기존 3,900만원에서 5,500만원으로', '300만원에서 450만원으로 50% 늘리기로' gold endpoint changes (rate optional); "
           "'350억원을 추가로' money gold, delta optional (blind10); '올해 1조 1,000억원에서 내년 1조 5,000억원 이상으로' gold (after "
           "at_least money); casualties against another year's flood ('9명 … 2023년(사망 38명)보다 적었다') no move over time (change "
           "optional). Periods: '지난달 14일부터 20일까지' one period 2026-07-14..20 (parts optional); '5일' 2026-08-05, '이날' optional; "
           "'지난달 23일' 2026-07-23; '지난달' 2026-07; **'올해 안에' gold 2026 (open-start readings optional)**; '내년 6월까지' open start; "
           "'2023년 7월 집중호우(8,300억원) 이후' (date, event, 이후) 2023-07; '1차' an ordinal. Organisations: 중앙재난안전대책본부 (이하 "
           "중대본), 행정안전부 (이하 행안부) and the six local governments 공주시, 부여군, 청양군, 괴산군, 예천군, 문경시; 정부, "
           "지방자치단체 and the province short names (충남, 충북, 경북 — used as regions) optional."),
)


# ---------------------------------------------------------------------------
# 06 김장철 배춧값, 카드뉴스 text dump with numbered slides, 2026-11-10
# ---------------------------------------------------------------------------
PREV_WEEK = ("2026-11-02", "2026-11-08")
A06 = [
    ("김장철을 앞두고 배춧값이 안정세를 보이고 있습니다. 한국농수산식품유통공사(aT)와 농림축산식품부(농식품부) 자료로 올해 김장 물가를 정리했습니다.", [
        p("김장철", None, None, opt=True), p("김장철", "2026-11", "2026-12", opt=True), p("올해", "2026", "2026"),
    ]),
    ("① 배추 한 포기 2,980원", [
        c("한 포기", 1, "포기", opt=True), m("2,980원", 2980),
    ]),
    ("aT에 따르면 9일 기준 배추(상품) 한 포기 소매가격은 2,980원으로 전주보다 6.6% 내렸습니다. 평년(3,420원)보다는 12.9% 싸고, 1년 전(4,150원)과 비교하면 28.2% 낮은 수준입니다.", [
        p("9일 기준", "2026-11-09", "2026-11-09"), c("한 포기", 1, "포기", opt=True), m("2,980원", 2980),
        *base("전주", PREV_WEEK, ("2026-11-02", "2026-11-02")), pc("6.6%", 6.6),
        ch("평년(3,420원)보다는 12.9% 싸고", before=3420, after=2980, unit="KRW"),
        ch("1년 전(4,150원)과 비교하면 28.2% 낮은", before=4150, after=2980, unit="KRW"),
        ch("2,980원으로", after=2980, unit="KRW"), ch("전주보다 6.6% 내렸습니다", delta=-6.6, unit="%"),
        p("평년", None, None, opt=True), m("3,420원", 3420), pc("12.9%", 12.9), ch("12.9% 싸고", delta=-12.9, unit="%", opt=True),
        *base("1년 전", ("2025-11-09", "2025-11-09"), ("2025-11", "2025-11")), m("4,150원", 4150), pc("28.2%", 28.2),
        ch("28.2% 낮은", delta=-28.2, unit="%", opt=True),
    ]),
    ("② 무·대파는 올랐어요", []),
    ("무 1개는 2,650원으로 전주(2,480원)보다 170원 올랐습니다. 대파(1kg)는 3,870원으로 1년 전보다 9.3% 비쌉니다. 이달 초 잦은 비로 출하가 늦어졌기 때문입니다.", [
        c("1개", 1, "개", opt=True), m("2,650원", 2650), *base("전주", PREV_WEEK), m("2,480원", 2480), m("170원", 170),
        ch("2,650원으로 전주(2,480원)보다 170원 올랐습니다", before=2480, after=2650, delta=170, unit="KRW"),
        ch("170원 올랐습니다", delta=170, unit="KRW", opt=True),
        c("1kg", 1, "kg", opt=True), m("3,870원", 3870), *base("1년 전", ("2025-11", "2025-11")), pc("9.3%", 9.3),
        ch("3,870원으로", after=3870, unit="KRW"), ch("1년 전보다 9.3% 비쌉니다", delta=9.3, unit="%"),
        p("이달 초", "2026-11", "2026-11"), p("이달 초", "2026-11-01", "2026-11-10", opt=True),
    ]),
    ("③ 김장비용 31만 2,000원", [
        m("31만 2,000원", 31 * MAN + 2000),
    ]),
    ("4인 가구 기준 배추 20포기 김장비용은 전통시장 31만 2,000원, 대형마트 36만 5,000원으로 조사됐습니다. 전통시장 기준으로 지난해(33만 9,000원)보다 2만 7,000원 줄었습니다.", [
        c("4인 가구", 4, "인", opt=True), c("4인 가구", 1, "가구", opt=True), c("20포기", 20, "포기"),
        m("31만 2,000원", 31 * MAN + 2000), m("36만 5,000원", 36 * MAN + 5000), p("지난해", "2025", "2025"), m("33만 9,000원", 33 * MAN + 9000),
        m("2만 7,000원", 2 * MAN + 7000),
        ch("31만 2,000원 ... 지난해(33만 9,000원)보다 2만 7,000원 줄었습니다", before=33 * MAN + 9000, after=31 * MAN + 2000, delta=-(2 * MAN + 7000), unit="KRW"),
        ch("지난해(33만 9,000원)보다 2만 7,000원 줄었습니다", before=33 * MAN + 9000, delta=-(2 * MAN + 7000), unit="KRW", opt=True),
        ch("2만 7,000원 줄었습니다", delta=-(2 * MAN + 7000), unit="KRW", opt=True),
    ]),
    ("④ 정부, 비축 배추 1만 t 푼다", [
        c("1만 t", 1 * MAN, "t", opt=True),
    ]),
    ("농식품부는 김장철 수급 안정을 위해 비축 배추 1만 t과 무 3,000t을 오는 30일까지 시장에 공급합니다. 배추 공급량은 지난해 김장철(7,500t)보다 2,500t 많습니다.", [
        p("김장철", None, None, opt=True), c("1만 t", 1 * MAN, "t", opt=True), c("3,000t", 3000, "t", opt=True), p("오는 30일까지", None, "2026-11-30"),
        p("지난해", "2025", "2025"), p("지난해 김장철", "2025-11", "2025-12", opt=True), c("7,500t", 7500, "t", opt=True), c("2,500t", 2500, "t", opt=True),
        ch("지난해 김장철(7,500t)보다 2,500t 많습니다", before=7500, after=10000, delta=2500, unit="t"),
        ch("지난해 김장철(7,500t)보다 2,500t 많습니다", before=7500, delta=2500, unit="t", opt=True), ch("2,500t 많습니다", delta=2500, unit="t", opt=True),
    ]),
    ("⑤ 최대 30% 할인", [
        pc("최대 30%", 30), ch("최대 30% 할인", delta=-30, unit="%", opt=True),
    ]),
    ("정부는 할인 지원 예산 150억원을 들여 오는 12일부터 25일까지 전국 대형마트와 전통시장 1,200곳에서 배추·무·양념채소를 최대 30% 싸게 팝니다. 1인당 할인 한도는 주당 2만원입니다.", [
        m("150억원", 150 * EOK), p("오는 12일부터 25일까지", "2026-11-12", "2026-11-25"), p("오는 12일", "2026-11-12", "2026-11-12", opt=True),
        p("25일", "2026-11-25", "2026-11-25", opt=True), c("1,200곳", 1200, "곳"), pc("최대 30%", 30), ch("최대 30% 싸게", delta=-30, unit="%", opt=True),
        c("1인당", 1, "인", opt=True), p("주당", None, None, opt=True), m("2만원", 2 * MAN), m("2만원", 2 * MAN, q="at_most", opt=True),
    ]),
    ("⑥ 김장은 언제 할까", []),
    ("기상청은 올해 서울 기준 김장 적기를 오는 28일 전후로 내다봤습니다. 평년보다 이틀가량 늦습니다. aT는 다음 주 배춧값이 포기당 2,800원 안팎으로 더 내려갈 것으로 예상했습니다.", [
        p("올해", "2026", "2026"), p("오는 28일 전후", "2026-11-28", "2026-11-28"), p("평년", None, None, opt=True), *dur("이틀가량", (2, "일")),
        p("다음 주", "2026-11-16", "2026-11-22"), c("포기당", 1, "포기", opt=True), m("2,800원 안팎", 2800, q="approx"),
        ch("2,800원 안팎으로 더 내려갈", after=2800, unit="KRW", opt=True),
    ]),
]
ORG06 = [
    o("한국농수산식품유통공사", ["aT"]), o("농림축산식품부", ["농식품부"]), o("기상청"),
    o("정부", opt=True), o("대형마트", opt=True), o("전통시장", opt=True),
]


def page06(paras, title):
    slides = [paras[i:i + 2] for i in range(1, len(paras), 2)]
    blocks = []
    for n, (h, t) in enumerate(slides, start=2):
        blocks.append(f"〈{n}/8〉\n{h}\n{t}")
    head = """새봄경제
홈   뉴스   카드뉴스   영상   포토   연재
카드뉴스 > 생활경제

""" + title + """

2026.11.10 06:00  |  구성 오다은 기자 · 디자인 박하늘
좋아요 58   공유 ↗

""" + paras[0] + """

〈1/8〉
[표지 이미지] 배추를 한가득 실은 손수레 일러스트 — 이미지 확대

"""
    tail = """

〈8/8〉
[마지막 카드] 새봄경제 카드뉴스를 구독하세요

▶ 밀어서 다음 카드 보기
자료 : 한국농수산식품유통공사(aT) KAMIS · 농림축산식품부 · 기상청
구성 오다은 기자 daeun@saebom.kr · 디자인 박하늘

▶ 카드뉴스 더보기
· [카드뉴스] 달걀 한 판 7,480원…1년 새 12% 올라
· [카드뉴스] 겨울철 난방비 아끼는 5가지 방법
· [카드뉴스] 11월부터 바뀌는 제도 6가지

#김장 #배춧값 #카드뉴스
Copyright ⓒ 새봄경제 All rights reserved.
"""
    return head + "\n\n".join(blocks) + tail


article(
    name="06_kimjang_cabbage_cardnews_pagedump", ext="txt", published="2026-11-10",
    title="[카드뉴스] 배추 한 포기 2,980원…올해 김장 얼마 들까",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["홈   뉴스", "영상   포토", "카드뉴스 > 생활경제", "오다은", "박하늘", "좋아요 58", "공유 ↗", "〈1/8〉", "〈4/8〉", "〈8/8〉",
               "[표지 이미지]", "손수레 일러스트", "이미지 확대", "[마지막 카드]", "구독하세요", "밀어서 다음 카드", "KAMIS", "daeun@",
               "카드뉴스 더보기", "7,480원", "1년 새 12%", "5가지 방법", "제도 6가지", "#김장", "#배춧값", "Copyright ⓒ 새봄경제"],
    notes=("A 카드뉴스 (card news) text dump (새봄경제, invented): site menu, path, title '[카드뉴스] …', **a date/credit line '2026.11.10 "
           "06:00  |  구성 … 기자 · 디자인 …'**, likes/share, an intro paragraph (body), then **numbered slide markers '〈1/8〉' … '〈8/8〉' "
           "(furniture)**: slide 1 is a cover-image note and slide 8 an end card (furniture); **slides 2–7 each have a circled-number "
           "heading line ('① 배추 한 포기 2,980원') and a text line — both body paragraphs**; then '밀어서 다음 카드 보기', a source line "
           "'자료 : … KAMIS …', credits with e-mail, 카드뉴스 더보기 (figures), hashtags, copyright. published: the date line. Conventions: "
           "the '①…⑥' markers are list marks (no figures); '한 포기', '포기당', '1개', '1kg', '1인당', '4인 가구', '주당' per-unit bases "
           "optional; '20포기', '1,200곳' gold counts; **prices against bases: '2,980원으로 전주보다 6.6% 내렸습니다' two gold changes "
           "({after}, {delta −6.6 %}); '평년(3,420원)보다는 12.9% 싸고' and '1년 전(4,150원)과 비교하면 28.2% 낮은' gold endpoint changes "
           "{before, after 2,980} (their %-changes optional; 평년 is the five-year average — no period)**; '2,650원으로 전주(2,480원)보다 "
           "170원 올랐습니다' endpoint change with delta; '3,870원으로 1년 전보다 9.3% 비쌉니다' two gold changes; '31만 2,000원 … "
           "지난해(33만 9,000원)보다 2만 7,000원 줄었습니다' endpoint change with delta; market vs mart prices no change; stock releases in "
           "t: counts optional (measures), **'지난해 김장철(7,500t)보다 2,500t 많습니다' a gold change {before 7,500, after 10,000 (the 1만 t "
           "of the sentence before), delta 2,500, unit t}**; '최대 30%' percentage gold (heading and text), discount change optional; "
           "'2,800원 안팎으로 더 내려갈' a forecast: approx money gold, change optional. Periods: '9일 기준' 2026-11-09; '전주', '1년 전' bases "
           "optional; '이달 초' 2026-11; '오는 30일까지' open start to 2026-11-30; '오는 12일부터 25일까지' one period; '오는 28일 전후' "
           "2026-11-28; **'다음 주' the week 2026-11-16..22 (Mon–Sun)**; '지난해' 2025 ('지난해 김장철' optional); '김장철', '평년', "
           "'이틀가량' optional. Organisations: 한국농수산식품유통공사 (aT), 농림축산식품부 (농식품부), 기상청; 정부 and market types "
           "optional."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
