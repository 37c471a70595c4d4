"""Message boxes that turn exceptions into actionable messages, never tracebacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ekinerja_desktop.domain.errors import EkinerjaError


def _log() -> logging.Logger:
    # logging is imported lazily: it is not needed before the first window is shown.
    import logging

    return logging.getLogger(__name__)


def error_text(error: BaseException) -> tuple[str, str]:
    """(message, hint) for any exception, in the user's language."""
    if isinstance(error, EkinerjaError):
        return error.message, error.hint
    _log().error("unexpected error", exc_info=error)
    return (
        QCoreApplication.translate("dialogs", "Terjadi kesalahan tak terduga: {kind}.").format(
            kind=type(error).__name__
        ),
        QCoreApplication.translate(
            "dialogs",
            "Data yang sudah tersimpan aman. Coba lagi; jika berulang, kirim berkas log ke admin.",
        ),
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    message, hint = error_text(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("dialogs", "Tidak berhasil"))
    box.setText(message)
    if hint:
        box.setInformativeText(hint)
    box.setObjectName("errorBox")
    box.open()


def ask_save_file(parent: QWidget, title: str, suggested: str, kind: str, suffix: str) -> str:
    """The file to save to ("" when cancelled), ending in ``suffix`` (e.g. ".pdf");
    ``kind`` names the file type in the dialog's filter (e.g. "PDF")."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A Ya/Batal question (Batal is the default); pages keep it in an attribute that
    tests replace."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(
        QCoreApplication.translate("dialogs", "Ya, lanjutkan"), QMessageBox.ButtonRole.YesRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("dialogs", "Batal"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setObjectName("confirmBox")
    box.exec()
    return box.clickedButton() is yes
