"""SKP content: validation and writing of RHK, indicators and lampiran, copying content,
and the parent RHK options (cascading) of the penilai's approved SKP."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain import targets
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.skp import (
    EDITABLE_SKP_STATUSES,
    Aspect,
    Perspektif,
    RhkType,
    SkpAction,
    SkpApproach,
    SkpStatus,
)
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.services.skp.access import readable, require_owner
from ekinerja_desktop.services.skp.common import (
    LAMPIRAN_SECTIONS,
    MAX_LINE,
    MAX_ROWS,
    MAX_TEXT,
    NUMBER_RE,
    LampiranData,
    ParentRhkOption,
    RhkData,
    SkpDetail,
    audit_skp,
    clean_text,
    frozen_error,
    is_jpt_employee,
    my_employee,
    quarter_problem,
    require_latest_skp,
    transition,
)
from ekinerja_desktop.services.skp.parts import current_approved, skp_people, skp_reference
from ekinerja_desktop.services.skp.people import refresh_people
from ekinerja_desktop.services.skp.reading import (
    behaviour_rows,
    build_detail,
    indicator_rows,
    lampiran_rows,
    rhk_rows,
)
from ekinerja_desktop.store.base import copy_row, new_uuid
from ekinerja_desktop.store.models import Employee, Skp, SkpIndicator, SkpLampiranItem, SkpRhk

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


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
        skp, access = readable(session, ws, actor, skp_id)
        require_owner(access)
        require_latest_skp(session, skp)
        if SkpStatus(skp.status) not in EDITABLE_SKP_STATUSES:
            raise frozen_error(skp)
        emp = my_employee(session, actor)
        refresh_people(session, skp)
        rows, problems = check_content(session, skp, emp, chosen, rhk, require_complete=False)
        lists, more = _check_lampiran(lampiran)
        raise_problems(problems + more, _("SKP belum dapat disimpan"))
        before = skp.status
        if skp.status == SkpStatus.DITOLAK.value:
            skp.status = transition(skp, SkpAction.REVISE).value
        assign(skp, approach=chosen.value)
        _write_rhk(session, skp, rows)
        _write_lampiran(session, skp, lists)
        audit_skp(
            session,
            ws,
            actor,
            "skp.save",
            skp,
            before=before,
            rhk=len(rows),
            indicators=sum(len(r.indicators) for r in rows),
        )
        return build_detail(session, ws, actor, skp)


def parent_options(ws: Workspace, actor: Actor, skp_id: str) -> list[ParentRhkOption]:
    """RHK of the Pejabat Penilai's approved SKP (revision in force) that this SKP may
    cascade from, with how many subordinate RHK already support each. Empty while the
    supervisor has no approved SKP (or the employee has no penilai)."""
    with ws.read() as session:
        skp = readable(session, ws, actor, skp_id)[0]
        penilai, _atasan = skp_people(session, skp)
        return rhk_options(session, penilai, skp.year, on=skp_reference(session, skp))


# --- cascading -------------------------------------------------------------------------
def approved_rhk_of(session: Session, skp: Skp | None) -> list[SkpRhk]:
    return rhk_rows(session, skp.id) if skp is not None else []


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
        key = (parent.kind, clean_text(parent.text).casefold())
        for row in approved_rhk_of(session, current):
            if (row.kind, clean_text(row.text).casefold()) == key:
                return row.id, ""
        return None, _(
            'RHK atasan "{t}" ditarik: tidak ada lagi pada revisi SKP atasan yang berlaku; '
            "pilih RHK atasan yang berlaku."
        ).format(t=_short(parent.text))
    return parent.id, ""


def _short(text: str, limit: int = 60) -> str:
    text = clean_text(text)
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


def rhk_options(
    session: Session, supervisor_id: str | None, year: int, *, on: date | None = None
) -> list[ParentRhkOption]:
    """RHK of the supervisor's approved SKP in force, with their support counts (RHK of
    earlier approved revisions with the same kind and text count for the current one)."""
    if supervisor_id is None:
        return []
    current = current_approved(session, supervisor_id, year, on=on)
    rows = approved_rhk_of(session, current)
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
        key = (str(kind), clean_text(str(text)).casefold())
        by_key[key] = by_key.get(key, 0) + counts.get(str(rhk_id), 0)
    return [
        ParentRhkOption(
            id=r.id,
            text=r.text,
            kind=r.kind,
            supported_by=by_key.get((r.kind, clean_text(r.text).casefold()), 0),
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


def check_content(
    session: Session,
    skp: Skp,
    emp: Employee,
    approach: SkpApproach,
    rhk: Sequence[RhkData],
    *,
    require_complete: bool,
) -> tuple[list[_CleanRhk], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    jpt = is_jpt_employee(emp)
    if len(rhk) > MAX_ROWS:
        problems.append(("rhk", _("Paling banyak {n} RHK.").format(n=MAX_ROWS)))
    if require_complete and not any(r.kind == RhkType.UTAMA.value for r in rhk):
        problems.append(("rhk", _("SKP harus memuat sekurang-kurangnya satu RHK Utama.")))
    out: list[_CleanRhk] = []
    for n, row in enumerate(rhk, start=1):
        where = f"rhk[{n - 1}]"
        label = _("RHK {n}").format(n=n)
        text = clean_text(row.text)
        try:
            kind = RhkType.parse(row.kind).value
        except ValueError as exc:
            problems.append((f"{where}.kind", f"{label}: {exc}"))
            kind = RhkType.UTAMA.value
        if not text:
            problems.append((f"{where}.text", _("{r}: teks RHK wajib diisi.").format(r=label)))
        elif len(text) > MAX_TEXT:
            problems.append(
                (
                    f"{where}.text",
                    _("{r}: paling banyak {n} karakter.").format(r=label, n=MAX_TEXT),
                )
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
                session,
                row.parent_rhk_id,
                skp.penilai_id,
                skp.year,
                skp_reference(session, skp),
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
            itext = clean_text(ind.text)
            if not itext:
                problems.append(
                    (
                        f"{iwhere}.text",
                        _("{i}: teks indikator wajib diisi.").format(i=ilabel),
                    )
                )
            elif len(itext) > MAX_TEXT:
                problems.append(
                    (
                        f"{iwhere}.text",
                        _("{i}: paling banyak {n} karakter.").format(i=ilabel, n=MAX_TEXT),
                    )
                )
            value = "".join(ind.target_value.split())
            unit = clean_text(ind.target_unit)
            target_text = clean_text(ind.target_text)
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
                elif not NUMBER_RE.match(value):
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
                        (
                            f"{iwhere}.quarter_targets",
                            quarter_problem(ilabel, code, values),
                        )
                    )
                quarters = targets.format_quarter_targets(given)
            indicators.append(
                _CleanIndicator(
                    ind.id, aspect, itext, value, unit, target_text[:MAX_TEXT], quarters
                )
            )
        out.append(_CleanRhk(row.id, kind, text, parent_id, perspektif, tuple(indicators)))
    return out, problems


def raise_problems(problems: list[tuple[str, str]], what: str) -> None:
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


def _check_lampiran(
    lampiran: LampiranData,
) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    out: dict[str, list[str]] = {}
    problems: list[tuple[str, str]] = []
    for section in LAMPIRAN_SECTIONS:
        lines = [clean_text(t) for t in getattr(lampiran, section)]
        lines = [t for t in lines if t]
        if len(lines) > MAX_ROWS:
            problems.append(
                (
                    f"lampiran.{section}",
                    _("Paling banyak {n} baris.").format(n=MAX_ROWS),
                )
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
    existing = {r.id: r for r in rhk_rows(session, skp.id)}
    indicators = indicator_rows(session, list(existing))
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
        assign(
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
            assign(
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


def assign(entity: Any, **values: Any) -> None:
    """Set only what changed, so unchanged rows keep their version."""
    for key, value in values.items():
        if getattr(entity, key) != value:
            setattr(entity, key, value)


def _write_lampiran(session: Session, skp: Skp, lists: dict[str, list[str]]) -> None:
    existing: dict[str, list[SkpLampiranItem]] = {}
    for row in lampiran_rows(session, skp.id):
        existing.setdefault(row.section, []).append(row)
    for section in LAMPIRAN_SECTIONS:
        old = existing.get(section, [])
        for position, text in enumerate(lists.get(section, [])):
            if position < len(old):
                assign(old[position], text=text, position=position)
            else:
                session.add(
                    SkpLampiranItem(
                        id=new_uuid(),
                        skp_id=skp.id,
                        section=section,
                        position=position,
                        text=text,
                    )
                )
        for row in old[len(lists.get(section, [])) :]:
            row.deleted = True


def copy_skp_content(session: Session, source: Skp, target: Skp, *, behaviours: bool) -> None:
    for rhk in rhk_rows(session, source.id):
        clone = copy_row(rhk, skp_id=target.id)
        session.add(clone)
        session.flush()  # no ORM relationship orders the indicator inserts after it
        for ind in indicator_rows(session, [rhk.id]).get(rhk.id, []):
            session.add(copy_row(ind, rhk_id=clone.id))
    for item in lampiran_rows(session, source.id):
        session.add(copy_row(item, skp_id=target.id))
    if behaviours:
        for row in behaviour_rows(session, source.id).values():
            session.add(copy_row(row, skp_id=target.id))
