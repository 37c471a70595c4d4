"""Workspace settings with typed defaults (language, idle lock, place for signatures).

``write`` is the only writer of the setting table; feature services (log deadline, TPP
recap weights, evaluation period scheme, silent-node limit) validate their own values
and store them through it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.services import audit_trail
from ekinerja_desktop.services.auth import Actor, require
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import Setting

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    kind: type


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("idle_lock_minutes", "15", int),
        SettingSpec("signature_place", "Palu", str),
        SettingSpec("evidence_max_mb", "10", int),
        SettingSpec("backup_keep", "10", int),
        SettingSpec("backup_interval_hours", "24", int),
        SettingSpec("backup_dir", "", str),
        # Sync bundles larger than this are split into several files (e-mail attachments).
        SettingSpec("bundle_max_mb", "20", int),
    )
}


def _validate(key: str, value: str) -> str:
    if key not in SPECS:
        raise ValidationError(_("Pengaturan tidak dikenal: {k}.").format(k=key))
    value = value.strip()
    if SPECS[key].kind is int:
        try:
            number = int(value)
        except ValueError as exc:
            raise ValidationError(_("Nilai {k} harus bilangan bulat.").format(k=key)) from exc
        if key == "idle_lock_minutes" and not IDLE_LOCK_MIN <= number <= IDLE_LOCK_MAX:
            raise ValidationError(
                _("Kunci otomatis harus {a}-{b} menit; tidak dapat dimatikan.").format(
                    a=IDLE_LOCK_MIN, b=IDLE_LOCK_MAX
                ),
                problems=[
                    (
                        "idle_lock_minutes",
                        _("{a}-{b} menit.").format(a=IDLE_LOCK_MIN, b=IDLE_LOCK_MAX),
                    )
                ],
            )
        if key == "evidence_max_mb" and not 1 <= number <= 500:
            raise ValidationError(_("Batas ukuran bukti dukung harus 1-500 MB."))
        if key == "bundle_max_mb" and not 1 <= number <= 2000:
            raise ValidationError(
                _("Batas ukuran bundel sinkronisasi harus 1-2000 MB."),
                problems=[("bundle_max_mb", _("1-2000 MB."))],
            )
        if key == "backup_keep" and not 1 <= number <= 1000:
            raise ValidationError(
                _("Jumlah cadangan yang disimpan harus 1-1000."),
                problems=[("backup_keep", _("1-1000."))],
            )
        if key == "backup_interval_hours" and not 0 <= number <= 24 * 30:
            raise ValidationError(
                _("Jarak cadangan otomatis harus 0-720 jam (0 = tidak otomatis)."),
                problems=[("backup_interval_hours", _("0-720 jam."))],
            )
    return value


def get_all(ws: Workspace) -> dict[str, str]:
    values = {key: spec.default for key, spec in SPECS.items()}
    with ws.read() as session:
        for row in session.execute(select(Setting)).scalars():
            if row.key in values:
                values[row.key] = row.value
    return values


def get(ws: Workspace, key: str) -> str:
    return get_all(ws)[key]


def signature_place(ws: Workspace) -> str:
    """The place printed above signatures ("Palu, 7 Desember 2026")."""
    return get(ws, "signature_place") or "Palu"


def get_int(ws: Workspace, key: str) -> int:
    number = int(get(ws, key))
    if key == "idle_lock_minutes" and not IDLE_LOCK_MIN <= number <= IDLE_LOCK_MAX:
        # "0 = never" saved by an older version: the default applies now.
        return int(SPECS[key].default)
    return number


# The idle lock (minutes) cannot be switched off.
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 240

# Settings any user may change; the rest is workspace administration.
PERSONAL_KEYS: frozenset[str] = frozenset()


def set_value(ws: Workspace, actor: Actor, key: str, value: str) -> None:
    if key not in PERSONAL_KEYS:
        require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    write(ws, actor, key, _validate(key, value), SPECS[key].default)


def write(ws: Workspace, actor: Actor, key: str, value: str, default: str) -> None:
    """Store one workspace setting and audit the change: the one writer of the setting
    table (``default``: the value before the setting was ever saved). Callers check the
    permission and validate the value first."""
    with ws.write(actor=actor.username) as session:
        row = session.get(Setting, key)
        before = row.value if row else default
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit_trail.record_action(
            session,
            ws,
            actor,
            action="setting.change",
            entity="setting",
            entity_id=key,
            detail={"before": before, "after": value},
        )
