"""Beranda to-do list: approvals, reviews, evaluations, objections, own log days and JP."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.services import evaluation, todo
from ekinerja_desktop.services import skp as skp_svc
from ekinerja_desktop.services.dailylog import work_calendar
from ekinerja_desktop.store.models import Employee
from tests.helpers.evaluation import PAST, add_logs, build
from tests.helpers.master import make_employee, make_org
from tests.helpers.training import bimtek, training_row

pytestmark = pytest.mark.db

TODAY = date(PAST, 4, 15)  # Triwulan I of PAST just ended


def _kinds(items):
    return {i.kind: i for i in items}


def test_todo_items_for_supervisor_employee_and_atasan(ws, admin):
    setup = build(ws, admin)
    chain = setup.chain
    # Supervisor side: a submitted SKP revision, two submitted logs, two evaluations due.
    revision = skp_svc.start_revision(ws, chain.a_staf, setup.staf_skp.summary.id, "Tugas baru")
    skp_svc.submit(ws, chain.a_staf, revision.summary.id)
    rhk_id = setup.staf_skp.rhk[0].id
    add_logs(ws, chain.staf.id, rhk_id, date(PAST, 4, 1), ["1", "1"], status="Diajukan")
    items = _kinds(todo.my_todos(ws, chain.a_kabid, TODAY))
    assert items["skp_approve"].count == 1
    assert items["skp_approve"].page_key == "skp_team"
    assert items["log_review"].count == 2
    assert items["log_review"].page_key == "dailylog_review"
    assert items["evaluation_due"].count == 2
    assert "Triwulan I" in items["evaluation_due"].title
    assert items["evaluation_due"].page_key == "evaluation"
    # Employee side: self-assessment due, missing log days this month, JP shortfall.
    mine = _kinds(todo.my_todos(ws, chain.a_staf, TODAY))
    assert mine["self_assessment"].page_key == "my_evaluation"
    with ws.read() as session:
        unit_id = session.get(Employee, chain.staf.id).unit_id
        working = work_calendar(session, unit_id).working_days(date(PAST, 4, 1), date(PAST, 4, 14))
    expected = len([d for d in working if d not in (date(PAST, 4, 1), date(PAST, 4, 2))])
    assert mine["missing_logs"].count == expected
    assert mine["missing_logs"].page_key == "dailylog"
    assert mine["jp_shortfall"].count == 20
    with ws.write() as session:
        session.add(
            training_row(
                chain.staf.id,
                date(PAST, 2, 1),
                date(PAST, 2, 2),
                "8",
                title="Bimtek SAKIP",
                route="pelatihan",
            )
        )
    mine = _kinds(todo.my_todos(ws, chain.a_staf, TODAY))
    assert mine["jp_shortfall"].count == 12
    assert "kurang 12 JP" in mine["jp_shortfall"].detail
    # Signed: the supervisor has one left; the employee acknowledges or objects.
    ev = evaluation.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-Q1")
    evaluation.save_rating(
        ws, chain.a_kabid, ev.id, rating_hasil="Di Bawah", rating_perilaku="Sesuai"
    )
    evaluation.sign(ws, chain.a_kabid, ev.id)
    assert _kinds(todo.my_todos(ws, chain.a_kabid, TODAY))["evaluation_due"].count == 1
    mine = _kinds(todo.my_todos(ws, chain.a_staf, TODAY))
    assert "self_assessment" not in mine
    assert mine["acknowledge"].page_key == "my_evaluation"
    assert "objection" not in _kinds(todo.my_todos(ws, chain.a_kadis, TODAY))
    evaluation.file_objection(ws, chain.a_staf, ev.id, "Realisasi belum dihitung")
    atasan = _kinds(todo.my_todos(ws, chain.a_kadis, TODAY))
    assert atasan["objection"].count == 1
    assert "Nurhayati" in atasan["objection"].detail


def test_a_new_workspace_lists_the_admins_first_steps(ws, admin):
    """Empty workspace: units, employees and enrolment are the first things to do;
    each step leaves the list once it is done, and the next one appears."""
    day = date(PAST, 3, 2)
    steps = _kinds(todo.my_todos(ws, admin, day))
    assert list(steps) == ["setup_units", "setup_employees", "setup_enroll"]
    assert steps["setup_units"].page_key == "units"
    assert steps["setup_employees"].page_key == "employees"
    assert steps["setup_enroll"].page_key == "sync"
    org = make_org(ws, admin)
    make_employee(ws, admin, 1, "Andi Saputra", org.a.id)
    make_employee(ws, admin, 2, "Budi Santoso", org.a_bidang.id)
    steps = _kinds(todo.my_todos(ws, admin, day))
    assert "setup_units" not in steps
    assert "setup_employees" not in steps
    assert steps["setup_mapping"].count == 2
    assert steps["setup_mapping"].page_key == "mapping"
    assert steps["setup_accounts"].page_key == "accounts"


def test_returned_entries_and_drafts_near_or_past_their_deadline(ws, admin):
    setup = build(ws, admin)
    chain = setup.chain
    rhk_id = setup.staf_skp.rhk[0].id
    # Wed 8 and Thu 9 April: returned by the supervisor.
    add_logs(ws, chain.staf.id, rhk_id, date(PAST, 4, 8), ["1", "1"], status="Revisi")
    # Mon 13 April: a draft; with the default grace (next working day) it is due Tue 14.
    add_logs(ws, chain.staf.id, rhk_id, date(PAST, 4, 13), ["1"], status="Draft")
    # Wed 1 April: a draft whose deadline has long passed.
    add_logs(ws, chain.staf.id, rhk_id, date(PAST, 4, 1), ["1"], status="Draft")
    mine = _kinds(todo.my_todos(ws, chain.a_staf, date(PAST, 4, 14)))
    assert mine["log_returned"].count == 2
    assert mine["log_returned"].page_key == "dailylog"
    assert "8 Apr" in mine["log_returned"].detail
    assert mine["log_draft_due"].count == 1
    assert "13 Apr" in mine["log_draft_due"].detail
    assert mine["log_draft_late"].count == 1
    assert "1 Apr" in mine["log_draft_late"].detail
    # A draft of today is not yet a to-do; nor is anything once submitted.
    later = _kinds(todo.my_todos(ws, chain.a_staf, date(PAST, 4, 13)))
    assert "log_draft_due" not in later


def test_training_waiting_for_verification_reaches_the_supervisor(ws, admin):
    from ekinerja_desktop.services import training

    setup = build(ws, admin)
    chain = setup.chain
    training.record_training(ws, chain.a_staf, bimtek(date(PAST, 3, 10), date(PAST, 3, 11)))
    items = _kinds(todo.my_todos(ws, chain.a_kabid, date(PAST, 4, 15)))
    assert items["training_verify"].count == 1
    assert items["training_verify"].page_key == "training_admin"
    assert "training_verify" not in _kinds(todo.my_todos(ws, chain.a_staf, date(PAST, 4, 15)))
