"""Kedatangan Data on a central node: folder import with kept reports, arrivals per OPD,
rejected bundles with their reason, the silent-node threshold, and the watched folder
that never imports a file still being written."""

from __future__ import annotations

import shutil

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import central, sync_service
from ekinerja_desktop.store.models import Skp
from tests.helpers.sync import add_skp, enrolled_office

pytestmark = pytest.mark.gui

WAIT = 30_000
YEAR = today_wita().year


@pytest.fixture
def net(data_dir, database_url, tmp_path):
    """Central with two OPDs; an office enrolled for DINKES with an approved SKP."""
    staff = {"Budi": "a_bidang", "Sari": "b"}
    with enrolled_office(tmp_path, staff, at=data_dir, database_url=database_url) as c:
        skp_id = add_skp(c.office, c.o_admin, c.staff[0].id, year=YEAR)
        with c.office.write("admin") as session:
            session.get(Skp, skp_id).status = "Disetujui"
        yield c.ws, c.admin, c.office, c.o_admin


def _bundle(office, o_admin, folder):
    return sync_service.export_bundle(office, o_admin, "pusat", folder).path


def _idle(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


@pytest.fixture
def page(qtbot, net, runner):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages.arrivals_page import ArrivalsPage

    c_ws, c_admin, *_rest = net
    changes = []
    ctx = GuiContext(ws=c_ws, actor=c_admin, runner=runner, changed=changes.append)
    widget = ArrivalsPage(ctx)
    widget.changes = changes
    qtbot.addWidget(widget)
    widget.resize(1136, 660)
    widget.show()
    widget.refresh()
    _idle(qtbot, runner)
    yield widget
    widget.timer.stop()
    widget.watch.setChecked(False)


def test_folder_import_shows_arrivals_log_and_reports(
    qtbot, qtmodeltester, net, page, runner, tmp_path, monkeypatch
):
    from ekinerja_desktop.gui.pages import arrivals_page

    _c_ws, _c_admin, office, o_admin = net
    arrivals = {r["opd"]: r for r in page.arrivals.model.rows}
    assert arrivals["Dinas Kesehatan"]["status"] == "Belum pernah mengirim"
    inbox = tmp_path / "inbox"
    _bundle(office, o_admin, inbox)
    (inbox / "rusak.ekb").write_bytes(b"bukan bundel")  # refused, with a reason
    monkeypatch.setattr(arrivals_page, "ask_folder", lambda *_a: str(inbox))
    page.import_button.click()
    _idle(qtbot, runner)
    assert "1 ditolak" in page.message.text()
    assert page.changes
    assert "skp" in page.changes[-1]

    kes = {r["opd"]: r for r in page.arrivals.model.rows}["Dinas Kesehatan"]
    assert kes["node"].startswith(office.node.id[:8])
    assert kes["status"] == "Aktif"
    assert kes["diterima"] is not None
    log = {r["berkas"]: r for r in page.log.model.rows}
    assert set(log) == {p.name for p in inbox.glob("*.ekb")}
    assert len(log) == 2
    assert log["rusak.ekb"]["status"] == "Ditolak"
    assert log["rusak.ekb"]["alasan"]
    qtmodeltester.check(page.log.model)
    rejected_row = next(i for i, r in enumerate(page.log.model.rows) if r["berkas"] == "rusak.ekb")
    background = page.log.model.index(rejected_row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background == QColor("#fde0dc")

    applied = next(
        i
        for i in range(page.log.proxy.rowCount())
        if page.log.proxy.index(i, 3).data() == "Diterapkan"
    )
    page.log.table.selectRow(applied)
    _idle(qtbot, runner)
    assert "Impor bundel" in page.report.toPlainText()

    page.problems_only.setChecked(True)
    _idle(qtbot, runner)
    assert [r["berkas"] for r in page.log.model.rows] == ["rusak.ekb"]

    # importing the same folder again finds nothing new
    page.import_folder(inbox)
    _idle(qtbot, runner)
    assert "Tidak ada bundel baru" in page.message.text()


def test_silent_threshold_is_saved(qtbot, net, page, runner):
    c_ws, *_rest = net
    page.silent_days.setValue(3)
    page.silent_save.click()
    _idle(qtbot, runner)
    assert central.silent_days(c_ws) == 3
    assert "3 hari" in page.message.text()
    # the enrolled office never sent anything and was enrolled today: not silent yet
    assert page.silent.model.rowCount() == 0
    assert page.tabs.tabText(1) == "Node senyap: 0"


def test_watched_folder_imports_only_files_that_stopped_changing(
    qtbot, net, page, runner, tmp_path
):
    from ekinerja_desktop.gui.pages.arrivals_page import check_watched_folder

    c_ws, c_admin, office, o_admin = net
    watched = tmp_path / "watched"
    watched.mkdir()
    source = _bundle(office, o_admin, tmp_path / "out")
    data = source.read_bytes()
    (watched / "kirim.ekb.partial").write_bytes(data)  # a copy in progress, by name
    growing = watched / source.name
    growing.write_bytes(data[: len(data) // 2])  # a copy in progress, by size

    first = check_watched_folder(c_ws, c_admin, watched, {})
    assert first.imported is None
    assert first.waiting == 1
    growing.write_bytes(data)  # the copy finished after the first look
    second = check_watched_folder(c_ws, c_admin, watched, first.snapshot)
    assert second.imported is None
    assert second.waiting == 1
    assert central.import_log(c_ws, c_admin).rows == ()

    # through the page: the folder is remembered, the timer's checks import it
    page.set_watch_folder(str(watched))
    page.watch.setChecked(True)
    assert page.timer.isActive()
    page._snapshot = second.snapshot
    page.check_watched()
    _idle(qtbot, runner)
    assert "1 bundel baru diimpor" in page.watch_status.text()
    log = central.import_log(c_ws, c_admin).as_dicts()
    assert [(r["berkas"], r["status"]) for r in log] == [(source.name, "Diterapkan")]
    assert page.log.model.rowCount() == 1  # the page reloaded its tables
    assert page.changes

    page.check_watched()
    _idle(qtbot, runner)
    assert "tidak ada bundel baru" in page.watch_status.text()


def test_watch_folder_setting_survives_a_new_page(qtbot, net, page, runner, tmp_path):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages.arrivals_page import ArrivalsPage

    c_ws, c_admin, *_rest = net
    watched = tmp_path / "pantau"
    watched.mkdir()
    page.set_watch_folder(str(watched))
    page.watch.setChecked(True)
    _idle(qtbot, runner)
    again = ArrivalsPage(GuiContext(ws=c_ws, actor=c_admin, runner=runner))
    qtbot.addWidget(again)
    try:
        assert again.watched_folder() == str(watched)
        assert again.watch.isChecked()
        assert again.timer.isActive()
    finally:
        again.watch.setChecked(False)
        _idle(qtbot, runner)
    assert not again.timer.isActive()
    shutil.rmtree(watched)
