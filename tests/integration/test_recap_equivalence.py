"""The monthly recap aggregates in SQL; on random log rows it must agree with the plain
Python computation over every row of the month (the way it was computed before)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, time, timedelta
from decimal import Decimal, InvalidOperation

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain import targets
from ekinerja_desktop.services import dailylog, recap
from ekinerja_desktop.store.models import DailyLog
from tests.helpers.dailylog import past_monday, setup

pytestmark = pytest.mark.db

STATUSES = ("Draft", "Diajukan", "Disetujui", "Disetujui", "Disetujui", "Dikembalikan")
QUANTITIES = ("1", "2", "0,5", "1.5", "", "x", " 3 ", "10")
UNITS = ("Dokumen", "dokumen ", "Laporan", "", "Puskesmas")


def _number(text: str) -> float:
    """A quantity as the log form reads it: comma or point decimals, anything else 0."""
    try:
        return float(Decimal(text.strip().replace(",", ".")))
    except (InvalidOperation, ValueError):
        return 0.0


def _random_logs(ws, rng: random.Random, people: dict[str, list[str]], first: date) -> None:
    """Rows straight into the table (statuses, late flags, quantities the form would not
    produce together), a few outside the month and a few deleted."""
    with ws.write("test") as session:
        for emp_id, rhk_ids in people.items():
            for _ in range(rng.randint(0, 40)):
                day = first + timedelta(days=rng.randint(-3, 33))
                start = rng.randint(7 * 60, 15 * 60)
                end = start + rng.choice((0, 15, 30, 45, 60, 90, 240))
                session.add(
                    DailyLog(
                        employee_id=emp_id,
                        day=day,
                        start_time=time(start // 60, start % 60),
                        end_time=time(min(end, 23 * 60 + 59) // 60, min(end, 23 * 60 + 59) % 60),
                        activity="kegiatan",
                        rhk_id=rng.choice([*rhk_ids, None]),
                        quantity=rng.choice(QUANTITIES),
                        unit=rng.choice(UNITS),
                        status=rng.choice(STATUSES),
                        is_late=rng.random() < 0.2,
                        deleted=rng.random() < 0.05,
                    )
                )


def _expected(ws, row: recap.RecapRow, unit_id: str | None, first: date, last: date, cfg):
    """The recap of one employee from every log row of the month, in plain Python."""
    with ws.read() as session:
        logs = [
            (
                g.day,
                g.status,
                dailylog.minutes_between(g.start_time, g.end_time),
                g.rhk_id,
                g.quantity,
                g.unit,
                g.is_late,
            )
            for g in session.execute(
                select(DailyLog).where(
                    DailyLog.employee_id == row.employee_id,
                    DailyLog.day >= first,
                    DailyLog.day <= last,
                    DailyLog.deleted.is_(False),
                )
            ).scalars()
        ]
        cal = dailylog.work_calendar(session, unit_id)
    approved = [g for g in logs if g[1] == "Disetujui"]
    minutes: dict[date, int] = defaultdict(int)
    for g in approved:
        minutes[g[0]] += g[2]
    days_approved = sum(
        1 for d, m in minutes.items() if m >= cfg.min_minutes_per_day and cal.is_working_day(d)
    )
    per_rhk = {}
    for r in row.per_rhk:
        mine = [g for g in approved if g[3] == r.rhk_id]
        unit = None
        if r.monthly_target > 0 or r.capaian_percent is not None:
            unit = "Dokumen"  # every RHK target in tests.helpers.dailylog.setup
        qty = sum(
            _number(g[4]) for g in mine if unit is not None and targets.units_match(g[5], unit)
        )
        per_rhk[r.rhk_id] = (len(mine), qty)
    late_days = len({g[0] for g in logs if g[6]})
    return {
        "days_with_entries": len({g[0] for g in logs}),
        "days_approved": days_approved,
        "hours": round(sum(minutes.values()) / 60, 2),
        "entries": len(logs),
        "approved_entries": len(approved),
        "late_entries": sum(1 for g in logs if g[6]),
        "late_days": late_days,
        "per_rhk": per_rhk,
    }


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sql_aggregate_equals_python_over_rows(ws, admin, seed):
    rng = random.Random(seed)
    chain, staf_skp = setup(ws, admin)
    monday = past_monday()
    first = monday.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    cfg = recap.set_tpp_config(
        ws, admin, recap.TppConfig(min_minutes_per_day=rng.choice((0, 30, 120)))
    )
    people = {
        chain.staf.id: [r.id for r in staf_skp.rhk],
        chain.kabid.id: [],
        chain.guru.id: [],
    }
    _random_logs(ws, rng, people, first)

    unit = chain.kadis.data.unit_id
    result = recap.unit_recap(ws, admin, unit, first.year, first.month)
    units = {chain.staf.id: chain.staf.data.unit_id, chain.kabid.id: chain.kabid.data.unit_id}
    units[chain.guru.id] = chain.guru.data.unit_id
    checked = 0
    for row in result.rows:
        if row.employee_id not in people:
            continue
        checked += 1
        want = _expected(ws, row, units[row.employee_id], first, last, cfg)
        assert row.days_with_entries == want["days_with_entries"]
        assert row.days_approved == want["days_approved"]
        assert row.hours == want["hours"]
        assert row.entries == want["entries"]
        assert row.approved_entries == want["approved_entries"]
        assert row.late_entries == want["late_entries"]
        for r in row.per_rhk:
            activities, qty = want["per_rhk"][r.rhk_id]
            assert r.activities == activities
            assert r.quantity == pytest.approx(qty, abs=1e-9)
            if r.monthly_target > 0:
                cap = round(min(cfg.capaian_cap_percent, 100.0 * qty / r.monthly_target), 2)
                assert r.capaian_percent == pytest.approx(cap, abs=0.011)
        with_target = [r.capaian_percent for r in row.per_rhk if r.capaian_percent is not None]
        coverage = 100.0 * want["days_approved"] / row.working_days if row.working_days else 0.0
        capaian = sum(with_target) / len(with_target) if with_target else coverage
        score = (
            cfg.weight_log_days * coverage
            + cfg.weight_capaian * capaian
            - cfg.late_penalty_per_day * want["late_days"]
        )
        assert row.score == pytest.approx(round(max(0.0, min(100.0, score)), 2), abs=1e-9)
    assert checked >= 2
