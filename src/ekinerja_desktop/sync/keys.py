"""Node key pairs (Ed25519 signing + X25519 encryption), key files and fingerprints."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ekinerja_desktop.store import owner_only
from ekinerja_desktop.sync.errors import NodeKeyError
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict

__all__ = [
    "NODE_ID_RE",
    "NodeKeys",
    "PublicNodeKeys",
    "check_node_id",
]

# Node ids (and sender epochs) appear in headers, crypto labels and file names: keep them
# plain ASCII that is safe in a Windows file name.
NODE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")

SIGN_KEY_FILE = "sign_key.pem"
ENC_KEY_FILE = "enc_key.pem"
PUBLIC_FILE = "node.json"
_PUBLIC_FORMAT = "ekinerja-node-public"
_FINGERPRINT_LABEL = b"ekinerja-node-fingerprint-v1\x00"


def check_node_id(node_id: object) -> str:
    """Return ``node_id`` if it is a valid node id, else raise ``invalid_node_id``."""
    if not isinstance(node_id, str) or NODE_ID_RE.fullmatch(node_id) is None:
        raise NodeKeyError("invalid_node_id", f"bad node id {node_id!r}")
    return node_id


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64_exact(text: object, length: int, what: str) -> bytes:
    if not isinstance(text, str):
        raise NodeKeyError("key_invalid", f"{what} is not a string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise NodeKeyError("key_invalid", f"{what} is not base64") from exc
    if len(raw) != length or _b64(raw) != text:
        raise NodeKeyError("key_invalid", f"{what} is not {length} bytes in canonical base64")
    return raw


@dataclass(frozen=True)
class PublicNodeKeys:
    """The public half of a node's keys; what other nodes store to verify and address it."""

    node_id: str
    sign_pub: bytes  # raw 32-byte Ed25519 public key
    enc_pub: bytes  # raw 32-byte X25519 public key

    def __post_init__(self) -> None:
        check_node_id(self.node_id)
        if not isinstance(self.sign_pub, bytes) or len(self.sign_pub) != 32:
            raise NodeKeyError("key_invalid", "sign_pub must be 32 raw bytes")
        if not isinstance(self.enc_pub, bytes) or len(self.enc_pub) != 32:
            raise NodeKeyError("key_invalid", "enc_pub must be 32 raw bytes")

    def verify_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.sign_pub)

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.enc_pub)

    def fingerprint(self) -> str:
        """128-bit fingerprint to read aloud over the phone: ``"1A2B 3C4D ... (8 groups)"``.

        SHA-256 over a label, the length-prefixed node id and both public keys; the
        first 16 bytes as 8 groups of 4 uppercase hex digits.
        """
        node = self.node_id.encode("ascii")
        digest = hashlib.sha256(
            _FINGERPRINT_LABEL + bytes([len(node)]) + node + self.sign_pub + self.enc_pub
        ).hexdigest()[:32]
        return " ".join(digest[i : i + 4].upper() for i in range(0, 32, 4))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": _PUBLIC_FORMAT,
            "version": 1,
            "node_id": self.node_id,
            "sign_pub": _b64(self.sign_pub),
            "enc_pub": _b64(self.enc_pub),
        }

    @classmethod
    def from_dict(cls, data: object) -> PublicNodeKeys:
        if not isinstance(data, dict):
            raise NodeKeyError("key_invalid", "public key record is not an object")
        if data.get("format") != _PUBLIC_FORMAT or data.get("version") != 1:
            raise NodeKeyError("key_invalid", "not an ekinerja-node-public v1 record")
        expected = {"format", "version", "node_id", "sign_pub", "enc_pub"}
        if set(data) != expected:
            raise NodeKeyError("key_invalid", f"keys must be exactly {sorted(expected)}")
        return cls(
            node_id=check_node_id(data["node_id"]),
            sign_pub=_unb64_exact(data["sign_pub"], 32, "sign_pub"),
            enc_pub=_unb64_exact(data["enc_pub"], 32, "enc_pub"),
        )

    def to_json(self) -> str:
        """Canonical JSON text (see :func:`dumps_canonical`)."""
        return dumps_canonical(self.to_dict()).decode("utf-8")

    @classmethod
    def from_json(cls, text: str | bytes) -> PublicNodeKeys:
        raw = text.encode("utf-8") if isinstance(text, str) else text
        return cls.from_dict(loads_strict(raw, max_bytes=4096, max_depth=2))


class NodeKeys:
    """A node's private keys: Ed25519 to sign bundles, X25519 to receive content keys."""

    __slots__ = ("_enc", "_sign", "node_id")

    def __init__(
        self, node_id: str, sign_key: Ed25519PrivateKey, enc_key: X25519PrivateKey
    ) -> None:
        self.node_id = check_node_id(node_id)
        if not isinstance(sign_key, Ed25519PrivateKey):
            raise NodeKeyError("key_invalid", "signing key is not Ed25519")
        if not isinstance(enc_key, X25519PrivateKey):
            raise NodeKeyError("key_invalid", "encryption key is not X25519")
        self._sign = sign_key
        self._enc = enc_key

    def __repr__(self) -> str:  # never show key material
        return f"NodeKeys(node_id={self.node_id!r}, fingerprint={self.public().fingerprint()!r})"

    @classmethod
    def generate(cls, node_id: str) -> NodeKeys:
        return cls(node_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return self._sign

    @property
    def encryption_key(self) -> X25519PrivateKey:
        return self._enc

    def sign(self, data: bytes) -> bytes:
        return self._sign.sign(data)

    def public(self) -> PublicNodeKeys:
        raw = serialization.Encoding.Raw
        return PublicNodeKeys(
            node_id=self.node_id,
            sign_pub=self._sign.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
            enc_pub=self._enc.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
        )

    # -- files -------------------------------------------------------------------------

    def save(self, directory: str | os.PathLike[str], passphrase: bytes | None) -> None:
        """Write ``sign_key.pem``, ``enc_key.pem`` (PKCS8) and ``node.json`` (public).

        Files are readable by the current user only (mode 0600, directory 0700; an
        owner-only ACL on Windows) and written atomically. With a
        passphrase the PEMs are encrypted (``BestAvailableEncryption``). Existing key
        files are never overwritten (``key_exists``).
        """
        folder = Path(directory)
        try:
            owner_only.make_folder(folder)
        except OSError as exc:
            raise NodeKeyError("key_write_failed", f"cannot create {folder}: {exc}") from exc
        for name in (SIGN_KEY_FILE, ENC_KEY_FILE, PUBLIC_FILE):
            if (folder / name).exists():
                raise NodeKeyError("key_exists", f"{folder / name} exists")
        encryption: serialization.KeySerializationEncryption
        if passphrase:
            encryption = serialization.BestAvailableEncryption(passphrase)
        else:
            encryption = serialization.NoEncryption()
        pem, pkcs8 = serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8
        files = {
            SIGN_KEY_FILE: self._sign.private_bytes(pem, pkcs8, encryption),
            ENC_KEY_FILE: self._enc.private_bytes(pem, pkcs8, encryption),
            PUBLIC_FILE: dumps_canonical(self.public().to_dict()) + b"\n",
        }
        for name, content in files.items():
            _write_private(folder / name, content)

    def reseal(self, directory: str | os.PathLike[str], passphrase: bytes) -> None:
        """Rewrite the private key files of existing keys encrypted with ``passphrase``
        (each file replaced atomically; ``node.json`` is unchanged). For keys written in
        the clear before the workspace was encrypted."""
        folder = Path(directory)
        encryption = serialization.BestAvailableEncryption(passphrase)
        pem, pkcs8 = serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8
        _write_private(folder / SIGN_KEY_FILE, self._sign.private_bytes(pem, pkcs8, encryption))
        _write_private(folder / ENC_KEY_FILE, self._enc.private_bytes(pem, pkcs8, encryption))

    @staticmethod
    def sealed(directory: str | os.PathLike[str]) -> bool:
        """Whether both private key files are encrypted (False also when missing)."""
        folder = Path(directory)
        try:
            return all(
                b"ENCRYPTED" in (folder / name).read_bytes()
                for name in (SIGN_KEY_FILE, ENC_KEY_FILE)
            )
        except OSError:
            return False

    @classmethod
    def load(
        cls,
        directory: str | os.PathLike[str],
        passphrase: bytes | None,
        *,
        allow_clear: bool = False,
    ) -> NodeKeys:
        """Load keys written by :meth:`save`; checks they match ``node.json``."""
        folder = Path(directory)
        try:
            public = PublicNodeKeys.from_json((folder / PUBLIC_FILE).read_bytes())
            sign_pem = (folder / SIGN_KEY_FILE).read_bytes()
            enc_pem = (folder / ENC_KEY_FILE).read_bytes()
        except FileNotFoundError as exc:
            raise NodeKeyError("key_missing", str(exc)) from exc
        except OSError as exc:
            raise NodeKeyError("key_invalid", str(exc)) from exc
        except NodeKeyError:
            raise
        except Exception as exc:  # strict JSON errors on node.json
            raise NodeKeyError("key_invalid", f"{PUBLIC_FILE}: {exc}") from exc
        if allow_clear:  # a file still in the clear (e.g. an interrupted reseal)
            sign_key = _load_pem(sign_pem, passphrase if b"ENCRYPTED" in sign_pem else None)
            enc_key = _load_pem(enc_pem, passphrase if b"ENCRYPTED" in enc_pem else None)
        else:
            sign_key = _load_pem(sign_pem, passphrase)
            enc_key = _load_pem(enc_pem, passphrase)
        if not isinstance(sign_key, Ed25519PrivateKey) or not isinstance(enc_key, X25519PrivateKey):
            raise NodeKeyError("key_invalid", "unexpected key types in PEM files")
        keys = cls(public.node_id, sign_key, enc_key)
        if keys.public() != public:
            raise NodeKeyError("key_invalid", f"private keys do not match {PUBLIC_FILE}")
        return keys


def _load_pem(data: bytes, passphrase: bytes | None) -> object:
    try:
        return serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError as exc:
        # Encrypted without a passphrase given, or a passphrase given for a clear key.
        if passphrase:
            raise NodeKeyError("key_invalid", str(exc)) from exc
        raise NodeKeyError("key_passphrase_required", str(exc)) from exc
    except ValueError as exc:
        if passphrase and b"ENCRYPTED" in data:
            raise NodeKeyError("key_passphrase_wrong", str(exc)) from exc
        raise NodeKeyError("key_invalid", str(exc)) from exc
    except UnsupportedAlgorithm as exc:
        raise NodeKeyError("key_invalid", str(exc)) from exc


def _write_private(path: Path, content: bytes) -> None:
    try:
        owner_only.write_private(path, content)
    except OSError as exc:
        raise NodeKeyError("key_write_failed", f"cannot write {path}: {exc}") from exc
