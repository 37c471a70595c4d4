"""Sync use cases: node keys, enrollment, bundle export and import (admins only, audited)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.domain.i18n import _, current_language
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.services import audit, auth, evidence, integrity, keyslots
from ekinerja_desktop.services.auth import Actor
from ekinerja_desktop.services.errors import NotFoundError, ValidationError
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.services.workspace import Workspace
from ekinerja_desktop.store import rollup
from ekinerja_desktop.store.models import Conflict, KnownNode
from ekinerja_desktop.sync import enrollment, exporter, importer
from ekinerja_desktop.sync.errors import BundleError, NodeKeyError
from ekinerja_desktop.sync.importer import ImportReport
from ekinerja_desktop.sync.keys import NodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict
from ekinerja_desktop.sync.sync_errors import SyncError
from ekinerja_desktop.sync.tables import (
    IMMUTABLE_STATUS,
    SYNC_COLUMNS,
    RowError,
    SyncTable,
    decode_row,
    encode_value,
    sync_tables,
)

# Re-exported for the GUI, which must not import the sync layer itself.
BundleReport = ImportReport

KEYS_DIR = "keys"
CERTIFICATE_YEARS = 5
MIB = 1024 * 1024
_ADMINS = (Role.ADMIN_OPD, Role.ADMIN_PUSAT)


@dataclass(frozen=True)
class NodeIdentity:
    node_id: str
    role: str
    fingerprint: str
    enrolled: bool  # has a certificate from central (always True on central)
    unit_scope: tuple[str, ...]


@dataclass(frozen=True)
class PeerNode:
    node_id: str
    role: str
    agency: str
    fingerprint: str
    status: str
    unit_scope: tuple[str, ...]
    last_sent: int


@dataclass(frozen=True)
class RequestResult:
    path: Path
    node_id: str
    fingerprint: str


@dataclass(frozen=True)
class EnrollResult:
    node_id: str
    role: str
    fingerprint: str
    unit_ids: tuple[str, ...]
    bundle: Path
    central_fingerprint: str
    bundles: tuple[Path, ...] = ()  # every part when the enrollment was split


@dataclass(frozen=True)
class ExportPart:
    """One bundle file of an export (an export too large for one file has several)."""

    path: Path
    sequence: int
    rows: int
    size: int


@dataclass(frozen=True)
class ExportSummary:
    path: Path  # the first (often the only) bundle
    recipient: str
    sequence: int
    rows: dict[str, int]
    parts: tuple[ExportPart, ...] = ()
    max_bytes: int = 0
    blobs: int = 0  # evidence files carried (all parts)
    blob_bytes: int = 0
    missing_blobs: tuple[str, ...] = ()  # sha256 of evidence files not available here

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(p.path for p in self.parts) or (self.path,)

    def summary(self) -> str:
        lines = [self._parts_text()]
        if self.blobs:
            lines.append(
                _("Berkas bukti dukung ikut dikirim: {k} ({b}).").format(
                    k=self.blobs, b=size_text(self.blob_bytes)
                )
            )
        if self.missing_blobs:
            shown = ", ".join(sha[:12] for sha in self.missing_blobs[:10])
            more = len(self.missing_blobs) - 10
            if more > 0:
                shown += _(" dan {k} lainnya").format(k=more)
            lines.append(
                _(
                    "PERHATIAN: {k} berkas bukti dukung tidak ada atau rusak di komputer ini "
                    "dan tidak ikut dikirim ({h}); datanya tetap dikirim. Lampirkan ulang "
                    "berkasnya atau pulihkan folder bukti dukung dari cadangan, lalu ekspor "
                    "lagi."
                ).format(k=len(self.missing_blobs), h=shown)
            )
        return "\n".join(lines)

    def _parts_text(self) -> str:
        if len(self.parts) <= 1:
            return _("Bundel {p} ditulis untuk node {n} (no. {s}): {t} baris.").format(
                p=self.path, n=self.recipient, s=self.sequence, t=self.total
            )
        lines = [
            _(
                "Ekspor untuk node {n}: {t} baris dalam {k} bundel (batas {m} per bundel; "
                "kirim semuanya, urutan impor bebas):"
            ).format(n=self.recipient, t=self.total, k=len(self.parts), m=size_text(self.max_bytes))
        ]
        lines += [
            _("  {p} (no. {s}): {r} baris, {b}").format(
                p=part.path, s=part.sequence, r=part.rows, b=size_text(part.size)
            )
            for part in self.parts
        ]
        return "\n".join(lines)


def size_text(size: int) -> str:
    """A file size for people: "1,5 MB" or "24 KB" (Indonesian number format)."""
    if size >= MIB:
        return f"{format_number(size / MIB, current_language(), 1)} MB"
    return f"{format_number(max(1, round(size / 1024)), current_language(), 0)} KB"


def _summary_of(
    results: Sequence[exporter.ExportResult], recipient: str, max_bytes: int
) -> ExportSummary:
    rows: dict[str, int] = {}
    for result in results:
        for table, count in result.rows.items():
            rows[table] = rows.get(table, 0) + count
    parts = tuple(ExportPart(r.path, r.sequence, r.total, r.path.stat().st_size) for r in results)
    first = results[0]
    missing = tuple(dict.fromkeys(sha for r in results for sha in r.missing_blobs))
    return ExportSummary(
        first.path,
        recipient,
        first.sequence,
        rows,
        parts,
        max_bytes,
        blobs=sum(r.blobs for r in results),
        blob_bytes=sum(r.blob_bytes for r in results),
        missing_blobs=missing,
    )


def _blob_reader(ws: Workspace) -> exporter.BlobReader:
    """Evidence files for the exporter: plaintext (the bundle payload is encrypted)."""
    return lambda sha256: evidence.open_for_sync(ws.data_dir, sha256, ws.key)


def _blob_store(ws: Workspace) -> importer.BlobStore:
    """Received evidence files, stored like attached ones (encrypted at rest when the
    workspace is encrypted)."""

    def store(sha256: str, _size: int, chunks: Iterator[bytes]) -> None:
        evidence.store_received(ws.data_dir, sha256, chunks, ws.key)

    return store


def evidence_max_bytes(ws: Workspace) -> int:
    """The largest evidence file accepted in a bundle (setting ``evidence_max_mb``)."""
    from ekinerja_desktop.services import settings

    return settings.get_int(ws, "evidence_max_mb") * MIB


def bundle_max_bytes(ws: Workspace) -> int:
    """The split size for exports (setting ``bundle_max_mb``)."""
    from ekinerja_desktop.services import settings

    return settings.get_int(ws, "bundle_max_mb") * MIB


class _DryRun(Exception):
    def __init__(self, reports: list[ImportReport]) -> None:
        super().__init__("dry run")
        self.reports = reports


def keys_dir(ws: Workspace) -> Path:
    return ws.data_dir / KEYS_DIR


def _keys_passphrase(ws: Workspace) -> bytes | None:
    """The passphrase of the private key files: derived from the data key of an
    encrypted workspace (None: a plain workspace keeps them in the clear)."""
    if ws.key is None:
        return None
    return keyslots.node_keys_passphrase(ws.key)


def node_keys(ws: Workspace) -> NodeKeys:
    """This node's key pairs, generated into ``<data dir>/keys`` on first use.

    In an encrypted workspace the private keys are encrypted under the workspace's data
    key (a stolen laptop cannot read the bundles addressed to it nor sign as its node);
    keys written in the clear before the workspace was encrypted are sealed on first
    use."""
    folder = keys_dir(ws)
    secret = _keys_passphrase(ws)
    try:
        keys = NodeKeys.load(folder, secret, allow_clear=True)
    except NodeKeyError as exc:
        if exc.code != "key_missing":
            raise
        keys = NodeKeys.generate(ws.node.id)
        try:
            keys.save(folder, secret)
        except NodeKeyError as save_exc:
            if save_exc.code != "key_exists":
                raise
            keys = NodeKeys.load(folder, secret, allow_clear=True)
    if secret is not None and not NodeKeys.sealed(folder):
        keys.reseal(folder, secret)
    if keys.node_id != ws.node.id:
        raise NodeKeyError("key_invalid", f"keys of {keys.node_id!r} in {folder}")
    return keys


def identity(ws: Workspace, actor: Actor) -> NodeIdentity:
    auth.require(actor, *_ADMINS)
    keys = node_keys(ws)
    with ws.read() as session:
        own = session.get(KnownNode, ws.node.id)
        scope = tuple(json.loads(own.unit_scope)) if own is not None else ()
        enrolled = ws.node.role is NodeRole.CENTRAL or own is not None
    return NodeIdentity(
        ws.node.id, ws.node.role.value, keys.public().fingerprint(), enrolled, scope
    )


def list_peers(ws: Workspace, actor: Actor) -> list[PeerNode]:
    auth.require(actor, *_ADMINS)
    with ws.read() as session:
        rows = session.execute(
            select(KnownNode).where(KnownNode.status != "self").order_by(KnownNode.id)
        ).scalars()
        return [
            PeerNode(
                n.id,
                n.role,
                n.agency,
                n.fingerprint,
                n.status,
                tuple(json.loads(n.unit_scope)),
                n.last_out_seq,
            )
            for n in rows
        ]


def write_enroll_request(ws: Workspace, actor: Actor, out: Path) -> RequestResult:
    """Write this node's enrollment request (public keys, role; self-signed)."""
    auth.require(actor, *_ADMINS)
    keys = node_keys(ws)
    data = enrollment.make_request(keys, role=ws.node.role.value, agency=ws.node.agency)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    tmp.write_bytes(data)
    tmp.replace(out)
    with ws.write(actor.username) as session:
        detail = {"file": str(out), "fingerprint": keys.public().fingerprint()}
        audit.record_node(session, ws, actor, "sync.enroll_request", detail)
    return RequestResult(out, ws.node.id, keys.public().fingerprint())


@dataclass(frozen=True)
class RequestInfo:
    """What an enrollment request says, shown before central enrolls the node."""

    node_id: str
    role: str
    agency: str
    fingerprint: str
    created_at: str


def _read_request(path: Path) -> enrollment.EnrollRequest:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Berkas permintaan {p} tidak dapat dibaca.").format(p=path),
            hint=_("Periksa nama berkas dan media penyimpanannya."),
        ) from exc
    return enrollment.parse_request(raw)


def read_enroll_request(ws: Workspace, actor: Actor, path: Path) -> RequestInfo:
    """Central: check a node's request file (self-signature) and show what it asks for."""
    _require_central(ws, actor)
    request = _read_request(path)
    return RequestInfo(
        request.node_id, request.role, request.agency, request.fingerprint, request.created_at
    )


def _require_central(ws: Workspace, actor: Actor) -> None:
    auth.require(actor, Role.ADMIN_PUSAT)
    if ws.node.role is not NodeRole.CENTRAL:
        raise SyncError("not_central", ws.node.role.value)


# Roles central's admin may give a node; there is one central (this node).
ENROLL_ROLES = (NodeRole.OFFICE.value, NodeRole.LAPTOP.value)


def enroll_node(
    ws: Workspace,
    actor: Actor,
    request_file: Path,
    units: Sequence[str],
    out: Path,
    *,
    role: str,
) -> EnrollResult:
    """Central: register a node from its request and write its enrollment bundle
    (certificate, central's keys and the master data for its units).

    ``role`` (office or laptop) is chosen here by central's admin: the role a request
    asks for is only shown, never trusted (a node asking for "central" would otherwise
    get every OPD's data and central's write rights)."""
    from ekinerja_desktop.services import master

    _require_central(ws, actor)
    if role not in ENROLL_ROLES:
        raise ValidationError(
            _("Peran node {r} tidak dapat diberikan saat pendaftaran.").format(r=role),
            problems=[("role", _("Pilih PC Kantor (office) atau Laptop Atasan (laptop)."))],
            hint=_("Hanya ada satu kantor pusat; node lain menjadi office atau laptop."),
        )
    request = _read_request(request_file)
    max_bytes = bundle_max_bytes(ws)
    if request.node_id == ws.node.id:
        raise SyncError("enroll_unexpected", "own request")
    if not units:
        raise ValidationError(
            _("Unit kerja node belum dipilih."),
            problems=[("unit", _("Pilih minimal satu unit."))],
            hint=_("Sebutkan unit dengan --unit (kode, nama atau jalur unit)."),
        )
    known = {u.id for u in master.list_units(ws, actor)}
    unit_ids = sorted({u if u in known else master.resolve_unit(ws, actor, u).id for u in units})
    keys = node_keys(ws)
    cert = enrollment.issue_certificate(
        keys,
        request,
        role=role,
        units=unit_ids,
        valid_until=now_utc() + timedelta(days=365 * CERTIFICATE_YEARS),
    )
    public = request.keys.to_dict()
    enroll_doc = {
        "certificate": cert.body.decode("utf-8"),
        "signature": cert.signature,
        "agency": ws.node.agency,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with ws.write(actor.username) as session:
        node = session.get(KnownNode, request.node_id)
        if node is None:
            node = KnownNode(id=request.node_id)
            session.add(node)
        node.role = role
        node.agency = request.agency[:200]
        node.unit_scope = json.dumps(unit_ids)
        node.sign_pub = str(public["sign_pub"])
        node.enc_pub = str(public["enc_pub"])
        node.fingerprint = request.fingerprint
        node.status = "enrolled"
        node.revoked_at = None
        node.valid_until = cert.valid_until_dt
        node.certificate = cert.body.decode("utf-8")
        node.certificate_sig = cert.signature
        session.flush()
        parts = exporter.export_bundle(
            session,
            keys=keys,
            recipient_id=request.node_id,
            target=out,
            full=True,
            kind="enrollment",
            meta={"central": keys.public().to_dict()},
            extra_members={importer.ENROLLMENT_MEMBER: dumps_canonical(enroll_doc)},
            max_bytes=max_bytes,
            read_blob=_blob_reader(ws),
        )
        detail = {
            "role": role,
            "requested_role": request.role,
            "units": unit_ids,
            "fingerprint": request.fingerprint,
            "bundle": str(parts[0].path),
            "parts": len(parts),
        }
        audit.record_action(
            session,
            ws,
            actor,
            action="sync.enroll",
            entity="sync_known_node",
            entity_id=request.node_id,
            detail=detail,
        )
    return EnrollResult(
        request.node_id,
        role,
        request.fingerprint,
        tuple(unit_ids),
        parts[0].path,
        keys.public().fingerprint(),
        tuple(p.path for p in parts),
    )


def revoke_node(ws: Workspace, actor: Actor, node_id: str) -> None:
    """Central: revoke a node (lost laptop); its bundles are refused from now on and the
    revocation travels to the other nodes in the next bundles."""
    _require_central(ws, actor)
    with ws.write(actor.username) as session:
        node = _resolve_peer(session, node_id)
        node.status = "revoked"
        node.revoked_at = now_utc()
        audit.record_row(session, ws, actor, "sync.revoke", node)


def _resolve_peer(session: Session, text: str) -> KnownNode:
    peers = session.execute(select(KnownNode).where(KnownNode.status != "self")).scalars().all()
    key = text.strip().lower()
    if key in ("pusat", "central"):
        hits = [p for p in peers if p.role == "central"]
    else:
        hits = [p for p in peers if p.id.lower() == key]
        hits = hits or [p for p in peers if p.id.lower().startswith(key)]
    if len(hits) > 1:
        raise SyncError("node_ambiguous", text)
    if not hits:
        raise NotFoundError(
            _("Node {n} tidak dikenal di node ini.").format(n=text),
            hint=_("Lihat daftar node dengan 'ekinerja sync nodes', atau daftarkan node itu."),
        )
    return hits[0]


def export_bundle(
    ws: Workspace,
    actor: Actor,
    to: str,
    out_dir: Path,
    *,
    full: bool = False,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write all changes ``to`` has not acknowledged into ``out_dir``: one bundle, or
    several when larger than ``max_bytes`` (default: setting ``bundle_max_mb``).

    ``progress(done, total, label)`` is called while writing; if it raises (the GUI's
    cancel), nothing is stored and no bundle file is left behind."""
    auth.require(actor, *_ADMINS)
    keys = node_keys(ws)
    limit = max_bytes if max_bytes is not None else bundle_max_bytes(ws)
    report = progress or _no_progress
    out_dir.mkdir(parents=True, exist_ok=True)

    def tell(done: int, total: int, table: str) -> None:
        label = _("Menulis {t}...").format(t=table) if table else _("Menyiapkan ekspor...")
        report(done, total, label)

    with ws.write(actor.username) as session:
        peer = _resolve_peer(session, to)
        if peer.status == "revoked":
            raise SyncError("revoked_signer", peer.id)
        head = integrity.bundle_anchor(ws, session)
        results = exporter.export_bundle(
            session,
            keys=keys,
            recipient_id=peer.id,
            target=out_dir,
            full=full,
            max_bytes=limit,
            progress=tell,
            read_blob=_blob_reader(ws),
            audit_head=head,
        )
        summary = _summary_of(results, peer.id, limit)
        detail = {
            "file": results[0].path.name,
            "bundle_id": results[0].bundle_id,
            "sequence": results[0].sequence,
            "rows": summary.rows,
            "blobs": summary.blobs,
            "missing_blobs": list(summary.missing_blobs),
            "audit_seq": head["seq"],
            "audit_epoch": ws.node.epoch,
            "parts": [
                {"file": r.path.name, "bundle_id": r.bundle_id, "sequence": r.sequence}
                for r in results
            ],
        }
        audit.record_row(session, ws, actor, "sync.export", peer, detail)
    return summary


def _no_progress(_done: int, _total: int, _label: str) -> None:
    return None


_PART_NAME = re.compile(r"(.*?)(?:-(\d{1,18}))?")


def _part_order(path: Path) -> tuple[str, int, str]:
    """``reply.ekb``, ``reply-2.ekb``, ``reply-10.ekb``: by name, then part number (the
    first part has none), so the parts of a split export import in the order written
    (``kantor-9.ekb`` before ``kantor-10.ekb`` too)."""
    match = _PART_NAME.fullmatch(path.stem)
    assert match is not None
    return match.group(1), int(match.group(2) or 1), path.name


def bundle_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [p for p in path.iterdir() if p.suffix == ".ekb" and p.is_file()]
            files.extend(sorted(found, key=_part_order))
        else:
            files.append(path)
    return files


def import_bundle(
    ws: Workspace,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    expect_fingerprint: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Verify and apply one bundle in one transaction (or only classify: ``dry_run``)."""
    return _import_files(
        ws,
        actor,
        [path],
        dry_run=dry_run,
        expect_fingerprint=expect_fingerprint,
        progress=progress,
    )[0]


def import_bundles(
    ws: Workspace,
    actor: Actor,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    expect_fingerprint: str | None = None,
) -> list[ImportReport]:
    """Import files and folders (every ``*.ekb`` inside, in name order and part order)
    in ONE transaction: a rejected bundle is reported and skipped, but a cancel (an
    exception from ``progress``) or any unexpected error leaves the database as it was.
    ``expect_fingerprint``: central's fingerprint as compared by the admin, for
    enrollment bundles (other bundles are imported as usual)."""
    return _import_files(
        ws,
        actor,
        bundle_files(paths),
        dry_run=dry_run,
        progress=progress,
        expect_fingerprint=expect_fingerprint,
        only_enrollment=True,
    )


def _import_files(
    ws: Workspace,
    actor: Actor,
    files: Sequence[Path],
    *,
    dry_run: bool,
    expect_fingerprint: str | None = None,
    progress: Progress | None = None,
    only_enrollment: bool = False,
) -> list[ImportReport]:
    auth.require(actor, *_ADMINS)
    keys = node_keys(ws)
    report_to = progress or _no_progress
    reports: list[ImportReport] = []
    try:
        with ws.write(actor.username) as session:
            session.info["raw_sync"] = True
            for number, path in enumerate(files, start=1):
                name = path.name

                def tell(done: int, total: int, table: str, n: int = number, f: str = name) -> None:
                    label = _("Bundel {i} dari {k}: {f}").format(i=n, k=len(files), f=f)
                    report_to(done, total, f"{label} ({table})" if table else label)

                reports.append(
                    _import_one(
                        session,
                        ws,
                        actor,
                        path,
                        keys=keys,
                        dry_run=dry_run,
                        expect_fingerprint=(
                            expect_fingerprint
                            if not only_enrollment or _is_enrollment(path)
                            else None
                        ),
                        progress=tell,
                    )
                )
            if dry_run:
                raise _DryRun(reports)
    except _DryRun as done:
        return done.reports
    if ws.node.role is NodeRole.CENTRAL and any(r.status == "applied" for r in reports):
        # Keep the dashboard's daily-log rollup current at import (the months the bundles
        # touched), so opening the dashboard or the public report never builds it.
        report_to(0, 0, _("Memperbarui ringkasan dasbor..."))
        with ws.write("system") as session:
            conn = session.connection()
            rollup.ensure_triggers(conn)
            rollup.refresh(conn, report_to)
    return reports


def _is_enrollment(path: Path) -> bool:
    """Whether ``path`` claims to be an enrollment bundle (unverified header)."""
    from ekinerja_desktop.sync.container import peek_header

    try:
        header = peek_header(path)
    except (BundleError, OSError):
        return False
    return header is not None and header.get("kind") == "enrollment"


def _import_one(
    session: Session,
    ws: Workspace,
    actor: Actor,
    path: Path,
    *,
    keys: NodeKeys,
    dry_run: bool,
    expect_fingerprint: str | None,
    progress: Progress,
) -> ImportReport:
    """One bundle inside a savepoint: a rejected bundle changes nothing but the audit."""
    savepoint = session.begin_nested()
    try:
        report = importer.import_bundle(
            session,
            path,
            me=keys,
            actor=actor.username,
            dry_run=dry_run,
            expect_fingerprint=expect_fingerprint,
            progress=progress,
            store_blob=_blob_store(ws),
            max_blob_bytes=evidence_max_bytes(ws),
        )
    except BundleError as exc:
        savepoint.rollback()
        return _rejected(session, ws, actor, path, exc, dry_run=dry_run)
    except (ArithmeticError, ValueError, TypeError, KeyError, IndexError, DBAPIError) as exc:
        # A value the checks missed (e.g. a number too large for the database): this
        # bundle is refused, the others of a folder are still imported.
        savepoint.rollback()
        error = SyncError("bundle_invalid", f"{type(exc).__name__}: {exc}"[:300])
        return _rejected(session, ws, actor, path, error, dry_run=dry_run)
    savepoint.commit()
    if report.audit_warning and not dry_run:
        detail = {"file": path.name, "sequence": report.sequence, "code": report.audit_warning}
        audit.record_action(
            session,
            ws,
            actor,
            action="sync.audit_anomaly",
            entity="sync_known_node",
            entity_id=report.sender,
            detail=detail,
        )
    if report.status == "applied" and not dry_run:
        detail = {
            "file": path.name,
            "sender": report.sender,
            "sequence": report.sequence,
            "rejected": len(report.rejections),
            "conflicts": report.conflicts_total(),
        }
        audit.record_action(
            session,
            ws,
            actor,
            action="sync.import",
            entity="sync_imported_bundle",
            entity_id=report.bundle_id,
            detail=detail,
        )
    return report


def _rejected(
    session: Session,
    ws: Workspace,
    actor: Actor,
    path: Path,
    exc: BundleError,
    *,
    dry_run: bool,
) -> ImportReport:
    if not dry_run:
        detail = {"code": exc.code, "detail": exc.detail}
        audit.record_action(
            session,
            ws,
            actor,
            action="sync.import_rejected",
            entity="bundle",
            entity_id=path.name[:64],
            detail=detail,
        )
    return importer.rejected_report(path, exc, dry_run)


# --- conflicts -------------------------------------------------------------------------

KEEP_CURRENT = "current"
APPLY_OTHER = "other"


@dataclass(frozen=True)
class ConflictField:
    """One column of a conflicted row: this node's value next to the losing one."""

    name: str
    current: str
    other: str

    @property
    def differs(self) -> bool:
        return self.current != self.other


@dataclass(frozen=True)
class ConflictView:
    """An open (or resolved) conflict with both versions side by side, as plain text."""

    id: str
    table: str
    row_id: str
    status: str
    created_at: datetime
    bundle_id: str
    current_version: int
    current_node: str
    other_version: int
    other_node: str
    fields: tuple[ConflictField, ...]
    resolved_by: str | None = None
    resolved_at: datetime | None = None

    @property
    def differing(self) -> tuple[ConflictField, ...]:
        return tuple(f for f in self.fields if f.differs)


@dataclass(frozen=True)
class ConflictResolution:
    conflict_id: str
    table: str
    row_id: str
    kept: str  # KEEP_CURRENT | APPLY_OTHER
    new_version: int


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(encode_value(value))


def _loser_row(spec: SyncTable, conflict: Conflict) -> dict[str, Any]:
    try:
        return decode_row(spec, loads_strict(conflict.loser.encode("utf-8"), max_bytes=16 << 20))
    except (RowError, BundleError) as exc:
        raise ValidationError(
            _("Versi lain pada konflik {c} tidak dapat dibaca.").format(c=conflict.id),
            hint=_("Biarkan versi yang berlaku dan tandai konflik ini selesai."),
        ) from exc


def _conflict_view(session: Session, conflict: Conflict) -> ConflictView:
    spec = sync_tables().get(conflict.table_name)
    current: dict[str, Any] = {}
    other: dict[str, Any] = {}
    if spec is not None:
        found = (
            session.execute(select(spec.table).where(spec.table.c.id == conflict.row_id))
            .mappings()
            .first()
        )
        current = dict(found) if found is not None else {}
        try:
            other = _loser_row(spec, conflict)
        except ValidationError:
            other = {}
        names = [c.name for c in spec.table.columns]
    else:
        names = []
    fields = tuple(
        ConflictField(name, _text(current.get(name)), _text(other.get(name)))
        for name in names
        if name not in SYNC_COLUMNS or name == "deleted"
    )
    return record_from(
        ConflictView,
        conflict,
        table=conflict.table_name,
        current_version=int(current.get("version", conflict.winner_version)),
        current_node=str(current.get("origin_node", conflict.winner_node)),
        other_version=int(other.get("version", 0)),
        other_node=str(other.get("origin_node", "")),
        fields=fields,
    )


def list_conflicts(ws: Workspace, actor: Actor, *, status: str = "open") -> list[ConflictView]:
    """Conflicts (default: open ones), oldest first, both versions side by side."""
    auth.require(actor, *_ADMINS)
    with ws.read() as session:
        stmt = select(Conflict).order_by(Conflict.created_at, Conflict.id)
        if status:
            stmt = stmt.where(Conflict.status == status)
        return [_conflict_view(session, c) for c in session.execute(stmt).scalars()]


def get_conflict(ws: Workspace, actor: Actor, conflict_id: str) -> ConflictView:
    auth.require(actor, *_ADMINS)
    with ws.read() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise _conflict_missing(conflict_id)
        return _conflict_view(session, conflict)


def _conflict_missing(conflict_id: str) -> NotFoundError:
    return NotFoundError(
        _("Konflik {c} tidak ditemukan.").format(c=conflict_id),
        hint=_("Muat ulang daftar konflik."),
    )


def _mapped_class(table_name: str) -> type[Any]:
    from ekinerja_desktop.store.base import Base

    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper.class_
    raise NotFoundError(  # pragma: no cover - every sync table is mapped
        _("Tabel {t} tidak dikenal.").format(t=table_name),
        hint=_("Perbarui aplikasi."),
    )


def resolve_conflict(
    ws: Workspace, actor: Actor, conflict_id: str, keep: str
) -> ConflictResolution:
    """Close a conflict: keep the current version (``KEEP_CURRENT``) or apply the other
    version's values (``APPLY_OTHER``) as a new local version that travels on."""
    auth.require(actor, *_ADMINS)
    if keep not in (KEEP_CURRENT, APPLY_OTHER):
        raise ValidationError(
            _("Pilihan penyelesaian konflik tidak dikenal."),
            problems=[("keep", _("Pilih versi yang berlaku atau versi lain."))],
        )
    with ws.write(actor.username) as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise _conflict_missing(conflict_id)
        if conflict.status != "open":
            raise ValidationError(
                _("Konflik ini sudah diselesaikan oleh {u}.").format(u=conflict.resolved_by),
                hint=_("Muat ulang daftar konflik."),
            )
        spec = sync_tables().get(conflict.table_name)
        cls = _mapped_class(conflict.table_name)
        row = session.get(cls, conflict.row_id)
        if spec is None or row is None:
            raise NotFoundError(
                _("Data yang berkonflik ({t} {r}) tidak ada lagi di node ini.").format(
                    t=conflict.table_name, r=conflict.row_id
                ),
                hint=_("Tandai konflik selesai dengan memilih versi yang berlaku."),
            )
        changed: list[str] = []
        if keep == APPLY_OTHER:
            if getattr(row, "status", None) in IMMUTABLE_STATUS.get(spec.name, frozenset()):
                raise ValidationError(
                    _("Data ini sudah disetujui dan tidak dapat diubah lagi."),
                    hint=_("Biarkan versi yang berlaku."),
                )
            other = _loser_row(spec, conflict)
            for name, value in other.items():
                if name in SYNC_COLUMNS and name != "deleted":
                    continue
                if getattr(row, name) != value:
                    setattr(row, name, value)
                    changed.append(name)
            if not changed:  # same content: still save a new version so it travels on
                row.updated_at = now_utc()
            session.flush()
        conflict.status = "resolved"
        conflict.resolved_by = actor.username
        conflict.resolved_at = now_utc()
        detail = {"conflict": conflict.id, "kept": keep, "fields": changed}
        audit.record_action(
            session,
            ws,
            actor,
            action="sync.conflict_resolve",
            entity=conflict.table_name,
            entity_id=conflict.row_id,
            detail=detail,
        )
        session.flush()
        return ConflictResolution(
            conflict.id, conflict.table_name, conflict.row_id, keep, int(row.version)
        )


# --- history ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedBundleInfo:
    bundle_id: str
    sender: str
    sequence: int
    kind: str
    imported_at: datetime
    imported_by: str
    summary: str


def list_imported(ws: Workspace, actor: Actor, *, limit: int = 500) -> list[ImportedBundleInfo]:
    """The bundles applied here, newest first, each with its stored report's summary."""
    from ekinerja_desktop.store.models import ImportedBundle

    auth.require(actor, *_ADMINS)
    with ws.read() as session:
        rows = session.execute(
            select(ImportedBundle).order_by(ImportedBundle.imported_at.desc()).limit(limit)
        ).scalars()
        out: list[ImportedBundleInfo] = []
        for row in rows:
            try:
                summary = _report_summary(json.loads(row.report))
            except (ValueError, TypeError, KeyError):
                summary = ""
            out.append(
                ImportedBundleInfo(
                    row.bundle_id,
                    row.sender,
                    row.sequence,
                    row.kind,
                    row.imported_at,
                    row.imported_by,
                    summary,
                )
            )
        return out


def _report_summary(data: dict[str, Any]) -> str:
    from ekinerja_desktop.sync.importer import Rejection, TableReport

    data = dict(data)
    data["tables"] = tuple(TableReport(**t) for t in data.get("tables", ()))
    data["rejections"] = tuple(Rejection(**r) for r in data.get("rejections", ()))
    data["missing_bundles"] = tuple(data.get("missing_bundles", ()))
    data["missing_changes"] = tuple(data.get("missing_changes", ()))
    return ImportReport(**data).summary()


report_summary = _report_summary  # public: the text summary of a stored import report
