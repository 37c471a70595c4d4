"""Sync benchmark: export then import a bundle of daily-log records (default 1,000,000)
between two workspaces, next to raw sqlite3 executemany of the same rows into the same
schema measured in the same run; peak memory of the import.

``measure_import(rows, runs)`` is the table's row (``make bench``): the import into a real
central against raw executemany into a copy of the same central, in paired runs.

Usage: .venv/bin/python bench/sync.py [--rows N] [--employees N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from ekinerja_desktop.services.demo.dailylog import COLUMNS as DEMO_LOG_COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, paired

PASSWORD = "rahasia-admin-1"
CHUNK = 20_000
# The same column order as the demo generator's rows (one definition of the schema's
# insert order for both).
COLUMNS = DEMO_LOG_COLUMNS
INSERT = f"INSERT INTO daily_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"

# The raw floor runs in a child process so it does not count towards the import's memory.
RAW_CHILD = """
import sqlite3, sys, time
src, dst, insert, chunk = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
cols = insert.split("(")[1].split(")")[0]
read = sqlite3.connect(src)
con = sqlite3.connect(dst, isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=NORMAL")
cur = read.execute(f"SELECT {cols} FROM daily_log ORDER BY origin_seq")
spent = 0.0
con.execute("BEGIN")
while True:
    rows = cur.fetchmany(chunk)
    if not rows:
        break
    t = time.perf_counter()
    con.executemany(insert, rows)
    spent += time.perf_counter() - t
t = time.perf_counter()
con.execute("COMMIT")
spent += time.perf_counter() - t
print(spent)
"""


def _rss_mb() -> float:
    # ru_maxrss: KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _setup(root: Path, employees: int):
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services import auth, master, sync_service
    from ekinerja_desktop.services.workspace import init_workspace

    def node(name: str, role: NodeRole):
        ws = init_workspace(
            root / name,
            role=role,
            agency="Pemerintah Kota Palu",
            admin_username="admin",
            admin_password=PASSWORD,
        )
        return ws, auth.login(ws, "admin", PASSWORD)

    central, c_admin = node("central", NodeRole.CENTRAL)
    office, o_admin = node("office", NodeRole.OFFICE)
    unit = master.create_unit(
        central, c_admin, master.UnitInput(name="Dinas Kesehatan", code="DINKES")
    )
    staff = []
    for i in range(employees):
        nip = f"198501012010011{i + 1:03d}"
        detail = master.save_employee(
            central, c_admin, master.EmployeeInput(nip=nip, name=f"Pegawai {i}", unit_id=unit.id)
        )
        staff.append(detail.id)
    req = sync_service.write_enroll_request(office, o_admin, root / "req.json")
    res = sync_service.enroll_node(
        central, c_admin, req.path, ["DINKES"], root / "enroll.ekb", role="office"
    )
    report = sync_service.import_bundle(
        office, o_admin, res.bundle, expect_fingerprint=res.central_fingerprint
    )
    assert report.status == "applied", report.summary()
    return central, c_admin, office, o_admin, staff


def _generate(db: Path, node_id: str, staff: list[str], rows: int) -> float:
    """Bulk-insert ``rows`` daily logs at the office with proper sync columns."""
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA synchronous=NORMAL")
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    (first,) = con.execute("SELECT next_seq FROM local_node WHERE id = ?", (node_id,)).fetchone()
    now = datetime(2026, 11, 1, 8, 0, 0)
    start = date(2026, 1, 1)
    batch = []
    for i in range(rows):
        day = start + timedelta(days=(i // len(staff)) % 300)
        hour = 7 + i % 9
        batch.append(
            (
                str(uuid.uuid4()),
                1,
                node_id,
                first + i,
                (now + timedelta(microseconds=i)).isoformat(" "),
                "admin",
                0,
                staff[i % len(staff)],
                day.isoformat(),
                f"{hour:02d}:00:00.000000",
                f"{hour:02d}:45:00.000000",
                f"Menyusun laporan kegiatan nomor {i} untuk bidang pelayanan",
                None,
                "1",
                "Laporan",
                "",
                "Diajukan",
                (now + timedelta(microseconds=i)).isoformat(" "),
                0,
                None,
                None,
                "",
            )
        )
        if len(batch) >= CHUNK:
            con.executemany(INSERT, batch)
            batch = []
    if batch:
        con.executemany(INSERT, batch)
    con.execute("UPDATE local_node SET next_seq = ? WHERE id = ?", (first + rows, node_id))
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - t0


def measure_import(rows: int, runs: int, employees: int = 200) -> Result:
    """Bundle import of ``rows`` daily logs into a real central (its rollup triggers, the
    rollup brought up to date in the import) next to raw sqlite3 executemany of the same
    rows into a copy of the same central database (triggers included), in paired runs;
    each run starts from the same central file."""
    from ekinerja_desktop.services import auth, sync_service
    from ekinerja_desktop.services.paths import database_file
    from ekinerja_desktop.services.workspace import open_workspace

    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        central, _c_admin, office, o_admin, staff = _setup(tmp, employees)
        central.close()
        _generate(database_file(tmp / "office"), office.node.id, staff, rows)
        bundle = sync_service.export_bundle(office, o_admin, "pusat", tmp / "out", max_bytes=0)
        office.close()
        pristine = tmp / "central.pristine"
        shutil.copyfile(database_file(tmp / "central"), pristine)
        office_db = str(database_file(tmp / "office"))

        def fresh_central() -> None:
            for suffix in ("-wal", "-shm"):
                Path(f"{database_file(tmp / 'central')}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(pristine, database_file(tmp / "central"))

        def product() -> float:
            fresh_central()
            ws = open_workspace(tmp / "central")
            try:
                admin = auth.login(ws, "admin", PASSWORD)
                t = time.perf_counter()
                report = sync_service.import_bundle(ws, admin, bundle.path)
                spent = time.perf_counter() - t
                assert report.status == "applied", report.summary()
                assert report.total("inserted") == rows, report.summary()
            finally:
                ws.close()
            return spent

        def floor() -> float:
            raw_db = tmp / "raw.db"
            shutil.copyfile(pristine, raw_db)
            out = subprocess.run(
                [sys.executable, "-c", RAW_CHILD, office_db, str(raw_db), INSERT, str(CHUNK)],
                check=True,
                capture_output=True,
                text=True,
            )
            raw_db.unlink()
            return float(out.stdout.strip())

        a, b, ratio, pairs = paired(product, floor, runs)
        print(
            f"  bundle import {rows:,} rows: {a:.1f} s vs raw {b:.1f} s; pair ratios "
            + " ".join(f"{r:.2f}" for r in pairs),
            flush=True,
        )
        return Result(
            f"bundle import, {rows:,} daily logs",
            a,
            b,
            ratio,
            "<= 2x (>= 0.5x raw)",
            ratio <= 2.0,
            "raw sqlite3 executemany of the same rows into the same central (its triggers)",
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--employees", type=int, default=200, help="at most 999")
    parser.add_argument("--profile", action="store_true", help="cProfile the import")
    parser.add_argument("--keep", type=Path, help="keep the workspaces in this folder")
    args = parser.parse_args()

    from ekinerja_desktop.services import sync_service
    from ekinerja_desktop.services.paths import database_file

    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    root = args.keep or tmp
    root.mkdir(parents=True, exist_ok=True)
    try:
        central, c_admin, office, o_admin, staff = _setup(root, args.employees)
        gen = _generate(database_file(root / "office"), office.node.id, staff, args.rows)
        print(
            f"rows: {args.rows:,} daily logs of {len(staff)} employees (generated in {gen:.1f} s)"
        )

        # raw floor: the same rows into a copy of the central database (same schema)
        central.close()
        raw_db = root / "raw.db"
        shutil.copyfile(database_file(root / "central"), raw_db)
        office_db = str(database_file(root / "office"))
        out = subprocess.run(
            [sys.executable, "-c", RAW_CHILD, office_db, str(raw_db), INSERT, str(CHUNK)],
            check=True,
            capture_output=True,
            text=True,
        )
        raw = float(out.stdout.strip())
        from ekinerja_desktop.services import auth
        from ekinerja_desktop.services.workspace import open_workspace

        central = open_workspace(root / "central")
        c_admin = auth.login(central, "admin", PASSWORD)

        rss0 = _rss_mb()
        t = time.perf_counter()
        # one bundle (max_bytes=0: no split), as the benchmark measures a single import
        exported = sync_service.export_bundle(office, o_admin, "pusat", root / "out", max_bytes=0)
        export_s = time.perf_counter() - t
        size = exported.path.stat().st_size
        rss_export = _rss_mb()

        t = time.perf_counter()
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
        report = sync_service.import_bundle(central, c_admin, exported.path)
        if args.profile:
            prof.disable()
            pstats.Stats(prof).sort_stats("tottime").print_stats(20)
        import_s = time.perf_counter() - t
        rss_import = _rss_mb()
        assert report.status == "applied", report.summary()
        assert report.total("inserted") == args.rows, report.summary()
        office.close()
        central.close()

        n = args.rows
        print(f"bundle: {size / 1e6:.1f} MB")
        print(f"raw sqlite3 executemany         {n / raw:12,.0f} rows/s  ({raw:6.1f} s)")
        print(f"export (query, encode, encrypt)  {n / export_s:12,.0f} rows/s  ({export_s:6.1f} s)")
        print(
            f"import (verify, decrypt, check)  {n / import_s:12,.0f} rows/s  ({import_s:6.1f} s)"
            f"  = {raw / import_s:.2f}x raw (target >= 0.5x)"
        )
        print(
            f"peak RSS: {rss0:.0f} MB before export, {rss_export:.0f} MB after export,"
            f" {rss_import:.0f} MB after import (target < 300 MB)"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
