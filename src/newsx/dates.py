"""Date arithmetic for periods: ISO partial dates, month ends, quarters, offsets.

A period bound is an ISO partial date: "2026" (a year), "2026-09" (a month)
or "2026-09-10" (a day). Everything here is plain `datetime`/`calendar`:
the pieces are small and exact, and no third-party parser matches the
Korean masthead and relative forms we meet (dateparser's Korean data knows
neither 내년도 nor ’23.下), so a dependency would buy nothing.

`parse_published` reads the publication date out of a page's date line
("입력 2025.12.26 10:00", "등록 2025-09-01 11:17:41", "2025년 12월 26일 금요일",
ISO datetimes).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

__all__ = [
    "iso",
    "parse_iso",
    "is_leap",
    "month_end",
    "add_months",
    "add_days",
    "valid_day",
    "year_bounds",
    "month_bounds",
    "quarter_bounds",
    "half_bounds",
    "months_bounds",
    "days_bounds",
    "week_bounds",
    "forward_bounds",
    "sexagenary_year",
    "parse_published",
]

MIN_YEAR, MAX_YEAR = 1900, 2100


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    """ISO partial date: iso(2026) -> "2026", iso(2026, 9) -> "2026-09", iso(2026, 9, 10) -> "2026-09-10"."""
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_iso(text: str) -> tuple[int, int | None, int | None]:
    """The (year, month, day) of an ISO partial date; missing parts are None."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        raise ValueError(f"not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    y, mo, d = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None


def is_leap(y: int) -> bool:
    return calendar.isleap(y)


def month_end(y: int, m: int) -> int:
    """Last day of month m of year y (28, 29, 30 or 31)."""
    return calendar.monthrange(y, m)[1]


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) n months after (y, m); n may be negative."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def add_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= month_end(y, m)


def year_bounds(y: int) -> tuple[str, str]:
    return iso(y), iso(y)


def month_bounds(y: int, m: int) -> tuple[str, str]:
    return iso(y, m), iso(y, m)


def months_bounds(y: int, first: int, last: int) -> tuple[str, str]:
    """Months first..last of year y; last may pass 12 (겨울: 12..14 -> December to February)."""
    ey, em = add_months(y, 1, last - 1)
    return iso(y, first), iso(ey, em)


def quarter_bounds(y: int, q: int) -> tuple[str, str]:
    if not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1..4, got {q}")
    return months_bounds(y, 3 * q - 2, 3 * q)


def half_bounds(y: int, h: int) -> tuple[str, str]:
    if h not in (1, 2):
        raise ValueError(f"half must be 1 or 2, got {h}")
    return months_bounds(y, 6 * h - 5, 6 * h)


def days_bounds(y: int, m: int, first: int, last: int | None) -> tuple[str, str]:
    """Days first..last of a month; last=None means the month's last day (말 of February in a leap year -> 29)."""
    end = month_end(y, m) if last is None else min(last, month_end(y, m))
    return iso(y, m, first), iso(y, m, end)


def week_bounds(d: date) -> tuple[str, str]:
    """Monday..Sunday of the week holding d."""
    monday = d - timedelta(days=d.weekday())
    sunday = monday + timedelta(days=6)
    return monday.isoformat(), sunday.isoformat()


def forward_bounds(d: date, n: int, unit: str) -> tuple[str, str]:
    """n units counted from the unit holding d, the current one included.

    향후 5년 published in 2025 -> 2025..2029; 향후 3개월 in December 2025 -> 2025-12..2026-02;
    향후 10일 from 2025-12-26 -> 2025-12-26..2026-01-04.
    """
    if n < 1:
        raise ValueError(f"a forward period needs n >= 1, got {n}")
    if unit == "year":
        return iso(d.year), iso(d.year + n - 1)
    if unit == "month":
        y, m = add_months(d.year, d.month, n - 1)
        return iso(d.year, d.month), iso(y, m)
    if unit == "week":
        return d.isoformat(), add_days(d, 7 * n - 1).isoformat()
    if unit == "day":
        return d.isoformat(), add_days(d, n - 1).isoformat()
    raise ValueError(f"unit must be year, month, week or day, got {unit!r}")


_STEMS = "갑을병정무기경신임계"
_BRANCHES = "자축인묘진사오미신유술해"


def sexagenary_year(name: str, near: int) -> int | None:
    """The year named by a sexagenary pair (병오 -> 2026) closest to year `near`."""
    if len(name) != 2 or name[0] not in _STEMS or name[1] not in _BRANCHES:
        return None
    s, b = _STEMS.index(name[0]), _BRANCHES.index(name[1])
    if s % 2 != b % 2:
        return None  # stems and branches pair only by parity: 60 names, not 120
    # 1984 is 갑자; find k in 0..59 with k % 10 == s and k % 12 == b
    k = next(k for k in range(60) if k % 10 == s and k % 12 == b)
    base = 1984 + k
    return base + 60 * round((near - base) / 60)


# --- publication dates ------------------------------------------------------

_LABEL = r"(?:기사\s*입력|최초\s*입력|입력|등록|작성|게재|발행|송고|승인|기사\s*등록|published|posted)"
_NUMERIC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-./]\s*|년\s*)(?P<m>\d{1,2})\s*(?:[-./]\s*|월\s*)(?P<d>\d{1,2})(?!\d)"
)
_LABELLED = re.compile(_LABEL + r"\s*(?:일|일시|시간)?\s*[:：]?\s*" + _NUMERIC.pattern, re.IGNORECASE)
_MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_ENGLISH = re.compile(
    r"(?:(?P<d1>\d{1,2})\s+(?P<mon1>[A-Za-z]{3})[a-z]*\.?,?\s+(?P<y1>(?:19|20)\d{2}))"
    r"|(?:(?P<mon2>[A-Za-z]{3})[a-z]*\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2}))"
)


def _make(y: str, m: str, d: str) -> date | None:
    try:
        out = date(int(y), int(m), int(d))
    except ValueError:
        return None
    return out if MIN_YEAR <= out.year <= MAX_YEAR else None


def parse_published(text: str | None) -> date | None:
    """The publication date in a page's date line, or None.

    A date after an 입력/등록/기사입력 label wins over other dates in the text
    (a page often shows 수정 as well); otherwise the first valid date counts.
    Accepts "2025.12.26", "2025-09-01 11:17:41", "2025/12/26", "2025년 12월 26일 금요일",
    ISO datetimes ("2025-05-15T20:00:52+09:00") and "Dec 26, 2025".
    """
    if not text:
        return None
    for m in _LABELLED.finditer(text):
        found = _make(m["y"], m["m"], m["d"])
        if found:
            return found
    for m in _NUMERIC.finditer(text):
        found = _make(m["y"], m["m"], m["d"])
        if found:
            return found
    for m in _ENGLISH.finditer(text):
        mon = (m["mon1"] or m["mon2"]).lower()
        if mon in _MONTHS_EN:
            found = _make(m["y1"] or m["y2"], str(_MONTHS_EN[mon]), m["d1"] or m["d2"])
            if found:
                return found
    return None
