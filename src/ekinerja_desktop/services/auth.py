"""Local user accounts: argon2id passwords, lockout after failed logins, roles."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc, to_wita
from ekinerja_desktop.services import audit_trail, keyslots
from ekinerja_desktop.services.errors import AuthError, PermissionDeniedError, ValidationError
from ekinerja_desktop.services.keyslots import LOCKOUT, MAX_FAILED_ATTEMPTS
from ekinerja_desktop.store.models import User

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace

__all__ = ["LOCKOUT", "MAX_FAILED_ATTEMPTS"]  # re-exported: the rule lives in keyslots

MIN_PASSWORD_LENGTH = 8
# Administrators, and every account of an encrypted workspace (whose key slot can be
# attacked offline), need a longer passphrase.
STRONG_PASSWORD_LENGTH = 12
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


def needs_strong_password(ws: Workspace, roles: Iterable[Role | str] = ()) -> bool:
    """Admins and every account of an encrypted workspace need the longer minimum."""
    admin = {Role.ADMIN_OPD.value, Role.ADMIN_PUSAT.value}
    return ws.key is not None or any(getattr(r, "value", r) in admin for r in roles)


def check_password_strength(
    password: str, *, username: str = "", agency: str = "", strong: bool = False
) -> None:
    """Refuse short, digit-only and guessable passwords; ``strong``: an administrator
    or an encrypted workspace, at least ``STRONG_PASSWORD_LENGTH`` characters."""
    if strong and len(password or "") < STRONG_PASSWORD_LENGTH:
        raise ValidationError(
            _(
                "Kata sandi terlalu pendek: akun admin dan ruang kerja terenkripsi perlu "
                "minimal {n} karakter."
            ).format(n=STRONG_PASSWORD_LENGTH),
            problems=[
                (
                    "password",
                    _("Kata sandi minimal {n} karakter.").format(n=STRONG_PASSWORD_LENGTH),
                )
            ],
            hint=_("Pakai beberapa kata yang mudah Anda ingat, mis. 'sawah-hijau-pagi-7'."),
        )
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            _("Kata sandi terlalu pendek (minimal {n} karakter).").format(n=MIN_PASSWORD_LENGTH),
            problems=[
                ("password", _("Kata sandi minimal {n} karakter.").format(n=MIN_PASSWORD_LENGTH))
            ],
            hint=_("Pilih kata sandi yang lebih panjang."),
        )
    if password.isdigit():
        raise ValidationError(
            _("Kata sandi terlalu mudah ditebak (hanya angka)."),
            problems=[("password", _("Campurkan huruf dan angka."))],
            hint=_("Campurkan huruf dan angka."),
        )
    from ekinerja_desktop.domain.passwords import guessable_reason

    reason = guessable_reason(password, username=username, agency=agency)
    if reason is not None:
        what = {
            "common": _("kata sandi umum yang dicoba pertama kali oleh penebak"),
            "agency": _("dibentuk dari nama instansi, kota atau aplikasi"),
            "username": _("dibentuk dari nama pengguna"),
        }[reason]
        raise ValidationError(
            _("Kata sandi terlalu mudah ditebak ({w}).").format(w=what),
            problems=[("password", _("Pilih kata sandi lain."))],
            hint=_(
                "Gunakan beberapa kata yang tidak berhubungan, mis. 'kopi-hujan-meja-7'; "
                "angka atau tanda baca di ujung kata umum tidak cukup."
            ),
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
    check_password_strength(password, username=username)
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
    """Check a password. Every attempt is audited; 5 failures lock the account 15 minutes.

    On an encrypted workspace a successful login also keeps the user's key slot in
    order (a pending slot becomes a normal one; leftovers of an interrupted password
    change go)."""
    generic = keyslots.wrong_credentials()
    actor: Actor | None = None
    with ws.write(actor=username or "?") as session:
        user = session.execute(
            select(User).where(func.lower(User.username) == (username or "").strip().lower())
        ).scalar_one_or_none()
        now = now_utc()
        if user is None:
            _hasher.hash(password or "x")  # equalise timing with a real verification
            audit_trail.record(
                session, node_id=ws.node.id, actor=username or "?", action="login.unknown_user"
            )
            error: AuthError | None = generic
        elif not user.active or user.admin_locked:
            _refused_locked(session, ws, user)
            error = AuthError(
                _("Akun {u} dikunci oleh admin.").format(u=user.username),
                hint=_("Hubungi admin OPD untuk membuka kunci akun."),
                code="account_locked",
            )
        elif user.locked_until is not None and user.locked_until > now:
            _refused_locked(session, ws, user)
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
                audit_trail.record_row(session, ws, user, "login.ok", user)
                actor = actor_for(user)
                error = None
            else:
                error = _failed_login(ws, session, user, now, generic)
    if actor is not None:
        _settle_after_login(ws, actor, password)
        return actor
    assert error is not None
    raise error


def _refused_locked(session: Session, ws: Workspace, user: User) -> None:
    audit_trail.record_row(session, ws, user, "login.refused_locked", user)


def _failed_login(
    ws: Workspace, session: Session, user: User, now: datetime, generic: AuthError
) -> AuthError:
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
    audit_trail.record_row(session, ws, user, "login.failed", user, detail)
    return error


# --- key slots of an encrypted workspace -------------------------------------------------
def _settle_after_login(ws: Workspace, actor: Actor, password: str) -> None:
    if ws.key is None:
        return
    with keyslots.edit(ws.data_dir) as keys:
        mine = keys.user_slots(actor.user_id)
        if len(mine) == 1 and mine[0].get("kdf", {}).get("alg") == keyslots.KDF_ARGON2ID:
            return
        slot_id = keys.add_user(ws.key, actor.user_id, actor.username, password)
        keys.keep_only(actor.user_id, slot_id)


def stage_key_slot(ws: Workspace, user_id: str, username: str, password: str) -> str | None:
    """Give the account a slot for ``password`` (encrypted workspaces; call inside the
    transaction that sets the password, so a failed write rolls the change back). The
    older slots stay until ``settle_key_slot`` after the commit: a crash in between
    leaves the account able to open with either password."""
    if ws.key is None:
        return None
    with keyslots.edit(ws.data_dir) as keys:
        return keys.add_user(ws.key, user_id, username, password)


def settle_key_slot(ws: Workspace, user_id: str, slot_id: str | None, username: str = "") -> None:
    """After the commit: keep only the staged slot, and end a lockout of ``username``
    counted before the database was unlocked (an admin reset or unlock clears both)."""
    if ws.key is None:
        return
    if slot_id is not None:
        with keyslots.edit(ws.data_dir) as keys:
            keys.keep_only(user_id, slot_id)
    if username:
        keyslots.clear_lockout(ws.data_dir, username)


def drop_key_slot(ws: Workspace, user_id: str) -> None:
    """A locked or removed account can no longer open the encrypted workspace (its
    slot goes; ``master.set_account_locked`` then re-keys, see ``rekey``)."""
    if ws.key is None:
        return
    with keyslots.edit(ws.data_dir) as keys:
        keys.remove_user(user_id)


def require_key_slot(ws: Workspace, user_id: str, username: str) -> None:
    """An account unlocked on an encrypted workspace must be able to open it: locking
    destroyed its slot, so a new password (which makes a new slot) must come first."""
    if ws.key is None or keyslots.KeySlots.load(ws.data_dir).user_slots(user_id):
        return
    raise ValidationError(
        _("Akun {u} tidak lagi memiliki kunci untuk membuka ruang kerja terenkripsi ini.").format(
            u=username
        ),
        hint=_("Atur ulang kata sandinya dulu (itu membuat kunci baru), lalu buka kuncinya."),
    )


def change_password(ws: Workspace, actor: Actor, old_password: str, new_password: str) -> None:
    check_password_strength(
        new_password,
        username=actor.username,
        agency=ws.node.agency,
        strong=needs_strong_password(ws, actor.roles),
    )
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
        audit_trail.record_row(session, ws, actor, "user.change_password", user)
        # Only this account's slot is rewrapped; the data itself is not re-encrypted.
        slot_id = stage_key_slot(ws, user.id, user.username, new_password)
    settle_key_slot(ws, actor.user_id, slot_id)


def confirm_password(ws: Workspace, actor: Actor, password: str) -> None:
    """Re-check the logged-in user's password before a sensitive step."""
    with ws.read() as session:
        user = session.get(User, actor.user_id)
        password_hash = user.password_hash if user is not None else ""
    try:
        ok = bool(password_hash) and _hasher.verify(password_hash, password or "")
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        raise AuthError(
            _("Kata sandi Anda salah."),
            hint=_("Ketik kata sandi akun yang sedang masuk untuk mengonfirmasi."),
        )


def user_count(ws: Workspace) -> int:
    with ws.read() as session:
        return int(session.execute(select(func.count()).select_from(User)).scalar_one())
