"""Organisation units: tree order, permissions per role, moves, deactivation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import master
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import AuditEvent
from tests.helpers.master import actor_for, make_employee, make_org

pytestmark = pytest.mark.db


def test_tree_order_paths_and_counts(ws, admin):
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi", org.a_seksi.id)
    rows = master.list_units(ws, admin)
    assert [r.path for r in rows] == [
        "Dinas Kesehatan",
        "Dinas Kesehatan / Bidang Pelayanan",
        "Dinas Kesehatan / Bidang Pelayanan / Seksi Rujukan",
        "Dinas Pendidikan",
        "Dinas Pendidikan / Bidang Pelayanan",
    ]
    counts = {r.id: r.employee_count for r in rows}
    assert counts[org.a_seksi.id] == 1
    assert counts[org.a.id] == 0
    with ws.read() as session:
        actions = list(session.execute(select(AuditEvent.action)).scalars())
    assert actions.count("unit.create") == 5


def test_validation_of_unit_input(ws, admin):
    org = make_org(ws, admin)
    with pytest.raises(ValidationError) as info:
        master.create_unit(ws, admin, master.UnitInput(name="  ", kind="dinas"))
    fields = {f for f, _m in info.value.problems}
    assert fields == {"name", "kind"}
    with pytest.raises(ValidationError) as info:
        master.create_unit(ws, admin, master.UnitInput(name="Dinas Baru", code="dinkes"))
    assert "sudah dipakai" in info.value.problems[0][1]
    with pytest.raises(ValidationError):
        master.create_unit(
            ws, admin, master.UnitInput(name="bidang pelayanan", kind="bidang", parent_id=org.a.id)
        )


def test_pegawai_reads_but_cannot_write(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi", org.a_bidang.id)
    pegawai = actor_for(ws, admin, "andi", ["pegawai"], emp.id)
    assert len(master.list_units(ws, pegawai)) == 5
    with pytest.raises(PermissionDeniedError):
        master.create_unit(
            ws, pegawai, master.UnitInput(name="X", kind="seksi", parent_id=org.a.id)
        )
    with pytest.raises(PermissionDeniedError):
        master.update_unit(ws, pegawai, org.a.id, master.UnitInput(name="Y"))
    with pytest.raises(PermissionDeniedError):
        master.set_unit_active(ws, pegawai, org.a_seksi.id, False)


def test_admin_opd_only_inside_own_opd(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Admin Dinkes", org.a_seksi.id)
    admin_a = actor_for(ws, admin, "admindinkes", ["admin_opd", "pegawai"], emp.id)
    scope = master.admin_scope(ws, admin_a)
    assert not scope.all_units
    assert scope.covers(org.a.id)
    assert scope.covers(org.a_seksi.id)
    assert not scope.covers(org.b_bidang.id)
    # Inside its OPD: fine.
    new = master.create_unit(
        ws, admin_a, master.UnitInput(name="Seksi Baru", kind="seksi", parent_id=org.a_bidang.id)
    )
    assert new.path == "Dinas Kesehatan / Bidang Pelayanan / Seksi Baru"
    # Another OPD, or a new top-level unit: refused.
    with pytest.raises(PermissionDeniedError) as info:
        master.create_unit(
            ws, admin_a, master.UnitInput(name="Seksi X", kind="seksi", parent_id=org.b_bidang.id)
        )
    assert "Dinas Kesehatan" in info.value.message
    with pytest.raises(PermissionDeniedError):
        master.create_unit(ws, admin_a, master.UnitInput(name="OPD Baru"))
    with pytest.raises(PermissionDeniedError):
        master.update_unit(
            ws, admin_a, org.b.id, master.UnitInput(name="Dinas Lain", code="DIKBUD")
        )
    with pytest.raises(PermissionDeniedError):
        master.set_unit_active(ws, admin_a, org.b_bidang.id, False)
    # Moving its own unit into another OPD is refused as well.
    with pytest.raises(PermissionDeniedError):
        master.update_unit(
            ws,
            admin_a,
            new.id,
            master.UnitInput(name="Seksi Baru", kind="seksi", parent_id=org.b_bidang.id),
        )


def test_admin_pusat_manages_everything(ws, admin):
    from ekinerja_desktop.services.auth import SYSTEM_ACTOR

    org = make_org(ws, admin)
    pusat = actor_for(ws, SYSTEM_ACTOR, "pusat", ["admin_pusat"], None)
    assert master.admin_scope(ws, pusat).all_units
    row = master.update_unit(
        ws, pusat, org.b.id, master.UnitInput(name="Dinas Pendidikan dan Kebudayaan", code="DIKBUD")
    )
    assert row.name == "Dinas Pendidikan dan Kebudayaan"


def test_move_into_own_subtree_refused(ws, admin):
    org = make_org(ws, admin)
    for target in (org.a_seksi.id, org.a_bidang.id):
        with pytest.raises(ValidationError) as info:
            master.update_unit(
                ws,
                admin,
                org.a_bidang.id,
                master.UnitInput(name="Bidang Pelayanan", kind="bidang", parent_id=target),
            )
        assert "sub-unit" in info.value.message
    moved = master.update_unit(
        ws,
        admin,
        org.a_bidang.id,
        master.UnitInput(name="Bidang Pelayanan Kesehatan", kind="bidang", parent_id=org.b.id),
    )
    assert moved.path == "Dinas Pendidikan / Bidang Pelayanan Kesehatan"
    paths = {r.id: r.path for r in master.list_units(ws, admin)}
    assert paths[org.a_seksi.id] == (
        "Dinas Pendidikan / Bidang Pelayanan Kesehatan / Seksi Rujukan"
    )


def test_deactivate_rules(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi", org.a_seksi.id)
    with pytest.raises(ValidationError) as info:
        master.set_unit_active(ws, admin, org.a_seksi.id, False)
    assert "1 pegawai aktif" in info.value.message
    with pytest.raises(ValidationError) as info:
        master.set_unit_active(ws, admin, org.a_bidang.id, False)
    assert "Seksi Rujukan" in info.value.message
    master.save_employee(
        ws,
        admin,
        master.EmployeeInput(nip=emp.data.nip, name="Andi", unit_id=org.b_bidang.id),
        emp.id,
    )
    assert not master.set_unit_active(ws, admin, org.a_seksi.id, False).active
    assert not master.set_unit_active(ws, admin, org.a_bidang.id, False).active
    # Units are never deleted; listing can hide inactive ones.
    assert org.a_seksi.id in {r.id for r in master.list_units(ws, admin)}
    active_ids = {r.id for r in master.list_units(ws, admin, include_inactive=False)}
    assert org.a_seksi.id not in active_ids
    # A child cannot be re-activated below an inactive parent.
    with pytest.raises(ValidationError):
        master.set_unit_active(ws, admin, org.a_seksi.id, True)
    assert master.set_unit_active(ws, admin, org.a_bidang.id, True).active
    # New units cannot be placed below an inactive unit.
    with pytest.raises(ValidationError):
        master.create_unit(
            ws, admin, master.UnitInput(name="X", kind="seksi", parent_id=org.a_seksi.id)
        )


def test_resolve_unit(ws, admin):
    org = make_org(ws, admin)
    assert master.resolve_unit(ws, admin, "dinkes").id == org.a.id
    assert master.resolve_unit(ws, admin, "dinas pendidikan / bidang pelayanan").id == (
        org.b_bidang.id
    )
    with pytest.raises(ValidationError) as info:
        master.resolve_unit(ws, admin, "Bidang Pelayanan")
    assert "2 unit" in info.value.message
    with pytest.raises(NotFoundError):
        master.resolve_unit(ws, admin, "Tidak Ada")
