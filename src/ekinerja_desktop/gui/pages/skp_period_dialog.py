"""SKP baru karena mutasi/promosi: the start date (TMT), the reason and the SK number of
a new SKP period of the year (``services.skp.start_new_skp_period``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.skp import PeriodReason
from ekinerja_desktop.gui.widgets import to_date, to_qdate


class NewPeriodDialog(QDialog):
    """Emits (start date, reason, SK number, copy content) on OK."""

    submitted = Signal(object, str, str, bool)

    def __init__(self, year: int, who: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPeriodDialog")
        self.setWindowTitle(self.tr("SKP baru karena mutasi/promosi"))
        intro = QLabel(
            self.tr(
                "SKP {who} yang berlaku sekarang berakhir sehari sebelum tanggal mulai; isinya "
                "yang sudah disetujui tidak diubah dan tetap dinilai oleh pejabat penilai "
                "lamanya untuk bulan-bulan itu. SKP baru (draf) berlaku dari tanggal mulai "
                "sampai 31 Desember {year} dengan pejabat penilai pada tanggal itu."
            ).format(who=who, year=year)
        )
        intro.setWordWrap(True)
        self.start = QDateEdit()
        self.start.setObjectName("periodStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd-MM-yyyy")
        self.start.setDateRange(to_qdate(date(year, 1, 2)), to_qdate(date(year, 12, 31)))
        self.start.setDate(to_qdate(default))
        self.reason = QComboBox()
        self.reason.setObjectName("periodReason")
        self.reason.addItem(self.tr("Mutasi"), PeriodReason.MUTASI.value)
        self.reason.addItem(self.tr("Promosi"), PeriodReason.PROMOSI.value)
        self.reason.addItem(self.tr("Lainnya"), PeriodReason.LAINNYA.value)
        self.reference = QLineEdit()
        self.reference.setObjectName("periodReference")
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("boleh kosong, mis. 800/123/BKPSDM"))
        self.copy = QCheckBox(self.tr("Mulai dari isi SKP sebelumnya (RHK, indikator, lampiran)"))
        self.copy.setObjectName("periodCopy")
        form = QFormLayout()
        form.addRow(self.tr("Tanggal mulai (TMT)"), self.start)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Nomor SK"), self.reference)
        form.addRow("", self.copy)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Buat SKP baru"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        self.submitted.emit(
            to_date(self.start.date()),
            str(self.reason.currentData()),
            self.reference.text().strip(),
            self.copy.isChecked(),
        )
        self.accept()
