"""Batch runs: many sources into one store, surviving failures, on one core, many, or a cluster.

Stages, in order:
1. expand  — sources (http(s) URLs, files, directories of .html/.htm/.txt, files listing URLs,
             RSS/Atom feeds and sitemaps) into an ordered list of Tasks; each keeps its index
2. skip    — sources the store has already finished (resume is the default)
3. process — `process_source(task, options)` per task: read or fetch, `newsx.extract`, and any
             failure turned into a (reason, message) pair. Run inline (`workers=1`), on a
             process pool (each worker builds Kiwi and the pipeline once) or on dask.distributed
4. commit  — each outcome in its own transaction, in source order whatever the completion
             order, so every engine and worker count writes the same store
5. report  — progress while it runs (a Reporter) and a Summary at the end
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from .errors import BinaryInputError, BlockedURLError, DecodeError, EmptyInputError, FetchError, InputError, NewsxError
from .store import SQLITE_SUFFIXES, open_store

__all__ = [
    "BatchOptions",
    "Task",
    "Outcome",
    "Summary",
    "Reporter",
    "RichReporter",
    "expand",
    "process_source",
    "init_worker",
    "run",
    "describe_error",
    "render_summary",
]

ARTICLE_SUFFIXES = (".html", ".htm", ".txt")
# Test collections keep expected outputs beside their pages (page.gold.txt, page.expected.json):
# in a directory walk those are not articles.
NOT_ARTICLES = (".gold.", ".expected.")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
# Tasks sent ahead per worker: enough to keep workers busy, few enough that a killed run
# loses little (an outcome is committed once every earlier source has finished too).
AHEAD_PER_WORKER = 4
# Finished outcomes waiting for a slower earlier source, per worker, before no more is sent:
# bounds both memory and what a killed run has to redo.
WAITING_PER_WORKER = 16
CRASHES_ALLOWED = 2  # a source in flight when a worker died this often is given up


@dataclass(frozen=True)
class BatchOptions:
    """How sources are fetched and read; the same for every engine."""

    timeout: float = 20.0  # seconds of silence before a fetch gives up
    retries: int = 1  # after the first attempt, on 429/5xx and network errors
    delay: float = 1.0  # seconds between requests to one host, per worker
    allow_private: bool = False  # fetch from 127.0.0.1 and private networks (local mirrors)
    respect_robots: bool = True
    published: str | None = None  # anchor for relative dates when a page has none


@dataclass(frozen=True)
class Task:
    seq: int  # position in the expanded source list: the order outcomes are committed in
    source: str  # absolute path or URL
    content: bytes | None = None  # already read or fetched
    url: str | None = None  # the URL the content came from
    error: tuple[str, str] | None = None  # (reason, message) found while expanding or reading


@dataclass
class Outcome:
    seq: int
    source: str
    record: str | None = None  # the article JSON (compact), when it worked
    reason: str | None = None
    message: str | None = None
    chars: int = 0
    seconds: float = 0.0


@dataclass
class Summary:
    out: str
    engine: str = "local"
    workers: int = 1
    sources: int = 0  # after expansion
    skipped: int = 0  # already done in the store
    processed: int = 0
    stored: int = 0
    duplicates: int = 0
    chars: int = 0
    figures: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)  # by reason
    examples: dict[str, str] = field(default_factory=dict)  # reason -> one message
    seconds: float = 0.0
    startup: float = 0.0  # finding sources and loading the pipeline, before the first article
    totals: dict[str, int] = field(default_factory=dict)  # what the whole store holds afterwards

    @property
    def rate(self) -> float:
        """Articles per second once the pipeline was loaded."""
        busy = self.seconds - self.startup
        return self.processed / busy if busy > 0 else 0.0


# --- 1. expand -----------------------------------------------------------------------------------


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def expand(inputs: Iterable[str], options: BatchOptions = BatchOptions()) -> list[Task]:
    """Tasks for `inputs`, in order, each source once.

    - an http(s) URL is fetched: a feed or sitemap gives its article URLs, a page itself;
    - a directory gives its .html/.htm/.txt files (recursively, sorted; hidden files and
      expected outputs such as page.gold.txt skipped);
    - a file whose lines are all URLs (blank lines and # comments aside) gives those URLs;
    - a local .xml/.rss/.atom feed or sitemap gives its links;
    - any other file is one article; a missing path becomes a task that fails with its reason.
    """
    tasks: list[Task] = []
    seen: set[str] = set()

    def add(source: str, **kw) -> None:
        if source not in seen:
            seen.add(source)
            tasks.append(Task(len(tasks), source, **kw))

    fetcher = None
    try:
        for raw in inputs:
            raw = raw.strip()
            if not raw:
                continue
            if is_url(raw):
                if fetcher is None:
                    fetcher = _make_fetcher(options)
                _expand_url(raw, fetcher, add)
                continue
            path = Path(raw)
            if path.is_dir():
                for f in _article_files(path):
                    add(os.path.abspath(f))
            elif path.is_file():
                kind = _file_kind(path)
                if kind == "article":
                    add(os.path.abspath(path))
                else:
                    for url in _listed_urls(path, kind):
                        add(url)
            else:
                add(os.path.abspath(path))
    finally:
        if fetcher is not None and hasattr(fetcher, "close"):
            fetcher.close()
    return tasks


def _article_files(root: Path) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            low = name.lower()
            if not low.startswith(".") and low.endswith(ARTICLE_SUFFIXES) and not any(p in low for p in NOT_ARTICLES):
                files.append(Path(dirpath, name))
    return sorted(files)


def _file_kind(path: Path) -> str:
    """'article', 'urls', 'feed' or 'sitemap', judged by a look at the start of the file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return "article"  # reading it again in process_source gives the error its reason
    text = head.decode("utf-8", "replace").lstrip("\ufeff").lstrip()
    if path.suffix.lower() in FEED_SUFFIXES or text.startswith("<?xml"):
        start = text[:2000].lower()
        if "<urlset" in start or "<sitemapindex" in start:
            return "sitemap"
        if "<rss" in start or "<feed" in start or "<rdf" in start:
            return "feed"
    if path.suffix.lower() in (".html", ".htm"):
        return "article"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    if lines and all(is_url(ln) and " " not in ln for ln in lines):
        return "urls"
    return "article"


def _listed_urls(path: Path, kind: str) -> list[str]:
    data = path.read_bytes()
    if kind == "urls":
        lines = (ln.strip() for ln in data.decode("utf-8-sig", "replace").splitlines())
        return [ln for ln in lines if ln and not ln.startswith("#")]
    if kind == "sitemap":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(data)
        return [el.text.strip() for el in root.iter() if str(el.tag).endswith("loc") and el.text and el.text.strip()]
    import feedparser

    parsed = feedparser.parse(data)
    return [e.get("link") for e in parsed.entries if e.get("link")]


def _expand_url(url: str, fetcher, add: Callable[..., None]) -> None:
    """A feed or sitemap adds its links; a page adds itself with the content already fetched."""
    try:
        from .sources import expand_sources
    except ImportError:
        add(url)
        return
    children: list[str] = []
    failed: list[FetchError] = []
    try:
        children = list(expand_sources([url], fetcher, on_error=failed.append))
    except NewsxError as exc:
        add(url, error=describe_error(url, exc))
        return
    for child in children:
        if child.split("#", 1)[0] != url.split("#", 1)[0]:
            add(child)
            continue
        try:  # the page expand_sources fetched to judge it: fetch() hands it over without a new request
            result = fetcher.fetch(child)
        except Exception as exc:
            add(url, error=describe_error(url, exc))
        else:
            add(url, content=result.content, url=result.final_url)
    for err in failed:
        add(err.url or url, error=describe_error(err.url or url, err))


# --- 3. process ----------------------------------------------------------------------------------

_fetcher_cache: dict[BatchOptions, object] = {}


def _make_fetcher(options: BatchOptions):
    try:
        from .fetch import FetchConfig, Fetcher
    except ImportError:
        return None
    t = options.timeout
    config = FetchConfig(
        connect_timeout=t,
        read_timeout=t,
        total_timeout=max(4 * t, t + 10),
        max_retries=options.retries,
        delay=options.delay,
        allow_private=options.allow_private,
        respect_robots=options.respect_robots,
    )
    return Fetcher(config)


def _fetch(url: str, options: BatchOptions) -> tuple[bytes, str]:
    fetcher = _fetcher_cache.get(options)
    if fetcher is None and options not in _fetcher_cache:
        fetcher = _fetcher_cache[options] = _make_fetcher(options)
    if fetcher is not None:
        result = fetcher.fetch(url)
        return result.content, result.final_url
    import httpx

    try:
        resp = httpx.get(url, follow_redirects=True, timeout=options.timeout)
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        status = exc.response.status_code
        raise FetchError(f"HTTP {status} for {url}", url=url, status=status) from None
    except httpx.TimeoutException:
        raise FetchError(f"timeout fetching {url} after {options.timeout} s", url=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: unreachable ({exc})", url=url) from None
    return resp.content, str(resp.url)


def read(task: Task) -> Task:
    """`task` with its file's bytes in `content` (or its error): what a remote worker needs."""
    if task.content is not None or task.error is not None or is_url(task.source):
        return task
    try:
        return replace(task, content=Path(task.source).read_bytes())
    except Exception as exc:
        return replace(task, error=describe_error(task.source, exc))


def process_source(task: Task, options: BatchOptions = BatchOptions()) -> Outcome:
    """The per-article function every engine runs: never raises, a failure is an Outcome too."""
    from .pipeline import extract

    started = time.perf_counter()
    out = Outcome(task.seq, task.source)
    try:
        task = read(task)
        if task.error is None:
            data, url = task.content, task.url
            if data is None:
                data, url = _fetch(task.source, options)
            article = extract(data, url=url, published=options.published, name=task.source)
            out.record = article.model_dump_json()
            out.chars = len(article.body)
        else:
            out.reason, out.message = task.error
    except Exception as exc:  # one bad source must not end the batch
        out.reason, out.message = describe_error(task.source, exc)
    out.seconds = time.perf_counter() - started
    return out


_WARM_UP = "행정안전부는 2026년 예산 296억원을 편성했다고 24일 밝혔다. 지원 대상은 1200명으로 12% 늘었다."


def init_worker(kiwi_threads: int | None = None) -> None:
    """Build Kiwi and the spaCy pipeline once per worker process, and warm them up.

    `kiwi_threads` is this worker's share of the cores, so that N workers running Kiwi
    side by side do not oversubscribe the machine.

    Kiwi finishes loading its model on its first analysis (seconds): one short text here keeps
    that out of the first article's time and out of the progress bar's rate.

    The loaded pipeline (rules, gazetteer, spaCy's and Kiwi's wrappers: ~100k objects) lives as
    long as the worker, so it is moved out of the cyclic collector's sight (`gc.freeze`): the
    collections an article's garbage triggers then scan only what articles create. Measured on
    the 37 bench pages: full collections ~34 -> ~3 ms per pass, the pass ~3% faster. An article
    allocates some 10^5 short-lived objects (morphemes, tokens, records) and frees them by
    reference counting; the youngest generation is collected every 20,000 allocations instead
    of 700 (CPU time per pass, 10 interleaved rounds: median 1.38 -> 1.29 s).
    """
    from .korean import set_kiwi_threads
    from .pipeline import extract, load

    if kiwi_threads is not None:
        set_kiwi_threads(kiwi_threads)
    load()
    extract(_WARM_UP)
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 10, 10)


def describe_error(source: str, exc: BaseException) -> tuple[str, str]:
    """(reason, message): a short category to count by, and one line a person can act on."""
    text = str(exc)
    if isinstance(exc, FileNotFoundError) or (isinstance(exc, InputError) and "no such file" in text):
        return "file not found", f"{source}: no such file; check the path"
    if isinstance(exc, IsADirectoryError):
        return "is a directory", f"{source}: is a directory, not an article file"
    if isinstance(exc, PermissionError):
        return "permission denied", f"{source}: cannot be read (permission denied)"
    if isinstance(exc, BinaryInputError):
        return "binary file", f"{source}: binary data (an image, archive or PDF?), not a web page or text"
    if isinstance(exc, EmptyInputError):
        return "empty", f"{source}: empty, nothing to extract"
    if isinstance(exc, DecodeError):
        return "unknown encoding", f"{source}: text in an encoding newsx cannot identify; re-save it as UTF-8"
    if isinstance(exc, BlockedURLError):
        return "blocked URL", f"{source}: refused: {text}"
    if isinstance(exc, FetchError):
        reason = getattr(exc, "reason", None)
        if exc.status is not None:
            return f"HTTP {exc.status}", f"{source}: the server answered HTTP {exc.status} ({_http_phrase(exc.status)})"
        if reason == "timeout" or "timeout" in text.lower() or "timed out" in text.lower():
            return "timeout", f"{source}: no answer in time ({text})"
        if reason == "robots":
            return "robots.txt", f"{source}: {text}"
        return reason or "unreachable", f"{source}: could not be fetched ({text})"
    if isinstance(exc, InputError):
        return "unreadable", f"{source}: {text}"
    if isinstance(exc, OSError):
        return "unreadable", f"{source}: cannot be read ({exc.strerror or exc})"
    return "extraction failed", f"{source}: newsx failed on it ({type(exc).__name__}: {text}); please report this page"


def _http_phrase(status: int) -> str:
    import http

    try:
        return http.HTTPStatus(status).phrase.lower()
    except ValueError:
        return "unknown status"


# --- engines: each yields outcomes in task order ---------------------------------------------


def _in_order(finished: Iterator[tuple[int, Outcome]], pending: dict[int, Outcome]) -> Iterator[Outcome]:
    """Outcomes in task order, from (position, outcome) pairs in any order; `pending` holds
    the ones waiting for an earlier task (the engine reads its size to hold back)."""
    expected = 0
    for pos, outcome in finished:
        pending[pos] = outcome
        while expected in pending:
            yield pending.pop(expected)
            expected += 1


def _run_inline(tasks: list[Task], options: BatchOptions) -> Iterator[Outcome]:
    for task in tasks:
        yield process_source(task, options)


def kiwi_share(workers: int, kiwi_threads: int | None = None) -> int:
    """Kiwi threads per worker: `kiwi_threads` if given, else this machine's cores split evenly."""
    if kiwi_threads is not None:
        return kiwi_threads
    return max(1, (os.cpu_count() or 1) // workers)


def _run_pool(tasks: list[Task], options: BatchOptions, workers: int, kiwi_threads: int | None = None) -> Iterator[Outcome]:
    # spawn, not fork: the parent runs threads (progress display) that fork would copy mid-state.
    ctx = multiprocessing.get_context("spawn")
    ahead = workers * AHEAD_PER_WORKER
    pending: dict[int, Outcome] = {}

    def finished() -> Iterator[tuple[int, Outcome]]:
        crashes: Counter = Counter()
        queue = list(range(len(tasks)))[::-1]  # a stack of positions, next on top
        while queue:
            pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker,
                                       initargs=(kiwi_share(workers, kiwi_threads),))
            inflight: dict = {}
            finished_here = 0
            try:
                while queue or inflight:
                    # Hold back while many outcomes wait, unless nothing runs (a retried crash).
                    while queue and len(inflight) < ahead and (len(pending) < workers * WAITING_PER_WORKER or not inflight):
                        pos = queue.pop()
                        inflight[pool.submit(process_source, tasks[pos], options)] = pos
                    done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                    for fut in done:
                        outcome = fut.result()  # raises BrokenProcessPool while fut is still in flight
                        finished_here += 1
                        yield inflight.pop(fut), outcome
            except BrokenProcessPool:
                if not finished_here:
                    raise NewsxError(
                        "the worker processes died before finishing one article; run with --workers 1 to see why"
                    ) from None
                # A worker died (out of memory, a crash in native code): retry what was in flight
                # on a new pool; a source in flight at every crash is given up.
                for fut, pos in inflight.items():
                    if fut.done() and not fut.exception():
                        yield pos, fut.result()
                        continue
                    crashes[pos] += 1
                    if crashes[pos] >= CRASHES_ALLOWED:
                        t = tasks[pos]
                        yield pos, Outcome(t.seq, t.source, reason="worker crashed",
                                           message=f"{t.source}: the worker process died on it twice (out of memory?)")
                    else:
                        queue.append(pos)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)

    yield from _in_order(finished(), pending)


def _run_dask(tasks: list[Task], options: BatchOptions, workers: int, scheduler: str | None) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise NewsxError("--engine dask needs dask.distributed: pip install 'newsx[dask]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # One worker in-process keeps a laptop run light; more workers are processes.
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=workers > 1, dashboard_address=None
        )
        client = Client(cluster)
    try:
        client.run(init_worker)
        n_threads = sum(client.nthreads().values()) or workers
        ahead = n_threads * AHEAD_PER_WORKER
        pending: dict[int, Outcome] = {}

        def finished() -> Iterator[tuple[int, Outcome]]:
            # Files are read here and shipped with the task: remote workers need not see our disk.
            unsent = iter(range(len(tasks)))
            where = {}
            ac = as_completed()

            def submit_next() -> bool:
                pos = next(unsent, None)
                if pos is None:
                    return False
                fut = client.submit(process_source, read(tasks[pos]), options, pure=False)
                where[fut.key] = pos
                ac.add(fut)
                return True

            for _ in range(ahead):
                if not submit_next():
                    break
            held_back = 0
            for fut in ac:
                pos = where.pop(fut.key)
                try:
                    outcome = fut.result()
                except Exception as exc:  # KilledWorker and friends: the source is lost, not the batch
                    t = tasks[pos]
                    outcome = Outcome(t.seq, t.source, reason="worker crashed", message=f"{t.source}: {type(exc).__name__}: {exc}")
                fut.release()
                yield pos, outcome
                held_back += 1
                while held_back and len(pending) < n_threads * WAITING_PER_WORKER:
                    held_back -= 1
                    submit_next()
                if ac.is_empty() and held_back:  # everything waits on nothing: send anyway
                    held_back -= 1
                    submit_next()

        yield from _in_order(finished(), pending)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- 4. commit and 5. report ---------------------------------------------------------------------


class Reporter:
    """What a batch tells while it runs. The default says nothing."""

    def status(self, text: str) -> None:
        pass

    def start(self, total: int, skipped: int) -> None:
        pass

    def advance(self, outcome: Outcome) -> None:
        pass

    def stop(self) -> None:
        pass


class RichReporter(Reporter):
    """A live progress bar on stderr: done/total, articles per second, elapsed time and ETA."""

    def __init__(self, console=None):
        from rich.console import Console

        self.console = console or Console(stderr=True)
        self.progress = None
        self.errors = 0

    def status(self, text: str) -> None:
        self.console.print(f"[dim]{text}[/dim]")

    def start(self, total: int, skipped: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("errors {task.fields[errors]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("articles", total=total, rate="", errors=0)

    def advance(self, outcome: Outcome) -> None:
        if outcome.record is None:
            self.errors += 1
        speed = self.progress.tasks[0].speed
        rate = f"{speed:.1f}/s" if speed else ""
        self.progress.update(self.task, advance=1, rate=rate, errors=self.errors)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def run(
    inputs: Iterable[str],
    out: str | os.PathLike[str],
    *,
    workers: int = 1,
    kiwi_threads: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    redo: bool = False,
    options: BatchOptions = BatchOptions(),
    reporter: Reporter | None = None,
) -> Summary:
    """Run a batch into the store `out` (.sqlite, .jsonl or .parquet) and return its Summary.

    Sources the store has finished are skipped unless `redo`; errors are tried again.
    `kiwi_threads`: threads each local worker gives Kiwi (default: the cores split evenly
    between the workers; 1 makes a worker exactly one core's worth of work).
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine: {engine!r}; use 'local' or 'dask'")
    if workers < 1:
        raise ValueError(f"workers: {workers}; give 1 or more")
    if kiwi_threads is not None and kiwi_threads < 1:
        raise ValueError(f"kiwi_threads: {kiwi_threads}; give 1 or more")
    reporter = reporter or Reporter()
    started = time.perf_counter()
    summary = Summary(out=str(out), engine=engine, workers=workers)
    with open_store(out) as store:
        reporter.status("finding sources ...")
        tasks = expand(inputs, options)
        done = set() if redo else store.done()
        todo = [t for t in tasks if t.source not in done]
        summary.sources, summary.skipped = len(tasks), len(tasks) - len(todo)
        inline = engine == "local" and (workers == 1 or len(todo) <= 1)
        if todo:
            reporter.status(f"loading the pipeline ({workers} worker{'s' if workers > 1 else ''}, {engine}) ...")
            if inline:
                init_worker(kiwi_threads)  # before the progress bar's clock starts
        if engine == "dask":
            outcomes = _run_dask(todo, options, workers, scheduler)
        elif inline:
            outcomes = _run_inline(todo, options)
        else:
            outcomes = _run_pool(todo, options, workers, kiwi_threads)
        summary.startup = time.perf_counter() - started
        reporter.start(len(todo), summary.skipped)
        try:
            for outcome in outcomes:
                _commit(store, outcome, summary, redo)
                reporter.advance(outcome)
        finally:
            reporter.stop()
            summary.seconds = time.perf_counter() - started
            if hasattr(store, "totals"):
                summary.totals = store.totals()
    return summary


def _commit(store, outcome: Outcome, summary: Summary, redo: bool) -> None:
    summary.processed += 1
    if outcome.record is None:
        store.add_error(outcome.source, outcome.reason, outcome.message)
        summary.errors[outcome.reason] += 1
        summary.examples.setdefault(outcome.reason, outcome.message)
        return
    added = store.add_article(outcome.source, outcome.record, replace=redo)
    summary.chars += outcome.chars
    if added.status == "stored":
        summary.stored += 1
        summary.figures.update(added.figures)
    else:
        summary.duplicates += 1


def render_summary(summary: Summary, console) -> None:
    """The end-of-run summary: articles, figures by kind, errors by reason, time."""
    from rich.table import Table

    from .models import FIGURE_KINDS

    workers = f"{summary.workers} worker{'s' if summary.workers > 1 else ''}"
    plural = "" if summary.sources == 1 else "s"
    console.print(f"[bold]newsx batch[/bold]: {summary.sources} source{plural} → {summary.out}", soft_wrap=True)
    if summary.processed:
        console.print(
            f"{summary.processed} processed in {summary.seconds:.1f} s: {summary.startup:.1f} s to start, "
            f"then {summary.rate:.2f} articles/s ({summary.engine}, {workers})",
            soft_wrap=True,
        )
    else:
        console.print("nothing to do: every source is already in the store (--redo extracts again)", soft_wrap=True)
    totals = summary.totals
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("")
    table.add_column("this run", justify="right")
    if totals:
        table.add_column("in the store", justify="right")

    def row(label: str, n: int, key: str | None = None) -> None:
        table.add_row(label, str(n), *([str(totals.get(key, 0)) if key else ""] if totals else []))

    row("articles stored", summary.stored, "articles")
    if summary.duplicates:
        row("duplicates (stored once)", summary.duplicates)
    if summary.skipped:
        row("skipped (already done)", summary.skipped)
    for kind in (*FIGURE_KINDS, "organisations"):
        row(f"  {kind}", summary.figures.get(kind, 0), kind)
    row("errors", sum(summary.errors.values()), "errors")
    for reason, n in summary.errors.most_common():
        row(f"  {reason}", n)
    console.print(table)
    for reason, message in summary.examples.items():
        console.print(f"  {reason}: {message}", soft_wrap=True)
    if summary.errors:
        console.print("Errors are rows of the errors table; running the same command again retries them.", soft_wrap=True)
    if Path(summary.out).suffix.lower() in SQLITE_SUFFIXES:
        console.print(f"Query it: sqlite3 {summary.out} 'SELECT kind, count(*) FROM figures GROUP BY kind'", soft_wrap=True)
