"""Log Harian (pegawai): month calendar, day view, keyboard-first quick entry, evidence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTime, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date, format_hours
from ekinerja_desktop.domain.skp import LogStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import ask_yes_no
from ekinerja_desktop.gui.layout import (
    buttons_row,
    hbox,
    label,
    line_edit,
    panel,
    splitter,
    time_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import EMPLOYEES, Page, navigation_page
from ekinerja_desktop.gui.pages.dailylog_recurring import (
    MessageLine,
    RecurringDialog,
    hm,
    pytime,
    rhk_field,
)
from ekinerja_desktop.gui.table_model import Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    make_table,
    push_buttons,
    selected_row_of,
    to_date,
    to_qdate,
)
from ekinerja_desktop.services import dailylog, evidence

HOLIDAY_COLOR = "#b00020"
MISSING_BACKGROUND = "#ffe0b2"
DONE_BACKGROUND = "#d4edda"
OPEN_BACKGROUND = "#dbe9ff"


# Columns that share the width left over by the short ones; their texts are elided, and
# the whole text is the cell's tooltip.
STRETCHED_COLUMNS = ("activity", "rhk_text", "review_note")


class EntriesModel(RowTableModel):
    """The day's entries; returned entries are tinted and show the supervisor's note."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            entry: dailylog.Entry = self.row_at(index.row())
            if entry.status == LogStatus.REVISI.value:
                return QBrush(QColor("#f8d7da"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return text or None
        return super().data(index, role)


@navigation_page("dailylog", QT_TRANSLATE_NOOP("Navigation", "Log Harian"), 130, EMPLOYEES)
class DailyLogPage(MessageLine, Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.setAcceptDrops(True)
        self.day: date = today_wita()
        self.view: dailylog.DayView | None = None
        self.editing_id: str | None = None
        self.rhk_by_text: dict[str, str] = {}
        self._rhk_year = 0
        self._marked: list[QDate] = []
        self._entry_error = False  # the message shown is about the entry being typed

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("logCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setMaximumDate(to_qdate(today_wita()))
        self.calendar.setSelectedDate(to_qdate(self.day))
        legend = label(
            text=self.tr(
                "<span style='background:{m}'>&nbsp;belum diisi&nbsp;</span> "
                "<span style='background:{o}'>&nbsp;ada entri&nbsp;</span> "
                "<span style='background:{d}'>&nbsp;semua disetujui&nbsp;</span> "
                "<span style='color:{h}'>merah = libur</span>"
            ).format(m=MISSING_BACKGROUND, o=OPEN_BACKGROUND, d=DONE_BACKGROUND, h=HOLIDAY_COLOR)
        )
        self.month_summary = label("monthSummary")
        left = panel(self.calendar, legend, self.month_summary, 1)

        self.header = label("dayHeader")
        late = self.tr("terlambat")
        self.model = EntriesModel(
            [
                Column("start", self.tr("Mulai"), fmt=hm),
                Column("end", self.tr("Selesai"), fmt=hm),
                Column("activity", self.tr("Kegiatan")),
                Column("rhk_text", self.tr("RHK")),
                Column("quantity", self.tr("Jumlah"), "right"),
                Column("unit", self.tr("Satuan")),
                Column("status", self.tr("Status")),
                Column("is_late", self.tr("Tepat waktu"), fmt=lambda v: late if v else ""),
                Column("evidence_count", self.tr("Bukti"), "right", fmt=lambda n: str(n or "")),
                Column("review_note", self.tr("Catatan atasan")),
            ],
            parent=self,
        )
        self.table = make_table("entriesTable", self.model)
        # Short columns keep their width; activity, RHK and the supervisor's note share
        # the rest, so Status and Catatan atasan are seen without scrolling sideways.
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        widths = {"start": 48, "end": 48, "quantity": 52, "unit": 70, "status": 72}
        widths |= {"is_late": 80, "evidence_count": 44}
        for column, spec in enumerate(self.model.columns):
            if spec.key in STRETCHED_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(column, widths.get(spec.key, 60))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        # Quick entry row: Tab moves between fields, Enter saves and starts the next one.
        self.start = time_edit("entryStart")
        self.end = time_edit("entryEnd")
        self.activity = line_edit("entryActivity", self.tr("Uraian kegiatan"))
        self.rhk, self.rhk_list = rhk_field(self, "entryRhk")
        self.rhk.setPlaceholderText(self.tr("RHK (ketik untuk mencari)"))
        self.rhk.setToolTip(
            self.tr("Ketik sebagian teks RHK; Enter memilih saran lalu pindah ke Jumlah.")
        )
        self.quantity = line_edit("entryQuantity", self.tr("Jumlah"))
        self.unit = line_edit("entryUnit", self.tr("Satuan"))
        self.save_button, self.new_button = push_buttons(
            (self.tr("Simpan (Enter)"), "saveEntry", self.save_entry),
            (self.tr("Baru"), "newEntry", lambda: self.start_new(focus=True)),
        )
        # Two lines, so that the activity text and the RHK each get a readable width
        # beside the calendar on a laptop screen: times + activity, then RHK + output.
        metrics = self.fontMetrics()
        self.quantity.setMaximumWidth(metrics.horizontalAdvance("Jumlah 9999") + 16)
        self.unit.setMaximumWidth(metrics.horizontalAdvance("Satuan kegiatan") + 16)
        entry_row = vbox(
            hbox(self.start, self.end, (self.activity, 1)),
            hbox((self.rhk, 1), self.quantity, self.unit, self.save_button, self.new_button),
        )
        entry_row.setSpacing(4)

        self.copy_button, self.recurring_button = push_buttons(
            (self.tr("Salin hari sebelumnya"), "copyPrevious", self.copy_previous),
            (self.tr("Entri berulang"), "recurringMenu", None),
        )
        recurring_menu = QMenu(self.recurring_button)
        self.apply_recurring_action = recurring_menu.addAction(
            self.tr("Terapkan entri berulang untuk hari ini")
        )
        self.manage_recurring_action = recurring_menu.addAction(self.tr("Kelola entri berulang..."))
        self.recurring_button.setMenu(recurring_menu)
        self.recurring_dialog_factory: Any = RecurringDialog
        self.recurring_dialog: Any = None
        self.delete_button, self.attach_button, self.open_button = push_buttons(
            (self.tr("Hapus entri"), "deleteEntry", self.delete_entry),
            (self.tr("Lampirkan berkas..."), "attachEvidence", self.choose_files),
            (self.tr("Buka bukti"), "openEvidence", self.open_evidence),
        )
        # Replaced in tests: the question before opening several files or one whose real
        # type is not on the allow list, and the hand-over to the desktop's viewer.
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.withdraw_button, self.submit_day_button, self.submit_week_button = push_buttons(
            (
                self.tr("Tarik kembali"),
                "withdraw",
                self.withdraw,
                self.tr(
                    "Menarik entri yang sudah diajukan tetapi belum ditinjau atasan kembali "
                    "menjadi draf (entri terpilih, atau semua entri hari ini)."
                ),
            ),
            (self.tr("Ajukan hari"), "submitDay", lambda: self.submit(week=False)),
            (self.tr("Ajukan minggu"), "submitWeek", lambda: self.submit(week=True)),
        )
        actions = buttons_row(
            self.copy_button,
            self.recurring_button,
            self.delete_button,
            self.attach_button,
            self.open_button,
        )
        # Submission on its own row, so the page fits a 1366-pixel laptop screen.
        submission = hbox(1, self.withdraw_button, self.submit_day_button, self.submit_week_button)

        self.message = MessageLabel("logMessage")
        hint = label(
            text=self.tr(
                "Tekan Enter untuk menyimpan entri dan mulai entri berikutnya. Pilih entri "
                "untuk mengubahnya; seret berkas ke halaman ini untuk melampirkannya."
            ),
            style="color:#555;",
        )

        right = panel(
            self.header,
            (self.table, 1),
            entry_row,
            hint,
            actions,
            submission,
            self.message,
        )
        body = splitter(Qt.Orientation.Horizontal, left, right, stretch=(0, 3), sizes=[300, 900])
        vbox(body, parent=self)

        self.rhk.picked.connect(lambda _text: self._focus_quantity())
        # A fixed problem's message goes away as soon as the user changes the entry.
        for field in (self.activity, self.rhk, self.quantity, self.unit):
            field.textEdited.connect(lambda _text: self._clear_entry_error())
        for edit in (self.start, self.end):
            edit.timeChanged.connect(lambda _time: self._clear_entry_error())
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.load_month())
        for field in (self.activity, self.rhk, self.quantity, self.unit):
            field.returnPressed.connect(self.save_entry)
        for edit in (self.start, self.end):
            inner = edit.findChild(QLineEdit)
            if inner is not None:
                inner.returnPressed.connect(self.save_entry)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._entry_selected())
        self.apply_recurring_action.triggered.connect(self.apply_recurring)
        self.manage_recurring_action.triggered.connect(self.open_recurring)
        self.start_new()
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        self.load_day()
        self.load_month()

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"dailylog", "skp"} and self.isVisible():
            self.refresh()

    def load_day(self) -> None:
        ws, actor, day = self.ctx.ws, self.ctx.actor, self.day
        need_rhk = self._rhk_year != day.year

        def work(_p: Any) -> tuple[dailylog.DayView, list[dailylog.RhkOption] | None]:
            view = dailylog.list_day(ws, actor, day)
            options = dailylog.rhk_options(ws, actor, day.year) if need_rhk else None
            return view, options

        self.run_task(work, self._day_loaded, failed=self._failed)

    def _day_loaded(self, value: tuple[dailylog.DayView, list[dailylog.RhkOption] | None]) -> None:
        view, options = value
        if options is not None:
            self._rhk_year = view.day.year
            self.rhk_by_text = {o.text: o.id for o in options}
            self.rhk_list.setStringList(list(self.rhk_by_text))
        self.view = view
        self.model.set_rows(view.entries)
        kind = (
            ""
            if view.is_working_day
            else self.tr(" · bukan hari kerja ({name})").format(name=view.day_name or view.day_kind)
        )
        self.header.setText(
            self.tr("<b>{day}</b>{kind} · {n} entri, {h} jam · batas pengajuan {deadline}").format(
                day=format_date(view.day, self.ctx.language, "full"),
                kind=kind,
                n=len(view.entries),
                h=format_hours(view.minutes, self.ctx.language),
                deadline=format_date(view.deadline, self.ctx.language),
            )
        )
        returned = [e for e in view.entries if e.status == LogStatus.REVISI.value]
        if returned:
            self._set_message(
                self.tr("{n} entri dikembalikan atasan: {note}").format(
                    n=len(returned), note=returned[0].review_note
                ),
                error=True,
            )
        if not self.rhk_by_text and view.day.year == today_wita().year:
            self.rhk.setPlaceholderText(self.tr("SKP belum disetujui: RHK belum tersedia"))
        self._update_buttons()

    def load_month(self) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.run_task(
            lambda _p: dailylog.month_calendar(ws, actor, year, month),
            self._month_loaded,
            failed=self._failed,
        )

    def _month_loaded(self, cells: list[dailylog.CalendarCell]) -> None:
        for qd in self._marked:
            self.calendar.setDateTextFormat(qd, QTextCharFormat())
        self._marked = []
        missing = sum(1 for c in cells if c.missing)
        for cell in cells:
            fmt = QTextCharFormat()
            if not cell.is_working_day:
                fmt.setForeground(QBrush(QColor(HOLIDAY_COLOR)))
                fmt.setToolTip(cell.name)
            if cell.entry_count:
                approved = dict(cell.statuses).get(LogStatus.DISETUJUI.value, 0)
                color = DONE_BACKGROUND if approved == cell.entry_count else OPEN_BACKGROUND
                fmt.setBackground(QBrush(QColor(color)))
                fmt.setToolTip(
                    self.tr("{n} entri, {h} jam").format(
                        n=cell.entry_count, h=format_hours(cell.minutes, self.ctx.language)
                    )
                )
            elif cell.missing:
                fmt.setBackground(QBrush(QColor(MISSING_BACKGROUND)))
                fmt.setToolTip(self.tr("Hari kerja tanpa entri"))
            qd = to_qdate(cell.day)
            self.calendar.setDateTextFormat(qd, fmt)
            self._marked.append(qd)
        working = sum(1 for c in cells if c.is_working_day)
        self.month_summary.setText(
            self.tr("{w} hari kerja; {m} hari kerja belum diisi.").format(w=working, m=missing)
        )

    def _day_changed(self) -> None:
        self.day = to_date(self.calendar.selectedDate())
        self.start_new()
        self._set_message("")
        self.load_day()

    # --- entry editing --------------------------------------------------------------
    def _focus_quantity(self) -> None:
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _set_message(self, text: str, *, error: bool = False) -> None:
        super()._set_message(text, error=error)
        self._entry_error = False

    def _entry_failed(self, error: BaseException) -> None:
        self._failed(error)
        self._entry_error = True

    def _clear_entry_error(self) -> None:
        if self._entry_error:
            self._entry_error = False
            self._set_message("")

    def selected_entry(self) -> dailylog.Entry | None:
        return selected_row_of(self.table, dailylog.Entry)

    def start_new(self, *, focus: bool = False) -> None:
        """Clear the quick entry row; the next entry starts where the last one ended."""
        self.editing_id = None
        self.table.clearSelection()
        last = max((e.end for e in self.view.entries), default=None) if self.view else None
        start = last or time(7, 30)
        self.start.setTime(QTime(start.hour, start.minute))
        end_minutes = min(start.hour * 60 + start.minute + 60, 23 * 60 + 59)
        self.end.setTime(QTime(end_minutes // 60, end_minutes % 60))
        for field in (self.activity, self.quantity, self.unit):
            field.clear()
        self.save_button.setText(self.tr("Simpan (Enter)"))
        if focus:
            self.activity.setFocus()

    def _entry_selected(self) -> None:
        entry = self.selected_entry()
        self._update_buttons()
        if entry is None:
            return
        self.editing_id = entry.id if entry.editable else None
        self.start.setTime(QTime(entry.start.hour, entry.start.minute))
        self.end.setTime(QTime(entry.end.hour, entry.end.minute))
        self.activity.setText(entry.activity)
        self.rhk.setText(entry.rhk_text)
        self.quantity.setText(entry.quantity)
        self.unit.setText(entry.unit)
        self.save_button.setText(
            self.tr("Simpan perubahan") if entry.editable else self.tr("Simpan sebagai baru")
        )
        if entry.review_note:
            self._set_message(
                self.tr("Catatan atasan: {note}").format(note=entry.review_note),
                error=entry.status == LogStatus.REVISI.value,
            )

    def entry_input(self) -> dailylog.EntryInput:
        return dailylog.EntryInput(
            day=self.day,
            start=pytime(self.start.time()),
            end=pytime(self.end.time()),
            activity=self.activity.text(),
            rhk_id=self.rhk.rhk_id(self.rhk_by_text),
            quantity=self.quantity.text(),
            unit=self.unit.text(),
            id=self.editing_id,
        )

    def save_entry(self) -> None:
        problem = self.rhk.unknown_message(self.rhk_by_text)
        if problem:
            self._set_message(problem, error=True)
            self._entry_error = True
            self.rhk.setFocus()
            return
        data = self.entry_input()
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: dailylog.save_entry(ws, actor, data), self._saved, failed=self._entry_failed
        )

    def _saved(self, entry: dailylog.Entry) -> None:
        flag = self.tr(" (bukan hari kerja)") if entry.non_working_day else ""
        self._set_message(
            self.tr("Entri {s}-{e} disimpan{flag}.").format(
                s=hm(entry.start), e=hm(entry.end), flag=flag
            )
        )
        rows = [e for e in self.model.rows if e.id != entry.id] + [entry]
        rows.sort(key=lambda e: (e.start, e.end, e.id))
        self.model.set_rows(rows)
        if self.view is not None:
            self.view = dailylog.DayView(
                self.view.employee_id,
                self.view.day,
                self.view.day_kind,
                self.view.day_name,
                self.view.is_working_day,
                self.view.deadline,
                tuple(rows),
            )
        self.start_new(focus=True)
        self.ctx.changed({"dailylog"})
        self.load_month()

    def _after(self, message: str) -> Any:
        def done(_value: Any) -> None:
            self._set_message(message)
            self.ctx.changed({"dailylog"})
            self.start_new()
            self.refresh()

        return done

    def _run(self, fn: Any, message: str) -> None:
        self.run_task(lambda _p: fn(), self._after(message), failed=self._failed)

    def copy_previous(self) -> None:
        self._add_entries(
            dailylog.copy_previous_day, self.tr("{n} entri disalin dari hari sebelumnya.")
        )

    def apply_recurring(self) -> None:
        self._add_entries(dailylog.apply_recurring, self.tr("{n} entri berulang ditambahkan."))

    def _add_entries(self, add: Callable[[Any, Any, date], list[Any]], done: str) -> None:
        """Entries made by ``add(ws, actor, day)`` for the day shown; ``done`` with ``{n}``."""
        ws, actor, day = self.ctx.ws, self.ctx.actor, self.day
        self.run_task(
            lambda _p: add(ws, actor, day),
            lambda made: self._after(done.format(n=len(made)))(made),
            failed=self._failed,
        )

    def open_recurring(self) -> None:
        dialog = self.recurring_dialog_factory(self.ctx, self.day, self.rhk_by_text, self)
        dialog.applied.connect(lambda _n: self._after("")(None))
        self.recurring_dialog = dialog
        dialog.open()
        dialog.load()

    def withdraw(self) -> None:
        """Withdraw the selected submitted entry, or else all submitted entries of the day."""
        entry = self.selected_entry()
        ws, actor, day = self.ctx.ws, self.ctx.actor, self.day
        if entry is not None and entry.status == LogStatus.DIAJUKAN.value:
            self._run(
                lambda: dailylog.withdraw(ws, actor, entry.id),
                self.tr("Entri {s}-{e} ditarik kembali menjadi draf.").format(
                    s=hm(entry.start), e=hm(entry.end)
                ),
            )
            return
        self.run_task(
            lambda _p: dailylog.withdraw_day(ws, actor, day),
            lambda n: self._after(self.tr("{n} entri ditarik kembali menjadi draf.").format(n=n))(
                n
            ),
            failed=self._failed,
        )

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self._run(lambda: dailylog.delete_entry(ws, actor, entry.id), self.tr("Entri dihapus."))

    def submit(self, *, week: bool) -> None:
        ws, actor, day = self.ctx.ws, self.ctx.actor, self.day
        fn = dailylog.submit_week if week else dailylog.submit_day

        def shown(result: dailylog.SubmitResult) -> None:
            late = (
                self.tr(" {n} di antaranya melewati batas pengajuan (ditandai terlambat).").format(
                    n=result.late
                )
                if result.late
                else ""
            )
            self._after(self.tr("{n} entri diajukan ke atasan.").format(n=result.submitted) + late)(
                result
            )

        self.run_task(lambda _p: fn(ws, actor, day), shown, failed=self._failed)

    # --- evidence -------------------------------------------------------------------
    def choose_files(self) -> None:
        if self.selected_entry() is None:
            self._set_message(self.tr("Pilih entri yang akan diberi bukti dukung."), error=True)
            return
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Pilih bukti dukung"))
        if files:
            self.attach_files([Path(f) for f in files])

    def attach_files(self, files: list[Path]) -> None:
        entry = self.selected_entry()
        if entry is None:
            self._set_message(
                self.tr("Pilih dulu entri yang akan diberi bukti dukung, lalu seret berkasnya."),
                error=True,
            )
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(_p: Any) -> int:
            for path in files:
                evidence.attach_file(ws, actor, entry.id, path)
            return len(files)

        self.run_task(
            work,
            lambda n: self._after(self.tr("{n} berkas bukti dukung dilampirkan.").format(n=n))(n),
            failed=self._failed,
        )

    def open_evidence(self) -> None:
        """Open the entry's evidence: several files only after a question, and a file
        whose content is not an allow-listed document or image only after a warning
        that names its real type (the service decides from the content)."""
        entry = self.selected_entry()
        if entry is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(_p: Any) -> list[tuple[str, Path | evidence.UnsafeEvidenceError]]:
            out: list[tuple[str, Path | evidence.UnsafeEvidenceError]] = []
            for item in evidence.list_evidence(ws, actor, entry.id):
                try:
                    out.append((item.id, evidence.evidence_path(ws, actor, item.id)))
                except evidence.UnsafeEvidenceError as unsafe:
                    out.append((item.id, unsafe))
            return out

        def opened(found: list[tuple[str, Path | evidence.UnsafeEvidenceError]]) -> None:
            if not found and not entry.link_url:
                self._set_message(self.tr("Entri ini belum memiliki bukti dukung."), error=True)
                return
            count = len(found) + (1 if entry.link_url else 0)
            if count > 1 and not self.confirm(
                self,
                self.tr("Buka bukti dukung"),
                self.tr("Entri ini memiliki {n} bukti dukung. Buka semuanya sekarang?").format(
                    n=count
                ),
            ):
                return
            if entry.link_url:
                self.open_url(QUrl(entry.link_url))
            for evidence_id, result in found:
                if isinstance(result, Path):
                    self.open_url(QUrl.fromLocalFile(str(result)))
                elif self.confirm(
                    self,
                    self.tr("Jenis berkas berbahaya"),
                    self.tr(
                        "{m}\n\nBerkas ini bukan dokumen atau gambar biasa dan dapat "
                        "menjalankan perintah di komputer ini. Tetap buka?"
                    ).format(m=result.message),
                ):
                    self._open_confirmed(evidence_id)

        self.run_task(work, opened, failed=self._failed)

    def _open_local(self, path: Path) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))

    def _open_confirmed(self, evidence_id: str) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: evidence.evidence_path(ws, actor, evidence_id, confirmed=True),
            self._open_local,
            failed=self._failed,
        )

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.attach_files(files)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        editable = entry is not None and entry.editable
        self.delete_button.setEnabled(editable)
        self.attach_button.setEnabled(editable)
        self.open_button.setEnabled(
            entry is not None and (entry.evidence_count > 0 or bool(entry.link_url))
        )
        has_open = any(e.editable for e in self.model.rows)
        self.submit_day_button.setEnabled(has_open)
        waiting = [e for e in self.model.rows if e.status == LogStatus.DIAJUKAN.value]
        self.withdraw_button.setEnabled(bool(waiting))
        self.withdraw_button.setText(
            self.tr("Tarik kembali entri")
            if entry is not None and entry.status == LogStatus.DIAJUKAN.value
            else self.tr("Tarik kembali hari")
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
