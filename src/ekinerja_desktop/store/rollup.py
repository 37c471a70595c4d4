"""Daily-log month rollup for the central dashboard: triggers that mark changed
(employee, month) pairs, and the refresh that recomputes only those pairs.

Each rollup row holds, per month, two day bitmasks (bit d-1 = day d of the month has
entries / approved entries), so the dashboard can intersect them with any unit's
working-day calendar without reading ``daily_log`` again. See ``store.models.central``.

The triggers are created on first use (:func:`ensure_triggers`, called by the central
service before every refresh), not by a migration: offices never pay for them, and a
trigger lost with a rebuilt table (SQLite batch migrations drop a table's triggers) is
re-created with a full recomputation instead of silently leaving the rollup stale.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, text

from ekinerja_desktop.store.models import LOG_YEAR_ROLLUP, LogRollupDirty

APPROVED = "Disetujui"
# Above this many dirty pairs one range scan beats per-employee lookups.
FULL_SCAN_PAIRS = 20_000
CHUNK = 500

TRIGGERS = (
    "trg_daily_log_rollup_ins",
    "trg_daily_log_rollup_upd",
    "trg_daily_log_rollup_del",
)

# SQLite serialises writers and the refresh runs in one write transaction, so a plain
# "mark once" is enough there (and keeps bulk inserts cheap).
_SQLITE_MARK = (
    "INSERT OR IGNORE INTO log_rollup_dirty (employee_id, month, gen) "
    "VALUES ({row}.employee_id, substr({row}.day, 1, 7), 1);"
)
_SQLITE_TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[0]} AFTER INSERT ON daily_log BEGIN "
    + _SQLITE_MARK.format(row="NEW")
    + " END",
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[1]} "
    "AFTER UPDATE OF employee_id, day, status, deleted ON daily_log BEGIN "
    + _SQLITE_MARK.format(row="OLD")
    + " "
    + _SQLITE_MARK.format(row="NEW")
    + " END",
    f"CREATE TRIGGER IF NOT EXISTS {TRIGGERS[2]} AFTER DELETE ON daily_log BEGIN "
    + _SQLITE_MARK.format(row="OLD")
    + " END",
)
# PostgreSQL: statement-level triggers with transition tables, one upsert per statement
# (a bulk import of a million rows marks a few thousand pairs, not a million).
_PG_MARK = (
    "INSERT INTO log_rollup_dirty (employee_id, month, gen) "
    "SELECT DISTINCT employee_id, to_char(day, 'YYYY-MM'), 1 FROM {rows} "
    "ON CONFLICT (employee_id, month) DO UPDATE SET gen = log_rollup_dirty.gen + 1;"
)
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION ekinerja_log_rollup_mark() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
    + _PG_MARK.format(rows="old_rows")
    + " END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN "
    + _PG_MARK.format(rows="new_rows")
    + " END IF; RETURN NULL; END $$"
)
_PG_TRIGGERS = (
    f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON daily_log "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION ekinerja_log_rollup_mark()",
    f"CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE ON daily_log "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION ekinerja_log_rollup_mark()",
    f"CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON daily_log "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
    "EXECUTE FUNCTION ekinerja_log_rollup_mark()",
)


def _present(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'daily_log'"
    else:
        sql = (
            "SELECT DISTINCT trigger_name FROM information_schema.triggers "
            "WHERE event_object_table = 'daily_log'"
        )
    return {str(name) for name in conn.execute(text(sql)).scalars()}


def triggers_present(conn: Connection) -> bool:
    return set(TRIGGERS) <= _present(conn)


def install_triggers(conn: Connection) -> list[str]:
    """Create the missing triggers (nothing else); returns the names it created."""
    missing = [name for name in TRIGGERS if name not in _present(conn)]
    if not missing:
        return []
    if conn.dialect.name == "sqlite":
        for sql in _SQLITE_TRIGGERS:
            conn.exec_driver_sql(sql)
    else:
        conn.exec_driver_sql(_PG_FUNCTION)
        for name, sql in zip(TRIGGERS, _PG_TRIGGERS, strict=True):
            if name in missing:
                conn.exec_driver_sql(sql)
    return missing


def ensure_triggers(conn: Connection) -> bool:
    """Create missing rollup triggers. True when any was missing: the rollup may have
    missed changes then, so every (employee, month) with entries is marked dirty."""
    if not install_triggers(conn):
        return False
    mark_all_dirty(conn)
    return True


def _month_expr(conn: Connection) -> str:
    return "substr(day, 1, 7)" if conn.dialect.name == "sqlite" else "to_char(day, 'YYYY-MM')"


def _bit_expr(conn: Connection) -> str:
    if conn.dialect.name == "sqlite":
        return "(1 << (CAST(substr(day, 9, 2) AS INTEGER) - 1))"
    return "(1 << (CAST(EXTRACT(DAY FROM day) AS INTEGER) - 1))"


def mark_all_dirty(conn: Connection) -> None:
    """Mark every (employee, month) that has entries (after a restore, a lost trigger...)."""
    month = _month_expr(conn)
    conn.execute(delete(LogRollupDirty))
    conn.exec_driver_sql(
        "INSERT INTO log_rollup_dirty (employee_id, month, gen) "
        f"SELECT employee_id, {month}, 1 FROM daily_log GROUP BY employee_id, {month}"
    )
    conn.execute(delete(LOG_YEAR_ROLLUP))


def dirty_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(LogRollupDirty)).scalar_one())


def _month_bounds(month: str) -> tuple[date, date]:
    first = date(int(month[:4]), int(month[5:7]), 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


def _aggregate_sql(conn: Connection, *, employees: bool) -> str:
    """Day masks per (employee, month): first one row per (employee, day) - read from
    ``ix_daily_log_employee_day`` alone - then the days' bits summed per month."""
    bit = _bit_expr(conn)
    month = _month_expr(conn)
    deleted = "0" if conn.dialect.name == "sqlite" else "false"
    who = "employee_id IN :ids AND " if employees else ""
    days = (
        f"SELECT employee_id, day, MAX(CASE WHEN status = '{APPROVED}' THEN 1 ELSE 0 END) AS ok "
        f"FROM daily_log WHERE {who}day >= :first AND day <= :last AND deleted = {deleted} "
        "GROUP BY employee_id, day"
    )
    return (
        f"SELECT employee_id, {month} AS month, SUM({bit}) AS logged, "
        f"SUM(CASE WHEN ok = 1 THEN {bit} ELSE 0 END) AS approved "
        f"FROM ({days}) AS days GROUP BY employee_id, {month}"
    )


Progress = Callable[[int, int, str], None]


def _compute(
    conn: Connection, pairs: dict[tuple[str, str], int], progress: Progress | None
) -> dict[tuple[str, str], tuple[int, int]]:
    """(approved, logged) masks of the dirty pairs that still have entries."""
    fresh: dict[tuple[str, str], tuple[int, int]] = {}
    months = sorted({m for _e, m in pairs})
    if len(pairs) > FULL_SCAN_PAIRS:
        first, _ = _month_bounds(months[0])
        _, last = _month_bounds(months[-1])
        stmt = text(_aggregate_sql(conn, employees=False))
        for emp, month, logged, approved in conn.execute(stmt, {"first": first, "last": last}):
            if (emp, month) in pairs:
                fresh[(emp, month)] = (int(approved or 0), int(logged or 0))
        return fresh
    by_emp: dict[str, list[str]] = defaultdict(list)
    for emp, month in pairs:
        by_emp[emp].append(month)
    stmt = text(_aggregate_sql(conn, employees=True)).bindparams(bindparam("ids", expanding=True))
    emps = sorted(by_emp)
    for start in range(0, len(emps), CHUNK):
        chunk = emps[start : start + CHUNK]
        wanted = [m for e in chunk for m in by_emp[e]]
        first, _ = _month_bounds(min(wanted))
        _, last = _month_bounds(max(wanted))
        for emp, month, logged, approved in conn.execute(
            stmt, {"ids": chunk, "first": first, "last": last}
        ):
            if (emp, month) in pairs:
                fresh[(emp, month)] = (int(approved or 0), int(logged or 0))
        if progress is not None:
            progress(min(start + CHUNK, len(emps)), len(emps), "")
    return fresh


def _insert_missing(conn: Connection, keys: list[dict[str, Any]]) -> None:
    if not keys:
        return
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(LOG_YEAR_ROLLUP).on_conflict_do_nothing(), keys)
    else:
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(LOG_YEAR_ROLLUP).on_conflict_do_nothing(), keys)


def refresh(conn: Connection, progress: Progress | None = None) -> int:
    """Recompute the dirty (employee, month) pairs; returns how many were recomputed.
    Run inside one transaction: a pair marked again meanwhile keeps its mark."""
    pairs = {
        (str(e), str(m)): int(g)
        for e, m, g in conn.execute(
            select(LogRollupDirty.employee_id, LogRollupDirty.month, LogRollupDirty.gen)
        ).all()
    }
    if not pairs:
        return 0
    fresh = _compute(conn, pairs, progress)
    _insert_missing(
        conn,
        [{"employee_id": e, "year": y} for e, y in sorted({(e, int(m[:4])) for e, m in fresh})],
    )
    table = LOG_YEAR_ROLLUP
    per_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (emp, month), _gen in pairs.items():
        approved, logged = fresh.get((emp, month), (0, 0))
        per_month[month[5:7]].append({"e": emp, "y": int(month[:4]), "a": approved, "l": logged})
    for key, params in per_month.items():
        conn.execute(
            table.update()
            .where(table.c.employee_id == bindparam("e"), table.c.year == bindparam("y"))
            .values({f"approved_{key}": bindparam("a"), f"logged_{key}": bindparam("l")}),
            params,
        )
    seen = [{"e": e, "m": m, "g": g} for (e, m), g in pairs.items()]
    conn.execute(
        delete(LogRollupDirty).where(
            LogRollupDirty.employee_id == bindparam("e"),
            LogRollupDirty.month == bindparam("m"),
            LogRollupDirty.gen == bindparam("g"),
        ),
        seen,
    )
    return len(pairs)
