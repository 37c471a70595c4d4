"""Demo daily logs: a plausible year-to-date of entries for every demo employee.

Entries follow the employee's approved SKP RHK with texts per jabatan kind; a few days
are missing, some were submitted late, and review states are mixed (older weeks mostly
approved, recent ones drafts or waiting). At city scale (~11,000 people) that is several
million rows, so they are streamed with the driver's ``executemany`` (see ``_Generator``).
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, select, update

from ekinerja_desktop.domain.calendar import WorkCalendar
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import LogStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.demo.bulk import record_demo, reserve_sequences
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    LocalNode,
    OrgUnit,
    Skp,
    SkpIndicator,
    SkpRhk,
)
from ekinerja_desktop.sync.tables import SYNC_COLUMNS

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.demo.result import DemoResult
    from ekinerja_desktop.services.progress import Progress
    from ekinerja_desktop.services.workspace import Workspace

CHUNK = 50000  # rows per executemany
TRANSACTION_ROWS = 1_000_000  # about this many rows per write transaction
MISSING_DAY_SHARE = 0.04
LATE_DAY_SHARE = 0.08

# Verbs that turn an RHK into a day's activity, per jabatan kind.
RHK_VERBS: dict[str, tuple[str, ...]] = {
    "jpt": (
        "Memimpin rapat evaluasi capaian",
        "Memberi arahan dan disposisi terkait",
        "Menandatangani dokumen dalam rangka",
        "Melakukan monitoring lapangan untuk",
    ),
    "administrasi": (
        "Menyusun konsep laporan",
        "Mengoordinasikan pelaksanaan kegiatan",
        "Memeriksa dan memaraf naskah dinas terkait",
        "Memverifikasi data pendukung",
        "Membimbing staf dalam penyelesaian",
    ),
    "fungsional": (
        "Melaksanakan tugas teknis",
        "Menyusun laporan hasil kegiatan",
        "Mengolah dan menganalisis data",
        "Memberikan layanan dalam rangka",
        "Mendokumentasikan pelaksanaan",
    ),
}
ROUTINE: dict[str, tuple[str, ...]] = {
    "jpt": (
        "Menerima audiensi dan tamu dinas",
        "Mengikuti rapat koordinasi pimpinan daerah",
        "Menelaah surat masuk dan memberi disposisi",
    ),
    "administrasi": (
        "Mengikuti apel pagi dan arahan pimpinan",
        "Menelaah dan mengagendakan surat masuk",
        "Mengikuti rapat koordinasi internal",
        "Mengarsipkan dokumen kegiatan",
    ),
    "fungsional": (
        "Mengikuti apel pagi dan arahan pimpinan",
        "Mengikuti rapat koordinasi tim",
        "Memperbarui data pada aplikasi kerja",
        "Mempelajari regulasi teknis terbaru",
    ),
}
# All verbs in one tuple (activity texts are built once per RHK for all of them) and,
# per jabatan kind, the positions of that kind's verbs in it.
RHK_VERBS_ALL = tuple(dict.fromkeys(v for verbs in RHK_VERBS.values() for v in verbs))
VERB_SLOTS = {
    kind: tuple(RHK_VERBS_ALL.index(v) for v in verbs) for kind, verbs in RHK_VERBS.items()
}
RETURN_NOTES = (
    "Lengkapi bukti dukung (foto/dokumen) kegiatan ini.",
    "Uraian kegiatan terlalu umum; sebutkan keluaran yang dihasilkan.",
    "Jam kegiatan tidak sesuai jadwal rapat; mohon diperbaiki.",
)
# Day-long slot plans (start, end) in minutes after midnight: 07:30-16:00 with a break.
SLOT_PLANS = (
    ((450, 540), (540, 720), (780, 960)),
    ((450, 600), (600, 720), (780, 870), (870, 960)),
    ((450, 720), (780, 960)),
    ((480, 600), (600, 690), (780, 900)),
)


# Units that are not a count of outputs: a daily log never reports "1 %" or "1 Nilai".
NON_COUNT_UNITS = frozenset({"", "%", "persen", "nilai", "indeks", "nilai ikm", "poin"})


def countable_unit(unit: str) -> bool:
    """Whether a Kuantitas target in ``unit`` is met by counting daily-log outputs."""
    return " ".join((unit or "").split()).casefold() not in NON_COUNT_UNITS


def _t(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _short(text: str, limit: int = 90) -> str:
    text = text[0].lower() + text[1:] if text else text
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "..."


def populate_logs(
    ws: Workspace,
    result: DemoResult,
    *,
    seed: int,
    year: int,
    progress: Progress,
    weeks: int | None = None,
) -> int:
    """Add demo daily logs of ``year`` (1 January up to yesterday); returns the count.

    ``weeks`` limits the range to the last N weeks (tests use it to keep the city scale
    short); None generates the whole year to date at every scale. The rows are written
    in transactions of about ``TRANSACTION_ROWS`` (so the SQLite write-ahead log stays
    small), each employee's year inside one of them."""
    today = today_wita()
    end = min(today - timedelta(days=1), date(year, 12, 31))
    start = date(year, 1, 1)
    if weeks is not None:
        start = max(start, end - timedelta(weeks=weeks) + timedelta(days=1))
    with ws.read() as session:
        # Progress continues the SKP step's numbering (demo_data passes its SKP progress
        # callback, whose last call was (rows, rows)), so the bar never moves backwards.
        base = _skp_rows(session)
        emps = [
            (str(e), str(k), str(u))
            for e, k, u in session.execute(
                select(Employee.id, Employee.jabatan_kind, Employee.unit_id)
                .where(Employee.deleted.is_(False), Employee.active.is_(True))
                .order_by(Employee.id)
            ).all()
        ]
        if end < start:
            return 0
        progress(base, base + len(emps), _("Menyusun log harian contoh"))
        gen = _Generator(session, seed=seed, year=year, start=start, end=end)
    group = max(1, TRANSACTION_ROWS // max(1, gen.max_rows(1)))
    node = ws.node.id
    for first in range(0, len(emps), group):
        people = emps[first : first + group]
        with ws.write(actor="demo") as session:
            # One reservation sized for the worst case; the unused tail is handed back,
            # so the node's sequence has no gaps.
            seq = reserve_sequences(session, node, gen.max_rows(len(people)))
            before = gen.made
            gen.begin(session, node, seq)
            for done, emp in enumerate(people, first + 1):
                gen.person(*emp)
                if len(gen.rows) >= CHUNK:
                    gen.flush()
                    progress(base + done, base + len(emps), _("Log harian"))
            gen.flush()
            session.execute(
                update(LocalNode)
                .where(LocalNode.id == node)
                .values(next_seq=seq + gen.made - before)
            )
    total = gen.made
    with ws.write(actor="demo") as session:
        record_demo(
            session,
            ws,
            "demo.dailylog",
            {"year": year, "seed": seed, "entries": total, "from": str(start)},
        )
    result.counts[_("Log harian {y} ({a} s.d. {b})").format(y=year, a=start, b=end)] = total
    progress(base + len(emps), base + len(emps), _("Selesai"))
    return total


# Insert column order of the generated rows (see _Generator.person): the columns of every
# synchronised row, then the daily log's own.
COLUMNS = (
    *SYNC_COLUMNS,
    "employee_id",
    "day",
    "start_time",
    "end_time",
    "activity",
    "rhk_id",
    "quantity",
    "unit",
    "link_url",
    "status",
    "submitted_at",
    "is_late",
    "reviewer_id",
    "reviewed_at",
    "review_note",
)
_REVIEWED = frozenset({LogStatus.DISETUJUI.value, LogStatus.REVISI.value})
RHK_SHARE = 0.7  # of the entries, those on an RHK (the rest are routine tasks)
AVG_SLOTS = sum(len(plan) for plan in SLOT_PLANS) / len(SLOT_PLANS)
WORKING_DAYS_PER_YEAR = 245
# A person's output against the SKP: slower, on target, faster (cf. the HASIL mix).
OUTPUT_PACE = (0.7, 1.05, 1.35)
OUTPUT_PACE_WEIGHTS = (12, 66, 22)
# Share of the entries older than a week that end up approved (see _day_status): outputs
# are put on approved entries only (the realisasi counts approved output), at this rate.
APPROVED_SHARE = 0.9


class _Generator:
    """Builds the rows of one employee after another and streams them to the table.

    Speed matters at city scale (millions of rows): rows are plain tuples written with
    the driver's ``executemany``; values the dialect converts (dates, times, booleans on
    SQLite) go through the column's bind processor once per distinct value; activity
    texts are built once per RHK; ids are UUID-shaped, a seeded random prefix plus a
    counter, so the primary-key index only ever appends."""

    def __init__(self, session: Session, *, seed: int, year: int, start: date, end: date) -> None:
        self.rng = random.Random(seed * 7919 + 5)
        prefix = uuid.UUID(int=random.Random(seed * 104729 + 11).getrandbits(128), version=4)
        self.id_prefix = str(prefix)[:24]  # "xxxxxxxx-xxxx-4xxx-yxxx-", then 12 hex digits
        table = cast(Table, DailyLog.__table__)
        dialect = session.get_bind().dialect
        self._processors = {
            c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
        }
        self._cache: dict[tuple[str, object], object] = {}
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(COLUMNS)}) "
            f"VALUES ({', '.join([mark] * len(COLUMNS))})"
        )
        self.conn: Connection | None = None
        self.node = ""
        self.seq_offset = 0  # origin_seq = seq_offset + running row number
        self.made = 0
        self.rows: list[tuple[object, ...]] = []
        self.now = now_utc()
        self.updated_at = self.conv("updated_at", self.now)
        self.false = self.conv("deleted", False)
        self.true = self.conv("is_late", True)
        saturday_units = {
            str(u)
            for u in session.execute(
                select(OrgUnit.id).where(OrgUnit.saturday_workday.is_(True))
            ).scalars()
        }
        self.saturday_units = saturday_units
        calendars = {False: WorkCalendar(), True: WorkCalendar(saturday_is_workday=True)}
        self.days = {
            flag: [
                (d, (end - d).days, self.conv("day", d))
                for d in _days(start, end)
                if cal.is_working_day(d)
            ]
            for flag, cal in calendars.items()
        }
        self.plans = [
            [(self.conv("start_time", _t(s)), self.conv("end_time", _t(e))) for s, e in plan]
            for plan in SLOT_PLANS
        ]
        self.rhk = {
            emp: [
                (
                    first,
                    span,
                    [
                        (
                            rhk_id,
                            tuple(f"{verb} {_short(text)}" for verb in RHK_VERBS_ALL),
                            unit,
                            target,
                        )
                        for rhk_id, text, unit, target in options
                    ],
                )
                for first, span, options in parts
            ]
            for emp, parts in _approved_rhk(session, year).items()
        }
        self.supervisors = _supervisors(session, year)

    def begin(self, session: Session, node: str, first_seq: int) -> None:
        """Write the following rows in ``session``, numbered from ``first_seq``."""
        self.conn = session.connection()
        self.node = node
        self.seq_offset = first_seq - self.made

    def max_rows(self, people: int) -> int:
        return people * max(len(v) for v in self.days.values()) * max(map(len, SLOT_PLANS))

    def conv(self, column: str, value: object) -> object:
        """``value`` as the driver receives it for ``column`` (cached per value)."""
        key = (column, value)
        if key not in self._cache:
            processor = self._processors[column]
            self._cache[key] = value if value is None or processor is None else processor(value)
        return self._cache[key]

    def _stamps(self, day: date, lag: int) -> tuple[object, object]:
        """(submitted_at, reviewed_at) of a day submitted ``lag`` days later."""
        submitted = min(datetime.combine(day + timedelta(days=lag), time(8, 30)), self.now)
        return (
            self.conv("submitted_at", submitted),
            self.conv("reviewed_at", submitted + timedelta(days=1)),
        )

    def person(self, emp_id: str, raw_kind: str, unit_id: str) -> None:
        rng = self.rng
        r = rng.random
        kind = raw_kind if raw_kind in RHK_VERBS else "administrasi"
        verbs = VERB_SLOTS[kind]
        routine = ROUTINE[kind]
        parts = self.rhk.get(emp_id, [])
        # Outputs match the SKP: entries on an RHK report one unit of its Kuantitas target
        # at the rate that makes the year's output the annual target times this person's
        # pace (an accumulator, not a coin toss, so every quarter gets its share and the
        # realisasi, capaian and ratings computed from the logs agree). After a transfer
        # the entries follow the SKP period of the day.
        pace = rng.choices(OUTPUT_PACE, weights=OUTPUT_PACE_WEIGHTS)[0]
        days = self.days[unit_id in self.saturday_units]
        entries = len(days) * (1 - MISSING_DAY_SHARE) * AVG_SLOTS * RHK_SHARE
        share = len(days) / WORKING_DAYS_PER_YEAR
        output_p: dict[str, float] = {}
        for _first, span, part_options in parts:
            # The target is for the SKP period (a shorter one after a transfer).
            per_rhk = entries / len(part_options) if part_options else 0.0
            for part_rhk, _text, _unit, target in part_options:
                output_p[part_rhk] = (
                    min(0.95, target / span * share * pace / per_rhk / APPROVED_SHARE)
                    if per_rhk
                    else 0.0
                )
        owed = {part_rhk: r() for part_rhk in output_p}
        rhk_id: str | None
        switches = [first for first, _span, _o in parts[1:]]
        options = parts[0][2] if parts else []
        sup = self.supervisors.get(emp_id)
        rows = self.rows
        n = self.made + len(rows)
        head = (1, self.node)
        tail = (self.updated_at, "demo", self.false, emp_id)
        false, true = self.false, self.true
        for day, age, day_value in self.days[unit_id in self.saturday_units]:
            while switches and day >= switches[0]:
                switches.pop(0)
                options = parts[len(parts) - len(switches) - 1][2]
            if r() < MISSING_DAY_SHARE:
                continue
            status, late = _day_status(rng, age, sup is not None)
            submitted = reviewed = reviewer = None
            if status != LogStatus.DRAFT.value:
                lag = rng.randint(3, 12) if late else (0, 0, 1)[int(r() * 3)]
                submitted, stamp = self._stamps(day, lag)
                if status in _REVIEWED:
                    reviewer, reviewed = sup, stamp
            note = RETURN_NOTES[int(r() * 3)] if status == LogStatus.REVISI.value else ""
            late_value = true if late else false
            approved = status == LogStatus.DISETUJUI.value
            for start, end in self.plans[int(r() * len(SLOT_PLANS))]:
                if options and r() < RHK_SHARE:
                    rhk_id, texts, unit, _target = options[int(r() * len(options))]
                    activity = texts[verbs[int(r() * len(verbs))]]
                    owed[rhk_id] += output_p[rhk_id]
                    quantity = ""
                    # An output goes on an entry the supervisor approves (older days),
                    # so the approved output - the realisasi - keeps the person's pace.
                    if unit and owed[rhk_id] >= 1 and (approved or age <= 9):
                        owed[rhk_id] -= 1
                        quantity = "1"
                    if not quantity:
                        unit = ""
                else:
                    rhk_id, unit, quantity = None, "", ""
                    activity = routine[int(r() * len(routine))]
                rows.append(
                    (
                        f"{self.id_prefix}{n:012x}",
                        *head,
                        self.seq_offset + n,
                        *tail,
                        day_value,
                        start,
                        end,
                        activity,
                        rhk_id,
                        quantity,
                        unit,
                        "",
                        status,
                        submitted,
                        late_value,
                        reviewer,
                        reviewed,
                        note,
                    )
                )
                n += 1

    def flush(self) -> None:
        if self.rows:
            assert self.conn is not None, "begin() first"
            self.conn.exec_driver_sql(self.sql, self.rows)
            self.made += len(self.rows)
            self.rows = []


def _skp_rows(session: Session) -> int:
    """Rows written by the demo SKP step (its progress total)."""
    from sqlalchemy import func

    from ekinerja_desktop.store.models import SkpBehaviour, SkpLampiranItem

    return sum(
        int(session.execute(select(func.count()).select_from(model)).scalar_one())
        for model in (Skp, SkpRhk, SkpIndicator, SkpBehaviour, SkpLampiranItem)
    )


_Options = tuple[date, float, list[tuple[str, str, str, float]]]


def _day_status(rng: random.Random, age: int, has_supervisor: bool) -> tuple[str, bool]:
    """(status, late) of one employee-day, by how many days ago it was."""
    late = rng.random() < LATE_DAY_SHARE
    if age <= 2:
        status = rng.choice((LogStatus.DRAFT, LogStatus.DRAFT, LogStatus.DIAJUKAN))
    elif not has_supervisor or age <= 9:
        status = rng.choice((LogStatus.DIAJUKAN, LogStatus.DIAJUKAN, LogStatus.DRAFT))
        if has_supervisor and rng.random() < 0.4:
            status = LogStatus.DISETUJUI
    else:
        roll = rng.random()
        status = (
            LogStatus.DISETUJUI
            if roll < 0.9
            else LogStatus.DIAJUKAN
            if roll < 0.95
            else LogStatus.REVISI
            if roll < 0.98
            else LogStatus.DRAFT
        )
    if status is LogStatus.DRAFT:
        late = False
    return status.value, late


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def _approved_rhk(session: Session, year: int) -> dict[str, list[_Options]]:
    """Employee id -> per SKP period of the year (a transfer starts a second one), in
    order: (first day, share of a year it spans, [(rhk id, text, output unit, target)])
    of its latest
    approved revision (unit "" and target 0 when the RHK has no countable Kuantitas
    target)."""
    latest: dict[tuple[str, int], tuple[int, str, date, float]] = {}
    for skp_id, emp_id, rev, part, start, end in session.execute(
        select(
            Skp.id, Skp.employee_id, Skp.revision, Skp.part, Skp.period_start, Skp.period_end
        ).where(Skp.year == year, Skp.deleted.is_(False), Skp.status == SkpStatus.DISETUJUI.value)
    ).all():
        key = (str(emp_id), int(part))
        if key not in latest or rev > latest[key][0]:
            # The share of a year the SKP period spans: its targets are for that span.
            latest[key] = (int(rev), str(skp_id), start, ((end - start).days + 1) / 365)
    skp_owner = {skp_id: key for key, (_r, skp_id, _s, _f) in latest.items()}
    units: dict[str, tuple[str, float]] = {}
    for rhk_id, unit, value in session.execute(
        select(SkpIndicator.rhk_id, SkpIndicator.target_unit, SkpIndicator.target_value)
        .join(SkpRhk, SkpRhk.id == SkpIndicator.rhk_id)
        .join(Skp, Skp.id == SkpRhk.skp_id)
        .where(
            Skp.year == year,
            Skp.status == SkpStatus.DISETUJUI.value,
            SkpIndicator.aspect == "Kuantitas",
            SkpIndicator.deleted.is_(False),
        )
    ).all():
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            number = 0.0
        units.setdefault(str(rhk_id), (str(unit), number))
    parts: dict[tuple[str, int], list[tuple[str, str, str, float]]] = defaultdict(list)
    for rhk_id, skp_id, text in session.execute(
        select(SkpRhk.id, SkpRhk.skp_id, SkpRhk.text)
        .join(Skp, Skp.id == SkpRhk.skp_id)
        .where(Skp.year == year, Skp.status == SkpStatus.DISETUJUI.value, SkpRhk.deleted.is_(False))
        .order_by(SkpRhk.skp_id, SkpRhk.position)
    ).all():
        owner = skp_owner.get(str(skp_id))
        if owner is not None:
            unit, target = units.get(str(rhk_id), ("", 0.0))
            if not countable_unit(unit):  # a percentage or an index is not a count
                unit, target = "", 0.0
            parts[owner].append((str(rhk_id), str(text), unit, target))
    out: dict[str, list[_Options]] = defaultdict(list)
    for (emp, part), options in sorted(parts.items()):
        _rev, _id, first, span = latest[(emp, part)]
        out[emp].append((first, min(1.0, span), options))
    return out


def _supervisors(session: Session, year: int) -> dict[str, str]:
    return organisation.penilai_map(session, year)
