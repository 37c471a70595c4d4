"""Property (issue 16): random interleavings of daily-log writes, approvals, exports,
deliveries (lost, late, twice), supervisor re-mappings, an office restored from an older
backup and a revoked laptop over central, a DINKES office PC and a bidang-scoped
supervisor laptop converge after two rounds through central: nothing central ever held
is lost, no row stays held, the office holds exactly what central holds of its OPD and
the laptop (unless revoked) every row of its scope - the scope taken from central's
mapping valid on each row's day (``organisation.penilai``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import backup, master, organisation, sync_service
from ekinerja_desktop.store.models import DailyLog, Employee, HeldRecord
from ekinerja_desktop.sync.tables import encode_row
from tests.helpers.dailylog import setup
from tests.helpers.effort import untimed
from tests.helpers.sync import enroll, make_node

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

YEAR = today_wita().year
COUNTER = itertools.count()


@dataclass
class World:
    tmp: Path
    nodes: dict[str, tuple[Any, Any]]
    chain: Any
    laptop_units: set[str]
    office_units: set[str]
    pool: list[tuple[str, str, Path]] = field(default_factory=list)  # (from, to, file)
    backups: list[Path] = field(default_factory=list)
    revoked: bool = False
    central_ever: set[str] = field(default_factory=set)
    n: int = 0

    def folder(self) -> Path:
        self.n += 1
        path = self.tmp / f"b{self.n:03d}"
        path.mkdir()
        return path

    def close(self) -> None:
        for ws, _admin in self.nodes.values():
            ws.close()


def _subtree(ws, unit_id: str) -> set[str]:
    with ws.read() as session:
        tree = organisation.load_tree(session)
    return set(tree.subtree(unit_id))


def _world(tmp: Path) -> World:
    central, c_admin = make_node(tmp / "central", NodeRole.CENTRAL)
    chain, _skp = setup(central, c_admin)
    office = make_node(tmp / "office", NodeRole.OFFICE)
    laptop = make_node(tmp / "laptop", NodeRole.LAPTOP)
    kadis_unit = chain.kadis.data.unit_id
    kabid_unit = chain.kabid.data.unit_id
    enroll(central, c_admin, *office, tmp, [kadis_unit])
    enroll(central, c_admin, *laptop, tmp, [kabid_unit])
    world = World(
        tmp,
        {"central": (central, c_admin), "office": office, "laptop": laptop},
        chain,
        _subtree(central, kabid_unit),
        _subtree(central, kadis_unit),
    )
    for name in ("office", "laptop"):  # both start with what central holds for them
        _ship(world, "central", name)
    return world


def _export(world: World, src: str, dst: str) -> Path:
    ws, admin = world.nodes[src]
    dst_ws, _d = world.nodes[dst]
    to = "pusat" if dst == "central" else dst_ws.node.id
    return sync_service.export_bundle(ws, admin, to, world.folder()).path


def _deliver(world: World, src: str, dst: str, path: Path, *, final: bool = False) -> None:
    ws, admin = world.nodes[dst]
    report = sync_service.import_bundle(ws, admin, path)
    if world.revoked and "laptop" in (src, dst):
        return  # refused either way: a revoked node's bundles, or central's old ones
    if final:
        assert report.status == "applied", report.summary()
        assert not report.rejections, report.summary()
    else:
        assert report.status != "rejected", report.summary()
    if dst == "central":
        world.central_ever |= _log_ids(world, "central")


def _ship(world: World, src: str, dst: str, *, final: bool = False) -> None:
    _deliver(world, src, dst, _export(world, src, dst), final=final)


def _log_ids(world: World, name: str) -> set[str]:
    ws, _admin = world.nodes[name]
    with ws.read() as session:
        return set(session.execute(select(DailyLog.id)).scalars())


def _logs(ws) -> dict[str, dict[str, Any]]:
    with ws.read() as session:
        rows = session.execute(DailyLog.__table__.select()).mappings().all()
        return {r["id"]: encode_row(dict(r)) for r in rows}


def _write_log(world: World, name: str, employee_id: str, month: int) -> None:
    ws, _admin = world.nodes[name]
    with ws.write("admin") as session:
        session.add(
            DailyLog(
                employee_id=employee_id,
                day=date(YEAR, month, 3 + next(COUNTER) % 20),
                start_time=time(8),
                end_time=time(9),
                activity=f"Kegiatan {next(COUNTER)}",
                status="Diajukan",
            )
        )


def _approve(world: World, pick: int) -> None:
    """The laptop approves a submitted log of one of kabid's own staff (review fields)."""
    ws, _admin = world.nodes["laptop"]
    chain = world.chain
    with ws.write("admin") as session:
        rows = (
            session.execute(
                select(DailyLog)
                .where(DailyLog.employee_id.in_([chain.staf.id, chain.staf2.id]))
                .where(DailyLog.status == "Diajukan")
                .order_by(DailyLog.id)
            )
            .scalars()
            .all()
        )
        if rows:
            row = rows[pick % len(rows)]
            row.status = "Disetujui"
            row.reviewer_id = chain.kabid.id
            row.review_note = "Sesuai"


def _remap(world: World, to_kabid: bool) -> None:
    """From 1 July guru (DIKBUD, outside the laptop's units) is appraised by kabid, or
    by the sekda again."""
    central, c_admin = world.nodes["central"]
    chain = world.chain
    penilai = chain.kabid.id if to_kabid else chain.sekda.id
    master.set_supervisor(
        central, c_admin, chain.guru.id, penilai, YEAR, valid_from=date(YEAR, 7, 1)
    )


def _scope(world: World, units: set[str]) -> set[str]:
    """Central's log ids a node enrolled for ``units`` must hold: its units' staff, and
    rows whose penilai on the row's day (central's mapping) works in its units."""
    central, _admin = world.nodes["central"]
    with central.read() as session:
        unit_of = dict(session.execute(select(Employee.id, Employee.unit_id)).all())
        rows = session.execute(select(DailyLog.id, DailyLog.employee_id, DailyLog.day)).all()
        wanted = set()
        for row_id, employee_id, day in rows:
            if unit_of.get(employee_id) in units:
                wanted.add(row_id)
                continue
            penilai = organisation.penilai(session, employee_id, day)
            if penilai is not None and unit_of.get(penilai) in units:
                wanted.add(row_id)
    return wanted


ROUTES = [
    ("office", "central"),
    ("laptop", "central"),
    ("central", "office"),
    ("central", "laptop"),
]
ROUTES = [
    ("office", "central"),
    ("laptop", "central"),
    ("central", "office"),
    ("central", "laptop"),
]
ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("log"), st.sampled_from(["office", "central"]), st.integers(1, 12)),
        st.tuples(st.just("approve"), st.integers(0, 20)),
        st.tuples(st.just("export"), st.sampled_from(ROUTES)),
        st.tuples(st.just("deliver"), st.integers(0, 30)),
        st.tuples(st.just("remap"), st.booleans()),
        st.tuples(st.just("backup")),
        st.tuples(st.just("restore")),
        st.tuples(st.just("revoke")),
    ),
    min_size=4,
    max_size=16,
)


@given(actions=ACTIONS)
@untimed(5, fixtures=True)
def test_random_network_histories_converge(tmp_path, actions):
    world = _world(tmp_path / f"w{next(COUNTER)}")
    chain = world.chain
    try:
        for action in actions:
            kind = action[0]
            if kind == "log":
                who = action[1]
                employee = chain.staf.id if who == "office" else chain.guru.id
                if who == "office" and action[2] % 3 == 0:
                    employee = chain.staf2.id
                _write_log(world, who, employee, action[2])
            elif kind == "approve" and not world.revoked:
                _approve(world, action[1])
            elif kind == "export":
                src, dst = action[1]
                if not (world.revoked and "laptop" in (src, dst)):
                    world.pool.append((src, dst, _export(world, src, dst)))
            elif kind == "deliver" and world.pool:
                src, dst, path = world.pool[action[1] % len(world.pool)]
                _deliver(world, src, dst, path)
            elif kind == "remap":
                _remap(world, action[1])
            elif kind == "backup":
                ws, admin = world.nodes["office"]
                world.backups.append(backup.backup_now(ws, admin, world.tmp / "cadangan").path)
            elif kind == "restore" and world.backups:
                ws, admin = world.nodes["office"]
                backup.restore(ws, admin, world.backups[-1])
                ws, _a = world.nodes["office"]
                world.nodes["office"] = (ws, _relogin(ws))
            elif kind == "revoke" and not world.revoked:
                central, c_admin = world.nodes["central"]
                laptop, _l = world.nodes["laptop"]
                sync_service.revoke_node(central, c_admin, laptop.node.id)
                world.revoked = True
        # Two rounds through the hub deliver everything that is still owed.
        peers = ["office"] + ([] if world.revoked else ["laptop"])
        for _round in range(2):
            for name in peers:
                _ship(world, name, "central", final=True)
            for name in peers:
                _ship(world, "central", name, final=True)

        central, _c = world.nodes["central"]
        at_central = _logs(central)
        assert world.central_ever <= set(at_central)  # nothing central ever held is lost
        for name in ["central", *peers]:
            ws, _admin = world.nodes[name]
            with ws.read() as session:
                assert session.query(HeldRecord).count() == 0, name
        # Every node holds its whole scope as central has it; anything else it holds
        # (rows that left its scope with a re-mapping) exists at central.
        for name, units in (("office", world.office_units), ("laptop", world.laptop_units)):
            if name == "laptop" and world.revoked:
                continue
            held = _logs(world.nodes[name][0])
            for row_id in _scope(world, units):
                assert held.get(row_id) == at_central[row_id], (name, row_id)
            assert set(held) <= set(at_central), name
    finally:
        world.close()


def _relogin(ws):
    from ekinerja_desktop.services.auth import login
    from tests.helpers.sync import PASSWORD

    return login(ws, "admin", PASSWORD)
