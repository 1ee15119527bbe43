#!/usr/bin/env python3
"""Run newsx on the second blind evaluation set (eval/blind2) and score it.

Usage:
  .venv/bin/python scripts/eval_blind2.py            # scores and a summary
  .venv/bin/python scripts/eval_blind2.py -v         # also every miss and false alarm
  .venv/bin/python scripts/eval_blind2.py --json     # the full report as JSON

scripts/eval_blind.py takes no directory argument, so this imports its functions
unchanged and points them at eval/blind2 (records go to eval/blind2/pred/).
Scoring is exactly the shared /work/shared/eval/score.py, as in eval_blind.py.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def load_eval_blind():
    spec = importlib.util.spec_from_file_location("eval_blind", HERE / "eval_blind.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot import scripts/eval_blind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None) -> int:
    eb = load_eval_blind()
    eb.BLIND = ROOT / "eval" / "blind2"
    eb.PRED = eb.BLIND / "pred"
    return eb.main(argv)


if __name__ == "__main__":
    sys.exit(main())
