"""Tests for the streaming xlsx table export."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, time
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


def _odd_rows() -> list[tuple[object, ...]]:
    return [
        ("  spasi  ", "a & b <c>", "=SUM(A1)", date(2025, 8, 17), time(7, 30), Decimal("2.50")),
        ("bel\x07l", "", True, datetime(2025, 3, 1, 7, 30), -3, 1.25),
    ]


def _check_odd(path: Path) -> None:
    ws = load_workbook(path).worksheets[0]
    assert [c.value for c in ws[2]][:3] == ["  spasi  ", "a & b <c>", "=SUM(A1)"]
    assert ws["C2"].data_type == "s"  # formula-looking text stays text
    assert ws["D2"].value == datetime(2025, 8, 17)
    assert ws["D2"].number_format == "dd/mm/yyyy"
    assert ws["E2"].value == time(7, 30)
    assert ws["F2"].value == pytest.approx(2.5)
    assert ws["F2"].number_format == "#,##0.00"
    assert ws["A3"].value == "bell"  # a control character Excel refuses is dropped
    assert ws["B3"].value is None
    assert ws["C3"].value == "Ya"
    assert ws["D3"].number_format == "dd/mm/yyyy hh:mm"
    assert ws["E3"].value == -3
    assert ws["E3"].number_format == "#,##0"


def test_rows_written_as_text_keep_types_and_escape(tmp_path: Path) -> None:
    sheet = Sheet("S", ["A", "B", "C", "D", "E", "F"], _odd_rows(), {"F": "decimal"})
    _check_odd(_write(tmp_path, [sheet]))


def test_rows_go_the_ordinary_way_on_another_stream(tmp_path: Path, monkeypatch) -> None:
    """A stream without et_xmlfile's raw writer (lxml's) gets openpyxl's own cells."""
    from ekinerja_desktop.reports import xlsx

    fast = xlsx._RowXml.write_row

    class Stream:
        def __init__(self, xf: object) -> None:
            self._xf = xf

        def __getattr__(self, name: str) -> object:
            if name == "_file":
                raise AttributeError(name)
            return getattr(self._xf, name)

    monkeypatch.setattr(
        xlsx._RowXml, "write_row", lambda self, xf, pairs, row: fast(self, Stream(xf), pairs, row)
    )
    sheet = Sheet("S", ["A", "B", "C", "D", "E", "F"], _odd_rows()[:1], {"F": "decimal"})
    path = _write(tmp_path, [sheet])
    ws = load_workbook(path).worksheets[0]
    assert ws["C2"].data_type == "s"
    assert ws["D2"].number_format == "dd/mm/yyyy"
    assert ws["F2"].number_format == "#,##0.00"
