"""Changes: a figure going from one value to another, or moving by a delta.

Shapes, read over the quantities that `numbers.analyse` found (verbs, arrows
and markers come from rules/numbers.toml):

- arrows: ``1000개→1300개``, ``(40억원→112억원)``, ``1000→1300개``
- ``A에서 B로 늘었다/감소/조정``                        before, after, delta
- ``A를 시작으로 ... B(이상)으로 확대`` (same sentence)  before, after, delta
- ``B로 A보다 늘었다`` (3126억원으로 올해 2956억원보다 늘었다)
- ``B로 1년 전보다 N 늘었다`` (2천663만8천명으로 1년 전보다 3만4천명 늘어나)  after, delta, before
- ``B로 늘어났다/확대``, ``B를 돌파``                   after only
- ``N 더 늘었다``, ``N 증가/감소``, ``21.4% 증가``, ``3%p 하락`` delta, signed by
  the verb (감소/감축/단축/하락 ... are negative); ``N 늘어난 M`` adds after/before.

`unit` is the counter, "%", "%p" or the currency code; money values are in
units of the currency, like money records.

Claims: the figures of a compact change - two figures joined in one clause
by an arrow, 에서 ... 로 or 보다 (A→B, A에서 B로, B로 A보다, B로 1년 전보다 N),
and the delta of "N 더 늘었다" - are one figure, the change, so they are
not repeated as counts. A figure in a clause of its own still states how many
there are and stays a count as well: the lone after of "B로 늘어났다" and
both sides of a loose "A를 시작으로 ... B(이상)으로 확대".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Change
from .numbers import Quantity, _alt, analyse, grammar

__all__ = ["extract", "find_changes", "ChangeFound"]


@dataclass
class ChangeFound:
    start: int
    end: int
    before: float | None = None
    after: float | None = None
    delta: float | None = None
    unit: str | None = None


@lru_cache(maxsize=1)
def _patterns():
    g = grammar()
    c = g.rules["changes"]
    inc, dec, reach, neu = (_alt(c[k], spaced=False) for k in ("increase", "decrease", "reach", "neutral"))
    adv = _alt(c["adverbs"])
    verb = rf"(?:(?P<inc>{inc})|(?P<dec>{dec})|(?P<neu>{neu}))[가-힣]*"
    return {
        "arrow": re.compile(rf"\s*{_alt(c['arrows'], spaced=False)}\s*"),
        # A에서 (올해) B: one short word (a year, 올해) may stand between
        "from": re.compile(r"\s*에서,?\s*(?:[^\s\d]{1,4}\s+|\d{4}년\s+)?"),
        # "B로 <verb>": the 로 closes B's word; adverbs or one figure (5.8%) may stand before the verb
        "to_verb": re.compile(rf"\s?(?:으로|로)(?:는|도)?,?\s+(?:{adv}\s+)*(?:[\d.,]+[^\s\d]{{0,4}}\s+)?(?:{adv}\s+)*{verb}"),
        "to": re.compile(r"\s?(?:으로|로)(?:는|도)?,?\s"),
        # "B로 1년 전보다 N 늘어": the comparison base named in words, then the delta
        "than_base": re.compile(r"(?:[^\s\d]+\s+|\d+년\s+){0,2}?[^\s\d]*(?:보다|대비|比)\s*"),
        "than_verb": re.compile(rf"\)?보다\s*(?:{adv}\s+)*(?:[\d.,]*[가-힣%]+\s+)?(?:{adv}\s+)*{verb}"),
        "reach": re.compile(rf"\s?(?:을|를|이|가)?\s?(?:{reach})[가-힣]*"),
        "delta": re.compile(rf"(?:\s?(?:이|가))?\s?(?:더\s?)?{verb}"),
        "start_marker": re.compile(rf"\s?{_alt(c['start_markers'])}"),
        "grown_to": re.compile(r"[가-힣]*(?:난|한|된|린|인|든|진|른|운)\s$"),
        "window": c["loose_window"],
    }


def _sign(m: re.Match) -> int:
    return -1 if m.group("dec") else 1


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and "\uac00" <= text[pos] <= "\ud7a3":
        pos += 1
    return pos


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.kind == "duration" or b.kind == "duration":
        return False
    if a.kind == "bare" and b.kind == "bare":
        return False
    return a.kind == "bare" or b.kind == "bare" or (a.kind == b.kind and a.unit == b.unit)


def _pair_values(a: Quantity, b: Quantity) -> tuple[float, float, str | None]:
    """Values of two endpoints, a bare one taking the other's unit and scale (40→112억원)."""
    va, vb = a.value, b.value
    if a.kind == "bare" and a.scale is None and b.scale:
        va *= b.scale
    if b.kind == "bare" and b.scale is None and a.scale:
        vb *= a.scale
    unit = a.change_unit or b.change_unit
    return va, vb, unit


def _delta(before: float, after: float) -> float:
    d = after - before
    return float(round(d, 6)) if d != int(d) else float(int(d))


def find_changes(text: str, qs: list[Quantity], ctx=None) -> tuple[list[ChangeFound], set[int]]:
    """Changes among the quantities, and the ids of quantities that are compact endpoints."""
    p = _patterns()
    out: list[ChangeFound] = []
    claimed: set[int] = set()
    used_after: set[int] = set()  # quantities already the after-side of a two-sided change
    n = len(qs)

    def sent_end(pos: int) -> int:
        if ctx is not None and ctx.sentences:
            i = ctx.sentence_of(pos)
            if i >= 0:
                return ctx.sentences[i][1]
        nl = text.find("\n", pos)
        return len(text) if nl < 0 else nl

    for i, q in enumerate(qs):
        if q.kind == "duration":
            continue
        nxt = qs[i + 1] if i + 1 < n else None
        # arrows
        if nxt is not None and _compatible(q, nxt) and p["arrow"].fullmatch(text, q.end, nxt.start):
            b, a, unit = _pair_values(q, nxt)
            out.append(ChangeFound(q.start, nxt.end, b, a, _delta(b, a), unit))
            claimed.update({id(q), id(nxt)})
            used_after.add(id(nxt))
            continue
        # A에서 B로 <verb>
        if nxt is not None and _compatible(q, nxt) and p["from"].fullmatch(text, q.end, nxt.start):
            m = p["to_verb"].match(text, nxt.end)
            if m:
                b, a, unit = _pair_values(q, nxt)
                out.append(ChangeFound(q.start, _word_end(text, m.end()), b, a, _delta(b, a), unit))
                claimed.update({id(q), id(nxt)})
                used_after.add(id(nxt))
                continue
        if q.kind == "bare":
            continue
        # A를 시작으로 ... B로 <verb>
        if p["start_marker"].match(text, q.end):
            limit = min(sent_end(q.start), q.end + p["window"])
            for r in qs[i + 1 :]:
                if r.start >= limit:
                    break
                if r.kind == q.kind and r.unit == q.unit:
                    m = p["to_verb"].match(text, r.end)
                    if m:
                        out.append(ChangeFound(q.start, _word_end(text, m.end()), q.value, r.value, _delta(q.value, r.value), q.change_unit))
                        used_after.add(id(r))
                    break
            continue
        if id(q) in used_after:
            continue
        # B로 ... A보다 <verb>
        m_to = p["to"].match(text, q.end)
        if m_to and nxt is not None and nxt.kind == q.kind and nxt.unit == q.unit and nxt.start - m_to.end() <= 20 and nxt.start < sent_end(q.start):
            m = p["than_verb"].match(text, nxt.end)
            if m:
                out.append(ChangeFound(q.start, _word_end(text, m.end()), nxt.value, q.value, _delta(nxt.value, q.value), q.change_unit))
                claimed.update({id(q), id(nxt)})
                used_after.add(id(nxt))
                continue
        # B로 1년 전보다 N <verb>: after and delta
        if m_to and nxt is not None and nxt.kind == q.kind and nxt.unit == q.unit and nxt.start - m_to.end() <= 20:
            base = p["than_base"].fullmatch(text, m_to.end(), nxt.start)
            m = p["delta"].match(text, nxt.end) if base else None
            if m and not m.group("neu"):
                delta = _sign(m) * nxt.value
                out.append(ChangeFound(q.start, _word_end(text, m.end()), q.value - delta, q.value, delta, q.change_unit))
                claimed.update({id(q), id(nxt)})
                used_after.add(id(nxt))
                continue
        # B로 <verb>: after only
        m = p["to_verb"].match(text, q.end)
        if m:
            if not m.group("neu"):
                out.append(ChangeFound(q.start, _word_end(text, m.end()), after=q.value, unit=q.change_unit))
            continue
        m = p["reach"].match(text, q.end)
        if m:
            out.append(ChangeFound(q.start, _word_end(text, m.end()), after=q.value, unit=q.change_unit))
            continue
        # N 더 늘었다 / 21.4% 증가 / 300억원 늘어난 3000억원
        m = p["delta"].match(text, q.end)
        if m and not m.group("neu"):
            delta = _sign(m) * q.value
            end = _word_end(text, m.end())
            ch = ChangeFound(q.start, end, delta=delta, unit=q.change_unit)
            if nxt is not None and nxt.kind == q.kind and nxt.unit == q.unit and nxt.start - end <= 1 and p["grown_to"].search(text, q.end, nxt.start):
                ch.after = nxt.value
                ch.before = nxt.value - delta
                ch.end = nxt.end
            out.append(ch)
            claimed.add(id(q))
    return out, claimed


def extract(doc, ctx) -> list[Change]:
    """Every change in the document (see the module docstring for the shapes)."""
    res = analyse(doc, ctx)
    text = res.index.text
    out = []
    for c in res.changes:
        out.append(
            Change(
                text=text[c.start : c.end],
                span=(c.start, c.end),
                sentence=ctx.sentence_of(c.start),
                before=c.before,
                after=c.after,
                delta=c.delta,
                unit=c.unit,
            )
        )
    return out
