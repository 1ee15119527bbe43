"""Keep fetched pages: a directory of pages with their headers, or a WARC file (warcio),
the format web-archive researchers already use."""

from __future__ import annotations

import hashlib
import http
import json
import os
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsx import __version__
from newsx.errors import FetchError, StoreError
from newsx.fetch import FetchResult

__all__ = ["save_results", "write_warc"]

def _url_key(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


_SAVED = ("url", "final_url", "status", "headers", "encoding", "fetched_at", "from_cache")


def save_results(results: Iterable[FetchResult | FetchError], out_dir: str | os.PathLike[str]) -> list[Path]:
    """Write each page as <sha1 of url>.html (the bytes as served) and <same>.json (url,
    final_url, status, headers, encoding, fetched_at, from_cache). Errors are skipped.
    Returns the paths of the .html files. Raises StoreError when a file cannot be written."""
    out = Path(out_dir)
    written: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for result in results:
            if not isinstance(result, FetchResult):
                continue
            html_path = out / f"{_url_key(result.url)}.html"
            html_path.write_bytes(result.content)
            meta = {name: getattr(result, name) for name in _SAVED}
            html_path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
            written.append(html_path)
    except OSError as exc:
        raise StoreError(f"cannot write fetched pages to {out}: {exc.strerror or exc}") from exc
    return written


# Bodies are stored decoded (httpx undoes gzip/chunking), so the framing headers that described
# the wire bytes are renamed to X-Archive-Orig-* and Content-Length is set to the stored body.
_FRAMING = {"content-encoding", "transfer-encoding", "content-length"}


def _warc_http_headers(result: FetchResult) -> StatusAndHeaders:
    raw = result.raw_headers or list(result.headers.items())
    headers = [(f"X-Archive-Orig-{k}" if k.lower() in _FRAMING else k, v) for k, v in raw]
    headers.append(("Content-Length", str(len(result.content))))
    try:
        phrase = http.HTTPStatus(result.status).phrase
    except ValueError:
        phrase = ""
    return StatusAndHeaders(f"{result.status} {phrase}".strip(), headers, protocol=result.http_version)


def write_warc(results: Iterable[FetchResult | FetchError], path: str | os.PathLike[str]) -> int:
    """Write pages as WARC response records (gzipped per record when path ends in .gz), after a
    warcinfo record naming newsx. Errors are skipped. Returns the number of response records."""
    path = Path(path)
    count = 0
    try:
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=path.suffix == ".gz")
            info = {"software": f"newsx/{__version__}", "format": "WARC File Format 1.0"}
            writer.write_record(writer.create_warcinfo_record(path.name, info))
            for result in results:
                if not isinstance(result, FetchResult):
                    continue
                record = writer.create_warc_record(
                    result.final_url,
                    "response",
                    payload=BytesIO(result.content),
                    length=len(result.content),
                    http_headers=_warc_http_headers(result),
                    warc_headers_dict={"WARC-Date": result.fetched_at},
                )
                writer.write_record(record)
                count += 1
    except OSError as exc:
        raise StoreError(f"cannot write WARC file {path}: {exc.strerror or exc}") from exc
    return count
