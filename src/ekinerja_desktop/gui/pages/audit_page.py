"""Jejak Audit (admins): recent events and verification of the hash chain."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.services import audit


class AuditPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.model = RowTableModel(
            [
                Column("seq", self.tr("No."), "right"),
                Column("at", self.tr("Waktu (WITA)"), fmt=lambda v: format_datetime_wita(v, lang)),
                Column("actor", self.tr("Pengguna")),
                Column("action", self.tr("Aksi")),
                Column("entity", self.tr("Data")),
                Column("entity_id", self.tr("ID")),
                Column("detail", self.tr("Rincian")),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.verify_button = QPushButton(self.tr("Verifikasi rantai hash"))
        self.verify_button.setObjectName("verifyAudit")
        self.result = QLabel("")
        self.result.setObjectName("auditResult")
        top = QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.verify_button.clicked.connect(self._verify)

    def refresh(self) -> None:
        ws = self.ctx.ws
        self.ctx.runner.run(lambda _p: audit.recent(ws, 500), on_success=self._loaded, parent=self)

    def _loaded(self, rows: list[audit.AuditRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _verify(self) -> None:
        ws = self.ctx.ws

        def show(report: audit.ChainReport) -> None:
            if report.ok:
                self.result.setText(
                    self.tr("Rantai utuh: {n} peristiwa diperiksa.").format(n=report.checked)
                )
                self.result.setStyleSheet("color: #1b5e20;")
            else:
                self.result.setText(
                    self.tr("RUSAK pada peristiwa #{seq} ({reason}).").format(
                        seq=report.broken_at, reason=report.reason
                    )
                )
                self.result.setStyleSheet("color: #b00020; font-weight: bold;")

        self.ctx.runner.run(
            lambda _p: audit.verify(ws),
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
