"""Tests for NIP / NI PPPK parsing, validation messages and formatting."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.effort import UNTIMED

from ekinerja_desktop.domain import (
    AsnStatus,
    NipError,
    NipInfo,
    Sex,
    format_nip,
    is_valid_nip,
    parse_nip,
)

TODAY = date(2026, 1, 15)

PNS = "198503302010011002"  # born 1985-03-30, TMT CPNS 2010-01, male, sequence 002
PNS_FEMALE = "199212052019032015"
PPPK = "199001012025211001"  # born 1990-01-01, appointed 2025, free "21", male, seq 001


def _error(text: str, status: str = "PNS") -> NipError:
    with pytest.raises(NipError) as info:
        parse_nip(text, status, today=TODAY)
    return info.value


def test_parse_valid_pns() -> None:
    info = parse_nip(PNS, today=TODAY)
    assert info == NipInfo(
        nip=PNS,
        status=AsnStatus.PNS,
        birth_date=date(1985, 3, 30),
        sex=Sex.MALE,
        appointment_year=2010,
        appointment_month=1,
        sequence=2,
    )
    assert info.status == "PNS"
    assert info.formatted == "19850330 201001 1 002"


def test_parse_valid_pns_female() -> None:
    info = parse_nip(PNS_FEMALE, today=TODAY)
    assert info.sex is Sex.FEMALE
    assert info.sex.label == "Perempuan"
    assert info.birth_date == date(1992, 12, 5)
    assert (info.appointment_year, info.appointment_month) == (2019, 3)
    assert info.sequence == 15


@pytest.mark.parametrize(
    "text",
    [
        "19850330 201001 1 002",
        "  19850330  201001 1 002 ",
        "'198503302010011002",
        "'19850330 201001 1 002",
        " '198503302010011002",
        "19850330\u00a0201001\u00a01\u00a0002",
    ],
)
def test_spaces_and_excel_apostrophe_are_tolerated(text: str) -> None:
    assert parse_nip(text, today=TODAY).nip == PNS


def test_parse_valid_pppk() -> None:
    info = parse_nip(PPPK, "PPPK", today=TODAY)
    assert info.status is AsnStatus.PPPK
    assert info.birth_date == date(1990, 1, 1)
    assert info.appointment_year == 2025
    assert info.appointment_month is None
    assert info.sex is Sex.MALE
    assert info.sequence == 1
    assert info.formatted == "19900101 2025 21 1 001"


@pytest.mark.parametrize("middle", ["00", "21", "99", "13"])
def test_pppk_middle_digits_are_not_checked(middle: str) -> None:
    assert is_valid_nip(f"199001012025{middle}2001", "pppk", today=TODAY)


def test_pppk_number_can_be_invalid_as_pns() -> None:
    # "99" in the PNS month position is impossible, but fine for NI PPPK.
    text = "199001012025992001"
    assert is_valid_nip(text, "PPPK", today=TODAY)
    assert not is_valid_nip(text, "PNS", today=TODAY)


def test_empty_input() -> None:
    error = _error("   ")
    assert error.part == "empty"
    assert "kosong" in str(error)


@pytest.mark.parametrize(("text", "count"), [("19850330201001100", 17), (PNS + "1", 19), ("1", 1)])
def test_length_error_says_how_many_digits(text: str, count: int) -> None:
    error = _error(text)
    assert error.part == "length"
    assert "18 digit" in str(error)
    assert f"yang diberikan {count} digit" in str(error)


@pytest.mark.parametrize(
    ("text", "char", "position"),
    [
        ("19850330-201001-1-002", "-", 9),
        ("19850330.201001.1.002", ".", 9),
        ("1985O3302010011002", "O", 5),
        ("'19850330 2010a1 1 002", "a", 15),
        ("''198503302010011002", "'", 2),
    ],
)
def test_non_digit_error_names_character_and_position(text: str, char: str, position: int) -> None:
    error = _error(text)
    assert error.part == "character"
    assert repr(char) in str(error)
    assert f"posisi ke-{position}" in str(error)


def test_unicode_digits_are_not_accepted() -> None:
    assert _error("١٩٨٥٠٣٣٠٢٠١٠٠١١٠٠٢").part == "character"


@pytest.mark.parametrize("birth", ["19850230", "19851301", "19850000", "19850431"])
def test_impossible_birth_date(birth: str) -> None:
    error = _error(birth + "2010011002")
    assert error.part == "birth_date"
    assert "Tanggal lahir" in str(error)
    assert birth in str(error)
    assert "bukan tanggal yang valid" in str(error)


def test_birth_year_before_1900_is_rejected() -> None:
    error = _error("18990101" + "1920011001")
    assert error.part == "birth_date"
    assert "1899" in str(error)


def test_birth_date_in_the_future() -> None:
    error = _error("20260116" + "2026011001")
    assert error.part == "birth_date"
    assert "masa depan" in str(error)
    # Born exactly "today" is not in the future (it fails later, on the age rule).
    assert _error("20260115" + "2026011001").part == "appointment"


@pytest.mark.parametrize("month", ["00", "13", "99"])
def test_tmt_month_out_of_range(month: str) -> None:
    error = _error(f"198503302010{month}1002")
    assert error.part == "appointment_month"
    assert "Bulan TMT CPNS" in str(error)
    assert month in str(error)
    assert "01-12" in str(error)


def test_appointment_before_birth() -> None:
    error = _error("198503301984011002")
    assert error.part == "appointment"
    assert "lebih awal dari tanggal lahir" in str(error)


def test_appointment_before_age_18() -> None:
    error = _error("198503302003021002")
    assert error.part == "appointment"
    assert "18 tahun" in str(error)
    # Same month as the 18th birthday is accepted (TMT carries no day).
    assert parse_nip("198503302003031002", today=TODAY).appointment_year == 2003


def test_pppk_appointment_rules() -> None:
    before_birth = _error("199001011989211001", "PPPK")
    assert before_birth.part == "appointment"
    assert "lebih awal dari tahun lahir" in str(before_birth)
    too_young = _error("199001012007211001", "PPPK")
    assert too_young.part == "appointment"
    assert "18 tahun" in str(too_young)
    assert is_valid_nip("199001012008211001", "PPPK", today=TODAY)


@pytest.mark.parametrize("digit", ["0", "3", "9"])
def test_sex_digit_must_be_1_or_2(digit: str) -> None:
    for status, text in (
        ("PNS", f"19850330201001{digit}002"),
        ("PPPK", f"19900101202521{digit}001"),
    ):
        error = _error(text, status)
        assert error.part == "sex"
        assert "jenis kelamin" in str(error)
        assert f"digit 15: {digit}" in str(error)


def test_sequence_000() -> None:
    for status, text in (("PNS", "198503302010011000"), ("PPPK", "199001012025211000")):
        error = _error(text, status)
        assert error.part == "sequence"
        assert "Nomor urut" in str(error)
        assert "000" in str(error)


def test_messages_name_ni_pppk_for_pppk() -> None:
    assert "NI PPPK" in str(_error("123", "PPPK"))
    assert str(_error("123")).startswith("NIP ")


def test_nip_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="18 digit"):
        parse_nip("123", today=TODAY)


def test_unknown_status() -> None:
    with pytest.raises(ValueError, match="Status ASN tidak dikenal"):
        parse_nip(PNS, "Honorer", today=TODAY)


def test_default_today_is_used_when_not_given() -> None:
    # A plainly past birth date is valid against the real clock.
    assert parse_nip(PNS).birth_date == date(1985, 3, 30)
    assert not is_valid_nip("29990101" + "3020011001")


def test_format_nip() -> None:
    assert format_nip(PNS) == "19850330 201001 1 002"
    assert format_nip("'19850330 201001 1 002") == "19850330 201001 1 002"
    assert format_nip(PPPK, "PPPK") == "19900101 2025 21 1 001"
    assert format_nip(parse_nip(PPPK, "PPPK", today=TODAY)) == "19900101 2025 21 1 001"


def test_format_nip_prints_legacy_numbers_with_the_right_shape() -> None:
    # Month 13 fails validation but the number can still be printed as stored.
    assert format_nip("198503302010131002") == "19850330 201013 1 002"
    with pytest.raises(NipError, match="18 digit"):
        format_nip("1985")


def test_sex_parse() -> None:
    assert Sex.parse("L") is Sex.MALE
    assert Sex.parse("perempuan") is Sex.FEMALE
    assert Sex.parse(2) is Sex.FEMALE
    assert Sex.parse("1") is Sex.MALE
    assert Sex.MALE.label == "Laki-laki"
    with pytest.raises(ValueError, match="Jenis kelamin tidak dikenal"):
        Sex.parse("X")


# --- properties --------------------------------------------------------------------------


@st.composite
def pns_nips(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2007, 12, 31)))
    earliest = (born.year + 18) * 12 + born.month - 1
    latest = 2025 * 12 + 11
    tmt = draw(st.integers(min_value=earliest, max_value=max(earliest, latest)))
    year, month = divmod(tmt, 12)
    sex = draw(st.sampled_from("12"))
    seq = draw(st.integers(min_value=1, max_value=999))
    return f"{born:%Y%m%d}{year:04d}{month + 1:02d}{sex}{seq:03d}"


@st.composite
def pppk_nips(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1960, 1, 1), max_value=date(2007, 12, 31)))
    year = draw(st.integers(min_value=born.year + 18, max_value=2025))
    middle = draw(st.integers(min_value=0, max_value=99))
    sex = draw(st.sampled_from("12"))
    seq = draw(st.integers(min_value=1, max_value=999))
    return f"{born:%Y%m%d}{year:04d}{middle:02d}{sex}{seq:03d}"


@UNTIMED
@given(pns_nips())
def test_pns_round_trip(nip: str) -> None:
    info = parse_nip(nip, today=TODAY)
    assert info.nip == nip
    printed = format_nip(nip)
    assert printed.replace(" ", "") == nip
    assert [len(part) for part in printed.split(" ")] == [8, 6, 1, 3]
    again = parse_nip(printed, today=TODAY)
    assert again == info
    assert info.birth_date.strftime("%Y%m%d") == nip[:8]
    assert int(nip[14]) == info.sex.value


@UNTIMED
@given(pppk_nips())
def test_pppk_round_trip(nip: str) -> None:
    info = parse_nip(nip, "PPPK", today=TODAY)
    printed = format_nip(info)
    assert [len(part) for part in printed.split(" ")] == [8, 4, 2, 1, 3]
    assert parse_nip("'" + printed, "PPPK", today=TODAY) == info


@UNTIMED
@given(pns_nips(), st.lists(st.integers(min_value=0, max_value=18), max_size=6))
def test_spaces_anywhere_are_ignored(nip: str, cuts: list[int]) -> None:
    text = nip
    for cut in sorted(cuts, reverse=True):
        text = text[:cut] + " " + text[cut:]
    assert parse_nip(text, today=TODAY).nip == nip


@UNTIMED
@given(
    pns_nips(),
    st.integers(min_value=0, max_value=17),
    st.characters(exclude_characters="'0123456789").filter(lambda c: not c.isspace()),
)
def test_any_foreign_character_is_rejected(nip: str, index: int, char: str) -> None:
    text = nip[:index] + char + nip[index + 1 :]
    with pytest.raises(NipError) as info:
        parse_nip(text, today=TODAY)
    assert info.value.part == "character"
    assert f"posisi ke-{index + 1}" in str(info.value)
