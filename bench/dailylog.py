"""Daily-log benchmark with ~2 million entries: day view, month calendar, supervisor
queue (30-person team) and saving one entry - in ms, next to the bare sqlite3 query
floor for the same rows, plus the query plans.

The data set: the office demo (year-to-date logs) plus filler employees whose logs are
copied in bulk (INSERT ... SELECT) from a demo employee, until ``--entries`` is reached;
30 of them report to the demo "kabid" and have two weeks of submitted entries.

Usage: .venv/bin/python bench/dailylog.py [--entries N] [--runs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path

TEAM = 30


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def _pair(service: Callable[[], object], bare: Callable[[], object], runs: int) -> str:
    """Medians of the service and its bare floor, measured alternately so that both see
    the same machine load (other processes make single timings swing a lot)."""
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((service, samples[0]), (bare, samples[1])):
            t = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t)
    a, b = (statistics.median(x) for x in samples)
    return f"{_ms(a)} {_ms(b)} {a / b:8.1f}x"


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def _fill(db: Path, entries: int) -> tuple[str, list[str]]:
    """Add filler employees (and 30 team members of kabid) with copied logs."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    kabid = con.execute(
        "SELECT u.employee_id FROM app_user u WHERE lower(u.username) = 'kabid'"
    ).fetchone()[0]
    template = con.execute(
        "SELECT employee_id FROM daily_log GROUP BY employee_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    per_person = con.execute(
        "SELECT count(*) FROM daily_log WHERE employee_id = ?", (template,)
    ).fetchone()[0]
    have = con.execute("SELECT count(*) FROM daily_log").fetchone()[0]
    people = max(TEAM, (entries - have) // max(per_person, 1))
    emp_cols = _columns(con, "employee")
    log_cols = _columns(con, "daily_log")
    sa_cols = _columns(con, "supervisor_assignment")
    team: list[str] = []
    for k in range(people):
        new_id = f"bench-emp-{k:06d}"
        emp_expr = {
            "id": ":id",
            "nip": ":nip",
            "name": "name || ' ' || :k",
            "origin_seq": "origin_seq + 90000000 + :k",
        }
        con.execute(
            f"INSERT INTO employee ({', '.join(emp_cols)}) SELECT "
            + ", ".join(emp_expr.get(c, c) for c in emp_cols)
            + " FROM employee WHERE id = :template",
            {"id": new_id, "nip": f"19900101201501{k:04d}", "k": k, "template": template},
        )
        log_expr = {
            "id": "lower(hex(randomblob(16)))",
            "employee_id": ":id",
            "reviewer_id": "CASE WHEN reviewer_id IS NULL THEN NULL ELSE :reviewer END",
            "origin_seq": "origin_seq + 100000000 + :k * 10000",
        }
        reviewer = kabid if k < TEAM else template
        con.execute(
            f"INSERT INTO daily_log ({', '.join(log_cols)}) SELECT "
            + ", ".join(log_expr.get(c, c) for c in log_cols)
            + " FROM daily_log WHERE employee_id = :template",
            {"id": new_id, "reviewer": reviewer, "k": k, "template": template},
        )
        if k < TEAM:
            team.append(new_id)
            sa_expr = {
                "id": "'bench-sa-' || :id || '-' || year",
                "employee_id": ":id",
                "supervisor_id": ":kabid",
                "origin_seq": "origin_seq + 95000000 + :k",
            }
            con.execute(
                f"INSERT INTO supervisor_assignment ({', '.join(sa_cols)}) SELECT "
                + ", ".join(sa_expr.get(c, c) for c in sa_cols)
                + " FROM supervisor_assignment WHERE employee_id = :template",
                {"id": new_id, "kabid": kabid, "k": k, "template": template},
            )
    # The last two weeks of the team are waiting for review.
    since = (date.today() - timedelta(days=14)).isoformat()
    con.execute(
        "UPDATE daily_log SET status = 'Diajukan', reviewer_id = NULL, reviewed_at = NULL "
        f"WHERE employee_id IN ({', '.join('?' * len(team))}) AND day >= ?",
        (*team, since),
    )
    con.execute("UPDATE local_node SET next_seq = next_seq + 200000000")
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return kabid, team


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=2_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build the data set in DIR and keep it; reuse it when DIR already holds one",
    )
    args = parser.parse_args()

    from ekinerja_desktop.services import auth, dailylog
    from ekinerja_desktop.services.demo import create_demo_workspace
    from ekinerja_desktop.services.paths import database_file
    from ekinerja_desktop.services.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.keep or Path(tmp) / "bench"
        t0 = time.perf_counter()
        db = database_file(data_dir)
        if db.exists():
            team = [f"bench-emp-{k:06d}" for k in range(TEAM)]
        else:
            create_demo_workspace(data_dir, scale="office", seed=2026)
            _kabid, team = _fill(db, args.entries)
        con = sqlite3.connect(db)
        total = con.execute("SELECT count(*) FROM daily_log").fetchone()[0]
        print(f"{total:,} entries ready in {time.perf_counter() - t0:.1f} s")

        ws = open_workspace(data_dir)
        staff = auth.login(ws, "pegawai", "demo12345")
        boss = auth.login(ws, "kabid", "demo12345")
        me = staff.employee_id
        day = con.execute("SELECT max(day) FROM daily_log WHERE employee_id = ?", (me,)).fetchone()[
            0
        ]
        d = date.fromisoformat(day)
        first = d.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)

        bare_day = (
            "SELECT id, start_time, end_time, activity, rhk_id, quantity, unit, link_url, "
            "status, is_late, review_note FROM daily_log WHERE employee_id = ? AND day = ? "
            "AND deleted = 0 ORDER BY start_time"
        )
        bare_month = (
            "SELECT day, status, start_time, end_time, is_late FROM daily_log "
            "WHERE employee_id = ? AND day >= ? AND day <= ? AND deleted = 0"
        )
        bare_queue = (
            "SELECT * FROM daily_log WHERE status = 'Diajukan' AND employee_id IN ("
            + ", ".join("?" * len(team))
            + ") AND deleted = 0"
        )
        queue_rows = len(con.execute(bare_queue, team).fetchall())
        cases: list[tuple[str, Callable[[], object], Callable[[], object], str, tuple]] = [
            (
                "day view",
                lambda: dailylog.list_day(ws, staff, d),
                lambda: con.execute(bare_day, (me, day)).fetchall(),
                bare_day,
                (me, day),
            ),
            (
                "month calendar",
                lambda: dailylog.month_calendar(ws, staff, d.year, d.month),
                lambda: con.execute(
                    bare_month, (me, first.isoformat(), last.isoformat())
                ).fetchall(),
                bare_month,
                (me, first.isoformat(), last.isoformat()),
            ),
            (
                f"queue ({TEAM} people, {queue_rows} entries)",
                lambda: dailylog.review_queue(ws, boss),
                lambda: con.execute(bare_queue, team).fetchall(),
                bare_queue,
                tuple(team),
            ),
        ]
        print(f"{'case':40} {'service':>11} {'bare query':>11} {'ratio':>9}")
        for name, service, bare, sql, params in cases:
            service()  # warm caches (holiday tables, statement cache)
            print(f"{name:40} {_pair(service, bare, args.runs)}")
            plan = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            print("    plan: " + " | ".join(str(r[3]) for r in plan))

        # Save one entry: the service (validation, overlap check, audit) vs a bare insert.
        saved: list[str] = []
        slot = [0]

        def save() -> None:
            minute = 20 * 60 + slot[0]
            slot[0] += 1
            entry = dailylog.save_entry(
                ws,
                staff,
                dailylog.EntryInput(
                    day=d,
                    start=dtime(minute // 60, minute % 60),
                    end=dtime((minute + 1) // 60, (minute + 1) % 60),
                    activity="Entri uji kecepatan",
                ),
            )
            saved.append(entry.id)

        def bare_save() -> None:
            con.execute(
                "INSERT INTO daily_log (id, version, origin_node, origin_seq, updated_at, "
                "deleted, employee_id, day, start_time, end_time, activity, quantity, unit, "
                "link_url, status, is_late, review_note) VALUES (lower(hex(randomblob(16))), "
                "1, '', 0, '2026-01-01 00:00:00', 0, ?, ?, '23:00:00.000000', "
                "'23:01:00.000000', 'x', '', '', '', 'Draft', 0, '')",
                (me, day),
            )
            con.commit()

        print(f"{'save one entry':40} {_pair(save, bare_save, args.runs)}")
        # Leave a kept data set as it was (--keep reuses it).
        for entry_id in saved:
            dailylog.delete_entry(ws, staff, entry_id)
        con.execute("DELETE FROM daily_log WHERE activity = 'x' AND start_time = '23:00:00.000000'")
        con.commit()
        con.close()
        ws.close()


if __name__ == "__main__":
    main()
