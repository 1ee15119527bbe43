"""The word lists of rules/check_rules.toml, read once and compiled.

Lists that feed a regex become one alternation in the order written there; the
rest become sets or tuples. A malformed file raises `RuleError` naming the key.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from ..errors import RuleError

__all__ = [
    "alternation", "UP", "DOWN", "JOINS", "MORE", "BEFORE_CUE", "COMPARISON", "PREVIOUS_YEAR", "EVENTS", "PARTICLES", "STOP",
    "BUDGET_CUE", "PUBLIC_MONEY", "GENERIC_FIRST", "GOV_SUFFIX",
]

_FILE = "rules/check_rules.toml"


def _load() -> dict:
    try:
        return tomllib.loads(resources.files("newsx.rules").joinpath("check_rules.toml").read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{_FILE}: {exc}; see the comments in the file") from exc


def _words(data: dict, section: str, key: str) -> list[str]:
    words = data.get(section, {}).get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise RuleError(f"{_FILE}: [{section}] {key} must be a non-empty list of words")
    return words


def alternation(words: list[str]) -> str:
    """One regex alternative per word, in order; a space stands for any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in words)


_DATA = _load()

UP = alternation(_words(_DATA, "changes", "up"))
DOWN = alternation(_words(_DATA, "changes", "down"))
JOINS = tuple(_words(_DATA, "changes", "joins"))
MORE = alternation(_words(_DATA, "changes", "more"))
BEFORE_CUE = re.compile(alternation(_words(_DATA, "changes", "before_cues")))
COMPARISON = alternation(_words(_DATA, "changes", "comparison"))
PREVIOUS_YEAR = re.compile(rf"(?:{alternation(_words(_DATA, 'changes', 'previous_year'))})$")
EVENTS = alternation(_words(_DATA, "elapsed", "events"))
PARTICLES = tuple(_words(_DATA, "nouns", "particles"))
STOP = frozenset(_words(_DATA, "nouns", "stop"))
BUDGET_CUE = re.compile(alternation(_words(_DATA, "budgets", "cues")))
PUBLIC_MONEY = re.compile(alternation(_words(_DATA, "budgets", "public_money")))
GENERIC_FIRST = frozenset(_words(_DATA, "budgets", "generic_first"))
GOV_SUFFIX = re.compile(rf"(?:{alternation(_words(_DATA, 'budgets', 'government_suffixes'))})$")
