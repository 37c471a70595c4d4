"""SKP vocabulary (approach, RHK type, aspects, statuses) and the pure workflow rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from ekinerja_desktop.domain.calendar import WorkCalendar
from ekinerja_desktop.domain.parsing import ParsedEnum, parse_enum


class SkpApproach(ParsedEnum, what="Pendekatan SKP"):
    """Chosen per SKP, not by rank."""

    KUANTITATIF = "Kuantitatif"
    KUALITATIF = "Kualitatif"


class RhkType(ParsedEnum, what="Jenis RHK"):
    UTAMA = "Utama"
    TAMBAHAN = "Tambahan"


class Aspect(ParsedEnum, what="Aspek IKI"):
    """Aspect of an IKI."""

    KUANTITAS = "Kuantitas"
    KUALITAS = "Kualitas"
    WAKTU = "Waktu"
    BIAYA = "Biaya"


class Perspektif(ParsedEnum, what="Perspektif"):
    """Balanced-scorecard perspective of a JPT SKP row."""

    PENERIMA_LAYANAN = "Penerima Layanan"
    PROSES_BISNIS = "Proses Bisnis"
    PENGUATAN_INTERNAL = "Penguatan Internal"
    ANGGARAN = "Anggaran"


class PeriodReason(ParsedEnum, what="Alasan periode SKP"):
    """Why a later SKP period of the year starts (mutasi, promotion, other)."""

    MUTASI = "mutasi"
    PROMOSI = "promosi"
    LAINNYA = "lainnya"


def part_periods(parts: list[tuple[int, date, date]]) -> dict[int, tuple[date, date]]:
    """Effective period of each SKP part of one employee and year, from (part, stored
    start, stored end): a part ends the day before the next part starts (a mutasi or
    promotion closes the earlier SKP without rewriting it), never after its stored end."""
    ordered = sorted(parts)
    out: dict[int, tuple[date, date]] = {}
    for i, (part, start, stored_end) in enumerate(ordered):
        end = stored_end
        if i + 1 < len(ordered):
            end = min(stored_end, ordered[i + 1][1] - timedelta(days=1))
        out[part] = (start, end)
    return out


class SkpStatus(StrEnum):
    DRAFT = "Draft"
    DIAJUKAN = "Diajukan"
    DISETUJUI = "Disetujui"
    DITOLAK = "Ditolak"


class LogStatus(StrEnum):
    """Status of a daily activity log (aktivitas harian)."""

    DRAFT = "Draft"
    DIAJUKAN = "Diajukan"
    DISETUJUI = "Disetujui"
    REVISI = "Revisi"


class EvaluationStatus(StrEnum):
    """Evaluation: drafted, rated by the penilai, signed (immutable), acknowledged by employee."""

    DRAFT = "Draft"
    DINILAI = "Dinilai"
    DITANDATANGANI = "Ditandatangani"
    DIAKUI = "Diakui"


class _Action(StrEnum):
    """An action on a record; ``label`` is its Indonesian button/audit text."""

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self.value]


class SkpAction(_Action):
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    REVISE = "revise"
    WITHDRAW = "withdraw"


class LogAction(_Action):
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    WITHDRAW = "withdraw"


class EvaluationAction(_Action):
    RATE = "rate"
    REOPEN = "reopen"
    SIGN = "sign"
    ACKNOWLEDGE = "acknowledge"


_ACTION_LABELS = {
    "submit": "ajukan",
    "approve": "setujui",
    "reject": "tolak",
    "revise": "revisi",
    "withdraw": "tarik kembali",
    "return": "kembalikan untuk revisi",
    "rate": "nilai",
    "reopen": "buka kembali",
    "sign": "tandatangani",
    "acknowledge": "akui",
}

# Approved content is frozen: "revise" on an approved SKP starts a new revision (the caller
# copies it and bumps the revision number) that has to be approved again.
SKP_TRANSITIONS: Mapping[tuple[SkpStatus, SkpAction], SkpStatus] = MappingProxyType(
    {
        (SkpStatus.DRAFT, SkpAction.SUBMIT): SkpStatus.DIAJUKAN,
        (SkpStatus.DIAJUKAN, SkpAction.APPROVE): SkpStatus.DISETUJUI,
        (SkpStatus.DIAJUKAN, SkpAction.REJECT): SkpStatus.DITOLAK,
        (SkpStatus.DIAJUKAN, SkpAction.WITHDRAW): SkpStatus.DRAFT,
        (SkpStatus.DITOLAK, SkpAction.REVISE): SkpStatus.DRAFT,
        (SkpStatus.DITOLAK, SkpAction.SUBMIT): SkpStatus.DIAJUKAN,
        (SkpStatus.DISETUJUI, SkpAction.REVISE): SkpStatus.DRAFT,
    }
)

# Approved logs are locked: no transition leaves DISETUJUI.
LOG_TRANSITIONS: Mapping[tuple[LogStatus, LogAction], LogStatus] = MappingProxyType(
    {
        (LogStatus.DRAFT, LogAction.SUBMIT): LogStatus.DIAJUKAN,
        (LogStatus.REVISI, LogAction.SUBMIT): LogStatus.DIAJUKAN,
        (LogStatus.DIAJUKAN, LogAction.APPROVE): LogStatus.DISETUJUI,
        (LogStatus.DIAJUKAN, LogAction.RETURN): LogStatus.REVISI,
        (LogStatus.DIAJUKAN, LogAction.WITHDRAW): LogStatus.DRAFT,
    }
)

# A signed evaluation is immutable; a correction is a new revision made by the caller.
EVALUATION_TRANSITIONS: Mapping[tuple[EvaluationStatus, EvaluationAction], EvaluationStatus] = (
    MappingProxyType(
        {
            (EvaluationStatus.DRAFT, EvaluationAction.RATE): EvaluationStatus.DINILAI,
            (EvaluationStatus.DINILAI, EvaluationAction.REOPEN): EvaluationStatus.DRAFT,
            (EvaluationStatus.DINILAI, EvaluationAction.SIGN): EvaluationStatus.DITANDATANGANI,
            (
                EvaluationStatus.DITANDATANGANI,
                EvaluationAction.ACKNOWLEDGE,
            ): EvaluationStatus.DIAKUI,
        }
    )
)

EDITABLE_SKP_STATUSES = frozenset({SkpStatus.DRAFT, SkpStatus.DITOLAK})
EDITABLE_LOG_STATUSES = frozenset({LogStatus.DRAFT, LogStatus.REVISI})


def _illegal(what: str, status: StrEnum, action: StrEnum, allowed: list[str]) -> ValueError:
    hint = f" Tindakan yang diizinkan: {', '.join(allowed)}." if allowed else ""
    return ValueError(
        f"Tindakan '{_ACTION_LABELS[action.value]}' tidak dapat dilakukan pada {what} "
        f"berstatus {status.value}.{hint}"
    )


def allowed_skp_actions(current: SkpStatus | str) -> list[SkpAction]:
    status = parse_enum(SkpStatus, current, "Status SKP")
    return [action for (state, action) in SKP_TRANSITIONS if state is status]


def skp_transition(current: SkpStatus | str, action: SkpAction | str) -> SkpStatus:
    """Next SKP status for `action` (submit/approve/reject/revise/withdraw)."""
    status = parse_enum(SkpStatus, current, "Status SKP")
    act = parse_enum(SkpAction, action, "Tindakan SKP")
    target = SKP_TRANSITIONS.get((status, act))
    if target is None:
        allowed = [a.label for a in allowed_skp_actions(status)]
        raise _illegal("SKP", status, act, allowed)
    return target


# "reject"/"revise" are accepted for logs too so callers can share one vocabulary.
_LOG_ACTION_ALIASES = {"reject": LogAction.RETURN, "revise": LogAction.RETURN}


def allowed_log_actions(current: LogStatus | str) -> list[LogAction]:
    status = parse_enum(LogStatus, current, "Status aktivitas harian")
    return [action for (state, action) in LOG_TRANSITIONS if state is status]


def log_transition(current: LogStatus | str, action: LogAction | str) -> LogStatus:
    """Next daily-log status for `action` (submit/approve/return/withdraw)."""
    status = parse_enum(LogStatus, current, "Status aktivitas harian")
    act = parse_enum(LogAction, action, "Tindakan aktivitas harian", _LOG_ACTION_ALIASES)
    target = LOG_TRANSITIONS.get((status, act))
    if target is None:
        allowed = [a.label for a in allowed_log_actions(status)]
        raise _illegal("aktivitas harian", status, act, allowed)
    return target


def evaluation_transition(
    current: EvaluationStatus | str, action: EvaluationAction | str
) -> EvaluationStatus:
    """Next evaluation status for `action` (rate/reopen/sign/acknowledge)."""
    status = parse_enum(EvaluationStatus, current, "Status evaluasi")
    act = parse_enum(EvaluationAction, action, "Tindakan evaluasi")
    target = EVALUATION_TRANSITIONS.get((status, act))
    if target is None:
        allowed = [a.label for (s, a) in EVALUATION_TRANSITIONS if s is status]
        raise _illegal("evaluasi", status, act, allowed)
    return target


# Regional rule (verify): a daily log is due by the next working day.
DEFAULT_LOG_GRACE_WORKING_DAYS = 1
# PP 30/2019 (verify under PermenPANRB 6/2022): objection within 14 days of receipt.
DEFAULT_KEBERATAN_DAYS = 14


def log_submission_deadline(
    activity_date: date,
    calendar: WorkCalendar,
    grace_working_days: int = DEFAULT_LOG_GRACE_WORKING_DAYS,
) -> date:
    """Last day on which the log for `activity_date` may still be submitted."""
    if grace_working_days < 0:
        raise ValueError("Tenggat pengajuan aktivitas harian tidak boleh negatif.")
    return calendar.add_working_days(activity_date, grace_working_days)


def keberatan_deadline(received: date, days: int = DEFAULT_KEBERATAN_DAYS) -> date:
    """Last day to file a keberatan, counted in calendar days from receipt of the result."""
    if days < 0:
        raise ValueError("Batas waktu keberatan tidak boleh negatif.")
    return received + timedelta(days=days)
