"""Issue 20, item 8: a database copy was found with its first 4,096 bytes zeroed after a
bench run while two read-only processes had it open. These tests pin down the two
things the program controls (docs/security.md, "Page 1 of the database"):

- the only code that overwrites files with zeros (``keyslots.shred``) can never reach
  the live database through the encryption's second name, even when the database's
  header is damaged;
- the program's own write paths (saves, rollup, backup snapshot, restore, re-open with
  checkpoint) run against two read-only processes without page 1 ever reading as
  anything but a valid SQLite header.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from ekinerja_desktop.services import backup, central, keyslots, master
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers.master import make_org

pytestmark = [pytest.mark.db, pytest.mark.sqlite_only]

MAGIC = b"SQLite format 3\x00"

READER = textwrap.dedent(
    """
    import sqlite3, sys, time
    from pathlib import Path
    db, stop = Path(sys.argv[1]), Path(sys.argv[2])
    problems = 0
    reads = 0
    while not stop.exists():
        with db.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\\x00":
                problems += 1
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
            con.execute("SELECT count(*) FROM employee").fetchone()
            con.execute("SELECT count(*) FROM audit_event").fetchone()
            con.close()
            reads += 1
        except sqlite3.DatabaseError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                problems += 1
                print(exc, flush=True)
        time.sleep(0.002)
    print(f"reads={reads} problems={problems}", flush=True)
    """
)


def test_a_second_name_of_the_live_database_is_never_overwritten(ws, admin):
    data_dir = ws.data_dir
    ws.close()
    db = data_dir / "ekinerja.sqlite3"
    aside = keyslots.plain_aside(db)
    os.link(db, aside)  # a crash right after the second name was made
    with db.open("r+b") as handle:  # and a damaged header: reads as "not plain"
        handle.write(b"\x01" * 16)
    before = db.read_bytes()
    keyslots.finish_plain_swap(data_dir)
    assert not aside.exists()
    assert db.read_bytes() == before  # not a single byte overwritten


@pytest.mark.slow
def test_read_only_processes_never_see_page_one_change_under_the_programs_writes(
    ws, admin, tmp_path
):
    org = make_org(ws, admin)
    db = ws.data_dir / "ekinerja.sqlite3"
    stop = tmp_path / "stop"
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(db), str(stop)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        time.sleep(0.3)
        for round_no in range(3):
            for n in range(20):
                master.save_employee(
                    ws,
                    admin,
                    master.EmployeeInput(
                        nip=f"19700101201001{1 + n % 2}{round_no * 100 + n + 1:03d}",
                        name=f"Pegawai Halaman {round_no}-{n}",
                        unit_id=org.a.id,
                    ),
                )
            central.refresh_rollup(ws)
            info = backup.backup_now(ws, admin, tmp_path / "bk")
            data_dir = ws.data_dir
            ws.close()  # the last writer checkpoints on close
            ws = open_workspace(data_dir)
            from ekinerja_desktop.services import auth

            admin = auth.login(ws, "admin", "rahasia-admin-1")
        backup.restore(ws, admin, info.path)  # writes every page of the live file
    finally:
        stop.touch()
        outputs = [r.communicate(timeout=60)[0] for r in readers]
        ws.close()
    for out in outputs:
        assert out.strip().endswith("problems=0"), out
        assert "reads=0 " not in out
    assert db.read_bytes()[:16] == MAGIC
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
