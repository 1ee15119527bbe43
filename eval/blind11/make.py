#!/usr/bin/env python3
"""The eval/blind11 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind11/make.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


AGE = lambda t, v: c(t, v, "세", opt=True)
USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)


def mult(text, factor):
    """A multiple or fraction ('두 배', '2.5배', '절반', '15배'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def dur(text, n, unit):
    """A duration ('16년간', '1개월', '일주일간', '3년 만에'): optional period and optional count."""
    return [p(text, None, None, opt=True), c(text, n, unit, opt=True)]


def season(text, *readings):
    """A sports season / season word ('올 시즌', '지난 시즌', '2025-2026시즌'): optional, any reading."""
    return [p(text, None, None, opt=True)] + [p(text, s, e, opt=True) for s, e in readings]


# ---------------------------------------------------------------------------
# 01 고양특례시 보도자료 on the city's board (HTML: div.board_view, view_info, 첨부파일, div.view_cont with
#    a photo <p> and a 담당자 table inside), 공공자전거 피프틴 개편, 2026-02-24
# ---------------------------------------------------------------------------
A01 = [
    ("- 4월 1일부터 1회 이용요금 1,000원→500원, 정기권도 최대 40% 인하", [
        p("4월 1일부터", "2026-04-01", None), p("4월 1일", "2026-04-01", "2026-04-01", opt=True), c("1회", 1, "회", opt=True),
        m("1,000원", 1000), m("500원", 500), ch("1,000원→500원", before=1000, after=500, unit="KRW"),
        pc("40%", 40), ch("최대 40% 인하", delta=-40, unit="%", opt=True),
    ]),
    ("- 2028년까지 대여소 300곳·자전거 4,500대로 늘려 ‘집 앞 5분 거리’ 공공자전거 만든다", [
        p("2028년까지", None, "2028"), c("300곳", 300, "곳", opt=True), c("4,500대", 4500, "대", opt=True),
        ch("대여소 300곳", after=300, unit="곳"), ch("4,500대로 늘려", after=4500, unit="대"), *dur("5분", 5, "분"),
    ]),
    ("고양특례시(이하 고양시)는 공공자전거 ‘피프틴’의 운영 방식을 전면 개편해 오는 4월 1일부터 1회 이용요금을 1,000원에서 500원으로 내리고, 자전거를 현재 1,800대에서 연말까지 3,000대로 늘린다고 24일 밝혔다.", [
        p("오는 4월 1일부터", "2026-04-01", None), p("오는 4월 1일", "2026-04-01", "2026-04-01", opt=True), c("1회", 1, "회", opt=True),
        m("1,000원", 1000), m("500원", 500), ch("1,000원에서 500원으로", before=1000, after=500, unit="KRW"),
        p("현재", None, None, opt=True), c("1,800대", 1800, "대", opt=True), p("연말까지", None, "2026-12"), p("연말까지", None, "2026-12-31", opt=True),
        c("3,000대", 3000, "대", opt=True), ch("현재 1,800대에서 연말까지 3,000대로 늘린다", before=1800, after=3000, unit="대"),
        p("24일", "2026-02-24", "2026-02-24"),
    ]),
    ("피프틴은 2010년 도입 이후 16년간 민간위탁 방식으로 운영돼 왔으나, 지난해 7월 운영사와의 계약이 끝나면서 시 산하 고양도시관리공사(이하 공사)가 운영을 넘겨받았다. 지난해 피프틴 이용 건수는 187만 4,000건으로 2019년(312만 건)의 60% 수준에 머물렀다.", [
        p("2010년 도입 이후", "2010", "2010"), p("2010년 도입 이후", "2010", None, opt=True), *dur("16년간", 16, "년"),
        p("지난해 7월", "2025-07", "2025-07"), p("지난해", "2025", "2025"), c("187만 4,000건", 187 * MAN + 4000, "건"),
        p("2019년", "2019", "2019"), c("312만 건", 312 * MAN, "건"), pc("60%", 60),
        ch("187만 4,000건으로 2019년(312만 건)의 60% 수준에 머물렀다", before=312 * MAN, after=187 * MAN + 4000, unit="건", opt=True),
        ch("187만 4,000건으로", after=187 * MAN + 4000, unit="건", opt=True), ch("60% 수준에 머물렀다", delta=-40, unit="%", opt=True),
    ]),
    ("시는 이용 감소의 원인으로 잦은 고장과 높은 요금을 꼽았다. 지난해 접수된 고장 신고는 2만 3,600건으로 자전거 1대당 연평균 13건꼴이었다. 시는 올해 예산 62억원을 들여 노후 자전거 1,200대를 새 자전거로 바꾸고, 일반 자전거 600대와 전기자전거 600대를 새로 들여온다.", [
        p("지난해", "2025", "2025"), c("2만 3,600건", 2 * MAN + 3600, "건"), c("1대", 1, "대", opt=True), p("연평균", None, None, opt=True),
        c("13건", 13, "건", opt=True), p("올해", "2026", "2026"), m("62억원", 62 * EOK), c("1,200대", 1200, "대"),
        c("600대", 600, "대"), c("600대", 600, "대"),
        ch("일반 자전거 600대", delta=600, unit="대", opt=True), ch("전기자전거 600대를 새로 들여온다", delta=600, unit="대", opt=True),
        ch("600대와 전기자전거 600대를 새로 들여온다", delta=1200, unit="대", opt=True),
    ]),
    ("대여소도 늘린다. 현재 162곳인 대여소를 240곳으로 78곳 늘리고, 이 가운데 40곳은 킨텍스·일산호수공원 등 관광지와 지하철역 주변에 새로 설치한다. 대여소 간 평균 거리는 지금의 650m에서 400m 안팎으로 줄어든다.", [
        p("현재", None, None, opt=True), c("162곳", 162, "곳", opt=True), c("240곳", 240, "곳", opt=True), c("78곳", 78, "곳", opt=True),
        ch("현재 162곳인 대여소를 240곳으로 78곳 늘리고", before=162, after=240, delta=78, unit="곳"), c("40곳", 40, "곳"),
        p("지금", None, None, opt=True), c("650m", 650, "m", opt=True), c("400m", 400, "m", opt=True),
        ch("650m에서 400m 안팎으로 줄어든다", before=650, after=400, unit="m", opt=True), ch("650m에서 400m 안팎으로 줄어든다", before=650, after=400, opt=True),
    ]),
    ("요금 체계도 바뀐다. 1회권(1시간)은 1,000원에서 500원으로, 1개월 정기권은 5,000원에서 3,000원으로, 1년 정기권은 3만원에서 2만원으로 각각 내린다. 만 65세 이상과 기초생활수급자는 정기권을 무료로 이용할 수 있다. 지역화폐인 고양페이로 결제하면 요금의 10%를 추가로 할인받는다.", [
        c("1회", 1, "회", opt=True), *dur("1시간", 1, "시간"), m("1,000원", 1000), m("500원", 500), ch("1,000원에서 500원으로", before=1000, after=500, unit="KRW"),
        *dur("1개월", 1, "개월"), m("5,000원", 5000), m("3,000원", 3000), ch("5,000원에서 3,000원으로", before=5000, after=3000, unit="KRW"),
        *dur("1년", 1, "년"), m("3만원", 3 * MAN), m("2만원", 2 * MAN), ch("3만원에서 2만원으로", before=3 * MAN, after=2 * MAN, unit="KRW"),
        AGE("65세 이상", 65), pc("10%", 10), ch("10%를 추가로 할인", delta=-10, unit="%", opt=True),
    ]),
    ("김도윤 고양시 교통정책과장은 “2028년까지 대여소를 300곳, 자전거를 4,500대로 늘려 시민 누구나 집에서 300m 안에서 피프틴을 탈 수 있게 하겠다”며 “출퇴근 교통수단 가운데 자전거 분담률을 현재 2.1%에서 5%까지 끌어올리는 것이 목표”라고 말했다.", [
        p("2028년까지", None, "2028"), c("300곳", 300, "곳", opt=True), c("4,500대", 4500, "대", opt=True),
        ch("대여소를 300곳", after=300, unit="곳"), ch("4,500대로 늘려", after=4500, unit="대"),
        c("300m", 300, "m", opt=True), p("현재", None, None, opt=True), pc("2.1%", 2.1), pc("5%", 5),
        ch("현재 2.1%에서 5%까지 끌어올리는", before=2.1, after=5),
    ]),
    ("고양시는 다음 달 3일부터 13일까지 시 누리집에서 새 요금제에 대한 시민 의견을 받고, 3월 말 일주일간 시범 운영을 거쳐 4월 1일 새 체계로 전환한다.", [
        p("다음 달 3일부터 13일까지", "2026-03-03", "2026-03-13"), p("다음 달 3일", "2026-03-03", "2026-03-03", opt=True),
        p("13일", "2026-03-13", "2026-03-13", opt=True), p("3월 말", "2026-03", "2026-03"), p("3월 말", "2026-03-31", "2026-03-31", opt=True),
        *dur("일주일간", 7, "일"), c("일주일", 1, "주일", opt=True), p("4월 1일", "2026-04-01", "2026-04-01"),
    ]),
]
ORG01 = [o("고양특례시", ["고양시"]), o("고양도시관리공사", ["공사"]), o("킨텍스", opt=True), o("고양페이", opt=True)]


def page01(paras, title):
    deck = "\n".join(f'<p class="sub">{esc(t)}</p>' for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    photo = ('<p class="photo" style="text-align:center"><img src="/www/upload/bbs/2026/02/260224_fifteen_station.jpg" alt="피프틴 대여소" width="600"><br>'
             '▲ 일산동구 정발산역 앞 피프틴 대여소. 시는 이곳에 거치대 20대를 더 설치한다.</p>')
    charge = ('<table class="tbl_charge"><caption>담당자 정보</caption><tbody><tr>'
              '<th scope="row">담당부서</th><td>교통정책과 자전거문화팀</td><th scope="row">담당자</th><td>최하윤</td>'
              '<th scope="row">전화번호</th><td>031-8075-3412</td></tr></tbody></table>')
    cont = "\n      ".join([deck] + ps[:4] + [photo] + ps[4:] + [charge])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>보도자료 상세 | 고양소식 | 고양특례시</title>
<link rel="stylesheet" type="text/css" href="/www/css/sub.css?v=20260105">
<script src="/www/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div id="skip"><a href="#contents">본문 바로가기</a> <a href="#gnb">주메뉴 바로가기</a></div>
<div id="header">
  <div class="top_util"><a href="#">고양특례시의회</a> <a href="#">전자민원</a> <a href="#">로그인</a> <a href="#">ENGLISH</a></div>
  <h1 class="logo"><a href="/www/index.do"><img src="/www/images/common/logo.png" alt="고양특례시"></a></h1>
  <ul id="gnb"><li><a>종합민원</a></li><li><a>분야별정보</a></li><li><a>고양소식</a></li><li><a>참여소통</a></li><li><a>열린행정</a></li><li><a>고양소개</a></li></ul>
</div>
<div id="container">
  <div id="lnb"><h2>고양소식</h2>
    <ul><li><a>새소식</a></li><li class="on"><a>보도자료</a></li><li><a>고시공고</a></li><li><a>입법예고</a></li><li><a>시정소식지</a></li></ul></div>
  <div id="contents">
    <div class="location"><span>HOME</span> &gt; <span>고양소식</span> &gt; <span>보도자료</span></div>
    <h3 class="sub_tit">보도자료</h3>
    <div class="util_btn"><a href="javascript:window.print();" class="btn_print">인쇄</a> <a class="btn_share">공유</a></div>
    <div class="board_view">
      <div class="view_head">
        <h4 class="view_tit">{esc(title)}</h4>
        <ul class="view_info">
          <li><span class="tit">작성자</span> 교통정책과</li>
          <li><span class="tit">등록일</span> 2026-02-24</li>
          <li><span class="tit">조회수</span> 1,284</li>
        </ul>
      </div>
      <div class="view_file"><strong class="tit">첨부파일</strong>
        <ul>
          <li><a href="/www/bbs/download.do?fileSn=1">260224 공공자전거 피프틴 전면 개편(보도자료).hwpx</a> <span class="size">(52KB)</span> <a class="btn_preview">바로보기</a></li>
          <li><a href="/www/bbs/download.do?fileSn=2">피프틴 신규 전기자전거.jpg</a> <span class="size">(2.3MB)</span> <a class="btn_preview">바로보기</a></li>
        </ul>
      </div>
      <div class="view_cont">
      {cont}
      </div>
      <div class="kogl"><img src="/www/images/common/img_opentype04.png" alt="공공누리 제4유형"> 본 공공저작물은 공공누리 “출처표시+상업적이용금지+변경금지” 조건에 따라 이용할 수 있습니다.</div>
      <ul class="view_nav">
        <li class="prev"><span>이전글</span> <a href="#">고양시, 상반기 공공일자리 참여자 1,150명 모집</a> <span class="date">2026-02-23</span></li>
        <li class="next"><span>다음글</span> <a href="#">일산서구, 봄맞이 하천 정화활동에 주민 400명 참여</a> <span class="date">2026-02-25</span></li>
      </ul>
      <div class="btn_area"><a href="/www/bbs/list.do?key=press" class="btn_list">목록</a></div>
    </div>
    <div class="satisfaction">
      <h4>콘텐츠 만족도 조사</h4>
      <p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p>
      <label><input type="radio" name="score" value="5"> 매우만족</label> <label><input type="radio" name="score" value="4"> 만족</label>
      <label><input type="radio" name="score" value="3"> 보통</label> <label><input type="radio" name="score" value="2"> 불만족</label>
      <label><input type="radio" name="score" value="1"> 매우불만족</label>
      <p class="manager">콘텐츠 담당부서 : 홍보담당관 &nbsp; 최종수정일 : 2026-02-25</p>
    </div>
  </div>
</div>
<div id="footer">
  <ul class="foot_link"><li>개인정보처리방침</li><li>저작권정책</li><li>이메일무단수집거부</li><li>찾아오시는 길</li></ul>
  <address>(10401) 경기도 고양시 일산동구 중앙로 1000번길 12 &nbsp; 대표전화 031-909-9000</address>
  <p class="copy">COPYRIGHT (C) GOYANG SPECIAL CITY. ALL RIGHTS RESERVED.</p>
</div>
</body>
</html>
"""


article(
    name="01_goyang_bikeshare_board_html", ext="html", published="2026-02-24",
    title="고양시, 공공자전거 ‘피프틴’ 요금 절반으로 내리고 자전거 3,000대로 늘린다",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["본문 바로가기", "고양특례시의회", "ENGLISH", "시정소식지", "HOME", "조회수", "1,284", "첨부파일", ".hwpx", "(52KB)",
               "바로보기", "전기자전거.jpg", "정발산역", "거치대 20대", "담당자 정보", "자전거문화팀", "최하윤", "031-8075-3412", "공공누리", "상업적이용금지",
               "이전글", "1,150명 모집", "다음글", "주민 400명", "만족도 조사", "만족하십니까", "매우만족", "최종수정일", "중앙로 1000번길", "031-909-9000",
               "GOYANG SPECIAL CITY"],
    notes=("A 지방자치단체 보도자료 on the city's board (고양특례시 site; layout invented): skip links, top utility links, gnb, lnb, breadcrumb, "
           "div.board_view > div.view_head (h4.view_tit, **ul.view_info 작성자 / 등록일 2026-02-24 / 조회수**), div.view_file (첨부파일 list "
           "with a file name carrying '260224'), **div.view_cont** = two '- ' deck lines (p.sub) and the release paragraphs, with a **photo "
           "inside a <p> (caption '▲ …' with a figure)** and a **담당자 table (table.tbl_charge: 담당부서 / 담당자 / 전화번호)** inside it; "
           "공공누리 box, 이전글/다음글 with figures and dates, 만족도 조사 with '최종수정일 : 2026-02-25', footer. published: 등록일 "
           "(= '24일 밝혔다'), not the 최종수정일. Title not scored; the deck lines are body. Conventions: 'A에서 B로' and 'A→B' fare changes "
           "gold endpoint changes (money gold); '정기권도 최대 40% 인하' percentage gold, the %-change optional (an upper bound over several "
           "fares); '대여소 300곳·자전거 4,500대로 늘려' (deck and quote) two gold after-changes (the '로' covers both), counts optional; "
           "'현재 1,800대에서 연말까지 3,000대로' and '현재 162곳인 대여소를 240곳으로 78곳 늘리고' gold count changes (counts optional); "
           "'연말까지' open start to 2026-12; '2010년 도입 이후' the year 2010 (seed rule, open reading optional); '16년간', '1시간', "
           "'1개월', '1년', '일주일간', '5분' durations optional; '187만 4,000건으로 2019년(312만 건)의 60% 수준' counts and percentage gold, "
           "the comparison with the reference year optional; '1대당 연평균 13건꼴' a rate per bike (optional); '노후 자전거 1,200대를 새 "
           "자전거로 바꾸고' a gold count (a replacement, no move); '일반 자전거 600대와 전기자전거 600대를 새로 들여온다' counts gold, the "
           "addition readings optional (as blind10's '새로 편성'); '40곳' gold; distances '650m에서 400m' measures (optional); '만 65세 "
           "이상' age optional; '10%를 추가로 할인' percentage gold, change optional; '현재 2.1%에서 5%까지 끌어올리는' a gold %-level "
           "change (no unit); '다음 달 3일부터 13일까지' one period 2026-03-03..13 (parts optional); '3월 말' 2026-03 (day optional); '4월 "
           "1일' gold day. Organisations: 고양특례시 (이하 고양시), 고양도시관리공사 (이하 공사); 킨텍스 (a venue) and 고양페이 (local "
           "currency) optional. 김도윤 and the 담당자 are people."),
)


# ---------------------------------------------------------------------------
# 02 서울 아파트 분양가 / 전세가율, economic-daily HTML, date only in meta article:published_time, div#articleBody with a
#    <table> of figures, a photo, an inline 관련기사 box and the byline inside; 2026-03-19
# ---------------------------------------------------------------------------
SQ = lambda t: c(t, 3.3, "㎡", opt=True)
A02 = [
    ("HUG 2월 분양가 동향…서울 1년 새 13.8% 올라", [
        p("2월", "2026-02", "2026-02"), *base("1년 새", ("2025-02", "2026-02")), pc("13.8%", 13.8), ch("1년 새 13.8% 올라", delta=13.8, unit="%"),
    ]),
    ("수도권 전세가율 61.3%, 2년 만에 60%대 회복", [
        pc("61.3%", 61.3), *dur("2년 만에", 2, "년"), pc("60%대", 60, opt=True),
    ]),
    ("서울 민간 아파트의 3.3㎡당 평균 분양가가 처음으로 5,000만원을 넘어섰다. 수도권 아파트 전세가율도 2년 만에 60%대로 올라서면서 전세 대신 청약으로 눈을 돌리는 수요가 늘고 있다.", [
        SQ("3.3㎡"), m("5,000만원", 5000 * MAN, q="at_least"), ch("5,000만원을 넘어섰다", after=5000 * MAN, unit="KRW", opt=True),
        *dur("2년 만에", 2, "년"), pc("60%대", 60, opt=True), ch("60%대로 올라서면서", after=60, opt=True),
    ]),
    ("주택도시보증공사(HUG)가 18일 발표한 ‘2월 말 기준 민간아파트 분양가격 동향’에 따르면 서울의 3.3㎡당 평균 분양가는 5,124만원으로 1년 전(4,502만원)보다 13.8% 올랐다. 전월(5,017만원)과 비교해도 107만원 상승했다.", [
        p("18일", "2026-03-18", "2026-03-18"), p("2월 말 기준", "2026-02", "2026-02"), p("2월 말 기준", "2026-02-28", "2026-02-28", opt=True),
        p("2월 말 기준", None, "2026-02", opt=True), SQ("3.3㎡"),
        m("5,124만원", 5124 * MAN), *base("1년 전", ("2025-02", "2025-02"), ("2025", "2025")), m("4,502만원", 4502 * MAN), pc("13.8%", 13.8),
        ch("5,124만원으로 1년 전(4,502만원)보다 13.8% 올랐다", before=4502 * MAN, after=5124 * MAN, unit="KRW"),
        ch("13.8% 올랐다", delta=13.8, unit="%", opt=True),
        *base("전월", ("2026-01", "2026-01")), m("5,017만원", 5017 * MAN), m("107만원", 107 * MAN),
        ch("전월(5,017만원)과 비교해도 107만원 상승했다", before=5017 * MAN, delta=107 * MAN, unit="KRW"),
        ch("107만원 상승했다", delta=107 * MAN, unit="KRW", opt=True),
    ]),
    ("전용면적 84㎡(옛 34평형)로 환산하면 서울 아파트 한 채 분양가는 평균 17억 4,000만원 수준이다. 같은 면적 기준 경기도 분양가는 8억 9,000만원으로 서울의 절반 수준이었고, 인천은 7억 2,000만원에 그쳤다.", [
        c("84㎡", 84, "㎡", opt=True), c("34평형", 34, "평형", opt=True), c("34평형", 34, "평", opt=True), c("한 채", 1, "채", opt=True),
        m("17억 4,000만원", 17 * EOK + 4000 * MAN), m("8억 9,000만원", 8 * EOK + 9000 * MAN), m("7억 2,000만원", 7 * EOK + 2000 * MAN), *mult("절반", 0.5),
    ]),
    ("분양가 상승은 공사비 급등 탓이 크다. 한국건설기술연구원에 따르면 지난달 건설공사비지수는 134.62로 2020년(100)보다 34.6% 높다. 정부가 고시하는 기본형 건축비도 지난 1일부터 ㎡당 224만 1,000원으로 6개월 전보다 2.2% 인상됐다.", [
        p("지난달", "2026-02", "2026-02"), ch("134.62로 2020년(100)보다", before=100, after=134.62, opt=True), ch("134.62로", after=134.62, opt=True),
        p("2020년", "2020", "2020"), pc("34.6%", 34.6), ch("2020년(100)보다 34.6% 높다", delta=34.6, unit="%"),
        p("지난 1일부터", "2026-03-01", None), p("지난 1일", "2026-03-01", "2026-03-01", opt=True),
        m("224만 1,000원", 224 * MAN + 1000), *base("6개월 전", ("2025-09", "2025-09")), pc("2.2%", 2.2),
        ch("224만 1,000원으로", after=224 * MAN + 1000, unit="KRW"), ch("6개월 전보다 2.2% 인상됐다", delta=2.2, unit="%"),
    ]),
    ("지역별 3.3㎡당 평균 분양가는 서울에 이어 경기(2,615만원), 부산(2,412만원), 대구(2,206만원) 순으로 높았다. 전국 평균은 2,187만원으로 1년 전보다 9.1% 올랐다.", [
        SQ("3.3㎡"), m("2,615만원", 2615 * MAN), m("2,412만원", 2412 * MAN), m("2,206만원", 2206 * MAN),
        m("2,187만원", 2187 * MAN), *base("1년 전", ("2025-02", "2025-02"), ("2025", "2025")), pc("9.1%", 9.1),
        ch("2,187만원으로", after=2187 * MAN, unit="KRW"), ch("1년 전보다 9.1% 올랐다", delta=9.1, unit="%"),
    ]),
    ("전셋값도 오름세다. 한국부동산원(이하 부동산원)이 집계한 2월 수도권 아파트 전세가율(매매가격 대비 전세가격 비율)은 61.3%로 1월보다 0.4%포인트 높아졌다. 전세가율이 60%를 넘은 것은 2024년 2월 이후 2년 만이다. 서울은 53.8%, 경기는 64.1%, 인천은 67.5%였다.", [
        p("2월", "2026-02", "2026-02"), pc("61.3%", 61.3), p("1월", "2026-01", "2026-01"), pc("0.4%포인트", 0.4),
        ch("61.3%로 1월보다 0.4%포인트 높아졌다", after=61.3, delta=0.4), ch("0.4%포인트 높아졌다", delta=0.4, unit="%p", opt=True),
        ch("61.3%로 1월보다 0.4%포인트 높아졌다", before=60.9, after=61.3, delta=0.4, opt=True),
        pc("60%", 60), p("2024년 2월 이후", "2024-02", None), p("2024년 2월", "2024-02", "2024-02", opt=True), *dur("2년 만", 2, "년"),
        pc("53.8%", 53.8), pc("64.1%", 64.1), pc("67.5%", 67.5),
    ]),
    ("전세가율이 높아지면 보증금에 조금만 보태도 집을 살 수 있어 매매 수요가 늘어난다. 실제로 지난달 서울 아파트 매매 거래량은 5,842건으로 전월(4,310건)보다 35.5% 증가했다.", [
        p("지난달", "2026-02", "2026-02"), c("5,842건", 5842, "건", opt=True), *base("전월", ("2026-01", "2026-01")), c("4,310건", 4310, "건", opt=True),
        ch("5,842건으로 전월(4,310건)보다 35.5% 증가했다", before=4310, after=5842, unit="건"), pc("35.5%", 35.5),
        ch("35.5% 증가했다", delta=35.5, unit="%", opt=True),
    ]),
    ("최서진 한양사이버대 부동산학과 교수는 “서울 전용 84㎡ 분양가가 가구 연소득의 15배에 이른다”며 “대출 규제가 유지되는 한 자금 여력이 있는 일부 수요자만 청약에 나설 수 있다”고 말했다. 부동산 정보업체 직방에 따르면 다음 달 서울에서는 7개 단지, 4,380가구가 분양될 예정이다. HUG는 다음 달 15일 3월 말 기준 분양가격 동향을 발표한다.", [
        c("84㎡", 84, "㎡", opt=True), *mult("15배", 15),
        p("다음 달", "2026-04", "2026-04"), c("7개", 7, "개"), c("4,380가구", 4380, "가구"), p("다음 달 15일", "2026-04-15", "2026-04-15"),
        p("3월 말 기준", "2026-03", "2026-03"), p("3월 말 기준", "2026-03-31", "2026-03-31", opt=True), p("3월 말 기준", None, "2026-03", opt=True),
    ]),
]
ORG02 = [
    o("주택도시보증공사", ["HUG"]), o("한국건설기술연구원"), o("한국부동산원", ["부동산원"]), o("직방"),
    o("정부", opt=True), o("한양사이버대", ["한양사이버대학교"], opt=True), o("경기도", opt=True),
]


def page02(paras, title):
    deck = "<br>".join(esc(t) for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    photo = ('<div class="art_photo"><img src="https://img.bizon.co.kr/photo/202603/19/model_house.jpg" alt="견본주택" width="640">'
             '<span class="caption">지난달 문을 연 서울 서초구의 한 아파트 견본주택에 주말 사흘간 방문객 1만 2,000명이 몰렸다. /비즈온경제 DB</span></div>')
    table = """<table class="tbl_type" summary="주요 지역 분양가">
<caption>&lt;표&gt; 주요 지역 3.3㎡당 평균 분양가 (단위: 만원, %)</caption>
<thead><tr><th>지역</th><th>2025년 2월</th><th>2026년 2월</th><th>상승률</th></tr></thead>
<tbody>
<tr><td>서울</td><td>4,502</td><td>5,124</td><td>13.8</td></tr>
<tr><td>경기</td><td>2,398</td><td>2,615</td><td>9.0</td></tr>
<tr><td>부산</td><td>2,251</td><td>2,412</td><td>7.2</td></tr>
<tr><td>대구</td><td>2,190</td><td>2,206</td><td>0.7</td></tr>
<tr><td>전국</td><td>2,004</td><td>2,187</td><td>9.1</td></tr>
</tbody></table>
<p class="source">자료: 주택도시보증공사</p>"""
    rel = ('<div class="relation_news"><strong>[관련기사]</strong><ul>'
           '<li><a href="/news/view/20260312">서울 아파트 평균 매매가 14억 돌파…강남 3구는 25억원</a></li>'
           '<li><a href="/news/view/20260305">1월 전국 미분양 6만 2,000가구…대구 1만 가구 넘어</a></li></ul></div>')
    byline = '<p class="byline">김하늘 기자 sky.kim@bizon.co.kr</p>'
    body = "\n".join(ps[:2] + [photo] + ps[2:5] + [table] + ps[5:6] + [rel] + ps[6:] + [byline])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)} - 비즈온경제</title>
<meta name="description" content="서울 민간 아파트의 3.3㎡당 평균 분양가가 처음으로 5,000만원을 넘어섰다.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="비즈온경제">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://www.bizon.co.kr/news/view/2026031906001">
<meta property="og:image" content="https://img.bizon.co.kr/photo/202603/19/model_house.jpg">
<meta property="article:section" content="부동산">
<meta property="article:published_time" content="2026-03-19T06:00:00+09:00">
<link rel="stylesheet" href="/css/article.css?v=3.2">
</head>
<body>
<div id="top_bar"><span class="today">2026.03.20(금)</span> <span class="weather">서울 11℃ 구름많음</span> <span class="index">코스피 2,874.31 ▲0.42%</span>
  <a href="/member/login">로그인</a> <a href="/member/join">회원가입</a> <a href="/subscribe">구독신청</a></div>
<header id="header"><a class="logo" href="/">비즈온경제</a>
  <nav><ul><li>경제</li><li>금융</li><li>증권</li><li>부동산</li><li>산업</li><li>IT·과학</li><li>오피니언</li></ul></nav></header>
<div id="wrap">
 <div class="article_head">
  <p class="section">부동산 &gt; 분양</p>
  <h1 class="headline">{esc(title)}</h1>
  <h2 class="subhead">{deck}</h2>
  <div class="byline_top">김하늘 기자 <a class="btn_font">가+</a> <a class="btn_font">가-</a> <a class="btn_print">인쇄</a></div>
 </div>
 <div id="articleBody" class="article_body" itemprop="articleBody">
{body}
 </div>
 <p class="copyright">&lt;저작권자 © 비즈온경제, 무단 전재 및 재배포 금지&gt;</p>
 <aside class="most_viewed"><h3>많이 본 뉴스</h3><ol>
  <li>강남 재건축 청약 경쟁률 427대 1…올해 최고</li>
  <li>코스피 3,000 재탈환 눈앞…외국인 닷새째 순매수</li>
  <li>주담대 금리 하단 3%대 후반으로…두 달 새 0.3%p 올라</li></ol></aside>
</div>
<footer id="footer">(주)비즈온미디어 | 서울특별시 중구 퇴계로 190 | 인터넷신문 등록번호 서울 아53311 | 발행일 2018.07.02 | 발행·편집인 오세훈 | 대표전화 02-3701-5500</footer>
</body>
</html>
"""


article(
    name="02_presale_price_articlebody_table_html", ext="html", published="2026-03-19",
    title="서울 아파트 분양가 3.3㎡당 5,000만원 넘었다…전용 84㎡ 17억 시대",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["2026.03.20(금)", "구름많음", "코스피 2,874.31", "구독신청", "부동산 > 분양", "가+", "견본주택에", "방문객 1만 2,000명", "/비즈온경제 DB",
               "<표>", "단위: 만원", "2,398", "2,251", "2,190", "2,004", "자료: 주택도시보증공사", "[관련기사]", "14억 돌파", "강남 3구는 25억원",
               "6만 2,000가구", "1만 가구 넘어", "sky.kim@", "저작권자 © 비즈온경제", "많이 본 뉴스", "427대 1", "코스피 3,000 재탈환", "닷새째",
               "두 달 새 0.3%p", "비즈온미디어", "퇴계로 190", "아53311", "발행일 2018.07.02", "02-3701-5500"],
    notes=("An economic-daily article HTML (비즈온경제, invented): **the date is only in <meta property='article:published_time' "
           "content='2026-03-19T06:00:00+09:00'>** (no visible 입력 line, no JSON-LD), a top bar with **the next day's date '2026.03.20(금)'**, "
           "weather and a KOSPI figure, menu, p.section, h1.headline, **deck as two lines in h2.subhead (<br>)**, a byline without date; "
           "body = the <p>s of **div#articleBody**, which also holds a photo div with a caption (figures), **a <table> '<표> 주요 지역 3.3㎡당 "
           "평균 분양가' with a 자료 line (figures repeating and extending the text)**, an inline '[관련기사]' box (figures) and a p.byline with "
           "e-mail — all furniture (the table is a data box like blind10's [BOX]); copyright, 많이 본 뉴스 (figures), footer (발행일 2018). "
           "published: the meta date (not the top bar). Title not scored; deck lines body. Conventions: '1년 새 13.8% 올라' (deck) a gold "
           "%-change ('1년 새' an optional base); '5,124만원으로 1년 전(4,502만원)보다 13.8% 올랐다' gold endpoint change (the rate's "
           "%-change optional); '전월(5,017만원)과 비교해도 107만원 상승했다' a gold change {before, delta} (the after 5,124만원 is in the "
           "previous sentence; a prediction also giving it matches), the bare {delta} optional; **index levels (건설공사비지수 134.62, "
           "'2020년(100)') are no figures: their level changes are optional, the rate '34.6% 높다' a gold %-change**; '224만 1,000원으로 6개월 "
           "전보다 2.2% 인상됐다' and '2,187만원으로 1년 전보다 9.1% 올랐다' two gold changes each ({after} and {delta %}); '61.3%로 1월보다 "
           "0.4%포인트 높아졌다' {after, delta} no unit ('1월' a gold month); '5,842건으로 전월(4,310건)보다 35.5%' gold count change (counts "
           "optional, rate's change optional); '5,000만원을 넘어섰다' at_least money (change optional); measures and per-unit bases "
           "('3.3㎡당', '84㎡', '34평형', '㎡당', '한 채') optional; '절반', '15배' optional readings only; '2년 만(에)' optional; '60%대' band "
           "optional; '2024년 2월 이후' open-ended from 2024-02 (blind9); '다음 달 서울에서는 7개 단지, 4,380가구' gold counts and month 2026-04; report names '‘2월 말 기준 …’' and '3월 말 기준 분양가격 동향' gold "
           "months (day optional); '지난 1일부터' open end from 2026-03-01; regional figures '경기(2,615만원)' gold money. Organisations: "
           "주택도시보증공사 (HUG), 한국건설기술연구원, 한국부동산원 (이하 부동산원), 직방; 정부, the university and 경기도 (a region here) optional; "
           "서울/경기/인천/부산/대구 as regions are not organisations. 최서진 and 김하늘 are people."),
)


# ---------------------------------------------------------------------------
# 03 국가데이터처 「2026년 5월 소비자물가동향」 보도자료, plain-text dump with page breaks ('- 1 -'), a running header and a
#    chart block between paragraphs; 2026-06-02
# ---------------------------------------------------------------------------
YOY = lambda: base("전년동월대비", ("2025-05", "2025-05"))
MOM = lambda t="전월": base(t, ("2026-04", "2026-04"))


A03 = [
    ("- 5월 소비자물가 전년동월대비 2.3% 상승…전월(2.6%)보다 0.3%p 낮아져", [
        p("5월", "2026-05", "2026-05"), *YOY(), pc("2.3%", 2.3), ch("전년동월대비 2.3% 상승", delta=2.3, unit="%"),
        *MOM(), pc("2.6%", 2.6), pc("0.3%p", 0.3),
        ch("2.3% 상승…전월(2.6%)보다 0.3%p 낮아져", before=2.6, after=2.3, delta=-0.3),
        ch("전월(2.6%)보다 0.3%p 낮아져", before=2.6, delta=-0.3, opt=True), ch("0.3%p 낮아져", delta=-0.3, unit="%p", opt=True),
    ]),
    ("- 농축수산물 4.8% 올라 물가 상승 주도, 석유류는 3.2% 하락", [
        pc("4.8%", 4.8), ch("4.8% 올라", delta=4.8, unit="%"), pc("3.2%", 3.2), ch("3.2% 하락", delta=-3.2, unit="%"),
    ]),
    ("□ 2026년 5월 소비자물가지수는 118.42(2020=100)로 전년동월대비 2.3% 상승하였다. 상승률은 지난 2월(2.2%) 이후 석 달 만에 가장 낮았다.", [
        p("2026년 5월", "2026-05", "2026-05"), ch("118.42(2020=100)로", after=118.42, opt=True), p("2020", "2020", "2020", opt=True),
        *YOY(), pc("2.3%", 2.3), ch("전년동월대비 2.3% 상승하였다", delta=2.3, unit="%"),
        p("지난 2월(2.2%) 이후", "2026-02", None), p("지난 2월", "2026-02", "2026-02", opt=True), pc("2.2%", 2.2), *dur("석 달 만에", 3, "달"),
    ]),
    ("○ 전월대비로는 0.2% 올랐다. 근원물가 지표인 농산물및석유류제외지수는 전년동월대비 2.0%, 식료품및에너지제외지수(OECD 기준)는 1.9% 각각 상승하였다.", [
        *MOM("전월대비"), pc("0.2%", 0.2), ch("전월대비로는 0.2% 올랐다", delta=0.2, unit="%"),
        *YOY(), pc("2.0%", 2.0), ch("전년동월대비 2.0%", delta=2.0, unit="%"), pc("1.9%", 1.9), ch("1.9% 각각 상승하였다", delta=1.9, unit="%"),
    ]),
    ("○ 체감물가를 나타내는 생활물가지수는 2.7% 올라 전월(3.1%)보다 상승폭이 0.4%p 축소되었다. 신선식품지수는 7.9% 상승하였다.", [
        pc("2.7%", 2.7), ch("2.7% 올라", delta=2.7, unit="%"), *MOM(), pc("3.1%", 3.1), pc("0.4%p", 0.4),
        ch("2.7% 올라 전월(3.1%)보다 상승폭이 0.4%p 축소되었다", before=3.1, after=2.7, delta=-0.4),
        ch("전월(3.1%)보다 상승폭이 0.4%p 축소되었다", before=3.1, delta=-0.4, opt=True), ch("0.4%p 축소되었다", delta=-0.4, unit="%p", opt=True),
        pc("7.9%", 7.9), ch("7.9% 상승하였다", delta=7.9, unit="%"),
    ]),
    ("□ 품목성질별로 보면 상품은 전년동월대비 2.1% 상승하였다. 농축수산물이 4.8% 올라 전체 물가를 0.37%p 끌어올렸고, 공업제품은 1.2% 상승하였다. 석유류는 3.2% 내려 2개월 연속 하락하였다.", [
        *YOY(), pc("2.1%", 2.1), ch("전년동월대비 2.1% 상승하였다", delta=2.1, unit="%"),
        pc("4.8%", 4.8), ch("4.8% 올라", delta=4.8, unit="%"), pc("0.37%p", 0.37), ch("0.37%p 끌어올렸고", delta=0.37, unit="%p", opt=True),
        pc("1.2%", 1.2), ch("1.2% 상승하였다", delta=1.2, unit="%"), pc("3.2%", 3.2), ch("3.2% 내려", delta=-3.2, unit="%"),
        *dur("2개월 연속", 2, "개월"),
    ]),
    ("○ 농산물은 사과(31.5%), 배(24.8%), 배추(18.2%) 등이 올라 7.6% 상승하였다. 사과는 지난해 가을 냉해로 저장 물량이 줄어든 영향이 이어졌다. 축산물은 한우(-4.1%)가 내렸지만 돼지고기(6.3%)가 올라 1.8% 상승하였다.", [
        pc("31.5%", 31.5), ch("사과(31.5%)", delta=31.5, unit="%"), pc("24.8%", 24.8), ch("배(24.8%)", delta=24.8, unit="%"),
        pc("18.2%", 18.2), ch("배추(18.2%)", delta=18.2, unit="%"), pc("7.6%", 7.6), ch("7.6% 상승하였다", delta=7.6, unit="%"),
        p("지난해 가을", None, None, opt=True), p("지난해 가을", "2025", "2025", opt=True), p("지난해 가을", "2025-09", "2025-11", opt=True),
        p("지난해", "2025", "2025", opt=True),
        pc("-4.1%", -4.1), ch("한우(-4.1%)", delta=-4.1, unit="%"), pc("6.3%", 6.3), ch("돼지고기(6.3%)", delta=6.3, unit="%"),
        pc("1.8%", 1.8), ch("1.8% 상승하였다", delta=1.8, unit="%"),
    ]),
    ("○ 석유류는 휘발유(-4.5%), 경유(-2.9%) 등이 내렸다. 두바이유 가격이 지난해 5월 배럴당 84.2달러에서 올해 5월 76.5달러로 9.1% 떨어진 영향이다. 가공식품은 2.9% 올라 전월(3.3%)보다 오름폭이 줄었다.", [
        pc("-4.5%", -4.5), ch("휘발유(-4.5%)", delta=-4.5, unit="%"), pc("-2.9%", -2.9), ch("경유(-2.9%)", delta=-2.9, unit="%"),
        p("지난해 5월", "2025-05", "2025-05"), USD("84.2달러", 84.2), p("올해 5월", "2026-05", "2026-05"), USD("76.5달러", 76.5),
        ch("지난해 5월 배럴당 84.2달러에서 올해 5월 76.5달러로 9.1% 떨어진", before=84.2, after=76.5, unit="USD"),
        pc("9.1%", 9.1), ch("9.1% 떨어진", delta=-9.1, unit="%", opt=True), c("배럴당", 1, "배럴", opt=True),
        pc("2.9%", 2.9), ch("2.9% 올라", delta=2.9, unit="%"), *MOM(), pc("3.3%", 3.3),
        ch("2.9% 올라 전월(3.3%)보다 오름폭이 줄었다", before=3.3, after=2.9), ch("2.9% 올라 전월(3.3%)보다 오름폭이 줄었다", before=3.3, after=2.9, delta=-0.4, opt=True),
    ]),
    ("□ 서비스는 2.5% 상승하였다. 개인서비스가 3.0% 올라 전체 물가를 1.00%p 끌어올렸다. 외식은 2.8%, 외식제외 개인서비스는 3.2% 각각 상승하였다. 공공서비스는 1.4% 오르는 데 그쳤다.", [
        pc("2.5%", 2.5), ch("2.5% 상승하였다", delta=2.5, unit="%"), pc("3.0%", 3.0), ch("3.0% 올라", delta=3.0, unit="%"),
        pc("1.00%p", 1.0), ch("1.00%p 끌어올렸다", delta=1.0, unit="%p", opt=True),
        pc("2.8%", 2.8), ch("외식은 2.8%", delta=2.8, unit="%"), pc("3.2%", 3.2), ch("3.2% 각각 상승하였다", delta=3.2, unit="%"),
        pc("1.4%", 1.4), ch("1.4% 오르는 데 그쳤다", delta=1.4, unit="%"),
    ]),
    ("○ 집세는 전세(0.6%)와 월세(1.3%)가 모두 올라 0.9% 상승하였다.", [
        pc("0.6%", 0.6), ch("전세(0.6%)", delta=0.6, unit="%"), pc("1.3%", 1.3), ch("월세(1.3%)", delta=1.3, unit="%"),
        pc("0.9%", 0.9), ch("0.9% 상승하였다", delta=0.9, unit="%"),
    ]),
    ("□ 지출목적별로는 12개 대분류 가운데 식료품·비주류음료(4.1%), 음식·숙박(2.7%) 등 9개 부문이 오르고, 교통(-0.8%) 등 3개 부문은 내렸다.", [
        c("12개", 12, "개"), pc("4.1%", 4.1), ch("식료품·비주류음료(4.1%)", delta=4.1, unit="%"), pc("2.7%", 2.7), ch("음식·숙박(2.7%)", delta=2.7, unit="%"),
        c("9개", 9, "개"), pc("-0.8%", -0.8), ch("교통(-0.8%)", delta=-0.8, unit="%"), c("3개", 3, "개"),
    ]),
    ("□ 국가데이터처 관계자는 “석유류 가격 하락과 지난해 높은 상승률에 따른 기저효과로 물가 상승세가 둔화했다”며 “다만 사과 등 일부 농산물 가격이 여전히 높아 6월에도 2%대 초중반의 상승률이 이어질 것으로 보인다”고 말했다.", [
        p("지난해", "2025", "2025"), p("6월", "2026-06", "2026-06"), pc("2%대", 2, opt=True),
    ]),
    ("□ 2026년 6월 소비자물가동향은 7월 2일(목) 08:00에 공표할 예정이다.", [
        p("2026년 6월", "2026-06", "2026-06"), p("7월 2일(목)", "2026-07-02", "2026-07-02"), p("08:00", None, None, opt=True),
    ]),
]
ORG03 = [o("국가데이터처"), o("OECD", ["경제협력개발기구"], opt=True)]


def page03(paras, title):
    head = """보 도 자 료                                          국가데이터처
                                                 통계로 국민과 함께, 데이터로 내일을

보도 일시   2026. 6. 2.(화) 08:00        배포 일시   2026. 6. 2.(화) 08:00
※ 통신·방송·인터넷은 6. 2.(화) 08:00 이후 보도 가능
담당 부서   경제통계국 물가동향과      책임자   과  장   정은호  (042-481-2530)
                                        담당자   사무관   구하린  (042-481-2531)

"""
    chart = """
        < 소비자물가지수 및 상승률 추이 >
                                              (전년동월대비, %)
  '25.5월  6월  7월  8월  9월  10월  11월  12월  '26.1월  2월  3월  4월  5월
   2.7   2.5  2.6  2.4  2.3  2.4   2.4   2.5   2.4    2.2  2.5  2.6  2.3
"""
    pb = lambda n: f"\n\n                                    - {n} -\n\f국가데이터처 보도자료                                 2026년 5월 소비자물가동향\n\n"
    tail = """

                                    - 3 -
\f붙임  1. 소비자물가지수 개요
      2. 품목성질별·지출목적별 등락률
      3. 460개 조사 품목별 가격 동향
※ 이 자료는 국가통계포털(KOSIS)과 국가데이터처 누리집에서 내려받을 수 있습니다.
"""
    return (head + title + "\n\n" + "\n".join(paras[:2]) + "\n\n" + "\n".join(paras[2:5]) + "\n" + chart + pb(1)
            + "\n".join(paras[5:8]) + pb(2) + "\n".join(paras[8:]) + tail)


article(
    name="03_cpi_may_release_pagebreaks", ext="txt", published="2026-06-02",
    title="2026년 5월 소비자물가동향",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["보 도 자 료", "통계로 국민과 함께", "보도 일시", "배포 일시", "이후 보도 가능", "담당 부서", "경제통계국 물가동향과", "정은호", "042-481-2530",
               "구하린", "042-481-2531", "소비자물가지수 및 상승률 추이", "(전년동월대비, %)", "'25.5월", "- 1 -", "- 2 -", "- 3 -", "국가데이터처 보도자료",
               "붙임", "460개 조사 품목", "국가통계포털(KOSIS)", "내려받을 수 있습니다"],
    notes=("A 국가데이터처 보도자료 as a plain-text dump of the HWP/PDF (invented layout): spaced '보 도 자 료', slogan, **'보도 일시   2026. 6. "
           "2.(화) 08:00   배포 일시 …'**, an embargo line, 담당 부서 with phones, the title, two '- ' deck lines, □/○ paragraphs **interrupted by "
           "a chart block ('< 소비자물가지수 및 상승률 추이 >' with 13 monthly rates) and by page breaks: a centred '- 1 -' / '- 2 -' page "
           "number, a form feed and a running header '국가데이터처 보도자료 … 2026년 5월 소비자물가동향'** on the next page; then '- 3 -', the "
           "붙임 list and a KOSIS note — all furniture. published: the 보도 일시. Title not scored; deck lines body. Conventions: growth "
           "rates with the release's established base (전년동월대비) are gold %-changes with gold percentages, including bracketed item "
           "rates ('사과(31.5%)', '한우(-4.1%)' = −4.1) and 'A%, … B% 각각 상승'; '전월대비로는 0.2% 올랐다' likewise; **a rate compared with "
           "last month's rate** ('2.3% 상승…전월(2.6%)보다 0.3%p 낮아져', '2.7% 올라 전월(3.1%)보다 상승폭이 0.4%p 축소', '2.9% 올라 "
           "전월(3.3%)보다 오름폭이 줄었다') is also a gold %-level change {before, after(, delta)} without unit (blind9's GDP rule); "
           "**contributions in %p ('전체 물가를 0.37%p 끌어올렸고', '1.00%p') are gold percentages, their change readings optional**; **index "
           "levels ('118.42(2020=100)') are no figures** (the level change optional, '2020' optional); '지난해 5월 배럴당 84.2달러에서 올해 5월 "
           "76.5달러로 9.1% 떨어진' gold USD endpoint change (rate's %-change optional; '배럴당' optional); '지난 2월(2.2%) 이후' open-ended "
           "from 2026-02 (blind9); '석 달 만에', '2개월 연속' optional; '지난해 가을' optional (season); '12개 대분류', '9개 부문', '3개 부문' "
           "gold counts; '2%대' band optional; '2026년 6월 소비자물가동향은 7월 2일(목) 08:00' gold month and day (clock optional); "
           "comparison bases '전년동월대비', '전월(대비)' optional. Organisations: 국가데이터처; OECD optional."),
)


# ---------------------------------------------------------------------------
# 04 프로농구 챔피언결정전 6차전, sports-site mobile page dump with a live-score ticker, box score and series results;
#    2026-05-10 (a Sunday)
# ---------------------------------------------------------------------------
SEASONS = (("2025", "2026"), ("2025-10", "2026-05"), ("2026", "2026"))
A04 = [
    ("서울 SK가 3년 만에 프로농구 정상에 올랐다.", [*dur("3년 만에", 3, "년")]),
    ("SK는 10일 부산사직체육관에서 열린 2025-2026 LG전자 프로농구 챔피언결정전(7전 4승제) 6차전 원정 경기에서 부산 KCC를 86-79로 꺾었다. 시리즈 전적 4승 2패를 기록한 SK는 2023년 이후 3년 만이자 통산 네 번째로 챔피언결정전 우승 트로피를 들어 올렸다.", [
        p("10일", "2026-05-10", "2026-05-10"), *season("2025-2026", *SEASONS), c("7전", 7, "전", opt=True), c("4승", 4, "승", opt=True),
        c("4승", 4, "승", opt=True), c("2패", 2, "패", opt=True),
        p("2023년 이후", "2023", None), p("2023년", "2023", "2023", opt=True), *dur("3년 만", 3, "년"),
    ]),
    ("SK는 1쿼터를 21-18로 앞선 뒤 한 번도 리드를 내주지 않았다. 3쿼터 막판 KCC에 2점 차까지 쫓겼지만, 4쿼터 시작 1분 만에 가드 윤태겸(28)이 3점슛 2개를 연달아 꽂으며 점수 차를 다시 8점으로 벌렸다.", [
        c("한 번", 1, "번", opt=True), c("2점", 2, "점", opt=True), *dur("1분 만에", 1, "분"), c("28", 28, "세", opt=True),
        c("2개", 2, "개"), c("8점", 8, "점", opt=True), ch("다시 8점으로 벌렸다", after=8, unit="점", opt=True),
        ch("2점 차까지 쫓겼지만 ... 다시 8점으로 벌렸다", before=2, after=8, unit="점", opt=True),
    ]),
    ("윤태겸은 이날 3점슛 6개를 포함해 27점 5어시스트로 팀 공격을 이끌었다. 그는 기자단 투표에서 유효표 84표 가운데 61표를 받아 챔피언결정전 최우수선수(MVP)에 뽑혔다. MVP 상금은 1,000만원이다.", [
        p("이날", None, None, opt=True), p("이날", "2026-05-10", "2026-05-10", opt=True), c("6개", 6, "개"), c("27점", 27, "점", opt=True),
        c("5어시스트", 5, "어시스트", opt=True), c("84표", 84, "표"), c("61표", 61, "표"), m("1,000만원", 1000 * MAN),
    ]),
    ("KCC는 외국인 선수 트레본 마일스가 31점 12리바운드로 분전했지만, 4쿼터에만 자유투 11개 가운데 5개를 놓친 것이 뼈아팠다. KCC는 2년 연속 준우승에 머물렀다.", [
        c("31점", 31, "점", opt=True), c("12리바운드", 12, "리바운드", opt=True), c("11개", 11, "개"), c("5개", 5, "개"), *dur("2년 연속", 2, "년"),
    ]),
    ("이날 경기장에는 1만 1,240명의 관중이 들어차 올 시즌 최다 관중 기록을 세웠다. 챔피언결정전 6경기 누적 관중은 5만 3,406명으로 지난 시즌(4만 7,473명)보다 12.5% 늘었다.", [
        p("이날", None, None, opt=True), p("이날", "2026-05-10", "2026-05-10", opt=True), c("1만 1,240명", 1 * MAN + 1240, "명"),
        *season("올 시즌", *SEASONS), c("6경기", 6, "경기"), c("5만 3,406명", 5 * MAN + 3406, "명", opt=True),
        *season("지난 시즌", ("2024", "2025"), ("2024-10", "2025-05"), ("2025", "2025")), c("4만 7,473명", 4 * MAN + 7473, "명", opt=True),
        ch("5만 3,406명으로 지난 시즌(4만 7,473명)보다 12.5% 늘었다", before=4 * MAN + 7473, after=5 * MAN + 3406, unit="명"),
        pc("12.5%", 12.5), ch("12.5% 늘었다", delta=12.5, unit="%", opt=True),
    ]),
    ("SK는 우승 상금 1억원을, 준우승팀 KCC는 5,000만원을 받는다. 정규리그 1위 상금 1억원까지 더하면 SK가 이번 시즌 받는 상금은 모두 2억원이다.", [
        m("1억원", 1 * EOK), m("5,000만원", 5000 * MAN), m("1억원", 1 * EOK), *season("이번 시즌", *SEASONS), m("2억원", 2 * EOK),
        ch("모두 2억원", after=2 * EOK, unit="KRW", opt=True), ch("1억원까지 더하면 ... 2억원", before=1 * EOK, after=2 * EOK, unit="KRW", opt=True),
    ]),
    ("SK 문정호 감독은 “정규리그 막판 부상 선수가 4명이나 나와 힘들었지만 선수들이 끝까지 버텨줬다”며 “다음 시즌에는 2연패에 도전하겠다”고 말했다.", [
        c("4명", 4, "명"), *season("다음 시즌", ("2026", "2027"), ("2026-10", "2027-05")), c("2연패", 2, "연패", opt=True),
    ]),
    ("한국농구연맹(KBL)은 오는 13일 서울 강남구 리베라호텔에서 2025-2026시즌 시상식을 열고 정규리그 MVP 등 15개 부문 수상자를 발표한다.", [
        p("오는 13일", "2026-05-13", "2026-05-13"), *season("2025-2026시즌", *SEASONS), c("15개", 15, "개"),
    ]),
]
ORG04 = [
    o("한국농구연맹", ["KBL"]),
    o("서울 SK", ["SK", "SK 나이츠"], opt=True), o("부산 KCC", ["KCC", "KCC 이지스"], opt=True), o("LG전자", opt=True),
    o("부산사직체육관", opt=True), o("리베라호텔", opt=True),
]


def page04(paras, title):
    head = """☰  스포츠온  SPORTS ON                                    🔍  로그인
야구 | 축구 | 농구 | 배구 | 골프 | e스포츠 | 연예 | 포토
LIVE  [KBO] 두산 4 : 7 삼성 종료   [K리그1] 울산 1 : 1 포항 종료   [MLB] 다저스 3 : 2 파드리스 9회말
농구 > KBL

""" + title + """

손예준 기자  |  기사입력 2026-05-10 21:47  |  최종수정 2026-05-11 08:05
댓글 24   공유   글자크기

"""
    body = ("\n\n".join(paras[:2])
            + "\n\n[사진] 서울 SK 선수들이 우승을 확정한 뒤 코트 가운데 모여 트로피를 들어 올리고 있다. /KBL 제공\n\n"
            + "\n\n".join(paras[2:6])
            + """

[박스스코어]
팀          1Q   2Q   3Q   4Q   합계
서울 SK     21   22   18   25    86
부산 KCC    18   20   21   20    79

"""
            + "\n\n".join(paras[6:]))
    tail = """

손예준 기자 yj.son@sportson.kr
ⓒ 스포츠온 무단전재 및 재배포 금지

2025-2026 챔피언결정전 결과
1차전  5월 1일   SK 78-74 KCC
2차전  5월 3일   SK 69-81 KCC
3차전  5월 5일   KCC 72-80 SK
4차전  5월 6일   KCC 90-84 SK
5차전  5월 8일   SK 88-75 KCC
6차전  5월 10일  KCC 79-86 SK

많이 본 뉴스
1  KBO리그 5월 관중 180만 명 돌파…역대 최소 경기
2  ‘연봉 12억’ 국가대표 가드, FA 시장 나온다
3  여자배구 대표팀, VNL 1주차 3승 1패

댓글 24
농구덕후  SK 팬 15년차인데 오늘 울었다  2026.05.10 22:03
사직직관러  KCC 자유투만 넣었어도…  2026.05.10 22:10

회사소개 | 광고문의 | 이용약관 | 개인정보처리방침 | 청소년보호정책
스포츠온 | 서울 마포구 월드컵북로 400 | © SPORTS ON Corp.
"""
    return head + body + tail


article(
    name="04_kbl_final_sports_mobile_pagedump", ext="txt", published="2026-05-10",
    title="SK, KCC 꺾고 3년 만에 프로농구 정상…윤태겸 챔프전 MVP",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["스포츠온", "SPORTS ON", "LIVE", "두산 4 : 7 삼성", "울산 1 : 1 포항", "9회말", "농구 > KBL", "손예준 기자", "기사입력", "최종수정",
               "댓글 24", "[사진]", "코트 가운데", "/KBL 제공", "[박스스코어]", "1Q", "합계", "yj.son@", "ⓒ 스포츠온", "챔피언결정전 결과", "78-74",
               "69-81", "90-84", "88-75", "79-86", "많이 본 뉴스", "180만 명", "연봉 12억", "VNL", "3승 1패", "15년차", "자유투만 넣었어도", "월드컵북로 400"],
    notes=("A sports-site mobile page dump (스포츠온, invented): glyph menu, section tabs, **a LIVE score ticker (other games' scores)**, "
           "section path, title, **'손예준 기자 | 기사입력 2026-05-10 21:47 | 최종수정 2026-05-11 08:05'**, comment/share/font row, body with a "
           "'[사진] … /KBL 제공' caption and **a '[박스스코어]' quarter-by-quarter table** between paragraphs, e-mail and copyright, **a "
           "series-results list (dates and scores)**, 많이 본 뉴스 (figures), dated comments, footer. published: the 기사입력 date (a "
           "Sunday night; not 최종수정, not the comments). Title not scored; no deck. A precision test: **game scores ('86-79', '21-18') "
           "are no figures of any kind**; points, rebounds, assists ('27점', '31점 12리바운드', '2점 차', '8점') optional counts; '4승 2패', "
           "'7전 4승제', '2연패' optional; ordinals ('6차전', '1쿼터', '통산 네 번째', '정규리그 1위', 'MVP') no figures; names with digits "
           "('3점슛') no figures; '(28)' an age (optional). Counted things are gold counts: '3점슛 2개', '6개', '자유투 11개 가운데 5개', "
           "'유효표 84표 가운데 61표', '1만 1,240명', '6경기', '4명', '15개 부문'. '5만 3,406명으로 지난 시즌(4만 7,473명)보다 12.5% 늘었다' "
           "gold endpoint change (counts optional, rate's change optional). Prize money gold ('1억원' twice, '5,000만원', '1,000만원', "
           "'2억원'); the sum ('더하면 … 모두 2억원') no move (optional). Seasons ('2025-2026', '올 시즌', '지난 시즌', '이번 시즌', '다음 "
           "시즌', '2025-2026시즌') optional (any reading); '2023년 이후' open-ended from 2023 (a date directly before 이후, blind9), the year "
           "optional; '3년 만(에)', '1분 만에', '2년 연속' optional; '10일' 2026-05-10, '오는 13일' 2026-05-13; '이날' optional. "
           "Organisations: 한국농구연맹 (KBL); the clubs (서울 SK / SK, 부산 KCC / KCC), the title sponsor LG전자 and the venues optional. "
           "윤태겸, 트레본 마일스, 문정호 are people."),
)


# ---------------------------------------------------------------------------
# 05 카카오 2분기 실적, Next.js-style HTML (hashed css- class names, <time dateTime> in UTC, the article again in
#    <script id="__NEXT_DATA__"> JSON with publishedAt), 2026-08-06
# ---------------------------------------------------------------------------
Q2_26, Q2_25, Q1_26 = ("2026-04", "2026-06"), ("2025-04", "2025-06"), ("2026-01", "2026-03")
A05 = [
    ("2분기 영업이익 1,864억원…전년 동기 대비 36.2% 증가", [
        p("2분기", *Q2_26), m("1,864억원", 1864 * EOK), *base("전년 동기", Q2_25), pc("36.2%", 36.2),
        ch("영업이익 1,864억원", after=1864 * EOK, unit="KRW"), ch("36.2% 증가", delta=36.2, unit="%"),
    ]),
    ("카카오엔터테인먼트 흑자 전환, 톡비즈 매출 처음으로 6,000억원 넘어", [
        m("6,000억원", 6000 * EOK, q="at_least"), ch("6,000억원 넘어", after=6000 * EOK, unit="KRW", opt=True),
    ]),
    ("카카오가 광고와 커머스 사업 호조에 힘입어 시장 기대치를 웃도는 2분기 실적을 냈다.", [p("2분기", *Q2_26)]),
    ("카카오는 올해 2분기 연결 기준 매출이 2조 1,352억원으로 지난해 같은 기간보다 7.4% 늘었다고 6일 공시했다. 영업이익은 1,864억원으로 36.2% 증가했고, 순이익은 1,217억원으로 1년 전(482억원)의 2.5배로 불어났다.", [
        p("올해 2분기", *Q2_26), m("2조 1,352억원", 2 * JO + 1352 * EOK), *base("지난해 같은 기간", Q2_25), pc("7.4%", 7.4),
        ch("2조 1,352억원으로", after=2 * JO + 1352 * EOK, unit="KRW"), ch("지난해 같은 기간보다 7.4% 늘었다", delta=7.4, unit="%"),
        p("6일", "2026-08-06", "2026-08-06"),
        m("1,864억원", 1864 * EOK), pc("36.2%", 36.2), ch("1,864억원으로", after=1864 * EOK, unit="KRW"), ch("36.2% 증가했고", delta=36.2, unit="%"),
        m("1,217억원", 1217 * EOK), *base("1년 전", Q2_25, ("2025", "2025")), m("482억원", 482 * EOK),
        ch("1,217억원으로 1년 전(482억원)의 2.5배로 불어났다", before=482 * EOK, after=1217 * EOK, unit="KRW"), *mult("2.5배", 2.5),
    ]),
    ("영업이익률은 8.7%로 지난해 2분기(6.9%)보다 1.8%포인트 높아졌다. 직전 분기인 1분기(1,505억원)와 비교해도 영업이익이 23.9% 늘었다.", [
        pc("8.7%", 8.7), p("지난해 2분기", *Q2_25), pc("6.9%", 6.9), pc("1.8%포인트", 1.8),
        ch("8.7%로 지난해 2분기(6.9%)보다 1.8%포인트 높아졌다", before=6.9, after=8.7, delta=1.8),
        *base("직전 분기", Q1_26), p("1분기", *Q1_26), m("1,505억원", 1505 * EOK), pc("23.9%", 23.9),
        ch("영업이익이 23.9% 늘었다", delta=23.9, unit="%"),
        ch("1분기(1,505억원)와 비교해도 영업이익이 23.9% 늘었다", before=1505 * EOK, unit="KRW", opt=True),
        ch("1분기(1,505억원)와 비교해도 영업이익이 23.9% 늘었다", before=1505 * EOK, after=1864 * EOK, unit="KRW", opt=True),
    ]),
    ("사업별로는 플랫폼 부문 매출이 1조 340억원으로 11.2% 늘었다. 이 가운데 카카오톡 광고와 선물하기 등을 포함한 톡비즈 매출은 6,128억원으로 처음으로 6,000억원을 넘어섰다. 포털비즈 매출은 782억원으로 8.5% 줄었다.", [
        m("1조 340억원", 1 * JO + 340 * EOK), pc("11.2%", 11.2), ch("1조 340억원으로", after=1 * JO + 340 * EOK, unit="KRW"), ch("11.2% 늘었다", delta=11.2, unit="%"),
        m("6,128억원", 6128 * EOK), ch("6,128억원으로", after=6128 * EOK, unit="KRW", opt=True),
        m("6,000억원", 6000 * EOK, q="at_least"), ch("6,000억원을 넘어섰다", after=6000 * EOK, unit="KRW", opt=True),
        m("782억원", 782 * EOK), pc("8.5%", 8.5), ch("782억원으로", after=782 * EOK, unit="KRW"), ch("8.5% 줄었다", delta=-8.5, unit="%"),
    ]),
    ("콘텐츠 부문 매출은 1조 1,012억원으로 3.9% 늘었다. 적자가 이어지던 카카오엔터테인먼트는 2분기 영업이익 214억원을 내며 흑자로 돌아섰다. 지난해 2분기에는 156억원의 영업손실을 냈다. 카카오게임즈는 영업손실이 92억원으로 1년 전(315억원)보다 적자 폭이 223억원 줄었다.", [
        m("1조 1,012억원", 1 * JO + 1012 * EOK), pc("3.9%", 3.9), ch("1조 1,012억원으로", after=1 * JO + 1012 * EOK, unit="KRW"), ch("3.9% 늘었다", delta=3.9, unit="%"),
        p("2분기", *Q2_26), m("214억원", 214 * EOK), ch("214억원을 내며 흑자로 돌아섰다", after=214 * EOK, unit="KRW", opt=True),
        ch("214억원을 내며 흑자로 돌아섰다 ... 156억원의 영업손실", before=-156 * EOK, after=214 * EOK, unit="KRW", opt=True),
        p("지난해 2분기", *Q2_25), m("156억원", 156 * EOK),
        m("92억원", 92 * EOK), *base("1년 전", Q2_25, ("2025", "2025")), m("315억원", 315 * EOK), m("223억원", 223 * EOK),
        ch("영업손실이 92억원으로 1년 전(315억원)보다 적자 폭이 223억원 줄었다", before=315 * EOK, after=92 * EOK, delta=-223 * EOK, unit="KRW"),
    ]),
    ("하반기 전망도 밝은 편이다. 카카오는 지난 6월 선보인 인공지능(AI) 비서 서비스의 월간 이용자가 출시 두 달 만에 420만 명을 넘어섰다고 밝혔다. 회사는 연내 유료 구독 상품을 내놓고, 2028년까지 AI 관련 매출을 연 1조원 규모로 키운다는 목표를 세웠다.", [
        p("하반기", "2026-07", "2026-12"), p("지난 6월", "2026-06", "2026-06"), *dur("두 달 만에", 2, "달"),
        c("420만 명", 420 * MAN, "명", q="at_least"), ch("420만 명을 넘어섰다", after=420 * MAN, unit="명", opt=True),
        p("연내", None, None, opt=True), p("연내", "2026", "2026", opt=True), p("연내", None, "2026", opt=True), p("연내", None, "2026-12", opt=True),
        p("2028년까지", None, "2028"), m("1조원", 1 * JO), ch("연 1조원 규모로 키운다", after=1 * JO, unit="KRW"),
    ]),
    ("주주환원도 늘린다. 카카오는 이날 이사회를 열고 1,500억원 규모의 자사주 매입을 결의했다. 사들인 주식의 절반은 연내 소각한다. 신한투자증권은 이날 카카오의 목표주가를 기존 5만 8,000원에서 6만 5,000원으로 올렸다.", [
        p("이날", None, None, opt=True), p("이날", "2026-08-06", "2026-08-06", opt=True), m("1,500억원", 1500 * EOK), *mult("절반", 0.5),
        p("연내", None, None, opt=True), p("연내", "2026", "2026", opt=True), p("연내", None, "2026", opt=True), p("연내", None, "2026-12", opt=True),
        p("이날", None, None, opt=True), p("이날", "2026-08-06", "2026-08-06", opt=True),
        m("5만 8,000원", 5 * MAN + 8000), m("6만 5,000원", 6 * MAN + 5000),
        ch("기존 5만 8,000원에서 6만 5,000원으로 올렸다", before=5 * MAN + 8000, after=6 * MAN + 5000, unit="KRW"),
    ]),
    ("카카오 주가는 이날 전 거래일보다 4.6% 오른 5만 2,300원에 거래를 마쳤다.", [
        p("이날", None, None, opt=True), p("이날", "2026-08-06", "2026-08-06", opt=True), *base("전 거래일", ("2026-08-05", "2026-08-05")),
        pc("4.6%", 4.6), ch("4.6% 오른", delta=4.6, unit="%"), m("5만 2,300원", 5 * MAN + 2300), ch("4.6% 오른 5만 2,300원", after=5 * MAN + 2300, unit="KRW"),
    ]),
]
ORG05 = [
    o("카카오"), o("카카오엔터테인먼트"), o("카카오게임즈"), o("신한투자증권"), o("카카오톡", opt=True),
]


def page05(paras, title):
    deck = "".join(f'<li class="css-1q8f2v e1xq7mz3">{esc(t)}</li>' for t in paras[:2])
    ps = [f'<p class="css-o3k7x1 e1xq7mz5">{esc(t)}</p>' for t in paras[2:]]
    fig = ('<figure class="css-15b6r8 e1xq7mz6"><img alt="" src="https://cdn.techbrief.kr/_next/image?url=%2Fuploads%2Fkakao_agit.jpg&amp;w=1080&amp;q=75" '
           'width="1080" height="720" decoding="async" loading="lazy"/><figcaption class="css-1b0zz3e">경기 성남시 판교 카카오 아지트. (사진=카카오)</figcaption></figure>')
    ad = '<div class="css-ad9z1 e1xq7mz9" data-ad-slot="article_mid"><span>광고</span><div id="div-gpt-ad-1722931-0"></div></div>'
    body = "".join(ps[:3] + [fig] + ps[3:5] + [ad] + ps[5:])
    body_html = "".join(f"<p>{esc(t)}</p>" for t in paras[2:])
    data = {"props": {"pageProps": {
        "article": {"id": "a0806kakao2q", "section": "biz", "title": title, "summary": paras[:2],
                    "author": {"name": "정유나", "email": "yuna@techbrief.kr"},
                    "publishedAt": "2026-08-06T16:48:00+09:00", "updatedAt": "2026-08-06T18:02:11+09:00",
                    "tags": ["카카오", "실적", "2분기"], "bodyHtml": body_html},
        "related": [{"id": "a0805naver2q", "title": "네이버 2분기 영업이익 5,420억원…사상 최대", "publishedAt": "2026-08-05T07:30:00+09:00"},
                    {"id": "a0731krafton", "title": "크래프톤, 상반기 매출 1조 5,000억원 돌파", "publishedAt": "2026-07-31T17:05:00+09:00"}]}},
        "page": "/news/[id]", "query": {"id": "a0806kakao2q"}, "buildId": "Xq7mKp29Lw", "isFallback": False, "gssp": True}
    js = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)} | 테크브리프</title><meta name="description" content="{esc(paras[2])}"/><meta property="og:title" content="{esc(title)}"/><meta property="og:type" content="article"/><link rel="preload" as="image" href="https://cdn.techbrief.kr/_next/image?url=%2Fuploads%2Fkakao_agit.jpg&amp;w=1080&amp;q=75"/><meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/8a1f3c2b9e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1f3c2b9e.css" data-n-g=""/><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-3f1c0e2a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a6.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bid%5D-91ab02f4.js" defer=""></script></head><body><div id="__next"><div class="css-1n9q3jo e1s8ld0"><header class="css-k2p9a1 e1s8ld1"><a class="css-logo" href="/">테크브리프</a><nav class="css-7fjw2c"><a href="/tech">테크</a><a href="/biz">비즈</a><a href="/market">마켓</a><a href="/startup">스타트업</a><a href="/subscribe" class="css-sub">구독하기</a></nav></header><div class="css-ticker e1s8ld2"><span>카카오</span><span>035720</span><span>52,300</span><span class="css-up">▲2,300 (+4.60%)</span></div><main class="css-1l4w6pd e1s8ld3"><article class="css-9x1l2b e1bm3oz0"><div class="css-1wz4u5q e1bm3oz1">비즈 · 실적</div><h1 class="css-11ylq2k e1bm3oz2">{esc(title)}</h1><ul class="css-1yq2v0s e1xq7mz2">{deck}</ul><div class="css-meta e1bm3oz3"><span class="css-author">정유나 기자</span><time dateTime="2026-08-06T07:48:00.000Z" class="css-time">2026년 8월 6일 오후 4:48</time><span class="css-read">3분 읽기</span></div><div class="css-body e1xq7mz4" data-testid="article-body">{body}</div><div class="css-tags e1bm3oz5"><a href="/tag/카카오">#카카오</a><a href="/tag/실적">#실적</a><a href="/tag/2분기">#2분기</a></div><div class="css-share"><button>링크 복사</button><button>카카오톡 공유</button></div></article><section class="css-rel e1s8ld4"><h2>이 기사와 함께 읽은 기사</h2><ul><li><a href="/news/a0805naver2q">네이버 2분기 영업이익 5,420억원…사상 최대</a><span>8월 5일</span></li><li><a href="/news/a0731krafton">크래프톤, 상반기 매출 1조 5,000억원 돌파</a><span>7월 31일</span></li></ul></section></main><footer class="css-foot e1s8ld5"><p>(주)테크브리프 | 서울특별시 강남구 테헤란로 427 | 인터넷신문 등록번호 서울 아60217</p><p>© 2026 TechBrief. All rights reserved.</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{js}</script></body></html>
"""


article(
    name="05_kakao_q2_earnings_nextjs_html", ext="html", published="2026-08-06",
    title="카카오, 2분기 영업이익 1,864억원…광고·커머스 호조에 36% 증가",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["테크브리프", "구독하기", "035720", "▲2,300", "+4.60%", "비즈 · 실적", "정유나 기자", "3분 읽기", "판교 카카오 아지트", "(사진=카카오)",
               "div-gpt-ad", "#실적", "링크 복사", "카카오톡 공유", "이 기사와 함께 읽은 기사", "5,420억원", "사상 최대", "1조 5,000억원 돌파", "테헤란로 427",
               "아60217", "TechBrief", "publishedAt", "buildId"],
    notes=("A Next.js-style tech/business news HTML (테크브리프, invented): one-line markup with **hashed class names (css-… e1…)**, "
           "_next preload/chunk scripts, header nav, **a stock ticker (카카오 035720 52,300 ▲2,300 (+4.60%))**, div 'section', h1, **deck as two "
           "li in a ul**, meta row with author, **<time dateTime='2026-08-06T07:48:00.000Z'> (UTC) showing '2026년 8월 6일 오후 4:48'** and a "
           "reading time, body = the p of div[data-testid=article-body] with a figure/figcaption (company photo) and an ad slot inside; tags, "
           "share buttons, '이 기사와 함께 읽은 기사' (figures, dates), footer; **the article is repeated in <script id='__NEXT_DATA__'> JSON "
           "(publishedAt '2026-08-06T16:48:00+09:00', updatedAt, bodyHtml with \\u003c escapes, related titles)**. No meta date. published: "
           "2026-08-06 (time element / JSON publishedAt). Title not scored; the deck lines are body. Conventions: deck '1,864억원…전년 동기 "
           "대비 36.2% 증가' two gold changes (blind10); '2조 1,352억원으로 지난해 같은 기간보다 7.4% 늘었다', '1,864억원으로 36.2% 증가', "
           "'1조 340억원으로 11.2% 늘었다', '782억원으로 8.5% 줄었다', '1조 1,012억원으로 3.9% 늘었다' two gold changes each; '1,217억원으로 1년 "
           "전(482억원)의 2.5배로' gold endpoint change ('2.5배' optional readings); '8.7%로 지난해 2분기(6.9%)보다 1.8%포인트' gold %-level "
           "change (no unit); '직전 분기인 1분기(1,505억원)와 비교해도 영업이익이 23.9% 늘었다' a gold %-change (the after-level is in the "
           "previous paragraph; the KRW endpoint readings optional); **흑자 전환 ('214억원을 내며 흑자로 돌아섰다' / '지난해 2분기에는 156억원의 "
           "영업손실') money gold, the loss-to-profit change optional**; **a shrinking loss ('영업손실이 92억원으로 1년 전(315억원)보다 적자 폭이 "
           "223억원 줄었다') a gold change {before 315억, after 92억, delta −223억}** (losses as positive amounts); '6,000억원을 넘어섰다' / "
           "'6,000억원 넘어' at_least money (changes optional), '6,128억원으로 처음으로 …' after-change optional; '420만 명을 넘어섰다' at_least "
           "count; '2028년까지 … 연 1조원 규모로 키운다' a gold planned after-change; '기존 5만 8,000원에서 6만 5,000원으로' (target price) gold; "
           "'전 거래일보다 4.6% 오른 5만 2,300원' two gold changes (blind9); quarters '2분기', '올해 2분기' = 2026-04..06, '지난해 2분기' "
           "2025-04..06, '1분기' 2026-01..03, '하반기' 2026-07..12; bases ('전년 동기', '지난해 같은 기간', '1년 전', '직전 분기', '전 거래일') "
           "optional; '연내', '이날', '두 달 만에' optional; '절반' optional readings. Organisations: 카카오, 카카오엔터테인먼트, 카카오게임즈, "
           "신한투자증권; 카카오톡 (a service) optional."),
)


# ---------------------------------------------------------------------------
# 06 2027년도 예산안 국회 통과, a newsletter's web version (HTML e-mail: nested tables with inline styles), 2026-12-03
# ---------------------------------------------------------------------------
A06 = [
    ("국회가 2일 본회의를 열고 762조 7,900억원 규모의 2027년도 예산안을 통과시켰다. 정부가 제출한 예산안(763조 2,000억원)보다 4,100억원 줄었다. 헌법이 정한 처리 시한(12월 2일)은 지켰지만, 여야 합의가 늦어지면서 본회의는 밤 11시 40분에야 열렸다.", [
        p("2일", "2026-12-02", "2026-12-02"), m("762조 7,900억원", 762 * JO + 7900 * EOK), p("2027년도", "2027", "2027", opt=True),
        m("763조 2,000억원", 763 * JO + 2000 * EOK), m("4,100억원", 4100 * EOK),
        ch("762조 7,900억원 ... 예산안(763조 2,000억원)보다 4,100억원 줄었다", before=763 * JO + 2000 * EOK, after=762 * JO + 7900 * EOK, delta=-4100 * EOK, unit="KRW"),
        ch("예산안(763조 2,000억원)보다 4,100억원 줄었다", before=763 * JO + 2000 * EOK, delta=-4100 * EOK, unit="KRW", opt=True),
        ch("4,100억원 줄었다", delta=-4100 * EOK, unit="KRW", opt=True), ch("762조 7,900억원", after=762 * JO + 7900 * EOK, unit="KRW", opt=True),
        p("12월 2일", "2026-12-02", "2026-12-02"), p("밤 11시 40분", None, None, opt=True), p("밤 11시 40분", "2026-12-02", "2026-12-02", opt=True),
    ]),
    ("국회 예산결산특별위원회(이하 예결위)는 정부안 가운데 1,186개 사업에서 4조 3,200억원을 깎고, 924개 사업에 3조 9,100억원을 늘렸다. 감액 규모는 지난해 심사 때(4조 1,000억원)보다 컸지만, 증액분이 이에 못 미쳐 총지출이 정부안보다 소폭 줄었다.", [
        c("1,186개", 1186, "개"), c("924개", 924, "개"),
        m("4조 3,200억원", 4 * JO + 3200 * EOK), ch("4조 3,200억원을 깎고", delta=-(4 * JO + 3200 * EOK), unit="KRW"),
        m("3조 9,100억원", 3 * JO + 9100 * EOK), ch("3조 9,100억원을 늘렸다", delta=3 * JO + 9100 * EOK, unit="KRW"),
        p("지난해", "2025", "2025"), m("4조 1,000억원", 4 * JO + 1000 * EOK),
        ch("감액 규모는 지난해 심사 때(4조 1,000억원)보다 컸지만", before=4 * JO + 1000 * EOK, after=4 * JO + 3200 * EOK, unit="KRW", opt=True),
    ]),
    ("분야별로는 연구개발(R&D) 예산이 정부안 35조 3,000억원에서 35조 8,600억원으로 5,600억원 늘어 증액 폭이 가장 컸다. 기초연구 지원 사업에만 2,100억원이 더해졌다. 반면 예비비는 4조 8,000억원에서 3조 6,000억원으로 1조 2,000억원 깎였다.", [
        m("35조 3,000억원", 35 * JO + 3000 * EOK), m("35조 8,600억원", 35 * JO + 8600 * EOK), m("5,600억원", 5600 * EOK),
        ch("35조 3,000억원에서 35조 8,600억원으로 5,600억원 늘어", before=35 * JO + 3000 * EOK, after=35 * JO + 8600 * EOK, delta=5600 * EOK, unit="KRW"),
        m("2,100억원", 2100 * EOK), ch("2,100억원이 더해졌다", delta=2100 * EOK, unit="KRW"),
        m("4조 8,000억원", 4 * JO + 8000 * EOK), m("3조 6,000억원", 3 * JO + 6000 * EOK), m("1조 2,000억원", 1 * JO + 2000 * EOK),
        ch("4조 8,000억원에서 3조 6,000억원으로 1조 2,000억원 깎였다", before=4 * JO + 8000 * EOK, after=3 * JO + 6000 * EOK, delta=-(1 * JO + 2000 * EOK), unit="KRW"),
    ]),
    ("여야가 막판까지 맞섰던 지역사랑상품권 발행 지원 예산은 정부안(5,000억원)보다 3,000억원 늘어난 8,000억원으로 확정됐다. 여야는 국비 지원율을 현행 8%에서 10%로 높이는 데에도 합의했다.", [
        m("5,000억원", 5000 * EOK), m("3,000억원", 3000 * EOK), m("8,000억원", 8000 * EOK),
        ch("정부안(5,000억원)보다 3,000억원 늘어난 8,000억원", before=5000 * EOK, after=8000 * EOK, delta=3000 * EOK, unit="KRW"),
        p("현행", None, None, opt=True), pc("8%", 8), pc("10%", 10), ch("현행 8%에서 10%로 높이는", before=8, after=10),
    ]),
    ("저출생 대응 예산도 늘었다. 둘째 이상 자녀에게 주는 첫만남이용권은 300만원에서 400만원으로 오르고, 부모급여 예산은 2조 9,700억원으로 정부안보다 1,800억원 증액됐다. 반면 정부안에 새로 담겼던 청년 구직활동 지원금 확대 예산 1,250억원은 전액 삭감됐다.", [
        m("300만원", 300 * MAN), m("400만원", 400 * MAN), ch("300만원에서 400만원으로 오르고", before=300 * MAN, after=400 * MAN, unit="KRW"),
        m("2조 9,700억원", 2 * JO + 9700 * EOK), m("1,800억원", 1800 * EOK),
        ch("2조 9,700억원으로 정부안보다 1,800억원 증액됐다", after=2 * JO + 9700 * EOK, delta=1800 * EOK, unit="KRW"),
        ch("1,800억원 증액됐다", delta=1800 * EOK, unit="KRW", opt=True),
        ch("2조 9,700억원으로 정부안보다 1,800억원 증액됐다", before=2 * JO + 7900 * EOK, after=2 * JO + 9700 * EOK, delta=1800 * EOK, unit="KRW", opt=True),
        m("1,250억원", 1250 * EOK), ch("1,250억원은 전액 삭감됐다", delta=-1250 * EOK, unit="KRW"),
        ch("1,250억원은 전액 삭감됐다", before=1250 * EOK, after=0, unit="KRW", opt=True),
    ]),
    ("예산안과 함께 처리된 세법 개정안에 따라 내년부터 근로소득 세액공제 한도가 연 75만원에서 90만원으로 높아진다. 국회예산정책처(이하 예정처)는 이번 세법 개정으로 향후 5년간 세수가 모두 6조 2,000억원 줄어들 것으로 추산했다.", [
        p("내년부터", "2027", None), m("75만원", 75 * MAN), m("90만원", 90 * MAN),
        ch("연 75만원에서 90만원으로 높아진다", before=75 * MAN, after=90 * MAN, unit="KRW"),
        p("향후 5년간", None, None, opt=True), p("향후 5년간", "2027", "2031", opt=True), c("5년", 5, "년", opt=True),
        m("6조 2,000억원", 6 * JO + 2000 * EOK), ch("세수가 모두 6조 2,000억원 줄어들", delta=-(6 * JO + 2000 * EOK), unit="KRW"),
    ]),
    ("정부는 오는 8일 국무회의에서 예산 배정계획을 의결하고, 새해 첫 업무일인 내년 1월 4일부터 집행에 들어간다. 기획예산처 관계자는 “상반기에 전체 예산의 65% 이상을 집행할 계획”이라고 말했다.", [
        p("오는 8일", "2026-12-08", "2026-12-08"), p("새해", None, None, opt=True), p("새해", "2027", "2027", opt=True),
        p("내년 1월 4일부터", "2027-01-04", None), p("내년 1월 4일", "2027-01-04", "2027-01-04", opt=True),
        p("상반기", "2027-01", "2027-06"), pc("65%", 65),
    ]),
]
ORG06 = [
    o("국회"), o("예산결산특별위원회", ["예결위", "국회 예산결산특별위원회"]), o("국회예산정책처", ["예정처"]), o("기획예산처"),
    o("정부", opt=True), o("여야", opt=True), o("국무회의", opt=True),
]


def page06(paras, title):
    TD = 'style="padding:0 32px 14px 32px;font-family:\'Apple SD Gothic Neo\',\'맑은 고딕\',sans-serif;font-size:15px;line-height:1.75;color:#222222;"'
    rows = "\n".join(f'<tr><td {TD}>{esc(t)}</td></tr>' for t in paras)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>[여의도 레터] {esc(title)}</title>
<style type="text/css">body{{margin:0;padding:0;}} table{{border-collapse:collapse;}} @media only screen and (max-width:620px){{.wrap{{width:100% !important;}}}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<div style="display:none;max-height:0;overflow:hidden;">R&amp;D는 늘고 예비비는 줄었습니다. 숫자로 짚어보는 내년 나라살림</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;"><tr><td align="center">
<table class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">
<tr><td align="right" style="padding:10px 32px;font-size:11px;color:#999999;">메일이 잘 보이지 않나요? <a href="https://letter.jeongchaek.kr/view/218" style="color:#999999;">웹에서 보기</a></td></tr>
<tr><td style="padding:20px 32px 8px 32px;"><img src="https://letter.jeongchaek.kr/img/logo_yeouido.png" alt="여의도 레터" width="180" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:12px;color:#777777;">정책일보가 매주 화·목 아침 보내는 국회 뉴스레터 · 제218호 · 2026. 12. 3.(목)</td></tr>
<tr><td style="padding:0 32px 20px 32px;font-size:14px;color:#444444;">구독자님, 안녕하세요. 어젯밤 늦게 내년 나라살림이 확정됐습니다. 오늘 레터에서는 무엇이 늘고 무엇이 줄었는지 정리했습니다.</td></tr>
<tr><td style="padding:0 32px 24px 32px;"><table width="100%" cellpadding="12" cellspacing="0" border="0" style="background-color:#f7f5ef;"><tr><td style="font-size:13px;color:#333333;">
<b>오늘의 레터</b><br />① 762조 예산, 이렇게 바뀌었다<br />② 숫자로 보는 예산 심사<br />③ 이번 주 국회 일정</td></tr></table></td></tr>
<tr><td style="padding:0 32px 6px 32px;font-size:12px;font-weight:bold;color:#c0392b;">① 762조 예산, 이렇게 바뀌었다</td></tr>
<tr><td style="padding:0 32px 6px 32px;"><h1 style="margin:0;font-size:22px;line-height:1.4;color:#111111;">{esc(title)}</h1></td></tr>
<tr><td style="padding:0 32px 18px 32px;font-size:12px;color:#888888;">글 정치부 한솔 기자</td></tr>
{rows}
<tr><td style="padding:24px 32px;"><table width="100%" cellpadding="14" cellspacing="0" border="0" style="border:1px solid #dddddd;"><tr><td style="font-size:13px;color:#333333;">
<b>② 숫자로 보는 예산 심사</b><br />
감액 4조 3,200억원 · 증액 3조 9,100억원 · 순감 4,100억원<br />
예결위 심사 기간 34일 · 의원 증액 요구 사업 5,812건<br />
최근 5년 중 법정 시한 내 처리 3번째</td></tr></table></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:13px;color:#333333;"><b>③ 이번 주 국회 일정</b><br />
12월 4일(금) 본회의 — 민생법안 52건 처리 예정<br />
12월 9일(수) 정기국회 폐회, 10일부터 임시국회 소집 요구</td></tr>
<tr><td align="center" style="padding:16px 32px;font-size:13px;color:#555555;">오늘 레터 어떠셨나요? <a href="#">👍 유익해요</a> &nbsp; <a href="#">👎 아쉬워요</a></td></tr>
<tr><td style="padding:20px 32px;font-size:11px;line-height:1.6;color:#999999;background-color:#fafafa;">
정책일보 | 서울특별시 영등포구 의사당대로 38 | 뉴스레터 문의 letter@jeongchaek.kr<br />
이 메일은 여의도 레터 구독을 신청하신 분께 발송됩니다. 더 이상 받지 않으려면 <a href="#" style="color:#999999;">수신거부</a>를 눌러주세요.<br />
지난 레터 보기: 제217호 ‘예결위 소소위, 밀실 심사 논란’ (12월 1일)</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


article(
    name="06_budget_passed_newsletter_html", ext="html", published="2026-12-03",
    title="762조 내년 예산 국회 통과…R&D 5,600억 늘고 예비비 1.2조 깎였다",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["숫자로 짚어보는", "웹에서 보기", "여의도 레터", "매주 화·목", "제218호", "구독자님", "나라살림이 확정됐습니다", "오늘의 레터", "이렇게 바뀌었다",
               "한솔 기자", "숫자로 보는 예산 심사", "순감", "심사 기간 34일", "5,812건", "3번째", "이번 주 국회 일정", "민생법안 52건", "정기국회 폐회",
               "유익해요", "아쉬워요", "의사당대로 38", "letter@", "수신거부", "제217호", "밀실 심사"],
    notes=("A newsletter's web version (여의도 레터 of 정책일보, invented): XHTML 1.0 Transitional e-mail markup — **nested <table>s with "
           "inline styles, one <td> per paragraph, no <p>** — a hidden preheader, '웹에서 보기', logo, **an issue line '제218호 · 2026. 12. "
           "3.(목)'**, a greeting with '어젯밤', a table of contents, the story's kicker, h1 title and '글 정치부 한솔 기자', the paragraphs, "
           "then **a '② 숫자로 보는 예산 심사' box repeating body figures (감액/증액/순감)**, '③ 이번 주 국회 일정' with dates, a feedback "
           "row, footer with 수신거부 and the previous issue's date — all furniture. published: the issue date 2026-12-03 (the story reports "
           "the 2일 vote). Title not scored; no deck. Conventions: **changes across sentences** ('762조 7,900억원 규모의 … 예산안을 "
           "통과시켰다. 정부가 제출한 예산안(763조 2,000억원)보다 4,100억원 줄었다') one gold change {before, after, delta} (blind10), "
           "the {before, delta}, {delta} and {after} readings optional; **cuts and additions without levels ('4조 3,200억원을 깎고', "
           "'3조 9,100억원을 늘렸다', '2,100억원이 더해졌다', '세수가 모두 6조 2,000억원 줄어들') gold delta changes**; '1,250억원은 전액 "
           "삭감됐다' a gold {delta −1,250억} ({before, after 0} optional); '2조 9,700억원으로 정부안보다 1,800억원 증액됐다' gold {after, "
           "delta}; '정부안(5,000억원)보다 3,000억원 늘어난 8,000억원' and 'A에서 B로 N원 늘어/깎였다' gold endpoint changes with delta; a "
           "comparison of this year's cut with last year's ('감액 규모는 지난해 심사 때(4조 1,000억원)보다 컸지만') optional; '현행 8%에서 10%로' "
           "%-level change (no unit); '1,186개 사업에서', '924개 사업에' gold counts; '65% 이상' a gold percentage; '2027년도' in the bill's name optional; '처리 시한(12월 2일)' gold day; "
           "'밤 11시 40분' optional; '내년부터' open from 2027; '향후 5년간' optional; '새해' optional; '내년 1월 4일부터' open from 2027-01-04; "
           "**'상반기' inside the quote about next year's execution = 2027-01..06** (context, as blind9's '1분기'). Organisations: 국회, "
           "예산결산특별위원회 (이하 예결위), 국회예산정책처 (이하 예정처), 기획예산처; 정부, 여야, 국무회의 optional."),
)


if __name__ == "__main__":
    main(HERE)
