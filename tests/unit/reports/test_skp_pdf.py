"""Tests for the Dokumen SKP PDF builder."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from ekinerja_desktop.reports import (
    SKP_DRAFT_TEXT,
    SkpDocument,
    SkpIndicator,
    build_skp_pdf,
)
from tests.helpers.report_samples import (
    PEGAWAI,
    PENILAI,
    SKP_HEADINGS,
    VALUE_NAMES,
    assert_all_in,
    make_rhk_rows,
    make_skp,
    normalise,
    one_rhk,
    pdf_pages,
    pdf_text,
    written,
)


def _build(doc: SkpDocument, tmp_path: Path, name: str = "skp.pdf") -> Path:
    return written(build_skp_pdf, doc, tmp_path / name)


def test_headings_identity_and_period(skp_doc: SkpDocument, tmp_path: Path) -> None:
    text = pdf_text(_build(skp_doc, tmp_path))
    assert_all_in(
        text,
        *SKP_HEADINGS,
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "PERIODE PENILAIAN: 1 Januari s.d. 31 Desember 2025",
        "PANGKAT/GOL. RUANG",
        "UNIT KERJA",
        "Rencana Hasil Kerja Pimpinan yang Diintervensi",
        "Indikator Kinerja Individu",
    )
    for person in (PEGAWAI, PENILAI):
        for value in (person.nama, person.nip, person.pangkat, person.jabatan, person.unit_kerja):
            assert normalise(value) in text, value


def test_every_rhk_and_indicator_is_printed(skp_doc: SkpDocument, tmp_path: Path) -> None:
    assert len(skp_doc.hasil_kerja) >= 25
    assert len(skp_doc.hasil_kerja[0].rhk) >= 400
    assert len(skp_doc.hasil_kerja[0].indicators) == 3
    text = pdf_text(_build(skp_doc, tmp_path))
    for row in skp_doc.hasil_kerja:
        assert normalise(row.rhk) in text, row.rhk
        if row.rhk_pimpinan:
            assert normalise(row.rhk_pimpinan) in text, row.rhk_pimpinan
        for ind in row.indicators:
            assert normalise(ind.indikator) in text, ind.indikator
            assert ind.target in text
            assert ind.aspek in text


def test_behaviour_values_and_lampiran(skp_doc: SkpDocument, tmp_path: Path) -> None:
    text = pdf_text(_build(skp_doc, tmp_path))
    for value in skp_doc.perilaku:
        assert value.nama_nilai in text
        for behaviour in value.perilaku:
            assert normalise(behaviour) in text, behaviour
        assert normalise(value.ekspektasi) in text
    assert [v.nama_nilai for v in skp_doc.perilaku] == VALUE_NAMES
    for item in (
        *skp_doc.lampiran.dukungan_sumber_daya,
        *skp_doc.lampiran.skema_pertanggungjawaban,
        *skp_doc.lampiran.konsekuensi,
    ):
        assert normalise(item) in text, item


def test_signatures_pages_and_footer(skp_doc: SkpDocument, tmp_path: Path) -> None:
    pages = [normalise(t) for t in pdf_pages(_build(skp_doc, tmp_path))]
    n = len(pages)
    assert n > 2
    for i, page in enumerate(pages, start=1):
        assert f"Halaman {i} dari {n}" in page
        assert "SKP Tahun 2025" in page
        assert PEGAWAI.nama in page
    text = " ".join(pages)
    assert text.count("Pegawai yang Dinilai") >= 2
    assert text.count("Pejabat Penilai Kinerja") >= 2
    assert text.count(f"NIP. {PEGAWAI.nip}") == 2
    assert text.count(f"NIP. {PENILAI.nip}") == 2
    assert "Palu, 6 Januari 2025" in text
    # The results table splits over pages with its header repeated.
    assert sum("Rencana Hasil Kerja Pimpinan yang Diintervensi" in p for p in pages) >= 2
    # Lampiran starts on its own page, after the main part.
    lampiran = next(i for i, p in enumerate(pages) if "LAMPIRAN SASARAN KINERJA PEGAWAI" in p)
    assert lampiran > 0
    assert "PERILAKU KERJA" not in pages[lampiran]
    assert "Kolaboratif" in " ".join(pages[:lampiran])


def test_signature_block_is_never_alone_on_a_page(skp_doc: SkpDocument, tmp_path: Path) -> None:
    pages = [normalise(t) for t in pdf_pages(_build(skp_doc, tmp_path))]
    first_sig = next(i for i, p in enumerate(pages) if f"NIP. {PENILAI.nip}" in p)
    # The last behaviour row shares the page with the signatures.
    assert "Kolaboratif" in pages[first_sig]


def test_draft_mark_only_when_not_approved(tmp_path: Path) -> None:
    draft = pdf_pages(_build(make_skp(status="Diajukan"), tmp_path, "draft.pdf"))
    assert all(SKP_DRAFT_TEXT in normalise(p) for p in draft)
    approved = pdf_text(_build(make_skp(status="Disetujui"), tmp_path, "ok.pdf"))
    assert "DRAF" not in approved


def test_jpt_adds_perspektif(tmp_path: Path) -> None:
    rows = tuple(
        replace(r, perspektif="Penerima Layanan") if i == 0 else r
        for i, r in enumerate(make_rhk_rows(5, 1))
    )
    doc = make_skp(is_jpt=True, hasil_kerja=rows, pendekatan="Kualitatif")
    text = pdf_text(_build(doc, tmp_path))
    assert "Perspektif" in text
    assert "Penerima Layanan" in text
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in text
    assert "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI" in text


def test_markup_characters_and_empty_sections(tmp_path: Path) -> None:
    rows = one_rhk(
        "Capaian <b>tidak</b> tebal & tetap utuh ≤ 5 hari",
        SkpIndicator("Waktu", "Waktu layanan < 1 hari & akurat", "1 Hari"),
    )
    doc = make_skp(hasil_kerja=rows)
    text = pdf_text(_build(doc, tmp_path))
    assert "Capaian <b>tidak</b> tebal & tetap utuh <= 5 hari" in text
    assert "Waktu layanan < 1 hari & akurat" in text
    assert "B. Tambahan" in text


def test_writes_to_binary_stream(skp_doc: SkpDocument) -> None:
    buffer = io.BytesIO()
    build_skp_pdf(skp_doc, buffer)
    assert buffer.getvalue().startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) > 1


def test_kualitatif_prints_the_measure_and_target_in_one_column(tmp_path: Path) -> None:
    rows = one_rhk(
        "Terlaksananya pendampingan",
        SkpIndicator("Kuantitas", "Pendampingan diterima unit", "Seluruh unit puas"),
        rhk_pimpinan="Meningkatnya layanan",
    )
    kuali = pdf_text(_build(make_skp(hasil_kerja=rows, pendekatan="Kualitatif"), tmp_path))
    assert "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target" in kuali
    assert "Target: Seluruh unit puas" in kuali
    assert "Aspek" not in kuali
    assert "Kuantitas" not in kuali
    kuanti = pdf_text(_build(make_skp(hasil_kerja=rows), tmp_path, "kuanti.pdf"))
    assert "Aspek" in kuanti
    assert "Ukuran Keberhasilan" not in kuanti
