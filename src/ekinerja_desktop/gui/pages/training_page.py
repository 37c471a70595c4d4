"""Pengembangan Kompetensi: my activities with the yearly JP meter, and my development plan."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.domain.jp import DevRoute
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import (
    FormDialog,
    FormRows,
    combo_box,
    date_edit,
    double_spin_box,
    form,
    hbox,
    label,
    line_edit,
)
from ekinerja_desktop.gui.pages import EMPLOYEES, ReloadingPage, navigation_page
from ekinerja_desktop.gui.table_model import Column
from ekinerja_desktop.gui.widgets import (
    HighlightTableModel,
    MessageLabel,
    error_message,
    make_table,
    push_buttons,
    selected_row_of,
    to_date,
    to_qdate,
    year_spin,
)
from ekinerja_desktop.services import training

MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
STATUS_BACKGROUND = {
    training.DIAJUKAN: "#fff3cd",
    training.DITOLAK: "#f8d7da",
}
BELOW_BACKGROUND = "#fde2e4"


def jp_text(value: Decimal) -> str:
    return format_number(value.normalize() if value == value.to_integral() else value)


def set_meter(
    bar: QProgressBar, label: QLabel, meter: training.JpMeter | None, pending_text: str = ""
) -> None:
    """Progress bar against 20 JP (PNS) or the 24 JP cap (PPPK), with the rule's message."""
    if meter is None:
        bar.setRange(0, 20)
        bar.setValue(0)
        bar.setFormat("")
        label.setText("")
        return
    bar.setRange(0, meter.limit_jp * 100)
    bar.setValue(int(min(meter.verified_jp, Decimal(meter.limit_jp)) * 100))
    bar.setFormat(f"{jp_text(meter.verified_jp)} / {meter.limit_jp} JP")
    color = "#2e7d32" if meter.ok else ("#c62828" if meter.over_cap else "#ef6c00")
    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
    pending = pending_text.format(n=jp_text(meter.pending_jp)) if meter.pending_jp else ""
    label.setText(meter.message + pending)


class TrainingPages(ReloadingPage):
    """What both training pages share: a message line, at most one open dialog, and the
    handlers of a command (success closes the dialog and reloads; a failure shows in the
    open dialog, else on the message line)."""

    message: MessageLabel

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error)

    def _dialog_failed(self, error: BaseException) -> None:
        if (
            self.dialog is not None
            and self.dialog.isVisible()
            and hasattr(self.dialog, "show_error")
        ):
            self.dialog.show_error(error_message(error))
        else:
            self._failed(error)

    def _set_message(self, text: str) -> None:
        self.message.show_text(text)

    def _done(self, message: str) -> Callable[[Any], None]:
        """Closes the open dialog, shows ``message``, announces the change, reloads."""

        def done(_value: Any) -> None:
            if self.dialog is not None:
                self.dialog.accept()
                self.dialog = None
            self._set_message(message)
            self.ctx.changed({"training"})
            self.load()

        return done


class TrainingForm(QWidget):
    """Route, kind, title, organiser, dates, hours, JP (suggested) with reason, certificate."""

    changed = Signal()

    def __init__(
        self, kinds: list[training.KindRow], *, with_certificate: bool = True, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.kinds = kinds
        self.certificate_file: Path | None = None
        self.remove_certificate = False
        self._jp_touched = False
        today = today_wita()
        rows = FormRows()
        self.route = rows.add(
            self.tr("Jalur"), combo_box("routeCombo", ((r.label, r.value) for r in DevRoute))
        )
        self.route.setCurrentIndex(1)
        self.kind = rows.add(self.tr("Jenis kegiatan"), combo_box("kindCombo"))
        self.title = rows.add(
            self.tr("Judul kegiatan"), line_edit("titleEdit", self.tr("mis. Bimtek Penyusunan SKP"))
        )
        self.organiser = rows.add(self.tr("Penyelenggara"), line_edit("organiserEdit"))
        self.start = rows.add(self.tr("Tanggal mulai"), date_edit("startDate", to_qdate(today)))
        self.end = rows.add(self.tr("Tanggal selesai"), date_edit("endDate", to_qdate(today)))
        # The service's rule (training_date_limits): carried out already, not before 2000.
        earliest, latest = training.training_date_limits()
        for edit in (self.start, self.end):
            edit.setDateRange(to_qdate(earliest), to_qdate(latest))
            edit.setToolTip(
                self.tr("Kegiatan yang sudah dilaksanakan: paling lambat hari ini ({d}).").format(
                    d=latest.strftime("%d/%m/%Y")
                )
            )
        self.hours = rows.add(self.tr("Jumlah jam"), double_spin_box("hoursSpin", 0, 10000))
        self.jp = double_spin_box("jpSpin", 0, 1000)
        self.suggestion = label("jpSuggestion", wrap=False)
        rows.add(self.tr("JP diakui"), hbox(self.jp, (self.suggestion, 1)))
        self.reason = rows.add(
            self.tr("Alasan JP"),
            line_edit(
                "jpReason",
                self.tr("wajib bila JP berbeda dari saran, mis. JP tertera pada sertifikat"),
            ),
        )
        self.certificate_no = rows.add(self.tr("No. sertifikat"), line_edit("certificateNo"))
        self.file_label = label("certificateFile", self.tr("(belum ada berkas)"), wrap=False)
        self.file_button, self.clear_button = push_buttons(
            (self.tr("Pilih berkas..."), "chooseCertificate", self._choose_file),
            (self.tr("Lepas"), "clearCertificate", self._clear_file),
        )
        fields = form(
            *rows,
            (
                (
                    self.tr("Berkas sertifikat"),
                    hbox((self.file_label, 1), self.file_button, self.clear_button),
                )
                if with_certificate
                else None
            ),
            parent=self,
        )
        fields.setContentsMargins(0, 0, 0, 0)
        self.route.currentIndexChanged.connect(lambda _i: self._fill_kinds())
        self.kind.currentIndexChanged.connect(lambda _i: self._update_suggestion())
        self.hours.valueChanged.connect(lambda _v: self._update_suggestion())
        self.jp.valueChanged.connect(self._jp_edited)
        self._fill_kinds()

    # --- kinds and JP suggestion ---------------------------------------------------
    def _fill_kinds(self, select: str | None = None) -> None:
        route = self.route.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in self.kinds:
            if kind.route == route and (kind.active or kind.code == select):
                self.kind.addItem(kind.label, kind.code)
        if select is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(select)))
        self.kind.blockSignals(False)
        self._update_suggestion()

    def current_kind(self) -> training.KindRow | None:
        code = self.kind.currentData()
        return next((k for k in self.kinds if k.code == code), None)

    def suggested_jp(self) -> Decimal | None:
        kind = self.current_kind()
        if kind is None:
            return None
        return kind.suggest(Decimal(str(round(self.hours.value(), 2))))

    def _update_suggestion(self) -> None:
        suggested = self.suggested_jp()
        if suggested is None:
            self.suggestion.setText("")
        else:
            self.suggestion.setText(self.tr("saran katalog: {jp} JP").format(jp=jp_text(suggested)))
            if not self._jp_touched:
                self.jp.blockSignals(True)
                self.jp.setValue(float(suggested))
                self.jp.blockSignals(False)
        self._update_reason()
        self.changed.emit()

    def _jp_edited(self, _value: float) -> None:
        self._jp_touched = True
        self._update_reason()
        self.changed.emit()

    def jp_differs(self) -> bool:
        suggested = self.suggested_jp()
        return suggested is not None and self.jp_value() != suggested

    def jp_value(self) -> Decimal:
        return Decimal(str(round(self.jp.value(), 2))).quantize(Decimal("0.01"))

    def _update_reason(self) -> None:
        differs = self.jp_differs()
        self.reason.setEnabled(differs or bool(self.reason.text()))
        self.reason.setStyleSheet(
            "background:#fff3cd;" if differs and not self.reason.text().strip() else ""
        )

    # --- certificate ---------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas sertifikat"),
            "",
            self.tr("Dokumen (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)"),
        )
        if path:
            self.set_certificate_file(Path(path))

    def set_certificate_file(self, path: Path | None) -> None:
        self.certificate_file = path
        if path is not None:
            self.remove_certificate = False
            self.file_label.setText(path.name)

    def _clear_file(self) -> None:
        self.certificate_file = None
        self.remove_certificate = True
        self.file_label.setText(self.tr("(belum ada berkas)"))

    # --- values --------------------------------------------------------------------
    def set_row(self, row: training.TrainingRow) -> None:
        self.route.blockSignals(True)
        self.route.setCurrentIndex(max(0, self.route.findData(row.route)))
        self.route.blockSignals(False)
        self._jp_touched = True
        self._fill_kinds(select=row.kind_code)
        self.title.setText(row.title)
        self.organiser.setText(row.organiser)
        self.start.setDate(to_qdate(row.start_date))
        self.end.setDate(to_qdate(row.end_date))
        self.hours.setValue(float(row.hours))
        self.jp.setValue(float(row.jp_credited))
        self.reason.setText(row.jp_reason)
        self.certificate_no.setText(row.certificate_no)
        self.file_label.setText(row.certificate_name or self.tr("(belum ada berkas)"))
        self._update_reason()

    def value(self) -> training.TrainingInput:
        return training.TrainingInput(
            route=str(self.route.currentData() or ""),
            kind_code=str(self.kind.currentData() or ""),
            title=self.title.text(),
            organiser=self.organiser.text(),
            start_date=to_date(self.start.date()),
            end_date=to_date(self.end.date()),
            hours=Decimal(str(round(self.hours.value(), 2))),
            jp_credited=self.jp_value(),
            jp_reason=self.reason.text() if self.jp_differs() else "",
            certificate_no=self.certificate_no.text(),
            certificate_file=self.certificate_file,
            remove_certificate=self.remove_certificate,
        )


class TrainingDialog(FormDialog):
    """Add or change one activity (``submitted``: a training.TrainingInput); stays open and
    shows the service's message on error."""

    def __init__(
        self,
        kinds: list[training.KindRow],
        row: training.TrainingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("trainingDialog", "", parent)
        self.row = row
        self.setWindowTitle(
            self.tr("Ubah kegiatan pengembangan kompetensi")
            if row
            else self.tr("Catat kegiatan pengembangan kompetensi")
        )
        self.form = TrainingForm(kinds, parent=self)
        if row is not None:
            self.form.set_row(row)
        self.error = MessageLabel("dialogError")
        self.build(message=self.error, before=(self.form,))
        self.resize(560, 460)
        # The last save's complaint goes as soon as the form is changed.
        fields = self.form
        for edit in (fields.title, fields.organiser, fields.reason, fields.certificate_no):
            edit.textEdited.connect(lambda _t: self.error.hide())
        for day in (fields.start, fields.end):
            day.dateChanged.connect(lambda _d: self.error.hide())
        fields.changed.connect(self.error.hide)

    def value(self) -> training.TrainingInput:
        return self.form.value()


class PlanDialog(FormDialog):
    """A planned activity: title, kind, month, planned JP (``submitted``: a
    training.PlanInput)."""

    def __init__(
        self,
        kinds: list[training.KindRow],
        item: training.PlanItemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("planDialog", "", parent)
        self.setWindowTitle(self.tr("Rencana pengembangan"))
        self.title = line_edit("planTitle", text=item.title if item else "")
        self.kind = combo_box(
            "planKind",
            [(self.tr("(belum ditentukan)"), ""), *((k.label, k.code) for k in kinds)],
        )
        if item is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind_code)))
        self.month = combo_box(
            "planMonth", [(self.tr("Kapan saja"), 0), *((n, i) for i, n in enumerate(MONTHS, 1))]
        )
        if item is not None:
            self.month.setCurrentIndex(item.planned_month)
        self.jp = double_spin_box("planJp", 0, 1000, value=float(item.planned_jp) if item else 0)
        self.error = MessageLabel("dialogError")
        self.build(
            (self.tr("Rencana kegiatan"), self.title),
            (self.tr("Jenis"), self.kind),
            (self.tr("Bulan"), self.month),
            (self.tr("JP rencana"), self.jp),
            message=self.error,
        )

    def value(self) -> training.PlanInput:
        return training.PlanInput(
            title=self.title.text(),
            kind_code=str(self.kind.currentData() or ""),
            planned_month=int(self.month.currentData() or 0),
            planned_jp=Decimal(str(round(self.jp.value(), 2))),
        )


def training_columns(page: QWidget, *, with_name: bool = False) -> list[Column]:
    columns = [Column("employee_name", page.tr("Nama"))] if with_name else []
    return [
        *columns,
        Column("start_date", page.tr("Mulai"), fmt=lambda d: d.strftime("%d/%m/%Y")),
        Column("title", page.tr("Judul kegiatan")),
        Column("kind_label", page.tr("Jenis")),
        Column("hours", page.tr("Jam"), "right", fmt=jp_text),
        Column("jp_credited", page.tr("JP"), "right", fmt=jp_text),
        Column("status", page.tr("Status")),
        Column("certificate_name", page.tr("Sertifikat")),
        Column("note", page.tr("Catatan")),
    ]


Loaded = tuple[
    list[training.KindRow], list[training.TrainingRow], training.JpMeter, training.PlanSummary
]


@navigation_page(
    "training", QT_TRANSLATE_NOOP("Navigation", "Pengembangan Kompetensi"), 170, EMPLOYEES
)
class TrainingPage(TrainingPages):
    watched = frozenset({"training", "employee"})

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.kinds: list[training.KindRow] = []
        self.year = year_spin("trainingYear")
        self.meter = QProgressBar()
        self.meter.setObjectName("jpMeter")
        self.meter.setTextVisible(True)
        self.meter_label = QLabel("")
        self.meter_label.setObjectName("jpMeterLabel")
        self.meter_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.meter, 1)
        self.message = MessageLabel("trainingMessage")

        self.model = HighlightTableModel(
            training_columns(self), lambda r: STATUS_BACKGROUND.get(r.status), parent=self
        )
        self.table = make_table("trainingTable", self.model)
        self.add_button, self.edit_button, self.delete_button = push_buttons(
            (self.tr("Catat kegiatan..."), "addTraining", None),
            (self.tr("Ubah..."), "editTraining", None),
            (self.tr("Hapus"), "deleteTraining", None),
        )
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        records = QGroupBox(self.tr("Kegiatan saya"))
        records_layout = QVBoxLayout(records)
        records_layout.addLayout(actions)
        records_layout.addWidget(self.table, 1)

        self.plan_model = HighlightTableModel(
            [
                Column("title", self.tr("Rencana")),
                Column("kind_label", self.tr("Jenis")),
                Column(
                    "planned_month", self.tr("Bulan"), fmt=lambda m: MONTHS[m - 1] if m else "-"
                ),
                Column("planned_jp", self.tr("JP rencana"), "right", fmt=jp_text),
                Column(
                    "source",
                    self.tr("Sumber"),
                    fmt=lambda s: self.tr("Evaluasi (pembinaan)") if s == "evaluation" else "",
                ),
                Column("training_title", self.tr("Realisasi")),
                Column("training_status", self.tr("Status")),
            ],
            lambda r: "#d4edda" if r.realised else None,
            parent=self,
        )
        self.plan = make_table("planTable", self.plan_model)
        self.plan_summary = QLabel("")
        self.plan_summary.setObjectName("planSummary")
        self.add_plan_button, self.link_button, self.delete_plan_button = push_buttons(
            (self.tr("Tambah rencana..."), "addPlan", None),
            (self.tr("Tautkan ke kegiatan terpilih"), "linkPlan", None),
            (self.tr("Hapus rencana"), "deletePlan", None),
        )
        plan_actions = QHBoxLayout()
        plan_actions.addWidget(self.plan_summary, 1)
        for button in (self.add_plan_button, self.link_button, self.delete_plan_button):
            plan_actions.addWidget(button)
        plan_box = QGroupBox(self.tr("Rencana pengembangan saya (rencana vs realisasi)"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(plan_actions)
        plan_layout.addWidget(self.plan, 1)

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(records)
        body.addWidget(plan_box)
        body.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meter_label)
        layout.addWidget(self.message)
        layout.addWidget(body, 1)

        self.year.valueChanged.connect(lambda _v: self.load())
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.open_dialog(self.selected()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_plan_button.clicked.connect(self.open_plan_dialog)
        self.link_button.clicked.connect(self.link_selected)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.plan.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        set_meter(self.meter, self.meter_label, None)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        self.stale = False
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()

        def work(_p: Any) -> Loaded:
            return (
                training.list_kinds(ws, include_inactive=True),
                training.list_trainings(ws, actor, year),
                training.jp_meter(ws, actor, year),
                training.development_plan(ws, actor, year),
            )

        self.run_task(work, self._loaded, failed=self._failed)

    def _loaded(self, value: Loaded) -> None:
        self.kinds, rows, meter, plan = value
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        set_meter(self.meter, self.meter_label, meter, self.tr(" · {n} JP menunggu verifikasi"))
        self.plan_model.set_rows(list(plan.items))
        self.plan_summary.setText(
            self.tr(
                "{r} dari {n} rencana terealisasi · {pjp} JP direncanakan, {rjp} JP terealisasi"
            ).format(
                r=plan.realised_count,
                n=len(plan.items),
                pjp=jp_text(plan.planned_jp),
                rjp=jp_text(plan.realised_jp),
            )
        )
        self._update_buttons()

    def selected(self) -> training.TrainingRow | None:
        return selected_row_of(self.table, training.TrainingRow)

    def selected_plan(self) -> training.PlanItemRow | None:
        return selected_row_of(self.plan, training.PlanItemRow)

    def _update_buttons(self) -> None:
        row = self.selected()
        editable = row is not None and row.editable
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        plan = self.selected_plan()
        self.link_button.setEnabled(plan is not None and row is not None)
        self.delete_plan_button.setEnabled(plan is not None)

    # --- commands -------------------------------------------------------------------
    def _act(self, fn: Callable[[], object], done: str, *, in_dialog: bool = False) -> None:
        """Run ``fn`` in the background; on success close the dialog, say ``done`` and reload;
        a failure shows in the open dialog (``in_dialog``) or under the toolbar."""
        self.run_task(
            lambda _p: fn(),
            self._done(done),
            failed=self._dialog_failed if in_dialog else self._failed,
        )

    def open_dialog(self, row: training.TrainingRow | None) -> None:
        if row is not None and not row.editable:
            return
        dialog = TrainingDialog(self.kinds, row, self)
        dialog.submitted.connect(lambda data: self.save(row, data))
        self.dialog = dialog
        dialog.open()

    def save(self, row: training.TrainingRow | None, data: training.TrainingInput) -> None:
        ws, actor = self.ctx.ws, self.ctx.actor
        if data.start_date.year != self.year.value():
            # Listed under its own year: show that year, or the saved activity would hide.
            self.stale = True
            self.year.blockSignals(True)
            self.year.setValue(data.start_date.year)
            self.year.blockSignals(False)
        if row is None:
            self._act(
                lambda: training.record_training(ws, actor, data),
                self.tr("Kegiatan dicatat dan diajukan untuk verifikasi."),
                in_dialog=True,
            )
        else:
            self._act(
                lambda: training.update_training(
                    ws, actor, row.id, data, expected_version=row.version
                ),
                self.tr("Perubahan kegiatan disimpan."),
                in_dialog=True,
            )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self._act(lambda: training.delete_training(ws, actor, row.id), self.tr("Kegiatan dihapus."))

    def open_plan_dialog(self) -> None:
        dialog = PlanDialog([k for k in self.kinds if k.active], None, self)
        dialog.submitted.connect(self.add_plan)
        self.dialog = dialog
        dialog.open()

    def add_plan(self, data: training.PlanInput) -> None:
        ws, actor, year = self.ctx.ws, self.ctx.actor, self.year.value()
        self._act(
            lambda: training.add_plan_item(ws, actor, year, data),
            self.tr("Rencana pengembangan ditambahkan."),
            in_dialog=True,
        )

    def link_selected(self) -> None:
        plan, row = self.selected_plan(), self.selected()
        if plan is None or row is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self._act(
            lambda: training.link_plan_item(ws, actor, plan.id, row.id),
            self.tr('Rencana "{p}" ditautkan ke kegiatan "{t}".').format(p=plan.title, t=row.title),
        )

    def delete_plan(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        ws, actor = self.ctx.ws, self.ctx.actor
        self._act(
            lambda: training.delete_plan_item(ws, actor, plan.id), self.tr("Rencana dihapus.")
        )
