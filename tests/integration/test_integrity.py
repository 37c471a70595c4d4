"""Tampering with a workspace's files is noticed: signed records against their content
hash, the keyed audit chain, and its head anchored in the key file, in backups and in
sync bundles (issue 20, item 1). Every attack here fails with a clear Indonesian message
and the workspace's data stays as it was."""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from ekinerja_desktop.cli import main
from ekinerja_desktop.services import audit_key, backup, integrity, sync_service
from ekinerja_desktop.services import evaluation as evaluation_svc
from ekinerja_desktop.services.audit_trail import _event_hash
from ekinerja_desktop.services.backup import BackupError
from ekinerja_desktop.services.workspace import open_workspace
from ekinerja_desktop.store.models import AuditEvent
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.evaluation import PAST, build
from tests.helpers.sync import enrolled_office

pytestmark = [pytest.mark.db, pytest.mark.sqlite_only]


def _rechain(ev: AuditEvent, prev: str, key: audit_key.AuditKey | None) -> str:
    """Link ``ev`` after ``prev`` as the chain would (with ``key``, or the plain SHA-256
    chain without one): what an attacker rewriting the trail does. Returns its hash."""
    ev.prev_hash = prev
    ev.hash = _event_hash(
        prev,
        key=key,
        event_id=ev.id,
        at=ev.at,
        node_id=ev.node_id,
        actor=ev.actor,
        action=ev.action,
        entity=ev.entity,
        entity_id=ev.entity_id,
        detail=ev.detail,
    )
    return ev.hash


def _db(ws) -> sqlite3.Connection:
    return sqlite3.connect(ws.data_dir / "ekinerja.sqlite3")


def _signed_kurang(ws, admin):
    setup = build(ws, admin)
    kabid = setup.chain.a_kabid
    ev = evaluation_svc.open_evaluation(ws, kabid, setup.chain.staf.id, f"{PAST}-Q1")
    evaluation_svc.save_rating(
        ws, kabid, ev.id, rating_hasil="Di Atas Ekspektasi", rating_perilaku="Di Bawah Ekspektasi"
    )
    signed = evaluation_svc.sign(ws, kabid, ev.id)
    assert signed.predikat == "Kurang/Misconduct"
    return signed


def _check(data_dir: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["db", "check", "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_signed_evaluation_changed_in_the_file_is_reported(ws, admin, capsys, monkeypatch):
    monkeypatch.setenv("EKINERJA_PASSWORD", ADMIN_PASSWORD)
    signed = _signed_kurang(ws, admin)
    ws.close()
    code, text = _check(ws.data_dir, capsys)
    assert code == 0, text
    # The review's attack: Kurang/Misconduct -> Sangat Baik straight in the SQLite file.
    with _db(ws) as con:
        con.execute(
            "UPDATE evaluation SET predikat='Sangat Baik', rating_perilaku='Di Atas Ekspektasi' "
            "WHERE id=?",
            (signed.id,),
        )
    code, text = _check(ws.data_dir, capsys)
    assert code == 1
    assert "isinya diubah setelah ditandatangani" in text
    capsys.readouterr()
    assert main(["audit", "verify", "--data-dir", str(ws.data_dir)]) == 1  # there too
    assert "isinya diubah setelah ditandatangani" in capsys.readouterr().err
    assert signed.id in text
    assert "Sangat Baik" in text
    # Nothing was repaired or lost: the row is still there for a person to look at.
    with _db(ws) as con:
        assert con.execute("SELECT predikat FROM evaluation WHERE id=?", (signed.id,)).fetchone()


def test_recomputed_content_hash_is_caught_by_the_keyed_audit_trail(ws, admin, capsys):
    signed = _signed_kurang(ws, admin)
    with ws.write() as session:
        from ekinerja_desktop.store.models import Evaluation

        ev = session.get(Evaluation, signed.id)
        ev.predikat = "Sangat Baik"
        ev.rating_perilaku = "Di Atas Ekspektasi"
        session.flush()
        ev.content_hash = evaluation_svc.signed_content_hash(session, ev)
    report = backup.check(ws)
    item = next(i for i in report.items if i.key == "signed_records")
    assert not item.ok
    assert "jejak audit saat ditandatangani" in item.details[0]


def test_the_chain_is_keyed_with_a_key_outside_the_database(ws, admin):
    path = audit_key.key_file(ws.data_dir)
    assert path.is_file()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    # An attacker without the key edits an event and recomputes the plain SHA-256 chain.
    with ws.write() as session:
        events = session.query(AuditEvent).order_by(AuditEvent.seq).all()
        prev = events[0].prev_hash
        for ev in events:
            if ev.seq == events[-1].seq:
                ev.actor = "mallory"
            prev = _rechain(ev, prev, None)
    report = integrity.verify_audit(ws)
    assert not report.ok
    assert report.reason == "content"
    assert "HMAC" in report.text()


def test_deleting_the_last_events_is_noticed_through_the_key_file(ws, admin, capsys):
    from ekinerja_desktop.services import auth
    from ekinerja_desktop.services.errors import AuthError

    for name in ("a", "b", "c"):  # failed logins make events
        with pytest.raises(AuthError):
            auth.login(ws, name, "x")
    ws.close()  # the head is remembered in the key file
    with _db(ws) as con:
        con.execute("DELETE FROM audit_event WHERE seq > (SELECT MAX(seq) - 2 FROM audit_event)")
    capsys.readouterr()
    assert main(["audit", "verify", "--data-dir", str(ws.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "RUSAK" in err
    assert "hilang" in err


def test_deleting_the_last_events_is_noticed_through_a_backup(ws, admin, tmp_path):
    folder = tmp_path / "backups"
    info = backup.backup_now(ws, admin, folder)
    anchor = json.loads(zipfile.ZipFile(info.path).read("manifest.json"))["audit_head"]
    assert anchor["seq"] > 0
    assert len(anchor["mac"]) == 64
    with ws.write() as session:
        backup_seq = anchor["seq"]
        session.query(AuditEvent).filter(AuditEvent.seq >= backup_seq).delete()
    # Even with the key file's head rolled back too, the backup's anchor remains.
    ak = audit_key.load(ws.data_dir)
    audit_key.save(ws.data_dir, audit_key.AuditKey(ak.key, ak.pin_seq, ak.pin_hash))
    ws.use_audit_key(audit_key.load(ws.data_dir))
    from ekinerja_desktop.services import settings

    settings.set_value(ws, admin, "backup_dir", str(folder))
    report = integrity.verify_audit(ws)
    assert not report.ok
    # the events after the cut got new ones under the same numbers: "changed"
    assert info.path.name in report.text()
    assert "RUSAK" in report.text()


def test_restore_refuses_a_backup_whose_audit_trail_was_cut(ws, admin, tmp_path):
    info = backup.backup_now(ws, admin, tmp_path)
    forged = tmp_path / "forged.ekbak"
    work = tmp_path / "x"
    with zipfile.ZipFile(info.path) as zf:
        zf.extractall(work)
    manifest = json.loads((work / "manifest.json").read_text())
    with sqlite3.connect(work / "ekinerja.sqlite3") as con:
        con.execute("DELETE FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)")
    con.close()
    import hashlib

    manifest["members"]["ekinerja.sqlite3"] = hashlib.sha256(
        (work / "ekinerja.sqlite3").read_bytes()
    ).hexdigest()
    with zipfile.ZipFile(forged, "w") as zf:
        for name in manifest["members"]:
            zf.write(work / name, name)
        zf.writestr("manifest.json", json.dumps(manifest))
    before = integrity.verify_audit(ws).checked
    with pytest.raises(BackupError) as caught:
        backup.restore(ws, admin, forged)
    assert caught.value.code == "backup_tampered"
    assert "ditolak" in caught.value.message
    assert integrity.verify_audit(ws).ok
    assert integrity.verify_audit(ws).checked == before


def test_a_workspace_from_before_the_keyed_chain_gets_a_key_on_open(ws, admin):
    # Make it look like an old workspace: plain SHA-256 chain, no key file.
    with ws.write() as session:
        prev = "0" * 64
        for ev in session.query(AuditEvent).order_by(AuditEvent.seq):
            prev = _rechain(ev, prev, None)
        old_head = session.query(AuditEvent).count()
    data_dir = ws.data_dir
    ws.use_audit_key(None)
    ws.close()
    audit_key.key_file(data_dir).unlink()
    reopened = open_workspace(data_dir)
    try:
        key = audit_key.load(data_dir)
        assert key is not None
        assert key.pin_seq == old_head
        report = integrity.verify_audit(reopened)
        assert report.ok, report.text()
        with reopened.read() as session:
            last = session.query(AuditEvent).order_by(AuditEvent.seq.desc()).first()
            assert last.action == "audit.keyed"
        # The old, unkeyed part is pinned: rewriting it (even re-hashed) breaks the pin.
        with reopened.write() as session:
            first = session.query(AuditEvent).order_by(AuditEvent.seq).first()
            first.actor = "mallory"
        assert integrity.verify_audit(reopened).reason == "content"
    finally:
        reopened.close()


def _export(node, n_admin, folder: Path):
    return sync_service.export_bundle(node, n_admin, "pusat", folder)


def test_central_flags_a_node_whose_audit_history_was_truncated(tmp_path):
    with enrolled_office(tmp_path) as net:
        central, c_admin, office, o_admin = net.ws, net.admin, net.office, net.o_admin
        first = _export(office, o_admin, tmp_path / "b1")
        report = sync_service.import_bundle(central, c_admin, first.path)
        assert report.status == "applied"
        assert not report.audit_warning
        # The office deletes its last audit events (its key file head is rolled back too).
        with office.write() as session:
            top = session.query(AuditEvent).order_by(AuditEvent.seq.desc()).first().seq
            session.query(AuditEvent).filter(AuditEvent.seq > top - 4).delete()
        second = _export(office, o_admin, tmp_path / "b2")
        report = sync_service.import_bundle(central, c_admin, second.path)
        assert report.status == "applied"  # the data still arrives
        assert report.audit_warning == "audit_truncated"
        assert "DIPOTONG" in report.summary()
        with central.read() as session:
            flagged = session.query(AuditEvent).filter_by(action="sync.audit_anomaly").one()
            assert flagged.entity_id == office.node.id


def test_central_flags_a_node_whose_audit_history_was_rewritten(tmp_path):
    with enrolled_office(tmp_path) as net:
        central, c_admin, office, o_admin = net.ws, net.admin, net.office, net.o_admin
        first = _export(office, o_admin, tmp_path / "b1")
        assert not sync_service.import_bundle(central, c_admin, first.path).audit_warning
        # Someone holding the key rewrites an old event and re-signs the whole chain.
        key = office.audit_key
        with office.write() as session:
            prev = "0" * 64
            for ev in session.query(AuditEvent).order_by(AuditEvent.seq):
                if ev.seq == 1:
                    ev.actor = "mallory"
                prev = _rechain(ev, prev, key)
        second = _export(office, o_admin, tmp_path / "b2")
        report = sync_service.import_bundle(central, c_admin, second.path)
        assert report.audit_warning == "audit_rewritten"
        assert "DITULIS ULANG" in report.summary()


def test_reason_texts_are_indonesian():
    assert "dihapus" in integrity.reason_text("head_missing")
