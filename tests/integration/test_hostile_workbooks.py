"""Hostile workbooks: entity tricks, zip bombs and giant sheets are refused with a clear
message before anything is read into the workspace."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from ekinerja_desktop.services import employee_excel as xl
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Employee

pytestmark = pytest.mark.db

HEADER = [c.header for c in xl.COLUMNS]


def _template_bytes(rows: int = 1) -> bytes:
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Pegawai"
    sheet.append(HEADER)
    for i in range(rows):
        sheet.append([f"1985010120100110{i % 100:02d}", f"Pegawai {i}"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _with_sheet_xml(path, sheet_xml: bytes) -> None:
    """A real workbook whose first worksheet is replaced by ``sheet_xml``."""
    source = zipfile.ZipFile(io.BytesIO(_template_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml
            out.writestr(item, data)


def _employees(ws) -> int:
    with ws.read() as session:
        return int(session.execute(select(func.count()).select_from(Employee)).scalar_one())


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData>
</worksheet>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>
</worksheet>"""


@pytest.mark.parametrize("payload", [LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entity_tricks_are_refused_in_words(ws, admin, tmp_path, payload):
    path = tmp_path / "jahat.xlsx"
    _with_sheet_xml(path, payload)
    with pytest.raises(ValidationError) as err:
        xl.preview_import(ws, admin, path)
    assert "entitas XML" in err.value.message
    assert "templat" in err.value.hint
    assert _employees(ws) == 0


def test_zip_bomb_is_refused_before_unpacking(ws, admin, tmp_path):
    path = tmp_path / "bom.xlsx"
    padding = b" " * (60 * 1024 * 1024)  # packs to well under 100 KB
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + padding
        + b"<sheetData/></worksheet>"
    )
    _with_sheet_xml(path, sheet)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ValidationError) as err:
        xl.preview_import(ws, admin, path)
    assert "terlalu besar" in err.value.message
    assert _employees(ws) == 0


@pytest.mark.parametrize(
    ("limit", "value", "name", "rows", "hint"),
    [
        ("MAX_IMPORT_ROWS", 50, "banyak.xlsx", 200, "50 baris"),
        ("MAX_WORKBOOK_BYTES", 1000, "besar.xlsx", 20, None),
    ],
    ids=["too_many_rows", "oversized_file"],
)
def test_too_large_workbooks_are_refused(
    ws, admin, tmp_path, monkeypatch, limit, value, name, rows, hint
):
    monkeypatch.setattr(xl, limit, value)
    path = tmp_path / name
    path.write_bytes(_template_bytes(rows=rows))
    with pytest.raises(ValidationError) as err:
        xl.preview_import(ws, admin, path)
    assert "terlalu besar" in err.value.message
    if hint is not None:
        assert hint in err.value.hint
    assert _employees(ws) == 0
