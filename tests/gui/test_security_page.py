"""Keamanan page, the recovery key dialog, login on an encrypted workspace, recovery from
the login window, and the first-run wizard's encryption choice."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ekinerja_desktop.gui.app import AppController, make_application
from ekinerja_desktop.gui.pages import security_page
from ekinerja_desktop.services import auth, encryption, keyslots
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.controller import close_controllers

pytestmark = [pytest.mark.gui, pytest.mark.sqlite_only]

KEY_RE = re.compile(r"^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")


@pytest.fixture
def controller_for(qtbot, data_dir):
    made: list[AppController] = []

    def build() -> AppController:
        ctrl = AppController(make_application(), data_dir, None)
        made.append(ctrl)
        return ctrl

    yield build
    close_controllers(*made)


def _login(qtbot, ctrl, username, password):
    login = ctrl.login_window.login
    login.username.setText(username)
    login.password.setText(password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_security_page_turns_encryption_on_and_shows_the_key_once(
    qtbot, main_window, gui_ctx, monkeypatch
):
    asked: list[str] = []

    def fake_password(_parent, title, _text):
        asked.append(title)
        return ADMIN_PASSWORD

    monkeypatch.setattr(security_page, "ask_password", fake_password)
    page = main_window.show_page("security")
    qtbot.waitUntil(lambda: "TIDAK aktif" in page.state.text(), timeout=5000)
    assert page.encrypt_button.isVisible()
    assert not page.rotate_button.isVisible()
    qtbot.mouseClick(page.encrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recovery_dialog is not None, timeout=30000)
    dialog = page.recovery_dialog
    key = dialog.key
    assert KEY_RE.match(key)
    assert gui_ctx.ws.encrypted
    assert keyslots.unlock_with_recovery(gui_ctx.ws.data_dir, key).key == gui_ctx.ws.key
    # The key cannot be dismissed before the admin confirms it is stored.
    assert not dialog.close_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    printed: list[str] = []
    monkeypatch.setattr(
        security_page, "print_recovery_key", lambda _p, k, _a: printed.append(k) or True
    )
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed == [key]
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "AKTIF" in page.state.text() and page.rotate_button.isVisible())
    assert "terenkripsi" in page.message.text()
    # A new recovery key replaces the old one.
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recovery_dialog is not dialog, timeout=15000)
    new_key = page.recovery_dialog.key
    assert KEY_RE.match(new_key)
    assert new_key != key
    assert asked == ["Aktifkan enkripsi", "Kunci pemulihan baru"]
    page.recovery_dialog.confirm.setChecked(True)
    page.recovery_dialog.accept()


def test_security_page_wrong_password_changes_nothing(qtbot, main_window, gui_ctx, monkeypatch):
    monkeypatch.setattr(security_page, "ask_password", lambda *_a: "bukan-sandinya")
    shown: list[str] = []
    monkeypatch.setattr(
        "ekinerja_desktop.gui.tasks.show_error", lambda _p, e, *_a: shown.append(str(e))
    )
    page = main_window.show_page("security")
    qtbot.waitUntil(lambda: "TIDAK aktif" in page.state.text(), timeout=5000)
    qtbot.mouseClick(page.encrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert "salah" in shown[0]
    assert not gui_ctx.ws.encrypted
    assert page.recovery_dialog is None


def test_login_on_encrypted_workspace(qtbot, ws, data_dir, controller_for):
    admin = auth.login(ws, "admin", ADMIN_PASSWORD)
    encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    ws.close()
    ctrl = controller_for()
    ctrl.start()
    login = ctrl.login_window.login
    assert ctrl.ws is None  # nothing can be opened before a password is typed
    assert not login.recovery_button.isHidden()
    _login(qtbot, ctrl, "admin", "salah-sekali")
    qtbot.waitUntil(lambda: "salah" in login.status.text(), timeout=15000)
    assert login.status.text().startswith("Nama pengguna atau kata sandi salah.")
    assert ctrl.main_window is None
    assert ctrl.ws is None
    _login(qtbot, ctrl, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)
    assert ctrl.ws.encrypted
    assert "security" in ctrl.main_window.page_keys()
    # Logging out drops the key: the next person unlocks again.
    ctrl.logout()
    assert ctrl.ws is None
    assert not ctrl.login_window.login.recovery_button.isHidden()
    _login(qtbot, ctrl, "admin", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)


def test_recovery_from_the_login_window(qtbot, ws, data_dir, controller_for):
    admin = auth.login(ws, "admin", ADMIN_PASSWORD)
    result = encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    ws.close()
    ctrl = controller_for()
    ctrl.start()
    qtbot.mouseClick(ctrl.login_window.login.recovery_button, Qt.MouseButton.LeftButton)
    dialog = ctrl.recovery_dialog
    assert dialog is not None
    dialog.key.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    dialog.username.setText("admin")
    dialog.password.setText("sandi-pulih-baru-1")
    dialog.confirm.setText("sandi-pulih-beda-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "tidak sama" in dialog.message.text()
    dialog.confirm.setText("sandi-pulih-baru-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kunci pemulihan salah" in dialog.message.text(), timeout=15000)
    assert ctrl.main_window is None
    dialog.key.setText(result.recovery_key)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)
    assert ctrl.actor.username == "admin"
    ctrl.logout()
    ctrl.runner.wait_for_done()
    with pytest.raises(auth.AuthError):
        keyslots.unlock(data_dir, "admin", ADMIN_PASSWORD)
    assert keyslots.unlock(data_dir, "admin", "sandi-pulih-baru-1").key


def test_wizard_offers_encryption_for_a_laptop(qtbot, data_dir, controller_for):
    ctrl = controller_for()
    ctrl.start()
    wizard = ctrl.wizard
    wizard.next()
    wizard.agency_page.role.setCurrentIndex(1)  # laptop atasan
    wizard.next()
    page = wizard.admin_page
    assert page.encrypt.isChecked()  # recommended for laptops
    page.password.setText("rahasia-gui-1")
    page.confirm.setText("rahasia-gui-1")
    wizard.accept()
    qtbot.waitUntil(lambda: ctrl.recovery_key_dialog is not None, timeout=30000)
    key = ctrl.recovery_key_dialog.key
    assert KEY_RE.match(key)
    assert keyslots.is_encrypted(data_dir)
    assert ctrl.ws is None
    assert ctrl.login_window.login.username.text() == "admin"
    ctrl.recovery_key_dialog.confirm.setChecked(True)
    ctrl.recovery_key_dialog.accept()
    qtbot.keyClicks(ctrl.login_window.login.password, "rahasia-gui-1")
    qtbot.keyClick(ctrl.login_window.login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctrl.main_window is not None, timeout=15000)
    assert ctrl.ws.encrypted


def test_wizard_leaves_an_office_pc_unencrypted_by_default(qtbot, data_dir, controller_for):
    ctrl = controller_for()
    ctrl.start()
    wizard = ctrl.wizard
    wizard.next()
    wizard.next()
    assert not wizard.admin_page.encrypt.isChecked()
    assert wizard.result_data().encrypt is False
