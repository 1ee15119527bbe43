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
