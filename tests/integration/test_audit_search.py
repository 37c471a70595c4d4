"""Audit viewer service: filters, admin OPD scope and export."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import audit, master
from ekinerja_desktop.services.auth import SYSTEM_ACTOR
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from tests.helpers.master import actor_for, make_employees, make_org, nip

pytestmark = pytest.mark.db


@pytest.fixture
def setup(ws, admin):
    org = make_org(ws, admin)
    andi, budi, kepala_a = make_employees(
        ws,
        admin,
        ("Andi Lamarauna", org.a.id),
        ("Budi Tombolotutu", org.b.id),
        ("Citra Admin Dinkes", org.a.id),
    )
    admin_a = actor_for(ws, admin, "admin.dinkes", ["admin_opd"], kepala_a.id)
    pusat = actor_for(ws, SYSTEM_ACTOR, "pusat", ["admin_pusat"], None)
    pegawai = actor_for(ws, admin, "andi", ["pegawai"], andi.id)
    master.save_employee(
        ws,
        admin,
        master.EmployeeInput(nip=nip(2), name="Budi Tombolotutu, Ganti", unit_id=org.b.id),
        budi.id,
    )
    return org, andi, budi, admin_a, pusat, pegawai


def test_only_admins_search(ws, setup):
    *_rest, pegawai = setup
    with pytest.raises(PermissionDeniedError):
        audit.search(ws, pegawai)


def test_filters(ws, admin, setup):
    _org, andi, budi, _admin_a, pusat, _pegawai = setup
    everything = audit.search(ws, pusat)
    assert [r.seq for r in everything] == sorted((r.seq for r in everything), reverse=True)
    by_nip = audit.search(ws, pusat, person=nip(1))
    assert {r.action for r in by_nip} >= {"employee.create", "login.ok", "user.create"}
    assert all(r.entity_id != budi.id for r in by_nip)
    by_name = audit.search(ws, pusat, person="tombolo")
    assert {(r.action, r.entity_id) for r in by_name} >= {
        ("employee.create", budi.id),
        ("employee.update", budi.id),
    }
    by_user = audit.search(ws, pusat, person="admin.dinkes")
    assert by_user
    assert {r.actor for r in by_user if r.action.startswith("login.")} == {"admin.dinkes"}
    assert {r.action for r in audit.search(ws, pusat, action="employee.update")} == {
        "employee.update"
    }
    assert {r.action for r in audit.search(ws, pusat, action="employee.")} == {
        "employee.create",
        "employee.update",
    }
    record = audit.search(ws, pusat, entity="employee", entity_id=andi.id)
    assert [r.action for r in record] == ["employee.create"]
    today = today_wita()
    assert len(audit.search(ws, pusat, date_from=today, date_to=today)) == len(everything)
    assert audit.search(ws, pusat, date_from=today + timedelta(days=1)) == []
    assert audit.search(ws, pusat, date_to=today - timedelta(days=1)) == []
    assert len(audit.search(ws, pusat, limit=3)) == 3


def test_admin_opd_sees_its_opd_and_node_events(ws, setup):
    org, andi, budi, admin_a, pusat, _pegawai = setup
    mine = audit.search(ws, admin_a)
    ids = {r.entity_id for r in mine}
    actions = {r.action for r in mine}
    assert andi.id in ids
    assert org.a.id in ids
    assert budi.id not in ids
    assert org.b.id not in ids
    assert "workspace.init" in actions  # node-level: not tied to any unit
    # The root admin (no employee record on an office PC) and admin pusat see all.
    assert budi.id in {r.entity_id for r in audit.search(ws, pusat)}
    assert audit.search(ws, admin_a, person="tombolo") == []


def test_export_xlsx_and_csv(ws, setup, tmp_path):
    *_rest, pusat, _pegawai = setup
    expected = audit.search(ws, pusat, action="employee.")
    n = audit.export(ws, pusat, tmp_path / "audit.xlsx", action="employee.")
    assert n == len(expected) == 4
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == audit.AUDIT_COLUMNS
    assert [r[0] for r in rows[1:]] == [e.seq for e in expected]
    n = audit.export(ws, pusat, tmp_path / "audit.csv", action="employee.")
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == n + 1
    assert lines[1][3].startswith("employee.")
    assert audit.search(ws, pusat, action="audit.export")[0].actor == "pusat"
    with pytest.raises(ValidationError):
        audit.export(ws, pusat, tmp_path / "audit.pdf")
