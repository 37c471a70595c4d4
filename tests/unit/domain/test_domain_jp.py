"""Tests for competency development JP rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import (
    DEFAULT_JP_CATALOGUE,
    PNS_MIN_JP_PER_YEAR,
    PPPK_MAX_JP_PER_YEAR,
    DevRoute,
    JpMode,
    JpRule,
    jp_rule,
    jp_status,
    suggest_jp,
)


def test_constants() -> None:
    assert PNS_MIN_JP_PER_YEAR == 20
    assert PPPK_MAX_JP_PER_YEAR == 24


def test_route_labels_and_parse() -> None:
    assert [r.label for r in DevRoute] == [
        "Pendidikan",
        "Pelatihan Klasikal",
        "Pelatihan Nonklasikal",
    ]
    assert DevRoute.parse("klasikal") is DevRoute.PELATIHAN_KLASIKAL
    assert DevRoute.parse("Pelatihan Nonklasikal") is DevRoute.PELATIHAN_NONKLASIKAL
    with pytest.raises(ValueError, match="Jalur pengembangan kompetensi tidak dikenal"):
        DevRoute.parse("kuliah")


def test_catalogue_covers_the_documented_activities() -> None:
    kinds = {rule.kind for rule in DEFAULT_JP_CATALOGUE}
    assert len(kinds) == len(DEFAULT_JP_CATALOGUE)
    expected = {
        "pendidikan_formal": DevRoute.PENDIDIKAN,
        "bimtek": DevRoute.PELATIHAN_KLASIKAL,
        "diklat_teknis": DevRoute.PELATIHAN_KLASIKAL,
        "seminar": DevRoute.PELATIHAN_KLASIKAL,
        "workshop": DevRoute.PELATIHAN_KLASIKAL,
        "kursus": DevRoute.PELATIHAN_KLASIKAL,
        "coaching": DevRoute.PELATIHAN_NONKLASIKAL,
        "mentoring": DevRoute.PELATIHAN_NONKLASIKAL,
        "e_learning": DevRoute.PELATIHAN_NONKLASIKAL,
        "pembelajaran_jarak_jauh": DevRoute.PELATIHAN_NONKLASIKAL,
        "detasering": DevRoute.PELATIHAN_NONKLASIKAL,
        "benchmarking": DevRoute.PELATIHAN_NONKLASIKAL,
        "belajar_mandiri": DevRoute.PELATIHAN_NONKLASIKAL,
        "komunitas_belajar": DevRoute.PELATIHAN_NONKLASIKAL,
        "magang": DevRoute.PELATIHAN_NONKLASIKAL,
    }
    for kind, route in expected.items():
        assert jp_rule(kind).route is route, kind


def test_per_hour_default_is_45_minutes() -> None:
    bimtek = jp_rule("bimtek")
    assert bimtek.mode is JpMode.PER_HOUR
    assert bimtek.minutes_per_jp == 45
    assert suggest_jp(bimtek, 3) == Decimal("4.00")
    assert suggest_jp(bimtek, Decimal("0.75")) == Decimal("1.00")
    assert suggest_jp(bimtek, 2) == Decimal("2.67")
    assert suggest_jp(bimtek, 1.5) == Decimal("2.00")
    assert suggest_jp(bimtek, 0) == Decimal("0.00")


def test_fixed_rule_ignores_hours() -> None:
    formal = jp_rule("pendidikan_formal")
    assert formal.mode is JpMode.FIXED
    assert suggest_jp(formal, 0) == Decimal(20)
    assert suggest_jp(formal, 500) == Decimal(20)


def test_custom_rule_minutes_and_cap() -> None:
    seminar = JpRule(
        kind="seminar",
        label="Seminar",
        route=DevRoute.PELATIHAN_KLASIKAL,
        minutes_per_jp=60,
        max_jp=Decimal(8),
    )
    assert suggest_jp(seminar, 3) == Decimal(3)
    assert suggest_jp(seminar, 24) == Decimal(8)


@pytest.mark.parametrize("hours", [-1, Decimal("-0.5"), float("nan"), Decimal("Infinity")])
def test_invalid_hours(hours: float | Decimal) -> None:
    with pytest.raises(ValueError, match="Jumlah jam kegiatan"):
        suggest_jp(jp_rule("kursus"), hours)


def test_rule_validation() -> None:
    with pytest.raises(ValueError, match="bermode tetap"):
        JpRule("x", "X", DevRoute.PENDIDIKAN, mode=JpMode.FIXED)
    with pytest.raises(ValueError, match="Menit per JP"):
        JpRule("x", "X", DevRoute.PENDIDIKAN, minutes_per_jp=0)
    with pytest.raises(ValueError, match="Batas maksimal JP"):
        JpRule("x", "X", DevRoute.PENDIDIKAN, max_jp=Decimal(-1))


def test_jp_rule_lookup() -> None:
    assert jp_rule("E-Learning").kind == "e_learning"
    custom = [JpRule("ojt", "On the job training", DevRoute.PELATIHAN_NONKLASIKAL)]
    assert jp_rule("ojt", custom).label == "On the job training"
    with pytest.raises(ValueError, match="tidak dikenal: 'bimtek'"):
        jp_rule("bimtek", custom)


def test_pns_status() -> None:
    ok, message = jp_status("PNS", 20)
    assert ok
    assert "Memenuhi minimal 20 JP" in message
    ok, message = jp_status("PNS", Decimal("12.5"))
    assert not ok
    assert "Kurang 7,5 JP dari minimal 20 JP" in message
    assert "12,5 JP" in message


def test_pppk_status() -> None:
    assert jp_status("PPPK", 24)[0]
    ok, message = jp_status("pppk", 30)
    assert not ok
    assert "Melebihi batas maksimal 24 JP" in message
    assert "sebanyak 6 JP" in message


def test_status_limits_are_configurable() -> None:
    assert not jp_status("PNS", 20, pns_min=40)[0]
    assert jp_status("PPPK", 30, pppk_max=32)[0]


@UNTIMED
@given(st.decimals(min_value=0, max_value=1000, places=2))
def test_status_threshold_property(total: Decimal) -> None:
    assert jp_status("PNS", total)[0] is (total >= 20)
    assert jp_status("PPPK", total)[0] is (total <= 24)


@UNTIMED
@given(st.decimals(min_value=0, max_value=500, places=2), st.decimals(0, 500, places=2))
def test_per_hour_suggestion_is_monotonic(a: Decimal, b: Decimal) -> None:
    rule = jp_rule("workshop")
    low, high = sorted((a, b))
    assert suggest_jp(rule, low) <= suggest_jp(rule, high)
    assert abs(suggest_jp(rule, high) - high * 60 / 45) <= Decimal("0.005")
