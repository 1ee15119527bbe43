"""Literal prefilters for the cleaners' rule patterns.

Most furniture patterns can only match where some literal text occurs: the photo
credit pattern needs 사진, 그래픽 or 자료, the stock-quote widget needs '원' and
'%'. Python's regex engine does not look for such a literal when the pattern
opens with optional pieces (`\\s*[\\[(]?...`), so it tries the whole pattern at
every position of every line. `Needled.search(line)` first asks `str.__contains__`
(a fast substring scan) whether any of the pattern's required literals is in the
line, and runs the pattern only when one is: the answers are those of the pattern.
"""

from __future__ import annotations

import re

# the parser behind re.compile (newsx needs Python >= 3.11, where it lives here)
from re import _constants as _c
from re import _parser as _sre_parse

__all__ = ["Needled", "needles"]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def _rank(found: tuple[str, ...]) -> tuple[int, int]:
    return (min(map(len, found)), -len(found))


def _best(conditions: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    return max(conditions, key=_rank) if conditions else None


def _sequence(items) -> list[tuple[str, ...]]:
    """Conditions every match of the sequence `items` meets: each a tuple of strings, one of
    which the match contains."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & (re.IGNORECASE | re.LOCALE):
                found.extend(_sequence(sub))
        elif op is _c.BRANCH:
            branches = [_best(_sequence(b)) for b in av[1]]
            if all(branches):
                found.append(tuple(dict.fromkeys(s for b in branches for s in b)))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                found.extend(_sequence(sub))
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in av):
            found.append(tuple(dict.fromkeys(chr(a) for _, a in av)))
    if run:
        found.append(("".join(run),))
    return found


def needles(pattern: re.Pattern, most: int = 3) -> tuple[tuple[str, ...], ...]:
    """Conditions (at most `most`, the rarest-looking first) that every string `pattern` matches
    anywhere in meets: each a tuple of literals, one of which the string contains."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return ()
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser we do not know: no prefilter
        return ()
    conditions = [_shortest(c) for c in _sequence(list(parsed))]
    conditions = sorted(dict.fromkeys(conditions), key=_rank, reverse=True)
    return tuple(conditions[:most])


def _shortest(condition: tuple[str, ...]) -> tuple[str, ...]:
    """The condition without the literals that hold another of its literals ("사진제공" has "사진")."""
    return tuple(n for n in condition if not any(o != n and o in n for o in condition))


class Needled:
    """A compiled pattern with a literal prefilter: `match`, `search`, `findall`, `sub` answer as the pattern does."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.needles = needles(pattern)

    def possible(self, text: str) -> bool:
        """False only when `pattern` cannot match anywhere in `text`."""
        for condition in self.needles:
            for n in condition:
                if n in text:
                    break
            else:
                return False
        return True

    def match(self, text: str):
        return self.pattern.match(text) if self.possible(text) else None

    def search(self, text: str):
        return self.pattern.search(text) if self.possible(text) else None

    def findall(self, text: str) -> list:
        return self.pattern.findall(text) if self.possible(text) else []

    def sub(self, repl, text: str) -> str:
        return self.pattern.sub(repl, text) if self.possible(text) else text
