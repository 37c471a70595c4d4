"""An organisation predikat set for a bidang reaches its staff's evaluations and
documents (issue 18 item 8); without one, the OPD's applies."""

from __future__ import annotations

import re

import pytest

from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.store.models import OrgUnit
from tests.helpers.evaluation import PAST, build, rate_opd
from tests.helpers.report_samples import pdf_text

pytestmark = pytest.mark.db

Q1 = f"{PAST}-Q1"


def test_bidang_predikat_reaches_the_documents(ws, admin, tmp_path):
    setup = build(ws, admin)
    chain = setup.chain
    with ws.read() as session:
        bidang = session.get(OrgUnit, chain.staf.data.unit_id).parent_id
    rate_opd(ws, admin, chain, Q1, capaian="Capaian IKU dinas 96%")
    ev = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, Q1)
    assert ev.org_predikat == "Baik"  # only the OPD has one so far
    svc.set_org_predikat(ws, admin, bidang, Q1, "Istimewa", capaian="Capaian IKU bidang 112%")
    rated = svc.save_rating(
        ws, chain.a_kabid, ev.id, rating_hasil="Di Atas", rating_perilaku="Di Atas"
    )
    assert rated.org_predikat == "Istimewa"
    signed = svc.sign(ws, chain.a_kabid, ev.id)
    cover = pdf_text(svc.export_pdf(ws, chain.a_kabid, signed.id, tmp_path / "c.pdf", cover=True))
    assert "ISTIMEWA - CAPAIAN IKU BIDANG 112%" in cover
    text = pdf_text(svc.export_pdf(ws, chain.a_kabid, signed.id, tmp_path / "e.pdf"))
    assert "Istimewa - Capaian IKU bidang 112%" in text
    assert "Sangat Baik: 1" in text  # the distribution inside the bidang
    # The Kepala Dinas still takes the OPD's result as Rating Hasil Kerja.
    head = svc.open_evaluation(ws, chain.a_sekda, chain.kadis.id, Q1)
    assert (head.org_predikat, head.is_org_head) == ("Baik", True)


def test_penetapan_predikat_organisasi_document(ws, admin, tmp_path):
    setup = build(ws, admin)
    chain = setup.chain
    opd = rate_opd(ws, admin, chain, Q1, capaian="Capaian IKU dinas 96%")
    with ws.read() as session:
        opd_name = session.get(OrgUnit, opd).name
    for emp, hasil in ((chain.staf, "Di Atas"), (chain.staf2, "Di Bawah")):
        ev = svc.open_evaluation(ws, chain.a_kabid, emp.id, Q1)
        svc.save_rating(ws, chain.a_kabid, ev.id, rating_hasil=hasil, rating_perilaku="Di Atas")
        svc.sign(ws, chain.a_kabid, ev.id)
    cal = svc.unit_calibration(ws, admin, opd, Q1)
    assert dict(cal.counts)["Sangat Baik"] == 1
    assert dict(cal.counts)["Butuh Perbaikan"] == 1
    text = pdf_text(svc.export_org_predikat(ws, admin, [opd], Q1, tmp_path / "org.pdf"))
    for expected in (
        "Penetapan Predikat Kinerja Organisasi",
        f"Triwulan I {PAST}",
        opd_name,
        "Baik",
        "Capaian IKU dinas 96%",
        "Kurva distribusi predikat kinerja pegawai",
    ):
        assert expected in text, expected
    row = text[text.index("Capaian IKU dinas 96%") :]
    # Sangat Baik 1, Baik 0, Butuh Perbaikan 1, Kurang/Misconduct 0, Sangat Kurang 0, total 2.
    assert re.search(r"1 0 1 0 0 2", row), row[:200]
