"""Written Korean numbers and their values: 1,000 · 12.5 · 13.8조 · 1조 2천억 · 7천13억 · 삼천억 · 오백만.

Values are exact decimals while they are built and floats at the end, so
13.8조 is 13800000000000 and not 13799999999999.998. Which written forms
count as a number in running text (Kiwi must tag 삼천억 NR, 이천시 is a
place) is the figure grammar's business, in `numbers.py`.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["parse_number", "smallest_large_unit", "is_hangul", "LARGE_UNITS"]


def is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


_NUM_TOKEN = re.compile(r"(\d+(?:\.\d+)?)|([일이삼사오육칠팔구])|([십백천])|([만억조경])")
_SINO = dict(zip("일이삼사오육칠팔구", range(1, 10)))
_SMALL = {"십": 10, "백": 100, "천": 1000}
LARGE_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}


def _clean(x: Decimal) -> float:
    return float(x.to_integral_value()) if x == x.to_integral_value() else float(x)


def parse_number(text: str) -> float | None:
    """The value of a written number: 1,000 · 12.5 · 1조 2천억 · 7천13억 · 99억5000만 · 삼천억 · 오백만.

    Spaces, thousands commas and the approximating 여 (100여억) are ignored.
    Returns None when `text` holds no number.
    """
    s = text.replace(",", "").replace(" ", "").replace("여", "")
    total = Decimal(0)
    section = Decimal(0)
    cur: Decimal | None = None
    seen = False
    for m in _NUM_TOKEN.finditer(s):
        seen = True
        d, sino, small, large = m.groups()
        if d is not None:
            cur = Decimal(d)
        elif sino is not None:
            cur = Decimal(_SINO[sino])
        elif small is not None:
            section += (cur if cur is not None else 1) * _SMALL[small]
            cur = None
        else:
            if cur is not None:
                section += cur
            if section == 0:
                section = Decimal(1)
            total += section * LARGE_UNITS[large]
            section = Decimal(0)
            cur = None
    if not seen:
        return None
    if cur is not None:
        section += cur
    return _clean(total + section)


def smallest_large_unit(text: str) -> int | None:
    """The multiplier of the last 만/억/조/경 in a written number (100~200억 scales 100 by it)."""
    units = [LARGE_UNITS[c] for c in text if c in LARGE_UNITS]
    return units[-1] if units else None

