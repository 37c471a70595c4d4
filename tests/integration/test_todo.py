"""Beranda to-do list: approvals, reviews, evaluations, objections, own log days and JP."""

from __future__ import annotations

from datetime import date

import pytest

from ekinerja_desktop.services import evaluation, todo
from ekinerja_desktop.services import skp as skp_svc
from ekinerja_desktop.services.dailylog import work_calendar
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import Employee, Training
from tests.integration.evaluation_helpers import PAST, add_logs, build

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
            Training(
                id=new_uuid(),
                employee_id=chain.staf.id,
                route="pelatihan",
                kind_code="bimtek",
                title="Bimtek SAKIP",
                start_date=date(PAST, 2, 1),
                end_date=date(PAST, 2, 2),
                jp_credited="8",
                status="Diverifikasi",
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


def test_todo_empty_without_employee(ws, admin):
    assert todo.my_todos(ws, admin) == []
