"""Demo evaluations: signed, consistent with the services, a realistic predikat spread."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from ekinerja_desktop.domain.ratings import predikat
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import auth, evaluation, period_scheme, todo
from ekinerja_desktop.services.demo.data import DEMO_PASSWORD
from ekinerja_desktop.store.models import Evaluation, Objection, OrgPerformance
from tests.helpers.demo import office_demo
from tests.helpers.report_samples import pdf_text

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=office_demo, login="if-used")]

YEAR = today_wita().year


def test_demo_evaluations_signed_with_spread_and_objections(ws, demo):
    ended = [p for p in period_scheme.periods(ws, YEAR) if not p.is_final and p.end < today_wita()]
    with ws.read() as session:
        # This year's (the past years' annual results: test_demo_coherence).
        evals = list(session.execute(select(Evaluation).where(Evaluation.year == YEAR)).scalars())
        orgs = list(
            session.execute(select(OrgPerformance).where(OrgPerformance.year == YEAR)).scalars()
        )
        objections = list(session.execute(select(Objection)).scalars())
        session.expunge_all()
    if not ended:  # early January: nothing has ended yet
        assert evals == []
        return
    assert {e.period_code for e in evals} == {p.code for p in ended}
    assert {e.status for e in evals} <= {"Ditandatangani", "Diakui"}
    for e in evals:
        assert e.predikat == predikat(e.rating_hasil, e.rating_perilaku).value
        assert len(e.content_hash) == 64
        assert e.signed_at is not None
        assert '"nama"' in e.pegawai_snapshot
    spread = Counter(e.predikat for e in evals)
    assert spread.most_common(1)[0][0] == "Baik"
    assert spread["Sangat Baik"] > 0
    assert spread["Butuh Perbaikan"] + spread["Kurang/Misconduct"] + spread["Sangat Kurang"] > 0
    assert {o.period_code for o in orgs} == {p.code for p in ended}
    # The IKU capaian printed with an organisation predikat agrees with it.
    from ekinerja_desktop.services.demo.evaluation import ORG_CAPAIAN

    for o in orgs:
        low, high = next(v for k, v in ORG_CAPAIAN.items() if k.value == o.predikat)
        assert low <= int(o.capaian.removeprefix("Capaian IKU ").rstrip("%")) <= high, o
    assert f"Evaluasi {YEAR} ditandatangani" in demo.counts
    # The services read demo rows: the kabid demo account sees the team and calibration.
    kabid = auth.login(ws, "kabid", DEMO_PASSWORD)
    code = ended[-1].code
    team = evaluation.team(ws, kabid, code)
    assert team
    assert all(r.status in {"Ditandatangani", "Diakui"} for r in team if r.has_approved_skp)
    detail = evaluation.get_evaluation(
        ws, kabid, next(r.evaluation_id for r in team if r.evaluation_id)
    )
    assert detail.results
    assert detail.results_visible
    [cal] = evaluation.calibration(ws, kabid, code)
    assert cal.total > 0
    assert cal.org_predikat
    if objections:
        assert {o.status for o in objections} <= {"Diajukan", "Diputuskan"}
    todo.my_todos(ws, kabid)  # does not fail on demo data


def test_demo_realisasi_traces_to_the_logs_and_the_rating_follows(ws, admin, demo):
    """Every Kuantitas realisasi of a signed demo evaluation is the period's approved
    output in the indicator's unit (what the service would prefill), and the rating of a
    non-head follows its capaian (demo_evaluation.DEMO_HASIL_BANDS)."""
    from decimal import Decimal

    from ekinerja_desktop.services.demo.dailylog import countable_unit
    from ekinerja_desktop.services.demo.evaluation import DEMO_HASIL_BANDS

    ended = [p for p in period_scheme.periods(ws, YEAR) if not p.is_final and p.end < today_wita()]
    if not ended:
        return
    with ws.read() as session:
        ids = list(session.execute(select(Evaluation.id).where(Evaluation.year == YEAR)).scalars())
    checked = rated = 0
    for ev_id in ids[:150]:
        detail = evaluation.get_evaluation(ws, admin, ev_id)
        percents = []
        for r in detail.results:
            # Counted from the logs: a Kuantitas target in a countable unit (a percentage
            # or an index is the appraiser's value, never "0 %" from the logs).
            if r.prefillable and r.log_count and countable_unit(r.target.partition(" ")[2]):
                unit = r.target.split(" ", 1)[1] if " " in r.target else ""
                assert r.realisasi == f"{r.log_quantity or '0'} {unit}".strip(), r
                checked += 1
                if r.capaian:
                    percents.append(Decimal(r.capaian.replace(",", ".")))
        if percents and not detail.is_org_head:
            mean = sum(percents) / len(percents)
            expected = next((x for floor, x in DEMO_HASIL_BANDS if mean >= floor), None)
            assert detail.rating_hasil == (expected.value if expected else "Di Bawah Ekspektasi")
            rated += 1
    assert checked > 0
    assert rated > 0


def test_demo_kepala_opd_cover_names_the_wali_kota(ws, admin, demo, tmp_path):
    """The head of BKPSDM is appraised by the Sekda; the Wali Kota (external penilai of
    the Sekda) is the Atasan Pejabat Penilai printed in block 3 of the cover."""

    from ekinerja_desktop.services.demo.data import DEMO_WALI_KOTA

    ended = [p for p in period_scheme.periods(ws, YEAR) if not p.is_final and p.end < today_wita()]
    if not ended:
        return
    kaban = auth.login(ws, "kaban", DEMO_PASSWORD)
    mine = evaluation.my_evaluation(ws, kaban, ended[-1].code)
    assert mine is not None
    out = evaluation.export_pdf(ws, admin, mine.id, tmp_path / "cover.pdf", cover=True)
    text = pdf_text(out)
    start = text.index("3. ATASAN PEJABAT PENILAI KINERJA")
    block3 = text[start : text.index("4. EVALUASI KINERJA")]
    assert DEMO_WALI_KOTA["nama"] in block3
    assert DEMO_WALI_KOTA["jabatan"] in block3


def test_demo_sekda_is_evaluated_for_the_wali_kota(ws, demo):
    """The Sekda (external penilai: the demo Wali Kota) has signed demo evaluations whose
    penilai is the Wali Kota, entered for him (no penilai account)."""
    import json

    from ekinerja_desktop.services.demo.data import DEMO_WALI_KOTA
    from ekinerja_desktop.store.models import Employee

    ended = [p for p in period_scheme.periods(ws, YEAR) if not p.is_final and p.end < today_wita()]
    if not ended:
        return
    with ws.read() as session:
        sekda = session.execute(
            select(Employee.id).where(Employee.jabatan_name == "Sekretaris Daerah")
        ).scalar_one()
        evals = list(
            session.execute(
                select(Evaluation).where(Evaluation.employee_id == sekda, Evaluation.year == YEAR)
            ).scalars()
        )
        session.expunge_all()
    assert {e.period_code for e in evals} == {p.code for p in ended}
    for e in evals:
        assert e.penilai_id is None
        assert json.loads(e.penilai_snapshot)["nama"] == DEMO_WALI_KOTA["nama"]
