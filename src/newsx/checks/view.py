"""The article as the rules see it: every figure as a quantity with an interval.

`build_view(article)` reads the extracted figures and adds the few claims the
extractors leave implicit: a delta such as "300여개 기관이 추가로 합류", a duration
such as "4년에 걸쳐" or "100여일이 지난", and the before, after and delta sides of
each change. It also finds what a figure counts (`nouns_of`) and the period it
belongs to (`anchor_of`), which is how rules decide two figures speak of one thing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from ..models import Article, Mention
from .tolerance import AMOUNT, NUM, interval, negate, minus, norm_unit, parse_amount
from .words import COMPARISON, DOWN, JOINS, MORE, PARTICLES, STOP, UP, alternation

__all__ = [
    "Q", "View", "CLAUSE_END", "build_view", "covered", "nouns_of", "same_thing", "anchor_of", "family_of", "mention", "breakdowns", "is_comparison", "strip_particle",
]


@dataclass
class Q:
    """One quantity: a figure or one side of a change."""

    kind: str  # money | count | percent | duration | change | delta | after
    text: str
    span: tuple[int, int]
    value: float
    unit: str
    iv: tuple[float, float]
    record: object = None
    role: str = ""  # before | after | delta for change sides
    sides: dict = field(default_factory=dict)  # a full change's before and after: (value, interval, text, span)


@dataclass
class View:
    article: Article
    body: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    published: date | None
    figures: list[Q] = field(default_factory=list)
    # built once per view, as the rules ask the same questions of the text again and again:
    # sentence and paragraph starts to bisect, each sentence's clause ends, memos of `nouns_of`
    # and `anchor_of` (keyed by what they read, so later figures are free to come), and what
    # `once` keeps (read only once build_view has added every figure)
    _sentence_starts: list[int] = field(init=False, repr=False)
    _paragraph_starts: list[int] = field(init=False, repr=False)
    _clause_ends: dict = field(init=False, repr=False, default_factory=dict)
    _nouns: dict = field(init=False, repr=False, default_factory=dict)
    _anchors: dict = field(init=False, repr=False, default_factory=dict)
    _once: dict = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._sentence_starts = [s for s, _ in self.sentences]
        self._paragraph_starts = [s for s, _ in self.paragraphs]

    def sentence_of(self, offset: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return max(i, 0) if self.sentences else -1

    def sentence_span(self, offset: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of(offset)] if self.sentences else (0, len(self.body))

    def paragraph_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)

    def once(self, key: str, compute):
        """`compute(self)`, computed on the first call with `key` and kept: for what several
        rules read from the finished view."""
        if key not in self._once:
            self._once[key] = compute(self)
        return self._once[key]

    def clause_ends(self, s0: int, s1: int) -> list[tuple[int, int]]:
        """(start, end) of every CLAUSE_END match between s0 and s1, found once per span."""
        ends = self._clause_ends.get((s0, s1))
        if ends is None:
            ends = self._clause_ends[(s0, s1)] = [m.span() for m in CLAUSE_END.finditer(self.body, s0, s1)]
        return ends

    def clause_span(self, offset: int) -> tuple[int, int]:
        s0, s1 = self.sentence_span(offset)
        start, end = s0, s1
        for m_start, m_end in self.clause_ends(s0, s1):
            if m_end <= offset:
                start = m_end
            elif m_start >= offset:
                end = m_start
                break
        return start, end

    def lead_end(self) -> int:
        """End of the deck: the short headline-like lines that open the body."""
        end = 0
        for s, e in self.paragraphs:
            line = self.body[s:e].strip()
            if not line:
                continue
            if len(line) > 90 or re.search(r"[다요]\.?[”\"’']?$|\.$", line):
                break
            end = e
        return end


CLAUSE_END = re.compile(r"(?<=[며고서나만면해여데]),\s|(?<=\)),\s|;\s")


def _sentences(body: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", body):
        s = m.start()
        for t in re.finditer(r"(?<=[다요]\.)\s+|(?<=[.?!])\s+(?=[^\d\s])", m.group(0)):
            out.append((s, m.start() + t.start()))
            s = m.start() + t.end()
        out.append((s, m.end()))
    return [(s, e) for s, e in out if e > s] or [(0, len(body))]


def build_view(article: Article) -> View:
    body = article.body
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)] or [(0, len(body))]
    try:
        published = date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        published = None
    sentences = [tuple(s) for s in article.sentences] or _sentences(body)
    v = View(article, body, sentences, paragraphs, published)
    for m in article.money:
        v.figures.append(Q("money", m.text, tuple(m.span), m.value, "KRW" if m.currency == "KRW" else m.currency,
                           interval(m.value, m.qualifier, m.text, m.value_max), m))
    for c in article.counts:
        v.figures.append(Q("count", c.text, tuple(c.span), c.value, c.unit, interval(c.value, c.qualifier, c.text, c.value_max), c))
    for p in article.percentages:
        v.figures.append(Q("percent", p.text, tuple(p.span), p.value, p.unit, interval(p.value, p.qualifier, p.text), p))
    for d in article.durations:
        v.figures.append(Q("duration", d.text, tuple(d.span), d.value, d.unit, interval(d.value, d.qualifier, d.text), d))
    _add_implicit(v)
    v.figures.sort(key=lambda q: q.span)
    return v



def covered(v: View, s: int, e: int, kinds: tuple[str, ...]) -> bool:
    return any(q.kind in kinds and q.span[0] < e and s < q.span[1] for q in v.figures) or (
        "change" in kinds and any(c.span[0] < e and s < c.span[1] for c in v.article.changes)
    )



# ---------------------------------------------------------------- claims the extractors leave implicit


_UNIT = r"(?P<unit>개국|개사|개소|개월|개|명|곳|건|대|인|가구|%p|%|포인트|조원|억원|만원|원|달러)"
_DELTA = re.compile(
    rf"(?P<num>{NUM}(?:\s?[조억만천])*)\s?(?P<q>여|남짓|가량|정도)?\s?{_UNIT}"
    rf"(?:\s?[가-힣·]{{1,8}}(?:이|가|은|는|을|를))?\s?(?P<more>{MORE})?\s?(?P<verb>{UP}|{DOWN}|{alternation(JOINS)})"
)
_DURATION = re.compile(
    rf"(?P<num>{NUM})\s?(?P<q>여|남짓|가량)?\s?(?P<unit>년|개월|달|주|일|시간)"
    r"(?=\s?(?:간|동안|여간|째|만에|만|이 지|가 지|이 흘|에 걸쳐|에 걸친|의 기간|이 걸))"
)


def _add_implicit(v: View) -> None:
    """Deltas and durations the extractors may not give as records."""
    body = v.body
    for m in _DELTA.finditer(body):
        verb = m.group("verb")
        if not m.group("more") and verb in JOINS:
            continue
        if covered(v, m.start(), m.end(), ("change",)):
            continue
        num = parse_amount(m.group("num"))
        if num is None:
            continue
        unit = norm_unit(m.group("unit"))
        value = num * _unit_scale(m.group("unit"))
        sign = -1 if re.match(DOWN, verb) else 1
        iv = interval(value, "exact", m.group(0))
        if sign < 0:
            iv = negate(iv)
        v.figures.append(Q("delta", m.group(0), (m.start(), m.end()), sign * value, unit, iv, None, "delta"))
    known = [q for q in v.figures if q.kind == "duration"]
    for m in _DURATION.finditer(body):
        if any(q.span[0] < m.end() and m.start() < q.span[1] for q in known):
            continue
        if m.start() > 0 and body[m.start() - 1] in "0123456789~-":
            continue
        value = float(m.group("num").replace(",", ""))
        unit = "개월" if m.group("unit") == "달" else m.group("unit")
        v.figures.append(Q("duration", m.group(0), (m.start(), m.end()), value, unit, interval(value, "exact", m.group(0))))
    for c in v.article.changes:
        _add_change(v, c)



def _unit_scale(unit: str) -> float:
    return {"억원": 1e8, "조원": 1e12, "만원": 1e4}.get(unit, 1.0)


def _side(c, value: float, first: bool) -> tuple[tuple[float, float], str, tuple[int, int]]:
    """Interval, text and span of one side of a change, read from its own wording."""
    amounts = [(m, parse_amount(m.group(0))) for m in AMOUNT.finditer(c.text)]
    tokens = [m for m, n in amounts if n is not None]
    tokens = [m for m, n in amounts if n is not None and abs(n - value) <= 1e-6 * max(1, abs(value))] or tokens
    if not tokens:
        return interval(value), c.text, tuple(c.span)
    m = tokens[0] if first else tokens[-1]
    tail = re.match(r"\s?(?:여|남짓)?\s?[가-힣%]{0,3}\s?(?:여|이상|넘게|가량)?", c.text[m.end():])
    start = m.start()
    if c.text[max(0, start - 2):start].strip() == "약":
        start = max(0, start - 2)
    written = tail.group(0).rstrip() if tail else ""
    unit = re.sub(r"(?:에서|으로|로|에|은|는|이|가|을|를|까지|부터|와|과)$", "", written)  # "120개에서" -> "120개"
    end = m.end() + (len(unit) if unit.strip() else len(written))
    text = c.text[start:end]
    return interval(value, "exact", text), text, (c.span[0] + start, c.span[0] + end)


def _written(c, value: float) -> bool:
    """Is `value` written out in the change's own text (rather than computed by the extractor)?"""
    for m in AMOUNT.finditer(c.text):
        n = parse_amount(m.group(0))
        if n is not None and any(abs(n * k - value) <= 1e-6 * max(1.0, abs(value)) for k in (1, 1e4, 1e8, 1e12)):
            return True
    return False


def _add_change(v: View, c) -> None:
    unit = norm_unit(c.unit)
    span = tuple(c.span)
    if c.before is not None and c.after is not None and not _written(c, c.before):
        if c.delta is not None:  # "2천663만8천명으로 1년 전보다 3만4천명 늘어": before is derived, not stated
            iv = interval(abs(c.delta), "exact", c.text)
            v.figures.append(Q("delta", c.text, span, c.delta, unit, iv if c.delta >= 0 else negate(iv), c, "delta"))
        a_iv, _, _ = _side(c, c.after, False)
        v.figures.append(Q("after", c.text, span, c.after, unit, a_iv, c, "after"))
        return
    if c.before is not None and c.after is not None:
        b_iv, b_text, b_span = _side(c, c.before, True)
        a_iv, a_text, a_span = _side(c, c.after, False)
        sides = {"before": (c.before, b_iv, b_text, b_span), "after": (c.after, a_iv, a_text, a_span)}
        v.figures.append(Q("change", c.text, span, c.after - c.before, unit, minus(a_iv, b_iv), c, sides=sides))
        # a delta written inside the change itself ("1000개에서 1300개로 300개 늘어"), read from the
        # text: the extractor may give the computed difference instead of the stated one
        for m in AMOUNT.finditer(c.text, a_span[1] - c.span[0]):
            verb = re.match(rf"\s?[가-힣%]{{0,3}}\s?(?:더\s?)?({UP}|{DOWN})", c.text[m.end() :])
            n = parse_amount(m.group(0))
            if re.match(r"\s?(?:%|퍼센트)", c.text[m.end() :]) and unit not in ("%", "%p"):
                continue  # "15% 증가": a rate, the other rule's business
            if verb and n is not None:
                sign = -1 if re.match(DOWN, verb.group(1)) else 1
                iv = interval(n, "exact", m.group(0))
                v.figures.append(Q("delta", c.text, span, sign * n, unit, iv if sign > 0 else negate(iv), c, "delta"))
                break
    elif c.delta is not None:
        iv = interval(abs(c.delta), "exact", c.text)
        v.figures.append(Q("delta", c.text, span, c.delta, unit, iv if c.delta >= 0 else negate(iv), c, "delta"))
    elif c.after is not None:
        a_iv, _, _ = _side(c, c.after, False)
        v.figures.append(Q("after", c.text, span, c.after, unit, a_iv, c, "after"))



# ---------------------------------------------------------------- what a figure counts, and when


# the particles by their last letter, each list in the order of rules/check_rules.toml
_PARTICLES_BY_LAST: dict[str, list[str]] = {}
for _p in PARTICLES:
    _PARTICLES_BY_LAST.setdefault(_p[-1], []).append(_p)


def strip_particle(word: str) -> str:
    word = word.strip("‘’“”\"'()[]·,.")
    for p in _PARTICLES_BY_LAST.get(word[-1:], ()):
        if word.endswith(p) and len(word) > len(p) + 1:
            return word[: -len(p)]
    return word


_LEAD_PARTICLE = re.compile(r"^(?:의|에서|으로|로|을|를|이|가|은|는|에|과|와|도|만|까지|부터)(?=\s)")
_NON_SPACE = re.compile(r"\S+")
_WORD = re.compile(r"[가-힣A-Za-z·]+")
_WORD_OR_NOT = re.compile(r"[가-힣A-Za-z·]+|[^\s가-힣A-Za-z·]+")
_VERB_AFTER = ("다", "고", "며", "서", "했", "한", "된", "할", "될", "해", "지만")  # endings of a verb, not a noun
_VERB_BEFORE = _VERB_AFTER + ("에서", "까지", "부터", "쳐", "들여")
_DIGIT = re.compile(r"\d")


_HAS_NOUN: dict[type, bool] = {}  # record class -> whether it can name a noun


def _record_noun(record) -> str | None:
    """The noun a record names (only counts have the field); a model without the field is not
    asked, as pydantic is slow to fail an attribute lookup."""
    cls = type(record)
    if cls not in _HAS_NOUN:
        fields = getattr(cls, "model_fields", None)
        _HAS_NOUN[cls] = fields is None or "noun" in fields
    return getattr(record, "noun", None) if _HAS_NOUN[cls] else None


def nouns_of(v: View, q: Q) -> set[str]:
    """Words that name what a figure measures: the word after it, or the topic before it."""
    noun = _record_noun(q.record)
    key = (q.span[0], q.span[1], noun)
    found = v._nouns.get(key)
    if found is None:
        found = v._nouns[key] = frozenset(_nouns_at(v, q.span, noun))
    return set(found)


def _nouns_at(v: View, span: tuple[int, int], noun: str | None) -> set[str]:
    body, (s, e) = v.body, span
    words: set[str] = set()
    if noun:
        words.add(noun)
    rest = body[e : e + 20]
    particle = _LEAD_PARTICLE.match(rest)
    if particle:
        rest = rest[particle.end() :]
    for w in _NON_SPACE.findall(rest)[:3]:
        if w.startswith(("(", "[", "‘", "“")):
            break
        w = w.strip(",.()")
        if not _WORD.fullmatch(w) or w.endswith(_VERB_AFTER):
            break
        w = strip_particle(w)
        if w not in STOP:
            words.add(w)
            break
    c0 = v.clause_span(s)[0]
    taken = 0
    window_start = max(c0, s - 20)
    for wm in reversed(list(_WORD_OR_NOT.finditer(body[window_start:s]))):
        w = wm.group(0)
        at = window_start + wm.start()
        if not _WORD.match(w) or (at > 0 and body[at - 1].isdigit()) or w.endswith(_VERB_BEFORE):
            break
        w = strip_particle(w)
        if w in STOP or len(w) < 2:
            continue
        words.add(w)
        taken += 1
        if taken == 2:
            break
    out = set()
    for w in words:
        for part in w.split("·"):
            if len(part) >= 2 and part not in STOP and not _DIGIT.search(part):
                out.add(part)
    return out


def same_thing(a: set[str], b: set[str]) -> bool:
    for x in a:
        for y in b:
            if x == y or (len(x) >= 2 and len(y) >= 2 and (x[-2:] == y[-2:] or x[:2] == y[:2])):
                return True
    return False


_COMPARISON = re.compile(rf"\s?(?:\([^()]{{0,30}}\)\s?)?(?:{COMPARISON})")


def is_comparison(v: View, p) -> bool:
    """Is period `p` the base of a comparison ("전년 대비", "지난해(4,000억원)보다")?"""
    return bool(_COMPARISON.match(v.body, p.span[1]))


_DAY_OF_MONTH = re.compile(r"\d{1,2}일")


def anchor_of(v: View, q: Q) -> tuple | None:
    """The period a figure belongs to: the nearest one in its clause that is not a comparison base."""
    at = q.span[0]
    if at not in v._anchors:
        v._anchors[at] = _anchor_at(v, at)
    return v._anchors[at]


def _anchor_periods(v: View) -> tuple[list, list[int]]:
    """The periods that can anchor a figure (no day of a month, no comparison base) by where they
    start (ties in the article's order), and those starts."""
    periods = sorted((p for p in v.article.periods if not _DAY_OF_MONTH.fullmatch(p.text.strip()) and not is_comparison(v, p)),
                     key=lambda p: p.span[0])
    return periods, [p.span[0] for p in periods]


def _anchor_at(v: View, at: int) -> tuple | None:
    periods, starts = v.once("anchor_periods", _anchor_periods)
    c0, _ = v.clause_span(at)
    i = bisect.bisect_left(starts, at) - 1  # the last period starting before `at`: the nearest
    if i < 0 or starts[i] < c0:
        return None
    while i > 0 and starts[i - 1] == starts[i]:
        i -= 1  # of periods starting at one offset, the first in the article's order
    p = periods[i]
    return (p.start, p.end)



def family_of(q: Q) -> str:
    unit = norm_unit(q.unit)
    return "money" if unit == "KRW" else "percent" if unit in ("%", "%p") else "count"



def mention(v: View, text: str, span) -> Mention:
    return Mention(text=text, span=tuple(span), sentence=v.sentence_of(span[0]))



# ---------------------------------------------------------------- totals and their parts


_TOTAL_WORD = re.compile(r"(?:총|모두|전체|합계|합쳐)\s?$")
_THIS_AMONG = r"(?:이\s?중|이\s?가운데|그\s?중|이 중에서)"
# between two items of a list written before its total: a label, a comma or 과/와/및, no figure, no verb
_LIST_GAP = re.compile(r"(?:\s?(?:과|와)?\s?,\s?|\s?(?:과|와|및)\s)[^\d,.()]{0,14}")
_BEFORE_TOTAL = re.compile(r"\s?(?:(?P<etc>등)\s?)?(?:(?:을|를)\s?합(?:쳐|친|하면)\s?)?(?:총|모두|합계)\s?$")


def breakdowns(v: View) -> list[tuple[Q, list[Q], bool]]:
    """(total, parts, partial) for every total stated with its parts: "총 500억원(국비 300억원,
    지방비 200억원)", "총 13조원. 이 중 …", "총 13조원, 이 중 …" and "A 6조원, B 4조원 등 총 13조원".
    A part list with 등/포함/중 or after 이 중 is partial: it may not exceed the total but need not fill it.
    Found once per view; budgets and parts_total both ask."""
    return v.once("breakdowns", _find_breakdowns)


def _find_breakdowns(v: View) -> list[tuple[Q, list[Q], bool]]:
    out = []
    qs = [q for q in v.figures if q.kind in ("money", "count")]
    same = lambda q, t: family_of(q) == family_of(t) and norm_unit(q.unit) == norm_unit(t.unit)  # noqa: E731
    for ti, t in enumerate(qs):
        s0, s1 = v.sentence_span(t.span[0])
        has_total = _TOTAL_WORD.search(v.body[max(s0, t.span[0] - 4) : t.span[0]])
        paren = re.match(r"\s?\(([^()]+)\)", v.body[t.span[1] : s1])
        parts, partial = [], False
        if paren:
            p0, p1 = t.span[1] + paren.start(1), t.span[1] + paren.end(1)
            parts = [q for q in qs if p0 <= q.span[0] < p1 and family_of(q) == family_of(t)]
            partial = bool(re.search(r"등|포함|중", v.body[p0:p1])) or len(parts) < 2
            if re.search(r"[X×x*÷/=+%]", v.body[p0:p1]) or not (has_total or len(parts) >= 2):
                parts = []  # a formula ("1억원 X 45%") or a restatement, not a breakdown
        if not parts and has_total:
            nxt = (re.match(rf"\s?,\s?{_THIS_AMONG}", v.body[t.span[1] : s1])
                   or re.match(rf"[^.]*?(?:다|요)\.\s*{_THIS_AMONG}", v.body[t.span[1] : t.span[1] + 400]))
            if nxt:
                n0 = t.span[1] + nxt.end()
                n1 = v.sentence_span(n0)[1]
                parts = [q for q in qs if n0 <= q.span[0] < n1 and same(q, t)]
                partial = True
        if not parts:
            before = _BEFORE_TOTAL.search(v.body[s0 : t.span[0]])
            if before:
                listed, end = [], s0 + before.start()
                for q in reversed(qs[:ti]):
                    if q.span[0] < s0 or not same(q, t):
                        break
                    gap = v.body[q.span[1] : end]
                    if listed and not _LIST_GAP.fullmatch(gap) or not listed and gap.strip():
                        break
                    listed.insert(0, q)
                    end = q.span[0]
                    label = re.search(r"[^\d,.()\s]+(?:\s[^\d,.()\s]+)?\s?$", v.body[s0 : end])
                    end = s0 + label.start() if label else end
                if len(listed) >= 2:
                    parts, partial = listed, bool(before.group("etc"))
        if parts:
            out.append((t, parts, partial))
    return out
