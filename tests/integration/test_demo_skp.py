"""Demo SKPs: every demo employee has a plausible SKP, cascaded from their supervisor."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.services.demo import data as demo_data
from ekinerja_desktop.store.models import Employee, Skp, SkpIndicator, SkpRhk
from ekinerja_desktop.store.models import SupervisorAssignment as Sa
from tests.helpers.demo import office_demo

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=office_demo, login="if-used")]

YEAR = today_wita().year


def _load(ws):
    with ws.read() as session:
        # This year's (past years: test_demo_coherence).
        skps = {s.id: s for s in session.execute(select(Skp).where(Skp.year == YEAR)).scalars()}
        rhk = {r.id: r for r in session.execute(select(SkpRhk)).scalars() if r.skp_id in skps}
        indicators = [i for i in session.execute(select(SkpIndicator)).scalars() if i.rhk_id in rhk]
        employees = {e.id: e for e in session.execute(select(Employee)).scalars()}
        mapping: dict[str, set[str]] = {}
        for emp, sup in session.execute(
            select(Sa.employee_id, Sa.supervisor_id).where(Sa.year == YEAR)
        ).all():
            mapping.setdefault(emp, set()).add(sup)
        session.expunge_all()
    return skps, rhk, indicators, employees, mapping


def test_every_employee_has_one_skp_with_valid_cascade(ws, demo):
    skps, rhk, indicators, employees, mapping = _load(ws)
    owners = Counter(s.employee_id for s in skps.values() if s.part == 1)
    assert set(owners) == set(employees)
    assert set(owners.values()) == {1}
    # The mid-year transfer: one second SKP period (made through the services).
    assert sum(1 for s in skps.values() if s.part > 1) <= 1
    assert {s.year for s in skps.values()} == {YEAR}
    by_rhk = Counter(i.rhk_id for i in indicators)
    for row in rhk.values():
        assert by_rhk[row.id] >= 1, row.text  # every RHK has an indicator
    for item in indicators:
        assert (item.target_value and item.target_unit) or item.target_text
    for row in rhk.values():
        skp = skps[row.skp_id]
        emp = employees[skp.employee_id]
        if row.parent_rhk_id is None:
            assert emp.jabatan_kind == "jpt" or skp.status == "Draft", emp.jabatan_name
            continue
        parent = rhk[row.parent_rhk_id]
        parent_skp = skps[parent.skp_id]
        assert parent_skp.employee_id == skp.penilai_id
        assert skp.penilai_id in mapping[skp.employee_id]
        assert parent_skp.status == "Disetujui"
    for skp in (s for s in skps.values() if s.part == 1):
        assert skp.version == 1
        assert skp.origin_node == ws.node.id
        assert skp.updated_by == "demo"
    seqs = [s.origin_seq for s in skps.values()] + [r.origin_seq for r in rhk.values()]
    assert len(set(seqs)) == len(seqs)


def test_mix_of_statuses_with_snapshots_and_notes(ws, demo):
    skps, *_rest = _load(ws)
    statuses = Counter(s.status for s in skps.values() if s.part == 1)
    assert statuses["Disetujui"] > len(skps) / 2
    assert statuses["Diajukan"] >= 1
    assert statuses["Draft"] >= 1
    assert statuses["Ditolak"] >= 1
    assert demo.counts[f"SKP {YEAR} Disetujui"] == statuses["Disetujui"]
    for skp in skps.values():
        if skp.status == "Ditolak":
            assert skp.decision_note
        if skp.status != "Draft":
            assert '"nama"' in skp.pegawai_snapshot
            assert skp.submitted_at is not None
        if skp.status == "Disetujui":
            assert len(skp.content_hash) == 64


def test_demo_skps_work_through_the_service(ws, demo):
    kabid = auth.login(ws, "kabid", demo_data.DEMO_PASSWORD)
    pegawai = auth.login(ws, "pegawai", demo_data.DEMO_PASSWORD)
    mine = svc.get_my_skp(ws, pegawai, YEAR)
    assert mine is not None
    assert mine.rhk
    assert all(r.parent_text for r in mine.rhk if r.parent_rhk_id)
    team = svc.team_skps(ws, kabid, YEAR)
    assert pegawai.employee_id in {t.employee_id for t in team}
    assert svc.get_skp(ws, kabid, mine.summary.id).summary.id == mine.summary.id
    own = svc.get_my_skp(ws, kabid, YEAR)
    if own.summary.status == "Disetujui":
        # The stored hash equals what the service computes for the same content.
        with ws.read() as session:
            stored = session.get(Skp, own.summary.id)
            assert stored.content_hash == svc.content_hash(session, stored)
        assert sum(c.supported_by for c in svc.coverage(ws, kabid, YEAR)) >= 1
    expectations = [b.expectation for b in own.behaviours]
    assert len(expectations) == 7
