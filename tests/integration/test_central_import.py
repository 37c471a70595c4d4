"""Central folder import: kept reports, arrivals per OPD and node, silent nodes, and
refused bundles (unknown, revoked, out-of-scope) that never change a dashboard figure."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from sqlalchemy import update

from ekinerja_desktop.cli import main
from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import central, sync_service
from ekinerja_desktop.store.models import Employee, ImportedBundle, Skp
from tests.helpers.central import PASSWORD
from tests.helpers.cli_login import cli_login
from tests.helpers.master import make_org
from tests.helpers.sync import add_skp, copy_row_raw, enroll, enrolled_office, make_node

pytestmark = pytest.mark.db

YEAR = today_wita().year


@pytest.fixture
def net(data_dir, database_url, tmp_path):
    """Central (the engine under test) with two OPDs; an office enrolled for DINKES."""
    staff = {"Budi": "a_bidang", "Sari": "b"}
    with enrolled_office(tmp_path, staff, at=data_dir, database_url=database_url) as c:
        yield c.ws, c.admin, c.office, c.o_admin, *c.staff


def _approve(ws, skp_id: str) -> None:
    with ws.write("admin") as session:
        session.get(Skp, skp_id).status = "Disetujui"


def _export(ws, admin, folder):
    return sync_service.export_bundle(ws, admin, "pusat", folder).path


def _figures(ws, admin):
    d = central.dashboard(ws, admin, YEAR)
    return [t.rows for t in d.tables()]


def test_folder_import_keeps_reports_and_shows_arrivals(net, tmp_path):
    c_ws, c_admin, office, o_admin, budi, _sari = net
    _approve(office, add_skp(office, o_admin, budi.id, year=YEAR))
    inbox = tmp_path / "inbox"
    _export(office, o_admin, inbox)
    assert len(central.pending_files(c_ws, c_admin, inbox)) == 1

    result = central.import_folder(c_ws, c_admin, inbox)
    assert [f.status for f in result.files] == ["applied"]
    assert result.files[0].sender == office.node.id
    assert result.files[0].rows_applied >= 1
    skp = central.dashboard(c_ws, c_admin, YEAR).skp_status
    assert dict(zip(skp.column_values("opd"), skp.column_values("disetujui"), strict=True)) == {
        "Dinas Kesehatan": 1,
        "Dinas Pendidikan": 0,
    }

    again = central.import_folder(c_ws, c_admin, inbox)
    assert (again.files, again.skipped) == ((), 1)
    assert central.pending_files(c_ws, c_admin, inbox) == []
    log = central.import_log(c_ws, c_admin)
    assert [r[3] for r in log.rows] == ["Diterapkan"]
    assert "Impor bundel" in central.import_report(c_ws, c_admin, log.row_ids[0])

    arrivals = {r["opd"]: r for r in central.arrivals(c_ws, c_admin).as_dicts()}
    kes = arrivals["Dinas Kesehatan"]
    assert kes["node"].startswith(office.node.id[:8])
    assert kes["diterima"] is not None
    assert kes["hari"] == 0
    assert kes["status"] == "Aktif"
    assert arrivals["Dinas Pendidikan"]["status"] == "Belum ada node"
    assert central.silent_nodes(c_ws, c_admin).rows == ()

    # three weeks without a bundle: silent under the default 14 days, not under 30
    with c_ws.write("test") as session:
        session.execute(
            update(ImportedBundle)
            .where(ImportedBundle.sender == office.node.id)
            .values(imported_at=now_utc() - timedelta(days=21))
        )
    assert central.arrivals(c_ws, c_admin).as_dicts()[0]["status"] == "Senyap 21 hari"
    silent = central.silent_nodes(c_ws, c_admin)
    assert silent.row_ids == (office.node.id,)
    assert silent.rows[0][-1] == 21
    central.set_silent_days(c_ws, c_admin, 30)
    assert central.silent_days(c_ws) == 30
    assert central.silent_nodes(c_ws, c_admin).rows == ()
    with pytest.raises(Exception) as bad:
        central.set_silent_days(c_ws, c_admin, 0)
    assert bad.value.code == "invalid"


def test_refused_bundles_are_listed_and_change_no_figure(net, tmp_path, database_url, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    c_ws, c_admin, office, o_admin, _budi, sari = net
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # 1. out of scope: the office learns about Sari (Dinas Pendidikan) and approves an SKP
    copy_row_raw(c_ws, office, Employee, sari.id)
    _approve(office, add_skp(office, o_admin, sari.id, year=YEAR))
    shutil.copy(_export(office, o_admin, tmp_path / "o1"), inbox / "a-scope.ekb")
    # 2. revoked: a second office, enrolled then revoked (a lost laptop)
    lost, l_admin = make_node(tmp_path / "lost", NodeRole.OFFICE)
    # 3. unknown: an office enrolled at another central, never here
    other_c, oc_admin = make_node(tmp_path / "other-central", NodeRole.CENTRAL)
    stranger, s_admin = make_node(tmp_path / "stranger", NodeRole.OFFICE)
    try:
        enroll(c_ws, c_admin, lost, l_admin, tmp_path, ["DIKBUD"])
        shutil.copy(_export(lost, l_admin, tmp_path / "o2"), inbox / "b-revoked.ekb")
        sync_service.revoke_node(c_ws, c_admin, lost.node.id)
        make_org(other_c, oc_admin)
        enroll(other_c, oc_admin, stranger, s_admin, tmp_path / "x", ["DIKBUD"])
        shutil.copy(_export(stranger, s_admin, tmp_path / "o3"), inbox / "c-unknown.ekb")
    finally:
        for ws in (lost, other_c, stranger):
            ws.close()

    before = _figures(c_ws, c_admin)
    result = central.import_folder(c_ws, c_admin, inbox)
    assert [f.status for f in result.files] == ["partial", "rejected", "rejected"]
    assert _figures(c_ws, c_admin) == before

    problems = central.import_log(c_ws, c_admin, problems_only=True).as_dicts()
    by_file = {p["berkas"]: p for p in problems}
    assert "di luar cakupan" in by_file["a-scope.ekb"]["alasan"]
    assert by_file["a-scope.ekb"]["status"] == "Sebagian ditolak"
    assert by_file["a-scope.ekb"]["ditolak"] >= 1
    assert by_file["b-revoked.ekb"]["status"] == "Ditolak"
    assert "dicabut" in by_file["b-revoked.ekb"]["alasan"].lower()
    assert by_file["b-revoked.ekb"]["node"].startswith(lost.node.id[:8])
    assert by_file["c-unknown.ekb"]["alasan"]
    assert by_file["c-unknown.ekb"]["node"] == stranger.node.id  # not enrolled: raw id
    arrivals = {r["opd"]: r["status"] for r in central.arrivals(c_ws, c_admin).as_dicts()}
    assert arrivals["Dinas Pendidikan"] == "Node dicabut"

    # the headless command reports the same and says so in its exit status
    args = ["central", "import", str(inbox), "--data-dir", str(c_ws.data_dir)]
    if database_url:
        args += ["--database-url", database_url]
    assert main([*args, "--retry-rejected"]) == 1
    assert main(args) == 0  # everything already in the log: nothing new


def test_import_folder_needs_admin_pusat_and_a_folder(net, tmp_path):
    c_ws, c_admin, *_rest = net
    with pytest.raises(Exception) as missing:
        central.import_folder(c_ws, c_admin, tmp_path / "nope")
    assert missing.value.code == "invalid"
    from ekinerja_desktop.services import auth, master

    master.create_account(
        c_ws, c_admin, username="opd1", password=PASSWORD, roles=["admin_opd"], employee_id=None
    )
    opd_admin = auth.login(c_ws, "opd1", PASSWORD)
    with pytest.raises(Exception) as denied:
        central.import_folder(c_ws, opd_admin, tmp_path)
    assert denied.value.code == "permission_denied"


def test_the_dashboard_rollup_is_kept_at_import_never_built_at_open(net, tmp_path):
    """Issue 19: a new central has the rollup triggers from the start, an imported bundle
    brings its months up to date in the import itself, and opening the dashboard then
    recomputes nothing (before: the first open built the whole rollup, 28-58 s at city
    scale)."""
    from datetime import date, time

    from ekinerja_desktop.store import rollup
    from ekinerja_desktop.store.models import DailyLog

    c_ws, c_admin, office, o_admin, budi, _sari = net
    with c_ws.read() as session:
        assert rollup.triggers_present(session.connection())
    central.dashboard(c_ws, c_admin, YEAR)  # the office's data is not there yet
    with office.write("admin") as session:
        for day in (3, 4, 5):
            session.add(
                DailyLog(
                    employee_id=budi.id,
                    day=date(YEAR, 2, day),
                    start_time=time(8),
                    end_time=time(9),
                    activity=f"Rapat {day}",
                    status="Disetujui",
                )
            )
    report = sync_service.import_bundle(c_ws, c_admin, _export(office, o_admin, tmp_path / "b"))
    assert report.status == "applied", report.summary()
    with c_ws.read() as session:
        assert rollup.dirty_count(session.connection()) == 0  # done in the import
    opened = central.dashboard(c_ws, c_admin, YEAR)
    assert opened.rollup_refreshed == 0
