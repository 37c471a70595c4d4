"""Tests for ratings, the predikat matrix and distribution guidance."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import (
    DEFAULT_DISTRIBUTION_GUIDANCE,
    DistributionRule,
    OrgPredikat,
    Predikat,
    Rating,
    check_distribution,
    distribution_shares,
    predikat,
)

SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)


def test_rating_values_are_the_official_texts() -> None:
    assert [r.value for r in Rating] == [
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
        "Di Bawah Ekspektasi",
    ]


def test_predikat_str_is_indonesian_name() -> None:
    assert str(Predikat.SANGAT_BAIK) == "Sangat Baik"
    assert str(Predikat.KURANG) == "Kurang/Misconduct"
    assert f"{Predikat.BUTUH_PERBAIKAN}" == "Butuh Perbaikan"
    assert [str(p) for p in OrgPredikat] == [
        "Istimewa",
        "Baik",
        "Butuh Perbaikan",
        "Kurang",
        "Sangat Kurang",
    ]


# Every cell of the domain.md table: rows = hasil, columns = perilaku.
@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        ("Di Atas Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"),
        ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik"),
        ("Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"),
        ("Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"),
        ("Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"),
        ("Sesuai Ekspektasi", "Di Atas Ekspektasi", "Baik"),
        ("Di Bawah Ekspektasi", "Di Bawah Ekspektasi", "Sangat Kurang"),
        ("Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"),
        ("Di Bawah Ekspektasi", "Di Atas Ekspektasi", "Butuh Perbaikan"),
    ],
)
def test_predikat_matrix_cell(hasil: str, perilaku: str, expected: str) -> None:
    assert predikat(hasil, perilaku) == expected
    assert predikat(Rating(hasil), Rating(perilaku)) is Predikat(expected)


def test_predikat_is_not_symmetric() -> None:
    # Good results with bad behaviour is misconduct, the reverse only needs improvement.
    assert predikat(Rating.DI_ATAS, Rating.DI_BAWAH) is K
    assert predikat(Rating.DI_BAWAH, Rating.DI_ATAS) is BP


@pytest.mark.parametrize(
    "text",
    ["di atas ekspektasi", "  DI ATAS   EKSPEKTASI ", "Di Atas", "DI_ATAS", "diatas ekspektasi"],
)
def test_rating_parse_is_tolerant(text: str) -> None:
    assert Rating.parse(text) is Rating.DI_ATAS


def test_rating_parse_accepts_member() -> None:
    assert Rating.parse(Rating.SESUAI) is Rating.SESUAI


@pytest.mark.parametrize("bad", ["", "Luar Biasa", "sangat baik"])
def test_rating_parse_error_lists_valid_values(bad: str) -> None:
    with pytest.raises(ValueError, match="Rating tidak dikenal") as info:
        Rating.parse(bad)
    message = str(info.value)
    for rating in Rating:
        assert rating.value in message


def test_predikat_rejects_unknown_rating() -> None:
    with pytest.raises(ValueError, match="Rating tidak dikenal"):
        predikat("Bagus", "Sesuai Ekspektasi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sangat baik", SB),
        ("BAIK", B),
        ("butuh  perbaikan", BP),
        ("Kurang", K),
        ("kurang/misconduct", K),
        ("Misconduct", K),
        ("Sangat Kurang", SK),
        ("SANGAT_KURANG", SK),
    ],
)
def test_predikat_parse(text: str, expected: Predikat) -> None:
    assert Predikat.parse(text) is expected


def test_predikat_parse_error_is_indonesian() -> None:
    with pytest.raises(ValueError, match="Predikat kinerja tidak dikenal: 'Istimewa'"):
        Predikat.parse("Istimewa")


def test_org_predikat_parse() -> None:
    assert OrgPredikat.parse("istimewa") is OrgPredikat.ISTIMEWA
    with pytest.raises(ValueError, match="Predikat kinerja organisasi tidak dikenal"):
        OrgPredikat.parse("Sangat Baik")


_rating_text = st.sampled_from(list(Rating)).flatmap(
    lambda r: st.sampled_from([r, r.value, r.value.upper(), f"  {r.value.lower()} ", r.name])
)


@UNTIMED
@given(_rating_text, _rating_text)
def test_predikat_is_total_over_all_spellings(hasil: Rating | str, perilaku: Rating | str) -> None:
    result = predikat(hasil, perilaku)
    assert isinstance(result, Predikat)
    assert result is predikat(Rating.parse(hasil), Rating.parse(perilaku))


# --- distribution guidance -------------------------------------------------------------


@pytest.mark.parametrize("org", list(OrgPredikat))
def test_no_warnings_when_nobody_counted(org: OrgPredikat) -> None:
    assert check_distribution(org, {}) == []
    assert check_distribution(org, dict.fromkeys(Predikat, 0)) == []


def test_istimewa_exactly_70_percent_sangat_baik_is_fine() -> None:
    assert check_distribution(OrgPredikat.ISTIMEWA, {SB: 7, B: 3}) == []
    assert check_distribution("Istimewa", {SB: 70, B: 30}) == []


# One rule of the guidance broken: one warning, saying which share and which limit.
ONE_WARNING = [
    pytest.param(OrgPredikat.ISTIMEWA, {SB: 71, B: 29},
                 ("Sangat Baik", "71,0%", "70%", "Istimewa"), id="istimewa_over_70_sangat_baik"),
    pytest.param(OrgPredikat.BAIK, {B: 8, BP: 1, SB: 1}, ("Baik 80,0%", "maksimal 70%"),
                 id="baik_over_70_baik"),
    pytest.param(OrgPredikat.BAIK, {B: 7, SB: 3},
                 ("Butuh Perbaikan atau Kurang", "minimal 1", "0,0%"),
                 id="baik_without_butuh_perbaikan_or_kurang"),
    pytest.param(OrgPredikat.BUTUH_PERBAIKAN, {BP: 59, B: 41},
                 ("Butuh Perbaikan 59,0%", "minimal 60%"), id="butuh_perbaikan_under_60"),
    pytest.param(OrgPredikat.BUTUH_PERBAIKAN, {BP: 6, SB: 2, B: 2},
                 ("Sangat Baik 20,0%", "maksimal 10%"), id="butuh_perbaikan_over_10_sangat_baik"),
    pytest.param(OrgPredikat.KURANG, {K: 5, BP: 1, B: 4}, ("Kurang 50,0%", "minimal 60%"),
                 id="kurang_under_60"),
    pytest.param(OrgPredikat.KURANG, {K: 6, B: 4}, ("Butuh Perbaikan 0,0%", "minimal 10%"),
                 id="kurang_without_butuh_perbaikan"),
    pytest.param(OrgPredikat.KURANG, {K: 6, BP: 1, SB: 3}, ("Sangat Baik 30,0%",),
                 id="kurang_with_many_sangat_baik"),
    pytest.param(OrgPredikat.SANGAT_KURANG, {SK: 13, K: 1, B: 6},
                 ("Kurang dan/atau Butuh Perbaikan 5,0%", "minimal 10%"),
                 id="sangat_kurang_combined_share_under_10"),
    pytest.param(OrgPredikat.SANGAT_KURANG, {SK: 5, K: 5}, ("Sangat Kurang 50,0%",),
                 id="sangat_kurang_under_60"),
    pytest.param(OrgPredikat.SANGAT_KURANG, {SK: 6, K: 1, SB: 1, B: 2},
                 ("Sangat Baik", "tidak ada", "10,0%"), id="sangat_kurang_any_sangat_baik"),
]  # fmt: skip


@pytest.mark.parametrize(("org", "counts", "says"), ONE_WARNING)
def test_one_broken_rule_gives_one_warning(org, counts, says) -> None:
    warnings = check_distribution(org, counts)
    assert len(warnings) == 1
    for text in says:
        assert text in warnings[0], text


def test_istimewa_percentage_is_formatted_indonesian_style() -> None:
    warnings = check_distribution(OrgPredikat.ISTIMEWA, {SB: 3, B: 1})
    assert "75,0%" in warnings[0]
    assert "3 dari 4 pegawai" in warnings[0]


def test_baik_met() -> None:
    assert check_distribution(OrgPredikat.BAIK, {B: 7, BP: 1, SB: 2}) == []
    # Kurang also satisfies "at least one Butuh Perbaikan or Kurang".
    assert check_distribution(OrgPredikat.BAIK, {B: 7, K: 1, SB: 2}) == []


def test_baik_both_rules_violated() -> None:
    assert len(check_distribution(OrgPredikat.BAIK, {B: 10})) == 2


def test_butuh_perbaikan_boundaries_met() -> None:
    assert check_distribution(OrgPredikat.BUTUH_PERBAIKAN, {BP: 6, SB: 1, B: 3}) == []


def test_kurang_boundaries_met() -> None:
    assert check_distribution(OrgPredikat.KURANG, {K: 6, BP: 1, SB: 1, B: 2}) == []


def test_sangat_kurang_met_with_kurang_or_butuh_perbaikan_combined() -> None:
    assert check_distribution(OrgPredikat.SANGAT_KURANG, {SK: 6, K: 1, B: 3}) == []
    assert check_distribution(OrgPredikat.SANGAT_KURANG, {SK: 6, BP: 1, B: 3}) == []
    # Neither alone reaches 10%, together they do (1 + 1 of 20 = 10%).
    assert check_distribution(OrgPredikat.SANGAT_KURANG, {SK: 12, K: 1, BP: 1, B: 6}) == []


def test_counts_accept_strings_and_merge_duplicates() -> None:
    counts: dict[Predikat | str, int] = {"SANGAT BAIK": 5, SB: 3, "baik": 2}
    warnings = check_distribution("istimewa", counts)
    assert len(warnings) == 1
    assert "80,0%" in warnings[0]


def test_counter_of_predikat_is_accepted() -> None:
    employees = [SB, SB, B, B, B, BP, B, B, B, B]
    assert check_distribution(OrgPredikat.BAIK, Counter(employees)) == []
    assert distribution_shares(Counter(employees))[SB] == 0.2


def test_negative_count_is_rejected() -> None:
    with pytest.raises(ValueError, match="tidak boleh negatif"):
        check_distribution(OrgPredikat.BAIK, {B: -1})


def test_unknown_predikat_key_is_rejected() -> None:
    with pytest.raises(ValueError, match="Predikat kinerja tidak dikenal"):
        check_distribution(OrgPredikat.BAIK, {"Luar Biasa": 1})


def test_guidance_table_can_be_overridden() -> None:
    strict = {OrgPredikat.ISTIMEWA: (DistributionRule((SB,), max_percent=Decimal(50)),)}
    assert check_distribution(OrgPredikat.ISTIMEWA, {SB: 6, B: 4}) == []
    warnings = check_distribution(OrgPredikat.ISTIMEWA, {SB: 6, B: 4}, guidance=strict)
    assert len(warnings) == 1
    assert "maksimal 50%" in warnings[0]
    # Orgs missing from an override table simply get no guidance.
    assert check_distribution(OrgPredikat.BAIK, {B: 10}, guidance=strict) == []


def test_default_guidance_covers_every_org_predikat() -> None:
    assert set(DEFAULT_DISTRIBUTION_GUIDANCE) == set(OrgPredikat)


def test_fractional_limit_is_shown_with_decimal() -> None:
    rule = DistributionRule((SB,), max_percent=Decimal("12.5"))
    warnings = check_distribution(
        OrgPredikat.ISTIMEWA, {SB: 2, B: 8}, guidance={OrgPredikat.ISTIMEWA: (rule,)}
    )
    assert "maksimal 12,5%" in warnings[0]


def test_distribution_shares() -> None:
    shares = distribution_shares({SB: 1, "Baik": 3})
    assert shares[SB] == 0.25
    assert shares[B] == 0.75
    assert shares[SK] == 0.0
    assert set(shares) == set(Predikat)
    assert all(v == 0.0 for v in distribution_shares({}).values())


_counts = st.fixed_dictionaries({p: st.integers(min_value=0, max_value=200) for p in Predikat})


@UNTIMED
@given(_counts)
def test_shares_sum_to_one(counts: dict[Predikat, int]) -> None:
    shares = distribution_shares(counts)
    total = sum(counts.values())
    if total:
        assert sum(shares.values()) == pytest.approx(1.0)
    else:
        assert sum(shares.values()) == 0.0


@UNTIMED
@given(_counts)
def test_istimewa_warns_exactly_when_over_70_percent(counts: dict[Predikat, int]) -> None:
    total = sum(counts.values())
    expected = total > 0 and counts[SB] * 10 > total * 7
    assert bool(check_distribution(OrgPredikat.ISTIMEWA, counts)) is expected


@UNTIMED
@given(_counts, st.sampled_from(list(OrgPredikat)))
def test_check_distribution_never_fails_on_valid_counts(
    counts: dict[Predikat, int], org: OrgPredikat
) -> None:
    warnings = check_distribution(org, counts)
    assert all(isinstance(w, str) and w.endswith(".") for w in warnings)
    assert len(warnings) <= len(DEFAULT_DISTRIBUTION_GUIDANCE[org])
