"""External signatories on the supervisor mapping (issue 18 items 4 and 6): the Wali Kota
appraises the Sekda and is the Atasan Pejabat Penilai of a Kepala OPD; the admin enters
the external penilai's decisions; every document prints who signs."""

from __future__ import annotations

import pytest

from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services import master
from ekinerja_desktop.services import skp as skp_svc
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from tests.helpers.evaluation import PAST, build
from tests.helpers.report_samples import pdf_text
from tests.helpers.skp import KADIS_RHK, approved

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_external")]

WALI_KOTA = {"nama": "H. Andi Mappaturung, S.E.", "jabatan": "Wali Kota Palu"}
Q1 = f"{PAST}-Q1"


def _block(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def _external(ws, admin):
    """``build`` with the Wali Kota as the sekda's external penilai."""
    setup = build(ws, admin)
    master.set_external_penilai(ws, admin, setup.chain.sekda.id, PAST, **WALI_KOTA)
    return setup


@pytest.fixture
def setup(prepared):
    return prepared


def test_mapping_records_external_penilai_and_atasan(ws, admin, setup):
    chain = setup.chain
    rows = {r.employee_id: r for r in master.list_mapping(ws, admin, PAST)}
    sekda = rows[chain.sekda.id]
    assert (sekda.supervisor_id, sekda.supervisor_name, sekda.supervisor_jabatan) == (
        None,
        WALI_KOTA["nama"],
        WALI_KOTA["jabatan"],
    )
    assert sekda.supervisor_nip == ""
    # The Kepala OPD: penilai the Sekda, atasan penilai the Wali Kota above the Sekda.
    kadis = rows[chain.kadis.id]
    assert (kadis.supervisor_id, kadis.atasan_penilai_name) == (chain.sekda.id, WALI_KOTA["nama"])
    with pytest.raises(ValidationError) as info:
        master.set_external_atasan(ws, admin, kadis.id, nama="Gubernur", jabatan="X", nip="123")
    assert ("nip", "NIP harus 18 angka, atau kosongkan.") in info.value.problems
    with pytest.raises(ValidationError):
        master.set_external_penilai(
            ws, admin, chain.sekda.id, PAST, nama="Tanpa Jabatan", jabatan=""
        )
    named = master.set_external_atasan(
        ws,
        admin,
        kadis.id,
        nama="Drs. Rusdy Mastura",
        jabatan="Gubernur Sulawesi Tengah",
        nip="195001011980031001",
    )
    assert named.atasan_penilai_id is None
    assert named.external_atasan == "Drs. Rusdy Mastura, Gubernur Sulawesi Tengah"
    cleared = master.set_external_atasan(ws, admin, kadis.id, nama="")
    assert cleared.atasan_penilai_name == WALI_KOTA["nama"]


def test_kepala_opd_cover_prints_block_3(ws, setup, tmp_path):
    """Item 4: the cover of a Kepala OPD names the Atasan Pejabat Penilai (Wali Kota)."""
    chain = setup.chain
    ev = svc.open_evaluation(ws, chain.a_sekda, chain.kadis.id, Q1)
    assert ev.atasan_penilai_id is None
    text = pdf_text(svc.export_pdf(ws, chain.a_sekda, ev.id, tmp_path / "c.pdf", cover=True))
    block3 = _block(text, "ATASAN PEJABAT PENILAI KINERJA", "EVALUASI KINERJA")
    assert WALI_KOTA["nama"] in block3
    assert WALI_KOTA["jabatan"] in block3
    block2 = _block(text, "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI")
    assert "Rahmat Lasimpo" in block2  # the Sekda


def test_sekda_skp_and_evaluation_entered_by_admin_for_the_wali_kota(ws, admin, setup, tmp_path):
    chain = setup.chain
    # The Sekda's SKP: submitted (the penilai is external), approved by the admin.
    skp = approved(ws, chain.a_sekda, admin, KADIS_RHK, year=PAST)
    assert skp.summary.status == "Disetujui"
    assert skp.summary.penilai_id is None
    skp_text = pdf_text(skp_svc.export_pdf(ws, chain.a_sekda, skp.summary.id, tmp_path / "s.pdf"))
    assert WALI_KOTA["nama"] in skp_text
    assert WALI_KOTA["jabatan"] in skp_text
    # The admin's lists hold the Sekda (to act for the Wali Kota); nobody else's do.
    assert chain.sekda.id in {r.employee_id for r in skp_svc.team_skps(ws, admin, PAST)}
    assert [r.employee_id for r in svc.team(ws, admin, Q1)] == [chain.sekda.id]
    assert chain.sekda.id not in {r.employee_id for r in svc.team(ws, chain.a_kadis, Q1)}
    # Nobody else may act for the Wali Kota; the Sekda may not rate himself.
    with pytest.raises(PermissionDeniedError):
        svc.open_evaluation(ws, chain.a_kadis, chain.sekda.id, Q1)
    ev = svc.open_evaluation(ws, admin, chain.sekda.id, Q1)
    assert ev.editable_by_me
    assert ev.penilai_name == WALI_KOTA["nama"]
    own = svc.get_evaluation(ws, chain.a_sekda, ev.id)
    assert not own.editable_by_me
    with pytest.raises(PermissionDeniedError):
        svc.save_rating(ws, chain.a_sekda, ev.id, rating_hasil="Di Atas", rating_perilaku="Di Atas")
    svc.save_rating(
        ws,
        admin,
        ev.id,
        rating_hasil="Sesuai",
        rating_perilaku="Di Atas",
        notes="Dinilai Wali Kota pada rapat evaluasi.",
    )
    signed = svc.sign(ws, admin, ev.id)
    assert signed.status == "Ditandatangani"
    text = pdf_text(svc.export_pdf(ws, admin, signed.id, tmp_path / "e.pdf"))
    block = _block(text, "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI")
    assert WALI_KOTA["nama"] in block
    assert WALI_KOTA["jabatan"] in block
    cover = pdf_text(svc.export_pdf(ws, admin, signed.id, tmp_path / "c.pdf", cover=True))
    assert WALI_KOTA["nama"] in _block(cover, "2. PEJABAT PENILAI KINERJA", "3.")
    assert "BAIK" in cover
    # The signature block names the Wali Kota with the jabatan, no empty "NIP." line.
    signatures = cover[cover.rindex("Pejabat Penilai Kinerja") :]
    assert f"{WALI_KOTA['nama']} {WALI_KOTA['jabatan']}" in signatures
    assert "NIP. " not in signatures.split(WALI_KOTA["nama"])[1]
