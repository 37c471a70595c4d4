"""Idle detection for the auto-lock: any key or mouse input counts as activity."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, check_ms: int = 5000) -> None:
        super().__init__(parent)
        self._last = time.monotonic()
        self._limit_s = 0.0
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)

    def set_minutes(self, minutes: float) -> None:
        self._limit_s = minutes * 60
        self._last = time.monotonic()
        if minutes > 0:
            self._watch()
            self._timer.start()
        else:
            self._timer.stop()

    def _watch(self) -> None:
        """Hear every event of the application from now on (its parent, when that is the
        application). Not before a lock time is set: an application-wide filter in
        Python sees every event, the first window's paint included."""
        app = self.parent()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        self._last = time.monotonic()

    def check(self) -> None:
        if self._limit_s > 0 and time.monotonic() - self._last >= self._limit_s:
            self._timer.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False
