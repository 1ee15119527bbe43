"""Rule repeated_figure: a figure of the deck against the body's figures for the same thing and time."""

from __future__ import annotations

from ..models import Budget, Check
from .changes import pct_changes
from .tolerance import norm_unit, overlap
from .view import Q, View, anchor_of, family_of, mention, nouns_of, same_thing
from .words import BEFORE_CUE
from .wording import josa, quote

__all__ = ["repeated_figure"]


def repeated_figure(v: View, budgets: list[Budget]) -> list[Check]:
    lead = v.lead_end()
    if not any(q.span[0] < lead for q in v.figures):
        return []  # nothing in the deck to check (a change's sides sit inside the change's span)
    programme = {tuple(b.amount.span): b.programme for b in budgets if b.amount}
    skip = [q.span for q in v.figures if q.kind in ("delta", "duration")]
    skip += [(m.start("paren"), m.end("paren")) for m in pct_changes(v) if m.group("paren")]
    skipped = {i for a, b in skip for i in range(a, b)}  # the offsets of the spans to skip
    # what `covered(v, s, e, ("change",))` tests, gathered once: the spans of every change
    changes = [q.span for q in v.figures if q.kind == "change"] + [tuple(c.span) for c in v.article.changes]
    members = []  # (q-like, role, nouns, key)
    for q in v.figures:
        if q.kind in ("money", "count", "percent"):
            s, e = q.span
            if s in skipped or any(a < e and s < b for a, b in changes):
                continue
            if q.kind == "count" and q.unit in ("일", "년", "개월", "주", "대") and not getattr(q.record, "noun", None):
                continue
            before = bool(BEFORE_CUE.search(v.body[v.clause_span(q.span[0])[0] : q.span[1] + 6]))
            members.append((q, "before" if before else "", nouns_of(v, q), (family_of(q), norm_unit(q.unit), anchor_of(v, q), programme.get(q.span))))
        elif q.kind in ("change", "after"):
            sides = q.sides.items() if q.kind == "change" else [("after", (q.value, q.iv, q.text, q.span))]
            nouns = nouns_of(v, q)
            for role, (value, iv, text, span) in sides:
                side = Q("count", text, span, value, q.unit, iv, q.record, role)
                members.append((side, role, nouns | nouns_of(v, side), (family_of(q), q.unit, anchor_of(v, q), None)))
    groups: list[list] = []
    # a member joins only groups of its own kind and unit (`_same_key` asks that first), so the
    # groups are also listed by kind and unit, each list in the order the groups were opened
    by_unit: dict[tuple, list[list]] = {}
    for m in members:
        if not m[2]:
            continue
        candidates = by_unit.setdefault(m[3][:2], [])
        for g in candidates:
            if any(_same_key(o, m, lead) and same_thing(o[2], m[2]) for o in g):
                g.append(m)
                break
        else:
            groups.append([m])
            candidates.append(groups[-1])
    out = []
    for g in groups:
        # the deck (and headline lines) against the body: every figure the lead states about a thing
        # must be restated by the body; two body figures about "the same" noun are too often
        # different things (quarters, regions, scenarios) to be flagged
        leads = [o for o in g if o[0].span[0] < lead]
        body = [o for o in g if o[0].span[0] >= lead]
        if not leads or not body:
            continue
        bad = [o for o in leads if not any(overlap(o[0].iv, b[0].iv) for b in body)]
        counts: dict[str, int] = {}
        for o in g:
            for w in o[2]:
                counts[w] = counts.get(w, 0) + 1
        noun = max(sorted(counts), key=lambda w: (counts[w], -len(w)))
        lead_text = ", ".join(quote(o[0].text, 16) for o in leads)
        body_text = ", ".join(quote(o[0].text, 16) for o in body)
        if bad and len(leads) == 1:
            msg = f"제목 아래 요약의 ‘{noun}’ 수치 {josa(lead_text, '가이')} 본문({body_text})과 다릅니다"
        elif bad:
            msg = f"제목 아래 요약의 ‘{noun}’ 수치 {lead_text} 중 {josa(', '.join(quote(o[0].text, 16) for o in bad), '가이')} 본문({body_text})에 없습니다"
        else:
            msg = f"제목 아래 요약의 ‘{noun}’ 수치 {josa(lead_text, '가이')} 본문({body_text})과 맞습니다"
        items = [mention(v, o[0].text, o[0].span) for o in sorted(g, key=lambda o: o[0].span)]
        out.append(Check(rule="repeated_figure", status="inconsistent" if bad else "consistent", message=msg, items=items))
    return out



def _same_key(a, b, lead: int) -> bool:
    """Same kind, unit, period and programme; a deck line that leaves out the year or the
    programme ("스마트공장 보급에 3000억원 투입") matches the body figure that states them."""
    (fa, ua, pa, ga), (fb, ub, pb, gb) = a[3], b[3]
    if (fa, ua) != (fb, ub):
        return False
    if pa == pb and ga == gb:
        return True
    in_lead = [o for o in (a, b) if o[0].span[0] < lead]
    return len(in_lead) == 1 and in_lead[0][3][2] in (None, pa if in_lead[0] is b else pb) and in_lead[0][3][3] in (None, ga if in_lead[0] is b else gb)
