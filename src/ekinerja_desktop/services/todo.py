"""Beranda to-do list: what the logged-in user should act on, across modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.skp import EvaluationStatus, LogStatus, SkpStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    Evaluation,
    Skp,
    Training,
)
from ekinerja_desktop.store.revisions import latest_revision

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

# Page keys the Beranda opens (gui/pages registry keys).
PAGE_SKP_TEAM = "skp_team"
PAGE_LOG = "dailylog"
PAGE_LOG_TEAM = "dailylog_review"
PAGE_EVALUATION = "evaluation"
PAGE_MY_EVALUATION = "my_evaluation"
PAGE_TRAINING = "training"

#: Ended periods stay on the list this many days after their end.
RECENT_DAYS = 90
VERIFIED_TRAINING = "Diverifikasi"  # services.training.DIVERIFIKASI


@dataclass(frozen=True)
class TodoItem:
    kind: str  # skp_approve | log_review | self_assessment | evaluation_due | ...
    title: str
    detail: str
    count: int
    page_key: str


def my_todos(ws: Workspace, actor: Actor, today: date | None = None) -> list[TodoItem]:
    """Items in the order they should be handled: decisions for others first."""
    me = actor.employee_id
    if me is None:
        return []
    day = today or today_wita()
    from ekinerja_desktop.services import evaluation

    scheme = evaluation.get_scheme(ws)
    items: list[TodoItem] = []
    with ws.read() as session:
        recent = _recent_periods(day, scheme)
        items.extend(_supervisor_items(session, me, day, recent))
    objections = evaluation.objections_to_decide(ws, actor)
    if objections:
        items.append(
            TodoItem(
                "objection",
                _("Keberatan yang perlu Anda putuskan"),
                ", ".join(sorted({o.employee_name for o in objections})),
                len(objections),
                PAGE_EVALUATION,
            )
        )
    with ws.read() as session:
        items.extend(_own_evaluation_items(session, me, day, recent))
        items.extend(_own_log_items(session, me, day))
        items.extend(_own_training_items(session, me, day))
    return items


# --- implementation --------------------------------------------------------------------
def _recent_periods(day: date, scheme: object) -> list[Period]:
    from ekinerja_desktop.domain.periods import PeriodScheme, periods_for_year

    parsed = PeriodScheme.parse(str(scheme))
    out: list[Period] = []
    for year in (day.year - 1, day.year):
        for p in periods_for_year(year, parsed):
            if p.end < day and (day - p.end).days <= RECENT_DAYS:
                out.append(p)
    return out


def _team(session: Session, me: str, year: int, day: date) -> list[str]:
    """Employees whose penilai on ``day`` (clamped to ``year``) is ``me``."""
    on = min(max(day, date(year, 1, 1)), date(year, 12, 31))
    return sorted(organisation.team_on(session, me, on))


def _supervisor_items(session: Session, me: str, day: date, recent: list[Period]) -> list[TodoItem]:
    items: list[TodoItem] = []
    team = _team(session, me, day.year, day)
    if team:
        pending_skp = session.execute(
            select(func.count())
            .select_from(Skp)
            .where(
                Skp.employee_id.in_(team),
                Skp.year == day.year,
                Skp.status == SkpStatus.DIAJUKAN.value,
                Skp.deleted.is_(False),
            )
        ).scalar_one()
        if pending_skp:
            items.append(
                TodoItem(
                    "skp_approve",
                    _("SKP yang menunggu persetujuan Anda"),
                    _("{n} SKP diajukan oleh tim Anda.").format(n=pending_skp),
                    int(pending_skp),
                    PAGE_SKP_TEAM,
                )
            )
        pending_logs = session.execute(
            select(func.count())
            .select_from(DailyLog)
            .where(
                DailyLog.employee_id.in_(team),
                DailyLog.status == LogStatus.DIAJUKAN.value,
                DailyLog.deleted.is_(False),
            )
        ).scalar_one()
        if pending_logs:
            items.append(
                TodoItem(
                    "log_review",
                    _("Aktivitas harian tim yang perlu diperiksa"),
                    _("{n} entri berstatus Diajukan.").format(n=pending_logs),
                    int(pending_logs),
                    PAGE_LOG_TEAM,
                )
            )
    for period in recent:
        members = _team(session, me, period.year, period.end)
        if not members:
            continue
        with_skp = set(
            session.execute(
                select(Skp.employee_id).where(
                    Skp.employee_id.in_(members),
                    Skp.year == period.year,
                    Skp.status == SkpStatus.DISETUJUI.value,
                    Skp.deleted.is_(False),
                )
            ).scalars()
        )
        signed = set(
            session.execute(
                select(Evaluation.employee_id).where(
                    Evaluation.employee_id.in_(members),
                    Evaluation.period_code == period.code,
                    Evaluation.status.in_(
                        [EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value]
                    ),
                    Evaluation.deleted.is_(False),
                )
            ).scalars()
        )
        due = sorted(with_skp - signed)
        if due:
            items.append(
                TodoItem(
                    "evaluation_due",
                    _("Evaluasi {p} {y} yang belum ditandatangani").format(
                        p=period.label, y=period.year
                    ),
                    _("{n} pegawai tim Anda belum selesai dinilai.").format(n=len(due)),
                    len(due),
                    PAGE_EVALUATION,
                )
            )
    return items


def _own_evaluation_items(
    session: Session, me: str, day: date, recent: list[Period]
) -> list[TodoItem]:
    items: list[TodoItem] = []
    for period in recent:
        has_skp = session.execute(
            select(func.count())
            .select_from(Skp)
            .where(
                Skp.employee_id == me,
                Skp.year == period.year,
                Skp.status == SkpStatus.DISETUJUI.value,
                Skp.deleted.is_(False),
            )
        ).scalar_one()
        if not has_skp:
            continue
        ev = latest_revision(session, Evaluation, employee_id=me, period_code=period.code)
        label = f"{period.label} {period.year}"
        if ev is None or (
            ev.status == EvaluationStatus.DRAFT.value and ev.self_submitted_at is None
        ):
            items.append(
                TodoItem(
                    "self_assessment",
                    _("Penilaian mandiri {p}").format(p=label),
                    _("Isi realisasi Anda sebelum pejabat penilai menilai."),
                    1,
                    PAGE_MY_EVALUATION,
                )
            )
        elif ev.status == EvaluationStatus.DITANDATANGANI.value:
            items.append(
                TodoItem(
                    "acknowledge",
                    _("Hasil evaluasi {p} sudah ditandatangani").format(p=label),
                    _("Baca hasilnya dan nyatakan menerima, atau ajukan keberatan."),
                    1,
                    PAGE_MY_EVALUATION,
                )
            )
    return items


def _own_log_items(session: Session, me: str, day: date) -> list[TodoItem]:
    from ekinerja_desktop.services.dailylog import work_calendar

    emp = session.get(Employee, me)
    if emp is None:
        return []
    start = day.replace(day=1)
    end = day - timedelta(days=1)
    if end < start:
        return []
    cal = work_calendar(session, emp.unit_id)
    working = set(cal.working_days(start, end))
    logged = set(
        session.execute(
            select(DailyLog.day).where(
                DailyLog.employee_id == me,
                DailyLog.day >= start,
                DailyLog.day <= end,
                DailyLog.deleted.is_(False),
            )
        ).scalars()
    )
    missing = sorted(working - logged)
    if not missing:
        return []
    shown = ", ".join(str(d.day) for d in missing[:10]) + (" ..." if len(missing) > 10 else "")
    return [
        TodoItem(
            "missing_logs",
            _("Hari kerja bulan ini tanpa aktivitas harian"),
            _("{n} hari: tanggal {d}.").format(n=len(missing), d=shown),
            len(missing),
            PAGE_LOG,
        )
    ]


def _own_training_items(session: Session, me: str, day: date) -> list[TodoItem]:
    emp = session.get(Employee, me)
    if emp is None or emp.status != AsnStatus.PNS.value:
        return []
    total = Decimal(0)
    for jp in session.execute(
        select(Training.jp_credited).where(
            Training.employee_id == me,
            Training.status == VERIFIED_TRAINING,
            Training.start_date >= date(day.year, 1, 1),
            Training.start_date <= date(day.year, 12, 31),
            Training.deleted.is_(False),
        )
    ).scalars():
        try:
            total += Decimal(str(jp).replace(",", "."))
        except InvalidOperation:
            continue
    if total >= PNS_MIN_JP_PER_YEAR:
        return []
    short = Decimal(PNS_MIN_JP_PER_YEAR) - total
    return [
        TodoItem(
            "jp_shortfall",
            _("Jam pelajaran (JP) pengembangan kompetensi {y} belum cukup").format(y=day.year),
            _("Terverifikasi {t} dari minimal {m} JP; kurang {k} JP.").format(
                t=_num(total), m=PNS_MIN_JP_PER_YEAR, k=_num(short)
            ),
            int(short.to_integral_value()),
            PAGE_TRAINING,
        )
    ]


def _num(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",")
