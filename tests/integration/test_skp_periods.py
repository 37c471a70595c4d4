"""Several SKP periods in one year (issue 18 item 5): a promotion on 1 August gives two
SKPs with two penilai, each evaluated for its own months, and angka kredit summed over
the periods with the jenjang of each SKP. Everything through the services, the PDFs
read back as text."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from ekinerja_desktop.services import evaluation as ev_svc
from ekinerja_desktop.services import master
from ekinerja_desktop.services import skp as svc
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from tests.helpers.evaluation import AUG_1, PAST, promoted_mid_year
from tests.helpers.report_samples import pdf_text

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=promoted_mid_year)]


def _ak(percent: str, coefficient: str, months: int) -> Decimal:
    """The domain rule written out: predikat % x coefficient x months / 12, 3 decimals."""
    raw = Decimal(percent) / 100 * Decimal(coefficient) * months / 12
    return raw.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


@pytest.fixture
def promoted(prepared):
    return prepared


def _rate_and_sign(ws, penilai, employee_id, part, hasil, perilaku):
    ev = ev_svc.open_evaluation(ws, penilai, employee_id, f"{PAST}-AKHIR", part=part)
    ev_svc.save_rating(ws, penilai, ev.id, rating_hasil=hasil, rating_perilaku=perilaku)
    return ev_svc.sign(ws, penilai, ev.id)


def test_promotion_gives_two_skp_periods_with_their_own_penilai(ws, admin, promoted):
    setup, _sitti, a_sitti, first, second = promoted
    chain = setup.chain
    periods = svc.my_skp_periods(ws, a_sitti, PAST)
    assert [(p.part, p.period_start, p.period_end, p.start_reason) for p in periods] == [
        (1, date(PAST, 1, 1), date(PAST, 7, 31), ""),
        (2, AUG_1, date(PAST, 12, 31), "promosi"),
    ]
    assert periods[1].period_label.endswith("(promosi)")
    assert periods[1].start_reference == "800/123/BKPSDM"
    assert second.summary.penilai_id == chain.kadis.id
    again = svc.get_skp(ws, a_sitti, first.summary.id)
    assert again.summary.penilai_id == chain.kabid.id  # the old SKP keeps its penilai
    assert again.summary.status == "Disetujui"  # not rewritten: still revision 1, approved
    assert again.summary.revision == 1
    assert (again.period_start, again.period_end) == (date(PAST, 1, 1), date(PAST, 7, 31))
    # The old SKP's approval hash is untouched (db check stays clean).
    with ws.read() as session:
        from ekinerja_desktop.store.models import Skp

        row1 = session.get(Skp, first.summary.id)
        assert svc.content_hash(session, row1) == row1.content_hash


def test_old_penilai_evaluates_jan_jul_new_one_aug_dec_and_ak_sums_the_periods(ws, admin, promoted):
    setup, sitti, _a_sitti, first, second = promoted
    chain = setup.chain
    # The new penilai cannot evaluate the old SKP's months, nor the old one the new.
    with pytest.raises(PermissionDeniedError):
        ev_svc.open_evaluation(ws, chain.a_kadis, sitti.id, f"{PAST}-AKHIR", part=1)
    with pytest.raises(PermissionDeniedError):
        ev_svc.open_evaluation(ws, chain.a_kabid, sitti.id, f"{PAST}-AKHIR", part=2)
    old = _rate_and_sign(ws, chain.a_kabid, sitti.id, 1, "Di Atas Ekspektasi", "Di Atas Ekspektasi")
    assert old.predikat == "Sangat Baik"
    assert (old.period_start, old.period_end) == (date(PAST, 1, 1), date(PAST, 7, 31))
    assert old.skp_id == first.summary.id
    # Until the last SKP period's Akhir is signed there is no annual result.
    assert ev_svc.annual_result(ws, admin, sitti.id, PAST) is None
    new = _rate_and_sign(ws, chain.a_kadis, sitti.id, 2, "Sesuai Ekspektasi", "Sesuai Ekspektasi")
    assert new.predikat == "Baik"
    assert new.skp_id == second.summary.id
    assert (new.period_start, new.period_end) == (AUG_1, date(PAST, 12, 31))
    # Both penilai see their own row in their team list for the Akhir period.
    kabid_rows = [
        r for r in ev_svc.team(ws, chain.a_kabid, f"{PAST}-AKHIR") if r.employee_id == sitti.id
    ]
    kadis_rows = [
        r for r in ev_svc.team(ws, chain.a_kadis, f"{PAST}-AKHIR") if r.employee_id == sitti.id
    ]
    assert [(r.skp_part, r.evaluation_id) for r in kabid_rows] == [(1, old.id)]
    assert [(r.skp_part, r.evaluation_id) for r in kadis_rows] == [(2, new.id)]

    # AK = 150% x 12.5 (Ahli Pertama) x 7/12 + 100% x 25 (Ahli Muda) x 5/12
    part1 = _ak("150", "12.5", 7)
    part2 = _ak("100", "25", 5)
    assert (part1, part2) == (Decimal("10.938"), Decimal("10.417"))
    result = ev_svc.annual_result(ws, admin, sitti.id, PAST)
    assert result is not None
    assert Decimal(result.angka_kredit) == part1 + part2 == Decimal("21.355")
    assert result.predikat == "Baik"  # the annual predikat: the last SKP period's Akhir
    assert result.months == 12
    assert result.parts == 2
    rows = ev_svc.credit_conversion(ws, admin, sitti.id, [PAST])
    assert [
        (r.period_start, r.period_end, r.jenjang, r.predikat, r.months, Decimal(r.angka_kredit))
        for r in rows
    ] == [
        (date(PAST, 1, 1), date(PAST, 7, 31), "Ahli Pertama", "Sangat Baik", 7, part1),
        (AUG_1, date(PAST, 12, 31), "Ahli Muda", "Baik", 5, part2),
    ]


def test_printed_documents_show_each_periods_own_dates_and_penilai(ws, admin, promoted, tmp_path):
    setup, sitti, a_sitti, first, second = promoted
    chain = setup.chain
    kabid_name = "Moh. Rizal Tombolotutu"
    kadis_name = "Andi Sulastri"
    skp1 = pdf_text(svc.export_pdf(ws, a_sitti, first.summary.id, tmp_path / "skp1.pdf"))
    skp2 = pdf_text(svc.export_pdf(ws, a_sitti, second.summary.id, tmp_path / "skp2.pdf"))
    assert f"1 Januari s.d. 31 Juli {PAST}" in skp1
    assert f"1 Agustus s.d. 31 Desember {PAST}" in skp2
    assert kabid_name in skp1
    assert kadis_name not in skp1
    assert kadis_name in skp2
    assert "Pranata Komputer Ahli Pertama" in skp1
    assert "Pranata Komputer Ahli Muda" in skp2
    old = _rate_and_sign(ws, chain.a_kabid, sitti.id, 1, "Sesuai Ekspektasi", "Sesuai Ekspektasi")
    new = _rate_and_sign(ws, chain.a_kadis, sitti.id, 2, "Sesuai Ekspektasi", "Sesuai Ekspektasi")
    ev1 = pdf_text(ev_svc.export_pdf(ws, chain.a_kabid, old.id, tmp_path / "ev1.pdf"))
    ev2 = pdf_text(ev_svc.export_pdf(ws, chain.a_kadis, new.id, tmp_path / "ev2.pdf"))
    cover1 = pdf_text(
        ev_svc.export_pdf(ws, chain.a_kabid, old.id, tmp_path / "cv1.pdf", cover=True)
    )
    assert f"1 Januari s.d. 31 Juli {PAST}" in ev1
    assert f"1 Januari s.d. 31 Juli {PAST}" in cover1
    assert f"1 Agustus s.d. 31 Desember {PAST}" in ev2
    assert kabid_name in ev1
    assert "Pranata Komputer Ahli Pertama" in ev1
    assert kadis_name in ev2
    assert "Pranata Komputer Ahli Muda" in ev2


def test_overlapping_period_refused_in_indonesian(ws, admin, promoted):
    setup, sitti, a_sitti, _first, _second = promoted
    with pytest.raises(ValidationError) as err:
        svc.start_new_skp_period(ws, a_sitti, sitti.id, date(PAST, 8, 1), "mutasi")
    assert "tumpang tindih dengan SKP periode ke-2" in str(err.value)
    with pytest.raises(ValidationError) as err:
        svc.start_new_skp_period(ws, a_sitti, sitti.id, date(PAST, 3, 1), "mutasi")
    assert "tumpang tindih" in str(err.value)
    # A second plain SKP for the year is still refused, pointing at the new action.
    with pytest.raises(ValidationError) as err:
        svc.create_skp(ws, a_sitti, PAST)
    assert "mutasi/promosi" in (err.value.hint or "")
    # Someone else (the unrelated guru) may not start a period for her.
    with pytest.raises(PermissionDeniedError):
        svc.start_new_skp_period(ws, setup.chain.a_guru, sitti.id, date(PAST, 10, 1), "mutasi")
    # An admin covering her unit may (and it is audited).
    third = svc.start_new_skp_period(ws, admin, sitti.id, date(PAST, 10, 1), "mutasi")
    assert third.summary.part == 3
    parts = svc.my_skp_periods(ws, a_sitti, PAST)
    assert [(p.period_start, p.period_end) for p in parts][1:] == [
        (AUG_1, date(PAST, 9, 30)),
        (date(PAST, 10, 1), date(PAST, 12, 31)),
    ]


def test_upgrade_to_0012_makes_existing_skp_and_evaluations_part_1(tmp_path):
    """Data migration: an SKP (two revisions) and its evaluation stored at schema 0011
    become SKP period 1 with their revision chain intact; the new unique key holds."""
    import shutil
    import sqlite3
    from pathlib import Path

    from ekinerja_desktop.services import paths
    from ekinerja_desktop.services.workspace import open_workspace
    from ekinerja_desktop.store.models import Evaluation, Skp

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db = paths.database_file(data_dir)
    shutil.copy(fixtures / "schema_0011.sqlite3", db)
    sync = "'node-fixture', 9, '2026-02-01 01:00:00', 'admin', 0"
    con = sqlite3.connect(db)
    for rev, sid, prev in ((1, "skp-1", None), (2, "skp-2", "skp-1")):
        con.execute(
            "INSERT INTO skp (id, employee_id, year, revision, previous_id, period_start, "
            "period_end, approach, status, pegawai_snapshot, penilai_snapshot, "
            "atasan_snapshot, decision_note, content_hash, version, origin_node, origin_seq, "
            f"updated_at, updated_by, deleted) VALUES (?, 'emp-1', 2026, ?, ?, '2026-01-01', "
            f"'2026-12-31', 'Kuantitatif', 'Draft', '{{}}', '{{}}', '{{}}', '', '', 1, {sync})",
            (sid, rev, prev),
        )
    con.execute(
        "INSERT INTO evaluation (id, employee_id, skp_id, year, period_code, revision, "
        "correction_reason, status, rating_hasil, rating_perilaku, predikat, org_predikat, "
        "notes, content_hash, pegawai_snapshot, penilai_snapshot, atasan_snapshot, version, "
        "origin_node, origin_seq, updated_at, updated_by, deleted) VALUES ('ev-1', 'emp-1', "
        "'skp-2', 2026, '2026-Q1', 1, '', 'Draft', '', '', '', '', '', '', '{}', '{}', '{}', "
        f"1, {sync})"
    )
    con.commit()
    con.close()
    ws = open_workspace(data_dir)
    try:
        assert ws.migration.before == "0011"
        with ws.read() as session:
            rows = sorted((s.revision, s.part, s.start_reason) for s in session.query(Skp))
            assert rows == [(1, 1, ""), (2, 1, "")]
            assert [e.skp_part for e in session.query(Evaluation)] == [1]
            assert svc.parts_of(session, "emp-1", 2026)[0].id == "skp-2"
    finally:
        ws.close()


def _due(items) -> int:
    return sum(i.count for i in items if i.kind == "evaluation_due")


def test_todo_and_calibration_count_each_skp_period_once(ws, admin, promoted):
    """Triwulan III spans both SKP periods: the former penilai is reminded of the July
    evaluation until he signs it, whatever the new penilai does; Sitti is asked for two
    self-assessments; the OPD distribution counts her once (the last SKP period)."""
    from ekinerja_desktop.services import todo

    setup, sitti, a_sitti, _first, _second = promoted
    chain = setup.chain
    q3 = f"{PAST}-Q3"
    october = date(PAST, 10, 6)
    own = [i for i in todo.my_todos(ws, a_sitti, october) if i.kind == "self_assessment"]
    assert len(own) == 2
    assert all(f"Triwulan III {PAST}" in i.title for i in own)
    assert own[0].title != own[1].title  # each names its SKP period
    before = _due(todo.my_todos(ws, chain.a_kabid, october))
    part2 = ev_svc.open_evaluation(ws, chain.a_kadis, sitti.id, q3, part=2)
    ev_svc.save_rating(
        ws, chain.a_kadis, part2.id, rating_hasil="Di Atas", rating_perilaku="Di Atas"
    )
    ev_svc.sign(ws, chain.a_kadis, part2.id)
    assert _due(todo.my_todos(ws, chain.a_kabid, october)) == before
    part1 = ev_svc.open_evaluation(ws, chain.a_kabid, sitti.id, q3, part=1)
    ev_svc.save_rating(ws, chain.a_kabid, part1.id, rating_hasil="Sesuai", rating_perilaku="Sesuai")
    ev_svc.sign(ws, chain.a_kabid, part1.id)
    assert _due(todo.my_todos(ws, chain.a_kabid, october)) == before - 1
    unit = master.get_employee(ws, admin, sitti.id).data.unit_id
    top = master.list_units(ws, admin)
    opd = next(u for u in top if u.parent_id is None and u.id in {unit, *_ancestors(top, unit)})
    view = ev_svc.unit_calibration(ws, admin, opd.id, q3)
    counts = dict(view.counts)
    # Sitti once, with the new SKP period's Sangat Baik (not also the July Baik)
    assert counts["Sangat Baik"] == 1
    assert counts["Baik"] == 0
    assert view.total == 1


def _ancestors(units, unit_id):
    by_id = {u.id: u for u in units}
    out = []
    while unit_id in by_id and by_id[unit_id].parent_id:
        unit_id = by_id[unit_id].parent_id
        out.append(unit_id)
    return out


def test_the_cut_short_skp_is_evaluated_on_the_months_served(ws, admin, promoted):
    """Sitti's first SKP planned 12 reports for the year (3 a quarter); the promotion on
    1 August ends it on 31 July. Its Triwulan III asks for July's share only (1 report),
    its Akhir for January-July (7); the new SKP keeps its own 2 modules for Aug-Dec."""
    setup, sitti, _a_sitti, _first, _second = promoted
    chain = setup.chain
    q3_old = ev_svc.open_evaluation(ws, chain.a_kabid, sitti.id, f"{PAST}-Q3", part=1)
    assert [(r.annual_target, r.target) for r in q3_old.results] == [("12 Laporan", "1 Laporan")]
    q2_old = ev_svc.open_evaluation(ws, chain.a_kabid, sitti.id, f"{PAST}-Q2", part=1)
    assert [r.target for r in q2_old.results] == ["3 Laporan"]  # a whole quarter served
    akhir_old = ev_svc.open_evaluation(ws, chain.a_kabid, sitti.id, f"{PAST}-AKHIR", part=1)
    assert [r.target for r in akhir_old.results] == ["7 Laporan"]
    akhir_new = ev_svc.open_evaluation(ws, chain.a_kadis, sitti.id, f"{PAST}-AKHIR", part=2)
    assert [r.target for r in akhir_new.results] == ["2 Modul"]
    # the signed document prints the same target as the record
    ev_svc.save_rating(
        ws, chain.a_kabid, q3_old.id, rating_hasil="Sesuai", rating_perilaku="Sesuai"
    )
    signed = ev_svc.sign(ws, chain.a_kabid, q3_old.id)
    [row] = ev_svc.evaluation_document(ws, chain.a_kabid, signed.id).hasil_kerja
    assert [i.target for i in row.indicators] == ["1 Laporan"]
