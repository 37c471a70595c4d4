"""Evaluation: the penilai's team list, calibration of the predikat distribution, the
organisation predikat (set and export) and the period scheme setting."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.fmt import person_display_name
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.periods import Period, PeriodScheme
from ekinerja_desktop.domain.ratings import OrgPredikat, Predikat, check_distribution
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.skp import SkpStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import audit, organisation, settings
from ekinerja_desktop.services.access import admin_covers, admin_scope_in
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    live_row,
)
from ekinerja_desktop.services.evaluation.common import (
    BELUM_DIBUAT,
    Calibration,
    TeamRow,
    clean_text,
    org_row_for,
    part_for,
    period_reference,
    team_of,
    to_period,
)
from ekinerja_desktop.services.period_scheme import DEFAULT_SCHEME, SCHEME_SETTING
from ekinerja_desktop.services.skp import current_approved, effective_period, parts_of
from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.batch import chunks
from ekinerja_desktop.store.models import Employee, Evaluation, OrgPerformance, OrgUnit, Skp

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


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


# --- supervisor use cases --------------------------------------------------------------
def team(ws: Workspace, actor: Actor, period_code: str) -> list[TeamRow]:
    """Everyone the actor appraises in the period, with their evaluation status; for an
    admin also those in scope whose penilai is an external signatory (the admin enters
    that evaluation). A fixed number of set-based queries for any team size."""
    period = to_period(period_code)
    me = actor.employee_id
    if me is None and not actor.is_admin:
        return []
    with ws.read() as session:
        # The mapping rows of everyone the actor appraised in some span of the year, read
        # once for both the team on the reference day and the period's former members.
        spans = organisation.team_spans(session, me, period.year) if me is not None else {}
        members = (
            organisation.team_on(session, me, period_reference(period), spans)
            if me is not None
            else set()
        )
        outside: set[str] = set()
        if actor.is_admin:
            outside = organisation.externally_appraised(session, period_reference(period)) - {me}
        emps = _employees(session, members | outside)
        if outside:
            scope = admin_scope_in(session, ws, actor)
            members |= {e for e in outside if e in emps and scope.covers(emps[e].unit_id)}
        # After a mutasi/promosi an employee has several SKP periods: one row per SKP
        # period whose penilai (on its own reference day) is the actor.
        former = (
            organisation.team_between(session, me, period.start, period.end, spans) if me else set()
        )
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
                    e in members and e in outside and part_for(session, e, period, None) == part
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
                    employee_name=person_display_name(emp.front_title, emp.name, emp.back_title),
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
    multi = _with_skp(session, sorted(ids), period.year, Skp.part > 1)
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


class _Member(NamedTuple):
    id: str
    nip: str
    name: str
    front_title: str
    back_title: str
    unit_id: str | None
    active: bool


class _Latest(NamedTuple):
    id: str
    employee_id: str
    skp_part: int
    revision: int
    status: str
    predikat: str
    self_submitted_at: object


def _employees(session: Session, ids: set[str]) -> dict[str, _Member]:
    """The live employees among ``ids`` (the columns a team list shows), in one IN query
    per chunk."""
    out: dict[str, _Member] = {}
    e = Employee
    for chunk in chunks(sorted(ids)):
        for row in session.execute(
            select(e.id, e.nip, e.name, e.front_title, e.back_title, e.unit_id, e.active).where(
                e.id.in_(chunk), e.deleted.is_(False)
            )
        ).all():
            out[row[0]] = _Member(*row)
    return out


def _latest_of(
    session: Session, ids: Sequence[str], period_code: str
) -> dict[tuple[str, int], _Latest]:
    """(employee id, SKP period) -> the latest live evaluation revision of the period."""
    out: dict[tuple[str, int], _Latest] = {}
    v = Evaluation
    for chunk in chunks(list(ids)):
        for row in session.execute(
            select(*(getattr(v, name) for name in _Latest._fields)).where(
                v.employee_id.in_(chunk), v.period_code == period_code, v.deleted.is_(False)
            )
        ).all():
            ev = _Latest(*row)
            key = (ev.employee_id, ev.skp_part)
            if key not in out or ev.revision > out[key].revision:
                out[key] = ev
    return out


def _with_approved_skp(session: Session, ids: Sequence[str], year: int) -> set[str]:
    """Those of ``ids`` with an approved SKP of ``year`` (``current_approved`` exists)."""
    return _with_skp(session, ids, year, Skp.status == SkpStatus.DISETUJUI.value)


def _with_skp(session: Session, ids: Sequence[str], year: int, *where: Any) -> set[str]:
    """Those of ``ids`` with a live SKP of ``year`` that matches ``where``."""
    out: set[str] = set()
    for chunk in chunks(list(ids)):
        out |= {
            str(e)
            for e in session.execute(
                select(Skp.employee_id).where(
                    Skp.employee_id.in_(chunk), Skp.year == year, *where, Skp.deleted.is_(False)
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


def calibration(ws: Workspace, actor: Actor, period_code: str) -> list[Calibration]:
    """Per OPD of the actor's team: the organisation predikat, the current distribution
    of employee predikat in the whole OPD (latest revisions) and guidance warnings."""
    period = to_period(period_code)
    me = actor.employee_id
    with ws.read() as session:
        unit_ids: list[str] = []
        if me is not None:
            team = team_of(session, me, period)
            emps = _employees(session, set(team))
            tree = organisation.load_tree(session)
            for emp_id in team:
                emp = emps.get(emp_id)
                top = tree.top(emp.unit_id) if emp is not None and emp.unit_id else None
                if top is not None and top.id not in unit_ids:
                    unit_ids.append(top.id)
        return [calibration_of(session, ws, actor, u, period) for u in unit_ids]


def unit_calibration(ws: Workspace, actor: Actor, unit_id: str, period_code: str) -> Calibration:
    period = to_period(period_code)
    with ws.read() as session:
        if session.get(OrgUnit, unit_id) is None:
            raise NotFoundError(_("Unit kerja tidak ditemukan."))
        return calibration_of(session, ws, actor, unit_id, period)


def export_org_predikat(
    ws: Workspace, actor: Actor, unit_ids: Sequence[str], period_code: str, out: Path
) -> Path:
    """Penetapan Predikat Kinerja Organisasi of ``unit_ids`` for the period, each with
    the distribution of employee predikat inside the unit (table and curve) and the
    guidance warnings, as PDF."""
    from ekinerja_desktop.reports import BarChart, Column, build_table_pdf

    cals = [unit_calibration(ws, actor, unit_id, period_code) for unit_id in unit_ids]
    period = to_period(period_code)
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
    period = to_period(period_code)
    try:
        org = OrgPredikat.parse(predikat)
    except ValueError as exc:
        raise ValidationError(
            _("Predikat Kinerja Organisasi tidak dikenal: {p}.").format(p=predikat),
            problems=[("predikat", _("Pilih dari daftar."))],
            hint=_("Pilih Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang."),
        ) from exc
    with ws.write(actor=actor.username) as session:
        unit = live_row(session, OrgUnit, unit_id, _("Unit kerja tidak ditemukan."))
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
        row.capaian = clean_text(capaian, "capaian")
        row.set_by = actor.username
        session.flush()
        detail = {"unit": unit.name, "period": period.code, "before": before, "after": org.value}
        audit.record_row(session, ws, actor, "evaluation.org_predikat", row, detail)
        return calibration_of(session, ws, actor, unit_id, period)


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
    on = period_reference(period)
    return any(organisation.penilai(session, h, on) == me.id for h in heads)


def calibration_of(
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
    row = org_row_for(session, unit_id, period.code)
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
