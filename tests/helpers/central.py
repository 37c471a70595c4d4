"""Builder for the central-office tests: a small city with known figures, written as rows
(the dashboard only reads rows, so the module services are not needed to make them)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ekinerja_desktop.domain.calendar import WorkCalendar
from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    FollowUp,
    OrgPerformance,
    OrgUnit,
    Training,
)
from tests.helpers import ADMIN_PASSWORD, new_workspace
from tests.helpers.rows import annual_skp, evaluation_row, signed_annual
from tests.helpers.training import training_row

PASSWORD = ADMIN_PASSWORD
YEAR = today_wita().year - 1  # a whole past year: every working day counts

# Distinct surnames so a test can search PDF text and CSV for any of them.
SURNAMES = (
    "Lamasitudju Rahmawati",
    "Tombolotutu Arifin",
    "Lapasere Nurhayati",
    "Tandiabang Yusran",
    "Mangge Sulistiawati",
    "Kadullah Herlina",
    "Borman Syamsuddin",
    "Tampubolon Fitriani",
    "Lasaeba Rahmat",
    "Towoliu Marlina",
    "Pettalolo Irwan",
    "Sambaliro Yuliani",
    "Djanggola Hasbullah",
    "Lakuana Rosmiati",
    "Hentihu Darwis",
    "Malonda Suryani",
    "Paliudju Baharuddin",
    "Tanggahma Nurlela",
    "Sigilipu Kasman",
    "Dotulong Wahida",
    "Mokodompit Azis",
    "Sondakh Ratnawati",
    "Lamangkona Jufri",
    "Rumampuk Hasnah",
)


def nip(seq: int, status: str) -> str:
    if status == "PPPK":
        return f"19900101{YEAR - 3}21{1}{seq:03d}"
    return f"198501012010011{seq:03d}"


@dataclass
class City:
    year: int
    units: dict[str, str] = field(default_factory=dict)  # key -> unit id
    people: dict[str, str] = field(default_factory=dict)  # key -> employee id
    names: list[str] = field(default_factory=list)
    nips: list[str] = field(default_factory=list)
    skp: dict[str, str] = field(default_factory=dict)  # key -> approved skp id
    evals: dict[str, str] = field(default_factory=dict)  # key -> AKHIR evaluation id


def central_node(path, database_url=None):
    ws = new_workspace(path, NodeRole.CENTRAL, password=PASSWORD, database_url=database_url)
    return ws, auth.login(ws, "admin", PASSWORD)


@contextmanager
def city_node(path, database_url=None) -> Iterator[tuple]:
    """A central node holding ``build_city``'s city: (workspace, admin, City); closed
    after."""
    ws, admin = central_node(path, database_url)
    try:
        yield ws, admin, build_city(ws)
    finally:
        ws.close()


def drop_rollup_triggers(session, ws) -> None:
    """Drop the triggers that keep the daily-log rollup current (as a table rebuilt by a
    migration loses them)."""
    from sqlalchemy import text

    from ekinerja_desktop.store import rollup

    for name in rollup.TRIGGERS:
        suffix = "" if ws.is_sqlite else " ON daily_log"
        session.execute(text(f"DROP TRIGGER {name}{suffix}"))


def first_working_days(year: int, month: int, count: int) -> list[date]:
    cal = WorkCalendar()
    day, out = date(year, month, 1), []
    while len(out) < count:
        if cal.is_working_day(day):
            out.append(day)
        day += timedelta(days=1)
    return out


def working_days(year: int) -> int:
    cal = WorkCalendar()
    day, n = date(year, 1, 1), 0
    while day.year == year:
        n += cal.is_working_day(day)
        day += timedelta(days=1)
    return n


# (key, opd, status, skp status, AKHIR predikat, verified JP)
ROSTER = (
    ("a0", "a", "PNS", "Disetujui", "Sangat Baik", "24"),
    ("a1", "a_bid", "PNS", "Disetujui", "Sangat Baik", "24"),
    ("a2", "a_bid", "PNS", "Disetujui", "Baik", "24"),
    ("a3", "a_bid", "PNS", "Disetujui", "Baik", "20"),
    ("a4", "a_bid", "PNS", "Disetujui", "Baik", "21.5"),
    ("a5", "a_bid", "PNS", "Disetujui", "Baik", "10"),
    ("a6", "a_bid", "PNS", "Disetujui", "Baik", "10"),
    ("a7", "a_bid", "PNS", "Disetujui", "Butuh Perbaikan", "19.99"),
    ("a8", "a_bid", "PPPK", "Disetujui", "Kurang/Misconduct", "12"),
    ("a9", "a_bid", "PPPK", "Disetujui", "Baik", "12"),
    ("a10", "a_bid", "PPPK", "Diajukan", "", "12"),
    ("a11", "a_bid", "PPPK", "", "", "30"),
    ("b0", "b", "PNS", "Disetujui", "Sangat Baik", "20"),
    ("b1", "b", "PNS", "Disetujui", "Baik", "20"),
    ("b2", "b", "PNS", "Disetujui", "Baik", "20"),
    ("b3", "b", "PNS", "Disetujui", "Baik", "20"),
    ("b4", "b", "PNS", "Disetujui", "Baik", "20"),
    ("b5", "b", "PNS", "Disetujui", "Baik", "20"),
    ("b6", "b", "PNS", "Draft", "", "20"),
    ("b7", "b", "PNS", "Ditolak", "", "20"),
    ("c0", "c", "PNS", "Disetujui", "Baik", "0"),
    ("c1", "c", "PNS", "Disetujui", "Baik", "0"),
    ("c2", "c", "PNS", "Disetujui", "Baik", "0"),
    ("d0", "d", "PNS", "Disetujui", "Sangat Kurang", "0"),
)
LOG_PERSON = "a1"
LOG_APPROVED_DAYS = 5


def _bimtek(employee_id: str, year: int, jp: str) -> Training:
    """A verified bimtek of ``jp`` JP in March of ``year``."""
    return training_row(employee_id, date(year, 3, 2), date(year, 3, 4), jp, title="Bimtek kinerja")


def build_city(ws, year: int = YEAR) -> City:
    city = City(year)
    with ws.write("test") as session:
        for key, name, code, parent in (
            ("a", "Dinas Kesehatan", "DINKES", None),
            ("a_bid", "Bidang Pelayanan", "", "a"),
            ("b", "Dinas Pendidikan", "DIKBUD", None),
            ("c", "Kecamatan Tatanga", "TATANGA", None),
            ("d", "Badan Arsip", "ARSIP", None),
        ):
            unit = OrgUnit(
                id=new_uuid(),
                name=name,
                code=code,
                kind="opd" if parent is None else "bidang",
                parent_id=city.units[parent] if parent else None,
            )
            session.add(unit)
            session.flush()
            city.units[key] = unit.id
        for seq, (key, unit, status, _skp, _pred, _jp) in enumerate(ROSTER, 1):
            emp = Employee(
                id=new_uuid(),
                nip=nip(seq, status),
                name=SURNAMES[seq - 1],
                status=status,
                unit_id=city.units[unit],
                jabatan_name="Analis",
                is_unit_head=key == "a0",
            )
            session.add(emp)
            city.people[key] = emp.id
            city.names.append(emp.name)
            city.nips.append(emp.nip)
        session.flush()
        for key, _unit, _status, skp_status, pred, jp in ROSTER:
            emp_id = city.people[key]
            if skp_status:
                skp = annual_skp(emp_id, year, status=skp_status)
                session.add(skp)
                session.flush()
                if skp_status == "Disetujui":
                    city.skp[key] = skp.id
            if pred:
                ev = signed_annual(emp_id, city.skp[key], year, pred)
                session.add(ev)
                session.flush()
                city.evals[key] = ev.id
            if jp != "0":
                session.add(_bimtek(emp_id, year, jp))
        # a second, draft revision keeps the approved one in force
        session.add(
            annual_skp(
                city.people["a2"], year, revision=2, previous_id=city.skp["a2"], status="Draft"
            )
        )
        # a pending training does not count
        session.add(
            training_row(
                city.people["a5"],
                date(year, 5, 4),
                date(year, 5, 5),
                "15",
                title="Bimtek menunggu",
                status="Diajukan",
            )
        )
        # a correction in progress: predikat from the signed revision, status from the new
        session.add(
            evaluation_row(
                city.people["b1"],
                city.skp["b1"],
                f"{year}-AKHIR",
                revision=2,
                previous_id=city.evals["b1"],
                status="Draft",
                predikat="",
            )
        )
        # Triwulan I: two signed, one draft (Dinas Kesehatan)
        for key, status in (("a0", "Ditandatangani"), ("a1", "Diakui"), ("a2", "Draft")):
            session.add(
                evaluation_row(
                    city.people[key],
                    city.skp[key],
                    f"{year}-Q1",
                    status=status,
                    predikat="Baik" if status != "Draft" else "",
                )
            )
        session.add(
            OrgPerformance(
                id=new_uuid(),
                unit_id=city.units["a"],
                year=year,
                period_code=f"{year}-AKHIR",
                predikat="Butuh Perbaikan",
            )
        )
        for key, kind in (("a7", "pembinaan"), ("a0", "reward")):
            session.add(
                FollowUp(
                    id=new_uuid(),
                    evaluation_id=city.evals[key],
                    employee_id=city.people[key],
                    year=year,
                    kind=kind,
                    description="Tindak lanjut",
                )
            )
    add_log_pattern(ws, city.people[LOG_PERSON], year)
    return city


def add_log_pattern(ws, employee_id: str, year: int) -> None:
    """January: 5 working days with approved entries (one of them twice), an approved
    Saturday, a draft-only working day, and a tombstoned approved entry."""
    days = first_working_days(year, 1, LOG_APPROVED_DAYS + 2)
    saturday = next(d for d in (date(year, 1, i) for i in range(1, 15)) if d.weekday() == 5)

    def log(day: date, status: str, hour: int = 8, deleted: bool = False) -> DailyLog:
        return DailyLog(
            id=new_uuid(),
            employee_id=employee_id,
            day=day,
            start_time=time(hour, 0),
            end_time=time(hour + 1, 0),
            activity="Menyusun laporan",
            status=status,
            deleted=deleted,
        )

    with ws.write("test") as session:
        session.add_all([log(d, "Disetujui") for d in days[:LOG_APPROVED_DAYS]])
        session.add(log(days[0], "Disetujui", hour=10))
        session.add(log(saturday, "Disetujui"))
        session.add(log(days[LOG_APPROVED_DAYS], "Draft"))
        session.add(log(days[LOG_APPROVED_DAYS + 1], "Disetujui", deleted=True))


def build_opds(ws, opds, year: int = YEAR, *, seq_start: int = 500) -> dict[str, list[str]]:
    """A synthetic city: ``opds`` is a list of (OPD name, people), each person a tuple
    (status "PNS"/"PPPK", SKP status or "", AKHIR predikat or "", verified JP text).
    Returns OPD name -> employee ids."""
    out: dict[str, list[str]] = {}
    seq = seq_start
    with ws.write("test") as session:
        for name, people in opds:
            unit = OrgUnit(id=new_uuid(), name=name, code="", kind="opd", parent_id=None)
            session.add(unit)
            session.flush()
            out[name] = []
            for status, skp_status, pred, jp in people:
                seq += 1
                emp = Employee(
                    id=new_uuid(),
                    nip=nip(seq, status),
                    name=f"Pegawai Sintetis {seq}",
                    status=status,
                    unit_id=unit.id,
                    jabatan_name="Analis",
                )
                session.add(emp)
                session.flush()
                out[name].append(emp.id)
                skp_id = None
                if skp_status:
                    decided = datetime(year, 2, 10, 8, 0) if skp_status == "Disetujui" else None
                    skp = annual_skp(emp.id, year, status=skp_status, decided_at=decided)
                    session.add(skp)
                    session.flush()
                    skp_id = skp.id
                if pred and skp_id:
                    session.add(signed_annual(emp.id, skp_id, year, pred))
                if jp and jp != "0":
                    session.add(_bimtek(emp.id, year, jp))
    return out
