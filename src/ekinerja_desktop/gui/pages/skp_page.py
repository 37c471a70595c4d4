"""SKP Saya (pegawai): draft the year's SKP, cascade RHK, submit, revise, preview the PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.skp import SkpApproach, SkpStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import buttons_row, fill_box, hbox, label, panel, vbox
from ekinerja_desktop.gui.pages import EMPLOYEES, Page, navigation_page
from ekinerja_desktop.gui.pages.skp_editor import (
    BehaviourPanel,
    LampiranEditor,
    RhkDialog,
    RhkModel,
    SkpPdf,
    make_rhk_tree,
    selected_rhk_position,
)
from ekinerja_desktop.gui.pages.skp_period_dialog import NewPeriodDialog
from ekinerja_desktop.gui.table_model import ROW_ROLE, Column, RowTableModel
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    NoteDialog,
    StatusBadge,
    error_message,
    make_table,
    push_button,
    push_buttons,
    status_text,
    year_spin,
)
from ekinerja_desktop.services import skp

Loaded = tuple[skp.SkpDetail | None, list[skp.ParentRhkOption], str]


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


@navigation_page("skp", QT_TRANSLATE_NOOP("Navigation", "SKP Saya"), 110, EMPLOYEES)
class SkpPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.detail: skp.SkpDetail | None = None  # what is on screen
        self.latest: skp.SkpDetail | None = None  # the latest revision of the year
        self.options: list[skp.ParentRhkOption] = []
        self.rhk: list[skp.RhkData] = []  # the RHK being edited
        self.dirty = False
        self.rhk_dialog_factory: Callable[..., Any] = RhkDialog
        self.period_dialog_factory: Callable[..., Any] = NewPeriodDialog
        self.part: int | None = None  # the SKP period shown (None: the one in force)
        self.note_dialog_factory: Callable[..., Any] = NoteDialog
        self.confirm: Callable[[QWidget, str, str], bool] = _confirm
        self.pdf = SkpPdf(ctx, self)
        self._stale = True
        self._announcing = False
        self._loading = False

        # Top bar
        self.year = year_spin("skpYear")
        self.badge = StatusBadge()
        self.info = label("skpInfo")  # wraps on a narrow screen instead of widening the window
        self.save_button, self.submit_button, self.revise_button, self.pdf_button = push_buttons(
            (self.tr("Simpan"), "saveSkp", lambda: self.save(submit=False)),
            (
                self.tr("Ajukan"),
                "submitSkp",
                lambda: self.save(submit=True),
                self.tr("Simpan lalu ajukan SKP ke atasan untuk disetujui."),
            ),
            (
                self.tr("Revisi..."),
                "reviseSkp",
                self.ask_revision,
                self.tr("Buat revisi baru dari SKP yang sudah disetujui; perlu disetujui lagi."),
            ),
            (self.tr("Lihat PDF"), "skpPdf", self.show_pdf),
        )
        # SKP periods of the year (after a mutasi/promosi: one SKP per period).
        self.period_choice = QComboBox()
        self.period_choice.setObjectName("skpPeriod")
        self.period_choice.setToolTip(self.tr("Periode SKP tahun ini (mutasi/promosi)"))
        self.new_period_button = push_button(
            self.tr("SKP baru karena mutasi/promosi..."),
            "newSkpPeriod",
            tip=self.tr(
                "Mutasi atau promosi di tengah tahun: SKP sekarang berakhir sehari sebelum "
                "tanggal mulai, SKP baru dibuat untuk sisa tahun."
            ),
            clicked=self.ask_new_period,
        )
        top = hbox(QLabel(self.tr("Tahun")), self.year, self.period_choice)
        top.addSpacing(12)
        fill_box(
            top,
            self.badge,
            (self.info, 1),
            self.save_button,
            self.submit_button,
            self.revise_button,
            self.new_period_button,
            self.pdf_button,
        )

        self.rejection = label("rejectionNote")
        self.rejection.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejection.setStyleSheet(
            "background:#f8d7da; color:#6b0000; border:1px solid #e4a1a8;"
            " border-radius:4px; padding:8px; font-size:11pt;"
        )
        self.rejection.hide()
        self.notice = label(
            "skpNotice",
            style="background:#e8f0fe; color:#1a3e72; border-radius:4px; padding:6px;",
        )
        self.notice.hide()
        self.message = MessageLabel("skpMessage")

        # Empty state
        self.empty_label = label("emptyLabel")
        self.approach_choice = QComboBox()
        self.approach_choice.setObjectName("newApproach")
        self._fill_approaches(self.approach_choice)
        self.copy_check = QCheckBox("")
        self.copy_check.setObjectName("copyLastYear")
        self.create_button = push_button(self.tr("Buat SKP"), "createSkp", clicked=self.create_skp)
        empty = panel(
            1,
            self.empty_label,
            buttons_row(QLabel(self.tr("Pendekatan")), self.approach_choice),
            self.copy_check,
            buttons_row(self.create_button),
            2,
            margins=None,
        )

        # Content
        self.approach = QComboBox()
        self.approach.setObjectName("skpApproach")
        self._fill_approaches(self.approach)
        self.approach_hint = label(style="color:#555;")
        self.model = RhkModel(self)
        self.tree = make_rhk_tree("rhkTree", self.model)
        self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button = (
            push_buttons(
                (self.tr("Tambah RHK..."), "addRhk", self.add_rhk),
                (self.tr("Ubah..."), "editRhk", self.edit_rhk),
                (self.tr("Hapus"), "removeRhk", self.remove_rhk),
                (self.tr("Naik"), "moveRhkUp", lambda: self.move_rhk(-1)),
                (self.tr("Turun"), "moveRhkDown", lambda: self.move_rhk(1)),
            )
        )
        rhk_buttons = vbox(
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            1,
        )
        hasil = panel(
            hbox(QLabel(self.tr("Pendekatan")), self.approach, (self.approach_hint, 1)),
            (hbox((self.tree, 1), rhk_buttons), 1),
            margins=None,
        )

        self.behaviours = BehaviourPanel()
        self.lampiran = LampiranEditor()
        self.revisions_model = RowTableModel(
            [
                Column("revision", self.tr("Revisi"), "center"),
                Column("status", self.tr("Status"), fmt=status_text),
                Column("rhk_count", self.tr("RHK"), "right"),
                Column("submitted_at", self.tr("Diajukan")),
                Column("decided_at", self.tr("Diputuskan")),
                Column("penilai_name", self.tr("Pejabat penilai")),
                Column("decision_note", self.tr("Catatan atasan")),
            ],
            parent=self,
        )
        self.revisions = make_table("revisionTable", self.revisions_model)
        for column, width in enumerate((60, 90, 50, 150, 150, 200)):
            self.revisions.setColumnWidth(column, width)
        revisions_hint = self.tr(
            "Pilih satu revisi untuk melihatnya (hanya baca). Revisi terbaru dapat diubah."
        )
        revisions_tab = panel(label(text=revisions_hint), (self.revisions, 1), margins=None)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("skpTabs")
        self.tabs.addTab(hasil, self.tr("Hasil Kerja"))
        self.tabs.addTab(self.behaviours, self.tr("Perilaku Kerja"))
        self.tabs.addTab(self.lampiran, self.tr("Lampiran"))
        self.tabs.addTab(revisions_tab, self.tr("Revisi"))

        self.stack = QStackedWidget()
        self.stack.setObjectName("skpStack")
        self.stack.addWidget(empty)
        self.stack.addWidget(self.tabs)

        vbox(top, self.rejection, self.notice, self.message, (self.stack, 1), parent=self)

        self.year.valueChanged.connect(self._year_changed)
        self.period_choice.activated.connect(self._period_chosen)
        self.tree.doubleClicked.connect(lambda _i: self.edit_rhk())
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.approach.currentIndexChanged.connect(self._approach_changed)
        self.lampiran.changed.connect(self._mark_dirty)
        self.revisions.selectionModel().selectionChanged.connect(
            lambda *_a: self._revision_selected()
        )
        self._show(None)

    def _fill_approaches(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("Kuantitatif"), SkpApproach.KUANTITATIF.value)
        combo.addItem(self.tr("Kualitatif"), SkpApproach.KUALITATIF.value)

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        ws, actor, year, part = self.ctx.ws, self.ctx.actor, self.year.value(), self.part

        def work(_p: Any) -> Loaded:
            detail = skp.get_my_skp(ws, actor, year, part)
            return (detail, *self._options_for(detail))

        self.run_task(work, self._loaded, failed=self._failed)

    def _options_for(self, detail: skp.SkpDetail | None) -> tuple[list[skp.ParentRhkOption], str]:
        """Runs in the worker: the supervisor's RHK to cascade from (or why there are none)."""
        if detail is None:
            return [], ""
        try:
            return skp.parent_options(self.ctx.ws, self.ctx.actor, detail.summary.id), ""
        except EkinerjaError as error:
            return [], f"{error.message} {error.hint}".strip()

    def on_changes(self, changes: set[str]) -> None:
        if self._announcing or not changes & {"skp", "mapping", "employee"}:
            return
        self._stale = True
        if self.isVisible() and not self.dirty:
            self.load()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.ctx.changed({"skp"})
        finally:
            self._announcing = False

    def _loaded(self, value: Loaded) -> None:
        detail, options, problem = value
        self.options = options
        self.latest = detail
        self._show(detail)
        if problem:
            self._set_notice(problem)

    def _failed(self, error: BaseException) -> None:
        self._set_message(error_message(error), error=True)

    # --- display --------------------------------------------------------------------
    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message.show_text(text, error)

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show(self, detail: skp.SkpDetail | None) -> None:
        self._loading = True
        self.detail = detail
        self.dirty = False
        self._set_notice("")
        year = self.year.value()
        self._fill_periods(detail)
        if detail is None:
            self.stack.setCurrentIndex(0)
            self.badge.set_status("")
            self.info.setText("")
            self.rejection.hide()
            self.empty_label.setText(
                self.tr(
                    "<h3>Anda belum memiliki SKP tahun {year}.</h3>"
                    "Pilih pendekatan lalu tekan <b>Buat SKP</b>. Pendekatan kuantitatif "
                    "memakai target angka dan satuan; kualitatif memakai target naratif."
                ).format(year=year)
            )
            self.copy_check.setText(
                self.tr("Mulai dari SKP tahun {year} (RHK, indikator, lampiran)").format(
                    year=year - 1
                )
            )
            self.rhk = []
            self.model.set_rhk([], {})
            self.revisions_model.set_rows([])
            self._loading = False
            self._update_buttons()
            return
        summary = detail.summary
        self.stack.setCurrentIndex(1)
        self.badge.set_status(summary.status, summary.revision)
        lang = self.ctx.language
        period = self.tr("{start} s.d. {end}").format(
            start=format_date(detail.period_start, lang), end=format_date(detail.period_end, lang)
        )
        penilai = summary.penilai_name or self.tr("(penilai belum ditetapkan)")
        if summary.start_reason:
            period = self.tr("{period} ({reason})").format(
                period=period, reason=self._reason_text(summary.start_reason)
            )
        self.info.setText(
            self.tr("Periode {period} · Pejabat penilai: {penilai}").format(
                period=period, penilai=penilai
            )
        )
        if summary.status == SkpStatus.DITOLAK.value:
            self.rejection.setText(
                self.tr(
                    "<b>SKP dikembalikan oleh {penilai}.</b><br>Catatan atasan: {note}<br>"
                    "Perbaiki sesuai catatan, simpan, lalu ajukan lagi."
                ).format(penilai=penilai, note=summary.decision_note or "-")
            )
            self.rejection.show()
        else:
            self.rejection.hide()
        self.approach.setCurrentIndex(max(0, self.approach.findData(summary.approach)))
        self.rhk = list(detail.rhk)
        self.model.set_rhk(self.rhk, self._parent_texts())
        self.tree.setColumnHidden(RhkModel.PERSPEKTIF_COLUMN, not detail.is_jpt)
        self.behaviours.set_behaviours(detail.behaviours, editable=False)
        self.lampiran.set_value(detail.lampiran)
        self.lampiran.set_read_only(not detail.editable_by_me)
        latest = self.latest
        if latest is not None and latest.summary.id == summary.id:
            self.revisions.blockSignals(True)
            self.revisions_model.set_rows(list(detail.revisions) or [summary])
            self.revisions.blockSignals(False)
        if latest is not None and latest.summary.id != summary.id:
            self._set_notice(
                self.tr(
                    "Menampilkan revisi {n} ({status}), hanya baca. Pilih revisi terbaru di "
                    "tab Revisi untuk kembali."
                ).format(n=summary.revision, status=status_text(summary.status))
            )
        elif summary.status == SkpStatus.DIAJUKAN.value:
            self._set_notice(
                self.tr("SKP sedang menunggu persetujuan {penilai}.").format(penilai=penilai)
            )
        elif summary.status == SkpStatus.DISETUJUI.value:
            self._set_notice(
                self.tr(
                    "SKP sudah disetujui dan dibekukan. Untuk mengubahnya, tekan Revisi; "
                    "revisi baru perlu disetujui lagi."
                )
            )
        self._loading = False
        self._update_buttons()

    def _parent_texts(self) -> dict[str, str]:
        return {o.id: o.text for o in self.options}

    def editable(self) -> bool:
        return self.detail is not None and self.detail.editable_by_me

    def _update_buttons(self) -> None:
        detail = self.detail
        editable = self.editable()
        is_latest = (
            detail is not None
            and self.latest is not None
            and detail.summary.id == self.latest.summary.id
        )
        selected = selected_rhk_position(self.tree) is not None
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.revise_button.setEnabled(
            is_latest and detail is not None and detail.summary.status == SkpStatus.DISETUJUI.value
        )
        self.pdf_button.setEnabled(detail is not None)
        self.new_period_button.setEnabled(
            detail is not None and not self.dirty and self.ctx.actor.employee_id is not None
        )
        self.approach.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(selected)
        self.edit_button.setText(self.tr("Ubah...") if editable else self.tr("Lihat..."))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable and selected)
        title = self.tr("Simpan*") if self.dirty else self.tr("Simpan")
        self.save_button.setText(title)

    def _mark_dirty(self) -> None:
        if self._loading or not self.editable():
            return
        self.dirty = True
        self._update_buttons()

    def _approach_changed(self) -> None:
        kualitatif = self.approach.currentData() == SkpApproach.KUALITATIF.value
        self.approach_hint.setText(
            self.tr("Target indikator berupa teks naratif.")
            if kualitatif
            else self.tr("Target indikator berupa angka dan satuan.")
        )
        self._mark_dirty()

    # --- year and revisions ---------------------------------------------------------
    def _year_changed(self) -> None:
        if self.dirty and not self.confirm(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan SKP belum disimpan dan akan hilang. Tetap ganti tahun?"),
        ):
            self.year.blockSignals(True)
            self.year.setValue(self.detail.summary.year if self.detail else self.year.value())
            self.year.blockSignals(False)
            return
        self.dirty = False
        self.part = None
        self._set_message("")
        self.load()

    def can_leave(self) -> bool:
        return not self.dirty or self.confirm(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan SKP belum disimpan dan akan hilang. Tetap tinggalkan halaman?"),
        )

    def _revision_selected(self) -> None:
        indexes = self.revisions.selectionModel().selectedRows()
        if not indexes or self.latest is None:
            return
        row: skp.SkpSummary = indexes[0].data(ROW_ROLE)
        if self.detail is not None and row.id == self.detail.summary.id:
            return
        if not self.can_leave():
            return
        if row.id == self.latest.summary.id:
            self._show(self.latest)
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(lambda _p: skp.get_skp(ws, actor, row.id), self._show, failed=self._failed)

    # --- RHK editing ----------------------------------------------------------------
    def _open_rhk_dialog(self, position: int | None) -> None:
        if self.detail is None:
            return
        editable = self.editable()
        dialog = self.rhk_dialog_factory(
            approach=str(self.approach.currentData()),
            is_jpt=self.detail.is_jpt,
            options=self.options,
            rhk=self.rhk[position] if position is not None else None,
            read_only=not editable,
            period=(self.detail.period_start, self.detail.period_end),
            parent=self,
        )
        dialog.submitted.connect(lambda value: self._rhk_submitted(position, value))
        self.dialog = dialog
        dialog.open()

    def add_rhk(self) -> None:
        if self.editable():
            self._open_rhk_dialog(None)

    def edit_rhk(self) -> None:
        position = selected_rhk_position(self.tree)
        if position is not None:
            self._open_rhk_dialog(position)

    def _rhk_submitted(self, position: int | None, value: skp.RhkData) -> None:
        if position is None:
            self.rhk.append(value)
            position = len(self.rhk) - 1
        else:
            self.rhk[position] = value
        self._rhk_changed(position)

    def _rhk_changed(self, select: int | None) -> None:
        self.model.set_rhk(self.rhk, self._parent_texts())
        if select is not None:
            index = self.model.rhk_index(select)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._mark_dirty()

    def remove_rhk(self) -> None:
        position = selected_rhk_position(self.tree)
        if position is None or not self.editable():
            return
        text = self.rhk[position].text
        if not self.confirm(
            self,
            self.tr("Hapus RHK"),
            self.tr('Hapus RHK "{text}" beserta indikatornya dari draf?').format(text=text[:120]),
        ):
            return
        del self.rhk[position]
        self._rhk_changed(None)

    def move_rhk(self, step: int) -> None:
        """Swap with the previous/next RHK of the same kind (order within A or B)."""
        position = selected_rhk_position(self.tree)
        if position is None or not self.editable():
            return
        kind = self.rhk[position].kind
        others = [i for i, r in enumerate(self.rhk) if r.kind == kind]
        where = others.index(position) + step
        if not 0 <= where < len(others):
            return
        target = others[where]
        self.rhk[position], self.rhk[target] = self.rhk[target], self.rhk[position]
        self._rhk_changed(target)

    # --- commands -------------------------------------------------------------------
    def _after_write(self, message: str) -> Callable[[Any], None]:
        def done(value: Loaded) -> None:
            self._loaded(value)
            self._set_message(message)
            self._announce()

        return done

    def create_skp(self) -> None:
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()
        approach = str(self.approach_choice.currentData())
        copy_from = year - 1 if self.copy_check.isChecked() else None

        def work(_p: Any) -> Loaded:
            detail = skp.create_skp(ws, actor, year, approach=approach, copy_from_year=copy_from)
            return (detail, *self._options_for(detail))

        self._set_message("")
        self.run_task(
            work,
            self._after_write(self.tr("SKP tahun {year} dibuat sebagai draf.").format(year=year)),
            failed=self._failed,
        )

    def save(self, *, submit: bool) -> None:
        detail = self.detail
        if detail is None or not self.editable():
            return
        ws, actor, skp_id = self.ctx.ws, self.ctx.actor, detail.summary.id
        approach = str(self.approach.currentData())
        rhk, lampiran = tuple(self.rhk), self.lampiran.value()
        dirty = self.dirty

        def work(_p: Any) -> Loaded:
            result = detail
            if dirty or not submit:
                result = skp.save_content(
                    ws, actor, skp_id, approach=approach, rhk=rhk, lampiran=lampiran
                )
            if submit:
                result = skp.submit(ws, actor, skp_id)
            return (result, *self._options_for(result))

        message = (
            self.tr("SKP diajukan ke {penilai}.").format(
                penilai=detail.summary.penilai_name or self.tr("atasan")
            )
            if submit
            else self.tr("Draf SKP disimpan.")
        )
        self._set_message("")
        self.run_task(work, self._after_write(message), failed=self._failed)

    def ask_revision(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.ask_note(
            self.tr("Revisi SKP"),
            self.tr(
                "SKP yang sudah disetujui tetap berlaku sampai revisi baru disetujui. "
                "Tuliskan alasan perubahan:"
            ),
            self.tr("mis. perubahan tugas setelah mutasi"),
            lambda reason: self._revise(detail.summary.id, reason),
        )

    def _revise(self, skp_id: str, reason: str) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor

        def work(_p: Any) -> Loaded:
            detail = skp.start_revision(ws, actor, skp_id, reason)
            return (detail, *self._options_for(detail))

        self.run_task(
            work,
            self._after_write(
                self.tr("Revisi baru dibuat sebagai draf; ajukan lagi setelah selesai diubah.")
            ),
            failed=self._failed,
        )

    # --- SKP periods (mutasi / promosi) -----------------------------------------------
    def _reason_text(self, reason: str) -> str:
        return {
            "mutasi": self.tr("mutasi"),
            "promosi": self.tr("promosi"),
            "lainnya": self.tr("lainnya"),
        }.get(reason, reason)

    def _period_text(self, row: skp.SkpSummary) -> str:
        if row.period_start is None or row.period_end is None:
            return ""
        lang = self.ctx.language
        text = self.tr("{start} s.d. {end}").format(
            start=format_date(row.period_start, lang), end=format_date(row.period_end, lang)
        )
        if row.start_reason:
            text = self.tr("{period} ({reason})").format(
                period=text, reason=self._reason_text(row.start_reason)
            )
        return text

    def _fill_periods(self, detail: skp.SkpDetail | None) -> None:
        parts = list(detail.parts) if detail is not None else []
        self.period_choice.blockSignals(True)
        self.period_choice.clear()
        for row in parts:
            self.period_choice.addItem(self._period_text(row), row.part)
        if detail is not None:
            self.period_choice.setCurrentIndex(
                max(0, self.period_choice.findData(detail.summary.part))
            )
        self.period_choice.setVisible(len(parts) > 1)
        self.period_choice.blockSignals(False)

    def _period_chosen(self) -> None:
        part = self.period_choice.currentData()
        if part is None or (self.detail is not None and part == self.detail.summary.part):
            return
        if self.dirty and not self.confirm(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan SKP belum disimpan dan akan hilang. Tetap ganti periode?"),
        ):
            self._fill_periods(self.detail)
            return
        self.dirty = False
        self.part = int(part)
        self._set_message("")
        self.load()

    def ask_new_period(self) -> None:
        detail = self.detail
        if detail is None or self.ctx.actor.employee_id is None:
            return
        year = detail.summary.year
        today = today_wita()
        default = today if today.year == year and today.month > 1 else date(year, 7, 1)
        dialog = self.period_dialog_factory(year, self.tr("Anda"), default, self)
        dialog.submitted.connect(self._new_period)
        self.dialog = dialog
        dialog.open()

    def _new_period(self, start: date, reason: str, reference: str, copy: bool) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        employee_id = actor.employee_id
        if employee_id is None:
            return

        def work(_p: Any) -> Loaded:
            detail = skp.start_new_skp_period(
                ws, actor, employee_id, start, reason, reference=reference, copy_content=copy
            )
            return (detail, *self._options_for(detail))

        def done(value: Loaded) -> None:
            detail = value[0]
            self.part = detail.summary.part if detail is not None else None
            self._after_write(
                self.tr(
                    "SKP baru mulai {start} dibuat sebagai draf; SKP sebelumnya berakhir "
                    "sehari sebelumnya."
                ).format(start=format_date(start, self.ctx.language))
            )(value)

        self._set_message("")
        self.run_task(work, done, failed=self._failed)

    def show_pdf(self) -> None:
        if self.detail is not None:
            if self.dirty:
                self._set_message(
                    self.tr("PDF dibuat dari data yang tersimpan; simpan dulu perubahan Anda.")
                )
            self.pdf.show(self.detail.summary, on_failure=self._failed)
