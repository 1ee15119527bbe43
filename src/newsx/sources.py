"""Turn sources into page URLs: feeds (RSS/Atom), sitemaps and sitemap indexes, URL lists.

What a URL is (feed, sitemap or page) is decided by its content, not its extension.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser

from newsx.errors import FetchError, InputError, NewsxError
from newsx.fetch import Fetcher, FetchResult, _as_fetch_error, _clean_url, _error, _mime

__all__ = ["expand_sources"]

log = logging.getLogger(__name__)

_FEED_ROOTS = {"rss", "feed", "rdf"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}
_MAX_SITEMAP_DEPTH = 4


def _root_name(text: str) -> str:
    """Lower-case local name of the first element, past declarations, comments and doctypes."""
    i, n = 0, min(len(text), 65536)
    while i < n:
        i = text.find("<", i)
        if i < 0:
            return ""
        if text.startswith("<!--", i):
            end = text.find("-->", i)
            i = end + 3 if end >= 0 else n
        elif text.startswith(("<?", "<!"), i):
            i = text.find(">", i) + 1 or n
        else:
            m = re.match(r"<([A-Za-z_][\w.:-]*)", text[i:])
            return m.group(1).rsplit(":", 1)[-1].lower() if m else ""
    return ""


def _kind(result: FetchResult) -> str:
    """'feed', 'sitemap' or 'page', judged by the content (and a feed content type)."""
    mime = _mime(result.headers.get("content-type"))
    root = _root_name(result.text)
    if root in _FEED_ROOTS or mime in ("application/rss+xml", "application/atom+xml"):
        return "feed"
    return "sitemap" if root in _SITEMAP_ROOTS else "page"


def _feed_links(result: FetchResult) -> Iterator[str]:
    parsed = feedparser.parse(
        result.content,
        response_headers={"content-location": result.final_url, "content-type": result.headers.get("content-type", "")},
    )
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if link:
            yield urljoin(result.final_url, link)


def _sitemap_locs(result: FetchResult) -> tuple[str, list[str]]:
    """(root name, <loc> of each <url> or <sitemap>): image/news extension <loc>s are skipped."""
    try:  # expat >= 2.4 refuses entity-expansion bombs; external entities are never loaded
        root = ET.fromstring(result.content)
    except ET.ParseError as exc:
        raise _error(f"malformed sitemap XML at {result.url}: {exc}", result.url, "sitemap") from exc
    locs = [
        sub.text.strip()
        for child in root
        if _local(child.tag) in ("url", "sitemap")
        for sub in child
        if _local(sub.tag) == "loc" and sub.text and sub.text.strip()
    ]
    return _local(root.tag), locs


def _local(tag: object) -> str:
    """An element name without its {namespace}."""
    return str(tag).rsplit("}", 1)[-1]


def _expand_fetched(
    result: FetchResult, fetcher: Fetcher, on_error: Callable[[FetchError], None], depth: int, visited: set[str]
) -> Iterator[str]:
    kind = _kind(result)
    if kind == "feed":
        yield from _feed_links(result)
        return
    if kind == "page":
        on_error(_error(f"{result.url} was listed as a sitemap but is a page", result.url, "sitemap"))
        return
    name, locs = _sitemap_locs(result)
    if name != "sitemapindex":
        yield from (urljoin(result.final_url, loc) for loc in locs)
        return
    for loc in locs:
        child = urljoin(result.final_url, loc)
        if child in visited or depth >= _MAX_SITEMAP_DEPTH:
            continue
        visited.add(child)
        try:
            yield from _expand_fetched(fetcher.fetch(child), fetcher, on_error, depth + 1, visited)
        except NewsxError as exc:
            on_error(_as_fetch_error(child, exc))


def _log_error(err: FetchError) -> None:
    log.warning("%s", err)


def expand_sources(
    sources: Iterable[str], fetcher: Fetcher, *, on_error: Callable[[FetchError], None] | None = None
) -> Iterator[str]:
    """Turn sources into page URLs, each yielded once.

    - an http(s) URL is fetched and judged by its content: an RSS/Atom feed yields its item
      links, a sitemap its URLs, a sitemap index the URLs of its sitemaps (recursively);
      anything else yields itself, and the page (or its failure) is kept in the fetcher so
      fetch/fetch_many do not download it twice;
    - any other URL scheme yields itself (fetch refuses it with BlockedURLError);
    - a local text file yields one URL per line, skipping blank lines and # comments.

    A failing sitemap or feed below the top goes to `on_error` (default: a logged warning).
    Raises InputError for a source that is neither a URL nor a readable file.
    """
    on_error = on_error or _log_error
    seen: set[str] = set()
    for source in sources:
        for url in _expand_one(source.strip(), fetcher, on_error):
            if url not in seen:
                seen.add(url)
                yield url


def _expand_one(source: str, fetcher: Fetcher, on_error: Callable[[FetchError], None]) -> Iterator[str]:
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        url = _clean_url(source)
        try:
            result = fetcher.fetch(url)
        except NewsxError as exc:
            fetcher._memo[url] = _as_fetch_error(url, exc)
            yield url
            return
        if _kind(result) == "page":
            fetcher._memo[url] = result
            yield url
            return
        try:
            yield from _expand_fetched(result, fetcher, on_error, 0, {url})
        except FetchError as exc:
            on_error(exc)
        return
    if len(scheme) > 1:  # file:, ftp:, ... (one letter would be a Windows drive)
        yield source
        return
    path = Path(source)
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        hint = f"; did you mean https://{source}?" if "." in source and "/" in source and not path.exists() else ""
        raise InputError(f"source {source!r} is neither an http(s) URL nor a readable file of URLs{hint}") from exc
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


# --- output ------------------------------------------------------------------------------------


