"""Login window: shown first, before the database layer is even imported.

On an encrypted workspace the same window unlocks the data (the controller opens the
key slot with the typed password) and offers the recovery key for a forgotten admin
password (``RecoveryDialog``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LoginWidget(QWidget):
    """Emits ``login_requested(username, password)`` and ``recovery_requested()``; the
    controller does the work."""

    login_requested = Signal(str, str)
    recovery_requested = Signal()

    def __init__(self, *, agency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWidget")
        title = QLabel(self.tr("e-Kinerja Desktop"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        self.agency_label = QLabel(agency or self.tr("Pengelolaan Kinerja ASN"))
        self.agency_label.setObjectName("agencyLabel")

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("nama pengguna"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kata sandi"))
        self.button = QPushButton(self.tr("Masuk"))
        self.button.setObjectName("loginButton")
        self.button.setDefault(True)
        self.status = QLabel("")
        self.status.setObjectName("loginStatus")
        self.status.setWordWrap(True)
        self.recovery_button = QPushButton(self.tr("Lupa kata sandi? Pakai kunci pemulihan"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setFlat(True)
        self.recovery_button.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(360)
        card.setMaximumWidth(440)
        inner = QVBoxLayout(card)
        inner.addWidget(title)
        inner.addWidget(self.agency_label)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.status)
        inner.addWidget(self.recovery_button)

        # Centring via stylesheet properties and stretches on purpose: touching the
        # ``Qt`` namespace costs ~25 ms at start-up (PySide builds its enums lazily) and
        # this window must appear as fast as a bare one.
        title.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.agency_label.setStyleSheet("qproperty-alignment: AlignCenter;")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.button.clicked.connect(self._submit)
        self.recovery_button.clicked.connect(self.recovery_requested.emit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.username.setFocus()

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.show_message(self.tr("Isi nama pengguna."), error=True)
            self.username.setFocus()
            return
        self.login_requested.emit(self.username.text().strip(), self.password.text())

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.button.setEnabled(not busy)
        if message:
            self.show_message(message)

    def set_agency(self, agency: str) -> None:
        self.agency_label.setText(agency)

    def set_encrypted(self, encrypted: bool) -> None:
        """An encrypted workspace: the recovery key is offered for forgotten passwords."""
        self.recovery_button.setVisible(encrypted)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def clear_password(self) -> None:
        self.password.clear()
        self.password.setFocus()


class RecoveryDialog(QDialog):
    """Forgotten admin password on an encrypted workspace: the recovery key opens the
    data and the admin must choose a new password at once. Emits
    ``submitted(recovery_key, username, new_password)``."""

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Buka dengan kunci pemulihan"))
        intro = QLabel(
            self.tr(
                "Ketik kunci pemulihan (32 karakter dari kertas yang dicetak saat enkripsi "
                "diaktifkan), nama pengguna admin, dan kata sandi baru untuk akun itu."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKey")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit()
        self.username.setObjectName("recoveryUser")
        self.password = QLineEdit()
        self.password.setObjectName("recoveryPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("recoveryConfirm")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Kunci pemulihan"), self.key)
        form.addRow(self.tr("Nama pengguna admin"), self.username)
        form.addRow(self.tr("Kata sandi baru (min. 8)"), self.password)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Buka dan ganti kata sandi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("recoverySubmit")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.ok_button.clicked.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.resize(520, 260)

    def _submit(self) -> None:
        if len(self.password.text()) < 8:
            self.show_error(self.tr("Kata sandi baru minimal 8 karakter."))
        elif self.password.text() != self.confirm.text():
            self.show_error(self.tr("Kata sandi baru dan ulangannya tidak sama."))
        elif not self.username.text().strip():
            self.show_error(self.tr("Isi nama pengguna admin."))
        else:
            self.message.setText("")
            self.ok_button.setEnabled(False)
            self.submitted.emit(self.key.text(), self.username.text().strip(), self.password.text())

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(text)
