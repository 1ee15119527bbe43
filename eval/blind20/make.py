#!/usr/bin/env python3
"""The eval/blind20 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind20/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)


def mult(text, factor):
    """A multiple or fraction ('두 배', '1.8배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def month_end(text, ym):
    """'지난해 말 (기준)', '3월 말', '6월 말 기준': gold month; the last day and the open-start readings optional."""
    y, mo = ym.split("-")
    last = {"02": "28", "04": "30", "06": "30", "09": "30", "11": "30"}.get(mo, "31")
    return [p(text, ym, ym), p(text, f"{ym}-{last}", f"{ym}-{last}", opt=True), p(text, None, ym, opt=True)]


def per(text, unit):
    """A per-unit base ('1곳당', '1인당', '㎏당'): optional count."""
    return c(text, 1, unit, opt=True)


H1_2026 = ("2026-01", "2026-06")
H1_2025 = ("2025-01", "2025-06")
Q1_2026 = ("2026-01", "2026-03")
Q2_2026 = ("2026-04", "2026-06")
Q2_2025 = ("2025-04", "2025-06")


# ---------------------------------------------------------------------------
# 01 지방세 체납, 동아일보-like HTML (section.news_view, text with <br>, span.date01), 2026-09-15
# ---------------------------------------------------------------------------
A01 = [
    ("지난해 말 체납액 4조 1,200억 원… 1년 새 7.3% 늘어", [
        *month_end("지난해 말", "2025-12"), m("4조 1,200억 원", 4 * JO + 1200 * EOK),
        *base("1년 새", ("2025", "2025"), ("2024-12", "2025-12")), c("1년", 1, "년", opt=True), pc("7.3%", 7.3),
        ch("4조 1,200억 원", after=4 * JO + 1200 * EOK, unit="KRW"), ch("1년 새 7.3% 늘어", delta=7.3, unit="%"),
    ]),
    ("1000만 원 이상 고액체납자 6만 2,400명… 가상자산·명품까지 압류", [
        m("1000만 원 이상", 1000 * MAN, q="at_least"), c("6만 2,400명", 62400, "명"),
    ]),
    ("지방세를 내지 않고 버티는 체납자가 늘면서 지난해 말 기준 전국 지방세 체납액이 4조 1,200억 원으로 집계됐다. 1년 전(3조 8,400억 원)보다 2,800억 원(7.3%) 늘어난 규모다.", [
        *month_end("지난해 말 기준", "2025-12"), m("4조 1,200억 원", 4 * JO + 1200 * EOK),
        *base("1년 전", ("2024-12", "2024-12"), ("2024", "2024")), m("3조 8,400억 원", 3 * JO + 8400 * EOK), m("2,800억 원", 2800 * EOK), pc("7.3%", 7.3),
        ch("4조 1,200억 원으로 ... 1년 전(3조 8,400억 원)보다 2,800억 원(7.3%) 늘어난", before=3 * JO + 8400 * EOK, after=4 * JO + 1200 * EOK, delta=2800 * EOK, unit="KRW"),
        ch("1년 전(3조 8,400억 원)보다 2,800억 원(7.3%) 늘어난", before=3 * JO + 8400 * EOK, delta=2800 * EOK, unit="KRW", opt=True),
        ch("4조 1,200억 원으로 집계됐다", after=4 * JO + 1200 * EOK, unit="KRW", opt=True),
        ch("2,800억 원(7.3%) 늘어난", delta=7.3, unit="%", opt=True), ch("2,800억 원(7.3%) 늘어난", delta=2800 * EOK, unit="KRW", opt=True),
    ]),
    ("행정안전부(행안부)가 14일 공개한 ‘2025년 지방세 체납 현황’에 따르면 체납액 1000만 원 이상인 고액체납자는 6만 2,400명으로, 이들이 전체 체납액의 58.5%인 2조 4,100억 원을 내지 않고 있었다. 이 가운데 1억 원 이상 체납자도 3,150명에 달했다.", [
        p("14일", "2026-09-14", "2026-09-14"), p("2025년", "2025", "2025", opt=True),
        m("1000만 원 이상", 1000 * MAN, q="at_least"), c("6만 2,400명", 62400, "명"), pc("58.5%", 58.5), m("2조 4,100억 원", 2 * JO + 4100 * EOK),
        m("1억 원 이상", 1 * EOK, q="at_least"), c("3,150명", 3150, "명"),
    ]),
    ("지역별로는 경기도가 1조 1,900억 원으로 가장 많았고 서울시(9,870억 원)와 부산시(2,640억 원)가 뒤를 이었다. 체납 건수는 전국 612만 건으로 1년 전보다 21만 건 늘었다.", [
        m("1조 1,900억 원", 1 * JO + 1900 * EOK), m("9,870억 원", 9870 * EOK), m("2,640억 원", 2640 * EOK),
        c("612만 건", 612 * MAN, "건", opt=True), *base("1년 전", ("2024-12", "2024-12"), ("2024", "2024")), c("21만 건", 21 * MAN, "건", opt=True),
        ch("612만 건으로 1년 전보다 21만 건 늘었다", after=612 * MAN, delta=21 * MAN, unit="건"),
        ch("21만 건 늘었다", delta=21 * MAN, unit="건", opt=True), ch("612만 건으로", after=612 * MAN, unit="건", opt=True),
    ]),
    ("서울시는 올해 상반기 38세금징수과를 중심으로 체납액 1,126억 원을 거둬들였다. 연간 징수 목표(2,000억 원)의 56.3%를 반년 만에 채운 것이다.", [
        p("올해 상반기", *H1_2026), m("1,126억 원", 1126 * EOK), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        m("2,000억 원", 2000 * EOK), pc("56.3%", 56.3), p("반년 만에", None, None, opt=True), c("반년", 6, "개월", opt=True),
    ]),
    ("특히 가상자산 추적이 효과를 봤다. 시는 지난 3월부터 국내 5개 가상자산 거래소에 체납자 명단을 보내 1,840명의 가상자산 214억 원어치를 압류했다. 이 중 1,020명은 압류 직후 체납액 97억 원을 자진 납부했다.", [
        p("지난 3월부터", "2026-03", None), p("지난 3월", "2026-03", "2026-03", opt=True),
        c("5개", 5, "개"), c("1,840명", 1840, "명"), m("214억 원", 214 * EOK), c("1,020명", 1020, "명"), m("97억 원", 97 * EOK),
    ]),
    ("체납자 집에서 압류한 명품 가방과 귀금속 등 동산 812점은 다음 달 21일 온라인 공매에 부친다. 감정가는 모두 6억 3,000만 원이다.", [
        c("812점", 812, "점"), p("다음 달 21일", "2026-10-21", "2026-10-21"), m("6억 3,000만 원", 6 * EOK + 3000 * MAN),
    ]),
    ("행안부는 체납 관리를 강화하기 위해 내년부터 지방세 체납자에 대한 출국금지 요청 기준을 체납액 5000만 원 이상에서 3000만 원 이상으로 낮추기로 했다. 이렇게 되면 출국금지 대상은 현재 4,300명에서 약 7,900명으로 3,600명가량 늘어날 것으로 보인다.", [
        p("내년부터", "2027", None), m("5000만 원 이상", 5000 * MAN, q="at_least"), m("3000만 원 이상", 3000 * MAN, q="at_least"),
        ch("5000만 원 이상에서 3000만 원 이상으로 낮추기로", before=5000 * MAN, after=3000 * MAN, unit="KRW"),
        ch("5000만 원 이상에서 3000만 원 이상으로 낮추기로", before=5000 * MAN, after=3000 * MAN, delta=-2000 * MAN, unit="KRW", opt=True),
        p("현재", None, None, opt=True), c("4,300명", 4300, "명", opt=True), c("약 7,900명", 7900, "명", q="approx", opt=True),
        c("3,600명가량", 3600, "명", q="approx", opt=True),
        ch("현재 4,300명에서 약 7,900명으로 3,600명가량 늘어날", before=4300, after=7900, delta=3600, unit="명"),
        ch("3,600명가량 늘어날", delta=3600, unit="명", opt=True),
    ]),
    ("오세진 행안부 지방세입정책관은 “성실하게 세금을 내는 사람이 손해 보지 않도록 끝까지 추적하겠다”며 “올해 체납액 징수율을 지난해 31.2%에서 35%까지 끌어올리겠다”고 말했다.", [
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"), pc("31.2%", 31.2), pc("35%", 35),
        ch("지난해 31.2%에서 35%까지 끌어올리겠다", before=31.2, after=35),
        ch("지난해 31.2%에서 35%까지 끌어올리겠다", before=31.2, after=35, delta=3.8, opt=True),
    ]),
]
ORG01 = [
    o("행정안전부", ["행안부"]), o("경기도"), o("서울시", ["서울특별시"]), o("부산시", ["부산광역시"]),
    o("38세금징수과", ["서울시 38세금징수과"], opt=True), o("가상자산 거래소", opt=True),
]


def page01(paras, title):
    deck = "<br>".join(esc(t) for t in paras[:2])
    body = [esc(t) for t in paras[2:]]
    fig = ('<figure class="img_cont"><div class="articlePhotoC"><img src="https://dimg.donga.com/wps/NEWS/IMAGE/2026/09/15/13211740.1.jpg" '
           'alt="" width="100%"></div><figcaption class="caption">서울시 38세금징수과 직원들이 지난 4일 고액체납자의 자택에서 압류한 명품 가방을 '
           '살펴보고 있다. 서울시 제공</figcaption></figure>')
    ad = ('<div class="view_ad06"><div class="ad_box"><!-- AD --><script src="https://ad.donga.com/RealMedia/ads/adstream_jx.ads/news.donga.com/'
          'article@x60"></script></div></div>')
    parts = [f'<h2 class="sub_title">{deck}</h2>', body[0], body[1], fig, body[2], body[3], ad, body[4], body[5], body[6], body[7]]
    content = "<br><br>\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}｜동아일보</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="동아일보">
<meta name="description" content="지방세 체납액이 지난해 말 4조 원을 넘어섰다. 서울시는 가상자산과 명품까지 압류하며 징수에 나섰다.">
<link rel="canonical" href="https://www.donga.com/news/Economy/article/all/20260915/132117404/2">
</head>
<body>
<div id="wrap">
<header id="header">
  <div class="gnb_top"><a href="https://www.donga.com" class="logo">동아일보</a>
    <div class="weather"><span class="w_icon">구름조금</span> <span class="w_loc">서울</span> <span class="w_temp">24.6℃</span> <span class="w_dust">미세먼지 좋음</span></div>
    <ul class="util"><li>로그인</li><li>회원가입</li><li>신문구독</li><li>지면보기</li></ul></div>
  <nav class="gnb"><ul><li>정치</li><li>경제</li><li>국제</li><li>사회</li><li>문화</li><li>연예</li><li>스포츠</li><li>헬스동아</li><li>오피니언</li><li>트렌드뉴스</li></ul></nav>
</header>
<div id="container">
<main class="main_view">
<section class="head_group">
  <div class="article_title">
    <p class="location"><a href="https://www.donga.com/news/Economy">경제</a> &gt; <a>경제 일반</a></p>
    <h1 class="title">{esc(title)}</h1>
    <div class="byline_wrap"><span class="name">세종=이지훈 기자</span> <button class="subscribe">구독</button></div>
    <div class="title_foot"><span class="date01">입력 2026-09-15 03:00</span> <span class="date01">업데이트 2026-09-15 09:47</span></div>
    <div class="view_tool"><button class="btn_share">공유하기</button> <button class="btn_font">글자크기 설정</button> <button class="btn_print">인쇄하기</button> <span class="like">좋아요 14</span> <span class="reply">댓글 9</span></div>
  </div>
</section>
<section class="news_view">
{content}<br><br>
<div class="article_end">세종=이지훈 기자 easy@donga.com</div>
</section>
<div class="view_copyright">ⓒ dongA.com All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지</div>
<div class="view_relation"><h3 class="tit">관련기사</h3><ul>
  <li><a>자동차세 체납 차량 번호판 하루 1,200대 영치…추석 전 일제 단속</a> <span class="date">2026-09-08</span></li>
  <li><a>국세 체납액 110조 원 돌파…정리 보류 체납 절반 넘어</a> <span class="date">2026-08-27</span></li>
  <li><a>[사설] 고액 상습체납자 명단 공개, 실효성 높여야</a> <span class="date">2026-08-21</span></li></ul></div>
<div class="reaction_wrap"><p class="tit">이 기사에 대해 어떻게 생각하시나요?</p><ul><li>추천해요 31</li><li>좋아요 14</li><li>감동이에요 0</li><li>화나요 22</li><li>슬퍼요 1</li></ul></div>
</main>
<aside class="aside">
  <section class="most_viewed"><h3 class="tit">많이 본 뉴스</h3><ol>
    <li>추석 연휴 고속도로 통행료 면제…9월 24일부터 나흘간</li>
    <li>서울 아파트값 32주 연속 상승…상승 폭 0.12%로 둔화</li>
    <li>올해 세수 결손 18조 원 전망…지방교부세도 줄어</li>
    <li>“월 30만 원 더 낸다”…건보료 피부양자 2만 명 탈락</li></ol></section>
  <section class="ad_aside"><div class="ad">광고</div></section>
  <section class="trend_news"><h3 class="tit">트렌드뉴스</h3><ul><li>폭염 일수 41일…관측 이래 최장</li><li>MZ세대 10명 중 6명 “저축보다 투자”</li></ul></section>
</aside>
</div>
<footer id="footer"><p>동아일보 | 서울특별시 종로구 청계천로 1 | 등록번호 서울 아00741 | 발행·편집인 동아일보사 | Tel 02-2020-0114</p>
<p>Copyright by dongA.com All rights reserved.</p></footer>
</div>
</body>
</html>
"""


article(
    name="01_local_tax_arrears_donga_news_view_br_html", ext="html", published="2026-09-15",
    title="지방세 체납 4조 넘었다… 서울시, 가상자산-명품까지 압류",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["구름조금", "24.6℃", "미세먼지 좋음", "신문구독", "지면보기", "헬스동아", "세종=이지훈 기자", "업데이트 2026-09-15", "글자크기 설정",
               "좋아요 14", "댓글 9", "지난 4일 고액체납자", "서울시 제공", "ad.donga.com", "easy@donga.com", "ⓒ dongA.com", "AI학습 이용 금지",
               "관련기사", "번호판 하루 1,200대", "110조 원 돌파", "[사설]", "어떻게 생각하시나요", "추천해요 31", "화나요 22", "많이 본 뉴스",
               "9월 24일부터 나흘간", "32주 연속", "0.12%", "18조 원 전망", "월 30만 원", "2만 명 탈락", "트렌드뉴스", "폭염 일수 41일",
               "10명 중 6명", "청계천로 1", "아00741", "02-2020-0114", "Copyright by dongA.com"],
    notes=("A 동아일보-like HTML (real masthead, invented article): header with a weather widget (구름조금 서울 24.6℃), menus, section.head_group > "
           "div.article_title (location, h1.title, byline, **div.title_foot with two span.date01: '입력 2026-09-15 03:00' and '업데이트 "
           "2026-09-15 09:47'**), tools; body = **section.news_view**, whose text is NOT in p elements but text nodes separated by <br><br>, "
           "opening with the deck **h2.sub_title (two lines joined by <br>)** and holding a figure.img_cont with a figcaption (dated '지난 "
           "4일'), a div.view_ad06 ad box and, at its end, the byline div.article_end — furniture; then copyright, 관련기사 (figures, dates), "
           "reactions, aside (많이 본 뉴스, 트렌드뉴스 with figures), footer. og:description is a summary, not body. published: the 입력 "
           "span.date01 (2026-09-15; '14일 공개한' = 2026-09-14). Spaced money '4조 1,200억 원', '1000만 원' (no comma). Conventions: deck "
           "lines are body; deck '4조 1,200억 원… 1년 새 7.3% 늘어' two gold changes ({after}, {delta 7.3 %}, blind10 02's deck), '1년 새' "
           "a base (optional); '4조 1,200억 원으로 집계됐다. 1년 전(3조 8,400억 원)보다 2,800억 원(7.3%) 늘어난' one gold endpoint change "
           "with delta across two sentences (blind10 02); '지난해 말 (기준)' 2025-12; '‘2025년 지방세 체납 현황’' year in a report's name "
           "optional; '612만 건으로 1년 전보다 21만 건 늘었다' {after, delta} (counts optional); '38세금징수과' a department name (no figure, "
           "the department optional); '5개 가상자산 거래소' a gold count; '812점' gold count (counter 점); '다음 달 21일' 2026-10-21; "
           "'지난 3월부터' open-ended from 2026-03; '내년부터' open-ended from 2027; a threshold lowered ('5000만 원 이상에서 3000만 원 이상으로') "
           "a gold money change {before, after} (both amounts at_least); '현재 4,300명에서 약 7,900명으로 3,600명가량' gold count change "
           "with delta; '지난해 31.2%에서 35%까지' a %-level change (no unit, no delta written); '반년 만에', '연간', '현재' optional. "
           "Organisations: 행정안전부 (행안부), 경기도, 서울시, 부산시; 38세금징수과 and the exchanges optional. 오세진 is a person."),
)


# ---------------------------------------------------------------------------
# 02 수소차 충전소, 국민일보-like HTML (div#articleBody, div.sub_tit deck, compact numbers '4만1300대'), 2026-01-06
# ---------------------------------------------------------------------------
A02 = [
    ("지난해 말 충전소 482곳… 1년 새 92곳 늘어", [
        *month_end("지난해 말", "2025-12"), c("482곳", 482, "곳", opt=True), *base("1년 새", ("2025", "2025"), ("2024-12", "2025-12")),
        c("1년", 1, "년", opt=True), c("92곳", 92, "곳", opt=True),
        ch("482곳… 1년 새 92곳 늘어", after=482, delta=92, unit="곳"), ch("92곳 늘어", delta=92, unit="곳", opt=True),
        ch("482곳… 1년 새 92곳 늘어", before=390, after=482, delta=92, unit="곳", opt=True),
    ]),
    ("수소차는 4만1300대로 보급 목표의 절반 수준 그쳐", [
        c("4만1300대", 41300, "대"), ch("4만1300대로", after=41300, unit="대", opt=True), *mult("절반", 0.5),
    ]),
    ("수소차 충전소가 전국 482곳으로 늘었지만 ‘충전 대란’은 여전하다. 충전소 1곳당 수소차는 85.7대로, 정부가 적정 수준으로 보는 50대를 크게 웃돈다.", [
        c("482곳", 482, "곳", opt=True), ch("482곳으로 늘었지만", after=482, unit="곳"),
        per("1곳당", "곳"), c("85.7대", 85.7, "대", opt=True), ch("85.7대로", after=85.7, unit="대", opt=True), c("50대", 50, "대", opt=True),
    ]),
    ("기후에너지환경부(이하 기후부)가 5일 발표한 ‘2025년 수소차·충전 인프라 보급 실적’에 따르면 지난해 말 기준 수소차 누적 보급 대수는 4만1300대로 1년 전(3만7200대)보다 4100대 늘어나는 데 그쳤다. 정부가 2025년까지 내건 누적 보급 목표(8만대)의 51.6%에 불과하다.", [
        p("5일", "2026-01-05", "2026-01-05"), p("2025년", "2025", "2025", opt=True), *month_end("지난해 말 기준", "2025-12"),
        c("4만1300대", 41300, "대", opt=True), *base("1년 전", ("2024-12", "2024-12"), ("2024", "2024")), c("3만7200대", 37200, "대", opt=True),
        c("4100대", 4100, "대", opt=True),
        ch("4만1300대로 1년 전(3만7200대)보다 4100대 늘어나는", before=37200, after=41300, delta=4100, unit="대"),
        ch("4100대 늘어나는", delta=4100, unit="대", opt=True),
        p("2025년까지", None, "2025"), c("8만대", 80000, "대"), pc("51.6%", 51.6),
    ]),
    ("같은 기간 수소 충전소는 390곳에서 482곳으로 92곳 늘었다. 버스·트럭 등 대형 차량이 충전할 수 있는 특화 충전소는 74곳으로 전체의 15.4%였다. 충전소가 한 곳도 없는 시·군·구는 아직 83곳에 이른다.", [
        *base("같은 기간", ("2025", "2025"), ("2024-12", "2025-12")), c("390곳", 390, "곳", opt=True), c("482곳", 482, "곳", opt=True), c("92곳", 92, "곳", opt=True),
        ch("390곳에서 482곳으로 92곳 늘었다", before=390, after=482, delta=92, unit="곳"),
        c("74곳", 74, "곳"), pc("15.4%", 15.4), c("한 곳", 1, "곳", opt=True), c("83곳", 83, "곳"),
    ]),
    ("충전소 운영 여건은 오히려 나빠졌다. 수소 판매가격은 ㎏당 평균 9900원으로 2년 전(8800원)보다 1100원 올랐지만, 충전소 한 곳의 연간 적자는 평균 1억8000만원에 이른다. 지난해 고장이나 수소 공급 차질로 문을 닫은 날은 충전소 1곳당 평균 27일이었다.", [
        per("㎏당", "㎏"), m("9900원", 9900), *base("2년 전", ("2024", "2024"), ("2023-12", "2023-12"), ("2024-01", "2024-01")),
        m("8800원", 8800), m("1100원", 1100),
        ch("9900원으로 2년 전(8800원)보다 1100원 올랐지만", before=8800, after=9900, delta=1100, unit="KRW"),
        ch("1100원 올랐지만", delta=1100, unit="KRW", opt=True),
        c("한 곳", 1, "곳", opt=True), p("연간", None, None, opt=True), m("1억8000만원", 1 * EOK + 8000 * MAN),
        p("지난해", "2025", "2025"), per("1곳당", "곳"), c("27일", 27, "일", opt=True), p("27일", None, None, opt=True),
    ]),
    ("기후부는 올해 수소 충전소 구축에 1245억원을 투입해 연말까지 충전소를 560곳으로 늘릴 계획이다. 이 가운데 대형 특화 충전소 36곳을 새로 짓는다. 충전소 운영비 지원 한도도 1곳당 연 최대 1억원에서 1억5000만원으로 높인다.", [
        p("올해", "2026", "2026"), m("1245억원", 1245 * EOK), p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True),
        c("560곳", 560, "곳", opt=True), ch("560곳으로 늘릴", after=560, unit="곳"),
        ch("560곳으로 늘릴", before=482, after=560, delta=78, unit="곳", opt=True),
        c("36곳", 36, "곳", opt=True), ch("36곳을 새로 짓는다", delta=36, unit="곳"),
        per("1곳당", "곳"), m("1억원", 1 * EOK, q="at_most"), m("1억5000만원", 1 * EOK + 5000 * MAN),
        ch("연 최대 1억원에서 1억5000만원으로 높인다", before=1 * EOK, after=1 * EOK + 5000 * MAN, unit="KRW"),
    ]),
    ("현대자동차는 지난달 선보인 넥쏘 연식변경 모델이 출시 한 달 만에 3200대 계약됐다고 밝혔다. 현대차는 올해 넥쏘 판매 목표를 1만2000대로 잡았다. 지난해 판매량(6840대)의 1.8배 수준이다.", [
        p("지난달", "2025-12", "2025-12"), p("한 달 만에", None, None, opt=True), c("한 달", 1, "달", opt=True), c("3200대", 3200, "대"),
        p("올해", "2026", "2026"), c("1만2000대", 12000, "대"), ch("1만2000대로", after=12000, unit="대", opt=True),
        p("지난해", "2025", "2025"), c("6840대", 6840, "대"), *mult("1.8배", 1.8),
        ch("1만2000대로 잡았다. 지난해 판매량(6840대)", before=6840, after=12000, unit="대", opt=True),
    ]),
    ("민간 투자도 늘고 있다. 한국가스공사와 SK이노베이션 E&S 등 13개사가 출자한 하이넷(HyNet)은 올해 상반기까지 수도권에 액화수소 충전소 12곳을 추가로 연다.", [
        c("13개사", 13, "개사"), p("올해 상반기까지", None, "2026-06"), p("올해 상반기까지", "2026-01", "2026-06", opt=True),
        c("12곳", 12, "곳", opt=True), ch("12곳을 추가로 연다", delta=12, unit="곳"),
    ]),
    ("이동훈 한국수소연합 본부장은 “충전소가 돈이 되지 않으니 민간 사업자가 들어오지 않는 악순환이 되풀이되고 있다”며 “수소 가격 안정 대책이 먼저 나와야 한다”고 말했다.", []),
]
ORG02 = [
    o("기후에너지환경부", ["기후부"]), o("현대자동차", ["현대차"]), o("한국가스공사", ["가스공사"]), o("SK이노베이션 E&S"), o("하이넷", ["HyNet"]),
    o("한국수소연합"), o("정부", opt=True),
]


def page02(paras, title):
    deck = "<br>".join(esc(t) for t in paras[:2])
    body = [esc(t) for t in paras[2:]]
    photo = ('<div class="article_photo"><span class="img"><img src="https://image.kmib.co.kr/online_image/2026/0106/2026010521391234_1.jpg" alt=""></span>'
             '<span class="caption">지난 2일 경기도 평택의 한 수소 충전소 앞에 수소차 20여 대가 충전을 기다리고 있다. 연합뉴스</span></div>')
    ad = '<div class="ad_article_in"><iframe src="https://ad.kmib.co.kr/adv/article_in_468x60.html" width="468" height="60"></iframe></div>'
    inner = "<br><br>".join(body[:3]) + f"<br><br>{photo}<br>" + "<br><br>".join(body[3:6]) + f"<br><br>{ad}<br>" + "<br><br>".join(body[6:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} - 국민일보</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="국민일보">
<meta property="og:url" content="https://www.kmib.co.kr/article/view.asp?arcid=0029104417">
<link rel="stylesheet" href="https://www.kmib.co.kr/css/article.css?v=20251201">
</head>
<body>
<div id="wrap">
<div id="header">
  <div class="top_menu"><a href="https://www.kmib.co.kr" class="logo">국민일보</a>
    <div class="today_weather">오늘의 날씨 <b>서울 -3.2℃</b> 맑음 · 미세먼지 보통</div>
    <ul class="gnb"><li>뉴스</li><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>미션</li><li>라이프</li><li>오피니언</li><li>더미션</li></ul>
    <div class="util"><a>로그인</a> <a>전체메뉴</a> <a>이번주 신문</a></div></div>
</div>
<div id="container">
 <div class="sub_content">
  <div class="nwsti">
    <p class="sec_name">경제 &gt; 산업</p>
    <h3>{esc(title)}</h3>
    <div class="date"><span class="t11">입력:2026-01-06 04:13</span> <span class="t11">수정:2026-01-06 08:52</span></div>
    <div class="tool"><a class="btn_fb">페이스북</a> <a class="btn_kakao">카카오톡</a> <a class="btn_link">링크복사</a> <a class="btn_font">글씨 키우기</a> <a class="btn_print">프린트</a></div>
  </div>
  <div class="nws_arti">
   <div class="sub_tit">{deck}</div>
   <div id="articleBody" class="tx">
{inner}<br><br>
세종=김수연 기자 ksy@kmib.co.kr
   </div>
   <div class="copy">GoodNews paper ⓒ 국민일보(www.kmib.co.kr), 무단전재 및 수집, 재배포 및 AI학습 이용 금지</div>
   <div class="relation_news"><h4>관련기사 보기</h4><ul>
     <li>수소버스 2000대 시대…충전소는 80곳 불과</li><li>[단독] 수소 충전소 23곳 ‘휴업 중’…운영사 적자 누적</li></ul></div>
   <div class="reporter_box"><span class="name">김수연 기자</span> <a>기자 구독</a> <span class="desc">기후·에너지 담당</span></div>
  </div>
 </div>
 <div class="aside">
  <div class="rank_news"><h4>많이 본 기사</h4><ol>
    <li>새해 첫 주 휘발유값 ℓ당 1687원…3주 연속 하락</li><li>“전기차 보조금 최대 580만원”…올해 지침 확정</li>
    <li>설 명절 KTX 예매 13일 시작</li><li>교회 성탄 예배 참석자 320만명 집계</li></ol></div>
  <div class="pick_news"><h4>에디터 픽</h4><ul><li>[투데이 포커스] 에너지 공기업 부채 206조원</li></ul></div>
 </div>
</div>
<div id="footer"><p>국민일보 | 서울특별시 영등포구 여의공원로 101 | 등록번호 서울 아00226 | 대표전화 02-781-9114</p>
<p>Copyright by KUKMINILBO All rights reserved.</p></div>
</div>
</body>
</html>
"""


article(
    name="02_hydrogen_stations_kmib_articlebody_subtit_html", ext="html", published="2026-01-06",
    title="충전소 1곳당 수소차 86대… ‘충전 대란’ 여전",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["오늘의 날씨", "서울 -3.2℃", "미세먼지 보통", "더미션", "전체메뉴", "이번주 신문", "수정:2026-01-06", "링크복사", "글씨 키우기",
               "평택의 한 수소 충전소", "수소차 20여 대", "연합뉴스", "ad.kmib.co.kr", "세종=김수연 기자", "ksy@kmib.co.kr", "GoodNews paper",
               "AI학습 이용 금지", "관련기사 보기", "수소버스 2000대", "80곳 불과", "[단독]", "23곳 ‘휴업 중’", "기자 구독", "기후·에너지 담당",
               "많이 본 기사", "1687원", "3주 연속", "580만원", "13일 시작", "320만명", "에디터 픽", "206조원", "여의공원로 101", "아00226",
               "02-781-9114", "KUKMINILBO"],
    notes=("A 국민일보-like HTML (real masthead, invented article): header with '오늘의 날씨 서울 -3.2℃' widget and menus, div.nwsti (section, "
           "h3 title, **div.date with span.t11 '입력:2026-01-06 04:13' and '수정:2026-01-06 08:52'**, tools), then div.nws_arti with the deck "
           "**div.sub_tit (two lines joined by <br>)** and the body **div#articleBody**, whose text is text nodes separated by <br><br> and which "
           "also holds a photo box (caption dated '지난 2일', figures), an ad iframe and the closing byline '세종=김수연 기자 …' (furniture); "
           "then the copyright line, 관련기사 보기 (figures), reporter box, aside (많이 본 기사, 에디터 픽 with figures), footer. published: 입력 "
           "2026-01-06 (so '지난해' = 2025, '지난달' = 2025-12, '5일' = 2026-01-05, '연말까지' = 2026-12). **Compact numerals as the paper "
           "writes them: '4만1300대', '1억8000만원', '1245억원', '9900원'.** Conventions: deck lines are body; deck '482곳… 1년 새 92곳 늘어' "
           "a gold {after, delta} count change (counts optional), '1년 새' a base (optional); '4만1300대로 보급 목표의 절반' a gold count (a level "
           "measured against a target is no change: after-change optional, '절반' optional readings); '482곳으로 늘었지만' a gold after-change; "
           "per-unit ratios ('1곳당 … 85.7대', '50대') optional (Conventions: ratios and per-unit bases are no counts); '4만1300대로 1년 "
           "전(3만7200대)보다 4100대 늘어나는' gold endpoint change with delta; '2025년까지' open start; '누적 보급 목표(8만대)' a gold count (a "
           "target); '2025년' in the report's name optional; '9900원으로 2년 전(8800원)보다 1100원 올랐지만' gold money change, '2년 전' a base "
           "(optional); '1곳당 평균 27일' a duration (optional, no date reading); '연말까지' open start to 2026-12; '560곳으로 늘릴' gold "
           "after-change; '36곳을 새로 짓는다' and '12곳을 추가로 연다' gold delta changes (counts optional; blind10's '5기를 추가로 확보'); "
           "'연 최대 1억원에서 1억5000만원으로' gold money change (first amount at_most); a target vs last year's actual ('1만2000대로 잡았다. "
           "지난해 판매량(6840대)의 1.8배') no gold change ('1.8배' optional readings), both counts gold; '13개사' gold count in 개사; '올해 "
           "상반기까지' open start to 2026-06; '한 달 만에' optional. Organisations: 기후에너지환경부 (이하 기후부), 현대자동차 (현대차), "
           "한국가스공사, SK이노베이션 E&S, 하이넷 (HyNet), 한국수소연합; 정부 optional. 이동훈 is a person."),
)


# ---------------------------------------------------------------------------
# 03 철강 수출, 경향신문-like HTML (p.content_text, div.art_photo inside div.art_body), tonnage 만t, 2026-07-22
# ---------------------------------------------------------------------------
T = 10**4  # 만t in tonnes
A03 = [
    ("올해 상반기 철강재 수출량이 1370만t으로 지난해 같은 기간보다 5.1% 줄었다. 수출액은 148억달러로 8.6% 감소했다. 미국의 40% 철강 관세와 중국산 저가 철강재 공세가 겹친 결과다.", [
        p("올해 상반기", *H1_2026), c("1370만t", 1370 * T, "t", opt=True), *base("지난해 같은 기간", H1_2025), pc("5.1%", 5.1),
        ch("1370만t으로", after=1370 * T, unit="t"), ch("5.1% 줄었다", delta=-5.1, unit="%"),
        USD("148억달러", 148 * EOK), pc("8.6%", 8.6), ch("148억달러로", after=148 * EOK, unit="USD"), ch("8.6% 감소했다", delta=-8.6, unit="%"),
        pc("40%", 40),
    ]),
    ("한국철강협회(이하 철강협회)가 21일 발표한 ‘상반기 철강 수출입 동향’에 따르면 대미 철강 수출량은 지난해 상반기 142만t에서 올해 상반기 98만t으로 44만t(31.0%) 급감했다.", [
        p("21일", "2026-07-21", "2026-07-21"), p("상반기", *H1_2026), p("지난해 상반기", *H1_2025), p("올해 상반기", *H1_2026),
        c("142만t", 142 * T, "t", opt=True), c("98만t", 98 * T, "t", opt=True), c("44만t", 44 * T, "t", opt=True), pc("31.0%", 31.0),
        ch("지난해 상반기 142만t에서 올해 상반기 98만t으로 44만t(31.0%) 급감했다", before=142 * T, after=98 * T, delta=-44 * T, unit="t"),
        ch("44만t(31.0%) 급감했다", delta=-31.0, unit="%", opt=True), ch("44만t(31.0%) 급감했다", delta=-44 * T, unit="t", opt=True),
    ]),
    ("미국이 지난해 9월 철강 관세율을 25%에서 40%로 올린 뒤 대미 수출은 빠르게 줄고 있다. 같은 기간 대미 수출액은 19억4000만달러에서 12억1000만달러로 7억3000만달러 감소했다.", [
        p("지난해 9월", "2025-09", "2025-09"), pc("25%", 25), pc("40%", 40), ch("25%에서 40%로 올린", before=25, after=40),
        ch("25%에서 40%로 올린", before=25, after=40, delta=15, opt=True),
        *base("같은 기간", H1_2026, H1_2025),
        USD("19억4000만달러", 19 * EOK + 4000 * MAN), USD("12억1000만달러", 12 * EOK + 1000 * MAN), USD("7억3000만달러", 7 * EOK + 3000 * MAN),
        ch("19억4000만달러에서 12억1000만달러로 7억3000만달러 감소했다", before=19 * EOK + 4000 * MAN, after=12 * EOK + 1000 * MAN, delta=-(7 * EOK + 3000 * MAN), unit="USD"),
    ]),
    ("반면 중국산 철강재 수입은 늘었다. 상반기 중국산 수입량은 462만t으로 1년 전보다 38만t 늘었고, 전체 철강재 수입에서 중국산이 차지하는 비중은 57.2%에서 61.8%로 4.6%포인트 높아졌다.", [
        p("상반기", *H1_2026), c("462만t", 462 * T, "t", opt=True), *base("1년 전", H1_2025, ("2025", "2025")), c("38만t", 38 * T, "t", opt=True),
        ch("462만t으로 1년 전보다 38만t 늘었고", after=462 * T, delta=38 * T, unit="t"), ch("38만t 늘었고", delta=38 * T, unit="t", opt=True),
        pc("57.2%", 57.2), pc("61.8%", 61.8), pc("4.6%포인트", 4.6), ch("57.2%에서 61.8%로 4.6%포인트 높아졌다", before=57.2, after=61.8, delta=4.6),
    ]),
    ("기업별로는 포스코의 상반기 수출량이 512만t으로 6.3% 줄었고, 현대제철은 298만t으로 9.7% 감소했다. 동국제강은 중동 수출을 늘려 수출량이 41만t에서 47만t으로 늘었다.", [
        p("상반기", *H1_2026), c("512만t", 512 * T, "t", opt=True), pc("6.3%", 6.3),
        ch("512만t으로", after=512 * T, unit="t"), ch("6.3% 줄었고", delta=-6.3, unit="%"),
        c("298만t", 298 * T, "t", opt=True), pc("9.7%", 9.7), ch("298만t으로", after=298 * T, unit="t"), ch("9.7% 감소했다", delta=-9.7, unit="%"),
        c("41만t", 41 * T, "t", opt=True), c("47만t", 47 * T, "t", opt=True), ch("41만t에서 47만t으로 늘었다", before=41 * T, after=47 * T, unit="t"),
    ]),
    ("실적 부진은 신용등급에도 반영되고 있다. 한국신용평가(한신평)는 지난 15일 현대제철의 장기 신용등급을 AA에서 AA-로 한 단계 낮췄다. 한신평은 현대제철의 올해 상각전영업이익(EBITDA)이 1조6100억원 안팎으로 지난해(2조1400억원)보다 25% 가까이 줄어들 것으로 내다봤다. 포스코홀딩스의 신용등급(AA+)과 등급 전망(안정적)은 유지했다.", [
        p("지난 15일", "2026-07-15", "2026-07-15"), c("한 단계", 1, "단계", opt=True),
        p("올해", "2026", "2026"), m("1조6100억원", 1 * JO + 6100 * EOK, q="approx"), p("지난해", "2025", "2025"), m("2조1400억원", 2 * JO + 1400 * EOK),
        pc("25%", 25),
        ch("1조6100억원 안팎으로 지난해(2조1400억원)보다 25% 가까이 줄어들", before=2 * JO + 1400 * EOK, after=1 * JO + 6100 * EOK, unit="KRW"),
        ch("25% 가까이 줄어들", delta=-25, unit="%", opt=True), ch("1조6100억원 안팎으로", after=1 * JO + 6100 * EOK, unit="KRW", opt=True),
    ]),
    ("철강협회는 하반기에도 수출 회복이 쉽지 않을 것으로 봤다. 유럽연합(EU)이 오는 10월부터 철강 세이프가드의 무관세 쿼터를 47% 줄이기로 했기 때문이다. 철강협회는 올해 연간 수출량이 2700만t을 밑돌아 2009년 이후 17년 만에 가장 적을 것으로 내다봤다.", [
        p("하반기", "2026-07", "2026-12"), p("오는 10월부터", "2026-10", None), p("오는 10월", "2026-10", "2026-10", opt=True),
        pc("47%", 47), ch("47% 줄이기로", delta=-47, unit="%", opt=True),
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        c("2700만t", 2700 * T, "t", q="at_most", opt=True), c("2700만t", 2700 * T, "t", opt=True),
        p("2009년 이후", "2009", None), p("2009년", "2009", "2009", opt=True), p("17년 만에", None, None, opt=True), c("17년", 17, "년", opt=True),
    ]),
    ("정은호 철강협회 상무는 “미국 현지 생산과 인도·중동 시장 개척으로 활로를 찾아야 한다”며 “정부가 지난 4월 내놓은 1조2000억원 규모의 철강산업 지원 대책을 서둘러 집행해야 한다”고 말했다.", [
        p("지난 4월", "2026-04", "2026-04"), m("1조2000억원", 1 * JO + 2000 * EOK),
    ]),
]
ORG03 = [
    o("한국철강협회", ["철강협회"]), o("포스코"), o("현대제철"), o("동국제강"), o("한국신용평가", ["한신평"]), o("포스코홀딩스"),
    o("유럽연합", ["EU"], opt=True), o("정부", opt=True),
]


def page03(paras, title):
    ps = [f'<p class="content_text text-l">{esc(t)}</p>' for t in paras]
    photo = ('<div class="art_photo" id="art_photo_1"><div class="art_photo_wrap"><picture><source srcset="https://img.khan.co.kr/news/2026/07/21/news-p.v1.20260721.9a1b.webp" type="image/webp">'
             '<img src="https://img.khan.co.kr/news/2026/07/21/news-p.v1.20260721.9a1b.jpg" alt=""></picture>'
             '<figcaption class="caption">전남 광양제철소 제품 부두에서 수출용 열연코일 3만t을 선적하고 있다. 포스코 제공</figcaption></div></div>')
    ad = '<div class="art_ad banner-article-middle"><div id="div-gpt-ad-1721000000000-0" style="min-width:300px;min-height:250px;"></div></div>'
    body = "\n        ".join(ps[:2] + [photo] + ps[2:5] + [ad] + ps[5:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 경향신문</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="article:section" content="경제">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body>
<div id="wrap">
 <header class="header">
  <div class="logo"><a href="https://www.khan.co.kr">경향신문</a></div>
  <nav class="gnb"><ul><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>문화</li><li>스포츠</li><li>오피니언</li><li>기후변화</li><li>경향플러스</li></ul></nav>
  <div class="weather-box"><span>서울</span> <span>흐림 27.1℃</span> <span>습도 78%</span></div>
 </header>
 <div id="container">
  <div class="article-head">
   <p class="section-name">경제 &gt; 산업·기업</p>
   <h1 class="headline">{esc(title)}</h1>
   <div class="editor"><a class="name">김하늘 기자</a> <a class="subscribe">기자 구독</a></div>
   <div class="date"><p>입력 2026.07.22 06:00</p><p>수정 2026.07.22 10:41</p></div>
   <div class="art_tools"><button>기사를 읽어드립니다</button> <span class="audio-time">Your browser does not support the audio element. 0:00 / 0:00</span> <button>글자크기 변경</button> <button>공유하기</button></div>
  </div>
  <div class="art_body" id="articleBody">
        {body}
  </div>
  <div class="art_copyright">김하늘 기자 sky@kyunghyang.com<br>ⓒ경향신문 & 경향닷컴(www.khan.co.kr), 무단전재 및 재배포 금지</div>
  <div class="art_keyword">#철강 #수출 #관세</div>
  <div class="related-news"><h3>함께 읽을 기사</h3><ul>
   <li>포스코, 2분기 영업익 5200억원…1년 새 41% 줄어</li><li>철강 빅3 상반기 설비투자 1조원 밑돌아</li></ul></div>
  <aside class="popular"><h3>많이 본 기사</h3><ol>
   <li>장마 끝나자 폭염…서울 낮 최고 35도</li><li>2분기 가계빚 1900조원 돌파</li><li>‘주 4.5일제’ 시범사업 기업 120곳 선정</li></ol></aside>
 </div>
 <footer class="footer"><p>경향신문 | 서울특별시 중구 정동길 3 | 등록번호 서울 아00032 | 대표전화 02-3701-1114</p><p>Copyright © The Kyunghyang Shinmun, All rights reserved.</p></footer>
</div>
</body>
</html>
"""


article(
    name="03_steel_exports_khan_content_text_html", ext="html", published="2026-07-22",
    title="철강 수출 상반기 1370만t…미국 관세·중국산 공세에 뒷걸음",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["경향플러스", "흐림 27.1℃", "습도 78%", "경제 > 산업·기업", "김하늘 기자", "수정 2026.07.22", "기사를 읽어드립니다",
               "Your browser does not support", "글자크기 변경", "광양제철소 제품 부두", "열연코일 3만t", "포스코 제공", "div-gpt-ad",
               "sky@kyunghyang.com", "ⓒ경향신문", "#철강", "함께 읽을 기사", "5200억원", "41% 줄어", "설비투자 1조원", "많이 본 기사",
               "35도", "1900조원", "주 4.5일제", "120곳 선정", "정동길 3", "아00032", "02-3701-1114", "The Kyunghyang Shinmun"],
    notes=("A 경향신문-like HTML (real masthead, invented article): header (menus, weather '흐림 27.1℃ 습도 78%'), div.article-head (section, "
           "h1.headline, editor, **div.date with p '입력 2026.07.22 06:00' and p '수정 2026.07.22 10:41'**, audio/tools), body = the **p.content_text** "
           "of div.art_body#articleBody, which also holds **div.art_photo** (figcaption with a tonnage figure) and a GPT ad div (furniture); "
           "byline + copyright, keywords, 함께 읽을 기사 and 많이 본 기사 (figures), footer. published: 입력 2026-07-22 ('21일' = 07-21, '지난 15일' = "
           "07-15). No deck. Compact numerals '1370만t', '148억달러', '19억4000만달러', '1조6100억원'. Conventions: **tonnage ('만t') is a measure: "
           "tonnage levels are optional counts (unit t, value in tonnes), but tonnage moves are gold changes with unit 't'** ('1370만t으로 … 5.1% "
           "줄었다' two gold changes {after: 13,700,000 t} and {delta −5.1 %}; '142만t에서 … 98만t으로 44만t(31.0%) 급감' {before, after, delta} "
           "(rate's %-change optional); '462만t으로 1년 전보다 38만t 늘었고' {after, delta}; '41만t에서 47만t으로'); '148억달러로 8.6% 감소' two "
           "gold changes; tariff rates '25%에서 40%로' a %-level change (no unit); '57.2%에서 61.8%로 4.6%포인트' %-level change; **credit grades "
           "'AA', 'AA-', 'AA+' are no figures**, '한 단계' optional; '1조6100억원 안팎으로 지난해(2조1400억원)보다 25% 가까이 줄어들' a forecast "
           "with both endpoints and a change verb in one clause: gold endpoint change (the rate's %-change optional; '25%' a gold percentage, "
           "money '안팎' approx); '쿼터를 47% 줄이기로' a cut of unstated base (percentage gold, %-change optional, as the seed's '20% 감축'); "
           "'2700만t을 밑돌아' optional (a measure); '2009년 이후' open-ended from 2009 (a date directly before 이후, blind9), '17년 만에' optional; "
           "'‘상반기 철강 수출입 동향’' the named half-year in the report's name is gold (blind10's report-name rule); '같은 기간', '1년 전', "
           "'지난해 같은 기간' bases optional; '연간' optional; 'EBITDA' no figure. Organisations: 한국철강협회 (이하 철강협회), 포스코, 현대제철, "
           "동국제강, 한국신용평가 (한신평), 포스코홀딩스; 유럽연합(EU) and 정부 optional; 미국, 중국 countries. 정은호 is a person."),
)


# ---------------------------------------------------------------------------
# 04 농산물 직거래 매출, 지역 농협 홈페이지 '농협소식' board page dump with '●' bullets, 2026-11-03
# ---------------------------------------------------------------------------
A04 = [
    ("남원농협(조합장 이상철)은 로컬푸드직매장과 온라인 직거래몰을 통한 농산물 직거래 매출이 올해 1~10월 누적 268억원으로 지난해 같은 기간(214억원)보다 25.2% 늘었다고 3일 밝혔다.", [
        p("올해 1~10월", "2026-01", "2026-10"), m("268억원", 268 * EOK), *base("지난해 같은 기간", ("2025-01", "2025-10")), m("214억원", 214 * EOK),
        ch("268억원으로 지난해 같은 기간(214억원)보다 25.2% 늘었다", before=214 * EOK, after=268 * EOK, unit="KRW"),
        pc("25.2%", 25.2), ch("25.2% 늘었다", delta=25.2, unit="%", opt=True), p("3일", "2026-11-03", "2026-11-03"),
    ]),
    ("● 로컬푸드직매장: 도통점·향교점·춘향점 등 직매장 3곳의 10월 매출은 31억 4,000만원으로 2019년 1호점 개장 이후 처음으로 월 30억원을 넘어섰다. 하루 평균 방문객은 4,870명이었다.", [
        c("3곳", 3, "곳"), p("10월", "2026-10", "2026-10"), m("31억 4,000만원", 31 * EOK + 4000 * MAN),
        ch("31억 4,000만원으로", after=31 * EOK + 4000 * MAN, unit="KRW", opt=True),
        p("2019년 1호점 개장 이후", "2019", "2019"), p("2019년 1호점 개장 이후", "2019", None, opt=True), c("1호점", 1, "호점", opt=True),
        m("30억원", 30 * EOK, q="at_least"), ch("월 30억원을 넘어섰다", after=30 * EOK, unit="KRW", opt=True),
        p("하루", None, None, opt=True), c("4,870명", 4870, "명"),
    ]),
    ("● 출하 농업인: 직매장에 농산물을 내는 출하 농업인은 지난해 말 612명에서 현재 745명으로 133명 늘었다. 1인당 평균 출하액은 2,870만원이며, 출하액이 5,000만원을 넘는 농업인도 94명에 이른다.", [
        *month_end("지난해 말", "2025-12"), p("현재", None, None, opt=True),
        c("612명", 612, "명", opt=True), c("745명", 745, "명", opt=True), c("133명", 133, "명", opt=True),
        ch("지난해 말 612명에서 현재 745명으로 133명 늘었다", before=612, after=745, delta=133, unit="명"),
        per("1인당", "인"), m("2,870만원", 2870 * MAN), m("5,000만원", 5000 * MAN, q="at_least"), c("94명", 94, "명"),
    ]),
    ("● 온라인 직거래몰: 지난 3월 문을 연 ‘남원농협 온라인장터’의 매출은 8개월 만에 42억 7,000만원을 기록했다. 회원은 2만 3,600명으로, 이 가운데 수도권 소비자가 64.3%를 차지했다. 품목별로는 추어탕 밀키트(6억 1,000만원), 지리산 포도(4억 8,000만원), 유기농 쌀(3억 9,000만원) 순으로 많이 팔렸다.", [
        p("지난 3월", "2026-03", "2026-03"), p("8개월 만에", None, None, opt=True), c("8개월", 8, "개월", opt=True),
        m("42억 7,000만원", 42 * EOK + 7000 * MAN), c("2만 3,600명", 23600, "명"), pc("64.3%", 64.3),
        m("6억 1,000만원", 6 * EOK + 1000 * MAN), m("4억 8,000만원", 4 * EOK + 8000 * MAN), m("3억 9,000만원", 3 * EOK + 9000 * MAN),
    ]),
    ("● 농가 수취가격: 직매장 출하 농산물의 농가 수취가격은 도매시장에 출하할 때보다 평균 27.5% 높았다. 농협은 판매 수수료율을 15%에서 12%로 3%포인트 내려 농가 몫을 늘렸다.", [
        pc("27.5%", 27.5), ch("27.5% 높았다", delta=27.5, unit="%", opt=True),
        pc("15%", 15), pc("12%", 12), pc("3%포인트", 3), ch("15%에서 12%로 3%포인트 내려", before=15, after=12, delta=-3),
    ]),
    ("● 공공급식: 남원시와 맺은 공공급식 협약으로 관내 초·중·고교 38곳과 어린이집 52곳에 친환경 농산물을 공급해 올해 18억 2,000만원의 매출을 올렸다. 내년에는 공공기관 구내식당 6곳을 공급처에 새로 추가한다.", [
        c("38곳", 38, "곳"), c("52곳", 52, "곳"), p("올해", "2026", "2026"), m("18억 2,000만원", 18 * EOK + 2000 * MAN),
        p("내년", "2027", "2027"), c("6곳", 6, "곳", opt=True), ch("6곳을 공급처에 새로 추가한다", delta=6, unit="곳"),
    ]),
    ("● 향후 계획: 농협은 내년 상반기까지 사업비 24억원(국비 12억원 포함)을 들여 네 번째 직매장인 운봉점을 열고, 2028년까지 직거래 매출을 연 400억원으로 끌어올린다는 목표다.", [
        p("내년 상반기까지", None, "2027-06"), p("내년 상반기까지", "2027-01", "2027-06", opt=True), m("24억원", 24 * EOK), m("12억원", 12 * EOK),
        p("2028년까지", None, "2028"), m("400억원", 400 * EOK), ch("연 400억원으로 끌어올린다", after=400 * EOK, unit="KRW"),
    ]),
    ("이상철 조합장은 “제값을 받고 팔 수 있는 판로가 생기면서 귀농인과 고령농의 출하가 크게 늘었다”며 “조합원 실익을 최우선으로 직거래 사업을 키워 나가겠다”고 말했다.", []),
]
ORG04 = [
    o("남원농협", ["남원농업협동조합"]), o("남원시"),
    o("농협", opt=True), o("남원농협 온라인장터", ["온라인장터"], opt=True), o("로컬푸드직매장", opt=True),
]


def page04(paras, title):
    head = """남원농협  |  조합원과 함께 성장하는 행복한 농협
[로그인]  [회원가입]  [사이트맵]  [English]

인터넷뱅킹   하나로마트   로컬푸드직매장   장례식장   영농자재   주유소

■ 알림마당
  - 공지사항
  - 농협소식
  - 영농정보
  - 채용안내
  - 포토갤러리

● 2027년 영농자재 사전 예약 접수 (11.2~11.20)
● 조합원 건강검진 지원 신청 안내

홈  >  알림마당  >  농협소식

농협소식

제목  """ + title + """
작성자  기획홍보팀     작성일  2026-11-03 14:20     조회수  412
첨부파일  로컬푸드_10월_실적.hwp (84KB)

"""
    body = "\n\n".join(paras)
    tail = """

목록

이전글  2026년 조합원 자녀 장학금 1억 2,000만원 전달  (2026-10-28)
다음글  벼 수매가 40㎏ 조곡 6만 8,000원 확정…지난해보다 3,000원 올라  (2026-11-05)

● 오늘의 농산물 시세 (남원 공판장, 11월 3일 오전 10시 기준)
● 배추(10㎏) 1만 2,300원   ● 무(20㎏) 1만 8,900원   ● 사과(부사 10㎏) 4만 7,000원

남원 날씨  맑음 14.2℃   미세먼지 좋음

개인정보처리방침  |  이메일무단수집거부  |  찾아오시는 길
남원농협  전북특별자치도 남원시 용성로 151  대표전화 063-630-1114  팩스 063-630-1199
사업자등록번호 407-82-00123   Copyright (c) 남원농협. All rights reserved.
"""
    return head + body + tail


article(
    name="04_farm_direct_sales_nonghyup_board_bullets_dump", ext="txt", published="2026-11-03",
    title="로컬푸드직매장 10월 매출 31억원 돌파…직거래 농가 소득 늘어",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["조합원과 함께 성장하는 행복한 농협", "[사이트맵]", "인터넷뱅킹", "장례식장", "■ 알림마당", "채용안내", "포토갤러리", "영농자재 사전 예약",
               "11.2~11.20", "건강검진", "홈  >  알림마당", "작성자  기획홍보팀", "작성일", "조회수  412", "첨부파일", "84KB", "이전글",
               "1억 2,000만원 전달", "2026-10-28", "다음글", "6만 8,000원", "3,000원 올라", "오늘의 농산물 시세", "11월 3일 오전 10시 기준",
               "1만 2,300원", "1만 8,900원", "4만 7,000원", "남원 날씨", "14.2℃", "미세먼지 좋음", "개인정보처리방침", "용성로 151",
               "063-630-1114", "407-82-00123", "Copyright (c) 남원농협"],
    notes=("A regional 농협 homepage board page dump (남원농협 '알림마당 > 농협소식'; real co-op name, invented post): site header, menus, a "
           "side menu with **'●' notice bullets**, breadcrumb, board name, a **'제목' line with the title, '작성자 … 작성일 2026-11-03 14:20 … "
           "조회수 412'**, 첨부파일, then the post (a lead paragraph, six **'● 항목: …' bullet paragraphs** and a closing quote), then 목록, "
           "이전글/다음글 (figures, dates), an '● 오늘의 농산물 시세' widget **also in '●' bullets** (figures), a weather line, footer. published: "
           "작성일 (= '3일 밝혔다'). The '● ' bullet paragraphs are body with their marker (as blind10 06's □/○ paragraphs); the side-menu and "
           "시세 bullets are furniture. Conventions: '268억원으로 지난해 같은 기간(214억원)보다 25.2% 늘었다' gold endpoint change (rate's "
           "%-change optional); '올해 1~10월' one period; '2019년 1호점 개장 이후' the year 2019 (a date followed by an event and 이후; open "
           "reading optional), '1호점' an ordinal; '월 30억원을 넘어섰다' at_least money (change optional), '31억 4,000만원으로' no change "
           "(optional after reading); '지난해 말 612명에서 현재 745명으로 133명' gold count change (counts optional); '1인당' optional; "
           "'5,000만원을 넘는' at_least money; bracketed item sales '추어탕 밀키트(6억 1,000만원)' gold money; '8개월 만에' optional; '도매시장에 "
           "출하할 때보다 평균 27.5% 높았다' a comparison between channels, not a move over time (percentage gold, %-change optional); "
           "'15%에서 12%로 3%포인트' %-level change (no unit); '6곳을 공급처에 새로 추가한다' a gold delta change (count optional); '내년 "
           "상반기까지' open start to 2027-06; '연 400억원으로 끌어올린다' gold after-change; '네 번째' ordinal. Organisations: 남원농협, 남원시; "
           "'농협' (the co-op itself), the online mall and 로컬푸드직매장 optional. 이상철 is a person."),
)


# ---------------------------------------------------------------------------
# 05 외국인 관광객 카드 지출, e-mail newsletter text dump ('▶ 이번 호 목차', '구독 해지'), 2026-08-19
# ---------------------------------------------------------------------------
A05 = [
    ("올해 2분기(4~6월) 외국인 관광객이 국내에서 카드로 쓴 돈이 48억 3,000만 달러로 집계됐습니다. 1년 전(39억 9,000만 달러)보다 21.1% 늘어난 것으로, 분기 기준 역대 최대입니다.", [
        p("올해 2분기", *Q2_2026), p("4~6월", *Q2_2026, opt=True), USD("48억 3,000만 달러", 48 * EOK + 3000 * MAN),
        *base("1년 전", Q2_2025, ("2025", "2025")), USD("39억 9,000만 달러", 39 * EOK + 9000 * MAN), pc("21.1%", 21.1),
        ch("48억 3,000만 달러로 ... 1년 전(39억 9,000만 달러)보다 21.1% 늘어난", before=39 * EOK + 9000 * MAN, after=48 * EOK + 3000 * MAN, unit="USD"),
        ch("21.1% 늘어난", delta=21.1, unit="%", opt=True), ch("48억 3,000만 달러로 집계됐습니다", after=48 * EOK + 3000 * MAN, unit="USD", opt=True),
        p("분기 기준", None, None, opt=True),
    ]),
    ("한국은행과 여신금융협회 자료를 분석한 결과입니다. 국가별로는 중국인 관광객의 카드 지출이 17억 6,000만 달러로 전체의 36.4%를 차지했고, 일본(8억 2,000만 달러)과 미국(6억 5,000만 달러)이 뒤를 이었습니다. 대만 관광객 지출은 3억 1,000만 달러로 1년 새 42.5% 급증했습니다.", [
        USD("17억 6,000만 달러", 17 * EOK + 6000 * MAN), pc("36.4%", 36.4), USD("8억 2,000만 달러", 8 * EOK + 2000 * MAN), USD("6억 5,000만 달러", 6 * EOK + 5000 * MAN),
        USD("3억 1,000만 달러", 3 * EOK + 1000 * MAN), *base("1년 새", Q2_2025, ("2025", "2025")), c("1년", 1, "년", opt=True), pc("42.5%", 42.5),
        ch("3억 1,000만 달러로", after=3 * EOK + 1000 * MAN, unit="USD"), ch("1년 새 42.5% 급증했습니다", delta=42.5, unit="%"),
    ]),
    ("업종별로는 쇼핑(면세점 제외)이 22억 4,000만 달러로 가장 많았습니다. 다만 전체 지출에서 쇼핑이 차지하는 비중은 지난해 2분기 51.2%에서 46.4%로 4.8%포인트 낮아졌습니다. 숙박 지출은 7억 9,000만 달러였고, 피부과·성형외과 등 의료·미용 업종 지출은 4억 7,000만 달러로 1년 전의 두 배 가까이로 늘었습니다.", [
        USD("22억 4,000만 달러", 22 * EOK + 4000 * MAN), p("지난해 2분기", *Q2_2025), pc("51.2%", 51.2), pc("46.4%", 46.4), pc("4.8%포인트", 4.8),
        ch("지난해 2분기 51.2%에서 46.4%로 4.8%포인트 낮아졌습니다", before=51.2, after=46.4, delta=-4.8),
        USD("7억 9,000만 달러", 7 * EOK + 9000 * MAN), USD("4억 7,000만 달러", 4 * EOK + 7000 * MAN),
        ch("4억 7,000만 달러로", after=4 * EOK + 7000 * MAN, unit="USD"), *base("1년 전", Q2_2025, ("2025", "2025")), *mult("두 배", 2),
    ]),
    ("외국인 관광객 1인당 카드 지출액은 1,048달러로 1년 전보다 39달러 줄었습니다. 방한 관광객이 461만 명으로 25.6% 늘어난 데 비해 1인당 씀씀이는 오히려 작아진 셈입니다.", [
        per("1인당", "인"), USD("1,048달러", 1048), *base("1년 전", Q2_2025, ("2025", "2025")), USD("39달러", 39),
        ch("1,048달러로 1년 전보다 39달러 줄었습니다", after=1048, delta=-39, unit="USD"),
        ch("39달러 줄었습니다", delta=-39, unit="USD", opt=True), ch("1,048달러로 1년 전보다 39달러 줄었습니다", before=1087, after=1048, delta=-39, unit="USD", opt=True),
        c("461만 명", 461 * MAN, "명", opt=True), pc("25.6%", 25.6), ch("461만 명으로", after=461 * MAN, unit="명"), ch("25.6% 늘어난", delta=25.6, unit="%"),
        per("1인당", "인"),
    ]),
    ("반대로 우리 국민이 해외에서 카드로 쓴 돈은 2분기 56억 8,000만 달러로 3.2% 줄었습니다. 원·달러 환율이 1분기 평균 1,452원에서 2분기 1,487원으로 35원 오르면서 해외여행 수요가 위축됐다는 분석입니다.", [
        p("2분기", *Q2_2026), USD("56억 8,000만 달러", 56 * EOK + 8000 * MAN), pc("3.2%", 3.2),
        ch("56억 8,000만 달러로", after=56 * EOK + 8000 * MAN, unit="USD"), ch("3.2% 줄었습니다", delta=-3.2, unit="%"),
        p("1분기", *Q1_2026), m("1,452원", 1452), p("2분기", *Q2_2026), m("1,487원", 1487), m("35원", 35),
        ch("1분기 평균 1,452원에서 2분기 1,487원으로 35원 오르면서", before=1452, after=1487, delta=35, unit="KRW"),
    ]),
    ("해외 카드 사용액이 줄었는데도 트래블카드 결제는 늘었습니다. 하나카드·신한카드·KB국민카드 등 6개 카드사의 트래블카드 해외 결제액은 2분기 21억 5,000만 달러로 1분기보다 9.8% 증가했습니다. 트래블카드 발급 건수는 6월 말 기준 1,820만 건을 넘어섰습니다.", [
        c("6개", 6, "개"), p("2분기", *Q2_2026), USD("21억 5,000만 달러", 21 * EOK + 5000 * MAN), p("1분기", *Q1_2026), pc("9.8%", 9.8),
        ch("21억 5,000만 달러로", after=21 * EOK + 5000 * MAN, unit="USD"), ch("1분기보다 9.8% 증가했습니다", delta=9.8, unit="%"),
        *month_end("6월 말 기준", "2026-06"), c("1,820만 건", 1820 * MAN, "건", q="at_least"),
        ch("1,820만 건을 넘어섰습니다", after=1820 * MAN, unit="건", opt=True),
    ]),
    ("한국관광공사는 중국 단체관광객 무비자 입국 기간이 연장되면 3분기 외국인 카드 지출이 55억 달러를 넘어설 것으로 내다봤습니다. 올해 방한 외국인 관광객 목표는 2,000만 명입니다.", [
        p("3분기", "2026-07", "2026-09"), USD("55억 달러", 55 * EOK, q="at_least"), ch("55억 달러를 넘어설", after=55 * EOK, unit="USD", opt=True),
        p("올해", "2026", "2026"), c("2,000만 명", 2000 * MAN, "명"),
    ]),
]
ORG05 = [
    o("한국은행", ["한은"]), o("여신금융협회", ["여신협회"]), o("하나카드"), o("신한카드"), o("KB국민카드"), o("한국관광공사", ["관광공사"]),
]


def page05(paras, title):
    head = """보낸사람: 트래블머니 레터 <letter@travelmoney.kr>
받는사람: 구독자님 <me@example.com>
날짜: 2026년 8월 19일 (수) 오전 7:00
제목: [트래블머니 레터 #87] 외국인 카드 지출 48억 달러, 역대 최대

이메일이 잘 보이지 않으면 웹에서 보기 ›

TRAVEL MONEY LETTER  |  제87호  |  2026.08.19

안녕하세요, 구독자님! 트래블머니 레터 에디터 서하윤입니다.
여름휴가는 다녀오셨나요? 이번 호에서는 2분기 외국인 관광객의 카드 지출을 숫자로 정리했습니다.

▶ 이번 호 목차
  1. [이번 주 숫자] 외국인 관광객 카드 지출 2분기 48억 달러
  2. [짧은 소식] 면세점·크루즈·항공권
  3. [에디터의 추천] 환전 수수료 아끼는 법

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
1. [이번 주 숫자]
""" + title + """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

"""
    body = "\n\n".join(paras)
    tail = """

글 · 서하윤 에디터  |  자료: 한국은행, 여신금융협회 (2026년 8월 집계)

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
2. [짧은 소식]
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
· 7월 면세점 매출 1조 1,200억원…전월보다 4.1% 증가
· 제주 크루즈 관광객 상반기 62만 명, 지난해의 1.5배
· 9월 국제선 유류할증료 최대 8만 4,000원으로 내려

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
3. [에디터의 추천]
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
환전 수수료 90% 우대받는 세 가지 방법 ›  (읽는 데 3분)

이 레터가 유익했다면 친구에게 추천해 주세요 ›  추천 링크 공유하기

────────────────────────────
본 메일은 트래블머니 레터 구독을 신청하신 분께 발송되는 발신 전용 메일입니다.
더 이상 받지 않으시려면 [구독 해지]를 눌러 주세요.  |  수신 설정 변경
(주)트래블데이터랩  |  서울특별시 마포구 월드컵북로 396, 12층  |  대표 정민재  |  사업자등록번호 105-87-12345
© 2026 TravelDataLab Inc. All rights reserved.
"""
    return head + body + tail


article(
    name="05_foreign_card_spending_email_newsletter_dump", ext="txt", published="2026-08-19",
    title="외국인 관광객 카드 지출 2분기 48억 달러…1년 새 21% 늘어",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["보낸사람", "letter@travelmoney.kr", "받는사람", "me@example.com", "트래블머니 레터 #87", "웹에서 보기", "TRAVEL MONEY LETTER",
               "제87호", "안녕하세요, 구독자님", "에디터 서하윤", "여름휴가는 다녀오셨나요", "▶ 이번 호 목차", "[이번 주 숫자]", "[짧은 소식]",
               "[에디터의 추천]", "글 · 서하윤 에디터", "2026년 8월 집계", "1조 1,200억원", "4.1% 증가", "62만 명", "1.5배", "8만 4,000원",
               "90% 우대", "읽는 데 3분", "친구에게 추천", "발신 전용", "구독 해지", "수신 설정 변경", "트래블데이터랩", "월드컵북로 396",
               "정민재", "105-87-12345", "TravelDataLab"],
    notes=("An e-mail newsletter text dump (트래블머니 레터 #87 of the invented (주)트래블데이터랩): mail headers **'날짜: 2026년 8월 19일 (수) "
           "오전 7:00'**, '웹에서 보기', masthead 'TRAVEL MONEY LETTER | 제87호 | 2026.08.19', the editor's greeting, **'▶ 이번 호 목차'** (three "
           "items), then section 1 '[이번 주 숫자]' with the story's title between ━ rules and its paragraphs (polite -습니다 style), the "
           "credit line '글 · 서하윤 에디터 | 자료: …', section 2 '[짧은 소식]' (other stories with figures — furniture), section 3 (a "
           "recommendation), sharing prompt, **'구독 해지'** footer with the company address. The article is section 1: title = its heading, "
           "body = its paragraphs; greeting, 목차, credit line, other sections and footer are furniture. published: the send date 2026-08-19 "
           "(= masthead date). Conventions: '올해 2분기(4~6월)': '올해 2분기' gold 2026-04..06, **the bracketed restatement '4~6월' optional** "
           "(the same period written twice); '48억 3,000만 달러로 집계됐습니다. 1년 전(39억 9,000만 달러)보다 21.1% 늘어난' a gold endpoint change "
           "across two sentences (rate's %-change optional); '1년 전', '1년 새' bases optional; bracketed country amounts gold money; '3억 "
           "1,000만 달러로 1년 새 42.5% 급증' two gold changes; '지난해 2분기 51.2%에서 46.4%로 4.8%포인트' %-level change; '4억 7,000만 달러로 "
           "1년 전의 두 배 가까이로' a gold after-change ('두 배' optional readings); '1,048달러로 1년 전보다 39달러 줄었습니다' {after, delta} in "
           "USD; '461만 명으로 25.6% 늘어난' two gold changes (count level optional); an exchange rate '1,452원에서 … 1,487원으로 35원' is an "
           "amount of money: gold money and a gold KRW change; '1분기보다 9.8% 증가' two gold changes, the named quarter used as a base gold "
           "(blind10's named half-year rule); '6개 카드사' gold count in 개; '1,820만 건을 넘어섰습니다' at_least count (change optional); "
           "'55억 달러를 넘어설' at_least money (change optional); '2,000만 명' a target, gold count; '1인당', '분기 기준' optional. "
           "Organisations: 한국은행, 여신금융협회, 하나카드, 신한카드, KB국민카드, 한국관광공사; 중국, 일본, 미국, 대만 are countries."),
)


# ---------------------------------------------------------------------------
# 06 인터넷은행 중·저신용자 대출, 금융위원회 Q&A 보도설명자료 text dump ('【 설명 】' sections), 2026-06-09
# ---------------------------------------------------------------------------
A06 = [
    ("○ 2026.6.8.(월) 일부 언론은 인터넷전문은행 3사의 올해 1분기 중·저신용자 대출 비중이 목표치(30%)를 밑돌았고, 중·저신용자 대출 잔액도 지난해 말보다 4,000억원 줄었다고 보도하였습니다.", [
        p("2026.6.8.(월)", "2026-06-08", "2026-06-08"), c("3사", 3, "사"), p("올해 1분기", *Q1_2026), pc("30%", 30),
        *month_end("지난해 말", "2025-12"), m("4,000억원", 4000 * EOK), ch("지난해 말보다 4,000억원 줄었다", delta=-4000 * EOK, unit="KRW"),
    ]),
    ("□ 이와 관련하여 주요 내용을 문답 형식으로 설명드립니다.", []),
    ("Q1. 인터넷전문은행의 중·저신용자 대출 비중이 목표에 미달했나요?", []),
    ("○ 인터넷전문은행의 중·저신용자 대출 비중 목표(30% 이상)는 2024년부터 분기 말 잔액이 아닌 분기 중 평균 잔액을 기준으로 산정하고 있습니다.", [
        pc("30%", 30), p("2024년부터", "2024", None), p("분기 말", None, None, opt=True), p("분기 중", None, None, opt=True),
    ]),
    ("○ 평균 잔액 기준 올해 1분기 중·저신용자 대출 비중은 카카오뱅크 32.4%, 케이뱅크 33.1%, 토스뱅크 35.6%로 3사 모두 목표를 웃돌았습니다. 분기 말 잔액 기준으로는 카카오뱅크가 29.8%로 목표에 0.2%포인트 못 미쳤으나, 이는 3월 말 고신용자 대출의 일시적 증가에 따른 것입니다.", [
        p("올해 1분기", *Q1_2026), pc("32.4%", 32.4), pc("33.1%", 33.1), pc("35.6%", 35.6), c("3사", 3, "사"),
        p("분기 말", None, None, opt=True), pc("29.8%", 29.8), pc("0.2%포인트", 0.2),
        ch("0.2%포인트 못 미쳤으나", delta=-0.2, opt=True), ch("0.2%포인트 못 미쳤으나", delta=-0.2, unit="%p", opt=True),
        ch("29.8%로", after=29.8, opt=True), *month_end("3월 말", "2026-03"),
    ]),
    ("Q2. 중·저신용자 대출 잔액이 줄어든 것은 사실인가요?", []),
    ("○ 3사의 중·저신용자 대출 잔액은 올해 3월 말 기준 14조 2,000억원으로 지난해 말(14조 6,000억원)보다 4,000억원 감소하였습니다.", [
        c("3사", 3, "사"), *month_end("올해 3월 말 기준", "2026-03"), m("14조 2,000억원", 14 * JO + 2000 * EOK),
        *month_end("지난해 말", "2025-12"), m("14조 6,000억원", 14 * JO + 6000 * EOK), m("4,000억원", 4000 * EOK),
        ch("14조 2,000억원으로 지난해 말(14조 6,000억원)보다 4,000억원 감소하였습니다", before=14 * JO + 6000 * EOK, after=14 * JO + 2000 * EOK, delta=-4000 * EOK, unit="KRW"),
        ch("4,000억원 감소하였습니다", delta=-4000 * EOK, unit="KRW", opt=True),
    ]),
    ("○ 다만 같은 기간 신규 취급액은 2조 3,000억원으로 1년 전 같은 기간(1조 8,000억원)보다 27.8% 늘었습니다. 잔액 감소는 지난해 4분기에 취급한 대출의 조기 상환이 몰린 데 따른 것입니다.", [
        *base("같은 기간", Q1_2026), m("2조 3,000억원", 2 * JO + 3000 * EOK), *base("1년 전 같은 기간", ("2025-01", "2025-03")),
        m("1조 8,000억원", 1 * JO + 8000 * EOK), pc("27.8%", 27.8),
        ch("2조 3,000억원으로 1년 전 같은 기간(1조 8,000억원)보다 27.8% 늘었습니다", before=1 * JO + 8000 * EOK, after=2 * JO + 3000 * EOK, unit="KRW"),
        ch("27.8% 늘었습니다", delta=27.8, unit="%", opt=True), p("지난해 4분기", "2025-10", "2025-12"),
    ]),
    ("Q3. 인터넷전문은행의 주택담보대출이 빠르게 늘고 있다는 지적이 있는데요?", []),
    ("○ 인터넷전문은행의 주택담보대출(전세대출 포함) 잔액은 3월 말 38조 7,000억원으로 1년 전보다 12.4% 증가하였습니다. 같은 기간 은행권 전체 주택담보대출 증가율(4.6%)의 약 2.7배 수준입니다.", [
        *month_end("3월 말", "2026-03"), m("38조 7,000억원", 38 * JO + 7000 * EOK), *base("1년 전", ("2025-03", "2025-03")), pc("12.4%", 12.4),
        ch("38조 7,000억원으로", after=38 * JO + 7000 * EOK, unit="KRW"), ch("1년 전보다 12.4% 증가하였습니다", delta=12.4, unit="%"),
        *base("같은 기간", ("2025-03", "2026-03")), pc("4.6%", 4.6), ch("증가율(4.6%)", delta=4.6, unit="%"), *mult("2.7배", 2.7),
    ]),
    ("○ 금융위원회와 금융감독원은 인터넷전문은행에 올해 가계대출 증가율을 5% 이내로 관리하도록 요청하였으며, 오는 7월부터 주택담보대출 비중이 높은 은행에는 스트레스 DSR 가산금리를 0.75%포인트에서 1.5%포인트로 높여 적용할 예정입니다.", [
        p("올해", "2026", "2026"), pc("5%", 5), ch("5% 이내로", delta=5, unit="%", opt=True), ch("5% 이내로", after=5, opt=True),
        p("오는 7월부터", "2026-07", None), p("오는 7월", "2026-07", "2026-07", opt=True),
        pc("0.75%포인트", 0.75), pc("1.5%포인트", 1.5), ch("0.75%포인트에서 1.5%포인트로 높여", before=0.75, after=1.5),
        ch("0.75%포인트에서 1.5%포인트로 높여", before=0.75, after=1.5, delta=0.75, opt=True),
    ]),
    ("Q4. 앞으로 중·저신용자 대출은 얼마나 공급되나요?", []),
    ("○ 인터넷전문은행들은 올해 중·저신용자에게 모두 9조원 이상의 신규 대출을 공급할 계획입니다. 이는 지난해 공급 실적(7조 8,000억원)보다 1조 2,000억원 이상 많은 규모입니다.", [
        p("올해", "2026", "2026"), m("9조원 이상", 9 * JO, q="at_least"), p("지난해", "2025", "2025"), m("7조 8,000억원", 7 * JO + 8000 * EOK),
        m("1조 2,000억원 이상", 1 * JO + 2000 * EOK, q="at_least"),
        ch("9조원 이상 ... 지난해 공급 실적(7조 8,000억원)보다 1조 2,000억원 이상 많은", before=7 * JO + 8000 * EOK, after=9 * JO, delta=1 * JO + 2000 * EOK, unit="KRW"),
        ch("지난해 공급 실적(7조 8,000억원)보다 1조 2,000억원 이상 많은", before=7 * JO + 8000 * EOK, delta=1 * JO + 2000 * EOK, unit="KRW", opt=True),
        ch("1조 2,000억원 이상 많은", delta=1 * JO + 2000 * EOK, unit="KRW", opt=True),
    ]),
    ("○ 금융위원회는 오는 3분기 중 중·저신용자 대출 비중 산정 기준을 보완하고, 개인사업자 대출을 산정 대상에 포함하는 방안도 검토할 예정입니다.", [
        p("오는 3분기 중", "2026-07", "2026-09"),
    ]),
]
ORG06 = [
    o("금융위원회", ["금융위"]), o("금융감독원", ["금감원"]), o("카카오뱅크"), o("케이뱅크"), o("토스뱅크"),
    o("인터넷전문은행", ["인터넷은행"], opt=True), o("은행권", opt=True),
]


def page06(paras, title):
    head = """보도설명자료
                                                          금융위원회
                                                FINANCIAL SERVICES COMMISSION
국민에게 신뢰받는 금융, 함께 성장하는 금융

보도 일시   2026. 6. 9.(화) 즉시 보도 가능          배포 일시   2026. 6. 9.(화) 11:00
담당 부서   금융위원회 은행과       책임자   과  장   문지현 (02-2100-2950)
<총괄>                               담당자   사무관   백승우 (02-2100-2953)
담당 부서   금융감독원 은행감독국   책임자   국  장   한정민 (02-3145-8020)
<공동>                               담당자   팀  장   노은채 (02-3145-8036)

""" + title + """

【 기사 내용 】
"""
    sections = []
    for t in paras:
        if t.startswith("□ 이와 관련"):
            sections.append("\n【 설명 내용 】\n" + t)
        elif t.startswith("Q"):
            sections.append("\n" + t + "\n【 설명 】")
        else:
            sections.append(t)
    body = "\n".join(sections)
    tail = """

※ 붙임 : 인터넷전문은행별 중·저신용자 대출 비중 추이 (평균잔액 기준, %)

  구  분       '25.1Q    '25.2Q    '25.3Q    '25.4Q    '26.1Q
  카카오뱅크    31.2      31.6      32.0      32.1      32.4
  케이뱅크      32.5      32.8      33.4      33.0      33.1
  토스뱅크      34.8      35.1      35.3      35.9      35.6

본 자료를 인용 보도할 경우 출처를 표기해 주십시오.
www.fsc.go.kr                     금융위원회 대변인실  02-2100-2990
공공누리 제1유형 : 출처표시
"""
    return head + body + tail


article(
    name="06_internet_bank_loans_fsc_qa_explanation_dump", ext="txt", published="2026-06-09",
    title="인터넷전문은행 중·저신용자 대출 비중, 평균잔액 기준 3사 모두 목표 충족",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["FINANCIAL SERVICES COMMISSION", "국민에게 신뢰받는 금융", "보도 일시", "즉시 보도 가능", "배포 일시", "담당 부서", "은행과", "문지현",
               "02-2100-2950", "백승우", "02-2100-2953", "은행감독국", "한정민", "02-3145-8020", "노은채", "02-3145-8036", "【 기사 내용 】",
               "【 설명 내용 】", "【 설명 】", "※ 붙임", "평균잔액 기준, %", "'25.1Q", "31.2      31.6", "34.8      35.1", "인용 보도할 경우",
               "www.fsc.go.kr", "대변인실", "02-2100-2990", "공공누리"],
    notes=("A 금융위원회 Q&A 보도설명자료 text dump (real agencies, invented content): '보도설명자료' heading, agency names, slogan, **'보도 일시 "
           "2026. 6. 9.(화) 즉시 보도 가능 / 배포 일시 2026. 6. 9.(화) 11:00'**, 담당 부서 with names and phones (총괄/공동), the title, then "
           "**'【 기사 내용 】'** (one ○ paragraph summarising the press report), **'【 설명 내용 】'** with a □ line, and four Q&A blocks: a "
           "'Q1. …?' line followed by **'【 설명 】'** and ○ answer paragraphs; then '※ 붙임' with a quarterly table (figures), citation note, "
           "URL/대변인실 phone, 공공누리. The body is the ○/□ paragraphs and the Q lines (the document's text, including the ○ summary of the "
           "press report); the bracketed section labels ('【 기사 내용 】', '【 설명 내용 】', '【 설명 】') are labels, not body; the 붙임 table is "
           "furniture. published: 보도 일시 2026-06-09. Conventions: '2026.6.8.(월)' a gold date 2026-06-08; '3사' a gold count (unit 사) each "
           "time it counts the banks; '목표치(30%)', '(30% 이상)' gold percentages; '지난해 말보다 4,000억원 줄었다' a gold delta change; "
           "'2024년부터' open-ended; '분기 말', '분기 중' optional; the shortfall '목표에 0.2%포인트 못 미쳤으나' is a gap, not a move "
           "(percentage gold, change readings optional); '3월 말 (기준)' 2026-03; '14조 2,000억원으로 지난해 말(14조 6,000억원)보다 4,000억원 "
           "감소' endpoint change with delta; '2조 3,000억원으로 1년 전 같은 기간(1조 8,000억원)보다 27.8% 늘었습니다' endpoint change (rate "
           "optional); '지난해 4분기' 2025-10..12; '38조 7,000억원으로 1년 전보다 12.4% 증가' two gold changes; the bracketed growth rate of "
           "the whole banking sector '증가율(4.6%)' a gold %-change (blind8/blind10 05), '2.7배' optional readings; a cap '5% 이내로 관리' "
           "percentage gold, change optional; '0.75%포인트에서 1.5%포인트로' a level in %p moving: gold {before, after} without unit; '9조원 "
           "이상 … 지난해 공급 실적(7조 8,000억원)보다 1조 2,000억원 이상 많은' a planned amount vs last year with a written delta across two "
           "sentences: gold endpoint change (blind10 02), amounts at_least; '오는 7월부터' open-ended from 2026-07; '오는 3분기 중' 2026-07..09. "
           "Organisations: 금융위원회, 금융감독원, 카카오뱅크, 케이뱅크, 토스뱅크; 인터넷전문은행 (a sector) and 은행권 optional. No person in the "
           "body."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
