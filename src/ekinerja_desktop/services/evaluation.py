"""Evaluation use cases: periodic/annual appraisal, calibration, signing, objections, follow-up.

Ownership: the employee writes the self-assessment (self realisasi) and files objections;
the Pejabat Penilai Kinerja (supervisor of the period, from the mapping) writes realisasi,
feedback, ratings and notes and signs; the Atasan Pejabat Penilai decides objections. A
signed revision is immutable: a correction is revision N+1 with a reason, both kept.
Every write is permission-checked and audited; functions return frozen dataclasses.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ekinerja_desktop.domain import followup, targets
from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.periods import Period, PeriodScheme, parse_period
from ekinerja_desktop.domain.ratings import OrgPredikat, Predikat, Rating, check_distribution
from ekinerja_desktop.domain.ratings import predikat as matrix_predikat
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.skp import (
    Aspect,
    EvaluationAction,
    EvaluationStatus,
    LogStatus,
    SkpStatus,
    evaluation_transition,
    keberatan_deadline,
)
from ekinerja_desktop.domain.timeutil import now_utc, to_wita, today_wita
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import audit, discipline, issuance, organisation, settings
from ekinerja_desktop.services.access import admin_covers, admin_scope_in
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    required_text,
)
from ekinerja_desktop.services.period_scheme import DEFAULT_SCHEME, SCHEME_SETTING
from ekinerja_desktop.services.revisions import require_latest
from ekinerja_desktop.services.skp import (
    acts_for_external_penilai,
    current_approved,
    effective_period,
    load_snapshot,
    parts_of,
    person_snapshot,
    signatory_snapshots,
)
from ekinerja_desktop.store.base import copy_row, new_uuid
from ekinerja_desktop.store.batch import chunks
from ekinerja_desktop.store.models import (
    DailyLog,
    DailyLogEvidence,
    DevPlanItem,
    Employee,
    Evaluation,
    EvaluationBehaviour,
    EvaluationResult,
    Evidence,
    FollowUp,
    Objection,
    OrgPerformance,
    OrgUnit,
    Skp,
    SkpIndicator,
    SkpRhk,
)
from ekinerja_desktop.store.revisions import latest_revision

if TYPE_CHECKING:
    from ekinerja_desktop.reports import (
        EvaluationCover,
        EvaluationDocument,
        ObjectionDocument,
        VerificationStamp,
    )
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

# --- configuration ---------------------------------------------------------------------

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


# --- configuration use cases -----------------------------------------------------------
def set_scheme(ws: Workspace, actor: Actor, scheme: str) -> PeriodScheme:
    from ekinerja_desktop.services.auth import require

    require(actor, Role.ADMIN_OPD, Role.ADMIN_PUSAT)
    try:
        parsed = PeriodScheme.parse(scheme)
    except ValueError as exc:
        raise ValidationError(
            _("Skema periode evaluasi tidak dikenal: {s}.").format(s=scheme),
            hint=_("Pilih bulanan, triwulan atau semester."),
        ) from exc
    settings.write(ws, actor, SCHEME_SETTING, parsed.value, DEFAULT_SCHEME.value)
    return parsed


def period_code(year: int, text: str) -> str:
    """Period code from a year and "Q1", "S2", "M03", "AKHIR" (or a full "2026-Q1")."""
    raw = (text or "").strip().upper().replace(" ", "")
    code = raw if "-" in raw else f"{year}-{raw}"
    period = _period(code)
    if period.year != year:
        raise ValidationError(
            _("Periode {p} bukan periode tahun {y}.").format(p=text, y=year),
            problems=[("period", _("Tahun tidak cocok."))],
        )
    return period.code


def org_head_rating(org: OrgPredikat | str) -> Rating:
    return ORG_HEAD_RATING[OrgPredikat.parse(org)]


# --- supervisor use cases --------------------------------------------------------------
def team(ws: Workspace, actor: Actor, period_code: str) -> list[TeamRow]:
    """Everyone the actor appraises in the period, with their evaluation status; for an
    admin also those in scope whose penilai is an external signatory (the admin enters
    that evaluation). A fixed number of set-based queries for any team size."""
    period = _period(period_code)
    me = actor.employee_id
    if me is None and not actor.is_admin:
        return []
    with ws.read() as session:
        members = set(_team_of(session, me, period)) if me is not None else set()
        outside: set[str] = set()
        if actor.is_admin:
            outside = organisation.externally_appraised(session, _reference(period)) - {me}
        emps = _employees(session, members | outside)
        if outside:
            scope = admin_scope_in(session, ws, actor)
            members |= {e for e in outside if e in emps and scope.covers(emps[e].unit_id)}
        # After a mutasi/promosi an employee has several SKP periods: one row per SKP
        # period whose penilai (on its own reference day) is the actor.
        former = organisation.team_between(session, me, period.start, period.end) if me else set()
        split = _split_parts(session, members | former, period)
        extra = _employees(session, former - set(emps))
        emps.update(extra)
        keys: list[tuple[str, int]] = []
        for e in sorted(members | set(split)):
            if e not in emps or not emps[e].active:
                continue
            if e not in split:
                keys.append((e, 1))
                continue
            for part, (first, last) in split[e]:
                on = min(max(today_wita(), first), last)
                if organisation.penilai(session, e, on) == me or (
                    e in members and e in outside and _part_for(session, e, period, None) == part
                ):
                    keys.append((e, part))
        live = sorted({e for e, _part in keys})
        latest = _latest_of(session, live, period.code)
        with_skp = _with_approved_skp(session, live, period.year)
        units = _unit_names(session, {emps[e].unit_id for e in live})
        rows: list[TeamRow] = []
        for emp_id, part in keys:
            emp = emps[emp_id]
            ev = latest.get((emp_id, part))
            approved = (
                emp_id in with_skp
                if emp_id not in split
                else current_approved(session, emp_id, period.year, part=part) is not None
            )
            rows.append(
                TeamRow(
                    employee_id=emp_id,
                    employee_name=organisation.display_name(emp),
                    employee_nip=emp.nip,
                    unit_name=units.get(emp.unit_id or "", ""),
                    evaluation_id=ev.id if ev else "",
                    revision=ev.revision if ev else 0,
                    status=ev.status if ev else BELUM_DIBUAT,
                    predikat=ev.predikat if ev else "",
                    self_submitted=bool(ev and ev.self_submitted_at),
                    has_approved_skp=approved,
                    skp_part=part,
                )
            )
    return sorted(rows, key=lambda r: (r.employee_name.casefold(), r.employee_nip, r.skp_part))


def _split_parts(
    session: Session, ids: set[str], period: Period
) -> dict[str, list[tuple[int, tuple[date, date]]]]:
    """Employees of ``ids`` with more than one SKP period in the year, mapped to the SKP
    periods overlapping ``period`` with the days each covers there. One query for any
    team (only employees with a part > 1 cost more)."""
    multi: set[str] = set()
    for chunk in chunks(sorted(ids)):
        multi |= {
            str(e)
            for e in session.execute(
                select(Skp.employee_id).where(
                    Skp.employee_id.in_(chunk),
                    Skp.year == period.year,
                    Skp.part > 1,
                    Skp.deleted.is_(False),
                )
            ).scalars()
        }
    out: dict[str, list[tuple[int, tuple[date, date]]]] = {}
    for emp_id in sorted(multi):
        spans = []
        for skp in parts_of(session, emp_id, period.year):
            start, end = effective_period(session, skp)
            first, last = max(period.start, start), min(period.end, end)
            if first <= last:
                spans.append((skp.part, (first, last)))
        out[emp_id] = spans
    return out


def _employees(session: Session, ids: set[str]) -> dict[str, Employee]:
    """The live employees among ``ids``, in one IN query per chunk."""
    out: dict[str, Employee] = {}
    for chunk in chunks(sorted(ids)):
        for emp in session.execute(
            select(Employee).where(Employee.id.in_(chunk), Employee.deleted.is_(False))
        ).scalars():
            out[emp.id] = emp
    return out


def _latest_of(
    session: Session, ids: Sequence[str], period_code: str
) -> dict[tuple[str, int], Evaluation]:
    """(employee id, SKP period) -> the latest live evaluation revision of the period."""
    out: dict[tuple[str, int], Evaluation] = {}
    for chunk in chunks(list(ids)):
        for ev in session.execute(
            select(Evaluation).where(
                Evaluation.employee_id.in_(chunk),
                Evaluation.period_code == period_code,
                Evaluation.deleted.is_(False),
            )
        ).scalars():
            key = (ev.employee_id, ev.skp_part)
            if key not in out or ev.revision > out[key].revision:
                out[key] = ev
    return out


def _with_approved_skp(session: Session, ids: Sequence[str], year: int) -> set[str]:
    """Those of ``ids`` with an approved SKP of ``year`` (``current_approved`` exists)."""
    out: set[str] = set()
    for chunk in chunks(list(ids)):
        out |= {
            str(e)
            for e in session.execute(
                select(Skp.employee_id).where(
                    Skp.employee_id.in_(chunk),
                    Skp.year == year,
                    Skp.status == SkpStatus.DISETUJUI.value,
                    Skp.deleted.is_(False),
                )
            ).scalars()
        }
    return out


def _unit_names(session: Session, unit_ids: set[str | None]) -> dict[str, str]:
    wanted = sorted(u for u in unit_ids if u)
    out: dict[str, str] = {}
    for chunk in chunks(wanted):
        out.update(
            (str(i), str(n))
            for i, n in session.execute(
                select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(chunk))
            ).all()
        )
    return out


def open_evaluation(
    ws: Workspace, actor: Actor, employee_id: str, period_code: str, part: int | None = None
) -> EvaluationDetail:
    """The latest revision for the employee, period and SKP period ``part`` (default:
    the SKP period in force in the evaluation period); creates the draft (from that
    approved SKP, realisasi prefilled from approved daily logs) when there is none.
    The penilai of that SKP period within the evaluation period, or the employee, may
    create it: after a mutasi the old penilai evaluates the old SKP's months."""
    period = _period(period_code)
    with ws.write(actor=actor.username) as session:
        chosen = _part_for(session, employee_id, period, part)
        ev = _latest(session, employee_id, period.code, chosen)
        if ev is None:
            emp = organisation.employee(session, employee_id)
            if emp is None:
                raise NotFoundError(_("Data pegawai tidak ditemukan."))
            on = _part_reference(session, employee_id, period, chosen)
            penilai, atasan = _penilai_atasan(session, employee_id, period, on)
            me = actor.employee_id
            acting = penilai is None and acts_for_external_penilai(
                session, ws, actor, employee_id, on
            )
            if not acting and (me is None or me not in {penilai, employee_id}):
                raise _not_penilai(emp, period)
            ev = _create_draft(
                session, ws, actor, emp, period, people=(penilai, atasan), part=chosen
            )
        elif not _access(session, ws, actor, ev).can_read:
            raise _deny_read()
        return _detail(session, ws, actor, ev)


def get_evaluation(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    with ws.read() as session:
        ev = _entity(session, evaluation_id)
        if not _access(session, ws, actor, ev).can_read:
            raise _deny_read()
        if not _arrives(actor, ev):
            return _detail(session, ws, actor, ev)
    return _receive(ws, actor, evaluation_id)


def my_evaluation(
    ws: Workspace, actor: Actor, period_code: str, part: int | None = None
) -> EvaluationDetail | None:
    """The logged-in employee's own latest evaluation of the period and SKP period
    (default: the one in force in the evaluation period; None when none)."""
    period = _period(period_code)
    if actor.employee_id is None:
        return None
    with ws.read() as session:
        chosen = _part_for(session, actor.employee_id, period, part)
        ev = _latest(session, actor.employee_id, period.code, chosen)
        if ev is None:
            return None
        if not _arrives(actor, ev):
            return _detail(session, ws, actor, ev)
        evaluation_id = ev.id
    return _receive(ws, actor, evaluation_id)


def _arrives(actor: Actor, ev: Evaluation) -> bool:
    """The employee sees their signed result for the first time (on this node)."""
    return (
        actor.employee_id == ev.employee_id
        and ev.status in SIGNED_STATUSES
        and ev.received_at is None
    )


def _receive(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    """Record that the signed result reached the employee: the keberatan days start."""
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        if _arrives(actor, ev):
            ev.received_at = now_utc()
            _audit(session, ws, actor, "evaluation.receive", ev)
        return _detail(session, ws, actor, ev)


def keberatan_start(ev: Any) -> date | None:
    """The day the 14 keberatan days start: the employee received the signed result
    (first opened it, acknowledged it or objected), whichever came first."""
    moments = [m for m in (ev.received_at, ev.acknowledged_at) if m is not None]
    return to_wita(min(moments)).date() if moments else None


def save_rating(
    ws: Workspace,
    actor: Actor,
    evaluation_id: str,
    *,
    results: Mapping[str, tuple[str, str]] | None = None,
    behaviours: Mapping[str, str] | None = None,
    rating_hasil: str = "",
    rating_perilaku: str = "",
    notes: str | None = None,
) -> EvaluationDetail:
    """Penilai writes realisasi/feedback per indicator ({indicator_id: (realisasi,
    feedback)}), feedback per BerAKHLAK value, the two ratings and notes. The predikat
    follows the matrix. Allowed any time before signing (a draft until the period ends)."""
    hasil = _parse_rating(rating_hasil, "rating_hasil", _("Rating Hasil Kerja"))
    perilaku = _parse_rating(rating_perilaku, "rating_perilaku", _("Rating Perilaku Kerja"))
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        _require_penilai(session, ws, actor, ev)
        _require_editable(ev)
        changed: list[str] = []
        if results:
            rows = {r.indicator_id: r for r in _result_rows(session, ev.id)}
            for indicator_id, (realisasi, feedback) in results.items():
                row = rows.get(indicator_id)
                if row is None:
                    raise ValidationError(
                        _("Indikator tidak termasuk dalam evaluasi ini."),
                        hint=_("Muat ulang evaluasi lalu isi lagi."),
                    )
                row.realisasi = _text(realisasi, "realisasi")
                row.feedback = _text(feedback, "feedback")
            changed.append("results")
        if behaviours:
            by_code = {b.value_code: b for b in _behaviour_rows(session, ev.id)}
            codes = {v.code for v in BERAKHLAK}
            for code, feedback in behaviours.items():
                if code not in codes:
                    raise ValidationError(
                        _("Nilai BerAKHLAK tidak dikenal: {c}.").format(c=code),
                        hint=_("Gunakan salah satu dari tujuh nilai BerAKHLAK."),
                    )
                beh = by_code.get(code)
                if beh is None:  # rows without feedback may be absent (demo, sync)
                    beh = EvaluationBehaviour(id=new_uuid(), evaluation_id=ev.id, value_code=code)
                    session.add(beh)
                beh.feedback = _text(feedback, "feedback")
            changed.append("behaviours")
        if notes is not None:
            ev.notes = _text(notes, "notes")
            changed.append("notes")
        head_rating = _org_head_rating(session, ev)
        if head_rating is not None:
            hasil = head_rating
        elif _is_org_head(session, ev.employee_id):
            hasil = None
        ev.rating_hasil = hasil.value if hasil else ""
        ev.rating_perilaku = perilaku.value if perilaku else ""
        ev.predikat = matrix_predikat(hasil, perilaku).value if hasil and perilaku else ""
        ev.org_predikat = _org_predikat_value(session, ev)
        target = EvaluationStatus.DINILAI if ev.predikat else EvaluationStatus.DRAFT
        if ev.status != target.value:
            action = EvaluationAction.RATE if ev.predikat else EvaluationAction.REOPEN
            ev.status = evaluation_transition(ev.status, action).value
        _audit(
            session,
            ws,
            actor,
            "evaluation.rate",
            ev,
            changed=changed,
            rating_hasil=ev.rating_hasil,
            rating_perilaku=ev.rating_perilaku,
            predikat=ev.predikat,
        )
        return _detail(session, ws, actor, ev)


def sign(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    """Penilai signs: only after the period ended and with both ratings; takes snapshots
    and a content hash; the revision is immutable afterwards."""
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        _require_penilai(session, ws, actor, ev)
        _require_editable(ev)
        period = _period(ev.period_code)
        ends = _evaluated_span(session, ev)[1]
        if today_wita() <= ends:
            raise ValidationError(
                _(
                    "Periode {p} {y} belum berakhir (sampai {d}), sehingga evaluasi baru "
                    "dapat disimpan sebagai draf dan belum dapat ditandatangani."
                ).format(p=period.label, y=period.year, d=ends.isoformat()),
                hint=_("Simpan sebagai draf dan tandatangani setelah periode berakhir."),
            )
        if _is_org_head(session, ev.employee_id) and not ev.org_predikat:
            raise ValidationError(
                _(
                    "Pegawai ini kepala organisasi: Rating Hasil Kerjanya diambil dari "
                    "Predikat Kinerja Organisasi, yang belum ditetapkan untuk periode ini."
                ),
                hint=_("Minta pimpinan satu tingkat di atas atau admin menetapkannya dulu."),
            )
        if not ev.predikat:
            raise ValidationError(
                _("Rating Hasil Kerja dan Rating Perilaku Kerja wajib diisi sebelum tanda tangan."),
                problems=[
                    ("rating_hasil", _("Wajib diisi.")),
                    ("rating_perilaku", _("Wajib diisi.")),
                ],
                hint=_("Pilih kedua rating, simpan, lalu tandatangani."),
            )
        ev.status = evaluation_transition(ev.status, EvaluationAction.SIGN).value
        ev.signed_at = now_utc()
        _take_snapshots(session, ev)
        ev.content_hash = _content_hash(session, ev)
        _audit(session, ws, actor, "evaluation.sign", ev, content_hash=ev.content_hash)
        return _detail(session, ws, actor, ev)


def start_correction(
    ws: Workspace, actor: Actor, evaluation_id: str, reason: str
) -> EvaluationDetail:
    """From a signed revision: a new Draft revision N+1 copying its content (penilai)."""
    text = required_text(
        reason,
        "reason",
        _("Alasan koreksi wajib diisi."),
        _("Tulis mengapa evaluasi perlu dikoreksi."),
        _("Tulis alasan koreksi, mis. salah ketik realisasi."),
    )
    with ws.write(actor=actor.username) as session:
        old = _entity(session, evaluation_id)
        _require_penilai(session, ws, actor, old)
        _require_latest(session, old)
        if old.status not in SIGNED_STATUSES:
            raise ValidationError(
                _("Evaluasi berstatus {s} belum ditandatangani; ubah langsung isinya.").format(
                    s=old.status
                ),
                hint=_("Koreksi (revisi baru) hanya untuk evaluasi yang sudah ditandatangani."),
            )
        new = _copy_revision(session, old, text)
        _audit(session, ws, actor, "evaluation.correct", new, previous_id=old.id, reason=text)
        return _detail(session, ws, actor, new)


def calibration(ws: Workspace, actor: Actor, period_code: str) -> list[Calibration]:
    """Per OPD of the actor's team: the organisation predikat, the current distribution
    of employee predikat in the whole OPD (latest revisions) and guidance warnings."""
    period = _period(period_code)
    me = actor.employee_id
    with ws.read() as session:
        unit_ids: list[str] = []
        if me is not None:
            team = _team_of(session, me, period)
            emps = _employees(session, set(team))
            tree = organisation.load_tree(session)
            for emp_id in team:
                emp = emps.get(emp_id)
                top = tree.top(emp.unit_id) if emp is not None and emp.unit_id else None
                if top is not None and top.id not in unit_ids:
                    unit_ids.append(top.id)
        return [_calibration(session, ws, actor, u, period) for u in unit_ids]


def unit_calibration(ws: Workspace, actor: Actor, unit_id: str, period_code: str) -> Calibration:
    period = _period(period_code)
    with ws.read() as session:
        if session.get(OrgUnit, unit_id) is None:
            raise NotFoundError(_("Unit kerja tidak ditemukan."))
        return _calibration(session, ws, actor, unit_id, period)


def export_org_predikat(
    ws: Workspace, actor: Actor, unit_ids: Sequence[str], period_code: str, out: Path
) -> Path:
    """Penetapan Predikat Kinerja Organisasi of ``unit_ids`` for the period, each with
    the distribution of employee predikat inside the unit (table and curve) and the
    guidance warnings, as PDF."""
    from ekinerja_desktop.reports import BarChart, Column, build_table_pdf

    cals = [unit_calibration(ws, actor, unit_id, period_code) for unit_id in unit_ids]
    period = _period(period_code)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    names = [p.value for p in Predikat]
    build_table_pdf(
        "Penetapan Predikat Kinerja Organisasi",
        [ws.node.agency, f"Periode: {period.label} {period.year}"],
        [
            Column("Unit kerja", 2.4),
            Column("Predikat Kinerja Organisasi", 1.4),
            Column("Capaian", 1.6),
            *(Column(n, 0.9, "right") for n in names),
            Column("Jumlah", 0.7, "right"),
            Column("Catatan pedoman distribusi", 3.0),
        ],
        [
            (
                c.unit_name,
                c.org_predikat or "belum ditetapkan",
                c.capaian or "-",
                *(n for _p, n in c.counts),
                c.total,
                "; ".join(c.warnings) or ("sesuai pedoman" if c.org_predikat else "-"),
            )
            for c in cals
        ],
        out,
        landscape=True,
        charts=[
            BarChart(
                labels=names,
                series={"Jumlah pegawai": [float(n) for _p, n in c.counts]},
                title=f"Kurva distribusi predikat kinerja pegawai - {c.unit_name}",
            )
            for c in cals
            if c.total
        ],
        footnotes=[
            "Pedoman distribusi (PermenPANRB 6/2022) memberi peringatan, tidak membatasi.",
        ],
    )
    return out


def set_org_predikat(
    ws: Workspace,
    actor: Actor,
    unit_id: str,
    period_code: str,
    predikat: str,
    *,
    capaian: str = "",
) -> Calibration:
    """Predikat Kinerja Organisasi of a unit for a period: the leader one level up (the
    head of the parent unit, or the penilai of the unit's head) or an admin in scope."""
    period = _period(period_code)
    try:
        org = OrgPredikat.parse(predikat)
    except ValueError as exc:
        raise ValidationError(
            _("Predikat Kinerja Organisasi tidak dikenal: {p}.").format(p=predikat),
            problems=[("predikat", _("Pilih dari daftar."))],
            hint=_("Pilih Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang."),
        ) from exc
    with ws.write(actor=actor.username) as session:
        unit = session.get(OrgUnit, unit_id)
        if unit is None or unit.deleted:
            raise NotFoundError(_("Unit kerja tidak ditemukan."))
        if not _can_set_org(session, ws, actor, unit, period):
            raise PermissionDeniedError(
                _(
                    "Predikat Kinerja Organisasi {u} hanya dapat ditetapkan oleh pimpinan "
                    "satu tingkat di atasnya atau admin."
                ).format(u=unit.name),
                hint=_("Minta pimpinan di atas unit ini atau admin untuk menetapkannya."),
            )
        row = session.execute(
            select(OrgPerformance).where(
                OrgPerformance.unit_id == unit_id,
                OrgPerformance.period_code == period.code,
                OrgPerformance.deleted.is_(False),
            )
        ).scalar_one_or_none()
        before = row.predikat if row else ""
        if row is None:
            row = OrgPerformance(
                id=new_uuid(),
                unit_id=unit_id,
                year=period.year,
                period_code=period.code,
                predikat=org.value,
            )
            session.add(row)
        row.predikat = org.value
        row.capaian = _text(capaian, "capaian")
        row.set_by = actor.username
        session.flush()
        audit.record_action(
            session,
            ws,
            actor,
            action="evaluation.org_predikat",
            entity="org_performance",
            entity_id=row.id,
            detail={"unit": unit.name, "period": period.code, "before": before, "after": org.value},
        )
        return _calibration(session, ws, actor, unit_id, period)


# --- employee use cases ----------------------------------------------------------------
def save_self_assessment(
    ws: Workspace,
    actor: Actor,
    evaluation_id: str,
    self_realisasi: Mapping[str, str],
    *,
    submit: bool = False,
) -> EvaluationDetail:
    """The employee's own realisasi per indicator; ``submit`` hands it to the penilai
    (no more changes afterwards). Only before the penilai rated."""
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        if actor.employee_id != ev.employee_id:
            raise PermissionDeniedError(
                _("Hanya pegawai yang dinilai yang dapat mengisi penilaian mandirinya."),
                hint=_("Minta pegawai itu mengisinya dari akunnya sendiri."),
            )
        if ev.self_submitted_at is not None:
            raise ValidationError(
                _("Penilaian mandiri sudah diserahkan dan tidak dapat diubah lagi."),
                hint=_("Sampaikan tambahan kepada pejabat penilai secara langsung."),
            )
        if ev.status != EvaluationStatus.DRAFT.value:
            raise ValidationError(
                _("Pejabat penilai sudah menilai (status {s}); penilaian mandiri ditutup.").format(
                    s=ev.status
                ),
                hint=_("Sampaikan tambahan kepada pejabat penilai secara langsung."),
            )
        rows = {r.indicator_id: r for r in _result_rows(session, ev.id)}
        for indicator_id, text in self_realisasi.items():
            row = rows.get(indicator_id)
            if row is None:
                raise ValidationError(
                    _("Indikator tidak termasuk dalam evaluasi ini."),
                    hint=_("Muat ulang evaluasi lalu isi lagi."),
                )
            row.self_realisasi = _text(text, "self_realisasi")
        if submit:
            missing = [r for r in rows.values() if not r.self_realisasi.strip()]
            if missing:
                raise ValidationError(
                    _("Realisasi mandiri belum diisi untuk {n} indikator.").format(n=len(missing)),
                    problems=[("self_realisasi", _("Wajib diisi."))],
                    hint=_("Isi realisasi setiap indikator, lalu serahkan."),
                )
            ev.self_submitted_at = now_utc()
        _audit(
            session,
            ws,
            actor,
            "evaluation.self_submit" if submit else "evaluation.self_save",
            ev,
            indicators=len(self_realisasi),
        )
        return _detail(session, ws, actor, ev)


def acknowledge(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDetail:
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        if actor.employee_id != ev.employee_id:
            raise PermissionDeniedError(
                _("Hanya pegawai yang dinilai yang dapat menyatakan menerima hasil evaluasi."),
            )
        try:
            ev.status = evaluation_transition(ev.status, EvaluationAction.ACKNOWLEDGE).value
        except ValueError as exc:
            raise ValidationError(
                _("Evaluasi berstatus {s} belum dapat diakui.").format(s=ev.status),
                hint=_("Tunggu sampai pejabat penilai menandatanganinya."),
            ) from exc
        ev.acknowledged_at = now_utc()
        if ev.received_at is None:
            ev.received_at = ev.acknowledged_at
        _audit(session, ws, actor, "evaluation.acknowledge", ev)
        return _detail(session, ws, actor, ev)


def file_objection(ws: Workspace, actor: Actor, evaluation_id: str, reason: str) -> ObjectionRow:
    """Keberatan by the evaluated employee within 14 days of receiving the signed result
    (``keberatan_start``); decided by the Atasan Pejabat Penilai, or - when that is an
    external signatory such as the Wali Kota for a Kepala OPD - recorded by the admin."""
    text = required_text(
        reason,
        "reason",
        _("Alasan keberatan wajib diisi."),
        _("Tulis alasan keberatan Anda."),
        _("Jelaskan bagian mana yang Anda keberatan dan mengapa."),
    )
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        if actor.employee_id != ev.employee_id:
            raise PermissionDeniedError(
                _("Keberatan hanya dapat diajukan oleh pegawai yang dinilai sendiri."),
                hint=_("Pegawai itu perlu mengajukannya dari akunnya sendiri."),
            )
        _require_latest(session, ev)
        if ev.status not in SIGNED_STATUSES or ev.signed_at is None:
            raise ValidationError(
                _("Keberatan hanya dapat diajukan atas evaluasi yang sudah ditandatangani."),
                hint=_("Tunggu sampai pejabat penilai menandatangani evaluasi."),
            )
        if ev.received_at is None and ev.acknowledged_at is None:
            ev.received_at = now_utc()  # objecting is receiving
        start = keberatan_start(ev)
        assert start is not None
        deadline = keberatan_deadline(start)
        if today_wita() > deadline:
            raise ValidationError(
                _(
                    "Batas waktu keberatan sudah lewat: paling lambat {d} (14 hari sejak "
                    "hasil evaluasi diterima)."
                ).format(d=deadline.isoformat()),
                hint=_("Keberatan tidak dapat diajukan lagi untuk evaluasi ini."),
            )
        if _objections(session, ev.id, open_only=True):
            raise ValidationError(
                _("Sudah ada keberatan yang menunggu keputusan untuk evaluasi ini."),
                hint=_("Tunggu keputusan atasan pejabat penilai."),
            )
        if not ev.atasan_penilai_id and not _external_atasan(session, ev):
            raise ValidationError(
                _(
                    "Atasan pejabat penilai belum tercatat, sehingga keberatan tidak dapat "
                    "diproses."
                ),
                hint=_("Minta admin melengkapi pemetaan atasan."),
            )
        obj = Objection(
            id=new_uuid(),
            evaluation_id=ev.id,
            employee_id=ev.employee_id,
            filed_at=now_utc(),
            reason=_text(text, "reason"),
            status=OBJECTION_OPEN,
        )
        session.add(obj)
        session.flush()
        _audit(session, ws, actor, "evaluation.objection", ev, objection_id=obj.id)
        return _objection_row(session, obj)


def decide_objection(
    ws: Workspace,
    actor: Actor,
    objection_id: str,
    decision: str,
    reason: str,
    *,
    rating_hasil: str = "",
    rating_perilaku: str = "",
) -> ObjectionRow:
    """The Atasan Pejabat Penilai upholds or changes the ratings (final). A change makes
    a new signed revision with the new ratings; the objected one stays on record."""
    text = (reason or "").strip()
    if decision not in (UPHOLD, CHANGE):
        raise ValidationError(
            _("Keputusan keberatan harus 'uphold' (tetap) atau 'change' (ubah)."),
        )
    if not text:
        raise ValidationError(
            _("Alasan keputusan wajib diisi."),
            problems=[("reason", _("Tulis alasan keputusan."))],
            hint=_("Jelaskan dasar keputusan Anda."),
        )
    hasil = _parse_rating(rating_hasil, "rating_hasil", _("Rating Hasil Kerja"))
    perilaku = _parse_rating(rating_perilaku, "rating_perilaku", _("Rating Perilaku Kerja"))
    with ws.write(actor=actor.username) as session:
        obj = session.get(Objection, objection_id)
        if obj is None or obj.deleted:
            raise NotFoundError(_("Keberatan tidak ditemukan."))
        ev = _entity(session, obj.evaluation_id)
        mine = actor.employee_id is not None and actor.employee_id == ev.atasan_penilai_id
        if not mine and not _acts_for_external_atasan(session, ws, actor, ev):
            raise PermissionDeniedError(
                _("Keberatan hanya dapat diputuskan oleh Atasan Pejabat Penilai Kinerja."),
                hint=_("Keputusan ada pada atasan dari pejabat penilai pegawai ini."),
            )
        if obj.status != OBJECTION_OPEN:
            raise ValidationError(
                _("Keberatan ini sudah diputuskan; keputusan itu final."),
            )
        if decision == CHANGE:
            if hasil is None or perilaku is None:
                raise ValidationError(
                    _("Untuk mengubah hasil, pilih Rating Hasil Kerja dan Rating Perilaku Kerja."),
                    problems=[
                        ("rating_hasil", _("Wajib diisi.")),
                        ("rating_perilaku", _("Wajib diisi.")),
                    ],
                )
            new = _copy_revision(session, ev, _("Keputusan keberatan: {r}").format(r=text))
            new.rating_hasil = hasil.value
            new.rating_perilaku = perilaku.value
            new.predikat = matrix_predikat(hasil, perilaku).value
            new.status = EvaluationStatus.DITANDATANGANI.value
            new.signed_at = now_utc()
            new.pegawai_snapshot = ev.pegawai_snapshot
            new.penilai_snapshot = ev.penilai_snapshot
            new.atasan_snapshot = ev.atasan_snapshot
            session.flush()
            new.content_hash = _content_hash(session, new)
            obj.new_rating_hasil = hasil.value
            obj.new_rating_perilaku = perilaku.value
        obj.status = OBJECTION_DECIDED
        obj.decision = decision
        obj.decision_reason = _text(text, "reason")
        obj.decided_by = actor.employee_id
        obj.decided_at = now_utc()
        _audit(
            session,
            ws,
            actor,
            "evaluation.objection_decide",
            ev,
            objection_id=obj.id,
            decision=decision,
            rating_hasil=obj.new_rating_hasil,
            rating_perilaku=obj.new_rating_perilaku,
        )
        return _objection_row(session, obj)


def objections_to_decide(ws: Workspace, actor: Actor) -> list[ObjectionRow]:
    """Open objections where the actor is the Atasan Pejabat Penilai, and for an admin
    those whose atasan penilai is an external signatory (decision recorded for them)."""
    with ws.read() as session:
        out: list[ObjectionRow] = []
        if actor.employee_id is not None:
            objs = session.execute(
                select(Objection)
                .join(Evaluation, Evaluation.id == Objection.evaluation_id)
                .where(
                    Evaluation.atasan_penilai_id == actor.employee_id,
                    Objection.status == OBJECTION_OPEN,
                    Objection.deleted.is_(False),
                )
                .order_by(Objection.filed_at)
            ).scalars()
            out += [_objection_row(session, o) for o in objs]
        if actor.is_admin:
            pairs = session.execute(
                select(Objection, Evaluation)
                .join(Evaluation, Evaluation.id == Objection.evaluation_id)
                .where(
                    Evaluation.atasan_penilai_id.is_(None),
                    Objection.status == OBJECTION_OPEN,
                    Objection.deleted.is_(False),
                )
                .order_by(Objection.filed_at)
            ).all()
            out += [
                _objection_row(session, o)
                for o, ev in pairs
                if _acts_for_external_atasan(session, ws, actor, ev)
            ]
        return out


def _external_atasan(session: Session, ev: Evaluation) -> dict[str, str] | None:
    """The external Atasan Pejabat Penilai of the evaluation (snapshot when signed)."""
    if ev.atasan_penilai_id:
        return None
    snap = load_snapshot(ev.atasan_snapshot)
    if snap.get("external") == "1" and snap.get("nama"):
        return snap
    atasan = _signatory_snaps(session, ev)[1]
    return atasan if atasan.get("external") == "1" else None


def _acts_for_external_atasan(
    session: Session, ws: Workspace, actor: Actor, ev: Evaluation
) -> bool:
    """An admin covering the employee records an external atasan penilai's decision."""
    if not actor.is_admin or actor.employee_id == ev.employee_id:
        return False
    if _external_atasan(session, ev) is None:
        return False
    return admin_covers(ws, actor, _employee_unit(session, ev.employee_id), session)


# --- annual result and follow-up -------------------------------------------------------
def annual_result(ws: Workspace, actor: Actor, employee_id: str, year: int) -> AnnualResult | None:
    """Predikat of the signed "Akhir" evaluation, angka kredit (Jabatan Fungsional) and
    the follow-up records; None before the annual evaluation is signed."""
    from ekinerja_desktop.domain.credit import angka_kredit

    with ws.read() as session:
        finals = _annual_evaluations(session, employee_id, year)
        if not finals:
            return None
        ev = finals[-1]  # the annual predikat: the Akhir of the year's last SKP period
        if not _access(session, ws, actor, ev).can_read:
            raise _deny_read()
        emp = organisation.employee(session, employee_id)
        months = 0
        total: Decimal | None = None
        for part_ev in finals:
            part_months = _skp_months(session, part_ev)
            months += part_months
            # The jenjang of THAT SKP period as signed (a promotion mid-year gives the
            # later period the new jenjang); older snapshots use the current one.
            snap = _jenjang_snap(session, part_ev)
            jab_kind = snap.get("jabatan_kind") or (emp.jabatan_kind if emp else "")
            level = snap.get("jabatan_level") or (emp.jabatan_level if emp else "")
            if jab_kind != JabatanKind.FUNGSIONAL.value:
                continue
            try:
                value = angka_kredit(part_ev.predikat, level, part_months)
            except ValueError:
                continue
            total = value if total is None else total + value
        ak = str(total) if total is not None else ""
        months = min(12, months)
        pred = Predikat.parse(ev.predikat)
        kind = (
            REWARD
            if pred is Predikat.SANGAT_BAIK
            else (PEMBINAAN if pred in PEMBINAAN_PREDIKAT else "")
        )
        return AnnualResult(
            employee_id=employee_id,
            year=year,
            evaluation_id=ev.id,
            predikat=ev.predikat,
            angka_kredit=ak,
            months=months,
            follow_ups=tuple(_follow_ups(session, employee_id, year)),
            follow_up_kind=kind,
            repeated_poor=_repeated_poor(session, employee_id, year),
            parts=len(finals),
        )


@dataclass(frozen=True)
class CreditRow:
    """One converted annual result (konversi predikat kinerja ke angka kredit)."""

    year: int
    period_start: date
    period_end: date
    jenjang: str
    predikat: str
    percentage: str  # "150"
    coefficient: str  # "12.5"
    months: int
    angka_kredit: str  # "18.750"


def credit_conversion(
    ws: Workspace, actor: Actor, employee_id: str, years: Sequence[int]
) -> list[CreditRow]:
    """Angka kredit per signed annual result of ``years`` (PerBKN 3/2023 conversion):
    predikat percentage x annual coefficient of the jenjang at signing x months of the
    SKP period / 12. Years without a signed Akhir evaluation or outside a fungsional
    jenjang are left out."""
    from ekinerja_desktop.domain.credit import DEFAULT_ANGKA_KREDIT_TABLE, angka_kredit
    from ekinerja_desktop.domain.jabatan import parse_level

    table = DEFAULT_ANGKA_KREDIT_TABLE
    out: list[CreditRow] = []
    with ws.read() as session:
        emp = organisation.employee(session, employee_id)
        finals = [
            ev
            for year in sorted(set(years))
            for ev in _annual_evaluations(session, employee_id, year)
        ]
        for ev in finals:
            year = ev.year
            if not _access(session, ws, actor, ev).can_read:
                raise _deny_read()
            snap = _jenjang_snap(session, ev)
            kind = snap.get("jabatan_kind") or (emp.jabatan_kind if emp else "")
            level_text = snap.get("jabatan_level") or (emp.jabatan_level if emp else "")
            if kind != JabatanKind.FUNGSIONAL.value:
                continue
            months = _skp_months(session, ev)
            try:
                level = parse_level(level_text)
                ak = angka_kredit(ev.predikat, level, months)
            except ValueError:
                continue
            skp = session.get(Skp, ev.skp_id)
            start, end = (
                effective_period(session, skp)
                if skp
                else (
                    date(year, 1, 1),
                    date(year, 12, 31),
                )
            )
            out.append(
                CreditRow(
                    year=year,
                    period_start=start,
                    period_end=end,
                    jenjang=level.label,
                    predikat=ev.predikat,
                    percentage=str(table.percentages[Predikat.parse(ev.predikat)]),
                    coefficient=str(table.coefficients[level]),
                    months=months,
                    angka_kredit=str(ak),
                )
            )
    return out


def _skp_months(session: Session, ev: Evaluation) -> int:
    """Months of the evaluated SKP's own period (ended early by a later SKP period).
    The month of a mid-month change counts once, for the new SKP period: an SKP cut
    short on a day other than a month's last does not count its last, partial month
    (1 Jan - 15 Jul and 16 Jul - 31 Dec give 6 + 6 months)."""
    skp = session.get(Skp, ev.skp_id)
    if skp is None:
        return 12
    start, end = effective_period(session, skp)
    months = _months(start, end)
    cut = end < skp.period_end and (end + timedelta(days=1)).month == end.month
    return max(1, months - 1) if cut and months > 1 else months


def _annual_evaluations(session: Session, employee_id: str, year: int) -> list[Evaluation]:
    """The signed Akhir evaluation in force of each SKP period of ``year``, in period
    order. Empty until the last SKP period's Akhir is signed: the annual result (and its
    predikat for reports, TPP and the public report) is the last period's."""
    code = f"{year}-AKHIR"
    parts = sorted({p.part for p in parts_of(session, employee_id, year)} or {1})
    found = [_latest_signed(session, employee_id, code, part) for part in parts]
    if found[-1] is None:
        return []
    return [ev for ev in found if ev is not None]


def export_credit_conversion(
    ws: Workspace, actor: Actor, employee_id: str, years: Sequence[int], out: Path
) -> Path:
    """Konversi predikat kinerja ke angka kredit with the accumulation, as PDF."""
    from ekinerja_desktop.domain.fmt import format_date
    from ekinerja_desktop.reports import Column, build_table_pdf

    rows = credit_conversion(ws, actor, employee_id, years)
    with ws.read() as session:
        person = person_snapshot(session, employee_id)
    total = sum((Decimal(r.angka_kredit) for r in rows), Decimal(0))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)

    def num(text: str) -> str:
        return text.replace(".", ",")

    build_table_pdf(
        "Konversi Predikat Kinerja ke Angka Kredit",
        [
            ws.node.agency,
            f"Nama: {person.get('nama', '')} - NIP: {person.get('nip', '')}",
            f"Pangkat/Gol. Ruang: {person.get('pangkat', '') or '-'} - "
            f"Jabatan: {person.get('jabatan', '')} - Unit Kerja: {person.get('unit', '')}",
        ],
        [
            Column("No", 0.4, "right"),
            Column("Periode SKP", 2.6),
            Column("Jenjang", 1.2),
            Column("Predikat", 1.2),
            Column("Persentase", 0.9, "right"),
            Column("Koefisien per tahun", 1.0, "right"),
            Column("Bulan", 0.6, "right"),
            Column("Angka Kredit", 1.0, "right"),
        ],
        [
            *(
                (
                    n,
                    f"{format_date(r.period_start)} s.d. {format_date(r.period_end)}",
                    r.jenjang,
                    r.predikat,
                    f"{num(r.percentage)}%",
                    num(r.coefficient),
                    r.months,
                    num(r.angka_kredit),
                )
                for n, r in enumerate(rows, start=1)
            ),
            ("", "Jumlah angka kredit (akumulasi)", "", "", "", "", "", num(f"{total:.3f}")),
        ],
        out,
        landscape=True,
        footnotes=[
            "Angka kredit = persentase predikat x koefisien per tahun jenjang x bulan periode "
            "SKP / 12 (PerBKN 3/2023); jenjang menurut data saat evaluasi ditandatangani.",
        ],
    )
    return out


def _repeated_poor(session: Session, employee_id: str, year: int) -> bool:
    """The signed annual predikat of ``year`` and of the year before both call for
    pembinaan (Butuh Perbaikan, Kurang, Sangat Kurang): the PP 30/2019 path continues."""
    for y in (year, year - 1):
        finals = _annual_evaluations(session, employee_id, y)
        ev = finals[-1] if finals else None
        if ev is None or Predikat.parse(ev.predikat) not in PEMBINAAN_PREDIKAT:
            return False
    return True


def add_follow_up(
    ws: Workspace,
    actor: Actor,
    evaluation_id: str,
    kind: str,
    description: str,
    *,
    targets: str = "",
    start_date: date | None = None,
    end_date: date | None = None,
    suggested_training: Sequence[str] = (),
    subtype: str = "",
) -> FollowUpRow:
    """Reward (Sangat Baik) or coaching plan (Butuh Perbaikan/Kurang/Sangat Kurang) on a
    signed annual evaluation (penilai); a plan may propose DevPlanItem rows. ``subtype``
    names the type of reward or coaching (domain.followup; default "lainnya"); a coaching
    plan gets its review date six months after its start (PP 30/2019)."""
    catalogue = followup.REWARD_TYPES if kind == REWARD else followup.COACHING_TYPES
    chosen = subtype or "lainnya"
    if chosen not in catalogue:
        raise ValidationError(
            _("Jenis tindak lanjut tidak dikenal: {s}.").format(s=subtype),
            problems=[("subtype", _("Pilih dari daftar."))],
            hint=", ".join(sorted(catalogue)),
        )
    text = required_text(
        description,
        "description",
        _("Uraian tindak lanjut wajib diisi."),
        _("Wajib diisi."),
    )
    if start_date and end_date and start_date > end_date:
        raise ValidationError(
            _("Tanggal mulai tidak boleh sesudah tanggal selesai."),
            problems=[("end_date", _("Sesudah tanggal mulai."))],
        )
    with ws.write(actor=actor.username) as session:
        ev = _entity(session, evaluation_id)
        _require_penilai(session, ws, actor, ev)
        if not parse_period(ev.period_code).is_final or ev.status not in SIGNED_STATUSES:
            raise ValidationError(
                _("Tindak lanjut hanya untuk evaluasi akhir tahun yang sudah ditandatangani."),
                hint=_("Tandatangani evaluasi periode Akhir lebih dulu."),
            )
        pred = Predikat.parse(ev.predikat)
        if kind == REWARD and pred is not Predikat.SANGAT_BAIK:
            raise ValidationError(
                _("Penghargaan hanya untuk predikat Sangat Baik (predikat ini {p}).").format(
                    p=ev.predikat
                ),
            )
        if kind == PEMBINAAN and pred not in PEMBINAAN_PREDIKAT:
            raise ValidationError(
                _(
                    "Rencana pembinaan untuk predikat Butuh Perbaikan, Kurang atau Sangat "
                    "Kurang (predikat ini {p})."
                ).format(p=ev.predikat),
            )
        if kind not in (REWARD, PEMBINAAN):
            raise ValidationError(_("Jenis tindak lanjut harus reward atau pembinaan."))
        fu = FollowUp(
            id=new_uuid(),
            evaluation_id=ev.id,
            employee_id=ev.employee_id,
            year=ev.year,
            kind=kind,
            description=_text(text, "description"),
            targets=_text(targets, "targets"),
            start_date=start_date,
            end_date=end_date,
            subtype=chosen,
            review_date=followup.review_date(start_date)
            if kind == PEMBINAAN and start_date is not None
            else None,
        )
        session.add(fu)
        session.flush()
        for title in suggested_training if kind == PEMBINAAN else ():
            clean = " ".join(title.split())
            if clean:
                session.add(
                    DevPlanItem(
                        id=new_uuid(),
                        employee_id=ev.employee_id,
                        year=ev.year + 1,
                        title=clean[:300],
                        source=PEMBINAAN,
                        follow_up_id=fu.id,
                        planned_month=start_date.month if start_date else 0,
                    )
                )
        session.flush()
        _audit(session, ws, actor, "evaluation.follow_up", ev, kind=kind, follow_up_id=fu.id)
        return _follow_up_row(session, fu)


def follow_ups(ws: Workspace, actor: Actor, employee_id: str, year: int) -> list[FollowUpRow]:
    with ws.read() as session:
        ev = _latest(session, employee_id, f"{year}-AKHIR", _last_part(session, employee_id, year))
        if ev is not None and not _access(session, ws, actor, ev).can_read:
            raise _deny_read()
        if ev is None and actor.employee_id != employee_id and not actor.is_admin:
            raise _deny_read()
        return _follow_ups(session, employee_id, year)


# --- documents -------------------------------------------------------------------------
def find_evaluation(
    ws: Workspace, actor: Actor, nip: str, period_code: str, part: int | None = None
) -> EvaluationDetail:
    """Latest revision of the employee with ``nip`` for the period and SKP period
    (default: the one in force in the evaluation period; read rules apply)."""
    period = _period(period_code)
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
        ev = _latest(session, emp.id, period.code, _part_for(session, emp.id, period, part))
        if ev is None:
            raise NotFoundError(
                _("{n} belum memiliki evaluasi periode {p}.").format(
                    n=organisation.display_name(emp), p=period.code
                ),
                hint=_("Pejabat penilai perlu membuat evaluasinya lebih dulu."),
            )
        if not _access(session, ws, actor, ev).can_read:
            raise _deny_read()
        return _detail(session, ws, actor, ev)


def evaluation_document(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationDocument:
    """Data of the Evaluasi Kinerja Pegawai (snapshots taken at signing)."""
    from ekinerja_desktop.reports import (
        EvaluationDocument as Document,
    )
    from ekinerja_desktop.reports import (
        EvaluationIndicator,
        EvaluationPerilakuRow,
        EvaluationRhkRow,
    )

    detail, people, org, pattern, tanggal, tempat = _document_parts(ws, actor, evaluation_id)
    context: dict[str, tuple[str, str]] = people["rhk_context"]
    groups: dict[str, list[ResultRow]] = {}
    for r in detail.results:
        groups.setdefault(r.rhk_id, []).append(r)
    rows = []
    for items in groups.values():
        first = items[0]
        rows.append(
            EvaluationRhkRow(
                jenis="Tambahan" if first.rhk_kind == "Tambahan" else "Utama",
                rhk=first.rhk_text,
                indicators=tuple(
                    EvaluationIndicator(
                        indikator=i.indicator_text,
                        target=i.target,
                        realisasi=i.realisasi,
                        aspek=i.aspect,
                    )
                    for i in items
                ),
                umpan_balik="\n".join(i.feedback for i in items if i.feedback),
                rhk_pimpinan=context.get(first.rhk_id, ("", ""))[0],
                perspektif=context.get(first.rhk_id, ("", ""))[1],
            )
        )
    return Document(
        instansi=ws.node.agency,
        tahun=detail.year,
        periode_label=detail.period_label,
        periode_awal=detail.period_start,
        periode_akhir=detail.period_end,
        pendekatan=people["approach"],
        pegawai=people["pegawai"],
        penilai=people["penilai"],
        atasan_penilai=people["atasan"],
        capaian_kinerja_organisasi=org,
        pola_distribusi=pattern,
        hasil_kerja=tuple(rows),
        rating_hasil_kerja=detail.rating_hasil,
        perilaku=tuple(
            EvaluationPerilakuRow(
                nama_nilai=b.value_name, perilaku=b.behaviours, umpan_balik=b.feedback
            )
            for b in detail.behaviours
        ),
        rating_perilaku_kerja=detail.rating_perilaku,
        predikat=detail.predikat,
        tanggal=tanggal,
        status=detail.status,
        catatan=detail.notes,
        tempat=tempat,
        is_jpt=people["is_jpt"],
    )


def evaluation_cover(ws: Workspace, actor: Actor, evaluation_id: str) -> EvaluationCover:
    """Data of the one-page Dokumen Evaluasi Kinerja Pegawai."""
    from ekinerja_desktop.reports import EvaluationCover as Cover

    detail, people, org, _pattern, tanggal, tempat = _document_parts(ws, actor, evaluation_id)
    return Cover(
        periode_label=detail.period_label,
        instansi=ws.node.agency,
        pegawai=people["pegawai"],
        penilai=people["penilai"],
        atasan_penilai=people["atasan"],
        capaian_kinerja_organisasi=org,
        predikat=detail.predikat,
        tanggal=tanggal,
        status=detail.status,
        catatan_rekomendasi=detail.notes,
        tempat=tempat,
        periode_awal=detail.period_start,
        periode_akhir=detail.period_end,
    )


def export_pdf(
    ws: Workspace, actor: Actor, evaluation_id: str, out: Path, *, cover: bool = False
) -> Path:
    """The Evaluasi Kinerja Pegawai (or its one-page cover) as PDF, stamped with a
    verification code and registered (``services.issuance``)."""
    from ekinerja_desktop.reports import build_evaluation_cover_pdf, build_evaluation_pdf

    cover_doc = evaluation_cover(ws, actor, evaluation_id) if cover else None
    doc = None if cover else evaluation_document(ws, actor, evaluation_id)
    final = cover_doc.is_final if cover_doc is not None else doc is not None and doc.is_final

    def build(stamp: VerificationStamp, f: BinaryIO) -> None:
        if cover_doc is not None:
            build_evaluation_cover_pdf(cover_doc, f, stamp=stamp)
        elif doc is not None:
            build_evaluation_pdf(doc, f, stamp=stamp)

    with ws.read() as session:
        ev = _entity(session, evaluation_id)
        ref = issuance.RecordRef(
            kind=DocumentKind.EVALUATION_COVER if cover else DocumentKind.EVALUATION,
            table="evaluation",
            record_id=ev.id,
            revision=ev.revision,
            status=ev.status,
            final=final,
            content_hash=_content_hash(session, ev),
        )
    return issuance.issue_pdf(ws, actor, ref, Path(out), build).path


def can_read(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> bool:
    """Whether ``actor`` may read ``ev`` (employee, penilai, atasan, admin of the unit)."""
    return _access(session, ws, actor, ev).can_read


def superseding_revision(session: Session, ev: Evaluation) -> int | None:
    """The revision in force of ``ev``'s employee and period when it is not ``ev``."""
    latest = latest_revision(
        session,
        Evaluation,
        employee_id=ev.employee_id,
        period_code=ev.period_code,
        skp_part=ev.skp_part,
    )
    return latest.revision if latest is not None and latest.id != ev.id else None


def objection_document(ws: Workspace, actor: Actor, objection_id: str) -> ObjectionDocument:
    """Data of the keberatan form and its decision (the evaluation's signed snapshots)."""
    from ekinerja_desktop.reports import ObjectionDocument as Document
    from ekinerja_desktop.reports import PersonBlock

    with ws.read() as session:
        obj = session.get(Objection, objection_id)
        if obj is None or obj.deleted:
            raise NotFoundError(_("Keberatan tidak ditemukan."))
        ev = _entity(session, obj.evaluation_id)
        access = _access(session, ws, actor, ev)
        if not (access.can_read or _acts_for_external_atasan(session, ws, actor, ev)):
            raise _deny_read()
        period = _period(ev.period_code)
        snaps = [load_snapshot(t) for t in (ev.pegawai_snapshot, ev.penilai_snapshot)]
        snaps.append(load_snapshot(ev.atasan_snapshot))
        start = keberatan_start(ev)
        changed = obj.decision == CHANGE and obj.new_rating_hasil and obj.new_rating_perilaku
        new_predikat = (
            matrix_predikat(
                Rating.parse(obj.new_rating_hasil), Rating.parse(obj.new_rating_perilaku)
            ).value
            if changed
            else ""
        )
        decided = obj.status == OBJECTION_DECIDED and obj.decided_at is not None
        keputusan = ""
        if decided:
            keputusan = "Hasil evaluasi diubah" if changed else "Hasil evaluasi tetap"
        tempat = settings.get(ws, "signature_place") or "Palu"

        def person(snap: dict[str, str]) -> PersonBlock:
            return PersonBlock(
                nama=snap.get("nama", ""),
                nip=snap.get("nip", ""),
                pangkat=snap.get("pangkat", ""),
                jabatan=snap.get("jabatan", ""),
                unit_kerja=snap.get("unit", ""),
            )

        return Document(
            instansi=ws.node.agency,
            periode_label=f"{period.label} {period.year}",
            periode_awal=period.start,
            periode_akhir=period.end,
            pegawai=person(snaps[0]),
            penilai=person(snaps[1]),
            atasan_penilai=person(snaps[2]),
            rating_hasil=ev.rating_hasil,
            rating_perilaku=ev.rating_perilaku,
            predikat=ev.predikat,
            ditandatangani=to_wita(ev.signed_at).date() if ev.signed_at else None,
            diterima=start,
            batas=keberatan_deadline(start) if start else None,
            diajukan=to_wita(obj.filed_at).date(),
            alasan=obj.reason,
            diputuskan=to_wita(obj.decided_at).date() if decided and obj.decided_at else None,
            keputusan=keputusan,
            rating_hasil_baru=obj.new_rating_hasil if changed else "",
            rating_perilaku_baru=obj.new_rating_perilaku if changed else "",
            predikat_baru=new_predikat,
            alasan_keputusan=obj.decision_reason,
            tempat=tempat,
        )


def export_objection_pdf(ws: Workspace, actor: Actor, objection_id: str, out: Path) -> Path:
    """The keberatan form with the decision (once made) as PDF."""
    from ekinerja_desktop.reports import build_objection_pdf

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_objection_pdf(objection_document(ws, actor, objection_id), out)
    return out


def _document_parts(
    ws: Workspace, actor: Actor, evaluation_id: str
) -> tuple[EvaluationDetail, dict[str, Any], str, str, date, str]:
    from ekinerja_desktop.reports import PersonBlock

    with ws.read() as session:
        ev = _entity(session, evaluation_id)
        access = _access(session, ws, actor, ev)
        if not access.can_read:
            raise _deny_read()
        if access.owner_only and ev.status not in SIGNED_STATUSES:
            raise _hidden_error()
        detail = _detail(session, ws, actor, ev)
        if ev.status in SIGNED_STATUSES:
            snaps = [load_snapshot(t) for t in (ev.pegawai_snapshot, ev.penilai_snapshot)]
            snaps.append(load_snapshot(ev.atasan_snapshot))
        else:
            snaps = [_pegawai_snap(session, ev), *_signatory_snaps(session, ev)]
        skp = session.get(Skp, ev.skp_id)
        approach = skp.approach if skp else ""
        org_row = _org_row(session, ev)
        org = ev.org_predikat
        if org_row is not None and org_row.capaian:
            org = f"{org} - {org_row.capaian}" if org else org_row.capaian
        pattern = ""
        if ev.org_predikat:
            # The distribution inside the unit whose predikat applies (bidang or OPD).
            top = (
                org_row.unit_id
                if org_row is not None
                else _top_unit(session, _employee_unit(session, ev.employee_id))
            )
            if top:
                cal = _calibration(session, ws, actor, top, _period(ev.period_code))
                pattern = ", ".join(f"{p}: {n}" for p, n in cal.counts if n)
        signed = ev.signed_at
        rhk_context = _rhk_context(session, ev.skp_id)
    tempat = settings.get(ws, "signature_place") or "Palu"

    def person(snap: dict[str, str]) -> PersonBlock:
        return PersonBlock(
            nama=snap.get("nama", ""),
            nip=snap.get("nip", ""),
            pangkat=snap.get("pangkat", ""),
            jabatan=snap.get("jabatan", ""),
            unit_kerja=snap.get("unit", ""),
        )

    people: dict[str, Any] = {
        "pegawai": person(snaps[0]),
        "penilai": person(snaps[1]),
        "atasan": person(snaps[2]),
        "approach": approach,
        "is_jpt": snaps[0].get("jabatan_kind") == JabatanKind.JPT.value,
        "rhk_context": rhk_context,
    }
    tanggal = to_wita(signed).date() if signed else today_wita()
    return detail, people, org, pattern, tanggal, tempat


def _rhk_context(session: Session, skp_id: str | None) -> dict[str, tuple[str, str]]:
    """Per RHK of the SKP: (the leader's RHK it intervenes in, perspektif) - the same
    columns the Dokumen SKP prints, so both documents of one SKP agree."""
    if not skp_id:
        return {}
    parent = aliased(SkpRhk)
    rows = session.execute(
        select(SkpRhk.id, parent.text, SkpRhk.perspektif)
        .outerjoin(parent, parent.id == SkpRhk.parent_rhk_id)
        .where(SkpRhk.skp_id == skp_id)
    ).all()
    return {str(rid): (ptext or "", persp or "") for rid, ptext, persp in rows}


# --- implementation --------------------------------------------------------------------
def _period(code: str) -> Period:
    try:
        return parse_period(code)
    except ValueError as exc:
        raise ValidationError(
            str(exc), problems=[("period", _("Kode periode tidak valid."))]
        ) from exc


def _parse_rating(value: str, field_name: str, label: str) -> Rating | None:
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


def _text(value: str, field_name: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        label = _(_TEXT_LABELS.get(field_name, N_("Teks")))
        message = _("{f} paling banyak {n} karakter.").format(f=label, n=MAX_TEXT)
        raise ValidationError(message, problems=[(field_name, message)])
    return text


def _stamp(moment: datetime | None) -> str:
    return to_wita(moment).strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def _months(start: date, end: date) -> int:
    return max(1, min(12, (end.year - start.year) * 12 + end.month - start.month + 1))


def _entity(session: Session, evaluation_id: str) -> Evaluation:
    ev = session.get(Evaluation, evaluation_id)
    if ev is None or ev.deleted:
        raise NotFoundError(
            _("Evaluasi tidak ditemukan (mungkin sudah dihapus)."),
            hint=_("Muat ulang daftar evaluasi."),
        )
    return ev


def _latest(
    session: Session, employee_id: str, period_code: str, part: int = 1
) -> Evaluation | None:
    return latest_revision(
        session, Evaluation, employee_id=employee_id, period_code=period_code, skp_part=part
    )


def _latest_signed(
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


def _require_latest(session: Session, ev: Evaluation) -> None:
    superseded = _("Evaluasi revisi ke-{r} sudah digantikan oleh revisi ke-{n}.")
    require_latest(
        session,
        ev,
        superseded,
        employee_id=ev.employee_id,
        period_code=ev.period_code,
        skp_part=ev.skp_part,
    )


def _reference(period: Period) -> date:
    today = today_wita()
    return min(max(today, period.start), period.end)


def _last_part(session: Session, employee_id: str, year: int) -> int:
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


def _part_reference(session: Session, employee_id: str, period: Period, part: int) -> date:
    """The day whose supervisor mapping names the penilai of this evaluation: today
    within the evaluated span (the old penilai for the months before a mutasi)."""
    first, last = _part_span(session, employee_id, period, part)
    return min(max(today_wita(), first), last)


def _part_for(session: Session, employee_id: str, period: Period, part: int | None) -> int:
    """``part`` when given; else the SKP period in force on the evaluation period's
    reference day among those overlapping the period (1 without any SKP)."""
    if part is not None:
        return part
    overlapping: list[int] = []
    on = _reference(period)
    for skp in parts_of(session, employee_id, period.year):
        start, end = effective_period(session, skp)
        if start <= period.end and end >= period.start:
            overlapping.append(skp.part)
            if start <= on <= end:
                return skp.part
    return overlapping[-1] if overlapping else 1


def _evaluated_span(session: Session, ev: Evaluation) -> tuple[date, date]:
    return _part_span(session, ev.employee_id, _period(ev.period_code), ev.skp_part)


def _penilai_atasan(
    session: Session, employee_id: str, period: Period, on: date | None = None
) -> tuple[str | None, str | None]:
    """Employee ids of (penilai, atasan penilai) on ``on`` (default: the period's
    reference day); None for an external signatory."""
    penilai, atasan = organisation.signatories(session, employee_id, on or _reference(period))
    return penilai.employee_id, atasan.employee_id


def _ev_reference(session: Session, ev: Evaluation) -> date:
    return _part_reference(session, ev.employee_id, _period(ev.period_code), ev.skp_part)


def _signatory_snaps(session: Session, ev: Evaluation) -> tuple[dict[str, str], dict[str, str]]:
    """Snapshots of the penilai and atasan penilai (external signatories included)."""
    return signatory_snapshots(
        session,
        ev.employee_id,
        _ev_reference(session, ev),
        (ev.penilai_id, ev.atasan_penilai_id),
    )


def _team_of(session: Session, supervisor_id: str, period: Period) -> list[str]:
    return sorted(organisation.team_on(session, supervisor_id, _reference(period)))


def _employee_unit(session: Session, employee_id: str) -> str | None:
    emp = organisation.employee(session, employee_id)
    return emp.unit_id if emp else None


def _top_unit(session: Session, unit_id: str | None) -> str | None:
    seen: set[str] = set()
    current = unit_id
    while current and current not in seen:
        seen.add(current)
        unit = session.get(OrgUnit, current)
        if unit is None:
            return None
        if unit.parent_id is None:
            return unit.id
        current = unit.parent_id
    return None


def _is_org_head(session: Session, employee_id: str) -> bool:
    emp = organisation.employee(session, employee_id)
    if emp is None or not emp.is_unit_head or not emp.unit_id:
        return False
    unit = session.get(OrgUnit, emp.unit_id)
    return unit is not None and unit.parent_id is None


def _org_row(session: Session, ev: Evaluation) -> OrgPerformance | None:
    """The organisation predikat that applies to the employee: of the nearest unit
    (their bidang/seksi, then upwards to the OPD) that has one for the period."""
    seen: set[str] = set()
    current = _employee_unit(session, ev.employee_id)
    while current and current not in seen:
        seen.add(current)
        row = _org_row_for(session, current, ev.period_code)
        if row is not None:
            return row
        unit = session.get(OrgUnit, current)
        current = unit.parent_id if unit is not None else None
    return None


def _org_row_for(session: Session, unit_id: str, period_code: str) -> OrgPerformance | None:
    return session.execute(
        select(OrgPerformance).where(
            OrgPerformance.unit_id == unit_id,
            OrgPerformance.period_code == period_code,
            OrgPerformance.deleted.is_(False),
        )
    ).scalar_one_or_none()


def _org_predikat_value(session: Session, ev: Evaluation) -> str:
    row = _org_row(session, ev)
    return row.predikat if row is not None else ""


def _org_head_rating(session: Session, ev: Evaluation) -> Rating | None:
    if not _is_org_head(session, ev.employee_id):
        return None
    value = _org_predikat_value(session, ev)
    return org_head_rating(value) if value else None


@dataclass(frozen=True)
class _Access:
    owner: bool
    penilai: bool
    atasan: bool
    admin: bool

    @property
    def can_read(self) -> bool:
        return self.owner or self.penilai or self.atasan or self.admin

    @property
    def owner_only(self) -> bool:
        return self.owner and not (self.penilai or self.atasan or self.admin)


def _access(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> _Access:
    me = actor.employee_id
    owner = me is not None and me == ev.employee_id
    penilai = me is not None and me == ev.penilai_id
    if ev.penilai_id is None and not owner:  # an admin enters the external penilai's
        penilai = acts_for_external_penilai(
            session, ws, actor, ev.employee_id, _ev_reference(session, ev)
        )
    atasan = me is not None and me == ev.atasan_penilai_id
    admin = False
    if actor.is_admin and not (owner or penilai or atasan):
        admin = admin_covers(ws, actor, _employee_unit(session, ev.employee_id), session)
    return _Access(owner, penilai, atasan, admin)


def _deny_read() -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda tidak berwenang melihat evaluasi ini: hanya pegawai yang dinilai, pejabat "
            "penilai, atasan pejabat penilai dan admin yang dapat melihatnya."
        ),
        hint=_("Minta pegawai atau pejabat penilainya untuk menunjukkannya."),
    )


def _hidden_error() -> ValidationError:
    return ValidationError(
        _("Hasil evaluasi belum dapat dilihat sebelum ditandatangani pejabat penilai."),
        hint=_("Tunggu sampai pejabat penilai menandatanganinya."),
    )


def _not_penilai(emp: Employee, period: Period) -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "Anda bukan Pejabat Penilai Kinerja {n} pada periode {p} {y}, sehingga tidak "
            "dapat menilainya."
        ).format(n=organisation.display_name(emp), p=period.label, y=period.year),
        hint=_("Bila pemetaan atasan keliru, minta admin memperbaikinya di menu Pemetaan Atasan."),
    )


def _require_penilai(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> None:
    if actor.employee_id is not None and actor.employee_id == ev.penilai_id:
        return
    if _access(session, ws, actor, ev).penilai:  # acting for an external penilai
        return
    emp = organisation.employee(session, ev.employee_id)
    if emp is None:
        raise NotFoundError(_("Data pegawai tidak ditemukan."))
    raise _not_penilai(emp, _period(ev.period_code))


def _require_editable(ev: Evaluation) -> None:
    if ev.status in SIGNED_STATUSES:
        raise ValidationError(
            _("Evaluasi ini sudah ditandatangani sehingga isinya dikunci."),
            hint=_("Buat koreksi (revisi baru) dengan alasan bila ada yang perlu diubah."),
        )


def _can_set_org(
    session: Session, ws: Workspace, actor: Actor, unit: OrgUnit, period: Period
) -> bool:
    if admin_covers(ws, actor, unit.id, session):
        return True
    me = organisation.employee(session, actor.employee_id)
    if me is None:
        return False
    if unit.parent_id is not None:
        return bool(me.is_unit_head and me.unit_id == unit.parent_id)
    # A top-level unit: the leader one level up appraises the unit's head.
    heads = session.execute(
        select(Employee.id).where(
            Employee.unit_id == unit.id,
            Employee.is_unit_head.is_(True),
            Employee.deleted.is_(False),
        )
    ).scalars()
    on = _reference(period)
    return any(organisation.penilai(session, h, on) == me.id for h in heads)


def _calibration(
    session: Session, ws: Workspace, actor: Actor, unit_id: str, period: Period
) -> Calibration:
    unit = session.get(OrgUnit, unit_id)
    units = _subtree(session, unit_id)
    # One predikat per employee: the latest revision of the last SKP period evaluated in
    # the period (after a mutasi the earlier SKP period's result is not counted again).
    rows = session.execute(
        select(
            Evaluation.employee_id, Evaluation.skp_part, Evaluation.revision, Evaluation.predikat
        )
        .join(Employee, Employee.id == Evaluation.employee_id)
        .where(
            Evaluation.period_code == period.code,
            Evaluation.deleted.is_(False),
            Employee.unit_id.in_(sorted(units)),
        )
    ).all()
    best: dict[str, tuple[tuple[int, int], str]] = {}
    for emp_id, part, rev, pred in rows:
        order = (int(part), int(rev))
        if emp_id not in best or order > best[emp_id][0]:
            best[emp_id] = (order, str(pred or ""))
    preds = [pred for _order, pred in best.values() if pred]
    counts: Counter[Predikat] = Counter(Predikat.parse(p) for p in preds)
    row = _org_row_for(session, unit_id, period.code)
    warnings = check_distribution(row.predikat, counts) if row is not None else []
    return Calibration(
        unit_id=unit_id,
        unit_name=unit.name if unit else "",
        period_code=period.code,
        org_predikat=row.predikat if row else "",
        capaian=row.capaian if row else "",
        counts=tuple((p.value, counts.get(p, 0)) for p in Predikat),
        total=sum(counts.values()),
        warnings=tuple(warnings),
        can_set_org_predikat=unit is not None and _can_set_org(session, ws, actor, unit, period),
    )


def _subtree(session: Session, unit_id: str) -> set[str]:
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.deleted.is_(False))
    ).all()
    children: dict[str, list[str]] = {}
    for uid, parent in rows:
        if parent:
            children.setdefault(str(parent), []).append(str(uid))
    out = {unit_id}
    stack = [unit_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in out:
                out.add(child)
                stack.append(child)
    return out


def _result_rows(session: Session, evaluation_id: str) -> list[EvaluationResult]:
    return list(
        session.execute(
            select(EvaluationResult).where(
                EvaluationResult.evaluation_id == evaluation_id,
                EvaluationResult.deleted.is_(False),
            )
        ).scalars()
    )


def _behaviour_rows(session: Session, evaluation_id: str) -> list[EvaluationBehaviour]:
    return list(
        session.execute(
            select(EvaluationBehaviour).where(
                EvaluationBehaviour.evaluation_id == evaluation_id,
                EvaluationBehaviour.deleted.is_(False),
            )
        ).scalars()
    )


@dataclass(frozen=True)
class _Log:
    day: date
    activity: str
    quantity: Decimal | None
    quantity_text: str
    unit: str
    files: tuple[str, ...]


def _period_logs(session: Session, skp: Skp | None, period: Period) -> dict[str, list[_Log]]:
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
        .where(
            Skp.employee_id == skp.employee_id,
            Skp.year == skp.year,
            Skp.part == skp.part,
            Skp.id != skp.id,
            Skp.deleted.is_(False),
        )
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


def _facts(
    skp: Skp | None,
    rhk_indicators: Sequence[SkpIndicator],
    ind: SkpIndicator,
    logs: Sequence[_Log],
    period: Period,
) -> _Facts:
    """Period target, prefill rule and evidence of one indicator (domain.targets)."""
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
        EvidenceEntry(
            day=log.day,
            activity=log.activity,
            quantity=log.quantity_text,
            unit=log.unit,
            files=log.files,
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


def _indicators(session: Session, skp_id: str) -> list[tuple[SkpRhk, SkpIndicator]]:
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


def _create_draft(
    session: Session,
    ws: Workspace,
    actor: Actor,
    emp: Employee,
    period: Period,
    *,
    people: tuple[str | None, str | None],
    part: int = 1,
) -> Evaluation:
    penilai, atasan = people
    skp = current_approved(session, emp.id, period.year, part=part)
    if skp is None:
        raise ValidationError(
            _(
                "{n} belum memiliki SKP tahun {y} yang disetujui, sehingga belum dapat dievaluasi."
            ).format(n=organisation.display_name(emp), y=period.year),
            hint=_("SKP perlu diajukan dan disetujui pejabat penilai lebih dulu."),
        )
    skp_start, skp_end = effective_period(session, skp)
    if period.end < skp_start or period.start > skp_end:
        raise ValidationError(
            _(
                "SKP {n} tahun {y} berlaku {a} s.d. {b}; periode {p} berada di luar periode "
                "SKP itu sehingga tidak dievaluasi."
            ).format(
                n=organisation.display_name(emp),
                y=period.year,
                a=skp_start.isoformat(),
                b=skp_end.isoformat(),
                p=period.label,
            ),
            hint=_("Pilih periode yang beririsan dengan periode SKP."),
        )
    ev = Evaluation(
        id=new_uuid(),
        employee_id=emp.id,
        skp_id=skp.id,
        year=period.year,
        period_code=period.code,
        skp_part=skp.part,
        revision=1,
        status=EvaluationStatus.DRAFT.value,
        penilai_id=penilai,
        atasan_penilai_id=atasan,
    )
    session.add(ev)
    session.flush()
    logs = _period_logs(session, skp, period)
    pairs = _indicators(session, skp.id)
    for rhk, ind in pairs:
        siblings = [i for r, i in pairs if r.id == rhk.id]
        facts = _facts(skp, siblings, ind, logs.get(rhk.id, []), period)
        session.add(
            EvaluationResult(
                id=new_uuid(),
                evaluation_id=ev.id,
                rhk_id=rhk.id,
                indicator_id=ind.id,
                realisasi=facts.prefill,
            )
        )
    for value in BERAKHLAK:
        session.add(EvaluationBehaviour(id=new_uuid(), evaluation_id=ev.id, value_code=value.code))
    ev.org_predikat = _org_predikat_value(session, ev)
    session.flush()
    _audit(session, ws, actor, "evaluation.create", ev, skp_id=skp.id)
    return ev


def _copy_revision(session: Session, old: Evaluation, reason: str) -> Evaluation:
    new = Evaluation(
        id=new_uuid(),
        employee_id=old.employee_id,
        skp_id=old.skp_id,
        year=old.year,
        period_code=old.period_code,
        skp_part=old.skp_part,
        revision=old.revision + 1,
        previous_id=old.id,
        correction_reason=reason,
        status=EvaluationStatus.DRAFT.value,
        penilai_id=old.penilai_id,
        atasan_penilai_id=old.atasan_penilai_id,
        self_submitted_at=old.self_submitted_at,
        rating_hasil=old.rating_hasil,
        rating_perilaku=old.rating_perilaku,
        predikat=old.predikat,
        org_predikat=old.org_predikat,
        notes=old.notes,
    )
    session.add(new)
    session.flush()
    for r in _result_rows(session, old.id):
        session.add(copy_row(r, evaluation_id=new.id))
    for b in _behaviour_rows(session, old.id):
        session.add(copy_row(b, evaluation_id=new.id))
    if new.predikat:
        new.status = EvaluationStatus.DINILAI.value
    session.flush()
    return new


def _take_snapshots(session: Session, ev: Evaluation) -> None:
    ev.pegawai_snapshot = json.dumps(_pegawai_snap(session, ev), sort_keys=True)
    penilai, atasan = _signatory_snaps(session, ev)
    ev.penilai_snapshot = json.dumps(penilai, sort_keys=True)
    ev.atasan_snapshot = json.dumps(atasan, sort_keys=True)


def _pegawai_snap(session: Session, ev: Evaluation) -> dict[str, str]:
    """The employee as printed: today's data, except for an SKP period that a mutasi or
    promotion ended - then the identity of that SKP (its approval snapshot), so the old
    period's evaluation shows the old jabatan and jenjang."""
    skp = session.get(Skp, ev.skp_id)
    if skp is not None and effective_period(session, skp)[1] < skp.period_end:
        snap = load_snapshot(skp.pegawai_snapshot)
        if snap:
            return snap
    return person_snapshot(session, ev.employee_id)


def _jenjang_snap(session: Session, ev: Evaluation) -> dict[str, str]:
    """Where the jenjang of an evaluated SKP period is read: the evaluation's snapshot
    taken at signing (a promotion after signing does not change that year's angka
    kredit). For an SKP period ended by a mutasi/promotion that snapshot is the SKP's
    own approval snapshot (``_pegawai_snap``), so the old period keeps the old jenjang."""
    snap = load_snapshot(ev.pegawai_snapshot)
    if snap.get("jabatan_level"):
        return snap
    skp = session.get(Skp, ev.skp_id)
    return load_snapshot(skp.pegawai_snapshot) if skp is not None else snap


def _content_hash(session: Session, ev: Evaluation) -> str:
    return evaluation_hash(
        ev,
        [
            (r.indicator_id, r.realisasi, r.feedback, r.self_realisasi)
            for r in _result_rows(session, ev.id)
        ],
        [(b.value_code, b.feedback) for b in _behaviour_rows(session, ev.id)],
    )


signed_content_hash = _content_hash  # public: the integrity check recomputes it


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


def _objections(
    session: Session, evaluation_id: str, *, open_only: bool = False
) -> list[Objection]:
    query = select(Objection).where(
        Objection.evaluation_id == evaluation_id, Objection.deleted.is_(False)
    )
    if open_only:
        query = query.where(Objection.status == OBJECTION_OPEN)
    return list(session.execute(query.order_by(Objection.filed_at)).scalars())


def _objection_row(session: Session, obj: Objection) -> ObjectionRow:
    ev = session.get(Evaluation, obj.evaluation_id)
    return ObjectionRow(
        id=obj.id,
        evaluation_id=obj.evaluation_id,
        employee_id=obj.employee_id,
        employee_name=organisation.display_name(organisation.employee(session, obj.employee_id)),
        period_code=ev.period_code if ev else "",
        filed_at=_stamp(obj.filed_at),
        reason=obj.reason,
        status=obj.status,
        decision=obj.decision,
        decision_reason=obj.decision_reason,
        new_rating_hasil=obj.new_rating_hasil,
        new_rating_perilaku=obj.new_rating_perilaku,
        decided_at=_stamp(obj.decided_at),
    )


def _follow_up_row(session: Session, fu: FollowUp) -> FollowUpRow:
    titles = session.execute(
        select(DevPlanItem.title).where(
            DevPlanItem.follow_up_id == fu.id, DevPlanItem.deleted.is_(False)
        )
    ).scalars()
    return FollowUpRow(
        id=fu.id,
        evaluation_id=fu.evaluation_id,
        employee_id=fu.employee_id,
        year=fu.year,
        kind=fu.kind,
        description=fu.description,
        targets=fu.targets,
        start_date=fu.start_date,
        end_date=fu.end_date,
        status=fu.status,
        suggested_training=tuple(sorted(titles)),
        subtype=fu.subtype,
        subtype_label=_follow_up_label(fu.kind, fu.subtype),
        review_date=fu.review_date,
    )


def _follow_up_label(kind: str, subtype: str) -> str:
    catalogue = followup.REWARD_TYPES if kind == REWARD else followup.COACHING_TYPES
    return _(catalogue[subtype]) if subtype in catalogue else ""


@dataclass(frozen=True)
class FollowUpListRow:
    employee_name: str
    employee_nip: str
    jabatan: str
    unit: str
    predikat: str
    kind: str
    subtype_label: str
    description: str
    start_date: date | None
    review_date: date | None
    repeated_poor: bool
    # A sedang/berat hukuman disiplin counting against promotion on the list's date
    # (services.discipline.blocking_promotion): its kind, "" when none.
    discipline: str = ""


def follow_up_list(ws: Workspace, actor: Actor, year: int) -> list[FollowUpListRow]:
    """Every follow-up of ``year`` the actor may read (their team as penilai, the
    employees in an admin's scope): the input for Baperjakat and the SK draft."""
    with ws.read() as session:
        rows = session.execute(
            select(FollowUp, Evaluation)
            .join(Evaluation, Evaluation.id == FollowUp.evaluation_id)
            .where(FollowUp.year == year, FollowUp.deleted.is_(False))
        ).all()
        readable = [(fu, ev) for fu, ev in rows if _access(session, ws, actor, ev).can_read]
        # The Baperjakat sits after the year; a list printed during the year looks at today.
        on = min(today_wita(), date(year + 1, 12, 31))
        blocked = discipline.blocking_promotion(session, {fu.employee_id for fu, _ in readable}, on)
        out: list[FollowUpListRow] = []
        for fu, ev in readable:
            snap = load_snapshot(ev.pegawai_snapshot)
            out.append(
                FollowUpListRow(
                    employee_name=snap.get("nama", ""),
                    employee_nip=snap.get("nip", ""),
                    jabatan=snap.get("jabatan", ""),
                    unit=snap.get("unit", ""),
                    predikat=ev.predikat,
                    kind=fu.kind,
                    subtype_label=_follow_up_label(fu.kind, fu.subtype),
                    description=fu.description,
                    start_date=fu.start_date,
                    review_date=fu.review_date,
                    repeated_poor=fu.kind == PEMBINAAN
                    and _repeated_poor(session, fu.employee_id, year),
                    discipline=blocked.get(fu.employee_id, ""),
                )
            )
    return sorted(out, key=lambda r: (r.kind != REWARD, r.employee_name.casefold()))


def export_follow_up_list(ws: Workspace, actor: Actor, year: int, out: Path) -> Path:
    """The follow-up list of ``year`` as PDF (rewards first, then coaching plans)."""
    from ekinerja_desktop.domain.fmt import format_date
    from ekinerja_desktop.reports import Column, build_table_pdf

    rows = follow_up_list(ws, actor, year)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)

    def day(d: date | None) -> str:
        return format_date(d) if d is not None else "-"

    build_table_pdf(
        f"Daftar Tindak Lanjut Hasil Evaluasi Kinerja Tahun {year}",
        [
            ws.node.agency,
            "Bahan sidang Baperjakat dan konsep Surat Keputusan penghargaan/pembinaan",
        ],
        [
            Column("No", 0.4, "right"),
            Column("Nama / NIP", 2.2),
            Column("Jabatan / Unit", 2.2),
            Column("Predikat", 1.0),
            Column("Tindak lanjut", 1.6),
            Column("Uraian", 2.4),
            Column("Mulai", 1.0),
            Column("Tinjau", 1.0),
        ],
        [
            (
                n,
                f"{r.employee_name}\nNIP {r.employee_nip}" if r.employee_nip else r.employee_name,
                f"{r.jabatan}\n{r.unit}".strip(),
                r.predikat,
                ("Penghargaan" if r.kind == REWARD else "Pembinaan")
                + (f": {r.subtype_label}" if r.subtype_label else "")
                + (" (dua tahun berturut-turut)" if r.repeated_poor else "")
                + (f"\nHukuman disiplin: {r.discipline}" if r.discipline else ""),
                r.description,
                day(r.start_date),
                day(r.review_date),
            )
            for n, r in enumerate(rows, start=1)
        ],
        out,
        landscape=True,
        footnotes=[
            "Tinjau: evaluasi rencana pembinaan enam bulan setelah dimulai (PP 30/2019).",
            "Hukuman disiplin: hukuman tingkat sedang/berat yang dijatuhkan dalam 12 bulan "
            "terakhir atau masih berjalan (PP 94/2021; syarat jabatan PP 11/2017).",
        ],
    )
    return out


def _follow_ups(session: Session, employee_id: str, year: int) -> list[FollowUpRow]:
    rows = session.execute(
        select(FollowUp).where(
            FollowUp.employee_id == employee_id,
            FollowUp.year == year,
            FollowUp.deleted.is_(False),
        )
    ).scalars()
    return [_follow_up_row(session, f) for f in rows]


def _detail(session: Session, ws: Workspace, actor: Actor, ev: Evaluation) -> EvaluationDetail:
    period = _period(ev.period_code)
    access = _access(session, ws, actor, ev)
    signed = ev.status in SIGNED_STATUSES
    visible = signed or not access.owner_only
    emp = organisation.employee(session, ev.employee_id)
    skp = session.get(Skp, ev.skp_id)
    logs = _period_logs(session, skp, period)
    results_by_ind = {r.indicator_id: r for r in _result_rows(session, ev.id)}
    results: list[ResultRow] = []
    pairs = _indicators(session, ev.skp_id)
    for rhk, ind in pairs:
        r = results_by_ind.get(ind.id)
        if r is None:
            continue
        siblings = [i for x, i in pairs if x.id == rhk.id]
        facts = _facts(skp, siblings, ind, logs.get(rhk.id, []), period)
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
    feedback = {b.value_code: b.feedback for b in _behaviour_rows(session, ev.id)}
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
    span = _evaluated_span(session, ev)
    latest = _latest(session, ev.employee_id, ev.period_code, ev.skp_part)
    is_latest = latest is not None and latest.id == ev.id
    objections = _objections(session, ev.id)
    history: list[Objection] = []  # decided on earlier revisions of the period
    earlier, seen = ev.previous_id, {ev.id}
    while earlier and earlier not in seen:
        seen.add(earlier)
        history = _objections(session, earlier) + history
        prev = session.get(Evaluation, earlier)
        earlier = prev.previous_id if prev is not None else None
    can_object = (
        access.owner
        and signed
        and is_latest
        and (deadline is None or today_wita() <= deadline)
        and not any(o.status == OBJECTION_OPEN for o in objections)
        and bool(ev.atasan_penilai_id or _external_atasan(session, ev))
    )
    revisions = tuple(
        (int(rev), str(status), str(eid))
        for rev, status, eid in session.execute(
            select(Evaluation.revision, Evaluation.status, Evaluation.id)
            .where(
                Evaluation.employee_id == ev.employee_id,
                Evaluation.period_code == ev.period_code,
                Evaluation.skp_part == ev.skp_part,
                Evaluation.deleted.is_(False),
            )
            .order_by(Evaluation.revision)
        ).all()
    )
    return EvaluationDetail(
        id=ev.id,
        employee_id=ev.employee_id,
        employee_name=organisation.display_name(emp),
        employee_nip=emp.nip if emp else "",
        skp_id=ev.skp_id,
        year=ev.year,
        period_code=ev.period_code,
        period_label=period.label,
        period_start=span[0],
        period_end=span[1],
        period_ended=today_wita() > span[1],
        revision=ev.revision,
        previous_id=ev.previous_id,
        correction_reason=ev.correction_reason,
        status=ev.status,
        penilai_id=ev.penilai_id,
        penilai_name=organisation.display_name(organisation.employee(session, ev.penilai_id))
        if ev.penilai_id
        else _signatory_snaps(session, ev)[0].get("nama", ""),
        atasan_penilai_id=ev.atasan_penilai_id,
        self_submitted_at=_stamp(ev.self_submitted_at),
        rating_hasil=ev.rating_hasil if visible else "",
        rating_perilaku=ev.rating_perilaku if visible else "",
        predikat=ev.predikat if visible else "",
        org_predikat=ev.org_predikat or _org_predikat_value(session, ev),
        is_org_head=_is_org_head(session, ev.employee_id),
        notes=ev.notes if visible else "",
        signed_at=_stamp(ev.signed_at),
        acknowledged_at=_stamp(ev.acknowledged_at),
        content_hash=ev.content_hash,
        results=tuple(results),
        behaviours=behaviours,
        results_visible=visible,
        editable_by_me=access.penilai and not signed and is_latest,
        self_editable_by_me=access.owner
        and ev.self_submitted_at is None
        and ev.status == EvaluationStatus.DRAFT.value,
        objection_deadline=deadline,
        can_object=can_object,
        objections=tuple(_objection_row(session, o) for o in history + objections),
        skp_part=ev.skp_part,
        revisions=revisions,
    )


def _audit(
    session: Session,
    ws: Workspace,
    actor: Actor,
    action: str,
    ev: Evaluation,
    **detail: Any,
) -> None:
    audit.record_action(
        session,
        ws,
        actor,
        action=action,
        entity="evaluation",
        entity_id=ev.id,
        detail={"period": ev.period_code, "revision": ev.revision, **detail},
    )
