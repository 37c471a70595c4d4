"""Demo daily logs: every demo employee has plausible entries tied to their own SKP."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth, dailylog
from ekinerja_desktop.services.demo import DemoResult
from ekinerja_desktop.services.demo import data as demo_data
from ekinerja_desktop.store.models import DailyLog, Employee, LocalNode, Skp, SkpRhk
from tests.helpers.demo import office_demo

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=office_demo, login="if-used")]

YEAR = today_wita().year


def test_demo_logs_are_plausible(ws, demo):
    with ws.read() as session:
        employees = set(session.execute(select(Employee.id)).scalars())
        logs = session.execute(
            select(
                DailyLog.employee_id,
                DailyLog.day,
                DailyLog.status,
                DailyLog.rhk_id,
                DailyLog.is_late,
                DailyLog.origin_seq,
                DailyLog.start_time,
                DailyLog.end_time,
            )
        ).all()
        rhk_owner = dict(
            session.execute(
                select(SkpRhk.id, Skp.employee_id).join(Skp, Skp.id == SkpRhk.skp_id)
            ).all()
        )
        next_seq = session.execute(select(LocalNode.next_seq)).scalar_one()
        seqs = session.execute(select(func.count(func.distinct(DailyLog.origin_seq)))).scalar()
    assert {row.employee_id for row in logs} == employees
    assert all(row.day.year == YEAR and row.day < today_wita() for row in logs)
    assert all(row.start_time < row.end_time for row in logs)
    # Linked RHK always belong to the employee's own SKP.
    assert all(rhk_owner[row.rhk_id] == row.employee_id for row in logs if row.rhk_id)
    statuses = Counter(row.status for row in logs)
    assert {"Draft", "Diajukan", "Disetujui", "Revisi"} <= set(statuses)
    assert statuses["Disetujui"] > len(logs) / 2
    assert any(row.is_late for row in logs)
    # Unique sync sequence numbers, all reserved from the node counter.
    assert seqs == len(logs)
    assert max(row.origin_seq for row in logs) < next_seq
    assert any("Log harian" in key for key in demo.counts)


def test_demo_user_sees_own_log(ws, demo):
    actor = auth.login(ws, "pegawai", demo_data.DEMO_PASSWORD)
    with ws.read() as session:
        day = session.execute(
            select(func.max(DailyLog.day)).where(DailyLog.employee_id == actor.employee_id)
        ).scalar_one()
    view = dailylog.list_day(ws, actor, day)
    assert view.entries
    assert sum(c.entry_count for c in dailylog.month_calendar(ws, actor, day.year, day.month))


def test_demo_logs_span_the_year_to_date_or_the_last_weeks(ws, demo):
    """The demo covers 1 January up to yesterday for everyone (the city scale too: the
    span does not depend on the number of employees); ``weeks`` shortens it."""
    from datetime import timedelta

    from ekinerja_desktop.domain.calendar import WorkCalendar
    from ekinerja_desktop.services.demo import dailylog as demo_dailylog

    yesterday = today_wita() - timedelta(days=1)
    with ws.read() as session:
        first, last = session.execute(select(func.min(DailyLog.day), func.max(DailyLog.day))).one()
        per_person = Counter(session.execute(select(DailyLog.employee_id)).scalars())
        people = session.execute(select(func.count()).select_from(Employee)).scalar_one()
    cal = WorkCalendar()
    working = [
        date(YEAR, 1, 1) + timedelta(days=i)
        for i in range((yesterday - date(YEAR, 1, 1)).days + 1)
        if cal.is_working_day(date(YEAR, 1, 1) + timedelta(days=i))
    ]
    assert first == working[0]
    assert last == working[-1]
    # About 3 entries per working day per person (a few days are left out on purpose).
    assert min(per_person.values()) >= 2 * len(working) * 0.9
    assert len(per_person) == people

    before = sum(per_person.values())
    result = DemoResult(ws.data_dir)
    added = demo_dailylog.populate_logs(
        ws, result, seed=8, year=YEAR, progress=lambda *_a: None, weeks=1
    )
    with ws.read() as session:
        days = set(session.execute(select(DailyLog.day).distinct()).scalars())
        total = session.execute(select(func.count()).select_from(DailyLog)).scalar_one()
        next_seq = session.execute(select(LocalNode.next_seq)).scalar_one()
        top = session.execute(select(func.max(DailyLog.origin_seq))).scalar_one()
    assert days >= set(working)
    assert total == before + added
    assert 0 < added <= people * 7 * 4
    assert top == next_seq - 1  # no gap left in the node's sequence
