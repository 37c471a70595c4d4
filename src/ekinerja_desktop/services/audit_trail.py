"""Recording the audit trail: append-only events, each carrying the hash of the
previous one, and checking that chain.

The chain is keyed: an event's ``hash`` is ``HMAC-SHA256(audit key, previous hash +
event)`` with the key from ``audit_key`` (outside the database), which the workspace
puts into every session's ``info["audit_key"]``. Events written before the chain was
keyed keep their plain SHA-256 and are pinned by the key file's start point.

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
from ekinerja_desktop.services.audit_key import GENESIS_HASH, AuditKey
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import AuditEvent

__all__ = [
    "GENESIS_HASH",
    "ChainReport",
    "record",
    "record_action",
    "record_node",
    "record_row",
    "verify_chain",
]


def session_key(session: Session) -> AuditKey | None:
    """The audit key the workspace gave this session (None: an unkeyed chain)."""
    value = session.info.get("audit_key")
    return value if isinstance(value, AuditKey) else None


def _event_hash(
    prev_hash: str,
    *,
    key: AuditKey | None,
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
    message = f"{prev_hash}\n{body}".encode()
    if key is None:
        return hashlib.sha256(message).hexdigest()
    return key.mac(message)


class Node(Protocol):
    @property
    def id(self) -> str: ...


class HasNode(Protocol):  # services.workspace.Workspace (not imported: no circle)
    @property
    def node(self) -> Node: ...


class _Actor(Protocol):  # services.auth.Actor
    @property
    def username(self) -> str: ...


class _Row(Protocol):  # a store model row: its table names the entity of the event
    __tablename__: str

    @property
    def id(self) -> str: ...


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
            key=session_key(session),
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
    reason: str  # prev_hash | content | pin_missing | pin_mismatch | head_missing | head_mismatch
    head_seq: int = 0  # the last event seen (0: empty trail)
    head_hash: str = ""
    opaque: int = 0  # events checked by their links only (keyed with a key not here)

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(
    session: Session, *, audit_key: AuditKey | None = None, batch: int = 5000
) -> ChainReport:
    """Walk the whole chain in order and report the first broken link, if any.

    With an audit key (``audit_key`` or the session's), events after its start point
    must carry the HMAC, the event at the start point must carry the pinned hash, and
    the head recorded in the key file must still be there with the same hash."""
    key = audit_key or session_key(session)
    prev_hash = GENESIS_HASH
    checked = 0
    opaque = 0
    last_seq = 0
    head_seen = ""
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
            break
        for ev in events:
            if ev.prev_hash != prev_hash:
                return ChainReport(checked, ev.seq, "prev_hash", last_seq, prev_hash)
            if key is not None and ev.seq > key.pin_seq and last_seq < key.pin_seq:
                # the pinned event was deleted (its successor still links to it)
                return ChainReport(checked, key.pin_seq, "pin_missing", last_seq, prev_hash)
            fields: dict[str, Any] = {
                "event_id": ev.id,
                "at": ev.at,
                "node_id": ev.node_id,
                "actor": ev.actor,
                "action": ev.action,
                "entity": ev.entity,
                "entity_id": ev.entity_id,
                "detail": ev.detail,
            }
            if key is not None and ev.seq <= key.opaque_until:
                opaque += 1
                intact = True
            elif key is not None and ev.seq <= key.pin_seq:
                intact = ev.hash in (
                    _event_hash(prev_hash, key=None, **fields),
                    _event_hash(prev_hash, key=key, **fields),
                )
            else:
                intact = ev.hash == _event_hash(prev_hash, key=key, **fields)
            if not intact:
                return ChainReport(checked, ev.seq, "content", last_seq, prev_hash)
            if key is not None and ev.seq == key.pin_seq and ev.hash != key.pin_hash:
                return ChainReport(checked, ev.seq, "pin_mismatch", last_seq, prev_hash)
            if key is not None and ev.seq == key.head_seq:
                head_seen = ev.hash
            prev_hash = ev.hash
            checked += 1
            last_seq = ev.seq
        session.expunge_all()
    if key is not None:
        if key.pin_seq > last_seq:
            return ChainReport(checked, key.pin_seq, "pin_missing", last_seq, prev_hash, opaque)
        if key.head_seq > last_seq:
            return ChainReport(checked, key.head_seq, "head_missing", last_seq, prev_hash, opaque)
        if key.head_seq and key.head_hash and head_seen != key.head_hash:
            return ChainReport(checked, key.head_seq, "head_mismatch", last_seq, prev_hash, opaque)
    return ChainReport(checked, None, "", last_seq, prev_hash, opaque)


def record_action(
    session: Session,
    ws: HasNode,
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


def record_row(  # noqa: PLR0917 - the usual call shape of an audited write
    session: Session,
    ws: HasNode,
    actor: _Actor,
    action: str,
    row: _Row,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """``record_action`` on one stored row: the entity is the row's table, the id its id."""
    return record_action(
        session, ws, actor, action=action, entity=row.__tablename__, entity_id=row.id, detail=detail
    )


def record_node(
    session: Session,
    ws: HasNode,
    actor: _Actor | str,
    action: str,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event on this node itself (entity ``local_node``), by a logged-in ``actor`` or a
    named one (``"system"``)."""
    name = actor if isinstance(actor, str) else actor.username
    node_id = ws.node.id
    return record(
        session,
        node_id=node_id,
        actor=name,
        action=action,
        entity="local_node",
        entity_id=node_id,
        detail=detail,
    )
