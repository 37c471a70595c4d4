"""One helper for every background operation.

Guarantees (modelled on Anki's CollectionOp/QueryOp):
- the callable runs on a single worker thread, so database work is serialised;
- it receives a ``Progress`` callable and must take plain data in and return plain data;
- ``on_success``/``on_failure`` run on the UI thread, in submission order;
- a progress dialog with a cancel button appears only when the work lasts over ~500 ms;
- cancelling makes the next ``progress(...)`` call raise ``Cancelled``;
- a failure never escapes as a crash: EkinerjaError shows its message and hint, anything
  else is logged and shown as an unexpected error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ekinerja_desktop.gui.dialogs import show_error


def _log() -> logging.Logger:
    # logging is imported lazily: it is not needed before the first window is shown.
    import logging

    return logging.getLogger(__name__)


PROGRESS_DELAY_MS = 500
# At most this long a follow-up task waits for the first screen's paint (AfterPaint).
AFTER_PAINT_MAX_S = 0.5


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


@dataclass
class CancelToken:
    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Progress:
    """Plain callable given to the work: ``progress(done, total, label)``."""

    def __init__(self, token: CancelToken, emit: Callable[[int, int, str], None]) -> None:
        self._token = token
        self._emit = emit

    def __call__(self, done: int, total: int, label: str = "") -> None:
        if self._token.cancelled:
            raise Cancelled
        self._emit(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled


# What ``TaskRunner.run`` takes: the work (on the worker thread), and what follows on the
# UI thread: its result, or its failure.
Work = Callable[[Progress], Any]
OnDone = Callable[[Any], None]
OnFailed = Callable[[BaseException], None]


class _Signals(QObject):
    finished = Signal(object, object)  # result, error
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, token: CancelToken):
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.token = token
        self.setAutoDelete(True)

    def run(self) -> None:
        progress = Progress(self.token, self._emit_progress)
        try:
            result = self.fn(progress)
        except BaseException as exc:
            self._finish(None, exc)
            return
        self._finish(result, None)

    def _emit_progress(self, done: int, total: int, label: str) -> None:
        # RuntimeError: receiver gone (application shutting down); keep working.
        with contextlib.suppress(RuntimeError):
            self.signals.progress.emit(done, total, label)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        try:
            self.signals.finished.emit(result, error)
        except RuntimeError:
            _log().warning("task finished after its receiver was deleted")


class TaskRunner(QObject):
    """Runs callables on one worker thread and reports back on the UI thread."""

    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._live: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        label: str | None = None,
        cancellable: bool = False,
    ) -> CancelToken:
        from PySide6.QtCore import Qt  # lazily: the Qt namespace is slow to build

        token = CancelToken()
        signals = _Signals()
        self._live.add(signals)
        dialog: list[QProgressDialog] = []
        done = {"flag": False}

        def show_progress() -> None:
            if done["flag"] or label is None:
                return
            dlg = QProgressDialog(label, self.tr("Batal") if cancellable else "", 0, 0, parent)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(0)
            if not cancellable:
                dlg.setCancelButton(None)
            dlg.canceled.connect(token.cancel)
            dlg.show()
            dialog.append(dlg)

        def on_progress(n: int, total: int, text: str) -> None:
            if dialog:
                dialog[0].setMaximum(max(total, 0))
                dialog[0].setValue(min(n, total) if total else 0)
                if text:
                    dialog[0].setLabelText(f"{label}\n{text}")

        def finished(result: Any, error: BaseException | None) -> None:
            done["flag"] = True
            self._live.discard(signals)
            if dialog:
                dialog[0].reset()
                dialog[0].deleteLater()
            self._pending -= 1
            if self._pending == 0:
                self.idle_changed.emit(True)
            try:
                if error is None:
                    if on_success is not None:
                        on_success(result)
                elif isinstance(error, Cancelled):
                    _log().info("task cancelled")
                elif on_failure is not None:
                    on_failure(error)
                else:
                    show_error(parent, error)
            except RuntimeError as exc:
                # The widget that asked for the work was closed meanwhile (logout, lock,
                # restore): its result has nowhere to go, which is not an error.
                if "already deleted" not in str(exc) and "has been deleted" not in str(exc):
                    raise
                _log().info("result dropped: receiver was deleted")

        signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        if self._pending == 0:
            self.idle_changed.emit(False)
        self._pending += 1
        QTimer.singleShot(PROGRESS_DELAY_MS, show_progress)
        self._pool.start(_Job(fn, signals, token))
        return token

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))


class AfterPaint(QObject):
    """``done`` is set once ``widget`` has been painted (at once if it is not shown).

    A page that shows its first screen and then computes more in the background lets that
    task wait for ``done`` (at most AFTER_PAINT_MAX_S): the task's Python work would hold
    the interpreter lock that every cell the view paints needs (the first paint took
    2-3 times longer with a task running beside it).
    """

    def __init__(self, widget: QWidget, then: Callable[[], object] | None = None) -> None:
        """``then``: called in the GUI thread once the paint is done (or at once when
        the widget is not shown)."""
        super().__init__(widget)
        self.done = threading.Event()
        self._widget = widget
        self._then = then
        if not widget.isVisible():
            self._finish()
            return
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._finish)  # after this paint is done
        return False

    def _finish(self) -> None:
        self.done.set()
        self.deleteLater()
        then, self._then = self._then, None
        if then is not None:
            then()

    def wait(self) -> None:
        """In the worker: until the paint is done, AFTER_PAINT_MAX_S at most."""
        self.done.wait(AFTER_PAINT_MAX_S)
