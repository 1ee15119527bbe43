"""The newsx command line: the only module that knows about argv, terminals and exit codes.

Library errors (newsx.errors.NewsxError and OSError on inputs) become one line
on stderr and exit status 1; bad usage exits 2 (argparse).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import FetchError, InputError, NewsxError

__all__ = ["main", "build_parser", "read_input"]

EXTRACT_EPILOG = """examples:
  newsx extract article.html                      one JSON record on stdout
  newsx extract dump.txt --format table           the figures as a table
  newsx extract - --published 2025-12-26 < a.txt  read stdin; anchor 내년/24일 at that date
  newsx extract https://example.com/news/1        fetch, clean and extract one page
"""


def _add_extract(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="extract the figures of one article",
        description="Clean one article (HTML page or plain-text dump) and print its figures: money, "
        "periods, counts, durations, changes, percentages and organisations.",
        epilog=EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("source", help="a file (.html, .htm, .txt, anything), '-' for stdin, or an http(s) URL")
    p.add_argument("--format", choices=("json", "table"), default="json", help="json: one article record (default); table: for people")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date; overrides the one found on the page")
    p.add_argument("--url", help="the page's URL, recorded in the output when SOURCE is a file")
    p.set_defaults(func=_cmd_extract)


def _add_schema(sub) -> None:
    p = sub.add_parser(
        "schema",
        help="write the JSON Schema of the article record",
        description="Write one JSON Schema file per record type (article, money, period, ...), generated from newsx.models.",
    )
    p.add_argument("--out", default="schemas", help="directory to write into (default: schemas/)")
    p.set_defaults(func=_cmd_schema)


FETCH_EPILOG = """examples:
  newsx fetch https://example.com/news/1 --out pages/             one page
  newsx fetch https://example.com/rss/economy --out pages/        every item of an RSS/Atom feed
  newsx fetch https://example.com/sitemap.xml --out pages/ --warc pages.warc.gz
  newsx fetch urls.txt --out pages/ --cache ~/.cache/newsx        a file of URLs, one a line, # comments

Feeds and sitemaps are told apart from pages by their content; a sitemap index is
followed down to its pages. Each page is saved as <sha1 of its URL>.html (the bytes as
served) beside <same>.json (URL, final URL, status, headers, encoding, fetch time).
Polite by default: robots.txt obeyed, at most --concurrency requests to one host at a
time and --delay seconds between them, 429/5xx retried with backoff (Retry-After
honoured). With --cache a re-run asks only whether pages changed (ETag/Last-Modified).
Exit status 1 when any page failed; the others are still saved.
"""


def _non_negative_float(value: str) -> float:
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return number


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def _add_fetch(sub) -> None:
    p = sub.add_parser(
        "fetch",
        help="download pages politely from URLs, URL files, feeds and sitemaps",
        description="Fetch news pages and save them with their headers and fetch time, "
        "optionally as a WARC file for web-archive tools.",
        epilog=FETCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="an http(s) URL of a page, RSS/Atom feed or sitemap, or a text file of URLs")
    p.add_argument("--out", required=True, metavar="DIR", help="directory for the .html and .json files")
    p.add_argument("--warc", metavar="FILE", help="also write the pages to a WARC file (.warc.gz: gzipped)")
    p.add_argument("--delay", type=_non_negative_float, default=1.0, metavar="S",
                   help="seconds between requests to one host (default: 1.0)")
    p.add_argument("--concurrency", type=_positive_int, default=2, metavar="N",
                   help="simultaneous requests to one host (default: 2)")
    p.add_argument("--no-robots", action="store_true", help="ignore robots.txt (only for sites you may crawl)")
    p.add_argument("--cache", metavar="DIR", help="on-disk HTTP cache; a re-run revalidates instead of downloading")
    p.add_argument("--allow-private", action="store_true",
                   help="also fetch from private, loopback and link-local addresses (intranet, local tests)")
    p.set_defaults(func=_cmd_fetch)


def _cmd_fetch(args) -> int:
    from collections import Counter

    from .archive import save_results, write_warc
    from .fetch import FetchConfig, Fetcher, FetchResult
    from .sources import expand_sources

    config = FetchConfig(
        delay=args.delay,
        concurrency=args.concurrency,
        respect_robots=not args.no_robots,
        cache_dir=args.cache,
        allow_private=args.allow_private,
    )
    failures: Counter[str] = Counter()
    saved = Counter(pages=0, cached=0)

    def failed(err: FetchError) -> None:
        failures[getattr(err, "reason", None) or "error"] += 1
        print(f"newsx fetch: failed: {err}", file=sys.stderr)

    with Fetcher(config) as fetcher:
        urls = list(expand_sources(args.sources, fetcher, on_error=failed))
        if not urls and not failures:
            raise InputError("the sources list no page URLs (an empty feed, sitemap or file?)")

        def pages():
            for item in fetcher.fetch_many(urls):
                if not isinstance(item, FetchResult):
                    failed(item)
                    continue
                save_results([item], args.out)
                saved["pages"] += 1
                saved["cached"] += item.from_cache
                yield item

        if args.warc:
            write_warc(pages(), args.warc)
        else:
            for _ in pages():
                pass
    cached = f" ({saved['cached']} unchanged, from cache)" if saved["cached"] else ""
    warc = f"; WARC: {args.warc}" if args.warc else ""
    print(f"fetched {saved['pages']} of {saved['pages'] + sum(failures.values())} pages into {args.out}{cached}{warc}")
    if failures:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in failures.most_common())
        print(f"failed {sum(failures.values())}: {reasons}")
    return 1 if failures else 0


BATCH_EPILOG = """examples:
  newsx batch fixtures/articles --out results.sqlite     every .html/.htm/.txt under a directory
  newsx batch urls.txt https://example.com/rss --out results.sqlite --workers 4
                                                         a file of URLs (one a line) and a feed
  newsx batch pages/ --out results.jsonl                 one article record per line
  newsx batch pages/ --out results.parquet               a directory of Parquet tables, one per kind
  newsx batch pages/ --out results.sqlite --engine dask --scheduler tcp://10.0.0.5:8786

Never loses work: each article is committed as soon as it (and every source before it)
is done. Run the same command again after a crash or Ctrl-C and it skips what is done
(--resume is the default; --redo extracts everything again). A source that fails
(missing file, binary data, HTTP 404, timeout ...) becomes a row of the errors table with
its reason and the batch goes on; a re-run tries the errors again. The same article
reached twice (same canonical URL, or same title and body) is stored once.
--workers N and --engine dask write exactly what --workers 1 writes.

Then query it:
  sqlite3 results.sqlite 'SELECT kind, count(*) FROM figures GROUP BY kind'
  newsx export results.sqlite --to figures.parquet
Exit status 0 when the batch ran to its end, even if some sources failed (see the summary).
"""


def _add_batch(sub) -> None:
    p = sub.add_parser(
        "batch",
        help="extract many articles into one store (SQLite, JSONL or Parquet)",
        description="Extract the figures of many articles (files, directories, URLs, URL lists, "
        "feeds, sitemaps) into one queryable store, with resume, progress and parallel workers.",
        epilog=BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a file, a directory of .html/.htm/.txt, a file of URLs, or an http(s) URL of a page, feed or sitemap")
    p.add_argument("--out", default="results.sqlite", metavar="PATH",
                   help="the store: .sqlite (default: results.sqlite), .jsonl or .parquet (a directory)")
    p.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                   help="processes extracting at once (default: 1); each loads the pipeline once (~3 s, ~0.5 GB)")
    p.add_argument("--kiwi-threads", type=_positive_int, default=None, metavar="N",
                   help="threads each worker gives Kiwi (default: the cores split evenly between the workers); "
                        "with as many workers as cores, 1 is fastest")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine (default); dask: a dask.distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask); without it, a local cluster")
    p.add_argument("--resume", action="store_true",
                   help="skip sources the store has finished (the default; kept for scripts that say so)")
    p.add_argument("--redo", action="store_true", help="extract every source again, replacing stored articles")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="anchor for relative dates in pages that show no date")
    p.add_argument("--timeout", type=_non_negative_float, default=20.0, metavar="S",
                   help="seconds without an answer before a URL fails (default: 20)")
    p.add_argument("--retries", type=int, default=1, metavar="N", help="retries of a URL on 429/5xx and network errors (default: 1)")
    p.add_argument("--delay", type=_non_negative_float, default=1.0, metavar="S",
                   help="seconds between requests to one host, per worker (default: 1.0)")
    p.add_argument("--no-robots", action="store_true", help="ignore robots.txt (only for sites you may crawl)")
    p.add_argument("--allow-private", action="store_true", help="also fetch from 127.0.0.1 and private networks")
    p.add_argument("--quiet", action="store_true", help="no progress bar; the summary is still printed")
    p.set_defaults(func=_cmd_batch)


def _cmd_batch(args) -> int:
    from rich.console import Console

    from .batch import BatchOptions, Reporter, RichReporter, render_summary, run

    if args.redo and args.resume:
        raise InputError("--resume and --redo contradict each other; give one")
    options = BatchOptions(
        timeout=args.timeout, retries=max(args.retries, 0), delay=args.delay, allow_private=args.allow_private,
        respect_robots=not args.no_robots, published=args.published,
    )
    summary = run(
        args.sources, args.out, workers=args.workers, kiwi_threads=args.kiwi_threads, engine="dask" if args.scheduler else args.engine,
        scheduler=args.scheduler, redo=args.redo, options=options, reporter=Reporter() if args.quiet else RichReporter(),
    )
    render_summary(summary, Console(highlight=False))
    return 0


EXPORT_EPILOG = """examples:
  newsx export results.sqlite --to figures.parquet    every figure, one row each (column kind)
  newsx export results.sqlite --to money.csv          one kind of figure, its own columns
  newsx export results.sqlite --to articles.jsonl     the article records, as 'newsx extract' prints them
  newsx export results.sqlite --to orgs.csv --table organisations

Tables: figures, articles, money, periods, counts, durations, changes, percentages,
organisations, org_mentions, budgets, checks, errors, sources. Without --table the file's
name picks the table when it is one of these, else figures (articles for .jsonl).
"""


def _add_export(sub) -> None:
    p = sub.add_parser(
        "export",
        help="write a table of a batch store to Parquet, CSV or JSONL",
        description="Export one table of an SQLite store written by 'newsx batch'; the format follows the extension.",
        epilog=EXPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("store", help="the .sqlite store (or .parquet directory) written by 'newsx batch'")
    p.add_argument("--to", required=True, metavar="FILE", help="output file: .parquet, .csv or .jsonl")
    p.add_argument("--table", metavar="NAME", help="which table (default: from the file name, else figures)")
    p.set_defaults(func=_cmd_export)


def _cmd_export(args) -> int:
    from .store import export

    table, n = export(args.store, args.to, table=args.table)
    print(f"{n} rows of {table} written to {args.to}")
    return 0


CHECK_EPILOG = """examples:
  newsx check article.html                          budgets table, then every check with its status
  newsx check dump.txt --published 2025-12-26       anchor 내년/24일 and elapsed-time checks at that date
  newsx check dump.txt --html report.html           also write one self-contained HTML report
"""


def _add_check(sub) -> None:
    p = sub.add_parser(
        "check",
        help="tie one article's figures into budgets and check them against each other",
        description="Extract one article, build its budget records and run the consistency checks "
        "(change arithmetic, percent changes, repeated figures, ranges against durations, elapsed time, "
        "parts against totals). Prints a report; --html also writes a page with every figure highlighted.",
        epilog=CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("source", help="a file (.html, .htm, .txt, anything), '-' for stdin, or an http(s) URL")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date; overrides the one found on the page")
    p.add_argument("--url", help="the page's URL, recorded in the report when SOURCE is a file")
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report to FILE")
    p.set_defaults(func=_cmd_check)


def _cmd_check(args) -> int:
    from .pipeline import extract
    from .report import print_report, render_html

    data, url = read_input(args.source)
    article = extract(data, url=args.url or url, published=args.published, name=url or args.source)
    print_report(article)
    if args.html:
        Path(args.html).write_text(render_html(article), encoding="utf-8")
        print(f"HTML report written to {args.html}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsx",
        description="Turn Korean news and press articles into checked, structured figures.",
        epilog="Run 'newsx COMMAND --help' for the options and examples of each command.",
    )
    parser.add_argument("--version", action="version", version=f"newsx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _add_extract(sub)
    _add_schema(sub)
    for name in ("fetch", "batch", "export", "check"):
        adder = globals().get(f"_add_{name}")
        if adder is not None:
            adder(sub)
    return parser


def read_input(source: str) -> tuple[bytes, str | None]:
    """Bytes of SOURCE and its URL when it is one. Raises InputError / FetchError."""
    if source == "-":
        return sys.stdin.buffer.read(), None
    if source.startswith(("http://", "https://")):
        return _fetch_one(source), source
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file; give a path, '-' for stdin, or an http(s) URL")
    if path.is_dir():
        raise InputError(f"{source}: is a directory; 'newsx extract' takes one file (use 'newsx batch' for many)")
    try:
        return path.read_bytes(), None
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror})") from None


def _fetch_one(url: str) -> bytes:
    try:
        from .fetch import FetchConfig, Fetcher
    except ImportError:
        Fetcher = None
    if Fetcher is not None:
        with Fetcher(FetchConfig()) as fetcher:
            return fetcher.fetch(url).content
    import httpx

    try:
        resp = httpx.get(url, follow_redirects=True, timeout=20, headers={"User-Agent": f"newsx/{__version__}"})
        resp.raise_for_status()
    except httpx.HTTPStatusError as exc:
        raise FetchError(f"{url}: HTTP {exc.response.status_code}", url=url, status=exc.response.status_code) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: unreachable ({exc.__class__.__name__}: {exc})", url=url) from None
    return resp.content


def _cmd_extract(args) -> int:
    from .pipeline import extract

    data, url = read_input(args.source)
    article = extract(data, url=args.url or url, published=args.published, name=url or args.source)
    if args.format == "json":
        sys.stdout.write(article.model_dump_json(indent=1) + "\n")
    else:
        _print_table(article)
    return 0


def _print_table(article) -> None:
    from rich.console import Console
    from rich.table import Table

    from .models import FIGURE_KINDS
    from .report import value_text

    console = Console()
    console.print(f"[bold]{article.title or '(no title)'}[/bold]  published={article.published or '?'}  url={article.url or '-'}")
    table = Table(show_lines=False)
    for col in ("kind", "text", "value", "sentence"):
        table.add_column(col)
    for kind in FIGURE_KINDS:
        for item in getattr(article, kind):
            table.add_row(kind, item.text, value_text(kind, item), str(item.sentence))
    console.print(table)
    orgs = Table(title="organisations")
    for col in ("name", "aliases", "kind", "mentions"):
        orgs.add_column(col)
    for org in article.organisations:
        orgs.add_row(org.name, ", ".join(org.aliases), org.kind, str(len(org.spans)))
    console.print(orgs)


def _cmd_schema(args) -> int:
    from .schema import write_schemas

    for path in write_schemas(args.out):
        print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except NewsxError as exc:
        print(f"newsx {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"newsx {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"newsx {args.command}: interrupted", file=sys.stderr)
        return 130
