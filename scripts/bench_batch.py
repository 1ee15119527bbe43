"""Benchmark `newsx batch`: articles per second for 1 and 2 workers, peak memory, and the
pipeline's characters per second next to Kiwi tokenisation alone.

    python scripts/bench_batch.py                 # corpus pages + fixtures, runs of >= 20 s
    python scripts/bench_batch.py --seconds 5     # a quicker look

The page set is ../shared/corpus/raw/*.html (expected outputs skipped) plus fixtures/articles,
repeated (as symlinks in a temporary directory) until one worker needs at least --seconds.
Each worker count runs in its own process, so peak memory (ru_maxrss) is that run's alone.
Rates are "steady": from the 2×workers-th article to the last, after the pipelines have
loaded; the total including start-up is printed beside them.
Targets (issue 7): 2 workers >= 1.6x one; pipeline chars/s >= 0.8x Kiwi alone.

A worker is the unit being scaled, so both targets are measured on one core's worth of work:
the worker runs Kiwi with one thread (`--kiwi-threads 1`) and "Kiwi alone" is one `kiwi.tokenize`
call per body with the same one-thread Kiwi. The default one-worker run, where Kiwi spreads
its analysis over every core, is printed beside them for reference.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "raw"
FIXTURES = ROOT / "fixtures" / "articles"


def page_set() -> list[Path]:
    from newsx.batch import _article_files

    pages = sorted(p for p in CORPUS.glob("*.html") if ".gold." not in p.name) if CORPUS.is_dir() else []
    return pages + _article_files(FIXTURES)


def measure_chars(pages: list[Path], passes: int) -> dict:
    """One-core characters per second: whole pipeline, analysis only, Kiwi alone (all with a
    one-thread Kiwi)."""
    from newsx.batch import init_worker
    from newsx.korean import get_kiwi
    from newsx.pipeline import analyse, clean_source, extract, read_source

    init_worker(kiwi_threads=1)
    raw = [p.read_bytes() for p in pages]
    bodies = [clean_source(read_source(b, str(p))).body for b, p in zip(raw, pages)]
    chars = sum(map(len, bodies)) * passes
    kiwi = get_kiwi()

    def timed(fn) -> float:
        t = time.perf_counter()
        for _ in range(passes):
            fn()
        return time.perf_counter() - t

    # Interleaved rounds, median of each: the machine's speed drifts (other tenants, clock
    # boost), and one block of each would compare different machines.
    rounds = {"whole": [], "analysis": [], "kiwi": []}
    for _ in range(3):
        rounds["kiwi"].append(timed(lambda: [kiwi.tokenize(body) for body in bodies]))
        rounds["whole"].append(timed(lambda: [extract(b, name=str(p)) for b, p in zip(raw, pages)]))
        rounds["analysis"].append(timed(lambda: [analyse(body) for body in bodies]))
    whole, analysis, kiwi_alone = (sorted(rounds[k])[1] for k in ("whole", "analysis", "kiwi"))
    ratios = sorted(k / w for k, w in zip(rounds["kiwi"], rounds["whole"]))
    return {
        "ratio_range": (ratios[0], ratios[-1]),
        "pages": len(pages),
        "chars_per_pass": chars // passes,
        "pipeline_cps": chars / whole,
        "analyse_cps": chars / analysis,
        "kiwi_cps": chars / kiwi_alone,
        "seconds_per_pass": whole / passes,
    }


def child(src: str, out: str, workers: int, kiwi_threads: int | None) -> None:
    """One batch run; prints its timings and peak memory as JSON."""
    from newsx import batch

    stamps: list[float] = []

    class Clock(batch.Reporter):
        def advance(self, outcome) -> None:
            stamps.append(time.perf_counter())

    t0 = time.perf_counter()
    summary = batch.run([src], out, workers=workers, kiwi_threads=kiwi_threads, reporter=Clock())
    k = min(2 * workers, len(stamps) - 1)
    steady = (len(stamps) - 1 - k) / (stamps[-1] - stamps[k]) if len(stamps) > k + 1 else float("nan")
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "workers": workers,
        "kiwi_threads": batch.kiwi_share(workers, kiwi_threads),
        "articles": summary.processed,
        "errors": sum(summary.errors.values()),
        "wall": time.perf_counter() - t0,
        "steady_rate": steady,
        "overall_rate": summary.processed / (time.perf_counter() - t0),
        "peak_mb_per_worker": me if workers == 1 else kids,
        "peak_mb_parent": me,
    }))


def _run_child(cmd: list[str]) -> dict:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bench_batch: {' '.join(cmd[2:])} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=20.0, help="least duration of the 1-worker run (default 20)")
    ap.add_argument("--child", nargs=4, metavar=("SRC", "OUT", "WORKERS", "KIWI_THREADS"), help=argparse.SUPPRESS)
    ap.add_argument("--child-chars", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]), int(args.child[3]) or None)
        return
    if args.child_chars:
        print(json.dumps(measure_chars(page_set(), passes=1)))
        return

    # Everything that loads the pipeline runs in a child: ru_maxrss survives fork and exec,
    # so a parent that had loaded it would inflate every later child's peak memory.
    pages = page_set()
    print(f"page set: {len(pages)} pages ({CORPUS} and {FIXTURES}); {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    chars = _run_child([sys.executable, __file__, "--child-chars"])
    print(f"one pass through the pipeline: {chars['seconds_per_pass']:.1f} s", flush=True)
    reps = max(1, math.ceil(args.seconds / chars["seconds_per_pass"]))
    with tempfile.TemporaryDirectory(prefix="newsx-bench-") as tmp:
        src = Path(tmp, "pages")
        for r in range(reps):
            d = src / f"rep{r:03d}"
            d.mkdir(parents=True)
            for i, p in enumerate(pages):
                (d / f"{i:02d}-{p.name}").symlink_to(p)  # fixtures repeat some corpus names
        runs = []
        # (workers, Kiwi threads per worker; 0 = the default share of the cores)
        for workers, threads in ((1, 1), (2, 1), (1, 0)):
            out = str(Path(tmp, f"w{workers}-t{threads}.sqlite"))
            runs.append(_run_child([sys.executable, __file__, "--child", str(src), out, str(workers), str(threads)]))

    print(f"articles per run: {runs[0]['articles']} ({reps} x {len(pages)} pages, {runs[0]['errors']} errors)")
    print(f"{'workers':>7}  {'Kiwi threads':>12}  {'steady art/s':>12}  {'overall art/s':>13}  {'wall s':>7}  {'peak MB/worker':>14}  {'parent MB':>9}")
    for r in runs:
        print(f"{r['workers']:>7}  {r['kiwi_threads']:>12}  {r['steady_rate']:>12.2f}  {r['overall_rate']:>13.2f}  {r['wall']:>7.1f}  "
              f"{r['peak_mb_per_worker']:>14.0f}  {r['peak_mb_parent']:>9.0f}")
    speedup = runs[1]["steady_rate"] / runs[0]["steady_rate"]
    overall = runs[1]["overall_rate"] / runs[0]["overall_rate"]
    ratio = chars["pipeline_cps"] / chars["kiwi_cps"]
    print(f"2 workers / 1 worker, one Kiwi thread each: {speedup:.2f}x steady, {overall:.2f}x overall (target >= 1.6x)")
    print(f"2 workers / 1 worker with Kiwi on all {os.cpu_count()} cores: "
          f"{runs[1]['steady_rate'] / runs[2]['steady_rate']:.2f}x steady")
    print(f"characters/s, one process, one Kiwi thread, {chars['chars_per_pass']} body characters per pass:")
    print(f"  pipeline (read, clean, analyse, extract, record): {chars['pipeline_cps']:>10,.0f}")
    print(f"  analysis only (Kiwi tokens in spaCy + extractors): {chars['analyse_cps']:>10,.0f}")
    print(f"  Kiwi tokenize alone:                               {chars['kiwi_cps']:>10,.0f}")
    lo, hi = chars["ratio_range"]
    print(f"pipeline / Kiwi alone: {ratio:.2f}, medians of 3 interleaved rounds; rounds ranged {lo:.2f}-{hi:.2f} (target >= 0.8)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine slows every number)")


if __name__ == "__main__":
    main()
