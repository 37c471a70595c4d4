"""The small kit every page uses: colours, the table view, an error as one text, the
message line under a toolbar, the status badge, highlighted rows, the note dialog, a
named button, and date conversion between Python and Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.skp import SkpStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.dialogs import error_text
from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

ERROR_COLOR = "#b00020"
OK_COLOR = "#1b5e20"
NOT_CREATED = "Belum dibuat"  # team_skps status of an employee without an SKP

_STATUS_TITLES = {
    SkpStatus.DRAFT.value: QT_TRANSLATE_NOOP("SkpStatus", "Draft"),
    SkpStatus.DIAJUKAN.value: QT_TRANSLATE_NOOP("SkpStatus", "Diajukan"),
    SkpStatus.DISETUJUI.value: QT_TRANSLATE_NOOP("SkpStatus", "Disetujui"),
    SkpStatus.DITOLAK.value: QT_TRANSLATE_NOOP("SkpStatus", "Ditolak"),
    NOT_CREATED: QT_TRANSLATE_NOOP("SkpStatus", "Belum dibuat"),
}
# (background, foreground) of the status badge
STATUS_COLORS = {
    SkpStatus.DRAFT.value: ("#e0e0e0", "#212121"),
    SkpStatus.DIAJUKAN.value: ("#fff3cd", "#7a5300"),
    SkpStatus.DISETUJUI.value: ("#d4edda", "#155724"),
    SkpStatus.DITOLAK.value: ("#f8d7da", "#8b0000"),
    NOT_CREATED: ("#f5f5f5", "#616161"),
}


def status_text(status: str) -> str:
    title = _STATUS_TITLES.get(status)
    return QCoreApplication.translate("SkpStatus", str(title)) if title else status


ViewT = TypeVar("ViewT", bound=QAbstractItemView)


def read_only_rows(view: ViewT, name: str, model: Any) -> ViewT:
    """``view`` named ``name`` on ``model``: read-only, one whole row selected at a time."""
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def make_table(name: str, model: Any, *, sortable: bool = False) -> QTableView:
    """A read-only table of whole rows, one selectable at a time; ``sortable``: sorted by
    clicking a header (unsorted at first)."""
    table = read_only_rows(QTableView(), name, model)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    if sortable:
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    return table


def selected_row_of(view: QAbstractItemView, kind: type[RowT]) -> RowT | None:
    """The plain row (``ROW_ROLE``) of the first selected row of ``view``, or None;
    ``kind`` names the type of the rows the view shows (for the type checker)."""
    indexes = view.selectionModel().selectedRows()
    row: RowT | None = indexes[0].data(ROW_ROLE) if indexes else None
    return row


def error_message(error: BaseException) -> str:
    """One text with the service's message, its problems and its hint."""
    message, hint = error_text(error)
    problems = [text for _field, text in getattr(error, "problems", ()) or ()]
    # Services often name the problems in the message too: each is shown once.
    lines = [message, *(f"• {p}" for p in problems if p not in message)]
    if hint and hint not in problems:
        lines.append(hint)
    return "\n".join(lines)


class MessageLabel(QLabel):
    """One line for results and errors under a page's toolbar."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str, error: bool = False) -> None:
        self.setStyleSheet(f"color: {ERROR_COLOR};" if error else f"color: {OK_COLOR};")
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, error: BaseException) -> None:
        self.show_text(error_message(error), True)


class StatusBadge(QLabel):
    """Coloured status pill: Draft / Diajukan / Disetujui / Ditolak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.status = ""
        self.hide()

    def set_status(self, status: str, revision: int | None = None) -> None:
        self.status = status
        if not status:
            self.hide()
            return
        background, foreground = STATUS_COLORS.get(status, ("#e0e0e0", "#212121"))
        text = status_text(status)
        if revision is not None and revision > 1:
            text = self.tr("{status} · revisi {n}").format(status=text, n=revision)
        self.setText(text)
        self.setStyleSheet(
            f"background:{background}; color:{foreground}; border-radius:9px;"
            " padding:2px 12px; font-weight:bold;"
        )
        self.show()


class HighlightTableModel(RowTableModel):
    """RowTableModel whose rows may be highlighted (background + bold) by a predicate."""

    def __init__(
        self,
        columns: Sequence[Column],
        highlight: Callable[[Any], str | None],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, (), parent)
        self._highlight = highlight

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            color = self._highlight(self.row_at(index.row()))
            if color is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(color)
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def save_cancel(
    dialog: QDialog, on_save: Callable[[], object], *, save_text: str = ""
) -> QDialogButtonBox:
    """The Simpan / Batal row of a form dialog. Simpan calls ``on_save`` and the dialog
    stays open (the page closes it once the service accepted the data, so a refused save
    keeps what was typed); Batal closes it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text or QCoreApplication.translate("FormDialog", "Simpan"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("FormDialog", "Batal"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NoteDialog(QDialog):
    """Asks for a mandatory note (return to the employee, reason of a revision)."""

    submitted = Signal(str)

    def __init__(
        self, title: str, prompt: str, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(placeholder)
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Kirim"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 260)
        self.note.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.note.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        text = self.note.toPlainText().strip()
        if text:
            self.submitted.emit(text)
            self.accept()


def push_button(
    text: str, name: str, *, tip: str = "", clicked: Callable[[], object] | None = None
) -> QPushButton:
    """A button with its object name (tests and the style sheet find it by that) and,
    when given, a tooltip and what a click does."""
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


# One button of a row: (text, object name, what a click does[, tooltip]).
ButtonSpec = (
    tuple[str, str, Callable[[], object] | None] | tuple[str, str, Callable[[], object] | None, str]
)


def push_buttons(*specs: ButtonSpec) -> list[QPushButton]:
    """The buttons of a toolbar from one table of :data:`ButtonSpec` rows, in order (see
    :func:`push_button`)."""
    buttons = []
    for text, name, clicked, *tip in specs:
        buttons.append(push_button(text, name, tip=tip[0] if tip else "", clicked=clicked))
    return buttons


def year_spin(name: str) -> QSpinBox:
    """The year chooser of a page's toolbar, on this year (WITA)."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(2000, 2100)
    spin.setValue(today_wita().year)
    return spin


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
