"""SKP: the plain result types, limits and labels, quarter targets, and the small helpers
every SKP module shares (loading, year and reference-day checks, status transition,
frozen/latest checks, the audit entry)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.fmt import format_date_short
from ekinerja_desktop.domain.i18n import N_, _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.skp import PeriodReason, SkpAction, SkpStatus, skp_transition
from ekinerja_desktop.domain.timeutil import to_wita, today_wita
from ekinerja_desktop.services import audit, organisation
from ekinerja_desktop.services.errors import ValidationError, live_row
from ekinerja_desktop.services.revisions import require_latest
from ekinerja_desktop.store.models import Employee, Skp

if TYPE_CHECKING:
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


def period_label(start: date | None, end: date | None, reason: str = "") -> str:
    """ "1 Jan - 31 Jul 2026 (mutasi)": an SKP period as listed."""
    if start is None or end is None:
        return ""
    text = f"{format_date_short(start)} - {format_date_short(end)} {end.year}"
    return f"{text} ({_(REASON_LABELS[reason])})" if reason in REASON_LABELS else text


def quarter_targets(ind: IndicatorData, start: date, end: date) -> tuple[str, ...]:
    """The four quarterly targets in force: the stored ones, else the defaults."""
    if not ind.target_value:
        return ("",) * targets.QUARTERS
    return targets.quarter_targets(
        targets.TargetSpec(
            ind.aspect,
            ind.target_value,
            ind.target_unit,
            start,
            end,
            ind.quarter_targets,
        )
    )


def quarter_problem(label: str, code: str, values: dict[str, str]) -> str:
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


def stored_quarters(text: str) -> tuple[str, ...]:
    return targets.parse_quarter_targets(text) if text else ()


def indicator_target_text(ind: IndicatorData) -> str:
    if ind.target_value:
        return f"{ind.target_value} {ind.target_unit}".strip()
    return ind.target_text


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


NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)?$")


def clean_text(text: str) -> str:
    return " ".join((text or "").split())


def stamp_text(moment: datetime | None) -> str:
    # Indonesian day-month-year with a dotted time, in WITA (as shown to users).
    return to_wita(moment).strftime("%d-%m-%Y %H.%M") if moment is not None else ""


def is_jpt_employee(emp: Employee) -> bool:
    return emp.jabatan_kind == JabatanKind.JPT.value


def skp_entity(session: Session, skp_id: str) -> Skp:
    missing = _("SKP tidak ditemukan (mungkin sudah dihapus).")
    return live_row(session, Skp, skp_id, missing, _("Muat ulang daftar SKP."))


def reference_date(year: int, start: date, end: date) -> date:
    """The day whose supervisor mapping decides the penilai: today within the SKP
    period of the current year, else the period end."""
    today = today_wita()
    if today.year == year:
        return min(max(today, start), end)
    return end


def year_reference(year: int) -> date:
    return reference_date(year, date(year, 1, 1), date(year, 12, 31))


def require_latest_skp(session: Session, skp: Skp) -> None:
    superseded = _("SKP revisi ke-{r} sudah digantikan oleh revisi ke-{n}.")
    require_latest(session, skp, superseded)


def frozen_error(skp: Skp) -> ValidationError:
    if skp.status == SkpStatus.DISETUJUI.value:
        return ValidationError(
            _("SKP ini sudah disetujui sehingga isinya dikunci."),
            hint=_("Buat revisi baru (tombol 'Revisi SKP'); revisi itu perlu disetujui lagi."),
        )
    return ValidationError(
        _("SKP berstatus {s} tidak dapat diubah.").format(s=skp.status),
        hint=_("Tarik kembali pengajuan atau tunggu keputusan pejabat penilai."),
    )


def audit_skp(
    session: Session, ws: Workspace, actor: Actor, action: str, skp: Skp, **detail: Any
) -> None:
    fields = {
        "employee_id": skp.employee_id,
        "year": skp.year,
        "part": skp.part,
        "revision": skp.revision,
        "status": skp.status,
        **detail,
    }
    audit.record_row(session, ws, actor, action, skp, fields)


def transition(skp: Skp, action: SkpAction) -> SkpStatus:
    try:
        return skp_transition(skp.status, action)
    except ValueError as exc:
        raise ValidationError(
            str(exc), hint=_("Muat ulang SKP untuk melihat statusnya saat ini.")
        ) from exc


def my_employee(session: Session, actor: Actor) -> Employee:
    emp = organisation.employee(session, actor.employee_id)
    if emp is None:
        raise ValidationError(
            _("Akun Anda belum ditautkan ke data pegawai, sehingga belum dapat memiliki SKP."),
            hint=_("Minta admin menautkan akun Anda ke data pegawai Anda."),
        )
    return emp


def check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ValidationError(
            _("Tahun {y} tidak masuk akal.").format(y=year),
            hint=_("Pilih tahun antara 2000 dan 2100."),
        )
