"""reports.cells: formula-looking text is neutralised in CSV and typed as text in xlsx."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal

from openpyxl import load_workbook

from ekinerja_desktop.reports.cells import SafeCsvWriter, csv_cell
from ekinerja_desktop.reports.xlsx import Sheet, write_table_xlsx


def test_csv_cells():
    for lead in ("=", "+", "-", "@", "\t", "\r"):
        assert csv_cell(f"{lead}1+1") == f"'{lead}1+1"
    assert csv_cell("Andi") == "Andi"
    assert csv_cell(-5) == -5
    assert csv_cell(Decimal("-1.5")) == Decimal("-1.5")
    assert csv_cell(None) is None
    buffer = io.StringIO()
    SafeCsvWriter(csv.writer(buffer)).writerows([["=1+1", 3], ["ok", "-x"]])
    assert buffer.getvalue().splitlines() == ["'=1+1,3", "ok,'-x"]


def test_xlsx_writes_formula_text_as_text(tmp_path):
    path = tmp_path / "t.xlsx"
    write_table_xlsx(path, [Sheet("T", ["Nama", "Nilai"], [["=1+1", 2], ["+62 812", -3]])])
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    rows = [[c.value for c in r] for r in load_workbook(path).active.iter_rows(min_row=2)]
    assert rows == [["=1+1", 2], ["+62 812", -3]]
