"""One Pejabat Penilai rule for every service: a mapping valid from 1 July, asked about
2 March, names the supervisor everywhere (the year's first mapping covers the earlier
months)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import dailylog, master, organisation, skp, todo, training
from tests.helpers.master import actor_for, make_employees, make_org
from tests.helpers.training import bimtek

pytestmark = pytest.mark.db

YEAR = today_wita().year - 1  # every day of it is in the past
MARCH = date(YEAR, 3, 2)


def _weekday_from(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@pytest.fixture
def late_mapping(ws, admin):
    """staf's only mapping of YEAR: kasi, valid from 1 July."""
    org = make_org(ws, admin)
    kabid, kasi, staf = make_employees(
        ws, admin, ("Kabid", org.a_bidang.id), ("Kasi", org.a_seksi.id), ("Staf", org.a_seksi.id)
    )
    master.set_supervisor(ws, admin, kasi.id, kabid.id, YEAR)
    master.set_supervisor(ws, admin, staf.id, kasi.id, YEAR, valid_from=date(YEAR, 7, 1))
    a_kasi = actor_for(ws, admin, "kasi", ["pegawai"], kasi.id)
    a_staf = actor_for(ws, admin, "staf", ["pegawai"], staf.id)
    return kabid, kasi, staf, a_kasi, a_staf


def test_master_and_organisation_answer_the_supervisor(ws, late_mapping):
    kabid, kasi, staf, _a_kasi, _a_staf = late_mapping
    assert master.supervisor_of(ws, staf.id, MARCH) == kasi.id
    assert master.supervisor_of(ws, staf.id, date(YEAR, 8, 1)) == kasi.id
    assert master.supervisor_of(ws, staf.id, date(YEAR + 1, 3, 2)) is None
    with ws.read() as session:
        assert organisation.penilai_and_atasan(session, staf.id, MARCH) == (kasi.id, kabid.id)
        assert organisation.team_on(session, kasi.id, MARCH) == {staf.id}
        assert organisation.team_between(session, kasi.id, MARCH, MARCH) == {staf.id}
        assert organisation.penilai_map(session, YEAR, MARCH)[staf.id] == kasi.id


def test_supervisor_reviews_that_periods_logs(ws, late_mapping):
    _kabid, kasi, staf, a_kasi, a_staf = late_mapping
    day = _weekday_from(MARCH)
    dailylog.save_entry(
        ws,
        a_staf,
        dailylog.EntryInput(
            day=day,
            start=time(8, 0),
            end=time(10, 0),
            activity="Menyusun laporan rujukan",
        ),
    )
    dailylog.submit_day(ws, a_staf, day)
    groups = dailylog.review_queue(ws, a_kasi)
    assert [(g.employee_id, g.day) for g in groups] == [(staf.id, day)]
    ids = [e.id for e in groups[0].entries]
    assert dailylog.approve(ws, a_kasi, ids) == 1
    assert [e.status for e in dailylog.list_day(ws, a_kasi, day, staf.id).entries] == ["Disetujui"]
    # The March to-do of the supervisor counts staf in the team.
    with ws.read() as session:
        assert todo._team(session, kasi.id, YEAR, day) == [staf.id]


def test_supervisor_is_penilai_of_the_january_june_skp(ws, late_mapping):
    _kabid, kasi, _staf, a_kasi, a_staf = late_mapping
    detail = skp.create_skp(
        ws, a_staf, YEAR, period_start=date(YEAR, 1, 1), period_end=date(YEAR, 6, 30)
    )
    assert detail.summary.penilai_id == kasi.id
    # Writing the supervisor's expectation is the penilai's right.
    skp.set_expectations(ws, a_kasi, detail.summary.id, {"akuntabel": "Tepat waktu"})


def test_supervisor_verifies_that_periods_training(ws, late_mapping):
    _kabid, _kasi, staf, a_kasi, a_staf = late_mapping
    row = training.record_training(ws, a_staf, bimtek(MARCH))
    assert row.employee_id == staf.id
    verified = training.verify(ws, a_kasi, row.id)
    assert verified.status == training.DIVERIFIKASI
    assert verified.verified_by_name == "Kasi"


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite syntax
def test_penilai_and_team_reads_use_an_index(ws, late_mapping):
    """The rule reads an employee's rows of every year and a team every row naming its
    penilai: each is an index lookup, never a scan of the whole mapping table (21,770
    rows at city scale: 7-11 ms a read)."""
    from sqlalchemy import event

    _kabid, kasi, staf, a_kasi, _a_staf = late_mapping
    seen: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, *_args) -> None:
        if "supervisor_assignment" in statement:
            seen.append((statement, parameters))

    engines = list(dict.fromkeys([ws.engine, ws.read_engine]))
    for engine in engines:
        event.listen(engine, "before_cursor_execute", note)
    try:
        dailylog.review_queue(ws, a_kasi)
        with ws.read() as session:
            organisation.mappings(session, [staf.id, kasi.id])
            organisation.team_on(session, kasi.id, MARCH)
            organisation.team_between(session, kasi.id, MARCH, MARCH)
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", note)
    assert len(seen) >= 4
    with ws.engine.connect() as conn:
        for statement, parameters in seen:
            plan = " ".join(
                str(row[-1])
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            assert "SCAN supervisor_assignment" not in plan, (statement, plan)
