"""Demo workspace: deterministic, valid Kota Palu master data and working demo accounts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ekinerja_desktop.domain.jabatan import JabatanKind, JabatanLevel, validate_level
from ekinerja_desktop.domain.nip import AsnStatus, parse_nip
from ekinerja_desktop.domain.pangkat import pangkat_by_code, pppk_golongan_by_code
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth
from ekinerja_desktop.services.demo import DemoResult, create_demo_workspace
from ekinerja_desktop.services.demo import data as demo_data
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store.models import (
    AuditEvent,
    Employee,
    LocalNode,
    OrgUnit,
    Skp,
    SupervisorAssignment,
    User,
)
from tests.helpers import ADMIN_PASSWORD

YEAR = today_wita().year
SEED = 7
pytestmark = pytest.mark.prepared(build="_office", login=False)


def _populate(ws, scale: str = "office", seed: int = SEED):
    calls: list[tuple[int, int, str]] = []
    result = DemoResult(ws.data_dir)
    demo_data.populate(
        ws, result, scale=scale, seed=seed, progress=lambda d, t, lbl: calls.append((d, t, lbl))
    )
    return result, calls


def _office(ws, _admin):
    """The office demo of ``SEED``, prepared once per test process (``populated``)."""
    result, calls = _populate(ws)
    return result.accounts, result.counts, calls


@pytest.fixture
def populated(ws, prepared) -> tuple[DemoResult, list[tuple[int, int, str]]]:
    """``ws`` populated with the office demo of ``SEED``: its result and progress calls."""
    accounts, counts, calls = prepared
    return DemoResult(ws.data_dir, accounts, counts), calls


def _employees(ws) -> list[Employee]:
    with ws.read() as session:
        rows = list(session.execute(select(Employee).order_by(Employee.nip)).scalars())
        session.expunge_all()  # keep the loaded values after the read snapshot ends
        return rows


def _mapping(ws, year: int, on: date | None = None) -> dict[str, list[str]]:
    """employee id -> supervisor ids of that year (employees only: the Sekda's external
    penilai, the Wali Kota, has no employee row); ``on``: only the rows valid that day
    (the demo's mid-year transfer has two rows in the year)."""
    out: dict[str, list[str]] = {}
    sa = SupervisorAssignment
    with ws.read() as session:
        stmt = (
            select(sa.employee_id, sa.supervisor_id)
            .where(sa.year == year, sa.supervisor_id.is_not(None))
            # a transfer's two rows in span order (PostgreSQL returns rows in no set order)
            .order_by(sa.employee_id, sa.valid_from)
        )
        if on is not None:
            stmt = stmt.where(sa.valid_from <= on, sa.valid_to >= on)
        rows = session.execute(stmt)
        for employee_id, supervisor_id in rows:
            out.setdefault(employee_id, []).append(supervisor_id)
    return out


def _snapshot(ws) -> tuple[object, ...]:
    with ws.read() as session:
        units = sorted(
            (u.id, u.parent_id, u.code, u.name, u.kind, u.sort_order)
            for u in session.execute(select(OrgUnit)).scalars()
        )
    employees = [
        (
            e.id,
            e.nip,
            e.name,
            e.front_title,
            e.back_title,
            e.sex,
            e.birth_date,
            e.status,
            e.pangkat_code,
            e.jabatan_name,
            e.jabatan_kind,
            e.jabatan_level,
            e.kelas_jabatan,
            e.unit_id,
            e.is_unit_head,
        )
        for e in _employees(ws)
    ]
    mapping = {year: sorted(_mapping(ws, year).items()) for year in (YEAR, YEAR - 1)}
    return units, employees, mapping


def _check_tree(mapping: dict[str, list[str]], employee_ids: set[str]) -> set[str]:
    """Assert one supervisor each and no cycles; returns the roots (no supervisor)."""
    for employee_id, supervisors in mapping.items():
        assert len(supervisors) == 1, employee_id
        assert supervisors[0] in employee_ids
        assert supervisors[0] != employee_id
    parent = {e: s[0] for e, s in mapping.items()}
    settled: set[str] = set()
    for start in employee_ids:
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in settled:
            assert node not in path, f"cycle through {node}"
            path.append(node)
            node = parent.get(node)
        settled.update(path)
    return employee_ids - set(mapping)


def _check_employee(e: Employee) -> None:
    info = parse_nip(e.nip, e.status)
    assert info.sex.value == e.sex
    assert info.birth_date == e.birth_date
    assert e.name.strip()
    assert e.name == " ".join(e.name.split())
    if e.status == AsnStatus.PNS:
        assert 20 <= info.appointment_year - info.birth_date.year <= 36
        assert date(info.appointment_year, info.appointment_month or 1, 1) <= today_wita()
        rank = pangkat_by_code(e.pangkat_code).rank
    else:
        assert 2022 <= info.appointment_year <= min(2025, YEAR)
        pppk_golongan_by_code(e.pangkat_code)
        rank = 0
    level = validate_level(e.jabatan_kind, e.jabatan_level)
    assert e.kelas_jabatan is not None
    assert 5 <= e.kelas_jabatan <= 15
    if level is JabatanLevel.JPT_PRATAMA:
        assert e.status == "PNS"
        assert e.pangkat_code in ("IV/c", "IV/d")
    elif level is JabatanLevel.ADMINISTRATOR:
        assert e.status == "PNS"
        assert e.pangkat_code in ("IV/a", "IV/b")
    elif level is JabatanLevel.PENGAWAS:
        assert e.status == "PNS"
        assert e.pangkat_code in ("III/c", "III/d")
    elif level is JabatanLevel.PELAKSANA and e.status == "PNS":
        assert 5 <= rank <= 11  # II/a .. III/c
    elif level is JabatanLevel.AHLI_PERTAMA and e.status == "PNS":
        assert e.pangkat_code in ("III/a", "III/b")
    elif level is JabatanLevel.AHLI_MUDA:
        assert e.pangkat_code in ("III/c", "III/d")
    if e.jabatan_kind == JabatanKind.FUNGSIONAL:
        assert e.jabatan_name.endswith(level.value)
    if e.jabatan_name.startswith("Guru "):
        assert "Pd" in e.back_title or "S.Si." in e.back_title or e.front_title in ("Drs.", "Dra.")
    if e.jabatan_name.startswith("Dokter Ahli"):
        assert e.front_title == "dr."
    if e.front_title == "Dra.":
        assert e.sex == 2
    if e.front_title == "Drs.":
        assert e.sex == 1


@pytest.mark.db
def test_office_scale_is_deterministic(ws, populated, tmp_path):
    other = create_demo_workspace(tmp_path / "again", seed=SEED)
    again = open_workspace(other.data_dir)
    try:
        assert _snapshot(again) == _snapshot(ws)
    finally:
        again.close()
    different = create_demo_workspace(tmp_path / "other-seed", seed=SEED + 1)
    changed = open_workspace(different.data_dir)
    try:
        assert [e.nip for e in _employees(changed)] != [e.nip for e in _employees(ws)]
    finally:
        changed.close()


@pytest.mark.db
def test_office_scale_content_is_valid(ws, populated):
    result, _calls = populated
    employees = _employees(ws)
    assert 55 <= len(employees) <= 70
    assert result.counts["Pegawai"] == len(employees)
    for employee in employees:
        _check_employee(employee)
    with ws.read() as session:
        units = {u.id: u for u in session.execute(select(OrgUnit)).scalars()}
        session.expunge_all()
    top = {u.code: u for u in units.values() if u.parent_id is None}
    assert set(top) == {"SETDA", "BKPSDM"}
    assert top["BKPSDM"].name == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    assert {u.kind for u in units.values()} >= {"opd", "bidang", "seksi", "subbagian", "bagian"}
    assert all(e.unit_id in units for e in employees)
    # Every unit below an OPD has exactly one head.
    heads = [e.unit_id for e in employees if e.is_unit_head]
    assert sorted(heads) == sorted(units)


@pytest.mark.db
def test_office_scale_hierarchy_has_one_root_and_no_cycles(ws, populated):
    employees = {e.id: e for e in _employees(ws)}
    current = _mapping(ws, YEAR, date(YEAR, 1, 1))
    roots = _check_tree(current, set(employees))
    assert [employees[r].jabatan_name for r in roots] == ["Sekretaris Daerah"]
    assert _mapping(ws, YEAR - 1, date(YEAR - 1, 1, 1)) == current
    # Today's mapping (after the demo's mid-year transfer) is a tree too.
    assert _check_tree(_mapping(ws, YEAR, today_wita()), set(employees)) == roots
    # Structural officials are appraised by a higher-ranked official.
    for employee_id, (supervisor_id,) in current.items():
        employee, supervisor = employees[employee_id], employees[supervisor_id]
        if employee.jabatan_level in ("JPT Pratama", "Administrator", "Pengawas"):
            assert supervisor.kelas_jabatan > employee.kelas_jabatan


@pytest.mark.db
def test_documented_accounts_log_in_and_fit_the_hierarchy(ws, populated):
    result, _calls = populated
    assert [a[0] for a in result.accounts] == ["kaban", "kabid", "pegawai"]
    actors = {u: auth.login(ws, u, demo_data.DEMO_PASSWORD) for u in ("kaban", "kabid", "pegawai")}
    admin = auth.login(ws, "admin", ADMIN_PASSWORD)
    assert actors["kaban"].has(Role.ATASAN)
    assert actors["kabid"].has(Role.ATASAN)
    assert not actors["pegawai"].has(Role.ATASAN)
    employees = {e.id: e for e in _employees(ws)}
    current = {e: s[0] for e, s in _mapping(ws, YEAR).items()}
    kaban, kabid, pegawai = (actors[u].employee_id for u in ("kaban", "kabid", "pegawai"))
    assert employees[kaban].jabatan_name.startswith("Kepala Badan Kepegawaian")
    assert current[kabid] == kaban
    assert current[pegawai] == kabid
    assert employees[current[kaban]].jabatan_name == "Sekretaris Daerah"
    assert employees[pegawai].status == "PNS"
    # The admin OPD account belongs to BKPSDM, so it may manage that OPD's data.
    assert admin.employee_id is not None
    with ws.read() as session:
        unit = session.get(OrgUnit, employees[admin.employee_id].unit_id)
        while unit.parent_id is not None:
            unit = session.get(OrgUnit, unit.parent_id)
        assert unit.code == "BKPSDM"


@pytest.mark.db
def test_sync_columns_are_stamped_with_unique_sequences(ws, populated):
    _result, calls = populated
    seqs: list[int] = []
    with ws.read() as session:
        next_seq = session.execute(select(LocalNode.next_seq)).scalar_one()
        # The mid-year transfer is saved afterwards through the unit of work.
        moved = set(session.execute(select(Skp.employee_id).where(Skp.part > 1)).scalars())
        for model in (OrgUnit, Employee, SupervisorAssignment):
            for row in session.execute(select(model)).scalars():
                owner = row.id if model is Employee else getattr(row, "employee_id", None)
                assert row.version == 1 or owner in moved
                assert row.origin_node == ws.node.id
                assert row.updated_by == "demo"
                assert row.deleted is False
                assert row.updated_at is not None
                assert len(row.id) == 36
                seqs.append(row.origin_seq)
        assert session.execute(
            select(AuditEvent).where(AuditEvent.action == "demo.populate")
        ).scalar_one()
        assert session.execute(select(User).where(User.username == "kabid")).scalar_one()
    assert len(set(seqs)) == len(seqs)
    assert min(seqs) >= 1
    assert max(seqs) < next_seq
    # A normal ORM save afterwards gets the next number, not one already used.
    with ws.write(actor="admin") as session:
        unit = OrgUnit(name="Unit Baru", code="BARU")
        session.add(unit)
    with ws.read() as session:
        assert session.get(OrgUnit, unit.id).origin_seq == next_seq
    done = [d for d, _t, _lbl in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]


@pytest.mark.slow
@pytest.mark.sqlite_only  # city scale runs on SQLite only
def test_city_scale_has_the_whole_city(tmp_path):
    # Two weeks of daily logs keep this test quick; the full year-to-date span (several
    # million entries at this scale) is checked at office scale in test_dailylog_demo.
    result = create_demo_workspace(tmp_path / "city", scale="city", seed=2026, log_weeks=2)
    ws = open_workspace(result.data_dir)
    try:
        with ws.read() as session:  # the dashboard rollup is built with the demo
            from ekinerja_desktop.store import rollup

            assert rollup.triggers_present(session.connection())
            assert rollup.dirty_count(session.connection()) == 0
            assert session.execute(
                select(func.count()).select_from(rollup.LOG_YEAR_ROLLUP)
            ).scalar()
        employees = {e.id: e for e in _employees(ws)}
        with ws.read() as session:
            units = list(session.execute(select(OrgUnit)).scalars())
            session.expunge_all()
        current = _mapping(ws, YEAR)
    finally:
        ws.close()
    assert 10_500 <= len(employees) <= 11_500
    top = [u for u in units if u.parent_id is None]
    assert len([u for u in top if u.kind == "opd"]) >= 30
    kecamatan = {u.name for u in top if u.kind == "kecamatan"}
    assert kecamatan == {
        f"Kecamatan {n}"
        for n in (
            "Palu Barat",
            "Palu Timur",
            "Palu Selatan",
            "Palu Utara",
            "Tatanga",
            "Ulujadi",
            "Mantikulore",
            "Tawaeli",
        )
    }
    names = {u.name for u in top}
    assert {"Dinas Kesehatan", "Rumah Sakit Umum Daerah Anutapura", "Inspektorat Daerah"} <= names
    pppk = sum(1 for e in employees.values() if e.status == "PPPK")
    assert 0.22 <= pppk / len(employees) <= 0.28
    for employee in employees.values():
        _check_employee(employee)
    roots = _check_tree(current, set(employees))
    orphans = [r for r in roots if employees[r].jabatan_name != "Sekretaris Daerah"]
    assert 0.005 <= len(orphans) / len(employees) <= 0.015
    assert not any(employees[o].is_unit_head for o in orphans)
    by_opd: dict[str, int] = {}
    parent = {u.id: u.parent_id for u in units}
    for employee in employees.values():
        unit_id = employee.unit_id
        while parent[unit_id] is not None:
            unit_id = parent[unit_id]
        by_opd[unit_id] = by_opd.get(unit_id, 0) + 1
    biggest = max(by_opd, key=lambda u: by_opd[u])
    assert next(u.name for u in top if u.id == biggest) == "Dinas Pendidikan dan Kebudayaan"
    assert [a[0] for a in result.accounts] == ["admin", "kaban", "kabid", "pegawai"]
