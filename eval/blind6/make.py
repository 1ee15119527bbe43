#!/usr/bin/env python3
"""The eval/blind6 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind6/make.py
"""
import pathlib
import sys
import html

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


# ---------------------------------------------------------------------------
# 01 중소벤처기업부 보도자료 on 정책브리핑 (korea.kr-style HTML), 2026-02-12
# ---------------------------------------------------------------------------
A01 = [
    ("- AI 기반 자율형 공장 첫 도입…기업당 최대 4억원 지원", [
        m("최대 4억원", 4 * EOK, q="at_most"),
    ]),
    ("- 소기업 자부담 비율 50%→30%로 완화, 3월 4일부터 신청 접수", [
        pc("50%", 50), pc("30%", 30), ch("50%→30%로 완화", before=50, after=30),
        p("3월 4일부터", "2026-03-04", None),
    ]),
    ("□ 중소벤처기업부(이하 중기부)는 올해 스마트공장 보급·확산 사업에 4,210억원을 투입해 중소 제조기업 2,600곳을 지원한다고 12일 밝혔다. 지난해 예산(3,580억원)보다 630억원(17.6%) 늘어난 규모다.", [
        p("올해", "2026", "2026"), m("4,210억원", 4210 * EOK), c("2,600곳", 2600, "곳"), p("12일", "2026-02-12", "2026-02-12"),
        p("지난해", "2025", "2025"), m("3,580억원", 3580 * EOK), m("630억원", 630 * EOK), pc("17.6%", 17.6),
        ch("4,210억원을 ... 지난해 예산(3,580억원)보다 630억원(17.6%) 늘어난", before=3580 * EOK, after=4210 * EOK, delta=630 * EOK, unit="KRW"),
        ch("630억원(17.6%) 늘어난", delta=17.6, unit="%", opt=True),
        ch("630억원(17.6%) 늘어난", delta=630 * EOK, unit="KRW", opt=True),
    ]),
    ("○ 스마트공장 보급 사업은 2014년부터 지난해까지 누적 3만 4,800여 곳을 지원했으나, 기초 단계(데이터 수집·관리) 공장이 전체의 4분의 3을 차지해 고도화가 더디다는 지적을 받아 왔다.", [
        p("2014년부터 지난해까지", "2014", "2025"),
        p("2014년부터", "2014", None, opt=True), p("지난해까지", None, "2025", opt=True),
        c("3만 4,800여 곳", 34800, "곳", q="approx"), pc("4분의 3", 75, opt=True),
    ]),
    ("○ 이에 중기부는 올해부터 인공지능(AI)이 공정 데이터를 스스로 분석해 설비를 제어하는 ‘AI 자율형 공장’ 모델을 새로 도입한다. 첫해인 올해는 50곳을 선정해 기업당 최대 4억원(총사업비의 70% 이내)을 지원한다.", [
        p("올해부터", "2026", None), p("올해", "2026", "2026"), c("50곳", 50, "곳"),
        m("최대 4억원", 4 * EOK, q="at_most"), pc("70%", 70),
    ]),
    ("□ 기업 부담도 줄어든다. 그간 정부 지원금을 제외한 사업비의 50%를 기업이 부담해야 했으나, 올해부터는 매출액 100억원 미만 소기업의 자부담 비율을 30%로 낮춘다.", [
        pc("50%", 50), p("올해부터", "2026", None), m("100억원 미만", 100 * EOK, q="at_most"), pc("30%", 30),
        ch("50%를 ... 30%로 낮춘다", before=50, after=30), ch("30%로 낮춘다", after=30, opt=True),
    ]),
    ("○ 중기부는 이번 조치로 소기업 1곳당 평균 부담액이 1억 2천만원에서 7,200만원으로 약 40% 줄어들 것으로 내다봤다.", [
        c("1곳당", 1, "곳", opt=True), m("1억 2천만원", 1 * EOK + 2000 * MAN), m("7,200만원", 7200 * MAN),
        ch("1억 2천만원에서 7,200만원으로 약 40% 줄어들", before=1 * EOK + 2000 * MAN, after=7200 * MAN, unit="KRW"),
        pc("약 40%", 40), ch("약 40% 줄어들", delta=-40, unit="%", opt=True),
    ]),
    ("○ 지원 대상은 제조업을 영위하는 중소기업으로, 3월 4일부터 4월 3일까지 스마트제조혁신 누리집(www.smart-factory.kr)에서 신청을 받는다. 선정 결과는 5월 중 발표된다.", [
        p("3월 4일부터 4월 3일까지", "2026-03-04", "2026-04-03"),
        p("3월 4일", "2026-03-04", "2026-03-04", opt=True), p("4월 3일", "2026-04-03", "2026-04-03", opt=True),
        p("5월 중", "2026-05", "2026-05"),
    ]),
    ("□ 공급기업 관리도 강화한다. 최근 3년간 구축된 스마트공장 가운데 약 12%가 1년도 안 돼 가동을 멈춘 것으로 나타나자, 중기부는 공급기업이 구축 후 2년 동안 유지보수를 의무적으로 맡도록 했다.", [
        p("최근 3년간", None, None, opt=True), c("3년간", 3, "년", opt=True), p("최근 3년간", "2023", "2025", opt=True),
        pc("약 12%", 12), p("1년", None, None, opt=True), c("1년", 1, "년", opt=True),
        p("2년 동안", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("○ 유지보수를 제대로 하지 않은 공급기업은 향후 3년간 사업 참여가 제한되며, 중기부는 올해 상반기 중 전국 공급기업 1,480곳을 대상으로 실태점검에 나선다.", [
        p("향후 3년간", None, None, opt=True), c("3년간", 3, "년", opt=True),
        p("올해 상반기 중", "2026-01", "2026-06"), c("1,480곳", 1480, "곳"),
    ]),
    ("○ 지역 편중도 완화한다. 지난해 지원 기업의 41.3%가 수도권에 몰렸던 점을 감안해, 올해는 비수도권 기업에 전체 물량의 3분의 2 이상인 1,750곳을 배정한다.", [
        p("지난해", "2025", "2025"), pc("41.3%", 41.3), p("올해", "2026", "2026"), c("1,750곳", 1750, "곳"),
        pc("3분의 2", 66.7, opt=True), c("1,750곳", 1750, "곳", q="at_least", opt=True),
    ]),
    ("□ 한편 중기부는 이날 경남 창원국가산업단지에서 ‘스마트제조 혁신 성과 보고회’를 열고, 스마트공장 도입 기업 6,200곳을 분석한 결과 도입 후 생산성이 평균 28.4% 높아지고 불량률은 43.7% 낮아졌다고 발표했다.", [
        p("이날", "2026-02-12", "2026-02-12", opt=True), c("6,200곳", 6200, "곳"), pc("28.4%", 28.4), pc("43.7%", 43.7),
        ch("평균 28.4% 높아지고", delta=28.4, unit="%", opt=True), ch("43.7% 낮아졌다", delta=-43.7, unit="%", opt=True),
    ]),
    ("○ 특히 AI 기반 품질검사를 도입한 ㈜대성정밀은 불량률이 2.1%에서 0.4%로 떨어졌고, 납기 준수율은 88%에서 97%로 올랐다.", [
        pc("2.1%", 2.1), pc("0.4%", 0.4), ch("2.1%에서 0.4%로 떨어졌고", before=2.1, after=0.4),
        pc("88%", 88), pc("97%", 97), ch("88%에서 97%로 올랐다", before=88, after=97),
    ]),
    ("□ 김정민 중기부 장관은 “스마트공장은 인력난과 고령화에 직면한 중소 제조업의 생존 전략”이라며 “2028년까지 AI 자율형 공장을 500곳으로 늘려 중소기업 제조 현장의 AI 전환을 앞당기겠다”고 말했다.", [
        p("2028년까지", None, "2028"), ch("500곳으로 늘려", after=500, unit="곳"), c("500곳", 500, "곳", opt=True),
    ]),
    ("○ 자세한 내용은 중소기업 통합콜센터(☎1357)나 스마트제조혁신 누리집 공고를 참고하면 된다.", []),
]
ORG01 = [
    o("중소벤처기업부", ["중기부"]), o("㈜대성정밀", ["대성정밀"]),
    o("창원국가산업단지", opt=True), o("중소기업 통합콜센터", opt=True), o("스마트제조혁신 누리집", opt=True), o("정부", opt=True),
]


def page01(paras, title):
    esc = lambda s: html.escape(s, quote=False)
    deck = "<br>\n".join(esc(s) for s in paras[:2])
    body = "\n".join(f"<p>{esc(s)}</p>" for s in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | 보도자료 | 대한민국 정책브리핑</title>
<meta name="keywords" content="중소벤처기업부, 스마트공장, 보도자료">
<link rel="stylesheet" href="/common/css/sub.css">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div id="skip"><a href="#container">본문 바로가기</a></div>
<div id="header">
  <h1 class="logo"><a href="/">대한민국 정책브리핑 www.korea.kr</a></h1>
  <ul class="gnb">
    <li><a href="/news">뉴스</a></li><li><a href="/briefing">브리핑룸</a></li><li><a href="/archive">정책자료</a></li><li><a href="/multi">멀티미디어</a></li><li><a href="/korea">대한민국은 지금</a></li>
  </ul>
  <div class="util"><a href="/login">로그인</a> | <a href="/sitemap">사이트맵</a> | <a href="/eng">ENGLISH</a></div>
</div>
<div id="container">
  <div class="location">홈 &gt; 브리핑룸 &gt; 보도자료</div>
  <div class="article_head">
    <div class="info"><span class="type">보도자료</span> <span class="date">2026.02.12</span> <span class="source">중소벤처기업부</span></div>
    <h1>{esc(title)}</h1>
    <p class="sub_title">{deck}</p>
    <div class="btns"><a href="#">글자 크게</a> <a href="#">글자 작게</a> <a href="#">인쇄</a> <a href="#">공유</a></div>
  </div>
  <div class="view_cont">
    <div class="article_body">
{body}
    </div>
    <div class="article_footer">
      <p>이 자료는 중소벤처기업부의 보도자료를 전재하여 제공함을 알려드립니다.</p>
      <p class="source_dept">담당 부서 : 중소벤처기업부 스마트제조혁신과 &nbsp; 책임자 과장 이승현(044-204-7721) &nbsp; 담당자 사무관 한지우(044-204-7728)</p>
    </div>
    <div class="filedown">
      <strong>첨부파일</strong>
      <ul>
        <li><a href="/download/2026021201.hwpx">(보도자료) 중기부, 올해 스마트공장 보급에 4,210억원 투입.hwpx</a> <a href="#" class="preview">미리보기</a></li>
        <li><a href="/download/2026021202.pdf">(보도자료) 중기부, 올해 스마트공장 보급에 4,210억원 투입.pdf</a> <a href="#" class="preview">미리보기</a></li>
        <li><a href="/download/2026021203.hwpx">(붙임) 2026년 스마트공장 지원사업 통합공고문.hwpx</a></li>
      </ul>
    </div>
    <div class="kogl"><img src="/images/kogl_type1.png" alt="공공누리 제1유형"> 정책브리핑의 정책뉴스자료를 무단 사용하는 경우 저작권법에 따라 법적 책임을 질 수 있습니다.</div>
  </div>
  <div class="aside">
    <h3>최신 보도자료</h3>
    <ul>
      <li><a href="#">해수부, 연안여객선 운임 최대 20% 인하…섬 주민 연 18만 명 혜택</a></li>
      <li><a href="#">농식품부, 설 성수품 16만t 공급…평시 대비 1.5배</a></li>
      <li><a href="#">국토부, 1월 주택 인허가 2만 8천 호…전년 동월보다 12% 감소</a></li>
    </ul>
    <h3>많이 본 뉴스</h3>
    <ol>
      <li><a href="#">청년도약계좌 가입자 200만 명 돌파</a></li>
      <li><a href="#">근로장려금 최대 330만원…5월 신청</a></li>
    </ol>
  </div>
</div>
<div id="footer">
  <p>(30112) 세종특별자치시 도움5로 20 정부세종청사 문화체육관광부 국민소통실 | 대표전화 044-203-3000</p>
  <p>Copyright © Ministry of Culture, Sports and Tourism. All rights reserved.</p>
</div>
</body>
</html>
"""


article(
    name="01_mss_smart_factory_koreakr_html", ext="html", published="2026-02-12",
    title="중기부, 올해 스마트공장 보급에 4,210억원…중소 제조기업 2,600곳 지원",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["대한민국 정책브리핑", "브리핑룸", "전재하여 제공", "스마트제조혁신과", "044-204-7721", "첨부파일", "hwpx", "통합공고문",
               "공공누리", "최신 보도자료", "연안여객선", "16만t", "2만 8천 호", "많이 본 뉴스", "200만 명 돌파", "330만원", "044-203-3000", "Copyright"],
    notes=("A ministry press release as reposted on 정책브리핑 (korea.kr-style HTML). published: the '2026.02.12' span in the info row above the "
           "h1 (no meta date); relative dates resolve against it. Title not scored; the two '- ' lines in p.sub_title under the h1 are deck lines "
           "and are body (their figures scored). The body is div.article_body > p with □/○ bullets (kept in the body text as printed). "
           "Furniture: the '전재하여 제공' notice, the 담당 부서 line with phone numbers, the 첨부파일 list (whose file names repeat the title's "
           "4,210억원), the 공공누리 notice, the aside (최신 보도자료, 많이 본 뉴스 with figures) and the footer. Conventions of eval/blind/README.md, "
           "eval/blind4/README.md and eval/blind5/README.md: endpoints of a change are optional counts; '지난해 예산(3,580억원)보다 630억원(17.6%) "
           "늘어난' is an endpoint change (the rate optional); '50%→30%' and '50%를 … 30%로 낮춘다' are %-level changes without unit; "
           "'1억 2천만원에서 7,200만원으로 약 40% 줄어들' an endpoint change (rate optional); '2014년부터 지난해까지' and '3월 4일부터 4월 3일까지' "
           "one period each (parts optional); '5월 중' = 2026-05; '올해 상반기 중' = 2026-01..06; '3분의 2 이상인 1,750곳' (이상 belongs to the "
           "fraction: the count is exact; fractions optional percentages); durations (최근 3년간, 1년도, 2년 동안, 향후 3년간) optional; "
           "effects of unstated baseline (생산성 28.4% 높아지고, 불량률 43.7% 낮아졌다) optional changes; '500곳으로 늘려' an after-change. "
           "'(☎1357)' is a phone number, 'www.smart-factory.kr' a web address, '첫해' an ordinal: none is a figure. 김정민 중기부 장관 is a person "
           "with a title. ㈜대성정밀 (invented) is a company with its ㈜ form."),
)


# ---------------------------------------------------------------------------
# 02 보령시 추경·머드축제, local newspaper page dump, 2026-06-03
# ---------------------------------------------------------------------------
A02 = [
    ("머드축제 예산 38억 5,000만원…원산도 관광지 조성에 94억원 반영", [
        m("38억 5,000만원", 38 * EOK + 5000 * MAN), m("94억원", 94 * EOK),
    ]),
    ("[서해안신문] 윤재호 기자 | 충남 보령시가 1,162억원 규모의 올해 제1회 추가경정예산안을 편성해 지난 2일 보령시의회(이하 시의회)에 제출했다.", [
        m("1,162억원", 1162 * EOK), p("올해", "2026", "2026"), p("지난 2일", "2026-06-02", "2026-06-02"),
    ]),
    ("이번 추경으로 보령시 전체 예산은 본예산(1조 1,340억원)보다 10.2% 늘어난 1조 2,502억원이 된다. 일반회계는 1조 590억원, 특별회계는 1,912억원이다.", [
        m("1조 1,340억원", 1 * JO + 1340 * EOK), pc("10.2%", 10.2), m("1조 2,502억원", 1 * JO + 2502 * EOK),
        ch("본예산(1조 1,340억원)보다 10.2% 늘어난 1조 2,502억원", before=1 * JO + 1340 * EOK, after=1 * JO + 2502 * EOK, unit="KRW"),
        ch("10.2% 늘어난", delta=10.2, unit="%", opt=True),
        m("1조 590억원", 1 * JO + 590 * EOK), m("1,912억원", 1912 * EOK),
    ]),
    ("분야별로는 지역경제 활성화에 312억원, 관광·문화 분야에 247억원, 농어업 분야에 186억원을 배정했다. 특히 다음 달 열리는 보령머드축제와 원산도 관광지 조성 사업에 전체 추경의 약 5분의 1인 230억원가량이 쓰인다.", [
        m("312억원", 312 * EOK), m("247억원", 247 * EOK), m("186억원", 186 * EOK), p("다음 달", "2026-07", "2026-07"),
        m("230억원가량", 230 * EOK, q="approx"), pc("약 5분의 1", 20, opt=True),
    ]),
    ("올해로 29회째를 맞는 보령머드축제는 7월 17일부터 26일까지 열흘간 대천해수욕장 일원에서 열린다. 축제 예산은 38억 5,000만원으로 지난해(34억원)보다 4억 5,000만원 늘었다.", [
        p("올해", "2026", "2026"),
        p("7월 17일부터 26일까지", "2026-07-17", "2026-07-26"),
        p("7월 17일", "2026-07-17", "2026-07-17", opt=True), p("26일", "2026-07-26", "2026-07-26", opt=True),
        p("열흘간", None, None, opt=True), c("열흘간", 10, "일", opt=True),
        m("38억 5,000만원", 38 * EOK + 5000 * MAN), p("지난해", "2025", "2025"), m("34억원", 34 * EOK), m("4억 5,000만원", 4 * EOK + 5000 * MAN),
        ch("38억 5,000만원으로 지난해(34억원)보다 4억 5,000만원 늘었다", before=34 * EOK, after=38 * EOK + 5000 * MAN, delta=4 * EOK + 5000 * MAN, unit="KRW"),
    ]),
    ("시는 올해 축제 방문객 목표를 지난해 162만 명보다 8만 명 많은 170만 명으로 잡았다. 외국인 관광객은 지난해 21만 3,000명에서 25만 명 이상으로 늘린다는 계획이다.", [
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"),
        ch("지난해 162만 명보다 8만 명 많은 170만 명", before=1620000, after=1700000, delta=80000, unit="명"),
        c("162만 명", 1620000, "명", opt=True), c("8만 명", 80000, "명", opt=True), c("170만 명", 1700000, "명", opt=True),
        p("지난해", "2025", "2025"),
        ch("지난해 21만 3,000명에서 25만 명 이상으로 늘린다", before=213000, after=250000, unit="명"),
        c("21만 3,000명", 213000, "명", opt=True), c("25만 명 이상", 250000, "명", q="at_least", opt=True),
    ]),
    ("입장료는 성인 기준 1만 2,000원에서 1만 5,000원으로 오르지만, 입장권 구매액의 절반을 보령사랑상품권으로 돌려준다. 보령시민과 65세 이상, 초등학생 이하는 무료로 입장할 수 있다.", [
        m("1만 2,000원", 12000), m("1만 5,000원", 15000),
        ch("1만 2,000원에서 1만 5,000원으로 오르지만", before=12000, after=15000, unit="KRW"),
        pc("절반", 50, opt=True), c("65세 이상", 65, "세", q="at_least", opt=True),
    ]),
    ("원산도 관광지 조성 사업에는 국비와 도비를 합쳐 2028년까지 모두 1,480억원이 투입된다. 시는 이번 추경에 설계비와 보상비 94억원을 반영했으며, 이르면 내년 상반기 착공할 예정이다.", [
        p("2028년까지", None, "2028"), m("1,480억원", 1480 * EOK), m("94억원", 94 * EOK), p("내년 상반기", "2027-01", "2027-06"),
    ]),
    ("보령해저터널 개통 이후 원산도를 찾는 관광객은 2022년 87만 명에서 지난해 241만 명으로 2.8배 가까이 늘었다.", [
        p("2022년", "2022", "2022"), p("지난해", "2025", "2025"),
        ch("2022년 87만 명에서 지난해 241만 명으로 2.8배 가까이 늘었다", before=870000, after=2410000, unit="명"),
        c("87만 명", 870000, "명", opt=True), c("241만 명", 2410000, "명", opt=True),
        ch("2.8배 가까이", after=2.8, unit="배", opt=True),
    ]),
    ("소상공인 지원도 늘렸다. 시는 보령사랑상품권 할인율을 이달 10일부터 연말까지 현행 10%에서 15%로 높이고, 월 구매 한도도 1인당 50만원에서 70만원으로 확대한다. 이를 위한 할인 보전액 28억원을 추경에 담았다.", [
        p("이달 10일부터 연말까지", "2026-06-10", "2026-12"),
        p("이달 10일부터", "2026-06-10", None, opt=True), p("연말까지", None, "2026-12", opt=True),
        p("이달 10일부터 연말까지", "2026-06-10", "2026-12-31", opt=True),
        p("현행", None, None, opt=True), p("현행", "2026", "2026", opt=True),
        pc("10%", 10), pc("15%", 15), ch("현행 10%에서 15%로 높이고", before=10, after=15),
        c("1인당", 1, "인", opt=True), m("50만원", 50 * MAN), m("70만원", 70 * MAN),
        ch("1인당 50만원에서 70만원으로 확대한다", before=500000, after=700000, unit="KRW"),
        m("28억원", 28 * EOK),
    ]),
    ("또 폐업 위기에 놓인 소상공인 320곳에 업체당 최대 300만원의 경영안정자금을 지원하고, 청년 창업가 40명에게는 임대료를 월 50만원씩 최대 1년간 지원한다.", [
        c("320곳", 320, "곳"), m("최대 300만원", 300 * MAN, q="at_most"), c("40명", 40, "명"), m("월 50만원", 50 * MAN),
        p("최대 1년간", None, None, opt=True), c("1년간", 1, "년", q="at_most", opt=True), c("1년간", 1, "년", opt=True),
    ]),
    ("인구 감소 대응 예산도 포함됐다. 보령시 인구는 지난 4월 말 기준 9만 4,870명으로, 10년 전인 2016년(10만 4,200명)과 비교해 9,330명 줄었다.", [
        p("지난 4월 말", "2026-04", "2026-04"), p("지난 4월 말", "2026-04-30", "2026-04-30", opt=True),
        c("9만 4,870명", 94870, "명", opt=True),
        p("10년 전", "2016", "2016", opt=True), p("10년", None, None, opt=True), c("10년", 10, "년", opt=True),
        p("2016년", "2016", "2016"), c("10만 4,200명", 104200, "명", opt=True), c("9,330명", 9330, "명", opt=True),
        ch("9만 4,870명으로, 10년 전인 2016년(10만 4,200명)과 비교해 9,330명 줄었다", before=104200, after=94870, delta=-9330, unit="명"),
    ]),
    ("시는 출산장려금을 첫째 500만원, 둘째 1,000만원, 셋째 이상 2,000만원으로 각각 두 배씩 올리고, 귀농·귀어 가구에 정착지원금 1,500만원을 새로 지급한다.", [
        m("500만원", 500 * MAN), m("1,000만원", 1000 * MAN), m("2,000만원", 2000 * MAN),
        ch("첫째 500만원 ... 두 배씩 올리고", after=500 * MAN, unit="KRW"),
        ch("둘째 1,000만원 ... 두 배씩 올리고", after=1000 * MAN, unit="KRW"),
        ch("셋째 이상 2,000만원으로 각각 두 배씩 올리고", after=2000 * MAN, unit="KRW"),
        ch("첫째 500만원 ... 두 배씩", before=250 * MAN, after=500 * MAN, unit="KRW", opt=True),
        ch("둘째 1,000만원 ... 두 배씩", before=500 * MAN, after=1000 * MAN, unit="KRW", opt=True),
        ch("셋째 이상 2,000만원으로 각각 두 배씩", before=1000 * MAN, after=2000 * MAN, unit="KRW", opt=True),
        ch("두 배씩", after=2, unit="배", opt=True),
        m("1,500만원", 1500 * MAN),
    ]),
    ("추경안은 오는 12일 개회하는 제252회 시의회 정례회에서 심의를 거쳐 23일 확정된다.", [
        p("오는 12일", "2026-06-12", "2026-06-12"), p("23일", "2026-06-23", "2026-06-23"),
    ]),
    ("이성호 보령시장은 “머드축제와 원산도를 두 축으로 체류형 관광을 키워 올해 연간 관광객 1,000만 명 시대를 열겠다”고 말했다.", [
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), c("1,000만 명", 10000000, "명"),
        ch("1,000만 명 시대를 열겠다", after=10000000, unit="명", opt=True),
    ]),
]
ORG02 = [
    o("보령시"), o("보령시의회", ["시의회"]),
    o("충남", ["충청남도"], opt=True), o("서해안신문", opt=True), o("대천해수욕장", opt=True), o("보령머드축제", opt=True),
]


def page02(paras, title):
    head = """서해안신문
충남 서해안의 목소리 | 보령·서천·홍성·태안
홈  |  로그인  |  회원가입  |  기사제보  |  구독신청
전체기사  정치·행정  경제  사회  문화·관광  교육  오피니언  포토

홈 > 정치·행정 > 보령

"""
    meta = """
등록 2026-06-03 오전 9:12  |  수정 2026-06-04 오후 1:05  |  조회 2,318
가  가   |  프린트  |  스크랩  |  카카오톡  페이스북  밴드

"""
    tail = """

윤재호 기자 다른기사 보기
저작권자 © 서해안신문 무단전재 및 재배포 금지

이 기사에 대한 댓글 0

지역 소식
· 서천군, 2회 추경 512억원 편성…장항 국가정원 조성 본격화
· 홍성군 인구 9만 명선 붕괴…30년 만에 최저
· 태안 만리포해수욕장 7월 1일 개장, 안전요원 64명 배치
· 대천항 수산물 위판액 상반기 1,200억원 돌파

포토뉴스
[포토] 머드축제 D-44, 대천해수욕장 머드 체험장 설치 한창

인기기사
1 보령시, 하반기 공무원 47명 정기인사
2 웅천읍 주택가 화재…1억 8천만원 재산피해

서해안신문 | 충청남도 보령시 대천로 123 | 대표전화 041-934-0000 | 팩스 041-934-0001
등록번호 충남 아 00456 | 발행·편집인 최덕수 | 청소년보호책임자 김미정
Copyright © 서해안신문. All rights reserved.
"""
    return head + title + "\n" + paras[0] + "\n" + meta + "\n\n".join(paras[1:]) + tail


article(
    name="02_boryeong_budget_festival_localpaper", ext="txt", published="2026-06-03",
    title="보령시, 1,162억원 추경 편성…머드축제·원산도 관광에 230억원 투입",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["충남 서해안의 목소리", "기사제보", "홈 > 정치", "등록 2026-06-03", "조회 2,318", "스크랩", "다른기사 보기", "무단전재",
               "댓글 0", "지역 소식", "512억원", "9만 명선", "만리포", "위판액", "포토뉴스", "D-44", "인기기사", "47명", "1억 8천만원",
               "041-934-0000", "Copyright"],
    notes=("A local newspaper page dump. published: the '등록 2026-06-03 오전 9:12' line (수정 is the next day, 2026-06-04, and is not the "
           "publication date); there is no masthead date. Title not scored; the one deck line under it is body. New decision: the byline "
           "prefix '[서해안신문] 윤재호 기자 |' printed at the start of the first paragraph stays in the body (no figure in it), as blind5 kept "
           "the wire dateline '(서울=연합뉴스) 박민준 기자 ='; the byline line at the end ('윤재호 기자 다른기사 보기'), copyright, comments, "
           "지역 소식 / 포토뉴스 / 인기기사 (with figures) and the footer are furniture. Conventions: '본예산(1조 1,340억원)보다 10.2% 늘어난 "
           "1조 2,502억원' an endpoint change (the rate optional); '지난해 162만 명보다 8만 명 많은 170만 명' an endpoint change with delta; "
           "endpoints of changes are optional counts; '2.8배 가까이' optional; '첫째 500만원, 둘째 1,000만원, 셋째 이상 2,000만원으로 각각 두 배씩 "
           "올리고': a multiplier with only the new levels gives three gold after-changes (blind5's decision), the halved befores optional; "
           "'첫째/둘째/셋째', '제1회', '29회째', '제252회' are ordinals; '이달 10일부터 연말까지' one period (2026-06-10..2026-12, month for 연말 as "
           "for 말), parts optional; '지난 4월 말' = 2026-04; '10년 전인 2016년' — 2016년 gold, '10년 전' optional; '열흘간', '최대 1년간' "
           "durations optional; '약 5분의 1', '절반' optional; '65세 이상' an age (optional). 이성호 보령시장 is a person with a title."),
)


# ---------------------------------------------------------------------------
# 03 리딩방 투자사기 선고, court article page dump, 2026-07-16
# ---------------------------------------------------------------------------
A03 = [
    ("가상자산 투자 리딩방을 운영하며 투자자 1,200여 명에게서 380억원을 가로챈 일당의 총책에게 징역 15년이 선고됐다.", [
        c("1,200여 명", 1200, "명", q="approx"), m("380억원", 380 * EOK),
        p("징역 15년", None, None, opt=True), c("15년", 15, "년", opt=True),
    ]),
    ("서울중앙지방법원 형사합의25부(재판장 김도윤 부장판사)는 16일 특정경제범죄 가중처벌 등에 관한 법률(특경법)상 사기 등 혐의로 구속기소된 총책 A씨(42)에게 징역 15년을 선고하고 추징금 112억 3,000만원을 명령했다.", [
        p("16일", "2026-07-16", "2026-07-16"), p("징역 15년", None, None, opt=True), c("15년", 15, "년", opt=True),
        m("112억 3,000만원", 112 * EOK + 3000 * MAN),
    ]),
    ("함께 기소된 모집책 B씨(35) 등 공범 9명에게는 징역 2년 6개월∼8년이 각각 선고됐다. 범행 가담 정도가 가벼운 2명은 징역 2년에 집행유예 3년과 벌금 1,500만원을 선고받았다.", [
        c("9명", 9, "명"), p("징역 2년 6개월∼8년", None, None, opt=True), c("2년 6개월", 30, "개월", opt=True), c("8년", 8, "년", opt=True),
        c("2명", 2, "명"), p("징역 2년", None, None, opt=True), c("2년", 2, "년", opt=True),
        p("집행유예 3년", None, None, opt=True), c("3년", 3, "년", opt=True),
        m("벌금 1,500만원", 1500 * MAN),
    ]),
    ("재판부에 따르면 A씨 일당은 지난 2023년 3월부터 2025년 1월까지 서울 강남구와 경기 성남시 분당구 등에 사무실 4곳을 차려 놓고 “상장 직전 코인에 투자하면 최소 3배 수익을 보장한다”며 투자자를 끌어모은 것으로 조사됐다.", [
        p("지난 2023년 3월부터 2025년 1월까지", "2023-03", "2025-01"),
        p("지난 2023년 3월", "2023-03", "2023-03", opt=True), p("2025년 1월", "2025-01", "2025-01", opt=True),
        c("4곳", 4, "곳"), ch("최소 3배", after=3, unit="배", opt=True), c("3배", 3, "배", q="at_least", opt=True),
    ]),
    ("이들은 카카오톡 오픈채팅방과 텔레그램 등에 ‘VIP 리딩방’ 80여 개를 개설한 뒤, 가짜 거래소 사이트에서 투자금이 불어나는 것처럼 화면을 조작했다. 피해자들은 1인당 평균 3,100만원, 많게는 12억원을 송금했다.", [
        c("80여 개", 80, "개", q="approx"), c("1인당", 1, "인", opt=True), m("평균 3,100만원", 3100 * MAN),
        m("많게는 12억원", 12 * EOK, q="at_most"),
    ]),
    ("피해자 가운데 60대 이상이 487명으로 전체의 40.6%를 차지했다. 퇴직금이나 노후 자금을 맡긴 경우가 많았고, 피해자의 약 3분의 1은 대출을 받아 투자금을 마련한 것으로 드러났다.", [
        c("60대 이상", 60, "대", q="at_least", opt=True), c("487명", 487, "명"), pc("40.6%", 40.6), pc("약 3분의 1", 33.3, opt=True),
    ]),
    ("재판부는 “피고인들은 조직적·계획적으로 범행을 저질렀고, 범죄수익 대부분을 해외 가상자산 지갑으로 빼돌려 피해 회복이 거의 이뤄지지 않았다”며 “서민들의 삶의 기반을 무너뜨린 중대한 범죄”라고 양형 이유를 밝혔다.", []),
    ("실제로 검찰이 지금까지 동결한 범죄수익은 41억원으로 전체 피해액의 10분의 1 남짓에 그친다. A씨는 범행 기간 서울 성동구의 시세 68억원짜리 아파트에 살며 수입차 5대를 굴린 것으로 조사됐다.", [
        p("지금까지", None, "2026-07-16", opt=True), p("지금까지", None, None, opt=True),
        m("41억원", 41 * EOK), pc("10분의 1 남짓", 10, opt=True), m("68억원", 68 * EOK), c("5대", 5, "대"),
    ]),
    ("앞서 서울중앙지방검찰청(이하 서울중앙지검) 금융범죄합동수사단은 지난해 10월 A씨 등 11명을 재판에 넘겼다. 검찰은 결심 공판에서 A씨에게 징역 20년을 구형했다.", [
        p("지난해 10월", "2025-10", "2025-10"), c("11명", 11, "명"), p("징역 20년", None, None, opt=True), c("20년", 20, "년", opt=True),
    ]),
    ("피해자들은 별도로 A씨 일당을 상대로 모두 196억원 규모의 손해배상 청구 소송을 냈다. 피해자 측 법률대리인인 정모 변호사는 “형사 판결로 불법행위가 인정된 만큼 민사 재판도 속도를 낼 것”이라며 “다음 달 중 2차 소송에 참여할 피해자 300여 명을 추가로 모집할 계획”이라고 말했다.", [
        m("196억원", 196 * EOK), p("다음 달 중", "2026-08", "2026-08"), c("300여 명", 300, "명", q="approx"),
        ch("300여 명을 추가로 모집", delta=300, unit="명", opt=True),
    ]),
    ("한편 금융감독원(이하 금감원)에 따르면 올해 1~5월 접수된 리딩방 사기 피해 신고는 2,840건으로 전년 동기(1,960건)보다 44.9% 늘었다. 피해액도 같은 기간 1,130억원에서 1,720억원으로 52% 증가했다.", [
        p("올해 1~5월", "2026-01", "2026-05"),
        p("전년 동기", "2025-01", "2025-05", opt=True), p("전년 동기", "2025", "2025", opt=True),
        ch("2,840건으로 전년 동기(1,960건)보다 44.9% 늘었다", before=1960, after=2840, unit="건"),
        c("2,840건", 2840, "건", opt=True), c("1,960건", 1960, "건", opt=True),
        pc("44.9%", 44.9), ch("44.9% 늘었다", delta=44.9, unit="%", opt=True),
        p("같은 기간", "2026-01", "2026-05", opt=True), p("같은 기간", "2025-01", "2025-05", opt=True),
        m("1,130억원", 1130 * EOK), m("1,720억원", 1720 * EOK),
        ch("1,130억원에서 1,720억원으로 52% 증가했다", before=1130 * EOK, after=1720 * EOK, unit="KRW"),
        pc("52%", 52), ch("52% 증가했다", delta=52, unit="%", opt=True),
    ]),
    ("금감원은 오는 8월부터 투자 리딩방 광고를 게시한 플랫폼 사업자에게도 최대 5,000만원의 과태료를 물릴 수 있도록 관련 규정을 고칠 방침이다. 금감원 관계자는 “원금 보장이나 고수익을 약속하는 리딩방은 100% 사기로 보면 된다”고 말했다.", [
        p("오는 8월부터", "2026-08", None), m("최대 5,000만원", 5000 * MAN, q="at_most"), pc("100%", 100),
    ]),
]
ORG03 = [
    o("서울중앙지방법원", ["서울중앙지법"]), o("서울중앙지방검찰청", ["서울중앙지검"]), o("금융감독원", ["금감원"]),
    o("형사합의25부", opt=True), o("금융범죄합동수사단", opt=True), o("검찰", opt=True), o("재판부", opt=True),
    o("텔레그램", ["Telegram"], opt=True), o("카카오톡", opt=True), o("강남구", opt=True), o("성남시", opt=True), o("분당구", opt=True),
    o("성동구", opt=True),
]


def page03(paras, title):
    head = """한강일보
2026년 7월 16일 (목)   오늘의 운세 | 날씨 서울 29℃ 소나기
로그인   회원가입   모바일웹
정치 | 경제 | 사회 | 국제 | 문화 | 스포츠 | 연예 | 사람들

사회 > 법원·검찰

"""
    meta = """
입력 : 2026년 07월 16일(목) 17:25  |  수정 : 2026년 07월 16일(목) 19:02
조은비 기자  eunbi@hangangilbo.com
[기사 공유하기]  [글자 크기]  [인쇄]

서울 서초구 서울중앙지법 청사 전경. [한강일보 자료사진]

"""
    tail = """

이 기사를 추천합니다  12

Copyright ⓒ 한강일보. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지.

관련기사
· ‘300억 리딩방’ 공범 2심도 징역 12년
· 보이스피싱 피해 1분기 1,900억원…전년보다 35% 늘어
· 금감원 “SNS 투자광고 90%가 불법”

오늘의 사회 뉴스
1. 폭염특보 사흘째…온열질환자 누적 1,024명
2. 전세사기 피해자 결정 3만 2천 명 넘어서
3. 검찰, 불법 대부업 조직 24명 기소

한강일보 | 서울특별시 영등포구 국회대로 800 | 대표전화 02-2000-1000 | 등록번호 서울 아 09876
"""
    return head + title + "\n" + meta + "\n\n".join(paras) + tail


article(
    name="03_leading_room_fraud_court_pagedump", ext="txt", published="2026-07-16",
    title="380억 가로챈 코인 리딩방 총책 징역 15년…피해자 1,200명 중 40%가 60대 이상",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["오늘의 운세", "모바일웹", "사회 > 법원", "입력 : 2026년", "eunbi@", "기사 공유하기", "자료사진", "추천합니다",
               "Copyright", "관련기사", "2심도 징역 12년", "1,900억원", "90%가 불법", "오늘의 사회 뉴스", "1,024명", "3만 2천 명",
               "24명 기소", "02-2000-1000"],
    notes=("A court/prosecution article, newspaper page dump. published: the masthead date '2026년 7월 16일 (목)' and the "
           "'입력 : 2026년 07월 16일(목) 17:25' line. Title not scored; no deck. Photo caption, byline with e-mail, share/recommend buttons, "
           "copyright, 관련기사 and 오늘의 사회 뉴스 (with figures) and the footer are furniture. New decisions: sentences (징역 15년, 징역 2년 "
           "6개월∼8년, 징역 2년에 집행유예 3년, 징역 20년 구형) are durations: optional periods/counts, never money; 벌금 and 추징금 are money. "
           "A crime period '지난 2023년 3월부터 2025년 1월까지' is one period (parts optional). A defendant's age in brackets 'A씨(42)', 'B씨(35)' is "
           "no count; '60대 이상' an age band (optional). '많게는 12억원' = at_most (the qualifier is not scored for matching). '최소 3배 수익' (a "
           "promise) optional. '1,200여 명' and the other head counts (9명, 2명, 11명, 487명, 300여 명) are gold counts; '수입차 5대' a gold count; "
           "'300여 명을 추가로 모집' — the delta change optional (a recruitment target, not a tracked quantity). '2,840건으로 전년 동기(1,960건)보다 "
           "44.9% 늘었다' and '1,130억원에서 1,720억원으로 52% 증가' are endpoint changes (rates optional); '전년 동기', '같은 기간', '지금까지' "
           "optional; fractions ('약 3분의 1', '10분의 1 남짓') optional percentages; '100% 사기' a gold percentage; '2차 소송' an ordinal. "
           "Courts, prosecutors' offices and 금감원 are organisations; the court's division, the prosecutors' task force, 검찰/재판부 (generic) "
           "optional; the law (특경법) is not an organisation."),
)


# ---------------------------------------------------------------------------
# 04 반도체 수출 3분기, Naver-news-like HTML, 2026-10-01
# ---------------------------------------------------------------------------
USD_EOK = 10**8
A04 = [
    ("9월 반도체 수출 171억 달러, 전년 동월 대비 31.2% 증가", [
        p("9월", "2026-09", "2026-09"), m("171억 달러", 171 * USD_EOK, cur="USD"),
        p("전년 동월", "2025-09", "2025-09", opt=True), pc("31.2%", 31.2), ch("전년 동월 대비 31.2% 증가", delta=31.2, unit="%"),
        ch("171억 달러", after=171 * USD_EOK, unit="USD", opt=True),
    ]),
    ("D램 고정가 4분기 연속 상승…“내년 상반기까지 호황”", [
        p("4분기 연속", None, None, opt=True), c("4분기", 4, "분기", opt=True), p("4분기", "2026-10", "2026-12", opt=True),
        p("내년 상반기까지", None, "2027-06"),
    ]),
    ("반도체 수출이 3분기(7~9월) 482억 달러를 기록하며 분기 기준 역대 최대치를 새로 썼다. 인공지능(AI) 서버용 고대역폭메모리(HBM)와 고용량 D램 수요가 이어진 영향이다.", [
        p("3분기(7~9월)", "2026-07", "2026-09"), p("7~9월", "2026-07", "2026-09", opt=True),
        m("482억 달러", 482 * USD_EOK, cur="USD"),
    ]),
    ("산업통상부(이하 산업부)가 1일 발표한 ‘9월 수출입 동향’에 따르면 지난달 반도체 수출액은 171억 달러로 전년 동월 대비 31.2% 증가했다. 월간 반도체 수출이 170억 달러를 넘어선 것은 처음이다.", [
        p("1일", "2026-10-01", "2026-10-01"), p("9월", "2026-09", "2026-09", opt=True), p("지난달", "2026-09", "2026-09"),
        m("171억 달러", 171 * USD_EOK, cur="USD"), p("전년 동월", "2025-09", "2025-09", opt=True), pc("31.2%", 31.2),
        ch("171억 달러로 전년 동월 대비 31.2% 증가했다", delta=31.2, unit="%"),
        ch("171억 달러로", after=171 * USD_EOK, unit="USD", opt=True),
        m("170억 달러를 넘어선", 170 * USD_EOK, cur="USD", q="at_least"),
    ]),
    ("3분기 반도체 수출은 전년 동기(351억 달러)보다 37.3% 늘었다. 분기 수출이 400억 달러를 웃돈 것은 지난 2분기(416억 달러)에 이어 두 번째다.", [
        p("3분기", "2026-07", "2026-09"), p("전년 동기", "2025-07", "2025-09", opt=True), p("전년 동기", "2025", "2025", opt=True),
        m("351억 달러", 351 * USD_EOK, cur="USD"), pc("37.3%", 37.3),
        ch("전년 동기(351억 달러)보다 37.3% 늘었다", delta=37.3, unit="%"),
        ch("전년 동기(351억 달러)보다 37.3% 늘었다", before=351 * USD_EOK, unit="USD", opt=True),
        ch("3분기 반도체 수출은 전년 동기(351억 달러)보다", before=351 * USD_EOK, after=482 * USD_EOK, unit="USD", opt=True),
        m("400억 달러를 웃돈", 400 * USD_EOK, cur="USD", q="at_least"),
        p("지난 2분기", "2026-04", "2026-06"), m("416억 달러", 416 * USD_EOK, cur="USD"),
    ]),
    ("품목별로는 HBM을 포함한 D램 수출이 3분기 268억 달러로 1년 전보다 52.4% 급증했다. 낸드플래시는 74억 달러로 9.8% 늘었고, 시스템반도체는 103억 달러로 2.1% 감소했다.", [
        p("3분기", "2026-07", "2026-09"), m("268억 달러", 268 * USD_EOK, cur="USD"),
        p("1년 전", "2025-07", "2025-09", opt=True), p("1년 전", "2025", "2025", opt=True),
        pc("52.4%", 52.4), ch("268억 달러로 1년 전보다 52.4% 급증했다", delta=52.4, unit="%"),
        m("74억 달러", 74 * USD_EOK, cur="USD"), pc("9.8%", 9.8), ch("74억 달러로 9.8% 늘었고", delta=9.8, unit="%"),
        m("103억 달러", 103 * USD_EOK, cur="USD"), pc("2.1%", 2.1), ch("103억 달러로 2.1% 감소했다", delta=-2.1, unit="%"),
        ch("268억 달러로", after=268 * USD_EOK, unit="USD", opt=True), ch("74억 달러로", after=74 * USD_EOK, unit="USD", opt=True),
        ch("103억 달러로", after=103 * USD_EOK, unit="USD", opt=True),
    ]),
    ("지역별로는 대만 수출이 3분기 142억 달러로 가장 많았고, 중국(121억 달러)과 미국(68억 달러)이 뒤를 이었다. 대만에는 엔비디아 AI 가속기를 위탁 생산하는 TSMC의 패키징 공장이 몰려 있어 HBM 수출의 최대 경유지가 됐다.", [
        p("3분기", "2026-07", "2026-09"), m("142억 달러", 142 * USD_EOK, cur="USD"), m("121억 달러", 121 * USD_EOK, cur="USD"),
        m("68억 달러", 68 * USD_EOK, cur="USD"),
    ]),
    ("기업 실적도 고공행진이다. 시장에서는 SK하이닉스가 3분기 매출 31조 2,000억원, 영업이익 14조 8,000억원을 올려 사상 최대 실적을 낼 것으로 보고 있다. 영업이익률은 47%대에 이를 전망이다.", [
        p("3분기", "2026-07", "2026-09"), m("31조 2,000억원", 31 * JO + 2000 * EOK), m("14조 8,000억원", 14 * JO + 8000 * EOK),
        pc("47%대", 47, opt=True),
    ]),
    ("삼성전자 반도체(DS) 부문도 3분기 영업이익이 9조원 안팎으로, 직전 분기(6조 1,000억원)보다 50% 가까이 늘어날 것으로 추정된다. 엔비디아에 12단 HBM4 공급을 시작한 효과가 반영됐다는 분석이다.", [
        p("3분기", "2026-07", "2026-09"), m("9조원 안팎", 9 * JO, q="approx"),
        p("직전 분기", "2026-04", "2026-06", opt=True), m("6조 1,000억원", 6 * JO + 1000 * EOK),
        ch("9조원 안팎으로, 직전 분기(6조 1,000억원)보다 50% 가까이 늘어날", before=6 * JO + 1000 * EOK, after=9 * JO, unit="KRW"),
        pc("50%", 50), ch("50% 가까이 늘어날", delta=50, unit="%", opt=True), c("12단", 12, "단", opt=True),
    ]),
    ("시장조사업체 트렌드포스에 따르면 2분기 HBM 시장 점유율은 SK하이닉스가 57%로 1위를 지켰고, 삼성전자가 27%, 마이크론이 16%였다. 삼성전자 점유율은 1분기 21%에서 6%포인트 올랐다.", [
        p("2분기", "2026-04", "2026-06"), pc("57%", 57), pc("27%", 27), pc("16%", 16),
        p("1분기", "2026-01", "2026-03"), pc("21%", 21), pc("6%포인트", 6),
        ch("1분기 21%에서 6%포인트 올랐다", before=21, after=27, delta=6),
        ch("21%에서 6%포인트 올랐다", before=21, delta=6, opt=True), ch("6%포인트 올랐다", delta=6, unit="%p", opt=True),
    ]),
    ("D램 가격도 오름세다. 범용 제품인 DDR5 16Gb 고정거래가격은 지난달 평균 7.85달러로 한 달 새 4.7% 올랐다. 4분기 연속 상승으로, 연초(5.20달러)와 비교하면 1.5배 수준이다.", [
        c("16Gb", 16, "Gb", opt=True), p("지난달", "2026-09", "2026-09"), m("평균 7.85달러", 7.85, cur="USD"),
        p("한 달", None, None, opt=True), c("한 달", 1, "달", opt=True),
        pc("4.7%", 4.7), ch("7.85달러로 한 달 새 4.7% 올랐다", delta=4.7, unit="%"),
        ch("7.85달러로", after=7.85, unit="USD", opt=True),
        p("4분기 연속", None, None, opt=True), c("4분기", 4, "분기", opt=True), p("4분기", "2026-10", "2026-12", opt=True),
        p("연초", "2026-01", "2026-01"), m("5.20달러", 5.2, cur="USD"),
        ch("7.85달러 ... 연초(5.20달러)와 비교하면 1.5배 수준", before=5.2, after=7.85, unit="USD"),
        ch("1.5배", after=1.5, unit="배", opt=True),
    ]),
    ("반도체 호조에 힘입어 9월 전체 수출은 658억 달러로 1년 전보다 12.6% 늘었고, 무역수지는 89억 달러 흑자를 냈다. 전체 수출에서 반도체가 차지하는 비중은 26.0%로, 지난해 9월(21.9%)보다 4.1%포인트 높아졌다.", [
        p("9월", "2026-09", "2026-09"), m("658억 달러", 658 * USD_EOK, cur="USD"),
        p("1년 전", "2025-09", "2025-09", opt=True), p("1년 전", "2025", "2025", opt=True),
        pc("12.6%", 12.6), ch("658억 달러로 1년 전보다 12.6% 늘었고", delta=12.6, unit="%"),
        ch("658억 달러로", after=658 * USD_EOK, unit="USD", opt=True),
        m("89억 달러", 89 * USD_EOK, cur="USD"),
        pc("26.0%", 26.0), p("지난해 9월", "2025-09", "2025-09"), pc("21.9%", 21.9), pc("4.1%포인트", 4.1),
        ch("26.0%로, 지난해 9월(21.9%)보다 4.1%포인트 높아졌다", before=21.9, after=26.0, delta=4.1),
    ]),
    ("원화로 환산한 3분기 반도체 수출액은 약 66조 4,000억원으로, 평균 환율 1,378원을 적용한 수치다.", [
        p("3분기", "2026-07", "2026-09"), m("약 66조 4,000억원", 66 * JO + 4000 * EOK, q="approx"), m("1,378원", 1378),
    ]),
    ("산업부는 4분기에도 HBM 수요가 견조해 올해 반도체 수출이 1,750억 달러 안팎으로 지난해(1,420억 달러)를 20% 이상 웃돌 것으로 내다봤다.", [
        p("4분기", "2026-10", "2026-12"), p("올해", "2026", "2026"), m("1,750억 달러 안팎", 1750 * USD_EOK, cur="USD", q="approx"),
        p("지난해", "2025", "2025"), m("1,420억 달러", 1420 * USD_EOK, cur="USD"), pc("20%", 20),
        ch("1,750억 달러 안팎으로 지난해(1,420억 달러)를 20% 이상 웃돌", before=1420 * USD_EOK, after=1750 * USD_EOK, unit="USD"),
        ch("20% 이상 웃돌", delta=20, unit="%", opt=True),
    ]),
    ("다만 미국의 반도체 관세 부과 여부가 변수다. 미국 정부는 다음 달 중순 반도체 품목관세 세율을 발표할 예정이며, 업계는 15% 안팎의 관세가 매겨질 경우 연간 수출이 최대 40억 달러 줄어들 수 있다고 보고 있다.", [
        p("다음 달 중순", "2026-11", "2026-11"), p("다음 달 중순", "2026-11-11", "2026-11-20", opt=True),
        pc("15%", 15), p("연간", None, None, opt=True),
        m("최대 40억 달러", 40 * USD_EOK, cur="USD", q="at_most"),
        ch("최대 40억 달러 줄어들 수 있다", delta=-40 * USD_EOK, unit="USD", opt=True),
    ]),
    ("김태윤 산업부 반도체과장은 “내년 상반기까지는 메모리 호황이 이어질 가능성이 크다”며 “이달 중 반도체 업계와 관세 대응 회의를 열겠다”고 말했다.", [
        p("내년 상반기까지", None, "2027-06"), p("이달 중", "2026-10", "2026-10"),
    ]),
]
ORG04 = [
    o("산업통상부", ["산업부"]), o("SK하이닉스"), o("삼성전자"), o("엔비디아", ["NVIDIA"]), o("TSMC", ["대만 TSMC"]),
    o("트렌드포스", ["TrendForce"]), o("마이크론", ["Micron"]),
    o("미국 정부", opt=True), o("정부", opt=True),
]


def page04(paras, title):
    esc = lambda s: html.escape(s, quote=False)
    summary = "<br>".join(esc(s) for s in paras[:2])
    body = "<br><br>".join(esc(s) for s in paras[2:5]) + """<br><br><span class="end_photo_org"><img src="https://imgnews.pstatic.net/image/999/2026/10/01/0000123456_001_20261001113205.jpg" alt=""><em class="img_desc">SK하이닉스 이천캠퍼스 전경. [사진=SK하이닉스 제공]</em></span><br><br>""" + "<br><br>".join(esc(s) for s in paras[5:])
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} : 네이버 뉴스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="반도체 수출이 3분기(7~9월) 482억 달러를 기록하며 분기 기준 역대 최대치를 새로 썼다.">
<meta property="og:article:author" content="데일리테크 | 네이버">
<link rel="stylesheet" href="https://ssl.pstatic.net/static.news/css/news.css">
</head>
<body>
<div id="u_skip"><a href="#dic_area">본문 바로가기</a></div>
<header class="Nlnb">
  <a class="Nlnb_logo" href="https://news.naver.com">NAVER 뉴스</a>
  <ul class="Nlnb_menu"><li>언론사별</li><li>정치</li><li>경제</li><li>사회</li><li>생활/문화</li><li>IT/과학</li><li>세계</li><li>랭킹</li><li>신문보기</li><li>오피니언</li></ul>
</header>
<div id="ct" class="newsct" role="main">
  <div class="media_end_head go_trans">
    <div class="media_end_head_top"><a class="media_end_head_top_logo" href="#"><img alt="데일리테크"></a> <button class="media_end_head_top_channel_btn">구독</button></div>
    <div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{esc(title)}</span></h2></div>
    <div class="media_end_head_info nv_notrans">
      <div class="media_end_head_journalist"><em class="media_end_head_journalist_name">오지훈 기자</em></div>
      <div class="media_end_head_info_datestamp">
        <div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2026-10-01 11:32:05">2026.10.01. 오전 11:32</span></div>
        <div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span><span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2026-10-02 08:15:40">2026.10.02. 오전 8:15</span></div>
        <a href="#" class="media_end_head_origin_link">기사원문</a>
      </div>
      <div class="media_end_head_info_variety"><span class="u_likeit_text">추천 27</span> <a class="media_end_head_cmtcount_button">댓글 41</a> <button>본문 요약봇</button> <button>글자 크기 변경하기</button> <button>공유하기</button></div>
    </div>
  </div>
  <div id="newsct_article" class="newsct_article _article_body">
    <article id="dic_area" class="go_trans _article_content">
<strong class="media_end_summary">{summary}</strong><br><br>{body}
    </article>
  </div>
  <div class="byline"><p class="byline_p"><span class="byline_s">오지훈 기자 (jihoon@dailytech.kr)</span></p></div>
  <p class="source">Copyright ⓒ 데일리테크. All rights reserved. 무단 전재 및 재배포, AI 학습 및 활용 금지.</p>
  <div class="media_end_categorize"><em class="media_end_categorize_label">기사 섹션 분류 안내</em> 경제 · IT/과학</div>
  <div class="_reactionModule">좋아요 12 훈훈해요 0 슬퍼요 0 화나요 1 후속기사 원해요 5</div>
  <div class="press_ranking_home">
    <h4>데일리테크 언론사 랭킹 뉴스</h4>
    <ol>
      <li><a href="#">삼성전자 주가 10만원 돌파…시총 600조 눈앞</a></li>
      <li><a href="#">코스피 3,500 재돌파…외국인 1조 순매수</a></li>
      <li><a href="#">“HBM5 내년 2분기 양산” SK하이닉스 로드맵 공개</a></li>
      <li><a href="#">애플, 아이폰18 출하 8천만 대 목표</a></li>
    </ol>
  </div>
</div>
<footer class="Nfooter"><p>네이버 뉴스 서비스 이용약관 | 개인정보처리방침 | 기사배열 책임자 : 김수향 | 청소년 보호 책임자 : 이정규</p><p>© NAVER Corp.</p></footer>
</body>
</html>
"""


article(
    name="04_semiconductor_exports_naver_html", ext="html", published="2026-10-01",
    title="반도체 수출 3분기 482억 달러 역대 최대…HBM 점유율 SK하이닉스 57%",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["NAVER 뉴스", "본문 바로가기", "기사원문", "추천 27", "댓글 41", "본문 요약봇", "이천캠퍼스 전경", "사진=SK하이닉스 제공",
               "jihoon@", "Copyright", "기사 섹션 분류", "좋아요 12", "언론사 랭킹 뉴스", "10만원 돌파", "3,500 재돌파", "HBM5", "8천만 대",
               "기사배열 책임자", "NAVER Corp"],
    notes=("A Naver-news-like HTML page: title in h2#title_area, date in span.media_end_head_info_datestamp_time with data-date-time "
           "'2026-10-01 11:32:05' (입력) — the 수정 stamp is the next day and is not the publication date; body in article#dic_area inside "
           "div#newsct_article as text separated by <br><br>; deck = strong.media_end_summary (two lines separated by <br>), body; a photo "
           "(span.end_photo_org with em.img_desc caption) sits inside #dic_area between paragraphs and is furniture; byline in span.byline_s. "
           "Conventions: 달러 = USD; '…억 달러로 전년 동월 대비 / 1년 전보다 N% 증가' = gold %-change {delta, %}, the level gold money and its "
           "after-change optional; '전년 동기(351억 달러)보다 37.3% 늘었다' (the after is in the previous paragraph, not in this sentence) = gold "
           "%-change, endpoint readings optional; '9조원 안팎으로, 직전 분기(6조 1,000억원)보다 50% 가까이' and '1,750억 달러 안팎으로 "
           "지난해(1,420억 달러)를 20% 이상 웃돌' are endpoint changes (rates optional); '1분기 21%에서 6%포인트 올랐다' a %-level change with the "
           "after (27%, written in the previous sentence) computed; '26.0%로, 지난해 9월(21.9%)보다 4.1%포인트' a %-level change without unit; "
           "'7.85달러 … 연초(5.20달러)와 비교하면 1.5배' an endpoint change in USD (1.5배 optional); '47%대' a band (optional, like blind5's "
           "'1,370원대'); the exchange rate '1,378원' is money (blind5); fixed bases (전년 동월, 전년 동기, 1년 전, 직전 분기) optional; "
           "'9월 수출입 동향' a document name (its 9월 optional); '4분기 연속', '한 달 새' durations (optional); '다음 달 중순' = 2026-11 "
           "(days 11..20 optional); a conditional loss ('최대 40억 달러 줄어들 수 있다') is money, the change optional. '12단', 'HBM4', "
           "'DDR5 16Gb' are product specs, '1위' a rank, '두 번째' an ordinal: no counts. 김태윤 산업부 반도체과장 is a person with a title."),
)


# ---------------------------------------------------------------------------
# 05 프로야구·아시안게임, sports page dump (few figures), 2026-09-27
# ---------------------------------------------------------------------------
A05 = [
    ("LG 트윈스가 2년 연속 프로야구 정규시즌 정상에 올랐다.", [
        p("2년 연속", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("LG는 27일 서울 잠실야구장에서 열린 ‘2026 신한 SOL뱅크 KBO리그’ 키움 히어로즈와의 홈경기에서 5-2로 이기며 남은 3경기 결과와 관계없이 정규시즌 1위를 확정했다. 시즌 성적은 86승 2무 53패(승률 0.619)다.", [
        p("27일", "2026-09-27", "2026-09-27"), p("2026", "2026", "2026", opt=True), c("3경기", 3, "경기"),
        c("86승", 86, "승", opt=True), c("2무", 2, "무", opt=True), c("53패", 53, "패", opt=True),
    ]),
    ("LG가 정규시즌 1위에 오른 것은 2023년과 지난해에 이어 최근 4년 새 세 번째다. 2년 연속 1위는 구단 창단 이후 처음이다.", [
        p("2023년", "2023", "2023"), p("지난해", "2025", "2025"),
        p("최근 4년", None, None, opt=True), c("4년", 4, "년", opt=True), p("최근 4년", "2023", "2026", opt=True),
        p("2년 연속", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("선발로 나선 ‘에이스’ 김도윤(29)은 7이닝 동안 삼진 9개를 잡아내며 4피안타 1실점으로 호투해 시즌 17승(5패)째를 거뒀다. 다승 단독 1위다.", [
        c("7이닝", 7, "이닝", opt=True), c("9개", 9, "개"), c("4피안타", 4, "피안타", opt=True), c("1실점", 1, "실점", opt=True),
        c("17승", 17, "승", opt=True), c("5패", 5, "패", opt=True),
    ]),
    ("타선에서는 4번 타자 박준혁(31)이 1회말 선제 투런 홈런을 터뜨렸다. 시즌 38호 홈런으로, 2위 최성민(KT 위즈·34개)과의 격차를 4개로 벌렸다. 등번호 52번을 단 박준혁은 올 시즌 타율 0.327, 112타점을 기록 중이다.", [
        c("34개", 34, "개"), c("4개", 4, "개", opt=True), ch("격차를 4개로 벌렸다", after=4, unit="개", opt=True),
        p("올 시즌", "2026", "2026", opt=True), c("112타점", 112, "타점", opt=True),
    ]),
    ("이날 잠실구장에는 2만 3,750명의 관중이 입장해 올 시즌 32번째 매진을 기록했다. LG의 올 시즌 홈 관중은 142만 8,000여 명으로 지난해(139만 명)를 넘어 구단 역대 최다 기록을 새로 썼다.", [
        p("이날", "2026-09-27", "2026-09-27", opt=True), c("2만 3,750명", 23750, "명"),
        p("올 시즌", "2026", "2026", opt=True), p("올 시즌", "2026", "2026", opt=True),
        c("142만 8,000여 명", 1428000, "명", q="approx", opt=True), p("지난해", "2025", "2025"), c("139만 명", 1390000, "명", opt=True),
        ch("142만 8,000여 명으로 지난해(139만 명)를 넘어", before=1390000, after=1428000, unit="명"),
    ]),
    ("정재원 LG 감독은 “선수들이 144경기 내내 흔들리지 않고 한 번도 1위를 내주지 않은 덕분”이라며 “한국시리즈 2연패까지 달려가겠다”고 말했다.", [
        c("144경기", 144, "경기"),
    ]),
    ("LG는 다음 달 26일부터 7전 4선승제로 열리는 한국시리즈에 직행한다. 상대는 2위 KT와 3위 삼성 라이온즈의 플레이오프 승자다.", [
        p("다음 달 26일부터", "2026-10-26", None), p("다음 달 26일", "2026-10-26", "2026-10-26", opt=True),
    ]),
    ("한편 이날 부산 사직구장에서는 롯데 자이언츠가 NC 다이노스를 3-1로 꺾고 5연승을 달렸다. 4위 롯데는 2017년 이후 9년 만의 가을야구 진출을 눈앞에 뒀다.", [
        p("이날", "2026-09-27", "2026-09-27", opt=True), c("5연승", 5, "연승", opt=True),
        p("2017년 이후", "2017", None), p("2017년", "2017", "2017", opt=True), p("9년", None, None, opt=True), c("9년", 9, "년", opt=True),
    ]),
    ("같은 날 일본 나고야에서 열린 2026 아이치·나고야 아시안게임 배드민턴 여자 단식 결승에서는 이수아(22·삼성생명)가 세계랭킹 2위 왕슈린(중국)을 2-1(21-18 17-21 21-15)로 꺾고 금메달을 땄다.", [
        p("같은 날", "2026-09-27", "2026-09-27", opt=True), p("2026", "2026", "2026", opt=True),
    ]),
    ("이수아는 직전 대회인 2022 항저우 아시안게임에 이어 2회 연속 정상에 올랐다. 한국 배드민턴 여자 단식에서 아시안게임 2연패가 나온 것은 처음이다.", [
        p("2022", "2022", "2022", opt=True), p("2022", "2023", "2023", opt=True), c("2회", 2, "회", opt=True),
    ]),
    ("대회 9일째인 이날까지 한국은 금메달 31개, 은메달 28개, 동메달 40개로 종합 3위를 달리고 있다. 대한체육회는 이번 대회 목표로 금메달 50개 이상, 종합 2위를 내걸었다. 대회는 다음 달 4일 폐막한다.", [
        p("이날까지", None, "2026-09-27", opt=True), p("이날", "2026-09-27", "2026-09-27", opt=True),
        c("31개", 31, "개"), c("28개", 28, "개"), c("40개", 40, "개"), c("50개 이상", 50, "개", q="at_least"),
        p("다음 달 4일", "2026-10-04", "2026-10-04"),
    ]),
]
ORG05 = [
    o("LG 트윈스", ["LG"]), o("키움 히어로즈", ["키움"]), o("KT 위즈", ["KT"]), o("삼성 라이온즈", ["삼성"]),
    o("롯데 자이언츠", ["롯데"]), o("NC 다이노스", ["NC"]), o("삼성생명"), o("대한체육회"),
    o("KBO", ["한국야구위원회", "KBO리그"], opt=True), o("신한 SOL뱅크", ["신한은행"], opt=True), o("잠실야구장", ["잠실구장"], opt=True),
    o("사직구장", opt=True),
]


def page05(paras, title):
    head = """스포츠한강
야구 | 축구 | 농구·배구 | 골프 | 아시안게임 | e스포츠 | 연예
[속보] 아시안게임 9일째 한국 종합 3위

야구 > KBO리그

"""
    meta = """
기사작성 : 2026년 09월 27일 21시 48분  |  최종수정 : 2026년 09월 28일 07시 10분
강태민 기자 / tmkang@sportshangang.com
[페이스북] [X] [카카오톡] [URL 복사]

27일 서울 잠실야구장에서 열린 키움전에서 정규시즌 1위를 확정한 LG 선수들이 기념사진을 찍고 있다. (사진=LG 트윈스)

"""
    tail = """

<ⓒ 스포츠한강, 무단전재 및 재배포 금지>

KBO리그 순위표 (27일 현재)
순위  팀    경기  승  무  패  승률   게임차
1    LG   141  86  2  53  0.619  -
2    KT   140  80  3  57  0.584  5.0
3    삼성  141  77  1  63  0.550  9.5
4    롯데  141  72  3  66  0.522  13.5

오늘의 경기 결과
LG 5-2 키움 | 롯데 3-1 NC | 두산 7-4 SSG | KIA 2-6 한화

많이 본 기사
1. 손흥민 시즌 5호 골…LAFC 3연승 질주
2. [아시안게임] 수영 계영 800m 금메달…7분01초73 대회 신기록
3. ‘연봉 27억’ FA 최대어, 해외 진출 선언
4. 여자배구 대표팀, 태국에 3-0 완승

스포츠한강 | 서울특별시 용산구 한강대로 92 | 대표전화 02-700-2000 | 등록번호 서울 아 11223
"""
    return head + title + "\n" + meta + "\n\n".join(paras) + tail


article(
    name="05_kbo_asiangames_sports_pagedump", ext="txt", published="2026-09-27",
    title="LG, 2년 연속 정규시즌 1위 확정…‘에이스’ 김도윤 시즌 17승",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["[속보]", "야구 > KBO리그", "기사작성", "tmkang@", "URL 복사", "기념사진", "무단전재", "순위표", "게임차",
               "오늘의 경기 결과", "두산 7-4 SSG", "많이 본 기사", "LAFC", "계영 800m", "연봉 27억", "태국에 3-0", "02-700-2000"],
    notes=("A sports page dump with few figures (a precision test). published: '기사작성 : 2026년 09월 27일 21시 48분' (최종수정 is the next day "
           "and is not the publication date); 2026-09-27 is a Sunday. Title not scored; no deck. Photo caption, byline, SNS row, copyright, the "
           "standings table, results row and 많이 본 기사 (with figures and scores) are furniture. New decisions (sports): scores (5-2, 3-1, "
           "2-1(21-18 17-21 21-15)), ranks (1위, 2위, 세계랭킹 2위, 종합 3위, 다승 단독 1위), batting averages and win rates (0.619, 0.327), "
           "jersey numbers (등번호 52번), batting order (4번 타자), innings (1회말), ordinals (세 번째, 32번째, 38호, 17승째, 9일째) and streaks "
           "(2연패, 5연승, 2회 연속, 2년 연속) are not gold figures (streaks, records and innings optional counts at most). Years inside an event's "
           "title ('2026 신한 SOL뱅크 KBO리그', '2026 아이치·나고야 아시안게임', '2022 항저우 아시안게임') are optional periods. Ages in brackets "
           "(29), (31), (22·삼성생명) are no counts. Gold counts are plain counted things: 3경기, 144경기, 삼진 9개, 홈런 34개, 관중 2만 3,750명, "
           "medals (31개, 28개, 40개, 50개 이상). '142만 8,000여 명으로 지난해(139만 명)를 넘어' an endpoint change (endpoints optional counts); "
           "'격차를 4개로 벌렸다' (a gap) optional. '올 시즌' = this year's season (optional, 2026). '2017년 이후 9년 만' follows the 'X 이후' "
           "convention (open end from 2017). Teams (LG 트윈스/LG, 키움 히어로즈, KT 위즈/KT, 삼성 라이온즈, 롯데 자이언츠, NC 다이노스), "
           "삼성생명 and 대한체육회 are organisations; the league sponsor, KBO and ballparks optional. Persons (김도윤, 정재원 감독, 이수아, 왕슈린) "
           "are invented."),
)


# ---------------------------------------------------------------------------
# 06 주간 아파트값, old-CMS HTML with <br> paragraphs (UTF-8), 2026-07-09
# ---------------------------------------------------------------------------
A06 = [
    ("7월 첫째 주 서울 0.31%↑…강남3구는 0.5%대 상승", [
        p("7월 첫째 주", "2026-07", "2026-07", opt=True), p("7월 첫째 주", "2026-07-06", "2026-07-12", opt=True),
        p("7월 첫째 주", "2026-06-29", "2026-07-05", opt=True),
        pc("0.31%", 0.31), ch("서울 0.31%↑", delta=0.31, unit="%"),
        pc("0.5%대", 0.5, opt=True), ch("0.5%대 상승", delta=0.5, unit="%", opt=True),
    ]),
    ("서울 아파트값 상승률이 6년 9개월 만에 최고치를 기록했다. 금리 인하 기대감에 대출 규제 완화까지 겹치면서 매수세가 다시 살아나는 모습이다.", [
        p("6년 9개월", None, None, opt=True), c("6년 9개월", 81, "개월", opt=True),
    ]),
    ("한국부동산원이 9일 발표한 ‘7월 첫째 주(6일 기준) 전국 주간 아파트 가격 동향’에 따르면 서울 아파트 매매가격은 전주 대비 0.31% 상승했다. 전주(0.26%)보다 오름폭이 0.05%포인트 커졌으며, 2019년 10월 첫째 주(0.33%) 이후 가장 큰 상승 폭이다.", [
        p("9일", "2026-07-09", "2026-07-09"),
        p("7월 첫째 주", "2026-07", "2026-07", opt=True), p("7월 첫째 주", "2026-07-06", "2026-07-12", opt=True),
        p("7월 첫째 주", "2026-06-29", "2026-07-05", opt=True),
        p("6일", "2026-07-06", "2026-07-06"),
        p("전주", "2026-06-29", "2026-07-05", opt=True), p("전주", "2026-06", "2026-06", opt=True), p("전주", "2026-06-29", "2026-06-29", opt=True),
        pc("0.31%", 0.31), ch("전주 대비 0.31% 상승했다", delta=0.31, unit="%"),
        p("전주", "2026-06-29", "2026-07-05", opt=True), p("전주", "2026-06", "2026-06", opt=True), p("전주", "2026-06-29", "2026-06-29", opt=True),
        pc("0.26%", 0.26), pc("0.05%포인트", 0.05),
        ch("전주(0.26%)보다 오름폭이 0.05%포인트 커졌으며", before=0.26, after=0.31, delta=0.05),
        ch("0.05%포인트 커졌으며", delta=0.05, unit="%p", opt=True),
        p("2019년 10월 첫째 주(0.33%) 이후", "2019-10", None), p("2019년 10월 첫째 주", "2019-10", "2019-10", opt=True),
        p("2019년 10월 첫째 주(0.33%) 이후", "2019-09-30", None, opt=True),
        pc("0.33%", 0.33),
    ]),
    ("강남3구의 오름세가 두드러졌다. 송파구가 0.58%로 가장 많이 올랐고 강남구(0.54%), 서초구(0.51%)가 뒤를 이었다. 성동구(0.47%)와 마포구(0.39%) 등 이른바 ‘마용성’ 지역도 상승 폭을 키웠다.", [
        pc("0.58%", 0.58), ch("0.58%로 가장 많이 올랐고", delta=0.58, unit="%"),
        pc("0.54%", 0.54), pc("0.51%", 0.51), pc("0.47%", 0.47), pc("0.39%", 0.39),
        ch("강남구(0.54%)", delta=0.54, unit="%", opt=True), ch("서초구(0.51%)", delta=0.51, unit="%", opt=True),
        ch("성동구(0.47%)", delta=0.47, unit="%", opt=True), ch("마포구(0.39%)", delta=0.39, unit="%", opt=True),
        ch("0.58%로", after=0.58, opt=True),
    ]),
    ("경기도는 0.12%, 인천은 0.04% 올랐다. 수도권 전체로는 0.18% 상승했으나, 지방은 0.02% 내려 12주 연속 하락세를 이어갔다.", [
        pc("0.12%", 0.12), pc("0.04%", 0.04), ch("경기도는 0.12% ... 올랐다", delta=0.12, unit="%"), ch("인천은 0.04% 올랐다", delta=0.04, unit="%"),
        pc("0.18%", 0.18), ch("0.18% 상승했으나", delta=0.18, unit="%"), pc("0.02%", 0.02), ch("0.02% 내려", delta=-0.02, unit="%"),
        p("12주 연속", None, None, opt=True), c("12주", 12, "주", opt=True),
    ]),
    ("실거래가도 뛰고 있다. 국토교통부 실거래가 공개시스템에 따르면 서울 송파구 잠실동 ‘잠실엘스’ 전용 84㎡는 지난달 28일 31억 5,000만원에 팔려 최고가를 새로 썼다. 올해 1월 거래가(27억원)보다 4억 5,000만원 올랐다.", [
        c("84㎡", 84, "㎡", opt=True), p("지난달 28일", "2026-06-28", "2026-06-28"), m("31억 5,000만원", 31 * EOK + 5000 * MAN),
        p("올해 1월", "2026-01", "2026-01"), m("27억원", 27 * EOK), m("4억 5,000만원", 4 * EOK + 5000 * MAN),
        ch("31억 5,000만원에 팔려 ... 올해 1월 거래가(27억원)보다 4억 5,000만원 올랐다", before=27 * EOK, after=31 * EOK + 5000 * MAN, delta=4 * EOK + 5000 * MAN, unit="KRW"),
        ch("4억 5,000만원 올랐다", delta=4 * EOK + 5000 * MAN, unit="KRW", opt=True),
    ]),
    ("서울 아파트 평균 매매가격은 지난달 말 기준 14억 2,300만원으로, 1년 만에 1억 1,000만원가량 올랐다. 강남구 평균은 28억원을 넘어섰다.", [
        p("지난달 말", "2026-06", "2026-06"), p("지난달 말", "2026-06-30", "2026-06-30", opt=True),
        m("14억 2,300만원", 14 * EOK + 2300 * MAN), p("1년", None, None, opt=True), c("1년", 1, "년", opt=True),
        m("1억 1,000만원가량", 1 * EOK + 1000 * MAN, q="approx"),
        ch("14억 2,300만원으로, 1년 만에 1억 1,000만원가량 올랐다", after=14 * EOK + 2300 * MAN, delta=1 * EOK + 1000 * MAN, unit="KRW"),
        ch("14억 2,300만원으로, 1년 만에 1억 1,000만원가량 올랐다", before=13 * EOK + 1300 * MAN, after=14 * EOK + 2300 * MAN, delta=1 * EOK + 1000 * MAN, unit="KRW", opt=True),
        m("28억원을 넘어섰다", 28 * EOK, q="at_least"), ch("28억원을 넘어섰다", after=28 * EOK, unit="KRW", opt=True),
    ]),
    ("전셋값도 오름세다. 서울 아파트 전세가격은 0.14% 올라 58주 연속 상승했다. 매매가격 대비 전세가격 비율인 전세가율은 서울이 53.4%로 지난달(52.9%)보다 0.5%포인트 높아졌다. 전세가율이 반등한 것은 지난해 11월 이후 8개월 만이다.", [
        pc("0.14%", 0.14), ch("0.14% 올라", delta=0.14, unit="%"), p("58주 연속", None, None, opt=True), c("58주", 58, "주", opt=True),
        pc("53.4%", 53.4), p("지난달", "2026-06", "2026-06"), pc("52.9%", 52.9), pc("0.5%포인트", 0.5),
        ch("53.4%로 지난달(52.9%)보다 0.5%포인트 높아졌다", before=52.9, after=53.4, delta=0.5),
        p("지난해 11월 이후", "2025-11", None), p("지난해 11월", "2025-11", "2025-11", opt=True),
        p("8개월", None, None, opt=True), c("8개월", 8, "개월", opt=True),
    ]),
    ("전세가율이 70%를 넘는 단지도 늘었다. 부동산 정보업체 부동산R114에 따르면 서울에서 전세가율 70% 이상인 아파트 단지는 312곳으로 연초 247곳에서 65곳 증가했다.", [
        pc("70%", 70), pc("70%", 70),
        ch("312곳으로 연초 247곳에서 65곳 증가했다", before=247, after=312, delta=65, unit="곳"),
        c("312곳", 312, "곳", opt=True), c("247곳", 247, "곳", opt=True), c("65곳", 65, "곳", opt=True),
        p("연초", "2026-01", "2026-01"),
    ]),
    ("대출 금리는 내림세다. 전국은행연합회에 따르면 5대 은행의 주택담보대출 변동금리(신규 코픽스 연동)는 이날 기준 연 3.62~5.41%로, 한 달 전(연 3.85~5.70%)보다 하단이 0.23%포인트 내려갔다.", [
        c("5대 은행", 5, "대", opt=True), c("5대", 5, "대", opt=True),
        p("이날", "2026-07-09", "2026-07-09", opt=True), pc("3.62~5.41%", 3.62), pc("3.62~5.41%", 5.41, opt=True),
        p("한 달 전", "2026-06", "2026-06", opt=True), p("한 달 전", "2026-06-09", "2026-06-09", opt=True), p("한 달", None, None, opt=True),
        pc("3.85~5.70%", 3.85), pc("3.85~5.70%", 5.70, opt=True), pc("0.23%포인트", 0.23),
        ch("연 3.62~5.41%로, 한 달 전(연 3.85~5.70%)보다 하단이 0.23%포인트 내려갔다", before=3.85, after=3.62, delta=-0.23),
        ch("5.41% ... 5.70%", before=5.70, after=5.41, opt=True),
    ]),
    ("주담대 고정금리(혼합형)도 연 3.18~4.96%로 내려와 금리 하단이 3%대 초반까지 떨어졌다. 지난 5월 한국은행이 기준금리를 연 2.25%로 0.25%포인트 내린 효과가 시차를 두고 반영되고 있다는 분석이다.", [
        pc("3.18~4.96%", 3.18), pc("3.18~4.96%", 4.96, opt=True), ch("연 3.18~4.96%로 내려와", after=3.18),
        ch("4.96%로 내려와", after=4.96, opt=True),
        pc("3%대", 3, opt=True), ch("3%대 초반까지 떨어졌다", after=3, opt=True),
        p("지난 5월", "2026-05", "2026-05"), pc("2.25%", 2.25), pc("0.25%포인트", 0.25),
        ch("연 2.25%로 0.25%포인트 내린", before=2.5, after=2.25, delta=-0.25),
    ]),
    ("정부는 시장 과열을 막기 위해 다음 달부터 수도권 주담대 한도를 6억원에서 5억원으로 줄이고, 스트레스 DSR 가산금리를 현행 1.5%포인트에서 2.0%포인트로 높이기로 했다.", [
        p("다음 달부터", "2026-08", None), m("6억원", 6 * EOK), m("5억원", 5 * EOK),
        ch("6억원에서 5억원으로 줄이고", before=6 * EOK, after=5 * EOK, unit="KRW"),
        p("현행", None, None, opt=True), p("현행", "2026", "2026", opt=True),
        pc("1.5%포인트", 1.5), pc("2.0%포인트", 2.0), ch("현행 1.5%포인트에서 2.0%포인트로 높이기로", before=1.5, after=2.0),
    ]),
    ("김지현 건국대 부동산학과 교수는 “서울은 신규 입주 물량이 올해 2만 4,000가구로 지난해의 절반 수준에 그쳐 공급 부족이 쉽게 해소되기 어렵다”며 “하반기에도 상승 흐름이 이어질 가능성이 크다”고 말했다.", [
        p("올해", "2026", "2026"), c("2만 4,000가구", 24000, "가구"), p("지난해", "2025", "2025"),
        ch("2만 4,000가구로 지난해의 절반 수준", after=24000, unit="가구", opt=True),
        ch("2만 4,000가구로 지난해의 절반 수준", before=48000, after=24000, unit="가구", opt=True),
        ch("절반", after=0.5, opt=True),
        p("하반기", "2026-07", "2026-12"),
    ]),
]
ORG06 = [
    o("한국부동산원", ["부동산원"]), o("국토교통부", ["국토부"]), o("부동산R114", ["R114"]), o("전국은행연합회", ["은행연합회"]),
    o("한국은행", ["한은"]),
    o("건국대", ["건국대학교"], opt=True), o("정부", opt=True), o("송파구", opt=True), o("강남구", opt=True), o("서초구", opt=True),
    o("성동구", opt=True), o("마포구", opt=True), o("경기도", opt=True), o("인천", ["인천시"], opt=True), o("실거래가 공개시스템", opt=True),
]


def page06(paras, title):
    esc = lambda s: html.escape(s, quote=False)
    body = (f"<b>{esc(paras[0])}</b><br />\n<br />\n" + "<br />\n".join("&nbsp;" + esc(s) for s in paras[1:6])
            + """<br />\n<div align="center"><img src="/data/news/202607/20260709_jamsil.jpg" width="540" border="0"><br /><font color="#666666">서울 송파구 잠실동 일대 아파트 단지 모습. ⓒ한강비즈 DB</font></div>\n"""
            + "<br />\n".join("&nbsp;" + esc(s) for s in paras[6:])
            + """<br />\n<br />\n박소연 기자 psy@hangangbiz.co.kr<br />\n&lt;저작권자 ⓒ 한강비즈 무단전재 및 재배포 금지&gt;""")
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>한강비즈 - {esc(title)}</title>
<link href="/css/default.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div id="top_wrap">
  <div class="top_menu"><a href="/">HOME</a> | <a href="/member/login.php">로그인</a> | <a href="/member/join.php">회원가입</a> | <a href="/bbs/rss.php">RSS</a></div>
  <div class="logo"><a href="/"><img src="/img/logo.gif" alt="한강비즈"></a></div>
  <div class="gnb"><a href="/eco">경제</a> <a href="/realty">부동산</a> <a href="/fin">금융</a> <a href="/ind">산업</a> <a href="/people">인물</a></div>
</div>
<div id="contents_wrap">
  <div id="left_wrap">
    <div class="navi">HOME &gt; 부동산 &gt; 시황</div>
    <div class="view_title"><h3>{esc(title)}</h3></div>
    <div class="view_info">등록일 : 2026/07/09 [14:05] &nbsp; 최종편집 : 2026/07/09 [17:20] &nbsp; 조회수 : 4,812</div>
    <div class="view_btns"><a href="javascript:fontSize(1)">+</a> <a href="javascript:fontSize(-1)">-</a> <a href="javascript:print()">인쇄</a> <a href="javascript:sendMail()">메일</a></div>
    <div id="articleBody" class="article_view">
{body}
    </div>
    <div class="view_tag">#부동산원 #아파트값 #전세가율 #주담대</div>
    <div class="view_relate"><b>관련기사</b><br />
      - 서울 아파트 거래량 6월 7,200건…4년 만에 최대<br />
      - 주담대 잔액 한 달 새 4조 2,000억원 증가<br />
    </div>
  </div>
  <div id="right_wrap">
    <div class="r_box"><h4>부동산 많이 본 기사</h4>
      1. [분양] 잠실 재건축 1순위 경쟁률 151대 1<br />
      2. 집값 뛰자 서울 전세대출 한 달 새 8,000억 증가<br />
      3. 세종 아파트값 0.2% 하락…9주째 내림세<br />
    </div>
    <div class="r_box"><h4>오늘의 금리</h4>
      COFIX(신규) 2.78% | CD 91일 2.61% | 국고채 3년 2.43%
    </div>
  </div>
</div>
<div id="footer_wrap">한강비즈 | 서울시 중구 세종대로 21길 | Tel. 02-733-0000 | 등록번호 서울 아 05555 | Copyright ⓒ hangangbiz.co.kr All rights reserved.</div>
</body>
</html>
"""


article(
    name="06_weekly_apartment_prices_br_html", ext="html", published="2026-07-09",
    title="서울 아파트값 6년 9개월 만에 최고 상승…전세가율 53%대로 반등",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["로그인", "HOME > 부동산", "등록일 : 2026/07/09", "조회수", "잠실동 일대 아파트 단지 모습", "psy@", "저작권자", "#전세가율",
               "관련기사", "7,200건", "4조 2,000억원", "많이 본 기사", "151대 1", "8,000억", "9주째", "오늘의 금리", "CD 91일",
               "02-733-0000", "Copyright"],
    notes=("An old-CMS HTML page in UTF-8 (http-equiv Content-Type meta), div layout without tables; body in div#articleBody as "
           "paragraphs separated by a single '<br />' and led by '&nbsp;', a bold deck line at the top of the body (body), a centred photo div "
           "with a <font> caption between paragraphs (furniture), and the byline and copyright inside the same container after the last "
           "paragraph (furniture). published: '등록일 : 2026/07/09 [14:05]' (slashes, time in brackets). Title not scored. New decisions: "
           "a week of a month ('7월 첫째 주') is ambiguous (month / Monday-Sunday week / ISO-like week): no gold, all readings optional; its "
           "bracketed base day '(6일 기준)' is a gold day. '전주' (the previous week) is a comparison base: optional. Weekly price rates are "
           "%-changes with an established base: '0.31%↑', '전주 대비 0.31% 상승', '0.58%로 가장 많이 올랐고', '0.12%, … 0.04% 올랐다', '0.18% "
           "상승', '0.02% 내려', '0.14% 올라' are gold {delta, %}; the bracketed rates of the other districts ('강남구(0.54%)') optional changes "
           "(gold percentages). The rate of a rate: '전주(0.26%)보다 오름폭이 0.05%포인트 커졌으며' is a %-level change 0.26 -> 0.31 (after from "
           "the previous sentence) without unit. '2019년 10월 첫째 주(0.33%) 이후' = open end from 2019-10. '1년 만에 1억 1,000만원가량 올랐다' "
           "after 14억 2,300만원 + delta (before optional); '…억원을 넘어섰다' at_least money; rate ranges ('연 3.62~5.41%'): lower bound gold, "
           "upper optional; their move compares the lower bounds ('하단이 0.23%포인트 내려갔다': 3.85 -> 3.62); '연 3.18~4.96%로 내려와' an "
           "after-change of the lower bound; '3%대' a band (optional); '연 2.25%로 0.25%포인트 내린' a %-level change with before computed; "
           "'현행 1.5%포인트에서 2.0%포인트로' a change without unit; '지난해 11월 이후 8개월 만' open end from 2025-11; '6년 9개월 만', "
           "'58주 연속', '12주 연속' durations (optional); '한 달 전', '이날', '현행' optional; '5대 은행' optional (like the seed's 5대); "
           "'84㎡' a measure (optional); '잠실엘스' a building, not an organisation. District and province names used as places are optional "
           "organisations; 김지현 건국대 교수 is a person (the university optional)."),
)


# ---------------------------------------------------------------------------
# 07 행정안전부 보도참고자료 (plain text), 고향사랑기부 상반기 실적, 2026-07-23
# ---------------------------------------------------------------------------
A07 = [
    ("- 모금액 612억원·기부 건수 58만 3천 건…건당 평균 10만 5천원", [
        m("612억원", 612 * EOK), c("58만 3천 건", 583000, "건"), c("건당", 1, "건", opt=True), m("10만 5천원", 105000),
    ]),
    ("- 지정기부 비중 4.8%→11.1%, 연말정산 시기 쏠림 완화", [
        pc("4.8%", 4.8), pc("11.1%", 11.1), ch("4.8%→11.1%", before=4.8, after=11.1),
    ]),
    ("□ 행정안전부(이하 행안부)는 올해 상반기(1~6월) 고향사랑기부 모금액이 612억원으로 지난해 같은 기간(434억원)보다 178억원(41.0%) 늘었다고 22일 밝혔다.", [
        p("올해 상반기(1~6월)", "2026-01", "2026-06"), p("1~6월", "2026-01", "2026-06", opt=True),
        m("612억원", 612 * EOK), p("지난해 같은 기간", "2025-01", "2025-06", opt=True), p("지난해 같은 기간", "2025", "2025", opt=True),
        m("434억원", 434 * EOK), m("178억원", 178 * EOK), pc("41.0%", 41.0),
        ch("612억원으로 지난해 같은 기간(434억원)보다 178억원(41.0%) 늘었다", before=434 * EOK, after=612 * EOK, delta=178 * EOK, unit="KRW"),
        ch("178억원(41.0%) 늘었다", delta=41.0, unit="%", opt=True),
        p("22일", "2026-07-22", "2026-07-22"),
    ]),
    ("○ 같은 기간 기부 건수는 58만 3천 건으로 29.0% 증가했으며, 건당 평균 기부액은 10만 5천원으로 지난해 상반기(9만 6천원)보다 9천원 많아졌다.", [
        p("같은 기간", "2026-01", "2026-06", opt=True), c("58만 3천 건", 583000, "건", opt=True),
        pc("29.0%", 29.0), ch("58만 3천 건으로 29.0% 증가했으며", delta=29.0, unit="%"),
        ch("58만 3천 건으로", after=583000, unit="건", opt=True),
        c("건당", 1, "건", opt=True), m("10만 5천원", 105000), p("지난해 상반기", "2025-01", "2025-06"), m("9만 6천원", 96000), m("9천원", 9000),
        ch("10만 5천원으로 지난해 상반기(9만 6천원)보다 9천원 많아졌다", before=96000, after=105000, delta=9000, unit="KRW"),
    ]),
    ("○ 상반기 실적 비교(2025년 → 2026년)", [
        p("상반기", "2026-01", "2026-06", opt=True), p("상반기", "2025-01", "2025-06", opt=True),
        p("2025년", "2025", "2025"), p("2026년", "2026", "2026"),
        p("2025년", "2025-01", "2025-06", opt=True), p("2026년", "2026-01", "2026-06", opt=True),
        ch("2025년 → 2026년", before=2025, after=2026, opt=True),
    ]),
    ("- 모금액: 434억원 → 612억원 (+41.0%)", [
        m("434억원", 434 * EOK), m("612억원", 612 * EOK), ch("434억원 → 612억원", before=434 * EOK, after=612 * EOK, unit="KRW"),
        pc("+41.0%", 41.0), ch("(+41.0%)", delta=41.0, unit="%", opt=True),
    ]),
    ("- 기부 건수: 45만 2천 건 → 58만 3천 건 (+29.0%)", [
        ch("45만 2천 건 → 58만 3천 건", before=452000, after=583000, unit="건"),
        c("45만 2천 건", 452000, "건", opt=True), c("58만 3천 건", 583000, "건", opt=True),
        pc("+29.0%", 29.0), ch("(+29.0%)", delta=29.0, unit="%", opt=True),
    ]),
    ("- 건당 평균 기부액: 9만 6천원 → 10만 5천원 (+9.4%)", [
        c("건당", 1, "건", opt=True), m("9만 6천원", 96000), m("10만 5천원", 105000),
        ch("9만 6천원 → 10만 5천원", before=96000, after=105000, unit="KRW"),
        pc("+9.4%", 9.4), ch("(+9.4%)", delta=9.4, unit="%", opt=True),
    ]),
    ("- 지정기부 모금액: 21억원 → 68억원 (3.2배)", [
        m("21억원", 21 * EOK), m("68억원", 68 * EOK), ch("21억원 → 68억원", before=21 * EOK, after=68 * EOK, unit="KRW"),
        ch("(3.2배)", after=3.2, unit="배", opt=True),
    ]),
    ("○ 지정기부(특정 사업을 골라 기부하는 방식) 비중은 4.8%에서 11.1%로 6.3%p 높아졌다. 지정기부 사업도 지난해 상반기 42개에서 올해 상반기 137개로 세 배 넘게 늘었다.", [
        pc("4.8%", 4.8), pc("11.1%", 11.1), pc("6.3%p", 6.3), ch("4.8%에서 11.1%로 6.3%p 높아졌다", before=4.8, after=11.1, delta=6.3),
        p("지난해 상반기", "2025-01", "2025-06"), p("올해 상반기", "2026-01", "2026-06"),
        ch("지난해 상반기 42개에서 올해 상반기 137개로 세 배 넘게 늘었다", before=42, after=137, unit="개"),
        c("42개", 42, "개", opt=True), c("137개", 137, "개", opt=True), ch("세 배 넘게", after=3, unit="배", opt=True),
    ]),
    ("□ 기부가 연말정산 시기에 몰리는 현상도 완화됐다. 지난해에는 연간 모금액 1,021억원 가운데 57.3%가 11~12월에 집중됐으나, 올해는 매달 모금액이 80억원 이상을 유지했다.", [
        p("지난해", "2025", "2025"), p("연간", None, None, opt=True), m("1,021억원", 1021 * EOK), pc("57.3%", 57.3),
        p("11~12월", "2025-11", "2025-12"), p("올해", "2026", "2026"), m("80억원 이상", 80 * EOK, q="at_least"),
    ]),
    ("○ 지방자치단체별로는 전남 담양군이 31억 2천만원으로 가장 많이 모았고, 경북 예천군(24억 8천만원), 전북 고창군(19억원) 순이었다. 모금액이 10억원을 넘은 곳은 지난해 상반기 6곳에서 올해 상반기 17곳으로 늘었다.", [
        m("31억 2천만원", 31 * EOK + 2000 * MAN), m("24억 8천만원", 24 * EOK + 8000 * MAN), m("19억원", 19 * EOK),
        m("10억원을 넘은", 10 * EOK, q="at_least"),
        p("지난해 상반기", "2025-01", "2025-06"), p("올해 상반기", "2026-01", "2026-06"),
        ch("지난해 상반기 6곳에서 올해 상반기 17곳으로 늘었다", before=6, after=17, unit="곳"),
        c("6곳", 6, "곳", opt=True), c("17곳", 17, "곳", opt=True),
    ]),
    ("□ 제도 개선도 이어진다. 행안부는 오는 9월부터 개인 기부 상한액을 연 2,000만원에서 3,000만원으로 올리고, 10만원 초과분에 대한 세액공제율을 현행 15%에서 2027년까지 20%로 단계적으로 높인다.", [
        p("오는 9월부터", "2026-09", None), m("2,000만원", 2000 * MAN), m("3,000만원", 3000 * MAN),
        ch("연 2,000만원에서 3,000만원으로 올리고", before=2000 * MAN, after=3000 * MAN, unit="KRW"),
        m("10만원 초과분", 10 * MAN, q="at_least"), p("현행", None, None, opt=True), p("현행", "2026", "2026", opt=True),
        pc("15%", 15), p("2027년까지", None, "2027"), pc("20%", 20),
        ch("현행 15%에서 2027년까지 20%로 단계적으로 높인다", before=15, after=20),
    ]),
    ("○ 또 법인 기부를 허용하는 「고향사랑 기부금에 관한 법률」 개정안이 지난달 국회를 통과함에 따라, 내년 1월 1일부터는 기업도 본사 소재지를 제외한 지자체에 기부할 수 있게 된다.", [
        p("지난달", "2026-06", "2026-06"), p("내년 1월 1일부터", "2027-01-01", None),
    ]),
    ("○ 답례품 한도(기부액의 30% 이내)는 유지하되, 지역사랑상품권 등 포인트형 답례품의 비중을 현재 38% 수준에서 50%까지 높일 수 있도록 지자체에 권고할 계획이다.", [
        pc("30%", 30), p("현재", None, None, opt=True), p("현재", "2026-07-22", "2026-07-22", opt=True), p("현재", "2026-07-23", "2026-07-23", opt=True),
        pc("38%", 38), pc("50%", 50), ch("현재 38% 수준에서 50%까지 높일", before=38, after=50),
    ]),
    ("□ 박성진 행정안전부 지방자치균형발전실장은 “고향사랑기부가 지역 소멸 위기에 대응하는 재원으로 자리 잡고 있다”며 “올해 연간 모금액 1,500억원 달성을 목표로 기부 활성화에 힘쓰겠다”고 말했다.", [
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), m("1,500억원", 1500 * EOK),
        ch("1,500억원 달성을 목표로", after=1500 * EOK, unit="KRW", opt=True),
    ]),
]
ORG07 = [
    o("행정안전부", ["행안부"]), o("담양군", ["전남 담양군"]), o("예천군", ["경북 예천군"]), o("고창군", ["전북 고창군"]), o("국회"),
    o("지방자치단체", ["지자체"], opt=True), o("전남", ["전라남도"], opt=True), o("경북", ["경상북도"], opt=True), o("전북", ["전북특별자치도"], opt=True),
    o("지방자치균형발전실", opt=True),
]


def page07(paras, title):
    head = """사람 중심의 안전한 대한민국

보도참고자료

행정안전부

보도 일시	2026. 7. 23.(목) 조간
배포 일시	2026. 7. 22.(수) 14:00
담당 부서	지방자치균형발전실 / 고향사랑기부제과

"""
    tail = """

붙임  1. 2026년 상반기 지자체별 고향사랑기부 모금 현황 1부.
      2. 지정기부 우수사례 1부.  끝.

담당 부서	지방자치균형발전실	책임자	과  장	김민수	(044-205-3101)
	고향사랑기부제과	담당자	사무관	이하은	(044-205-3108)
"""
    deck = "\n".join(paras[:2])
    p = paras
    body = ("\n\n".join(p[2:4]) + "\n\n" + p[4] + "\n   " + "\n   ".join(p[5:9]) + "\n\n" + "\n\n".join(p[9:]))
    return head + title + "\n\n" + deck + "\n\n" + body + tail


article(
    name="07_mois_hometown_donation_reference", ext="txt", published="2026-07-23",
    title="올해 상반기 고향사랑기부 612억원…지난해 같은 기간보다 41% 늘어",
    paras=A07, orgs=ORG07, page=page07,
    forbidden=["사람 중심의 안전한 대한민국", "보도참고자료", "보도 일시", "배포 일시", "고향사랑기부제과", "붙임", "모금 현황 1부",
               "우수사례 1부", "044-205-3101", "이하은"],
    notes=("A 행정안전부 보도참고자료 (plain text). published: the 보도 일시 line '2026. 7. 23.(목) 조간' — a morning-paper embargo; the 배포 "
           "일시 (2026-07-22) is not the publication date (blind4/blind5: the 보도 date line), and the body's '22일 밝혔다' is an explicit day "
           "(2026-07-22). Title not scored; the two '- ' lines under it are deck lines and are body. Header (slogan, 보도참고자료, ministry, 보도/배포 "
           "일시, 담당 부서) and the 붙임 list and contact block at the end are furniture. The table-like block '○ 상반기 실적 비교(2025년 → 2026년)' "
           "with its '- 항목: A → B (+N%)' lines is body, one paragraph per line: its column years are two gold periods (the arrow between "
           "years is not a change, blind5's 'dates moving'), each line an endpoint change (the bracketed '+N%' a gold percentage, its %-change "
           "optional; '(3.2배)' optional). Conventions: '178억원(41.0%) 늘었다' endpoint change with delta (rate optional); '58만 3천 건으로 "
           "29.0% 증가' = gold %-change, the level an optional count (blind/README: a level with only a rate); '4.8%에서 11.1%로 6.3%p' a "
           "%-level change without unit; '11~12월' of 지난해 = 2025-11..2025-12; '지난해 같은 기간', '같은 기간', '현행', '현재', '연간' "
           "optional; '10만원 초과분' at_least money; '오는 9월부터', '내년 1월 1일부터' open ends. Local governments (담양군, 예천군, 고창군) "
           "are gold organisations, the province prefixes optional; 국회 gold; the law in 「」 is not an organisation. 박성진 실장 is a person."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
