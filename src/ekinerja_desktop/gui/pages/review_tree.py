"""The Tinjau Log tree: person -> day -> entry rows, six columns, read-only.

A plain Python tree behind a QAbstractItemModel: a page of 200 entries is built as
tuples (no QStandardItem per cell: building ~1,600 items cost more than the queue's
query), and Qt asks only for the cells it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

IDS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
LATE_COLOR = "#b00020"
COLUMNS = 6
LATE_COLUMN = 4

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ENABLED_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(eq=False)
class Node:
    """One row: ``kind`` is person, day or entry; ``ids`` the entries it stands for."""

    kind: str
    ids: list[str]
    texts: tuple[str, ...]
    tooltip: str = ""  # column 0's tooltip when it differs from its text
    late: bool = False
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    row: int = 0
    key: int = 0  # the index's internal id (0 = the root)

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


class QueueTreeModel(QAbstractItemModel):
    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._root = Node("root", [], ())
        self._nodes: list[Node] = [self._root]  # internal id -> node
        self._bold = QFont()
        self._bold.setBold(True)
        self._late = QBrush(QColor(LATE_COLOR))

    def set_people(self, people: list[Node]) -> None:
        """Show ``people`` (person nodes with their days and entries) instead."""
        self.beginResetModel()
        self._root = Node("root", [], ())
        self._nodes = [self._root]
        for person in people:
            self._root.add(person)
        stack = list(people)
        while stack:
            node = stack.pop()
            node.key = len(self._nodes)
            self._nodes.append(node)
            stack.extend(node.children)
        self.endResetModel()

    def _node(self, index: Index) -> Node:
        return self._nodes[index.internalId()] if index.isValid() else self._root

    # --- Qt model API -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].key)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._nodes[index.internalId()].parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ENABLED_SELECTABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        column = index.column()
        if role == _DISPLAY:
            return node.texts[column] if column < len(node.texts) else ""
        if role == _TOOLTIP:
            if column == 0 and node.tooltip:
                return node.tooltip
            text = node.texts[column] if column < len(node.texts) else ""
            return text or None
        if column == 0:
            if role == IDS_ROLE:
                return node.ids
            if role == KIND_ROLE:
                return node.kind
            if role == _FONT and node.kind == "person":
                return self._bold
        if role == _FOREGROUND and column == LATE_COLUMN and node.late:
            return self._late
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
