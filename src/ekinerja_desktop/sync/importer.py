"""Import a bundle: verify, check, classify every row against the local copy and apply it
all in the caller's single transaction (architecture.md section 5)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Time,
    UniqueConstraint,
    bindparam,
    delete,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.store import batch
from ekinerja_desktop.store.base import Base
from ekinerja_desktop.store.migrate import known_revisions
from ekinerja_desktop.store.models import (
    Conflict,
    HeldRecord,
    ImportedBundle,
    KnownNode,
    LocalNode,
    SyncAck,
)
from ekinerja_desktop.sync.container import Limits, OpenedBundle, open_bundle, peek_header
from ekinerja_desktop.sync.enrollment import verify_certificate
from ekinerja_desktop.sync.errors import BundleError, NodeKeyError
from ekinerja_desktop.sync.exporter import (
    BLOB_PREFIX,
    BLOB_TABLE,
    MANIFEST,
    MANIFEST_FORMAT,
    MANIFEST_VERSION,
    MANIFEST_VERSION_BLOBS,
    SHA256_RE,
    public_of,
)
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys, check_node_id
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_row, loads_strict
from ekinerja_desktop.sync.sync_errors import SyncError
from ekinerja_desktop.sync.tables import (
    ADMIN_TABLES,
    IMMUTABLE_REASON,
    IMMUTABLE_STATUS,
    SUPERVISOR_COLUMNS,
    SUPERVISOR_INSERTS,
    SYNC_COLUMNS,
    RowError,
    Span,
    SupervisorMap,
    SyncTable,
    content_of,
    decode_row,
    employees_in_units,
    encode_row,
    row_span,
    sync_tables,
    unit_subtrees,
)

ENROLLMENT_MEMBER = "enrollment.json"
BATCH = 2000  # rows classified and written per round trip
BLOB_CHUNK = 1024 * 1024
# Stores a verified evidence file: ``store(sha256, size, chunks)``. ``chunks`` yields the
# plaintext and raises a BundleError instead of finishing when the bytes do not match
# sha256/size, so the store MUST consume it completely before publishing the file under
# its name (and must not publish it when iterating raises). Supplied by the services
# layer (which encrypts at rest in an encrypted workspace).
BlobStore = Callable[[str, int, Iterator[bytes]], None]
COUNTERS = ("inserted", "updated", "merged", "conflicts", "unchanged", "stale", "held", "rejected")
_LABELS = {
    "inserted": "baru",
    "updated": "diperbarui",
    "merged": "digabung",
    "conflicts": "konflik disimpan",
    "unchanged": "tidak berubah",
    "stale": "usang (versi lama)",
    "held": "ditahan (menunggu data lain)",
    "rejected": "ditolak",
}


# --- report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TableReport:
    table: str
    inserted: int = 0
    updated: int = 0
    merged: int = 0
    conflicts: int = 0
    unchanged: int = 0
    stale: int = 0
    held: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class Rejection:
    table: str
    row_id: str
    reason: str  # Indonesian, as stored
    # The untranslated template of ``reason`` and its values (for English reports).
    template: str = ""
    values: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        """The reason in the current language."""
        if not self.template:
            return self.reason
        return _(self.template).format(**{str(k): str(v) for k, v in self.values})


# Why a row is refused (Indonesian templates; English in domain/messages_en.json).
R_ORIGIN = N_("asal baris bukan node pengirim (hanya pusat yang meneruskan data node lain)")
R_MASTER = N_("data induk hanya boleh diubah oleh pusat (BKPSDM)")
R_SCOPE = N_("pegawai pemilik data di luar cakupan unit node pengirim")
R_LOCAL_SCOPE = N_(
    "baris yang akan diganti milik pegawai di luar cakupan unit node pengirim; "
    "node lain tidak boleh menimpanya"
)
R_OWNER_CHANGE = N_(
    "pemilik data (pegawai atau induk baris) tidak boleh diganti oleh node selain pusat"
)
R_FROZEN = N_("{what}; node pengirim tidak boleh mengubah atau menimpanya")
R_REVIEW_TABLE = N_(
    "node atasan hanya boleh mengisi kolom penilaian; data {table} milik pegawai sendiri"
)
R_REVIEW_CREATE = N_("node atasan hanya boleh meninjau data pegawai yang sudah ada")
R_REVIEW_COLUMNS = N_(
    "node atasan hanya boleh mengubah kolom penilaian; kolom milik pegawai berbeda: {columns}"
)
R_UNIQUE = N_("bentrok nilai unik ({columns}) dengan baris {other}")
R_ADMIN_TABLE = N_(
    "data ini hanya dicatat admin di PC kantor atau di pusat; laptop atasan tidak boleh "
    "menulisnya (juga untuk pemilik laptop sendiri)"
)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    file: str
    status: str  # applied | already_imported | rejected
    dry_run: bool
    bundle_id: str = ""
    sender: str = ""
    sender_epoch: str = ""
    sequence: int = 0
    kind: str = ""
    tables: tuple[TableReport, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    missing_bundles: tuple[int, ...] = ()  # sender's bundle numbers for us not yet seen
    missing_changes: tuple[str, ...] = ()  # "origin: from..to" still to be resent
    signer_fingerprint: str = ""
    error_code: str = ""
    error: str = ""
    blobs: int = 0  # evidence files received (verified; stored unless a dry run)
    blob_bytes: int = 0
    audit_seq: int = -1  # the sender's audit chain head stated in the bundle (-1: none)
    audit_hash: str = ""
    audit_warning: str = ""  # "" | audit_truncated | audit_rewritten

    def total(self, counter: str) -> int:
        return sum(int(getattr(t, counter)) for t in self.tables)

    @property
    def ok(self) -> bool:
        return self.status != "rejected" and not self.rejections

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """Indonesian, for people: what happened and what to do."""
        name = Path(self.file).name
        if self.status == "rejected":
            return f"Bundel {name} DITOLAK: {self.error} Tidak ada data yang diubah."
        if self.status == "already_imported":
            return (
                f"Bundel {name} (no. {self.sequence}) sudah diimpor sebelumnya; "
                "tidak ada yang diubah."
            )
        head = "Uji coba impor" if self.dry_run else "Impor"
        counts = ", ".join(
            f"{self.total(c)} {_LABELS[c]}" for c in COUNTERS if self.total(c) or c == "inserted"
        )
        lines = [f"{head} bundel {name} dari node {self.sender} (no. {self.sequence}): {counts}."]
        for table in self.tables:
            parts = [f"{getattr(table, c)} {_LABELS[c]}" for c in COUNTERS if getattr(table, c)]
            if parts:
                lines.append(f"  {table.table}: " + ", ".join(parts))
        if self.blobs:
            lines.append(f"  {self.blobs} berkas bukti dukung diterima ({self.blob_bytes} bita).")
        for rej in self.rejections[:50]:
            lines.append(f"  Ditolak {rej.table} {rej.row_id}: {rej.text()}")
        if len(self.rejections) > 50:
            lines.append(f"  ... dan {len(self.rejections) - 50} penolakan lain.")
        if self.missing_bundles:
            nums = ", ".join(str(n) for n in self.missing_bundles[:20])
            lines.append(
                f"Bundel sebelumnya dari pengirim belum diterima (no. {nums}); tidak apa-apa: "
                "perubahannya dikirim ulang otomatis pada ekspor berikutnya."
            )
        if self.missing_changes:
            lines.append(
                "Perubahan yang masih harus dikirim ulang pengirim: "
                + "; ".join(self.missing_changes[:10])
                + ". Kirim bundel balasan ke pengirim agar ia tahu apa yang sudah diterima."
            )
        if self.audit_warning:
            what = "DIPOTONG" if self.audit_warning == "audit_truncated" else "DITULIS ULANG"
            lines.append(
                f"PERINGATAN: jejak audit node {self.sender} {what} sejak bundel sebelumnya "
                f"(kepala jejak sekarang #{self.audit_seq}). Datanya tetap diimpor; periksa "
                "node itu ('ekinerja audit verify' di sana) dan minta penjelasan adminnya."
            )
        if self.rejections:
            lines.append("Data yang ditolak tidak disimpan; hubungi admin pengirim.")
        if self.conflicts_total():
            lines.append("Ada konflik suntingan; periksa halaman Konflik untuk menyelesaikannya.")
        if self.dry_run:
            lines.append("Uji coba (--dry-run): tidak ada data yang disimpan.")
        return "\n".join(lines)

    def conflicts_total(self) -> int:
        return self.total("conflicts")


def rejected_report(file: str | os.PathLike[str], exc: BundleError, dry_run: bool) -> ImportReport:
    return ImportReport(
        file=str(file), status="rejected", dry_run=dry_run, error_code=exc.code, error=exc.message
    )


# --- helpers ---------------------------------------------------------------------------


def _merge_coverage(ack: SyncAck, start: int, end: int) -> None:
    intervals = [tuple(iv) for iv in json.loads(ack.ranges)] + [(start, end)]
    mark = ack.seq
    rest: list[tuple[int, int]] = []
    for a, b in sorted(intervals):
        if a <= mark:
            mark = max(mark, b)
        else:
            rest.append((a, b))
    merged: list[list[int]] = []
    for a, b in rest:
        if b <= mark:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    ack.seq = mark
    ack.ranges = json.dumps(merged)
    ack.updated_at = now_utc()


_GROUPS: dict[str, list[tuple[str, ...]]] = {}
_SQLITE_INSERT: dict[str, _SqliteInsert] = {}
_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {}


@cache
def _referenced_tables() -> frozenset[str]:
    """Tables some synchronised row refers to by id (foreign keys)."""
    return frozenset(
        fk.column.table.name for spec in sync_tables().values() for fk in spec.table.foreign_keys
    )


def _references(spec: SyncTable) -> tuple[tuple[str, str], ...]:
    """(column, referenced table) of every foreign key of ``spec``, computed once."""
    found = _REFERENCES.get(spec.name)
    if found is None:
        found = tuple(
            sorted((fk.parent.name, fk.column.table.name) for fk in spec.table.foreign_keys)
        )
        _REFERENCES[spec.name] = found
    return found


def _same(value: Any) -> Any:
    return value


def _to_sqlite(column: Any) -> Callable[[Any], Any]:
    """The value SQLAlchemy's SQLite dialect would store for ``column`` (same text formats),
    so that bulk inserts can skip the per-row bind processing."""
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else v.isoformat(" ", "microseconds")
    if isinstance(kind, Time):
        return lambda v: None if v is None else v.isoformat("microseconds")
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    return _same


@dataclass(frozen=True)
class _SqliteInsert:
    """A plain INSERT for one table and how to turn a decoded row into its parameters."""

    sql: str
    values: Callable[[dict[str, Any]], tuple[Any, ...]]  # the row's values in column order
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, to SQLite text/int)

    def params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        if not self.convert:
            return self.values(row)
        out = list(self.values(row))
        for index, to_sqlite in self.convert:
            out[index] = to_sqlite(out[index])
        return tuple(out)


def _sqlite_insert(spec: SyncTable) -> _SqliteInsert:
    found = _SQLITE_INSERT.get(spec.name)
    if found is None:
        cols = list(spec.table.columns)
        names = tuple(c.name for c in cols)
        quoted = ", ".join(f'"{n}"' for n in names)
        sql = f'INSERT INTO "{spec.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
        getter = itemgetter(*names)
        values: Callable[[dict[str, Any]], tuple[Any, ...]] = (
            getter if len(names) > 1 else lambda row: (getter(row),)
        )
        convert = tuple((i, f) for i, f in enumerate(_to_sqlite(c) for c in cols) if f is not _same)
        found = _SqliteInsert(sql, values, convert)
        _SQLITE_INSERT[spec.name] = found
    return found


def _unique_groups(spec: SyncTable) -> list[tuple[str, ...]]:
    """Column groups with a unique constraint (single unique columns included)."""
    if spec.name not in _GROUPS:
        table = spec.table
        groups: list[tuple[str, ...]] = [
            (c.name,) for c in table.columns if c.unique and c.name != "id"
        ]
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                groups.append(tuple(c.name for c in constraint.columns))
        for index in table.indexes:
            if index.unique:
                groups.append(tuple(c.name for c in index.columns))
        _GROUPS[spec.name] = groups
    return _GROUPS[spec.name]


FULL = "full"  # every column, create and delete
REVIEW = "review"  # only the review fields of SUPERVISOR_COLUMNS


@dataclass
class _Signer:
    """The node whose certificate authorises the rows being applied.

    The rights of a non-central node on a row depend on the row's employee (its owner)
    and the supervisor mapping valid on the row's dates (docs/bundle-format.md,
    "Authorisation"): an office writes its units' employees' rows in full and reviews
    the rows of the people they appraise; a supervisor's laptop writes in full only the
    rows of the supervisors heading its units (nobody in its units appraises them) and
    only reviews everyone else's, inside its units or appraised from there."""

    node_id: str
    role: str
    scope_units: list[str]
    _employees: set[str] | None = None
    _mapping: SupervisorMap | None = None

    @property
    def is_central(self) -> bool:
        return self.role == "central"

    def employees(self, session: Session) -> set[str]:
        if self._employees is None:
            units = unit_subtrees(session, self.scope_units)
            self._employees = employees_in_units(session, units)
        return self._employees

    def mapping(self, session: Session) -> SupervisorMap:
        if self._mapping is None:
            self._mapping = SupervisorMap.load(session)
        return self._mapping

    def level(self, session: Session, owners: tuple[str, ...], span: Span) -> str | None:
        """FULL, REVIEW or None (no right) on a row of ``owners`` dated ``span``."""
        if self.is_central:
            return FULL
        if not owners:
            return None
        employees = self.employees(session)
        mapping = self.mapping(session)
        result = FULL
        for owner in owners:
            if owner in employees:
                if self.role == "laptop" and mapping.appraised_by(owner, employees - {owner}, span):
                    result = REVIEW
            elif mapping.appraised_by(owner, employees, span):
                result = REVIEW
            else:
                return None
        return result


def _signer_of(node: KnownNode) -> _Signer:
    units = [str(u) for u in json.loads(node.unit_scope)]
    return _Signer(node.id, node.role, units)


def _approved(spec: SyncTable, row: dict[str, Any]) -> bool:
    statuses = IMMUTABLE_STATUS.get(spec.name, frozenset())
    return row.get("status") in statuses


def _rank(spec: SyncTable, row: dict[str, Any]) -> tuple[bool, int, datetime, str]:
    """Total order deciding the winner: approved first, then version, time, node id."""
    return (_approved(spec, row), row["version"], row["updated_at"], row["origin_node"])


def _rewound(older: dict[str, Any], newer: dict[str, Any]) -> bool:
    """``older`` has the lower version but was saved later on the same node: that node
    was restored from a backup and edited the row again, so both versions are real edits
    of one row (a conflict to keep), not an old copy arriving late (stale)."""
    return (
        older["origin_node"] == newer["origin_node"]
        and older["updated_at"] > newer["updated_at"]
        and content_of(older) != content_of(newer)
    )


@dataclass
class _Tally:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)

    def add(self, table: str, counter: str) -> None:
        per = self.counts.get(table)
        if per is None:
            per = self.counts[table] = dict.fromkeys(COUNTERS, 0)
        per[counter] += 1

    def reject(self, table: str, row_id: str, reason: str, **values: str) -> None:
        """``reason`` is an Indonesian template (``N_``) filled with ``values``."""
        self.add(table, "rejected")
        text = reason.format(**values)
        pairs = tuple(sorted(values.items()))
        self.rejections.append(Rejection(table, row_id, text, reason, pairs))

    def tables(self) -> tuple[TableReport, ...]:
        order = list(sync_tables())
        names = sorted(self.counts, key=lambda n: order.index(n) if n in order else len(order))
        return tuple(TableReport(name, **self.counts[name]) for name in names)


class _Applier:
    """Classify and apply rows (inside the caller's transaction)."""

    def __init__(
        self,
        session: Session,
        local_id: str,
        bundle_id: str,
        tally: _Tally,
        *,
        local_is_central: bool = False,
    ) -> None:
        self.session = session
        self.conn = session.connection()
        self.local_id = local_id
        self.local_is_central = local_is_central
        self.bundle_id = bundle_id
        self.tally = tally
        self.held: list[tuple[SyncTable, dict[str, Any], _Signer, str]] = []
        self._exists: dict[str, set[str]] = {}
        self._absent: dict[str, set[str]] = {}
        self._pending: set[tuple[str, str]] = set()  # queued inserts not yet written
        self._owners: dict[tuple[str, str], tuple[tuple[str, ...], Span]] = {}
        # unique column group -> values -> ids holding them (for the current batch)
        self._unique: dict[tuple[str, ...], dict[tuple[Any, ...], set[str]]] = {}
        self._inserts: list[dict[str, Any]] = []
        self._sqlite = self.conn.dialect.name == "sqlite"
        self._updates: list[dict[str, Any]] = []
        # Lowest sequence number per origin node of a row left held: a range of this
        # bundle is acknowledged only below it, so the row is sent again.
        self.held_from: dict[str, int] = {}

    # -- lookups -------------------------------------------------------------------------

    def _row_exists(self, table: str, row_id: str) -> bool:
        known = self._exists.setdefault(table, set())
        if row_id in known or (table, row_id) in self._pending:
            return True
        absent = self._absent.setdefault(table, set())
        if row_id in absent:
            return False
        tbl = Base.metadata.tables[table]
        if self.conn.execute(select(tbl.c.id).where(tbl.c.id == row_id)).first() is None:
            absent.add(row_id)
            return False
        known.add(row_id)
        return True

    def _mark_exists(self, table: str, row_id: str) -> None:
        # Not cached beyond the batch (memory stays flat): once written, a query finds it.
        self._pending.add((table, row_id))
        self._absent.setdefault(table, set()).discard(row_id)

    def _prefetch(self, spec: SyncTable, rows: list[dict[str, Any]], signer: _Signer) -> None:
        """One query per referenced table (per chunk of ids) instead of one per row."""
        for fk in spec.table.foreign_keys:
            target = fk.column.table.name
            known = self._exists.setdefault(target, set())
            absent = self._absent.setdefault(target, set())
            want = {v for r in rows if (v := r.get(fk.parent.name)) is not None} - known - absent
            if not want:
                continue
            tbl = Base.metadata.tables[target]
            for chunk in batch.chunks(sorted(want)):
                found = set(
                    self.conn.execute(select(tbl.c.id).where(tbl.c.id.in_(chunk))).scalars()
                )
                known.update(found)
                absent.update(set(chunk) - found)
        if spec.parent is not None and not signer.is_central:
            column, parent_name = spec.parent
            parent = sync_tables()[parent_name]
            want = {r[column] for r in rows if (parent_name, r[column]) not in self._owners}
            for chunk in batch.chunks(sorted(want)):
                stmt = select(parent.table).where(parent.table.c.id.in_(chunk))
                # Missing parents are not cached: the row is held and may be retried
                # after its parent arrived.
                for prow in self.conn.execute(stmt).mappings():
                    self._owners[(parent_name, prow["id"])] = self._owner_info(parent, dict(prow))
        self._unique = {}
        for cols in _unique_groups(spec):
            values = {
                tuple(r.get(c) for c in cols)
                for r in rows
                if all(r.get(c) is not None for c in cols)
            }
            holders: dict[tuple[Any, ...], set[str]] = {}
            self._unique[cols] = holders
            table = spec.table
            for group in batch.chunks(sorted(values, key=repr)):
                if len(cols) == 1:
                    clause = table.c[cols[0]].in_([v[0] for v in group])
                else:
                    clause = tuple_(*(table.c[c] for c in cols)).in_(group)
                stmt = select(table.c.id, *(table.c[c] for c in cols)).where(clause)
                for hit in self.conn.execute(stmt):
                    holders.setdefault(tuple(hit[1:]), set()).add(hit[0])

    def _missing_reference(self, spec: SyncTable, row: dict[str, Any]) -> str | None:
        for column, target in _references(spec):
            value = row[column]
            if value is None or (target == spec.name and value == row["id"]):
                continue
            known = self._exists.get(target)
            if known is not None and value in known:
                continue
            if not self._row_exists(target, value):
                return f"{target}:{value}"
        return None

    def _owner_info(self, spec: SyncTable, row: dict[str, Any]) -> tuple[tuple[str, ...], Span]:
        """The employees owning ``row`` and the dates it is about (a child row: its
        parent's, as stored here)."""
        if spec.owner_column is not None:
            owner = row.get(spec.owner_column)
            return ((str(owner),) if owner else ()), row_span(row)
        assert spec.parent is not None
        column, parent_name = spec.parent
        parent_id = row[column]
        key = (parent_name, parent_id)
        if key not in self._owners:
            parent = sync_tables()[parent_name]
            found = (
                self.conn.execute(select(parent.table).where(parent.table.c.id == parent_id))
                .mappings()
                .first()
            )
            self._owners[key] = self._owner_info(parent, dict(found)) if found else ((), None)
        return self._owners[key]

    def _unique_clash(
        self, spec: SyncTable, row: dict[str, Any], signer: _Signer
    ) -> tuple[str, dict[str, str]] | None:
        """Uses the holders loaded by :meth:`_prefetch` and kept current by :meth:`_track`."""
        for cols, holders in self._unique.items():
            values = tuple(row.get(c) for c in cols)
            others = sorted(holders.get(values, set()) - {row["id"]})
            if others and self._drop_local_defaults(spec, signer, others):
                holders[values] = holders[values] - set(others)
                continue
            if others:
                return R_UNIQUE, {"columns": ", ".join(cols), "other": others[0]}
        return None

    def _drop_local_defaults(self, spec: SyncTable, signer: _Signer, ids: list[str]) -> bool:
        """Central's master row meets rows this (non-central) node made itself with the
        same unique value - defaults seeded locally before central's arrived, e.g. the
        JP catalogue. They were never valid outside this node and nothing refers to them
        by id, so central's row replaces them (instead of both sides rejecting forever)."""
        if not (signer.is_central and spec.master) or self.local_is_central:
            return False
        if spec.name in _referenced_tables():
            return False
        table = spec.table
        origins = set(
            self.conn.execute(select(table.c.origin_node).where(table.c.id.in_(ids))).scalars()
        )
        if origins != {self.local_id}:
            return False
        self.conn.execute(delete(table).where(table.c.id.in_(ids)))
        return True

    def _track(self, row: dict[str, Any], local: dict[str, Any] | None) -> None:
        for cols, holders in self._unique.items():
            if local is not None:
                holders.get(tuple(local.get(c) for c in cols), set()).discard(row["id"])
            values = tuple(row.get(c) for c in cols)
            if all(v is not None for v in values):
                holders.setdefault(values, set()).add(row["id"])

    def _write(self, spec: SyncTable) -> None:
        """Run the queued inserts, then the queued updates (executemany each)."""
        table = spec.table
        if self._inserts:
            if self._sqlite:
                insert = _sqlite_insert(spec)
                params = [insert.params(row) for row in self._inserts]
                self.conn.exec_driver_sql(insert.sql, params)
            else:
                self.conn.execute(table.insert(), self._inserts)
            self._inserts = []
            self._pending.clear()
        if self._updates:
            names = [c.name for c in table.columns if c.name != "id"]
            stmt = (
                table.update()
                .where(table.c.id == bindparam("b_id"))
                .values({n: bindparam(f"b_{n}") for n in names})
            )
            params_u = [{f"b_{k}": v for k, v in row.items()} for row in self._updates]
            self.conn.execute(stmt, params_u)
            self._updates = []

    # -- decisions -----------------------------------------------------------------------

    @staticmethod
    def _quick_reject(spec: SyncTable, row: dict[str, Any], signer: _Signer) -> str | None:
        if signer.is_central:
            return None
        if row["origin_node"] != signer.node_id:
            return R_ORIGIN
        if spec.master:
            return R_MASTER
        if spec.name in ADMIN_TABLES and signer.role == "laptop":
            return R_ADMIN_TABLE
        return None

    def _authorize(
        self,
        spec: SyncTable,
        row: dict[str, Any],
        local: dict[str, Any] | None,
        signer: _Signer,
    ) -> tuple[str, dict[str, str]] | None:
        """Why a non-central signer may not write ``row`` over ``local`` (None: it may).

        Checked for the incoming row AND the local row it replaces: the signer needs a
        right on both, may not move a row to another owner or parent, may not touch a
        frozen (approved, verified) row, and with review rights only changes the review
        fields (docs/bundle-format.md, "Authorisation")."""
        if signer.is_central:
            return None
        owners, span = self._owner_info(spec, row)
        level = signer.level(self.session, owners, span)
        if level is None:
            return R_SCOPE, {}
        if local is not None:
            local_owners, local_span = self._owner_info(spec, local)
            local_level = signer.level(self.session, local_owners, local_span)
            if local_level is None:
                return R_LOCAL_SCOPE, {}
            moved = (spec.owner_column or (spec.parent[0] if spec.parent else None)) or "id"
            if row.get(moved) != local.get(moved) or owners != local_owners:
                return R_OWNER_CHANGE, {}
            if _approved(spec, local) and content_of(row) != content_of(local):
                return R_FROZEN, {"what": IMMUTABLE_REASON.get(spec.name, "data terkunci")}
            if local_level == REVIEW:
                level = REVIEW
        if level == REVIEW:
            return self._review_reject(spec, row, local)
        return None

    @staticmethod
    def _review_reject(
        spec: SyncTable, row: dict[str, Any], local: dict[str, Any] | None
    ) -> tuple[str, dict[str, str]] | None:
        """A supervisor's node reviewing a row of someone it appraises: only the review
        fields may differ from the local copy (nothing is created or deleted, except in
        tables the supervisor fills in)."""
        fields = SUPERVISOR_COLUMNS.get(spec.name)
        if fields is None:
            return R_REVIEW_TABLE, {"table": spec.name}
        if local is None:
            if spec.name in SUPERVISOR_INSERTS:
                return None
            return R_REVIEW_CREATE, {}
        changed = sorted(
            name
            for name, value in row.items()
            if (name not in SYNC_COLUMNS or name == "deleted")
            and name not in fields
            and value != local.get(name)
        )
        if changed:
            return R_REVIEW_COLUMNS, {"columns": ", ".join(changed[:5])}
        return None

    def _store_conflict(
        self, spec: SyncTable, loser: dict[str, Any], winner: dict[str, Any]
    ) -> None:
        text = dumps_canonical(encode_row(loser)).decode("utf-8")
        exists = self.conn.execute(
            select(Conflict.id).where(
                Conflict.table_name == spec.name,
                Conflict.row_id == loser["id"],
                Conflict.loser == text,
            )
        ).first()
        if exists is None:
            self.session.add(
                Conflict(
                    table_name=spec.name,
                    row_id=loser["id"],
                    winner_version=winner["version"],
                    winner_node=winner["origin_node"],
                    loser=text,
                    bundle_id=self.bundle_id,
                )
            )

    def offer(
        self, spec: SyncTable, rows: list[dict[str, Any]], signer: _Signer, sender: str
    ) -> int:
        """Classify and apply ``rows`` of one table; returns how many changed the DB."""
        table = spec.table
        local_rows: dict[str, dict[str, Any]] = {}
        for chunk in batch.chunks(sorted({r["id"] for r in rows})):
            stmt = select(table).where(table.c.id.in_(chunk))
            local_rows.update((r["id"], dict(r)) for r in self.conn.execute(stmt).mappings())
        self._prefetch(spec, rows, signer)
        changed = 0
        for row in rows:
            local = local_rows.get(row["id"])
            outcome = self._decide(spec, row, local, signer, sender)
            if outcome in ("inserted", "updated", "conflict_won", "silent"):
                changed += 1
                self._track(row, local)
                local_rows[row["id"]] = row
        self._write(spec)
        return changed

    def _decide(
        self,
        spec: SyncTable,
        row: dict[str, Any],
        local: dict[str, Any] | None,
        signer: _Signer,
        sender: str,
    ) -> str:
        name = spec.name
        if local is not None and encode_row(local) == encode_row(row):
            self.tally.add(name, "unchanged")
            return "unchanged"
        if (
            local is not None
            and row["version"] < local["version"]
            and not _approved(spec, row)
            and not _rewound(row, local)
        ):
            self.tally.add(name, "stale")
            return "stale"
        quick = self._quick_reject(spec, row, signer)
        refused: tuple[str, dict[str, str]] | None = (quick, {}) if quick else None
        if refused is None:
            if self._missing_reference(spec, row) is not None:
                self.held.append((spec, row, signer, sender))
                return "held"
            refused = self._authorize(spec, row, local, signer)
        if refused is None:
            clash = self._unique_clash(spec, row, signer)
            if clash is not None:
                self._store_conflict(spec, row, local or row)
                refused = clash
        if refused is not None:
            template, values = refused
            self.tally.reject(name, row["id"], template, **values)
            return "rejected"
        if local is None:
            self._inserts.append(row)
            self._mark_exists(name, row["id"])
            self.tally.add(name, "inserted")
            return "inserted"
        incoming_wins = _rank(spec, row) > _rank(spec, local)
        same_content = content_of(row) == content_of(local)
        if not incoming_wins:
            if _approved(spec, local) and not _approved(spec, row) and not same_content:
                self.tally.reject(
                    name, row["id"], "{what}", what=IMMUTABLE_REASON.get(name, "data terkunci")
                )
                return "rejected"
            if row["version"] < local["version"] and not _rewound(row, local):
                self.tally.add(name, "stale")
                return "stale"
            if same_content:
                self.tally.add(name, "unchanged")
                return "unchanged"
            self._store_conflict(spec, row, local)
            self.tally.add(name, "conflicts")
            return "conflict_lost"
        self._updates.append(row)
        fast_forward = row["version"] > local["version"] and not _approved(spec, local)
        if fast_forward and not _rewound(local, row):
            self.tally.add(name, "updated")
            return "updated"
        if same_content:
            self.tally.add(name, "unchanged")
            return "silent"
        self._store_conflict(spec, local, row)
        self.tally.add(name, "conflicts")
        return "conflict_won"

    # -- held rows -----------------------------------------------------------------------

    def settle_held(self, signers: dict[str, _Signer]) -> None:
        """Retry rows waiting for a reference (this bundle's and earlier ones') until no
        progress; store what still waits."""
        earlier = self.session.execute(select(HeldRecord)).scalars().all()
        for record in earlier:
            spec = sync_tables().get(record.table_name)
            signer = signers.get(record.sender)
            if spec is None or signer is None:
                continue  # sender revoked or table gone: keep it for a person to look at
            try:
                row = decode_row(spec, loads_strict(record.row.encode(), max_bytes=16 << 20))
            except (RowError, BundleError):
                continue
            self.session.delete(record)
            self.held.append((spec, row, signer, record.sender))
        self.session.flush()
        pending = self.held
        while pending:
            self.held = []
            progress = 0
            for spec, row, signer, sender in pending:
                progress += self.offer(spec, [row], signer, sender)
            if progress == 0:
                break
            pending = self.held
        best: dict[tuple[str, str], tuple[SyncTable, dict[str, Any], str]] = {}
        for spec, row, _signer, sender in self.held:
            key = (spec.name, row["id"])
            if key not in best or _rank(spec, row) > _rank(spec, best[key][1]):
                best[key] = (spec, row, sender)
        for (table_name, row_id), (spec, row, sender) in best.items():
            self.tally.add(table_name, "held")
            origin, seq = row["origin_node"], row["origin_seq"]
            self.held_from[origin] = min(self.held_from.get(origin, seq), seq)
            stored = self.session.get(HeldRecord, (table_name, row_id))
            record = stored or HeldRecord(table_name=table_name, row_id=row_id)
            if stored is None:
                self.session.add(record)
            record.version = row["version"]
            record.sender = sender
            record.bundle_id = self.bundle_id
            record.row = dumps_canonical(encode_row(row)).decode("utf-8")
            record.waiting_for = self._missing_reference(spec, row) or ""
        self.held = []


# --- the pipeline ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Manifest:
    tables: list[dict[str, Any]]
    ranges: list[dict[str, Any]]
    acks: list[dict[str, Any]]
    blobs: list[dict[str, Any]]  # {"member", "sha256", "bytes"}, checked
    audit: tuple[int, str, list[tuple[str, int, str]]] | None = None  # head, checkpoints


_HEX = frozenset("0123456789abcdef")


def _hash64(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def _check_audit(data: dict[str, Any]) -> tuple[int, str, list[tuple[str, int, str]]] | None:
    """The optional ``audit`` entry: the sender's audit head and up to 64 checkpoints
    ([epoch, seq, hash]) of the heads of its earlier bundles."""
    audit = data.get("audit")
    if audit is None:
        return None
    if not isinstance(audit, dict) or not _counter(audit.get("seq")):
        raise SyncError("manifest_invalid", "audit")
    if not _hash64(audit.get("hash")):
        raise SyncError("manifest_invalid", "audit hash")
    points = audit.get("checkpoints", [])
    if not isinstance(points, list) or len(points) > 64:
        raise SyncError("manifest_invalid", "audit checkpoints")
    out: list[tuple[str, int, str]] = []
    for point in points:
        ok = (
            isinstance(point, list)
            and len(point) == 3
            and isinstance(point[0], str)
            and len(point[0]) <= 64
            and _counter(point[1])
            and _hash64(point[2])
        )
        if not ok:
            raise SyncError("manifest_invalid", "audit checkpoint")
        out.append((point[0], point[1], point[2]))
    return int(audit["seq"]), str(audit["hash"]), out


def _audit_anomaly(
    session: Session,
    sender: str,
    epoch: str,
    sequence: int,
    audit: tuple[int, str, list[tuple[str, int, str]]] | None,
) -> str:
    """Compare the sender's audit head with the heads its earlier bundles stated here:
    within one epoch (a restore starts a new one) the chain only grows, an event keeps
    its hash, and the checkpoints restate earlier heads unchanged."""
    if audit is None:
        return ""
    seq, hash_, checkpoints = audit
    rows = session.execute(  # the sender's recent bundles are enough (checkpoints: 16)
        select(ImportedBundle.sender_epoch, ImportedBundle.sequence, ImportedBundle.report)
        .where(ImportedBundle.sender == sender)
        .order_by(ImportedBundle.imported_at.desc())
        .limit(200)
    ).all()
    seen: list[tuple[str, int, int, str]] = []  # epoch, bundle sequence, audit seq, hash
    for row_epoch, row_sequence, text in rows:
        try:
            old = json.loads(text or "{}")
            old_seq, old_hash = int(old.get("audit_seq", -1)), str(old.get("audit_hash", ""))
        except (ValueError, TypeError, AttributeError):
            continue
        if old_seq >= 0 and old_hash:
            seen.append((row_epoch, row_sequence, old_seq, old_hash))
    rewritten = False
    for old_epoch, old_sequence, old_seq, old_hash in seen:
        if old_epoch != epoch:
            continue
        if (old_sequence < sequence and old_seq > seq) or (
            old_sequence > sequence and old_seq < seq
        ):
            return "audit_truncated"
        if old_seq == seq and old_hash != hash_:
            rewritten = True
    stated = {(e, s): h for e, s, h in checkpoints}
    for old_epoch, _old_sequence, old_seq, old_hash in seen:
        now = stated.get((old_epoch, old_seq))
        if now is not None and now != old_hash:
            rewritten = True
    return "audit_rewritten" if rewritten else ""


def _check_blobs(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``blobs`` list of a version 2 manifest (version 1 carries none)."""
    if data.get("version") == MANIFEST_VERSION:
        if "blobs" in data:
            raise SyncError("manifest_invalid", "blobs in a version 1 manifest")
        return []
    blobs = data.get("blobs")
    if not isinstance(blobs, list) or not blobs:
        raise SyncError("manifest_invalid", "blobs")
    seen: set[str] = set()
    for entry in blobs:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and SHA256_RE.fullmatch(entry["sha256"]) is not None
            and entry.get("member") == BLOB_PREFIX + entry["sha256"]
            and _counter(entry.get("bytes"))
            and entry["member"] not in seen
        )
        if not ok:
            raise SyncError("manifest_invalid", f"blob entry {entry!r:.120}")
        seen.add(entry["member"])
    return blobs


def _counter(value: Any) -> bool:
    """A sequence number or count as the database stores it: 0 <= n < 2**63."""
    return type(value) is int and 0 <= value < 2**63


def _check_origin(entry: dict[str, Any], what: str) -> None:
    try:
        check_node_id(entry.get("origin"))
        check_node_id(entry.get("epoch"))
    except NodeKeyError as exc:
        raise SyncError("manifest_invalid", f"{what} origin") from exc


def _check_manifest(data: Any, bundle: OpenedBundle, local_id: str) -> _Manifest:
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise SyncError("manifest_invalid", "not a sync manifest")
    if data.get("version") not in (MANIFEST_VERSION, MANIFEST_VERSION_BLOBS):
        raise SyncError("schema_too_new", "manifest version")
    if data.get("sender") != bundle.sender or data.get("sender_epoch") != bundle.sender_epoch:
        raise SyncError("manifest_invalid", "manifest sender differs from the header")
    if data.get("recipient") != local_id:
        raise SyncError("manifest_invalid", "manifest recipient differs")
    if data.get("schema") not in known_revisions():
        raise SyncError("schema_too_new", f"schema {data.get('schema')!r}")
    tables, ranges, acks = data.get("tables"), data.get("ranges"), data.get("acks")
    if not all(isinstance(x, list) for x in (tables, ranges, acks)):
        raise SyncError("manifest_invalid", "tables/ranges/acks")
    assert isinstance(tables, list)
    assert isinstance(ranges, list)
    assert isinstance(acks, list)
    specs = sync_tables()
    seen: set[str] = set()
    if not _counter(data.get("previous", 0)):
        raise SyncError("manifest_invalid", "previous")
    for entry in tables:
        if not isinstance(entry, dict) or entry.get("table") not in specs:
            raise SyncError("schema_too_new", f"unknown table {entry!r:.80}")
        if entry.get("member") != specs[entry["table"]].member or entry["table"] in seen:
            raise SyncError("manifest_invalid", "table member name")
        if not _counter(entry.get("rows")) or not isinstance(entry.get("sha256"), str):
            raise SyncError("manifest_invalid", "table rows/sha256")
        seen.add(entry["table"])
    for entry in ranges:
        ok = (
            isinstance(entry, dict)
            and _counter(entry.get("from"))
            and _counter(entry.get("to"))
            and entry["from"] <= entry["to"]
        )
        if not ok:
            raise SyncError("manifest_invalid", "range")
        _check_origin(entry, "range")
    for entry in acks:
        if not (isinstance(entry, dict) and _counter(entry.get("seq"))):
            raise SyncError("manifest_invalid", "ack")
        _check_origin(entry, "ack")
    blobs = _check_blobs(data)
    audit = _check_audit(data)
    listed = {specs[e["table"]].member for e in tables} | {e["member"] for e in blobs}
    allowed = {MANIFEST, *listed}
    if bundle.kind == "enrollment":
        allowed.add(ENROLLMENT_MEMBER)
    names = set(bundle.member_names())
    if names - allowed or not listed <= names:
        unlisted = sorted(names - allowed)[:3]
        raise SyncError("manifest_invalid", f"members differ from the manifest {unlisted}")
    return _Manifest(tables, ranges, acks, blobs, audit)


def _blob_chunks(bundle: OpenedBundle, entry: dict[str, Any], done: list[bool]) -> Iterator[bytes]:
    """The bytes of one listed blob, streamed; raises ``blob_hash_mismatch`` at the end
    (before finishing) unless they hash to the name and have the listed size."""
    digest = hashlib.sha256()
    size = 0
    with bundle.open_member(entry["member"]) as stream:
        for block in iter(lambda: stream.read(BLOB_CHUNK), b""):
            size += len(block)
            if size > entry["bytes"]:
                raise SyncError("blob_mismatch", f"{entry['member']} is larger than listed")
            digest.update(block)
            yield block
    if size != entry["bytes"]:
        listed = entry["bytes"]
        raise SyncError("blob_mismatch", f"{entry['member']}: {size} bytes, listed {listed}")
    if digest.hexdigest() != entry["sha256"]:
        raise SyncError("blob_hash_mismatch", f"{entry['member']} hashes to {digest.hexdigest()}")
    done.append(True)


def _check_blob_sizes(
    bundle: OpenedBundle, blobs: list[dict[str, Any]], max_blob_bytes: int | None
) -> None:
    """Before reading anything: every listed blob within the per-file limit (the
    receiver's evidence size limit) and declared in the archive with its listed size."""
    for entry in blobs:
        if max_blob_bytes is not None and entry["bytes"] > max_blob_bytes:
            raise SyncError(
                "blob_too_large",
                f"{entry['member']}: {entry['bytes']} bytes > {max_blob_bytes}",
            )
        if bundle.member_size(entry["member"]) != entry["bytes"]:
            raise SyncError("blob_mismatch", f"{entry['member']} size differs from the manifest")


def _receive_blobs(
    bundle: OpenedBundle,
    blobs: list[dict[str, Any]],
    referenced: set[str],
    store: BlobStore | None,
) -> None:
    """Verify every listed blob (read to its end) and hand it to ``store`` (None, e.g. in
    a dry run: verify only). A blob no evidence row of the bundle names is refused."""
    for entry in blobs:
        if entry["sha256"] not in referenced:
            raise SyncError("manifest_invalid", f"{entry['member']} belongs to no evidence row")
        done: list[bool] = []
        chunks = _blob_chunks(bundle, entry, done)
        if store is not None:
            store(entry["sha256"], entry["bytes"], chunks)
        for _block in chunks:  # whatever the store did not read: verify it all the same
            pass
        if not done:  # pragma: no cover - a store that swallowed the mismatch error
            raise SyncError("blob_hash_mismatch", entry["member"])


def _enroll(
    session: Session,
    bundle: OpenedBundle,
    me: NodeKeys,
    local: LocalNode,
    expect: str | None,
    *,
    dry_run: bool,
) -> None:
    data = bundle.read_json(ENROLLMENT_MEMBER, max_bytes=1 << 20)
    if not isinstance(data, dict) or not isinstance(data.get("certificate"), str):
        raise SyncError("enroll_invalid", "enrollment.json")
    central = bundle.signer
    if expect and expect.replace(" ", "").upper() != central.fingerprint().replace(" ", ""):
        raise SyncError("enroll_fingerprint", central.fingerprint())
    known = session.get(KnownNode, central.node_id)
    if known is None and not expect and not dry_run:
        # First contact: the keys come from the bundle itself. Only a person who
        # compared the fingerprint with central's (by phone) may accept them; a dry run
        # (the preview that shows the fingerprint) changes nothing and may go ahead.
        raise SyncError("enroll_fingerprint_missing", central.fingerprint())
    cert = verify_certificate(
        central, data["certificate"].encode("utf-8"), str(data.get("signature", ""))
    )
    if cert.node_id != local.id or cert.keys != me.public():
        raise SyncError("enroll_unexpected", "certificate is for another node or key")
    b64 = PublicNodeKeys.to_dict
    if known is None:
        session.add(
            KnownNode(
                id=central.node_id,
                role="central",
                agency=str(data.get("agency", ""))[:200],
                unit_scope="[]",
                sign_pub=b64(central)["sign_pub"],
                enc_pub=b64(central)["enc_pub"],
                fingerprint=central.fingerprint(),
                status="enrolled",
            )
        )
    own = session.get(KnownNode, local.id)
    if own is None:
        own = KnownNode(id=local.id, sign_pub="", enc_pub="", fingerprint="")
        session.add(own)
    own.role = cert.role
    own.agency = local.agency
    own.unit_scope = json.dumps(list(cert.units))
    own.sign_pub = b64(cert.keys)["sign_pub"]
    own.enc_pub = b64(cert.keys)["enc_pub"]
    own.fingerprint = cert.keys.fingerprint()
    own.status = "self"
    own.valid_until = cert.valid_until_dt
    own.certificate = cert.body.decode("utf-8")
    own.certificate_sig = cert.signature
    session.flush()


def import_bundle(
    session: Session,
    path: str | os.PathLike[str],
    *,
    me: NodeKeys,
    actor: str = "system",
    dry_run: bool = False,
    limits: Limits | None = None,
    expect_fingerprint: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    store_blob: BlobStore | None = None,
    max_blob_bytes: int | None = None,
) -> ImportReport:
    """Verify and apply one bundle inside ``session``'s transaction.

    Evidence files (``blobs/<sha256>``) are checked against the manifest (listed, size,
    at most ``max_blob_bytes`` each, hash) and passed to ``store_blob`` after the rows
    and before this function returns, i.e. before the caller commits: a committed
    evidence row never lacks a file the bundle carried. A rolled-back import may leave
    such a file stored without a row (content-addressed, harmless). Not stored in a
    dry run (but still verified).

    Raises :class:`BundleError` (the caller rolls back and reports the rejection);
    returns the report otherwise. The caller commits (or rolls back for a dry run).
    ``progress(done, total, table)`` is called per batch of rows; whatever it raises
    (a cancel) propagates, and the caller's rollback leaves the database unchanged.
    """
    report_progress = progress or (lambda _d, _t, _l: None)
    file = Path(path)
    limits = limits or Limits()
    local = session.execute(select(LocalNode)).scalar_one()
    peek = peek_header(file, limits)

    def lookup(sender: str) -> PublicNodeKeys | None:
        node = session.get(KnownNode, sender)
        if node is not None and node.status != "self":
            if node.valid_until is not None and node.valid_until < now_utc():
                raise SyncError("certificate_expired", sender)
            return public_of(node)
        if node is None and peek is not None and peek.get("kind") == "enrollment":
            meta = peek.get("meta")
            central = meta.get("central") if isinstance(meta, dict) else None
            enrolled = session.execute(
                select(KnownNode.id).where(KnownNode.role == "central", KnownNode.status != "self")
            ).first()
            if enrolled is None:
                with contextlib.suppress(NodeKeyError):
                    keys = PublicNodeKeys.from_dict(central)
                    if keys.node_id == sender:
                        return keys
        return None

    def is_revoked(sender: str) -> bool:
        node = session.get(KnownNode, sender)
        return node is not None and node.status == "revoked"

    with open_bundle(file, me=me, lookup_signer=lookup, limits=limits, is_revoked=is_revoked) as b:
        base = {
            "file": str(file),
            "dry_run": dry_run,
            "bundle_id": b.bundle_id,
            "sender": b.sender,
            "sender_epoch": b.sender_epoch,
            "sequence": b.sequence,
            "kind": b.kind,
            "signer_fingerprint": b.signer.fingerprint(),
        }
        replay = session.execute(
            select(ImportedBundle.bundle_id).where(
                (ImportedBundle.bundle_id == b.bundle_id)
                | (ImportedBundle.header_sha256 == b.header_sha256)
            )
        ).first()
        if replay is not None:
            return ImportReport(status="already_imported", **base)  # type: ignore[arg-type]
        manifest = b.read_json(MANIFEST, max_bytes=16 << 20)
        checked = _check_manifest(manifest, b, local.id)
        tables, ranges, acks = checked.tables, checked.ranges, checked.acks
        _check_blob_sizes(b, checked.blobs, max_blob_bytes)
        if b.kind == "enrollment":
            _enroll(session, b, me, local, expect_fingerprint, dry_run=dry_run)
        elif expect_fingerprint:
            raise SyncError("enroll_unexpected", "not an enrollment bundle")
        signer_node = session.get(KnownNode, b.sender)
        if signer_node is None:  # pragma: no cover - open_bundle verified it
            raise SyncError("unknown_signer", b.sender)
        tally = _Tally()
        applier = _Applier(
            session, local.id, b.bundle_id, tally, local_is_central=local.role == "central"
        )
        signer = _signer_of(signer_node)
        if not signer.is_central:
            foreign = [e for e in ranges if (e["origin"], e["epoch"]) != (b.sender, b.sender_epoch)]
            if foreign:
                raise SyncError("ranges_foreign", f"{foreign[0]['origin']}/{foreign[0]['epoch']}")
        listed = {e["table"]: e for e in tables}
        total = sum(int(e["rows"]) for e in tables)
        done = 0
        referenced: set[str] = set()  # files named by the bundle's evidence rows
        report_progress(0, total, "")
        for spec in sync_tables().values():
            entry = listed.get(spec.name)
            if entry is None:
                continue
            digest = hashlib.sha256()
            count = 0
            batch: list[dict[str, Any]] = []
            for number, line in enumerate(b.iter_lines(spec.member), start=1):
                digest.update(line + b"\n")
                count += 1
                try:
                    row = decode_row(spec, loads_row(line, max_bytes=limits.max_line_bytes))
                except RowError as exc:
                    raise SyncError("row_invalid", f"{spec.member}:{number}: {exc}") from exc
                except BundleError as exc:
                    raise SyncError("row_invalid", f"{spec.member}:{number}: {exc.code}") from exc
                batch.append(row)
                if spec.name == BLOB_TABLE and not row["deleted"]:
                    referenced.add(row["sha256"])
                if len(batch) >= BATCH:
                    applier.offer(spec, batch, signer, b.sender)
                    done += len(batch)
                    batch = []
                    report_progress(done, total, spec.name)
            if batch:
                applier.offer(spec, batch, signer, b.sender)
                done += len(batch)
                report_progress(done, total, spec.name)
            if digest.hexdigest() != entry["sha256"] or count != entry["rows"]:
                raise SyncError("member_hash", spec.member)
        signers = {
            n.id: _signer_of(n)
            for n in session.execute(select(KnownNode).where(KnownNode.status == "enrolled"))
            .scalars()
            .all()
        }
        signers[b.sender] = signer
        applier.settle_held(signers)
        if checked.blobs:
            report_progress(done, total, "blobs")
            _receive_blobs(b, checked.blobs, referenced, None if dry_run else store_blob)

        missing_changes: list[str] = []
        for entry in ranges:
            origin, epoch = entry["origin"], entry["epoch"]
            if origin == local.id and epoch == local.epoch:
                continue  # our own current changes (a restored node gets its old ones back)
            ack = session.get(SyncAck, (local.id, origin, epoch))
            if ack is None:
                ack = SyncAck(
                    holder=local.id, origin=origin, origin_epoch=epoch, seq=0, ranges="[]"
                )
                session.add(ack)
            # never acknowledge rows still held here: the sender sends them again
            end = min(entry["to"], applier.held_from.get(origin, entry["to"] + 1) - 1)
            if end > entry["from"]:
                _merge_coverage(ack, entry["from"], end)
            for start, _end in json.loads(ack.ranges)[:1]:
                missing_changes.append(f"{origin[:8]}: {ack.seq + 1}..{start}")
        for entry in acks:
            # The sender cannot have stored more of an origin than exists here: its own
            # acknowledgements never make this node skip rows it still has to send.
            if (entry["origin"], entry["epoch"]) == (local.id, local.epoch):
                held_here = local.next_seq - 1
            else:
                mine = session.get(SyncAck, (local.id, entry["origin"], entry["epoch"]))
                held_here = mine.seq if mine is not None else 0
            seq = min(entry["seq"], held_here)
            peer_ack = session.get(SyncAck, (b.sender, entry["origin"], entry["epoch"]))
            if peer_ack is None and seq <= 0:
                continue
            if peer_ack is None:
                peer_ack = SyncAck(
                    holder=b.sender,
                    origin=entry["origin"],
                    origin_epoch=entry["epoch"],
                    ranges="[]",
                )
                session.add(peer_ack)
            peer_ack.seq = max(0, seq)
            peer_ack.updated_at = now_utc()
        revoked = manifest.get("revoked") if isinstance(manifest, dict) else None
        if signer.is_central and isinstance(revoked, list):
            for node_id in revoked:
                node = session.get(KnownNode, node_id) if isinstance(node_id, str) else None
                if node is not None and node.status == "enrolled":
                    node.status = "revoked"
                    node.revoked_at = now_utc()
        audit_warning = _audit_anomaly(session, b.sender, b.sender_epoch, b.sequence, checked.audit)
        previous = manifest.get("previous", 0)
        session.add(
            ImportedBundle(
                bundle_id=b.bundle_id,
                header_sha256=b.header_sha256,
                sender=b.sender,
                sender_epoch=b.sender_epoch,
                sequence=b.sequence,
                prev_sequence=previous if isinstance(previous, int) else 0,
                kind=b.kind,
                imported_by=actor,
            )
        )
        session.flush()
        seen = set(
            session.execute(
                select(ImportedBundle.sequence).where(
                    ImportedBundle.sender == b.sender,
                    ImportedBundle.sender_epoch == b.sender_epoch,
                )
            ).scalars()
        )
        prevs = session.execute(
            select(ImportedBundle.prev_sequence).where(
                ImportedBundle.sender == b.sender,
                ImportedBundle.sender_epoch == b.sender_epoch,
            )
        ).scalars()
        missing_bundles = sorted({p for p in prevs if p and p not in seen})
        report = ImportReport(
            status="applied",
            tables=tally.tables(),
            rejections=tuple(tally.rejections),
            missing_bundles=tuple(missing_bundles),
            missing_changes=tuple(missing_changes),
            blobs=len(checked.blobs),
            blob_bytes=sum(int(e["bytes"]) for e in checked.blobs),
            audit_seq=checked.audit[0] if checked.audit else -1,
            audit_hash=checked.audit[1] if checked.audit else "",
            audit_warning=audit_warning,
            **base,  # type: ignore[arg-type]
        )
        stored = session.get(ImportedBundle, b.bundle_id)
        assert stored is not None
        stored.report = json.dumps(report.to_dict(), ensure_ascii=False)
        session.flush()
        return report
