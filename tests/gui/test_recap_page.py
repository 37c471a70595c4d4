"""Rekap Bulanan page over real services: own, team and unit recap, detail, export."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.helpers.controller import idle, open_page
from tests.helpers.dailylog import logged_monday

pytestmark = [pytest.mark.gui, pytest.mark.prepared(build=logged_monday)]


@pytest.fixture
def logged(prepared):
    return prepared


def _page(qtbot, ws, runner, actor, monday):
    from ekinerja_desktop.gui.pages.recap_page import RecapPage

    page = open_page(qtbot, RecapPage, ws, runner, actor, size=(1300, 760), refresh=False)
    page.year.setValue(monday.year)
    page.month.setCurrentIndex(monday.month - 1)
    page.refresh()
    idle(qtbot, runner)
    return page


def test_registered_for_every_role_after_review():
    from ekinerja_desktop.domain.roles import Role
    from ekinerja_desktop.gui.pages import registered_pages

    specs = {s.key: s for s in registered_pages()}
    order = [s.key for s in registered_pages()]
    assert order.index("dailylog_review") < order.index("recap") < order.index("evaluation")
    for role in Role:
        assert specs["recap"].visible_for(frozenset({role}))


def test_employee_sees_own_recap_with_rhk_detail(qtbot, qtmodeltester, ws, runner, logged):
    chain, skp, monday = logged
    page = _page(qtbot, ws, runner, chain.a_staf, monday)
    # A plain employee only has their own recap.
    assert [page.scope.itemData(i) for i in range(page.scope.count())] == ["__self__"]
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    row = page.model.row_at(0)
    assert row.employee_id == chain.staf.id
    assert (row.days_with_entries, row.days_approved, row.approved_entries) == (2, 1, 1)
    assert page.model.index(0, 6).data() == "2,5"  # approved hours, Indonesian decimals
    # The single row is selected: its activities per RHK show below.
    assert page.rhk_model.rowCount() == len(skp.rhk)
    qtmodeltester.check(page.rhk_model)
    first = page.rhk_model.row_at(0)
    assert (first.rhk_id, first.activities, first.capaian_percent) == (skp.rhk[0].id, 1, 100.0)
    assert "1 dari" in page.detail_label.text()
    assert "bukan nilai resmi" in page.rule.text()
    assert "TPP kinerja" in page.summary.text()


def test_supervisor_team_recap_and_export(qtbot, ws, runner, logged, tmp_path):
    chain, _skp, monday = logged
    page = _page(qtbot, ws, runner, chain.a_kabid, monday)
    scopes = [page.scope.itemData(i) for i in range(page.scope.count())]
    assert scopes == ["__self__", "__team__"]
    page.scope.setCurrentIndex(1)
    page.load()
    idle(qtbot, runner)
    names = [r.employee_id for r in page.model.rows]
    assert set(names) == {chain.staf.id, chain.staf2.id}
    assert "2 pegawai" in page.summary.text()
    assert page.rhk_model.rowCount() == 0
    page.table.selectRow(names.index(chain.staf.id))
    assert page.rhk_model.rowCount() == 2

    page.export(tmp_path / "tim.xlsx")
    idle(qtbot, runner)
    assert "ditulis" in page.message.text()
    sheet = list(
        load_workbook(tmp_path / "tim.xlsx", read_only=True)["Rekap"].iter_rows(values_only=True)
    )
    assert len(sheet) == 3  # header + two people
    page.export(tmp_path / "tim.pdf")
    idle(qtbot, runner)
    assert (tmp_path / "tim.pdf").read_bytes().startswith(b"%PDF")


def test_admin_picks_a_unit(qtbot, ws, runner, logged, admin):
    chain, _skp, monday = logged
    page = _page(qtbot, ws, runner, admin, monday)
    # The admin has no employee record: only units, loaded on first show.
    seksi = chain.staf.data.unit_id
    index = page.scope.findData(seksi)
    assert index >= 0
    assert page.scope.findData("__self__") == -1
    page.scope.setCurrentIndex(index)
    page.load()
    idle(qtbot, runner)
    assert {r.employee_id for r in page.model.rows} == {chain.staf.id, chain.staf2.id}

    assert page.recap.unit_name in page.summary.text()
    # Another month of the same unit: nothing logged there.
    page.month.setCurrentIndex(monday.month % 12)
    page.year.setValue(monday.year + (1 if monday.month == 12 else 0))
    page.load()
    idle(qtbot, runner)
    assert all(r.entries == 0 for r in page.model.rows)


def test_large_unit_shows_a_first_screen_then_the_rest(
    qtbot, ws, runner, logged, admin, monkeypatch
):
    """A unit larger than a screen: the first rows come first (export waits), the rest is
    appended in the background without resetting the table."""
    from ekinerja_desktop.gui.pages import recap_page

    monkeypatch.setattr(recap_page, "FIRST_SCREEN", 1)
    chain, _skp, monday = logged
    page = _page(qtbot, ws, runner, admin, monday)
    page.scope.setCurrentIndex(page.scope.findData(chain.staf.data.unit_id))
    shown: list[tuple[int, bool, str]] = []
    page.model.rowsInserted.connect(
        lambda *_a: shown.append((page.model.rowCount(), page.export_button.isEnabled(), ""))
    )
    page.load()
    idle(qtbot, runner)
    assert page.model.rowCount() == 2
    assert shown == [(2, False, "")]  # one row appended to the first screen's one
    assert page.recap.complete
    assert page.export_button.isEnabled()
    assert "2 pegawai" in page.summary.text()
    assert "rata-rata TPP" in page.summary.text()
