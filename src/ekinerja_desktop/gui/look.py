"""One look for every window: page titles, navigation icons, and the saving button.

An office worker should meet the same visual language on every page: the page says
where you are (a title), the navigation shows what each entry is (an icon), and the
button that saves or confirms the page's work looks the same everywhere (blue, bold).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QWidget

SP = QStyle.StandardPixmap

#: Navigation icons per page key (Qt's standard icons: present on every platform).
NAV_ICONS: dict[str, QStyle.StandardPixmap] = {
    "home": SP.SP_DirHomeIcon,
    "dashboard": SP.SP_FileDialogContentsView,
    "central_lists": SP.SP_DialogYesButton,
    "arrivals": SP.SP_ArrowDown,
    "skp": SP.SP_FileIcon,
    "skp_team": SP.SP_FileDialogListView,
    "dailylog": SP.SP_FileDialogDetailedView,
    "dailylog_review": SP.SP_DialogApplyButton,
    "recap": SP.SP_FileDialogInfoView,
    "evaluation": SP.SP_DialogOkButton,
    "my_evaluation": SP.SP_MessageBoxInformation,
    "training": SP.SP_ToolBarHorizontalExtensionButton,
    "training_admin": SP.SP_DialogApplyButton,
    "verify": SP.SP_FileDialogContentsView,
    "units": SP.SP_DirIcon,
    "employees": SP.SP_FileDialogListView,
    "mapping": SP.SP_ArrowRight,
    "accounts": SP.SP_DialogOpenButton,
    "sync": SP.SP_BrowserReload,
    "conflicts": SP.SP_MessageBoxWarning,
    "backup": SP.SP_DriveHDIcon,
    "security": SP.SP_VistaShield,
    "audit": SP.SP_FileDialogDetailedView,
    "settings": SP.SP_ComputerIcon,
}

STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: bold; padding: 6px 0 2px 0; }
QPushButton[primary="true"] {
    background: #1565c0; color: white; font-weight: bold;
    border: 1px solid #0d47a1; border-radius: 3px; padding: 4px 14px;
}
QPushButton[primary="true"]:hover { background: #1976d2; }
QPushButton[primary="true"]:disabled {
    background: #b0bec5; color: #eceff1; border-color: #90a4ae;
}
"""

#: The one numeric date format of every date field (Indonesian order, four-digit year).
DATE_FORMAT = "dd/MM/yyyy"

_SAVE_WORDS = ("simpan", "save", "ajukan", "submit", "setujui", "approve", "tandatangani", "sign")


def nav_icon(key: str) -> QIcon:
    style = QApplication.style()
    icon = style.standardIcon(NAV_ICONS.get(key, SP.SP_FileIcon))
    # Some standard icons exist on one platform only (the shield on Windows).
    return icon if not icon.isNull() else style.standardIcon(SP.SP_DialogNoButton)


def is_primary(button: QPushButton) -> bool:
    """The page's saving/confirming action: "Simpan", "Ajukan", "Setujui", ..."""
    if button.property("primary") is not None:
        return bool(button.property("primary"))
    text = button.text().replace("&", "").strip().lower()
    return any(text.startswith(word) for word in _SAVE_WORDS)


def mark_primary_buttons(widget: QWidget) -> int:
    """Give every saving button under ``widget`` the primary look; returns how many."""
    count = 0
    for button in widget.findChildren(QPushButton):
        if is_primary(button):
            button.setProperty("primary", True)
            button.style().unpolish(button)
            button.style().polish(button)
            count += 1
    return count
