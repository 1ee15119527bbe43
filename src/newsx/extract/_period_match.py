"""Periods, step 1 and 2: find date expressions and join them into ranges.

1. Find each date expression with small anchored regexes built from
   rules/periods.toml: an optional 오는/지난, then year (2026년, ’23년,
   2025~2027년, 내년, 병오년), month (3월, 이달), day (1일, 어제, 이날) or a part
   (상반기, 3분기, 말, 여름), or a full numeric date (2026.3.1., 2026-03-01).
2. Join two expressions into one range (A~B, A부터 B까지, A와 B 사이; B takes
   the year and month it leaves out from A) and read an open side from the
   particles 부터/이후 and 까지/이전.

Nothing here knows the publication date: a `Found` holds unresolved
`Point`s, which newsx.extract.periods turns into ISO partial dates.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .. import dates
from ..errors import RuleError

__all__ = ["Found", "Point", "Rules", "find", "rules"]

SP = r"[ \t\u00a0]"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", f"{SP}?") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Rules:
    raw: dict
    year_words: dict
    month_words: dict
    anchored: frozenset
    week_words: dict
    day_words: dict
    event_words: dict
    year_parts: dict
    month_parts: dict
    standalone_year: frozenset
    standalone_month: frozenset
    prefixes: dict
    forward_units: dict
    same_period: dict
    future_markers: re.Pattern
    plan_markers: re.Pattern | None  # "기로 했": a decision on what is to come
    event_day_window: int  # days before publication in which 이날 finds its event day
    month_part_days: bool  # 9월 말 -> its days (True) or the month (False)
    patterns: dict


def _parts(words, after: str) -> str:
    """Parts of a year or month; a one-syllable one (초, 말) not as the head of a
    list of words (초·중·고, 말·소)."""
    multi = [w for w in words if len(w) > 1]
    single = [w for w in words if len(w) == 1]
    return rf"(?:(?:{_alt(multi)}){after}|(?:{_alt(single)})(?![·ㆍ][가-힣]){after})"


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """rules/periods.toml, with the regexes built from it (loaded once)."""
    try:
        raw = tomllib.loads(resources.files("newsx.rules").joinpath("periods.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"rules/periods.toml: {exc}") from exc
    for key in ("year_words", "month_words", "week_words", "day_words", "event_day_words", "year_parts",
                "month_parts", "standalone", "particles", "prefixes", "forward", "day_blockers", "future_markers"):
        if key not in raw:
            raise RuleError(f"rules/periods.toml: missing [{key}]")
    for key in ("year_parts", "month_parts"):
        for word, pair in raw[key].items():
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)):
                raise RuleError(f"rules/periods.toml [{key}] {word!r}: expected [first, last], got {pair!r}")
    pt = raw["particles"]
    dash = "|".join(re.escape(d) for d in pt["range_dash"])
    y4 = r"(?:19|20)\d{2}"
    sy = r"[’'‘`]\d{2}"
    blk = raw["day_blockers"]
    spaced_blk = "|".join(
        re.escape(w) + ("(?![가-힣])" if len(w) == 1 else "") for w in sorted(blk["spaced"], key=len, reverse=True)
    )
    day_block = rf"(?!{_alt(blk['attached'])})(?!{SP}*(?:{spaced_blk}))"
    after_part = rf"(?=$|[^가-힣]|{_alt(pt['after_part'])})"
    clock = rf"(?:{SP}?(?:오전|오후|새벽|밤){SP}?\d{{1,2}}시(?:{SP}?\d{{1,2}}분|{SP}?반)?)?"  # a time of day
    p = {
        "prefix": rf"({_alt(raw['prefixes'])}){SP}+",
        "numdate": (
            rf"(?P<y>{y4})(?:\.{SP}?(?P<m>\d{{1,2}})\.{SP}?(?P<d>\d{{1,2}})(?!\d)(?:\.(?!\d))?"
            rf"|-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})(?!\d)|/(?P<m3>\d{{1,2}})/(?P<d3>\d{{1,2}})(?!\d))"
            rf"(?:{SP}?\([월화수목금토일]\))?"
            r"(?!\s?[호번])"  # 공보 2026-10-27호: a document number
        ),
        "sy_half": rf"(?P<a>{sy})\.{SP}?(?P<h>上|下)(?:半期|반기)?",
        "year": rf"(?P<a>{y4}|{sy})(?:{SP}?(?:{dash}){SP}?(?P<b>{y4}|{sy}|\d{{2}}))?(?:학년도|년(?:(?P<dae>대)|도)?)",
        "year_word": rf"(?:{_alt(raw['year_words'])})",
        # 전년 같은 달, 지난해 동기: a particle, 대비 or a non-letter must follow (동기부여 is not one)
        "same": (
            rf"{SP}?(?:{_alt(raw.get('same_period', {}))})"
            rf"(?=$|[^가-힣]|대비|보다|比|{_alt(pt['after_part'])})"
        ) if raw.get("same_period") else r"(?!)",
        "short_year": rf"(?:{_alt(raw['short_year_words'])})",
        "ganji": r"(?P<g>[갑을병정무기경신임계][자축인묘진사오미신유술해])년",
        "month": rf"(?P<a>\d{{1,2}})(?:{SP}?(?:{dash}){SP}?(?P<b>\d{{1,2}}))?월(?![드간]|호)",  # 재정동향 5월호: an issue
        "month_word": rf"(?:{_alt(raw['month_words'])})(?!세)",  # 전월세 is a lease, not last month
        "day": rf"(?P<a>\d{{1,2}})(?:{SP}?(?:{dash}){SP}?(?P<b>\d{{1,2}}))?일{day_block}",
        # not the start of a longer word: 내일준비지원금, 어제오늘, 오늘날
        "day_word": rf"(?:{_alt(raw['day_words'])}){after_part}",
        "event_word": rf"(?:{_alt(raw['event_day_words'])})",
        "week_word": rf"(?:{_alt(raw['week_words'])})",
        "qrange": rf"(?P<a>[1-4]){SP}?(?:{dash}){SP}?(?P<b>[1-4])분기",
        "year_part": _parts(raw["year_parts"], after_part),
        "month_part": _parts(raw["month_parts"], after_part),
        "forward": (
            rf"(?:{_alt(raw['forward']['words'])}){SP}?(?P<n>\d{{1,3}}){SP}?"
            rf"(?P<u>{_alt(raw['forward']['units'])})(?:간)?"
        ),
        "dash": rf"{SP}?(?:{dash}){SP}?",
        "from": rf"(?:{_alt(pt['range_from'])}){SP}+",
        "to": rf"(?:{_alt(pt['range_to'])})",
        "and": rf"(?:{_alt(pt['range_and'])}){SP}+",
        "between": rf"{SP}+사이",
        # a short bracketed aside may stand between the date and its particle:
        # "2022년(25만 4천 명) 이후", "2030년(목표 연도)까지"
        # and a time of day: "10월 23일(금) 오전 9시부터"
        "open_end": rf"(?:\([^()\n]{{1,30}}\))?{clock}(?:{_alt(w for w in pt['open_end'] if w not in pt['spaced'])}"
        rf"|{SP}?(?:{_alt(w for w in pt['open_end'] if w in pt['spaced'])}))",
        "open_start": rf"(?:\([^()\n]{{1,30}}\))?{clock}(?:{_alt(w for w in pt['open_start'] if w not in pt['spaced'])}"
        rf"|{SP}?(?:{_alt(w for w in pt['open_start'] if w in pt['spaced'])}))",
        "sp": rf"{SP}?",
        "per_day": rf"{SP}+(?:{_alt(blk['per_day'])}|\d)",
        "day_moves": blk.get("moves", "(?!)"),
        "weekday_after": r"\(([월화수목금토일])(?:요일)?\)",
        "weekday_before": rf"([월화수목금토일])요일{SP}?\($",
        "recurring": rf"(?<![가-힣])(?:{_alt(raw.get('recurring', ()))}){SP}*$",
    }
    patterns = {k: re.compile(v) for k, v in p.items()}
    starts = "|".join(
        f"(?:{p[k]})" for k in ("prefix", "year_word", "short_year", "ganji", "month_word", "day_word",
                                "event_word", "week_word", "year_part", "month_part", "forward")
    )
    patterns["start"] = re.compile(rf"(?<![\d,·/A-Za-z])(?<!\d\.)(?:\d|[’'‘`]\d)|(?<![가-힣])(?:{starts})")
    return Rules(
        raw=raw,
        year_words={_norm(k): v for k, v in raw["year_words"].items()},
        anchored=frozenset(_norm(w) for w in raw.get("anchored", {}).get("words", ())),
        month_words={_norm(k): v for k, v in raw["month_words"].items()},
        week_words={_norm(k): v for k, v in raw["week_words"].items()},
        day_words={_norm(k): v for k, v in raw["day_words"].items()},
        event_words={_norm(k): v for k, v in raw["event_day_words"].items()},
        year_parts=dict(raw["year_parts"]),
        month_parts=dict(raw["month_parts"]),
        standalone_year=frozenset(raw["standalone"]["year"]),
        standalone_month=frozenset(raw["standalone"]["month"]),
        prefixes=dict(raw["prefixes"]),
        forward_units=dict(raw["forward"]["units"]),
        same_period={re.sub(r"\s+", "", k): v for k, v in raw.get("same_period", {}).items()},
        future_markers=re.compile(_alt(raw["future_markers"])),
        plan_markers=re.compile(_alt(raw["plan_markers"])) if raw.get("plan_markers") else None,
        event_day_window=int(raw.get("event_day_window", 7)),
        month_part_days=bool(raw.get("month_part_days", False)),
        patterns=patterns,
    )


@dataclass
class Point:
    """One date expression before resolution; offsets into the body."""

    start: int
    end: int
    prefix: int = 0  # +1 오는, -1 지난
    year: int | None = None
    year2: int | None = None
    year_off: int | None = None
    anchored: bool = False  # 전년, 전월: the offset counts from the date named before, not publication
    ganji: str | None = None
    decade: bool = False
    month: int | None = None
    month2: int | None = None
    month_off: int | None = None
    day: int | None = None
    day2: int | None = None
    day_off: int | None = None
    event_off: int | None = None
    week_off: int | None = None
    year_part: tuple[int, int] | None = None
    month_part: tuple[int, int] | None = None
    forward: tuple[int, str] | None = None
    weekday: int | None = None  # 0 = Monday, from 15일(수) or 수요일(15일)
    same: str | None = None  # 전년 같은 달 ("month"), 전년 동기 ("period"): counts from the reference period

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.year_off is not None or self.ganji is not None

    @property
    def has_month(self) -> bool:
        return self.month is not None or self.month_off is not None

    @property
    def relative(self) -> bool:
        """Whether resolving it needs the publication date."""
        return self.year is None or self.month_off is not None


def _year_of(token: str, century_of: int | None = None) -> int:
    if token[0] in "’'‘`":
        yy = int(token[1:])
        return 2000 + yy if yy < 70 else 1900 + yy
    if len(token) == 2:
        return (century_of // 100) * 100 + int(token)
    return int(token)


def _edge_of_part(pt: "Point", text: str, P: dict) -> None:
    """The first or last month of a quarter or half: "2분기 말" is June, "하반기 초" July
    (초 and 말 read by the month-part pattern, with its boundary after them)."""
    a, b = pt.year_part
    if b <= a or b > 12:
        return
    m = P["month_part"].match(text, P["sp"].match(text, pt.end).end())
    if m and m.group() in ("초", "말"):
        pt.year_part = (a, a) if m.group() == "초" else (b, b)
        pt.end = m.end()


def _parse_point(text: str, i: int, r: Rules) -> Point | None:
    """The longest date expression starting at i, or None."""
    P = r.patterns
    j = i
    pt = Point(start=i, end=i)
    m = P["prefix"].match(text, j)
    if m and not any(P[k].match(text, i) for k in ("year_word", "month_word", "week_word")):  # 지난 달 is one word
        pt.prefix = r.prefixes[m.group(1)]
        j = m.end()
    m = P["numdate"].match(text, j)
    if m:
        y = int(m["y"])
        mo = int(m["m"] or m["m2"] or m["m3"])
        d = int(m["d"] or m["d2"] or m["d3"])
        if dates.valid_day(y, mo, d):
            pt.year, pt.month, pt.day, pt.end = y, mo, d, m.end()
            return pt
    level = None  # the smallest unit read so far
    m = P["sy_half"].match(text, j)
    if m:
        pt.year = _year_of(m["a"])
        pt.year_part = r.year_parts[m["h"]]
        pt.end = m.end()
        return pt
    m = P["year"].match(text, j)
    if m:
        pt.year = _year_of(m["a"])
        if m["b"]:
            pt.year2 = _year_of(m["b"], pt.year)
            if pt.year2 <= pt.year:
                return None
        if m["dae"]:
            if pt.year % 10 or pt.year2:
                return None
            pt.decade = True
            pt.end = m.end()
            return pt
        level, j = "year", m.end()
    else:
        m = P["year_word"].match(text, j) or P["ganji"].match(text, j)
        if m:
            if m.re is P["ganji"]:
                if dates.sexagenary_year(m["g"], 2000) is None:
                    return None
                pt.ganji = m["g"]
            else:
                pt.year_off = r.year_words[_norm(m.group())]
                pt.anchored = _norm(m.group()) in r.anchored
                s = P["same"].match(text, m.end()) if pt.year_off < 0 else None
                if s:
                    pt.same = r.same_period[re.sub(r"\s+", "", s.group())]
                    pt.anchored = True
                    pt.end = s.end()
                    return pt
            level, j = "year", m.end()
        else:
            m = P["short_year"].match(text, j)
            if m:
                after = P["sp"].match(text, m.end()).end()
                if not (P["month"].match(text, after) or P["year_part"].match(text, after)):
                    return None
                pt.year_off = r.raw["short_year_words"][m.group()]
                level, j = "year", m.end()
    if level == "year":
        pt.end = j
        k = P["sp"].match(text, j).end()
        m = P["month"].match(text, k) if not pt.year2 else None
        if m and 1 <= int(m["a"]) <= 12:
            j = k
        else:
            m = P["qrange"].match(text, k) or P["year_part"].match(text, k)
            if m:
                if m.re is P["qrange"]:
                    a, b = int(m["a"]), int(m["b"])
                    if a >= b:
                        return pt
                    pt.year_part = (3 * a - 2, 3 * b)
                else:
                    pt.year_part = tuple(r.year_parts[m.group()])
                pt.end = m.end()
                _edge_of_part(pt, text, P)
            return pt
    # month
    m = P["month"].match(text, j)
    if m:
        a = int(m["a"])
        b = int(m["b"]) if m["b"] else None
        if not 1 <= a <= 12 or (b is not None and not a < b <= 12):
            return pt if level else None
        pt.month, pt.month2 = a, b
        level, j = "month", m.end()
    elif not level:
        m = P["month_word"].match(text, j)
        if m:
            pt.month_off = r.month_words[_norm(m.group())]
            pt.anchored = _norm(m.group()) in r.anchored
            level, j = "month", m.end()
    if level == "month":
        pt.end = j
        if pt.month2:
            return pt
        k = P["sp"].match(text, j).end()
        m = P["day"].match(text, k)
        if m:
            j = k
        else:
            m = P["month_part"].match(text, k)
            if m:
                pt.month_part = tuple(r.month_parts[m.group()])
                pt.end = m.end()
            return pt
    # day
    m = P["day"].match(text, j)
    if m:
        a = int(m["a"])
        b = int(m["b"]) if m["b"] else None
        if not 1 <= a <= 31 or (b is not None and not a < b <= 31):
            return pt if level else None
        if not level and any(text.endswith(w, 0, i) for w in r.raw["day_blockers"]["before"]):
            return None  # 주 5일 근무
        if not level and P["day_moves"].match(text, m.end()):
            return None  # 14일에서 7일로 단축: days counted, not a date
        if not level and a == 1 and b is None and P["per_day"].match(text, m.end()):
            return None  # 1일 평균 3만명: a rate, not the first of the month
        pt.day, pt.day2, pt.end = a, b, m.end()
        return pt
    if level:
        return pt
    for key, table, attr in (("day_word", r.day_words, "day_off"), ("event_word", r.event_words, "event_off"),
                             ("week_word", r.week_words, "week_off")):
        m = P[key].match(text, j)
        if m:
            setattr(pt, attr, table[_norm(m.group())])
            pt.end = m.end()
            return pt
    m = P["qrange"].match(text, j)
    if m and int(m["a"]) < int(m["b"]):
        pt.year_part = (3 * int(m["a"]) - 2, 3 * int(m["b"]))
        pt.end = m.end()
        return pt
    m = P["year_part"].match(text, j)
    if m and m.group() in r.standalone_year:
        pt.year_part = tuple(r.year_parts[m.group()])
        pt.end = m.end()
        _edge_of_part(pt, text, P)
        return pt
    m = P["month_part"].match(text, j)
    if m and m.group() in r.standalone_month:
        pt.month_off = 0
        pt.month_part = tuple(r.month_parts[m.group()])
        pt.end = m.end()
        return pt
    if pt.prefix == 0:
        m = P["forward"].match(text, j)
        if m and int(m["n"]) > 0:
            pt.forward = (int(m["n"]), r.forward_units[m["u"]])
            pt.end = m.end()
            return pt
    return None


def _inherit(a: Point, b: Point) -> Point:
    """B with the year (and month) it leaves out taken from A: 3월 1일~10일, 2025년 3월~6월."""
    if b.has_year or b.forward or b.month_off is not None or b.week_off is not None or b.day_off is not None or b.event_off is not None:
        return b
    b = replace(b)
    b.year, b.year_off, b.ganji = a.year2 or a.year, a.year_off, a.ganji
    if b.day is not None and not b.has_month:
        b.month, b.month_off = a.month2 or a.month, a.month_off
    if not b.has_month and b.year_part is None and b.day is None:
        return a  # nothing left to say
    b.prefix = a.prefix
    return b


@dataclass
class Found:
    start: int
    end: int
    a: Point
    b: Point | None = None  # the end of a range
    open_start: bool = False
    open_end: bool = False


_WEEKDAYS = "월화수목금토일"


def _weekday(text: str, p: Point, P: dict) -> int:
    """Note a weekday written next to a day: 15일(수), 수요일(15일). Returns where the day's
    writing ends: after "(수)", so that a range goes on from there (1일(화)~30일(수))."""
    if p.day is None:
        return p.end
    m = P["weekday_after"].match(text, p.end)
    if m:
        p.weekday = _WEEKDAYS.index(m.group(1))
        return m.end()
    m = P["weekday_before"].search(text, max(0, p.start - 5), p.start)
    if m and text.startswith(")", p.end):
        p.weekday = _WEEKDAYS.index(m.group(1))
    return p.end


def find(text: str, r: Rules | None = None) -> list[Found]:
    """Every date expression in text, unresolved, in order."""
    r = r or rules()
    P = r.patterns
    out: list[Found] = []
    pos = 0
    while True:
        m = P["start"].search(text, pos)
        if not m:
            break
        i = m.start()
        a = _parse_point(text, i, r)
        if a is None or a.end <= a.start:
            pos = i + 1
            continue
        a_end = _weekday(text, a, P)
        f = Found(i, a.end, a)
        j = a.end
        # ranges
        if not a.forward:
            d = P["dash"].match(text, j) or (P["dash"].match(text, a_end) if a_end > j else None)
            b = _parse_point(text, d.end(), r) if d else None
            if b is not None and not b.prefix:
                f.b, f.end = _inherit(a, b), _weekday(text, b, P)
            else:
                d = P["from"].match(text, j) or (P["from"].match(text, a_end) if a_end > j else None)
                b = _parse_point(text, d.end(), r) if d else None
                if b is not None:
                    t = P["to"].match(text, _weekday(text, b, P))
                    if t:
                        f.b, f.end = _inherit(a, b), t.end()
                if f.b is None:
                    d = P["and"].match(text, j)
                    b = _parse_point(text, d.end(), r) if d else None
                    if b is not None and P["between"].match(text, b.end):
                        f.b, f.end = _inherit(a, b), b.end
        if f.b is None:
            m2 = P["open_end"].match(text, f.end)
            if m2 and not a.forward:
                f.open_end, f.end = True, m2.end()
            else:
                m2 = P["open_start"].match(text, f.end)
                if m2 and not a.forward:
                    f.end = m2.end()
                    # 2025~2027년까지 is still 2025..2027
                    f.open_start = not (a.year2 or a.month2 or a.day2)
        elif text.startswith("까지", f.end):
            f.end += 2
        if not P["recurring"].search(text, max(0, i - 6), i):
            out.append(f)
        pos = f.end
    return out
