"""Clean plain-text dumps of news pages (copy-paste or text-browser output).

A dump holds the article among the page's furniture: a weather ticker, the
masthead date, menu and section words, then the headline, the deck lines under
it and the paragraphs, then sidebars ("HOT클릭 TOP7", "배너", "더보기") and the
teasers of other articles. The stages, in order:

1. fold whitespace on every line (NBSP and runs of spaces become one space);
2. drop weather and air-quality tickers, menu bars and words, breadcrumbs,
   widget rows (short pieces split by '|') and the lines of line_patterns (page
   numbers, drawn boxes, broadcast cues, e-mail headers, stock rows ...); tables and
   charts printed as text go with their caption; transcript time codes are cut from
   their lines; remember the first date line of the masthead as the publication date;
3. the headline is the first remaining line that reads like one (not a
   sentence, not a menu word) below the page header (a breadcrumb ends it); a press
   release's is the line over its first summary line, a board post's its '제목' row;
   without one, there is no title;
4. the body runs from there to the first end marker (HOT클릭, 관련기사,
   저작권자, 필자 소개, [정정보도], ※ 문의 ...), one paragraph per line, with reporter
   lines kept as byline and running headers repeated on every page taken out.
The furniture itself is data: rules/furniture.toml.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from datetime import date

from ._needles import Needled
from .dates import parse_published
from .page import Page

__all__ = ["clean_text", "furniture"]

# Runs of these become one space; a lone ' ' needs no rewriting and is not matched.
_SPACE_CHARS = r"\t\u00a0\u2000-\u200b\u3000\ufeff"
_SPACES = re.compile(rf"[{_SPACE_CHARS}][ {_SPACE_CHARS}]*| [ {_SPACE_CHARS}]+")
_DATE_TIME = (
    r"(\d{4})\s*(?:년|[.\-/])\s*(\d{1,2})\s*(?:월|[.\-/])\s*(\d{1,2})\s*일?\.?"
    r"(?:\s*\(?[월화수목금토일](?:요일)?\)?)?"
    r"(?:\s*(?:오전|오후)?\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?|\s*\d{1,2}시\s?\d{1,2}분)?"
)
# A line that is only a date: a masthead, an 입력 line (maybe with its 수정 time), or a press
# release's 보도시점/보도일시/배포 line ("보도시점 2026. 3. 17.(화) 12:00 (3. 18.(수) 조간)").
# A wire story's "송고시간2026-05-20 14:31" or closing "2026/05/20 14:31 송고" is one too.
_MASTHEAD_DATE = re.compile(
    r"^(?:(?:입력|등록|수정|기사\s?입력|기사\s?작성|작성|기사\s?등록|등록일|입력일|게재일|발행|승인|게재|송고\s?시간|송고|보도\s?시점|보도\s?일시|보도\s?일자|배포\s?일시|배포)\s*:?\s*)?"
    rf"{_DATE_TIME}(?:\s*[|·]?\s*(?:수정|업데이트|최종\s?수정|최종\s?편집)\s*:?\s*{_DATE_TIME})?(?:\s*\([^()]{{1,30}}\))?(?:\s*(?:송고|배포)|\s*(?:조간|석간))?\s*$"
)


@lru_cache(maxsize=1)
def furniture() -> dict:
    """The furniture tables (rules/furniture.toml), compiled once."""
    raw = tomllib.loads(resources.files("newsx.rules").joinpath("furniture.toml").read_text(encoding="utf-8"))
    text = raw["text"]
    return {
        "menu_words": frozenset(text["menu_words"]),
        "end_markers": tuple(text["end_markers"]),
        "drop_phrases": tuple(text["drop_phrases"]),
        "weather": Needled(re.compile(text["weather"])),
        "air": Needled(re.compile(text["air"])),
        "breadcrumb": Needled(re.compile(text["breadcrumb"])),
        "menu_line_share": float(text["menu_line_share"]),
        "byline": Needled(re.compile(text["byline"])),
        "press_header": re.compile(text["press_header"]),
        "press_footer": re.compile(text["press_footer"]),
        "press_deck": tuple(text["press_deck"]),
        "sign_off": re.compile(text["sign_off"]),
        "profile_box": re.compile(text["profile_box"]),
        "ticker_move": re.compile(text["ticker_move"]),
        "line_patterns": text["line_patterns"],  # the sources: the HTML cleaner reads them too
        "line_pattern": re.compile("|".join(f"(?:{p})" for p in text["line_patterns"])),
        "photo_credit": re.compile(text["photo_credit"]),
        "credited_caption": re.compile(text["credited_caption"]),
        "info_date": re.compile(rf"(?:{'|'.join(map(re.escape, text['info_date_words']))})\s*:?\s*{_DATE_TIME}"),
    }


def _fold(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


_DATE_SOURCE = re.compile(rf"^({_DATE_TIME})\s+[가-힣]{{1,15}}(?:부|처|청|원|위원회|시|도|군|구|공단|공사|재단)$")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# an English outlet's date row: "Published : Aug. 20, 2026 - 15:42   Updated : Aug. 21, 2026 - 09:10"
_ENGLISH_DATE = re.compile(
    r"^(?:Published|Posted|Updated|Released|Date)\s*:?\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})",
    re.I,
)


def _masthead_date(line: str) -> str | None:
    """The date of a line that is only a date (a masthead or 입력 line), read by dates.parse_published;
    in a press release's "배포일 … / 보도일 … 조간" row, the 보도 date; an English outlet's "Published : Aug. 20, 2026"."""
    m = _DATE_SOURCE.match(line) if len(line) <= 60 else None
    if m:  # "2026.04.16  국토교통부": a briefing's date row with the issuing body
        found = parse_published(m.group(1))
        if found:
            return found.isoformat()
    m = _ENGLISH_DATE.match(line) if len(line) <= 120 else None
    if m:
        try:
            return date(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2))).isoformat()
        except ValueError:
            return None
    m = _PRESS_DATE.search(line) if len(line) <= 100 else None
    if m:
        found = parse_published(m.group(1))
        if found:
            return found.isoformat()
    if not _MASTHEAD_DATE.match(line):
        return None
    found = parse_published(line)
    return found.isoformat() if found else None


_WIDGET_AFTER_DATE = re.compile(rf"^{_DATE_TIME}\s+(?=.*(?:℃|°C|운세|날씨|\|))(.{{1,50}})$")


def _dated_widget(line: str) -> str | None:
    """The date of a masthead row that goes on with widgets: "2026년 7월 16일 (목) 오늘의 운세 | 날씨 서울 29℃"."""
    m = _WIDGET_AFTER_DATE.match(line)
    if not m or line.endswith(("다.", "다")):
        return None
    found = parse_published(line[: m.start(4)])
    return found.isoformat() if found else None


_REPORTER = re.compile(r"([가-힣]{2,4})\s?기자")
_PRESS_DATE = re.compile(rf"보도\s?(?:일시|일자|시점|일)\s*[:：]?\s*({_DATE_TIME})")
_FULL_DATE = re.compile(r"\d{4}\s*(?:년|[.\-/])\s*\d{1,2}\s*(?:월|[.\-/])\s*\d{1,2}")
_ROW_MARK = re.compile(r"\||\s[·/]\s|Published|Updated|음력|기자|입력|작성|등록")
_LEAD = re.compile(r"^\([^()]{2,20}=[^()]{2,12}\)\s?(?:[가-힣]{2,4}\s){1,3}?(?:기자|특파원)\s?=")
_WIRE_LEAD = re.compile(r"(?:기자|특파원)\s?=\s?\S.{9,}")


def _info_row(line: str, f: dict) -> tuple[str | None, str | None] | None:
    """(date, reporter) of a header row that holds the posting date among other short fields,
    else None: labelled ("기자명 정하늘 기자 승인 2026.08.28 18:20 수정 … 댓글 0") or set apart by
    marks ("박지훈 기자 | 2026-09-18 05:00 | 댓글 3", "최승민 기자 | Published 2026.10.15 07:10",
    "2026년 11월 9일 월요일 · 음력 9월 21일"). Only short rows that are not sentences qualify."""
    if len(line) > 120 or line.endswith(("다.", "다", "요.")):
        return None
    m = f["info_date"].search(line)
    labelled = m is not None
    if m is None and len(line) <= 110 and _ROW_MARK.search(line):
        m = _FULL_DATE.search(line)
    if not m:
        return None
    found = parse_published(m.group(0))
    if not found and not labelled:
        return None  # marks alone make a row of a date only when the date reads
    reporter = _REPORTER.search(line[: m.start()])
    return (found.isoformat() if found else None), (f"{reporter.group(1)} 기자" if reporter else None)


_WRITER_CREDIT = re.compile(r"^글\s?[·:ㆍ]\s?[가-힣]{2,4}\s?(?:기자|에디터|편집장|객원기자|칼럼니스트)(?:\s|$)")
_TIME_CODE = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s?")
# the head of a comment section: "댓글 87   최신순 | 인기순", "독자 의견 14"
_COMMENTS_HEAD = re.compile(r"^(?:댓글|독자\s?의견|의견)\s?[\d,]+\s+.*(?:최신순|인기순|등록순|추천순|공감순)")


def _ends_article(line: str, f: dict) -> bool:
    """An end marker (a sidebar title, a copyright line), also behind an opening bracket or
    mark ("<저작권자(c) …>", "※ '당신의 제보가 …'"), or a broadcast sign-off."""
    if line.startswith(f["end_markers"]) or line.lstrip("<[(※ ").startswith(f["end_markers"]):
        return True
    if len(line) <= 60 and _COMMENTS_HEAD.match(line):
        return True
    if len(line) <= 100 and _WRITER_CREDIT.match(line):
        return True  # "글 · 서하윤 에디터  |  자료: 한국은행": a newsletter's or magazine's story closes with its credit
    line = _CREW.sub("", line)  # "NDB뉴스 김태훈입니다. (영상취재: 이승현, 그래픽: 박소영)"
    return len(line) <= 25 and bool(f["sign_off"].match(line) or f["profile_box"].match(line))


_SUMMARY_BOX = re.compile(r"^\[?\s?(?:AI\s?요약|요약|3줄\s?요약|세\s?줄\s?요약)\s?\]?$|^\[BOX\]")
_COUNTER_ROW = re.compile(r"^(?:(?:댓글|공유|좋아요|추천|조회|스크랩)\s?[:：]?\s?(?:[\d,]+|[↗↑♥♡👍])\s*)+$|^\S{2,15}\s*\+\s?구독$")
_GLUED_KIND = re.compile(r"(?<=\S)(보도|보도참고|보도설명|설명|해명)자료")
_SPACED_LETTERS = re.compile(r"(?<![가-힣])((?:[가-힣] ){2,}[가-힣])(?![가-힣])")
_BOX_LINE = re.compile(r"^[\s─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝■□▪-]+$")
_PICTOGRAPH = re.compile("[\U0001F300-\U0001FAFF]")
_SUBJECT_ROW = re.compile(r"^제\s?목\s*(?:[:：]\s*|\s{1,})(\S.{4,150})$")
_ATTACHMENT_ROW = re.compile(r"^첨부\s?파일")
_POST_INFO = re.compile(r"작성자|작성일|등록일|글쓴이|조회수")
_PHONE = re.compile(r"\d{2,4}-\d{3,4}-\d{4}")
# credits or an e-mail address bracketed after a sign-off
_CREW = re.compile(r"\s*\((?:(?:영상\s?취재|영상\s?편집|촬영|그래픽|취재)\s?[:：][^()]*|[\w.+-]+@[\w.-]+)\)\s*$")
_PAGE_MARK = re.compile(r"^\d{1,3}\s+|\s+\d{1,3}$")  # a page number opening or closing a running header
_SOCIAL = re.compile(r"(?:^|\s)@[A-Za-z_][\w.]{2,}(?=\s|$)")
# A cell of a table row: a number, maybe signed or quoted, with a short counter ("'25.5월", "1Q", "-0.8%")
_CELL = re.compile(r"^['‘’(]?[+\-−▲▼△▽]?\d[\d.,:/~%\-]*(?:[A-Za-z가-힣]{1,2})?\)?$")
# The lines that head a table: its caption ("< 소비자물가지수 추이 >", "[박스스코어]") or unit line ("(단위: 억원)")
_TABLE_HEAD = re.compile(r"^(?:<[^<>]{2,40}>|\[[^\[\]]{2,20}\]|【[^【】]{2,20}】|\([^()]{0,30}(?:단위|%)[^()]{0,20}\))$")


def _table_row(line: str) -> bool:
    """A row of a table or chart printed as text ("서울 SK 21 22 18 25 86", "2.7 2.5 2.6 2.4 2.3"):
    five or more cells, at least three in five of them numbers, and no sentence."""
    cells = line.split()
    if len(cells) < 5 or line.endswith(("다.", "다", ".")):
        return False
    return sum(1 for c in cells if _CELL.match(c)) >= 0.6 * len(cells)


def _press_header(line: str, f: dict) -> bool:
    """The line naming a press release, also spaced out ("질병관리청 보 도 자 료") or as a field
    of a header row."""
    pat = f["press_header"]
    if pat.match(line) or pat.match(line.replace(" ", "")):
        return True
    joined = _SPACED_LETTERS.sub(lambda m: m.group(1).replace(" ", ""), line)
    # "경 상 북 도 의 회 보 도 자 료" joins into one word: the body's name and 보도자료
    if joined != line and (pat.match(joined) or pat.match(_GLUED_KIND.sub(r" \1자료", joined))):
        return True
    return "|" in line and len(line) <= 80 and any(pat.match(part.strip()) for part in line.split("|"))


def _is_furniture(line: str, f: dict) -> bool:
    """Weather and air-quality tickers, menu bars, breadcrumbs, widget rows split by '|'."""
    if f["weather"].match(line) or f["air"].search(line) and len(line) < 60 or line in f["menu_words"]:
        return True
    if any(p in line for p in f["drop_phrases"]) or f["breadcrumb"].match(line):
        return True
    words = line.split()
    menu = sum(w in f["menu_words"] for w in words)
    if len(words) >= 3 and menu >= f["menu_line_share"] * len(words) or len(words) == 2 and menu == 2:
        return True
    if _press_header(line, f):  # "보도자료", "보 도 자 료", "국민연금공단 보도자료 | 홍보실 | 배포 즉시"
        return True
    if _BOX_LINE.match(line) and len(line) > 3:  # the frame of a boxed contact block
        return True
    if _COUNTER_ROW.match(line) or f["line_pattern"].match(line):  # "댓글 14", "- 2 -", …
        return True
    if len(line) <= 100 and _SOCIAL.search(line) and not line.endswith(("다.", "다")):
        return True  # "X(트위터) @yonhap_graphics  페이스북 tuney.kr/LeYN1"
    if len(line) <= 120 and (len(_PICTOGRAPH.findall(line)) >= 2 or line.startswith("🔔")) and not line.endswith(("다.", "다")):
        return True  # an app's toolbar ("🔖 저장 🔗 공유 가가 글자크기 🔊 듣기") or push banner
    if len(f["ticker_move"].findall(line)) >= 2 and not line.endswith(("다.", "다")):
        return True
    parts = [p.strip() for p in line.split("|")]
    if len(parts) >= 3 and sum(p in f["menu_words"] for p in parts) >= 2:
        return True  # "2026년 6월호 (통권 218호) 정기구독 | 로그인 | 회원가입"
    return len(parts) >= 2 and all(0 < len(p) <= 15 for p in parts) and not line.endswith((".", "다"))


_LETTER_WORD = re.compile(r"[가-힣A-Za-z]{2,}")
_HAS_LETTER = re.compile(r"[가-힣A-Za-z]")


def _is_headline(line: str, menu: frozenset) -> bool:
    if line in menu or len(line) < 8 or len(line) > 150:
        return False
    if line.endswith((".", "다", "요")) and (line.endswith(".") or len(line) > 60):
        return False  # a paragraph: headlines do not end with a full stop
    # two words with letters ("2026년 5월 소비자물가동향"), not "≡ 다온뉴스 🔍 ⓘ"
    return sum(1 for word in line.split() if _HAS_LETTER.search(word)) >= 2


def clean_text(text: str) -> Page:
    """Title, body, publication date and byline of a plain-text page dump."""
    # a broadcast transcript's "[00:17] " time codes open its lines: they are no text
    lines = [_TIME_CODE.sub("", line) for line in map(_fold, text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))]
    lines = [line for line in lines if line]
    page = _clean_lines(lines)
    if page.published is None:
        page.published = _header_date(lines, page.title)
    return page


def _header_date(lines: list[str], title: str | None) -> str | None:
    """Last resort for the date: the first full date on a short, non-sentence line of the page
    head (the lines up to three after the headline, or the first fifteen) - a date row of a
    layout the rules above do not know."""
    stop = next((k for k, x in enumerate(lines) if title and x == title), None)
    for line in lines[: (stop + 4) if stop is not None else 15]:
        if len(line) > 120 or line.endswith(("다.", "다", "요.")):
            continue
        m = _FULL_DATE.search(line)
        found = parse_published(line[m.start() : m.start() + 40]) if m else None
        if found:
            return found.isoformat()
    return None


def _clean_lines(lines: list[str]) -> Page:
    """The page from its folded, non-empty lines."""
    f = furniture()
    kept: list[str] = []
    removed: list[str] = []
    published = None
    reporter = None
    before_crumb: set[int] = set()  # kept lines a breadcrumb follows: not the headline, which comes after it
    in_box = False  # inside a summary box ("[AI 요약]" and its bullet lines)
    in_drawn = False  # inside a box drawn with ┌ … └ (its middle lines need not start with a frame)
    subject = None  # a board post's "제목  …" row: the title, and what stood above it is the page's header
    date_at: int | None = None
    for n, line in enumerate(lines):
        if in_drawn or line.startswith(("┌", "╔")):
            in_drawn = not line.startswith(("└", "╚")) and not (line.startswith(("┌", "╔")) and line.endswith(("┘", "╝")))
            removed.append(line)
            continue
        m = _SUBJECT_ROW.match(line) if subject is None and len(kept) < 40 else None
        if m and any(_POST_INFO.search(x) for x in lines[n + 1 : n + 3]):  # the post's 작성자/작성일 row follows
            subject = m.group(1)
            removed.extend(kept)
            removed.append(line)
            kept, before_crumb, date_at = [], set(), None
            continue
        if subject is not None and _ATTACHMENT_ROW.match(line):
            removed.append(line)
            continue
        if _SUMMARY_BOX.match(line):
            in_box = True
            removed.append(line)
            continue
        if in_box:
            if line.startswith(("·", "•", "-", "※", "▶", "자료:", "자료 :")):
                removed.append(line)
                continue
            in_box = False
        if f["photo_credit"].match(line):
            removed.append(line)
            if kept and len(kept[-1]) <= 40 and not kept[-1].endswith((".", "다")):
                removed.append(kept.pop())  # the caption above the credit
            continue
        if f["credited_caption"].match(line):  # "청사 전경. [한강일보 자료사진]", "… 찍고 있다. (사진=LG 트윈스)"
            removed.append(line)
            continue
        if kept and _ends_article(line, f):
            kept.append(line)  # a copyright line ends the article even where it is also furniture
            continue
        if _is_furniture(line, f):
            if kept and f["breadcrumb"].match(line):
                before_crumb.add(len(kept) - 1)
            removed.append(line)
            continue
        date = _masthead_date(line)
        info = None if date else _info_row(line, f)
        dated_widget = None if date or info else _dated_widget(line)
        if date or info or dated_widget:
            published = published or date or (info and info[0]) or dated_widget
            reporter = reporter or (info and info[1])
            if date_at is None and not dated_widget and kept:
                date_at = len(kept)  # the article's date row: its headline stands a few lines above
            removed.append(line)
            continue
        if _table_row(line):  # a table or chart printed as text, with its caption and unit lines
            removed.append(line)
            while kept and _TABLE_HEAD.match(kept[-1]):
                removed.append(kept.pop())
            continue
        kept.append(line)
    if subject is not None:
        for i, line in enumerate(kept):
            if _ends_article(line, f):
                removed.extend(kept[i:])
                kept = kept[:i]
                break
        return _finish(kept, subject, published, removed, f, reporter)
    press = any(_press_header(x, f) for x in removed[:12])
    # A press release: the headline is the line right before its summary lines ("- ...", "◈") or
    # its first "□" paragraph; what stands between the header and it (a slogan, the ministry,
    # a contact block placed on top) is not body.
    lead = None
    if press:
        # (not a contact row of the header: "<총괄> 담당자 사무관 백승우 (02-2100-2953)")
        j = next((k for k, x in enumerate(kept[:30]) if x.startswith(f["press_deck"]) and not _PHONE.search(x)), None)
        if j and _is_headline(kept[j - 1], f["menu_words"]):
            lead = j
    # Where the article ends: the first end marker once some body has been seen (in a press
    # release, also its contact block: 담당 부서, 책임자 (044-...), 붙임, 이 보도자료와 관련하여).
    lo = lead or 0
    for i in range(lo + 1, len(kept)):
        line = kept[i]
        if _ends_article(line, f) or press and f["press_footer"].match(line):
            removed.extend(kept[i:])
            kept = kept[:i]
            break
    title = None
    start = 0
    if lead:
        removed.extend(kept[: lead - 1])
        return _finish(kept[lead:], kept[lead - 1], published, removed, f, reporter)
    # A headline is only taken when something follows it; the header before it is furniture,
    # and so is everything above a breadcrumb ("LIVE [KBO] 두산 4 : 7 삼성", then "농구 > KBL").
    crumb_end = max((k + 1 for k in before_crumb if k < 12), default=0)
    for i, line in enumerate(kept[:12]):
        if i < crumb_end:
            continue
        if _is_headline(line, f["menu_words"]) and i + 1 < len(kept):
            if i and all(len(x) <= 12 or k < crumb_end or len(_LETTER_WORD.findall(x)) < 2 for k, x in enumerate(kept[:i])):
                removed.extend(kept[:i])
            elif i:
                break  # long lines before it: this is no page header, keep everything
            title, start = line, i + 1
            break
    # A masthead can read like a headline ("MONEY PLAN 월간 머니플랜"): when the date row stands far
    # below the line taken, the headline is the first one that reads like it just above the date row.
    # (only a date row of the page head: one seen after the body, as a wire story's closing "… 송고",
    # may stand past the end the article was cut at)
    if date_at is not None and title is not None and date_at - start > 3 and date_at <= min(len(kept), 30):
        near = next((k for k in range(max(start, date_at - 4), date_at) if _is_headline(kept[k], f["menu_words"])), None)
        if near is not None:
            removed.extend(kept[: near])
            title, start = kept[near], near + 1
    return _finish(kept[start:], title, published, removed, f, reporter)


def _finish(
    body_lines: list[str], title: str | None, published, removed: list[str], f: dict, byline: str | None = None
) -> Page:
    """The page from its body lines: bylines and running headers taken out."""
    out = []
    leads = 0  # wire leads seen: "(서울=연합뉴스) 홍길동 기자 = …" opens the story once; a later one heads a graphic's caption
    seen: dict[str, int] = {}
    keys = [_PAGE_MARK.sub("", line) for line in body_lines]  # "6 푸른청주 2026. 3" and "8 푸른청주 2026. 3" repeat
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    for line, key in zip(body_lines, keys):
        if seen[key] > 1 and 10 <= len(key) <= 80 and not line.endswith((".", "다")):
            removed.append(line)  # "국가데이터처 보도자료 2026년 5월 소비자물가동향" atop every page
            continue
        m = f["byline"].match(line)
        if m and len(line) < 80:
            byline = byline or (m.group(1) and f"{m.group(1)} 기자") or line
            if not _WIRE_LEAD.search(line):  # "(서울=연합뉴스) 홍길동 기자 = 본문…" opens the story
                removed.append(line)
                continue
        if _LEAD.match(line):
            leads += 1
            if leads > 1:
                removed.append(line)
                continue
        out.append(line)
    return Page(body="\n".join(out), title=title, published=published, byline=byline, removed=removed)
