#!/usr/bin/env python3
"""Run newsx on the blind evaluation articles and score them against their gold.

Usage:
  .venv/bin/python scripts/eval_blind.py            # scores and a summary
  .venv/bin/python scripts/eval_blind.py -v         # also every miss and false alarm
  .venv/bin/python scripts/eval_blind.py --json     # the full report as JSON

For every eval/blind/*.gold.json it extracts the article named by the gold's
"input" (no publication date is passed: finding it is part of the test), writes
the record to eval/blind/pred/<name>.json only with --save-pred (pred/ keeps the
records of the first blind run) and scores it with the functions of
/work/shared/eval/score.py (imported by path, so the scoring is exactly the
shared one). It prints per-article and micro-averaged per-kind P/R/F1, body F1,
forbidden-string leaks, span integrity and whether the publication date was found.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "eval" / "blind"
PRED = BLIND / "pred"
SAVE = False  # pred/ holds the records of the first blind run; --save-pred overwrites them
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"


def load_score():
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORE_PY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {SCORE_PY}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mismatches(score, kind, golds, optional, preds):
    """The same greedy pairing as score._pair, returning the unmatched items."""
    free = list(range(len(golds)))
    opt_free = list(range(len(optional)))
    false_alarms = []
    for p in preds:
        hit = next((i for i in free if score._match(kind, golds[i], p)), None)
        if hit is not None:
            free.remove(hit)
            continue
        ohit = next((i for i in opt_free if score._match(kind, optional[i], p)), None)
        if ohit is not None:
            opt_free.remove(ohit)
            continue
        false_alarms.append(p)
    return [golds[i] for i in free], false_alarms


def brief(kind, item):
    keys = {
        "money": ("value", "currency", "qualifier"),
        "periods": ("start", "end"),
        "counts": ("value", "unit"),
        "changes": ("before", "after", "delta", "unit"),
        "percentages": ("value",),
        "organisations": ("name", "aliases"),
    }[kind]
    fields = ", ".join(f"{k}={item.get(k)!r}" for k in keys if item.get(k) not in (None, [], ""))
    text = item.get("text")
    return f"{text!r} ({fields})" if text else f"({fields})"


def predict(newsx, gold_path: Path, gold: dict) -> dict:
    source = ROOT / gold["input"]
    article = newsx.extract(source.read_bytes(), name=str(source))
    record = json.loads(article.model_dump_json())
    if SAVE:
        PRED.mkdir(parents=True, exist_ok=True)
        out = PRED / (source.stem + ".json")
        out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return record


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--json", action="store_true", help="print the full report as JSON")
    ap.add_argument("--save-pred", action="store_true", help="write each record to pred/ (replacing the first run's)")
    args = ap.parse_args(argv)
    global SAVE
    SAVE = args.save_pred

    sys.path.insert(0, str(ROOT / "src"))
    import newsx  # noqa: E402  (after the path tweak, so a checkout works without install)

    score = load_score()
    golds = sorted(BLIND.glob("*.gold.json"))
    if not golds:
        print(f"no gold files in {BLIND}", file=sys.stderr)
        return 1

    results, details = [], []
    per_kind: dict[str, Counter] = {}
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pred = predict(newsx, gpath, gold)
        res = score.score_one(gold, pred)
        res["published_pred"] = pred.get("published")
        results.append(res)
        for kind, row in res["kinds"].items():
            per_kind.setdefault(kind, Counter()).update({k: row[k] for k in ("tp", "fp", "fn")})
        if args.verbose or args.json:
            miss = {}
            for kind in score.KINDS:
                if kind not in gold:
                    continue
                preds = pred.get(kind) or []
                if kind == "organisations":
                    seen, uniq = set(), []
                    for p in preds:
                        key = score._norm(p.get("name"))
                        if key not in seen:
                            seen.add(key)
                            uniq.append(p)
                    preds = uniq
                fn, fp = mismatches(score, kind, gold[kind], gold.get("optional", {}).get(kind, []), preds)
                if fn or fp:
                    miss[kind] = {"missed": [brief(kind, g) for g in fn], "false_alarms": [brief(kind, p) for p in fp]}
            details.append({"input": gold["input"], "mismatches": miss})

    total = Counter()
    for c in per_kind.values():
        total.update(c)
    summary = {k: dict(zip(("p", "r", "f1"), score.prf(c["tp"], c["fp"], c["fn"]))) | dict(c) for k, c in per_kind.items()}
    micro = dict(zip(("p", "r", "f1"), score.prf(total["tp"], total["fp"], total["fn"])))
    bodies = [r["body_f1"] for r in results if "body_f1" in r]

    if args.json:
        print(json.dumps({"kinds": summary, "micro": micro, "per_article": results, "details": details},
                         ensure_ascii=False, indent=1))
        return 0

    for r in results:
        name = Path(r["input"]).stem
        leaks = ", ".join(r["forbidden_leaks"]) or "none"
        pub = "ok" if r.get("published_ok") else f"WRONG ({r['published_pred']})"
        print(f"{name}: body_f1={r.get('body_f1', float('nan')):.3f} leaks={leaks} published={pub} "
              f"span_integrity={r['span_integrity']}")
        cells = []
        for kind, row in r["kinds"].items():
            p, rc, f = score.prf(row["tp"], row["fp"], row["fn"])
            cells.append(f"{kind[:5]} {f:.2f} ({row['tp']}/{row['fp']}/{row['fn']})")
        print("    " + "  ".join(cells))
    print()
    print("micro-averaged per kind (tp/fp/fn summed over articles):")
    for kind in score.KINDS:
        if kind in summary:
            v = summary[kind]
            print(f"  {kind:14s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp={v['tp']} fp={v['fp']} fn={v['fn']})")
    n_pub = sum(1 for r in results if r.get("published_ok"))
    leaks = sum(len(r["forbidden_leaks"]) for r in results)
    print(f"micro (all kinds) P={micro['p']:.3f} R={micro['r']:.3f} F1={micro['f1']:.3f}")
    print(f"body_f1 mean={sum(bodies) / len(bodies):.3f}  forbidden leaks={leaks}  published_ok={n_pub}/{len(results)}")

    if args.verbose:
        for d in details:
            print(f"\n### {d['input']}")
            for kind, m in d["mismatches"].items():
                for x in m["missed"]:
                    print(f"  {kind:13s} MISSED       {x}")
                for x in m["false_alarms"]:
                    print(f"  {kind:13s} FALSE ALARM  {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
