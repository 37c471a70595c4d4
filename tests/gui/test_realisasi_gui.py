"""SKP editor's target triwulan fields and the evaluation table's period target, capaian
and evidence tooltip (issue 18 item 1)."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt

from tests.helpers.controller import previewed_text

pytestmark = pytest.mark.gui


def test_indicator_row_quarter_targets_default_and_typed(qtbot):
    from ekinerja_desktop.gui.pages.skp_editor import RhkDialog
    from ekinerja_desktop.services.skp import IndicatorData, RhkData

    rhk = RhkData(
        kind="Utama",
        text="Tersusunnya dokumen",
        indicators=(IndicatorData("Kuantitas", "Jumlah dokumen", "10", "Dokumen"),),
    )
    dialog = RhkDialog(
        approach="Kuantitatif",
        is_jpt=True,
        options=[],
        rhk=rhk,
        period=(date(2026, 1, 1), date(2026, 12, 31)),
    )
    qtbot.addWidget(dialog)
    row = dialog.indicators.rows[0]
    assert [e.placeholderText() for e in row.quarters] == ["2", "2", "3", "3"]
    assert row.data("Kuantitatif").quarter_targets == ()  # empty = the defaults
    row.value.setText("12")
    assert [e.placeholderText() for e in row.quarters] == ["3", "3", "3", "3"]
    for edit, value in zip(row.quarters, ("1", "2", "4", "5"), strict=True):
        edit.setText(value)
    assert row.data("Kuantitatif").quarter_targets == ("1", "2", "4", "5")
    narrative = RhkDialog(approach="Kualitatif", is_jpt=True, options=[], rhk=rhk)
    qtbot.addWidget(narrative)
    assert not narrative.indicators.rows[0].quarters[0].isVisibleTo(narrative)


def test_results_model_shows_period_target_capaian_and_evidence():
    from ekinerja_desktop.gui.pages.evaluation_widgets import ResultsModel
    from ekinerja_desktop.services.evaluation import EvidenceEntry, ResultRow

    entry = EvidenceEntry(date(2026, 4, 1), "Menyusun SOP", "2", "Dokumen", ("sop.pdf",), True)
    row = ResultRow(
        indicator_id="i1",
        rhk_id="r1",
        rhk_kind="Utama",
        rhk_text="RHK",
        aspect="Kuantitas",
        indicator_text="Jumlah dokumen",
        target="3 Dokumen",
        self_realisasi="",
        realisasi="2 Dokumen",
        feedback="",
        log_count=1,
        log_quantity="2",
        evidence_count=1,
        annual_target="12 Dokumen",
        capaian="66,67",
        prefillable=True,
        evidence=(entry,),
    )
    model = ResultsModel()
    model.set_rows([row])
    keys = [k for k, _t in model._columns]

    def cell(key, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(0, keys.index(key)), role)

    assert cell("target") == "3 Dokumen"
    assert "12 Dokumen" in cell("target", Qt.ItemDataRole.ToolTipRole)
    assert cell("capaian") == "66,67 %"
    assert cell("logs") == "1 entri, 2, 1 bukti"
    tip = cell("logs", Qt.ItemDataRole.ToolTipRole)
    assert "* 01-04-2026 Menyusun SOP - 2 Dokumen [sop.pdf]" in tip


def test_follow_up_list_button_previews_the_pdf(qtbot, ws, admin, runner):

    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages.evaluation_page import EvaluationPage
    from ekinerja_desktop.services import evaluation
    from tests.helpers.evaluation import PAST, build

    setup = build(ws, admin)
    chain = setup.chain
    ev = evaluation.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-AKHIR")
    evaluation.save_rating(
        ws, chain.a_kabid, ev.id, rating_hasil="Di Atas", rating_perilaku="Di Atas"
    )
    evaluation.sign(ws, chain.a_kabid, ev.id)
    evaluation.add_follow_up(ws, chain.a_kabid, ev.id, "reward", "Teladan", subtype="piagam")
    page = EvaluationPage(GuiContext(ws=ws, actor=chain.a_kabid, runner=runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    text = previewed_text(qtbot, page, page.follow_up_list_button, timeout=15_000)
    assert "Piagam/sertifikat penghargaan" in text


def test_credit_button_previews_the_conversion(qtbot, ws, admin, runner):

    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages.my_evaluation_page import MyEvaluationPage
    from ekinerja_desktop.services import evaluation
    from tests.helpers.evaluation import PAST, build, make_fungsional

    setup = build(ws, admin)
    chain = setup.chain
    make_fungsional(ws, chain.staf.id)
    ev = evaluation.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-AKHIR")
    evaluation.save_rating(
        ws, chain.a_kabid, ev.id, rating_hasil="Sesuai", rating_perilaku="Sesuai"
    )
    evaluation.sign(ws, chain.a_kabid, ev.id)
    page = MyEvaluationPage(GuiContext(ws=ws, actor=chain.a_staf, runner=runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    text = previewed_text(qtbot, page, page.credit_button, timeout=15_000)
    assert "12,500" in text  # Baik: 100% x 12,5 x 12/12
