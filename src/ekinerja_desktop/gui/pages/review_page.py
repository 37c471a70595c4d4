"""Tinjau Log (atasan): the team's submitted daily-log entries, approve / return / bulk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.filter_proxy import nip_text
from ekinerja_desktop.gui.pages import Page, PageSpec, register
from ekinerja_desktop.gui.pages.skp_editor import ERROR_COLOR, NoteDialog, error_message, make_table
from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel
from ekinerja_desktop.services import dailylog


@dataclass(frozen=True)
class QueueRow:
    """One entry of the queue with its group (person, day) for display."""

    employee_id: str
    employee_name: str
    employee_nip: str
    day: date
    start: time
    end: time
    activity: str
    rhk_text: str
    output: str
    is_late: bool
    evidence: str
    entry_id: str
    first_of_group: bool


def _hm(value: time) -> str:
    return value.strftime("%H:%M")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def queue_rows(
    groups: list[dailylog.QueueGroup], files: str = "{n} berkas", link: str = "tautan"
) -> list[QueueRow]:
    rows: list[QueueRow] = []
    for group in groups:
        for i, e in enumerate(group.entries):
            rows.append(
                QueueRow(
                    employee_id=group.employee_id,
                    employee_name=group.employee_name,
                    employee_nip=group.employee_nip,
                    day=group.day,
                    start=e.start,
                    end=e.end,
                    activity=e.activity,
                    rhk_text=e.rhk_text,
                    output=f"{e.quantity} {e.unit}".strip(),
                    is_late=e.is_late,
                    evidence=" + ".join(
                        x
                        for x in (
                            files.format(n=e.evidence_count) if e.evidence_count else "",
                            link if e.link_url else "",
                        )
                        if x
                    ),
                    entry_id=e.id,
                    first_of_group=i == 0,
                )
            )
    return rows


class ReviewPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.groups: list[dailylog.QueueGroup] = []
        self.dialog: Any = None
        self.note_dialog_factory: Callable[..., Any] = NoteDialog
        self._stale = True

        self.person = QComboBox()
        self.person.setObjectName("personFilter")
        self.person.addItem(self.tr("Semua anggota tim"), None)
        self.rhk = QComboBox()
        self.rhk.setObjectName("rhkFilter")
        self.rhk.addItem(self.tr("Semua RHK"), None)
        self.rhk.setMinimumContentsLength(30)
        self.use_dates = QCheckBox(self.tr("Tanggal"))
        self.use_dates.setObjectName("useDates")
        today = today_wita()
        self.date_from = QDateEdit(_qdate(today - timedelta(days=30)))
        self.date_from.setObjectName("dateFrom")
        self.date_from.setCalendarPopup(True)
        self.date_to = QDateEdit(_qdate(today))
        self.date_to.setObjectName("dateTo")
        self.date_to.setCalendarPopup(True)
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.apply_button.setObjectName("applyFilter")
        filters = QHBoxLayout()
        filters.addWidget(self.person, 2)
        filters.addWidget(self.rhk, 3)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("s.d.")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.apply_button)

        self.summary = QLabel("")
        self.summary.setObjectName("queueSummary")
        late = self.tr("terlambat")
        lang = ctx.language
        self.model = RowTableModel(
            [
                Column("employee_name", self.tr("Nama")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column("day", self.tr("Tanggal"), fmt=lambda d: format_date(d, lang, "medium")),
                Column("start", self.tr("Mulai"), fmt=_hm),
                Column("end", self.tr("Selesai"), fmt=_hm),
                Column("activity", self.tr("Kegiatan")),
                Column("rhk_text", self.tr("RHK")),
                Column("output", self.tr("Keluaran")),
                Column("is_late", self.tr("Tepat waktu"), fmt=lambda v: late if v else ""),
                Column("evidence", self.tr("Bukti")),
            ],
            parent=self,
        )
        self.table = make_table("queueTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column, width in enumerate((180, 150, 110, 50, 50, 280, 200, 80, 80)):
            self.table.setColumnWidth(column, width)

        self.approve_button = QPushButton(self.tr("Setujui terpilih"))
        self.approve_button.setObjectName("approveSelected")
        self.approve_all_button = QPushButton(self.tr("Setujui semua yang tampil"))
        self.approve_all_button.setObjectName("approveAll")
        self.return_button = QPushButton(self.tr("Kembalikan terpilih..."))
        self.return_button.setObjectName("returnSelected")
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.approve_all_button)
        actions.addWidget(self.return_button)
        self.message = QLabel("")
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.apply_button.clicked.connect(self.load)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.approve_button.clicked.connect(self.approve_selected)
        self.approve_all_button.clicked.connect(self.approve_all)
        self.return_button.clicked.connect(self.ask_return)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        if self._stale:
            self.load()

    def on_changes(self, changes: set[str]) -> None:
        if changes & {"dailylog", "mapping"}:
            self._stale = True
            if self.isVisible():
                self.load()

    def current_filter(self) -> dailylog.QueueFilter:
        use_dates = self.use_dates.isChecked()
        return dailylog.QueueFilter(
            employee_id=self.person.currentData(),
            start=_pydate(self.date_from.date()) if use_dates else None,
            end=_pydate(self.date_to.date()) if use_dates else None,
            rhk_id=self.rhk.currentData(),
        )

    def load(self) -> None:
        self._stale = False
        ws, actor, flt = self.ctx.ws, self.ctx.actor, self.current_filter()
        self.ctx.runner.run(
            lambda _p: dailylog.review_queue(ws, actor, flt),
            on_success=self._loaded,
            on_failure=self._failed,
            parent=self,
        )

    def _loaded(self, groups: list[dailylog.QueueGroup]) -> None:
        self.groups = groups
        self._fill_filters(groups)
        rows = queue_rows(groups, self.tr("{n} berkas"), self.tr("tautan"))
        self.model.set_rows(rows)
        people = len({g.employee_id for g in groups})
        self.summary.setText(
            self.tr("{n} entri dari {p} pegawai ({g} hari) menunggu tinjauan Anda.").format(
                n=len(rows), p=people, g=len(groups)
            )
            if rows
            else self.tr("Tidak ada entri log harian yang menunggu tinjauan Anda.")
        )
        self._update_buttons()

    def _fill_filters(self, groups: list[dailylog.QueueGroup]) -> None:
        """Offer the people and RHK present in an unfiltered queue (keep the choice)."""
        flt = self.current_filter()
        if flt.employee_id is None and self.person.count() == 1:
            seen: dict[str, str] = {}
            for g in groups:
                seen.setdefault(g.employee_id, g.employee_name)
            for emp_id, name in sorted(seen.items(), key=lambda kv: kv[1].casefold()):
                self.person.addItem(name, emp_id)
        if flt.rhk_id is None and self.rhk.count() == 1:
            rhk: dict[str, str] = {}
            for g in groups:
                for e in g.entries:
                    if e.rhk_id:
                        rhk.setdefault(e.rhk_id, e.rhk_text)
            for rhk_id, text in sorted(rhk.items(), key=lambda kv: kv[1].casefold()):
                self.rhk.addItem(text[:80], rhk_id)

    def _failed(self, error: BaseException) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.setText(error_message(error))
        self.message.show()

    def _set_message(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected_ids(self) -> list[str]:
        return [i.data(ROW_ROLE).entry_id for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.approve_button.setEnabled(selected)
        self.return_button.setEnabled(selected)
        self.approve_all_button.setEnabled(self.model.rowCount() > 0)

    # --- commands -------------------------------------------------------------------
    def _done(self, template: str) -> Callable[[int], None]:
        def done(n: int) -> None:
            self._set_message(template.format(n=n))
            self.ctx.changed({"dailylog"})
            self.load()

        return done

    def approve_selected(self) -> None:
        self._approve(self.selected_ids())

    def approve_all(self) -> None:
        self._approve([r.entry_id for r in self.model.rows])

    def _approve(self, ids: list[str]) -> None:
        if not ids:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.ctx.runner.run(
            lambda _p: dailylog.approve(ws, actor, ids),
            on_success=self._done(self.tr("{n} entri disetujui.")),
            on_failure=self._failed,
            parent=self,
        )

    def ask_return(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = self.note_dialog_factory(
            self.tr("Kembalikan entri log harian"),
            self.tr(
                "{n} entri akan dikembalikan untuk diperbaiki. Tuliskan catatan yang jelas: "
                "apa yang perlu diubah."
            ).format(n=len(ids)),
            self.tr("mis. lampirkan bukti dukung; uraian terlalu umum"),
            self,
        )
        dialog.submitted.connect(lambda note: self.return_selected(ids, note))
        self.dialog = dialog
        dialog.open()

    def return_selected(self, ids: list[str], note: str) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.ctx.runner.run(
            lambda _p: dailylog.return_entries(ws, actor, ids, note),
            on_success=self._done(self.tr("{n} entri dikembalikan dengan catatan.")),
            on_failure=self._failed,
            parent=self,
        )


register(
    PageSpec(
        key="dailylog_review",
        context="Navigation",
        title=str(QT_TRANSLATE_NOOP("Navigation", "Tinjau Log")),
        order=140,
        factory=ReviewPage,
        roles=frozenset({Role.ATASAN}),
    )
)
