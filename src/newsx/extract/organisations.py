"""Organisations: one record per organisation, with every mention.

Stages of `extract`:
 1. Gazetteer: names, short forms and former names from rules/organisations.tsv,
    found where a word starts and ending where the word ends or only particles
    follow (산업부는, 해수부와의); 성남시장 is a title, not 성남시. Local
    governments count only where they act (서울시는, 서울시 관계자), not in an
    address (경기 성남시 상대원동).
 2. Rules for unlisted names (rules/org_rules.toml): a business group's Latin
    prefix glued to a Hangul name (HD현대미포, SK에너지), a Latin name with an
    organisation noun (CU편의점 -> alias CU), name endings that mark an
    organisation (레인보우로보틱스, 인재영입위원회), ㈜ marks, a name right after
    업체/기업 (농기계업체 티와이엠), and "<name> 얼라이언스/컨소시엄".
 3. Lists: the name-like items of "A, B, C 등 N개 기업/기관" and of lists in
    which some item already is an organisation. An item may carry a bracket
    (도쿄일렉트론(TEL)); in a list of organisations a Hangul word Kiwi does not
    know with a Latin short form is a (transliterated) name. A word Kiwi knows
    as an ordinary noun (용수, 인허가, 부품) is an item only when at least half
    of the other items are clearly names (대상 among 동원, 풀무원). A segment
    opened by a topic particle (투자에는 삼성전자) ends the list.
    Also "<X>대학" right after a foreign country or city (네덜란드 바헤닝언대학),
    X a name ([foreign_universities] in rules/org_rules.toml).
 4. Declared aliases: "X(이하 Y)", "X(장관 ..., 이하 ‘Y’)", "X(Y)" where Y
    abbreviates X (과기정통부) or is an acronym (WTO); later mentions of Y are X's.
 5. Records: name = the full name (a renamed body keeps the name the text
    uses), aliases = declared ones + the gazetteer's short forms + former names
    the text uses; mentions sorted, nested ones dropped.

The lists and rules, and where a name ends inside a word (산업부는), come from
`newsx.extract.gazetteer`.

Not organisations: generic words (정부, 산업계, 기업), people and their titles
(김정관 장관), bare place names (서울, 경남 하동), and working groups of an
organisation (AI 팩토리 분과): they are parts or programmes, not bodies that
act on their own, and no rule produces them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from typing import NamedTuple

from spacy.tokens import Doc

from ..models import Mention, Organisation
from .base import Context
from .gazetteer import Entry, Gazetteer, Rules, boundary_ok, gazetteer, is_particles, rules, strip_particles, user_words

__all__ = ["extract", "user_words", "gazetteer", "rules"]

_WORD = re.compile(r"[0-9A-Za-z가-힣]+(?:[.&+\-][0-9A-Za-z가-힣]+)*")
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_NUMBERED = re.compile(r"\d{2,}[가-힣]?$")
_LETTER = re.compile(r"[A-Za-z가-힣]")
_NEXT_LETTERS = re.compile(r"\s*([가-힣A-Z]+)")
_PREV_WORD = re.compile(r"([0-9A-Za-z가-힣]+)\s+$")
_NEXT_WORD = re.compile(r"[0-9A-Za-z가-힣]*\s+([0-9A-Za-z가-힣]+)")
_LATIN_HANGUL = re.compile(r"([A-Z][A-Za-z0-9&]{0,5})([가-힣][가-힣0-9]*)")
_MARK = ("㈜", "(주)", "（주）")
_MARK_BEFORE = (*_MARK, "주식회사")
_QUOTES = "‘’'\"“”「」『』<>《》〈〉"


@lru_cache(maxsize=8192)
def _tags(word: str) -> tuple[tuple[str, str, float], ...]:
    """Kiwi's best analysis of a word alone: (form, tag, score) per morpheme."""
    from ..korean import get_kiwi

    tokens = get_kiwi().analyze(word, top_n=1)[0][0]
    return tuple((t.form, t.tag, t.score) for t in tokens)


# Kiwi gives a word outside its dictionary a morpheme score far below a known
# noun's (코넥 -20.9, 마린웍스 -26.3; 로봇 -11.4, 관계자 -11.2): a single unknown
# noun is most likely a name.
_UNKNOWN_SCORE = -19.0
_UNKNOWN_PER_SYLLABLE = -7.0


def _is_place(word: str, g: Gazetteer, r: Rules) -> bool:
    if word in r.countries or word in g.bare_places:
        return True
    e = g.surfaces.get(word)
    return bool(e and e.place)


def _name_like(stem: str, g: Gazetteer, r: Rules, loose: bool = False) -> bool:
    """Could `stem` be a name (코넥, 마린웍스, SK) rather than a common noun, place or phrase?"""
    if len(stem) < 2 or stem in r.generic or stem in r.generic_prefixes or _is_place(stem, g, r):
        return False
    if stem.isdigit() or _NUMBERED.search(stem) or not _LETTER.search(stem):
        return False
    if _LATIN.search(stem):
        return stem not in r.latin_generic
    if stem in g.surfaces:
        return True
    tags = _tags(stem)
    if any(t.startswith(("V", "E", "M", "J", "XSV", "XSA")) for _, t, _ in tags):
        return False
    if any(t == "NNP" for _, t, _ in tags):
        return True
    if len(tags) == 1:
        return tags[0][1] == "NNG" and (loose or tags[0][2] < _UNKNOWN_SCORE)
    # a name Kiwi cuts into nouns it barely knows (뷰노 -> 뷰 + 노, 딥엑스 -> 딥 + 엑스) scores far
    # lower per syllable than a compound of real words (이차전지, 의료기기, 자율주행)
    return (
        loose
        and all(t in ("NNG", "NNB", "NR", "XSN") for _, t, _ in tags)
        and sum(sc for _, _, sc in tags) / len(stem) < _UNKNOWN_PER_SYLLABLE
    )


# A word Kiwi reads, among its best analyses, as one common noun (NNG) scoring at least this is an
# ordinary noun (부품 -11.6, 인허가 -14.0; 용수 is NNP -13.3 but also NNG -13.9), not a name Kiwi
# does not know (코넥 -20.9, 원익 -17.0).
_COMMON_SCORE = -15.0


@lru_cache(maxsize=8192)
def _common_noun(word: str) -> bool:
    """Whether Kiwi knows `word` as one ordinary noun (부품, 용수, 인허가), whatever its best reading."""
    from ..korean import get_kiwi

    for tokens, _ in get_kiwi().analyze(word, top_n=3):
        if len(tokens) == 1 and tokens[0].form == word and tokens[0].tag == "NNG" and tokens[0].score > _COMMON_SCORE:
            return True
    return False


def _is_person(stem: str, text: str, end: int, r: Rules) -> bool:
    nxt = _NEXT_LETTERS.match(text, end)
    if nxt and nxt.group(1).startswith(r.title_starts):
        return True
    return len(stem) == 3 and stem[0] in r.surnames and bool(_HANGUL.fullmatch(stem[1:]))


# ---------------------------------------------------------------- candidates


@dataclass
class _Org:
    key: str
    name: str
    kind: str
    entry: Entry | None = None
    declared: list[str] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)  # head-stripped short forms (CU of CU편의점)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)


class _State:
    def __init__(self, text: str):
        self.text = text
        # the words (_WORD matches: starts and texts), and where a word starts (a letter or digit not
        # after one: a word's start or one after a connector inside it, 3.5, A&B): every stage looks
        # at them, so they are found once
        self.word_starts, self.word_texts = _matches(_WORD_SPLIT, text)
        self.inner_starts = [m.end() for m in _INNER_START.finditer(text)]
        self.starts = sorted(self.word_starts + self.inner_starts) if self.inner_starts else self.word_starts
        self.vocabulary = set(self.word_texts)
        self.facts: dict[str, _Facts] = {}  # of every word of `vocabulary`, by `_learn`
        self.groups: dict[str, set[str]] = {}  # the words each word rule looks at, by `_learn`
        self.orgs: dict[str, _Org] = {}
        self.spans: list[tuple[int, int]] = []
        # Fenwick tree over start offsets holding the furthest end of a mention starting
        # at or before each offset: `covered` is asked for every word of the text.
        self._reach = [0] * (len(text) + 2)

    def add(self, key: str, name: str, kind: str, s: int, e: int, entry: Entry | None = None) -> _Org:
        org = self.orgs.get(key)
        if org is None:
            org = self.orgs[key] = _Org(key, name, kind, entry)
        org.mentions[(s, e)] = self.text[s:e]
        self.spans.append((s, e))
        tree, i = self._reach, s + 1
        while i < len(tree):
            if tree[i] < e:
                tree[i] = e
            i += i & -i
        return org

    def covered(self, s: int, e: int) -> bool:
        """Whether a mention added so far holds [s, e)."""
        tree, i, reach = self._reach, min(s, len(self._reach) - 2) + 1, 0
        while i > 0:
            if tree[i] > reach:
                reach = tree[i]
            i -= i & -i
        return reach >= e


_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
# a connector between letters or digits (the look-behind after it, so that the search only stops at connectors)
_INNER_START = re.compile(r"[.&+\-](?<=[0-9A-Za-z가-힣][.&+\-])(?=[0-9A-Za-z가-힣])")


def _matches(split: re.Pattern, text: str) -> tuple[list[int], list[str]]:
    """Starts and texts of the matches of `split` (one group around the whole pattern) in `text`:
    splitting and adding up lengths is faster than a Match object per word."""
    pieces = split.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    return offsets[1:-1:2], pieces[1::2]


def _starting(text: str, starts: list[int], firsts: dict) -> list[int]:
    """The starts at which the text's next character is a key of `firsts` (tested without a Python loop)."""
    return list(compress(starts, map(firsts.__contains__, map(text.__getitem__, starts))))


def _gazetteer_hits(st: _State, g: Gazetteer, r: Rules):
    """(start, end, surface, entry, particles) of every gazetteer surface at a word start."""
    text = st.text
    two_chars, one_char = g.lengths_by_prefix
    # the words whose first characters may open a surface, and the word starts inside words that do
    chosen = st.vocabulary & st.groups.get(_SURFACE, set())
    starts = list(compress(st.word_starts, map(chosen.__contains__, st.word_texts)))
    inner = [i for i in st.inner_starts if text[i : i + 2] in two_chars or text[i] in one_char]
    for i in sorted(starts + inner) if inner else starts:
        lengths = two_chars.get(text[i : i + 2]) or one_char.get(text[i])
        if lengths is None:
            continue
        for n in lengths:
            if i + n > len(text):
                continue
            s = text[i : i + n]
            entry = g.surfaces.get(s)
            if entry is None:
                continue
            rest = boundary_ok(text, i + n, r)
            if rest is None:
                continue
            yield i, i + n, s, entry, rest
            break


def _prev_word(text: str, s: int) -> str:
    m = _PREV_WORD.search(text[max(0, s - 30) : s])
    return m.group(1) if m else ""


def _next_word(text: str, e: int) -> str:
    m = _NEXT_WORD.match(text[e : e + 40])
    return m.group(1) if m else ""


def _address_word(word: str, g: Gazetteer, r: Rules) -> bool:
    """Whether a word is part of an address (서울, 중구, 성남시, 상대원동)."""
    if not word:
        return False
    if word in g.bare_places or word in r.countries:
        return True
    e = g.surfaces.get(word)
    return bool(e and e.place) or (len(word) <= 5 and word.endswith(("구", "군", "시", "동", "읍", "면")))


# "경상북도 142억원": an amount right after a local government is what it receives or spends.
_FIGURE_BRACKET = re.compile(r"\(\s?[-+△▲▼]?\d")
_AMOUNT_BRACKET = re.compile(r"\(\s?[0-9][0-9,.]*\s?(?:[십백천만억조]\s?[0-9,.]*\s?)*(?:원|달러)\)")
_AMOUNT_NEXT = re.compile(r"\s[0-9][0-9,.]*\s?(?:[십백천만억조]\s?[0-9,.]*\s?)*(?:원|달러)")


def _place_acts(text: str, s: int, e: int, rest: str, g: Gazetteer, r: Rules) -> bool:
    """Whether a local-government name is the body acting (서울시는) rather than a location."""
    if not rest and _AMOUNT_BRACKET.match(text, e):
        return True  # 경북 예천군(24억 8천만원): the local government with the sum it received or spends
    if not rest and text[e : e + 1] == "(":
        close = text.find(")", e, e + 40)
        if close > 0:  # 창원시(시장 홍남표)는: the particles after the bracket
            e = close + 1
            rest = boundary_ok(text, e, r) or ""
    nxt = _next_word(text, e)
    prev = _prev_word(text, s)
    stem = strip_particles(prev, r) if prev else ""
    if stem and (stem in g.bare_places or stem in r.countries):
        # 경기 성남시 상대원동: part of an address; 경남 창원시는, 경기 성남시 관계자는: the body acts
        return rest in r.region_agent_particles or (not rest and nxt in r.agent_next)
    if not rest:
        if _AMOUNT_NEXT.match(text, e):
            return True
        if nxt and (nxt.endswith(r.address_endings) and not nxt.endswith(tuple(r.agent_next)) and len(nxt) <= 5):
            return False
        return nxt in r.agent_next
    return rest in r.agent_particles


def _suffix_kind(stem: str, g: Gazetteer, r: Rules) -> str | None:
    """Kind of organisation a name ending marks (레인보우로보틱스 -> company), if the name part is a name."""
    memo = r.suffix_memo
    if stem not in memo:
        if len(memo) > 200_000:
            memo.clear()
        memo[stem] = _find_suffix_kind(stem, g, r)
    return memo[stem]


def _find_suffix_kind(stem: str, g: Gazetteer, r: Rules) -> str | None:
    for index, strict in ((r.inst_index, False), (r.comm_index, True)):
        for suf, kind in index.matching(stem):
            head = stem[: -len(suf)]
            if len(head) < 2 and not _LATIN.search(head):
                continue
            if head in r.generic or head in r.generic_prefixes or head in r.countries or head in r.latin_generic:
                continue
            if head.rstrip("-&.+") in r.latin_generic:
                continue  # K-반도체: a slogan, not a company
            if r.long_prefix_index.ends(head) and not _LATIN.search(head):
                # 인터넷전문은행 is a kind of bank; 한국스마트제조산업협회 is a body's name
                if strict or not _opens_name(head, g, r):
                    continue
            if strict:
                if _is_place(head, g, r):
                    continue
                if not (_LATIN.search(head) or _brand(head, g) or _name_like(head, g, r)):
                    continue
            elif _is_place(head, g, r) and kind == "company":
                continue
            return kind
    return None


def _opens_name(head: str, g: Gazetteer, r: Rules) -> bool:
    """Whether a long name part starts like a body's name: a country, region or 대한/국립 (한국스마트제조산업)."""
    if len(head) < 4:
        return False
    return any(
        head[:n] in r.countries or head[:n] in g.bare_places or head[:n] in r.name_openers for n in (2, 3)
    )


def _brand(head: str, g: Gazetteer) -> bool:
    e = g.surfaces.get(head)
    return bool(e and e.kind == "company")


class _Facts(NamedTuple):
    """What the word rules need to know of a word alone (words repeat, so these are kept)."""

    stem: str  # without its particles
    latin_parts: tuple[str, str] | None  # the Latin and Hangul parts of a stem like SK에너지
    latin_ok: bool  # whether that Latin part may be a name
    has_ending: bool  # whether the stem has an organisation ending
    affiliate: str | None  # kind of a listed company's name + [suffixes.after_company] ending (네이버클라우드)
    civic: bool  # <X>연대/<X>연합 + an agent particle, X a name (참여연대는)


def _word_facts(word: str, g: Gazetteer, r: Rules) -> _Facts:
    """The facts of a word (see `_learn`, which keeps them)."""
    stem = strip_particles(word, r)
    lm = _LATIN_HANGUL.fullmatch(stem)
    return _Facts(
        stem,
        lm.groups() if lm else None,
        lm is not None and lm.group(1) not in r.latin_generic,
        r.inst_index.ends_properly(stem) or r.comm_index.ends_properly(stem),
        _affiliate_kind(word, stem, g, r),
        _civic_word(word, stem, g, r),
    )


# The word rules: each looks at the words of one group (and `_rule_candidates` at some others too).
_RULE = "rule"  # a Latin prefix that may be a name, or an organisation ending (SK에너지, 레인보우로보틱스)
_AFFILIATE = "affiliate"
_CIVIC = "civic"
_SURFACE = "surface"  # may open a gazetteer surface: its first characters open one (or it has one character)


def _learn(st: _State, g: Gazetteer, r: Rules) -> None:
    """Work out the facts of the text's words not seen before, and remember them (words repeat)."""
    memo, groups = r.word_memo, r.word_groups
    new = st.vocabulary.difference(memo)
    if len(memo) + len(new) > 200_000:  # a long batch must not grow these forever
        memo, groups = r.word_memo, r.word_groups = {}, {}
        new = st.vocabulary
    for group in (_RULE, _AFFILIATE, _CIVIC, _SURFACE):
        groups.setdefault(group, set())
    rule, affiliate, civic, surface = groups[_RULE], groups[_AFFILIATE], groups[_CIVIC], groups[_SURFACE]
    two_chars, one_char = g.lengths_by_prefix
    for w in new:
        f = _word_facts(w, g, r)
        if f.latin_ok or f.has_ending:
            rule.add(w)
        if f.affiliate:
            affiliate.add(w)
        if f.civic:
            civic.add(w)
        if len(w) == 1 or w[:2] in two_chars or w[0] in one_char:
            surface.add(w)
        memo[w] = f  # last: a word in the memo is in its groups (for another thread's text)
    st.facts, st.groups = memo, groups


def _words_in(st: _State, group: str, at: set[int] = frozenset()) -> list[tuple[int, str, _Facts]]:
    """(start, word, facts) of the words of the text in `group` or starting `at`, in text order."""
    starts, words, facts = st.word_starts, st.word_texts, st.facts
    chosen = st.vocabulary & st.groups.get(group, set())
    picked = list(compress(range(len(words)), map(chosen.__contains__, words))) if chosen else []
    if at:
        more = {k for k in (bisect_left(starts, p) for p in at) if k < len(starts) and starts[k] in at}
        picked = sorted(more.union(picked))
    return [(starts[k], words[k], facts[words[k]]) for k in picked]


def _near_marks(st: _State) -> set[int]:
    """Starts of the words a company mark (㈜, 주식회사) may go with: the word after a mark and spaces,
    and the word the mark follows."""
    text, near = st.text, set()
    for mark in _MARK_BEFORE:
        p = text.find(mark)
        while p >= 0:
            s = p + len(mark)
            while text.startswith(" ", s):
                s += 1
            near.add(s)
            k = bisect_right(st.word_starts, p) - 1
            if k >= 0:
                near.add(st.word_starts[k])
            p = text.find(mark, p + 1)
    return near


@lru_cache(maxsize=4)
def _after_head_re(heads: tuple[str, ...]) -> re.Pattern:
    return re.compile("[" + "".join(sorted({re.escape(h[-1]) for h in heads})) + r"]\s+")


def _rule_candidates(st: _State, g: Gazetteer, r: Rules) -> None:
    text = st.text
    has_marks = any(mark in text for mark in _MARK_BEFORE)
    # where a word starts after an apposition head (업체, 기업) and white space
    after_head = {m.end() for m in _after_head_re(r.appos_heads).finditer(text)} if r.appos_heads else set()
    # most words meet none of the rules' first conditions; skip them before the costlier checks
    for s, word, facts in _words_in(st, _RULE, after_head | _near_marks(st) if has_marks else after_head):
        stem, latin_parts, latin_ok, has_ending = facts.stem, facts.latin_parts, facts.latin_ok, facts.has_ending
        e = s + len(stem)
        marked = has_marks and (
            text[max(0, s - 6) : s].rstrip(" ").endswith(_MARK_BEFORE) or text.startswith(_MARK, e)
        )
        if not (latin_ok or marked or has_ending or s in after_head):
            continue
        if st.covered(s, e) or stem in r.generic or stem in g.surfaces:
            continue
        # Latin group prefix or Latin name + organisation noun
        if latin_ok:
            latin, hangul = latin_parts
            if hangul in r.latin_heads:
                org = st.add(stem, stem, _suffix_kind(stem, g, r) or "company", s, e)
                if latin not in org.derived:
                    org.derived.append(latin)
                continue
            if latin in r.latin_prefixes and len(hangul) >= 2 and hangul not in r.generic:
                st.add(stem, stem, _suffix_kind(stem, g, r) or "company", s, e)
                continue
            # an unlisted capitalised prefix glued to a word Kiwi does not know (LIG넥스원)
            if len(latin) >= 2 and latin.isupper() and _name_like(hangul, g, r) and not _is_person(stem, text, e, r):
                st.add(stem, stem, _suffix_kind(stem, g, r) or "company", s, e)
                continue
        if marked and _name_like(stem, g, r):
            st.add(stem, stem, "company", s, e)
            continue
        kind = _suffix_kind(stem, g, r)
        if kind and not _is_person(stem, text, e, r):
            st.add(stem, stem, kind, s, e)
            continue
        prev = _prev_word(text, s)
        if prev and prev.endswith(r.appos_heads) and prev not in r.generic_prefixes:
            if _name_like(stem, g, r) and not _is_person(stem, text, e, r) and word != stem:
                st.add(stem, stem, "company" if not prev.endswith("기관") else "other", s, e)


def _coalitions(st: _State, g: Gazetteer, r: Rules) -> None:
    """'<name> 얼라이언스/컨소시엄': the name is Latin (M.AX), a known organisation, or a proper noun."""
    heads = [suf for suf, kind in r.inst_suffixes if kind == "coalition"]
    if not any(h in st.text for h in heads):
        return
    pat = re.compile(r"(?<![0-9A-Za-z가-힣.])([0-9A-Za-z가-힣]+(?:[.&\-][0-9A-Za-z가-힣]+)*) (" + "|".join(heads) + r")")
    for m in pat.finditer(st.text):
        name_part = m.group(1)
        if boundary_ok(st.text, m.end(), rules()) is None:
            continue
        if name_part in r.generic or _is_place(name_part, g, r):
            continue
        known = name_part in g.surfaces or name_part in st.orgs
        if not (known or _LATIN.search(name_part) or _name_like(name_part, g, r)):
            continue
        name = m.group(0)
        org = st.add(name, name, "coalition", m.start(), m.end())
        if not known and name_part not in org.derived:
            org.derived.append(name_part)


def _affiliate_kind(word: str, stem: str, g: Gazetteer, r: Rules) -> str | None:
    """Kind of a word that is a listed company's name glued to an [suffixes.after_company] ending."""
    if not stem.endswith(r.after_company_endings) or stem in g.surfaces:
        return None
    for suf, kind in r.after_company:
        head = stem[: -len(suf)]
        if len(stem) > len(suf) and stem.endswith(suf) and _brand(head, g):
            return kind
    return None


def _company_affiliates(st: _State, g: Gazetteer, r: Rules) -> None:
    """'네이버클라우드': a listed company's name glued to an [suffixes.after_company] ending."""
    for s, _, facts in _words_in(st, _AFFILIATE):
        stem = facts.stem
        if not st.covered(s, s + len(stem)):
            st.add(stem, stem, facts.affiliate, s, s + len(stem))


def _latin_ai_name(text: str, s: int, g: Gazetteer, r: Rules) -> tuple[int, int] | None:
    """(start, end) of '<Latin> AI' starting at s (NC AI), if its Latin part may be a name."""
    m = _LATIN_TAIL.match(text, s)
    if not m or m.group(2) not in r.latin_name_tails:
        return None
    latin = m.group(1)
    if latin in r.latin_generic or latin in r.latin_not_names or latin in r.countries:
        return None
    return m.start(), m.end()


# "NC AI", not after a word character: the look-behind comes after the first capital so that the
# search only stops at capitals
_LATIN_TAIL = re.compile(r"([A-Z](?<![0-9A-Za-z가-힣&.\-][A-Z])[A-Za-z0-9&]{1,5}) ([A-Z]{2,3})(?![0-9A-Za-z])")


def _latin_ai(st: _State, g: Gazetteer, r: Rules) -> None:
    """'NC AI는': a Latin name and AI followed by a particle (not by a noun: NC AI 모델)."""
    text = st.text
    if not any(t in text for t in r.latin_name_tails):
        return
    for m in _LATIN_TAIL.finditer(text):
        span = _latin_ai_name(text, m.start(), g, r)
        if not span or st.covered(*span):
            continue
        rest = boundary_ok(text, span[1], r)
        if rest:  # a particle, not '' (NC AI 모델) and not None (NC AIX)
            st.add(text[span[0] : span[1]], text[span[0] : span[1]], "company", *span)


def _civic_word(word: str, stem: str, g: Gazetteer, r: Rules) -> bool:
    """Whether a word is <X>연대/<X>연합 with an agent particle (참여연대는), X not generic or a place."""
    if word[len(stem) :] not in r.region_agent_particles:
        return False
    suf = next((x for x in r.civic_endings if stem.endswith(x)), None)
    if suf is None:
        return False
    head = stem[: -len(suf)]
    return not (
        len(head) < 2 or head in r.generic or head in r.generic_prefixes or head in r.civic_not_heads
        or _is_place(head, g, r) or stem in g.surfaces
    )


def _civic_groups(st: _State, g: Gazetteer, r: Rules) -> None:
    """'참여연대는 성명을 내고': <X>연대/<X>연합 acting, with an agent particle and a statement verb."""
    text = st.text
    for s, _, facts in _words_in(st, _CIVIC):
        stem = facts.stem
        e = s + len(stem)
        if st.covered(s, e):
            continue
        stop = re.search(r"[.!?](?:\s|$)|\n", text[e:])
        clause = text[e : e + stop.start()] if stop else text[e:]
        if any(a in clause for a in r.civic_acts):
            st.add(stem, stem, "association", s, e)


def _foreign_universities(st: _State, g: Gazetteer, r: Rules) -> None:
    """'네덜란드 바헤닝언대학': <X>대학 right after a foreign country or city, X a name ([foreign_universities])."""
    text = st.text
    if not any(x in text for x in r.foreign_university_endings):
        return
    ends = "|".join(re.escape(x) for x in r.foreign_university_endings)
    for m in re.finditer(r"(?<![0-9A-Za-z가-힣])([가-힣]{2,12}?)(?:" + ends + r")(?=[^0-9A-Za-z가-힣]|[가-힣]|$)", text):
        s, e, head = m.start(), m.end(), m.group(1)
        if boundary_ok(text, e, r) is None:
            continue
        name = text[s:e]
        if name in g.surfaces or st.covered(s, e):
            continue
        prev = _prev_word(text, s)
        if prev.endswith("의") and len(prev) > 2:
            prev = prev[:-1]
        if not prev or prev not in r.countries or prev in r.not_foreign:
            continue
        if head in r.generic or head in r.generic_prefixes or r.long_prefix_index.ends(head):
            continue
        if not (_is_place(head, g, r) or (_name_like(head, g, r, loose=True) and not _common_noun(head))):
            continue
        st.add(name, name, "university", s, e)


_QUOTED = re.compile(r"[‘'\"“]([^‘’'\"“”\n]{2,40})[’'\"”]")
_LAST_BRACKET = re.compile(r"\([^()]*\)$")
_QUOTED_WORD_SEP = re.compile(r"[\s·]+")
_INTRODUCED = re.compile(r"(?:업체|기업|회사|제조사|법인|스타트업|운용사|제약사|자회사)\s?$")
_SHORT_FORM = r"이하\s?[‘'\"“]?[^()\s’'\"”]{1,12}[’'\"”]?\)"  # "이하 노스스타)", "이하 ‘중대본’)"
_ALIAS_NEXT = re.compile(rf"\({_SHORT_FORM}")


def _quoted(st: _State, g: Gazetteer, r: Rules) -> None:
    """'‘트럼프 미디어앤드테크놀로지 그룹’': a quoted name whose last word marks an organisation."""
    for m in _QUOTED.finditer(st.text):
        inner = _LAST_BRACKET.sub("", m.group(1))  # ‘... 그룹(TMTG)’: the bracket is an alias
        if inner != inner.strip() or not inner:
            continue
        words = _QUOTED_WORD_SEP.split(inner)
        last = words[-1]
        kind = None
        for suf, k in r.inst_index.endings(last):  # r.inst_suffixes that `last` ends with
            if len(last) > len(suf) or len(words) > 1:
                kind = k
                break
        if kind is None and _INTRODUCED.search(st.text, max(0, m.start() - 12), m.start()) and _ALIAS_NEXT.match(st.text, m.end()):
            # "미국 변압기 제조업체 ‘노스스타 파워 시스템즈’(이하 노스스타)": introduced by what it is, given a short name
            st.add(inner, inner, "company", m.start(1), m.start(1) + len(inner))
            continue
        if kind is None or inner in r.generic:
            continue
        parts = words[:-1] + ([last[: -len(suf)]] if len(last) > len(suf) else [])
        if not any(_LATIN.search(p) or (_name_like(p, g, r) and not _is_place(p, g, r)) for p in parts if p):
            continue
        st.add(inner, inner, kind, m.start(1), m.start(1) + len(inner))


# (fields may stand before 이하: "산불피해복구특별위원회(위원장 권태형·의성2, 이하 특위)")
_DEFINED = re.compile(rf"([0-9A-Za-z가-힣]{{4,30}})\((?:[^()]{{1,30}},\s?)?{_SHORT_FORM}")


def _defined(st: _State, g: Gazetteer, r: Rules) -> None:
    """'중앙재난안전대책본부(이하 중대본)': a name given its own short form, ending in a body's head."""
    if "이하" not in st.text:
        return
    for m in _DEFINED.finditer(st.text):
        s, e = m.span(1)
        name = m.group(1)
        if st.covered(s, e) or name in r.generic or name in g.surfaces:
            continue
        kind = next((k for suf, k in r.defined_heads + r.inst_suffixes if name.endswith(suf) and len(name) > len(suf) + 1), None)
        if kind and name[: -1] not in r.generic:
            st.add(name, name, kind, s, e)


def _lists(st: _State, g: Gazetteer, r: Rules) -> None:
    """Items of 'A, B, C 등 ...' lists: org-headed lists, or lists holding a known organisation."""
    text = st.text
    if "등" not in text:
        return
    seg_end, prev_seg = _separator_res(r.separators)
    for m_start, m_end in _list_ends(text):
        items: list[tuple[int, int, str, bool]] = []  # start, end, stem, whole segment is the item
        acronyms: set[int] = set()  # starts of items written with a Latin short form: 도쿄일렉트론(TEL)
        pos = m_start
        while True:
            wm = _LIST_ITEM.search(text[max(0, pos - 40) : pos])
            if not wm:
                break
            ws = max(0, pos - 40) + wm.start(1)
            we = max(0, pos - 40) + wm.end(1)
            word = wm.group(1)
            if wm.group(2) and _ACRONYM.fullmatch(wm.group(2)) and not _generic_latin(wm.group(2), r):
                acronyms.add(ws)
            before = text[max(0, ws - 3) : ws]
            seg_start = seg_end.search(before) is not None or ws == 0
            items.append((ws, we, word, seg_start))
            # find the previous separator within this segment
            seg = prev_seg.search(text[max(0, ws - 60) : ws])
            if not seg:
                break
            pos = max(0, ws - 60) + seg.start(1)
            tail = text[pos + 1 : ws]
            lat = _latin_ai_name(text, pos + 1 + (len(tail) - len(tail.lstrip())), g, r) if tail.strip() else None
            if lat and lat[1] == we:  # 'NC AI' is one item of the list
                items[-1] = (lat[0], we, text[lat[0] : we], True)
                continue
            if tail.strip() and not _MODIFIER.search(tail):
                # a multi-word segment whose last word is not introduced by a modifier: not a name item
                items[-1] = (ws, we, word, False)
                if not _MODIFIER.search(text[max(0, ws - 12) : ws]):
                    items.pop()
                    break
        if len(items) < 2:
            continue
        after = text[m_end : m_end + 40]
        headed = _list_headed(after, r)
        known = [it for it in items if st.covered(it[0], it[1]) or it[2] in g.surfaces]
        if not headed and not known:
            continue
        loose = headed is not None
        solid = {
            it[0] for it in items
            if st.covered(it[0], it[1]) or it[2] in g.surfaces or _LATIN.search(it[2])
            or (_name_like(it[2], g, r, loose=loose) and not _common_noun(it[2]))
        }
        for s, e, word, _ in items:
            if st.covered(s, e):
                continue
            if word in g.surfaces:
                entry = g.surfaces[word]
                st.add(entry.name, entry.name, entry.kind, s, e, entry)
                continue
            if _is_person(word, text, e, r):
                continue
            # in a list of organisations an ending that marks one is enough (주성엔지니어링), and so is a
            # Latin short form after a word Kiwi does not know (도쿄일렉트론(TEL): a transliterated name)
            ending = _ending_kind(word, r) if loose else None
            transliterated = loose and s in acronyms and _transliterated(word, g, r)
            if not (ending or transliterated or _name_like(word, g, r, loose=loose)):
                continue
            if not (ending or transliterated or _LATIN.search(word)) and _common_noun(word):
                # an ordinary noun (용수, 인허가, 부품) names a body only among items that are clearly names
                # (파두, 리벨리온, 퓨리오사 등): at least half of the other items
                if 2 * len(solid - {s}) < len(items) - 1:
                    continue
            st.add(word, word, _suffix_kind(word, g, r) or ending or _head_kind(headed, r), s, e)


_DEUNG = re.compile(r"등(?=[\s이은을과의도으]|$)")
_ITEM_LAST = re.compile(r"[0-9A-Za-z가-힣)]")


def _list_ends(text: str):
    """(start, end) of each '등' closing a list: after a word or a bracket and any white space, before
    white space or a particle (what `(?<=[0-9A-Za-z가-힣)])\\s*등(?=[\\s이은을과의도으]|$)` finds, faster)."""
    for m in _DEUNG.finditer(text):
        s = m.start()
        while s > 0 and text[s - 1].isspace():
            s -= 1
        if s > 0 and _ITEM_LAST.match(text, s - 1):
            yield s, m.end()


@lru_cache(maxsize=4)
def _separator_res(separators: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """(a separator ending a string, a separator and the rest of its segment ending a string)."""
    sep = "|".join(re.escape(x) for x in separators)
    return (
        re.compile(r"(?:" + sep + r")\s*$"),
        re.compile(r"(" + sep + r")([^" + "".join(re.escape(x) for x in separators) + r"\n]{0,60})$"),
    )


_LIST_ITEM = re.compile(r"([0-9A-Za-z가-힣]+(?:[.&+\-][0-9A-Za-z가-힣]+)*)(?:\(([^()\n]{1,30})\))?\s*$")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,7}")
# a modifier ending introducing a list item (국내 기업인 X, 개발을 선도한 X); not 는 of a particle (투자에는 X)
_MODIFIER = re.compile(r"[가-힣](?:한|된|인|(?<![에서로와과])는|던|의|할)\s+$")


def _generic_latin(acronym: str, r: Rules) -> bool:
    """R&D, AI, ICT: a topic, not a short name."""
    return acronym in r.latin_generic or all(p in r.latin_generic for p in re.split(r"[&.\-]", acronym) if p)


def _transliterated(word: str, g: Gazetteer, r: Rules) -> bool:
    """A Hangul word with a part Kiwi does not know (도쿄일렉트 of 도쿄일렉트론), not a generic or common noun."""
    if not _HANGUL.search(word) or _LATIN.search(word) or len(word) < 3:
        return False
    if word in r.generic or _is_place(word, g, r) or _common_noun(word):
        return False
    return _name_like(word, g, r, loose=True) or any(
        t.startswith("NN") and sc < _UNKNOWN_SCORE for _, t, sc in _tags(word)
    )


def _ending_kind(word: str, r: Rules) -> str | None:
    """Kind marked by the word's organisation ending when the part before it is not a generic word."""
    for suf, kind in r.inst_index.matching(word) + r.comm_index.matching(word):
        head = word[: -len(suf)]
        if len(head) >= 2 and head not in r.generic and head not in r.generic_prefixes and head not in r.countries:
            return kind
    return None


def _head_kind(head: str | None, r: Rules) -> str:
    """Kind of the items of a list whose head noun is `head` (12개 대학 -> university)."""
    for word, kind in r.list_head_kinds.items():
        if head and word in head:
            return kind
    return "company"


def _list_headed(after: str, r: Rules) -> str | None:
    """The head noun after '등' saying the items are organisations (등 300여개 기관이, 등 중국 테크 기업들이),
    or None; None too when a word before the head says they are fields (등 분야 기업)."""
    words = after.split()[:4]
    for w in words:
        cut = re.split(r"[·,、/()\[\]‘’“”\"']", w, maxsplit=1)
        w = re.sub(r"^[\d,]+\s*(?:여)?\s*(?:개|곳)?", "", cut[0])
        if w in ("사", "사가", "사는", "사의", "사를", "사와", "사도", "사에") or (w.startswith("사") and cut[0][:1].isdigit()):
            return "사"
        if w in r.list_fields:
            return None
        for h in r.list_heads:
            if len(h) < 2:
                continue
            idx = w.find(h)
            if idx < 0 or idx > 4:
                continue
            rest = w[idx + len(h) :]
            if rest.startswith("들"):
                rest = rest[1:]
            if not rest or is_particles(rest, h[-1], r) or rest.startswith(("이었", "였", "이지만", "으로", "로")):
                return w[idx : idx + len(h)]
        if len(cut) > 1 or strip_particles(w, r) != w:
            return None
    return None


_ALIAS = re.compile(r"\(([^()\n]{1,40})\)")
_FIELD_SEP = re.compile(r"\s*[,·]\s*")


def _declared_aliases(st: _State, r: Rules) -> None:
    """'X(이하 Y)', 'X(옛 Y)', 'X(Y)' right after a mention of X, and 'Y(X)' where Y abbreviates X."""
    text = st.text
    for org in list(st.orgs.values()):
        for (s, e) in sorted(org.mentions):
            m = _ALIAS.match(text, e + (1 if text[e : e + 1] in _QUOTES else 0))
            if m:
                alias = _alias_in(m.group(1), org.name, r)
                if alias and alias != org.name and alias not in org.declared:
                    org.declared.append(alias)
            # Y(X): an abbreviation written first, the full name in brackets
            if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
                ym = re.search(r"([0-9A-Za-z가-힣]+)$", text[max(0, s - 15) : s - 1])
                if ym and _is_abbreviation(ym.group(1), org.name) and ym.group(1) not in org.declared:
                    org.declared.append(ym.group(1))
                    org.mentions[(s - 1 - len(ym.group(1)), s - 1)] = ym.group(1)


def _alias_in(inner: str, name: str, r: Rules) -> str | None:
    if "이하" in inner:
        y = inner.split("이하", 1)[1].strip(" :")
        y = re.sub(r"\s*(라 한다|라고 한다)$", "", y.strip(_QUOTES + " ")).strip(_QUOTES + " ")
        return y if 1 <= len(y) <= 20 else None
    y = inner.strip()
    parts = _FIELD_SEP.split(y)
    if len(parts) > 1 and all(any(p.startswith(t) for t in r.titles) for p in parts[1:]):
        y = parts[0]  # the other fields name the head of the body
    old = re.match(r"(?:옛|구|舊|전)\s+(\S.{0,20})$", y)
    if old:
        return old.group(1).strip(_QUOTES + " ")
    if _is_abbreviation(y, name) or re.fullmatch(r"[A-Z][A-Z0-9&.\-]{1,7}", y):
        return y
    return None


def _is_abbreviation(y: str, x: str) -> bool:
    """과기정통부 of 과학기술정보통신부: Hangul, shorter, same first syllable, characters in order."""
    if not _HANGUL.fullmatch(y[:1] or "x") or len(y) < 2 or len(y) >= len(x.replace(" ", "")) or y[0] != x[0]:
        return False
    it = iter(x)
    return all(ch in it for ch in y)


_MERGEABLE = {"government", "public_institution", "association", "other"}


def _merge_short_forms(st: _State) -> None:
    """통상법원 after 연방국제통상법원: a body named by the tail or an abbreviation of one
    other body of the same article is that body (only when exactly one fits)."""
    for short in sorted(st.orgs.values(), key=lambda o: -len(o.name)):
        key = short.name.replace(" ", "")
        if short.kind not in _MERGEABLE or len(key) < 3:
            continue
        if short.entry is not None and short.entry.place:
            continue  # 보령시 is a body of its own, not a short form of 보령시의회
        fits = []
        for long in st.orgs.values():
            if long is short or long.kind not in _MERGEABLE:
                continue
            forms = [long.name, *long.declared] + (list(long.entry.aliases) if long.entry else [])
            forms = [f.replace(" ", "") for f in forms]
            if any(len(f) > len(key) and (f.endswith(key) or _is_abbreviation(key, f)) for f in forms):
                fits.append(long)
        if len(fits) == 1:
            long = fits[0]
            long.mentions.update(short.mentions)
            for a in [short.name, *short.declared]:
                if a != long.name and a not in long.declared:
                    long.declared.append(a)
            del st.orgs[short.key]


# ---------------------------------------------------------------- assembly


def _add_place(st: _State, entry: Entry, hits: list, g: Gazetteer, r: Rules) -> None:
    """The mentions of a local government that acts somewhere in the text, except those in addresses."""
    for s, e, surface, acts in hits:
        prev = _prev_word(st.text, s)
        if acts or not (prev and strip_particles(prev, r) in g.bare_places | r.countries):
            st.add(entry.name, entry.name, entry.kind, s, e, entry)


_LIST_AFTER = re.compile(r"\s*[,·/]\s*")
_LIST_BEFORE = re.compile(r"(?:[,·/]|[와과])\s*$")


def _listed_with_body(st: _State, s: int, e: int) -> bool:
    """Whether [s, e) is listed next to an organisation found so far (충북도와 청주시, 충북테크노파크가)."""
    text = st.text
    m = _LIST_AFTER.match(text, e)
    if m and any(a == m.end() for a, _ in st.spans):
        return True
    m = _LIST_BEFORE.search(text, max(0, s - 4), s)
    return bool(m) and any(b == m.start() for _, b in st.spans)


def extract(doc: Doc, ctx: Context) -> list[Organisation]:
    """Every organisation of the body, with all its mentions."""
    text = ctx.text if ctx.text is not None else doc.text
    g, r = gazetteer(), rules()
    st = _State(text)
    _learn(st, g, r)

    place_hits: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    hits = list(_gazetteer_hits(st, g, r))
    # an alias that is also a common noun (거래소 of 한국거래소) names the body only in an article
    # that names it otherwise too: "가짜 거래소 사이트" is no exchange operator
    named = {entry.name for _, _, surface, entry, _ in hits if surface not in r.common_aliases}
    # a short form that opens the full name of another body named here means that body:
    # "LG" in a story of "LG 트윈스" is the club, not the group whose alias it is; "KT" the
    # club, not the company of that name
    opened = {en.name.split()[0]: en for _, _, sf, en, _ in hits if sf == en.name and " " in en.name}
    for s, e, surface, entry, rest in hits:
        if surface in opened and opened[surface] is not entry and (surface != entry.name or entry.kind == "company"):
            entry = opened[surface]
        if text[max(0, s - 1) : s] in ("#", "@"):
            continue
        if text[max(0, s - 1) : s] == "=" and text[e : e + 1] == ")":
            continue  # a wire's dateline "(서울=연합뉴스)" names the sender, not a body in the story
        if surface in r.common_aliases and entry.name not in named:
            continue
        if entry.weak and not rest and text[e : e + 1] not in (",", "·", ")", "’", "”", "'", '"', "/") and not _FIGURE_BRACKET.match(text, e):
            continue  # 기아 문제 (hunger); but 기아(-0.9%)는 the carmaker with its share move
        if entry.place:
            place_hits[entry.name].append((s, e, surface, _place_acts(text, s, e, rest, g, r)))
            continue
        if rest == "로" and _address_word(_prev_word(text, s), g, r):
            continue  # 서울 중구 세종대로: a road, not 세종대 + 로
        st.add(entry.name, entry.name, entry.kind, s, e, entry)
    for name, hits in place_hits.items():
        if any(acts for *_, acts in hits):
            _add_place(st, g.surfaces[name], hits, g, r)

    _coalitions(st, g, r)
    _quoted(st, g, r)
    _rule_candidates(st, g, r)
    _company_affiliates(st, g, r)
    _latin_ai(st, g, r)
    _civic_groups(st, g, r)
    _foreign_universities(st, g, r)
    _lists(st, g, r)
    _defined(st, g, r)
    for name, hits in place_hits.items():
        if name not in st.orgs and any(_listed_with_body(st, s, e) for s, e, *_ in hits):
            _add_place(st, g.surfaces[name], hits, g, r)
    _declared_aliases(st, r)
    _merge_short_forms(st)

    # later mentions by declared or derived short forms, and by rule-found names
    surfaces: dict[str, _Org] = {}
    for org in st.orgs.values():
        if org.entry is None:
            surfaces.setdefault(org.name, org)
        for a in org.declared:
            surfaces.setdefault(a, org)
    derived = {a: org for org in st.orgs.values() for a in org.derived if a not in surfaces}
    by_first: dict[str, list[tuple[str, _Org, bool]]] = defaultdict(list)
    for table, strict in ((surfaces, False), (derived, True)):
        for alias, org in table.items():
            by_first[alias[:1]].append((alias, org, strict))
    anywhere = by_first.pop("", [])
    for i in st.starts if anywhere else _starting(text, st.starts, by_first):
        for alias, org, strict in by_first.get(text[i], []) + anywhere:
            if not text.startswith(alias, i):
                continue
            rest = boundary_ok(text, i + len(alias), r)
            if rest is None or (strict and not rest):
                continue
            if text[i + len(alias) : i + len(alias) + 1] == "(" and strict:
                continue
            org.mentions[(i, i + len(alias))] = alias

    return _records(st, ctx)


def _nested_in(outer: list[tuple[int, int]]):
    """A test of whether a span lies in one of the sorted spans `outer` other than itself."""
    reach: dict[int, int] = {}  # start -> furthest end of a span starting there
    for a, b in outer:
        reach[a] = b  # sorted: the last is the furthest
    starts = sorted(reach)
    before = list(accumulate((reach[a] for a in starts), max))  # furthest end of a span starting at or before

    def nested(s: int, e: int) -> bool:
        k = bisect_left(starts, s)  # the spans starting before s: starts[:k]
        return (k > 0 and before[k - 1] >= e) or reach.get(s, e) > e

    return nested


def _records(st: _State, ctx: Context) -> list[Organisation]:
    # drop mentions nested in a longer mention of another organisation
    # (a coalition's name keeps its members: 현대건설 in 현대건설 컨소시엄)
    spans = sorted((s, e, org.key) for org in st.orgs.values() for s, e in org.mentions)
    kinds = {org.key: org.kind for org in st.orgs.values()}
    nested = _nested_in(sorted({(s, e) for s, e, key in spans if kinds[key] != "coalition"}))
    keep: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e, key in spans:
        if not nested(s, e):
            keep[key].append((s, e))
    out = []
    for org in st.orgs.values():
        ms = sorted(set(keep.get(org.key, [])))
        if not ms:
            continue
        used = {st.text[s:e] for s, e in ms}
        name, aliases = org.name, list(org.declared)
        if org.entry is not None:
            entry = org.entry
            formers = [f for f in entry.former if f in used]
            if entry.name not in used and formers:
                name = formers[0]
                # an old short form (산자부, 전경련) names the old full name it stands for
                longer = sorted((f for f in entry.former if len(f) > len(name) and _is_abbreviation(name, f)), key=len)
                longer = longer or sorted((f for f in entry.former if len(f) > len(name) and f[0] == name[0]), key=len)[-1:]
                name = longer[0] if longer else name
                aliases.append(entry.name)
            aliases += [a for a in entry.aliases if a not in aliases]
            aliases += [f for f in formers if f != name and f not in aliases]
        aliases += [a for a in org.derived if a not in aliases]
        aliases = list(dict.fromkeys(a for a in aliases if a != name))
        mentions = [Mention(text=st.text[s:e], span=(s, e), sentence=ctx.sentence_of(s)) for s, e in ms]
        out.append(Organisation(name=name, aliases=aliases, kind=org.kind, spans=mentions))
    out.sort(key=lambda o: o.spans[0].span[0])
    return out
