"""First-run wizard: create a workspace, or open the demo instead."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)


@dataclass(frozen=True)
class WizardResult:
    demo: bool
    agency: str = ""
    role: str = "office"
    admin_username: str = ""
    admin_password: str = ""
    encrypt: bool = False


class _IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Selamat datang di e-Kinerja Desktop"))
        self.setSubTitle(self.tr("Belum ada ruang kerja di komputer ini. Pilih cara memulai."))
        self.new_ws = QRadioButton(self.tr("Buat ruang kerja baru untuk instansi saya"))
        self.new_ws.setObjectName("choiceNew")
        self.demo = QRadioButton(
            self.tr("Buka ruang kerja demo (data contoh Kota Palu, untuk mencoba)")
        )
        self.demo.setObjectName("choiceDemo")
        self.new_ws.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_ws)
        group.addButton(self.demo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_ws)
        layout.addWidget(self.demo)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else 1


class _AgencyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Instansi dan peran komputer ini"))
        self.agency = QLineEdit("Pemerintah Kota Palu")
        self.agency.setObjectName("agency")
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("PC kantor (dipakai bersama staf)"), "office")
        self.role.addItem(self.tr("Laptop atasan (penilai)"), "laptop")
        self.role.addItem(self.tr("Kantor pusat (BKPSDM)"), "central")
        form = QFormLayout(self)
        form.addRow(self.tr("Nama instansi"), self.agency)
        form.addRow(self.tr("Peran komputer"), self.role)
        self.registerField("agency*", self.agency)
        self.registerField("role_index", self.role)


class _AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Akun administrator pertama"))
        self.setSubTitle(self.tr("Akun ini mengelola pegawai, akun lain dan sinkronisasi."))
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUser")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("adminConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.encrypt = QCheckBox(self.tr("Enkripsi data di komputer ini (dianjurkan untuk laptop)"))
        self.encrypt.setObjectName("encryptWorkspace")
        encrypt_note = QLabel(
            self.tr(
                "Data pegawai dan bukti dukung disimpan terenkripsi; setiap akun membukanya "
                "dengan kata sandinya. Anda akan menerima kunci pemulihan untuk dicetak."
            )
        )
        encrypt_note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi (min. 8)"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.confirm)
        form.addRow(self.encrypt)
        form.addRow(encrypt_note)
        form.addRow(self.message)
        for edit in (self.username, self.password, self.confirm):
            edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        # Recommended for laptops (they travel); optional for shared office PCs.
        self.encrypt.setChecked(self.field("role_index") == 1)

    def isComplete(self) -> bool:
        problem = ""
        if len(self.password.text()) < 8:
            problem = self.tr("Kata sandi minimal 8 karakter.")
        elif self.password.text() != self.confirm.text():
            problem = self.tr("Kedua kata sandi belum sama.")
        elif len(self.username.text().strip()) < 3:
            problem = self.tr("Nama pengguna minimal 3 karakter.")
        self.message.setText(problem if self.password.text() else "")
        return not problem


class FirstRunWizard(QWizard):
    """Collects the answers; the controller creates the workspace in the background."""

    completed = Signal(object)  # WizardResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("e-Kinerja Desktop - Persiapan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.intro = _IntroPage()
        self.agency_page = _AgencyPage()
        self.admin_page = _AdminPage()
        self.setPage(0, self.intro)
        self.setPage(1, self.agency_page)
        self.setPage(2, self.admin_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.resize(560, 380)

    def result_data(self) -> WizardResult:
        if self.intro.demo.isChecked():
            return WizardResult(demo=True)
        return WizardResult(
            demo=False,
            agency=self.agency_page.agency.text().strip(),
            role=str(self.agency_page.role.currentData()),
            admin_username=self.admin_page.username.text().strip(),
            admin_password=self.admin_page.password.text(),
            encrypt=self.admin_page.encrypt.isChecked(),
        )

    def accept(self) -> None:
        self.completed.emit(self.result_data())
        super().accept()
