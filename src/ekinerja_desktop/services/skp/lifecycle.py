"""SKP lifecycle: submit, withdraw, expectations, approve, reject and start a revision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.berakhlak import core_value
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import SkpAction, SkpApproach, SkpStatus
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.errors import NotFoundError, ValidationError, required_text
from ekinerja_desktop.services.skp.access import (
    access_of,
    deny_read,
    readable,
    require_owner,
    require_penilai,
)
from ekinerja_desktop.services.skp.common import (
    MAX_TEXT,
    SkpDetail,
    audit_skp,
    frozen_error,
    my_employee,
    require_latest_skp,
    skp_entity,
    transition,
)
from ekinerja_desktop.services.skp.content import (
    assign,
    check_content,
    copy_skp_content,
    raise_problems,
)
from ekinerja_desktop.services.skp.parts import skp_reference
from ekinerja_desktop.services.skp.people import refresh_people, take_snapshots
from ekinerja_desktop.services.skp.reading import (
    behaviour_rows,
    build_detail,
    content_hash,
    rhk_data,
    rhk_rows,
)
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import Employee, Skp, SkpBehaviour

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def submit(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Draft/Ditolak -> Diajukan (owner); snapshots identities; validates completeness."""
    with ws.write(actor=actor.username) as session:
        skp, access = readable(session, ws, actor, skp_id)
        require_owner(access)
        require_latest_skp(session, skp)
        target = transition(skp, SkpAction.SUBMIT)
        emp = my_employee(session, actor)
        refresh_people(session, skp)
        on = skp_reference(session, skp)
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
        take_snapshots(session, skp)
        audit_skp(session, ws, actor, "skp.submit", skp, penilai_id=skp.penilai_id)
        return build_detail(session, ws, actor, skp)


def _check_complete(session: Session, skp: Skp, emp: Employee) -> None:
    current = rhk_data(session, skp.id)
    rows, problems = check_content(
        session,
        skp,
        emp,
        SkpApproach.parse(skp.approach),
        current,
        require_complete=True,
    )
    raise_problems(problems, _("SKP belum lengkap"))
    # Re-point parents of an older approved supervisor revision to the one in force.
    for row, entity in zip(rows, rhk_rows(session, skp.id), strict=True):
        assign(entity, parent_rhk_id=row.parent_rhk_id)


def withdraw(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Diajukan -> Draft by the owner, before the penilai decides."""
    with ws.write(actor=actor.username) as session:
        skp, access = readable(session, ws, actor, skp_id)
        require_owner(access)
        skp.status = transition(skp, SkpAction.WITHDRAW).value
        audit_skp(session, ws, actor, "skp.withdraw", skp)
        return build_detail(session, ws, actor, skp)


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
    raise_problems(problems, _("Ekspektasi belum dapat disimpan"))
    with ws.write(actor=actor.username) as session:
        skp, access = readable(session, ws, actor, skp_id)
        require_penilai(session, access, skp)
        require_latest_skp(session, skp)
        if skp.status == SkpStatus.DISETUJUI.value:
            raise frozen_error(skp)
        stored = behaviour_rows(session, skp.id)
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
            refresh_people(session, skp)
            audit_skp(session, ws, actor, "skp.expectations", skp, values=sorted(changed))
        return build_detail(session, ws, actor, skp)


def approve(ws: Workspace, actor: Actor, skp_id: str) -> SkpDetail:
    """Diajukan -> Disetujui by the employee's penilai for that year only; snapshots
    identities again and stores a content hash; frozen afterwards."""
    with ws.write(actor=actor.username) as session:
        skp = skp_entity(session, skp_id)
        access = access_of(session, ws, actor, skp)
        require_penilai(session, access, skp)
        target = transition(skp, SkpAction.APPROVE)
        emp = organisation.employee(session, skp.employee_id)
        if emp is None:
            raise NotFoundError(_("Data pegawai pemilik SKP tidak ditemukan."))
        refresh_people(session, skp)
        _check_complete(session, skp, emp)
        skp.status = target.value
        skp.decided_at = now_utc()
        skp.decision_note = ""
        take_snapshots(session, skp)
        skp.content_hash = content_hash(session, skp)
        audit_skp(session, ws, actor, "skp.approve", skp, content_hash=skp.content_hash)
        return build_detail(session, ws, actor, skp)


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
        skp = skp_entity(session, skp_id)
        access = access_of(session, ws, actor, skp)
        require_penilai(session, access, skp)
        skp.status = transition(skp, SkpAction.REJECT).value
        skp.decided_at = now_utc()
        skp.decision_note = text
        refresh_people(session, skp)
        audit_skp(session, ws, actor, "skp.reject", skp, note=text)
        return build_detail(session, ws, actor, skp)


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
        old = skp_entity(session, skp_id)
        access = access_of(session, ws, actor, old)
        if not access.can_read:
            raise deny_read()
        require_owner(access)
        require_latest_skp(session, old)
        status = transition(old, SkpAction.REVISE)
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
        refresh_people(session, new)
        session.add(new)
        session.flush()
        copy_skp_content(session, old, new, behaviours=True)
        audit_skp(session, ws, actor, "skp.revise", new, previous_id=old.id, reason=text)
        return build_detail(session, ws, actor, new)
