"""The one Pejabat Penilai rule (domain.supervision.penilai_on)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ekinerja_desktop.domain.supervision import MappingSpan, penilai_on, penilai_periods

Y = 2025


def span(start: tuple[int, int], end: tuple[int, int], who: str, year: int = Y) -> MappingSpan:
    return MappingSpan(year, date(year, *start), date(year, *end), who)


def test_mapping_valid_on_the_day_decides():
    rows = [span((1, 1), (6, 30), "kasi"), span((7, 1), (12, 31), "kabid")]
    assert penilai_on(rows, date(Y, 6, 30)) == "kasi"
    assert penilai_on(rows, date(Y, 7, 1)) == "kabid"
    assert penilai_on(list(reversed(rows)), date(Y, 3, 2)) == "kasi"  # order of input


def test_first_mapping_of_the_year_covers_earlier_months():
    rows = [span((7, 1), (12, 31), "kasi")]
    assert penilai_on(rows, date(Y, 3, 2)) == "kasi"
    assert penilai_on(rows, date(Y, 1, 1)) == "kasi"
    # With two later mappings, the first one covers the earlier months.
    rows.append(span((10, 1), (12, 31), "kabid"))
    assert penilai_on(rows, date(Y, 3, 2)) == "kasi"


def test_another_mapping_says_otherwise():
    rows = [span((2, 1), (3, 31), "kadis"), span((7, 1), (12, 31), "kasi")]
    assert penilai_on(rows, date(Y, 1, 15)) == "kadis"  # before the first: the first
    assert penilai_on(rows, date(Y, 3, 2)) == "kadis"  # the one valid on the day


def test_gap_keeps_the_latest_earlier_mapping():
    rows = [span((1, 1), (3, 31), "kasi"), span((9, 1), (12, 31), "kabid")]
    assert penilai_on(rows, date(Y, 5, 5)) == "kasi"
    assert penilai_on([span((1, 1), (6, 30), "kasi")], date(Y, 11, 1)) == "kasi"


def test_overlap_latest_start_wins():
    rows = [span((1, 1), (12, 31), "kasi"), span((5, 1), (12, 31), "kabid")]
    assert penilai_on(rows, date(Y, 4, 30)) == "kasi"
    assert penilai_on(rows, date(Y, 5, 1)) == "kabid"


def test_other_years_do_not_count():
    rows = [span((1, 1), (12, 31), "kasi", year=Y - 1)]
    assert penilai_on(rows, date(Y, 3, 2)) is None
    assert penilai_on([], date(Y, 3, 2)) is None


@st.composite
def _year_spans(draw):
    year = 2026
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        start = date(year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
        end = start + timedelta(days=draw(st.integers(0, 200)))
        spans.append(
            MappingSpan(year, start, min(end, date(year, 12, 31)), draw(st.sampled_from("ABC")))
        )
    return spans


@given(_year_spans())
@settings(max_examples=200, deadline=None)
def test_penilai_periods_agree_with_the_rule_on_every_day(spans):
    periods = penilai_periods(spans, 2026)
    day = date(2026, 1, 1)
    while day.year == 2026:
        inside = [sup for first, last, sup in periods if first <= day <= last]
        expected = penilai_on(spans, day)
        assert inside == ([] if expected is None else [expected]), day
        day += timedelta(days=1)
