"""Competency development: JP meters (20 JP a year for PNS, the PPPK cap per
contract year) and unit overviews."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import (
    PNS_MIN_JP_PER_YEAR,
    PPPK_MAX_JP_PER_YEAR,
    contract_year,
    jp_by_month,
    jp_status,
)
from ekinerja_desktop.domain.nip import AsnStatus
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.errors import PermissionDeniedError
from ekinerja_desktop.services.training.common import (
    DIAJUKAN,
    DIVERIFIKASI,
    ZERO,
    JpMeter,
    TrainingRow,
    admin_units,
    check_year,
    my_employee_id,
    num_of,
    require_read,
)
from ekinerja_desktop.services.training.records import (
    overlapping_trainings,
    training_rows,
    year_trainings,
)
from ekinerja_desktop.store.models import (
    Employee,
    Training,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


# --- JP meter --------------------------------------------------------------------------
def _meters(
    session: Session, emps: Sequence[Employee], year: int, unit_names: dict[str, str]
) -> list[JpMeter]:
    trainings = overlapping_trainings(session, [e.id for e in emps], year)
    verified: dict[str, list[Decimal]] = {e.id: [ZERO] * 12 for e in emps}
    pending: dict[str, Decimal] = {e.id: ZERO for e in emps}
    for t in trainings:
        # An activity across a year end counts in each year for its days there.
        shares = jp_by_month(num_of(t.jp_credited), t.start_date, t.end_date)
        for (y, month), jp in shares.items():
            if y != year:
                continue
            if t.status == DIVERIFIKASI:
                verified[t.employee_id][month - 1] += jp
            elif t.status == DIAJUKAN:
                pending[t.employee_id] += jp
    contracts = _contract_totals(session, emps, year)
    out: list[JpMeter] = []
    for emp in emps:
        total = sum(verified[emp.id], ZERO)
        try:
            asn = AsnStatus.parse(emp.status)
        except ValueError:
            asn = AsnStatus.PNS
        window, contract_total = contracts.get(emp.id, (None, None))
        counted = contract_total if contract_total is not None else total
        ok, message = jp_status(asn, counted, contract=window)
        out.append(
            JpMeter(
                employee_id=emp.id,
                employee_name=organisation.display_name(emp),
                employee_nip=emp.nip,
                unit_name=unit_names.get(emp.unit_id or "", ""),
                asn_status=asn.value,
                year=year,
                verified_jp=total,
                pending_jp=pending[emp.id],
                limit_jp=PPPK_MAX_JP_PER_YEAR if asn is AsnStatus.PPPK else PNS_MIN_JP_PER_YEAR,
                ok=ok,
                message=message,
                monthly=tuple(verified[emp.id]),
                contract_jp=contract_total,
                contract=window,
            )
        )
    return out


def _contract_totals(
    session: Session, emps: Sequence[Employee], year: int
) -> dict[str, tuple[tuple[date, date], Decimal]]:
    """PPPK with an appointment date (``active_from``): the contract year around the
    meter's reference day (today within ``year``, else its last day) and the verified
    JP credited in it (domain.jp: a PPPK's cap is per contract year)."""
    today = today_wita()
    on = min(max(today, date(year, 1, 1)), date(year, 12, 31))
    windows = {
        e.id: contract_year(e.active_from, on)
        for e in emps
        if e.status == AsnStatus.PPPK.value and e.active_from is not None
    }
    if not windows:
        return {}
    totals = dict.fromkeys(windows, ZERO)
    first = min(w[0] for w in windows.values())
    last = max(w[1] for w in windows.values())
    for chunk_start in range(0, len(windows), 500):
        ids = sorted(windows)[chunk_start : chunk_start + 500]
        for t in session.execute(
            select(Training).where(
                Training.employee_id.in_(ids),
                Training.start_date <= last,
                Training.end_date >= first,
                Training.status == DIVERIFIKASI,
                Training.deleted.is_(False),
            )
        ).scalars():
            start, end = windows[t.employee_id]
            for (y, m), jp in jp_by_month(num_of(t.jp_credited), t.start_date, t.end_date).items():
                if start <= date(y, m, 1) <= end or (y, m) == (start.year, start.month):
                    totals[t.employee_id] += jp
    return {e: (windows[e], totals[e]) for e in windows}


def jp_meter(ws: Workspace, actor: Actor, year: int, *, employee_id: str | None = None) -> JpMeter:
    """Verified JP of one employee (default: the actor) in ``year`` against the rule."""
    check_year(year)
    target = employee_id or my_employee_id(actor)
    with ws.read() as session:
        emp = organisation.require_employee(session, target)
        require_read(session, ws, actor, emp, year)

        tree = organisation.load_tree(session)
        names = {emp.unit_id: tree.path(emp.unit_id)} if emp.unit_id else {}
        return _meters(session, [emp], year, {k: v for k, v in names.items() if k})[0]


def _scope_employees(
    session: Session, ws: Workspace, actor: Actor, year: int, unit_id: str | None
) -> tuple[list[Employee], dict[str, str]]:
    """Active employees of a unit subtree (or the actor's team and admin scope), by name,
    with the full path of their units."""

    tree = organisation.load_tree(session)
    all_units, scope_ids = admin_units(session, ws, actor)
    stmt = select(Employee).where(Employee.deleted.is_(False), Employee.active.is_(True))
    if unit_id is not None:
        wanted = tree.subtree(unit_id)
        if not all_units and not wanted <= scope_ids:
            raise PermissionDeniedError(
                _("Unit itu berada di luar wewenang Anda."),
                hint=_("Pilih unit di OPD Anda, atau minta admin pusat (BKPSDM)."),
            )
        stmt = stmt.where(Employee.unit_id.in_(sorted(wanted)))
    elif not all_units:
        ids = (
            set(organisation.mapped_to(session, actor.employee_id, year))
            if actor.employee_id
            else set()
        )
        if scope_ids:
            ids |= {
                str(e)
                for e in session.execute(
                    select(Employee.id).where(Employee.unit_id.in_(sorted(scope_ids)))
                ).scalars()
            }
        stmt = stmt.where(Employee.id.in_(sorted(ids)))
    emps = list(session.execute(stmt.order_by(Employee.name, Employee.nip)).scalars())
    names = {u: tree.path(u) for u in {e.unit_id for e in emps if e.unit_id}}
    return emps, names


def unit_overview(
    ws: Workspace, actor: Actor, year: int, *, unit_id: str | None = None
) -> list[JpMeter]:
    """JP meters of the active employees of a unit (and its sub-units) the actor may see:
    an admin's scope, or an atasan's team when no unit is given. Ordered by name."""
    check_year(year)
    with ws.read() as session:
        emps, names = _scope_employees(session, ws, actor, year, unit_id)
        return _meters(session, emps, year, names)


def unit_trainings(
    ws: Workspace, actor: Actor, year: int, *, unit_id: str | None = None
) -> list[TrainingRow]:
    """All records of ``year`` of the employees ``unit_overview`` shows (one query)."""
    check_year(year)
    with ws.read() as session:
        emps, _names = _scope_employees(session, ws, actor, year, unit_id)
        order = {e.id: i for i, e in enumerate(emps)}
        trainings = year_trainings(session, order, year)
        trainings.sort(key=lambda t: (order[t.employee_id], t.start_date, t.title))
        return training_rows(session, trainings)
