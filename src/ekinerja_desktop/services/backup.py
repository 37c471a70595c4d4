"""Backup, restore and health check of a workspace (SQLite database plus evidence files).

Format: one ``.ekbak`` file per backup, a zip holding ``manifest.json`` (format version,
time, node, schema revision, sha256 of every member), ``ekinerja.sqlite3`` (a consistent
copy taken with SQLite's online backup API while the program runs) and
``evidence/<relative path>`` for every evidence file. A backup is written to
``<name>.part`` and renamed only when complete, so a full disk or a pulled USB stick
never leaves a half-written backup under a real name. Rotation keeps the newest
``backup_keep`` backups of THIS node in the folder (other nodes' backups on a shared
stick are never touched).

PostgreSQL workspaces (central office) are backed up with the server's own tools
(pg_dump); ``backup_now``/``restore`` refuse them with that hint, ``check`` still runs the
audit-chain and evidence checks.

An encrypted workspace's backup stays encrypted: the database copy is an SQLCipher file
with the same data key, the evidence blobs are copied as they are (encrypted), and the
key slots (``keyslots.json``) travel along, so the backup opens with the passwords and
recovery key that were valid when it was made (manifest ``"encrypted": true``).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ekinerja_desktop import __version__
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc, to_wita
from ekinerja_desktop.services import (
    audit,
    evidence,
    files,
    integrity,
    keyslots,
    restore_journal,
    settings,
)
from ekinerja_desktop.services.auth import Actor, require
from ekinerja_desktop.services.errors import ServiceError
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.store import owner_only
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.database import (
    connect_sqlite,
    copy_sqlite,
    export_encrypted,
    sqlite_errors,
    sqlite_path,
)
from ekinerja_desktop.store.migrate import backup_sqlite, known_revisions, upgrade_database
from ekinerja_desktop.store.models import AuditEvent, Evidence, LocalNode

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace

FORMAT = "ekinerja-backup"
FORMAT_VERSION = 1
SUFFIX = ".ekbak"
DB_MEMBER = "ekinerja.sqlite3"
KEYSLOTS_MEMBER = keyslots.KEYSLOTS_FILENAME
EVIDENCE_PREFIX = "evidence/"
_NAME_RE = re.compile(r"^ekinerja-(\d{8}-\d{6})(?:-\d+)?-([0-9a-f]{8})\.ekbak$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


class BackupError(ServiceError):
    code = "backup_failed"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    node_id: str
    agency: str
    schema: str
    size: int
    evidence_files: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    backup_created_at: datetime
    old_epoch: str
    new_epoch: str
    schema_before: str
    other_node: bool  # the backup came from another installation


CheckItem = integrity.CheckItem  # one line of the check report


@dataclass(frozen=True)
class CheckReport:
    items: tuple[CheckItem, ...]
    full: bool = True  # False: the quick check (see :func:`check`)

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    @property
    def kind(self) -> str:
        """Which check ran, in words (the first line of :meth:`text`)."""
        if self.full:
            return _("Pemeriksaan lengkap (integrity_check, foreign_key_check, semua dokumen).")
        return _(
            "Pemeriksaan cepat: rujukan antar-data, jejak audit, dokumen terbaru, bukti "
            "dukung. Struktur berkas (integrity_check) tidak diperiksa: jalankan "
            "'ekinerja db check --full' (lama pada data besar)."
        )

    def text(self) -> str:
        lines = [self.kind]
        for item in self.items:
            lines.append(("[OK] " if item.ok else "[MASALAH] ") + item.message)
            lines.extend(f"    - {d}" for d in item.details)
        return "\n".join(lines)


# --- helpers ---------------------------------------------------------------------------
def _noop(_done: int, _total: int, _label: str) -> None:
    pass


def _require_admin(actor: Actor) -> None:
    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)


def _db_file(ws: Workspace) -> Path:
    path = sqlite_path(ws.url)
    if path is None:
        raise BackupError(
            _("Cadangan bawaan hanya untuk basis data SQLite; ruang kerja ini memakai server."),
            hint=_("Cadangkan server PostgreSQL dengan pg_dump sesuai prosedur kantor pusat."),
            code="backup_unsupported",
        )
    return path


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _is_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def _write_error(exc: OSError, where: Path) -> BackupError:
    if _is_full(exc):
        return BackupError(
            _(
                "Ruang penyimpanan di {p} penuh: cadangan TIDAK dibuat (berkas setengah jadi "
                "sudah dihapus). Data di aplikasi tetap utuh."
            ).format(p=where),
            hint=_("Kosongkan ruang di media itu, atau pilih folder/flashdisk lain."),
            code="disk_full",
        )
    return BackupError(
        _("Cadangan tidak dapat ditulis ke {p} ({r}); tidak ada cadangan yang dibuat.").format(
            p=where, r=exc.strerror or exc
        ),
        hint=_("Periksa apakah folder/flashdisk masih terpasang dan dapat ditulisi."),
        code="backup_write_failed",
    )


def sqlite_snapshot(db_path: Path, target: Path, key: bytes | None = None) -> None:
    """Consistent copy via SQLite's online backup API (safe while others write); an
    encrypted database is copied encrypted with the same key."""
    src = connect_sqlite(db_path, key=key, readonly=True)
    try:
        dst = connect_sqlite(target, key=key)
        try:
            src.backup(dst)
            # A self-contained single file (no -wal beside it).
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _evidence_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def _fsync_file(path: Path) -> None:
    # Opened for writing: Windows refuses to flush a read-only handle (EBADF).
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _scratch_dir(near: Path) -> Iterator[Path]:
    with files.scratch(near) as path:
        yield path


# --- backup ----------------------------------------------------------------------------
def default_dir(ws: Workspace) -> Path:
    """The configured backup folder (setting ``backup_dir``), else ``<data>/backups``."""
    configured = settings.get(ws, "backup_dir").strip()
    return Path(configured).expanduser() if configured else ws.backup_dir


def _target_name(folder: Path, node_id: str, moment: datetime) -> Path:
    stamp = to_wita(moment).strftime("%Y%m%d-%H%M%S")
    short = node_id.replace("-", "")[:8].lower()
    target = folder / f"ekinerja-{stamp}-{short}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"ekinerja-{stamp}-{counter}-{short}{SUFFIX}"
    return target


# The copy step, separate so tests can simulate a failing medium.
def _copy_into_zip(zf: zipfile.ZipFile, src: Path, name: str) -> None:
    zf.write(src, name)


def _create(
    ws: Workspace, folder: Path, progress: Progress, actor_name: str, *, create: bool = True
) -> BackupInfo:
    db_path = _db_file(ws)
    folder = Path(folder).expanduser()
    if not create and not folder.is_dir():
        raise BackupError(
            _("Folder cadangan {p} tidak tersedia; cadangan terjadwal belum dibuat.").format(
                p=folder
            ),
            hint=_("Pasang flashdisk/folder itu, atau pilih folder lain di menu Cadangan Data."),
            code="backup_folder_missing",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(exc, folder) from exc
    moment = now_utc()
    target = _target_name(folder, ws.node.id, moment)
    part = target.with_name(target.name + ".part")
    evidence_root = ws.evidence_dir
    files = _evidence_files(evidence_root)
    total = len(files) + 2
    progress(0, total, _("Menyalin basis data..."))
    try:
        with _scratch_dir(ws.data_dir) as scratch:
            snap = scratch / DB_MEMBER
            try:
                sqlite_snapshot(db_path, snap, ws.key)
            except sqlite_errors() as exc:
                if "full" in str(exc).lower():
                    raise _write_error(OSError(errno.ENOSPC, str(exc)), ws.data_dir) from exc
                raise
            con = connect_sqlite(snap, key=ws.key, readonly=True)
            try:
                schema = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            finally:
                con.close()
            anchor = integrity.backup_anchor(ws, snap)
            members: dict[str, str] = {DB_MEMBER: _sha256_file(snap)}
            if ws.key is not None:
                slots = scratch / KEYSLOTS_MEMBER
                shutil.copyfile(keyslots.keyslots_file(ws.data_dir), slots)
                members[KEYSLOTS_MEMBER] = _sha256_file(slots)
            progress(1, total, _("Menulis berkas cadangan..."))
            part.unlink(missing_ok=True)
            owner_only.create_private(part)  # owner-only before any data goes in
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                _copy_into_zip(zf, snap, DB_MEMBER)
                if ws.key is not None:
                    _copy_into_zip(zf, scratch / KEYSLOTS_MEMBER, KEYSLOTS_MEMBER)
                for n, path in enumerate(files, start=2):
                    rel = path.relative_to(evidence_root).as_posix()
                    members[EVIDENCE_PREFIX + rel] = _sha256_file(path)
                    _copy_into_zip(zf, path, EVIDENCE_PREFIX + rel)
                    progress(n, total, _("Menyalin bukti dukung..."))
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "app_version": __version__,
                    "created_at": moment.isoformat(),
                    "node_id": ws.node.id,
                    "agency": ws.node.agency,
                    "schema": schema,
                    "encrypted": ws.key is not None,
                    "members": members,
                    "audit_head": anchor,
                }
                zf.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
            _fsync_file(part)
            os.replace(part, target)
            owner_only.fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(exc, folder) from exc
        raise
    size = target.stat().st_size
    _audit_backup(
        ws,
        actor_name,
        "backup.create",
        {"folder": str(folder), "size": size, "evidence_files": len(files)},
        entity_id=target.name,
    )
    removed = rotate(ws, folder, settings.get_int(ws, "backup_keep"))
    if removed:
        _audit_backup(
            ws,
            actor_name,
            "backup.rotate",
            {"folder": str(folder), "removed": [p.name for p in removed]},
        )
    progress(total, total, _("Selesai."))
    return BackupInfo(target, moment, ws.node.id, ws.node.agency, schema, size, len(files))


def _audit_backup(
    ws: Workspace, actor_name: str, action: str, detail: dict[str, Any], *, entity_id: str = ""
) -> None:
    """One audit event about a backup, in its own transaction."""
    with ws.write(actor=actor_name) as session:
        audit.record(
            session,
            node_id=ws.node.id,
            actor=actor_name,
            action=action,
            entity="backup",
            entity_id=entity_id,
            detail=detail,
        )


def backup_now(
    ws: Workspace, actor: Actor, folder: Path | None = None, progress: Progress | None = None
) -> BackupInfo:
    """Manual backup into ``folder`` (default: the configured backup folder). Admins only."""
    _require_admin(actor)
    return _create(ws, folder or default_dir(ws), progress or _noop, actor.username)


def _own_backups(folder: Path, node_id: str) -> list[Path]:
    short = node_id.replace("-", "")[:8].lower()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME_RE.match(path.name)
        if match and match.group(2) == short and path.is_file():
            found.append((match.group(1), path.stat().st_mtime, path))
    return [p for _s, _m, p in sorted(found, key=lambda t: (t[0], t[1], t[2].name))]


def rotate(ws: Workspace, folder: Path, keep: int) -> list[Path]:
    """Delete this node's oldest backups in ``folder`` beyond the newest ``keep``."""
    own = _own_backups(Path(folder), ws.node.id)
    doomed = own[: max(0, len(own) - max(1, keep))]
    for path in doomed:
        with contextlib.suppress(OSError):
            path.unlink()
    return doomed


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every readable ``.ekbak`` in ``folder`` (any node), newest first."""
    out: list[BackupInfo] = []
    folder = Path(folder)
    if not folder.is_dir():
        return out
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            manifest = _read_manifest(path)
        except BackupError:
            continue
        out.append(
            BackupInfo(
                path,
                datetime.fromisoformat(manifest["created_at"]),
                str(manifest.get("node_id", "")),
                str(manifest.get("agency", "")),
                str(manifest.get("schema", "")),
                path.stat().st_size,
                sum(1 for m in manifest["members"] if m.startswith(EVIDENCE_PREFIX)),
            )
        )
    return sorted(out, key=lambda b: b.created_at, reverse=True)


# --- schedule --------------------------------------------------------------------------
def last_backup_at(ws: Workspace) -> datetime | None:
    """Time of the last successful backup recorded in this workspace's audit trail."""
    with ws.read() as session:
        return session.execute(
            select(AuditEvent.at)
            .where(AuditEvent.action == "backup.create")
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).scalar_one_or_none()


def due(ws: Workspace, now: datetime | None = None) -> bool:
    """True when a scheduled backup should run (interval 0 = schedule off)."""
    if not ws.is_sqlite:
        return False
    hours = settings.get_int(ws, "backup_interval_hours")
    if hours <= 0:
        return False
    last = last_backup_at(ws)
    return last is None or (now or now_utc()) - last >= timedelta(hours=hours)


def run_scheduled(ws: Workspace, progress: Progress | None = None) -> BackupInfo | None:
    """Run the scheduled backup if due (audited as ``system``); None when not due."""
    if not due(ws):
        return None
    folder = default_dir(ws)
    # A configured folder must already exist: an unplugged USB stick's mount point must
    # not silently turn into a folder on the local disk.
    return _create(ws, folder, progress or _noop, "system", create=folder == ws.backup_dir)


# --- restore ---------------------------------------------------------------------------
def _read_manifest(path: Path) -> dict[str, Any]:
    bad = BackupError(
        _("{p} bukan berkas cadangan e-Kinerja yang utuh.").format(p=path.name),
        hint=_("Pilih berkas .ekbak lain; berkas itu mungkin rusak atau belum selesai disalin."),
        code="bad_backup",
    )
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise bad from exc
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or not isinstance(manifest.get("members"), dict)
        or DB_MEMBER not in manifest["members"]
        or not set(manifest["members"]) <= names
        or not isinstance(manifest.get("created_at"), str)
    ):
        raise bad
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError(
            _("Cadangan {p} dibuat oleh versi aplikasi yang lebih baru.").format(p=path.name),
            hint=_("Perbarui aplikasi ke versi terbaru, lalu pulihkan lagi."),
            code="backup_too_new",
        )
    return manifest


def _safe_member(name: str) -> bool:
    parts = name.split("/")
    return not name.startswith("/") and ".." not in parts and "\\" not in name and ":" not in name


def _extract_checked(path: Path, manifest: dict[str, Any], scratch: Path) -> Path:
    """Extract every member into ``scratch``, verifying its sha256; returns the db."""
    with zipfile.ZipFile(path) as zf:
        for name, digest in manifest["members"].items():
            if not _safe_member(name):
                raise BackupError(
                    _("Cadangan {p} memuat nama berkas yang tidak aman: {n}.").format(
                        p=path.name, n=name
                    ),
                    code="bad_backup",
                )
            out = scratch / name
            out.parent.mkdir(parents=True, exist_ok=True)
            hasher = hashlib.sha256()
            with zf.open(name) as src, out.open("wb") as dst:
                while chunk := src.read(_CHUNK):
                    hasher.update(chunk)
                    dst.write(chunk)
            if hasher.hexdigest() != digest:
                raise BackupError(
                    _("Isi cadangan {p} rusak ({n} tidak cocok dengan sidik jarinya).").format(
                        p=path.name, n=name
                    ),
                    hint=_("Pilih cadangan lain."),
                    code="bad_backup",
                )
    return scratch / DB_MEMBER


def validate_database_file(db: Path, label: str, key: bytes | None = None) -> tuple[str, str, str]:
    """integrity_check, our schema, not newer. Returns (schema, node_id, epoch)."""
    try:
        con = connect_sqlite(db, key=key, readonly=True)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            schema_row = (
                con.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            node_row = (
                con.execute("SELECT id, epoch FROM local_node").fetchone()
                if "local_node" in tables
                else None
            )
        finally:
            con.close()
    except sqlite_errors() as exc:
        raise BackupError(
            _("Basis data di dalam {p} tidak dapat dibaca.").format(p=label),
            hint=_("Pilih cadangan lain."),
            code="bad_backup",
        ) from exc
    if result != ["ok"]:
        raise BackupError(
            _("Basis data di dalam {p} rusak (integrity_check: {r}).").format(
                p=label, r="; ".join(result[:3])
            ),
            hint=_("Pilih cadangan lain."),
            code="bad_backup",
        )
    if schema_row is None or node_row is None:
        raise BackupError(
            _("{p} tidak berisi ruang kerja e-Kinerja.").format(p=label),
            hint=_("Pilih cadangan yang dibuat oleh aplikasi ini."),
            code="bad_backup",
        )
    schema = str(schema_row[0])
    if schema not in known_revisions():
        raise BackupError(
            _("Cadangan {p} dibuat oleh versi aplikasi yang lebih baru (skema {s}).").format(
                p=label, s=schema
            ),
            hint=_("Perbarui aplikasi ke versi terbaru, lalu pulihkan lagi."),
            code="backup_too_new",
        )
    return schema, str(node_row[0]), str(node_row[1])


def _check_anchor(manifest: dict[str, Any], db: Path, label: str, key: bytes | None) -> None:
    """The backup's database must end exactly at the audit head its manifest names:
    events deleted from (or rewritten in) the copy inside the backup are refused."""
    problem = integrity.check_backup_anchor(manifest, db, key)
    if problem:
        raise BackupError(
            _("Cadangan {p} ditolak: {r}.").format(p=label, r=problem),
            hint=_("Cadangan itu diubah setelah dibuat; pilih cadangan lain."),
            code="backup_tampered",
        )


def is_encrypted_backup(manifest: dict[str, Any]) -> bool:
    return bool(manifest.get("encrypted")) and KEYSLOTS_MEMBER in manifest["members"]


def inspect_backup(path: Path, key: bytes | None = None) -> BackupInfo:
    """Validate a backup completely without touching the workspace. The database of an
    encrypted backup is opened only when ``key`` is given (the fingerprints of every
    member are checked either way)."""
    path = Path(path)
    manifest = _read_manifest(path)
    with tempfile.TemporaryDirectory(prefix="ekinerja-inspect-") as tmp:
        db = _extract_checked(path, manifest, Path(tmp))
        if is_encrypted_backup(manifest) and key is None:
            schema, node_id = str(manifest.get("schema", "")), str(manifest.get("node_id", ""))
        else:
            db_key = key if is_encrypted_backup(manifest) else None
            schema, node_id, _epoch = validate_database_file(db, path.name, db_key)
            _check_anchor(manifest, db, path.name, db_key)
    return BackupInfo(
        path,
        datetime.fromisoformat(str(manifest["created_at"])),
        node_id,
        str(manifest.get("agency", "")),
        schema,
        path.stat().st_size,
        sum(1 for m in manifest["members"] if m.startswith(EVIDENCE_PREFIX)),
    )


def _backup_key_error(label: str) -> BackupError:
    return BackupError(
        _("Cadangan {p} dienkripsi dengan kunci ruang kerja lain.").format(p=label),
        hint=_(
            "Pulihkan ke folder data kosong dengan nama pengguna dan kata sandi yang berlaku "
            "saat cadangan dibuat: ekinerja db restore BERKAS --data-dir FOLDER_BARU --user "
            "NAMA."
        ),
        code="backup_other_key",
    )


def _encrypted_into_plain(label: str) -> BackupError:
    return BackupError(
        _("Cadangan {p} terenkripsi, sedangkan ruang kerja ini tidak.").format(p=label),
        hint=_(
            "Pulihkan ke folder data kosong: ekinerja db restore BERKAS --data-dir "
            "FOLDER_BARU --user NAMA, lalu pakai folder itu."
        ),
        code="backup_encrypted",
    )


def _validate_for(
    db: Path, manifest: dict[str, Any], label: str, key: bytes | None
) -> tuple[str, str, str]:
    """Validate the extracted database with the key it needs (None for a plain one)."""
    if not is_encrypted_backup(manifest):
        return validate_database_file(db, label)
    if key is None:
        raise _encrypted_into_plain(label)
    try:
        return validate_database_file(db, label, key)
    except BackupError as exc:
        if exc.code == "bad_backup":
            raise _backup_key_error(label) from exc
        raise


def _copy_database(src_db: Path, db_path: Path, key: bytes | None) -> None:
    # A step of its own: the crash tests stop the restore right before or after it.
    copy_sqlite(src_db, db_path, key)


def _merge_evidence(
    evidence_src: Path, evidence_dst: Path, key: bytes | None, old_keys: list[bytes] | None = None
) -> None:
    """Copy the backup's evidence files that are missing here; in an encrypted
    workspace a plain file (from a plain backup) is encrypted on arrival, and one under
    an older data key (a backup from before a re-key) is re-encrypted."""
    if not evidence_src.is_dir():
        return
    for file in evidence_src.rglob("*"):
        if file.is_file():
            dest = evidence_dst / file.relative_to(evidence_src)
            if not dest.exists():
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(file, dest)
                if key is not None and _HEX64.match(dest.name):
                    evidence.encrypt_stored_blob(dest, key)
                    if old_keys:
                        evidence.rekey_stored_blob(dest, old_keys, key)


def _older_key_of(ws: Workspace, db: Path, manifest: dict[str, Any]) -> bytes | None:
    """The earlier data key of THIS workspace that opens an encrypted backup's database
    (kept, wrapped with today's key, since a re-key); None when today's key opens it or
    none does."""
    if ws.key is None or not is_encrypted_backup(manifest):
        return None
    if _opens(db, ws.key):
        return None
    for old in keyslots.KeySlots.load(ws.data_dir).previous_keys(ws.key):
        if _opens(db, old):
            return old
    return None


def _opens(db: Path, key: bytes) -> bool:
    try:
        con = connect_sqlite(db, key=key, readonly=True)
    except sqlite_errors():
        return False
    con.close()
    return True


def _rekey_copy(db: Path, old: bytes, new: bytes | None) -> None:
    assert new is not None
    con = connect_sqlite(db, key=old)
    try:
        con.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    finally:
        con.close()


def _set_epoch(db: Path, key: bytes | None, epoch: str) -> None:
    """Give the restored copy (not yet in place) its new sync epoch."""
    con = connect_sqlite(db, key=key)
    try:
        con.execute("UPDATE local_node SET epoch = ?", (epoch,))
        con.commit()
    finally:
        con.close()


def restore(
    ws: Workspace, actor: Actor, path: Path, progress: Progress | None = None
) -> RestoreResult:
    """Replace the workspace's data with a backup. Validates the backup first, keeps the
    current database as a safety copy in ``<data>/backups``, merges the evidence files,
    migrates an older schema, gives the workspace a NEW sync epoch and audits it.

    An encrypted workspace restores its own encrypted backups (same data key) and plain
    backups (encrypted on the way in); an encrypted backup cannot be restored into a
    plain workspace or one with another key (restore it into an empty folder instead).

    Everybody must log in again afterwards (accounts come from the backup)."""
    _require_admin(actor)
    report = progress or _noop
    path = Path(path)
    db_path = _db_file(ws)
    old_node_id = ws.node.id
    manifest = _read_manifest(path)
    report(0, 4, _("Memeriksa cadangan..."))
    with _scratch_dir(ws.data_dir) as scratch:
        db = _extract_checked(path, manifest, scratch)
        old_key = _older_key_of(ws, db, manifest)
        if old_key is not None:
            # A backup from before a re-key of this workspace: brought to today's key.
            _rekey_copy(db, old_key, ws.key)
        schema, backup_node, _epoch = _validate_for(db, manifest, path.name, ws.key)
        _check_anchor(manifest, db, path.name, ws.key if is_encrypted_backup(manifest) else None)
        if ws.key is not None and not is_encrypted_backup(manifest):
            keyed = scratch / "encrypted.sqlite3"
            export_encrypted(db, keyed, ws.key)
            keyslots.shred(db)
            db = keyed
        report(1, 4, _("Menyimpan salinan pengaman basis data saat ini..."))
        failures: tuple[type[Exception], ...] = (OSError, *sqlite_errors())
        try:
            safety = backup_sqlite(db_path, ws.backup_dir, "sebelum-pulih", ws.key)
        except failures as exc:
            raise BackupError(
                _("Salinan pengaman basis data saat ini gagal dibuat; pemulihan dibatalkan."),
                hint=_("Kosongkan ruang disk lalu coba lagi. Data saat ini tidak diubah."),
                code="restore_failed",
            ) from exc
        # Evidence first (only adds files that are missing: harmless if the restore
        # stops here), then the restored copy gets its new epoch and the journal says
        # what is left, then ONE atomic step replaces the database. A crash anywhere
        # leaves the old database with its old epoch, or the restored one with the new
        # epoch and a journal the next open finishes (services.restore_journal).
        report(2, 4, _("Memulihkan bukti dukung..."))
        _merge_evidence(scratch / "evidence", ws.evidence_dir, ws.key, [old_key] if old_key else [])
        old_epoch = ws.node.epoch
        new_epoch = new_uuid()
        created = datetime.fromisoformat(str(manifest["created_at"]))
        _set_epoch(db, ws.key, new_epoch)
        # Key slots for the restored accounts - unless the backup predates a re-key:
        # its slots hold a revoked key, so today's slots stay.
        restored_slots = None
        slots_apply = ws.key is not None and old_key is None
        if slots_apply and is_encrypted_backup(manifest):
            restored_slots = keyslots.KeySlots.load(scratch).to_json()
        restore_journal.begin(
            ws.data_dir,
            actor=actor.username,
            detail={
                "file": path.name,
                "backup_created_at": created.isoformat(),
                "schema_before": schema,
                "old_epoch": old_epoch,
                "new_epoch": new_epoch,
                "safety_copy": str(safety),
                "other_node": backup_node != old_node_id,
            },
            restored_slots=restored_slots,
            pending_slots=slots_apply and not is_encrypted_backup(manifest),
        )
        report(3, 4, _("Memulihkan basis data..."))
        _copy_database(db, db_path, ws.key)
    upgrade_database(ws.engine, backup_dir=None)
    restore_journal.finish(ws, repin=integrity.repin_after_restore)
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services.workspace import NodeInfo

    with ws.read() as session:
        row = session.execute(select(LocalNode)).scalars().one()
        ws.node = NodeInfo(row.id, NodeRole(row.role), row.agency, row.epoch, row.is_demo)
    report(4, 4, _("Selesai."))
    return RestoreResult(
        path, safety, created, old_epoch, new_epoch, schema, backup_node != old_node_id
    )


def restore_into_empty(data_dir: Path, path: Path) -> RestoreResult:
    """Restore a backup into a folder without a workspace (new or replaced PC). The
    person at the keyboard owns the folder; the restored workspace gets a new epoch.

    An encrypted backup is opened with a password (or the recovery key) valid when it
    was made, asked through the registered unlocker (``keyslots.unlocking_with``)."""
    from ekinerja_desktop.services import paths
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir = Path(data_dir)
    path = Path(path)
    db_path = paths.database_file(data_dir)
    if db_path.exists():
        raise BackupError(
            _("Sudah ada ruang kerja di {p}.").format(p=data_dir),
            hint=_("Pulihkan dari dalam aplikasi (menu Cadangan Data) sebagai admin."),
            code="workspace_exists",
        )
    manifest = _read_manifest(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    key: bytes | None = None
    with _scratch_dir(data_dir) as scratch:
        db = _extract_checked(path, manifest, scratch)
        if is_encrypted_backup(manifest):
            unlocked = keyslots.request_unlock(scratch)
            if unlocked is None:
                raise BackupError(
                    _("Cadangan {p} terenkripsi.").format(p=path.name),
                    hint=_(
                        "Berikan --user NAMA_PENGGUNA dan kata sandinya (EKINERJA_PASSWORD, "
                        "atau ketik saat diminta) yang berlaku saat cadangan dibuat."
                    ),
                    code="backup_encrypted",
                )
            key = unlocked.key
        schema, _node, old_epoch = _validate_for(db, manifest, path.name, key)
        _check_anchor(manifest, db, path.name, key)
        integrity.key_for_restored_folder(data_dir, db, key)
        evidence_src = scratch / "evidence"
        if evidence_src.is_dir():
            shutil.copytree(evidence_src, paths.evidence_dir(data_dir), dirs_exist_ok=True)
        if key is not None:
            # Slots first: the database file decides whether the folder is encrypted.
            keyslots.KeySlots.load(scratch).save(data_dir)
        new_epoch = new_uuid()
        created = datetime.fromisoformat(str(manifest["created_at"]))
        _set_epoch(db, key, new_epoch)
        restore_journal.begin(
            data_dir,
            actor="system",
            detail={
                "file": path.name,
                "backup_created_at": created.isoformat(),
                "schema_before": schema,
                "old_epoch": old_epoch,
                "new_epoch": new_epoch,
                "into_empty_folder": True,
            },
            restored_slots=None,
            pending_slots=False,
        )
        part = db_path.with_name(db_path.name + ".part")
        part.unlink(missing_ok=True)
        owner_only.create_private(part)
        shutil.copyfile(db, part)
        _fsync_file(part)
        os.replace(part, db_path)
    # Opening finishes the journal (audit event); a crash before that is finished by
    # the next open the same way.
    open_workspace(data_dir, key=key).close()
    return RestoreResult(path, None, created, old_epoch, new_epoch, schema, False)


# --- check -----------------------------------------------------------------------------
def _no_progress(_done: int, _total: int, _label: str) -> None:
    return None


def _table_names(con: Any) -> list[str]:
    """The tables of an open SQLite connection, by name."""
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [str(r[0]) for r in rows.fetchall()]


def _sqlite_checks(
    db_path: Path, key: bytes | None = None, progress: Progress = _no_progress, steps: int = 0
) -> tuple[list[CheckItem], int]:
    """integrity_check and foreign_key_check one table at a time (the same checks as on
    the whole file), so a city database of gigabytes reports progress per table; with
    the number of tables (``steps`` more are announced in the progress total)."""
    items: list[CheckItem] = []
    con = connect_sqlite(db_path, key=key, readonly=True)
    try:
        tables = _table_names(con)
        total = len(tables) + steps
        integrity: list[str] = []
        fk: list[Any] = []
        for i, table in enumerate(tables):
            progress(i, total, _("Memeriksa tabel {t}").format(t=table))
            quoted = '"' + table.replace('"', '""') + '"'
            found = [str(r[0]) for r in con.execute(f"PRAGMA integrity_check({quoted})")]
            integrity += [f for f in found if f != "ok"]
            fk += con.execute(f"PRAGMA foreign_key_check({quoted})").fetchall()
        integrity = integrity or ["ok"]
    finally:
        con.close()
    if integrity == ["ok"]:
        items.append(CheckItem("integrity", True, _("Struktur basis data utuh (integrity_check).")))
    else:
        items.append(
            CheckItem(
                "integrity",
                False,
                _("Struktur basis data RUSAK (integrity_check: {n} masalah).").format(
                    n=len(integrity)
                ),
                tuple(integrity[:20]),
            )
        )
    if not fk:
        items.append(CheckItem("foreign_keys", True, _("Semua rujukan antar-data valid.")))
    else:
        items.append(
            CheckItem(
                "foreign_keys",
                False,
                _("{n} rujukan antar-data menunjuk ke data yang tidak ada.").format(n=len(fk)),
                tuple(
                    _("tabel {t} baris {r} -> {p}").format(t=row[0], r=row[1], p=row[2])
                    for row in fk[:20]
                ),
            )
        )
    return items, len(tables)


def _leading_index(con: Any, table: str, column: str) -> bool:
    """Whether an index of ``table`` starts with ``column`` (a loose index scan works)."""
    for index in con.execute("SELECT name FROM pragma_index_list(?)", (table,)).fetchall():
        first = con.execute(
            "SELECT name FROM pragma_index_info(?) WHERE seqno = 0", (index[0],)
        ).fetchone()
        if first is not None and first[0] == column:
            return True
    return False


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _missing_references(con: Any, table: str, column: str, parent: str, key: str) -> int | None:
    """How many distinct values of ``table.column`` are not in ``parent.key``. Along an
    index starting with the column: one seek per distinct value (a city's 7.8M daily
    logs have 11k employees); otherwise a scan of the table - None (not checked) when
    the table has over QUICK_SCAN_ROWS rows."""
    t, c, p, k = _quoted(table), _quoted(column), _quoted(parent), _quoted(key)
    if _leading_index(con, table, column):
        values = (
            f"WITH RECURSIVE v(x) AS (SELECT (SELECT min({c}) FROM {t}) UNION ALL "
            f"SELECT (SELECT min({c}) FROM {t} WHERE {c} > v.x) FROM v WHERE v.x IS NOT NULL) "
            "SELECT x FROM v WHERE x IS NOT NULL"
        )
    else:
        (rows,) = con.execute(f"SELECT max(rowid) FROM {t}").fetchone()
        if (rows or 0) > QUICK_SCAN_ROWS:
            return None
        values = f"SELECT DISTINCT {c} AS x FROM {t} WHERE {c} IS NOT NULL"
    sql = f"SELECT count(*) FROM ({values}) WHERE x NOT IN (SELECT {k} FROM {p})"
    return int(con.execute(sql).fetchone()[0])


def _quick_sqlite_checks(
    db_path: Path, key: bytes | None = None, progress: Progress = _no_progress, steps: int = 0
) -> tuple[list[CheckItem], int]:
    """The quick check's part of the database file: every single-column foreign key
    checked per distinct value (:func:`_missing_references`), table by table with
    progress; no integrity_check (the report says so)."""
    con = connect_sqlite(db_path, key=key, readonly=True)
    problems: list[str] = []
    skipped: list[str] = []
    checked = 0
    try:
        tables = _table_names(con)
        total = len(tables) + steps
        for i, table in enumerate(tables):
            progress(i, total, _("Memeriksa rujukan tabel {t}").format(t=table))
            keys: dict[int, list[tuple[str, str, str | None]]] = {}
            for fk_id, _seq, parent, column, target in con.execute(
                'SELECT id, seq, "table", "from", "to" FROM pragma_foreign_key_list(?)',
                (table,),
            ).fetchall():
                keys.setdefault(int(fk_id), []).append((str(parent), str(column), target))
            for columns in keys.values():
                parent, column, target = columns[0]
                bad: int | None
                if len(columns) > 1 or target is None:
                    # Composite or implicit keys: SQLite's own check of this table.
                    bad = len(con.execute(f"PRAGMA foreign_key_check({_quoted(table)})").fetchall())
                else:
                    bad = _missing_references(con, table, column, parent, str(target))
                if bad is None:
                    skipped.append(f"{table}.{column}")
                    continue
                checked += 1
                if bad:
                    problems.append(
                        _("tabel {t} kolom {c}: {n} nilai menunjuk ke {p} yang tidak ada").format(
                            t=table, c=column, n=bad, p=parent
                        )
                    )
    finally:
        con.close()
    items = [
        CheckItem(
            "integrity",
            True,
            _("Struktur berkas tidak diperiksa (pemeriksaan cepat; lengkap dengan --full)."),
        )
    ]
    not_checked = _(
        "tidak diperiksa (tabel besar tanpa indeks pada kolomnya; dengan --full): {c}"
    ).format(c=", ".join(skipped))
    notes = (not_checked,) if skipped else ()
    if problems:
        items.append(
            CheckItem(
                "foreign_keys",
                False,
                _("{n} rujukan antar-data menunjuk ke data yang tidak ada.").format(
                    n=len(problems)
                ),
                (*problems[:20], *notes),
            )
        )
    else:
        items.append(
            CheckItem(
                "foreign_keys",
                True,
                _("Rujukan antar-data valid ({n} rujukan diperiksa).").format(n=checked),
                notes,
            )
        )
    return items, len(tables)


def _evidence_check(ws: Workspace) -> CheckItem:
    files = _evidence_files(ws.evidence_dir)
    bad: list[str] = []
    checked = 0
    for path in files:
        name = path.name.split(".", 1)[0].lower()
        if not _HEX64.match(name):
            continue  # not a content-addressed blob
        checked += 1
        if evidence.is_encrypted_blob(path) and path.name == name:
            try:
                evidence.read_blob(ws.data_dir, name, ws.key)  # decrypts and checks the hash
                intact = True
            except (OSError, ServiceError):
                intact = False
        else:
            intact = _sha256_file(path) == name
        if not intact:
            bad.append(
                _("{f}: isi tidak cocok dengan namanya (berubah atau rusak).").format(
                    f=path.relative_to(ws.evidence_dir).as_posix()
                )
            )
    with ws.read() as session:
        wanted = set(
            session.execute(select(Evidence.sha256).where(Evidence.deleted.is_(False))).scalars()
        )
    missing = sorted(sha for sha in wanted if not (ws.evidence_dir / sha[:2] / sha).is_file())
    problems = bad + [
        _("{s}: berkas bukti dukung tercatat tetapi tidak ada di folder bukti.").format(s=sha)
        for sha in missing
    ]
    if problems:
        return CheckItem(
            "evidence",
            False,
            _("{n} dari {t} berkas bukti dukung rusak; {m} berkas hilang.").format(
                n=len(bad), t=checked, m=len(missing)
            ),
            tuple(problems[:20]),
        )
    return CheckItem(
        "evidence", True, _("{n} berkas bukti dukung cocok dengan sidik jarinya.").format(n=checked)
    )


# The quick check is the default above this size (a city: gigabytes, where SQLite's
# integrity_check takes minutes); a smaller database always gets the full check.
QUICK_CHECK_FROM_BYTES = 256 * 1024 * 1024
QUICK_SIGNED = 300  # the quick check re-hashes the newest this many SKPs and evaluations
# The quick check scans a table for a foreign key without an index up to this many rows.
QUICK_SCAN_ROWS = 1_000_000


def check(
    ws: Workspace, progress: Progress = _no_progress, *, full: bool | None = None
) -> CheckReport:
    """Integrity of the database (SQLite), foreign keys, audit chain and evidence files.
    Read-only; reveals no personal data (counts and row numbers only). ``progress(done,
    total, label)`` hears of each table and each later check.

    ``full`` None: the full check for a database under QUICK_CHECK_FROM_BYTES, else the
    quick one - foreign keys checked per distinct value along an index, the audit chain,
    the newest QUICK_SIGNED signed documents of each kind, the evidence files - and no
    integrity_check. ``CheckReport.kind`` says which ran."""
    db_path = sqlite_path(ws.url)
    if full is None:
        full = db_path is None or _file_size(db_path) < QUICK_CHECK_FROM_BYTES
    items: list[CheckItem] = []
    newest = None if full else QUICK_SIGNED
    later: list[tuple[str, Callable[[Workspace], CheckItem]]] = [
        (_("Memeriksa jejak audit"), integrity.audit_item),
        (
            _("Memeriksa dokumen yang ditandatangani"),
            lambda w: integrity.signed_records_item(w, newest),
        ),
        (_("Memeriksa berkas bukti dukung"), _evidence_check),
    ]
    if ws.key is not None:
        later.append((_("Memeriksa enkripsi"), _encryption_check))
    done = 0
    if db_path is not None:
        try:
            sqlite_checks = _sqlite_checks if full else _quick_sqlite_checks
            found, done = sqlite_checks(db_path, ws.key, progress, len(later))
            items.extend(found)
        except sqlite_errors() as exc:
            items.append(
                CheckItem(
                    "integrity",
                    False,
                    _("Basis data tidak dapat diperiksa: {e}.").format(e=exc),
                )
            )
    total = done + len(later)
    for i, (label, run) in enumerate(later):
        progress(done + i, total, label)
        items.append(run(ws))
    progress(total, total, _("Selesai"))
    return CheckReport(tuple(items), full)


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _encryption_check(ws: Workspace) -> CheckItem:
    plain = [
        p
        for p in _evidence_files(ws.evidence_dir)
        if _HEX64.match(p.name) and not evidence.is_encrypted_blob(p)
    ]
    if plain:
        return CheckItem(
            "encryption",
            False,
            _("Basis data terenkripsi, tetapi {n} berkas bukti dukung belum.").format(n=len(plain)),
            (_("Jalankan 'ekinerja db encrypt' lagi untuk menuntaskannya."),),
        )
    return CheckItem("encryption", True, _("Basis data dan semua berkas bukti dukung terenkripsi."))
