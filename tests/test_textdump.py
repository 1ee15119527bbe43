import json

import pytest

from newsx.textdump import clean_text

from conftest import SHARED

DUMP = """• 맑음서울 -7.6℃
  • 구름많음고창 -3.6℃
기상청 제공

2025년 12월 26일 금요일

메뉴

산업

산업부, 내년도 5대 중점 과제 발표

내년 7000억원 예산 투입
\u00a0
산업통상부(이하   산업부)는 24일 총회를 열었다.

HOT클릭 TOP7

배너
사회
더보기
다른 기사 제목
다른 기사 본문이다.
"""


def test_dump_furniture_removed():
    page = clean_text(DUMP)
    assert page.title == "산업부, 내년도 5대 중점 과제 발표"
    assert page.published == "2025-12-26"
    assert page.body == "내년 7000억원 예산 투입\n산업통상부(이하 산업부)는 24일 총회를 열었다."


@pytest.mark.parametrize(
    "text, title, body",
    [
        ("본문만 있는 한 문장이다.", None, "본문만 있는 한 문장이다."),
        ("제목 한 줄 입니다 여기\n본문이다.", "제목 한 줄 입니다 여기", "본문이다."),
        ("첫 문단은 꽤 길고 마침표로 끝나는 문장이라서 제목이 아니라고 판단해야 하는 문단입니다. 그렇다.\n둘째 문단이다.", None,
         "첫 문단은 꽤 길고 마침표로 끝나는 문장이라서 제목이 아니라고 판단해야 하는 문단입니다. 그렇다.\n둘째 문단이다."),
        ("제목 줄 하나 있음\n본문이다.\n홍길동 기자 hong@example.com\nⓒ 어느신문 무단전재 및 재배포 금지", "제목 줄 하나 있음", "본문이다."),
    ],
)
def test_dump_shapes(text, title, body):
    page = clean_text(text)
    assert (page.title, page.body) == (title, body)


def test_byline_kept():
    page = clean_text("제목 줄 하나 있음\n본문이다.\n홍길동 기자 hong@example.com")
    assert page.byline == "홍길동 기자"


def test_seed_body_matches_gold():
    gold_path = SHARED / "eval" / "gold" / "seed.json"
    seed = SHARED / "seed" / "000_7479bfec925ff843.txt"
    if not gold_path.exists():
        pytest.skip("../shared is not beside the checkout")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = clean_text(seed.read_text(encoding="utf-8"))
    assert page.title == gold["title"]
    assert page.published == gold["published"]
    assert page.body == gold["body"]
    for s in gold["forbidden"]:
        assert s not in page.body


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("미세먼지 보통 | 초미세먼지 좋음", True),
        ("전체메뉴 정치 경제 산업 사회 국제 오피니언 로그인 구독신청", True),
        ("산업 > 에너지", True),
        ("홈 › 경제 › 금융", True),
        ("많이 본 | 최신 | 포토", True),
        ("맑음서울 24.1℃", True),
        ("정부는 경제 산업 정책을 발표했다.", False),
        ("매출은 3조원 | 영업이익은 5천억원으로 시장 예상치를 크게 웃돌았다는 평가다", False),
        ("수출 > 수입 흐름이 이어졌다는 분석이 나온 가운데 정부는 대책을 내놨다.", False),
    ],
)
def test_furniture_lines(line, furniture):
    header = clean_text(f"2026년 6월 10일 수요일\n{line}\n\n제목 줄 하나 여기 있다\n\n본문 문장이다.\n")
    body = clean_text(f"2026년 6월 10일 수요일\n\n제목 줄 하나 여기 있다\n\n본문 문장이다.\n{line}\n")
    assert (line not in body.body) == furniture
    if furniture:
        assert header.title == "제목 줄 하나 여기 있다" and header.body == "본문 문장이다."


PRESS = """해양수산부
보도자료

보도일시  2026. 4. 7.(화) 11:00 (4. 8.(수) 조간)
배포  2026. 4. 7.(화) 09:00

바다와 함께 성장하는 대한민국

어촌 청년 정착 지원 두 배로…올해 480억원 투입

- 해양수산부, 「어촌 청년 정착 지원방안」 발표
- 청년 어업인 정착금 월 110만원으로 인상

□ 해양수산부(이하 해수부)는 어촌 청년 정착 지원에 올해 480억원을 투입한다고 7일 밝혔다.
○ 지원 대상은 지난해 1,200명에서 올해 2,400명으로 늘어난다.

담당 부서  해양수산부 어촌어항정책관 어촌양식정책과
책임자  과장 김바다 (044-200-5611)
붙임  1. 어촌 청년 정착 지원방안 1부. 끝.
이 보도자료와 관련하여 보다 자세한 내용은 어촌양식정책과(☎ 044-200-5615)로 연락주시기 바랍니다.
"""


def test_press_release_header_slogan_and_contacts_are_not_body():
    page = clean_text(PRESS)
    assert page.published == "2026-04-07"
    assert page.title == "어촌 청년 정착 지원 두 배로…올해 480억원 투입"
    assert page.body.startswith("- 해양수산부, 「어촌 청년 정착 지원방안」 발표\n")
    assert page.body.endswith("2,400명으로 늘어난다.")
    for furniture in ("보도자료", "보도일시", "배포", "바다와 함께", "담당 부서", "044-200", "붙임", "이 보도자료"):
        assert furniture not in page.body


def test_contact_words_end_only_a_press_release():
    # in a news article "담당자" and "붙임" are words of the story, not a contact block
    page = clean_text("2026년 4월 7일 화요일\n\n어촌 정착 지원 확대 나선다\n\n본문 첫 문장이다.\n담당자 교육도 함께 진행한다.\n")
    assert page.body.endswith("담당자 교육도 함께 진행한다.")


def test_masthead_line_with_its_update_time_is_not_body():
    page = clean_text("입력 2026.10.14 10:42  수정 2026.10.14 15:10\n\n수산물 수출 역대 최대 기록\n\n본문이다.\n글자크기  공유하기\n")
    assert page.published == "2026-10-14"
    assert page.body == "본문이다."


CITY_PRESS = """동행·매력 특별시 서울

서울특별시 보도자료

배포일시 : 2026. 4. 9.(목) 11:15
보도일시 : 배포 즉시 보도
담당부서 : 주택실 전략주택공급과
과    장 : 이정훈  02-2133-7010
담 당 자 : 최민지  02-2133-7015
사진없음 □  사진있음 ■  쪽수 : 4쪽

신혼부부 전용 주택 올해 4,000호 공급한다

◈ 올해 4,000호 공급…지난해보다 1,500호 늘려

□ 서울시는 올해 신혼부부 주택 4,000호를 공급한다고 9일 밝혔다.

붙임  1. 공급 단지 현황 1부.  끝.
"""


def test_press_release_with_its_contact_block_on_top_keeps_its_body():
    # the 담당부서/담당자 lines stand before the headline: header, not the end of the release
    page = clean_text(CITY_PRESS)
    assert page.published == "2026-04-09"
    assert page.title == "신혼부부 전용 주택 올해 4,000호 공급한다"
    assert page.body == "◈ 올해 4,000호 공급…지난해보다 1,500호 늘려\n□ 서울시는 올해 신혼부부 주택 4,000호를 공급한다고 9일 밝혔다."


@pytest.mark.parametrize(
    "line, published",
    [
        ("송고시간2026-05-20 14:31", "2026-05-20"),
        ("2026/05/20 14:31 송고", "2026-05-20"),
        ("2026.10.08. 오후 5:42", "2026-10-08"),
        ("기사입력 2026-08-27 11:05 | 최종수정 2026-08-27 16:40", "2026-08-27"),
        ("기자명 정하늘 기자   승인 2026.08.28 18:20   수정 2026.08.29 09:05   댓글 0", "2026-08-28"),
        ("기사작성 : 2026년 09월 27일 21시 48분  |  최종수정 : 2026년 09월 28일 07시 10분", "2026-09-27"),
        ("입력 : 2026년 07월 16일(목) 17:25  |  수정 : 2026년 07월 16일(목) 19:02", "2026-07-16"),
        ("보도 일시 2026. 7. 23.(목) 조간", "2026-07-23"),
        # header rows holding the date among other short fields
        ("박지훈 기자 | 2026-09-18 05:00 | 댓글 3", "2026-09-18"),
        ("최승민 기자  |  Published 2026.10.15 07:10  |  Updated 2026.10.15 09:32", "2026-10-15"),
        ("글 정현우 기자 · 사진 오세진 기자 | 2026.11.09 (월) 04:05 | 지면 A6", "2026-11-09"),
        ("2026년 11월 9일 월요일 · 음력 9월 21일", "2026-11-09"),
    ],
)
def test_date_rows_give_the_date_and_leave_the_body(line, published):
    page = clean_text(f"산업\n\n기준금리 연 2.25%로 인하 결정\n{line}\n\n본문 첫 문장이다.\n")
    assert page.published == published
    assert page.title == "기준금리 연 2.25%로 인하 결정"
    assert page.body == "본문 첫 문장이다."


def test_reporter_of_an_info_row_is_the_byline():
    page = clean_text("제목이 여기에 있습니다 정말\n기자명 정하늘 기자 승인 2026.08.28 18:20 댓글 0\n\n본문이다.\n")
    assert page.byline == "정하늘 기자"


def test_a_sentence_with_a_date_is_not_an_info_row():
    page = clean_text("제목이 여기에 있습니다 정말\n\n본문이다.\n위원회는 2026.08.28 승인된 계획을 따른다고 밝혔다.\n")
    assert page.body.endswith("따른다고 밝혔다.")


def test_market_ticker_is_not_the_headline():
    page = clean_text(
        "코스피 3,412.55 ▲18.20(+0.54%)   코스닥 891.30 ▼2.45(-0.27%)   원/달러 1,372.50 ▼8.20\n\n"
        "한은, 기준금리 연 2.25%로 인하\n\n금통위가 27일 기준금리를 내렸다.\n"
    )
    assert page.title == "한은, 기준금리 연 2.25%로 인하"
    assert "코스피" not in page.body


WIRE = """연합뉴스
산업
HD현대일렉트릭, 美 변압기업체 인수
송고시간2026-05-20 14:31
박민준 기자
기자 페이지

HD현대일렉트릭 울산공장 변압기 생산라인
[HD현대일렉트릭 제공. 재판매 및 DB 금지]

(서울=연합뉴스) 박민준 기자 = HD현대일렉트릭이 미국 업체를 인수한다.

mjpark@yna.co.kr

제보는 카카오톡 okjebo
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>

관련 뉴스
LS일렉트릭 5%↑
"""


def test_wire_story_photo_caption_credit_and_tail_are_furniture():
    page = clean_text(WIRE)
    assert page.published == "2026-05-20"
    assert page.body == "(서울=연합뉴스) 박민준 기자 = HD현대일렉트릭이 미국 업체를 인수한다."


def test_broadcast_cues_and_sign_off():
    page = clean_text(
        "YTN\n과학\n누리호 5차 발사 다음 달 12일로\n2026.10.08. 오후 5:42\n[앵커]\n발사가 확정됐습니다.\n\n"
        "이정우 기자가 보도합니다.\n\n[기자]\n우주항공청은 발사일을 정했습니다.\n\nYTN 이정우입니다.\n\n"
        "※ '당신의 제보가 뉴스가 됩니다' [카카오톡] YTN 검색 [전화] 02-398-8585\n\n이 시각 주요뉴스\n관세 15%로\n"
    )
    assert page.body == "발사가 확정됐습니다.\n이정우 기자가 보도합니다.\n우주항공청은 발사일을 정했습니다."


def test_masthead_date_followed_by_widgets():
    page = clean_text("한강일보\n2026년 7월 16일 (목)   오늘의 운세 | 날씨 서울 29℃ 소나기\n\n코인 리딩방 총책 징역 15년 선고\n\n본문이다.\n")
    assert page.published == "2026-07-16"
    assert page.title == "코인 리딩방 총책 징역 15년 선고"


def test_a_ticker_above_the_breadcrumb_is_not_the_headline():
    page = clean_text("스포츠한강\n[속보] 아시안게임 9일째 한국 종합 3위\n\n야구 > KBO리그\n\nLG, 2년 연속 정규시즌 1위 확정\n\n본문이다.\n")
    assert page.title == "LG, 2년 연속 정규시즌 1위 확정"
    assert page.body == "본문이다."


def test_credited_captions_and_a_copyright_line_that_is_also_furniture():
    page = clean_text(
        "제목이 여기에 있습니다 정말\n\n서울중앙지법 청사 전경. [한강일보 자료사진]\n\n본문 첫 문장이다.\n"
        "기념사진을 찍고 있다. (사진=LG 트윈스)\n본문 둘째 문장이다.\n이 기사를 추천합니다  12\n"
        "저작권자 © 서해안신문 무단전재 및 재배포 금지\n\n지역 소식\n· 서천군 추경 512억원 편성\n"
    )
    assert page.body == "본문 첫 문장이다.\n본문 둘째 문장이다."


def test_spaced_press_header_and_the_embargo_date_of_a_two_date_row():
    page = clean_text(
        "생명의 땅, 으뜸 전남\n\n보 도 자 료\n\n배포일 2026-09-15 / 보도일 2026-09-16(수) 조간\n"
        "담당부서: 농업정책과   과장 정해진 061-286-6210\n사진 있음 / 총 3쪽\n\n"
        "국제농업박람회 역대 최다 45만 명 찾았다\n- 관람객 45만 2천 명 다녀가\n\n전라남도는 16일 밝혔다.\n\n"
        "【 붙임 】 박람회 현장 사진 3매.  끝.\n"
    )
    assert page.published == "2026-09-16"
    assert page.title == "국제농업박람회 역대 최다 45만 명 찾았다"
    assert page.body == "- 관람객 45만 2천 명 다녀가\n전라남도는 16일 밝혔다."


def test_captions_profile_box_and_english_menus():
    page = clean_text(
        "TECH FOCUS  |  테크포커스\nSubscribe   Sign in   KOR | ENG\n\nASML, 3분기 수주 54억 유로 깜짝\n\n본문 첫 문장이다.\n"
        "[Photo] 네덜란드 펠트호번의 클린룸. (ASML 제공)\n▲ 17일 시민이 배추를 고르고 있다. /연합뉴스\n"
        "본문 둘째 문장이다.\n박지훈 기자의 다른 기사 보기\n◇강민호 장관은…\n▲1968년 부산 출생 ▲부산대 행정학과\n"
    )
    assert page.title == "ASML, 3분기 수주 54억 유로 깜짝"
    assert page.body == "본문 첫 문장이다.\n본문 둘째 문장이다."


def test_a_date_row_of_an_unknown_layout_still_dates_the_page():
    page = clean_text("뉴스\n\n새 제목이 여기 있습니다 정말\n홍길동 / 2026.08.14 10:20\n\n본문이다.\n")
    assert page.published == "2026-08-14" and page.body == "본문이다."


def test_a_date_inside_a_body_sentence_is_not_the_publication_date():
    assert clean_text("새 제목이 여기 있습니다 정말\n\n본문이다. 2025.01.02 일이다.\n").published is None


def test_press_header_in_a_row_and_reference_notes_after_the_release():
    page = clean_text(
        "국민연금공단  NPS          보도자료 | 홍보실 | 배포 즉시\n\n2026년 8월 28일(금)\n"
        "담당부서: 기금운용본부 운용전략실   실장 한지수 (063-713-5401)\n\n"
        "국민연금 기금, 상반기 수익률 7.21%\n- 해외주식 수익률 11.40%로 성과 견인\n\n□ 공단은 28일 밝혔다.\n\n"
        "※ 참고 1  연도별 기금 운용수익률 추이\n※ 참고 2  시간가중수익률: 설명이다.\n"
    )
    assert page.title == "국민연금 기금, 상반기 수익률 7.21%"
    assert page.body == "- 해외주식 수익률 11.40%로 성과 견인\n□ 공단은 28일 밝혔다."


def test_font_buttons_disclaimer_and_a_caption_credited_to_an_office():
    page = clean_text(
        "제목이 여기에 있습니다 정말\n글씨키우기  글씨줄이기  인쇄하기  공유하기\n[ 가 ] [ 가 ]  프린트  스크랩  공유\n\n본문 첫 문장이다.\n"
        "▲ 시장이 계획을 설명하고 있다. 시는 1,100억원이 풀릴 것으로 내다봤다. /전주시 제공\n본문 둘째 문장이다.\n"
        "※ 이 기사는 투자 참고용이며, 투자 판단의 최종 책임은 투자자 본인에게 있습니다.\n"
    )
    assert page.body == "본문 첫 문장이다.\n본문 둘째 문장이다."


def test_spaced_header_after_the_agency_boxed_contacts_and_a_summary_box():
    page = clean_text(
        "함께 가요 희망으로, 건강한 미래로\n\n질병관리청            보 도 자 료\n\n보도시점\t2026. 9. 15.(화) 12:00\n"
        "┌──────────────┐\n 담당 부서\t예방접종관리과\t책임자\t과  장  이수정 (043-719-8350)\n└──────────────┘\n\n"
        "올겨울 독감 백신, 9월 22일부터 접종\n- 9.22.(화)부터 어린이 접종 시작\n\n□ 질병청은 15일 밝혔다.\n"
    )
    assert page.title == "올겨울 독감 백신, 9월 22일부터 접종"
    assert page.body == "- 9.22.(화)부터 어린이 접종 시작\n□ 질병청은 15일 밝혔다."
    page = clean_text(
        "부산 버스요금 150원 오른다 정말로\n가-  가+   공유   북마크   댓글 14\n\n[AI 요약]\n· 기본요금 150원↑\n"
        "※ AI가 요약한 내용으로, 본문을 확인해 주세요.\n\n부산 시내버스 요금이 오른다.\n"
    )
    assert page.body == "부산 시내버스 요금이 오른다."


def test_portal_header_of_icons_menus_and_subscribe_buttons():
    page = clean_text(
        "≡  다온뉴스                                        🔍  ⓘ\n뉴스   엔터   스포츠   날씨   프리미엄   쇼핑\n"
        "항공경제신문  + 구독\n\n인천공항 여름 성수기 하루 22만 명 이용\n\n이도현 기자\n입력 2026.08.12. 오전 6:01\n기사원문\n"
        "추천 12   댓글 3\n\n올여름 이용객이 역대 최다를 기록했다.\n사진 확대\n출국장이 붐비고 있다. 2026.8.1/항공경제신문 DB\n"
    )
    assert page.title == "인천공항 여름 성수기 하루 22만 명 이용"
    assert page.published == "2026-08-12"
    assert page.body == "올여름 이용객이 역대 최다를 기록했다."


MAGAZINE = """MONEY PLAN  월간 머니플랜
2026년 6월호 (통권 218호)          정기구독 | 로그인 | 회원가입
HOME > COVER STORY > FINANCE

내려가는 대출 금리, 농협이 먼저 움직였다

NH농협은행 주담대 금리 하단 3%대 초반
농업인 정책자금 대출 금리도 연 1.5%로 인하

글 한지우 기자  ·  사진 게티이미지뱅크
입력 2026.05.27 08:00  |  지면 2026년 6월호 42~45쪽

대출 금리가 내려가고 있다.

[BOX] 주요 은행 주담대 혼합형 금리 (5월 20일 기준)
· NH농협 연 3.21~5.02%
자료: 전국은행연합회 소비자포털

이 기사는 월간 머니플랜 2026년 6월호에 실렸습니다.
정기구독 신청 1년 12권 13만 2,000원
"""


def test_magazine_masthead_is_not_the_headline_and_its_box_and_blurb_are_furniture():
    page = clean_text(MAGAZINE)
    assert page.title == "내려가는 대출 금리, 농협이 먼저 움직였다"
    assert page.published == "2026-05-27"
    assert page.byline == "한지우 기자"
    assert page.body == "NH농협은행 주담대 금리 하단 3%대 초반\n농업인 정책자금 대출 금리도 연 1.5%로 인하\n대출 금리가 내려가고 있다."


def test_release_with_agency_on_the_header_line_running_headers_page_numbers_and_a_chart():
    page = clean_text(
        "보 도 자 료                          통계청\n"
        "보도 일시   2026. 6. 2.(화) 08:00\n"
        "담당 부서   물가동향과   책임자  과장 김하나 (042-481-2530)\n\n"
        "2026년 5월 소비자물가동향\n\n"
        "- 5월 소비자물가 2.3% 상승\n"
        "□ 5월 소비자물가지수는 전년동월대비 2.3% 상승하였다.\n"
        "        < 소비자물가지수 추이 >\n"
        "                 (전년동월대비, %)\n"
        "  '25.5월  6월  7월  8월  9월  10월\n"
        "   2.7   2.5  2.6  2.4  2.3  2.4\n\n"
        "                    - 1 -\n"
        "통계청 보도자료          2026년 5월 소비자물가동향\n"
        "□ 서비스는 2.5% 상승하였다.\n"
        "                    - 2 -\n"
        "통계청 보도자료          2026년 5월 소비자물가동향\n"
        "□ 6월 동향은 7월 2일 공표할 예정이다.\n"
    )
    assert page.title == "2026년 5월 소비자물가동향"
    assert page.published == "2026-06-02"
    assert page.body == (
        "- 5월 소비자물가 2.3% 상승\n□ 5월 소비자물가지수는 전년동월대비 2.3% 상승하였다.\n"
        "□ 서비스는 2.5% 상승하였다.\n□ 6월 동향은 7월 2일 공표할 예정이다."
    )


def test_lines_above_a_breadcrumb_are_page_header_and_a_box_score_is_no_body():
    page = clean_text(
        "☰  스포츠온  SPORTS ON      🔍  로그인\n"
        "LIVE  [KBO] 두산 4 : 7 삼성 종료   [K리그1] 울산 1 : 1 포항 종료\n"
        "농구 > KBL\n\n"
        "SK, KCC 꺾고 3년 만에 프로농구 정상\n\n"
        "손예준 기자  |  기사입력 2026-05-10 21:47\n\n"
        "서울 SK가 3년 만에 프로농구 정상에 올랐다.\n\n"
        "[박스스코어]\n"
        "팀          1Q   2Q   3Q   4Q   합계\n"
        "서울 SK     21   22   18   25    86\n"
        "부산 KCC    18   20   21   20    79\n\n"
        "SK는 우승 상금 1억원을 받는다.\n"
    )
    assert page.title == "SK, KCC 꺾고 3년 만에 프로농구 정상"
    assert page.published == "2026-05-10"
    assert page.body == "서울 SK가 3년 만에 프로농구 정상에 올랐다.\nSK는 우승 상금 1억원을 받는다."


def test_a_sentence_full_of_numbers_is_no_table_row():
    page = clean_text("제목이 여기 있다 정말\n\n1위 삼성 2위 LG 3위 SK 4위 KT 5위 NC\n2026년 1~3월 수출은 1,200억 달러로 5.1% 늘었다.\n")
    assert "1위 삼성 2위 LG 3위 SK 4위 KT 5위 NC" in page.body
    assert "5.1% 늘었다." in page.body


def test_a_columns_author_box_and_correction_notes_end_the_article():
    for marker in ("필자 소개", "[정정보도] 본지는 지난 7월 22일자 기사에서 4,000가구라고 보도했으나 바로잡습니다."):
        page = clean_text(f"제목이 여기 있다 정말\n\n본문 첫 문장이다.\n본문 둘째 문장이다.\n{marker}\n한서윤 교수. 서울대 의대를 졸업했다.\n")
        assert page.body == "본문 첫 문장이다.\n본문 둘째 문장이다."


def test_card_story_markers_counters_and_last_card():
    page = clean_text(
        "[카드뉴스] 배추 한 포기 2,980원…올해 김장 얼마 들까\n입력 2026.11.10 07:00\n좋아요 58 공유 ↗\n"
        "김장철을 앞두고 배춧값이 안정세를 보이고 있습니다.\n〈1/8〉\n[표지 이미지] 손수레 일러스트 — 이미지 확대\n〈2/8〉\n"
        "① 배추 한 포기 2,980원\n배추 소매가격은 2,980원으로 내렸습니다.\n〈8/8〉\n[마지막 카드] 카드뉴스를 구독하세요\n"
        "· [카드뉴스] 달걀 한 판 7,480원…1년 새 12% 올라\n"
    )
    assert page.body == "김장철을 앞두고 배춧값이 안정세를 보이고 있습니다.\n① 배추 한 포기 2,980원\n배추 소매가격은 2,980원으로 내렸습니다."


def test_wire_graphics_captions_photo_credit_and_social_handles_leave_the_body():
    page = clean_text(
        "교통사고 사망자 2,318명…통계 작성 이후 최소\n송고시간2027-03-04 12:00\n\n"
        "(서울=연합뉴스) 한예린 기자 = 지난해 교통사고 사망자가 2,318명으로 집계됐다.\n"
        "서울 시내 한 교차로\n[연합뉴스 자료사진]\n"
        "경찰청은 4일 이런 내용의 결과를 발표했다.\n"
        "[그래픽] 연도별 교통사고 사망자 추이\n"
        "(서울=연합뉴스) 김민지 기자 = 2016년 4,292명이던 사망자는 2021년 2,916명으로 줄어든 뒤 해마다 감소했다.\n"
        "X(트위터) @yonhap_graphics  페이스북 tuney.kr/LeYN1\n"
        "보행 중 사망자는 812명이었다.\n"
    )
    assert page.body == (
        "(서울=연합뉴스) 한예린 기자 = 지난해 교통사고 사망자가 2,318명으로 집계됐다.\n"
        "경찰청은 4일 이런 내용의 결과를 발표했다.\n보행 중 사망자는 812명이었다."
    )


def test_disclosure_box_stock_rows_app_toolbars_and_speaker_labels_are_furniture():
    page = clean_text(
        "[공시] 한화오션, LNG운반선 4척 수주\n입력 2026.01.08 07:00\n"
        "한화오션 042660 코스피 조선\n거래량 3,214,560주 | 시가총액 30조 1,520억원 | 52주 최고 104,500\n"
        "🔖 저장    🔗 공유    가가 글자크기    🔊 듣기\n"
        "┌ DART 공시 요약 ──────\n│ 계약금액 : 1,312,000,000,000원\n└ 자료: 금융감독원 전자공시시스템(DART)\n"
        "한화오션이 LNG 운반선 4척을 1조 3,120억원에 수주했다고 7일 공시했다.\n"
        "🔔 [푸시 알림] 알림을 켜고 속보를 가장 먼저 받아보세요   [알림 켜기]  ✕\n"
        "<인터뷰> 박정환 / 김제시 벼 재배 농민\n"
        "올해 인도 예정 선박은 40척이다.\n"
    )
    assert page.body == "한화오션이 LNG 운반선 4척을 1조 3,120억원에 수주했다고 7일 공시했다.\n올해 인도 예정 선박은 40척이다."


def test_an_english_outlets_date_row_and_credit_lines():
    page = clean_text(
        "THE KOREA LEDGER   한국어판 | ENGLISH\nBusiness > Industry\n\n제약 상반기 수출 63.8억 달러 ‘역대 최대’\n\nBy 대니얼 권 (Daniel Kwon)\n"
        "Published : Aug. 20, 2026 - 15:42        Updated : Aug. 21, 2026 - 09:10\n"
        'Original (English) : "Korean drug exports top $6 billion"\n\n'
        "한국의 의약품 수출이 올해 상반기 처음으로 60억 달러를 넘어섰다.\n\nTranslated by 이하린 (harin.lee@korealedger.com)\n"
    )
    assert page.published == "2026-08-20"
    assert page.body == "한국의 의약품 수출이 올해 상반기 처음으로 60억 달러를 넘어섰다."


def test_a_newsletters_contents_drawn_box_running_headers_and_contact_line():
    page = clean_text(
        "소상공인 경영안정지원금 3만 곳에 지급\n발행일 2026년 2월 25일 | 발행인 청주시장\n"
        "CONTENTS\n06  경제·일자리 | 소상공인 경영안정지원금 3만 곳에 지급\n"
        "청주시가 올해 300억원 규모의 지원금을 지급한다.\n"
        "┌ 한눈에 보는 청주 소상공인 (2025년 말 기준) ┐\n  사업체 6만 8,400곳 | 종사자 14만 2,000명\n└──────────┘\n"
        "경제·일자리                 7\n○ 신청은 다음 달 2일부터 받는다.\n8               푸른청주 2026. 3\n"
        "○ 지원금은 2주 이내에 지급된다.\n16              푸른청주 2026. 3\n"
        "※ 문의 : 청주시 소상공인정책과 043-201-2345\n어르신 일자리 1만 2,000개로 늘려\n"
    )
    assert page.published == "2026-02-25"
    assert page.body == (
        "청주시가 올해 300억원 규모의 지원금을 지급한다.\n경제·일자리 7\n○ 신청은 다음 달 2일부터 받는다.\n"
        "○ 지원금은 2주 이내에 지급된다."
    )


def test_broadcast_cues_hashtags_sign_off_with_crew_and_attachment_list():
    page = clean_text(
        "대구·경북 전공의 충원율 64%\n입력 2026.03.05 20:10\n\n◀ 앵 커 ▶\n전공의 충원율이 64%에 그쳤습니다.\n"
        "◀ INT ▶ 이정훈 / 칠곡경북대병원 소아청소년과 교수\n수당만으로는 역부족이라는 지적입니다.\n◀ st-up ▶\n"
        "NDB뉴스 김태훈입니다. (영상취재: 이승현, 그래픽: 박소영)\n#전공의 #필수의료 #지역의료\n"
    )
    assert page.body == "전공의 충원율이 64%에 그쳤습니다.\n수당만으로는 역부족이라는 지적입니다."
    page = clean_text("외국인력 2회차 배정\n2026. 3. 5.(목) 배포\n□ 노동부는 배정 인원을 늘렸다.\n※ 붙임 1. 배정 인원 1부.\n〈붙임 1〉 업종별 배정\n")
    assert page.body == "□ 노동부는 배정 인원을 늘렸다."


def test_a_council_release_with_a_spaced_header_photo_notes_and_captions():
    page = clean_text(
        "도민과 함께 여는 새로운 경북, 열린 의정\n경 상 북 도 의 회 보 도 자 료\n"
        "배포일시 : 2026. 4. 21.(화) 보도일시 : 즉시 보도 가능\n(사진 있음)\n"
        "경북도의회 산불피해복구특위 “이재민 주거 지원 서둘러야”\n- 복구비 1조 8,000억원 가운데 41%만 집행\n"
        "특위는 20일 피해 지역을 찾아 복구 상황을 점검했다.\n(사진 있음)\n"
        "▲ 권태형 위원장 등 특위 위원들이 현장에서 설명을 듣고 있다.\n특위는 예산을 늘려 달라고 요청했다.\n"
        "붙임 : 현장 점검 사진 3매. 끝.\n[의정 단신]\n"
    )
    assert page.title == "경북도의회 산불피해복구특위 “이재민 주거 지원 서둘러야”"
    assert page.body == "- 복구비 1조 8,000억원 가운데 41%만 집행\n특위는 20일 피해 지역을 찾아 복구 상황을 점검했다.\n특위는 예산을 늘려 달라고 요청했다."


def test_transcript_time_codes_and_a_comment_section():
    page = clean_text(
        "청주공항 국제선 주 96회로\n등록 2026.10.27 19:52\n[앵커]\n[00:00] 청주국제공항의 국제선 하늘길이 넓어집니다.\n"
        "[00:17] 오사카 노선이 오는 31일 처음 뜹니다.\n[01:58] SCB뉴스 김하준입니다.\n"
    )
    assert page.body == "청주국제공항의 국제선 하늘길이 넓어집니다.\n오사카 노선이 오는 31일 처음 뜹니다."
    page = clean_text("반려견 등록 안내\n입력 2026.04.27 10:00\n등록비를 지원해요.\n댓글 87   최신순 | 인기순\n냥집사  2026년 4월 30일\n")
    assert page.body == "등록비를 지원해요."


def test_an_explanation_release_with_contact_rows_and_section_labels():
    page = clean_text(
        "보도설명자료\n금융위원회\n보도 일시   2026. 6. 9.(화) 즉시 보도 가능\n"
        "담당 부서   금융위원회 은행과       책임자   과  장   문지현 (02-2100-2950)\n"
        "<총괄>                               담당자   사무관   백승우 (02-2100-2953)\n\n"
        "인터넷은행 중·저신용자 대출 비중, 3사 모두 목표 충족\n【 기사 내용 】\n○ 일부 언론은 대출 비중이 목표치를 밑돌았다고 보도하였습니다.\n"
        "【 설명 】\nQ1. 목표에 미달했나요?\n○ 3사 모두 목표를 웃돌았습니다.\n※ 붙임 : 대출 비중 추이\n"
    )
    assert page.title == "인터넷은행 중·저신용자 대출 비중, 3사 모두 목표 충족"
    assert page.body == "○ 일부 언론은 대출 비중이 목표치를 밑돌았다고 보도하였습니다.\nQ1. 목표에 미달했나요?\n○ 3사 모두 목표를 웃돌았습니다."


def test_a_board_post_dump_and_an_email_newsletter():
    page = clean_text(
        "남원농협  |  조합원과 함께 성장하는 행복한 농협\n● 조합원 건강검진 지원 신청 안내\n홈  >  알림마당  >  농협소식\n"
        "제목  로컬푸드직매장 10월 매출 31억원 돌파\n작성자  기획홍보팀     작성일  2026-11-03 14:20     조회수  412\n"
        "첨부파일  로컬푸드_10월_실적.hwp (84KB)\n남원농협은 직거래 매출이 268억원으로 늘었다고 3일 밝혔다.\n목록\n"
        "이전글  조합원 자녀 장학금 1억 2,000만원 전달  2026-10-28\n"
    )
    assert (page.title, page.published) == ("로컬푸드직매장 10월 매출 31억원 돌파", "2026-11-03")
    assert page.body == "남원농협은 직거래 매출이 268억원으로 늘었다고 3일 밝혔다."
    page = clean_text(
        "보낸사람: 트래블머니 레터 <letter@travelmoney.kr>\n받는사람: 구독자님 <me@example.com>\n"
        "날짜: 2026년 8월 19일 (수) 오전 7:00\n제목: [레터 #87] 카드 지출 48억 달러\n이메일이 잘 보이지 않으면 웹에서 보기 ›\n"
        "▶ 이번 호 목차\n  1. [이번 주 숫자] 카드 지출 48억 달러\n━━━━━━━━━━\n1. [이번 주 숫자]\n카드 지출 48억 달러…1년 새 21% 늘어\n━━━━━━━━━━\n"
        "외국인 관광객의 카드 지출이 48억 3,000만 달러로 집계됐습니다.\n글 · 서하윤 에디터  |  자료: 한국은행\n2. [짧은 소식]\n· 면세점 매출 1조 1,200억원\n"
        "본 메일은 구독을 신청하신 분께 발송됩니다.\n"
    )
    assert page.published == "2026-08-19"
    assert page.body.endswith("외국인 관광객의 카드 지출이 48억 3,000만 달러로 집계됐습니다.")
    assert "1조 1,200억원" not in page.body and "보낸사람" not in page.body


def test_a_tv_script_with_bracketed_crew_an_e_mail_sign_off_and_a_contact_line():
    page = clean_text(
        "수입 과일 가격 고공행진\n입력 2026.06.02 19:30\n체리 가격이 20% 넘게 뛰었습니다.\n[스탠드업] 김하은 / 기자\n"
        "물량은 12만 상자에서 30만 상자로 늘어납니다.\n채널K뉴스 김하은입니다. (haeun@channelk.tv)\n[영상취재 박진호]\n"
    )
    assert page.body == "체리 가격이 20% 넘게 뛰었습니다.\n물량은 12만 상자에서 30만 상자로 늘어납니다."
    page = clean_text("광역버스 32개 노선 신설\n2026.04.16 국토교통부\n노선을 9개에서 13개로 늘린다.\n문의 : 국토교통부 광역버스과(044-201-5102)\n")
    assert page.body == "노선을 9개에서 13개로 늘린다."


def test_a_wire_story_whose_only_date_row_after_the_body_is_its_closing_stamp():
    # the closing "… 송고" row stands past the end the article is cut at; it must not move the title
    page = clean_text(
        "연합뉴스 | 경제 | 경제정책\n송고시간 2026-08-27 12:00\n근로·자녀장려금 312만 가구에 2조 8천억 지급\n"
        "공유  댓글  글자크기조정  인쇄\n(세종=연합뉴스) 변지호 기자 = 국세청은 장려금을 지급한다고 27일 밝혔다.\n"
        "근로장려금은 265만 가구에 지급된다.\n지급 가구는 14만 가구 늘었다.\n연령별로는 청년 가구가 많았다.\n"
        "장려금은 계좌로 입금된다.\njiho@yna.co.kr\n제보는 카카오톡 okjebo\n<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n"
        "2026/08/27 12:00 송고\n관련 뉴스\n· 내년 근로장려금 최대 330만원으로\n"
    )
    assert page.title == "근로·자녀장려금 312만 가구에 2조 8천억 지급"
    assert page.published == "2026-08-27"
    assert page.body.endswith("장려금은 계좌로 입금된다.")
