"""Konflik (admins): open sync conflicts, both versions side by side, resolve."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import push_button
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.services.sync_service import ConflictView


class ConflictsPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        lang = ctx.language
        self.model = RowTableModel(
            [
                Column("table", self.tr("Data")),
                Column("row_id", self.tr("ID")),
                Column(
                    "differing",
                    self.tr("Isian berbeda"),
                    fmt=lambda v: ", ".join(f.name for f in v),
                ),
                Column("other_node", self.tr("Versi lain dari node")),
                Column(
                    "created_at",
                    self.tr("Sejak (WITA)"),
                    fmt=lambda v: format_datetime_wita(v, lang),
                ),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.fields = RowTableModel(
            [
                Column("name", self.tr("Isian")),
                Column("current", self.tr("Versi berlaku")),
                Column("other", self.tr("Versi lain")),
                Column("differs", self.tr("Beda"), fmt=lambda v: self.tr("ya") if v else ""),
            ]
        )
        self.fields_table = QTableView()
        self.fields_table.setObjectName("conflictFields")
        self.fields_table.setModel(self.fields)
        self.fields_table.horizontalHeader().setStretchLastSection(True)

        self.keep_button = push_button(self.tr("Pertahankan versi berlaku"), "keepCurrent")
        self.apply_button = push_button(self.tr("Pakai versi lain"), "applyOther")
        self.status = QLabel("")
        self.status.setObjectName("conflictsStatus")
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Dua node mengubah data yang sama. Versi berlaku dipilih otomatis; periksa "
                "versi lain dan pilih mana yang benar. Pilihan 'Pakai versi lain' disimpan "
                "sebagai perubahan baru dan ikut terkirim pada bundel berikutnya."
            )
        )
        hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.fields_table)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.keep_button.clicked.connect(lambda: self.resolve(sync_service.KEEP_CURRENT))
        self.apply_button.clicked.connect(lambda: self.resolve(sync_service.APPLY_OTHER))
        self._set_buttons()

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        view: ConflictView = self.model.row_at(rows[0].row())
        return view

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _set_buttons(self) -> None:
        enabled = self.selected() is not None
        self.keep_button.setEnabled(enabled)
        self.apply_button.setEnabled(enabled)

    def _selected(self, *_args: object) -> None:
        view = self.selected()
        self.fields.set_rows(list(view.fields) if view else [])
        self.fields_table.resizeColumnsToContents()
        self._set_buttons()

    def refresh(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.ctx.runner.run(
            lambda _p: sync_service.list_conflicts(ws, actor),
            on_success=self._loaded,
            parent=self,
        )

    def on_changes(self, changes: set[str]) -> None:
        if "sync" in changes:
            self.refresh()

    def _loaded(self, rows: list[ConflictView]) -> None:
        self.model.set_rows(rows)
        self.fields.set_rows([])
        self.table.resizeColumnsToContents()
        self._set_buttons()
        if rows:
            self.status.setText(self.tr("{n} konflik terbuka.").format(n=len(rows)))
        else:
            self.status.setText(self.tr("Tidak ada konflik terbuka."))

    def resolve(self, keep: str) -> None:
        view = self.selected()
        if view is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def done(result: sync_service.ConflictResolution) -> None:
            self.status.setText(
                self.tr("Konflik {t} {r} diselesaikan.").format(t=result.table, r=result.row_id)
            )
            self.refresh()

        self.ctx.runner.run(
            lambda _p: sync_service.resolve_conflict(ws, actor, view.id, keep),
            on_success=done,
            parent=self,
            label=self.tr("Menyelesaikan konflik..."),
        )


register(
    PageSpec(
        key="conflicts",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Konflik")),
        order=710,
        factory=ConflictsPage,
        roles=frozenset({Role.ADMIN_OPD, Role.ADMIN_PUSAT}),
    )
)
