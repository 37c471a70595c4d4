"""Evaluation PDFs: the evaluation document and its cover print the signed snapshots."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from ekinerja_desktop import cli
from ekinerja_desktop.services import evaluation as svc
from ekinerja_desktop.services.errors import PermissionDeniedError, ValidationError
from ekinerja_desktop.store.models import Employee
from tests.helpers.cli_login import cli_login
from tests.helpers.evaluation import PAST, add_logs, build, rate_opd
from tests.helpers.report_samples import pdf_text

pytestmark = [pytest.mark.db, pytest.mark.prepared(build="_signed")]

Q1 = f"{PAST}-Q1"


@pytest.fixture
def signed(prepared):
    return prepared


def _signed(ws, admin):
    setup = build(ws, admin)
    chain = setup.chain
    add_logs(ws, chain.staf.id, setup.staf_skp.rhk[0].id, date(PAST, 1, 5), ["4"])
    rate_opd(ws, admin, chain, Q1, capaian="Capaian IKU 95%")
    ev = svc.open_evaluation(ws, chain.a_kabid, chain.staf.id, Q1)
    svc.save_rating(
        ws,
        chain.a_kabid,
        ev.id,
        results={ev.results[0].indicator_id: (ev.results[0].realisasi, "Dokumen lengkap")},
        behaviours={"akuntabel": "Selalu melapor tepat waktu"},
        rating_hasil="Sesuai",
        rating_perilaku="Di Atas",
        notes="Ikutkan pelatihan manajemen arsip",
    )
    return setup, svc.sign(ws, chain.a_kabid, ev.id)


def test_evaluation_and_cover_pdf_from_snapshots(ws, tmp_path, signed):
    setup, ev = signed
    chain = setup.chain
    # A later rename does not change the signed document (snapshot taken at signing).
    with ws.write() as session:
        session.execute(
            update(Employee).where(Employee.id == chain.staf.id).values(name="Nama Baru")
        )
    out = svc.export_pdf(ws, chain.a_staf, ev.id, tmp_path / "eval.pdf")
    text = pdf_text(out)
    for expected in (
        "EVALUASI KINERJA PEGAWAI",
        "Nurhayati Lamarauna, S.E.",
        "Moh. Rizal Tombolotutu",
        "dr. Andi Sulastri, M.Kes.",
        "Triwulan I",
        "Jumlah dokumen akreditasi",
        "4 Dokumen",
        "Dokumen lengkap",
        "Selalu melapor tepat waktu",
        "Baik",
        "Capaian IKU 95%",
    ):
        assert expected.casefold() in text.casefold(), expected
    assert "Nama Baru" not in text
    cover = svc.export_pdf(ws, chain.a_kabid, ev.id, tmp_path / "cover.pdf", cover=True)
    text = pdf_text(cover)
    assert len(PdfReader(str(cover)).pages) == 1
    for expected in (
        "Nurhayati Lamarauna, S.E.",
        "dr. Andi Sulastri, M.Kes.",
        "Ikutkan pelatihan manajemen arsip",
    ):
        assert expected.casefold() in text.casefold(), expected
    with pytest.raises(PermissionDeniedError):
        svc.export_pdf(ws, chain.a_guru, ev.id, tmp_path / "x.pdf")


def test_employee_cannot_print_unsigned(ws, admin, tmp_path):
    setup = build(ws, admin)
    ev = svc.open_evaluation(ws, setup.chain.a_kabid, setup.chain.staf.id, Q1)
    with pytest.raises(ValidationError):
        svc.export_pdf(ws, setup.chain.a_staf, ev.id, tmp_path / "x.pdf")
    draft = svc.export_pdf(ws, setup.chain.a_kabid, ev.id, tmp_path / "draft.pdf")
    assert "Nurhayati" in pdf_text(draft)


def test_cli_report_evaluation_and_cover(ws, tmp_path, signed, capsys, monkeypatch):
    cli_login(monkeypatch)  # CLI commands name their user (plain workspace too)
    setup, _ev = signed
    nip = setup.chain.staf.data.nip
    base = ["--data-dir", str(ws.data_dir), "--database-url", ws.url, "--nip", nip]
    out = tmp_path / "cli" / "eval.pdf"
    code = cli.main(
        ["report", "evaluation", *base, "--year", str(PAST), "--period", "Q1", "--out", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    assert "Nurhayati" in capsys.readouterr().out
    assert "Jumlah dokumen akreditasi" in pdf_text(out)
    cover = tmp_path / "cli" / "cover.pdf"
    code = cli.main(
        ["report", "cover", *base, "--year", str(PAST), "--period", "q1", "--out", str(cover)]
    )
    assert code == 0, capsys.readouterr().err
    assert len(PdfReader(str(cover)).pages) == 1
    code = cli.main(
        ["report", "cover", *base, "--year", str(PAST), "--period", "Q2", "--out", str(cover)]
    )
    assert code == 1
    assert "belum memiliki evaluasi" in capsys.readouterr().err
    code = cli.main(
        ["report", "cover", *base, "--year", str(PAST), "--period", "X9", "--out", str(cover)]
    )
    assert code == 1
    assert "Kode periode" in capsys.readouterr().err


def _parents_and_perspektif(ws, skp_id):
    """Straight from the records: RHK text -> (its leader's RHK text, perspektif)."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from ekinerja_desktop.store.models import SkpRhk

    parent = aliased(SkpRhk)
    with ws.read() as session:
        rows = session.execute(
            select(SkpRhk.text, parent.text, SkpRhk.perspektif)
            .outerjoin(parent, parent.id == SkpRhk.parent_rhk_id)
            .where(SkpRhk.skp_id == skp_id)
        ).all()
    return {text: (ptext or "", persp or "") for text, ptext, persp in rows}


def test_evaluation_prints_the_leaders_rhk_each_rhk_intervenes_in(ws, tmp_path, signed):
    setup, ev = signed
    doc = svc.evaluation_document(ws, setup.chain.a_kabid, ev.id)
    expected = _parents_and_perspektif(ws, setup.staf_skp.summary.id)
    assert doc.hasil_kerja
    for row in doc.hasil_kerja:
        assert row.rhk_pimpinan == expected[row.rhk][0]
        assert row.rhk_pimpinan  # every staff RHK supports one of the supervisor's
    text = pdf_text(svc.export_pdf(ws, setup.chain.a_kabid, ev.id, tmp_path / "e.pdf"))
    for row in doc.hasil_kerja:
        assert re.sub(r"\s+", " ", row.rhk_pimpinan) in text
    assert "Perspektif" not in text  # not a JPT


def test_jpt_evaluation_has_the_perspektif_column(ws, admin, tmp_path):
    setup = build(ws, admin)
    chain = setup.chain
    period = f"{PAST}-Q1"
    # A head of an organisation is rated by the organisation's predikat.
    rate_opd(ws, admin, chain, period, capaian="Capaian IKU 95%")
    ev = svc.open_evaluation(ws, chain.a_sekda, chain.kadis.id, period)
    svc.save_rating(ws, chain.a_sekda, ev.id, rating_hasil="Sesuai", rating_perilaku="Sesuai")
    signed_ev = svc.sign(ws, chain.a_sekda, ev.id)
    doc = svc.evaluation_document(ws, chain.a_sekda, signed_ev.id)
    assert doc.is_jpt
    expected = _parents_and_perspektif(ws, setup.kadis_skp.summary.id)
    perspektifs = {row.perspektif for row in doc.hasil_kerja}
    assert perspektifs == {v[1] for v in expected.values()}
    assert "Penerima Layanan" in perspektifs
    text = pdf_text(svc.export_pdf(ws, chain.a_sekda, signed_ev.id, tmp_path / "jpt.pdf"))
    assert "Perspektif" in text
    assert "Penerima Layanan" in text
