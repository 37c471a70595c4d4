"""Small account dialogs: screen lock, change password, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop import __version__


class LockDialog(QDialog):
    """Covers the session after idle time; only the same user's password unlocks it."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Layar terkunci"))
        self.setModal(True)
        label = QLabel(
            self.tr("Sesi {u} dikunci karena tidak ada aktivitas. Masukkan kata sandi.").format(
                u=username
            )
        )
        label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("Buka kunci"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.logout_button = buttons.addButton(
            self.tr("Ganti pengguna"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.unlock_button.clicked.connect(lambda: self.unlock_requested.emit(self.password.text()))
        self.password.returnPressed.connect(
            lambda: self.unlock_requested.emit(self.password.text())
        )
        self.logout_button.clicked.connect(self.logout_requested.emit)

    def reject(self) -> None:
        """Escape must not unlock the session."""

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()


class ChangePasswordDialog(QDialog):
    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for edit in (self.old, self.new, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("Kata sandi lama"), self.old)
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.confirm)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(buttons)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self.message.setText(self.tr("Kata sandi baru dan ulangannya tidak sama."))
            return
        self.submitted.emit(self.old.text(), self.new.text())


def show_about(parent: QWidget | None, *, data_dir: Path, node_id: str, agency: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "Tentang e-Kinerja Desktop"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>e-Kinerja Desktop {__version__}</h3>"
        f"<p>{agency}</p>"
        f"<p>Folder data / Data folder: <code>{data_dir}</code><br>"
        f"Node: <code>{node_id}</code></p>"
        "<p>Lisensi / Licence: MIT</p>"
    )
    box.open()
