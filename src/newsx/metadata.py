"""Page metadata from an HTML tree: title, publication time, byline, site, canonical URL, language.

Sources, most trusted first: <meta> properties (og:, article:, twitter:), JSON-LD,
<time datetime>, visible labels ("입력 2025.06.04 10:00", "기사입력"), date-like
keys in scripts, and as a last resort a date in the URL (as htmldate does).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

__all__ = ["iso_date", "around_headline"]

# Runs of these become one space. `_SPACES` matches only the runs that change: a lone
# ' ' is left alone, which spares `re.sub` rebuilding every line with one piece per word.
_SPACE_CHARS = r"\t\r\f\v\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff"
_SPACES = re.compile(rf"[{_SPACE_CHARS}][ {_SPACE_CHARS}]*| [ {_SPACE_CHARS}]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE = re.compile(
    r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?\.?"
    r"(?:\s*\(?[월화수목금토일]\)?)?"
    r"(?:\s*T?\s*(?:(오전|오후|AM|PM|am|pm)\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$")
_KEYED_DATE = re.compile(
    r"""(?:\b([\w-]{3,40})\s*=\s*|"([\w-]{3,40})"\s*:\s*)["']"""
    r"""(\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?[^"'<]{0,12})["']"""
)
# The quote opening a keyed date's value ('"2025-06-04'), one pattern per quote: a pattern
# opening with one literal character is searched for at memchr speed.
_DATE_VALUES = tuple(re.compile(q + r"(?=\d{4}[-./]\d{1,2}[-./]\d{1,2})") for q in "\"'")
_ROLES = "기자|특파원|선임기자|객원기자|인턴기자|수습기자|전문기자|기상캐스터|통신원|논설위원|칼럼니스트"
_NAMED = re.compile(rf"((?:[가-힣]{{2,4}}\s+){{0,5}}[가-힣]{{2,4}})\s*({_ROLES})(?![가-힣])")
_NAME = re.compile(r"^[가-힣]{2,4}$")
_URL_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=\d{0,12}(?:\D|$))")
_NOT_NAMES = frozenset(_ROLES.split("|")) | {"프로필", "사진", "영상", "취재", "정리", "편집", "입력", "수정", "구독", "응원"}
_DESK = re.compile(r"^[가-힣]{2,4}(?:부|팀)$")  # "정치부 한솔 기자": the desk is no name
_ORG_NAME = re.compile(r"(?:뉴스|일보|신문|방송|경제|미디어|닷컴|투데이|코리아|통신|연합|TV|티비)$")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_SITE_PREFIX = re.compile(r"^[^\s\-|:]{2,12}\s(?:-|\||::|ㅣ)\s(\S.{9,})$")
# Numeric dates printed on a page (2026.07.09, 2026-08-14, 2026/07/09), with a weekday and a clock:
_NUM_DATE = r"(?:19|20)\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}"
_CLOCK = r"(?:오전|오후)?\s*\d{1,2}:\d{2}"
_WEEKDAY = r"\(?[월화수목금토일]\)?"
_NEAR_DATE = re.compile(rf"(?<!\d){_NUM_DATE}(?!\d)(?:\.?\s*(?:{_WEEKDAY}\s*)?{_CLOCK})?")
_REGISTERED = re.compile(rf"등록일\s*[:：]?\s*({_NUM_DATE}\.?\s*\[?\s*{_CLOCK})")
_DATE_ONLY = re.compile(rf"^{_NUM_DATE}\.?(?:\s*{_WEEKDAY})?(?:\s*{_CLOCK})?$")


def around_headline(h1):
    """The part of the page around a headline element: its grandparent's subtree (else its
    parent's), where a deck and the date row of an article head stand."""
    if h1 is None or h1.parent is None:
        return None
    return h1.parent.parent if h1.parent.parent is not None else h1.parent


_OTHER_POST = re.compile(r"이전\s?글|다음\s?글|윗\s?글|아랫\s?글|prev|next", re.I)


def _other_post(node) -> bool:
    """Whether a dated element belongs to a board's previous/next post row ("이전글 … 2026-02-23")."""
    up = node.parent
    for _ in range(2):
        if up is None:
            return False
        words = f"{up.attributes.get('class') or ''} {up.attributes.get('id') or ''} {up.text()[:30]}"
        if _OTHER_POST.search(words):
            return True
        up = up.parent
    return False


_KST = timezone(timedelta(hours=9))


def _korean_time(value: str | None) -> str | None:
    """A machine-readable time in UTC ('2026-04-29T20:00:00Z') as Korean time, whose calendar day
    is the one the page prints ('입력 2026.04.30. 05:00'); other offsets are kept as written."""
    if not value or not value.endswith("+00:00"):
        return value
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        return value
    return t.astimezone(_KST).isoformat()


def iso_date(text: str | None) -> str | None:
    """'2025.06.04 오후 2:09', '2025-05-15T20:00:52.000+0900' -> ISO date or datetime."""
    if not text:
        return None
    text = text.strip()
    m = _COMPACT_DATE.match(text)
    if m:
        y, mo, d, hh, mi, ss = m.groups()
        ampm, tz = None, None
    else:
        m = _DATE.search(text)
        if not m:
            return None
        y, mo, d, ampm, hh, mi, ss, tz = m.groups()
    y, mo, d = int(y), int(mo), int(d)
    if not (1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if hh is None:
        return out
    h = int(hh) % 12 + 12 if ampm in ("오후", "PM", "pm") else (0 if ampm in ("오전", "AM", "am") and int(hh) == 12 else int(hh))
    if h > 23 or int(mi) > 59:
        return out
    out += f"T{h:02d}:{mi}" + (f":{ss}" if ss else "")
    if tz:
        out += "+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
    return out


def _keyed_dates(html: str):
    """The matches of `_KEYED_DATE.finditer(html)`, without running it over the whole page.

    `_KEYED_DATE` opens with a key (`\\b[\\w-]{3,40}`) that the regex engine tries at
    every word of the page. Every match ends in a quoted date value, though, and its
    key sits right before that value, behind `\\s*[=:]\\s*`: so the pattern is only
    run from 42 characters before the key of each quoted date. Keys cannot hold a
    value's opening quote, so matches come in the order of their values, and one
    that ends past a value starts after it, as in `finditer`.
    """
    pos = 0
    for quote in sorted(m.start() for v in _DATE_VALUES for m in v.finditer(html)):
        if quote < pos:
            continue
        key_end = quote
        while key_end > pos and html[key_end - 1].isspace():
            key_end -= 1
        if key_end <= pos or html[key_end - 1] not in "=:":
            continue
        key_end -= 1
        while key_end > pos and html[key_end - 1].isspace():
            key_end -= 1
        # A value and what the pattern reads after it fit in 64 characters.
        m = _KEYED_DATE.search(html, max(pos, key_end - 42), quote + 64)
        if m and m.start(3) == quote + 1:
            yield m
            pos = m.end()


# The sources read off tags, found in one walk of the tree: every selector names its own
# tag, so a node matches one of them at most and its tag says which.
_TAGGED = {
    "meta": "meta[content]",
    "script": 'script[type="application/ld+json"]',
    "link": 'link[rel="canonical"]',
    "h1": "h1",
    "time": "time[datetime]",
}
_TAGGED_QUERY = ", ".join(_TAGGED.values())


def _tagged(tree: LexborHTMLParser) -> dict[str, list]:
    """The nodes each `_TAGGED` selector selects, in document order."""
    found: dict[str, list] = {tag: [] for tag in _TAGGED}
    for node in tree.css(_TAGGED_QUERY):
        nodes = found.get(node.tag)
        if nodes is None:  # a tag name the selectors do not spell: ask each one on its own
            return {tag: tree.css(selector) for tag, selector in _TAGGED.items()}
        nodes.append(node)
    return found


def _jsonld(scripts: list) -> list[dict]:
    found = []
    for node in scripts:
        try:
            data = json.loads(node.text(deep=True), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return found


def _ld_names(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def _names(text: str) -> str | None:
    """'순천 구현모 기자 ninek@x.com' -> '구현모 기자'; 'By 배윤경,이상현' -> '배윤경, 이상현'."""
    text = _fold(_EMAIL.sub(" ", text))
    for m in _NAMED.finditer(text):
        names, role = m.groups()
        parts = [p for p in names.split() if p not in _NOT_NAMES and not _ORG_NAME.search(p) and not _DESK.match(p)]
        # Two or more names share one role ("이세원 이대희 기자"); a place ahead of a single
        # name is cut off by the comma before it ("순천, 광양 구현모 기자" keeps the last name).
        if "," in text[: m.start(2)]:
            parts = parts[-1:]
        if parts:
            return ", ".join(parts) + f" {role}"
    bare = [p.strip() for p in re.sub(r"^\s*(?:By|by|BY)\s+", "", text).split(",")]
    if bare and all(_NAME.match(p) and not _ORG_NAME.search(p) for p in bare):
        return ", ".join(bare)
    return None


def _strip_suffix(title: str, sites: list[str], seps: tuple) -> str:
    keys = [s.replace(" ", "").lower() for s in sites if s]
    cut_site = False
    for _ in range(3):
        best = None
        for sep in seps + (("-",) if cut_site else ()):
            i = title.rfind(sep)
            if i > 0 and (best is None or i > best[0]):
                best = (i, sep)
        if best is None:
            break
        head, tail = title[: best[0]].strip(), title[best[0] + len(best[1]) :].strip()
        flat = tail.replace(" ", "").lower()
        if keys and any(k in flat or flat in k for k in keys if k and flat):
            title, cut_site = head, True
        elif cut_site and 0 < len(tail) <= 8 and " " not in tail:
            title = head  # a section name in front of the site name: "-정치ㅣ한국일보"
        else:
            break
    return title


def _metadata(tree: LexborHTMLParser, html: str, url: str | None, r) -> dict:
    """Metadata fields; `r` is the cleaner's compiled rules (date labels, meta keys, title separators)."""
    tagged = _tagged(tree)
    meta: dict[str, list[str]] = {}
    for node in tagged["meta"]:
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if key and value and value.strip():
            meta.setdefault(key.lower(), []).append(value.strip())

    def first(*keys):
        for k in keys:
            if meta.get(k):
                return meta[k][0]
        return None

    ld = _jsonld(tagged["script"])
    ld_first = lambda key: next((d[key] for d in ld if d.get(key)), None)  # noqa: E731

    canonical = tagged["link"][0] if tagged["link"] else None
    page_url = (canonical.attributes.get("href") if canonical else None) or first("og:url")
    page_url = urljoin(url, page_url) if page_url and url else (page_url or url)
    host = urlsplit(page_url or "").hostname or None
    site = first("og:site_name")
    if not site or len(site) > 30:
        names = _ld_names(ld_first("publisher")) if ld_first("publisher") else []
        site = names[0] if names else (host.removeprefix("www.") if host else site)

    h1s = [t for t in (_fold(n.text()) for n in tagged["h1"]) if len(t) >= 5]
    h1 = h1s[0] if h1s else None
    title_tag = tree.css_first("title")
    raw_title = _fold(first("og:title", "twitter:title") or ld_first("headline") or (title_tag.text() if title_tag else "") or "")
    sites = [site, first("og:site_name"), first("application-name"), host.split(".")[-3] if host and host.count(".") >= 2 else None]
    title = _strip_suffix(raw_title, [s for s in sites if s], r.separators) if raw_title else None
    # the page's own heading that the <title> holds whole ("X | 보도자료 | 대한민국 정책브리핑",
    # "한강비즈 - X"): the first <h1> may be the site's logo, and old pages head an article with <h3>
    flat_title = raw_title.replace(" ", "")
    heading = next((t for t in h1s if flat_title.startswith(t.replace(" ", ""))), None)
    if heading is None and raw_title and any(sep in raw_title for sep in r.separators):
        heading = next(
            (t for t in (_fold(n.text()) for n in tree.css("h1, h2, h3, h4")[:12]) if len(t) >= 10 and t.replace(" ", "") in flat_title),
            None,
        )
    if heading:
        title = heading
    elif title and (m := _SITE_PREFIX.match(title)):
        title = m.group(1)  # "서부경남뉴스 - 진주남강유등축제 관람객 304만 명…"
    title = title or h1

    published = None
    for value in [first(*r.date_meta[:3]), ld_first("datePublished")] + [
        n.attributes.get("datetime") for n in tagged["time"][:3]
    ] + [first(k) for k in r.date_meta[3:]]:
        published = _korean_time(iso_date(value)) if isinstance(value, str) else None
        if published:
            break
    if not published and tree.body is not None:
        text = tree.body.text(separator=" ")
        for m in r.date_labels.finditer(text):
            published = iso_date(text[m.end() : m.end() + 40])
            if published and _DATE.match(text[m.end() : m.end() + 40]):
                break
            published = None
        if not published:
            # "등록일 : 2026/07/09 [14:05]": the label footers also print, so only with a time of day
            for m in _REGISTERED.finditer(text):
                published = iso_date(m.group(1))
                if published:
                    break
    if not published:
        # a dated element of the article head standing alone: <span class="date">2026.02.12</span>
        for node in tree.css("[class*=date]")[:6]:
            cls = (node.attributes.get("class") or "").lower()
            value = _fold(node.text())
            if "upd" not in cls and "modif" not in cls and _DATE_ONLY.match(value) and not _other_post(node):
                published = iso_date(value)
                if published:
                    break
    if not published:
        for m in _keyed_dates(html):
            if r.date_key.match(m.group(1) or m.group(2)):
                published = iso_date(m.group(3))
                if published:
                    break
    # the headline element: the first <h1>, else the heading that holds the title (a board's <h4>)
    head = tagged["h1"][0] if tagged["h1"] else next(
        (n for n in tree.css("h2, h3, h4")[:12] if title and _fold(n.text()) == title), None
    )
    if not published and head is not None:
        # a date printed near the headline with no label newsx knows ("홍길동 기자 · 2026-08-14")
        scope = around_headline(head)
        if scope is not None:
            m = _NEAR_DATE.search(scope.text(separator=" "))
            published = iso_date(m.group(0)) if m else None
        if not published and tree.body is not None:
            # else the last date printed shortly before it ("뉴스레터 · 제218호 · 2026. 12. 3.(목)")
            text = tree.body.text(separator=" ")
            at = text.find(head.text())
            found = list(_NEAR_DATE.finditer(text, max(0, at - 400), at)) if at > 0 else []
            published = iso_date(found[-1].group(0)) if found else None
    if not published and page_url:
        # Last resort, as htmldate does: a date in the URL path ("/v/2019011613392952029").
        m = _URL_DATE.search(urlsplit(page_url).path + "?" + urlsplit(page_url).query)
        published = iso_date("-".join(m.groups())) if m else None

    bylines = [v for k in ("author", "article:author", "og:article:author", "dable:author", "byl", "byline") for v in meta.get(k, [])]
    bylines += _ld_names(ld_first("author")) if ld_first("author") else []
    for node in tree.css("[class*=byline], [class*=reporter], [class*=writer], [class*=journalist], [rel=author]")[:5]:
        bylines.append(node.text(separator=" "))
    html_node = tree.css_first("html")
    lang = (html_node.attributes.get("lang") if html_node else None) or first("content-language") or "ko"
    return {"title": title or None, "published": published, "bylines": bylines, "site": site, "url": page_url, "lang": lang}
