"""Demo daily logs: a plausible year-to-date of entries for every demo employee.

Entries follow the employee's approved SKP RHK with texts per jabatan kind; a few days
are missing, some were submitted late, and review states are mixed (older weeks mostly
approved, recent ones drafts or waiting). Rows are streamed in bulk chunks with the sync
columns filled here. At city scale (~11,000 people) only the last ``CITY_WEEKS`` weeks
are generated (about a million entries) so the demo stays within a few minutes.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert, select, update

from ekinerja_desktop.domain.calendar import WorkCalendar
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import LogStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc, today_wita
from ekinerja_desktop.services import audit
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    LocalNode,
    OrgUnit,
    Skp,
    SkpIndicator,
    SkpRhk,
    SupervisorAssignment,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.demo import DemoResult
    from ekinerja_desktop.services.workspace import Workspace

Progress = Callable[[int, int, str], None]
CHUNK = 20000
CITY_WEEKS = 6
CITY_THRESHOLD = 2000  # employees; above this the demo generates CITY_WEEKS only
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
    """Add demo daily logs of ``year`` up to yesterday; returns the number of entries.

    ``weeks`` limits the range to the last N weeks (default: year-to-date, or
    ``CITY_WEEKS`` when the workspace has more than ``CITY_THRESHOLD`` employees)."""
    rng = random.Random(seed * 7919 + 5)
    id_rng = random.Random(seed * 104729 + 11)
    today = today_wita()
    end = min(today - timedelta(days=1), date(year, 12, 31))
    start = date(year, 1, 1)
    total = 0
    with ws.write(actor="demo") as session:
        # Progress continues the SKP step's numbering (demo_data passes its SKP progress
        # callback, whose last call was (rows, rows)), so the bar never moves backwards.
        base = _skp_rows(session)
        emps = session.execute(
            select(Employee.id, Employee.jabatan_kind, Employee.unit_id)
            .where(Employee.deleted.is_(False), Employee.active.is_(True))
            .order_by(Employee.id)
        ).all()
        if weeks is None and len(emps) > CITY_THRESHOLD:
            weeks = CITY_WEEKS
        if weeks is not None:
            start = max(start, end - timedelta(weeks=weeks) + timedelta(days=1))
        if end < start:
            return 0
        progress(base, base + len(emps), _("Menyusun log harian contoh"))
        saturday_units = {
            str(u)
            for u in session.execute(
                select(OrgUnit.id).where(OrgUnit.saturday_workday.is_(True))
            ).scalars()
        }
        rhk = _approved_rhk(session, year)
        supervisors = _supervisors(session, year)
        calendars = {False: WorkCalendar(), True: WorkCalendar(saturday_is_workday=True)}
        days = {
            flag: [d for d in _days(start, end) if cal.is_working_day(d)]
            for flag, cal in calendars.items()
        }
        now = now_utc()
        batch: list[dict[str, Any]] = []
        node = ws.node.id

        def flush() -> None:
            nonlocal total
            if not batch:
                return
            seq = _reserve(session, node, len(batch))
            for row in batch:
                row["origin_seq"] = seq
                seq += 1
            session.execute(insert(cast(Table, DailyLog.__table__)), batch)
            total += len(batch)
            batch.clear()
            progress(base + done_people, base + len(emps), _("Log harian"))

        done_people = 0
        for raw_id, raw_kind, unit_id in emps:
            emp_id = str(raw_id)
            kind = raw_kind if raw_kind in RHK_VERBS else "administrasi"
            options = rhk.get(emp_id, [])
            sup = supervisors.get(emp_id)
            for day in days[str(unit_id) in saturday_units]:
                if rng.random() < MISSING_DAY_SHARE:
                    continue
                age = (end - day).days
                status, late = _day_status(rng, age, sup is not None)
                submitted = None
                if status != LogStatus.DRAFT.value:
                    lag = rng.randint(3, 12) if late else rng.choice((0, 0, 1))
                    submitted = datetime.combine(day + timedelta(days=lag), time(8, 30))
                    submitted = min(submitted, now)
                note = rng.choice(RETURN_NOTES) if status == LogStatus.REVISI.value else ""
                for s, e in rng.choice(SLOT_PLANS):
                    if options and rng.random() < 0.7:
                        rhk_id, rhk_text, unit = rng.choice(options)
                        activity = f"{rng.choice(RHK_VERBS[kind])} {_short(rhk_text)}"
                        quantity = str(rng.randint(1, 3)) if unit and rng.random() < 0.6 else ""
                    else:
                        rhk_id, unit, quantity = None, "", ""
                        activity = rng.choice(ROUTINE[kind])
                    batch.append(
                        {
                            "id": str(uuid.UUID(int=id_rng.getrandbits(128), version=4)),
                            "version": 1,
                            "origin_node": node,
                            "origin_seq": 0,
                            "updated_at": now,
                            "updated_by": "demo",
                            "deleted": False,
                            "employee_id": emp_id,
                            "day": day,
                            "start_time": _t(s),
                            "end_time": _t(e),
                            "activity": activity,
                            "rhk_id": rhk_id,
                            "quantity": quantity,
                            "unit": unit if quantity else "",
                            "link_url": "",
                            "status": status,
                            "submitted_at": submitted,
                            "is_late": late,
                            "reviewer_id": sup
                            if status in {LogStatus.DISETUJUI.value, LogStatus.REVISI.value}
                            else None,
                            "reviewed_at": submitted + timedelta(days=1)
                            if submitted
                            and status in {LogStatus.DISETUJUI.value, LogStatus.REVISI.value}
                            else None,
                            "review_note": note,
                        }
                    )
                if len(batch) >= CHUNK:
                    flush()
            done_people += 1
        flush()
        result.counts[_("Log harian {y} ({a} s.d. {b})").format(y=year, a=start, b=end)] = total
        audit.record(
            session,
            node_id=node,
            actor="demo",
            action="demo.dailylog",
            entity="local_node",
            entity_id=node,
            detail={"year": year, "seed": seed, "entries": total, "from": str(start)},
        )
    progress(base + len(emps), base + len(emps), _("Selesai"))
    return total


def _skp_rows(session: Session) -> int:
    """Rows written by the demo SKP step (its progress total)."""
    from sqlalchemy import func

    from ekinerja_desktop.store.models import SkpBehaviour, SkpLampiranItem

    return sum(
        int(session.execute(select(func.count()).select_from(model)).scalar_one())
        for model in (Skp, SkpRhk, SkpIndicator, SkpBehaviour, SkpLampiranItem)
    )


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


def _approved_rhk(session: Session, year: int) -> dict[str, list[tuple[str, str, str]]]:
    """Employee id -> [(rhk id, text, output unit)] of the latest approved SKP."""
    latest: dict[str, tuple[int, str]] = {}
    for skp_id, emp_id, rev in session.execute(
        select(Skp.id, Skp.employee_id, Skp.revision).where(
            Skp.year == year, Skp.deleted.is_(False), Skp.status == SkpStatus.DISETUJUI.value
        )
    ).all():
        if str(emp_id) not in latest or rev > latest[str(emp_id)][0]:
            latest[str(emp_id)] = (int(rev), str(skp_id))
    skp_owner = {skp_id: emp for emp, (_r, skp_id) in latest.items()}
    units: dict[str, str] = {}
    for rhk_id, unit in session.execute(
        select(SkpIndicator.rhk_id, SkpIndicator.target_unit)
        .join(SkpRhk, SkpRhk.id == SkpIndicator.rhk_id)
        .join(Skp, Skp.id == SkpRhk.skp_id)
        .where(
            Skp.year == year,
            Skp.status == SkpStatus.DISETUJUI.value,
            SkpIndicator.aspect == "Kuantitas",
            SkpIndicator.deleted.is_(False),
        )
    ).all():
        units.setdefault(str(rhk_id), str(unit))
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for rhk_id, skp_id, text in session.execute(
        select(SkpRhk.id, SkpRhk.skp_id, SkpRhk.text)
        .join(Skp, Skp.id == SkpRhk.skp_id)
        .where(Skp.year == year, Skp.status == SkpStatus.DISETUJUI.value, SkpRhk.deleted.is_(False))
        .order_by(SkpRhk.skp_id, SkpRhk.position)
    ).all():
        owner = skp_owner.get(str(skp_id))
        if owner is not None:
            unit = units.get(str(rhk_id), "")
            out[owner].append((str(rhk_id), str(text), "" if unit in {"%", ""} else unit))
    return out


def _supervisors(session: Session, year: int) -> dict[str, str]:
    sa = SupervisorAssignment
    return {
        str(e): str(s)
        for e, s in session.execute(
            select(sa.employee_id, sa.supervisor_id)
            .where(sa.year == year, sa.deleted.is_(False))
            .order_by(sa.valid_from)
        ).all()
    }


def _reserve(session: Session, node_id: str, count: int) -> int:
    """Reserve ``count`` origin_seq numbers at once (one UPDATE); returns the first."""
    session.execute(
        update(LocalNode).where(LocalNode.id == node_id).values(next_seq=LocalNode.next_seq + count)
    )
    after = session.execute(select(LocalNode.next_seq).where(LocalNode.id == node_id)).scalar_one()
    return int(after) - count
