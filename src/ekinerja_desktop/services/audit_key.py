"""The key of the audit chain, kept OUTSIDE the database in the workspace's key store
(``<data>/keys/audit-key.json``, owner-only like the node keys).

Every audit event carries ``HMAC-SHA256(key, previous hash + event)``, so whoever can
only edit the database (a copied file, a backup without the key folder, an SQLite
editor run by another local user) cannot recompute the chain. The file also holds:

- the **verification start point** (``pin_seq``, ``pin_hash``): events up to ``pin_seq``
  were written before the chain was keyed (or under a key that is not here, after a
  restore into a new folder). They are still checked link by link, and the event at
  ``pin_seq`` must carry exactly ``pin_hash`` - so none of them can be changed, deleted
  or re-hashed without breaking the pin. Events after it must carry the HMAC.
- ``opaque_until``: events up to there were keyed with a key that is not here (a backup
  restored into another folder); only their links are checked.
- the **head** seen when the workspace was last closed (``head_seq``, ``head_hash``): the
  trail must still contain it, so deleting the last events is noticed at the next check.

Deliberately free of SQLAlchemy and of other services (``audit_trail`` uses it)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ekinerja_desktop.store import owner_only

KEY_FILENAME = "audit-key.json"
FORMAT = "ekinerja-audit-key"
VERSION = 1
GENESIS_HASH = "0" * 64
_CONTEXT = b"ekinerja-audit/1\n"


class AuditKeyError(Exception):
    """The key file exists but cannot be read (damaged, not ours)."""


@dataclass
class AuditKey:
    key: bytes
    pin_seq: int = 0
    pin_hash: str = GENESIS_HASH
    opaque_until: int = 0
    head_seq: int = 0
    head_hash: str = ""

    def mac(self, message: bytes) -> str:
        return hmac.new(self.key, _CONTEXT + message, hashlib.sha256).hexdigest()

    def to_json(self) -> bytes:
        body: dict[str, Any] = asdict(self)
        body["key"] = base64.b64encode(self.key).decode("ascii")
        return json.dumps(
            {"format": FORMAT, "version": VERSION, **body}, indent=1, sort_keys=True
        ).encode("utf-8")


def key_file(data_dir: Path) -> Path:
    return Path(data_dir) / "keys" / KEY_FILENAME


def _hex64(value: Any) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def _parse(raw: bytes) -> AuditKey:
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("format")
        if int(data.get("version", 0)) > VERSION:
            raise ValueError("version")
        key = base64.b64decode(str(data["key"]), validate=True)
        result = AuditKey(
            key=key,
            pin_seq=int(data.get("pin_seq", 0)),
            pin_hash=str(data.get("pin_hash", GENESIS_HASH)),
            opaque_until=int(data.get("opaque_until", 0)),
            head_seq=int(data.get("head_seq", 0)),
            head_hash=str(data.get("head_hash", "")),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise AuditKeyError(str(exc)) from exc
    if len(result.key) != 32 or not _hex64(result.pin_hash):
        raise AuditKeyError("key or pin")
    if result.head_hash and not _hex64(result.head_hash):
        raise AuditKeyError("head")
    if min(result.pin_seq, result.opaque_until, result.head_seq) < 0:
        raise AuditKeyError("negative sequence")
    return result


def load(data_dir: Path) -> AuditKey | None:
    """The workspace's audit key, or None when there is none yet."""
    try:
        raw = key_file(data_dir).read_bytes()
    except FileNotFoundError:
        return None
    return _parse(raw)


def save(data_dir: Path, audit_key: AuditKey) -> None:
    path = key_file(data_dir)
    owner_only.make_folder(path.parent)
    owner_only.write_private(path, audit_key.to_json())


def create(data_dir: Path, pin_seq: int, pin_hash: str, opaque_until: int = 0) -> AuditKey:
    """A new random key pinned at (``pin_seq``, ``pin_hash``), written only if no key
    file exists yet; a process that lost the race gets the winner's key."""
    audit_key = AuditKey(
        secrets.token_bytes(32),
        pin_seq=pin_seq,
        pin_hash=pin_hash,
        opaque_until=opaque_until,
        head_seq=pin_seq,
        head_hash=pin_hash if pin_seq else "",
    )
    path = key_file(data_dir)
    owner_only.make_folder(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    os.close(fd)
    try:
        owner_only.restrict(Path(tmp))
        with open(tmp, "wb") as handle:
            handle.write(audit_key.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # never replaces an existing key
        except FileExistsError:
            existing = load(data_dir)
            assert existing is not None
            return existing
        except OSError:  # no hard links (FAT): fall back to exclusive create
            try:
                with open(path, "xb") as handle:
                    handle.write(audit_key.to_json())
            except FileExistsError:
                existing = load(data_dir)
                assert existing is not None
                return existing
            owner_only.restrict(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    owner_only.fsync_dir(path.parent)
    return audit_key
