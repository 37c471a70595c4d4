"""The audit trail for people: recent events, search within an admin's scope, export.

Recording and checking the hash chain live in ``audit_trail``; ``record``, ``verify``
and the chain types are re-exported here so ``audit.record(...)`` keeps working.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import WITA, to_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.audit_trail import (
    GENESIS_HASH,
    ChainReport,
    record,
    record_action,
    record_node,
    record_row,
    verify_chain,
)
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.base import Base
from ekinerja_desktop.store.models import AuditEvent, Employee, Skp, User

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

__all__ = [
    "GENESIS_HASH",
    "AuditFilter",
    "AuditRow",
    "ChainReport",
    "export",
    "recent",
    "record",
    "record_action",
    "record_node",
    "record_row",
    "search",
    "verify",
    "verify_chain",
]


def verify(ws: Workspace) -> ChainReport:
    """The keyed chain with the workspace's audit key (its start point and the head in
    the key file included). The anchors in backups: ``integrity.verify_audit``."""
    with ws.read() as session:
        return verify_chain(session, audit_key=ws.audit_key)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str


def recent(ws: Workspace, actor: Actor, limit: int = 200) -> list[AuditRow]:
    """The newest events (admins only, within their scope - the same rules as search)."""
    return search(ws, actor, limit=limit)


# --- audit viewer (admins) -------------------------------------------------------------
MAX_SEARCH_ROWS = 100_000  # export ceiling; the viewer asks for far fewer


@dataclass(frozen=True)
class AuditFilter:
    """What the audit viewer asks for; empty fields do not filter."""

    person: str = ""  # username, display name, employee name or NIP (who acted or whom)
    entity: str = ""  # table name, e.g. "employee", "skp"
    entity_id: str = ""  # the record's id (exact)
    action: str = ""  # exact ("skp.approve") or a prefix ending in "." ("skp.")
    date_from: date | None = None  # WITA calendar days, inclusive
    date_to: date | None = None


def _wita_day_start_utc(day: date) -> datetime:

    return datetime.combine(day, time.min, WITA).astimezone(UTC).replace(tzinfo=None)


def _person_terms(session: Session, text: str) -> tuple[set[str], set[str]]:
    """Usernames and record ids (employee, account, SKP) belonging to ``text``."""

    needle = " ".join(text.split())
    digits = "".join(ch for ch in needle if ch.isdigit())
    emp_clause = (
        Employee.nip.contains(digits, autoescape=True)
        if digits and digits == needle.replace(" ", "")
        else Employee.name.icontains(needle, autoescape=True)
    )
    employee_ids = set(session.execute(select(Employee.id).where(emp_clause)).scalars())
    users = session.execute(
        select(User.id, User.username).where(
            or_(
                User.username.icontains(needle, autoescape=True),
                User.display_name.icontains(needle, autoescape=True),
                User.employee_id.in_(sorted(employee_ids)) if employee_ids else false(),
            )
        )
    ).all()
    usernames = {u[1] for u in users}
    ids = employee_ids | {u[0] for u in users}
    if employee_ids:
        ids |= set(
            session.execute(select(Skp.id).where(Skp.employee_id.in_(sorted(employee_ids))))
            .scalars()
            .all()
        )
    return usernames, ids


def _unit_resolver(session: Session) -> Any:
    """entity, entity_id -> unit id ("" when the event cannot be tied to a unit)."""

    cache: dict[tuple[str, str], str] = {}

    def employee_unit(employee_id: str | None) -> str:
        if not employee_id:
            return ""
        unit = session.execute(
            select(Employee.unit_id).where(Employee.id == employee_id)
        ).scalar_one_or_none()
        return unit or ""

    def resolve(entity: str, entity_id: str) -> str:
        key = (entity, entity_id)
        if key in cache:
            return cache[key]
        unit = ""
        table = Base.metadata.tables.get(entity) if entity and entity_id else None
        if table is not None and "id" in table.c:
            if entity == "org_unit":
                unit = entity_id
            elif entity == "employee":
                unit = employee_unit(entity_id)
            elif entity == User.__tablename__:
                unit = employee_unit(
                    session.execute(
                        select(User.employee_id).where(User.id == entity_id)
                    ).scalar_one_or_none()
                )
            else:
                for column in ("employee_id", "owner_employee_id", "unit_id"):
                    if column in table.c:
                        value = session.execute(
                            select(table.c[column]).where(table.c.id == entity_id)
                        ).scalar_one_or_none()
                        unit = str(value or "") if column == "unit_id" else employee_unit(value)
                        break
        cache[key] = unit
        return unit

    return resolve


def _actor_units(session: Session) -> dict[str, str]:

    rows = session.execute(
        select(User.username, Employee.unit_id).join(Employee, Employee.id == User.employee_id)
    ).all()
    return {r[0]: r[1] or "" for r in rows}


def search(
    ws: Workspace,
    actor: Actor,
    flt: AuditFilter | None = None,
    *,
    limit: int = 1000,
    **fields: Any,
) -> list[AuditRow]:
    """Audit events matching the filter, newest first (admins only).

    Scope: admin pusat and an admin OPD managing every unit of its node see every event.
    An admin OPD limited to one OPD sees the events that can be tied to a unit inside its
    OPD (through the record: employee, unit, account, SKP, log, ... or through the
    acting user's employee record) plus every node-level event that cannot be tied to any
    unit (settings, backups, workspace set-up, unknown logins)."""

    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    flt = dataclasses.replace(flt or AuditFilter(), **fields)
    limit = max(1, min(limit, MAX_SEARCH_ROWS))
    scope = organisation.admin_scope(ws, actor)
    with ws.read() as session:
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc())
        if flt.person.strip():
            usernames, ids = _person_terms(session, flt.person)
            stmt = stmt.where(
                or_(
                    AuditEvent.actor.in_(sorted(usernames)) if usernames else false(),
                    AuditEvent.entity_id.in_(sorted(ids)) if ids else false(),
                )
            )
        if flt.entity.strip():
            stmt = stmt.where(AuditEvent.entity == flt.entity.strip())
        if flt.entity_id.strip():
            stmt = stmt.where(AuditEvent.entity_id == flt.entity_id.strip())
        action = flt.action.strip()
        if action.endswith("."):
            stmt = stmt.where(AuditEvent.action.startswith(action, autoescape=True))
        elif action:
            stmt = stmt.where(AuditEvent.action == action)
        if flt.date_from is not None:
            stmt = stmt.where(AuditEvent.at >= _wita_day_start_utc(flt.date_from))
        if flt.date_to is not None:
            stmt = stmt.where(AuditEvent.at < _wita_day_start_utc(flt.date_to + timedelta(days=1)))
        if scope.all_units:
            events = session.execute(stmt.limit(limit)).scalars().all()
            return [_row(e) for e in events]
        resolve = _unit_resolver(session)
        actor_units = _actor_units(session)
        out: list[AuditRow] = []
        offset = 0
        batch = max(limit, 500)
        while len(out) < limit:
            events = session.execute(stmt.offset(offset).limit(batch)).scalars().all()
            if not events:
                break
            offset += len(events)
            for ev in events:
                unit = resolve(ev.entity, ev.entity_id) or actor_units.get(ev.actor, "")
                if not unit or unit in scope.unit_ids:
                    out.append(_row(ev))
                    if len(out) >= limit:
                        break
        return out


def _row(r: AuditEvent) -> AuditRow:
    return AuditRow(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.detail)


AUDIT_COLUMNS = ("No.", "Waktu (WITA)", "Pengguna", "Aksi", "Data", "ID", "Rincian")


def export(
    ws: Workspace, actor: Actor, out: Path, flt: AuditFilter | None = None, **fields: Any
) -> int:
    """Write the matching events to ``out`` (.xlsx or .csv); returns the row count.
    The export itself is audited."""

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            _("Format ekspor tidak dikenal: {s}.").format(s=out.suffix or "-"),
            hint=_("Simpan sebagai .xlsx (Excel) atau .csv."),
        )
    rows = search(ws, actor, flt, limit=MAX_SEARCH_ROWS, **fields)
    table = [
        (
            r.seq,
            to_wita(r.at).strftime("%Y-%m-%d %H:%M:%S"),
            r.actor,
            r.action,
            r.entity,
            r.entity_id,
            r.detail,
        )
        for r in rows
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        from ekinerja_desktop.reports.xlsx import Sheet, write_table_xlsx

        write_table_xlsx(
            out,
            [Sheet("Jejak Audit", AUDIT_COLUMNS, table, column_formats={"ID": "text"})],
        )
    else:
        import csv

        from ekinerja_desktop.reports.cells import SafeCsvWriter

        with out.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = SafeCsvWriter(csv.writer(handle))
            writer.writerow(AUDIT_COLUMNS)
            writer.writerows(table)
    with ws.write(actor=actor.username) as session:
        record(
            session,
            node_id=ws.node.id,
            actor=actor.username,
            action="audit.export",
            entity="audit_event",
            detail={
                "rows": len(rows),
                "file": out.name,
                "filter": dataclasses.asdict(dataclasses.replace(flt or AuditFilter(), **fields)),
            },
        )
    return len(rows)
