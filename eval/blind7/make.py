#!/usr/bin/env python3
"""The eval/blind7 articles and their gold, each written once as a list of paragraphs with
the gold items they hold; eval/goldkit.py builds the pages and gold json and checks them.
Run from anywhere: python eval/blind7/make.py
"""
import pathlib
import sys
import html

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import *  # noqa: E402,F403  m p c ch pc o base esc article JO EOK MAN


# ---------------------------------------------------------------------------
# 01 2027년도 예산안, Daum-news-like HTML, 2026-08-26
# ---------------------------------------------------------------------------
A01 = [
    ("정부가 내년 예산을 올해보다 4.3% 늘어난 759조 4,000억원으로 편성했다. 2년 연속 확장 재정 기조를 이어가되, 증가율은 올해(8.1%)의 절반 수준으로 낮췄다.", [
        p("내년", "2027", "2027"), p("올해보다", "2026", "2026"), pc("4.3%", 4.3), m("759조 4,000억원", 759 * JO + 4000 * EOK),
        ch("올해보다 4.3% 늘어난 759조 4,000억원", delta=4.3, unit="%"),
        p("2년 연속", None, None, opt=True), c("2년", 2, "년", opt=True),
        p("올해(8.1%)", "2026", "2026"), pc("8.1%", 8.1),
        ch("4.3% ... 증가율은 올해(8.1%)의 절반 수준으로 낮췄다", before=8.1, after=4.3),
        ch("증가율은 올해(8.1%)의 절반 수준으로 낮췄다", before=8.1, opt=True),
        ch("절반 수준으로", after=4.3, opt=True), pc("절반", 50, opt=True),
    ]),
    ("재정경제부와 기획예산처(이하 예산처)는 25일 국무회의에서 이 같은 내용의 ‘2027년도 예산안’과 ‘2026~2030년 국가재정운용계획’을 의결했다고 밝혔다. 정부는 예산안을 다음 달 1일 국회에 제출한다.", [
        p("25일", "2026-08-25", "2026-08-25"),
        p("2027년도", "2027", "2027", opt=True), p("2026~2030년", "2026", "2030", opt=True),
        p("다음 달 1일", "2026-09-01", "2026-09-01"),
    ]),
    ("총수입은 702조 6,000억원으로 올해 본예산보다 5.8% 늘어날 것으로 전망됐다. 법인세 수입이 반도체 업황 회복에 힘입어 88조 원으로 17조 4천억 원(24.6%) 증가하는 영향이 크다. 반면 부가가치세는 82조 1,000억원으로 1.2% 감소할 전망이다.", [
        m("702조 6,000억원", 702 * JO + 6000 * EOK), p("올해", "2026", "2026"), pc("5.8%", 5.8),
        ch("올해 본예산보다 5.8% 늘어날", delta=5.8, unit="%"),
        m("88조 원", 88 * JO), m("17조 4천억 원", 17 * JO + 4000 * EOK), pc("24.6%", 24.6),
        ch("88조 원으로 17조 4천억 원(24.6%) 증가", after=88 * JO, delta=17 * JO + 4000 * EOK, unit="KRW"),
        ch("(24.6%) 증가", delta=24.6, unit="%", opt=True), ch("17조 4천억 원(24.6%) 증가", delta=17 * JO + 4000 * EOK, unit="KRW", opt=True),
        m("82조 1,000억원", 82 * JO + 1000 * EOK), pc("1.2%", 1.2), ch("1.2% 감소할", delta=-1.2, unit="%"),
    ]),
    ("◆국가채무 1,400조원 첫 돌파…GDP 대비 51.6%", [
        m("1,400조원", 1400 * JO, q="at_least"), pc("51.6%", 51.6), ch("1,400조원 첫 돌파", after=1400 * JO, unit="KRW", opt=True),
    ]),
    ("내년 관리재정수지 적자는 109조 8,000억원으로 국내총생산(GDP) 대비 3.6% 수준이다. 올해(4.0%)보다는 0.4%포인트 낮아지지만 정부가 재정준칙 상한으로 제시한 3%를 3년째 웃돈다.", [
        p("내년", "2027", "2027"), m("109조 8,000억원", 109 * JO + 8000 * EOK), pc("3.6%", 3.6),
        p("올해(4.0%)", "2026", "2026"), pc("4.0%", 4.0), pc("0.4%포인트", 0.4),
        ch("3.6% 수준이다. 올해(4.0%)보다는 0.4%포인트 낮아지지만", before=4.0, after=3.6, delta=-0.4),
        ch("올해(4.0%)보다는 0.4%포인트 낮아지지만", before=4.0, delta=-0.4, opt=True),
        pc("3%", 3), p("3년째", None, None, opt=True), c("3년째", 3, "년", opt=True),
    ]),
    ("국가채무는 1,415조 2,000억원으로 올해 말 전망치(1,301조 9,000억원)보다 113조 3,000억원 불어난다. GDP 대비 국가채무 비율은 올해 49.1%에서 51.6%로 2.5%포인트 높아져 처음 50%를 넘어선다. 국민 1인당 나랏빚은 2,760만원꼴이다.", [
        m("1,415조 2,000억원", 1415 * JO + 2000 * EOK), p("올해 말", "2026-12", "2026-12"), p("올해 말", "2026-12-31", "2026-12-31", opt=True),
        m("1,301조 9,000억원", 1301 * JO + 9000 * EOK), m("113조 3,000억원", 113 * JO + 3000 * EOK),
        ch("1,415조 2,000억원으로 올해 말 전망치(1,301조 9,000억원)보다 113조 3,000억원 불어난다",
           before=1301 * JO + 9000 * EOK, after=1415 * JO + 2000 * EOK, delta=113 * JO + 3000 * EOK, unit="KRW"),
        p("올해", "2026", "2026"), pc("49.1%", 49.1), pc("51.6%", 51.6), pc("2.5%포인트", 2.5),
        ch("올해 49.1%에서 51.6%로 2.5%포인트 높아져", before=49.1, after=51.6, delta=2.5),
        pc("50%", 50), ch("처음 50%를 넘어선다", after=50, opt=True), ch("처음 50%를 넘어선다", before=49.1, after=51.6, opt=True),
        c("1인당", 1, "인", opt=True), m("2,760만원꼴", 2760 * MAN, q="approx"),
    ]),
    ("분야별로는 ▷보건·복지·고용 268조 4천억원(+6.1%) ▷교육 104.7조원(+3.3%) ▷국방 66.3조원(+7.2%) ▷연구개발(R&D) 35조 3천억원(+4.9%) ▷사회간접자본(SOC) 26.1조원(△2.1%) 등이다.", [
        m("268조 4천억원", 268 * JO + 4000 * EOK), pc("+6.1%", 6.1), ch("(+6.1%)", delta=6.1, unit="%"),
        m("104.7조원", 104 * JO + 7000 * EOK), pc("+3.3%", 3.3), ch("(+3.3%)", delta=3.3, unit="%"),
        m("66.3조원", 66 * JO + 3000 * EOK), pc("+7.2%", 7.2), ch("(+7.2%)", delta=7.2, unit="%"),
        m("35조 3천억원", 35 * JO + 3000 * EOK), pc("+4.9%", 4.9), ch("(+4.9%)", delta=4.9, unit="%"),
        m("26.1조원", 26 * JO + 1000 * EOK), pc("△2.1%", -2.1), ch("(△2.1%)", delta=-2.1, unit="%"),
        pc("△2.1%", 2.1, opt=True),
    ]),
    ("복지 분야에서는 기초연금이 월 최대 34만 2,510원에서 35만 6,000원으로 오르고, 아동수당 지급 대상은 만 8세 미만에서 만 9세 미만으로 넓어진다. 생계급여 선정 기준은 기준중위소득의 32%에서 33%로 1%포인트 상향된다.", [
        m("월 최대 34만 2,510원", 34 * MAN + 2510, q="at_most"), m("35만 6,000원", 35 * MAN + 6000),
        ch("월 최대 34만 2,510원에서 35만 6,000원으로 오르고", before=34 * MAN + 2510, after=35 * MAN + 6000, unit="KRW"),
        c("만 8세 미만", 8, "세", q="at_most", opt=True), c("만 9세 미만", 9, "세", q="at_most", opt=True),
        ch("만 8세 미만에서 만 9세 미만으로", before=8, after=9, unit="세", opt=True),
        pc("32%", 32), pc("33%", 33), pc("1%포인트", 1), ch("32%에서 33%로 1%포인트 상향된다", before=32, after=33, delta=1),
    ]),
    ("R&D 예산은 35조 3천억원으로 역대 최대 규모다. 이 가운데 인공지능(AI) 분야에는 4조 1,500억원이 배정돼 올해(2조 7,000억원)의 1.5배 수준으로 커진다.", [
        m("35조 3천억원", 35 * JO + 3000 * EOK), m("4조 1,500억원", 4 * JO + 1500 * EOK), p("올해(2조 7,000억원)", "2026", "2026"),
        m("2조 7,000억원", 2 * JO + 7000 * EOK),
        ch("4조 1,500억원이 배정돼 올해(2조 7,000억원)의 1.5배 수준으로 커진다", before=2 * JO + 7000 * EOK, after=4 * JO + 1500 * EOK, unit="KRW"),
        ch("1.5배 수준으로", after=1.5, unit="배", opt=True),
    ]),
    ("지출 구조조정 규모는 27조원으로 3년 연속 20조원대를 유지했다. 예산처는 성과가 낮은 사업 1,100여 개를 폐지하거나 감액했다고 설명했다.", [
        m("27조원", 27 * JO), p("3년 연속", None, None, opt=True), c("3년", 3, "년", opt=True), m("20조원대", 20 * JO, q="at_least", opt=True),
        m("20조원대", 20 * JO, opt=True), c("1,100여 개", 1100, "개", q="approx"),
    ]),
    ("중기 재정 전망도 내놨다. 정부는 2030년까지 총지출을 연평균 4.0%씩 늘려 2030년 총지출이 882조원에 이를 것으로 봤다. 같은 기간 국가채무비율은 58%대까지 오를 것으로 예상돼 재정 건전성 우려가 커질 전망이다.", [
        p("2030년까지", None, "2030"), pc("4.0%", 4.0), ch("연평균 4.0%씩 늘려", delta=4.0, unit="%", opt=True),
        p("2030년", "2030", "2030"), m("882조원", 882 * JO), ch("882조원에 이를", after=882 * JO, unit="KRW", opt=True),
        p("같은 기간", None, None, opt=True), p("같은 기간", "2026", "2030", opt=True), p("같은 기간", "2027", "2030", opt=True),
        pc("58%대", 58, opt=True), ch("58%대까지 오를", after=58, opt=True),
    ]),
    ("국회예산정책처는 최근 보고서에서 “세수 여건을 감안하면 2028~2029년 관리재정수지 적자가 GDP 대비 3% 중반에서 고착될 수 있다”고 지적했다. 한국개발연구원(KDI)도 성장률이 1%대 후반에 머물 경우 채무비율이 2030년 60%를 넘을 수 있다고 경고했다.", [
        p("최근", None, None, opt=True), p("2028~2029년", "2028", "2029"), pc("3% 중반", 3, opt=True), pc("1%대 후반", 1, opt=True),
        p("2030년", "2030", "2030"), pc("60%", 60), ch("60%를 넘을 수", after=60, opt=True),
    ]),
    ("김도현 기획예산처 장관은 “내년은 잠재성장률을 끌어올리는 데 재정의 역할이 어느 때보다 중요한 시기”라며 “비효율 지출은 과감히 줄이고, 국회가 법정 시한인 12월 2일까지 예산안을 처리해 줄 것을 요청드린다”고 말했다.", [
        p("내년", "2027", "2027"), p("12월 2일까지", None, "2026-12-02"), p("12월 2일", "2026-12-02", "2026-12-02", opt=True),
    ]),
]
ORG01 = [
    o("재정경제부"), o("기획예산처", ["예산처"]), o("국회"), o("국회예산정책처"), o("한국개발연구원", ["KDI"]),
    o("국무회의", opt=True), o("정부", opt=True),
]


def page01(paras, title):
    def sec(i, s):
        if s.startswith("◆"):
            return f'<h3 dmcf-pid="P{i}" dmcf-ptype="h3">{esc(s)}</h3>'
        return f'<p dmcf-pid="P{i}" dmcf-ptype="general">{esc(s)}</p>'
    fig = ('<figure class="figure_frm origin_fig" dmcf-pid="F1" dmcf-ptype="figure"><p class="link_figure"><img class="thumb_g_article" '
           'src="https://img1.daumcdn.net/thumb/R658x0.q70/?fname=https%3A%2F%2Ft1.daumcdn.net%2Fnews%2F202608%2F26%2Fhankil%2F20260826093112.jpg" '
           'alt="" dmcf-mid="Qx7Lm2Kp" dmcf-mtype="image"></p><figcaption class="txt_caption default_figure">김도현 기획예산처 장관이 25일 정부서울청사에서 '
           '2027년도 예산안 주요 내용을 설명하고 있다. [사진 제공=기획예산처]</figcaption></figure>')
    parts = [sec(i, s) for i, s in enumerate(paras, 1)]
    parts.insert(2, fig)
    body = "\n      ".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ko" class="os_other">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Daum 뉴스</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="다음뉴스">
<meta property="og:article:author" content="한길경제">
<meta name="description" content="정부가 내년 예산을 759조원대로 편성했다.">
<link rel="stylesheet" href="//t1.daumcdn.net/news/pc/css/news_v2.css">
</head>
<body>
<div id="kakaoIndex"><a href="#kakaoBody">본문 바로가기</a></div>
<div id="kakaoWrap" class="container-doc">
  <header id="kakaoHead" class="doc-header">
    <h1 class="doc-title"><a href="https://www.daum.net/" class="link_daum">Daum</a><a href="https://news.daum.net/" class="link_news">뉴스</a></h1>
    <nav class="gnb_comm"><ul>
      <li><a href="/">홈</a></li><li><a href="/climate">기후/환경</a></li><li><a href="/society">사회</a></li><li><a href="/economy">경제</a></li>
      <li><a href="/politics">정치</a></li><li><a href="/foreign">국제</a></li><li><a href="/culture">문화</a></li><li><a href="/digital">IT</a></li><li><a href="/ranking">랭킹</a></li>
    </ul></nav>
  </header>
  <main id="kakaoContent" class="doc-main">
    <div class="main-content">
      <div class="head_view">
        <em class="info_cp"><a href="#" class="link_cp"><img src="//t1.daumcdn.net/media/img/news/2020/logo/hankil.png" class="thumb_g" alt="한길경제"></a></em>
        <h3 class="tit_view" data-translation="true">{esc(title)}</h3>
        <div class="info_view">
          <span class="txt_info">정하윤 기자</span>
          <span class="txt_info">입력 <span class="num_date">2026. 8. 26. 09:31</span></span>
          <span class="txt_info">수정 <span class="num_date">2026. 8. 26. 11:05</span></span>
        </div>
        <div class="util_view"><button class="btn_util btn_summary">요약보기</button> <button class="btn_util btn_tts">음성으로 듣기</button> <button class="btn_util btn_translate">번역 설정</button> <button class="btn_util btn_font">글씨크기 조절하기</button> <button class="btn_util btn_print">인쇄하기</button></div>
        <div class="layer_summary" style="display:none"><strong class="tit_layer">AI 요약</strong><ul class="list_summary"><li>정부가 759.4조원 규모의 내년 예산안을 편성했습니다.</li><li>국가채무비율이 처음으로 50%를 웃돌게 됩니다.</li></ul><p class="desc_summary">자동 요약 기술로 생성된 요약문입니다.</p></div>
      </div>
      <div class="news_view fs_type1">
        <div class="article_view" data-translation-body="true" data-tiara-layer="article_body">
          <section dmcf-sid="Jk2Rw8NvXa">
      {body}
          </section>
        </div>
        <p class="txt_copyright">Copyright © 한길경제. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지.</p>
      </div>
      <div class="foot_view">
        <div class="emotion_wrap"><span class="emotion_txt">추천해요 41</span> <span class="emotion_txt">좋아요 12</span> <span class="emotion_txt">감동이에요 2</span> <span class="emotion_txt">화나요 57</span> <span class="emotion_txt">슬퍼요 6</span></div>
        <div class="cmt_count">댓글 <span class="num_count">318</span></div>
      </div>
      <div class="box_news">
        <h4 class="tit_box">한길경제 주요 뉴스</h4>
        <ul>
          <li><a href="#">서울 아파트 평균 매매가 14억 돌파…1년 새 9% 올라</a></li>
          <li><a href="#">8월 수출 612억 달러, 반도체가 절반 견인</a></li>
        </ul>
      </div>
    </div>
    <aside class="aside_g">
      <div class="box_rank">
        <h4 class="tit_rank">많이 본 뉴스</h4>
        <ol>
          <li><a href="#">코스피 3,500선 회복…외국인 1조 순매수</a></li>
          <li><a href="#">주담대 금리 연 4%대로…8개월 만에 상승</a></li>
          <li><a href="#">'청년도약계좌' 가입 250만 명 넘어</a></li>
        </ol>
      </div>
    </aside>
  </main>
  <footer class="doc-footer"><small>© Kakao Corp.</small> <a href="#">서비스 약관</a> <a href="#">개인정보처리방침</a> <a href="#">청소년보호정책</a></footer>
</div>
</body>
</html>
"""


article(
    name="01_budget_2027_daum_html", ext="html", published="2026-08-26",
    title="내년 예산 759조 4000억…국가채무비율 첫 50% 돌파",
    paras=A01, orgs=ORG01, page=page01,
    forbidden=["Daum", "기후/환경", "요약보기", "AI 요약", "759.4조원", "자동 요약", "정부서울청사에서", "사진 제공=기획예산처", "Copyright ©",
               "추천해요", "화나요 57", "댓글", "한길경제 주요 뉴스", "14억 돌파", "612억 달러", "많이 본 뉴스", "코스피 3,500선", "연 4%대로",
               "250만 명", "Kakao Corp"],
    notes=("A Daum-news-like HTML page (h3.tit_view, div.info_view with span.num_date '2026. 8. 26. 09:31' for 입력 and a same-day 수정 "
           "stamp; no meta date). published: the 입력 num_date. The body is the p and h3 elements of section[dmcf-sid] inside div.article_view; "
           "the h3 '◆…' subhead inside the section is body (its figures scored). Furniture: the figure/figcaption inside the section, the hidden "
           "'AI 요약' layer, the copyright line, emotion buttons, comment count, 주요 뉴스 and 많이 본 뉴스 lists (with figures), Daum header/footer. "
           "Conventions: '올해보다 4.3% 늘어난 759조 4,000억원' a %-change (explicit base, one level); '증가율은 올해(8.1%)의 절반 수준으로 낮췄다' "
           "a %-level change 8.1 -> 4.3 (4.3 in the previous sentence, as blind6's cross-sentence endpoints); '88조 원으로 17조 4천억 원(24.6%) "
           "증가' after+delta; '올해(4.0%)보다는 0.4%포인트 낮아지지만' %-level change with after 3.6 from the previous sentence; "
           "'▷… 268조 4천억원(+6.1%)' bracketed growth rates are %-changes, '△2.1%' is the Korean minus sign (percentage -2.1, change delta -2.1); "
           "'104.7조원' = 104조 7,000억원; '2,760만원꼴' approx money; '1,400조원 첫 돌파' (subhead) at_least money, its change optional; "
           "bands ('20조원대', '58%대', '3% 중반', '1%대 후반') optional; '2027년도 예산안' and '2026~2030년 국가재정운용계획' are document names "
           "(years optional); '12월 2일까지' open start; '연평균 4.0%씩' optional change; ages (만 8세 미만) optional. 올해/내년 resolve "
           "against 2026-08-26. 김도현 장관 is a person with a title."),
)


# ---------------------------------------------------------------------------
# 02 LG디스플레이 1분기 실적, 이데일리/머니투데이-style HTML, 2026-04-24
# ---------------------------------------------------------------------------
L = 10**8  # 억
A02 = [
    ("1분기 영업익 1,240억원…4개 분기 만에 흑자전환", [
        p("1분기", "2026-01", "2026-03"), m("1,240억원", 1240 * L),
        p("4개 분기 만에", None, None, opt=True), c("4개", 4, "개", opt=True),
        ch("1,240억원…4개 분기 만에 흑자전환", after=1240 * L, unit="KRW", opt=True),
    ]),
    ("OLED 매출 비중 62% 사상 최대…순손실은 410억원으로 적자폭 축소", [
        pc("62%", 62), m("410억원", 410 * L), ch("순손실은 410억원으로 적자폭 축소", after=410 * L, unit="KRW", opt=True),
    ]),
    ("[데일리마켓 김수연 기자] LG디스플레이(034220)가 올해 1분기 4개 분기 만에 흑자로 돌아섰다. 고부가 유기발광다이오드(OLED) 패널 판매가 늘고 중국 광저우 LCD 공장 매각으로 고정비 부담이 줄어든 덕분이다.", [
        p("올해 1분기", "2026-01", "2026-03"), p("4개 분기 만에", None, None, opt=True), c("4개", 4, "개", opt=True),
    ]),
    ("LG디스플레이는 23일 연결 기준 1분기 매출이 6조 8,320억원, 영업이익이 1,240억원으로 집계됐다고 공시했다. 매출은 전년 동기보다 12.4% 늘었고, 영업이익은 지난해 1분기 영업손실 330억원에서 흑자전환했다.", [
        p("23일", "2026-04-23", "2026-04-23"), p("1분기", "2026-01", "2026-03"),
        m("6조 8,320억원", 6 * JO + 8320 * L), m("1,240억원", 1240 * L),
        p("전년 동기", "2025-01", "2025-03", opt=True), p("전년 동기", "2025", "2025", opt=True), pc("12.4%", 12.4), ch("12.4% 늘었고", delta=12.4, unit="%"),
        p("지난해 1분기", "2025-01", "2025-03"), m("330억원", 330 * L),
        ch("영업이익이 1,240억원 ... 지난해 1분기 영업손실 330억원에서 흑자전환했다", before=-330 * L, after=1240 * L, unit="KRW"),
        ch("영업손실 330억원에서 흑자전환", before=330 * L, after=1240 * L, unit="KRW", opt=True),
        ch("영업손실 330억원에서 흑자전환", before=-330 * L, unit="KRW", opt=True),
        ch("영업손실 330억원에서 흑자전환", before=330 * L, unit="KRW", opt=True),
        ch("1,240억원 ... 흑자전환했다", after=1240 * L, unit="KRW", opt=True),
    ]),
    ("시장 전망치(컨센서스)인 870억원도 43% 웃돌았다. 영업이익률은 1.8%로 전 분기(-2.6%)보다 4.4%포인트 개선됐다.", [
        m("870억원", 870 * L), pc("43%", 43),
        ch("870억원도 43% 웃돌았다", before=870 * L, after=1240 * L, unit="KRW", opt=True), ch("43% 웃돌았다", delta=43, unit="%", opt=True),
        pc("1.8%", 1.8), p("전 분기", "2025-10", "2025-12", opt=True), pc("-2.6%", -2.6), pc("4.4%포인트", 4.4),
        ch("1.8%로 전 분기(-2.6%)보다 4.4%포인트 개선됐다", before=-2.6, after=1.8, delta=4.4),
    ]),
    ("다만 순이익은 여전히 적자다. 1분기 당기순손실은 410억원으로 전년 동기(1,870억원)보다 적자 폭이 1,460억원 줄었다. 환율 상승으로 외화부채 평가손실이 불어난 탓이다.", [
        p("1분기", "2026-01", "2026-03"), m("410억원", 410 * L),
        p("전년 동기", "2025-01", "2025-03", opt=True), p("전년 동기", "2025", "2025", opt=True), m("1,870억원", 1870 * L), m("1,460억원", 1460 * L),
        ch("410억원으로 전년 동기(1,870억원)보다 적자 폭이 1,460억원 줄었다", before=1870 * L, after=410 * L, delta=-1460 * L, unit="KRW"),
        ch("410억원으로 전년 동기(1,870억원)보다 적자 폭이 1,460억원 줄었다", before=-1870 * L, after=-410 * L, delta=1460 * L, unit="KRW", opt=True),
    ]),
    ("사업별로는 OLED 매출 비중이 62%로 1년 전(51%)보다 11%포인트 높아져 분기 기준 사상 최대를 기록했다. 스마트폰용 중소형 OLED 출하량은 전 분기 대비 4% 감소했지만, 평균판매가격(ASP)은 ㎡당 1,060달러로 12% 올랐다.", [
        pc("62%", 62), p("1년 전", "2025-01", "2025-03", opt=True), p("1년 전", "2025", "2025", opt=True), pc("51%", 51), pc("11%포인트", 11),
        ch("62%로 1년 전(51%)보다 11%포인트 높아져", before=51, after=62, delta=11),
        p("전 분기", "2025-10", "2025-12", opt=True), pc("4%", 4), ch("전 분기 대비 4% 감소했지만", delta=-4, unit="%"),
        m("1,060달러", 1060, "USD"), pc("12%", 12), ch("1,060달러로 12% 올랐다", delta=12, unit="%"),
    ]),
    ("재무구조도 나아졌다. 부채비율은 지난해 말 302%에서 3월 말 268%로 34%포인트 낮아졌고, 순차입금은 같은 기간 13조 1,000억원에서 11조 6,000억원으로 1조 5,000억원 감소했다.", [
        p("지난해 말", "2025-12", "2025-12"), p("지난해 말", "2025-12-31", "2025-12-31", opt=True),
        p("3월 말", "2026-03", "2026-03"), p("3월 말", "2026-03-31", "2026-03-31", opt=True),
        pc("302%", 302), pc("268%", 268), pc("34%포인트", 34), ch("302%에서 3월 말 268%로 34%포인트 낮아졌고", before=302, after=268, delta=-34),
        p("같은 기간", None, None, opt=True), p("같은 기간", "2025-12", "2026-03", opt=True),
        m("13조 1,000억원", 13 * JO + 1000 * L), m("11조 6,000억원", 11 * JO + 6000 * L), m("1조 5,000억원", 1 * JO + 5000 * L),
        ch("13조 1,000억원에서 11조 6,000억원으로 1조 5,000억원 감소했다", before=13 * JO + 1000 * L, after=11 * JO + 6000 * L, delta=-(1 * JO + 5000 * L), unit="KRW"),
    ]),
    ("LG디스플레이는 2분기 면적 기준 출하량이 전 분기보다 한 자릿수 중반 증가하고, 판가는 소폭 하락할 것으로 내다봤다. 올해 설비투자(CAPEX)는 2조원 중반 수준에서 집행할 계획이다.", [
        p("2분기", "2026-04", "2026-06"), p("전 분기", "2026-01", "2026-03", opt=True),
        p("올해", "2026", "2026"), m("2조원 중반", 2 * JO, q="approx", opt=True), m("2조원 중반", 2 * JO + 5000 * L, q="approx", opt=True),
    ]),
    ("증권가 반응도 긍정적이다. 한 증권사 연구원은 “올해 연간 영업이익은 5,000억원을 넘어설 것”이라며 목표주가를 1만 4,000원에서 1만 6,500원으로 올렸다. LG디스플레이 주가는 전날 장 초반 5.3% 오른 1만 2,450원까지 뛰었다.", [
        p("올해", "2026", "2026"), p("연간", None, None, opt=True), m("5,000억원", 5000 * L, q="at_least"),
        ch("5,000억원을 넘어설", after=5000 * L, unit="KRW", opt=True),
        m("1만 4,000원", 14000), m("1만 6,500원", 16500), ch("1만 4,000원에서 1만 6,500원으로 올렸다", before=14000, after=16500, unit="KRW"),
        p("전날", "2026-04-23", "2026-04-23"), pc("5.3%", 5.3), ch("5.3% 오른 1만 2,450원", delta=5.3, unit="%"), m("1만 2,450원", 12450),
    ]),
    ("한편 경쟁사인 삼성디스플레이는 1분기 매출 6조 1,000억원, 영업이익 5,300억원을 거둔 것으로 업계는 추정했다. 중국 BOE의 스마트폰용 OLED 출하 점유율은 지난해 1분기 17%에서 올해 1분기 19%로 2%포인트 올랐다고 시장조사업체 옴디아는 집계했다.", [
        p("1분기", "2026-01", "2026-03"), m("6조 1,000억원", 6 * JO + 1000 * L), m("5,300억원", 5300 * L),
        p("지난해 1분기", "2025-01", "2025-03"), p("올해 1분기", "2026-01", "2026-03"),
        pc("17%", 17), pc("19%", 19), pc("2%포인트", 2), ch("지난해 1분기 17%에서 올해 1분기 19%로 2%포인트 올랐다", before=17, after=19, delta=2),
    ]),
]
ORG02 = [
    o("LG디스플레이"), o("삼성디스플레이"), o("BOE"), o("옴디아"),
    o("데일리마켓", opt=True), o("증권가", opt=True), o("업계", opt=True),
]


def page02(paras, title):
    deck = "<br>".join(esc(s) for s in paras[:2])
    ps = [f"<p>{esc(s)}</p>" for s in paras[2:]]
    photo1 = ('<table class="photo" align="center" style="width:640px"><tr><td><img src="https://image.dailymarket.co.kr/photo/2026/04/PS26042300112.jpg" '
              'alt="LG디스플레이 파주사업장"></td></tr><tr><td class="caption">경기 파주시 LG디스플레이 파주사업장 전경. LG디스플레이는 올해 OLED 라인 전환에 '
              '1조 2,000억원을 투입한다.(사진=LG디스플레이)</td></tr></table>')
    photo2 = ('<table class="photo" align="center" style="width:640px"><tr><td><img src="https://image.dailymarket.co.kr/graphic/2026/04/GR26042300031.jpg" '
              'alt="분기별 실적"></td></tr><tr><td class="caption">LG디스플레이 분기별 영업이익 추이 (단위: 억원, 자료=LG디스플레이, 그래픽=이서진 디자인기자)</td></tr></table>')
    ps.insert(1, photo1)
    ps.insert(6, photo2)
    body = "\n        ".join(ps)
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 데일리마켓</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="데일리마켓">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/css/news_view.css?v=20260401">
</head>
<body>
<div id="wrap">
  <div class="gnb_top">
    <a href="/" class="logo">데일리마켓</a>
    <ul class="gnb"><li><a href="/economy">경제</a></li><li><a href="/finance">금융</a></li><li><a href="/stock">증권</a></li><li><a href="/industry">산업</a></li><li><a href="/realestate">부동산</a></li><li><a href="/global">글로벌</a></li></ul>
    <div class="market_bar"><span>코스피 2,871.40 <em class="up">▲21.35</em></span> <span>코스닥 846.12 <em class="dn">▼3.08</em></span> <span>원/달러 1,442.50 <em class="up">▲4.70</em></span></div>
  </div>
  <div class="contents">
    <div class="left_cont">
      <div class="news_titles">
        <div class="category">산업 &gt; 전자·IT</div>
        <h1>{esc(title)}</h1>
        <h2>{deck}</h2>
      </div>
      <div class="dates">입력 2026.04.24 06:00</div>
      <div class="util"><a href="#" class="font_up">가</a> <a href="#" class="print">인쇄</a> <a href="#" class="share">공유</a></div>
      <div class="news_body" itemprop="articleBody">
        {body}
        <div class="reporter_info">김수연 기자 <a href="mailto:sykim@dailymarket.co.kr">sykim@dailymarket.co.kr</a> <a href="#">기자 구독하기</a></div>
        <p class="copyright">&lt;ⓒ종합 경제정보 미디어 데일리마켓 - 무단전재 &amp; 재배포 금지&gt;</p>
      </div>
      <div class="stock_box"><strong>LG디스플레이</strong> 12,450 <em class="up">▲630</em> <em class="up">+5.33%</em> <span>04.23 장마감</span></div>
      <div class="related_news">
        <h3>관련 뉴스</h3>
        <ul>
          <li><a href="#">LG디스플레이, 광저우 LCD 공장 매각 완료…2조 2,000억원 유입</a></li>
          <li><a href="#">삼성디스플레이, 8.6세대 IT OLED 양산 돌입</a></li>
        </ul>
      </div>
    </div>
    <div class="right_cont">
      <div class="most_read">
        <h3>많이 본 뉴스</h3>
        <ol>
          <li><a href="#">SK하이닉스 1분기 영업익 9조 8,000억…역대 최대</a></li>
          <li><a href="#">현대차, 美 관세 여파에 영업익 18% 감소</a></li>
          <li><a href="#">금값 온스당 3,300달러 돌파</a></li>
        </ol>
      </div>
    </div>
  </div>
  <div class="footer">데일리마켓 | 서울시 중구 세종대로 21길 5 | 등록번호 서울 아00412 | 발행인·편집인 오정석 | Copyright © Dailymarket All rights reserved.</div>
</div>
</body>
</html>
"""


article(
    name="02_lgdisplay_q1_earnings_dates_html", ext="html", published="2026-04-24",
    title="LG디스플레이, 1분기 영업익 1240억…OLED가 흑자 이끌었다",
    paras=A02, orgs=ORG02, page=page02,
    forbidden=["코스피 2,871.40", "원/달러 1,442.50", "산업 > 전자·IT", "파주사업장 전경", "1조 2,000억원을 투입", "사진=LG디스플레이", "분기별 영업이익 추이",
               "그래픽=이서진", "sykim@dailymarket.co.kr", "기자 구독하기", "무단전재", "12,450", "+5.33%", "장마감", "관련 뉴스", "2조 2,000억원 유입",
               "8.6세대", "많이 본 뉴스", "9조 8,000억", "3,300달러", "등록번호"],
    notes=("An 이데일리/머니투데이-style HTML page: div.news_titles with h1 and an h2 deck (two lines separated by <br>), the date only in "
           "<div class=\"dates\">입력 2026.04.24 06:00</div> (no meta date), body div.news_body > p with two <table class=\"photo\"> captions "
           "inside it (furniture), the reporter line and copyright inside div.news_body (furniture), stock box, 관련 뉴스, 많이 본 뉴스, market bar "
           "and footer (all furniture with figures). The deck lines are body. The byline prefix '[데일리마켓 김수연 기자]' opens paragraph 1 and "
           "stays in the body (blind6); the stock code '(034220)' is no figure. New decisions (README): a 흑자전환 from a loss is a change of the "
           "profit, the loss as a negative before (-330억원; the positive reading optional); a loss shrinking ('적자 폭이 1,460억원 줄었다') is a "
           "change of the loss, positive levels and a negative delta (the signed reading optional); an actual figure against the consensus "
           "('870억원도 43% 웃돌았다') is no move (change optional); '1.8%로 전 분기(-2.6%)보다 4.4%포인트 개선' a %-level change with a negative "
           "before; '전날' = 2026-04-23; '전년 동기', '전 분기', '1년 전', '같은 기간' optional; '2조원 중반' an optional band; '한 자릿수 중반' no "
           "figure; '4개 분기 만에' a duration (optional); '㎡당' a per-unit base."),
)


# ---------------------------------------------------------------------------
# 03 전라남도 보도자료 (plain text), 국제농업박람회 결과, 2026-09-16
# ---------------------------------------------------------------------------
A03 = [
    ("- 관람객 45만 2천 명 다녀가…해외 바이어와 수출계약 2,860만 달러", [
        c("45만 2천 명", 452000, "명"), m("2,860만 달러", 2860 * MAN, "USD"),
    ]),
    ("- 2028년 제7회 박람회는 스마트농업 특화 전시로 확대", [
        p("2028년", "2028", "2028"),
    ]),
    ("전라남도는 지난 10일부터 14일까지 닷새간 나주 빛가람혁신도시 일원에서 열린 ‘2026 국제농업박람회’에 관람객 45만 2천 명이 다녀갔다고 16일 밝혔다. 이는 2년 전 열린 제5회 박람회(38만 명)보다 7만 2천 명(19.0%) 늘어난 것으로, 2016년 첫 개최 이후 가장 많은 규모다.", [
        p("지난 10일부터 14일까지", "2026-09-10", "2026-09-14"),
        p("지난 10일", "2026-09-10", "2026-09-10", opt=True), p("14일", "2026-09-14", "2026-09-14", opt=True),
        p("닷새간", None, None, opt=True), c("닷새간", 5, "일", opt=True), p("2026", "2026", "2026", opt=True),
        c("45만 2천 명", 452000, "명", opt=True), p("16일", "2026-09-16", "2026-09-16"),
        p("2년 전", "2024", "2024", opt=True), p("2년", None, None, opt=True), c("2년", 2, "년", opt=True),
        c("38만 명", 380000, "명", opt=True), c("7만 2천 명", 72000, "명", opt=True), pc("19.0%", 19.0),
        ch("45만 2천 명 ... 제5회 박람회(38만 명)보다 7만 2천 명(19.0%) 늘어난", before=380000, after=452000, delta=72000, unit="명"),
        ch("(19.0%) 늘어난", delta=19.0, unit="%", opt=True), ch("7만 2천 명(19.0%) 늘어난", delta=72000, unit="명", opt=True),
        p("2016년 첫 개최 이후", "2016", None), p("2016년", "2016", "2016", opt=True),
    ]),
    ("올해 박람회에는 국내외 412개 기업·기관이 참여해 1,140개 부스를 운영했다. 해외 바이어는 18개국 126명이 찾았다.", [
        p("올해", "2026", "2026"), c("412개", 412, "개"), c("1,140개", 1140, "개"), c("18개국", 18, "개국"), c("126명", 126, "명"),
    ]),
    ("○ 주요 성과 비교", []),
    ("구  분\t제5회(2024년)\t제6회(2026년)\t증  감", [
        p("2024년", "2024", "2024"), p("2026년", "2026", "2026"),
        ch("2024년 ... 2026년", before=2024, after=2026, opt=True),
    ]),
    ("관 람 객\t38만 명\t45만 2천 명\t7만 2천 명 증가", [
        ch("38만 명\t45만 2천 명\t7만 2천 명 증가", before=380000, after=452000, delta=72000, unit="명"),
        c("38만 명", 380000, "명", opt=True), c("45만 2천 명", 452000, "명", opt=True), c("7만 2천 명", 72000, "명", opt=True),
    ]),
    ("수출계약\t1,970만 달러\t2,860만 달러\t890만 달러 증가", [
        m("1,970만 달러", 1970 * MAN, "USD"), m("2,860만 달러", 2860 * MAN, "USD"), m("890만 달러", 890 * MAN, "USD"),
        ch("1,970만 달러\t2,860만 달러\t890만 달러 증가", before=1970 * MAN, after=2860 * MAN, delta=890 * MAN, unit="USD"),
    ]),
    ("현장판매\t21억 원\t27억 4천만 원\t6억 4천만 원 증가", [
        m("21억 원", 21 * EOK), m("27억 4천만 원", 27 * EOK + 4000 * MAN), m("6억 4천만 원", 6 * EOK + 4000 * MAN),
        ch("21억 원\t27억 4천만 원\t6억 4천만 원 증가", before=21 * EOK, after=27 * EOK + 4000 * MAN, delta=6 * EOK + 4000 * MAN, unit="KRW"),
    ]),
    ("체험행사\t64개\t88개\t24개 증가", [
        ch("64개\t88개\t24개 증가", before=64, after=88, delta=24, unit="개"),
        c("64개", 64, "개", opt=True), c("88개", 88, "개", opt=True), c("24개", 24, "개", opt=True),
    ]),
    ("이번 박람회에서는 해외 바이어와 도내 농식품 기업 간 수출 상담이 530건 이뤄졌고, 이 가운데 47건, 2,860만 달러 규모의 업무협약(MOU)과 수출계약이 체결됐다. 국가별로는 베트남 820만 달러, 미국 640만 달러, 일본 3억 2천만 엔(약 290만 달러) 순이었다.", [
        c("530건", 530, "건"), c("47건", 47, "건"), m("2,860만 달러", 2860 * MAN, "USD"),
        m("820만 달러", 820 * MAN, "USD"), m("640만 달러", 640 * MAN, "USD"), m("3억 2천만 엔", 3 * EOK + 2000 * MAN, "JPY"),
        m("약 290만 달러", 290 * MAN, "USD", q="approx"),
    ]),
    ("현장 판매액은 27억 4천만 원으로 집계됐다. 전남 22개 시군이 운영한 농특산물 판매관에서만 16억 원어치가 팔렸고, 스마트팜 체험관과 드론 방제 시연장에는 하루 평균 8천여 명이 몰렸다.", [
        m("27억 4천만 원", 27 * EOK + 4000 * MAN), c("22개", 22, "개"), m("16억 원어치", 16 * EOK),
        c("하루 평균 8천여 명", 8000, "명", q="approx", opt=True),
    ]),
    ("전남도는 이번 박람회의 생산유발 효과를 1,120억 원, 부가가치 유발 효과를 480억 원으로 추산했다. 2024년 박람회(각각 890억 원, 350억 원)보다 25.8%, 37.1% 증가한 수치다.", [
        m("1,120억 원", 1120 * EOK), m("480억 원", 480 * EOK), p("2024년", "2024", "2024"), m("890억 원", 890 * EOK), m("350억 원", 350 * EOK),
        pc("25.8%", 25.8), pc("37.1%", 37.1),
        ch("생산유발 효과를 1,120억 원 ... 890억 원 ... 25.8%", before=890 * EOK, after=1120 * EOK, unit="KRW"),
        ch("부가가치 유발 효과를 480억 원 ... 350억 원 ... 37.1%", before=350 * EOK, after=480 * EOK, unit="KRW"),
        ch("25.8%", delta=25.8, unit="%", opt=True), ch("37.1% 증가한", delta=37.1, unit="%", opt=True),
    ]),
    ("전남도는 2028년 열리는 제7회 박람회를 스마트농업 특화 전시로 키워 참여 기업을 500개 이상으로 늘리고, 수출계약 목표는 5,000만 달러로 잡았다. 행사 기간을 5일에서 7일로 늘리는 방안도 검토하고 있다. 오는 11월 말까지 결과보고서를 마련해 농림축산식품부에 국비 지원 확대를 건의할 계획이다.", [
        p("2028년", "2028", "2028"), ch("참여 기업을 500개 이상으로 늘리고", after=500, unit="개"), c("500개 이상", 500, "개", q="at_least", opt=True),
        m("5,000만 달러", 5000 * MAN, "USD"), ch("5,000만 달러로 잡았다", after=5000 * MAN, unit="USD", opt=True),
        ch("5일에서 7일로", before=5, after=7, unit="일", opt=True), c("5일", 5, "일", opt=True), c("7일", 7, "일", opt=True),
        p("5일", None, None, opt=True), p("7일", None, None, opt=True), p("5일", "2026-09-05", "2026-09-05", opt=True), p("7일", "2026-09-07", "2026-09-07", opt=True),
        p("오는 11월 말까지", None, "2026-11"), p("오는 11월 말까지", None, "2026-11-30", opt=True),
    ]),
    ("박람회를 찾은 관람객 1,200명을 대상으로 한 만족도 조사에서는 응답자의 87.4%가 ‘만족한다’고 답해 2년 전(81.2%)보다 6.2%포인트 높아졌다.", [
        c("1,200명", 1200, "명"), pc("87.4%", 87.4), p("2년 전", "2024", "2024", opt=True), p("2년", None, None, opt=True), c("2년", 2, "년", opt=True),
        pc("81.2%", 81.2), pc("6.2%포인트", 6.2), ch("87.4% ... 2년 전(81.2%)보다 6.2%포인트 높아졌다", before=81.2, after=87.4, delta=6.2),
    ]),
    ("박현숙 전라남도 농축산식품국장은 “국제농업박람회가 전남 농업의 미래를 보여주는 대표 행사로 자리 잡았다”며 “내년 상반기 중 운영 평가를 거쳐 다음 박람회를 더 알차게 준비하겠다”고 말했다.", [
        p("내년 상반기 중", "2027-01", "2027-06"),
    ]),
]
ORG03 = [
    o("전라남도", ["전남도"]), o("농림축산식품부"),
    o("전남", opt=True), o("농축산식품국", opt=True), o("빛가람혁신도시", opt=True),
]


def page03(paras, title):
    head = """생명의 땅, 으뜸 전남                                    전 라 남 도

보 도 자 료

배포일 2026-09-15 / 보도일 2026-09-16(수) 조간
담당부서: 농축산식품국 농업정책과   과장 정해진 061-286-6210   담당 이소라 061-286-6218
사진 있음 / 총 3쪽

"""
    tail = """

【 붙임 】 박람회 현장 사진 3매.  끝.

문의 : 농업정책과 박람회운영팀장 최윤석 (061-286-6230)
       농업정책과 주무관 김다은 (061-286-6234)

전라남도 대변인실 | (58564) 전라남도 무안군 삼향읍 오룡길 1 | 보도자료 수신 문의 061-286-2070
"""
    deck = "\n".join(paras[:2])
    body = "\n\n".join(paras[2:4]) + "\n\n" + paras[4] + "\n" + "\n".join(paras[5:10]) + "\n\n" + "\n\n".join(paras[10:])
    return head + title + "\n" + deck + "\n\n" + body + tail


article(
    name="03_jeonnam_agri_expo_release", ext="txt", published="2026-09-16",
    title="전남 국제농업박람회 역대 최다 45만 명 찾았다",
    paras=A03, orgs=ORG03, page=page03,
    forbidden=["생명의 땅, 으뜸 전남", "전 라 남 도", "보 도 자 료", "배포일", "보도일", "담당부서", "061-286-6210", "사진 있음", "총 3쪽", "붙임",
               "현장 사진 3매", "문의 :", "박람회운영팀장", "061-286-6234", "대변인실", "오룡길", "061-286-2070"],
    notes=("A 전라남도 보도자료 (plain text) with a new header: slogan and spaced '전 라 남 도', '보 도 자 료' in spaced letters, "
           "'배포일 2026-09-15 / 보도일 2026-09-16(수) 조간' on one line, 담당부서 with phone numbers, '사진 있음 / 총 3쪽'. published: the 보도일 "
           "(조간 embargo, blind6 07); the body's '16일 밝혔다' agrees. Title not scored; the two '- ' lines under it are deck and are body. "
           "Furniture: the header, the 【 붙임 】 line, the 문의 block (phone numbers), the 대변인실 footer. The table under '○ 주요 성과 비교' is "
           "body, one paragraph per row (tab-separated columns): the header row's years are gold periods (no change), each row an endpoint "
           "change with delta (blind6 07's table rule), count endpoints optional, money all gold. Conventions: '지난 10일부터 14일까지' one "
           "period (parts optional), 닷새간 optional; years in an event's title ('2026 국제농업박람회') optional; '2년 전' is a comparison base "
           "like '1년 전' (optional, either reading); '2016년 첫 개최 이후' open end from 2016; ordinals (제5회, 제6회, 제7회) no counts; "
           "'7만 2천 명(19.0%) 늘어난' endpoint change (after 45만 2천 명 earlier in the paragraph), rate optional; '(각각 890억 원, 350억 원)보다 "
           "25.8%, 37.1% 증가' two endpoint changes (rates optional); '500개 이상으로 늘리고' an after-change; a target '5,000만 달러로 잡았다' "
           "optional change; durations moving ('5일에서 7일로') optional; '하루 평균 8천여 명' an average (optional count); '16억 원어치' money; "
           "'3억 2천만 엔' JPY; '22개 시군' a count 22 개; '오는 11월 말까지' = end 2026-11; '내년 상반기 중' = 2027-01..06. 박현숙 국장 is a person."),
)


# ---------------------------------------------------------------------------
# 04 추석 앞 농산물 가격, newspaper page dump, 2026-09-18
# ---------------------------------------------------------------------------
A04 = [
    ("배추 한 포기 9,870원, 평년보다 42.6% 비싸", [
        m("9,870원", 9870), pc("42.6%", 42.6), ch("평년보다 42.6% 비싸", delta=42.6, unit="%", opt=True),
    ]),
    ("정부, 비축 배추 2,500t 방출…최대 40% 할인 지원", [
        c("2,500t", 2500, "t", opt=True), pc("최대 40%", 40),
    ]),
    ("추석을 일주일 앞두고 배추와 무 등 채소류 가격이 고공행진을 이어가고 있다. 여름철 폭염과 잦은 비로 작황이 부진한 탓이다.", [
        p("추석", "2026-09-25", "2026-09-25", opt=True), p("일주일", None, None, opt=True), c("일주일", 7, "일", opt=True),
    ]),
    ("한국농수산식품유통공사(aT) 농산물유통정보(KAMIS)에 따르면 17일 기준 배추 1포기 소매가격은 평균 9,870원으로 1주일 전보다 6.2%, 1개월 전보다 23.5% 올랐다. 1년 전(7,450원)과 비교하면 32.5%, 평년(6,920원)보다는 42.6% 비싸다.", [
        p("17일 기준", "2026-09-17", "2026-09-17"), c("1포기", 1, "포기", opt=True), m("9,870원", 9870),
        p("1주일 전", "2026-09-10", "2026-09-10", opt=True), p("1주일", None, None, opt=True),
        pc("6.2%", 6.2), ch("1주일 전보다 6.2%", delta=6.2, unit="%"),
        p("1개월 전", "2026-08", "2026-08", opt=True), p("1개월", None, None, opt=True), pc("23.5%", 23.5), ch("1개월 전보다 23.5% 올랐다", delta=23.5, unit="%"),
        p("1년 전", "2025", "2025", opt=True), p("1년 전", "2025-09", "2025-09", opt=True), m("7,450원", 7450), pc("32.5%", 32.5),
        ch("9,870원 ... 1년 전(7,450원)과 비교하면 32.5%", before=7450, after=9870, unit="KRW"), ch("32.5%", delta=32.5, unit="%", opt=True),
        m("6,920원", 6920), pc("42.6%", 42.6),
        ch("평년(6,920원)보다는 42.6% 비싸다", before=6920, after=9870, unit="KRW", opt=True), ch("42.6% 비싸다", delta=42.6, unit="%", opt=True),
    ]),
    ("무 1개 가격은 3,980원으로 전주 대비 4.1%, 전월 대비 17.9% 올랐고 전년 대비로는 28.0% 상승했다. 반면 감자(100g)는 2,140원으로 전주보다 1.8% 내렸고, 양파(1kg)는 2,760원으로 전년 동월보다 9.4% 떨어졌다.", [
        c("1개", 1, "개", opt=True), m("3,980원", 3980),
        p("전주", None, None, opt=True), p("전주", "2026-09-07", "2026-09-13", opt=True), pc("4.1%", 4.1), ch("전주 대비 4.1%", delta=4.1, unit="%"),
        p("전월", "2026-08", "2026-08", opt=True), pc("17.9%", 17.9), ch("전월 대비 17.9% 올랐고", delta=17.9, unit="%"),
        p("전년", "2025", "2025", opt=True), pc("28.0%", 28.0), ch("전년 대비로는 28.0% 상승했다", delta=28.0, unit="%"),
        c("100g", 100, "g", opt=True), m("2,140원", 2140), pc("1.8%", 1.8), ch("전주보다 1.8% 내렸고", delta=-1.8, unit="%"),
        c("1kg", 1, "kg", opt=True), m("2,760원", 2760), p("전년 동월", "2025-09", "2025-09", opt=True), pc("9.4%", 9.4),
        ch("전년 동월보다 9.4% 떨어졌다", delta=-9.4, unit="%"),
    ]),
    ("도매가격도 크게 뛰었다. 서울 가락동 농수산물도매시장에서 17일 배추 10kg(상품) 한 망은 2만 1,400원에 거래돼 한 달 새 31% 올랐다. 무 20kg(상품)은 2만 6,800원으로 지난해 이맘때(1만 8,500원)보다 8,300원 비쌌다.", [
        p("17일", "2026-09-17", "2026-09-17"), c("10kg", 10, "kg", opt=True), m("2만 1,400원", 21400),
        p("한 달 새", None, None, opt=True), pc("31%", 31), ch("한 달 새 31% 올랐다", delta=31, unit="%"),
        c("20kg", 20, "kg", opt=True), m("2만 6,800원", 26800),
        p("지난해 이맘때", "2025-09", "2025-09", opt=True), p("지난해 이맘때", "2025", "2025", opt=True), p("지난해 이맘때", "2025-09-17", "2025-09-17", opt=True),
        m("1만 8,500원", 18500), m("8,300원", 8300),
        ch("2만 6,800원으로 지난해 이맘때(1만 8,500원)보다 8,300원 비쌌다", before=18500, after=26800, delta=8300, unit="KRW"),
    ]),
    ("과일값도 강세다. 사과(홍로) 도매가격은 kg당 4,850원으로 전주 대비 3.1% 하락했지만, 여전히 평년 가격(3,940원)을 23% 웃돌고 있다. 샤인머스캣은 2kg 한 상자에 1만 9,000~2만 3,000원 선에서 거래되고 있다.", [
        m("4,850원", 4850), p("전주", None, None, opt=True), pc("3.1%", 3.1), ch("전주 대비 3.1% 하락했지만", delta=-3.1, unit="%"),
        m("3,940원", 3940), pc("23%", 23),
        ch("평년 가격(3,940원)을 23% 웃돌고", before=3940, after=4850, unit="KRW", opt=True), ch("23% 웃돌고", delta=23, unit="%", opt=True),
        c("2kg", 2, "kg", opt=True), m("1만 9,000~2만 3,000원", 19000, q="approx"), m("1만 9,000~2만 3,000원", 23000, q="approx", opt=True),
    ]),
    ("농림축산식품부(이하 농식품부)는 추석 성수기 수급 안정을 위해 정부 비축 배추 2,500t과 무 1,200t을 다음 달 10일까지 가락시장 등 도매시장에 풀기로 했다. 대형마트와 전통시장에서 배추·무를 살 때는 최대 40%(1인당 2만원 한도)를 할인해 주고, 이를 위해 할인지원 예산 230억원을 투입한다.", [
        p("추석", "2026-09-25", "2026-09-25", opt=True),
        c("2,500t", 2500, "t", opt=True), c("1,200t", 1200, "t", opt=True), p("다음 달 10일까지", None, "2026-10-10"),
        pc("최대 40%", 40), c("1인당", 1, "인", opt=True), m("2만원 한도", 20000, q="at_most"), m("230억원", 230 * EOK),
    ]),
    ("이마트·롯데마트·홈플러스 등 대형마트 3사도 자체 할인 행사를 연다. 이마트는 24일까지 배추를 포기당 6,980원에, 롯데마트는 21일부터 23일까지 무를 개당 2,490원에 판매한다.", [
        c("3사", 3, "사"), p("24일까지", None, "2026-09-24"), m("6,980원", 6980),
        p("21일부터 23일까지", "2026-09-21", "2026-09-23"), p("21일", "2026-09-21", "2026-09-21", opt=True), p("23일", "2026-09-23", "2026-09-23", opt=True),
        m("2,490원", 2490),
    ]),
    ("한국농촌경제연구원(농경연)은 10월 배추 출하량이 평년보다 15%가량 적을 것으로 내다봤다. 농경연 관계자는 “고랭지 배추 재배면적이 지난해보다 7.2% 줄어든 4,380㏊에 그쳤다”며 “김장철인 11월 중순 이후에야 가격이 안정될 것”이라고 말했다.", [
        p("10월", "2026-10", "2026-10"), pc("15%가량", 15), ch("평년보다 15%가량 적을", delta=-15, unit="%", opt=True),
        p("지난해보다", "2025", "2025"), pc("7.2%", 7.2), ch("지난해보다 7.2% 줄어든", delta=-7.2, unit="%"),
        c("4,380㏊", 4380, "㏊", opt=True), ch("7.2% 줄어든 4,380㏊", after=4380, unit="㏊", opt=True),
        p("11월 중순 이후", "2026-11", None), p("11월 중순 이후", "2026-11-11", None, opt=True),
    ]),
    ("국가데이터처가 발표한 8월 소비자물가동향에서도 신선채소 물가는 1년 전보다 14.7% 올라 전체 물가 상승률(2.3%)의 6배를 웃돌았다.", [
        p("8월", "2026-08", "2026-08"), p("1년 전", "2025-08", "2025-08", opt=True), p("1년 전", "2025", "2025", opt=True),
        pc("14.7%", 14.7), ch("1년 전보다 14.7% 올라", delta=14.7, unit="%"), pc("2.3%", 2.3),
    ]),
]
ORG04 = [
    o("한국농수산식품유통공사", ["aT"]), o("농림축산식품부", ["농식품부"]), o("이마트"), o("롯데마트"), o("홈플러스"),
    o("한국농촌경제연구원", ["농경연"]), o("국가데이터처"),
    o("농산물유통정보", ["KAMIS"], opt=True), o("가락동 농수산물도매시장", ["가락시장"], opt=True), o("정부", opt=True),
]


def page04(paras, title):
    head = """로그인  회원가입  구독신청  모바일웹
오늘 날씨 15℃/24℃ 맑음  |  미세먼지 보통  |  서울 종로구
코스피 3,412.55 ▲18.20(+0.54%)   코스닥 892.31 ▼2.04(-0.23%)   원/달러 1,371.20 ▲3.40   금(g) 151,820 ▲1,130

한누리일보
전체기사  정치  경제  사회  국제  문화  오피니언  포토

경제 > 유통·소비

""" + title + """

""" + "\n".join(paras[:2]) + """

박지훈 기자 | 2026-09-18 05:00 | 댓글 3

가  가  인쇄  스크랩  공유

"""
    body = "\n\n".join(paras[2:5]) + "\n\n▲ 17일 서울 시내 한 대형마트에서 시민이 배추를 고르고 있다. 배추 1포기 값이 1만원에 육박하고 있다. /연합뉴스\n\n" + "\n\n".join(paras[5:])
    tail = """

박지훈 기자 jhpark@hannuri.kr
박지훈 기자의 다른 기사 보기

<저작권자 ⓒ 한누리일보, 무단 전재 및 재배포 금지>

공감 12   비공감 1

관련 기사
 · 햅쌀 20kg 5만 8,000원…1년 새 14% 올라
 · 한우 선물세트 판매량 8% 감소
 · 9월 소비자심리지수 101.3…석 달 만에 반등

많이 본 기사
 1. 주담대 금리 하단 연 3%대 중반으로
 2. 수도권 아파트 입주물량 내년 11만 가구
 3. 추석 고속도로 통행료 사흘간 면제

회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책 | 서울특별시 종로구 세종대로 149 | 등록번호 서울 아01234
Copyright © 한누리일보 All rights reserved.
"""
    return head + body + tail


article(
    name="04_chuseok_vegetable_prices_pagedump", ext="txt", published="2026-09-18",
    title="배추 1포기 1만원 육박…추석 앞두고 채소값 '고공행진'",
    paras=A04, orgs=ORG04, page=page04,
    forbidden=["오늘 날씨", "15℃/24℃", "미세먼지", "코스피 3,412.55", "▲18.20", "원/달러 1,371.20", "151,820", "로그인", "경제 > 유통·소비",
               "댓글 3", "스크랩", "1만원에 육박", "/연합뉴스", "jhpark@hannuri.kr", "다른 기사 보기", "저작권자", "공감 12", "관련 기사", "햅쌀",
               "5만 8,000원", "101.3", "많이 본 기사", "연 3%대 중반", "11만 가구", "사흘간 면제", "등록번호", "Copyright"],
    notes=("A newspaper page dump on vegetable prices. New furniture: weather widget in the form '오늘 날씨 15℃/24℃ 맑음 | 미세먼지 보통', a market "
           "ticker (코스피/코스닥/원/달러/금), login/menu bar, section path, the byline row '박지훈 기자 | 2026-09-18 05:00 | 댓글 3' (the only date: "
           "published), font/print buttons, a photo caption between paragraphs ('▲ … /연합뉴스', with a figure), byline/e-mail, copyright, "
           "공감 buttons, 관련 기사 and 많이 본 기사 with figures, footer. Title not scored; the two deck lines under it are body. Conventions: "
           "comparison bases '1주일 전', '1개월 전', '1년 전', '전주', '전월', '전년', '전년 동월', '한 달 새' are optional periods (blind4); "
           "'지난해 이맘때' is a comparison base too (optional, any reading); growth rates against them are gold %-changes; '1년 전(7,450원)과 "
           "비교하면 32.5%' an endpoint change (after 9,870원 earlier in the paragraph, rate optional; blind6 '비교하면'); **평년** (the average "
           "of past years) is no point in time: no period, and a comparison with it ('평년(6,920원)보다는 42.6% 비싸다', '평년 가격(3,940원)을 "
           "23% 웃돌고', '평년보다 15%가량 적을') is no move (changes optional; amounts and percentages gold); measures (10kg, 100g, 1kg, 2,500t, "
           "4,380㏊) and per-unit bases (1포기, 1개, 1인당, kg당, 포기당, 개당) are optional; '1만 9,000~2만 3,000원' a money range (lower gold, upper "
           "optional); '최대 40%(1인당 2만원 한도)' — 한도 = at_most; '대형마트 3사' a count (3 사); '추석' optional (2026-09-25); '11월 중순 이후' "
           "open end from 2026-11 (parts of a month resolve to the month); '8월 소비자물가동향' a document name with a month: gold 2026-08 "
           "(as blind6 04's '9월 수출입 동향'); '6배' optional."),
)


# ---------------------------------------------------------------------------
# 05 해양수산부 장관 인터뷰 (Q&A), plain text page, 2026-11-09
# ---------------------------------------------------------------------------
A05 = [
    ("“해수부 내년 예산 7조 2,830억…해운 재건에 방점”", [
        p("내년", "2027", "2027"), m("7조 2,830억", 7 * JO + 2830 * EOK),
    ]),
    ("“가족 동반 이주율 2~3년 뒤 80% 넘길 것”", [
        p("2~3년 뒤", None, None, opt=True), p("2~3년 뒤", "2028", "2029", opt=True), c("2~3년", 2, "년", opt=True), c("2~3년", 3, "년", opt=True),
        pc("80%", 80), ch("80% 넘길 것", after=80, opt=True),
    ]),
    ("“북극항로 시범운항을 내년 2~3회로 늘리고, 2030년까지 정기 항로를 여는 게 목표입니다.”", [
        p("내년", "2027", "2027"), ch("2~3회로 늘리고", after=2, unit="회"), ch("2~3회로 늘리고", after=3, unit="회", opt=True),
        c("2~3회", 2, "회", opt=True), c("2~3회", 3, "회", opt=True), p("2030년까지", None, "2030"),
    ]),
    ("강민호 해양수산부 장관은 지난 5일 부산 동구 해양수산부 청사에서 가진 인터뷰에서 이같이 밝혔다. 해수부가 지난해 12월 세종에서 부산으로 옮긴 뒤 처음 편성한 내년 예산은 7조 2,830억원으로 올해보다 9.6% 늘었다.", [
        p("지난 5일", "2026-11-05", "2026-11-05"), p("지난해 12월", "2025-12", "2025-12"), p("내년", "2027", "2027"),
        m("7조 2,830억원", 7 * JO + 2830 * EOK), p("올해보다", "2026", "2026"), pc("9.6%", 9.6), ch("올해보다 9.6% 늘었다", delta=9.6, unit="%"),
    ]),
    ("―부산 이전 10개월을 맞았다. 직원들은 자리를 잡았나.", [
        p("10개월", None, None, opt=True), c("10개월", 10, "개월", opt=True),
    ]),
    ("“본부 직원 860여 명 가운데 약 70%가 부산에 정착했습니다. 가족과 함께 이주한 직원은 30~40% 수준이라 아직 주말부부가 많죠. 관사와 임차 주택을 합쳐 수십 곳을 추가로 확보하고 있고, 2~3년이면 가족 동반 이주율이 80%를 넘을 것으로 봅니다.”", [
        c("860여 명", 860, "명", q="approx"), pc("약 70%", 70), pc("30~40%", 30), pc("30~40%", 40, opt=True),
        p("2~3년", None, None, opt=True), c("2~3년", 2, "년", opt=True), c("2~3년", 3, "년", opt=True),
        pc("80%", 80), ch("80%를 넘을", after=80, opt=True), ch("30~40% ... 80%를 넘을", before=30, after=80, opt=True),
    ]),
    ("―내년 예산에서 가장 공을 들인 분야는.", [
        p("내년", "2027", "2027"),
    ]),
    ("“해운 재건입니다. 국적 선사의 친환경 선박 전환에 내년 4,150억원을 배정했습니다. 올해 2,900억원보다 1,250억원 많습니다. 2030년까지 LNG·메탄올 추진선 등 친환경 선박 비중을 현재 9%에서 30% 이상으로 끌어올릴 겁니다. 한국해양진흥공사(해진공)를 통한 중소 선사 금융 지원에는 민간 투자까지 합쳐 수천억원이 들어갈 것으로 예상합니다.”", [
        p("내년", "2027", "2027"), m("4,150억원", 4150 * EOK), p("올해", "2026", "2026"), m("2,900억원", 2900 * EOK), m("1,250억원", 1250 * EOK),
        ch("4,150억원을 배정했습니다. 올해 2,900억원보다 1,250억원 많습니다", before=2900 * EOK, after=4150 * EOK, delta=1250 * EOK, unit="KRW"),
        ch("올해 2,900억원보다 1,250억원 많습니다", before=2900 * EOK, delta=1250 * EOK, unit="KRW", opt=True),
        p("2030년까지", None, "2030"), p("현재", None, None, opt=True), pc("9%", 9), pc("30% 이상", 30),
        ch("현재 9%에서 30% 이상으로 끌어올릴", before=9, after=30),
    ]),
    ("―북극항로 구상은 구체적으로 어떻게 되나.", []),
    ("“올해 8월 HMM 컨테이너선 1척이 부산∼로테르담 구간을 시범 운항했는데, 수에즈 운하 경로보다 운항 거리가 약 32% 짧고 기간은 열흘가량 단축됐습니다. 내년에는 운항을 2~3회로 늘리고 쇄빙 기능을 갖춘 ‘아이스 클래스’ 선박 4척을 확보할 계획입니다. 이를 위한 예산 620억원을 새로 반영했습니다.”", [
        p("올해 8월", "2026-08", "2026-08"), c("1척", 1, "척"), pc("약 32%", 32), ch("약 32% 짧고", delta=-32, unit="%", opt=True),
        p("열흘가량", None, None, opt=True), c("열흘가량", 10, "일", q="approx", opt=True),
        p("내년", "2027", "2027"), ch("운항을 2~3회로 늘리고", after=2, unit="회"), ch("2~3회로 늘리고", after=3, unit="회", opt=True),
        ch("1척이 ... 2~3회로 늘리고", before=1, after=2, unit="회", opt=True),
        c("2~3회", 2, "회", opt=True), c("2~3회", 3, "회", opt=True), c("4척", 4, "척"), m("620억원", 620 * EOK),
    ]),
    ("―어촌 소멸 우려가 크다.", []),
    ("“어촌 인구는 최근 10년 새 3분의 1가량 줄었습니다. 2027년부터 ‘어촌 신활력 증진사업’ 대상지를 해마다 수십 곳씩 선정하고, 귀어인에게는 최대 3억원의 창업 자금을 연 1.5% 금리로 빌려줍니다. 청년 어업인 정착지원금은 월 110만원에서 130만원으로 올립니다.”", [
        p("최근 10년 새", None, None, opt=True), p("최근 10년 새", "2016", "2026", opt=True), c("10년", 10, "년", opt=True),
        pc("3분의 1가량", 33.3, opt=True), ch("3분의 1가량 줄었습니다", delta=-33.3, unit="%", opt=True),
        p("2027년부터", "2027", None), m("최대 3억원", 3 * EOK, q="at_most"), pc("연 1.5%", 1.5),
        m("월 110만원", 110 * MAN), m("130만원", 130 * MAN), ch("월 110만원에서 130만원으로 올립니다", before=110 * MAN, after=130 * MAN, unit="KRW"),
    ]),
    ("―수산물 물가가 들썩인다.", []),
    ("“고등어·오징어 가격이 평년보다 20~30% 높습니다. 올겨울 정부 비축 수산물 1만 2천t을 풀고, 할인 지원도 이어가겠습니다. 수산물 수출은 올해 1~10월 27억 8천만 달러로 역대 최대였고, 내년에는 35억 달러에 도전합니다.”", [
        pc("20~30%", 20), pc("20~30%", 30, opt=True), ch("평년보다 20~30% 높습니다", delta=20, unit="%", opt=True),
        p("올겨울", "2026-12", "2027-02", opt=True), p("올겨울", None, None, opt=True), c("1만 2천t", 12000, "t", opt=True),
        p("올해 1~10월", "2026-01", "2026-10"), m("27억 8천만 달러", 27 * EOK + 8000 * MAN, "USD"),
        p("내년", "2027", "2027"), m("35억 달러", 35 * EOK, "USD"), ch("35억 달러에 도전합니다", after=35 * EOK, unit="USD", opt=True),
        ch("27억 8천만 달러 ... 35억 달러에 도전합니다", before=27 * EOK + 8000 * MAN, after=35 * EOK, unit="USD", opt=True),
    ]),
    ("―끝으로 하고 싶은 말은.", []),
    ("“부산 이전은 끝이 아니라 시작입니다. 해양수도 부산을 만드는 데 앞으로 2~3년이 가장 중요합니다. 직원들과 함께 현장에서 답을 찾겠습니다.”", [
        p("앞으로 2~3년", None, None, opt=True), p("2~3년", None, None, opt=True), c("2~3년", 2, "년", opt=True), c("2~3년", 3, "년", opt=True),
    ]),
]
ORG05 = [
    o("해양수산부", ["해수부"]), o("HMM"), o("한국해양진흥공사", ["해진공"]),
    o("정부", opt=True), o("국적 선사", opt=True),
]


def page05(paras, title):
    head = """로그인 | 회원가입 | 구독신청 | 전자신문
2026년 11월 9일 월요일 · 음력 9월 21일

부산해양일보
전체기사  해양·항만  수산  해운·물류  정치  경제  사회  오피니언  인터뷰

오피니언 > 인터뷰

""" + title + """

""" + "\n".join(paras[:2]) + """

글 정현우 기자 · 사진 오세진 기자 | 2026.11.09 (월) 04:05 | 지면 A6

[사진] 강민호 해양수산부 장관이 지난 5일 부산 해양수산부 청사 집무실에서 북극항로 지도를 가리키며 답하고 있다. 오세진 기자

"""
    body = "\n\n".join(paras[2:])
    tail = """

◇강민호 장관은…
▲1968년 부산 출생 ▲부산대 행정학과 ▲행정고시 36회 ▲해수부 해운물류국장 ▲해수부 기획조정실장 ▲2025년 9월~ 해양수산부 장관

정현우 기자 hwjung@busanmaritime.co.kr

ⓒ 부산해양일보 무단전재 및 재배포 금지

이 기사를 공유합니다  카카오톡  페이스북  X  링크복사

[인터뷰 더보기]
 · 부산항만공사 사장 “신항 2-6단계 2029년 개장…물동량 2,500만TEU 시대”
 · 수협중앙회장 “어업인 소득 5,500만원 목표”

많이 본 뉴스
 1. 부산 신항 물동량 10월 218만TEU…역대 최대
 2. 고등어 한 손 8,900원…평년보다 27% 비싸
"""
    return head + body + tail


article(
    name="05_mof_minister_interview_qa", ext="txt", published="2026-11-09",
    title="[월요인터뷰] 강민호 해양수산부 장관 “북극항로 내년 2~3회 운항…2030년 정기항로 연다”",
    paras=A05, orgs=ORG05, page=page05,
    forbidden=["로그인", "음력 9월 21일", "부산해양일보", "오피니언 > 인터뷰", "지면 A6", "[사진]", "집무실에서",
               "◇강민호 장관은", "1968년", "부산대 행정학과", "행정고시 36회", "hwjung@", "무단전재", "카카오톡", "인터뷰 더보기", "2,500만TEU",
               "5,500만원", "많이 본 뉴스", "218만TEU", "8,900원"],
    notes=("A newspaper interview page (plain text dump), Q&A form: questions as '―…' lines, answers as quoted paragraphs; both are body. "
           "The two quoted deck lines under the title are body (deck convention; '7조 2,830억' without 원 is KRW money); the lead quote paragraph under the byline is body. published: the byline row '2026.11.09 (월) 04:05' (the masthead date line says the "
           "same day). Furniture: login/menu, masthead date line, section path, byline row, the [사진] caption, the "
           "◇ biography box (▲ lines with years), e-mail, copyright, share buttons, 인터뷰 더보기 and 많이 본 뉴스 with figures. Conventions: "
           "ranges: '30~40%', '20~30%' give the lower bound as gold percentage (upper optional); a count range '2~3회로 늘리고' is an after-change "
           "with the lower bound (blind4's '60~65%로 끌어올린다'), the counts optional; durations ('2~3년', '10개월', '열흘가량', '최근 10년 새') "
           "optional; vague amounts ('수천억원', '수십 곳') are no figures at all (not even optional); '현재 9%에서 30% 이상으로' a %-level change; "
           "'4,150억원을 배정했습니다. 올해 2,900억원보다 1,250억원 많습니다' an endpoint change across two sentences of one answer (blind6); "
           "targets ('35억 달러에 도전', '80%를 넘을') optional changes; 평년 comparisons optional changes (percentages gold); '올겨울' optional; "
           "'올해 1~10월' = 2026-01..10; '지난 5일' = 2026-11-05; '부산∼로테르담' no figure; '1만 2천t' a measure (optional)."),
)


# ---------------------------------------------------------------------------
# 06 충북대학교병원 병원소식 게시판, HTML in EUC-KR, 2026-03-19
# ---------------------------------------------------------------------------
A06 = [
    ("충북대학교병원(병원장 김현수)이 보건복지부의 ‘연구중심병원 육성 사업’ 신규 기관으로 선정돼 올해부터 2033년까지 8년간 최대 360억원의 연구비를 지원받는다.", [
        p("올해부터 2033년까지", "2026", "2033"), p("올해부터", "2026", None, opt=True), p("2033년까지", None, "2033", opt=True),
        p("8년간", None, None, opt=True), c("8년간", 8, "년", opt=True), m("최대 360억원", 360 * EOK, q="at_most"),
    ]),
    ("병원은 지난 17일 복지부로부터 선정 결과를 통보받았다고 19일 밝혔다. 비수도권 국립대병원이 연구중심병원으로 지정된 것은 2019년 이후 7년 만이다.", [
        p("지난 17일", "2026-03-17", "2026-03-17"), p("19일", "2026-03-19", "2026-03-19"),
        p("2019년 이후", "2019", None), p("2019년", "2019", "2019", opt=True), p("7년 만", None, None, opt=True), c("7년", 7, "년", opt=True),
    ]),
    ("연구비는 해마다 최대 45억원 규모로, 병원은 여기에 자체 예산 12억원을 더해 ▲정밀의료 ▲디지털 헬스케어 ▲감염병 대응 등 3대 분야 연구를 추진한다. 전담 연구 인력은 현재 84명에서 2028년까지 150명으로 늘린다.", [
        m("최대 45억원", 45 * EOK, q="at_most"), m("12억원", 12 * EOK), c("3대", 3, "대", opt=True),
        p("현재", None, None, opt=True), ch("현재 84명에서 2028년까지 150명으로 늘린다", before=84, after=150, unit="명"),
        c("84명", 84, "명", opt=True), c("150명", 150, "명", opt=True), p("2028년까지", None, "2028"),
    ]),
    ("충북대병원은 지역 필수의료 기반 확충에도 속도를 낸다. 현재 814병상인 본원 병상 수를 2029년까지 956병상으로 142병상 늘리고, 충주분원(500병상 규모)은 내년 10월 착공할 예정이다.", [
        p("현재", None, None, opt=True), ch("현재 814병상인 본원 병상 수를 2029년까지 956병상으로 142병상 늘리고", before=814, after=956, delta=142, unit="병상"),
        c("814병상", 814, "병상", opt=True), c("956병상", 956, "병상", opt=True), c("142병상", 142, "병상", opt=True),
        p("2029년까지", None, "2029"), c("500병상", 500, "병상"), p("내년 10월", "2027-10", "2027-10"),
    ]),
    ("의료진도 늘린다. 병원은 올해 상반기 중 전문의 36명을 새로 채용해 전문의 수를 231명에서 267명으로 늘린다. 이 가운데 소아청소년과·응급의학과 등 필수의료 분야가 21명으로 절반이 넘는다.", [
        p("올해 상반기 중", "2026-01", "2026-06"), c("36명", 36, "명", opt=True),
        ch("36명을 새로 채용해 전문의 수를 231명에서 267명으로 늘린다", before=231, after=267, delta=36, unit="명"),
        ch("36명을 새로 채용해", delta=36, unit="명", opt=True),
        c("231명", 231, "명", opt=True), c("267명", 267, "명", opt=True), c("21명", 21, "명"), pc("절반", 50, opt=True),
    ]),
    ("간호 인력 확충을 위해 간호사 정원도 1,120명에서 1,240명으로 120명 증원했다. 간호사 1명이 담당하는 환자 수는 평균 12.4명에서 10명 이하로 줄어든다.", [
        ch("1,120명에서 1,240명으로 120명 증원했다", before=1120, after=1240, delta=120, unit="명"),
        c("1,120명", 1120, "명", opt=True), c("1,240명", 1240, "명", opt=True), c("120명", 120, "명", opt=True),
        c("1명", 1, "명", opt=True), ch("평균 12.4명에서 10명 이하로 줄어든다", before=12.4, after=10, unit="명"),
        c("12.4명", 12.4, "명", opt=True), c("10명 이하", 10, "명", q="at_most", opt=True),
    ]),
    ("충북대학교 의과대학 입학정원은 2027학년도부터 현재 49명에서 95명으로 늘어난다. 병원은 이에 맞춰 내년까지 교육·수련 공간 3,200㎡를 새로 짓고, 전공의 정원을 현재 98명에서 120명 안팎으로 확대해 줄 것을 정부에 요청했다.", [
        p("2027학년도부터", "2027", None), p("2027학년도부터", "2027-03", None, opt=True), p("현재", None, None, opt=True),
        ch("현재 49명에서 95명으로 늘어난다", before=49, after=95, unit="명"), c("49명", 49, "명", opt=True), c("95명", 95, "명", opt=True),
        p("내년까지", None, "2027"), c("3,200㎡", 3200, "㎡", opt=True),
        ch("현재 98명에서 120명 안팎으로 확대해", before=98, after=120, unit="명"), c("98명", 98, "명", opt=True), c("120명 안팎", 120, "명", q="approx", opt=True),
    ]),
    ("김현수 병원장은 “충북 지역 중증 환자의 38%가 수도권 병원으로 원정 진료를 떠나는 현실을 바꾸겠다”며 “연구와 진료 역량을 함께 키워 5년 안에 이 비율을 20%대로 낮추겠다”고 말했다.", [
        pc("38%", 38), p("5년 안에", None, None, opt=True), p("5년 안에", None, "2031", opt=True), c("5년", 5, "년", opt=True),
        pc("20%대", 20, opt=True), ch("38% ... 20%대로 낮추겠다", before=38, after=20, opt=True), ch("20%대로 낮추겠다", after=20, opt=True),
    ]),
    ("한편 충북대병원은 지난해 권역책임의료기관 평가에서 전국 17개 국립대병원 가운데 2위를 차지했으며, 지난해 외래 환자는 82만 3,000여 명으로 전년보다 4.6% 늘었다.", [
        p("지난해", "2025", "2025"), c("17개", 17, "개"), p("지난해", "2025", "2025"),
        c("82만 3,000여 명", 823000, "명", q="approx", opt=True), p("전년", "2024", "2024", opt=True), pc("4.6%", 4.6),
        ch("전년보다 4.6% 늘었다", delta=4.6, unit="%"),
    ]),
]
ORG06 = [
    o("충북대학교병원", ["충북대병원"]), o("보건복지부", ["복지부"]), o("충북대학교"),
    o("충북대학교 의과대학", opt=True), o("연구중심병원", opt=True), o("충주분원", opt=True), o("정부", opt=True), o("국립대병원", opt=True),
]


def page06(paras, title):
    body = "\n".join(f"<p>{esc(s)}</p>" for s in paras)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>충북대학교병원 - 병원소식</title>
<link rel="stylesheet" type="text/css" href="/css/sub.css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<div id="top">
  <a href="/"><img src="/img/logo.gif" alt="충북대학교병원"></a>
  <ul class="topmenu"><li><a href="/login.do">로그인</a></li><li><a href="/join.do">회원가입</a></li><li><a href="/sitemap.do">사이트맵</a></li><li><a href="/eng/">ENGLISH</a></li></ul>
  <ul class="gnb"><li><a href="#">진료예약</a></li><li><a href="#">의료진/진료과</a></li><li><a href="#">이용안내</a></li><li><a href="#">건강정보</a></li><li><a href="#">병원소개</a></li></ul>
</div>
<div id="container">
  <div id="lnb">
    <h2>병원소개</h2>
    <ul><li><a href="#">인사말</a></li><li><a href="#">연혁</a></li><li class="on"><a href="#">병원소식</a></li><li><a href="#">채용공고</a></li></ul>
    <div class="call">대표전화 <strong>043-269-6114</strong><br>진료예약 043-269-7000</div>
  </div>
  <div id="content">
    <div class="location">HOME &gt; 병원소개 &gt; 병원소식 &gt; 보도자료</div>
    <h3 class="sub_tit">병원소식</h3>
    <table class="board_view" summary="게시물 상세보기" width="100%" border="0" cellspacing="0" cellpadding="0">
      <colgroup><col width="15%"><col width="35%"><col width="15%"><col width="35%"></colgroup>
      <tr><th>제목</th><td colspan="3" class="subject">{esc(title)}</td></tr>
      <tr><th>작성자</th><td>대외협력팀</td><th>작성일</th><td>2026-03-19</td></tr>
      <tr><th>조회수</th><td>2,417</td><th>첨부파일</th><td><a href="/download.do?no=4518">연구중심병원_선정_보도자료.hwp</a> (1.2MB)</td></tr>
      <tr><td colspan="4" class="board_content">
{body}
      </td></tr>
    </table>
    <table class="board_nav" width="100%">
      <tr><th>이전글</th><td><a href="#">충북대병원, 의료질평가 5년 연속 1등급…상급종합병원 중 상위 10%</a></td></tr>
      <tr><th>다음글</th><td><a href="#">권역심뇌혈관질환센터 개소 10주년…누적 시술 1만 2천 건</a></td></tr>
    </table>
    <div class="btn_area"><a href="/board/list.do?bbs=news"><img src="/img/btn_list.gif" alt="목록"></a></div>
  </div>
</div>
<div id="footer">
  <p>(28644) 충청북도 청주시 서원구 1순환로 776 충북대학교병원 | 대표전화 043-269-6114 | 사업자등록번호 301-82-00612</p>
  <p>COPYRIGHT(C) CHUNGBUK NATIONAL UNIVERSITY HOSPITAL. ALL RIGHTS RESERVED.</p>
</div>
</body>
</html>
"""


article(
    name="06_cbnuh_research_hospital_board_euckr_html", ext="html", published="2026-03-19", encoding="euc-kr",
    title="충북대병원, 연구중심병원 선정…8년간 최대 360억원 지원받는다",
    paras=A06, orgs=ORG06, page=page06,
    forbidden=["로그인", "진료예약", "043-269-6114", "HOME > 병원소개", "작성자", "대외협력팀", "조회수", "2,417", "첨부파일", "1.2MB", "이전글",
               "상위 10%", "다음글", "1만 2천 건", "사업자등록번호", "COPYRIGHT"],
    notes=("A hospital news board page in EUC-KR (bytes pure EUC-KR; <meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">): "
           "a board table (table.board_view) with 제목 / 작성자 / 작성일 '2026-03-19' / 조회수 / 첨부파일 rows, the body in td.board_content as <p> "
           "elements, then 이전글/다음글 rows (with figures), left menu with phone numbers, footer. published: the 작성일 cell (the body's '19일 "
           "밝혔다' agrees). The title (the 제목 cell) is not scored. Conventions: '올해부터 2033년까지' one period (parts optional), '8년간' "
           "optional; '2019년 이후 7년 만' open end from 2019 (blind5); '현재 84명에서 2028년까지 150명으로' endpoint change (counts optional); "
           "병상 is a counter (unit 병상); '814병상 … 956병상으로 142병상 늘리고' a change with delta; '(500병상 규모)' a gold count; '36명을 새로 "
           "채용해 … 231명에서 267명으로' one endpoint change with delta 36 (the 36명 count optional, it is the delta); '평균 12.4명에서 10명 이하로' "
           "an average moving: gold change in 명, counts optional (blind4's 합계출산율 rule); **'2027학년도부터'** — an academic year is its "
           "calendar year (open end from 2027; the March reading optional); '120명 안팎으로' after 120; '3대 분야' optional; '3,200㎡' a measure; "
           "'5년 안에', '20%대' optional; '전국 17개 국립대병원' a count 17 개; '2위' a rank (no count); '82만 3,000여 명으로 전년보다 4.6% 늘었다' "
           "a %-change, the level an optional count. 병원장 김현수 is a person; 충북대학교 (the university) is gold, its 의과대학 optional."),
)


# ---------------------------------------------------------------------------
# 07 ASML 3분기 실적, English-mixed tech article (plain text dump), 2026-10-15
# ---------------------------------------------------------------------------
A07 = [
    ("네덜란드 반도체 장비업체 ASML이 올해 3분기(7~9월) 시장 예상을 웃도는 수주 실적을 내놨다. 인공지능(AI) 반도체 투자가 늘면서 차세대 극자외선(EUV) 노광장비 주문이 몰린 영향이다.", [
        p("올해 3분기(7~9월)", "2026-07", "2026-09"), p("올해 3분기", "2026-07", "2026-09", opt=True), p("7~9월", "2026-07", "2026-09", opt=True),
    ]),
    ("ASML은 14일(현지시간) 3분기 매출이 82억 유로(약 13조 4,000억원), 순이익이 23억 4,000만 유로로 집계됐다고 발표했다. 매출은 전년 동기 대비(YoY) 9.3% 늘었고, 전 분기 대비(QoQ)로는 7.8% 증가했다. 매출총이익률(gross margin)은 52.6%로 가이던스 상단(53%)에 근접했다.", [
        p("14일(현지시간)", "2026-10-14", "2026-10-14"), p("3분기", "2026-07", "2026-09"),
        m("82억 유로", 82 * EOK, "EUR"), m("약 13조 4,000억원", 13 * JO + 4000 * EOK, q="approx"), m("23억 4,000만 유로", 23 * EOK + 4000 * MAN, "EUR"),
        p("전년 동기", "2025-07", "2025-09", opt=True), p("전년 동기", "2025", "2025", opt=True), pc("9.3%", 9.3), ch("전년 동기 대비(YoY) 9.3% 늘었고", delta=9.3, unit="%"),
        p("전 분기", "2026-04", "2026-06", opt=True), pc("7.8%", 7.8), ch("전 분기 대비(QoQ)로는 7.8% 증가했다", delta=7.8, unit="%"),
        pc("52.6%", 52.6), pc("53%", 53), ch("52.6%로 가이던스 상단(53%)에 근접했다", before=53, after=52.6, opt=True),
    ]),
    ("수주액(bookings)은 54억 유로로 직전 분기(38억 유로)보다 42% 급증했다. 이 가운데 EUV 장비가 36억 유로로 3분의 2를 차지했다.", [
        m("54억 유로", 54 * EOK, "EUR"), p("직전 분기", "2026-04", "2026-06", opt=True), m("38억 유로", 38 * EOK, "EUR"), pc("42%", 42),
        ch("54억 유로로 직전 분기(38억 유로)보다 42% 급증했다", before=38 * EOK, after=54 * EOK, unit="EUR"), ch("42% 급증했다", delta=42, unit="%", opt=True),
        m("36억 유로", 36 * EOK, "EUR"), pc("3분의 2", 66.7, opt=True),
    ]),
    ("ASML은 4분기 매출 가이던스(guidance)로 92억~98억 유로를 제시했다. 연간 매출은 325억 유로 안팎으로 지난해(283억 유로)보다 15%가량 늘어날 전망이다. 회사 측은 “2027년 매출이 올해보다 늘어날 것이라는 기존 전망을 유지한다”고 밝혔다.", [
        p("4분기", "2026-10", "2026-12"), m("92억~98억 유로", 92 * EOK, "EUR"), m("92억~98억 유로", 98 * EOK, "EUR", opt=True),
        p("연간", None, None, opt=True), m("325억 유로 안팎", 325 * EOK, "EUR", q="approx"), p("지난해(283억 유로)", "2025", "2025"), m("283억 유로", 283 * EOK, "EUR"),
        pc("15%가량", 15), ch("325억 유로 안팎으로 지난해(283억 유로)보다 15%가량 늘어날", before=283 * EOK, after=325 * EOK, unit="EUR"),
        ch("15%가량 늘어날", delta=15, unit="%", opt=True),
        p("2027년", "2027", "2027"), p("올해보다", "2026", "2026"),
    ]),
    ("High-NA EUV 장비(EXE:5200) 출하도 늘고 있다. 대당 가격이 3억 5,000만 유로(약 5,700억원)를 웃도는 이 장비는 3분기에만 3대가 출하돼 누적 출하량이 11대로 늘었다. 주요 고객은 인텔과 TSMC, 삼성전자다.", [
        m("3억 5,000만 유로", 3 * EOK + 5000 * MAN, "EUR", q="at_least"), m("약 5,700억원", 5700 * EOK, q="approx"),
        p("3분기에만", "2026-07", "2026-09"), ch("3대가 출하돼 누적 출하량이 11대로 늘었다", after=11, delta=3, unit="대"),
        c("3대", 3, "대", opt=True), c("11대", 11, "대", opt=True), ch("11대로 늘었다", after=11, unit="대", opt=True),
    ]),
    ("대만 TSMC의 실적 호조도 ASML 수주를 뒷받침했다. TSMC의 3분기 매출은 1조 1,240억 대만달러(약 49조 6,000억원)로 1년 전보다 38.2% 늘었다. TSMC는 엔비디아 등 빅테크의 AI 가속기(accelerator) 주문이 이어지자 첨단 패키징(CoWoS) 생산능력(capacity)을 내년 말까지 월 9만 장 수준으로 두 배 가까이 늘리기로 했다.", [
        p("3분기", "2026-07", "2026-09"), m("1조 1,240억 대만달러", 1 * JO + 1240 * EOK, "TWD"), m("약 49조 6,000억원", 49 * JO + 6000 * EOK, q="approx"),
        p("1년 전", "2025-07", "2025-09", opt=True), p("1년 전", "2025", "2025", opt=True), pc("38.2%", 38.2), ch("1년 전보다 38.2% 늘었다", delta=38.2, unit="%"),
        p("내년 말까지", None, "2027-12"), p("내년 말까지", None, "2027-12-31", opt=True),
        ch("월 9만 장 수준으로 두 배 가까이 늘리기로", after=90000, unit="장"), c("월 9만 장", 90000, "장", opt=True),
        ch("두 배 가까이", after=2, unit="배", opt=True), ch("월 9만 장 수준으로 두 배 가까이", before=45000, after=90000, unit="장", opt=True),
    ]),
    ("일본 장비업체도 수혜를 누리고 있다. 도쿄일렉트론(이하 TEL)은 최근 2026회계연도(2026년 4월~2027년 3월) 매출 전망을 2조 5,000억 엔에서 2조 6,800억 엔으로 7.2% 올려 잡았다. TEL은 연간 설비투자도 2,400억 엔에서 2,700억 엔으로 300억 엔 늘리기로 했다.", [
        p("최근", None, None, opt=True), p("2026회계연도", "2026", "2026", opt=True), p("2026회계연도", "2026-04", "2027-03", opt=True),
        p("2026년 4월~2027년 3월", "2026-04", "2027-03"),
        m("2조 5,000억 엔", 2 * JO + 5000 * EOK, "JPY"), m("2조 6,800억 엔", 2 * JO + 6800 * EOK, "JPY"), pc("7.2%", 7.2),
        ch("2조 5,000억 엔에서 2조 6,800억 엔으로 7.2% 올려", before=2 * JO + 5000 * EOK, after=2 * JO + 6800 * EOK, unit="JPY"),
        ch("7.2% 올려", delta=7.2, unit="%", opt=True), p("연간", None, None, opt=True),
        m("2,400억 엔", 2400 * EOK, "JPY"), m("2,700억 엔", 2700 * EOK, "JPY"), m("300억 엔", 300 * EOK, "JPY"),
        ch("2,400억 엔에서 2,700억 엔으로 300억 엔 늘리기로", before=2400 * EOK, after=2700 * EOK, delta=300 * EOK, unit="JPY"),
    ]),
    ("시장 점유율 구도에도 변화가 감지된다. 시장조사업체 트렌드포스(TrendForce)에 따르면 2분기 글로벌 파운드리 시장에서 TSMC의 점유율은 70.2%로 전 분기(67.6%)보다 2.6%p 올랐다. 삼성전자는 7.3%로 0.4%p 떨어져 두 회사 격차는 62.9%p로 벌어졌다. 중국 SMIC는 5.1%로 3위를 지켰다.", [
        p("2분기", "2026-04", "2026-06"), pc("70.2%", 70.2), p("전 분기", "2026-01", "2026-03", opt=True), pc("67.6%", 67.6), pc("2.6%p", 2.6),
        ch("70.2%로 전 분기(67.6%)보다 2.6%p 올랐다", before=67.6, after=70.2, delta=2.6),
        pc("7.3%", 7.3), pc("0.4%p", 0.4), ch("7.3%로 0.4%p 떨어져", after=7.3, delta=-0.4),
        ch("7.3%로 0.4%p 떨어져", before=7.7, after=7.3, delta=-0.4, opt=True),
        pc("62.9%p", 62.9), ch("격차는 62.9%p로 벌어졌다", after=62.9, opt=True), ch("격차는 62.9%p로 벌어졌다", after=62.9, unit="%p", opt=True),
        pc("5.1%", 5.1),
    ]),
    ("국제반도체장비재료협회(이하 SEMI)는 올해 전 세계 반도체 장비 매출이 1,330억 달러로 지난해보다 13.5% 늘고, 2027년에는 1,500억 달러를 넘어설 것으로 내다봤다.", [
        p("올해", "2026", "2026"), m("1,330억 달러", 1330 * EOK, "USD"), p("지난해보다", "2025", "2025"), pc("13.5%", 13.5),
        ch("1,330억 달러로 지난해보다 13.5% 늘고", delta=13.5, unit="%"),
        p("2027년", "2027", "2027"), m("1,500억 달러", 1500 * EOK, "USD", q="at_least"),
        ch("1,500억 달러를 넘어설", after=1500 * EOK, unit="USD", opt=True),
        ch("1,330억 달러 ... 1,500억 달러를 넘어설", before=1330 * EOK, after=1500 * EOK, unit="USD", opt=True),
    ]),
    ("엔비디아는 AI 칩 수요에 힘입어 시가총액이 한때 5조 달러를 넘어섰다. 국내에서는 SK하이닉스가 고대역폭메모리(HBM) 공급 확대로 수혜를 볼 전망이다. 업계에서는 SK하이닉스가 엔비디아향 HBM4 물량의 60% 이상을 가져갈 것으로 보고 있다.", [
        m("5조 달러", 5 * JO, "USD", q="at_least"), ch("5조 달러를 넘어섰다", after=5 * JO, unit="USD", opt=True), pc("60% 이상", 60),
    ]),
    ("다만 미·중 갈등은 변수다. 미국 정부의 대중국 수출 규제로 ASML의 중국 매출 비중은 지난해 41%에서 올해 3분기 24%로 급감했다. ASML은 내년 중국 매출 비중이 20% 안팎까지 낮아질 것으로 예상했다.", [
        p("지난해", "2025", "2025"), pc("41%", 41), p("올해 3분기", "2026-07", "2026-09"), pc("24%", 24),
        ch("지난해 41%에서 올해 3분기 24%로 급감했다", before=41, after=24),
        p("내년", "2027", "2027"), pc("20% 안팎", 20), ch("20% 안팎까지 낮아질", after=20),
        ch("24% ... 20% 안팎까지 낮아질", before=24, after=20, opt=True),
    ]),
    ("ASML 주가는 실적 발표 직후 암스테르담 증시에서 6.4% 오른 812.3유로에 마감했고, 미국 뉴욕 증시에 상장된 ADR(미국주식예탁증서)도 시간외거래에서 5%대 올랐다. 국내 반도체 장비주인 한미반도체와 HPSP도 15일 장 초반 각각 3.2%, 4.7% 강세다.", [
        pc("6.4%", 6.4), ch("6.4% 오른 812.3유로", delta=6.4, unit="%"), m("812.3유로", 812.3, "EUR"),
        pc("5%대", 5, opt=True), ch("5%대 올랐다", delta=5, unit="%", opt=True),
        p("15일", "2026-10-15", "2026-10-15"), pc("3.2%", 3.2), pc("4.7%", 4.7),
        ch("각각 3.2%", delta=3.2, unit="%"), ch("4.7% 강세다", delta=4.7, unit="%"),
    ]),
]
ORG07 = [
    o("ASML"), o("인텔"), o("TSMC"), o("삼성전자"), o("엔비디아"), o("도쿄일렉트론", ["TEL"]), o("트렌드포스", ["TrendForce"]), o("SMIC"),
    o("국제반도체장비재료협회", ["SEMI"]), o("SK하이닉스"), o("한미반도체"), o("HPSP"),
    o("미국 정부", opt=True), o("암스테르담 증시", opt=True), o("뉴욕 증시", opt=True), o("업계", opt=True), o("빅테크", opt=True),
]


def page07(paras, title):
    head = """TECH FOCUS  |  테크포커스
HOME   AI   반도체   모바일   플랫폼   모빌리티   Global   Opinion
Subscribe   Sign in   KOR | ENG

HOME > 반도체·디스플레이

""" + title + """

최승민 기자  |  Published 2026.10.15 07:10  |  Updated 2026.10.15 09:32

Listen ▶  |  Font size  |  Share

"""
    body = ("\n\n".join(paras[:4]) + "\n\n[Photo] ASML 본사가 있는 네덜란드 펠트호번의 EUV 장비 클린룸. ASML은 올해 EUV 장비 48대를 출하할 계획이다. (ASML 제공)\n\n"
            + "\n\n".join(paras[4:8])
            + "\n\n[Chart] 2분기 파운드리 점유율(%) — TSMC 70.2 · 삼성전자 7.3 · SMIC 5.1 · UMC 4.4 · 글로벌파운드리 4.2 (자료: TrendForce)\n\n"
            + "\n\n".join(paras[8:]))
    tail = """

최승민 기자 smchoi@techfocus.kr
Copyright © TechFocus. All rights reserved. 무단 전재·재배포 및 AI 학습 이용 금지

#ASML #EUV #HighNA #TSMC #엔비디아 #HBM

Related Articles
 · 삼성전자 파운드리, 2나노 수율 60% 돌파…테슬라 AI6 양산 채비
 · 엔비디아 "블랙웰 울트라 출하 200만 개 넘었다"
 · 日 라피더스, 정부 보조금 1조 7,000억 엔 추가 확보

Most Viewed
 1. 애플, 아이폰18 폴드 출고가 2,399달러 확정
 2. 테슬라 로보택시 유럽 진출…첫 도시는 오슬로
 3. 오픈AI 연 매출 200억 달러 돌파

ABOUT US | 광고·제휴 | 개인정보처리방침 | 서울특별시 강남구 테헤란로 427 | 인터넷신문 등록번호 서울 아54321
"""
    return head + body + tail


article(
    name="07_asml_q3_english_mixed_tech", ext="txt", published="2026-10-15",
    title="ASML, 3분기 수주 54억 유로 '깜짝'…High-NA EUV 주문 몰렸다",
    paras=A07, orgs=ORG07, page=page07,
    forbidden=["TECH FOCUS", "Subscribe", "Sign in", "HOME > 반도체", "Published", "Updated", "Listen", "Font size", "[Photo]", "펠트호번", "48대", "ASML 제공",
               "[Chart]", "UMC 4.4", "smchoi@", "Copyright", "#ASML", "Related Articles", "2나노 수율", "200만 개", "1조 7,000억 엔", "Most Viewed",
               "2,399달러", "오슬로", "200억 달러 돌파", "ABOUT US", "등록번호"],
    notes=("An English-mixed tech article, plain text dump of a tech site with English furniture: menu, 'HOME > 반도체·디스플레이', byline row "
           "'최승민 기자 | Published 2026.10.15 07:10 | Updated 2026.10.15 09:32' (published = the Published stamp), 'Listen ▶ | Font size | "
           "Share', a '[Photo]' caption and a '[Chart]' line between paragraphs (with figures), e-mail, copyright, hashtags, Related Articles and "
           "Most Viewed (with figures), footer. Title not scored. Currencies: 유로 = EUR, 엔 = JPY, 달러 = USD, 대만달러 = TWD (ISO codes); the "
           "bracketed KRW conversions ('약 13조 4,000억원') are gold money (approx). English glosses in brackets (YoY, QoQ, gross margin, bookings, "
           "guidance, accelerator, capacity, CoWoS, EXE:5200, HBM4) are no figures. Conventions: '올해 3분기(7~9월)' one period (bracket optional); "
           "'14일(현지시간)' = 2026-10-14; '전년 동기', '전 분기', '직전 분기', '1년 전' optional; growth rates against them gold %-changes; "
           "'54억 유로로 직전 분기(38억 유로)보다 42% 급증' an endpoint change (rate optional); '92억~98억 유로' a money range (lower gold, upper "
           "optional); actual vs guidance ('가이던스 상단(53%)에 근접') no move (optional); '3대가 출하돼 누적 출하량이 11대로' a change {after "
           "11, delta 3} (counts optional); '월 9만 장 수준으로 두 배 가까이' after-change, 두 배 optional; '2026회계연도(2026년 4월~2027년 3월)' "
           "— the bracketed span is the gold period, the fiscal-year name optional; '7.3%로 0.4%p 떨어져' a %-level change {after, delta}; a gap "
           "('격차는 62.9%p로 벌어졌다') is no level (change optional, blind5), its percentage gold; '20% 안팎까지 낮아질' an after-change; "
           "'5조 달러를 넘어섰다' at_least money (change optional); '5%대' optional; '각각 3.2%, 4.7% 강세' two %-changes; ranks (3위) no count. "
           "Aliases: 도쿄일렉트론 (이하 TEL), 국제반도체장비재료협회 (이하 SEMI), 트렌드포스 (TrendForce). '미국 정부', exchanges and generic "
           "words optional."),
)


# ---------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE)
