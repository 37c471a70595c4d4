"""Kill ``ekinerja bundle import`` with SIGKILL at random moments: the database always
passes the integrity check and holds none or all of the bundle's rows; a re-import after
the last kill completes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import paths, sync_service
from ekinerja_desktop.store.models import DailyLog
from tests.helpers.effort import effort
from tests.helpers.master import make_employee, make_org
from tests.helpers.sync import PASSWORD, enroll, make_node

pytestmark = [
    pytest.mark.slow,  # about 90 s: 50 subprocess imports on a 2-core machine
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]

_COMMAND = (sys.executable, "-m", "ekinerja_desktop", "bundle", "import")
KILLS = effort(ci=16, deep=50)
ROWS = 2000


def _bundle(tmp: Path) -> Path:
    """A central workspace (closed) and an office bundle of ``ROWS`` daily logs for it."""
    central, c_admin = make_node(tmp / "central", NodeRole.CENTRAL)
    office, o_admin = make_node(tmp / "office", NodeRole.OFFICE)
    try:
        org = make_org(central, c_admin)
        budi = make_employee(central, c_admin, 1, "Budi", org.a_bidang.id)
        enroll(central, c_admin, office, o_admin, tmp, ["DINKES"])
        start = date(2026, 1, 1)
        with office.write("admin") as session:
            session.add_all(
                DailyLog(
                    employee_id=budi.id,
                    day=start + timedelta(days=i // 4),
                    start_time=clock(8 + i % 4),
                    end_time=clock(9 + i % 4),
                    activity=f"Kegiatan nomor {i}",
                )
                for i in range(ROWS)
            )
        return sync_service.export_bundle(office, o_admin, "pusat", tmp / "out").path
    finally:
        office.close()
        central.close()


def _import(data_dir: Path, bundle: Path) -> subprocess.Popen[bytes]:
    # CLI commands name their user, on a plain workspace too.
    env = {**os.environ, "EKINERJA_USER": "admin", "EKINERJA_PASSWORD": PASSWORD}
    return subprocess.Popen(
        [*_COMMAND, "--data-dir", str(data_dir), str(bundle)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def _state(db: Path) -> tuple[str, int, int]:
    """(integrity check, daily-log rows, imported-bundle records)."""
    con = sqlite3.connect(db)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        rows = con.execute("SELECT count(*) FROM daily_log").fetchone()[0]
        bundles = con.execute(
            "SELECT count(*) FROM sync_imported_bundle WHERE kind = 'data'"
        ).fetchone()[0]
        return check, rows, bundles
    finally:
        con.close()


def _restore(snapshot: Path, data_dir: Path) -> None:
    shutil.rmtree(data_dir)
    shutil.copytree(snapshot, data_dir)


def test_import_killed_at_random_points_leaves_none_or_all(tmp_path):
    bundle = _bundle(tmp_path)
    data_dir = tmp_path / "central"
    db = paths.database_file(data_dir)
    snapshot = tmp_path / "snapshot"
    shutil.copytree(data_dir, snapshot)
    assert _state(db)[1:] == (0, 0)

    # one undisturbed run tells how long an import takes on this machine
    began = time.monotonic()
    assert _import(data_dir, bundle).wait() == 0
    duration = time.monotonic() - began
    assert _state(db) == ("ok", ROWS, 1)
    _restore(snapshot, data_dir)

    rng = random.Random(20261128)
    outcomes = {"none": 0, "all": 0}
    for _ in range(KILLS):
        proc = _import(data_dir, bundle)
        time.sleep(rng.uniform(0.0, duration * 1.2))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        check, rows, bundles = _state(db)
        assert check == "ok"
        assert (rows, bundles) in ((0, 0), (ROWS, 1)), (rows, bundles)
        if rows:
            outcomes["all"] += 1
            _restore(snapshot, data_dir)  # start the next attempt from scratch again
        else:
            outcomes["none"] += 1
    assert sum(outcomes.values()) == KILLS

    # after the last kill the import still completes, once
    assert _import(data_dir, bundle).wait() == 0
    assert _state(db) == ("ok", ROWS, 1)
    assert _import(data_dir, bundle).wait() == 0
    assert _state(db) == ("ok", ROWS, 1)
