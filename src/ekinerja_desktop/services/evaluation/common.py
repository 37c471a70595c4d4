"""Evaluation: configuration (organisation-head rating, reward/pembinaan kinds, limits),
the plain result types, and the helpers every evaluation module shares: period and SKP-period
lookups, loading the latest revision, signatories, the organisation row, the stored
objection and follow-up rows, and the audit entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import followup
from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.domain.periods import Period, parse_period
from ekinerja_desktop.domain.ratings import OrgPredikat, Predikat, Rating
from ekinerja_desktop.domain.skp import EvaluationStatus
from ekinerja_desktop.domain.timeutil import to_wita, today_wita
from ekinerja_desktop.services import audit, organisation
from ekinerja_desktop.services.errors import ValidationError, live_row
from ekinerja_desktop.services.revisions import require_latest
from ekinerja_desktop.services.skp import effective_period, parts_of, signatory_snapshots
from ekinerja_desktop.store.models import (
    DevPlanItem,
    Evaluation,
    EvaluationBehaviour,
    EvaluationResult,
    FollowUp,
    Objection,
    OrgPerformance,
    OrgUnit,
)
from ekinerja_desktop.store.revisions import latest_revision

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

#: Rating Hasil Kerja of the head of an organisation, from the organisation's predikat
#: (domain.md: "the organisation's achievement is used as their Rating Hasil Kerja").
#: Regional choice (verify): Istimewa -> Di Atas, Baik -> Sesuai, lower -> Di Bawah.
ORG_HEAD_RATING: Mapping[OrgPredikat, Rating] = MappingProxyType(
    {
        OrgPredikat.ISTIMEWA: Rating.DI_ATAS,
        OrgPredikat.BAIK: Rating.SESUAI,
        OrgPredikat.BUTUH_PERBAIKAN: Rating.DI_BAWAH,
        OrgPredikat.KURANG: Rating.DI_BAWAH,
        OrgPredikat.SANGAT_KURANG: Rating.DI_BAWAH,
    }
)


REWARD = "reward"


PEMBINAAN = "pembinaan"


PEMBINAAN_PREDIKAT = frozenset({Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG})


OBJECTION_OPEN = "Diajukan"


OBJECTION_DECIDED = "Diputuskan"


UPHOLD = "uphold"


CHANGE = "change"


SIGNED_STATUSES = frozenset({EvaluationStatus.DITANDATANGANI.value, EvaluationStatus.DIAKUI.value})


BELUM_DIBUAT = "Belum dibuat"


MAX_TEXT = 4000


# --- plain data ------------------------------------------------------------------------
@dataclass(frozen=True)
class EvidenceEntry:
    """An approved daily-log entry of the period on the indicator's RHK (bukti dukung)."""

    day: date
    activity: str
    quantity: str
    unit: str
    files: tuple[str, ...]  # names of the evidence files attached to the entry
    counted: bool  # summed into this indicator's prefilled realisasi


@dataclass(frozen=True)
class ResultRow:
    indicator_id: str
    rhk_id: str
    rhk_kind: str
    rhk_text: str
    aspect: str
    indicator_text: str
    target: str  # target of THIS period (target triwulan, semester, month; annual for Akhir)
    self_realisasi: str
    realisasi: str
    feedback: str
    log_count: int  # approved daily logs on this RHK in the period
    log_quantity: str  # summed quantity of the logs in this indicator's unit ("" if none)
    evidence_count: int  # evidence files linked to the logs on this RHK in the period
    annual_target: str = ""  # the SKP's annual target
    capaian: str = ""  # realisasi / period target in % ("" when not both numeric)
    prefillable: bool = False  # Kuantitas in the log unit: realisasi comes from the logs
    evidence: tuple[EvidenceEntry, ...] = ()


@dataclass(frozen=True)
class BehaviourRow:
    value_code: str
    value_name: str
    behaviours: tuple[str, ...]
    expectation: str
    feedback: str


@dataclass(frozen=True)
class ObjectionRow:
    id: str
    evaluation_id: str
    employee_id: str
    employee_name: str
    period_code: str
    filed_at: str
    reason: str
    status: str
    decision: str
    decision_reason: str
    new_rating_hasil: str
    new_rating_perilaku: str
    decided_at: str


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    evaluation_id: str
    employee_id: str
    year: int
    kind: str
    description: str
    targets: str
    start_date: date | None
    end_date: date | None
    status: str
    suggested_training: tuple[str, ...]
    subtype: str = ""  # domain.followup REWARD_TYPES / COACHING_TYPES key
    subtype_label: str = ""
    review_date: date | None = None  # coaching plan: reviewed after six months


@dataclass(frozen=True)
class EvaluationDetail:
    id: str
    employee_id: str
    employee_name: str
    employee_nip: str
    skp_id: str
    year: int
    period_code: str
    period_label: str
    period_start: date
    period_end: date
    period_ended: bool
    revision: int
    previous_id: str | None
    correction_reason: str
    status: str
    penilai_id: str | None
    penilai_name: str
    atasan_penilai_id: str | None
    self_submitted_at: str
    rating_hasil: str  # "" for the employee until signed
    rating_perilaku: str
    predikat: str
    org_predikat: str
    is_org_head: bool
    notes: str
    signed_at: str
    acknowledged_at: str
    content_hash: str
    results: tuple[ResultRow, ...]
    behaviours: tuple[BehaviourRow, ...]
    results_visible: bool  # False for the employee before signing
    editable_by_me: bool  # penilai, not yet signed
    self_editable_by_me: bool  # employee, self-assessment not yet submitted
    objection_deadline: date | None
    can_object: bool
    objections: tuple[ObjectionRow, ...] = ()
    revisions: tuple[tuple[int, str, str], ...] = field(default=())  # (rev, status, id)
    skp_part: int = 1  # the SKP period evaluated (period_start/end clipped to it)


@dataclass(frozen=True)
class TeamRow:
    employee_id: str
    employee_name: str
    employee_nip: str
    unit_name: str
    evaluation_id: str
    revision: int
    status: str
    predikat: str
    self_submitted: bool
    has_approved_skp: bool
    skp_part: int = 1  # after a mutasi: which SKP period of the year this row evaluates


@dataclass(frozen=True)
class Calibration:
    unit_id: str
    unit_name: str
    period_code: str
    org_predikat: str
    capaian: str
    counts: tuple[tuple[str, int], ...]  # (predikat, count) in Predikat order
    total: int
    warnings: tuple[str, ...]
    can_set_org_predikat: bool


@dataclass(frozen=True)
class AnnualResult:
    employee_id: str
    year: int
    evaluation_id: str
    predikat: str
    angka_kredit: str  # "" when not Jabatan Fungsional
    months: int
    follow_ups: tuple[FollowUpRow, ...]
    follow_up_kind: str  # reward | pembinaan | "" (what the predikat calls for)
    repeated_poor: bool = False  # this and last year's annual predikat both call for pembinaan
    parts: int = 1  # SKP periods of the year whose Akhir evaluations make up the result


def period_code(year: int, text: str) -> str:
    """Period code from a year and "Q1", "S2", "M03", "AKHIR" (or a full "2026-Q1")."""
    raw = (text or "").strip().upper().replace(" ", "")
    code = raw if "-" in raw else f"{year}-{raw}"
    period = to_period(code)
    if period.year != year:
        raise ValidationError(
            _("Periode {p} bukan periode tahun {y}.").format(p=text, y=year),
            problems=[("period", _("Tahun tidak cocok."))],
        )
    return period.code


def org_head_rating(org: OrgPredikat | str) -> Rating:
    return ORG_HEAD_RATING[OrgPredikat.parse(org)]


def keberatan_start(ev: Any) -> date | None:
    """The day the 14 keberatan days start: the employee received the signed result
    (first opened it, acknowledged it or objected), whichever came first."""
    moments = [m for m in (ev.received_at, ev.acknowledged_at) if m is not None]
    return to_wita(min(moments)).date() if moments else None


def to_period(code: str) -> Period:
    try:
        return parse_period(code)
    except ValueError as exc:
        raise ValidationError(
            str(exc), problems=[("period", _("Kode periode tidak valid."))]
        ) from exc


def parse_rating(value: str, field_name: str, label: str) -> Rating | None:
    if not (value or "").strip():
        return None
    try:
        return Rating.parse(value)
    except ValueError as exc:
        raise ValidationError(
            _("{f} tidak dikenal: {v}.").format(f=label, v=value),
            problems=[(field_name, _("Pilih dari daftar."))],
            hint=_("Pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi."),
        ) from exc


_TEXT_LABELS = {
    "realisasi": N_("Realisasi"),
    "feedback": N_("Umpan balik"),
    "notes": N_("Catatan"),
    "capaian": N_("Capaian"),
    "self_realisasi": N_("Realisasi (penilaian mandiri)"),
    "reason": N_("Alasan"),
    "description": N_("Uraian"),
    "targets": N_("Target"),
}


def clean_text(value: str, field_name: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        label = _(_TEXT_LABELS.get(field_name, N_("Teks")))
        message = _("{f} paling banyak {n} karakter.").format(f=label, n=MAX_TEXT)
        raise ValidationError(message, problems=[(field_name, message)])
    return text


def stamp_text(moment: datetime | None) -> str:
    return to_wita(moment).strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def months_between(start: date, end: date) -> int:
    return max(1, min(12, (end.year - start.year) * 12 + end.month - start.month + 1))


def load_evaluation(session: Session, evaluation_id: str) -> Evaluation:
    missing = _("Evaluasi tidak ditemukan (mungkin sudah dihapus).")
    return live_row(session, Evaluation, evaluation_id, missing, _("Muat ulang daftar evaluasi."))


def load_objection(session: Session, objection_id: str) -> Objection:
    return live_row(session, Objection, objection_id, _("Keberatan tidak ditemukan."))


def latest_evaluation(
    session: Session, employee_id: str, period_code: str, part: int = 1
) -> Evaluation | None:
    return latest_revision(
        session, Evaluation, employee_id=employee_id, period_code=period_code, skp_part=part
    )


def latest_signed(
    session: Session, employee_id: str, period_code: str, part: int = 1
) -> Evaluation | None:
    return latest_revision(
        session,
        Evaluation,
        statuses=SIGNED_STATUSES,
        employee_id=employee_id,
        period_code=period_code,
        skp_part=part,
    )


def require_latest_evaluation(session: Session, ev: Evaluation) -> None:
    superseded = _("Evaluasi revisi ke-{r} sudah digantikan oleh revisi ke-{n}.")
    require_latest(session, ev, superseded)


def period_reference(period: Period) -> date:
    today = today_wita()
    return min(max(today, period.start), period.end)


def last_part(session: Session, employee_id: str, year: int) -> int:
    parts = parts_of(session, employee_id, year)
    return parts[-1].part if parts else 1


def _part_span(session: Session, employee_id: str, period: Period, part: int) -> tuple[date, date]:
    """The days an evaluation of ``period`` covers for SKP period ``part``: the
    evaluation period cut to that SKP's own (effective) period."""
    for skp in parts_of(session, employee_id, period.year):
        if skp.part == part:
            start, end = effective_period(session, skp)
            first, last = max(period.start, start), min(period.end, end)
            return (first, last) if first <= last else (period.start, period.end)
    return period.start, period.end


def part_reference(session: Session, employee_id: str, period: Period, part: int) -> date:
    """The day whose supervisor mapping names the penilai of this evaluation: today
    within the evaluated span (the old penilai for the months before a mutasi)."""
    first, last = _part_span(session, employee_id, period, part)
    return min(max(today_wita(), first), last)


def part_for(session: Session, employee_id: str, period: Period, part: int | None) -> int:
    """``part`` when given; else the SKP period in force on the evaluation period's
    reference day among those overlapping the period (1 without any SKP)."""
    if part is not None:
        return part
    overlapping: list[int] = []
    on = period_reference(period)
    for skp in parts_of(session, employee_id, period.year):
        start, end = effective_period(session, skp)
        if start <= period.end and end >= period.start:
            overlapping.append(skp.part)
            if start <= on <= end:
                return skp.part
    return overlapping[-1] if overlapping else 1


def evaluated_span(session: Session, ev: Evaluation) -> tuple[date, date]:
    return _part_span(session, ev.employee_id, to_period(ev.period_code), ev.skp_part)


def penilai_atasan(
    session: Session, employee_id: str, period: Period, on: date | None = None
) -> tuple[str | None, str | None]:
    """Employee ids of (penilai, atasan penilai) on ``on`` (default: the period's
    reference day); None for an external signatory."""
    penilai, atasan = organisation.signatories(session, employee_id, on or period_reference(period))
    return penilai.employee_id, atasan.employee_id


def ev_reference(session: Session, ev: Evaluation) -> date:
    return part_reference(session, ev.employee_id, to_period(ev.period_code), ev.skp_part)


def signatory_snaps(session: Session, ev: Evaluation) -> tuple[dict[str, str], dict[str, str]]:
    """Snapshots of the penilai and atasan penilai (external signatories included)."""
    return signatory_snapshots(
        session,
        ev.employee_id,
        ev_reference(session, ev),
        (ev.penilai_id, ev.atasan_penilai_id),
    )


def team_of(session: Session, supervisor_id: str, period: Period) -> list[str]:
    return sorted(organisation.team_on(session, supervisor_id, period_reference(period)))


def employee_unit(session: Session, employee_id: str) -> str | None:
    emp = organisation.employee(session, employee_id)
    return emp.unit_id if emp else None


def top_unit(session: Session, unit_id: str | None) -> str | None:
    """The top-level unit (OPD) above ``unit_id``; None when the chain is broken."""
    chain = organisation.unit_chain(session, unit_id)
    return chain[-1].id if chain and chain[-1].parent_id is None else None


def heads_organisation(session: Session, employee_id: str) -> bool:
    emp = organisation.employee(session, employee_id)
    if emp is None or not emp.is_unit_head or not emp.unit_id:
        return False
    unit = session.get(OrgUnit, emp.unit_id)
    return unit is not None and unit.parent_id is None


def org_row_of(session: Session, ev: Evaluation) -> OrgPerformance | None:
    """The organisation predikat that applies to the employee: of the nearest unit
    (their bidang/seksi, then upwards to the OPD) that has one for the period."""
    seen: set[str] = set()
    current = employee_unit(session, ev.employee_id)
    while current and current not in seen:
        seen.add(current)
        row = org_row_for(session, current, ev.period_code)
        if row is not None:
            return row
        unit = session.get(OrgUnit, current)
        current = unit.parent_id if unit is not None else None
    return None


def org_row_for(session: Session, unit_id: str, period_code: str) -> OrgPerformance | None:
    return session.execute(
        select(OrgPerformance).where(
            OrgPerformance.unit_id == unit_id,
            OrgPerformance.period_code == period_code,
            OrgPerformance.deleted.is_(False),
        )
    ).scalar_one_or_none()


def org_predikat_value(session: Session, ev: Evaluation) -> str:
    row = org_row_of(session, ev)
    return row.predikat if row is not None else ""


def org_head_rating_of(session: Session, ev: Evaluation) -> Rating | None:
    if not heads_organisation(session, ev.employee_id):
        return None
    value = org_predikat_value(session, ev)
    return org_head_rating(value) if value else None


_Part = TypeVar("_Part", EvaluationResult, EvaluationBehaviour)


def _parts(session: Session, model: type[_Part], evaluation_id: str) -> list[_Part]:
    """The live rows of ``model`` that belong to one evaluation."""
    return list(
        session.execute(
            select(model).where(model.evaluation_id == evaluation_id, model.deleted.is_(False))
        ).scalars()
    )


def result_rows(session: Session, evaluation_id: str) -> list[EvaluationResult]:
    return _parts(session, EvaluationResult, evaluation_id)


def result_row(rows: Mapping[str, EvaluationResult], indicator_id: str) -> EvaluationResult:
    """The result row of ``indicator_id`` among ``rows`` (by indicator id); a
    ValidationError when the indicator is not part of the evaluation."""
    row = rows.get(indicator_id)
    if row is None:
        raise ValidationError(
            _("Indikator tidak termasuk dalam evaluasi ini."),
            hint=_("Muat ulang evaluasi lalu isi lagi."),
        )
    return row


def behaviour_rows(session: Session, evaluation_id: str) -> list[EvaluationBehaviour]:
    return _parts(session, EvaluationBehaviour, evaluation_id)


def objections_of(
    session: Session, evaluation_id: str, *, open_only: bool = False
) -> list[Objection]:
    query = select(Objection).where(
        Objection.evaluation_id == evaluation_id, Objection.deleted.is_(False)
    )
    if open_only:
        query = query.where(Objection.status == OBJECTION_OPEN)
    return list(session.execute(query.order_by(Objection.filed_at)).scalars())


def objection_row(session: Session, obj: Objection) -> ObjectionRow:
    ev = session.get(Evaluation, obj.evaluation_id)
    return record_from(
        ObjectionRow,
        obj,
        employee_name=organisation.display_name(organisation.employee(session, obj.employee_id)),
        period_code=ev.period_code if ev else "",
        filed_at=stamp_text(obj.filed_at),
        decided_at=stamp_text(obj.decided_at),
    )


def follow_up_row(session: Session, fu: FollowUp) -> FollowUpRow:
    titles = session.execute(
        select(DevPlanItem.title).where(
            DevPlanItem.follow_up_id == fu.id, DevPlanItem.deleted.is_(False)
        )
    ).scalars()
    return record_from(
        FollowUpRow,
        fu,
        suggested_training=tuple(sorted(titles)),
        subtype_label=follow_up_label(fu.kind, fu.subtype),
    )


def follow_up_label(kind: str, subtype: str) -> str:
    catalogue = followup.REWARD_TYPES if kind == REWARD else followup.COACHING_TYPES
    return _(catalogue[subtype]) if subtype in catalogue else ""


def follow_up_rows(session: Session, employee_id: str, year: int) -> list[FollowUpRow]:
    rows = session.execute(
        select(FollowUp).where(
            FollowUp.employee_id == employee_id,
            FollowUp.year == year,
            FollowUp.deleted.is_(False),
        )
    ).scalars()
    return [follow_up_row(session, f) for f in rows]


def audit_evaluation(
    session: Session,
    ws: Workspace,
    actor: Actor,
    action: str,
    ev: Evaluation,
    **detail: Any,
) -> None:
    fields = {"period": ev.period_code, "revision": ev.revision, **detail}
    audit.record_row(session, ws, actor, action, ev, fields)
