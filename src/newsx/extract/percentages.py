"""Percentages: every % and %p figure (퍼센트, %포인트, 퍼센트포인트 too).

A range (3~5%) is one record: `value` the lower bound, `value_max` the
upper, qualifier "range";
"2%대" is approx. Percent changes (21.4% 증가) are also changes.
"""

from __future__ import annotations

from ..models import Percentage
from .numbers import analyse

__all__ = ["extract"]


def extract(doc, ctx) -> list[Percentage]:
    """Every percentage in the document, in order."""
    res = analyse(doc, ctx)
    text = res.index.text
    return [
        Percentage(
            text=text[q.start : q.end],
            span=(q.start, q.end),
            sentence=ctx.sentence_of(q.start),
            value=q.value,
            unit=q.unit,
            qualifier=q.qualifier,
            value_max=q.value_max,
        )
        for q in res.quantities
        if q.kind == "percent"
    ]
