"""Master data: user accounts - list, create, reset password, lock, roles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc, to_wita
from ekinerja_desktop.services import audit, auth, organisation
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkspaceError,
)
from ekinerja_desktop.services.master.scope import (
    deny_outside,
)
from ekinerja_desktop.services.organisation import (
    AdminScope,
    load_tree,
    scope_in,
)
from ekinerja_desktop.store.models import Employee, User

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


# --- accounts --------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountRow:
    id: str
    username: str
    display_name: str
    roles: tuple[str, ...]
    employee_id: str | None
    employee_nip: str
    active: bool
    locked: bool  # admin lock or temporary lockout
    last_login_at: str


def _roles_of(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def _parse_roles(roles: Sequence[str]) -> set[Role]:
    out: set[Role] = set()
    for role in roles:
        try:
            out.add(Role(str(role).strip().lower()))
        except ValueError:
            valid = ", ".join(r.value for r in Role)
            raise ValidationError(
                _("Peran tidak dikenal: {r!r}.").format(r=role),
                problems=[("roles", _("Peran yang valid: {v}.").format(v=valid))],
                hint=_("Peran yang valid: {v}.").format(v=valid),
            ) from None
    return out or {Role.PEGAWAI}


def _account_row(user: User, nip: str | None) -> AccountRow:
    now = now_utc()
    temporarily = user.locked_until is not None and user.locked_until > now
    last = to_wita(user.last_login_at).strftime("%Y-%m-%d %H:%M") if user.last_login_at else ""
    return record_from(
        AccountRow,
        user,
        roles=tuple(sorted(r.value for r in _roles_of(user.roles))),
        employee_nip=nip or "",
        locked=user.admin_locked or temporarily or not user.active,
        last_login_at=last,
    )


def _account_in_scope(session: Session, scope: AdminScope, user: User) -> bool:
    if scope.all_units:
        return True
    if user.employee_id is None:
        return False
    unit_id = session.execute(
        select(Employee.unit_id).where(Employee.id == user.employee_id)
    ).scalar_one_or_none()
    return scope.covers(unit_id)


def _managed_user(
    session: Session, ws: Workspace, actor: Actor, user_id: str
) -> tuple[User, AdminScope]:
    scope = scope_in(session, ws, actor, load_tree(session))
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(_("Akun tidak ditemukan."), hint=_("Muat ulang daftar akun."))
    if not _account_in_scope(session, scope, user):
        raise deny_outside(scope, _("Akun {u}").format(u=user.username))
    if Role.ADMIN_PUSAT in _roles_of(user.roles) and not actor.has(Role.ADMIN_PUSAT):
        raise PermissionDeniedError(
            _("Akun admin pusat {u} hanya dapat diubah oleh admin pusat.").format(u=user.username),
            hint=_("Minta admin pusat (BKPSDM) untuk mengubahnya."),
        )
    return user, scope


def _refuse_admin_pusat_grant(actor: Actor, roles: set[Role]) -> None:
    if Role.ADMIN_PUSAT in roles and not actor.has(Role.ADMIN_PUSAT):
        raise PermissionDeniedError(
            _("Hanya admin pusat yang dapat memberikan peran Admin Pusat."),
            hint=_("Pilih peran lain, atau minta admin pusat (BKPSDM)."),
        )


def list_accounts(ws: Workspace, actor: Actor) -> list[AccountRow]:
    """Accounts the admin manages (an admin OPD sees the accounts of its OPD)."""
    with ws.read() as session:
        scope = scope_in(session, ws, actor, load_tree(session))
        stmt = (
            select(User, Employee.nip, Employee.unit_id)
            .outerjoin(Employee, Employee.id == User.employee_id)
            .order_by(func.lower(User.username))
        )
        rows = session.execute(stmt).all()
        return [
            _account_row(user, nip)
            for user, nip, unit_id in rows
            if scope.all_units or user.id == actor.user_id or scope.covers(unit_id)
        ]


def create_account(
    ws: Workspace,
    actor: Actor,
    *,
    username: str,
    password: str,
    roles: Sequence[str],
    employee_id: str | None,
    display_name: str = "",
) -> AccountRow:
    """Admin only; admin OPD cannot grant admin_pusat; the new user must change the
    password at first login."""
    role_set = _parse_roles(roles)
    _refuse_admin_pusat_grant(actor, role_set)
    with ws.write(actor=actor.username) as session:
        scope = scope_in(session, ws, actor, load_tree(session))
        nip = ""
        if employee_id is not None:
            emp = organisation.require_employee(session, employee_id)
            if not scope.covers(emp.unit_id):
                raise deny_outside(scope, _("Pegawai {n}").format(n=emp.name))
            taken = session.execute(
                select(User.username).where(User.employee_id == employee_id)
            ).scalar_one_or_none()
            if taken is not None:
                raise ValidationError(
                    _("{n} sudah memiliki akun {u}.").format(n=emp.name, u=taken),
                    problems=[("employee_id", _("Sudah memiliki akun."))],
                    hint=_("Gunakan akun itu; atur ulang kata sandinya bila lupa."),
                )
            nip = emp.nip
            display_name = display_name or organisation.display_name(emp)
        elif not scope.all_units:
            raise ValidationError(
                _("Akun baru harus ditautkan ke data pegawai di OPD Anda."),
                problems=[("employee_id", _("Pilih pegawai."))],
                hint=_("Pilih pegawai pemilik akun."),
            )
        auth.check_password_strength(  # after the permission checks
            password,
            username=username.strip(),
            agency=ws.node.agency,
            strong=auth.needs_strong_password(ws, role_set),
        )
        user = auth.create_user_unchecked(
            session,
            username=username.strip(),
            password=password,
            roles=role_set,
            display_name=display_name.strip(),
            employee_id=employee_id,
            must_change_password=True,
        )
        auth.stage_key_slot(ws, user.id, user.username, password)  # encrypted workspace
        detail = {
            "username": user.username,
            "roles": sorted(r.value for r in role_set),
            "employee": nip,
        }
        audit.record_row(session, ws, actor, "user.create", user, detail)
        return _account_row(user, nip)


def reset_password(ws: Workspace, actor: Actor, user_id: str, new_password: str) -> None:
    """Set a new password (the user must change it at next login); clears a lockout."""
    auth.check_password_strength(new_password, agency=ws.node.agency)
    with ws.write(actor=actor.username) as session:
        user, _scope = _managed_user(session, ws, actor, user_id)
        auth.check_password_strength(
            new_password,
            username=user.username,
            agency=ws.node.agency,
            strong=auth.needs_strong_password(ws, auth.actor_for(user).roles),
        )
        user.password_hash = auth.hash_password(new_password)
        user.must_change_password = user.id != actor.user_id
        user.failed_attempts = 0
        user.locked_until = None
        audit.record_row(
            session, ws, actor, "user.reset_password", user, {"username": user.username}
        )
        slot = auth.stage_key_slot(ws, user.id, user.username, new_password)
    auth.settle_key_slot(ws, user_id, slot, user.username)


def set_account_locked(ws: Workspace, actor: Actor, user_id: str, locked: bool) -> None:
    """Lock/unlock by an admin (unlock also clears a failed-login lockout). Refuses to
    lock oneself."""
    if locked and user_id == actor.user_id:
        raise ValidationError(
            _("Anda tidak dapat mengunci akun Anda sendiri."),
            hint=_("Minta admin lain bila akun ini memang harus dikunci."),
        )
    with ws.write(actor=actor.username) as session:
        user, _scope = _managed_user(session, ws, actor, user_id)
        if not locked:
            auth.require_key_slot(ws, user.id, user.username)  # encrypted workspace
        user.admin_locked = locked
        if not locked:
            user.failed_attempts = 0
            user.locked_until = None
        detail = {"username": user.username}
        audit.record_row(session, ws, actor, "user.lock" if locked else "user.unlock", user, detail)
    if locked and ws.key is not None:
        # The slot goes AND the workspace gets a new data key: an old copy of the slot
        # file plus that password opens nothing current.
        from ekinerja_desktop.services import rekey

        rekey.rekey(ws, drop_user=user_id)
    elif not locked:
        auth.settle_key_slot(ws, user_id, None, user.username)


def set_roles(ws: Workspace, actor: Actor, user_id: str, roles: Sequence[str]) -> None:
    """Replace an account's roles; admin OPD cannot grant admin_pusat, and nobody can
    take the admin role away from their own account."""
    role_set = _parse_roles(roles)
    _refuse_admin_pusat_grant(actor, role_set)
    with ws.write(actor=actor.username) as session:
        user, _scope = _managed_user(session, ws, actor, user_id)
        before = _roles_of(user.roles)
        admin_roles = {Role.ADMIN_OPD, Role.ADMIN_PUSAT}
        if user.id == actor.user_id and (before & admin_roles) - role_set:
            raise ValidationError(
                _("Anda tidak dapat mencabut peran admin dari akun Anda sendiri."),
                hint=_("Minta admin lain untuk mengubah peran akun ini."),
            )
        if before == role_set:
            return
        user.roles = ",".join(sorted(r.value for r in role_set))
        detail = {
            "username": user.username,
            "before": sorted(r.value for r in before),
            "after": sorted(r.value for r in role_set),
        }
        audit.record_row(session, ws, actor, "user.set_roles", user, detail)


def default_admin_actor(ws: Workspace) -> Actor:
    """The workspace's first (oldest) usable admin account, for headless commands."""
    with ws.read() as session:
        users = (
            session.execute(
                select(User)
                .where(User.active.is_(True), User.admin_locked.is_(False))
                .order_by(User.created_at, User.username)
            )
            .scalars()
            .all()
        )
        for user in users:
            if _roles_of(user.roles) & {Role.ADMIN_OPD, Role.ADMIN_PUSAT}:
                return auth.actor_for(user)
    raise WorkspaceError(
        _("Ruang kerja ini tidak memiliki akun admin yang aktif."),
        hint=_("Jalankan perintah dengan --as NAMA_PENGGUNA milik admin."),
        code="no_admin",
    )
