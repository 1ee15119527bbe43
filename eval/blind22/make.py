#!/usr/bin/env python3
"""The eval/blind22 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind22/make.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN

AGE = lambda t, v: c(t, v, "세", opt=True)


def mult(text, factor):
    """A multiple or fraction ('두 배', '절반'): no gold figure; optional percentage and %-change readings."""
    pct = round(factor * 100, 6)
    out = [pc(text, pct, opt=True), pc(text, round(factor, 6), opt=True), ch(text, delta=round(pct - 100, 6), unit="%", opt=True)]
    if factor < 1:
        out += [ch(text, delta=-pct, unit="%", opt=True), pc(text, round(100 - pct, 6), opt=True)]
    return out


def measure(text, value, unit):
    """A measure (m, ㎡, t, km, 분): optional count."""
    return c(text, value, unit, opt=True)


Y25, Y26, Y27 = ("2025", "2025"), ("2026", "2026"), ("2027", "2027")

# ---------------------------------------------------------------------------
# 01 경북 응급실 전문의 감소, broadcaster web news (KBS-like: player, br body, reporter box), 2026-03-17
# ---------------------------------------------------------------------------
A01 = [
    ("경북 지역 응급실 전문의가 1년 새 38명 줄면서 밤에 응급실 문을 닫거나 진료를 제한하는 병원이 늘고 있습니다. 경상북도는 올해 응급의료 예산을 412억원으로 늘려 인력 확보에 나섰습니다.", [
        p("1년 새", None, None, opt=True), c("38명", 38, "명", opt=True), ch("38명 줄면서", delta=-38, unit="명"),
        p("올해", *Y26), m("412억원", 412 * EOK), ch("412억원으로 늘려", after=412 * EOK, unit="KRW"),
    ]),
    ("지난 14일 밤 11시쯤 경북 영천의 한 종합병원. 복통을 호소하던 70대 환자가 구급차에 실려 왔지만 병원은 환자를 받을 수 없다고 했습니다. 환자는 40km 떨어진 대구의 대학병원까지 1시간 넘게 더 이동해야 했습니다.", [
        p("지난 14일", "2026-03-14", "2026-03-14"), p("밤 11시쯤", None, None, opt=True), p("지난 14일 밤 11시쯤", "2026-03-14", "2026-03-14", opt=True),
        AGE("70대", 70), measure("40km", 40, "km"), p("1시간", None, None, opt=True), c("1시간", 1, "시간", opt=True), c("1시간", 1, "시간", q="at_least", opt=True),
    ]),
    ("경상북도와 경북응급의료지원센터에 따르면 도내 응급의료기관 32곳의 응급의학 전문의는 지난해 2월 186명에서 올해 2월 148명으로 38명 줄었습니다. 이 가운데 13곳은 밤에 전문의 1명이 혼자 응급실을 지키거나 아예 전문의 없이 운영되고 있습니다.", [
        c("32곳", 32, "곳"), p("지난해 2월", "2025-02", "2025-02"), c("186명", 186, "명", opt=True), p("올해 2월", "2026-02", "2026-02"),
        c("148명", 148, "명", opt=True), c("38명", 38, "명", opt=True),
        ch("지난해 2월 186명에서 올해 2월 148명으로 38명 줄었습니다", before=186, after=148, delta=-38, unit="명"),
        c("13곳", 13, "곳"), c("1명", 1, "명"),
    ]),
    ("응급실을 찾는 환자는 오히려 늘었습니다. 지난해 도내 응급실 내원 환자는 58만 2,000명으로 1년 전보다 4.7% 증가했고, 다른 지역 병원으로 옮겨진 전원 환자는 1만 1,300명에서 1만 3,900명으로 23% 늘었습니다.", [
        p("지난해", *Y25), c("58만 2,000명", 58 * MAN + 2000, "명", opt=True), ch("58만 2,000명으로", after=58 * MAN + 2000, unit="명"),
        *base("1년 전", ("2024", "2024")), pc("4.7%", 4.7), ch("4.7% 증가했고", delta=4.7, unit="%"),
        c("1만 1,300명", 1 * MAN + 1300, "명", opt=True), c("1만 3,900명", 1 * MAN + 3900, "명", opt=True),
        ch("1만 1,300명에서 1만 3,900명으로 23% 늘었습니다", before=1 * MAN + 1300, after=1 * MAN + 3900, unit="명"),
        pc("23%", 23), ch("23% 늘었습니다", delta=23, unit="%", opt=True),
    ]),
    ("[정도윤/영천 ○○병원 응급의학과장 : \"전문의 2명이 24시간을 나눠 맡다 보니 일주일에 사흘은 밤을 새웁니다. 연봉을 4억원까지 올려도 오겠다는 사람이 없습니다.\"]", [
        c("2명", 2, "명"), p("24시간", None, None, opt=True), c("24시간", 24, "시간", opt=True), p("일주일", None, None, opt=True),
        p("사흘", None, None, opt=True), c("사흘", 3, "일", opt=True),
        m("4억원", 4 * EOK), ch("4억원까지 올려도", after=4 * EOK, unit="KRW", opt=True),
    ]),
    ("경상북도는 올해 응급의료 분야에 지난해보다 96억원 많은 412억원을 투입합니다. 밤과 휴일에 응급실을 지키는 전문의 인건비로 1인당 월 최대 1,500만원을 지원하고, 권역응급의료센터를 현재 3곳에서 2028년까지 5곳으로 늘릴 계획입니다.", [
        p("올해", *Y26), p("지난해", *Y25), m("96억원", 96 * EOK), m("412억원", 412 * EOK),
        ch("지난해보다 96억원 많은 412억원", after=412 * EOK, delta=96 * EOK, unit="KRW"),
        ch("지난해보다 96억원 많은 412억원", before=316 * EOK, after=412 * EOK, delta=96 * EOK, unit="KRW", opt=True),
        ch("96억원 많은", delta=96 * EOK, unit="KRW", opt=True),
        c("1인당", 1, "인", opt=True), m("최대 1,500만원", 1500 * MAN, q="at_most"),
        p("현재", None, None, opt=True), c("3곳", 3, "곳", opt=True), p("2028년까지", None, "2028"), c("5곳", 5, "곳", opt=True),
        ch("현재 3곳에서 2028년까지 5곳으로 늘릴", before=3, after=5, unit="곳"),
    ]),
    ("보건복지부도 다음 달부터 경북을 포함한 6개 시도에서 응급실 전문의 순환근무 시범사업을 시작합니다. 사업에는 국비 120억원이 들어갑니다.", [
        p("다음 달부터", "2026-04", None), c("6개", 6, "개"), m("120억원", 120 * EOK),
    ]),
]
ORG01 = [o("경상북도"), o("경북응급의료지원센터"), o("보건복지부", ["복지부"]), o("권역응급의료센터", opt=True)]


def page01(paras, title):
    body = "<br /><br />\n".join(esc(t) for t in paras)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | HBN 뉴스</title>
<meta property="og:site_name" content="HBN 한빛방송 뉴스">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://news.hbn.co.kr/resources/css/news_view.css?v=20260301">
</head>
<body>
<div id="wrap">
 <header class="gnb">
  <h1 class="logo"><a href="https://news.hbn.co.kr/">HBN 뉴스</a></h1>
  <ul class="gnb-menu"><li>정치</li><li>경제</li><li>사회</li><li>지역</li><li>국제</li><li>뉴스9</li><li>팩트체크K</li><li>재난포털</li></ul>
  <a class="live" href="/live">ON AIR 1TV</a>
 </header>
 <section class="detail-header">
  <span class="program-tag">뉴스9(대구)</span>
  <h4 class="headline-title">{esc(title)}</h4>
  <div class="dates"><em class="input-date">입력 2026.03.17 (21:14)</em> <em class="edit-date">수정 2026.03.18 (06:40)</em></div>
  <div class="util"><button class="btn-share">공유하기</button><button class="btn-font">글자크기 설정</button><button class="btn-print">인쇄하기</button></div>
 </section>
 <section class="detail-contents">
  <div class="view-video" id="hbnPlayer">
   <span class="blind">동영상영역 시작</span>
   <div class="player-cover"><img src="https://news.hbn.co.kr/data/fckeditor/new/image/2026/03/17/ER_yc_thumb.jpg" alt=""><button class="btn-play">재생</button><span class="run-time">02:41</span></div>
   <span class="blind">동영상영역 끝</span>
  </div>
  <div class="tts"><button class="btn-tts">기사를 읽어드립니다</button></div>
  <div class="detail-body font-size" id="cont_newstext">{body}<br /><br />
촬영기자:윤태섭 / 영상편집:한보라 / 그래픽:강은지</div>
  <div class="reporter-box">
   <div class="reporter-info"><img src="https://news.hbn.co.kr/data/reporter/seohajun.jpg" alt=""><strong class="name">서하준 기자</strong> <a href="mailto:hajun@hbn.co.kr">hajun@hbn.co.kr</a></div>
   <a class="btn-list" href="/reporter/seohajun">서하준 기자의 기사모음</a>
  </div>
  <div class="copyright">저작권자ⓒHBN. 무단 전재, 재배포 및 이용(AI 학습 포함) 금지</div>
  <div class="feedback"><p>이 기사가 좋으셨다면</p><button>좋아요 18</button><button>후속 원해요 5</button></div>
 </section>
 <section class="related-news">
  <h5>관련 뉴스</h5>
  <ul>
   <li><a href="/news/view.do?ncd=8811201">대구 응급실 ‘뺑뺑이’ 한 해 1,240건…소아 환자가 31%</a> <span>2026.02.24</span></li>
   <li><a href="/news/view.do?ncd=8803318">경북 공공의대 설립 용역 착수…정원 100명 규모 검토</a> <span>2026.01.30</span></li>
  </ul>
 </section>
 <aside class="rank-news">
  <h5>많이 본 뉴스</h5>
  <ol><li>포항 앞바다 규모 3.1 지진…피해 신고 없어</li><li>대구 아파트 미분양 9개월 연속 감소</li><li>구미 산단 반도체 소재 공장 2,300억원 증설</li></ol>
 </aside>
 <footer class="footer">㈜한빛방송 대구광역시 수성구 동대구로 118 | 대표전화 053-760-1000 | 시청자상담실 1588-9100</footer>
</div>
</body>
</html>
"""


article(
    name="01_gyeongbuk_er_doctors_broadcaster_player_br_html", ext="html", published="2026-03-17",
    title="경북 응급실 10곳 중 4곳 ‘야간 공백’…전문의 1년 새 38명 줄어",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["ON AIR 1TV", "팩트체크K", "뉴스9(대구)", "수정 2026.03.18", "공유하기", "동영상영역 시작", "재생", "02:41", "기사를 읽어드립니다",
               "촬영기자", "영상편집", "서하준 기자", "hajun@hbn.co.kr", "기사모음", "저작권자ⓒHBN", "AI 학습 포함", "좋아요 18", "관련 뉴스",
               "1,240건", "31%", "정원 100명", "많이 본 뉴스", "규모 3.1", "9개월 연속", "2,300억원", "동대구로 118", "1588-9100"],
    notes=("A broadcaster's web news page (HBN 한빛방송, invented; KBS-like): gnb, program tag '뉴스9(대구)', h4.headline-title, '입력 2026.03.17 (21:14)' "
           "and '수정 2026.03.18 (06:40)', share/font/print buttons, a video player block ('동영상영역 시작/끝', 재생, run time) and a TTS button above "
           "the body; body = the text of **div#cont_newstext**, paragraphs separated by '<br /><br />', which also ends with the credits line "
           "'촬영기자:… / 영상편집:… / 그래픽:…' (furniture); reporter box, copyright, feedback buttons, 관련 뉴스 (figures, dates), 많이 본 뉴스 "
           "(figures), footer. No meta date. published: the 입력 stamp (not 수정). The bracketed interview quote '[이름/직함 : \"…\"]' is body. "
           "Conventions: '38명 줄면서' a gold delta change (count optional); '186명에서 … 148명으로 38명 줄었습니다' endpoint change with delta; "
           "'58만 2,000명으로 1년 전보다 4.7% 증가' two gold changes ({after, 명} and {delta, %}; count level optional; '1년 전' optional); "
           "'1만 1,300명에서 1만 3,900명으로 23% 늘었습니다' endpoint change gold, rate's %-change optional; '지난해보다 96억원 많은 412억원' a gold "
           "{after, delta} change ('지난해' as a bare base is a gold period); '최대 1,500만원' at_most; '1인당' optional; '현재 3곳에서 2028년까지 "
           "5곳으로' gold count change; '다음 달부터' open-ended from 2026-04; '전문의 1명이', '전문의 2명이' gold counts; the hypothetical "
           "'연봉을 4억원까지 올려도' money gold, its change optional; '70대', '40km', '1시간', '24시간', '사흘', '밤 11시쯤' optional. "
           "Organisations: 경상북도, 경북응급의료지원센터, 보건복지부; 권역응급의료센터 (a facility type) optional."),
)


# ---------------------------------------------------------------------------
# 02 포항경주공항 활주로 연장 예타 통과, broadcaster web news (MBC-like: vod, JSON-LD, interview markers), 2026-06-04
# ---------------------------------------------------------------------------
A02 = [
    ("국토교통부가 추진하는 포항경주공항 활주로 연장 사업이 예비타당성 조사를 통과했습니다. 활주로를 2,133m에서 2,743m로 610m 늘리는 사업으로, 총사업비는 4,870억원입니다. 이르면 2028년 착공해 2031년 말 완공됩니다.", [
        measure("2,133m", 2133, "m"), measure("2,743m", 2743, "m"), measure("610m", 610, "m"),
        ch("2,133m에서 2,743m로 610m 늘리는", before=2133, after=2743, delta=610, unit="m", opt=True),
        m("4,870억원", 4870 * EOK), p("이르면 2028년", *("2028", "2028")), p("2031년 말", "2031-12", "2031-12"),
        p("2031년 말", "2031-12-31", "2031-12-31", opt=True), p("2031년", "2031", "2031", opt=True),
    ]),
    ("기획예산처와 한국개발연구원(KDI)은 어제(3일) 재정사업평가위원회를 열고 이 사업의 비용 대비 편익 비율(B/C)이 1.12로 기준치인 1을 넘었다고 밝혔습니다.", [
        p("어제(3일)", "2026-06-03", "2026-06-03"), p("어제", "2026-06-03", "2026-06-03", opt=True), p("3일", "2026-06-03", "2026-06-03", opt=True),
    ]),
    ("포항경주공항은 활주로가 짧아 180석 이상 중형 항공기가 뜨고 내리기 어렵습니다. 지금은 김포와 제주를 오가는 76석 소형기만 하루 6편 운항하고 있고, 지난해 이용객은 21만 4,000명에 그쳤습니다.", [
        c("180석 이상", 180, "석", q="at_least"), p("지금은", None, None, opt=True), c("76석", 76, "석"),
        p("하루", None, None, opt=True), c("하루", 1, "일", opt=True), c("6편", 6, "편"), p("지난해", *Y25), c("21만 4,000명", 21 * MAN + 4000, "명"),
    ]),
    ("(인터뷰) 최윤서 포항시 공항정책과장 : \"활주로가 연장되면 제주와 김포는 물론 일본과 베트남 등 국제선 5개 노선을 새로 띄울 수 있습니다.\"", [
        c("5개", 5, "개"),
    ]),
    ("사업비는 국비 3,900억원과 경상북도·포항시·경주시 분담금 970억원으로 마련합니다. 포항시는 분담금 가운데 540억원을 부담합니다.", [
        m("3,900억원", 3900 * EOK), m("970억원", 970 * EOK), m("540억원", 540 * EOK),
    ]),
    ("포항시는 활주로 연장과 함께 여객터미널도 1만 2,000㎡에서 2만 5,000㎡로 두 배 넘게 넓힐 계획입니다. 연간 여객 처리 능력은 50만 명에서 150만 명으로 세 배가 됩니다.", [
        measure("1만 2,000㎡", 1 * MAN + 2000, "㎡"), measure("2만 5,000㎡", 2 * MAN + 5000, "㎡"),
        ch("1만 2,000㎡에서 2만 5,000㎡로", before=1 * MAN + 2000, after=2 * MAN + 5000, unit="㎡", opt=True), *mult("두 배", 2),
        p("연간", None, None, opt=True), c("50만 명", 50 * MAN, "명", opt=True), c("150만 명", 150 * MAN, "명", opt=True),
        ch("50만 명에서 150만 명으로 세 배가 됩니다", before=50 * MAN, after=150 * MAN, unit="명"), *mult("세 배", 3),
    ]),
    ("한국공항공사는 활주로가 연장되면 이용객이 2035년 연 110만 명까지 늘어날 것으로 내다봤습니다. 다만 울산공항과 사천공항 등 인근 지방공항 이용객이 지난해보다 12.3% 줄어든 점은 부담입니다.", [
        p("2035년", "2035", "2035"), c("110만 명", 110 * MAN, "명", opt=True), ch("110만 명까지 늘어날", after=110 * MAN, unit="명"),
        p("지난해", *Y25), pc("12.3%", 12.3), ch("지난해보다 12.3% 줄어든", delta=-12.3, unit="%"),
    ]),
]
ORG02 = [
    o("국토교통부", ["국토부"]), o("기획예산처"), o("한국개발연구원", ["KDI"]), o("재정사업평가위원회"), o("포항시"), o("경상북도"), o("경주시"),
    o("한국공항공사"), o("포항경주공항", opt=True), o("울산공항", opt=True), o("사천공항", opt=True),
]


def page02(paras, title):
    body = "<br><br>\n".join(esc(t) for t in paras)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - 동해새물결방송</title>
<meta name="description" content="포항경주공항 활주로 연장 사업이 예비타당성 조사를 통과했습니다.">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-06-04T19:52:00+09:00","dateModified":"2026-06-05T08:31:00+09:00","publisher":{{"@type":"Organization","name":"동해새물결방송"}}}}</script>
</head>
<body>
<div class="wrap">
 <div class="top"><a class="logo" href="https://www.dsbc.co.kr/">DSBC 동해새물결방송</a>
  <ul class="nav"><li>뉴스데스크</li><li>930뉴스</li><li>단독</li><li>기획보도</li><li>시사포커스</li><li>제보</li></ul></div>
 <div class="news_view">
  <div class="view_top"><span class="program">뉴스데스크</span><h2 class="title">{esc(title)}</h2>
   <div class="info"><span class="writer">장민규 기자</span><span class="date">2026-06-04 19:52</span><span class="hit">조회수 2,417</span></div></div>
  <div class="vod_area"><div class="vod_player" data-vod="2026060419520001"><a class="btn_play">VOD 재생</a><span class="time">02:14</span></div>
   <div class="vod_util"><a>자막 켜기</a><a>영상 퍼가기</a></div></div>
  <div class="news_txt" itemprop="articleBody">{body}<br><br>
영상취재 : 황보성진</div>
  <div class="reporter"><img src="/img/reporter/jangmk.png" alt=""><p><b>장민규 기자</b> mk@dsbc.co.kr</p><p>포항 주재</p></div>
  <div class="tags"><a>#포항경주공항</a><a>#활주로</a><a>#예타</a></div>
  <div class="report_box">[제보] 카카오톡 '동해새물결방송 제보' · 전화 054-289-0000</div>
 </div>
 <div class="other_news"><h3>최신 뉴스</h3><ul>
  <li>포항 영일만항 컨테이너 물동량 5월 1만 2천 TEU</li><li>경주 APEC 기념관 내년 3월 개관…사업비 450억원</li><li>울진 산불 피해지 복원 2029년까지 600억원 투입</li></ul></div>
 <div class="foot">Copyright(c) DSBC All rights reserved. 무단 복제 및 재배포 금지 | 경북 포항시 남구 희망대로 210</div>
</div>
</body>
</html>
"""


article(
    name="02_pohang_airport_runway_broadcaster_vod_jsonld_html", ext="html", published="2026-06-04",
    title="포항경주공항 활주로 610m 연장 예타 통과…2031년 중형기 뜬다",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["DSBC 동해새물결방송", "930뉴스", "장민규 기자", "조회수 2,417", "VOD 재생", "자막 켜기", "영상 퍼가기", "영상취재", "mk@dsbc.co.kr",
               "포항 주재", "#예타", "[제보]", "054-289-0000", "최신 뉴스", "1만 2천 TEU", "450억원", "600억원", "All rights reserved", "희망대로 210"],
    notes=("A broadcaster's web news page (동해새물결방송 DSBC, invented; MBC-like): top nav, view_top with program name, h2.title, writer, "
           "'2026-06-04 19:52' and 조회수, JSON-LD NewsArticle with datePublished 2026-06-04T19:52 and dateModified the next day, a VOD block "
           "(VOD 재생, run time, 자막/퍼가기) above the body; body = the text of **div.news_txt[itemprop=articleBody]** separated by '<br><br>', "
           "ending with the credit line '영상취재 : …' (furniture); reporter box, tags, 제보 box, 최신 뉴스 (figures, dates), footer. "
           "published: 2026-06-04 (visible date / datePublished, not dateModified). The '(인터뷰) 이름 직함 : \"…\"' paragraph is body. "
           "Conventions: measures (m, ㎡) are optional counts and **their changes are optional** (like blind10's durations); "
           "'어제(3일)' one gold period 2026-06-03; '이르면 2028년' gold 2028; '2031년 말' gold 2031-12; '180석 이상' at_least count; "
           "'76석', '6편', '5개' gold counts; '50만 명에서 150만 명으로 세 배가' gold count change (counts optional, multiples optional); "
           "'110만 명까지 늘어날' gold {after} change (count optional); '지난해보다 12.3% 줄어든' gold %-change; B/C '1.12' and '1' no figures. "
           "Organisations: 국토교통부, 기획예산처, 한국개발연구원 (KDI), 재정사업평가위원회, 포항시, 경상북도, 경주시, 한국공항공사; the airports "
           "(venues) optional."),
)


# ---------------------------------------------------------------------------
# 03 전남 농촌 빈집 정비, regional daily old CMS (EUC-KR, upper-case tags, table layout, P.article), 2026-04-09
# ---------------------------------------------------------------------------
A03 = [
    ("- 올해 216억원 투입…'전남형 빈집 재생' 500동으로 확대", [
        p("올해", *Y26), m("216억원", 216 * EOK), c("500동", 500, "동", opt=True), ch("500동으로 확대", after=500, unit="동"),
    ]),
    ("전라남도(이하 전남도)는 올해 도비와 시군비 등 216억원을 들여 농촌 빈집 2,400동을 정비한다고 8일 밝혔다. 지난해(1,650동)보다 750동 많은 규모다.", [
        p("올해", *Y26), m("216억원", 216 * EOK), c("2,400동", 2400, "동", opt=True), p("8일", "2026-04-08", "2026-04-08"),
        p("지난해", *Y25), c("1,650동", 1650, "동", opt=True), c("750동", 750, "동", opt=True),
        ch("2,400동을 정비한다 ... 지난해(1,650동)보다 750동 많은", before=1650, after=2400, delta=750, unit="동"),
        ch("지난해(1,650동)보다 750동 많은", before=1650, delta=750, unit="동", opt=True), ch("750동 많은", delta=750, unit="동", opt=True),
    ]),
    ("전남도가 지난해 말 기준으로 벌인 실태조사에서 도내 빈집은 1만 8,326동으로 5년 전인 2020년(1만 2,410동)보다 47.7% 늘었다. 이 가운데 철거가 필요한 빈집이 1만 1,054동으로 60.3%를 차지했다.", [
        p("지난해 말 기준", "2025-12", "2025-12"), p("지난해 말 기준", "2025-12-31", "2025-12-31", opt=True),
        c("1만 8,326동", 1 * MAN + 8326, "동", opt=True), p("5년 전", None, None, opt=True), p("2020년", "2020", "2020"),
        c("1만 2,410동", 1 * MAN + 2410, "동", opt=True),
        ch("1만 8,326동으로 5년 전인 2020년(1만 2,410동)보다 47.7% 늘었다", before=1 * MAN + 2410, after=1 * MAN + 8326, unit="동"),
        pc("47.7%", 47.7), ch("47.7% 늘었다", delta=47.7, unit="%", opt=True),
        c("1만 1,054동", 1 * MAN + 1054, "동"), pc("60.3%", 60.3),
    ]),
    ("시군별로는 고흥군이 2,184동으로 가장 많았고 해남군(1,902동), 보성군(1,577동)이 뒤를 이었다. 22개 시군 가운데 빈집이 1,000동을 넘는 곳은 7곳이었다.", [
        c("2,184동", 2184, "동"), c("1,902동", 1902, "동"), c("1,577동", 1577, "동"), c("22개", 22, "개"),
        c("1,000동", 1000, "동", q="at_least"), c("7곳", 7, "곳"),
    ]),
    ("정비 방식도 바뀐다. 전남도는 철거 위주였던 사업을 리모델링 중심으로 돌려, 빈집을 고쳐 귀농·귀촌인이나 청년에게 싸게 빌려주는 '전남형 빈집 재생' 물량을 지난해 180동에서 올해 500동으로 늘린다. 리모델링 지원 한도도 동당 2,000만원에서 3,500만원으로 높였다.", [
        p("지난해", *Y25), c("180동", 180, "동", opt=True), p("올해", *Y26), c("500동", 500, "동", opt=True),
        ch("지난해 180동에서 올해 500동으로 늘린다", before=180, after=500, unit="동"),
        c("동당", 1, "동", opt=True), m("2,000만원", 2000 * MAN), m("3,500만원", 3500 * MAN),
        ch("2,000만원에서 3,500만원으로 높였다", before=2000 * MAN, after=3500 * MAN, unit="KRW"),
    ]),
    ("임대료는 월 10만원 이하로 묶고, 입주자는 최장 5년까지 살 수 있다. 철거한 빈집 터는 마을 주차장이나 쉼터로 바꿔 주민들이 쓰도록 한다.", [
        m("월 10만원 이하", 10 * MAN, q="at_most"), p("최장 5년까지", None, None, opt=True), c("5년", 5, "년", opt=True),
        c("5년", 5, "년", q="at_most", opt=True),
    ]),
    ("소유자가 정비에 동의하지 않는 경우도 적지 않다. 지난해 정비 대상으로 선정된 빈집 가운데 소유자 동의를 받지 못해 사업이 무산된 곳은 213곳으로 전체의 12.9%에 달했다. 전남도는 오는 7월부터 붕괴 우려가 큰 빈집은 소유자 동의 없이도 직권으로 철거할 수 있도록 조례를 고친다.", [
        p("지난해", *Y25), c("213곳", 213, "곳"), pc("12.9%", 12.9), p("오는 7월부터", "2026-07", None),
    ]),
    ("농림축산식품부(농식품부)도 올해 농촌 빈집 정비 국비를 지난해보다 35% 늘린 270억원으로 편성했다. 김지훈 전남도 농촌개발과장은 \"도내 빈집을 2030년까지 지금의 절반 수준으로 줄이겠다\"고 말했다.", [
        p("올해", *Y26), p("지난해", *Y25), pc("35%", 35), ch("지난해보다 35% 늘린", delta=35, unit="%"),
        m("270억원", 270 * EOK), ch("270억원으로 편성했다", after=270 * EOK, unit="KRW"),
        ch("지난해보다 35% 늘린 270억원", before=200 * EOK, after=270 * EOK, unit="KRW", opt=True),
        p("2030년까지", None, "2030"), p("지금", None, None, opt=True), *mult("절반", 0.5),
    ]),
]
ORG03 = [o("전라남도", ["전남도"]), o("농림축산식품부", ["농식품부"]), o("고흥군", opt=True), o("해남군", opt=True), o("보성군", opt=True)]


def page03(paras, title):
    deck, paras = paras[0], paras[1:]
    body = "\n".join(f'<P class=article>{esc(t)}</P>' for t in paras[:3])
    body += ('\n<TABLE class=photo align=center width=500 border=0 cellPadding=0 cellSpacing=0><TR><TD><IMG src="/news/photo/202604/88214_51023_1042.jpg" width=500></TD></TR>'
             '<TR><TD class=caption>▲ 고흥군 한 마을의 무너진 빈집. 이 마을에는 빈집 14동이 방치돼 있다. &lt;전남새날신문 자료사진&gt;</TD></TR></TABLE>\n')
    body += "\n".join(f'<P class=article>{esc(t)}</P>' for t in paras[3:])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=euc-kr">
<TITLE>전남새날신문 - {esc(title)}</TITLE>
<LINK href="/css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=javascript src="/js/common.js"></SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginwidth="0" marginheight="0">
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0>
<TR><TD class=top_logo><A href="/"><IMG src="/img/logo.gif" alt="전남새날신문"></A></TD>
<TD class=top_menu>홈 | 정치 | 경제 | 사회 | 농업·수산 | 시군소식 | 오피니언 | 포토 | 독자투고</TD></TR>
</TABLE>
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0>
<TR><TD vAlign=top width=660>
 <DIV class=location>HOME &gt; 뉴스 &gt; 농업·수산</DIV>
 <DIV class=view_title><FONT size=5><B>{esc(title)}</B></FONT></DIV>
 <DIV class=view_sub>{esc(deck)}</DIV>
 <DIV class=view_info>박민철 기자 | 승인 2026.04.09 10:42 | 최종수정 2026.04.09 16:05 | 댓글 2</DIV>
 <DIV class=view_tool><A href="javascript:fontPlus()">글자크게</A> <A href="javascript:fontMinus()">글자작게</A> <A href="javascript:print()">프린트</A> <A href="javascript:mail()">메일보내기</A></DIV>
 <DIV id=articleBody class=article_body>
{body}
<P class=byline>박민철 기자 mcpark@jnsaenal.co.kr</P>
 </DIV>
 <DIV class=copy>&lt;저작권자 &copy; 전남새날신문 무단전재 및 재배포금지&gt;</DIV>
 <DIV class=relation><B>관련기사</B><UL>
  <LI>· 전남 귀농·귀촌 인구 지난해 4만 1천 명…3년 연속 감소 (2026-03-22)</LI>
  <LI>· 해남군, 빈집 활용 '청년 마을' 30가구 조성 (2026-02-11)</LI></UL></DIV>
 <DIV class=comment><B>댓글 2</B> 주민1234 : 옆집 빈집 때문에 여름마다 모기가 들끓어요 (2026-04-09 12:11)</DIV>
</TD>
<TD vAlign=top width=300>
 <DIV class=right_box><B>많이 본 기사</B><OL><LI>여수 밤바다 불꽃축제 25만 명 몰려</LI><LI>순천만 국가정원 입장료 1만원으로 인상</LI><LI>목포 신항 자동차 수출 1분기 8만 대</LI></OL></DIV>
 <DIV class=right_box><B>포토뉴스</B><P>영암 벚꽃길 100리</P></DIV>
</TD></TR>
</TABLE>
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0><TR><TD class=footer>
전남새날신문 | 전남 무안군 삼향읍 오룡길 35 | 등록번호 전남 아00412 | 발행·편집인 한수경 | Tel 061-280-0000<BR>
Copyright (c) 2011 jnsaenal.co.kr All rights reserved.
</TD></TR></TABLE>
</BODY>
</HTML>
"""


article(
    name="03_jeonnam_rural_vacant_houses_euckr_upper_table_html", ext="html", published="2026-04-09", encoding="euc-kr",
    title="전남 농촌 빈집 1만 8천여 동…올해 2,400동 철거·리모델링",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["농업·수산 | 시군소식", "HOME > 뉴스", "박민철 기자", "최종수정", "글자크게", "메일보내기", "빈집 14동", "전남새날신문 자료사진",
               "mcpark@jnsaenal.co.kr", "무단전재 및 재배포금지", "관련기사", "4만 1천 명", "3년 연속 감소", "30가구", "모기가 들끓어요",
               "많이 본 기사", "25만 명", "1만원으로 인상", "8만 대", "포토뉴스", "벚꽃길 100리", "오룡길 35", "아00412", "061-280-0000"],
    notes=("An old regional-daily CMS page (전남새날신문, invented): HTML 4.01 Transitional in **EUC-KR** (http-equiv), upper-case tags, "
           "a table layout (logo/menu row, left column 660, right column 300); DIV.location, DIV.view_title (FONT/B), **a sub-headline "
           "DIV.view_sub '- 올해 216억원 투입…'** above the date line (a deck: body, figures scored, as the Conventions' deck lines), DIV.view_info "
           "'박민철 기자 | 승인 2026.04.09 10:42 | 최종수정 2026.04.09 16:05', font/print tools; body = **P.article of DIV#articleBody**, which "
           "also holds a photo TABLE with a caption (figures) and the byline P (furniture); copyright, 관련기사 (figures, dates), a comment, "
           "right-column 많이 본 기사 / 포토뉴스 (figures), footer. published: the 승인 date 2026-04-09. Conventions: a change across two "
           "sentences ('2,400동을 정비한다 … 지난해(1,650동)보다 750동 많은 규모다') one gold change {before, after, delta} (its partial readings "
           "optional, counts optional); '1만 8,326동으로 … 2020년(1만 2,410동)보다 47.7% 늘었다' endpoint change gold, the rate's %-change "
           "optional; '지난해 말 기준' gold 2025-12; '1,000동을 넘는' at_least count; '동당' per-unit optional; '월 10만원 이하' at_most; "
           "'최장 5년까지' is a duration (optional period / count), not an end year; '오는 7월부터' open-ended from 2026-07; '지난해보다 35% "
           "늘린 270억원' two gold changes ({delta 35, %} and {after, KRW}); '절반' optional. Organisations: 전라남도 (이하 전남도), "
           "농림축산식품부 (농식품부); 고흥군, 해남군, 보성군 used as areas in a ranking: optional."),
)


# ---------------------------------------------------------------------------
# 04 아산시 하수처리장 증설, regional daily old CMS ('기사입력 2026/09/15 [14:05]', div + br, photo table), 2026-09-15
# ---------------------------------------------------------------------------
A04 = [
    ("탕정에 하루 3만t 신설…하수도 사용료 내년 14.5% 인상", [
        p("하루", None, None, opt=True), measure("3만t", 3 * MAN, "t"), p("내년", *Y27), pc("14.5%", 14.5), ch("내년 14.5% 인상", delta=14.5, unit="%"),
    ]),
    ("아산시가 인구 증가와 산업단지 조성으로 늘어나는 하수를 처리하기 위해 2030년까지 1,280억원을 들여 공공하수처리시설을 증설한다.", [
        p("2030년까지", None, "2030"), m("1,280억원", 1280 * EOK),
    ]),
    ("시는 14일 기후에너지환경부(이하 기후부)로부터 '아산시 공공하수도 정비 기본계획' 변경안을 승인받았다고 밝혔다. 계획에 따라 하루 하수 처리용량은 현재 11만 2,000t에서 15만 8,000t으로 4만 6,000t 늘어난다.", [
        p("14일", "2026-09-14", "2026-09-14"), p("하루", None, None, opt=True), c("하루", 1, "일", opt=True), p("현재", None, None, opt=True),
        measure("11만 2,000t", 11 * MAN + 2000, "t"), measure("15만 8,000t", 15 * MAN + 8000, "t"), measure("4만 6,000t", 4 * MAN + 6000, "t"),
        ch("11만 2,000t에서 15만 8,000t으로 4만 6,000t 늘어난다", before=11 * MAN + 2000, after=15 * MAN + 8000, delta=4 * MAN + 6000, unit="t", opt=True),
    ]),
    ("아산시 인구는 지난달 말 기준 35만 1,200명으로 10년 전인 2016년(31만 2,000명)보다 3만 9,200명 늘었다. 같은 기간 하수처리장 가동률은 78%에서 94%로 높아져 한계에 이르렀다.", [
        p("지난달 말 기준", "2026-08", "2026-08"), p("지난달 말 기준", "2026-08-31", "2026-08-31", opt=True),
        c("35만 1,200명", 35 * MAN + 1200, "명", opt=True), p("10년 전", None, None, opt=True), p("2016년", "2016", "2016"),
        c("31만 2,000명", 31 * MAN + 2000, "명", opt=True), c("3만 9,200명", 3 * MAN + 9200, "명", opt=True),
        ch("35만 1,200명으로 10년 전인 2016년(31만 2,000명)보다 3만 9,200명 늘었다", before=31 * MAN + 2000, after=35 * MAN + 1200, delta=3 * MAN + 9200, unit="명"),
        *base("같은 기간", ("2016", "2026")), pc("78%", 78), pc("94%", 94), ch("78%에서 94%로 높아져", before=78, after=94),
    ]),
    ("사업비는 국비 640억원, 도비 192억원, 시비 448억원으로 나눠 부담한다.", [
        m("640억원", 640 * EOK), m("192억원", 192 * EOK), m("448억원", 448 * EOK),
    ]),
    ("시는 탕정면에 하루 3만t 규모의 처리장을 새로 짓고, 기존 온양처리장의 처리용량은 1만 6,000t 늘린다. 새 처리장은 내년 상반기 착공해 2029년 하반기 가동하는 것이 목표다.", [
        p("하루", None, None, opt=True), measure("3만t", 3 * MAN, "t"), measure("1만 6,000t", 1 * MAN + 6000, "t"),
        ch("1만 6,000t 늘린다", delta=1 * MAN + 6000, unit="t", opt=True),
        p("내년 상반기", "2027-01", "2027-06"), p("2029년 하반기", "2029-07", "2029-12"),
    ]),
    ("하수관로 정비도 함께 추진한다. 시는 2028년까지 410억원을 들여 노후 하수관로 86km를 교체하고, 빗물과 오수가 함께 흐르는 합류식 관로 비율을 지난해 말 42%에서 2030년 25%로 낮출 계획이다.", [
        p("2028년까지", None, "2028"), m("410억원", 410 * EOK), measure("86km", 86, "km"),
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True), pc("42%", 42), p("2030년", "2030", "2030"), pc("25%", 25),
        ch("지난해 말 42%에서 2030년 25%로 낮출", before=42, after=25),
    ]),
    ("한편 시는 하수도 사용료를 내년 1월부터 t당 620원에서 710원으로 14.5% 올린다. 4인 가구 기준 월평균 부담은 1만 5,400원에서 1만 7,600원으로 2,200원 늘어난다.", [
        p("내년 1월부터", "2027-01", None), c("t당", 1, "t", opt=True), m("620원", 620), m("710원", 710),
        ch("620원에서 710원으로 14.5% 올린다", before=620, after=710, unit="KRW"), pc("14.5%", 14.5), ch("14.5% 올린다", delta=14.5, unit="%", opt=True),
        c("4인 가구", 4, "인", opt=True), c("4인 가구", 1, "가구", opt=True), p("월평균", None, None, opt=True),
        m("1만 5,400원", 1 * MAN + 5400), m("1만 7,600원", 1 * MAN + 7600), m("2,200원", 2200),
        ch("1만 5,400원에서 1만 7,600원으로 2,200원 늘어난다", before=1 * MAN + 5400, after=1 * MAN + 7600, delta=2200, unit="KRW"),
    ]),
]
ORG04 = [o("아산시"), o("기후에너지환경부", ["기후부"]), o("온양처리장", opt=True)]


def page04(paras, title):
    deck, paras = paras[0], paras[1:]
    body = "<br />\n<br />\n".join(esc(t) for t in paras[:2])
    body += ('<br />\n<br />\n<table class="img_table" align="center"><tr><td><img src="/data/mgz_img/2026/09/15/asan_sewage.jpg" width="540" border="0"></td></tr>'
             '<tr><td class="img_txt">▲ 아산시 온양하수처리장 전경. 하루 9만 6,000t을 처리한다. ⓒ 충청새벽일보</td></tr></table><br />\n')
    body += "<br />\n<br />\n".join(esc(t) for t in paras[2:])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - 충청새벽일보</title>
<meta name="keywords" content="아산시,하수처리장,하수도 사용료" />
</head>
<body>
<div id="top_area"><div class="today">2026년 9월 15일 화요일 | 음력 8월 5일</div><div class="logo"><a href="/">충청새벽일보</a></div>
 <div class="gnb">종합 | 천안·아산 | 당진·서산 | 공주·부여 | 정치·행정 | 경제 | 교육 | 오피니언</div></div>
<div id="container">
 <div id="left_area">
  <div class="path">홈 &gt; 천안·아산</div>
  <div class="view_title_box">
   <h1 class="view_title">{esc(title)}</h1>
   <div class="view_sub_title">{esc(deck)}</div>
   <div class="view_date">기사입력 2026/09/15 [14:05] | 최종편집 2026/09/16 [09:12]</div>
   <div class="view_writer">이태원 기자 <a href="mailto:tw@ccsaebyeok.com">tw@ccsaebyeok.com</a></div>
   <div class="view_sns">트위터 | 페이스북 | 카카오스토리 | 밴드 | URL복사 | 인쇄</div>
  </div>
  <div id="CmAdContent" class="view_text">{body}<br />
<br />
ⓒ 충청새벽일보 무단전재·재배포 금지</div>
  <div class="view_other"><h3>이태원 기자의 다른 기사</h3><ul>
   <li>천안 성거 산단 분양률 67%…3개사 추가 입주 (2026/09/10)</li>
   <li>아산 시내버스 노선 개편 10월 1일 시행 (2026/09/03)</li></ul></div>
  <div class="view_reply">※ 로그인 후 댓글을 남길 수 있습니다. 총 0개의 댓글</div>
 </div>
 <div id="right_area">
  <div class="box"><h3>인기기사</h3><ol><li>당진항 물동량 역대 최대 7,200만t</li><li>서산 해미읍성 축제 관람객 48만 명</li><li>공주 밤 수확 작년보다 20% 늘어</li></ol></div>
  <div class="banner">충남도청 배너</div>
 </div>
</div>
<div id="footer">충청새벽일보 | 충남 천안시 동남구 만남로 77 | 인터넷신문 등록 충남 아00188 | 등록일 2009년 3월 2일 | 청소년보호책임자 김은주</div>
</body>
</html>
"""


article(
    name="04_asan_sewage_plant_oldcms_cmadcontent_br_html", ext="html", published="2026-09-15",
    title="아산시, 하수처리장 증설에 1,280억 투입…하루 처리량 4만 6천t 늘린다",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["음력 8월 5일", "천안·아산 | 당진·서산", "홈 > 천안·아산", "최종편집", "이태원 기자", "tw@ccsaebyeok.com",
               "카카오스토리", "URL복사", "9만 6,000t", "ⓒ 충청새벽일보", "무단전재·재배포 금지", "다른 기사", "분양률 67%", "3개사 추가 입주",
               "10월 1일 시행", "총 0개의 댓글", "인기기사", "7,200만t", "48만 명", "20% 늘어", "충남도청 배너", "만남로 77", "아00188", "청소년보호책임자"],
    notes=("An old regional-daily CMS page (충청새벽일보, invented), XHTML 1.0 Transitional, UTF-8 by http-equiv: top area with today's date "
           "'2026년 9월 15일 화요일 | 음력 8월 5일', logo, gnb; path, h1.view_title, a **sub-title div (a deck above the date line: body, figures scored)**, **'기사입력 "
           "2026/09/15 [14:05] | 최종편집 2026/09/16 [09:12]'**, writer with e-mail, SNS row; body = the text of **div#CmAdContent.view_text** "
           "separated by '<br />' pairs, which also holds a photo table with a caption (figures) and ends with the copyright line (furniture); "
           "기자의 다른 기사 (figures, dates), reply note, right column 인기기사 (figures), banner, footer. published: 기사입력 (not 최종편집). "
           "Conventions: tonnes and km are measures: optional counts, **their changes optional** (as 02's m/㎡); '35만 1,200명으로 … 2016년(31만 "
           "2,000명)보다 3만 9,200명 늘었다' a gold count change with delta (counts optional, '10년 전' and '같은 기간' optional); '78%에서 94%로' "
           "and '42%에서 2030년 25%로' %-level changes without unit; '지난달 말 기준' gold 2026-08; '지난해 말' gold 2025-12; '내년 상반기' "
           "2027-01..06, '2029년 하반기' 2029-07..12; '내년 1월부터' open-ended from 2027-01; 't당', '4인 가구', '하루' optional; '620원에서 "
           "710원으로 14.5% 올린다' endpoint change gold, its %-change optional. Organisations: 아산시, 기후에너지환경부 (이하 기후부); the "
           "plant 온양처리장 optional."),
)


# ---------------------------------------------------------------------------
# 05 부산 대학 입학정원 감축, wire story page dump (뉴스1-like lead, caption, ▶ lines), 2026-11-03
# ---------------------------------------------------------------------------
A05 = [
    ("부산지역 대학들이 2027학년도 입학정원을 올해보다 1,940명 줄인다. 학령인구 감소로 신입생을 채우지 못하는 대학이 늘자 정원을 먼저 줄이는 쪽을 택한 것이다.", [
        p("2027학년도", *Y27), p("2027학년도", "2027-03", "2028-02", opt=True), p("올해", *Y26),
        c("1,940명", 1940, "명", opt=True), ch("올해보다 1,940명 줄인다", delta=-1940, unit="명"),
    ]),
    ("3일 부산시와 부산대학교육협의회에 따르면 부산지역 4년제 대학 15곳과 전문대 9곳의 2027학년도 모집인원은 4만 1,260명으로 올해(4만 3,200명)보다 4.5% 줄었다.", [
        p("3일", "2026-11-03", "2026-11-03"), c("4년제", 4, "년", opt=True), c("15곳", 15, "곳"), c("9곳", 9, "곳"),
        p("2027학년도", *Y27), p("2027학년도", "2027-03", "2028-02", opt=True),
        c("4만 1,260명", 4 * MAN + 1260, "명", opt=True), p("올해", *Y26), c("4만 3,200명", 4 * MAN + 3200, "명", opt=True),
        ch("4만 1,260명으로 올해(4만 3,200명)보다 4.5% 줄었다", before=4 * MAN + 3200, after=4 * MAN + 1260, unit="명"),
        pc("4.5%", 4.5), ch("4.5% 줄었다", delta=-4.5, unit="%", opt=True),
    ]),
    ("이는 2017학년도 이후 10년 만의 최대 감축 폭이다. 정원 감축은 신입생 충원율이 낮은 인문·사회계열과 전문대 학과에 집중됐다.", [
        p("2017학년도 이후", "2017", None), p("2017학년도", "2017", "2017", opt=True), p("10년 만", None, None, opt=True), c("10년", 10, "년", opt=True),
    ]),
    ("부산지역 대학의 올해 신입생 충원율은 91.2%로 전국 평균(96.8%)보다 5.6%포인트 낮았다. 미충원 인원은 3,810명으로 5년 전보다 2배 넘게 늘었다.", [
        p("올해", *Y26), pc("91.2%", 91.2), pc("96.8%", 96.8), pc("5.6%포인트", 5.6),
        ch("91.2%로 전국 평균(96.8%)보다 5.6%포인트 낮았다", before=96.8, after=91.2, delta=-5.6, opt=True),
        ch("5.6%포인트 낮았다", delta=-5.6, unit="%p", opt=True),
        c("3,810명", 3810, "명", opt=True), ch("3,810명으로", after=3810, unit="명"), p("5년 전", None, None, opt=True), p("5년 전", "2021", "2021", opt=True),
        *mult("2배", 2),
    ]),
    ("교육부는 정원을 줄이는 지방대에 내년 1,200억원을 지원한다. 학생 1명을 줄일 때마다 연 1,500만원꼴이다.", [
        p("내년", *Y27), m("1,200억원", 1200 * EOK), c("1명", 1, "명", opt=True), m("연 1,500만원꼴", 1500 * MAN, q="approx"),
    ]),
    ("대학별로는 부산대가 간호학과 등 보건계열 정원을 40명 늘리는 대신 인문대 정원을 120명 줄이고, 동아대와 경성대는 각각 210명, 185명을 감축한다. 통합 대학 출범을 앞둔 부경대와 한국해양대는 2028학년도까지 정원을 300명 더 줄일 계획이다.", [
        c("40명", 40, "명", opt=True), ch("40명 늘리는", delta=40, unit="명"), c("120명", 120, "명", opt=True), ch("120명 줄이고", delta=-120, unit="명"),
        c("210명", 210, "명", opt=True), c("185명", 185, "명", opt=True),
        ch("각각 210명, 185명을 감축한다", delta=-210, unit="명"), ch("185명을 감축한다", delta=-185, unit="명"),
        p("2028학년도까지", None, "2028"), c("300명", 300, "명", opt=True), ch("300명 더 줄일", delta=-300, unit="명"),
    ]),
    ("부산대학교육협의회 관계자는 \"2030년 부산 고교 졸업생은 2만 1,000명 수준까지 줄어든다\"며 \"대학 간 통폐합 논의도 빨라질 것\"이라고 말했다.", [
        p("2030년", "2030", "2030"), c("2만 1,000명", 2 * MAN + 1000, "명", opt=True), c("2만 1,000명", 2 * MAN + 1000, "명", q="approx", opt=True),
        ch("2만 1,000명 수준까지 줄어든다", after=2 * MAN + 1000, unit="명"),
    ]),
]
ORG05 = [
    o("부산시"), o("부산대학교육협의회"), o("교육부"), o("부산대"), o("동아대"), o("경성대"), o("부경대"), o("한국해양대"),
]


def page05(paras, title):
    lead = "(부산=뉴스온) 정하은 기자 = "
    return ("뉴스온 NEWSON\n전체 | 정치 | 경제 | 사회 | 전국 | 국제 | 오피니언 | 포토\n\n전국 > 부산·경남\n\n" + title + "\n\n"
            "정하은 기자  |  입력 2026.11.03 14:21  |  수정 2026.11.03 15:08\n글자크기  공유  북마크\n\n"
            + lead + paras[0] + "\n\n" + "\n\n".join(paras[1:4])
            + "\n\n부산대학교 정문 전경. (부산대 제공) ⓒ 뉴스온 DB\n\n"
            + "\n\n".join(paras[4:])
            + "\n\nhe.jung@newson.kr\n\n▶ 제보는 뉴스온 카카오톡 okjebo\n▶ 뉴스온 네이버에서 구독하기\n"
            "© 뉴스온(newson.kr), 무단 전재 및 재배포, AI 학습 이용 금지\n\n"
            "이 시각 많이 본 뉴스\n1. 부산 해운대 불꽃축제 120만 명 몰려\n2. 경남 조선 3사 수주 3분기 누적 180억 달러\n3. 동남권 신공항 부지 공사 2단계 착공\n\n"
            "관련 기사\n- 지방 국립대 10곳, 2027학년도 의대 정원 동결 (2026.10.28)\n- 부산 초등학교 입학생 첫 2만 명 붕괴 (2026.03.04)\n\n"
            "회사소개 | 기사제보 | 광고문의 | 개인정보처리방침 | 청소년보호정책\n(주)뉴스온 서울 종로구 율곡로 33 · 대표전화 02-2077-0000\n")


article(
    name="05_busan_university_quota_wire_lead_caption_dump", ext="txt", published="2026-11-03",
    title="부산 대학 내년 입학정원 1,940명 줄인다…10년 만의 최대 감축",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["뉴스온 NEWSON", "전국 > 부산·경남", "정하은 기자", "수정 2026.11.03", "글자크기", "(부산=뉴스온)", "정문 전경", "ⓒ 뉴스온 DB",
               "he.jung@newson.kr", "▶ 제보", "okjebo", "구독하기", "AI 학습 이용 금지", "많이 본 뉴스", "120만 명", "180억 달러", "2단계 착공",
               "관련 기사", "의대 정원 동결", "2만 명 붕괴", "광고문의", "율곡로 33", "02-2077-0000"],
    notes=("A wire-story page dump (뉴스온, invented; 뉴스1-like): site name and menu, section path, title, '정하은 기자 | 입력 2026.11.03 14:21 | "
           "수정 …', tools; **the first paragraph opens with the dateline '(부산=뉴스온) 정하은 기자 = '** (byline: furniture, the paragraph "
           "starts after '= '); a photo caption '… (부산대 제공) ⓒ 뉴스온 DB' between paragraphs; e-mail, '▶ 제보' and '▶ 구독' lines, "
           "copyright, 많이 본 뉴스 (figures), 관련 기사 (figures, dates), footer. published: the 입력 stamp. Conventions: '2027학년도' gold "
           "2027 (March-to-February reading optional); '2028학년도까지' gold open start to 2028; '2017학년도 이후' open-ended from 2017 (a date "
           "directly before 이후); '올해보다 1,940명 줄인다' gold delta change (count optional); '4만 1,260명으로 올해(4만 3,200명)보다 4.5% "
           "줄었다' endpoint change gold (counts and the rate's %-change optional); '91.2%로 전국 평균(96.8%)보다 5.6%포인트 낮았다' is a gap "
           "between two populations, not a move: its change readings optional (percentages gold); '3,810명으로 5년 전보다 2배 넘게 늘었다' gold "
           "{after} change (count, '5년 전', '2배' optional); '40명 늘리는', '120명 줄이고', '각각 210명, 185명을 감축', '300명 더 줄일' gold delta "
           "changes (counts optional); '학생 1명을 줄일 때마다' a per-unit base (optional); '연 1,500만원꼴' approx money; '2만 1,000명 수준까지 "
           "줄어든다' gold {after} (count optional); '4년제' optional; '15곳', '9곳' gold. Organisations: 부산시, 부산대학교육협의회, 교육부 and "
           "the universities as written (부산대, 동아대, 경성대, 부경대, 한국해양대)."),
)


# ---------------------------------------------------------------------------
# 06 원주시 시내버스 준공영제, 지자체 보도자료 (text), 2026-12-09
# ---------------------------------------------------------------------------
A06 = [
    ("- 연간 재정지원금 186억원→264억원, 노선 112개→98개로 개편", [
        p("연간", None, None, opt=True), m("186억원", 186 * EOK), m("264억원", 264 * EOK),
        ch("186억원→264억원", before=186 * EOK, after=264 * EOK, unit="KRW"),
        c("112개", 112, "개", opt=True), c("98개", 98, "개", opt=True), ch("112개→98개", before=112, after=98, unit="개"),
    ]),
    ("- 배차간격 평균 25분→18분 단축, 저상버스 비율 2030년까지 70%로", [
        measure("25분", 25, "분"), measure("18분", 18, "분"), ch("25분→18분", before=25, after=18, unit="분", opt=True),
        p("2030년까지", None, "2030"), pc("70%", 70), ch("70%로", after=70),
    ]),
    ("□ 원주시는 시내버스의 공공성을 높이고 서비스를 개선하기 위해 2027년 7월 1일부터 시내버스 준공영제를 전면 시행한다고 9일 밝혔다.", [
        p("2027년 7월 1일부터", "2027-07-01", None), p("9일", "2026-12-09", "2026-12-09"),
    ]),
    ("□ 준공영제는 시가 버스회사의 운송수입금을 공동 관리하고, 표준운송원가에 못 미치는 부족분을 재정으로 메워 주는 제도다. 시는 지난 3월부터 9개월간 원주시 버스정책위원회, 운수업체 3개사, 노동조합 등과 협의해 왔다.", [
        p("지난 3월부터", "2026-03", None), p("지난 3월부터 9개월간", "2026-03", "2026-11", opt=True), p("9개월간", None, None, opt=True),
        c("9개월", 9, "개월", opt=True), c("3개사", 3, "개사"),
    ]),
    ("○ 원주 시내버스는 현재 112개 노선에 176대가 운행 중이며, 하루 평균 이용객은 4만 2,000명으로 2019년(5만 6,000명)보다 25% 줄었다.", [
        p("현재", None, None, opt=True), c("112개", 112, "개"), c("176대", 176, "대"), p("하루", None, None, opt=True),
        c("4만 2,000명", 4 * MAN + 2000, "명", opt=True), p("2019년", "2019", "2019"), c("5만 6,000명", 5 * MAN + 6000, "명", opt=True),
        ch("4만 2,000명으로 2019년(5만 6,000명)보다 25% 줄었다", before=5 * MAN + 6000, after=4 * MAN + 2000, unit="명"),
        pc("25%", 25), ch("25% 줄었다", delta=-25, unit="%", opt=True),
    ]),
    ("○ 운수업체 적자를 메우기 위한 시의 재정지원금은 2020년 98억원에서 올해 186억원으로 5년 새 두 배 가까이 늘었지만, 노선 적자와 서비스 불만은 해소되지 않았다.", [
        p("2020년", "2020", "2020"), m("98억원", 98 * EOK), p("올해", *Y26), m("186억원", 186 * EOK),
        ch("2020년 98억원에서 올해 186억원으로", before=98 * EOK, after=186 * EOK, unit="KRW"), p("5년 새", None, None, opt=True), *mult("두 배", 2),
    ]),
    ("□ 준공영제가 온전히 시행되는 2028년 재정지원금은 연간 264억원으로 올해보다 78억원(41.9%) 늘어날 것으로 추산된다.", [
        p("2028년", "2028", "2028"), p("연간", None, None, opt=True), m("264억원", 264 * EOK), p("올해", *Y26), m("78억원", 78 * EOK), pc("41.9%", 41.9),
        ch("264억원으로 올해보다 78억원(41.9%) 늘어날", after=264 * EOK, delta=78 * EOK, unit="KRW"),
        ch("264억원으로 올해보다 78억원(41.9%) 늘어날", before=186 * EOK, after=264 * EOK, delta=78 * EOK, unit="KRW", opt=True),
        ch("78억원(41.9%) 늘어날", delta=78 * EOK, unit="KRW", opt=True), ch("78억원(41.9%) 늘어날", delta=41.9, unit="%", opt=True),
    ]),
    ("○ 시는 노선을 112개에서 98개로 줄이는 대신 굴곡·중복 노선을 곧게 펴고, 도심 간선버스 배차간격을 평균 25분에서 18분으로 줄인다. 또 버스 24대를 증차해 200대로 늘린다.", [
        c("112개", 112, "개", opt=True), c("98개", 98, "개", opt=True), ch("112개에서 98개로 줄이는", before=112, after=98, unit="개"),
        measure("25분", 25, "분"), measure("18분", 18, "분"), ch("25분에서 18분으로 줄인다", before=25, after=18, unit="분", opt=True),
        c("24대", 24, "대", opt=True), c("200대", 200, "대", opt=True), ch("24대를 증차해 200대로 늘린다", after=200, delta=24, unit="대"),
        ch("24대를 증차해 200대로 늘린다", before=176, after=200, delta=24, unit="대", opt=True),
        ch("24대를 증차", delta=24, unit="대", opt=True), ch("200대로 늘린다", after=200, unit="대", opt=True),
    ]),
    ("○ 저상버스는 현재 38대(21.6%)에서 2030년까지 140대로 늘려 비율을 70%까지 높인다. 운수종사자 처우 개선을 위해 월평균 임금을 2028년까지 410만원으로 올리고, 운전원도 60명 더 채용한다.", [
        p("현재", None, None, opt=True), c("38대", 38, "대", opt=True), pc("21.6%", 21.6), p("2030년까지", None, "2030"), c("140대", 140, "대", opt=True),
        ch("38대(21.6%)에서 2030년까지 140대로 늘려", before=38, after=140, unit="대"),
        pc("70%", 70), ch("(21.6%)에서 ... 비율을 70%까지 높인다", before=21.6, after=70), ch("70%까지 높인다", after=70, opt=True),
        p("월평균", None, None, opt=True), p("2028년까지", None, "2028"), m("410만원", 410 * MAN), ch("410만원으로 올리고", after=410 * MAN, unit="KRW"),
        c("60명", 60, "명", opt=True), ch("60명 더 채용한다", delta=60, unit="명"),
    ]),
    ("□ 시는 내년 상반기 중 표준운송원가 산정 용역(사업비 2억 5,000만원)을 마치고 운수업체들과 협약을 맺을 예정이다. 원주시 관계자는 “준공영제로 시민 누구나 기다리지 않고 버스를 탈 수 있도록 하겠다”고 말했다.", [
        p("내년 상반기 중", "2027-01", "2027-06"), m("2억 5,000만원", 2 * EOK + 5000 * MAN),
    ]),
]
ORG06 = [o("원주시"), o("원주시 버스정책위원회", ["버스정책위원회"]), o("노동조합", opt=True)]


def page06(paras, title):
    head = """더 큰 원주, 함께 여는 미래
원 주 시                                              보 도 자 료
                                                   Wonju City Press Release

제공일 : 2026. 12. 9.(수)               보도일 : 즉시 보도
담당부서 : 교통행정과 버스정책팀
  과  장  홍성민 (033-737-2811)
  팀  장  육서진 (033-737-2816)
  주무관  곽도영 (033-737-2819)
사진 : 있음(2매)   분량 : 3쪽

"""
    tail = """

【붙임】 시내버스 준공영제 주요 내용
 구    분            현  행(2026년)          준공영제(2028년)
 재정지원금          186억원                 264억원
 노  선              112개                   98개
 운행 대수           176대                   200대
 저상버스            38대                    105대 (2030년 140대)

※ 사진 설명 : 원주시 버스정책위원회 제4차 회의(11. 25.) 모습
이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 교통행정과 버스정책팀 육서진 팀장(☎ 033-737-2816)에게 연락주시기 바랍니다.
"""
    return head + title + "\n" + "\n".join(paras[:2]) + "\n\n" + "\n\n".join(paras[2:]) + tail


article(
    name="06_wonju_bus_semi_public_city_release_attached_table", ext="txt", published="2026-12-09",
    title="원주시, 2027년 7월 시내버스 준공영제 전면 도입",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["더 큰 원주, 함께 여는 미래", "Wonju City Press Release", "제공일", "즉시 보도", "홍성민", "033-737-2811", "사진 : 있음", "분량 : 3쪽",
               "【붙임】", "현  행(2026년)", "105대", "2030년 140대", "사진 설명", "제4차 회의(11. 25.)", "취재를 원하시면", "육서진 팀장"],
    notes=("A 지자체 보도자료 (원주시, plain text): slogan, '원 주 시 … 보 도 자 료 / Wonju City Press Release', **'제공일 : 2026. 12. 9.(수)   "
           "보도일 : 즉시 보도'**, 담당부서 with three phone lines, 사진/분량 line, title, two '- ' deck lines (body, figures scored), □/○ "
           "paragraphs, a '【붙임】' table (figures; furniture), a photo note with a date '(11. 25.)', and a contact line. published: the "
           "제공일. Conventions: deck '186억원→264억원' and '112개→98개' gold endpoint changes; '저상버스 비율 2030년까지 70%로' a gold "
           "%-level {after: 70} (no unit); waiting times '25분→18분' durations: optional (blind5/blind10); '2027년 7월 1일부터' open-ended "
           "from 2027-07-01; '지난 3월부터 9개월간 … 협의해 왔다' gold open-ended from 2026-03 (the bounded and duration readings optional); "
           "'3개사' gold count (unit 개사); '4만 2,000명으로 2019년(5만 6,000명)보다 25% 줄었다' endpoint change gold, %-change optional; "
           "'2020년 98억원에서 올해 186억원으로 … 두 배 가까이' endpoint change gold, '두 배' optional; '264억원으로 올해보다 78억원(41.9%) "
           "늘어날' a gold {after, delta} change (the before-reading 186억, delta-only and the bracketed rate's %-change optional); "
           "'24대를 증차해 200대로 늘린다' one gold change {after, delta}; '38대(21.6%)에서 2030년까지 140대로' gold count change and "
           "'(21.6%)에서 … 70%까지 높인다' a gold %-level change {before 21.6, after 70}; '410만원으로 올리고' gold {after}; '60명 더' gold delta; "
           "'내년 상반기 중' 2027-01..06. Organisations: 원주시, 원주시 버스정책위원회; 노동조합 (generic) optional."),
)


if __name__ == "__main__":
    main(HERE)
