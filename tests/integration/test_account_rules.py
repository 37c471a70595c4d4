"""Longer passphrases for admins and encrypted workspaces; an idle lock that cannot be
switched off (issue 20, item 7). Refusals change nothing."""

from __future__ import annotations

import pytest

from ekinerja_desktop.services import auth, encryption, master, settings
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Setting
from tests.helpers import ADMIN_PASSWORD, new_workspace

pytestmark = pytest.mark.db

SHORT = "hujan-so7e"  # 10 characters, not guessable: enough for staff only


def _accounts(ws, admin) -> set[str]:
    return {a.username for a in master.list_accounts(ws, admin)}


def test_admin_passwords_need_12_characters(ws, admin, tmp_path):
    with pytest.raises(ValidationError) as err:
        new_workspace(tmp_path / "other", password=SHORT)
    assert "minimal 12 karakter" in err.value.message
    with pytest.raises(ValidationError):
        master.create_account(
            ws, admin, username="admin2", password=SHORT, roles=["admin_opd"], employee_id=None
        )
    assert "admin2" not in _accounts(ws, admin)
    master.create_account(
        ws, admin, username="staf1", password=SHORT, roles=["pegawai"], employee_id=None
    )
    with pytest.raises(ValidationError):
        auth.change_password(ws, admin, ADMIN_PASSWORD, SHORT)
    assert auth.login(ws, "admin", ADMIN_PASSWORD)  # unchanged


@pytest.mark.sqlite_only
def test_every_account_of_an_encrypted_workspace_needs_12_characters(ws, admin):
    encryption.encrypt_workspace(ws, admin, ADMIN_PASSWORD)
    with pytest.raises(ValidationError) as err:
        master.create_account(
            ws, admin, username="staf2", password=SHORT, roles=["pegawai"], employee_id=None
        )
    assert "ruang kerja terenkripsi" in err.value.message
    assert "staf2" not in _accounts(ws, admin)


def test_the_idle_lock_cannot_be_switched_off(ws, admin):
    with pytest.raises(ValidationError) as err:
        settings.set_value(ws, admin, "idle_lock_minutes", "0")
    assert "tidak dapat dimatikan" in err.value.message
    assert settings.get_int(ws, "idle_lock_minutes") == 15
    settings.set_value(ws, admin, "idle_lock_minutes", str(settings.IDLE_LOCK_MIN))
    assert settings.get_int(ws, "idle_lock_minutes") == 1
    # "0 = never", saved by an older version, no longer switches it off.
    with ws.write() as session:
        session.query(Setting).filter_by(key="idle_lock_minutes").update({"value": "0"})
    assert settings.get_int(ws, "idle_lock_minutes") == 15
