"""Declarative building blocks for pages and dialogs: box layouts and forms from lists of
items, named line edits, labels and date edits, and the skeleton of a form dialog
(intro, form rows, message line, Simpan/Batal).

A page describes what it shows in which order; the functions here do the wiring that
every page used to write out by hand (``addWidget`` line after line)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.gui.dialogs import error_text
from ekinerja_desktop.gui.look import DATE_FORMAT
from ekinerja_desktop.gui.widgets import ERROR_COLOR, MessageLabel, save_cancel

if TYPE_CHECKING:
    from ekinerja_desktop.gui.tasks import TaskRunner

# One item of a box: a widget or a layout; an int is a stretch; (item, n) gives the
# item the stretch factor n; None is skipped (an optional part).
BoxItem = QWidget | QLayout | int | tuple[QWidget | QLayout, int] | None
# One row of a form: (label, field); a bare widget or layout spans the whole row.
FormRow = tuple[str, QWidget | QLayout] | QWidget | QLayout | None


def fill_box(box: QBoxLayout, *items: BoxItem) -> QBoxLayout:
    """Add ``items`` to ``box`` in order (see ``BoxItem``)."""
    for item in items:
        if item is None:
            continue
        if isinstance(item, int):
            box.addStretch(item)
            continue
        part, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(part, QLayout):
            box.addLayout(part, stretch)
        else:
            box.addWidget(part, stretch)
    return box


def hbox(*items: BoxItem, parent: QWidget | None = None, margins: int | None = None) -> QHBoxLayout:
    """A row of ``items``; set on ``parent`` when given; ``margins``: the same on all
    four sides (0 for a row nested in another layout's widget)."""
    box = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    if margins is not None:
        box.setContentsMargins(margins, margins, margins, margins)
    fill_box(box, *items)
    return box


def vbox(*items: BoxItem, parent: QWidget | None = None, margins: int | None = None) -> QVBoxLayout:
    """A column of ``items``; set on ``parent`` when given (see ``hbox``)."""
    box = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    if margins is not None:
        box.setContentsMargins(margins, margins, margins, margins)
    fill_box(box, *items)
    return box


def buttons_row(*buttons: BoxItem, trail: BoxItem = None) -> QHBoxLayout:
    """A toolbar: the buttons (or fields) at the left, a stretch, then ``trail`` (e.g. a
    count or a Close button at the right)."""
    return hbox(*buttons, 1, trail)


def panel(*items: BoxItem, margins: int | None = 0) -> QWidget:
    """A plain widget holding a column of ``items`` (a tab, one side of a splitter)."""
    widget = QWidget()
    vbox(*items, parent=widget, margins=margins)
    return widget


def table_view(
    name: str, model: QAbstractItemModel, *, select_rows: bool = True, stretch_last: bool = True
) -> QTableView:
    """A plain table whose last column takes the free width; ``select_rows``: one whole
    row selected at a time (see ``widgets.make_table`` for the read-only list tables)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    if select_rows:
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    if stretch_last:
        table.horizontalHeader().setStretchLastSection(True)
    return table


def splitter(
    orientation: Qt.Orientation,
    *widgets: QWidget,
    stretch: tuple[int, ...] = (),
    sizes: list[int] | None = None,
) -> QSplitter:
    """``widgets`` side by side (or one above the other) with a draggable divider;
    ``stretch``: their stretch factors; ``sizes``: their first sizes."""
    split = QSplitter(orientation)
    for widget in widgets:
        split.addWidget(widget)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    if sizes:
        split.setSizes(sizes)
    return split


def form(*rows: FormRow, parent: QWidget | None = None) -> QFormLayout:
    """A form of (label, field) rows; a bare widget or layout takes a whole row."""
    layout = QFormLayout(parent) if parent is not None else QFormLayout()
    for row in rows:
        if row is None:
            continue
        if isinstance(row, tuple):
            text, field = row
            # Two branches for the type checker: addRow has one overload per field type.
            if isinstance(field, QLayout):
                layout.addRow(text, field)
            else:
                layout.addRow(text, field)
        else:
            layout.addRow(row)
    return layout


Field = TypeVar("Field", bound=QWidget | QLayout)


class FormRows(list[FormRow]):
    """The rows of a form, each added on the line that makes its field
    (``self.code = rows.add(self.tr("Kode"), line_edit("kindCode"))``); ``form(*rows)``
    lays them out in the order they were added."""

    def add(self, text: str, field: Field) -> Field:
        self.append((text, field))
        return field


def line_edit(name: str, placeholder: str = "", *, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def search_edit(name: str, placeholder: str) -> QLineEdit:
    """The search box of a list: a line edit with a clear button."""
    edit = line_edit(name, placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def combo_box(name: str, items: Iterable[tuple[str, object]] = ()) -> QComboBox:
    """A combo box of (text, data) items."""
    combo = QComboBox()
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def text_edit(name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def label(name: str = "", text: str = "", *, wrap: bool = True, style: str = "") -> QLabel:
    """A (word-wrapped) label; named when ``name`` is given."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    if style:
        widget.setStyleSheet(style)
    return widget


def date_edit(name: str, value: QDate | None = None, *, fmt: str = DATE_FORMAT) -> QDateEdit:
    """A date field (in the app's date format, unless ``fmt``) with the calendar popup."""
    edit = QDateEdit(value if value is not None else QDate.currentDate())
    edit.setObjectName(name)
    edit.setDisplayFormat(fmt)
    edit.setCalendarPopup(True)
    return edit


def time_edit(name: str, value: QTime | None = None) -> QTimeEdit:
    """An hour:minute field."""
    edit = QTimeEdit(value) if value is not None else QTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """The Tutup row of a dialog that saves as it goes."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("FormDialog", "Tutup"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def date_range(
    names: tuple[str, str, str], text: str, today: QDate, days: int = 30
) -> tuple[QCheckBox, QDateEdit, QDateEdit]:
    """The date part of a filter bar: a checkbox (``text``) that puts the dates to use,
    and the range from ``days`` before ``today`` to ``today``; ``names``: the object
    names of the three."""
    check = QCheckBox(text)
    check.setObjectName(names[0])
    return check, date_edit(names[1], today.addDays(-days)), date_edit(names[2], today)


def spin_box(
    name: str, low: int, high: int, *, suffix: str = "", special: str = "", value: int | None = None
) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    if suffix:
        spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    if value is not None:
        spin.setValue(value)
    return spin


def double_spin_box(
    name: str,
    low: float,
    high: float,
    *,
    step: float | None = None,
    suffix: str = "",
    value: float | None = None,
) -> QDoubleSpinBox:
    """A number field with two decimals."""
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    if step is not None:
        spin.setSingleStep(step)
    spin.setDecimals(2)
    if suffix:
        spin.setSuffix(suffix)
    if value is not None:
        spin.setValue(value)
    return spin


def error_line(name: str) -> QLabel:
    """The red, word-wrapped line of a dialog for the service's refusal."""
    return label(name, style=f"color: {ERROR_COLOR};")


class FormDialog(QDialog):
    """The skeleton of a form dialog: an optional intro, the form, a message line for the
    service's refusal and Simpan/Batal. Simpan emits ``submitted`` with ``value()``; the
    dialog stays open until the page closes it (a refused save keeps what was typed).
    Subclasses build their fields, then call ``build``."""

    submitted = Signal(object)
    message: QLabel  # set by ``build``

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)

    def value(self) -> object:
        raise NotImplementedError

    def show_error(self, error: BaseException | str) -> None:
        """The service's refusal (or a text) on the dialog's message line."""
        if isinstance(self.message, MessageLabel):
            if isinstance(error, str):
                self.message.show_text(error, True)
            else:
                self.message.show_error(error)
        elif isinstance(error, str):
            self.message.setText(error)
        else:
            message, hint = error_text(error)
            self.message.setText(f"{message} {hint}".strip())

    def save_with(
        self,
        runner: TaskRunner,
        save: Callable[..., Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """What the dialog submits goes to ``save(*values)`` on ``runner`` (this dialog
        parents the progress); ``done`` on success, else ``failed`` (by default the
        refusal on the message line, the dialog staying open)."""

        def submitted(*values: Any) -> None:
            runner.run(
                lambda _p: save(*values),
                on_success=done,
                on_failure=failed or self.show_error,
                parent=self,
            )

        self.submitted.connect(submitted)

    def build(
        self,
        *rows: FormRow,
        message: QLabel | None = None,
        intro: str = "",
        before: tuple[BoxItem, ...] = (),
        save_text: str = "",
        on_save: Callable[[], object] | None = None,
    ) -> QVBoxLayout:
        """Lay out: ``intro``, the ``before`` items, the form of ``rows``, ``message`` and
        the buttons (``self.buttons``); ``on_save`` replaces emitting ``submitted``."""
        save = on_save if on_save is not None else lambda: self.submitted.emit(self.value())
        if message is not None:
            self.message = message
        self.buttons = save_cancel(self, save, save_text=save_text)
        return vbox(
            label(text=intro) if intro else None,
            *before,
            form(*rows) if rows else None,
            message,
            self.buttons,
            parent=self,
        )
