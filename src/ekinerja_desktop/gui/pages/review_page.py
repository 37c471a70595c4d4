"""Tinjau Log (atasan): the team's submitted daily-log entries by person and day, live
search, pages of people; approve / return / bulk (confirmed)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import ask_yes_no
from ekinerja_desktop.gui.filter_proxy import nip_text
from ekinerja_desktop.gui.layout import combo_box, date_range, hbox, label, search_edit, vbox
from ekinerja_desktop.gui.pages import ATASAN, ReloadingPage, navigation_page
from ekinerja_desktop.gui.pages.review_tree import IDS_ROLE, Node, QueueTreeModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    NoteDialog,
    push_button,
    push_buttons,
    to_date,
    to_qdate,
)
from ekinerja_desktop.services import dailylog


def _hm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


@dataclass(frozen=True)
class PersonBlock:
    """One team member's waiting entries, newest day first."""

    employee_id: str
    employee_name: str
    employee_nip: str
    days: tuple[dailylog.QueueGroup, ...]

    @property
    def entry_count(self) -> int:
        return sum(len(d.entries) for d in self.days)


def person_blocks(groups: list[dailylog.QueueGroup], text: str = "") -> list[PersonBlock]:
    """Group the queue by person (by name) and day (newest first), keeping only what
    matches ``text``: a person's name or NIP keeps all their entries; otherwise the
    entries whose activity, RHK or output contains it."""
    needle = text.strip().casefold()
    digits = needle.replace(" ", "")
    people: dict[str, list[dailylog.QueueGroup]] = {}
    for group in groups:
        people.setdefault(group.employee_id, []).append(group)
    blocks: list[PersonBlock] = []
    for days in people.values():
        first = days[0]
        person_hit = not needle or needle in first.employee_name.casefold()
        person_hit = person_hit or bool(digits.isdigit() and digits in first.employee_nip)
        kept: list[dailylog.QueueGroup] = []
        for group in sorted(days, key=lambda g: g.day, reverse=True):
            entries = tuple(
                sorted(
                    (
                        e
                        for e in group.entries
                        if person_hit
                        or needle in e.activity.casefold()
                        or needle in (e.rhk_text or "").casefold()
                        or needle in f"{e.quantity} {e.unit}".casefold()
                    ),
                    key=lambda e: (e.start, e.end),
                )
            )
            if entries:
                kept.append(dataclasses.replace(group, entries=entries))
        if kept:
            blocks.append(
                PersonBlock(first.employee_id, first.employee_name, first.employee_nip, tuple(kept))
            )
    blocks.sort(key=lambda b: b.employee_name.casefold())
    return blocks


PAGE_SIZE = 15  # people per page


@navigation_page("dailylog_review", QT_TRANSLATE_NOOP("Navigation", "Tinjau Log"), 140, ATASAN)
class ReviewPage(ReloadingPage):
    watched = frozenset({"dailylog", "mapping"})

    """The queue as a tree: person -> day (newest first) -> entries, a live search,
    pages of people for large teams, and confirmation before approving in bulk."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.groups: list[dailylog.QueueGroup] = []
        self.next_after: tuple[str, date] | None = None  # more of the queue to load
        self.queue_rows = dailylog.REVIEW_PAGE_ROWS  # entries per load
        self.blocks: list[PersonBlock] = []  # after the live search, all pages
        self.page_index = 0
        self.page_size = PAGE_SIZE
        self.note_dialog_factory: Callable[..., Any] = NoteDialog
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self._owner: dict[str, str] = {}  # entry id -> employee id

        self.person = combo_box("personFilter", [(self.tr("Semua anggota tim"), None)])
        self.rhk = combo_box("rhkFilter", [(self.tr("Semua RHK"), None)])
        self.rhk.setMinimumContentsLength(30)
        self.use_dates, self.date_from, self.date_to = date_range(
            ("useDates", "dateFrom", "dateTo"), self.tr("Tanggal"), to_qdate(today_wita())
        )
        self.apply_button = push_button(self.tr("Terapkan"), "applyFilter", clicked=self.load)
        filters = hbox(
            (self.person, 2),
            (self.rhk, 3),
            self.use_dates,
            self.date_from,
            QLabel(self.tr("s.d.")),
            self.date_to,
            self.apply_button,
        )

        self.search = search_edit("reviewSearch", self.tr("Cari nama, NIP, kegiatan atau RHK..."))
        self.prev_button, self.next_button = push_buttons(
            (self.tr("< Sebelumnya"), "prevPage", lambda: self.go_to_page(self.page_index - 1)),
            (self.tr("Berikutnya >"), "nextPage", lambda: self.go_to_page(self.page_index + 1)),
        )
        self.page_label = label("pageLabel", wrap=False)
        # The queue arrives a page of entries at a time (a big team has thousands).
        self.more_button = push_button(self.tr("Muat lagi"), "loadMore", clicked=self.load_more)
        self.more_button.setVisible(False)
        browse = hbox(
            (self.search, 1), self.prev_button, self.page_label, self.next_button, self.more_button
        )

        self.summary = label("queueSummary")
        self.model = QueueTreeModel(
            [
                self.tr("Pegawai / tanggal / jam"),
                self.tr("Kegiatan"),
                self.tr("RHK"),
                self.tr("Keluaran"),
                self.tr("Tepat waktu"),
                self.tr("Bukti"),
            ],
            self,
        )
        self.tree = QTreeView()
        self.tree.setObjectName("queueTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        # The scroll bar stays: a reload empties the tree for a moment, and a scroll bar
        # that hid and came back changed the width, resized the stretched column and
        # painted the whole tree a second time (25 ms at a 180-person team).
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((250, 0, 220, 90, 80, 80)):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.approve_button, self.approve_all_button, self.return_button = push_buttons(
            (self.tr("Setujui terpilih"), "approveSelected", self.approve_selected),
            (self.tr("Setujui semua yang tampil"), "approveAll", self.approve_all),
            (self.tr("Kembalikan terpilih..."), "returnSelected", self.ask_return),
        )
        actions = hbox(
            (self.summary, 1), self.approve_button, self.approve_all_button, self.return_button
        )
        hint = label(
            text=self.tr(
                "Pilih baris pegawai atau tanggal untuk memilih semua entrinya; Ctrl/Shift "
                "untuk memilih beberapa."
            ),
            style="color:#555;",
        )
        self.message = MessageLabel("reviewMessage")

        vbox(filters, browse, actions, (self.tree, 1), hint, self.message, parent=self)

        self.search.textChanged.connect(lambda _t: self._show(reset_page=True))
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def current_filter(self) -> dailylog.QueueFilter:
        use_dates = self.use_dates.isChecked()
        return dailylog.QueueFilter(
            employee_id=self.person.currentData(),
            start=to_date(self.date_from.date()) if use_dates else None,
            end=to_date(self.date_to.date()) if use_dates else None,
            rhk_id=self.rhk.currentData(),
        )

    def load(self) -> None:
        self.stale = False
        ws, actor, flt, rows = self.ctx.ws, self.ctx.actor, self.current_filter(), self.queue_rows
        self.run_task(
            lambda _p: dailylog.review_queue_page(ws, actor, flt, limit=rows),
            self._loaded,
            failed=self.message.show_error,
        )

    def load_more(self) -> None:
        """The next page of the queue, added to what is shown."""
        after = self.next_after
        if after is None:
            return
        self.more_button.setEnabled(False)
        ws, actor, flt, rows = self.ctx.ws, self.ctx.actor, self.current_filter(), self.queue_rows
        self.run_task(
            lambda _p: dailylog.review_queue_page(ws, actor, flt, after=after, limit=rows),
            self._more_loaded,
            failed=self.message.show_error,
        )

    def _loaded(self, page: dailylog.QueuePage) -> None:
        self.groups = list(page.groups)
        self._take(page, reset_page=False)

    def _more_loaded(self, page: dailylog.QueuePage) -> None:
        self.groups = sorted(
            [*self.groups, *page.groups],
            key=lambda g: (g.day, g.employee_name.casefold(), g.employee_id),
        )
        self._take(page, reset_page=False)

    def _take(self, page: dailylog.QueuePage, *, reset_page: bool) -> None:
        self.next_after = page.next_after
        self.more_button.setVisible(page.next_after is not None)
        self.more_button.setEnabled(True)
        self._owner = {e.id: g.employee_id for g in self.groups for e in g.entries}
        self._fill_filters(self.groups)
        self._show(reset_page=reset_page)

    def _fill_filters(self, groups: list[dailylog.QueueGroup]) -> None:
        """Offer the people and RHK present in an unfiltered queue (keep the choice); the
        people and RHK of pages loaded later are added."""
        flt = self.current_filter()
        if flt.employee_id is None:
            seen: dict[str, str] = {}
            for g in groups:
                seen.setdefault(g.employee_id, g.employee_name)
            for emp_id, name in sorted(seen.items(), key=lambda kv: kv[1].casefold()):
                if self.person.findData(emp_id) < 0:
                    self.person.addItem(name, emp_id)
        if flt.rhk_id is None:
            rhk: dict[str, str] = {}
            for g in groups:
                for e in g.entries:
                    if e.rhk_id:
                        rhk.setdefault(e.rhk_id, e.rhk_text)
            for rhk_id, text in sorted(rhk.items(), key=lambda kv: kv[1].casefold()):
                if self.rhk.findData(rhk_id) < 0:
                    self.rhk.addItem(text[:80], rhk_id)

    # --- the tree -------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.blocks) // self.page_size))

    def page_blocks(self) -> list[PersonBlock]:
        first = self.page_index * self.page_size
        return self.blocks[first : first + self.page_size]

    def go_to_page(self, index: int) -> None:
        self.page_index = max(0, min(index, self.page_count - 1))
        self._build()

    def _show(self, *, reset_page: bool) -> None:
        self.blocks = person_blocks(self.groups, self.search.text())
        if reset_page:
            self.page_index = 0
        self.page_index = min(self.page_index, self.page_count - 1)
        self._build()
        total = sum(len(g.entries) for g in self.groups)
        people = len({g.employee_id for g in self.groups})
        text = (
            self.tr("{n} entri dari {p} pegawai ({g} hari) menunggu tinjauan Anda.").format(
                n=total, p=people, g=len(self.groups)
            )
            if total
            else self.tr("Tidak ada entri log harian yang menunggu tinjauan Anda.")
        )
        if self.next_after is not None:
            text += " " + self.tr("Masih ada entri lain: tekan 'Muat lagi'.")
        if total and self.search.text().strip():
            shown = sum(b.entry_count for b in self.blocks)
            text += " " + self.tr("{n} entri dari {p} pegawai cocok dengan pencarian.").format(
                n=shown, p=len(self.blocks)
            )
        self.summary.setText(text)

    def _build(self) -> None:
        lang = self.ctx.language
        late = self.tr("terlambat")
        files, link = self.tr("{n} berkas"), self.tr("tautan")
        people: list[Node] = []
        for block in self.page_blocks():
            ids = [e.id for d in block.days for e in d.entries]
            person = Node(
                "person",
                ids,
                (
                    self.tr("{name} · NIP {nip} · {n} entri").format(
                        name=block.employee_name, nip=nip_text(block.employee_nip), n=len(ids)
                    ),
                ),
                tooltip=f"{block.employee_name}\n{nip_text(block.employee_nip)}",
            )
            for group in block.days:
                day_ids = [e.id for e in group.entries]
                late_count = sum(1 for e in group.entries if e.is_late)
                day_text = self.tr("{day} · {n} entri").format(
                    day=format_date(group.day, lang, "full"), n=len(day_ids)
                )
                if late_count:
                    day_text += " · " + self.tr("{n} terlambat").format(n=late_count)
                day = person.add(Node("day", day_ids, (day_text,)))
                for entry in group.entries:
                    evidence = " + ".join(
                        x
                        for x in (
                            files.format(n=entry.evidence_count) if entry.evidence_count else "",
                            link if entry.link_url else "",
                        )
                        if x
                    )
                    day.add(
                        Node(
                            "entry",
                            [entry.id],
                            (
                                f"{_hm(entry.start)}-{_hm(entry.end)}",
                                entry.activity,
                                entry.rhk_text,
                                f"{entry.quantity} {entry.unit}".strip(),
                                late if entry.is_late else "",
                                evidence,
                            ),
                            late=entry.is_late,
                        )
                    )
            people.append(person)
        self.model.set_people(people)
        # Person and day rows read across the whole width.
        for r in range(self.model.rowCount()):
            person_index = self.model.index(r, 0)
            self.tree.setFirstColumnSpanned(r, QModelIndex(), True)
            for d in range(self.model.rowCount(person_index)):
                self.tree.setFirstColumnSpanned(d, person_index, True)
        self.tree.expandAll()
        several = self.page_count > 1
        for widget in (self.prev_button, self.next_button, self.page_label):
            widget.setVisible(several)
        self.prev_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < self.page_count - 1)
        first = self.page_index * self.page_size
        self.page_label.setText(
            self.tr("Pegawai {a}-{b} dari {t}").format(
                a=first + 1, b=min(first + self.page_size, len(self.blocks)), t=len(self.blocks)
            )
        )
        self._update_buttons()

    # --- selection ------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The selected entries; a person or day row stands for all its entries."""
        ids: dict[str, None] = {}
        for index in self.tree.selectionModel().selectedRows(0):
            for entry_id in index.data(IDS_ROLE) or ():
                ids[entry_id] = None
        return list(ids)

    def shown_ids(self) -> list[str]:
        return [e.id for b in self.page_blocks() for d in b.days for e in d.entries]

    def people_of(self, ids: list[str]) -> int:
        return len({self._owner.get(i) for i in ids})

    def _update_buttons(self) -> None:
        selected = bool(self.tree.selectionModel().selectedRows())
        self.approve_button.setEnabled(selected)
        self.return_button.setEnabled(selected)
        self.approve_all_button.setEnabled(self.model.rowCount() > 0)

    # --- commands -------------------------------------------------------------------
    def _done(self, template: str) -> Callable[[int], None]:
        def done(n: int) -> None:
            self.message.show_text(template.format(n=n))
            self.ctx.changed({"dailylog"})
            self.load()

        return done

    def approve_selected(self) -> None:
        self._approve(self.selected_ids())

    def approve_all(self) -> None:
        self._approve(self.shown_ids())

    def _approve(self, ids: list[str]) -> None:
        if not ids:
            return
        question = self.tr("Setujui {n} entri log harian dari {p} pegawai?").format(
            n=len(ids), p=self.people_of(ids)
        )
        if not self.confirm(self, self.tr("Setujui log harian"), question):
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: dailylog.approve(ws, actor, ids),
            self._done(self.tr("{n} entri disetujui.")),
            failed=self.message.show_error,
        )

    def ask_return(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.ask_note(
            self.tr("Kembalikan entri log harian"),
            self.tr(
                "{n} entri dari {p} pegawai akan dikembalikan untuk diperbaiki. Tuliskan "
                "catatan yang jelas: apa yang perlu diubah."
            ).format(n=len(ids), p=self.people_of(ids)),
            self.tr("mis. lampirkan bukti dukung; uraian terlalu umum"),
            lambda note: self.return_selected(ids, note),
        )

    def return_selected(self, ids: list[str], note: str) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: dailylog.return_entries(ws, actor, ids, note),
            self._done(self.tr("{n} entri dikembalikan dengan catatan.")),
            failed=self.message.show_error,
        )
