"""Penilaian (atasan): team per period, rating form, calibration, signing, objections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QTabWidget,
)

from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.filter_proxy import nip_text
from ekinerja_desktop.gui.layout import (
    buttons_row,
    combo_box,
    form,
    hbox,
    label,
    line_edit,
    panel,
    splitter,
    text_edit,
    vbox,
)
from ekinerja_desktop.gui.pages import appraiser_page
from ekinerja_desktop.gui.pages.evaluation_widgets import (
    ORG_CHOICES,
    RATING_CHOICES,
    BehaviourModel,
    EvaluationPeriodPage,
    FollowUpDialog,
    ResultsModel,
    make_edit_table,
)
from ekinerja_desktop.gui.table_model import Column, RowTableModel, fit_columns
from ekinerja_desktop.gui.tasks import AfterPaint
from ekinerja_desktop.gui.widgets import (
    MessageLabel,
    StatusBadge,
    error_message,
    make_table,
    push_button,
    push_buttons,
)
from ekinerja_desktop.services import evaluation

PanelsLoaded = tuple[list[evaluation.Calibration], list[evaluation.ObjectionRow]]


@appraiser_page("evaluation", QT_TRANSLATE_NOOP("Navigation", "Penilaian"), 150)
class EvaluationPage(EvaluationPeriodPage):
    watched = frozenset({"evaluation", "skp", "mapping", "employee"})
    reload_visible = False

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx, "eval")
        self.detail: evaluation.EvaluationDetail | None = None
        self.calibrations: list[evaluation.Calibration] = []
        self._generation = 0  # the load whose results are wanted

        self.team_model = RowTableModel(
            [
                Column("employee_name", self.tr("Nama")),
                Column("employee_nip", self.tr("NIP"), fmt=nip_text),
                Column("status", self.tr("Status")),
                Column("predikat", self.tr("Predikat")),
                Column(
                    "self_submitted",
                    self.tr("Mandiri"),
                    "center",
                    fmt=lambda b: self.tr("sudah") if b else "",
                ),
            ],
            parent=self,
        )
        self.team = make_table("evalTeamTable", self.team_model)
        # The NIP is shown with the selected member; the list keeps to what fits.
        fit_columns(self.team, stretch=(0,), hidden=(1,))

        # Rating form
        self.member = label("evalMember", self.tr("Pilih anggota tim untuk menilai."))
        self.badge = StatusBadge()
        self.results_model = ResultsModel(self)
        self.results = make_edit_table("evalResults", self.results_model)
        self.behaviour_model = BehaviourModel(self)
        self.behaviour_table = make_edit_table("evalBehaviours", self.behaviour_model)
        self.rating_hasil = combo_box("ratingHasil")
        self.rating_perilaku = combo_box("ratingPerilaku")
        for combo in (self.rating_hasil, self.rating_perilaku):
            combo.addItems(list(RATING_CHOICES))
            combo.currentIndexChanged.connect(lambda _i: self._update_predikat())
        self.predikat_label = label("predikatLabel", wrap=False)
        self.notes = text_edit("evalNotes")
        self.notes.setMaximumHeight(70)
        rating_form = form(
            (self.tr("Rating Hasil Kerja"), self.rating_hasil),
            (self.tr("Rating Perilaku Kerja"), self.rating_perilaku),
            (self.tr("Predikat Kinerja Pegawai"), self.predikat_label),
            (self.tr("Catatan/Rekomendasi"), self.notes),
        )
        (
            self.open_button,
            self.save_button,
            self.sign_button,
            self.correct_button,
            self.pdf_button,
            self.cover_button,
            self.follow_up_button,
        ) = push_buttons(
            (self.tr("Buka/Buat evaluasi"), "openEvaluation", self.open_selected),
            (self.tr("Simpan"), "saveEvaluation", self.save),
            (self.tr("Tandatangani"), "signEvaluation", self.sign),
            (self.tr("Koreksi..."), "correctEvaluation", self.ask_correction),
            (self.tr("Lihat PDF"), "evalPdf", lambda: self.show_pdf(cover=False)),
            (self.tr("Sampul PDF"), "evalCoverPdf", lambda: self.show_pdf(cover=True)),
            (self.tr("Tindak lanjut..."), "evalFollowUp", self.ask_follow_up),
        )
        self.follow_up_dialog_factory: Callable[..., Any] = FollowUpDialog
        self.follow_up_list_button = push_button(
            self.tr("Daftar tindak lanjut"),
            "evalFollowUpList",
            tip=self.tr(
                "Penghargaan dan rencana pembinaan tahun ini sebagai PDF (bahan Baperjakat "
                "dan konsep SK)"
            ),
            clicked=lambda: self.pdf.show_follow_up_list(
                self.year.value(), on_failure=self._failed
            ),
        )
        # Two rows (the work on the left, documents and follow-up on the right), so the
        # team list keeps its width on a 1366-pixel laptop screen.
        actions = buttons_row(
            self.open_button, self.save_button, self.sign_button, self.correct_button
        )
        documents = hbox(
            1,
            self.pdf_button,
            self.cover_button,
            self.follow_up_button,
            self.follow_up_list_button,
        )
        self.message = MessageLabel("evalMessage")
        self._message_for: str | None = None  # the team member the message is about
        header = hbox((self.member, 1))
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        rating = panel(
            header,
            actions,
            documents,
            self.message,
            QLabel(self.tr("Hasil kerja (klik dua kali untuk mengubah)")),
            (self.results, 2),
            QLabel(self.tr("Perilaku kerja (BerAKHLAK)")),
            (self.behaviour_table, 1),
            rating_form,
            margins=None,
        )

        # Calibration
        self.calibration_label = label("calibrationLabel")
        self.calibration_label.setTextFormat(Qt.TextFormat.RichText)
        self.org_unit = combo_box("orgUnit")
        self.org_predikat = combo_box("orgPredikat")
        self.org_predikat.addItems(list(ORG_CHOICES))
        self.org_capaian = line_edit("orgCapaian")
        self.org_button = push_button(
            self.tr("Tetapkan predikat organisasi"),
            "setOrgPredikat",
            clicked=self.set_org_predikat,
        )
        # The distribution curve of the unit (employee predikat counts).
        # QtCharts loads when the page is built, not at program start (see dashboard).
        from ekinerja_desktop.gui.charts import ChartView

        self.distribution_chart = ChartView()
        self.distribution_chart.setObjectName("distributionChart")
        self.org_pdf_button = push_button(
            self.tr("Cetak penetapan"),
            "orgPredikatPdf",
            tip=self.tr("Penetapan Predikat Kinerja Organisasi dengan kurva distribusi (PDF)"),
            clicked=self.show_org_predikat_pdf,
        )
        org_row = hbox(
            self.org_unit,
            self.org_predikat,
            (self.org_capaian, 1),
            self.org_button,
            self.org_pdf_button,
        )
        calibration = panel(
            self.calibration_label, org_row, (self.distribution_chart, 1), margins=None
        )

        # Objections
        self.objection_model = RowTableModel(
            [
                Column("employee_name", self.tr("Pegawai")),
                Column("period_code", self.tr("Periode")),
                Column("filed_at", self.tr("Diajukan")),
                Column("reason", self.tr("Alasan")),
            ],
            parent=self,
        )
        self.objections = make_table("objectionTable", self.objection_model)
        self.decision_hasil = combo_box("decisionHasil")
        self.decision_perilaku = combo_box("decisionPerilaku")
        for combo in (self.decision_hasil, self.decision_perilaku):
            combo.addItems(list(RATING_CHOICES))
        self.decision_reason = line_edit("decisionReason")
        self.uphold_button, self.change_button, self.objection_pdf_button = push_buttons(
            (self.tr("Tetapkan hasil"), "upholdObjection", lambda: self.decide("uphold")),
            (self.tr("Ubah rating"), "changeObjection", lambda: self.decide("change")),
            (self.tr("Cetak keberatan"), "objectionPdf", self.show_objection_pdf),
        )
        decide = form(
            (self.tr("Rating Hasil Kerja baru"), self.decision_hasil),
            (self.tr("Rating Perilaku Kerja baru"), self.decision_perilaku),
            (self.tr("Alasan keputusan"), self.decision_reason),
        )
        decide_buttons = hbox(self.objection_pdf_button, 1, self.uphold_button, self.change_button)
        objections = panel(
            QLabel(self.tr("Keberatan yang Anda putuskan sebagai Atasan Pejabat Penilai")),
            (self.objections, 1),
            decide,
            decide_buttons,
            margins=None,
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("evalTabs")
        self.tabs.addTab(rating, self.tr("Penilaian"))
        self.tabs.addTab(calibration, self.tr("Kalibrasi"))
        self.tabs.addTab(objections, self.tr("Keberatan"))
        team_box = QGroupBox(self.tr("Tim"))
        vbox(self.team, parent=team_box)
        body = splitter(Qt.Orientation.Horizontal, team_box, self.tabs, sizes=[330, 700])
        vbox(self.period_bar, (body, 1), parent=self)

        self.team.selectionModel().selectionChanged.connect(lambda *_a: self._member_selected())
        self.org_unit.currentIndexChanged.connect(lambda _i: self._show_calibration())
        self._fill_periods(load=False)
        self._show_detail(None)

    # --- loading --------------------------------------------------------------------
    def load(self) -> None:
        self.stale = False
        ws, actor, code = self.ctx.ws, self.ctx.actor, self.period_code()
        if not code:
            return

        self._generation += 1
        generation = self._generation

        def team_shown(team: list[evaluation.TeamRow]) -> None:
            if generation != self._generation:
                return
            self._loaded(team)
            # The calibration and objection panels next (each reads the team again):
            # the team list, what the page opens on, does not wait for them, nor does
            # its first paint (the panels start once it is painted).
            painted = AfterPaint(self.team.viewport())

            def panels(_p: object) -> PanelsLoaded:
                painted.wait()
                return evaluation.calibration(ws, actor, code), evaluation.objections_to_decide(
                    ws, actor
                )

            self.run_task(
                panels, lambda value: self._panels_loaded(value, generation), failed=self._failed
            )

        self.run_task(lambda _p: evaluation.team(ws, actor, code), team_shown, failed=self._failed)

    def _panels_loaded(self, value: PanelsLoaded, generation: int) -> None:
        if generation != self._generation:
            return
        calibrations, objections = value
        self.objection_model.set_rows(objections)
        self.calibrations = calibrations
        self.org_unit.blockSignals(True)
        self.org_unit.clear()
        for cal in calibrations:
            self.org_unit.addItem(cal.unit_name, cal.unit_id)
        self.org_unit.blockSignals(False)
        self._show_calibration()
        self._update_buttons()

    def _loaded(self, team: list[evaluation.TeamRow]) -> None:
        keep = self.detail.employee_id if self.detail else None
        self.team_model.set_rows(team)
        for row, item in enumerate(team):
            if item.employee_id == keep:
                self.team.selectRow(row)
                break
        else:
            self._show_detail(None)
        self._update_buttons()

    def _selected(self) -> evaluation.TeamRow | None:
        rows = self.team.selectionModel().selectedRows()
        return self.team_model.row_at(rows[0].row()) if rows else None

    def _member_selected(self) -> None:
        row = self._selected()
        # (A reload clears the selection for a moment: only another person counts.)
        if row is not None and self._message_for != row.employee_id:
            # A message about the previous person never stays under the next one.
            self.message.show_text("")
            self._message_for = None
        if row is None:
            self._show_detail(None)
            return
        if row.evaluation_id:
            ws, actor = self.ctx.ws, self.ctx.actor
            self.run_task(
                lambda _p: evaluation.get_evaluation(ws, actor, row.evaluation_id),
                self._show_detail,
                failed=self._failed,
            )
        else:
            self._show_detail(None)
            self.member.setText(
                self.tr("{name}: belum ada evaluasi untuk periode ini.").format(
                    name=row.employee_name
                )
            )
        self._update_buttons()

    def open_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        ws, actor, code = self.ctx.ws, self.ctx.actor, self.period_code()
        self._run(
            lambda: evaluation.open_evaluation(ws, actor, row.employee_id, code, row.skp_part),
            self.tr("Evaluasi {name} dibuka.").format(name=row.employee_name),
        )

    # --- detail ---------------------------------------------------------------------
    def _show_detail(self, detail: evaluation.EvaluationDetail | None) -> None:
        self.detail = detail
        editable = (
            frozenset({"realisasi", "feedback"})
            if detail and detail.editable_by_me
            else (frozenset())
        )
        self.results_model.set_rows(detail.results if detail else (), editable)
        self.behaviour_model.set_rows(
            detail.behaviours if detail else (),
            frozenset({"feedback"}) if editable else frozenset(),
        )
        for combo, value in (
            (self.rating_hasil, detail.rating_hasil if detail else ""),
            (self.rating_perilaku, detail.rating_perilaku if detail else ""),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findText(value)))
            combo.blockSignals(False)
        self.notes.setPlainText(detail.notes if detail else "")
        self.notes.setReadOnly(not editable)
        self.rating_perilaku.setEnabled(bool(editable))
        self.rating_hasil.setEnabled(bool(editable) and not (detail and detail.is_org_head))
        if detail is None:
            self.member.setText(self.tr("Pilih anggota tim untuk menilai."))
            self.badge.set_status("")
        else:
            text = self.tr("<b>{name}</b> · {period} {year} · penilai {penilai}").format(
                name=detail.employee_name,
                period=detail.period_label,
                year=detail.year,
                penilai=detail.penilai_name,
            )
            if detail.is_org_head:
                text += "<br>" + self.tr(
                    "Kepala organisasi: Rating Hasil Kerja mengikuti Predikat Kinerja "
                    "Organisasi ({org})."
                ).format(org=detail.org_predikat or self.tr("belum ditetapkan"))
            if not detail.period_ended:
                text += "<br>" + self.tr(
                    "Periode belum berakhir: evaluasi hanya dapat disimpan sebagai draf."
                )
            if detail.correction_reason:
                text += "<br>" + self.tr("Alasan revisi: {r}").format(r=detail.correction_reason)
            self.member.setText(text)
            self.badge.set_status(detail.status, detail.revision)
        self._update_predikat()
        self._update_buttons()

    def _update_predikat(self) -> None:
        hasil = self.rating_hasil.currentText()
        if self.detail is not None and self.detail.is_org_head:
            hasil = self.detail.rating_hasil or ""
        perilaku = self.rating_perilaku.currentText()
        if hasil and perilaku:
            self.predikat_label.setText(f"<b>{matrix_predikat(hasil, perilaku).value}</b>")
        else:
            self.predikat_label.setText(self.tr("(pilih kedua rating)"))

    def _update_buttons(self) -> None:
        d = self.detail
        row = self._selected()
        editable = bool(d and d.editable_by_me)
        self.open_button.setEnabled(row is not None and not row.evaluation_id)
        self.save_button.setEnabled(editable)
        self.sign_button.setEnabled(editable and bool(d and d.period_ended))
        signed = bool(d and d.status in evaluation.SIGNED_STATUSES)
        self.correct_button.setEnabled(signed and d is not None and d.penilai_id is not None)
        self.pdf_button.setEnabled(d is not None)
        self.cover_button.setEnabled(d is not None)
        self.follow_up_button.setEnabled(
            signed and d is not None and d.period_code.endswith("AKHIR") and bool(_kind(d))
        )
        has_objection = self.objection_model.rowCount() > 0
        self.uphold_button.setEnabled(has_objection)
        self.change_button.setEnabled(has_objection)
        self.objection_pdf_button.setEnabled(has_objection)

    def _show_calibration(self) -> None:
        unit_id = self.org_unit.currentData()
        cal = next((c for c in self.calibrations if c.unit_id == unit_id), None)
        if cal is None:
            self.calibration_label.setText(self.tr("Belum ada anggota tim pada periode ini."))
            self.org_button.setEnabled(False)
            return
        counts = ", ".join(f"{p}: {n}" for p, n in cal.counts)
        lines = [
            self.tr("<b>{unit}</b> · Predikat Kinerja Organisasi: <b>{org}</b>").format(
                unit=cal.unit_name, org=cal.org_predikat or self.tr("belum ditetapkan")
            ),
            self.tr("Sebaran predikat pegawai ({n} dinilai): {c}").format(n=cal.total, c=counts),
        ]
        lines += [f"<span style='color:#b71c1c'>⚠ {w}</span>" for w in cal.warnings]
        if cal.org_predikat and not cal.warnings and cal.total:
            lines.append(self.tr("Sebaran sesuai pedoman."))
        self.calibration_label.setText("<br>".join(lines))
        from ekinerja_desktop.services import central

        self.distribution_chart.draw(
            central.DataTable(
                key="distribution",
                title=self.tr("Kurva distribusi"),
                columns=(
                    central.TableColumn("predikat", self.tr("Predikat")),
                    central.TableColumn("count", self.tr("Jumlah pegawai"), "int"),
                ),
                rows=tuple((p, n) for p, n in cal.counts),
                chart=central.ChartSpec(kind="bar", category="predikat", series=("count",)),
            )
        )
        self.org_button.setEnabled(cal.can_set_org_predikat)
        if cal.org_predikat:
            self.org_predikat.setCurrentIndex(max(0, self.org_predikat.findText(cal.org_predikat)))
        self.org_capaian.setText(cal.capaian)

    # --- actions --------------------------------------------------------------------
    def save(self) -> None:
        d = self.detail
        if d is None:
            return
        realisasi = self.results_model.edits("realisasi")
        feedback = self.results_model.edits("feedback")
        results = {
            r.indicator_id: (
                realisasi.get(r.indicator_id, r.realisasi),
                feedback.get(r.indicator_id, r.feedback),
            )
            for r in d.results
            if r.indicator_id in realisasi or r.indicator_id in feedback
        }
        behaviours = self.behaviour_model.edits("feedback")
        hasil, perilaku = self.rating_hasil.currentText(), self.rating_perilaku.currentText()
        notes = self.notes.toPlainText()
        ws, actor, eid = self.ctx.ws, self.ctx.actor, d.id
        self._run(
            lambda: evaluation.save_rating(
                ws,
                actor,
                eid,
                results=results,
                behaviours=behaviours,
                rating_hasil=hasil,
                rating_perilaku=perilaku,
                notes=notes,
            ),
            self.tr("Evaluasi disimpan."),
        )

    def sign(self) -> None:
        if self.detail is not None:
            name = self.detail.employee_name
            done = self.tr("Evaluasi {name} ditandatangani.").format(name=name)
            self._act(evaluation.sign, done)

    def ask_correction(self) -> None:
        self._ask_reason(
            self.tr("Koreksi evaluasi"),
            self.tr("Tulis alasan koreksi. Evaluasi yang sudah ditandatangani tetap tersimpan."),
            evaluation.start_correction,
            self.tr("Revisi koreksi dibuat."),
        )

    def ask_follow_up(self) -> None:
        d = self.detail
        if d is None or not _kind(d):
            return
        dialog = self.follow_up_dialog_factory(_kind(d), d.year, parent=self)
        ws, actor, eid = self.ctx.ws, self.ctx.actor, d.id

        def save(values: dict[str, Any]) -> None:
            kind = values.pop("kind")
            description = values.pop("description")
            self._run(
                lambda: evaluation.add_follow_up(ws, actor, eid, kind, description, **values),
                self.tr("Tindak lanjut disimpan."),
                keep_detail=True,
            )

        dialog.submitted.connect(save)
        self.dialog = dialog
        dialog.open()

    def show_pdf(self, *, cover: bool) -> None:
        if self.detail is not None:
            self.pdf.show(self.detail, cover=cover, on_failure=self._failed)

    def set_org_predikat(self) -> None:
        unit_id = self.org_unit.currentData()
        if not unit_id:
            return
        ws, actor, code = self.ctx.ws, self.ctx.actor, self.period_code()
        value, capaian = self.org_predikat.currentText(), self.org_capaian.text()
        self._run(
            lambda: evaluation.set_org_predikat(ws, actor, unit_id, code, value, capaian=capaian),
            self.tr("Predikat Kinerja Organisasi ditetapkan."),
            keep_detail=True,
        )

    def show_org_predikat_pdf(self) -> None:
        unit_id = self.org_unit.currentData()
        if unit_id:
            self.pdf.show_org_predikat([str(unit_id)], self.period_code(), on_failure=self._failed)

    def show_objection_pdf(self) -> None:
        rows = self.objections.selectionModel().selectedRows()
        if rows:
            obj = self.objection_model.row_at(rows[0].row())
            self.pdf.show_objection(obj, on_failure=self._failed)

    def decide(self, decision: str) -> None:
        rows = self.objections.selectionModel().selectedRows()
        if not rows:
            self.objections.selectRow(0)
            rows = self.objections.selectionModel().selectedRows()
        if not rows:
            return
        obj = self.objection_model.row_at(rows[0].row())
        ws, actor = self.ctx.ws, self.ctx.actor
        reason = self.decision_reason.text()
        hasil = self.decision_hasil.currentText() if decision == "change" else ""
        perilaku = self.decision_perilaku.currentText() if decision == "change" else ""
        self._run(
            lambda: evaluation.decide_objection(
                ws, actor, obj.id, decision, reason, rating_hasil=hasil, rating_perilaku=perilaku
            ),
            self.tr("Keberatan {name} diputuskan.").format(name=obj.employee_name),
            keep_detail=True,
        )

    def _run(self, fn: Callable[[], Any], done: str, *, keep_detail: bool = False) -> None:
        def success(result: Any) -> None:
            if isinstance(result, evaluation.EvaluationDetail) and not keep_detail:
                self._show_detail(result)
            self._say(done)
            self.ctx.changed({"evaluation"})
            self.load()

        self.run_task(lambda _p: fn(), success, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._say(error_message(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        """Show a result or error about the selected team member."""
        row = self._selected()
        if self.detail is not None:
            self._message_for = self.detail.employee_id
        else:
            self._message_for = row.employee_id if row else None
        self.message.show_text(text, error)

    def can_leave(self) -> bool:
        return True


def _kind(detail: evaluation.EvaluationDetail) -> str:
    """Which follow-up the annual predikat calls for ("" for Baik)."""
    if detail.predikat == "Sangat Baik":
        return evaluation.REWARD
    if detail.predikat in {"Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"}:
        return evaluation.PEMBINAAN
    return ""
