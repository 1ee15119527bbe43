#!/usr/bin/env python3
"""The eval/blind15 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind15/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


AGE = lambda t, v: c(t, v, "세", opt=True)

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)

PER = lambda t, unit: c(t, 1, unit, opt=True)  # a per-unit base (톤당, 1인당, 가구당, MJ당): optional


def mult(text, factor):
    """A multiple or fraction ('두 배', '3.2배', '5분의 1'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def month_end(text, month, day):
    """'지난해 말 (기준)', '지난 3월 말 기준': the month gold; the last day and an open-start reading optional."""
    return [p(text, month, month), p(text, f"{month}-{day}", f"{month}-{day}", opt=True), p(text, None, month, opt=True)]


# ---------------------------------------------------------------------------
# 01 청주시 상수도 요금 인상, city hall '시정소식' board HTML (table.bbs_view metadata rows), 2026-12-03
# ---------------------------------------------------------------------------
A01 = [
    ("청주시 상수도사업본부(이하 사업본부)는 내년 1월부터 가정용 상수도 요금을 톤(㎥)당 평균 720원에서 780원으로 60원(8.3%) 올린다고 3일 밝혔다. 이 내용을 담은 ‘청주시 수도급수 조례 일부개정조례안’은 지난달 27일 청주시의회 본회의를 통과했다.", [
        p("내년 1월부터", "2027-01", None), p("내년 1월", "2027-01", "2027-01", opt=True), PER("톤(㎥)당", "톤"),
        m("720원", 720), m("780원", 780), m("60원", 60), pc("8.3%", 8.3),
        ch("평균 720원에서 780원으로 60원(8.3%) 올린다", before=720, after=780, delta=60, unit="KRW"),
        ch("60원(8.3%) 올린다", delta=8.3, unit="%", opt=True), ch("60원(8.3%) 올린다", delta=60, unit="KRW", opt=True),
        ch("780원으로", after=780, unit="KRW", opt=True),
        p("3일", "2026-12-03", "2026-12-03"), p("지난달 27일", "2026-11-27", "2026-11-27"),
    ]),
    ("요금 인상은 2019년 이후 7년 만이다. 시의 상수도 요금 현실화율(생산원가 대비 요금 수준)은 지난해 말 기준 76.4%로, 충북 도내 11개 시·군 평균(84.1%)을 밑돌았다. 톤당 생산원가가 2019년 812원에서 지난해 943원으로 16.1% 오르는 동안 요금은 그대로 묶여 있었다.", [
        p("2019년 이후", "2019", None), p("2019년", "2019", "2019", opt=True), p("7년 만", None, None, opt=True), c("7년", 7, "년", opt=True),
        *month_end("지난해 말 기준", "2025-12", "31"), pc("76.4%", 76.4), c("11개", 11, "개"), pc("84.1%", 84.1),
        PER("톤당", "톤"), p("2019년", "2019", "2019"), m("812원", 812), p("지난해", "2025", "2025"), m("943원", 943),
        ch("2019년 812원에서 지난해 943원으로 16.1% 오르는", before=812, after=943, unit="KRW"),
        pc("16.1%", 16.1), ch("16.1% 오르는", delta=16.1, unit="%", opt=True),
    ]),
    ("사업본부는 노후 상수관 교체와 정수장 고도정수처리 시설 확충에 2030년까지 4,870억원이 필요한 만큼 요금 조정이 불가피하다고 설명했다. 요금을 동결하면 상수도 특별회계 적자가 올해 146억원에서 2028년 312억원으로 두 배 넘게 불어날 것으로 추산됐다.", [
        p("2030년까지", None, "2030"), m("4,870억원", 4870 * EOK),
        p("올해", "2026", "2026"), m("146억원", 146 * EOK), p("2028년", "2028", "2028"), m("312억원", 312 * EOK),
        ch("올해 146억원에서 2028년 312억원으로 두 배 넘게 불어날", before=146 * EOK, after=312 * EOK, unit="KRW"), *mult("두 배", 2),
    ]),
    ("업종별로는 일반용이 톤당 1,150원에서 1,260원으로, 욕탕용은 540원에서 590원으로 각각 오른다. 하수도 요금은 내년 1월 톤당 560원에서 610원으로 오른 뒤 2028년 1월 660원으로 한 차례 더 인상된다.", [
        PER("톤당", "톤"), m("1,150원", 1150), m("1,260원", 1260), ch("1,150원에서 1,260원으로", before=1150, after=1260, unit="KRW"),
        m("540원", 540), m("590원", 590), ch("540원에서 590원으로 각각 오른다", before=540, after=590, unit="KRW"),
        p("내년 1월", "2027-01", "2027-01"), PER("톤당", "톤"), m("560원", 560), m("610원", 610),
        ch("톤당 560원에서 610원으로 오른 뒤", before=560, after=610, unit="KRW"),
        p("2028년 1월", "2028-01", "2028-01"), m("660원", 660), ch("2028년 1월 660원으로 한 차례 더 인상된다", after=660, unit="KRW"),
        ch("610원으로 오른 뒤 2028년 1월 660원으로", before=610, after=660, unit="KRW", opt=True),
        ch("560원에서 ... 660원으로", before=560, after=660, unit="KRW", opt=True), c("한 차례", 1, "차례", opt=True),
    ]),
    ("월평균 20톤을 쓰는 4인 가구의 상하수도 요금은 내년에 월 3만 2,400원에서 3만 4,600원으로 2,200원 늘어난다. 다만 기초생활수급자 1만 8,600가구와 다자녀 가구 등 취약계층 2만 4,000여 가구는 인상분을 전액 감면받는다. 청주시는 감면에 드는 연간 21억원을 일반회계에서 부담하기로 했다.", [
        p("월평균", None, None, opt=True), c("20톤", 20, "톤", opt=True), c("4인", 4, "인", opt=True), p("내년", "2027", "2027"),
        m("3만 2,400원", 3 * MAN + 2400), m("3만 4,600원", 3 * MAN + 4600), m("2,200원", 2200),
        ch("월 3만 2,400원에서 3만 4,600원으로 2,200원 늘어난다", before=3 * MAN + 2400, after=3 * MAN + 4600, delta=2200, unit="KRW"),
        ch("2,200원 늘어난다", delta=2200, unit="KRW", opt=True),
        c("1만 8,600가구", 1 * MAN + 8600, "가구"), c("2만 4,000여 가구", 2 * MAN + 4000, "가구", q="approx"),
        p("연간", None, None, opt=True), p("연간", "2027", "2027", opt=True), m("21억원", 21 * EOK),
    ]),
    ("사업본부에 따르면 지난해 접수된 수도관 누수 신고는 2,140건으로 5년 전보다 38% 늘었다. 사업본부가 지난달 12일부터 25일까지 시민 1,500명을 대상으로 한 설문조사에서는 응답자의 58.7%가 단계적 요금 인상에 찬성했다.", [
        p("지난해", "2025", "2025"), c("2,140건", 2140, "건", opt=True), ch("2,140건으로", after=2140, unit="건"),
        *base("5년 전", ("2020", "2020")), pc("38%", 38), ch("5년 전보다 38% 늘었다", delta=38, unit="%"),
        p("지난달 12일부터 25일까지", "2026-11-12", "2026-11-25"), p("지난달 12일", "2026-11-12", "2026-11-12", opt=True),
        p("25일", "2026-11-25", "2026-11-25", opt=True), c("1,500명", 1500, "명"), pc("58.7%", 58.7),
    ]),
    ("김도윤 청주시 상수도사업본부장은 “인상분은 전액 노후관 교체에 투입해 수돗물 누수율을 현재 11.2%에서 2030년 7% 이하로 낮추겠다”고 말했다.", [
        p("현재", None, None, opt=True), pc("11.2%", 11.2), p("2030년", "2030", "2030"), pc("7%", 7),
        ch("현재 11.2%에서 2030년 7% 이하로 낮추겠다", before=11.2, after=7),
    ]),
]
ORG01 = [
    o("청주시 상수도사업본부", ["상수도사업본부", "사업본부"]), o("청주시"), o("청주시의회"),
    o("정수장", opt=True), o("상수도 특별회계", opt=True),
]


def page01(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras]
    rate = ('<table class="tbl_rate" summary="업종별 상수도 요금 조정안"><caption>업종별 상수도 요금 조정안 (단위: 원/㎥)</caption>'
            '<thead><tr><th scope="col">구분</th><th scope="col">현행</th><th scope="col">2027년 1월</th><th scope="col">인상률</th></tr></thead>'
            '<tbody><tr><td>가정용</td><td>720</td><td>780</td><td>8.3%</td></tr>'
            '<tr><td>일반용</td><td>1,150</td><td>1,260</td><td>9.6%</td></tr>'
            '<tr><td>욕탕용</td><td>540</td><td>590</td><td>9.3%</td></tr></tbody></table>')
    content = "\n\t\t\t\t".join(ps[:4] + [rate] + ps[4:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>시정소식 상세보기 - 청주소식 | 청주시청</title>
<link rel="stylesheet" type="text/css" href="/site/www/css/common.css">
<link rel="stylesheet" type="text/css" href="/site/www/css/sub.css">
<script type="text/javascript" src="/common/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="skipNav"><a href="#contents">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<div id="wrap">
<div id="header">
	<div class="top_util"><ul><li><a href="/">청주시청</a></li><li><a href="/sangdang/">상당구</a></li><li><a href="/seowon/">서원구</a></li><li><a href="/heungdeok/">흥덕구</a></li><li><a href="/cheongwon/">청원구</a></li><li><a href="/member/login.do">로그인</a></li><li><a href="/eng/">ENGLISH</a></li></ul></div>
	<h1 class="logo"><a href="/"><img src="/site/www/img/common/logo.png" alt="청주시"></a></h1>
	<ul id="gnb"><li><a>열린시장실</a></li><li><a>청주소식</a></li><li><a>분야별정보</a></li><li><a>참여소통</a></li><li><a>정보공개</a></li><li><a>청주소개</a></li></ul>
</div>
<div id="container">
	<div id="lnb"><h2>청주소식</h2><ul><li class="on"><a>시정소식</a></li><li><a>고시공고</a></li><li><a>보도자료</a></li><li><a>입법예고</a></li><li><a>청주시 소식지</a></li></ul></div>
	<div id="contents">
		<div class="location"><span>HOME</span> &gt; <span>청주소식</span> &gt; <strong>시정소식</strong></div>
		<h3 class="sub_title">시정소식</h3>
		<div class="sns_print"><a>페이스북</a> <a>엑스</a> <a>블로그</a> <a href="javascript:window.print();">인쇄</a></div>
		<table class="bbs_view" summary="시정소식 상세보기 - 제목, 작성자, 작성일, 조회수, 첨부파일, 내용">
			<caption>시정소식 상세보기</caption>
			<colgroup><col style="width:15%"><col style="width:35%"><col style="width:15%"><col style="width:35%"></colgroup>
			<tbody>
			<tr><th scope="row">제목</th><td colspan="3" class="subject">{esc(title)}</td></tr>
			<tr><th scope="row">작성자</th><td>상수도사업본부 요금관리과</td><th scope="row">작성일</th><td>2026-12-03</td></tr>
			<tr><th scope="row">조회수</th><td>2,417</td><th scope="row">전화번호</th><td>043-201-3215</td></tr>
			<tr><th scope="row">첨부파일</th><td colspan="3"><a href="/files/bbs/20261203_water.hwp">붙임. 상수도 요금 조정 안내(2027~2028).hwp</a> (148KB) <a class="btn_view">바로보기</a></td></tr>
			<tr><td colspan="4" class="bbs_content">
				{content}
			</td></tr>
			</tbody>
		</table>
		<div class="kogl"><img src="/site/www/img/common/kogl_type1.png" alt="공공누리 제1유형"> 청주시청이 창작한 저작물은 "공공누리 제1유형: 출처표시" 조건에 따라 이용할 수 있습니다.</div>
		<table class="bbs_prevnext" summary="이전글, 다음글">
			<tr><th scope="row">이전글</th><td><a>2026 청주 겨울빛축제 12월 19일 개막…관람객 15만 명 목표</a></td></tr>
			<tr><th scope="row">다음글</th><td><a>청주시, 내년 본예산 3조 9,870억원 편성…올해보다 4.2% 증가</a></td></tr>
		</table>
		<div class="btn_area"><a class="btn_list" href="/www/selectBbsNttList.do?bbsNo=40">목록</a></div>
		<div class="satisfaction">
			<h4>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</h4>
			<label><input type="radio" name="score" value="5"> 매우만족</label> <label><input type="radio" name="score" value="4"> 만족</label> <label><input type="radio" name="score" value="3"> 보통</label> <label><input type="radio" name="score" value="2"> 불만족</label> <label><input type="radio" name="score" value="1"> 매우불만족</label> <button type="button">평가하기</button>
			<p class="manager">담당부서 : 상수도사업본부 요금관리과 &nbsp; 연락처 : 043-201-3215 &nbsp; 최종수정일 : 2026-11-30</p>
		</div>
	</div>
</div>
<div id="footer">
	<p class="addr">(28501) 충청북도 청주시 상당구 상당로 155 청주시청 &nbsp; 대표전화 043-201-2114 (평일 09:00~18:00)</p>
	<p class="copy">COPYRIGHT ⓒ CHEONGJU CITY. ALL RIGHTS RESERVED.</p>
</div>
</div>
</body>
</html>
"""


article(
    name="01_cheongju_water_rates_city_board_html", ext="html", published="2026-12-03",
    title="청주시, 내년 1월부터 상수도 요금 톤당 780원으로 인상",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["본문 바로가기", "주메뉴 바로가기", "서원구", "ENGLISH", "열린시장실", "분야별정보", "고시공고", "입법예고", "HOME", "페이스북",
               "요금관리과", "조회수", "2,417", "043-201-3215", "첨부파일", "(2027~2028).hwp", "148KB", "바로보기", "단위: 원/㎥", "9.6%", "9.3%",
               "공공누리", "이전글", "겨울빛축제", "15만 명 목표", "다음글", "3조 9,870억원", "4.2% 증가", "목록", "만족하십니까", "매우만족",
               "평가하기", "최종수정일", "2026-11-30", "28501", "상당로 155", "043-201-2114", "CHEONGJU CITY"],
    notes=("A city hall '시정소식' board page (청주시청-like HTML): skip links, util bar, gnb, lnb '청주소식', location, h3 '시정소식', SNS/print "
           "links, then **table.bbs_view with th/td metadata rows: 제목 (the title) / 작성자 '상수도사업본부 요금관리과' / 작성일 2026-12-03 / "
           "조회수 2,417 / 전화번호 / 첨부파일 '(2027~2028).hwp'**, the body = the p of **td.bbs_content** (which also holds a **table.tbl_rate "
           "rate table** with figures — furniture), then the 공공누리 mark, an 이전글/다음글 table (figures), 목록 button, a satisfaction "
           "survey with **'최종수정일 : 2026-11-30'** (page date, before the post) and the footer. published: the 작성일 row 2026-12-03 (= "
           "'3일 밝혔다'). No deck. Conventions: '평균 720원에서 780원으로 60원(8.3%) 올린다' one gold endpoint change with delta (the "
           "bracketed rate's %-change optional); per-unit bases '톤(㎥)당', '톤당' optional counts; '2019년 이후 7년 만' open-ended from 2019 "
           "(a date directly before 이후, blind9), '7년 만' optional; '지난해 말 기준' gold 2025-12 (day optional); '11개 시·군' gold count; "
           "'평균(84.1%)' a comparison between places, no change; '2019년 812원에서 지난해 943원으로 16.1% 오르는' gold endpoint change (rate "
           "optional); '올해 146억원에서 2028년 312억원으로 두 배 넘게' gold endpoint change ('두 배' optional readings only); '내년 1월 톤당 "
           "560원에서 610원으로 오른 뒤 2028년 1월 660원으로 한 차례 더' two gold changes: 560→610 and {after: 660} (its 610→660 and the "
           "overall 560→660 readings optional); '월평균 20톤' a measure and '4인 가구' a household size (optional); '월 3만 2,400원에서 3만 "
           "4,600원으로 2,200원' gold endpoint change with delta; '1만 8,600가구', '2만 4,000여 가구' (approx) gold counts; '2,140건으로 5년 "
           "전보다 38% 늘었다' two gold changes ({after, 건} and {delta 38, %}), the count optional, '5년 전' a base (optional); '지난달 12일부터 "
           "25일까지' one period 2026-11-12..25 (parts optional); '현재 11.2%에서 2030년 7% 이하로' a %-level change {before, after} (no "
           "unit). Organisations: 청주시 상수도사업본부 (이하 사업본부), 청주시, 청주시의회; 충북 is a region. 김도윤 is a person."),
)


# ---------------------------------------------------------------------------
# 02 대한항공 3분기 실적, economic daily 'LIVE' page (main article + time-stamped live feed), 2026-11-13
# ---------------------------------------------------------------------------
Q3_2026 = ("2026-07", "2026-09")
Q3_2025 = ("2025-07", "2025-09")
A02 = [
    ("대한항공이 올해 3분기(7~9월) 연결 기준 매출 4조 8,730억원, 영업이익 6,210억원을 기록했다고 13일 공시했다. 매출은 지난해 같은 기간보다 5.2% 늘었고, 영업이익은 4,980억원에서 6,210억원으로 24.7% 증가했다.", [
        p("올해 3분기", *Q3_2026), p("7~9월", *Q3_2026, opt=True), p("올해 3분기(7~9월)", *Q3_2026, opt=True),
        m("4조 8,730억원", 4 * JO + 8730 * EOK), m("6,210억원", 6210 * EOK), p("13일", "2026-11-13", "2026-11-13"),
        *base("지난해 같은 기간", Q3_2025), pc("5.2%", 5.2), ch("매출은 지난해 같은 기간보다 5.2% 늘었고", delta=5.2, unit="%"),
        ch("매출 4조 8,730억원", after=4 * JO + 8730 * EOK, unit="KRW", opt=True),
        m("4,980억원", 4980 * EOK), m("6,210억원", 6210 * EOK),
        ch("4,980억원에서 6,210억원으로 24.7% 증가했다", before=4980 * EOK, after=6210 * EOK, unit="KRW"),
        pc("24.7%", 24.7), ch("24.7% 증가했다", delta=24.7, unit="%", opt=True),
    ]),
    ("당기순이익은 3,870억원으로 12.3% 줄었다. 원·달러 환율 상승으로 외화환산손실이 1,150억원 발생한 탓이다. 연료비는 항공유 가격이 배럴당 평균 94달러에서 87달러로 떨어지면서 1조 3,960억원으로 4.6% 감소했다. 영업이익률은 12.7%로 지난해 같은 기간(10.8%)보다 1.9%포인트 높아졌다.", [
        m("3,870억원", 3870 * EOK), pc("12.3%", 12.3), ch("3,870억원으로", after=3870 * EOK, unit="KRW"), ch("12.3% 줄었다", delta=-12.3, unit="%"),
        m("1,150억원", 1150 * EOK),
        PER("배럴당", "배럴"), USD("94달러", 94), USD("87달러", 87), ch("평균 94달러에서 87달러로 떨어지면서", before=94, after=87, unit="USD"),
        m("1조 3,960억원", 1 * JO + 3960 * EOK), pc("4.6%", 4.6), ch("1조 3,960억원으로", after=1 * JO + 3960 * EOK, unit="KRW"),
        ch("4.6% 감소했다", delta=-4.6, unit="%"),
        pc("12.7%", 12.7), *base("지난해 같은 기간", Q3_2025), pc("10.8%", 10.8), pc("1.9%포인트", 1.9),
        ch("12.7%로 지난해 같은 기간(10.8%)보다 1.9%포인트 높아졌다", before=10.8, after=12.7, delta=1.9),
        ch("1.9%포인트 높아졌다", delta=1.9, unit="%p", opt=True),
    ]),
    ("부문별로는 여객 사업 매출이 3조 1,240억원으로 8.9% 늘었다. 3분기 국제선 여객 수는 612만 명으로 1년 전(568만 명)보다 44만 명 늘었고, 국제선 탑승률(L/F)은 84.6%로 분기 기준 역대 최고치를 기록했다. 노선별 탑승률은 미주 노선이 88.1%로 가장 높았고 일본(86.3%), 동남아(83.5%) 노선이 뒤를 이었다.", [
        m("3조 1,240억원", 3 * JO + 1240 * EOK), pc("8.9%", 8.9), ch("3조 1,240억원으로", after=3 * JO + 1240 * EOK, unit="KRW"),
        ch("8.9% 늘었다", delta=8.9, unit="%"),
        p("3분기", *Q3_2026), c("612만 명", 612 * MAN, "명", opt=True), *base("1년 전", Q3_2025, ("2025", "2025")),
        c("568만 명", 568 * MAN, "명", opt=True), c("44만 명", 44 * MAN, "명", opt=True),
        ch("612만 명으로 1년 전(568만 명)보다 44만 명 늘었고", before=568 * MAN, after=612 * MAN, delta=44 * MAN, unit="명"),
        ch("44만 명 늘었고", delta=44 * MAN, unit="명", opt=True),
        pc("84.6%", 84.6), p("분기 기준", None, None, opt=True), p("분기 기준", *Q3_2026, opt=True),
        pc("88.1%", 88.1), pc("86.3%", 86.3), pc("83.5%", 83.5),
    ]),
    ("반면 화물 사업 매출은 1조 2,050억원으로 지난해 같은 기간보다 7.8% 감소했다. 미국의 관세 인상 여파로 미주행 반도체·전자부품 물동량이 줄면서 화물 수송실적(FTK)은 4.1% 줄었다. 화물 운임은 ㎏당 평균 4,820원에서 4,390원으로 떨어졌다.", [
        m("1조 2,050억원", 1 * JO + 2050 * EOK), *base("지난해 같은 기간", Q3_2025), pc("7.8%", 7.8),
        ch("1조 2,050억원으로", after=1 * JO + 2050 * EOK, unit="KRW"), ch("지난해 같은 기간보다 7.8% 감소했다", delta=-7.8, unit="%"),
        pc("4.1%", 4.1), ch("4.1% 줄었다", delta=-4.1, unit="%"),
        PER("㎏당", "㎏"), m("4,820원", 4820), m("4,390원", 4390), ch("평균 4,820원에서 4,390원으로 떨어졌다", before=4820, after=4390, unit="KRW"),
    ]),
    ("대한항공은 3분기에 보잉 787-10 등 신규 항공기 6대를 들여왔다. 아시아나항공과의 통합 작업을 마무리해 오는 2027년 1월 통합 항공사를 출범시키고, 보유 항공기를 현재 238대에서 2030년까지 270대로 늘릴 계획이다. 통합 이후 국제선 노선은 124개, 취항 도시는 48개국 118곳이 된다.", [
        p("3분기", *Q3_2026), c("6대", 6, "대"), ch("신규 항공기 6대를 들여왔다", delta=6, unit="대", opt=True),
        p("오는 2027년 1월", "2027-01", "2027-01"), p("현재", None, None, opt=True),
        c("238대", 238, "대", opt=True), p("2030년까지", None, "2030"), c("270대", 270, "대", opt=True),
        ch("현재 238대에서 2030년까지 270대로 늘릴", before=238, after=270, unit="대"),
        c("124개", 124, "개"), c("48개국", 48, "개국"), c("118곳", 118, "곳"),
    ]),
    ("증권가는 대한항공의 올해 연간 영업이익이 2조 3,000억원 안팎으로 지난해(1조 9,400억원)를 웃돌 것으로 보고 있다. 최가은 NH투자증권 연구원은 “내년 상반기까지 중국·일본 노선 수요가 견조할 것”이라며 목표주가를 3만 2,000원에서 3만 6,000원으로 올렸다.", [
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True),
        m("2조 3,000억원 안팎", 2 * JO + 3000 * EOK, q="approx"), p("지난해", "2025", "2025"), m("1조 9,400억원", 1 * JO + 9400 * EOK),
        ch("2조 3,000억원 안팎으로 지난해(1조 9,400억원)를 웃돌", before=1 * JO + 9400 * EOK, after=2 * JO + 3000 * EOK, unit="KRW", opt=True),
        p("내년 상반기까지", None, "2027-06"),
        m("3만 2,000원", 3 * MAN + 2000), m("3만 6,000원", 3 * MAN + 6000),
        ch("목표주가를 3만 2,000원에서 3만 6,000원으로 올렸다", before=3 * MAN + 2000, after=3 * MAN + 6000, unit="KRW"),
    ]),
]
ORG02 = [o("대한항공"), o("아시아나항공"), o("NH투자증권"), o("보잉", opt=True), o("증권가", opt=True)]


def page02(paras, title):
    ps = "\n\t\t".join(f"<p>{esc(t)}</p>" for t in paras)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[LIVE] 3분기 실적 시즌 실시간 | 코리아마켓데일리</title>
<meta property="og:site_name" content="코리아마켓데일리">
<meta property="og:type" content="website">
<meta property="og:title" content="[LIVE] 3분기 실적 시즌 실시간">
<link rel="stylesheet" href="https://static.kmdaily.co.kr/css/live.v3.css">
</head>
<body class="page-live">
<header class="gnb">
	<a class="logo" href="https://www.kmdaily.co.kr/">코리아마켓데일리</a>
	<nav><ul><li>증권</li><li>산업</li><li>부동산</li><li>국제</li><li>오피니언</li><li class="on">LIVE</li></ul></nav>
	<div class="util"><a>로그인</a> <a>구독신청</a></div>
</header>
<div class="market-bar"><span>코스피 2,987.41 ▲12.30(+0.41%)</span> <span>코스닥 871.06 ▼2.15(-0.25%)</span> <span>원/달러 1,452.30 ▲3.10</span></div>
<main class="live-wrap">
	<div class="live-head">
		<span class="badge-live">● LIVE</span>
		<h2 class="live-title">3분기 실적 시즌 실시간 업데이트</h2>
		<p class="live-desc">상장사 실적 발표를 실시간으로 전합니다. 화면은 1분마다 자동으로 새로 고쳐집니다.</p>
		<span class="live-updated">최종 업데이트 2026.11.13 16:48</span>
	</div>
	<article class="live-main">
		<div class="live-stamp"><time datetime="2026-11-13T15:02:00+09:00">15:02</time> <span class="tag">주요</span></div>
		<h1 class="headline">{esc(title)}</h1>
		<div class="byline"><span class="name">한서진 기자</span> <span class="date">입력 2026.11.13 15:02</span> <span class="date">수정 2026.11.13 15:40</span></div>
		<div class="article-body">
		{ps}
		</div>
		<p class="copyright">한서진 기자 sjhan@kmdaily.co.kr ⓒ 코리아마켓데일리, 무단전재 및 재배포 금지</p>
	</article>
	<section class="live-feed">
		<h3 class="feed-title">실시간 업데이트</h3>
		<ol>
			<li class="live-item"><time datetime="2026-11-13T16:48:00+09:00">16:48</time>
				<h4>제주항공, 3분기 영업이익 412억원…탑승률 91.2%</h4>
				<p>제주항공은 3분기 매출 4,870억원, 영업이익 412억원을 기록했다고 공시했다. 일본 노선 증편 효과로 탑승률이 91.2%까지 올랐다.</p></li>
			<li class="live-item"><time datetime="2026-11-13T16:10:00+09:00">16:10</time>
				<h4>티웨이항공 3분기 영업손실 215억원…적자 전환</h4>
				<p>티웨이항공은 유럽 노선 신규 취항 비용이 늘면서 3분기 영업손실 215억원을 냈다. 지난해 같은 기간에는 영업이익 97억원을 냈다.</p></li>
			<li class="live-item"><time datetime="2026-11-13T14:20:00+09:00">14:20</time>
				<h4>[속보] 아시아나항공 3분기 영업이익 1,320억원…전년比 18%↑</h4></li>
			<li class="live-item"><time datetime="2026-11-13T13:41:00+09:00">13:41</time>
				<h4>진에어, 3분기 매출 3,880억원 역대 최대</h4>
				<p>진에어의 3분기 매출은 3,880억원으로 분기 기준 최대를 기록했다. 영업이익은 506억원이었다.</p></li>
		</ol>
		<button class="more">이전 업데이트 더보기</button>
	</section>
</main>
<aside class="ranking">
	<h3>많이 본 뉴스</h3>
	<ol><li>삼성전자 3분기 반도체 영업익 9조 8,000억원</li><li>국제유가 5주 만에 배럴당 70달러 회복</li><li>LCC 9곳 중 6곳 3분기 흑자</li></ol>
</aside>
<footer class="site-footer">
	<p>코리아마켓데일리 | 서울특별시 영등포구 국제금융로 20 | 등록번호 서울 아52210 | 발행·편집인 오태석 | 대표전화 02-3771-0000</p>
	<p>Copyright © Korea Market Daily. All rights reserved.</p>
</footer>
</body>
</html>
"""


article(
    name="02_korean_air_q3_live_page_html", ext="html", published="2026-11-13",
    title="대한항공, 3분기 영업이익 6,210억원…국제선 탑승률 84.6% '분기 최고'",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["구독신청", "코스피 2,987.41", "871.06", "1,452.30", "● LIVE", "실적 시즌 실시간", "자동으로 새로 고쳐집니다", "최종 업데이트",
               "한서진 기자", "sjhan@", "ⓒ 코리아마켓데일리", "실시간 업데이트", "제주항공", "412억원", "91.2%", "4,870억원", "티웨이항공", "215억원",
               "적자 전환", "97억원", "[속보]", "1,320억원", "18%↑", "진에어", "3,880억원", "506억원", "이전 업데이트 더보기", "많이 본 뉴스",
               "9조 8,000억원", "5주 만에", "70달러 회복", "LCC 9곳", "국제금융로 20", "아52210", "오태석", "02-3771-0000", "Korea Market Daily"],
    notes=("An economic daily's **'LIVE' 실적 page** (코리아마켓데일리, invented): gnb, market bar (indices), live head ('● LIVE', feed "
           "title, auto-refresh note, **'최종 업데이트 2026.11.13 16:48'**), then **article.live-main** (time stamp 15:02 with a datetime "
           "attribute, h1, byline '입력 2026.11.13 15:02 / 수정 15:40', div.article-body p, copyright) and **section.live-feed with "
           "time-stamped updates about other airlines (h4 + p, figures)**, 많이 본 뉴스, footer. The page's title/og are the live feed's "
           "('[LIVE] 3분기 실적 시즌 실시간'), not the article's; only the main article is body. published: 2026-11-13 (입력; = '13일 공시'). "
           "No deck. Conventions: '올해 3분기(7~9월)' one gold period 2026-07..09 (the bracket optional); '매출은 지난해 같은 기간보다 5.2% "
           "늘었고' a gold %-change (the level two clauses before: its after-change optional); '4,980억원에서 6,210억원으로 24.7% 증가' "
           "gold endpoint change (rate optional); 'A로 N% 줄었다/늘었다/감소했다' two gold changes ({after, KRW} and {delta, %}); '4.1% "
           "줄었다' (수송실적, base established) a gold %-change; '배럴당 평균 94달러에서 87달러로' a gold USD change (per-unit base "
           "optional); '12.7%로 지난해 같은 기간(10.8%)보다 1.9%포인트' gold %-level change {before, after, delta} (no unit); '612만 명으로 1년 "
           "전(568만 명)보다 44만 명 늘었고' gold endpoint change with delta (counts optional); '분기 기준' optional; '㎏당 평균 4,820원에서 "
           "4,390원으로' gold; '신규 항공기 6대를 들여왔다' a gold count (no '추가': the delta reading optional); '현재 238대에서 2030년까지 "
           "270대로' gold count change (counts optional); '124개', '48개국' (unit 개국), '118곳' gold counts; '보잉 787-10' a name; a forecast "
           "vs last year ('2조 3,000억원 안팎으로 지난해(1조 9,400억원)를 웃돌') no gold change (blind10), '안팎' approx; '내년 상반기까지' "
           "open start, end 2027-06; '목표주가를 3만 2,000원에서 3만 6,000원으로' gold. Organisations: 대한항공, 아시아나항공, NH투자증권; "
           "보잉 optional; 미국 is a country. 최가은 is a person."),
)


# ---------------------------------------------------------------------------
# 03 지난해 농가소득, print-version text dump ('[인쇄하기] [창닫기]' + URL line), 2026-05-22
# ---------------------------------------------------------------------------
A03 = [
    ("농업소득 948만원, 1년 새 6.5% 줄어…쌀값 하락·경영비 상승 탓", [
        m("948만원", 948 * MAN), ch("농업소득 948만원", after=948 * MAN, unit="KRW"), *base("1년 새", ("2024", "2024"), ("2025", "2025")),
        pc("6.5%", 6.5), ch("1년 새 6.5% 줄어", delta=-6.5, unit="%"),
    ]),
    ("지난해 농가 가구당 평균 소득이 5,312만원으로 1년 전보다 4.1% 늘어 처음으로 5,300만원을 넘어섰다. 하지만 농사를 지어 번 농업소득은 948만원으로 2년 연속 줄었다.", [
        p("지난해", "2025", "2025"), PER("가구당", "가구"), m("5,312만원", 5312 * MAN), *base("1년 전", ("2024", "2024")), pc("4.1%", 4.1),
        ch("5,312만원으로", after=5312 * MAN, unit="KRW"), ch("1년 전보다 4.1% 늘어", delta=4.1, unit="%"),
        m("5,300만원", 5300 * MAN, q="at_least"), ch("5,300만원을 넘어섰다", after=5300 * MAN, unit="KRW", opt=True),
        m("948만원", 948 * MAN), ch("948만원으로 2년 연속 줄었다", after=948 * MAN, unit="KRW"),
        p("2년 연속", None, None, opt=True), c("2년", 2, "년", opt=True),
    ]),
    ("국가데이터처가 21일 발표한 ‘2025년 농가 및 어가경제조사 결과’에 따르면 지난해 농가소득은 5,312만원으로 2024년(5,103만원)보다 209만원 증가했다. 농업소득은 948만원으로 전년(1,014만원)보다 66만원(6.5%) 감소했다.", [
        p("21일", "2026-05-21", "2026-05-21"), p("2025년", "2025", "2025", opt=True), p("지난해", "2025", "2025"),
        m("5,312만원", 5312 * MAN), p("2024년", "2024", "2024"), m("5,103만원", 5103 * MAN), m("209만원", 209 * MAN),
        ch("5,312만원으로 2024년(5,103만원)보다 209만원 증가했다", before=5103 * MAN, after=5312 * MAN, delta=209 * MAN, unit="KRW"),
        ch("209만원 증가했다", delta=209 * MAN, unit="KRW", opt=True),
        m("948만원", 948 * MAN), *base("전년", ("2024", "2024")), m("1,014만원", 1014 * MAN), m("66만원", 66 * MAN), pc("6.5%", 6.5),
        ch("948만원으로 전년(1,014만원)보다 66만원(6.5%) 감소했다", before=1014 * MAN, after=948 * MAN, delta=-66 * MAN, unit="KRW"),
        ch("66만원(6.5%) 감소했다", delta=-6.5, unit="%", opt=True), ch("66만원(6.5%) 감소했다", delta=-66 * MAN, unit="KRW", opt=True),
    ]),
    ("소득 종류별로는 농외소득이 2,086만원으로 5.3% 늘었고, 공익직불금 등 이전소득은 1,870만원으로 12.4% 증가했다. 비경상소득은 408만원이었다. 이전소득이 농가소득에서 차지하는 비중은 35.2%로 농업소득 비중(17.8%)의 두 배에 이르렀다.", [
        m("2,086만원", 2086 * MAN), pc("5.3%", 5.3), ch("2,086만원으로", after=2086 * MAN, unit="KRW"), ch("5.3% 늘었고", delta=5.3, unit="%"),
        m("1,870만원", 1870 * MAN), pc("12.4%", 12.4), ch("1,870만원으로", after=1870 * MAN, unit="KRW"), ch("12.4% 증가했다", delta=12.4, unit="%"),
        m("408만원", 408 * MAN), pc("35.2%", 35.2), pc("17.8%", 17.8), *mult("두 배", 2),
    ]),
    ("농업소득이 줄어든 것은 쌀값 하락과 생산비 증가가 겹쳤기 때문이다. 지난해 수확기 산지 쌀값은 80㎏ 한 가마에 18만 2,000원으로 2024년보다 1만 1,000원 떨어졌고, 비료·사료·인건비 등 농업경영비는 2,716만원에서 2,901만원으로 6.8% 늘었다.", [
        p("지난해", "2025", "2025"), p("지난해 수확기", "2025", "2025", opt=True), p("지난해 수확기", "2025-10", "2025-12", opt=True),
        p("수확기", None, None, opt=True), c("80㎏", 80, "㎏", opt=True), c("한 가마", 1, "가마", opt=True),
        m("18만 2,000원", 18 * MAN + 2000), p("2024년", "2024", "2024"), m("1만 1,000원", 1 * MAN + 1000),
        ch("18만 2,000원으로 2024년보다 1만 1,000원 떨어졌고", after=18 * MAN + 2000, delta=-(1 * MAN + 1000), unit="KRW"),
        ch("18만 2,000원으로 2024년보다 1만 1,000원 떨어졌고", before=19 * MAN + 3000, after=18 * MAN + 2000, delta=-(1 * MAN + 1000), unit="KRW", opt=True),
        ch("1만 1,000원 떨어졌고", delta=-(1 * MAN + 1000), unit="KRW", opt=True),
        m("2,716만원", 2716 * MAN), m("2,901만원", 2901 * MAN), ch("2,716만원에서 2,901만원으로 6.8% 늘었다", before=2716 * MAN, after=2901 * MAN, unit="KRW"),
        pc("6.8%", 6.8), ch("6.8% 늘었다", delta=6.8, unit="%", opt=True),
    ]),
    ("경영주 연령별로는 70세 이상 농가의 소득이 3,905만원으로 가장 적었고, 50대 농가가 7,140만원으로 가장 많았다. 영농 형태별로는 축산 농가가 1억 1,420만원으로 논벼 농가(3,560만원)의 3.2배에 달했다.", [
        AGE("70세 이상", 70), m("3,905만원", 3905 * MAN), c("50대", 50, "대", opt=True), AGE("50대", 50), m("7,140만원", 7140 * MAN),
        m("1억 1,420만원", 1 * EOK + 1420 * MAN), m("3,560만원", 3560 * MAN), *mult("3.2배", 3.2),
    ]),
    ("농가 평균 자산은 6억 2,180만원으로 2.9% 늘었지만, 부채도 4,312만원으로 1년 새 8.7% 증가했다. 전체 농가 가운데 부채가 있는 농가 비율은 58.4%였다.", [
        m("6억 2,180만원", 6 * EOK + 2180 * MAN), pc("2.9%", 2.9), ch("6억 2,180만원으로", after=6 * EOK + 2180 * MAN, unit="KRW"),
        ch("2.9% 늘었지만", delta=2.9, unit="%"),
        m("4,312만원", 4312 * MAN), *base("1년 새", ("2024", "2024"), ("2025", "2025")), pc("8.7%", 8.7),
        ch("4,312만원으로", after=4312 * MAN, unit="KRW"), ch("1년 새 8.7% 증가했다", delta=8.7, unit="%"), pc("58.4%", 58.4),
    ]),
    ("농림축산식품부(이하 농식품부)는 농업소득 감소에 대응해 올해 하반기부터 논에 콩·가루쌀 등을 재배하는 농가에 주는 전략작물직불금을 ha당 50만원에서 100만원으로 올린다. 2030년까지 청년농 3만 명을 육성해 농가 고령화에도 대응할 계획이다.", [
        p("올해 하반기부터", "2026-07", None), p("올해 하반기", "2026-07", "2026-12", opt=True), PER("ha당", "ha"),
        m("50만원", 50 * MAN), m("100만원", 100 * MAN), ch("ha당 50만원에서 100만원으로 올린다", before=50 * MAN, after=100 * MAN, unit="KRW"),
        p("2030년까지", None, "2030"), c("3만 명", 3 * MAN, "명"),
    ]),
    ("김서윤 한국농촌경제연구원 연구위원은 “농업소득이 농가소득의 5분의 1도 안 되는 구조가 굳어지고 있다”며 “직불금 확대만으로는 한계가 있는 만큼 스마트농업 등으로 생산성을 높여야 한다”고 말했다.", [
        *mult("5분의 1", 0.2),
    ]),
]
ORG03 = [o("국가데이터처"), o("농림축산식품부", ["농식품부"]), o("한국농촌경제연구원", ["농경연"])]


def page03(paras, title):
    head = """[인쇄하기] [창닫기]

들녘일보
기사 URL : https://www.deulnyeok.co.kr/news/articleView.html?idxno=48213

""" + title + """
""" + paras[0] + """

김하늘 기자  |  승인 2026.05.22 14:10  |  수정 2026.05.22 17:32

"""
    body = ("\n\n".join(paras[1:4])
            + "\n\n▲ 지난해 10월 전북 김제시 부량면 들녘에서 농민이 콤바인으로 벼를 수확하고 있다. ⓒ들녘일보 DB\n\n"
            + "\n\n".join(paras[4:]))
    tail = """

김하늘 기자 sky@deulnyeok.co.kr
<저작권자 © 들녘일보 무단전재 및 재배포금지>

출처 : 들녘일보(https://www.deulnyeok.co.kr)
"""
    return head + body + tail


article(
    name="03_farm_household_income_print_dump", ext="txt", published="2026-05-22",
    title="지난해 농가소득 5,312만원…농업소득은 2년 연속 감소",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["[인쇄하기]", "[창닫기]", "기사 URL", "idxno=48213", "김하늘 기자", "승인 2026.05.22", "수정 2026.05.22 17:32", "부량면", "콤바인",
               "ⓒ들녘일보 DB", "sky@", "저작권자 © 들녘일보", "출처 : 들녘일보"],
    notes=("A **print-version text dump** (들녘일보, invented): '[인쇄하기] [창닫기]', the paper's name, **'기사 URL : https://…'**, title, "
           "**one deck line**, byline row **'김하늘 기자 | 승인 2026.05.22 14:10 | 수정 2026.05.22 17:32'**, body paragraphs with a '▲' photo "
           "caption between them, e-mail, copyright, '출처 : 들녘일보(URL)'. published: the 승인 date 2026-05-22 (the survey was released "
           "'21일' = 2026-05-21). The deck line is body. Conventions: deck '농업소득 948만원, 1년 새 6.5% 줄어' two gold changes ({after} and "
           "{delta −6.5 %}), '1년 새' a base (optional); '5,312만원으로 1년 전보다 4.1% 늘어' two gold changes; '5,300만원을 넘어섰다' at_least "
           "money (change optional); '948만원으로 2년 연속 줄었다' a gold after-change, '2년 연속' optional; '‘2025년 농가 및 어가경제조사 "
           "결과’' the year inside a survey's name optional (Conventions: years inside a plan's name); '5,312만원으로 2024년(5,103만원)보다 "
           "209만원 증가' and '948만원으로 전년(1,014만원)보다 66만원(6.5%) 감소' gold endpoint changes with delta (the bracketed rate's "
           "%-change optional; '전년' a base, optional); '2,086만원으로 5.3% 늘었고', '1,870만원으로 12.4% 증가' two gold changes each; "
           "'비중(17.8%)의 두 배' optional readings only; '80㎏ 한 가마' measure/base optional; '18만 2,000원으로 2024년보다 1만 1,000원 "
           "떨어졌고' {after, delta} (the computed before optional); '2,716만원에서 2,901만원으로 6.8% 늘었다' gold endpoint change (rate "
           "optional); **'50대 농가' an age band (optional count, not 50 vehicles)**, '70세 이상' optional; '1억 1,420만원' 억+만 money; "
           "'(3,560만원)의 3.2배' optional readings only; '6억 2,180만원으로 2.9% 늘었지만', '4,312만원으로 1년 새 8.7% 증가' two gold "
           "changes each; '올해 하반기부터' open-ended from 2026-07; 'ha당 50만원에서 100만원으로' gold; '2030년까지 청년농 3만 명' gold "
           "period and count; '5분의 1' optional readings only; '지난해 수확기' gold 2025 for '지난해' (the harvest-season readings optional). "
           "Organisations: 국가데이터처, 농림축산식품부 (이하 농식품부), 한국농촌경제연구원. 김서윤 is a person."),
)


# ---------------------------------------------------------------------------
# 04 대구·경북 전공의 충원율, regional broadcaster news-script dump ('◀ 앵 커 ▶', '◀ 리포트 ▶', '(영상취재: …)'), 2026-03-17
# ---------------------------------------------------------------------------
A04 = [
    ("대구·경북 수련병원의 전공의 충원율이 올해 60%대에 머물면서 지역 필수의료 공백이 길어지고 있습니다. 정부가 지역 전공의 정원 비율을 높였지만 지원자는 여전히 수도권으로 몰리고 있는데요. 김태훈 기자가 보도합니다.", [
        p("올해", "2026", "2026"), pc("60%대", 60, opt=True),
    ]),
    ("경북대병원과 계명대 동산병원 등 대구·경북 12개 수련병원이 올해 상반기 모집한 전공의는 모두 486명입니다. 이 가운데 이달 1일 수련을 시작한 전공의는 311명으로, 충원율은 64%에 그쳤습니다.", [
        c("12개", 12, "개"), p("올해 상반기", "2026-01", "2026-06"), c("486명", 486, "명"),
        p("이달 1일", "2026-03-01", "2026-03-01"), c("311명", 311, "명"), pc("64%", 64),
    ]),
    ("수도권과의 격차는 더 벌어졌습니다. 서울 주요 수련병원의 충원율은 91.5%로 지난해보다 3.2%p 올랐지만, 대구·경북은 지난해 68.7%에서 4.7%p 떨어졌습니다.", [
        pc("91.5%", 91.5), p("지난해", "2025", "2025"), pc("3.2%p", 3.2), ch("91.5%로 지난해보다 3.2%p 올랐지만", after=91.5, delta=3.2),
        ch("지난해보다 3.2%p 올랐지만", delta=3.2, unit="%p", opt=True),
        p("지난해", "2025", "2025"), pc("68.7%", 68.7), pc("4.7%p", 4.7), ch("지난해 68.7%에서 4.7%p 떨어졌습니다", before=68.7, delta=-4.7),
        ch("지난해 68.7%에서 4.7%p 떨어졌습니다", before=68.7, after=64, delta=-4.7, opt=True), ch("4.7%p 떨어졌습니다", delta=-4.7, unit="%p", opt=True),
    ]),
    ("필수의료 과목은 더 심각합니다. 소아청소년과는 정원 38명 가운데 9명만 채워 충원율이 23.7%에 머물렀고, 흉부외과는 14명 모집에 단 2명이 지원했습니다. 산부인과 전공의는 지난해 21명에서 올해 13명으로 8명 줄었습니다.", [
        c("38명", 38, "명"), c("9명", 9, "명"), pc("23.7%", 23.7), c("14명", 14, "명"), c("2명", 2, "명"),
        p("지난해", "2025", "2025"), c("21명", 21, "명", opt=True), p("올해", "2026", "2026"), c("13명", 13, "명", opt=True), c("8명", 8, "명", opt=True),
        ch("지난해 21명에서 올해 13명으로 8명 줄었습니다", before=21, after=13, delta=-8, unit="명"),
        ch("8명 줄었습니다", delta=-8, unit="명", opt=True),
    ]),
    ("“전공의가 없으니까 교수들이 일주일에 두세 번씩 당직을 서고 있어요. 이대로 가면 3~4년 안에 지역에서 소아 응급진료를 못 하는 병원이 나올 겁니다.”", [
        p("일주일에", None, None, opt=True), c("일주일", 1, "주일", opt=True),
        p("3~4년 안에", None, None, opt=True), p("3~4년", None, None, opt=True), c("3~4년", 3, "년", opt=True), c("3~4년", 4, "년", opt=True),
    ]),
    ("보건복지부는 지난해 12월 비수도권 전공의 정원 비율을 45%에서 50%로 높이고, 지역에서 수련하는 전공의에게 월 100만원의 수련수당을 주는 ‘지역 전공의 지원사업’을 시작했습니다. 올해 사업 예산은 전국 428억원으로, 이 가운데 61억원이 대구·경북에 배정됐습니다.", [
        p("지난해 12월", "2025-12", "2025-12"), pc("45%", 45), pc("50%", 50), ch("45%에서 50%로 높이고", before=45, after=50),
        ch("45%에서 50%로 높이고", before=45, after=50, delta=5, opt=True),
        m("100만원", 100 * MAN), p("올해", "2026", "2026"), m("428억원", 428 * EOK), m("61억원", 61 * EOK),
    ]),
    ("하지만 수당만으로는 역부족이라는 지적입니다. 경상북도는 내년까지 도내 공공의료기관 4곳에 전문의 27명을 추가로 배치하고, 지역 근무를 조건으로 의대생 1인당 연간 2,400만원의 장학금을 주는 지역의사 장학제도를 2027년부터 시행하기로 했습니다.", [
        p("내년까지", None, "2027"), c("4곳", 4, "곳"), c("27명", 27, "명", opt=True), ch("전문의 27명을 추가로 배치", delta=27, unit="명"),
        PER("1인당", "인"), p("연간", None, None, opt=True), m("2,400만원", 2400 * MAN), p("2027년부터", "2027", None),
    ]),
    ("지역 수련병원들은 다음 달 말까지 추가 모집에 나설 계획이지만, 지원자가 얼마나 될지는 미지수입니다.", [
        p("다음 달 말까지", None, "2026-04"), p("다음 달 말까지", None, "2026-04-30", opt=True), p("다음 달 말", "2026-04", "2026-04", opt=True),
    ]),
]
ORG04 = [
    o("경북대병원", ["경북대학교병원"]), o("계명대 동산병원", ["계명대학교 동산병원", "동산병원"]), o("보건복지부", ["복지부"]),
    o("경상북도", ["경북도"]), o("정부", opt=True), o("공공의료기관", opt=True), o("수련병원", opt=True),
]


def page04(paras, title):
    head = """NDB 새대구방송
TV | 라디오 | 뉴스 | 시사·교양 | 편성표 | 다시보기 | 시청자센터
뉴스 > 뉴스데스크 > 사회

[뉴스데스크] """ + title + """
김태훈 기자   2026년 03월 17일 20시 14분   조회 1,382
▶ 동영상 재생 (02:31)   |   공유   |   인쇄

"""
    body = ("◀ 앵 커 ▶\n" + paras[0] + "\n\n◀ 리포트 ▶\n" + "\n\n".join(paras[1:4])
            + "\n\n◀ INT ▶ 이정훈 / 칠곡경북대병원 소아청소년과 교수\n" + paras[4]
            + "\n\n" + "\n\n".join(paras[5:7])
            + "\n\n◀ st-up ▶\n" + paras[7]
            + "\n\nNDB뉴스 김태훈입니다. (영상취재: 이승현, 그래픽: 박소영)")
    tail = """

#전공의  #필수의료  #지역의료  #뉴스데스크
Copyright © NDB 새대구방송. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지

관련 뉴스
· 지난해 하반기 전공의 복귀율 72%…대구·경북은 58% (2025-09-30)
· 경북 공공병원 응급실 야간 진료 중단 3곳으로 늘어 (2026-02-11)

이 시각 많이 본 뉴스
1. 대구 아파트 미분양 9,812가구…석 달째 증가
2. 경북 산불 피해 면적 1,240ha 잠정 집계
3. 대구FC, 개막 3연승…세징야 2골

제보 053-740-0000 | 카카오톡 'NDB 제보'
(41230) 대구광역시 동구 동촌로 00 NDB 새대구방송
"""
    return head + body + tail


article(
    name="04_daegu_residents_broadcast_script_dump", ext="txt", published="2026-03-17",
    title="대구·경북 전공의 충원율 64%…지역 필수의료 공백 장기화",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["NDB 새대구방송", "시사·교양", "편성표", "다시보기", "시청자센터", "뉴스 > 뉴스데스크", "[뉴스데스크]", "조회 1,382", "동영상 재생",
               "02:31", "◀ 앵 커 ▶", "◀ 리포트 ▶", "◀ INT ▶", "이정훈", "칠곡경북대병원", "◀ st-up ▶", "NDB뉴스 김태훈입니다", "영상취재",
               "이승현", "그래픽: 박소영", "#전공의", "AI학습 이용 금지", "관련 뉴스", "복귀율 72%", "58% (2025-09-30)", "야간 진료 중단",
               "2026-02-11", "많이 본 뉴스", "9,812가구", "석 달째", "1,240ha", "3연승", "2골", "053-740-0000", "NDB 제보", "동촌로"],
    notes=("A **regional broadcaster's news-script page dump** (NDB 새대구방송, invented): menu, section path, title with the programme tag "
           "'[뉴스데스크]', **'김태훈 기자   2026년 03월 17일 20시 14분   조회 1,382'**, video/share row, then the script with cue lines "
           "**'◀ 앵 커 ▶', '◀ 리포트 ▶', '◀ INT ▶ 이름 / 직함', '◀ st-up ▶'**, the sign-off **'NDB뉴스 김태훈입니다. (영상취재: 이승현, "
           "그래픽: 박소영)'**, hashtags, copyright, 관련 뉴스 (figures, dates), 많이 본 뉴스 (figures), 제보 line, address. published: "
           "2026-03-17. Body = the anchor lead, the report paragraphs, **the interview quote** and the stand-up line; the cue lines, the "
           "interviewee's name line, the sign-off and the credits are furniture. Conventions: '60%대' a band (optional); '12개 수련병원', "
           "'486명', '311명', '38명', '9명', '14명', '단 2명' gold counts; '이달 1일' 2026-03-01; '91.5%로 지난해보다 3.2%p 올랐지만' {after, "
           "delta} no unit; **'지난해 68.7%에서 4.7%p 떨어졌습니다' {before, delta −4.7} no unit** (the new level 64% was written two "
           "sentences earlier; a reading with after=64 optional); '지난해 21명에서 올해 13명으로 8명 줄었습니다' gold count change with delta "
           "(counts optional); '3~4년 안에', '일주일에' durations optional; '지난해 12월' 2025-12; '45%에서 50%로' %-level change (no unit); "
           "'월 100만원', '428억원', '61억원' money; '전문의 27명을 추가로 배치' a gold delta change in 명 (count optional); '1인당', '연간' "
           "optional; '내년까지' open start to 2027; '2027년부터' open-ended; '다음 달 말까지' open start, end 2026-04 (day optional). "
           "Organisations: 경북대병원, 계명대 동산병원, 보건복지부, 경상북도; 정부, 수련병원, 공공의료기관 optional; 대구·경북, 수도권, 서울 "
           "are regions. 김태훈 (the reporter, named in the anchor lead) is a person."),
)


# ---------------------------------------------------------------------------
# 05 외국인력(E-9) 2회차 고용허가, 고용노동부 보도자료 dump (headline in 「 」, date row '2026.3.5.(목) 배포'), 2026-03-05
# ---------------------------------------------------------------------------
A05 = [
    ("- 제조업 2만 5,200명·농축산업 6,800명·조선업 3,400명 등 1회차보다 6천 명 늘려", [
        c("2만 5,200명", 2 * MAN + 5200, "명"), c("6,800명", 6800, "명"), c("3,400명", 3400, "명"),
        c("6천 명", 6000, "명", opt=True), ch("1회차보다 6천 명 늘려", delta=6000, unit="명"),
    ]),
    ("- 내국인 구인노력 기간, 농축산업·어업은 14일에서 7일로 단축", [
        p("14일", None, None, opt=True), p("7일", None, None, opt=True), c("14일", 14, "일", opt=True), c("7일", 7, "일", opt=True),
        ch("14일에서 7일로 단축", before=14, after=7, unit="일", opt=True), ch("14일에서 7일로 단축", before=14, after=7, delta=-7, unit="일", opt=True),
    ]),
    ("□ 고용노동부(이하 노동부)는 올해 2회차 비전문 외국인력(E-9) 신규 고용허가 신청을 다음 달 6일부터 10일까지 5일간 받는다고 밝혔다. 신청은 한국산업인력공단(이하 공단) 고용허가제 누리집이나 전국 고용센터에서 할 수 있다.", [
        p("올해", "2026", "2026"), p("다음 달 6일부터 10일까지", "2026-04-06", "2026-04-10"),
        p("다음 달 6일", "2026-04-06", "2026-04-06", opt=True), p("10일", "2026-04-10", "2026-04-10", opt=True),
        p("5일간", None, None, opt=True), c("5일", 5, "일", opt=True),
    ]),
    ("□ 2회차 배정 인원은 4만 1,000명으로 1회차(3만 5,000명)보다 6,000명 많다. 업종별로는 제조업 2만 5,200명, 농축산업 6,800명, 조선업 3,400명, 서비스업 3,100명, 건설업 1,800명, 어업 700명이다.", [
        c("4만 1,000명", 4 * MAN + 1000, "명", opt=True), c("3만 5,000명", 3 * MAN + 5000, "명", opt=True), c("6,000명", 6000, "명", opt=True),
        ch("4만 1,000명으로 1회차(3만 5,000명)보다 6,000명 많다", before=3 * MAN + 5000, after=4 * MAN + 1000, delta=6000, unit="명"),
        c("2만 5,200명", 2 * MAN + 5200, "명"), c("6,800명", 6800, "명"), c("3,400명", 3400, "명"), c("3,100명", 3100, "명"),
        c("1,800명", 1800, "명"), c("700명", 700, "명"),
    ]),
    ("○ 올해 E-9 외국인력 도입 규모는 14만 명으로 지난해(13만 명)보다 1만 명 늘었다. 노동부는 1회차에 배정한 3만 5,000명 가운데 3만 2,480명(92.8%)이 고용허가서를 발급받는 등 인력 수요가 여전히 높다고 설명했다.", [
        p("올해", "2026", "2026"), c("14만 명", 14 * MAN, "명", opt=True), p("지난해", "2025", "2025"), c("13만 명", 13 * MAN, "명", opt=True),
        c("1만 명", 1 * MAN, "명", opt=True), ch("14만 명으로 지난해(13만 명)보다 1만 명 늘었다", before=13 * MAN, after=14 * MAN, delta=1 * MAN, unit="명"),
        ch("1만 명 늘었다", delta=1 * MAN, unit="명", opt=True),
        c("3만 5,000명", 3 * MAN + 5000, "명"), c("3만 2,480명", 3 * MAN + 2480, "명"), pc("92.8%", 92.8),
    ]),
    ("○ 특히 조선업은 수주 호조로 인력난이 이어지면서 2회차 배정 인원을 1회차 1,900명에서 3,400명으로 1,500명 늘렸다. 농축산업도 봄철 영농기를 앞두고 6,800명을 배정해 1회차(5,300명)보다 28.3% 확대했다.", [
        c("1,900명", 1900, "명", opt=True), c("3,400명", 3400, "명", opt=True), c("1,500명", 1500, "명", opt=True),
        ch("1회차 1,900명에서 3,400명으로 1,500명 늘렸다", before=1900, after=3400, delta=1500, unit="명"),
        ch("1,500명 늘렸다", delta=1500, unit="명", opt=True),
        p("봄철", None, None, opt=True), c("6,800명", 6800, "명", opt=True), c("5,300명", 5300, "명", opt=True),
        ch("6,800명을 배정해 1회차(5,300명)보다 28.3% 확대했다", before=5300, after=6800, unit="명"),
        pc("28.3%", 28.3), ch("28.3% 확대했다", delta=28.3, unit="%", opt=True),
    ]),
    ("□ 신청 대상은 14일 이상 내국인 구인노력을 했는데도 인력을 구하지 못한 사업장이다. 올해부터 농축산업과 어업은 구인노력 기간이 7일로 줄어든다. 사업장당 외국인 근로자 고용 한도는 업종과 규모에 따라 최대 40명이다.", [
        p("14일 이상", None, None, opt=True), c("14일 이상", 14, "일", q="at_least", opt=True), c("14일", 14, "일", opt=True),
        p("올해부터", "2026", None), p("7일", None, None, opt=True), c("7일", 7, "일", opt=True), ch("7일로 줄어든다", after=7, unit="일", opt=True),
        PER("사업장당", "사업장"), c("최대 40명", 40, "명", q="at_most"),
    ]),
    ("○ 노동부는 신청 사업장을 점수제로 평가해 다음 달 24일 고용허가서를 발급한다. 외국인 근로자는 이르면 6월 말부터 사업장에 배치된다. 올해부터는 최근 1년간 산업재해 사망사고가 발생한 사업장에 5점을 감점한다.", [
        p("다음 달 24일", "2026-04-24", "2026-04-24"),
        p("6월 말부터", "2026-06", None), p("6월 말부터", "2026-06-30", None, opt=True), p("6월 말", "2026-06", "2026-06", opt=True),
        p("올해부터", "2026", None), p("최근 1년간", None, None, opt=True), c("1년", 1, "년", opt=True),
        c("5점", 5, "점"), ch("5점을 감점한다", delta=-5, unit="점", opt=True),
    ]),
    ("□ 노동부는 외국인 고용 사업장에 대한 지도·점검을 지난해 3,200곳에서 올해 4,500곳으로 늘리고, 외국인 근로자 통역 지원 예산도 42억원에서 58억원으로 38.1% 증액했다.", [
        p("지난해", "2025", "2025"), c("3,200곳", 3200, "곳", opt=True), p("올해", "2026", "2026"), c("4,500곳", 4500, "곳", opt=True),
        ch("지난해 3,200곳에서 올해 4,500곳으로 늘리고", before=3200, after=4500, unit="곳"),
        m("42억원", 42 * EOK), m("58억원", 58 * EOK), ch("42억원에서 58억원으로 38.1% 증액했다", before=42 * EOK, after=58 * EOK, unit="KRW"),
        pc("38.1%", 38.1), ch("38.1% 증액했다", delta=38.1, unit="%", opt=True),
    ]),
    ("□ 정하윤 노동부 외국인력담당관은 “2회차 신청 사업장이 배정 인원의 1.5배를 넘을 것으로 예상된다”며 “하반기 3회차(7월)와 4회차(10월)에 나머지 6만 4,000명을 배정하겠다”고 말했다.", [
        *mult("1.5배", 1.5), p("하반기", "2026-07", "2026-12"), p("7월", "2026-07", "2026-07"), p("10월", "2026-10", "2026-10"),
        c("6만 4,000명", 6 * MAN + 4000, "명"),
    ]),
]
ORG05 = [
    o("고용노동부", ["노동부"]), o("한국산업인력공단", ["공단"]),
    o("고용센터", opt=True), o("고용허가제", opt=True),
]


def page05(paras, title):
    head = """                         일하는 모든 사람이 존중받는 나라
고용노동부                                                        보 도 자 료
MINISTRY OF EMPLOYMENT AND LABOR

2026.3.5.(목) 배포                                   보도 : 배포 즉시 보도 가능
담당 부서 : 노동시장정책관 외국인력담당관실
  책임자 : 과  장  정하윤 (044-202-7140)
  담당자 : 사무관  문수빈 (044-202-7145)
  매  수 : 5쪽 (붙임 2쪽 포함)

「""" + title + """」
""" + "\n".join(paras[:2]) + """

"""
    body = "\n\n".join(paras[2:])
    tail = """

※ 붙임  1. 2026년 회차별·업종별 외국인력(E-9) 배정 인원 1부.
        2. 고용허가 신청 절차 1부.  끝.

〈붙임 1〉 2026년 회차별·업종별 E-9 배정 인원 (단위: 명)
  구    분        1회차        2회차         합계
  제 조 업       21,400       25,200       46,600
  농축산업        5,300        6,800       12,100
  조 선 업        1,900        3,400        5,300
  서비스업        2,600        3,100        5,700
  건 설 업        2,900        1,800        4,700
  어    업          900          700        1,600
  합    계       35,000       41,000       76,000

〈붙임 2〉 고용허가 신청 절차
  내국인 구인노력(14일, 농축산업·어업 7일) → 고용허가 신청(4.6.~4.10.) → 고용허가서 발급(4.24.) → 근로계약 체결 → 입국·사업장 배치(6월 말~)

이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 외국인력담당관실 문수빈 사무관(044-202-7145)에게 연락주시기 바랍니다.
"""
    return head + body + tail


article(
    name="05_moel_e9_quota_release_dump", ext="txt", published="2026-03-05",
    title="외국인력(E-9) 2회차 고용허가 4만 1천 명 배정…다음 달 6일부터 신청",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["일하는 모든 사람이 존중받는 나라", "MINISTRY OF EMPLOYMENT AND LABOR", "보 도 자 료", "2026.3.5.(목) 배포", "배포 즉시 보도 가능",
               "담당 부서", "노동시장정책관", "044-202-7140", "문수빈", "044-202-7145", "매  수", "붙임 2쪽", "※ 붙임", "1부.  끝.", "〈붙임 1〉",
               "(단위: 명)", "21,400", "46,600", "12,100", "5,700", "4,700", "1,600", "76,000", "〈붙임 2〉", "4.6.~4.10.", "(4.24.)",
               "근로계약 체결", "6월 말~", "취재를 원하시면"],
    notes=("A **고용노동부 보도자료 text dump**: slogan, '고용노동부 … 보 도 자 료 / MINISTRY OF EMPLOYMENT AND LABOR', **the date row "
           "'2026.3.5.(목) 배포' with '보도 : 배포 즉시 보도 가능'**, 담당 부서 block (phones, 매수), **the headline inside 「 」**, two '- ' deck "
           "lines, □/○ paragraphs, '※ 붙임' list, **'〈붙임 1〉' table of quotas by round and industry (figures)**, '〈붙임 2〉' procedure line "
           "(dates), the 취재 contact line. published: 2026-03-05 (the 배포 row); relative dates resolve against it ('다음 달 6일부터 10일까지' = "
           "2026-04-06..10, '다음 달 24일' = 2026-04-24). Title not scored (the 「 」 are not part of it); the deck lines are body. Conventions: "
           "'1회차', '2회차', '3회차', '4회차' ordinals (not counts); 'E-9' a visa name (no figure); deck '1회차보다 6천 명 늘려' a gold delta "
           "change (count optional); industry quotas ('제조업 2만 5,200명' …) gold counts; durations ('14일에서 7일로 단축', '14일 이상', '7일로', "
           "'5일간', '최근 1년간') optional, including their change; '4만 1,000명으로 1회차(3만 5,000명)보다 6,000명 많다', '14만 명으로 "
           "지난해(13만 명)보다 1만 명 늘었다', '1회차 1,900명에서 3,400명으로 1,500명 늘렸다' gold endpoint changes with delta (counts "
           "optional); '6,800명을 배정해 1회차(5,300명)보다 28.3% 확대' gold endpoint change (rate optional); '3만 5,000명 가운데 3만 "
           "2,480명(92.8%)' gold counts and percentage (no change); '사업장당' optional, '최대 40명' at_most count; '이르면 6월 말부터' "
           "open-ended from 2026-06 (day reading optional); '5점을 감점' a gold count in 점 (change optional); '지난해 3,200곳에서 올해 "
           "4,500곳으로' gold count change; '42억원에서 58억원으로 38.1% 증액' gold (rate optional); '1.5배' optional readings only; "
           "'하반기 3회차(7월)와 4회차(10월)' gold periods 2026-07..12, 2026-07, 2026-10; '나머지 6만 4,000명' gold count. Organisations: "
           "고용노동부 (이하 노동부), 한국산업인력공단 (이하 공단); 고용센터, 외국인력담당관실 optional. 정하윤 is a person."),
)


# ---------------------------------------------------------------------------
# 06 7월 가스요금 인상, HTML with article > section and an <aside> 'AI 요약' box inside the article, 2026-06-30
# ---------------------------------------------------------------------------
A06 = [
    ("MJ당 22.42원→23.83원…가스공사 미수금 13조 8,000억원", [
        PER("MJ당", "MJ"), m("22.42원", 22.42), m("23.83원", 23.83), ch("22.42원→23.83원", before=22.42, after=23.83, unit="KRW"),
        m("13조 8,000억원", 13 * JO + 8000 * EOK),
    ]),
    ("다음 달 1일부터 주택용 도시가스 요금이 6.3% 오른다. 2023년 5월 이후 3년 2개월 만의 인상이다.", [
        p("다음 달 1일부터", "2026-07-01", None), p("다음 달 1일", "2026-07-01", "2026-07-01", opt=True),
        pc("6.3%", 6.3), ch("6.3% 오른다", delta=6.3, unit="%"),
        p("2023년 5월 이후", "2023-05", None), p("2023년 5월", "2023-05", "2023-05", opt=True),
        p("3년 2개월 만", None, None, opt=True), c("3년", 3, "년", opt=True), c("2개월", 2, "개월", opt=True),
    ]),
    ("기후에너지환경부(기후부)와 한국가스공사(이하 가스공사)는 30일 이런 내용의 ‘7월 가스요금 조정안’을 발표했다. 주택용 도시가스 요금(서울 소매 기준)은 MJ(메가줄)당 22.42원에서 23.83원으로 1.41원(6.3%) 오른다. 음식점·숙박업소 등이 쓰는 영업용1 요금은 MJ당 22.03원에서 23.19원으로 5.3% 인상된다.", [
        p("30일", "2026-06-30", "2026-06-30"), p("7월", "2026-07", "2026-07"), PER("MJ(메가줄)당", "MJ"),
        m("22.42원", 22.42), m("23.83원", 23.83), m("1.41원", 1.41), pc("6.3%", 6.3),
        ch("22.42원에서 23.83원으로 1.41원(6.3%) 오른다", before=22.42, after=23.83, delta=1.41, unit="KRW"),
        ch("1.41원(6.3%) 오른다", delta=6.3, unit="%", opt=True), ch("1.41원(6.3%) 오른다", delta=1.41, unit="KRW", opt=True),
        PER("MJ당", "MJ"), m("22.03원", 22.03), m("23.19원", 23.19), ch("22.03원에서 23.19원으로 5.3% 인상된다", before=22.03, after=23.19, unit="KRW"),
        pc("5.3%", 5.3), ch("5.3% 인상된다", delta=5.3, unit="%", opt=True),
    ]),
    ("이에 따라 4인 가구의 월평균 사용량(2,000MJ) 기준 가스요금은 월 4만 4,840원에서 4만 7,660원으로 2,820원 늘어난다. 난방 수요가 적은 여름철이어서 당장 체감 부담은 크지 않지만, 사용량이 3배 가까이로 늘어나는 겨울철에는 가구당 월 8,000원 안팎의 추가 부담이 생길 것으로 보인다.", [
        c("4인", 4, "인", opt=True), p("월평균", None, None, opt=True), c("2,000MJ", 2000, "MJ", opt=True),
        m("4만 4,840원", 4 * MAN + 4840), m("4만 7,660원", 4 * MAN + 7660), m("2,820원", 2820),
        ch("월 4만 4,840원에서 4만 7,660원으로 2,820원 늘어난다", before=4 * MAN + 4840, after=4 * MAN + 7660, delta=2820, unit="KRW"),
        ch("2,820원 늘어난다", delta=2820, unit="KRW", opt=True),
        p("여름철", None, None, opt=True), *mult("3배", 3), p("겨울철", None, None, opt=True), PER("가구당", "가구"),
        m("8,000원 안팎", 8000, q="approx"), ch("8,000원 안팎의 추가 부담", delta=8000, unit="KRW", opt=True),
    ]),
    ("정부가 요금 인상에 나선 것은 가스공사의 재무 부담이 한계에 이르렀기 때문이다. 가스공사의 민수용 미수금은 지난 3월 말 기준 13조 8,000억원으로 2021년 말(1조 8,000억원)의 7배를 넘는다. 가스공사는 지난해 이자비용으로만 1조 6,240억원을 썼다.", [
        *month_end("지난 3월 말 기준", "2026-03", "31"), m("13조 8,000억원", 13 * JO + 8000 * EOK),
        *month_end("2021년 말", "2021-12", "31"), m("1조 8,000억원", 1 * JO + 8000 * EOK),
        ch("13조 8,000억원으로 2021년 말(1조 8,000억원)의 7배를 넘는다", before=1 * JO + 8000 * EOK, after=13 * JO + 8000 * EOK, unit="KRW"),
        *mult("7배", 7), p("지난해", "2025", "2025"), m("1조 6,240억원", 1 * JO + 6240 * EOK),
    ]),
    ("산업용 요금은 이번에 동결됐다. 이번 조정에는 전국 도시가스 소매공급사 33개사의 공급비용 인상분도 반영됐다. 정부는 하반기 중 전기요금도 kWh당 8원가량 올리는 방안을 검토하고 있다. 한국전력공사(한전)의 부채는 지난해 말 206조 3,000억원으로 1년 전보다 3조 1,000억원 늘었다.", [
        c("33개사", 33, "개사"), p("하반기 중", "2026-07", "2026-12"), PER("kWh당", "kWh"), m("8원가량", 8, q="approx"),
        ch("kWh당 8원가량 올리는", delta=8, unit="KRW", opt=True),
        *month_end("지난해 말", "2025-12", "31"), m("206조 3,000억원", 206 * JO + 3000 * EOK),
        *base("1년 전", ("2024-12", "2024-12"), ("2024", "2024")), m("3조 1,000억원", 3 * JO + 1000 * EOK),
        ch("206조 3,000억원으로 1년 전보다 3조 1,000억원 늘었다", after=206 * JO + 3000 * EOK, delta=3 * JO + 1000 * EOK, unit="KRW"),
        ch("206조 3,000억원으로 1년 전보다 3조 1,000억원 늘었다", before=203 * JO + 2000 * EOK, after=206 * JO + 3000 * EOK, delta=3 * JO + 1000 * EOK, unit="KRW", opt=True),
        ch("3조 1,000억원 늘었다", delta=3 * JO + 1000 * EOK, unit="KRW", opt=True),
    ]),
    ("정부는 취약계층 부담을 덜기 위해 기초생활수급자 등 약 168만 가구의 가스요금 할인 한도를 월 최대 1만 6,000원에서 2만 4,000원으로 늘린다. 에너지바우처 지원 단가도 가구당 평균 29만 5,000원에서 31만원으로 올린다.", [
        c("약 168만 가구", 168 * MAN, "가구", q="approx"),
        m("1만 6,000원", 1 * MAN + 6000, q="at_most"), m("2만 4,000원", 2 * MAN + 4000),
        ch("월 최대 1만 6,000원에서 2만 4,000원으로 늘린다", before=1 * MAN + 6000, after=2 * MAN + 4000, unit="KRW"),
        PER("가구당", "가구"), m("29만 5,000원", 29 * MAN + 5000), m("31만원", 31 * MAN),
        ch("평균 29만 5,000원에서 31만원으로 올린다", before=29 * MAN + 5000, after=31 * MAN, unit="KRW"),
    ]),
    ("정지호 에너지경제연구원 연구위원은 “국제 LNG 현물 가격이 MMBtu당 11.2달러로 지난해보다 14%가량 떨어졌지만 누적 미수금을 고려하면 내년까지 추가 인상이 불가피하다”며 “분기마다 요금을 조정하는 원료비 연동제를 정상화해야 한다”고 말했다.", [
        PER("MMBtu당", "MMBtu"), USD("11.2달러", 11.2), ch("MMBtu당 11.2달러로", after=11.2, unit="USD"),
        p("지난해", "2025", "2025"), pc("14%", 14), ch("지난해보다 14%가량 떨어졌지만", delta=-14, unit="%"),
        p("내년까지", None, "2027"), p("분기마다", None, None, opt=True),
    ]),
]
ORG06 = [
    o("기후에너지환경부", ["기후부"]), o("한국가스공사", ["가스공사"]), o("한국전력공사", ["한전"]), o("에너지경제연구원"),
    o("정부", opt=True), o("도시가스 소매공급사", opt=True),
]


def page06(paras, title):
    deck = esc(paras[0])
    ps = [f"<p>{esc(t)}</p>" for t in paras[1:]]
    fig = ('<figure class="art-photo"><img src="https://img.powereconomy.co.kr/2026/06/30/gas_meter.jpg" alt="도시가스 계량기" width="700" height="466">'
           '<figcaption>서울 시내 한 다세대주택 외벽에 도시가스 계량기가 설치돼 있다. 지난 겨울 주택용 가스 사용량은 전년보다 4.2% 늘었다. /파워경제신문 DB</figcaption></figure>')
    ad = '<div class="ad-inarticle" data-ad-unit="/2260/pe_article_mid"><span class="ad-label">광고</span></div>'
    section = "\n\t\t\t".join(ps[:2] + [fig] + ps[2:4] + [ad] + ps[4:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - 파워경제신문</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="파워경제신문">
<meta property="article:published_time" content="2026-06-30T14:05:00+09:00">
<meta property="article:modified_time" content="2026-07-01T07:40:00+09:00">
<link rel="stylesheet" href="/static/css/article.css?v=20260601">
</head>
<body>
<header class="site-header">
	<div class="top-bar"><span class="today">2026.07.01(수)</span> <a>로그인</a> <a>회원가입</a> <a>구독</a></div>
	<a class="logo" href="/">파워경제신문</a>
	<nav class="gnb"><a>에너지</a><a>전력</a><a>원전</a><a>신재생</a><a>자원</a><a>정책</a><a>오피니언</a></nav>
</header>
<main class="main">
	<article class="article">
		<header class="art-head">
			<p class="art-section">정책 &gt; 요금</p>
			<h1 class="art-title">{esc(title)}</h1>
			<p class="art-deck">{deck}</p>
			<div class="art-info"><span class="writer">윤가람 기자</span> <span class="date">입력 2026.06.30 14:05</span> <span class="date">수정 2026.07.01 07:40</span></div>
			<div class="art-tools"><button>글자크기</button> <button>인쇄</button> <button>공유</button> <button>듣기</button></div>
		</header>
		<aside class="ai-summary" aria-label="AI 요약">
			<h2 class="ai-summary__title">AI 요약</h2>
			<ul>
				<li>7월 1일부터 주택용 도시가스 요금 MJ당 1.41원 인상</li>
				<li>4인 가구 가스요금 월 4만 7,660원…부담 2,820원 늘어</li>
				<li>가스공사 민수용 미수금 13.8조…2021년 말의 7.7배</li>
			</ul>
			<p class="ai-summary__note">※ AI가 기사 본문을 요약한 내용입니다. 정확한 내용은 기사 전문을 확인해 주세요.</p>
		</aside>
		<section class="art-body" itemprop="articleBody">
			{section}
		</section>
		<footer class="art-foot">
			<p class="byline">윤가람 기자 garam@powereconomy.co.kr</p>
			<p class="copy">Copyright © 파워경제신문. 무단전재 및 재배포, AI 학습 및 활용 금지</p>
		</footer>
	</article>
	<section class="related"><h3>관련기사</h3><ul>
		<li>4월 전기요금 동결…한전 1분기 영업이익 2조 1,300억원</li>
		<li>가스공사 미수금 14조 돌파…이자비용만 하루 44억원</li></ul></section>
	<aside class="sidebar"><h3>많이 본 기사</h3><ol>
		<li>여름철 전력수요 최대 97.8GW 전망</li><li>신규 원전 2기 부지 선정 연내 마무리</li><li>LNG 도입 단가 석 달 연속 하락</li></ol></aside>
</main>
<footer class="site-footer"><p>파워경제신문 | 서울특별시 중구 퇴계로 000 | 인터넷신문 등록번호 서울 아61877 | 청소년보호책임자 한미정 | 02-2275-0000</p></footer>
</body>
</html>
"""


article(
    name="06_gas_tariff_article_section_ai_summary_html", ext="html", published="2026-06-30",
    title="내달부터 주택용 가스요금 6.3% 인상…4인 가구 월 2,820원 더 낸다",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["2026.07.01(수)", "회원가입", "신재생", "정책 > 요금", "윤가람 기자", "수정 2026.07.01", "글자크기", "AI 요약", "7월 1일부터 주택용",
               "부담 2,820원 늘어", "13.8조", "7.7배", "AI가 기사 본문을 요약한", "다세대주택", "4.2% 늘었다", "/파워경제신문 DB", "광고", "garam@",
               "Copyright © 파워경제신문", "관련기사", "2조 1,300억원", "14조 돌파", "44억원", "많이 본 기사", "97.8GW", "원전 2기", "석 달 연속",
               "퇴계로", "아61877", "한미정", "02-2275-0000"],
    notes=("An energy-trade paper HTML (파워경제신문, invented) with **`article > header + aside + section`**: top bar with the **viewing "
           "day '2026.07.01(수)'**, gnb, then article.article > header.art-head (section, h1, **p.art-deck deck line**, '입력 2026.06.30 "
           "14:05 / 수정 2026.07.01 07:40', tools), **an `<aside class=\"ai-summary\">` 'AI 요약' box inside the article, before the body, "
           "with bullet summaries in other words (figures: '13.8조', '7.7배')**, body = the p of **section.art-body**, which also holds a "
           "figure with a figcaption (figures) and an in-article ad; footer byline/copyright, 관련기사, 많이 본 기사 (figures), site footer. "
           "article:published_time 2026-06-30T14:05+09:00, modified the next day. published: 2026-06-30 (not the top bar's day, not 수정); "
           "'다음 달 1일부터' = 2026-07-01. The deck line is body. Conventions: deck 'MJ당 22.42원→23.83원' a gold KRW change with "
           "decimal won; per-unit bases 'MJ당', 'kWh당', 'MMBtu당', '가구당' optional; '6.3% 오른다' a gold %-change (base: the current "
           "rate); '2023년 5월 이후 3년 2개월 만' open-ended from 2023-05 (blind9 rule), the duration optional; '‘7월 가스요금 조정안’' the "
           "month gold (month-named plan, blind7/blind10); '22.42원에서 23.83원으로 1.41원(6.3%)' gold endpoint change with delta (rate "
           "optional); '영업용1' a tariff name; '22.03원에서 23.19원으로 5.3% 인상' gold (rate optional); '4인 가구', '2,000MJ' optional; "
           "'월 4만 4,840원에서 4만 7,660원으로 2,820원' gold endpoint change with delta; '3배 가까이' optional readings only; '8,000원 안팎' "
           "approx money (its delta reading optional); '지난 3월 말 기준', '2021년 말', '지난해 말' gold months (day optional); '13조 8,000억원으로 "
           "2021년 말(1조 8,000억원)의 7배를 넘는다' gold endpoint change ('7배' optional readings only, as blind10's '(44억원)의 3분의 2 "
           "수준으로'); '33개사' gold count with unit 개사; '하반기 중' 2026-07..12; 'kWh당 8원가량 올리는 방안을 검토' approx money, the "
           "planned delta optional; '206조 3,000억원으로 1년 전보다 3조 1,000억원 늘었다' {after, delta}; '약 168만 가구' approx count; '월 "
           "최대 1만 6,000원에서 2만 4,000원으로' endpoint change (first at_most, blind9); 'MMBtu당 11.2달러로 지난해보다 14%가량 떨어졌지만' "
           "two gold changes ({after 11.2 USD} and {delta −14 %}); '내년까지' open start to 2027; '분기마다' optional. Organisations: "
           "기후에너지환경부 (기후부), 한국가스공사 (이하 가스공사), 한국전력공사 (한전), 에너지경제연구원; 정부 optional. 정지호 is a person."),
)


if __name__ == "__main__":
    main(HERE)
