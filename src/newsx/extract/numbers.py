"""The Korean number grammar shared by money, counts, durations, changes and percentages.

One scan per document (`analyse`) finds every quantity - number, qualifiers,
unit - and the changes between them, and keeps the result in `ctx.cache` so
the money, percentage, count and change extractors each only pick their kind.

Why a compiled regex over `doc.text` and not spaCy Matcher patterns: Kiwi
analyses numerals inconsistently for our purpose (5대 is NNG in one sentence
and NNB in the next, 30엔 becomes 에+ㄴ, the $ of $100 disappears, 13조 8,778억
is five tokens whose spacing matters), while the written grammar of Korean
figures is regular. So the tables in `rules/numbers.toml` are compiled into
one regular expression (units longest first) that runs over the text in a
single pass, and Kiwi's analysis is consulted only where the surface is
ambiguous:

- a unit must end at a morpheme boundary (3원칙, 10개발, 명단 are words, not
  3원, 10개, 명);
- written-out numerals must be tagged NR/MM (삼천억, 두 곳 - but not 이천시,
  오만, 한 as 하다+ㄴ);
- the noun next to a counter (참가기관 1000개, 10개 분과) and whether a
  restricted counter is used attributively (5대 과제, 1인 가구).

This keeps the extractors a small constant on top of tokenisation (see
scripts/bench_extract.py).

Modules: `numerals.py` turns a written number into its value (1조 2천억 ->
1.2e12, 삼천억, 오백만); `docindex.py` gives Kiwi's morphemes by offset; this
module compiles the tables and runs the scan; money, counts, percentages and
changes each pick their kind from its result.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..errors import RuleError
from .docindex import DocIndex
from .numerals import is_hangul, parse_number, smallest_large_unit

__all__ = ["Grammar", "Quantity", "Analysis", "DocIndex", "grammar", "parse_number", "analyse", "find_quantities", "records"]

CACHE_KEY = "newsx.numbers"


def _alt(words, *, spaced: bool = True) -> str:
    """A regex alternation of literal words, longest first; a space matches one optional whitespace."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        pieces = [re.escape(p) for p in w.split(" ")]
        out.append(r"\s?".join(pieces) if spaced else re.escape(w))
    return "(?:" + "|".join(out) + ")"


@dataclass(frozen=True)
class Grammar:
    """The compiled number grammar (built once from rules/numbers.toml)."""

    rules: dict
    quantity_re: re.Pattern
    native_re: re.Pattern
    days_re: re.Pattern
    post_re: re.Pattern
    band_re: re.Pattern
    cue_after_re: re.Pattern
    cue_before_re: re.Pattern
    reject_after_re: re.Pattern
    passed_re: re.Pattern
    units: dict  # unit text (spaces removed) -> (kind, normalised unit)
    signs: dict
    before_q: dict
    after_q: dict
    native: dict
    days: dict
    restricted: frozenset
    decades: frozenset
    written_large: frozenset
    household_nouns: tuple
    large_count_units: frozenset  # duration units that count things when written large (120만 주)
    address_units: frozenset  # counters that number a building before a room (101동 202호)
    cohort_units: frozenset
    cohort_nouns: tuple
    ratio: frozenset
    not_nouns: frozenset
    cues_before_units: frozenset
    money_context_re: re.Pattern


def _load_rules() -> dict:
    try:
        text = resources.files("newsx.rules").joinpath("numbers.toml").read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"rules/numbers.toml: {exc}") from exc


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The grammar compiled from rules/numbers.toml (once per process)."""
    r = _load_rules()
    try:
        num = r["numerals"]
        units: dict[str, tuple[str, str]] = {}
        for w, code in r["currencies"].items():
            units[w.replace(" ", "")] = ("money", code)
        for w, u in r["percent"].items():
            units[w] = ("percent", u)
        counters = r["counters"]
        for w in counters["plain"] + counters["restricted"]:
            units[w] = ("count", w)
        for w in counters.get("ages", []):
            units[w] = ("age", w)
        for w in counters.get("measures", []):
            units[w] = ("measure", w)
        dur = r["durations"]
        for w in dur["always"]:
            units[w] = ("duration", w)
        for w in dur["cued"]:
            units[w] = ("duration_cued", w)
        sino = "".join(num["sino_digits"])
        small = "".join(num["small_units"])
        large = "".join(num["large_units"])
        q = r["qualifiers"]
    except KeyError as exc:
        raise RuleError(f"rules/numbers.toml: missing table or key {exc}") from exc

    dig = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    dm = rf"(?:{dig}(?:[{small}](?:{dig})?)?)"
    hm = rf"(?:(?<![가-힣])(?:[{sino[1:]}]?[{small}])+[{sino}]?)"
    # 경 (10^16) also opens everyday words (144경기, 3경우): a large unit only before 원 or a non-letter
    plain_large = "".join(c for c in large if c != "경")
    large_unit = rf"(?:[{plain_large}]|경(?=원|[^가-힣]|$))" if "경" in large else rf"[{large}]"
    group = rf"(?:(?:{dm}|{hm})여?{large_unit})"
    # "18만 1000개", "1만 4천 명": the last group may stand apart from a small remainder
    # (at most four digits, or digits with 천/백/십)
    rest = rf"(?:{dm}|\s\d{{1,4}}[{small}](?:\d{{1,3}})?|\s(?:\d{{1,4}}|\d,\d{{3}})(?![\d.,]))"
    number = rf"(?:{group}(?:\s?{group})*{rest}?|{dm})"
    dashes = _alt(r["ranges"]["dashes"], spaced=False)
    unit_alt = _alt([w for w in r["currencies"]] + list(r["percent"]) + list(units))
    pre_alt = _alt(q["before"])
    sign_alt = _alt(r["currency_signs"], spaced=False)
    left = r"(?<![\d.,A-Za-z·:/_])(?<!\d-)"
    # a one-character lookahead lets the scan skip most positions at once
    firsts = set("0123456789-−△" + sino + small) | {w[0] for w in q["before"]} | {w[0] for w in r["currency_signs"]}
    first = "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
    quantity_re = re.compile(
        rf"(?={first})"
        rf"(?:(?<![가-힣])(?P<pre>{pre_alt})\s?)?"
        rf"(?:(?P<sign>{sign_alt})\s?)?"
        rf"(?:(?<![\w.,%)])(?P<minus>[-−△])(?=\d))?"  # △: the minus of Korean budget tables
        rf"{left}(?P<num>{number})"
        rf"(?:\s?(?P<dash>{dashes})\s?(?P<num2>{number}))?"
        rf"(?![\d:/]|[-.·,]\d)"
        rf"(?P<yeo>여)?"
        rf"(?:\s?(?P<unit>{unit_alt}))?"
    )
    native_units = [w for w in counters["plain"] + counters["restricted"] if is_hangul(w[0])]
    native_units += ["달", "시간", "주", "주일", "해"]
    nat_first = "[" + "".join(sorted({w[0] for w in num["native"]} | {w[0] for w in q["before"]})) + "]"
    native_re = re.compile(
        rf"(?={nat_first})(?<![가-힣\d])(?:(?P<pre>{pre_alt})\s)?(?P<nat>{_alt(num['native'])})(?:\s|(?=달))(?P<yeo>여)?"
        rf"(?P<unit>{_alt(native_units)})"
    )
    days_re = re.compile(rf"(?<![가-힣])(?P<nat>{_alt(num['days'])})(?P<yeo>여)?")
    post_words = {k: v for k, v in q["after"].items() if k != "여"}
    post_re = re.compile(rf"(?P<yeo>여)?(?:\s?(?P<post>{_alt(post_words)}))?")
    band_re = re.compile(_alt(q["band"]))
    cue_after_re = re.compile(rf"\s?{_alt(dur['cues_after'])}")
    cue_before_re = re.compile(rf"{_alt(dur['cues_before'])}\s$")
    reject_after_re = re.compile(_alt(counters["reject_after"]))
    passed = q["passed"]
    passed_re = re.compile(rf"{_alt(passed['particles'], spaced=False)}?\s?{_alt(passed['words'], spaced=False)}")
    ctx_words = _alt(r["money_context"]["words"], spaced=False)
    return Grammar(
        rules=r,
        quantity_re=quantity_re,
        native_re=native_re,
        days_re=days_re,
        post_re=post_re,
        band_re=band_re,
        cue_after_re=cue_after_re,
        cue_before_re=cue_before_re,
        reject_after_re=reject_after_re,
        passed_re=passed_re,
        units=units,
        signs=dict(r["currency_signs"]),
        before_q={k.replace(" ", ""): v for k, v in q["before"].items()},
        after_q={k.replace(" ", ""): v for k, v in q["after"].items()},
        native={**num["native"]},
        days={**num["days"]},
        restricted=frozenset(counters["restricted"]),
        decades=frozenset(counters["decades"]),
        written_large=frozenset(counters["written_large"]),
        household_nouns=tuple(counters.get("household_nouns", [])),
        large_count_units=frozenset(counters.get("large_count_units", ())),
        address_units=frozenset(counters.get("address_units", ())),
        cohort_units=frozenset(counters.get("cohort_units", ())),
        cohort_nouns=tuple(counters.get("cohort_nouns", ())),
        ratio=frozenset(counters["ratio"]),
        not_nouns=frozenset(counters["not_nouns"]["words"]),
        cues_before_units=frozenset(dur["cues_before_units"]),
        money_context_re=re.compile(ctx_words),
    )


# ---------------------------------------------------------------- quantities


@dataclass
class Quantity:
    """One figure found in the text, before it becomes a record."""

    start: int
    end: int
    value: float
    kind: str  # money | count | duration | percent | age | measure | bare
    unit: str | None  # currency code, counter, %/%p, duration unit; None for a bare number
    qualifier: str = "exact"
    value_max: float | None = None
    unit_start: int = -1
    unit_end: int = -1
    scale: int | None = None  # smallest 만/억/조 of the number, for ranges and arrows
    noun: str | None = None

    @property
    def change_unit(self) -> str | None:
        return self.unit if self.kind in ("money", "count", "percent", "age", "measure") else None


@dataclass
class Analysis:
    quantities: list[Quantity] = field(default_factory=list)
    changes: list = field(default_factory=list)  # newsx.extract.changes.ChangeFound
    claimed: set = field(default_factory=set)  # ids of quantities that are a change's compact endpoints
    index: DocIndex | None = None


def _qualifier(pre: str | None, yeo: bool, post: str | None, g: Grammar) -> str:
    if post:
        return g.after_q.get(re.sub(r"\s", "", post), "exact")
    if pre:
        return g.before_q.get(re.sub(r"\s", "", pre), "exact")
    return "approx" if yeo else "exact"


def _starts_ordinal(text: str, pos: int) -> bool:
    """A number right after a word-initial 제 is an ordinal (제1차, 제54회)."""
    return pos >= 1 and text[pos - 1] == "제" and (pos < 2 or not is_hangul(text[pos - 2]))


def _sentence_bounds(ctx, pos: int) -> tuple[int, int]:
    i = ctx.sentence_of(pos) if ctx is not None else -1
    if i >= 0 and ctx.sentences:
        return ctx.sentences[i]
    return 0, 10**12


def _money_context(text: str, s: int, e: int, ctx, g: Grammar) -> bool:
    ss, se = _sentence_bounds(ctx, s)
    mc = g.rules["money_context"]
    j = s
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j > 0 and text[j - 1] in mc["law_suffixes"]:
        return False
    before = text[max(ss, s - mc["before_window"]) : s]
    after = text[e : min(se, e + mc["after_window"])]
    return bool(g.money_context_re.search(before) or g.money_context_re.search(after))


def _duration_cued(text: str, q_start: int, end: int, unit: str, value: float, yeo: bool, g: Grammar, qualifier: str = "exact") -> bool:
    dur = g.rules["durations"]
    if unit == "년" and value > dur["max_years"]:
        return False
    if yeo or g.cue_after_re.match(text, end):
        return True
    if qualifier in ("approx", "at_least", "at_most"):  # 90일 이내, 10년 넘게: dates take no qualifier
        return True
    if unit == "일" and value > dur["max_day_of_month"] and value == int(value):
        return True
    if unit in g.cues_before_units and g.cue_before_re.search(text, max(0, q_start - 6), q_start):
        return True
    if unit in dur.get("from_to_units", ()):  # 평균 5년에서 3년으로: both sides of a change in years
        u = re.escape(unit)
        if re.match(rf"\s?에서\s*(?:[^\s\d]{{1,4}}\s+){{0,2}}\d{{1,3}}(?:\.\d+)?\s?{u}\s?(?:으로|로)", text[end : end + 30]):
            return True
        if re.match(r"\s?(?:으로|로)", text[end : end + 3]) and re.search(
            rf"(?<![\d.,])\d{{1,3}}(?:\.\d+)?\s?{u}\s?에서\s*(?:[^\s\d]{{1,4}}\s+){{0,2}}$", text[max(0, q_start - 30) : q_start]
        ):
            return True
    return False


_DECADES = frozenset(float(v) for v in range(10, 100, 10))


def _written_large(text: str, q: Quantity) -> bool:
    """The number has a thousands comma or a 천/만/억/조 (4,000호, 120만 주), as counts write it."""
    return _LARGE_MARK.search(text, q.start, q.unit_start) is not None


_LARGE_MARK = re.compile(r"[,천만억조]")


def _finish(text: str, q: Quantity, yeo: bool, pre: str | None, idx: DocIndex, g: Grammar, q_start_noqual: int) -> Quantity | None:
    """Post qualifiers, duration cues and counter rules for a matched unit; None rejects the figure."""
    m = g.post_re.match(text, q.end)
    post = None
    if m and (m.group("yeo") or m.group("post")):
        end = m.end()
        if idx.boundary(end) or m.group("post") is None:
            post = m.group("post")
            yeo = yeo or bool(m.group("yeo"))
            q.end = end if post or m.group("yeo") else q.end
    if q.kind in ("money", "percent") and not post:
        b = g.band_re.match(text, q.end)
        if b and idx.boundary(b.end()):
            q.end = b.end()
            post = None
            yeo = True
    if q.qualifier != "range":
        q.qualifier = _qualifier(pre, yeo, post, g)
        if q.qualifier == "exact" and g.passed_re.match(text, q.end):
            q.qualifier = g.rules["qualifiers"]["passed"]["qualifier"]
    if q.kind == "duration_cued":
        if _duration_cued(text, q_start_noqual, q.end, q.unit, q.value, yeo, g, q.qualifier):
            q.kind = "duration"
        elif q.unit in g.large_count_units and _written_large(text, q):
            q.kind = "count"  # 402만 1,505주, 120만 주: shares, not weeks
        else:
            return None
    if q.kind == "count":
        if g.reject_after_re.match(text, q.unit_end):
            return None
        if q.unit in g.ratio and re.match(r"\s?\d", text[q.unit_end : q.unit_end + 2]):
            return None
        large = q.unit in g.written_large and _written_large(text, q)
        if q.unit in g.written_large and not large:
            prev = idx.prev_word(q.start)
            noun = text[prev[0] : prev[1]] if prev and idx.is_noun_word(*prev) else ""
            # 시범농가 58호 counts farms, 강동구(620호) the units of a place; 202호 is a room
            aside = text[q.start - 1 : q.start] == "(" and text[q.unit_end : q.unit_end + 1] == ")"
            if not noun.endswith(g.household_nouns) and not aside:
                return None
        if q.unit in g.cohort_units:
            prev = idx.prev_word(q.start)
            if prev and text[prev[0] : prev[1]].endswith(g.cohort_nouns):
                return None  # 민선 8기: a term, not eight things
        if q.unit in g.address_units and re.match(r"\s?\d", text[q.unit_end : q.unit_end + 2]):
            return None  # 101동 202호: a building number in an address
        if q.unit in g.restricted and not large:  # 4,000호 공급: a number this large numbers nothing
            # attributive use: the counter closes its word and a noun follows (5대 과제, 1인 가구)
            # - but not before a word that stands apart from the figure (17만 6000호 가운데, 5만호 중)
            if q.unit_end >= len(text) or text[q.unit_end] in " \t":
                nxt = idx.next_word(q.end)
                if nxt and q.end == q.unit_end and idx.starts_with_noun(*nxt) and idx.noun_prefix(*nxt) not in g.not_nouns:
                    return None
            if q.unit in g.decades and q.qualifier in ("exact", "range") and q.value in _DECADES and (q.value_max or 10.0) in _DECADES:
                prev = idx.prev_word(q.start)
                if not prev or not idx.is_noun_word(*prev):
                    return None
    return q


def find_quantities(doc, ctx=None, idx: DocIndex | None = None) -> list[Quantity]:
    """Every figure in doc.text, in order: money, counts, durations, percentages and bare numbers."""
    g = grammar()
    idx = idx or DocIndex(doc)
    text = idx.text
    out: list[Quantity] = []
    for m in g.quantity_re.finditer(text):
        num_s = m.start("num")
        if _starts_ordinal(text, num_s):
            continue
        numtext = m.group("num")
        value = parse_number(numtext)
        if value is None:
            continue
        minus = m.group("minus") is not None
        if re.match(r"[가-힣]", numtext):  # written out: Kiwi must agree it is a numeral
            tags = idx.tags(num_s, m.end("num"))
            if idx.known and (not tags or any(t not in ("NR", "SN") for t in tags)):
                continue
        scale = smallest_large_unit(numtext)
        value_max = None
        qualifier = "exact"
        if m.group("num2"):
            value_max = parse_number(m.group("num2"))
            s2 = smallest_large_unit(m.group("num2"))
            if scale is None and s2 is not None:
                value *= s2
                scale = s2
            elif s2 is None and scale is not None and value_max < value:  # 1200만~4600원: 4600만
                value_max *= scale
            qualifier = "range"
        unit_text = m.group("unit")
        sign = m.group("sign")
        yeo = bool(m.group("yeo")) or "여" in numtext
        start = m.start()
        num_end = m.end("num2") if m.group("num2") else m.end("num")
        if unit_text is not None and not idx.boundary(m.end("unit")):
            unit_text = None
        if unit_text is not None and re.fullmatch(r"[A-Za-z]+", unit_text[-1]) and re.match(r"[A-Za-z0-9]", text[m.end("unit") : m.end("unit") + 1]):
            unit_text = None
        end = m.end("unit") if unit_text is not None else (m.end("yeo") if m.group("yeo") else num_end)
        pre = m.group("pre")
        if unit_text is None:
            kind, unit = ("money", g.signs[sign]) if sign else ("bare", None)
        else:
            kind, unit = g.units[re.sub(r"\s", "", unit_text)]
            if sign and kind == "money":
                unit = g.signs[sign]
            elif sign:
                continue
        if kind == "bare" and pre:
            start = m.start("sign") if sign else num_s
            pre = None
        q = Quantity(
            start=start,
            end=end,
            value=value,
            kind=kind,
            unit=unit,
            qualifier=qualifier,
            value_max=value_max,
            unit_start=m.start("unit") if unit_text is not None else -1,
            unit_end=m.end("unit") if unit_text is not None else -1,
            scale=scale,
        )
        if kind == "bare":
            if scale is not None and scale >= 10**8 and _money_context(text, q.start, q.end, ctx, g):
                q.kind, q.unit = "money", "KRW"
                q = _finish(text, q, yeo, m.group("pre"), idx, g, num_s)
                if q is None:
                    continue
                if m.group("pre"):
                    q.start = m.start()
            else:
                q.qualifier = "range" if value_max is not None else ("approx" if yeo else "exact")
            out.append(q)
            continue
        q = _finish(text, q, yeo, pre, idx, g, m.start())
        if q is None:
            continue
        if minus and q.kind == "percent":  # -3.5% is a fall; elsewhere the dash is punctuation
            q.value = -q.value
            q.value_max = None if q.value_max is None else -q.value_max
        elif minus and q.start == m.start("minus"):
            q.start = num_s
        out.append(q)
    out.extend(_native_quantities(text, idx, g))
    out.sort(key=lambda q: q.start)
    return _merge_ranges(text, out, g)


def _native_quantities(text: str, idx: DocIndex, g: Grammar) -> list[Quantity]:
    out = []
    for m in g.native_re.finditer(text):
        ns, ne = m.span("nat")
        if idx.known:
            tags = idx.tags(ns, ne)
            if not tags or any(t not in ("MM", "NR") for t in tags):
                continue
        if not idx.boundary(m.end("unit")):
            continue
        unit = m.group("unit")
        kind, u = g.units.get(unit, ("duration", unit))
        if unit == "해":
            kind, u = "duration_cued", "년"
        value = float(g.native[m.group("nat")])
        if kind == "count" and value == 1:
            continue
        q = Quantity(
            start=m.start(), end=m.end(), value=value, kind=kind, unit=u,
            unit_start=m.start("unit"), unit_end=m.end("unit"),
        )
        q = _finish(text, q, bool(m.group("yeo")), m.group("pre"), idx, g, m.start())
        if q is not None:
            out.append(q)
    for m in g.days_re.finditer(text):
        if not idx.boundary(m.end()) and not m.group("yeo"):
            if not g.cue_after_re.match(text, m.end()):
                continue
        q = Quantity(start=m.start(), end=m.end(), value=float(g.days[m.group("nat")]), kind="duration_cued", unit="일",
                     unit_start=m.start(), unit_end=m.end())
        q = _finish(text, q, bool(m.group("yeo")), None, idx, g, m.start())
        if q is not None:
            out.append(q)
    return out


_RANGE_JOIN = None


def _merge_ranges(text: str, qs: list[Quantity], g: Grammar) -> list[Quantity]:
    """1억원~2억원 and A에서 B 사이 become one range figure."""
    global _RANGE_JOIN
    if _RANGE_JOIN is None:
        dashes = _alt(g.rules["ranges"]["dashes"], spaced=False)
        _RANGE_JOIN = (re.compile(rf"\s?{dashes}\s?"), re.compile(r"에서\s?"), re.compile(rf"\s?{g.rules['ranges']['between']}"))
    dash_re, from_re, between_re = _RANGE_JOIN
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs) and q.kind != "bare" and q.qualifier == "exact":
            r = qs[i + 1]
            gap = text[q.end : r.start]
            same = r.kind == q.kind and r.unit == q.unit and r.qualifier == "exact"
            m_between = between_re.match(text, r.end) if from_re.fullmatch(gap) else None
            if same and (dash_re.fullmatch(gap) or m_between):
                q.value_max = r.value
                q.qualifier = "range"
                q.end = m_between.end() if m_between else r.end
                out.append(q)
                i += 2
                continue
        out.append(q)
        i += 1
    return out


def analyse(doc, ctx) -> Analysis:
    """The quantities and changes of `doc`, computed once and kept in `ctx.cache`."""
    cache = ctx.cache if ctx is not None else {}
    found = cache.get(CACHE_KEY)
    if found is not None and found[0] is doc:
        return found[1]
    from .changes import find_changes  # changes builds on the quantities

    idx = DocIndex(doc, getattr(ctx, "text", None))
    qs = find_quantities(doc, ctx, idx)
    result = Analysis(quantities=qs, index=idx)
    result.changes, result.claimed = find_changes(idx.text, qs, ctx)
    cache[CACHE_KEY] = (doc, result)
    return result


def records(doc, ctx, kind: str, model, *, unit_field: str = "unit", unclaimed: bool = False, extra=None) -> list:
    """Records of one kind of quantity ("money", "count", "duration", "percent") as `model`s.

    `unit_field` names the model's unit field (currency for money); `unclaimed` drops the
    figures a change has claimed as its endpoints; `extra(q, analysis)` adds fields.
    """
    res = analyse(doc, ctx)
    text = res.index.text
    out = []
    for q in res.quantities:
        if q.kind != kind or (unclaimed and id(q) in res.claimed):
            continue
        fields = {
            "text": text[q.start : q.end],
            "span": (q.start, q.end),
            "sentence": ctx.sentence_of(q.start),
            "value": q.value,
            unit_field: q.unit,
            "qualifier": q.qualifier,
            "value_max": q.value_max,
        }
        if extra is not None:
            fields.update(extra(q, res))
        out.append(model(**fields))
    return out
