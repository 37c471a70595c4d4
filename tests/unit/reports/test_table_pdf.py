"""Tests for the generic table and sectioned PDF reports and the shared formatters."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from ekinerja_desktop.reports import (
    BarChart,
    Column,
    Section,
    TableBlock,
    build_sections_pdf,
    build_table_pdf,
)
from ekinerja_desktop.reports._common import (
    WITA,
    clean_text,
    format_cell,
    format_generated_at,
    format_number,
    format_periode,
    format_tanggal,
)
from tests.helpers.report_samples import assert_all_in, normalise, pdf_pages, pdf_text

COLUMNS = [
    Column("No", 0.4, "right"),
    Column("NIP", 1.6),
    Column("Nama", 2.5),
    Column("Unit Kerja", 3),
    Column("Jam Kerja", 0.8, "right", decimals=1),
    Column("Capaian (%)", 0.9, "right"),
    Column("Tanggal", 1, "center"),
]


def _rows(n: int) -> list[tuple[object, ...]]:
    return [
        (
            i + 1,
            f"19850317 2010{i % 12 + 1:02d} 1 {i:03d}",
            f"Pegawai Contoh {i}",
            "Dinas Komunikasi, Informatika, Persandian dan Statistik Kota Palu " * (1 + i % 2),
            1500 + i,
            Decimal("87.456"),
            date(2025, 2, 1 + i % 27),
        )
        for i in range(n)
    ]


def test_formatters_are_indonesian() -> None:
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234567.891) == "1.234.567,89"
    assert format_number(2.5, 2) == "2,50"
    # The same rounding as the screens (domain/fmt.py): half up, not half even.
    assert format_number(2.25, 1) == "2,3"
    assert format_number(2.5, 0) == "3"
    assert format_number(2.0) == "2"
    assert format_tanggal(date(2025, 8, 17)) == "17 Agustus 2025"
    assert format_periode(date(2025, 1, 1), date(2025, 12, 31)) == "1 Januari s.d. 31 Desember 2025"
    assert format_periode(date(2024, 7, 1), date(2025, 6, 30)) == ("1 Juli 2024 s.d. 30 Juni 2025")
    assert format_cell(date(2025, 3, 9)) == "09/03/2025"
    assert format_cell(True) == "Ya"
    assert format_cell(None) == ""
    moment = datetime(2025, 3, 3, 1, 15, tzinfo=WITA)
    assert format_generated_at(moment) == "3 Maret 2025 01.15 WITA" or (
        format_generated_at(moment) == "3 Maret 2025 01:15 WITA"
    )
    assert clean_text("≤ 10%") == "<= 10%"


def test_table_report_pages_headers_and_numbers(tmp_path: Path) -> None:
    out = tmp_path / "rekap.pdf"
    build_table_pdf(
        "Rekapitulasi Log Harian Februari 2025",
        ["Pemerintah Kota Palu", "Periode: 1 Februari s.d. 28 Februari 2025"],
        COLUMNS,
        _rows(150),
        out,
        landscape=True,
        footnotes=["Capaian dihitung dari log harian yang disetujui."],
        charts=[(["Kominfo", "BKPSDM"], {"2025": [85.0, 90.5]})],
        generated_at=datetime(2025, 3, 3, 9, 15, tzinfo=WITA),
    )
    pages = [normalise(p) for p in pdf_pages(out)]
    n = len(pages)
    assert n > 1
    first = PdfReader(str(out)).pages[0]
    assert first.mediabox.width > first.mediabox.height
    for i, page in enumerate(pages, start=1):
        assert f"Halaman {i} dari {n}" in page
        assert "Capaian (%)" in page or i == n  # header repeated on every table page
    text = " ".join(pages)
    assert_all_in(
        text,
        "Rekapitulasi Log Harian Februari 2025",
        "Periode: 1 Februari s.d. 28 Februari 2025",
        "Dicetak: 3 Maret 2025",
        "1.500,0",
        "1.649,0",
        "87,46",
        "09/02/2025",
        "19850317 201006 1 149",
        "Pegawai Contoh 149",
        "Capaian dihitung dari log harian yang disetujui.",
        "Kominfo",
        "BKPSDM",
    )


def test_table_report_empty_rows(tmp_path: Path) -> None:
    out = tmp_path / "kosong.pdf"
    build_table_pdf("Laporan Kosong", [], COLUMNS, [], out)
    text = pdf_text(out)
    assert "Tidak ada data." in text
    assert "Halaman 1 dari 1" in text


def test_table_report_requires_columns(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        build_table_pdf("X", [], [], [], tmp_path / "x.pdf")


def test_sections_report(tmp_path: Path) -> None:
    out = tmp_path / "transparansi.pdf"
    long_labels = [f"Jenis pelatihan nomor {i}" for i in range(30)]
    build_sections_pdf(
        "Laporan Transparansi Kinerja ASN 2025",
        [
            Section(
                "1. Ringkasan",
                ["Laporan ini menyajikan ringkasan kinerja ASN Pemerintah Kota Palu & mitra."],
                chart=BarChart(
                    labels=["Sangat Baik", "Baik", "Butuh Perbaikan"],
                    series={"2024": [1000, 7000, 800], "2025": [1200, 7400, 900]},
                    title="Distribusi Predikat",
                ),
            ),
            Section(
                "2. Pengembangan Kompetensi",
                ["Capaian JP per jenis pelatihan."],
                table=TableBlock(
                    [Column("Jenis", 3), Column("JP", 1, "right")],
                    [("Pelatihan klasikal", 1234.5), ("E-learning", 20)],
                ),
                chart=BarChart(
                    labels=long_labels,
                    series={"JP": [float(i) for i in range(30)]},
                    horizontal=True,
                ),
            ),
            Section("3. Catatan", ["Tidak ada catatan tambahan."]),
        ],
        out,
        subtitle_lines=["BKPSDM Kota Palu"],
        landscape=True,
    )
    text = pdf_text(out)
    for expected in (
        "Laporan Transparansi Kinerja ASN 2025",
        "BKPSDM Kota Palu",
        "1. Ringkasan",
        "Pemerintah Kota Palu & mitra.",
        "Distribusi Predikat",
        "Butuh Perbaikan",
        "2. Pengembangan Kompetensi",
        "1.234,5",
        "Jenis pelatihan nomor 29",
        "3. Catatan",
        "Halaman 1 dari",
    ):
        assert expected in text, expected
