"""Property: random edits on three nodes, bundles delivered in random order with
duplicates and drops-then-redelivery - every node converges to the same SKP content."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import sync_service
from ekinerja_desktop.store.models import Skp
from ekinerja_desktop.sync.tables import encode_row
from tests.helpers.effort import untimed
from tests.helpers.master import make_employee, make_org
from tests.helpers.sync import enroll, make_node


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sync-prop")
    central = make_node(tmp / "central", NodeRole.CENTRAL)
    office = make_node(tmp / "office", NodeRole.OFFICE)
    laptop = make_node(tmp / "laptop", NodeRole.LAPTOP)
    org = make_org(*central)
    employees = [
        make_employee(*central, i, f"Pegawai {i}", org.a_bidang.id).id for i in range(1, 4)
    ]
    enroll(*central, *office, tmp, ["DINKES"])
    enroll(*central, *laptop, tmp, ["DINKES"])
    nodes = [central, office, laptop]
    yield nodes, employees, tmp
    for ws, _actor in nodes:
        ws.close()


def _skps(ws) -> dict[str, dict]:
    with ws.read() as session:
        rows = session.execute(Skp.__table__.select()).mappings().all()
        return {r["id"]: encode_row(dict(r)) for r in rows}


def _edit(ws, actor, skp_id, field, value) -> None:
    with ws.write(actor.username) as session:
        skp = session.get(Skp, skp_id)
        if skp is not None:
            setattr(skp, field, value)


def _create(ws, actor, employee_id, year) -> None:
    with ws.write(actor.username) as session:
        session.add(
            Skp(
                employee_id=employee_id,
                year=year,
                period_start=date(2026, 1, 1),
                period_end=date(2026, 12, 31),
            )
        )


ACTIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("edit"),
            st.integers(0, 2),
            st.integers(0, 50),
            st.sampled_from(
                [
                    ("decision_note", "a"),
                    ("decision_note", "b"),
                    ("approach", "Kualitatif"),
                    ("deleted", True),
                    ("decision_note", "c"),
                ]
            ),
        ),
        st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 2)),
        st.tuples(st.just("export"), st.sampled_from([(1, 0), (2, 0), (0, 1), (0, 2)])),
        st.tuples(st.just("deliver"), st.integers(0, 50)),
    ),
    max_size=14,
)


@given(actions=ACTIONS)
@untimed(6, fixtures=True)
def test_random_edits_and_deliveries_converge(network, actions):
    nodes, employees, tmp = network
    ids = [ws.node.id for ws, _ in nodes]
    pool: list[tuple[int, object]] = []  # (destination node, bundle path)
    created = set().union(*(_skps(ws).keys() for ws, _ in nodes))
    year = 2030 + 100 * len(created)
    for action in actions:
        kind = action[0]
        if kind == "edit":
            ws, actor = nodes[action[1]]
            existing = sorted(_skps(ws))
            if existing:
                field, value = action[3]
                _edit(ws, actor, existing[action[2] % len(existing)], field, value)
        elif kind == "create":
            ws, actor = nodes[action[1]]
            year += 1
            _create(ws, actor, employees[action[2]], year)
        elif kind == "export":
            src, dst = action[1]
            ws, actor = nodes[src]
            out = sync_service.export_bundle(ws, actor, ids[dst], tmp / "pool")
            pool.append((dst, out.path))
        elif pool:  # deliver (possibly again: duplicates are no-ops)
            dst, path = pool[action[1] % len(pool)]
            ws, actor = nodes[dst]
            assert sync_service.import_bundle(ws, actor, path).status != "rejected"
    created |= set().union(*(_skps(ws).keys() for ws, _ in nodes))
    # anything dropped is resent: two rounds through the hub deliver everything
    for _ in range(2):
        for src, dst in ((1, 0), (2, 0), (0, 1), (0, 2)):
            ws, actor = nodes[src]
            path = sync_service.export_bundle(ws, actor, ids[dst], tmp / "pool").path
            d_ws, d_actor = nodes[dst]
            report = sync_service.import_bundle(d_ws, d_actor, path)
            assert report.status == "applied", report.summary()
            assert not report.rejections, report.summary()
    states = [_skps(ws) for ws, _ in nodes]
    assert set(states[0]) == created  # nothing lost
    assert states[0] == states[1] == states[2]
