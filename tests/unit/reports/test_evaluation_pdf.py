"""Tests for the Evaluasi Kinerja Pegawai PDF and its one-page cover."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from ekinerja_desktop.reports import (
    EVALUATION_DRAFT_TEXT,
    EvaluationCover,
    EvaluationDocument,
    build_evaluation_cover_pdf,
    build_evaluation_pdf,
)
from ekinerja_desktop.reports.evaluation_pdf import TRUNCATION_NOTE
from tests.helpers.report_samples import (
    ATASAN,
    PEGAWAI,
    PENILAI,
    VALUE_NAMES,
    assert_all_in,
    make_cover,
    make_evaluation,
    normalise,
    pdf_pages,
    pdf_text,
    written,
)


def _eval(doc: EvaluationDocument, tmp_path: Path, name: str = "eval.pdf") -> Path:
    return written(build_evaluation_pdf, doc, tmp_path / name)


def _cover(doc: EvaluationCover, tmp_path: Path, name: str = "cover.pdf") -> Path:
    return written(build_evaluation_cover_pdf, doc, tmp_path / name)


def test_evaluation_headings_and_blocks(evaluation_doc: EvaluationDocument, tmp_path: Path) -> None:
    text = pdf_text(_eval(evaluation_doc, tmp_path))
    assert_all_in(
        text,
        "EVALUASI KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "PERIODE: TRIWULAN I",
        "PERIODE PENILAIAN: 1 Januari s.d. 31 Maret 2025",
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "ATASAN PEJABAT PENILAI KINERJA",
        "CAPAIAN KINERJA ORGANISASI",
        "POLA DISTRIBUSI",
        "Realisasi Berdasarkan Bukti Dukung",
        "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung",
        "RATING HASIL KERJA SESUAI EKSPEKTASI",
        "RATING PERILAKU KERJA DI ATAS EKSPEKTASI",
        "PREDIKAT KINERJA PEGAWAI BAIK",
        "CATATAN",
    )
    assert normalise(evaluation_doc.pola_distribusi) in text
    assert normalise(evaluation_doc.catatan) in text
    for person in (PEGAWAI, PENILAI, ATASAN):
        assert person.nama in text
        assert person.nip in text


def test_evaluation_rows_values_and_signatures(
    evaluation_doc: EvaluationDocument, tmp_path: Path
) -> None:
    pages = [normalise(p) for p in pdf_pages(_eval(evaluation_doc, tmp_path))]
    text = " ".join(pages)
    assert len(evaluation_doc.hasil_kerja) >= 25
    for row in evaluation_doc.hasil_kerja:
        assert normalise(row.rhk) in text
        assert normalise(row.umpan_balik) in text
        for ind in row.indicators:
            assert normalise(ind.indikator) in text
            assert normalise(ind.realisasi) in text
    for name in VALUE_NAMES:
        assert name in text
    for row in evaluation_doc.perilaku:
        assert normalise(row.umpan_balik) in text
    assert f"NIP. {PEGAWAI.nip}" in text
    assert f"NIP. {PENILAI.nip}" in text
    assert "Palu, 7 April 2025" in text
    n = len(pages)
    assert n > 1
    for i, page in enumerate(pages, start=1):
        assert f"Halaman {i} dari {n}" in page
    # Signatures share the last page with the end of the behaviour table.
    assert "Kolaboratif" in pages[-1]
    assert f"NIP. {PENILAI.nip}" in pages[-1]


def test_evaluation_draft_mark(tmp_path: Path) -> None:
    draft = pdf_pages(_eval(make_evaluation(status="Draft", n_rows=6), tmp_path, "d.pdf"))
    assert all(EVALUATION_DRAFT_TEXT in normalise(p) for p in draft)
    signed = pdf_text(_eval(make_evaluation(status="Ditandatangani", n_rows=6), tmp_path))
    assert "DRAF" not in signed
    acknowledged = pdf_text(
        _eval(make_evaluation(status="Diakui", n_rows=6), tmp_path, "acknowledged.pdf")
    )
    assert "DRAF" not in acknowledged


def test_cover_is_one_page_with_all_blocks(cover_doc: EvaluationCover, tmp_path: Path) -> None:
    path = _cover(cover_doc, tmp_path)
    assert len(PdfReader(str(path)).pages) == 1
    text = pdf_text(path)
    assert_all_in(
        text,
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "PERIODE: AKHIR",
        "PEMERINTAH KOTA PALU",
        "PERIODE PENILAIAN: 1 Januari s.d. 31 Desember 2025",
        "1. PEGAWAI YANG DINILAI",
        "2. PEJABAT PENILAI KINERJA",
        "3. ATASAN PEJABAT PENILAI KINERJA",
        "4. EVALUASI KINERJA",
        "CAPAIAN KINERJA ORGANISASI ISTIMEWA",
        "PREDIKAT KINERJA PEGAWAI SANGAT BAIK",
        "5. CATATAN/REKOMENDASI",
        "Halaman 1 dari 1",
        "Palu, 12 Januari 2026",
    )
    assert normalise(cover_doc.catatan_rekomendasi) in text
    for person in (PEGAWAI, PENILAI, ATASAN):
        assert person.nama in text
        assert person.nip in text
    assert f"NIP. {PEGAWAI.nip}" in text
    assert f"NIP. {PENILAI.nip}" in text
    assert "DRAF" not in text


def test_cover_keeps_a_moderately_long_note_whole(tmp_path: Path) -> None:
    note = " ".join(f"Rekomendasi pembinaan butir {i} bagi peningkatan kinerja." for i in range(40))
    path = _cover(make_cover(catatan=note), tmp_path)
    assert len(PdfReader(str(path)).pages) == 1
    text = pdf_text(path)
    assert normalise(note) in text
    assert normalise(TRUNCATION_NOTE) not in text


def test_cover_trims_a_huge_note_to_one_page(tmp_path: Path) -> None:
    note = " ".join(f"Catatan panjang nomor {i} mengenai evaluasi kinerja." for i in range(2000))
    path = _cover(make_cover(catatan=note, status="Draft"), tmp_path)
    assert len(PdfReader(str(path)).pages) == 1
    text = pdf_text(path)
    assert "Catatan panjang nomor 0 mengenai" in text
    assert normalise(TRUNCATION_NOTE) in text
    assert EVALUATION_DRAFT_TEXT in text
    # Signatures survive the trimming.
    assert f"NIP. {PENILAI.nip}" in text


def test_cover_without_period_dates(cover_doc: EvaluationCover, tmp_path: Path) -> None:
    doc = replace(cover_doc, periode_awal=None, periode_akhir=None, periode_label="Triwulan II")
    text = pdf_text(_cover(doc, tmp_path))
    assert "PERIODE: TRIWULAN II" in text


def test_kualitatif_and_jpt_layouts(tmp_path: Path) -> None:
    base = make_evaluation(n_rows=6)
    first = base.hasil_kerja[0]
    rows = (
        replace(first, perspektif="Proses Bisnis", rhk_pimpinan="RHK pimpinan satu"),
        *base.hasil_kerja[1:],
    )
    kuali = normalise(
        pdf_text(_eval(replace(base, pendekatan="Kualitatif", hasil_kerja=rows), tmp_path))
    )
    assert "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target" in kuali
    assert f"Target: {first.indicators[0].target}" in kuali
    assert "Aspek" not in kuali
    assert "Perspektif" not in kuali
    jpt = normalise(
        pdf_text(_eval(replace(base, is_jpt=True, hasil_kerja=rows), tmp_path, "j.pdf"))
    )
    assert "Perspektif" in jpt
    assert "Proses Bisnis" in jpt
    assert "RHK pimpinan satu" in jpt
    assert "Aspek" in jpt
