#!/usr/bin/env python3
"""The eval/blind17 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind17/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


AGE = lambda t, v: c(t, v, "세", opt=True)


def mult(text, factor):
    """A multiple or fraction ('두 배', '2.9배', '절반', '3분의 1'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def monthend(text, ym, last):
    """'N월 말 (기준)', '지난해 말': gold month, the last day and the open-start readings optional."""
    return [p(text, ym, ym), p(text, f"{ym}-{last}", f"{ym}-{last}", opt=True), p(text, None, ym, opt=True)]


def this_year_within(text, year):
    """'올해 안에': gold year (the date word 올해), the by-the-end readings optional (like '연내')."""
    return [p(text, year, year), p(text, None, year, opt=True), p(text, None, f"{year}-12", opt=True)]


# ---------------------------------------------------------------------------
# 01 공동주택 공시가격, Daum-like portal HTML (div.article_view, span.num_date), 2026-03-18
# ---------------------------------------------------------------------------
A01 = [
    ("올해 전국 공동주택 공시가격이 지난해보다 평균 4.7% 오른다. 서울은 9.1% 올라 2021년 이후 5년 만에 가장 큰 폭으로 상승했다.", [
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"), pc("4.7%", 4.7), ch("지난해보다 평균 4.7% 오른다", delta=4.7, unit="%"),
        pc("9.1%", 9.1), ch("9.1% 올라", delta=9.1, unit="%"),
        p("2021년 이후", "2021", None), p("2021년", "2021", "2021", opt=True), p("5년 만에", None, None, opt=True), c("5년", 5, "년", opt=True),
    ]),
    ("국토교통부(이하 국토부)는 전국 공동주택 1,585만 호의 올해 1월 1일 기준 공시가격(안)을 19일부터 열람할 수 있다고 18일 밝혔다. 공시가격은 보유세와 건강보험료, 기초연금 등 67개 행정제도의 기준으로 쓰인다.", [
        c("1,585만 호", 1585 * MAN, "호"), p("올해 1월 1일 기준", "2026-01-01", "2026-01-01"), p("올해", "2026", "2026", opt=True),
        p("19일부터", "2026-03-19", None), p("19일", "2026-03-19", "2026-03-19", opt=True), p("18일", "2026-03-18", "2026-03-18"),
        c("67개", 67, "개"),
    ]),
    ("시세 대비 공시가격 비율인 현실화율은 지난해와 같은 69%로 묶였다. 정부는 지난 2023년부터 현실화율을 2020년 수준으로 되돌려 유지하고 있다.", [
        p("지난해", "2025", "2025"), pc("69%", 69), ch("69%로 묶였다", after=69, opt=True), ch("지난해와 같은 69%로", before=69, after=69, delta=0, opt=True),
        p("지난 2023년부터", "2023", None), p("2023년", "2023", "2023", opt=True), p("2020년", "2020", "2020"),
    ]),
    ("시도별로는 서울이 9.1%로 가장 많이 올랐고 경기(3.8%)와 세종(3.2%)이 뒤를 이었다. 반면 대구(-2.4%)와 부산(-1.1%) 등 7개 시도는 내렸다.", [
        pc("9.1%", 9.1), ch("서울이 9.1%로 가장 많이 올랐고", delta=9.1, unit="%"),
        pc("3.8%", 3.8), ch("경기(3.8%)", delta=3.8, unit="%"), pc("3.2%", 3.2), ch("세종(3.2%)", delta=3.2, unit="%"),
        pc("-2.4%", -2.4), ch("대구(-2.4%)", delta=-2.4, unit="%"), pc("-1.1%", -1.1), ch("부산(-1.1%)", delta=-1.1, unit="%"),
        c("7개", 7, "개"),
    ]),
    ("서울 자치구별로는 성동구가 15.6%로 상승률이 가장 높았고 강남구(13.2%)와 송파구(12.7%)가 뒤를 이었다. 서울 아파트 평균 공시가격은 4억 8,200만원에서 5억 2,600만원으로 4,400만원 올랐다.", [
        pc("15.6%", 15.6), ch("성동구가 15.6%로 상승률이", delta=15.6, unit="%"),
        pc("13.2%", 13.2), ch("강남구(13.2%)", delta=13.2, unit="%"), pc("12.7%", 12.7), ch("송파구(12.7%)", delta=12.7, unit="%"),
        m("4억 8,200만원", 4 * EOK + 8200 * MAN), m("5억 2,600만원", 5 * EOK + 2600 * MAN), m("4,400만원", 4400 * MAN),
        ch("4억 8,200만원에서 5억 2,600만원으로 4,400만원 올랐다", before=4 * EOK + 8200 * MAN, after=5 * EOK + 2600 * MAN, delta=4400 * MAN, unit="KRW"),
    ]),
    ("세 부담도 커진다. 신한은행 WM컨설팅센터의 모의계산 결과 공시가격이 12억원에서 13억 1,000만원으로 오른 서울 마포구 전용 84㎡ 아파트를 가진 1주택자의 보유세는 지난해 312만원에서 올해 356만원으로 44만원 늘어난다.", [
        m("12억원", 12 * EOK), m("13억 1,000만원", 13 * EOK + 1000 * MAN),
        ch("12억원에서 13억 1,000만원으로 오른", before=12 * EOK, after=13 * EOK + 1000 * MAN, unit="KRW"),
        c("84㎡", 84, "㎡", opt=True), c("1주택자", 1, "주택", opt=True), c("1주택자", 1, "주택자", opt=True),
        p("지난해", "2025", "2025"), m("312만원", 312 * MAN), p("올해", "2026", "2026"), m("356만원", 356 * MAN), m("44만원", 44 * MAN),
        ch("지난해 312만원에서 올해 356만원으로 44만원 늘어난다", before=312 * MAN, after=356 * MAN, delta=44 * MAN, unit="KRW"),
    ]),
    ("공시가격이 9억원을 넘는 공동주택은 지난해 38만 2,000호에서 올해 46만 5,000호로 8만 3,000호 늘었다. 이 가운데 92.4%가 서울에 있다.", [
        m("9억원", 9 * EOK, q="at_least"), p("지난해", "2025", "2025"), c("38만 2,000호", 38 * MAN + 2000, "호", opt=True),
        p("올해", "2026", "2026"), c("46만 5,000호", 46 * MAN + 5000, "호", opt=True), c("8만 3,000호", 8 * MAN + 3000, "호", opt=True),
        ch("지난해 38만 2,000호에서 올해 46만 5,000호로 8만 3,000호 늘었다", before=38 * MAN + 2000, after=46 * MAN + 5000, delta=8 * MAN + 3000, unit="호"),
        pc("92.4%", 92.4),
    ]),
    ("공시가격(안)에 대한 의견은 다음 달 7일까지 부동산공시가격알리미 누리집이나 시군구청 민원실에 내면 된다. 국토부는 한국부동산원의 재조사를 거쳐 오는 4월 30일 공시가격을 확정한다. 지난해에는 의견 5,832건이 접수돼 이 가운데 1,104건(18.9%)이 반영됐다.", [
        p("다음 달 7일까지", None, "2026-04-07"), p("다음 달 7일", "2026-04-07", "2026-04-07", opt=True),
        p("오는 4월 30일", "2026-04-30", "2026-04-30"), p("지난해", "2025", "2025"),
        c("5,832건", 5832, "건"), c("1,104건", 1104, "건"), pc("18.9%", 18.9),
    ]),
    ("국토부 관계자는 “서울 선호 지역을 중심으로 지난해 집값이 크게 오른 것이 반영됐다”며 “내년 상반기까지 공시가격 산정 방식 개선안을 마련하겠다”고 말했다.", [
        p("지난해", "2025", "2025"), p("내년 상반기까지", None, "2027-06"),
    ]),
]
ORG01 = [
    o("국토교통부", ["국토부"]), o("한국부동산원"), o("신한은행", ["신한은행 WM컨설팅센터"]),
    o("정부", opt=True), o("WM컨설팅센터", opt=True), o("성동구", opt=True), o("강남구", opt=True), o("송파구", opt=True),
    o("부동산공시가격알리미", opt=True), o("시군구청", opt=True),
]


def page01(paras, title):
    ps = [f'<p dmcf-ptype="general">{esc(t)}</p>' for t in paras]
    fig = ('<figure class="figure_frm origin_fig" dmcf-pid="Xq3bT1a9Rk" dmcf-ptype="figure"><p class="link_figure">'
           '<img class="thumb_g_article" data-org-width="640" dmcf-mid="Kd81LsQ2aa" src="https://img.moanews.example/thumb/R658x0/news/20260318/apt_seoul.jpg" alt="서울 아파트 단지"></p>'
           '<figcaption class="txt_caption default_figure">17일 서울 남산에서 내려다본 도심 아파트 단지. [사진=부동산인사이트 DB]</figcaption></figure>')
    ad = '<div class="ad_body2" data-tiara-layer="article_ad">광고</div>'
    writer = '<p dmcf-ptype="general">박서율 기자 seoyul@bdinsight.co.kr</p>'
    body = "\n".join(ps[:2] + [fig] + ps[2:5] + [ad] + ps[5:] + [writer])
    return f"""<!DOCTYPE html>
<html lang="ko" class="os_windows chrome pc">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} | 모아뉴스</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="모아뉴스">
<meta property="og:regDate" content="20260318060012">
<meta name="article:media_name" content="부동산인사이트">
<link rel="stylesheet" href="//t1.moanews.example/news/pc/css/news_pc_v3.css">
</head>
<body>
<div id="moaWrap">
  <div id="moaHead" role="banner">
    <h1 class="doc-title"><a href="https://news.moa.example/" class="link_moa">모아뉴스</a></h1>
    <div class="gnb_comm"><ul class="list_gnb"><li>홈</li><li>사회</li><li>정치</li><li>경제</li><li>국제</li><li>문화</li><li>IT</li><li>랭킹</li><li>연재</li><li>팩트체크</li></ul></div>
    <div class="weather_comm"><span class="txt_weather">서울 맑음 11.2℃</span><span class="txt_dust">미세먼지 보통</span></div>
  </div>
  <div id="moaContent" class="cont_view">
   <div class="main-content">
    <div class="head_view">
      <em class="info_cp"><a href="https://news.moa.example/cp/bdinsight" class="link_cp"><img src="https://t1.moanews.example/media/bdinsight.png" class="thumb_g" alt="부동산인사이트"></a></em>
      <h3 class="tit_view" data-translation="true">{esc(title)}</h3>
      <span class="info_view">
        <span class="txt_info">박서율 기자</span>
        <span class="txt_info">입력 <span class="num_date">2026. 3. 18. 06:00</span></span>
        <span class="txt_info">수정 <span class="num_date">2026. 3. 19. 08:41</span></span>
        <button class="btn_cmt">댓글 <span class="num_cmt">48</span></button>
      </span>
      <div class="util_view"><button class="btn_translate">번역 설정</button><button class="btn_summary">요약보기</button><button class="btn_tts">음성 기사 듣기</button><button class="btn_font">글씨크기 조절하기</button><button class="btn_print">인쇄하기</button></div>
    </div>
    <div class="news_view fs_type1">
      <div class="article_view" data-translation-body="true" data-tiara-layer="article_body">
        <section dmcf-sid="TvE9xZ0pQ4">
{body}
        </section>
      </div>
      <p class="txt_copyright">Copyright ⓒ 부동산인사이트. 무단 전재 및 재배포 금지.</p>
      <div class="emotion_wrap"><span>추천해요 15</span><span>좋아요 3</span><span>감동이에요 0</span><span>화나요 21</span><span>슬퍼요 2</span></div>
    </div>
    <div class="box_related"><strong class="tit_related">부동산인사이트 주요 뉴스</strong>
      <ul><li>종부세 내는 1주택자 31만 명…2년 새 두 배로</li><li>강남 아파트 평균 매매가 28억원 돌파</li><li>1분기 수도권 청약 경쟁률 평균 41.7대 1</li></ul></div>
    <div class="cmt_box"><strong>댓글 48</strong>
      <ul><li><span class="txt_name">집있는거지</span> 세금만 또 오르네요 <span class="txt_date">2026.03.18. 07:12</span></li></ul></div>
   </div>
   <aside class="aside-content">
    <div class="box_ranking"><h4>많이 본 뉴스</h4>
      <ol><li>국민연금 보험료율 13%로…월 보험료 4만원 더 낸다</li><li>KTX 요금 14년 만에 인상 검토</li><li>서울 전셋값 47주 연속 상승</li></ol></div>
    <div class="box_together"><h4>함께 볼만한 뉴스</h4><ul><li>분양가상한제 아파트 실거주 의무 3년→2년</li></ul></div>
   </aside>
  </div>
  <div id="moaFoot" role="contentinfo"><p class="info_policy">회사소개 · 광고안내 · 제휴문의 · 이용약관 · 개인정보처리방침 · 청소년보호정책</p>
    <p class="txt_copyright">© MOA Corp.</p></div>
</div>
</body>
</html>
"""


article(
    name="01_official_housing_prices_portal_html", ext="html", published="2026-03-18",
    title="공동주택 공시가격 4.7% 오른다…서울 9.1%↑ 5년 만에 최대",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["서울 맑음 11.2℃", "미세먼지 보통", "팩트체크", "박서율 기자", "2026. 3. 19. 08:41", "댓글 48", "번역 설정", "음성 기사 듣기", "글씨크기",
               "남산에서 내려다본", "[사진=부동산인사이트 DB]", "seoyul@", "Copyright ⓒ 부동산인사이트", "추천해요 15", "화나요 21", "주요 뉴스",
               "31만 명", "2년 새 두 배로", "28억원 돌파", "41.7대 1", "집있는거지", "세금만 또", "2026.03.18. 07:12", "많이 본 뉴스", "13%로",
               "4만원 더", "14년 만에", "47주 연속", "함께 볼만한 뉴스", "3년→2년", "광고안내", "청소년보호정책", "MOA Corp."],
    notes=("A Daum-like portal HTML (모아뉴스 portal, article of 부동산인사이트 — both invented): gnb and a weather line, div.head_view with "
           "em.info_cp (press logo), h3.tit_view, span.info_view with the reporter and **two span.num_date stamps: '입력 2026. 3. 18. 06:00' "
           "and '수정 2026. 3. 19. 08:41'** (the update is the next day), a comment counter, util buttons; body = the p of "
           "**div.article_view > section[dmcf-sid]**, which also holds a dmcf figure with figcaption, an ad div and, as the last p, the "
           "reporter's e-mail line (furniture); copyright, reactions, the press's 주요 뉴스, comments (dated), aside 많이 본 뉴스 / 함께 볼만한 "
           "뉴스 (figures), footer. An og:regDate meta (same day) but no article:published_time. published: the 입력 num_date (not 수정). "
           "No deck. Conventions: '지난해보다 평균 4.7% 오른다', '9.1% 올라' gold %-changes (bare '지난해' gold even as a base); region and "
           "district growth rates ('서울이 9.1%로 가장 많이 올랐고', '경기(3.8%)', '대구(-2.4%)', '성동구가 15.6%로 상승률이', '강남구(13.2%)') gold "
           "%-changes (blind8's bracketed growth rates), the regions are not organisations (the -구 names optional); '2021년 이후' open from "
           "2021 (a date directly before 이후), '5년 만에' optional; '올해 1월 1일 기준' gold 2026-01-01; '19일부터' open from 2026-03-19; "
           "'지난 2023년부터' open from 2023; '2020년 수준' gold year; '69%로 묶였다' (no move) percentage gold, level readings optional; "
           "'4억 8,200만원에서 5억 2,600만원으로 4,400만원' and '지난해 312만원에서 올해 356만원으로 44만원' endpoint changes with delta; "
           "'12억원에서 13억 1,000만원으로 오른' endpoint change; '9억원을 넘는' at_least money; '38만 2,000호에서 … 46만 5,000호로 8만 "
           "3,000호' gold count change (counts optional); '84㎡' measure and '1주택자' optional; '1,104건(18.9%)' a share (percentage, no "
           "change); '다음 달 7일까지' open start 2026-04-07; '오는 4월 30일'; '내년 상반기까지' open start 2027-06. Organisations: "
           "국토교통부 (이하 국토부), 한국부동산원, 신한은행 (신한은행 WM컨설팅센터); 정부, the website and 시군구청 optional."),
)


# ---------------------------------------------------------------------------
# 02 대구·경북 은행 연체율, old table-based regional paper HTML (td.view_text with <br>), 2026-04-08
# ---------------------------------------------------------------------------
FEB26 = ("2026-02", "2026-02")
FEB25 = ("2025-02", "2025-02")
A02 = [
    ("대구·경북 지역 은행의 대출 연체율이 가파르게 오르고 있다. 중소기업 대출 연체율은 1년 새 0.38%포인트 뛰며 2015년 이후 가장 높은 수준을 나타냈다.", [
        *base("1년 새", ("2025-02", "2026-02"), FEB25), pc("0.38%포인트", 0.38), ch("1년 새 0.38%포인트 뛰며", delta=0.38, unit="%p"),
        p("2015년 이후", "2015", None), p("2015년", "2015", "2015", opt=True),
    ]),
    ("한국은행 대구경북본부(이하 대경본부)가 7일 발표한 ‘2026년 2월 대구·경북 금융기관 여수신 동향’에 따르면 2월 말 기준 지역 예금은행의 원화대출 연체율은 0.91%로 지난해 같은 달(0.64%)보다 0.27%포인트 상승했다.", [
        p("7일", "2026-04-07", "2026-04-07"), p("2026년 2월", *FEB26), *monthend("2월 말 기준", "2026-02", "28"),
        pc("0.91%", 0.91), *base("지난해 같은 달", FEB25), pc("0.64%", 0.64), pc("0.27%포인트", 0.27),
        ch("0.91%로 지난해 같은 달(0.64%)보다 0.27%포인트 상승했다", before=0.64, after=0.91, delta=0.27),
        ch("0.27%포인트 상승했다", delta=0.27, unit="%p", opt=True),
    ]),
    ("부문별로는 기업대출 연체율이 1.12%로 0.35%포인트, 가계대출 연체율이 0.58%로 0.13%포인트 각각 올랐다. 특히 중소기업 대출 연체율은 0.86%에서 1.24%로 0.38%포인트 높아졌다.", [
        pc("1.12%", 1.12), pc("0.35%포인트", 0.35), ch("1.12%로 0.35%포인트", after=1.12, delta=0.35), ch("0.35%포인트", delta=0.35, unit="%p", opt=True),
        pc("0.58%", 0.58), pc("0.13%포인트", 0.13), ch("0.58%로 0.13%포인트", after=0.58, delta=0.13), ch("0.13%포인트", delta=0.13, unit="%p", opt=True),
        pc("0.86%", 0.86), pc("1.24%", 1.24), pc("0.38%포인트", 0.38),
        ch("0.86%에서 1.24%로 0.38%포인트 높아졌다", before=0.86, after=1.24, delta=0.38), ch("0.38%포인트 높아졌다", delta=0.38, unit="%p", opt=True),
    ]),
    ("연체 잔액은 1조 2,480억원으로 1년 전보다 3,960억원 늘었다. 같은 기간 지역 예금은행의 원화대출 잔액은 137조 1,000억원으로 2.1% 증가하는 데 그쳤다.", [
        m("1조 2,480억원", 1 * JO + 2480 * EOK), *base("1년 전", FEB25, ("2025", "2025")), m("3,960억원", 3960 * EOK),
        ch("1조 2,480억원으로 1년 전보다 3,960억원 늘었다", after=1 * JO + 2480 * EOK, delta=3960 * EOK, unit="KRW"),
        ch("3,960억원 늘었다", delta=3960 * EOK, unit="KRW", opt=True),
        ch("1조 2,480억원으로 1년 전보다 3,960억원 늘었다", before=8520 * EOK, after=1 * JO + 2480 * EOK, delta=3960 * EOK, unit="KRW", opt=True),
        *base("같은 기간", ("2025-02", "2026-02")), m("137조 1,000억원", 137 * JO + 1000 * EOK), pc("2.1%", 2.1),
        ch("137조 1,000억원으로", after=137 * JO + 1000 * EOK, unit="KRW"), ch("2.1% 증가하는", delta=2.1, unit="%"),
    ]),
    ("업종별로는 건설업 연체율이 지난해 2월 1.92%에서 3.47%로 1.55%포인트 치솟아 가장 높았고, 부동산업(2.15%)과 도소매업(1.38%)이 뒤를 이었다.", [
        p("지난해 2월", *FEB25), pc("1.92%", 1.92), pc("3.47%", 3.47), pc("1.55%포인트", 1.55),
        ch("지난해 2월 1.92%에서 3.47%로 1.55%포인트 치솟아", before=1.92, after=3.47, delta=1.55),
        ch("1.55%포인트 치솟아", delta=1.55, unit="%p", opt=True),
        pc("2.15%", 2.15), pc("1.38%", 1.38),
    ]),
    ("은행별로는 지역 점유율 1위인 iM뱅크(옛 대구은행)의 연체율이 0.97%로 1년 전보다 0.31%포인트 올랐고, NH농협은행 경북본부는 0.82%였다. iM뱅크 관계자는 “지역 중견 건설사 3곳이 올해 들어 잇따라 기업회생을 신청하면서 관련 대출 420억원이 한꺼번에 연체로 잡혔다”고 설명했다.", [
        c("1위", 1, "위", opt=True), pc("0.97%", 0.97), *base("1년 전", FEB25), pc("0.31%포인트", 0.31),
        ch("0.97%로 1년 전보다 0.31%포인트 올랐고", after=0.97, delta=0.31), ch("0.31%포인트 올랐고", delta=0.31, unit="%p", opt=True),
        pc("0.82%", 0.82), c("3곳", 3, "곳"),
        p("올해 들어", "2026", "2026"), p("올해 들어", "2026", None, opt=True), p("올해 들어", "2026-01", "2026-04", opt=True),
        m("420억원", 420 * EOK),
    ]),
    ("대경본부는 “고금리 장기화로 지역 중소기업의 이자 부담이 커졌다”며 “2분기에도 연체율이 더 오를 수 있다”고 내다봤다. 대구시는 이달 중 중소기업 특별경영안정자금 1,500억원을 풀고, 이자 차액 보전율을 연 1.5%에서 2.0%로 0.5%포인트 높이기로 했다.", [
        p("2분기", "2026-04", "2026-06"), p("이달 중", "2026-04", "2026-04"), m("1,500억원", 1500 * EOK),
        pc("연 1.5%", 1.5), pc("2.0%", 2.0), pc("0.5%포인트", 0.5),
        ch("연 1.5%에서 2.0%로 0.5%포인트 높이기로", before=1.5, after=2.0, delta=0.5), ch("0.5%포인트 높이기로", delta=0.5, unit="%p", opt=True),
    ]),
    ("경북도도 다음 달부터 도내 중소기업 1,200곳에 업체당 최대 3억원씩 모두 2,000억원의 저금리 자금을 지원한다.", [
        p("다음 달부터", "2026-05", None), c("1,200곳", 1200, "곳"), c("업체당", 1, "업체", opt=True),
        m("3억원", 3 * EOK, q="at_most"), m("2,000억원", 2000 * EOK),
    ]),
]
ORG02 = [
    o("한국은행 대구경북본부", ["대경본부"]), o("iM뱅크", ["대구은행"]), o("NH농협은행", ["NH농협은행 경북본부"]),
    o("대구시", ["대구광역시"]), o("경상북도", ["경북도"]),
    o("한국은행", opt=True),
]


def page02(paras, title):
    photo = ('<table width="500" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td align="center"><img src="/news/photo/202604/31207_20431_1021.jpg" width="500" border="0"></td></tr>'
             '<tr><td class="photo_text">▲ 대구 중구의 한 은행 창구에서 고객이 대출 상담을 받고 있다. ⓒ팔공일보 자료사진</td></tr></table><br>')
    body = photo + "<br><br>".join(esc(t) for t in paras) + ("<br><br>김대현 기자 kdh@palgongilbo.co.kr<br><br>"
            '<font color="#666666">ⓒ 팔공일보 & www.palgongilbo.co.kr 무단전재 및 재배포 금지</font>')
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>팔공일보 :: {esc(title)}</title>
<link rel="stylesheet" href="/css/news.css" type="text/css">
<script language="javascript" src="/js/news_view.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td height="28" class="top_date">2026년 04월 09일 목요일 &nbsp; 음력 2월 22일</td>
    <td align="right" class="top_menu"><a href="/member/login.html">로그인</a> | <a href="/member/join.html">회원가입</a> | <a href="/rss/">RSS</a></td>
  </tr>
  <tr>
    <td colspan="2"><a href="/"><img src="/image/logo.gif" alt="팔공일보" border="0"></a>
      <span class="weather">대구 맑음 17.4℃ · 미세먼지 나쁨</span></td>
  </tr>
  <tr><td colspan="2" class="main_menu">종합 | 정치 | 경제 | 사회 | 대구 | 경북 | 교육 | 문화 | 스포츠 | 오피니언 | 포토</td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td width="680" valign="top">
      <table width="660" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="view_path">홈 &gt; 경제 &gt; 금융</td></tr>
        <tr><td class="view_title"><b>{esc(title)}</b></td></tr>
        <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
        <tr>
          <td align="right" class="view_date">김대현 기자 &nbsp;|&nbsp; 기사입력 : 2026/04/08 [10:21] &nbsp;|&nbsp; 최종편집 : 2026/04/08 [17:05]</td>
        </tr>
        <tr><td align="right"><a href="javascript:fontSize(1)">[글자크게]</a> <a href="javascript:fontSize(-1)">[글자작게]</a> <a href="javascript:printNews()">[인쇄]</a> <a href="javascript:sendMail()">[메일보내기]</a></td></tr>
        <tr>
          <td class="view_text" style="padding:15px 5px; line-height:180%">{body}</td>
        </tr>
        <tr><td class="view_relate"><b>관련기사목록</b><br>
          · 대구 기업 파산 신청 1분기 87건…역대 최다 (2026/04/02)<br>
          · 지역 가계대출 잔액 2개월 연속 감소 (2026/03/10)</td></tr>
      </table>
    </td>
    <td width="20">&nbsp;</td>
    <td width="280" valign="top">
      <table width="280" border="0" cellspacing="0" cellpadding="0" class="side_box">
        <tr><td class="side_title">가장 많이 본 기사</td></tr>
        <tr><td>1. 동대구역 복합환승센터 2단계 3,200억원 투입</td></tr>
        <tr><td>2. 경북 2월 수출 38억 달러…11.2% 증가</td></tr>
        <tr><td>3. 대구 신규 아파트 미분양 9,104가구</td></tr>
      </table>
      <table width="280" border="0" cellspacing="0" cellpadding="0" class="side_box">
        <tr><td class="side_title">포토뉴스</td></tr>
        <tr><td>팔공산 벚꽃길 주말 나들이객 12만 명</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="footer">
  <tr><td>팔공일보 | 대구광역시 중구 달구벌대로 2100 | 등록번호 대구 아00317 | 발행인 겸 편집인 서정민 | 청소년보호책임자 윤하늘 | Tel 053-421-0000</td></tr>
  <tr><td>Copyright ⓒ 2008 팔공일보. All rights reserved.</td></tr>
</table>
</body>
</html>
"""


article(
    name="02_daegu_loan_delinquency_table_br_html", ext="html", published="2026-04-08",
    title="대구·경북 中企 연체율 1.24%…11년 만에 최고",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["2026년 04월 09일 목요일", "음력 2월 22일", "회원가입", "대구 맑음 17.4℃", "미세먼지 나쁨", "종합 | 정치", "홈 > 경제 > 금융", "김대현 기자",
               "기사입력 :", "최종편집", "[글자크게]", "[메일보내기]", "대출 상담을 받고", "ⓒ팔공일보 자료사진", "kdh@", "ⓒ 팔공일보",
               "관련기사목록", "87건", "2개월 연속 감소", "2026/03/10", "가장 많이 본 기사", "3,200억원 투입", "38억 달러", "11.2% 증가",
               "9,104가구", "포토뉴스", "12만 명", "달구벌대로 2100", "아00317", "053-421-0000", "Copyright ⓒ 2008"],
    notes=("An old table-based regional paper HTML (팔공일보, invented), no doctype, UTF-8 by http-equiv: a top row with **the next day's "
           "date '2026년 04월 09일 목요일' and the lunar date**, login, logo with a weather line, menu row, td.view_path, td.view_title, "
           "**td.view_date '김대현 기자 | 기사입력 : 2026/04/08 [10:21] | 최종편집 : 2026/04/08 [17:05]'** (slashes and a bracketed time), font/"
           "print links, body = **td.view_text, one line of paragraphs separated by `<br><br>`**, which also holds a photo table with "
           "a '▲' caption at the top and the reporter's e-mail and a `<font>` copyright line at the bottom (furniture); 관련기사목록 (figures, "
           "dates), right column (가장 많이 본 기사, 포토뉴스 with figures), footer. published: 기사입력 (not the top row). Title not scored; no "
           "deck. Conventions: '1년 새 0.38%포인트 뛰며' a bare %p move {delta 0.38, unit %p} ('1년 새' a base, optional); '2015년 이후' open "
           "from 2015; '‘2026년 2월 … 동향’' a month-named report: gold 2026-02 (blind7); '2월 말 기준' gold 2026-02; '0.91%로 지난해 같은 "
           "달(0.64%)보다 0.27%포인트 상승' a %-level change {before, after, delta} without unit; 'A%로 N%포인트, B%로 M%포인트 각각 올랐다' two "
           "{after, delta} changes; bare %p readings of the same moves optional; '1조 2,480억원으로 1년 전보다 3,960억원 늘었다' {after, delta} "
           "KRW (the derived before optional); '137조 1,000억원으로 2.1% 증가' two gold changes; levels of other sectors in brackets "
           "('부동산업(2.15%)') are percentages only (no change: they are levels, not growth rates); '1위' ordinal; '올해 들어' gold 2026; "
           "'2분기' 2026-04..06; '이달 중' gold 2026-04; '연 1.5%에서 2.0%로 0.5%포인트' %-level change; '다음 달부터' open from 2026-05; "
           "'업체당 최대 3억원씩' at_most money, '업체당' optional. Organisations: 한국은행 대구경북본부 (이하 대경본부), iM뱅크 (옛 대구은행), "
           "NH농협은행 (NH농협은행 경북본부), 대구시, 경상북도 (경북도); 한국은행 alone optional. '대구·경북' as a region is not an organisation."),
)


# ---------------------------------------------------------------------------
# 03 공공 와이파이 고도화, 과기정통부 보도자료 text dump with a '|' header table, 2026-06-09
# ---------------------------------------------------------------------------
A03 = [
    ("- 버스·공원 등 공공 와이파이 5만 2,000곳→6만 곳으로 늘리고 올해 612억원 투입", [
        c("5만 2,000곳", 5 * MAN + 2000, "곳", opt=True), c("6만 곳", 6 * MAN, "곳", opt=True),
        ch("5만 2,000곳→6만 곳", before=5 * MAN + 2000, after=6 * MAN, unit="곳"), p("올해", "2026", "2026"), m("612억원", 612 * EOK),
    ]),
    ("- 설치 7년 넘은 노후 장비 1만 4,000대 교체…접속 속도 2배 이상으로", [
        c("7년", 7, "년", opt=True), p("7년", None, None, opt=True), c("1만 4,000대", 1 * MAN + 4000, "대"), *mult("2배", 2),
    ]),
    ("□ 과학기술정보통신부(이하 과기정통부)는 누구나 무료로 쓸 수 있는 공공 와이파이를 현재 5만 2,000곳에서 2027년까지 6만 곳으로 늘리는 내용의 ‘공공 와이파이 고도화 계획’을 9일 발표했다.", [
        p("현재", None, None, opt=True), c("5만 2,000곳", 5 * MAN + 2000, "곳", opt=True), p("2027년까지", None, "2027"), c("6만 곳", 6 * MAN, "곳", opt=True),
        ch("현재 5만 2,000곳에서 2027년까지 6만 곳으로 늘리는", before=5 * MAN + 2000, after=6 * MAN, unit="곳"),
        p("9일", "2026-06-09", "2026-06-09"),
    ]),
    ("○ 올해는 612억원을 들여 시내버스 2,400대와 공원·전통시장 등 생활시설 3,100곳에 와이파이를 새로 구축한다. 지난해(468억원)보다 144억원(30.8%) 늘어난 규모다.", [
        p("올해", "2026", "2026"), m("612억원", 612 * EOK), c("2,400대", 2400, "대"), c("3,100곳", 3100, "곳"),
        p("지난해", "2025", "2025"), m("468억원", 468 * EOK), m("144억원", 144 * EOK), pc("30.8%", 30.8),
        ch("612억원을 ... 지난해(468억원)보다 144억원(30.8%) 늘어난", before=468 * EOK, after=612 * EOK, delta=144 * EOK, unit="KRW"),
        ch("지난해(468억원)보다 144억원(30.8%) 늘어난", before=468 * EOK, delta=144 * EOK, unit="KRW", opt=True),
        ch("144억원(30.8%) 늘어난", delta=144 * EOK, unit="KRW", opt=True), ch("144억원(30.8%) 늘어난", delta=30.8, unit="%", opt=True),
    ]),
    ("○ 특히 설치한 지 7년이 넘은 노후 무선접속장치(AP) 1만 4,000대를 최신 와이파이7 장비로 바꾼다. 교체가 끝나면 평균 접속 속도는 현재 초당 410메가비트(Mbps)에서 1기가비트(Gbps) 수준으로 2배 이상 빨라진다.", [
        c("7년", 7, "년", opt=True), p("7년", None, None, opt=True), c("1만 4,000대", 1 * MAN + 4000, "대"),
        p("현재", None, None, opt=True), c("410메가비트", 410, "메가비트", opt=True), c("1기가비트", 1, "기가비트", opt=True),
        ch("410메가비트(Mbps)에서 1기가비트(Gbps) 수준으로", before=410, after=1, opt=True), ch("410메가비트(Mbps)에서 1기가비트(Gbps) 수준으로", before=410, after=1000, opt=True),
        *mult("2배", 2),
    ]),
    ("○ 과기정통부가 지난해 실시한 이용 실태조사에서 공공 와이파이 월평균 이용자는 1,870만 명, 하루 평균 접속 건수는 3,260만 건으로 집계됐다. 다만 ‘만족한다’는 응답은 61.4%로 2년 전(66.0%)보다 4.6%포인트 낮아졌다.", [
        p("지난해", "2025", "2025"), c("1,870만 명", 1870 * MAN, "명"), p("하루", None, None, opt=True), c("3,260만 건", 3260 * MAN, "건"),
        pc("61.4%", 61.4), *base("2년 전", ("2023", "2023")), pc("66.0%", 66.0), pc("4.6%포인트", 4.6),
        ch("61.4%로 2년 전(66.0%)보다 4.6%포인트 낮아졌다", before=66.0, after=61.4, delta=-4.6),
        ch("4.6%포인트 낮아졌다", delta=-4.6, unit="%p", opt=True),
    ]),
    ("○ 만족도가 떨어진 주된 원인은 잦은 접속 끊김이었다. 접속 불량 신고는 2024년 9,120건에서 지난해 1만 3,480건으로 47.8% 늘었다.", [
        p("2024년", "2024", "2024"), c("9,120건", 9120, "건", opt=True), p("지난해", "2025", "2025"), c("1만 3,480건", 1 * MAN + 3480, "건", opt=True),
        ch("2024년 9,120건에서 지난해 1만 3,480건으로 47.8% 늘었다", before=9120, after=1 * MAN + 3480, unit="건"),
        pc("47.8%", 47.8), ch("47.8% 늘었다", delta=47.8, unit="%", opt=True),
    ]),
    ("□ 디지털 취약계층 지원도 강화한다. 과기정통부는 한국지능정보사회진흥원(NIA)과 함께 오는 7월부터 전국 1,000곳의 디지털배움터에서 고령층을 대상으로 와이파이·키오스크 이용 교육을 한다. 연말까지 교육 인원 목표는 35만 명이다.", [
        p("오는 7월부터", "2026-07", None), p("오는 7월", "2026-07", "2026-07", opt=True), c("1,000곳", 1000, "곳"),
        p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True), c("35만 명", 35 * MAN, "명"),
    ]),
    ("○ 공공 와이파이가 없는 섬 지역 120곳에는 내년 상반기까지 위성 와이파이를 설치한다. 사업비 96억원 가운데 국비가 70%, 지방비가 30%다.", [
        c("120곳", 120, "곳"), p("내년 상반기까지", None, "2027-06"), m("96억원", 96 * EOK), pc("70%", 70), pc("30%", 30),
    ]),
    ("○ 이동통신 3사(SK텔레콤·KT·LG유플러스)는 자체 와이파이 4만 5,000곳을 일반에 개방하기로 했다. 과기정통부는 그 대가로 3사에 전파사용료 감면 등 연간 150억원 규모의 혜택을 줄 계획이다.", [
        c("3사", 3, "사", opt=True), c("4만 5,000곳", 4 * MAN + 5000, "곳"), c("3사", 3, "사", opt=True),
        p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True), m("150억원", 150 * EOK),
    ]),
    ("□ 정채원 과기정통부 네트워크정책실장은 “2030년까지 전 국민이 어디서나 1기가비트급 무료 와이파이를 쓸 수 있도록 하겠다”고 말했다.", [
        p("2030년까지", None, "2030"), c("1기가비트", 1, "기가비트", opt=True),
    ]),
]
ORG03 = [
    o("과학기술정보통신부", ["과기정통부"]), o("한국지능정보사회진흥원", ["NIA"]), o("SK텔레콤"), o("KT"), o("LG유플러스"),
    o("디지털배움터", opt=True), o("네트워크정책실", opt=True),
]


def page03(paras, title):
    head = """과학기술정보통신부                                          보 도 자 료
디지털로 여는 모두의 내일, 과학기술로 여는 대한민국의 미래

+----------------+----------------------------------------------------------+
| 보도 일시      | 2026. 6. 9.(화) 12:00                                     |
+----------------+----------------------------------------------------------+
| 배포 일시      | 2026. 6. 9.(화) 09:00                                     |
+----------------+----------------------------------------------------------+
| 담당 부서      | 네트워크정책실 통신자원정책과                              |
+----------------+----------------------------------------------------------+
| 책임자         | 과  장  염도윤 (044-202-6650)                               |
+----------------+----------------------------------------------------------+
| 담당자         | 사무관  길나래 (044-202-6656)                               |
+----------------+----------------------------------------------------------+
| 매수           | 5쪽 (붙임 2쪽 포함)                                         |
+----------------+----------------------------------------------------------+

"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    tail = """

붙임  1. 공공 와이파이 고도화 계획 주요 내용 1부.
      2. 연도별 공공 와이파이 구축 현황 1부.  끝.

[붙임 2] 연도별 공공 와이파이 구축 현황 (단위 : 곳, 억원)
+----------+------------+------------+
| 연도     | 누적 개소  | 예산       |
+----------+------------+------------+
| 2023년   | 4만 6,210  | 402        |
| 2024년   | 4만 9,380  | 431        |
| 2025년   | 5만 2,040  | 468        |
+----------+------------+------------+
※ 2025년 누적 개소는 철거 1,150곳 반영

이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 과학기술정보통신부 통신자원정책과 길나래 사무관(☎ 044-202-6656)에게 연락주시기 바랍니다.
"""
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="03_public_wifi_msit_release_pipe_table", ext="txt", published="2026-06-09",
    title="공공 와이파이 2027년까지 6만 곳으로…노후 장비 1만 4천 대 교체",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["보 도 자 료", "디지털로 여는 모두의 내일", "보도 일시", "배포 일시", "통신자원정책과", "염도윤", "044-202-6650", "길나래", "044-202-6656",
               "매수", "붙임", "1부.  끝.", "누적 개소", "4만 6,210", "4만 9,380", "5만 2,040", "철거 1,150곳", "연락주시기 바랍니다"],
    notes=("A 과학기술정보통신부 보도자료 as a plain-text dump: '과학기술정보통신부 … 보 도 자 료', slogan, **a header table drawn with "
           "'+', '-' and '|': two columns '보도 일시 | 2026. 6. 9.(화) 12:00', '배포 일시 | 2026. 6. 9.(화) 09:00', 담당 부서, 책임자, 담당자 "
           "(phones), 매수**; title, two '- ' deck lines, □/○ paragraphs, then '붙임' lines, a '[붙임 2]' table (years, cumulative counts, "
           "budgets) drawn the same way, and the contact sentence. published: the 보도 일시 (= 배포 일시 day, = '9일 발표'). Title not "
           "scored; the '- ' deck lines are body. Conventions: deck '5만 2,000곳→6만 곳' and body '현재 5만 2,000곳에서 2027년까지 6만 곳으로' "
           "gold count changes (counts optional); '612억원을 … 지난해(468억원)보다 144억원(30.8%) 늘어난' one gold change {before, after, "
           "delta} across two sentences (blind10 02), the partial readings and the bracketed rate's %-change optional; '7년이 넘은' a "
           "duration (optional); '2배 이상' optional readings only; speeds ('410메가비트(Mbps)에서 1기가비트(Gbps)', '1기가비트급') are "
           "measures (optional); '61.4%로 2년 전(66.0%)보다 4.6%포인트 낮아졌다' %-level change, no unit ('2년 전' base optional); "
           "'2024년 9,120건에서 지난해 1만 3,480건으로 47.8% 늘었다' gold count change (rate optional); '오는 7월부터' open from 2026-07; "
           "'연말까지' open start 2026-12; '내년 상반기까지' open start 2027-06; '국비가 70%, 지방비가 30%' percentages; '이동통신 3사', '3사' "
           "optional (like '5대 은행'); '연간' optional; '2030년까지' open start. Names with digits ('와이파이7') no figures. Organisations: "
           "과학기술정보통신부 (이하 과기정통부), 한국지능정보사회진흥원 (NIA), SK텔레콤, KT, LG유플러스; 디지털배움터 (a programme) and "
           "네트워크정책실 optional."),
)


# ---------------------------------------------------------------------------
# 04 서울 택시 기본요금 인상, 경제지 mobile HTML (<article>, sticky 'AI 요약' div before the body), 2025-12-17
# ---------------------------------------------------------------------------
A04 = [
    ("중형택시 기본요금 4,800원→5,300원", [
        m("4,800원", 4800), m("5,300원", 5300), ch("4,800원→5,300원", before=4800, after=5300, unit="KRW"),
    ]),
    ("모범·대형승용 기본요금은 7,000원으로 올라", [
        m("7,000원", 7000), ch("7,000원으로 올라", after=7000, unit="KRW"),
    ]),
    ("서울 중형택시 기본요금이 내년 2월 1일 오전 4시부터 4,800원에서 5,300원으로 500원 오른다. 2023년 2월 3,800원에서 4,800원으로 1,000원 인상된 지 3년 만이다.", [
        p("내년 2월 1일 오전 4시부터", "2026-02-01", None), p("내년 2월 1일", "2026-02-01", "2026-02-01", opt=True), p("오전 4시", None, None, opt=True),
        m("4,800원", 4800), m("5,300원", 5300), m("500원", 500),
        ch("4,800원에서 5,300원으로 500원 오른다", before=4800, after=5300, delta=500, unit="KRW"),
        p("2023년 2월", "2023-02", "2023-02"), m("3,800원", 3800), m("4,800원", 4800), m("1,000원", 1000),
        ch("3,800원에서 4,800원으로 1,000원 인상된", before=3800, after=4800, delta=1000, unit="KRW"),
        p("3년 만", None, None, opt=True), c("3년", 3, "년", opt=True),
    ]),
    ("서울시는 16일 물가대책위원회를 열어 이 같은 택시요금 조정안을 확정했다고 17일 밝혔다. 시는 당초 기본요금을 5,500원으로 올리는 방안을 검토했으나 시민 부담을 고려해 인상 폭을 200원 줄였다.", [
        p("16일", "2025-12-16", "2025-12-16"), p("17일", "2025-12-17", "2025-12-17"),
        m("5,500원", 5500), ch("5,500원으로 올리는", after=5500, unit="KRW", opt=True),
        m("200원", 200), ch("인상 폭을 200원 줄였다", delta=-200, unit="KRW", opt=True), ch("200원 줄였다", before=5500, after=5300, delta=-200, unit="KRW", opt=True),
    ]),
    ("거리요금은 131m당 100원에서 124m당 100원으로, 시간요금은 30초당 100원에서 29초당 100원으로 바뀐다. 기본요금으로 갈 수 있는 거리(1.6㎞)는 그대로다.", [
        c("131m", 131, "m", opt=True), m("100원", 100), c("124m", 124, "m", opt=True), m("100원", 100),
        ch("131m당 100원에서 124m당 100원으로", before=131, after=124, unit="m", opt=True), ch("131m당 100원에서 124m당 100원으로", before=100, after=100, unit="KRW", opt=True),
        c("30초", 30, "초", opt=True), p("30초", None, None, opt=True), m("100원", 100), c("29초", 29, "초", opt=True), p("29초", None, None, opt=True), m("100원", 100),
        ch("30초당 100원에서 29초당 100원으로", before=30, after=29, unit="초", opt=True), ch("30초당 100원에서 29초당 100원으로", before=100, after=100, unit="KRW", opt=True),
        c("1.6㎞", 1.6, "㎞", opt=True),
    ]),
    ("심야 할증은 지금처럼 밤 10시부터 다음 날 오전 4시까지 붙는다. 승차난이 가장 심한 밤 11시부터 오전 2시까지는 40%, 나머지 시간대는 20%의 할증률이 적용된다.", [
        p("지금", None, None, opt=True), p("밤 10시부터 다음 날 오전 4시까지", None, None, opt=True), p("다음 날", None, None, opt=True),
        p("밤 11시부터 오전 2시까지", None, None, opt=True), pc("40%", 40), pc("20%", 20),
    ]),
    ("모범택시와 대형승용택시 기본요금은 6,500원에서 7,000원으로 오른다. 서울시는 이번 조정으로 택시 1대당 월평균 운송수입이 약 38만원 늘어날 것으로 추산했다.", [
        m("6,500원", 6500), m("7,000원", 7000), ch("6,500원에서 7,000원으로 오른다", before=6500, after=7000, unit="KRW"),
        c("1대당", 1, "대", opt=True), m("약 38만원", 38 * MAN, q="approx"), ch("약 38만원 늘어날", delta=38 * MAN, unit="KRW"),
    ]),
    ("택시업계 사정은 여전히 어렵다. 서울시에 따르면 법인택시 기사는 2019년 말 3만 527명에서 올해 10월 말 1만 9,840명으로 35% 줄었다.", [
        *monthend("2019년 말", "2019-12", "31"), c("3만 527명", 3 * MAN + 527, "명", opt=True),
        *monthend("올해 10월 말", "2025-10", "31"), c("1만 9,840명", 1 * MAN + 9840, "명", opt=True),
        ch("2019년 말 3만 527명에서 올해 10월 말 1만 9,840명으로 35% 줄었다", before=3 * MAN + 527, after=1 * MAN + 9840, unit="명"),
        pc("35%", 35), ch("35% 줄었다", delta=-35, unit="%", opt=True),
    ]),
    ("시는 법인택시 회사 254곳에 인상분의 80% 이상을 기사 임금에 반영하도록 하고, 이를 지키지 않는 회사에는 내년부터 유가보조금 지급을 최대 6개월 정지할 방침이다.", [
        c("254곳", 254, "곳"), pc("80%", 80), p("내년부터", "2026", None), c("6개월", 6, "개월", opt=True), p("최대 6개월", None, None, opt=True),
    ]),
    ("다른 지역도 잇따라 요금을 올리고 있다. 부산시는 지난 10월 기본요금을 4,800원에서 5,200원으로 인상했고, 인천시도 오는 3월부터 5,000원으로 올릴 예정이다.", [
        p("지난 10월", "2025-10", "2025-10"), m("4,800원", 4800), m("5,200원", 5200),
        ch("4,800원에서 5,200원으로 인상했고", before=4800, after=5200, unit="KRW"),
        p("오는 3월부터", "2026-03", None), p("오는 3월", "2026-03", "2026-03", opt=True), m("5,000원", 5000), ch("5,000원으로 올릴", after=5000, unit="KRW"),
    ]),
    ("김서진 한국교통연구원 연구위원은 “요금 인상이 기사 처우 개선으로 이어져야 심야 승차난이 풀린다”며 “내년 상반기 중 승차난 실태를 다시 점검해야 한다”고 말했다.", [
        p("내년 상반기 중", "2026-01", "2026-06"),
    ]),
]
ORG04 = [
    o("서울시", ["서울특별시"]), o("물가대책위원회", ["서울시 물가대책위원회"]), o("부산시", ["부산광역시"]), o("인천시", ["인천광역시"]),
    o("한국교통연구원"),
]


def page04(paras, title):
    deck = "".join(f"<p>{esc(t)}</p>" for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    fig = ('<figure class="m-photo"><img src="https://img.econoplus.example/2025/12/17/taxi_seoul.jpg" alt="서울 택시" loading="lazy">'
           '<figcaption>16일 밤 서울 종로구 광화문 인근에서 택시들이 승객을 기다리고 있다. /이코노플러스 DB</figcaption></figure>')
    ad = '<div class="m-ad" data-ad-unit="/2208/m_article_mid"><span class="m-ad__label">AD</span></div>'
    body = "\n      ".join(ps[:2] + [fig] + ps[2:5] + [ad] + ps[5:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(title)} - 이코노플러스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="이코노플러스">
<meta property="og:url" content="https://m.econoplus.example/view/2025121711205531">
<link rel="canonical" href="https://www.econoplus.example/view/2025121711205531">
<style>.ai-summary{{position:sticky;top:48px;z-index:5;background:#f4f7ff}}</style>
</head>
<body class="m-body">
<header class="m-header"><button class="m-header__menu" aria-label="메뉴 열기">☰</button><a class="m-header__logo" href="/">이코노플러스</a><button class="m-header__search" aria-label="검색">🔍</button></header>
<nav class="m-gnb"><a href="/">홈</a><a href="/stock">증권</a><a href="/realestate">부동산</a><a href="/industry">산업</a><a href="/economy">경제</a><a href="/society">사회</a><a href="/opinion">오피니언</a></nav>
<div class="m-ticker">코스피 2,987.41 ▲12.05 (+0.40%) · 코스닥 871.20 ▼3.11 · 원/달러 1,452.30</div>
<main>
<article class="m-article" id="articleView">
  <header class="m-article__head">
    <span class="m-article__section">사회 · 교통</span>
    <h2 class="m-article__title">{esc(title)}</h2>
    <div class="m-article__subtitle">{deck}</div>
    <div class="m-article__info"><span class="m-article__writer">오하람 기자</span>
      <time class="m-article__date" datetime="2025-12-17T11:20:00+09:00">2025.12.17 11:20</time>
      <span class="m-article__update">업데이트 2025.12.17 15:02</span></div>
    <div class="m-article__tools"><button>가</button><button>공유</button><button>북마크</button></div>
  </header>
  <div class="ai-summary" role="complementary" aria-label="AI 요약">
    <strong class="ai-summary__title">AI 요약</strong>
    <ul><li>서울 택시 기본료 내년 2월부터 5천3백원</li><li>심야할증 시간대·할증률은 현행 유지</li><li>법인택시 기사 6년 새 1만명 넘게 줄어</li></ul>
    <p class="ai-summary__note">AI가 생성한 요약으로 원문과 다를 수 있습니다.</p>
  </div>
  <div class="m-article__body" itemprop="articleBody">
      {body}
  </div>
  <div class="m-article__byline">오하람 기자 haram@econoplus.example</div>
  <p class="m-article__copyright">ⓒ 이코노플러스, 무단전재 및 재배포 금지</p>
  <div class="m-article__keywords"><a>#택시요금</a><a>#기본요금</a><a>#서울시</a></div>
</article>
<section class="m-related"><h3>관련기사</h3>
  <ul><li>카카오T 호출 수수료 2.8%로 낮춘다</li><li>개인택시 면허 가격 1억 1,000만원…1년 새 9% 하락</li></ul></section>
<section class="m-ranking"><h3>많이 본 뉴스</h3>
  <ol><li>내년 최저임금 1만 320원…2.9% 인상</li><li>서울 지하철 기본운임 1,550원으로</li><li>연말정산 미리보기 서비스 15일 개통</li></ol></section>
</main>
<footer class="m-footer"><p>이코노플러스 | 서울특별시 영등포구 국제금융로 10 | 등록번호 서울 아02871</p><p>PC버전 · 앱 다운로드 · 고객센터</p><p>Copyright ⓒ ECONOPLUS. All rights reserved.</p></footer>
</body>
</html>
"""


article(
    name="04_seoul_taxi_fare_mobile_ai_summary_html", ext="html", published="2025-12-17",
    title="서울 택시 기본요금 5,300원으로…내년 2월부터 500원 인상",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["메뉴 열기", "코스피 2,987.41", "원/달러 1,452.30", "사회 · 교통", "오하람 기자", "업데이트 2025.12.17", "AI 요약", "5천3백원",
               "현행 유지", "6년 새 1만명", "AI가 생성한 요약", "광화문 인근에서", "/이코노플러스 DB", "haram@", "ⓒ 이코노플러스", "#택시요금",
               "관련기사", "2.8%로", "1억 1,000만원", "9% 하락", "많이 본 뉴스", "1만 320원", "2.9% 인상", "1,550원", "15일 개통", "국제금융로 10",
               "아02871", "앱 다운로드", "ECONOPLUS"],
    notes=("An economic daily's mobile HTML (이코노플러스, invented): header with menu/search glyphs, gnb, a market ticker, then "
           "**article.m-article** with header.m-article__head (section, h2 title, **deck as two p in div.m-article__subtitle**, writer, "
           "**`<time datetime=\"2025-12-17T11:20:00+09:00\">2025.12.17 11:20</time>`** and an 업데이트 stamp, tools), **a sticky "
           "div.ai-summary 'AI 요약' box with three bullet lines (figures) between the header and the body**, body = the p of "
           "div.m-article__body (with a figure + figcaption and an ad div inside), byline, copyright, keyword tags; 관련기사 and 많이 본 "
           "뉴스 sections (figures), footer. No meta date. published: the time element (2025-12-17), so 내년 = 2026 and '올해 10월 말' = "
           "2025-10. The deck lines are body; the AI summary is furniture. Conventions: 'A→B', 'A에서 B로 N원 오른다' endpoint changes "
           "(with delta when written); deck '7,000원으로 올라' an after-change; '내년 2월 1일 오전 4시부터' one open-ended period from "
           "2026-02-01 (parts and clock time optional); '2023년 2월' gold month; '3년 만' optional; a plan considered and dropped "
           "('5,500원으로 올리는 방안을 검토') money gold, its change optional; '인상 폭을 200원 줄였다' money gold, change optional (a change "
           "of a change); distance and time units ('131m당 100원에서 124m당 100원으로', '30초당') are measures: the four 100원 are gold money, "
           "the unit changes optional; clock times ('밤 10시부터 다음 날 오전 4시까지') optional; '약 38만원 늘어날' approx money and a gold "
           "delta change; '2019년 말 3만 527명에서 올해 10월 말 1만 9,840명으로 35% 줄었다' gold count change (rate optional), month-end "
           "periods gold months; '80% 이상' percentage; '내년부터' open from 2026; '최대 6개월' a duration (optional); '지난 10월' 2025-10; "
           "'오는 3월부터' open from 2026-03 and '5,000원으로 올릴' an after-change; '내년 상반기 중' 2026-01..06. Organisations: 서울시, "
           "물가대책위원회, 부산시, 인천시, 한국교통연구원."),
)


# ---------------------------------------------------------------------------
# 05 전세사기 피해 지원 팩트체크, TV web HTML (Q&A with h3 sub-heads inside the body), 2026-06-24
# ---------------------------------------------------------------------------
A05 = [
    ("전세사기피해자법이 시행된 지 3년이 지났습니다. 정부는 피해 지원이 크게 늘었다고 강조하지만 피해자들은 여전히 체감하기 어렵다고 호소합니다. 주요 쟁점을 팩트체크했습니다.", [
        p("3년", None, None, opt=True), c("3년", 3, "년", opt=True),
    ]),
    ("Q1. 피해자로 인정된 사람은 몇 명인가요?", []),
    ("국토교통부(국토부) 전세사기피해지원위원회에 따르면 이달 20일까지 피해자로 최종 결정된 사람은 모두 3만 4,516명입니다. 지난해 같은 시기(2만 7,200명)보다 7,316명 늘었습니다. 위원회는 그동안 접수된 신청 가운데 72.4%를 가결하고 18.1%는 부결, 9.5%는 적용 제외했습니다.", [
        p("이달 20일까지", None, "2026-06-20"), p("이달 20일", "2026-06-20", "2026-06-20", opt=True),
        c("3만 4,516명", 3 * MAN + 4516, "명", opt=True),
        *base("지난해 같은 시기", ("2025-06", "2025-06"), ("2025-06-20", "2025-06-20"), ("2025", "2025")),
        c("2만 7,200명", 2 * MAN + 7200, "명", opt=True), c("7,316명", 7316, "명", opt=True),
        ch("3만 4,516명 ... 지난해 같은 시기(2만 7,200명)보다 7,316명 늘었습니다", before=2 * MAN + 7200, after=3 * MAN + 4516, delta=7316, unit="명"),
        ch("지난해 같은 시기(2만 7,200명)보다 7,316명 늘었습니다", before=2 * MAN + 7200, delta=7316, unit="명", opt=True),
        ch("7,316명 늘었습니다", delta=7316, unit="명", opt=True), ch("3만 4,516명", after=3 * MAN + 4516, unit="명", opt=True),
        p("그동안", None, None, opt=True), pc("72.4%", 72.4), pc("18.1%", 18.1), pc("9.5%", 9.5),
    ]),
    ("Q2. 지원금은 모두 얼마나 나갔나요?", []),
    ("정부가 지금까지 피해자 지원에 쓴 돈은 모두 1조 1,280억원입니다. 이 가운데 한국토지주택공사(LH)가 피해 주택을 경매로 사들여 피해자에게 다시 임대하는 데 쓴 돈이 7,950억원으로 70.5%를 차지합니다.", [
        p("지금까지", None, None, opt=True), m("1조 1,280억원", 1 * JO + 1280 * EOK), m("7,950억원", 7950 * EOK), pc("70.5%", 70.5),
    ]),
    ("LH가 사들인 피해 주택은 지난해 말 1,412가구에서 이달 중순 4,087가구로 늘었습니다. 반년 새 2.9배가 된 셈입니다. 다만 LH가 올해 목표로 잡은 1만 가구의 40.9% 수준입니다.", [
        *monthend("지난해 말", "2025-12", "31"), c("1,412가구", 1412, "가구", opt=True),
        p("이달 중순", "2026-06", "2026-06"), p("이달 중순", "2026-06-11", "2026-06-20", opt=True), c("4,087가구", 4087, "가구", opt=True),
        ch("지난해 말 1,412가구에서 이달 중순 4,087가구로 늘었습니다", before=1412, after=4087, unit="가구"),
        p("반년 새", None, None, opt=True), *mult("2.9배", 2.9),
        p("올해", "2026", "2026"), c("1만 가구", 1 * MAN, "가구"), pc("40.9%", 40.9),
    ]),
    ("Q3. 경매 차익은 얼마나 돌려받나요?", []),
    ("LH는 피해 주택을 감정가보다 싸게 낙찰받으면 그 차익을 피해자에게 돌려줍니다. 국토부 자료를 보면 피해자 1인당 평균 차익 지원액은 4,730만원으로 평균 피해 보증금(1억 4,200만원)의 3분의 1 수준입니다.", [
        c("1인당", 1, "인", opt=True), m("4,730만원", 4730 * MAN), m("1억 4,200만원", 1 * EOK + 4200 * MAN), *mult("3분의 1", 1 / 3),
        ch("4,730만원으로", after=4730 * MAN, unit="KRW", opt=True),
    ]),
    ("피해자 단체인 전세사기·깡통전세 피해자 전국대책위원회(이하 대책위)는 “보증금의 3분의 2는 여전히 돌려받지 못하는 셈”이라며 “회수 보장 비율을 최소 50%로 정해야 한다”고 주장합니다.", [
        *mult("3분의 2", 2 / 3), pc("50%", 50), ch("최소 50%로", after=50, opt=True),
    ]),
    ("Q4. 예산은 충분한가요?", []),
    ("올해 피해 지원 예산은 2조 9,400억원으로 지난해(2조 1,300억원)보다 8,100억원 늘었습니다. 하지만 지난달 말 기준 집행률은 31.2%에 그쳤습니다. 국회 국토교통위원회는 다음 달 중 특별법 개정안을 심사할 예정이어서 지원 대상은 더 넓어질 수 있습니다.", [
        p("올해", "2026", "2026"), m("2조 9,400억원", 2 * JO + 9400 * EOK), p("지난해", "2025", "2025"), m("2조 1,300억원", 2 * JO + 1300 * EOK),
        m("8,100억원", 8100 * EOK),
        ch("2조 9,400억원으로 지난해(2조 1,300억원)보다 8,100억원 늘었습니다", before=2 * JO + 1300 * EOK, after=2 * JO + 9400 * EOK, delta=8100 * EOK, unit="KRW"),
        *monthend("지난달 말 기준", "2026-05", "31"), pc("31.2%", 31.2), p("다음 달 중", "2026-07", "2026-07"),
    ]),
    ("팩트체크 결과 ‘지원이 크게 늘었다’는 정부 설명은 사실로 확인됐습니다. 다만 피해자 10명 가운데 7명은 아직 보증금의 절반도 돌려받지 못해 체감 효과는 제한적이라는 평가가 나옵니다.", [
        c("10명", 10, "명", opt=True), c("7명", 7, "명", opt=True), pc("10명 가운데 7명", 70, opt=True), *mult("절반", 0.5),
    ]),
]
ORG05 = [
    o("국토교통부", ["국토부"]), o("전세사기피해지원위원회"), o("한국토지주택공사", ["LH"]),
    o("전세사기·깡통전세 피해자 전국대책위원회", ["대책위"]), o("국토교통위원회", ["국회 국토교통위원회"]),
    o("국회", opt=True), o("정부", opt=True), o("위원회", opt=True),
]


def page05(paras, title):
    blocks = []
    for t in paras:
        if t.startswith("Q") and t[1].isdigit():
            blocks.append(f'<h3 class="sub_tit">{esc(t)}</h3>')
        else:
            blocks.append(f"<p>{esc(t)}</p>")
    img = ('<div class="img_box"><img src="https://img.kntv.example/news/2026/06/24/jeonse_fraud.jpg" alt="전세사기 피해자 집회">'
           '<p class="img_cap">지난 3일 서울 용산구 대통령실 앞에서 전세사기 피해자들이 특별법 개정을 촉구하고 있다.</p></div>')
    body = "\n        ".join(blocks[:3] + [img] + blocks[3:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>[팩트체크] {esc(title)} | KNT 뉴스</title>
<meta property="og:title" content="[팩트체크] {esc(title)}">
<meta property="og:type" content="video.other">
<link rel="stylesheet" href="/resources/css/news_view.css">
</head>
<body>
<div id="wrap">
  <header id="header">
    <h1 class="logo"><a href="/">KNT 코리아뉴스TV</a></h1>
    <ul class="gnb"><li>뉴스</li><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>팩트체크</li><li>날씨</li><li>VOD</li><li>편성표</li></ul>
    <div class="onair"><a href="/live">ON AIR</a> 뉴스7 19:00~20:00</div>
  </header>
  <div id="container">
    <div class="news_view">
      <div class="view_head">
        <span class="badge_fact">팩트체크</span>
        <h2 class="tit">{esc(title)}</h2>
        <div class="info"><span class="reporter">박소연 기자</span>
          <span class="date">입력 2026.06.24 (19:48)</span><span class="date mod">수정 2026.06.25 (08:30)</span></div>
        <div class="btn_area"><button>글씨 크게</button><button>공유하기</button><button>스크랩</button></div>
      </div>
      <div class="vod_area">
        <div class="player" data-vid="KNT20260624_0173"><span class="play_time">03:12</span></div>
        <p class="vod_tit">[뉴스7] 전세사기 지원 3년…팩트체크 해보니</p>
        <p class="vod_count">재생수 1.2만 · 2026.06.24 방송</p>
      </div>
      <div class="detail_body" id="cont_newstext">
        {body}
      </div>
      <div class="reporter_info"><strong>박소연 기자</strong> soyeon@kntv.example<br>
        <span class="report_tip">■ 제보하기 ▷ 전화 : 02-781-1234 ▷ 이메일 : tip@kntv.example ▷ 카카오톡 : ‘KNT 제보’ 검색</span></div>
      <p class="copyright">Copyright ⓒ KNT. All rights reserved. 무단 전재, 재배포 및 이용(AI 학습 포함) 금지</p>
    </div>
    <aside class="side">
      <div class="box_rel"><h4>관련 영상</h4>
        <ul><li>[팩트체크] 청년 월세 지원 ‘최대 240만원’ 사실일까</li><li>전세보증금 반환보증 가입 4월 1만 2,300건</li></ul></div>
      <div class="box_rank"><h4>많이 본 뉴스</h4>
        <ol><li>장마 시작…제주 최대 150㎜ 폭우</li><li>6월 수출 612억 달러 전망</li><li>서울 아파트값 0.38% 올라 22주 연속 상승</li></ol></div>
    </aside>
  </div>
  <footer id="footer"><p>KNT 코리아뉴스TV | 서울특별시 마포구 상암산로 76 | 시청자센터 02-781-0000</p><p>ⓒ KNT Broadcasting Corp.</p></footer>
</div>
</body>
</html>
"""


article(
    name="05_jeonse_fraud_support_tv_factcheck_html", ext="html", published="2026-06-24",
    title="전세사기 지원 1조 넘었다는데…피해자 체감은?",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["KNT 코리아뉴스TV", "ON AIR", "뉴스7 19:00~20:00", "박소연 기자", "수정 2026.06.25", "글씨 크게", "03:12", "[뉴스7]",
               "재생수 1.2만", "대통령실 앞에서", "soyeon@", "■ 제보하기", "02-781-1234", "KNT 제보", "Copyright ⓒ KNT", "AI 학습 포함",
               "관련 영상", "최대 240만원", "1만 2,300건", "많이 본 뉴스", "150㎜", "612억 달러", "0.38% 올라", "22주 연속", "상암산로 76",
               "02-781-0000", "KNT Broadcasting Corp."],
    notes=("A TV broadcaster's web article in 'Q&A 팩트체크' form (KNT 코리아뉴스TV, invented): header with gnb and an ON AIR line "
           "(clock times), div.view_head (a '팩트체크' badge, h2.tit, **'입력 2026.06.24 (19:48)' and '수정 2026.06.25 (08:30)'**), buttons, "
           "**a div.vod_area player box** (running time, programme title, play count, broadcast date), body = div.detail_body with a "
           "lead p and **four `<h3 class=\"sub_tit\">` question sub-heads 'Q1.' … 'Q4.' between the answer paragraphs**, plus an img_box "
           "with a caption (furniture); reporter box with a 제보 line, copyright, aside 관련 영상 / 많이 본 뉴스 (figures), footer. "
           "published: 입력 (not 수정, not the programme line). The Q sub-heads are body (as blind10's h2 subhead), and **'Q1'…'Q4' are "
           "question numbers, not quarters**: no periods. Conventions: '3년이 지났습니다' a duration (optional); '이달 20일까지' open "
           "start 2026-06-20; '3만 4,516명입니다. 지난해 같은 시기(2만 7,200명)보다 7,316명 늘었습니다' one gold count change {before, "
           "after, delta} across two sentences (counts and partial readings optional, '지난해 같은 시기' a base: optional); percentages "
           "of decisions gold; money levels gold; '지난해 말 1,412가구에서 이달 중순 4,087가구로' gold count change, '이달 중순' gold month "
           "2026-06 (days optional), '지난해 말' 2025-12; '2.9배', '3분의 1', '3분의 2', '절반' optional readings only; '올해 목표로 잡은 1만 "
           "가구' a gold count; '1인당' optional; '최소 50%로 정해야' a demand: percentage gold, change optional; '2조 9,400억원으로 "
           "지난해(2조 1,300억원)보다 8,100억원 늘었습니다' endpoint change with delta; '지난달 말 기준' 2026-05; '다음 달 중' 2026-07; "
           "'10명 가운데 7명' a proportion (optional readings). Organisations: 국토교통부 (국토부), 전세사기피해지원위원회, 한국토지주택공사 "
           "(LH), 전세사기·깡통전세 피해자 전국대책위원회 (이하 대책위), 국토교통위원회 (국회 국토교통위원회); 국회, 정부 optional. "
           "'전세사기피해자법' and '특별법' are laws."),
)


# ---------------------------------------------------------------------------
# 06 경북도의회 산불피해복구특위, 지방의회 보도자료 text dump ('(사진 있음)', 의원 names with districts), 2026-04-21
# ---------------------------------------------------------------------------
A06 = [
    ("- 산림 피해 9만 9,000㏊…복구비 1조 8,000억원 가운데 41%만 집행", [
        c("9만 9,000㏊", 9 * MAN + 9000, "㏊", opt=True), m("1조 8,000억원", 1 * JO + 8000 * EOK), pc("41%", 41),
    ]),
    ("- 임시주택 거주 이재민 아직 2,130가구…“올해 안에 영구 주택 공급해야”", [
        c("2,130가구", 2130, "가구"), *this_year_within("올해 안에", "2026"),
    ]),
    ("경상북도의회(이하 도의회) 산불피해복구특별위원회(위원장 권태형·의성2, 이하 특위)는 20일 의성군 단촌면 등 지난해 3월 대형 산불 피해 지역을 찾아 복구 상황을 점검했다고 21일 밝혔다.", [
        p("20일", "2026-04-20", "2026-04-20"), p("지난해 3월", "2025-03", "2025-03"), p("21일", "2026-04-21", "2026-04-21"),
    ]),
    ("특위에 따르면 지난해 산불로 도내 5개 시군에서 산림 9만 9,000㏊가 탔고 주택 3,820채가 불에 탔다. 피해액은 1조 1,250억원으로 집계됐다.", [
        p("지난해", "2025", "2025"), c("5개", 5, "개"), c("9만 9,000㏊", 9 * MAN + 9000, "㏊", opt=True), c("3,820채", 3820, "채"),
        m("1조 1,250억원", 1 * JO + 1250 * EOK),
    ]),
    ("정부와 경북도가 확정한 복구비는 1조 8,000억원이지만 지난달 말 기준 집행액은 7,380억원으로 집행률이 41%에 그쳤다. 특히 산림 복구는 계획 면적 4만 2,000㏊ 가운데 8,600㏊만 마쳐 진척률이 20.5%에 머물렀다.", [
        m("1조 8,000억원", 1 * JO + 8000 * EOK), *monthend("지난달 말 기준", "2026-03", "31"), m("7,380억원", 7380 * EOK), pc("41%", 41),
        c("4만 2,000㏊", 4 * MAN + 2000, "㏊", opt=True), c("8,600㏊", 8600, "㏊", opt=True), pc("20.5%", 20.5),
    ]),
    ("이재민 주거 문제도 과제로 남았다. 임시조립주택에 사는 이재민은 지난해 말 3,400가구에서 이달 기준 2,130가구로 1,270가구 줄었지만 이 가운데 65세 이상 고령 가구가 68%를 차지한다.", [
        *monthend("지난해 말", "2025-12", "31"), c("3,400가구", 3400, "가구", opt=True), p("이달 기준", "2026-04", "2026-04"),
        c("2,130가구", 2130, "가구", opt=True), c("1,270가구", 1270, "가구", opt=True),
        ch("지난해 말 3,400가구에서 이달 기준 2,130가구로 1,270가구 줄었지만", before=3400, after=2130, delta=-1270, unit="가구"),
        AGE("65세 이상", 65), pc("68%", 68),
    ]),
    ("권태형 위원장은 “임시주택 거주 기간이 최장 2년이어서 내년 3월이면 퇴거 시한이 돌아오는 가구가 생긴다”며 “올해 안에 영구 주택 1,500호를 공급해야 한다”고 말했다.", [
        p("최장 2년", None, None, opt=True), c("2년", 2, "년", opt=True), p("내년 3월", "2027-03", "2027-03"),
        *this_year_within("올해 안에", "2026"), c("1,500호", 1500, "호"),
    ]),
    ("박상용 의원(안동1)은 “피해 과수원 복구 지원 단가가 ㏊당 1,200만원으로 실제 복구 비용의 절반 수준”이라며 “2,000만원까지 올려야 한다”고 요구했다.", [
        c("㏊당", 1, "㏊", opt=True), m("1,200만원", 1200 * MAN), *mult("절반", 0.5), m("2,000만원", 2000 * MAN),
        ch("1,200만원으로 ... 2,000만원까지 올려야", before=1200 * MAN, after=2000 * MAN, unit="KRW"),
        ch("2,000만원까지 올려야", after=2000 * MAN, unit="KRW", opt=True),
    ]),
    ("이영희 의원(의성1)은 산불 진화 헬기 부족 문제를 짚었다. 경북도가 올해 임차한 진화 헬기는 9대로 지난해(6대)보다 3대 늘었지만 산림청 권장 기준인 14대에는 못 미친다.", [
        p("올해", "2026", "2026"), c("9대", 9, "대", opt=True), p("지난해", "2025", "2025"), c("6대", 6, "대", opt=True), c("3대", 3, "대", opt=True),
        ch("9대로 지난해(6대)보다 3대 늘었지만", before=6, after=9, delta=3, unit="대"),
        ch("3대 늘었지만", delta=3, unit="대", opt=True), ch("9대로", after=9, unit="대", opt=True),
        c("14대", 14, "대"),
    ]),
    ("특위는 이날 경북도에 내년 산불 대응 예산을 2,320억원으로 올해(1,600억원)보다 45% 늘려 달라고 요청했다. 특위는 오는 6월 30일까지 활동한 뒤 결과보고서를 채택할 예정이다.", [
        p("이날", None, None, opt=True), p("이날", "2026-04-20", "2026-04-20", opt=True), p("내년", "2027", "2027"),
        m("2,320억원", 2320 * EOK), p("올해", "2026", "2026"), m("1,600억원", 1600 * EOK), pc("45%", 45),
        ch("2,320억원으로 올해(1,600억원)보다 45% 늘려", before=1600 * EOK, after=2320 * EOK, unit="KRW"),
        ch("45% 늘려", delta=45, unit="%", opt=True), ch("2,320억원으로", after=2320 * EOK, unit="KRW", opt=True),
        p("오는 6월 30일까지", None, "2026-06-30"),
    ]),
]
ORG06 = [
    o("경상북도의회", ["도의회", "경북도의회"]), o("산불피해복구특별위원회", ["특위"]), o("경상북도", ["경북도"]), o("산림청"),
    o("정부", opt=True), o("의성군", opt=True),
]


def page06(paras, title):
    head = """도민과 함께 여는 새로운 경북, 열린 의정
경 상 북 도 의 회                                        보 도 자 료

배포일시 : 2026. 4. 21.(화)          보도일시 : 즉시 보도 가능
담    당 : 의회사무처 홍보담당관   언론팀장  배수현 (054-880-5031)
                                   주 무 관  하민재 (054-880-5037)
(사진 있음)

"""
    deck = "\n".join(paras[:2])
    body = ("\n\n".join(paras[2:5])
            + "\n\n(사진 있음)\n  ▲ 권태형 위원장(가운데) 등 특위 위원들이 20일 의성군 단촌면 산림 복구 현장에서 관계자의 설명을 듣고 있다.\n\n"
            + "\n\n".join(paras[5:8])
            + "\n\n(사진 있음)\n  ▲ 박상용 의원(안동1)이 피해 과수원 복구 단가 인상을 요구하고 있다.\n\n"
            + "\n\n".join(paras[8:]))
    tail = """

붙임 : 현장 점검 사진 3매.  끝.

────────────────────────────────
[의정 단신]
○ 도의회 기획경제위원회, 2026년 1회 추가경정예산안 4,180억원 예비 심사 (4. 22.~4. 24.)
○ 최윤서 의원(구미4), 청년 창업 지원 조례 개정안 대표 발의…지원 한도 3천만원→5천만원
(사진 있음)
────────────────────────────────
경상북도의회 홈페이지 www.gb.go.kr/council  |  경북 안동시 풍천면 도청대로 455
"""
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="06_gyeongbuk_council_wildfire_release", ext="txt", published="2026-04-21",
    title="경북도의회 산불피해복구특위 “이재민 주거 지원 올해 안에 마무리해야”",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["도민과 함께 여는 새로운 경북", "경 상 북 도 의 회", "보 도 자 료", "배포일시", "즉시 보도 가능", "의회사무처 홍보담당관", "배수현",
               "054-880-5031", "하민재", "054-880-5037", "(사진 있음)", "(가운데)", "관계자의 설명을 듣고", "복구 단가 인상을 요구하고",
               "사진 3매", "[의정 단신]", "기획경제위원회", "4,180억원", "4. 22.~4. 24.", "최윤서", "구미4", "3천만원→5천만원", "www.gb.go.kr",
               "도청대로 455"],
    notes=("A 지방의회 보도자료 (경상북도의회) as a plain-text dump: slogan, spaced '경 상 북 도 의 회 … 보 도 자 료', **'배포일시 : 2026. "
           "4. 21.(화)   보도일시 : 즉시 보도 가능'**, 담당 lines with phones, **'(사진 있음)' notes** (at the top and before each of two "
           "'▲' photo captions between paragraphs — furniture), title, two '- ' deck lines, body paragraphs **with 의원 names and their "
           "districts in brackets ('권태형·의성2', '박상용 의원(안동1)', '이영희 의원(의성1)' — constituency names, no figures)**, '붙임' "
           "line, a '[의정 단신]' box with other items (figures, dates, another 의원) and the council's address. published: the 배포일시 "
           "(= '21일 밝혔다'). Title not scored; '- ' deck lines are body. Conventions: hectares ('9만 9,000㏊', '4만 2,000㏊', '㏊당') are "
           "measures: optional; '5개 시군' a gold count, '3,820채' a gold count (unit 채); '지난달 말 기준' 2026-03; '이달 기준' 2026-04; "
           "'지난해 말 3,400가구에서 이달 기준 2,130가구로 1,270가구 줄었지만' gold count change with negative delta (counts optional), but "
           "the deck's '이재민 아직 2,130가구' is a gold count (a level, no move written there); '올해 안에' gold 2026 (the date word), the "
           "by-the-end readings optional; '최장 2년' a duration (optional); '내년 3월' 2027-03; '㏊당 1,200만원으로 … 2,000만원까지 올려야' a "
           "demanded endpoint change: gold {before, after} (the '절반' optional readings only); '9대로 지난해(6대)보다 3대 늘었지만' gold "
           "count change with delta, '14대' (a recommended level) a gold count; '내년 … 2,320억원으로 올해(1,600억원)보다 45% 늘려' a gold "
           "endpoint change (rate optional); '이날' optional; '오는 6월 30일까지' open start. Ages optional. Organisations: 경상북도의회 "
           "(이하 도의회), 산불피해복구특별위원회 (이하 특위), 경상북도 (경북도), 산림청; 정부, 의성군 (a place here) optional."),
)


if __name__ == "__main__":
    main(HERE)
