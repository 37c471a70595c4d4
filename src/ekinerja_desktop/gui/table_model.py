"""Read-only table model over plain rows with named columns and explicit roles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole plain row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # raw value for sorting


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    align: str = "left"  # left | right | center
    fmt: Callable[[Any], str] | None = None


_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}


# Plain ints: ``data`` runs for every visible cell and role on each repaint, and an
# enum member lookup costs more than the rest of the call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
_ALIGN_INT = {key: int(flag.value) for key, flag in _ALIGN.items()}
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _SORT, _ROW})


def _value(row: Any, key: str) -> Any:
    if isinstance(row, dict):
        return row.get(key)
    return getattr(row, key, None)


class RowTableModel(QAbstractTableModel):
    """Rows are plain objects (dataclasses or dicts); never live ORM objects."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent: Any = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = list(rows)

    # --- data access -------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Add rows at the end (selection and scroll position stay)."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    # --- Qt model API -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount and columnCount (two calls into Python) for
        # every cell a view or a proxy maps; one call here.
        if parent.isValid() or not (
            0 <= row < len(self._rows) and 0 <= column < len(self._columns)
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None  # the roles Qt asks for and this model leaves to the style
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == _ALIGNMENT:
            return _ALIGN_INT[column.align]
        row = self._rows[index.row()]
        value = _value(row, column.key)
        if role == _DISPLAY:
            if value is None:
                return ""
            return column.fmt(value) if column.fmt else str(value)
        if role == _SORT:
            return value if isinstance(value, int | float | str) else str(value or "")
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


# Rows measured beyond the visible ones: none. The first screen of a 180-row team or a
# 5,000-row recap was a third slower with 100 more (Qt formats every measured cell);
# a longer text further down elides, with its tooltip.
SIZE_ROWS = 0


def fit_columns(table: QTableView, stretch: Iterable[int], hidden: Iterable[int] = ()) -> None:
    """Columns sized to their content, the ``stretch`` (text) columns sharing what is
    left and eliding: the table fits its width instead of scrolling sideways."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # Content widths from the visible rows (and SIZE_ROWS more), not every row: Qt's
    # default (1,000 rows, again on each change) asked a 5,000-row recap for 240,000 cells.
    header.setResizeContentsPrecision(SIZE_ROWS)
    stretched = set(stretch)
    for column in range(table.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column in stretched
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    for column in hidden:
        table.setColumnHidden(column, True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
