"""Tests for the streaming xlsx table export."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ekinerja_desktop.reports import Sheet, write_table_xlsx

NIP = "198503172010011004"


def _rows() -> list[tuple[object, ...]]:
    return [
        (NIP, "Andi Rahmat Lamasituju, S.Kom., M.T.", date(2025, 8, 17), 21, 85.5, Decimal("1.5")),
        (199001012015032001, "Siti Aminah, S.E.", date(2025, 1, 2), 19, 100, Decimal("2.25")),
        ("", None, None, None, None, None),
    ]


def _write(tmp_path: Path, sheets: list[Sheet]) -> Path:
    out = tmp_path / "rekap.xlsx"
    write_table_xlsx(out, sheets)
    return out


def test_header_types_and_layout(tmp_path: Path) -> None:
    sheet = Sheet(
        title="Rekap Log: 2025/08",
        columns=["NIP", "Nama", "Tanggal", "Hari Kerja", "Capaian", "Jam"],
        rows=_rows(),
        column_formats={"Capaian": "percent", 5: "decimal"},
    )
    wb = load_workbook(_write(tmp_path, [sheet]))
    ws = wb.worksheets[0]
    assert ws.title == "Rekap Log- 2025-08"
    assert [c.value for c in ws[1]] == sheet.columns
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:F4"
    nip = ws["A2"].value
    assert isinstance(nip, str)
    assert nip == NIP
    assert len(nip) == 18
    # A NIP passed as an int still lands as 18-digit text (Excel keeps only 15 digits).
    assert ws["A3"].value == "199001012015032001"
    assert ws["A3"].data_type == "s"
    assert isinstance(ws["C2"].value, datetime)
    assert ws["C2"].value.date() == date(2025, 8, 17)
    assert ws["C2"].number_format == "dd/mm/yyyy"
    assert ws["D2"].value == 21
    assert ws["E2"].value == pytest.approx(0.855)
    assert ws["E2"].number_format == "0.00%"
    assert ws["F2"].number_format == "#,##0.00"
    assert ws["B4"].value is None
    assert ws.column_dimensions["B"].width > ws.column_dimensions["D"].width


def test_generator_rows_multiple_sheets_and_unique_titles(tmp_path: Path) -> None:
    def many() -> Iterator[tuple[object, ...]]:
        for i in range(2000):
            yield (f"{i:018d}", i, datetime(2025, 3, 1, 7, 30))

    sheets = [
        Sheet("Data", ["NIP", "Nomor", "Waktu"], many()),
        Sheet("Data", ["Kolom"], [("x",)]),
        Sheet("Nama sheet yang sangat panjang sekali melebihi batas", ["A"], []),
    ]
    wb = load_workbook(_write(tmp_path, sheets))
    assert [ws.title for ws in wb.worksheets] == [
        "Data",
        "Data (2)",
        "Nama sheet yang sangat panjang",
    ]
    ws = wb["Data"]
    assert ws.max_row == 2001
    assert ws["A2001"].value == f"{1999:018d}"
    assert ws["C2"].number_format == "dd/mm/yyyy hh:mm"
    assert wb.worksheets[2].max_row == 1


def test_nik_like_columns_default_to_text_and_stream_output() -> None:
    buffer = io.BytesIO()
    write_table_xlsx(buffer, [Sheet("S", ["NIK", "Jumlah"], [(7271011708850001, 3)])])
    ws = load_workbook(io.BytesIO(buffer.getvalue())).worksheets[0]
    assert ws["A2"].value == "7271011708850001"
    assert ws["B2"].value == 3


def test_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_table_xlsx(tmp_path / "x.xlsx", [])
    with pytest.raises(ValueError):
        write_table_xlsx(
            tmp_path / "y.xlsx",
            [Sheet("S", ["A"], [(1,)], column_formats={"A": "uang"})],  # type: ignore[dict-item]
        )
