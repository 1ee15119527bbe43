"""The Korean of check messages: values with their units, quoted figures, particles."""

from __future__ import annotations

from .tolerance import INF

__all__ = ["show", "quote", "josa", "RAGO", "pct"]

RAGO = ("라고", "이라고")


def _fmt(v: float) -> str:
    if v in (INF, -INF):
        return "∞"
    a = abs(v)
    for unit, size in (("조", 1e12), ("억", 1e8), ("만", 1e4)):
        if a >= size:
            whole = int(round(a // size))
            rest = a - whole * size
            out = f"{whole}{unit}" + (_fmt(rest) if rest >= 1 else "")
            return ("-" if v < 0 else "") + out
    return f"{v:,.2f}".rstrip("0").rstrip(".")



def show(value: float, unit: str) -> str:
    if unit == "KRW":
        return _fmt(value) + "원"
    if unit in ("%", "%p"):
        return f"{value:g}{unit}"
    return _fmt(value) + _CURRENCY.get(unit, unit)


_CURRENCY = {"USD": "달러", "EUR": "유로", "JPY": "엔", "CNY": "위안", "GBP": "파운드"}


def quote(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return "‘" + (text if len(text) <= limit else text[: limit - 1] + "…") + "’"


_DIGIT_FINAL = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False, "6": True, "7": True, "8": True, "9": False}


def josa(text: str, pair) -> str:
    """`text` with the particle that fits its last sound: josa("‘4년’", "와과") -> "‘4년’과";
    a pair of longer particles is a tuple: josa("‘4년’", RAGO) -> "‘4년’이라고"."""
    core = text.rstrip("’”'\") ")
    last = core[-1] if core else ""
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        rieul = final == 8
    elif last.isdigit():
        final, rieul = _DIGIT_FINAL[last], last in "178"
    else:
        final, rieul = False, False
    if pair == "로":
        return text + ("로" if not final or rieul else "으로")
    return text + (pair[1] if final else pair[0])



def pct(x: float) -> str:
    """A computed percentage to two decimals at most: 12.5, 3.71, 15."""
    return f"{x:.2f}".rstrip("0").rstrip(".")
