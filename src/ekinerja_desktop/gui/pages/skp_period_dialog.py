"""SKP baru karena mutasi/promosi: the start date (TMT), the reason and the SK number of
a new SKP period of the year (``services.skp.start_new_skp_period``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QWidget,
)

from ekinerja_desktop.domain.skp import PeriodReason
from ekinerja_desktop.gui.layout import FormDialog, combo_box, date_edit, line_edit
from ekinerja_desktop.gui.widgets import to_date, to_qdate


class NewPeriodDialog(FormDialog):
    """Emits (start date, reason, SK number, copy content) on OK."""

    submitted = Signal(object, str, str, bool)

    def __init__(self, year: int, who: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__("newPeriodDialog", "", parent)
        self.setWindowTitle(self.tr("SKP baru karena mutasi/promosi"))
        intro = self.tr(
            "SKP {who} yang berlaku sekarang berakhir sehari sebelum tanggal mulai; isinya "
            "yang sudah disetujui tidak diubah dan tetap dinilai oleh pejabat penilai "
            "lamanya untuk bulan-bulan itu. SKP baru (draf) berlaku dari tanggal mulai "
            "sampai 31 Desember {year} dengan pejabat penilai pada tanggal itu."
        ).format(who=who, year=year)
        self.start = date_edit("periodStart", fmt="dd-MM-yyyy")
        self.start.setDateRange(to_qdate(date(year, 1, 2)), to_qdate(date(year, 12, 31)))
        self.start.setDate(to_qdate(default))
        self.reason = combo_box(
            "periodReason",
            [
                (self.tr("Mutasi"), PeriodReason.MUTASI.value),
                (self.tr("Promosi"), PeriodReason.PROMOSI.value),
                (self.tr("Lainnya"), PeriodReason.LAINNYA.value),
            ],
        )
        self.reference = line_edit("periodReference", self.tr("boleh kosong, mis. 800/123/BKPSDM"))
        self.reference.setMaxLength(100)
        self.copy = QCheckBox(self.tr("Mulai dari isi SKP sebelumnya (RHK, indikator, lampiran)"))
        self.copy.setObjectName("periodCopy")
        self.build(
            (self.tr("Tanggal mulai (TMT)"), self.start),
            (self.tr("Alasan"), self.reason),
            (self.tr("Nomor SK"), self.reference),
            ("", self.copy),
            intro=intro,
            save_text=self.tr("Buat SKP baru"),
            on_save=self._submit,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _submit(self) -> None:
        self.submitted.emit(
            to_date(self.start.date()),
            str(self.reason.currentData()),
            self.reference.text().strip(),
            self.copy.isChecked(),
        )
        self.accept()
