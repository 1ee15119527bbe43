"""The newsx pipeline: from a page to a checked article record.

Stages, in order (each numbered comment below marks one):
1. read   — bytes or str, HTML or a plain-text dump; binary or undecodable input is refused
2. clean  — HTML through `clean.clean_html` (selectolax), text dumps through `textdump.clean_text`
3. analyse — the body through the spaCy pipeline: Kiwi tokens and sentences (`korean.py`)
4. extract — the figure components (`components.py`), each writing records on the Doc
5. check  — budgets and consistency checks (`check.py`), when that module is present
6. record — one `models.Article`, whose validator re-checks every span
"""

from __future__ import annotations

import re
import threading
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from . import check
from .components import KINDS, context_of
from .encoding import decode_html
from .errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from .korean import blank_nlp
from .models import Article
from .page import Page
from .textdump import clean_text

__all__ = ["extract", "load", "analyse", "read_source", "looks_like_html", "clean_source", "article_from_doc"]

_lock = threading.Lock()
_nlp: Language | None = None
_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|article|meta|table|span)\b", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF")


def load() -> Language:
    """The spaCy pipeline: Kiwi tokenizer plus the six newsx figure components (built once)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                nlp = blank_nlp()
                for kind in KINDS:
                    nlp.add_pipe(f"newsx_{kind}")
                _nlp = nlp
    return _nlp


def read_source(source: str | bytes, name: str = "input") -> str:
    """Text of `source`; bytes are decoded (UTF-8, then CP949/EUC-KR), binary data refused."""
    if isinstance(source, bytes):
        head = source[:1024]
        if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
            raise BinaryInputError(f"{name}: binary data, not a web page or text (first bytes {head[:8]!r})")
        text = _decode(source, name)
    else:
        text = source
    if "\x00" in text[:1024]:
        raise BinaryInputError(f"{name}: contains NUL characters; is it a binary file?")
    if not text.strip():
        raise EmptyInputError(f"{name}: empty input; give an HTML page or article text")
    return text


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return decode_html(data, None)[0]
    except DecodeError as exc:
        raise DecodeError(f"{name}: {exc}") from None


def looks_like_html(text: str) -> bool:
    return bool(_HTML.search(text[:20000]))


def clean_source(text: str, url: str | None = None) -> Page:
    if looks_like_html(text):
        from .clean import clean_html

        page = clean_html(text, url=url)
    else:
        page = clean_text(text)
    if url and not page.url:
        page.url = url
    return page


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"published: {value!r} is not a date; use YYYY-MM-DD") from None


def analyse(body: str, published: date | str | None = None) -> Doc:
    """Run the spaCy pipeline over `body`, anchoring relative dates at `published`."""
    nlp = load()
    doc = nlp.make_doc(body)
    doc.user_data["newsx_published"] = _as_date(published)
    context_of(doc, text=body)  # the components share it; built here, doc.text is not read
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def article_from_doc(doc: Doc, page: Page | None = None, published: date | None = None) -> Article:
    ctx = context_of(doc)
    found = doc.user_data.get("newsx", {})
    fields = {}
    for kind in KINDS:
        records = list(found.get(kind, []))
        for rec in records:
            if hasattr(rec, "spans"):
                for m in rec.spans:
                    m.sentence = ctx.sentence_of(m.span[0])
            else:
                rec.sentence = ctx.sentence_of(rec.span[0])
        fields[kind] = records
    durations = list(found.get("durations", []))
    for rec in durations:
        rec.sentence = ctx.sentence_of(rec.span[0])
    body = ctx.text if ctx.text is not None else doc.text
    page = page or Page(body=body)
    article = Article(
        url=page.url,
        title=page.title,
        published=published.isoformat() if published else None,
        site=page.site,
        byline=page.byline,
        body=body,
        sentences=ctx.sentences,
        durations=durations,
        **fields,
    )
    return check.annotate(article)


def extract(
    source: str | bytes, *, url: str | None = None, published: date | str | None = None, name: str | None = None
) -> Article:
    """The article record of one page (HTML or plain text, str or bytes).

    `name` only labels error messages (a file path, say); `url` is recorded in the article.
    """
    text = read_source(source, name=name or url or "input")  # 1. read
    page = clean_source(text, url=url)  # 2. clean
    pub = _as_date(published) or _as_date(page.published)
    doc = analyse(page.body, pub)  # 3. analyse + 4. extract
    return article_from_doc(doc, page, pub)  # 5. check + 6. record
