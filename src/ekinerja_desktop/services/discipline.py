"""Hukuman disiplin records (PP 94/2021): recorded by an administrator from the SK, read by
the employee, their supervisors and the administrators covering them.

Who may do what (docs/architecture.md, "Where each rule lives"):

* record or cancel - an administrator whose scope covers the employee's unit (Admin OPD
  of the unit, Admin Pusat at central); a supervisor's laptop never writes these rows,
  and the bundle importer refuses them from it (``sync.tables.SUPERVISOR_COLUMNS`` has no
  entry for the table);
* read - those administrators, the employee, and anyone mapped as the employee's
  supervisor in the year of a record, this year or last year (who decides the
  follow-up of last year's annual result).

A record is never deleted: an SK annulled on appeal keeps its row as "Dibatalkan" with the
reason, and every change is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import discipline as rules
from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import access, audit, organisation
from ekinerja_desktop.services.errors import (
    PermissionDeniedError,
    ValidationError,
    check_problems,
    live_row,
    required_text,
)
from ekinerja_desktop.store.models import DisciplineRecord

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

ACTIVE = "Berlaku"
CANCELLED = "Dibatalkan"
MAX_TEXT = 2000


@dataclass(frozen=True)
class DisciplineRow:
    id: str
    employee_id: str
    level: str
    level_label: str
    kind: str
    kind_label: str
    sk_number: str
    sk_date: date
    tmt: date
    end_date: date | None
    violation: str
    decided_by: str
    status: str
    cancel_reason: str

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    def running_on(self, day: date) -> bool:
        """In force on ``day``: not cancelled, started, and not past its end (a kind
        without a duration counts on its TMT day only)."""
        if self.cancelled or self.tmt > day:
            return False
        return (self.end_date or self.tmt) >= day


def kind_choices() -> list[tuple[str, str, str]]:
    """(key, level label, kind label) of every kind, ringan first (for forms)."""
    return [(k.key, _(rules.LEVELS[k.level]), _(k.label)) for k in rules.KINDS.values()]


# --- reading ---------------------------------------------------------------------------
def records_of(ws: Workspace, actor: Actor, employee_id: str) -> list[DisciplineRow]:
    """Every record of the employee, newest TMT first (read rules above)."""
    with ws.read() as session:
        emp = organisation.require_employee(session, employee_id)
        rows = _records(session, [employee_id]).get(employee_id, [])
        # last year's supervisor still decides the follow-up of last year's result
        this_year = today_wita().year
        years = {this_year, this_year - 1, *(r.tmt.year for r in rows)}
        if not _can_read(session, ws, actor, emp.id, unit_id=emp.unit_id, years=years):
            raise PermissionDeniedError(
                _("Anda tidak berwenang melihat catatan hukuman disiplin pegawai ini."),
                hint=_(
                    "Catatan ini hanya terlihat oleh pegawai yang bersangkutan, atasannya "
                    "dan admin unitnya."
                ),
            )
        return rows


def blocking_promotion(session: Session, employee_ids: Iterable[str], on: date) -> dict[str, str]:
    """Employee id -> the kind label of a sedang/berat hukuman that counts against
    promotion on ``on`` (domain.discipline.counts_against_promotion); cancelled records
    never count. For lists the caller has already filtered by its own read rule."""
    out: dict[str, str] = {}
    for employee_id, rows in _records(session, employee_ids).items():
        for r in rows:
            if not r.cancelled and rules.counts_against_promotion(r.kind, r.tmt, r.end_date, on):
                out[employee_id] = r.kind_label
                break
    return out


# --- writing ---------------------------------------------------------------------------
def record(
    ws: Workspace,
    actor: Actor,
    employee_id: str,
    *,
    kind: str,
    sk_number: str,
    sk_date: date,
    tmt: date,
    violation: str,
    decided_by: str = "",
) -> DisciplineRow:
    """Record a hukuman disiplin from its SK; the end date follows from the kind."""
    spec = rules.KINDS.get(kind)
    problems: list[tuple[str, str]] = []
    if spec is None:
        problems.append(("kind", _("Pilih jenis hukuman dari daftar.")))
    number = " ".join((sk_number or "").split())
    if not number:
        problems.append(("sk_number", _("Nomor SK wajib diisi.")))
    elif len(number) > 100:
        problems.append(("sk_number", _("Nomor SK paling banyak 100 karakter.")))
    text = (violation or "").strip()
    if not text:
        problems.append(("violation", _("Uraikan pelanggarannya.")))
    elif len(text) > MAX_TEXT:
        problems.append(("violation", _("Paling banyak {n} karakter.").format(n=MAX_TEXT)))
    official = " ".join((decided_by or "").split())
    if len(official) > 200:
        problems.append(("decided_by", _("Paling banyak 200 karakter.")))
    if sk_date > today_wita():
        problems.append(("sk_date", _("Tanggal SK tidak boleh di masa depan.")))
    if tmt < sk_date:
        problems.append(("tmt", _("TMT tidak boleh sebelum tanggal SK.")))
    check_problems(problems, _("Catatan hukuman disiplin belum dapat disimpan: {m}"))
    assert spec is not None
    with ws.write(actor=actor.username) as session:
        emp = organisation.require_employee(session, employee_id)
        _require_admin(session, ws, actor, emp.unit_id)
        row = DisciplineRecord(
            employee_id=emp.id,
            level=spec.level,
            kind=spec.key,
            sk_number=number,
            sk_date=sk_date,
            tmt=tmt,
            end_date=rules.end_date(spec.key, tmt),
            violation=text,
            decided_by=official,
            status=ACTIVE,
            cancel_reason="",
        )
        session.add(row)
        session.flush()
        detail = {"employee": emp.nip, "kind": spec.key, "sk": number, "tmt": tmt.isoformat()}
        audit.record_row(session, ws, actor, "discipline.record", row, detail)
        return _row(row)


def cancel(ws: Workspace, actor: Actor, record_id: str, reason: str) -> DisciplineRow:
    """Mark a record "Dibatalkan" (the SK was annulled on appeal); the row stays."""
    text = required_text(
        reason,
        "reason",
        _("Alasan pembatalan wajib diisi."),
        _("Wajib diisi, mis. nomor keputusan banding."),
    )
    if len(text) > MAX_TEXT:
        raise ValidationError(_("Alasan paling banyak {n} karakter.").format(n=MAX_TEXT))
    with ws.write(actor=actor.username) as session:
        missing = _("Catatan hukuman disiplin tidak ditemukan.")
        row = live_row(session, DisciplineRecord, record_id, missing)
        emp = organisation.require_employee(session, row.employee_id)
        _require_admin(session, ws, actor, emp.unit_id)
        if row.status == CANCELLED:
            raise ValidationError(_("Catatan ini sudah dibatalkan."))
        row.status = CANCELLED
        row.cancel_reason = text
        session.flush()
        detail = {"employee": emp.nip, "kind": row.kind, "sk": row.sk_number}
        audit.record_row(session, ws, actor, "discipline.cancel", row, detail)
        return _row(row)


# --- helpers ---------------------------------------------------------------------------
def _records(session: Session, employee_ids: Iterable[str]) -> dict[str, list[DisciplineRow]]:
    ids = sorted(set(employee_ids))
    out: dict[str, list[DisciplineRow]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = (
            select(DisciplineRecord)
            .where(DisciplineRecord.employee_id.in_(chunk), DisciplineRecord.deleted.is_(False))
            .order_by(DisciplineRecord.tmt.desc(), DisciplineRecord.sk_date.desc())
        )
        for rec in session.execute(stmt).scalars():
            out.setdefault(rec.employee_id, []).append(_row(rec))
    return out


def _row(rec: DisciplineRecord) -> DisciplineRow:
    spec = rules.KINDS.get(rec.kind)
    return record_from(
        DisciplineRow,
        rec,
        level_label=_(rules.LEVELS[rec.level]) if rec.level in rules.LEVELS else rec.level,
        kind_label=_(spec.label) if spec is not None else rec.kind,
    )


def _can_read(
    session: Session,
    ws: Workspace,
    actor: Actor,
    employee_id: str,
    *,
    unit_id: str | None,
    years: set[int],
) -> bool:
    if access.is_owner(actor, employee_id):
        return True
    if access.admin_covers(ws, actor, unit_id, session):
        return True
    return any(access.mapped_supervisor_in(session, actor, employee_id, y) for y in years)


def _require_admin(session: Session, ws: Workspace, actor: Actor, unit_id: str | None) -> None:
    if not access.admin_covers(ws, actor, unit_id, session):
        raise PermissionDeniedError(
            _("Hanya admin unit pegawai ini yang dapat mencatat hukuman disiplin."),
            hint=_("Minta Admin OPD unit pegawai atau Admin Pusat mencatatnya dari SK."),
        )
