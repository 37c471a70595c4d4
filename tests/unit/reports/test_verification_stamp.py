"""The verification stamp: printed on every page, in the metadata, deterministic bytes,
and never overlapping the content of any document kind (portrait and landscape)."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from ekinerja_desktop.domain.verification import new_code, parse_payload
from ekinerja_desktop.reports import (
    Column,
    Section,
    TableBlock,
    VerificationStamp,
    build_evaluation_cover_pdf,
    build_evaluation_pdf,
    build_sections_pdf,
    build_skp_pdf,
    build_table_pdf,
)
from ekinerja_desktop.reports._common import STAMP_FOOTER
from ekinerja_desktop.reports.public_pdf import PublicReportDoc, PublicTable, build_public_pdf
from tests.helpers.report_samples import make_cover, make_evaluation, make_skp

STAMP = VerificationStamp(new_code(), hashlib.sha256(b"isi").hexdigest())
FOOTER_WORDS = ("Kode verifikasi", "Sidik isi", "Periksa keaslian", "Halaman")


def _rows(n: int) -> list[list[object]]:
    return [[f"Pegawai {i}", i, i * 1.5] for i in range(n)]


COLUMNS = [Column("Nama", 3), Column("Angka", 1, "right"), Column("Nilai", 1, "right", 1)]


def _public(out):
    table = PublicTable("Tabel", COLUMNS, _rows(60))
    doc = PublicReportDoc("Laporan", ["Sub"], [("Pegawai", "24")], [table], method_notes=["x"])
    build_public_pdf(doc, out, stamp=STAMP)


BUILDERS = {
    "skp": lambda out: build_skp_pdf(make_skp(), out, stamp=STAMP),
    "skp_draft": lambda out: build_skp_pdf(make_skp(status="Draft"), out, stamp=STAMP),
    "evaluation": lambda out: build_evaluation_pdf(make_evaluation(), out, stamp=STAMP),
    "cover": lambda out: build_evaluation_cover_pdf(make_cover(), out, stamp=STAMP),
    "cover_long_notes": lambda out: build_evaluation_cover_pdf(
        make_cover(catatan="Catatan panjang sekali. " * 200), out, stamp=STAMP
    ),
    "table_portrait": lambda out: build_table_pdf(
        "Rekap", ["Unit"], COLUMNS, _rows(120), out, stamp=STAMP
    ),
    "recap_landscape": lambda out: build_sections_pdf(
        "Rekap Log Harian",
        [Section("Rekap per pegawai", (), TableBlock(COLUMNS, _rows(90)))],
        out,
        landscape=True,
        stamp=STAMP,
    ),
    "public": _public,
}


def _render(kind: str) -> bytes:
    buffer = io.BytesIO()
    BUILDERS[kind](buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_stamp_on_every_page_and_clear_of_the_content(kind):
    data = _render(kind)
    reader = PdfReader(io.BytesIO(data))
    found = parse_payload(reader.metadata["/Keywords"])
    assert found is not None
    assert found.code == STAMP.code
    assert found.hash_prefix == STAMP.short_hash
    if kind.startswith("cover"):
        assert len(reader.pages) == 1
    for page in reader.pages:
        low: list[tuple[float, str]] = []

        def visit(text, cm, tm, _font, _size, low=low):
            if text.strip():
                y = tm[5] * cm[3] + cm[5]
                low.append((y, text.strip()))

        page.extract_text(visitor_text=visit)
        assert any(t.startswith(f"Kode verifikasi: {STAMP.code}") for _y, t in low)
        for y, text in low:
            if y < STAMP_FOOTER:
                # Only the footer lives below the stamp line: the footer text, the
                # code, the fingerprint, the hint and the page number.
                assert y < STAMP_FOOTER - 2 * mm, text
            else:
                assert not text.startswith(FOOTER_WORDS), (y, text)


def test_stamped_rendering_is_deterministic():
    assert _render("evaluation") == _render("evaluation")
    assert _render("public") == _render("public")


def test_unstamped_documents_keep_their_footer():
    buffer = io.BytesIO()
    build_skp_pdf(make_skp(), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert "EKINERJA-VERIFY" not in str(reader.metadata)
    assert "Kode verifikasi" not in (reader.pages[0].extract_text() or "")


@pytest.mark.parametrize("kind", ["skp", "evaluation", "cover", "recap_landscape", "public"])
def test_qr_scans_to_the_code_and_fingerprint_only(kind):
    """A phone reads what the footer prints: the rendered page's QR decodes to
    ``EKINERJA-VERIFY:<code>:<fingerprint>`` - no name, NIP or record id."""
    import pypdfium2
    import zxingcpp

    pdf = pypdfium2.PdfDocument(_render(kind))
    expected = f"EKINERJA-VERIFY:{STAMP.code}:{STAMP.short_hash}"
    assert expected == STAMP.payload
    for index in (0, len(pdf) - 1):  # first and last page, at a plain 150 dpi scan
        image = pdf[index].render(scale=150 / 72).to_pil().convert("L")
        texts = [r.text for r in zxingcpp.read_barcodes(image)]
        assert texts == [expected], (kind, index, texts)
        assert parse_payload(texts[0]) is not None
