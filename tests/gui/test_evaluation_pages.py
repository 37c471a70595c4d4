"""Penilaian, Evaluasi Saya and the Beranda to-do list over real services."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from tests.helpers.controller import FakePreview, previewed_text
from tests.helpers.evaluation import PAST, build

pytestmark = [pytest.mark.gui, pytest.mark.prepared(build=build)]

WAIT = 15_000


def _ctx(ws, actor, runner, **kw):
    from ekinerja_desktop.gui.context import GuiContext

    return GuiContext(ws=ws, actor=actor, runner=runner, **kw)


def _idle(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


@pytest.fixture
def setup(prepared):
    return prepared


def _select_period(page, code):
    index = page.period.findData(code)
    assert index >= 0
    page.period.setCurrentIndex(index)


def test_rate_sign_calibrate_and_preview(qtbot, qtmodeltester, ws, runner, setup):
    from ekinerja_desktop.gui.pages.evaluation_page import EvaluationPage

    page = EvaluationPage(_ctx(ws, setup.chain.a_kabid, runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    _select_period(page, f"{PAST}-Q1")
    qtbot.waitUntil(lambda: page.team_model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(page.team_model)
    page.team.selectRow(1)
    assert page.open_button.isEnabled()
    page.open_button.click()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    _idle(qtbot, runner)
    assert page.detail.employee_name == "Nurhayati Lamarauna, S.E."
    assert page.results_model.rowCount() == 3
    assert page.behaviour_model.rowCount() == 7
    qtmodeltester.check(page.results_model)
    qtmodeltester.check(page.behaviour_model)
    realisasi = page.results_model.index(0, 5)
    assert page.results_model.flags(realisasi) & Qt.ItemFlag.ItemIsEditable
    assert not page.results_model.flags(page.results_model.index(0, 1)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    page.results_model.setData(realisasi, "11 Dokumen")
    page.results_model.setData(page.results_model.index(0, 6), "Hampir tercapai")
    page.behaviour_model.setData(page.behaviour_model.index(1, 2), "Laporan tepat waktu")
    page.rating_hasil.setCurrentText("Sesuai Ekspektasi")
    assert "pilih kedua rating" in page.predikat_label.text()
    page.rating_perilaku.setCurrentText("Di Atas Ekspektasi")
    assert "Baik" in page.predikat_label.text()
    page.notes.setPlainText("Pertahankan")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "Evaluasi disimpan.", timeout=WAIT)
    _idle(qtbot, runner)
    assert page.detail.results[0].realisasi == "11 Dokumen"
    assert page.detail.behaviours[1].feedback == "Laporan tepat waktu"
    assert page.detail.predikat == "Baik"
    assert page.sign_button.isEnabled()
    page.sign_button.click()
    qtbot.waitUntil(lambda: page.badge.status == "Ditandatangani", timeout=WAIT)
    _idle(qtbot, runner)
    assert not page.save_button.isEnabled()
    assert page.correct_button.isEnabled()
    assert "Dinas Kesehatan" in page.calibration_label.text()
    assert "Baik: 1" in page.calibration_label.text()
    assert not page.org_button.isEnabled()  # kabid is not one level above the OPD
    # The distribution curve: one bar per predikat, the signed Baik counted.
    assert page.distribution_chart.category_labels() == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    assert page.distribution_chart.table.rows[1] == ("Baik", 1)
    page.pdf.preview_factory = FakePreview
    page.cover_button.click()
    qtbot.waitUntil(lambda: page.pdf.preview is not None, timeout=WAIT)
    assert page.pdf.preview.path.exists()
    assert "Dokumen Evaluasi Kinerja Pegawai" in page.pdf.preview.title
    cover = page.pdf.preview
    page.org_pdf_button.click()
    qtbot.waitUntil(lambda: page.pdf.preview is not cover, timeout=WAIT)
    assert "Penetapan Predikat Kinerja Organisasi" in page.pdf.preview.title
    assert page.pdf.preview.path.exists()


def test_self_assessment_ack_and_objection_decided(qtbot, qtmodeltester, ws, runner, setup):
    from ekinerja_desktop.gui.pages.evaluation_page import EvaluationPage
    from ekinerja_desktop.gui.pages.my_evaluation_page import MyEvaluationPage
    from ekinerja_desktop.services import evaluation

    chain = setup.chain
    code = f"{PAST}-Q2"
    page = MyEvaluationPage(_ctx(ws, chain.a_staf, runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    _select_period(page, code)
    _idle(qtbot, runner)
    assert page.detail is None
    assert page.start_button.isEnabled()
    page.start_button.click()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    _idle(qtbot, runner)
    qtmodeltester.check(page.results_model)
    qtmodeltester.check(page.behaviour_model)
    for row in range(page.results_model.rowCount()):
        assert page.results_model.setData(page.results_model.index(row, 4), f"capaian {row}")
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "Penilaian mandiri diserahkan.", timeout=WAIT)
    _idle(qtbot, runner)
    assert page.detail.self_submitted_at
    assert not page.submit_button.isEnabled()
    assert "setelah ditandatangani" in page.summary.text()
    # The supervisor rates and signs; the employee sees it, then objects.
    evaluation.save_rating(
        ws, chain.a_kabid, page.detail.id, rating_hasil="Di Bawah", rating_perilaku="Sesuai"
    )
    evaluation.sign(ws, chain.a_kabid, page.detail.id)
    page.load()
    qtbot.waitUntil(lambda: page.badge.status == "Ditandatangani", timeout=WAIT)
    _idle(qtbot, runner)
    assert "Butuh Perbaikan" in page.summary.text()
    assert page.object_button.isEnabled()
    page.object_button.click()
    page.dialog.note.setPlainText("Bukti dukung belum dihitung")
    page.dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "Keberatan diajukan.", timeout=WAIT)
    _idle(qtbot, runner)
    assert not page.object_button.isEnabled()
    # The atasan penilai decides on the Penilaian page.
    boss = EvaluationPage(_ctx(ws, chain.a_kadis, runner))
    qtbot.addWidget(boss)
    boss.year.setValue(PAST)
    _select_period(boss, code)
    qtbot.waitUntil(lambda: boss.objection_model.rowCount() == 1, timeout=WAIT)
    _idle(qtbot, runner)
    qtmodeltester.check(boss.objection_model)
    boss.decision_reason.setText("Bukti dukung lengkap")
    boss.decision_hasil.setCurrentText("Sesuai Ekspektasi")
    boss.decision_perilaku.setCurrentText("Sesuai Ekspektasi")
    boss.change_button.click()
    qtbot.waitUntil(lambda: boss.objection_model.rowCount() == 0, timeout=WAIT)
    _idle(qtbot, runner)
    assert "diputuskan" in boss.message.text()
    page.load()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.revision == 2, timeout=WAIT)
    _idle(qtbot, runner)
    assert page.detail.predikat == "Baik"
    # The keberatan form with the decision, printed from the new revision.
    assert page.objection_pdf_button.isEnabled()
    text = previewed_text(qtbot, page, page.objection_pdf_button, timeout=WAIT)
    assert "HASIL EVALUASI DIUBAH" in text
    page.ack_button.click()
    qtbot.waitUntil(lambda: page.badge.status == "Diakui", timeout=WAIT)


def test_home_todo_list_opens_pages(qtbot, ws, runner, setup):
    from ekinerja_desktop.gui.pages.home import HomePage
    from ekinerja_desktop.services import todo

    opened: list[str] = []
    page = HomePage(_ctx(ws, setup.chain.a_kabid, runner, navigate=opened.append))
    qtbot.addWidget(page)
    page.refresh()
    _idle(qtbot, runner)
    expected = todo.my_todos(ws, setup.chain.a_kabid)
    assert page.todo_list.count() == len(expected)
    page._show(
        [
            todo.TodoItem("skp_approve", "SKP menunggu", "1 SKP", 1, "skp_team"),
            todo.TodoItem("x", "Modul lain", "tidak tersedia", 1, "tidak_ada"),
        ]
    )
    # An item whose page this account cannot open would be a dead end: not listed.
    assert page.todo_list.count() == 1
    assert "1 hal menunggu" in page.todo_label.text()
    page.todo_list.setCurrentRow(0)
    assert page.open_button.isEnabled()
    page.open_button.click()
    assert opened == ["skp_team"]
    page._show([])
    assert "Tidak ada pekerjaan" in page.todo_label.text()


def test_follow_up_coaching_plan_from_annual_result(qtbot, ws, runner, setup):
    from ekinerja_desktop.gui.pages.evaluation_page import EvaluationPage
    from ekinerja_desktop.services import evaluation

    chain = setup.chain
    code = f"{PAST}-AKHIR"
    ev = evaluation.open_evaluation(ws, chain.a_kabid, chain.staf2.id, code)
    evaluation.save_rating(
        ws, chain.a_kabid, ev.id, rating_hasil="Di Bawah", rating_perilaku="Sesuai"
    )
    evaluation.sign(ws, chain.a_kabid, ev.id)
    page = EvaluationPage(_ctx(ws, chain.a_kabid, runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    _select_period(page, code)
    qtbot.waitUntil(lambda: page.team_model.rowCount() == 2, timeout=WAIT)
    page.team.selectRow(0)  # Ikhsan Bakri
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    _idle(qtbot, runner)
    assert page.detail.predikat == "Butuh Perbaikan"
    assert page.follow_up_button.isEnabled()
    page.follow_up_button.click()
    page.dialog.description.setText("Pendampingan penyusunan laporan")
    page.dialog.targets.setText("Laporan bulanan tepat waktu")
    page.dialog.training.setPlainText("Pelatihan penulisan laporan\n\nBimtek arsip")
    page.dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "Tindak lanjut disimpan.", timeout=WAIT)
    _idle(qtbot, runner)
    [plan] = evaluation.follow_ups(ws, chain.a_kabid, chain.staf2.id, PAST)
    assert plan.kind == "pembinaan"
    assert plan.suggested_training == ("Bimtek arsip", "Pelatihan penulisan laporan")
    assert plan.start_date.year == PAST + 1


def test_message_about_one_person_goes_when_another_is_selected(qtbot, ws, runner, setup):
    from ekinerja_desktop.gui.pages.evaluation_page import EvaluationPage

    page = EvaluationPage(_ctx(ws, setup.chain.a_kabid, runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    _select_period(page, f"{PAST}-Q1")
    qtbot.waitUntil(lambda: page.team_model.rowCount() == 2, timeout=WAIT)
    page.team.selectRow(1)
    name = page.team_model.row_at(1).employee_name
    page.open_button.click()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    _idle(qtbot, runner)
    assert name in page.message.text()  # "Evaluasi ... dibuka."
    # The message stays while the same person is shown (reloads re-select them)...
    page.team.selectRow(1)
    assert name in page.message.text()
    # ...and goes when someone else is selected.
    page.team.selectRow(0)
    _idle(qtbot, runner)
    assert page.message.text() == ""
    # An error about a person goes the same way.
    page.team.selectRow(1)
    _idle(qtbot, runner)
    from ekinerja_desktop.services.errors import ValidationError

    page._failed(ValidationError("Rating belum dipilih."))
    assert page.message.text()
    page.team.selectRow(0)
    assert page.message.text() == ""


def test_my_evaluation_chooses_the_skp_period_after_a_promotion(qtbot, ws, admin, runner):
    """A promotion on 1 August splits Triwulan III between two SKP periods: Evaluasi Saya
    offers both, and the self-assessment starts on the one chosen, with its own penilai."""
    from ekinerja_desktop.gui.pages.my_evaluation_page import MyEvaluationPage
    from tests.helpers.evaluation import promoted_mid_year

    setup, _sitti, a_sitti, _first, _second = promoted_mid_year(ws, admin)
    page = MyEvaluationPage(_ctx(ws, a_sitti, runner))
    qtbot.addWidget(page)
    page.year.setValue(PAST)
    _select_period(page, f"{PAST}-Q2")
    _idle(qtbot, runner)
    assert page.part.isHidden()  # April-June: one SKP period only
    _select_period(page, f"{PAST}-Q3")
    qtbot.waitUntil(lambda: not page.part.isHidden(), timeout=WAIT)
    _idle(qtbot, runner)
    assert [page.part.itemData(i) for i in range(page.part.count())] == [1, 2]
    assert page.part.currentData() == 2  # the period in force at the end of the quarter
    page.part.setCurrentIndex(0)
    page.part.activated.emit(0)
    _idle(qtbot, runner)
    page.start_button.click()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    assert page.detail.skp_part == 1
    assert setup.chain.kabid.data.name in page.detail.penilai_name  # not the new penilai
    assert page.part.currentData() == 1
