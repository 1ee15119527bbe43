"""Compare an article record with a hand-checked expected record.

Expected records use the gold format of ../shared/eval/gold: per kind a list of
items; items under "optional" are neither required nor counted as false alarms.
Values are compared, not offsets, one-to-one in order of appearance.
"""

from __future__ import annotations

from collections import Counter

KINDS = ("money", "periods", "counts", "changes", "percentages", "organisations")


def _n(x):
    if x is None:
        return None
    f = float(x)
    return int(f) if f == int(f) else round(f, 6)


def _squash(s):
    return "".join(str(s).split()) if s is not None else None


def same(kind: str, want: dict, got: dict) -> bool:
    if kind == "money":
        return _n(want["value"]) == _n(got.get("value")) and want.get("currency", "KRW") == got.get("currency", "KRW")
    if kind == "periods":
        return (_squash(want.get("start")), _squash(want.get("end"))) == (_squash(got.get("start")), _squash(got.get("end")))
    if kind == "counts":
        return _n(want["value"]) == _n(got.get("value")) and _squash(want["unit"]) == _squash(got.get("unit"))
    if kind == "percentages":
        return _n(want["value"]) == _n(got.get("value"))
    if kind == "changes":
        keys = [k for k in ("before", "after", "delta") if want.get(k) is not None]
        unit_ok = not (want.get("unit") and got.get("unit")) or _squash(want["unit"]) == _squash(got["unit"])
        return bool(keys) and unit_ok and all(_n(want[k]) == _n(got.get(k)) for k in keys)
    if kind == "organisations":
        names = {_squash(want["name"]), *map(_squash, want.get("aliases", []))}
        return bool(names & {_squash(got.get("name")), *map(_squash, got.get("aliases") or [])})
    raise ValueError(kind)


def compare(kind: str, expected: dict, record: dict) -> tuple[list, list]:
    """(missed expected items, unexpected predicted items) for one kind."""
    wanted = list(expected.get(kind, []))
    optional = list(expected.get("optional", {}).get(kind, []))
    extra = []
    preds = record.get(kind, [])
    if kind == "organisations":
        seen, uniq = set(), []
        for p in preds:
            if _squash(p["name"]) not in seen:
                seen.add(_squash(p["name"]))
                uniq.append(p)
        preds = uniq
    for p in preds:
        hit = next((w for w in wanted if same(kind, w, p)), None)
        if hit is not None:
            wanted.remove(hit)
            continue
        opt = next((w for w in optional if same(kind, w, p)), None)
        if opt is not None:
            optional.remove(opt)
            continue
        extra.append(p.get("text") or p.get("name"))
    return [w.get("text") or w.get("name") for w in wanted], extra


def f1(n_expected: int, missed: int, extra: int) -> float:
    tp = n_expected - missed
    if n_expected == 0 and extra == 0:
        return 1.0
    return 2 * tp / (2 * tp + missed + extra) if tp else 0.0


def body_f1(want: str, got: str) -> float:
    a, b = Counter(want.split()), Counter(got.split())
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)
