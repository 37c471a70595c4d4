"""The Penilaian team page loads a whole team with a fixed number of SQL statements: a
team three times larger must not run more statements (a city OPD head has hundreds)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ekinerja_desktop.services import evaluation, master
from ekinerja_desktop.services.evaluation import BELUM_DIBUAT
from tests.helpers.dailylog import setup
from tests.helpers.master import make_employee
from tests.helpers.skp import YEAR
from tests.helpers.statements import recorded

pytestmark = pytest.mark.db


def _statements(ws, fn: Callable[[], object]) -> tuple[int, object]:
    with recorded(ws.read_engine) as seen:
        result = fn()
    return len(seen), result


def _grow_team(ws, admin, chain, first_seq: int, n: int) -> None:
    staff = {"jabatan_kind": "administrasi", "jabatan_level": "Pelaksana", "pangkat_code": "II/c"}
    unit = chain.staf.data.unit_id
    for seq in range(first_seq, first_seq + n):
        emp = make_employee(
            ws, admin, seq, f"Anggota {seq}", unit, jabatan_name="Pengolah", **staff
        )
        master.set_supervisor(ws, admin, emp.id, chain.kabid.id, YEAR)


def test_team_page_statements_do_not_grow_with_the_team(ws, admin):
    # staf has an approved SKP and gets an open evaluation, so those paths load too.
    chain, _skp = setup(ws, admin)
    code = evaluation.period_code(YEAR, "Q1")
    opened = evaluation.open_evaluation(ws, chain.a_kabid, chain.staf.id, code)
    _grow_team(ws, admin, chain, 100, 2)  # staf, staf2 + 2 = 4 members

    def page() -> tuple[list[evaluation.TeamRow], list[evaluation.Calibration]]:
        return (
            evaluation.team(ws, chain.a_kabid, code),
            evaluation.calibration(ws, chain.a_kabid, code),
        )

    small, (rows, calibration) = _statements(ws, page)
    assert len(rows) == 4
    by_id = {r.employee_id: r for r in rows}
    assert by_id[chain.staf.id].evaluation_id == opened.id
    assert by_id[chain.staf.id].has_approved_skp
    assert by_id[chain.staf2.id].status == BELUM_DIBUAT
    assert not by_id[chain.staf2.id].has_approved_skp
    assert by_id[chain.staf.id].unit_name == "Seksi Rujukan"
    assert [c.unit_name for c in calibration] == ["Dinas Kesehatan"]

    _grow_team(ws, admin, chain, 200, 8)  # 12 members: three times as many
    big, (rows, calibration) = _statements(ws, page)
    assert len(rows) == 12
    assert [r.employee_name for r in rows] == sorted(
        (r.employee_name for r in rows), key=str.casefold
    )
    assert [c.unit_name for c in calibration] == ["Dinas Kesehatan"]
    assert big == small
