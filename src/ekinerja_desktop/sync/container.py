"""The signed, encrypted .ekb bundle container (format 1.0): streaming writer and reader."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import math
import os
import re
import secrets
import struct
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final, Generic, Self, TypeVar

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ekinerja_desktop.sync.errors import (
    BundleError,
    BundleWriteError,
    ContainerError,
    HeaderError,
    MemberError,
    PayloadError,
    RecipientError,
    SignerError,
    StrictJsonError,
)
from ekinerja_desktop.sync.keys import NODE_ID_RE, NodeKeys, PublicNodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict

_F = TypeVar("_F")

__all__ = [
    "CIPHER",
    "FORMAT",
    "FORMAT_VERSION",
    "BundleWriter",
    "Limits",
    "MemberInfo",
    "MemberWriter",
    "OpenedBundle",
    "check_member_name",
    "open_bundle",
]

FORMAT: Final = "ekinerja-bundle"
FORMAT_VERSION: Final = (1, 0)
CIPHER: Final = "chacha20poly1305-stream-v1"
DEFAULT_CHUNK_SIZE: Final = 65536
MIN_CHUNK_SIZE: Final = 1024
MAX_CHUNK_SIZE: Final = 1024 * 1024
BUNDLE_SUFFIX: Final = ".ekb"

KiB: Final = 1024
MiB: Final = 1024 * KiB
GiB: Final = 1024 * MiB

OUTER_NAMES: Final = ("header.json", "header.sig", "payload.bin")
_TAG = 16
_SIG_LEN = 64
_KEY_LEN = 32
_WRAPPED_LEN = _KEY_LEN + _TAG
_ZIP32_MAX = 0xFFFFFFFF
_IO_CHUNK = 256 * KiB

_PAYLOAD_LABEL = b"ekinerja-bundle/payload/v1\x00"
_WRAP_LABEL = b"ekinerja-bundle/wrap/v1\x00"

_KIND_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_CREATED_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_TABLE_MEMBER_RE = re.compile(r"[a-z0-9_]{1,120}\.(ndjson|json)")
_BLOB_MEMBER_RE = re.compile(r"blobs/[0-9a-f]{64}")
_DRIVE_RE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """Reader limits; every field can be overridden, e.g. ``Limits(max_members=10)``."""

    max_bundle_bytes: int = 2 * GiB  # the .ekb file itself (format 1.0: never above 4 GiB)
    max_header_bytes: int = 1 * MiB  # header.json
    max_json_depth: int = 32  # header.json nesting (also the default for read_json)
    max_recipients: int = 1000
    max_members: int = 100_000  # entries in the inner archive
    max_member_bytes: int = 4 * GiB  # uncompressed size of one inner member
    max_total_bytes: int = 8 * GiB  # uncompressed size of all inner members together
    max_ratio: int = 200  # uncompressed : compressed, per member and for the whole payload
    ratio_min_bytes: int = 1 * MiB  # members at most this large are not ratio-checked
    max_line_bytes: int = 1 * MiB  # default for OpenedBundle.iter_lines (newline excluded)

    def __post_init__(self) -> None:
        for name, value in self.__dict__.items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"Limits.{name} must be a positive int")
        if self.max_bundle_bytes > _ZIP32_MAX:
            raise ValueError("Limits.max_bundle_bytes cannot exceed 4 GiB - 1 in format 1.0")


@dataclass(frozen=True)
class MemberInfo:
    """One inner member as written: its name, uncompressed size and SHA-256 (hex)."""

    name: str
    size: int
    sha256: str


# ---------------------------------------------------------------------------------------
# names


def _unsafe_name_reason(name: str) -> str | None:
    if not name:
        return "empty name"
    if any(ord(c) < 0x20 or c == "\x7f" for c in name):
        return "control character in name"
    if "\\" in name:
        return "backslash in name"
    if name.startswith("/"):
        return "absolute path"
    if _DRIVE_RE.match(name):
        return "drive letter"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return "empty, '.' or '..' path segment (or a directory)"
    return None


def check_member_name(name: str) -> str:
    """Return ``name`` if it is an allowed inner member name, else raise ``MemberError``.

    Allowed: ``<lowercase>.ndjson`` / ``<lowercase>.json`` (``[a-z0-9_]``, up to 120
    characters before the dot) and ``blobs/<64 lowercase hex sha256>``.
    """
    if not isinstance(name, str):
        raise MemberError("bad_member_name", f"member name {name!r} is not a string")
    reason = _unsafe_name_reason(name)
    if reason is not None:
        raise MemberError("unsafe_name", f"{name!r}: {reason}")
    if _TABLE_MEMBER_RE.fullmatch(name) is None and _BLOB_MEMBER_RE.fullmatch(name) is None:
        raise MemberError("bad_member_name", f"{name!r} is not an allowed member name")
    return name


# ---------------------------------------------------------------------------------------
# outer container: a canonical, stored-only ZIP with exactly three members

_LFH = struct.Struct("<IHHHHHIIIHH")  # 30 bytes
_CDH = struct.Struct("<IHHHHHHIIIHHHHHII")  # 46 bytes
_EOCD = struct.Struct("<IHHHHIIH")  # 22 bytes
_LFH_SIG = 0x04034B50
_CDH_SIG = 0x02014B50
_EOCD_SIG = 0x06054B50
_ZIP_VERSION = 20  # "2.0", made by MS-DOS (0): no OS-specific attributes
_DOS_TIME = 0
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01


def _lfh(name: str, crc: int, size: int) -> bytes:
    raw = name.encode("ascii")
    head = _LFH.pack(
        _LFH_SIG, _ZIP_VERSION, 0, 0, _DOS_TIME, _DOS_DATE, crc, size, size, len(raw), 0
    )
    return head + raw


def _cdh(name: str, crc: int, size: int, offset: int) -> bytes:
    raw = name.encode("ascii")
    head = _CDH.pack(
        _CDH_SIG,
        _ZIP_VERSION,
        _ZIP_VERSION,
        0,
        0,
        _DOS_TIME,
        _DOS_DATE,
        crc,
        size,
        size,
        len(raw),
        0,
        0,
        0,
        0,
        0,
        offset,
    )
    return head + raw


def _eocd(count: int, cd_size: int, cd_offset: int) -> bytes:
    return _EOCD.pack(_EOCD_SIG, 0, 0, count, count, cd_size, cd_offset, 0)


def _outer_overhead(header_len: int) -> int:
    names = sum(len(n) for n in OUTER_NAMES)
    return 3 * (_LFH.size + _CDH.size) + 2 * names + _EOCD.size + header_len + _SIG_LEN


@dataclass(frozen=True)
class _OuterEntry:
    name: str
    crc: int
    size: int
    offset: int

    @property
    def data_offset(self) -> int:
        return self.offset + _LFH.size + len(self.name)


def _short_outer(offset: int) -> BundleError:
    return ContainerError("container_corrupt", f"short read at offset {offset}")


def _short_inner(offset: int) -> BundleError:
    return MemberError("inner_corrupt", f"short read at {offset}")


def _read_exact(
    fh: IO[bytes], offset: int, size: int, short: Callable[[int], BundleError] = _short_outer
) -> bytes:
    """``size`` bytes at ``offset``; fewer raise ``short(offset)`` (by default a corrupt
    outer container, ``_short_inner`` for the inner archive)."""
    fh.seek(offset)
    data = fh.read(size)
    if len(data) != size:
        raise short(offset)
    return data


def _parse_outer(fh: IO[bytes], file_size: int, limits: Limits) -> list[_OuterEntry]:
    """Validate the whole outer layout byte for byte; return the three entries."""
    if file_size > limits.max_bundle_bytes:
        raise ContainerError("too_large", f"{file_size} bytes > {limits.max_bundle_bytes}")
    if file_size < _outer_overhead(2):
        raise ContainerError("container_corrupt", f"file of {file_size} bytes is too short")
    eocd = _read_exact(fh, file_size - _EOCD.size, _EOCD.size)
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = _EOCD.unpack(eocd)
    if sig != _EOCD_SIG or comment_len != 0:
        raise ContainerError("container_corrupt", "no end-of-archive record at the very end")
    if disk != 0 or cd_disk != 0 or n_disk != n_total:
        raise ContainerError("container_corrupt", "multi-disk archive")
    if n_total != len(OUTER_NAMES):
        raise ContainerError("unexpected_member", f"{n_total} members, expected 3")
    if cd_offset + cd_size != file_size - _EOCD.size or cd_size > 3 * (_CDH.size + 300):
        raise ContainerError("container_corrupt", "central directory bounds")
    cd = _read_exact(fh, cd_offset, cd_size)

    raw_entries: list[tuple[tuple[int, ...], bytes]] = []
    pos = 0
    for _ in range(n_total):
        if pos + _CDH.size > len(cd):
            raise ContainerError("container_corrupt", "truncated central directory")
        fields = _CDH.unpack_from(cd, pos)
        name_len, extra_len, comment = fields[10], fields[11], fields[12]
        end = pos + _CDH.size + name_len + extra_len + comment
        if fields[0] != _CDH_SIG or end > len(cd):
            raise ContainerError("container_corrupt", "bad central directory entry")
        raw_entries.append((fields, cd[pos + _CDH.size : pos + _CDH.size + name_len]))
        pos = end
    if pos != len(cd):
        raise ContainerError("container_corrupt", "trailing bytes in central directory")

    # Names first, so path tricks and extra members get their own error codes.
    names: list[str] = []
    for _, raw_name in raw_entries:
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError as exc:
            raise ContainerError("unsafe_name", f"non-ASCII name {raw_name!r}") from exc
        reason = _unsafe_name_reason(name)
        if reason is not None:
            raise ContainerError("unsafe_name", f"{name!r}: {reason}")
        if name in names:
            raise ContainerError("duplicate_member", f"{name!r} appears twice")
        names.append(name)
    if tuple(names) != OUTER_NAMES:
        raise ContainerError("unexpected_member", f"members {names}, expected {OUTER_NAMES}")

    entries: list[_OuterEntry] = []
    expected_offset = 0
    for (fields, _), name in zip(raw_entries, names, strict=True):
        flags, method, crc, csize, usize, offset = (
            fields[3],
            fields[4],
            fields[7],
            fields[8],
            fields[9],
            fields[16],
        )
        if flags & 0x1:
            raise ContainerError("container_corrupt", f"{name}: encrypted ZIP entry")
        if method != 0 or csize != usize:
            raise ContainerError("container_corrupt", f"{name}: not stored uncompressed")
        entry = _OuterEntry(name, crc, usize, offset)
        if _cdh(name, crc, usize, offset) != _CDH.pack(*fields) + name.encode("ascii"):
            raise ContainerError("container_corrupt", f"{name}: non-canonical directory entry")
        if offset != expected_offset:
            raise ContainerError("container_corrupt", f"{name}: unexpected offset")
        expected_offset = entry.data_offset + usize
        if expected_offset > cd_offset:
            raise ContainerError("container_corrupt", f"{name}: data overlaps the directory")
        entries.append(entry)
    if expected_offset != cd_offset:
        raise ContainerError("container_corrupt", "gap before the central directory")
    header, sig, _payload = entries
    if header.size > limits.max_header_bytes:
        raise ContainerError("header_too_large", f"header.json is {header.size} bytes")
    if sig.size != _SIG_LEN:
        raise ContainerError("container_corrupt", "header.sig is not 64 bytes")
    for entry in entries:
        local = _read_exact(fh, entry.offset, _LFH.size + len(entry.name))
        if local != _lfh(entry.name, entry.crc, entry.size):
            raise ContainerError("container_corrupt", f"{entry.name}: local header mismatch")
    return entries


def _read_checked(fh: IO[bytes], entry: _OuterEntry) -> bytes:
    data = _read_exact(fh, entry.data_offset, entry.size)
    if zlib.crc32(data) != entry.crc:
        raise ContainerError("container_corrupt", f"{entry.name}: CRC mismatch")
    return data


def _write_outer(
    out: IO[bytes],
    *,
    header: bytes,
    signature: bytes,
    payload_size: int,
    payload_crc: int,
    write_payload: Callable[[], None],
) -> None:
    """Write the canonical outer ZIP; ``write_payload`` streams payload.bin into ``out``."""
    offsets: list[int] = []
    crcs = [zlib.crc32(header), zlib.crc32(signature), payload_crc]
    sizes = [len(header), len(signature), payload_size]
    position = 0
    for index, (name, crc, size) in enumerate(zip(OUTER_NAMES, crcs, sizes, strict=True)):
        offsets.append(position)
        local = _lfh(name, crc, size)
        out.write(local)
        if index == 0:
            out.write(header)
        elif index == 1:
            out.write(signature)
        else:
            write_payload()
        position += len(local) + size
    directory = b"".join(
        _cdh(name, crc, size, offset)
        for name, crc, size, offset in zip(OUTER_NAMES, crcs, sizes, offsets, strict=True)
    )
    out.write(directory)
    out.write(_eocd(3, len(directory), position))


# ---------------------------------------------------------------------------------------
# crypto: chunked ChaCha20-Poly1305 (STREAM construction) and per-recipient key wrapping


def _lp(text: str) -> bytes:
    raw = text.encode("ascii")
    return bytes([len(raw)]) + raw


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _chunk_ad(bundle_id: bytes, sender: str, index: int, last: bool) -> bytes:
    return (
        _PAYLOAD_LABEL
        + bundle_id
        + _lp(sender)
        + index.to_bytes(8, "big")
        + (b"\x01" if last else b"\x00")
    )


def _wrap_context(bundle_id: bytes, sender: str, recipient: str) -> bytes:
    return _WRAP_LABEL + bundle_id + _lp(sender) + _lp(recipient)


def _raw_public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _kek(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes, context: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=_KEY_LEN,
        salt=ephemeral_pub + recipient_pub,
        info=context,
    )
    return hkdf.derive(shared)


def _wrap_key(
    content_key: bytes, bundle_id: bytes, sender: str, recipient: PublicNodeKeys
) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_pub = _raw_public(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.enc_pub))
    context = _wrap_context(bundle_id, sender, recipient.node_id)
    kek = _kek(shared, ephemeral_pub, recipient.enc_pub, context)
    wrapped = ChaCha20Poly1305(kek).encrypt(bytes(12), content_key, context)
    return {
        "node": recipient.node_id,
        "ephemeral_pub": base64.b64encode(ephemeral_pub).decode("ascii"),
        "wrapped_key": base64.b64encode(wrapped).decode("ascii"),
    }


def _unwrap_key(
    me: NodeKeys, ephemeral_pub: bytes, wrapped: bytes, bundle_id: bytes, sender: str
) -> bytes:
    my_pub = _raw_public(me.encryption_key)
    context = _wrap_context(bundle_id, sender, me.node_id)
    try:
        shared = me.encryption_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_pub))
        kek = _kek(shared, ephemeral_pub, my_pub, context)
        return ChaCha20Poly1305(kek).decrypt(bytes(12), wrapped, context)
    except (InvalidTag, ValueError) as exc:
        raise RecipientError("recipient_key_mismatch", "content key does not unwrap") from exc


def _encrypt_payload(
    src: IO[bytes],
    *,
    plain_size: int,
    key: bytes,
    bundle_id: bytes,
    sender: str,
    chunk_size: int,
    sink: Callable[[bytes], None],
) -> None:
    aead = ChaCha20Poly1305(key)
    count = max(1, math.ceil(plain_size / chunk_size))
    src.seek(0)
    for index in range(count):
        last = index == count - 1
        want = plain_size - index * chunk_size if last else chunk_size
        block = src.read(want)
        if len(block) != want:
            raise BundleWriteError("write_failed", "payload temp file changed while sealing")
        nonce = _chunk_nonce(index, last)
        sink(aead.encrypt(nonce, block, _chunk_ad(bundle_id, sender, index, last)))
    if src.read(1):
        raise BundleWriteError("write_failed", "payload temp file grew while sealing")


def _sealed_size(plain_size: int, chunk_size: int) -> int:
    return plain_size + _TAG * max(1, math.ceil(plain_size / chunk_size))


# ---------------------------------------------------------------------------------------
# header


def _now_iso() -> str:
    now = datetime.now(UTC)
    return f"{now:%Y-%m-%dT%H:%M:%S}.{now.microsecond // 1000:03d}Z"


def _b64_exact(value: object, length: int, what: str) -> bytes:
    if not isinstance(value, str):
        raise HeaderError("header_invalid", f"{what} is not a string")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise HeaderError("header_invalid", f"{what} is not base64") from exc
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != value:
        raise HeaderError("header_invalid", f"{what} must be {length} bytes, canonical base64")
    return raw


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _require(header: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    if key not in header:
        raise HeaderError("header_invalid", f"missing {key!r}")
    value = header[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise HeaderError("header_invalid", f"{key!r} has the wrong type")
    return value


def _parse_header(data: bytes, limits: Limits) -> dict[str, Any]:
    """Strict parse + schema check of header.json (before the signature is checked)."""
    try:
        header = loads_strict(
            data, max_bytes=limits.max_header_bytes, max_depth=limits.max_json_depth
        )
    except StrictJsonError as exc:
        raise HeaderError("header_invalid", f"{exc.code}: {exc.detail}") from exc
    if not isinstance(header, dict):
        raise HeaderError("header_invalid", "header is not a JSON object")
    # format and version first: a newer major version may change everything else.
    if header.get("format") != FORMAT:
        raise HeaderError("format_unknown", f"format {header.get('format')!r}")
    version = header.get("version")
    if (
        not isinstance(version, list)
        or len(version) != 2
        or not all(_is_int(v) and 0 <= v < 2**31 for v in version)
    ):
        raise HeaderError("header_invalid", f"bad version {version!r}")
    if version[0] > FORMAT_VERSION[0]:
        raise HeaderError("format_too_new", f"format {version[0]}.{version[1]}")
    if version[0] < FORMAT_VERSION[0]:
        raise HeaderError("header_invalid", f"format {version[0]}.{version[1]} never existed")
    if dumps_canonical(header) != data:
        raise HeaderError("header_invalid", "header.json is not canonical JSON")

    bundle_id = _require(header, "bundle_id", str)
    try:
        if str(uuid.UUID(bundle_id)) != bundle_id:
            raise ValueError("not canonical")
    except ValueError as exc:
        raise HeaderError("header_invalid", f"bad bundle_id {bundle_id!r}") from exc
    if _KIND_RE.fullmatch(_require(header, "kind", str)) is None:
        raise HeaderError("header_invalid", "bad kind")
    for key in ("sender", "sender_epoch"):
        if NODE_ID_RE.fullmatch(_require(header, key, str)) is None:
            raise HeaderError("header_invalid", f"bad {key}")
    sequence = _require(header, "sequence", int)
    if not 0 <= sequence < 2**63:
        raise HeaderError("header_invalid", "sequence out of range")
    created_at = _require(header, "created_at", str)
    try:
        if _CREATED_RE.fullmatch(created_at) is None:
            raise ValueError("bad shape")
        datetime.fromisoformat(created_at[:-1] + "+00:00")
    except ValueError as exc:
        raise HeaderError("header_invalid", f"bad created_at {created_at!r}") from exc

    recipients = _require(header, "recipients", list)
    if not 1 <= len(recipients) <= limits.max_recipients:
        raise HeaderError("header_invalid", f"{len(recipients)} recipients")
    seen: set[str] = set()
    for item in recipients:
        if not isinstance(item, dict):
            raise HeaderError("header_invalid", "recipient is not an object")
        node = _require(item, "node", str)
        if NODE_ID_RE.fullmatch(node) is None or node in seen:
            raise HeaderError("header_invalid", f"bad or duplicate recipient {node!r}")
        seen.add(node)
        _b64_exact(item.get("ephemeral_pub"), _KEY_LEN, "ephemeral_pub")
        _b64_exact(item.get("wrapped_key"), _WRAPPED_LEN, "wrapped_key")

    payload = _require(header, "payload", dict)
    cipher = _require(payload, "cipher", str)
    if cipher != CIPHER:
        raise HeaderError("unsupported_cipher", f"cipher {cipher!r}")
    chunk_size = _require(payload, "chunk_size", int)
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise HeaderError("header_invalid", f"chunk_size {chunk_size}")
    if not 0 <= _require(payload, "size", int) <= _ZIP32_MAX:
        raise HeaderError("header_invalid", "payload size out of range")
    if _SHA256_RE.fullmatch(_require(payload, "sha256", str)) is None:
        raise HeaderError("header_invalid", "payload sha256 is not 64 lowercase hex digits")
    if "meta" in header and not isinstance(header["meta"], dict):
        raise HeaderError("header_invalid", "meta is not an object")
    return header


# ---------------------------------------------------------------------------------------
# writer


def _fixed_zipinfo(name: str, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


class _Scoped:
    """As a context manager: ``_leave(ok)`` when the block ends, ``ok`` when it did not
    raise."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._leave(exc_type is None)

    def _leave(self, ok: bool) -> None:
        raise NotImplementedError


class MemberWriter(_Scoped):
    """A write handle for one inner member that also counts and hashes what it gets."""

    def __init__(self, writer: BundleWriter, name: str, stream: IO[bytes]) -> None:
        self._writer = writer
        self._name = name
        self._stream = stream
        self._hash = hashlib.sha256()
        self._size = 0
        self._closed = False
        self.info: MemberInfo | None = None

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise BundleWriteError("writer_misuse", f"member {self._name} already closed")
        view = memoryview(data).cast("B")
        self._stream.write(view)
        self._hash.update(view)
        self._size += len(view)
        return len(view)

    def close(self) -> MemberInfo:
        if self.info is None:
            self._closed = True
            self._stream.close()
            self.info = MemberInfo(self._name, self._size, self._hash.hexdigest())
            self._writer._member_done(self.info)
        return self.info

    def _leave(self, ok: bool) -> None:
        if ok:
            self.close()
        else:
            self._closed = True
            with contextlib.suppress(Exception):
                self._stream.close()
            self._writer._failed = True


class BundleWriter(_Scoped):
    """Build one bundle. Use as a context manager; nothing is published unless it completes.

    Members are streamed into a DEFLATE ZIP in an anonymous temporary file (never held in
    memory). ``close()`` encrypts it, signs the header and writes ``<final>.partial``,
    fsyncs, then renames it to the final name. ``target`` is a directory (a file name is
    chosen: ``<kind>_<sender>_<sequence>_<bundle id prefix>.ekb``) or a file path.
    """

    def __init__(
        self,
        target: str | os.PathLike[str],
        *,
        sender: NodeKeys,
        sender_epoch: str,
        sequence: int,
        recipients: Sequence[PublicNodeKeys],
        kind: str,
        meta: Mapping[str, Any] | None = None,
        bundle_id: str | None = None,
        created_at: str | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        compresslevel: int = 6,
        max_bundle_bytes: int = Limits.max_bundle_bytes,
        tmp_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        def misuse(detail: str) -> BundleWriteError:
            return BundleWriteError("writer_misuse", detail)

        if NODE_ID_RE.fullmatch(sender_epoch or "") is None:
            raise misuse(f"bad sender_epoch {sender_epoch!r}")
        if not _is_int(sequence) or not 0 <= sequence < 2**63:
            raise misuse(f"bad sequence {sequence!r}")
        if not isinstance(kind, str) or _KIND_RE.fullmatch(kind) is None:
            raise misuse(f"bad kind {kind!r}")
        if not recipients:
            raise misuse("at least one recipient is required")
        nodes = [r.node_id for r in recipients]
        if len(set(nodes)) != len(nodes):
            raise misuse("duplicate recipient node ids")
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise misuse(f"chunk_size {chunk_size} out of range")
        if not 0 < max_bundle_bytes <= _ZIP32_MAX:
            raise misuse("max_bundle_bytes out of range")
        self.bundle_id = str(uuid.UUID(bundle_id)) if bundle_id else str(uuid.uuid4())
        if created_at is None:
            created_at = _now_iso()
        elif not isinstance(created_at, str) or _CREATED_RE.fullmatch(created_at) is None:
            raise misuse(f"created_at {created_at!r} is not YYYY-MM-DDTHH:MM:SS[.fff]Z")
        self._fields: dict[str, Any] = {
            "format": FORMAT,
            "version": list(FORMAT_VERSION),
            "bundle_id": self.bundle_id,
            "kind": kind,
            "sender": sender.node_id,
            "sender_epoch": sender_epoch,
            "sequence": sequence,
            "created_at": created_at,
        }
        if meta is not None:
            self._fields["meta"] = dict(meta)
        dumps_canonical(self._fields)  # fail early on meta that cannot be encoded
        self._sender = sender
        self._recipients = sorted(recipients, key=lambda r: r.node_id)
        self._chunk_size = chunk_size
        self._max_bundle_bytes = max_bundle_bytes
        target_path = Path(target)
        if target_path.is_dir():
            name = f"{kind}_{sender.node_id}_{sequence:08d}_{self.bundle_id[:8]}{BUNDLE_SUFFIX}"
            target_path = target_path / name
        self.path: Path = target_path
        self.header: dict[str, Any] | None = None
        self.members: list[MemberInfo] = []
        self._names: set[str] = set()
        self._open_sink: MemberWriter | None = None
        self._failed = False
        self._done = False
        # Test hook: lets adversarial tests sign a modified header (never used by the app).
        self._header_hook: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self._tmp = tempfile.TemporaryFile(dir=tmp_dir)  # noqa: SIM115 - closed in _cleanup
        try:
            self._zip = zipfile.ZipFile(
                self._tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
            )
        except BaseException:
            self._tmp.close()
            raise

    # -- members ---------------------------------------------------------------------

    @property
    def payload_bytes(self) -> int:
        """Compressed inner-archive bytes written so far (to decide when to split)."""
        return self._tmp.tell() if not self._done else 0

    def open_member(self, name: str, *, compress: bool = True) -> MemberWriter:
        """Open a streaming write handle: ``with w.open_member("x.ndjson") as f: f.write(b)``."""
        self._check_usable()
        try:
            check_member_name(name)
        except MemberError as exc:
            raise BundleWriteError(exc.code, exc.detail) from exc
        if name in self._names:
            raise BundleWriteError("duplicate_member", f"{name!r} added twice")
        if self._open_sink is not None:
            raise BundleWriteError("writer_misuse", "another member is still open")
        try:
            stream = self._zip.open(_fixed_zipinfo(name, compress), "w", force_zip64=True)
        except OSError as exc:
            self._failed = True
            raise BundleWriteError("write_failed", str(exc)) from exc
        self._names.add(name)
        self._open_sink = MemberWriter(self, name, stream)
        return self._open_sink

    def _member_done(self, info: MemberInfo) -> None:
        self.members.append(info)
        self._open_sink = None

    def add_member(
        self,
        name: str,
        data: bytes | bytearray | memoryview | Iterable[bytes],
        *,
        compress: bool = True,
    ) -> MemberInfo:
        """Add a member from bytes or from an iterable of byte chunks (streamed)."""
        sink = self.open_member(name, compress=compress)
        try:
            if isinstance(data, bytes | bytearray | memoryview):
                sink.write(data)
            else:
                for chunk in data:
                    sink.write(chunk)
        except OSError as exc:
            sink.__exit__(type(exc), exc, None)
            raise BundleWriteError("write_failed", str(exc)) from exc
        except BaseException as exc:
            sink.__exit__(type(exc), exc, None)
            raise
        return sink.close()

    def add_blob(self, data: bytes) -> str:
        """Add content-addressed evidence; returns ``blobs/<sha256>`` (deduplicated)."""
        name = "blobs/" + hashlib.sha256(data).hexdigest()
        if name not in self._names:
            self.add_member(name, data, compress=False)
        return name

    def add_blob_file(self, path: str | os.PathLike[str]) -> str:
        """Like :meth:`add_blob` for a file on disk, hashed then streamed (two reads)."""
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(_IO_CHUNK), b""):
                digest.update(block)
        name = "blobs/" + digest.hexdigest()
        if name not in self._names:
            with open(path, "rb") as fh:
                info = self.add_member(name, iter(lambda: fh.read(_IO_CHUNK), b""), compress=False)
            if info.sha256 != digest.hexdigest():
                self._failed = True
                raise BundleWriteError("write_failed", f"{path} changed while being added")
        return name

    # -- finish ----------------------------------------------------------------------

    def _check_usable(self) -> None:
        if self._done:
            raise BundleWriteError("writer_misuse", "bundle writer already closed")
        if self._failed:
            raise BundleWriteError("writer_misuse", "bundle writer failed earlier; abort it")

    def close(self) -> Path:
        """Seal and publish the bundle; returns its final path."""
        self._check_usable()
        if self._open_sink is not None:
            raise BundleWriteError("writer_misuse", f"member {self._open_sink._name} still open")
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            self._zip.close()
            plain_size = self._tmp.tell()
            self._tmp.flush()
            self.header = _seal(
                self._tmp,
                plain_size,
                self.path,
                partial,
                sender=self._sender,
                recipients=self._recipients,
                fields=self._fields,
                chunk_size=self._chunk_size,
                max_bundle_bytes=self._max_bundle_bytes,
                header_hook=self._header_hook,
            )
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise BundleWriteError("write_failed", str(exc)) from exc
        finally:
            self._done = True
            self._tmp.close()
        return self.path

    def abort(self) -> None:
        """Discard everything; no file is left behind. Safe to call more than once."""
        if not self._done:
            self._done = True
            with contextlib.suppress(Exception):
                self._zip.close()
            self._tmp.close()

    def _leave(self, ok: bool) -> None:
        if ok and not self._done:
            self.close()
        else:
            self.abort()


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _seal(
    plain: IO[bytes],
    plain_size: int,
    final: Path,
    partial: Path,
    *,
    sender: NodeKeys,
    recipients: Sequence[PublicNodeKeys],
    fields: Mapping[str, Any],
    chunk_size: int,
    max_bundle_bytes: int,
    header_hook: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Encrypt ``plain`` (an inner ZIP), sign, and publish ``final`` atomically."""
    bundle_id = str(fields["bundle_id"])
    bid = uuid.UUID(bundle_id).bytes
    sender_id = sender.node_id
    sealed_size = _sealed_size(plain_size, chunk_size)
    content_key = secrets.token_bytes(_KEY_LEN)
    header: dict[str, Any] = dict(fields)
    header["recipients"] = [_wrap_key(content_key, bid, sender_id, r) for r in recipients]

    # Pass 1: hash the ciphertext (and CRC it for the ZIP entry) without storing it.
    # ChaCha20-Poly1305 is deterministic for a fixed key/nonce/plaintext, so pass 2
    # produces the same bytes straight into the output file.
    digest = hashlib.sha256()
    crc = 0

    def encrypt(sink: Callable[[bytes], None]) -> None:
        _encrypt_payload(
            plain,
            plain_size=plain_size,
            key=content_key,
            bundle_id=bid,
            sender=sender_id,
            chunk_size=chunk_size,
            sink=sink,
        )

    def measure(block: bytes) -> None:
        nonlocal crc
        digest.update(block)
        crc = zlib.crc32(block, crc)

    encrypt(measure)
    header["payload"] = {
        "cipher": CIPHER,
        "chunk_size": chunk_size,
        "size": sealed_size,
        "sha256": digest.hexdigest(),
    }
    if header_hook is not None:
        header = header_hook(header)
    header_bytes = dumps_canonical(header)
    if _outer_overhead(len(header_bytes)) + sealed_size > max_bundle_bytes:
        raise BundleWriteError("payload_too_large", f"sealed payload is {sealed_size} bytes")
    signature = sender.sign(header_bytes)

    check = hashlib.sha256()
    with open(partial, "wb") as out:

        def write_payload() -> None:
            def emit(block: bytes) -> None:
                check.update(block)
                out.write(block)

            encrypt(emit)

        try:
            _write_outer(
                out,
                header=header_bytes,
                signature=signature,
                payload_size=sealed_size,
                payload_crc=crc,
                write_payload=write_payload,
            )
            if check.hexdigest() != digest.hexdigest():
                raise BundleWriteError("write_failed", "ciphertext differs between passes")
            out.flush()
            os.fsync(out.fileno())
        except BaseException:
            out.close()
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    os.replace(partial, final)
    _fsync_dir(final.parent)
    return header


# ---------------------------------------------------------------------------------------
# reader: inner archive


_EOCD64_LOC = struct.Struct("<IIQI")  # 20 bytes
_EOCD64 = struct.Struct("<IQHHIIQQQQ")  # 56 bytes
_EOCD64_LOC_SIG = 0x07064B50
_EOCD64_SIG = 0x06064B50
_MAX_CD_ENTRY = 300  # generous bound for one central-directory entry of an allowed name


@dataclass(frozen=True)
class _Member:
    name: str
    method: int
    crc: int
    csize: int
    usize: int
    header_offset: int
    data_offset: int


def _inner_directory(fh: IO[bytes], size: int) -> tuple[int, int, int]:
    """(entry count, central directory offset, size) from the inner end records."""
    if size < _EOCD.size:
        raise MemberError("inner_corrupt", "inner archive too short")
    sig, disk, cd_disk, n_disk, count, cd_size, cd_offset, comment_len = _EOCD.unpack(
        _read_exact(fh, size - _EOCD.size, _EOCD.size, _short_inner)
    )
    if sig != _EOCD_SIG or comment_len != 0 or disk != 0 or cd_disk != 0 or n_disk != count:
        raise MemberError("inner_corrupt", "inner end-of-archive record")
    loc_at = size - _EOCD.size - _EOCD64_LOC.size
    # zipfile trusts a ZIP64 locator whenever one is present, so we must too.
    if loc_at >= 0:
        loc = _EOCD64_LOC.unpack(_read_exact(fh, loc_at, _EOCD64_LOC.size, _short_inner))
        if loc[0] == _EOCD64_LOC_SIG:
            if loc[1] != 0 or loc[3] != 1 or loc[2] + _EOCD64.size != loc_at:
                raise MemberError("inner_corrupt", "ZIP64 locator")
            rec = _EOCD64.unpack(_read_exact(fh, loc[2], _EOCD64.size, _short_inner))
            if rec[0] != _EOCD64_SIG or rec[4] != 0 or rec[5] != 0 or rec[6] != rec[7]:
                raise MemberError("inner_corrupt", "ZIP64 end record")
            count, cd_size, cd_offset = rec[7], rec[8], rec[9]
            if cd_offset + cd_size != loc[2]:
                raise MemberError("inner_corrupt", "ZIP64 central directory bounds")
            return count, cd_offset, cd_size
    if cd_offset + cd_size != size - _EOCD.size:
        raise MemberError("inner_corrupt", "central directory bounds")
    return count, cd_offset, cd_size


def _scan_inner(fh: IO[bytes], size: int, limits: Limits) -> dict[str, _Member]:
    count, cd_offset, cd_size = _inner_directory(fh, size)
    if count > limits.max_members:
        raise MemberError("too_many_members", f"{count} members > {limits.max_members}")
    if cd_size > count * _MAX_CD_ENTRY:
        raise MemberError("inner_corrupt", "central directory too large for its entry count")
    fh.seek(0)
    try:
        with zipfile.ZipFile(fh, "r") as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, struct.error, EOFError) as exc:
        raise MemberError("inner_corrupt", f"inner archive: {exc}") from exc
    if len(infos) != count:
        raise MemberError("inner_corrupt", "entry count does not match the directory")

    members: dict[str, _Member] = {}
    total = 0
    for info in infos:
        name = info.filename
        if info.orig_filename != name:
            raise MemberError("unsafe_name", f"{info.orig_filename!r} (NUL or separator)")
        if info.is_dir():
            raise MemberError("unsafe_name", f"{name!r} is a directory")
        check_member_name(name)
        if name in members:
            raise MemberError("duplicate_member", f"{name!r} appears twice")
        file_type = (info.external_attr >> 16) & 0o170000
        if file_type not in (0, 0o100000):
            raise MemberError("unsafe_name", f"{name!r} is not a regular file (symlink?)")
        if info.flag_bits & 0x1:
            raise MemberError("inner_corrupt", f"{name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise MemberError("inner_corrupt", f"{name!r} uses compression {info.compress_type}")
        usize, csize = info.file_size, info.compress_size
        if info.compress_type == zipfile.ZIP_STORED and usize != csize:
            raise MemberError("size_mismatch", f"{name!r} stored with two different sizes")
        if usize > limits.max_member_bytes:
            raise MemberError("member_too_large", f"{name!r} is {usize} bytes")
        total += usize
        if total > limits.max_total_bytes:
            raise MemberError("total_too_large", f"more than {limits.max_total_bytes} bytes")
        if usize > limits.ratio_min_bytes and usize > csize * limits.max_ratio:
            raise MemberError("compression_ratio", f"{name!r}: {usize} from {csize} bytes")
        if not 0 <= info.header_offset < cd_offset:
            raise MemberError("inner_corrupt", f"{name!r}: local header outside the archive")
        local = _read_exact(fh, info.header_offset, _LFH.size, _short_inner)
        fields = _LFH.unpack(local)
        name_len, extra_len = fields[9], fields[10]
        raw_name = _read_exact(fh, info.header_offset + _LFH.size, name_len, _short_inner)
        if fields[0] != _LFH_SIG or raw_name != name.encode("ascii") or fields[2] & 0x1:
            raise MemberError("inner_corrupt", f"{name!r}: local header mismatch")
        if fields[3] != info.compress_type:
            raise MemberError("inner_corrupt", f"{name!r}: compression method mismatch")
        data_offset = info.header_offset + _LFH.size + name_len + extra_len
        members[name] = _Member(
            name, info.compress_type, info.CRC, csize, usize, info.header_offset, data_offset
        )
    if total > max(limits.ratio_min_bytes, size * limits.max_ratio):
        raise MemberError("compression_ratio", f"{total} bytes from a {size}-byte archive")
    # Members must not overlap each other or the directory (overlap = "better zip bomb").
    end = 0
    for member in sorted(members.values(), key=lambda m: m.header_offset):
        if member.header_offset < end:
            raise MemberError("inner_corrupt", f"{member.name!r} overlaps another member")
        end = member.data_offset + member.csize
        if end > cd_offset:
            raise MemberError("inner_corrupt", f"{member.name!r} overlaps the directory")
    return members


class _MemberRaw(io.RawIOBase):
    """Raw stream of one inner member: bounded inflate, exact size and CRC checks."""

    def __init__(self, fh: IO[bytes], member: _Member) -> None:
        super().__init__()
        self._fh = fh
        self._m = member
        self._pos = member.data_offset
        self._cleft = member.csize
        self._out = 0
        self._crc = 0
        self._tail = b""
        self._inflater = zlib.decompressobj(-15) if member.method == zipfile.ZIP_DEFLATED else None
        self._finished = False

    def readable(self) -> bool:
        return True

    def _raw(self, size: int) -> bytes:
        self._fh.seek(self._pos)
        data = self._fh.read(size)
        if len(data) != size:
            raise MemberError("inner_corrupt", f"{self._m.name!r}: short read")
        self._pos += size
        self._cleft -= size
        return data

    def _inflate(self, want: int) -> bytes:
        assert self._inflater is not None
        inflater = self._inflater
        while not inflater.eof:
            # +1 so that a member larger than declared is noticed, never fully inflated.
            limit = max(1, min(want, self._m.usize - self._out + 1))
            if self._tail:
                data = self._tail
            elif self._cleft > 0:
                data = self._raw(min(_IO_CHUNK, self._cleft))
            else:
                data = b""
            try:
                out = inflater.decompress(data, limit)
            except zlib.error as exc:
                raise MemberError("inner_corrupt", f"{self._m.name!r}: {exc}") from exc
            self._tail = inflater.unconsumed_tail
            if out:
                return out
            if not data:
                break  # input exhausted without reaching the end of the stream
        if inflater.eof and (inflater.unused_data or self._tail or self._cleft):
            raise MemberError("size_mismatch", f"{self._m.name!r}: data after the stream end")
        return b""

    def _finish(self) -> None:
        self._finished = True
        if self._out != self._m.usize:
            raise MemberError(
                "size_mismatch", f"{self._m.name!r}: {self._out} bytes, declared {self._m.usize}"
            )
        if self._inflater is not None and not self._inflater.eof:
            raise MemberError("inner_corrupt", f"{self._m.name!r}: truncated stream")
        if self._crc != self._m.crc:
            raise MemberError("inner_corrupt", f"{self._m.name!r}: CRC mismatch")

    def readinto(self, buffer: Any) -> int:
        if self._finished:
            return 0
        view = memoryview(buffer).cast("B")
        want = len(view)
        if want == 0:
            return 0
        if self._inflater is None:
            data = self._raw(min(want, self._cleft)) if self._cleft else b""
        else:
            data = self._inflate(want)
        if not data:
            self._finish()
            return 0
        self._out += len(data)
        if self._out > self._m.usize:
            raise MemberError("size_mismatch", f"{self._m.name!r}: more data than declared")
        self._crc = zlib.crc32(data, self._crc)
        view[: len(data)] = data
        return len(data)


# ---------------------------------------------------------------------------------------
# reader: public API


class _HeaderField(Generic[_F]):
    """A read-only attribute of an ``OpenedBundle``: the signed header's field of the
    same name, converted (``str``, ``int``)."""

    def __init__(self, convert: Callable[[Any], _F]) -> None:
        self._convert = convert
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, bundle: OpenedBundle, owner: type | None = None) -> _F:
        return self._convert(bundle.header[self._name])

    def __set__(self, bundle: OpenedBundle, value: object) -> None:
        raise AttributeError(f"{self._name} is read-only")


class OpenedBundle(_Scoped):
    """A verified, decrypted bundle. Use as a context manager; ``close()`` removes temp data.

    Not thread-safe: read members one thread at a time.
    """

    def __init__(
        self,
        *,
        path: Path,
        header: dict[str, Any],
        header_bytes: bytes,
        signer: PublicNodeKeys,
        plain: IO[bytes],
        members: dict[str, _Member],
        limits: Limits,
    ) -> None:
        self.path = path
        self.header = header
        self.header_bytes = header_bytes
        self.signer = signer
        self.limits = limits
        self._plain: IO[bytes] | None = plain
        self._members = members

    # -- header fields ---------------------------------------------------------------

    bundle_id = _HeaderField(str)
    kind = _HeaderField(str)
    sender = _HeaderField(str)
    sender_epoch = _HeaderField(str)
    sequence = _HeaderField(int)

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(str(self.header["created_at"])[:-1] + "+00:00")

    @property
    def version(self) -> tuple[int, int]:
        major, minor = self.header["version"]
        return int(major), int(minor)

    @property
    def recipients(self) -> list[str]:
        return [str(r["node"]) for r in self.header["recipients"]]

    @property
    def meta(self) -> dict[str, Any]:
        meta = self.header.get("meta", {})
        return dict(meta) if isinstance(meta, dict) else {}

    @property
    def header_sha256(self) -> str:
        """SHA-256 of the exact signed header bytes (a stable id of this exact bundle)."""
        return hashlib.sha256(self.header_bytes).hexdigest()

    # -- members ---------------------------------------------------------------------

    def _file(self) -> IO[bytes]:
        if self._plain is None:
            raise MemberError("bundle_closed", "the bundle was closed")
        return self._plain

    def _member(self, name: str) -> _Member:
        self._file()
        member = self._members.get(name)
        if member is None:
            raise MemberError("member_not_found", f"{name!r} is not in the bundle")
        return member

    def member_names(self) -> list[str]:
        """Member names in archive order."""
        return [m.name for m in sorted(self._members.values(), key=lambda m: m.header_offset)]

    def member_size(self, name: str) -> int:
        """Declared (and, when read, enforced) uncompressed size of a member."""
        return self._member(name).usize

    def open_member(self, name: str) -> io.BufferedReader:
        """Binary stream of a member. Reading raises ``MemberError`` (``size_mismatch``,
        ``inner_corrupt``) as soon as the data breaks its declared size or CRC; the error
        may come at the end of the stream, so treat data as untrusted until EOF."""
        return io.BufferedReader(_MemberRaw(self._file(), self._member(name)), 64 * KiB)

    def iter_lines(self, name: str, max_line_bytes: int | None = None) -> Iterator[bytes]:
        """Yield lines (without the ``\\n``) of an NDJSON member; ``line_too_long`` if a
        line exceeds ``max_line_bytes`` (default ``limits.max_line_bytes``)."""
        limit = max_line_bytes or self.limits.max_line_bytes
        with self.open_member(name) as stream:
            number = 0
            while True:
                line = stream.readline(limit + 1)
                if not line:
                    return
                number += 1
                if line.endswith(b"\n"):
                    yield line[:-1]
                elif len(line) > limit:
                    raise MemberError("line_too_long", f"{name}: line {number} > {limit} bytes")
                else:
                    yield line  # last line without a final newline

    def read_bytes(self, name: str, max_bytes: int) -> bytes:
        """Whole member in memory; ``member_too_large`` if declared size > ``max_bytes``."""
        if self._member(name).usize > max_bytes:
            raise MemberError("member_too_large", f"{name} is larger than {max_bytes} bytes")
        with self.open_member(name) as stream:
            return stream.read()

    def read_json(self, name: str, *, max_bytes: int = 16 * MiB, max_depth: int = 32) -> Any:
        """A small JSON member (e.g. ``manifest.json``) parsed with :func:`loads_strict`."""
        return loads_strict(
            self.read_bytes(name, max_bytes), max_bytes=max_bytes, max_depth=max_depth
        )

    def copy_member(self, name: str, dst: IO[bytes]) -> MemberInfo:
        """Stream a member into ``dst``; returns its size and SHA-256."""
        digest = hashlib.sha256()
        size = 0
        with self.open_member(name) as stream:
            for block in iter(lambda: stream.read(_IO_CHUNK), b""):
                digest.update(block)
                dst.write(block)
                size += len(block)
        return MemberInfo(name, size, digest.hexdigest())

    def verify_blob(self, name: str) -> MemberInfo:
        """Check that ``blobs/<sha256>`` hashes to its name (``blob_hash_mismatch``)."""
        if _BLOB_MEMBER_RE.fullmatch(name) is None:
            raise MemberError("bad_member_name", f"{name!r} is not a blob name")
        digest = hashlib.sha256()
        size = 0
        with self.open_member(name) as stream:
            for block in iter(lambda: stream.read(_IO_CHUNK), b""):
                digest.update(block)
                size += len(block)
        if digest.hexdigest() != name.removeprefix("blobs/"):
            raise MemberError("blob_hash_mismatch", f"{name} hashes to {digest.hexdigest()}")
        return MemberInfo(name, size, digest.hexdigest())

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        if self._plain is not None:
            plain, self._plain = self._plain, None
            plain.close()

    def _leave(self, ok: bool) -> None:
        self.close()


def _decrypt_payload(
    fh: IO[bytes],
    *,
    entry: _OuterEntry,
    payload: Mapping[str, Any],
    key: bytes,
    bundle_id: bytes,
    sender: str,
    out: IO[bytes],
) -> int:
    """One pass over payload.bin: SHA-256, CRC and chunk-by-chunk authenticated decryption.

    Errors are reported in the documented order: hash mismatch, then container CRC, then
    decryption failure. Returns the plaintext size.
    """
    chunk_size = int(payload["chunk_size"])
    full = chunk_size + _TAG
    aead = ChaCha20Poly1305(key)
    digest = hashlib.sha256()
    crc = 0
    failure = "empty payload" if entry.size == 0 else ""
    remaining = entry.size
    index = 0
    plain_size = 0
    fh.seek(entry.data_offset)
    while remaining > 0:
        take = min(full, remaining)
        block = fh.read(take)
        if len(block) != take:
            raise ContainerError("container_corrupt", "payload.bin is truncated")
        digest.update(block)
        crc = zlib.crc32(block, crc)
        remaining -= take
        if not failure:
            last = remaining == 0
            # Only a lone chunk may be empty (tag only); a short trailing piece is damage.
            if take < _TAG or (take == _TAG and index > 0):
                failure = f"chunk {index} too short"
            else:
                try:
                    plain = aead.decrypt(
                        _chunk_nonce(index, last), block, _chunk_ad(bundle_id, sender, index, last)
                    )
                except InvalidTag:
                    failure = f"chunk {index} failed authentication"
                else:
                    try:
                        out.write(plain)
                    except OSError as exc:
                        raise PayloadError("temp_failed", str(exc)) from exc
                    plain_size += len(plain)
        index += 1
    if digest.hexdigest() != payload["sha256"]:
        raise PayloadError("payload_mismatch", "payload.bin SHA-256 differs from the header")
    if crc != entry.crc:
        raise ContainerError("container_corrupt", "payload.bin CRC mismatch")
    if failure:
        raise PayloadError("decrypt_failed", failure)
    try:
        out.flush()
    except OSError as exc:
        raise PayloadError("temp_failed", str(exc)) from exc
    return plain_size


def peek_header(
    path: str | os.PathLike[str], limits: Limits | None = None
) -> dict[str, Any] | None:
    """The parsed but UNVERIFIED ``header.json`` of a bundle, or None when the file is not
    a readable bundle. Only for choosing how to verify it (e.g. the keys that come with an
    enrollment bundle); never trust anything in it before :func:`open_bundle` succeeds."""
    limits = limits or Limits()
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            entries = _parse_outer(fh, size, limits)
            return _parse_header(_read_checked(fh, entries[0]), limits)
    except (OSError, BundleError, ValueError, LookupError, struct.error):
        return None


def open_bundle(
    path: str | os.PathLike[str],
    *,
    me: NodeKeys,
    lookup_signer: Callable[[str], PublicNodeKeys | None],
    limits: Limits | None = None,
    is_revoked: Callable[[str], bool] | None = None,
    tmp_dir: str | os.PathLike[str] | None = None,
) -> OpenedBundle:
    """Verify and decrypt a bundle; see docs/bundle-format.md for the exact check order.

    Every failure raises a :class:`BundleError` subclass with a stable ``code``; nothing
    else escapes for any file content (``lookup_signer``/``is_revoked`` errors excepted).
    """
    limits = limits or Limits()
    bundle_path = Path(path)
    plain: IO[bytes] | None = None
    try:
        try:
            fh = open(bundle_path, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise ContainerError("read_failed", str(exc)) from exc
        with fh:
            try:
                file_size = os.fstat(fh.fileno()).st_size
                header_entry, sig_entry, payload_entry = _parse_outer(fh, file_size, limits)
                header_bytes = _read_checked(fh, header_entry)
                signature = _read_checked(fh, sig_entry)
                header = _parse_header(header_bytes, limits)
                sender = str(header["sender"])

                if is_revoked is not None and is_revoked(sender):
                    raise SignerError("revoked_signer", f"sender {sender!r} is revoked")
                signer = lookup_signer(sender)
                if signer is None:
                    raise SignerError("unknown_signer", f"sender {sender!r} is not known")
                if signer.node_id != sender:
                    raise SignerError("bad_signature", "signer lookup returned another node")
                try:
                    signer.verify_key().verify(signature, header_bytes)
                except InvalidSignature as exc:
                    raise SignerError("bad_signature", "Ed25519 verification failed") from exc

                entry = next((r for r in header["recipients"] if r["node"] == me.node_id), None)
                if entry is None:
                    raise RecipientError("not_for_me", f"not addressed to {me.node_id!r}")
                bid = uuid.UUID(str(header["bundle_id"])).bytes
                key = _unwrap_key(
                    me,
                    _b64_exact(entry["ephemeral_pub"], _KEY_LEN, "ephemeral_pub"),
                    _b64_exact(entry["wrapped_key"], _WRAPPED_LEN, "wrapped_key"),
                    bid,
                    sender,
                )
                payload = header["payload"]
                if payload["size"] != payload_entry.size:
                    raise PayloadError("payload_mismatch", "payload.bin size differs from header")
                try:
                    plain = tempfile.TemporaryFile(dir=tmp_dir)  # noqa: SIM115
                except OSError as exc:
                    raise PayloadError("temp_failed", str(exc)) from exc
                plain_size = _decrypt_payload(
                    fh,
                    entry=payload_entry,
                    payload=payload,
                    key=key,
                    bundle_id=bid,
                    sender=sender,
                    out=plain,
                )
            except OSError as exc:
                raise ContainerError("read_failed", str(exc)) from exc
        try:
            members = _scan_inner(plain, plain_size, limits)
        except OSError as exc:
            raise PayloadError("temp_failed", str(exc)) from exc
        return OpenedBundle(
            path=bundle_path,
            header=header,
            header_bytes=header_bytes,
            signer=signer,
            plain=plain,
            members=members,
            limits=limits,
        )
    except BundleError:
        if plain is not None:
            plain.close()
        raise
    except (ValueError, LookupError, ArithmeticError, EOFError, struct.error) as exc:
        # Safety net: whatever slipped past the explicit checks is still a bad bundle.
        if plain is not None:
            plain.close()
        raise ContainerError("container_corrupt", f"{type(exc).__name__}: {exc}") from exc
    except BaseException:
        if plain is not None:
            plain.close()
        raise
