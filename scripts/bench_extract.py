#!/usr/bin/env python
"""Throughput of the extractors next to Kiwi tokenisation alone, in characters per second.

Texts: ../shared/corpus/raw/*.gold.txt and the seed's gold body. Three timings,
each the best of --repeat runs over all texts:

  kiwi      kiwi.tokenize(text) on each text
  nlp       make_nlp()(text): Kiwi sentence splitting + tokens as a spaCy Doc
  nlp+ctx   the same plus components.context_of (sentence offsets)
  nlp+ext   the same plus every extractor module present in newsx/extract
            (a fresh Context per document, so nothing is cached across texts)

The extractors' own cost is the difference between the last two lines; the
per-extractor lines run each extractor alone on parsed Docs with a fresh
Context (so the shared number scan is recomputed for each of them).
Usage: .venv/bin/python scripts/bench_extract.py [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import time
from pathlib import Path

from newsx.components import context_of
from newsx.extract.base import Context
from newsx.korean import get_kiwi, make_nlp

SHARED = Path(__file__).resolve().parents[2] / "shared"


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus" / "raw").glob("*.gold.txt"))]
    seed = SHARED / "eval" / "gold" / "seed.json"
    if seed.exists():
        out.append(json.loads(seed.read_text(encoding="utf-8"))["body"])
    return out


def extractors() -> list[tuple[str, object]]:
    pkg = importlib.import_module("newsx.extract")  # newsx.extract the attribute is the API function

    found = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name in ("base", "numbers"):
            continue
        try:
            mod = importlib.import_module(f"newsx.extract.{info.name}")
        except Exception as exc:  # another engineer's module mid-edit must not stop the bench
            print(f"skipping newsx.extract.{info.name}: {exc}")
            continue
        for name in ("extract", "extract_durations"):
            f = getattr(mod, name, None)
            if callable(f):
                found.append((f"{info.name}.{name}", f))
    return found


def best(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = texts()
    chars = sum(len(t) for t in docs)
    kiwi = get_kiwi()
    nlp = make_nlp()
    funcs = extractors()
    nlp(docs[0])  # warm up Kiwi and the spaCy vocab

    def run_kiwi():
        for t in docs:
            kiwi.tokenize(t)

    def run_nlp():
        for t in docs:
            nlp(t)

    def run_ctx():
        for t in docs:
            context_of(nlp(t))

    def run_all():
        for t in docs:
            doc = nlp(t)
            ctx = context_of(doc)
            for _, f in funcs:
                f(doc, ctx)

    per_extractor = {}
    parsed = [(doc, context_of(doc)) for doc in map(nlp, docs)]
    for name, f in funcs:
        def one(f=f):
            for doc, ctx in parsed:
                f(doc, Context(published=ctx.published, sentences=ctx.sentences))
        per_extractor[name] = best(args.repeat, one)

    t_kiwi = best(args.repeat, run_kiwi)
    t_nlp = best(args.repeat, run_nlp)
    t_ctx = best(args.repeat, run_ctx)
    t_all = best(args.repeat, run_all)
    print(f"{len(docs)} texts, {chars} characters, best of {args.repeat}")
    print(f"  kiwi.tokenize      {chars / t_kiwi:12,.0f} chars/s  ({t_kiwi * 1000:7.1f} ms)")
    print(f"  make_nlp()         {chars / t_nlp:12,.0f} chars/s  ({t_nlp * 1000:7.1f} ms)")
    print(f"  + context_of       {chars / t_ctx:12,.0f} chars/s  ({t_ctx * 1000:7.1f} ms)")
    print(f"  + all extractors   {chars / t_all:12,.0f} chars/s  ({t_all * 1000:7.1f} ms)")
    print(f"  extractors alone: {(t_all - t_ctx) * 1000:.1f} ms = {100 * (t_all - t_ctx) / t_kiwi:.0f}% of kiwi.tokenize")
    for name, t in per_extractor.items():
        print(f"    {name:32s} {chars / t:12,.0f} chars/s  ({t * 1000:7.1f} ms)")


if __name__ == "__main__":
    main()
