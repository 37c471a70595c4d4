"""The audit trail as a test reads it: the actions recorded, in order."""

from __future__ import annotations

from sqlalchemy import select

from ekinerja_desktop.store.models import AuditEvent


def audit_actions(ws, entity_id: str | None = None) -> list[str]:
    """The actions of the workspace's audit events in chain order (only those about
    ``entity_id`` when given)."""
    query = select(AuditEvent.action).order_by(AuditEvent.seq)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == entity_id)
    with ws.read() as session:
        return list(session.execute(query).scalars())
