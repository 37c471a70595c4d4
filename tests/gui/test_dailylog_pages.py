"""Log Harian and Tinjau Log pages over real services: quick entry, submit, review."""

from __future__ import annotations

from datetime import timedelta

import pytest

from PySide6.QtCore import QDate, Qt, QTime

from tests.helpers.controller import WAIT, FakeNote, idle, open_page, type_entry
from tests.helpers.dailylog import LOG_YEAR, entry, past_monday, save_days, setup

pytestmark = [pytest.mark.gui, pytest.mark.prepared(build=setup)]

# A completer popup asks the offscreen platform for things it cannot do (harmless).
POPUP_NOISE = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def env(prepared):
    return prepared


def _page(qtbot, cls, ws, runner, actor):
    return open_page(qtbot, cls, ws, runner, actor, size=(1300, 760), settle=True)


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
    idle(qtbot, runner)
    assert page.model.rowCount() == 0
    assert page.rhk_list.stringList() == [r.text for r in skp.rhk]

    # Type an entry without the mouse: times, activity, RHK, quantity, unit, Enter.
    type_entry(
        qtbot, page, (8, 0), (9, 30), "Menyusun laporan rujukan", skp.rhk[0].text, "1", "Dokumen"
    )
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
    idle(qtbot, runner)
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
    idle(qtbot, runner)
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
    save_days(ws, chain, skp, monday)
    dailylog.submit_week(ws, chain.a_staf, monday)

    page = _page(qtbot, ReviewPage, ws, runner, chain.a_kabid)
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 3, timeout=WAIT)
    qtmodeltester.check(page.model)
    assert "3 entri dari 1 pegawai" in page.summary.text()
    assert page.person.count() == 2
    assert page.rhk.count() == 3
    # Filter by RHK.
    page.rhk.setCurrentIndex(page.rhk.findData(skp.rhk[1].id))
    page.apply_button.click()
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 1, timeout=WAIT)
    page.rhk.setCurrentIndex(0)
    page.apply_button.click()
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 3, timeout=WAIT)

    # Return the first entry with a note (the dialog is replaced by a stub).
    page.note_dialog_factory = FakeNote.with_note("Lampirkan bukti dukung")
    person = page.model.index(0, 0)
    assert page.model.rowCount(person) == 3  # three days, newest first
    monday_row = page.model.index(2, 0, person)
    first_entry = page.model.index(0, 0, monday_row)
    page.tree.setCurrentIndex(first_entry)
    returned_id = page.selected_ids()[0]
    page.return_button.click()
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 2, timeout=WAIT)
    # Bulk approve the rest (confirmed).
    page.confirm = lambda *_a: True
    page.approve_all_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT)
    assert "Tidak ada entri" in page.summary.text()
    assert dailylog.get_entry(ws, chain.a_staf, returned_id).status == "Revisi"

    # The employee sees the note on the returned entry.
    mine = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    mine.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    qtbot.waitUntil(lambda: mine.model.rowCount() == 1, timeout=WAIT)
    idle(qtbot, runner)
    assert "Lampirkan bukti dukung" in mine.message.text()
    qtmodeltester.check(mine.model)


def test_recurring_dialog_adds_lists_applies_and_deletes(qtbot, qtmodeltester, ws, runner, env):
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage
    from ekinerja_desktop.services import dailylog

    chain, skp = env
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    monday = past_monday()
    page.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    idle(qtbot, runner)
    page.open_recurring()
    dialog = page.recurring_dialog
    qtbot.addWidget(dialog)
    idle(qtbot, runner)
    assert dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert not dialog.apply_button.isEnabled()
    qtmodeltester.check(dialog.model)

    # Monday and Wednesday 07:30-08:00, linked to an RHK with an output; Enter adds it.
    for i, box in enumerate(dialog.weekday_boxes):
        box.setChecked(i in (0, 2))
    type_entry(qtbot, dialog, (7, 30), (8, 0), "Apel pagi", skp.rhk[0].text, "1", "Laporan")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)
    idle(qtbot, runner)
    assert dialog.model.rowCount() == 1  # added once
    row = dialog.model.row_at(0)
    assert (row.weekdays, row.rhk_id, row.quantity) == ((0, 2), skp.rhk[0].id, "1")
    assert dialog.model.index(0, 0).data() == "Sen, Rab"
    assert dialog.model.index(0, 4).data() == skp.rhk[0].text
    assert "ditambahkan" in dialog.message.text()
    assert dialog.activity.text() == ""

    # Bad input comes back from the service; an unknown RHK is refused before.
    for box in dialog.weekday_boxes:
        box.setChecked(False)
    qtbot.keyClicks(dialog.activity, "Tanpa hari")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "minimal satu hari" in dialog.message.text(), timeout=WAIT)
    dialog.weekday_boxes[4].setChecked(True)
    dialog.rhk.setText("RHK karangan")
    dialog.add_button.click()
    assert "tidak ada di SKP" in dialog.message.text()
    assert dialog.model.rowCount() == 1

    # Apply to the day shown on the page: the entry appears there as a draft.
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert "1 entri berulang ditambahkan" in dialog.message.text()
    made = page.model.row_at(0)
    assert (made.activity, made.status, made.rhk_id) == ("Apel pagi", "Draft", skp.rhk[0].id)
    dialog.apply_button.click()  # already there: nothing added twice
    qtbot.waitUntil(lambda: "Tidak ada entri" in dialog.message.text(), timeout=WAIT)

    # The page's menu action applies the templates of the day as well (Wednesday).
    wednesday = monday + timedelta(days=2)
    page.calendar.setSelectedDate(QDate(wednesday.year, wednesday.month, wednesday.day))
    idle(qtbot, runner)
    page.apply_recurring_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)

    dialog.table.selectRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=WAIT)
    assert dailylog.list_recurring(ws, chain.a_staf) == []


def test_withdraw_entry_then_day(qtbot, ws, runner, env):
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage
    from ekinerja_desktop.services import dailylog

    chain, _skp = env
    monday = past_monday()
    for start, end in (("08:00", "09:00"), ("09:00", "10:00"), ("10:00", "11:00")):
        dailylog.save_entry(ws, chain.a_staf, entry(monday, start, end))
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    page.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    assert not page.withdraw_button.isEnabled()  # nothing submitted yet
    page.submit_day_button.click()
    qtbot.waitUntil(lambda: "diajukan ke atasan" in page.message.text(), timeout=WAIT)
    idle(qtbot, runner)
    assert page.withdraw_button.isEnabled()
    assert page.withdraw_button.text() == "Tarik kembali hari"

    # A selected submitted entry is withdrawn alone.
    page.table.selectRow(0)
    assert page.withdraw_button.text() == "Tarik kembali entri"
    page.withdraw_button.click()
    qtbot.waitUntil(lambda: "ditarik kembali" in page.message.text(), timeout=WAIT)
    idle(qtbot, runner)
    assert [e.status for e in page.model.rows] == ["Draft", "Diajukan", "Diajukan"]

    # The supervisor approves one; withdrawing the day takes back only the other.
    waiting = [e.id for e in page.model.rows if e.status == "Diajukan"]
    dailylog.approve(ws, chain.a_kabid, waiting[:1])
    page.refresh()
    idle(qtbot, runner)
    page.table.clearSelection()
    page.withdraw_button.click()
    qtbot.waitUntil(lambda: "1 entri ditarik kembali" in page.message.text(), timeout=WAIT)
    idle(qtbot, runner)
    assert [e.status for e in page.model.rows] == ["Draft", "Disetujui", "Draft"]
    assert not page.withdraw_button.isEnabled()


def _show_day(qtbot, runner, page, day):
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    idle(qtbot, runner)


@POPUP_NOISE
def test_enter_on_rhk_suggestion_picks_it_and_moves_to_quantity_without_saving(
    qtbot, ws, runner, env
):
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage
    from ekinerja_desktop.services import dailylog

    chain, skp = env
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    monday = past_monday()
    _show_day(qtbot, runner, page, monday)
    page.activateWindow()
    qtbot.keyClicks(page.activity, "Menyusun laporan")
    page.rhk.setFocus()
    qtbot.keyClicks(page.rhk, "rujukan")
    popup = page.rhk.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    assert popup.model().rowCount() == 2  # both RHK contain "rujukan"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    idle(qtbot, runner)
    assert page.model.rowCount() == 0
    assert dailylog.list_day(ws, chain.a_staf, monday).entries == ()
    assert page.rhk.text() == chosen
    assert chosen in {r.text for r in skp.rhk}
    assert not popup.isVisible()
    assert page.quantity.hasFocus()
    assert page.activity.text() == "Menyusun laporan"  # the entry is still being typed

    # Enter in Jumlah (popup closed) does save, with the picked RHK.
    qtbot.keyClicks(page.quantity, "2")
    qtbot.keyClick(page.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.model.row_at(0).rhk_text == chosen


@POPUP_NOISE
def test_rhk_suggestions_are_wide_enough_to_read(qtbot, ws, runner, env):
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage

    chain, _skp = env
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    page.resize(1366, 728)
    long_text = (
        "Terlaksananya pelayanan rujukan pasien gawat darurat yang tepat waktu dan "
        "terdokumentasi lengkap"
    )
    page.rhk_list.setStringList([long_text, "Laporan singkat"])
    page.activateWindow()
    page.rhk.setFocus()
    qtbot.keyClicks(page.rhk, "a")
    popup = page.rhk.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    needed = popup.fontMetrics().horizontalAdvance(long_text)
    assert popup.width() > page.rhk.width()
    assert popup.width() >= needed
    assert popup.width() <= page.window().width()
    # Inside the window, even when the field sits near its right edge.
    window_left = page.window().mapToGlobal(page.window().rect().topLeft()).x()
    assert popup.geometry().right() <= window_left + page.window().width()
    assert popup.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == long_text
    popup.grab().save("artifacts/dailylog-rhk-suggestions.png")


def test_entries_table_shows_status_and_note_without_scrolling_at_1366x728(qtbot, ws, runner, env):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.main_window import MainWindow
    from ekinerja_desktop.services import dailylog

    chain, skp = env
    monday = past_monday()
    long_activity = "Menyusun laporan rujukan pasien bulanan beserta rekap per puskesmas " * 2
    rhk_id = skp.rhk[0].id
    saved = [
        dailylog.save_entry(
            ws,
            chain.a_staf,
            entry(monday, f"{8 + i:02d}:00", f"{9 + i:02d}:00", long_activity, rhk_id=rhk_id),
        )
        for i in range(3)
    ]
    dailylog.submit_day(ws, chain.a_staf, monday)
    note = "Lampirkan notulen dan daftar hadir; uraikan hasil rapat, bukan hanya judulnya."
    dailylog.return_entries(ws, chain.a_kabid, [saved[0].id], note)

    window = MainWindow(GuiContext(ws=ws, actor=chain.a_staf, runner=runner))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    page = window.show_page("dailylog")
    _show_day(qtbot, runner, page, monday)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    qtbot.wait(50)
    table = page.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    columns = [c.key for c in page.model.columns]
    viewport = table.viewport().width()
    for key in ("status", "review_note"):
        column = columns.index(key)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= viewport
    note_column = columns.index("review_note")
    assert header.sectionSize(note_column) >= 100
    returned = next(i for i, e in enumerate(page.model.rows) if e.status == "Revisi")
    cell = page.model.index(returned, note_column)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == note
    # Hours with a decimal comma and no ".0": 3 entries of an hour.
    assert "3 jam" in page.header.text()
    assert "3.0" not in page.header.text()
    window.grab().save("artifacts/dailylog-1366x728.png")
    runner.wait_for_done()


def _staf_day(qtbot, ws, runner, chain, end: str):
    """Staf's page showing ``past_monday()`` with one entry from 08:00 to ``end``:
    (page, monday)."""
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage
    from ekinerja_desktop.services import dailylog

    monday = past_monday()
    dailylog.save_entry(ws, chain.a_staf, entry(monday, "08:00", end))
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    _show_day(qtbot, runner, page, monday)
    return page, monday


def test_hours_use_a_decimal_comma(qtbot, ws, runner, env):
    chain, _skp = env
    page, monday = _staf_day(qtbot, ws, runner, chain, "09:30")
    page.load_month()
    idle(qtbot, runner)
    assert "1,5 jam" in page.header.text()
    tooltip = page.calendar.dateTextFormat(QDate(monday.year, monday.month, monday.day)).toolTip()
    assert tooltip == "1 entri, 1,5 jam"


@POPUP_NOISE
def test_entry_error_disappears_once_the_entry_is_changed(qtbot, ws, runner, env):
    chain, _skp = env
    page, _monday = _staf_day(qtbot, ws, runner, chain, "09:00")
    page.start.setTime(QTime(8, 30))
    page.end.setTime(QTime(9, 30))
    qtbot.keyClicks(page.activity, "Tumpang tindih")
    qtbot.keyClick(page.activity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "bertumpang tindih" in page.message.text(), timeout=WAIT)
    assert page.message.isVisible()
    page.start.setTime(QTime(9, 0))  # fixed
    assert not page.message.isVisible()
    # The RHK check, too: typing in the RHK field clears its complaint.
    page.rhk.setText("RHK karangan")
    qtbot.keyClick(page.activity, Qt.Key.Key_Return)
    assert "tidak ada di SKP" in page.message.text()
    page.rhk.clear()
    qtbot.keyClicks(page.rhk, "T")
    assert not page.message.isVisible()
    # A service problem is shown once, not in the message and again as a bullet.
    page.rhk.clear()
    page.activity.clear()
    qtbot.keyClick(page.activity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "wajib diisi" in page.message.text(), timeout=WAIT)
    assert page.message.text().count("Uraian kegiatan wajib diisi") == 1


def _team_queue(ws, admin, extra_people=2, days=2):
    """The chain's staf plus ``extra_people`` more under the same kabid, each with
    ``days`` submitted days of two entries."""
    from ekinerja_desktop.services import dailylog, master
    from tests.helpers.master import actor_for, make_employee
    from tests.helpers.skp import PELAKSANA

    chain, _skp = setup(ws, admin)
    monday = past_monday()
    staff = [chain.a_staf]
    names = ["Zainal Abidin", "Budi Santoso", "Citra Lestari", "Dewi Anggraini"]
    for i in range(extra_people):
        emp = make_employee(ws, admin, 40 + i, names[i], chain.staf.data.unit_id, **PELAKSANA)
        master.set_supervisor(ws, admin, emp.id, chain.kabid.id, LOG_YEAR)
        staff.append(actor_for(ws, admin, f"pegawai{i}", ["pegawai"], emp.id))
    for n, actor in enumerate(staff):
        for d in range(days):
            for start, end in (("08:00", "09:00"), ("10:00", "11:30")):
                dailylog.save_entry(
                    ws,
                    actor,
                    entry(monday + timedelta(days=d), start, end, f"Kegiatan {n} hari {d} {start}"),
                )
        dailylog.submit_week(ws, actor, monday)
    return chain, staff, monday


def test_review_tree_groups_by_person_and_day_newest_first_with_live_search(
    qtbot, qtmodeltester, ws, runner, admin
):
    from ekinerja_desktop.gui.pages.review_page import ReviewPage
    from ekinerja_desktop.gui.pages.review_tree import IDS_ROLE, KIND_ROLE

    chain, _staff, monday = _team_queue(ws, admin)
    page = _page(qtbot, ReviewPage, ws, runner, chain.a_kabid)
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 12, timeout=WAIT)
    qtmodeltester.check(page.model)
    model = page.model
    # People by name; under each, days newest first; under each day, entries by time.
    people = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [p.split(" · ")[0] for p in people] == [
        "Budi Santoso",
        "Nurhayati Lamarauna, S.E.",
        "Zainal Abidin",
    ]
    assert people[0].startswith("Budi Santoso · NIP 19850101 201001 1 0")
    assert people[0].endswith("4 entri")
    person = model.index(0, 0)
    assert person.data(KIND_ROLE) == "person"
    assert model.rowCount(person) == 2
    newer, older = model.index(0, 0, person), model.index(1, 0, person)
    assert newer.data(KIND_ROLE) == "day"
    assert set(newer.data(IDS_ROLE)).isdisjoint(older.data(IDS_ROLE))
    from ekinerja_desktop.domain.fmt import format_date

    assert format_date(monday + timedelta(days=1), "id", "full") in newer.data()
    assert format_date(monday, "id", "full") in older.data()
    assert [model.index(r, 0, newer).data() for r in range(2)] == ["08:00-09:00", "10:00-11:30"]
    assert model.index(0, 1, newer).data() == "Kegiatan 2 hari 1 08:00"  # Budi: third staff

    # Live search: by name (all of a person's entries) or by activity text.
    qtbot.keyClicks(page.search, "zainal")
    assert model.rowCount() == 1
    assert len(page.shown_ids()) == 4
    assert "4 entri dari 1 pegawai cocok" in page.summary.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "hari 0 10:00")
    assert model.rowCount() == 3
    assert len(page.shown_ids()) == 3
    page.search.clear()
    assert len(page.shown_ids()) == 12

    # Selecting a day row selects its entries; approval asks first, naming the counts.
    asked = []
    page.confirm = lambda _parent, title, text: asked.append(text) or False
    newer = model.index(0, 0, model.index(0, 0))  # the model was rebuilt by the search
    assert newer.data(KIND_ROLE) == "day"
    page.tree.setCurrentIndex(newer)
    assert page.selected_ids() == newer.data(IDS_ROLE)
    page.approve_button.click()
    assert asked == ["Setujui 2 entri log harian dari 1 pegawai?"]
    idle(qtbot, runner)
    assert len(page.shown_ids()) == 12  # declined: nothing approved
    page.approve_all_button.click()
    assert asked[-1] == "Setujui 12 entri log harian dari 3 pegawai?"
    page.confirm = lambda *_a: True
    page.approve_button.click()
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 10, timeout=WAIT)
    assert "2 entri disetujui" in page.message.text()
    page.resize(1366, 728)
    page.grab().save("artifacts/review-tree.png")


def test_review_pages_people_for_large_teams(qtbot, ws, runner, admin):
    from ekinerja_desktop.gui.pages.review_page import ReviewPage

    chain, _staff, _monday = _team_queue(ws, admin, extra_people=2, days=1)
    page = _page(qtbot, ReviewPage, ws, runner, chain.a_kabid)
    qtbot.waitUntil(lambda: len(page.shown_ids()) == 6, timeout=WAIT)
    assert not page.next_button.isVisible()
    page.page_size = 2
    page.go_to_page(0)
    assert page.model.rowCount() == 2
    assert page.next_button.isVisible()
    assert page.next_button.isEnabled()
    assert not page.prev_button.isEnabled()
    assert page.page_label.text() == "Pegawai 1-2 dari 3"
    page.next_button.click()
    assert page.model.rowCount() == 1
    assert page.page_label.text() == "Pegawai 3-3 dari 3"
    assert not page.next_button.isEnabled()
    # "Approve all shown" is this page only.
    asked = []
    page.confirm = lambda _parent, _title, text: asked.append(text) or False
    page.approve_all_button.click()
    assert asked == ["Setujui 2 entri log harian dari 1 pegawai?"]
    # Searching starts again from the first page.
    qtbot.keyClicks(page.search, "Kegiatan")
    assert page.page_label.text() == "Pegawai 1-2 dari 3"


def test_open_evidence_asks_before_several_files_and_names_a_dangerous_type(
    qtbot, ws, runner, env, tmp_path
):
    from ekinerja_desktop.gui.pages.dailylog_page import DailyLogPage
    from ekinerja_desktop.services import dailylog, evidence

    chain, _skp = env
    monday = past_monday()
    saved = dailylog.save_entry(ws, chain.a_staf, entry(monday, "08:00", "09:00"))
    pdf = tmp_path / "notulen.pdf"
    pdf.write_bytes(b"%PDF-1.4 notulen")
    hta = tmp_path / "Laporan Q1.pdf.hta"
    hta.write_bytes(b"<html><hta:application/><script>x()</script>")
    for src in (pdf, hta):
        evidence.attach_file(ws, chain.a_staf, saved.id, src)
    page = _page(qtbot, DailyLogPage, ws, runner, chain.a_staf)
    page.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
    idle(qtbot, runner)
    page.table.selectRow(0)
    opened: list[str] = []
    asked: list[str] = []
    page.open_url = lambda url: opened.append(url.toLocalFile())
    page.confirm = lambda _parent, _title, text: asked.append(text) or False
    page.open_evidence()
    idle(qtbot, runner)
    assert opened == []  # two files: nothing opens without a yes
    assert "2 bukti dukung" in asked[0]
    answers = iter([True, False])  # yes to both files, no to the HTA
    page.confirm = lambda _parent, _title, text: asked.append(text) or next(answers)
    page.open_evidence()
    idle(qtbot, runner)
    assert [p.rsplit("/", 1)[-1] for p in opened] == ["notulen.pdf"]
    assert "halaman web/HTA" in asked[-1]
    answers = iter([True, True])  # and with a yes to the HTA: handed over as .bin
    page.open_evidence()
    idle(qtbot, runner)
    assert opened[-1].endswith("Laporan Q1.bin")


def test_review_loads_the_queue_in_pages_with_load_more(qtbot, ws, runner, admin):
    from ekinerja_desktop.gui.pages.review_page import ReviewPage
    from ekinerja_desktop.services import dailylog

    chain, _staff, _monday = _team_queue(ws, admin, extra_people=2, days=1)
    page = _page(qtbot, ReviewPage, ws, runner, chain.a_kabid)
    assert len(page.shown_ids()) == 6
    assert not page.more_button.isVisible()
    page.queue_rows = 2  # whole person-days of 2 entries a load
    page.load()
    idle(qtbot, runner)
    assert len(page.shown_ids()) == 2
    assert page.more_button.isVisible()
    assert "Muat lagi" in page.summary.text()
    page.more_button.click()
    idle(qtbot, runner)
    assert len(page.shown_ids()) == 4
    page.more_button.click()
    idle(qtbot, runner)
    assert len(page.shown_ids()) == 6
    assert not page.more_button.isVisible()
    assert page.person.count() == 4  # "all" and the three people of the loaded pages
    assert sorted(page.shown_ids()) == sorted(
        e.id for g in dailylog.review_queue(ws, chain.a_kabid) for e in g.entries
    )
