"""Power cut during saves: a writer process is killed (SIGKILL) at random moments many
times; the database stays consistent and keeps every entry reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ekinerja_desktop.services import audit, master
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers.effort import effort

KILLS = effort(ci=12, deep=30)
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _writer(data_dir: Path, unit_id: str, first: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.power_cut_writer", str(data_dir), unit_id,
         str(first)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


@pytest.mark.slow
def test_sigkill_during_saves_loses_nothing_committed(ws, admin):
    unit = master.create_unit(ws, admin, master.UnitInput(name="Dinas Uji", code="UJI"))
    data_dir = ws.data_dir
    db = data_dir / "ekinerja.sqlite3"
    ws.close()
    rng = random.Random(20261128)
    committed: set[str] = set()
    first = 0
    for round_no in range(KILLS):
        proc = _writer(data_dir, unit.id, first)
        assert proc.stdout is not None
        ready = proc.stdout.readline().strip()
        assert ready == "ready", proc.stderr.read() if proc.stderr else ""
        # Let a random number of commits pass, then cut at a random point inside the
        # next save (a few milliseconds up to a whole save later).
        for _ in range(rng.randint(0, 4)):
            line = proc.stdout.readline().strip()
            assert line, proc.stderr.read() if proc.stderr else ""
            committed.add(line)
        time.sleep(rng.uniform(0, 0.06))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        # Whatever the writer printed before dying was committed.
        committed.update(x for x in proc.stdout.read().split() if x)
        proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        first += 1000

        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], round_no
            assert con.execute("PRAGMA foreign_key_check").fetchall() == [], round_no
            present = {r[0] for r in con.execute("SELECT id FROM employee")}
        finally:
            con.close()
        missing = committed - present
        assert not missing, f"round {round_no}: committed entries lost: {sorted(missing)}"

    assert len(committed) >= KILLS  # the test really exercised commits
    reopened = open_workspace(data_dir)
    try:
        assert audit.verify(reopened).ok
        creates = {r.entity_id for r in audit.search(reopened, admin, action="employee.create",
                                                      limit=5000)}  # fmt: skip
        assert committed <= creates  # each committed save carries its audit event
    finally:
        reopened.close()
