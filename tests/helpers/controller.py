"""For the GUI tests: tearing down application controllers, a stand-in PDF preview."""

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


class FakePreview:
    """Stands in for a page's PDF preview window: keeps what it was given, shows nothing."""

    def __init__(self, path, title, parent):
        self.path = path
        self.title = title

    def open(self):
        pass


def open_page(qtbot, cls, ws, runner, actor, *, size=(1200, 760), refresh=True):
    """The page ``cls`` as ``actor`` sees it, shown (at ``size``; None: its own) and, unless
    told otherwise, refreshed (its loading may still run on ``runner``)."""
    from ekinerja_desktop.gui.context import GuiContext

    page = cls(GuiContext(ws=ws, actor=actor, runner=runner))
    qtbot.addWidget(page)
    if size is not None:
        page.resize(*size)
    page.show()
    if refresh:
        page.refresh()
    return page
