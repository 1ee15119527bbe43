#!/usr/bin/env python3
"""The eval/blind18 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind18/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


def mult(text, factor):
    """A multiple or fraction ('두 배', '2.4배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def hol(text, *readings):
    """A holiday / season name (설, 추석, 광복절 연휴, 동계 시즌, 올여름): optional, any of its readings."""
    return [p(text, None, None, opt=True)] + [p(text, s, e, opt=True) for s, e in readings]


def dur(text, n=None, unit=None):
    """A duration (한 달간, 8년, 1년 새, 30일 이내): optional period, optional count."""
    out = [p(text, None, None, opt=True)]
    if n is not None:
        out.append(c(text, n, unit, opt=True))
    return out


GW = lambda t, v: [c(t, v, "GW", opt=True), c(t, v, "GW", q="at_most", opt=True)]


# ---------------------------------------------------------------------------
# 01 경기지역화폐 발행 계획, 경기도청 보도자료 board HTML (hwp links, 담당 부서 table), 2026-01-13
# ---------------------------------------------------------------------------
SEOL = ("설", ("2026-02-17", "2026-02-17"), ("2026-02-16", "2026-02-18"), ("2026-02", "2026-02"))
CHUSEOK = (("2026-09-25", "2026-09-25"), ("2026-09-24", "2026-09-26"), ("2026-09", "2026-09"))
A01 = [
    ("- 올해 경기지역화폐 4조 2,000억원 발행…지난해보다 6,000억원 늘려", [
        p("올해", "2026", "2026"), m("4조 2,000억원", 4 * JO + 2000 * EOK), p("지난해", "2025", "2025"), m("6,000억원", 6000 * EOK),
        ch("4조 2,000억원 발행…지난해보다 6,000억원 늘려", after=4 * JO + 2000 * EOK, delta=6000 * EOK, unit="KRW"),
        ch("4조 2,000억원 발행…지난해보다 6,000억원 늘려", before=3 * JO + 6000 * EOK, after=4 * JO + 2000 * EOK, delta=6000 * EOK, unit="KRW", opt=True),
        ch("지난해보다 6,000억원 늘려", delta=6000 * EOK, unit="KRW", opt=True),
    ]),
    ("- 설 앞둔 2월 한 달간 인센티브 7%→10%…1인당 최대 월 3만원", [
        *hol(*SEOL), p("2월", "2026-02", "2026-02"), *dur("한 달간", 1, "달"),
        pc("7%", 7), pc("10%", 10), ch("7%→10%", before=7, after=10), ch("7%→10%", delta=3, unit="%p", opt=True),
        c("1인당", 1, "인", opt=True), m("최대 월 3만원", 3 * MAN, q="at_most"),
    ]),
    ("경기도는 올해 도내 31개 시군과 함께 경기지역화폐를 4조 2,000억원 규모로 발행한다고 13일 밝혔다. 지난해 발행액(3조 6,000억원)보다 6,000억원(16.7%) 많은 규모로, 2019년 도입 이후 가장 많다.", [
        p("올해", "2026", "2026"), c("31개", 31, "개"), m("4조 2,000억원", 4 * JO + 2000 * EOK), p("13일", "2026-01-13", "2026-01-13"),
        p("지난해", "2025", "2025"), m("3조 6,000억원", 3 * JO + 6000 * EOK), m("6,000억원", 6000 * EOK), pc("16.7%", 16.7),
        ch("4조 2,000억원 규모로 ... 지난해 발행액(3조 6,000억원)보다 6,000억원(16.7%) 많은", before=3 * JO + 6000 * EOK, after=4 * JO + 2000 * EOK, delta=6000 * EOK, unit="KRW"),
        ch("지난해 발행액(3조 6,000억원)보다 6,000억원(16.7%) 많은", before=3 * JO + 6000 * EOK, delta=6000 * EOK, unit="KRW", opt=True),
        ch("4조 2,000억원 규모로", after=4 * JO + 2000 * EOK, unit="KRW", opt=True),
        ch("6,000억원(16.7%) 많은", delta=16.7, unit="%", opt=True), ch("6,000억원(16.7%) 많은", delta=6000 * EOK, unit="KRW", opt=True),
        p("2019년 도입 이후", "2019", "2019"), p("2019년 도입 이후", "2019", None, opt=True),
    ]),
    ("경기지역화폐는 도민이 카드나 모바일 앱으로 충전해 도내 가맹점에서 쓰는 지역사랑상품권으로, 충전액의 일정 비율을 인센티브로 더 얹어 준다. 운영대행사인 코나아이에 따르면 지난해 말 기준 가입자는 486만 명으로, 도민 10명 중 3명 이상이 쓰고 있다.", [
        p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True), p("지난해 말 기준", None, "2025-12", opt=True),
        c("486만 명", 486 * MAN, "명"),
        c("10명", 10, "명", opt=True), c("3명 이상", 3, "명", q="at_least", opt=True),
    ]),
    ("도는 설 명절을 앞두고 다음 달 한 달 동안 인센티브 지급률을 평소 7%에서 10%로 3%포인트 높인다. 대신 1인당 월 구매 한도를 50만원에서 30만원으로 낮춰 더 많은 도민이 혜택을 나눠 받도록 했다. 이에 따라 1인당 받을 수 있는 인센티브는 최대 월 3만원이다.", [
        *hol(*SEOL), p("다음 달", "2026-02", "2026-02"), *dur("한 달 동안", 1, "달"),
        pc("7%", 7), pc("10%", 10), pc("3%포인트", 3), ch("평소 7%에서 10%로 3%포인트 높인다", before=7, after=10, delta=3),
        ch("3%포인트 높인다", delta=3, unit="%p", opt=True),
        c("1인당", 1, "인", opt=True), c("1인당", 1, "인", opt=True),
        m("50만원", 50 * MAN), m("30만원", 30 * MAN), ch("50만원에서 30만원으로 낮춰", before=50 * MAN, after=30 * MAN, unit="KRW"),
        m("최대 월 3만원", 3 * MAN, q="at_most"),
    ]),
    ("3월부터 12월까지는 인센티브를 6%로 1%포인트 낮춰 운영한다. 다만 하반기 추석(9월)과 연말(12월)에는 소비 촉진을 위해 한 달씩 10% 특별 할인을 다시 진행한다.", [
        p("3월부터 12월까지", "2026-03", "2026-12"), p("3월부터", "2026-03", None, opt=True), p("3월", "2026-03", "2026-03", opt=True),
        p("12월까지", None, "2026-12", opt=True), p("12월", "2026-12", "2026-12", opt=True),
        pc("6%", 6), pc("1%포인트", 1), ch("6%로 1%포인트 낮춰", after=6, delta=-1), ch("1%포인트 낮춰", delta=-1, unit="%p", opt=True),
        p("하반기", "2026-07", "2026-12"), *hol("추석", *CHUSEOK), p("9월", "2026-09", "2026-09"),
        *hol("연말", ("2026-12", "2026-12")), p("12월", "2026-12", "2026-12"), *dur("한 달씩", 1, "달"), pc("10%", 10),
    ]),
    ("도는 이를 위해 올해 본예산에 인센티브와 발행 수수료 등 지역화폐 예산 1,512억원을 편성했다. 도비와 시군비를 3대 7로 나눠 부담하며, 행정안전부(이하 행안부)가 지난달 배정한 국비 480억원은 별도로 투입된다. 행안부는 인구감소지역이 아닌 시군의 국비 지원율을 2.5%로 정해 전년보다 0.5%포인트 올렸다.", [
        p("올해", "2026", "2026"), m("1,512억원", 1512 * EOK), c("3대", 3, "대", opt=True),
        p("지난달", "2025-12", "2025-12"), m("480억원", 480 * EOK),
        pc("2.5%", 2.5), *base("전년", ("2025", "2025")), pc("0.5%포인트", 0.5), ch("2.5%로 정해 전년보다 0.5%포인트 올렸다", after=2.5, delta=0.5),
        ch("0.5%포인트 올렸다", delta=0.5, unit="%p", opt=True),
    ]),
    ("지난해 경기지역화폐 결제액은 3조 4,800억원으로 전년(3조 1,200억원)보다 11.5% 늘었다. 결제 건수는 1억 9,300만 건, 가맹점은 24만 6,000곳이었다. 업종별 결제액 비중은 음식점(38.2%), 슈퍼마켓·편의점(21.4%), 학원(9.7%) 순이었다.", [
        p("지난해", "2025", "2025"), m("3조 4,800억원", 3 * JO + 4800 * EOK), *base("전년", ("2024", "2024")), m("3조 1,200억원", 3 * JO + 1200 * EOK),
        pc("11.5%", 11.5), ch("3조 4,800억원으로 전년(3조 1,200억원)보다 11.5% 늘었다", before=3 * JO + 1200 * EOK, after=3 * JO + 4800 * EOK, unit="KRW"),
        ch("11.5% 늘었다", delta=11.5, unit="%", opt=True), ch("3조 4,800억원으로", after=3 * JO + 4800 * EOK, unit="KRW", opt=True),
        c("1억 9,300만 건", 19300 * MAN, "건"), c("24만 6,000곳", 24 * MAN + 6000, "곳"),
        pc("38.2%", 38.2), pc("21.4%", 21.4), pc("9.7%", 9.7),
    ]),
    ("경기신용보증재단(이하 경기신보)이 도내 소상공인 1만 2,000곳의 카드 매출을 분석한 결과, 지역화폐 가맹점의 월평균 매출은 1,870만원으로 비가맹점(1,720만원)보다 150만원 많았다.", [
        c("1만 2,000곳", 1 * MAN + 2000, "곳"), m("1,870만원", 1870 * MAN), m("1,720만원", 1720 * MAN), m("150만원", 150 * MAN),
        ch("1,870만원으로 비가맹점(1,720만원)보다 150만원 많았다", before=1720 * MAN, after=1870 * MAN, delta=150 * MAN, unit="KRW", opt=True),
        ch("1,870만원으로", after=1870 * MAN, unit="KRW", opt=True), ch("150만원 많았다", delta=150 * MAN, unit="KRW", opt=True),
        p("월평균", None, None, opt=True),
    ]),
    ("김서윤 경기도 지역금융과장은 “고물가로 소비가 위축된 상황에서 지역화폐가 골목상권 매출을 떠받치고 있다”며 “오는 3월 모바일 앱을 개편해 충전 대기 시간을 지금의 절반으로 줄이겠다”고 말했다.", [
        p("오는 3월", "2026-03", "2026-03"), p("지금", None, None, opt=True), *mult("절반", 0.5),
    ]),
]
ORG01 = [
    o("경기도"), o("코나아이"), o("행정안전부", ["행안부"]), o("경기신용보증재단", ["경기신보"]),
    o("경기지역화폐", opt=True), o("지역금융과", ["경기도 지역금융과"], opt=True), o("시군", opt=True),
]


def page01(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    dept = ('<table class="tbl_dept"><caption>담당 부서 및 연락처</caption>\n'
            '<thead><tr><th scope="col">담당 부서</th><th scope="col">책임자</th><th scope="col">담당자</th></tr></thead>\n'
            '<tbody><tr><td>경제실 지역금융과</td><td>과장 김서윤 031-8008-4210</td><td>팀장 박준형 031-8008-4215</td></tr>\n'
            '<tr><td>지역금융과 지역화폐팀</td><td>주무관 이하은 031-8008-4218</td><td>주무관 정우석 031-8008-4219</td></tr></tbody></table>')
    cont = "\n     ".join(['<p class="release_time">보도일시 : 2026. 1. 13.(화) 11:00 이후 / 사진 없음</p>'] + ps + [dept])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>보도자료 상세보기 | 경기도청</title>
<link rel="stylesheet" href="/resources/css/common.css">
<script src="/resources/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<header id="header">
 <div class="util"><ul><li><a href="https://www.ggc.go.kr">경기도의회</a></li><li><a href="https://www.goe.go.kr">경기도교육청</a></li><li><a href="/eng">English</a></li><li><a href="/login">로그인</a></li></ul></div>
 <h1 class="logo"><a href="/"><img src="/resources/images/common/logo.png" alt="경기도"></a></h1>
 <nav id="gnb"><ul><li><a>도정소식</a></li><li><a>분야별정보</a></li><li><a>도민참여</a></li><li><a>정보공개</a></li><li><a>경기도소개</a></li></ul></nav>
</header>
<div id="container">
 <aside id="lnb"><h2>도정소식</h2><ul><li class="on"><a>보도자료</a></li><li><a>해명자료</a></li><li><a>경기뉴스</a></li><li><a>고시공고</a></li></ul></aside>
 <div id="contents">
  <div class="location">HOME &gt; 도정소식 &gt; 보도자료</div>
  <h2 class="page_tit">보도자료</h2>
  <div class="bbs_view">
   <div class="view_tit"><h3>{esc(title)}</h3></div>
   <ul class="view_info">
    <li><span class="tit">담당부서</span> 경제실 지역금융과</li>
    <li><span class="tit">등록일</span> 2026-01-13 10:20</li>
    <li><span class="tit">조회수</span> 1,527</li>
   </ul>
   <div class="view_file">
    <dl><dt>첨부파일</dt><dd><ul>
     <li><a href="/common/fileDown.do?fileSn=1&amp;atchFileId=FILE_000000000811520">[보도자료] 0113 경기도, 올해 지역화폐 4조 2천억원 발행(지역금융과).hwp</a> <span class="size">(182KB)</span> <a class="btn_down" href="#">다운로드</a> <a class="btn_view" href="#">바로보기</a></li>
     <li><a href="/common/fileDown.do?fileSn=2&amp;atchFileId=FILE_000000000811520">[붙임] 2026년 시군별 경기지역화폐 발행계획.hwp</a> <span class="size">(64KB)</span> <a class="btn_down" href="#">다운로드</a> <a class="btn_view" href="#">바로보기</a></li>
     <li><a href="/common/fileDown.do?fileSn=3&amp;atchFileId=FILE_000000000811520">[보도자료] 0113 경기도, 올해 지역화폐 4조 2천억원 발행(지역금융과).pdf</a> <span class="size">(311KB)</span> <a class="btn_down" href="#">다운로드</a></li>
    </ul></dd></dl>
   </div>
   <div class="view_cont">
     {cont}
   </div>
   <div class="view_prev_next">
    <dl class="prev"><dt>이전글</dt><dd><a href="#">경기도, 도내 전통시장 12곳 화재안전 합동점검</a> <span class="date">2026-01-12</span></dd></dl>
    <dl class="next"><dt>다음글</dt><dd><a href="#">경기도 청년기본소득 1분기 신청 14만 명 접수</a> <span class="date">2026-01-14</span></dd></dl>
   </div>
   <div class="btn_area"><a class="btn_list" href="#">목록</a></div>
  </div>
  <div class="satisfaction">
   <p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p>
   <ul><li>매우만족</li><li>만족</li><li>보통</li><li>불만족</li><li>매우불만족</li></ul>
   <p class="manager">콘텐츠 담당 : 대변인 언론협력담당관 031-8008-2210</p>
  </div>
 </div>
</div>
<footer id="footer">
 <address>(16508) 경기도 수원시 영통구 도청로 30 경기도청 | 경기도 콜센터 031-120</address>
 <p class="copy">Copyright © Gyeonggi Province. All Rights Reserved.</p>
</footer>
</body>
</html>
"""


article(
    name="01_gyeonggi_local_currency_release_board_html", ext="html", published="2026-01-13",
    title="경기도, 올해 지역화폐 4조 2,000억원 발행…설 앞두고 인센티브 10%로",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["본문 바로가기", "경기도의회", "경기도교육청", "도민참여", "HOME > 도정소식 > 보도자료", "조회수", "1,527", "첨부파일", ".hwp", "(182KB)",
               "다운로드", "바로보기", "4조 2천억원", "시군별 경기지역화폐 발행계획", "보도일시", "사진 없음", "담당 부서 및 연락처", "031-8008-4210",
               "박준형", "이하은", "정우석", "이전글", "전통시장 12곳", "다음글", "14만 명 접수", "만족하십니까", "매우만족", "031-8008-2210",
               "도청로 30", "031-120", "Gyeonggi Province"],
    notes=("A 경기도청 보도자료 on the province's board (HTML): skip links, util bar, gnb, lnb, location, h3 title in div.view_tit, "
           "**ul.view_info 담당부서 / 등록일 2026-01-13 10:20 / 조회수**, **attachment list with '.hwp' (and .pdf) download links whose names carry "
           "figures ('4조 2천억원')**, body = the p of **div.view_cont**, which also holds a leading '보도일시 : 2026. 1. 13.(화) 11:00 이후 / 사진 "
           "없음' line and, **at the bottom, a table.tbl_dept of 담당 부서 / 책임자 / 담당자 with phone numbers** (furniture); 이전글/다음글 "
           "(figures, other dates), satisfaction survey, footer. published: the 등록일 (= '13일 밝혔다'). Title not scored; the two '- ' deck lines "
           "are body. Conventions: deck '4조 2,000억원 발행…지난해보다 6,000억원 늘려' a gold {after, delta} change; '7%→10%' a %-level change "
           "(no unit); '최대 월 3만원' at_most money; '4조 2,000억원 규모로 … 지난해 발행액(3조 6,000억원)보다 6,000억원(16.7%) 많은' one gold "
           "endpoint change with delta across two sentences (partial readings and the bracketed rate optional); bare '지난해' used as a base "
           "gold 2025, '전년' optional (here 2024 in the 결제액 sentence); '2019년 도입 이후' the year 2019 (date + event + 이후); '지난해 말 기준' "
           "2025-12; '10명 중 3명 이상' optional; '다음 달' 2026-02 (published in January); '평소 7%에서 10%로 3%포인트' {before, after, delta} "
           "no unit; '6%로 1%포인트 낮춰' {after 6, delta −1}; '3월부터 12월까지' one period; holidays '설', '추석', '연말' optional, the "
           "bracketed months '(9월)', '(12월)' gold; durations '한 달간', '한 달씩' optional; '3대 7' a ratio (optional); '2.5%로 정해 전년보다 "
           "0.5%포인트 올렸다' {after, delta}; '3조 4,800억원으로 전년(3조 1,200억원)보다 11.5% 늘었다' endpoint change (rate optional); "
           "'1억 9,300만 건', '24만 6,000곳', '1만 2,000곳' gold counts; **a cross-sectional comparison '가맹점 … 1,870만원으로 비가맹점(1,720만원)보다 "
           "150만원 많았다' is no change over time (all change readings optional; the three amounts gold)**; '절반' optional readings. "
           "Organisations: 경기도, 코나아이, 행정안전부 (이하 행안부), 경기신용보증재단 (이하 경기신보); the currency, 시군 and the 과 optional. "
           "김서윤 is a person."),
)


# ---------------------------------------------------------------------------
# 02 첫만남이용권·지자체 출산지원금, 한겨레-like HTML (div.article-text, p.date-time 등록/수정), 2026-06-02
# ---------------------------------------------------------------------------
A02 = [
    ("정부가 내년부터 아이를 낳은 가정에 주는 첫만남이용권 지원액을 첫째 200만원에서 300만원으로, 둘째 이상은 300만원에서 400만원으로 100만원씩 올린다. 출생아 수가 지난해까지 2년 연속 늘어난 반등 흐름을 이어가려는 조처다.", [
        p("내년부터", "2027", None), m("200만원", 200 * MAN), m("300만원", 300 * MAN),
        ch("첫째 200만원에서 300만원으로", before=200 * MAN, after=300 * MAN, unit="KRW"),
        m("300만원", 300 * MAN), m("400만원", 400 * MAN), ch("둘째 이상은 300만원에서 400만원으로", before=300 * MAN, after=400 * MAN, unit="KRW"),
        m("100만원", 100 * MAN), ch("100만원씩 올린다", delta=100 * MAN, unit="KRW", opt=True), ch("100만원씩 올린다", delta=100 * MAN, unit="KRW", opt=True),
        p("지난해까지", None, "2025"), *dur("2년 연속", 2, "년"),
    ]),
    ("보건복지부(이하 복지부)는 2일 이런 내용을 담은 ‘저출생 대응 출산·양육 지원 강화 방안’을 발표했다. 복지부는 출산 지원 예산을 올해 2조 1,300억원에서 내년 2조 6,160억원으로 4,860억원(22.8%) 늘릴 계획이다.", [
        p("2일", "2026-06-02", "2026-06-02"), p("올해", "2026", "2026"), m("2조 1,300억원", 2 * JO + 1300 * EOK), p("내년", "2027", "2027"),
        m("2조 6,160억원", 2 * JO + 6160 * EOK), m("4,860억원", 4860 * EOK), pc("22.8%", 22.8),
        ch("올해 2조 1,300억원에서 내년 2조 6,160억원으로 4,860억원(22.8%) 늘릴", before=2 * JO + 1300 * EOK, after=2 * JO + 6160 * EOK, delta=4860 * EOK, unit="KRW"),
        ch("4,860억원(22.8%) 늘릴", delta=22.8, unit="%", opt=True), ch("4,860억원(22.8%) 늘릴", delta=4860 * EOK, unit="KRW", opt=True),
    ]),
    ("첫만남이용권은 출생 신고 뒤 국민행복카드로 받는 바우처로, 산후조리원 비용과 육아용품 구입 등에 쓸 수 있다. 사용 기한은 출생일로부터 1년에서 2년으로 늘어난다. 지난해 이용권을 받은 신생아는 25만 4,500명이었다.", [
        *dur("1년", 1, "년"), *dur("2년", 2, "년"), ch("1년에서 2년으로 늘어난다", before=1, after=2, unit="년", opt=True),
        ch("1년에서 2년으로 늘어난다", before=1, after=2, opt=True),
        p("지난해", "2025", "2025"), c("25만 4,500명", 25 * MAN + 4500, "명"),
    ]),
    ("지방자치단체의 출산지원금을 더하면 지원 폭은 더 커진다. 새물결신문이 전국 243개 광역·기초 지방자치단체의 올해 출산지원금을 전수 조사한 결과, 첫째 아이에게 현금을 주는 곳은 198곳으로 지난해(171곳)보다 27곳 늘었다. 첫째 지원금이 500만원 이상인 곳도 41곳에 이르렀다.", [
        c("243개", 243, "개"), p("올해", "2026", "2026"), c("198곳", 198, "곳", opt=True), p("지난해", "2025", "2025"), c("171곳", 171, "곳", opt=True),
        c("27곳", 27, "곳", opt=True), ch("198곳으로 지난해(171곳)보다 27곳 늘었다", before=171, after=198, delta=27, unit="곳"),
        ch("27곳 늘었다", delta=27, unit="곳", opt=True),
        m("500만원 이상", 500 * MAN, q="at_least"), c("41곳", 41, "곳"),
    ]),
    ("지원액이 가장 많은 곳은 전남 강진군으로, 아이 한 명당 모두 6,120만원을 8년에 걸쳐 나눠 준다. 경북 봉화군은 첫째 지원금을 올해 700만원에서 1,000만원으로 올렸다. 반면 서울 25개 자치구의 첫째 평균 지원금은 38만원에 그쳤다.", [
        c("한 명당", 1, "명", opt=True), m("6,120만원", 6120 * MAN), *dur("8년", 8, "년"),
        p("올해", "2026", "2026"), m("700만원", 700 * MAN), m("1,000만원", 1000 * MAN),
        ch("올해 700만원에서 1,000만원으로 올렸다", before=700 * MAN, after=1000 * MAN, unit="KRW"),
        c("25개", 25, "개"), m("38만원", 38 * MAN),
    ]),
    ("출생아 수 반등세도 이어지고 있다. 국가데이터처 인구동향을 보면 올해 1~3월 출생아는 6만 5,200명으로 1년 전보다 7.4% 늘었다. 같은 기간 합계출산율은 0.84명으로 0.05명 올랐다.", [
        p("올해 1~3월", "2026-01", "2026-03"), c("6만 5,200명", 6 * MAN + 5200, "명", opt=True),
        *base("1년 전", ("2025-01", "2025-03"), ("2025", "2025")), pc("7.4%", 7.4),
        ch("6만 5,200명으로", after=6 * MAN + 5200, unit="명"), ch("1년 전보다 7.4% 늘었다", delta=7.4, unit="%"),
        *base("같은 기간", ("2026-01", "2026-03")), c("0.84명", 0.84, "명", opt=True), c("0.05명", 0.05, "명", opt=True),
        ch("0.84명으로 0.05명 올랐다", after=0.84, delta=0.05, unit="명"),
        ch("0.84명으로 0.05명 올랐다", before=0.79, after=0.84, delta=0.05, unit="명", opt=True), ch("0.05명 올랐다", delta=0.05, unit="명", opt=True),
    ]),
    ("현금 지원만으로는 한계가 있다는 지적도 나온다. 한국보건사회연구원(보사연)이 지난 4월 20~40대 1,500명에게 물은 결과, 응답자의 61.3%가 출산을 결정할 때 가장 중요한 조건으로 주거 안정을 꼽았다. 현금 지원을 꼽은 비율은 12.8%에 그쳤다.", [
        p("지난 4월", "2026-04", "2026-04"), c("20~40대", 20, "대", opt=True), c("20~40대", 40, "대", opt=True), c("40대", 40, "대", opt=True),
        c("20~40대", 20, "세", opt=True), c("20~40대", 40, "세", opt=True), p("20~40대", None, None, opt=True),
        c("1,500명", 1500, "명"), pc("61.3%", 61.3), pc("12.8%", 12.8),
    ]),
    ("이정민 복지부 인구아동정책관은 “첫만남이용권 인상분은 내년 1월 1일 이후 태어난 아이부터 적용된다”며 “지자체와 겹치는 현금 지원은 2028년까지 단계적으로 정비하겠다”고 말했다.", [
        p("내년 1월 1일 이후", "2027-01-01", None), p("내년 1월 1일", "2027-01-01", "2027-01-01", opt=True),
        p("2028년까지", None, "2028"),
    ]),
]
ORG02 = [
    o("보건복지부", ["복지부"]), o("국가데이터처"), o("한국보건사회연구원", ["보사연"]), o("강진군", ["전남 강진군"]), o("봉화군", ["경북 봉화군"]),
    o("정부", opt=True), o("지방자치단체", opt=True), o("지자체", opt=True), o("새물결신문", opt=True), o("국민행복카드", opt=True),
    o("첫만남이용권", opt=True), o("서울 25개 자치구", opt=True),
]


def page02(paras, title):
    ps = [f'<p class="text">{esc(t)}</p>' for t in paras]
    img = ('<div class="image-area"><div class="image"><img src="https://img.saemulgyeol.com/news/2026/06/02/0602_baby.jpg" alt=""></div>'
           '<div class="image-desc">지난달 29일 서울 강남구의 한 산후조리원 신생아실. 새물결신문 자료사진</div></div>')
    mail = '<div class="email">정다은 기자 <a href="mailto:daeun@saemulgyeol.com">daeun@saemulgyeol.com</a></div>'
    text = "\n    ".join(ps[:2] + [img] + ps[2:] + [mail])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} : 복지 : 사회 : 뉴스 : 새물결신문</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="새물결신문">
<meta property="og:url" content="https://www.saemulgyeol.com/arti/society/welfare/1204417.html">
</head>
<body>
<div class="header">
 <div class="top-bar"><a href="/login">로그인</a> <a href="/support">후원하기</a> <a href="/subscribe">구독</a></div>
 <a class="logo" href="/">새물결신문</a>
 <nav class="gnb"><a>정치</a> <a>사회</a> <a>전국</a> <a>경제</a> <a>국제</a> <a>문화</a> <a>스포츠</a> <a>과학</a> <a>오피니언</a> <a>만화</a></nav>
</div>
<div class="article-head">
 <div class="breadcrumb">사회 &gt; 복지</div>
 <h3 class="article-title">{esc(title)}</h3>
 <div class="article-info">
  <div class="reporter"><a href="/reporter/daeun">정다은 기자</a></div>
  <p class="date-time"><span>등록 2026-06-02 18:05</span><span>수정 2026-06-03 09:30</span></p>
 </div>
 <div class="article-tools"><button>공유</button><button>글씨크기</button><button>인쇄</button></div>
</div>
<div class="article-body">
 <div class="article-text">
    {text}
 </div>
 <div class="support-box"><p>새물결신문은 독자 여러분의 후원으로 만들어집니다.</p><p><a href="/support">월 1만원 정기후원하기</a></p></div>
 <div class="related"><h4>관련기사</h4><ul>
  <li><a>출생아 2년 연속 증가…합계출산율 0.8명 회복</a></li>
  <li><a>전남 강진군 “아이 낳으면 6천만원”…인구는 3년째 감소</a></li></ul></div>
 <div class="copyright">ⓒ 새물결신문 무단전재 및 재배포 금지</div>
</div>
<aside class="popular"><h4>많이 본 기사</h4><ol>
 <li>서울 지하철 기본요금 1,550원으로…8월부터</li>
 <li>국민연금 수령액 월 100만원 넘는 사람 90만 명</li>
 <li>중대재해 사망 상반기 287명…5.2% 줄어</li></ol></aside>
<footer class="footer"><p>(주)새물결신문사 | 서울특별시 마포구 효창목길 6 | 등록번호 서울 아00712 | 대표전화 02-710-0114</p></footer>
</body>
</html>
"""


article(
    name="02_birth_grant_article_text_html", ext="html", published="2026-06-02",
    title="첫만남이용권 첫째 300만원으로…지자체 출산지원금도 ‘첫째 1천만원’ 경쟁",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["후원하기", "만화", "사회 > 복지", "정다은 기자", "수정 2026-06-03", "글씨크기", "신생아실", "자료사진", "daeun@", "정기후원",
               "월 1만원", "관련기사", "0.8명 회복", "6천만원", "3년째 감소", "ⓒ 새물결신문", "많이 본 기사", "1,550원", "90만 명", "287명",
               "5.2% 줄어", "효창목길", "아00712", "02-710-0114"],
    notes=("A 한겨레-like article HTML (새물결신문, invented): top bar (로그인/후원하기), gnb, breadcrumb, h3.article-title, reporter, "
           "**p.date-time with two spans '등록 2026-06-02 18:05' and '수정 2026-06-03 09:30' (the next day)**, tools; body = the **p.text of "
           "div.article-text**, which also holds a div.image-area with an image-desc caption (dated '지난달 29일') and the reporter's e-mail "
           "(furniture); a 후원 box, 관련기사 (figures), copyright, 많이 본 기사 (figures), footer. No meta or JSON-LD date. published: the 등록 "
           "stamp (not 수정). Title not scored; no deck. Conventions: '첫째 200만원에서 300만원으로, 둘째 이상은 300만원에서 400만원으로 "
           "100만원씩' two gold endpoint changes {before, after} and the money '100만원' gold (the shared delta optional); '내년부터' open from "
           "2027; '지난해까지' open start to 2025; '2년 연속', '8년' durations optional; '1년에서 2년으로' a duration change (optional); "
           "'올해 2조 1,300억원에서 내년 2조 6,160억원으로 4,860억원(22.8%)' gold {before, after, delta} (rate optional); '198곳으로 "
           "지난해(171곳)보다 27곳 늘었다' gold endpoint change with delta (counts optional), bare '지난해' gold; '500만원 이상' at_least; "
           "'6만 5,200명으로 1년 전보다 7.4% 늘었다' two gold changes ({after, 명}, {delta 7.4, %}), count optional; **합계출산율 '0.84명으로 "
           "0.05명 올랐다' a gold {after, delta, unit 명} change (the rate's values as counts optional)**; '올해 1~3월' 2026-01..03; "
           "'20~40대' ages optional; '내년 1월 1일 이후' open-ended from 2027-01-01 (date directly before 이후); '한 명당' optional. "
           "Organisations: 보건복지부 (이하 복지부), 국가데이터처, 한국보건사회연구원 (보사연), 강진군 (전남 강진군), 봉화군 (경북 봉화군); "
           "정부, 지방자치단체/지자체, the paper itself (새물결신문), 국민행복카드, 첫만남이용권 and '서울 25개 자치구' optional. 이정민 is a person."),
)


# ---------------------------------------------------------------------------
# 03 여름 전력수요 역대 최고, 중앙일보-like HTML (div#article_body, div.ab_photo, time itemprop), 2026-08-11
# ---------------------------------------------------------------------------
NEXTWEEK = ("2026-08-17", "2026-08-23")
SUMMER = (("2026-06", "2026-08"), ("2026", "2026"))
A03 = [
    ("기록적인 폭염에 전력 수요가 역대 최고치를 다시 썼다. 한국전력거래소(이하 전력거래소)에 따르면 지난 10일 오후 5시 최대 전력 수요는 97.8GW로, 지난해 8월 20일 세운 종전 최고 기록(97.1GW)보다 0.7GW 많았다.", [
        p("지난 10일", "2026-08-10", "2026-08-10"), p("오후 5시", None, None, opt=True), *GW("97.8GW", 97.8),
        p("지난해 8월 20일", "2025-08-20", "2025-08-20"), *GW("97.1GW", 97.1), *GW("0.7GW", 0.7),
        ch("97.8GW로, ... 종전 최고 기록(97.1GW)보다 0.7GW 많았다", before=97.1, after=97.8, delta=0.7, unit="GW"),
        ch("97.8GW로", after=97.8, unit="GW", opt=True), ch("0.7GW 많았다", delta=0.7, unit="GW", opt=True),
    ]),
    ("이날 공급 예비력은 8.6GW, 공급 예비율은 8.8%까지 떨어졌다. 예비력이 10GW 아래로 내려간 것은 2022년 7월 이후 4년 만이다. 정부는 예비력이 5.5GW 밑으로 떨어지면 전력수급 비상경보 ‘준비’ 단계를 발령한다.", [
        p("이날", None, None, opt=True), p("이날", "2026-08-10", "2026-08-10", opt=True), *GW("8.6GW", 8.6),
        ch("8.6GW", after=8.6, unit="GW", opt=True), pc("8.8%", 8.8), ch("8.8%까지 떨어졌다", after=8.8),
        *GW("10GW", 10), p("2022년 7월 이후", "2022-07", None), p("2022년 7월", "2022-07", "2022-07", opt=True), *dur("4년 만", 4, "년"),
        *GW("5.5GW", 5.5),
    ]),
    ("전력 수요가 치솟은 건 냉방 수요가 몰렸기 때문이다. 기상청에 따르면 이날 서울 낮 최고기온은 38.4도로 올여름 들어 가장 높았고, 전국 183개 관측 지점 가운데 171곳에 폭염특보가 내려졌다. 올여름 전국 폭염일수는 지난 9일까지 24.6일로 평년(10.2일)의 2.4배에 이른다.", [
        p("이날", None, None, opt=True), p("이날", "2026-08-10", "2026-08-10", opt=True), c("38.4도", 38.4, "도", opt=True),
        *hol("올여름 들어", *SUMMER), p("올여름 들어", "2026", None, opt=True), c("183개", 183, "개"), c("171곳", 171, "곳"),
        *hol("올여름", *SUMMER), p("지난 9일까지", None, "2026-08-09"), *dur("24.6일", 24.6, "일"), p("평년", None, None, opt=True),
        *dur("10.2일", 10.2, "일"), *mult("2.4배", 2.4),
    ]),
    ("공급 여력은 지난해보다 나아졌다. 기후에너지환경부(이하 기후부)는 올여름 최대 공급능력을 106.4GW로 지난해(104.2GW)보다 2.2GW 늘렸다. 새울 원전 3호기(1.4GW)가 지난 3월 상업운전을 시작했고, 태양광 설비도 1년 새 3.1GW 늘었다.", [
        p("지난해", "2025", "2025"), *hol("올여름", *SUMMER), *GW("106.4GW", 106.4), p("지난해", "2025", "2025"), *GW("104.2GW", 104.2), *GW("2.2GW", 2.2),
        ch("106.4GW로 지난해(104.2GW)보다 2.2GW 늘렸다", before=104.2, after=106.4, delta=2.2, unit="GW"),
        ch("2.2GW 늘렸다", delta=2.2, unit="GW", opt=True), ch("106.4GW로", after=106.4, unit="GW", opt=True),
        c("3호기", 3, "호기", opt=True), *GW("1.4GW", 1.4), p("지난 3월", "2026-03", "2026-03"),
        *dur("1년 새", 1, "년"), *GW("3.1GW", 3.1), ch("1년 새 3.1GW 늘었다", delta=3.1, unit="GW"),
    ]),
    ("문제는 다음 주다. 기상청은 광복절 연휴가 끝난 뒤에도 폭염이 이어질 것으로 내다봤다. 기후부는 다음 주 전력 수요가 최대 99.5GW까지 오를 수 있다고 보고, 이 경우 예비율이 6%대까지 떨어질 것으로 전망했다.", [
        p("다음 주", None, None, opt=True), p("다음 주", *NEXTWEEK, opt=True), p("다음 주", None, None, opt=True), p("다음 주", *NEXTWEEK, opt=True),
        *hol("광복절 연휴", ("2026-08-15", "2026-08-17"), ("2026-08-15", "2026-08-15")),
        *GW("최대 99.5GW", 99.5), ch("최대 99.5GW까지 오를", after=99.5, unit="GW"),
        pc("6%대", 6, opt=True), ch("6%대까지 떨어질", after=6, opt=True),
    ]),
    ("정부는 비상 대응 체제에 들어갔다. 기후부는 지난달 14일부터 다음 달 18일까지를 ‘여름철 전력수급 대책기간’으로 정하고, 비상시 추가로 투입할 수 있는 예비 자원 8.9GW를 확보해 뒀다. 수요반응(DR) 제도에 참여한 기업 3,420곳이 전력 사용을 줄이면 최대 3.2GW를 더 아낄 수 있다.", [
        p("지난달 14일부터 다음 달 18일까지", "2026-07-14", "2026-09-18"), p("지난달 14일", "2026-07-14", "2026-07-14", opt=True),
        p("지난달 14일부터", "2026-07-14", None, opt=True), p("다음 달 18일까지", None, "2026-09-18", opt=True), p("다음 달 18일", "2026-09-18", "2026-09-18", opt=True),
        *hol("여름철", *SUMMER), *GW("8.9GW", 8.9), ch("추가로 투입할 수 있는 예비 자원 8.9GW", delta=8.9, unit="GW", opt=True),
        c("3,420곳", 3420, "곳"), *GW("최대 3.2GW", 3.2), ch("최대 3.2GW를 더 아낄", delta=3.2, unit="GW", opt=True),
        ch("최대 3.2GW를 더 아낄", delta=-3.2, unit="GW", opt=True),
    ]),
    ("한국전력공사(한전)는 냉방비 부담을 덜기 위해 7~8월 주택용 전기요금 누진 구간을 한시적으로 넓혀, 가구당 월평균 1만 8,000원가량의 요금을 깎아 주기로 했다. 혜택을 받는 가구는 2,540만 가구에 이른다. 취약계층 에너지바우처 지원액도 가구당 평균 4만 8,000원에서 6만 5,000원으로 올렸다.", [
        p("7~8월", "2026-07", "2026-08"), c("가구당", 1, "가구", opt=True), p("월평균", None, None, opt=True),
        m("1만 8,000원가량", 1 * MAN + 8000, q="approx"), ch("1만 8,000원가량의 요금을 깎아", delta=-(1 * MAN + 8000), unit="KRW", opt=True),
        ch("1만 8,000원가량의 요금을 깎아", delta=1 * MAN + 8000, unit="KRW", opt=True),
        c("2,540만 가구", 2540 * MAN, "가구"), c("가구당", 1, "가구", opt=True),
        m("4만 8,000원", 4 * MAN + 8000), m("6만 5,000원", 6 * MAN + 5000),
        ch("평균 4만 8,000원에서 6만 5,000원으로 올렸다", before=4 * MAN + 8000, after=6 * MAN + 5000, unit="KRW"),
    ]),
    ("박세진 기후부 전력정책관은 “예비율이 5% 아래로 떨어질 가능성은 낮다”면서도 “오후 5~6시 피크 시간대에는 냉방기 적정 온도(26도)를 지켜 달라”고 당부했다.", [
        pc("5%", 5), p("오후 5~6시", None, None, opt=True), c("26도", 26, "도", opt=True),
    ]),
]
ORG03 = [
    o("한국전력거래소", ["전력거래소"]), o("기상청"), o("기후에너지환경부", ["기후부"]), o("한국전력공사", ["한전"]),
    o("정부", opt=True), o("새울 원전", ["새울 원전 3호기"], opt=True), o("수요반응(DR)", ["DR"], opt=True),
]


def page03(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    ph1 = ('<div class="ab_photo photo_center"><div class="image"><img src="https://pds.jungwon.co.kr/news/202608/11/power_demand_01.jpg" alt="" loading="lazy"></div>'
           '<p class="caption">지난 10일 오후 서울 중구 한국전력 서울본부 전력수급 상황실 현황판에 실시간 전력 수요가 표시돼 있다. [뉴스1]</p></div>')
    ph2 = ('<div class="ab_photo photo_center"><div class="image"><img src="https://pds.jungwon.co.kr/news/202608/11/power_demand_graphic.jpg" alt="" loading="lazy"></div>'
           '<p class="caption">역대 여름철 최대 전력 수요 (단위: GW) 2023년 93.6 → 2024년 94.5 → 2025년 97.1 → 2026년 97.8. 그래픽=김은비 기자</p></div>')
    rel = ('<div class="ab_related_article"><h4 class="title">관련기사</h4><ul>'
           '<li><a href="/article/25379921">전기요금 3분기 동결…kWh당 연료비조정단가 +5원 유지</a></li>'
           '<li><a href="/article/25380417">열대야 22일째…서울 8월 평균기온 29.1도 ‘역대 최고’</a></li></ul></div>')
    byline = '<div class="ab_byline">최유나 기자 <a href="mailto:choi.yuna@jungwon.co.kr">choi.yuna@jungwon.co.kr</a></div>'
    body = "\n   ".join(ps[:2] + [ph1] + ps[2:4] + [ph2] + ps[4:5] + [rel] + ps[5:] + [byline])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | 중원일보</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="중원일보">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.jungwon.co.kr/article/25381204">
</head>
<body>
<div id="wrap">
<header id="header" class="header">
 <div class="header_top"><a class="logo" href="/">중원일보</a>
  <div class="weather_widget"><span class="loc">서울</span> <span class="temp">33.5℃</span> <span class="desc">폭염경보</span> <span class="dust">미세먼지 좋음</span></div>
  <ul class="util"><li><a>로그인</a></li><li><a>구독 신청</a></li></ul></div>
 <nav class="gnb"><ul><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>문화</li><li>스포츠</li><li>오피니언</li><li>피플</li></ul></nav>
</header>
<main id="container">
 <section id="content" class="content article" itemscope itemtype="https://schema.org/NewsArticle">
  <header class="article_header">
   <p class="subhead">경제 &gt; 에너지</p>
   <h1 class="headline" itemprop="headline">{esc(title)}</h1>
   <div class="byline" itemprop="author"><a href="/reporter/1408">최유나 기자</a></div>
   <div class="datetime">
    <p class="date">입력 <time itemprop="datePublished" datetime="2026-08-11T05:00:00+09:00">2026.08.11 05:00</time></p>
    <p class="date">업데이트 <time itemprop="dateModified" datetime="2026-08-11T10:12:00+09:00">2026.08.11 10:12</time></p>
   </div>
   <div class="article_util"><button>공유</button><button>글자크기</button><button>북마크</button></div>
  </header>
  <div class="article_body fs3" id="article_body" itemprop="articleBody">
   {body}
  </div>
  <div class="article_footer">
   <ul class="tag_list"><li>#폭염</li><li>#전력수요</li><li>#블랙아웃</li></ul>
   <p class="copyright">Copyright ⓒ 중원일보 &amp; jungwon.co.kr, All Rights Reserved.</p>
  </div>
 </section>
 <aside class="aside">
  <section class="most_read"><h3>많이 본 기사</h3><ol>
   <li>서울 아파트값 23주 연속 상승…상승폭은 둔화</li>
   <li>코스피 3,200선 회복…외국인 8,400억원 순매수</li>
   <li>“에어컨 26도 유지하면 전기료 월 2만원 절약”</li></ol></section>
 </aside>
</main>
<footer id="footer"><p>중원일보 | 서울특별시 중구 세종대로21길 7 | 대표전화 02-751-0000</p></footer>
</div>
</body>
</html>
"""


article(
    name="03_power_peak_article_body_ab_photo_html", ext="html", published="2026-08-11",
    title="폭염에 전력수요 97.8GW ‘역대 최고’…예비율 8%대로 뚝",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["33.5℃", "폭염경보", "미세먼지 좋음", "구독 신청", "피플", "경제 > 에너지", "최유나 기자", "업데이트", "2026-08-11T10:12", "북마크",
               "전력수급 상황실", "[뉴스1]", "단위: GW", "93.6", "94.5", "그래픽=김은비", "관련기사", "kWh당", "+5원", "22일째", "29.1도",
               "choi.yuna@", "#전력수요", "Copyright ⓒ 중원일보", "많이 본 기사", "23주 연속", "3,200선", "8,400억원", "월 2만원 절약",
               "세종대로21길", "02-751-0000"],
    notes=("A 중앙일보-like article HTML (중원일보, invented): header with a **weather widget '서울 33.5℃ 폭염경보'**, gnb, section path, "
           "h1.headline, byline, **'입력 <time itemprop=\"datePublished\" datetime=\"2026-08-11T05:00:00+09:00\">' and '업데이트 <time "
           "itemprop=\"dateModified\">'** (same day), tools; body = the p of **div#article_body**, which also holds two **div.ab_photo** "
           "blocks (a photo caption and a graphic caption with a GW series), a **div.ab_related_article** (figures) and the **div.ab_byline** "
           "(furniture); tags, copyright, 많이 본 기사 (figures), footer. No meta date. published: datePublished 2026-08-11; '지난 10일' = "
           "2026-08-10. Title not scored; no deck. Conventions: **GW levels are measures (optional counts, any qualifier), but moves of "
           "power demand/supply in GW are gold changes with unit 'GW'**: '97.8GW로, … 종전 최고 기록(97.1GW)보다 0.7GW 많았다' a gold "
           "{before, after, delta} (a direct comparison in one sentence, unlike blind10's two-sentence record; '지난해 8월 20일' gold); "
           "'106.4GW로 지난해(104.2GW)보다 2.2GW 늘렸다' gold {before, after, delta}; '1년 새 3.1GW 늘었다' a gold {delta}; '최대 99.5GW까지 "
           "오를' a gold {after}; '8.8%까지 떨어졌다' a gold {after} (the shared-verb '8.6GW' after optional); reserves and capacities "
           "('8.9GW를 확보', '최대 3.2GW를 더 아낄') no gold change; '2022년 7월 이후' open-ended from 2022-07; '4년 만', '24.6일', '평년', "
           "'2.4배', temperatures ('38.4도', '26도'), clock times optional; '올여름', '여름철', '광복절 연휴' optional; **'다음 주' optional** "
           "(week words are outside the seed's list); '지난 9일까지' open start to 2026-08-09; '지난달 14일부터 다음 달 18일까지' one period "
           "2026-07-14..09-18; '7~8월' 2026-07..08; '6%대' optional; '1만 8,000원가량' approx money (the discount's change optional); "
           "'2,540만 가구' a gold count; '가구당' optional; '4만 8,000원에서 6만 5,000원으로' gold. '새울 원전 3호기' a plant (optional, 3호기 "
           "no count). Organisations: 한국전력거래소 (이하 전력거래소), 기상청, 기후에너지환경부 (이하 기후부), 한국전력공사 (한전); 정부, the "
           "plant and DR optional. 박세진 is a person."),
)


# ---------------------------------------------------------------------------
# 04 반려견 등록 자진신고, 카카오톡 채널 소식 text dump ('[알림]' opener, emoji bullets), 2026-04-28
# ---------------------------------------------------------------------------
SELF = ("2026-05-01", "2026-06-30")
A04 = [
    ("[알림] 반려견 등록 자진신고 기간(5.1~6.30) 운영 안내 📢", [
        p("5.1~6.30", *SELF), p("5.1", "2026-05-01", "2026-05-01", opt=True), p("6.30", "2026-06-30", "2026-06-30", opt=True),
    ]),
    ("농림축산식품부(농식품부)가 다음 달 1일부터 6월 30일까지 두 달 동안 반려견 등록 자진신고 기간을 운영해요. 아직 등록하지 않은 반려견이 있다면 이 기간에 과태료 없이 등록할 수 있어요!", [
        p("다음 달 1일부터 6월 30일까지", *SELF), p("다음 달 1일", "2026-05-01", "2026-05-01", opt=True), p("다음 달 1일부터", "2026-05-01", None, opt=True),
        p("6월 30일까지", None, "2026-06-30", opt=True), p("6월 30일", "2026-06-30", "2026-06-30", opt=True), *dur("두 달 동안", 2, "달"),
    ]),
    ("✅ 대상 : 2개월령 이상 반려견 중 아직 등록하지 않았거나 변경신고를 하지 않은 경우", [
        c("2개월령", 2, "개월", opt=True), c("2개월령", 2, "개월령", opt=True), p("2개월령", None, None, opt=True),
    ]),
    ("✅ 기간 안에 등록하거나 변경신고를 하면 과태료(최대 100만원)를 면제해 드려요", [
        m("최대 100만원", 100 * MAN, q="at_most"),
    ]),
    ("✅ 기간이 끝나면 7월부터 8월까지 집중 단속을 벌여요. 미등록이 적발되면 1차 20만원, 2차 40만원, 3차 60만원의 과태료가 부과돼요", [
        p("7월부터 8월까지", "2026-07", "2026-08"), p("7월부터", "2026-07", None, opt=True), p("8월까지", None, "2026-08", opt=True),
        m("20만원", 20 * MAN), m("40만원", 40 * MAN), m("60만원", 60 * MAN),
    ]),
    ("📊 등록 현황", []),
    ("▶ 지난해 말 기준 누적 등록 반려견은 349만 2,000마리로 1년 전보다 21만 6,000마리 늘었어요", [
        p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True), p("지난해 말 기준", None, "2025-12", opt=True),
        c("349만 2,000마리", 349 * MAN + 2000, "마리", opt=True), *base("1년 전", ("2024-12", "2024-12"), ("2024", "2024")),
        c("21만 6,000마리", 21 * MAN + 6000, "마리", opt=True),
        ch("349만 2,000마리로 1년 전보다 21만 6,000마리 늘었어요", after=349 * MAN + 2000, delta=21 * MAN + 6000, unit="마리"),
        ch("349만 2,000마리로 1년 전보다 21만 6,000마리 늘었어요", before=327 * MAN + 6000, after=349 * MAN + 2000, delta=21 * MAN + 6000, unit="마리", opt=True),
        ch("21만 6,000마리 늘었어요", delta=21 * MAN + 6000, unit="마리", opt=True),
    ]),
    ("▶ 지난해 새로 등록된 반려견은 27만 4,000마리였고, 전체 양육 반려견 가운데 등록된 비율은 76.5%로 추정돼요", [
        p("지난해", "2025", "2025"), c("27만 4,000마리", 27 * MAN + 4000, "마리"), pc("76.5%", 76.5),
    ]),
    ("▶ 반려묘 등록 시범사업은 2022년부터 시작해 지난해까지 12만 8,000마리가 등록됐어요", [
        p("2022년부터", "2022", None), p("지난해까지", None, "2025"), c("12만 8,000마리", 12 * MAN + 8000, "마리"),
    ]),
    ("📌 등록 방법", []),
    ("▶ 내장형(마이크로칩) : 가까운 동물병원 등 전국 등록대행기관 약 5,600곳에서 할 수 있어요 (수수료 1만원, 칩 비용 별도)", [
        c("약 5,600곳", 5600, "곳", q="approx"), m("1만원", 1 * MAN),
    ]),
    ("▶ 외장형(목걸이형) : 수수료 3,000원이에요. 단, 내년 1월부터는 외장형이 폐지되고 내장형만 인정돼요", [
        m("3,000원", 3000), p("내년 1월부터", "2027-01", None),
    ]),
    ("▶ 이미 등록했더라도 주소·연락처가 바뀌었거나 반려견이 죽었다면 30일 이내에 변경신고를 해야 해요", [
        *dur("30일 이내", 30, "일"),
    ]),
    ("💰 등록비 지원", []),
    ("▶ 올해는 전국 104개 시군구가 내장형 등록 비용을 1마리당 최대 3만원까지 지원해요. 관련 예산은 18억원으로 지난해(11억원)보다 63.6% 늘었어요", [
        p("올해", "2026", "2026"), c("104개", 104, "개"), c("1마리당", 1, "마리", opt=True), m("최대 3만원", 3 * MAN, q="at_most"),
        m("18억원", 18 * EOK), p("지난해", "2025", "2025"), m("11억원", 11 * EOK), pc("63.6%", 63.6),
        ch("18억원으로 지난해(11억원)보다 63.6% 늘었어요", before=11 * EOK, after=18 * EOK, unit="KRW"),
        ch("63.6% 늘었어요", delta=63.6, unit="%", opt=True), ch("18억원으로", after=18 * EOK, unit="KRW", opt=True),
    ]),
    ("자세한 내용은 국가동물보호정보시스템(www.animal.go.kr)이나 농식품부 반려동물 상담 창구(☎ 1577-0000)로 문의해 주세요 🙏", []),
]
ORG04 = [
    o("농림축산식품부", ["농식품부"]),
    o("국가동물보호정보시스템", opt=True), o("동물병원", opt=True), o("등록대행기관", opt=True), o("시군구", opt=True),
]


def page04(paras, title):
    head = """카카오톡 채널
〈   농림축산식품부 ✓                                  ⋮
     친구 52.3만명 · 정부기관
     [채널 추가]   [채팅]

홈      소식      정보

소식
고정됨
""" + title + """
2026년 4월 28일 오전 10:00  ·  조회 3.1만

"""
    body = "\n".join(paras)
    tail = """

좋아요 1,204   댓글 87   공유 356

댓글 87                                        최신순 | 인기순
멍뭉이아빠  2026년 4월 28일
  작년에 외장형으로 등록했는데 내년에 다시 해야 하나요?
  └ 농림축산식품부  2026년 4월 29일
    네, 내년 1월 전까지 내장형으로 변경 등록해 주세요. 기존 외장형 등록 수수료는 환급되지 않아요.
냥집사  2026년 4월 30일
  고양이도 자진신고 대상인가요? 우리 집 3마리예요

이 채널의 다른 소식
[카드뉴스] 올해 햅쌀 수확량 358만 톤 전망  ·  2026년 4월 21일
[알림] 농업인 정책자금 금리 연 1.5%로 인하  ·  2026년 4월 14일

채널 정보   |   신고하기   |   © Kakao Corp.
"""
    return head + body + tail


article(
    name="04_pet_registration_kakao_channel_notice_dump", ext="txt", published="2026-04-28",
    title="반려견 등록 자진신고 기간 운영 안내",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["카카오톡 채널", "친구 52.3만명", "정부기관", "[채널 추가]", "[채팅]", "고정됨", "조회 3.1만", "좋아요 1,204", "공유 356", "최신순",
               "멍뭉이아빠", "외장형으로 등록했는데", "2026년 4월 29일", "환급되지", "냥집사", "3마리예요", "이 채널의 다른 소식", "358만 톤",
               "연 1.5%로 인하", "채널 정보", "신고하기", "Kakao Corp."],
    notes=("A text dump of a **카카오톡 채널 소식 post** (the 농림축산식품부 channel): channel header (친구 수, 채널 추가/채팅), tabs, '고정됨', "
           "the post title, **'2026년 4월 28일 오전 10:00 · 조회 3.1만'**, the post text, reactions, comments with later dates and an "
           "official reply (figures), 이 채널의 다른 소식 (figures, dates), footer. published: the post's date. The post text is the body, "
           "from its **'[알림]' opener line** to the closing contact line, **emoji bullets (✅ ▶) and the section lines ('📊 등록 현황', "
           "'📌 등록 방법', '💰 등록비 지원') included as written**. Conventions: **'(5.1~6.30)' an M.D range, gold period 2026-05-01..06-30** "
           "(the parts optional); '다음 달 1일부터 6월 30일까지' one period 2026-05-01..06-30; '두 달 동안', '30일 이내' durations optional; "
           "'2개월령' an age (optional); '과태료(최대 100만원)' at_most; '1차 20만원, 2차 40만원, 3차 60만원' money gold, the 차 ordinals no "
           "counts; '7월부터 8월까지' 2026-07..08; '349만 2,000마리로 1년 전보다 21만 6,000마리 늘었어요' a gold {after, delta, 마리} change "
           "(counts optional, '1년 전' optional base); '지난해 말 기준' 2025-12; '2022년부터' open end; '지난해까지' open start; '약 5,600곳' "
           "approx count; '내년 1월부터' open from 2027-01; '1마리당' optional; '최대 3만원' at_most; '18억원으로 지난해(11억원)보다 63.6% "
           "늘었어요' gold endpoint change (rate optional). The web address and the phone number carry no figures. Organisations: "
           "농림축산식품부 (농식품부); the information system, 동물병원, 등록대행기관, 시군구 optional."),
)


# ---------------------------------------------------------------------------
# 05 외식물가 리포트 (짜장면 8,000원), 'Editor's note' box + numbered subheads, newspaper page dump, 2026-03-16
# ---------------------------------------------------------------------------
FEB25 = ("2025-02", "2025-02")
A05 = [
    ("점심 한 끼 값이 무섭게 오르고 있다. 경제플러스는 이달부터 매달 한 차례 직장인과 서민이 즐겨 찾는 외식 메뉴 8개의 가격을 추적하는 ‘외식물가 리포트’를 싣는다. 첫 회는 한국소비자원(이하 소비자원)의 가격정보 종합포털 ‘참가격’ 자료를 바탕으로 지난달 서울 지역 외식비를 들여다봤다.", [
        c("한 끼", 1, "끼", opt=True), p("이달부터", "2026-03", None), p("매달", None, None, opt=True), c("한 차례", 1, "차례", opt=True), c("8개", 8, "개"),
        p("지난달", "2026-02", "2026-02"),
    ]),
    ("① 짜장면 한 그릇 8,000원 넘었다", [
        c("한 그릇", 1, "그릇", opt=True), m("8,000원", 8000, q="at_least"), ch("8,000원 넘었다", after=8000, unit="KRW", opt=True),
    ]),
    ("소비자원에 따르면 지난달 서울 지역 짜장면 평균 가격은 8,046원으로 1년 전(7,538원)보다 6.7% 올랐다. 짜장면 값이 8,000원을 넘은 것은 처음이다. 10년 전인 2016년 2월(4,654원)과 비교하면 72.9% 비싸다.", [
        p("지난달", "2026-02", "2026-02"), m("8,046원", 8046), *base("1년 전", FEB25, ("2025", "2025")), m("7,538원", 7538), pc("6.7%", 6.7),
        ch("8,046원으로 1년 전(7,538원)보다 6.7% 올랐다", before=7538, after=8046, unit="KRW"),
        ch("6.7% 올랐다", delta=6.7, unit="%", opt=True), ch("8,046원으로", after=8046, unit="KRW", opt=True),
        m("8,000원", 8000, q="at_least"), ch("8,000원을 넘은", after=8000, unit="KRW", opt=True),
        *dur("10년 전", 10, "년"), p("10년 전", "2016", "2016", opt=True), p("10년 전", "2016-02", "2016-02", opt=True),
        p("2016년 2월", "2016-02", "2016-02"), m("4,654원", 4654), pc("72.9%", 72.9),
        ch("2016년 2월(4,654원)과 비교하면 72.9% 비싸다", delta=72.9, unit="%"),
        ch("2016년 2월(4,654원)과 비교하면 72.9% 비싸다", before=4654, after=8046, unit="KRW", opt=True),
    ]),
    ("짜장면뿐 아니라 서울 외식 메뉴 8개 가운데 7개의 가격이 1년 전보다 올랐다. 김밥은 3,646원으로 5.2%, 칼국수는 1만 38원으로 4.9% 올라 칼국수 값이 처음으로 1만원을 넘었다. 냉면은 1만 2,462원, 삼계탕은 1만 7,923원으로 나란히 역대 최고가를 기록했다. 삼겹살(200g)만 2만 583원으로 0.3% 내렸다.", [
        c("8개", 8, "개"), c("7개", 7, "개"), *base("1년 전", FEB25, ("2025", "2025")),
        m("3,646원", 3646), pc("5.2%", 5.2), ch("김밥은 3,646원으로", after=3646, unit="KRW"), ch("3,646원으로 5.2%", delta=5.2, unit="%"),
        m("1만 38원", 10038), pc("4.9%", 4.9), ch("칼국수는 1만 38원으로", after=10038, unit="KRW"), ch("1만 38원으로 4.9% 올라", delta=4.9, unit="%"),
        m("1만원", 1 * MAN, q="at_least"), ch("1만원을 넘었다", after=1 * MAN, unit="KRW", opt=True),
        m("1만 2,462원", 12462), m("1만 7,923원", 17923),
        c("200g", 200, "g", opt=True), m("2만 583원", 20583), pc("0.3%", 0.3),
        ch("2만 583원으로", after=20583, unit="KRW"), ch("0.3% 내렸다", delta=-0.3, unit="%"),
    ]),
    ("② 밀가루·식용유에 인건비까지…“남는 게 없다”", []),
    ("외식비가 오르는 건 재료비와 인건비 부담이 함께 커졌기 때문이다. 한국농수산식품유통공사(aT)에 따르면 지난달 밀가루(20㎏) 도매가격은 3만 2,400원으로 1년 전보다 8.1% 올랐고, 식용유(18ℓ)는 5만 6,800원으로 12.4% 뛰었다. 올해 최저임금은 시간당 1만 480원으로 지난해(1만 150원)보다 330원 올랐다.", [
        p("지난달", "2026-02", "2026-02"), c("20㎏", 20, "㎏", opt=True), c("20㎏", 20, "kg", opt=True),
        m("3만 2,400원", 3 * MAN + 2400), *base("1년 전", FEB25, ("2025", "2025")), pc("8.1%", 8.1),
        ch("3만 2,400원으로", after=3 * MAN + 2400, unit="KRW"), ch("1년 전보다 8.1% 올랐고", delta=8.1, unit="%"),
        c("18ℓ", 18, "ℓ", opt=True), c("18ℓ", 18, "L", opt=True),
        m("5만 6,800원", 5 * MAN + 6800), pc("12.4%", 12.4), ch("5만 6,800원으로", after=5 * MAN + 6800, unit="KRW"), ch("12.4% 뛰었다", delta=12.4, unit="%"),
        p("올해", "2026", "2026"), c("시간당", 1, "시간", opt=True), m("1만 480원", 10480), p("지난해", "2025", "2025"), m("1만 150원", 10150), m("330원", 330),
        ch("1만 480원으로 지난해(1만 150원)보다 330원 올랐다", before=10150, after=10480, delta=330, unit="KRW"),
        ch("330원 올랐다", delta=330, unit="KRW", opt=True),
    ]),
    ("자영업자들은 가격을 올려도 남는 게 없다고 호소한다. 서울 마포구에서 중식당을 하는 A씨는 “춘장과 양파 값이 2년 새 30% 넘게 올랐고, 배달 수수료로 매출의 12%가 나간다”며 “지난 1월 짜장면 값을 7,500원에서 8,500원으로 올렸더니 손님이 10명 중 2명꼴로 줄었다”고 말했다.", [
        *dur("2년 새", 2, "년"), pc("30%", 30), ch("30% 넘게 올랐고", delta=30, unit="%", opt=True), pc("12%", 12),
        p("지난 1월", "2026-01", "2026-01"), m("7,500원", 7500), m("8,500원", 8500),
        ch("7,500원에서 8,500원으로 올렸더니", before=7500, after=8500, unit="KRW"),
        c("10명", 10, "명", opt=True), c("2명꼴", 2, "명", opt=True), c("2명꼴", 2, "명", q="approx", opt=True),
    ]),
    ("③ 직장인 61% “점심값 부담”…도시락族 늘었다", [
        pc("61%", 61),
    ]),
    ("직장인 점심 풍경도 달라지고 있다. 취업 플랫폼 잡코리아가 지난달 직장인 1,240명에게 물은 결과 61.2%가 ‘점심값이 부담된다’고 답했다. 응답자들은 점심값으로 하루 평균 1만 1,300원, 한 달에 24만 8,600원을 쓴다고 답했다. 도시락을 싸 온다는 응답은 지난해 같은 조사 때 18.5%에서 올해 26.3%로 7.8%포인트 늘었다.", [
        p("지난달", "2026-02", "2026-02"), c("1,240명", 1240, "명"), pc("61.2%", 61.2),
        p("하루", None, None, opt=True), m("1만 1,300원", 11300), p("한 달", None, None, opt=True), m("24만 8,600원", 24 * MAN + 8600),
        p("지난해", "2025", "2025"), pc("18.5%", 18.5), p("올해", "2026", "2026"), pc("26.3%", 26.3), pc("7.8%포인트", 7.8),
        ch("18.5%에서 올해 26.3%로 7.8%포인트 늘었다", before=18.5, after=26.3, delta=7.8),
        ch("7.8%포인트 늘었다", delta=7.8, unit="%p", opt=True),
    ]),
    ("정부도 대책을 내놨다. 농림축산식품부는 이달부터 6월까지 수입 밀가루·식용유 등 7개 품목에 할당관세 0%를 적용하고, 외식업체 식재료 구매자금 지원 규모를 지난해 3,000억원에서 올해 4,500억원으로 늘렸다.", [
        p("이달부터 6월까지", "2026-03", "2026-06"), p("이달부터", "2026-03", None, opt=True), p("6월까지", None, "2026-06", opt=True),
        c("7개", 7, "개"), pc("0%", 0),
        p("지난해", "2025", "2025"), m("3,000억원", 3000 * EOK), p("올해", "2026", "2026"), m("4,500억원", 4500 * EOK),
        ch("지난해 3,000억원에서 올해 4,500억원으로 늘렸다", before=3000 * EOK, after=4500 * EOK, unit="KRW"),
    ]),
    ("전문가들은 외식 물가 오름세가 당분간 이어질 것으로 본다. 김도현 한국외식산업연구원 연구위원은 “올해 상반기 외식 물가 상승률은 3%대 중반에 이를 것”이라며 “하반기 배달앱 수수료 상한제가 시행되면 오름폭이 다소 줄어들 수 있다”고 말했다.", [
        p("당분간", None, None, opt=True), p("올해 상반기", "2026-01", "2026-06"), pc("3%대", 3, opt=True), pc("3%대 중반", 3, opt=True),
        p("하반기", "2026-07", "2026-12"),
    ]),
]
ORG05 = [
    o("한국소비자원", ["소비자원"]), o("한국농수산식품유통공사", ["aT"]), o("잡코리아"), o("농림축산식품부", ["농식품부"]), o("한국외식산업연구원"),
    o("경제플러스", opt=True), o("참가격", opt=True), o("정부", opt=True),
]


def page05(paras, title):
    rule = "━" * 44
    head = """경제플러스                                         로그인 | 회원가입 | 구독신청
2026년 3월 16일 월요일    서울 ☀ 9.2℃  미세먼지 보통
홈   경제   산업   금융   부동산   생활경제   오피니언   포토
생활경제 > 물가

""" + title + """

나윤서 기자  |  입력 2026.03.16 06:00  |  수정 2026.03.16 08:47  |  지면 A12
가+  가-   🔗 공유   🖨 인쇄

""" + rule + "\nEditor's note\n" + paras[0] + "\n" + rule + "\n\n"
    body = ("\n\n".join(paras[1:4])
            + "\n\n[사진] 지난 13일 서울 종로구의 한 중식당 메뉴판에 짜장면 값이 9,000원으로 적혀 있다. /경제플러스 DB\n\n"
            + "\n\n".join(paras[4:]))
    tail = """

나윤서 기자 yoonseo.na@econplus.co.kr
ⓒ 경제플러스 무단전재 및 재배포 금지

이 기사와 함께 읽으면 좋은 기사
· 2월 소비자물가 2.3% 상승…외식 3.4% 올라
· 배달앱 수수료 상한제 7월 시행…최대 9.8%

많이 본 뉴스
1  서울 아파트 전셋값 31주 연속 상승
2  금값 g당 16만원 돌파…골드바 품귀
3  3월 1~10일 수출 162억 달러…반도체 호조

(주)경제플러스미디어 | 서울특별시 영등포구 여의대로 24 | 등록번호 서울 아05817 | 발행인 한정수
Copyright ⓒ 경제플러스. All rights reserved.
"""
    return head + body + tail


article(
    name="05_dining_prices_editors_note_numbered_dump", ext="txt", published="2026-03-16",
    title="[외식물가 리포트] 짜장면 8,000원 시대…“점심 한 끼 1만원도 모자라”",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["구독신청", "2026년 3월 16일 월요일", "9.2℃", "미세먼지 보통", "생활경제 > 물가", "나윤서 기자", "수정 2026.03.16", "지면 A12",
               "🔗 공유", "🖨 인쇄", "━━━━", "[사진]", "9,000원으로 적혀", "/경제플러스 DB", "yoonseo.na@", "ⓒ 경제플러스", "함께 읽으면 좋은 기사",
               "2.3% 상승", "외식 3.4%", "최대 9.8%", "많이 본 뉴스", "31주 연속", "16만원 돌파", "162억 달러", "경제플러스미디어", "여의대로 24",
               "아05817", "한정수"],
    notes=("A newspaper page dump (경제플러스, invented) of the first instalment of a series: login row, **masthead date = the publication "
           "day**, weather, menu, section path, '[외식물가 리포트]' title, **'나윤서 기자 | 입력 2026.03.16 06:00 | 수정 … | 지면 A12'**, tools, "
           "then an **'Editor's note' box between two ━ rules**, the article with **numbered sub-heads '① …', '② …', '③ …'**, a '[사진]' "
           "caption line (figure), e-mail, copyright, related and most-read lists (figures), footer. published: the 입력 date. **The "
           "Editor's note paragraph is body (the desk's intro to the article; the label 'Editor's note' and the rules are not), and the "
           "numbered sub-heads are body with their figures scored** (as blind10's h2 subhead). Conventions: '이달부터' open from 2026-03; "
           "'지난달' 2026-02; '8,000원 넘었다' / '8,000원을 넘은' / '1만원을 넘었다' at_least money (changes optional); '8,046원으로 1년 "
           "전(7,538원)보다 6.7% 올랐다' gold endpoint change (rate optional); **'2016년 2월(4,654원)과 비교하면 72.9% 비싸다' a %-change "
           "with an explicit base and no second endpoint in the sentence: gold {delta 72.9, %}, the endpoint reading optional**; '10년 전' "
           "optional; **'김밥은 3,646원으로 5.2%, 칼국수는 1만 38원으로 4.9% 올라' each two gold changes (the shared verb; '1만 38원' = "
           "10,038원)**; '2만 583원으로 0.3% 내렸다' two gold changes; measures ('200g', '20㎏', '18ℓ') optional; '1만 480원으로 "
           "지난해(1만 150원)보다 330원 올랐다' {before, after, delta}; '30% 넘게' the percentage gold, its change optional (quoted, no "
           "base); '7,500원에서 8,500원으로' gold; '10명 중 2명꼴' optional; '18.5%에서 올해 26.3%로 7.8%포인트' {before, after, delta} "
           "no unit; '이달부터 6월까지' one period 2026-03..06; '할당관세 0%' a gold percentage; '3%대 (중반)' optional; '시간당', '하루', "
           "'한 달', '매달', '당분간' optional. Organisations: 한국소비자원 (이하 소비자원), 한국농수산식품유통공사 (aT), 잡코리아, "
           "농림축산식품부, 한국외식산업연구원; the paper itself, the 참가격 portal and 정부 optional. A씨, 김도현 are persons."),
)


# ---------------------------------------------------------------------------
# 06 청주공항 국제선 동계 노선, regional cable news page dump with '[00:15]' timestamps, 2026-10-27
# ---------------------------------------------------------------------------
WINTER26 = (("2026-10-25", "2027-03-27"), ("2026-10", "2027-03"), ("2026-10-25", None))
WINTER25 = (("2025-10-26", "2026-03-28"), ("2025-10", "2026-03"))
A06 = [
    ("청주국제공항의 국제선 하늘길이 크게 넓어집니다. 이번 동계 시즌 국제선 운항 횟수가 주 96회로 지난해보다 30회 늘어나는데요. 일본과 동남아 노선이 잇따라 새로 생깁니다. 김하준 기자가 보도합니다.", [
        *hol("이번 동계 시즌", *WINTER26), c("주 96회", 96, "회", opt=True), p("지난해", "2025", "2025"), c("30회", 30, "회", opt=True),
        ch("주 96회로 지난해보다 30회 늘어나는데요", after=96, delta=30, unit="회"),
        ch("주 96회로 지난해보다 30회 늘어나는데요", before=66, after=96, delta=30, unit="회", opt=True), ch("30회 늘어나는데요", delta=30, unit="회", opt=True),
    ]),
    ("청주공항에서 일본 오사카로 가는 정기 노선이 오는 31일 처음 뜹니다. 이스타항공이 186석 규모 항공기를 투입해 주 14회, 하루 두 차례씩 왕복 운항합니다.", [
        p("오는 31일", "2026-10-31", "2026-10-31"), c("186석", 186, "석"), c("주 14회", 14, "회"), p("하루", None, None, opt=True),
        c("두 차례", 2, "차례", opt=True),
    ]),
    ("다음 달 2일에는 티웨이항공의 청주~다낭 노선이 주 7회, 12월 18일에는 에어로케이항공의 청주~삿포로 노선이 주 4회 일정으로 새로 취항합니다.", [
        p("다음 달 2일", "2026-11-02", "2026-11-02"), c("주 7회", 7, "회"), p("12월 18일", "2026-12-18", "2026-12-18"), c("주 4회", 4, "회"),
    ]),
    ("기존 노선도 늘어납니다. 청주~방콕 노선은 주 7회에서 12회로 5회 증편됩니다.", [
        c("주 7회", 7, "회", opt=True), c("12회", 12, "회", opt=True), c("5회", 5, "회", opt=True),
        ch("주 7회에서 12회로 5회 증편됩니다", before=7, after=12, delta=5, unit="회"),
    ]),
    ("이에 따라 이번 동계 시즌 청주공항 국제선은 8개 노선, 주 96회로 지난해 동계 시즌 5개 노선, 주 66회보다 노선은 3개, 운항 횟수는 30회 늘어납니다.", [
        *hol("이번 동계 시즌", *WINTER26), c("8개", 8, "개", opt=True), c("주 96회", 96, "회", opt=True),
        p("지난해", "2025", "2025"), *hol("지난해 동계 시즌", *WINTER25), *hol("동계 시즌", *WINTER25),
        c("5개", 5, "개", opt=True), c("주 66회", 66, "회", opt=True), c("3개", 3, "개", opt=True), c("30회", 30, "회", opt=True),
        ch("8개 노선 ... 5개 노선 ... 노선은 3개", before=5, after=8, delta=3, unit="개"),
        ch("주 96회로 ... 주 66회보다 ... 운항 횟수는 30회 늘어납니다", before=66, after=96, delta=30, unit="회"),
        ch("노선은 3개", delta=3, unit="개", opt=True), ch("30회 늘어납니다", delta=30, unit="회", opt=True),
    ]),
    ("한국공항공사 청주지사는 이번 동계 시즌 국제선 이용객이 지난해보다 40% 넘게 늘어난 45만 명에 이를 것으로 내다봤습니다.", [
        *hol("이번 동계 시즌", *WINTER26), p("지난해", "2025", "2025"), pc("40%", 40),
        ch("지난해보다 40% 넘게 늘어난", delta=40, unit="%"), c("45만 명", 45 * MAN, "명", opt=True), ch("늘어난 45만 명", after=45 * MAN, unit="명"),
    ]),
    ("충청북도(충북도)는 신규 노선이 자리 잡을 수 있도록 올해 항공사 운항장려금 예산을 지난해 12억원에서 20억원으로 늘렸습니다. 항공사는 노선별로 1년간 최대 3억원을 지원받을 수 있습니다.", [
        p("올해", "2026", "2026"), p("지난해", "2025", "2025"), m("12억원", 12 * EOK), m("20억원", 20 * EOK),
        ch("지난해 12억원에서 20억원으로 늘렸습니다", before=12 * EOK, after=20 * EOK, unit="KRW"),
        *dur("1년간", 1, "년"), m("최대 3억원", 3 * EOK, q="at_most"),
    ]),
    ("과제도 남아 있습니다. 청주공항은 활주로가 짧아 미주·유럽 노선 같은 장거리 대형기 취항이 어렵습니다. 충북도는 약 4,800억원이 드는 활주로 연장 사업을 2030년까지 마친다는 계획이지만, 국토교통부는 아직 ‘제7차 공항개발 종합계획’ 반영 여부를 정하지 않았습니다.", [
        m("약 4,800억원", 4800 * EOK, q="approx"), p("2030년까지", None, "2030"),
    ]),
]
ORG06 = [
    o("이스타항공"), o("티웨이항공"), o("에어로케이항공", ["에어로케이"]), o("한국공항공사", ["한국공항공사 청주지사"]), o("충청북도", ["충북도"]),
    o("국토교통부", ["국토부"]),
    o("청주국제공항", ["청주공항"], opt=True), o("한국공항공사 청주지사", opt=True),
]


def page06(paras, title):
    stamps = ["[00:00]", "[00:17]", "[00:31]", "[00:46]", "[00:58]", "[01:12]", "[01:26]", "[01:40]"]
    lines = ["[앵커]", f"{stamps[0]} {paras[0]}", "[기자]"] + [f"{s} {t}" for s, t in zip(stamps[1:], paras[1:])] + ["[01:58] SCB뉴스 김하준입니다."]
    head = """SCB 새충북방송                                          로그인 | 회원가입
뉴스   프로그램   편성표   다시보기   채널안내   시청자센터
오늘의 날씨  청주 맑음 14℃ / 미세먼지 좋음

뉴스 > 경제

[SCB 저녁뉴스] """ + title + """

방송일 2026.10.27 (화)  |  등록 2026.10.27 19:52  |  김하준 기자  |  영상취재 박태성  |  조회 512

▶ 영상 재생   02:05   |   자막 ON   |   화질 720p

"""
    tail = """

※ 이 기사는 방송 원고를 바탕으로 작성됐습니다.
김하준 기자 hajun@scbnews.co.kr
Copyright ⓒ SCB 새충북방송. 무단전재 및 재배포 금지

이 시각 주요뉴스
· 오창 이차전지 특구 투자 1조 2,000억원 유치
· 충북 3분기 고용률 64.1%…0.6%p 상승
· 청주 시내버스 요금 다음 달부터 1,700원

많이 본 뉴스
1. 충주 호암지 둘레길 야간 개방 11월까지 연장
2. 청주 가경동 아파트 화재…주민 30여 명 대피

(주)새충북방송 | 충청북도 청주시 흥덕구 직지대로 321 | 종합유선방송사업자 | 시청자센터 043-900-0000
"""
    return head + "\n".join(lines) + tail


article(
    name="06_cheongju_airport_routes_cable_news_timestamps_dump", ext="txt", published="2026-10-27",
    title="청주공항 국제선 주 96회로…오사카·다낭·삿포로 새 하늘길",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["편성표", "다시보기", "시청자센터", "청주 맑음 14℃", "뉴스 > 경제", "[SCB 저녁뉴스]", "방송일", "영상취재", "박태성", "조회 512",
               "영상 재생", "02:05", "자막 ON", "720p", "[00:00]", "[00:17]", "[00:58]", "[01:26]", "[01:58]", "김하준입니다", "방송 원고를",
               "hajun@", "Copyright ⓒ SCB", "이 시각 주요뉴스", "1조 2,000억원", "64.1%", "0.6%p", "1,700원", "많이 본 뉴스", "호암지",
               "30여 명", "직지대로 321", "043-900-0000"],
    notes=("A regional cable broadcaster's news page dump (SCB 새충북방송, invented): site menu, weather, section path, '[SCB 저녁뉴스]' + "
           "title, **'방송일 2026.10.27 (화) | 등록 2026.10.27 19:52 | 김하준 기자 | 영상취재 … | 조회 512'**, a video row ('02:05'), then the "
           "script with **'[앵커]' / '[기자]' label lines and every script paragraph led by a video timestamp '[00:17]' …**, a sign-off "
           "'[01:58] SCB뉴스 김하준입니다.', a note, e-mail, copyright, 주요뉴스 / 많이 본 뉴스 (figures), footer. published: 방송일/등록 "
           "2026-10-27. Body = the anchor's lead and the reporter's paragraphs **without the timestamps, the labels and the sign-off** "
           "(furniture; several timestamps are forbidden). Conventions: **'주 N회' a gold count with unit 회 (flights per week; '주' is "
           "the per-week base)**; '186석' a gold count (석); '주 96회로 지난해보다 30회 늘어나는데요' a gold {after, delta, 회} change "
           "(counts optional; bare '지난해' gold 2025); '주 7회에서 12회로 5회' gold endpoint change; **'8개 노선, 주 96회로 지난해 동계 "
           "시즌 5개 노선, 주 66회보다 노선은 3개, 운항 횟수는 30회 늘어납니다' two gold endpoint changes with deltas (개 and 회), all "
           "counts optional**; '(이번/지난해) 동계 시즌' optional (season readings); '청주~다낭' place names, no range; '오는 31일' "
           "2026-10-31; '다음 달 2일' 2026-11-02; '12월 18일' 2026-12-18; '40% 넘게 늘어난 45만 명' two gold changes ({delta 40, %}, "
           "{after 45만, 명}), the count optional; '지난해 12억원에서 20억원으로' gold; '1년간' optional; '최대 3억원' at_most; '약 "
           "4,800억원' approx; '2030년까지' open start; '제7차' ordinal; '하루 두 차례' optional. Organisations: 이스타항공, 티웨이항공, "
           "에어로케이항공, 한국공항공사 (청주지사), 충청북도 (충북도), 국토교통부; the airport optional. 김하준 is the reporter."),
)


if __name__ == "__main__":
    main(HERE)
