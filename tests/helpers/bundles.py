"""Helpers for the bundle tests: build good bundles and hand-made hostile ones."""

from __future__ import annotations

import io
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ekinerja_desktop.sync import container
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict


def lookup(*keys: NodeKeys | PublicNodeKeys) -> Callable[[str], PublicNodeKeys | None]:
    table = {k.node_id: (k.public() if isinstance(k, NodeKeys) else k) for k in keys}
    return table.get


def write_bundle(
    target: Path,
    sender: NodeKeys,
    recipients: Sequence[NodeKeys],
    members: Mapping[str, bytes],
    **kwargs: Any,
) -> Path:
    kwargs.setdefault("sender_epoch", "epoch-1")
    kwargs.setdefault("sequence", 1)
    kwargs.setdefault("kind", "data")
    hook = kwargs.pop("header_hook", None)
    writer = container.BundleWriter(
        target, sender=sender, recipients=[r.public() for r in recipients], **kwargs
    )
    writer._header_hook = hook
    with writer:
        for name, data in members.items():
            writer.add_member(name, data)
    return writer.path


def central_writer(
    target: Path, nodes: Nodes, *, to: Sequence[NodeKeys] = (), **kwargs: Any
) -> container.BundleWriter:
    """A writer of a data bundle (epoch ``e``, sequence 1 unless ``kwargs`` say otherwise)
    from ``nodes.central`` to ``to`` (``nodes.office1`` when not given)."""
    kwargs.setdefault("sender_epoch", "e")
    kwargs.setdefault("sequence", 1)
    kwargs.setdefault("kind", "data")
    recipients = [r.public() for r in to or (nodes.office1,)]
    return container.BundleWriter(target, sender=nodes.central, recipients=recipients, **kwargs)


def seal_inner(
    target: Path,
    inner_zip: bytes,
    sender: NodeKeys,
    recipients: Sequence[NodeKeys],
    *,
    header_hook: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    chunk_size: int = container.DEFAULT_CHUNK_SIZE,
    max_bundle_bytes: int = container.Limits.max_bundle_bytes,
) -> Path:
    """Encrypt and sign an arbitrary (possibly hostile) inner archive as a real sender."""
    fields = {
        "format": container.FORMAT,
        "version": list(container.FORMAT_VERSION),
        "bundle_id": str(uuid.uuid4()),
        "kind": "data",
        "sender": sender.node_id,
        "sender_epoch": "epoch-1",
        "sequence": 7,
        "created_at": "2025-01-02T03:04:05.000Z",
    }
    container._seal(
        io.BytesIO(inner_zip),
        len(inner_zip),
        target,
        target.with_name(target.name + ".partial"),
        sender=sender,
        recipients=[r.public() for r in recipients],
        fields=fields,
        chunk_size=chunk_size,
        max_bundle_bytes=max_bundle_bytes,
        header_hook=header_hook,
    )
    return target


def outer_parts(path: Path) -> tuple[bytes, bytes, bytes]:
    with zipfile.ZipFile(path) as zf:
        return zf.read("header.json"), zf.read("header.sig"), zf.read("payload.bin")


def build_outer(path: Path, header: bytes, signature: bytes, payload: bytes) -> Path:
    """Write a canonical outer container around arbitrary parts."""
    with open(path, "wb") as out:

        def write_payload() -> None:
            out.write(payload)

        container._write_outer(
            out,
            header=header,
            signature=signature,
            payload_size=len(payload),
            payload_crc=zlib.crc32(payload),
            write_payload=write_payload,
        )
    return path


def edit_header(
    path: Path, edit: Callable[[dict[str, Any]], None], *, resign_with: NodeKeys | None = None
) -> Path:
    """Change header.json; keep the old signature unless ``resign_with`` is given."""
    header_bytes, sig, payload = outer_parts(path)
    header = loads_strict(header_bytes, max_bytes=1 << 20)
    edit(header)
    new_bytes = dumps_canonical(header)
    if resign_with is not None:
        sig = resign_with.sign(new_bytes)
    return build_outer(path, new_bytes, sig, payload)


def zip_bytes(
    members: Sequence[tuple[str, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
    attrs: Mapping[str, int] | None = None,
    raw_names: Mapping[str, bytes] | None = None,
) -> bytes:
    """A ZIP made with zipfile; ``raw_names`` swaps a placeholder name for raw bytes of the
    same length afterwards (so names zipfile would normalise reach the reader as-is)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            info.external_attr = (attrs or {}).get(name, 0o100644 << 16)
            zf.writestr(info, data)
    data = buf.getvalue()
    for placeholder, raw in (raw_names or {}).items():
        assert len(placeholder.encode()) == len(raw)
        data = data.replace(placeholder.encode(), raw)
    return data


def patch_entry(
    data: bytes,
    name: str,
    *,
    usize: int | None = None,
    crc: int | None = None,
    flags: int | None = None,
    header_offset: int | None = None,
) -> bytes:
    """Patch fields of one entry in both its local header and central directory entry."""
    buf = bytearray(data)
    raw = name.encode()
    values = {"usize": usize, "crc": crc, "flags": flags, "header_offset": header_offset}
    # Local header, then central directory: signature, where the name length and the
    # name are, and where each field is (flags are 2 bytes, the others 4).
    layouts = (
        (b"PK\x03\x04", 26, 30, {"usize": 22, "crc": 14, "flags": 6}),
        (b"PK\x01\x02", 28, 46, {"usize": 24, "crc": 16, "flags": 8, "header_offset": 42}),
    )
    for signature, len_at, name_at, fields in layouts:
        pos = 0
        while (pos := buf.find(signature, pos)) >= 0:
            name_len = struct.unpack_from("<H", buf, pos + len_at)[0]
            if bytes(buf[pos + name_at : pos + name_at + name_len]) == raw:
                for field, at in fields.items():
                    if values[field] is not None:
                        fmt = "<H" if field == "flags" else "<I"
                        struct.pack_into(fmt, buf, pos + at, values[field])
            pos += 4
    return bytes(buf)


@dataclass(frozen=True)
class Nodes:
    """The key pairs of the sync unit tests (the ``nodes`` fixture)."""

    central: NodeKeys
    office1: NodeKeys
    office2: NodeKeys
    outsider: NodeKeys
    attacker: NodeKeys
