"""Hukuman disiplin of one employee (opened from Pegawai): the records from their SKs, a
form to record one and the cancellation of an SK annulled on appeal
(``services.discipline``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import (
    FormDialog,
    FormRows,
    buttons_row,
    close_buttons,
    combo_box,
    date_edit,
    line_edit,
    text_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import TaskHost
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    NoteDialog,
    make_table,
    push_buttons,
    selected_row_of,
    to_date,
    to_qdate,
)
from ekinerja_desktop.services import discipline


def _date_edit(name: str, value: date) -> QDateEdit:
    return date_edit(name, to_qdate(value), fmt="dd-MM-yyyy")


class DisciplineForm(FormDialog):
    """Catat hukuman disiplin: kind, SK number and date, TMT, violation, official.
    Emits the fields (a dict) on Simpan; the caller closes it once the service accepted
    them."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__("disciplineForm", "", parent)
        self.setWindowTitle(self.tr("Catat hukuman disiplin"))
        intro = self.tr(
            "Salin dari Surat Keputusan hukuman disiplin {who} (PP 94/2021). Akhir "
            "hukuman dihitung dari TMT dan jenisnya."
        ).format(who=who)
        rows = FormRows()
        self.kind = rows.add(
            self.tr("Jenis hukuman"),
            combo_box(
                "disciplineKind",
                ((f"{level}: {title}", key) for key, level, title in discipline.kind_choices()),
            ),
        )
        today = today_wita()
        self.sk_number = rows.add(
            self.tr("Nomor SK"),
            line_edit("disciplineSkNumber", self.tr("mis. 862/045/BKPSDM/2026")),
        )
        self.sk_number.setMaxLength(100)
        self.sk_date = rows.add(self.tr("Tanggal SK"), _date_edit("disciplineSkDate", today))
        self.tmt = rows.add(self.tr("TMT hukuman"), _date_edit("disciplineTmt", today))
        self.violation = rows.add(
            self.tr("Pelanggaran"),
            text_edit("disciplineViolation", self.tr("Pelanggaran yang dilakukan, menurut SK")),
        )
        self.violation.setMaximumHeight(90)
        self.decided_by = rows.add(
            self.tr("Pejabat yang menghukum"),
            line_edit("disciplineDecidedBy", self.tr("mis. Wali Kota Palu")),
        )
        self.decided_by.setMaxLength(200)
        self.build(
            *rows,
            message=MessageLabel("disciplineFormMessage"),
            intro=intro,
        )

    def value(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind.currentData()),
            "sk_number": self.sk_number.text(),
            "sk_date": to_date(self.sk_date.date()),
            "tmt": to_date(self.tmt.date()),
            "violation": self.violation.toPlainText(),
            "decided_by": self.decided_by.text(),
        }


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
        self.add_button, self.cancel_button = push_buttons(
            (self.tr("Catat hukuman..."), "disciplineAdd", self.open_form),
            (
                self.tr("Batalkan SK..."),
                "disciplineCancel",
                self.ask_cancel,
                self.tr(
                    "Untuk SK yang dibatalkan karena upaya administratif; catatannya tetap ada."
                ),
            ),
        )
        for button in (self.add_button, self.cancel_button):
            button.setVisible(can_edit)
        actions = buttons_row(self.add_button, self.cancel_button, trail=close_buttons(self))
        vbox(self.table, self.empty, self.message, actions, parent=self)
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
        ws, actor, employee_id = self.ctx.ws, self.ctx.actor, self.employee_id

        def done(row: discipline.DisciplineRow) -> None:
            form.accept()
            self.message.show_text(
                self.tr("Tercatat: {kind}, SK {sk}.").format(kind=row.kind_label, sk=row.sk_number)
            )
            self.changed.emit()
            self.load()

        form.save_with(
            self.ctx.runner,
            lambda fields: discipline.record(ws, actor, employee_id, **fields),
            done,
        )
        self.form = form
        form.open()

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
