"""Tearing down the application controllers of the GUI tests."""

from __future__ import annotations

from typing import Any


def close_controllers(*controllers: Any) -> None:
    """Let each ``AppController``'s background tasks finish, close its windows and shut
    it down; then install the Indonesian translators again (a test may switch language)."""
    from PySide6.QtWidgets import QApplication

    from ekinerja_desktop.gui.app import install_translators

    for ctrl in controllers:
        ctrl.runner.wait_for_done()
        for window in (ctrl.main_window, ctrl.login_window, ctrl.wizard, ctrl.lock_dialog):
            if window is not None:
                window.close()
        ctrl.shutdown()
    install_translators(QApplication.instance(), "id")
