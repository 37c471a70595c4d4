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
        self.demo_note = QLabel(
            self.tr(
                "Ruang kerja demo berisi pegawai, SKP, log harian dan penilaian contoh. "
                "Semua akun demo memakai kata sandi demo12345."
            )
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_ws)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addStretch(1)
        # Choosing the demo makes this the last page: the wizard must turn "Lanjut >"
        # into "Selesai" at once, which it does when the page says it changed.
        self.demo.toggled.connect(self._choice_changed)

    def _choice_changed(self, demo: bool) -> None:
        self.demo_note.setVisible(demo)
        self.setFinalPage(demo)
        self.completeChanged.emit()

    def nextId(self) -> int:
        return -1 if self.demo.isChecked() else 1


class _AgencyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Instansi dan peran komputer ini"))
        self.agency = QLineEdit("Pemerintah Kota Palu")
        self.agency.setObjectName("agency")
        self.agency.setMaxLength(200)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("PC kantor (dipakai bersama staf)"), "office")
        self.role.addItem(self.tr("Laptop atasan (penilai)"), "laptop")
        self.role.addItem(self.tr("Kantor pusat (BKPSDM)"), "central")
        self.role_note = QLabel()
        self.role_note.setWordWrap(True)
        self.role_note.setObjectName("roleNote")
        self.message = QLabel("")
        self.message.setObjectName("agencyMessage")
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("Nama instansi"), self.agency)
        form.addRow(self.tr("Peran komputer"), self.role)
        form.addRow("", self.role_note)
        form.addRow("", self.message)
        # Not a "mandatory" (*) field: QWizard counts a mandatory field as filled only
        # once it differs from its initial value, so the prefilled, correct agency name
        # would block "Lanjut". Completeness is checked here instead, with a message.
        self.registerField("agency", self.agency)
        self.registerField("role_index", self.role)
        self.agency.textChanged.connect(self.completeChanged)
        self.role.currentIndexChanged.connect(self._show_role_note)
        self._show_role_note()

    def _show_role_note(self) -> None:
        notes = {
            "office": self.tr("Dipakai bergantian oleh staf satu kantor (OPD)."),
            "laptop": self.tr("Dibawa atasan untuk menyetujui SKP, meninjau log dan menilai."),
            "central": self.tr(
                "BKPSDM: menghimpun data semua kantor dan menerbitkan laporan. Hanya satu "
                "komputer di kota yang berperan sebagai kantor pusat."
            ),
        }
        self.role_note.setText(notes.get(str(self.role.currentData()), ""))

    def isComplete(self) -> bool:
        filled = bool(self.agency.text().strip())
        self.message.setText("" if filled else self.tr("Nama instansi wajib diisi."))
        return filled


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
        self._working = False
        self.resize(600, 400)

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
        """Hand the answers over and stay open (busy) until the controller shows the
        next window: closing first would leave no window, and Qt quits then."""
        if self._working:
            return
        self.set_working(True)
        self.completed.emit(self.result_data())

    def set_working(self, working: bool, message: str = "") -> None:
        self._working = working
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.NextButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not working)
        page = self.currentPage()
        if page is not None:
            page.setEnabled(not working)
        if working and not message:
            message = self.tr("Menyiapkan ruang kerja... mohon tunggu.")
        self._show_status(message)
        if not working and page is not None:
            page.completeChanged.emit()  # let the wizard re-decide Lanjut/Selesai

    def reject(self) -> None:
        if not self._working:  # the workspace is being created: it cannot be cancelled
            super().reject()

    def _show_status(self, text: str) -> None:
        """Show a status line in the page's subtitle (the original comes back on "")."""
        page = self.currentPage()
        if page is None:
            return
        original = page.property("originalSubTitle")
        if original is None:
            original = page.subTitle()
            page.setProperty("originalSubTitle", original)
        page.setSubTitle(text or str(original))

    def finish(self) -> None:
        """The next window is on screen: close for good."""
        self._working = False
        QWizard.accept(self)
