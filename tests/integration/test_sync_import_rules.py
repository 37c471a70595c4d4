"""Import rules: rejection of bad bundles with the database unchanged, scope, dry run,
ordering and gaps, and concurrent edits."""

from __future__ import annotations

import shutil

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.store.models import Conflict, Employee, Skp
from tests.helpers.sync import (
    add_skp,
    copy_row_raw,
    digest,
    edit_skp,
    enroll,
    enrolled_central,
    exchange,
    make_node,
    ship,
    skp_row,
)

pytestmark = pytest.mark.db


@pytest.fixture
def net(ws, admin, tmp_path):
    """Central (SQLite) with two OPDs; the ``ws`` office enrolled for Dinas Kesehatan."""
    with enrolled_central(ws, admin, tmp_path, {"Budi": "a_bidang", "Sari": "b"}) as c:
        yield c.ws, c.admin, c.org, *c.staff


def _export(ws, admin, tmp_path, to="pusat"):
    return sync_service.export_bundle(ws, admin, to, tmp_path / "out").path


def test_damaged_and_foreign_bundles_are_rejected_without_any_change(ws, admin, net, tmp_path):
    c_ws, c_admin, _org, budi, _sari = net
    add_skp(ws, admin, budi.id)
    good = _export(ws, admin, tmp_path)
    data = good.read_bytes()
    before = digest(c_ws)
    cases = {}
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    cases["bitflip"] = bytes(flipped)
    cases["truncated"] = data[: len(data) - 7]
    for name, content in cases.items():
        bad = tmp_path / f"{name}.ekb"
        bad.write_bytes(content)
        report = sync_service.import_bundle(c_ws, c_admin, bad)
        assert report.status == "rejected", name
        assert "DITOLAK" in report.summary()
        assert digest(c_ws) == before, name

    # signed by a node central does not know (a second office, not enrolled)
    other, o_admin = make_node(tmp_path / "other", NodeRole.OFFICE)
    try:
        # make central known to the stranger so it can address a bundle to it
        enroll(c_ws, c_admin, other, o_admin, tmp_path, ["DIKBUD"])
        stranger_bundle = _export(other, o_admin, tmp_path)
        # revoke the stranger at central: its bundles are refused from now on
        sync_service.revoke_node(c_ws, c_admin, other.node.id)
        before = digest(c_ws)
        report = sync_service.import_bundle(c_ws, c_admin, stranger_bundle)
        assert report.status == "rejected"
        assert report.error_code == "revoked_signer"
        assert digest(c_ws) == before
        # a bundle addressed to central, imported at another office: not for me
        before_office = digest(ws)
        report = sync_service.import_bundle(ws, admin, good)
        assert report.error_code in ("unknown_signer", "not_for_me")
        assert digest(ws) == before_office
    finally:
        other.close()

    # the untouched bundle still imports
    assert sync_service.import_bundle(c_ws, c_admin, good).status == "applied"


def test_record_outside_the_signer_scope_is_rejected(ws, admin, net, tmp_path):
    c_ws, c_admin, _org, budi, sari = net
    # the office learns about Sari (outside its scope) and writes an SKP for her and Budi
    copy_row_raw(c_ws, ws, Employee, sari.id)
    own = add_skp(ws, admin, budi.id)
    foreign = add_skp(ws, admin, sari.id)
    # and edits master data, which only central may change
    with ws.write("admin") as session:
        session.get(Employee, budi.id).name = "Budi Diubah"
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    assert report.status == "applied"
    reasons = {r.row_id: r.reason for r in report.rejections}
    assert "di luar cakupan" in reasons[foreign]
    assert "hanya boleh diubah oleh pusat" in reasons[budi.id]
    assert not report.ok
    assert skp_row(c_ws, own) is not None
    assert skp_row(c_ws, foreign) is None
    with c_ws.read() as session:
        assert session.get(Employee, budi.id).name == "Budi"


def test_dry_run_writes_nothing(ws, admin, net, tmp_path):
    c_ws, c_admin, _org, budi, _sari = net
    add_skp(ws, admin, budi.id)
    path = _export(ws, admin, tmp_path)
    before = digest(c_ws)
    report = sync_service.import_bundle(c_ws, c_admin, path, dry_run=True)
    assert report.status == "applied"
    assert report.dry_run
    assert report.total("inserted") == 1
    assert "tidak ada data yang disimpan" in report.summary()
    assert digest(c_ws) == before
    assert sync_service.import_bundle(c_ws, c_admin, path).total("inserted") == 1


def test_out_of_order_bundles_report_gaps_and_converge(ws, admin, net, tmp_path):
    c_ws, c_admin, _org, budi, _sari = net
    skp_id = add_skp(ws, admin, budi.id, note="v1")
    first = _export(ws, admin, tmp_path)
    held = tmp_path / "held.ekb"
    shutil.move(first, held)
    edit_skp(ws, admin, skp_id, decision_note="v2")
    second = _export(ws, admin, tmp_path)
    # second arrives first: the gap (bundle 1) is reported
    report = sync_service.import_bundle(c_ws, c_admin, second)
    assert report.status == "applied"
    assert report.missing_bundles
    assert "belum diterima" in report.summary()
    assert skp_row(c_ws, skp_id).decision_note == "v2"
    # the older bundle arrives late: its rows are stale, the gap is filled
    late = sync_service.import_bundle(c_ws, c_admin, held)
    assert late.status == "applied"
    assert not late.missing_bundles
    assert late.total("stale") + late.total("unchanged") >= 1
    assert skp_row(c_ws, skp_id).decision_note == "v2"
    # duplicates are no-ops
    assert sync_service.import_bundle(c_ws, c_admin, second).status == "already_imported"


def test_concurrent_edit_picks_the_same_winner_on_both_sides(ws, admin, net, tmp_path):
    c_ws, c_admin, _org, budi, _sari = net
    skp_id = add_skp(ws, admin, budi.id, note="awal")
    exchange(ws, admin, c_ws, c_admin, tmp_path)
    edit_skp(ws, admin, skp_id, decision_note="kantor")
    edit_skp(c_ws, c_admin, skp_id, decision_note="pusat")
    to_central = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "o2c").path
    to_office = sync_service.export_bundle(c_ws, c_admin, ws.node.id, tmp_path / "c2o").path
    r1 = sync_service.import_bundle(c_ws, c_admin, to_central)
    r2 = sync_service.import_bundle(ws, admin, to_office)
    assert r1.total("conflicts") == 1
    assert r2.total("conflicts") == 1
    winner = skp_row(c_ws, skp_id).decision_note
    assert skp_row(ws, skp_id).decision_note == winner
    assert winner in ("kantor", "pusat")
    for node in (ws, c_ws):
        with node.read() as session:
            conflicts = session.query(Conflict).all()
            assert len(conflicts) == 1
            assert conflicts[0].status == "open"
            loser = "pusat" if winner == "kantor" else "kantor"
            assert f'"decision_note":"{loser}"' in conflicts[0].loser
    assert vars(skp_row(ws, skp_id)) == vars(skp_row(c_ws, skp_id))


def test_approved_skp_is_immutable(ws, admin, net, tmp_path):
    c_ws, c_admin, _org, budi, _sari = net
    skp_id = add_skp(ws, admin, budi.id)
    ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    edit_skp(c_ws, c_admin, skp_id, status="Disetujui")
    edit_skp(ws, admin, skp_id, decision_note="diubah setelah disetujui")
    edit_skp(ws, admin, skp_id, decision_note="diubah lagi")
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    assert [r.row_id for r in report.rejections] == [skp_id]
    assert "disetujui" in report.rejections[0].reason
    assert skp_row(c_ws, skp_id).status == "Disetujui"
    # the approved version wins at the office too, although its version is lower
    ship(c_ws, c_admin, ws, admin, ws.node.id, tmp_path / "c2o")
    assert skp_row(ws, skp_id).status == "Disetujui"
    with ws.read() as session:
        assert session.get(Skp, skp_id).decision_note == ""
