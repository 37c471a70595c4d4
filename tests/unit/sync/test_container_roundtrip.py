"""Bundle writer and reader: round trips, header fields, versions and writer safety."""

from __future__ import annotations

import hashlib
import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ekinerja_desktop.sync import container
from ekinerja_desktop.sync.container import BundleWriter, Limits, open_bundle
from ekinerja_desktop.sync.errors import BundleError, BundleWriteError
from ekinerja_desktop.sync.keys import NodeKeys
from ekinerja_desktop.sync.strictjson import loads_strict
from tests.helpers.bundles import Nodes, central_writer, lookup, outer_parts, write_bundle

EVIDENCE = b"%PDF-1.4 surat keputusan" + bytes(range(256)) * 10


def _members() -> dict[str, bytes]:
    employees = b"".join(
        b'{"uuid":"%032x","nama":"Pegawai %d","nip":"1980010120050110%02d"}\n' % (i, i, i % 100)
        for i in range(500)
    )
    return {
        "manifest.json": b'{"schema":1}',
        "employees.ndjson": employees,
        "daily_logs.ndjson": b'{"a":1}\n{"a":2}\n{"a":3}',  # last line without newline
        "tombstones.ndjson": b"",
        "blobs/" + hashlib.sha256(EVIDENCE).hexdigest(): EVIDENCE,
    }


def test_round_trip_two_recipients(tmp_path: Path, nodes: Nodes) -> None:
    members = _members()
    path = write_bundle(
        tmp_path,
        nodes.central,
        [nodes.office1, nodes.office2],
        members,
        sequence=42,
        kind="master",
        meta={"catatan": "Data induk pegawai", "rows": 500},
    )
    assert path.parent == tmp_path
    assert path.suffix == ".ekb"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no .partial left
    with zipfile.ZipFile(path) as zf:  # the outer file is a plain ZIP any tool can list
        assert zf.testzip() is None
        assert [i.compress_type for i in zf.infolist()] == [zipfile.ZIP_STORED] * 3
    for me in (nodes.office1, nodes.office2):
        with open_bundle(path, me=me, lookup_signer=lookup(nodes.central)) as bundle:
            assert bundle.member_names() == list(members)
            for name, data in members.items():
                assert bundle.member_size(name) == len(data)
                with bundle.open_member(name) as stream:
                    assert stream.read() == data
            lines = list(bundle.iter_lines("employees.ndjson"))
            assert lines == members["employees.ndjson"].split(b"\n")[:-1]
            assert list(bundle.iter_lines("daily_logs.ndjson")) == [
                b'{"a":1}',
                b'{"a":2}',
                b'{"a":3}',
            ]
            assert list(bundle.iter_lines("tombstones.ndjson")) == []
            assert bundle.read_json("manifest.json") == {"schema": 1}
            blob = "blobs/" + hashlib.sha256(EVIDENCE).hexdigest()
            assert bundle.verify_blob(blob).size == len(EVIDENCE)
            sink = io.BytesIO()
            assert bundle.copy_member(blob, sink).sha256 == blob[6:]
            assert sink.getvalue() == EVIDENCE
            assert bundle.sender == "central"
            assert bundle.sender_epoch == "epoch-1"
            assert bundle.sequence == 42
            assert bundle.kind == "master"
            assert bundle.version == (1, 0)
            assert bundle.meta == {"catatan": "Data induk pegawai", "rows": 500}
            assert bundle.recipients == ["office-1", "office-2"]
            assert bundle.created_at.tzinfo is not None
            assert bundle.signer == nodes.central.public()
            assert len(bundle.header_sha256) == 64
            with pytest.raises(BundleError) as info:
                bundle.open_member("missing.ndjson")
            assert info.value.code == "member_not_found"
        with pytest.raises(BundleError) as info:
            bundle.open_member("employees.ndjson")
        assert info.value.code == "bundle_closed"

    for outsider in (nodes.outsider, nodes.central):  # the sender is not a recipient either
        with pytest.raises(BundleError) as info:
            open_bundle(path, me=outsider, lookup_signer=lookup(nodes.central))
        assert info.value.code == "not_for_me"
        assert "tidak ditujukan" in info.value.message


def test_header_is_canonical_and_documented_shape(tmp_path: Path, nodes: Nodes) -> None:
    path = write_bundle(tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"}, sequence=3)
    header_bytes, signature, payload = outer_parts(path)
    header = loads_strict(header_bytes, max_bytes=1 << 20)
    assert set(header) == {
        "format", "version", "bundle_id", "kind", "sender", "sender_epoch", "sequence",
        "created_at", "recipients", "payload",
    }  # fmt: skip
    assert header["format"] == "ekinerja-bundle"
    assert header["version"] == [1, 0]
    assert header["payload"]["cipher"] == "chacha20poly1305-stream-v1"
    assert header["payload"]["chunk_size"] == 65536
    assert header["payload"]["size"] == len(payload)
    assert header["payload"]["sha256"] == hashlib.sha256(payload).hexdigest()
    assert set(header["recipients"][0]) == {"node", "ephemeral_pub", "wrapped_key"}
    nodes.central.public().verify_key().verify(signature, header_bytes)


def test_newer_minor_version_is_accepted(tmp_path: Path, nodes: Nodes) -> None:
    def future_minor(header: dict[str, object]) -> dict[str, object]:
        return {**header, "version": [1, 9], "added_in_1_9": {"x": 1}}

    path = write_bundle(
        tmp_path, nodes.central, [nodes.office1], {"a.json": b"{}"}, header_hook=future_minor
    )
    with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as bundle:
        assert bundle.version == (1, 9)
        assert bundle.read_json("a.json") == {}


@pytest.mark.parametrize(
    "change",
    [
        {"version": [2, 0]},
        {"version": [2, 0], "payload": "shape changed in 2.0", "recipients": None},
        {"version": [17, 3]},
    ],
)
def test_newer_major_version_is_rejected(
    tmp_path: Path, nodes: Nodes, change: dict[str, object]
) -> None:
    path = write_bundle(
        tmp_path,
        nodes.central,
        [nodes.office1],
        {"a.json": b"{}"},
        header_hook=lambda h: {**h, **change},
    )
    with pytest.raises(BundleError) as info:
        open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central))
    assert info.value.code == "format_too_new"
    assert info.value.message == (
        "Bundel dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi e-Kinerja Desktop."
    )


def test_chunk_boundaries(tmp_path: Path, nodes: Nodes) -> None:
    # Members stored uncompressed so the inner archive lands below, on and above
    # multiples of the chunk size.
    for size in range(900, 1200, 7):
        folder = tmp_path / str(size)
        folder.mkdir()
        path = write_bundle(
            folder, nodes.central, [nodes.office1], {"x.ndjson": bytes(size)}, chunk_size=1024
        )
        with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as b:
            assert b.read_bytes("x.ndjson", 10_000) == bytes(size)


def test_chunked_inner_sizes_hit_exact_multiples(nodes: Nodes, tmp_path: Path) -> None:
    # Seal hand-made inner archives of exactly k * chunk_size bytes (and +-1).
    from tests.helpers.bundles import seal_inner, zip_bytes

    base = zip_bytes([("a.json", b"")], compression=zipfile.ZIP_STORED)
    for target in (1024, 2048, 2047, 2049, 4096):
        pad = target - len(base) - len("b.json") * 2 - 76
        inner = zip_bytes([("a.json", b""), ("b.json", b"x" * pad)], compression=zipfile.ZIP_STORED)
        path = seal_inner(
            tmp_path / f"{target}.ekb", inner, nodes.central, [nodes.office1], chunk_size=1024
        )
        with open_bundle(path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as b:
            assert b.read_bytes("b.json", 10_000) == b"x" * pad


def test_writer_streams_from_open_member(tmp_path: Path, nodes: Nodes) -> None:
    with central_writer(tmp_path / "out.ekb", nodes, sequence=0) as writer:
        with writer.open_member("rows.ndjson") as sink:
            for i in range(1000):
                sink.write(b'{"i":%d}\n' % i)
        name = writer.add_blob(b"bukti")
        assert writer.add_blob(b"bukti") == name  # deduplicated
        assert writer.payload_bytes > 0
    assert [m.name for m in writer.members] == ["rows.ndjson", name]
    assert writer.members[0].size == sum(len(b'{"i":%d}\n' % i) for i in range(1000))
    assert writer.header is not None
    assert writer.header["sequence"] == 0
    with open_bundle(writer.path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as b:
        assert sum(1 for _ in b.iter_lines("rows.ndjson")) == 1000
        assert b.verify_blob(name).size == 5


def test_add_blob_file(tmp_path: Path, nodes: Nodes) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(EVIDENCE)
    with central_writer(tmp_path, nodes) as writer:
        name = writer.add_blob_file(source)
    assert name == "blobs/" + hashlib.sha256(EVIDENCE).hexdigest()
    with open_bundle(writer.path, me=nodes.office1, lookup_signer=lookup(nodes.central)) as b:
        b.verify_blob(name)


def test_writer_aborts_without_leaving_files(tmp_path: Path, nodes: Nodes) -> None:
    target = tmp_path / "out.ekb"

    def export() -> None:
        with central_writer(target, nodes) as writer:
            writer.add_member("a.ndjson", b"x\n")
            raise RuntimeError("exporter crashed")

    with pytest.raises(RuntimeError):
        export()
    assert list(tmp_path.iterdir()) == []

    def failing_chunks() -> object:
        yield b"ok\n"
        raise OSError("disk full")

    writer = central_writer(target, nodes)
    with pytest.raises(BundleWriteError) as info:
        writer.add_member("a.ndjson", failing_chunks())  # type: ignore[arg-type]
    writer.abort()
    assert info.value.code == "write_failed"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../x.json", "unsafe_name"),
        ("/abs.json", "unsafe_name"),
        ("C:\\x.json", "unsafe_name"),
        ("a\\b.json", "unsafe_name"),
        ("dir/", "unsafe_name"),
        ("Employees.ndjson", "bad_member_name"),
        ("x.csv", "bad_member_name"),
        ("blobs/abc", "bad_member_name"),
        ("x.json\n", "unsafe_name"),
    ],
)
def test_writer_rejects_bad_names(tmp_path: Path, nodes: Nodes, name: str, code: str) -> None:
    writer = central_writer(tmp_path, nodes)
    with pytest.raises(BundleWriteError) as info:
        writer.add_member(name, b"")
    assert info.value.code == code
    writer.add_member("ok.json", b"{}")
    with pytest.raises(BundleWriteError) as info:
        writer.add_member("ok.json", b"{}")
    assert info.value.code == "duplicate_member"
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_writer_refuses_oversized_bundle(tmp_path: Path, nodes: Nodes) -> None:
    writer = central_writer(tmp_path, nodes, max_bundle_bytes=10_000)
    writer.add_member("big.ndjson", bytes(range(256)) * 100, compress=False)
    with pytest.raises(BundleWriteError) as info:
        writer.close()
    assert info.value.code == "payload_too_large"
    assert list(tmp_path.iterdir()) == []


def test_writer_argument_checks(tmp_path: Path, nodes: Nodes) -> None:
    base: dict[str, Any] = {
        "sender": nodes.central, "sender_epoch": "e", "sequence": 1,
        "recipients": [nodes.office1.public()], "kind": "data",
    }  # fmt: skip
    changes: list[dict[str, Any]] = [
        {"recipients": []},
        {"recipients": [nodes.office1.public(), nodes.office1.public()]},
        {"sequence": -1},
        {"sequence": True},
        {"kind": "Data!"},
        {"sender_epoch": "a b"},
        {"chunk_size": 10},
        {"created_at": "kemarin"},
        {"created_at": "2025-01-01T00:00:00+08:00"},
        {"meta": {"x": float("nan")}},
    ]
    for change in changes:
        with pytest.raises(BundleError):
            BundleWriter(tmp_path, **{**base, **change})


def test_limits_validate() -> None:
    with pytest.raises(ValueError):
        Limits(max_members=0)
    with pytest.raises(ValueError):
        Limits(max_bundle_bytes=5 * 1024**3)
    assert Limits(max_members=5).max_members == 5


member_names = st.one_of(
    st.from_regex(r"[a-z0-9_]{1,12}\.(ndjson|json)", fullmatch=True),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tables=st.dictionaries(member_names, st.binary(max_size=3000), max_size=8),
    blobs=st.lists(st.binary(max_size=2000), max_size=3),
    chunk_size=st.sampled_from([1024, 4096, 65536]),
)
def test_random_member_sets_round_trip(
    nodes: Nodes, tables: dict[str, bytes], blobs: list[bytes], chunk_size: int
) -> None:
    members = dict(tables)
    for blob in blobs:
        members["blobs/" + hashlib.sha256(blob).hexdigest()] = blob
    with tempfile.TemporaryDirectory() as tmp:
        path = write_bundle(
            Path(tmp), nodes.central, [nodes.office2], members, chunk_size=chunk_size
        )
        with open_bundle(path, me=nodes.office2, lookup_signer=lookup(nodes.central)) as bundle:
            assert sorted(bundle.member_names()) == sorted(members)
            for name, data in members.items():
                with bundle.open_member(name) as stream:
                    assert stream.read() == data
                if name.startswith("blobs/"):
                    bundle.verify_blob(name)
                else:
                    assert b"\n".join(bundle.iter_lines(name, 10_000)) == data.removesuffix(b"\n")


def test_generated_node_keys_work_as_sender(tmp_path: Path) -> None:
    sender, recipient = NodeKeys.generate("s"), NodeKeys.generate("r")
    path = write_bundle(tmp_path, sender, [recipient], {"a.json": b"[]"})
    with open_bundle(path, me=recipient, lookup_signer=lookup(sender)) as bundle:
        assert bundle.read_json("a.json") == []
    assert container.FORMAT_VERSION == (1, 0)
