#!/usr/bin/env python3
"""The eval/blind13 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind13/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN

USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)
JPY = lambda t, v, q="exact", opt=False: m(t, v, "JPY", q=q, opt=opt)
AGE = lambda t, v: c(t, v, "세", opt=True)


def mult(text, factor):
    """A multiple or fraction ('5배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def dur(text, n, unit):
    """A duration ('10년간', '최장 24개월', '3년 만'): optional period and count readings."""
    return [p(text, None, None, opt=True), c(text, n, unit, opt=True), c(text, n, unit, q="at_most", opt=True),
            c(text, n, unit, q="at_least", opt=True)]


# ---------------------------------------------------------------------------
# 01 지방소멸대응기금 배분, 정부 부처 HTML 보도자료 (board view, attachments, 담당자 table), 2026-08-12
# ---------------------------------------------------------------------------
A01 = [
    ("- 2027년도 기금 1조 원 가운데 기초자치단체 몫 7,500억 원, 인구감소지역 등 107곳에 배분", [
        p("2027년도", "2027", "2027"), m("1조 원", 1 * JO), m("7,500억 원", 7500 * EOK), c("107곳", 107, "곳"),
    ]),
    ("- 성과평가 A등급 지역은 144억 원→160억 원으로 상향, 집행률 저조 지역은 감액", [
        m("144억 원", 144 * EOK), m("160억 원", 160 * EOK), ch("144억 원→160억 원", before=144 * EOK, after=160 * EOK, unit="KRW"),
        ch("144억 원→160억 원", before=144 * EOK, after=160 * EOK, delta=16 * EOK, unit="KRW", opt=True),
    ]),
    ("행정안전부(이하 행안부)는 12일 인구감소지역과 관심지역 등 122개 지방자치단체에 대한 ‘2027년도 지방소멸대응기금 배분 결과’를 발표했다. 평가는 한국지방행정연구원(이하 지방연)과 민간 전문가 15명으로 꾸린 평가단이 맡았다.", [
        p("12일", "2026-08-12", "2026-08-12"), c("122개", 122, "개"), p("2027년도", "2027", "2027", opt=True), p("2027년도", None, None, opt=True),
        c("15명", 15, "명"),
    ]),
    ("지방소멸대응기금은 인구 감소로 소멸 위기에 놓인 지역을 돕기 위해 2022년부터 2031년까지 10년간 해마다 1조 원씩 지원하는 재원이다. 이 가운데 광역자치단체에 2,500억 원, 기초자치단체에 7,500억 원이 돌아간다.", [
        p("2022년부터 2031년까지", "2022", "2031"), p("2022년", "2022", "2022", opt=True), p("2022년", "2022", None, opt=True),
        p("2031년", "2031", "2031", opt=True), p("2031년", None, "2031", opt=True), *dur("10년간", 10, "년"), p("해마다", None, None, opt=True),
        m("1조 원", 1 * JO), m("2,500억 원", 2500 * EOK), m("7,500억 원", 7500 * EOK),
    ]),
    ("기초자치단체 몫은 인구감소지역 89곳과 관심지역 18곳에 나눠 배분됐다. 인구감소지역은 투자계획의 적정성과 지난해 집행 실적을 평가해 A~E 등급으로 나눴는데, A등급을 받은 9곳은 160억 원씩, B등급 18곳은 112억 원씩, C등급 35곳은 72억 원씩, D등급 18곳은 48억 원씩, E등급 9곳은 32억 원씩 받는다. 관심지역 18곳에는 모두 372억 원이 돌아간다.", [
        c("89곳", 89, "곳"), c("18곳", 18, "곳"), p("지난해", "2025", "2025"),
        c("9곳", 9, "곳"), m("160억 원", 160 * EOK), c("18곳", 18, "곳"), m("112억 원", 112 * EOK), c("35곳", 35, "곳"), m("72억 원", 72 * EOK),
        c("18곳", 18, "곳"), m("48억 원", 48 * EOK), c("9곳", 9, "곳"), m("32억 원", 32 * EOK), c("18곳", 18, "곳"), m("372억 원", 372 * EOK),
    ]),
    ("A등급 지역의 배분액은 올해 144억 원에서 내년 160억 원으로 16억 원 늘어난다. 반면 E등급은 40억 원에서 32억 원으로 8억 원 줄어 등급 간 격차가 5배로 벌어졌다. 올해는 3.6배였다.", [
        p("올해", "2026", "2026"), m("144억 원", 144 * EOK), p("내년", "2027", "2027"), m("160억 원", 160 * EOK), m("16억 원", 16 * EOK),
        ch("올해 144억 원에서 내년 160억 원으로 16억 원 늘어난다", before=144 * EOK, after=160 * EOK, delta=16 * EOK, unit="KRW"),
        m("40억 원", 40 * EOK), m("32억 원", 32 * EOK), m("8억 원", 8 * EOK),
        ch("40억 원에서 32억 원으로 8억 원 줄어", before=40 * EOK, after=32 * EOK, delta=-8 * EOK, unit="KRW"),
        *mult("5배", 5), p("올해", "2026", "2026"), *mult("3.6배", 3.6),
        ch("5배로 벌어졌다. 올해는 3.6배", before=3.6, after=5, opt=True), ch("5배로 벌어졌다", after=5, opt=True),
    ]),
    ("기금 집행률은 지난해 말 기준 68.4%로 1년 전(52.1%)보다 16.3%포인트 높아졌다. 다만 집행률이 30%에 못 미친 11곳은 내년 배분액이 10%씩 깎였다.", [
        p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True), p("지난해 말 기준", None, "2025-12", opt=True),
        pc("68.4%", 68.4), *base("1년 전", ("2024-12", "2024-12"), ("2024", "2024")), pc("52.1%", 52.1), pc("16.3%포인트", 16.3),
        ch("68.4%로 1년 전(52.1%)보다 16.3%포인트 높아졌다", before=52.1, after=68.4, delta=16.3),
        pc("30%", 30), c("11곳", 11, "곳"), p("내년", "2027", "2027"), pc("10%", 10), ch("10%씩 깎였다", delta=-10, unit="%", opt=True),
    ]),
    ("2022년 이후 기금이 투입된 사업은 모두 1,284건으로, 이 가운데 청년 주거·일자리 사업이 412건(32.1%)으로 가장 많았다. 생활인구 유치를 위한 체류형 관광 사업(287건), 돌봄·의료 사업(205건)이 뒤를 이었다.", [
        p("2022년 이후", "2022", None), p("2022년", "2022", "2022", opt=True), c("1,284건", 1284, "건"), c("412건", 412, "건"), pc("32.1%", 32.1),
        c("287건", 287, "건"), c("205건", 205, "건"),
    ]),
    ("행안부는 내년부터 기금으로 지은 시설의 운영비도 최대 3년간 지원하기로 했다. 그동안 시설만 지어 놓고 운영비가 없어 문을 닫는 사례가 잇따랐기 때문이다. 행안부가 지난 5월 전수 점검한 결과 기금으로 지은 시설 624곳 가운데 47곳이 개관 1년 안에 운영을 멈춘 것으로 나타났다.", [
        p("내년부터", "2027", None), *dur("3년간", 3, "년"), p("그동안", None, None, opt=True), p("지난 5월", "2026-05", "2026-05"),
        c("624곳", 624, "곳"), c("47곳", 47, "곳"), *dur("1년 안에", 1, "년"),
    ]),
    ("광역자치단체 몫 2,500억 원은 인구감소지역 수와 재정 여건 등을 반영해 서울과 세종을 뺀 15개 시도에 배분했다. 경상북도가 324억 원으로 가장 많고 전라남도(298억 원), 강원특별자치도(251억 원)가 뒤를 이었다.", [
        m("2,500억 원", 2500 * EOK), c("15개", 15, "개"), m("324억 원", 324 * EOK), m("298억 원", 298 * EOK), m("251억 원", 251 * EOK),
    ]),
    ("김서윤 행안부 지역균형발전실장은 “기금이 건물 짓기에 그치지 않도록 성과 중심으로 배분했다”며 “다음 달 말까지 자치단체별 투자계획 보완을 마치고 내년 1월 기금을 교부하겠다”고 말했다.", [
        p("다음 달 말까지", None, "2026-09"), p("다음 달 말까지", None, "2026-09-30", opt=True), p("내년 1월", "2027-01", "2027-01"),
    ]),
]
ORG01 = [
    o("행정안전부", ["행안부"]), o("한국지방행정연구원", ["지방연"]), o("경상북도"), o("전라남도"), o("강원특별자치도"),
    o("지방자치단체", opt=True), o("광역자치단체", opt=True), o("기초자치단체", opt=True), o("자치단체", opt=True), o("평가단", opt=True),
    o("지역균형발전실", opt=True), o("서울", opt=True), o("세종", opt=True), o("지방소멸대응기금", opt=True),
]


def page01(paras, title):
    deck = "<br>\n".join(esc(t) for t in paras[:2])
    body = "\n".join(f"<p>{esc(t)}</p>" for t in paras[2:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>보도자료 상세 | 뉴스·소식 | 행정안전부</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/sub.css">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div id="skipNav"><a href="#container">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="header">
  <div class="top_util"><a href="/eng/">ENGLISH</a> | <a href="/sitemap">사이트맵</a> | <span class="gov">이 누리집은 대한민국 공식 전자정부 누리집입니다.</span></div>
  <h1 class="logo"><a href="/"><img src="/images/common/logo.png" alt="행정안전부"></a></h1>
  <ul id="gnb">
    <li><a href="#">행안부 소개</a></li><li><a href="#">정책정보</a></li><li class="on"><a href="#">뉴스·소식</a></li>
    <li><a href="#">정보공개</a></li><li><a href="#">국민참여</a></li>
  </ul>
</div>
<div id="container">
  <div class="lnb"><h2>뉴스·소식</h2><ul><li class="on"><a href="#">보도자료</a></li><li><a href="#">설명자료</a></li><li><a href="#">카드뉴스</a></li><li><a href="#">장관동정</a></li></ul></div>
  <div id="content">
    <div class="location">홈 &gt; 뉴스·소식 &gt; 보도자료</div>
    <h3 class="cont_tit">보도자료</h3>
    <div class="bbs_view">
      <div class="view_head">
        <h4 class="view_subject">{esc(title)}</h4>
        <table class="view_info">
          <caption>게시물 정보</caption>
          <tr><th scope="row">담당부서</th><td>지역균형발전과</td><th scope="row">등록일</th><td>2026-08-12</td><th scope="row">조회수</th><td>1,208</td></tr>
        </table>
      </div>
      <div class="view_file">
        <strong>첨부파일 (2)</strong>
        <ul>
          <li><a href="/cmm/fms/FileDown.do?atchFileId=FILE_000000000218741&amp;fileSn=0">260812(조간) 2027년도 지방소멸대응기금 배분 결과(지역균형발전과).hwpx</a> <span>(412KB)</span> <a class="btn_view" href="#">바로보기</a> <a class="btn_down" href="#">다운로드</a></li>
          <li><a href="/cmm/fms/FileDown.do?atchFileId=FILE_000000000218741&amp;fileSn=1">260812(조간) 2027년도 지방소멸대응기금 배분 결과(지역균형발전과).pdf</a> <span>(1.2MB)</span> <a class="btn_view" href="#">바로보기</a> <a class="btn_down" href="#">다운로드</a></li>
        </ul>
      </div>
      <div class="view_cont">
        <div class="release_head">보도시점 : 2026. 8. 12.(수) 12:00 &nbsp;|&nbsp; 배포 : 2026. 8. 12.(수) 09:00</div>
        <h4 class="release_title">{esc(title)}</h4>
        <p class="release_sub">{deck}</p>
        {body}
        <table class="charge_tbl">
          <caption>담당자 연락처</caption>
          <thead><tr><th scope="col">담당 부서</th><th scope="col">구분</th><th scope="col">성명</th><th scope="col">연락처</th></tr></thead>
          <tbody>
            <tr><td rowspan="2">지방자치균형발전실<br>지역균형발전과</td><td>책임자</td><td>과장 이도현</td><td>044-205-3401</td></tr>
            <tr><td>담당자</td><td>사무관 한지우</td><td>044-205-3412</td></tr>
          </tbody>
        </table>
        <p class="attach_note">붙임 : 2027년도 지방소멸대응기금 자치단체별 배분 결과 1부. 끝.</p>
      </div>
      <div class="kogl"><img src="/images/kogl_type4.png" alt="공공누리 제4유형"> 행정안전부의 본 저작물은 "공공누리 제4유형 : 출처표시 + 상업적 이용금지 + 변경금지" 조건에 따라 이용할 수 있습니다.</div>
      <div class="satisfaction">이 페이지에서 제공하는 정보에 대하여 만족하십니까? <label><input type="radio" name="sat"> 매우만족</label> <label><input type="radio" name="sat"> 만족</label> <label><input type="radio" name="sat"> 보통</label> <button>평가하기</button></div>
      <ul class="view_nav">
        <li><span>이전글</span> <a href="#">주민등록 사실조사 결과 거주불명자 1만 2,400명 정리</a> <em>2026-08-11</em></li>
        <li><span>다음글</span> <a href="#">여름철 자연재난 대비 특별교부세 186억 원 긴급 지원</a> <em>2026-08-13</em></li>
      </ul>
      <div class="btn_list"><a href="/frt/bbs/type010/commonSelectBoardList.do?bbsId=BBSMSTR_000000000008">목록</a></div>
    </div>
  </div>
</div>
<div id="footer">
  <ul class="f_menu"><li>개인정보처리방침</li><li>저작권정책</li><li>누리집 이용안내</li><li>찾아오시는 길</li></ul>
  <address>(30112) 세종특별자치시 도움6로 42 정부세종청사 중앙동 행정안전부 | 대표전화 044-205-1000</address>
  <p class="copy">COPYRIGHT(C) MINISTRY OF THE INTERIOR AND SAFETY. ALL RIGHTS RESERVED.</p>
</div>
</body>
</html>
"""


article(
    name="01_mois_depopulation_fund_board_html", ext="html", published="2026-08-12",
    title="내년 지방소멸대응기금 배분…A등급 지역 최대 160억 원",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["본문 바로가기", "대한민국 공식 전자정부 누리집", "행안부 소개", "홈 > 뉴스·소식 > 보도자료", "지역균형발전과", "조회수", "1,208", "첨부파일",
               "FileDown.do", ".hwpx", "412KB", "바로보기", "다운로드", "보도시점", "배포 :", "담당자 연락처", "이도현", "한지우", "044-205-3412",
               "붙임 :", "1부. 끝.", "공공누리", "매우만족", "평가하기", "이전글", "1만 2,400명", "다음글", "186억 원", "도움6로 42",
               "044-205-1000", "MINISTRY OF THE INTERIOR AND SAFETY"],
    notes=("A ministry press release on its own board (행정안전부-like HTML): skip links, gnb/lnb, location, div.bbs_view > div.view_head "
           "(h4.view_subject, **table.view_info 담당부서 / 등록일 2026-08-12 / 조회수**), **div.view_file with two attachments whose file names "
           "carry '260812(조간)' and '2027년도'**, div.view_cont with a '보도시점 : 2026. 8. 12.(수) 12:00 | 배포 : 2026. 8. 12.(수) 09:00' line, "
           "h4.release_title, **the two '- ' deck lines in one p.release_sub separated by <br>**, body p, then a **table.charge_tbl of 담당자 "
           "(names, phones)** and a '붙임' line inside the content div; 공공누리 licence, satisfaction poll, 이전글/다음글 (figures, dates), "
           "footer. published: the 등록일 / 보도시점 day 2026-08-12. Title not scored; deck lines body. Conventions: '2027년도 기금' (not a "
           "name) gold 2027, '‘2027년도 지방소멸대응기금 배분 결과’' the year inside a report name optional; '144억 원→160억 원' gold endpoint "
           "change; 'A등급을 받은 9곳은 160억 원씩' per-area amounts gold money, grade counts gold (9곳, 18곳 … each occurrence); '올해 "
           "144억 원에서 내년 160억 원으로 16억 원 늘어난다' gold {before, after, delta}; '5배', '3.6배' multiples: no gold figure (optional "
           "readings), their move optional; '68.4%로 1년 전(52.1%)보다 16.3%포인트 높아졌다' %-level change without unit, '1년 전' base optional; "
           "'지난해 말 기준' gold 2025-12; '30%에 못 미친' percentage gold; '10%씩 깎였다' an effect of unstated baseline (change optional, "
           "percentage gold); '2022년 이후' open-ended from 2022; '2022년부터 2031년까지' one period (parts optional); '10년간', '최대 3년간', "
           "'1년 안에' durations optional; '지난 5월' 2026-05; '다음 달 말까지' open start, end 2026-09; '내년 1월' 2027-01. Organisations: "
           "행정안전부 (이하 행안부), 한국지방행정연구원 (이하 지방연), 경상북도, 전라남도, 강원특별자치도 (local governments); 지방자치단체, "
           "광역/기초자치단체, 평가단, 서울, 세종 optional."),
)


# ---------------------------------------------------------------------------
# 02 쌀값·한우값 하락, regional broadcaster web article (div.news_text, VOD player, 앵커 lead), 2026-10-14
# ---------------------------------------------------------------------------
A02 = [
    ("올해 햅쌀 수확이 한창이지만 산지 쌀값이 1년 새 10% 넘게 떨어지면서 농민들의 시름이 깊어지고 있습니다. 한우 도매가격도 지난달 2년 만에 가장 낮은 수준까지 내려앉았습니다. 최지호 기자가 보도합니다.", [
        p("올해", "2026", "2026"), *base("1년 새", ("2025", "2025"), ("2025-10", "2025-10")), pc("10%", 10),
        ch("1년 새 10% 넘게 떨어지면서", delta=-10, unit="%"), p("지난달", "2026-09", "2026-09"), *dur("2년 만에", 2, "년"),
    ]),
    ("김제의 한 미곡종합처리장. 갓 수확한 벼를 실은 트럭이 쉴 새 없이 들어오지만 농민들의 표정은 어둡습니다. 국가데이터처가 조사한 이달 5일 기준 산지 쌀값은 80kg 한 가마에 19만 4,280원. 지난해 같은 때 21만 7,600원보다 10.7% 떨어졌습니다.", [
        p("이달 5일", "2026-10-05", "2026-10-05"), c("80kg", 80, "kg", opt=True), c("한 가마", 1, "가마", opt=True), c("한 미곡종합처리장", 1, "곳", opt=True),
        m("19만 4,280원", 19 * MAN + 4280),
        *base("지난해 같은 때", ("2025-10-05", "2025-10-05"), ("2025-10", "2025-10"), ("2025", "2025")), m("21만 7,600원", 21 * MAN + 7600), pc("10.7%", 10.7),
        ch("19만 4,280원. ... 21만 7,600원보다 10.7% 떨어졌습니다", before=21 * MAN + 7600, after=19 * MAN + 4280, unit="KRW"),
        ch("10.7% 떨어졌습니다", delta=-10.7, unit="%", opt=True), ch("19만 4,280원", after=19 * MAN + 4280, unit="KRW", opt=True),
        ch("21만 7,600원보다 10.7% 떨어졌습니다", before=21 * MAN + 7600, unit="KRW", opt=True),
    ]),
    ("산지 쌀값이 20만 원 아래로 내려간 건 2023년 10월 이후 3년 만입니다.", [
        m("20만 원", 20 * MAN, q="at_most"), ch("20만 원 아래로 내려간", after=20 * MAN, unit="KRW", opt=True),
        p("2023년 10월 이후", "2023-10", None), p("2023년 10월", "2023-10", "2023-10", opt=True), *dur("3년 만", 3, "년"),
    ]),
    ("“비료값이며 인건비며 다 올랐는데 쌀값만 떨어지니, 농사지어 봐야 남는 게 없어요.”", []),
    ("농협중앙회 전북본부(이하 전북농협)는 올해 벼 수매가를 40kg 조곡 기준 6만 2,000원으로 정했습니다. 지난해보다 4,000원 낮은 값입니다.", [
        p("올해", "2026", "2026"), c("40kg", 40, "kg", opt=True), m("6만 2,000원", 6 * MAN + 2000), p("지난해", "2025", "2025"), m("4,000원", 4000),
        ch("6만 2,000원으로 ... 지난해보다 4,000원 낮은", after=6 * MAN + 2000, delta=-4000, unit="KRW"),
        ch("지난해보다 4,000원 낮은", delta=-4000, unit="KRW", opt=True), ch("6만 2,000원으로", after=6 * MAN + 2000, unit="KRW", opt=True),
        ch("6만 2,000원으로 ... 지난해보다 4,000원 낮은", before=6 * MAN + 6000, after=6 * MAN + 2000, delta=-4000, unit="KRW", opt=True),
    ]),
    ("한우 가격도 바닥입니다. 축산물품질평가원에 따르면 지난달 한우 1등급 지육 도매가격은 kg당 1만 7,850원으로 한 달 전보다 6.2% 내렸습니다. 2024년 9월 이후 2년 만에 가장 낮은 값입니다.", [
        p("지난달", "2026-09", "2026-09"), c("1등급", 1, "등급", opt=True), c("kg당", 1, "kg", opt=True), m("1만 7,850원", 1 * MAN + 7850),
        *base("한 달 전", ("2026-08", "2026-08")), pc("6.2%", 6.2),
        ch("1만 7,850원으로", after=1 * MAN + 7850, unit="KRW"), ch("한 달 전보다 6.2% 내렸습니다", delta=-6.2, unit="%"),
        p("2024년 9월 이후", "2024-09", None), p("2024년 9월", "2024-09", "2024-09", opt=True), *dur("2년 만에", 2, "년"),
    ]),
    ("송아지 값은 더 떨어졌습니다. 6~7개월령 암송아지 산지 가격은 마리당 241만 원으로 1년 전 312만 원보다 71만 원 내렸습니다.", [
        p("6~7개월", None, None, opt=True), c("6~7개월", 6, "개월", opt=True), c("7개월", 7, "개월", opt=True), c("마리당", 1, "마리", opt=True),
        m("241만 원", 241 * MAN), *base("1년 전", ("2025-09", "2025-09"), ("2025-10", "2025-10"), ("2025", "2025")), m("312만 원", 312 * MAN), m("71만 원", 71 * MAN),
        ch("241만 원으로 1년 전 312만 원보다 71만 원 내렸습니다", before=312 * MAN, after=241 * MAN, delta=-71 * MAN, unit="KRW"),
        ch("71만 원 내렸습니다", delta=-71 * MAN, unit="KRW", opt=True),
    ]),
    ("도내 한우 사육 농가는 지난 6월 기준 5,120가구로 1년 사이 380가구 줄었습니다.", [
        p("지난 6월 기준", "2026-06", "2026-06"), c("5,120가구", 5120, "가구", opt=True), *base("1년 사이", ("2025-06", "2025-06"), ("2025", "2025")),
        c("380가구", 380, "가구", opt=True),
        ch("5,120가구로 1년 사이 380가구 줄었습니다", after=5120, delta=-380, unit="가구"),
        ch("380가구 줄었습니다", delta=-380, unit="가구", opt=True), ch("5,120가구로", after=5120, unit="가구", opt=True),
        ch("5,120가구로 1년 사이 380가구 줄었습니다", before=5500, after=5120, delta=-380, unit="가구", opt=True),
    ]),
    ("“사료값은 2년 전보다 30% 가까이 올랐는데 소값은 계속 떨어지니 송아지 입식을 포기하는 농가가 늘고 있습니다.”", [
        *base("2년 전", ("2024", "2024"), ("2024-10", "2024-10")), pc("30%", 30), ch("2년 전보다 30% 가까이 올랐는데", delta=30, unit="%"),
    ]),
    ("농림축산식품부는 올해 생산된 햅쌀 가운데 20만 t을 시장에서 격리하고, 한우 농가에는 사료구매자금 1,500억 원을 연 1.0% 금리로 빌려주기로 했습니다.", [
        p("올해", "2026", "2026"), c("20만 t", 20 * MAN, "t", opt=True), m("1,500억 원", 1500 * EOK), pc("1.0%", 1.0), p("연", None, None, opt=True),
    ]),
    ("전북특별자치도도 다음 달부터 도내 학교 급식에 지역 쌀을 우선 공급해 해마다 1만 2,000t을 더 소비하겠다는 계획입니다. 하지만 농민단체들은 정부 격리 물량을 50만 t까지 늘려야 한다고 요구하고 있습니다.", [
        p("다음 달부터", "2026-11", None), p("해마다", None, None, opt=True), c("1만 2,000t", 1 * MAN + 2000, "t", opt=True),
        ch("1만 2,000t을 더", delta=1 * MAN + 2000, unit="t", opt=True), c("50만 t", 50 * MAN, "t", opt=True),
        ch("50만 t까지 늘려야", after=50 * MAN, unit="t", opt=True), ch("50만 t까지 늘려야", before=20 * MAN, after=50 * MAN, unit="t", opt=True),
    ]),
]
ORG02 = [
    o("국가데이터처"), o("농협중앙회 전북본부", ["전북농협"]), o("축산물품질평가원"), o("농림축산식품부", ["농식품부"]), o("전북특별자치도"),
    o("농협중앙회", opt=True), o("미곡종합처리장", opt=True), o("농민단체", opt=True), o("정부", opt=True),
]


def page02(paras, title):
    br = "<br>\n"
    text = ("◀ 앵 커 ▶" + br + esc(paras[0]) + br + br + "◀ 리포트 ▶" + br
            + (br + br).join(esc(t) for t in paras[1:3]) + br + br
            + "&lt;인터뷰&gt; 박정환 / 김제시 벼 재배 농민" + br + esc(paras[3]) + br + br
            + (br + br).join(esc(t) for t in paras[4:8]) + br + br
            + "&lt;인터뷰&gt; 오미란 / 전국한우협회 전북도지회 사무국장" + br + esc(paras[8]) + br + br
            + (br + br).join(esc(t) for t in paras[9:]) + br + br
            + "SMB 뉴스 최지호입니다." + br + br + "영상취재 : 한승우 / 그래픽 : 이나래")
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - SMB 새만금방송</title>
<meta property="og:site_name" content="SMB 새만금방송">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="video.other">
<link rel="stylesheet" href="/resources/css/news.css?v=20260901">
<script src="/resources/js/vodplayer.min.js"></script>
</head>
<body>
<div id="wrap">
  <header id="header">
    <div class="h_top"><a class="logo" href="/">SMB 새만금방송</a>
      <div class="weather_box"><span class="w_loc">전주</span> <span class="w_icon">구름많음</span> <span class="w_temp">18.2℃</span> <span class="w_dust">미세먼지 좋음</span></div>
      <a class="live_btn" href="/onair">ON AIR</a></div>
    <nav class="gnb"><ul><li><a href="/news">뉴스</a></li><li><a href="/tv">TV</a></li><li><a href="/radio">라디오</a></li><li><a href="/schedule">편성표</a></li><li><a href="/report">제보</a></li></ul></nav>
  </header>
  <div id="container" class="news_view">
    <div class="news_cate">뉴스 &gt; 경제 &gt; 농업</div>
    <div class="news_head">
      <h2 class="news_title">{esc(title)}</h2>
      <div class="news_info"><span class="reporter">최지호 기자</span> <span class="date">등록 2026.10.14 20:35</span> <span class="date_mod">수정 2026.10.15 08:10</span></div>
      <div class="news_tool"><button class="btn_font">글자크기</button><button class="btn_print">인쇄</button><button class="btn_share">공유</button></div>
    </div>
    <div class="vod_area">
      <div class="vod_player" data-vod-id="SMB2026101420">
        <img class="vod_thumb" src="https://img.smb.co.kr/vod/2026/10/14/thumb_ricefarm.jpg" alt="동영상 썸네일">
        <div class="vod_ctrl"><button class="btn_play">재생</button> <span class="vod_time">00:00 / 02:14</span> <span class="vod_hd">HD</span> <button class="btn_cc">자막</button> <button class="btn_full">전체화면</button></div>
      </div>
      <p class="vod_prog">[SMB 뉴스데스크] 2026년 10월 14일 방송 | 조회 4,316</p>
    </div>
    <div class="news_text">
{text}
    </div>
    <div class="news_copy">Copyright © SMB 새만금방송. 무단 전재, 재배포 및 AI 학습 이용 금지</div>
    <div class="news_react"><p>이 뉴스, 어떻게 보셨나요?</p><button>좋아요 23</button><button>슬퍼요 41</button><button>화나요 12</button></div>
    <div class="news_other">
      <h3>다른 영상 보기</h3>
      <ul>
        <li><a href="#">새만금 신항 1단계 부두 2개 선석 내년 3월 개장</a> <span>2026.10.14</span></li>
        <li><a href="#">전북 가을 가뭄…저수율 평년의 61% 그쳐</a> <span>2026.10.13</span></li>
        <li><a href="#">익산 '국화축제' 17일 개막…관람객 60만 명 목표</a> <span>2026.10.12</span></li>
      </ul>
    </div>
  </div>
  <aside id="aside">
    <div class="rank_box"><h3>많이 본 뉴스</h3>
      <ol><li>전주 종합경기장 개발 첫 삽…2029년 완공</li><li>전북 아파트값 3주 연속 하락</li><li>군산 공장 화재 2시간 만에 진화…인명피해 없어</li></ol></div>
    <div class="report_box">제보하기 063-440-2580 | 카카오톡 채널 'SMB제보'</div>
  </aside>
  <footer id="footer">
    <p>(주)새만금방송 | 전북특별자치도 군산시 새만금북로 123 | 대표전화 063-440-2000 | 사업자등록번호 401-81-23456</p>
    <p>Copyright © SMB. All rights reserved.</p>
  </footer>
</div>
</body>
</html>
"""


article(
    name="02_rice_hanwoo_prices_broadcast_html", ext="html", published="2026-10-14",
    title="햅쌀 나왔는데 쌀값 10% 뚝…한우값도 2년 만에 최저",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["구름많음", "18.2℃", "미세먼지 좋음", "ON AIR", "편성표", "뉴스 > 경제 > 농업", "수정 2026.10.15", "글자크기",
               "동영상 썸네일", "00:00 / 02:14", "전체화면", "[SMB 뉴스데스크]", "조회 4,316", "◀ 앵 커 ▶", "◀ 리포트 ▶", "<인터뷰>",
               "박정환", "벼 재배 농민", "오미란", "전국한우협회", "SMB 뉴스 최지호입니다", "영상취재", "이나래", "Copyright © SMB", "AI 학습 이용 금지",
               "어떻게 보셨나요", "좋아요 23", "슬퍼요 41", "다른 영상 보기", "부두 2개 선석", "평년의 61%", "60만 명 목표", "많이 본 뉴스",
               "2029년 완공", "3주 연속 하락", "2시간 만에 진화", "063-440-2580", "새만금북로 123", "401-81-23456"],
    notes=("A regional broadcaster's web article (SMB 새만금방송, invented) in HTML: header with a weather box, gnb, div.news_cate, h2.news_title, "
           "div.news_info **'등록 2026.10.14 20:35' + '수정 2026.10.15 08:10'**, tool buttons, **div.vod_area video-player furniture (thumbnail, "
           "'00:00 / 02:14', HD/자막, '[SMB 뉴스데스크] 2026년 10월 14일 방송 | 조회 4,316')**, body = the text of **div.news_text split by "
           "<br><br>**: '◀ 앵 커 ▶' marker, the **anchor lead (body)**, '◀ 리포트 ▶' marker, report paragraphs, two **'<인터뷰> 이름 / 소속' label "
           "lines (furniture) each followed by a quote paragraph (body)**, sign-off 'SMB 뉴스 최지호입니다.' and credits (furniture); copyright, "
           "reactions, 다른 영상 보기 (figures, dates), 많이 본 뉴스, 제보 box, footer. published: the 등록 date 2026-10-14. Conventions: '1년 새 "
           "10% 넘게 떨어지면서' a gold %-change (base optional); '19만 4,280원. 지난해 같은 때 21만 7,600원보다 10.7% 떨어졌습니다' one gold "
           "endpoint change across the two sentences (its %-change and one-sided readings optional), '지난해 같은 때' a base (optional); '이달 5일 "
           "기준' 2026-10-05; '20만 원 아래로' at_most money; '2023년 10월 이후 3년 만', '2024년 9월 이후 2년 만에' open-ended from the month "
           "(blind9/10: date directly before 이후), 'N년 만' optional; '6만 2,000원으로 정했습니다. 지난해보다 4,000원 낮은 값' a gold {after, "
           "delta}; 'kg당 1만 7,850원으로 한 달 전보다 6.2% 내렸습니다' two gold changes; '241만 원으로 1년 전 312만 원보다 71만 원 내렸습니다' "
           "gold {before, after, delta}; '5,120가구로 1년 사이 380가구 줄었습니다' gold {after, delta} (counts optional endpoints); the quote's "
           "'2년 전보다 30% 가까이 올랐는데' a gold %-change; measures (80kg, 40kg, 20만 t, 1만 2,000t, 50만 t) and their moves optional; "
           "'6~7개월령', 'kg당', '마리당', '1등급' optional; '지난달' 2026-09; '다음 달부터' open-ended from 2026-11. Organisations: 국가데이터처, "
           "농협중앙회 전북본부 (이하 전북농협), 축산물품질평가원, 농림축산식품부, 전북특별자치도; 농협중앙회, 미곡종합처리장, 농민단체, 정부 "
           "optional. The interviewees' organisation (전국한우협회) is only in a furniture label."),
)


# ---------------------------------------------------------------------------
# 03 교통사고 사망자, 연합뉴스-style wire page dump with [그래픽] blocks, 2027-03-04
# ---------------------------------------------------------------------------
A03 = [
    ("지난해 교통사고 사망자가 2,318명으로 집계돼 1970년 관련 통계 작성 이후 처음으로 2,300명대로 내려왔다.", [
        p("지난해", "2026", "2026"), c("2,318명", 2318, "명"), p("1970년 관련 통계 작성 이후", "1970", "1970"),
        p("1970년 관련 통계 작성 이후", "1970", None, opt=True), p("1970년", "1970", "1970", opt=True),
        c("2,300명대", 2300, "명", opt=True), c("2,300명대", 2300, "명", q="approx", opt=True), c("2,300명대", 2300, "명", q="at_least", opt=True),
        ch("2,300명대로 내려왔다", after=2300, unit="명", opt=True),
    ]),
    ("경찰청과 한국도로교통공단(이하 공단)은 4일 이런 내용의 ‘2026년 교통사고 통계 분석’ 결과를 발표했다. 지난해 교통사고 사망자는 2,318명으로 전년(2,452명)보다 134명(5.5%) 줄었다.", [
        p("4일", "2027-03-04", "2027-03-04"), p("2026년", "2026", "2026", opt=True), p("2026년", None, None, opt=True), p("지난해", "2026", "2026"),
        c("2,318명", 2318, "명", opt=True), *base("전년", ("2025", "2025")), c("2,452명", 2452, "명", opt=True), c("134명", 134, "명", opt=True), pc("5.5%", 5.5),
        ch("2,318명으로 전년(2,452명)보다 134명(5.5%) 줄었다", before=2452, after=2318, delta=-134, unit="명"),
        ch("134명(5.5%) 줄었다", delta=-5.5, unit="%", opt=True), ch("134명(5.5%) 줄었다", delta=-134, unit="명", opt=True),
    ]),
    ("교통사고 건수는 18만 7,420건으로 1.8% 감소했고, 부상자는 26만 4,910명으로 3.1% 줄었다.", [
        c("18만 7,420건", 18 * MAN + 7420, "건", opt=True), pc("1.8%", 1.8),
        ch("18만 7,420건으로", after=18 * MAN + 7420, unit="건"), ch("1.8% 감소했고", delta=-1.8, unit="%"),
        c("26만 4,910명", 26 * MAN + 4910, "명", opt=True), pc("3.1%", 3.1),
        ch("26만 4,910명으로", after=26 * MAN + 4910, unit="명"), ch("3.1% 줄었다", delta=-3.1, unit="%"),
    ]),
    ("인구 10만 명당 사망자 수는 4.5명으로 경제협력개발기구(OECD) 회원국 평균(5.1명)을 처음으로 밑돌았다. 자동차 1만 대당 사망자 수도 0.89명으로 처음 0.9명 아래로 떨어졌다.", [
        c("10만 명당", 10 * MAN, "명", opt=True), c("4.5명", 4.5, "명"), c("5.1명", 5.1, "명"), c("1만 대당", 1 * MAN, "대", opt=True),
        c("0.89명", 0.89, "명", opt=True), ch("0.89명으로", after=0.89, unit="명"), c("0.9명", 0.9, "명", q="at_most"),
        ch("0.9명 아래로 떨어졌다", after=0.9, unit="명", opt=True),
    ]),
    ("보행 중 사망자는 812명으로 전체의 35.0%를 차지했다. 이 가운데 65세 이상 고령자가 486명(59.9%)으로 절반을 훌쩍 넘었다.", [
        c("812명", 812, "명"), pc("35.0%", 35.0), AGE("65세", 65), c("486명", 486, "명"), pc("59.9%", 59.9), *mult("절반", 0.5),
    ]),
    ("65세 이상 고령 운전자가 낸 사고로 숨진 사람은 804명으로 1년 전보다 29명 늘었다. 전체 사망자 가운데 비중은 34.7%로 높아졌다.", [
        AGE("65세", 65), c("804명", 804, "명", opt=True), *base("1년 전", ("2025", "2025")), c("29명", 29, "명", opt=True),
        ch("804명으로 1년 전보다 29명 늘었다", after=804, delta=29, unit="명"), ch("29명 늘었다", delta=29, unit="명", opt=True),
        ch("804명으로 1년 전보다 29명 늘었다", before=775, after=804, delta=29, unit="명", opt=True), ch("804명으로", after=804, unit="명", opt=True),
        pc("34.7%", 34.7), ch("34.7%로 높아졌다", after=34.7),
    ]),
    ("음주운전 사고 사망자는 158명으로 2년 연속 200명을 밑돌았다. 반면 전동킥보드 등 개인형 이동장치(PM) 사고 사망자는 2022년 26명에서 지난해 41명으로 4년 새 15명 늘었다.", [
        c("158명", 158, "명"), *dur("2년 연속", 2, "년"), c("200명", 200, "명", q="at_most"),
        p("2022년", "2022", "2022"), c("26명", 26, "명", opt=True), p("지난해", "2026", "2026"), c("41명", 41, "명", opt=True),
        *dur("4년 새", 4, "년"), c("15명", 15, "명", opt=True),
        ch("2022년 26명에서 지난해 41명으로 4년 새 15명 늘었다", before=26, after=41, delta=15, unit="명"),
        p("2022년 26명에서 지난해", "2022", "2026", opt=True),
    ]),
    ("정부는 ‘제10차 국가교통안전기본계획’에서 2028년까지 교통사고 사망자를 1,800명 이하로 줄이겠다는 목표를 세웠다. 목표를 달성하려면 올해와 내년 2년 동안 사망자를 해마다 12%가량 줄여야 한다.", [
        p("2028년까지", None, "2028"), c("1,800명 이하", 1800, "명", q="at_most"), ch("1,800명 이하로 줄이겠다", after=1800, unit="명"),
        p("올해", "2027", "2027"), p("내년", "2028", "2028"), p("올해와 내년", "2027", "2028", opt=True), *dur("2년 동안", 2, "년"),
        p("해마다", None, None, opt=True), pc("12%가량", 12), ch("해마다 12%가량 줄여야", delta=-12, unit="%", opt=True),
    ]),
    ("공단 관계자는 “고령 보행자 사고가 잦은 교차로 1,200곳에 오는 6월까지 보행 신호 연장 장치를 설치하고, 하반기에는 고령 운전자 조건부 면허 시범사업을 시작할 것”이라고 말했다.", [
        c("1,200곳", 1200, "곳"), p("오는 6월까지", None, "2027-06"), p("하반기", "2027-07", "2027-12"),
    ]),
]
ORG03 = [
    o("경찰청"), o("한국도로교통공단", ["공단"]), o("경제협력개발기구", ["OECD"], opt=True), o("정부", opt=True),
]


def page03(paras, title):
    lead = "(서울=연합뉴스) 한예린 기자 = " + paras[0]
    g1 = """[그래픽] 연도별 교통사고 사망자 추이
(서울=연합뉴스) 김민지 기자 = 4일 경찰청과 한국도로교통공단에 따르면 지난해 교통사고 사망자 수는 통계 작성 이후 가장 적었다. 2016년 4,292명이던 사망자는 2021년 2,916명으로 줄어든 뒤 해마다 감소했다.
X(트위터) @yonhap_graphics  페이스북 tuney.kr/LeYN1"""
    g2 = """[그래픽] 보행 중 교통사고 사망자 고령자 비율
(서울=연합뉴스) 박영석 기자 = 보행 사망자 가운데 65세 이상 비율은 2021년 57.1%에서 꾸준히 높아졌다.
X(트위터) @yonhap_graphics  페이스북 tuney.kr/LeYN1"""
    photo = """고령자 보행 사고가 잦은 서울 시내 한 교차로
[연합뉴스 자료사진]"""
    parts = [lead, photo, paras[1], paras[2], paras[3], g1, paras[4], paras[5], g2, paras[6], paras[7], paras[8]]
    body = "\n\n".join(parts)
    return f"""연합뉴스 최신기사
메뉴  뉴스  속보  정치  북한  경제  마켓+  산업  사회  전국  세계  문화  건강  연예  스포츠  오피니언  사람들  포토  영상
로그인  구독  검색

사회 > 사건·사고

{title}

송고시간2027-03-04 12:00
공유  댓글  글자크기조정  인쇄
한예린 기자
기자 페이지

{body}

yrhan@yna.co.kr

제보는 카카오톡 okjebo
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
2027/03/04 12:00 송고

관련 뉴스
작년 교통사고 사망자 2,452명…2년 연속 2,500명 밑돌아  2026-03-05 12:00
설 연휴 교통사고 사망 하루 평균 5.4명…귀성길 오후 집중  2027-02-20 09:12
고령 운전자 면허 반납 지난해 11만 명 넘어  2027-01-28 06:00

이 시각 헤드라인
코스피 3,100 회복…외국인 나흘째 순매수
서울 아파트 전셋값 52주 연속 상승

많이 본 뉴스
1  경부고속도로 25중 추돌…3명 사망·41명 부상
2  3월 꽃샘추위…내일 아침 서울 영하 4도
3  로또 1,164회 1등 14명…당첨금 각 19억 원

연합뉴스 | 서울시 종로구 율곡로2길 25 | 대표전화 02-398-3114 | 등록번호 문화 나00009
Copyright (c) Yonhap News Agency. All rights reserved.
"""


article(
    name="03_traffic_deaths_yonhap_wire_pagedump", ext="txt", published="2027-03-04",
    title="지난해 교통사고 사망자 2,318명…통계 작성 이후 첫 2,300명대",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["연합뉴스 최신기사", "마켓+", "로그인  구독  검색", "사회 > 사건·사고", "송고시간", "글자크기조정", "기자 페이지", "(서울=연합뉴스)",
               "[그래픽]", "연도별 교통사고 사망자 추이", "김민지 기자", "4,292명", "2,916명", "@yonhap_graphics", "tuney.kr/LeYN1", "박영석 기자",
               "57.1%", "서울 시내 한 교차로", "[연합뉴스 자료사진]", "yrhan@yna.co.kr", "okjebo", "저작권자(c) 연합뉴스", "2027/03/04 12:00 송고",
               "관련 뉴스", "2,500명 밑돌아", "하루 평균 5.4명", "11만 명 넘어", "이 시각 헤드라인", "3,100 회복", "52주 연속", "많이 본 뉴스",
               "25중 추돌", "영하 4도", "1,164회", "율곡로2길 25", "02-398-3114", "Yonhap News Agency"],
    notes=("A 연합뉴스-style wire page dump: menu lines, section path, title, **'송고시간2027-03-04 12:00'**, tool row, reporter, then the body "
           "whose first paragraph opens with the **dateline '(서울=연합뉴스) 한예린 기자 = ' (byline: not body; the paragraph starts after "
           "'= ')**, a photo caption with '[연합뉴스 자료사진]' and **two '[그래픽]' blocks (title, '(서울=연합뉴스) … 기자 =' caption with "
           "figures and years, '@yonhap_graphics' line)** between paragraphs — furniture; e-mail, 제보, copyright, '2027/03/04 12:00 송고', 관련 "
           "뉴스 (figures, dates incl. 2026), 헤드라인, 많이 본 뉴스 (figures), footer. published 2027-03-04, so 지난해 = 2026, 올해 = 2027, "
           "내년 = 2028. Conventions: '1970년 관련 통계 작성 이후' a date followed by an event and 이후 = that year (blind10); '2,300명대' a band "
           "(optional); '2,318명으로 전년(2,452명)보다 134명(5.5%) 줄었다' gold {before, after, delta} (counts optional endpoints, bracketed "
           "rate's %-change optional, '전년' base optional); 'A건으로 1.8% 감소했고' two gold changes ({after, 건} and {delta −1.8, %}), count "
           "levels optional; '10만 명당', '1만 대당' per-unit bases optional; '4.5명', '(5.1명)' gold counts (a comparison, no change); "
           "'0.89명으로 … 떨어졌다' a gold after-change (count optional), '0.9명 아래로' at_most count gold (its change optional); '65세' age "
           "optional; '절반' no figure; '804명으로 1년 전보다 29명 늘었다' gold {after, delta}; '34.7%로 높아졌다' gold {after} without unit; "
           "'200명을 밑돌았다' at_most count; '2022년 26명에서 지난해 41명으로 4년 새 15명' gold {before, after, delta}, '2년 연속', '4년 새', "
           "'2년 동안' durations optional; '제10차' ordinal; '2028년까지' open start; '1,800명 이하로 줄이겠다' at_most count and gold {after}; "
           "'해마다 12%가량 줄여야' percentage gold, its change (a required rate) optional; '오는 6월까지' open start 2027-06; '하반기' "
           "2027-07..12. Organisations: 경찰청, 한국도로교통공단 (이하 공단); 경제협력개발기구 (OECD) optional like 유럽연합 (EU); 정부 optional."),
)


# ---------------------------------------------------------------------------
# 04 전기차 보조금, blog repost of a news article (se-main-container, 출처, 공감/댓글), 2026-01-22
# ---------------------------------------------------------------------------
A04 = [
    ("올해 전기 승용차를 사면 국고보조금을 대당 최대 580만 원 받을 수 있다. 지난해(650만 원)보다 70만 원 줄었지만, 내연기관차를 폐차하거나 팔고 전기차로 바꾸면 최대 100만 원을 더 주는 ‘전환지원금’이 새로 생겨 실제 지원액은 오히려 늘어날 수 있다.", [
        p("올해", "2026", "2026"), c("대당", 1, "대", opt=True), m("최대 580만 원", 580 * MAN, q="at_most"), p("지난해", "2025", "2025"),
        m("650만 원", 650 * MAN), m("70만 원", 70 * MAN),
        ch("최대 580만 원 ... 지난해(650만 원)보다 70만 원 줄었지만", before=650 * MAN, after=580 * MAN, delta=-70 * MAN, unit="KRW"),
        ch("지난해(650만 원)보다 70만 원 줄었지만", before=650 * MAN, delta=-70 * MAN, unit="KRW", opt=True),
        ch("70만 원 줄었지만", delta=-70 * MAN, unit="KRW", opt=True), ch("최대 580만 원", after=580 * MAN, unit="KRW", opt=True),
        m("최대 100만 원", 100 * MAN, q="at_most"), ch("최대 100만 원을 더 주는", delta=100 * MAN, unit="KRW", opt=True),
    ]),
    ("기후에너지환경부(이하 기후부)는 21일 이런 내용의 ‘2026년 전기자동차 보급사업 보조금 업무처리지침’을 확정해 발표했다. 올해 보급 목표는 승용차 24만 5,000대, 화물차 5만 3,000대 등 모두 30만 6,000대로 지난해(26만 4,000대)보다 15.9% 늘었다.", [
        p("21일", "2026-01-21", "2026-01-21"), p("2026년", "2026", "2026", opt=True), p("2026년", None, None, opt=True), p("올해", "2026", "2026"),
        c("24만 5,000대", 24 * MAN + 5000, "대"), c("5만 3,000대", 5 * MAN + 3000, "대"), c("30만 6,000대", 30 * MAN + 6000, "대", opt=True),
        p("지난해", "2025", "2025"), c("26만 4,000대", 26 * MAN + 4000, "대", opt=True), pc("15.9%", 15.9),
        ch("30만 6,000대로 지난해(26만 4,000대)보다 15.9% 늘었다", before=26 * MAN + 4000, after=30 * MAN + 6000, unit="대"),
        ch("15.9% 늘었다", delta=15.9, unit="%", opt=True), ch("30만 6,000대로", after=30 * MAN + 6000, unit="대", opt=True),
    ]),
    ("보조금은 차량 성능과 배터리 안전성 등을 따져 차종별로 차등 지급한다. 1회 충전 주행거리가 440km 이상인 중대형 승용차는 성능보조금 300만 원을 모두 받는다. 차량 가격이 5,300만 원 미만이면 보조금 전액을, 5,300만~8,500만 원이면 50%를 받고, 8,500만 원 이상이면 받을 수 없다.", [
        c("1회", 1, "회", opt=True), c("440km", 440, "km", opt=True), c("440km 이상", 440, "km", q="at_least", opt=True), m("300만 원", 300 * MAN),
        m("5,300만 원 미만", 5300 * MAN, q="at_most"), m("5,300만~8,500만 원", 5300 * MAN), m("5,300만~8,500만 원", 8500 * MAN, opt=True),
        pc("50%", 50), m("8,500만 원 이상", 8500 * MAN, q="at_least"),
    ]),
    ("‘전환지원금’은 출고된 지 3년이 넘은 내연기관차를 처분하고 전기차를 사는 경우 지급된다. 만 19~34세 청년이 생애 첫 차로 전기차를 사면 국고보조금의 20%를 추가로 받는다.", [
        *dur("3년", 3, "년"), AGE("19~34세", 19), AGE("34세", 34), pc("20%", 20), ch("20%를 추가로", delta=20, unit="%", opt=True),
    ]),
    ("지방자치단체 보조금은 지역마다 다르다. 서울시는 대당 최대 150만 원, 전라남도는 최대 1,050만 원을 준다. 전환지원금까지 더하면 전남에서는 전기 승용차 한 대에 최대 1,730만 원을 지원받을 수 있다.", [
        c("대당", 1, "대", opt=True), m("최대 150만 원", 150 * MAN, q="at_most"), m("최대 1,050만 원", 1050 * MAN, q="at_most"),
        c("한 대", 1, "대", opt=True), m("최대 1,730만 원", 1730 * MAN, q="at_most"),
        ch("더하면 전남에서는 전기 승용차 한 대에 최대 1,730만 원", after=1730 * MAN, unit="KRW", opt=True),
    ]),
    ("기후부는 보조금 대상 차종을 이달 말까지 확정하고 다음 달 2일부터 구매 신청을 받는다. 지난해에는 하반기 들어 12개 시도에서 예산이 조기 소진돼 2만 1,000여 명이 보조금을 받지 못했다.", [
        p("이달 말까지", None, "2026-01"), p("이달 말까지", None, "2026-01-31", opt=True), p("다음 달 2일부터", "2026-02-02", None),
        p("다음 달 2일", "2026-02-02", "2026-02-02", opt=True), p("지난해", "2025", "2025"), p("하반기", "2025-07", "2025-12"),
        p("하반기 들어", "2025-07", None, opt=True), c("12개", 12, "개"), c("2만 1,000여 명", 2 * MAN + 1000, "명", q="approx"),
    ]),
    ("업계도 할인 경쟁에 나섰다. 현대자동차와 기아는 이달 말까지 전기차를 사는 고객에게 최대 300만 원을 깎아 주고, 테슬라코리아는 모델 Y 가격을 5,299만 원으로 200만 원 내렸다.", [
        p("이달 말까지", None, "2026-01"), p("이달 말까지", None, "2026-01-31", opt=True), m("최대 300만 원", 300 * MAN, q="at_most"),
        ch("최대 300만 원을 깎아", delta=-300 * MAN, unit="KRW", opt=True),
        m("5,299만 원", 5299 * MAN), m("200만 원", 200 * MAN), ch("5,299만 원으로 200만 원 내렸다", after=5299 * MAN, delta=-200 * MAN, unit="KRW"),
        ch("200만 원 내렸다", delta=-200 * MAN, unit="KRW", opt=True),
        ch("5,299만 원으로 200만 원 내렸다", before=5499 * MAN, after=5299 * MAN, delta=-200 * MAN, unit="KRW", opt=True),
    ]),
    ("기후부 관계자는 “국고보조금 단가는 내렸지만 전환지원금과 청년 추가 지원으로 소비자의 실구매 부담은 줄어들 것”이라며 “올해 안에 전기차 누적 등록 대수가 100만 대를 넘어설 것으로 본다”고 말했다.", [
        p("올해 안에", "2026", "2026"), p("올해 안에", None, "2026", opt=True), c("100만 대", 100 * MAN, "대", q="at_least"),
        ch("100만 대를 넘어설", after=100 * MAN, unit="대", opt=True),
    ]),
]
ORG04 = [
    o("기후에너지환경부", ["기후부"]), o("서울시"), o("전라남도", ["전남"]), o("현대자동차", ["현대차"]), o("기아"), o("테슬라코리아"),
    o("지방자치단체", opt=True), o("테슬라", opt=True),
]


def page04(paras, title):
    sp = lambda t: f'<div class="se-component se-text"><div class="se-module se-module-text"><p class="se-text-paragraph"><span class="se-fs-">{esc(t)}</span></p></div></div>'
    intro = sp("올해 전기차 보조금 지침 나왔네요! 저는 작년에 국고+지방비 합쳐서 680만 원 받고 샀는데 올해는 국고가 좀 줄었네요ㅠㅠ 나중에 보려고 기사 스크랩해 둡니다.")
    src = ('<div class="se-component se-quotation"><blockquote class="se-quotation-container"><p class="se-text-paragraph">'
           '그린카뉴스 | 정은비 기자 | 입력 2026.01.22 14:30</p></blockquote></div>')
    head = f'<div class="se-component se-text"><div class="se-module se-module-text"><p class="se-text-paragraph"><b>{esc(title)}</b></p></div></div>'
    img = ('<div class="se-component se-image"><img src="https://postfiles.pstatic.example/MjAyNjAxMjJfMTEz/ev_charging.jpg" alt="">'
           '<div class="se-caption"><p>서울 시내의 한 전기차 충전소. 그린카뉴스 제공</p></div></div>')
    tail = [sp("정은비 기자 eunbi@greencarnews.kr"), sp("저작권자 © 그린카뉴스 무단전재 및 재배포 금지"),
            sp("출처 : https://www.greencarnews.kr/news/articleView.html?idxno=30412"),
            sp("※ 지자체별 보조금은 무공해차 통합누리집(ev.or.kr)에서 꼭 확인하세요~ 저는 내년에 두 번째 전기차로 바꿀 생각이라 계속 업데이트할게요!")]
    comps = [intro, src, head] + [sp(t) for t in paras[:2]] + [img] + [sp(t) for t in paras[2:]] + tail
    content = "\n        ".join(comps)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>[스크랩] 2026 전기차 보조금 정리 (그린카뉴스) : 네이버 블로그</title>
<meta property="og:title" content="[스크랩] 2026 전기차 보조금 정리 (그린카뉴스)">
<meta property="og:site_name" content="네이버 블로그 | 민트그린의 EV 라이프">
<meta property="og:type" content="article">
</head>
<body class="se_body">
<div id="whole-border">
  <div id="blog-header"><a class="blog_home" href="https://blog.example.com/mintgreen_ev">민트그린의 EV 라이프</a>
    <ul class="blog_menu"><li>프롤로그</li><li class="on">블로그</li><li>지도</li><li>서재</li><li>메모</li><li>안부</li></ul>
    <div class="blog_util">블로그 홈 | 내 메뉴 | 이웃블로그 | 블로그 팀 공식블로그 | 로그인</div></div>
  <div id="blog-profile"><p class="nick">민트그린 (mintgreen_ev)</p><p class="desc">전기차 3년차 오너의 충전·보조금·유지비 기록</p>
    <p class="cnt">이웃 1,204명 | 오늘 312 | 전체 48만 2,117</p><button>이웃추가</button></div>
  <div id="category"><h3>카테고리</h3><ul><li>전체보기 (412)</li><li class="on">전기차 정보 (128)</li><li>충전 일기 (96)</li><li>여행 (74)</li></ul></div>
  <div id="post-view">
    <div class="se-viewer">
      <div class="se-documentTitle"><span class="se-category">전기차 정보</span>
        <h3 class="se-title-text">[스크랩] 2026 전기차 보조금 정리 (그린카뉴스)</h3>
        <div class="blog2_container"><span class="nick">민트그린</span> <span class="se_publishDate">2026. 1. 22. 21:40</span>
          <button class="btn_url">URL 복사</button> <button class="btn_report">신고하기</button> <button class="btn_more">본문 기타 기능</button></div></div>
      <div class="se-main-container">
        {content}
      </div>
      <div class="post_tag">#전기차보조금 #2026전기차보조금 #전환지원금 #아이오닉5 #모델Y</div>
      <div class="post_btns"><button class="u_likeit">공감 15</button> <button class="btn_comment">댓글 3</button> <button>공유하기</button> <button>Keep에 저장</button></div>
      <div class="comment_area">
        <ul>
          <li><span class="u_cbox_nick">봄날의곰</span> <span class="u_cbox_contents">전남 1,730만 원이면 거의 반값이네요 ㄷㄷ</span> <span class="u_cbox_date">2026. 1. 22. 22:10</span></li>
          <li><span class="u_cbox_nick">ev초보</span> <span class="u_cbox_contents">서울은 150만 원이라니..ㅠ 이사 가야 하나요</span> <span class="u_cbox_date">2026. 1. 23. 08:31</span></li>
          <li class="reply"><span class="u_cbox_nick">민트그린</span> <span class="u_cbox_contents">ㅋㅋ 서울은 원래 적어요. 대신 충전소가 많죠!</span> <span class="u_cbox_date">2026. 1. 23. 09:02</span></li>
        </ul>
      </div>
      <div class="post_list"><h4>'전기차 정보' 카테고리의 다른 글</h4>
        <ul><li>2025 전기차 보조금 총정리 <span>2025. 1. 20.</span></li><li>아이오닉5 1년 타보니 충전비 월 4만 원 <span>2025. 11. 3.</span></li>
        <li>겨울철 주행거리 30% 줄어드는 이유 <span>2025. 12. 14.</span></li></ul></div>
    </div>
  </div>
  <div id="footer">이 블로그의 저작물은 저작권법의 보호를 받습니다. | Copyright © NAVER Corp. All Rights Reserved.</div>
</div>
</body>
</html>
"""


article(
    name="04_ev_subsidy_blog_repost_html", ext="html", published="2026-01-22",
    title="전기차 국고보조금 최대 580만원…내연차 바꾸면 100만원 더",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["민트그린의 EV 라이프", "프롤로그", "블로그 홈", "이웃 1,204명", "48만 2,117", "이웃추가", "전체보기 (412)", "충전 일기", "[스크랩]",
               "URL 복사", "신고하기", "본문 기타 기능", "680만 원 받고", "기사 스크랩해 둡니다", "그린카뉴스 | 정은비 기자", "입력 2026.01.22",
               "충전소. 그린카뉴스 제공", "eunbi@greencarnews.kr", "저작권자 © 그린카뉴스", "출처 :", "ev.or.kr", "업데이트할게요", "#전기차보조금",
               "공감 15", "댓글 3", "Keep에 저장", "봄날의곰", "거의 반값", "이사 가야", "충전소가 많죠", "카테고리의 다른 글", "충전비 월 4만 원",
               "30% 줄어드는", "NAVER Corp"],
    notes=("A **blog repost of a news article** (네이버-blog-like HTML, blog and news site invented): blog header/menu, profile (figures), "
           "category list, post title '[스크랩] 2026 전기차 보조금 정리 (그린카뉴스)', **span.se_publishDate '2026. 1. 22. 21:40'**, then "
           "div.se-main-container whose se-text paragraphs hold **the blogger's own intro (furniture, with a figure '680만 원')**, a "
           "se-quotation source line '그린카뉴스 | 정은비 기자 | 입력 2026.01.22 14:30', the news headline in bold (the gold title), the "
           "article's paragraphs (body) with an se-image caption among them, then the article's byline and copyright, an **'출처 : URL' line** "
           "and the blogger's outro (furniture) — all in the same se-text paragraph markup; tags, 공감/댓글 counts, comments with dates and "
           "figures, the category's other posts (dates, figures), footer. published: 2026-01-22 (the news article's 입력 date and the blog "
           "post's date agree). Conventions: '최대 580만 원. 지난해(650만 원)보다 70만 원 줄었지만' gold {before, after, delta} across the "
           "sentences ({before, delta}, {delta}, {after} optional); '최대 100만 원을 더 주는' at_most money, its delta optional (a conditional "
           "extra grant, not a move); '30만 6,000대로 지난해(26만 4,000대)보다 15.9% 늘었다' gold endpoint change, rate's %-change optional, "
           "count endpoints optional; '24만 5,000대', '5만 3,000대' gold counts; '5,300만 원 미만' at_most, '8,500만 원 이상' at_least; "
           "**money range '5,300만~8,500만 원': lower bound gold (exact), upper optional** (as blind10's rate range); '440km', '1회', '대당', "
           "'한 대', ages and '3년' optional; '20%를 추가로' percentage gold, change optional; the sum '전환지원금까지 더하면 … 최대 1,730만 원' "
           "money gold, change optional; '이달 말까지' open start 2026-01; '다음 달 2일부터' open end from 2026-02-02; **'지난해에는 하반기 들어' "
           "the half-year of 2025 (gold 2025-07..12)**; '12개 시도' gold count 12 개; '2만 1,000여 명' approx; '5,299만 원으로 200만 원 내렸다' "
           "gold {after, delta}; '최대 300만 원을 깎아' money gold, change optional; '올해 안에' 2026; '100만 대를 넘어설' at_least count. "
           "Organisations: 기후에너지환경부 (이하 기후부), 서울시, 전라남도 (전남), 현대자동차, 기아, 테슬라코리아 (테슬라 optional); "
           "지방자치단체 optional. 모델 Y is a product."),
)


# ---------------------------------------------------------------------------
# 05 반도체 직접 보조금·세액공제, Korean/English bilingual press release (plain text), 2026-04-16
# ---------------------------------------------------------------------------
A05 = [
    ("- 내년부터 2029년까지 비수도권 팹·첨단 패키징 투자에 설비투자액의 최대 10% 지원", [
        p("내년부터 2029년까지", "2027", "2029"), p("내년부터", "2027", None, opt=True), p("내년", "2027", "2027", opt=True),
        p("2029년까지", None, "2029", opt=True), p("2029년", "2029", "2029", opt=True), pc("최대 10%", 10),
    ]),
    ("- 국가전략기술 세액공제율 대기업 15%→20%, 중소기업 25%→30%로 5%p씩 상향", [
        pc("15%", 15), pc("20%", 20), ch("15%→20%", before=15, after=20), ch("15%→20%", before=15, after=20, delta=5, opt=True),
        pc("25%", 25), pc("30%", 30), ch("25%→30%로 5%p씩 상향", before=25, after=30), ch("25%→30%로 5%p씩 상향", before=25, after=30, delta=5, opt=True),
        pc("5%p", 5), ch("5%p씩 상향", delta=5, unit="%p", opt=True), ch("5%p씩 상향", delta=5, opt=True),
    ]),
    ("□ 산업통상부(이하 산업부)는 16일 ‘반도체 산업 투자 촉진 방안’을 발표하고, 반도체 설비투자 기업에 현금으로 직접 보조금을 주는 제도를 도입한다고 밝혔다. 정부가 반도체 기업에 직접 보조금을 지급하는 것은 이번이 처음이다.", [
        p("16일", "2026-04-16", "2026-04-16"),
    ]),
    ("○ 보조금은 내년부터 2029년까지 3년간 모두 4조 3,000억 원 규모다. 수도권 밖에 신규 팹(fab)을 짓거나 첨단 패키징 설비를 들이는 기업에 설비투자액의 최대 10%를 지원하며, 기업당 한도는 연 5,000억 원이다.", [
        p("내년부터 2029년까지", "2027", "2029"), p("내년부터", "2027", None, opt=True), p("내년", "2027", "2027", opt=True),
        p("2029년까지", None, "2029", opt=True), p("2029년", "2029", "2029", opt=True), *dur("3년간", 3, "년"),
        m("4조 3,000억 원", 4 * JO + 3000 * EOK), pc("최대 10%", 10), c("기업당", 1, "개", opt=True), p("연", None, None, opt=True),
        m("연 5,000억 원", 5000 * EOK), m("연 5,000억 원", 5000 * EOK, q="at_most", opt=True),
    ]),
    ("□ 세제 지원도 늘린다. 국가전략기술 시설투자에 대한 세액공제율을 대기업·중견기업은 15%에서 20%로, 중소기업은 25%에서 30%로 각각 5%포인트 올린다. 조세특례제한법 개정안이 국회를 통과하면 올해 투자분부터 적용된다.", [
        pc("15%", 15), pc("20%", 20), ch("15%에서 20%로", before=15, after=20), ch("15%에서 20%로", before=15, after=20, delta=5, opt=True),
        pc("25%", 25), pc("30%", 30), ch("25%에서 30%로 각각 5%포인트 올린다", before=25, after=30),
        ch("25%에서 30%로 각각 5%포인트 올린다", before=25, after=30, delta=5, opt=True),
        pc("5%포인트", 5), ch("각각 5%포인트 올린다", delta=5, unit="%p", opt=True), ch("각각 5%포인트 올린다", delta=5, opt=True),
        p("올해 투자분부터", "2026", None), p("올해", "2026", "2026", opt=True),
    ]),
    ("○ 지난해 국내 반도체 설비투자는 54조 7,000억 원으로 전년보다 8.2% 줄었다. 반면 미국은 2022년부터 반도체법(CHIPS Act)에 따라 527억 달러를, 일본은 2021년 이후 3조 9,000억 엔을 반도체 보조금으로 책정했다.", [
        p("지난해", "2025", "2025"), m("54조 7,000억 원", 54 * JO + 7000 * EOK), *base("전년", ("2024", "2024")), pc("8.2%", 8.2),
        ch("54조 7,000억 원으로", after=54 * JO + 7000 * EOK, unit="KRW"), ch("전년보다 8.2% 줄었다", delta=-8.2, unit="%"),
        p("2022년부터", "2022", None), p("2022년", "2022", "2022", opt=True), USD("527억 달러", 527 * EOK),
        p("2021년 이후", "2021", None), p("2021년", "2021", "2021", opt=True), JPY("3조 9,000억 엔", 3 * JO + 9000 * EOK),
    ]),
    ("○ 산업부는 이번 조치로 2030년까지 국내 반도체 설비투자가 당초 계획보다 27조 원가량 늘어날 것으로 내다봤다. 삼성전자와 SK하이닉스는 올해 국내 설비투자를 각각 38조 원, 19조 원으로 잡고 있다.", [
        p("2030년까지", None, "2030"), m("27조 원가량", 27 * JO, q="approx"), ch("당초 계획보다 27조 원가량 늘어날", delta=27 * JO, unit="KRW"),
        p("올해", "2026", "2026"), m("38조 원", 38 * JO), m("19조 원", 19 * JO),
    ]),
    ("□ 인력 양성도 지원한다. 반도체 특성화대학원을 현재 8곳에서 2028년까지 14곳으로 늘리고, 해마다 석·박사급 인력 1,500명을 배출한다는 계획이다.", [
        p("현재", None, None, opt=True), c("8곳", 8, "곳", opt=True), p("2028년까지", None, "2028"), c("14곳", 14, "곳", opt=True),
        ch("현재 8곳에서 2028년까지 14곳으로 늘리고", before=8, after=14, unit="곳"), ch("현재 8곳에서 2028년까지 14곳으로 늘리고", before=8, after=14, delta=6, unit="곳", opt=True),
        p("해마다", None, None, opt=True), c("1,500명", 1500, "명"),
    ]),
    ("□ 정서진 산업부 반도체과장은 “보조금 신청은 오는 7월 1일부터 받고, 첫 지급은 내년 1분기에 이뤄질 것”이라며 “지방에 투자하는 기업일수록 더 많은 혜택을 받도록 설계했다”고 말했다.", [
        p("오는 7월 1일부터", "2026-07-01", None), p("오는 7월 1일", "2026-07-01", "2026-07-01", opt=True), p("내년 1분기", "2027-01", "2027-03"),
    ]),
]
ORG05 = [
    o("산업통상부", ["산업부"]), o("국회"), o("삼성전자"), o("SK하이닉스"),
    o("반도체과", opt=True), o("정부", opt=True), o("반도체 특성화대학원", opt=True),
]


def page05(paras, title):
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    return f"""다시 뛰는 산업, 함께 여는 미래
산업통상부                                              보도자료
MINISTRY OF TRADE AND INDUSTRY                          PRESS RELEASE

보도시점  2026. 4. 16.(목) 11:00   |   Embargoed until 11:00 KST, Thursday, April 16, 2026
배포      2026. 4. 16.(목) 09:00   |   Distributed 09:00 KST, April 16, 2026

{title}
Korea to Offer First Direct Cash Subsidies for Chip Investment, KRW 4.3 Trillion over Three Years

{deck}

{body}

※ 붙임 : 반도체 산업 투자 촉진 방안 1부.  끝.

담당 부서 | 반도체과 | 책임자 | 과장 정서진 (044-203-4270)
          |          | 담당자 | 사무관 임하늘 (044-203-4272)

-----------------------------------------------------------------------
[English Version]

Korea to Offer First Direct Cash Subsidies for Chip Investment, KRW 4.3 Trillion over Three Years
- Up to 10% of facility investment for new fabs and advanced packaging outside the capital area, 2027-2029
- Tax credit rates for national strategic technologies raised by 5 percentage points

The Ministry of Trade and Industry (MOTI) announced on April 16 a package to promote semiconductor investment, introducing for the first time a direct cash subsidy for chipmakers' facility investment.

The subsidies, worth a total of KRW 4.3 trillion from 2027 to 2029, will cover up to 10 percent of investment in new fabs or advanced packaging lines built outside the Seoul metropolitan area, capped at KRW 500 billion per company a year.

The tax credit rate for facility investment in national strategic technologies will rise from 15 to 20 percent for large and mid-sized companies and from 25 to 30 percent for SMEs, once the amendment to the Restriction of Special Taxation Act passes the National Assembly.

Domestic semiconductor facility investment fell 8.2 percent last year to KRW 54.7 trillion, while the United States has set aside USD 52.7 billion under the CHIPS Act since 2022 and Japan JPY 3.9 trillion since 2021.

Applications will open on July 1, with the first payments expected in the first quarter of 2027.

For further information, please contact the Semiconductor Industry Division (+82-44-203-4272).
"""


article(
    name="05_chip_subsidy_bilingual_release", ext="txt", published="2026-04-16",
    title="반도체 설비투자에 첫 직접 보조금…3년간 4조 3,000억 원",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["다시 뛰는 산업, 함께 여는 미래", "MINISTRY OF TRADE AND INDUSTRY", "PRESS RELEASE", "보도시점", "Embargoed until", "배포      2026",
               "Distributed 09:00", "KRW 4.3 Trillion", "※ 붙임", "1부.  끝.", "담당 부서", "044-203-4270", "임하늘", "044-203-4272",
               "[English Version]", "Up to 10% of facility investment", "percentage points", "(MOTI)", "KRW 500 billion", "from 15 to 20 percent",
               "Restriction of Special Taxation Act", "KRW 54.7 trillion", "USD 52.7 billion", "JPY 3.9 trillion", "July 1",
               "first quarter of 2027", "For further information", "+82-44-203-4272"],
    notes=("A **Korean/English bilingual ministry press release** (산업통상부, plain text): slogan, '산업통상부 … 보도자료 / MINISTRY OF "
           "TRADE AND INDUSTRY … PRESS RELEASE', **'보도시점 2026. 4. 16.(목) 11:00 | Embargoed until 11:00 KST, Thursday, April 16, 2026' "
           "and a 배포 line the same morning**, the Korean title and **the English title under it**, two '- ' deck lines, □/○ paragraphs, "
           "'※ 붙임' line, 담당 부서 block with phones, then a rule and **an '[English Version]' section translating the release (English "
           "title, decks, paragraphs with 'KRW 4.3 trillion', '15 to 20 percent', years and 'July 1', contact line)**. Decision: the body is "
           "the Korean release (deck lines and □/○ paragraphs with their markers); **the English translation is furniture** (a second "
           "rendering of the same facts, like an attachment) and is listed in `forbidden`. published: the 보도시점 day 2026-04-16. "
           "Conventions: '내년부터 2029년까지' one period 2027..2029 (parts optional), '3년간' optional; '최대 10%' percentage gold; '15%→20%', "
           "'25%→30%로 5%p씩', '15%에서 20%로', '25%에서 30%로 각각 5%포인트' %-level changes {before, after} without unit (the shared delta "
           "optional on each), '5%p' / '5%포인트' gold percentages, their bare %p-move readings optional; '기업당 한도는 연 5,000억 원' money gold "
           "(exact; an at_most reading optional); '올해 투자분부터' open-ended from 2026; '54조 7,000억 원으로 전년보다 8.2% 줄었다' two gold "
           "changes ('전년' base optional); '527억 달러' USD; **'3조 9,000억 엔' JPY**; '2022년부터', '2021년 이후' open-ended; '당초 계획보다 "
           "27조 원가량 늘어날' approx money and a gold delta change (the base is written); '2030년까지', '2028년까지' open start; '현재 8곳에서 "
           "2028년까지 14곳으로' gold {before, after} (counts optional); '1,500명' gold; '오는 7월 1일부터' open end; '내년 1분기' 2027-01..03. "
           "Organisations: 산업통상부 (이하 산업부), 국회, 삼성전자, SK하이닉스; 정부, 반도체과 optional. 미국, 일본 are countries; "
           "'반도체법(CHIPS Act)', '조세특례제한법' are laws."),
)


# ---------------------------------------------------------------------------
# 06 청년월세 특별지원 상시화, Q&A 해설 기사 HTML (Q. / A. paragraphs), 2026-06-29
# ---------------------------------------------------------------------------
A06 = [
    ("월 최대 20만원 지원 기간 12개월→24개월로…올해 15만 가구 대상", [
        m("최대 20만원", 20 * MAN, q="at_most"), *dur("12개월", 12, "개월"), *dur("24개월", 24, "개월"),
        ch("12개월→24개월", before=12, after=24, unit="개월", opt=True), p("올해", "2026", "2026"), c("15만 가구", 15 * MAN, "가구"),
    ]),
    ("부모와 떨어져 사는 무주택 청년에게 월세를 보태 주는 ‘청년월세 특별지원’이 다음 달부터 상시 사업으로 바뀐다. 달라지는 내용을 문답으로 정리했다.", [
        p("다음 달부터", "2026-07", None),
    ]),
    ("Q. 무엇이 달라지나.", []),
    ("A. 국토교통부(이하 국토부)는 다음 달 1일부터 청년월세 특별지원을 상시 사업으로 전환한다. 2022년 한시 사업으로 시작한 지 4년 만이다. 지원 대상은 부모와 따로 사는 만 19~34세 무주택 청년으로, 월 최대 20만 원씩 최장 24개월 동안 받을 수 있다. 지금까지는 지원 기간이 12개월이었다.", [
        p("다음 달 1일부터", "2026-07-01", None), p("다음 달 1일", "2026-07-01", "2026-07-01", opt=True), p("2022년", "2022", "2022"),
        *dur("4년 만", 4, "년"), AGE("19~34세", 19), AGE("34세", 34), m("최대 20만 원", 20 * MAN, q="at_most"), *dur("최장 24개월", 24, "개월"),
        p("지금까지", None, None, opt=True), *dur("12개월", 12, "개월"),
        ch("최장 24개월 ... 12개월이었다", before=12, after=24, unit="개월", opt=True),
    ]),
    ("Q. 누가 받을 수 있나.", []),
    ("A. 청년 본인 가구 소득이 기준 중위소득 60% 이하이고, 부모를 포함한 원가구 소득이 100% 이하여야 한다. 올해 1인 가구 기준 중위소득의 60%는 월 153만 9,000원이다. 또 보증금 5,000만 원 이하, 월세 70만 원 이하인 집에 살아야 한다.", [
        pc("60%", 60), pc("100%", 100), p("올해", "2026", "2026"), c("1인 가구", 1, "인", opt=True), c("1인 가구", 1, "가구", opt=True), pc("60%", 60),
        m("153만 9,000원", 153 * MAN + 9000), m("5,000만 원 이하", 5000 * MAN, q="at_most"), m("70만 원 이하", 70 * MAN, q="at_most"),
    ]),
    ("Q. 지원 규모는 얼마나 늘어나나.", []),
    ("A. 올해 지원 가구는 15만 가구로 지난해(10만 2,000가구)보다 4만 8,000가구 늘어난다. 예산도 지난해 1,630억 원에서 올해 2,880억 원으로 76.7% 증가했다. 국토부는 2030년까지 지원 대상을 연 20만 가구로 늘릴 계획이다.", [
        p("올해", "2026", "2026"), c("15만 가구", 15 * MAN, "가구", opt=True), p("지난해", "2025", "2025"), c("10만 2,000가구", 10 * MAN + 2000, "가구", opt=True),
        c("4만 8,000가구", 4 * MAN + 8000, "가구", opt=True),
        ch("15만 가구로 지난해(10만 2,000가구)보다 4만 8,000가구 늘어난다", before=10 * MAN + 2000, after=15 * MAN, delta=4 * MAN + 8000, unit="가구"),
        ch("4만 8,000가구 늘어난다", delta=4 * MAN + 8000, unit="가구", opt=True),
        p("지난해", "2025", "2025"), m("1,630억 원", 1630 * EOK), p("올해", "2026", "2026"), m("2,880억 원", 2880 * EOK), pc("76.7%", 76.7),
        ch("지난해 1,630억 원에서 올해 2,880억 원으로 76.7% 증가했다", before=1630 * EOK, after=2880 * EOK, unit="KRW"),
        ch("76.7% 증가했다", delta=76.7, unit="%", opt=True),
        p("2030년까지", None, "2030"), p("연", None, None, opt=True), c("20만 가구", 20 * MAN, "가구", opt=True),
        ch("연 20만 가구로 늘릴", after=20 * MAN, unit="가구"), ch("연 20만 가구로 늘릴", before=15 * MAN, after=20 * MAN, unit="가구", opt=True),
    ]),
    ("Q. 이미 지원을 받은 청년도 다시 신청할 수 있나.", []),
    ("A. 그렇다. 2022~2024년 1·2차 사업에서 12개월을 지원받은 청년 8만 4,000명도 남은 기간만큼 추가로 받을 수 있다. 다만 전체 지원 기간은 24개월을 넘을 수 없다. 신청은 다음 달 1일부터 복지로 누리집이나 주소지 행정복지센터에서 하면 된다.", [
        p("2022~2024년", "2022", "2024"), *dur("12개월", 12, "개월"), c("8만 4,000명", 8 * MAN + 4000, "명"), *dur("24개월", 24, "개월"),
        p("다음 달 1일부터", "2026-07-01", None), p("다음 달 1일", "2026-07-01", "2026-07-01", opt=True),
    ]),
    ("Q. 다른 주거 지원과 함께 받을 수 있나.", []),
    ("A. 주거급여 수급자나 지방자치단체의 월세 지원을 받는 청년은 중복으로 받을 수 없다. 대신 주택도시보증공사(HUG)의 ‘청년 전용 보증부 월세대출’은 함께 이용할 수 있다. 이 대출 금리는 다음 달부터 연 1.3%에서 1.0%로 0.3%포인트 내려간다. 대출 한도는 보증금 최대 4,500만 원, 월세 최대 1,200만 원이다.", [
        p("다음 달부터", "2026-07", None), pc("1.3%", 1.3), pc("1.0%", 1.0), pc("0.3%포인트", 0.3),
        ch("연 1.3%에서 1.0%로 0.3%포인트 내려간다", before=1.3, after=1.0, delta=-0.3),
        m("최대 4,500만 원", 4500 * MAN, q="at_most"), m("최대 1,200만 원", 1200 * MAN, q="at_most"),
    ]),
    ("Q. 청년들의 월세 부담은 어느 정도인가.", []),
    ("A. 국토부의 ‘2025년도 주거실태조사’를 보면 수도권에 사는 청년 1인 가구의 평균 월세는 58만 원으로 2년 전(49만 원)보다 9만 원 올랐다. 소득 대비 임대료 비율(RIR)은 24.6%로, 서울은 30%를 넘었다. 월 20만 원을 지원받으면 이 비율이 16% 안팎으로 떨어진다는 게 국토부 설명이다.", [
        p("2025년도", "2025", "2025", opt=True), p("2025년도", None, None, opt=True), c("1인 가구", 1, "인", opt=True), c("1인 가구", 1, "가구", opt=True),
        m("58만 원", 58 * MAN), *base("2년 전", ("2023", "2023"), ("2024", "2024")), m("49만 원", 49 * MAN), m("9만 원", 9 * MAN),
        ch("58만 원으로 2년 전(49만 원)보다 9만 원 올랐다", before=49 * MAN, after=58 * MAN, delta=9 * MAN, unit="KRW"),
        ch("9만 원 올랐다", delta=9 * MAN, unit="KRW", opt=True),
        pc("24.6%", 24.6), pc("30%", 30), ch("30%를 넘었다", after=30, opt=True), m("20만 원", 20 * MAN), pc("16%", 16),
        ch("16% 안팎으로 떨어진다", after=16), ch("24.6% ... 16% 안팎으로 떨어진다", before=24.6, after=16, opt=True),
    ]),
    ("Q. 앞으로 일정은.", []),
    ("A. 국토부는 올해 하반기 중 청년 주거실태 전수조사를 벌여 내년 상반기에 지원 기준을 다시 손볼 계획이다. 월세 지원 예산은 내년에 3,200억 원 안팎으로 늘어날 전망이다.", [
        p("올해 하반기", "2026-07", "2026-12"), p("올해", "2026", "2026", opt=True), p("내년 상반기", "2027-01", "2027-06"), p("내년", "2027", "2027"),
        m("3,200억 원 안팎", 3200 * EOK, q="approx"), ch("3,200억 원 안팎으로 늘어날", after=3200 * EOK, unit="KRW"),
        ch("3,200억 원 안팎으로 늘어날", before=2880 * EOK, after=3200 * EOK, unit="KRW", opt=True),
    ]),
]
ORG06 = [
    o("국토교통부", ["국토부"]), o("주택도시보증공사", ["HUG"]),
    o("지방자치단체", opt=True), o("복지로", opt=True), o("행정복지센터", opt=True),
]


def page06(paras, title):
    ps = []
    for i, t in enumerate(paras[1:], start=1):
        cls = ' class="qa_q"' if t.startswith("Q. ") else (' class="qa_a"' if t.startswith("A. ") else "")
        ps.append(f"<p{cls}>{esc(t)}</p>")
    fig = ('<figure class="art_img"><img src="https://img.hanbit-econ.kr/2026/06/28/youth_rent_graphic.png" alt="청년월세 특별지원 달라지는 점">'
           '<figcaption>청년월세 특별지원 달라지는 점. 그래픽=김하은 기자</figcaption></figure>')
    rel = ('<div class="art_relation"><strong>[관련기사]</strong><ul><li><a href="#">청년 10명 중 4명 “월세 내느라 저축 못 해”</a></li>'
           '<li><a href="#">청년 전세대출 금리 0.2%P 인하…다음 달 시행</a></li></ul></div>')
    ad = '<div class="ad_inread"><span>AD</span><ins class="adsbygoogle" data-ad-slot="8802145"></ins></div>'
    body = "\n      ".join(ps[:7] + [fig] + ps[7:11] + [ad] + ps[11:] + [rel])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - 한빛경제</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="한빛경제">
<meta name="description" content="청년월세 특별지원이 다음 달부터 상시 사업으로 바뀐다.">
<link rel="stylesheet" href="/css/article.css?v=3.2">
</head>
<body>
<div id="wrap">
  <header class="top">
    <div class="top_bar"><span class="today">2026년 6월 29일 월요일</span> <a href="/login">로그인</a> <a href="/join">회원가입</a> <a href="/subscribe">구독신청</a></div>
    <div class="logo"><a href="/">한빛경제</a></div>
    <nav><ul><li>경제</li><li>금융</li><li>부동산</li><li>산업</li><li>정책</li><li>오피니언</li></ul></nav>
  </header>
  <main class="article_wrap">
    <div class="art_kicker">부동산 &gt; 정책 | <em>Q&amp;A로 읽는 정책</em></div>
    <h1 class="art_title">{esc(title)}</h1>
    <h2 class="art_subtitle">{esc(paras[0])}</h2>
    <div class="art_info"><span class="byline">서하준 기자</span> <span class="date">입력 2026.06.29 06:00</span> <span class="date">수정 2026.06.29 09:41</span> <span class="paper">지면 A8</span></div>
    <div class="art_tool"><button>가</button><button>가</button><button>프린트</button><button>공유</button><button>북마크</button></div>
    <div id="article-body" class="art_body">
      {body}
    </div>
    <div class="art_byline">서하준 기자 hajun.seo@hanbit-econ.kr</div>
    <div class="art_copy">ⓒ 한빛경제, 무단 전재 및 재배포 금지</div>
    <div class="art_series"><h3>Q&amp;A로 읽는 정책 시리즈</h3>
      <ul><li>상생페이백 신청 방법은…카드 사용액 늘면 최대 30만원 <span>2026.06.22</span></li>
      <li>달라지는 전세사기 피해 지원 Q&amp;A <span>2026.06.15</span></li>
      <li>국민연금 보험료율 13%로…내 연금은 얼마나 <span>2026.06.08</span></li></ul></div>
  </main>
  <aside class="side">
    <div class="most_read"><h3>많이 본 뉴스</h3><ol><li>서울 아파트 거래량 5개월 만에 감소</li><li>기준금리 연 2.25% 동결</li><li>하반기 공공기관 채용 1만 8,000명</li></ol></div>
  </aside>
  <footer class="foot">(주)한빛경제신문 | 서울특별시 마포구 월드컵북로 21 | 등록번호 서울 아04521 | 발행인·편집인 문태성 | 청소년보호책임자 윤가람</footer>
</div>
</body>
</html>
"""


article(
    name="06_youth_rent_qa_explainer_html", ext="html", published="2026-06-29",
    title="[Q&A] 청년월세 지원 상시화…누가, 얼마나, 언제까지 받나",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["로그인", "구독신청", "부동산 > 정책", "Q&A로 읽는 정책", "서하준 기자", "수정 2026.06.29", "지면 A8", "프린트", "북마크",
               "그래픽=김하은 기자", "[관련기사]", "10명 중 4명", "0.2%P 인하", "adsbygoogle", "hajun.seo@", "ⓒ 한빛경제", "상생페이백",
               "최대 30만원", "전세사기 피해", "13%로", "많이 본 뉴스", "5개월 만에", "2.25% 동결", "1만 8,000명", "월드컵북로 21", "아04521", "윤가람"],
    notes=("A **Q&A 해설 기사** (한빛경제, invented) in HTML: top bar with the day's date, menu, kicker '부동산 > 정책 | Q&A로 읽는 정책', "
           "h1 title, **deck in h2.art_subtitle (body)**, byline row **'입력 2026.06.29 06:00 | 수정 2026.06.29 09:41 | 지면 A8'**, tool "
           "buttons, body = p of div#article-body: an intro paragraph then **alternating 'Q. …' (p.qa_q) and 'A. …' (p.qa_a) paragraphs**, "
           "with a graphic figure + figcaption, an in-read ad and a '[관련기사]' box (figures) inside the body div (furniture); byline with "
           "e-mail, copyright, series list (figures, dates), 많이 본 뉴스 (figures), footer. published 2026-06-29. Decision: **the Q and A "
           "paragraphs are body, with their 'Q.' / 'A.' prefixes as written**; question paragraphs hold no figures. Conventions: deck '월 최대 "
           "20만원' at_most money, durations '12개월→24개월' and their move optional (blind5: durations), '15만 가구' a gold count (a level, not "
           "an endpoint in the deck); '다음 달부터' open-ended from 2026-07, '다음 달 1일부터' from 2026-07-01; '2022년' gold; '4년 만', "
           "'최장 24개월', ages optional; '60% 이하', '100% 이하' gold percentages; '1인 가구' household size optional; '15만 가구로 "
           "지난해(10만 2,000가구)보다 4만 8,000가구 늘어난다' gold {before, after, delta} (counts optional endpoints); '지난해 1,630억 원에서 "
           "올해 2,880억 원으로 76.7% 증가' gold endpoint change (rate's %-change optional); '2030년까지 … 연 20만 가구로 늘릴' gold {after} "
           "(count optional); '2022~2024년' one period; '1·2차' ordinals; '연 1.3%에서 1.0%로 0.3%포인트 내려간다' a %-level change without "
           "unit; '보증금 최대 4,500만 원' at_most; '‘2025년도 주거실태조사’' year in a survey's name optional; '58만 원으로 2년 전(49만 원)보다 "
           "9만 원 올랐다' gold {before, after, delta}, '2년 전' base optional; '30%를 넘었다' percentage gold (its move optional); '16% 안팎으로 "
           "떨어진다' gold {after} (the move from 24.6 optional); '올해 하반기', '내년 상반기' gold half-years; '3,200억 원 안팎' approx money "
           "and gold {after}. Organisations: 국토교통부 (이하 국토부), 주택도시보증공사 (HUG); 지방자치단체, 복지로, 행정복지센터 optional."),
)


if __name__ == "__main__":
    main(HERE)
