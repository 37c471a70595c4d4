"""Owner-only secrets (issue #15): the saved database URL, node private keys and key
slots are readable by the current user only - mode 0600 on POSIX, a protected ACL for
the current user (and SYSTEM) on Windows, where POSIX modes do nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekinerja_desktop.services import keyslots, paths
from ekinerja_desktop.store import owner_only
from ekinerja_desktop.sync.keys import NodeKeys
from tests.helpers.windows_rules import WINDOWS, assert_owner_only


def _write_all(folder: Path) -> list[Path]:
    paths.save_database_url(folder, "postgresql+psycopg://ekinerja:rahasia@server/pusat")
    NodeKeys.generate("kantor").save(folder / "keys", None)
    keyslots.KeySlots("ws-1").save(folder)
    return [
        paths.database_url_file(folder),
        folder / "keys" / "sign_key.pem",
        folder / "keys" / "enc_key.pem",
        keyslots.keyslots_file(folder),
    ]


def test_every_secret_is_owner_only(tmp_path):
    for path in _write_all(tmp_path):
        assert_owner_only(path)
    assert_owner_only(tmp_path / "keys", folder=True)
    # The atomic writes leave no temp files behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "database-url.txt",
        "keys",
        "keyslots.json",
    ]


def test_rewriting_keeps_the_file_owner_only(tmp_path):
    target = tmp_path / "rahasia.txt"
    target.write_text("lama")
    target.chmod(0o644)
    owner_only.write_private(target, b"baru")
    assert target.read_bytes() == b"baru"
    assert_owner_only(target)


@pytest.mark.skipif(WINDOWS, reason="simulates the Windows branch on POSIX")
def test_on_windows_the_acl_is_set_before_the_secret_is_written(tmp_path, monkeypatch):
    """The wiring of the Windows branch, checked on Linux: each secret file gets the
    owner-only ACL while still empty (so the secret is never readable by others)."""
    protected: list[tuple[str, int, bool]] = []

    def fake_acl(path: Path, *, folder: bool) -> bool:
        size = 0 if folder else path.stat().st_size
        protected.append((path.name, size, folder))
        return True

    monkeypatch.setattr(owner_only, "WINDOWS", True)
    monkeypatch.setattr(owner_only, "_set_windows_acl", fake_acl)
    written = _write_all(tmp_path)
    files = [(name, size) for name, size, folder in protected if not folder]
    assert len(files) == 5  # URL, two private keys, node.json, key slots
    assert all(size == 0 for _name, size in files)
    for path in written:
        assert any(name.startswith(f".{path.name}-") for name, _size in files), path.name
    assert ("keys", 0, True) in protected


def test_owner_only_sddl_names_only_the_user_and_system():
    sddl = owner_only.owner_only_sddl("S-1-5-21-1-2-3-1001")
    assert sddl == "D:P(A;;FA;;;S-1-5-21-1-2-3-1001)(A;;FA;;;SY)"
    assert owner_only.owner_only_sddl("S-1-5-21-9", folder=True).count("OICI") == 2


@pytest.mark.windows_only  # the real Windows security API (run by the Windows check)
def test_current_user_sid_is_a_user_sid():
    assert owner_only.current_user_sid().startswith("S-1-5-")


def test_the_default_data_folder_is_isolated_in_tests(monkeypatch):
    """The suite never reaches the real data folder (%LOCALAPPDATA% on Windows)."""
    import tempfile

    monkeypatch.delenv("EKINERJA_DATA_DIR", raising=False)
    folder = paths.default_data_dir()
    assert str(folder).startswith(tempfile.gettempdir())
    assert "ekinerja-test-home-" in str(folder)
