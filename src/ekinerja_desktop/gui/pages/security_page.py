"""Keamanan (admins): encryption at rest - state, turn it on, rotate the recovery key.

Turning encryption on converts the open workspace in place (through ``ctx.runner``,
with progress); the new recovery key is then shown ONCE in ``RecoveryKeyDialog``, which
closes only after "Saya sudah menyimpannya" is ticked.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import buttons_row, hbox, label, vbox
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.widgets import push_button, push_buttons
from ekinerja_desktop.services import encryption


def ask_password(parent: QWidget, title: str, text: str) -> str:
    """The password the user typed ("" when cancelled); tests replace this."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else ""


def print_recovery_key(parent: QWidget, key: str, agency: str) -> bool:
    """Print the key on one sheet; False when the print dialog was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    title = QCoreApplication.translate("RecoveryKeyDialog", "Kunci pemulihan e-Kinerja Desktop")
    note = QCoreApplication.translate(
        "RecoveryKeyDialog",
        "Simpan kertas ini di tempat aman, terpisah dari komputer. Kunci ini membuka semua "
        "data ruang kerja bila kata sandi admin hilang.",
    )
    doc = QTextDocument()
    doc.setHtml(
        f"<h2>{html.escape(title)}</h2><p>{html.escape(agency)}</p>"
        f"<p style='font-family: monospace; font-size: 20pt'>{html.escape(key)}</p>"
        f"<p>{html.escape(note)}</p>"
    )
    doc.print_(printer)
    return True


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once, with print and copy; it closes only after the admin
    confirms the key is stored."""

    def __init__(self, key: str, agency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Kunci pemulihan"))
        self.setModal(True)
        self.agency = agency
        intro = label(
            text=self.tr(
                "Ini kunci pemulihan ruang kerja. Kunci ini HANYA ditampilkan sekali ini. "
                "Cetak atau tulis, lalu simpan di tempat aman yang terpisah dari komputer. "
                "Bila kata sandi admin hilang, hanya kunci ini yang dapat membuka data."
            )
        )
        self.key_label = QLabel(key)
        self.key_label.setObjectName("recoveryKeyText")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("qproperty-alignment: AlignCenter; padding: 12px;")
        self.print_button, self.copy_button = push_buttons(
            (self.tr("Cetak..."), "printRecoveryKey", self._print),
            (self.tr("Salin"), "copyRecoveryKey", self._copy),
        )
        self.confirm = QCheckBox(self.tr("Saya sudah menyimpannya"))
        self.confirm.setObjectName("recoveryKeyStored")
        self.close_button = push_button(self.tr("Tutup"), "closeRecoveryKey", clicked=self.accept)
        self.close_button.setEnabled(False)
        self.status = label("recoveryKeyStatus", wrap=False)
        vbox(
            intro,
            self.key_label,
            buttons_row(self.print_button, self.copy_button),
            self.status,
            hbox(self.confirm, 1, self.close_button),
            parent=self,
        )
        self.confirm.toggled.connect(self.close_button.setEnabled)
        self.resize(560, 260)

    @property
    def key(self) -> str:
        return self.key_label.text()

    def _print(self) -> None:
        if print_recovery_key(self, self.key, self.agency):
            self.status.setText(self.tr("Kunci pemulihan dikirim ke pencetak."))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key)
        self.status.setText(self.tr("Disalin. Tempel ke tempat aman, lalu hapus dari papan klip."))

    def reject(self) -> None:
        """Escape or the close box must not lose the key before it is stored."""
        if self.confirm.isChecked():
            super().reject()


@navigation_page("security", QT_TRANSLATE_NOOP("Navigation", "Keamanan"), 760, ADMINS)
class SecurityPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.setObjectName("page_security")
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.state = label("encryptionState")
        font = QFont(self.state.font())
        font.setBold(True)
        self.state.setFont(font)
        self.details = label("encryptionDetails")
        explain = label(
            text=self.tr(
                "Enkripsi melindungi data bila komputer atau laptop hilang: basis data dan "
                "berkas bukti dukung hanya dapat dibuka dengan kata sandi salah satu akun "
                "(atau kunci pemulihan). Dianjurkan untuk laptop; pilihan untuk PC kantor. "
                "Mengganti kata sandi tidak mengenkripsi ulang data."
            )
        )
        self.encrypt_button, self.rotate_button = push_buttons(
            (self.tr("Aktifkan enkripsi..."), "encryptButton", self._encrypt),
            (self.tr("Buat kunci pemulihan baru..."), "rotateRecoveryKey", self._rotate),
        )
        self.message = label("securityMessage")

        box = QGroupBox(self.tr("Enkripsi data di komputer ini"))
        buttons = buttons_row(self.encrypt_button, self.rotate_button)
        vbox(self.state, self.details, explain, buttons, parent=box)
        vbox(box, self.message, 1, parent=self)

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(lambda _p: encryption.status(ws, actor), self.show_status)

    def show_status(self, status: encryption.EncryptionStatus) -> None:
        if not status.supported:
            self.state.setText(self.tr("Enkripsi bawaan tidak tersedia untuk basis data server."))
            self.details.setText(
                self.tr(
                    "Ruang kerja ini memakai PostgreSQL: lindungi server dengan enkripsi disk "
                    "dan koneksi TLS."
                )
            )
        elif status.encrypted:
            self.state.setText(self.tr("Enkripsi AKTIF."))
            lines = [
                self.tr("{n} akun dapat membuka ruang kerja dengan kata sandinya.").format(
                    n=status.users_with_slot
                )
            ]
            if status.users_pending:
                lines.append(
                    self.tr(
                        "{n} di antaranya belum masuk sejak enkripsi diaktifkan (kuncinya "
                        "diperbarui saat masuk pertama)."
                    ).format(n=status.users_pending)
                )
            if status.users_without_slot:
                lines.append(
                    self.tr("Tidak dapat membuka (atur ulang kata sandinya): {u}.").format(
                        u=", ".join(status.users_without_slot)
                    )
                )
            if status.plain_evidence:
                lines.append(
                    self.tr(
                        "{n} berkas bukti dukung belum terenkripsi: tekan Lanjutkan enkripsi."
                    ).format(n=status.plain_evidence)
                )
            if not status.has_recovery:
                lines.append(self.tr("Belum ada kunci pemulihan: buat yang baru."))
            self.details.setText("\n".join(lines))
        else:
            self.state.setText(self.tr("Enkripsi TIDAK aktif."))
            self.details.setText(
                self.tr(
                    "Siapa pun yang memegang folder data dapat membaca isinya. Mengaktifkan "
                    "enkripsi mengubah basis data dengan aman (salinan diperiksa dulu) dan "
                    "menampilkan kunci pemulihan sekali untuk dicetak."
                )
            )
        self.encrypt_button.setVisible(status.supported and not status.encrypted)
        if status.encrypted and status.plain_evidence:
            self.encrypt_button.setText(self.tr("Lanjutkan enkripsi..."))
            self.encrypt_button.setVisible(True)
        else:
            self.encrypt_button.setText(self.tr("Aktifkan enkripsi..."))
        self.rotate_button.setVisible(status.encrypted)

    # --- actions ------------------------------------------------------------------
    def _password(self, title: str) -> str:
        """The admin's password, asked again; "" (and Dibatalkan.) when cancelled."""
        password = ask_password(
            self,
            title,
            self.tr("Ketik kata sandi akun Anda ({u}) untuk mengonfirmasi:").format(
                u=self.ctx.actor.username
            ),
        )
        if not password:
            self.message.setText(self.tr("Dibatalkan."))
        return password

    def _encrypt(self) -> None:
        password = self._password(self.tr("Aktifkan enkripsi"))
        if not password:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(result: encryption.EncryptResult) -> None:
            if result.recovery_key:
                text = self.tr(
                    "Enkripsi aktif: {r} baris data dan {e} berkas bukti dukung terenkripsi."
                ).format(r=result.rows, e=result.evidence_files)
            else:
                text = self.tr("{e} berkas bukti dukung terenkripsi.").format(
                    e=result.evidence_files
                )
            if result.plain_backups:
                text += "\n" + self.tr(
                    "Perhatian: {n} cadangan lama di komputer ini TIDAK terenkripsi ({p}). "
                    "Hapus, atau simpan di tempat aman."
                ).format(
                    n=len(result.plain_backups), p=", ".join(p.name for p in result.plain_backups)
                )
            self.message.setText(text)
            if result.recovery_key:
                self.show_recovery_key(result.recovery_key)
            self.ctx.changed({"encryption"})
            self.refresh()

        self.run_task(
            lambda progress: encryption.encrypt_workspace(ws, actor, password, progress),
            done,
            label=self.tr("Mengenkripsi ruang kerja..."),
        )

    def _rotate(self) -> None:
        password = self._password(self.tr("Kunci pemulihan baru"))
        if not password:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(key: str) -> None:
            self.message.setText(
                self.tr("Kunci pemulihan baru dibuat; kunci lama tidak berlaku lagi.")
            )
            self.show_recovery_key(key)

        self.run_task(lambda _p: encryption.rotate_recovery_key(ws, actor, password), done)

    def show_recovery_key(self, key: str) -> RecoveryKeyDialog:
        dialog = RecoveryKeyDialog(key, self.ctx.ws.node.agency, self)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def on_changes(self, changes: set[str]) -> None:
        if "encryption" in changes or "account" in changes:
            self.refresh()
