"""Dasbor and Penghargaan & Pembinaan over a small central city with known figures:
charts and tables show the service's numbers, filter, export, drill-down with
permissions, period switch, the public report, and the reward/coaching/JP lists."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from PySide6.QtCharts import QHorizontalPercentBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ekinerja_desktop.services import central
from tests.helpers.central import LOG_PERSON, YEAR, city_node, drop_rollup_triggers
from tests.helpers.master import actor_for

pytestmark = pytest.mark.gui

WAIT = 20_000


@pytest.fixture
def city(data_dir, database_url):
    with city_node(data_dir, database_url) as made:
        yield made


def _idle(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)


def _dashboard(qtbot, runner, ws, actor):
    from ekinerja_desktop.gui.pages.dashboard_page import DashboardPage

    return _shown(qtbot, runner, DashboardPage, ws, actor)


def _shown(qtbot, runner, page_class, ws, actor):
    """``page_class`` for ``actor``, at the laptop size, loaded for YEAR."""
    from ekinerja_desktop.gui.context import GuiContext

    page = page_class(GuiContext(ws=ws, actor=actor, runner=runner))
    qtbot.addWidget(page)
    page.resize(1136, 660)
    page.show()
    page.year.setValue(YEAR)
    page.refresh()
    _idle(qtbot, runner)
    return page


def _source_rows(panel) -> list[tuple]:
    table = panel.data_table
    keys = [c.key for c in table.columns]
    return [tuple(r[k] for k in keys) for r in panel.model.rows]


def _bar_values(panel, label: str) -> list[float]:
    series = panel.chart_view.chart().series()[0]
    bar_set = next(s for s in series.barSets() if s.label() == label)
    values = [bar_set.at(i) for i in range(bar_set.count())]
    return values[::-1]  # horizontal charts draw the first row at the top


def _cell(panel, row_label: str, column_key: str) -> str:
    model = panel.proxy
    column = panel.data_table.index(column_key)
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == row_label:
            return model.index(row, column).data()
    raise AssertionError(f"{row_label!r} not shown")


def _double_click_row(qtbot, panel, text: str) -> None:
    view = panel.table
    model = view.model()
    row = next(r for r in range(model.rowCount()) if text in model.index(r, 0).data())
    rect = view.visualRect(model.index(row, 0))
    # A real double-click starts with a press: the view only reports the pressed index.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_dashboard_shows_the_service_figures_as_charts_and_tables(
    qtbot, qtmodeltester, city, runner
):
    ws, admin, _c = city
    page = _dashboard(qtbot, runner, ws, admin)
    expected = central.dashboard(ws, admin, YEAR)
    assert page.period.currentData() == f"{YEAR}-AKHIR"
    assert "Seluruh OPD" in page.info.text()
    assert page.public_button.isVisible()
    for key, panel in page.panels().items():
        assert _source_rows(panel) == [tuple(r) for r in getattr(expected, key).rows], key
        qtmodeltester.check(panel.model)
    assert page.cards.values["Pegawai aktif"].text() == "24"

    skp = page.chart_panel("skp_status")
    assert skp.is_chart_shown()
    assert skp.chart_view.category_labels() == []  # a hidden tab is drawn when first seen
    page.tabs.setCurrentWidget(skp)
    opds = list(expected.skp_status.column_values("opd"))
    assert skp.chart_view.category_labels() == opds
    assert skp.chart_view.series_labels() == [
        "Belum dibuat",
        "Draft",
        "Diajukan",
        "Ditolak",
        "Disetujui",
    ]
    assert _bar_values(skp, "Disetujui") == list(expected.skp_status.column_values("disetujui"))
    # the same status has the same colour in every chart
    approved = next(
        s for s in skp.chart_view.chart().series()[0].barSets() if s.label() == "Disetujui"
    )
    assert approved.color() == QColor("#43a047")

    # stacked bars as shares of 100% compare big and small OPDs
    assert skp.shares.isVisible()
    skp.shares.setChecked(True)
    assert isinstance(skp.chart_view.chart().series()[0], QHorizontalPercentBarSeries)
    assert _bar_values(skp, "Disetujui") == list(expected.skp_status.column_values("disetujui"))
    assert not page.chart_panel("jp").shares.isVisibleTo(page.chart_panel("jp"))

    skp.table_button.click()
    assert not skp.shares.isVisible()
    assert not skp.is_chart_shown()
    assert skp.views.currentWidget() is skp.table
    assert _cell(skp, "Dinas Kesehatan", "pegawai") == "12"
    assert _cell(skp, "Dinas Kesehatan", "pct_disetujui") == "83,3%"  # Indonesian decimals

    # the predikat warnings of Dinas Kesehatan (org predikat Butuh Perbaikan) are listed
    warnings = page.panels()["predikat_warnings"]
    assert warnings.model.rowCount() == len(expected.predikat_warnings.rows) == 2
    assert all(r["opd"] == "Dinas Kesehatan" for r in warnings.model.rows)
    # the log chart is a line per measure over the months
    log = page.chart_panel("log_by_month")
    page.tabs.setCurrentWidget(log)
    assert [s.name() for s in log.chart_view.chart().series()] == ["% disetujui", "% berisi log"]


def test_filter_redraws_the_chart_and_export_writes_what_is_shown(
    qtbot, city, runner, tmp_path, monkeypatch
):
    from ekinerja_desktop.gui import data_table

    ws, admin, _c = city
    page = _dashboard(qtbot, runner, ws, admin)
    skp = page.chart_panel("skp_status")
    page.tabs.setCurrentWidget(skp)
    skp.filter.setText("kesehatan")
    assert skp.proxy.rowCount() == 1
    qtbot.waitUntil(lambda: skp.chart_view.category_labels() == ["Dinas Kesehatan"], timeout=WAIT)

    monkeypatch.setattr(data_table, "ask_export_path", lambda *_a: str(tmp_path / "skp.xlsx"))
    skp.export_button.click()
    _idle(qtbot, runner)
    rows = list(load_workbook(tmp_path / "skp.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:2] == ("OPD", "Pegawai")
    assert [r[:2] for r in rows[1:]] == [("Dinas Kesehatan", 12)]
    assert "ditulis" in page.message.text()

    skp.filter.clear()
    skp.export(tmp_path / "skp.csv")
    _idle(qtbot, runner)
    with (tmp_path / "skp.csv").open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert [line[0] for line in lines[1:]] == list(
        central.dashboard(ws, admin, YEAR).skp_status.column_values("opd")
    )

    page.export_all(tmp_path / "semua.xlsx")
    _idle(qtbot, runner)
    book = load_workbook(tmp_path / "semua.xlsx")
    assert len(book.sheetnames) == len(page.dashboard.tables())


def test_drill_down_opd_unit_person_and_back(qtbot, qtmodeltester, city, runner):
    ws, admin, c = city
    page = _dashboard(qtbot, runner, ws, admin)
    skp = page.chart_panel("skp_status")
    page.tabs.setCurrentWidget(skp)
    skp.show_chart(False)
    _double_click_row(qtbot, skp, "Dinas Kesehatan")
    _idle(qtbot, runner)
    assert page.stack.currentWidget() is page.opd_panel
    assert [r["unit"] for r in page.opd_panel.model.rows] == ["Dinas Kesehatan", "Bidang Pelayanan"]
    assert [r["pegawai"] for r in page.opd_panel.model.rows] == [1, 11]
    assert "Dinas Kesehatan" in page.breadcrumb.text()
    assert page.back_button.isVisible()
    qtmodeltester.check(page.opd_panel.model)

    # a double-click on the bar of "Bidang Pelayanan" (second row, drawn second from top)
    units = page.opd_panel
    assert units.is_chart_shown()
    bars = units.chart_view.chart().series()[0].barSets()[0]
    bars.doubleClicked.emit(bars.count() - 2)
    _idle(qtbot, runner)
    assert page.stack.currentWidget() is page.unit_panel
    people = page.unit_panel.model.rows
    assert len(people) == 11
    me = next(r for r in people if r["_id"] == c.people[LOG_PERSON])
    assert me["predikat"] == "Sangat Baik"
    assert " " in me["nip"]
    assert "Bidang Pelayanan" in page.breadcrumb.text()

    page.back()
    assert page.stack.currentWidget() is page.opd_panel
    page.breadcrumb.linkActivated.emit("0")
    assert page.stack.currentWidget() is page.tabs
    assert not page.back_button.isVisible()


def test_opd_head_sees_own_opd_and_is_refused_at_person_level(qtbot, city, runner):
    ws, admin, c = city
    head = actor_for(ws, admin, "kadinkes", ["pegawai", "atasan"], c.people["a0"])
    page = _dashboard(qtbot, runner, ws, head)
    assert [r["opd"] for r in page.panels()["skp_status"].model.rows] == ["Dinas Kesehatan"]
    assert not page.public_button.isVisible()
    page.drill(page_crumb(c.units["a"], "Dinas Kesehatan"))
    _idle(qtbot, runner)
    assert page.stack.currentWidget() is page.opd_panel
    unit_row = next(r for r in page.opd_panel.model.rows if r["unit"] == "Bidang Pelayanan")
    page.opd_panel.activate_row(unit_row)
    _idle(qtbot, runner)
    assert page.stack.currentWidget() is page.opd_panel  # stays on the units
    assert "hanya untuk Admin Pusat dan Admin OPD" in page.message.text()
    assert page.unit_panel.model.rowCount() == 0


def page_crumb(opd_id: str, label: str):
    from ekinerja_desktop.gui.pages.dashboard_page import Crumb

    return Crumb("opd", opd_id, label)


def test_staff_without_a_central_view_gets_the_reason(qtbot, city, runner):
    ws, admin, c = city
    staff = actor_for(ws, admin, "pegawai1", ["pegawai", "atasan"], c.people["a5"])
    page = _dashboard(qtbot, runner, ws, staff)
    assert page.dashboard is None
    assert "hanya untuk Admin Pusat, Admin OPD dan kepala OPD" in page.message.text()


def test_dashboard_is_in_the_navigation_of_opd_heads_and_admins_only(city, runner):
    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages import registered_pages

    ws, admin, c = city
    spec = next(s for s in registered_pages() if s.key == "dashboard")
    head = actor_for(ws, admin, "kadinkes", ["pegawai", "atasan"], c.people["a0"])
    staff = actor_for(ws, admin, "pegawai1", ["pegawai", "atasan"], c.people["a5"])
    shown = {
        name: spec.shown_to(GuiContext(ws=ws, actor=actor, runner=runner))
        for name, actor in [("admin", admin), ("head", head), ("staff", staff)]
    }
    assert shown == {"admin": True, "head": True, "staff": False}


def test_period_choice_reloads_tables_and_open_drill_levels(qtbot, city, runner):
    ws, admin, c = city
    page = _dashboard(qtbot, runner, ws, admin)
    codes = [page.period.itemData(i) for i in range(page.period.count())]
    assert f"{YEAR}-Q1" in codes
    assert codes[-1] == f"{YEAR}-AKHIR"
    page.drill(page_crumb(c.units["a"], "Dinas Kesehatan"))
    _idle(qtbot, runner)
    before = [r["sangat_baik"] for r in page.opd_panel.model.rows]

    page.period.setCurrentIndex(codes.index(f"{YEAR}-Q1"))
    page.period.activated.emit(page.period.currentIndex())
    _idle(qtbot, runner)
    expected = central.dashboard(ws, admin, YEAR, period_code=f"{YEAR}-Q1")
    assert page.dashboard.period_code == f"{YEAR}-Q1"
    assert _source_rows(page.panels()["evaluation_by_opd"]) == [
        tuple(r) for r in expected.evaluation_by_opd.rows
    ]
    assert page.stack.currentWidget() is page.opd_panel  # still drilled in, new period
    q1 = central.drill_opd(ws, admin, YEAR, c.units["a"], period_code=f"{YEAR}-Q1")
    assert _source_rows(page.opd_panel) == [tuple(r) for r in q1.rows]
    assert [r["sangat_baik"] for r in page.opd_panel.model.rows] != before


def test_public_report_is_written_and_previewed(qtbot, city, runner, tmp_path, monkeypatch):
    from ekinerja_desktop.gui.pages import dashboard_page

    ws, admin, _c = city
    page = _dashboard(qtbot, runner, ws, admin)
    out = tmp_path / "publik"
    asked = {}
    monkeypatch.setattr(dashboard_page, "ask_year", lambda _p, _t, _l, value: value)
    monkeypatch.setattr(
        dashboard_page,
        "ask_public_path",
        lambda _p, _t, suggested: (str(out / suggested), "pdf"),
    )
    monkeypatch.setattr(
        dashboard_page,
        "ask_open_pdf",
        lambda _p, _t, text, _labels: asked.setdefault("text", text) and dashboard_page.PREVIEW,
    )
    opened = []

    class FakePreview:
        def __init__(self, path, title, parent):
            opened.append((path, title))

        def open(self):
            opened.append("shown")

    page.preview_factory = FakePreview
    page.public_button.click()
    _idle(qtbot, runner)
    pdf = out / f"laporan-kinerja-ASN-{YEAR}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == [pdf.name]  # the chosen format only
    assert opened == [(pdf, f"Laporan kinerja ASN {YEAR}"), "shown"]
    assert pdf.name in asked["text"]
    assert pdf.name in page.message.text()


def test_public_report_formats_and_narrative(qtbot, city, runner, tmp_path, monkeypatch):
    from ekinerja_desktop.gui.pages import dashboard_page
    from ekinerja_desktop.services import transparency

    ws, admin, _c = city
    page = _dashboard(qtbot, runner, ws, admin)
    assert page.narrative_button.isVisible()
    page.narrative_button.click()
    _idle(qtbot, runner)
    dialog = page.narrative_dialog
    dialog.achievements.setPlainText("Kepatuhan SKP naik.")
    dialog.next_steps.setPlainText("Pendampingan kecamatan.")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    _idle(qtbot, runner)
    assert transparency.narrative(ws, YEAR) == transparency.Narrative(
        "Kepatuhan SKP naik.", "", "Pendampingan kecamatan."
    )
    assert str(YEAR) in page.message.text()

    out = tmp_path / "web"
    out.mkdir()
    monkeypatch.setattr(dashboard_page, "ask_year", lambda _p, _t, _l, value: value)
    monkeypatch.setattr(
        dashboard_page, "ask_public_path", lambda *_a: (str(out / "publik.html"), "html")
    )
    asked = []
    monkeypatch.setattr(
        dashboard_page, "ask_open_pdf", lambda _p, _t, text, _l: asked.append(text) or ""
    )
    page.public_button.click()
    _idle(qtbot, runner)
    html = (out / "publik.html").read_text(encoding="utf-8")
    assert "Pendampingan kecamatan." in html
    assert [p.name for p in out.iterdir()] == ["publik.html"]
    assert asked
    assert "publik.html" in asked[0]
    monkeypatch.setattr(
        dashboard_page, "ask_public_path", lambda *_a: (str(out / "tabel.csv"), "csv")
    )
    page.public_button.click()
    _idle(qtbot, runner)
    assert (out / "tabel-opd_predikat.csv").exists()
    assert "tabel-" in page.message.text()


def _lists(qtbot, runner, ws, actor):
    from ekinerja_desktop.gui.pages.central_lists_page import CentralListsPage

    return _shown(qtbot, runner, CentralListsPage, ws, actor)


def test_reward_coaching_and_jp_lists(qtbot, qtmodeltester, city, runner, tmp_path):
    ws, admin, c = city
    page = _lists(qtbot, runner, ws, admin)
    reward = {r["_id"]: r["penghargaan"] for r in page.reward.model.rows}
    assert reward == {c.people["a0"]: "Ya", c.people["a1"]: "Belum", c.people["b0"]: "Belum"}
    plans = {r["_id"]: r["rencana"] for r in page.coaching.model.rows}
    assert plans == {
        c.people["a7"]: "Ada",
        c.people["a8"]: "Belum ada",
        c.people["d0"]: "Belum ada",
    }
    below = {r["_id"] for r in page.below_jp.model.rows}
    assert below == {c.people[k] for k in ("a5", "a6", "a7", "c0", "c1", "c2", "d0")}
    assert page.tabs.tabText(1) == "Pembinaan: 3"
    for panel in (page.reward, page.coaching, page.below_jp):
        qtmodeltester.check(panel.model)
    # a missing coaching plan stands out; an existing one does not
    model = page.coaching.model
    colours = {
        model.row_at(i)["rencana"]: model.index(i, 0).data(Qt.ItemDataRole.BackgroundRole)
        for i in range(model.rowCount())
    }
    assert colours["Belum ada"] == QColor("#fff3cd")
    assert colours["Ada"] is None
    # JP shortfall in Indonesian decimals
    a7 = next(
        i
        for i in range(page.below_jp.proxy.rowCount())
        if page.below_jp.proxy.index(i, 0).data() == c.names[7]
    )
    kurang = page.below_jp.data_table.index("kurang")
    assert page.below_jp.proxy.index(a7, kurang).data() == "0,01"

    page.coaching.export(tmp_path / "pembinaan.xlsx")
    _idle(qtbot, runner)
    rows = list(load_workbook(tmp_path / "pembinaan.xlsx").active.iter_rows(values_only=True))
    assert rows[0][-1] == "Rencana pembinaan"
    assert len(rows) == 4


def test_opd_admin_lists_only_own_opd(qtbot, city, runner):
    ws, admin, c = city
    opd_admin = actor_for(ws, admin, "adminkes", ["admin_opd"], c.people["a3"])
    page = _lists(qtbot, runner, ws, opd_admin)
    assert {r["_id"] for r in page.reward.model.rows} == {c.people["a0"], c.people["a1"]}
    assert {r["opd"] for r in page.below_jp.model.rows} == {"Dinas Kesehatan"}


def test_pages_are_registered_for_the_right_roles():
    from ekinerja_desktop.domain.roles import Role
    from ekinerja_desktop.gui.pages import registered_pages

    specs = {s.key: s for s in registered_pages()}
    order = [s.key for s in registered_pages()]
    assert order.index("home") < order.index("dashboard") < order.index("central_lists")
    assert order.index("central_lists") < order.index("skp")
    assert order.index("sync") < order.index("arrivals") < order.index("conflicts")
    visible = {
        key: {r for r in Role if specs[key].visible_for(frozenset({r}))}
        for key in ("dashboard", "central_lists", "arrivals")
    }
    assert visible == {
        "dashboard": {Role.ADMIN_PUSAT, Role.ADMIN_OPD, Role.ATASAN},
        "central_lists": {Role.ADMIN_PUSAT, Role.ADMIN_OPD},
        "arrivals": {Role.ADMIN_PUSAT},
    }


def test_cancelled_load_leaves_the_page_as_it_was(qtbot, city, runner, monkeypatch):
    import time

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from ekinerja_desktop.gui.context import GuiContext
    from ekinerja_desktop.gui.pages.dashboard_page import DashboardPage

    ws, admin, _c = city
    real = central.dashboard

    def slow(*args, progress=None, **kw):
        time.sleep(1.5)  # long enough for the progress dialog; never reports progress
        return real(*args, **kw)

    monkeypatch.setattr(central, "dashboard", slow)
    page = DashboardPage(GuiContext(ws=ws, actor=admin, runner=runner))
    qtbot.addWidget(page)
    page.show()
    page.year.setValue(YEAR)
    page.load()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in page.findChildren(QProgressDialog)), timeout=WAIT
    )
    dialog = next(d for d in page.findChildren(QProgressDialog) if d.isVisible())
    dialog.findChild(QPushButton).click()
    _idle(qtbot, runner)
    assert page.dashboard is None
    assert page.panels()["skp_status"].model.rowCount() == 0

    monkeypatch.setattr(central, "dashboard", real)
    page.reload_button.click()
    _idle(qtbot, runner)
    assert page.dashboard is not None
    assert page.panels()["skp_status"].model.rowCount() == 4


def test_a_central_without_its_rollup_opens_at_once_and_builds_on_request(qtbot, city, runner):
    """Issue 19: the page never builds the daily-log rollup when it opens; it shows the
    other figures, '-' for the log figures, and a button that builds it."""
    from sqlalchemy import text

    ws, admin, _c = city
    with ws.write("test") as session:
        drop_rollup_triggers(session, ws)
        session.execute(text("DELETE FROM log_year_rollup"))
    page = _dashboard(qtbot, runner, ws, admin)
    assert not page.dashboard.logs_ready
    assert page.build_button.isVisible()
    assert _cell(page.log_opd, "Dinas Kesehatan", "tahun") == "-"
    assert _cell(page.skp, "Dinas Kesehatan", "disetujui") == "10"
    with ws.read() as session:
        assert session.execute(text("SELECT count(*) FROM log_year_rollup")).scalar_one() == 0
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, runner)
    assert page.dashboard.logs_ready
    assert not page.build_button.isVisible()
    assert _cell(page.log_opd, "Dinas Kesehatan", "tahun") != "-"


def test_a_large_table_opens_as_the_table_until_the_chart_is_picked(qtbot, runner):
    # QtCharts lays out every bar: a drill-down into an OPD of hundreds of units shows
    # its table first; the chart is drawn when the user picks it, and stays picked.
    from ekinerja_desktop.gui.charts import CHART_ROWS, ChartPanel

    def table(n: int) -> central.DataTable:
        return central.DataTable(
            "opd_units",
            "Unit",
            (central.TableColumn("unit", "Unit"), central.TableColumn("pct", "%", "percent")),
            tuple((f"Unit {i}", float(i % 100)) for i in range(n)),
            tuple(f"u{i}" for i in range(n)),
            "unit",
            central.ChartSpec("bar", "unit", ("pct",), True, True),
        )

    panel = ChartPanel(runner, "units")
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.set_table(table(CHART_ROWS))
    assert panel.is_chart_shown()
    assert len(panel.chart_view.category_labels()) == CHART_ROWS

    panel.set_table(table(CHART_ROWS + 1))
    assert not panel.is_chart_shown()
    assert panel.model.rowCount() == CHART_ROWS + 1
    assert panel.chart_button.isVisible()
    assert len(panel.chart_view.category_labels()) == CHART_ROWS  # not redrawn

    panel.chart_button.click()
    assert panel.is_chart_shown()
    assert len(panel.chart_view.category_labels()) == CHART_ROWS + 1
    panel.set_table(table(CHART_ROWS + 2))
    assert panel.is_chart_shown()
    assert len(panel.chart_view.category_labels()) == CHART_ROWS + 2

    panel.table_button.click()
    panel.set_table(table(CHART_ROWS + 3))
    assert not panel.is_chart_shown()


def test_the_page_opens_on_the_summary_and_makes_a_tabs_panels_when_shown(qtbot, city, runner):
    # Issue 19: the first open builds the cards and the summary table only; a tab's
    # panels (and QtCharts) are made when it is shown, with the figures already loaded.
    ws, admin, _c = city
    page = _dashboard(qtbot, runner, ws, admin)
    assert page.dashboard is not None
    assert set(page._made) == {"top_bottom"}
    assert page.top_bottom.model.rowCount() == len(page.dashboard.top_bottom.rows)

    page.tabs.setCurrentIndex(6)  # Predikat: the distribution and its warnings
    assert {"predikat", "predikat_warnings"} <= set(page._made)
    assert page.tabs.currentIndex() == 6
    assert page.tabs.tabText(6) == "Predikat"
    assert _source_rows(page.panels()["predikat"]) == list(page.dashboard.predikat.rows)
    assert page.tabs.currentWidget().isAncestorOf(page.panels()["predikat_warnings"])

    page.tabs.setCurrentIndex(1)
    skp = page.chart_panel("skp_status")
    assert page.tabs.currentWidget() is skp
    assert _source_rows(skp) == list(page.dashboard.skp_status.rows)
    assert skp.is_chart_shown()
    assert skp.chart_view.category_labels()
