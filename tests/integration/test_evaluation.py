"""Evaluation service: drafts with prefilled realisasi, rating, signing, revisions, objections."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, update

from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services import period_scheme
from ekinerja_desktop.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ekinerja_desktop.store.models import DevPlanItem, Employee, Evaluation
from tests.helpers.audit import audit_actions
from tests.helpers.evaluation import (
    PAST,
    YEAR,
    add_logs,
    backdate_signing,
    build,
    make_fungsional,
)

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=build)]

Q1 = f"{PAST}-Q1"
Q2 = f"{PAST}-Q2"
AKHIR = f"{PAST}-AKHIR"


@pytest.fixture
def setup(prepared):
    return prepared


def _rate(ws, actor, ev, hasil="Sesuai Ekspektasi", perilaku="Sesuai Ekspektasi", **kw):
    return svc.save_rating(ws, actor, ev.id, rating_hasil=hasil, rating_perilaku=perilaku, **kw)


def _signed(ws, setup, employee="staf", period=Q1, hasil="Sesuai", perilaku="Sesuai"):
    emp = getattr(setup.chain, employee)
    ev = svc.open_evaluation(ws, setup.chain.a_kabid, emp.id, period)
    _rate(ws, setup.chain.a_kabid, ev, hasil, perilaku)
    return svc.sign(ws, setup.chain.a_kabid, ev.id)


# --- configuration ---------------------------------------------------------------------
def test_scheme_setting_default_triwulan_and_admin_only(ws, admin, setup):
    assert [p.code for p in period_scheme.periods(ws, PAST)] == [
        f"{PAST}-Q1",
        f"{PAST}-Q2",
        f"{PAST}-Q3",
        f"{PAST}-Q4",
        f"{PAST}-AKHIR",
    ]
    with pytest.raises(PermissionDeniedError):
        svc.set_scheme(ws, setup.chain.a_kabid, "bulanan")
    with pytest.raises(ValidationError) as info:
        svc.set_scheme(ws, admin, "mingguan")
    assert "mingguan" in info.value.message
    svc.set_scheme(ws, admin, "semester")
    labels = [p.label for p in period_scheme.periods(ws, PAST)]
    assert labels == ["Semester I", "Semester II", "Akhir"]
    assert period_scheme.get_scheme(ws).value == "semester"


# --- draft and prefill -----------------------------------------------------------------
def test_draft_prefills_realisasi_from_approved_logs(ws, setup):
    rhk = setup.staf_skp.rhk[0]
    add_logs(ws, setup.chain.staf.id, rhk.id, date(PAST, 2, 2), ["3", "2,5"])
    add_logs(ws, setup.chain.staf.id, rhk.id, date(PAST, 2, 10), ["9"], status="Diajukan")
    add_logs(ws, setup.chain.staf.id, rhk.id, date(PAST, 5, 4), ["7"])  # Q2, not counted
    ev = svc.open_evaluation(ws, setup.chain.a_kabid, setup.chain.staf.id, Q1)
    assert ev.status == "Draft"
    assert ev.revision == 1
    assert ev.period_label == "Triwulan I"
    assert ev.penilai_id == setup.chain.kabid.id
    assert ev.atasan_penilai_id == setup.chain.kadis.id
    assert [r.indicator_text for r in ev.results] == [
        "Jumlah dokumen akreditasi",
        "Ketepatan waktu penyusunan",
        "Jumlah dokumen terlaksananya rapat koordinasi",
    ]
    first = ev.results[0]
    assert (first.log_count, first.log_quantity, first.evidence_count) == (2, "5,5", 2)
    # Only the quantity, in the indicator's unit; compared with the Q1 target (12 / 4).
    assert first.realisasi == "5,5 Dokumen"
    assert (first.target, first.annual_target) == ("3 Dokumen", "12 Dokumen")
    assert first.capaian == "183,33"
    # The time indicator is the appraiser's, with the same two logs listed as evidence.
    second = ev.results[1]
    assert (second.realisasi, second.target, second.prefillable) == ("", "3 Bulan", False)
    assert [(e.day, e.quantity, e.files) for e in second.evidence] == [
        (date(PAST, 2, 2), "3", ("bukti-0.pdf",)),
        (date(PAST, 2, 3), "2,5", ("bukti-1.pdf",)),
    ]
    assert ev.results[2].realisasi == ""  # no logs on the second RHK
    assert [b.value_code for b in ev.behaviours][:2] == ["berorientasi_pelayanan", "akuntabel"]
    # Opening again returns the same draft; the prefill stays editable.
    again = svc.open_evaluation(ws, setup.chain.a_kabid, setup.chain.staf.id, Q1)
    assert again.id == ev.id
    edited = svc.save_rating(
        ws, setup.chain.a_kabid, ev.id, results={first.indicator_id: ("6 Dokumen", "Baik")}
    )
    assert edited.results[0].realisasi == "6 Dokumen"
    assert edited.results[0].feedback == "Baik"
    assert edited.status == "Draft"


def test_no_approved_skp_refused(ws, admin, setup):
    from ekinerja_desktop.services import master

    master.set_supervisor(ws, admin, setup.chain.guru.id, setup.chain.kabid.id, PAST)
    with pytest.raises(ValidationError) as info:
        svc.open_evaluation(ws, setup.chain.a_kabid, setup.chain.guru.id, Q1)
    assert "belum memiliki SKP" in info.value.message


# --- rating and signing ----------------------------------------------------------------
def test_rate_sign_acknowledge_and_lock(ws, setup):
    kabid, staf = setup.chain.a_kabid, setup.chain.a_staf
    ev = svc.open_evaluation(ws, kabid, setup.chain.staf.id, Q1)
    rated = _rate(
        ws,
        kabid,
        ev,
        "Di Atas Ekspektasi",
        "Di Atas",
        behaviours={"akuntabel": "Laporan selalu tepat waktu"},
        notes="Pertahankan",
    )
    assert rated.predikat == "Sangat Baik"
    assert rated.status == "Dinilai"
    # The employee does not see the result before signing.
    mine = svc.my_evaluation(ws, staf, Q1)
    assert mine is not None
    assert not mine.results_visible
    assert mine.predikat == mine.rating_hasil == mine.notes == ""
    assert all(b.feedback == "" for b in mine.behaviours)
    with pytest.raises(ValidationError):
        svc.evaluation_document(ws, staf, ev.id)
    # A lower rating changes the predikat live; clearing one reopens the draft.
    assert _rate(ws, kabid, ev, "Sesuai", "Di Bawah").predikat == "Kurang/Misconduct"
    cleared = _rate(ws, kabid, ev, "", "Di Bawah")
    assert (cleared.predikat, cleared.status) == ("", "Draft")
    with pytest.raises(ValidationError) as info:
        svc.sign(ws, kabid, ev.id)
    assert "wajib diisi" in info.value.message
    _rate(ws, kabid, ev, "Di Atas", "Di Atas")
    signed = svc.sign(ws, kabid, ev.id)
    assert signed.status == "Ditandatangani"
    assert signed.signed_at
    assert len(signed.content_hash) == 64
    with ws.read() as session:
        stored = session.get(Evaluation, ev.id)
        pegawai = json.loads(stored.pegawai_snapshot)
        penilai = json.loads(stored.penilai_snapshot)
        atasan = json.loads(stored.atasan_snapshot)
    assert pegawai["nama"] == "Nurhayati Lamarauna, S.E."
    assert penilai["nama"].startswith("Moh. Rizal Tombolotutu")
    assert atasan["nama"] == "dr. Andi Sulastri, M.Kes."
    mine = svc.my_evaluation(ws, staf, Q1)
    assert mine.results_visible
    assert mine.predikat == "Sangat Baik"
    assert mine.notes == "Pertahankan"
    assert mine.can_object
    # Signed = immutable.
    with pytest.raises(ValidationError) as info:
        _rate(ws, kabid, ev, "Sesuai", "Sesuai")
    assert "dikunci" in info.value.message
    with pytest.raises(ValidationError):
        svc.sign(ws, kabid, ev.id)
    # Only the employee acknowledges.
    with pytest.raises(PermissionDeniedError):
        svc.acknowledge(ws, kabid, ev.id)
    done = svc.acknowledge(ws, staf, ev.id)
    assert done.status == "Diakui"
    assert done.acknowledged_at
    assert audit_actions(ws, ev.id) == [
        "evaluation.create",
        "evaluation.rate",
        "evaluation.rate",
        "evaluation.rate",
        "evaluation.rate",
        "evaluation.sign",
        "evaluation.receive",  # the employee opened the signed result: 14 days start
        "evaluation.acknowledge",
    ]


def test_sign_before_period_end_refused_draft_allowed(ws, admin):
    setup = build(ws, admin, year=YEAR)
    code = f"{YEAR}-AKHIR"  # ends on 31 December of this year: never over yet
    ev = svc.open_evaluation(ws, setup.chain.a_kabid, setup.chain.staf.id, code)
    assert not ev.period_ended
    rated = _rate(ws, setup.chain.a_kabid, ev)
    assert rated.predikat == "Baik"
    with pytest.raises(ValidationError) as info:
        svc.sign(ws, setup.chain.a_kabid, ev.id)
    assert "belum berakhir" in info.value.message
    assert svc.get_evaluation(ws, setup.chain.a_kabid, ev.id).status == "Dinilai"


def test_rating_someone_you_do_not_appraise_refused(ws, setup):
    chain = setup.chain
    for actor in (chain.a_kadis, chain.a_guru, chain.a_sekda):
        with pytest.raises(PermissionDeniedError) as info:
            svc.open_evaluation(ws, actor, chain.staf.id, Q1)
        assert "bukan Pejabat Penilai" in info.value.message
    ev = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, Q1)
    with pytest.raises(PermissionDeniedError):
        _rate(ws, chain.a_kadis, ev)
    with pytest.raises(PermissionDeniedError):
        _rate(ws, chain.a_staf, ev)
    with pytest.raises(PermissionDeniedError):
        svc.get_evaluation(ws, chain.a_guru, ev.id)
    # The atasan penilai reads but does not rate.
    assert svc.get_evaluation(ws, chain.a_kadis, ev.id).results_visible
    with pytest.raises(ValidationError):
        _rate(ws, chain.a_kabid, ev, "Luar Biasa", "Sesuai")
    with pytest.raises(ValidationError):
        svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, "2025-Q9")
    with pytest.raises(NotFoundError):
        svc.get_evaluation(ws, chain.a_kabid, "tidak-ada")


def test_team_view(ws, setup):
    _signed(ws, setup)
    rows = svc.team(ws, setup.chain.a_kabid, Q1)
    assert [(r.employee_name, r.status) for r in rows] == [
        ("Ikhsan Bakri", "Belum dibuat"),
        ("Nurhayati Lamarauna, S.E.", "Ditandatangani"),
    ]
    assert all(r.has_approved_skp for r in rows)
    assert svc.team(ws, setup.chain.a_staf, Q1) == []


# --- self-assessment -------------------------------------------------------------------
def test_self_assessment_before_rating(ws, setup):
    chain = setup.chain
    ev = svc.open_evaluation(ws, chain.a_staf, chain.staf.id, Q1)  # the employee starts it
    assert ev.self_editable_by_me
    assert not ev.editable_by_me
    ids = [r.indicator_id for r in ev.results]
    saved = svc.save_self_assessment(ws, chain.a_staf, ev.id, {ids[0]: "4 dokumen"})
    assert saved.results[0].self_realisasi == "4 dokumen"
    with pytest.raises(ValidationError) as info:
        svc.save_self_assessment(ws, chain.a_staf, ev.id, {}, submit=True)
    assert "2 indikator" in info.value.message
    with pytest.raises(PermissionDeniedError):
        svc.save_self_assessment(ws, chain.a_kabid, ev.id, {ids[1]: "x"})
    done = svc.save_self_assessment(
        ws, chain.a_staf, ev.id, {ids[1]: "tepat waktu", ids[2]: "3 rapat"}, submit=True
    )
    assert done.self_submitted_at
    assert not done.self_editable_by_me
    with pytest.raises(ValidationError) as info:
        svc.save_self_assessment(ws, chain.a_staf, ev.id, {ids[0]: "5"})
    assert "sudah diserahkan" in info.value.message
    sup = svc.get_evaluation(ws, chain.a_kabid, ev.id)
    assert [r.self_realisasi for r in sup.results] == ["4 dokumen", "tepat waktu", "3 rapat"]
    assert svc.team(ws, chain.a_kabid, Q1)[1].self_submitted


def test_self_assessment_closed_once_rated(ws, setup):
    chain = setup.chain
    ev = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, Q1)
    _rate(ws, chain.a_kabid, ev)
    with pytest.raises(ValidationError) as info:
        svc.save_self_assessment(ws, chain.a_staf, ev.id, {ev.results[0].indicator_id: "1"})
    assert "penilaian mandiri ditutup" in info.value.message


# --- corrections -----------------------------------------------------------------------
def test_correction_is_new_revision_both_kept(ws, setup):
    chain = setup.chain
    first = _signed(ws, setup)
    with pytest.raises(ValidationError):
        svc.start_correction(ws, chain.a_kabid, first.id, " ")
    with pytest.raises(PermissionDeniedError):
        svc.start_correction(ws, chain.a_staf, first.id, "salah")
    second = svc.start_correction(ws, chain.a_kabid, first.id, "Realisasi salah ketik")
    assert (second.revision, second.status, second.previous_id) == (2, "Dinilai", first.id)
    assert second.correction_reason == "Realisasi salah ketik"
    assert second.predikat == "Baik"
    _rate(ws, chain.a_kabid, second, "Di Atas", "Di Atas")
    svc.sign(ws, chain.a_kabid, second.id)
    old = svc.get_evaluation(ws, chain.a_kabid, first.id)
    assert (old.status, old.predikat, old.content_hash) == (
        "Ditandatangani",
        "Baik",
        first.content_hash,
    )
    assert [r[0] for r in old.revisions] == [1, 2]
    with pytest.raises(ValidationError) as info:
        svc.start_correction(ws, chain.a_kabid, first.id, "lagi")
    assert "digantikan" in info.value.message
    assert svc.my_evaluation(ws, chain.a_staf, Q1).predikat == "Sangat Baik"


# --- objections ------------------------------------------------------------------------
def test_objection_filed_and_decided_by_atasan_penilai(ws, setup):
    chain = setup.chain
    ev = _signed(ws, setup, hasil="Di Bawah", perilaku="Sesuai")
    assert ev.predikat == "Butuh Perbaikan"
    with pytest.raises(ValidationError):
        svc.file_objection(ws, chain.a_staf, ev.id, "")
    with pytest.raises(PermissionDeniedError) as info:
        svc.file_objection(ws, chain.a_kabid, ev.id, "Saya keberatan")
    assert "pegawai yang dinilai" in info.value.message
    obj = svc.file_objection(ws, chain.a_staf, ev.id, "Realisasi lebih tinggi dari catatan")
    assert obj.status == "Diajukan"
    with pytest.raises(ValidationError) as info:
        svc.file_objection(ws, chain.a_staf, ev.id, "lagi")
    assert "menunggu keputusan" in info.value.message
    assert [o.id for o in svc.objections_to_decide(ws, chain.a_kadis)] == [obj.id]
    assert svc.objections_to_decide(ws, chain.a_kabid) == []
    # The penilai himself (or anybody but the atasan penilai) may not decide.
    for actor in (chain.a_kabid, chain.a_sekda, chain.a_staf):
        with pytest.raises(PermissionDeniedError) as info:
            svc.decide_objection(ws, actor, obj.id, "uphold", "Tetap")
        assert "Atasan Pejabat Penilai" in info.value.message
    with pytest.raises(ValidationError):
        svc.decide_objection(ws, chain.a_kadis, obj.id, "change", "Naik")  # ratings missing
    with pytest.raises(ValidationError):
        svc.decide_objection(ws, chain.a_kadis, obj.id, "maybe", "?")
    decided = svc.decide_objection(
        ws,
        chain.a_kadis,
        obj.id,
        "change",
        "Bukti dukung lengkap",
        rating_hasil="Sesuai",
        rating_perilaku="Sesuai",
    )
    assert (decided.status, decided.decision) == ("Diputuskan", "change")
    assert decided.new_rating_hasil == "Sesuai Ekspektasi"
    with pytest.raises(ValidationError) as info:
        svc.decide_objection(ws, chain.a_kadis, obj.id, "uphold", "Tetap")
    assert "final" in info.value.message
    mine = svc.my_evaluation(ws, chain.a_staf, Q1)
    assert (mine.revision, mine.status, mine.predikat) == (2, "Ditandatangani", "Baik")
    assert mine.correction_reason.startswith("Keputusan keberatan")
    old = svc.get_evaluation(ws, chain.a_staf, ev.id)
    assert old.predikat == "Butuh Perbaikan"
    assert old.objections[0].decision_reason == "Bukti dukung lengkap"
    assert "evaluation.objection_decide" in audit_actions(ws, ev.id)


def test_objection_after_14_days_refused(ws, setup):
    chain = setup.chain
    ev = _signed(ws, setup, period=Q2)
    backdate_signing(ws, ev.id, 14, received=True)
    assert svc.get_evaluation(ws, chain.a_staf, ev.id).can_object
    backdate_signing(ws, ev.id, 15, received=True)
    assert not svc.get_evaluation(ws, chain.a_staf, ev.id).can_object
    with pytest.raises(ValidationError) as info:
        svc.file_objection(ws, chain.a_staf, ev.id, "Terlambat")
    assert "sudah lewat" in info.value.message


def test_objection_on_unsigned_refused(ws, setup):
    ev = svc.open_evaluation(ws, setup.chain.a_kabid, setup.chain.staf.id, Q1)
    with pytest.raises(ValidationError):
        svc.file_objection(ws, setup.chain.a_staf, ev.id, "Belum ditandatangani")


# --- organisation predikat, head of organisation, calibration ---------------------------
def test_org_head_gets_org_result_and_calibration(ws, admin, setup):
    chain = setup.chain
    opd = chain.kadis.data.unit_id
    ev = svc.open_evaluation(ws, chain.a_sekda, chain.kadis.id, Q1)
    assert ev.is_org_head
    rated = _rate(ws, chain.a_sekda, ev, "Di Atas", "Sesuai")
    assert rated.rating_hasil == ""  # comes from the organisation, not the form
    with pytest.raises(ValidationError) as info:
        svc.sign(ws, chain.a_sekda, ev.id)
    assert "Predikat Kinerja Organisasi" in info.value.message
    # Only the leader one level up (sekda appraises the head) or an admin sets it.
    for actor in (chain.a_kabid, chain.a_kadis, chain.a_staf):
        with pytest.raises(PermissionDeniedError):
            svc.set_org_predikat(ws, actor, opd, Q1, "Istimewa")
    with pytest.raises(ValidationError):
        svc.set_org_predikat(ws, chain.a_sekda, opd, Q1, "Luar Biasa")
    cal = svc.set_org_predikat(ws, chain.a_sekda, opd, Q1, "Baik", capaian="92%")
    assert (cal.org_predikat, cal.capaian) == ("Baik", "92%")
    rated = _rate(ws, chain.a_sekda, ev, "Di Bawah", "Di Atas")
    assert (rated.rating_hasil, rated.predikat) == ("Sesuai Ekspektasi", "Baik")
    svc.set_org_predikat(ws, admin, opd, Q1, "Istimewa")
    assert _rate(ws, chain.a_sekda, ev, "", "Di Atas").predikat == "Sangat Baik"
    assert svc.sign(ws, chain.a_sekda, ev.id).org_predikat == "Istimewa"
    # Calibration of kabid's team: the whole OPD's distribution and warnings.
    _signed(ws, setup, "staf", hasil="Di Atas", perilaku="Di Atas")
    _signed(ws, setup, "staf2", hasil="Di Atas", perilaku="Di Atas")
    [view] = svc.calibration(ws, chain.a_kabid, Q1)
    assert view.unit_name == "Dinas Kesehatan"
    assert view.org_predikat == "Istimewa"
    assert dict(view.counts)["Sangat Baik"] == 3
    assert view.total == 3
    assert len(view.warnings) == 1
    assert "Sangat Baik" in view.warnings[0]
    assert "70%" in view.warnings[0]
    assert not view.can_set_org_predikat
    assert svc.org_head_rating("Kurang").value == "Di Bawah Ekspektasi"


# --- annual result and follow-up -------------------------------------------------------
def test_annual_result_angka_kredit_and_follow_up(ws, setup):
    chain = setup.chain
    make_fungsional(ws, chain.staf.id)
    assert svc.annual_result(ws, chain.a_kabid, chain.staf.id, PAST) is None
    top = _signed(ws, setup, "staf", AKHIR, "Di Atas", "Di Atas")
    result = svc.annual_result(ws, chain.a_staf, chain.staf.id, PAST)
    assert (result.predikat, result.angka_kredit, result.months) == ("Sangat Baik", "18.750", 12)
    assert result.follow_up_kind == "reward"
    with pytest.raises(ValidationError) as info:
        svc.add_follow_up(ws, chain.a_kabid, top.id, "pembinaan", "Coaching")
    assert "Sangat Baik" in info.value.message
    reward = svc.add_follow_up(ws, chain.a_kabid, top.id, "reward", "Pegawai teladan")
    assert reward.kind == "reward"
    low = _signed(ws, setup, "staf2", AKHIR, "Di Bawah", "Sesuai")
    with pytest.raises(ValidationError):
        svc.add_follow_up(ws, chain.a_kabid, low.id, "reward", "Hadiah")
    with pytest.raises(ValidationError):
        svc.add_follow_up(
            ws,
            chain.a_kabid,
            low.id,
            "pembinaan",
            "x",
            start_date=date(YEAR, 3, 1),
            end_date=date(YEAR, 1, 1),
        )
    plan = svc.add_follow_up(
        ws,
        chain.a_kabid,
        low.id,
        "pembinaan",
        "Pendampingan penyusunan dokumen",
        targets="Dokumen selesai tepat waktu",
        start_date=date(YEAR, 1, 6),
        end_date=date(YEAR, 6, 30),
        suggested_training=["Pelatihan penulisan laporan", " "],
    )
    assert plan.suggested_training == ("Pelatihan penulisan laporan",)
    with ws.read() as session:
        items = session.execute(select(DevPlanItem)).scalars().all()
        assert [(i.source, i.year, i.planned_month) for i in items] == [("pembinaan", YEAR, 1)]
    assert svc.annual_result(ws, chain.a_kabid, chain.staf2.id, PAST).follow_up_kind == (
        "pembinaan"
    )
    assert [f.kind for f in svc.follow_ups(ws, chain.a_kabid, chain.staf2.id, PAST)] == [
        "pembinaan"
    ]
    with pytest.raises(PermissionDeniedError):
        svc.add_follow_up(ws, chain.a_staf, low.id, "pembinaan", "diri sendiri")
    q1 = _signed(ws, setup, "staf2", Q1)
    with pytest.raises(ValidationError) as info:
        svc.add_follow_up(ws, chain.a_kabid, q1.id, "pembinaan", "x")
    assert "akhir tahun" in info.value.message


def test_angka_kredit_uses_the_jenjang_of_the_signed_year(ws, setup):
    """A promotion after the annual evaluation was signed does not change that year's
    angka kredit: the jenjang comes from the snapshot taken at signing."""
    chain = setup.chain
    make_fungsional(ws, chain.staf.id)
    _signed(ws, setup, "staf", AKHIR, "Sesuai", "Sesuai")  # Baik: 100% x 12.5 x 12/12
    with ws.write() as session:
        session.execute(
            update(Employee).where(Employee.id == chain.staf.id).values(jabatan_level="Ahli Muda")
        )
    result = svc.annual_result(ws, chain.a_staf, chain.staf.id, PAST)
    assert (result.predikat, result.angka_kredit, result.months) == ("Baik", "12.500", 12)
