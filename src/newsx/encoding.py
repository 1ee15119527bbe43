"""Decode web pages right: Korean sites still serve EUC-KR/CP949 beside UTF-8.

Order: BOM, the HTTP charset, <meta>/XML declaration, then detection
(charset-normalizer). A decoding that leaves replacement characters, or Korean
bytes read as Latin letters, is rejected; DecodeError when nothing fits.
Shared by the fetcher and by the pipeline for local files.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from newsx.errors import DecodeError

__all__ = ["decode_html"]

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels browsers treat as one encoding: every EUC-KR label means its superset CP949
# (UHC), and Latin-1/ASCII labels mean windows-1252.
_LABELS = {"windows-949": "cp949", "x-windows-949": "cp949", "x-euc-kr": "cp949"}
_CODECS = {"euc_kr": "cp949", "iso8859-1": "cp1252", "ascii": "cp1252"}
_META_RE = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_BYTES = bytes(c for c in range(0x20) if _CONTROL_RE.match(chr(c)))
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_DETECTABLE = ("utf_8", "cp949", "euc_kr", "iso2022_kr", "cp1252", "latin_1", "shift_jis", "cp932", "euc_jp", "gb18030", "big5")
_MAX_BAD_SHARE = 0.001  # replacement characters tolerated: a stray broken byte, not a wrong codec


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().strip("\"'").lower()
    label = _LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _CODECS.get(name, name)


def _single_byte(codec: str) -> bool:
    return codec.startswith(("cp125", "iso8859", "latin", "mac"))


def _reads_as_korean(content: bytes) -> bool:
    """True when the bytes decode cleanly as CP949 and most of the non-ASCII text is Hangul."""
    try:
        text = content.decode("cp949")
    except UnicodeDecodeError:
        return False
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return non_ascii > 0 and len(_HANGUL_RE.findall(text)) >= non_ascii / 2


def _controls(content: bytes, codec: str, text: str) -> int:
    """How many control characters (`_CONTROL_RE`) `text`, read from `content` in `codec`, holds."""
    if codec == "utf-8":
        # A UTF-8 byte below 0x20 is that character, even next to a broken sequence: counting
        # the bytes spares a regex scan of the whole page.
        return len(content) - len(content.translate(None, _CONTROL_BYTES))
    return len(_CONTROL_RE.findall(text))


def _attempt(content: bytes, codec: str, text: str | None = None) -> str | None:
    """The text in `codec` (`text` when already decoded), or None when that reading is visibly wrong."""
    if text is None:
        try:
            text = content.decode(codec, errors="replace")
        except LookupError:
            return None
    if text.count("\ufffd") > len(text) * _MAX_BAD_SHARE:
        return None
    if _controls(content, codec, text) > len(text) * 0.01:
        return None
    # Korean bytes read with a Latin codec give accented letters and no replacement characters.
    if _single_byte(codec) and any(b > 127 for b in content) and _reads_as_korean(content):
        return None
    return text


def _valid_utf8(content: bytes) -> str | None:
    """The text of bytes with multi-byte sequences that are all valid UTF-8; None for others."""
    if content.isascii():
        return None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_html(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML (or XML) page; return (text, encoding).

    Order: byte-order mark; charset in `content_type` (the HTTP header); <meta charset> or
    http-equiv, or the XML declaration, in the first 4 KB; valid UTF-8; charset-normalizer's
    detection; CP949. A declared legacy charset over bytes that are valid UTF-8 is taken as a
    stale label (pages re-saved as UTF-8 often keep their old EUC-KR <meta>): real EUC-KR text
    is practically never valid UTF-8. Each reading is checked, and the next one tried, when it
    leaves replacement characters beyond a tiny share. Raises DecodeError when none fits.
    """
    if not content:
        return "", "utf-8"
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(codec, errors="replace"), codec
    head = content[:4096]
    header = _codec(m.group(1)) if (m := _CHARSET_RE.search(content_type or "")) else None
    meta = _codec(m.group(1)) if (m := _META_RE.search(head) or _XML_DECL_RE.search(head)) else None
    tried: list[str] = []

    utf8 = _valid_utf8(content)

    def attempt(codec: str | None) -> str | None:
        if not codec or codec in tried:
            return None
        tried.append(codec)
        return _attempt(content, codec, utf8 if codec == "utf-8" else None)

    if utf8 is not None:  # multi-byte and valid UTF-8: stronger evidence than any label
        candidates = ["utf-8"]
    else:
        candidates = [codec for codec in (header, meta) if codec] + (["utf-8"] if content.isascii() else [])
    for codec in candidates:
        if (text := attempt(codec)) is not None:
            return text, codec
    # Detection guesses among encodings news pages really use; a page whose declared charset
    # failed is only re-read as the other Korean encoding, since a guess like cp1125 over a
    # few stray bytes would be silent mojibake.
    best = charset_normalizer.from_bytes(content, cp_isolation=list(_DETECTABLE)).best()
    guess = _codec(best.encoding) if best else None
    if header or meta:
        guess = None
    for codec in (guess, "cp949", "utf-8"):
        if (text := attempt(codec)) is not None:
            return text, codec
    raise DecodeError(
        f"cannot decode {len(content):,} bytes as text: tried {', '.join(tried)} "
        "and each left replacement characters, control bytes or Korean read as Latin letters"
    )


