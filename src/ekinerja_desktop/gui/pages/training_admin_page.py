"""Kompetensi Tim: verification queue, unit JP overview, JP catalogue and bulk event entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.jp import DevRoute, JpMode
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.filter_proxy import nip_text
from ekinerja_desktop.gui.layout import (
    FormDialog,
    FormRows,
    buttons_row,
    combo_box,
    hbox,
    label,
    line_edit,
    panel,
    spin_box,
    splitter,
    vbox,
)
from ekinerja_desktop.gui.pages import ATASAN_AND_ADMINS, navigation_page
from ekinerja_desktop.gui.pages.training_page import (
    BELOW_BACKGROUND,
    MONTHS,
    TrainingForm,
    TrainingPages,
    jp_text,
    training_columns,
)
from ekinerja_desktop.gui.pages.units_page import fill_unit_combo
from ekinerja_desktop.gui.table_model import Column, RowTableModel, fit_columns
from ekinerja_desktop.gui.widgets import (
    HighlightTableModel,
    MessageLabel,
    NoteDialog,
    make_table,
    push_button,
    push_buttons,
    selected_row_of,
    year_spin,
)
from ekinerja_desktop.services import master, training, training_report

TEAM = "__team__"


class KindDialog(FormDialog):
    """One catalogue entry and its JP crediting rule (``submitted``: a training.KindInput)."""

    def __init__(self, kind: training.KindRow | None = None, parent: QWidget | None = None):
        super().__init__("kindDialog", "", parent)
        self.setWindowTitle(self.tr("Jenis kegiatan dan aturan JP"))
        rows = FormRows()
        self.code = rows.add(self.tr("Kode"), line_edit("kindCode", text=kind.code if kind else ""))
        self.code.setReadOnly(kind is not None)
        self.label = rows.add(
            self.tr("Nama"), line_edit("kindLabel", text=kind.label if kind else "")
        )
        self.route = rows.add(
            self.tr("Jalur"),
            combo_box("kindRoute", ((route.label, route.value) for route in DevRoute)),
        )
        self.mode = rows.add(
            self.tr("Cara hitung"),
            combo_box(
                "kindMode",
                [
                    (self.tr("Per jam (jam x 60 / menit per JP)"), JpMode.PER_HOUR.value),
                    (self.tr("Tetap per kegiatan"), JpMode.FIXED.value),
                ],
            ),
        )
        self.minutes = rows.add(
            self.tr("Menit per JP"),
            spin_box("kindMinutes", 1, 600, value=kind.minutes_per_jp if kind else 45),
        )
        fixed, most = (kind.fixed_jp, kind.max_jp) if kind else (None, None)
        self.fixed = rows.add(
            self.tr("JP tetap"),
            line_edit("kindFixed", text=jp_text(fixed) if fixed is not None else ""),
        )
        self.max = rows.add(
            self.tr("Batas JP per kegiatan"),
            line_edit("kindMax", text=jp_text(most) if most is not None else ""),
        )
        self.active = rows.add("", QCheckBox(self.tr("Aktif (dapat dipilih pegawai)")))
        self.active.setChecked(kind.active if kind else True)
        if kind is not None:
            self.route.setCurrentIndex(max(0, self.route.findData(kind.route)))
            self.mode.setCurrentIndex(max(0, self.mode.findData(kind.mode)))
        self.error = MessageLabel("dialogError")
        self.build(*rows, message=self.error)

    def value(self) -> training.KindInput:
        return training.KindInput(
            code=self.code.text(),
            label=self.label.text(),
            route=str(self.route.currentData()),
            mode=str(self.mode.currentData()),
            minutes_per_jp=self.minutes.value(),
            fixed_jp=self.fixed.text(),
            max_jp=self.max.text(),
            active=self.active.isChecked(),
        )


class _MeterRow:
    """A JpMeter with one attribute per month column (the table model reads attributes)."""

    def __init__(self, meter: training.JpMeter) -> None:
        self.meter = meter
        self.employee_name = meter.employee_name
        self.employee_nip = meter.employee_nip
        self.asn_status = meter.asn_status
        self.verified_jp = meter.verified_jp
        self.pending_jp = meter.pending_jp
        self.limit_jp = meter.limit_jp
        self.message = meter.message
        self.below = meter.below_target or meter.over_cap
        for i, value in enumerate(meter.monthly):
            setattr(self, f"m{i + 1}", value)


@navigation_page(
    "training_admin", QT_TRANSLATE_NOOP("Navigation", "Kompetensi Tim"), 180, ATASAN_AND_ADMINS
)
class TrainingAdminPage(TrainingPages):
    watched = frozenset({"training", "employee", "mapping", "unit"})

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.is_admin = ctx.actor.is_admin
        self.kinds: list[training.KindRow] = []
        self.note_dialog_factory: Any = NoteDialog
        self._units_loaded = False

        self.year = year_spin("adminTrainingYear")
        self.message = MessageLabel("adminTrainingMessage")
        top = buttons_row(QLabel(self.tr("Tahun")), self.year)

        # Verification queue
        self.queue_model = HighlightTableModel(
            [
                *training_columns(self, with_name=True)[:-2],
                Column(
                    "jp_suggested",
                    self.tr("Saran JP"),
                    "right",
                    fmt=lambda v: jp_text(v) if v is not None else "",
                ),
                Column("jp_reason", self.tr("Alasan JP")),
                Column("certificate_name", self.tr("Sertifikat")),
            ],
            lambda r: (
                "#fff3cd"
                if r.jp_suggested is not None and r.jp_credited != r.jp_suggested
                else None
            ),
            parent=self,
        )
        self.queue = make_table("queueTable", self.queue_model)
        # Name, title, JP reason and certificate share the width left by the short ones.
        fit_columns(self.queue, stretch=(0, 2, 8, 9))
        self.queue_label = label("queueLabel", wrap=False)
        self.verify_button, self.reject_button = push_buttons(
            (self.tr("Verifikasi"), "verifyTraining", self.verify_selected),
            (self.tr("Tolak..."), "rejectTraining", self.ask_reject),
        )
        queue_actions = hbox((self.queue_label, 1), self.verify_button, self.reject_button)
        queue_tab = panel(queue_actions, (self.queue, 1), margins=None)

        # Unit overview
        self.unit = combo_box(
            "overviewUnit", [(self.tr("Tim saya / semua dalam wewenang saya"), TEAM)]
        )
        self.below_only = QCheckBox(self.tr("Hanya yang di bawah target / melebihi batas"))
        self.below_only.setObjectName("belowOnly")
        self.export_button = push_button(
            self.tr("Ekspor..."), "exportOverview", clicked=self.ask_export
        )
        self.overview_label = label("overviewLabel")
        self.overview_model = HighlightTableModel(
            [
                Column("employee_name", self.tr("Nama")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column("asn_status", self.tr("Status")),
                Column("verified_jp", self.tr("JP"), "right", fmt=jp_text),
                Column("limit_jp", self.tr("Target/Batas"), "right"),
                *[
                    Column(f"m{i + 1}", name, "right", fmt=lambda v: jp_text(v) if v else "")
                    for i, name in enumerate(MONTHS)
                ],
                Column("message", self.tr("Keterangan")),
            ],
            lambda r: BELOW_BACKGROUND if r.below else None,
            parent=self,
        )
        self.overview = make_table("overviewTable", self.overview_model)
        overview_top = hbox(
            QLabel(self.tr("Unit")), (self.unit, 1), self.below_only, self.export_button
        )
        overview_tab = panel(overview_top, self.overview_label, (self.overview, 1), margins=None)
        self._meters: list[training.JpMeter] = []

        self.tabs = QTabWidget()
        self.tabs.setObjectName("trainingAdminTabs")
        self.tabs.addTab(queue_tab, self.tr("Antrean verifikasi"))
        self.tabs.addTab(overview_tab, self.tr("Rekap JP unit"))

        # Catalogue and bulk entry (admins)
        self.kind_model = RowTableModel(
            [
                Column("code", self.tr("Kode")),
                Column("label", self.tr("Nama")),
                Column("route_label", self.tr("Jalur")),
                Column(
                    "mode",
                    self.tr("Cara hitung"),
                    fmt=lambda m: self.tr("tetap") if m == "fixed" else self.tr("per jam"),
                ),
                Column("minutes_per_jp", self.tr("Menit/JP"), "right"),
                Column(
                    "fixed_jp",
                    self.tr("JP tetap"),
                    "right",
                    fmt=lambda v: jp_text(v) if v is not None else "",
                ),
                Column(
                    "max_jp",
                    self.tr("Batas JP"),
                    "right",
                    fmt=lambda v: jp_text(v) if v is not None else "",
                ),
                Column(
                    "active",
                    self.tr("Aktif"),
                    "center",
                    fmt=lambda a: self.tr("ya") if a else self.tr("tidak"),
                ),
            ],
            parent=self,
        )
        self.kind_table = make_table("kindTable", self.kind_model)
        self.add_kind_button, self.edit_kind_button = push_buttons(
            (self.tr("Tambah jenis..."), "addKind", lambda: self.open_kind_dialog(None)),
            (self.tr("Ubah..."), "editKind", lambda: self.open_kind_dialog(self.selected_kind())),
        )
        kind_actions = hbox(1, self.add_kind_button, self.edit_kind_button)
        catalogue_tab = panel(kind_actions, (self.kind_table, 1), margins=None)

        self.bulk_form: TrainingForm | None = None
        self.bulk_form_box = QWidget()
        self.bulk_form_layout = QVBoxLayout(self.bulk_form_box)
        self.bulk_form_layout.setContentsMargins(0, 0, 0, 0)
        self.bulk_unit = combo_box("bulkUnit")
        self.attendees = QListWidget()
        self.attendees.setObjectName("attendeeList")
        self.bulk_count = label("bulkCount", wrap=False)
        self.bulk_save = push_button(
            self.tr("Simpan untuk semua peserta (langsung terverifikasi)"),
            "bulkSave",
            clicked=self.save_bulk,
        )
        attendees_box = panel(
            QLabel(self.tr("Peserta dari unit")),
            self.bulk_unit,
            (self.attendees, 1),
            self.bulk_count,
        )
        bulk_split = splitter(Qt.Orientation.Horizontal, self.bulk_form_box, attendees_box)
        bulk_tab = QWidget()
        vbox((bulk_split, 1), parent=bulk_tab).addWidget(
            self.bulk_save, 0, Qt.AlignmentFlag.AlignRight
        )
        if self.is_admin:
            self.tabs.addTab(catalogue_tab, self.tr("Katalog jenis dan aturan JP"))
            self.tabs.addTab(bulk_tab, self.tr("Entri massal"))
        else:
            catalogue_tab.setParent(self)
            bulk_tab.setParent(self)
            catalogue_tab.hide()
            bulk_tab.hide()

        vbox(top, self.message, (self.tabs, 1), parent=self)

        self.year.valueChanged.connect(lambda _v: self.load())
        self.queue.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.unit.currentIndexChanged.connect(lambda _i: self.load_overview())
        self.below_only.toggled.connect(lambda _c: self._show_meters())
        self.bulk_unit.currentIndexChanged.connect(lambda _i: self.load_attendees())
        self.attendees.itemChanged.connect(lambda _i: self._update_bulk_count())
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        self.stale = False
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()
        load_units = self.is_admin and not self._units_loaded

        def work(_p: Any) -> tuple[Any, ...]:
            units = master.list_units(ws, actor, include_inactive=False) if load_units else None
            return (
                training.verification_queue(ws, actor, year),
                training.list_kinds(ws, include_inactive=True),
                units,
            )

        self.run_task(work, self._loaded, failed=self._dialog_failed)
        self.load_overview()

    def _loaded(self, value: tuple[Any, ...]) -> None:
        queue, kinds, units = value
        self.queue_model.set_rows(queue)
        self.queue_label.setText(
            self.tr("{n} kegiatan menunggu verifikasi Anda.").format(n=len(queue))
            if queue
            else self.tr("Tidak ada kegiatan yang menunggu verifikasi.")
        )
        self.kinds = kinds
        self.kind_model.set_rows(kinds)
        if self.is_admin and self.bulk_form is None:
            self.bulk_form = TrainingForm(
                [k for k in kinds if k.active], with_certificate=False, parent=self.bulk_form_box
            )
            self.bulk_form.setObjectName("bulkForm")
            self.bulk_form_layout.addWidget(self.bulk_form)
            self.bulk_form_layout.addStretch(1)
        if units is not None:
            self._units_loaded = True
            self.unit.blockSignals(True)
            fill_unit_combo(self.unit, units, none_label=None)
            self.unit.insertItem(0, self.tr("Semua dalam wewenang saya"), TEAM)
            self.unit.setCurrentIndex(0)
            self.unit.blockSignals(False)
            fill_unit_combo(self.bulk_unit, units, none_label=None)
        self._update_buttons()

    def load_overview(self) -> None:
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()
        unit = self.unit.currentData()
        unit_id = None if unit in (TEAM, None) else str(unit)
        self.run_task(
            lambda _p: training.unit_overview(ws, actor, year, unit_id=unit_id),
            self._overview_loaded,
            failed=self._dialog_failed,
        )

    def _overview_loaded(self, meters: list[training.JpMeter]) -> None:
        self._meters = meters
        self._show_meters()

    def _show_meters(self) -> None:
        meters = self._meters
        below = [m for m in meters if m.below_target]
        over = [m for m in meters if m.over_cap]
        shown = (
            [m for m in meters if m in below or m in over]
            if self.below_only.isChecked()
            else meters
        )
        self.overview_model.set_rows([_MeterRow(m) for m in shown])
        self.overview.resizeColumnsToContents()
        self.overview_label.setText(
            self.tr(
                "{n} pegawai · <b>{b} PNS di bawah target 20 JP</b> · {o} PPPK melebihi batas 24 JP"
            ).format(n=len(meters), b=len(below), o=len(over))
        )

    def load_attendees(self) -> None:
        unit_id = self.bulk_unit.currentData()
        if unit_id is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: master.list_employees(ws, actor, master.EmployeeFilter(unit_id=unit_id)),
            self._attendees_loaded,
            failed=self._dialog_failed,
        )

    def _attendees_loaded(self, rows: list[master.EmployeeRow]) -> None:
        self.attendees.blockSignals(True)
        self.attendees.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.display_name} · {nip_text(row.nip)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.blockSignals(False)
        self._update_bulk_count()

    def checked_attendees(self) -> list[str]:
        out: list[str] = []
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _update_bulk_count(self) -> None:
        self.bulk_count.setText(
            self.tr("{n} peserta dipilih").format(n=len(self.checked_attendees()))
        )

    def selected_queue(self) -> training.TrainingRow | None:
        return selected_row_of(self.queue, training.TrainingRow)

    def selected_kind(self) -> training.KindRow | None:
        return selected_row_of(self.kind_table, training.KindRow)

    def _update_buttons(self) -> None:
        waiting = self.selected_queue() is not None
        self.verify_button.setEnabled(waiting)
        self.reject_button.setEnabled(waiting)

    # --- commands -------------------------------------------------------------------
    def verify_selected(self) -> None:
        row = self.selected_queue()
        if row is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: training.verify(ws, actor, row.id),
            self._done(
                self.tr('Kegiatan "{t}" milik {n} diverifikasi.').format(
                    t=row.title, n=row.employee_name
                )
            ),
            failed=self._dialog_failed,
        )

    def ask_reject(self) -> None:
        row = self.selected_queue()
        if row is None:
            return
        self.ask_note(
            self.tr("Tolak kegiatan"),
            self.tr(
                'Kegiatan "{t}" milik {n} akan dikembalikan. Tuliskan apa yang perlu diperbaiki.'
            ).format(t=row.title, n=row.employee_name),
            self.tr("mis. sertifikat belum dilampirkan; JP tidak sesuai sertifikat"),
            lambda note: self.reject_row(row, note),
        )

    def reject_row(self, row: training.TrainingRow, note: str) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.dialog = None
        self.run_task(
            lambda _p: training.reject(ws, actor, row.id, note),
            self._done(self.tr('Kegiatan "{t}" dikembalikan dengan catatan.').format(t=row.title)),
            failed=self._dialog_failed,
        )

    def open_kind_dialog(self, kind: training.KindRow | None) -> None:
        dialog = KindDialog(kind, self)
        dialog.submitted.connect(
            lambda data: self.save_kind(data, kind.id if kind is not None else None)
        )
        self.dialog = dialog
        dialog.open()

    def save_kind(self, data: training.KindInput, kind_id: str | None) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: training.save_kind(ws, actor, data, kind_id),
            self._done(self.tr("Katalog disimpan.")),
            failed=self._dialog_failed,
        )

    def save_bulk(self) -> None:
        if self.bulk_form is None:
            return
        data = self.bulk_form.value()
        ids = self.checked_attendees()
        ws, actor = self.ctx.ws, self.ctx.actor
        self.run_task(
            lambda _p: training.bulk_record(ws, actor, data, ids),
            self._done(
                self.tr('Kegiatan "{t}" dicatat dan diverifikasi untuk {n} peserta.').format(
                    t=data.title, n=len(ids)
                )
            ),
            failed=self._dialog_failed,
        )

    def ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor rekap JP"),
            f"rekap-jp-{self.year.value()}.xlsx",
            "Excel (*.xlsx);;PDF (*.pdf)",
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_suffix(".xlsx")
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()
        unit = self.unit.currentData()
        unit_id = None if unit in (TEAM, None) else str(unit)
        self.run_task(
            lambda _p: training_report.unit_report(ws, actor, year, path, unit_id=unit_id),
            lambda r: self._set_message(self.tr("Rekap JP ditulis ke {p}.").format(p=r.path)),
            failed=self._dialog_failed,
        )
