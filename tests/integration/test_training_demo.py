"""Demo competency development data: a realistic share below 20 JP, mixed statuses, plans."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth, training
from ekinerja_desktop.services.demo import DEMO_PASSWORD, DemoResult
from ekinerja_desktop.services.demo import data as demo_data
from ekinerja_desktop.store.models import DevPlanItem, Training

pytestmark = pytest.mark.db


def test_demo_trainings(ws, admin):
    result = DemoResult(ws.data_dir)
    demo_data.populate(ws, result, scale="office", seed=2026, progress=lambda *_a: None)
    year = today_wita().year
    trainings = result.counts[f"Kegiatan pengembangan kompetensi {year}"]
    assert trainings > 50

    admin = auth.login(ws, "admin", "rahasia-admin-1")
    meters = training.unit_overview(ws, admin, year)
    pns = [m for m in meters if not m.is_pppk]
    below = [m for m in pns if m.below_target]
    assert 0.3 <= len(below) / len(pns) <= 0.45
    # The admin sees the BKPSDM; the generator also counts the Sekda outside it.
    assert result.counts[f"PNS di bawah 20 JP {year}"] >= len(below)
    assert all(not m.over_cap for m in meters if m.is_pppk)

    with ws.read() as session:
        rows = list(session.execute(select(Training)).scalars())
        plans = list(session.execute(select(DevPlanItem)).scalars())
        session.expunge_all()  # keep the loaded values after the read snapshot ends
    statuses = {r.status for r in rows}
    assert statuses == {"Diajukan", "Diverifikasi", "Ditolak"}
    assert all(r.start_date.year == year and r.end_date >= r.start_date for r in rows)
    assert any(r.event_id for r in rows)
    assert plans
    assert any(p.training_id for p in plans)
    keys = [(r.employee_id, r.title, r.start_date, r.kind_code) for r in rows]
    assert len(keys) == len(set(keys))

    # The demo supervisor sees a queue and the employee a meter.
    kabid = auth.login(ws, "kabid", DEMO_PASSWORD)
    pegawai = auth.login(ws, "pegawai", DEMO_PASSWORD)
    assert training.jp_meter(ws, pegawai, year).limit_jp in (20, 24)
    queue = training.verification_queue(ws, kabid, year)
    assert all(r.status == "Diajukan" for r in queue)
