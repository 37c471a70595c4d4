"""Export unacknowledged changes for one recipient into a signed, encrypted bundle."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ekinerja_desktop.store.migrate import head_revision
from ekinerja_desktop.store.models import KnownNode, LocalNode, Setting, SyncAck
from ekinerja_desktop.sync.container import BundleWriter
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical
from ekinerja_desktop.sync.sync_errors import SyncError
from ekinerja_desktop.sync.tables import (
    SUPERVISOR_COLUMNS,
    SyncTable,
    employees_in_units,
    encode_row,
    sync_tables,
    unit_subtrees,
)

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "ekinerja-sync-manifest"
BUNDLE_SEQ_SETTING = "sync.bundle_seq"
BATCH = 1000

RowFilter = Callable[[Any], bool]


@dataclass(frozen=True)
class OriginRange:
    """All rows saved at ``origin`` with ``start < origin_seq <= end`` (in scope)."""

    origin: str
    epoch: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "epoch": self.epoch, "from": self.start, "to": self.end}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    recipient: str
    kind: str
    rows: dict[str, int]
    ranges: tuple[OriginRange, ...]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def public_of(node: KnownNode) -> PublicNodeKeys:
    import base64

    return PublicNodeKeys(node.id, base64.b64decode(node.sign_pub), base64.b64decode(node.enc_pub))


def _local(session: Session) -> LocalNode:
    return session.execute(select(LocalNode)).scalar_one()


def next_bundle_sequence(session: Session) -> int:
    """Allocate this node's next bundle sequence (one counter for all recipients)."""
    setting = session.get(Setting, BUNDLE_SEQ_SETTING)
    if setting is None:
        setting = Setting(key=BUNDLE_SEQ_SETTING, value="0")
        session.add(setting)
    value = int(setting.value) + 1
    setting.value = str(value)
    session.flush()
    return value


def _ack(session: Session, holder: str, origin: str, epoch: str) -> int:
    row = session.get(SyncAck, (holder, origin, epoch))
    return row.seq if row is not None else 0


def plan_ranges(
    session: Session, local: LocalNode, recipient: str, *, relay: bool, full: bool
) -> list[OriginRange]:
    """Own changes after the recipient's acknowledgement; on central also relayed ones."""
    own_end = local.next_seq - 1
    start = 0 if full else _ack(session, recipient, local.id, local.epoch)
    ranges = [OriginRange(local.id, local.epoch, min(start, own_end), own_end)]
    if relay:
        held = session.execute(select(SyncAck).where(SyncAck.holder == local.id)).scalars()
        for ack in sorted(held, key=lambda a: (a.origin, a.origin_epoch)):
            if ack.origin in (recipient, local.id) or ack.seq <= 0:
                continue
            begin = 0 if full else _ack(session, recipient, ack.origin, ack.origin_epoch)
            if ack.seq > begin:
                ranges.append(OriginRange(ack.origin, ack.origin_epoch, begin, ack.seq))
    return ranges


def _scope_filters(session: Session, scope_units: list[str] | None) -> dict[str, RowFilter] | None:
    """Per-table row predicates for a recipient limited to ``scope_units`` (None: all)."""
    if scope_units is None:
        return None
    specs = sync_tables()
    employees = employees_in_units(session, unit_subtrees(session, scope_units))
    needed = set(employees)
    allowed: dict[str, set[str]] = {}
    parents = {spec.parent[1] for spec in specs.values() if spec.parent}

    def owned(spec: SyncTable, row: Any) -> bool:
        if spec.owner_column is not None:
            if row[spec.owner_column] in employees:
                return True
            return any(row.get(c) in employees for c in SUPERVISOR_COLUMNS.get(spec.name, ()))
        assert spec.parent is not None
        return row[spec.parent[0]] in allowed.get(spec.parent[1], set())

    for spec in specs.values():
        if spec.master:
            continue
        extra = SUPERVISOR_COLUMNS.get(spec.name, ())
        cols = ["id", *([spec.owner_column] if spec.owner_column else [spec.parent[0]])]  # type: ignore[index]
        cols += list(extra)
        if spec.name not in parents and not extra:
            continue
        ids: set[str] = set()
        stmt = select(*(spec.table.c[c] for c in cols)).execution_options(yield_per=BATCH)
        for row in session.execute(stmt).mappings():
            if owned(spec, row):
                ids.add(row["id"])
                needed.update(row[c] for c in extra if row[c])
        allowed[spec.name] = ids
    if "supervisor_assignment" in specs:
        sa = specs["supervisor_assignment"].table
        for emp, sup in session.execute(select(sa.c.employee_id, sa.c.supervisor_id)):
            if emp in employees or sup in employees:
                needed.update((emp, sup))

    filters: dict[str, RowFilter] = {}
    for spec in specs.values():
        if spec.name == "employee":
            filters[spec.name] = lambda row: row["id"] in needed
        elif spec.name == "supervisor_assignment":
            filters[spec.name] = lambda row: (
                row["employee_id"] in employees or row["supervisor_id"] in employees
            )
        elif spec.master:
            continue
        else:
            filters[spec.name] = lambda row, spec=spec: owned(spec, row)  # type: ignore[misc]
    return filters


def _range_clause(spec: SyncTable, ranges: list[OriginRange]) -> Any:
    c = spec.table.c
    return or_(
        *(
            and_(c.origin_node == r.origin, c.origin_seq > r.start, c.origin_seq <= r.end)
            for r in ranges
            if r.end > r.start
        )
    )


def export_bundle(
    session: Session,
    *,
    keys: NodeKeys,
    recipient_id: str,
    target: Path,
    full: bool = False,
    kind: str = "data",
    meta: Mapping[str, Any] | None = None,
    extra_members: Mapping[str, bytes] | None = None,
    recipient_keys: PublicNodeKeys | None = None,
) -> ExportResult:
    """Write every change the recipient has not acknowledged into ``target`` (a folder:
    ``<sender>-<sequence>.ekb``, or a file path). Call inside a write transaction: the
    bundle sequence and the "last sent" pointer are stored with it."""
    local = _local(session)
    peer = session.get(KnownNode, recipient_id)
    if peer is None or peer.status == "self":
        raise SyncError("node_not_enrolled", f"recipient {recipient_id!r}")
    public = recipient_keys or public_of(peer)
    is_central = local.role == "central"
    ranges = plan_ranges(session, local, peer.id, relay=is_central, full=full)
    scope = None if peer.role == "central" else list(json.loads(peer.unit_scope))
    filters = _scope_filters(session, scope)
    sequence = next_bundle_sequence(session)
    previous = peer.last_out_seq
    if target.is_dir():
        target = target / f"{local.id}-{sequence}.ekb"
    counts: dict[str, int] = {}
    members: list[dict[str, Any]] = []
    with BundleWriter(
        target,
        sender=keys,
        sender_epoch=local.epoch,
        sequence=sequence,
        recipients=[public],
        kind=kind,
        meta=meta,
    ) as writer:
        live = [r for r in ranges if r.end > r.start]
        for spec in sync_tables().values() if live else ():
            keep = filters.get(spec.name) if filters is not None else None
            stmt = (
                select(spec.table)
                .where(_range_clause(spec, live))
                .order_by(spec.table.c.origin_node, spec.table.c.origin_seq)
                .execution_options(yield_per=BATCH)
            )
            result = session.execute(stmt).mappings()
            count = 0
            sink = None
            for row in result:
                if keep is not None and not keep(row):
                    continue
                if sink is None:
                    sink = writer.open_member(spec.member)
                sink.write(dumps_canonical(encode_row(row)) + b"\n")
                count += 1
            if sink is not None:
                info = sink.close()
                counts[spec.name] = count
                members.append(
                    {
                        "table": spec.name,
                        "member": spec.member,
                        "rows": count,
                        "sha256": info.sha256,
                        "bytes": info.size,
                    }
                )
        for name, data in (extra_members or {}).items():
            writer.add_member(name, data)
        acks = session.execute(select(SyncAck).where(SyncAck.holder == local.id)).scalars()
        revoked: list[str] = []
        if is_central:
            revoked = sorted(
                session.execute(select(KnownNode.id).where(KnownNode.status == "revoked")).scalars()
            )
        manifest = {
            "format": MANIFEST_FORMAT,
            "version": 1,
            "schema": head_revision(),
            "sender": local.id,
            "sender_role": local.role,
            "sender_epoch": local.epoch,
            "recipient": peer.id,
            "previous": previous,
            "tables": members,
            "ranges": [r.to_dict() for r in ranges],
            "acks": [
                {"origin": a.origin, "epoch": a.origin_epoch, "seq": a.seq}
                for a in sorted(acks, key=lambda a: (a.origin, a.origin_epoch))
                if a.seq > 0
            ],
            "revoked": revoked,
        }
        writer.add_member(MANIFEST, dumps_canonical(manifest))
    peer.last_out_seq = sequence
    session.flush()
    return ExportResult(
        path=writer.path,
        bundle_id=writer.bundle_id,
        sequence=sequence,
        recipient=peer.id,
        kind=kind,
        rows=counts,
        ranges=tuple(ranges),
    )
