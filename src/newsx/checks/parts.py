"""Rule parts_total: items of a total ("총 …(…)", "이 중 …", "A, B, C 등 3개") against it."""

from __future__ import annotations

import re

from ..models import Check
from .tolerance import norm_unit, overlap
from .view import View, breakdowns, mention
from .wording import RAGO, josa, quote, show

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
               else f"나열한 항목은 {n}개인데 {josa(quote(v.body[number[0]:number[1]]), RAGO)} 적었습니다")
        out.append(Check(rule="parts_total", status="consistent" if ok else "inconsistent", message=msg, items=items))
    out += _breakdowns(v)
    return out


def _breakdowns(v: View) -> list[Check]:
    out = []
    for t, parts, partial in breakdowns(v):
        total = (sum(q.iv[0] for q in parts), sum(q.iv[1] for q in parts))
        over = total[0] > t.iv[1] + 1e-9 * max(1.0, t.value) or any(q.iv[0] > t.iv[1] for q in parts)
        ok = not over if partial else overlap(total, t.iv)
        shown = "+".join(q.text for q in parts)
        s = show(sum(q.value for q in parts), norm_unit(t.unit))
        if len(parts) == 1:
            shown, s = quote(parts[0].text), ""
        said = f"{shown}={josa(s, '로')}" if s else josa(shown, "는은")
        if ok and partial and not overlap(total, t.iv):
            msg = f"{said} 총계 {quote(t.text)} 안에 듭니다"
        elif ok:
            msg = f"{said} 총계 {josa(quote(t.text), '와과')} 맞습니다"
        elif over:
            msg = f"{said} 총계 {josa(quote(t.text), '를을')} 넘습니다"
        else:
            msg = f"{said} 총계 {josa(quote(t.text), '와과')} 맞지 않습니다"
        items = [mention(v, t.text, t.span)] + [mention(v, q.text, q.span) for q in parts]
        out.append(Check(rule="parts_total", status="consistent" if ok else "inconsistent", message=msg, items=items))
    return out
