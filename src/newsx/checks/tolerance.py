"""Numbers and the tolerance the checks allow them.

Approximate figures are intervals, not points: 약 ±10%, 여/남짓 from the value up
to a quarter more, 이상/이하 open on one side, exact figures ± half their last unit.
Two figures agree when their intervals overlap.
"""

from __future__ import annotations

import math
import re

__all__ = [
    "INF", "NUM", "AMOUNT", "parse_amount", "parse_number", "interval", "overlap", "minus", "negate", "contains",
    "norm_unit",
]

INF = math.inf


NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
AMOUNT = re.compile(rf"{NUM}(?:\s?[조억만천]+(?:\s?{NUM}\s?[조억만천]*)*)?")
_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_TOKEN = re.compile(rf"({NUM})|([조억만천])")
_WORD_UNIT = re.compile(r"[조억만천]")
_NUMBER = re.compile(NUM)
_ABOUT_MORE = re.compile(r"\d\s?[조억만천]?\s?(?:여|남짓|넘게|이상|초과|넘는|넘어)")
_OR_MORE = re.compile(r"(?:이상|초과)$")
_YEO = re.compile(r"\d\s?[조억만천]?\s?(?:여|남짓)")
_OR_LESS = re.compile(r"(?:이하|미만)")
_ABOUT = re.compile(r"(?:^|\s)약\s?\d|\d\s?[가-힣]*\s?(?:가량|정도|안팎|내외|쯤)")


def parse_amount(s: str) -> float | None:
    total = section = 0.0
    cur: float | None = None
    for m in _TOKEN.finditer(s):
        if m.group(1):
            cur = float(m.group(1).replace(",", ""))
        elif m.group(2) == "천":
            section += (cur if cur is not None else 1) * 1e3
            cur = None
        else:
            section += cur or 0
            total += (section or 1) * _BIG[m.group(2)]
            section, cur = 0.0, None
    if cur is None and section == 0 and total == 0:
        return None
    return total + section + (cur or 0)


def parse_number(text: str) -> float | None:
    """The first number of `text`, Korean units included: '11조1571억원' -> 11157100000000.0."""
    m = AMOUNT.search(text)
    return parse_amount(m.group(0)) if m else None


def _precision(text: str) -> float:
    """Half the last unit a figure is written to: '4134억원' -> 0.5억, '3.7%' -> 0.05.

    A single digit before a word unit ('3조원', '1만곳') is read to a tenth of that unit:
    2.6조 would be written '2조6000억원' and 8천 '8천', not '3조' and '1만'."""
    m = AMOUNT.search(text)
    if not m:
        return 0.5
    s = m.group(0)
    units = _WORD_UNIT.findall(s)
    last_num = _NUMBER.findall(s)[-1]
    decimals = len(last_num.split(".")[1]) if "." in last_num else 0
    unit = 1.0
    if units and s.rstrip()[-1] in "조억만천":
        unit = {"천": 1e3, **_BIG}[units[-1]]
        value = parse_amount(s)
        if not decimals and value is not None and value < 10 * unit:
            decimals = 1
    return 0.5 * unit * 10.0 ** (-decimals)


def _approx_marker(text: str) -> str | None:
    if _ABOUT_MORE.search(text) or _OR_MORE.search(text):
        return "여" if _YEO.search(text) else "이상"
    if _OR_LESS.search(text):
        return "이하"
    if _ABOUT.search(text):
        return "약"
    return None


def interval(value: float, qualifier: str = "exact", text: str = "", value_max: float | None = None) -> tuple[float, float]:
    """The values a figure admits. '1000여개' -> (1000, 1350); '약 1조원' -> (0.9조, 1.1조)."""
    marker = _approx_marker(text)
    if qualifier == "range" and value_max is not None:
        return (value, value_max)
    if marker == "여":
        return (value, value * 1.25 + 1)
    if qualifier == "at_least" or marker == "이상":
        return (value, INF)
    if qualifier == "at_most" or marker == "이하":
        return (-INF, value)
    if qualifier == "approx" or marker == "약":
        return (value - abs(value) * 0.1, value + abs(value) * 0.1)
    p = _precision(text) if text else 0.5
    return (value - p, value + p)


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    eps = 1e-9 * max(1.0, abs(a[0]) if a[0] not in (INF, -INF) else 1.0)
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


def minus(a, b):
    return (a[0] - b[1], a[1] - b[0])


def negate(a):
    return (-a[1], -a[0])



def contains(iv: tuple[float, float], x: float) -> bool:
    return iv[0] - 1e-9 * max(1.0, abs(x)) <= x <= iv[1] + 1e-9 * max(1.0, abs(x))



def norm_unit(unit: str | None) -> str:
    if unit in ("원", "억원", "조원", "만원", "KRW"):
        return "KRW"
    return unit or ""

