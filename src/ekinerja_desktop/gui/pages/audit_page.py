"""Jejak Audit (admins): filtered events, verification of the hash chain and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.audit_labels import action_label, detail_text, entity_label
from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.look import DATE_FORMAT
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import push_button, to_date
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
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.person = QLineEdit()
        self.person.setObjectName("auditPerson")
        self.person.setPlaceholderText(self.tr("Orang: nama, NIP atau nama pengguna"))
        self.record = QLineEdit()
        self.record.setObjectName("auditRecord")
        self.record.setPlaceholderText(self.tr("ID data"))
        self.action = QLineEdit()
        self.action.setObjectName("auditAction")
        self.action.setPlaceholderText(self.tr("Aksi, mis. skp. atau login.failed"))
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        self.use_dates.setObjectName("auditUseDates")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_from.setDisplayFormat(DATE_FORMAT)
        self.date_from.setObjectName("auditDateFrom")
        self.date_from.setCalendarPopup(True)
        self.date_to = QDateEdit(today)
        self.date_to.setDisplayFormat(DATE_FORMAT)
        self.date_to.setObjectName("auditDateTo")
        self.date_to.setCalendarPopup(True)
        for date_edit in (self.date_from, self.date_to):
            date_edit.setDisplayFormat(DATE_FORMAT)
            date_edit.setEnabled(False)
        self.apply_button = push_button(self.tr("Terapkan filter"), "auditApply")
        self.clear_button = push_button(self.tr("Hapus filter"), "auditClear")
        self.export_button = push_button(self.tr("Ekspor..."), "auditExport")
        self.verify_button = push_button(self.tr("Verifikasi rantai hash"), "verifyAudit")
        self.result = QLabel("")
        self.result.setObjectName("auditResult")
        self.status = QLabel("")
        self.status.setObjectName("auditStatus")

        filters = QHBoxLayout()
        filters.addWidget(self.person, 2)
        filters.addWidget(self.record, 1)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("-"))
        filters.addWidget(self.date_to)
        filters.addWidget(self.apply_button)
        filters.addWidget(self.clear_button)
        top = QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.result, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.status)

        self.verify_button.clicked.connect(self._verify)
        self.apply_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self._clear)
        self.export_button.clicked.connect(self._export)
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
        self.ctx.runner.run(
            lambda _p: audit.search(ws, actor, flt, limit=PAGE_ROWS),
            on_success=self._loaded,
            parent=self,
        )

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

        self.ctx.runner.run(
            lambda _p: audit.export(ws, actor, Path(path), flt),
            on_success=done,
            parent=self,
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

        self.ctx.runner.run(
            lambda _p: integrity.verify_audit(ws),
            on_success=show,
            parent=self,
            label=self.tr("Memverifikasi jejak audit..."),
        )


register(
    PageSpec(
        key="audit",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Jejak Audit")),
        order=800,
        factory=AuditPage,
        roles=frozenset({Role.ADMIN_OPD, Role.ADMIN_PUSAT}),
    )
)
