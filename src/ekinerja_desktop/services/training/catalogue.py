"""Competency development: the catalogue of activity kinds (JP suggestion rules)."""

from __future__ import annotations

from decimal import InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import (
    DEFAULT_JP_CATALOGUE,
    DevRoute,
    JpMode,
    JpRule,
)
from ekinerja_desktop.domain.parsing import norm_key
from ekinerja_desktop.domain.roles import NodeRole, Role
from ekinerja_desktop.services import audit
from ekinerja_desktop.services.auth import require
from ekinerja_desktop.services.errors import (
    PermissionDeniedError,
    ValidationError,
    check_problems,
    live_row,
)
from ekinerja_desktop.services.training.common import (
    KindInput,
    KindRow,
    clean_text,
    dec_text,
    opt_dec,
)
from ekinerja_desktop.store.models import (
    TrainingKind,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


# --- catalogue -------------------------------------------------------------------------
def _seed_catalogue(session: Session) -> None:
    have = session.execute(select(func.count()).select_from(TrainingKind)).scalar_one()
    if have:
        return
    for rule in DEFAULT_JP_CATALOGUE:
        session.add(
            TrainingKind(
                code=rule.kind,
                label=rule.label,
                route=rule.route.value,
                mode=rule.mode.value,
                minutes_per_jp=rule.minutes_per_jp,
                fixed_jp=dec_text(rule.fixed_jp),
                max_jp=dec_text(rule.max_jp),
                active=True,
            )
        )
    session.flush()


def ensure_catalogue(ws: Workspace) -> None:
    """Seed the catalogue from the domain defaults when it is empty (first use)."""
    with ws.read() as session:
        have = session.execute(select(func.count()).select_from(TrainingKind)).scalar_one()
    if have:
        return
    with ws.write(actor="system") as session:
        _seed_catalogue(session)


def kind_row(k: TrainingKind) -> KindRow:
    route = DevRoute.parse(k.route)
    return record_from(
        KindRow,
        k,
        route=route.value,
        route_label=route.label,
        fixed_jp=opt_dec(k.fixed_jp),
        max_jp=opt_dec(k.max_jp),
    )


def kinds_by_code(session: Session) -> dict[str, TrainingKind]:
    return {
        norm_key(k.code): k
        for k in session.execute(
            select(TrainingKind).where(TrainingKind.deleted.is_(False))
        ).scalars()
    }


def list_kinds_in(session: Session) -> list[KindRow]:
    """The catalogue inside an open session (demo generator, other services)."""
    return [kind_row(k) for k in kinds_by_code(session).values()]


def list_kinds(ws: Workspace, *, include_inactive: bool = False) -> list[KindRow]:
    """The catalogue (readable by everyone), ordered by route then label."""
    ensure_catalogue(ws)
    with ws.read() as session:
        rows = [kind_row(k) for k in kinds_by_code(session).values()]
    order = {r.value: i for i, r in enumerate(DevRoute)}
    rows = [r for r in rows if include_inactive or r.active]
    return sorted(rows, key=lambda r: (order.get(r.route, 9), r.label.casefold()))


def _require_catalogue_admin(ws: Workspace, actor: Actor) -> None:
    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    if actor.has(Role.ADMIN_PUSAT) or ws.node.role is not NodeRole.CENTRAL:
        return
    raise PermissionDeniedError(
        _("Katalog jenis kegiatan dan aturan JP di kantor pusat hanya diubah oleh admin pusat."),
        hint=_("Minta admin pusat (BKPSDM) untuk mengubahnya."),
    )


def save_kind(ws: Workspace, actor: Actor, data: KindInput, kind_id: str | None = None) -> KindRow:
    """Create or change a catalogue entry (its code is fixed once created)."""
    _require_catalogue_admin(ws, actor)
    ensure_catalogue(ws)
    problems: list[tuple[str, str]] = []
    code = "".join(
        ch for ch in data.code.strip().lower().replace(" ", "_") if ch.isalnum() or ch == "_"
    )
    label = clean_text(data.label)
    if not code or len(code) > 32:
        problems.append(("code", _("Kode wajib diisi, 1-32 huruf/angka/garis bawah.")))
    if not label:
        problems.append(("label", _("Nama jenis kegiatan wajib diisi.")))
    try:
        route = DevRoute.parse(data.route)
    except ValueError as exc:
        problems.append(("route", str(exc)))
        route = DevRoute.PELATIHAN_KLASIKAL
    try:
        mode = JpMode(data.mode)
    except ValueError:
        problems.append(("mode", _("Cara penghitungan JP harus per jam atau tetap.")))
        mode = JpMode.PER_HOUR
    fixed = max_jp = None
    try:
        fixed = opt_dec(data.fixed_jp.replace(",", "."))
        max_jp = opt_dec(data.max_jp.replace(",", "."))
    except InvalidOperation:
        problems.append(("fixed_jp", _("JP tetap dan batas JP harus angka.")))
    try:
        JpRule(code or "x", label or "x", route, mode, data.minutes_per_jp, fixed, max_jp)
    except ValueError as exc:
        problems.append(("mode", str(exc)))
    check_problems(
        problems,
        _("Jenis kegiatan belum dapat disimpan: {p}"),
        _("Perbaiki isian yang ditandai lalu simpan lagi."),
    )
    with ws.write(actor=actor.username) as session:
        kinds = kinds_by_code(session)
        if kind_id is None:
            if norm_key(code) in kinds:
                raise ValidationError(
                    _("Kode jenis kegiatan {c} sudah ada di katalog.").format(c=code),
                    problems=[("code", _("Sudah dipakai."))],
                    hint=_("Pilih kode lain, atau ubah jenis kegiatan yang sudah ada."),
                )
            kind = TrainingKind(code=code)
            session.add(kind)
            before: dict[str, object] = {}
        else:
            missing = _("Jenis kegiatan tidak ditemukan.")
            kind = live_row(session, TrainingKind, kind_id, missing, _("Muat ulang katalog."))
            before = {
                "label": kind.label,
                "route": kind.route,
                "mode": kind.mode,
                "minutes_per_jp": kind.minutes_per_jp,
                "fixed_jp": kind.fixed_jp,
                "max_jp": kind.max_jp,
                "active": kind.active,
            }
        kind.label = label
        kind.route = route.value
        kind.mode = mode.value
        kind.minutes_per_jp = data.minutes_per_jp
        kind.fixed_jp = dec_text(fixed)
        kind.max_jp = dec_text(max_jp)
        kind.active = data.active
        session.flush()
        detail = {
            "code": kind.code,
            "before": before,
            "after": {
                "label": label,
                "route": route.value,
                "mode": mode.value,
                "minutes_per_jp": data.minutes_per_jp,
                "fixed_jp": kind.fixed_jp,
                "max_jp": kind.max_jp,
                "active": data.active,
            },
        }
        audit.record_row(session, ws, actor, "training_kind.save", kind, detail)
        return kind_row(kind)
