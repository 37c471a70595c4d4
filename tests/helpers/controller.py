"""For the GUI tests: opening a page and waiting for its background work, tearing down
application controllers, a stand-in PDF preview."""

from __future__ import annotations

from typing import Any

# How long (ms) a GUI test waits, by default, for the background work of a page.
WAIT = 10_000


def idle(qtbot, runner, *, finish: bool = False, timeout: int = WAIT) -> None:
    """Wait until ``runner`` runs no task; with ``finish``, first let its queued tasks
    finish (``runner.wait_for_done()``)."""
    if finish:
        runner.wait_for_done()
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


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


def previewed_text(qtbot, page, button, *, timeout: int = WAIT) -> str:
    """Click ``button`` of ``page`` with a ``FakePreview`` standing in for the preview
    window; the (whitespace-normalised) text of the PDF the page then previews."""
    from tests.helpers.report_samples import pdf_text

    page.pdf.preview_factory = FakePreview
    button.click()
    qtbot.waitUntil(lambda: page.pdf.preview is not None, timeout=timeout)
    return pdf_text(page.pdf.preview.path)


def new_user_window(qtbot, ws, runner, username: str, role):
    """The main window of a new account ``username`` (no employee) with the one ``role``,
    logged in."""
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.services import auth

    with ws.write() as session:
        auth.create_user_unchecked(
            session, username=username, password="cukup-panjang-1", roles={role}
        )
    actor = auth.login(ws, username, "cukup-panjang-1")
    window = MainWindow(GuiContext(ws=ws, actor=actor, runner=runner))
    qtbot.addWidget(window)
    return window


class FakeNote:
    """Stands in for a page's note dialog (``note_dialog_factory``): ``open`` submits
    ``note`` at once (None: nothing, the test emits ``submitted`` itself); it is never
    visible. ``FakeNote.with_note(text)`` is the class that submits ``text``."""

    note: str | None = None

    def __init__(self, *_args):
        from PySide6.QtCore import QObject, Signal

        class _Emitter(QObject):
            submitted = Signal(str)

        self._emitter = _Emitter()
        self.submitted = self._emitter.submitted

    @classmethod
    def with_note(cls, note: str) -> type[FakeNote]:
        return type("FakeNoteWithText", (cls,), {"note": note})

    def open(self):
        if self.note is not None:
            self.submitted.emit(self.note)

    def accept(self):
        pass

    def isVisible(self):
        return False


def type_entry(qtbot, form, start, end, activity, rhk, quantity, unit) -> None:
    """Type a daily-log entry into ``form`` (the Log Harian quick entry or the recurring
    dialog) without the mouse: ``start`` and ``end`` as (hour, minute), the activity, the
    RHK text, quantity and unit, then Enter."""
    from PySide6.QtCore import Qt, QTime

    form.start.setTime(QTime(*start))
    form.end.setTime(QTime(*end))
    qtbot.keyClicks(form.activity, activity)
    form.rhk.setText(rhk)
    qtbot.keyClicks(form.quantity, quantity)
    qtbot.keyClicks(form.unit, unit)
    qtbot.keyClick(form.unit, Qt.Key.Key_Return)


class FakePreview:
    """Stands in for a page's PDF preview window: keeps what it was given, shows nothing."""

    def __init__(self, path, title, parent):
        self.path = path
        self.title = title

    def open(self):
        pass


def open_page(qtbot, cls, ws, runner, actor, *, size=(1200, 760), refresh=True, settle=False):
    """The page ``cls`` as ``actor`` sees it, shown (at ``size``; None: its own) and, unless
    told otherwise, refreshed (its loading may still run on ``runner``, unless ``settle``:
    then it has finished, see ``idle``)."""
    from ekinerja_desktop.gui.context import GuiContext

    page = cls(GuiContext(ws=ws, actor=actor, runner=runner))
    qtbot.addWidget(page)
    if size is not None:
        page.resize(*size)
    page.show()
    if refresh:
        page.refresh()
    if settle:
        idle(qtbot, runner)
    return page
