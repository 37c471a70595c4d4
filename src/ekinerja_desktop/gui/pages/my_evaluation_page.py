"""Evaluasi Saya (pegawai): self-assessment, signed results, acknowledge, objection, follow-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
)

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.periods import parse_period
from ekinerja_desktop.gui.context import GuiContext
from ekinerja_desktop.gui.layout import hbox, label, vbox
from ekinerja_desktop.gui.pages import EMPLOYEES, navigation_page
from ekinerja_desktop.gui.pages.evaluation_widgets import (
    BehaviourModel,
    EvaluationPeriodPage,
    ResultsModel,
    make_edit_table,
)
from ekinerja_desktop.gui.widgets import MessageLabel, StatusBadge, push_buttons
from ekinerja_desktop.services import evaluation, skp

# (SKP period number, its label) of each SKP period overlapping the evaluation period
Parts = list[tuple[int, str]]
Loaded = tuple[evaluation.EvaluationDetail | None, evaluation.AnnualResult | None, Parts]


@navigation_page("my_evaluation", QT_TRANSLATE_NOOP("Navigation", "Evaluasi Saya"), 160, EMPLOYEES)
class MyEvaluationPage(EvaluationPeriodPage):
    watched = frozenset({"evaluation"})
    reload_visible = False

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx, "myEval")
        self.detail: evaluation.EvaluationDetail | None = None
        self.annual: evaluation.AnnualResult | None = None
        # After a mutasi/promosi the year has several SKP periods: one evaluation each.
        self.part = QComboBox()
        self.part.setObjectName("myEvalPart")
        self.part.setToolTip(self.tr("Periode SKP yang dievaluasi (setelah mutasi/promosi)"))
        self.part_label = QLabel(self.tr("SKP"))
        self.period_bar.insertWidget(self.period_bar.count() - 1, self.part_label)
        self.period_bar.insertWidget(self.period_bar.count() - 1, self.part)
        self.part_label.hide()
        self.part.hide()
        self.part.activated.connect(lambda _i: self.load())

        self.summary = label("myEvalSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.badge = StatusBadge()
        header = hbox((self.summary, 1))
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        (
            self.start_button,
            self.save_button,
            self.submit_button,
            self.ack_button,
            self.object_button,
            self.pdf_button,
            self.credit_button,
            self.objection_pdf_button,
        ) = push_buttons(
            (self.tr("Mulai penilaian mandiri"), "startSelf", self.start),
            (self.tr("Simpan"), "saveSelf", lambda: self.save_self(submit=False)),
            (self.tr("Serahkan ke penilai"), "submitSelf", lambda: self.save_self(submit=True)),
            (self.tr("Terima hasil"), "acknowledge", self.acknowledge),
            (self.tr("Ajukan keberatan..."), "fileObjection", self.ask_objection),
            (self.tr("Lihat PDF"), "myEvalPdf", self.show_pdf),
            (
                self.tr("Angka kredit"),
                "myCreditPdf",
                self.show_credit,
                self.tr("Konversi predikat kinerja ke angka kredit lima tahun terakhir (PDF)"),
            ),
            (
                self.tr("Cetak keberatan"),
                "myObjectionPdf",
                self.show_objection_pdf,
                self.tr("Formulir keberatan beserta keputusan atasan pejabat penilai"),
            ),
        )
        actions = hbox(
            1,
            self.start_button,
            self.save_button,
            self.submit_button,
            self.ack_button,
            self.object_button,
            self.pdf_button,
            self.objection_pdf_button,
            self.credit_button,
        )
        self.message = MessageLabel("myEvalMessage")
        self.results_model = ResultsModel(self)
        self.results = make_edit_table("myEvalResults", self.results_model)
        self.behaviour_model = BehaviourModel(self)
        self.behaviour_table = make_edit_table("myEvalBehaviours", self.behaviour_model)
        self.follow_up = label("followUpLabel")
        self.follow_up.setTextFormat(Qt.TextFormat.RichText)

        vbox(
            self.period_bar,
            header,
            actions,
            self.message,
            QLabel(self.tr("Hasil kerja (isi kolom Realisasi mandiri)")),
            (self.results, 2),
            QLabel(self.tr("Perilaku kerja (BerAKHLAK)")),
            (self.behaviour_table, 1),
            self.follow_up,
            parent=self,
        )

        self._fill_periods(load=False)
        self._show((None, None, []))

    def load(self) -> None:
        self.stale = False
        ws, actor, code, year = self.ctx.ws, self.ctx.actor, self.period_code(), self.year.value()
        if not code:
            return

        wanted = self.selected_part()

        def work(_p: object) -> Loaded:
            period = parse_period(code)
            parts = [
                (s.part, s.period_label)
                for s in skp.my_skp_periods(ws, actor, year)
                if s.period_start is not None
                and s.period_end is not None
                and s.period_start <= period.end
                and s.period_end >= period.start
            ]
            part = wanted if wanted in {n for n, _label in parts} else None
            detail = evaluation.my_evaluation(ws, actor, code, part)
            annual = None
            if actor.employee_id is not None and code.endswith("AKHIR"):
                annual = evaluation.annual_result(ws, actor, actor.employee_id, year)
            return detail, annual, parts

        self.run_task(work, self._show, failed=self._failed)

    def selected_part(self) -> int | None:
        data = self.part.currentData() if not self.part.isHidden() else None
        return int(data) if data is not None else None

    def _show_parts(self, parts: Parts, current: int | None) -> None:
        """The SKP chooser, shown only when the period spans several SKP periods."""
        self.part.blockSignals(True)
        self.part.clear()
        for number, title in parts:
            self.part.addItem(title or self.tr("SKP {n}").format(n=number), number)
        index = self.part.findData(current) if current is not None else -1
        self.part.setCurrentIndex(index if index >= 0 else self.part.count() - 1)
        self.part.blockSignals(False)
        several = len(parts) > 1
        self.part_label.setVisible(several)
        self.part.setVisible(several)

    def _show(self, value: Loaded) -> None:
        detail, annual, parts = value
        self.detail, self.annual = detail, annual
        self._show_parts(parts, detail.skp_part if detail else self.selected_part())
        editable = (
            frozenset({"self_realisasi"})
            if detail and detail.self_editable_by_me
            else (frozenset())
        )
        self.results_model.set_rows(detail.results if detail else (), editable)
        self.behaviour_model.set_rows(detail.behaviours if detail else ())
        if detail is None:
            self.summary.setText(
                self.tr("Belum ada evaluasi untuk periode ini. Mulai penilaian mandiri Anda.")
            )
            self.badge.set_status("")
        else:
            lines = [
                self.tr("<b>{period} {year}</b> · penilai {penilai}").format(
                    period=detail.period_label, year=detail.year, penilai=detail.penilai_name
                )
            ]
            if detail.results_visible:
                lines.append(
                    self.tr(
                        "Rating Hasil Kerja: <b>{h}</b> · Rating Perilaku Kerja: <b>{p}</b> · "
                        "Predikat: <b>{k}</b>"
                    ).format(
                        h=detail.rating_hasil or "-",
                        p=detail.rating_perilaku or "-",
                        k=detail.predikat or "-",
                    )
                )
                if detail.notes:
                    lines.append(self.tr("Catatan: {n}").format(n=detail.notes))
            else:
                lines.append(
                    self.tr("Hasil penilaian tampil setelah ditandatangani pejabat penilai.")
                )
            if detail.objection_deadline and detail.can_object:
                lines.append(
                    self.tr("Keberatan dapat diajukan sampai {d}.").format(
                        d=format_date(detail.objection_deadline, self.ctx.language)
                    )
                )
            for obj in detail.objections:
                lines.append(
                    self.tr("Keberatan ({s}): {r}").format(s=obj.status, r=obj.reason)
                    + (f" → {obj.decision_reason}" if obj.decision_reason else "")
                )
            self.summary.setText("<br>".join(lines))
            self.badge.set_status(detail.status, detail.revision)
        self.follow_up.setText(self._annual_text(annual))
        self._update_buttons()

    def _annual_text(self, annual: evaluation.AnnualResult | None) -> str:
        if annual is None:
            return ""
        lines = [
            self.tr("<b>Hasil tahunan</b>: predikat {p}").format(p=annual.predikat)
            + (
                self.tr(" · angka kredit {a} ({m} bulan)").format(
                    a=annual.angka_kredit, m=annual.months
                )
                if annual.angka_kredit
                else ""
            )
        ]
        for fu in annual.follow_ups:
            label = self.tr("Penghargaan") if fu.kind == "reward" else self.tr("Pembinaan")
            text = f"{label}: {fu.description}"
            if fu.targets:
                text += self.tr(" · target: {t}").format(t=fu.targets)
            if fu.suggested_training:
                text += self.tr(" · pelatihan: {t}").format(t=", ".join(fu.suggested_training))
            lines.append(text)
        return "<br>".join(lines)

    def _update_buttons(self) -> None:
        d = self.detail
        self.start_button.setEnabled(d is None and self.ctx.actor.employee_id is not None)
        self.save_button.setEnabled(bool(d and d.self_editable_by_me))
        self.submit_button.setEnabled(bool(d and d.self_editable_by_me))
        self.ack_button.setEnabled(bool(d and d.status == "Ditandatangani"))
        self.object_button.setEnabled(bool(d and d.can_object))
        self.pdf_button.setEnabled(bool(d and d.results_visible))
        self.objection_pdf_button.setEnabled(bool(d and d.objections))

    # --- actions --------------------------------------------------------------------
    def start(self) -> None:
        me = self.ctx.actor.employee_id
        if me is None:
            return
        ws, actor, code = self.ctx.ws, self.ctx.actor, self.period_code()
        part = self.selected_part()
        self._run(
            lambda: evaluation.open_evaluation(ws, actor, me, code, part),
            self.tr("Penilaian mandiri dimulai."),
        )

    def save_self(self, *, submit: bool) -> None:
        d = self.detail
        if d is None:
            return
        edits = self.results_model.edits("self_realisasi")
        ws, actor, eid = self.ctx.ws, self.ctx.actor, d.id
        self._run(
            lambda: evaluation.save_self_assessment(ws, actor, eid, edits, submit=submit),
            self.tr("Penilaian mandiri diserahkan.") if submit else self.tr("Tersimpan."),
        )

    def acknowledge(self) -> None:
        self._act(evaluation.acknowledge, self.tr("Hasil evaluasi diterima."))

    def ask_objection(self) -> None:
        self._ask_reason(
            self.tr("Ajukan keberatan"),
            self.tr("Tulis alasan keberatan. Atasan pejabat penilai akan memutuskannya."),
            evaluation.file_objection,
            self.tr("Keberatan diajukan."),
        )

    def show_pdf(self) -> None:
        if self.detail is not None:
            self.pdf.show(self.detail, on_failure=self._failed)

    def show_credit(self) -> None:
        me = self.ctx.actor.employee_id
        if me is not None:
            year = self.year.value()
            self.pdf.show_credit(me, list(range(year - 4, year + 1)), on_failure=self._failed)

    def show_objection_pdf(self) -> None:
        if self.detail is not None and self.detail.objections:
            self.pdf.show_objection(self.detail.objections[-1], on_failure=self._failed)

    def _run(self, fn: Callable[[], Any], done: str) -> None:
        def success(_result: Any) -> None:
            self.message.show_text(done)
            self.ctx.changed({"evaluation"})
            self.load()

        self.run_task(lambda _p: fn(), success, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error)
