"""Beranda: who is logged in, this node, and a to-do list that opens the place to act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.pages import ReloadingPage, navigation_page, registered_pages
from ekinerja_desktop.gui.widgets import push_button

if TYPE_CHECKING:
    from ekinerja_desktop.services.todo import TodoItem

# Modules whose changes can change the to-do list.
_WATCHED = {
    "skp",
    "dailylog",
    "evaluation",
    "training",
    "mapping",
    "employee",
    "unit",
    "account",
    "sync",
}


class _TodoDelegate(QStyledItemDelegate):
    """A to-do item as a card line: the title in bold, the detail below it, muted."""

    PAD = 6

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        title, _sep, detail = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return title, detail

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title, detail = self._lines(index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD, -self.PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        line = opt.fontMetrics.height()
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            )
        painter.drawText(
            rect.adjusted(0, line + self.PAD // 2, 0, 0), Qt.AlignmentFlag.AlignLeft, detail
        )
        painter.restore()


@navigation_page("home", QT_TRANSLATE_NOOP("Navigation", "Beranda"), 0)
class HomePage(ReloadingPage):
    watched = frozenset(_WATCHED)

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        actor = ctx.actor
        node = ctx.ws.node
        greeting = QLabel(
            self.tr("<h2>Selamat datang, {name}</h2>").format(name=actor.display_name)
        )
        greeting.setTextFormat(Qt.TextFormat.RichText)
        roles = ", ".join(sorted(r.label for r in actor.roles))
        info = QLabel(
            self.tr(
                "<p>Peran Anda: <b>{roles}</b><br>Instansi: {agency}<br>"
                "Komputer ini: {node_role}</p>"
            ).format(roles=roles, agency=node.agency, node_role=node.role.label)
        )
        info.setTextFormat(Qt.TextFormat.RichText)
        todo = QGroupBox(self.tr("Yang perlu Anda kerjakan"))
        todo_layout = QVBoxLayout(todo)
        self.todo_label = QLabel(
            self.tr("Tidak ada pekerjaan yang menunggu. Pilih modul di menu kiri.")
        )
        self.todo_label.setObjectName("todoLabel")
        self.todo_label.setWordWrap(True)
        self.todo_list = QListWidget()
        self.todo_list.setObjectName("todoList")
        self.todo_list.setItemDelegate(_TodoDelegate(self.todo_list))
        self.todo_list.setSpacing(2)
        self.todo_list.itemActivated.connect(self._open_item)
        self.todo_list.currentRowChanged.connect(lambda _r: self._update_button())
        self.open_button = push_button(self.tr("Buka"), "todoOpen")
        self.open_button.clicked.connect(lambda: self._open_item(self.todo_list.currentItem()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        todo_layout.addWidget(self.todo_label)
        todo_layout.addWidget(self.todo_list, 1)
        todo_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(info)
        layout.addWidget(todo, 1)
        self._visible_keys = {s.key for s in registered_pages() if s.shown_to(ctx)}
        self.items: list[TodoItem] = []
        self._show([])

    def load(self) -> None:
        from ekinerja_desktop.services import todo

        self.stale = False
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(lambda _p: todo.my_todos(ws, actor), self._show, failed=self._failed)

    def _show(self, items: list[TodoItem]) -> None:
        # Only what this account can act on: an item whose page it cannot open would be
        # a dead end.
        self.items = [item for item in items if item.page_key in self._visible_keys]
        self.todo_list.clear()
        for item in self.items:
            row = QListWidgetItem(f"{item.title}\n{item.detail}")
            row.setData(Qt.ItemDataRole.UserRole, item.page_key)
            row.setToolTip(item.detail)
            self.todo_list.addItem(row)
        self.todo_list.setVisible(bool(self.items))
        self.todo_label.setText(
            self.tr("{n} hal menunggu Anda. Pilih satu lalu tekan Buka.").format(n=len(self.items))
            if self.items
            else self.tr("Tidak ada pekerjaan yang menunggu. Pilih modul di menu kiri.")
        )
        if self.items:
            self.todo_list.setCurrentRow(0)
        self._update_button()

    def _failed(self, exc: BaseException) -> None:
        self.todo_label.setText(
            self.tr("Daftar pekerjaan tidak dapat dimuat: {e}").format(
                e=getattr(exc, "message", str(exc))
            )
        )

    def _update_button(self) -> None:
        item = self.todo_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.open_button.setEnabled(key in self._visible_keys)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key in self._visible_keys:
            self.ctx.navigate(str(key))
