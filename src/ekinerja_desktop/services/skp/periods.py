"""SKP use cases per employee and year: reading one's SKP, creating it, a new SKP period
after a mutasi/promosi, and finding an SKP."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import skp_period
from ekinerja_desktop.domain.skp import PeriodReason, SkpApproach, SkpStatus
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.access import admin_covers
from ekinerja_desktop.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from ekinerja_desktop.services.skp.access import access_of, deny_read, readable
from ekinerja_desktop.services.skp.common import (
    SkpDetail,
    SkpSummary,
    audit_skp,
    check_year,
    clean_text,
    my_employee,
)
from ekinerja_desktop.services.skp.content import approved_rhk_of, copy_skp_content
from ekinerja_desktop.services.skp.parts import (
    current_approved,
    effective_period,
    latest_skp_revision,
    parts_of,
    skp_reference,
)
from ekinerja_desktop.services.skp.people import refresh_people
from ekinerja_desktop.services.skp.reading import build_detail, rhk_rows, summaries_of
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import Skp, SkpRhk

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def get_my_skp(ws: Workspace, actor: Actor, year: int, part: int | None = None) -> SkpDetail | None:
    """The latest revision of the logged-in employee's SKP for ``year``: of SKP period
    ``part``, by default the period in force today (the last one of a past year)."""
    if actor.employee_id is None:
        return None
    with ws.read() as session:
        skp = latest_skp_revision(session, actor.employee_id, year, part)
        return build_detail(session, ws, actor, skp) if skp is not None else None


def my_skp_periods(ws: Workspace, actor: Actor, year: int) -> list[SkpSummary]:
    """The logged-in employee's SKP periods of ``year`` (latest revision of each)."""
    if actor.employee_id is None:
        return []
    with ws.read() as session:
        return summaries_of(session, parts_of(session, actor.employee_id, year))


def get_skp(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Owner, their penilai/atasan penilai and admins may read; others are refused."""
    with ws.read() as session:
        skp = readable(session, ws, actor, skp_id)[0]
        return build_detail(session, ws, actor, skp)


def create_skp(
    ws: Workspace,
    actor: Actor,
    year: int,
    *,
    approach: str = "Kuantitatif",
    period_start: date | None = None,
    period_end: date | None = None,
    copy_from_year: int | None = None,
) -> SkpDetail:
    """New Draft for the actor's employee (refuses a second SKP for the same year);
    ``copy_from_year`` starts from that year's latest SKP (RHK, indicators, lampiran;
    parent links re-pointed only where still valid)."""
    check_year(year)
    try:
        chosen = SkpApproach.parse(approach)
    except ValueError as exc:
        raise ValidationError(str(exc), problems=[("approach", str(exc))]) from exc
    with ws.write(actor=actor.username) as session:
        emp = my_employee(session, actor)
        start = period_start
        end = period_end
        if start is None and emp.active_from is not None and emp.active_from.year == year:
            start = emp.active_from
        if end is None and emp.active_to is not None and emp.active_to.year == year:
            end = emp.active_to
        try:
            period = skp_period(year, start, end)
        except ValueError as exc:
            raise ValidationError(
                str(exc),
                problems=[("period", str(exc))],
                hint=_("Perbaiki tanggal periode."),
            ) from exc
        if parts_of(session, emp.id, year):
            raise ValidationError(
                _(
                    "{n} sudah memiliki SKP tahun {y}; pegawai punya satu SKP per periode jabatan."
                ).format(n=organisation.display_name(emp), y=year),
                problems=[("year", _("Sudah ada SKP tahun ini."))],
                hint=_(
                    "Buka SKP yang sudah ada; setelah disetujui, ubah lewat revisi. Untuk "
                    "mutasi atau promosi gunakan 'SKP baru karena mutasi/promosi'."
                ),
            )
        source: Skp | None = None
        if copy_from_year is not None:
            earlier = parts_of(session, emp.id, copy_from_year)
            source = earlier[-1] if earlier else None
            if source is None:
                raise ValidationError(
                    _("Tidak ada SKP tahun {y} untuk disalin.").format(y=copy_from_year),
                    problems=[("copy_from_year", _("Tidak ada SKP tahun itu."))],
                    hint=_("Pilih tahun lain atau mulai dari SKP kosong."),
                )
        skp = Skp(
            id=new_uuid(),
            employee_id=emp.id,
            year=year,
            revision=1,
            period_start=period.start,
            period_end=period.end,
            approach=chosen.value,
            status=SkpStatus.DRAFT.value,
        )
        refresh_people(session, skp)
        session.add(skp)
        session.flush()
        relinked, dropped = (0, 0) if source is None else _copy_relinked(session, source, skp)
        audit_skp(
            session,
            ws,
            actor,
            "skp.create",
            skp,
            copy_from_year=copy_from_year,
            parents_relinked=relinked,
            parents_dropped=dropped,
        )
        return build_detail(session, ws, actor, skp)


def _copy_relinked(session: Session, source: Skp, skp: Skp) -> tuple[int, int]:
    """Copy ``source``'s content (no expectations) into the new ``skp``; parent links are
    re-pointed to the same RHK of the penilai's approved SKP in force for ``skp``.
    Returns (relinked, dropped)."""
    copy_skp_content(session, source, skp, behaviours=False)
    session.flush()
    options = approved_rhk_of(
        session,
        current_approved(session, skp.penilai_id, skp.year, on=skp_reference(session, skp))
        if skp.penilai_id
        else None,
    )
    by_key = {(r.kind, clean_text(r.text).casefold()): r.id for r in options}
    relinked = dropped = 0
    for row in rhk_rows(session, skp.id):
        old_parent = session.get(SkpRhk, row.parent_rhk_id) if row.parent_rhk_id else None
        new_parent = (
            by_key.get((old_parent.kind, clean_text(old_parent.text).casefold()))
            if old_parent is not None
            else None
        )
        if row.parent_rhk_id:
            if new_parent:
                relinked += 1
            else:
                dropped += 1
        row.parent_rhk_id = new_parent
    return relinked, dropped


def start_new_skp_period(
    ws: Workspace,
    actor: Actor,
    employee_id: str,
    start_date: date,
    reason: str,
    *,
    reference: str = "",
    copy_content: bool = False,
) -> SkpDetail:
    """A mutasi, promotion or other mid-year change: a new SKP period (part + 1) from
    ``start_date`` to the end of the year, as a Draft with the Pejabat Penilai of that
    period (the one rule of domain.supervision). The SKP in force until then ends on
    ``start_date`` - 1 day: its approved content and revision are not rewritten, the end
    is derived from the next period's start (``effective_period``), so no approval is
    faked and no frozen row changes. ``reference`` is the SK number (optional);
    ``copy_content`` starts from the earlier period's RHK, indicators and lampiran.

    Allowed for the employee and for an administrator covering the employee's unit."""
    try:
        why = PeriodReason.parse(reason)
    except ValueError as exc:
        raise ValidationError(
            _("Alasan SKP baru tidak dikenal: {r}.").format(r=reason),
            problems=[("reason", _("Pilih mutasi, promosi atau lainnya."))],
        ) from exc
    sk = (reference or "").strip()
    if len(sk) > 100:
        raise ValidationError(
            _("Nomor SK paling banyak 100 karakter."),
            problems=[("reference", _("Terlalu panjang."))],
        )
    year = start_date.year
    check_year(year)
    with ws.write(actor=actor.username) as session:
        emp = organisation.employee(session, employee_id)
        if emp is None:
            raise NotFoundError(_("Data pegawai tidak ditemukan."))
        own = actor.employee_id is not None and actor.employee_id == emp.id
        if not own and not (actor.is_admin and admin_covers(ws, actor, emp.unit_id, session)):
            raise PermissionDeniedError(
                _(
                    "Hanya pegawai itu sendiri atau admin unitnya yang dapat membuat SKP "
                    "periode baru karena mutasi/promosi."
                ),
                hint=_("Minta pegawai atau admin unitnya melakukannya."),
            )
        parts = parts_of(session, emp.id, year)
        if not parts:
            raise ValidationError(
                _("{n} belum memiliki SKP tahun {y} untuk diakhiri.").format(
                    n=organisation.display_name(emp), y=year
                ),
                hint=_("Buat SKP biasa; tanggal mulainya boleh di tengah tahun."),
            )
        last = parts[-1]
        last_start, last_end = effective_period(session, last)
        if start_date <= last_start:
            raise ValidationError(
                _(
                    "Periode SKP baru mulai {d} tumpang tindih dengan SKP periode ke-{k} "
                    "({a} s.d. {b}): SKP baru harus mulai sesudah {a}."
                ).format(
                    d=format_date(start_date),
                    k=last.part,
                    a=format_date(last_start),
                    b=format_date(last_end),
                ),
                problems=[("start_date", _("Tanggal mulai tumpang tindih dengan SKP lain."))],
                hint=_("Pilih tanggal mulai (TMT mutasi/promosi) sesudah awal SKP sebelumnya."),
            )
        end = date(year, 12, 31)
        if emp.active_to is not None and emp.active_to.year == year:
            end = max(start_date, emp.active_to)
        new = Skp(
            id=new_uuid(),
            employee_id=emp.id,
            year=year,
            part=last.part + 1,
            revision=1,
            period_start=start_date,
            period_end=end,
            approach=last.approach,
            status=SkpStatus.DRAFT.value,
            start_reason=why.value,
            start_reference=sk,
        )
        session.add(new)
        session.flush()
        refresh_people(session, new)
        relinked, dropped = (0, 0)
        if copy_content:
            relinked, dropped = _copy_relinked(session, last, new)
        audit_skp(
            session,
            ws,
            actor,
            "skp.new_period",
            new,
            part=new.part,
            start_date=start_date.isoformat(),
            reason=why.value,
            reference=sk,
            previous_id=last.id,
            previous_end=(start_date - timedelta(days=1)).isoformat(),
            penilai_id=new.penilai_id,
            parents_relinked=relinked,
            parents_dropped=dropped,
        )
        return build_detail(session, ws, actor, new)


def find_skp(
    ws: Workspace, actor: Actor, nip: str, year: int, part: int | None = None
) -> SkpDetail:
    """The latest SKP revision of the employee with ``nip`` for ``year`` and SKP period
    ``part`` (default: the period in force; read rules as ``get_skp``)."""
    with ws.read() as session:
        emp = organisation.employee_by_nip(session, nip)
        skp = latest_skp_revision(session, emp.id, year, part)
        if skp is None:
            raise NotFoundError(
                _("{n} belum memiliki SKP tahun {y}.").format(
                    n=organisation.display_name(emp), y=year
                ),
                hint=_("Pegawai itu perlu membuat SKP-nya lebih dulu."),
            )
        if not access_of(session, ws, actor, skp).can_read:
            raise deny_read()
        return build_detail(session, ws, actor, skp)
