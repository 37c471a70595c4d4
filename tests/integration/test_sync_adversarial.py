"""Hostile bundles at import level: every case gives a clear message, a non-zero exit
status from ``ekinerja bundle import`` where rejected, and leaves the content hash of the
database unchanged."""

from __future__ import annotations

import base64
import hashlib
import os
import random
import shutil
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import sync_service
from ekinerja_desktop.store.migrate import head_revision
from ekinerja_desktop.store.models import ImportedBundle, Skp
from ekinerja_desktop.sync.container import BundleWriter
from ekinerja_desktop.sync.exporter import MANIFEST, MANIFEST_FORMAT
from ekinerja_desktop.sync.keys import NodeKeys, PublicNodeKeys
from ekinerja_desktop.sync.strictjson import dumps_canonical
from ekinerja_desktop.sync.tables import encode_row
from tests.helpers.bundles import patch_entry, seal_inner, zip_bytes
from tests.helpers.cli_login import cli_login
from tests.helpers.sync import (
    add_skp,
    cli_import,
    data_digest,
    digest,
    edit_skp,
    enrolled_office,
    rejected,
    skp_row,
)


@dataclass
class Net:
    central: Any
    c_admin: Any
    office: Any
    o_admin: Any
    tmp: Path
    budi: Any
    sari: Any
    seq: int = 100

    @property
    def c_dir(self) -> str:
        return str(self.tmp / "central")

    def office_keys(self) -> NodeKeys:
        return sync_service.node_keys(self.office)

    def central_public(self) -> PublicNodeKeys:
        return sync_service.node_keys(self.central).public()

    def export(self) -> Path:
        return sync_service.export_bundle(self.office, self.o_admin, "pusat", self.tmp / "out").path

    def manifest(self, tables: dict[str, bytes], **changes: Any) -> dict[str, Any]:
        entries = [
            {
                "table": name.removesuffix(".ndjson"),
                "member": name,
                "rows": data.count(b"\n"),
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
            }
            for name, data in tables.items()
        ]
        doc = {
            "format": MANIFEST_FORMAT,
            "version": 1,
            "schema": head_revision(),
            "sender": self.office.node.id,
            "sender_role": "office",
            "sender_epoch": self.office.node.epoch,
            "recipient": self.central.node.id,
            "previous": 0,
            "tables": entries,
            "ranges": [],
            "acks": [],
            "revoked": [],
        }
        doc.update(changes)
        return doc

    def forge(
        self,
        name: str,
        tables: dict[str, bytes],
        *,
        keys: NodeKeys | None = None,
        recipients: list[PublicNodeKeys] | None = None,
        header_hook: Any = None,
        manifest: dict[str, Any] | None = None,
    ) -> Path:
        """A bundle written by the real BundleWriter with a valid signature: only the
        payload content is hostile."""
        self.seq += 1
        keys = keys or self.office_keys()
        writer = BundleWriter(
            self.tmp / "forged" / f"{name}.ekb",
            sender=keys,
            sender_epoch=self.office.node.epoch,
            sequence=self.seq,
            recipients=recipients or [self.central_public()],
            kind="data",
        )
        writer._header_hook = header_hook
        with writer:
            for member, data in tables.items():
                writer.add_member(member, data)
            writer.add_member(MANIFEST, dumps_canonical(manifest or self.manifest(tables)))
        return writer.path

    def seal(self, name: str, inner: bytes) -> Path:
        """An arbitrary inner archive, encrypted to central and signed by the office."""
        epoch = self.office.node.epoch
        return seal_inner(
            self.tmp / "forged" / f"{name}.ekb",
            inner,
            self.office_keys(),
            [sync_service.node_keys(self.central)],
            header_hook=lambda header: {**header, "sender_epoch": epoch},
        )

    def skp_line(self, **changes: Any) -> bytes:
        """A valid office SKP row (as the exporter writes it) with ``changes``."""
        self.seq += 1
        skp_id = add_skp(self.office, self.o_admin, self.budi.id, year=2030 + self.seq)
        with self.office.read() as session:
            row = dict(
                session.execute(select(Skp.__table__).where(Skp.id == skp_id)).mappings().one()
            )
        row.update(changes)
        return dumps_canonical(encode_row(row)) + b"\n"


@pytest.fixture
def net(tmp_path):
    with enrolled_office(tmp_path, {"Budi": "a_bidang", "Sari": "b"}) as c:
        (tmp_path / "forged").mkdir()
        yield Net(c.ws, c.admin, c.office, c.o_admin, tmp_path, *c.staff)


def test_truncated_and_bit_flipped_bundles_are_rejected(net):
    add_skp(net.office, net.o_admin, net.budi.id)
    good = net.export()
    data = good.read_bytes()
    before = digest(net.central)
    rng = random.Random(8)
    cuts = sorted({0, 1, 21, 22, 30, 100, len(data) - 1, len(data) - 22, len(data) - 23})
    cuts += sorted(rng.sample(range(len(data)), 60))
    flips = [*sorted(rng.sample(range(len(data) * 8), 80)), 0, len(data) * 8 - 1]
    bad = net.tmp / "bad.ekb"
    for offset in cuts:
        bad.write_bytes(data[:offset])
        report = sync_service.import_bundle(net.central, net.c_admin, bad)
        assert report.status == "rejected", f"cut at {offset}"
        assert report.error
    for bit in flips:
        flipped = bytearray(data)
        flipped[bit // 8] ^= 1 << (bit % 8)
        bad.write_bytes(bytes(flipped))
        report = sync_service.import_bundle(net.central, net.c_admin, bad)
        assert report.status == "rejected", f"bit {bit}"
    assert digest(net.central) == before
    with net.central.read() as session:
        assert session.execute(select(ImportedBundle.kind)).scalars().all() == []
    # the original still imports
    assert sync_service.import_bundle(net.central, net.c_admin, good).total("inserted") == 1


def test_wrong_unknown_and_revoked_signers_and_foreign_recipient(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    line = net.skp_line()
    tables = {"skp.ndjson": line}
    # same node id, another key: the signature does not verify
    impostor = NodeKeys.generate(net.office.node.id)
    rejected(net, net.forge("impostor", tables, keys=impostor), "bad_signature", capsys)
    # a node central never enrolled
    stranger = NodeKeys.generate(str(uuid.uuid4()))
    rejected(net, net.forge("stranger", tables, keys=stranger), "unknown_signer", capsys)
    # addressed to another node only
    other = NodeKeys.generate(str(uuid.uuid4())).public()
    rejected(net, net.forge("other", tables, recipients=[other]), "not_for_me", capsys)
    # a revoked node (lost laptop): its bundles are refused from now on
    good = net.forge("good", tables)
    sync_service.revoke_node(net.central, net.c_admin, net.office.node.id)
    rejected(net, good, "revoked_signer", capsys)


def test_newer_format_and_schema_ask_for_an_update(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    tables = {"skp.ndjson": net.skp_line()}

    def newer(header: dict[str, Any]) -> dict[str, Any]:
        return {**header, "version": [2, 0]}

    path = net.forge("format2", tables, header_hook=newer)
    rejected(net, path, "format_too_new", capsys, message="Perbarui")
    manifest3 = net.manifest(tables, version=3)  # version 2 carries evidence files
    rejected(net, net.forge("manifest3", tables, manifest=manifest3), "schema_too_new", capsys)
    future = net.manifest(tables, schema="9999_future")
    path = net.forge("schema", tables, manifest=future)
    rejected(net, path, "schema_too_new", capsys, message="Perbarui aplikasi")
    unknown = {"rencana_masa_depan.ndjson": net.skp_line()}
    rejected(net, net.forge("table", unknown), "schema_too_new", capsys)


def test_invalid_json_and_oversized_lines(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    good = net.skp_line().rstrip(b"\n")
    nan = good[:-1] + b',"quantity":NaN}\n'
    dup = good[:-1] + b',"decision_note":"dua kali"}\n'
    broken = good[: len(good) // 2] + b"\n"
    not_object = b"[1,2,3]\n"
    bad_type = net.skp_line(year="dua ribu")
    unknown_col = good[:-1] + b',"zz_injected":1}\n'
    for name, line in {
        "nan": nan,
        "dup": dup,
        "broken": broken,
        "array": not_object,
        "type": bad_type,
        "column": unknown_col,
    }.items():
        path = net.forge(name, {"skp.ndjson": line})
        rejected(net, path, "row_invalid", capsys)
    # one line over the 1 MiB line limit (random text: not a compression bomb)
    huge = base64.b64encode(os.urandom(800_000)).decode()
    path = net.forge("long", {"skp.ndjson": net.skp_line(decision_note=huge)})
    rejected(net, path, "line_too_long", capsys)
    # the manifest does not match the member
    tables = {"skp.ndjson": net.skp_line()}
    lying = net.manifest(tables)
    lying["tables"][0]["rows"] = 2
    rejected(net, net.forge("count", tables, manifest=lying), "member_hash", capsys)


def test_member_path_tricks_are_rejected(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    manifest = dumps_canonical(net.manifest({"skp.ndjson": net.skp_line()}))
    for raw in (b"../skp.ndjson", b"/etc/skp.json", b"C:skp.ndjson", b"..\\skp.ndjson"):
        placeholder = "x" * len(raw)
        inner = zip_bytes(
            [(MANIFEST, manifest), (placeholder, net.skp_line())], raw_names={placeholder: raw}
        )
        rejected(net, net.seal(f"inner-{len(raw)}", inner), "unsafe_name", capsys)
    # outer container: a member trying to escape next to the real ones
    good = net.export()
    with zipfile.ZipFile(good) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    outer = net.tmp / "outer.ekb"
    with zipfile.ZipFile(outer, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        zf.writestr("../../evil.sh", b"#!/bin/sh\n")
    before = digest(net.central)
    report = sync_service.import_bundle(net.central, net.c_admin, outer)
    assert report.status == "rejected"
    assert report.error_code in ("unexpected_member", "unsafe_name")
    assert cli_import(net, outer, capsys)[0] == 1
    assert digest(net.central) == before


def test_zip_bombs_are_rejected(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    line = net.skp_line()
    manifest = dumps_canonical(net.manifest({"skp.ndjson": line}))
    # ratio: 40 MiB of newlines in a few KiB
    ratio = zip_bytes([(MANIFEST, manifest), ("skp.ndjson", b"\n" * (40 << 20))])
    rejected(net, net.seal("ratio", ratio), "compression_ratio", capsys)
    # size: the member inflates beyond the size it declares
    inner = zip_bytes([(MANIFEST, manifest), ("skp.ndjson", line * 2000)])
    inner = patch_entry(inner, "skp.ndjson", usize=len(line))
    rejected(net, net.seal("size", inner), "size_mismatch", capsys)
    # the bundle file itself is beyond the size limit (sparse file: no disk used)
    big = net.tmp / "forged" / "big.ekb"
    with open(big, "wb") as fh:
        fh.truncate((2 << 30) + 10)
    rejected(net, big, "too_large", capsys)


def test_record_outside_the_signers_scope_is_refused_and_nothing_changes(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    # an SKP of Sari (Dinas Pendidikan) from the Dinas Kesehatan office
    line = net.skp_line(id=str(uuid.uuid4()), employee_id=net.sari.id)
    path = net.forge("scope", {"skp.ndjson": line})
    before = data_digest(net.central)
    code, output = cli_import(net, path, capsys)
    assert code == 2  # bundle applied, a record refused
    assert "di luar cakupan" in output
    assert "hubungi admin pengirim" in output
    assert data_digest(net.central) == before


def test_replay_out_of_order_and_twice(net, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    skp_id = add_skp(net.office, net.o_admin, net.budi.id, note="v1")
    b1 = net.export()
    shutil.move(b1, net.tmp / "b1.ekb")
    b1 = net.tmp / "b1.ekb"
    edit_skp(net.office, net.o_admin, skp_id, decision_note="v2")
    b2 = net.export()
    shutil.move(b2, net.tmp / "b2.ekb")
    b2 = net.tmp / "b2.ekb"
    edit_skp(net.office, net.o_admin, skp_id, decision_note="v3")
    other = add_skp(net.office, net.o_admin, net.budi.id, year=2027)
    b3 = net.export()

    def replayed(path: Path) -> None:
        before = digest(net.central)
        report = sync_service.import_bundle(net.central, net.c_admin, path)
        assert report.status == "already_imported"
        assert "sudah diimpor" in report.summary()
        code, _output = cli_import(net, path, capsys)
        assert code == 0  # a replay is a harmless no-op, not an error
        assert digest(net.central) == before

    assert sync_service.import_bundle(net.central, net.c_admin, b3).status == "applied"
    replayed(b3)
    late = sync_service.import_bundle(net.central, net.c_admin, b1)
    assert late.status == "applied"
    assert late.total("stale") + late.total("unchanged") >= 1
    replayed(b3)
    replayed(b1)
    assert sync_service.import_bundle(net.central, net.c_admin, b2).status == "applied"
    replayed(b2)
    for row_id in (skp_id, other):
        assert vars(skp_row(net.central, row_id)) == vars(skp_row(net.office, row_id))
    assert skp_row(net.central, skp_id).decision_note == "v3"
