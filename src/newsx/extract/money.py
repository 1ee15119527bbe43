"""Money: amounts with a currency (원, 달러, 유로, 엔, 위안 ... and $ € £ ¥ ₩ signs).

`value` is in units of the currency (296억원 -> 29600000000); `qualifier`
comes from the words around the figure (약, 이상, 최대, 여, 가량 ...) and a
range (100~200억원, 1억원~2억원, A에서 B 사이) fills `value_max`. A bare
figure with 억/조 (13.8조) is money in won when a budget word stands next to
it (예산, 사업비, 매출 ...: rules/numbers.toml [money_context]).
The grammar itself lives in `numbers.py`.
"""

from __future__ import annotations

from ..models import Money
from .numbers import records

__all__ = ["extract"]


def extract(doc, ctx) -> list[Money]:
    """Every amount of money in the document, in order."""
    return records(doc, ctx, "money", Money, unit_field="currency")
