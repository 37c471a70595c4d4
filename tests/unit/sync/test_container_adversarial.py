"""Hostile bundles: truncation, bit flips, forged signers, path tricks and zip bombs."""

from __future__ import annotations

import hashlib
import io
import random
import uuid
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from ekinerja_desktop.sync import container
from ekinerja_desktop.sync.container import Limits, OpenedBundle, open_bundle
from ekinerja_desktop.sync.errors import BundleError
from ekinerja_desktop.sync.keys import NodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict
from tests.helpers.bundles import (
    Nodes,
    build_outer,
    edit_header,
    lookup,
    outer_parts,
    patch_entry,
    seal_inner,
    write_bundle,
    zip_bytes,
)


def _open_code(path: Path, nodes: Nodes, **kwargs: Any) -> str:
    kwargs.setdefault("me", nodes.office1)
    kwargs.setdefault("lookup_signer", lookup(nodes.central, nodes.attacker))
    with pytest.raises(BundleError) as info:
        open_bundle(path, **kwargs).close()
    assert info.value.message
    assert info.value.hint
    return info.value.code


def _refusal(path: Path, nodes: Nodes) -> str | None:
    """The error code opening ``path`` (for office1, from central) fails with; None when
    it opens."""
    try:
        open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)).close()
    except BundleError as exc:
        return exc.code
    return None


def _read_all_code(path: Path, nodes: Nodes, name: str, **kwargs: Any) -> str:
    """Open (must succeed) and read ``name`` to the end (must fail); the error code."""
    with open_bundle(
        path, me=nodes.office1, lookup_signer=lookup(nodes.central), **kwargs
    ) as bundle:
        with pytest.raises(BundleError) as info:
            _drain(bundle, name)
        return info.value.code


def _drain(bundle: OpenedBundle, name: str) -> None:
    with bundle.open_member(name) as stream:
        while stream.read(4096):
            pass


@pytest.fixture(scope="module")
def small_bundle(nodes: Nodes, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("small")
    path = write_bundle(
        folder,
        nodes.central,
        [nodes.office1],
        {"a.ndjson": b'{"x":1}\n{"x":2}\n', "blobs/" + hashlib.sha256(b"b").hexdigest(): b"b"},
        chunk_size=1024,
    )
    data = path.read_bytes()
    with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as bundle:
        assert len(bundle.member_names()) == 2
    return data


# -- truncation and bit flips -----------------------------------------------------------


def test_truncation_at_every_offset(small_bundle: bytes, nodes: Nodes, tmp_path: Path) -> None:
    path = tmp_path / "cut.ekb"
    codes: set[str] = set()
    for size in range(len(small_bundle)):
        path.write_bytes(small_bundle[:size])
        code = _refusal(path, nodes)
        assert code is not None, f"truncated bundle of {size} bytes was accepted"
        codes.add(code)
    assert codes <= {"container_corrupt", "unexpected_member"}, codes


def test_single_bit_flip_at_every_byte(small_bundle: bytes, nodes: Nodes, tmp_path: Path) -> None:
    path = tmp_path / "flip.ekb"
    codes: set[str] = set()
    for offset in range(len(small_bundle)):
        damaged = bytearray(small_bundle)
        damaged[offset] ^= 1 << (offset % 8)
        path.write_bytes(damaged)
        code = _refusal(path, nodes)
        assert code is not None, f"bit flip at offset {offset} was accepted"
        codes.add(code)
    assert {"payload_mismatch", "container_corrupt"} <= codes, codes


def test_appended_and_prepended_bytes(small_bundle: bytes, nodes: Nodes, tmp_path: Path) -> None:
    path = tmp_path / "x.ekb"
    for variant in (small_bundle + b"\0", b"MZ" + small_bundle, small_bundle + small_bundle):
        path.write_bytes(variant)
        assert _open_code(path, nodes) == "container_corrupt"


# -- signers and signatures -------------------------------------------------------------


def test_other_key_claiming_the_sender_id(tmp_path: Path, nodes: Nodes) -> None:
    impostor = NodeKeys("central", nodes.attacker.signing_key, nodes.attacker.encryption_key)
    path = write_bundle(tmp_path, impostor, [nodes.office1], {"a.json": b"{}"})
    assert _open_code(path, nodes) == "bad_signature"


def test_unknown_and_revoked_signer(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    assert _open_code(path, nodes, lookup_signer=lookup(nodes.office2)) == "unknown_signer"
    assert _open_code(path, nodes, lookup_signer=lambda _node: None) == "unknown_signer"
    revoked = _open_code(path, nodes, is_revoked=lambda node: node == "central")
    assert revoked == "revoked_signer"
    revoked = _open_code(
        path, nodes, lookup_signer=lambda _n: None, is_revoked=lambda node: node == "central"
    )
    assert revoked == "revoked_signer"
    # and when nothing is revoked it opens
    open_bundle(
        path, me=nodes.office1, lookup_signer=lookup(nodes.central), is_revoked=lambda _n: False
    ).close()


def test_lookup_returning_another_node_is_not_trusted(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    assert _open_code(path, nodes, lookup_signer=lambda _n: nodes.attacker.public()) == (
        "bad_signature"
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda h: h.update(sequence=h["sequence"] + 1),
        lambda h: h.update(sender_epoch="epoch-2"),
        lambda h: h.update(bundle_id=str(uuid.uuid4())),
        lambda h: h.update(kind="master"),
        lambda h: h.update(meta={"injected": True}),
        lambda h: h["recipients"].reverse(),
    ],
)
def test_tampered_header_with_old_signature(tmp_path: Path, nodes: Nodes, edit: Any) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1, nodes.office2], {"a.json": b"{}"})
    edit_header(path, edit)
    assert _open_code(path, nodes) == "bad_signature"


def test_header_resigned_by_attacker(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    original = path.read_bytes()
    # Keeps claiming to be central: the signature is checked against central's key.
    edit_header(path, lambda h: h.update(sequence=99), resign_with=nodes.attacker)
    assert _open_code(path, nodes) == "bad_signature"
    # Claims the payload as its own (a known, enrolled but malicious node): the content
    # key wrap and every payload chunk are bound to the original sender id.
    path.write_bytes(original)
    edit_header(path, lambda h: h.update(sender="attacker"), resign_with=nodes.attacker)
    assert _open_code(path, nodes) == "recipient_key_mismatch"


def test_recipient_entry_for_old_key(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    rekeyed = NodeKeys.generate("office-1")
    assert _open_code(path, nodes, me=rekeyed) == "recipient_key_mismatch"


def test_payload_swapped_between_bundles(tmp_path: Path, nodes: Nodes) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_bundle(tmp_path / "a", nodes.central, [nodes.office1], {"a.json": b"{}"})
    second = write_bundle(tmp_path / "b", nodes.central, [nodes.office1], {"b.json": b"[]"})
    header, sig, _ = outer_parts(first)
    _, _, payload = outer_parts(second)
    build_outer(first, header, sig, payload)
    assert _open_code(first, nodes) == "payload_mismatch"


def _resealed_payload(path: Path, sender: NodeKeys, payload: bytes) -> None:
    """Replace payload.bin and make the header match it, signed by the real sender."""
    header_bytes, _, _ = outer_parts(path)
    header = loads_strict(header_bytes, max_bytes=1 << 20)
    header["payload"].update(size=len(payload), sha256=hashlib.sha256(payload).hexdigest())
    new = dumps_canonical(header)
    build_outer(path, new, sender.sign(new), payload)


def test_stream_truncated_at_chunk_boundary(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(
        tmp_path,
        nodes.central,
        [nodes.office1],
        {"a.ndjson": random.Random(1).randbytes(5000)},
        chunk_size=1024,
    )
    _, _, payload = outer_parts(path)
    full = 1024 + 16
    assert len(payload) > 3 * full
    original = path.read_bytes()
    # Even with a header that matches, dropping whole trailing chunks is detected.
    _resealed_payload(path, nodes.central, payload[: 2 * full])
    assert _open_code(path, nodes) == "decrypt_failed"
    path.write_bytes(original)
    chunks = [payload[i : i + full] for i in range(0, len(payload), full)]
    chunks[0], chunks[1] = chunks[1], chunks[0]
    _resealed_payload(path, nodes.central, b"".join(chunks))
    assert _open_code(path, nodes) == "decrypt_failed"
    path.write_bytes(original)
    _resealed_payload(path, nodes.central, payload + b"\0" * 17)
    assert _open_code(path, nodes) == "decrypt_failed"


@pytest.mark.parametrize(
    ("edit", "code"),
    [
        (lambda h: h.update(format="other-format"), "format_unknown"),
        (lambda h: h.pop("format"), "format_unknown"),
        (lambda h: h.update(version=[1]), "header_invalid"),
        (lambda h: h.update(version=[0, 9]), "header_invalid"),
        (lambda h: h.update(version=[True, 0]), "header_invalid"),
        (lambda h: h.pop("sequence"), "header_invalid"),
        (lambda h: h.update(sequence="1"), "header_invalid"),
        (lambda h: h.update(sequence=-1), "header_invalid"),
        (lambda h: h.update(sequence=True), "header_invalid"),
        (lambda h: h.update(bundle_id="not-a-uuid"), "header_invalid"),
        (lambda h: h.update(bundle_id=h["bundle_id"].upper()), "header_invalid"),
        (lambda h: h.update(sender="../central"), "header_invalid"),
        (lambda h: h.update(created_at="kemarin"), "header_invalid"),
        (lambda h: h.update(created_at="2025-13-40T00:00:00Z"), "header_invalid"),
        (lambda h: h.update(kind="DATA"), "header_invalid"),
        (lambda h: h.update(meta=[1]), "header_invalid"),
        (lambda h: h.update(recipients=[]), "header_invalid"),
        (lambda h: h.update(recipients=h["recipients"] * 2), "header_invalid"),
        (lambda h: h["recipients"][0].update(wrapped_key="AAAA"), "header_invalid"),
        (lambda h: h["recipients"][0].pop("ephemeral_pub"), "header_invalid"),
        (lambda h: h["payload"].update(cipher="rot13"), "unsupported_cipher"),
        (lambda h: h["payload"].update(chunk_size=16), "header_invalid"),
        (lambda h: h["payload"].update(sha256="AB" * 32), "header_invalid"),
    ],
)
def test_header_schema_violations(tmp_path: Path, nodes: Nodes, edit: Any, code: str) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    # Re-signed by the real sender: schema checks must hold even for authentic headers.
    edit_header(path, edit, resign_with=nodes.central)
    assert _open_code(path, nodes) == code


@pytest.mark.parametrize(
    ("header", "code"),
    [
        (b'{"format":"ekinerja-bundle","version":[1,0],"format":"x"}', "header_invalid"),
        (b'{"format":"ekinerja-bundle","version":[1,0],"n":NaN}', "header_invalid"),
        (b'\xef\xbb\xbf{"format":"ekinerja-bundle"}', "header_invalid"),
        (b"[" * 40 + b"]" * 40, "header_invalid"),
        (b"not json", "header_invalid"),
    ],
)
def test_header_strict_json(tmp_path: Path, nodes: Nodes, header: bytes, code: str) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    _, _, payload = outer_parts(path)
    build_outer(path, header, nodes.central.sign(header), payload)
    assert _open_code(path, nodes) == code


def test_non_canonical_header_is_rejected(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    header, _, payload = outer_parts(path)
    spaced = header.replace(b'"kind":', b'"kind": ')
    build_outer(path, spaced, nodes.central.sign(spaced), payload)
    assert _open_code(path, nodes) == "header_invalid"


# -- outer container tricks -------------------------------------------------------------


def _outer_zip(path: Path, members: list[tuple[str, bytes]], **kwargs: Any) -> Path:
    kwargs.setdefault("compression", zipfile.ZIP_STORED)
    path.write_bytes(zip_bytes(members, **kwargs))
    return path


def _raw_name(index: int, placeholder: str, raw: bytes) -> tuple[list[str], dict, str]:
    """The three members with the ``index``-th stored under the name ``raw`` (written
    as ``placeholder``, then patched in the zip): an unsafe name."""
    names = ["header.json", "header.sig", "payload.bin"]
    names[index] = placeholder
    return names, {placeholder: raw}, "unsafe_name"


@pytest.mark.parametrize(
    ("names", "raw", "code"),
    [
        (["header.json", "header.sig", "payload.bin", "extra.txt"], {}, "unexpected_member"),
        (["header.json", "header.sig"], {}, "unexpected_member"),
        (["header.json", "header.sig", "payload.BIN"], {}, "unexpected_member"),
        (["payload.bin", "header.json", "header.sig"], {}, "unexpected_member"),
        (["../header.json", "header.sig", "payload.bin"], {}, "unsafe_name"),
        (["/header.json", "header.sig", "payload.bin"], {}, "unsafe_name"),
        (["header.json", "header.sig", "x/../payload.bin"], {}, "unsafe_name"),
        _raw_name(0, "Xxheader.json", b"C:header.json"),
        _raw_name(2, "xpayload.bin", b"\\payload.bin"),
        _raw_name(1, "headerXsig", b"header\\sig"),
        _raw_name(2, "payload.biX", b"payload.bi\0"),
        (["header.json", "header.json", "payload.bin"], {}, "duplicate_member"),
    ],
)
def test_outer_member_tricks(
    tmp_path: Path, nodes: Nodes, names: list[str], raw: dict[str, bytes], code: str
) -> None:
    good = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    parts = dict(zip(container.OUTER_NAMES, outer_parts(good), strict=True))
    members = [(n, parts.get(n.split("/")[-1], b"junk")) for n in names]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        _outer_zip(tmp_path / "evil.ekb", members, raw_names=raw)
    assert _open_code(tmp_path / "evil.ekb", nodes) == code


def test_outer_zip_must_be_canonical(tmp_path: Path, nodes: Nodes) -> None:
    good = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    members = list(zip(container.OUTER_NAMES, outer_parts(good), strict=True))
    evil = tmp_path / "evil.ekb"
    # Same members, but written by another tool (deflated / other metadata / encrypted).
    _outer_zip(evil, members, compression=zipfile.ZIP_DEFLATED)
    assert _open_code(evil, nodes) == "container_corrupt"
    _outer_zip(evil, members, attrs={"payload.bin": 0o120777 << 16})
    assert _open_code(evil, nodes) == "container_corrupt"
    evil.write_bytes(patch_entry(good.read_bytes(), "payload.bin", flags=1))
    assert _open_code(evil, nodes) == "container_corrupt"
    # declared size smaller than actual data
    size = len(members[2][1])
    evil.write_bytes(patch_entry(good.read_bytes(), "payload.bin", usize=size - 1))
    assert _open_code(evil, nodes) == "container_corrupt"


def test_outer_size_limits(tmp_path: Path, nodes: Nodes) -> None:
    good = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    size = good.stat().st_size
    assert _open_code(good, nodes, limits=Limits(max_bundle_bytes=size - 1)) == "too_large"
    assert _open_code(good, nodes, limits=Limits(max_header_bytes=100)) == "header_too_large"
    open_bundle(
        good, me=nodes.office1, lookup_signer=lookup(nodes.central),
        limits=Limits(max_bundle_bytes=size),
    ).close()  # fmt: skip


def test_not_a_zip_and_missing_file(tmp_path: Path, nodes: Nodes) -> None:
    path = tmp_path / "x.ekb"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    assert _open_code(path, nodes) == "container_corrupt"
    path.write_bytes(b"")
    assert _open_code(path, nodes) == "container_corrupt"
    assert _open_code(tmp_path / "missing.ekb", nodes) == "read_failed"
    assert _open_code(tmp_path, nodes) == "read_failed"  # a directory


# -- inner archive tricks (sealed by an authentic but hostile sender) --------------------


def _sealed(tmp_path: Path, nodes: Nodes, inner: bytes) -> Path:
    return seal_inner(tmp_path / "evil.ekb", inner, nodes.central, [nodes.office1])


@pytest.mark.parametrize(
    ("members", "raw", "code"),
    [
        ([("../x.json", b"{}")], {}, "unsafe_name"),
        ([("/abs.json", b"{}")], {}, "unsafe_name"),
        ([("XXx.json", b"{}")], {"XXx.json": b"C:x.json"}, "unsafe_name"),
        ([("XXXx.json", b"{}")], {"XXXx.json": b"C:\\x.json"}, "unsafe_name"),
        ([("aXb.json", b"{}")], {"aXb.json": b"a\\b.json"}, "unsafe_name"),
        ([("blobs/../../etc/passwd", b"")], {}, "unsafe_name"),
        ([("a.jsonX", b"{}")], {"a.jsonX": b"a.json\0"}, "unsafe_name"),
        ([("a.jsonX", b"{}")], {"a.jsonX": b"a.json\n"}, "unsafe_name"),
        ([("tables/", b"")], {}, "unsafe_name"),
        ([("x.exe", b"MZ")], {}, "bad_member_name"),
        ([("Employees.ndjson", b"")], {}, "bad_member_name"),
        ([("blobs/" + "A" * 64, b"")], {}, "bad_member_name"),
        ([("sub/a.json", b"{}")], {}, "bad_member_name"),
        ([("a.json", b"{}"), ("a.json", b"[]")], {}, "duplicate_member"),
    ],
)
def test_inner_member_names(
    tmp_path: Path, nodes: Nodes, members: list[tuple[str, bytes]], raw: dict[str, bytes], code: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        inner = zip_bytes(members, raw_names=raw)
    assert _open_code(_sealed(tmp_path, nodes, inner), nodes) == code


def test_inner_symlink_and_encrypted_members(tmp_path: Path, nodes: Nodes) -> None:
    inner = zip_bytes([("a.json", b"/etc/passwd")], attrs={"a.json": 0o120777 << 16})
    assert _open_code(_sealed(tmp_path, nodes, inner), nodes) == "unsafe_name"
    inner = patch_entry(zip_bytes([("a.json", b"{}")]), "a.json", flags=1)
    assert _open_code(_sealed(tmp_path, nodes, inner), nodes) == "inner_corrupt"


def test_inner_not_a_zip(tmp_path: Path, nodes: Nodes) -> None:
    for inner in (b"", b"hello", b"PK\x05\x06" + b"\xff" * 18, zip_bytes([("a.json", b"{}")])[:-5]):
        assert _open_code(_sealed(tmp_path, nodes, inner), nodes) == "inner_corrupt"


def test_zip_bomb_ratio(tmp_path: Path, nodes: Nodes) -> None:
    inner = zip_bytes([("bomb.ndjson", bytes(50 * 1024 * 1024))])
    assert len(inner) < 100_000
    assert _open_code(_sealed(tmp_path, nodes, inner), nodes) == "compression_ratio"
    # the same data is accepted under a limit that allows it
    with open_bundle(
        tmp_path / "evil.ekb", me=nodes.office1, lookup_signer=lookup(nodes.central),
        limits=Limits(max_ratio=2000),
    ) as bundle:  # fmt: skip
        assert bundle.member_size("bomb.ndjson") == 50 * 1024 * 1024


def test_declared_size_smaller_than_actual(tmp_path: Path, nodes: Nodes) -> None:
    data = b'{"x":1}\n' * 5000
    crc_of_prefix = zlib.crc32(data[:100])
    inner = patch_entry(zip_bytes([("a.ndjson", data)]), "a.ndjson", usize=100, crc=crc_of_prefix)
    path = _sealed(tmp_path, nodes, inner)
    assert _read_all_code(path, nodes, "a.ndjson") == "size_mismatch"
    with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as bundle:
        with pytest.raises(BundleError) as info:
            list(bundle.iter_lines("a.ndjson"))
        assert info.value.code == "size_mismatch"
    # stored members: declared vs actual compressed size disagree
    stored = patch_entry(
        zip_bytes([("a.ndjson", data)], compression=zipfile.ZIP_STORED), "a.ndjson", usize=100
    )
    assert _open_code(_sealed(tmp_path, nodes, stored), nodes) == "size_mismatch"


def test_declared_size_larger_than_actual(tmp_path: Path, nodes: Nodes) -> None:
    data = b'{"x":1}\n' * 500
    inner = patch_entry(zip_bytes([("a.ndjson", data)]), "a.ndjson", usize=len(data) + 10)
    assert _read_all_code(_sealed(tmp_path, nodes, inner), nodes, "a.ndjson") == "size_mismatch"


def test_inner_crc_mismatch(tmp_path: Path, nodes: Nodes) -> None:
    inner = patch_entry(zip_bytes([("a.ndjson", b"abc\n")]), "a.ndjson", crc=12345)
    assert _read_all_code(_sealed(tmp_path, nodes, inner), nodes, "a.ndjson") == "inner_corrupt"


def test_overlapping_members(tmp_path: Path, nodes: Nodes) -> None:
    inner = zip_bytes([("a.json", b"{}"), ("b.json", b"[]")])
    overlapped = patch_entry(inner, "b.json", header_offset=0)
    assert _open_code(_sealed(tmp_path, nodes, overlapped), nodes) == "inner_corrupt"


def test_member_count_and_size_limits(tmp_path: Path, nodes: Nodes) -> None:
    inner = zip_bytes([(f"t{i}.json", b"{}") for i in range(11)])
    path = _sealed(tmp_path, nodes, inner)
    assert _open_code(path, nodes, limits=Limits(max_members=10)) == "too_many_members"
    open_bundle(
        path, me=nodes.office1, lookup_signer=lookup(nodes.central), limits=Limits(max_members=11)
    ).close()
    path = _sealed(tmp_path, nodes, zip_bytes([("a.json", b"1" * 2000), ("b.json", b"2" * 2000)]))
    assert _open_code(path, nodes, limits=Limits(max_member_bytes=1999)) == "member_too_large"
    assert _open_code(path, nodes, limits=Limits(max_total_bytes=3999)) == "total_too_large"


def test_too_many_members_rejected_before_parsing_directory(
    tmp_path: Path, nodes: Nodes, monkeypatch: pytest.MonkeyPatch
) -> None:
    inner = zip_bytes([(f"t{i}.json", b"") for i in range(50)])
    path = _sealed(tmp_path, nodes, inner)

    def no_zipfile(*_a: object, **_k: object) -> None:
        raise AssertionError("central directory parsed despite the count limit")

    monkeypatch.setattr(zipfile, "ZipFile", no_zipfile)
    assert _open_code(path, nodes, limits=Limits(max_members=49)) == "too_many_members"


def test_over_long_ndjson_line(tmp_path: Path, nodes: Nodes) -> None:
    data = b'{"a":1}\n' + b'{"b":"' + b"x" * 200 + b'"}\n' + b'{"c":3}\n'
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"t.ndjson": data})
    with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as bundle:
        lines = bundle.iter_lines("t.ndjson", max_line_bytes=100)
        assert next(lines) == b'{"a":1}'
        with pytest.raises(BundleError) as info:
            next(lines)
        assert info.value.code == "line_too_long"
        # the limit counts line bytes without the newline, and is inclusive
        assert len(list(bundle.iter_lines("t.ndjson", max_line_bytes=208))) == 3
        with pytest.raises(BundleError):
            list(bundle.iter_lines("t.ndjson", max_line_bytes=207))
    limits = Limits(max_line_bytes=50)
    with (
        open_bundle(
            path, me=nodes.office1, lookup_signer=lookup(nodes.central), limits=limits
        ) as bundle,
        pytest.raises(BundleError) as info,
    ):
        list(bundle.iter_lines("t.ndjson"))
    assert info.value.code == "line_too_long"


def test_blob_hash_mismatch(tmp_path: Path, nodes: Nodes) -> None:
    name = "blobs/" + hashlib.sha256(b"asli").hexdigest()
    path = _sealed(tmp_path, nodes, zip_bytes([(name, b"palsu")]))
    with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as bundle:
        with pytest.raises(BundleError) as info:
            bundle.verify_blob(name)
        assert info.value.code == "blob_hash_mismatch"


def test_read_json_limits(tmp_path: Path, nodes: Nodes) -> None:
    path = _sealed(
        tmp_path, nodes, zip_bytes([("manifest.json", b'{"a":1,"a":2}'), ("b.json", b"[]" * 10)])
    )
    with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as bundle:
        with pytest.raises(BundleError) as info:
            bundle.read_json("manifest.json")
        assert info.value.code == "json_duplicate_key"
        with pytest.raises(BundleError) as info:
            bundle.read_json("b.json", max_bytes=10)
        assert info.value.code == "member_too_large"


def test_temp_files_are_removed(tmp_path: Path, nodes: Nodes) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    good = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"})
    with open_bundle(
        good, me=nodes.office1, lookup_signer=lookup(nodes.central), tmp_dir=scratch
    ) as bundle:
        bundle.read_json("a.json")
    assert list(scratch.iterdir()) == []
    bad = _sealed(tmp_path, nodes, zip_bytes([("../a.json", b"{}")]))
    assert _open_code(bad, nodes, tmp_dir=scratch) == "unsafe_name"
    assert list(scratch.iterdir()) == []


def test_errors_are_picklable_and_readable() -> None:
    import pickle

    error = BundleError("bad_signature", "detail")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.detail, copy.message) == (error.code, error.detail, error.message)
    assert error.message.startswith("Berkas bundel rusak")
    assert "Minta pengirim" in error.hint
    assert isinstance(io.BytesIO(), io.BufferedIOBase)  # keep io import meaningful
