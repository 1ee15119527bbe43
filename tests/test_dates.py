from datetime import date

import pytest

from newsx import dates


@pytest.mark.parametrize(
    "args,         expected",
    [
        ((2026,),        "2026"),
        ((2026, 9),      "2026-09"),
        ((2026, 9, 10),  "2026-09-10"),
        ((999,),         "0999"),
    ],
)
def test_iso(args, expected):
    assert dates.iso(*args) == expected


@pytest.mark.parametrize(
    "text,          expected",
    [
        ("2026",        (2026, None, None)),
        ("2026-09",     (2026, 9, None)),
        ("2026-09-10",  (2026, 9, 10)),
    ],
)
def test_parse_iso(text, expected):
    assert dates.parse_iso(text) == expected


@pytest.mark.parametrize("text", ["26", "2026-9", "2026/09/10", "", "2026-09-10T00:00"])
def test_parse_iso_rejects(text):
    with pytest.raises(ValueError, match="ISO partial date"):
        dates.parse_iso(text)


@pytest.mark.parametrize(
    "y,    m,  end",
    [
        (2024, 2,  29),   # leap year
        (2025, 2,  28),
        (2000, 2,  29),   # divisible by 400
        (1900, 2,  28),   # divisible by 100, not 400
        (2025, 4,  30),
        (2025, 12, 31),
    ],
)
def test_month_end(y, m, end):
    assert dates.month_end(y, m) == end


@pytest.mark.parametrize(
    "y,    m,  n,   expected",
    [
        (2025, 1,  -1,  (2024, 12)),   # 지난달 in January
        (2025, 12, 1,   (2026, 1)),    # 다음 달 in December
        (2025, 6,  0,   (2025, 6)),
        (2025, 3,  -15, (2023, 12)),
        (2025, 11, 14,  (2027, 1)),
    ],
)
def test_add_months(y, m, n, expected):
    assert dates.add_months(y, m, n) == expected


@pytest.mark.parametrize(
    "y,    q, expected",
    [
        (2026, 1, ("2026-01", "2026-03")),
        (2026, 2, ("2026-04", "2026-06")),
        (2026, 3, ("2026-07", "2026-09")),
        (2026, 4, ("2026-10", "2026-12")),
    ],
)
def test_quarter_bounds(y, q, expected):
    assert dates.quarter_bounds(y, q) == expected


def test_half_bounds():
    assert dates.half_bounds(2023, 1) == ("2023-01", "2023-06")
    assert dates.half_bounds(2023, 2) == ("2023-07", "2023-12")
    with pytest.raises(ValueError):
        dates.half_bounds(2023, 3)
    with pytest.raises(ValueError):
        dates.quarter_bounds(2023, 5)


def test_months_bounds_run_into_next_year():
    assert dates.months_bounds(2025, 12, 14) == ("2025-12", "2026-02")  # 겨울


@pytest.mark.parametrize(
    "y,    m, first, last, expected",
    [
        (2024, 2, 21,    None, ("2024-02-21", "2024-02-29")),   # 말 of February, leap year
        (2025, 2, 21,    None, ("2025-02-21", "2025-02-28")),
        (2025, 4, 21,    None, ("2025-04-21", "2025-04-30")),
        (2025, 3, 1,     10,   ("2025-03-01", "2025-03-10")),
        (2025, 2, 1,     31,   ("2025-02-01", "2025-02-28")),   # clipped to the month
    ],
)
def test_days_bounds(y, m, first, last, expected):
    assert dates.days_bounds(y, m, first, last) == expected


@pytest.mark.parametrize(
    "d,                 expected",
    [
        (date(2025, 12, 26), ("2025-12-22", "2025-12-28")),
        (date(2025, 12, 29), ("2025-12-29", "2026-01-04")),   # across New Year
        (date(2025, 12, 28), ("2025-12-22", "2025-12-28")),   # Sunday ends the week
    ],
)
def test_week_bounds(d, expected):
    assert dates.week_bounds(d) == expected


@pytest.mark.parametrize(
    "d,                  n,  unit,    expected",
    [
        (date(2025, 12, 26), 5,  "year",  ("2025", "2029")),
        (date(2025, 12, 26), 1,  "year",  ("2025", "2025")),
        (date(2025, 12, 26), 3,  "month", ("2025-12", "2026-02")),
        (date(2025, 12, 26), 10, "day",   ("2025-12-26", "2026-01-04")),
        (date(2024, 2, 28),  2,  "day",   ("2024-02-28", "2024-02-29")),
        (date(2025, 12, 26), 2,  "week",  ("2025-12-26", "2026-01-08")),
    ],
)
def test_forward_bounds(d, n, unit, expected):
    assert dates.forward_bounds(d, n, unit) == expected


def test_forward_bounds_rejects():
    with pytest.raises(ValueError, match="unit"):
        dates.forward_bounds(date(2025, 1, 1), 2, "decade")
    with pytest.raises(ValueError, match="n >= 1"):
        dates.forward_bounds(date(2025, 1, 1), 0, "year")


@pytest.mark.parametrize(
    "name, near, expected",
    [
        ("병오", 2025, 2026),
        ("을사", 2025, 2025),
        ("갑자", 2000, 1984),
        ("임진", 2025, 2012),
        ("임진", 1600, 1592),
        ("정유", 2025, 2017),
        ("갑축", 2025, None),   # stem and branch of different parity never pair
        ("가나", 2025, None),
    ],
)
def test_sexagenary_year(name, near, expected):
    assert dates.sexagenary_year(name, near) == expected


@pytest.mark.parametrize(
    "text,                                                expected",
    [
        ("입력 2025.12.26 10:00",                               date(2025, 12, 26)),
        ("입력 : 2025.12.26 오전 10:00 | 수정 2025.12.27",         date(2025, 12, 26)),
        ("수정 2025.12.27 09:00 입력 2025.12.26 10:00",            date(2025, 12, 26)),
        ("등록 2025-09-01 11:17:41",                             date(2025, 9, 1)),
        ("기사입력 2017-03-02",                                   date(2017, 3, 2)),
        ("기사입력 : 2017.03.02 오후 3:12",                         date(2017, 3, 2)),
        ("2025년 12월 26일 금요일",                                date(2025, 12, 26)),
        ("2025년 1월 6일(월)",                                    date(2025, 1, 6)),
        ("2022.12.28 과학기술정보통신부",                            date(2022, 12, 28)),
        ("2025-05-15T20:00:52+09:00",                           date(2025, 5, 15)),
        ("2025-05-15 20:00:52+09:00",                           date(2025, 5, 15)),
        ("2025/12/26",                                          date(2025, 12, 26)),
        ("승인 2024.02.29 18:00",                                date(2024, 2, 29)),
        ("Dec 26, 2025",                                        date(2025, 12, 26)),
        ("26 December 2025",                                    date(2025, 12, 26)),
        ("2025.02.30 then 2025.03.01",                          date(2025, 3, 1)),    # invalid day skipped
        ("no date here",                                        None),
        ("",                                                    None),
        (None,                                                  None),
        ("2023.02.29",                                          None),                # not a leap year
        ("1,000억원 12.5%",                                      None),
    ],
)
def test_parse_published(text, expected):
    assert dates.parse_published(text) == expected
