"""Competency development: the individual development plan and its links to records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.parsing import norm_key
from ekinerja_desktop.services import audit, organisation
from ekinerja_desktop.services.errors import (
    NotFoundError,
    ValidationError,
    check_problems,
    live_row,
)
from ekinerja_desktop.services.training.catalogue import (
    ensure_catalogue,
    kinds_by_code,
)
from ekinerja_desktop.services.training.common import (
    DIVERIFIKASI,
    MAX_JP,
    ZERO,
    PlanInput,
    PlanItemRow,
    PlanSummary,
    check_year,
    clean_text,
    dec_text,
    my_employee_id,
    num_of,
    parse_dec,
    require_allowed,
    require_read,
)
from ekinerja_desktop.services.training.records import (
    training_entity,
)
from ekinerja_desktop.store.models import (
    DevPlanItem,
    Employee,
    FollowUp,
    Training,
)

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


# --- development plan ------------------------------------------------------------------
def _plan_entity(session: Session, item_id: str) -> DevPlanItem:
    missing = _("Rencana pengembangan tidak ditemukan (mungkin sudah dihapus).")
    return live_row(session, DevPlanItem, item_id, missing, _("Muat ulang rencana pengembangan."))


def _require_plan_write(
    session: Session, ws: Workspace, actor: Actor, emp: Employee, year: int
) -> None:
    me = actor.employee_id
    related = me is not None and (
        me == emp.id
        or organisation.penilai(session, emp.id, date(year, 12, 31)) == me
        or emp.id in organisation.mapped_to(session, me, year)
    )
    message = _(
        "Rencana pengembangan {n} hanya dapat diubah oleh pegawai itu, pejabat penilainya "
        "atau admin."
    )
    hint = _("Minta pegawai itu atau atasannya untuk mengubahnya.")
    require_allowed(session, ws, actor, emp, related, message, hint)


def _check_plan(session: Session, data: PlanInput) -> tuple[str, str, int, Decimal, str]:
    problems: list[tuple[str, str]] = []
    title = clean_text(data.title)
    if not title:
        problems.append(("title", _("Nama rencana kegiatan wajib diisi.")))
    kind_code = ""
    if data.kind_code:
        kind = kinds_by_code(session).get(norm_key(data.kind_code))
        if kind is None:
            problems.append(
                (
                    "kind_code",
                    _("Jenis kegiatan {k!r} tidak ada di katalog.").format(k=data.kind_code),
                )
            )
        else:
            kind_code = kind.code
    if not 0 <= data.planned_month <= 12:
        problems.append(("planned_month", _("Bulan rencana harus 1-12 (0 = kapan saja).")))
    jp = parse_dec(data.planned_jp, "planned_jp", _("JP rencana"))
    if jp < 0 or jp > MAX_JP:
        problems.append(("planned_jp", _("JP rencana harus 0 sampai {m}.").format(m=MAX_JP)))
    check_problems(
        problems,
        _("Rencana belum dapat disimpan: {p}"),
        _("Perbaiki isian yang ditandai lalu simpan lagi."),
    )
    return title, kind_code, data.planned_month, jp, (data.note or "").strip()


def add_plan_item(
    ws: Workspace,
    actor: Actor,
    year: int,
    data: PlanInput,
    *,
    employee_id: str | None = None,
    follow_up_id: str | None = None,
) -> PlanItemRow:
    """Plan an activity for a year; with ``follow_up_id`` it comes from an evaluation's
    coaching plan (source "evaluation")."""
    check_year(year)
    ensure_catalogue(ws)
    target = employee_id or my_employee_id(actor)
    with ws.write(actor=actor.username) as session:
        emp = organisation.require_employee(session, target)
        _require_plan_write(session, ws, actor, emp, year)
        title, kind_code, month, jp, note = _check_plan(session, data)
        if follow_up_id is not None:
            follow = session.get(FollowUp, follow_up_id)
            if follow is None or follow.deleted or follow.employee_id != emp.id:
                raise NotFoundError(
                    _("Rencana pembinaan dari evaluasi tidak ditemukan untuk pegawai ini."),
                    hint=_("Muat ulang hasil evaluasi."),
                )
        item = DevPlanItem(
            employee_id=emp.id,
            year=year,
            kind_code=kind_code,
            title=title,
            planned_month=month,
            planned_jp=dec_text(jp),
            source="evaluation" if follow_up_id else "manual",
            follow_up_id=follow_up_id,
            note=note,
        )
        session.add(item)
        session.flush()
        detail = {"employee_id": emp.id, "year": year, "title": title, "source": item.source}
        audit.record_row(session, ws, actor, "dev_plan.create", item, detail)
        return _plan_rows(session, [item])[0]


def update_plan_item(ws: Workspace, actor: Actor, item_id: str, data: PlanInput) -> PlanItemRow:
    with ws.write(actor=actor.username) as session:
        item = _plan_entity(session, item_id)
        emp = organisation.require_employee(session, item.employee_id)
        _require_plan_write(session, ws, actor, emp, item.year)
        title, kind_code, month, jp, note = _check_plan(session, data)
        before = [item.title, item.kind_code, item.planned_month, item.planned_jp, item.note]
        item.title, item.kind_code, item.planned_month = title, kind_code, month
        item.planned_jp, item.note = dec_text(jp), note
        session.flush()
        detail = {"before": before, "after": [title, kind_code, month, dec_text(jp), note]}
        audit.record_row(session, ws, actor, "dev_plan.update", item, detail)
        return _plan_rows(session, [item])[0]


def delete_plan_item(ws: Workspace, actor: Actor, item_id: str) -> None:
    with ws.write(actor=actor.username) as session:
        item = _plan_entity(session, item_id)
        emp = organisation.require_employee(session, item.employee_id)
        _require_plan_write(session, ws, actor, emp, item.year)
        item.deleted = True
        session.flush()
        audit.record_row(session, ws, actor, "dev_plan.delete", item, {"title": item.title})


def link_plan_item(
    ws: Workspace, actor: Actor, item_id: str, training_id: str | None
) -> PlanItemRow:
    """Mark a planned item as realised by one of the employee's records (None unlinks)."""
    with ws.write(actor=actor.username) as session:
        item = _plan_entity(session, item_id)
        emp = organisation.require_employee(session, item.employee_id)
        _require_plan_write(session, ws, actor, emp, item.year)
        if training_id is not None:
            training = training_entity(session, training_id)
            if training.employee_id != item.employee_id:
                raise ValidationError(
                    _("Kegiatan itu milik pegawai lain dan tidak dapat ditautkan ke rencana ini."),
                    hint=_("Pilih kegiatan milik pegawai yang sama."),
                )
            if training.start_date.year != item.year:
                raise ValidationError(
                    _(
                        "Kegiatan itu dilaksanakan tahun {a}, sedangkan rencana untuk tahun {b}."
                    ).format(a=training.start_date.year, b=item.year),
                    hint=_("Pilih kegiatan pada tahun rencana."),
                )
        before = item.training_id
        item.training_id = training_id
        session.flush()
        audit.record_row(
            session, ws, actor, "dev_plan.link", item, {"before": before, "after": training_id}
        )
        return _plan_rows(session, [item])[0]


def _plan_rows(session: Session, items: Sequence[DevPlanItem]) -> list[PlanItemRow]:
    kinds = {k.code: k.label for k in kinds_by_code(session).values()}
    t_ids = sorted({i.training_id for i in items if i.training_id})
    trainings = (
        {t.id: t for t in session.execute(select(Training).where(Training.id.in_(t_ids))).scalars()}
        if t_ids
        else {}
    )
    out: list[PlanItemRow] = []
    for item in items:
        t = trainings.get(item.training_id or "")
        if t is not None and t.deleted:
            t = None
        out.append(
            record_from(
                PlanItemRow,
                item,
                kind_label=kinds.get(item.kind_code, item.kind_code),
                planned_jp=num_of(item.planned_jp),
                training_id=t.id if t else None,
                training_title=t.title if t else "",
                training_status=t.status if t else "",
                realised_jp=num_of(t.jp_credited) if t and t.status == DIVERIFIKASI else ZERO,
            )
        )
    return out


def development_plan(
    ws: Workspace, actor: Actor, year: int, *, employee_id: str | None = None
) -> PlanSummary:
    """Planned items of a year with what was realised (linked, verified records)."""
    check_year(year)
    target = employee_id or my_employee_id(actor)
    with ws.read() as session:
        emp = organisation.require_employee(session, target)
        require_read(session, ws, actor, emp, year)
        items = list(
            session.execute(
                select(DevPlanItem)
                .where(
                    DevPlanItem.employee_id == emp.id,
                    DevPlanItem.year == year,
                    DevPlanItem.deleted.is_(False),
                )
                .order_by(DevPlanItem.planned_month, DevPlanItem.title)
            ).scalars()
        )
        rows = _plan_rows(session, items)
        emp_id = emp.id
    return PlanSummary(
        employee_id=emp_id,
        year=year,
        items=tuple(rows),
        planned_jp=sum((r.planned_jp for r in rows), ZERO),
        realised_jp=sum((r.realised_jp for r in rows), ZERO),
        realised_count=sum(1 for r in rows if r.realised),
    )
