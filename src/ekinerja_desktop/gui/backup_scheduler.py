"""Runs the scheduled backup in the background while a session is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ekinerja_desktop.services import backup

if TYPE_CHECKING:
    from ekinerja_desktop.gui.context import GuiContext

CHECK_EVERY_MS = 15 * 60 * 1000


class BackupScheduler(QObject):
    """Asks ``backup.due`` now and every 15 minutes; runs ``backup.run_scheduled`` on the
    background runner (never on the UI thread, never in the way of page loads). A failure
    (USB stick missing, disk full) is reported once through ``failed`` and retried at the
    next check.

    The shell creates one after login: ``BackupScheduler(ctx, parent=window).start()``
    and may show ``done``/``failed`` messages in its status bar."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: GuiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._running = False
        self._last_error = ""

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def check(self) -> None:
        # Its own worker (ctx.background): a backup of a large workspace takes minutes and
        # page loads must not queue behind it. Without one, it waits for an idle runner.
        runner = self.ctx.background or self.ctx.runner
        if self._running or runner.busy:
            return
        ws = self.ctx.ws
        self._running = True

        def work(progress: object) -> str:
            info = backup.run_scheduled(ws)
            return str(info.path) if info is not None else ""

        def ok(path: str) -> None:
            self._running = False
            self._last_error = ""
            if path:
                self.done.emit(path)

        def bad(error: BaseException) -> None:
            self._running = False
            text = str(error)
            if text != self._last_error:
                self._last_error = text
                self.failed.emit(text)

        runner.run(work, on_success=ok, on_failure=bad)
