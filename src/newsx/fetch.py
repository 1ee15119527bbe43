"""Fetch news pages politely and decode them right: sources, HTTP, encodings, cache, archives.

One `Fetcher.fetch(url)` goes through these stages:

1. Check the URL: only http and https; a host resolving to a private, loopback or
   link-local address is refused unless `FetchConfig.allow_private` (BlockedURLError).
2. A cached copy younger than `cache_ttl` is returned without a request.
3. robots.txt of the host (fetched once per host, kept for the Fetcher's life) must allow the path.
4. GET inside a per-host slot: at most `concurrency` requests to one host at once and at
   least `delay` seconds between their starts. Redirects are followed by hand so every hop
   passes stages 1 and 3 again. 429/5xx answers and network errors are retried with
   exponential backoff; Retry-After (seconds or an HTTP date) is honoured, capped at `max_wait`.
5. Status checked, binary content types refused before the body is read, the body
   streamed and cut off past `max_bytes`.
6. Decoded (`decode_html`): BOM, HTTP charset, <meta>/XML declaration, then detection;
   a decoding that leaves replacement characters or Korean bytes read as Latin letters is
   rejected, and DecodeError raised when nothing fits.
7. Stored in the on-disk cache with its ETag/Last-Modified; the next fetch revalidates
   and a 304 answer returns the cached body with `from_cache=True`.

Every failure is a FetchError (newsx.errors) carrying `url`, `status` (for HTTP errors) and
`reason`, a short category such as "HTTP 404", "timeout", "robots" or "too-large".
`fetch_many` yields such errors in place of results, so a batch loses nothing.

Feeds and sitemaps are expanded in `sources.py`, pages kept on disk or in WARC
files by `archive.py`, bytes decoded by `encoding.py`.

Not covered: DNS rebinding (the address is checked, then httpx resolves again), cookies,
JavaScript-rendered pages, gzipped (.xml.gz) sitemaps.
"""

from __future__ import annotations

import email.utils
import hashlib
import ipaddress
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsx import __version__
from newsx.encoding import decode_html
from newsx.errors import BlockedURLError, DecodeError, FetchError, NewsxError

__all__ = [
    "FetchConfig",
    "FetchResult",
    "Fetcher",
]

log = logging.getLogger(__name__)

USER_AGENT = f"newsx/{__version__} (+Korean news figure extraction; polite bot)"
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,*/*;q=0.5"


# --- configuration and records ---------------------------------------------------------------


@dataclass
class FetchConfig:
    """How politely and how far a Fetcher goes. Times are in seconds."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # longest silence while waiting for bytes
    total_timeout: float = 120.0  # whole body; stops servers that trickle bytes forever
    max_retries: int = 3  # retries after the first attempt, on 429/5xx and network errors
    backoff: float = 0.5  # first retry wait; doubles on each further retry
    max_wait: float = 60.0  # cap on any one wait, Retry-After and Crawl-delay included
    delay: float = 1.0  # minimum gap between request starts to one host
    concurrency: int = 2  # simultaneous requests to one host
    workers: int = 8  # threads in fetch_many, all hosts together
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024  # decoded body size; larger bodies are cut off and reported
    respect_robots: bool = True
    cache_dir: str | os.PathLike[str] | None = None  # None: no cache
    cache_ttl: float | None = None  # serve a cached page this long without asking; None: always revalidate
    allow_private: bool = False  # fetch from private, loopback and link-local addresses

    def __post_init__(self) -> None:
        for name, least in _LEAST.items():
            if getattr(self, name) < least:
                raise ValueError(f"FetchConfig.{name} must be >= {least}, got {getattr(self, name)!r}")


_LEAST = dict.fromkeys(("connect_timeout", "read_timeout", "total_timeout", "backoff", "max_wait", "delay",
                        "max_retries", "max_redirects"), 0) | dict.fromkeys(("concurrency", "workers", "max_bytes"), 1)


@dataclass
class FetchResult:
    """One fetched page. `headers` has lower-case names; `raw_headers` keeps them as sent."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    content: bytes = field(repr=False)
    text: str = field(repr=False)
    encoding: str
    fetched_at: str  # ISO 8601 UTC, e.g. 2025-06-04T01:00:00Z
    from_cache: bool = False
    raw_headers: list[tuple[str, str]] = field(default_factory=list, repr=False)
    http_version: str = "HTTP/1.1"


# What the cache keeps beside the body.
_STORED = ("url", "final_url", "status", "headers", "encoding", "fetched_at", "raw_headers", "http_version")


@dataclass
class _Response:
    url: str
    status: int
    reason: str
    raw_headers: list[tuple[str, str]]
    http_version: str
    content: bytes = b""

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.raw_headers if k.lower() == name), None)


def _error(message: str, url: str | None, reason: str, status: int | None = None, cls=FetchError) -> FetchError:
    err = cls(message, url=url, status=status)
    err.reason = reason
    return err


def _now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _clean_url(url: str) -> str:
    return url.strip().split("#", 1)[0]


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _header_dict(raw: list[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in raw:
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _is_text_type(mime: str) -> bool:
    return (
        not mime
        or mime.startswith("text/")
        or mime.endswith(("+xml", "+json"))
        or mime in {"application/xml", "application/json", "application/javascript"}
    )


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


# --- cache -------------------------------------------------------------------------------------


class _DiskCache:
    """Pages on disk keyed by SHA-256 of the URL: <key>.body (bytes) and <key>.json (the rest)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.root / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def load(self, url: str) -> FetchResult | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            content = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        fields = {name: meta[name] for name in _STORED if name in meta}
        fields["raw_headers"] = [(k, v) for k, v in fields.get("raw_headers", [])]
        text = content.decode(meta["encoding"], errors="replace")
        return FetchResult(**fields, content=content, text=text, from_cache=True)

    def age(self, url: str) -> float:
        """Seconds since the entry was stored or last revalidated."""
        return time.time() - self._paths(url)[0].stat().st_mtime

    def touch(self, url: str) -> None:
        try:
            os.utime(self._paths(url)[0])
        except OSError:
            pass

    def store(self, result: FetchResult) -> None:
        meta_path, body_path = self._paths(result.url)
        meta = {name: getattr(result, name) for name in _STORED}
        try:
            meta_path.parent.mkdir(parents=True, exist_ok=True)
            for path, data in ((body_path, result.content), (meta_path, json.dumps(meta).encode("utf-8"))):
                tmp = path.with_name(f"{path.name}.{threading.get_ident()}.tmp")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        except OSError as exc:  # a cache that cannot be written must not fail the fetch
            log.warning("cannot write cache entry for %s: %s", result.url, exc)


# --- the fetcher -------------------------------------------------------------------------------


class _Host:
    """Politeness state for one scheme://host:port."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.slots = threading.BoundedSemaphore(concurrency)
        self.lock = threading.Lock()
        self.next_start = 0.0  # monotonic time before which no request to this host starts
        self.delay = delay
        self.robots_lock = threading.Lock()
        self.robots: RobotFileParser | tuple[str, str] | None = None  # parser, or (message, reason)

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self.slots:
            with self.lock:
                now = time.monotonic()
                start = max(now, self.next_start)
                self.next_start = start + self.delay
            if start > now:
                time.sleep(start - now)
            yield

    def hold_off(self, seconds: float) -> None:
        with self.lock:
            self.next_start = max(self.next_start, time.monotonic() + seconds)


class Fetcher:
    """A polite HTTP client for news pages. Use as a context manager, or call close().

    `transport` is handed to httpx (e.g. httpx.MockTransport in tests).
    """

    def __init__(self, config: FetchConfig | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config or FetchConfig()
        cfg = self.config
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,  # followed by hand: every hop is checked
            timeout=httpx.Timeout(cfg.read_timeout, connect=cfg.connect_timeout),
            headers={"User-Agent": cfg.user_agent, "Accept": ACCEPT, "Accept-Language": "ko,en;q=0.5"},
        )
        self._cache = _DiskCache(cfg.cache_dir) if cfg.cache_dir is not None else None
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._address_ok: set[str] = set()
        # Pages expand_sources fetched to see what they were, kept until fetch() asks for them.
        self._memo: dict[str, FetchResult | FetchError] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # public API

    def fetch(self, url: str) -> FetchResult:
        """Fetch one page. Raises FetchError (BlockedURLError for refused URLs) or DecodeError."""
        url = _clean_url(url)
        memo = self._memo.pop(url, None)
        if isinstance(memo, FetchError):
            raise memo
        if memo is not None:
            return memo
        try:
            return self._fetch(url)
        except FetchError as exc:
            exc.url = url  # the URL asked for, whichever redirect hop failed
            raise
        except DecodeError as exc:
            raise DecodeError(f"{url}: {exc}") from exc

    def fetch_many(self, urls: Iterable[str]) -> Iterator[FetchResult | FetchError]:
        """Fetch URLs on a thread pool; yield each FetchResult, or the FetchError in its place.

        Items come in completion order (each names its url); duplicates are fetched once.
        URLs are interleaved by host so one slow host does not hold every worker.
        """
        queued = _interleave_by_host(dict.fromkeys(_clean_url(u) for u in urls if u.strip()))
        pool = ThreadPoolExecutor(max_workers=self.config.workers, thread_name_prefix="newsx-fetch")
        try:
            futures = [pool.submit(self._fetch_or_error, u) for u in queued]
            for future in as_completed(futures):
                yield future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    # stages

    def _fetch_or_error(self, url: str) -> FetchResult | FetchError:
        try:
            return self.fetch(url)
        except NewsxError as exc:
            return _as_fetch_error(url, exc)
        except Exception as exc:  # a batch loses nothing: even a bug becomes one failed URL
            log.exception("unexpected error fetching %s", url)
            return _error(f"unexpected {type(exc).__name__} fetching {url}: {exc}", url, "error")

    def _fetch(self, url: str) -> FetchResult:
        self._check_url(url)
        cached = self._cache.load(url) if self._cache else None
        if cached is not None and self.config.cache_ttl is not None and self._cache.age(url) < self.config.cache_ttl:
            return cached
        self._check_robots(url)
        conditional = {}
        if cached is not None:
            if etag := cached.headers.get("etag"):
                conditional["If-None-Match"] = etag
            if modified := cached.headers.get("last-modified"):
                conditional["If-Modified-Since"] = modified
        resp = self._get(url, conditional)
        if resp.status == 304 and cached is not None:
            self._cache.touch(url)
            return cached
        if not 200 <= resp.status < 300:
            attempts = f" after {self.config.max_retries + 1} attempts" if resp.status in RETRY_STATUSES else ""
            raise _error(f"HTTP {resp.status} {resp.reason} for {url}{attempts}", url, f"HTTP {resp.status}", resp.status)
        headers = _header_dict(resp.raw_headers)
        text, encoding = decode_html(resp.content, headers.get("content-type"))
        result = FetchResult(url=url, final_url=resp.url, status=resp.status, headers=headers, content=resp.content,
                             text=text, encoding=encoding, fetched_at=_now_iso(), raw_headers=resp.raw_headers,
                             http_version=resp.http_version)
        if self._cache is not None:
            self._cache.store(result)
        return result

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise _error(f"refusing {url!r}: only http and https URLs are fetched", url, "blocked", cls=BlockedURLError)
        host = parts.hostname
        if not host:
            raise _error(f"no host in URL {url!r}", url, "invalid URL")
        if self.config.allow_private or host in self._address_ok:
            return
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, ValueError) as exc:
            raise _error(f"cannot resolve host {host!r} of {url}: {exc}", url, "DNS") from exc
        for info in infos:
            addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
            if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
                addr = addr.ipv4_mapped
            if not addr.is_global or addr.is_multicast:
                raise _error(f"refusing {url}: {host} resolves to {addr}, a private, loopback or link-local "
                             "address (allow it with FetchConfig.allow_private or --allow-private)",
                             url, "blocked", cls=BlockedURLError)
        self._address_ok.add(host)

    def _host(self, url: str) -> _Host:
        key = _host_key(url)
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.config.concurrency, self.config.delay)
            return self._hosts[key]

    def _check_robots(self, url: str) -> None:
        if not self.config.respect_robots:
            return
        host = self._host(url)
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._load_robots(_host_key(url) + "/robots.txt", host)
        if isinstance(host.robots, tuple):
            message, reason = host.robots
            raise _error(f"not fetching {url}: {message}", url, reason)
        if not host.robots.can_fetch(self.config.user_agent, url):
            raise _error(f"robots.txt of {_host_key(url)} disallows {url} (--no-robots overrides)", url, "robots")

    def _load_robots(self, robots_url: str, host: _Host) -> RobotFileParser | tuple[str, str]:
        """The parsed robots.txt, or (message, reason) when RFC 9309 says fetch nothing."""
        parser = RobotFileParser(robots_url)
        try:
            resp = self._get(robots_url, {}, check_robots=False)
        except BlockedURLError:
            resp = None  # a robots.txt redirected somewhere refused: as if there were none
        except FetchError as exc:
            if getattr(exc, "reason", "") in ("too-large", "binary"):
                resp = None
            else:
                return f"robots.txt unreachable ({exc}), which RFC 9309 reads as disallow", exc.reason
        if resp is not None and resp.status >= 500:
            return f"robots.txt answered HTTP {resp.status}, which RFC 9309 reads as disallow", "robots"
        ok = resp is not None and 200 <= resp.status < 300
        parser.parse(resp.content.decode("utf-8", errors="replace").splitlines() if ok else [])
        crawl_delay = parser.crawl_delay(self.config.user_agent)
        if crawl_delay:
            host.delay = max(host.delay, min(float(crawl_delay), self.config.max_wait))
        return parser

    def _get(self, url: str, headers: dict[str, str], check_robots: bool = True) -> _Response:
        """GET following redirects by hand, each hop checked like the first URL."""
        seen = [url]
        while True:
            resp = self._send(url, headers)
            location = resp.header("location")
            if resp.status not in REDIRECT_STATUSES or not location:
                return resp
            url = _clean_url(urljoin(url, location))
            if url in seen:
                raise _error(f"redirect loop: {' -> '.join([*seen, url])}", seen[0], "redirects")
            if len(seen) > self.config.max_redirects:
                raise _error(f"more than {self.config.max_redirects} redirects from {seen[0]}", seen[0], "redirects")
            seen.append(url)
            self._check_url(url)
            if check_robots:
                self._check_robots(url)

    def _send(self, url: str, headers: dict[str, str]) -> _Response:
        """One GET with retries on 429/5xx and network errors."""
        host = self._host(url)
        attempts = self.config.max_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                resp = self._send_once(url, headers, host)
            except httpx.TimeoutException as exc:
                if last:
                    raise _error(f"timeout fetching {url}: {_timeout_detail(exc, self.config)}, "
                                 f"{attempts} attempt(s)", url, "timeout") from exc
                wait = self.config.backoff * 2**attempt
            except httpx.TransportError as exc:  # refused, reset, protocol errors
                if last:
                    raise _error(f"connection failed for {url}: {exc or type(exc).__name__}, "
                                 f"{attempts} attempt(s)", url, "connection") from exc
                wait = self.config.backoff * 2**attempt
            else:
                if resp.status not in RETRY_STATUSES or last:
                    return resp
                after = _retry_after(resp.header("retry-after"))
                wait = self.config.backoff * 2**attempt if after is None else after
            wait = min(wait, self.config.max_wait)
            log.info("retrying %s in %.1f s (attempt %d of %d)", url, wait, attempt + 2, attempts)
            host.hold_off(wait)  # the whole host waits, not only this URL
        raise AssertionError("unreachable")

    def _send_once(self, url: str, headers: dict[str, str], host: _Host) -> _Response:
        with host.slot():
            started = time.monotonic()
            with self._client.stream("GET", url, headers=headers) as r:
                enc = r.headers.encoding
                raw_headers = [(k.decode(enc), v.decode(enc)) for k, v in r.headers.raw]
                resp = _Response(url, r.status_code, r.reason_phrase, raw_headers, r.http_version)
                if 200 <= r.status_code < 300:
                    mime = _mime(r.headers.get("content-type"))
                    if not _is_text_type(mime):
                        raise _error(f"{url} is {mime}, not a page: newsx reads HTML, feeds and sitemaps",
                                     url, "binary")
                    resp.content = self._read_body(url, r, started)
                return resp

    def _read_body(self, url: str, r: httpx.Response, started: float) -> bytes:
        limit = self.config.max_bytes
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _error(f"{url} declares {int(declared):,} bytes, over max_bytes ({limit:,}); not downloaded",
                         url, "too-large")
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise _error(f"body of {url} exceeds max_bytes ({limit:,} bytes); cut off and discarded",
                             url, "too-large")
            if time.monotonic() - started > self.config.total_timeout:
                raise httpx.ReadTimeout(f"body not complete within total_timeout of {self.config.total_timeout} s")
        return bytes(body)


def _timeout_detail(exc: httpx.TimeoutException, cfg: FetchConfig) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"no connection within connect timeout of {cfg.connect_timeout} s"
    if isinstance(exc, httpx.ReadTimeout) and "total_timeout" not in str(exc):
        return f"no data within read timeout of {cfg.read_timeout} s"
    return str(exc) or type(exc).__name__


def _as_fetch_error(url: str, exc: NewsxError) -> FetchError:
    if isinstance(exc, FetchError):
        return exc
    err = _error(str(exc), url, "decode" if isinstance(exc, DecodeError) else type(exc).__name__)
    err.__cause__ = exc
    return err


def _interleave_by_host(urls: Iterable[str]) -> list[str]:
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(_host_key(url), []).append(url)
    queues = list(by_host.values())
    out: list[str] = []
    for i in range(max((len(q) for q in queues), default=0)):
        out.extend(q[i] for q in queues if i < len(q))
    return out


