"""Exports above the size limit are split into several complete bundles; the parts import
in any order, with duplicates, and converge. Cancelling an export or an import leaves no
file and no change behind."""

from __future__ import annotations

import itertools
import random

import pytest

from ekinerja_desktop.services import settings, sync_service
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import AuditEvent, KnownNode, Skp
from ekinerja_desktop.sync.container import open_bundle
from ekinerja_desktop.sync.exporter import public_of
from tests.helpers.sync import (
    add_skp,
    data_digest,
    digest,
    enrolled_central,
)

pytestmark = pytest.mark.db

LIMIT = 24 * 1024


class Stop(Exception):
    """Stands in for the GUI's Cancelled."""


@pytest.fixture
def net(ws, admin, tmp_path):
    """Central with a few employees; the ``ws`` office enrolled for Dinas Kesehatan and
    holding many SKPs with long, hard-to-compress notes (well over ``LIMIT``)."""
    staff = {f"Pegawai {i}": "a_bidang" for i in (1, 2, 3)}
    with enrolled_central(ws, admin, tmp_path, staff) as central:
        noise = random.Random(8)
        for year, person in itertools.product(range(2000, 2040), central.staff):
            note = "".join(noise.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(900))
            add_skp(ws, admin, person.id, year=year, note=note)
        yield central.ws, central.admin


def _count(ws, model) -> int:
    with ws.read() as session:
        return session.query(model).count()


def test_large_export_is_split_and_parts_converge_in_any_order(ws, admin, net, tmp_path):
    c_ws, c_admin = net
    out = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "out", max_bytes=LIMIT)
    assert len(out.parts) >= 3
    assert out.total == 120
    assert sum(p.rows for p in out.parts) == 120
    assert all(p.size <= LIMIT for p in out.parts)
    assert sorted(p.path.name for p in out.parts) == sorted(
        p.name for p in (tmp_path / "out").iterdir()
    )
    text = out.summary()
    assert f"dalam {len(out.parts)} bundel" in text
    assert all(p.path.name in text for p in out.parts)
    # every part is a complete bundle with its own sequence and exact ranges
    keys = sync_service.node_keys(c_ws)
    covered = []
    for part in out.parts:
        with open_bundle(part.path, me=keys, lookup_signer=_lookup(c_ws)) as bundle:
            manifest = bundle.read_json("manifest.json")
            assert bundle.sequence == part.sequence
            covered += [
                (r["from"], r["to"]) for r in manifest["ranges"] if r["origin"] == ws.node.id
            ]
    assert [a for a, _b in covered][1:] == [b for _a, b in covered][:-1]  # contiguous

    # deliver in reverse order, the middle one twice: the result is the same
    reports = [sync_service.import_bundle(c_ws, c_admin, p.path) for p in reversed(out.parts)]
    assert all(r.status == "applied" and not r.rejections for r in reports)
    again = sync_service.import_bundle(c_ws, c_admin, out.parts[1].path)
    assert again.status == "already_imported"
    assert _count(c_ws, Skp) == 120
    assert sum(r.total("inserted") for r in reports) == 120
    # once central confirms, nothing is resent
    sync_service.import_bundle(
        ws, admin, sync_service.export_bundle(c_ws, c_admin, ws.node.id, tmp_path / "back").path
    )
    assert sync_service.export_bundle(ws, admin, "pusat", tmp_path / "out2").total == 0
    assert data_digest(ws) == data_digest(c_ws)


def _lookup(ws):
    def lookup(sender):
        with ws.read() as session:
            node = session.get(KnownNode, sender)
            return public_of(node) if node is not None else None

    return lookup


def test_parts_of_a_split_export_import_in_one_go_from_a_folder(ws, admin, net, tmp_path):
    c_ws, c_admin = net
    out = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "out", max_bytes=LIMIT)
    dry = sync_service.import_bundles(c_ws, c_admin, [tmp_path / "out"], dry_run=True)
    assert len(dry) == len(out.parts)
    assert sum(r.total("inserted") for r in dry) == 120
    assert _count(c_ws, Skp) == 0
    reports = sync_service.import_bundles(c_ws, c_admin, [tmp_path / "out"])
    assert [r.status for r in reports] == ["applied"] * len(out.parts)
    assert _count(c_ws, Skp) == 120


def test_setting_decides_the_split_size(ws, admin, net, tmp_path):
    assert settings.get_int(ws, "bundle_max_mb") == 20
    with pytest.raises(ValidationError):
        settings.set_value(ws, admin, "bundle_max_mb", "0")
    settings.set_value(ws, admin, "bundle_max_mb", "1")
    out = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "out")
    assert len(out.parts) == 1  # 120 SKPs fit in 1 MB
    assert out.max_bytes == 1024 * 1024


def test_cancelled_export_leaves_no_file_and_changes_nothing(ws, admin, net, tmp_path):
    before = digest(ws)
    calls = []

    def cancel_late(done, total, label):
        calls.append((done, total, label))
        if done >= 60:
            raise Stop

    with pytest.raises(Stop):
        sync_service.export_bundle(
            ws, admin, "pusat", tmp_path / "out", max_bytes=LIMIT, progress=cancel_late
        )
    assert list((tmp_path / "out").iterdir()) == []  # no part, no *.partial
    assert digest(ws) == before
    assert any(total == 120 for _d, total, _l in calls)
    # the next export starts from the same point: every row, same sequence numbers
    out = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "out", max_bytes=LIMIT)
    assert out.total == 120
    assert out.sequence == 1


def test_cancelled_import_rolls_back_completely(ws, admin, net, tmp_path):
    c_ws, c_admin = net
    out = sync_service.export_bundle(ws, admin, "pusat", tmp_path / "out", max_bytes=LIMIT)
    before = digest(c_ws)
    seen = []

    def cancel_in_last_part(done, total, label):
        seen.append(label)
        if f"Bundel {len(out.parts)} dari {len(out.parts)}" in label and done:
            raise Stop

    with pytest.raises(Stop):
        sync_service.import_bundles(c_ws, c_admin, [tmp_path / "out"], progress=cancel_in_last_part)
    assert any(label.startswith("Bundel 1 dari") for label in seen)
    assert digest(c_ws) == before  # the earlier parts were rolled back as well
    with c_ws.read() as session:
        assert not session.query(AuditEvent).filter_by(action="sync.import").count()
    reports = sync_service.import_bundles(c_ws, c_admin, [tmp_path / "out"])
    assert sum(r.total("inserted") for r in reports) == 120
