"""Percentages: every % and %p figure (퍼센트, %포인트, 퍼센트포인트 too).

A range (3~5%) is one record: `value` the lower bound, `value_max` the
upper, qualifier "range";
"2%대" is approx. Percent changes (21.4% 증가) are also changes.
"""

from __future__ import annotations

from ..models import Percentage
from .numbers import records

__all__ = ["extract"]


def extract(doc, ctx) -> list[Percentage]:
    """Every percentage in the document, in order."""
    return records(doc, ctx, "percent", Percentage)
