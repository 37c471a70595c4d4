"""Enrollment and the basic bundle flows between central and an office."""

from __future__ import annotations

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.store.models import Employee, OrgUnit
from tests.helpers.master import make_employee, make_org
from tests.helpers.sync import (
    add_skp,
    data_digest,
    digest,
    edit_skp,
    enroll,
    make_node,
    ship,
    skp_row,
)

pytestmark = pytest.mark.db


@pytest.fixture
def central(tmp_path):
    ws, actor = make_node(tmp_path / "central", NodeRole.CENTRAL)
    yield ws, actor
    ws.close()


def test_enrollment_round_trip_and_master_data(ws, admin, central, tmp_path):
    c_ws, c_admin = central
    org = make_org(c_ws, c_admin)
    budi = make_employee(c_ws, c_admin, 1, "Budi", org.a_bidang.id)
    make_employee(c_ws, c_admin, 2, "Sari", org.b.id)

    req = sync_service.write_enroll_request(ws, admin, tmp_path / "req.json")
    res = sync_service.enroll_node(
        c_ws, c_admin, req.path, ["DINKES"], tmp_path / "e.ekb", role="office"
    )
    assert res.fingerprint == req.fingerprint
    assert res.unit_ids == (org.a.id,)
    report = sync_service.import_bundle(
        ws, admin, res.bundle, expect_fingerprint=res.central_fingerprint
    )
    assert report.status == "applied", report.summary()
    assert report.signer_fingerprint == res.central_fingerprint
    me = sync_service.identity(ws, admin)
    assert me.enrolled
    assert me.unit_scope == (org.a.id,)
    assert me.fingerprint == req.fingerprint
    peers = sync_service.list_peers(ws, admin)
    assert [(p.role, p.fingerprint) for p in peers] == [("central", res.central_fingerprint)]
    with ws.read() as session:
        units = {u.name for u in session.query(OrgUnit)}
        employees = {e.name for e in session.query(Employee)}
    assert "Dinas Kesehatan" in units
    assert "Dinas Pendidikan" in units
    assert employees == {"Budi"}  # Sari's unit is outside the office's scope
    assert budi.id
    # the same enrollment bundle again: a no-op
    before = digest(ws)
    again = sync_service.import_bundle(ws, admin, res.bundle)
    assert again.status == "already_imported"
    assert "sudah diimpor" in again.summary()
    assert digest(ws) == before


def test_office_changes_reach_central_and_acks_stop_resending(ws, admin, central, tmp_path):
    c_ws, c_admin = central
    org = make_org(c_ws, c_admin)
    budi = make_employee(c_ws, c_admin, 1, "Budi", org.a_bidang.id)
    enroll(c_ws, c_admin, ws, admin, tmp_path, ["DINKES"])

    skp_id = add_skp(ws, admin, budi.id, note="draf")
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    assert report.status == "applied", report.summary()
    assert report.total("inserted") == 1
    assert skp_row(c_ws, skp_id).decision_note == "draf"

    edit_skp(ws, admin, skp_id, decision_note="revisi")
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    # no ack yet: the first version is sent again (stale/unchanged) with the new one
    assert report.total("updated") == 1
    assert skp_row(c_ws, skp_id).decision_note == "revisi"

    # central acknowledges; then the office sends nothing already confirmed
    ship(c_ws, c_admin, ws, admin, ws.node.id, tmp_path / "c2o")
    out = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "o2c")
    assert out.total == 0
    assert data_digest(ws) == data_digest(c_ws)
