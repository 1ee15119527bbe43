#!/usr/bin/env python3
"""The eval/blind16 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind16/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


AGE = lambda t, v: c(t, v, "세", opt=True)

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)


def mult(text, factor):
    """A multiple or fraction ('두 배', '2.4배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


# ---------------------------------------------------------------------------
# 01 1분기 국세수입, portal-like HTML: date only in span.txt_info '입력 2026.05.07. 오전 9:12', byline in
#    em.media_end_head_journalist_name, 2026-05-07
# ---------------------------------------------------------------------------
Q1_26 = ("2026-01", "2026-03")
Q1_25 = ("2025-01", "2025-03")
A01 = [
    ("올해 1분기 국세수입이 법인세 호조에 힘입어 1년 전보다 8조원 넘게 늘었다. 재정경제부(이하 재경부)가 6일 발표한 ‘월간 재정동향 5월호’에 따르면 1~3월 국세수입은 93조 6,000억원으로 지난해 같은 기간(85조 2,000억원)보다 8조 4,000억원(9.9%) 증가했다.", [
        p("올해 1분기", *Q1_26), *base("1년 전", Q1_25, ("2025", "2025")), m("8조원", 8 * JO, q="at_least"),
        ch("1년 전보다 8조원 넘게 늘었다", delta=8 * JO, unit="KRW"),
        p("6일", "2026-05-06", "2026-05-06"), p("5월호", None, None, opt=True), p("5월호", "2026-05", "2026-05", opt=True),
        p("1~3월", *Q1_26), m("93조 6,000억원", 93 * JO + 6000 * EOK), *base("지난해 같은 기간", Q1_25),
        m("85조 2,000억원", 85 * JO + 2000 * EOK), m("8조 4,000억원", 8 * JO + 4000 * EOK), pc("9.9%", 9.9),
        ch("93조 6,000억원으로 지난해 같은 기간(85조 2,000억원)보다 8조 4,000억원(9.9%) 증가했다", before=85 * JO + 2000 * EOK, after=93 * JO + 6000 * EOK, delta=8 * JO + 4000 * EOK, unit="KRW"),
        ch("8조 4,000억원(9.9%) 증가했다", delta=9.9, unit="%", opt=True), ch("8조 4,000억원(9.9%) 증가했다", delta=8 * JO + 4000 * EOK, unit="KRW", opt=True),
    ]),
    ("세목별로는 법인세가 31조 8,000억원 걷혀 1년 전보다 6조 2,000억원 늘었다. 지난해 반도체 업황 회복으로 기업 실적이 개선되면서 3월 법인세 신고분이 크게 증가한 영향이다. 삼성전자와 SK하이닉스의 지난해 영업이익 합계는 74조 5,000억원으로 전년의 2.3배에 달했다.", [
        m("31조 8,000억원", 31 * JO + 8000 * EOK), *base("1년 전", Q1_25, ("2025", "2025")), m("6조 2,000억원", 6 * JO + 2000 * EOK),
        ch("31조 8,000억원 걷혀 1년 전보다 6조 2,000억원 늘었다", after=31 * JO + 8000 * EOK, delta=6 * JO + 2000 * EOK, unit="KRW"),
        ch("31조 8,000억원 걷혀 1년 전보다 6조 2,000억원 늘었다", before=25 * JO + 6000 * EOK, after=31 * JO + 8000 * EOK, delta=6 * JO + 2000 * EOK, unit="KRW", opt=True),
        ch("6조 2,000억원 늘었다", delta=6 * JO + 2000 * EOK, unit="KRW", opt=True),
        p("지난해", "2025", "2025"), p("3월", "2026-03", "2026-03"),
        p("지난해", "2025", "2025"), m("74조 5,000억원", 74 * JO + 5000 * EOK), ch("74조 5,000억원으로", after=74 * JO + 5000 * EOK, unit="KRW"),
        p("전년", None, None, opt=True), p("전년", "2024", "2024", opt=True), *mult("2.3배", 2.3),
    ]),
    ("소득세는 29조 1,000억원으로 1조 3,000억원 늘었다. 근로소득세가 취업자 증가와 성과급 확대로 2조 1,000억원 더 걷힌 반면, 부동산 거래가 줄면서 양도소득세는 8,000억원 감소했다. 부가가치세는 22조 4,000억원으로 4.2% 증가했다.", [
        m("29조 1,000억원", 29 * JO + 1000 * EOK), m("1조 3,000억원", 1 * JO + 3000 * EOK),
        ch("29조 1,000억원으로 1조 3,000억원 늘었다", after=29 * JO + 1000 * EOK, delta=1 * JO + 3000 * EOK, unit="KRW"),
        ch("29조 1,000억원으로 1조 3,000억원 늘었다", before=27 * JO + 8000 * EOK, after=29 * JO + 1000 * EOK, delta=1 * JO + 3000 * EOK, unit="KRW", opt=True),
        ch("1조 3,000억원 늘었다", delta=1 * JO + 3000 * EOK, unit="KRW", opt=True),
        m("2조 1,000억원", 2 * JO + 1000 * EOK), ch("2조 1,000억원 더 걷힌", delta=2 * JO + 1000 * EOK, unit="KRW"),
        m("8,000억원", 8000 * EOK), ch("8,000억원 감소했다", delta=-8000 * EOK, unit="KRW"),
        m("22조 4,000억원", 22 * JO + 4000 * EOK), pc("4.2%", 4.2),
        ch("22조 4,000억원으로", after=22 * JO + 4000 * EOK, unit="KRW"), ch("4.2% 증가했다", delta=4.2, unit="%"),
    ]),
    ("교통·에너지·환경세는 유류세 인하 조치 연장으로 2조 7,000억원에 그쳐 3,000억원 줄었고, 증권거래세도 1조 5,000억원으로 지난해 1분기(1조 9,000억원)보다 21.1% 감소했다.", [
        m("2조 7,000억원", 2 * JO + 7000 * EOK), m("3,000억원", 3000 * EOK),
        ch("2조 7,000억원에 그쳐 3,000억원 줄었고", after=2 * JO + 7000 * EOK, delta=-3000 * EOK, unit="KRW"),
        ch("2조 7,000억원에 그쳐 3,000억원 줄었고", before=3 * JO, after=2 * JO + 7000 * EOK, delta=-3000 * EOK, unit="KRW", opt=True),
        ch("3,000억원 줄었고", delta=-3000 * EOK, unit="KRW", opt=True),
        m("1조 5,000억원", 1 * JO + 5000 * EOK), p("지난해 1분기", *Q1_25), m("1조 9,000억원", 1 * JO + 9000 * EOK), pc("21.1%", 21.1),
        ch("1조 5,000억원으로 지난해 1분기(1조 9,000억원)보다 21.1% 감소했다", before=1 * JO + 9000 * EOK, after=1 * JO + 5000 * EOK, unit="KRW"),
        ch("21.1% 감소했다", delta=-21.1, unit="%", opt=True),
    ]),
    ("세입예산 대비 실제 걷힌 세금의 비율인 진도율은 24.8%로 1년 전(23.1%)보다 1.7%포인트 높았다. 최근 5년 평균 진도율(24.3%)도 웃돌았다. 올해 국세수입 예산은 377조 4,000억원이다.", [
        pc("24.8%", 24.8), *base("1년 전", Q1_25, ("2025", "2025")), pc("23.1%", 23.1), pc("1.7%포인트", 1.7),
        ch("24.8%로 1년 전(23.1%)보다 1.7%포인트 높았다", before=23.1, after=24.8, delta=1.7),
        ch("1.7%포인트 높았다", delta=1.7, unit="%p", opt=True),
        p("최근 5년", None, None, opt=True), p("최근 5년", "2021", "2025", opt=True), p("최근 5년", "2022", "2026", opt=True), c("5년", 5, "년", opt=True),
        pc("24.3%", 24.3), p("올해", "2026", "2026"), m("377조 4,000억원", 377 * JO + 4000 * EOK),
    ]),
    ("다만 재경부는 하반기 세수 여건이 녹록지 않다고 봤다. 지난해 하반기에는 법인세 중간예납으로 12조 3,000억원이 들어왔지만, 올해는 환율 하락으로 수출기업 실적이 둔화해 중간예납 규모가 10조원 안팎으로 줄어들 수 있다는 것이다.", [
        p("하반기", "2026-07", "2026-12"), p("지난해 하반기", "2025-07", "2025-12"), m("12조 3,000억원", 12 * JO + 3000 * EOK),
        p("올해", "2026", "2026"), m("10조원 안팎", 10 * JO, q="approx"), ch("10조원 안팎으로 줄어들", after=10 * JO, unit="KRW"),
        ch("12조 3,000억원이 ... 10조원 안팎으로 줄어들", before=12 * JO + 3000 * EOK, after=10 * JO, unit="KRW", opt=True),
    ]),
    ("재경부 관계자는 “1분기 실적만으로 연간 세수를 판단하기는 이르다”며 “오는 7월 상반기 실적이 나오면 세수 재추계 여부를 검토하겠다”고 말했다. 정부는 지난해 세수 결손 규모를 당초 예상(30조원)보다 적은 18조 7,000억원으로 집계했다.", [
        p("1분기", *Q1_26), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        p("오는 7월", "2026-07", "2026-07"), p("상반기", "2026-01", "2026-06"),
        p("지난해", "2025", "2025"), m("30조원", 30 * JO), m("18조 7,000억원", 18 * JO + 7000 * EOK),
        ch("당초 예상(30조원)보다 적은 18조 7,000억원", before=30 * JO, after=18 * JO + 7000 * EOK, unit="KRW", opt=True),
        ch("18조 7,000억원으로 집계했다", after=18 * JO + 7000 * EOK, unit="KRW", opt=True),
    ]),
]
ORG01 = [o("재정경제부", ["재경부"]), o("삼성전자"), o("SK하이닉스"), o("정부", opt=True)]


def page01(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    fig = ('<figure class="figure_frm origin_fig"><p class="link_figure"><img src="https://img.hangyeol-econ.kr/news/2026/05/07/tax_0507.jpg" '
           'class="thumb_g_article" alt="세종 재정경제부 청사"></p><figcaption class="txt_caption default_figure">세종시 재정경제부 청사 전경. '
           '재경부는 매달 마지막 주 목요일 재정동향을 공개한다. /한결경제 DB</figcaption></figure>')
    body = "\n      ".join([fig] + ps[:4] + ['<div class="ad_inline"><span class="txt_ad">AD</span><div id="ad_mid_01"></div></div>'] + ps[4:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} | 한결경제</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="한결경제">
<meta property="og:image" content="https://img.hangyeol-econ.kr/news/2026/05/07/tax_0507.jpg">
<link rel="stylesheet" href="https://static.hangyeol-econ.kr/css/view.min.css?v=20260430">
</head>
<body class="news_view_body">
<div id="wrap">
 <div id="kakaoHead" class="head_news">
  <h1 class="tit_service"><a href="https://www.hangyeol-econ.kr/">한결경제</a></h1>
  <div class="gnb_comm"><ul class="list_gnb"><li>홈</li><li>경제</li><li>금융</li><li>증권</li><li>부동산</li><li>산업</li><li>정책</li><li>글로벌</li><li>오피니언</li></ul></div>
  <div class="weather_widget"><span class="txt_region">서울</span> <span class="txt_wt">맑음 21.4℃</span> <span class="txt_dust">미세먼지 좋음</span></div>
  <div class="market_widget">코스피 2,871.40 ▲0.62% | 원/달러 1,352.10</div>
 </div>
 <div id="cMain">
  <div class="main-content">
   <div class="head_view">
    <em class="info_cp"><a href="https://www.hangyeol-econ.kr/policy" class="link_cp">정책·재정</a></em>
    <h3 class="tit_view" data-translation="true">{esc(title)}</h3>
    <div class="media_end_head_journalist"><a href="https://www.hangyeol-econ.kr/reporter/jihoo" class="media_end_head_journalist_box"><em class="media_end_head_journalist_name">문지후 기자</em></a></div>
    <span class="info_view"><span class="txt_info">입력 2026.05.07. 오전 9:12</span><button type="button" class="emph_g2 link_cmt">댓글 <span class="num_cmt">14</span></button></span>
    <div class="util_view"><button class="btn_util">요약</button><button class="btn_util">음성 기사 듣기</button><button class="btn_util">글씨 크기 조절</button><button class="btn_util">공유</button></div>
   </div>
   <div class="news_view fs_type1">
    <div class="article_view" data-translation-body="true">
     <section dmcf-sid="hg_0507_tax">
      {body}
     </section>
    </div>
    <p class="txt_copyright">jihoo.moon@hangyeol-econ.kr<br>Copyright ⓒ 한결경제. 무단전재 및 재배포 금지.</p>
   </div>
   <div class="relate_news">
    <strong class="tit_relate">관련기사</strong>
    <ul class="list_relate">
     <li><a href="#">2월 국세수입 61조 2,000억원…법인세 2조 8,000억원 증가</a></li>
     <li><a href="#">세수 결손 3년째…지방교부세 4조원 감액 불가피</a></li>
     <li><a href="#">반도체 호황에 법인세 중간예납 15조원 넘을 듯</a></li>
    </ul>
   </div>
  </div>
  <aside class="aside_g">
   <div class="box_rank"><h4 class="tit_rank">많이 본 뉴스</h4><ol>
    <li>5월 기준금리 동결…연 2.25% 유지</li><li>종부세 대상 1주택자 31만 명…2년 새 42% 증가</li><li>가계부채 1,980조원 돌파</li></ol></div>
   <div class="box_rank"><h4 class="tit_rank">오늘의 경제 일정</h4><ul><li>10:00 4월 고용동향 발표</li><li>14:00 국채 10년물 입찰 2조 5,000억원</li></ul></div>
  </aside>
 </div>
 <div id="kakaoFoot"><p class="txt_info_foot">(주)한결경제미디어 | 서울특별시 마포구 월드컵북로 396 | 인터넷신문 등록번호 서울 아54211 | 발행·편집인 조현서 | 청소년보호책임자 신유나</p>
  <p>ⓒ Hangyeol Economy Corp.</p></div>
</div>
</body>
</html>
"""


article(
    name="01_tax_revenue_q1_txtinfo_html", ext="html", published="2026-05-07",
    title="1분기 국세 93.6조 걷혀…법인세 6조 더 들어와 진도율 24.8%",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["맑음 21.4℃", "미세먼지 좋음", "코스피 2,871.40", "1,352.10", "정책·재정", "문지후 기자", "댓글", "음성 기사 듣기", "글씨 크기 조절",
               "세종시 재정경제부 청사 전경", "마지막 주 목요일", "/한결경제 DB", "jihoo.moon@", "Copyright ⓒ 한결경제", "관련기사",
               "61조 2,000억원", "2조 8,000억원 증가", "세수 결손 3년째", "4조원 감액", "15조원 넘을 듯", "많이 본 뉴스", "연 2.25%", "31만 명",
               "42% 증가", "1,980조원", "오늘의 경제 일정", "4월 고용동향", "2조 5,000억원", "월드컵북로 396", "아54211", "조현서", "Hangyeol Economy Corp."],
    notes=("A portal-style news HTML (한결경제, invented): header with gnb, **weather widget '서울 맑음 21.4℃ 미세먼지 좋음'** and a market "
           "line, div.head_view with em.info_cp section, **h3.tit_view**, the byline only in **em.media_end_head_journalist_name '문지후 기자'**, "
           "and the date only in **span.txt_info '입력 2026.05.07. 오전 9:12'** (no meta/JSON-LD date, no 수정 stamp); body = the p of "
           "section[dmcf-sid] in div.article_view, which also holds a figure with figcaption (figures) and an AD box; e-mail and copyright, "
           "관련기사 (figures), aside 많이 본 뉴스 and 오늘의 경제 일정 (figures, clock times), footer. published 2026-05-07. Title not scored; "
           "no deck. Conventions: '1년 전보다 8조원 넘게 늘었다' at_least money and a gold delta change (no endpoints in that sentence); "
           "'93조 6,000억원으로 지난해 같은 기간(85조 2,000억원)보다 8조 4,000억원(9.9%) 증가' endpoint change with delta (bracketed rate's "
           "%-change optional); 'A 걷혀 1년 전보다 D 늘었다', 'A로 D 늘었다', 'A에 그쳐 D 줄었고' gold {after, delta} (the computed "
           "before optional); '2조 1,000억원 더 걷힌' gold delta; '8,000억원 감소했다' gold delta −8,000억; '22조 4,000억원으로 4.2% 증가' two "
           "gold changes; '1조 5,000억원으로 지난해 1분기(1조 9,000억원)보다 21.1% 감소' endpoint change (rate optional), '지난해 1분기' a "
           "named quarter: gold (as blind10's named half-year); '74조 5,000억원으로 전년의 2.3배' gold after-change, '2.3배' optional "
           "readings, '전년' optional; '24.8%로 1년 전(23.1%)보다 1.7%포인트' gold %-level change without unit; '최근 5년 평균' optional; "
           "'10조원 안팎으로 줄어들' approx money and a gold after-change (the change from last year's 12조 3,000억원 optional); '당초 "
           "예상(30조원)보다 적은 18조 7,000억원' an estimate vs an outcome, not a move: optional; '‘월간 재정동향 5월호’' the issue name "
           "optional; '1년 전', '지난해 같은 기간' bases optional; '연간' optional. Organisations: 재정경제부 (이하 재경부), 삼성전자, "
           "SK하이닉스; 정부 optional."),
)


# ---------------------------------------------------------------------------
# 02 소상공인 경영안정지원금, 지자체 소식지 PDF-to-text dump (푸른청주 2026년 3월호, 발행일 2026-02-25)
# ---------------------------------------------------------------------------
A02 = [
    ("청주시가 고물가·고금리로 어려움을 겪는 소상공인의 경영 안정을 위해 올해 300억원 규모의 ‘소상공인 경영안정지원금’을 지급한다. 지난해(180억원)보다 120억원 늘어난 규모로, 지원 대상도 1만 8,000곳에서 3만 곳으로 확대됐다.", [
        p("올해", "2026", "2026"), m("300억원", 300 * EOK), p("지난해", "2025", "2025"), m("180억원", 180 * EOK), m("120억원", 120 * EOK),
        ch("300억원 ... 지난해(180억원)보다 120억원 늘어난", before=180 * EOK, after=300 * EOK, delta=120 * EOK, unit="KRW"),
        ch("지난해(180억원)보다 120억원 늘어난", before=180 * EOK, delta=120 * EOK, unit="KRW", opt=True),
        ch("120억원 늘어난", delta=120 * EOK, unit="KRW", opt=True),
        c("1만 8,000곳", 18000, "곳", opt=True), c("3만 곳", 30000, "곳", opt=True),
        ch("1만 8,000곳에서 3만 곳으로 확대됐다", before=18000, after=30000, unit="곳"),
    ]),
    ("□ 지원 대상과 금액", []),
    ("○ 지원 대상은 청주시에 사업장을 두고 지난해 연 매출액이 3억원 이하인 소상공인이다. 1곳당 100만원을 지역화폐인 청주페이로 지급하며, 연 매출액이 1억원 미만인 영세 사업장은 50만원을 더해 150만원을 받는다.", [
        p("지난해", "2025", "2025"), m("3억원 이하", 3 * EOK, q="at_most"), c("1곳당", 1, "곳", opt=True), m("100만원", 100 * MAN),
        m("1억원 미만", 1 * EOK, q="at_most"), m("50만원", 50 * MAN), m("150만원", 150 * MAN),
        ch("50만원을 더해 150만원을", before=100 * MAN, after=150 * MAN, delta=50 * MAN, unit="KRW", opt=True),
        ch("50만원을 더해 150만원을", after=150 * MAN, delta=50 * MAN, unit="KRW", opt=True),
        ch("50만원을 더해", delta=50 * MAN, unit="KRW", opt=True),
    ]),
    ("- 유흥·사행업종과 휴·폐업 사업장은 제외되며, 2024년 이후 같은 지원금을 받은 사업장도 다시 신청할 수 있다.", [
        p("2024년 이후", "2024", None), p("2024년", "2024", "2024", opt=True),
    ]),
    ("○ 올해는 만 39세 이하 청년 소상공인과 1인 자영업자 7,200곳에 최대 200만원의 ‘재도약 특별자금’을 추가로 지원한다. 지난해 3,000곳에서 2.4배로 늘었다.", [
        p("올해", "2026", "2026"), AGE("39세 이하", 39), c("1인", 1, "인", opt=True), c("7,200곳", 7200, "곳", opt=True),
        m("200만원", 200 * MAN, q="at_most"), ch("최대 200만원의 ‘재도약 특별자금’을 추가로", delta=200 * MAN, unit="KRW", opt=True),
        p("지난해", "2025", "2025"), c("3,000곳", 3000, "곳", opt=True),
        ch("7,200곳 ... 지난해 3,000곳에서 2.4배로 늘었다", before=3000, after=7200, unit="곳"), *mult("2.4배", 2.4),
    ]),
    ("○ 시는 청주상공회의소(이하 청주상의)와 함께 지원금을 받은 사업장 가운데 500곳을 골라 무료 경영 컨설팅도 제공한다.", [
        c("500곳", 500, "곳"),
    ]),
    ("□ 신청 기간과 방법", []),
    ("○ 신청은 다음 달 2일(월)부터 4월 30일(목)까지 청주시 누리집과 청주페이 앱에서 받는다. 온라인 신청이 어려운 고령 사업주는 3월 9일부터 20일까지 43개 읍면동 행정복지센터를 방문하면 된다.", [
        p("다음 달 2일(월)부터 4월 30일(목)까지", "2026-03-02", "2026-04-30"), p("다음 달 2일(월)", "2026-03-02", "2026-03-02", opt=True),
        p("다음 달 2일(월)부터", "2026-03-02", None, opt=True), p("4월 30일(목)까지", None, "2026-04-30", opt=True), p("4월 30일(목)", "2026-04-30", "2026-04-30", opt=True),
        p("3월 9일부터 20일까지", "2026-03-09", "2026-03-20"), p("3월 9일", "2026-03-09", "2026-03-09", opt=True), p("20일까지", None, "2026-03-20", opt=True),
        p("20일", "2026-03-20", "2026-03-20", opt=True), c("43개", 43, "개"),
    ]),
    ("- 지원금은 신청 후 2주 이내에 지급되며, 지난해에는 신청 사업장의 96.4%가 지원금을 받았다.", [
        p("2주 이내", None, None, opt=True), c("2주", 2, "주", opt=True), p("지난해", "2025", "2025"), pc("96.4%", 96.4),
    ]),
    ("□ 청주페이 할인율 3월 한 달 10%→15%", [
        p("3월", "2026-03", "2026-03"), p("한 달", None, None, opt=True), c("한 달", 1, "달", opt=True),
        pc("10%", 10), pc("15%", 15), ch("10%→15%", before=10, after=15), ch("10%→15%", before=10, after=15, delta=5, opt=True),
    ]),
    ("○ 시는 소비를 늘리기 위해 청주페이 할인율을 3월 한 달간 10%에서 15%로 높이고, 1인당 월 구매 한도도 50만원에서 70만원으로 늘린다. 이를 위해 올해 할인 지원 예산 95억원 가운데 24억원을 1분기에 집중 투입한다.", [
        p("3월", "2026-03", "2026-03"), p("한 달간", None, None, opt=True), c("한 달", 1, "달", opt=True),
        pc("10%", 10), pc("15%", 15), ch("10%에서 15%로 높이고", before=10, after=15), ch("10%에서 15%로 높이고", before=10, after=15, delta=5, opt=True),
        c("1인당", 1, "인", opt=True), m("50만원", 50 * MAN), m("70만원", 70 * MAN), ch("50만원에서 70만원으로 늘린다", before=50 * MAN, after=70 * MAN, unit="KRW"),
        p("올해", "2026", "2026"), m("95억원", 95 * EOK), m("24억원", 24 * EOK), p("1분기", "2026-01", "2026-03"),
    ]),
    ("○ 시 관계자는 “지난해 지원금을 받은 소상공인의 62%가 매출 회복에 도움이 됐다고 답했다”며 “내년에는 지원 대상을 4만 곳까지 늘리는 방안을 검토하겠다”고 말했다.", [
        p("지난해", "2025", "2025"), pc("62%", 62), p("내년", "2027", "2027"), c("4만 곳", 40000, "곳", opt=True),
        ch("4만 곳까지 늘리는", after=40000, unit="곳"), ch("4만 곳까지 늘리는", before=30000, after=40000, unit="곳", opt=True),
    ]),
]
ORG02 = [o("청주시"), o("청주상공회의소", ["청주상의"]), o("청주페이", opt=True), o("행정복지센터", opt=True)]


def page02(paras, title):
    FF = "\x0c"
    pages = [
        """푸른청주
시민과 함께 만드는 청주시 소식지

2026년 3월호 · 통권 제214호
발행일 2026년 2월 25일 | 발행인 청주시장 | 편집 청주시 공보관실 | 인쇄 (주)청원인쇄
이 소식지는 재생종이로 만들었습니다.
""",
        """2                                                     푸른청주 2026. 3

CONTENTS
04  시장 인사말 | 봄을 여는 청주, 민생이 먼저입니다
06  경제·일자리 | 소상공인 경영안정지원금 3만 곳에 지급
08  복지 | 어르신 일자리 1만 2,000개로 늘려
10  문화 | 3월의 공연·전시 일정
14  시민기자단 | 무심천 벚꽃길 걷기
16  퀴즈 & 독자 엽서
""",
        """6                                                     푸른청주 2026. 3

경제·일자리

""" + title + "\n\n" + "\n".join(paras[:6]) + """

[사진] 지난해 청주페이 가맹점 현장 점검에 나선 시 공무원들 (2025. 11. 14.)

┌ 한눈에 보는 청주 소상공인 (2025년 말 기준) ┐
  사업체 6만 8,400곳 | 종사자 14만 2,000명 | 청주페이 가맹점 4만 1,300곳
└──────────────────────────────────────┘
""",
        """경제·일자리                                                              7

""" + "\n".join(paras[6:]) + """

※ 문의 : 청주시 소상공인정책과 043-201-2345, 청주시 소상공인지원센터 043-715-6600
""",
        """8                                                     푸른청주 2026. 3

복지

어르신 일자리 올해 1만 2,000개로 늘려…월 29만원 활동비

○ 시는 올해 노인 일자리 사업에 480억원을 투입해 어르신 일자리를 지난해보다 1,500개 많은 1만 2,000개 마련한다.
○ 공익활동형 참여자는 월 30시간 일하고 활동비 29만원을 받는다. 신청은 3월 16일까지 가까운 노인복지관에서 받는다.
""",
        """16                                                    푸른청주 2026. 3

퀴즈 & 독자 엽서
이달의 퀴즈 : 청주페이 3월 할인율은 몇 %일까요?
정답을 적어 3월 15일까지 보내 주신 분 가운데 30명을 추첨해 1만원권 청주페이를 드립니다.
보내실 곳 : (28501) 청주시 상당구 상당로 155 청주시 공보관실 ‘푸른청주’ 담당자 앞
""",
    ]
    return FF.join(pages)


article(
    name="02_cheongju_smallbiz_grant_newsletter_pdfdump", ext="txt", published="2026-02-25",
    title="소상공인 경영안정지원금 3만 곳에 1곳당 100만원",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["시민과 함께 만드는", "통권 제214호", "발행일", "발행인 청주시장", "청원인쇄", "재생종이", "CONTENTS", "시장 인사말", "푸른청주 2026. 3",
               "[사진]", "현장 점검에 나선", "2025. 11. 14.", "한눈에 보는 청주 소상공인", "6만 8,400곳", "14만 2,000명", "4만 1,300곳", "※ 문의",
               "043-201-2345", "043-715-6600", "소상공인지원센터", "어르신 일자리", "1만 2,000개", "29만원", "480억원", "1,500개", "월 30시간",
               "3월 16일까지", "노인복지관", "이달의 퀴즈", "3월 15일까지", "30명을 추첨", "1만원권", "상당로 155", "담당자 앞"],
    notes=("A 지자체 소식지 PDF-to-text dump (푸른청주 2026년 3월호, invented title of a real city): pages separated by form feeds; cover "
           "page with **'2026년 3월호 · 통권 제214호' and '발행일 2026년 2월 25일'**, a contents page (page numbers, other articles' figures), "
           "then the article over pages 6–7 with **running page headers ('6   푸른청주 2026. 3', '경제·일자리   7')**, title, a lead "
           "paragraph, **'□' section headings and '○' / '- ' bullet lines**, a [사진] caption (dated 2025. 11. 14.) and a box of city "
           "statistics (figures) at the end of page 6, the '※ 문의' contact line, then **the next article on page 8 (노인 일자리, figures, "
           "dates)** and a quiz page (dates, counts). published: the 발행일 2026-02-25 (not the issue month 2026-03); relative dates "
           "resolve against it ('다음 달 2일(월)' = 2026-03-02). Body: lead paragraph, □ headings (body lines without figures, like "
           "subheads), ○ and - lines; the page headers, caption, box, contact line, next article and quiz are furniture. Conventions: "
           "'300억원 … 지난해(180억원)보다 120억원 늘어난 규모' one gold change {before, after, delta} across the two sentences; '1만 8,000곳에서 "
           "3만 곳으로' gold count change (counts optional); '3억원 이하' at_most, '1억원 미만' at_most; '1곳당', '1인당', '1인 (자영업자)' "
           "per-unit bases optional; a top-up ('50만원을 더해 150만원을 받는다') is a sum, not a move: optional; '7,200곳 … 지난해 3,000곳에서 "
           "2.4배로 늘었다' gold endpoint change across sentences ('2.4배' optional readings); '최대 200만원의 … 추가로 지원' a new grant, its "
           "delta reading optional; '2024년 이후' open-ended from 2024 (a date directly before 이후); '다음 달 2일(월)부터 4월 30일(목)까지' and "
           "'3월 9일부터 20일까지' one period each (parts optional); '43개 (읍면동)', '500곳' gold counts; '2주 이내', '한 달간' durations "
           "optional; '3월 한 달간' → gold 3월 2026-03 (and the □ heading's '3월 한 달'); '10%→15%' (heading) and '10%에서 15%로' %-level changes without unit; '1분기' 2026-01..03; '내년에는 지원 "
           "대상을 4만 곳까지 늘리는' a gold after-change (count optional). Ages optional. Organisations: 청주시, 청주상공회의소 (이하 "
           "청주상의); 청주페이 (a local currency) and 행정복지센터 optional."),
)


# ---------------------------------------------------------------------------
# 03 현대차 임금협상 조인식, photo-news HTML (body mostly in div.photo_txt under the image), 2026-07-15
# ---------------------------------------------------------------------------
A03 = [
    ("현대자동차 노사가 15일 울산공장 본관 대회의실에서 2026년 임금협상 조인식을 열고 합의서에 서명하고 있다. 왼쪽부터 강태민 현대차 대표이사 사장, 배경호 전국금속노동조합 현대차지부(이하 현대차지부) 지부장.", [
        p("15일", "2026-07-15", "2026-07-15"), p("2026년", "2026", "2026", opt=True), p("2026년", None, None, opt=True),
    ]),
    ("노사는 기본급 월 11만 2,000원(5.1%) 인상과 성과급 500%+1,800만원, 자사주 30주 지급에 합의했다. 현대차지부가 14일 조합원 4만 2,000여 명을 대상으로 실시한 찬반투표에는 3만 7,800명이 참여해 2만 1,300명(56.3%)이 찬성했다.", [
        m("11만 2,000원", 11 * MAN + 2000), pc("5.1%", 5.1), ch("월 11만 2,000원(5.1%) 인상", delta=11 * MAN + 2000, unit="KRW"),
        ch("월 11만 2,000원(5.1%) 인상", delta=5.1, unit="%", opt=True),
        pc("500%", 500), m("1,800만원", 1800 * MAN), c("30주", 30, "주"),
        p("14일", "2026-07-14", "2026-07-14"), c("4만 2,000여 명", 42000, "명", q="approx"), c("3만 7,800명", 37800, "명"),
        c("2만 1,300명", 21300, "명"), pc("56.3%", 56.3),
    ]),
    ("현대차 노사는 이로써 7년 연속 파업 없이 임금협상을 마무리했다. 올해 기본급 인상률은 지난해(4.6%)보다 0.5%포인트 높다. 정년을 만 60세에서 62세로 늘리는 방안은 내년 상반기까지 노사 공동 협의체를 꾸려 논의하기로 했다.", [
        p("7년 연속", None, None, opt=True), c("7년", 7, "년", opt=True),
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"), pc("4.6%", 4.6), pc("0.5%포인트", 0.5),
        ch("지난해(4.6%)보다 0.5%포인트 높다", before=4.6, delta=0.5), ch("지난해(4.6%)보다 0.5%포인트 높다", before=4.6, after=5.1, delta=0.5, opt=True),
        ch("0.5%포인트 높다", delta=0.5, unit="%p", opt=True),
        AGE("60세", 60), AGE("62세", 62), ch("만 60세에서 62세로", before=60, after=62, unit="세", opt=True),
        p("내년 상반기까지", None, "2027-06"), p("내년 상반기까지", "2027-01", "2027-06", opt=True),
    ]),
    ("현대차는 이번 합의로 늘어나는 인건비가 연간 1조 1,000억원가량이 될 것으로 추산했다. 노사는 지난 5월 20일 상견례 이후 56일 만에 협상을 마무리했다.", [
        p("연간", None, None, opt=True), m("1조 1,000억원가량", 1 * JO + 1000 * EOK, q="approx"),
        ch("늘어나는 인건비가 연간 1조 1,000억원가량", delta=1 * JO + 1000 * EOK, unit="KRW", opt=True),
        p("지난 5월 20일", "2026-05-20", "2026-05-20"), p("지난 5월 20일 상견례 이후", "2026-05-20", None, opt=True),
        p("56일 만에", None, None, opt=True), c("56일", 56, "일", opt=True),
    ]),
]
ORG03 = [
    o("현대자동차", ["현대차"]), o("전국금속노동조합 현대차지부", ["현대차지부", "금속노조 현대차지부"]),
    o("전국금속노동조합", ["금속노조"], opt=True), o("울산공장", opt=True), o("노사 공동 협의체", opt=True),
]


def page03(paras, title):
    photo_txt = "<br><br>\n        ".join(esc(t) for t in paras[:3])
    rest = "\n      ".join(f"<p>{esc(t)}</p>" for t in paras[3:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 모빌리티포토</title>
<meta name="description" content="현대자동차 노사 2026년 임금협상 조인식 사진">
<link rel="stylesheet" href="/css/photo_view.css">
</head>
<body>
<div id="header">
  <div class="top_util"><a href="/login">로그인</a> <a href="/join">회원가입</a> <a href="/rss">RSS</a></div>
  <h1 class="logo"><a href="/">모빌리티포토 <span>MOBILITY PHOTO</span></a></h1>
  <ul class="gnb"><li>포토뉴스</li><li>자동차</li><li>모터스포츠</li><li>신차 갤러리</li><li>노동·산업</li><li>영상</li></ul>
</div>
<div id="container">
  <div class="location">홈 &gt; 포토뉴스 &gt; 노동·산업</div>
  <div class="photo_view">
    <h2 class="photo_tit">{esc(title)}</h2>
    <ul class="art_info"><li class="writer">정윤호 기자</li><li class="date">기사입력 2026/07/15 16:48</li><li class="date">최종수정 2026/07/16 09:02</li><li class="hit">조회 2,917</li></ul>
    <div class="photo_area">
      <div class="photo_img"><img src="https://img.mobilityphoto.kr/2026/07/15/hmc_wage_signing_01.jpg" alt="현대차 임금협상 조인식" width="860"></div>
      <span class="photo_copy">ⓒ모빌리티포토 정윤호 기자</span>
      <div class="photo_txt">
        {photo_txt}
      </div>
      <div class="photo_down"><a href="#">원본 사진 다운로드 (4,032×2,688)</a></div>
    </div>
    <div class="art_txt">
      {rest}
    </div>
    <p class="reporter_mail">정윤호 기자 yhjung@mobilityphoto.kr</p>
    <div class="sns_share"><a>페이스북</a><a>X</a><a>카카오톡</a><a>링크 복사</a></div>
    <p class="copyright">저작권자 ⓒ 모빌리티포토 무단전재 및 재배포 금지</p>
  </div>
  <div class="other_photo">
    <h3>다른 포토뉴스</h3>
    <ul>
      <li><img src="/thumb/20260714_kia.jpg"><span>기아 노조 찬반투표 71.2% 찬성…4년 연속 무분규 타결</span></li>
      <li><img src="/thumb/20260713_hd.jpg"><span>HD현대중공업 노사 상견례…노조, 기본급 14만 8,000원 인상 요구</span></li>
      <li><img src="/thumb/20260710_ev.jpg"><span>울산 전기차 전용공장 준공…연 20만 대 생산</span></li>
    </ul>
  </div>
  <div class="best_photo"><h3>많이 본 포토</h3><ol><li>[포토] 신형 그랜저 하이브리드 공개…복합연비 18.2㎞/ℓ</li><li>[포토] 7월 수입차 판매 2만 6,300대</li></ol></div>
</div>
<div id="footer">
  <p>(주)모빌리티포토 | 서울특별시 성동구 왕십리로 58 | 인터넷신문 등록번호 서울 아60311 | 등록일 2020.03.02 | 발행인·편집인 하진수</p>
</div>
</body>
</html>
"""


article(
    name="03_hyundai_wage_deal_photonews_html", ext="html", published="2026-07-15",
    title="[포토] 현대차 노사, 2026년 임금협상 조인식…7년 연속 무분규",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["회원가입", "MOBILITY PHOTO", "신차 갤러리", "홈 > 포토뉴스", "정윤호 기자", "최종수정", "조회 2,917", "ⓒ모빌리티포토", "원본 사진 다운로드",
               "4,032×2,688", "yhjung@", "카카오톡", "링크 복사", "저작권자 ⓒ 모빌리티포토", "다른 포토뉴스", "71.2% 찬성", "4년 연속 무분규",
               "14만 8,000원", "연 20만 대", "많이 본 포토", "18.2㎞/ℓ", "2만 6,300대", "왕십리로 58", "아60311", "등록일 2020.03.02", "하진수"],
    notes=("A photo-news HTML page (모빌리티포토, invented): header, gnb, location, **h2.photo_tit '[포토] …'**, **ul.art_info with the writer, "
           "'기사입력 2026/07/15 16:48' (slashes), '최종수정 2026/07/16 09:02' (next day) and a hit count**, then div.photo_area: the image, "
           "**span.photo_copy credit**, and **div.photo_txt holding the first three body paragraphs separated by `<br><br>`** (the caption "
           "is the article), a download link; one more paragraph as p in div.art_txt; e-mail, SNS, copyright, '다른 포토뉴스' and '많이 본 "
           "포토' (figures), footer. No meta date. published: 기사입력 2026-07-15 (not 최종수정). The photo_txt paragraphs are body (the "
           "credit span is furniture). Title not scored. Conventions: '기본급 월 11만 2,000원(5.1%) 인상' a gold delta change in KRW (the level's "
           "delta, as blind10's '4조 5,000억원(6.1%) 증가'), the bracketed rate's %-change optional; '성과급 500%' a gold percentage; '자사주 "
           "30주' a gold count in 주 (shares); '4만 2,000여 명' approx count; '2만 1,300명(56.3%)' count and percentage gold; '지난해(4.6%)보다 "
           "0.5%포인트 높다' a gold %-level change {before 4.6, delta 0.5} without unit (the after level 5.1 is in the previous paragraph; "
           "the {before, after, delta} reading matches too); bare '지난해' as a base gold; '만 60세에서 62세로' ages: optional; '내년 상반기까지' "
           "gold open-start period ending 2027-06; '2026년 임금협상' the year in an event's name optional; '7년 연속', '56일 만에' durations "
           "optional; '1조 1,000억원가량' approx money (an estimate of added cost, its delta reading optional). Organisations: 현대자동차 "
           "(현대차), 전국금속노동조합 현대차지부 (이하 현대차지부); 전국금속노동조합, 울산공장 and the joint body optional. 강태민, 배경호 "
           "are persons."),
)


# ---------------------------------------------------------------------------
# 04 해외직구 급증, 경제 주간지 text dump ('Cover Story' kicker, '[그래픽 뉴스]' sidebar box), 기사입력 2026-10-23
# ---------------------------------------------------------------------------
M9_26 = ("2026-01", "2026-09")
M9_25 = ("2025-01", "2025-09")
A04 = [
    ("1~9월 해외직구 1억 4,820만 건…하루 54만 건꼴", [
        p("1~9월", *M9_26), c("1억 4,820만 건", 148_200_000, "건"), p("하루", None, None, opt=True), c("54만 건꼴", 540000, "건", q="approx"),
    ]),
    ("중국발 직구 비중 72%로 치솟아…유통업계 ‘비상’", [
        pc("72%", 72), ch("비중 72%로 치솟아", after=72),
    ]),
    ("‘직구 공화국’이라는 말이 과장이 아니다. 관세청에 따르면 올해 1~9월 해외직구 수입 건수는 1억 4,820만 건으로 지난해 같은 기간(1억 2,350만 건)보다 20.0% 늘었다. 금액으로는 51억 3,000만 달러로 11.8% 증가했다.", [
        p("올해 1~9월", *M9_26), c("1억 4,820만 건", 148_200_000, "건", opt=True), *base("지난해 같은 기간", M9_25), c("1억 2,350만 건", 123_500_000, "건", opt=True),
        ch("1억 4,820만 건으로 지난해 같은 기간(1억 2,350만 건)보다 20.0% 늘었다", before=123_500_000, after=148_200_000, unit="건"),
        pc("20.0%", 20), ch("20.0% 늘었다", delta=20, unit="%", opt=True),
        USD("51억 3,000만 달러", 51 * EOK + 3000 * MAN), pc("11.8%", 11.8),
        ch("51억 3,000만 달러로", after=51 * EOK + 3000 * MAN, unit="USD"), ch("11.8% 증가했다", delta=11.8, unit="%"),
    ]),
    ("건당 평균 구매액은 34.6달러로 2년 전(41.2달러)보다 6.6달러 낮아졌다. 1만~2만원대 저가 생활용품을 중심으로 직구가 늘었다는 뜻이다.", [
        c("건당", 1, "건", opt=True), USD("34.6달러", 34.6), p("2년 전", None, None, opt=True), p("2년 전", "2024", "2024", opt=True),
        p("2년 전", "2024-01", "2024-09", opt=True), USD("41.2달러", 41.2), USD("6.6달러", 6.6),
        ch("34.6달러로 2년 전(41.2달러)보다 6.6달러 낮아졌다", before=41.2, after=34.6, delta=-6.6, unit="USD"),
        m("1만~2만원대", 1 * MAN, opt=True), m("2만원대", 2 * MAN, opt=True), m("1만", 1 * MAN, opt=True),
    ]),
    ("알리·테무·쉬인 3곳 이용자 1,949만 명", [
        c("3곳", 3, "곳"), c("1,949만 명", 1949 * MAN, "명"),
    ]),
    ("국가별로는 중국발 직구가 1억 670만 건으로 전체의 72.0%를 차지했다. 1년 전(63.5%)보다 8.5%포인트 높아졌다. 미국발은 2,150만 건(14.5%), 일본발은 980만 건(6.6%)이었다.", [
        c("1억 670만 건", 106_700_000, "건"), pc("72.0%", 72), *base("1년 전", M9_25, ("2025", "2025")), pc("63.5%", 63.5), pc("8.5%포인트", 8.5),
        ch("72.0% ... 1년 전(63.5%)보다 8.5%포인트 높아졌다", before=63.5, after=72, delta=8.5),
        ch("1년 전(63.5%)보다 8.5%포인트 높아졌다", before=63.5, delta=8.5, opt=True), ch("8.5%포인트 높아졌다", delta=8.5, unit="%p", opt=True),
        c("2,150만 건", 2150 * MAN, "건"), pc("14.5%", 14.5), c("980만 건", 980 * MAN, "건"), pc("6.6%", 6.6),
    ]),
    ("중국 플랫폼의 성장세는 더 가파르다. 알리익스프레스(이하 알리)의 한국 이용자는 지난달 기준 912만 명으로, 테무(823만 명)와 쉬인(214만 명)을 합치면 1,949만 명에 이른다. 국내 1위 쿠팡(3,280만 명)의 59% 수준이다.", [
        p("지난달 기준", "2026-09", "2026-09"), c("912만 명", 912 * MAN, "명"), c("823만 명", 823 * MAN, "명"), c("214만 명", 214 * MAN, "명"),
        c("1,949만 명", 1949 * MAN, "명"), c("3,280만 명", 3280 * MAN, "명"), pc("59%", 59),
    ]),
    ("문제는 안전이다. 서울시가 올해 상반기 알리·테무·쉬인에서 판매하는 어린이용품 등 420개 제품을 검사한 결과 98개(23.3%)에서 기준치를 넘는 유해물질이 나왔다. 관세청은 지난 7월부터 위해물품 통관 검사를 월 2,000건에서 5,000건으로 늘렸다.", [
        p("올해 상반기", "2026-01", "2026-06"), c("420개", 420, "개"), c("98개", 98, "개"), pc("23.3%", 23.3),
        p("지난 7월부터", "2026-07", None), p("지난 7월", "2026-07", "2026-07", opt=True),
        c("2,000건", 2000, "건", opt=True), c("5,000건", 5000, "건", opt=True),
        ch("월 2,000건에서 5,000건으로 늘렸다", before=2000, after=5000, unit="건"),
    ]),
    ("정부는 소액 직구 면세 한도를 낮추는 방안을 검토하고 있다. 지금은 150달러(미국발은 200달러) 이하 물품에 관세와 부가가치세가 붙지 않는다. 재정경제부는 이 기준을 내년부터 100달러로 낮추면 연간 4,200억원의 세수가 더 걷힐 것으로 추산했다.", [
        p("지금", None, None, opt=True), USD("150달러", 150, q="at_most"), USD("200달러", 200, q="at_most"),
        p("내년부터", "2027", None), USD("100달러", 100), ch("내년부터 100달러로 낮추면", after=100, unit="USD"),
        ch("150달러 ... 100달러로 낮추면", before=150, after=100, unit="USD", opt=True),
        p("연간", None, None, opt=True), p("연간", "2027", "2027", opt=True), m("4,200억원", 4200 * EOK),
        ch("4,200억원의 세수가 더 걷힐", delta=4200 * EOK, unit="KRW", opt=True),
    ]),
    ("유통업계도 대응에 나섰다. 이마트와 롯데마트는 4분기 중 ‘직구 대응 가격’ 상품을 1,500개에서 3,000개로 두 배로 늘리기로 했다. 한 대형마트 관계자는 “소비자 10명 중 4명이 ‘같은 물건이면 직구가 싸다’고 답하는 상황”이라며 “가격으로 정면 승부할 수밖에 없다”고 말했다.", [
        p("4분기 중", "2026-10", "2026-12"), c("1,500개", 1500, "개", opt=True), c("3,000개", 3000, "개", opt=True),
        ch("1,500개에서 3,000개로 두 배로 늘리기로", before=1500, after=3000, unit="개"), *mult("두 배", 2),
        c("10명", 10, "명", opt=True), c("4명", 4, "명", opt=True), pc("10명 중 4명", 40, opt=True),
    ]),
]
ORG04 = [
    o("관세청"), o("알리익스프레스", ["알리"]), o("테무"), o("쉬인"), o("쿠팡"), o("서울시", ["서울특별시"]), o("재정경제부", ["재경부"]),
    o("이마트"), o("롯데마트"), o("정부", opt=True),
]


def page04(paras, title):
    head = """ECONOMIC VIEW  주간 이코노믹뷰
제1187호  2026.10.26                    로그인 | 정기구독 | 지난호 보기
HOME   Cover Story   경제·정책   기업·산업   금융·증권   부동산   라이프   칼럼

Cover Story  |  직구의 역습

""" + title + """

""" + "\n".join(paras[:2]) + """

글 서지안 기자  |  기사입력 2026.10.23 (금) 17:00  |  지면 제1187호 14~19쪽
좋아요 38   공유   스크랩   인쇄   글자 크기

"""
    graphic = """

─────────────────────────────
[그래픽 뉴스] 해외직구 건수 추이
  2022년  9,612만 건
  2023년  1억 3,144만 건
  2024년  1억 6,750만 건
  2025년  1억 7,020만 건
  2026년(1~9월)  1억 4,820만 건
자료: 관세청 / 그래픽: 정다은 디자이너
─────────────────────────────

"""
    body = "\n\n".join(paras[2:6]) + graphic + "\n\n".join(paras[6:])
    tail = """

서지안 기자 jian.seo@econview.co.kr

<저작권자 ⓒ 주간 이코노믹뷰, 무단 전재 및 재배포 금지>

이번 호 Cover Story 더 보기
· 관세 없는 150달러의 비밀…직구 면세 40년사
· [인터뷰] “한국 소비자 1,000만 명이 쓰는 앱, 규제만으론 못 막아”
· 국내 이커머스 3분기 거래액 62조원…성장률 3.4%로 둔화

정기구독 안내  1년(52권) 20만 8,000원  ·  디지털 구독 월 9,900원
(주)이코노믹뷰미디어 | 서울특별시 영등포구 여의대로 24 | 잡지등록 영등포 라00871 | 발행인 권태성 | 독자센터 02-3771-5500
Copyright ⓒ ECONOMIC VIEW. All rights reserved.
"""
    return head + body + tail


article(
    name="04_overseas_direct_purchase_weekly_magazine_dump", ext="txt", published="2026-10-23",
    title="‘알테쉬’에 1,949만 명…직구 공화국이 된 한국",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["ECONOMIC VIEW", "주간 이코노믹뷰", "제1187호", "2026.10.26", "지난호 보기", "경제·정책   기업·산업", "직구의 역습", "서지안 기자",
               "지면 제1187호", "14~19쪽", "좋아요 38", "스크랩", "[그래픽 뉴스]", "해외직구 건수 추이", "9,612만 건", "1억 3,144만 건",
               "1억 6,750만 건", "1억 7,020만 건", "2026년(1~9월)", "정다은 디자이너", "jian.seo@", "저작권자 ⓒ", "더 보기", "직구 면세 40년사",
               "1,000만 명이 쓰는 앱", "62조원", "3.4%로 둔화", "정기구독 안내", "20만 8,000원", "9,900원", "여의대로 24", "라00871", "권태성",
               "02-3771-5500"],
    notes=("An economic weekly magazine text dump (주간 이코노믹뷰, invented): masthead with **the issue date '제1187호 2026.10.26'** (the cover "
           "date, three days after posting), menu, **kicker 'Cover Story | 직구의 역습'**, title, two deck lines, **credits '글 서지안 기자 | "
           "기사입력 2026.10.23 (금) 17:00 | 지면 제1187호 14~19쪽'**, reactions, body with a subhead line, **a '[그래픽 뉴스]' sidebar box "
           "(a yearly series of counts, source, designer) between the body paragraphs**, e-mail, copyright, '이번 호 Cover Story 더 보기' "
           "(figures), subscription prices, publisher footer. published: the 기사입력 date 2026-10-23 (not the issue date 2026-10-26). "
           "Deck lines and the subhead are body; the [그래픽 뉴스] box is furniture. Conventions: deck '1억 4,820만 건' a gold count (not a "
           "change there), '하루 54만 건꼴' an approx gold count, '비중 72%로 치솟아' a gold %-level after-change; body '1억 4,820만 건으로 "
           "지난해 같은 기간(1억 2,350만 건)보다 20.0% 늘었다' gold endpoint change (counts and the rate's %-change optional; '20.0%' value "
           "20); '51억 3,000만 달러로 11.8% 증가' two gold changes; '34.6달러로 2년 전(41.2달러)보다 6.6달러 낮아졌다' gold USD endpoint change "
           "with delta ('2년 전' a base: optional); '1만~2만원대' a price band: optional; '72.0%를 차지했다. 1년 전(63.5%)보다 8.5%포인트 "
           "높아졌다' one gold %-level change across sentences {before, after, delta} without unit; bracketed shares '2,150만 건(14.5%)' "
           "count and percentage gold; platform user counts and their sum '1,949만 명' gold; '지난달 기준' 2026-09; '98개(23.3%)' gold; '지난 "
           "7월부터' open-ended from 2026-07; '월 2,000건에서 5,000건으로' gold count change; '150달러(미국발은 200달러) 이하' at_most USD; "
           "'내년부터 100달러로 낮추면' a gold after-change (the 150 → 100 reading optional); '4,200억원의 세수가 더 걷힐' an estimated "
           "effect: money gold, delta optional; '4분기 중' 2026-10..12; '1,500개에서 3,000개로 두 배로' gold endpoint change ('두 배' optional "
           "readings); '10명 중 4명' optional. Organisations: 관세청, 알리익스프레스 (이하 알리), 테무, 쉬인, 쿠팡, 서울시, 재정경제부, "
           "이마트, 롯데마트; 정부 optional. 중국/미국/일본 are countries."),
)


# ---------------------------------------------------------------------------
# 05 봄 가뭄 저수율, HTML with paragraphs in bare <div>s (no <p>) and ul.relation_lst inside the article div, 2026-04-14
# ---------------------------------------------------------------------------
A05 = [
    ("봄 가뭄이 길어지면서 충남 서부지역 농업용 저수지 저수율이 지난해의 절반 수준으로 떨어졌다. 모내기를 한 달여 앞둔 농가에 비상이 걸렸다.", [
        p("지난해", "2025", "2025"), *mult("절반", 0.5), p("한 달여", None, None, opt=True), c("한 달여", 1, "달", q="approx", opt=True),
    ]),
    ("한국농어촌공사(이하 농어촌공사)에 따르면 13일 기준 전국 농업용 저수지 3,421곳의 평균 저수율은 61.8%로 평년(78.4%)보다 16.6%포인트 낮다. 특히 충남은 44.2%로 지난해 같은 날(80.1%)의 절반을 조금 넘는 수준이다.", [
        p("13일 기준", "2026-04-13", "2026-04-13"), c("3,421곳", 3421, "곳"), pc("61.8%", 61.8), p("평년", None, None, opt=True), pc("78.4%", 78.4),
        pc("16.6%포인트", 16.6), ch("61.8%로 평년(78.4%)보다 16.6%포인트 낮다", before=78.4, after=61.8, delta=-16.6, opt=True),
        ch("16.6%포인트 낮다", delta=-16.6, unit="%p", opt=True),
        pc("44.2%", 44.2), *base("지난해 같은 날", ("2025-04-13", "2025-04-13"), ("2025", "2025")), pc("80.1%", 80.1),
        ch("44.2%로 지난해 같은 날(80.1%)의 절반을 조금 넘는 수준", before=80.1, after=44.2), *mult("절반", 0.5),
    ]),
    ("충남 서부 6개 시·군의 저수지 412곳 가운데 저수율이 30% 아래로 떨어진 곳은 87곳에 이른다. 지난달 1일(19곳)과 비교하면 한 달여 만에 68곳 늘었다.", [
        c("6개", 6, "개"), c("412곳", 412, "곳"), pc("30%", 30), c("87곳", 87, "곳", opt=True),
        p("지난달 1일", "2026-03-01", "2026-03-01"), c("19곳", 19, "곳", opt=True), p("한 달여 만에", None, None, opt=True), c("한 달여", 1, "달", q="approx", opt=True),
        c("68곳", 68, "곳", opt=True),
        ch("87곳에 이른다. 지난달 1일(19곳)과 비교하면 한 달여 만에 68곳 늘었다", before=19, after=87, delta=68, unit="곳"),
        ch("68곳 늘었다", delta=68, unit="곳", opt=True), ch("지난달 1일(19곳)과 비교하면 한 달여 만에 68곳 늘었다", before=19, delta=68, unit="곳", opt=True),
    ]),
    ("생활용수를 공급하는 보령댐의 저수율도 14일 오전 9시 기준 23.5%까지 떨어져 가뭄 ‘경계’ 단계에 들어섰다. 한국수자원공사(K-water)는 보령댐 하루 방류량을 22만t에서 17만t으로 줄이고, 금강 물을 보령댐으로 끌어오는 도수로를 다음 달 말까지 가동하기로 했다.", [
        p("14일 오전 9시 기준", "2026-04-14", "2026-04-14"), pc("23.5%", 23.5), ch("23.5%까지 떨어져", after=23.5),
        p("하루", None, None, opt=True), c("22만t", 220000, "t", opt=True), c("17만t", 170000, "t", opt=True),
        ch("22만t에서 17만t으로 줄이고", before=220000, after=170000, unit="t", opt=True), ch("22만t에서 17만t으로 줄이고", before=220000, after=170000, unit="톤", opt=True),
        p("다음 달 말까지", None, "2026-05"), p("다음 달 말까지", None, "2026-05-31", opt=True),
    ]),
    ("농어촌공사는 가뭄 대응에 예비비 145억원을 긴급 투입해 관정 320개를 새로 파고, 양수장비 1,150대를 지원한다. 지난해 가뭄 때 투입한 예산(98억원)보다 47억원 많다.", [
        m("145억원", 145 * EOK), c("320개", 320, "개"), ch("관정 320개를 새로 파고", delta=320, unit="개", opt=True), c("1,150대", 1150, "대"),
        p("지난해", "2025", "2025"), m("98억원", 98 * EOK), m("47억원", 47 * EOK),
        ch("145억원 ... 지난해 가뭄 때 투입한 예산(98억원)보다 47억원 많다", before=98 * EOK, after=145 * EOK, delta=47 * EOK, unit="KRW"),
        ch("지난해 가뭄 때 투입한 예산(98억원)보다 47억원 많다", before=98 * EOK, delta=47 * EOK, unit="KRW", opt=True),
        ch("47억원 많다", delta=47 * EOK, unit="KRW", opt=True),
    ]),
    ("기상청은 이달 하순까지 충남 지역에 비 소식이 거의 없을 것으로 내다봤다. 올해 1월 1일부터 이달 13일까지 충남의 누적 강수량은 98.2㎜로 평년(186.5㎜)의 52.7%에 그쳤다.", [
        p("이달 하순까지", None, "2026-04"), p("이달 하순까지", None, "2026-04-30", opt=True), p("이달 하순까지", "2026-04-21", "2026-04-30", opt=True),
        p("이달 하순", "2026-04", "2026-04", opt=True),
        p("올해 1월 1일부터 이달 13일까지", "2026-01-01", "2026-04-13"), p("올해 1월 1일", "2026-01-01", "2026-01-01", opt=True),
        p("이달 13일", "2026-04-13", "2026-04-13", opt=True), p("이달 13일까지", None, "2026-04-13", opt=True),
        c("98.2㎜", 98.2, "㎜", opt=True), p("평년", None, None, opt=True), c("186.5㎜", 186.5, "㎜", opt=True), pc("52.7%", 52.7),
    ]),
    ("충청남도(충남도)는 도내 15개 시·군에 가뭄대책상황실을 설치하고 급수차 60대를 확보했다. 서산시 대산읍 등 2,800가구에는 이미 운반 급수를 하고 있다. 김도윤 충남도 농정국장은 “다음 달 중순까지 비다운 비가 오지 않으면 모내기 시기를 늦추거나 밭작물 전환을 권고할 수밖에 없다”고 말했다.", [
        c("15개", 15, "개"), c("60대", 60, "대"), ch("급수차 60대를 확보했다", delta=60, unit="대", opt=True), c("2,800가구", 2800, "가구"),
        p("다음 달 중순까지", None, "2026-05"), p("다음 달 중순까지", None, "2026-05-20", opt=True),
    ]),
]
ORG05 = [
    o("한국농어촌공사", ["농어촌공사"]), o("한국수자원공사", ["K-water", "수자원공사"]), o("기상청"), o("충청남도", ["충남도"]),
    o("충남", opt=True), o("서산시", opt=True), o("보령댐", opt=True), o("가뭄대책상황실", opt=True),
]


def page05(paras, title):
    divs = [f'<div class="par">{esc(t)}</div>' for t in paras]
    img = ('<div class="img_box"><img src="https://img.chungcheong-today.kr/2026/04/14/boryeong_dam.jpg" alt="보령댐" width="640">'
           '<div class="img_caption">바닥을 드러낸 충남 보령댐 상류. 보령댐 저수율이 20% 아래로 내려가면 ‘심각’ 단계가 발령된다. /충청투데이뉴스 DB</div></div>')
    rel = ('<div class="relation_news"><strong class="tit">관련 뉴스</strong><ul class="relation_lst">'
           '<li><a href="/news/articleView.html?idxno=218803">보령댐 저수율 30% 붕괴…‘주의’ 단계 발령</a><span class="date">2026.03.28</span></li>'
           '<li><a href="/news/articleView.html?idxno=218411">충남 3월 강수량 21.3㎜…평년의 38%</a><span class="date">2026.03.31</span></li>'
           '<li><a href="/news/articleView.html?idxno=217950">서산·태안 제한급수 검토…하루 1만 2,000t 부족</a><span class="date">2026.03.12</span></li>'
           '</ul></div>')
    byline = '<div class="byline">대전=한서윤 기자 sy.han@cctoday-news.kr</div>'
    body = "\n    ".join(divs[:3] + [img] + divs[3:] + [byline, rel])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 충청투데이뉴스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-14T11:20:35+09:00">
<meta property="article:modified_time" content="2026-04-14T15:03:10+09:00">
<meta property="article:section" content="사회">
</head>
<body>
<div id="header">
 <div class="top"><span class="today">2026년 4월 14일 화요일</span><span class="weather">대전 맑음 19℃ · 강수확률 0%</span><a>로그인</a><a>회원가입</a></div>
 <div class="logo"><a href="/">충청투데이뉴스</a></div>
 <div class="menu"><a>대전</a><a>세종</a><a>충남</a><a>충북</a><a>정치</a><a>경제</a><a>사회</a><a>농업·환경</a><a>오피니언</a></div>
</div>
<div id="contents">
 <div class="article_head">
  <div class="section">사회 &gt; 농업·환경</div>
  <h1 class="headline">{esc(title)}</h1>
  <div class="info"><span class="date">송고 2026.04.14 11:20</span> <span class="date">수정 2026.04.14 15:03</span> <span class="view">조회수 4,115</span></div>
  <div class="tools"><a>공유</a><a>글자크기</a><a>인쇄</a></div>
 </div>
 <div id="article_body" class="article_body">
    {body}
 </div>
 <div class="copyright">Copyright ⓒ 충청투데이뉴스 All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지</div>
 <div class="rank_box"><h3>충청 많이 본 뉴스</h3><ol>
  <li>세종 아파트값 5주 연속 상승…0.21%</li><li>대전 0시 축제 올해 8월 7일 개막</li><li>천안 청년 월세 지원 2,400명 모집</li></ol></div>
</div>
<div id="footer">충청투데이뉴스 | 대전광역시 서구 둔산로 100 | 등록번호 대전 아00512 | 발행인 윤재석 | Tel 042-480-1100</div>
</body>
</html>
"""


article(
    name="05_chungnam_drought_reservoir_div_html", ext="html", published="2026-04-14",
    title="충남 저수지 저수율 44%…봄 가뭄에 모내기 비상",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["2026년 4월 14일 화요일", "대전 맑음 19℃", "강수확률 0%", "회원가입", "사회 > 농업·환경", "조회수 4,115", "글자크기",
               "바닥을 드러낸", "‘심각’ 단계가 발령된다", "/충청투데이뉴스 DB", "대전=한서윤 기자", "sy.han@", "관련 뉴스", "30% 붕괴",
               "‘주의’ 단계 발령", "21.3㎜", "평년의 38%", "제한급수 검토", "1만 2,000t", "2026.03.28", "Copyright ⓒ 충청투데이뉴스", "AI 학습 이용 금지",
               "많이 본 뉴스", "0.21%", "8월 7일 개막", "2,400명 모집", "둔산로 100", "아00512", "윤재석", "042-480-1100"],
    notes=("A regional news HTML (충청투데이뉴스, invented) with **the paragraphs in bare `<div class=\"par\">`s, no `<p>`**, inside "
           "div#article_body, which also holds an image div with a caption (figures), **the byline '대전=한서윤 기자 …' and the related news "
           "`ul.relation_lst` (figures, dates)** — all furniture; meta article:published_time 2026-04-14T11:20:35+09:00 and modified the same "
           "day; visible top bar with today's date and weather, '송고 2026.04.14 11:20 / 수정 … / 조회수'; copyright, 많이 본 뉴스 (figures, "
           "dates), footer. published 2026-04-14. Title not scored; no deck. Conventions: a comparison with 평년 ('61.8%로 평년(78.4%)보다 "
           "16.6%포인트 낮다', '평년(186.5㎜)의 52.7%') is a comparison with a climatological norm, not a move: the change optional, the "
           "percentages gold, '평년' optional; a year-on-year comparison at the same date ('44.2%로 지난해 같은 날(80.1%)의 절반을 조금 넘는 "
           "수준') a gold %-level change {before, after} without unit ('지난해 같은 날' a base: optional; '절반' optional readings); '87곳에 "
           "이른다. 지난달 1일(19곳)과 비교하면 … 68곳 늘었다' one gold count change {before, after, delta} across sentences (counts "
           "optional); '지난달 1일' 2026-03-01; '13일 기준' 2026-04-13, '14일 오전 9시 기준' 2026-04-14; '23.5%까지 떨어져' a gold %-level "
           "after-change; tonnes ('22만t에서 17만t으로') are measures: counts and change optional; '145억원 … 지난해 가뭄 때 투입한 "
           "예산(98억원)보다 47억원 많다' one gold change {before, after, delta} across sentences; '관정 320개를 새로 파고', '급수차 60대를 "
           "확보' counts gold, delta readings optional; '2,800가구' a gold count; '6개 시·군', '15개 시·군', '3,421곳', '412곳' gold counts; '30% 아래로' percentage gold; "
           "'이달 하순까지' open start ending 2026-04 (day readings optional); '다음 달 말까지', '다음 달 중순까지' open start ending 2026-05; "
           "'올해 1월 1일부터 이달 13일까지' one period 2026-01-01..04-13 (parts optional); '한 달여' durations optional; rainfall in ㎜ a "
           "measure (optional). Organisations: 한국농어촌공사 (이하 농어촌공사), 한국수자원공사 (K-water), 기상청, 충청남도 (충남도); 충남 as "
           "a region, 서산시 as a place ('서산시 대산읍'), 보령댐 and 가뭄대책상황실 optional. 김도윤 is a person."),
)


# ---------------------------------------------------------------------------
# 06 상반기 의약품 수출, text dump of an English-language outlet's Korean edition ('Translated by'), 2026-08-20
# ---------------------------------------------------------------------------
H1_26 = ("2026-01", "2026-06")
H1_25 = ("2025-01", "2025-06")
A06 = [
    ("한국의 의약품 수출이 올해 상반기 처음으로 60억 달러를 넘어섰다. 바이오시밀러(바이오의약품 복제약)와 위탁개발생산(CDMO) 수출이 크게 늘어난 덕분이다.", [
        p("올해 상반기", *H1_26), USD("60억 달러", 60 * EOK, q="at_least"), ch("60억 달러를 넘어섰다", after=60 * EOK, unit="USD", opt=True),
    ]),
    ("한국보건산업진흥원(이하 진흥원)이 19일 발표한 자료에 따르면 올해 1~6월 의약품 수출액은 63억 8,000만 달러로 지난해 같은 기간보다 17.4% 증가했다. 같은 기간 수입액은 48억 2,000만 달러로 2.1% 줄어 의약품 무역수지는 15억 6,000만 달러 흑자를 기록했다.", [
        p("19일", "2026-08-19", "2026-08-19"), p("올해 1~6월", *H1_26), USD("63억 8,000만 달러", 63 * EOK + 8000 * MAN), *base("지난해 같은 기간", H1_25),
        pc("17.4%", 17.4), ch("63억 8,000만 달러로", after=63 * EOK + 8000 * MAN, unit="USD"), ch("지난해 같은 기간보다 17.4% 증가했다", delta=17.4, unit="%"),
        *base("같은 기간", H1_26), USD("48억 2,000만 달러", 48 * EOK + 2000 * MAN), pc("2.1%", 2.1),
        ch("48억 2,000만 달러로", after=48 * EOK + 2000 * MAN, unit="USD"), ch("2.1% 줄어", delta=-2.1, unit="%"),
        USD("15억 6,000만 달러", 15 * EOK + 6000 * MAN),
    ]),
    ("품목별로는 바이오의약품 수출이 41억 5,000만 달러로 전체의 65.0%를 차지했다. 1년 전 34억 1,000만 달러에서 7억 4,000만 달러(21.7%) 늘었다. 완제의약품(합성의약품)은 14억 9,000만 달러, 원료의약품은 7억 4,000만 달러였다.", [
        USD("41억 5,000만 달러", 41 * EOK + 5000 * MAN), pc("65.0%", 65), *base("1년 전", H1_25, ("2025", "2025")),
        USD("34억 1,000만 달러", 34 * EOK + 1000 * MAN), USD("7억 4,000만 달러", 7 * EOK + 4000 * MAN), pc("21.7%", 21.7),
        ch("41억 5,000만 달러 ... 1년 전 34억 1,000만 달러에서 7억 4,000만 달러(21.7%) 늘었다", before=34 * EOK + 1000 * MAN, after=41 * EOK + 5000 * MAN, delta=7 * EOK + 4000 * MAN, unit="USD"),
        ch("1년 전 34억 1,000만 달러에서 7억 4,000만 달러(21.7%) 늘었다", before=34 * EOK + 1000 * MAN, delta=7 * EOK + 4000 * MAN, unit="USD", opt=True),
        ch("7억 4,000만 달러(21.7%) 늘었다", delta=21.7, unit="%", opt=True), ch("7억 4,000만 달러(21.7%) 늘었다", delta=7 * EOK + 4000 * MAN, unit="USD", opt=True),
        ch("41억 5,000만 달러로", after=41 * EOK + 5000 * MAN, unit="USD", opt=True),
        USD("14억 9,000만 달러", 14 * EOK + 9000 * MAN), USD("7억 4,000만 달러", 7 * EOK + 4000 * MAN),
    ]),
    ("국가별로는 미국이 18억 3,000만 달러로 가장 많았고 독일(7억 9,000만 달러), 일본(5억 2,000만 달러)이 뒤를 이었다. 미국 수출은 지난해 상반기 13억 1,000만 달러에서 39.7% 급증했다. 미국이 지난해 10월 ‘생물보안법’을 시행한 뒤 중국 CDMO 기업 대신 한국 기업을 찾는 제약사가 늘었기 때문이다.", [
        USD("18억 3,000만 달러", 18 * EOK + 3000 * MAN), USD("7억 9,000만 달러", 7 * EOK + 9000 * MAN), USD("5억 2,000만 달러", 5 * EOK + 2000 * MAN),
        p("지난해 상반기", *H1_25), USD("13억 1,000만 달러", 13 * EOK + 1000 * MAN), pc("39.7%", 39.7),
        ch("18억 3,000만 달러 ... 지난해 상반기 13억 1,000만 달러에서 39.7% 급증했다", before=13 * EOK + 1000 * MAN, after=18 * EOK + 3000 * MAN, unit="USD"),
        ch("13억 1,000만 달러에서 39.7% 급증했다", before=13 * EOK + 1000 * MAN, unit="USD", opt=True),
        ch("39.7% 급증했다", delta=39.7, unit="%", opt=True), ch("18억 3,000만 달러로", after=18 * EOK + 3000 * MAN, unit="USD", opt=True),
        p("지난해 10월", "2025-10", "2025-10"),
    ]),
    ("기업별로는 삼성바이오로직스가 상반기에만 수주액 4조 2,000억원을 기록해 지난해 연간 수주액(3조 6,000억원)을 이미 넘어섰다. 셀트리온의 미국 매출은 1조 1,000억원으로 1년 전보다 28% 늘었다. 상반기 의약품을 수출한 국내 기업은 312개사로 1년 전보다 27개사 늘었다.", [
        p("상반기", *H1_26), m("4조 2,000억원", 4 * JO + 2000 * EOK), p("지난해", "2025", "2025"), p("연간", None, None, opt=True), p("연간", "2025", "2025", opt=True),
        m("3조 6,000억원", 3 * JO + 6000 * EOK), ch("4조 2,000억원을 기록해 지난해 연간 수주액(3조 6,000억원)을 이미 넘어섰다", before=3 * JO + 6000 * EOK, after=4 * JO + 2000 * EOK, unit="KRW", opt=True),
        m("1조 1,000억원", 1 * JO + 1000 * EOK), *base("1년 전", H1_25, ("2025", "2025")), pc("28%", 28),
        ch("1조 1,000억원으로", after=1 * JO + 1000 * EOK, unit="KRW"), ch("1년 전보다 28% 늘었다", delta=28, unit="%"),
        p("상반기", *H1_26), c("312개사", 312, "개사", opt=True), *base("1년 전", H1_25, ("2025", "2025")), c("27개사", 27, "개사", opt=True),
        ch("312개사로 1년 전보다 27개사 늘었다", after=312, delta=27, unit="개사"), ch("27개사 늘었다", delta=27, unit="개사", opt=True),
        ch("312개사로 1년 전보다 27개사 늘었다", before=285, after=312, delta=27, unit="개사", opt=True),
    ]),
    ("식품의약품안전처(식약처)는 국산 바이오의약품의 해외 허가를 돕기 위해 내년까지 미국 식품의약국(FDA) 출신 심사 전문가를 15명 더 채용해 40명으로 늘릴 계획이다. 진흥원은 올해 의약품 수출액이 130억 달러를 넘어 지난해(112억 달러)보다 16% 이상 늘어날 것으로 전망했다.", [
        p("내년까지", None, "2027"), c("15명", 15, "명", opt=True), c("40명", 40, "명", opt=True),
        ch("15명 더 채용해 40명으로 늘릴", after=40, delta=15, unit="명"), ch("15명 더", delta=15, unit="명", opt=True),
        ch("15명 더 채용해 40명으로 늘릴", before=25, after=40, delta=15, unit="명", opt=True),
        p("올해", "2026", "2026"), USD("130억 달러", 130 * EOK, q="at_least"), p("지난해", "2025", "2025"), USD("112억 달러", 112 * EOK), pc("16% 이상", 16),
        ch("130억 달러를 넘어 지난해(112억 달러)보다 16% 이상 늘어날", before=112 * EOK, after=130 * EOK, unit="USD", opt=True),
        ch("16% 이상 늘어날", delta=16, unit="%", opt=True), ch("130억 달러를 넘어", after=130 * EOK, unit="USD", opt=True),
    ]),
    ("진흥원 관계자는 “상반기 수출 증가분의 70% 이상이 미국에서 나왔다”며 “미국의 의약품 관세 부과 여부가 하반기 수출의 최대 변수”라고 말했다.", [
        p("상반기", *H1_26), pc("70% 이상", 70), p("하반기", "2026-07", "2026-12"),
    ]),
]
ORG06 = [
    o("한국보건산업진흥원", ["진흥원"]), o("삼성바이오로직스"), o("셀트리온"), o("식품의약품안전처", ["식약처"]),
    o("미국 식품의약국", ["FDA", "식품의약국"]),
]


def page06(paras, title):
    head = """THE KOREA LEDGER                                    한국어판  |  ENGLISH  |  日本語
Home   National   Business   Finance   Tech   Life & Style   Opinion   K-Culture
Subscribe   Sign in

Business > Industry

""" + title + """

By 대니얼 권 (Daniel Kwon)
Published : Aug. 20, 2026 - 15:42        Updated : Aug. 21, 2026 - 09:10
Original (English) : "Korean drug exports top $6 billion in first half, led by biosimilars"
Font size  A  A   |   Share   |   Print

"""
    body = ("\n\n".join(paras[:3])
            + "\n\n[Photo] A researcher inspects cell culture at a biologics plant in Incheon on Aug. 4. (The Korea Ledger)\n\n"
            + "\n\n".join(paras[3:]))
    tail = """

Translated by 이하린 (harin.lee@korealedger.com)
이 기사는 코리아레저 영문판 기사를 번역한 것입니다. 번역 과정에서 일부 표현이 원문과 다를 수 있습니다. 원문 보기 ▶

By 대니얼 권 (dkwon@korealedger.com)
ⓒ The Korea Ledger. All rights reserved. 무단 전재 및 재배포 금지

Most Popular
1  Seoul home prices rise for 18th straight week
2  현대차, 8월 美 판매 14만 2,000대…역대 최대
3  Exports jump 11.4% in first 20 days of August

More from Business
· 바이오 CDMO 수주 3년 새 2.5배…인천 송도 증설 경쟁
· Samsung Biologics wins $1.2b order from European drugmaker

About Us   Contact   Terms of Service   Privacy Policy
The Korea Ledger Corp. | 서울특별시 중구 통일로 92 | 인터넷신문 등록번호 서울 아50234 | Tel 02-727-0900
"""
    return head + body + tail


article(
    name="06_pharma_exports_english_outlet_translated_dump", ext="txt", published="2026-08-20",
    title="K-제약 상반기 수출 63.8억 달러 ‘역대 최대’…미국이 끌었다",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["THE KOREA LEDGER", "日本語", "Life & Style", "Subscribe", "Business > Industry", "By 대니얼 권", "Daniel Kwon", "Published :", "Updated :",
               "Aug. 21, 2026", "Original (English)", "$6 billion", "Font size", "[Photo]", "cell culture", "Aug. 4", "Translated by", "이하린",
               "harin.lee@", "영문판 기사를 번역한", "원문 보기", "dkwon@", "ⓒ The Korea Ledger", "Most Popular", "18th straight week",
               "14만 2,000대", "11.4%", "first 20 days", "More from Business", "2.5배", "$1.2b", "Terms of Service", "통일로 92", "아50234",
               "02-727-0900"],
    notes=("A text dump of the Korean edition of an English-language Korean outlet (The Korea Ledger, invented): English masthead with "
           "edition switch '한국어판 | ENGLISH | 日本語', English menu, breadcrumb, Korean title, **English-style byline 'By 대니얼 권 (Daniel "
           "Kwon)' and date line 'Published : Aug. 20, 2026 - 15:42   Updated : Aug. 21, 2026 - 09:10'** (English month abbreviations, the "
           "update on the next day), the English original's headline (figures), tools, body with an **English '[Photo]' caption (dated "
           "'Aug. 4')**, then **'Translated by 이하린 (…)' and a translation note**, the byline again with e-mail, copyright, 'Most Popular' "
           "and 'More from Business' (Korean and English teasers with figures), footer. published: 2026-08-20 (the 'Published' date, not "
           "'Updated'); '19일' = 2026-08-19. Title not scored; no deck. Conventions: '60억 달러를 넘어섰다' at_least USD (change optional); "
           "'63억 8,000만 달러로 지난해 같은 기간보다 17.4% 증가' and '48억 2,000만 달러로 2.1% 줄어' two gold changes each ({after, USD}, "
           "{delta, %}); '15억 6,000만 달러 흑자' money only; '41억 5,000만 달러로 … 65.0%를 차지했다. 1년 전 34억 1,000만 달러에서 7억 "
           "4,000만 달러(21.7%) 늘었다' one gold endpoint change with delta across sentences (the {before, delta}, {after} and %-change "
           "readings optional); '18억 3,000만 달러로 가장 많았고 … 미국 수출은 지난해 상반기 13억 1,000만 달러에서 39.7% 급증했다' one gold "
           "endpoint change across sentences (rate optional); '지난해 상반기' named half-year gold; bracketed country amounts gold money; "
           "'지난해 10월' 2025-10; '상반기에만 … 지난해 연간 수주액(3조 6,000억원)을 이미 넘어섰다' a half-year figure compared with a full "
           "year: no gold change (optional); '1조 1,000억원으로 1년 전보다 28% 늘었다' two gold changes; '312개사로 1년 전보다 27개사 늘었다' a gold {after, delta} count change (counts optional); '15명 더 채용해 40명으로 늘릴' a gold {after, delta} change (counts optional); '내년까지' open start 2027; a "
           "forecast against last year's actual in the same clause ('130억 달러를 넘어 지난해(112억 달러)보다 16% 이상 늘어날') at_least money, "
           "all change readings optional (blind10's '200억 달러 이상으로 지난해(173억 달러)를 웃돌'); '16% 이상', '70% 이상' percentages gold; "
           "'1년 전', '(지난해) 같은 기간' bases optional; '연간' optional. Organisations: 한국보건산업진흥원 (이하 진흥원), 삼성바이오로직스, "
           "셀트리온, 식품의약품안전처 (식약처), 미국 식품의약국 (FDA). 미국/독일/일본/중국 are countries; CDMO is an activity."),
)


if __name__ == "__main__":
    main(HERE)
