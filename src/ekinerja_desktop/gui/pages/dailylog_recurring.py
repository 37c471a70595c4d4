"""Entri berulang: the employee's recurring daily-log templates (list, add, delete, apply)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import (
    buttons_row,
    close_buttons,
    form,
    hbox,
    label,
    line_edit,
    time_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import TaskHost
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    error_message,
    make_table,
    push_buttons,
    selected_row_of,
)
from ekinerja_desktop.services import dailylog


def hm(value: time) -> str:
    return value.strftime("%H:%M")


def pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


class _SuggestionModel(QStringListModel):
    """RHK texts whose tooltip is the whole text (the popup elides what does not fit)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


class RhkLineEdit(QLineEdit):
    """A line edit that completes RHK texts as you type (anywhere in the text).

    Enter (or a click) on a suggestion only picks it and emits ``picked``: the key never
    reaches the line edit, so it cannot also save the form. The suggestion list is as wide
    as its texts need, up to the window's width (longer texts are elided, with a tooltip).
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = _SuggestionModel(self)
        completer = QCompleter(self.options, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        popup = completer.popup()
        assert popup is not None
        self.popup: QAbstractItemView = popup
        popup.setObjectName("rhkSuggestions")
        popup.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Installed after the completer's own filter, so it sees the keys first.
        popup.installEventFilter(self)
        completer.activated[str].connect(self._chosen)  # type: ignore[index]
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup
        if watched is popup:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup.isVisible():
                    index = popup.currentIndex()
                    if not index.isValid():
                        index = popup.model().index(0, 0)
                    popup.hide()
                    if index.isValid():
                        self._chosen(str(index.data()))
                    return True
            elif kind in (QEvent.Type.Show, QEvent.Type.Resize) and not self._fitting:
                self._fit_popup()
        return super().eventFilter(watched, event)

    def _chosen(self, text: str) -> None:
        self.setText(text)
        self.picked.emit(text)

    def rhk_id(self, rhk_by_text: Mapping[str, str]) -> str | None:
        """The id of the RHK typed (None when the field is empty or names no RHK)."""
        text = self.text().strip()
        return rhk_by_text.get(text) if text else None

    def unknown_message(self, rhk_by_text: Mapping[str, str]) -> str:
        """The message shown when the text typed names no RHK of ``rhk_by_text`` (""
        when it does or the field is empty)."""
        text = self.text().strip()
        if not text or text in rhk_by_text:
            return ""
        return self.tr("RHK '{t}' tidak ada di SKP Anda yang disetujui; pilih dari daftar.").format(
            t=text
        )

    def popup_width(self) -> int:
        """The width the suggestions need, between this field's and the window's width."""
        popup = self.popup
        model = popup.model()
        metrics = popup.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(str(model.index(row, 0).data()))
                for row in range(min(model.rowCount(), 500))
            ),
            default=0,
        )
        needed = widest + 2 * popup.frameWidth() + popup.verticalScrollBar().sizeHint().width()
        needed += 24  # item margins
        window = self.window().width() - 16
        return max(self.width(), min(needed, window))

    def _fit_popup(self) -> None:
        popup = self.popup
        width = self.popup_width()
        window = self.window()
        left = self.mapToGlobal(QPoint(0, 0)).x()
        window_left = window.mapToGlobal(QPoint(0, 0)).x()
        window_right = window_left + window.width()
        if left + width > window_right:
            left = max(window_left, window_right - width)
        geometry = popup.geometry()
        if geometry.width() == width and geometry.x() == left:
            return
        self._fitting = True
        try:
            popup.setGeometry(left, geometry.y(), width, geometry.height())
        finally:
            self._fitting = False


def rhk_field(parent: QWidget, name: str) -> tuple[RhkLineEdit, QStringListModel]:
    """An :class:`RhkLineEdit` and the list model of its suggestions."""
    field = RhkLineEdit(parent)
    field.setObjectName(name)
    return field, field.options


class MessageLine:
    """``_set_message`` / ``_failed`` for a widget with a ``message`` label: one line of
    green (done) or red (the service's message and hint) text."""

    message: MessageLabel

    def _failed(self, error: BaseException) -> None:
        self._set_message(error_message(error), error=True)

    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message.show_text(text, error)


class RecurringDialog(MessageLine, TaskHost, QDialog):
    """Lists the templates, adds one (weekdays, times, activity, RHK, output), deletes the
    selected one and applies the day's templates to the day shown on Log Harian."""

    applied = Signal(int)  # entries added to the day

    def __init__(
        self,
        ctx: GuiContext,
        day: date,
        rhk_by_text: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recurringDialog")
        self.setWindowTitle(self.tr("Entri berulang"))
        self.ctx = ctx
        self.day = day
        self.rhk_by_text = dict(rhk_by_text)
        self.day_names = (
            self.tr("Sen"),
            self.tr("Sel"),
            self.tr("Rab"),
            self.tr("Kam"),
            self.tr("Jum"),
            self.tr("Sab"),
            self.tr("Min"),
        )
        intro = label(
            text=self.tr(
                "Kegiatan rutin (apel, rapat mingguan, layanan harian) dicatat sekali di sini; "
                "<i>Terapkan</i> menambahkannya sebagai draf pada hari yang dipilih. Entri yang "
                "bertumpang tindih dengan isian hari itu dilewati."
            )
        )
        self.model = RowTableModel(
            [
                Column("weekdays", self.tr("Hari"), fmt=self.weekday_text),
                Column("start", self.tr("Mulai"), fmt=hm),
                Column("end", self.tr("Selesai"), fmt=hm),
                Column("activity", self.tr("Kegiatan")),
                Column("rhk_text", self.tr("RHK")),
                Column("quantity", self.tr("Jumlah"), "right"),
                Column("unit", self.tr("Satuan")),
            ],
            parent=self,
        )
        self.table = make_table("recurringTable", self.model)
        for column, width in enumerate((150, 50, 55, 240, 200, 55)):
            self.table.setColumnWidth(column, width)

        self.weekday_boxes: list[QCheckBox] = []
        for i, name in enumerate(self.day_names):
            box = QCheckBox(name)
            box.setObjectName(f"weekday{i}")
            box.setChecked(i < 5)
            self.weekday_boxes.append(box)
        days_row = buttons_row(*self.weekday_boxes)
        self.start = time_edit("recurringStart", QTime(7, 30))
        self.end = time_edit("recurringEnd", QTime(8, 0))
        times = buttons_row(self.start, QLabel(self.tr("s.d.")), self.end)
        self.activity = line_edit(
            "recurringActivity", self.tr("mis. Mengikuti apel pagi dan arahan pimpinan")
        )
        self.rhk, self.rhk_list = rhk_field(self, "recurringRhk")
        self.rhk.setPlaceholderText(
            self.tr("RHK (ketik untuk mencari; kosongkan bila tugas umum)")
            if self.rhk_by_text
            else self.tr("SKP belum disetujui: RHK belum tersedia")
        )
        self.rhk_list.setStringList(list(self.rhk_by_text))
        self.quantity = line_edit("recurringQuantity", self.tr("Jumlah"))
        self.quantity.setMaximumWidth(80)
        self.rhk.picked.connect(lambda _text: self.quantity.setFocus())
        self.unit = line_edit("recurringUnit", self.tr("Satuan"))
        fields = form(
            (self.tr("Hari"), days_row),
            (self.tr("Jam"), times),
            (self.tr("Kegiatan"), self.activity),
            (self.tr("RHK"), self.rhk),
            (self.tr("Keluaran"), hbox(self.quantity, (self.unit, 1))),
        )

        self.add_button, self.delete_button, self.apply_button = push_buttons(
            (self.tr("Tambah entri berulang"), "addRecurring", self.add),
            (self.tr("Hapus terpilih"), "deleteRecurring", self.delete_selected),
            (
                self.tr("Terapkan ke {d}").format(d=format_date(day, ctx.language, "medium")),
                "applyRecurringDay",
                self.apply,
            ),
        )
        actions = buttons_row(self.add_button, self.delete_button, trail=self.apply_button)

        self.message = MessageLabel("recurringMessage")
        vbox(
            intro,
            (self.table, 1),
            fields,
            actions,
            self.message,
            close_buttons(self),
            parent=self,
        )
        self.resize(900, 560)

        # Enter anywhere in the form adds the template (the dialog's default button).
        self.add_button.setDefault(True)
        for button in (self.delete_button, self.apply_button):
            button.setAutoDefault(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def weekday_text(self, days: tuple[int, ...]) -> str:
        if tuple(days) == (0, 1, 2, 3, 4):
            return self.tr("Senin-Jumat")
        if tuple(days) == (0, 1, 2, 3, 4, 5):
            return self.tr("Senin-Sabtu")
        return ", ".join(self.day_names[d] for d in days if 0 <= d <= 6)

    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: dailylog.list_recurring(ws, actor), self._loaded, failed=self._failed
        )

    def _loaded(self, rows: list[dailylog.Recurring]) -> None:
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> dailylog.Recurring | None:
        return selected_row_of(self.table, dailylog.Recurring)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)
        self.apply_button.setEnabled(self.model.rowCount() > 0)

    # --- commands -------------------------------------------------------------------
    def value(self) -> dailylog.RecurringInput:
        return dailylog.RecurringInput(
            weekdays=tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            start=pytime(self.start.time()),
            end=pytime(self.end.time()),
            activity=self.activity.text(),
            rhk_id=self.rhk.rhk_id(self.rhk_by_text),
            quantity=self.quantity.text(),
            unit=self.unit.text(),
        )

    def add(self) -> None:
        problem = self.rhk.unknown_message(self.rhk_by_text)
        if problem:
            self._set_message(problem, error=True)
            self.rhk.setFocus()
            return
        data = self.value()
        ws, actor = self.ctx.ws, self.ctx.actor

        def added(row: dailylog.Recurring) -> None:
            self._set_message(
                self.tr("Entri berulang {s}-{e} ({d}) ditambahkan.").format(
                    s=hm(row.start), e=hm(row.end), d=self.weekday_text(row.weekdays)
                )
            )
            for field in (self.activity, self.quantity, self.unit):
                field.clear()
            self.activity.setFocus()
            self.load()

        self.run_task(
            lambda _p: dailylog.create_recurring(ws, actor, data), added, failed=self._failed
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def deleted(_value: Any) -> None:
            self._set_message(self.tr('Entri berulang "{a}" dihapus.').format(a=row.activity))
            self.load()

        self.run_task(
            lambda _p: dailylog.delete_recurring(ws, actor, row.id), deleted, failed=self._failed
        )

    def apply(self) -> None:
        ws, actor, day = self.ctx.ws, self.ctx.actor, self.day

        def done(made: list[dailylog.Entry]) -> None:
            self._set_message(
                self.tr("{n} entri berulang ditambahkan ke {d}.").format(
                    n=len(made), d=format_date(day, self.ctx.language, "medium")
                )
                if made
                else self.tr(
                    "Tidak ada entri yang ditambahkan: tidak ada entri berulang untuk hari "
                    "itu, atau semuanya sudah ada / bertumpang tindih."
                )
            )
            self.applied.emit(len(made))

        self.run_task(
            lambda _p: dailylog.apply_recurring(ws, actor, day), done, failed=self._failed
        )
