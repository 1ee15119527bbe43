#!/usr/bin/env python3
"""Measure newsx.clean against trafilatura on the shared corpus of Korean news pages.

Prints, from one run in one process:
  - body token F1 (bag of whitespace tokens, as body_f1 in ../shared/eval/score.py)
    per gold page for newsx and for trafilatura.extract(html) with default settings,
    and the mean over the gold pages;
  - whether newsx's publication date matches the gold JSON's publishing_date;
  - furniture strings left in any newsx body;
  - pages per second for cleaning HTML already in memory, both tools, same pages;
  - for pages without gold: body length and its first and last 80 characters, to read.

Usage: .venv/bin/python scripts/bench_clean.py [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsx.clean import clean_html, rules  # noqa: E402

# The brief's furniture strings, checked in every body besides the rules file's own phrases.
FURNITURE = [
    "관련기사", "많이 본 뉴스", "기사 메일전송", "글자크기 설정", "본문 바로가기",
    "무단전재 및 재배포 금지", "무단 전재", "재배포 금지", "저작권자", "ⓒ", "©", "Copyright",
]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def body_f1(gold_body, pred_body):
    """Copied from ../shared/eval/score.py: (precision, recall, F1) of whitespace-token bags."""
    g, p = Counter((gold_body or "").split()), Counter((pred_body or "").split())
    common = sum((g & p).values())
    if not common:
        return 0.0, 0.0, 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return prec, rec, 2 * prec * rec / (prec + rec)


def leaks(body: str) -> list[str]:
    found = [s for s in FURNITURE + list(rules().phrases) if s in body]
    return found + EMAIL.findall(body)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "raw")
    ap.add_argument("--repeat", type=int, default=5, help="repetitions of the timing loop")
    args = ap.parse_args(argv)
    import trafilatura

    pages = {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.html"))}
    if not pages:
        print(f"no *.html under {args.corpus}", file=sys.stderr)
        return 2
    print(f"corpus: {args.corpus} ({len(pages)} pages); trafilatura {trafilatura.__version__}")

    results = {name: clean_html(html) for name, html in pages.items()}
    print("\n== body F1 on gold pages (newsx vs trafilatura) and publication date")
    print(f"{'page':16s} {'newsx':>6s} {'traf':>6s}  date")
    ours, theirs, dates_ok, dates_n, leak_pages = [], [], 0, 0, {}
    for name, html in pages.items():
        page = results[name]
        found = leaks(page.body)
        if found:
            leak_pages[name] = found
        gold_txt = args.corpus / f"{name}.gold.txt"
        if not gold_txt.exists():
            continue
        gold = gold_txt.read_text(encoding="utf-8")
        f_ours = body_f1(gold, page.body)[2]
        f_theirs = body_f1(gold, trafilatura.extract(html) or "")[2]
        ours.append(f_ours)
        theirs.append(f_theirs)
        date_note = "no gold date"
        gold_json = args.corpus / f"{name}.gold.json"
        if gold_json.exists():
            want = str(json.loads(gold_json.read_text(encoding="utf-8")).get("publishing_date") or "")[:10]
            if want:
                dates_n += 1
                ok = (page.published or "")[:10] == want
                dates_ok += ok
                date_note = f"{'ok ' if ok else 'BAD'} {page.published} (gold {want})"
        print(f"{name:16s} {f_ours:6.3f} {f_theirs:6.3f}  {date_note}")
    mean_ours, mean_theirs = sum(ours) / len(ours), sum(theirs) / len(theirs)
    print(f"{'MEAN':16s} {mean_ours:6.3f} {mean_theirs:6.3f}  over {len(ours)} gold pages")
    print(f"dates right: {dates_ok}/{dates_n} gold pages with a publishing_date")
    print(f"furniture left in bodies: {sum(len(v) for v in leak_pages.values())}", end="")
    print("".join(f"\n  {k}: {v}" for k, v in leak_pages.items()))

    print(f"\n== speed: cleaning {len(pages)} pages in memory, {args.repeat} repetitions, one process")
    htmls = list(pages.values())
    tools = {"newsx": clean_html, "trafilatura": trafilatura.extract}
    spent = dict.fromkeys(tools, 0.0)
    for fn in tools.values():
        fn(htmls[0])  # warm-up: first-call imports and caches
    # Alternate the tools repetition by repetition so that load on the machine hits both alike.
    for _ in range(args.repeat):
        for label, fn in tools.items():
            start = time.perf_counter()
            for html in htmls:
                fn(html)
            spent[label] += time.perf_counter() - start
    timings = {label: args.repeat * len(htmls) / spent[label] for label in tools}
    for label, rate in timings.items():
        print(f"{label:12s} {rate:8.1f} pages/s")
    print(f"newsx / trafilatura: {timings['newsx'] / timings['trafilatura']:.1f}x")

    print("\n== pages without gold: body length, first and last 80 characters")
    for name, page in results.items():
        if (args.corpus / f"{name}.gold.txt").exists():
            continue
        body = page.body.replace("\n", " ⏎ ")
        print(f"{name} ({len(page.body)} chars, {page.body.count(chr(10)) + bool(page.body)} lines, published {page.published}, title {page.title!r})")
        print(f"  first: {body[:80]}")
        print(f"  last:  {body[-80:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
