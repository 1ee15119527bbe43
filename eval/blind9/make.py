#!/usr/bin/env python3
"""The eval/blind9 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind9/make.py
"""
import json
import pathlib
import sys
import html

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


AGE = lambda t, v: c(t, v, "세", opt=True)


# ---------------------------------------------------------------------------
# 01 청년 월세 지원 특별법 비용추계, 국회 news HTML (div#article_body, span.article_date), 2026-10-13
# ---------------------------------------------------------------------------
A01 = [
    ("예정처 “2027~2031년 4조 2,380억원 필요”…연평균 8,476억원", [
        p("2027~2031년", "2027", "2031"), m("4조 2,380억원", 4 * JO + 2380 * EOK), m("8,476억원", 8476 * EOK),
        p("연평균", None, None, opt=True),
    ]),
    ("지원 대상 무주택 청년 약 41만 명으로 늘어", [
        c("약 41만 명", 41 * MAN, "명", q="approx", opt=True), ch("약 41만 명으로 늘어", after=41 * MAN, unit="명"),
    ]),
    ("국회에 계류 중인 ‘청년 주거급여 특별법’ 제정안이 통과되면 향후 5년간 4조원이 넘는 재정이 추가로 들어간다는 국회예산정책처(이하 예정처)의 추계가 나왔다. 여야가 정기국회 처리를 벼르고 있지만 재원 대책은 빠져 있어 논란이 예상된다.", [
        p("향후 5년간", None, None, opt=True), p("향후 5년간", "2027", "2031", opt=True), c("5년간", 5, "년", opt=True),
        m("4조원", 4 * JO, q="at_least"), ch("4조원이 넘는 재정이 추가로", delta=4 * JO, unit="KRW", opt=True),
    ]),
    ("13일 국회 국토교통위원회 소속 박서진 더불어민주당 의원실이 예정처로부터 받은 비용추계서에 따르면, 제정안 시행 시 2027~2031년 5년간 총 4조 2,380억원의 국비가 필요한 것으로 추산됐다. 연평균 8,476억원 규모다.", [
        p("13일", "2026-10-13", "2026-10-13"), p("2027~2031년", "2027", "2031"), p("5년간", None, None, opt=True), c("5년간", 5, "년", opt=True),
        m("4조 2,380억원", 4 * JO + 2380 * EOK), p("연평균", None, None, opt=True), m("8,476억원", 8476 * EOK),
    ]),
    ("제정안은 현재 월 최대 20만원씩 12개월간 지급하는 청년월세 한시 특별지원을 상시 제도로 바꾸고, 지원 기간을 최장 24개월로 늘리는 내용이 뼈대다. 지원 금액도 월 최대 20만원에서 25만원으로 5만원 올린다.", [
        p("현재", None, None, opt=True), m("20만원", 20 * MAN, q="at_most"), p("12개월간", None, None, opt=True), c("12개월", 12, "개월", opt=True),
        p("24개월", None, None, opt=True), c("24개월", 24, "개월", opt=True), ch("최장 24개월로 늘리는", after=24, unit="개월", opt=True),
        ch("12개월간 ... 최장 24개월로 늘리는", before=12, after=24, unit="개월", opt=True),
        m("20만원", 20 * MAN, q="at_most"), m("25만원", 25 * MAN), m("5만원", 5 * MAN),
        ch("월 최대 20만원에서 25만원으로 5만원 올린다", before=20 * MAN, after=25 * MAN, delta=5 * MAN, unit="KRW"),
    ]),
    ("지원 대상도 넓어진다. 현행 제도는 부모와 따로 사는 19~34세 무주택 청년 가운데 청년가구 소득이 기준중위소득 60% 이하, 원가구 소득이 100% 이하인 경우만 지원하지만, 제정안은 원가구 소득 요건을 없애고 청년가구 소득 기준을 기준중위소득 60%에서 80%로 높였다. 예정처는 이에 따라 연간 지원 인원이 올해 약 17만 명에서 2027년 약 41만 명으로 2.4배가량 늘 것으로 봤다.", [
        p("현행", None, None, opt=True), AGE("19~34세", 19), AGE("19~34세", 34),
        pc("60%", 60), pc("100%", 100), pc("60%", 60), pc("80%", 80), ch("기준중위소득 60%에서 80%로 높였다", before=60, after=80),
        p("연간", None, None, opt=True), p("올해", "2026", "2026"), c("약 17만 명", 17 * MAN, "명", q="approx", opt=True),
        p("2027년", "2027", "2027"), c("약 41만 명", 41 * MAN, "명", q="approx", opt=True),
        ch("올해 약 17만 명에서 2027년 약 41만 명으로", before=17 * MAN, after=41 * MAN, unit="명"),
        pc("2.4배", 240, opt=True), ch("2.4배가량 늘", delta=140, unit="%", opt=True),
    ]),
    ("연도별로는 시행 첫해인 2027년 7,210억원에서 시작해 대상자가 누적되는 2031년에는 9,650억원까지 불어날 것으로 예상됐다. 예정처는 “월세 상승률을 연 3.5%로 가정했다”며 “임대료가 더 오르면 비용은 추계치보다 커질 수 있다”고 밝혔다.", [
        p("2027년", "2027", "2027"), m("7,210억원", 7210 * EOK), p("2031년", "2031", "2031"), m("9,650억원", 9650 * EOK),
        ch("2027년 7,210억원에서 시작해 … 2031년에는 9,650억원까지 불어날".replace(" … ", " ... "), before=7210 * EOK, after=9650 * EOK, unit="KRW"),
        pc("연 3.5%", 3.5), ch("월세 상승률을 연 3.5%로 가정했다", delta=3.5, unit="%", opt=True), ch("월세 상승률을 연 3.5%로 가정했다", after=3.5, opt=True),
    ]),
    ("정부는 재정 부담을 이유로 신중한 입장이다. 국토교통부는 국회에 낸 검토 의견에서 “한시 사업의 집행률이 지난해 기준 68.2%에 그쳤다”며 “지원 확대보다 전달체계 개선이 먼저”라고 했다. 기획예산처 관계자도 “내년 청년월세 예산은 1,850억원으로 편성돼 있어, 제정안이 통과되면 4,000억원 이상 추가 소요가 생긴다”고 말했다.", [
        p("지난해 기준", "2025", "2025"), pc("68.2%", 68.2), p("내년", "2027", "2027"), m("1,850억원", 1850 * EOK),
        m("4,000억원 이상", 4000 * EOK, q="at_least"), ch("4,000억원 이상 추가 소요", delta=4000 * EOK, unit="KRW", opt=True),
    ]),
    ("여야는 이번 정기국회 회기 안에 법안을 처리한다는 데 공감대를 이뤘다. 국민의힘도 지난 7월 비슷한 내용의 법안을 내놨다. 국토위는 다음 달 3일 법안심사소위원회를 열어 두 법안을 병합 심사할 예정이다. 예정처는 “두 법안 모두 별도 재원 조달 방안이 없어 국가채무 증가로 이어질 가능성이 있다”고 지적했다.", [
        p("지난 7월", "2026-07", "2026-07"), p("다음 달 3일", "2026-11-03", "2026-11-03"), c("두 법안", 2, "법안", opt=True), c("두 법안", 2, "개", opt=True),
    ]),
]
ORG01 = [
    o("국회"), o("국회예산정책처", ["예정처"]), o("국토교통위원회", ["국토위"]), o("더불어민주당"), o("국민의힘"), o("국토교통부"), o("기획예산처"),
    o("정부", opt=True), o("여야", opt=True), o("법안심사소위원회", opt=True), o("의원실", opt=True), o("박서진 더불어민주당 의원실", opt=True),
]


def page01(paras, title):
    deck = "<br>\n".join(esc(t) for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    rel = ('<div class="relation_news"><h4>관련기사</h4><ul>'
           '<li><a href="/news/articleView.html?idxno=318204">청년월세 지원 신청자 1년 새 32% 늘어…집행률은 저조</a></li>'
           '<li><a href="/news/articleView.html?idxno=317990">[국감] 청년 주거비 부담 소득의 27%…OECD 최고 수준</a></li></ul></div>')
    ad = '<div class="ad_inarticle"><script>/* ad slot 300x250 */</script><span class="ad_label">AD</span></div>'
    parts = ps[:3] + [ad] + ps[3:5] + [rel] + ps[5:]
    body = "\n    ".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 여의도저널</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="여의도저널">
<meta property="og:url" content="https://www.yeouidojournal.kr/news/articleView.html?idxno=318377">
<meta name="description" content="국회예산정책처 추계…청년 주거급여 특별법 제정안 5년간 4조 2,380억원">
</head>
<body>
<div id="top_bar"><span class="today">2026년 10월 13일 화요일</span> <a href="/member/login">로그인</a> <a href="/member/join">회원가입</a></div>
<div id="gnb"><a class="logo" href="/">여의도저널</a>
  <ul><li>국회</li><li>정당</li><li>청와대</li><li>행정</li><li>경제</li><li>오피니언</li></ul></div>
<div id="wrapper">
 <div id="contents">
  <div class="article_head">
    <div class="section_path">국회 &gt; 입법</div>
    <h2 class="article_title">{esc(title)}</h2>
    <h3 class="article_subtitle">{deck}</h3>
    <div class="article_info">
      <span class="article_writer">정하늘 기자</span>
      <span class="article_date">입력 2026.10.13 17:40</span>
      <span class="article_date_mod">수정 2026.10.14 09:05</span>
      <span class="article_hit">조회수 1,204</span>
    </div>
    <div class="article_tools"><a>글자크기</a> <a>인쇄</a> <a>스크랩</a> <a>공유</a></div>
  </div>
  <div id="article_body" class="article_body">
    {body}
  </div>
  <div class="article_end">
    <p class="writer_mail">정하늘 기자 sky@yeouidojournal.kr</p>
    <p class="copy">저작권자 © 여의도저널 무단전재 및 재배포 금지</p>
    <div class="tags">#청년월세 #예정처 #비용추계 #국토위</div>
  </div>
 </div>
 <div id="aside">
   <div class="box_rank"><h4>많이 본 뉴스</h4><ol>
     <li>국회의원 세비 1억 6,000만원 넘어…4년 새 9%↑</li>
     <li>내년 예산안 국회 심사 돌입…쟁점은 지역화폐 1조원</li>
     <li>여야 지지율 격차 3.2%포인트…오차범위 내</li></ol></div>
   <div class="box_issue"><h4>이 시각 국회</h4><p>본회의 법안 87건 처리…민생법안 절반</p></div>
 </div>
</div>
<div id="footer">여의도저널 | 서울특별시 영등포구 국회대로 750 | 등록번호 서울 아54321 | 발행일 2021.05.10 | 대표전화 02-784-2000</div>
</body>
</html>
"""


article(
    name="01_youth_rent_bill_cost_assembly_html", ext="html", published="2026-10-13",
    title="청년 월세 지원 상시화 법안, 5년간 4조 넘게 든다",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["회원가입", "국회 > 입법", "정하늘 기자", "수정 2026.10.14", "조회수", "글자크기", "ad slot", "관련기사", "32% 늘어", "[국감]", "27%…OECD",
               "sky@", "저작권자", "#청년월세", "많이 본 뉴스", "1억 6,000만원", "4년 새 9%", "지역화폐 1조원", "3.2%포인트", "이 시각 국회", "87건",
               "국회대로 750", "발행일 2021", "02-784-2000"],
    notes=("A 국회 news HTML (여의도저널, invented): h2.article_title with the deck as two lines in h3.article_subtitle (<br>), div.article_info with "
           "span.article_writer and **span.article_date '입력 2026.10.13 17:40'** (a span.article_date_mod '수정' the next day, a top-bar date of the "
           "same day); body = the p elements of div#article_body, which also holds an ad slot and a '관련기사' box (furniture, figures not gold); "
           "tags, copyright, 많이 본 뉴스, '이 시각 국회', footer (발행일 2021) furniture. published: span.article_date (입력). Title not scored; deck "
           "lines are body. Conventions: '2027~2031년' a gold period, '향후 5년간' / '5년간' / '12개월간' durations optional; '연평균 8,476억원' gold "
           "money ('연평균' optional); '4조원이 넘는' at_least money; '월 최대 20만원에서 25만원으로 5만원 올린다' endpoint change with delta; "
           "durations moving ('최장 24개월로 늘리는') optional (blind5); '기준중위소득 60%에서 80%로' a %-level change (no unit), thresholds "
           "'60% 이하' / '100% 이하' gold percentages; ages '19~34세' optional; '올해 약 17만 명에서 2027년 약 41만 명으로' endpoint change (counts "
           "optional), '2.4배가량' optional; the deck '약 41만 명으로 늘어' a gold after-change; a cost path '2027년 7,210억원에서 시작해 … 2031년에는 "
           "9,650억원까지 불어날' a gold endpoint change; an assumed growth rate ('연 3.5%로 가정') a percentage (change optional); '4,000억원 이상 "
           "추가 소요' an extra cost (the delta reading optional); '지난해 기준' gold 2025; '내년' gold; '지난 7월', '다음 달 3일' gold; '정기국회' no "
           "period. Organisations: 국회, 국회예산정책처 (이하 예정처), 국토교통위원회 (국토위), parties (더불어민주당, 국민의힘), 국토교통부, "
           "기획예산처; 정부, 여야, 법안심사소위원회 and the member's office optional. 박서진 is a person."),
)


# ---------------------------------------------------------------------------
# 02 질병관리청 보도자료 (plain text), 2026-2027절기 인플루엔자 국가예방접종, 2026-09-15
# ---------------------------------------------------------------------------
SEASON = lambda t: [p(t, None, None, opt=True), p(t, "2026", "2027", opt=True), p(t, "2026-09", "2027-04", opt=True), p(t, "2026-10", "2027-04", opt=True)]
DOSE = lambda t, v: c(t, v, "회분")
A02 = [
    ("- 9.22.(화)부터 어린이·임신부, 10.15.(목)부터 75세 이상 어르신 순차 접종 시작", [
        p("9.22.(화)부터", "2026-09-22", None), p("9.22.(화)", "2026-09-22", "2026-09-22", opt=True),
        p("10.15.(목)부터", "2026-10-15", None), p("10.15.(목)", "2026-10-15", "2026-10-15", opt=True), AGE("75세 이상", 75),
    ]),
    ("- 인플루엔자 백신 1,180만 회분 확보…코로나19 백신과 동시 접종 권고", [DOSE("1,180만 회분", 1180 * MAN)]),
    ("□ 질병관리청(이하 질병청)은 2026-2027절기 인플루엔자 국가예방접종을 9월 22일(화) 오전 9시부터 시작한다고 15일 밝혔다.", [
        *SEASON("2026-2027절기"), p("9월 22일(화) 오전 9시부터", "2026-09-22", None), p("9월 22일(화)", "2026-09-22", "2026-09-22", opt=True),
        p("오전 9시부터", None, None, opt=True), p("15일", "2026-09-15", "2026-09-15"),
    ]),
    ("○ 이번 절기 국가예방접종 대상은 생후 6개월~13세 어린이, 임신부, 65세 이상 어르신 등 약 1,390만 명이다. 지난 절기(1,350만 명)보다 40만 명가량 늘었다.", [
        *SEASON("이번 절기"), c("6개월", 6, "개월", opt=True), p("6개월", None, None, opt=True), AGE("13세", 13), AGE("65세 이상", 65),
        c("약 1,390만 명", 1390 * MAN, "명", q="approx", opt=True),
        *SEASON("지난 절기"), p("지난 절기", "2025", "2026", opt=True), c("1,350만 명", 1350 * MAN, "명", opt=True), c("40만 명가량", 40 * MAN, "명", q="approx", opt=True),
        ch("약 1,390만 명이다. 지난 절기(1,350만 명)보다 40만 명가량 늘었다", before=1350 * MAN, after=1390 * MAN, delta=40 * MAN, unit="명"),
        ch("지난 절기(1,350만 명)보다 40만 명가량 늘었다", before=1350 * MAN, delta=40 * MAN, unit="명", opt=True),
    ]),
    ("○ 접종은 대상군별로 나눠 진행한다. 2회 접종이 필요한 어린이(생후 6개월 이상 9세 미만 중 이번 절기에 처음 접종하거나 지난 절기까지 1회만 접종한 어린이)와 임신부는 9월 22일(화)부터, 1회 접종 어린이는 9월 29일(화)부터 접종을 받을 수 있다.", [
        c("2회", 2, "회", opt=True), c("6개월", 6, "개월", opt=True), p("6개월", None, None, opt=True), AGE("9세 미만", 9), *SEASON("이번 절기"),
        *SEASON("지난 절기까지"), p("지난 절기까지", None, "2026", opt=True), p("지난 절기까지", None, "2026-04", opt=True), c("1회", 1, "회", opt=True), c("1회", 1, "회", opt=True),
        p("9월 22일(화)부터", "2026-09-22", None), p("9월 22일(화)", "2026-09-22", "2026-09-22", opt=True),
        p("9월 29일(화)부터", "2026-09-29", None), p("9월 29일(화)", "2026-09-29", "2026-09-29", opt=True),
    ]),
    ("○ 어르신은 연령대별로 접종 시작일이 다르다. 75세 이상은 10월 15일(목), 70~74세는 10월 20일(화), 65~69세는 10월 23일(금) 오전 9시부터 접종이 시작되며, 접종은 내년 4월 30일(금)까지 받을 수 있다.", [
        AGE("75세 이상", 75), p("10월 15일(목)", "2026-10-15", "2026-10-15"), p("10월 15일(목)", "2026-10-15", None, opt=True),
        AGE("70~74세", 70), AGE("70~74세", 74), p("10월 20일(화)", "2026-10-20", "2026-10-20"), p("10월 20일(화)", "2026-10-20", None, opt=True),
        AGE("65~69세", 65), AGE("65~69세", 69),
        p("10월 23일(금) 오전 9시부터", "2026-10-23", None), p("10월 23일(금)", "2026-10-23", "2026-10-23", opt=True), p("오전 9시부터", None, None, opt=True),
        p("내년 4월 30일(금)까지", None, "2027-04-30"), p("내년 4월 30일(금)", "2027-04-30", "2027-04-30", opt=True),
    ]),
    ("□ 질병청은 이번 절기 접종을 위해 인플루엔자 백신 1,180만 회분을 확보했다. 이 가운데 어린이·임신부용 420만 회분은 이달 중 전국 위탁의료기관 2만 1,000여 곳에 공급을 마친다.", [
        *SEASON("이번 절기"), DOSE("1,180만 회분", 1180 * MAN), DOSE("420만 회분", 420 * MAN), p("이달 중", "2026-09", "2026-09"),
        c("2만 1,000여 곳", 2 * MAN + 1000, "곳", q="approx"),
    ]),
    ("○ 65세 이상 어르신에게는 면역증강 백신 등 고면역원성 백신 210만 회분을 처음 도입해 75세 이상 어르신 가운데 희망자에게 우선 접종한다. 도입 예산 486억원은 올해 추가경정예산으로 확보했다.", [
        AGE("65세 이상", 65), DOSE("210만 회분", 210 * MAN), AGE("75세 이상", 75), m("486억원", 486 * EOK), p("올해", "2026", "2026"),
    ]),
    ("○ 코로나19 백신 동시 접종도 권고한다. 코로나19 예방접종은 10월 15일(목)부터 65세 이상 어르신과 면역저하자, 감염취약시설 입원·입소자를 대상으로 무료로 진행되며, LP.8.1 변이에 대응한 백신 740만 회분이 준비됐다.", [
        p("10월 15일(목)부터", "2026-10-15", None), p("10월 15일(목)", "2026-10-15", "2026-10-15", opt=True), AGE("65세 이상", 65), DOSE("740만 회분", 740 * MAN),
    ]),
    ("□ 지난 절기 접종률은 어르신 80.1%, 어린이 71.4%, 임신부 58.6%였다. 질병청은 이번 절기 어르신 접종률 목표를 82%로 잡았다. 최근 4주간 외래환자 1,000명당 인플루엔자 의사환자 수는 7.6명으로 유행기준(9.1명)에 근접해, 예년보다 유행이 빨리 찾아올 수 있다는 게 질병청의 설명이다.", [
        *SEASON("지난 절기"), pc("80.1%", 80.1), pc("71.4%", 71.4), pc("58.6%", 58.6), *SEASON("이번 절기"), pc("82%", 82),
        ch("접종률 목표를 82%로 잡았다", after=82, opt=True), ch("80.1% ... 목표를 82%로 잡았다", before=80.1, after=82, opt=True),
        p("최근 4주간", None, None, opt=True), c("4주간", 4, "주", opt=True), c("1,000명당", 1000, "명", opt=True), c("7.6명", 7.6, "명", opt=True),
        c("9.1명", 9.1, "명", opt=True), p("예년", None, None, opt=True),
    ]),
    ("□ 질병청 관계자는 “접종 후 항체가 생기기까지 약 2주가 걸리는 만큼 유행이 본격화하기 전인 다음 달 말까지 접종을 마쳐 달라”고 당부했다.", [
        p("약 2주", None, None, opt=True), c("약 2주", 2, "주", q="approx", opt=True),
        p("다음 달 말까지", None, "2026-10"), p("다음 달 말까지", None, "2026-10-31", opt=True),
    ]),
]
ORG02 = [o("질병관리청", ["질병청"]), o("위탁의료기관", opt=True), o("감염취약시설", opt=True)]


def page02(paras, title):
    head = """함께 가요 희망으로, 건강한 미래로

질병관리청                                              보 도 자 료
Korea Disease Control and Prevention Agency

보도시점\t2026. 9. 15.(화) 12:00\t\t배포\t2026. 9. 15.(화) 09:00

┌──────────────────────────────────────────────────────┐
 담당 부서\t감염병정책국 예방접종관리과\t책임자\t과  장  이수정 (043-719-8350)
 \t\t\t\t담당자\t사무관  최윤아 (043-719-8362)
└──────────────────────────────────────────────────────┘

"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:])
    tail = """

<붙임>  1. 2026-2027절기 인플루엔자 국가예방접종 지원 개요 1부.
        2. 대상자별 접종 일정 1부.
        3. 카드뉴스 1부.

[붙임 2] 대상자별 접종 일정
  ○ 2회 접종 어린이·임신부 : 2026. 9. 22.(화) ~ 2027. 4. 30.(금)
  ○ 1회 접종 어린이 : 2026. 9. 29.(화) ~ 2027. 4. 30.(금)
  ○ 75세 이상 : 10. 15.(목) / 70~74세 : 10. 20.(화) / 65~69세 : 10. 23.(금)
  ※ 예방접종도우미 누리집(nip.kdca.go.kr) 또는 질병관리청 콜센터(☎1339)에서 가까운 위탁의료기관 확인

이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 감염병정책국 예방접종관리과 최윤아 사무관(☎ 043-719-8362)에게 연락주시기 바랍니다.
"""
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="02_kdca_flu_vaccination_release", ext="txt", published="2026-09-15",
    title="올겨울 독감 백신, 9월 22일부터 어린이·임신부 먼저 맞는다",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["함께 가요 희망으로", "보 도 자 료", "Korea Disease Control", "보도시점", "배포\t2026", "담당 부서", "이수정", "043-719-8350", "<붙임>", "카드뉴스",
               "[붙임 2]", "2회 접종 어린이·임신부 :", "2027. 4. 30.", "nip.kdca.go.kr", "☎1339", "보다 자세한 내용", "043-719-8362"],
    notes=("A 질병관리청 보도자료 (plain text): slogan, '질병관리청 … 보 도 자 료', a tab-separated line '보도시점 2026. 9. 15.(화) 12:00 / 배포 "
           "2026. 9. 15.(화) 09:00', a box with the 담당 부서 and phone numbers, title, two '- ' deck lines, □/○ paragraphs, then '<붙임>' list, a "
           "'[붙임 2]' schedule block (figures and dates) and the contact sentence. published: the 보도시점 date (= 배포 date, = '15일 밝혔다'). Title "
           "not scored; the '- ' deck lines are body. Furniture: the header, box, 붙임 list and block, contact sentence. Conventions: dotted short "
           "dates with weekdays ('9.22.(화)부터', '10.15.(목)부터') and '9월 22일(화) 오전 9시부터' are open-ended periods from that day (the day "
           "reading and the clock time optional); a list of start dates '75세 이상은 10월 15일(목), 70~74세는 10월 20일(화), 65~69세는 10월 23일(금) "
           "오전 9시부터 접종이 시작되며': each date a gold day, the last (with 부터) open-ended from 2026-10-23 (its day reading optional; the "
           "open readings of the first two optional); '내년 4월 30일(금)까지' open start; the season '2026-2027절기', '이번 절기', '지난 절기(까지)' "
           "optional periods (any reading); age bands ('65세 이상', '생후 6개월~13세', '70~74세', '9세 미만') are ages, not counts (optional); "
           "vaccine doses 'N만 회분' are counts with unit 회분; 'N회 접종' optional counts; '약 1,390만 명이다. 지난 절기(1,350만 명)보다 40만 명가량 "
           "늘었다' an endpoint change with delta (counts optional); '이달 중' gold 2026-09; '다음 달 말까지' open start, month 2026-10 (day "
           "optional); a target ('목표를 82%로 잡았다') optional change, the percentage gold; a rate per 1,000 ('1,000명당 … 7.6명', '(9.1명)') "
           "optional; '최근 4주간', '약 2주', '예년' optional; 'LP.8.1' and '코로나19' are names (no figures). 위탁의료기관 and 감염취약시설 optional."),
)


# ---------------------------------------------------------------------------
# 03 부산 시내버스 요금 인상, mobile-web page dump (부산바다일보), 2026-06-11
# ---------------------------------------------------------------------------
A03 = [
    ("부산 시내버스 요금이 9년 만에 오른다. 부산시는 시내버스 기본요금(교통카드 기준)을 현행 1,400원에서 1,550원으로 150원 인상한다고 11일 밝혔다. 새 요금은 다음 달 7일 첫차부터 적용된다.", [
        p("9년 만", None, None, opt=True), c("9년", 9, "년", opt=True), p("현행", None, None, opt=True),
        m("1,400원", 1400), m("1,550원", 1550), m("150원", 150), ch("현행 1,400원에서 1,550원으로 150원 인상", before=1400, after=1550, delta=150, unit="KRW"),
        p("11일", "2026-06-11", "2026-06-11"), p("다음 달 7일 첫차부터", "2026-07-07", None), p("다음 달 7일", "2026-07-07", "2026-07-07", opt=True),
    ]),
    ("인상률은 10.7%로, 시는 당초 200원 인상안을 검토했으나 시민 부담을 고려해 인상 폭을 줄였다. 시는 지난 4월 공청회와 지난달 물가대책위원회 심의를 거쳐 인상 폭을 확정했다.", [
        pc("10.7%", 10.7), ch("인상률은 10.7%", delta=10.7, unit="%", opt=True), m("200원", 200), ch("200원 인상안", delta=200, unit="KRW", opt=True),
        p("지난 4월", "2026-04", "2026-04"), p("지난달", "2026-05", "2026-05"),
    ]),
    ("좌석버스는 2,100원에서 2,300원으로 200원, 심야버스는 1,800원에서 2,000원으로 200원 오른다. 마을버스 기본요금도 1,200원에서 1,350원으로 150원 인상된다. 청소년(13~18세)과 어린이(6~12세) 요금은 각각 1,050원, 700원으로 조정된다.", [
        m("2,100원", 2100), m("2,300원", 2300), m("200원", 200), ch("2,100원에서 2,300원으로 200원", before=2100, after=2300, delta=200, unit="KRW"),
        m("1,800원", 1800), m("2,000원", 2000), m("200원", 200), ch("1,800원에서 2,000원으로 200원", before=1800, after=2000, delta=200, unit="KRW"),
        m("1,200원", 1200), m("1,350원", 1350), m("150원", 150), ch("1,200원에서 1,350원으로 150원 인상", before=1200, after=1350, delta=150, unit="KRW"),
        AGE("13~18세", 13), AGE("13~18세", 18), AGE("6~12세", 6), AGE("6~12세", 12),
        m("1,050원", 1050), m("700원", 700), ch("각각 1,050원, 700원으로 조정", after=1050, unit="KRW"), ch("각각 1,050원, 700원으로 조정", after=700, unit="KRW"),
    ]),
    ("요금 인상에 따른 부담을 덜기 위해 할인 혜택은 늘린다. 오전 6시 30분 이전에 버스를 타면 요금을 깎아 주는 조조할인 폭을 현행 10%에서 20%로 확대한다. 또 버스와 도시철도 간 환승 횟수는 2회에서 3회로 늘리고, 환승 인정 시간도 30분에서 60분으로 연장한다.", [
        p("오전 6시 30분 이전", None, None, opt=True), p("현행", None, None, opt=True), pc("10%", 10), pc("20%", 20),
        ch("조조할인 폭을 현행 10%에서 20%로 확대한다", before=10, after=20),
        c("2회", 2, "회", opt=True), c("3회", 3, "회", opt=True), ch("환승 횟수는 2회에서 3회로 늘리고", before=2, after=3, unit="회"),
        p("30분", None, None, opt=True), p("60분", None, None, opt=True), c("30분", 30, "분", opt=True), c("60분", 60, "분", opt=True),
        ch("30분에서 60분으로 연장한다", before=30, after=60, unit="분", opt=True),
    ]),
    ("버스 요금 인상으로 늘어나는 운송수입은 연간 약 480억원으로 추산된다. 부산시가 시내버스 준공영제에 참여하는 업체 33곳에 지원한 재정지원금은 지난해 2,840억원으로 5년 전인 2020년(1,523억원)보다 86.5% 불어났다.", [
        p("연간", None, None, opt=True), m("약 480억원", 480 * EOK, q="approx"), ch("늘어나는 운송수입은 연간 약 480억원", delta=480 * EOK, unit="KRW", opt=True),
        c("33곳", 33, "곳"), p("지난해", "2025", "2025"), m("2,840억원", 2840 * EOK),
        p("5년 전", None, None, opt=True), p("5년 전", "2020", "2020", opt=True), c("5년", 5, "년", opt=True), p("2020년", "2020", "2020"), m("1,523억원", 1523 * EOK),
        pc("86.5%", 86.5), ch("2,840억원으로 5년 전인 2020년(1,523억원)보다 86.5% 불어났다", before=1523 * EOK, after=2840 * EOK, unit="KRW"),
        ch("86.5% 불어났다", delta=86.5, unit="%", opt=True), ch("2,840억원으로", after=2840 * EOK, unit="KRW", opt=True),
    ]),
    ("도시철도 요금은 이번에 동결됐다. 부산교통공사는 1구간 1,600원인 도시철도 기본요금의 인상 여부를 내년 상반기 중 결정할 방침이다. 부산교통공사의 지난해 당기순손실은 2,117억원이었다.", [
        m("1,600원", 1600), p("내년 상반기 중", "2027-01", "2027-06"), p("지난해", "2025", "2025"), m("2,117억원", 2117 * EOK),
    ]),
    ("시민단체와 업계의 반응은 엇갈린다. 부산경제정의실천시민연합은 “버스 서비스는 그대로인데 요금만 올리는 것은 서민 부담을 키우는 일”이라고 비판한 반면, 부산버스운송사업조합은 “유류비와 인건비가 최근 3년 새 30% 넘게 올라 불가피한 조치”라고 밝혔다.", [
        p("최근 3년 새", None, None, opt=True), p("최근 3년 새", "2023", "2026", opt=True), c("3년", 3, "년", opt=True),
        pc("30%", 30), ch("최근 3년 새 30% 넘게 올라", delta=30, unit="%"),
    ]),
    ("김도윤 부산시 교통국장은 “요금 인상분은 전액 버스 서비스 개선에 쓰겠다”며 “2028년까지 저상버스 비율을 현재 58%에서 80%로 끌어올리고, 배차 간격이 15분 이내인 노선을 120개로 늘리겠다”고 말했다.", [
        p("2028년까지", None, "2028"), p("현재", None, None, opt=True), pc("58%", 58), pc("80%", 80),
        ch("저상버스 비율을 현재 58%에서 80%로 끌어올리고", before=58, after=80),
        p("15분 이내", None, None, opt=True), c("15분", 15, "분", opt=True), c("120개", 120, "개", opt=True), ch("노선을 120개로 늘리겠다", after=120, unit="개"),
    ]),
]
ORG03 = [
    o("부산시", ["부산광역시"]), o("물가대책위원회"), o("부산교통공사"), o("부산경제정의실천시민연합"), o("부산버스운송사업조합"),
    o("시민단체", opt=True),
]


def page03(paras, title):
    head = """≡   부산바다일보                                   🔍
로그인 | 구독

홈 > 사회 > 교통

""" + title + """

윤서현 기자
2026.06.11 (목) 17:21  |  수정 2026.06.11 (목) 19:48

가-  가+   공유   북마크   댓글 14

[AI 요약]
· 시내버스 기본요금 150원↑, 7월 7일부터 적용
· 조조할인 두 배로, 환승 3회까지 허용
· 도시철도 요금은 내년 결정
※ AI가 요약한 내용으로, 전체 맥락을 이해하려면 기사 본문을 확인해 주세요.

"""
    body = ("\n\n".join(paras[:3])
            + "\n\n[사진] 부산 부산진구 서면 버스정류장에서 시민들이 버스를 기다리고 있다. 부산 시내버스 하루 이용객은 약 92만 명이다. /부산바다일보 DB\n\n"
            + "\n\n".join(paras[3:]))
    tail = """

윤서현 기자 yoon.sh@busanbada.co.kr
ⓒ 부산바다일보. 무단전재 및 재배포 금지

이 기사 어떠셨나요?
좋아요 12   슬퍼요 3   화나요 41   후속기사 원해요 8

관련 뉴스
울산 시내버스 요금 1,500원으로 인상 검토
부산 도시철도 1호선 노후 전동차 48량 교체

실시간 인기
1  해운대 피서객 첫 주말 42만 명 몰려
2  부산 아파트 매매가 14주째 하락
3  가덕도신공항 부지 공사 입찰 재공고

맨 위로 ▲   PC버전   앱으로 보기
부산바다일보 | 부산광역시 동구 중앙대로 365 | 051-461-4000
"""
    return head + body + tail


article(
    name="03_busan_bus_fare_mobile_pagedump", ext="txt", published="2026-06-11",
    title="부산 시내버스 요금 150원 오른다…다음 달 7일 첫차부터",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["≡", "로그인 | 구독", "홈 > 사회 > 교통", "윤서현 기자", "수정 2026.06.11", "가-  가+", "댓글 14", "[AI 요약]", "150원↑", "조조할인 두 배로",
               "환승 3회까지", "AI가 요약한", "[사진]", "92만 명", "/부산바다일보 DB", "yoon.sh@", "ⓒ 부산바다일보", "이 기사 어떠셨나요", "화나요 41",
               "관련 뉴스", "1,500원으로 인상 검토", "48량", "실시간 인기", "42만 명", "14주째", "가덕도신공항", "맨 위로", "중앙대로 365", "051-461-4000"],
    notes=("A mobile-web page dump (부산바다일보, invented): menu glyph and search, login, breadcrumb, title, byline '윤서현 기자' and a date "
           "line '2026.06.11 (목) 17:21 | 수정 …', font/share buttons, an **'[AI 요약]' box of bullet points with figures** before the body, a "
           "'[사진]' caption between paragraphs (with a figure), e-mail, copyright, reactions, 관련 뉴스 / 실시간 인기 (figures), footer. "
           "published: the date line (the first stamp). Title not scored; there is no deck. Furniture: everything but the paragraphs; the AI "
           "summary is furniture (its figures not gold). Conventions: '현행 1,400원에서 1,550원으로 150원 인상' endpoint change with delta; the "
           "rate in the next paragraph ('인상률은 10.7%') a gold percentage, its %-change optional (both endpoints written); a proposed raise "
           "('200원 인상안') gold money, change optional; '다음 달 7일 첫차부터' open end from 2026-07-07 (day reading optional; 첫차 no figure); "
           "'각각 1,050원, 700원으로 조정된다' two gold after-changes; '조조할인 폭을 현행 10%에서 20%로' a %-level change (no unit); "
           "'환승 횟수는 2회에서 3회로' a count change (unit 회; counts optional); durations moving ('30분에서 60분으로') optional (blind5); "
           "clock times ('오전 6시 30분 이전') optional; ages in brackets optional; '2,840억원으로 5년 전인 2020년(1,523억원)보다 86.5% "
           "불어났다' an endpoint change (rate optional; '2020년' gold, '5년 전' optional); '최근 3년 새 30% 넘게 올라' a gold %-change; "
           "'9년 만' optional; '내년 상반기 중' gold 2027-01..06; '1구간' a fare zone (no count); '2028년까지 … 현재 58%에서 80%로 끌어올리고' a gold "
           "%-level change (action target); '노선을 120개로 늘리겠다' a gold after-change (count optional); '15분 이내' optional. "
           "Organisations: 부산시, 물가대책위원회 (the city's committee), 부산교통공사, 부산경제정의실천시민연합, 부산버스운송사업조합; "
           "시민단체 optional. 김도윤 부산시 교통국장 is a person."),
)


# ---------------------------------------------------------------------------
# 04 10월 자동차 수출, ndsoft-like HTML with a <ul> data list inside the body (모빌리티경제), 2026-11-16
# ---------------------------------------------------------------------------
USD = lambda t, v, q="exact", opt=False: m(t, v, "USD", q=q, opt=opt)
A04 = [
    ("10월 자동차 수출 65억 8,000만 달러…역대 10월 최대", [
        p("10월", "2026-10", "2026-10"), USD("65억 8,000만 달러", 65 * EOK + 8000 * MAN),
    ]),
    ("지난달 자동차 수출액이 65억 8,000만 달러로 지난해 같은 달보다 12.5% 늘며 10월 기준 역대 최대 실적을 냈다. 하이브리드차와 전기차를 합한 친환경차 수출이 처음으로 월 25억 달러를 넘어서며 증가세를 이끌었다.", [
        p("지난달", "2026-10", "2026-10"), USD("65억 8,000만 달러", 65 * EOK + 8000 * MAN), *base("지난해 같은 달", ("2025-10", "2025-10")),
        pc("12.5%", 12.5), ch("65억 8,000만 달러로", after=65 * EOK + 8000 * MAN, unit="USD"), ch("지난해 같은 달보다 12.5% 늘며", delta=12.5, unit="%"),
        p("10월 기준", "2026-10", "2026-10", opt=True), p("10월 기준", None, None, opt=True),
        USD("25억 달러", 25 * EOK, q="at_least"), ch("월 25억 달러를 넘어서며", after=25 * EOK, unit="USD", opt=True),
    ]),
    ("산업통상부(이하 산업부)는 16일 이런 내용의 ‘2026년 10월 자동차산업 동향’을 발표했다. 10월 자동차 생산은 37만 2,418대로 8.9% 늘었고, 내수 판매는 14만 5,630대로 2.3% 줄었다. 수출 물량은 24만 1,905대로 11.7% 증가했다.", [
        p("16일", "2026-11-16", "2026-11-16"), p("2026년 10월", "2026-10", "2026-10"), p("10월", "2026-10", "2026-10"),
        c("37만 2,418대", 37 * MAN + 2418, "대", opt=True), pc("8.9%", 8.9), ch("37만 2,418대로", after=37 * MAN + 2418, unit="대"), ch("8.9% 늘었고", delta=8.9, unit="%"),
        c("14만 5,630대", 14 * MAN + 5630, "대", opt=True), pc("2.3%", 2.3), ch("14만 5,630대로", after=14 * MAN + 5630, unit="대"), ch("2.3% 줄었다", delta=-2.3, unit="%"),
        c("24만 1,905대", 24 * MAN + 1905, "대", opt=True), pc("11.7%", 11.7), ch("24만 1,905대로", after=24 * MAN + 1905, unit="대"), ch("11.7% 증가했다", delta=11.7, unit="%"),
    ]),
    ("주요 품목별 수출액(지난해 10월 → 올해 10월)은 다음과 같다.", [
        p("지난해 10월", "2025-10", "2025-10"), p("올해 10월", "2026-10", "2026-10"),
    ]),
    ("○ 전기차: 14억 2,000만 달러 → 19억 6,000만 달러 (+38.0%)", [
        USD("14억 2,000만 달러", 14 * EOK + 2000 * MAN), USD("19억 6,000만 달러", 19 * EOK + 6000 * MAN),
        ch("14억 2,000만 달러 → 19억 6,000만 달러", before=14 * EOK + 2000 * MAN, after=19 * EOK + 6000 * MAN, unit="USD"),
        pc("+38.0%", 38.0), ch("(+38.0%)", delta=38.0, unit="%", opt=True),
    ]),
    ("○ 하이브리드차: 7억 9,000만 달러 → 9억 1,000만 달러 (+15.2%)", [
        USD("7억 9,000만 달러", 7 * EOK + 9000 * MAN), USD("9억 1,000만 달러", 9 * EOK + 1000 * MAN),
        ch("7억 9,000만 달러 → 9억 1,000만 달러", before=7 * EOK + 9000 * MAN, after=9 * EOK + 1000 * MAN, unit="USD"),
        pc("+15.2%", 15.2), ch("(+15.2%)", delta=15.2, unit="%", opt=True),
    ]),
    ("○ 내연기관차: 36억 4,000만 달러 → 37억 1,000만 달러 (+1.9%)", [
        USD("36억 4,000만 달러", 36 * EOK + 4000 * MAN), USD("37억 1,000만 달러", 37 * EOK + 1000 * MAN),
        ch("36억 4,000만 달러 → 37억 1,000만 달러", before=36 * EOK + 4000 * MAN, after=37 * EOK + 1000 * MAN, unit="USD"),
        pc("+1.9%", 1.9), ch("(+1.9%)", delta=1.9, unit="%", opt=True),
    ]),
    ("○ 자동차부품: 19억 5,000만 달러 → 18억 1,000만 달러 (△7.2%)", [
        USD("19억 5,000만 달러", 19 * EOK + 5000 * MAN), USD("18억 1,000만 달러", 18 * EOK + 1000 * MAN),
        ch("19억 5,000만 달러 → 18억 1,000만 달러", before=19 * EOK + 5000 * MAN, after=18 * EOK + 1000 * MAN, unit="USD"),
        pc("△7.2%", -7.2), pc("△7.2%", 7.2, opt=True), ch("(△7.2%)", delta=-7.2, unit="%", opt=True),
    ]),
    ("지역별로는 북미 수출이 29억 3,000만 달러로 6.8% 늘었고, 유럽연합(EU)은 11억 5,000만 달러로 21.3% 증가했다. 중동 수출은 4억 8,000만 달러로 1년 전(5억 4,000만 달러)보다 6,000만 달러 줄었다.", [
        USD("29억 3,000만 달러", 29 * EOK + 3000 * MAN), pc("6.8%", 6.8), ch("29억 3,000만 달러로", after=29 * EOK + 3000 * MAN, unit="USD"), ch("6.8% 늘었고", delta=6.8, unit="%"),
        USD("11억 5,000만 달러", 11 * EOK + 5000 * MAN), pc("21.3%", 21.3), ch("11억 5,000만 달러로", after=11 * EOK + 5000 * MAN, unit="USD"), ch("21.3% 증가했다", delta=21.3, unit="%"),
        USD("4억 8,000만 달러", 4 * EOK + 8000 * MAN), *base("1년 전", ("2025-10", "2025-10"), ("2025", "2025")), USD("5억 4,000만 달러", 5 * EOK + 4000 * MAN),
        USD("6,000만 달러", 6000 * MAN),
        ch("4억 8,000만 달러로 1년 전(5억 4,000만 달러)보다 6,000만 달러 줄었다", before=5 * EOK + 4000 * MAN, after=4 * EOK + 8000 * MAN, delta=-6000 * MAN, unit="USD"),
    ]),
    ("업체별로는 현대차와 기아가 각각 11만 2,300대, 8만 4,600대를 수출했다. 한국GM은 3만 1,200대로 지난해 같은 달보다 24.1% 줄었다. 트레일블레이저 등 주력 차종의 미국 수출이 관세 부담으로 감소한 탓이다.", [
        c("11만 2,300대", 11 * MAN + 2300, "대"), c("8만 4,600대", 8 * MAN + 4600, "대"),
        c("3만 1,200대", 3 * MAN + 1200, "대", opt=True), *base("지난해 같은 달", ("2025-10", "2025-10")), pc("24.1%", 24.1),
        ch("3만 1,200대로", after=3 * MAN + 1200, unit="대"), ch("24.1% 줄었다", delta=-24.1, unit="%"),
    ]),
    ("산업부는 미국의 수입차 관세가 15%로 유지되는 가운데 친환경차 수출 비중이 43.6%까지 높아진 점이 수출 증가의 배경이라고 설명했다. 1년 전 37.8%였던 친환경차 비중은 5.8%포인트 뛰었다.", [
        pc("15%", 15), ch("관세가 15%로 유지", after=15, opt=True), pc("43.6%", 43.6), p("1년 전", None, None, opt=True), p("1년 전", "2025-10", "2025-10", opt=True),
        pc("37.8%", 37.8), pc("5.8%포인트", 5.8),
        ch("43.6%까지 높아진 ... 1년 전 37.8%였던 친환경차 비중은 5.8%포인트 뛰었다", before=37.8, after=43.6, delta=5.8),
        ch("43.6%까지 높아진", after=43.6, opt=True), ch("37.8%였던 친환경차 비중은 5.8%포인트 뛰었다", before=37.8, delta=5.8, opt=True),
    ]),
    ("올해 1~10월 누적 자동차 수출액은 598억 2,000만 달러로 지난해 같은 기간보다 5.1% 많다. 산업부는 연간 수출액이 처음으로 720억 달러를 넘어설 것으로 내다봤다. 다만 산업부 관계자는 “현대차그룹 미국 조지아 공장의 현지 생산 물량이 늘고 있어 4분기 전체 수출 증가율은 한 자릿수에 그칠 수 있다”고 말했다.", [
        p("올해 1~10월", "2026-01", "2026-10"), USD("598억 2,000만 달러", 598 * EOK + 2000 * MAN), *base("지난해 같은 기간", ("2025-01", "2025-10")),
        pc("5.1%", 5.1), ch("598억 2,000만 달러로", after=598 * EOK + 2000 * MAN, unit="USD"), ch("지난해 같은 기간보다 5.1% 많다", delta=5.1, unit="%"),
        p("연간", "2026", "2026", opt=True), p("연간", None, None, opt=True), USD("720억 달러", 720 * EOK, q="at_least"),
        ch("720억 달러를 넘어설", after=720 * EOK, unit="USD", opt=True), p("4분기", "2026-10", "2026-12"),
    ]),
]
ORG04 = [
    o("산업통상부", ["산업부"]), o("현대차", ["현대자동차"]), o("기아"), o("한국GM"), o("현대차그룹", ["현대자동차그룹"]),
    o("유럽연합", ["EU", "유럽연합(EU)"], opt=True),
]


def page04(paras, title):
    ps = [f"<p>{esc(t)}</p>" for t in paras[1:4]]
    lis = "\n".join(f"    <li>{esc(t)}</li>" for t in paras[4:8])
    ul = f'<ul class="list-data">\n{lis}\n  </ul>'
    after = [f"<p>{esc(t)}</p>" for t in paras[8:]]
    fig = ('<figure class="photo-layout image auto-images"><img src="/news/photo/202611/84210_61033_1105.jpg" alt="평택항">'
           '<figcaption>경기 평택항 자동차 전용부두에서 수출용 차량 5,000여 대가 선적을 기다리고 있다. /사진=모빌리티경제DB</figcaption></figure>')
    box = ('<div class="box-data"><strong>한눈에 보는 10월 자동차 산업</strong><br>생산 37.2만 대 ▲8.9% · 내수 14.6만 대 ▼2.3% · 수출 24.2만 대 ▲11.7%'
           '<br>수출액 65.8억 달러 ▲12.5%</div>')
    body = "\n  ".join(ps + [ul, fig] + after[:2] + [box] + after[2:])
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 모빌리티경제</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="https://www.mobilityecon.co.kr/news/articleView.html?idxno=84210">
<meta property="og:description" content="10월 자동차 수출 65억 8,000만 달러, 역대 10월 최대">
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div id="user-wrap">
<header class="header"><a class="logo" href="/">모빌리티경제</a>
 <nav><ul><li>자동차</li><li>모빌리티</li><li>배터리</li><li>정책</li><li>시승기</li><li>오피니언</li></ul></nav></header>
<section id="user-container">
 <div class="article-view-header">
  <div class="article-header-wrap">
   <div class="article-head-sub"><a href="/news/articleList.html?sc_section_code=S1N2">정책</a></div>
   <h3 class="heading">{esc(title)}</h3>
   <h4 class="subheading">{esc(paras[0])}</h4>
   <ul class="infomation">
    <li><i class="icon-user-o"></i> 한도윤 기자</li>
    <li><i class="icon-clock-o"></i> 입력 2026.11.16 11:05</li>
    <li><i class="icon-clock-o"></i> 수정 2026.11.16 15:30</li>
    <li><i class="icon-comment-o"></i> 댓글 0</li>
   </ul>
  </div>
 </div>
 <article id="article-view-content-div" class="article-veiw-body view-page font-size17">
  {body}
 </article>
 <div class="view-editors"><p>한도윤 기자 dyhan@mobilityecon.co.kr</p>
  <p class="view-copyright">저작권자 © 모빌리티경제 무단전재 및 재배포 금지</p></div>
 <section class="article-relation"><h2>관련기사</h2><ul>
  <li>9월 자동차 수출 58억 달러…2개월 연속 증가</li>
  <li>미 관세 15% 1년…한국차 현지 생산 비중 41%로</li></ul></section>
 <aside class="side-rank"><h2>인기기사</h2><ol>
  <li>국제유가 배럴당 72달러…석 달 만에 최고</li>
  <li>전기차 보조금 내년 1대당 최대 550만원</li>
  <li>자동차 보험료 내년 2.5% 오른다</li></ol></aside>
</section>
<footer class="footer">모빌리티경제 | 서울특별시 마포구 양화로 45 | 등록번호 서울 아 05123 | 발행·편집인 오세진 | 02-332-9000</footer>
</div>
</body>
</html>
"""


article(
    name="04_auto_exports_ul_list_html", ext="html", published="2026-11-16",
    title="친환경차가 끌었다…10월 자동차 수출 역대 최대",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["시승기", "한도윤 기자", "수정 2026.11.16", "댓글 0", "5,000여 대", "모빌리티경제DB", "한눈에 보는", "37.2만 대", "65.8억 달러", "dyhan@",
               "저작권자", "관련기사", "58억 달러", "41%로", "인기기사", "배럴당 72달러", "550만원", "2.5% 오른다", "양화로 45", "02-332-9000"],
    notes=("An ndsoft-like news HTML (모빌리티경제, invented): h3.heading with the deck in h4.subheading, ul.infomation with '입력 2026.11.16 "
           "11:05' and a same-day '수정' stamp (no meta date); body = article#article-view-content-div with p elements and **a ul.list-data of "
           "four 'li' items '○ 품목: A → B (+N%)'**, a figure/figcaption (figure) and a '한눈에 보는' data box (figures) among them; editor line, "
           "copyright, 관련기사, 인기기사 and footer outside. published: the 입력 stamp. Title not scored; the deck is body. Conventions: each li "
           "is one body paragraph; 'A → B (+N%)' gives a gold endpoint change and a gold percentage, the %-change optional (both endpoints "
           "written); '(△7.2%)' is −7.2 (blind7); the lead-in '(지난해 10월 → 올해 10월)' gives two gold periods; 'A로 N% 늘며/늘었고/줄었다/"
           "많다' gives two gold changes {after A} and {delta ±N, %} (count levels optional); '4억 8,000만 달러로 1년 전(5억 4,000만 달러)보다 "
           "6,000만 달러 줄었다' endpoint change with delta; '43.6%까지 높아진 … 1년 전 37.8%였던 … 5.8%포인트 뛰었다' a %-level change across "
           "sentences (no unit); '‘2026년 10월 자동차산업 동향’' (a report with a month) gold 2026-10; '10월 기준 역대 최대' optional; '각각 "
           "11만 2,300대, 8만 4,600대' gold counts; a forecast level ('720억 달러를 넘어설') at_least money, change optional; '한 자릿수' vague (no "
           "figure); '관세가 15%로 유지' no move (optional); '지난해 같은 달/기간', '1년 전' optional; '올해 1~10월' and '4분기' gold. "
           "Organisations: 산업통상부 (산업부), 현대차, 기아, 한국GM, 현대차그룹; 유럽연합(EU) optional; 미국, 북미, 중동 are regions."),
)


# ---------------------------------------------------------------------------
# 05 10월 고용동향, portal news page dump (데일리한결 via a portal), 2026-11-11
# ---------------------------------------------------------------------------
PPL = lambda t, v, q="exact": c(t, v, "명", q=q, opt=True)
A05 = [
    ("지난달 취업자 수가 1년 전보다 21만 3천 명 늘며 증가 폭이 석 달 만에 20만 명대를 회복했다. 다만 청년층(15~29세) 고용률은 17개월째 뒷걸음질하며 청년 고용 한파가 이어졌다.", [
        p("지난달", "2026-10", "2026-10"), *base("1년 전", ("2025-10", "2025-10")), PPL("21만 3천 명", 21 * MAN + 3000),
        ch("1년 전보다 21만 3천 명 늘며", delta=21 * MAN + 3000, unit="명"), p("석 달 만", None, None, opt=True),
        c("20만 명대", 20 * MAN, "명", opt=True), AGE("15~29세", 15), AGE("15~29세", 29), p("17개월째", None, None, opt=True), c("17개월", 17, "개월", opt=True),
    ]),
    ("국가데이터처가 11일 발표한 ‘2026년 10월 고용동향’에 따르면 지난달 15세 이상 취업자는 2,912만 6천 명으로 전년 동월 대비 21만 3천 명 증가했다. 고용률은 63.5%로 0.3%포인트 올랐고, 경제협력개발기구(OECD) 비교 기준인 15~64세 고용률은 70.4%로 0.4%포인트 상승해 10월 기준 역대 최고를 기록했다.", [
        p("11일", "2026-11-11", "2026-11-11"), p("2026년 10월", "2026-10", "2026-10"), p("지난달", "2026-10", "2026-10"), AGE("15세 이상", 15),
        PPL("2,912만 6천 명", 2912 * MAN + 6000), *base("전년 동월", ("2025-10", "2025-10")), PPL("21만 3천 명", 21 * MAN + 3000),
        ch("2,912만 6천 명으로 전년 동월 대비 21만 3천 명 증가했다", after=2912 * MAN + 6000, delta=21 * MAN + 3000, unit="명"),
        ch("21만 3천 명 증가했다", delta=21 * MAN + 3000, unit="명", opt=True),
        pc("63.5%", 63.5), pc("0.3%포인트", 0.3), ch("63.5%로 0.3%포인트 올랐고", after=63.5, delta=0.3),
        AGE("15~64세", 15), AGE("15~64세", 64), pc("70.4%", 70.4), pc("0.4%포인트", 0.4), ch("70.4%로 0.4%포인트 상승해", after=70.4, delta=0.4),
        p("10월 기준", "2026-10", "2026-10", opt=True), p("10월 기준", None, None, opt=True),
    ]),
    ("연령대별로는 60세 이상 취업자가 31만 8천 명 늘어 전체 증가를 이끌었고, 30대도 9만 4천 명 증가했다. 반면 20대 취업자는 14만 2천 명, 40대는 6만 1천 명 각각 줄었다. 청년층 고용률은 44.1%로 1.2%포인트 하락했다.", [
        AGE("60세 이상", 60), PPL("31만 8천 명", 31 * MAN + 8000), ch("31만 8천 명 늘어", delta=31 * MAN + 8000, unit="명"),
        c("30대", 30, "대", opt=True), PPL("9만 4천 명", 9 * MAN + 4000), ch("9만 4천 명 증가했다", delta=9 * MAN + 4000, unit="명"),
        c("20대", 20, "대", opt=True), PPL("14만 2천 명", 14 * MAN + 2000), ch("14만 2천 명, 40대는 6만 1천 명 각각 줄었다", delta=-(14 * MAN + 2000), unit="명"),
        c("40대", 40, "대", opt=True), PPL("6만 1천 명", 6 * MAN + 1000), ch("6만 1천 명 각각 줄었다", delta=-(6 * MAN + 1000), unit="명"),
        pc("44.1%", 44.1), pc("1.2%포인트", 1.2), ch("44.1%로 1.2%포인트 하락했다", after=44.1, delta=-1.2),
    ]),
    ("산업별로는 보건업 및 사회복지서비스업(13만 7천 명), 전문·과학 및 기술서비스업(7만 2천 명), 정보통신업(5만 5천 명)에서 취업자가 늘었다. 제조업 취업자는 4만 4천 명 줄며 16개월 연속 감소했고, 건설업도 11만 9천 명 줄어 18개월째 감소세다. 도매 및 소매업 취업자는 6만 명 감소했다.", [
        PPL("13만 7천 명", 13 * MAN + 7000), ch("보건업 및 사회복지서비스업(13만 7천 명) ... 취업자가 늘었다", delta=13 * MAN + 7000, unit="명"),
        PPL("7만 2천 명", 7 * MAN + 2000), ch("(7만 2천 명) ... 취업자가 늘었다", delta=7 * MAN + 2000, unit="명"),
        PPL("5만 5천 명", 5 * MAN + 5000), ch("정보통신업(5만 5천 명)에서 취업자가 늘었다", delta=5 * MAN + 5000, unit="명"),
        PPL("4만 4천 명", 4 * MAN + 4000), ch("4만 4천 명 줄며", delta=-(4 * MAN + 4000), unit="명"), p("16개월 연속", None, None, opt=True), c("16개월", 16, "개월", opt=True),
        PPL("11만 9천 명", 11 * MAN + 9000), ch("11만 9천 명 줄어", delta=-(11 * MAN + 9000), unit="명"), p("18개월째", None, None, opt=True), c("18개월", 18, "개월", opt=True),
        PPL("6만 명", 6 * MAN), ch("6만 명 감소했다", delta=-6 * MAN, unit="명"),
    ]),
    ("실업자는 62만 4천 명으로 1년 전보다 5만 1천 명 줄었고, 실업률은 2.1%로 0.2%포인트 내렸다. 일도 구직 활동도 하지 않고 그냥 쉰 ‘쉬었음’ 인구는 256만 9천 명으로 1년 새 9만 8천 명(4.0%) 늘었다. 이 가운데 30대가 33만 1천 명으로 10월 기준 가장 많았다.", [
        PPL("62만 4천 명", 62 * MAN + 4000), *base("1년 전", ("2025-10", "2025-10")), PPL("5만 1천 명", 5 * MAN + 1000),
        ch("62만 4천 명으로 1년 전보다 5만 1천 명 줄었고", after=62 * MAN + 4000, delta=-(5 * MAN + 1000), unit="명"),
        pc("2.1%", 2.1), pc("0.2%포인트", 0.2), ch("2.1%로 0.2%포인트 내렸다", after=2.1, delta=-0.2),
        PPL("256만 9천 명", 256 * MAN + 9000), *base("1년 새", ("2025-10", "2025-10")), PPL("9만 8천 명", 9 * MAN + 8000), pc("4.0%", 4.0),
        ch("256만 9천 명으로 1년 새 9만 8천 명(4.0%) 늘었다", after=256 * MAN + 9000, delta=9 * MAN + 8000, unit="명"),
        ch("9만 8천 명(4.0%) 늘었다", delta=4.0, unit="%", opt=True),
        c("30대", 30, "대", opt=True), c("33만 1천 명", 33 * MAN + 1000, "명"), p("10월 기준", "2026-10", "2026-10", opt=True), p("10월 기준", None, None, opt=True),
    ]),
    ("근로시간별로 보면 주 36시간 이상 취업자는 2,084만 명으로 43만 5천 명 늘었고, 36시간 미만 취업자는 771만 2천 명으로 20만 3천 명 감소했다. 일시휴직자는 38만 5천 명이었다.", [
        c("36시간", 36, "시간", opt=True), p("36시간", None, None, opt=True), PPL("2,084만 명", 2084 * MAN), PPL("43만 5천 명", 43 * MAN + 5000),
        ch("2,084만 명으로 43만 5천 명 늘었고", after=2084 * MAN, delta=43 * MAN + 5000, unit="명"),
        c("36시간", 36, "시간", opt=True), p("36시간", None, None, opt=True), PPL("771만 2천 명", 771 * MAN + 2000), PPL("20만 3천 명", 20 * MAN + 3000),
        ch("771만 2천 명으로 20만 3천 명 감소했다", after=771 * MAN + 2000, delta=-(20 * MAN + 3000), unit="명"),
        c("38만 5천 명", 38 * MAN + 5000, "명"),
    ]),
    ("재정경제부는 “고령층과 서비스업 중심의 고용 증가세가 이어지고 있지만 청년·제조업·건설업 고용 부진은 여전하다”며 “다음 달 중 청년 고용 활성화 대책을 발표하고, 내년 직접일자리 사업 120만 개 가운데 70%를 1분기에 조기 집행하겠다”고 밝혔다.", [
        p("다음 달 중", "2026-12", "2026-12"), p("내년", "2027", "2027"), c("120만 개", 120 * MAN, "개"), pc("70%", 70), p("1분기", "2027-01", "2027-03"),
    ]),
]
ORG05 = [o("국가데이터처"), o("재정경제부"), o("경제협력개발기구", ["OECD"], opt=True)]


def page05(paras, title):
    head = """뉴스홈 | 경제 | 사회 | 정치 | 세계 | IT/과학 | 연예 | 스포츠 | 랭킹
속보 | 이슈 | 포토 | 영상

경제 > 노동

""" + title + """
데일리한결  |  입력 2026-11-11 08:12  |  수정 2026-11-11 08:47
이수민 기자

추천 24   댓글 17   공유   글자 크기

"""
    body = ("\n\n".join(paras[:2])
            + "\n\n[그래픽] 취업자 증감(전년 동월 대비) 추이 : 6월 17.6만 → 7월 19.4만 → 8월 16.2만 → 9월 18.1만 → 10월 21.3만\n\n"
            + "\n\n".join(paras[2:]))
    tail = """

이수민 기자 smlee@hangyeol.kr
Copyright ⓒ 데일리한결. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.

이 기사를 추천합니다   추천 24

데일리한결 주요 뉴스
· 9월 취업자 18만 1천 명 증가…제조업 15개월째 감소
· 청년 ‘쉬었음’ 42만 명…정부 “맞춤형 대책 마련”

많이 본 뉴스
1. 코스피 3,800선 돌파…외국인 닷새째 순매수
2. 주담대 금리 연 4.2%…두 달 새 0.3%p 올라
3. 내년 건강보험료율 7.19%로 확정

이용약관 | 개인정보처리방침 | 청소년보호정책 | 고객센터
"""
    return head + body + tail


article(
    name="05_employment_trend_portal_pagedump", ext="txt", published="2026-11-11",
    title="취업자 21만 명 늘었지만…청년 고용률 17개월째 하락",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["뉴스홈", "IT/과학", "경제 > 노동", "데일리한결  |", "수정 2026-11-11", "이수민 기자", "추천 24", "[그래픽]", "17.6만", "21.3만", "smlee@",
               "Copyright", "주요 뉴스", "18만 1천 명", "42만 명", "많이 본 뉴스", "3,800선", "연 4.2%", "7.19%", "이용약관", "청소년보호정책"],
    notes=("A portal-style news page dump: portal menu, section path, title, a source/date line '데일리한결 | 입력 2026-11-11 08:12 | 수정 …' and "
           "the byline under it, reaction buttons, a '[그래픽]' data line between paragraphs (figures), e-mail, copyright, 추천, the paper's "
           "주요 뉴스 and the portal's 많이 본 뉴스 (figures), portal footer. published: the 입력 stamp. Title not scored; no deck. Conventions: "
           "'N만 N천 명' counts; 'A명으로 … N명 증가/감소' a change {after, delta} (counts optional as endpoints and deltas); a bare '1년 전보다 "
           "N명 늘며' or 'N명 늘어/줄며/감소했다' a change {delta}; bracketed industry increases '보건업 …(13만 7천 명) … 에서 취업자가 늘었다' gold "
           "{delta} changes; '20대 … 14만 2천 명, 40대는 6만 1천 명 각각 줄었다' two negative deltas; %-levels moving by %포인트 ('63.5%로 0.3%포인트 "
           "올랐고', '2.1%로 0.2%포인트 내렸다') {after, delta} without unit; '256만 9천 명으로 1년 새 9만 8천 명(4.0%) 늘었다' {after, delta} in 명, "
           "the rate optional; age bands ('15~29세', '60세 이상', '30대', '20대') optional; '17개월째', '16개월 연속', '18개월째', '석 달 만' optional; "
           "'20만 명대' a band (optional); hours ('주 36시간 이상') optional; '‘2026년 10월 고용동향’' gold 2026-10; '10월 기준' optional; '1년 전', "
           "'1년 새', '전년 동월' optional; '다음 달 중' 2026-12; '1분기' (of 내년) 2027-01..03; '120만 개' a count. Organisations: 국가데이터처, "
           "재정경제부; 경제협력개발기구(OECD) optional (as 유럽연합(EU))."),
)


# ---------------------------------------------------------------------------
# 06 한국은행 2026년 3/4분기 실질 GDP(속보), BOK-like press-release board in EUC-KR (XHTML, no table), 2026-10-22
# ---------------------------------------------------------------------------
QOQ = lambda t, v: [pc(t, abs(v)), ch(t, delta=v, unit="%")]
A06 = [
    ("□ 2026년 3/4분기 실질 국내총생산(GDP)은 전기 대비 0.6% 성장하여 전 분기(0.4%)보다 성장률이 0.2%포인트 높아졌다. 전년 동기 대비로는 1.9% 성장하였다.", [
        p("2026년 3/4분기", "2026-07", "2026-09"), *base("전기", ("2026-04", "2026-06")), pc("0.6%", 0.6), ch("전기 대비 0.6% 성장하여", delta=0.6, unit="%"),
        *base("전 분기", ("2026-04", "2026-06")), pc("0.4%", 0.4), pc("0.2%포인트", 0.2),
        ch("0.6% 성장하여 전 분기(0.4%)보다 성장률이 0.2%포인트 높아졌다", before=0.4, after=0.6, delta=0.2),
        ch("전 분기(0.4%)보다 성장률이 0.2%포인트 높아졌다", before=0.4, delta=0.2, opt=True),
        *base("전년 동기", ("2025-07", "2025-09")), pc("1.9%", 1.9), ch("전년 동기 대비로는 1.9% 성장하였다", delta=1.9, unit="%"),
    ]),
    ("○ 분기 성장률이 0.5%를 넘은 것은 2025년 4/4분기(0.7%) 이후 세 분기 만이다.", [
        pc("0.5%", 0.5), p("2025년 4/4분기(0.7%) 이후", "2025-10", None), p("2025년 4/4분기", "2025-10", "2025-12", opt=True), pc("0.7%", 0.7),
        p("세 분기 만", None, None, opt=True), c("세 분기", 3, "분기", opt=True),
    ]),
    ("□ 지출항목별로 보면, 민간소비는 재화(승용차, 의류 등)와 서비스(음식·숙박, 운송 등)가 모두 늘어 0.7% 증가하였다. 정부소비는 건강보험 급여비 등 사회보장현물수혜를 중심으로 1.2% 늘었다.", [
        *QOQ("0.7%", 0.7), *QOQ("1.2%", 1.2),
    ]),
    ("○ 건설투자는 건물건설과 토목건설이 모두 줄어 2.3% 감소하였다. 건설투자는 2025년 1/4분기 이후 7분기 연속 감소세를 이어갔다. 설비투자는 반도체 제조장비 등 기계류를 중심으로 3.4% 증가하였다.", [
        *QOQ("2.3%", -2.3), p("2025년 1/4분기 이후", "2025-01", None), p("2025년 1/4분기", "2025-01", "2025-03", opt=True),
        p("7분기 연속", None, None, opt=True), c("7분기", 7, "분기", opt=True), *QOQ("3.4%", 3.4),
    ]),
    ("○ 수출은 반도체, 자동차 등이 늘어 2.8% 증가하였고, 수입은 원유, 천연가스 등 에너지류를 중심으로 1.5% 증가하였다.", [
        *QOQ("2.8%", 2.8), *QOQ("1.5%", 1.5),
    ]),
    ("□ 경제활동별로 보면, 제조업은 컴퓨터·전자 및 광학기기 등을 중심으로 1.3% 증가하였다. 건설업은 3.1% 감소하였고, 서비스업은 도소매 및 숙박음식업, 운수업 등이 늘어 0.5% 증가하였다. 농림어업은 재배업이 줄어 4.6% 감소하였다.", [
        *QOQ("1.3%", 1.3), *QOQ("3.1%", -3.1), *QOQ("0.5%", 0.5), *QOQ("4.6%", -4.6),
    ]),
    ("○ 성장기여도를 보면 내수가 0.2%포인트, 순수출이 0.4%포인트로 전 분기에 이어 순수출이 성장을 이끌었다. 내수 가운데 민간소비의 기여도는 0.3%포인트, 건설투자는 -0.4%포인트였다.", [
        pc("0.2%포인트", 0.2), pc("0.4%포인트", 0.4), *base("전 분기", ("2026-04", "2026-06")), pc("0.3%포인트", 0.3), pc("-0.4%포인트", -0.4),
        pc("-0.4%포인트", 0.4, opt=True),
    ]),
    ("□ 2026년 3/4분기 실질 국내총소득(GDI)은 교역조건이 개선되면서 실질 GDP 성장률(0.6%)을 웃도는 1.1% 증가하였다.", [
        p("2026년 3/4분기", "2026-07", "2026-09"), pc("0.6%", 0.6), *QOQ("1.1%", 1.1),
    ]),
    ("○ 4/4분기 성장률이 전기 대비 0.4~0.5% 수준이면 올해 연간 성장률은 지난 8월 경제전망(1.8%)을 0.1%포인트가량 웃도는 1.9% 안팎이 될 것으로 추정된다.", [
        p("4/4분기", "2026-10", "2026-12"), *base("전기", ("2026-07", "2026-09")), pc("0.4~0.5%", 0.4), pc("0.5%", 0.5, opt=True),
        ch("4/4분기 성장률이 전기 대비 0.4~0.5%", delta=0.4, unit="%", opt=True),
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), p("연간", "2026", "2026", opt=True), p("지난 8월", "2026-08", "2026-08"),
        pc("1.8%", 1.8), pc("0.1%포인트가량", 0.1), pc("1.9% 안팎", 1.9),
        ch("경제전망(1.8%)을 0.1%포인트가량 웃도는 1.9% 안팎", before=1.8, after=1.9, delta=0.1, opt=True),
        ch("올해 연간 성장률은 … 1.9% 안팎".replace(" … ", " ... "), delta=1.9, unit="%", opt=True),
    ]),
    ("□ 한국은행은 2026년 3/4분기 국민소득(잠정)을 12월 3일(목) 공표할 예정이며, 이번 속보치는 잠정치 공표 때 수정될 수 있다.", [
        p("2026년 3/4분기", "2026-07", "2026-09"), p("12월 3일(목)", "2026-12-03", "2026-12-03"),
    ]),
]
ORG06 = [o("한국은행")]


def page06(paras, title):
    ps = "\n".join(f'<p class="{"t1" if t.startswith("□") else "t2"}">{esc(t)}</p>' for t in paras)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ko" lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR" />
<title>보도자료 | 뉴스/자료 | 한국은행</title>
<link rel="stylesheet" type="text/css" href="/portal/css/bbs.css" />
</head>
<body>
<div id="skip"><a href="#content">본문 바로가기</a></div>
<div id="header"><h1 class="logo"><a href="/portal/main.do">한국은행 BANK OF KOREA</a></h1>
 <ul id="gnb"><li>한국은행</li><li>통화정책</li><li>금융안정</li><li>지급결제</li><li>경제연구</li><li>경제교육</li><li>뉴스/자료</li></ul></div>
<div id="container">
 <div id="lnb"><h2>뉴스/자료</h2><ul><li class="on">보도자료</li><li>공지사항</li><li>설명회자료</li><li>연설문</li></ul></div>
 <div id="content">
  <div class="location">홈 &gt; 뉴스/자료 &gt; 보도자료</div>
  <div class="bbs_view">
   <div class="view_head">
    <h3 class="tit">{esc(title)}</h3>
    <dl class="info">
     <dt>등록일</dt><dd>2026.10.22</dd>
     <dt>담당부서</dt><dd>경제통계2국 국민소득총괄팀</dd>
     <dt>조회수</dt><dd>3,862</dd>
    </dl>
   </div>
   <div class="file"><strong>첨부파일</strong><ul>
    <li><a href="#">[보도자료] 2026년 3분기 실질 국내총생산(속보).hwpx</a> (412KB)</li>
    <li><a href="#">[보도자료] 2026년 3분기 실질 국내총생산(속보).pdf</a> (1,208KB)</li></ul></div>
   <div class="view_cont">
<p class="num">공보 2026-10-27호</p>
<p class="embargo">보도시점 : 2026. 10. 22.(목) 08:00</p>
{ps}
<div class="footnote">
<p>주: 1) 계절조정계열 기준(전기 대비), 2) 원계열 기준(전년 동기 대비)</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;3) 2020년 연쇄가격 기준이며, 속보치는 10월 20일까지 입수된 기초자료를 바탕으로 추계</p>
<p>※ 2026년 2/4분기 성장률(잠정)은 0.4%로 속보치(0.5%)보다 0.1%포인트 하향 수정</p>
</div>
   </div>
   <div class="bbs_pn"><dl>
    <dt>이전글</dt><dd><a href="#">2026년 9월 수출입물가지수 및 무역지수(잠정)</a> 2026.10.15</dd>
    <dt>다음글</dt><dd><a href="#">2026년 10월 소비자동향조사 결과</a> 2026.10.27</dd></dl></div>
   <div class="btn_area"><a class="btn" href="#">목록</a></div>
  </div>
 </div>
</div>
<div id="footer"><p>(04531) 서울특별시 중구 세종대로 67 한국은행 | 대표전화 02-759-4114</p>
<p>Copyright(c) BANK OF KOREA. All Rights Reserved.</p></div>
</body>
</html>
"""


article(
    name="06_bok_gdp_advance_euckr_html", ext="html", published="2026-10-22", encoding="euc-kr",
    title="2026년 3/4분기 실질 국내총생산(속보)",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["본문 바로가기", "통화정책", "설명회자료", "홈 > 뉴스/자료", "등록일", "국민소득총괄팀", "조회수", "첨부파일", ".hwpx", "412KB", "공보 2026-10-27호",
               "보도시점", "주: 1)", "계절조정계열", "연쇄가격", "입수된 기초자료", "하향 수정", "속보치(0.5%)", "이전글", "수출입물가지수", "소비자동향조사",
               "세종대로 67", "02-759-4114", "Copyright(c)"],
    notes=("A 한국은행-like press-release board page in EUC-KR (XHTML 1.0 Transitional, `http-equiv` Content-Type charset=EUC-KR, bytes pure "
           "EUC-KR), div layout without any table: h3.tit, dl.info with dt/dd '등록일 2026.10.22' / 담당부서 / 조회수 '3,862', a 첨부파일 list "
           "(file names with the quarter), div.view_cont holding a release number line, a '보도시점 : 2026. 10. 22.(목) 08:00' line, the □/○ "
           "paragraphs and a div.footnote ('주: 1) …', '3) 2020년 연쇄가격 …', '※ … 하향 수정' with figures); 이전글/다음글, 목록, footer. "
           "published: 등록일 (= 보도시점). Body: the □/○ paragraphs; the release number, 보도시점 line and **footnotes (주: …, ※ …) are furniture** "
           "(appendix material like blind8's ※ 참고). Title not scored. Conventions: **'2026년 3/4분기' = 2026-07..09, '4/4분기' = 2026-10..12**; "
           "growth rates against 전기 / 전년 동기 ('전기 대비 0.6% 성장', '2.3% 감소하였다', '1.1% 증가하였다') are gold %-changes (bases "
           "optional); '0.6% 성장하여 전 분기(0.4%)보다 성장률이 0.2%포인트 높아졌다' also a %-level change of the growth rate {before 0.4, after "
           "0.6, delta 0.2} (no unit); '2025년 4/4분기(0.7%) 이후' and '2025년 1/4분기 이후' (a date directly before 이후) open end from the "
           "quarter's first month (the quarter itself optional); '세 분기 만', '7분기 연속' optional; contributions in %포인트 ('내수가 0.2%포인트', "
           "'-0.4%포인트') are gold percentages (no change); GDI vs GDP '성장률(0.6%)을 웃도는 1.1%' is no move (the 1.1% a %-change against the "
           "previous quarter); a projection vs an earlier forecast ('지난 8월 경제전망(1.8%)을 0.1%포인트가량 웃도는 1.9% 안팎') no move "
           "(change optional), the percentages gold; '0.4~0.5%' a range (lower gold, upper optional); '지난 8월' gold (a forecast with a month); "
           "'12월 3일(목)' gold; '올해' gold, '연간' optional. Organisation: 한국은행 (GDP, GDI are measures)."),
)


# ---------------------------------------------------------------------------
# 07 LG생활건강, 코스랩코리아 인수 (corporate release turned news), HTML with JSON-LD dateModified only, visible '등록 2026-03-04 14:22'
# ---------------------------------------------------------------------------
A07 = [
    ("지분 62.5% 1,870억원에 인수…더마 화장품 ODM 역량 확보", [pc("62.5%", 62.5), m("1,870억원", 1870 * EOK)]),
    ("임직원 380명 전원 고용 승계", [c("380명", 380, "명")]),
    ("LG생활건강이 더마(피부과학) 화장품 제조업체 코스랩코리아를 인수한다. LG생활건강은 4일 이사회를 열고 코스랩코리아 지분 62.5%를 1,870억원에 인수하는 안건을 의결했다고 공시했다.", [
        p("4일", "2026-03-04", "2026-03-04"), pc("62.5%", 62.5), m("1,870억원", 1870 * EOK),
    ]),
    ("인수 대상은 최대주주인 사모펀드(PEF) 운용사 스틱인베스트먼트가 보유한 지분 51.2%와 창업주인 정민호 대표 등 특수관계인 지분 11.3%다. 인수 주식 수는 402만 1,505주, 인수 가격은 주당 4만 6,500원으로 지난 3일 종가(3만 8,200원)에 21.7%의 경영권 프리미엄을 얹었다.", [
        pc("51.2%", 51.2), pc("11.3%", 11.3), c("402만 1,505주", 402 * MAN + 1505, "주"), m("4만 6,500원", 4 * MAN + 6500),
        p("지난 3일", "2026-03-03", "2026-03-03"), m("3만 8,200원", 3 * MAN + 8200), pc("21.7%", 21.7),
        ch("주당 4만 6,500원으로 지난 3일 종가(3만 8,200원)에 21.7%의 경영권 프리미엄", before=3 * MAN + 8200, after=4 * MAN + 6500, unit="KRW", opt=True),
        ch("21.7%의 경영권 프리미엄", delta=21.7, unit="%", opt=True),
    ]),
    ("LG생활건강은 이와 별도로 코스랩코리아가 발행하는 신주 120만 주를 주당 4만 1,000원에 사들이는 유상증자에도 참여한다. 유상증자 대금 492억원을 더한 총 투자 금액은 2,362억원이며, 거래가 끝나면 LG생활건강의 지분율은 68.4%로 높아진다.", [
        c("120만 주", 120 * MAN, "주"), m("4만 1,000원", 4 * MAN + 1000), m("492억원", 492 * EOK), m("2,362억원", 2362 * EOK),
        ch("492억원을 더한 총 투자 금액은 2,362억원", before=1870 * EOK, after=2362 * EOK, delta=492 * EOK, unit="KRW", opt=True),
        pc("68.4%", 68.4), ch("지분율은 68.4%로 높아진다", after=68.4), ch("지분율은 68.4%로 높아진다", before=62.5, after=68.4, opt=True),
    ]),
    ("2009년 설립된 코스랩코리아는 피부과 전문의와 공동 개발한 더마 화장품을 국내외 브랜드 40여 곳에 ODM(제조자개발생산) 방식으로 공급한다. 지난해 매출은 1,642억원으로 전년 대비 18.6% 늘었고, 영업이익은 214억원으로 31.2% 증가했다.", [
        p("2009년", "2009", "2009"), c("40여 곳", 40, "곳", q="approx"), p("지난해", "2025", "2025"),
        m("1,642억원", 1642 * EOK), *base("전년", ("2024", "2024")), pc("18.6%", 18.6),
        ch("1,642억원으로", after=1642 * EOK, unit="KRW"), ch("전년 대비 18.6% 늘었고", delta=18.6, unit="%"),
        m("214억원", 214 * EOK), pc("31.2%", 31.2), ch("214억원으로", after=214 * EOK, unit="KRW"), ch("31.2% 증가했다", delta=31.2, unit="%"),
    ]),
    ("충북 음성과 경기 화성에 있는 공장 두 곳의 연간 생산능력은 2억 4,000만 개다. LG생활건강은 2028년까지 500억원을 들여 음성 공장의 생산능력을 1억 5,000만 개에서 2억 2,000만 개로 늘릴 계획이다.", [
        c("두 곳", 2, "곳", opt=True), p("연간", None, None, opt=True), c("2억 4,000만 개", 2 * EOK + 4000 * MAN, "개"),
        p("2028년까지", None, "2028"), m("500억원", 500 * EOK),
        c("1억 5,000만 개", 1 * EOK + 5000 * MAN, "개", opt=True), c("2억 2,000만 개", 2 * EOK + 2000 * MAN, "개", opt=True),
        ch("1억 5,000만 개에서 2억 2,000만 개로 늘릴", before=1 * EOK + 5000 * MAN, after=2 * EOK + 2000 * MAN, unit="개"),
    ]),
    ("코스랩코리아 임직원 380명은 전원 고용이 승계된다. LG생활건강은 정민호 대표를 인수 후에도 3년간 대표이사로 유임시키고, 연구개발(R&D) 인력을 현재 96명에서 2027년 말까지 150명 이상으로 늘리기로 했다.", [
        c("380명", 380, "명"), p("3년간", None, None, opt=True), c("3년", 3, "년", opt=True), p("현재", None, None, opt=True),
        c("96명", 96, "명", opt=True), p("2027년 말까지", None, "2027-12"), p("2027년 말까지", None, "2027-12-31", opt=True),
        c("150명 이상", 150, "명", q="at_least", opt=True), ch("현재 96명에서 2027년 말까지 150명 이상으로 늘리기로", before=96, after=150, unit="명"),
    ]),
    ("거래는 공정거래위원회의 기업결합 심사를 거쳐 오는 5월 말 마무리될 예정이다. LG생활건강 관계자는 “이번 인수로 현재 12% 수준인 더마 화장품 매출 비중을 2030년 25%까지 끌어올리겠다”고 말했다. 이날 LG생활건강 주가는 전 거래일보다 3.8% 오른 32만 1,500원에 마감했다.", [
        p("오는 5월 말", "2026-05", "2026-05"), p("오는 5월 말", "2026-05-31", "2026-05-31", opt=True), p("현재", None, None, opt=True),
        pc("12%", 12), p("2030년", "2030", "2030"), pc("25%", 25), ch("현재 12% 수준인 더마 화장품 매출 비중을 2030년 25%까지 끌어올리겠다", before=12, after=25),
        p("이날", "2026-03-04", "2026-03-04", opt=True), *base("전 거래일", ("2026-03-03", "2026-03-03")), pc("3.8%", 3.8), m("32만 1,500원", 32 * MAN + 1500),
        ch("3.8% 오른 32만 1,500원", after=32 * MAN + 1500, unit="KRW"), ch("전 거래일보다 3.8% 오른", delta=3.8, unit="%"),
    ]),
]
ORG07 = [
    o("LG생활건강", ["LG생건"]), o("코스랩코리아"), o("스틱인베스트먼트"), o("공정거래위원회", ["공정위"]), o("이사회", opt=True),
]


def page07(paras, title):
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "image": ["https://img.bizplus.co.kr/2026/03/04/lghh_cosl.jpg"],
        "dateModified": "2026-03-05T09:18:00+09:00",
        "author": {"@type": "Person", "name": "서지우"},
        "publisher": {"@type": "Organization", "name": "비즈플러스", "logo": {"@type": "ImageObject", "url": "https://img.bizplus.co.kr/logo.png"}},
        "description": "LG생활건강이 더마 화장품 ODM 업체 코스랩코리아 지분 62.5%를 1870억원에 인수한다.",
    }, ensure_ascii=False, indent=2)
    deck = "".join(f"<li>{esc(t)}</li>" for t in paras[:2])
    ps = [f"<p>{esc(t)}</p>" for t in paras[2:]]
    photo = ('<div class="img_box"><img src="https://img.bizplus.co.kr/2026/03/04/lghh_cosl.jpg" alt="">'
             '<p class="img_caption">코스랩코리아 음성 공장 전경. 이 공장은 연면적 3만 2,000㎡ 규모다. (사진=LG생활건강 제공)</p></div>')
    body = "\n      ".join(ps[:2] + [photo] + ps[2:])
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 비즈플러스</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.bizplus.co.kr/news/view/1065432">
<script type="application/ld+json">
{ld}
</script>
</head>
<body>
<div class="top_nav"><a class="logo" href="/">비즈플러스</a><span class="nav">산업 · 금융 · 증권 · 유통 · 부동산 · IT</span>
  <span class="stock_bar">LG생활건강 321,500 ▲11,800 (+3.81%) | 코스피 3,512.40 ▼4.13</span></div>
<div class="wrap">
  <div class="view_top">
    <div class="cate">유통 &gt; 뷰티</div>
    <h1 class="view_title">{esc(title)}</h1>
    <ul class="view_summary">{deck}</ul>
    <div class="view_info"><span class="writer">서지우 기자</span><span class="date">등록 2026-03-04 14:22</span><span class="date">수정 2026-03-05 09:18</span></div>
  </div>
  <div class="view_cont" id="articleContent">
      {body}
  </div>
  <div class="view_bottom"><p>서지우 기자 jiwoo@bizplus.co.kr</p><p>&lt;저작권자 ⓒ 비즈플러스, 무단 전재 및 재배포 금지&gt;</p>
    <div class="tags"># LG생활건강 # 코스랩코리아 # M&amp;A # 더마코스메틱</div></div>
  <div class="disclosure_box"><h3>주요 공시</h3><ul><li>LG생활건강, 자기주식 12만 주 소각 결정</li><li>코스랩코리아, 최대주주 변경 예정(지분 62.5%)</li></ul></div>
  <div class="with_news"><h3>이 기사와 함께 본 기사</h3><ul>
    <li>아모레퍼시픽, 1분기 영업이익 1,120억원…흑자 전환</li>
    <li>K뷰티 수출 지난해 102억 달러 사상 최대</li>
    <li>화장품 ODM 빅3, 올해 설비투자 3,000억원</li></ul></div>
</div>
<div class="footer">비즈플러스 | 서울특별시 종로구 청계천로 85 | 대표전화 02-2001-7700 | 청소년보호책임자 김현아</div>
</body>
</html>
"""


article(
    name="07_lghh_cosmetics_acquisition_jsonld_html", ext="html", published="2026-03-04",
    title="LG생활건강, 더마 화장품 ODM ‘코스랩코리아’ 품는다",
    paras=A07, orgs=ORG07, page=page07,
    forbidden=["산업 · 금융", "321,500", "▲11,800", "3,512.40", "유통 > 뷰티", "서지우 기자", "수정 2026-03-05", "연면적 3만 2,000㎡", "LG생활건강 제공", "jiwoo@",
               "저작권자", "# 코스랩코리아", "주요 공시", "12만 주 소각", "최대주주 변경", "함께 본 기사", "아모레퍼시픽", "102억 달러", "3,000억원", "청계천로 85",
               "02-2001-7700", "청소년보호책임자"],
    notes=("A corporate press release turned news (비즈플러스, invented): JSON-LD NewsArticle with **dateModified 2026-03-05T09:18 only (no "
           "datePublished)**, no og/article date meta; visible 'span.date 등록 2026-03-04 14:22' and '수정 2026-03-05 09:18'; a stock bar at the top "
           "(LG생활건강 321,500 ▲11,800 (+3.81%)); h1 with the deck as two li in ul.view_summary (body); body p elements in div.view_cont with a "
           "photo box (caption with a figure) between them; reporter line, copyright, tags, 주요 공시 box, '이 기사와 함께 본 기사' (figures), footer. "
           "published: the visible 등록 date (= '4일 … 공시했다'); dateModified is not the publication date. Title not scored; deck lines are body. "
           "Conventions: stake percentages gold; shares ('402만 1,505주', '120만 주') counts with unit 주; per-share prices ('주당 4만 6,500원') "
           "gold money (주당 no figure); an offer price against a closing price ('종가(3만 8,200원)에 21.7%의 경영권 프리미엄') is no move over "
           "time (change optional, amounts and percentage gold); a sum ('492억원을 더한 총 투자 금액은 2,362억원') no change (optional); "
           "'지분율은 68.4%로 높아진다' a gold after-change (no unit; before 62.5 optional); 'A로 (전년 대비) N% 늘었고/증가했다' two gold changes "
           "{after A}, {delta N %} (blind8); '3.8% 오른 32만 1,500원' likewise (blind8); capacity '1억 5,000만 개에서 2억 2,000만 개로' a gold count "
           "change (endpoints optional), '2억 4,000만 개' a count; '현재 96명에서 2027년 말까지 150명 이상으로' a gold change; '현재 12% … 2030년 "
           "25%까지 끌어올리겠다' a gold %-level change (action target); '오는 5월 말' 2026-05 (day optional); '2027년 말까지' open start 2027-12; "
           "'두 곳' optional; '3년간' optional; '이날', '전 거래일', '전년', '현재', '연간' optional. Organisations: LG생활건강, 코스랩코리아 (invented), "
           "스틱인베스트먼트, 공정거래위원회; 이사회 optional. 정민호 is a person."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
