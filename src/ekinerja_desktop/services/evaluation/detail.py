"""Evaluation: the detail view (results, behaviour, daily-log facts and evidence), the
signatory snapshots taken at signing and the content hash of a signed revision."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.periods import Period
from ekinerja_desktop.domain.skp import Aspect, EvaluationStatus, LogStatus, keberatan_deadline
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.evaluation.access import access_of, external_atasan
from ekinerja_desktop.services.evaluation.common import (
    OBJECTION_OPEN,
    SIGNED_STATUSES,
    BehaviourRow,
    EvaluationDetail,
    EvidenceEntry,
    ResultRow,
    behaviour_rows,
    evaluated_span,
    heads_organisation,
    keberatan_start,
    latest_evaluation,
    objection_row,
    objections_of,
    org_predikat_value,
    result_rows,
    signatory_snaps,
    stamp_text,
    to_period,
)
from ekinerja_desktop.services.skp import effective_period, load_snapshot, person_snapshot
from ekinerja_desktop.store.models import (
    DailyLog,
    DailyLogEvidence,
    Evaluation,
    Evidence,
    Objection,
    Skp,
    SkpIndicator,
    SkpRhk,
)
from ekinerja_desktop.store.revisions import revisions_filter

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class _Log:
    day: date
    activity: str
    quantity: Decimal | None
    quantity_text: str
    unit: str
    files: tuple[str, ...]


def period_logs(session: Session, skp: Skp | None, period: Period) -> dict[str, list[_Log]]:
    """Approved daily logs of the SKP's owner inside the evaluation period AND the SKP
    period, per RHK of this SKP. Logs written against an earlier approved revision of
    the same year's SKP count for the RHK of this revision with the same text."""
    if skp is None:
        return {}
    skp_start, skp_end = effective_period(session, skp)
    first, last = max(period.start, skp_start), min(period.end, skp_end)
    if first > last:
        return {}
    current = {
        str(rid): " ".join(str(text).split()).casefold()
        for rid, text in session.execute(
            select(SkpRhk.id, SkpRhk.text).where(SkpRhk.skp_id == skp.id, SkpRhk.deleted.is_(False))
        ).all()
    }
    by_text = {text: rid for rid, text in current.items()}
    mapped = {rid: rid for rid in current}
    for rid, text in session.execute(
        select(SkpRhk.id, SkpRhk.text)
        .join(Skp, Skp.id == SkpRhk.skp_id)
        .where(*revisions_filter(skp), Skp.id != skp.id)
    ).all():
        target = by_text.get(" ".join(str(text).split()).casefold())
        if target is not None:
            mapped[str(rid)] = target
    rows = session.execute(
        select(
            DailyLog.id,
            DailyLog.rhk_id,
            DailyLog.day,
            DailyLog.activity,
            DailyLog.quantity,
            DailyLog.unit,
        )
        .where(
            DailyLog.employee_id == skp.employee_id,
            DailyLog.status == LogStatus.DISETUJUI.value,
            DailyLog.day >= first,
            DailyLog.day <= last,
            DailyLog.deleted.is_(False),
            DailyLog.rhk_id.is_not(None),
        )
        .order_by(DailyLog.day, DailyLog.start_time, DailyLog.id)
    ).all()
    rows = [r for r in rows if str(r[1]) in mapped]
    if not rows:
        return {}
    files: dict[str, list[str]] = {}
    ids = [str(r[0]) for r in rows]
    for chunk_start in range(0, len(ids), 500):
        for log_id, name in session.execute(
            select(DailyLogEvidence.log_id, Evidence.name)
            .join(Evidence, Evidence.id == DailyLogEvidence.evidence_id)
            .where(
                DailyLogEvidence.log_id.in_(ids[chunk_start : chunk_start + 500]),
                DailyLogEvidence.deleted.is_(False),
            )
            .order_by(Evidence.name)
        ).all():
            files.setdefault(str(log_id), []).append(str(name))
    out: dict[str, list[_Log]] = {}
    for log_id, rhk_id, day, activity, quantity, unit in rows:
        text = (quantity or "").strip()
        out.setdefault(mapped[str(rhk_id)], []).append(
            _Log(
                day=day,
                activity=str(activity),
                quantity=targets.parse_number(text),
                quantity_text=text,
                unit=str(unit or ""),
                files=tuple(files.get(str(log_id), ())),
            )
        )
    return out


@dataclass(frozen=True)
class _Facts:
    """What the records say about one indicator in one period."""

    target: str
    target_number: Decimal | None
    annual: str
    prefillable: bool
    quantity: Decimal | None  # summed logs in the indicator's unit (prefillable only)
    logs: tuple[_Log, ...]
    unit: str

    @property
    def prefill(self) -> str:
        if not self.prefillable or self.quantity is None:
            return ""
        return f"{targets.format_quantity(self.quantity)} {self.unit}".strip()


def gather_facts(
    skp: Skp | None,
    rhk_indicators: Sequence[SkpIndicator],
    ind: SkpIndicator,
    logs: Sequence[_Log],
    period: Period,
    *,
    served: tuple[date, date] | None = None,
) -> _Facts:
    """Period target, prefill rule and evidence of one indicator (domain.targets).
    ``served``: the SKP's effective span; when a later SKP period (mutasi/promosi) cut it
    short, the target is the share of the months served (``targets.served_target``)."""
    annual = (
        f"{ind.target_value} {ind.target_unit}".strip() if ind.target_value else ind.target_text
    )
    kuantitatif = skp is None or skp.approach != "Kualitatif"
    number: Decimal | None = None
    target = annual
    if skp is not None and kuantitatif and ind.target_value:
        spec = targets.TargetSpec(
            ind.aspect,
            ind.target_value,
            ind.target_unit,
            skp.period_start,
            skp.period_end,
            targets.parse_quarter_targets(ind.quarter_targets) if ind.quarter_targets else (),
        )
        if served is not None and served[1] < skp.period_end:
            number = targets.served_target(spec, period, served)
        else:
            number = targets.period_target(spec, period)
        target = targets.target_text(number, ind.target_unit) or "-"
    # Prefill only a Kuantitas indicator whose unit no other Kuantitas indicator of the
    # RHK shares (the log cannot say which of two same-unit indicators it served).
    same_unit = [
        i
        for i in rhk_indicators
        if i.aspect == Aspect.KUANTITAS.value
        and targets.units_match(i.target_unit, ind.target_unit)
    ]
    prefillable = (
        kuantitatif
        and ind.aspect == Aspect.KUANTITAS.value
        and bool(ind.target_unit.strip())
        and len(same_unit) == 1
    )
    quantity: Decimal | None = None
    if prefillable:
        counted = [
            log.quantity
            for log in logs
            if log.quantity is not None and targets.units_match(log.unit, ind.target_unit)
        ]
        quantity = sum(counted, Decimal(0)) if counted else None
    return _Facts(
        target=target,
        target_number=number,
        annual=annual,
        prefillable=prefillable,
        quantity=quantity,
        logs=tuple(logs),
        unit=ind.target_unit,
    )


def _evidence(facts: _Facts) -> tuple[EvidenceEntry, ...]:
    return tuple(
        record_from(
            EvidenceEntry,
            log,
            quantity=log.quantity_text,
            counted=facts.prefillable
            and log.quantity is not None
            and targets.units_match(log.unit, facts.unit),
        )
        for log in facts.logs
    )


def _capaian(ind: SkpIndicator, realisasi: str, facts: _Facts) -> str:
    """Realisasi against the period target, for indicators where more is better
    (Kuantitas, Kualitas) and the realisasi is "<number> <unit of the indicator>"."""
    if ind.aspect not in (Aspect.KUANTITAS.value, Aspect.KUALITAS.value):
        return ""
    value = targets.realisasi_number(realisasi, ind.target_unit)
    percent = targets.capaian_percent(value, facts.target_number)
    return targets.format_quantity(percent) if percent is not None else ""


def skp_indicators(session: Session, skp_id: str) -> list[tuple[SkpRhk, SkpIndicator]]:
    rhks = list(
        session.execute(
            select(SkpRhk)
            .where(SkpRhk.skp_id == skp_id, SkpRhk.deleted.is_(False))
            .order_by(SkpRhk.position, SkpRhk.id)
        ).scalars()
    )
    out: list[tuple[SkpRhk, SkpIndicator]] = []
    for rhk in rhks:
        for ind in session.execute(
            select(SkpIndicator)
            .where(SkpIndicator.rhk_id == rhk.id, SkpIndicator.deleted.is_(False))
            .order_by(SkpIndicator.position, SkpIndicator.id)
        ).scalars():
            out.append((rhk, ind))
    return out


def take_snapshots(session: Session, ev: Evaluation) -> None:
    ev.pegawai_snapshot = json.dumps(pegawai_snap(session, ev), sort_keys=True)
    penilai, atasan = signatory_snaps(session, ev)
    ev.penilai_snapshot = json.dumps(penilai, sort_keys=True)
    ev.atasan_snapshot = json.dumps(atasan, sort_keys=True)


def pegawai_snap(session: Session, ev: Evaluation) -> dict[str, str]:
    """The employee as printed: today's data, except for an SKP period that a mutasi or
    promotion ended - then the identity of that SKP (its approval snapshot), so the old
    period's evaluation shows the old jabatan and jenjang."""
    skp = session.get(Skp, ev.skp_id)
    if skp is not None and effective_period(session, skp)[1] < skp.period_end:
        snap = load_snapshot(skp.pegawai_snapshot)
        if snap:
            return snap
    return person_snapshot(session, ev.employee_id)


def jenjang_snap(session: Session, ev: Evaluation) -> dict[str, str]:
    """Where the jenjang of an evaluated SKP period is read: the evaluation's snapshot
    taken at signing (a promotion after signing does not change that year's angka
    kredit). For an SKP period ended by a mutasi/promotion that snapshot is the SKP's
    own approval snapshot (``_pegawai_snap``), so the old period keeps the old jenjang."""
    snap = load_snapshot(ev.pegawai_snapshot)
    if snap.get("jabatan_level"):
        return snap
    skp = session.get(Skp, ev.skp_id)
    return load_snapshot(skp.pegawai_snapshot) if skp is not None else snap


def signed_content_hash(session: Session, ev: Evaluation) -> str:
    """SHA-256 of ``ev``'s signed content (the integrity check recomputes it)."""
    return evaluation_hash(
        ev,
        [
            (r.indicator_id, r.realisasi, r.feedback, r.self_realisasi)
            for r in result_rows(session, ev.id)
        ],
        [(b.value_code, b.feedback) for b in behaviour_rows(session, ev.id)],
    )


def evaluation_hash(
    ev: Any,
    results: Sequence[tuple[str, str, str, str]],
    behaviours: Sequence[tuple[str, str]],
) -> str:
    """SHA-256 of the signed content (``ev``: an Evaluation or an object with its fields;
    results: (indicator_id, realisasi, feedback, self_realisasi); behaviours: (code,
    feedback)). Also used by the demo generator."""
    payload = {
        "employee": ev.employee_id,
        "period": ev.period_code,
        "revision": ev.revision,
        "ratings": [ev.rating_hasil, ev.rating_perilaku, ev.predikat, ev.org_predikat],
        "notes": ev.notes,
        "results": sorted(results),
        "behaviours": sorted(b for b in behaviours if b[1]),
        "people": [ev.pegawai_snapshot, ev.penilai_snapshot, ev.atasan_snapshot],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def build_detail(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> EvaluationDetail:
    period = to_period(ev.period_code)
    access = access_of(session, ws, actor, ev)
    signed = ev.status in SIGNED_STATUSES
    visible = signed or not access.owner_only
    emp = organisation.employee(session, ev.employee_id)
    skp = session.get(Skp, ev.skp_id)
    logs = period_logs(session, skp, period)
    served = effective_period(session, skp) if skp is not None else None
    results_by_ind = {r.indicator_id: r for r in result_rows(session, ev.id)}
    results: list[ResultRow] = []
    pairs = skp_indicators(session, ev.skp_id)
    for rhk, ind in pairs:
        r = results_by_ind.get(ind.id)
        if r is None:
            continue
        siblings = [i for x, i in pairs if x.id == rhk.id]
        facts = gather_facts(skp, siblings, ind, logs.get(rhk.id, []), period, served=served)
        realisasi = r.realisasi if visible else ""
        results.append(
            ResultRow(
                indicator_id=ind.id,
                rhk_id=rhk.id,
                rhk_kind=rhk.kind,
                rhk_text=rhk.text,
                aspect=ind.aspect,
                indicator_text=ind.text,
                target=facts.target,
                self_realisasi=r.self_realisasi,
                realisasi=realisasi,
                feedback=r.feedback if visible else "",
                log_count=len(facts.logs),
                log_quantity=targets.format_quantity(facts.quantity),
                evidence_count=sum(len(log.files) for log in facts.logs),
                annual_target=facts.annual,
                capaian=_capaian(ind, realisasi, facts),
                prefillable=facts.prefillable,
                evidence=_evidence(facts),
            )
        )
    from ekinerja_desktop.store.models import SkpBehaviour

    expectations = {
        b.value_code: b.expectation
        for b in session.execute(
            select(SkpBehaviour).where(
                SkpBehaviour.skp_id == ev.skp_id, SkpBehaviour.deleted.is_(False)
            )
        ).scalars()
    }
    feedback = {b.value_code: b.feedback for b in behaviour_rows(session, ev.id)}
    behaviours = tuple(
        BehaviourRow(
            value_code=v.code,
            value_name=v.name,
            behaviours=v.behaviours,
            expectation=expectations.get(v.code, ""),
            feedback=feedback.get(v.code, "") if visible else "",
        )
        for v in BERAKHLAK
    )
    start = keberatan_start(ev) if signed else None
    deadline = keberatan_deadline(start) if start is not None else None
    span = evaluated_span(session, ev)
    latest = latest_evaluation(session, ev.employee_id, ev.period_code, ev.skp_part)
    is_latest = latest is not None and latest.id == ev.id
    objections = objections_of(session, ev.id)
    history: list[Objection] = []  # decided on earlier revisions of the period
    earlier, seen = ev.previous_id, {ev.id}
    while earlier and earlier not in seen:
        seen.add(earlier)
        history = objections_of(session, earlier) + history
        prev = session.get(Evaluation, earlier)
        earlier = prev.previous_id if prev is not None else None
    can_object = (
        access.owner
        and signed
        and is_latest
        and (deadline is None or today_wita() <= deadline)
        and not any(o.status == OBJECTION_OPEN for o in objections)
        and bool(ev.atasan_penilai_id or external_atasan(session, ev))
    )
    revisions = tuple(
        (int(rev), str(status), str(eid))
        for rev, status, eid in session.execute(
            select(Evaluation.revision, Evaluation.status, Evaluation.id)
            .where(*revisions_filter(ev))
            .order_by(Evaluation.revision)
        ).all()
    )
    return record_from(
        EvaluationDetail,
        ev,
        employee_name=organisation.display_name(emp),
        employee_nip=emp.nip if emp else "",
        period_label=period.label,
        period_start=span[0],
        period_end=span[1],
        period_ended=today_wita() > span[1],
        penilai_name=organisation.display_name(organisation.employee(session, ev.penilai_id))
        if ev.penilai_id
        else signatory_snaps(session, ev)[0].get("nama", ""),
        self_submitted_at=stamp_text(ev.self_submitted_at),
        rating_hasil=ev.rating_hasil if visible else "",
        rating_perilaku=ev.rating_perilaku if visible else "",
        predikat=ev.predikat if visible else "",
        org_predikat=ev.org_predikat or org_predikat_value(session, ev),
        is_org_head=heads_organisation(session, ev.employee_id),
        notes=ev.notes if visible else "",
        signed_at=stamp_text(ev.signed_at),
        acknowledged_at=stamp_text(ev.acknowledged_at),
        results=tuple(results),
        behaviours=behaviours,
        results_visible=visible,
        editable_by_me=access.penilai and not signed and is_latest,
        self_editable_by_me=access.owner
        and ev.self_submitted_at is None
        and ev.status == EvaluationStatus.DRAFT.value,
        objection_deadline=deadline,
        can_object=can_object,
        objections=tuple(objection_row(session, o) for o in history + objections),
        revisions=revisions,
    )
