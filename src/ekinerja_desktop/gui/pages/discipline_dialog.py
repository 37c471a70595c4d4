"""Hukuman disiplin of one employee (opened from Pegawai): the records from their SKs, a
form to record one and the cancellation of an SK annulled on appeal
(``services.discipline``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import TaskHost
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    NoteDialog,
    make_table,
    push_button,
    save_cancel,
    selected_row_of,
    to_date,
    to_qdate,
)
from ekinerja_desktop.services import discipline


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(to_qdate(value))
    return edit


class DisciplineForm(QDialog):
    """Catat hukuman disiplin: kind, SK number and date, TMT, violation, official.
    Emits the fields on Simpan; the caller closes it once the service accepted them."""

    submitted = Signal(dict)

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disciplineForm")
        self.setWindowTitle(self.tr("Catat hukuman disiplin"))
        intro = QLabel(
            self.tr(
                "Salin dari Surat Keputusan hukuman disiplin {who} (PP 94/2021). Akhir "
                "hukuman dihitung dari TMT dan jenisnya."
            ).format(who=who)
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("disciplineKind")
        for key, level, label in discipline.kind_choices():
            self.kind.addItem(f"{level}: {label}", key)
        today = today_wita()
        self.sk_number = QLineEdit()
        self.sk_number.setObjectName("disciplineSkNumber")
        self.sk_number.setMaxLength(100)
        self.sk_number.setPlaceholderText(self.tr("mis. 862/045/BKPSDM/2026"))
        self.sk_date = _date_edit("disciplineSkDate", today)
        self.tmt = _date_edit("disciplineTmt", today)
        self.violation = QPlainTextEdit()
        self.violation.setObjectName("disciplineViolation")
        self.violation.setPlaceholderText(self.tr("Pelanggaran yang dilakukan, menurut SK"))
        self.violation.setMaximumHeight(90)
        self.decided_by = QLineEdit()
        self.decided_by.setObjectName("disciplineDecidedBy")
        self.decided_by.setMaxLength(200)
        self.decided_by.setPlaceholderText(self.tr("mis. Wali Kota Palu"))
        self.message = MessageLabel("disciplineFormMessage")
        form = QFormLayout()
        form.addRow(self.tr("Jenis hukuman"), self.kind)
        form.addRow(self.tr("Nomor SK"), self.sk_number)
        form.addRow(self.tr("Tanggal SK"), self.sk_date)
        form.addRow(self.tr("TMT hukuman"), self.tmt)
        form.addRow(self.tr("Pelanggaran"), self.violation)
        form.addRow(self.tr("Pejabat yang menghukum"), self.decided_by)
        buttons = save_cancel(self, self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        self.submitted.emit(
            {
                "kind": str(self.kind.currentData()),
                "sk_number": self.sk_number.text(),
                "sk_date": to_date(self.sk_date.date()),
                "tmt": to_date(self.tmt.date()),
                "violation": self.violation.toPlainText(),
                "decided_by": self.decided_by.text(),
            }
        )


class DisciplineDialog(TaskHost, QDialog):
    """The records of one employee; admins covering them record and cancel."""

    changed = Signal()

    def __init__(
        self,
        ctx: GuiContext,
        employee_id: str,
        who: str,
        *,
        can_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employee_id = employee_id
        self.who = who
        self.form: DisciplineForm | None = None
        self.note: NoteDialog | None = None
        self.setObjectName("disciplineDialog")
        self.setWindowTitle(self.tr("Hukuman disiplin - {who}").format(who=who))
        self.resize(1120, 420)

        def day(value: Any) -> str:
            return format_date(value) if value else "-"

        self.model = RowTableModel(
            [
                Column("level_label", self.tr("Tingkat")),
                Column("kind_label", self.tr("Jenis hukuman")),
                Column("sk_number", self.tr("Nomor SK")),
                Column("sk_date", self.tr("Tanggal SK"), fmt=day),
                Column("tmt", self.tr("TMT"), fmt=day),
                Column("end_date", self.tr("Berakhir"), fmt=day),
                Column("status", self.tr("Status")),
                Column("violation", self.tr("Pelanggaran")),
            ],
            parent=self,
        )
        self.table = make_table("disciplineTable", self.model)
        for column, width in enumerate((70, 340, 165, 125, 125, 125, 85)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("Tidak ada catatan hukuman disiplin."))
        self.empty.setObjectName("disciplineEmpty")
        self.empty.hide()
        self.message = MessageLabel("disciplineMessage")
        self.add_button = push_button(self.tr("Catat hukuman..."), "disciplineAdd")
        self.cancel_button = push_button(
            self.tr("Batalkan SK..."),
            "disciplineCancel",
            tip=self.tr(
                "Untuk SK yang dibatalkan karena upaya administratif; catatannya tetap ada."
            ),
        )
        for button in (self.add_button, self.cancel_button):
            button.setVisible(can_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.add_button.clicked.connect(self.open_form)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.load()

    def load(self) -> None:
        ws, actor, employee_id = self.ctx.ws, self.ctx.actor, self.employee_id
        self.run_task(
            lambda _p: discipline.records_of(ws, actor, employee_id),
            self._loaded,
            failed=self.message.show_error,
        )

    def _loaded(self, rows: list[discipline.DisciplineRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)

    def selected(self) -> discipline.DisciplineRow | None:
        return selected_row_of(self.table, discipline.DisciplineRow)

    def open_form(self) -> None:
        form = DisciplineForm(self.who, self)
        form.submitted.connect(lambda fields: self._save(form, fields))
        self.form = form
        form.open()

    def _save(self, form: DisciplineForm, fields: dict[str, Any]) -> None:
        ws, actor, employee_id = self.ctx.ws, self.ctx.actor, self.employee_id

        def done(row: discipline.DisciplineRow) -> None:
            form.accept()
            self.message.show_text(
                self.tr("Tercatat: {kind}, SK {sk}.").format(kind=row.kind_label, sk=row.sk_number)
            )
            self.changed.emit()
            self.load()

        self.ctx.runner.run(
            lambda _p: discipline.record(ws, actor, employee_id, **fields),
            on_success=done,
            on_failure=form.message.show_error,
            parent=form,
        )

    def ask_cancel(self) -> None:
        row = self.selected()
        if row is None:
            self.message.show_text(self.tr("Pilih catatan yang SK-nya dibatalkan."), True)
            return
        note = NoteDialog(
            self.tr("Batalkan SK hukuman disiplin"),
            self.tr(
                "SK {sk} ({kind}) dibatalkan karena upaya administratif? Catatannya tetap "
                "disimpan dengan status Dibatalkan."
            ).format(sk=row.sk_number, kind=row.kind_label),
            self.tr("Alasan pembatalan, mis. nomor keputusan banding"),
            self,
        )
        note.submitted.connect(lambda text: self._cancel(row.id, text))
        self.note = note
        note.open()

    def _cancel(self, record_id: str, reason: str) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(row: discipline.DisciplineRow) -> None:
            self.message.show_text(self.tr("SK {sk} dibatalkan.").format(sk=row.sk_number))
            self.changed.emit()
            self.load()

        self.run_task(
            lambda _p: discipline.cancel(ws, actor, record_id, reason),
            done,
            failed=self.message.show_error,
        )
