"""newsx.fetch against a real HTTP server on 127.0.0.1 (pytest-httpserver), all offline."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import threading
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from warcio.archiveiterator import ArchiveIterator
from werkzeug.wrappers import Response

from newsx.errors import BlockedURLError, DecodeError, FetchError, InputError
from newsx.archive import save_results, write_warc
from newsx.encoding import decode_html
from newsx.fetch import FetchConfig, Fetcher, FetchResult, _retry_after
from newsx.sources import expand_sources

DATA = Path(__file__).parent / "data" / "fetch"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "raw"
ARTICLE = (DATA / "article.html").read_bytes()
ARTICLE_TEXT = ARTICLE.decode("utf-8")
HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def server():
    # Threaded, so a deliberately slow handler does not hold up the next test.
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    srv.clear()
    srv.stop()


@pytest.fixture
def httpserver(server):
    server.clear()
    return server


def config(**overrides) -> FetchConfig:
    """Fast settings for tests: no delay, short timeouts, loopback allowed, robots off."""
    base = dict(
        allow_private=True, respect_robots=False, delay=0.0, backoff=0.05,
        connect_timeout=2.0, read_timeout=2.0, max_wait=3.0,
    )
    return FetchConfig(**{**base, **overrides})


def asset(name: str, server: HTTPServer) -> str:
    return (DATA / name).read_text("utf-8").replace("{base}", server.url_for("").rstrip("/"))


def paths_requested(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


# --- one page ----------------------------------------------------------------------------------


def test_fetch_normal_page(httpserver):
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML, headers={"X-Test": "yes"})
    url = httpserver.url_for("/news/1")
    with Fetcher(config()) as f:
        result = f.fetch(url + "#comments")
    assert (result.url, result.final_url, result.status) == (url, url, 200)
    assert result.content == ARTICLE
    assert result.text == ARTICLE_TEXT
    assert result.encoding == "utf-8"
    assert result.headers["content-type"] == HTML
    assert result.headers["x-test"] == "yes"
    assert result.from_cache is False
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", result.fetched_at)
    request = httpserver.log[0][0]
    assert request.headers["User-Agent"].startswith("newsx/0.1")
    assert "polite bot" in request.headers["User-Agent"]


def test_redirect_followed_and_final_url_recorded(httpserver):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(config()) as f:
        result = f.fetch(httpserver.url_for("/old"))
    assert result.url == httpserver.url_for("/old")
    assert result.final_url == httpserver.url_for("/new")
    assert "286억 달러" in result.text


# --- sources -----------------------------------------------------------------------------------


def test_file_of_urls_skips_blanks_comments_and_duplicates(httpserver, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(asset("urls.txt", httpserver), "utf-8")
    with Fetcher(config()) as f:
        urls = list(expand_sources([str(listing)], f))
    assert urls == [httpserver.url_for("/news/1"), httpserver.url_for("/news/2")]
    assert httpserver.log == []  # a list of URLs is read, not fetched


def test_missing_source_file_is_an_input_error(tmp_path):
    with Fetcher(config()) as f, pytest.raises(InputError, match="neither an http"):
        list(expand_sources([str(tmp_path / "nope.txt")], f))


@pytest.mark.parametrize(
    "asset_name, path, content_type, expected",
    [
        ("feed.rss", "/rss/economy", "application/xml", ["/news/1", "/news/2", "/news/3"]),
        ("feed.atom", "/feeds/politics", "text/xml", ["/politics/1", "/politics/2"]),
    ],
)
def test_feed_items_become_urls(httpserver, asset_name, path, content_type, expected):
    # Served without a feed extension or feed content type: recognised by content.
    httpserver.expect_request(path).respond_with_data(asset(asset_name, httpserver), content_type=content_type)
    with Fetcher(config()) as f:
        urls = list(expand_sources([httpserver.url_for(path)], f))
    assert urls == [httpserver.url_for(p) for p in expected]


def test_sitemap_index_to_sitemaps_to_pages(httpserver):
    httpserver.expect_request("/sitemap").respond_with_data(asset("sitemap_index.xml", httpserver), content_type="text/xml")
    httpserver.expect_request("/sitemaps/news").respond_with_data(asset("sitemap_news.xml", httpserver), content_type="application/xml")
    httpserver.expect_request("/sitemaps/archive.xml").respond_with_data(asset("sitemap_archive.xml", httpserver), content_type="application/xml")
    with Fetcher(config()) as f:
        urls = list(expand_sources([httpserver.url_for("/sitemap")], f))
    # image:loc is not a page; /news/11 is listed twice and yielded once
    assert urls == [httpserver.url_for(p) for p in ("/news/10", "/news/11", "/archive/2025/1")]


def test_failing_child_sitemap_reported_not_fatal(httpserver):
    httpserver.expect_request("/sitemap").respond_with_data(asset("sitemap_index.xml", httpserver), content_type="text/xml")
    httpserver.expect_request("/sitemaps/news").respond_with_data("gone", status=410)
    httpserver.expect_request("/sitemaps/archive.xml").respond_with_data(asset("sitemap_archive.xml", httpserver), content_type="application/xml")
    errors = []
    with Fetcher(config()) as f:
        urls = list(expand_sources([httpserver.url_for("/sitemap")], f, on_error=errors.append))
    assert urls == [httpserver.url_for("/archive/2025/1"), httpserver.url_for("/news/11")]
    assert [(e.status, e.url) for e in errors] == [(410, httpserver.url_for("/sitemaps/news"))]


def test_plain_page_source_yields_itself_and_is_fetched_once(httpserver):
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    url = httpserver.url_for("/news/1")
    with Fetcher(config()) as f:
        results = list(f.fetch_many(expand_sources([url], f)))
    assert [r.url for r in results] == [url]
    assert isinstance(results[0], FetchResult)
    assert paths_requested(httpserver) == ["/news/1"]


def test_failing_source_url_is_reported_once_by_fetch_many(httpserver):
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    url = httpserver.url_for("/gone")
    with Fetcher(config()) as f:
        items = list(f.fetch_many(expand_sources([url], f)))
    assert [(type(i), i.url, i.status) for i in items] == [(FetchError, url, 404)]
    assert paths_requested(httpserver) == ["/gone"]


def test_fetch_many_loses_nothing(httpserver):
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    httpserver.expect_request("/news/2").respond_with_data("no", status=404)
    urls = [httpserver.url_for("/news/1"), httpserver.url_for("/news/2"), "file:///etc/passwd", httpserver.url_for("/news/1")]
    with Fetcher(config(workers=3)) as f:
        items = {item.url: item for item in f.fetch_many(urls)}
    assert set(items) == set(urls)
    assert isinstance(items[urls[0]], FetchResult)
    assert isinstance(items[urls[1]], FetchError) and items[urls[1]].status == 404
    assert isinstance(items[urls[2]], BlockedURLError)
    assert paths_requested(httpserver).count("/news/1") == 1


# --- failures ----------------------------------------------------------------------------------


def test_404_is_a_fetch_error_with_status(httpserver):
    httpserver.expect_request("/missing").respond_with_data("not here", status=404)
    with Fetcher(config()) as f, pytest.raises(FetchError) as info:
        f.fetch(httpserver.url_for("/missing"))
    assert info.value.status == 404
    assert info.value.url == httpserver.url_for("/missing")
    assert info.value.reason == "HTTP 404"
    assert "HTTP 404" in str(info.value)
    assert len(httpserver.log) == 1  # a 404 is not retried


def test_500_then_200_is_retried(httpserver):
    httpserver.expect_oneshot_request("/flaky").respond_with_data("oops", status=500)
    httpserver.expect_request("/flaky").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(config()) as f:
        result = f.fetch(httpserver.url_for("/flaky"))
    assert result.status == 200 and result.text == ARTICLE_TEXT
    assert [response.status_code for _, response in httpserver.log] == [500, 200]


def test_persistent_503_gives_up_after_max_retries(httpserver):
    httpserver.expect_request("/down").respond_with_data("busy", status=503)
    with Fetcher(config(max_retries=2)) as f, pytest.raises(FetchError, match="after 3 attempts") as info:
        f.fetch(httpserver.url_for("/down"))
    assert info.value.status == 503
    assert len(httpserver.log) == 3


def test_429_waits_for_retry_after(httpserver):
    httpserver.expect_oneshot_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "1"})
    httpserver.expect_request("/busy").respond_with_data(ARTICLE, content_type=HTML)
    started = time.monotonic()
    with Fetcher(config()) as f:
        result = f.fetch(httpserver.url_for("/busy"))
    assert result.status == 200
    assert time.monotonic() - started >= 0.95  # backoff alone would be 0.05 s
    assert [response.status_code for _, response in httpserver.log] == [429, 200]


def test_retry_after_is_capped_by_max_wait(httpserver):
    httpserver.expect_oneshot_request("/busy").respond_with_data("", status=503, headers={"Retry-After": "3600"})
    httpserver.expect_request("/busy").respond_with_data(ARTICLE, content_type=HTML)
    started = time.monotonic()
    with Fetcher(config(max_wait=0.2)) as f:
        assert f.fetch(httpserver.url_for("/busy")).status == 200
    assert 0.15 <= time.monotonic() - started < 2


def test_retry_after_http_date():
    assert _retry_after("120") == 120.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: no wait
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 25 <= _retry_after(future) <= 30
    assert _retry_after("soon") is None


def test_slow_server_hits_read_timeout(httpserver):
    release = threading.Event()

    def slow(request):
        release.wait(5)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with Fetcher(config(read_timeout=0.3, max_retries=0)) as f, pytest.raises(FetchError) as info:
        f.fetch(httpserver.url_for("/slow"))
    elapsed = time.monotonic() - started
    release.set()
    deadline = time.monotonic() + 5  # let the handler finish, so its log entry lands in this test
    while not httpserver.log and time.monotonic() < deadline:
        time.sleep(0.01)
    assert 0.25 < elapsed < 2
    assert "timeout" in str(info.value)
    assert "read timeout of 0.3 s" in str(info.value)
    assert info.value.reason == "timeout"


def test_endless_body_is_cut_at_max_bytes(httpserver):
    def endless(request):
        def chunks():
            while True:
                yield b"<p>" + "끝없는 본문 ".encode() * 1000 + b"</p>\n"

        return Response(chunks(), content_type="text/html")

    httpserver.expect_request("/endless").respond_with_handler(endless)
    with Fetcher(config(max_bytes=200_000)) as f, pytest.raises(FetchError, match="exceeds max_bytes") as info:
        f.fetch(httpserver.url_for("/endless"))
    assert info.value.reason == "too-large"
    assert "200,000" in str(info.value)


def test_declared_length_over_max_bytes_is_refused(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000, content_type="text/html")
    with Fetcher(config(max_bytes=1000)) as f, pytest.raises(FetchError, match="declares 5,000 bytes"):
        f.fetch(httpserver.url_for("/big"))


def test_redirect_loop(httpserver):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with Fetcher(config()) as f, pytest.raises(FetchError, match="redirect loop") as info:
        f.fetch(httpserver.url_for("/a"))
    assert info.value.reason == "redirects"
    assert paths_requested(httpserver) == ["/a", "/b"]


def test_redirect_limit(httpserver):
    for i in range(10):
        httpserver.expect_request(f"/hop{i}").respond_with_data("", status=307, headers={"Location": f"/hop{i + 1}"})
    with Fetcher(config(max_redirects=3)) as f, pytest.raises(FetchError, match="more than 3 redirects"):
        f.fetch(httpserver.url_for("/hop0"))
    assert len(httpserver.log) == 4


@pytest.mark.parametrize("mime", ["image/png", "application/pdf", "application/zip", "application/octet-stream"])
def test_binary_content_type_refused(httpserver, mime):
    httpserver.expect_request("/file").respond_with_data(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type=mime)
    with Fetcher(config()) as f, pytest.raises(FetchError, match=re.escape(mime)) as info:
        f.fetch(httpserver.url_for("/file"))
    assert info.value.reason == "binary"


# --- safety ------------------------------------------------------------------------------------


def test_default_refuses_loopback_and_file_urls(httpserver):
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(FetchConfig()) as f:
        with pytest.raises(BlockedURLError, match="127.0.0.1"):
            f.fetch(httpserver.url_for("/news/1"))
        with pytest.raises(BlockedURLError, match="only http and https"):
            f.fetch("file:///etc/passwd")
        with pytest.raises(BlockedURLError, match="resolves to"):
            f.fetch(f"http://localhost:{httpserver.port}/news/1")
        with pytest.raises(BlockedURLError, match="link-local"):
            f.fetch("http://169.254.169.254/latest/meta-data/")
    assert httpserver.log == []


def test_redirect_to_another_scheme_refused(httpserver):
    httpserver.expect_request("/jump").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    with Fetcher(config()) as f, pytest.raises(BlockedURLError):
        f.fetch(httpserver.url_for("/jump"))


# --- robots.txt --------------------------------------------------------------------------------


def test_robots_txt_disallows_path_and_is_fetched_once(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data((DATA / "robots.txt").read_bytes(), content_type="text/plain")
    httpserver.expect_request("/private/report").respond_with_data(ARTICLE, content_type=HTML)
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    httpserver.expect_request("/news/2").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(config(respect_robots=True)) as f:
        with pytest.raises(FetchError, match="disallows") as info:
            f.fetch(httpserver.url_for("/private/report"))
        assert info.value.reason == "robots"
        assert f.fetch(httpserver.url_for("/news/1")).status == 200
        assert f.fetch(httpserver.url_for("/news/2")).status == 200
    assert paths_requested(httpserver) == ["/robots.txt", "/news/1", "/news/2"]


def test_robots_txt_ignored_when_asked(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /\n", content_type="text/plain")
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(config(respect_robots=False)) as f:
        assert f.fetch(httpserver.url_for("/news/1")).status == 200
    assert paths_requested(httpserver) == ["/news/1"]


def test_missing_robots_txt_allows_all(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(config(respect_robots=True)) as f:
        assert f.fetch(httpserver.url_for("/news/1")).status == 200


def test_robots_txt_server_error_means_disallow(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=503)
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    with Fetcher(config(respect_robots=True, max_retries=1)) as f, pytest.raises(FetchError, match="RFC 9309"):
        f.fetch(httpserver.url_for("/news/1"))
    assert "/news/1" not in paths_requested(httpserver)


# --- encodings ---------------------------------------------------------------------------------

KOREAN = "<p>중소기업 수출액이 286억 달러로 12% 늘었다. 똠얌꿍 소스와 햏 같은 UHC 글자도 있다.</p>" * 3
EUC_KR_META = f'<html><head><meta charset="euc-kr"><title>뉴스</title></head><body>{KOREAN}</body></html>'
EUC_KR_EQUIV = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-KR"></head>'
    f"<body>{KOREAN}</body></html>"
)
NO_CHARSET = f"<html><head><title>뉴스</title></head><body>{KOREAN}</body></html>"


@pytest.mark.parametrize(
    "page, content_type",
    [
        (NO_CHARSET, "text/html; charset=euc-kr"),  # HTTP header only
        (EUC_KR_META, "text/html"),  # <meta charset> only
        (EUC_KR_EQUIV, "text/html"),  # http-equiv only
        (NO_CHARSET, "text/html"),  # nothing declared: detection
        (NO_CHARSET, "text/html; charset=utf-8"),  # header lies: next method
        (NO_CHARSET, "text/html; charset=iso-8859-1"),  # Latin-1 label: no U+FFFD, still mojibake
    ],
)
def test_euc_kr_pages_decode_as_cp949(httpserver, page, content_type):
    # 똠 and 햏 exist only in CP949, the superset every EUC-KR label is read as.
    body = page.encode("cp949")
    httpserver.expect_request("/euc").respond_with_data(body, content_type=content_type)
    with Fetcher(config()) as f:
        result = f.fetch(httpserver.url_for("/euc"))
    assert result.encoding == "cp949"
    assert result.text == page
    assert result.content == body


@pytest.mark.parametrize(
    "content, content_type, encoding",
    [
        (b"", None, "utf-8"),
        (b"<p>plain ascii</p>", None, "utf-8"),
        ("<p>뉴스</p>".encode("utf-8"), None, "utf-8"),
        (b"\xef\xbb\xbf<p>" + "뉴스".encode() + b"</p>", "text/html; charset=euc-kr", "utf-8"),  # BOM wins
        ('<meta charset="euc-kr"><p>기사 본문입니다</p>'.encode("utf-8"), None, "utf-8"),  # stale <meta>
        ('<?xml version="1.0" encoding="euc-kr"?><rss>한국어 피드 제목과 본문</rss>'.encode("cp949"), None, "cp949"),
        ("<p>Café crème</p>".encode("cp1252"), "text/html; charset=iso-8859-1", "cp1252"),
    ],
)
def test_decode_html_table(content, content_type, encoding):
    text, used = decode_html(content, content_type)
    assert used == encoding
    assert "\ufffd" not in text
    assert text.encode(used) == content.removeprefix(b"\xef\xbb\xbf")


def test_undecodable_bytes_raise_decode_error(httpserver):
    noise = bytes((i * 37 + 11) % 256 for i in range(4000))
    with pytest.raises(DecodeError, match="cannot decode"):
        decode_html(noise, "text/html")
    httpserver.expect_request("/noise").respond_with_data(noise, content_type="text/html")
    with Fetcher(config()) as f:
        [item] = list(f.fetch_many([httpserver.url_for("/noise")]))
    assert isinstance(item, FetchError) and item.reason == "decode"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_pages_served_and_decoded(httpserver):
    pages = sorted(CORPUS.glob("*.html"))
    for page in pages:
        httpserver.expect_request(f"/corpus/{page.name}").respond_with_data(page.read_bytes(), content_type="text/html")
    with Fetcher(config(workers=4, concurrency=4)) as f:
        results = {r.url: r for r in f.fetch_many(httpserver.url_for(f"/corpus/{p.name}") for p in pages)}
    assert len(results) == len(pages)
    for page in pages:
        result = results[httpserver.url_for(f"/corpus/{page.name}")]
        assert isinstance(result, FetchResult), result
        # The corpus is stored as UTF-8, even the page whose <meta> still says euc-kr.
        assert result.encoding == "utf-8", page.name
        assert result.text == page.read_text("utf-8"), page.name


# --- cache -------------------------------------------------------------------------------------


def test_disk_cache_revalidates_with_etag_and_uses_304(httpserver, tmp_path):
    httpserver.expect_ordered_request("/news/1").respond_with_data(
        ARTICLE, content_type=HTML, headers={"ETag": '"v1"', "Last-Modified": "Tue, 14 Oct 2025 00:30:00 GMT"}
    )
    httpserver.expect_ordered_request(
        "/news/1", headers={"If-None-Match": '"v1"', "If-Modified-Since": "Tue, 14 Oct 2025 00:30:00 GMT"}
    ).respond_with_data("", status=304)
    url = httpserver.url_for("/news/1")
    with Fetcher(config(cache_dir=tmp_path / "cache")) as f:
        first = f.fetch(url)
    with Fetcher(config(cache_dir=tmp_path / "cache")) as f:
        second = f.fetch(url)
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.content == ARTICLE and second.text == ARTICLE_TEXT
    assert second.fetched_at == first.fetched_at
    assert [response.status_code for _, response in httpserver.log] == [200, 304]


def test_disk_cache_ttl_serves_without_request(httpserver, tmp_path):
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    url = httpserver.url_for("/news/1")
    with Fetcher(config(cache_dir=tmp_path, cache_ttl=60)) as f:
        f.fetch(url)
        assert f.fetch(url).from_cache is True
    assert len(httpserver.log) == 1


# --- politeness --------------------------------------------------------------------------------


def test_per_host_delay_between_request_starts(httpserver):
    starts = []

    def record(request):
        starts.append(time.monotonic())
        return Response(ARTICLE, content_type=HTML)

    httpserver.expect_request(re.compile(r"/news/\d")).respond_with_handler(record)
    with Fetcher(config(delay=0.5, concurrency=2)) as f:
        items = list(f.fetch_many([httpserver.url_for("/news/1"), httpserver.url_for("/news/2")]))
    assert all(isinstance(i, FetchResult) for i in items)
    assert len(starts) == 2
    assert starts[1] - starts[0] >= 0.4  # without the delay both would start at once


def test_per_host_concurrency_limit(httpserver):
    active, peak, lock = [0], [0], threading.Lock()

    def busy(request):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.25)
        with lock:
            active[0] -= 1
        return Response(ARTICLE, content_type=HTML)

    httpserver.expect_request(re.compile(r"/news/\d")).respond_with_handler(busy)
    with Fetcher(config(concurrency=2, workers=6)) as f:
        items = list(f.fetch_many([httpserver.url_for(f"/news/{i}") for i in range(6)]))
    assert len(items) == 6
    assert peak[0] == 2


# --- output ------------------------------------------------------------------------------------


def _two_results(httpserver) -> list[FetchResult]:
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML, headers={"X-Site": "test"})
    httpserver.expect_request("/news/2").respond_with_data(
        gzip.compress(NO_CHARSET.encode("cp949")),
        headers={"Content-Type": "text/html; charset=euc-kr", "Content-Encoding": "gzip"},
    )
    with Fetcher(config()) as f:
        return [f.fetch(httpserver.url_for("/news/1")), f.fetch(httpserver.url_for("/news/2"))]


def test_save_results_writes_html_and_json(httpserver, tmp_path):
    results = _two_results(httpserver)
    paths = save_results([*results, FetchError("failed", url="http://x/")], tmp_path / "out")
    assert len(paths) == 2
    for result, path in zip(results, paths):
        key = hashlib.sha1(result.url.encode()).hexdigest()
        assert path == tmp_path / "out" / f"{key}.html"
        assert path.read_bytes() == result.content
        meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
        assert meta["url"] == result.url and meta["final_url"] == result.final_url
        assert meta["status"] == 200 and meta["encoding"] == result.encoding
        assert meta["fetched_at"] == result.fetched_at
        assert meta["headers"]["content-type"] == result.headers["content-type"]
    assert json.loads(paths[1].with_suffix(".json").read_text("utf-8"))["encoding"] == "cp949"


def test_warc_output_reads_back(httpserver, tmp_path):
    results = _two_results(httpserver)
    path = tmp_path / "pages.warc.gz"
    assert write_warc(results, path) == 2
    with path.open("rb") as fh:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    assert [r[0] for r in records] == ["warcinfo", "response", "response"]
    for (_, uri, http_headers, body), result in zip(records[1:], results):
        assert uri == result.final_url
        assert http_headers.get_statuscode() == "200"
        assert http_headers.get_header("Content-Type") == result.headers["content-type"]
        assert body == result.content
    assert records[1][2].get_header("X-Site") == "test"
    # the body is stored decoded, so the wire's gzip header is kept under another name
    assert records[2][2].get_header("Content-Encoding") is None
    assert records[2][2].get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert records[2][3].decode("cp949") == NO_CHARSET


# --- command line ------------------------------------------------------------------------------


def test_cli_fetch_feed_and_urls_to_dir_and_warc(httpserver, tmp_path, capsys):
    from newsx.cli import main

    httpserver.expect_request("/rss/economy").respond_with_data(asset("feed.rss", httpserver), content_type="application/rss+xml")
    httpserver.expect_request("/news/1").respond_with_data(ARTICLE, content_type=HTML)
    httpserver.expect_request("/news/2").respond_with_data(NO_CHARSET.encode("cp949"), content_type="text/html; charset=euc-kr")
    httpserver.expect_request("/news/3").respond_with_data("gone", status=404)
    listing = tmp_path / "urls.txt"
    listing.write_text(asset("urls.txt", httpserver), "utf-8")
    out, warc = tmp_path / "pages", tmp_path / "pages.warc.gz"
    argv = ["fetch", httpserver.url_for("/rss/economy"), str(listing), "--out", str(out), "--warc", str(warc),
            "--delay", "0", "--no-robots", "--allow-private"]
    assert main(argv) == 1  # one page failed
    captured = capsys.readouterr()
    assert "fetched 2 of 3 pages" in captured.out
    assert "failed 1: HTTP 404: 1" in captured.out
    assert "HTTP 404" in captured.err and "/news/3" in captured.err
    saved = sorted(p.name for p in out.glob("*.html"))
    expected = sorted(hashlib.sha1(httpserver.url_for(p).encode()).hexdigest() + ".html" for p in ("/news/1", "/news/2"))
    assert saved == expected
    with warc.open("rb") as fh:
        uris = sorted(r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response")
    assert uris == [httpserver.url_for("/news/1"), httpserver.url_for("/news/2")]
    assert paths_requested(httpserver).count("/news/1") == 1  # listed in both sources, fetched once


def test_cli_fetch_refuses_loopback_by_default(httpserver, tmp_path, capsys):
    from newsx.cli import main

    assert main(["fetch", httpserver.url_for("/news/1"), "--out", str(tmp_path), "--delay", "0"]) == 1
    captured = capsys.readouterr()
    assert "blocked: 1" in captured.out
    assert "--allow-private" in captured.err or "allow_private" in captured.err
    assert httpserver.log == []
