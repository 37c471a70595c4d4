"""Login window: shown first, before the database layer is even imported."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
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
    """Emits ``login_requested(username, password)``; the controller does the work."""

    login_requested = Signal(str, str)

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

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)

    def clear_password(self) -> None:
        self.password.clear()
        self.password.setFocus()
