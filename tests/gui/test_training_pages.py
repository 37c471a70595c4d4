"""Pengembangan Kompetensi and Kompetensi Tim pages over real services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from PySide6.QtCore import Qt

from tests.helpers.controller import WAIT, FakeNote, idle, open_page
from tests.helpers.skp import make_chain
from tests.helpers.training import bimtek

pytestmark = [pytest.mark.gui, pytest.mark.prepared(build=make_chain)]


@pytest.fixture
def chain(prepared):
    return prepared


def _page(qtbot, cls, ws, runner, actor):
    page = open_page(qtbot, cls, ws, runner, actor)
    idle(qtbot, runner, finish=True)
    return page


def _today() -> date:
    """Trainings are recorded once they happened: a one-day activity today is always
    allowed (a fixed date of this year is still in the future in January)."""
    from ekinerja_desktop.domain.timeutil import today_wita

    return today_wita()


def _set_day(edit, day: date) -> None:
    from PySide6.QtCore import QDate

    edit.setDate(QDate(day.year, day.month, day.day))


def _fill_today(form, kind: str, title: str, hours: int) -> None:
    """An activity of ``kind`` held today, ``hours`` long, in a training form."""
    form.kind.setCurrentIndex(form.kind.findData(kind))
    form.title.setText(title)
    _set_day(form.start, _today())
    _set_day(form.end, _today())
    form.hours.setValue(hours)


def _record(ws, actor, title="Bimtek Penyusunan SKP", hours="6"):
    from ekinerja_desktop.services import training

    return training.record_training(
        ws, actor, bimtek(_today(), title=title, organiser="", hours=hours)
    )


def test_employee_records_activity_with_jp_suggestion_and_reason(
    qtbot, qtmodeltester, ws, runner, chain
):
    from ekinerja_desktop.gui.pages.training_page import TrainingDialog, TrainingPage

    page = _page(qtbot, TrainingPage, ws, runner, chain.a_staf)
    assert page.meter.format() == "0 / 20 JP"
    assert "Kurang 20 JP" in page.meter_label.text()
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.plan_model)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TrainingDialog)
    form = dialog.form
    _fill_today(form, "bimtek", "Bimtek Penyusunan SKP", 6)
    assert form.jp.value() == 8  # suggested: 6 h x 60 / 45
    assert "8 JP" in form.suggestion.text()
    form.jp.setValue(10)
    assert form.jp_differs()
    assert form.reason.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "alasan" in dialog.error.text()
    qtbot.keyClicks(form.reason, "Sertifikat mencantumkan 10 JP")
    assert not dialog.error.isVisible()  # fixed: the complaint goes
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    row = page.model.row_at(0)
    assert (row.status, row.jp_credited, row.jp_reason) == (
        "Diajukan",
        Decimal(10),
        "Sertifikat mencantumkan 10 JP",
    )
    assert "menunggu verifikasi" in page.meter_label.text()
    qtmodeltester.check(page.model)

    # Plan: add an item, link it to the record.
    page.open_plan_dialog()
    page.dialog.title.setText("Bimtek SKP")
    page.dialog.jp.setValue(8)
    page.dialog.submitted.emit(page.dialog.value())
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: page.plan_model.rowCount() == 1, timeout=WAIT)
    page.table.selectRow(0)
    page.plan.selectRow(0)
    assert page.link_button.isEnabled()
    page.link_selected()
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(
        lambda: page.plan_model.row_at(0).training_title == "Bimtek Penyusunan SKP",
        timeout=WAIT,
    )
    assert "0 dari 1 rencana" in page.plan_summary.text()
    qtmodeltester.check(page.plan_model)


def test_supervisor_verifies_and_rejects_from_queue(qtbot, qtmodeltester, ws, runner, chain):
    from ekinerja_desktop.gui.pages.training_admin_page import TrainingAdminPage
    from ekinerja_desktop.gui.pages.training_page import TrainingPage

    first = _record(ws, chain.a_staf)
    _record(ws, chain.a_staf, title="Seminar Pelayanan Publik", hours="3")
    page = _page(qtbot, TrainingAdminPage, ws, runner, chain.a_kabid)
    assert page.tabs.count() == 2  # no catalogue / bulk entry for an atasan
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(page.queue_model)
    rows = {page.queue_model.row_at(i).id: i for i in range(2)}
    page.queue.selectRow(rows[first.id])
    page.verify_selected()
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 1, timeout=WAIT)
    assert "diverifikasi" in page.message.text()

    page.queue.selectRow(0)
    page.note_dialog_factory = FakeNote
    page.ask_reject()
    page.dialog.submitted.emit("Lampirkan sertifikat")
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 0, timeout=WAIT)

    qtbot.waitUntil(lambda: page.overview_model.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(page.overview_model)
    meters = {
        page.overview_model.row_at(i).employee_name: page.overview_model.row_at(i) for i in range(2)
    }
    staf = next(m for name, m in meters.items() if name.startswith("Nurhayati"))
    assert staf.verified_jp == 8
    assert getattr(staf, f"m{_today().month}") == 8  # counted in its month
    page.below_only.setChecked(True)
    assert page.overview_model.rowCount() == 2  # both below 20 JP

    mine = _page(qtbot, TrainingPage, ws, runner, chain.a_staf)
    qtbot.waitUntil(lambda: mine.model.rowCount() == 2, timeout=WAIT)
    assert mine.meter.format() == "8 / 20 JP"
    statuses = {mine.model.row_at(i).status for i in range(2)}
    assert statuses == {"Diverifikasi", "Ditolak"}


def test_admin_catalogue_and_bulk_entry(qtbot, qtmodeltester, ws, admin, runner, chain):
    from ekinerja_desktop.gui.pages.training_admin_page import KindDialog, TrainingAdminPage
    from ekinerja_desktop.services import training

    page = _page(qtbot, TrainingAdminPage, ws, runner, admin)
    assert page.tabs.count() == 4
    qtbot.waitUntil(lambda: page.kind_model.rowCount() > 10, timeout=WAIT)
    qtmodeltester.check(page.kind_model)

    page.open_kind_dialog(None)
    dialog = page.dialog
    assert isinstance(dialog, KindDialog)
    dialog.code.setText("sosialisasi")
    dialog.label.setText("Sosialisasi peraturan")
    dialog.submitted.emit(dialog.value())
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(
        lambda: any(k.code == "sosialisasi" for k in page.kind_model.rows), timeout=WAIT
    )

    # Bulk entry for the seksi's two staff.
    seksi = page.bulk_unit.findText("Seksi Rujukan", Qt.MatchFlag.MatchContains)
    page.bulk_unit.setCurrentIndex(seksi)
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: page.attendees.count() == 2, timeout=WAIT)
    for i in range(2):
        page.attendees.item(i).setCheckState(Qt.CheckState.Checked)
    assert "2 peserta" in page.bulk_count.text()
    form = page.bulk_form
    _fill_today(form, "workshop", "Workshop Pelayanan Prima", 18)
    page.save_bulk()
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: "2 peserta" in page.message.text(), timeout=WAIT)
    meter = training.jp_meter(ws, admin, _today().year, employee_id=chain.staf.id)
    assert meter.verified_jp == 24
    assert meter.ok

    # Admin overview: everybody in scope, below-target filter.
    qtbot.waitUntil(lambda: page.overview_model.rowCount() == 6, timeout=WAIT)
    page.below_only.setChecked(True)
    assert page.overview_model.rowCount() == 4
    qtmodeltester.check(page.overview_model)
    assert "4 PNS di bawah target" in page.overview_label.text()
    out = ws.data_dir / "rekap.xlsx"
    page.export(out)
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(out.exists, timeout=WAIT)


def test_training_dates_in_the_future_cannot_be_typed_and_a_saved_year_is_shown(
    qtbot, ws, runner, chain
):
    from PySide6.QtCore import QDate

    from ekinerja_desktop.domain.timeutil import today_wita
    from ekinerja_desktop.gui.pages.training_page import TrainingDialog, TrainingPage

    today = today_wita()
    page = _page(qtbot, TrainingPage, ws, runner, chain.a_staf)
    page.open_dialog(None)
    dialog = page.dialog
    assert isinstance(dialog, TrainingDialog)
    form = dialog.form
    # The form mirrors the service's rule: typing 2099 into the year does not stick.
    form.end.setFocus()
    form.end.setDate(QDate(today.year, 1, 1))  # never in the future
    form.end.setSelectedSection(form.end.Section.YearSection)
    qtbot.keyClicks(form.end, str(today.year - 1))  # a past year can be typed...
    assert form.end.date() == QDate(today.year - 1, 1, 1)
    form.end.setSelectedSection(form.end.Section.YearSection)
    qtbot.keyClicks(form.end, "2099")  # ...the future cannot
    qtbot.keyClick(form.end, Qt.Key.Key_Tab)
    assert form.end.date().year() != 2099
    assert form.end.date() <= QDate(today.year, today.month, today.day)
    assert form.end.maximumDate() == QDate(today.year, today.month, today.day)
    assert form.start.minimumDate() == QDate(2000, 1, 1)

    # An activity of last year, recorded while this year is shown, is not hidden.
    last_year = today.year - 1
    form.kind.setCurrentIndex(form.kind.findData("bimtek"))
    form.title.setText("Diklat tahun lalu")
    form.start.setDate(QDate(last_year, 11, 3))
    form.end.setDate(QDate(last_year, 11, 4))
    form.hours.setValue(6)
    assert page.year.value() == today.year
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    idle(qtbot, runner, finish=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.year.value() == last_year
    assert page.model.row_at(0).title == "Diklat tahun lalu"
