"""Key slots of an encrypted workspace: the data key, wrapped once per user account and
once with a recovery key, in ``keyslots.json`` beside the database.

Free of SQLAlchemy on purpose: the login window unlocks a workspace with it before the
database layer is loaded. See docs/security.md for the threat model.

A slot is AES-256-GCM(KEK, data key) with associated data that binds it to the
workspace id, the slot kind and the user id, so a slot copied to another user or
another workspace, or any flipped byte, fails to open. The KEK comes from:

- ``argon2id``: argon2id(password, per-slot salt, stored parameters) - normal user slot;
- ``argon2id-hash``: HKDF(argon2id(password, salt and parameters of the account's
  stored password hash)) - a *pending* slot made when an existing workspace is
  encrypted (the other users' passwords are unknown then; their hashes are known).
  The first login replaces it with a normal slot;
- ``hkdf-sha256`` (the recovery slot): HKDF(160-bit random recovery key, per-slot salt).

Format 2 slots are *sealed*: the slot holds an X25519 key pair whose private half is
wrapped with the KEK, and the data key is sealed to its public half (ephemeral X25519 +
HKDF + AES-GCM). So the program can re-key - put a NEW data key into every remaining
slot - without knowing the passwords or the recovery key (``rekeyed``). Format 1 slots
(the data key wrapped directly with the KEK) still open and are upgraded at the next
unlock that knows their secret. Older data keys are kept in ``previous``, wrapped with
the current one (to read backups and finish an interrupted re-key), never beside it.

Failed unlock attempts cannot be written to the (still locked) database, so they are
counted in ``login-guard.json`` beside it: five failures lock that user name for 15
minutes, and the attempts are copied into the audit trail at the next unlock.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services import paths
from ekinerja_desktop.services.errors import AuthError, WorkspaceError
from ekinerja_desktop.store import owner_only

KEYSLOTS_FILENAME = paths.KEYSLOTS_FILENAME
GUARD_FILENAME = "login-guard.json"
FORMAT = "ekinerja-keyslots"
FORMAT_VERSION = 2
_AAD_VERSION = 1  # the slot binding predates format 2; unchanged so old slots open
DATA_KEY_BYTES = 32
NEXT_SUFFIX = ".next"  # keyslots.json.next: the slots of a re-key in progress

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
_GUARD_EVENTS_KEPT = 500

KIND_USER = "user"
KIND_RECOVERY = "recovery"
KDF_ARGON2ID = "argon2id"
KDF_ARGON2ID_HASH = "argon2id-hash"
KDF_RECOVERY = "hkdf-sha256"

# RFC 9106 "low memory" profile, the same cost as the account password hashes.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 65536
ARGON2_PARALLELISM = 4

# Crockford base32: no I, L, O, U - readable when printed and typed back.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_KEY_BYTES = 20  # 160 bits = 32 characters
_DUMMY_SALT = b"\x00" * 16


# --- workspace files --------------------------------------------------------------------
# Kept in ``paths`` (imported before the login window paints); re-exported here.
keyslots_file = paths.keyslots_file
has_plain_header = paths.has_plain_header
is_encrypted = paths.is_encrypted


def guard_file(data_dir: Path) -> Path:
    return Path(data_dir) / GUARD_FILENAME


# --- primitives -------------------------------------------------------------------------
def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def node_keys_passphrase(data_key: bytes) -> bytes:
    """The passphrase of the node's private key files in an encrypted workspace."""
    import hmac

    return hmac.new(data_key, b"ekinerja-node-keys-v1", hashlib.sha256).hexdigest().encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


# The crypto libraries are imported on first use: the login window asks
# ``is_encrypted`` before its first paint and must not pay for them.
def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _argon2(password: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=int(kdf["t"]),
        memory_cost=int(kdf["m"]),
        parallelism=int(kdf["p"]),
        hash_len=int(kdf.get("len", 32)),
        type=Type.ID,
        version=int(kdf.get("v", 19)),
    )


def _aad(workspace_id: str, kind: str, user_id: str) -> bytes:
    return json.dumps(
        ["ekinerja-keyslot", _AAD_VERSION, workspace_id, kind, user_id],
        separators=(",", ":"),
    ).encode("utf-8")


def format_recovery_key(raw: bytes) -> str:
    """160 bits as eight groups of four characters: ``XXXX-XXXX-...``."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _i in range(len(raw) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The raw key from what a person typed (case, spaces, dashes and the look-alikes
    O/I/L are forgiven); None when it cannot be a recovery key."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch not in " -\t\n")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != RECOVERY_KEY_BYTES * 8 // 5 or any(c not in _ALPHABET for c in cleaned):
        return None
    number = 0
    for ch in cleaned:
        number = (number << 5) | _ALPHABET.index(ch)
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")


def _hash_params(password_hash: str) -> tuple[dict[str, Any], bytes]:
    """argon2 parameters and salt of a stored ``$argon2id$...`` password hash."""
    from argon2 import extract_parameters

    params = extract_parameters(password_hash)
    salt_b64 = password_hash.split("$")[-2]
    salt = base64.b64decode(salt_b64 + "=" * (-len(salt_b64) % 4))
    kdf = {
        "t": params.time_cost,
        "m": params.memory_cost,
        "p": params.parallelism,
        "v": params.version,
        "len": params.hash_len,
    }
    return kdf, salt


def _hash_output(password_hash: str) -> bytes:
    raw_b64 = password_hash.rsplit("$", maxsplit=1)[-1]
    return base64.b64decode(raw_b64 + "=" * (-len(raw_b64) % 4))


# --- the slot file ----------------------------------------------------------------------
def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Unlocked:
    """The outcome of opening a slot: the data key, and who opened it with which slot."""

    key: bytes = field(repr=False)
    user_id: str
    slot_id: str
    kind: str


def _bad_file(path: Path) -> WorkspaceError:
    return WorkspaceError(
        _("Berkas kunci {p} rusak atau bukan milik e-Kinerja.").format(p=path),
        hint=_(
            "Pulihkan berkas itu dari cadangan (.ekbak memuatnya), atau buka dengan kunci "
            "pemulihan."
        ),
        code="bad_keyslots",
    )


@dataclass
class KeySlots:
    """The parsed ``keyslots.json``. Mutating methods change memory; ``save`` writes."""

    workspace_id: str
    slots: list[dict[str, Any]] = field(default_factory=list)
    # Older data keys, each AES-GCM-wrapped with the current one (newest last).
    previous: list[dict[str, Any]] = field(default_factory=list)
    # Re-key steps still to finish after the database was re-keyed: evidence, node_keys.
    pending_work: list[str] = field(default_factory=list)

    # --- reading ------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Path) -> KeySlots:
        return cls.load_file(keyslots_file(data_dir))

    @classmethod
    def load_file(cls, path: Path) -> KeySlots:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise WorkspaceError(
                _("Berkas kunci {p} tidak ada; ruang kerja terenkripsi tidak dapat dibuka.").format(
                    p=path
                ),
                hint=_("Kembalikan berkas keyslots.json dari cadangan (.ekbak memuatnya)."),
                code="no_keyslots",
            ) from exc
        except (OSError, ValueError) as exc:
            raise _bad_file(path) from exc
        if (
            not isinstance(doc, dict)
            or doc.get("format") != FORMAT
            or not isinstance(doc.get("workspace_id"), str)
            or not isinstance(doc.get("slots"), list)
            or not all(isinstance(s, dict) for s in doc["slots"])
        ):
            raise _bad_file(path)
        if int(doc.get("version", 0)) > FORMAT_VERSION:
            raise WorkspaceError(
                _("Berkas kunci {p} dibuat oleh versi aplikasi yang lebih baru.").format(p=path),
                hint=_("Perbarui aplikasi ke versi terbaru."),
                code="keyslots_too_new",
            )
        previous = doc.get("previous", [])
        work = doc.get("pending_work", [])
        if not isinstance(previous, list) or not isinstance(work, list):
            raise _bad_file(path)
        return cls(
            doc["workspace_id"],
            list(doc["slots"]),
            [p for p in previous if isinstance(p, dict)],
            [str(w) for w in work],
        )

    def to_json(self) -> str:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "workspace_id": self.workspace_id,
            "slots": self.slots,
        }
        if self.previous:
            doc["previous"] = self.previous
        if self.pending_work:
            doc["pending_work"] = self.pending_work
        return json.dumps(doc, indent=1, sort_keys=True)

    def save_next(self, data_dir: Path) -> None:
        """The slots of a re-key, beside the current ones until the database is re-keyed."""
        write_atomic(next_file(data_dir), self.to_json().encode("utf-8"))

    def save(self, data_dir: Path) -> None:
        """Atomic replace (temp file, fsync, rename): a crash keeps the old or new file."""
        write_atomic(keyslots_file(data_dir), self.to_json().encode("utf-8"))

    def user_slots(self, user_id: str) -> list[dict[str, Any]]:
        return [s for s in self.slots if s.get("kind") == KIND_USER and s.get("user_id") == user_id]

    def user_ids(self) -> set[str]:
        return {str(s.get("user_id")) for s in self.slots if s.get("kind") == KIND_USER}

    @property
    def has_recovery(self) -> bool:
        return any(s.get("kind") == KIND_RECOVERY for s in self.slots)

    def _slot_aad(self, slot: dict[str, Any]) -> bytes:
        return _aad(self.workspace_id, str(slot.get("kind")), str(slot.get("user_id", "")))

    def _open(self, slot: dict[str, Any], kek: bytes) -> bytes | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        aad = self._slot_aad(slot)
        try:
            if "pub" not in slot:  # format 1: the data key wrapped with the KEK
                key = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad)
            else:
                private = AESGCM(kek).decrypt(
                    _unb64(slot["priv_nonce"]), _unb64(slot["priv_wrapped"]), aad + b"|priv"
                )
                key = _unseal(private, slot, aad)
        except (InvalidTag, KeyError, ValueError, TypeError):
            return None
        return key if len(key) == DATA_KEY_BYTES else None

    def rekeyed(self, old_key: bytes, new_key: bytes) -> tuple[KeySlots, list[str]]:
        """A copy whose sealed slots hold ``new_key`` (no secret needed) and whose
        ``previous`` keeps ``old_key`` (and older ones) wrapped with ``new_key``. Returns
        it with the user ids of format 1 slots, which cannot be re-keyed without their
        password (they are left out; the caller decides). A format 1 recovery slot is
        left out too."""
        out = KeySlots(self.workspace_id)
        left_out: list[str] = []
        for slot in self.slots:
            if "pub" not in slot:
                if slot.get("kind") == KIND_USER:
                    left_out.append(str(slot.get("user_id", "")))
                continue
            fresh = dict(slot)
            fresh.update(_seal(_unb64(slot["pub"]), new_key, self._slot_aad(slot)))
            out.slots.append(fresh)
        keys = [*self.previous_keys(old_key), old_key]
        out.previous = [_wrap_previous(new_key, k, self.workspace_id) for k in keys[-16:]]
        return out, left_out

    def previous_keys(self, key: bytes) -> list[bytes]:
        """The older data keys this file keeps (opened with the current ``key``)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        out = []
        for entry in self.previous:
            with contextlib.suppress(InvalidTag, KeyError, ValueError, TypeError):
                out.append(
                    AESGCM(key).decrypt(
                        _unb64(entry["nonce"]),
                        _unb64(entry["wrapped"]),
                        _previous_aad(self.workspace_id),
                    )
                )
        return out

    def _user_kek(self, slot: dict[str, Any], password: str) -> bytes | None:
        try:
            kdf = slot["kdf"]
            salt = _unb64(slot["salt"])
            if kdf.get("alg") == KDF_ARGON2ID:
                return _argon2(password, salt, kdf)
            if kdf.get("alg") == KDF_ARGON2ID_HASH:
                return _hkdf(_argon2(password, salt, kdf), b"", b"ekinerja-keyslot-hash")
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return None

    def unlock_user(self, username: str, password: str) -> Unlocked | None:
        """Try the user's slots; None when the name has no slot or the password fails.
        An unknown name costs the same argon2 work as a known one."""
        name = (username or "").strip().lower()
        candidates = [
            s for s in self.slots if s.get("kind") == KIND_USER and s.get("username") == name
        ]
        if not candidates:
            _argon2(password or "x", _DUMMY_SALT, _default_kdf())
            return None
        for slot in candidates:
            kek = self._user_kek(slot, password or "")
            key = self._open(slot, kek) if kek is not None else None
            if key is not None:
                return Unlocked(
                    key, str(slot["user_id"]), str(slot["id"]), str(slot["kdf"].get("alg"))
                )
        return None

    def unlock_recovery(self, recovery_key: str) -> Unlocked | None:
        raw = parse_recovery_key(recovery_key)
        if raw is None:
            return None
        for slot in self.slots:
            if slot.get("kind") != KIND_RECOVERY:
                continue
            try:
                kek = _hkdf(raw, _unb64(slot["salt"]), b"ekinerja-keyslot-recovery")
            except (KeyError, ValueError):
                continue
            key = self._open(slot, kek)
            if key is not None:
                return Unlocked(key, "", str(slot["id"]), KIND_RECOVERY)
        return None

    # --- writing ------------------------------------------------------------------
    def _wrap(
        self, key: bytes, kek: bytes, kind: str, user_id: str, extra: dict[str, Any]
    ) -> dict[str, Any]:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
            PublicFormat,
        )

        aad = _aad(self.workspace_id, kind, user_id)
        private = X25519PrivateKey.generate()
        private_raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        public_raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        priv_nonce = secrets.token_bytes(12)
        slot = {
            "id": uuid.uuid4().hex,
            "kind": kind,
            "pub": _b64(public_raw),
            "priv_nonce": _b64(priv_nonce),
            "priv_wrapped": _b64(AESGCM(kek).encrypt(priv_nonce, private_raw, aad + b"|priv")),
            **_seal(public_raw, key, aad),
            "created_at": _now(),
            **extra,
        }
        if user_id:
            slot["user_id"] = user_id
        self.slots.append(slot)
        return slot

    def add_user(self, key: bytes, user_id: str, username: str, password: str) -> str:
        """A new normal slot for the account (older slots stay until ``keep_only``)."""
        salt = secrets.token_bytes(16)
        kdf = {"alg": KDF_ARGON2ID, **_default_kdf()}
        kek = _argon2(password, salt, kdf)
        slot = self._wrap(
            key,
            kek,
            KIND_USER,
            user_id,
            {"username": username.strip().lower(), "salt": _b64(salt), "kdf": kdf},
        )
        return str(slot["id"])

    def add_pending(self, key: bytes, user_id: str, username: str, password_hash: str) -> str:
        """A slot the account's current password opens, made from its stored hash."""
        kdf_params, salt = _hash_params(password_hash)
        kek = _hkdf(_hash_output(password_hash), b"", b"ekinerja-keyslot-hash")
        slot = self._wrap(
            key,
            kek,
            KIND_USER,
            user_id,
            {
                "username": username.strip().lower(),
                "salt": _b64(salt),
                "kdf": {"alg": KDF_ARGON2ID_HASH, **kdf_params},
            },
        )
        return str(slot["id"])

    def set_recovery(self, key: bytes, raw: bytes | None = None) -> str:
        """Replace the recovery slot; returns the new recovery key (show it once).
        ``raw``: keep that recovery key (a format 1 slot upgraded after a recovery)."""
        raw = raw or secrets.token_bytes(RECOVERY_KEY_BYTES)
        salt = secrets.token_bytes(16)
        kek = _hkdf(raw, salt, b"ekinerja-keyslot-recovery")
        self.slots = [s for s in self.slots if s.get("kind") != KIND_RECOVERY]
        self._wrap(key, kek, KIND_RECOVERY, "", {"salt": _b64(salt), "kdf": {"alg": KDF_RECOVERY}})
        return format_recovery_key(raw)

    def keep_only(self, user_id: str, slot_id: str) -> None:
        self.slots = [
            s
            for s in self.slots
            if not (s.get("kind") == KIND_USER and s.get("user_id") == user_id)
            or s.get("id") == slot_id
        ]

    def remove_user(self, user_id: str) -> bool:
        before = len(self.slots)
        self.slots = [
            s
            for s in self.slots
            if not (s.get("kind") == KIND_USER and s.get("user_id") == user_id)
        ]
        return len(self.slots) != before

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.get("id") != slot_id]


def _seal_kek(shared: bytes, epk: bytes, pub: bytes) -> bytes:
    return _hkdf(shared, epk + pub, b"ekinerja-keyslot-seal")


def _seal(public_raw: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    """``key`` sealed to an X25519 public key: ephemeral key, HKDF, AES-GCM."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_raw))
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_seal_kek(shared, epk, public_raw)).encrypt(nonce, key, aad)
    return {"epk": _b64(epk), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unseal(private_raw: bytes, slot: dict[str, Any], aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    private = X25519PrivateKey.from_private_bytes(private_raw)
    epk, pub = _unb64(slot["epk"]), _unb64(slot["pub"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
    return AESGCM(_seal_kek(shared, epk, pub)).decrypt(
        _unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad
    )


def _previous_aad(workspace_id: str) -> bytes:
    return json.dumps(["ekinerja-previous-key", 1, workspace_id]).encode("utf-8")


def _wrap_previous(key: bytes, old: bytes, workspace_id: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(key).encrypt(nonce, old, _previous_aad(workspace_id))
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _default_kdf() -> dict[str, Any]:
    return {"t": ARGON2_TIME, "m": ARGON2_MEMORY_KIB, "p": ARGON2_PARALLELISM, "v": 19, "len": 32}


# --- files ------------------------------------------------------------------------------
def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file, fsync and rename, readable by the
    current user only (mode 0600; an owner-only ACL on Windows)."""
    owner_only.write_private(path, data)


def fsync_dir(path: Path) -> None:
    owner_only.fsync_dir(path)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, fsync, then unlink (best effort on SSDs and
    copy-on-write file systems; see docs/security.md)."""
    try:
        with path.open("r+b") as handle:
            overwrite_handle(handle)
    except FileNotFoundError:
        return
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


PLAIN_ASIDE_SUFFIX = ".plaintext-old"


def plain_aside(db_file: Path) -> Path:
    """The second name of the plain database while encryption swaps it out."""
    return db_file.with_name(db_file.name + PLAIN_ASIDE_SUFFIX)


def finish_plain_swap(data_dir: Path) -> None:
    """Repair an interrupted swap of the plain database for the encrypted one: once the
    database is encrypted, the second name holds the old plaintext - overwrite it; while
    the database is still plain, it is just another name of the same file - remove the
    name. Without a database file nothing is touched (the aside is then the data)."""
    db_file = paths.database_file(Path(data_dir))
    aside = plain_aside(db_file)
    if not aside.exists() or not db_file.exists():
        return
    # Never overwrite the live database: a second name made just before a crash is the
    # same file, whatever its header says (a damaged header reads as "not plain").
    same = False
    with contextlib.suppress(OSError):
        same = os.path.samefile(aside, db_file)
    if same or has_plain_header(db_file):
        with contextlib.suppress(FileNotFoundError):
            aside.unlink()
    else:
        shred(aside)
    fsync_dir(aside.parent)


def overwrite_handle(handle: Any) -> None:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    block = b"\x00" * (1 << 20)
    left = size
    while left > 0:
        n = min(left, len(block))
        handle.write(block[:n])
        left -= n
    handle.flush()
    os.fsync(handle.fileno())


# --- unlocking before the database is open -----------------------------------------------
def wrong_credentials() -> AuthError:
    """The one message for a wrong name or password (encrypted or not)."""
    return AuthError(
        _("Nama pengguna atau kata sandi salah."),
        hint=_("Periksa ejaan dan tombol Caps Lock, lalu coba lagi."),
    )


def _guard_name(username: str) -> str:
    # Hashed: the guard file is plain and should not list who tried to log in.
    return hashlib.sha256((username or "").strip().lower().encode("utf-8")).hexdigest()[:32]


def _load_guard(data_dir: Path) -> dict[str, Any]:
    try:
        doc = json.loads(guard_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"users": {}, "events": []}
    if not isinstance(doc, dict):
        return {"users": {}, "events": []}
    users = doc.get("users") if isinstance(doc.get("users"), dict) else {}
    events = doc.get("events") if isinstance(doc.get("events"), list) else []
    return {"users": users, "events": events}


def _save_guard(data_dir: Path, doc: dict[str, Any]) -> None:
    doc["events"] = doc["events"][-_GUARD_EVENTS_KEPT:]
    with contextlib.suppress(OSError):  # never block a login on the guard file
        write_atomic(guard_file(data_dir), json.dumps(doc, sort_keys=True).encode("utf-8"))


def _locked_until(doc: dict[str, Any], username: str) -> datetime | None:
    entry = doc["users"].get(_guard_name(username))
    if not isinstance(entry, dict) or not entry.get("locked_until"):
        return None
    try:
        until = datetime.fromisoformat(str(entry["locked_until"]))
    except ValueError:
        return None
    return until if until > datetime.now(UTC) else None


def _locked_error(username: str, until: datetime) -> AuthError:
    from ekinerja_desktop.domain.timeutil import to_wita

    return AuthError(
        _("Akun {u} terkunci karena terlalu banyak percobaan gagal, sampai pukul {t} WITA.").format(
            u=username, t=to_wita(until).strftime("%H:%M")
        ),
        hint=_("Tunggu hingga waktu itu, atau minta admin membuka kunci akun."),
        code="account_locked",
    )


def next_file(data_dir: Path) -> Path:
    return keyslots_file(data_dir).with_name(KEYSLOTS_FILENAME + NEXT_SUFFIX)


def database_opens(data_dir: Path, key: bytes) -> bool:
    """Whether ``key`` opens the workspace's database (decides which slot file is
    current after a re-key was interrupted)."""
    from sqlcipher3 import dbapi2

    con = dbapi2.connect(f"file:{paths.database_file(Path(data_dir))}?mode=ro", uri=True)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.Error:
        return False
    finally:
        con.close()
    return True


def _settle_next(
    data_dir: Path, result: Unlocked, open_next: Callable[[KeySlots], Unlocked | None]
) -> Unlocked:
    """A re-key left ``keyslots.json.next``: when the database already uses the new key
    the next file becomes current (opened with the same secret); otherwise the re-key
    never reached the database and the next file is dropped."""
    nxt = next_file(data_dir)
    if not nxt.exists():
        return result
    if database_opens(data_dir, result.key):
        with contextlib.suppress(FileNotFoundError):
            nxt.unlink()
        return result
    try:
        staged = KeySlots.load_file(nxt)
    except WorkspaceError:
        return result
    opened = open_next(staged)
    if opened is None or not database_opens(data_dir, opened.key):
        return result
    os.replace(nxt, keyslots_file(data_dir))
    fsync_dir(Path(data_dir))
    return opened


def _refuse_revoked(data_dir: Path, result: Unlocked) -> None:
    """A slot that opens but holds a data key the database no longer uses: an old copy
    of the slot file after a re-key (lock, new recovery key)."""
    db = paths.database_file(Path(data_dir))
    if db.exists() and not has_plain_header(db) and not database_opens(data_dir, result.key):
        raise AuthError(
            _(
                "Kata sandi atau kunci ini berasal dari berkas kunci lama: kunci data ruang "
                "kerja sudah diganti (akun dikunci atau kunci pemulihan diganti)."
            ),
            hint=_(
                "Pakai berkas keyslots.json yang sekarang dan kata sandi yang berlaku, atau "
                "minta admin mengatur ulang kata sandi."
            ),
            code="key_revoked",
        )


def _upgrade_user_slot(data_dir: Path, result: Unlocked, username: str, password: str) -> None:
    """A format 1 slot (not re-keyable) becomes a sealed one now that its password is
    known. Pending slots are replaced at login anyway."""
    if result.kind != KDF_ARGON2ID:
        return
    with contextlib.suppress(OSError, WorkspaceError), edit(data_dir) as keys:
        slot = next((s for s in keys.slots if s.get("id") == result.slot_id), None)
        if slot is None or "pub" in slot:
            return
        new_id = keys.add_user(result.key, result.user_id, username, password)
        keys.keep_only(result.user_id, new_id)
        result.slot_id = new_id


def unlock(data_dir: Path, username: str, password: str) -> Unlocked:
    """Open the data key with a user's password, honouring the pre-unlock lockout."""
    data_dir = Path(data_dir)
    name = (username or "").strip().lower()
    guard = _load_guard(data_dir)
    until = _locked_until(guard, name)
    if until is not None:
        guard["events"].append({"at": _now(), "username": name, "action": "login.refused_locked"})
        _save_guard(data_dir, guard)
        raise _locked_error(name, until)
    slots = KeySlots.load(data_dir)
    result = slots.unlock_user(name, password)
    known = any(s.get("username") == name for s in slots.slots)
    if result is not None:
        if guard["users"].pop(_guard_name(name), None) is not None:
            _save_guard(data_dir, guard)
        result = _settle_next(data_dir, result, lambda k: k.unlock_user(name, password))
        _refuse_revoked(data_dir, result)
        _upgrade_user_slot(data_dir, result, name, password)
        return result
    if not known:
        guard["events"].append({"at": _now(), "username": name, "action": "login.unknown_user"})
        _save_guard(data_dir, guard)
        raise wrong_credentials()
    entry = guard["users"].setdefault(_guard_name(name), {"failed": 0})
    entry["failed"] = int(entry.get("failed", 0)) + 1
    event: dict[str, Any] = {"at": _now(), "username": name, "action": "login.failed"}
    error = wrong_credentials()
    if entry["failed"] >= MAX_FAILED_ATTEMPTS:
        until = datetime.now(UTC) + LOCKOUT
        entry["failed"] = 0
        entry["locked_until"] = until.isoformat()
        event["locked_minutes"] = int(LOCKOUT.total_seconds() // 60)
        error = AuthError(
            _("Lima kali kata sandi salah: akun {u} dikunci selama 15 menit.").format(u=name),
            hint=_("Tunggu 15 menit, atau minta admin membuka kunci akun."),
            code="account_locked",
        )
    guard["events"].append(event)
    _save_guard(data_dir, guard)
    raise error


def unlock_with_recovery(data_dir: Path, recovery_key: str) -> Unlocked:
    data_dir = Path(data_dir)
    result = KeySlots.load(data_dir).unlock_recovery(recovery_key)
    if result is not None:
        result = _settle_next(data_dir, result, lambda k: k.unlock_recovery(recovery_key))
        _refuse_revoked(data_dir, result)
        raw = parse_recovery_key(recovery_key)
        with contextlib.suppress(OSError, WorkspaceError), edit(data_dir) as keys:
            old = next((s for s in keys.slots if s.get("id") == result.slot_id), None)
            if raw is not None and old is not None and "pub" not in old:
                keys.set_recovery(result.key, raw)  # same key, now re-keyable
    guard = _load_guard(data_dir)
    guard["events"].append(
        {
            "at": _now(),
            "username": "",
            "action": "encryption.recovery_ok" if result else "encryption.recovery_failed",
        }
    )
    _save_guard(data_dir, guard)
    if result is None:
        raise AuthError(
            _("Kunci pemulihan salah."),
            hint=_(
                "Ketik ulang 32 karakter dari kertas kunci pemulihan (tanda hubung boleh "
                "diabaikan). Kunci lama tidak berlaku lagi setelah diganti."
            ),
            code="bad_recovery_key",
        )
    return result


def clear_lockout(data_dir: Path, username: str) -> None:
    guard = _load_guard(Path(data_dir))
    if guard["users"].pop(_guard_name(username), None) is not None:
        _save_guard(Path(data_dir), guard)


def take_guard_events(data_dir: Path) -> list[dict[str, Any]]:
    """The unlock attempts recorded since the last call (for the audit trail)."""
    guard = _load_guard(Path(data_dir))
    events = [e for e in guard["events"] if isinstance(e, dict)]
    if events:
        guard["events"] = []
        _save_guard(Path(data_dir), guard)
    return events


# --- headless unlocking ------------------------------------------------------------------
Unlocker = Callable[[Path], Unlocked | None]
_unlockers: list[Unlocker] = []


@contextlib.contextmanager
def unlocking_with(unlocker: Unlocker) -> Iterator[None]:
    """While active, ``open_workspace`` asks ``unlocker`` for the data key of an
    encrypted workspace (the command line prompts for a name and password)."""
    _unlockers.append(unlocker)
    try:
        yield
    finally:
        _unlockers.remove(unlocker)


def request_unlock(data_dir: Path) -> Unlocked | None:
    return _unlockers[-1](Path(data_dir)) if _unlockers else None


_edit_lock = threading.Lock()


@contextlib.contextmanager
def edit(data_dir: Path) -> Iterator[KeySlots]:
    """Load, change and save the slot file as one step within this process (saved only
    when the content changed)."""
    with _edit_lock:
        keys = KeySlots.load(Path(data_dir))
        before = keys.to_json()
        yield keys
        if keys.to_json() != before:
            keys.save(Path(data_dir))


# --- decrypted copies for viewing ------------------------------------------------------
# Evidence files of an encrypted workspace are decrypted into this folder to be opened
# by the desktop's viewer, and shredded on close, on unlock and after a crash.
VIEW_DIRNAME = ".view"


def cleanup_views(data_dir: Path) -> int:
    """Overwrite and delete the decrypted copies made for viewing; returns how many."""
    root = Path(data_dir) / VIEW_DIRNAME
    if not root.is_dir():
        return 0
    count = 0
    for path in sorted(root.rglob("*"), reverse=True):
        with contextlib.suppress(OSError):  # a viewer may still hold it (Windows)
            if path.is_file():
                shred(path)
                count += 1
            elif path.is_dir():
                path.rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()
    return count
