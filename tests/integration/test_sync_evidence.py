"""Evidence files (bukti dukung) travel in bundles with their rows: a supervisor's laptop
that receives a staff PC's daily logs through central can open the files, bytes
identical; an encrypted receiver stores them encrypted; a tampered, unlisted or
oversized file rejects the whole bundle and changes nothing; a split export keeps every
evidence row and its file in one part; a file missing at the sender is reported and the
row still travels."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services import dailylog, encryption, evidence, settings, sync_service
from ekinerja_desktop.services.errors import NotFoundError
from ekinerja_desktop.store.models import Evidence
from ekinerja_desktop.sync.container import BundleWriter, open_bundle
from ekinerja_desktop.sync.exporter import MANIFEST
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict
from tests.helpers.bundles import lookup
from tests.helpers.dailylog import entry, past_monday
from tests.helpers.master import actor_for
from tests.helpers.skp import make_chain
from tests.helpers.sync import PASSWORD, digest, enroll, make_node, prepared_node, rejected, ship

pytestmark = pytest.mark.db

ROLES = ["pegawai", "atasan"]


@pytest.fixture
def net(ws, admin, tmp_path):
    """Central with the sekda -> kadis chain; the ``ws`` staff PC enrolled for Dinas
    Kesehatan (kadis works there); sekda's laptop enrolled for Dinas Pendidikan only
    (sekda appraises kadis, so central relays kadis' logs to it)."""
    c_ws, c_admin, chain = prepared_node(tmp_path / "central", NodeRole.CENTRAL, make_chain)
    laptop, l_admin = make_node(tmp_path / "laptop", NodeRole.LAPTOP)
    enroll(c_ws, c_admin, ws, admin, tmp_path, ["DINKES"])
    enroll(c_ws, c_admin, laptop, l_admin, tmp_path, ["DIKBUD"])
    kadis = actor_for(ws, admin, "kadis", ROLES, chain.kadis.id)
    yield SimpleNamespace(
        central=c_ws,
        c_admin=c_admin,
        c_dir=str(tmp_path / "central"),
        laptop=laptop,
        l_admin=l_admin,
        chain=chain,
        kadis=kadis,
        tmp=tmp_path,
    )
    laptop.close()
    c_ws.close()


def _noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _attach(ws, actor, tmp: Path, name: str, data: bytes, start: str = "08:00") -> Any:
    """A daily-log entry of ``actor`` with one attached file; returns the evidence item."""
    hour = int(start[:2])
    saved = dailylog.save_entry(
        ws, actor, entry(past_monday(), start, f"{hour + 1:02d}:00", f"Kegiatan {name}")
    )
    src = tmp / name
    src.write_bytes(data)
    return evidence.attach_file(ws, actor, saved.id, src)


def _members(node, path: Path) -> dict[str, bytes]:
    """Every member of a bundle addressed to ``node`` (signed by the staff PC here)."""
    keys = sync_service.node_keys(node)
    with node.read() as session:
        from ekinerja_desktop.store.models import KnownNode
        from ekinerja_desktop.sync.exporter import public_of

        signers = [
            public_of(n) for n in session.query(KnownNode).filter(KnownNode.status != "self")
        ]
    with open_bundle(path, me=keys, lookup_signer=lookup(*signers)) as bundle:
        return {name: bundle.read_bytes(name, 1 << 30) for name in bundle.member_names()}


def _reseal(ws, central, path: Path, members: dict[str, bytes], name: str) -> Path:
    """The same members (possibly edited) in a new bundle, encrypted to central and
    validly signed by the staff PC: only the payload content is hostile."""
    writer = BundleWriter(
        path.with_name(f"{name}.ekb"),
        sender=sync_service.node_keys(ws),
        sender_epoch=ws.node.epoch,
        sequence=900 + len(name),
        recipients=[sync_service.node_keys(central).public()],
        kind="data",
    )
    with writer:
        for member, data in members.items():
            writer.add_member(member, data, compress=not member.startswith("blobs/"))
    return writer.path


def test_round_trip_staff_pc_central_laptop_opens_the_file(ws, admin, net):
    pdf = b"%PDF-1.4 surat tugas\n" + _noise(150_000, 1)
    item = _attach(ws, net.kadis, net.tmp, "surat tugas.pdf", pdf)
    # a second row pointing at the same content: the bundle carries the file once
    again = _attach(ws, net.kadis, net.tmp, "salinan.pdf", pdf, start="10:00")
    assert again.sha256 == item.sha256
    dailylog.submit_day(ws, net.kadis, past_monday())

    out = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c")
    assert out.blobs == 1
    assert out.blob_bytes == len(pdf)
    assert out.missing_blobs == ()
    assert "bukti dukung ikut dikirim: 1" in out.summary()
    members = _members(net.central, out.path)
    assert members[f"blobs/{item.sha256}"] == pdf
    manifest = loads_strict(members[MANIFEST], max_bytes=1 << 20)
    assert manifest["version"] == 2
    assert manifest["blobs"] == [
        {"member": f"blobs/{item.sha256}", "sha256": item.sha256, "bytes": len(pdf)}
    ]

    stored = evidence.stored_path(net.central.data_dir, item.sha256)
    trial = sync_service.import_bundle(net.central, net.c_admin, out.path, dry_run=True)
    assert trial.ok, trial.summary()
    assert trial.blobs == 1
    assert not stored.exists()  # a dry run verifies the file but stores nothing
    report = sync_service.import_bundle(net.central, net.c_admin, out.path)
    assert report.ok, report.summary()
    assert report.blobs == 1
    assert evidence.read_blob(net.central.data_dir, item.sha256, net.central.key) == pdf

    report = ship(net.central, net.c_admin, net.laptop, net.l_admin, net.laptop.node.id, net.tmp)
    assert report.ok, report.summary()
    assert report.blobs == 1
    sekda = actor_for(net.laptop, net.l_admin, "sekda", ROLES, net.chain.sekda.id)
    opened = evidence.evidence_path(net.laptop, sekda, item.id)
    assert opened.read_bytes() == pdf
    stored = evidence.stored_path(net.laptop.data_dir, item.sha256)
    assert not list(stored.parent.glob(".tmp-*"))


def test_encrypted_receiver_stores_the_file_encrypted(ws, admin, net):
    scan = _noise(80_000, 2)
    item = _attach(ws, net.kadis, net.tmp, "scan.jpg", scan)
    assert ship(ws, admin, net.central, net.c_admin, "pusat", net.tmp / "o2c").ok
    result = encryption.encrypt_workspace(net.laptop, net.l_admin, PASSWORD)
    assert result.recovery_key is not None
    assert net.laptop.key is not None

    report = ship(net.central, net.c_admin, net.laptop, net.l_admin, net.laptop.node.id, net.tmp)
    assert report.ok, report.summary()
    stored = evidence.stored_path(net.laptop.data_dir, item.sha256)
    raw = stored.read_bytes()
    assert evidence.is_encrypted_blob(stored)
    assert scan[:4096] not in raw
    assert evidence.read_blob(net.laptop.data_dir, item.sha256, net.laptop.key) == scan
    sekda = actor_for(net.laptop, net.l_admin, "sekda", ROLES, net.chain.sekda.id)
    # random bytes named .jpg: not a real image, so it opens only when confirmed
    assert evidence.evidence_path(net.laptop, sekda, item.id, confirmed=True).read_bytes() == scan


def test_tampered_unlisted_and_mislisted_files_reject_the_bundle(ws, admin, net, capsys):
    data = _noise(40_000, 3)
    item = _attach(ws, net.kadis, net.tmp, "bukti.pdf", data)
    good = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c").path
    members = _members(net.central, good)
    blob = f"blobs/{item.sha256}"
    target = evidence.stored_path(net.central.data_dir, item.sha256)

    # one byte of the file flipped before encryption: signature and AEAD are fine
    flipped = bytearray(members[blob])
    flipped[len(flipped) // 2] ^= 0x01
    path = _reseal(ws, net.central, good, {**members, blob: bytes(flipped)}, "flipped")
    rejected(net, path, "blob_hash_mismatch", capsys, message="Lampiran")
    assert not target.exists()
    assert not list(net.central.data_dir.glob("evidence/*/.tmp-*"))

    # a file the manifest does not list
    extra = _noise(1000, 4)
    stray = f"blobs/{hashlib.sha256(extra).hexdigest()}"
    path = _reseal(ws, net.central, good, {**members, stray: extra}, "unlisted")
    rejected(net, path, "manifest_invalid", capsys, message="manifest")

    # the manifest lists another size than the file has
    manifest = loads_strict(members[MANIFEST], max_bytes=1 << 20)
    manifest["blobs"][0]["bytes"] += 1
    edited = {**members, MANIFEST: dumps_canonical(manifest)}
    rejected(net, _reseal(ws, net.central, good, edited, "size"), "blob_mismatch", capsys)

    # a listed file no evidence row of the bundle names
    manifest = loads_strict(members[MANIFEST], max_bytes=1 << 20)
    manifest["blobs"].append({"member": stray, "sha256": stray[6:], "bytes": len(extra)})
    edited = {**members, MANIFEST: dumps_canonical(manifest), stray: extra}
    rejected(net, _reseal(ws, net.central, good, edited, "orphan"), "manifest_invalid", capsys)
    assert not evidence.stored_path(net.central.data_dir, stray[6:]).exists()

    # the genuine bundle still imports
    report = sync_service.import_bundle(net.central, net.c_admin, good)
    assert report.ok, report.summary()
    assert evidence.read_blob(net.central.data_dir, item.sha256, None) == data


def test_file_above_the_receivers_evidence_limit_is_rejected(ws, admin, net, capsys):
    settings.set_value(net.central, net.c_admin, "evidence_max_mb", "1")
    big = _noise(1024 * 1024 + 1, 5)  # within the staff PC's limit (10 MB)
    item = _attach(ws, net.kadis, net.tmp, "scan besar.jpg", big)
    path = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c").path
    rejected(net, path, "blob_too_large", capsys, message="batas ukuran bukti dukung")
    assert not evidence.stored_path(net.central.data_dir, item.sha256).exists()
    settings.set_value(net.central, net.c_admin, "evidence_max_mb", "2")
    report = sync_service.import_bundle(net.central, net.c_admin, path)
    assert report.ok, report.summary()
    assert evidence.read_blob(net.central.data_dir, item.sha256, None) == big


def test_split_export_keeps_each_row_with_its_file(ws, admin, net):
    limit = 96 * 1024
    files = {}
    for n in range(8):
        data = _noise(30_000 + n, 10 + n)
        item = _attach(ws, net.kadis, net.tmp, f"bukti-{n}.pdf", data, start=f"{7 + n:02d}:00")
        files[item.sha256] = data
    out = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c", max_bytes=limit)
    assert len(out.parts) >= 3
    assert out.blobs == len(files)
    assert all(part.size <= limit for part in out.parts)
    carried: set[str] = set()
    for part in out.parts:
        members = _members(net.central, part.path)
        rows = [
            loads_strict(line, max_bytes=1 << 20)
            for line in members.get("evidence.ndjson", b"").splitlines()
        ]
        blobs = {name.removeprefix("blobs/") for name in members if name.startswith("blobs/")}
        assert {row["sha256"] for row in rows} == blobs, part.path.name
        carried |= blobs
    assert carried == set(files)
    before = digest(net.central)
    for part in reversed(out.parts):  # any order
        report = sync_service.import_bundle(net.central, net.c_admin, part.path)
        assert report.ok, report.summary()
    assert digest(net.central) != before
    for sha, data in files.items():
        assert evidence.read_blob(net.central.data_dir, sha, None) == data


def test_missing_local_file_is_reported_and_the_row_still_travels(ws, admin, net):
    kept = _attach(ws, net.kadis, net.tmp, "ada.pdf", _noise(5000, 20))
    lost = _attach(ws, net.kadis, net.tmp, "hilang.pdf", _noise(5000, 21), start="10:00")
    evidence.stored_path(ws.data_dir, lost.sha256).unlink()
    out = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c")
    assert out.missing_blobs == (lost.sha256,)
    assert out.blobs == 1
    text = out.summary()
    assert "PERHATIAN: 1 berkas bukti dukung" in text
    assert lost.sha256[:12] in text
    report = sync_service.import_bundle(net.central, net.c_admin, out.path)
    assert report.ok, report.summary()
    with net.central.read() as session:
        assert session.get(Evidence, lost.id) is not None
    assert evidence.read_blob(net.central.data_dir, kept.sha256, None)
    with pytest.raises(NotFoundError, match="belum ikut tersinkron"):
        evidence.evidence_path(net.central, net.chain.a_kadis, lost.id)


def test_bundle_without_files_from_an_older_sender_still_imports(ws, admin, net, monkeypatch):
    item = _attach(ws, net.kadis, net.tmp, "lama.pdf", _noise(3000, 30))
    monkeypatch.setattr(sync_service, "_blob_reader", lambda _ws: None)
    out = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c")
    members = _members(net.central, out.path)
    assert loads_strict(members[MANIFEST], max_bytes=1 << 20)["version"] == 1
    assert not [name for name in members if name.startswith("blobs/")]
    report = sync_service.import_bundle(net.central, net.c_admin, out.path)
    assert report.ok, report.summary()
    assert report.blobs == 0
    with net.central.read() as session:
        assert session.get(Evidence, item.id) is not None


def test_rolled_back_import_leaves_only_a_harmless_file(ws, admin, net, monkeypatch):
    data = _noise(20_000, 40)
    item = _attach(ws, net.kadis, net.tmp, "bukti.pdf", data)
    path = sync_service.export_bundle(ws, admin, "pusat", net.tmp / "o2c").path
    before = digest(net.central)
    real = sync_service._blob_store

    class Crash(Exception):
        pass

    def crashing(node):
        store = real(node)

        def after_storing(sha256, size, chunks):
            store(sha256, size, chunks)
            raise Crash  # e.g. power lost after the file was written, before the commit

        return after_storing

    monkeypatch.setattr(sync_service, "_blob_store", crashing)
    with pytest.raises(Crash):
        sync_service.import_bundles(net.central, net.c_admin, [path])
    # the file is there (content-addressed, no row refers to it), the database is not
    assert evidence.read_blob(net.central.data_dir, item.sha256, None) == data
    assert digest(net.central) == before
    monkeypatch.setattr(sync_service, "_blob_store", real)
    report = sync_service.import_bundle(net.central, net.c_admin, path)
    assert report.ok, report.summary()
    assert report.blobs == 1
    with net.central.read() as session:
        assert session.get(Evidence, item.id) is not None
