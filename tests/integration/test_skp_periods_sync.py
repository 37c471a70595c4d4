"""A second SKP period travels from an office to central; two nodes that each start
"part 2" of the same employee's year clash on the unique key (employee, year, part,
revision): central keeps its own row, refuses the office's with a reason and keeps it
as a conflict, and nobody ends up with overlapping SKP periods."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.store.models import Conflict, Skp
from tests.helpers.sync import add_skp, enrolled_central, exchange, ship

pytestmark = pytest.mark.db

YEAR = 2026


@pytest.fixture
def net(ws, admin, tmp_path):
    """Central with Dinas Kesehatan; the ``ws`` office enrolled for it; Budi's first SKP
    made at the office and known to both."""
    with enrolled_central(ws, admin, tmp_path) as central:
        budi = central.staff[0]
        first = add_skp(ws, admin, budi.id, year=YEAR)
        exchange(ws, admin, central.ws, central.admin, tmp_path)
        yield central.ws, central.admin, budi, first


def _periods(node, employee_id):
    with node.read() as session:
        parts = svc.parts_of(session, employee_id, YEAR)
        return [(p.part, *svc.effective_period(session, p), p.start_reason) for p in parts]


def test_second_skp_period_reaches_central(ws, admin, net, tmp_path):
    c_ws, c_admin, budi, first = net
    second = svc.start_new_skp_period(
        ws, admin, budi.id, date(YEAR, 8, 1), "mutasi", reference="821/45/BKPSDM"
    )
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    assert not report.rejections
    expected = [
        (1, date(YEAR, 1, 1), date(YEAR, 7, 31), ""),
        (2, date(YEAR, 8, 1), date(YEAR, 12, 31), "mutasi"),
    ]
    assert _periods(c_ws, budi.id) == expected
    with c_ws.read() as session:
        row = session.get(Skp, second.summary.id)
        assert (row.part, row.start_reference) == (2, "821/45/BKPSDM")
        # The first SKP row is untouched by the new period (same version everywhere).
        assert session.get(Skp, first).version == 1


def test_two_nodes_starting_the_same_part_clash_and_central_keeps_one(ws, admin, net, tmp_path):
    c_ws, c_admin, budi, _first = net
    office = svc.start_new_skp_period(ws, admin, budi.id, date(YEAR, 8, 1), "mutasi")
    central = svc.start_new_skp_period(c_ws, c_admin, budi.id, date(YEAR, 9, 1), "promosi")
    report = ship(ws, admin, c_ws, c_admin, "pusat", tmp_path / "o2c")
    refused = {r.row_id: r.reason for r in report.rejections}
    assert office.summary.id in refused
    assert "part" in refused[office.summary.id]  # the unique columns are named
    # Central keeps its own part 2; the office's waits as a conflict for a person.
    assert _periods(c_ws, budi.id) == [
        (1, date(YEAR, 1, 1), date(YEAR, 8, 31), ""),
        (2, date(YEAR, 9, 1), date(YEAR, 12, 31), "promosi"),
    ]
    with c_ws.read() as session:
        assert session.get(Skp, office.summary.id) is None
        kept = session.execute(select(Conflict)).scalars().all()
        assert any(office.summary.id in c.loser or office.summary.id in c.winner for c in kept)
    # Back at the office, central's part 2 meets the office's own: the office keeps
    # its row (one part 2 per node, never two overlapping periods) and reports it.
    back = ship(c_ws, c_admin, ws, admin, ws.node.id, tmp_path / "c2o")
    assert central.summary.id in {r.row_id for r in back.rejections}
    periods = _periods(ws, budi.id)
    assert [p[0] for p in periods] == [1, 2]
