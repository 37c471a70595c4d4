"""Keberatan (issue 18 item 7): the 14 days start when the signed result reaches the
employee, a Kepala OPD can object (decided for the external Atasan Pejabat Penilai by the
admin), and the form with the decision is printed with the numbers of the records."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from ekinerja_desktop.domain.fmt import format_date
from ekinerja_desktop.domain.timeutil import today_wita
from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services import master
from ekinerja_desktop.services.errors import PermissionDeniedError
from tests.helpers.evaluation import PAST, backdate_signing, build, rate_opd
from tests.helpers.report_samples import pdf_text

pytestmark = [pytest.mark.db, pytest.mark.prepared(build=build)]

Q1 = f"{PAST}-Q1"
WALI_KOTA = {"nama": "H. Andi Mappaturung, S.E.", "jabatan": "Wali Kota Palu"}


@pytest.fixture
def setup(prepared):
    return prepared


def _signed(ws, setup, employee="staf", penilai="a_kabid", hasil="Di Bawah"):
    chain = setup.chain
    emp = getattr(chain, employee)
    actor = getattr(chain, penilai)
    ev = svc.open_evaluation(ws, actor, emp.id, Q1)
    svc.save_rating(ws, actor, ev.id, rating_hasil=hasil, rating_perilaku="Sesuai")
    return svc.sign(ws, actor, ev.id)


def test_days_start_when_the_employee_receives_the_result(ws, setup):
    chain = setup.chain
    ev = _signed(ws, setup)
    backdate_signing(ws, ev.id, 30)  # signed a month ago, never seen by the employee
    assert svc.get_evaluation(ws, chain.a_kabid, ev.id).objection_deadline is None
    mine = svc.get_evaluation(ws, chain.a_staf, ev.id)  # it reaches the employee now
    assert mine.objection_deadline == today_wita() + timedelta(days=14)
    assert mine.can_object
    backdate_signing(ws, ev.id, 30, received=True)
    late = svc.get_evaluation(ws, chain.a_staf, ev.id)
    assert late.objection_deadline == today_wita() - timedelta(days=16)
    assert not late.can_object


def test_acknowledging_starts_the_days(ws, setup):
    chain = setup.chain
    ev = _signed(ws, setup)
    acknowledged = svc.acknowledge(ws, chain.a_staf, ev.id)
    assert acknowledged.objection_deadline == today_wita() + timedelta(days=14)


def test_objection_form_prints_the_records(ws, setup, tmp_path):
    chain = setup.chain
    ev = _signed(ws, setup)
    obj = svc.file_objection(ws, chain.a_staf, ev.id, "Laporan bulan Maret belum dihitung")
    text = pdf_text(svc.export_objection_pdf(ws, chain.a_staf, obj.id, tmp_path / "k.pdf"))
    today = format_date(today_wita())
    for expected in (
        "KEBERATAN ATAS HASIL EVALUASI KINERJA PEGAWAI",
        "Triwulan I".upper(),
        "Nurhayati Lamarauna",  # pegawai
        "Moh. Rizal Tombolotutu",  # penilai
        "Andi Sulastri",  # atasan penilai
        "DI BAWAH EKSPEKTASI",
        "BUTUH PERBAIKAN",
        "Laporan bulan Maret belum dihitung",
        "BELUM DIPUTUSKAN",
        format_date(today_wita() + timedelta(days=14)),
        today,
    ):
        assert expected in text, expected
    svc.decide_objection(
        ws,
        chain.a_kadis,
        obj.id,
        "change",
        "Laporan Maret terbukti ada",
        rating_hasil="Sesuai",
        rating_perilaku="Sesuai",
    )
    decided = pdf_text(svc.export_objection_pdf(ws, chain.a_kadis, obj.id, tmp_path / "d.pdf"))
    assert "HASIL EVALUASI DIUBAH" in decided
    assert "SESUAI EKSPEKTASI" in decided
    assert "PREDIKAT KINERJA PEGAWAI BAIK" in decided
    assert "Laporan Maret terbukti ada" in decided
    assert "BELUM DIPUTUSKAN" not in decided


def test_kepala_opd_objects_and_the_admin_records_the_wali_kota_decision(
    ws, admin, setup, tmp_path
):
    chain = setup.chain
    master.set_external_penilai(ws, admin, chain.sekda.id, PAST, **WALI_KOTA)
    rate_opd(ws, admin, chain, Q1, "Butuh Perbaikan", capaian="Capaian IKU 71%")
    ev = _signed(ws, setup, employee="kadis", penilai="a_sekda", hasil="")
    assert ev.predikat == "Butuh Perbaikan"
    mine = svc.get_evaluation(ws, chain.a_kadis, ev.id)
    assert mine.can_object
    obj = svc.file_objection(ws, chain.a_kadis, ev.id, "Capaian IKU belum final")
    assert [o.id for o in svc.objections_to_decide(ws, admin)] == [obj.id]
    with pytest.raises(PermissionDeniedError):
        svc.decide_objection(ws, chain.a_sekda, obj.id, "uphold", "Tetap")
    svc.decide_objection(ws, admin, obj.id, "uphold", "Capaian IKU sudah final")
    text = pdf_text(svc.export_objection_pdf(ws, admin, obj.id, tmp_path / "k.pdf"))
    block3 = text[text.index("3. ATASAN PEJABAT PENILAI") : text.index("4. HASIL EVALUASI")]
    assert WALI_KOTA["nama"] in block3
    assert WALI_KOTA["jabatan"] in block3
    assert "HASIL EVALUASI TETAP" in text
    assert "Capaian IKU sudah final" in text


def test_unreceived_signing_date_does_not_count(ws, setup):
    """A laptop that brings the result 20 days after signing still leaves 14 days."""
    chain = setup.chain
    ev = _signed(ws, setup)
    backdate_signing(ws, ev.id, 20)
    with ws.write() as session:
        from ekinerja_desktop.store.models import Evaluation

        session.execute(update(Evaluation).where(Evaluation.id == ev.id).values(received_at=None))
    obj = svc.file_objection(ws, chain.a_staf, ev.id, "Baru sampai di laptop saya")
    assert obj.status == "Diajukan"
