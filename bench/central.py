"""Central-office benchmark at city scale (~11,000 employees, a year of daily logs):
dashboard open, drill-downs and the public report - each next to a floor measured in
the same run (bare sqlite3 aggregates over the same rows, bare ReportLab).

Targets (issue 9, SQLite): dashboard < 1 s, each drill-down < 200 ms, report < 30 s.

The data set is the city demo; when its daily logs do not start on 1 January, the
missing months are filled by copying the demo's weeks back in time with one
INSERT ... SELECT per block (as bench/dailylog.py does), older entries approved.

Usage: .venv/bin/python bench/central.py [--runs N] [--data-dir DIR]
(--data-dir keeps the built workspace for another run.)
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from common import floor_queries

BLOCK_WEEKS = 6


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def _median(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def fill_year(db: Path, year: int) -> int:
    """Copy the demo's log weeks backwards until 1 January is covered; returns the rows
    added. Copies keep the weekday; entries older than the demo's are approved."""
    con = sqlite3.connect(db)
    first = con.execute("SELECT min(day), max(day) FROM daily_log").fetchone()
    if first[0] is None:
        con.close()
        raise SystemExit("the demo has no daily logs")
    start, end = date.fromisoformat(first[0]), date.fromisoformat(first[1])
    if start <= date(year, 1, 7):
        con.close()
        return 0
    span = max(BLOCK_WEEKS, ((end - start).days + 1) // 7) * 7
    cols = _columns(con, "daily_log")
    added = 0
    shift = span
    while start - timedelta(days=shift - span) > date(year, 1, 1):
        expr = {
            "id": "id || '-b' || :k",
            "day": "date(day, :shift)",
            "status": "CASE WHEN status IN ('Draft', 'Diajukan') THEN 'Disetujui' ELSE status END",
            "is_late": "0",
            "origin_seq": "origin_seq + 300000000 + :k * 10000000",
        }
        cur = con.execute(
            f"INSERT INTO daily_log ({', '.join(cols)}) SELECT "
            + ", ".join(expr.get(c, c) for c in cols)
            + " FROM daily_log WHERE day >= :start AND date(day, :shift) >= :jan1",
            {
                "k": shift // 7,
                "shift": f"-{shift} days",
                "start": start.isoformat(),
                "jan1": date(year, 1, 1).isoformat(),
            },
        )
        added += cur.rowcount
        con.commit()
        shift += span
    con.execute("UPDATE local_node SET next_seq = next_seq + 900000000")
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return added


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(args.data_dir or Path(tmp) / "city", args.runs, keep=args.data_dir is not None)


def run(data_dir: Path, runs: int, *, keep: bool) -> None:
    from ekinerja_desktop.services.demo import create_demo_workspace
    from ekinerja_desktop.services.paths import database_file

    year = date.today().year
    db = database_file(data_dir)
    if not (keep and db.exists()):
        t0 = time.perf_counter()
        create_demo_workspace(data_dir, scale="city", seed=2026, replace=True)
        t_demo = time.perf_counter() - t0
        t0 = time.perf_counter()
        added = fill_year(db, year)
        print(
            f"city demo built in {t_demo:.0f} s; {added:,} log rows copied back to "
            f"1 January in {time.perf_counter() - t0:.0f} s"
        )

    from ekinerja_desktop.services import auth, central, transparency
    from ekinerja_desktop.services.workspace import open_workspace

    con = sqlite3.connect(db)
    total, people = con.execute(
        "SELECT count(*), count(DISTINCT employee_id) FROM daily_log"
    ).fetchone()
    span = con.execute("SELECT min(day), max(day) FROM daily_log").fetchone()
    print(f"{total:,} daily-log entries of {people:,} people, {span[0]} .. {span[1]}")

    t0 = time.perf_counter()
    ws = open_workspace(data_dir)
    if ws.migration.upgraded:
        print(f"schema upgraded to {ws.migration.after} in {time.perf_counter() - t0:.0f} s")
    admin = auth.login(ws, "admin", "demo12345")
    t0 = time.perf_counter()
    rebuilt = central.refresh_rollup(ws)
    print(
        f"rollup built once (after bulk loading): {rebuilt:,} employee-months in "
        f"{time.perf_counter() - t0:.1f} s"
    )
    first, last = f"{year}-01-01", f"{year}-12-31"
    naive = (
        "SELECT employee_id, substr(day, 1, 7), count(DISTINCT day) FROM daily_log "
        "WHERE status = 'Disetujui' AND deleted = 0 AND day >= ? AND day <= ? "
        "GROUP BY employee_id, substr(day, 1, 7)"
    )
    t_naive = _median(lambda: con.execute(naive, (first, last)).fetchall(), 1)
    print(
        f"without the rollup, approved days per employee-month from daily_log alone "
        f"(bare sqlite3): {t_naive:.1f} s"
    )
    # The floor: the same rows the dashboard reads, fetched with bare sqlite3.
    floor_sql = floor_queries(year)

    def floor_all() -> object:
        return [con.execute(sql).fetchall() for sql in floor_sql]

    def cold_dashboard() -> object:
        central._CACHE.clear()
        return central.dashboard(ws, admin, year)

    t0 = time.perf_counter()
    d = cold_dashboard()
    t_first = time.perf_counter() - t0
    f_all = _median(floor_all, runs)
    print()
    print(f"{'case':46} {'service':>12} {'floor':>12}  floor = bare sqlite3 fetch of")
    print(
        f"{'dashboard, first open in the process':46} {_ms(t_first)} {_ms(f_all)}  "
        "the same rows (rollup, employees, SKP, evaluations, JP)"
    )
    t_cold = _median(cold_dashboard, runs)
    print(f"{'dashboard, reopened (figures reloaded)':46} {_ms(t_cold)} {_ms(f_all)}")
    t_warm = _median(lambda: central.dashboard(ws, admin, year), runs)
    print(f"{'dashboard, unchanged data (kept figures)':46} {_ms(t_warm)} {_ms(f_all)}")

    sizes = dict(zip(d.skp_status.row_ids, d.skp_status.column_values("pegawai"), strict=True))
    big = max(sizes, key=lambda o: sizes[o])
    mid = sorted(sizes, key=lambda o: sizes[o])[len(sizes) // 2]
    units = central.drill_opd(ws, admin, year, big)
    unit_sizes = dict(zip(units.row_ids, units.column_values("pegawai"), strict=True))
    big_unit = max(unit_sizes, key=lambda u: unit_sizes[u])

    def bare_opd(opd: str) -> object:
        return con.execute(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM org_unit u "
            "JOIN sub ON u.parent_id = sub.id) SELECT r.* FROM employee e JOIN "
            "log_year_rollup r ON r.employee_id = e.id AND r.year = ? "
            "WHERE e.unit_id IN (SELECT id FROM sub) AND e.active = 1 AND e.deleted = 0",
            (opd, year),
        ).fetchall()

    def bare_unit(unit: str) -> object:
        return con.execute(
            "SELECT e.name, e.nip, r.* FROM employee e JOIN log_year_rollup r ON "
            "r.employee_id = e.id AND r.year = ? WHERE e.unit_id = ? AND e.active = 1",
            (year, unit),
        ).fetchall()

    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        (
            f"drill OPD, largest ({sizes[big]:,} people)",
            lambda: central.drill_opd(ws, admin, year, big),
            lambda: bare_opd(big),
        ),
        (
            f"drill OPD, median ({sizes[mid]:,} people)",
            lambda: central.drill_opd(ws, admin, year, mid),
            lambda: bare_opd(mid),
        ),
        (
            f"drill unit -> people ({unit_sizes[big_unit]:,})",
            lambda: central.drill_unit(ws, admin, year, big_unit),
            lambda: bare_unit(big_unit),
        ),
    ]
    central.dashboard(ws, admin, year)
    for name, service, bare in cases:
        print(
            f"{name + ', after the dashboard':46} {_ms(_median(service, runs))} "
            f"{_ms(_median(bare, runs))}  its rollup rows"
        )

    def cold(fn: Callable[[], object]) -> Callable[[], object]:
        def go() -> object:
            central._CACHE.clear()
            return fn()

        return go

    for name, service, bare in cases:
        print(
            f"{name + ', alone':46} {_ms(_median(cold(service), runs))} "
            f"{_ms(_median(bare, runs))}  its rollup rows"
        )

    # Incremental: a supervisor approves a week of entries, then the dashboard refreshes.
    week = con.execute("SELECT max(day) FROM daily_log WHERE status = 'Diajukan'").fetchone()[0]
    if week:
        from sqlalchemy import text

        with ws.write("bench") as session:
            changed = session.execute(
                text(
                    "UPDATE daily_log SET status = 'Disetujui' WHERE status = 'Diajukan' "
                    "AND day >= date(:d, '-6 days') AND day <= :d"
                ),
                {"d": week},
            ).rowcount
        t0 = time.perf_counter()
        refreshed = central.refresh_rollup(ws)
        t_ref = time.perf_counter() - t0
        print(
            f"{'rollup after approving one week':46} {_ms(t_ref)} {'':>12}"
            f"  ({changed:,} entries, {refreshed:,} employee-months)"
        )

    from ekinerja_desktop.reports import Column, build_table_pdf

    with tempfile.TemporaryDirectory() as out:
        central._CACHE.clear()
        t0 = time.perf_counter()
        files = transparency.write_report(ws, admin, year, Path(out))
        t_report = time.perf_counter() - t0
        rows = files.report.per_opd.rows
        t0 = time.perf_counter()
        build_table_pdf(
            "floor",
            [],
            [Column(str(c)) for c in files.report.per_opd.columns],
            [list(r) for r in rows],
            Path(out) / "floor.pdf",
            landscape=True,
        )
        t_pdf = time.perf_counter() - t0
        floor_report = f_all + t_pdf
    print(
        f"{'public report (PDF + CSV)':46} {_ms(t_report)} {_ms(floor_report)}"
        "  the rows + a bare ReportLab table of the same OPD rows"
    )
    print()
    print("query plans (SQLite):")
    plans = {
        "rollup": "SELECT * FROM log_year_rollup WHERE year = 2026",
        "rollup build": "SELECT employee_id, day, max(status = 'Disetujui') FROM daily_log "
        "WHERE day >= '2026-01-01' AND day <= '2026-12-31' AND deleted = 0 "
        "GROUP BY employee_id, day",
        "skp": "SELECT employee_id, revision, status FROM skp WHERE year = 2026 AND deleted = 0",
        "evaluation": "SELECT employee_id, period_code, revision, status, predikat FROM "
        "evaluation WHERE year = 2026 AND deleted = 0",
        "training": "SELECT employee_id, jp_credited FROM training WHERE status = "
        "'Diverifikasi' AND start_date >= '2026-01-01' AND start_date <= '2026-12-31' "
        "AND deleted = 0",
        "employee": "SELECT id, unit_id, status, active_from, active_to FROM employee "
        "WHERE active = 1 AND deleted = 0",
    }
    for name, sql in plans.items():
        plan = " | ".join(str(r[3]) for r in con.execute("EXPLAIN QUERY PLAN " + sql))
        print(f"  {name:11} {plan}")
    con.close()
    ws.close()
    print()
    print("targets (issue 9): dashboard < 1 s, each drill-down < 200 ms, report < 30 s")


if __name__ == "__main__":
    main()
