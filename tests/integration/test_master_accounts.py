"""Accounts: create, reset password, lock/unlock, roles and the admin OPD limits."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ekinerja_desktop.services import auth, master
from ekinerja_desktop.services.auth import SYSTEM_ACTOR
from ekinerja_desktop.services.errors import AuthError, PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import User
from tests.helpers import ADMIN_PASSWORD
from tests.helpers.audit import audit_actions
from tests.helpers.master import actor_for, make_employee, make_employees, make_org

pytestmark = pytest.mark.db


def test_create_account_requires_password_change(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi", org.a.id, back_title="S.E.")
    row = master.create_account(
        ws, admin, username="andi", password="sandi-awal-1", roles=["pegawai"], employee_id=emp.id
    )
    assert row.roles == ("pegawai",)
    assert (row.employee_nip, row.display_name) == (emp.data.nip, "Andi, S.E.")
    assert not row.locked
    with ws.read() as session:
        user = session.execute(select(User).where(User.username == "andi")).scalar_one()
        assert user.must_change_password
    assert "user.create" in audit_actions(ws)
    actor = auth.login(ws, "andi", "sandi-awal-1")
    assert actor.employee_id == emp.id
    listed = {a.username: a for a in master.list_accounts(ws, admin)}
    assert set(listed) == {"admin", "andi"}
    assert listed["andi"].last_login_at
    # One account per employee; usernames unique; roles validated.
    for username, roles, employee_id in (
        ("andi2", [], emp.id),
        ("ANDI", [], None),
        ("x123", ["raja"], None),
    ):
        with pytest.raises(ValidationError):
            master.create_account(
                ws,
                admin,
                username=username,
                password="sandi-awal-1",
                roles=roles,
                employee_id=employee_id,
            )


def test_reset_password(ws, admin):
    master.create_account(
        ws, admin, username="budi", password="sandi-lama-1", roles=["pegawai"], employee_id=None
    )
    budi = next(a for a in master.list_accounts(ws, admin) if a.username == "budi")
    with pytest.raises(ValidationError):
        master.reset_password(ws, admin, budi.id, "pendek")
    master.reset_password(ws, admin, budi.id, "sandi-baru-1")
    with pytest.raises(AuthError):
        auth.login(ws, "budi", "sandi-lama-1")
    assert auth.login(ws, "budi", "sandi-baru-1").username == "budi"
    assert "user.reset_password" in audit_actions(ws)


def test_lock_unlock_and_lockout(ws, admin):
    master.create_account(
        ws, admin, username="citra", password="sandi-citra-1", roles=["pegawai"], employee_id=None
    )
    citra = next(a for a in master.list_accounts(ws, admin) if a.username == "citra")
    master.set_account_locked(ws, admin, citra.id, True)
    assert next(a for a in master.list_accounts(ws, admin) if a.id == citra.id).locked
    with pytest.raises(AuthError) as info:
        auth.login(ws, "citra", "sandi-citra-1")
    assert info.value.code == "account_locked"
    master.set_account_locked(ws, admin, citra.id, False)
    assert auth.login(ws, "citra", "sandi-citra-1").username == "citra"
    # Unlock also clears a failed-login lockout.
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthError):
            auth.login(ws, "citra", "salah-terus")
    assert next(a for a in master.list_accounts(ws, admin) if a.id == citra.id).locked
    master.set_account_locked(ws, admin, citra.id, False)
    assert auth.login(ws, "citra", "sandi-citra-1").username == "citra"
    with pytest.raises(ValidationError):
        master.set_account_locked(ws, admin, admin.user_id, True)
    assert audit_actions(ws).count("user.unlock") == 2


def test_admin_opd_limits(ws, admin):
    org = make_org(ws, admin)
    in_a, staf_a, guru = make_employees(
        ws, admin, ("Admin Dinkes", org.a.id), ("Staf Dinkes", org.a_seksi.id), ("Guru", org.b.id)
    )
    admin_a = actor_for(ws, admin, "admindinkes", ["admin_opd"], in_a.id)
    with pytest.raises(PermissionDeniedError):
        master.create_account(
            ws,
            admin_a,
            username="bos",
            password="sandi-bos-12",
            roles=["admin_pusat"],
            employee_id=staf_a.id,
        )
    staf = master.create_account(
        ws,
        admin_a,
        username="stafdinkes",
        password="sandi-staf-1",
        roles=["pegawai"],
        employee_id=staf_a.id,
    )
    with pytest.raises(PermissionDeniedError):
        master.set_roles(ws, admin_a, staf.id, ["pegawai", "admin_pusat"])
    master.set_roles(ws, admin_a, staf.id, ["pegawai", "atasan"])
    with pytest.raises(PermissionDeniedError):
        master.create_account(
            ws, admin_a, username="guru", password="sandi-guru-1", roles=[], employee_id=guru.id
        )
    with pytest.raises(ValidationError):
        master.create_account(
            ws, admin_a, username="lepas", password="sandi-lepas-1", roles=[], employee_id=None
        )
    guru_acc = master.create_account(
        ws, admin, username="guru", password="sandi-guru-1", roles=[], employee_id=guru.id
    )
    for call in (
        lambda: master.reset_password(ws, admin_a, guru_acc.id, "sandi-baru-1"),
        lambda: master.set_account_locked(ws, admin_a, guru_acc.id, True),
        lambda: master.set_roles(ws, admin_a, guru_acc.id, ["pegawai"]),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
    visible = {a.username for a in master.list_accounts(ws, admin_a)}
    assert visible == {"admindinkes", "stafdinkes"}
    with pytest.raises(ValidationError):
        master.set_roles(ws, admin_a, admin_a.user_id, ["pegawai"])
    # Admin pusat accounts are out of reach for an admin OPD.
    pusat = actor_for(ws, SYSTEM_ACTOR, "pusat", ["admin_pusat"], None)
    with pytest.raises(PermissionDeniedError):
        master.reset_password(ws, admin, pusat.user_id, "sandi-baru-1")
    master.set_roles(ws, pusat, staf.id, ["admin_pusat"])


def test_pegawai_cannot_manage_accounts(ws, admin):
    org = make_org(ws, admin)
    emp = make_employee(ws, admin, 1, "Andi", org.a.id)
    pegawai = actor_for(ws, admin, "andi", ["pegawai"], emp.id)
    with pytest.raises(PermissionDeniedError):
        master.list_accounts(ws, pegawai)
    with pytest.raises(PermissionDeniedError):
        master.reset_password(ws, pegawai, admin.user_id, "sandi-baru-1")
    with pytest.raises(PermissionDeniedError):
        master.create_account(
            ws, pegawai, username="x12", password="sandi-x-123", roles=[], employee_id=None
        )


def test_default_admin_actor(ws, admin):
    actor = master.default_admin_actor(ws)
    assert actor.username == "admin"
    assert actor.is_admin
    assert auth.login(ws, "admin", ADMIN_PASSWORD).user_id == actor.user_id
