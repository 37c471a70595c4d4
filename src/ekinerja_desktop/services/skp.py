"""SKP use cases: draft, cascade, submit, approve/return, revise, team view and the PDF.

Ownership (architecture.md): the employee writes the SKP content; the supervisor
(Pejabat Penilai Kinerja of the SKP year, from the supervisor mapping) writes the
Ekspektasi Khusus Pimpinan, approves or returns. Approved revisions are frozen; a change
after approval creates revision N+1 (Draft) that needs approval again; both stay
visible. Every transition is audited. All functions return plain frozen dataclasses.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.berakhlak import BERAKHLAK, core_value
from ekinerja_desktop.domain.fmt import format_date, format_date_short
from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.nip import AsnStatus, printed_nip
from ekinerja_desktop.domain.pangkat import pangkat_by_code, pppk_golongan_by_code
from ekinerja_desktop.domain.periods import skp_period
from ekinerja_desktop.domain.skp import (
    EDITABLE_SKP_STATUSES,
    Aspect,
    PeriodReason,
    Perspektif,
    RhkType,
    SkpAction,
    SkpApproach,
    SkpStatus,
    part_periods,
    skp_transition,
)
from ekinerja_desktop.domain.timeutil import now_utc, to_wita, today_wita
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import audit, issuance, organisation
from ekinerja_desktop.services.access import admin_covers
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    required_text,
)
from ekinerja_desktop.services.revisions import require_latest
from ekinerja_desktop.store.base import copy_row, new_uuid
from ekinerja_desktop.store.models import (
    Employee,
    OrgUnit,
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpLampiranItem,
    SkpRhk,
)
from ekinerja_desktop.store.revisions import latest_revision

if TYPE_CHECKING:
    from ekinerja_desktop.reports import SkpDocument
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class IndicatorData:
    aspect: str  # Kuantitas | Kualitas | Waktu | Biaya (domain.Aspect values)
    text: str
    target_value: str = ""  # numeric text, e.g. "12" (kuantitatif)
    target_unit: str = ""  # e.g. "Dokumen", "%", "Bulan"
    target_text: str = ""  # narrative target (kualitatif)
    id: str | None = None
    # Target triwulan I-IV (kuantitatif); () = derived from the annual target, see
    # domain.targets and quarter_targets() below.
    quarter_targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class RhkData:
    kind: str  # Utama | Tambahan
    text: str
    indicators: tuple[IndicatorData, ...]
    parent_rhk_id: str | None = None  # the supervisor's approved RHK it supports
    perspektif: str = ""  # JPT only
    id: str | None = None
    parent_text: str = ""  # filled on read: text of the parent RHK (ignored on save)


@dataclass(frozen=True)
class BehaviourData:
    value_code: str  # domain BERAKHLAK code
    value_name: str
    behaviours: tuple[str, ...]
    expectation: str  # Ekspektasi Khusus Pimpinan (supervisor)


@dataclass(frozen=True)
class LampiranData:
    dukungan_sumber_daya: tuple[str, ...] = ()
    skema_pertanggungjawaban: tuple[str, ...] = ()
    konsekuensi: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkpSummary:
    id: str
    employee_id: str
    employee_name: str
    employee_nip: str
    year: int
    revision: int
    status: str  # domain SkpStatus values
    approach: str
    penilai_id: str | None
    penilai_name: str
    rhk_count: int
    submitted_at: str
    decided_at: str
    decision_note: str
    # The SKP period of the year (1, 2, ... after a mutasi/promosi), its effective dates
    # (a part ends the day before the next one starts) and why it started.
    part: int = 1
    period_start: date | None = None
    period_end: date | None = None
    start_reason: str = ""  # domain.skp.PeriodReason value; "" for part 1
    start_reference: str = ""  # SK number

    @property
    def period_label(self) -> str:
        """ "1 Jan - 31 Jul 2026 (mutasi)" for the SKP list."""
        return period_label(self.period_start, self.period_end, self.start_reason)


@dataclass(frozen=True)
class SkpDetail:
    summary: SkpSummary
    period_start: date
    period_end: date
    is_jpt: bool
    rhk: tuple[RhkData, ...]
    behaviours: tuple[BehaviourData, ...]  # always the 7 BerAKHLAK values in order
    lampiran: LampiranData
    editable_by_me: bool  # content (employee, Draft/Ditolak)
    expectations_editable_by_me: bool  # supervisor, not yet approved
    revisions: tuple[SkpSummary, ...] = field(default=())  # all revisions of this part
    parts: tuple[SkpSummary, ...] = field(default=())  # the year's SKP periods (latest each)


@dataclass(frozen=True)
class ParentRhkOption:
    """An RHK of the supervisor's approved SKP that a subordinate may cascade from."""

    id: str
    text: str
    kind: str
    supported_by: int  # how many subordinate RHK already cascade from it


def get_my_skp(ws: Workspace, actor: Actor, year: int, part: int | None = None) -> SkpDetail | None:
    """The latest revision of the logged-in employee's SKP for ``year``: of SKP period
    ``part``, by default the period in force today (the last one of a past year)."""
    if actor.employee_id is None:
        return None
    with ws.read() as session:
        skp = _latest_revision(session, actor.employee_id, year, part)
        return _detail(session, ws, actor, skp) if skp is not None else None


def my_skp_periods(ws: Workspace, actor: Actor, year: int) -> list[SkpSummary]:
    """The logged-in employee's SKP periods of ``year`` (latest revision of each)."""
    if actor.employee_id is None:
        return []
    with ws.read() as session:
        return _summaries(session, parts_of(session, actor.employee_id, year))


def get_skp(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Owner, their penilai/atasan penilai and admins may read; others are refused."""
    with ws.read() as session:
        skp = _readable(session, ws, actor, skp_id)[0]
        return _detail(session, ws, actor, skp)


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
    _check_year(year)
    try:
        chosen = SkpApproach.parse(approach)
    except ValueError as exc:
        raise ValidationError(str(exc), problems=[("approach", str(exc))]) from exc
    with ws.write(actor=actor.username) as session:
        emp = _my_employee(session, actor)
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
                str(exc), problems=[("period", str(exc))], hint=_("Perbaiki tanggal periode.")
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
        _refresh_people(session, skp)
        session.add(skp)
        session.flush()
        relinked, dropped = (0, 0) if source is None else _copy_relinked(session, source, skp)
        _audit(
            session,
            ws,
            actor,
            "skp.create",
            skp,
            copy_from_year=copy_from_year,
            parents_relinked=relinked,
            parents_dropped=dropped,
        )
        return _detail(session, ws, actor, skp)


def _copy_relinked(session: Session, source: Skp, skp: Skp) -> tuple[int, int]:
    """Copy ``source``'s content (no expectations) into the new ``skp``; parent links are
    re-pointed to the same RHK of the penilai's approved SKP in force for ``skp``.
    Returns (relinked, dropped)."""
    _copy_content(session, source, skp, behaviours=False)
    session.flush()
    options = _approved_rhk_of(
        session,
        current_approved(session, skp.penilai_id, skp.year, on=_skp_reference(session, skp))
        if skp.penilai_id
        else None,
    )
    by_key = {(r.kind, _clean(r.text).casefold()): r.id for r in options}
    relinked = dropped = 0
    for row in _rhk_rows(session, skp.id):
        old_parent = session.get(SkpRhk, row.parent_rhk_id) if row.parent_rhk_id else None
        new_parent = (
            by_key.get((old_parent.kind, _clean(old_parent.text).casefold()))
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
    _check_year(year)
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
        _refresh_people(session, new)
        relinked, dropped = (0, 0)
        if copy_content:
            relinked, dropped = _copy_relinked(session, last, new)
        _audit(
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
        return _detail(session, ws, actor, new)


def period_label(start: date | None, end: date | None, reason: str = "") -> str:
    """ "1 Jan - 31 Jul 2026 (mutasi)": an SKP period as listed."""
    if start is None or end is None:
        return ""
    text = f"{format_date_short(start)} - {format_date_short(end)} {end.year}"
    return f"{text} ({_(REASON_LABELS[reason])})" if reason in REASON_LABELS else text


def save_content(
    ws: Workspace,
    actor: Actor,
    skp_id: str,
    *,
    approach: str,
    rhk: tuple[RhkData, ...],
    lampiran: LampiranData,
) -> SkpDetail:
    """Replace the content of a Draft/Ditolak SKP (owner only). Validates: every RHK has
    at least one indicator, every indicator a target (value+unit for kuantitatif, text
    for kualitatif), parent RHK belongs to the supervisor's approved SKP of that year
    (required unless the employee is a JPT head), perspektif for JPT.

    Saving a Ditolak SKP brings it back to Draft (the note stays visible)."""
    try:
        chosen = SkpApproach.parse(approach)
    except ValueError as exc:
        raise ValidationError(str(exc), problems=[("approach", str(exc))]) from exc
    with ws.write(actor=actor.username) as session:
        skp, access = _readable(session, ws, actor, skp_id)
        _require_owner(access)
        _require_latest(session, skp)
        if SkpStatus(skp.status) not in EDITABLE_SKP_STATUSES:
            raise _frozen_error(skp)
        emp = _my_employee(session, actor)
        _refresh_people(session, skp)
        rows, problems = _check_content(session, skp, emp, chosen, rhk, require_complete=False)
        lists, more = _check_lampiran(lampiran)
        _raise_problems(problems + more, _("SKP belum dapat disimpan"))
        before = skp.status
        if skp.status == SkpStatus.DITOLAK.value:
            skp.status = _transition(skp, SkpAction.REVISE).value
        _assign(skp, approach=chosen.value)
        _write_rhk(session, skp, rows)
        _write_lampiran(session, skp, lists)
        _audit(
            session,
            ws,
            actor,
            "skp.save",
            skp,
            before=before,
            rhk=len(rows),
            indicators=sum(len(r.indicators) for r in rows),
        )
        return _detail(session, ws, actor, skp)


def parent_options(ws: Workspace, actor: Actor, skp_id: str) -> list[ParentRhkOption]:
    """RHK of the Pejabat Penilai's approved SKP (revision in force) that this SKP may
    cascade from, with how many subordinate RHK already support each. Empty while the
    supervisor has no approved SKP (or the employee has no penilai)."""
    with ws.read() as session:
        skp = _readable(session, ws, actor, skp_id)[0]
        penilai, _atasan = _skp_people(session, skp)
        return _options(session, penilai, skp.year, on=_skp_reference(session, skp))


def submit(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Draft/Ditolak -> Diajukan (owner); snapshots identities; validates completeness."""
    with ws.write(actor=actor.username) as session:
        skp, access = _readable(session, ws, actor, skp_id)
        _require_owner(access)
        _require_latest(session, skp)
        target = _transition(skp, SkpAction.SUBMIT)
        emp = _my_employee(session, actor)
        _refresh_people(session, skp)
        on = _skp_reference(session, skp)
        external = organisation.signatories(session, skp.employee_id, on)[0].is_external
        if skp.penilai_id is None and not external:
            raise ValidationError(
                _("Belum ada Pejabat Penilai Kinerja untuk Anda pada tahun {y}.").format(
                    y=skp.year
                ),
                hint=_("Minta admin mengisi pemetaan atasan, lalu ajukan lagi."),
            )
        _check_complete(session, skp, emp)
        skp.status = target.value
        skp.submitted_at = now_utc()
        _take_snapshots(session, skp)
        _audit(session, ws, actor, "skp.submit", skp, penilai_id=skp.penilai_id)
        return _detail(session, ws, actor, skp)


def _check_complete(session: Session, skp: Skp, emp: Employee) -> None:
    current = _rhk_data(session, skp.id)
    rows, problems = _check_content(
        session, skp, emp, SkpApproach.parse(skp.approach), current, require_complete=True
    )
    _raise_problems(problems, _("SKP belum lengkap"))
    # Re-point parents of an older approved supervisor revision to the one in force.
    for row, entity in zip(rows, _rhk_rows(session, skp.id), strict=True):
        _assign(entity, parent_rhk_id=row.parent_rhk_id)


def withdraw(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Diajukan -> Draft by the owner, before the penilai decides."""
    with ws.write(actor=actor.username) as session:
        skp, access = _readable(session, ws, actor, skp_id)
        _require_owner(access)
        skp.status = _transition(skp, SkpAction.WITHDRAW).value
        _audit(session, ws, actor, "skp.withdraw", skp)
        return _detail(session, ws, actor, skp)


def set_expectations(
    ws: Workspace, actor: Actor, skp_id: str, expectations: dict[str, str]
) -> SkpDetail:
    """Supervisor writes Ekspektasi Khusus Pimpinan per BerAKHLAK value code."""
    clean: dict[str, str] = {}
    problems: list[tuple[str, str]] = []
    for code, text in expectations.items():
        try:
            value = core_value(code)
        except ValueError as exc:
            problems.append((f"expectations.{code}", str(exc)))
            continue
        line = (text or "").strip()
        if len(line) > MAX_TEXT:
            problems.append(
                (
                    f"expectations.{value.code}",
                    _("Ekspektasi {v} paling banyak {n} karakter.").format(
                        v=value.name, n=MAX_TEXT
                    ),
                )
            )
        clean[value.code] = line
    _raise_problems(problems, _("Ekspektasi belum dapat disimpan"))
    with ws.write(actor=actor.username) as session:
        skp, access = _readable(session, ws, actor, skp_id)
        _require_penilai(session, access, skp)
        _require_latest(session, skp)
        if skp.status == SkpStatus.DISETUJUI.value:
            raise _frozen_error(skp)
        stored = _behaviour_rows(session, skp.id)
        changed: list[str] = []
        for code, text in clean.items():
            row = stored.get(code)
            if row is None:
                if not text:
                    continue
                session.add(
                    SkpBehaviour(id=new_uuid(), skp_id=skp.id, value_code=code, expectation=text)
                )
                changed.append(code)
            elif row.expectation != text:
                row.expectation = text
                changed.append(code)
        if changed:
            _refresh_people(session, skp)
            _audit(session, ws, actor, "skp.expectations", skp, values=sorted(changed))
        return _detail(session, ws, actor, skp)


def approve(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Diajukan -> Disetujui by the employee's penilai for that year only; snapshots
    identities again and stores a content hash; frozen afterwards."""
    with ws.write(actor=actor.username) as session:
        skp = _skp_entity(session, skp_id)
        access = _access(session, ws, actor, skp)
        _require_penilai(session, access, skp)
        target = _transition(skp, SkpAction.APPROVE)
        emp = organisation.employee(session, skp.employee_id)
        if emp is None:
            raise NotFoundError(_("Data pegawai pemilik SKP tidak ditemukan."))
        _refresh_people(session, skp)
        _check_complete(session, skp, emp)
        skp.status = target.value
        skp.decided_at = now_utc()
        skp.decision_note = ""
        _take_snapshots(session, skp)
        skp.content_hash = content_hash(session, skp)
        _audit(session, ws, actor, "skp.approve", skp, content_hash=skp.content_hash)
        return _detail(session, ws, actor, skp)


def reject(ws: Workspace, actor: Actor, skp_id: str, note: str) -> SkpDetail:
    """Diajukan -> Ditolak with a mandatory note (penilai only)."""
    text = required_text(
        note,
        "note",
        _("Catatan penolakan wajib diisi."),
        _("Tulis apa yang perlu diperbaiki."),
        _("Tulis apa yang perlu diperbaiki pegawai, lalu tolak lagi."),
    )
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("Catatan penolakan paling banyak {n} karakter.").format(n=MAX_TEXT),
            problems=[("note", _("Terlalu panjang."))],
        )
    with ws.write(actor=actor.username) as session:
        skp = _skp_entity(session, skp_id)
        access = _access(session, ws, actor, skp)
        _require_penilai(session, access, skp)
        skp.status = _transition(skp, SkpAction.REJECT).value
        skp.decided_at = now_utc()
        skp.decision_note = text
        _refresh_people(session, skp)
        _audit(session, ws, actor, "skp.reject", skp, note=text)
        return _detail(session, ws, actor, skp)


def start_revision(ws: Workspace, actor: Actor, skp_id: str, reason: str) -> SkpDetail:
    """From an approved SKP: a new Draft revision (N+1) copying the content; the approved
    one stays visible and valid until the new one is approved."""
    text = required_text(
        reason,
        "reason",
        _("Alasan revisi wajib diisi."),
        _("Tulis mengapa SKP perlu direvisi."),
        _("Tulis mengapa SKP perlu direvisi, mis. perubahan tugas."),
    )
    with ws.write(actor=actor.username) as session:
        old = _skp_entity(session, skp_id)
        access = _access(session, ws, actor, old)
        if not access.can_read:
            raise _deny_read()
        _require_owner(access)
        _require_latest(session, old)
        status = _transition(old, SkpAction.REVISE)
        if old.status != SkpStatus.DISETUJUI.value:
            raise ValidationError(
                _("Hanya SKP yang sudah disetujui yang dapat direvisi; SKP ini masih {s}.").format(
                    s=old.status
                ),
                hint=_("Ubah isinya langsung lalu ajukan."),
            )
        new = Skp(
            id=new_uuid(),
            employee_id=old.employee_id,
            year=old.year,
            part=old.part,
            revision=old.revision + 1,
            previous_id=old.id,
            period_start=old.period_start,
            period_end=old.period_end,
            start_reason=old.start_reason,
            start_reference=old.start_reference,
            approach=old.approach,
            status=status.value,
            decision_note="",
        )
        _refresh_people(session, new)
        session.add(new)
        session.flush()
        _copy_content(session, old, new, behaviours=True)
        _audit(session, ws, actor, "skp.revise", new, previous_id=old.id, reason=text)
        return _detail(session, ws, actor, new)


def team_skps(ws: Workspace, actor: Actor, year: int) -> list[SkpSummary]:
    """The latest SKP revision of every employee the actor appraises in ``year`` (and a
    row with status "Belum dibuat" for those without one)."""
    me = actor.employee_id
    if me is None and not actor.is_admin:
        return []
    with ws.read() as session:
        team = _team_of(session, me, year) if me is not None else set()
        if actor.is_admin:  # those whose penilai is external: the admin acts for them
            on = min(max(today_wita(), date(year, 1, 1)), date(year, 12, 31))
            team |= {
                e
                for e in organisation.externally_appraised(session, on)
                if e != me and acts_for_external_penilai(session, ws, actor, e, on)
            }
        if not team:
            return []
        emps = {
            e.id: e
            for e in session.execute(
                select(Employee).where(Employee.id.in_(sorted(team)), Employee.deleted.is_(False))
            ).scalars()
        }
        on = _reference_date(year, date(year, 1, 1), date(year, 12, 31))
        by_emp: dict[str, list[Skp]] = {}
        for row in _latest_per_part(
            session.execute(
                select(Skp).where(
                    Skp.year == year, Skp.deleted.is_(False), Skp.employee_id.in_(sorted(team))
                )
            ).scalars()
        ):
            by_emp.setdefault(row.employee_id, []).append(row)
        skps = [_part_in_force(rows_of, on) for rows_of in by_emp.values()]
        rows = _summaries(session, skps)
        have = {r.employee_id for r in rows}
        me_name = organisation.display_name(organisation.employee(session, me)) if me else ""
        for emp_id in sorted(team - have):
            emp = emps.get(emp_id)
            if emp is None or not emp.active:
                continue
            rows.append(
                SkpSummary(
                    id="",
                    employee_id=emp_id,
                    employee_name=organisation.display_name(emp),
                    employee_nip=emp.nip,
                    year=year,
                    revision=0,
                    status=BELUM_DIBUAT,
                    approach="",
                    penilai_id=me,
                    penilai_name=me_name,
                    rhk_count=0,
                    submitted_at="",
                    decided_at="",
                    decision_note="",
                )
            )
        names = {e.id: e.name.casefold() for e in emps.values()}
    return sorted(rows, key=lambda r: (names.get(r.employee_id, ""), r.employee_nip))


def _team_of(session: Session, supervisor_id: str, year: int) -> set[str]:
    """Employees whose penilai in ``year`` (on the reference day) is ``supervisor_id``."""
    on = _reference_date(year, date(year, 1, 1), date(year, 12, 31))
    return organisation.team_on(session, supervisor_id, on)


def coverage(ws: Workspace, actor: Actor, year: int) -> list[ParentRhkOption]:
    """The actor's own approved RHK with how many subordinate RHK support each (0 = not
    yet supported by anyone)."""
    if actor.employee_id is None:
        return []
    with ws.read() as session:
        return _options(session, actor.employee_id, year)


def skp_document(ws: Workspace, actor: Actor, skp_id: str) -> SkpDocument:
    """The plain data printed on the Dokumen SKP (snapshots of the last submission or
    approval; live data for a draft)."""
    from ekinerja_desktop.reports import Lampiran, PerilakuRow, PersonBlock, SkpRhkRow
    from ekinerja_desktop.reports import SkpDocument as Document
    from ekinerja_desktop.reports import SkpIndicator as DocIndicator
    from ekinerja_desktop.services import settings

    with ws.read() as session:
        skp = _readable(session, ws, actor, skp_id)[0]
        detail = _detail(session, ws, actor, skp)
        live = skp.status in (SkpStatus.DRAFT.value, SkpStatus.DITOLAK.value)
        if live:
            ids = _skp_people(session, skp)
            pegawai_snap = person_snapshot(session, skp.employee_id)
            penilai_snap, _atasan = signatory_snapshots(
                session,
                skp.employee_id,
                _skp_reference(session, skp),
                ids,
            )
        else:
            pegawai_snap = load_snapshot(skp.pegawai_snapshot)
            penilai_snap = load_snapshot(skp.penilai_snapshot)
        decided = skp.decided_at
    tempat = settings.get(ws, "signature_place") or "Palu"

    def person(snap: dict[str, str]) -> PersonBlock:
        return PersonBlock(
            nama=snap.get("nama", ""),
            nip=snap.get("nip", ""),
            pangkat=snap.get("pangkat", ""),
            jabatan=snap.get("jabatan", ""),
            unit_kerja=snap.get("unit", ""),
        )

    is_jpt = (
        pegawai_snap.get("jabatan_kind") == JabatanKind.JPT.value
        if "jabatan_kind" in pegawai_snap
        else detail.is_jpt
    )
    approved = detail.summary.status == SkpStatus.DISETUJUI.value and decided is not None
    return Document(
        instansi=ws.node.agency,
        tahun=detail.summary.year,
        periode_awal=detail.period_start,
        periode_akhir=detail.period_end,
        pendekatan=detail.summary.approach,
        pegawai=person(pegawai_snap),
        penilai=person(penilai_snap),
        hasil_kerja=tuple(
            SkpRhkRow(
                jenis="Tambahan" if r.kind == RhkType.TAMBAHAN.value else "Utama",
                rhk_pimpinan=r.parent_text,
                rhk=r.text,
                indicators=tuple(
                    DocIndicator(aspek=i.aspect, indikator=i.text, target=_target_text(i))
                    for i in r.indicators
                ),
                perspektif=r.perspektif,
            )
            for r in detail.rhk
        ),
        perilaku=tuple(
            PerilakuRow(nama_nilai=b.value_name, perilaku=b.behaviours, ekspektasi=b.expectation)
            for b in detail.behaviours
        ),
        lampiran=Lampiran(
            dukungan_sumber_daya=detail.lampiran.dukungan_sumber_daya,
            skema_pertanggungjawaban=detail.lampiran.skema_pertanggungjawaban,
            konsekuensi=detail.lampiran.konsekuensi,
        ),
        tanggal=to_wita(decided).date() if approved and decided else today_wita(),
        status=detail.summary.status,
        tempat=tempat,
        revisi=detail.summary.revision,
        is_jpt=is_jpt,
    )


def quarter_targets(ind: IndicatorData, start: date, end: date) -> tuple[str, ...]:
    """The four quarterly targets in force: the stored ones, else the defaults."""
    if not ind.target_value:
        return ("",) * targets.QUARTERS
    return targets.quarter_targets(
        targets.TargetSpec(
            ind.aspect, ind.target_value, ind.target_unit, start, end, ind.quarter_targets
        )
    )


def _quarter_problem(label: str, code: str, values: dict[str, str]) -> str:
    if code == "number":
        return _("{i}: target triwulan {q} harus angka, mis. 3 atau 2,5.").format(
            i=label, q=values["q"]
        )
    if code == "outside":
        return _("{i}: triwulan {q} di luar periode SKP, targetnya harus kosong.").format(
            i=label, q=values["q"]
        )
    if code == "sum":
        return _(
            "{i}: jumlah target triwulan ({t}) harus sama dengan target tahunan ({a})."
        ).format(i=label, t=values["total"], a=values["annual"])
    return _("{i}: isi empat target triwulan.").format(i=label)


def _stored_quarters(text: str) -> tuple[str, ...]:
    return targets.parse_quarter_targets(text) if text else ()


def _target_text(ind: IndicatorData) -> str:
    if ind.target_value:
        return f"{ind.target_value} {ind.target_unit}".strip()
    return ind.target_text


def export_pdf(ws: Workspace, actor: Actor, skp_id: str, out: Path) -> Path:
    """Build the Dokumen SKP via ``reports.build_skp_pdf`` from the snapshots, stamped
    with a verification code and registered (``services.issuance``)."""
    from ekinerja_desktop.reports import build_skp_pdf

    doc = skp_document(ws, actor, skp_id)
    with ws.read() as session:
        skp = _skp_entity(session, skp_id)
        ref = issuance.RecordRef(
            kind=DocumentKind.SKP,
            table="skp",
            record_id=skp.id,
            revision=skp.revision,
            status=skp.status,
            final=doc.is_final,
            content_hash=document_hash(session, skp),
        )
    issued = issuance.issue_pdf(
        ws, actor, ref, Path(out), lambda stamp, f: build_skp_pdf(doc, f, stamp=stamp)
    )
    return issued.path


def can_read(session: Session, ws: Workspace, actor: Actor, skp: Skp) -> bool:
    """Whether ``actor`` may read ``skp`` (owner, penilai, atasan, admin of the unit)."""
    return _access(session, ws, actor, skp).can_read


def superseding_revision(session: Session, skp: Skp) -> int | None:
    """The revision in force of ``skp``'s employee, year and period when it is not ``skp``."""
    latest = latest_revision(
        session, Skp, employee_id=skp.employee_id, year=skp.year, part=skp.part
    )
    return latest.revision if latest is not None and latest.id != skp.id else None


def find_skp(
    ws: Workspace, actor: Actor, nip: str, year: int, part: int | None = None
) -> SkpDetail:
    """The latest SKP revision of the employee with ``nip`` for ``year`` and SKP period
    ``part`` (default: the period in force; read rules as ``get_skp``)."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    with ws.read() as session:
        emp = session.execute(
            select(Employee).where(Employee.nip == digits, Employee.deleted.is_(False))
        ).scalar_one_or_none()
        if emp is None:
            raise NotFoundError(
                _("Pegawai dengan NIP {n} tidak ditemukan.").format(n=nip),
                hint=_("Periksa NIP (18 angka)."),
            )
        skp = _latest_revision(session, emp.id, year, part)
        if skp is None:
            raise NotFoundError(
                _("{n} belum memiliki SKP tahun {y}.").format(
                    n=organisation.display_name(emp), y=year
                ),
                hint=_("Pegawai itu perlu membuat SKP-nya lebih dulu."),
            )
        if not _access(session, ws, actor, skp).can_read:
            raise _deny_read()
        return _detail(session, ws, actor, skp)


# --- implementation --------------------------------------------------------------------
REASON_LABELS = {
    PeriodReason.MUTASI.value: N_("mutasi"),
    PeriodReason.PROMOSI.value: N_("promosi"),
    PeriodReason.LAINNYA.value: N_("lainnya"),
}
BELUM_DIBUAT = "Belum dibuat"  # team_skps status of an employee without an SKP
LAMPIRAN_SECTIONS = ("dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi")
MAX_TEXT = 2000
MAX_ROWS = 60
MAX_LINE = 500
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)?$")


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _stamp(moment: datetime | None) -> str:
    # Indonesian day-month-year with a dotted time, in WITA (as shown to users).
    return to_wita(moment).strftime("%d-%m-%Y %H.%M") if moment is not None else ""


def _is_jpt(emp: Employee) -> bool:
    return emp.jabatan_kind == JabatanKind.JPT.value


def _skp_entity(session: Session, skp_id: str) -> Skp:
    skp = session.get(Skp, skp_id)
    if skp is None or skp.deleted:
        raise NotFoundError(
            _("SKP tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang daftar SKP."),
        )
    return skp


def _reference_date(year: int, start: date, end: date) -> date:
    """The day whose supervisor mapping decides the penilai: today within the SKP
    period of the current year, else the period end."""
    today = today_wita()
    if today.year == year:
        return min(max(today, start), end)
    return end


def _penilai_atasan(
    session: Session, employee_id: str, year: int, start: date, end: date
) -> tuple[str | None, str | None]:
    """Employee ids of (penilai, atasan penilai); None for an external signatory."""
    penilai, atasan = organisation.signatories(
        session, employee_id, _reference_date(year, start, end)
    )
    return penilai.employee_id, atasan.employee_id


def signatory_snapshots(
    session: Session, employee_id: str, on: date, ids: tuple[str | None, str | None]
) -> tuple[dict[str, str], dict[str, str]]:
    """Snapshots of (penilai, atasan penilai): the employees ``ids`` on record, else who
    the mapping names on ``on`` - an employee or an external signatory (e.g. the Wali
    Kota, printed with name and jabatan, NIP when known)."""
    found = organisation.signatories(session, employee_id, on)
    out: list[dict[str, str]] = []
    for emp_id, sig in zip(ids, found, strict=True):
        if emp_id:
            out.append(person_snapshot(session, emp_id))
        elif sig.employee_id:
            out.append(person_snapshot(session, sig.employee_id))
        elif sig.external is not None:
            out.append(organisation.external_snapshot(sig.external))
        else:
            out.append({})
    return out[0], out[1]


def acts_for_external_penilai(
    session: Session, ws: Workspace, actor: Actor, employee_id: str, on: date
) -> bool:
    """An administrator covering the employee enters what an external Pejabat Penilai
    (e.g. the Wali Kota for the Sekda) decided: approval, evaluation, signature date."""
    if not actor.is_admin or actor.employee_id == employee_id:
        return False
    penilai, _atasan = organisation.signatories(session, employee_id, on)
    if not penilai.is_external:
        return False
    emp = organisation.employee(session, employee_id)
    return admin_covers(ws, actor, emp.unit_id if emp else None, session)


def _unit_label(session: Session, unit_id: str | None) -> str:
    """ "Bidang X, Badan Y": the unit and, below the top level, its OPD."""
    names: list[str] = []
    seen: set[str] = set()
    current = unit_id
    while current and current not in seen:
        seen.add(current)
        unit = session.get(OrgUnit, current)
        if unit is None:
            break
        names.append(unit.name)
        current = unit.parent_id
    if not names:
        return ""
    return names[0] if len(names) == 1 else f"{names[0]}, {names[-1]}"


def _pangkat_label(emp: Employee) -> str:
    code = emp.pangkat_code.strip()
    if not code:
        return ""
    try:
        if emp.status == AsnStatus.PPPK.value:
            return pppk_golongan_by_code(code).label
        return pangkat_by_code(code).label
    except ValueError:
        return code


def person_snapshot(session: Session, employee_id: str | None) -> dict[str, str]:
    """Identity as printed on documents: nama, nip, pangkat, jabatan, unit."""
    emp = organisation.employee(session, employee_id)
    if emp is None:
        return {}
    return {
        "nama": organisation.display_name(emp),
        "nip": printed_nip(emp.nip, emp.status),
        "pangkat": _pangkat_label(emp),
        "jabatan": emp.jabatan_name,
        "unit": _unit_label(session, emp.unit_id),
        "jabatan_kind": emp.jabatan_kind,
        "jabatan_level": emp.jabatan_level,
    }


def _take_snapshots(session: Session, skp: Skp) -> None:
    skp.pegawai_snapshot = json.dumps(person_snapshot(session, skp.employee_id), sort_keys=True)
    penilai, atasan = signatory_snapshots(
        session,
        skp.employee_id,
        _skp_reference(session, skp),
        (skp.penilai_id, skp.atasan_penilai_id),
    )
    skp.penilai_snapshot = json.dumps(penilai, sort_keys=True)
    skp.atasan_snapshot = json.dumps(atasan, sort_keys=True)


def load_snapshot(text: str) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


# --- access ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Access:
    owner: bool
    penilai: bool  # the current Pejabat Penilai of this SKP
    atasan: bool
    admin: bool

    @property
    def can_read(self) -> bool:
        return self.owner or self.penilai or self.atasan or self.admin


def _access(session: Session, ws: Workspace, actor: Actor, skp: Skp) -> _Access:
    me = actor.employee_id
    owner = me is not None and me == skp.employee_id
    penilai, atasan = _skp_people(session, skp)
    is_penilai = me is not None and me == penilai
    if penilai is None and not owner:
        is_penilai = acts_for_external_penilai(
            session,
            ws,
            actor,
            skp.employee_id,
            _skp_reference(session, skp),
        )
    is_atasan = me is not None and me in {atasan, skp.atasan_penilai_id}
    if me is not None and me == skp.penilai_id and not is_penilai:
        is_atasan = True  # the penilai on record keeps reading access after a change
    admin = False
    if actor.is_admin and not (owner or is_penilai or is_atasan):
        emp = organisation.employee(session, skp.employee_id)
        admin = admin_covers(ws, actor, emp.unit_id if emp else None, session)
    return _Access(owner, is_penilai, is_atasan, admin)


def _readable(session: Session, ws: Workspace, actor: Actor, skp_id: str) -> tuple[Skp, _Access]:
    """The SKP ``skp_id`` and the actor's relation to it; refused unless they may read it."""
    skp = _skp_entity(session, skp_id)
    access = _access(session, ws, actor, skp)
    if not access.can_read:
        raise _deny_read()
    return skp, access


def _deny_read() -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda tidak berwenang melihat SKP ini: hanya pegawai pemiliknya, pejabat penilai, "
            "atasan pejabat penilai dan admin yang dapat melihatnya."
        ),
        hint=_("Minta pemilik SKP atau atasannya untuk menunjukkannya."),
    )


def _require_owner(access: _Access) -> None:
    if not access.owner:
        raise PermissionDeniedError(
            _("Hanya pegawai pemilik SKP yang dapat mengubah isinya atau mengajukannya."),
            hint=_("Minta pemilik SKP untuk melakukannya dari akunnya sendiri."),
        )


def _require_penilai(session: Session, access: _Access, skp: Skp) -> None:
    if access.penilai:
        return
    name = organisation.display_name(organisation.employee(session, skp.employee_id))
    raise PermissionDeniedError(
        _(
            "Anda bukan Pejabat Penilai Kinerja {n} tahun {y}, sehingga tidak dapat "
            "menyetujui, menolak atau menulis ekspektasi pada SKP ini."
        ).format(n=name, y=skp.year),
        hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya di menu Pemetaan Atasan."),
    )


# --- SKP periods of a year (parts) -----------------------------------------------------
def _latest_per_part(rows: Any) -> list[Skp]:
    """The highest revision of each (employee, year, part) among ``rows``."""
    best: dict[tuple[str, int, int], Skp] = {}
    for row in rows:
        key = (row.employee_id, row.year, row.part)
        if key not in best or row.revision > best[key].revision:
            best[key] = row
    return sorted(best.values(), key=lambda r: (r.employee_id, r.year, r.part))


def parts_of(session: Session, employee_id: str, year: int) -> list[Skp]:
    """The SKP periods of an employee's year: the latest live revision of each part, in
    part (= date) order."""
    return _latest_per_part(
        session.execute(
            select(Skp).where(
                Skp.employee_id == employee_id, Skp.year == year, Skp.deleted.is_(False)
            )
        ).scalars()
    )


def _periods_of(parts: Sequence[Skp]) -> dict[int, tuple[date, date]]:
    return part_periods([(p.part, p.period_start, p.period_end) for p in parts])


def effective_period(session: Session, skp: Skp) -> tuple[date, date]:
    """The dates ``skp`` covers: its stored period, ended the day before the next SKP
    period of the year starts (mutasi/promosi)."""
    found = _periods_of(parts_of(session, skp.employee_id, skp.year)).get(skp.part)
    return found or (skp.period_start, skp.period_end)


def _part_in_force(parts: Sequence[Skp], day: date) -> Skp:
    """Of one employee's parts of a year (non-empty): the one whose effective period
    holds ``day``; before the first, the first; in a gap or after the last, the last
    one that started before ``day``."""
    periods = _periods_of(parts)
    chosen = parts[0]
    for p in sorted(parts, key=lambda r: r.part):
        start, end = periods[p.part]
        if start <= day <= end:
            return p
        if start <= day:
            chosen = p
    return chosen


def part_on(session: Session, employee_id: str, day: date) -> int | None:
    """The SKP period (part) of the employee in force on ``day`` (None without SKP)."""
    parts = parts_of(session, employee_id, day.year)
    return _part_in_force(parts, day).part if parts else None


def _year_reference(year: int) -> date:
    return _reference_date(year, date(year, 1, 1), date(year, 12, 31))


def _latest_revision(
    session: Session, employee_id: str, year: int, part: int | None = None
) -> Skp | None:
    if part is None:
        part = part_on(session, employee_id, _year_reference(year))
        if part is None:
            return None
    return latest_revision(session, Skp, employee_id=employee_id, year=year, part=part)


def current_approved(
    session: Session,
    employee_id: str,
    year: int,
    *,
    on: date | None = None,
    part: int | None = None,
) -> Skp | None:
    """The approved revision in force of one SKP period of the year: ``part``, else the
    period in force ``on`` that day (default: today within the year, else its end)."""
    if part is None:
        day = on if on is not None and on.year == year else _year_reference(year)
        part = part_on(session, employee_id, day)
        if part is None:
            return None
    return latest_revision(
        session,
        Skp,
        statuses=[SkpStatus.DISETUJUI.value],
        employee_id=employee_id,
        year=year,
        part=part,
    )


def _skp_reference(session: Session, skp: Skp) -> date:
    """The day whose supervisor mapping decides this SKP's penilai (its own period)."""
    return _reference_date(skp.year, *effective_period(session, skp))


def _skp_people(session: Session, skp: Skp) -> tuple[str | None, str | None]:
    return _penilai_atasan(session, skp.employee_id, skp.year, *effective_period(session, skp))


def document_hash(session: Session, skp: Skp) -> str:
    """What a printed Dokumen SKP certifies: the content hash, plus the effective end
    when a later SKP period cut this one short - so a print made before the mutasi
    (full year) is reported as outdated, while the approval hash stays untouched."""
    stored = content_hash(session, skp)
    start, end = effective_period(session, skp)
    if (start, end) == (skp.period_start, skp.period_end):
        return stored
    return hashlib.sha256(f"{stored}|ends:{end.isoformat()}".encode()).hexdigest()


def _require_latest(session: Session, skp: Skp) -> None:
    superseded = _("SKP revisi ke-{r} sudah digantikan oleh revisi ke-{n}.")
    require_latest(
        session, skp, superseded, employee_id=skp.employee_id, year=skp.year, part=skp.part
    )


def _frozen_error(skp: Skp) -> ValidationError:
    if skp.status == SkpStatus.DISETUJUI.value:
        return ValidationError(
            _("SKP ini sudah disetujui sehingga isinya dikunci."),
            hint=_("Buat revisi baru (tombol 'Revisi SKP'); revisi itu perlu disetujui lagi."),
        )
    return ValidationError(
        _("SKP berstatus {s} tidak dapat diubah.").format(s=skp.status),
        hint=_("Tarik kembali pengajuan atau tunggu keputusan pejabat penilai."),
    )


# --- rows ------------------------------------------------------------------------------
def _rhk_rows(session: Session, skp_id: str) -> list[SkpRhk]:
    return list(
        session.execute(
            select(SkpRhk)
            .where(SkpRhk.skp_id == skp_id, SkpRhk.deleted.is_(False))
            .order_by(SkpRhk.position, SkpRhk.id)
        ).scalars()
    )


def _indicator_rows(session: Session, rhk_ids: Sequence[str]) -> dict[str, list[SkpIndicator]]:
    out: dict[str, list[SkpIndicator]] = {}
    if not rhk_ids:
        return out
    rows = session.execute(
        select(SkpIndicator)
        .where(SkpIndicator.rhk_id.in_(list(rhk_ids)), SkpIndicator.deleted.is_(False))
        .order_by(SkpIndicator.rhk_id, SkpIndicator.position, SkpIndicator.id)
    ).scalars()
    for row in rows:
        out.setdefault(row.rhk_id, []).append(row)
    return out


def _behaviour_rows(session: Session, skp_id: str) -> dict[str, SkpBehaviour]:
    rows = session.execute(
        select(SkpBehaviour).where(SkpBehaviour.skp_id == skp_id, SkpBehaviour.deleted.is_(False))
    ).scalars()
    return {r.value_code: r for r in rows}


def _lampiran_rows(session: Session, skp_id: str) -> list[SkpLampiranItem]:
    return list(
        session.execute(
            select(SkpLampiranItem)
            .where(SkpLampiranItem.skp_id == skp_id, SkpLampiranItem.deleted.is_(False))
            .order_by(SkpLampiranItem.section, SkpLampiranItem.position, SkpLampiranItem.id)
        ).scalars()
    )


def _rhk_data(session: Session, skp_id: str) -> tuple[RhkData, ...]:
    rhks = _rhk_rows(session, skp_id)
    indicators = _indicator_rows(session, [r.id for r in rhks])
    parent_ids = sorted({r.parent_rhk_id for r in rhks if r.parent_rhk_id})
    parent_text: dict[str, str] = {}
    if parent_ids:
        parent_text = {
            str(i): str(t)
            for i, t in session.execute(
                select(SkpRhk.id, SkpRhk.text).where(SkpRhk.id.in_(parent_ids))
            ).all()
        }
    return tuple(
        RhkData(
            kind=r.kind,
            text=r.text,
            indicators=tuple(
                IndicatorData(
                    aspect=i.aspect,
                    text=i.text,
                    target_value=i.target_value,
                    target_unit=i.target_unit,
                    target_text=i.target_text,
                    id=i.id,
                    quarter_targets=_stored_quarters(i.quarter_targets),
                )
                for i in indicators.get(r.id, [])
            ),
            parent_rhk_id=r.parent_rhk_id,
            perspektif=r.perspektif,
            id=r.id,
            parent_text=parent_text.get(r.parent_rhk_id or "", ""),
        )
        for r in rhks
    )


def _behaviour_data(session: Session, skp_id: str) -> tuple[BehaviourData, ...]:
    stored = _behaviour_rows(session, skp_id)
    return tuple(
        BehaviourData(
            value_code=value.code,
            value_name=value.name,
            behaviours=value.behaviours,
            expectation=stored[value.code].expectation if value.code in stored else "",
        )
        for value in BERAKHLAK
    )


def _lampiran_data(session: Session, skp_id: str) -> LampiranData:
    lists: dict[str, list[str]] = {s: [] for s in LAMPIRAN_SECTIONS}
    for row in _lampiran_rows(session, skp_id):
        if row.section in lists:
            lists[row.section].append(row.text)
    return LampiranData(
        dukungan_sumber_daya=tuple(lists["dukungan_sumber_daya"]),
        skema_pertanggungjawaban=tuple(lists["skema_pertanggungjawaban"]),
        konsekuensi=tuple(lists["konsekuensi"]),
    )


def _summaries(session: Session, skps: Sequence[Skp]) -> list[SkpSummary]:
    if not skps:
        return []
    ids = [s.id for s in skps]
    counts = dict(
        session.execute(
            select(SkpRhk.skp_id, func.count())
            .where(SkpRhk.skp_id.in_(ids), SkpRhk.deleted.is_(False))
            .group_by(SkpRhk.skp_id)
        ).all()
    )
    people = {s.employee_id for s in skps} | {s.penilai_id for s in skps if s.penilai_id}
    pairs = {(s.employee_id, s.year) for s in skps}
    all_parts = _latest_per_part(
        session.execute(
            select(Skp).where(
                Skp.employee_id.in_(sorted({e for e, _y in pairs})),
                Skp.year.in_(sorted({y for _e, y in pairs})),
                Skp.deleted.is_(False),
            )
        ).scalars()
    )
    grouped: dict[tuple[str, int], list[Skp]] = {}
    for p in all_parts:
        grouped.setdefault((p.employee_id, p.year), []).append(p)
    periods = {key: _periods_of(rows) for key, rows in grouped.items()}

    def period(s: Skp) -> tuple[date, date]:
        return periods.get((s.employee_id, s.year), {}).get(s.part, (s.period_start, s.period_end))

    emps = {
        e.id: e
        for e in session.execute(select(Employee).where(Employee.id.in_(sorted(people)))).scalars()
    }
    return [
        SkpSummary(
            id=s.id,
            employee_id=s.employee_id,
            employee_name=organisation.display_name(emps.get(s.employee_id)),
            employee_nip=emps[s.employee_id].nip if s.employee_id in emps else "",
            year=s.year,
            revision=s.revision,
            status=s.status,
            approach=s.approach,
            penilai_id=s.penilai_id,
            penilai_name=organisation.display_name(emps.get(s.penilai_id or "")),
            rhk_count=int(counts.get(s.id, 0)),
            submitted_at=_stamp(s.submitted_at),
            decided_at=_stamp(s.decided_at),
            decision_note=s.decision_note,
            part=s.part,
            period_start=period(s)[0],
            period_end=period(s)[1],
            start_reason=s.start_reason,
            start_reference=s.start_reference,
        )
        for s in skps
    ]


def _detail(session: Session, ws: Workspace, actor: Actor, skp: Skp) -> SkpDetail:
    session.flush()
    access = _access(session, ws, actor, skp)
    revisions = list(
        session.execute(
            select(Skp)
            .where(
                Skp.employee_id == skp.employee_id,
                Skp.year == skp.year,
                Skp.part == skp.part,
                Skp.deleted.is_(False),
            )
            .order_by(Skp.revision)
        ).scalars()
    )
    summaries = _summaries(session, revisions)
    parts = _summaries(session, parts_of(session, skp.employee_id, skp.year))
    summary = next(s for s in summaries if s.id == skp.id)
    latest = revisions[-1].id == skp.id if revisions else True
    emp = organisation.employee(session, skp.employee_id)
    status = SkpStatus(skp.status)
    return SkpDetail(
        summary=summary,
        period_start=summary.period_start or skp.period_start,
        period_end=summary.period_end or skp.period_end,
        is_jpt=emp is not None and _is_jpt(emp),
        rhk=_rhk_data(session, skp.id),
        behaviours=_behaviour_data(session, skp.id),
        lampiran=_lampiran_data(session, skp.id),
        editable_by_me=access.owner and latest and status in EDITABLE_SKP_STATUSES,
        expectations_editable_by_me=access.penilai and latest and status != SkpStatus.DISETUJUI,
        revisions=tuple(summaries),
        parts=tuple(parts),
    )


def _audit(
    session: Session, ws: Workspace, actor: Actor, action: str, skp: Skp, **detail: Any
) -> None:
    audit.record_action(
        session,
        ws,
        actor,
        action=action,
        entity="skp",
        entity_id=skp.id,
        detail={
            "employee_id": skp.employee_id,
            "year": skp.year,
            "part": skp.part,
            "revision": skp.revision,
            "status": skp.status,
            **detail,
        },
    )


def _transition(skp: Skp, action: SkpAction) -> SkpStatus:
    try:
        return skp_transition(skp.status, action)
    except ValueError as exc:
        raise ValidationError(
            str(exc), hint=_("Muat ulang SKP untuk melihat statusnya saat ini.")
        ) from exc


# --- cascading -------------------------------------------------------------------------
def _approved_rhk_of(session: Session, skp: Skp | None) -> list[SkpRhk]:
    return _rhk_rows(session, skp.id) if skp is not None else []


def _resolve_parent(
    session: Session, parent_id: str, penilai_id: str | None, year: int, on: date
) -> tuple[str | None, str]:
    """(id to store, problem). A parent of an older approved revision of the supervisor's
    SKP is re-pointed to the same RHK (same kind and text) of the revision in force."""
    parent = session.get(SkpRhk, parent_id)
    owner = session.get(Skp, parent.skp_id) if parent is not None else None
    if parent is None or owner is None:
        return None, _("RHK atasan yang dipilih tidak ditemukan.")
    if parent.deleted or owner.deleted:
        return None, _(
            'RHK atasan "{t}" sudah dihapus/ditarik oleh atasan; pilih RHK atasan yang berlaku.'
        ).format(t=_short(parent.text))
    if penilai_id is None or owner.employee_id != penilai_id or owner.year != year:
        return None, _(
            'RHK atasan "{t}" bukan milik Pejabat Penilai Anda tahun {y}; pilih dari SKP '
            "atasan Anda."
        ).format(t=_short(parent.text), y=year)
    if owner.status != SkpStatus.DISETUJUI.value:
        return None, _(
            'RHK atasan "{t}" ditarik: SKP atasan tidak lagi berstatus Disetujui; pilih RHK '
            "atasan yang berlaku."
        ).format(t=_short(parent.text))
    current = current_approved(session, penilai_id, year, on=on)
    if current is not None and current.id != owner.id:
        key = (parent.kind, _clean(parent.text).casefold())
        for row in _approved_rhk_of(session, current):
            if (row.kind, _clean(row.text).casefold()) == key:
                return row.id, ""
        return None, _(
            'RHK atasan "{t}" ditarik: tidak ada lagi pada revisi SKP atasan yang berlaku; '
            "pilih RHK atasan yang berlaku."
        ).format(t=_short(parent.text))
    return parent.id, ""


def _short(text: str, limit: int = 60) -> str:
    text = _clean(text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _support_counts(session: Session, parent_ids: Sequence[str]) -> dict[str, int]:
    """How many RHK of the latest revision of each subordinate SKP cascade from each id."""
    if not parent_ids:
        return {}
    latest = (
        select(Skp.employee_id, Skp.year, Skp.part, func.max(Skp.revision).label("rev"))
        .where(Skp.deleted.is_(False))
        .group_by(Skp.employee_id, Skp.year, Skp.part)
        .subquery()
    )
    rows = session.execute(
        select(SkpRhk.parent_rhk_id, func.count())
        .join(Skp, Skp.id == SkpRhk.skp_id)
        .join(
            latest,
            (latest.c.employee_id == Skp.employee_id)
            & (latest.c.year == Skp.year)
            & (latest.c.part == Skp.part)
            & (latest.c.rev == Skp.revision),
        )
        .where(SkpRhk.parent_rhk_id.in_(list(parent_ids)), SkpRhk.deleted.is_(False))
        .group_by(SkpRhk.parent_rhk_id)
    ).all()
    return {str(pid): int(n) for pid, n in rows}


def _options(
    session: Session, supervisor_id: str | None, year: int, *, on: date | None = None
) -> list[ParentRhkOption]:
    """RHK of the supervisor's approved SKP in force, with their support counts (RHK of
    earlier approved revisions with the same kind and text count for the current one)."""
    if supervisor_id is None:
        return []
    current = current_approved(session, supervisor_id, year, on=on)
    rows = _approved_rhk_of(session, current)
    if current is None or not rows:
        return []
    older = list(
        session.execute(
            select(SkpRhk.id, SkpRhk.kind, SkpRhk.text)
            .join(Skp, Skp.id == SkpRhk.skp_id)
            .where(
                Skp.employee_id == supervisor_id,
                Skp.year == year,
                Skp.part == current.part,
                Skp.deleted.is_(False),
                Skp.status == SkpStatus.DISETUJUI.value,
                SkpRhk.deleted.is_(False),
            )
        ).all()
    )
    counts = _support_counts(session, [str(r[0]) for r in older])
    by_key: dict[tuple[str, str], int] = {}
    for rhk_id, kind, text in older:
        key = (str(kind), _clean(str(text)).casefold())
        by_key[key] = by_key.get(key, 0) + counts.get(str(rhk_id), 0)
    return [
        ParentRhkOption(
            id=r.id,
            text=r.text,
            kind=r.kind,
            supported_by=by_key.get((r.kind, _clean(r.text).casefold()), 0),
        )
        for r in rows
    ]


# --- validation ------------------------------------------------------------------------
@dataclass(frozen=True)
class _CleanIndicator:
    id: str | None
    aspect: str
    text: str
    target_value: str
    target_unit: str
    target_text: str
    quarter_targets: str = ""


@dataclass(frozen=True)
class _CleanRhk:
    id: str | None
    kind: str
    text: str
    parent_rhk_id: str | None
    perspektif: str
    indicators: tuple[_CleanIndicator, ...]


def _check_content(
    session: Session,
    skp: Skp,
    emp: Employee,
    approach: SkpApproach,
    rhk: Sequence[RhkData],
    *,
    require_complete: bool,
) -> tuple[list[_CleanRhk], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    jpt = _is_jpt(emp)
    if len(rhk) > MAX_ROWS:
        problems.append(("rhk", _("Paling banyak {n} RHK.").format(n=MAX_ROWS)))
    if require_complete and not any(r.kind == RhkType.UTAMA.value for r in rhk):
        problems.append(("rhk", _("SKP harus memuat sekurang-kurangnya satu RHK Utama.")))
    out: list[_CleanRhk] = []
    for n, row in enumerate(rhk, start=1):
        where = f"rhk[{n - 1}]"
        label = _("RHK {n}").format(n=n)
        text = _clean(row.text)
        try:
            kind = RhkType.parse(row.kind).value
        except ValueError as exc:
            problems.append((f"{where}.kind", f"{label}: {exc}"))
            kind = RhkType.UTAMA.value
        if not text:
            problems.append((f"{where}.text", _("{r}: teks RHK wajib diisi.").format(r=label)))
        elif len(text) > MAX_TEXT:
            problems.append(
                (f"{where}.text", _("{r}: paling banyak {n} karakter.").format(r=label, n=MAX_TEXT))
            )
        perspektif = ""
        if jpt:
            try:
                perspektif = Perspektif.parse(row.perspektif).value
            except ValueError:
                problems.append(
                    (
                        f"{where}.perspektif",
                        _(
                            "{r}: SKP pejabat pimpinan tinggi wajib memilih Perspektif ({v})."
                        ).format(r=label, v=", ".join(p.value for p in Perspektif)),
                    )
                )
        parent_id: str | None = None
        if row.parent_rhk_id:
            parent_id, problem = _resolve_parent(
                session, row.parent_rhk_id, skp.penilai_id, skp.year, _skp_reference(session, skp)
            )
            if problem:
                problems.append((f"{where}.parent_rhk_id", f"{label}: {problem}"))
        elif not jpt:
            problems.append(
                (
                    f"{where}.parent_rhk_id",
                    _(
                        "{r}: pilih RHK pimpinan yang diintervensi dari SKP Pejabat Penilai "
                        "yang sudah disetujui."
                    ).format(r=label),
                )
            )
        if not row.indicators:
            problems.append(
                (
                    f"{where}.indicators",
                    _("{r}: tambahkan sekurang-kurangnya satu indikator (IKI).").format(r=label),
                )
            )
        indicators: list[_CleanIndicator] = []
        for m, ind in enumerate(row.indicators, start=1):
            iwhere = f"{where}.indicators[{m - 1}]"
            ilabel = _("{r} indikator {m}").format(r=label, m=m)
            try:
                aspect = Aspect.parse(ind.aspect).value
            except ValueError as exc:
                problems.append((f"{iwhere}.aspect", f"{ilabel}: {exc}"))
                aspect = Aspect.KUANTITAS.value
            itext = _clean(ind.text)
            if not itext:
                problems.append(
                    (f"{iwhere}.text", _("{i}: teks indikator wajib diisi.").format(i=ilabel))
                )
            elif len(itext) > MAX_TEXT:
                problems.append(
                    (
                        f"{iwhere}.text",
                        _("{i}: paling banyak {n} karakter.").format(i=ilabel, n=MAX_TEXT),
                    )
                )
            value = "".join(ind.target_value.split())
            unit = _clean(ind.target_unit)
            target_text = _clean(ind.target_text)
            if approach is SkpApproach.KUANTITATIF:
                if not value or not unit:
                    problems.append(
                        (
                            f"{iwhere}.target",
                            _(
                                "{i}: target wajib diisi dengan angka dan satuan (mis. 12 Dokumen)."
                            ).format(i=ilabel),
                        )
                    )
                elif not _NUMBER_RE.match(value):
                    problems.append(
                        (
                            f"{iwhere}.target_value",
                            _("{i}: nilai target harus angka, mis. 12 atau 99,5.").format(i=ilabel),
                        )
                    )
                elif len(unit) > 64:
                    problems.append(
                        (
                            f"{iwhere}.target_unit",
                            _("{i}: satuan paling banyak 64 karakter.").format(i=ilabel),
                        )
                    )
            elif not target_text:
                problems.append(
                    (
                        f"{iwhere}.target",
                        _("{i}: target naratif wajib diisi (pendekatan kualitatif).").format(
                            i=ilabel
                        ),
                    )
                )
            quarters = ""
            if approach is SkpApproach.KUANTITATIF and any(q.strip() for q in ind.quarter_targets):
                given = tuple("".join(q.split()) for q in ind.quarter_targets)
                code, values = targets.check_quarter_targets(
                    targets.TargetSpec(aspect, value, unit, skp.period_start, skp.period_end, given)
                )
                if code:
                    problems.append(
                        (f"{iwhere}.quarter_targets", _quarter_problem(ilabel, code, values))
                    )
                quarters = targets.format_quarter_targets(given)
            indicators.append(
                _CleanIndicator(
                    ind.id, aspect, itext, value, unit, target_text[:MAX_TEXT], quarters
                )
            )
        out.append(_CleanRhk(row.id, kind, text, parent_id, perspektif, tuple(indicators)))
    return out, problems


def _raise_problems(problems: list[tuple[str, str]], what: str) -> None:
    if problems:
        raise ValidationError(
            _("{w}: {m}").format(w=what, m=problems[0][1])
            + (
                _(" (dan {n} masalah lain)").format(n=len(problems) - 1)
                if len(problems) > 1
                else ""
            ),
            problems=problems,
            hint=_("Perbaiki isian yang ditandai, lalu coba lagi."),
        )


def _check_lampiran(lampiran: LampiranData) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    out: dict[str, list[str]] = {}
    problems: list[tuple[str, str]] = []
    for section in LAMPIRAN_SECTIONS:
        lines = [_clean(t) for t in getattr(lampiran, section)]
        lines = [t for t in lines if t]
        if len(lines) > MAX_ROWS:
            problems.append(
                (f"lampiran.{section}", _("Paling banyak {n} baris.").format(n=MAX_ROWS))
            )
        for line in lines:
            if len(line) > MAX_LINE:
                problems.append(
                    (
                        f"lampiran.{section}",
                        _("Setiap baris lampiran paling banyak {n} karakter.").format(n=MAX_LINE),
                    )
                )
                break
        out[section] = lines
    return out, problems


# --- writing content -------------------------------------------------------------------
def _write_rhk(session: Session, skp: Skp, rows: Sequence[_CleanRhk]) -> None:
    existing = {r.id: r for r in _rhk_rows(session, skp.id)}
    indicators = _indicator_rows(session, list(existing))
    kept: set[str] = set()
    for position, row in enumerate(rows):
        entity = existing.get(row.id or "")
        if entity is None:
            entity = SkpRhk(id=new_uuid(), skp_id=skp.id, text=row.text)
            session.add(entity)
            session.flush()  # no ORM relationship orders the indicator inserts after it
            old_inds: dict[str, SkpIndicator] = {}
        else:
            kept.add(entity.id)
            old_inds = {i.id: i for i in indicators.get(entity.id, [])}
        _assign(
            entity,
            position=position,
            kind=row.kind,
            text=row.text,
            parent_rhk_id=row.parent_rhk_id,
            perspektif=row.perspektif,
        )
        kept_inds: set[str] = set()
        for ipos, ind in enumerate(row.indicators):
            ientity = old_inds.get(ind.id or "")
            if ientity is None:
                ientity = SkpIndicator(id=new_uuid(), rhk_id=entity.id)
                session.add(ientity)
            else:
                kept_inds.add(ientity.id)
            _assign(
                ientity,
                position=ipos,
                aspect=ind.aspect,
                text=ind.text,
                target_value=ind.target_value,
                target_unit=ind.target_unit,
                target_text=ind.target_text,
                quarter_targets=ind.quarter_targets,
            )
        for iid, ientity in old_inds.items():
            if iid not in kept_inds:
                ientity.deleted = True
    for rid, entity in existing.items():
        if rid not in kept:
            entity.deleted = True
            for ientity in indicators.get(rid, []):
                ientity.deleted = True


def _assign(entity: Any, **values: Any) -> None:
    """Set only what changed, so unchanged rows keep their version."""
    for key, value in values.items():
        if getattr(entity, key) != value:
            setattr(entity, key, value)


def _write_lampiran(session: Session, skp: Skp, lists: dict[str, list[str]]) -> None:
    existing: dict[str, list[SkpLampiranItem]] = {}
    for row in _lampiran_rows(session, skp.id):
        existing.setdefault(row.section, []).append(row)
    for section in LAMPIRAN_SECTIONS:
        old = existing.get(section, [])
        for position, text in enumerate(lists.get(section, [])):
            if position < len(old):
                _assign(old[position], text=text, position=position)
            else:
                session.add(
                    SkpLampiranItem(
                        id=new_uuid(), skp_id=skp.id, section=section, position=position, text=text
                    )
                )
        for row in old[len(lists.get(section, [])) :]:
            row.deleted = True


def _copy_content(session: Session, source: Skp, target: Skp, *, behaviours: bool) -> None:
    for rhk in _rhk_rows(session, source.id):
        clone = copy_row(rhk, skp_id=target.id)
        session.add(clone)
        session.flush()  # no ORM relationship orders the indicator inserts after it
        for ind in _indicator_rows(session, [rhk.id]).get(rhk.id, []):
            session.add(copy_row(ind, rhk_id=clone.id))
    for item in _lampiran_rows(session, source.id):
        session.add(copy_row(item, skp_id=target.id))
    if behaviours:
        for row in _behaviour_rows(session, source.id).values():
            session.add(copy_row(row, skp_id=target.id))


def hash_content(
    *,
    employee_id: str,
    year: int,
    revision: int,
    period: tuple[date, date],
    approach: str,
    rhk: Sequence[RhkData],
    expectations: Sequence[tuple[str, str]],
    lampiran: LampiranData,
) -> str:
    """SHA-256 over approved content (pure: the demo generator hashes in memory too)."""
    body = {
        "employee_id": employee_id,
        "year": year,
        "revision": revision,
        "period": [period[0].isoformat(), period[1].isoformat()],
        "approach": approach,
        "rhk": [
            [
                r.kind,
                r.text,
                r.parent_rhk_id,
                r.perspektif,
                [
                    # Quarterly targets join the hash only when set, so SKPs approved
                    # before schema 0006 keep their hashes.
                    [i.aspect, i.text, i.target_value, i.target_unit, i.target_text]
                    + ([list(i.quarter_targets)] if any(i.quarter_targets) else [])
                    for i in r.indicators
                ],
            ]
            for r in rhk
        ],
        "behaviours": [[code, text] for code, text in expectations],
        "lampiran": dataclasses.asdict(lampiran),
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def content_hash(session: Session, skp: Skp) -> str:
    """SHA-256 over the stored content (approach, period, rows, expectations, lampiran)."""
    session.flush()
    return hash_content(
        employee_id=skp.employee_id,
        year=skp.year,
        revision=skp.revision,
        period=(skp.period_start, skp.period_end),
        approach=skp.approach,
        rhk=_rhk_data(session, skp.id),
        expectations=[(b.value_code, b.expectation) for b in _behaviour_data(session, skp.id)],
        lampiran=_lampiran_data(session, skp.id),
    )


def _refresh_people(session: Session, skp: Skp) -> None:
    penilai, atasan = _skp_people(session, skp)
    if skp.penilai_id != penilai:
        skp.penilai_id = penilai
    if skp.atasan_penilai_id != atasan:
        skp.atasan_penilai_id = atasan


def _my_employee(session: Session, actor: Actor) -> Employee:
    emp = organisation.employee(session, actor.employee_id)
    if emp is None:
        raise ValidationError(
            _("Akun Anda belum ditautkan ke data pegawai, sehingga belum dapat memiliki SKP."),
            hint=_("Minta admin menautkan akun Anda ke data pegawai Anda."),
        )
    return emp


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError(
            _("Tahun {y} tidak masuk akal.").format(y=year),
            hint=_("Pilih tahun antara 2000 dan 2100."),
        )
