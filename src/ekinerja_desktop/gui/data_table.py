"""A service ``DataTable`` (services/central.py) as a Qt table: model, filter/sort proxy and
a panel with a filter box and *Ekspor* (.xlsx/.csv through the task runner)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.gui.layout import search_edit
from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel
from ekinerja_desktop.gui.widgets import error_message, make_table
from ekinerja_desktop.services import central

if TYPE_CHECKING:
    from ekinerja_desktop.gui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
ID_KEY = "_id"  # each plain row carries what it drills into
NUMERIC = frozenset({"int", "percent", "decimal"})
# Roles as plain ints, asked first: fitting and painting a table asks every cell for a
# dozen roles, most of which this model leaves to the style (enum look-ups are slow).
_TEXT_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)}
)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_BASE_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.TextAlignmentRole.value),
        int(Qt.ItemDataRole.UserRole.value) + 1,  # table_model.ROW_ROLE
        int(Qt.ItemDataRole.UserRole.value) + 2,
    }
)


def ask_export_path(parent: QWidget, title: str, suggested: str) -> str:
    """The file to export to ("" when cancelled); tests replace this."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, suggested, "Excel (*.xlsx);;CSV (*.csv)"
    )
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    return path


def heat_color(percent: float) -> QColor:
    """Red (0%) through amber to green (100%), pale enough to read black text on."""
    p = max(0.0, min(100.0, float(percent))) / 100.0
    hue = 120.0 * p  # 0 = red, 120 = green
    return QColor.fromHslF(hue / 360.0, 0.65, 0.82)


def file_stem(text: str) -> str:
    """A file-name-safe stem from a table title."""
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.casefold())
    return "-".join(part for part in keep.split("-") if part)[:60] or "tabel"


class DataTableModel(RowTableModel):
    """Rows of a DataTable as dicts (column key -> raw value, plus ``_id``); cells are
    shown with :func:`central.cell_text` (Indonesian numbers and dates)."""

    def __init__(
        self,
        *,
        heat: bool = False,
        highlight: Callable[[dict[str, Any]], str | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__([], [], parent)
        self.table: central.DataTable | None = None
        self.heat = heat
        self.highlight = highlight
        self._kinds: list[str] = []
        self._texts: dict[tuple[int, int], str] = {}  # formatting is the costly part

    def set_table(self, table: central.DataTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._texts = {}
        if table is None:
            self._columns, self._rows, self._kinds = [], [], []
        else:
            self._columns = [
                Column(c.key, c.label, "right" if c.kind in NUMERIC else "left")
                for c in table.columns
            ]
            self._kinds = [c.kind for c in table.columns]
            ids = table.row_ids or ("",) * len(table.rows)
            self._rows = [
                {**values, ID_KEY: row_id}
                for values, row_id in zip(table.as_dicts(), ids, strict=True)
            ]
        self.endResetModel()

    def kind(self, column: int) -> str:
        return self._kinds[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _TEXT_ROLES:
            cell = (index.row(), index.column())
            text = self._texts.get(cell)
            if text is None:
                if not index.isValid() or not 0 <= cell[0] < len(self._rows):
                    return None
                key = self._columns[cell[1]].key
                text = central.cell_text(self._rows[cell[0]].get(key), self._kinds[cell[1]])
                self._texts[cell] = text
            return text
        if role != _BACKGROUND:
            return super().data(index, role) if role in _BASE_ROLES else None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row.get(self._columns[index.column()].key)
        if self.heat and self._kinds[index.column()] == "percent" and value is not None:
            return heat_color(value)
        color = self.highlight(row) if self.highlight else None
        return QColor(color) if color else None


class DataTableProxy(QSortFilterProxyModel):
    """Filters rows by text in any cell; sorts by the raw values (no data sorts last)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        source = self.sourceModel()
        for column in range(source.columnCount()):
            text = source.data(source.index(source_row, column, source_parent))
            if text and self._text in str(text).casefold():
                return True
        return False

    def lessThan(self, left: Index, right: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, DataTableModel):
            return super().lessThan(left, right)
        key = source.columns[left.column()].key
        a = source.row_at(left.row()).get(key)
        b = source.row_at(right.row()).get(key)
        if a is None or b is None:
            # Empty cells last in ascending order.
            return a is not None and b is None
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def visible_rows(self) -> list[dict[str, Any]]:
        return [self.data(self.index(i, 0), ROW_ROLE) for i in range(self.rowCount())]


class TablePanel(QWidget):
    """Title, filter, *Ekspor...*, the table (and in subclasses other views), notes.

    ``activated(row_id, label)`` is emitted on a double-click of a row that drills."""

    activated = Signal(str, str)
    message = Signal(str, bool)  # text, is_error

    def __init__(
        self,
        runner: TaskRunner,
        name: str,
        *,
        heat: bool = False,
        highlight: Callable[[dict[str, Any]], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.runner = runner
        self.title = QLabel("")
        self.title.setObjectName(f"{name}Title")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.filter = search_edit(f"{name}Filter", self.tr("Saring..."))
        self.filter.setMaximumWidth(220)
        self.export_button = QPushButton(self.tr("Ekspor..."))
        self.export_button.setObjectName(f"{name}Export")
        self.export_button.setToolTip(self.tr("Simpan tabel ini sebagai .xlsx atau .csv"))
        self.model = DataTableModel(heat=heat, highlight=highlight, parent=self)
        self.proxy = DataTableProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table: QTableView = make_table(f"{name}Table", self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        # Column widths from the visible rows only: measuring hundreds of rows is slow
        # (a 197-unit drill-down spent a third of its time there).
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.notes = QLabel("")
        self.notes.setObjectName(f"{name}Notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555;")
        self.notes.hide()

        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.title, 1)
        self.toolbar.addWidget(self.filter)
        self.toolbar.addWidget(self.export_button)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.notes)

        self.filter.textChanged.connect(self._filter_changed)
        self.export_button.clicked.connect(self.ask_export)
        self.table.doubleClicked.connect(self._row_activated)
        self.views.currentChanged.connect(lambda _i: self._fit_if_pending())
        self._fit_pending = False
        self.export_button.setEnabled(False)

    # --- data ---------------------------------------------------------------------
    @property
    def data_table(self) -> central.DataTable | None:
        return self.model.table

    def set_table(self, table: central.DataTable | None) -> None:
        self.model.set_table(table)
        self.title.setText(table.title if table else "")
        self.notes.setText("\n".join(table.notes) if table else "")
        self.notes.setVisible(bool(table and table.notes))
        self.export_button.setEnabled(table is not None)
        self._fit_columns()
        self.table_changed()

    def _fit_columns(self) -> None:
        # Measuring cells formats them: done when the table is first seen, not per load.
        self._fit_pending = not self.table.isVisible()
        if self._fit_pending:
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        columns = range(self.model.columnCount() - 1)  # the last one stretches
        for column in columns:
            # Long names (OPD, unit paths) stay readable without pushing numbers away.
            header.resizeSection(column, min(max(header.sectionSize(column), 60), 320))
        # Still wider than the table: the wide (text) columns give way, eliding their
        # text, so that no column hides off screen behind a sideways scroll.
        room = self.table.viewport().width() - 60
        total = sum(header.sectionSize(c) for c in range(self.model.columnCount()))
        wide = [c for c in columns if header.sectionSize(c) > 120]
        excess = total - room
        if excess > 0 and wide:
            share = sum(header.sectionSize(c) - 100 for c in wide)
            for column in wide:
                size = header.sectionSize(column)
                cut = min(size - 100, excess * (size - 100) // max(share, 1) + 1)
                header.resizeSection(column, size - cut)

    def _fit_if_pending(self) -> None:
        if self._fit_pending and self.table.isVisible():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_if_pending()

    def visible_table(self) -> central.DataTable | None:
        """The table as shown: filtered and sorted."""
        table = self.model.table
        if table is None:
            return None
        keys = [c.key for c in table.columns]
        rows = self.proxy.visible_rows()
        return dataclasses.replace(
            table,
            rows=tuple(tuple(r[k] for k in keys) for r in rows),
            row_ids=tuple(r[ID_KEY] for r in rows) if table.row_ids else (),
        )

    def table_changed(self) -> None:
        """The visible rows changed (new data, filter, sort); subclasses redraw."""

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.table_changed()

    # --- drill-down ---------------------------------------------------------------
    def label_of(self, row: dict[str, Any]) -> str:
        table = self.model.table
        if table is None:
            return ""
        for key in ("opd", "unit", "nama"):
            if key in row and table.drill and (key != "nama" or table.drill == "person"):
                return str(row[key])
        return str(row.get(table.columns[0].key, ""))

    def activate_row(self, row: dict[str, Any]) -> None:
        table = self.model.table
        if table is not None and table.drill and row.get(ID_KEY):
            self.activated.emit(str(row[ID_KEY]), self.label_of(row))

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.activate_row(row)

    # --- export -------------------------------------------------------------------
    def ask_export(self) -> None:
        table = self.model.table
        if table is None:
            return
        path = ask_export_path(self, self.tr("Ekspor tabel"), f"{file_stem(table.title)}.xlsx")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        table = self.visible_table()
        if table is None:
            return
        self.runner.run(
            lambda _p: central.export_table(table, path),
            on_success=lambda out: self.message.emit(
                self.tr("Tabel ditulis ke {p}.").format(p=out), False
            ),
            on_failure=lambda error: self.message.emit(error_message(error), True),
            parent=self,
            label=self.tr("Mengekspor tabel..."),
        )
