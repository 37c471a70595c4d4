"""Export unacknowledged changes for one recipient into a signed, encrypted bundle."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ekinerja_desktop.store import batch
from ekinerja_desktop.store.migrate import head_revision
from ekinerja_desktop.store.models import ImportedBundle, KnownNode, LocalNode, Setting, SyncAck
from ekinerja_desktop.sync.container import BundleWriter
from ekinerja_desktop.sync.errors import BundleWriteError
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical
from ekinerja_desktop.sync.sync_errors import SyncError
from ekinerja_desktop.sync.tables import (
    SPAN_COLUMNS,
    SupervisorMap,
    SyncTable,
    employees_in_units,
    encode_row,
    row_span,
    sync_tables,
    unit_subtrees,
)

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "ekinerja-sync-manifest"
# Manifest version 1: tables only. Version 2 adds ``blobs`` (evidence files); a bundle
# without blobs is still written as version 1 so that older readers keep importing it.
MANIFEST_VERSION = 1
MANIFEST_VERSION_BLOBS = 2
# Evidence rows name a content-addressed file; its bytes travel as ``blobs/<sha256>``.
BLOB_TABLE = "evidence"
BLOB_PREFIX = "blobs/"
SHA256_RE = re.compile(r"[0-9a-f]{64}")
BLOB_OVERHEAD = 200  # zip headers (ZIP64 extras) and directory entry per blob
BUNDLE_SEQ_SETTING = "sync.bundle_seq"
BATCH = 1000
# Splitting: a default that fits e-mail attachments, planning granularity (sequence
# numbers per bucket), the first guess of compressed bytes per row before a part has
# been measured, room for header/keys/manifest, and how often a part checks its size.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
BUCKET = 64  # at most; smaller for small limits (about 16 buckets per part)
FIRST_GUESS_BYTES_PER_ROW = 160.0
PART_MARGIN = 64 * 1024
CHECK_EVERY = 256
BLOB_CHUNK = 1024 * 1024

RowFilter = Callable[[Any], bool]
Progress = Callable[[int, int, str], None]
# Opens the plaintext of a stored evidence file by its sha256 (None: missing or damaged
# here). Supplied by the services layer, which knows where and how files are stored.
BlobReader = Callable[[str], IO[bytes] | None]


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
    blobs: int = 0  # evidence files carried
    blob_bytes: int = 0
    missing_blobs: tuple[str, ...] = ()  # sha256 of evidence rows sent without their file

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


def current_epoch_of(session: Session, node_id: str) -> str | None:
    """The epoch of ``node_id``'s most recent bundle imported here (None: none yet)."""
    return session.execute(
        select(ImportedBundle.sender_epoch)
        .where(ImportedBundle.sender == node_id)
        .order_by(ImportedBundle.imported_at.desc(), ImportedBundle.sequence.desc())
        .limit(1)
    ).scalar_one_or_none()


def plan_ranges(
    session: Session, local: LocalNode, recipient: str, *, relay: bool, full: bool
) -> list[OriginRange]:
    """Own changes after the recipient's acknowledgement; on central also relayed ones.

    Every range names the origin's epoch, so a node restored from a backup (new epoch,
    sequence numbers counted again from the backup's) is tracked apart from its earlier
    life. Central also returns to a restored node the changes of its earlier epochs
    that the backup did not contain."""
    own_end = local.next_seq - 1
    start = 0 if full else _ack(session, recipient, local.id, local.epoch)
    ranges = [OriginRange(local.id, local.epoch, min(start, own_end), own_end)]
    if relay:
        recipient_epoch = current_epoch_of(session, recipient)
        held = session.execute(select(SyncAck).where(SyncAck.holder == local.id)).scalars()
        for ack in sorted(held, key=lambda a: (a.origin, a.origin_epoch)):
            if ack.origin == local.id or ack.seq <= 0:
                continue
            if ack.origin == recipient and ack.origin_epoch == (
                recipient_epoch or ack.origin_epoch
            ):
                continue  # the recipient's own changes of its current life (or unknown)
            begin = 0 if full else _ack(session, recipient, ack.origin, ack.origin_epoch)
            if ack.seq > begin:
                ranges.append(OriginRange(ack.origin, ack.origin_epoch, begin, ack.seq))
    return ranges


def _references(spec: SyncTable) -> list[tuple[str, str]]:
    """(column, table) of every foreign key of ``spec`` to another synchronised row."""
    names = sync_tables()
    return sorted(
        (fk.parent.name, fk.column.table.name)
        for fk in spec.table.foreign_keys
        if fk.column.table.name in names
    )


def _scope_changes(session: Session, ranges: list[OriginRange]) -> set[str]:
    """Employees whose scope membership this export may change: both sides of every
    supervisor mapping and every employee row (a move to another unit) it carries."""
    live = [r for r in ranges if r.end > r.start]
    specs = sync_tables()
    changed: set[str] = set()
    if not live:
        return changed
    if "supervisor_assignment" in specs:
        spec = specs["supervisor_assignment"]
        c = spec.table.c
        for emp, sup in session.execute(
            select(c.employee_id, c.supervisor_id).where(_range_clause(spec, live))
        ):
            changed.update(x for x in (emp, sup) if x)
    spec = specs["employee"]
    changed.update(
        session.execute(select(spec.table.c.id).where(_range_clause(spec, live))).scalars()
    )
    return changed


def _scope_filters(
    session: Session, scope_units: list[str] | None, changed: set[str] | None = None
) -> tuple[dict[str, RowFilter] | None, dict[str, set[str]]]:
    """Per-table row predicates for a recipient limited to ``scope_units`` (None: all).

    The recipient gets the rows of the employees in its units and of the employees they
    appraise under the supervisor mapping valid on the row's dates (a supervisor's
    laptop reviews its team; a former supervisor no longer gets new rows), plus every
    row those rows refer to, transitively (e.g. the OPD head's RHK a bidang's RHK
    cascades from, and its SKP) and the master rows of every person they name: a row
    is never held at the recipient for want of something it was not sent.

    Also returns the catch-up rows: when this export carries a change that may widen the
    recipient's scope (a new mapping, an employee moved - ``changed``), every in-scope row
    of those employees and everything the sent rows refer to, whatever their sequence
    numbers: rows the recipient acknowledged long ago as out of scope are due now."""
    catch: dict[str, set[str]] = {}
    if scope_units is None:
        return None, catch
    changed = changed or set()
    specs = sync_tables()
    employees = employees_in_units(session, unit_subtrees(session, scope_units))
    mapping = SupervisorMap.load(session)
    readers = employees | mapping.ever_appraised_by(employees)
    needed = set(readers)
    owned_ids: dict[str, set[str]] = {}  # rows sent because of their owner
    wanted: dict[str, set[str]] = {}  # rows some sent row refers to

    def reader(owner: Any, span: Any) -> bool:
        return owner in employees or (
            owner in readers and mapping.appraised_by(owner, employees, span)
        )

    def refer(spec: SyncTable, row: Any) -> None:
        for column, target in _references(spec):
            value = row[column]
            if value is None:
                continue
            if target == "employee":
                needed.add(value)
            elif not specs[target].master:
                wanted.setdefault(target, set()).add(value)

    for spec in specs.values():
        if spec.master:
            continue
        key = spec.owner_column or spec.parent[0]  # type: ignore[index]
        extra = [c for c in SPAN_COLUMNS if c in spec.table.c]
        cols = list(dict.fromkeys(["id", key, *extra, *(c for c, _t in _references(spec))]))
        ids: set[str] = set()
        stmt = select(*(spec.table.c[c] for c in cols)).execution_options(yield_per=BATCH)
        for row in session.execute(stmt).mappings():
            if spec.owner_column is not None:
                keep = reader(row[key], row_span(row))
            else:  # a child row goes with its parent
                keep = row[key] in owned_ids.get(spec.parent[1], ())  # type: ignore[index]
            if keep:
                ids.add(row["id"])
                refer(spec, row)
                if changed and (
                    row[key] in changed
                    if spec.owner_column is not None
                    else row[key] in catch.get(spec.parent[1], ())  # type: ignore[index]
                ):
                    catch.setdefault(spec.name, set()).add(row["id"])
        owned_ids[spec.name] = ids
    # what the sent rows refer to, transitively (rows of people outside the scope too)
    extra_ids: dict[str, set[str]] = {}
    pending = {t: v - owned_ids.get(t, set()) for t, v in wanted.items()}
    while any(pending.values()):
        wanted = {}
        for target, want in pending.items():
            spec = specs[target]
            got = extra_ids.setdefault(target, set())
            cols = list(dict.fromkeys(["id", *(c for c, _t in _references(spec))]))
            for chunk in batch.chunks(sorted(want - got)):
                stmt = select(*(spec.table.c[c] for c in cols)).where(spec.table.c.id.in_(chunk))
                for row in session.execute(stmt).mappings():
                    got.add(row["id"])
                    refer(spec, row)
        pending = {
            t: v - owned_ids.get(t, set()) - extra_ids.get(t, set()) for t, v in wanted.items()
        }
    if "supervisor_assignment" in specs:
        sa = specs["supervisor_assignment"].table
        for emp, sup in session.execute(select(sa.c.employee_id, sa.c.supervisor_id)):
            if emp in readers or sup in employees:
                needed.update((emp, sup))

    filters: dict[str, RowFilter] = {}
    for spec in specs.values():
        if spec.name == "employee":
            filters[spec.name] = lambda row: row["id"] in needed
        elif spec.name == "supervisor_assignment":
            filters[spec.name] = lambda row: (
                row["employee_id"] in readers or row["supervisor_id"] in employees
            )
        elif spec.master:
            continue
        else:
            keep_ids = owned_ids.get(spec.name, set()) | extra_ids.get(spec.name, set())
            filters[spec.name] = lambda row, ids=keep_ids: row["id"] in ids  # type: ignore[misc]
    if changed:
        for target, got in extra_ids.items():
            catch.setdefault(target, set()).update(got)
        catch["employee"] = set(needed)
        if "supervisor_assignment" in specs:
            sa = specs["supervisor_assignment"].table
            catch["supervisor_assignment"] = {
                row_id
                for row_id, emp, sup in session.execute(
                    select(sa.c.id, sa.c.employee_id, sa.c.supervisor_id)
                )
                if (emp in readers or sup in employees) and (emp in changed or sup in changed)
            }
    return filters, {t: v for t, v in catch.items() if v}


def _range_clause(spec: SyncTable, ranges: list[OriginRange]) -> Any:
    c = spec.table.c
    return or_(
        *(
            and_(c.origin_node == r.origin, c.origin_seq > r.start, c.origin_seq <= r.end)
            for r in ranges
            if r.end > r.start
        )
    )


@dataclass
class _Planner:
    """Cuts the export into parts along the origins' sequence numbers.

    Every part covers, per origin, a sequence window ``(lo, hi]`` across ALL tables, so
    its manifest ranges are exact and the part is a complete bundle on its own. Windows
    are sized from row counts per bucket of ``size`` sequence numbers (one grouped
    query per table) times the compressed bytes per row measured on earlier parts; a
    single bucket that still does not fit is counted again in smaller buckets."""

    ranges: list[OriginRange]
    counts: dict[str, dict[tuple[str, int], int]]
    per_row: dict[str, float]
    done: dict[str, int]
    end: dict[str, int]
    buckets: dict[str, list[int]]
    size: int
    blob_bytes: dict[tuple[str, int], int]  # declared evidence file sizes per bucket

    @classmethod
    def build(
        cls, session: Session, ranges: list[OriginRange], progress: Progress, size: int
    ) -> _Planner:
        live = [r for r in ranges if r.end > r.start]
        counts: dict[str, dict[tuple[str, int], int]] = {}
        blob_bytes: dict[tuple[str, int], int] = {}
        for spec in sync_tables().values() if live else ():
            progress(0, 0, spec.name)
            c = spec.table.c
            bucket = (c.origin_seq // size).label("bucket")
            stmt = (
                select(c.origin_node, bucket, func.count())
                .where(_range_clause(spec, live))
                .group_by(c.origin_node, bucket)
            )
            found = {(o, int(b)): int(n) for o, b, n in session.execute(stmt)}
            if found:
                counts[spec.name] = found
            if spec.name == BLOB_TABLE and found:
                stmt = (
                    select(c.origin_node, bucket, func.sum(c.size))
                    .where(_range_clause(spec, live), c.deleted.is_(False))
                    .group_by(c.origin_node, bucket)
                )
                blob_bytes = {
                    (o, int(b)): int(n or 0) + BLOB_OVERHEAD for o, b, n in session.execute(stmt)
                }
        done: dict[str, int] = {}
        end: dict[str, int] = {}
        for r in live:
            done[r.origin] = min(done.get(r.origin, r.start), r.start)
            end[r.origin] = max(end.get(r.origin, r.end), r.end)
        buckets: dict[str, set[int]] = {o: set() for o in end}
        for per in counts.values():
            for origin, b in per:
                buckets[origin].add(b)
        return cls(
            ranges,
            counts,
            {},
            done,
            end,
            {o: sorted(bs) for o, bs in buckets.items()},
            size,
            blob_bytes,
        )

    def refine(self, session: Session, progress: Progress) -> bool:
        """Count again in buckets a quarter the size (False: already one per row)."""
        if self.size <= 1:
            return False
        finer = _Planner.build(session, self.ranges, progress, max(1, self.size // 4))
        finer.per_row, finer.done = self.per_row, self.done
        self.counts, self.buckets, self.size = finer.counts, finer.buckets, finer.size
        self.blob_bytes = finer.blob_bytes
        return True

    @property
    def total_rows(self) -> int:
        return sum(sum(per.values()) for per in self.counts.values())

    @property
    def finished(self) -> bool:
        return all(self.done[o] >= self.end[o] for o in self.end)

    def _cost(self, origin: str, b: int) -> float:
        rows = sum(
            per.get((origin, b), 0) * self.per_row.get(table, FIRST_GUESS_BYTES_PER_ROW)
            for table, per in self.counts.items()
        )
        return rows + self.blob_bytes.get((origin, b), 0)

    def window(self, target: float) -> tuple[dict[str, tuple[int, int]], int]:
        """The next part's window per origin, about ``target`` bytes (at least one
        bucket), and how many buckets with rows it spans."""
        out: dict[str, tuple[int, int]] = {}
        spent = 0.0
        taken = 0
        for origin in sorted(self.end):
            lo, end = self.done[origin], self.end[origin]
            if lo >= end:
                continue
            hi = lo
            for b in self.buckets[origin]:
                top = min(end, (b + 1) * self.size - 1)
                if top <= lo:
                    continue
                cost = self._cost(origin, b)
                if taken and spent + cost > target:
                    if hi > lo:
                        out[origin] = (lo, hi)
                    return out, taken
                spent += cost
                taken += 1
                hi = top
            out[origin] = (lo, end)
        return out, taken

    def part_ranges(self, window: dict[str, tuple[int, int]]) -> list[OriginRange]:
        """The ranges clipped to ``window`` (empty ranges ride along in every part)."""
        out: list[OriginRange] = []
        for r in self.ranges:
            if r.end <= r.start:
                out.append(r)
                continue
            if r.origin not in window:
                continue
            lo, hi = window[r.origin]
            start, stop = max(r.start, lo), min(r.end, hi)
            if stop > start:
                out.append(OriginRange(r.origin, r.epoch, start, stop))
        return out

    def advance(self, window: dict[str, tuple[int, int]]) -> None:
        for origin, (_lo, hi) in window.items():
            self.done[origin] = max(self.done[origin], hi)


@dataclass(frozen=True)
class _Part:
    """A written part: rows and compressed row bytes per table, the writer, and the
    evidence files that were not available here."""

    counts: dict[str, int]
    sizes: dict[str, int]
    writer: BundleWriter
    missing_blobs: tuple[str, ...]


class _Overflow(Exception):
    """The part being written outgrew the size limit: plan a smaller one."""


def _part_path(target: Path, folder: bool, local_id: str, sequence: int, number: int) -> Path:
    if folder:
        return target / f"{local_id}-{sequence}.ekb"
    if number == 1:
        return target
    return target.with_name(f"{target.stem}-{number}{target.suffix}")


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
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    read_blob: BlobReader | None = None,
    audit_head: Mapping[str, Any] | None = None,
) -> list[ExportResult]:
    """Write every change the recipient has not acknowledged into ``target`` (a folder:
    ``<sender>-<sequence>.ekb`` per part, or a file path: further parts get ``-2``,
    ``-3``... before the suffix). Call inside a write transaction: the bundle sequences
    and the "last sent" pointer are stored with it.

    An export larger than ``max_bytes`` (None: no limit) is split into several bundles,
    each complete and verifiable on its own (its own sequence, manifest and ranges), that
    may be imported in any order. ``progress(done, total, table)`` is called while
    writing; an exception it raises (cancel) aborts the export: no bundle file is left.

    With ``read_blob``, every (not deleted) evidence row carries its file as
    ``blobs/<sha256>`` in the same part as the row; a file ``read_blob`` cannot give
    (missing or damaged here) is left out and named in ``missing_blobs``. Files count
    towards ``max_bytes``; a single file larger than the limit gets a part of its own.

    ``audit_head`` (the sender's audit chain head and checkpoints) goes into every
    part's manifest as ``audit``: signed with the bundle, so the receiver can notice a
    sender whose audit history was truncated or rewritten.
    """
    report = progress or _no_progress
    local = _local(session)
    peer = session.get(KnownNode, recipient_id)
    if peer is None or peer.status == "self":
        raise SyncError("node_not_enrolled", f"recipient {recipient_id!r}")
    public = recipient_keys or public_of(peer)
    is_central = local.role == "central"
    ranges = plan_ranges(session, local, peer.id, relay=is_central, full=full)
    scope = None if peer.role == "central" else list(json.loads(peer.unit_scope))
    report(0, 0, "")
    filters, catch_up = _scope_filters(
        session, scope, _scope_changes(session, ranges) if scope is not None else None
    )
    limit = max_bytes if max_bytes else None
    size = BUCKET if limit is None else int(limit / FIRST_GUESS_BYTES_PER_ROW / 16)
    planner = _Planner.build(session, ranges, report, max(1, min(BUCKET, size)))
    # Only what the recipient needs. Central relays, so it is told everything this node
    # holds (it then sends only what is missing); any other recipient only re-exports
    # its OWN changes, so it is told only how much of those this node holds - other
    # nodes' ids and epochs are not its business.
    held = select(SyncAck).where(SyncAck.holder == local.id)
    if peer.role != "central":
        held = held.where(SyncAck.origin == peer.id)
    acks = [
        {"origin": a.origin, "epoch": a.origin_epoch, "seq": a.seq}
        for a in sorted(session.execute(held).scalars(), key=lambda a: (a.origin, a.origin_epoch))
        if a.seq > 0
    ]
    revoked: list[str] = []
    if is_central:
        revoked = sorted(
            session.execute(select(KnownNode.id).where(KnownNode.status == "revoked")).scalars()
        )
    manifest_base = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "schema": head_revision(),
        "sender": local.id,
        "sender_role": local.role,
        "sender_epoch": local.epoch,
        "recipient": peer.id,
        "acks": acks,
        "revoked": revoked,
    }
    if audit_head is not None:
        manifest_base["audit"] = dict(audit_head)
    folder = target.is_dir()
    results: list[ExportResult] = []
    previous = peer.last_out_seq
    total = planner.total_rows
    try:
        while True:
            sequence = next_bundle_sequence(session)
            path = _part_path(target, folder, local.id, sequence, len(results) + 1)
            written = sum(r.total for r in results)

            write = partial(
                _write_part,
                session,
                path,
                keys=keys,
                epoch=local.epoch,
                sequence=sequence,
                recipient=public,
                kind=kind,
                meta=meta,
                extra_members=extra_members,
                filters=filters,
                catch_up=catch_up if not results else None,
                manifest={**manifest_base, "previous": previous},
                progress=partial(_offset_progress, report, written, total),
                read_blob=read_blob,
            )
            window, part_ranges, part = _sized_part(session, planner, limit, write)
            writer = part.writer
            blobs = [m for m in writer.members if m.name.startswith(BLOB_PREFIX)]
            results.append(
                ExportResult(
                    path=writer.path,
                    bundle_id=writer.bundle_id,
                    sequence=sequence,
                    recipient=peer.id,
                    kind=kind,
                    rows=part.counts,
                    ranges=tuple(part_ranges),
                    blobs=len(blobs),
                    blob_bytes=sum(m.size for m in blobs),
                    missing_blobs=part.missing_blobs,
                )
            )
            previous = sequence
            planner.advance(window)
            if planner.finished:
                break
    except BaseException:
        for done in results:
            done.path.unlink(missing_ok=True)
        raise
    report(total, total, "")
    peer.last_out_seq = previous
    session.flush()
    return results


def _sized_part(
    session: Session,
    planner: _Planner,
    limit: int | None,
    write: Callable[..., _Part],
) -> tuple[dict[str, tuple[int, int]], list[OriginRange], _Part]:
    """Write the next part as large as fits ``limit``: plan a window, write it, and on
    overflow try again with half the budget (or finer buckets once the window is a
    single bucket). Returns the window, its ranges and the written part."""
    budget = float("inf") if limit is None else limit * 0.9 - _margin(limit)
    while True:
        window, buckets = planner.window(budget)
        part_ranges = planner.part_ranges(window)
        single = buckets <= 1 and planner.size <= 1
        try:
            part = write(ranges=part_ranges, guard=None if single else limit)
        except _Overflow:
            if buckets <= 1:
                planner.refine(session, _no_progress)
            else:
                budget /= 2
            continue
        for table, nbytes in part.sizes.items():
            planner.per_row[table] = nbytes / max(part.counts[table], 1)
        return window, part_ranges, part


def _margin(limit: int) -> int:
    """Room for what is added after the rows are written (manifest, header, tags)."""
    return min(PART_MARGIN, limit // 10)


def _no_progress(_done: int, _total: int, _label: str) -> None:
    return None


def _offset_progress(report: Progress, base: int, total: int, done: int, table: str) -> None:
    report(base + done, total, table)


def _write_part(
    session: Session,
    path: Path,
    *,
    keys: NodeKeys,
    epoch: str,
    sequence: int,
    recipient: PublicNodeKeys,
    kind: str,
    meta: Mapping[str, Any] | None,
    extra_members: Mapping[str, bytes] | None,
    ranges: list[OriginRange],
    filters: dict[str, RowFilter] | None,
    manifest: dict[str, Any],
    catch_up: dict[str, set[str]] | None = None,
    guard: int | None,
    progress: Callable[[int, str], None],
    read_blob: BlobReader | None = None,
) -> _Part:
    """One complete bundle with the rows of ``ranges`` (and, with ``read_blob``, the
    files of its evidence rows). With ``guard``, raise :class:`_Overflow` (and leave no
    file) once it grows beyond ``guard`` bytes."""
    counts: dict[str, int] = {}
    sizes: dict[str, int] = {}
    members: list[dict[str, Any]] = []
    blobs: list[dict[str, Any]] = []
    missing: list[str] = []
    live = [r for r in ranges if r.end > r.start]
    written = 0
    with BundleWriter(
        path,
        sender=keys,
        sender_epoch=epoch,
        sequence=sequence,
        recipients=[recipient],
        kind=kind,
        meta=meta,
    ) as writer:
        for spec in sync_tables().values() if live else ():
            keep = filters.get(spec.name) if filters is not None else None
            clause = _range_clause(spec, live)
            extra = sorted((catch_up or {}).get(spec.name, ()))
            if extra:  # rows newly in the recipient's scope (see _scope_filters)
                clause = or_(clause, spec.table.c.id.in_(extra))
            stmt = (
                select(spec.table)
                .where(clause)
                .order_by(spec.table.c.origin_node, spec.table.c.origin_seq)
                .execution_options(yield_per=BATCH)
            )
            count = 0
            sink = None
            before = writer.payload_bytes
            wanted: dict[str, None] = {}  # evidence files of this part, in row order
            progress(written, spec.name)
            for row in session.execute(stmt).mappings():
                if keep is not None and not keep(row):
                    continue
                if sink is None:
                    sink = writer.open_member(spec.member)
                sink.write(dumps_canonical(encode_row(row)) + b"\n")
                if spec.name == BLOB_TABLE and read_blob is not None and not row["deleted"]:
                    wanted[row["sha256"]] = None
                count += 1
                if not count % CHECK_EVERY:
                    progress(written + count, spec.name)
                    if guard is not None and writer.payload_bytes > guard - _margin(guard):
                        raise _Overflow
            if sink is not None:
                info = sink.close()
                written += count
                counts[spec.name] = count
                sizes[spec.name] = writer.payload_bytes - before
                members.append(
                    {
                        "table": spec.name,
                        "member": spec.member,
                        "rows": count,
                        "sha256": info.sha256,
                        "bytes": info.size,
                    }
                )
            if wanted and read_blob is not None:
                for sha256 in wanted:
                    entry = _write_blob(writer, sha256, read_blob)
                    if entry is None:
                        missing.append(sha256)
                        continue
                    blobs.append(entry)
                    if guard is not None and writer.payload_bytes > guard - _margin(guard):
                        raise _Overflow
        for name, data in (extra_members or {}).items():
            writer.add_member(name, data)
        body = {**manifest, "tables": members, "ranges": [r.to_dict() for r in ranges]}
        if blobs:
            body["version"] = MANIFEST_VERSION_BLOBS
            body["blobs"] = blobs
        writer.add_member(MANIFEST, dumps_canonical(body))
    if guard is not None and path.stat().st_size > guard:
        path.unlink(missing_ok=True)
        raise _Overflow
    return _Part(counts, sizes, writer, tuple(missing))


def _write_blob(writer: BundleWriter, sha256: str, read_blob: BlobReader) -> dict[str, Any] | None:
    """Stream one evidence file into the part as ``blobs/<sha256>`` (STORED: files such
    as PDFs and photos are compressed already). Returns its manifest entry, or None when
    the file is not available here (or the row names no valid hash)."""
    if SHA256_RE.fullmatch(sha256) is None:
        return None
    source = read_blob(sha256)
    if source is None:
        return None
    with source:
        info = writer.add_member(
            BLOB_PREFIX + sha256,
            iter(lambda: source.read(BLOB_CHUNK), b""),
            compress=False,
        )
    if info.sha256 != sha256:
        raise BundleWriteError("write_failed", f"evidence file {sha256} changed while exported")
    return {"member": info.name, "sha256": info.sha256, "bytes": info.size}
