#!/usr/bin/env python3
"""Print the organisations newsx finds on every page of the shared corpus.

Pages: ../shared/corpus/raw/*.gold.txt (hand-cleaned bodies) and the body of
../shared/eval/gold/seed.json. One block per page: name, kind, aliases, and
the mentions as written. Read it and look for what a reader would call wrong.

  .venv/bin/python scripts/print_orgs.py [--shared PATH] [PAGE.txt ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsx.components import context_of
from newsx.extract import organisations
from newsx.korean import make_nlp

ROOT = Path(__file__).resolve().parents[1]


def pages(shared: Path, extra: list[str]):
    for p in extra:
        yield p, Path(p).read_text(encoding="utf-8")
    if extra:
        return
    for p in sorted((shared / "corpus" / "raw").glob("*.gold.txt")):
        yield p.name, p.read_text(encoding="utf-8")
    seed = shared / "eval" / "gold" / "seed.json"
    if seed.exists():
        yield "seed.json (gold body)", json.loads(seed.read_text(encoding="utf-8"))["body"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder (default: ../shared)")
    ap.add_argument("pages", nargs="*", help="text files to read instead of the corpus")
    args = ap.parse_args(argv)
    nlp = make_nlp()
    for name, body in pages(Path(args.shared), args.pages):
        doc = nlp(body)
        orgs = organisations.extract(doc, context_of(doc))
        print(f"== {name}: {len(orgs)} organisations")
        for o in orgs:
            texts = sorted({m.text for m in o.spans})
            alias = f" aka {', '.join(o.aliases)}" if o.aliases else ""
            print(f"  {o.name:<24} {o.kind:<18} x{len(o.spans)}{alias}  [{' | '.join(texts)}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
