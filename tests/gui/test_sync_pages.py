"""Sinkronisasi and Konflik pages over a real office enrolled at a real central node."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import sync_service
from tests.integration.master_helpers import make_employee, make_org
from tests.integration.sync_helpers import add_skp, edit_skp, enroll, make_node, ship, skp_row

pytestmark = pytest.mark.gui


@pytest.fixture
def central(ws, admin, tmp_path):
    """A central node with Budi; the ``ws`` office enrolled for Dinas Kesehatan."""
    c_ws, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    org = make_org(c_ws, c_admin)
    budi = make_employee(c_ws, c_admin, 1, "Budi", org.a_bidang.id)
    enroll(c_ws, c_admin, ws, admin, tmp_path, ["DINKES"])
    yield c_ws, c_admin, budi
    c_ws.close()


def test_sync_page_shows_node_exports_and_imports_with_preview(
    qtbot, qtmodeltester, main_window, ws, admin, central, tmp_path, monkeypatch
):
    from ekinerja_desktop.gui.pages import sync_page

    c_ws, c_admin, budi = central
    page = main_window.show_page("sync")
    qtbot.waitUntil(lambda: page.peers.rowCount() == 1, timeout=10000)
    qtmodeltester.check(page.peers)
    qtmodeltester.check(page.history)
    me = sync_service.identity(ws, admin)
    assert page.node_id.text() == ws.node.id
    assert page.fingerprint.text() == me.fingerprint
    assert page.peers.row_at(0).role == "central"
    assert page.history.rowCount() == 1  # the enrollment bundle
    assert not page.enroll_button.isVisible()  # an office cannot enroll nodes

    # export to a chosen folder, one bundle per recipient
    add_skp(ws, admin, budi.id, note="dari kantor")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(sync_page, "ask_folder", lambda *_a: str(outbox))
    page.export_button.click()
    qtbot.waitUntil(lambda: len(list(outbox.glob("*.ekb"))) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "baris" in page.status.text(), timeout=10000)
    report = sync_service.import_bundle(c_ws, c_admin, next(outbox.glob("*.ekb")))
    assert report.total("inserted") == 1

    # import: a dry-run preview first, nothing stored until "Terapkan"
    skp_id = add_skp(c_ws, c_admin, budi.id, year=2027, note="dari pusat")
    inbox = tmp_path / "inbox"
    sync_service.export_bundle(c_ws, c_admin, ws.node.id, inbox)
    monkeypatch.setattr(sync_page, "ask_folder", lambda *_a: str(inbox))
    page.import_folder_button.click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10000)
    assert "Uji coba impor" in page.preview.text.toPlainText()
    assert "skp: 1 baru" in page.preview.text.toPlainText()
    assert skp_row(ws, skp_id) is None
    page.preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.history.rowCount() == 2, timeout=10000)
    qtmodeltester.check(page.history)
    assert skp_row(ws, skp_id).decision_note == "dari pusat"
    assert "Impor bundel" in page.status.text()


def test_conflicts_page_shows_both_versions_and_resolves(
    qtbot, qtmodeltester, main_window, ws, admin, central, tmp_path
):
    c_ws, c_admin, budi = central
    skp_id = add_skp(ws, admin, budi.id, note="awal")
    ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    ship(c_ws, c_admin, ws, admin, ws.node.id, tmp_path / "c2o")
    edit_skp(ws, admin, skp_id, decision_note="kantor")
    edit_skp(c_ws, c_admin, skp_id, decision_note="pusat")
    assert ship(c_ws, c_admin, ws, admin, ws.node.id, tmp_path / "c2o").total("conflicts") == 1

    page = main_window.show_page("conflicts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    qtmodeltester.check(page.model)
    assert not page.keep_button.isEnabled()
    page.select_row(0)
    qtmodeltester.check(page.fields)
    notes = [f for f in page.fields.rows if f.name == "decision_note"]
    assert {notes[0].current, notes[0].other} == {"kantor", "pusat"}
    assert page.apply_button.isEnabled()
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    assert skp_row(ws, skp_id).decision_note == notes[0].other
    assert page.status.text() == "Tidak ada konflik terbuka."


def test_sync_pages_are_for_admins_in_order(main_window):
    from ekinerja_desktop.gui.pages import registered_pages

    specs = {s.key: s for s in registered_pages()}
    assert specs["sync"].order == 700
    assert specs["conflicts"].order == 710
    assert specs["sync"].display_title() == "Sinkronisasi"
    assert specs["conflicts"].display_title() == "Konflik"
