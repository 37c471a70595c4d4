"""The controller flow: first-run wizard, login, wrong password, lock, language."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt

from ekinerja_desktop.gui.app import AppController, make_application
from tests.helpers import ADMIN_PASSWORD, new_workspace
from tests.helpers.controller import close_controllers

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(qtbot, data_dir):
    ctrl = AppController(make_application(), data_dir, None)
    yield ctrl
    close_controllers(ctrl)


def _login(qtbot, ctrl, username, password):
    login = ctrl.login_window.login
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_wizard_creates_workspace_then_login_opens_main_window(qtbot, controller, data_dir):
    first = controller.start()
    assert first is controller.wizard
    wizard = controller.wizard
    wizard.next()
    wizard.agency_page.agency.setText("Pemerintah Kota Palu")
    wizard.agency_page.role.setCurrentIndex(1)
    wizard.next()
    admin_page = wizard.admin_page
    admin_page.encrypt.setChecked(False)  # the encrypted path: test_security_page.py
    admin_page.password.setText("pendek")
    admin_page.confirm.setText("pendek")
    assert not admin_page.isComplete()
    admin_page.password.setText("rahasia-gui-1")
    admin_page.confirm.setText("rahasia-gui-2")
    assert not admin_page.isComplete()
    assert "belum sama" in admin_page.message.text()
    admin_page.confirm.setText("rahasia-gui-1")
    assert admin_page.isComplete()
    wizard.accept()
    qtbot.waitUntil(lambda: controller.login_window is not None, timeout=15000)
    assert controller.ws.node.role.value == "laptop"
    assert controller.login_window.login.username.text() == "admin"
    qtbot.keyClicks(controller.login_window.login.password, "rahasia-gui-1")
    qtbot.keyClick(controller.login_window.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    assert controller.main_window.isVisible()
    assert "Laptop" in controller.main_window.node_label.text()
    # An automatic backup names its file, not the long path, in the status bar.
    backup = data_dir / "cadangan" / "ekinerja-2026-12-08-0900.ekbak"
    controller._scheduler.done.emit(str(backup))
    status = controller.main_window.statusBar().currentMessage()
    assert status == f"Cadangan otomatis tersimpan: {backup.name}"


def test_demo_choice_builds_demo_and_shows_banner(qtbot, controller):
    controller.start()
    controller.wizard.intro.demo.setChecked(True)
    controller.wizard.accept()
    qtbot.waitUntil(lambda: controller.ws is not None, timeout=30000)
    assert "demo12345" in controller.login_window.login.status.text()
    _login(qtbot, controller, "", "demo12345")
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    banner = controller.main_window.findChild(object, "demoBanner")
    assert banner is not None
    assert "DEMO" in banner.text()


def test_wrong_password_shows_message_and_keeps_login(qtbot, ws, data_dir):
    ws.close()
    ctrl = AppController(make_application(), data_dir, None)
    try:
        ctrl.start()
        qtbot.waitUntil(lambda: ctrl.ws is not None, timeout=15000)
        _login(qtbot, ctrl, "admin", "salah-sekali")
        login = ctrl.login_window.login
        qtbot.waitUntil(lambda: "salah" in login.status.text(), timeout=15000)
        assert ctrl.main_window is None
        assert login.password.text() == ""
        assert login.button.isEnabled()
        _login(qtbot, ctrl, "", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)
        # Lock, refuse a wrong password, unlock with the right one.
        ctrl.lock()
        assert ctrl.lock_dialog is not None
        assert not ctrl.main_window.centralWidget().isVisible()
        ctrl.lock_dialog.password.setText("keliru")
        ctrl.lock_dialog.unlock_button.click()
        qtbot.waitUntil(lambda: ctrl.lock_dialog.message.text() != "", timeout=15000)
        ctrl.lock_dialog.password.setText(ADMIN_PASSWORD)
        ctrl.lock_dialog.unlock_button.click()
        qtbot.waitUntil(lambda: ctrl.lock_dialog is None, timeout=15000)
        assert ctrl.main_window.centralWidget().isVisible()
    finally:
        ctrl.runner.wait_for_done()
        if ctrl.main_window:
            ctrl.main_window.close()
        ctrl.shutdown()


def test_damaged_database_message_on_login_screen(qtbot, tmp_path):
    data_dir = tmp_path / "rusak"
    data_dir.mkdir()
    (data_dir / "ekinerja.sqlite3").write_bytes(b"garbage" * 50)
    ctrl = AppController(make_application(), data_dir, None)
    try:
        ctrl.start()
        login = ctrl.login_window.login
        qtbot.waitUntil(lambda: "rusak" in login.status.text(), timeout=15000)
        assert not login.button.isEnabled()
    finally:
        ctrl.runner.wait_for_done()
        ctrl.login_window.close()
        ctrl.shutdown()


@contextlib.contextmanager
def _admin_logged_in(qtbot, ws, data_dir, on_start=None) -> Iterator[AppController]:
    """The controller on the ``ws`` folder with the admin logged in through the login
    window (``on_start(ctrl)`` runs before); windows closed and shut down afterwards."""
    ws.close()
    ctrl = AppController(make_application(), data_dir, None)
    try:
        ctrl.start()
        if on_start is not None:
            on_start(ctrl)
        qtbot.waitUntil(lambda: ctrl.ws is not None, timeout=15000)
        _login(qtbot, ctrl, "admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)
        yield ctrl
    finally:
        ctrl.runner.wait_for_done()
        if ctrl.main_window:
            ctrl.main_window.close()
        ctrl.shutdown()


def test_idle_watcher_locks_after_timeout(qtbot, ws, data_dir):
    with _admin_logged_in(qtbot, ws, data_dir) as ctrl:
        ctrl.idle._timer.setInterval(20)
        ctrl.idle.set_minutes(0.001)  # 60 ms
        qtbot.waitUntil(lambda: ctrl.lock_dialog is not None, timeout=5000)


def test_english_translation_applies(qtbot, ws, data_dir):
    from ekinerja_desktop.services import preferences

    preferences.save(data_dir, language="en")

    def login_button_in_english(ctrl: AppController) -> None:
        assert ctrl.login_window.login.button.text() == "Log in"

    with _admin_logged_in(qtbot, ws, data_dir, login_button_in_english) as ctrl:
        nav = ctrl.main_window.nav
        assert [nav.item(i).text() for i in range(nav.count())] == [
            "Home",
            "Dashboard",
            "Rewards & Coaching",
            "Monthly Recap",
            "Team Competency",
            "Check document",
            "Work Units",
            "Employees",
            "Appraiser Mapping",
            "User Accounts",
            "Synchronisation",
            "Conflicts",
            "Data Backup",
            "Security",
            "Audit Trail",
            "Settings",
        ]


def test_restore_from_backup_forces_a_new_login(qtbot, ws, data_dir):
    with _admin_logged_in(qtbot, ws, data_dir) as ctrl:
        ctrl.main_window.ctx.changed({"restored"})
        assert ctrl.main_window is None
        assert "dipulihkan" in ctrl.login_window.login.status.text()
        qtbot.waitUntil(lambda: ctrl.ws is not None, timeout=15000)
        _login(qtbot, ctrl, "admin", ADMIN_PASSWORD)
        qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)


def test_page_modules_load_while_the_login_window_waits(tmp_path):
    """Issue 19: the page modules are imported while the login window waits for the
    password (one per event-loop turn), not when the main window is first built. In a
    fresh process: none is imported when the login window appears, then all are, with
    no login."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    new_workspace(tmp_path / "ws").close()
    script = """
import json, sys
from PySide6.QtCore import QTimer
from ekinerja_desktop.gui.app import AppController, make_application
from ekinerja_desktop.gui.pages import PAGE_MODULES

app = make_application()
ctrl = AppController(app, __import__("pathlib").Path(sys.argv[1]), None)
ctrl.start()
ctrl.runner.wait_for_done()
app.processEvents()
def loaded():
    return sorted(m for m in PAGE_MODULES if "ekinerja_desktop.gui.pages." + m in sys.modules)
seen = {}
def check():
    if ctrl.login_window is not None and ctrl.login_window.isVisible() and "at_login" not in seen:
        seen["at_login"] = loaded()
QTimer.singleShot(0, check)
def poll():
    if len(loaded()) == len(PAGE_MODULES):
        seen["later"] = loaded()
        app.quit()
timer = QTimer()
timer.timeout.connect(poll)
timer.start(100)
QTimer.singleShot(90000, app.quit)  # a machine too loaded: the assertion says so
app.exec()
seen.setdefault("later", loaded())
print(json.dumps(seen))
"""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    from ekinerja_desktop.gui.pages import PAGE_MODULES

    assert seen["at_login"] == []
    assert seen["later"] == sorted(PAGE_MODULES)
