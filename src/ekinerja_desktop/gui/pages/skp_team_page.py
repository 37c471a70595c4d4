"""SKP Tim (atasan): the team's SKPs, what waits for me, cascade coverage, approve/return."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.skp import SkpStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.dialogs import ask_yes_no
from ekinerja_desktop.gui.filter_proxy import nip_text
from ekinerja_desktop.gui.layout import hbox, label, panel, splitter, vbox
from ekinerja_desktop.gui.pages import Page, appraiser_page
from ekinerja_desktop.gui.pages.skp_editor import (
    UNSUPPORTED_BACKGROUND,
    WAITING_BACKGROUND,
    BehaviourPanel,
    LampiranEditor,
    RhkModel,
    SkpPdf,
    make_rhk_tree,
    selected_rhk_position,
)
from ekinerja_desktop.gui.pages.skp_period_dialog import NewPeriodDialog
from ekinerja_desktop.gui.table_model import Column, fit_columns
from ekinerja_desktop.gui.widgets import (
    NOT_CREATED,
    HighlightTableModel,
    MessageLabel,
    NoteDialog,
    StatusBadge,
    make_table,
    push_buttons,
    selected_row_of,
    status_text,
    year_spin,
)
from ekinerja_desktop.services import skp

TeamLoaded = tuple[list[skp.SkpSummary], list[skp.ParentRhkOption]]


@appraiser_page("skp_team", QT_TRANSLATE_NOOP("Navigation", "SKP Tim"), 120)
class SkpTeamPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.detail: skp.SkpDetail | None = None
        self.note_dialog_factory: Callable[..., Any] = NoteDialog
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.pdf = SkpPdf(ctx, self)
        self._stale = True
        self._announcing = False
        self._selected_id: str | None = None

        self.year = year_spin("teamYear")
        self.waiting = label("waitingLabel", wrap=False)
        top = hbox(QLabel(self.tr("Tahun")), self.year)
        top.addSpacing(12)
        top.addWidget(self.waiting, 1)

        waiting_text = self.tr("menunggu Anda")
        self.team_model = HighlightTableModel(
            [
                Column("employee_name", self.tr("Nama")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column(
                    "status",
                    self.tr("Status SKP"),
                    fmt=lambda s: (
                        f"{status_text(s)} · {waiting_text}"
                        if s == SkpStatus.DIAJUKAN.value
                        else status_text(s)
                    ),
                ),
                Column("revision", self.tr("Rev."), "center", fmt=lambda n: str(n) if n else ""),
                Column("rhk_count", self.tr("RHK"), "right"),
                Column("submitted_at", self.tr("Diajukan")),
                Column("period_label", self.tr("Periode SKP")),
            ],
            highlight=lambda r: (
                WAITING_BACKGROUND if r.status == SkpStatus.DIAJUKAN.value else None
            ),
            parent=self,
        )
        self.team = make_table("teamTable", self.team_model)
        fit_columns(self.team, stretch=(0, 2))

        unsupported = self.tr("belum didukung")
        self.coverage_model = HighlightTableModel(
            [
                Column("kind", self.tr("Jenis")),
                Column("text", self.tr("RHK saya")),
                Column(
                    "supported_by",
                    self.tr("Didukung"),
                    "center",
                    fmt=lambda n: str(n) if n else unsupported,
                ),
            ],
            highlight=lambda r: UNSUPPORTED_BACKGROUND if r.supported_by == 0 else None,
            parent=self,
        )
        self.coverage = make_table("coverageTable", self.coverage_model)
        self.coverage.setWordWrap(True)
        self.coverage.horizontalHeader().setStretchLastSection(False)
        self.coverage.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.coverage.setColumnWidth(0, 75)
        self.coverage.setColumnWidth(2, 105)
        self.coverage_summary = label("coverageSummary")
        coverage_box = QGroupBox(self.tr("RHK saya (SKP disetujui) dan dukungan tim"))
        vbox(self.coverage_summary, (self.coverage, 1), parent=coverage_box)

        # Member detail
        self.member = label("memberLabel", self.tr("Pilih anggota tim untuk melihat SKP-nya."))
        self.badge = StatusBadge()
        (
            self.save_button,
            self.approve_button,
            self.return_button,
            self.pdf_button,
            self.new_period_button,
        ) = push_buttons(
            (self.tr("Simpan ekspektasi"), "saveExpectations", self.save_expectations),
            (self.tr("Setujui"), "approveSkp", self.approve),
            (self.tr("Kembalikan..."), "returnSkp", self.ask_return),
            (self.tr("Lihat PDF"), "teamPdf", self.show_pdf),
            (self.tr("SKP baru karena mutasi/promosi..."), "teamNewSkpPeriod", self.ask_new_period),
        )
        self.new_period_button.setVisible(ctx.actor.is_admin)
        self.period_dialog_factory: Callable[..., Any] = NewPeriodDialog
        header = hbox((self.member, 1))
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        actions = hbox(
            1,
            self.save_button,
            self.approve_button,
            self.return_button,
            self.new_period_button,
            self.pdf_button,
        )
        self.note = label("decisionNote")
        self.note.hide()
        self.message = MessageLabel("teamMessage")

        self.rhk_model = RhkModel(self)
        self.rhk_tree = make_rhk_tree("memberRhkTree", self.rhk_model)
        self.behaviours = BehaviourPanel()
        self.lampiran = LampiranEditor()
        self.lampiran.set_read_only(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        self.tabs.addTab(self.rhk_tree, self.tr("Hasil Kerja"))
        self.tabs.addTab(self.behaviours, self.tr("Perilaku Kerja dan ekspektasi"))
        self.tabs.addTab(self.lampiran, self.tr("Lampiran"))
        detail = panel(header, actions, self.note, self.message, (self.tabs, 1))

        # Left: the team and the selected member's SKP; right: my RHK, side by side.
        vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
        left = splitter(vertical, self.team, detail, stretch=(1, 3), sizes=[200, 500])
        body = splitter(horizontal, left, coverage_box, stretch=(3, 2), sizes=[680, 320])
        vbox(top, (body, 1), parent=self)

        self.year.valueChanged.connect(lambda _v: self.load())
        self.team.selectionModel().selectionChanged.connect(lambda *_a: self._member_selected())
        self.rhk_tree.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_parent_of_selection()
        )
        self.behaviours.changed.connect(self._update_buttons)
        self._show_detail(None)

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()

        def work(_p: Any) -> TeamLoaded:
            return skp.team_skps(ws, actor, year), skp.coverage(ws, actor, year)

        self.run_task(work, self._loaded, failed=self._failed)

    def on_changes(self, changes: set[str]) -> None:
        if self._announcing or not changes & {"skp", "mapping", "employee"}:
            return
        self._stale = True
        if self.isVisible():
            self.load()

    def _loaded(self, value: TeamLoaded) -> None:
        team, coverage = value
        keep = self._selected_id
        self.team_model.set_rows(team)
        if team:
            self.team.resizeColumnsToContents()
            self.team.setColumnWidth(0, min(self.team.columnWidth(0) + 8, 240))
        self.coverage_model.set_rows(coverage)
        waiting = sum(1 for r in team if r.status == SkpStatus.DIAJUKAN.value)
        year = self.year.value()
        if not team:
            self.waiting.setText(
                self.tr("Tidak ada pegawai yang Anda nilai pada tahun {year}.").format(year=year)
            )
        elif waiting:
            self.waiting.setText(
                self.tr(
                    "<b>{n} SKP menunggu persetujuan Anda</b> dari {total} anggota tim."
                ).format(n=waiting, total=len(team))
            )
        else:
            self.waiting.setText(
                self.tr(
                    "Tidak ada SKP yang menunggu persetujuan Anda ({total} anggota tim)."
                ).format(total=len(team))
            )
        gaps = sum(1 for r in coverage if r.supported_by == 0)
        if not coverage:
            self.coverage_summary.setText(
                self.tr(
                    "Anda belum memiliki SKP yang disetujui untuk tahun {year}; tim belum dapat "
                    "menurunkan RHK dari SKP Anda."
                ).format(year=year)
            )
        elif gaps:
            self.coverage_summary.setText(
                self.tr(
                    "<span style='color:#8b0000'><b>{n} dari {total} RHK Anda belum didukung"
                    "</b></span> oleh RHK anggota tim."
                ).format(n=gaps, total=len(coverage))
            )
        else:
            self.coverage_summary.setText(
                self.tr("Semua {total} RHK Anda sudah didukung oleh tim.").format(
                    total=len(coverage)
                )
            )
        self.coverage.resizeRowsToContents()
        if keep and self.select_member(keep):
            return
        self._show_detail(None)

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error)

    def _set_message(self, text: str) -> None:
        self.message.show_text(text)

    # --- selection ------------------------------------------------------------------
    def select_member(self, skp_or_employee_id: str) -> bool:
        for row in range(self.team_model.rowCount()):
            summary: skp.SkpSummary = self.team_model.row_at(row)
            if skp_or_employee_id in (summary.id, summary.employee_id):
                self.team.selectRow(row)
                self._member_selected(force=True)
                return True
        return False

    def selected_summary(self) -> skp.SkpSummary | None:
        return selected_row_of(self.team, skp.SkpSummary)

    def _member_selected(self, *, force: bool = False) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        if not force and self.detail is not None and self.detail.summary.id == summary.id:
            return
        self._selected_id = summary.employee_id
        self._set_message("")
        if not summary.id or summary.status == NOT_CREATED:
            self._show_detail(None)
            self.member.setText(
                self.tr("<b>{name}</b> belum membuat SKP tahun {year}.").format(
                    name=summary.employee_name, year=self.year.value()
                )
            )
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: skp.get_skp(ws, actor, summary.id), self._show_detail, failed=self._failed
        )

    def _show_detail(self, detail: skp.SkpDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.member.setText(self.tr("Pilih anggota tim untuk melihat SKP-nya."))
            self.badge.set_status("")
            self.note.hide()
            self.rhk_model.set_rhk([], {})
            self.behaviours.set_behaviours([], editable=False)
            self.lampiran.set_value(skp.LampiranData())
            self._update_buttons()
            return
        summary = detail.summary
        lang = self.ctx.language
        self.member.setText(
            self.tr("<b>{name}</b> · NIP {nip}<br>Periode {start} s.d. {end} · {approach}").format(
                name=summary.employee_name,
                nip=nip_text(summary.employee_nip),
                start=format_date(detail.period_start, lang),
                end=format_date(detail.period_end, lang),
                approach=summary.approach,
            )
        )
        self.badge.set_status(summary.status, summary.revision)
        if summary.decision_note:
            self.note.setText(
                self.tr("Catatan terakhir: {note}").format(note=summary.decision_note)
            )
            self.note.setStyleSheet(
                "background:#f8d7da; color:#6b0000; padding:6px; border-radius:4px;"
                if summary.status == SkpStatus.DITOLAK.value
                else "color:#555;"
            )
            self.note.show()
        else:
            self.note.hide()
        parents = {o.id: o.text for o in self.coverage_model.rows}
        self.rhk_model.set_rhk(detail.rhk, parents)
        self.rhk_tree.setColumnHidden(RhkModel.PERSPEKTIF_COLUMN, not detail.is_jpt)
        self.behaviours.set_behaviours(
            detail.behaviours, editable=detail.expectations_editable_by_me
        )
        self.lampiran.set_value(detail.lampiran)
        self._update_buttons()

    def _show_parent_of_selection(self) -> None:
        """Side by side: selecting a member's RHK selects the RHK of mine it supports."""
        position = selected_rhk_position(self.rhk_tree)
        if position is None or self.detail is None:
            return
        parent_id = self.rhk_model.rhk[position].parent_rhk_id
        for row in range(self.coverage_model.rowCount()):
            if self.coverage_model.row_at(row).id == parent_id:
                index = self.coverage_model.index(row, 0)
                self.coverage.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.coverage.scrollTo(index)
                return
        self.coverage.clearSelection()

    def _update_buttons(self) -> None:
        detail = self.detail
        waiting = detail is not None and detail.summary.status == SkpStatus.DIAJUKAN.value
        can_expect = detail is not None and detail.expectations_editable_by_me
        self.save_button.setEnabled(can_expect and self.behaviours.is_modified())
        self.approve_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting)
        self.pdf_button.setEnabled(detail is not None)
        self.new_period_button.setEnabled(detail is not None and self.ctx.actor.is_admin)

    # --- commands -------------------------------------------------------------------
    def _after(self, message: str) -> Callable[[skp.SkpDetail], None]:
        def done(detail: skp.SkpDetail) -> None:
            self._show_detail(detail)
            self._set_message(message)
            self._announcing = True
            try:
                self.ctx.changed({"skp"})
            finally:
                self._announcing = False
            self.load()

        return done

    def save_expectations(self) -> None:
        detail = self.detail
        if detail is None:
            return
        ws, actor, skp_id = self.ctx.ws, self.ctx.actor, detail.summary.id
        expectations = self.behaviours.expectations()
        self.run_task(
            lambda _p: skp.set_expectations(ws, actor, skp_id, expectations),
            self._after(self.tr("Ekspektasi khusus pimpinan disimpan.")),
            failed=self._failed,
        )

    def approve(self) -> None:
        detail = self.detail
        if detail is None:
            return
        summary = detail.summary
        question = self.tr(
            "Setujui SKP {year} {name} ({n} RHK)? Setelah disetujui, RHK-nya dipakai untuk "
            "log harian dan penilaian; perubahan berikutnya memerlukan revisi."
        ).format(year=summary.year, name=summary.employee_name, n=len(detail.rhk))
        if not self.confirm(self, self.tr("Setujui SKP"), question):
            return
        ws, actor, skp_id = self.ctx.ws, self.ctx.actor, summary.id
        expectations = self.behaviours.expectations() if self.behaviours.is_modified() else None

        def work(_p: Any) -> skp.SkpDetail:
            if expectations is not None:
                skp.set_expectations(ws, actor, skp_id, expectations)
            return skp.approve(ws, actor, skp_id)

        self.run_task(
            work,
            self._after(self.tr("SKP {name} disetujui.").format(name=detail.summary.employee_name)),
            failed=self._failed,
        )

    def ask_return(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.ask_note(
            self.tr("Kembalikan SKP"),
            self.tr(
                "SKP {name} akan dikembalikan untuk diperbaiki. Tuliskan catatan yang jelas: "
                "apa yang perlu diubah."
            ).format(name=detail.summary.employee_name),
            self.tr("mis. RHK 2 belum mendukung RHK pimpinan; target waktu belum ada"),
            self.return_skp,
        )

    def return_skp(self, note: str) -> None:
        detail = self.detail
        if detail is None:
            return
        ws, actor, skp_id = self.ctx.ws, self.ctx.actor, detail.summary.id
        self.run_task(
            lambda _p: skp.reject(ws, actor, skp_id, note),
            self._after(
                self.tr("SKP {name} dikembalikan dengan catatan.").format(
                    name=detail.summary.employee_name
                )
            ),
            failed=self._failed,
        )

    def ask_new_period(self) -> None:
        detail = self.detail
        if detail is None:
            return
        year = detail.summary.year
        today = today_wita()
        default = today if today.year == year and today.month > 1 else date(year, 7, 1)
        dialog = self.period_dialog_factory(year, detail.summary.employee_name, default, self)
        dialog.submitted.connect(
            lambda start, reason, ref, copy: self._new_period(
                detail.summary.employee_id, start, reason, ref, copy
            )
        )
        self.dialog = dialog
        dialog.open()

    def _new_period(
        self, employee_id: str, start: date, reason: str, reference: str, copy: bool
    ) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: skp.start_new_skp_period(
                ws, actor, employee_id, start, reason, reference=reference, copy_content=copy
            ),
            self._after(
                self.tr(
                    "SKP baru mulai {start} dibuat sebagai draf; SKP sebelumnya berakhir "
                    "sehari sebelumnya."
                ).format(start=format_date(start, self.ctx.language))
            ),
            failed=self._failed,
        )

    def show_pdf(self) -> None:
        if self.detail is not None:
            self.pdf.show(self.detail.summary, on_failure=self._failed)
