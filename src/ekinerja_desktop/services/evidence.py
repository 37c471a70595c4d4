"""Evidence (bukti dukung) of daily-log entries: content-addressed files and links.

Files are stored by the SHA-256 of their plaintext. In an encrypted workspace each file
is AES-256-GCM encrypted with the workspace's data key (``EKEV1`` + nonce + ciphertext;
the hash is the associated data, so blobs cannot be swapped); opening one for the
system viewer decrypts it into ``<data>/.view/``, which is overwritten and removed when
the workspace closes (and at the next unlock, after a crash).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from ekinerja_desktop.domain import filetypes
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services import access, audit, keyslots, organisation, settings
from ekinerja_desktop.services.dailylog import log_entity, require_editable
from ekinerja_desktop.services.errors import NotFoundError, ValidationError, live_row
from ekinerja_desktop.store.models import DailyLog, DailyLogEvidence, Evidence

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

_LINK_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class EvidenceItem:
    id: str  # evidence id
    name: str
    mime: str
    size: int
    sha256: str


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    name: str
    mime: str
    size: int


BLOB_MAGIC = b"EKEV1"
_NONCE = 12
VIEW_DIRNAME = keyslots.VIEW_DIRNAME


def stored_path(data_dir: Path, sha256: str) -> Path:
    """``<data_dir>/evidence/<sha[:2]>/<sha>``."""
    return data_dir / "evidence" / sha256[:2] / sha256


# --- encryption of blobs -----------------------------------------------------------------
def _blob_aad(sha256: str) -> bytes:
    return b"ekinerja-evidence/1|" + sha256.encode("ascii")


def encrypt_blob(key: bytes, sha256: str, data: bytes) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    return BLOB_MAGIC + nonce + AESGCM(key).encrypt(nonce, data, _blob_aad(sha256))


def _open_blob(key: bytes, sha256: str, sealed: bytes) -> bytes:
    head = len(BLOB_MAGIC)
    try:
        return AESGCM(key).decrypt(
            sealed[head : head + _NONCE], sealed[head + _NONCE :], _blob_aad(sha256)
        )
    except InvalidTag as exc:
        raise _damaged(sha256) from exc


def is_encrypted_blob(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(BLOB_MAGIC)) == BLOB_MAGIC
    except OSError:
        return False


def _damaged(sha256: str) -> ValidationError:
    return ValidationError(
        _("Berkas bukti dukung {s} rusak atau telah diubah.").format(s=sha256[:12]),
        hint=_("Pulihkan folder bukti dukung dari cadangan, atau lampirkan ulang berkasnya."),
    )


def read_blob(data_dir: Path, sha256: str, key: bytes | None) -> bytes:
    """The plaintext of a stored file, checked against its hash (encrypted or not)."""
    raw = stored_path(data_dir, sha256).read_bytes()
    if raw.startswith(BLOB_MAGIC):
        if key is None:
            raise ValidationError(
                _("Berkas bukti dukung {s} terenkripsi, tetapi ruang kerja ini tidak.").format(
                    s=sha256[:12]
                ),
                hint=_("Buka ruang kerja asal berkas itu."),
            )
        data = _open_blob(key, sha256, raw)
    else:
        data = raw
    if hashlib.sha256(data).hexdigest() != sha256:
        raise _damaged(sha256)
    return data


ASIDE_PREFIX = ".plain-"


def _aside(path: Path) -> Path:
    """The second name of a plaintext blob while it is swapped for its encrypted copy."""
    return path.with_name(ASIDE_PREFIX + path.name)


def _synced_temp(folder: Path, data: bytes) -> str:
    """A new temp file in ``folder`` holding ``data``, on disk (fsync); the caller renames
    it into place or removes it."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def encrypt_stored_blob(path: Path, key: bytes) -> bool:
    """Encrypt one plaintext blob in place: write the encrypted copy beside it, verify
    it decrypts to the same hash, give the plaintext a second name (a hard link), swap
    atomically, then overwrite the old plaintext through that second name. No handle on
    the blob stays open across the swap (Windows refuses to replace an open file). A
    crash leaves either version, both readable, and at most the second name, which
    ``finish_blob_swaps`` repairs. Returns False when the blob was already encrypted."""
    sha = path.name
    if is_encrypted_blob(path):
        return False
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha:
        raise _damaged(sha)
    sealed = encrypt_blob(key, sha, data)
    aside = _aside(path)
    linked = True
    old: IO[bytes] | None = None
    tmp = _synced_temp(path.parent, sealed)
    try:
        if hashlib.sha256(_open_blob(key, sha, sealed)).hexdigest() != sha:
            raise _damaged(sha)
        aside.unlink(missing_ok=True)  # the blob is still plain: a stale second name
        try:
            os.link(path, aside)
        except OSError:  # no hard links here: a handle where renaming over it is allowed
            linked = False
            if os.name == "posix":
                old = path.open("r+b")
        os.replace(tmp, path)
        keyslots.fsync_dir(path.parent)
        if old is not None:
            keyslots.overwrite_handle(old)
    finally:
        if old is not None:
            old.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    if linked:
        keyslots.shred(aside)
    return True


def rekey_stored_blob(path: Path, old_keys: list[bytes], new_key: bytes) -> bool:
    """Re-encrypt one encrypted blob under ``new_key`` (after a re-key): atomic replace,
    checked against its hash. False when it already is under ``new_key`` (or plain)."""
    sha = path.name
    raw = path.read_bytes()
    if not raw.startswith(BLOB_MAGIC):
        return False
    with contextlib.suppress(ValidationError):
        _open_blob(new_key, sha, raw)
        return False
    data = None
    for key in old_keys:
        with contextlib.suppress(ValidationError):
            data = _open_blob(key, sha, raw)
            break
    if data is None or hashlib.sha256(data).hexdigest() != sha:
        raise _damaged(sha)
    tmp = _synced_temp(path.parent, encrypt_blob(new_key, sha, data))
    try:
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return True


def finish_blob_swaps(data_dir: Path) -> int:
    """Repair blob swaps a crash interrupted: a second name beside an encrypted blob is
    the old plaintext (overwritten, then removed); beside a plain one it is the same
    file (only the name goes); alone it is the blob itself (renamed back). Returns how
    many were repaired."""
    root = Path(data_dir) / "evidence"
    if not root.is_dir():
        return 0
    count = 0
    for aside in sorted(root.glob(f"*/{ASIDE_PREFIX}*")):
        blob = aside.with_name(aside.name[len(ASIDE_PREFIX) :])
        if not blob.exists():
            os.replace(aside, blob)
        elif is_encrypted_blob(blob):
            keyslots.shred(aside)
        else:
            aside.unlink(missing_ok=True)
        count += 1
    return count


def open_for_sync(data_dir: Path, sha256: str, key: bytes | None) -> IO[bytes] | None:
    """The plaintext of a stored file for a sync bundle, or None when it is missing or
    damaged here (the export then reports it). A plain file is hashed first and then
    streamed (the exporter checks the hash again while writing); an encrypted one is
    decrypted in memory (it is at most the evidence size limit)."""
    path = stored_path(data_dir, sha256)
    try:
        if is_encrypted_blob(path):
            return io.BytesIO(read_blob(data_dir, sha256, key))
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            return None
        return path.open("rb")
    except (OSError, ValidationError):
        return None


def store_received(data_dir: Path, sha256: str, chunks: Iterable[bytes], key: bytes | None) -> bool:
    """Store a file received in a sync bundle under its hash (encrypted with ``key`` in
    an encrypted workspace). ``chunks`` is consumed completely; the file is published
    (temp file, fsync, rename) only when they hash to ``sha256``, so an error raised
    while iterating leaves nothing behind. Returns False when the file was already here.

    Runs inside the import, before its transaction commits: a rolled-back import may
    leave the file without a row, which is harmless (content-addressed)."""
    target = stored_path(data_dir, sha256)
    if target.is_file():
        for _chunk in chunks:  # the importer verifies the bytes all the same
            pass
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as handle:
            if key is None:
                for chunk in chunks:
                    digest.update(chunk)
                    handle.write(chunk)
            else:  # AES-GCM seals the file as a whole (at most the evidence size limit)
                data = bytearray()
                for chunk in chunks:
                    digest.update(chunk)
                    data += chunk
                if digest.hexdigest() == sha256:
                    handle.write(encrypt_blob(key, sha256, bytes(data)))
            handle.flush()
            os.fsync(handle.fileno())
        if digest.hexdigest() != sha256:
            raise _damaged(sha256)
        os.replace(tmp, target)
        keyslots.fsync_dir(target.parent)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return True


def evidence_row(session: Session, owner_id: str, stored: StoredFile) -> Evidence:
    """Register a stored file as evidence owned by ``owner_id`` (flushed: the id is set)."""
    row = Evidence(
        owner_employee_id=owner_id,
        sha256=stored.sha256,
        name=stored.name,
        mime=stored.mime,
        size=stored.size,
    )
    session.add(row)
    session.flush()
    return row


def store_file(
    data_dir: Path, source: Path, max_mb: int, field: str = "file", key: bytes | None = None
) -> StoredFile:
    """Copy ``source`` into the content-addressed store (temp file, then rename),
    encrypted with ``key`` when the workspace is encrypted.

    Runs outside any transaction: a file left without a database row is harmless."""
    try:
        if not source.is_file():
            raise ValidationError(
                _("{f} bukan berkas atau tidak ditemukan.").format(f=source.name),
                problems=[(field, _("Pilih sebuah berkas."))],
                hint=_("Pilih berkas yang ada di komputer ini."),
            )
        size = source.stat().st_size
    except OSError as exc:
        raise _unreadable(source, exc, field) from exc
    if size > max_mb * 1024 * 1024:
        raise ValidationError(
            _("Berkas {f} terlalu besar ({s:.1f} MB; batas {m} MB).").format(
                f=source.name, s=size / 1024 / 1024, m=max_mb
            ),
            problems=[(field, _("Ukuran berkas maksimal {m} MB.").format(m=max_mb))],
            hint=_(
                "Perkecil berkas (mis. pindai ulang dengan resolusi lebih rendah atau "
                "simpan sebagai PDF), atau unggah ke penyimpanan daring dan lampirkan tautannya."
            ),
        )
    digest = hashlib.sha256()
    try:
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise _unreadable(source, exc, field) from exc
    sha = digest.hexdigest()
    target = stored_path(data_dir, sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        os.close(fd)
        try:
            if key is None:
                shutil.copyfile(source, tmp)
            else:
                data = source.read_bytes()
                if hashlib.sha256(data).hexdigest() != sha:
                    raise _unreadable(source, OSError(_("berkas berubah saat dibaca")), field)
                Path(tmp).write_bytes(encrypt_blob(key, sha, data))
            os.replace(tmp, target)
        except OSError as exc:
            raise _unreadable(source, exc, field) from exc
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    # The type from the content, not from the sender's extension.
    mime = file_type(data_dir, sha, key).mime
    return StoredFile(sha, source.name[:255], mime, size)


def _unreadable(source: Path, exc: OSError, field: str) -> ValidationError:
    return ValidationError(
        _("Berkas {f} tidak dapat dibaca ({r}).").format(f=source.name, r=exc.strerror or exc),
        problems=[(field, _("Berkas tidak dapat dibaca."))],
        hint=_("Pilih berkas lain atau periksa hak aksesnya."),
    )


def attach_file(ws: Workspace, actor: Actor, entry_id: str, source: Path) -> EvidenceItem:
    """Attach a file to one of the actor's editable entries."""
    with ws.read() as session:  # fail fast before copying a large file
        log = log_entity(session, entry_id)
        access.require_log_owner(actor, log)
        require_editable(log)
    stored = store_file(
        ws.data_dir, Path(source), settings.get_int(ws, "evidence_max_mb"), key=ws.key
    )
    with ws.write(actor=actor.username) as session:
        log = log_entity(session, entry_id)
        access.require_log_owner(actor, log)
        require_editable(log)
        evidence = evidence_row(session, log.employee_id, stored)
        session.add(DailyLogEvidence(log_id=log.id, evidence_id=evidence.id))
        detail = {"evidence_id": evidence.id, "name": stored.name, "sha256": stored.sha256}
        audit.record_row(session, ws, actor, "daily_log.evidence_add", log, detail)
        return EvidenceItem(evidence.id, stored.name, stored.mime, stored.size, stored.sha256)


def attach_link(ws: Workspace, actor: Actor, entry_id: str, url: str) -> str:
    """Set (or clear, with an empty url) the evidence link of an editable entry."""
    url = (url or "").strip()
    if url and (not _LINK_RE.match(url) or len(url) > 500):
        raise ValidationError(
            _("Tautan bukti dukung harus alamat web yang diawali http:// atau https://."),
            problems=[("link_url", _("Contoh: https://drive.google.com/..."))],
            hint=_("Salin alamat lengkap dari peramban lalu tempel di sini."),
        )
    with ws.write(actor=actor.username) as session:
        log = log_entity(session, entry_id)
        access.require_log_owner(actor, log)
        require_editable(log)
        before = log.link_url
        if before != url:
            log.link_url = url
        audit.record_row(
            session, ws, actor, "daily_log.link", log, {"before": before, "after": url}
        )
    return url


def list_evidence(ws: Workspace, actor: Actor, entry_id: str) -> list[EvidenceItem]:
    with ws.read() as session:
        log = log_entity(session, entry_id)
        emp = organisation.employee(session, log.employee_id)
        if emp is None or not access.can_read_logs(session, ws, actor, emp, log.day):
            raise access.deny_log_read()
        rows = session.execute(
            select(Evidence)
            .join(DailyLogEvidence, DailyLogEvidence.evidence_id == Evidence.id)
            .where(
                DailyLogEvidence.log_id == log.id,
                DailyLogEvidence.deleted.is_(False),
                Evidence.deleted.is_(False),
            )
            .order_by(Evidence.name, Evidence.id)
        ).scalars()
        return [EvidenceItem(e.id, e.name, e.mime, e.size, e.sha256) for e in rows]


def remove_evidence(ws: Workspace, actor: Actor, entry_id: str, evidence_id: str) -> None:
    """Detach a file from an editable entry (the stored file stays for sync/backup)."""
    with ws.write(actor=actor.username) as session:
        log = log_entity(session, entry_id)
        access.require_log_owner(actor, log)
        require_editable(log)
        link = session.execute(
            select(DailyLogEvidence).where(
                DailyLogEvidence.log_id == log.id,
                DailyLogEvidence.evidence_id == evidence_id,
                DailyLogEvidence.deleted.is_(False),
            )
        ).scalar_one_or_none()
        if link is None:
            raise NotFoundError(
                _("Bukti dukung itu tidak terlampir pada entri ini."),
                hint=_("Muat ulang daftar bukti dukung."),
            )
        link.deleted = True
        audit.record_row(
            session, ws, actor, "daily_log.evidence_remove", log, {"evidence_id": evidence_id}
        )


def evidence_path(
    ws: Workspace, actor: Actor, evidence_id: str, *, confirmed: bool = False
) -> Path:
    """A copy of an evidence item to open with the system viewer (``viewable_path``:
    its real type decides; a type off the allow list needs ``confirmed``)."""
    with ws.read() as session:
        missing = _("Bukti dukung tidak ditemukan.")
        evidence = live_row(session, Evidence, evidence_id, missing, _("Muat ulang."))
        logs = session.execute(
            select(DailyLog)
            .join(DailyLogEvidence, DailyLogEvidence.log_id == DailyLog.id)
            .where(DailyLogEvidence.evidence_id == evidence_id)
        ).scalars()
        allowed = actor.employee_id == evidence.owner_employee_id
        for log in logs:
            if allowed:
                break
            emp = organisation.employee(session, log.employee_id)
            allowed = emp is not None and access.can_read_logs(session, ws, actor, emp, log.day)
        if not allowed:
            raise access.deny_log_read()
        sha256, name = evidence.sha256, evidence.name
    if not stored_path(ws.data_dir, sha256).is_file():
        raise NotFoundError(
            _("Berkas bukti dukung {f} tidak ada di folder data komputer ini.").format(f=name),
            hint=_("Berkas mungkin belum ikut tersinkron; minta pemiliknya mengirim ulang."),
        )
    return viewable_path(ws.data_dir, sha256, name, ws.key, confirmed=confirmed)


_UNSAFE_NAME = re.compile(r"[^\w.\- ()]+")


class UnsafeEvidenceError(ValidationError):
    """The file is not of a type that is opened without asking; ``kind`` names its real
    type. Open it anyway only after the person confirmed (``confirmed=True``)."""

    code = "evidence_unsafe"

    def __init__(self, name: str, kind: filetypes.FileType) -> None:
        super().__init__(
            _(
                "Berkas {f} sebenarnya {t}, bukan dokumen atau gambar yang aman dibuka langsung."
            ).format(f=name, t=_(kind.label)),
            hint=_("Buka hanya bila Anda mempercayai pengirimnya."),
        )
        self.kind = kind
        self.name = name


def file_type(data_dir: Path, sha256: str, key: bytes | None) -> filetypes.FileType:
    """The real type of a stored file, from its content."""
    return filetypes.detect(read_blob(data_dir, sha256, key))


def viewable_path(
    data_dir: Path, sha256: str, name: str, key: bytes | None, *, confirmed: bool = False
) -> Path:
    """A copy of the stored file for the desktop's viewer, in a fresh private folder
    under ``<data>/.view`` (shredded when the workspace closes), named after the file
    with the extension of its REAL type (from the content, never the sender's). A type
    off the allow list raises :class:`UnsafeEvidenceError` unless ``confirmed``; it is
    then handed over as ``.bin`` so no script host runs it."""
    data = read_blob(data_dir, sha256, key)
    kind = filetypes.detect(data)
    if not kind.viewable and not confirmed:
        raise UnsafeEvidenceError(name, kind)
    root = data_dir / VIEW_DIRNAME
    root.mkdir(mode=0o700, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="v-", dir=root))
    shown = filetypes.view_name(Path(name).name, kind)
    safe = _UNSAFE_NAME.sub("_", shown).lstrip(".") or sha256[:12] + kind.extension
    if len(safe) > 120:
        safe = safe[: 120 - len(kind.extension)] + kind.extension
    target = folder / safe
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return target


def cleanup_views(data_dir: Path) -> int:
    """Overwrite and delete the decrypted copies made for viewing; returns how many."""
    return keyslots.cleanup_views(data_dir)
