"""Budget records and consistency checks: the figures of one article tied together.

`annotate(article)` returns a copy of the record with `budgets` and `checks` filled.
It works from the extracted figures and reads the body only around them, so it
accepts whatever the extractors give (a change with only a delta, approximate
counts, durations found or not) and adds the few claims they leave implicit.

1. view     `checks/view.py`: every figure as a quantity with a tolerance interval
            (`checks/tolerance.py`), plus implicit deltas and durations
2. budgets  `budgets.py`: programme, amount, period, agency, purpose
3. rules    one function each, every one giving `Check(rule, status, message, items)`:
   - change_arithmetic  before → after against a delta stated elsewhere  (`checks/changes.py`)
   - percent_change     "3.7%(4134억원) 감소" against before and after    (`checks/changes.py`)
   - repeated_figure    a deck figure against the body's figures          (`checks/repeats.py`)
   - range_duration     "2026년부터 2029년까지 4년에 걸쳐"                   (`checks/durations.py`)
   - elapsed_time       "9월 10일 출범 이후 100여일" against publication    (`checks/durations.py`)
   - parts_total        items of a total against it                        (`checks/parts.py`)
4. order    one check per (rule, items), sorted by where its first item sits

Word lists live in rules/check_rules.toml; messages are Korean (`checks/wording.py`).
"""

from __future__ import annotations

from .budgets import budgets_of, build_budgets
from .checks.changes import change_arithmetic, percent_change
from .checks.durations import elapsed_time, range_duration
from .checks.parts import parts_total
from .checks.repeats import repeated_figure
from .checks.tolerance import interval, parse_number
from .checks.view import View, build_view
from .models import Article, Budget, Check

__all__ = ["annotate", "build_budgets", "run_checks", "parse_number", "interval", "RULES"]

RULES = ("change_arithmetic", "percent_change", "repeated_figure", "range_duration", "elapsed_time", "parts_total")


def run_checks(article: Article, budgets: list[Budget] | None = None) -> list[Check]:
    """Every rule over one article, in the order of the text; one check per claim."""
    v = build_view(article)
    if budgets is None:
        budgets = budgets_of(v)
    return _run(v, budgets)


def _run(v: View, budgets: list[Budget]) -> list[Check]:
    found = (change_arithmetic(v) + percent_change(v) + repeated_figure(v, budgets) + range_duration(v)
             + elapsed_time(v) + parts_total(v))
    seen, out = set(), []
    for c in found:
        key = (c.rule, tuple(tuple(m.span) for m in c.items))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return sorted(out, key=lambda c: (min((m.span[0] for m in c.items), default=0), RULES.index(c.rule)))


def annotate(article: Article) -> Article:
    """The article with `budgets` and `checks` filled from its own figures."""
    v = build_view(article)
    budgets = budgets_of(v)
    return article.model_copy(update={"budgets": budgets, "checks": _run(v, budgets)})
