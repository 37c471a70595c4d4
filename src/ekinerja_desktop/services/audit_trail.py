"""Recording the audit trail: append-only events, each carrying the hash of the
previous one, and checking that chain.

Every service records through ``record`` (also reachable as ``audit.record``); reading
and searching the trail, which needs the actor's admin scope, lives in ``audit``.
Nothing here imports another service, so any service may record."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import AuditEvent

GENESIS_HASH = "0" * 64


def _event_hash(
    prev_hash: str,
    *,
    event_id: str,
    at: datetime,
    node_id: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
) -> str:
    body = json.dumps(
        [
            event_id,
            at.isoformat(timespec="microseconds"),
            node_id,
            actor,
            action,
            entity,
            entity_id,
            detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


class _Node(Protocol):
    @property
    def id(self) -> str: ...


class _Workspace(Protocol):  # services.workspace.Workspace (not imported: no circle)
    @property
    def node(self) -> _Node: ...


class _Actor(Protocol):  # services.auth.Actor
    @property
    def username(self) -> str: ...


def record(
    session: Session,
    *,
    node_id: str,
    actor: str,
    action: str,
    entity: str = "",
    entity_id: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction (it commits or rolls back with it)."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise chain appends across concurrent transactions.
        session.execute(text("SELECT pg_advisory_xact_lock(770077)"))
    session.flush()
    prev = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = prev or GENESIS_HASH
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    event_id = new_uuid()
    at = now_utc()
    event = AuditEvent(
        id=event_id,
        at=at,
        node_id=node_id,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail_json,
        prev_hash=prev_hash,
        hash=_event_hash(
            prev_hash,
            event_id=event_id,
            at=at,
            node_id=node_id,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail_json,
        ),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None  # seq of the first event whose link or content is wrong
    reason: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainReport:
    """Walk the whole chain in order and report the first broken link, if any."""
    prev_hash = GENESIS_HASH
    checked = 0
    last_seq = 0
    while True:
        events = (
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.seq > last_seq)
                .order_by(AuditEvent.seq)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not events:
            return ChainReport(checked, None, "")
        for ev in events:
            if ev.prev_hash != prev_hash:
                return ChainReport(checked, ev.seq, "prev_hash")
            expected = _event_hash(
                prev_hash,
                event_id=ev.id,
                at=ev.at,
                node_id=ev.node_id,
                actor=ev.actor,
                action=ev.action,
                entity=ev.entity,
                entity_id=ev.entity_id,
                detail=ev.detail,
            )
            if ev.hash != expected:
                return ChainReport(checked, ev.seq, "content")
            prev_hash = ev.hash
            checked += 1
            last_seq = ev.seq
        session.expunge_all()


def record_action(
    session: Session,
    ws: _Workspace,
    actor: _Actor,
    *,
    action: str,
    entity: str = "",
    entity_id: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """``record`` for the usual case: an action of a logged-in ``actor`` on this node."""
    return record(
        session,
        node_id=ws.node.id,
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
    )
