"""Accounts, lockout, permission checks and the hash-chained audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.services import audit, auth, settings
from ekinerja_desktop.services.errors import AuthError, PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import AuditEvent, User
from tests.helpers import ADMIN_PASSWORD, assert_locked_after
from tests.helpers.audit import audit_actions

pytestmark = pytest.mark.db


def test_login_ok_returns_actor_and_is_audited(ws):
    actor = auth.login(ws, "ADMIN", ADMIN_PASSWORD)  # usernames are case-insensitive
    assert actor.username == "admin"
    assert actor.has(Role.ADMIN_OPD)
    assert actor.is_admin
    assert audit_actions(ws)[-1] == "login.ok"


def test_wrong_password_message_and_audit(ws):
    with pytest.raises(AuthError) as info:
        auth.login(ws, "admin", "salah-sekali")
    assert info.value.message == "Nama pengguna atau kata sandi salah."
    assert "Caps Lock" in info.value.hint
    assert audit_actions(ws)[-1] == "login.failed"


def test_unknown_user_gets_the_same_message(ws):
    with pytest.raises(AuthError) as info:
        auth.login(ws, "siapa", "apa-saja-123")
    assert info.value.message == "Nama pengguna atau kata sandi salah."
    assert audit_actions(ws)[-1] == "login.unknown_user"


def test_five_failures_lock_for_fifteen_minutes(ws):
    locked = assert_locked_after(lambda: auth.login(ws, "admin", "salah"), 4)
    assert "15 menit" in locked.message
    # Even the right password is refused while locked.
    with pytest.raises(AuthError) as info:
        auth.login(ws, "admin", ADMIN_PASSWORD)
    assert info.value.code == "account_locked"
    assert "WITA" in info.value.message
    # After the lock expires the right password works again.
    with ws.write() as session:
        session.execute(update(User).values(locked_until=now_utc() - timedelta(seconds=1)))
    assert auth.login(ws, "admin", ADMIN_PASSWORD).username == "admin"
    actions = audit_actions(ws)
    assert actions.count("login.failed") == 5
    assert "login.refused_locked" in actions


def test_passwords_are_argon2id_hashes(ws):
    with ws.read() as session:
        stored = session.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_create_user_rules(ws):
    with ws.write() as session, pytest.raises(ValidationError, match="sudah dipakai"):
        auth.create_user_unchecked(
            session, username="Admin", password="cukup-panjang-1", roles={Role.PEGAWAI}
        )
    with ws.write() as session, pytest.raises(ValidationError, match="hanya angka"):
        auth.create_user_unchecked(
            session, username="budi", password="12345678", roles={Role.PEGAWAI}
        )
    with ws.write() as session, pytest.raises(ValidationError, match="Nama pengguna tidak valid"):
        auth.create_user_unchecked(
            session, username="a b", password="cukup-panjang-1", roles={Role.PEGAWAI}
        )


def test_change_password(ws, admin):
    with pytest.raises(AuthError, match="lama salah"):
        auth.change_password(ws, admin, "keliru", "baru-sekali-99")
    auth.change_password(ws, admin, ADMIN_PASSWORD, "baru-sekali-99")
    assert auth.login(ws, "admin", "baru-sekali-99").username == "admin"
    with pytest.raises(AuthError):
        auth.login(ws, "admin", ADMIN_PASSWORD)


def test_settings_need_admin_and_validate(ws, admin):
    with ws.write() as session:
        auth.create_user_unchecked(
            session, username="budi", password="cukup-panjang-1", roles={Role.PEGAWAI}
        )
    budi = auth.login(ws, "budi", "cukup-panjang-1")
    with pytest.raises(PermissionDeniedError):
        settings.set_value(ws, budi, "idle_lock_minutes", "5")
    with pytest.raises(ValidationError):
        settings.set_value(ws, admin, "idle_lock_minutes", "999")
    assert settings.get_int(ws, "idle_lock_minutes") == 15
    settings.set_value(ws, admin, "idle_lock_minutes", "5")
    assert settings.get_int(ws, "idle_lock_minutes") == 5
    assert audit_actions(ws)[-1] == "setting.change"


def test_audit_chain_verifies_and_detects_tampering(ws):
    for i in range(5):
        with pytest.raises(AuthError):
            auth.login(ws, f"nobody{i}", "x")
    report = audit.verify(ws)
    assert report.ok
    assert report.checked == 6  # workspace.init + five attempts
    with ws.write() as session:
        third = session.execute(
            select(AuditEvent).order_by(AuditEvent.seq).offset(2).limit(1)
        ).scalar_one()
        third.actor = "mallory"
        broken_seq = third.seq
    report = audit.verify(ws)
    assert not report.ok
    assert report.broken_at == broken_seq
    assert report.reason == "content"


def test_audit_chain_detects_deleted_event(ws):
    for i in range(3):
        with pytest.raises(AuthError):
            auth.login(ws, f"nobody{i}", "x")
    with ws.write() as session:
        second = session.execute(
            select(AuditEvent).order_by(AuditEvent.seq).offset(1).limit(1)
        ).scalar_one()
        session.delete(second)
    report = audit.verify(ws)
    assert not report.ok
    assert report.reason == "prev_hash"
