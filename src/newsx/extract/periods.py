"""Periods: dates, years and ranges, resolved against the publication date.

1. Find each date expression (newsx.extract._period_match, from
   rules/periods.toml): 2026년, ’23년, 내년, 3월, 24일, 상반기, 2026.3.1.
2. Join two into one range (A~B, A부터 B까지, A와 B 사이) and read an open
   side from 부터/이후 and 까지/이전 (also newsx.extract._period_match).
3. Resolve to ISO partial dates with newsx.dates, against `ctx.published`
   (relative words, years and months left out) or the article's event day
   (이날, 전날). The tense of the clause after the date, read from Kiwi's
   morphemes, decides whether an incomplete date lies before or after
   publication.

Durations (4년에 걸쳐, 5년간, 100일 만에) are not periods; 향후 5년 is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from .. import dates
from ..models import Period
from ._period_match import Found, Point, Rules, find, rules
from .base import Context

__all__ = ["extract", "find", "rules"]

_PAST_EP = {"었", "았", "였", "었었", "았었", "였었"}
# News reports what happened in the past tense, so a sentence ending in the
# plain present (열린다, 운영된다, 접수한다) puts its dates ahead. So does the
# date's own verb when it is a present reported in speech (시작된다고), a
# purpose (진행하도록) or a prospective modifier (통지될, 시행할); after a
# connective without tense (승인하고, 열고) those belong to the next clause
# ("19일 승인하고 ... 추진한다고 밝혔다" is past).
_PRESENT_EF = {"ᆫ다", "는다"}
# "31일 금융권에 따르면 ... 그친다": a date whose own verb names a source is the
# day of the report, whatever the tense of what is reported.
_SOURCE_VERBS = {"따르", "의하"}
_NEGATION = {"않", "못하"}
_AHEAD_EC = {"ᆫ다고", "는다고", "ᆫ다며", "는다며", "도록"}
_AHEAD_ETM = {"ᆯ", "을"}
_VERB = ("VV", "XSV", "VX")
_PREDICATE = _VERB + ("VA", "XSA", "VCP")


# The end of a clause joined by a connective and a comma ("내년 4GW로 늘리고, 상반기 중"):
# a standalone part after it does not take the year named before it.
_CLAUSE_BREAK = re.compile(r"(?<=[며고서나만면데]),\s|;\s|\n")

_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]*’|'[^'\n]*'")


def _quoted_title(text: str, pos: int) -> bool:
    """`pos` opens a quoted title ("1일 발표한 ‘9월 수출입 동향’"): the date in it names the period
    the document covers, not the next step of a sequence of dates."""
    return pos > 0 and text[pos - 1] in "‘'\"“「『<《"


def _tense(doc: Doc, text: str, start: int, end: int, sent_start: int, r: Rules) -> str | None:
    """'past' or 'future' from the first tense mark in text[start:end] (the clause after a date).

    A date inside a quotation takes its tense from the quotation; a date
    outside one skips the quotations that follow it ("... 펼쳐나가겠다"고 밝힌).
    """
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text, sent_start, end)]
    for qs, qe in quotes:
        if qs < start < qe:
            end, quotes = qe, []
            break
    quotes = [q for q in quotes if q[0] >= start]

    def quoted(pos: int) -> bool:
        return any(qs <= pos < qe for qs, qe in quotes)

    first: tuple[int, str] | None = None
    for fm in r.future_markers.finditer(text, start, end):
        if not quoted(fm.start()):
            first = (fm.start(), "future")
            break
    morphs = doc.user_data.get("kiwi_morphs") or {}
    prev = ""
    prev_form = ""
    source = False  # the last verb was 따르/의하: "에 따르면" cites a source (past), "에 따른" does not
    own_verb = True  # no ending read yet: the next one is the date's own verb's
    for tok in doc.char_span(start, end, alignment_mode="expand") or ():
        for form, tag, s, _ in morphs.get(tok.i, ()):
            if s < start or quoted(s):
                continue
            if first and s >= first[0]:
                return first[1]
            if source:
                source = False
                if tag == "EC" and form in ("면", "으면"):
                    return "past"  # 발표에 따르면
                if tag == "ETM":
                    prev, prev_form = tag, form  # 끝자리에 따른 요일제: no tense
                    continue
            if tag == "EP" and form in _PAST_EP:
                return "past"
            if tag == "ETM" and form in ("ᆫ", "은") and prev in _VERB and prev_form not in _NEGATION:
                return "past"  # 열린 총회, 참석한 가운데 (not 쓰지 않은 금액: a state)
            if own_verb and tag == "VV" and form in _SOURCE_VERBS:
                source = True
                prev, prev_form = "VV", form
                continue
            if tag == "EF" and form in _PRESENT_EF:
                return "future"
            if own_verb and ((tag == "EC" and form in _AHEAD_EC) or (tag == "ETM" and form in _AHEAD_ETM and prev in _VERB)):
                return "future"
            if tag in ("ETM", "EF", "EC") and prev in _PREDICATE:
                own_verb = False
            if tag in ("ETM", "EF", "EC"):
                prev, prev_form = tag, form
                continue
            if tag == "EP" and form == "겠":
                return "future"
            prev, prev_form = tag.split("-")[0], form
    return first[1] if first else None


def _shift_years(bound: str, n: int) -> str:
    y, m, d = dates.parse_iso(bound)
    if m is not None and d is not None and not dates.valid_day(y + n, m, d):
        d = dates.month_end(y + n, m)  # 29 February a year earlier
    return dates.iso(y + n, m, d)


# A period that is itself the comparison base ("지난 3월(6조원)의 3분의 1", "6월보다") is not
# the figure's own period, which a later 전월 or 전년 동월 counts from.
_COMPARED_WITH = re.compile(r"\s?(?:\([^()]*\d[^()]*\)\s?(?:의|보다|대비|에\s?비해)|(?:보다|대비|에\s?비해)(?![가-힣]))")


def _bounds(p: Point, pub: date | None, event: date | None, tense,
            after: date | None = None, named: str | None = None,
            ref: tuple[str, str] | None = None, year_ctx: int | None = None) -> tuple[str | None, str | None]:
    """(start, end) of one point; (None, None) when it needs a publication date that is unknown.

    `after` is the start of the date named before it in the same sentence, if
    any; `named` the start of the last date named in this or the previous
    sentence, which 전년 and 전월 count from. `ref` is the reference period of
    a comparison base (the last period of a month or more named before, see
    `extract`): 전년 같은 달 / 전년 동기 shift it by the year offset, 전월 is
    the month before its last month. `year_ctx` is the year of a date named
    before it in the same sentence, which a standalone 연말 or 상반기 takes.
    """
    if p.same and ref:
        lo, hi = ref
        if p.same == "month":
            lo = hi = hi[:7]
        return _shift_years(lo, p.year_off), _shift_years(hi, p.year_off)
    if p.anchored and p.month_off is not None and ref:
        ry, rm, _ = dates.parse_iso(ref[1])
        return dates.month_bounds(*dates.add_months(ry, rm, p.month_off))
    if p.forward:
        if pub is None:
            return None, None
        return dates.forward_bounds(pub, *p.forward)
    if p.event_off is not None:
        anchor = event or pub
        if anchor is None:
            return None, None
        d = dates.add_days(anchor, p.event_off).isoformat()
        return d, d
    if pub is None and p.relative:
        return None, None
    if p.day_off is not None:
        d = dates.add_days(pub, p.day_off).isoformat()
        return d, d
    if p.week_off is not None:
        return dates.week_bounds(pub + timedelta(weeks=p.week_off))
    if p.decade:
        return dates.iso(p.year), dates.iso(p.year + 9)
    y = p.year
    base_y, base_m = (pub.year, pub.month) if pub else (0, 0)
    if p.anchored and named:
        ny, nm, _ = dates.parse_iso(named)
        if p.month_off is None:
            base_y = ny
        elif nm is not None:
            base_y, base_m = ny, nm
    if y is None and p.year_off is not None:
        y = base_y + p.year_off
    if y is None and p.ganji is not None:
        y = dates.sexagenary_year(p.ganji, pub.year)
    mo = p.month
    if p.month_off is not None:
        y, mo = dates.add_months(base_y, base_m, p.month_off)
    if y is None:
        if mo is None and p.year_part is not None:  # 상반기, 연말 alone: this year, or the sentence's
            y = _part_year(p, pub, tense, year_ctx)
        else:
            y, mo = _nearest(p, mo, pub, tense, after)
    if mo is None:
        if p.year_part:
            if p.year_part == (1, 12):
                return dates.iso(y), dates.iso(p.year2 or y)
            if p.year2:  # 2016~2017년 상반기: from 2016 to the first half of 2017
                return dates.iso(y), dates.months_bounds(p.year2, *p.year_part)[1]
            return dates.months_bounds(y, *p.year_part)
        return dates.iso(y), dates.iso(p.year2 or y)
    if p.day is None:
        if p.month_part and rules().month_part_days:
            first, last = p.month_part
            return dates.days_bounds(y, mo, first, last or None)
        return dates.iso(y, mo), dates.iso(y, p.month2 or mo)
    last = p.day2 or p.day
    if not dates.valid_day(y, mo, last) or not dates.valid_day(y, mo, p.day):
        raise ValueError("no such day")
    return dates.iso(y, mo, p.day), dates.iso(y, mo, last)


def _part_year(p: Point, pub: date, tense, year_ctx: int | None) -> int:
    """The year of a standalone part: that of a date named before it in the same
    sentence ("올해 상반기 중 ... 연말까지 ... 하기로 했다" is this year's December,
    past tense or not), unless its clause looks ahead and that part is over;
    else this year, shifted by `_part_shift`."""
    if year_ctx is not None:
        last = dates.months_bounds(year_ctx, *p.year_part)[1]
        ahead = p.prefix > 0 or (not p.prefix and tense() == "future")
        if not (ahead and last < dates.iso(pub.year, pub.month)):
            return year_ctx
    return pub.year + _part_shift(p, pub, tense)


def _part_shift(p: Point, pub: date, tense) -> int:
    """+1 or -1 when a part of this year is over (or not begun) but its clause
    looks ahead (or back): "2분기부터 허용할 계획이다" in December is next year's."""
    first, last = dates.months_bounds(pub.year, *p.year_part)
    direction = p.prefix or {"past": -1, "future": 1}.get(tense() or "", 0)
    now = dates.iso(pub.year, pub.month)
    if direction > 0 and last < now:
        return 1
    if direction < 0 and first > now:
        return -1
    return 0


def _nearest(p: Point, mo: int | None, pub: date, tense, after: date | None = None) -> tuple[int, int]:
    """(year, month) for a date that leaves them out: the reading nearest to publication.

    오는/지난 or the tense of the clause after the date ("24일 ... 발표했다")
    rule out readings after or before publication; a weekday next to the date
    (수요일(15일), 15일(수)) rules out the others. Without either, dates listed
    in one sentence run forward: "3월 2일부터 6월 30일까지, 2학기는 8월 17일
    시작" keeps 8월 17일 after 3월 2일 (`after`). A span of months with no tense is
    placed by its last month.
    """
    cands = []
    for off in (-2, -1, 0, 1):
        if mo is None:  # a bare day: last, this or next month
            y, m = dates.add_months(pub.year, pub.month, off)
        else:
            y, m = pub.year + off, mo
        m2 = p.month2 or m
        if p.day is not None and not (dates.valid_day(y, m, p.day) and dates.valid_day(y, m2, p.day2 or p.day)):
            continue
        first = date(y, m, p.day or 1)
        last = date(y, m2, p.day2 or p.day or dates.month_end(y, m2))
        cands.append((y, m, first, last))
    if not cands:
        raise ValueError("no such day")
    if p.weekday is not None and p.day is not None and p.day2 is None:
        cands = [c for c in cands if c[2].weekday() == p.weekday] or cands
    direction = p.prefix or {"past": -1, "future": 1}.get(tense() or "", 0)
    pool = [c for c in cands if (direction >= 0 or c[2] <= pub) and (direction <= 0 or c[3] >= pub)] or cands
    if not direction and after is not None:
        pool = [c for c in pool if c[2] >= after] or pool

    def distance(c) -> int:
        if c[2] <= pub <= c[3]:
            return 0
        if p.month2 and p.day is None and not direction:
            # a span of months is read from its end: "1~9월" in a November statistics story is
            # this year's (ended two months ago), not next year's (starting in a month)
            return abs((c[3] - pub).days)
        return min(abs((c[2] - pub).days), abs((c[3] - pub).days))

    y, m, _, _ = min(pool, key=lambda c: (distance(c), c[2]))
    return y, m


def _first_day(bounds: tuple[str | None, str | None] | None) -> date | None:
    """The first day of a resolved period whose start names a month or a day."""
    if not bounds or not bounds[0] or len(bounds[0]) < 7:
        return None
    y, m, d = dates.parse_iso(bounds[0])
    return date(y, m, d or 1)


def _is_single_day(p: Point) -> bool:
    return p.day is not None and p.day2 is None and p.event_off is None


def extract(doc: Doc, ctx: Context) -> list[Period]:
    """Every period in doc.text, resolved against ctx.published."""
    text = ctx.text if ctx.text is not None else doc.text
    r = rules()
    pub = ctx.published
    found = find(text, r)
    plan = r.plan_markers

    def tense_after(end: int, part: bool = False):
        def get():
            s = ctx.sentence_of(end - 1)
            lo, hi = ctx.sentences[s] if 0 <= s < len(ctx.sentences) else (0, len(text))
            # a decision on what is to come ("연말까지 ... 매입하기로 했다") looks ahead for a
            # standalone part of the year, unless a past verb stands before it
            m = plan.search(text, end, max(end, hi)) if part and plan else None
            if m:
                return "past" if _tense(doc, text, end, m.start(), min(lo, end), r) == "past" else "future"
            return _tense(doc, text, end, max(end, hi), min(lo, end), r)

        return get

    resolved: list[tuple[Found, tuple, tuple | None]] = []
    event: date | None = None
    window = r.event_day_window
    last: tuple[int, date] | None = None  # (sentence, start) of the date before
    named: tuple[int, str, int] | None = None  # (sentence, start, offset) of the last date that is not 전년 or 전월
    year_ctx: tuple[int, int, int] | None = None  # (sentence, year, end) of the last date within one year
    # The reference period of a comparison base (전월, 전년 같은 달, 전년 동기):
    # (offset, start, end) of the last period of a month or more named before,
    # not a single day (a release date), not open-ended (지난해 6월 이후 is a
    # starting point) and not after publication -- the figure's period.
    ref: tuple[int, str, str] | None = None
    pub_month = dates.iso(pub.year, pub.month) if pub else None
    for f in found:
        sent = ctx.sentence_of(f.start)
        after = last[1] if last and last[0] == sent and not _quoted_title(text, f.start) else None
        near = named if named and sent - 1 <= named[0] <= sent else None
        base = near[1] if near else None
        # a year named after the reference period, in this or the previous sentence, wins:
        # "2025년 매출은 전년 동기 대비" is 2024, whatever month was named earlier
        mref = (ref[1], ref[2]) if ref and not (near and len(near[1]) == 4 and near[2] > ref[0]) else None
        yc = (year_ctx[1] if year_ctx and year_ctx[0] == sent and not _CLAUSE_BREAK.search(text, year_ctx[2], f.start)
              else None)
        try:
            part = f.a.year_part is not None and f.a.month is None and f.a.year is None
            a = (_bounds(f.a, pub, None, tense_after(f.a.end, part), after, base, mref, yc)
                 if f.a.event_off is None else None)
            a_start = _first_day(a)
            b = (_bounds(f.b, pub, None, tense_after(f.b.end), a_start or after, None, None, yc)
                 if f.b is not None and f.b.event_off is None else None)
        except ValueError:
            continue
        resolved.append((f, a, b))
        if a_start is not None:
            last = (sent, a_start)
        if a and a[0] and not f.a.anchored:
            named = (sent, a[0], f.start)
            end = (b or a)[1]
            # only a date within one year says which year the clause is about ('24~'28년 does not,
            # nor a deadline or a starting point: 2035년까지, 2028년 이후)
            if not f.a.forward and end and a[0][:4] == end[:4] and not f.open_start and not f.open_end:
                year_ctx = (sent, int(a[0][:4]), f.end)
        lo, hi = a[0] if a else None, (b or a)[1] if a else None
        if (lo and hi and len(lo) >= 7 and len(hi) >= 7 and not f.a.anchored and not f.a.forward
                and not (f.b is None and (_is_single_day(f.a) or f.a.day_off is not None or f.a.week_off is not None))
                and not f.open_end and not f.open_start and (pub_month is None or lo[:7] <= pub_month)
                and not _COMPARED_WITH.match(text, f.end)):
            ref = (f.start, lo, hi)
        if event is None and pub is not None and f.b is None and _is_single_day(f.a) and a and a[0]:
            d = date.fromisoformat(a[0])
            if timedelta(0) <= pub - d <= timedelta(days=window):
                event = d
    out: list[Period] = []
    days: list[tuple[int, date]] = []  # (sentence, day) of each single day named so far
    for f, a, b in resolved:
        sent = ctx.sentence_of(f.start)
        if a is None:
            # 이날, 같은 날, 전날 point back at a day named in this sentence or the one
            # before ("지난 15일 간담회를 열었다. 이날 참석자들은"), else at the event day
            near = days[-1][1] if days and sent - 1 <= days[-1][0] <= sent else event
            a = _bounds(f.a, pub, near, None)
        if f.b is not None and b is None:
            b = _bounds(f.b, pub, event, None)
        start, end = a
        if f.b is None and f.a.day2 is None and (f.a.day is not None or f.a.event_off is not None) and start and len(start) == 10:
            days.append((sent, date.fromisoformat(start)))
        if b is not None:
            end = b[1]
            if start and end and end < start[: len(end)]:
                continue  # a range that runs backwards is not a range we understood
        if f.open_end:
            end = None
        if f.open_start:
            start = None
        rel = None
        if f.a.relative or (f.b is not None and f.b.relative):
            rel_point = f.a if f.a.relative else f.b
            rel = text[rel_point.start : rel_point.end]
        out.append(
            Period(
                text=text[f.start : f.end],
                span=(f.start, f.end),
                sentence=sent,
                start=start,
                end=end,
                relative=rel,
            )
        )
    return out
