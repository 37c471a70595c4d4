"""Supervisor mapping: cycles, mid-year changes, per-date answers, copying a year."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.services import master
from ekinerja_desktop.services.auth import SYSTEM_ACTOR
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from tests.helpers.master import actor_for, make_employees, make_org

pytestmark = pytest.mark.db

YEAR = 2026


@pytest.fixture
def people(ws, admin):
    org = make_org(ws, admin)
    people = make_employees(
        ws,
        admin,
        ("Kadis", org.a.id),
        ("Kabid", org.a_bidang.id),
        ("Kasi", org.a_seksi.id),
        ("Staf", org.a_seksi.id),
        ("Guru", org.b_bidang.id),
    )
    return (org, *people)


def test_self_supervision_refused(ws, admin, people):
    _org, kadis, *_rest = people
    with pytest.raises(ValidationError) as info:
        master.set_supervisor(ws, admin, kadis.id, kadis.id, YEAR)
    assert "dirinya sendiri" in info.value.message


def test_cycles_refused_at_any_depth(ws, admin, people):
    _org, kadis, kabid, kasi, staf, _guru = people
    master.set_supervisor(ws, admin, kabid.id, kadis.id, YEAR)
    master.set_supervisor(ws, admin, kasi.id, kabid.id, YEAR)
    master.set_supervisor(ws, admin, staf.id, kasi.id, YEAR)
    with pytest.raises(ValidationError) as info:
        master.set_supervisor(ws, admin, kadis.id, kabid.id, YEAR)  # depth 2
    assert "lingkaran" in info.value.message
    with pytest.raises(ValidationError) as info:
        master.set_supervisor(ws, admin, kadis.id, staf.id, YEAR)  # depth 4
    assert "Kadis dinilai oleh Staf" in info.value.message
    assert "Kasi dinilai oleh Kabid" in info.value.message
    # Another year has no such chain.
    master.set_supervisor(ws, admin, kadis.id, kabid.id, YEAR + 1)


def test_mid_year_change_keeps_both_rows(ws, admin, people):
    _org, kadis, kabid, kasi, staf, _guru = people
    first = master.set_supervisor(ws, admin, staf.id, kasi.id, YEAR)
    assert (first.valid_from, first.valid_to) == (date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert first.needs_confirmation  # made on an office node
    second = master.set_supervisor(
        ws, admin, staf.id, kabid.id, YEAR, valid_from=date(YEAR, 7, 1), note="mutasi"
    )
    rows = [r for r in master.list_mapping(ws, admin, YEAR) if r.employee_id == staf.id]
    assert [(r.supervisor_name, r.valid_from, r.valid_to) for r in rows] == [
        ("Kasi", date(YEAR, 1, 1), date(YEAR, 6, 30)),
        ("Kabid", date(YEAR, 7, 1), date(YEAR, 12, 31)),
    ]
    assert rows[1].id == second.id
    assert master.supervisor_of(ws, staf.id, date(YEAR, 6, 30)) == kasi.id
    assert master.supervisor_of(ws, staf.id, date(YEAR, 7, 1)) == kabid.id
    assert master.supervisor_of(ws, staf.id, date(YEAR + 1, 1, 1)) is None
    # Setting the same supervisor again changes nothing.
    again = master.set_supervisor(ws, admin, staf.id, kabid.id, YEAR, valid_from=date(YEAR, 8, 1))
    assert again.id == second.id
    assert len([r for r in master.list_mapping(ws, admin, YEAR) if r.employee_id == staf.id]) == 2
    # A correction from the same start date replaces that row (tombstone), keeps the first.
    master.set_supervisor(ws, admin, staf.id, kadis.id, YEAR, valid_from=date(YEAR, 7, 1))
    rows = [r for r in master.list_mapping(ws, admin, YEAR) if r.employee_id == staf.id]
    assert [r.supervisor_name for r in rows] == ["Kasi", "Kadis"]


def test_atasan_penilai_and_unit_filter(ws, admin, people):
    org, kadis, kabid, kasi, staf, guru = people
    master.set_supervisor(ws, admin, kabid.id, kadis.id, YEAR)
    master.set_supervisor(ws, admin, kasi.id, kabid.id, YEAR)
    row = master.set_supervisor(ws, admin, staf.id, kasi.id, YEAR)
    assert (row.atasan_penilai_id, row.atasan_penilai_name) == (kabid.id, "Kabid")
    master.set_supervisor(ws, admin, guru.id, kadis.id, YEAR)
    in_seksi = master.list_mapping(ws, admin, YEAR, unit_id=org.a_seksi.id)
    assert {r.employee_name for r in in_seksi} == {"Kasi", "Staf"}


def test_confirmation_by_admin_pusat(ws, admin, people):
    _org, kadis, kabid, *_rest = people
    row = master.set_supervisor(ws, admin, kabid.id, kadis.id, YEAR)
    with pytest.raises(PermissionDeniedError):
        master.confirm_mapping(ws, admin, [row.id])
    pusat = actor_for(ws, SYSTEM_ACTOR, "pusat", ["admin_pusat"], None)
    assert master.confirm_mapping(ws, pusat, [row.id]) == 1
    assert not master.list_mapping(ws, admin, YEAR)[0].needs_confirmation


def test_copy_last_years_mapping(ws, admin, people):
    org, kadis, kabid, kasi, staf, guru = people
    prev = YEAR - 1
    master.set_supervisor(ws, admin, kabid.id, kadis.id, prev)
    master.set_supervisor(ws, admin, kasi.id, kabid.id, prev)
    master.set_supervisor(ws, admin, staf.id, kabid.id, prev)
    master.set_supervisor(ws, admin, staf.id, kasi.id, prev, valid_from=date(prev, 9, 1))
    master.set_supervisor(ws, admin, guru.id, kadis.id, prev)
    # Already mapped in the target year: kept as is.
    master.set_supervisor(ws, admin, kasi.id, kadis.id, YEAR)
    # Inactive employees are skipped.
    master.save_employee(
        ws,
        admin,
        master.EmployeeInput(
            nip=guru.data.nip, name="Guru", unit_id=org.b_bidang.id, active_to=date(2020, 1, 1)
        ),
        guru.id,
    )
    assert master.copy_mapping(ws, admin, prev, YEAR) == 2
    current = {r.employee_name: r.supervisor_name for r in master.list_mapping(ws, admin, YEAR)}
    assert current == {"Kabid": "Kadis", "Kasi": "Kadis", "Staf": "Kasi"}
    assert master.copy_mapping(ws, admin, prev, YEAR) == 0  # idempotent
    missing = master.employees_without_supervisor(ws, admin, YEAR)
    assert [e.name for e in missing] == ["Kadis"]


def test_mapping_permissions(ws, admin, people):
    org, kadis, kabid, _kasi, staf, guru = people
    pegawai = actor_for(ws, admin, "staf", ["pegawai"], staf.id)
    with pytest.raises(PermissionDeniedError):
        master.set_supervisor(ws, pegawai, staf.id, kabid.id, YEAR)
    with pytest.raises(PermissionDeniedError):
        master.copy_mapping(ws, pegawai, YEAR - 1, YEAR)
    admin_a = actor_for(ws, admin, "admindinkes", ["admin_opd"], kabid.id)
    master.set_supervisor(ws, admin_a, staf.id, kabid.id, YEAR)
    with pytest.raises(PermissionDeniedError):
        master.set_supervisor(ws, admin_a, guru.id, kadis.id, YEAR)
    assert [e.name for e in master.employees_without_supervisor(ws, admin_a, YEAR)] == [
        "Kabid",
        "Kadis",
        "Kasi",
    ]
    assert org.b_bidang.id not in master.admin_scope(ws, admin_a).unit_ids
