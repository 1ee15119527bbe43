"""Rules on time: a range against its stated length, and time elapsed up to publication.

- range_duration  "2026년부터 2029년까지 4년에 걸쳐": the range counted inclusively
- elapsed_time    "9월 10일 출범 이후 100여일" against the publication date
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from ..models import Check
from .tolerance import overlap
from .view import Q, View, mention
from .words import EVENTS
from .wording import RAGO, josa, quote

__all__ = ["range_duration", "elapsed_time"]


def _bounds(start: str, end: str) -> tuple[date, date] | None:
    try:
        s = date.fromisoformat((start + "-01-01")[:10]) if len(start) < 10 else date.fromisoformat(start)
        parts = end.split("-")
        if len(parts) == 1:
            e = date(int(parts[0]), 12, 31)
        elif len(parts) == 2:
            y, mo = int(parts[0]), int(parts[1])
            e = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
        else:
            e = date.fromisoformat(end)
    except ValueError:
        return None
    return s, e


_PER_UNIT = {"년": 365.2425, "개월": 30.436875, "주": 7.0, "일": 1.0}


def _by_end(v: View) -> tuple[list, list[int]]:
    """The article's periods sorted by where they end (ties in the article's order), and those ends."""
    periods = sorted(v.article.periods, key=lambda p: p.span[1])
    return periods, [p.span[1] for p in periods]


def _periods_near(v: View, q: Q, before_chars: int = 40) -> list:
    """The periods of q's sentence that end at most `before_chars` before it, by where they end."""
    s0, _ = v.sentence_span(q.span[0])
    periods, ends = v.once("periods_by_end", _by_end)
    lo = bisect.bisect_left(ends, q.span[0] - before_chars)
    hi = bisect.bisect_right(ends, q.span[0])
    return [p for p in periods[lo:hi] if s0 <= p.span[0]]


def range_duration(v: View) -> list[Check]:
    out = []
    for q in (q for q in v.figures if q.kind == "duration" and q.unit in _PER_UNIT):
        if re.search(r"(?:이후|(?<!향)후|뒤|[한된난간온]\s?지|째)\s?$", v.body[max(0, q.span[0] - 12) : q.span[0]]):
            continue
        if re.match(r"\s?(?:치|분|째|차|만|전|후|뒤|마다|내|이내|이상)", v.body[q.span[1] : q.span[1] + 3]):
            continue  # "19개월치 급여", "3년 만에", "1년 전": not the length of the range
        bracket = re.match(r"(?:간|동안)?\s?\(", v.body[q.span[1] : q.span[1] + 4])
        inside = [p for p in v.article.periods if bracket and p.start and p.end
                  and q.span[1] + bracket.end() <= p.span[0] <= q.span[1] + bracket.end() + 2]
        near = inside or _periods_near(v, q)  # "향후 5년간(2025~2029년)": the bracket states the range
        if not near:
            continue
        last = near[-1]
        start, end = last.start, last.end
        if start is None and len(near) > 1 and near[-2].end is None and near[-2].start:
            start = near[-2].start  # "2026년부터" and "2029년까지" as two records
        if end is None or (start is not None and start == end and last.text.count("년") < 2):
            continue
        used = [p for p in near if p is last or (start == p.start and p.end is None)]
        items = [mention(v, p.text, p.span) for p in used] + [mention(v, q.text, q.span)]
        if start is None:
            out.append(Check(rule="range_duration", status="unverifiable", items=items,
                             message=f"{quote(last.text)}의 시작 시점이 없어 {josa(quote(q.text), '를을')} 확인할 수 없습니다"))
            continue
        b = _bounds(start, end)
        if b is None or b[1] < b[0]:
            continue
        length = ((b[1] - b[0]).days + 1) / _PER_UNIT[q.unit]
        slack = 1.0 if q.unit == "일" else 0.3
        ok = overlap(q.iv, (length - slack, length + slack))
        span_text = f"{start}~{end}"
        msg = (f"{josa(span_text, '는은')} {round(length)}{q.unit}(양끝 포함)으로 {josa(quote(q.text), '와과')} 맞습니다" if ok
               else f"{josa(span_text, '는은')} {round(length)}{q.unit}(양끝 포함)인데 기사는 {josa(quote(q.text), RAGO)} 적었습니다")
        out.append(Check(rule="range_duration", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out


_ELAPSED_BEFORE = re.compile(rf"(?:이후|(?<!향)후|뒤|부터|[한된난간온]\s?지|{EVENTS})\s?$")
# "100여일이 지난", "3년째": time counted up to now; "4년 만에" only says when something else happened
_UNTIL_NOW = re.compile(r"\s?(?:여|남짓)?\s?(?:(?:이|가)\s?(?:지난|지났|지나|흘렀|흐른|흘러|넘었|넘은|됐|되었|된)|째)")
_WITHIN = re.compile(r"\s?(?:여|남짓)?\s?만(?:에|이다|인|\s)")


def elapsed_time(v: View) -> list[Check]:
    """Time since a dated event: checked against the publication date when the article counts it up
    to now; an "N 만에" claim is flagged only when more time is claimed than has passed."""
    out = []
    for q in (q for q in v.figures if q.kind == "duration" and q.unit in _PER_UNIT):
        near = [p for p in _periods_near(v, q, 30) if p.start and (p.end is None or p.end == p.start)]
        if not near:
            continue
        p = near[-1]
        between, after = v.body[p.span[1] : q.span[0]], v.body[q.span[1] : q.span[1] + 8]
        if re.search(r"[,.]", between) or len(between) > 20:
            continue
        until_now = bool(_UNTIL_NOW.match(after))
        within = not until_now and bool(_WITHIN.match(after)) and bool(_ELAPSED_BEFORE.search(between))
        if not (until_now or within):
            continue
        items = [mention(v, p.text, p.span), mention(v, q.text, q.span)]
        if v.published is None:
            if until_now:
                out.append(Check(rule="elapsed_time", status="unverifiable", items=items,
                                 message=f"발행일을 몰라 {quote(p.text)}부터 {josa(quote(q.text), '가이')} 지났는지 확인할 수 없습니다"))
            continue
        b = _bounds(p.start, p.start)
        if b is None:
            continue
        elapsed = (v.published - b[0]).days / _PER_UNIT[q.unit]
        if len(p.start) == 10:
            slack = 1.0 if q.unit == "일" else 0.5
            lo, hi = elapsed - slack, elapsed + slack
        else:  # a month or a year: the event happened somewhere inside it
            lo, hi = (v.published - b[1]).days / _PER_UNIT[q.unit] - 0.5, elapsed + 0.5
        days = (v.published - b[0]).days
        got = f"{days}일" if q.unit == "일" else f"약 {elapsed:.1f}{q.unit}"
        if within:
            if q.iv[0] <= hi:
                continue
            msg = f"{p.start}부터 발행일 {v.published.isoformat()}까지 {got}밖에 지나지 않았는데 기사는 {quote(q.text)} 만이라고 적었습니다"
            out.append(Check(rule="elapsed_time", status="inconsistent", message=msg, items=items))
            continue
        ok = overlap(q.iv, (lo, hi)) and elapsed >= 0
        msg = (f"{p.start}부터 발행일 {v.published.isoformat()}까지 {josa(got, '로')} {josa(quote(q.text), '와과')} 맞습니다" if ok
               else f"{p.start}부터 발행일 {v.published.isoformat()}까지는 {got}인데 기사는 {josa(quote(q.text), RAGO)} 적었습니다")
        out.append(Check(rule="elapsed_time", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out

