"""Evidence of daily-log entries: content-addressed files, size limit, links, locking."""

from __future__ import annotations

import os

import pytest

from ekinerja_desktop.services import dailylog, evidence, settings
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from tests.helpers.dailylog import staf_entry

pytestmark = pytest.mark.db


@pytest.fixture
def env(ws, admin):
    return staf_entry(ws, admin)


def test_attach_file_content_addressed(ws, env, tmp_path):
    chain, saved = env
    src = tmp_path / "surat tugas.pdf"
    src.write_bytes(b"%PDF-1.4 surat tugas")
    item = evidence.attach_file(ws, chain.a_staf, saved.id, src)
    path = evidence.stored_path(ws.data_dir, item.sha256)
    assert path == ws.data_dir / "evidence" / item.sha256[:2] / item.sha256
    assert path.read_bytes() == src.read_bytes()
    view = evidence.evidence_path(ws, chain.a_staf, item.id)  # a copy named by its type
    assert view.name == "surat tugas.pdf"
    assert view.read_bytes() == src.read_bytes()
    assert item.mime == "application/pdf"
    assert item.name == "surat tugas.pdf"
    assert not list(path.parent.glob(".tmp-*"))
    # The same content twice is stored once.
    copy = tmp_path / "salinan.pdf"
    copy.write_bytes(src.read_bytes())
    second = evidence.attach_file(ws, chain.a_staf, saved.id, copy)
    assert second.sha256 == item.sha256
    assert len(list(path.parent.iterdir())) == 1
    assert [e.name for e in evidence.list_evidence(ws, chain.a_staf, saved.id)] == [
        "salinan.pdf",
        "surat tugas.pdf",
    ]
    assert dailylog.get_entry(ws, chain.a_staf, saved.id).evidence_count == 2
    # The supervisor may open it; an unrelated employee may not.
    assert evidence.evidence_path(ws, chain.a_kabid, item.id).read_bytes() == path.read_bytes()
    with pytest.raises(PermissionDeniedError):
        evidence.evidence_path(ws, chain.a_guru, item.id)
    evidence.remove_evidence(ws, chain.a_staf, saved.id, second.id)
    assert len(evidence.list_evidence(ws, chain.a_staf, saved.id)) == 1
    with pytest.raises(NotFoundError):
        evidence.remove_evidence(ws, chain.a_staf, saved.id, second.id)


def test_oversize_and_unreadable_files_refused(ws, env, tmp_path, admin):
    chain, saved = env
    settings.set_value(ws, admin, "evidence_max_mb", "1")
    big = tmp_path / "scan.jpg"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as exc:
        evidence.attach_file(ws, chain.a_staf, saved.id, big)
    assert "terlalu besar" in str(exc.value)
    assert "batas 1 MB" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        evidence.attach_file(ws, chain.a_staf, saved.id, tmp_path / "hilang.pdf")
    assert "tidak ditemukan" in str(exc.value)
    with pytest.raises(ValidationError):
        evidence.attach_file(ws, chain.a_staf, saved.id, tmp_path)  # a folder
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "rahasia.pdf"
        locked.write_bytes(b"x")
        locked.chmod(0)
        with pytest.raises(ValidationError) as exc:
            evidence.attach_file(ws, chain.a_staf, saved.id, locked)
        assert "tidak dapat dibaca" in str(exc.value)
    assert evidence.list_evidence(ws, chain.a_staf, saved.id) == []


def test_links_and_locking(ws, env, tmp_path):
    chain, saved = env
    with pytest.raises(ValidationError):
        evidence.attach_link(ws, chain.a_staf, saved.id, "javascript:alert(1)")
    with pytest.raises(ValidationError):
        evidence.attach_link(ws, chain.a_staf, saved.id, "ftp://server/berkas")
    url = "https://drive.example.go.id/bukti/123"
    assert evidence.attach_link(ws, chain.a_staf, saved.id, url) == url
    assert dailylog.get_entry(ws, chain.a_staf, saved.id).link_url == url
    with pytest.raises(PermissionDeniedError):
        evidence.attach_link(ws, chain.a_kabid, saved.id, url)
    src = tmp_path / "foto.png"
    src.write_bytes(b"png")
    item = evidence.attach_file(ws, chain.a_staf, saved.id, src)
    dailylog.submit_day(ws, chain.a_staf, saved.day)
    dailylog.approve(ws, chain.a_kabid, [saved.id])
    with pytest.raises(ValidationError):
        evidence.attach_file(ws, chain.a_staf, saved.id, src)
    with pytest.raises(ValidationError):
        evidence.remove_evidence(ws, chain.a_staf, saved.id, item.id)
    with pytest.raises(ValidationError):
        evidence.attach_link(ws, chain.a_staf, saved.id, "")
