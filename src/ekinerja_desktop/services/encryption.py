"""Encryption at rest of an SQLite workspace: turn it on (a safe conversion), report its
state, rotate the recovery key, open with a password or the recovery key.

The conversion never puts the only copy of the data at risk:

1. the database is exported into ``ekinerja.sqlite3.encrypting`` (SQLCipher,
   ``sqlcipher_export``) and verified (integrity_check and every table's row count);
2. the key slots are written (atomically) - the database file still decides that the
   workspace is plain, so a crash up to here leaves the plain workspace as it was;
3. the plain database is checkpointed, its WAL overwritten and closed, given a second
   name (a hard link, ``ekinerja.sqlite3.plaintext-old``), and the encrypted file is
   renamed over it (one atomic step - from here on the workspace is encrypted);
4. the old plaintext is overwritten through that second name, then removed. Windows
   cannot replace a file that is open, so no handle is kept across the rename; a crash
   before the overwrite leaves the second name, which the next open repairs
   (``keyslots.finish_plain_swap``);
5. evidence blobs are encrypted one by one, each verified before an atomic swap (both
   versions are readable, so a crash in this phase loses nothing; running the
   conversion again, or opening the workspace, finishes it).

``progress`` is called at each step boundary (tests use it to stop the process there).
Turning encryption off is not provided (docs/security.md).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.services import audit, auth, evidence, keyslots
from ekinerja_desktop.services.auth import Actor, require
from ekinerja_desktop.services.errors import AuthError, ValidationError, WorkspaceError
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.store.database import (
    connect_sqlite,
    export_encrypted,
    sqlite_errors,
    sqlite_path,
)
from ekinerja_desktop.store.models import User

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace

ENCRYPTING_SUFFIX = ".encrypting"
_ADMIN_ROLES = (Role.ADMIN_OPD, Role.ADMIN_PUSAT)


class EncryptionError(WorkspaceError):
    code = "encryption_failed"


@dataclass(frozen=True)
class EncryptionStatus:
    supported: bool  # an SQLite workspace (PostgreSQL relies on the server)
    encrypted: bool
    users_with_slot: int  # accounts that can open the workspace with their password
    users_pending: int  # ... of which still on the slot made from their old hash
    users_without_slot: tuple[str, ...]  # active, unlocked accounts that cannot
    plain_evidence: int  # evidence files still unencrypted
    has_recovery: bool


@dataclass(frozen=True)
class EncryptResult:
    recovery_key: str | None  # shown ONCE; None when an earlier run was only finished
    tables: int
    rows: int
    evidence_files: int
    pending_users: int
    plain_backups: tuple[Path, ...]  # old unencrypted backups still on this computer


def _noop(_done: int, _total: int, _label: str) -> None:
    pass


def _db_file(ws: Workspace) -> Path:
    path = sqlite_path(ws.url)
    if path is None:
        raise ValidationError(
            _("Enkripsi bawaan hanya untuk basis data SQLite; ruang kerja ini memakai server."),
            hint=_(
                "Lindungi server PostgreSQL dengan enkripsi disk dan koneksi TLS sesuai "
                "prosedur kantor pusat."
            ),
        )
    return path


def _blobs(ws: Workspace) -> list[Path]:
    root = ws.evidence_dir
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and len(p.name) == 64 and all(c in "0123456789abcdef" for c in p.name)
    )


def _plain_blobs(ws: Workspace) -> list[Path]:
    return [p for p in _blobs(ws) if not evidence.is_encrypted_blob(p)]


# --- status ----------------------------------------------------------------------------
def status(ws: Workspace, actor: Actor) -> EncryptionStatus:
    """What the Keamanan page shows (admins)."""
    require(actor, *_ADMIN_ROLES)
    supported = sqlite_path(ws.url) is not None
    with ws.read() as session:
        users = session.execute(
            select(User.id, User.username).where(
                User.active.is_(True), User.admin_locked.is_(False)
            )
        ).all()
    if not ws.encrypted:
        return EncryptionStatus(supported, False, 0, 0, (), 0, False)
    keys = keyslots.KeySlots.load(ws.data_dir)
    with_slot = pending = 0
    without: list[str] = []
    for user_id, username in users:
        mine = keys.user_slots(user_id)
        if not mine:
            without.append(username)
            continue
        with_slot += 1
        if all(s.get("kdf", {}).get("alg") == keyslots.KDF_ARGON2ID_HASH for s in mine):
            pending += 1
    return EncryptionStatus(
        supported,
        True,
        with_slot,
        pending,
        tuple(sorted(without)),
        len(_plain_blobs(ws)),
        keys.has_recovery,
    )


# --- turning it on ---------------------------------------------------------------------
def _table_counts(con: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _verify_copy(plain: Path, encrypted: Path, key: bytes) -> dict[str, int]:
    """The encrypted copy is sound and holds every row of the plain database."""
    src = connect_sqlite(plain, readonly=True)
    try:
        expected = _table_counts(src)
    finally:
        src.close()
    dst = connect_sqlite(encrypted, key=key, readonly=True)
    try:
        integrity = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()]
        cipher = dst.execute("PRAGMA cipher_integrity_check").fetchall()
        actual = _table_counts(dst)
    finally:
        dst.close()
    if integrity != ["ok"] or cipher or actual != expected:
        raise EncryptionError(
            _("Salinan terenkripsi tidak sama dengan basis data asli; enkripsi dibatalkan."),
            hint=_(
                "Data tidak diubah. Tutup aplikasi e-Kinerja lain yang membuka ruang kerja "
                "ini, jalankan 'ekinerja db check', lalu coba lagi."
            ),
        )
    return expected


def _check_space(db: Path) -> None:
    wal = db.with_name(db.name + "-wal")
    needed = db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    free = shutil.disk_usage(db.parent).free
    if free < needed * 1.2 + (1 << 20):
        raise EncryptionError(
            _(
                "Ruang disk tidak cukup untuk mengenkripsi: perlu sekitar {n} MB kosong, "
                "tersedia {f} MB."
            ).format(n=int(needed * 1.2 / (1 << 20)) + 1, f=int(free / (1 << 20))),
            hint=_("Kosongkan ruang disk (mis. pindahkan cadangan lama), lalu coba lagi."),
            code="disk_full",
        )


def _release_plain(db: Path) -> None:
    """Fold the WAL into the plain database file and overwrite the WAL; afterwards
    nothing in this process holds the plain file open (Windows refuses to replace it
    otherwise)."""
    keeper = sqlite3.connect(db, timeout=30)
    try:
        busy, _log, _done = keeper.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        if busy:
            raise EncryptionError(
                _("Basis data sedang dipakai program lain; enkripsi dibatalkan."),
                hint=_(
                    "Tutup aplikasi e-Kinerja lain yang membuka ruang kerja ini, lalu coba lagi."
                ),
                code="database_busy",
            )
        wal = db.with_name(db.name + "-wal")
        if wal.exists():
            with wal.open("r+b") as handle:
                keyslots.overwrite_handle(handle)
    finally:
        keeper.close()
    for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        keyslots.shred(leftover)


def _swap_in(encrypted: Path, db: Path) -> None:
    """Rename the verified encrypted copy over the plain database (atomic), then
    overwrite the old plaintext. Its content is reached through a hard link made before
    the rename, not through an open handle: Windows refuses to replace an open file.
    On a file system without hard links the old content is overwritten through a handle
    where the system allows renaming over an open file (POSIX), else only released."""
    aside = keyslots.plain_aside(db)
    aside.unlink(missing_ok=True)  # the database is still plain: a stale second name
    linked = True
    old: Any = None
    try:
        os.link(db, aside)
    except OSError:
        linked = False
        if os.name == "posix":
            old = db.open("r+b")
    try:
        os.replace(encrypted, db)
        keyslots.fsync_dir(db.parent)
        if old is not None:
            keyslots.overwrite_handle(old)
    finally:
        if old is not None:
            old.close()
    if linked:
        keyslots.shred(aside)
        keyslots.fsync_dir(db.parent)


def _plain_backups(ws: Workspace) -> tuple[Path, ...]:
    from ekinerja_desktop.services import backup

    found: set[Path] = set()
    folders = {ws.backup_dir}
    with contextlib.suppress(Exception):  # an unreadable setting must not fail this
        folders.add(backup.default_dir(ws))
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.suffix == ".sqlite3" and keyslots.has_plain_header(path):
                found.add(path)
            elif path.suffix == backup.SUFFIX:
                with (
                    contextlib.suppress(OSError, zipfile.BadZipFile, KeyError, ValueError),
                    zipfile.ZipFile(path) as zf,
                ):
                    if backup.KEYSLOTS_MEMBER not in zf.namelist():
                        found.add(path)
    return tuple(sorted(found))


def encrypt_evidence(ws: Workspace, progress: Progress | None = None) -> int:
    """Encrypt the evidence files still in plaintext (resumable); returns how many."""
    if ws.key is None:
        raise EncryptionError(
            _("Ruang kerja ini belum terenkripsi."), hint=_("Aktifkan enkripsi dulu.")
        )
    report = progress or _noop
    todo = _plain_blobs(ws)
    done = 0
    for n, path in enumerate(todo, start=1):
        report(n, len(todo), _("Mengenkripsi bukti dukung..."))
        if evidence.encrypt_stored_blob(path, ws.key):
            done += 1
    return done


def encrypt_workspace(
    ws: Workspace, actor: Actor, password: str, progress: Progress | None = None
) -> EncryptResult:
    """Turn encryption on (admins; ``password`` is the admin's own, re-checked). Every
    active account can afterwards open the workspace with its current password; the
    recovery key in the result is shown once and never stored in plaintext.

    On an already encrypted workspace this finishes an interrupted evidence conversion."""
    require(actor, *_ADMIN_ROLES)
    db = _db_file(ws)
    auth.confirm_password(ws, actor, password)
    if ws.key is None and len(password) < auth.STRONG_PASSWORD_LENGTH:
        # The admin's slot will be attacked offline: the longer minimum first.
        raise EncryptionError(
            _(
                "Kata sandi Anda terlalu pendek untuk ruang kerja terenkripsi (minimal {n} "
                "karakter); enkripsi belum diaktifkan."
            ).format(n=auth.STRONG_PASSWORD_LENGTH),
            hint=_("Ganti kata sandi Anda dulu (menu akun), lalu aktifkan enkripsi."),
            code="password_too_short",
        )
    report = progress or _noop
    if ws.key is not None:
        count = encrypt_evidence(ws, progress)
        return EncryptResult(None, 0, 0, count, 0, _plain_backups(ws))
    _check_space(db)
    total = 6
    report(0, total, _("Menyiapkan kunci..."))
    data_key = keyslots.new_data_key()
    keys = keyslots.KeySlots(uuid.uuid4().hex)
    with ws.read() as session:
        accounts = session.execute(
            select(User.id, User.username, User.password_hash).where(
                User.active.is_(True), User.admin_locked.is_(False)
            )
        ).all()
    pending = 0
    for user_id, username, password_hash in accounts:
        if user_id == actor.user_id:
            keys.add_user(data_key, user_id, username, password)
        else:
            with contextlib.suppress(ValueError, IndexError):
                keys.add_pending(data_key, user_id, username, password_hash)
                pending += 1
    recovery_key = keys.set_recovery(data_key)

    target = db.with_name(db.name + ENCRYPTING_SUFFIX)
    slots_written = False
    ws.close()
    try:
        for stale in (target, target.with_name(target.name + "-journal")):
            stale.unlink(missing_ok=True)
        report(1, total, _("Menyalin basis data ke berkas terenkripsi..."))
        export_encrypted(db, target, data_key)
        report(2, total, _("Memeriksa salinan terenkripsi..."))
        counts = _verify_copy(db, target, data_key)
        report(3, total, _("Menyimpan kunci pengguna..."))
        keys.save(ws.data_dir)
        slots_written = True
        report(4, total, _("Mengganti basis data..."))
        _release_plain(db)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        if slots_written:
            with contextlib.suppress(OSError):
                keyslots.keyslots_file(ws.data_dir).unlink(missing_ok=True)
        ws.reopen(None)
        if isinstance(exc, sqlite_errors()) and "full" in str(exc).lower():
            raise EncryptionError(
                _("Ruang disk penuh; enkripsi dibatalkan dan data tidak diubah."),
                hint=_("Kosongkan ruang disk, lalu coba lagi."),
                code="disk_full",
            ) from exc
        raise
    _swap_in(target, db)
    ws.reopen(data_key)
    report(5, total, _("Mengenkripsi bukti dukung..."))
    with ws.write(actor=actor.username) as session:
        detail = {
            "tables": len(counts),
            "rows": sum(counts.values()),
            "accounts_pending": pending,
        }
        audit.record_node(session, ws, actor, "encryption.enable", detail)
    files = encrypt_evidence(ws)
    report(total, total, _("Selesai."))
    return EncryptResult(
        recovery_key, len(counts), sum(counts.values()), files, pending, _plain_backups(ws)
    )


# --- recovery key ----------------------------------------------------------------------
def rotate_recovery_key(ws: Workspace, actor: Actor, password: str) -> str:
    """A new recovery key (shown once); the old one stops working at once, and the
    workspace gets a new data key."""
    require(actor, *_ADMIN_ROLES)
    if ws.key is None:
        raise EncryptionError(
            _("Ruang kerja ini belum terenkripsi."), hint=_("Aktifkan enkripsi dulu.")
        )
    auth.confirm_password(ws, actor, password)
    with ws.write(actor=actor.username) as session:
        audit.record_node(session, ws, actor, "encryption.recovery_rotate")
    # A new data key as well: the old recovery key plus an old copy of the slot file
    # (every encrypted backup has one) must not open the current data.
    from ekinerja_desktop.services import rekey

    key = rekey.rekey(ws, new_recovery=True).recovery_key
    assert key is not None
    return key


# --- opening ---------------------------------------------------------------------------
def open_with_password(
    data_dir: Path, database_url: str | None, username: str, password: str
) -> tuple[Workspace, Actor]:
    """Unlock an encrypted workspace with a user's password, open it and log in."""
    from ekinerja_desktop.services.workspace import open_workspace

    unlocked = keyslots.unlock(data_dir, username, password)
    ws = open_workspace(data_dir, database_url, key=unlocked.key)
    try:
        return ws, auth.login(ws, username, password)
    except BaseException:
        ws.close()
        raise


def open_with_recovery(
    data_dir: Path, database_url: str | None, recovery_key: str, username: str, new_password: str
) -> tuple[Workspace, Actor]:
    """Forgotten password: open with the recovery key; the named ADMIN account gets
    ``new_password`` (and its key slot), is unlocked, and is logged in."""
    from ekinerja_desktop.services.workspace import open_workspace

    auth.check_password_strength(new_password, username=username, strong=True)  # an admin
    unlocked = keyslots.unlock_with_recovery(data_dir, recovery_key)
    ws = open_workspace(data_dir, database_url, key=unlocked.key)
    try:
        name = (username or "").strip().lower()
        with ws.write(actor=name or "?") as session:
            user = session.execute(
                select(User).where(func.lower(User.username) == name, User.active.is_(True))
            ).scalar_one_or_none()
            roles = auth.actor_for(user).roles if user is not None else frozenset()
            if user is None or not roles & set(_ADMIN_ROLES):
                raise AuthError(
                    _("Kunci pemulihan hanya dapat dipakai untuk akun admin yang aktif."),
                    hint=_("Ketik nama pengguna admin ruang kerja ini."),
                    code="recovery_not_admin",
                )
            user.password_hash = auth.hash_password(new_password)
            user.must_change_password = False
            user.failed_attempts = 0
            user.locked_until = None
            user.admin_locked = False
            detail = {"username": user.username}
            audit.record_row(session, ws, user, "encryption.recovery_used", user, detail)
            slot_id = auth.stage_key_slot(ws, user.id, user.username, new_password)
            user_id, username = user.id, user.username
        auth.settle_key_slot(ws, user_id, slot_id)
        keyslots.clear_lockout(data_dir, username)
        return ws, auth.login(ws, username, new_password)
    except BaseException:
        ws.close()
        raise
