"""Local user accounts: argon2id passwords, lockout after failed logins, roles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc, to_wita
from ekinerja_desktop.services import audit
from ekinerja_desktop.services.errors import AuthError, PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import User

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{3,64}$")

# argon2id with the library's RFC 9106 "low memory" profile: strong, yet fast enough
# (~50 ms) on old office PCs.
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Actor:
    """The logged-in user as services see it (plain data, safe to pass between threads)."""

    user_id: str
    username: str
    display_name: str
    roles: frozenset[Role]
    employee_id: str | None

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)

    @property
    def is_admin(self) -> bool:
        return self.has(Role.ADMIN_OPD, Role.ADMIN_PUSAT)


SYSTEM_ACTOR = Actor("", "system", "Sistem", frozenset(Role), None)


def require(actor: Actor, *roles: Role) -> None:
    if not actor.has(*roles):
        names = ", ".join(r.label for r in roles)
        raise PermissionDeniedError(
            _("Anda tidak berwenang melakukan ini (perlu peran: {roles}).").format(roles=names),
            hint=_("Minta admin memberi peran yang sesuai pada akun Anda."),
        )


def check_username(username: str) -> None:
    if not _USERNAME_RE.match(username or ""):
        raise ValidationError(
            _("Nama pengguna tidak valid: {u!r}.").format(u=username),
            problems=[("username", _("3-64 karakter: huruf, angka, titik, garis bawah, strip."))],
            hint=_("Gunakan 3-64 karakter: huruf, angka, titik, garis bawah atau strip."),
        )


def check_password_strength(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            _("Kata sandi terlalu pendek (minimal {n} karakter).").format(n=MIN_PASSWORD_LENGTH),
            problems=[("password", _("Minimal {n} karakter.").format(n=MIN_PASSWORD_LENGTH))],
            hint=_("Pilih kata sandi yang lebih panjang."),
        )
    if password.isdigit():
        raise ValidationError(
            _("Kata sandi terlalu mudah ditebak (hanya angka)."),
            problems=[("password", _("Campurkan huruf dan angka."))],
            hint=_("Campurkan huruf dan angka."),
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _roles_text(roles: Iterable[Role]) -> str:
    return ",".join(sorted(Role(r).value for r in roles))


def _parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def actor_for(user: User) -> Actor:
    return Actor(
        user.id,
        user.username,
        user.display_name or user.username,
        _parse_roles(user.roles),
        user.employee_id,
    )


def create_user_unchecked(
    session: Session,
    *,
    username: str,
    password: str,
    roles: Iterable[Role],
    display_name: str = "",
    employee_id: str | None = None,
    must_change_password: bool = False,
) -> User:
    """Create an account without a permission check (workspace set-up and demo data)."""
    check_username(username)
    check_password_strength(password)
    exists = session.execute(
        select(func.count()).select_from(User).where(func.lower(User.username) == username.lower())
    ).scalar_one()
    if exists:
        raise ValidationError(
            _("Nama pengguna {u!r} sudah dipakai.").format(u=username),
            problems=[("username", _("Sudah dipakai."))],
            hint=_("Pilih nama pengguna lain."),
        )
    role_set = set(roles) or {Role.PEGAWAI}
    user = User(
        username=username,
        password_hash=hash_password(password),
        roles=_roles_text(role_set),
        display_name=display_name or username,
        employee_id=employee_id,
        must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    return user


def login(ws: Workspace, username: str, password: str) -> Actor:
    """Check a password. Every attempt is audited; 5 failures lock the account 15 minutes."""
    generic = AuthError(
        _("Nama pengguna atau kata sandi salah."),
        hint=_("Periksa ejaan dan tombol Caps Lock, lalu coba lagi."),
    )
    with ws.write(actor=username or "?") as session:
        user = session.execute(
            select(User).where(func.lower(User.username) == (username or "").strip().lower())
        ).scalar_one_or_none()
        now = now_utc()
        if user is None:
            _hasher.hash(password or "x")  # equalise timing with a real verification
            audit.record(
                session, node_id=ws.node.id, actor=username or "?", action="login.unknown_user"
            )
            error: AuthError | None = generic
        elif not user.active or user.admin_locked:
            audit.record(
                session,
                node_id=ws.node.id,
                actor=user.username,
                action="login.refused_locked",
                entity="app_user",
                entity_id=user.id,
            )
            error = AuthError(
                _("Akun {u} dikunci oleh admin.").format(u=user.username),
                hint=_("Hubungi admin OPD untuk membuka kunci akun."),
                code="account_locked",
            )
        elif user.locked_until is not None and user.locked_until > now:
            audit.record(
                session,
                node_id=ws.node.id,
                actor=user.username,
                action="login.refused_locked",
                entity="app_user",
                entity_id=user.id,
            )
            until = to_wita(user.locked_until).strftime("%H:%M")
            error = AuthError(
                _(
                    "Akun {u} terkunci karena terlalu banyak percobaan gagal, sampai pukul "
                    "{t} WITA."
                ).format(u=user.username, t=until),
                hint=_("Tunggu hingga waktu itu, atau minta admin membuka kunci akun."),
                code="account_locked",
            )
        else:
            try:
                _hasher.verify(user.password_hash, password or "")
                ok = True
            except (VerificationError, InvalidHashError):
                ok = False
            if ok:
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                audit.record(
                    session,
                    node_id=ws.node.id,
                    actor=user.username,
                    action="login.ok",
                    entity="app_user",
                    entity_id=user.id,
                )
                return actor_for(user)
            user.failed_attempts += 1
            detail = {"failed_attempts": user.failed_attempts}
            error = generic
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + LOCKOUT
                user.failed_attempts = 0
                detail["locked_minutes"] = int(LOCKOUT.total_seconds() // 60)
                error = AuthError(
                    _("Lima kali kata sandi salah: akun {u} dikunci selama 15 menit.").format(
                        u=user.username
                    ),
                    hint=_("Tunggu 15 menit, atau minta admin membuka kunci akun."),
                    code="account_locked",
                )
            audit.record(
                session,
                node_id=ws.node.id,
                actor=user.username,
                action="login.failed",
                entity="app_user",
                entity_id=user.id,
                detail=detail,
            )
    assert error is not None
    raise error


def change_password(ws: Workspace, actor: Actor, old_password: str, new_password: str) -> None:
    check_password_strength(new_password)
    with ws.write(actor=actor.username) as session:
        user = session.get(User, actor.user_id)
        if user is None:
            raise AuthError(_("Akun tidak ditemukan."))
        try:
            _hasher.verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError) as exc:
            raise AuthError(
                _("Kata sandi lama salah."), hint=_("Ketik ulang kata sandi lama Anda.")
            ) from exc
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        audit.record(
            session,
            node_id=ws.node.id,
            actor=actor.username,
            action="user.change_password",
            entity="app_user",
            entity_id=user.id,
        )


def user_count(ws: Workspace) -> int:
    with ws.read() as session:
        return int(session.execute(select(func.count()).select_from(User)).scalar_one())
