"""A node restored from a backup starts a new epoch and counts its sequence numbers again
from the backup's: relayed ranges keep the origin's (epoch, sequence), so acknowledgements
and gap reports stay right, nothing is skipped, and central returns what the backup lost.
Runs on SQLite nodes (restore is a SQLite feature)."""

from __future__ import annotations

import json

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import backup, sync_service
from ekinerja_desktop.store.models import Conflict, LocalNode, SyncAck
from tests.helpers.master import make_employee, make_org
from tests.helpers.sync import add_skp, data_digest, edit_skp, enroll, make_node, ship, skp_row


@pytest.fixture
def net(tmp_path):
    """Central and two offices of Dinas Kesehatan (A will be restored, B only listens)."""
    nodes = {
        "c": make_node(tmp_path / "central", NodeRole.CENTRAL),
        "a": make_node(tmp_path / "office-a", NodeRole.OFFICE),
        "b": make_node(tmp_path / "office-b", NodeRole.OFFICE),
    }
    org = make_org(*nodes["c"])
    budi = make_employee(*nodes["c"], 1, "Budi", org.a_bidang.id)
    enroll(*nodes["c"], *nodes["a"], tmp_path, ["DINKES"])
    enroll(*nodes["c"], *nodes["b"], tmp_path, ["DINKES"])
    yield nodes, budi
    for ws, _actor in nodes.values():
        ws.close()


def _ship(nodes, src: str, dst: str, folder):
    s_ws, s_admin = nodes[src]
    d_ws, d_admin = nodes[dst]
    to = "pusat" if dst == "c" else d_ws.node.id
    report = ship(s_ws, s_admin, d_ws, d_admin, to, folder / f"{src}2{dst}")
    assert report.status == "applied", report.summary()
    assert not report.rejections, report.summary()
    return report


def _acks(ws, origin: str) -> dict[str, tuple[int, list]]:
    with ws.read() as session:
        rows = session.query(SyncAck).filter_by(holder=ws.node.id, origin=origin).all()
        return {r.origin_epoch: (r.seq, json.loads(r.ranges)) for r in rows}


def _next_seq(ws) -> int:
    with ws.read() as session:
        return session.query(LocalNode).one().next_seq


def test_restored_node_is_tracked_per_epoch_and_gets_its_lost_changes_back(net, tmp_path):
    nodes, budi = net
    a_ws, a_admin = nodes["a"]
    c_ws, _c_admin = nodes["c"]
    b_ws, _b_admin = nodes["b"]
    first = add_skp(a_ws, a_admin, budi.id, note="v1")
    _ship(nodes, "a", "c", tmp_path)
    saved = backup.backup_now(a_ws, a_admin, tmp_path / "backups")
    seq_at_backup = _next_seq(a_ws)
    old_epoch = a_ws.node.epoch

    # after the backup: a new SKP and two edits reach central and office B
    lost = add_skp(a_ws, a_admin, budi.id, year=2027, note="hilang di A")
    edit_skp(a_ws, a_admin, first, decision_note="v2")
    edit_skp(a_ws, a_admin, first, decision_note="v3")
    _ship(nodes, "a", "c", tmp_path)
    _ship(nodes, "c", "b", tmp_path)
    _ship(nodes, "c", "a", tmp_path)  # central acknowledges A's first life
    assert skp_row(b_ws, lost).decision_note == "hilang di A"

    # A's disk dies; it is restored from the backup: new epoch, sequences reused
    backup.restore(a_ws, a_admin, saved.path)
    assert a_ws.node.epoch != old_epoch
    assert _next_seq(a_ws) == seq_at_backup
    assert skp_row(a_ws, lost) is None
    fresh = add_skp(a_ws, a_admin, budi.id, year=2028, note="baru sesudah pulih")
    assert skp_row(a_ws, fresh).origin_seq == skp_row(c_ws, lost).origin_seq  # same number
    edit_skp(a_ws, a_admin, first, decision_note="diubah sesudah pulih")  # version 2

    # A -> central: the new epoch starts from zero, so nothing is skipped; the edit made
    # after the restore has a lower version than central's copy but is not dropped as
    # stale: both versions are kept (the higher version wins, the other is a conflict)
    report = _ship(nodes, "a", "c", tmp_path)
    assert report.total("inserted") == 1
    assert report.total("conflicts") == 1
    assert skp_row(c_ws, fresh).decision_note == "baru sesudah pulih"
    assert skp_row(c_ws, first).decision_note == "v3"
    with c_ws.read() as session:
        [kept] = session.query(Conflict).all()
        assert "diubah sesudah pulih" in kept.loser

    # central relays the new epoch to B although B already has A's old sequence numbers
    report = _ship(nodes, "c", "b", tmp_path)
    assert report.total("inserted") == 1
    assert not report.missing_changes
    assert skp_row(b_ws, fresh).decision_note == "baru sesudah pulih"
    b_acks = _acks(b_ws, a_ws.node.id)
    assert set(b_acks) == {old_epoch, a_ws.node.epoch}
    assert b_acks == _acks(c_ws, a_ws.node.id)

    # central returns to A what A's backup lost (its own first-life changes)
    report = _ship(nodes, "c", "a", tmp_path)
    assert skp_row(a_ws, lost).decision_note == "hilang di A"
    assert skp_row(a_ws, first).decision_note == "v3"
    assert report.total("conflicts") == 1  # A keeps its post-restore edit visible
    assert sync_service.list_conflicts(a_ws, a_admin)[0].row_id == first

    # everyone converges; acknowledgements stop the re-sending in both directions
    for src, dst in (("a", "c"), ("c", "b"), ("c", "a"), ("b", "c")):
        _ship(nodes, src, dst, tmp_path)
    assert data_digest(a_ws) == data_digest(c_ws) == data_digest(b_ws)
    assert _acks(a_ws, a_ws.node.id)[old_epoch][0] >= skp_row(c_ws, first).origin_seq
    for src, dst in (("c", "a"), ("c", "b")):
        s_ws, s_admin = nodes[src]
        to = nodes[dst][0].node.id
        assert sync_service.export_bundle(s_ws, s_admin, to, tmp_path / "again").total == 0
