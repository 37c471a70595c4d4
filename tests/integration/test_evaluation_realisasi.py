"""Realisasi against the period's target (issue 18 item 1): target triwulan per indicator,
prefill only Kuantitas in the log's unit from the period's approved logs, quality and
time left to the appraiser with the log entries as evidence, the same numbers on the PDF
and in the TPP recap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import update

from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services import recap
from ekinerja_desktop.services import skp as skp_svc
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import DailyLog
from tests.helpers.evaluation import PAST, add_logs, build
from tests.helpers.report_samples import pdf_text
from tests.helpers.skp import fill_and_approve, save_kuantitatif

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=build)]


def _unit_of_logs(ws, employee_id: str, day: date, unit: str) -> None:
    with ws.write() as session:
        session.execute(
            update(DailyLog)
            .where(DailyLog.employee_id == employee_id, DailyLog.day == day)
            .values(unit=unit)
        )


@pytest.fixture
def setup(prepared):
    return prepared


def test_period_targets_prefill_and_evidence(ws, setup):
    chain, rhk = setup.chain, setup.staf_skp.rhk[0]
    staf = chain.staf.id
    add_logs(ws, staf, rhk.id, date(PAST, 4, 1), ["2", "1"])  # Q2
    add_logs(ws, staf, rhk.id, date(PAST, 4, 6), ["5"])  # Q2, other unit: not counted
    _unit_of_logs(ws, staf, date(PAST, 4, 6), "Laporan")
    add_logs(ws, staf, rhk.id, date(PAST, 3, 31), ["7"])  # Q1: not in Q2
    add_logs(ws, staf, rhk.id, date(PAST, 7, 1), ["9"])  # Q3: not in Q2
    ev = svc.open_evaluation(ws, chain.a_kabid, staf, f"{PAST}-Q2")
    dokumen, waktu, rapat = ev.results
    # 12 Dokumen a year -> 3 in Triwulan II; the Q1 and Q3 logs and the "Laporan" one
    # are not this indicator's output of this period.
    assert (dokumen.target, dokumen.annual_target) == ("3 Dokumen", "12 Dokumen")
    assert (dokumen.realisasi, dokumen.log_quantity, dokumen.capaian) == ("3 Dokumen", "3", "100")
    assert (dokumen.log_count, dokumen.evidence_count) == (3, 3)
    assert [(e.day, e.quantity, e.unit, e.counted) for e in dokumen.evidence] == [
        (date(PAST, 4, 1), "2", "Dokumen", True),
        (date(PAST, 4, 2), "1", "Dokumen", True),
        (date(PAST, 4, 6), "5", "Laporan", False),
    ]
    # Time indicator: no prefill, same evidence, its own period target (3 of 12 months).
    assert (waktu.realisasi, waktu.target, waktu.capaian, waktu.prefillable) == (
        "",
        "3 Bulan",
        "",
        False,
    )
    assert [e.activity for e in waktu.evidence] == [e.activity for e in dokumen.evidence]
    assert not any(e.counted for e in waktu.evidence)
    assert (rapat.realisasi, rapat.target, rapat.evidence) == ("", "1 Dokumen", ())
    # The annual evaluation compares the whole year with the annual target.
    akhir = svc.open_evaluation(ws, chain.a_kabid, staf, f"{PAST}-AKHIR")
    assert akhir.results[0].target == "12 Dokumen"
    assert akhir.results[0].realisasi == "19 Dokumen"  # 2 + 1 + 7 + 9; not the 5 Laporan
    assert akhir.results[0].capaian == "158,33"
    # The appraiser's own realisasi is what capaian follows.
    edited = svc.save_rating(
        ws, chain.a_kabid, ev.id, results={waktu.indicator_id: ("3 Bulan", "Tepat waktu")}
    )
    assert edited.results[1].realisasi == "3 Bulan"
    assert edited.results[1].capaian == ""  # Waktu: the appraiser judges, no percentage


def _revised(ws, actor, approver, skp: skp_svc.SkpDetail, quarters: tuple[str, ...]):
    """A new approved revision of ``skp`` whose first indicator has ``quarters``."""
    detail = skp_svc.start_revision(ws, actor, skp.summary.id, "rencana aksi triwulan")
    first = detail.rhk[0]
    rows = (
        replace(
            first,
            indicators=(
                replace(first.indicators[0], quarter_targets=quarters),
                *first.indicators[1:],
            ),
        ),
        *detail.rhk[1:],
    )
    return fill_and_approve(ws, actor, approver, detail.summary.id, rows)


def test_quarter_targets_stored_edited_and_validated(ws, setup):
    chain = setup.chain
    detail = skp_svc.start_revision(ws, chain.a_staf, setup.staf_skp.summary.id, "rencana aksi")
    first = detail.rhk[0]
    assert first.indicators[0].quarter_targets == ()  # none stored: defaults apply
    assert skp_svc.quarter_targets(first.indicators[0], date(PAST, 1, 1), date(PAST, 12, 31)) == (
        "3",
        "3",
        "3",
        "3",
    )

    def save(quarters):
        indicator = replace(first.indicators[0], quarter_targets=quarters)
        rows = (replace(first, indicators=(indicator, *first.indicators[1:])), *detail.rhk[1:])
        return save_kuantitatif(ws, chain.a_staf, detail.summary.id, rows)

    with pytest.raises(ValidationError) as info:
        save(("1", "2", "4", "3"))
    assert any(
        f.endswith("quarter_targets") and "(10)" in m and "(12)" in m
        for f, m in info.value.problems
    )
    saved = save(("1", "2", "4", "5"))
    assert saved.rhk[0].indicators[0].quarter_targets == ("1", "2", "4", "5")
    assert saved.rhk[0].indicators[1].quarter_targets == ()


def test_evaluation_uses_stored_quarter_targets_and_pdf_prints_period_numbers(ws, setup, tmp_path):
    chain = setup.chain
    staf = chain.staf.id
    old_rhk = setup.staf_skp.rhk[0].id
    new = _revised(ws, chain.a_staf, chain.a_kabid, setup.staf_skp, ("1", "5", "3", "3"))
    # A log written against the first revision's RHK still counts (same RHK text).
    add_logs(ws, staf, old_rhk, date(PAST, 4, 2), ["2"])
    add_logs(ws, staf, new.rhk[0].id, date(PAST, 5, 4), ["2"])
    ev = svc.open_evaluation(ws, chain.a_kabid, staf, f"{PAST}-Q2")
    first = ev.results[0]
    assert ev.skp_id == new.summary.id
    assert (first.target, first.realisasi, first.capaian) == ("5 Dokumen", "4 Dokumen", "80")
    svc.save_rating(
        ws,
        chain.a_kabid,
        ev.id,
        results={first.indicator_id: (first.realisasi, "Hampir memenuhi target triwulan")},
        rating_hasil="Sesuai",
        rating_perilaku="Sesuai",
    )
    signed = svc.sign(ws, chain.a_kabid, ev.id)
    text = pdf_text(svc.export_pdf(ws, chain.a_kabid, signed.id, tmp_path / "ev.pdf"))
    assert "5 Dokumen" in text
    assert "4 Dokumen" in text
    assert "3 Bulan" in text  # the time indicator's Triwulan II target
    assert "12 Dokumen" not in text  # the annual target is not this period's
    assert "12 Bulan" not in text


def test_tpp_recap_counts_the_target_unit_against_the_month_share(ws, admin):
    setup = build(ws, admin)
    chain = setup.chain
    staf = chain.staf.id
    rhk = setup.staf_skp.rhk[0]
    add_logs(ws, staf, rhk.id, date(PAST, 2, 2), ["1", "4"])  # 5 Dokumen
    add_logs(ws, staf, rhk.id, date(PAST, 2, 9), ["6"])
    _unit_of_logs(ws, staf, date(PAST, 2, 9), "Laporan")  # not the target's unit
    row_ = recap.employee_recap(ws, chain.a_staf, None, PAST, 2)
    first = row_.per_rhk[0]
    assert (first.activities, first.quantity, first.monthly_target) == (3, 5.0, 1.0)
    assert first.capaian_percent == 100.0  # 5 of 1 is capped at the configured 100 %
    uncapped = replace(recap.TppConfig(), capaian_cap_percent=200)
    recap.set_tpp_config(ws, admin, uncapped)
    again = recap.employee_recap(ws, chain.a_staf, None, PAST, 2).per_rhk[0]
    assert again.capaian_percent == 200.0


def test_mid_year_skp_is_evaluated_only_for_its_months(ws, setup):
    """An SKP from 1 July (mid-year start): Triwulan I is outside it; Triwulan III
    compares with its share (the SKP's 12 over its 6 months -> 6 in Q3; the time target
    "12 Bulan" likewise) and Akhir with the SKP's 12."""
    from sqlalchemy import update

    from ekinerja_desktop.store.models import Skp

    chain = setup.chain
    with ws.write() as session:
        session.execute(
            update(Skp)
            .where(Skp.id == setup.staf_skp.summary.id)
            .values(period_start=date(PAST, 7, 1))
        )
    with pytest.raises(ValidationError) as info:
        svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-Q1")
    assert "di luar periode SKP" in info.value.message
    q3 = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-Q3")
    assert (q3.results[0].target, q3.results[1].target) == ("6 Dokumen", "6 Bulan")
    akhir = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, f"{PAST}-AKHIR")
    assert akhir.results[0].target == "12 Dokumen"
