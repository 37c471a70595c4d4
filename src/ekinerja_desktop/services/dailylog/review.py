"""Daily log supervisor review: the paged queue, approve, return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING

from sqlalchemy import literal, select, tuple_
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import (
    LogAction,
    LogStatus,
    log_transition,
)
from ekinerja_desktop.domain.supervision import penilai_on
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.dailylog.common import QueueFilter, QueueGroup
from ekinerja_desktop.services.dailylog.entries import (
    audit_log,
    build_entries,
    core_rows,
    entry_select,
)
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import (
    DailyLog,
    Employee,
    SupervisorAssignment,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def _team_candidates(session: Session, supervisor_id: str) -> set[str]:
    sa = SupervisorAssignment
    return {
        str(e)
        for e in session.execute(
            select(sa.employee_id).where(sa.supervisor_id == supervisor_id, sa.deleted.is_(False))
        ).scalars()
    }


REVIEW_PAGE_ROWS = 200  # entries per page of the review queue (whole person-days)


@dataclass(frozen=True)
class QueuePage:
    """One page of the review queue: whole (person, day) groups, oldest day first."""

    groups: tuple[QueueGroup, ...]
    next_after: tuple[str, date] | None  # ``after`` for the next page; None: no more


def review_queue(ws: Workspace, actor: Actor, flt: QueueFilter | None = None) -> list[QueueGroup]:
    """The whole queue (every page): submitted entries of the actor's team (the actor is
    the penilai on the entry's day), grouped by person and day, oldest day first."""
    return list(review_queue_page(ws, actor, flt, limit=None).groups)


def review_queue_page(
    ws: Workspace,
    actor: Actor,
    flt: QueueFilter | None = None,
    after: tuple[str, date] | None = None,
    limit: int | None = REVIEW_PAGE_ROWS,
) -> QueuePage:
    """About ``limit`` submitted entries of the queue (None: all) in whole (person, day)
    groups, people in id order, starting after the (employee id, day) ``after`` of the
    previous page. A team of thousands opens with one page instead of every entry."""
    flt = flt or QueueFilter()
    me = actor.employee_id
    if me is None:
        return QueuePage((), None)
    with ws.read() as session:
        team = _team_candidates(session, me)
        if flt.employee_id:
            team &= {flt.employee_id}
        if not team:
            return QueuePage((), None)
        stmt = entry_select().where(
            DailyLog.status == LogStatus.DIAJUKAN.value,
            DailyLog.employee_id.in_(sorted(team)),
            DailyLog.deleted.is_(False),
        )
        if flt.start:
            stmt = stmt.where(DailyLog.day >= flt.start)
        if flt.end:
            stmt = stmt.where(DailyLog.day <= flt.end)
        if flt.rhk_id:
            stmt = stmt.where(DailyLog.rhk_id == flt.rhk_id)
        # Ordered in SQL, so each (person, day) group is a run of consecutive rows.
        ordered = stmt.order_by(
            DailyLog.employee_id,
            DailyLog.day,
            DailyLog.start_time,
            DailyLog.end_time,
            DailyLog.id,
        )
        key = tuple_(DailyLog.employee_id, DailyLog.day)
        if after is not None:
            ordered = ordered.where(key > tuple_(literal(after[0]), literal(after[1])))
        next_after: tuple[str, date] | None = None
        if limit is None:
            rows = list(core_rows(session, ordered))
        else:
            rows = list(core_rows(session, ordered.limit(limit + 1)))
            if len(rows) > limit:
                cut = (rows[limit][1], rows[limit][2])  # its group goes to the next page
                rows = [r for r in rows[:limit] if (r[1], r[2]) != cut]
                next_after = (str(rows[-1][1]), rows[-1][2]) if rows else cut
                if not rows:  # one person-day larger than a page: that whole group
                    same = (DailyLog.employee_id == cut[0]) & (DailyLog.day == cut[1])
                    rows = list(core_rows(session, ordered.where(same)))
                    later = key > tuple_(literal(cut[0]), literal(cut[1]))
                    if not core_rows(session, ordered.where(later).limit(1)):
                        next_after = None
        assignments = organisation.mappings(session, {row[1] for row in rows})
        reviews: dict[tuple[str, date], bool] = {}  # (employee, day) -> actor is penilai
        logs = []
        for row in rows:
            key_ = (row[1], row[2])
            mine = reviews.get(key_)
            if mine is None:
                mine = reviews[key_] = penilai_on(assignments.get(key_[0], []), key_[1]) == me
            if mine:
                logs.append(row)
        emps = {
            str(i): (person_display_name(front, name, back), str(nip))
            for i, front, name, back, nip in session.execute(
                select(Employee.id, *organisation.NAME_COLUMNS, Employee.nip).where(
                    Employee.id.in_(sorted({k[0] for k in reviews}))
                )
            ).all()
        }
        entries = build_entries(session, logs, None)
    groups = []
    for (emp_id, day), items in groupby(entries, key=lambda e: (e.employee_id, e.day)):
        name, nip = emps.get(emp_id, ("", ""))
        groups.append(QueueGroup(emp_id, name, nip, day, tuple(items)))
    groups.sort(key=lambda g: (g.day, g.employee_name.casefold(), g.employee_id))
    return QueuePage(tuple(groups), next_after)


def _review(
    ws: Workspace, actor: Actor, entry_ids: Sequence[str], action: LogAction, note: str
) -> int:
    me = actor.employee_id
    ids = sorted(set(entry_ids))
    if not ids:
        raise ValidationError(_("Pilih minimal satu entri."), hint=_("Centang entri di daftar."))
    with ws.write(actor=actor.username) as session:
        logs = list(
            session.execute(
                select(DailyLog).where(DailyLog.id.in_(ids), DailyLog.deleted.is_(False))
            ).scalars()
        )
        if len(logs) != len(ids):
            raise NotFoundError(
                _("Sebagian entri tidak ditemukan (mungkin sudah dihapus)."),
                hint=_("Muat ulang antrean."),
            )
        assignments = organisation.mappings(session, {log.employee_id for log in logs})
        now = now_utc()
        for log in logs:
            if me is None or penilai_on(assignments.get(log.employee_id, []), log.day) != me:
                raise PermissionDeniedError(
                    _(
                        "Anda bukan pejabat penilai {n} pada {d}, sehingga tidak dapat "
                        "meninjau entri tersebut."
                    ).format(
                        n=organisation.display_name(
                            organisation.employee(session, log.employee_id)
                        ),
                        d=log.day.strftime("%d-%m-%Y"),
                    ),
                    hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya."),
                )
            try:
                log.status = log_transition(log.status, action).value
            except ValueError as exc:
                raise ValidationError(
                    str(exc), hint=_("Muat ulang antrean; entri mungkin sudah ditinjau.")
                ) from exc
            log.reviewer_id = me
            log.reviewed_at = now
            log.review_note = note
        audit_log(
            ws,
            session,
            actor,
            f"daily_log.{action.value}",
            ids[0] if len(ids) == 1 else "",
            ids=ids,
            note=note,
        )
        return len(logs)


def approve(ws: Workspace, actor: Actor, entry_ids: Sequence[str]) -> int:
    """Approve (and thereby lock) submitted entries; one call approves a whole selection."""
    return _review(ws, actor, entry_ids, LogAction.APPROVE, "")


def return_entries(ws: Workspace, actor: Actor, entry_ids: Sequence[str], note: str) -> int:
    """Return submitted entries to the employee (Revisi) with a note saying what to fix."""
    note = " ".join((note or "").split())
    if not note:
        raise ValidationError(
            _("Tulis catatan yang menjelaskan apa yang perlu diperbaiki."),
            problems=[("note", _("Catatan wajib diisi."))],
        )
    return _review(ws, actor, entry_ids, LogAction.RETURN, note[:2000])
