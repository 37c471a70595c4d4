"""Windows that fit the screen they open on, and remember where the user put them.

Office laptops in Palu are mostly 1366x768, minus a taskbar (1366x728 usable). A window
larger than the available area loses its status bar or its buttons, so every top-level
window asks for its preferred size here and gets at most what the screen offers.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SETTINGS_ORG = "Pemerintah Kota Palu"
SETTINGS_APP = "e-Kinerja Desktop"
# Below this available size a main window opens maximised: a laptop screen.
SMALL_SCREEN = QSize(1440, 900)


def settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def available_rect(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_size(widget: QWidget, preferred: QSize, margin: int = 40) -> QSize:
    """``preferred`` shrunk to what the screen offers (minus a margin for the frame)."""
    area = available_rect(widget)
    return QSize(
        min(preferred.width(), max(area.width() - margin, 320)),
        min(preferred.height(), max(area.height() - margin, 240)),
    )


def fit_window(widget: QWidget, preferred: QSize, margin: int = 40) -> None:
    """Resize ``widget`` to ``preferred`` or less, centred on the available area."""
    size = fit_size(widget, preferred, margin)
    widget.resize(size)
    area = available_rect(widget)
    widget.move(
        area.x() + max((area.width() - size.width()) // 2, 0),
        area.y() + max((area.height() - size.height()) // 3, 0),
    )


def restore_window(widget: QWidget, key: str, preferred: QSize) -> bool:
    """Restore the geometry saved under ``key`` if it still fits this screen; otherwise
    fit ``preferred``. Returns True when the window should open maximised."""
    saved = settings().value(f"{key}/geometry")
    maximised = str(settings().value(f"{key}/maximised", "")).lower() in ("true", "1")
    area = available_rect(widget)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and widget.restoreGeometry(saved):
        frame = widget.frameGeometry()
        on_screen = area.intersected(frame).width() >= frame.width() * 0.9
        if on_screen and frame.width() <= area.width() and frame.height() <= area.height():
            return maximised
    fit_window(widget, preferred)
    small = area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height()
    return maximised or small


def save_window(widget: QWidget, key: str) -> None:
    store = settings()
    store.setValue(f"{key}/maximised", widget.isMaximized())
    store.setValue(f"{key}/geometry", widget.saveGeometry())
