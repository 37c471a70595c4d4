"""SKP: the penilai and atasan penilai of an SKP (external signatories included) and the
person snapshots stored with it."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.nip import AsnStatus, printed_nip
from ekinerja_desktop.domain.pangkat import pangkat_by_code, pppk_golongan_by_code
from ekinerja_desktop.services import organisation
from ekinerja_desktop.services.access import admin_covers
from ekinerja_desktop.services.skp.parts import skp_people, skp_reference
from ekinerja_desktop.store.models import Employee, Skp

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


def signatory_snapshots(
    session: Session, employee_id: str, on: date, ids: tuple[str | None, str | None]
) -> tuple[dict[str, str], dict[str, str]]:
    """Snapshots of (penilai, atasan penilai): the employees ``ids`` on record, else who
    the mapping names on ``on`` - an employee or an external signatory (e.g. the Wali
    Kota, printed with name and jabatan, NIP when known)."""
    found = organisation.signatories(session, employee_id, on)
    out: list[dict[str, str]] = []
    for emp_id, sig in zip(ids, found, strict=True):
        if emp_id:
            out.append(person_snapshot(session, emp_id))
        elif sig.employee_id:
            out.append(person_snapshot(session, sig.employee_id))
        elif sig.external is not None:
            out.append(organisation.external_snapshot(sig.external))
        else:
            out.append({})
    return out[0], out[1]


def acts_for_external_penilai(
    session: Session, ws: Workspace, actor: Actor, employee_id: str, on: date
) -> bool:
    """An administrator covering the employee enters what an external Pejabat Penilai
    (e.g. the Wali Kota for the Sekda) decided: approval, evaluation, signature date."""
    if not actor.is_admin or actor.employee_id == employee_id:
        return False
    penilai, _atasan = organisation.signatories(session, employee_id, on)
    if not penilai.is_external:
        return False
    emp = organisation.employee(session, employee_id)
    return admin_covers(ws, actor, emp.unit_id if emp else None, session)


def _unit_label(session: Session, unit_id: str | None) -> str:
    """ "Bidang X, Badan Y": the unit and, below the top level, its OPD."""
    names = [unit.name for unit in organisation.unit_chain(session, unit_id)]
    if not names:
        return ""
    return names[0] if len(names) == 1 else f"{names[0]}, {names[-1]}"


def _pangkat_label(emp: Employee) -> str:
    code = emp.pangkat_code.strip()
    if not code:
        return ""
    try:
        if emp.status == AsnStatus.PPPK.value:
            return pppk_golongan_by_code(code).label
        return pangkat_by_code(code).label
    except ValueError:
        return code


def person_snapshot(session: Session, employee_id: str | None) -> dict[str, str]:
    """Identity as printed on documents: nama, nip, pangkat, jabatan, unit."""
    emp = organisation.employee(session, employee_id)
    if emp is None:
        return {}
    return {
        "nama": organisation.display_name(emp),
        "nip": printed_nip(emp.nip, emp.status),
        "pangkat": _pangkat_label(emp),
        "jabatan": emp.jabatan_name,
        "unit": _unit_label(session, emp.unit_id),
        "jabatan_kind": emp.jabatan_kind,
        "jabatan_level": emp.jabatan_level,
    }


def take_snapshots(session: Session, skp: Skp) -> None:
    skp.pegawai_snapshot = json.dumps(person_snapshot(session, skp.employee_id), sort_keys=True)
    penilai, atasan = signatory_snapshots(
        session,
        skp.employee_id,
        skp_reference(session, skp),
        (skp.penilai_id, skp.atasan_penilai_id),
    )
    skp.penilai_snapshot = json.dumps(penilai, sort_keys=True)
    skp.atasan_snapshot = json.dumps(atasan, sort_keys=True)


def load_snapshot(text: str) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def refresh_people(session: Session, skp: Skp) -> None:
    penilai, atasan = skp_people(session, skp)
    if skp.penilai_id != penilai:
        skp.penilai_id = penilai
    if skp.atasan_penilai_id != atasan:
        skp.atasan_penilai_id = atasan
