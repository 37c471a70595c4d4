"""Tests for the pangkat, jabatan and BerAKHLAK catalogues."""

from __future__ import annotations

import pytest

from ekinerja_desktop.domain import (
    BERAKHLAK,
    LEVELS_BY_KIND,
    PANGKAT_PNS,
    PPPK_GOLONGAN,
    JabatanKind,
    JabatanLevel,
    core_value,
    levels_for,
    pangkat_by_code,
    parse_level,
    pppk_golongan_by_code,
    validate_level,
)

# --- pangkat -----------------------------------------------------------------------------


def test_pns_pangkat_catalogue_in_order() -> None:
    assert [(p.code, p.name) for p in PANGKAT_PNS] == [
        ("I/a", "Juru Muda"),
        ("I/b", "Juru Muda Tingkat I"),
        ("I/c", "Juru"),
        ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"),
        ("II/b", "Pengatur Muda Tingkat I"),
        ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tingkat I"),
        ("III/a", "Penata Muda"),
        ("III/b", "Penata Muda Tingkat I"),
        ("III/c", "Penata"),
        ("III/d", "Penata Tingkat I"),
        ("IV/a", "Pembina"),
        ("IV/b", "Pembina Tingkat I"),
        ("IV/c", "Pembina Utama Muda"),
        ("IV/d", "Pembina Utama Madya"),
        ("IV/e", "Pembina Utama"),
    ]
    assert [p.rank for p in PANGKAT_PNS] == list(range(1, 18))


def test_pangkat_ordering_follows_rank() -> None:
    backwards = list(PANGKAT_PNS)
    backwards.reverse()
    assert sorted(backwards) == list(PANGKAT_PNS)
    assert pangkat_by_code("II/d") < pangkat_by_code("III/a") < pangkat_by_code("IV/e")
    assert max(PANGKAT_PNS).code == "IV/e"


def test_pangkat_label_and_parts() -> None:
    penata_muda = pangkat_by_code("III/a")
    assert penata_muda.label == "Penata Muda (III/a)"
    assert (penata_muda.golongan, penata_muda.ruang) == ("III", "a")


@pytest.mark.parametrize(
    "text",
    ["III/a", "iii/a", "III a", " III / A ", "IIIa", "III-a", "3/a", "3a", "Penata Muda",
     "penata muda (iii/a)"],
)  # fmt: skip
def test_pangkat_lookup_is_tolerant(text: str) -> None:
    assert pangkat_by_code(text).code == "III/a"


def test_pangkat_lookup_distinguishes_tingkat_i() -> None:
    assert pangkat_by_code("Penata Muda Tingkat I").code == "III/b"
    assert pangkat_by_code("i/b").name == "Juru Muda Tingkat I"
    assert pangkat_by_code("IV/e").name == "Pembina Utama"


@pytest.mark.parametrize("bad", ["", "III/f", "V/a", "IV/z", "5a", "Penata Utama", "III//a"])
def test_unknown_pangkat(bad: str) -> None:
    with pytest.raises(ValueError, match="Pangkat/golongan ruang tidak dikenal"):
        pangkat_by_code(bad)


def test_pppk_golongan() -> None:
    assert [g.code for g in PPPK_GOLONGAN] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
        "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    ]  # fmt: skip
    assert [g.rank for g in PPPK_GOLONGAN] == list(range(1, 18))
    backwards = list(PPPK_GOLONGAN)
    backwards.reverse()
    assert sorted(backwards) == list(PPPK_GOLONGAN)
    assert pppk_golongan_by_code("IX").label == "Golongan IX"


@pytest.mark.parametrize("text", ["IX", "ix", "9", " Golongan IX ", "Gol. IX"])
def test_pppk_golongan_lookup(text: str) -> None:
    assert pppk_golongan_by_code(text).rank == 9


@pytest.mark.parametrize("bad", ["XVIII", "0", "18", "III/a", ""])
def test_unknown_pppk_golongan(bad: str) -> None:
    with pytest.raises(ValueError, match="Golongan PPPK tidak dikenal"):
        pppk_golongan_by_code(bad)


# --- jabatan -----------------------------------------------------------------------------


def test_levels_per_kind() -> None:
    assert [lv.value for lv in levels_for(JabatanKind.JPT)] == ["Utama", "Madya", "Pratama"]
    assert [lv.value for lv in levels_for("administrasi")] == [
        "Administrator",
        "Pengawas",
        "Pelaksana",
    ]
    assert [lv.value for lv in levels_for("Jabatan Fungsional")] == [
        "Ahli Pertama",
        "Ahli Muda",
        "Ahli Madya",
        "Ahli Utama",
        "Pemula",
        "Terampil",
        "Mahir",
        "Penyelia",
    ]
    # Every level belongs to exactly one kind.
    all_levels = [lv for levels in LEVELS_BY_KIND.values() for lv in levels]
    assert sorted(all_levels) == sorted(JabatanLevel)


def test_kind_labels() -> None:
    assert JabatanKind.JPT.label == "Jabatan Pimpinan Tinggi"
    assert JabatanKind.ADMINISTRASI.label == "Jabatan Administrasi"
    assert JabatanKind.FUNGSIONAL.label == "Jabatan Fungsional"


def test_level_properties() -> None:
    assert JabatanLevel.JPT_MADYA.label == "JPT Madya"
    assert JabatanLevel.AHLI_MADYA.label == "Ahli Madya"
    assert JabatanLevel.PENGAWAS.kind is JabatanKind.ADMINISTRASI
    assert JabatanLevel.AHLI_MUDA.is_keahlian
    assert not JabatanLevel.MAHIR.is_keahlian


@pytest.mark.parametrize(
    ("kind", "level", "expected"),
    [
        ("JPT", "madya", JabatanLevel.JPT_MADYA),
        (JabatanKind.JPT, "JPT Pratama", JabatanLevel.JPT_PRATAMA),
        ("fungsional", "ahli  pertama", JabatanLevel.AHLI_PERTAMA),
        ("fungsional", JabatanLevel.PENYELIA, JabatanLevel.PENYELIA),
        ("administrasi", "PELAKSANA", JabatanLevel.PELAKSANA),
    ],
)
def test_validate_level_accepts(
    kind: str | JabatanKind, level: str | JabatanLevel, expected: JabatanLevel
) -> None:
    assert validate_level(kind, level) is expected


@pytest.mark.parametrize(
    ("kind", "level"),
    [
        ("JPT", "Ahli Madya"),
        ("administrasi", JabatanLevel.AHLI_PERTAMA),
        ("fungsional", "Pengawas"),
        ("fungsional", "Madya"),
    ],
)
def test_validate_level_rejects_with_valid_list(kind: str, level: str | JabatanLevel) -> None:
    with pytest.raises(ValueError, match="tidak berlaku untuk Jabatan") as info:
        validate_level(kind, level)
    for allowed in levels_for(kind):
        assert allowed.label in str(info.value)


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="Jenis jabatan tidak dikenal"):
        levels_for("Honorer")


def test_parse_level() -> None:
    assert parse_level("ahli utama") is JabatanLevel.AHLI_UTAMA
    assert parse_level("JPT Utama") is JabatanLevel.JPT_UTAMA
    with pytest.raises(ValueError, match="Jenjang jabatan tidak dikenal"):
        parse_level("Kepala Seksi")


# --- BerAKHLAK -----------------------------------------------------------------------------


def test_berakhlak_has_seven_values_in_order() -> None:
    assert [v.name for v in BERAKHLAK] == [
        "Berorientasi Pelayanan",
        "Akuntabel",
        "Kompeten",
        "Harmonis",
        "Loyal",
        "Adaptif",
        "Kolaboratif",
    ]
    assert [v.code for v in BERAKHLAK] == [
        "berorientasi_pelayanan",
        "akuntabel",
        "kompeten",
        "harmonis",
        "loyal",
        "adaptif",
        "kolaboratif",
    ]
    assert [v.number for v in BERAKHLAK] == list(range(1, 8))


def test_each_value_has_three_distinct_behaviours() -> None:
    texts = [b for v in BERAKHLAK for b in v.behaviours]
    assert all(len(v.behaviours) == 3 for v in BERAKHLAK)
    assert len(set(texts)) == 21
    # Official texts start with a capital letter and carry no trailing full stop.
    assert all(t[0].isupper() and not t.endswith(".") for t in texts)


def test_official_behaviour_texts() -> None:
    assert core_value("berorientasi_pelayanan").behaviours == (
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    )
    assert core_value("akuntabel").behaviours == (
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
        "berintegritas tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
        "dan efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    )
    assert core_value("kompeten").behaviours[1] == "Membantu orang lain belajar"
    assert (
        core_value("harmonis").behaviours[0] == "Menghargai setiap orang apapun latar belakangnya"
    )
    assert core_value("loyal").behaviours[2] == "Menjaga rahasia jabatan dan negara"
    assert core_value("adaptif").behaviours[2] == "Bertindak proaktif"
    assert core_value("kolaboratif").behaviours[0] == (
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi"
    )


def test_core_value_lookup() -> None:
    assert core_value("Berorientasi Pelayanan").code == "berorientasi_pelayanan"
    assert core_value("LOYAL").name == "Loyal"
    with pytest.raises(ValueError, match="Nilai BerAKHLAK tidak dikenal") as info:
        core_value("jujur")
    assert "kolaboratif" in str(info.value)
