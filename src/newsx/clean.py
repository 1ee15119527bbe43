"""Clean stage: an HTML news page becomes a `Page` (main text and metadata).

The stages of `clean_html`, in order:

1. decode bytes (UTF-8, else the page's <meta charset>, EUC-KR read as CP949);
2. parse with lexbor and read the metadata from the intact tree: title,
   publication time, byline, site, canonical URL, language;
3. drop scripts, styles, media and page regions (nav/header/footer/aside/form)
   and elements whose class or id words mark furniture;
4. score blocks readability-style: every paragraph scores by its length and its
   Korean sentence endings (다. 했다. 이다.), the score flows to its container
   and, halving, to the ancestors; containers lose by link density and win by
   class hints (article, content, news_body, itemprop=articleBody);
5. write the best container out, one paragraph per line, without link lists,
   furniture lines (관련기사, ⓒ, e-mail and byline lines, photo credits);
6. when that body is weak, read article HTML from JSON string fields in the
   page's scripts (pages that render the body client-side, e.g. `contentHtml`).

Nothing here names a site: the furniture is data, rules/furniture_html.toml.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ._needles import Needled
from .encoding import decode_html
from .errors import BinaryInputError, EmptyInputError, RuleError
from .metadata import _EMAIL, _NAMED, _ROLES, _fold, _metadata, _names, around_headline
from .page import Page

__all__ = ["clean_html", "rules"]

_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul caption".split()
)
# Deeper than this, blocks are read as flat text (keeps recursion and stacks bounded).
_MAX_DEPTH = 120
# Paragraph elements give their score to the block around them, not to themselves.
_PARAGRAPH = frozenset("p li dd dt td th pre blockquote h1 h2 h3 h4 h5 h6 caption summary".split())
_WORDS = re.compile(r"[a-z]+|\d+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_HANGUL = re.compile(r"[가-힣]")
_JSON_FIELD = re.compile(r'"([A-Za-z_][\w.-]{0,40})"\s*:\s*"((?:[^"\\]|\\.){120,})"')
_ROLE_TUPLE = tuple(_ROLES.split("|"))
_NAMES = r"[가-힣]{2,4}(?:(?:\s*[,·ㆍ]\s*|\s+)[가-힣]{2,4}){0,5}"
_BYLINE_LINE = re.compile(rf"{_NAMES}\s*(?:{_ROLES})(?:\s*[,·ㆍ]?\s*{_NAMES}\s*(?:{_ROLES})){{0,5}}")
_BYLINE_ROLE = Needled(_BYLINE_LINE)
_LINKED = re.compile(r"\x01([^\x02]*)\x02")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_WORD = re.compile(r"[\W\d_]+")
_DATELINE = re.compile(
    r"(?:(?:[가-힣]{1,6}\s*[:：]?\s*)?\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?"
    r"(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[|,]?\s*){1,3}"
)


@dataclass(frozen=True)
class _Rules:
    strip_tags: frozenset
    regions: frozenset
    region_keep: int
    hidden: str
    unlikely: frozenset
    positive: frozenset
    small: frozenset
    small_max: int
    good: frozenset
    bad: frozenset
    body_attrs: tuple
    phrases: tuple
    any_phrase: re.Pattern  # finds any of `phrases` in one scan
    exact: frozenset
    exact_ends: frozenset  # first and last characters of the exact words: ("댓", "글"), ...
    max_chars: int
    patterns: tuple
    trailing: tuple
    inline: tuple
    sentence_end: re.Pattern
    body_keys: tuple
    summary_keys: frozenset
    summary_window: int
    deck: str
    deck_max: int
    date_labels: re.Pattern
    date_meta: tuple
    date_key: re.Pattern
    separators: tuple


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RuleError(f"rules/furniture_html.toml {where}: bad regular expression {pattern!r} ({exc})") from None


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """The furniture tables of rules/furniture_html.toml, compiled once."""
    text = resources.files("newsx.rules").joinpath("furniture_html.toml").read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(text)
        strip, cls, lines, js, dates = raw["strip"], raw["classes"], raw["lines"], raw["json"], raw["dates"]
        # The plain-text dump cleaner's tables are shared: its menu words, drop phrases and
        # line patterns (broadcast cues, speaker labels, page numbers ...) are furniture in HTML bodies too.
        from .textdump import furniture

        dump = furniture()
        labels = sorted(dates["labels"], key=len, reverse=True)
        exact = frozenset(lines["exact"]) | frozenset(dump.get("menu_words", ()))
        phrases = tuple(lines["phrases"]) + tuple(dump.get("drop_phrases", ()))
        return _Rules(
            strip_tags=frozenset(strip["tags"]),
            regions=frozenset(strip["regions"]),
            region_keep=int(strip["region_keep_sentences"]),
            hidden=", ".join(strip["hidden_selectors"]),
            deck=", ".join(strip["deck_selectors"]),
            deck_max=int(strip["deck_max_chars"]),
            unlikely=frozenset(cls["unlikely"]),
            positive=frozenset(cls["positive"]),
            small=frozenset(cls["small"]),
            small_max=int(cls["small_max_chars"]),
            good=frozenset(cls["good_hints"]),
            bad=frozenset(cls["bad_hints"]),
            body_attrs=tuple(tuple(a.split("=", 1)) for a in cls["body_attributes"]),
            phrases=phrases,
            any_phrase=re.compile("|".join(map(re.escape, phrases)) if phrases else "(?!)"),
            exact=exact,
            exact_ends=frozenset((w[0], w[-1]) for w in exact if w),
            max_chars=int(lines["max_chars"]),
            patterns=tuple(Needled(_compile(p, "[lines] patterns")) for p in lines["patterns"])
            + tuple(Needled(_compile(rf"^\s*(?:{p})", "furniture.toml line_patterns")) for p in dump["line_patterns"]),
            trailing=tuple(Needled(_compile(p, "[lines] trailing")) for p in lines["trailing"]),
            inline=tuple(Needled(_compile(p, "[lines] inline")) for p in lines["inline"]),
            sentence_end=_compile(lines["sentence_end"], "[lines] sentence_end"),
            body_keys=tuple(js["body_keys"]),
            summary_keys=frozenset(js["summary_keys"]),
            summary_window=int(js["summary_window"]),
            date_labels=_compile("(?:" + "|".join(map(re.escape, labels)) + r")\s*[:：]?\s*", "[dates] labels"),
            date_meta=tuple(m.lower() for m in dates["meta"]),
            date_key=_compile(dates["key_pattern"], "[dates] key_pattern"),
            separators=tuple(raw["title"]["separators"]),
        )
    except (KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
        if isinstance(exc, RuleError):
            raise
        raise RuleError(f"rules/furniture_html.toml is malformed: {exc!r}") from None



def _decode(data: bytes) -> str:
    """Bytes to text with the fetcher's rules (BOM, <meta charset>, detection; EUC-KR read as CP949)."""
    if b"\x00" in data[:2048]:
        raise BinaryInputError("input holds NUL bytes: not an HTML page (image, archive or PDF?)")
    return decode_html(data, None)[0]


# -- body -----------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _class_words(value: str) -> frozenset[str]:
    """Words of class and id: 'articlePhotoC news_body' -> {article, photo, c, news, body}."""
    # Utility classes with variants ("print:block", "[.amp_&]:block") say how, not what.
    value = " ".join(v for v in value.split() if ":" not in v and "[" not in v)
    return frozenset(_WORDS.findall(_CAMEL.sub(r"\1 \2", value).lower()))


def _at_least(pattern: re.Pattern, text: str, count: int) -> bool:
    """Whether `pattern` matches `text` `count` times (stops looking once it has)."""
    if count <= 0:
        return True
    for seen, _ in enumerate(pattern.finditer(text), 1):
        if seen >= count:
            return True
    return False


# Nodes that are neither elements nor text (comments, processing instructions): no text.
_NOT_CONTENT = frozenset({"-comment", "!--", "-doctype", None})


class _Nodes:
    """What the extractors learn about the nodes of one tree, kept by `mem_id`.

    Reading a node from lexbor is the costly part of scoring (its attributes build a
    dict, its text walks the subtree), and the strict and the lenient try read the
    same nodes: each is read once.
    """

    def __init__(self, r: _Rules):
        self.r = r
        self._words: dict[int, frozenset[str] | None] = {}
        self._text: dict[int, str] = {}
        self._few: dict[int, bool] = {}

    def words(self, node: LexborNode, mid: int) -> frozenset[str] | None:
        """Words of the node's class and id; None when it has neither."""
        try:
            return self._words[mid]
        except KeyError:
            attrs = node.attributes
            cls, ident = attrs.get("class"), attrs.get("id")
            words = _class_words(f"{cls or ''} {ident or ''}") if cls or ident else None
            self._words[mid] = words
            return words

    def text(self, node: LexborNode, mid: int) -> str:
        try:
            return self._text[mid]
        except KeyError:
            # lexbor's own textContent: the text of node.text(), built without a Python buffer.
            text = self._text[mid] = node.text_lexbor()
            return text

    def few_sentences(self, node: LexborNode, mid: int) -> bool:
        """Fewer Korean sentence endings than a region needs to be kept."""
        try:
            return self._few[mid]
        except KeyError:
            r = self.r
            few = self._few[mid] = not _at_least(r.sentence_end, self.text(node, mid), r.region_keep)
            return few


class _Extractor:
    """Scores the blocks of one tree and writes the best one out as lines."""

    def __init__(self, r: _Rules, strict: bool = True, nodes: _Nodes | None = None):
        self.r = r
        self.strict = strict  # drop elements by unlikely class words (readability's first try)
        self.nodes = nodes if nodes is not None else _Nodes(r)
        self.score: dict[int, float] = {}
        self.stats: dict[int, tuple[int, int, LexborNode]] = {}
        self.tags: dict[int, str] = {}
        self.dropped: set[int] = set()
        self.kept: set[int] = set()  # elements `visit` read and did not drop
        self.removed: list[str] = []

    def _drop(self, node: LexborNode, tag: str, mid: int) -> bool:
        """Furniture by tag, region or class/id words."""
        r = self.r
        if tag in r.strip_tags:
            return True
        if tag in r.regions:
            return self.nodes.few_sentences(node, mid)
        if tag in ("html", "body"):
            return False
        words = self.nodes.words(node, mid)
        if words is None:
            return False
        if words & r.small and not words & _DECK_WORDS and len(self.nodes.text(node, mid).strip()) < r.small_max:
            return True  # a caption or media box; not an article's summary ("media_end_summary")
        if self.strict and words & r.unlikely and not words & r.positive and tag not in ("article", "main"):
            # Class words mislead ("user-snb" around a whole article): text is the judge.
            return self.nodes.few_sentences(node, mid)
        return False

    def visit(self, node: LexborNode, stack: tuple, run: list, in_link: bool, depth: int = 0) -> tuple[int, int]:
        """Walk `node`'s children; text goes to `run`, blocks get their own runs."""
        total = links = 0
        # Text nodes of ASCII whitespace alone (the indentation between tags) count for nothing here.
        for child in node.iter(include_text=True, skip_empty=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                n = len(text.strip()) if text else 0
                if n:
                    run[0].append(text)
                    run[1] += n
                    total += n
                    if in_link:
                        run[2] += n
                        links += n
                continue
            if tag == "br":
                if run[0]:
                    self.flush(run, stack)
                continue
            if tag in _NOT_CONTENT or tag.startswith("_"):
                continue
            mid = child.mem_id
            if self._drop(child, tag, mid):
                self.dropped.add(mid)
                continue
            self.kept.add(mid)
            if depth >= _MAX_DEPTH:  # nested past any real layout: flattened into the run
                text = child.text()
                run[0].append(text)
                run[1] += len(text.strip())
                total += len(text.strip())
            elif tag in _BLOCK:
                if run[0]:
                    self.flush(run, stack)
                inner = [[], 0, 0]
                self.tags[mid] = tag
                inner_stack = stack + (mid,)
                t, ln = self.visit(child, inner_stack, inner, in_link, depth + 1)
                if inner[0]:
                    self.flush(inner, inner_stack)
                self.stats[mid] = (t, ln, child)
                total += t
                links += ln
            else:
                t, ln = self.visit(child, stack, run, in_link or tag == "a", depth + 1)
                total += t
                links += ln
        return total, links

    def flush(self, run: list, stack: tuple) -> None:
        """Score the text run gathered so far and start a new one (an empty run scores nothing)."""
        n, link = run[1], run[2]
        if n >= 25 and link * 2 < n and stack:
            text = "".join(run[0])
            points = (1 + len(self.r.sentence_end.findall(text)) + min(n / 100, 3)) * (1 - link / n)
            owners = stack[:-1] if self.tags.get(stack[-1]) in _PARAGRAPH else stack
            for level, mid in enumerate(reversed(owners[-5:])):
                self.score[mid] = self.score.get(mid, 0.0) + points / (1, 2, 6, 9, 12)[level]
        run[0], run[1], run[2] = [], 0, 0

    def weight(self, mid: int) -> float:
        node = self.stats[mid][2]
        value = self.content(mid)
        words = self.nodes.words(node, mid) or frozenset()
        value += 25 * bool(words & self.r.good) - 25 * bool(words & self.r.bad)
        attrs = node.attributes
        if any(attrs.get(k) == v for k, v in self.r.body_attrs):
            value += 50
        return value + {"div": 5, "article": 10, "section": 3, "td": 3, "blockquote": 3}.get(self.tags[mid], 0)

    def best(self, root: LexborNode) -> list[LexborNode]:
        """The top candidate with the siblings that score nearly as well."""
        self.visit(root, (), [[], 0, 0], False)
        candidates = [mid for mid in self.score if mid in self.stats]
        if not candidates:
            return []
        weights = {mid: self.weight(mid) for mid in candidates}
        top = max(candidates, key=weights.get)
        node = self.stats[top][2]
        parent = node.parent
        if parent is None:
            return [node]
        # Siblings join on their text alone: class hints must not carry a header in.
        floor = max(10.0, self.content(top) * 0.2)
        return [sib for sib in parent.iter() if sib.mem_id == top or (sib.mem_id in weights and self.content(sib.mem_id) >= floor)]

    def content(self, mid: int) -> float:
        total, links, _ = self.stats[mid]
        return self.score[mid] * (1 - (links / total if total else 0))

    def lines(self, node: LexborNode, out: list[str], in_link: bool = False, depth: int = 0, head: int = -1) -> None:
        """Write `node` out: blocks and <br> end lines; link lists are left out.

        Link text is wrapped in \x01...\x02 so that `_finish` can drop lines that are
        nothing but a link ("[EPL] 36R 프리뷰" teasers under a body). The headline element
        (`head`, a mem_id) is written as the line _HEADLINE.
        """
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                out[-1] += f"\x01{text}\x02" if in_link and text.strip() else text
                continue
            if tag == "br":
                out.append("")
                continue
            if tag in _NOT_CONTENT or tag.startswith("_"):
                continue
            mid = child.mem_id
            if mid in self.dropped:
                continue
            if mid == head:
                out.extend((_HEADLINE, ""))
            elif depth >= _MAX_DEPTH:
                out[-1] += child.text()
            elif tag in _BLOCK:
                stat = self.stats.get(mid)
                if stat and stat[0] and stat[1] * 2 > stat[0]:
                    self.removed.append(_fold(child.text(separator=" "))[:200])
                    continue
                out.append("")
                self.lines(child, out, in_link, depth + 1, head)
                out.append("")
            elif mid in self.kept or not self._drop(child, tag, mid):
                self.lines(child, out, in_link or tag == "a", depth + 1, head)


def _furniture_line(line: str, r: _Rules, title: str | None = None) -> bool:
    first = _LETTER.search(line)
    if not first:
        return True  # "*/", "1 / 3", "|"
    if line in r.exact:
        return True
    # The letters of the line ("댓글 0" -> "댓글") against the exact words and the title; they
    # are only gathered when the line's first and last letters are those of one of them.
    ends = (first.group(), _LETTER.search(line[::-1]).group())
    if ends in r.exact_ends or (title and ends == (title[0], title[-1])):
        bare = _NOT_WORD.sub("", line)
        if bare in r.exact or (title and bare == title):
            return True
    if _DATELINE.fullmatch(line):
        return True  # "입력 2018.11.13 07:45", "기사입력 2017.05.12. 오후 02:09 최종수정 ..."
    if any(p.search(line) for p in r.patterns):
        return True
    if len(line) <= r.max_chars and not r.sentence_end.search(line) and r.any_phrase.search(line):
        return True
    return False


def _byline_line(line: str) -> bool:
    # Cleaning the line only cuts and blanks characters, so a role word it ends with is in `line`.
    if len(line) > 80 or not _BYLINE_ROLE.possible(line):
        return False
    core = _EMAIL.sub(" ", line)
    core = re.sub(r"^(?:글|사진|글·사진)\s", "", core)  # "글 정치부 한솔 기자"
    core = re.sub(r"^[^=]{1,30}=", "", core) if "=" in core[:31] else core
    core = re.sub(r"[\[\]()<>/{}|]", " ", core)
    return bool(_BYLINE_LINE.fullmatch(_fold(core)))


def _finish(raw_lines: list[str], r: _Rules, removed: list[str], bylines: list[str], title: str | None = None) -> str:
    out = []
    for line in raw_lines:
        if not line:
            continue
        linked = sum(len(m.strip()) for m in _LINKED.findall(line)) if "\x01" in line else 0
        line = _fold(line.replace("\x01", "").replace("\x02", ""))
        if not line:
            continue
        if linked and linked >= 0.9 * len(line.replace(" ", "")) and (len(line) < 80 or not r.sentence_end.search(line)):
            removed.append(line)  # a line that is all link: a teaser of another article
            continue
        if _byline_line(line):
            bylines.append(line)
            removed.append(line)
            continue
        if _furniture_line(line, r, title):
            removed.append(line)
            continue
        for cut in r.trailing:
            m = cut.search(line)
            if m and m.start() > 0:
                removed.append(line[m.start() :].strip())
                line = line[: m.start()].rstrip()
        for cut in r.inline:
            removed.extend(m.strip() for m in cut.findall(line))
            line = cut.sub("", line)
        out.append(line)
    return "\n".join(_without_tail(out, r, removed))


def _without_tail(out: list[str], r: _Rules, removed: list[str]) -> list[str]:
    """The lines without a trailing box that is no prose: after the last paragraph (a sentence of
    80 characters or more), three or more lines of which most are not sentences ("② 숫자로 보는
    예산 심사", "감액 4조 3,200억원 · 증액 …", a schedule, a feedback row)."""
    last = max((i for i, x in enumerate(out) if len(x) >= 80 and r.sentence_end.search(x)), default=None)
    if last is None:
        return out
    tail = out[last + 1 :]
    if len(tail) >= 3 and sum(1 for x in tail if not r.sentence_end.search(x)) * 2 > len(tail):
        removed.extend(tail)
        return out[: last + 1]
    return out


def _weak(body: str, r: _Rules) -> bool:
    return _sentences(body, r) < 3 or len(body) < 200


_HEADLINE = "\x03"


def _after_headline(raw: list[str], r: _Rules, removed: list[str]) -> list[str]:
    """The lines after the headline when the chosen block holds it: what stands above a headline
    (a newsletter's greeting and contents, a kicker) is no body. Only when the text above holds
    much less of the article's sentences than the text below (a stray <h1> low on a page)."""
    if _HEADLINE not in raw:
        return raw
    at = raw.index(_HEADLINE)
    before, after = raw[:at], [x for x in raw[at + 1 :] if x != _HEADLINE]
    if _sentences(" ".join(after), r) < 2 * _sentences(" ".join(before), r) + 3:
        return [x for x in raw if x != _HEADLINE]
    removed.extend(_fold(x) for x in before if x.strip())
    return after


def _dom_body(
    root: LexborNode, r: _Rules, removed: list[str], bylines: list[str], title: str | None, head: int = -1
) -> str:
    body = ""
    # Second try without class-word dropping, as readability retries, when the first is weak.
    nodes = _Nodes(r)
    for strict in (True, False):
        ex = _Extractor(r, strict, nodes)
        raw: list[str] = [""]
        for node in ex.best(root):
            raw.append("")
            ex.lines(node, raw, head=head)
        trial_removed: list[str] = [t for t in ex.removed if t]
        raw = _after_headline(raw, r, trial_removed)
        trial_bylines: list[str] = []
        text = _finish(raw, r, trial_removed, trial_bylines, title)
        if strict or _sentences(text, r) > _sentences(body, r):
            body, kept_removed, kept_bylines = text, trial_removed, trial_bylines
        if not _weak(body, r):
            break
    removed.extend(kept_removed)
    bylines.extend(kept_bylines)
    return body


_DECK_WORDS = frozenset({"summary", "subtitle", "deck", "subhead"})


def _deck(tree: LexborHTMLParser, r: _Rules) -> list[str]:
    """Lines of the first deck element (a subtitle under the headline), if it is short."""
    if not r.deck:
        return []
    # a deck stands by its headline: look around the first <h1> (its grandparent's subtree)
    # rather than match the attribute selectors against every node of the page
    for node in (around_headline(tree.css_first("h1")) or tree).css(r.deck)[:4]:
        lines = [t for t in map(_fold, node.text(deep=True, separator="\n").split("\n")) if t and not _furniture_line(t, r)]
        if node.tag in ("ul", "ol") and (node.css_first("a") is not None or any(len(t) < 10 for t in lines)):
            continue  # a menu, share buttons or tags under the headline, not summary lines
        return lines if sum(map(len, lines)) <= r.deck_max else []
    return []


def _sentences(text: str, r: _Rules) -> int:
    return len(r.sentence_end.findall(text))


def _fragment_lines(value: str, r: _Rules, removed: list[str], bylines: list[str]) -> str:
    """Article HTML (or plain text) from a JSON field, as body lines."""
    if "<" in value and ">" in value:
        frag = LexborHTMLParser(f"<html><body>{value}</body></html>")
        ex = _Extractor(r)
        ex.visit(frag.body, (), [[], 0, 0], False)
        raw = [""]
        ex.lines(frag.body, raw)
        removed.extend(t for t in ex.removed if t)
        return _finish(raw, r, removed, bylines)
    return _finish(value.split("\n"), r, removed, bylines)


def _json_body(html: str, r: _Rules, removed: list[str], bylines: list[str]) -> str:
    """The best article text among the JSON string fields of the page's scripts."""
    best: tuple = (0, "", -1, [], [])
    preferred = {k.lower() for k in r.body_keys}
    for m in _JSON_FIELD.finditer(html):
        try:
            value = json.loads(f'"{m.group(2)}"')
        except ValueError:
            continue
        if len(_HANGUL.findall(value[:2000])) < 50:
            continue
        trial_removed: list[str] = []
        trial_bylines: list[str] = []
        text = _fragment_lines(value, r, trial_removed, trial_bylines)
        score = _sentences(text, r) * (1.5 if m.group(1).lower() in preferred else 1)
        if score > best[0]:
            best = (score, text, m.start(), trial_removed, trial_bylines)
    if best[2] < 0:
        return ""
    body = best[1]
    removed.extend(best[3])
    bylines.extend(best[4])
    # Summary lines kept in a sibling field shortly before the body: "subTitle": "...<br>..."
    window = html[max(0, best[2] - r.summary_window) : best[2]]
    for m in re.finditer(r'"([A-Za-z_]\w*)"\s*:\s*"((?:[^"\\]|\\.){4,600})"', window):
        if m.group(1) in r.summary_keys:
            try:
                summary = json.loads(f'"{m.group(2)}"')
            except ValueError:
                continue
            head = _fragment_lines(summary.replace("<br>", "\n").replace("<br/>", "\n"), r, [], [])
            if head:
                body = head + "\n" + body
            break
    return body


def _headline_element(tree: LexborHTMLParser, title: str | None) -> LexborNode | None:
    """The first <h1> that reads like a headline, else the heading holding the title. (The date
    search of metadata takes any first <h1>, a logo's too: its scope is wide, which that search wants.)"""
    for node in tree.css("h1")[:3]:
        if len(_fold(node.text())) >= 5:
            return node
    if title:
        return next((n for n in tree.css("h2, h3, h4")[:12] if _fold(n.text()) == title), None)
    return None


def clean_html(html: str | bytes, url: str | None = None) -> Page:
    """The article body (one paragraph per line) and metadata of an HTML news page."""
    if isinstance(html, (bytes, bytearray)):
        html = _decode(bytes(html))
    if not html or not html.strip():
        raise EmptyInputError(f"empty HTML input{f' from {url}' if url else ''}")
    r = rules()
    tree = LexborHTMLParser(html)
    meta = _metadata(tree, html, url, r)
    removed: list[str] = []
    bylines: list[str] = []
    if r.hidden:
        for node in tree.css(r.hidden):
            node.decompose()
    root = tree.body or tree.root
    title_key = _NOT_WORD.sub("", meta["title"]) if meta["title"] else None
    deck = _deck(tree, r)
    head = _headline_element(tree, meta["title"])
    head_mid = head.mem_id if head is not None else -1
    body = _dom_body(root, r, removed, bylines, title_key, head_mid) if root is not None else ""
    if deck and body and not any(line in body for line in deck):
        body = "\n".join(deck) + "\n" + body
    if _weak(body, r):
        json_removed: list[str] = []
        alt = _json_body(html, r, json_removed, bylines)
        if _sentences(alt, r) > _sentences(body, r):
            body, removed = alt, json_removed
    elif '"articleBody"' in html:
        # a paywall or "read more" teaser: the page's JSON-LD holds the whole text the teaser opens
        json_removed = []
        alt = _json_body(html, r, json_removed, [])
        opening = next((line[:40] for line in body.split("\n") if len(line) >= 40), "")  # past the deck
        if opening and opening in alt and _sentences(alt, r) > _sentences(body, r) and len(alt) >= 1.2 * len(body):
            removed.append(body)
            body = "\n".join(deck) + "\n" + alt if deck and not any(line in alt for line in deck) else alt
    # Byline lines cut from the body come first, then the page's author fields, then
    # the lead ("(세종=연합뉴스) 홍길동 기자 = ..."); names with a role beat bare names.
    lead = _NAMED.search(body[:300])
    found = [_names(c) for c in bylines + meta["bylines"] + ([lead.group(0)] if lead else [])]
    found = [f for f in found if f]
    byline = next((f for f in found if f.endswith(_ROLE_TUPLE)), found[0] if found else None)
    return Page(
        body=body,
        title=meta["title"],
        published=meta["published"],
        byline=byline,
        site=meta["site"],
        url=meta["url"],
        lang=meta["lang"],
        removed=removed,
    )
