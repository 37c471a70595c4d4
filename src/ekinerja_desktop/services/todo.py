"""Beranda to-do list: what the logged-in user should act on, across modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

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
PAGE_TRAINING_VERIFY = "training_admin"
PAGE_UNITS = "units"
PAGE_EMPLOYEES = "employees"
PAGE_MAPPING = "mapping"
PAGE_ACCOUNTS = "accounts"
PAGE_SYNC = "sync"
#: A draft is "near its deadline" when the deadline is at most this many days away.
DRAFT_WARNING_DAYS = 1

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
    """Items in the order they should be handled: a new workspace's first steps, then
    decisions for others, then one's own work."""
    day = today or today_wita()
    items = _first_steps(ws, actor, day) if actor.is_admin else []
    items.extend(_verification_items(ws, actor, day))
    me = actor.employee_id
    if me is None:
        return items
    items.extend(_personal_todos(ws, actor, me, day))
    return items


def _personal_todos(ws: Workspace, actor: Actor, me: str, day: date) -> list[TodoItem]:
    from ekinerja_desktop.services import evaluation, period_scheme

    scheme = period_scheme.get_scheme(ws)
    items: list[TodoItem] = []
    with ws.read() as session:
        recent = _recent_periods(day, scheme)
        items.extend(_supervisor_items(session, me, day, recent))
    items.extend(_evaluations_due(ws, actor, recent))
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
        items.extend(_own_returned_logs(session, me))
        items.extend(_own_draft_logs(session, me, day))
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
    if not team:
        return items
    waiting: tuple[tuple[str, Any, str, tuple[Any, ...], str, str, str], ...] = (
        (
            "skp_approve",
            Skp,
            SkpStatus.DIAJUKAN.value,
            (Skp.year == day.year,),
            _("SKP yang menunggu persetujuan Anda"),
            _("{n} SKP diajukan oleh tim Anda."),
            PAGE_SKP_TEAM,
        ),
        (
            "log_review",
            DailyLog,
            LogStatus.DIAJUKAN.value,
            (),
            _("Aktivitas harian tim yang perlu diperiksa"),
            _("{n} entri berstatus Diajukan."),
            PAGE_LOG_TEAM,
        ),
    )
    for key, model, status, where, title, text, page in waiting:
        pending = session.execute(
            select(func.count())
            .select_from(model)
            .where(
                model.employee_id.in_(team),
                *where,
                model.status == status,
                model.deleted.is_(False),
            )
        ).scalar_one()
        if pending:
            items.append(TodoItem(key, title, text.format(n=pending), int(pending), page))
    return items


def _evaluations_due(ws: Workspace, actor: Actor, recent: list[Period]) -> list[TodoItem]:
    """Per recent period: the team's evaluations not yet signed, one per SKP period the
    actor appraises (after a mutasi the former penilai still signs the earlier months)."""
    from ekinerja_desktop.services import evaluation

    signed = {EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value}
    items: list[TodoItem] = []
    for period in recent:
        due = [
            r
            for r in evaluation.team(ws, actor, period.code)
            if r.has_approved_skp and r.status not in signed
        ]
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
    from ekinerja_desktop.services import skp

    for period, part, span in _own_parts(session, me, recent):
        approved = skp.current_approved(session, me, period.year, part=part)
        if approved is None:
            continue
        ev = latest_revision(
            session, Evaluation, employee_id=me, period_code=period.code, skp_part=part
        )
        label = f"{period.label} {period.year}" + (f" (SKP {span})" if span else "")
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


def _own_parts(session: Session, me: str, recent: list[Period]) -> list[tuple[Period, int, str]]:
    """(period, SKP period, its dates or "") to evaluate: each SKP period of the year
    overlapping the evaluation period (SKP period 1 without dates when the year has one)."""
    from ekinerja_desktop.services import skp

    out: list[tuple[Period, int, str]] = []
    for period in recent:
        parts = skp.parts_of(session, me, period.year)
        if len(parts) <= 1:
            out.append((period, parts[0].part if parts else 1, ""))
            continue
        for item in parts:
            start, end = skp.effective_period(session, item)
            if start <= period.end and end >= period.start:
                out.append((period, item.part, skp.period_label(start, end)))
    return out


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


def _first_steps(ws: Workspace, actor: Actor, day: date) -> list[TodoItem]:
    """What an administrator of a new workspace sets up, in order, until it is done."""
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.store.models import KnownNode, OrgUnit, SupervisorAssignment, User

    items: list[TodoItem] = []
    with ws.read() as session:
        units = session.execute(
            select(func.count()).select_from(OrgUnit).where(OrgUnit.deleted.is_(False))
        ).scalar_one()
        employees = session.execute(
            select(func.count()).select_from(Employee).where(Employee.deleted.is_(False))
        ).scalar_one()
        mapped = session.execute(
            select(func.count(func.distinct(SupervisorAssignment.employee_id))).where(
                SupervisorAssignment.year == day.year,
                SupervisorAssignment.deleted.is_(False),
            )
        ).scalar_one()
        accounts = session.execute(
            select(func.count()).select_from(User).where(User.employee_id.is_not(None))
        ).scalar_one()
        enrolled = (
            ws.node.role is NodeRole.CENTRAL or session.get(KnownNode, ws.node.id) is not None
        )
    if not units:
        items.append(
            TodoItem(
                "setup_units",
                _("Langkah awal: susun unit kerja"),
                _("Tambahkan OPD dan bidang/seksinya di Unit Kerja."),
                1,
                PAGE_UNITS,
            )
        )
    if not employees:
        items.append(
            TodoItem(
                "setup_employees",
                _("Langkah awal: masukkan data pegawai"),
                _("Impor dari Excel (ada templatnya) atau tambahkan satu per satu di Pegawai."),
                1,
                PAGE_EMPLOYEES,
            )
        )
    elif mapped < employees:
        items.append(
            TodoItem(
                "setup_mapping",
                (
                    _("Langkah awal: petakan pejabat penilai {y}")
                    if not mapped
                    else _("Pegawai tanpa pejabat penilai {y}")
                ).format(y=day.year),
                _("{n} pegawai belum punya pejabat penilai tahun ini.").format(
                    n=employees - mapped
                ),
                int(employees - mapped),
                PAGE_MAPPING,
            )
        )
    if employees and not accounts:
        items.append(
            TodoItem(
                "setup_accounts",
                _("Langkah awal: buat akun pegawai"),
                _("Pegawai masuk dengan akunnya sendiri untuk mengisi SKP dan log harian."),
                1,
                PAGE_ACCOUNTS,
            )
        )
    if not enrolled:
        items.append(
            TodoItem(
                "setup_enroll",
                _("Langkah awal: daftarkan komputer ini ke kantor pusat"),
                _("Kirim permintaan pendaftaran ke BKPSDM lewat Sinkronisasi."),
                1,
                PAGE_SYNC,
            )
        )
    return items


def _verification_items(ws: Workspace, actor: Actor, day: date) -> list[TodoItem]:
    """Training records waiting for the actor's verification (team or admin scope)."""
    from ekinerja_desktop.domain.roles import Role
    from ekinerja_desktop.services import training

    if not actor.has(Role.ATASAN, Role.ADMIN_OPD, Role.ADMIN_PUSAT):
        return []
    queue = training.verification_queue(ws, actor, day.year)
    if not queue:
        return []
    return [
        TodoItem(
            "training_verify",
            _("Pengembangan kompetensi yang menunggu verifikasi"),
            _("{n} catatan diajukan oleh {p} pegawai.").format(
                n=len(queue), p=len({row.employee_id for row in queue})
            ),
            len(queue),
            PAGE_TRAINING_VERIFY,
        )
    ]


def _own_returned_logs(session: Session, me: str) -> list[TodoItem]:
    days = sorted(
        set(
            session.execute(
                select(DailyLog.day).where(
                    DailyLog.employee_id == me,
                    DailyLog.status == LogStatus.REVISI.value,
                    DailyLog.deleted.is_(False),
                )
            ).scalars()
        )
    )
    if not days:
        return []
    count = session.execute(
        select(func.count())
        .select_from(DailyLog)
        .where(
            DailyLog.employee_id == me,
            DailyLog.status == LogStatus.REVISI.value,
            DailyLog.deleted.is_(False),
        )
    ).scalar_one()
    return [
        TodoItem(
            "log_returned",
            _("Aktivitas harian yang dikembalikan atasan"),
            _("{n} entri perlu diperbaiki lalu diajukan lagi: {d}.").format(n=count, d=_days(days)),
            int(count),
            PAGE_LOG,
        )
    ]


def _own_draft_logs(session: Session, me: str, day: date) -> list[TodoItem]:
    """Drafts of past days whose submission deadline is near or passed."""
    from ekinerja_desktop.domain.skp import log_submission_deadline
    from ekinerja_desktop.services.dailylog import grace_days, work_calendar

    drafts = sorted(
        session.execute(
            select(DailyLog.day).where(
                DailyLog.employee_id == me,
                DailyLog.status == LogStatus.DRAFT.value,
                DailyLog.day < day,
                DailyLog.deleted.is_(False),
            )
        ).scalars()
    )
    if not drafts:
        return []
    emp = session.get(Employee, me)
    cal = work_calendar(session, emp.unit_id if emp is not None else None)
    grace = grace_days(session)
    urgent: set[date] = set()
    late: set[date] = set()
    for entry_day in set(drafts):
        deadline = log_submission_deadline(entry_day, cal, grace)
        if deadline < day:
            late.add(entry_day)
        elif (deadline - day).days <= DRAFT_WARNING_DAYS:
            urgent.add(entry_day)
    items: list[TodoItem] = []
    if urgent:
        items.append(
            TodoItem(
                "log_draft_due",
                _("Draf aktivitas harian yang segera jatuh tempo"),
                _("Ajukan hari ini agar tidak terlambat: {d}.").format(d=_days(sorted(urgent))),
                len(urgent),
                PAGE_LOG,
            )
        )
    if late:
        items.append(
            TodoItem(
                "log_draft_late",
                _("Draf aktivitas harian yang belum diajukan"),
                _(
                    "Batas pengajuan sudah lewat (tetap dapat diajukan, ditandai terlambat): {d}."
                ).format(d=_days(sorted(late))),
                len(late),
                PAGE_LOG,
            )
        )
    return items


def _days(days: list[date]) -> str:
    """Short Indonesian day list: "3 Nov, 4 Nov, ..." (at most eight)."""
    from ekinerja_desktop.domain.fmt import format_date_short

    shown = ", ".join(format_date_short(d) for d in days[:8])
    return shown + (_(" dan {n} hari lain").format(n=len(days) - 8) if len(days) > 8 else "")
