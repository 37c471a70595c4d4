"""SKP periods of a year: each part ends the day before the next starts."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.domain.skp import PeriodReason, part_periods


def test_a_part_ends_the_day_before_the_next_starts():
    parts = [
        (2, date(2026, 8, 1), date(2026, 12, 31)),
        (1, date(2026, 1, 1), date(2026, 12, 31)),
        (3, date(2026, 10, 16), date(2026, 12, 31)),
    ]
    assert part_periods(parts) == {
        1: (date(2026, 1, 1), date(2026, 7, 31)),
        2: (date(2026, 8, 1), date(2026, 10, 15)),
        3: (date(2026, 10, 16), date(2026, 12, 31)),
    }


def test_a_stored_end_before_the_next_start_is_kept():
    parts = [(1, date(2026, 1, 1), date(2026, 5, 31)), (2, date(2026, 9, 1), date(2026, 12, 31))]
    assert part_periods(parts)[1] == (date(2026, 1, 1), date(2026, 5, 31))


def test_reasons_parse():
    assert PeriodReason.parse("Promosi") is PeriodReason.PROMOSI
    with pytest.raises(ValueError, match="Alasan periode SKP"):
        PeriodReason.parse("pensiun")
