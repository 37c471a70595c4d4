"""Jejak Audit (admins): filtered events, verification of the hash chain and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QWidget,
)

from ekinerja_desktop.domain.audit_labels import action_label, detail_text, entity_label
from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import date_range, hbox, label, line_edit, table_view, vbox
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import push_buttons, to_date
from ekinerja_desktop.services import audit, integrity
from ekinerja_desktop.services.integrity import AuditVerdict

PAGE_ROWS = 500


def ask_export_path(parent: QWidget, title: str) -> str:
    """The file to export to ("" when cancelled); tests replace this."""
    suggested = f"jejak-audit-{today_wita().isoformat()}.xlsx"
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, "Excel (*.xlsx);;CSV (*.csv)"
    )
    return path


@navigation_page("audit", QT_TRANSLATE_NOOP("Navigation", "Jejak Audit"), 800, ADMINS)
class AuditPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.model = RowTableModel(
            [
                Column("seq", self.tr("No."), "right"),
                Column("at", self.tr("Waktu (WITA)"), fmt=lambda v: format_datetime_wita(v, lang)),
                Column("actor", self.tr("Pengguna")),
                Column("action", self.tr("Aksi"), fmt=action_label),
                Column("entity", self.tr("Data"), fmt=entity_label),
                Column("entity_id", self.tr("ID")),
                Column("detail", self.tr("Rincian"), fmt=detail_text),
            ]
        )
        self.table = table_view("auditTable", self.model, select_rows=False)

        self.person = line_edit("auditPerson", self.tr("Orang: nama, NIP atau nama pengguna"))
        self.record = line_edit("auditRecord", self.tr("ID data"))
        self.action = line_edit("auditAction", self.tr("Aksi, mis. skp. atau login.failed"))
        self.use_dates, self.date_from, self.date_to = date_range(
            ("auditUseDates", "auditDateFrom", "auditDateTo"),
            self.tr("Tanggal"),
            QDate.currentDate(),
        )
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.apply_button, self.clear_button, self.export_button, self.verify_button = push_buttons(
            (self.tr("Terapkan filter"), "auditApply", self.refresh),
            (self.tr("Hapus filter"), "auditClear", self._clear),
            (self.tr("Ekspor..."), "auditExport", self._export),
            (self.tr("Verifikasi rantai hash"), "verifyAudit", self._verify),
        )
        self.result = label("auditResult", wrap=False)
        self.status = label("auditStatus", wrap=False)

        filters = hbox(
            (self.person, 2),
            (self.record, 1),
            (self.action, 1),
            self.use_dates,
            self.date_from,
            QLabel("-"),
            self.date_to,
            self.apply_button,
            self.clear_button,
        )
        top = hbox(self.verify_button, (self.result, 1), self.export_button)
        vbox(top, filters, self.table, self.status, parent=self)

        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        for edit in (self.person, self.record, self.action):
            edit.returnPressed.connect(self.refresh)

    def current_filter(self) -> audit.AuditFilter:
        dates = self.use_dates.isChecked()
        return audit.AuditFilter(
            person=self.person.text().strip(),
            entity_id=self.record.text().strip(),
            action=self.action.text().strip(),
            date_from=to_date(self.date_from.date()) if dates else None,
            date_to=to_date(self.date_to.date()) if dates else None,
        )

    def refresh(self) -> None:
        ws, actor, flt = self.ctx.ws, self.ctx.actor, self.current_filter()
        self.run_task(lambda _p: audit.search(ws, actor, flt, limit=PAGE_ROWS), self._loaded)

    def _clear(self) -> None:
        for edit in (self.person, self.record, self.action):
            edit.clear()
        self.use_dates.setChecked(False)
        self.refresh()

    def _loaded(self, rows: list[audit.AuditRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if len(rows) >= PAGE_ROWS:
            self.status.setText(
                self.tr(
                    "Menampilkan {n} peristiwa terbaru; persempit filter untuk melihat lainnya."
                ).format(n=len(rows))
            )
        else:
            self.status.setText(self.tr("{n} peristiwa.").format(n=len(rows)))

    def _export(self) -> None:
        path = ask_export_path(self, self.tr("Ekspor jejak audit"))
        if not path:
            return
        ws, actor, flt = self.ctx.ws, self.ctx.actor, self.current_filter()

        def done(count: int) -> None:
            self.status.setText(self.tr("{n} peristiwa diekspor ke {p}.").format(n=count, p=path))

        self.run_task(
            lambda _p: audit.export(ws, actor, Path(path), flt),
            done,
            label=self.tr("Mengekspor jejak audit..."),
        )

    def _verify(self) -> None:
        ws = self.ctx.ws

        def show(report: AuditVerdict) -> None:
            # The service's text: the chain, its key and the anchors outside the database.
            self.result.setText(report.text())
            if report.ok:
                self.result.setStyleSheet("color: #1b5e20;")
            else:
                self.result.setStyleSheet("color: #b00020; font-weight: bold;")

        self.run_task(
            lambda _p: integrity.verify_audit(ws),
            show,
            label=self.tr("Memverifikasi jejak audit..."),
        )
