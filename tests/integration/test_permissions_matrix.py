"""Every read and write service of master data and SKP, tried by each role against each
other role's data: exactly the expected calls are refused.

"Allowed" means the call got past the permission checks (it may still be refused for a
business reason, e.g. approving a Draft); "denied" means PermissionDeniedError.

Cast (office node; Dinas Kesehatan = OPD A, Dinas Pendidikan = OPD B):
- owner      staf, pegawai in A, appraised by atasan
- other      staf2, pegawai in A, also appraised by atasan (a peer of owner)
- atasan     kabid in A, Pejabat Penilai of owner and other (appraised by kadis)
- atasan_b   kepsek in B, appraises guru and admin_b (someone else's atasan)
- admin_a    admin OPD whose employee record is in A (appraised by kadis)
- admin_b    admin OPD whose employee record is in B
- pusat      admin pusat (no employee record)

Master data reads were open to every user; they are now limited to the person's own
record and admins in scope (the matrix below).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.services import master
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.services.auth import SYSTEM_ACTOR
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError
from ekinerja_desktop.services.skp import LampiranData

# The year of the daily-log day the matrix writes (last year in early January).
from tests.helpers.dailylog import LOG_YEAR as YEAR
from tests.helpers.master import actor_for, make_employee, make_org
from tests.helpers.training import bimtek

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_world")]

ROLES = ("owner", "other", "atasan", "atasan_b", "admin_a", "admin_b", "pusat")
PEOPLE = ROLES[:-1]  # roles with an employee record (and so with an SKP)
Y, N = "allowed", "denied"


@dataclass
class World:
    actors: dict[str, Any]
    employees: dict[str, master.EmployeeDetail]
    units: dict[str, str]  # "A"/"B" -> OPD unit id
    opd_of: dict[str, str]
    users: dict[str, str]  # role -> user id
    skps: dict[str, str]  # role -> SKP id


def _outcome(call: Callable[[], object]) -> str:
    try:
        call()
    except PermissionDeniedError:
        return N
    except NotFoundError:
        return "not found"  # never expected: the data exists
    except EkinerjaError as exc:
        if "belum ditautkan" in exc.message:
            return N  # an account without an employee record owns no personal data
        return Y  # a business refusal (e.g. approving a Draft): permission checks passed
    return Y


@pytest.fixture
def world(prepared):
    return prepared


def _world(ws, admin) -> World:
    org = make_org(ws, admin)
    a, b = org.a.id, org.b.id
    emp = {
        "kadis": make_employee(ws, admin, 1, "Kadis Kesehatan", a),
        "owner": make_employee(ws, admin, 2, "Nurhayati Staf", org.a_seksi.id),
        "other": make_employee(ws, admin, 3, "Ikhsan Staf", org.a_seksi.id),
        "atasan": make_employee(ws, admin, 4, "Rizal Kabid", org.a_bidang.id),
        "atasan_b": make_employee(ws, admin, 5, "Kepsek Pendidikan", b),
        "guru": make_employee(ws, admin, 6, "Guru Pendidikan", org.b_bidang.id),
        "admin_a": make_employee(ws, admin, 7, "Admin Dinkes", a),
        "admin_b": make_employee(ws, admin, 8, "Admin Dikbud", b),
    }
    for person, supervisor in (
        ("owner", "atasan"),
        ("other", "atasan"),
        ("atasan", "kadis"),
        ("admin_a", "kadis"),
        ("guru", "atasan_b"),
        ("admin_b", "atasan_b"),
    ):
        master.set_supervisor(ws, admin, emp[person].id, emp[supervisor].id, YEAR)
    roles = {
        "owner": ["pegawai"],
        "other": ["pegawai"],
        "atasan": ["pegawai", "atasan"],
        "atasan_b": ["pegawai", "atasan"],
        "admin_a": ["pegawai", "admin_opd"],
        "admin_b": ["pegawai", "admin_opd"],
    }
    actors = {r: actor_for(ws, admin, r.replace("_", "-"), roles[r], emp[r].id) for r in PEOPLE}
    actors["pusat"] = actor_for(ws, SYSTEM_ACTOR, "pusat", ["admin_pusat"], None)
    skps = {r: svc.create_skp(ws, actors[r], YEAR).summary.id for r in PEOPLE}
    return World(
        actors=actors,
        employees={r: emp[r] for r in PEOPLE},
        units={"A": a, "B": b},
        opd_of={"owner": "A", "other": "A", "atasan": "A", "admin_a": "A"}
        | {"atasan_b": "B", "admin_b": "B"},
        users={r: actors[r].user_id for r in ROLES},
        skps=skps,
    )


def _check(
    world: World,
    name: str,
    expected: dict[str, str],
    call: Callable[[Any, str], object],
    targets: tuple[str, ...] = PEOPLE,
    *,
    owner_last: bool = False,
) -> list[str]:
    """Run ``call(actor, target)`` for every role x target; expected[target] is a string
    with one Y/N letter per role (in ROLES order). ``owner_last`` lets the others try
    first (for calls that remove the data)."""
    wrong = []
    for target in targets:
        pairs = list(zip(ROLES, expected[target], strict=True))
        if owner_last:
            pairs.sort(key=lambda p: p[0] == target)
        for reader, letter in pairs:
            want = Y if letter == "Y" else N
            got = _outcome(lambda r=reader, t=target: call(world.actors[r], t))
            if got != want:
                wrong.append(f"{name}: {reader} on {target}'s data: expected {want}, got {got}")
    return wrong


# Columns (who acts):   owner other atasan atasan_b admin_a admin_b pusat
SKP_READ = {
    "owner": "YNYNYNY",
    "other": "NYYNYNY",
    "atasan": "NNYNYNY",
    "atasan_b": "NNNYNYY",
    "admin_a": "NNNNYNY",
    "admin_b": "NNNYNYY",
}
SKP_OWNER_WRITE = {t: "".join("Y" if r == t else "N" for r in ROLES) for t in PEOPLE}
SKP_PENILAI_WRITE = {
    "owner": "NNYNNNN",
    "other": "NNYNNNN",
    "atasan": "NNNNNNN",  # kadis (not in the cast) appraises atasan
    "atasan_b": "NNNNNNN",  # nobody appraises atasan_b
    "admin_a": "NNNNNNN",  # kadis
    "admin_b": "NNNYNNN",
}
# Master data of a person: admins whose scope covers the person's OPD.
MASTER_ADMIN = {t: "NNNNYNY" if o == "A" else "NNNNNYY" for t, o in {
    "owner": "A", "other": "A", "atasan": "A", "atasan_b": "B", "admin_a": "A", "admin_b": "B"
}.items()}  # fmt: skip


def test_skp_reads(ws, world):
    wrong: list[str] = []
    sid = world.skps
    nip = {r: world.employees[r].data.nip for r in PEOPLE}
    wrong += _check(world, "get_skp", SKP_READ, lambda a, t: svc.get_skp(ws, a, sid[t]))
    wrong += _check(world, "find_skp", SKP_READ, lambda a, t: svc.find_skp(ws, a, nip[t], YEAR))
    wrong += _check(
        world, "parent_options", SKP_READ, lambda a, t: svc.parent_options(ws, a, sid[t])
    )
    wrong += _check(world, "skp_document", SKP_READ, lambda a, t: svc.skp_document(ws, a, sid[t]))
    assert not wrong, "\n".join(wrong)


def test_skp_own_views_show_only_own_and_team(ws, world):
    for role in PEOPLE:
        mine = svc.get_my_skp(ws, world.actors[role], YEAR)
        assert mine is not None
        assert mine.summary.id == world.skps[role]
    assert svc.get_my_skp(ws, world.actors["pusat"], YEAR) is None
    teams = {r: {s.employee_id for s in svc.team_skps(ws, world.actors[r], YEAR)} for r in ROLES}
    emp = world.employees
    assert teams["atasan"] == {emp["owner"].id, emp["other"].id}
    assert emp["admin_b"].id in teams["atasan_b"]
    for role in ("owner", "other", "admin_a", "admin_b", "pusat"):
        assert teams[role] == set(), role


def test_skp_writes(ws, world):
    sid = world.skps
    empty = LampiranData()
    wrong: list[str] = []
    wrong += _check(
        world,
        "save_content",
        SKP_OWNER_WRITE,
        lambda a, t: svc.save_content(
            ws, a, sid[t], approach="Kuantitatif", rhk=(), lampiran=empty
        ),
    )
    wrong += _check(world, "submit", SKP_OWNER_WRITE, lambda a, t: svc.submit(ws, a, sid[t]))
    wrong += _check(world, "withdraw", SKP_OWNER_WRITE, lambda a, t: svc.withdraw(ws, a, sid[t]))
    wrong += _check(
        world,
        "start_revision",
        SKP_OWNER_WRITE,
        lambda a, t: svc.start_revision(ws, a, sid[t], "perubahan tugas"),
    )
    wrong += _check(
        world,
        "set_expectations",
        SKP_PENILAI_WRITE,
        lambda a, t: svc.set_expectations(ws, a, sid[t], {"akuntabel": "Tepat waktu"}),
    )
    wrong += _check(world, "approve", SKP_PENILAI_WRITE, lambda a, t: svc.approve(ws, a, sid[t]))
    wrong += _check(
        world, "reject", SKP_PENILAI_WRITE, lambda a, t: svc.reject(ws, a, sid[t], "perbaiki")
    )
    assert not wrong, "\n".join(wrong)


def test_skp_create_is_for_oneself_only(ws, world):
    # create_skp takes no target: it always creates the actor's own SKP. A second one for
    # the same year is refused, and an account without an employee record has none.
    for role in PEOPLE:
        assert _outcome(lambda r=role: svc.create_skp(ws, world.actors[r], YEAR)) == Y
    assert {
        s.summary.id
        for s in (svc.get_my_skp(ws, world.actors[r], YEAR) for r in PEOPLE)
        if s is not None
    } == set(world.skps.values())


def test_master_person_writes(ws, world):
    emp = world.employees
    wrong: list[str] = []

    def save(actor, target):
        return master.save_employee(ws, actor, emp[target].data, emp[target].id)

    wrong += _check(world, "save_employee", MASTER_ADMIN, save)
    wrong += _check(
        world,
        "reset_password",
        MASTER_ADMIN,
        lambda a, t: master.reset_password(ws, a, world.users[t], f"sandi-{t}-1"),
    )
    wrong += _check(
        world,
        "set_account_locked",
        MASTER_ADMIN,
        lambda a, t: master.set_account_locked(ws, a, world.users[t], False),
    )
    roles_now = {a.id: list(a.roles) for a in master.list_accounts(ws, world.actors["pusat"])}
    wrong += _check(
        world,
        "set_roles",
        MASTER_ADMIN,
        lambda a, t: master.set_roles(ws, a, world.users[t], roles_now[world.users[t]]),
    )
    supervisor = {
        r: m.supervisor_id
        for m in master.list_mapping(ws, world.actors["pusat"], YEAR)
        for r in PEOPLE
        if m.employee_id == emp[r].id
    }
    with_supervisor = tuple(r for r in PEOPLE if r in supervisor)
    wrong += _check(
        world,
        "set_supervisor",
        MASTER_ADMIN,
        lambda a, t: master.set_supervisor(ws, a, emp[t].id, supervisor[t], YEAR),
        with_supervisor,
    )
    wrong += _check(
        world,
        "create_account",
        MASTER_ADMIN,
        lambda a, t: master.create_account(
            ws, a, username="x", password="x", roles=["pegawai"], employee_id=emp[t].id
        ),
    )
    assert not wrong, "\n".join(wrong)


def test_admin_pusat_account_is_only_for_admin_pusat(ws, world):
    pusat_user = world.users["pusat"]
    got = {
        r: _outcome(lambda r=r: master.reset_password(ws, world.actors[r], pusat_user, "sandi-p-1"))
        for r in ROLES
    }
    assert got == {r: (Y if r == "pusat" else N) for r in ROLES}
    got = {
        r: _outcome(
            lambda r=r: master.set_roles(
                ws, world.actors[r], world.users["owner"], ["pegawai", "admin_pusat"]
            )
        )
        for r in ROLES
    }
    assert got == {r: (Y if r == "pusat" else N) for r in ROLES}


def test_master_unit_writes(ws, world):
    wrong: list[str] = []
    expected = {"A": "NNNNYNY", "B": "NNNNNYY"}
    counter = iter(range(1000))

    def create(actor, opd):
        return master.create_unit(
            ws,
            actor,
            master.UnitInput(
                name=f"Seksi Baru {next(counter)}", kind="seksi", parent_id=world.units[opd]
            ),
        )

    def rename(actor, opd):
        unit = next(u for u in master.list_units(ws, actor) if u.id == world.units[opd])
        return master.update_unit(
            ws, actor, unit.id, master.UnitInput(name=unit.name, kind=unit.kind, code=unit.code)
        )

    wrong += _check(world, "create_unit", expected, create, ("A", "B"))
    wrong += _check(world, "update_unit", expected, rename, ("A", "B"))
    wrong += _check(
        world,
        "set_unit_active",
        expected,
        lambda a, opd: master.set_unit_active(ws, a, world.units[opd], True),
        ("A", "B"),
    )
    assert not wrong, "\n".join(wrong)


def test_master_admin_only_functions(ws, world):
    admins = {"admin_a", "admin_b", "pusat"}
    for name, call in {
        "admin_scope": lambda a: master.admin_scope(ws, a),
        "list_accounts": lambda a: master.list_accounts(ws, a),
        "employees_without_supervisor": lambda a: master.employees_without_supervisor(ws, a, YEAR),
        "copy_mapping": lambda a: master.copy_mapping(ws, a, YEAR, YEAR + 1),
    }.items():
        got = {r: _outcome(lambda r=r, call=call: call(world.actors[r])) for r in ROLES}
        assert got == {r: (Y if r in admins else N) for r in ROLES}, name
    got = {r: _outcome(lambda r=r: master.confirm_mapping(ws, world.actors[r], [])) for r in ROLES}
    assert got == {r: (Y if r == "pusat" else N) for r in ROLES}


def test_admin_opd_lists_only_its_opd(ws, world):
    emp = world.employees
    accounts = {a.employee_id for a in master.list_accounts(ws, world.actors["admin_a"])}
    assert {emp[r].id for r in ("owner", "other", "atasan", "admin_a")} <= accounts
    assert not {emp["atasan_b"].id, emp["admin_b"].id} & accounts
    missing = master.employees_without_supervisor(ws, world.actors["admin_b"], YEAR)
    assert {m.unit_id for m in missing} <= {world.units["B"]} | {
        u.id
        for u in master.list_units(ws, world.actors["pusat"])
        if u.parent_id == world.units["B"]
    }


MASTER_READ_STRICT = {t: "".join("Y" if r == t else "N" for r in ROLES[:4]) + v[4:]
                      for t, v in MASTER_ADMIN.items()}  # fmt: skip


def test_master_reads_are_limited_to_own_record_and_admins(ws, world):
    emp = world.employees
    wrong = _check(
        world,
        "get_employee",
        MASTER_READ_STRICT,
        lambda a, t: master.get_employee(ws, a, emp[t].id),
    )
    assert not wrong, "\n".join(wrong)


def test_master_lists_show_non_admins_only_themselves(ws, world):
    owner = world.actors["owner"]
    rows = master.list_employees(ws, owner, master.EmployeeFilter(active=None))
    assert [r.id for r in rows] == [world.employees["owner"].id]
    mapping = master.list_mapping(ws, owner, YEAR)
    me = world.employees["owner"].id
    assert mapping
    assert all(me in (r.employee_id, r.supervisor_id) for r in mapping)
    pusat = world.actors["pusat"]
    names = {e.name for e in master.list_employees(ws, pusat, master.EmployeeFilter())}
    assert "Kepsek Pendidikan" in names  # admin pusat still sees every OPD


# --- daily log ---------------------------------------------------------------------------
# Readers of a person's log: the person, the Pejabat Penilai, admins covering the unit
# (same cast as the SKP table; the atasan penilai is not in the cast).
LOG_READ = SKP_READ
LOG_OWNER_WRITE = SKP_OWNER_WRITE
LOG_REVIEW = SKP_PENILAI_WRITE


def test_daily_log_reads_and_writes(ws, world):
    from ekinerja_desktop.services import dailylog
    from tests.helpers.dailylog import entry, past_monday

    day = past_monday()
    entries = {
        r: dailylog.save_entry(ws, world.actors[r], entry(day, "08:00", "09:00")).id for r in PEOPLE
    }
    emp = {r: world.employees[r].id for r in PEOPLE}
    wrong: list[str] = []
    wrong += _check(
        world, "get_entry", LOG_READ, lambda a, t: dailylog.get_entry(ws, a, entries[t])
    )
    wrong += _check(world, "list_day", LOG_READ, lambda a, t: dailylog.list_day(ws, a, day, emp[t]))
    wrong += _check(
        world,
        "month_calendar",
        LOG_READ,
        lambda a, t: dailylog.month_calendar(ws, a, day.year, day.month, emp[t]),
    )
    wrong += _check(
        world,
        "save_entry(update)",
        LOG_OWNER_WRITE,
        lambda a, t: dailylog.save_entry(
            ws, a, entry(day, "08:00", "09:00", "Menyusun laporan bulanan", id=entries[t])
        ),
    )
    for role in PEOPLE:
        dailylog.submit_day(ws, world.actors[role], day)
    wrong += _check(
        world, "return_entries", LOG_REVIEW, lambda a, t: dailylog.return_entries(
            ws, a, [entries[t]], "lengkapi bukti"
        )
    )  # fmt: skip
    wrong += _check(
        world, "approve", LOG_REVIEW, lambda a, t: dailylog.approve(ws, a, [entries[t]])
    )
    wrong += _check(
        world, "withdraw", LOG_OWNER_WRITE, lambda a, t: dailylog.withdraw(ws, a, entries[t])
    )
    wrong += _check(
        world,
        "delete_entry",
        LOG_OWNER_WRITE,
        lambda a, t: dailylog.delete_entry(ws, a, entries[t]),
        owner_last=True,
    )
    assert not wrong, "\n".join(wrong)


# --- competency development (training) ----------------------------------------------------
TRAINING_READ = SKP_READ
TRAINING_WRITE = {
    "owner": "YNNNYNY",
    "other": "NYNNYNY",
    "atasan": "NNYNYNY",
    "atasan_b": "NNNYNYY",
    "admin_a": "NNNNYNY",
    "admin_b": "NNNNNYY",
}
# Penilai or an admin covering the person, never one's own record.
TRAINING_REVIEW = {
    "owner": "NNYNYNY",
    "other": "NNYNYNY",
    "atasan": "NNNNYNY",
    "atasan_b": "NNNNNYY",
    "admin_a": "NNNNNNY",
    "admin_b": "NNNYNNY",
}


def test_training_reads_and_writes(ws, world):
    from datetime import date

    from ekinerja_desktop.services import training

    data = bimtek(date(YEAR, 3, 10), date(YEAR, 3, 11))
    ids = {r: training.record_training(ws, world.actors[r], data).id for r in PEOPLE}
    emp = {r: world.employees[r].id for r in PEOPLE}
    wrong: list[str] = []
    for name, allowed, call in (
        ("get_training", TRAINING_READ, lambda a, t: training.get_training(ws, a, ids[t])),
        (
            "list_trainings",
            TRAINING_READ,
            lambda a, t: training.list_trainings(ws, a, YEAR, employee_id=emp[t]),
        ),
        (
            "jp_meter",
            TRAINING_READ,
            lambda a, t: training.jp_meter(ws, a, YEAR, employee_id=emp[t]),
        ),
        (
            "record_training(for)",
            TRAINING_WRITE,
            lambda a, t: training.record_training(ws, a, data, employee_id=emp[t]),
        ),
        (
            "update_training",
            TRAINING_WRITE,
            lambda a, t: training.update_training(ws, a, ids[t], data),
        ),
        (
            "reject",
            TRAINING_REVIEW,
            lambda a, t: training.reject(ws, a, ids[t], "sertifikat belum ada"),
        ),
        ("verify", TRAINING_REVIEW, lambda a, t: training.verify(ws, a, ids[t])),
    ):
        wrong += _check(world, name, allowed, call)
    live = dict(ids)

    def delete(actor, target):
        # Every attempt gets a live record (an allowed attempt really deletes it).
        try:
            training.delete_training(ws, actor, live[target])
        finally:
            if not _exists(ws, live[target]):
                live[target] = training.record_training(ws, world.actors[target], data).id

    wrong += _check(world, "delete_training", TRAINING_WRITE, delete)
    assert not wrong, "\n".join(wrong)


def _exists(ws, training_id: str) -> bool:
    from ekinerja_desktop.store.models import Training

    with ws.read() as session:
        row = session.get(Training, training_id)
        return row is not None and not row.deleted


# --- evaluation --------------------------------------------------------------------------
def test_evaluation_reads_and_penilai_writes(ws, admin):
    """Own cast of the evaluation tests (approved SKPs needed): staf is appraised by
    kabid, kabid by kadis, kadis by sekda (OPD B); guru is in OPD B."""
    from ekinerja_desktop.services import auth, evaluation
    from tests.helpers.evaluation import PAST, build

    setup = build(ws, admin)
    chain = setup.chain
    period = f"{PAST}-Q1"
    ev = evaluation.open_evaluation(ws, chain.a_kabid, chain.staf.id, period)
    clerk_a = make_employee(ws, admin, 30, "Admin Dinkes", chain.kadis.data.unit_id)
    clerk_b = make_employee(ws, admin, 31, "Admin Dikbud", chain.sekda.data.unit_id)
    admin_a = actor_for(ws, admin, "admin-a", ["pegawai", "admin_opd"], clerk_a.id)
    admin_b = actor_for(ws, admin, "admin-b", ["pegawai", "admin_opd"], clerk_b.id)
    pusat = actor_for(ws, SYSTEM_ACTOR, "pusat", ["admin_pusat"], None)
    cast = {
        "staf (owner)": (chain.a_staf, Y, N),
        "staf2 (peer)": (auth.login(ws, "staf2", "sandi-staf2-1"), N, N),
        "kabid (penilai)": (chain.a_kabid, Y, Y),
        "kadis (atasan penilai)": (chain.a_kadis, Y, N),
        "sekda (two levels up)": (chain.a_sekda, N, N),
        "guru (other OPD)": (chain.a_guru, N, N),
        "admin OPD A": (admin_a, Y, N),
        "admin OPD B": (admin_b, N, N),
        "admin pusat": (pusat, Y, N),
    }
    nip = chain.staf.data.nip
    wrong = []
    for who, (actor, read, write) in cast.items():
        for name, call, want in (
            ("get_evaluation", lambda a=actor: evaluation.get_evaluation(ws, a, ev.id), read),
            (
                "find_evaluation",
                lambda a=actor: evaluation.find_evaluation(ws, a, nip, period),
                read,
            ),
            (
                "open_evaluation",
                lambda a=actor: evaluation.open_evaluation(ws, a, chain.staf.id, period),
                read,
            ),
            (
                "save_rating",
                lambda a=actor: evaluation.save_rating(ws, a, ev.id, notes="catatan"),
                write,
            ),
        ):
            got = _outcome(call)
            if got != want:
                wrong.append(f"{name}: {who}: expected {want}, got {got}")
    assert not wrong, "\n".join(wrong)
