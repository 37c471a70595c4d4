"""Evaluation: the annual result, the angka kredit conversion, and follow-up (reward,
pembinaan) per employee and as the year's list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import followup
from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jabatan import JabatanKind
from ekinerja_desktop.domain.periods import parse_period
from ekinerja_desktop.domain.ratings import Predikat
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import discipline, organisation
from ekinerja_desktop.services.errors import ValidationError, required_text
from ekinerja_desktop.services.evaluation.access import access_of, deny_read, require_penilai
from ekinerja_desktop.services.evaluation.common import (
    PEMBINAAN,
    PEMBINAAN_PREDIKAT,
    REWARD,
    SIGNED_STATUSES,
    AnnualResult,
    FollowUpRow,
    audit_evaluation,
    clean_text,
    follow_up_label,
    follow_up_row,
    follow_up_rows,
    last_part,
    latest_evaluation,
    latest_signed,
    load_evaluation,
    months_between,
)
from ekinerja_desktop.services.evaluation.detail import jenjang_snap
from ekinerja_desktop.services.skp import effective_period, load_snapshot, parts_of, person_snapshot
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import DevPlanItem, Evaluation, FollowUp, Skp

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


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
        if not access_of(session, ws, actor, ev).can_read:
            raise deny_read()
        emp = organisation.employee(session, employee_id)
        months = 0
        total: Decimal | None = None
        for part_ev in finals:
            part_months = _skp_months(session, part_ev)
            months += part_months
            # The jenjang of THAT SKP period as signed (a promotion mid-year gives the
            # later period the new jenjang); older snapshots use the current one.
            snap = jenjang_snap(session, part_ev)
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
            follow_ups=tuple(follow_up_rows(session, employee_id, year)),
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
            if not access_of(session, ws, actor, ev).can_read:
                raise deny_read()
            snap = jenjang_snap(session, ev)
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
    months = months_between(start, end)
    cut = end < skp.period_end and (end + timedelta(days=1)).month == end.month
    return max(1, months - 1) if cut and months > 1 else months


def _annual_evaluations(session: Session, employee_id: str, year: int) -> list[Evaluation]:
    """The signed Akhir evaluation in force of each SKP period of ``year``, in period
    order. Empty until the last SKP period's Akhir is signed: the annual result (and its
    predikat for reports, TPP and the public report) is the last period's."""
    code = f"{year}-AKHIR"
    parts = sorted({p.part for p in parts_of(session, employee_id, year)} or {1})
    found = [latest_signed(session, employee_id, code, part) for part in parts]
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
        ev = load_evaluation(session, evaluation_id)
        require_penilai(session, ws, actor, ev)
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
            description=clean_text(text, "description"),
            targets=clean_text(targets, "targets"),
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
        audit_evaluation(
            session, ws, actor, "evaluation.follow_up", ev, kind=kind, follow_up_id=fu.id
        )
        return follow_up_row(session, fu)


def follow_ups(ws: Workspace, actor: Actor, employee_id: str, year: int) -> list[FollowUpRow]:
    with ws.read() as session:
        ev = latest_evaluation(
            session, employee_id, f"{year}-AKHIR", last_part(session, employee_id, year)
        )
        if ev is not None and not access_of(session, ws, actor, ev).can_read:
            raise deny_read()
        if ev is None and actor.employee_id != employee_id and not actor.is_admin:
            raise deny_read()
        return follow_up_rows(session, employee_id, year)


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
        readable = [(fu, ev) for fu, ev in rows if access_of(session, ws, actor, ev).can_read]
        # The Baperjakat sits after the year; a list printed during the year looks at today.
        on = min(today_wita(), date(year + 1, 12, 31))
        blocked = discipline.blocking_promotion(session, {fu.employee_id for fu, _ in readable}, on)
        out: list[FollowUpListRow] = []
        for fu, ev in readable:
            snap = load_snapshot(ev.pegawai_snapshot)
            out.append(
                record_from(
                    FollowUpListRow,
                    fu,
                    employee_name=snap.get("nama", ""),
                    employee_nip=snap.get("nip", ""),
                    jabatan=snap.get("jabatan", ""),
                    unit=snap.get("unit", ""),
                    predikat=ev.predikat,
                    subtype_label=follow_up_label(fu.kind, fu.subtype),
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
