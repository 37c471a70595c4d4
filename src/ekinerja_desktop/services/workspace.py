"""Open, create and describe a workspace: one data directory (or server URL) per node."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.services import audit_key, audit_trail, keyslots, paths, restore_journal
from ekinerja_desktop.services.audit_key import AuditKey
from ekinerja_desktop.services.errors import WorkspaceError
from ekinerja_desktop.store import rollup
from ekinerja_desktop.store.database import (
    is_sqlite,
    make_engine,
    make_session_factory,
    sqlite_path,
    sqlite_url,
    unit_of_work,
)
from ekinerja_desktop.store.migrate import (
    MigrationResult,
    precheck_sqlite_file,
    upgrade_database,
)
from ekinerja_desktop.store.models import AuditEvent, LocalNode, User


@dataclass(frozen=True)
class NodeInfo:
    id: str
    role: NodeRole
    agency: str
    epoch: str
    is_demo: bool


@dataclass
class Workspace:
    """An open workspace. Thread-safe to share: every unit of work opens its own session.
    A context manager: ``with open_workspace(...) as ws:`` closes it at the end."""

    data_dir: Path
    url: str
    engine: Engine
    read_engine: Engine
    node: NodeInfo
    migration: MigrationResult
    _factory: sessionmaker[Session] = field(repr=False)
    _read_factory: sessionmaker[Session] = field(repr=False)
    # The data key of an encrypted workspace (None: plain). Held while it is open so an
    # admin can give new accounts a key slot; dropped on close.
    key: bytes | None = field(default=None, repr=False)
    # The audit chain's key (outside the database, ``audit_key``); every session carries
    # it in ``info["audit_key"]`` so ``audit_trail.record`` can sign the event.
    audit_key: AuditKey | None = field(default=None, repr=False)

    def use_audit_key(self, audit_key: AuditKey | None) -> None:
        self.audit_key = audit_key
        for factory in (self._factory, self._read_factory):
            factory.configure(info={"audit_key": audit_key})

    @contextmanager
    def write(self, actor: str = "system") -> Iterator[Session]:
        """A write transaction (SQLite: BEGIN IMMEDIATE, so writers queue, never deadlock).

        A full disk rolls the transaction back and says so (``code="disk_full"``):
        everything committed before stays, nothing half-written remains."""
        try:
            with unit_of_work(self._factory, node_id=self.node.id, actor=actor) as session:
                yield session
        except (DBAPIError, OSError) as exc:
            if _disk_full(exc, self.data_dir):
                raise _disk_full_error(self.data_dir) from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot that never blocks writers."""
        session = self._read_factory()
        try:
            yield session
        except (DBAPIError, OSError) as exc:
            # Even reading needs a few bytes (WAL index) when no connection is open.
            if _disk_full(exc, self.data_dir):
                raise _disk_full_error(self.data_dir) from exc
            raise
        finally:
            # close() ends the read transaction and detaches the loaded rows as they are;
            # a rollback() first expired every one of them for nothing (5-10 ms for the
            # ~320 rows of the Penilaian page's team of 180 at city scale).
            session.close()

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def evidence_dir(self) -> Path:
        return paths.evidence_dir(self.data_dir)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.data_dir)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def reopen(self, key: bytes | None) -> None:
        """Rebuild the engines over the same file (after it was converted in place)."""
        self.close()
        self.engine, self.read_engine = _engines(self.url, key)
        self._factory = make_session_factory(self.engine)
        self._read_factory = make_session_factory(self.read_engine)
        self.key = key
        self.use_audit_key(self.audit_key)

    def close(self) -> None:
        if self.audit_key is not None:
            _remember_head(self)
        self.engine.dispose()
        self.read_engine.dispose()
        keyslots.cleanup_views(self.data_dir)  # copies handed to the viewer

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_ALMOST_FULL = 1 << 20


def _disk_full(exc: BaseException, data_dir: Path) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    # SQLITE_FULL; the DB-API exposes no error code on Python 3.11, only the message.
    text = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in text:
        return True
    # Creating the WAL index on a full disk fails as a plain I/O error.
    if "disk i/o error" in text:
        try:
            return shutil.disk_usage(data_dir).free < _ALMOST_FULL
        except OSError:
            return False
    return False


def _disk_full_error(data_dir: Path) -> WorkspaceError:
    return WorkspaceError(
        _(
            "Ruang penyimpanan di {path} penuh: perubahan terakhir TIDAK disimpan. Data yang "
            "sudah tersimpan sebelumnya tetap utuh."
        ).format(path=data_dir),
        hint=_(
            "Kosongkan ruang disk (pindahkan atau hapus berkas besar, mis. cadangan lama), "
            "lalu simpan lagi."
        ),
        code="disk_full",
    )


def _check_writable(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise WorkspaceError(
            _("Folder data {path} tidak dapat ditulisi ({reason}).").format(
                path=data_dir, reason=exc.strerror or exc
            ),
            hint=_(
                "Pilih folder lain dengan --data-dir, atau minta admin memberi hak tulis "
                "pada folder itu."
            ),
            code="data_dir_readonly",
        ) from exc


def _engines(url: str, key: bytes | None = None) -> tuple[Engine, Engine]:
    engine = make_engine(url, immediate=True, key=key)
    if not is_sqlite(url):
        return engine, engine
    return engine, make_engine(url, key=key)


def resolve_url(data_dir: Path, database_url: str | None) -> str:
    return database_url or sqlite_url(paths.database_file(data_dir))


def _open(data_dir: Path, url: str, key: bytes | None = None) -> Workspace:
    db_file = sqlite_path(url)
    if db_file is not None and key is None:
        precheck_sqlite_file(db_file)
    engine, read_engine = _engines(url, key)
    try:
        migration = upgrade_database(
            engine, backup_dir=paths.backup_dir(data_dir) if is_sqlite(url) else None, key=key
        )
        factory = make_session_factory(engine)
        read_factory = make_session_factory(read_engine)
        with read_factory() as session:
            row = session.execute(select(LocalNode)).scalars().first()
        node = (
            NodeInfo(row.id, NodeRole(row.role), row.agency, row.epoch, row.is_demo)
            if row is not None
            else NodeInfo("", NodeRole.OFFICE, "", "", False)
        )
    except BaseException:
        engine.dispose()
        read_engine.dispose()
        raise
    return Workspace(
        data_dir, url, engine, read_engine, node, migration, factory, read_factory, key
    )


def _encrypted_locked(data_dir: Path) -> WorkspaceError:
    return WorkspaceError(
        _("Ruang kerja di {path} terenkripsi.").format(path=data_dir),
        hint=_(
            "Masuk lewat aplikasi; untuk perintah baris berikan --user NAMA_PENGGUNA dan "
            "kata sandinya (variabel EKINERJA_PASSWORD, atau ketik saat diminta)."
        ),
        code="encrypted_locked",
    )


def _after_unlock(ws: Workspace) -> None:
    """Copy the unlock attempts recorded while the database was locked into the audit
    trail, drop slots of accounts that no longer exist or were deactivated (e.g. after
    an interrupted account change), wipe decrypted copies left by a crash and finish
    evidence swaps an interrupted conversion left."""
    from ekinerja_desktop.services import (
        evidence,  # evidence builds on this module
        rekey,
    )

    keyslots.cleanup_views(ws.data_dir)
    evidence.finish_blob_swaps(ws.data_dir)
    rekey.finish(ws)  # a re-key interrupted after the database got its new key
    events = keyslots.take_guard_events(ws.data_dir)
    with ws.write(actor="system") as session:
        # Locked accounts lose their slot when locked (auth.drop_key_slot); an admin may
        # give one a new password (and slot) before unlocking it, so only deactivated or
        # vanished accounts are cleaned up here.
        usable = set(session.execute(select(User.id).where(User.active.is_(True))).scalars())
        for event in events:
            detail = {k: v for k, v in event.items() if k not in ("action", "username")}
            detail["before_unlock"] = True
            audit_trail.record(
                session,
                node_id=ws.node.id,
                actor=str(event.get("username") or "?")[:64],
                action=str(event.get("action", "login.failed"))[:64],
                entity="app_user" if event.get("username") else "",
                detail=detail,
            )
    with keyslots.edit(ws.data_dir) as current:
        for user_id in current.user_ids() - usable:
            current.remove_user(user_id)


def open_workspace(
    data_dir: Path, database_url: str | None = None, *, key: bytes | None = None
) -> Workspace:
    """Open an existing workspace, migrating it (with a backup first) when it is older.

    An encrypted workspace needs its data key: ``key``, or the unlocker a command-line
    run registered (``keyslots.unlocking_with``); otherwise it is refused untouched."""
    if not paths.workspace_exists(data_dir, database_url):
        raise WorkspaceError(
            _("Belum ada ruang kerja di {path}.").format(path=data_dir),
            hint=_("Buat dengan 'ekinerja init' atau jalankan aplikasi untuk wizard awal."),
            code="no_workspace",
        )
    if database_url is None:
        db_file = paths.database_file(data_dir)
        if not os.access(db_file, os.R_OK):
            raise WorkspaceError(
                _("Berkas basis data {path} tidak dapat dibaca.").format(path=db_file),
                hint=_("Periksa hak akses berkas itu."),
                code="data_dir_readonly",
            )
        _check_writable(data_dir)
        keyslots.finish_plain_swap(data_dir)  # an encryption interrupted mid-swap
    encrypted = keyslots.is_encrypted(data_dir, database_url)
    if encrypted:
        keyslots.KeySlots.load(data_dir)  # a missing or damaged slot file: say so first
        if key is None:
            unlocked = keyslots.request_unlock(data_dir)
            if unlocked is None:
                raise _encrypted_locked(data_dir)
            key = unlocked.key
    else:
        key = None
    ws = _open(data_dir, resolve_url(data_dir, database_url), key)
    if not ws.node.id:
        ws.close()
        raise WorkspaceError(
            _("Ruang kerja di {path} belum selesai dibuat.").format(path=data_dir),
            hint=_("Jalankan 'ekinerja init' lagi untuk folder itu."),
            code="no_workspace",
        )
    try:
        _open_audit_key(ws)
        if encrypted:
            _after_unlock(ws)
        _tidy(ws)
        if restore_journal.pending(ws.data_dir) is not None:
            # A restore a crash interrupted. (integrity builds on this module: loaded
            # only in this rare case.)
            from ekinerja_desktop.services import integrity

            restore_journal.finish(ws, repin=integrity.repin_after_restore)
    except BaseException:
        ws.close()
        raise
    return ws


def _tidy(ws: Workspace) -> None:
    """Owner-only files (also for a workspace made by an older version) and what a crash
    left behind: abandoned snapshot folders, half-written backups."""
    from ekinerja_desktop.services import files, settings

    files.protect(ws.data_dir)
    keyslots.cleanup_views(ws.data_dir)  # viewer copies left by a crash
    folders = []
    with contextlib.suppress(Exception):  # an unreadable setting must not stop the open
        configured = settings.get(ws, "backup_dir").strip()
        if configured:
            folders.append(Path(configured).expanduser())
    files.clean_leftovers(ws.data_dir, folders)


# --- the audit chain's key (services.audit_key) -------------------------------------------
def _chain_head(ws: Workspace) -> tuple[int, str]:
    with ws.read() as session:
        row = session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, audit_key.GENESIS_HASH)


def _open_audit_key(ws: Workspace) -> None:
    """Load the audit key; a workspace from before the keyed chain gets one now, its
    verification start point pinned at the current last event (docs/security.md)."""
    try:
        current = audit_key.load(ws.data_dir)
    except audit_key.AuditKeyError as exc:
        raise WorkspaceError(
            _("Berkas kunci jejak audit {p} rusak; ruang kerja tidak dibuka.").format(
                p=audit_key.key_file(ws.data_dir)
            ),
            hint=_(
                "Pulihkan folder 'keys' dari salinan yang baik. Jangan menghapus berkas itu: "
                "tanpa kunci, jejak audit tidak dapat diperiksa lagi."
            ),
            code="audit_key_damaged",
        ) from exc
    if current is not None:
        ws.use_audit_key(current)
        return
    seq, hash_ = _chain_head(ws)
    made = audit_key.create(ws.data_dir, seq, hash_)
    ws.use_audit_key(made)
    if (made.pin_seq, made.pin_hash) == (seq, hash_):
        with ws.write(actor="system") as session:
            audit_trail.record(
                session,
                node_id=ws.node.id,
                actor="system",
                action="audit.keyed",
                entity="audit_event",
                detail={"pin_seq": seq},
            )


def _remember_head(ws: Workspace) -> None:
    """Write the current last event into the key file (on close): deleting events up
    to it is noticed at the next check. Best effort - a failure here changes nothing."""
    current = ws.audit_key
    if current is None:
        return
    with contextlib.suppress(Exception):
        seq, hash_ = _chain_head(ws)
        stored = audit_key.load(ws.data_dir)
        if stored is None or stored.key != current.key or seq <= stored.head_seq:
            return
        audit_key.save(ws.data_dir, dataclasses.replace(stored, head_seq=seq, head_hash=hash_))


def init_workspace(
    data_dir: Path,
    *,
    role: NodeRole,
    agency: str,
    admin_username: str,
    admin_password: str,
    database_url: str | None = None,
    is_demo: bool = False,
) -> Workspace:
    """Create a new workspace with its node identity and the first administrator."""
    from ekinerja_desktop.services import auth

    agency = agency.strip()
    if not agency:
        raise WorkspaceError(
            _("Nama instansi wajib diisi."), hint=_("Contoh: Pemerintah Kota Palu.")
        )
    auth.check_username(admin_username)
    # Admins need the longer passphrase; a demo workspace keeps its printed demo password.
    auth.check_password_strength(
        admin_password, username=admin_username, agency=agency, strong=not is_demo
    )
    if database_url is None:
        _check_writable(data_dir)
        if paths.database_file(data_dir).exists():
            raise WorkspaceError(
                _("Sudah ada ruang kerja di {path}.").format(path=data_dir),
                hint=_("Buka ruang kerja itu, atau pilih folder lain untuk ruang kerja baru."),
                code="workspace_exists",
            )
    ws = _open(data_dir, resolve_url(data_dir, database_url))
    try:
        if ws.node.id:
            raise WorkspaceError(
                _("Basis data itu sudah berisi ruang kerja."),
                hint=_("Buka ruang kerja itu, atau pakai basis data kosong."),
                code="workspace_exists",
            )
        from ekinerja_desktop.services import files

        fresh = audit_key.AuditKey(secrets.token_bytes(32))  # replaces a stale key file
        audit_key.save(data_dir, fresh)
        ws.use_audit_key(fresh)
        files.protect(data_dir)
        with ws.write() as session:
            node = LocalNode(role=role.value, agency=agency, is_demo=is_demo)
            session.add(node)
            session.flush()
            session.info["node_id"] = node.id
            admin = auth.create_user_unchecked(
                session,
                username=admin_username,
                password=admin_password,
                roles={Role.ADMIN_PUSAT if role is NodeRole.CENTRAL else Role.ADMIN_OPD},
                display_name="Administrator",
            )
            audit_trail.record(
                session,
                node_id=node.id,
                actor="system",
                action="workspace.init",
                entity="local_node",
                entity_id=node.id,
                detail={"role": role.value, "agency": agency, "admin": admin.username},
            )
            if role is NodeRole.CENTRAL and not is_demo:
                # The dashboard's daily-log rollup is kept current from the first row on
                # (a demo installs them after its bulk load: services.demo).
                rollup.install_triggers(session.connection())
            node_info = NodeInfo(node.id, role, agency, node.epoch, is_demo)
        ws.node = node_info
    except BaseException:
        ws.close()
        raise
    return ws
