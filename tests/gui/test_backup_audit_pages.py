"""Cadangan Data page, the backup scheduler and the audit viewer's filters/export."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from PySide6.QtCore import Qt

from ekinerja_desktop.gui.pages import audit_page, backup_page
from ekinerja_desktop.services import backup, master
from tests.helpers.master import make_employee, make_org

pytestmark = pytest.mark.gui


def test_backup_page_backs_up_lists_and_checks(qtbot, qtmodeltester, main_window, tmp_path):
    assert "backup" in main_window.page_keys()
    assert main_window.page_keys().index("backup") < main_window.page_keys().index("audit")
    page = main_window.show_page("backup")
    qtbot.waitUntil(lambda: page.folder.text() != "", timeout=5000)
    page.folder.setText(str(tmp_path / "usb"))
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert "Cadangan dibuat" in page.message.text()
    qtmodeltester.check(page.model)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "[OK]" in page.report.toPlainText(), timeout=10000)
    assert "[MASALAH]" not in page.report.toPlainText()
    # A small database always gets the full check; the report names which one ran.
    assert page.report.toPlainText().startswith("Pemeriksaan lengkap")


def test_backup_page_says_when_the_check_was_the_quick_one(qtbot, main_window, monkeypatch):
    from ekinerja_desktop.services import backup

    monkeypatch.setattr(backup, "QUICK_CHECK_FROM_BYTES", 0)
    page = main_window.show_page("backup")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "[OK]" in page.report.toPlainText(), timeout=10000)
    assert page.report.toPlainText().startswith("Pemeriksaan cepat")
    page.report.clear()
    page.full_check.setChecked(True)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "[OK]" in page.report.toPlainText(), timeout=10000)
    assert page.report.toPlainText().startswith("Pemeriksaan lengkap")


def test_backup_page_saves_schedule(qtbot, main_window, gui_ctx, tmp_path):
    from ekinerja_desktop.services import settings

    page = main_window.show_page("backup")
    qtbot.waitUntil(lambda: page.folder.text() != "", timeout=5000)
    page.folder.setText(str(tmp_path / "jadwal"))
    page.interval.setValue(12)
    page.keep.setValue(5)
    qtbot.mouseClick(page.save_schedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "disimpan" in page.message.text(), timeout=5000)
    values = settings.get_all(gui_ctx.ws)
    assert values["backup_interval_hours"] == "12"
    assert values["backup_keep"] == "5"
    assert values["backup_dir"] == str(tmp_path / "jadwal")


def test_restore_needs_typed_confirmation_then_announces(
    qtbot, main_window, gui_ctx, tmp_path, monkeypatch
):
    ws, admin = gui_ctx.ws, gui_ctx.actor
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Sebelum Cadangan", org.a.id)
    backup.backup_now(ws, admin, tmp_path)
    make_employee(ws, admin, 2, "Sesudah Cadangan", org.a.id)
    announced: list[set[str]] = []
    original = gui_ctx.changed

    def spy(changes: set[str]) -> None:
        announced.append(changes)
        original(changes)

    gui_ctx.changed = spy
    page = main_window.show_page("backup")
    qtbot.waitUntil(lambda: page.folder.text() != "", timeout=5000)
    page.folder.setText(str(tmp_path))
    page._list()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)

    monkeypatch.setattr(backup_page, "ask_restore_confirmation", lambda *a: "pulihkan saja")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "dibatalkan" in page.message.text()
    names = {e.name for e in master.list_employees(ws, admin, master.EmployeeFilter())}
    assert names == {"Sebelum Cadangan", "Sesudah Cadangan"}

    monkeypatch.setattr(backup_page, "ask_restore_confirmation", lambda *a: "PULIHKAN")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: announced == [{"restored"}], timeout=10000)
    assert not page.isEnabled()
    assert "masuk lagi" in page.message.text()
    names = {e.name for e in master.list_employees(ws, admin, master.EmployeeFilter())}
    assert names == {"Sebelum Cadangan"}


def test_scheduler_runs_a_due_backup_once(qtbot, gui_ctx, tmp_path):
    from ekinerja_desktop.gui.backup_scheduler import BackupScheduler
    from ekinerja_desktop.services import settings

    settings.set_value(gui_ctx.ws, gui_ctx.actor, "backup_dir", str(tmp_path / "otomatis"))
    (tmp_path / "otomatis").mkdir()
    scheduler = BackupScheduler(gui_ctx)
    with qtbot.waitSignal(scheduler.done, timeout=10000) as blocker:
        scheduler.check()
    assert blocker.args[0].endswith(".ekbak")
    gui_ctx.runner.wait_for_done()
    scheduler.check()  # not due any more: nothing new
    gui_ctx.runner.wait_for_done()
    qtbot.wait(50)
    assert len(list((tmp_path / "otomatis").glob("*.ekbak"))) == 1


def test_audit_page_filters_and_exports(qtbot, main_window, gui_ctx, tmp_path, monkeypatch):
    ws, admin = gui_ctx.ws, gui_ctx.actor
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Lamarauna", org.a.id)
    page = main_window.show_page("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5, timeout=5000)
    page.action.setText("employee.")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.row_at(0).action == "employee.create"
    page.action.clear()
    page.person.setText("Lamarauna")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            {page.model.row_at(i).action for i in range(page.model.rowCount())}
            == {"employee.create"}
        ),
        timeout=5000,
    )
    page.person.clear()
    page.use_dates.setChecked(True)
    page.date_from.setDate(page.date_to.date().addDays(1))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5, timeout=5000)

    out = tmp_path / "audit.xlsx"
    monkeypatch.setattr(audit_page, "ask_export_path", lambda *a: str(out))
    page.action.setText("unit.")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "diekspor" in page.status.text(), timeout=5000)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 5  # header + the five units of make_org


def test_scheduler_reports_a_missing_folder(qtbot, gui_ctx, tmp_path):
    from ekinerja_desktop.gui.backup_scheduler import BackupScheduler
    from ekinerja_desktop.services import settings

    settings.set_value(gui_ctx.ws, gui_ctx.actor, "backup_dir", str(tmp_path / "flashdisk"))
    scheduler = BackupScheduler(gui_ctx)
    with qtbot.waitSignal(scheduler.failed, timeout=10000) as blocker:
        scheduler.check()
    assert "tidak tersedia" in blocker.args[0]
    assert not (tmp_path / "flashdisk").exists()


def test_pages_load_while_a_scheduled_backup_runs(qtbot, gui_ctx, tmp_path, monkeypatch):
    """The scheduled backup runs on its own worker: a page load submitted while it is
    still copying finishes first (before, every page queued behind a minutes-long backup)."""
    import threading

    from ekinerja_desktop.gui.backup_scheduler import BackupScheduler
    from ekinerja_desktop.gui.tasks import TaskRunner
    from ekinerja_desktop.services import backup

    release = threading.Event()
    started = threading.Event()
    real = backup.run_scheduled

    def slow_backup(ws):
        started.set()
        assert release.wait(30)
        return real(ws)

    monkeypatch.setattr(backup, "run_scheduled", slow_backup)
    background = TaskRunner()
    gui_ctx.background = background
    scheduler = BackupScheduler(gui_ctx)
    scheduler.check()
    qtbot.waitUntil(started.is_set, timeout=10000)
    loaded = []
    gui_ctx.runner.run(
        lambda _p: master.list_employees(gui_ctx.ws, gui_ctx.actor, master.EmployeeFilter()),
        on_success=loaded.append,
    )
    qtbot.waitUntil(lambda: bool(loaded), timeout=10000)  # while the backup still runs
    assert not release.is_set()
    assert background.busy
    release.set()
    assert background.wait_for_done()
    assert not gui_ctx.runner.busy
