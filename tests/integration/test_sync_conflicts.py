"""Conflict resolution: both versions side by side, keep the winner or apply the loser's
values as a new version that travels on; audited; admins only."""

from __future__ import annotations

import pytest

from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.services.auth import Actor
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import AuditEvent
from tests.helpers.sync import (
    add_skp,
    edit_skp,
    enrolled_central,
    exchange,
    ship,
    skp_row,
)

pytestmark = pytest.mark.db


@pytest.fixture
def clash(ws, admin, tmp_path):
    """An SKP edited concurrently at the office and at central, bundles exchanged."""
    with enrolled_central(ws, admin, tmp_path) as central:
        c_ws, c_admin = central.ws, central.admin
        skp_id = add_skp(ws, admin, central.staff[0].id, note="awal")
        exchange(ws, admin, c_ws, c_admin, tmp_path)
        edit_skp(ws, admin, skp_id, decision_note="kantor")
        edit_skp(c_ws, c_admin, skp_id, decision_note="pusat")
        to_central = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "o2c").path
        to_office = sync_service.export_bundle(c_ws, c_admin, ws.node.id, tmp_path / "c2o").path
        assert sync_service.import_bundle(c_ws, c_admin, to_central).total("conflicts") == 1
        assert sync_service.import_bundle(ws, admin, to_office).total("conflicts") == 1
        yield c_ws, c_admin, skp_id


def test_conflict_lists_both_versions_side_by_side(ws, admin, clash):
    _c_ws, _c_admin, skp_id = clash
    [view] = sync_service.list_conflicts(ws, admin)
    assert view.table == "skp"
    assert view.row_id == skp_id
    assert view.status == "open"
    [note] = [f for f in view.differing if f.name == "decision_note"]
    winner = skp_row(ws, skp_id).decision_note
    assert note.current == winner
    assert {note.current, note.other} == {"kantor", "pusat"}
    assert [f.name for f in view.differing] == ["decision_note"]
    assert sync_service.get_conflict(ws, admin, view.id) == view


def test_keep_current_closes_the_conflict_without_a_new_version(ws, admin, clash):
    _c_ws, _c_admin, skp_id = clash
    [view] = sync_service.list_conflicts(ws, admin)
    before = skp_row(ws, skp_id)
    result = sync_service.resolve_conflict(ws, admin, view.id, sync_service.KEEP_CURRENT)
    assert result.kept == "current"
    assert vars(skp_row(ws, skp_id)) == vars(before)
    assert sync_service.list_conflicts(ws, admin) == []
    [done] = sync_service.list_conflicts(ws, admin, status="resolved")
    assert done.resolved_by == "admin"
    with ws.read() as session:
        actions = [e.action for e in session.query(AuditEvent).all()]
    assert "sync.conflict_resolve" in actions
    with pytest.raises(ValidationError):
        sync_service.resolve_conflict(ws, admin, view.id, sync_service.KEEP_CURRENT)


def test_apply_other_saves_a_new_version_that_travels_on(ws, admin, clash, tmp_path):
    c_ws, c_admin, skp_id = clash
    [view] = sync_service.list_conflicts(ws, admin)
    [note] = [f for f in view.fields if f.name == "decision_note"]
    before = skp_row(ws, skp_id)
    result = sync_service.resolve_conflict(ws, admin, view.id, sync_service.APPLY_OTHER)
    after = skp_row(ws, skp_id)
    assert after.decision_note == note.other
    assert after.version == result.new_version > before.version
    assert after.origin_node == ws.node.id
    # the chosen values reach central as an ordinary newer version
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    assert report.total("updated") == 1
    assert skp_row(c_ws, skp_id).decision_note == note.other


def test_resolving_needs_an_admin_and_a_valid_choice(ws, admin, clash):
    [view] = sync_service.list_conflicts(ws, admin)
    with pytest.raises(ValidationError):
        sync_service.resolve_conflict(ws, admin, view.id, "both")
    pegawai = Actor("u1", "pegawai", "Pegawai", frozenset({Role.PEGAWAI}), None)
    with pytest.raises(PermissionDeniedError):
        sync_service.list_conflicts(ws, pegawai)
    with pytest.raises(PermissionDeniedError):
        sync_service.resolve_conflict(ws, pegawai, view.id, sync_service.KEEP_CURRENT)
