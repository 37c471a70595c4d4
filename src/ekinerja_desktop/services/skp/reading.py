"""SKP: the stored content as plain data (RHK, indicators, behaviour, lampiran), the
summary and detail views, and the content and document hashes."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ekinerja_desktop.domain.berakhlak import BERAKHLAK
from ekinerja_desktop.domain.copying import record_from
from ekinerja_desktop.domain.skp import EDITABLE_SKP_STATUSES, SkpStatus
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.skp.access import access_of
from ekinerja_desktop.services.skp.common import (
    LAMPIRAN_SECTIONS,
    BehaviourData,
    IndicatorData,
    LampiranData,
    RhkData,
    SkpDetail,
    SkpSummary,
    is_jpt_employee,
    stamp_text,
    stored_quarters,
)
from ekinerja_desktop.services.skp.parts import (
    effective_period,
    latest_per_part,
    parts_of,
    periods_of,
)
from ekinerja_desktop.store.models import (
    Employee,
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpLampiranItem,
    SkpRhk,
)
from ekinerja_desktop.store.revisions import revisions_filter

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def document_hash(session: Session, skp: Skp) -> str:
    """What a printed Dokumen SKP certifies: the content hash, plus the effective end
    when a later SKP period cut this one short - so a print made before the mutasi
    (full year) is reported as outdated, while the approval hash stays untouched."""
    stored = content_hash(session, skp)
    start, end = effective_period(session, skp)
    if (start, end) == (skp.period_start, skp.period_end):
        return stored
    return hashlib.sha256(f"{stored}|ends:{end.isoformat()}".encode()).hexdigest()


# --- rows ------------------------------------------------------------------------------
def rhk_rows(session: Session, skp_id: str) -> list[SkpRhk]:
    return list(
        session.execute(
            select(SkpRhk)
            .where(SkpRhk.skp_id == skp_id, SkpRhk.deleted.is_(False))
            .order_by(SkpRhk.position, SkpRhk.id)
        ).scalars()
    )


def indicator_rows(session: Session, rhk_ids: Sequence[str]) -> dict[str, list[SkpIndicator]]:
    out: dict[str, list[SkpIndicator]] = {}
    if not rhk_ids:
        return out
    rows = session.execute(
        select(SkpIndicator)
        .where(SkpIndicator.rhk_id.in_(list(rhk_ids)), SkpIndicator.deleted.is_(False))
        .order_by(SkpIndicator.rhk_id, SkpIndicator.position, SkpIndicator.id)
    ).scalars()
    for row in rows:
        out.setdefault(row.rhk_id, []).append(row)
    return out


def behaviour_rows(session: Session, skp_id: str) -> dict[str, SkpBehaviour]:
    rows = session.execute(
        select(SkpBehaviour).where(SkpBehaviour.skp_id == skp_id, SkpBehaviour.deleted.is_(False))
    ).scalars()
    return {r.value_code: r for r in rows}


def lampiran_rows(session: Session, skp_id: str) -> list[SkpLampiranItem]:
    return list(
        session.execute(
            select(SkpLampiranItem)
            .where(SkpLampiranItem.skp_id == skp_id, SkpLampiranItem.deleted.is_(False))
            .order_by(SkpLampiranItem.section, SkpLampiranItem.position, SkpLampiranItem.id)
        ).scalars()
    )


def rhk_data(session: Session, skp_id: str) -> tuple[RhkData, ...]:
    rhks = rhk_rows(session, skp_id)
    indicators = indicator_rows(session, [r.id for r in rhks])
    parent_ids = sorted({r.parent_rhk_id for r in rhks if r.parent_rhk_id})
    parent_text: dict[str, str] = {}
    if parent_ids:
        parent_text = {
            str(i): str(t)
            for i, t in session.execute(
                select(SkpRhk.id, SkpRhk.text).where(SkpRhk.id.in_(parent_ids))
            ).all()
        }
    return tuple(
        record_from(
            RhkData,
            r,
            indicators=tuple(
                record_from(IndicatorData, i, quarter_targets=stored_quarters(i.quarter_targets))
                for i in indicators.get(r.id, [])
            ),
            parent_text=parent_text.get(r.parent_rhk_id or "", ""),
        )
        for r in rhks
    )


def _behaviour_data(session: Session, skp_id: str) -> tuple[BehaviourData, ...]:
    stored = behaviour_rows(session, skp_id)
    return tuple(
        BehaviourData(
            value_code=value.code,
            value_name=value.name,
            behaviours=value.behaviours,
            expectation=stored[value.code].expectation if value.code in stored else "",
        )
        for value in BERAKHLAK
    )


def _lampiran_data(session: Session, skp_id: str) -> LampiranData:
    lists: dict[str, list[str]] = {s: [] for s in LAMPIRAN_SECTIONS}
    for row in lampiran_rows(session, skp_id):
        if row.section in lists:
            lists[row.section].append(row.text)
    return LampiranData(
        dukungan_sumber_daya=tuple(lists["dukungan_sumber_daya"]),
        skema_pertanggungjawaban=tuple(lists["skema_pertanggungjawaban"]),
        konsekuensi=tuple(lists["konsekuensi"]),
    )


def summaries_of(session: Session, skps: Sequence[Skp]) -> list[SkpSummary]:
    if not skps:
        return []
    ids = [s.id for s in skps]
    counts = dict(
        session.execute(
            select(SkpRhk.skp_id, func.count())
            .where(SkpRhk.skp_id.in_(ids), SkpRhk.deleted.is_(False))
            .group_by(SkpRhk.skp_id)
        ).all()
    )
    people = {s.employee_id for s in skps} | {s.penilai_id for s in skps if s.penilai_id}
    pairs = {(s.employee_id, s.year) for s in skps}
    all_parts = latest_per_part(
        session.execute(
            select(Skp).where(
                Skp.employee_id.in_(sorted({e for e, _y in pairs})),
                Skp.year.in_(sorted({y for _e, y in pairs})),
                Skp.deleted.is_(False),
            )
        ).scalars()
    )
    grouped: dict[tuple[str, int], list[Skp]] = {}
    for p in all_parts:
        grouped.setdefault((p.employee_id, p.year), []).append(p)
    periods = {key: periods_of(rows) for key, rows in grouped.items()}

    def period(s: Skp) -> tuple[date, date]:
        return periods.get((s.employee_id, s.year), {}).get(s.part, (s.period_start, s.period_end))

    emps = {
        e.id: e
        for e in session.execute(select(Employee).where(Employee.id.in_(sorted(people)))).scalars()
    }
    return [
        record_from(
            SkpSummary,
            s,
            employee_name=organisation.display_name(emps.get(s.employee_id)),
            employee_nip=emps[s.employee_id].nip if s.employee_id in emps else "",
            penilai_name=organisation.display_name(emps.get(s.penilai_id or "")),
            rhk_count=int(counts.get(s.id, 0)),
            submitted_at=stamp_text(s.submitted_at),
            decided_at=stamp_text(s.decided_at),
            period_start=period(s)[0],
            period_end=period(s)[1],
        )
        for s in skps
    ]


def build_detail(session: Session, ws: Workspace, actor: Actor, skp: Skp) -> SkpDetail:
    session.flush()
    access = access_of(session, ws, actor, skp)
    revisions = list(
        session.execute(select(Skp).where(*revisions_filter(skp)).order_by(Skp.revision)).scalars()
    )
    summaries = summaries_of(session, revisions)
    parts = summaries_of(session, parts_of(session, skp.employee_id, skp.year))
    summary = next(s for s in summaries if s.id == skp.id)
    latest = revisions[-1].id == skp.id if revisions else True
    emp = organisation.employee(session, skp.employee_id)
    status = SkpStatus(skp.status)
    return SkpDetail(
        summary=summary,
        period_start=summary.period_start or skp.period_start,
        period_end=summary.period_end or skp.period_end,
        is_jpt=emp is not None and is_jpt_employee(emp),
        rhk=rhk_data(session, skp.id),
        behaviours=_behaviour_data(session, skp.id),
        lampiran=_lampiran_data(session, skp.id),
        editable_by_me=access.owner and latest and status in EDITABLE_SKP_STATUSES,
        expectations_editable_by_me=access.penilai and latest and status != SkpStatus.DISETUJUI,
        revisions=tuple(summaries),
        parts=tuple(parts),
    )


def hash_content(
    *,
    employee_id: str,
    year: int,
    revision: int,
    period: tuple[date, date],
    approach: str,
    rhk: Sequence[RhkData],
    expectations: Sequence[tuple[str, str]],
    lampiran: LampiranData,
) -> str:
    """SHA-256 over approved content (pure: the demo generator hashes in memory too)."""
    body = {
        "employee_id": employee_id,
        "year": year,
        "revision": revision,
        "period": [period[0].isoformat(), period[1].isoformat()],
        "approach": approach,
        "rhk": [
            [
                r.kind,
                r.text,
                r.parent_rhk_id,
                r.perspektif,
                [
                    # Quarterly targets join the hash only when set, so SKPs approved
                    # before schema 0006 keep their hashes.
                    [i.aspect, i.text, i.target_value, i.target_unit, i.target_text]
                    + ([list(i.quarter_targets)] if any(i.quarter_targets) else [])
                    for i in r.indicators
                ],
            ]
            for r in rhk
        ],
        "behaviours": [[code, text] for code, text in expectations],
        "lampiran": dataclasses.asdict(lampiran),
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def content_hash(session: Session, skp: Skp) -> str:
    """SHA-256 over the stored content (approach, period, rows, expectations, lampiran)."""
    session.flush()
    return hash_content(
        employee_id=skp.employee_id,
        year=skp.year,
        revision=skp.revision,
        period=(skp.period_start, skp.period_end),
        approach=skp.approach,
        rhk=rhk_data(session, skp.id),
        expectations=[(b.value_code, b.expectation) for b in _behaviour_data(session, skp.id)],
        lampiran=_lampiran_data(session, skp.id),
    )
