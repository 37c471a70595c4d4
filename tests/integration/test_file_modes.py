"""Owner-only files and crash leftovers (issue 20, item 6): other local users cannot
read a workspace, a half-written backup or an abandoned snapshot does not stay, and no
plaintext snapshot survives next to an encrypted workspace."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time

import pytest

from ekinerja_desktop.services import backup, encryption, files
from ekinerja_desktop.services.workspace import open_workspace
from tests.helpers import ADMIN_PASSWORD

pytestmark = [
    pytest.mark.db,
    pytest.mark.sqlite_only,
    pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: ACL tests)"),
]


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_workspace_files_and_backups_are_owner_only(ws, admin, tmp_path):
    db = ws.data_dir / "ekinerja.sqlite3"
    assert _mode(ws.data_dir) == 0o700
    assert _mode(db) == 0o600
    info = backup.backup_now(ws, admin, tmp_path / "stick")
    assert _mode(info.path) == 0o600
    assert _mode(ws.data_dir / "keys" / "audit-key.json") == 0o600


def test_an_older_workspace_is_tightened_when_opened(ws, admin):
    data_dir = ws.data_dir
    ws.close()
    os.chmod(data_dir, 0o755)
    for path in data_dir.glob("ekinerja.sqlite3*"):
        os.chmod(path, 0o644)
    reopened = open_workspace(data_dir)
    try:
        assert _mode(data_dir) == 0o700
        for path in data_dir.glob("ekinerja.sqlite3*"):
            assert _mode(path) == 0o600, path.name
    finally:
        reopened.close()


def test_crash_leftovers_are_removed_on_open_but_not_while_in_use(ws, admin, tmp_path):
    data_dir = ws.data_dir
    stale = data_dir / ".ekinerja-tmp-crashed"
    stale.mkdir()
    shutil.copyfile(data_dir / "ekinerja.sqlite3", stale / "ekinerja.sqlite3")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    part = ws.backup_dir / "ekinerja-20260101-000000-abcdef12.ekbak.part"
    part.parent.mkdir(exist_ok=True)
    part.write_bytes(b"PK half a backup")
    os.utime(part, (old, old))
    fresh_part = ws.backup_dir / "ekinerja-20260101-000001-abcdef12.ekbak.part"
    fresh_part.write_bytes(b"PK being written now")
    with files.scratch(data_dir) as busy:
        (busy / "snapshot").write_bytes(b"in use by another backup")
        reopened = open_workspace(data_dir)
        reopened.close()
        assert busy.exists()  # another program's backup keeps its folder
    assert not stale.exists()
    assert not part.exists()
    assert fresh_part.exists()


def test_no_plaintext_snapshot_survives_beside_an_encrypted_workspace(ws, admin, monkeypatch):
    data_dir = ws.data_dir
    plain_copy = data_dir.parent / "plain-copy.sqlite3"
    shutil.copyfile(data_dir / "ekinerja.sqlite3", plain_copy)
    encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    ws.close()
    # A crash left a full plaintext snapshot (e.g. of a plain backup being restored).
    stale = data_dir / ".ekinerja-tmp-crashed"
    stale.mkdir()
    leftover = stale / "ekinerja.sqlite3"
    shutil.copyfile(plain_copy, leftover)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    seen: list[str] = []
    real_shred = files.keyslots.shred

    def shred(path):
        with sqlite3.connect(path) as con:  # it really was plaintext
            seen.append(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        real_shred(path)

    monkeypatch.setattr(files.keyslots, "shred", shred)
    reopened, _admin = encryption.open_with_password(data_dir, None, "admin", ADMIN_PASSWORD)
    reopened.close()
    assert not stale.exists()
    assert seen  # overwritten before it was deleted
