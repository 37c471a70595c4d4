"""Log Harian and Tinjau Log pages over real services: quick entry, submit, review."""

from __future__ import annotations

from datetime import timedelta

import pytest

from PySide6.QtCore import QDate, Qt, QTime

from tests.integration.dailylog_helpers import entry, past_monday, setup

pytestmark = pytest.mark.gui

WAIT = 10_000


@pytest.fixture
def env(ws, admin):
    return setup(ws, admin)


def _page(qtbot, cls, ws, runner, actor):
    from ekinerja_desktop.gui.context import GuiContext

    page = cls(GuiContext(ws=ws, actor=actor, runner=runner))
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    return page


def _idle(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


def test_pages_registered_for_roles():
    from ekinerja_desktop.domain.roles import Role
    from ekinerja_desktop.gui.pages import registered_pages

    specs = {s.key: s for s in registered_pages()}
    assert specs["dailylog"].order == 130
    assert specs["dailylog"].visible_for(frozenset({Role.PEGAWAI}))
    assert specs["dailylog_review"].order == 140
    assert not specs["dailylog_review"].visible_for(frozenset({Role.PEGAWAI}))
    assert specs["dailylog_review"].visible_for(frozenset({Role.ATASAN}))


def test_quick_entry_keyboard_flow_calendar_and_submit(
    qtbot, qtmodeltester, ws, runner, env, tmp_path
):
    from ekinerja_desktop.gui.pages.dailylog_page import (
        MISSING_BACKGROUND,
        OPEN_BACKGROUND,
        DailyLogPage,
    )
    from ekinerja_desktop.services import dailylog

    chain, skp = env
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    monday = past_monday()
    page.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    _idle(qtbot, runner)
    assert page.model.rowCount() == 0
    assert page.rhk_list.stringList() == [r.text for r in skp.rhk]

    # Type an entry without the mouse: times, activity, RHK, quantity, unit, Enter.
    page.start.setTime(QTime(8, 0))
    page.end.setTime(QTime(9, 30))
    qtbot.keyClicks(page.activity, "Menyusun laporan rujukan")
    page.rhk.setText(skp.rhk[0].text)
    qtbot.keyClicks(page.quantity, "1")
    qtbot.keyClicks(page.unit, "Dokumen")
    qtbot.keyClick(page.unit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    qtmodeltester.check(page.model)
    saved = page.model.row_at(0)
    assert saved.rhk_id == skp.rhk[0].id
    # The next entry starts where the last one ended, with an empty activity.
    assert page.start.time() == QTime(9, 30)
    assert page.activity.text() == ""
    assert "disimpan" in page.message.text()

    # A second entry; an overlapping one is refused with the service's message.
    qtbot.keyClicks(page.activity, "Rapat koordinasi")
    qtbot.keyClick(page.activity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    page.start.setTime(QTime(8, 30))
    page.end.setTime(QTime(9, 0))
    qtbot.keyClicks(page.activity, "Tumpang tindih")
    qtbot.keyClick(page.activity, Qt.Key.Key_Return)
    _idle(qtbot, runner)
    assert "bertumpang tindih" in page.message.text()
    assert page.model.rowCount() == 2
    # An RHK that is not in the approved SKP is refused before saving.
    page.rhk.setText("RHK karangan")
    qtbot.keyClick(page.activity, Qt.Key.Key_Return)
    assert "tidak ada di SKP" in page.message.text()
    page.rhk.clear()

    # Evidence by "drop": the selected entry gets the file.
    page.table.selectRow(0)
    proof = tmp_path / "notulen.pdf"
    proof.write_bytes(b"%PDF notulen")
    page.attach_files([proof])
    qtbot.waitUntil(lambda: page.model.row_at(0).evidence_count == 1, timeout=WAIT)

    # Month calendar marks the day; submit the day (late: two weeks ago).
    page.load_month()
    _idle(qtbot, runner)
    fmt = page.calendar.dateTextFormat(QDate(monday.year, monday.month, monday.day))
    assert fmt.background().color().name() == OPEN_BACKGROUND
    tuesday = QDate(monday.year, monday.month, monday.day).addDays(1)
    assert page.calendar.dateTextFormat(tuesday).background().color().name() == (MISSING_BACKGROUND)
    page.submit_day_button.click()
    qtbot.waitUntil(lambda: "diajukan ke atasan" in page.message.text(), timeout=WAIT)
    assert "terlambat" in page.message.text()
    assert {e.status for e in dailylog.list_day(ws, chain.a_staf, monday).entries} == {"Diajukan"}


def test_supervisor_reviews_filters_bulk_and_return_note_shown(
    qtbot, qtmodeltester, ws, runner, env
):
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage
    from ekinerja_desktop.gui.pages.review_page import ReviewPage
    from ekinerja_desktop.services import dailylog

    chain, skp = env
    monday = past_monday()
    for i in range(3):
        dailylog.save_entry(
            ws,
            chain.a_staf,
            entry(monday + timedelta(days=i), "08:00", "09:00", rhk_id=skp.rhk[i % 2].id),
        )
    dailylog.submit_week(ws, chain.a_staf, monday)

    page = _page(qtbot, ReviewPage, ws, runner, chain.a_kabid)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    qtmodeltester.check(page.model)
    assert "3 entri dari 1 pegawai" in page.summary.text()
    assert page.person.count() == 2
    assert page.rhk.count() == 3
    # Filter by RHK.
    page.rhk.setCurrentIndex(page.rhk.findData(skp.rhk[1].id))
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    page.rhk.setCurrentIndex(0)
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)

    # Return the first entry with a note (the dialog is replaced by a stub).
    class Stub:
        def __init__(self, *_a):
            from PySide6.QtCore import QObject, Signal

            class Sig(QObject):
                submitted = Signal(str)

            self._sig = Sig()
            self.submitted = self._sig.submitted

        def open(self):
            self.submitted.emit("Lampirkan bukti dukung")

    page.note_dialog_factory = Stub
    page.table.selectRow(0)
    returned_id = page.model.row_at(0).entry_id
    page.return_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    # Bulk approve the rest.
    page.approve_all_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT)
    assert "Tidak ada entri" in page.summary.text()
    assert dailylog.get_entry(ws, chain.a_staf, returned_id).status == "Revisi"

    # The employee sees the note on the returned entry.
    mine = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    mine.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    qtbot.waitUntil(lambda: mine.model.rowCount() == 1, timeout=WAIT)
    _idle(qtbot, runner)
    assert "Lampirkan bukti dukung" in mine.message.text()
    qtmodeltester.check(mine.model)
