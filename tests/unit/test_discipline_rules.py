"""Hukuman disiplin rules (PP 94/2021 kinds and durations; PP 11/2017 one-year look-back)."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.domain import discipline as rules


def test_the_catalogue_follows_pp_94_2021():
    by_level: dict[str, list[str]] = {}
    for kind in rules.KINDS.values():
        by_level.setdefault(kind.level, []).append(kind.key)
    assert {level: len(keys) for level, keys in by_level.items()} == {
        "ringan": 3,
        "sedang": 3,
        "berat": 3,
    }
    assert [rules.KINDS[k].months for k in by_level["sedang"]] == [6, 9, 12]


@pytest.mark.parametrize(
    ("kind", "tmt", "end"),
    [
        ("potong_tukin_6", date(2026, 3, 1), date(2026, 8, 31)),
        ("potong_tukin_9", date(2026, 5, 15), date(2027, 2, 14)),
        ("potong_tukin_12", date(2026, 1, 1), date(2026, 12, 31)),
        # 31 August + 6 months is clamped to 28 February: the hukuman ends the day before.
        ("potong_tukin_6", date(2026, 8, 31), date(2027, 2, 27)),
        ("turun_jabatan", date(2024, 2, 29), date(2025, 2, 27)),
        ("teguran_tertulis", date(2026, 3, 1), None),
        ("pemberhentian", date(2026, 3, 1), None),
    ],
)
def test_end_date_follows_the_kind(kind, tmt, end):
    assert rules.end_date(kind, tmt) == end


def test_what_counts_against_promotion():
    on = date(2026, 12, 7)
    ends = rules.end_date
    # ringan never counts
    assert not rules.counts_against_promotion("teguran_tertulis", on, None, on)
    # sedang that started within the last twelve months counts, even once it has ended
    tmt = date(2026, 1, 5)
    assert rules.counts_against_promotion("potong_tukin_6", tmt, ends("potong_tukin_6", tmt), on)
    # ... and one that started twelve months ago or earlier does not
    tmt = date(2025, 12, 7)
    assert not rules.counts_against_promotion(
        "potong_tukin_6", tmt, ends("potong_tukin_6", tmt), on
    )
    # a berat hukuman still running counts; one that ended after twelve months does not
    tmt = date(2025, 12, 10)
    assert rules.counts_against_promotion("turun_jabatan", tmt, ends("turun_jabatan", tmt), on)
    tmt = date(2025, 12, 1)
    assert not rules.counts_against_promotion("turun_jabatan", tmt, ends("turun_jabatan", tmt), on)
    # a hukuman that starts after the list's date does not (yet)
    tmt = date(2026, 12, 8)
    assert not rules.counts_against_promotion("bebas_jabatan", tmt, ends("bebas_jabatan", tmt), on)
