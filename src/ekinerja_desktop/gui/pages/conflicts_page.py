"""Konflik (admins): open sync conflicts, both versions side by side, resolve."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ekinerja_desktop.domain.fmt import format_datetime_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import buttons_row, label, panel, splitter, table_view, vbox
from ekinerja_desktop.gui.pages import ADMINS, Page, navigation_page
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import push_buttons, selected_row_of
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.services.sync_service import ConflictView


@navigation_page("conflicts", QT_TRANSLATE_NOOP("Navigation", "Konflik"), 710, ADMINS)
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
        self.table = table_view("conflictsTable", self.model)

        self.fields = RowTableModel(
            [
                Column("name", self.tr("Isian")),
                Column("current", self.tr("Versi berlaku")),
                Column("other", self.tr("Versi lain")),
                Column("differs", self.tr("Beda"), fmt=lambda v: self.tr("ya") if v else ""),
            ]
        )
        self.fields_table = table_view("conflictFields", self.fields, select_rows=False)

        self.keep_button, self.apply_button = push_buttons(
            (
                self.tr("Pertahankan versi berlaku"),
                "keepCurrent",
                lambda: self.resolve(sync_service.KEEP_CURRENT),
            ),
            (
                self.tr("Pakai versi lain"),
                "applyOther",
                lambda: self.resolve(sync_service.APPLY_OTHER),
            ),
        )
        self.status = label("conflictsStatus")
        hint = label(
            text=self.tr(
                "Dua node mengubah data yang sama. Versi berlaku dipilih otomatis; periksa "
                "versi lain dan pilih mana yang benar. Pilihan 'Pakai versi lain' disimpan "
                "sebagai perubahan baru dan ikut terkirim pada bundel berikutnya."
            )
        )

        lower = panel(self.fields_table, buttons_row(self.keep_button, self.apply_button))
        split = splitter(Qt.Orientation.Vertical, self.table, lower)
        vbox(hint, (split, 1), self.status, parent=self)

        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._set_buttons()

    def selected(self) -> ConflictView | None:
        return selected_row_of(self.table, ConflictView)

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
        self.run_task(lambda _p: sync_service.list_conflicts(ws, actor), self._loaded)

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

        self.run_task(
            lambda _p: sync_service.resolve_conflict(ws, actor, view.id, keep),
            done,
            label=self.tr("Menyelesaikan konflik..."),
        )
