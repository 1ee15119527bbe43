"""Rules on changes: a change against a delta stated elsewhere, and percent changes.

- change_arithmetic  before → after against a delta stated elsewhere about the same thing,
                     or a before stated as a state + a delta = an after
- percent_change     "3.7%(4134억원) 감소" against the before and after amounts
"""

from __future__ import annotations

import re

from ..models import Check
from .tolerance import INF, NUM, contains, interval, minus, negate, norm_unit, overlap
from .view import Q, View, _side, _written, anchor_of, is_comparison, mention, nouns_of, same_thing, strip_particle
from .words import BEFORE_CUE, DOWN, PREVIOUS_YEAR, STOP, UP
from .wording import RAGO, josa, pct, quote, show

__all__ = ["change_arithmetic", "percent_change", "PCT_CHANGE", "pct_changes"]


def _linked(v: View, f: Q, d: Q) -> bool:
    """Does delta `d` speak about the change `f`? Same sentence or paragraph, same noun, or
    its paragraph restates one side of `f`."""
    if d.record is not None and d.record is f.record:
        return True
    if d.record is not None and (getattr(d.record, "after", None) is not None or getattr(d.record, "before", None) is not None):
        return False
    if v.paragraph_of(f.span[0]) == v.paragraph_of(d.span[0]):
        return True
    if same_thing(nouns_of(v, f), nouns_of(v, d)):
        return True
    p = v.paragraph_of(d.span[0])
    sides = [s[0] for s in f.sides.values()]
    for q in v.figures:
        if q is d or q is f or v.paragraph_of(q.span[0]) != p or norm_unit(q.unit) != f.unit:
            continue
        if q.kind in ("count", "money", "after") and any(contains(q.iv, x) for x in sides):
            return True
    return False


def change_arithmetic(v: View) -> list[Check]:
    out = []
    fulls = [q for q in v.figures if q.kind == "change"]
    deltas = [q for q in v.figures if q.kind == "delta"]
    explained: set[int] = set()
    for f in fulls:
        related = [d for d in deltas if d.unit == f.unit and f.unit not in ("%",) and _linked(v, f, d)]
        if not related:
            continue
        (b, _, b_text, _), (a, _, a_text, _) = f.sides["before"], f.sides["after"]
        bad = [d for d in related if not overlap(f.iv, d.iv)]
        explained.update(id(d) for d in related)
        items = [mention(v, f.text, f.span)] + [mention(v, d.text, d.span) for d in related]
        said = "·".join(quote(d.text) for d in related)
        diff = show(a - b, f.unit)
        if bad:
            msg = f"{b_text}→{a_text}의 차이는 {diff}인데 {josa('·'.join(quote(d.text) for d in bad), '는은')} {josa(show(bad[0].value, f.unit), '로')} 맞지 않습니다"
        else:
            msg = f"{b_text}→{a_text}의 차이 {josa(diff, '가이')} {josa(said, '와과')} 맞습니다"
        out.append(Check(rule="change_arithmetic", status="inconsistent" if bad else "consistent", message=msg, items=items))
    out += _change_triples(v, [d for d in deltas if id(d) not in explained], fulls)
    return out



def _change_triples(v: View, deltas: list[Q], fulls: list[Q]) -> list[Check]:
    """before (stated as a state) + delta = after, all in one paragraph, when no full change covers them."""
    out = []
    for a in (q for q in v.figures if q.kind == "after"):
        if any(contains(f.sides["after"][1], a.value) for f in fulls):
            continue
        p = v.paragraph_of(a.span[0])
        ds = [d for d in deltas if d.unit == a.unit and v.paragraph_of(d.span[0]) == p and d.span[0] < a.span[1]]
        if not ds:
            continue
        befores = [
            q for q in v.figures
            if q.kind in ("count", "money") and norm_unit(q.unit) == a.unit and v.paragraph_of(q.span[0]) == p
            and q.span[1] <= a.span[0] and not any(q.span[0] < d.span[1] and d.span[0] < q.span[1] for d in ds)
            and BEFORE_CUE.search(v.body[v.clause_span(q.span[0])[0] : q.span[1] + 6])
        ]
        if not befores:
            continue
        b = befores[-1]
        expected = minus(a.iv, b.iv)
        bad = [d for d in ds if not overlap(expected, d.iv)]
        items = [mention(v, b.text, b.span)] + [mention(v, d.text, d.span) for d in ds] + [mention(v, a.text, a.span)]
        if bad:
            msg = f"{quote(b.text)}에서 {quote(a.text)}까지는 {show(a.value - b.value, a.unit)} 차이인데 {josa(quote(bad[0].text), '와과')} 맞지 않습니다"
        else:
            msg = f"{quote(b.text)}에 {josa('·'.join(quote(d.text) for d in ds), '를을')} 더하면 {josa(quote(a.text), '와과')} 맞습니다"
        out.append(Check(rule="change_arithmetic", status="inconsistent" if bad else "consistent", message=msg, items=items))
    return out



PCT_CHANGE = re.compile(
    rf"(?P<pct>{NUM})\s?(?P<u>%p|%|퍼센트포인트|퍼센트)\s?(?:\((?P<paren>[^()]{{1,40}})\))?\s?(?:가량|정도|이상|나)?\s?"
    rf"(?:[가-힣]{{1,3}}\s)?(?P<verb>{UP}|{DOWN})"
)


def pct_changes(v: View) -> list[re.Match]:
    """Every PCT_CHANGE match of the body, found once per view."""
    return v.once("pct_changes", lambda v: list(PCT_CHANGE.finditer(v.body)))


def _before_after(v: View, s0: int, s1: int, family: str, exclude: tuple[int, int] | None, at: int):
    for c in v.article.changes:
        if s0 <= c.span[0] < s1 and c.before is not None and c.after is not None and (
            (family == "money") == (norm_unit(c.unit) == "KRW")
        ):
            f = next((q for q in v.figures if q.record is c and q.kind == "change"), None)
            if f is not None:  # None: its before was computed by the extractor, not written
                return f.sides["before"], f.sides["after"]
    kinds = {"money": ("money",), "count": ("count",), "percent": ("percent",)}[family]
    qs = [q for q in v.figures if q.kind in kinds and s0 <= q.span[0] < s1
          and not (exclude and exclude[0] <= q.span[0] < exclude[1]) and not (q.span[0] <= at < q.span[1])]
    for i, x in enumerate(qs):
        tail = v.body[x.span[1] : x.span[1] + 8]
        if re.match(r"\s?(?:에서|→|->|⇒|~)", tail) and i + 1 < len(qs):
            y = qs[i + 1]
            return (x.value, x.iv, x.text, x.span), (y.value, y.iv, y.text, y.span)
        if re.match(r"\s?(?:\)\s?)?(?:대비|보다|에 비해|에 비해서)", tail):
            others = [y for y in qs if y is not x]
            if len(others) == 1:
                y = others[0]
                return (x.value, x.iv, x.text, x.span), (y.value, y.iv, y.text, y.span)
    return None


def _base_elsewhere(v: View, m: re.Match, s1: int):
    """"전년 대비 12.5% 증가한 4,500억원" whose base, the year before, is stated in another sentence:
    the one figure of the same kind, unit and noun anchored in that year."""
    after = next((q for q in v.figures if q.kind in ("money", "count") and m.end() <= q.span[0] < s1
                  and re.fullmatch(r"[가-힣]{0,3}\s?", v.body[m.end() : q.span[0]])), None)
    if after is None:
        return None
    s0 = v.sentence_span(m.start())[0]
    bases = [p for p in v.article.periods if s0 <= p.span[0] < m.start() and is_comparison(v, p)]
    if not bases:
        return None
    base = bases[-1]
    if PREVIOUS_YEAR.search(base.text):
        year = anchor_of(v, after)
        if not year or not year[0] or year[0] != year[1] or not year[0].isdigit():
            return None
        want = (str(int(year[0]) - 1),) * 2
    else:
        want = (base.start, base.end)
    # what is compared is named before the base ("내년 예산을 전년 대비"), not beside the after
    nouns = nouns_of(v, after) | {w for w in map(strip_particle, v.body[s0 : base.span[0]].split()) if len(w) >= 2 and w not in STOP}
    found = [q for q in v.figures if q.kind == after.kind and norm_unit(q.unit) == norm_unit(after.unit)
             and not (s0 <= q.span[0] < s1) and anchor_of(v, q) == want and same_thing(nouns_of(v, q), nouns)]
    if len(found) != 1:
        return None
    b = found[0]
    return (b.value, b.iv, b.text, b.span), (after.value, after.iv, after.text, after.span)


_DERIVED_GAP = re.compile(r"[\s가-힣]{0,8}")


def _derived_base(v: View, m: re.Match, s0: int):
    """"3126억원으로 1년 전보다 170억원 늘어 5.8% 증가", "300억원 늘어난 3000억원으로 5.8% 증가":
    a change giving the after and the delta but not writing the before, right before the rate in
    the same clause. Returns (after, delta) as (value, interval, text, span), delta signed."""
    c0 = max(s0, v.clause_span(m.start())[0])
    for c in v.article.changes:
        if c.after is None or not c.delta or norm_unit(c.unit) in ("%", "%p", ""):
            continue
        if not (c0 <= c.span[0] and c.span[1] <= m.start()):
            continue
        if not _DERIVED_GAP.fullmatch(v.body[c.span[1] : m.start()]):
            continue  # only the particle or the verb's ending between the change and the rate
        if c.before is not None and _written(c, c.before):
            continue  # both ends written: _before_after's business
        a_iv, a_text, a_span = _side(c, c.after, False)
        d_iv, d_text, d_span = _side(c, abs(c.delta), True)
        if a_span == d_span:
            continue  # the delta is not written apart from the after
        if c.delta < 0:
            d_iv = negate(d_iv)
        return (c.after, a_iv, a_text, a_span), (c.delta, d_iv, d_text, d_span)
    return None


def _check_derived(v: View, m: re.Match, found, sign: int, stated_pct: float) -> Check | None:
    """The stated rate against delta / (after - delta)."""
    (a, a_iv, a_text, a_span), (d, d_iv, d_text, d_span) = found
    b = a - d
    corners = [y / (x - y) * 100 for x in a_iv for y in d_iv if x - y > 0 and abs(x) != INF and abs(y) != INF]
    if b <= 0 or not corners:
        return None
    computed = (min(corners), max(corners))
    stated = interval(sign * stated_pct, "exact", m.group("pct"))
    ok = overlap(computed, stated)
    calc = d / b * 100
    unit = next((c.unit for c in v.article.changes if tuple(c.span)[0] <= a_span[0] < tuple(c.span)[1]), "")
    base = show(b, norm_unit(unit))
    word = "늘어난" if d >= 0 else "줄어든"
    items = [mention(v, d_text, d_span), mention(v, a_text, a_span), mention(v, m.group(0), (m.start(), m.end()))]
    items.sort(key=lambda x: x.span[0])
    lead = f"{josa(quote(a_text), '는은')} {base}에서 {josa(quote(d_text), '가이')} {word} 것으로 {pct(abs(calc))}%"
    if ok:
        msg = f"{lead} {word[:2]} {josa(quote(m.group(0)), '와과')} 맞습니다"
    else:
        msg = f"{lead} {word} 것인데 기사는 {josa(quote(f'{stated_pct:g}%'), RAGO)} 적었습니다"
    return Check(rule="percent_change", status="consistent" if ok else "inconsistent", message=msg, items=items)


def percent_change(v: View) -> list[Check]:
    out = []
    for m in pct_changes(v):
        s0, s1 = v.sentence_span(m.start())
        stated_pct = float(m.group("pct").replace(",", ""))
        point = m.group("u") in ("%p", "퍼센트포인트")
        sign = -1 if re.match(DOWN, m.group("verb")) else 1
        paren = (m.start("paren"), m.end("paren")) if m.group("paren") else None
        delta = next((q for q in v.figures if paren and q.kind in ("money", "count") and paren[0] <= q.span[0] < paren[1]), None)
        family = "percent" if point else ("money" if delta is None or delta.kind == "money" else "count")
        found = _before_after(v, s0, s1, family, paren, m.start())
        if found is None and family == "money" and delta is None:
            found = _before_after(v, s0, s1, "count", paren, m.start())
        if found is None and not point and delta is None:
            derived = _derived_base(v, m, s0)
            if derived is not None:
                check = _check_derived(v, m, derived, sign, stated_pct)
                if check is not None:
                    out.append(check)
                continue
            found = _base_elsewhere(v, m, s1)
        if found is None:
            continue
        (b, b_iv, b_text, b_span), (a, a_iv, a_text, a_span) = found
        if point:
            computed = minus(a_iv, b_iv)
        elif b_iv[0] <= 0:
            continue
        else:
            corners = [(y - x) / x * 100 for x in b_iv for y in a_iv if x > 0 and abs(x) != INF and abs(y) != INF]
            if not corners:
                continue
            computed = (min(corners), max(corners))
        stated = interval(sign * stated_pct, "exact", m.group("pct"))
        ok = overlap(computed, stated)
        items = [mention(v, b_text, b_span), mention(v, a_text, a_span), mention(v, m.group(0), (m.start(), m.end()))]
        calc = (a - b) if point else (a - b) / b * 100
        word = "늘어난" if calc >= 0 else "줄어든"
        if delta is not None:
            items.append(mention(v, delta.text, delta.span))
            ok_delta = overlap(minus(a_iv, b_iv), delta.iv if sign > 0 else negate(delta.iv))
        else:
            ok_delta = True
        unit = "%p" if point else "%"
        if ok and ok_delta:
            msg = f"{josa(b_text + '→' + a_text, '는은')} {pct(abs(calc))}{unit} {word[:2]} {josa(quote(m.group(0)), '와과')} 맞습니다"
        elif not ok:
            msg = (f"{josa(b_text + '→' + a_text, '는은')} {pct(abs(calc))}{unit} {word} 것인데 "
                   f"기사는 {josa(quote(f'{stated_pct:g}{unit}'), RAGO)} 적었습니다")
        else:
            msg = f"{b_text}→{a_text}의 차이는 {show(abs(a - b), 'KRW' if family == 'money' else '')}인데 괄호 안 금액은 {delta.text}입니다"
        out.append(Check(rule="percent_change", status="consistent" if ok and ok_delta else "inconsistent", message=msg, items=items))
    return out

