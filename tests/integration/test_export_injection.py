"""Text that starts like a spreadsheet formula never comes back as a live formula.

The attack needs no account: an unknown user name typed at the login window is audited,
and an employee name can arrive through an imported workbook. Both travel into the
xlsx and CSV exports an admin opens in Excel or LibreOffice.
"""

from __future__ import annotations

import csv
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from ekinerja_desktop.services import audit, auth, master
from ekinerja_desktop.services import employee_excel as xl
from ekinerja_desktop.services.errors import EkinerjaError
from ekinerja_desktop.store.models import Employee
from tests.helpers.master import make_employee, make_org

pytestmark = pytest.mark.db

EVIL = '=HYPERLINK("http://penipu.example/x","Klik di sini")'


def _sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        return z.read(name).decode("utf-8")


def test_login_name_in_audit_exports_stays_text(ws, admin, tmp_path):
    with pytest.raises(EkinerjaError):
        auth.login(ws, EVIL, "apa saja")
    with pytest.raises(EkinerjaError):
        auth.login(ws, "@SUM(1+1)*cmd|' /C calc'!A0", "apa saja")
    xlsx = tmp_path / "audit.xlsx"
    audit.export(ws, admin, xlsx)
    xml = _sheet_xml(xlsx)
    assert "<f>" not in xml  # no formula anywhere in the sheet
    values = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row]
    assert EVIL in values  # the text itself is kept, exactly
    out = tmp_path / "audit.csv"
    audit.export(ws, admin, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert "'" + EVIL in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def test_employee_name_in_the_workbook_export_stays_text_and_reimports_unchanged(
    ws, admin, tmp_path
):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi", org.a.id)
    with ws.write() as session:  # as an imported workbook could have brought it
        session.execute(update(Employee).where(Employee.id == emp.id).values(name=EVIL))
    path = tmp_path / "pegawai.xlsx"
    assert xl.export_employees(ws, admin, master.EmployeeFilter(active=None), path) == 1
    assert "<f>" not in _sheet_xml(path)
    assert load_workbook(path)["Pegawai"]["B2"].value == EVIL
    assert xl.preview_import(ws, admin, path).unchanged == 1
