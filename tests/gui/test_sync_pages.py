"""Sinkronisasi and Konflik pages over a real office enrolled at a real central node."""

from __future__ import annotations

import time

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QPushButton

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.store.models import Skp
from tests.helpers.master import make_org
from tests.helpers.sync import (
    add_skp,
    digest,
    edit_skp,
    enrolled_central,
    exchange,
    make_node,
    ship,
    skp_row,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def central(ws, admin, tmp_path):
    """A central node with Budi; the ``ws`` office enrolled for Dinas Kesehatan."""
    with enrolled_central(ws, admin, tmp_path) as c:
        yield c.ws, c.admin, c.staff[0]


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
    assert page.fingerprint.fingerprint == me.fingerprint
    groups = me.fingerprint.split()
    assert page.fingerprint.text() == "   ".join(groups[:4]) + "\n" + "   ".join(groups[4:])
    assert page.max_mb.value() == 20
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
    exchange(ws, admin, c_ws, c_admin, tmp_path)
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


def _slowly(monkeypatch, name: str) -> None:
    """Let the real service call ``name`` report progress slowly enough to press Batal."""
    real = getattr(sync_service, name)

    def slow(*args, progress=None, **kw):
        def step(done, total, label):
            time.sleep(0.15)
            progress(done, total, label)

        return real(*args, progress=step, **kw)

    monkeypatch.setattr(sync_service, name, slow)


def _press_cancel(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(QProgressDialog)), timeout=10000
    )
    dialog = next(d for d in page.findChildren(QProgressDialog) if d.isVisible())
    button = dialog.findChild(QPushButton)
    assert button.text() == "Batal"
    button.click()
    assert page.ctx.runner.wait_for_done(20000)
    qtbot.wait(50)


def _many_skps(ws, admin, employee_id: str, count: int = 60) -> None:
    import random

    noise = random.Random(3)
    for year in range(2000, 2000 + count):
        note = "".join(noise.choice("abcdefghij klmnop") for _ in range(900))
        add_skp(ws, admin, employee_id, year=year, note=note)


def test_export_in_parts_and_cancel_leaves_nothing(
    qtbot, main_window, ws, admin, central, tmp_path, monkeypatch
):
    from ekinerja_desktop.gui.pages import sync_page

    _c_ws, _c_admin, budi = central
    _many_skps(ws, admin, budi.id)
    monkeypatch.setattr(sync_service, "bundle_max_bytes", lambda _ws: 24 * 1024)
    page = main_window.show_page("sync")
    qtbot.waitUntil(lambda: page.peers.rowCount() == 1, timeout=10000)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(sync_page, "ask_folder", lambda *_a: str(outbox))

    # Batal while writing: no bundle, no *.partial, nothing stored
    before = digest(ws)
    _slowly(monkeypatch, "export_bundle")
    page.export_button.click()
    _press_cancel(qtbot, page)
    assert list(outbox.iterdir()) == []
    assert digest(ws) == before
    assert page.last_exports == []

    # the real export: several complete bundles, listed in the status line
    monkeypatch.undo()
    monkeypatch.setattr(sync_service, "bundle_max_bytes", lambda _ws: 24 * 1024)
    monkeypatch.setattr(sync_page, "ask_folder", lambda *_a: str(outbox))
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(page.last_exports), timeout=20000)
    [summary] = page.last_exports
    assert len(summary.parts) > 1
    assert sorted(p.name for p in outbox.iterdir()) == sorted(p.path.name for p in summary.parts)
    assert f"dalam {len(summary.parts)} bundel" in page.status.text()


def test_cancelled_import_changes_nothing(
    qtbot, main_window, ws, admin, central, tmp_path, monkeypatch
):
    from ekinerja_desktop.gui.pages import sync_page

    c_ws, c_admin, budi = central
    _many_skps(c_ws, c_admin, budi.id, count=30)
    inbox = tmp_path / "inbox"
    sync_service.export_bundle(c_ws, c_admin, ws.node.id, inbox, max_bytes=16 * 1024)
    assert len(list(inbox.iterdir())) >= 2
    page = main_window.show_page("sync")
    qtbot.waitUntil(lambda: page.peers.rowCount() == 1, timeout=10000)
    monkeypatch.setattr(sync_page, "ask_folder", lambda *_a: str(inbox))
    before = digest(ws)
    page.import_folder_button.click()  # dry run of every part
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20000)
    _slowly(monkeypatch, "import_bundles")
    page.preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _press_cancel(qtbot, page)
    assert page.last_reports == []
    assert digest(ws) == before  # the parts applied before Batal were rolled back too
    with ws.read() as session:
        assert session.query(Skp).count() == 0


def test_central_enrolls_a_node_with_unit_picker_and_big_fingerprints(qtbot, tmp_path, monkeypatch):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.gui.pages import sync_page
    from ekinerja_desktop.gui.tasks import TaskRunner

    c_ws, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    office, o_admin = make_node(tmp_path / "office", NodeRole.OFFICE)
    runner = TaskRunner()
    try:
        org = make_org(c_ws, c_admin)
        request = sync_service.write_enroll_request(office, o_admin, tmp_path / "req.json")
        window = MainWindow(GuiContext(ws=c_ws, actor=c_admin, runner=runner))
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("sync")
        assert page.enroll_button.isVisible()
        monkeypatch.setattr(sync_page, "ask_request_file", lambda *_a: str(request.path))
        monkeypatch.setattr(sync_page, "ask_folder", lambda *_a: str(tmp_path / "reply"))
        (tmp_path / "reply").mkdir()
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.enroll_dialog is not None, timeout=10000)
        dialog = page.enroll_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        assert dialog.fingerprint.fingerprint == request.fingerprint
        assert "\n" in dialog.fingerprint.text()
        assert dialog.fingerprint.font().pointSizeF() > page.status.font().pointSizeF()
        picker = dialog.picker
        assert picker.tree.topLevelItemCount() == 2  # Dinas Kesehatan, Dinas Pendidikan
        assert not dialog.ok_button.isEnabled()
        picker.filter.setText("rujukan")  # Seksi Rujukan, under Dinas Kesehatan
        assert not picker.items[org.a_seksi.id].isHidden()
        assert not picker.items[org.a.id].isHidden()
        assert picker.items[org.b.id].isHidden()
        picker.filter.clear()
        picker.set_checked(org.a.id)
        assert not dialog.ok_button.isEnabled()  # fingerprint not yet compared
        assert dialog.selected_role() == "office"  # what the office asked for, by default
        dialog.role.setCurrentIndex(dialog.role.findData("laptop"))  # central decides
        dialog.confirmed.setChecked(True)
        assert dialog.ok_button.isEnabled()
        dialog.grab().save(str(tmp_path / "enroll.png"))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: page.enroll_result is not None, timeout=10000)
        result = page.enroll_result
        qtbot.waitUntil(result.isVisible, timeout=5000)
        central_fp = sync_service.identity(c_ws, c_admin).fingerprint
        assert result.central.fingerprint == central_fp
        assert result.node.fingerprint == request.fingerprint
        result.grab().save(str(tmp_path / "enrolled.png"))
        [bundle] = (tmp_path / "reply").iterdir()
        assert bundle.name in result.findChild(type(page.status), "enrollFiles").text()
        report = sync_service.import_bundle(office, o_admin, bundle, expect_fingerprint=central_fp)
        assert report.status == "applied", report.summary()
        assert sync_service.identity(office, o_admin).unit_scope == (org.a.id,)
        [peer] = sync_service.list_peers(c_ws, c_admin)
        assert peer.role == "laptop"  # central's choice, not the request's "office"
        qtbot.waitUntil(lambda: page.peers.rowCount() == 1, timeout=10000)
        runner.wait_for_done()
    finally:
        runner.wait_for_done()
        office.close()
        c_ws.close()


def test_ekb_argument_starts_the_gui_with_that_file(monkeypatch, tmp_path):
    from ekinerja_desktop import __main__ as entry
    from ekinerja_desktop.gui import app

    assert entry._plain_gui_args(["C:\\Unduhan\\kantor-7.EKB"]) == {
        "file": "C:\\Unduhan\\kantor-7.EKB"
    }
    assert entry._plain_gui_args(["a.ekb", "b.ekb"]) is None  # one file at a time
    assert entry._plain_gui_args(["bundle", "import", "a.ekb"]) is None  # a command
    calls = []
    monkeypatch.setattr(app, "run_gui", lambda **kw: calls.append(kw) or 0)
    bundle = tmp_path / "dari-pusat.ekb"
    assert entry.main(["--data-dir", str(tmp_path / "ws"), str(bundle)]) == 0
    assert calls == [{"data_dir": tmp_path / "ws", "database_url": None, "open_file": bundle}]


def test_opened_bundle_is_previewed_after_login(qtbot, ws, central, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ekinerja_desktop.gui.app import AppController, install_translators, make_application
    from tests.helpers import ADMIN_PASSWORD

    c_ws, c_admin, budi = central
    skp_id = add_skp(c_ws, c_admin, budi.id, note="dari pusat")
    bundle = sync_service.export_bundle(c_ws, c_admin, ws.node.id, tmp_path / "mail").path
    ws.close()
    ctrl = AppController(make_application(), ws.data_dir, None)
    ctrl.pending_file = bundle
    try:
        ctrl.start()
        login = ctrl.login_window.login
        qtbot.keyClicks(login.username, "admin")
        qtbot.keyClicks(login.password, ADMIN_PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)
        window = ctrl.main_window
        page = window.page("sync")
        assert window.current_page() is page
        qtbot.waitUntil(
            lambda: page.preview is not None and page.preview.isVisible(), timeout=15000
        )
        assert "Uji coba impor" in page.preview.text.toPlainText()
        assert "skp: 1 baru" in page.preview.text.toPlainText()
        assert ctrl.pending_file is None
        assert skp_row(ctrl.ws, skp_id) is None  # nothing applied before "Terapkan"
        page.preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: bool(page.last_reports), timeout=15000)
        assert skp_row(ctrl.ws, skp_id).decision_note == "dari pusat"
    finally:
        ctrl.runner.wait_for_done()
        for window in (ctrl.main_window, ctrl.login_window):
            if window is not None:
                window.close()
        ctrl.shutdown()
        install_translators(QApplication.instance(), "id")


def test_enrollment_preview_shows_centrals_fingerprint_and_asks_to_compare(
    qtbot, tmp_path, monkeypatch
):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.gui.tasks import TaskRunner

    c_ws, c_admin = make_node(tmp_path / "central", NodeRole.CENTRAL)
    office, o_admin = make_node(tmp_path / "office", NodeRole.OFFICE)
    runner = TaskRunner()
    try:
        make_org(c_ws, c_admin)
        request = sync_service.write_enroll_request(office, o_admin, tmp_path / "req.json")
        reply = sync_service.enroll_node(
            c_ws, c_admin, request.path, ["DINKES"], tmp_path / "r" / "r.ekb", role="office"
        )
        window = MainWindow(GuiContext(ws=office, actor=o_admin, runner=runner))
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("sync")
        page.preview_file(reply.bundle)
        qtbot.waitUntil(
            lambda: page.preview is not None and page.preview.isVisible(), timeout=20000
        )
        preview = page.preview
        assert preview.fingerprint.fingerprint == reply.central_fingerprint
        assert "\n" in preview.fingerprint.text()  # large, in two lines of groups
        assert not preview.apply_button.isEnabled()  # not compared yet
        preview.confirmed.setChecked(True)
        assert preview.apply_button.isEnabled()
        preview.apply_button.click()
        qtbot.waitUntil(lambda: sync_service.identity(office, o_admin).enrolled, timeout=20000)
        runner.wait_for_done()
    finally:
        runner.wait_for_done()
        office.close()
        c_ws.close()
