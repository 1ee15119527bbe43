"""The organisation gazetteer and rules, read from rules/ once per process.

- `gazetteer()`: rules/organisations.tsv, every name, short form and former
  name of a listed body mapped to its `Entry`.
- `rules()`: rules/org_rules.toml (particles, place words, name endings, list
  heads, Latin prefixes, generic words, titles), with indexes built on it.
- `user_words()`: the gazetteer names Kiwi should keep whole.
- Particles after a name (`is_particles`, `boundary_ok`, `strip_particles`):
  where a name ends inside a word (산업부는, 삼성전자와의).

A malformed file raises `RuleError` naming the file and the line.
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from ..errors import RuleError

__all__ = [
    "KINDS", "Entry", "Gazetteer", "Rules", "EndIndex", "gazetteer", "rules", "user_words",
    "is_particles", "boundary_ok", "strip_particles",
]

KINDS = frozenset({"government", "public_institution", "company", "university", "hospital", "association", "coalition", "other"})
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD_RUN = re.compile(r"[0-9A-Za-z가-힣]*")


@dataclass(frozen=True)
class Entry:
    """One line of organisations.tsv; `place` and `weak` are its flags."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    place: bool = False
    weak: bool = False


@dataclass
class Gazetteer:
    """organisations.tsv, parsed."""

    entries: list[Entry]
    surfaces: dict[str, Entry]  # every name, alias and former name -> its entry
    lengths_by_start: dict[str, list[int]]  # first two characters -> surface lengths, longest first
    bare_places: frozenset[str]  # 서울, 성남, 하동: place words that are never organisations
    # the surface lengths to try at a position, longest first, looked up by the text's next two
    # characters ([0]: those of surfaces starting with both, then of one-character surfaces) or,
    # when no surface starts with both, by the next character ([1])
    lengths_by_prefix: tuple[dict[str, list[int]], dict[str, list[int]]] = field(init=False)

    def __post_init__(self) -> None:
        by = self.lengths_by_start
        two = {k: v + by.get(k[0], []) for k, v in by.items() if len(k) == 2}
        one = {k: v for k, v in by.items() if len(k) == 1}
        self.lengths_by_prefix = (two, one)


@dataclass
class Rules:
    """org_rules.toml, parsed, with lookups built on it and memos of per-word answers."""

    particles: dict[str, tuple[str, ...]]
    agent_particles: frozenset[str]
    agent_next: frozenset[str]
    address_endings: tuple[str, ...]
    countries: frozenset[str]
    inst_suffixes: list[tuple[str, str]]  # (suffix, kind), longest first
    comm_suffixes: list[tuple[str, str]]
    list_heads: tuple[str, ...]
    list_head_kinds: dict[str, str]
    list_fields: frozenset[str]
    region_agent_particles: frozenset[str]
    separators: tuple[str, ...]
    appos_heads: tuple[str, ...]
    latin_prefixes: frozenset[str]
    latin_heads: frozenset[str]
    latin_generic: frozenset[str]
    generic: frozenset[str]
    generic_prefixes: frozenset[str]
    common_aliases: frozenset[str]
    name_openers: frozenset[str]
    titles: frozenset[str]
    surnames: frozenset[str]
    after_company: list[tuple[str, str]] = field(default_factory=list)  # 클라우드 of 네이버클라우드
    latin_name_tails: frozenset[str] = frozenset()  # AI of NC AI
    latin_not_names: frozenset[str] = frozenset()
    civic_endings: tuple[str, ...] = ()
    civic_acts: tuple[str, ...] = ()
    civic_not_heads: frozenset[str] = frozenset()
    foreign_university_endings: tuple[str, ...] = ()  # 대학 of 네덜란드 바헤닝언대학
    not_foreign: frozenset[str] = frozenset()  # words of `countries` that are not foreign places
    defined_heads: list[tuple[str, str]] = field(default_factory=list)  # 본부 of "X대책본부(이하 Y)"
    inst_index: EndIndex = field(init=False)
    comm_index: EndIndex = field(init=False)
    long_prefix_index: EndIndex = field(init=False)
    particle_starts: frozenset[str] | None = field(init=False)  # first characters of the particles
    particles_by_first: dict[str, dict[str, list[str]]] | None = field(init=False)  # class -> first character -> particles
    after_company_endings: tuple[str, ...] = field(init=False)
    title_starts: tuple[str, ...] = field(init=False)  # `titles`, for str.startswith
    particle_memo: dict = field(init=False, default_factory=dict)
    strip_memo: dict = field(init=False, default_factory=dict)
    word_memo: dict = field(init=False, default_factory=dict)
    suffix_memo: dict = field(init=False, default_factory=dict)  # organisations: kind marked by a stem's ending
    word_groups: dict = field(init=False, default_factory=dict)  # organisations: which words each rule looks at

    def __post_init__(self) -> None:
        self.inst_index = EndIndex(self.inst_suffixes)
        self.comm_index = EndIndex(self.comm_suffixes)
        self.long_prefix_index = EndIndex([(p, "") for p in self.generic_prefixes if len(p) >= 2])
        words = [w for ws in self.particles.values() for w in ws]
        # a run of particles starts with one's first character (unless a particle is empty)
        self.particle_starts = None if "" in words else frozenset(w[0] for w in words)
        self.particles_by_first = None
        if self.particle_starts is not None:
            self.particles_by_first = {cls: {} for cls in self.particles}
            for cls, ws in self.particles.items():
                for w in ws:
                    self.particles_by_first[cls].setdefault(w[0], []).append(w)
        self.after_company_endings = tuple(suf for suf, _ in self.after_company)
        self.title_starts = tuple(self.titles)


class EndIndex:
    """(word, value) pairs looked up by how a string ends, without testing every word."""

    def __init__(self, items: list[tuple[str, str]]):
        self._by_word: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for n, (w, v) in enumerate(items):
            self._by_word[w].append((n, w, v))
        self._lengths = sorted({len(w) for w, _ in items})
        self._last = frozenset(w[-1] for w, _ in items if w)

    def matching(self, s: str) -> list[tuple[str, str]]:
        """The pairs whose word is a proper ending of `s`, in the order they were given."""
        if not s or s[-1] not in self._last:
            return []
        hits: list[tuple[int, str, str]] = []
        for n in self._lengths:
            if n >= len(s):
                break
            hits += self._by_word.get(s[-n:], ())
        hits.sort()
        return [(w, v) for _, w, v in hits]

    def endings(self, s: str) -> list[tuple[str, str]]:
        """The pairs whose word `s` ends with (or is), in the order they were given."""
        if not s or s[-1] not in self._last:
            return []
        hits: list[tuple[int, str, str]] = []
        for n in self._lengths:
            if n > len(s):
                break
            hits += self._by_word.get(s[-n:], ())
        hits.sort()
        return [(w, v) for _, w, v in hits]

    def ends_properly(self, s: str) -> bool:
        """Whether one of the words is a proper ending of `s` (shorter than `s`)."""
        if not s or s[-1] not in self._last:
            return False
        return any(s[-n:] in self._by_word for n in self._lengths if n < len(s))

    def ends(self, s: str) -> bool:
        """Whether `s` ends with (or is) one of the words."""
        if not s or s[-1] not in self._last:
            return False
        return any(s[-n:] in self._by_word for n in self._lengths if n <= len(s))


_lock = threading.RLock()
_cache: dict[str, object] = {}


def _split(field_: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field_.split("|") if x.strip())


def gazetteer() -> Gazetteer:
    """rules/organisations.tsv, parsed once per process."""
    if "gaz" not in _cache:
        with _lock:
            if "gaz" not in _cache:
                _cache["gaz"] = _load_gazetteer()
    return _cache["gaz"]  # type: ignore[return-value]


def rules() -> Rules:
    """rules/org_rules.toml, parsed once per process."""
    if "rules" not in _cache:
        with _lock:
            if "rules" not in _cache:
                _cache["rules"] = _load_rules()
    return _cache["rules"]  # type: ignore[return-value]


def _load_gazetteer() -> Gazetteer:
    text = resources.files("newsx.rules").joinpath("organisations.tsv").read_text(encoding="utf-8")
    entries: list[Entry] = []
    surfaces: dict[str, Entry] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        cols += [""] * (5 - len(cols))
        name, kind, aliases, former, flags = (c.strip() for c in cols[:5])
        if kind not in KINDS:
            raise RuleError(f"rules/organisations.tsv line {n}: unknown kind {kind!r} for {name!r}; use one of {sorted(KINDS)}")
        flag_set = set(flags.replace(" ", "").split(","))
        entry = Entry(name, kind, _split(aliases), _split(former), "place" in flag_set, "weak" in flag_set)
        entries.append(entry)
        for s in (name, *entry.aliases, *entry.former):
            if s in surfaces and surfaces[s].name != name:
                raise RuleError(f"rules/organisations.tsv line {n}: {s!r} already names {surfaces[s].name!r}")
            surfaces[s] = entry
    bare = set()
    for e in entries:
        if e.place:
            last = e.name.split()[-1]
            if len(last) >= 3 and last[-1] in "시군구도":
                bare.add(last[:-1])
            for a in e.aliases:
                if a.endswith(("시", "도")) and len(a) >= 3:
                    bare.add(a[:-1])
            for suffix in ("특별시", "광역시", "특별자치시", "특별자치도", "도"):
                if e.name.endswith(suffix) and len(e.name) > len(suffix) + 1:
                    bare.add(e.name[: -len(suffix)])
    by_start: dict[str, set[int]] = defaultdict(set)
    for s in surfaces:
        by_start[s[:2]].add(len(s))
    lengths_by_start = {k: sorted(ns, reverse=True) for k, ns in by_start.items()}
    return Gazetteer(entries, surfaces, lengths_by_start, frozenset(bare))


def _load_rules() -> Rules:
    raw = resources.files("newsx.rules").joinpath("org_rules.toml").read_bytes()
    try:
        d = tomllib.loads(raw.decode("utf-8"))
        part = d["particles"]
        particles = {k: tuple(part[k]) for k in ("C", "V", "A")}

        def suffixes(group: dict) -> list[tuple[str, str]]:
            out = []
            for kind, words in group.items():
                if kind not in KINDS:
                    raise RuleError(f"rules/org_rules.toml: unknown kind {kind!r} under [suffixes]")
                out += [(w, kind) for w in words]
            return sorted(out, key=lambda x: -len(x[0]))

        for kind in d["lists"]["head_kinds"].values():
            if kind not in KINDS:
                raise RuleError(f"rules/org_rules.toml: unknown kind {kind!r} under [lists.head_kinds]")
        latin_prefixes = set(d["latin"]["group_prefixes"])
        for e in gazetteer().entries:
            m = re.match(r"([A-Z][A-Za-z0-9&]*)[가-힣]", e.name)
            if e.kind == "company" and m:
                latin_prefixes.add(m.group(1))
        r = Rules(
            particles=particles,
            agent_particles=frozenset(d["places"]["agent_particles"]),
            agent_next=frozenset(d["places"]["agent_next_words"]),
            address_endings=tuple(d["places"]["address_endings"]),
            countries=frozenset(d["places"]["countries"]),
            inst_suffixes=suffixes(d["suffixes"]["standalone"]),
            after_company=suffixes(d["suffixes"].get("after_company", {})),
            latin_name_tails=frozenset(d["latin"].get("name_tails", ())),
            latin_not_names=frozenset(d["latin"].get("not_names", ())),
            civic_endings=tuple(d.get("civic", {}).get("endings", ())),
            civic_acts=tuple(d.get("civic", {}).get("acts", ())),
            civic_not_heads=frozenset(d.get("civic", {}).get("not_heads", ())),
            foreign_university_endings=tuple(d.get("foreign_universities", {}).get("endings", ())),
            not_foreign=frozenset(d.get("foreign_universities", {}).get("not_foreign", ())),
            defined_heads=suffixes(d.get("defined", {})),
            comm_suffixes=suffixes(d["suffixes"]["named"]),
            list_heads=tuple(sorted(d["lists"]["heads"], key=len, reverse=True)),
            list_head_kinds=dict(d["lists"]["head_kinds"]),
            list_fields=frozenset(d["lists"]["fields"]),
            region_agent_particles=frozenset(d["places"]["region_agent_particles"]),
            separators=tuple(d["lists"]["separators"]),
            appos_heads=tuple(d["apposition"]["heads"]),
            latin_prefixes=frozenset(latin_prefixes),
            latin_heads=frozenset(d["latin"]["heads"]),
            latin_generic=frozenset(d["latin"]["generic"]),
            generic=frozenset(d["generic"]["words"]),
            generic_prefixes=frozenset(d["generic"]["prefixes"]),
            common_aliases=frozenset(d["generic"].get("common_aliases", [])),
            name_openers=frozenset(d["generic"]["name_openers"]),
            titles=frozenset(d["people"]["titles"]),
            surnames=frozenset(d["people"]["surnames"]),
        )
    except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"rules/org_rules.toml: malformed ({exc!r}); see the comments in the file") from exc
    return r


def user_words() -> list[tuple[str, str, float]]:
    """Gazetteer names Kiwi should keep whole (산업통상부, HD현대미포), as proper nouns."""
    out = []
    seen = set()
    for s, entry in gazetteer().surfaces.items():
        if " " in s or len(s) < 3 or not _HANGUL.search(s) or s in seen:
            continue
        seen.add(s)
        out.append((s, "NNP", 0.0))
    for w in ("얼라이언스", "컨소시엄"):
        out.append((w, "NNG", 0.0))
    return out


# ---------------------------------------------------------------- particles after a name


def _has_final(ch: str) -> bool | None:
    """Whether a Hangul syllable ends in a consonant (받침); None for other characters."""
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return None


# Particles that can follow another particle (와의, 에서는, 까지도); 나가 is not 나 + 가.
_FOLLOWERS = ("의", "는", "은", "도", "만", "서", "를", "을", "요", "부터", "까지", "이다", "이라", "로", "으로", "에")


def is_particles(rest: str, prev: str, r: Rules) -> bool:
    """Whether `rest` is a run of particles that can follow a word ending in `prev`."""
    key = (rest, prev)
    memo = r.particle_memo
    found = memo.get(key)
    if found is None:
        if len(memo) > 200_000:  # word tails repeat; a long batch must not grow this forever
            memo.clear()
        found = memo[key] = _particle_run(rest, prev, r, 0)
    return found


def _particle_run(rest: str, prev: str, r: Rules, depth: int) -> bool:
    if not rest:
        return depth > 0
    if depth > 3:
        return False
    if depth > 0 and not rest.startswith(_FOLLOWERS):
        return False
    final = _has_final(prev) if prev else None
    for cls, words in r.particles.items():
        if depth == 0 and final is not None:
            if cls == "C" and not final:
                continue
            if cls == "V" and final and not (prev and (ord(prev) - 0xAC00) % 28 == 8):  # ㄹ takes 로
                continue
        if r.particles_by_first is not None:
            words = r.particles_by_first[cls].get(rest[0], ())
        for w in words:
            if rest.startswith(w) and (len(rest) == len(w) or _particle_run(rest[len(w) :], w[-1], r, depth + 1)):
                return True
    return False


def _word_end(text: str, i: int) -> int:
    return _WORD_RUN.match(text, i).end()


def boundary_ok(text: str, end: int, r: Rules) -> str | None:
    """The particles after a name ending at `end` ('' for none), or None if the word goes on."""
    stop = _word_end(text, end)
    rest = text[end:stop]
    if not rest:
        return ""
    if _LATIN.match(text[end - 1]) and _LATIN.match(rest[0]):
        return None
    return rest if is_particles(rest, text[end - 1], r) else None


def strip_particles(word: str, r: Rules) -> str:
    """The word without the particles it ends with (삼성전자와의 -> 삼성전자); keeps at least 2 characters."""
    memo = r.strip_memo
    stem = memo.get(word)
    if stem is None:
        if len(memo) > 200_000:  # words repeat; a long batch must not grow this forever
            memo.clear()
        stem = memo[word] = _strip(word, r)
    return stem


def _strip(word: str, r: Rules) -> str:
    starts = r.particle_starts
    for k in range(2, len(word)):
        if (starts is None or word[k] in starts) and is_particles(word[k:], word[k - 1], r):
            return word[:k]
    return word
