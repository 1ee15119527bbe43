"""Rule parts_total: items of a total ("총 …(…)", "이 중 …", "A, B, C 등 3개") against it."""

from __future__ import annotations

import re

from ..models import Check
from .tolerance import norm_unit, overlap
from .view import View, family_of, mention
from .wording import josa, quote, show

__all__ = ["parts_total"]


_LIST_COUNT = re.compile(r"(?P<etc>\s?등(?:의|이)?\s(?:[가-힣]+\s){0,2}?)?(?P<num>\d+)\s?(?P<unit>개국|개사|개소|가지|개|대|곳|명|건|종|인)(?![가-힣]*(?:월|일|년))")


def _list_items(text: str) -> int:
    if text.count("△") >= 2:
        return text.count("△")
    if "(" in text or ")" in text:
        return 0
    chunks = [c for c in re.split(r",\s?", text) if c.strip()]
    if len(chunks) >= 2:
        return len(chunks) if all(len(c.split()) <= 4 for c in chunks[1:]) else 0
    last = text.split()[-1] if text.split() else ""
    return len(last.split("·")) if "·" in last else 1


def parts_total(v: View) -> list[Check]:
    out = []
    for m in _LIST_COUNT.finditer(v.body):
        c0, _ = v.clause_span(m.start())
        text = v.body[c0 : m.start()]
        if not text.strip() or re.search(r"\d", text[-3:]) or not (m.group("etc") or re.search(r"[,·]\s?[^\s,·]+\s?$", text)):
            continue
        if re.search(r"(?:여|약|이상|넘는)", v.body[m.start("num") - 3 : m.end() + 3]):
            continue
        n, stated = _list_items(text.strip()), int(m.group("num"))
        if n < 2 or (n < stated and m.group("etc")):
            continue
        if text.count("△") >= 2:
            lstart = c0 + text.index("△")
        else:
            first = re.split(r",\s?", text)[0] if "," in text else text
            if not first.strip():
                continue
            lstart = c0 + len(first.rstrip()) - len(first.rstrip().split()[-1])
            listed = v.body[lstart : m.start()].strip()
            if re.search(r"\d", listed) or (not m.group("etc") and re.search(r"(?:은|는|이|가|을|를|에|의|로|와|과|도)$", listed)):
                continue
        number = (m.start("num"), m.end())
        items = [mention(v, v.body[lstart : m.start()].strip(), (lstart, lstart + len(v.body[lstart : m.start()].rstrip()))),
                 mention(v, v.body[number[0] : number[1]], number)]
        ok = n == stated
        msg = (f"나열한 항목 {n}개가 {josa(quote(v.body[number[0]:number[1]]), '와과')} 맞습니다" if ok
               else f"나열한 항목은 {n}개인데 {quote(v.body[number[0]:number[1]])}라고 적었습니다")
        out.append(Check(rule="parts_total", status="consistent" if ok else "inconsistent", message=msg, items=items))
    out += _breakdowns(v)
    return out


def _breakdowns(v: View) -> list[Check]:
    """"총 500억원(국비 300억원, 지방비 200억원)" and "총 …. 이 중 …" against their total."""
    out = []
    qs = [q for q in v.figures if q.kind in ("money", "count")]
    for t in qs:
        s0, s1 = v.sentence_span(t.span[0])
        paren = re.match(r"\s?\(([^()]+)\)", v.body[t.span[1] : s1])
        parts, partial = [], False
        if paren:
            p0, p1 = t.span[1] + paren.start(1), t.span[1] + paren.end(1)
            parts = [q for q in qs if p0 <= q.span[0] < p1 and family_of(q) == family_of(t)]
            partial = bool(re.search(r"등|포함|중", v.body[p0:p1])) or len(parts) < 2
            has_total = re.search(r"(?:총|모두|전체|합계|합쳐)\s?$", v.body[max(s0, t.span[0] - 4) : t.span[0]])
            if re.search(r"[X×x*÷/=+%]", v.body[p0:p1]) or not (has_total or len(parts) >= 2):
                parts = []  # a formula ("1억원 X 45%") or a restatement, not a breakdown
        if not parts and re.search(r"(?:총|모두|전체|합계|합쳐)\s?$", v.body[max(s0, t.span[0] - 4) : t.span[0]]):
            nxt = re.match(r"[^.]*?(?:다|요)\.\s*(?:이\s?중|이\s?가운데|그\s?중|이 중에서|이 가운데)", v.body[t.span[1] : t.span[1] + 400])
            if nxt:
                n0 = t.span[1] + nxt.end()
                n1 = v.sentence_span(n0)[1]
                parts = [q for q in qs if n0 <= q.span[0] < n1 and family_of(q) == family_of(t) and norm_unit(q.unit) == norm_unit(t.unit)]
                partial = True
        if not parts:
            continue
        total = (sum(q.iv[0] for q in parts), sum(q.iv[1] for q in parts))
        over = total[0] > t.iv[1] + 1e-9 * max(1.0, t.value) or any(q.iv[0] > t.iv[1] for q in parts)
        ok = not over if partial else overlap(total, t.iv)
        shown = "+".join(q.text for q in parts)
        s = show(sum(q.value for q in parts), norm_unit(t.unit))
        if ok:
            msg = f"{shown}={josa(s, '가이')} {'총계' if not partial else '일부로서'} {josa(quote(t.text), '와과')} 맞습니다"
        else:
            msg = f"{shown}={josa(s, '가이')} 총계 {josa(quote(t.text), '를을') + ' 넘습니다' if over else josa(quote(t.text), '와과') + ' 맞지 않습니다'}"
        items = [mention(v, t.text, t.span)] + [mention(v, q.text, q.span) for q in parts]
        out.append(Check(rule="parts_total", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out

