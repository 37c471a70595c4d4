"""Keberatan atas hasil evaluasi kinerja: the employee's objection and the final decision
of the Atasan Pejabat Penilai Kinerja, on one A4 page (plain data in, file out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from ekinerja_desktop.reports._common import (
    Output,
    PageDecor,
    Signer,
    Styles,
    build_pdf,
    format_periode,
    format_tanggal,
    instansi_periode_row,
    signature_table,
    title_block,
)
from ekinerja_desktop.reports.blocks import NumberedBlocks, one_page_frame, shrink_to_page
from ekinerja_desktop.reports.documents import PersonBlock

OBJECTION_OPEN_TEXT = "BELUM DIPUTUSKAN"
MARGINS = (15 * mm, 15 * mm, 16 * mm, 15 * mm)


@dataclass(frozen=True)
class ObjectionDocument:
    """One keberatan and its decision, with the evaluation it is about."""

    instansi: str
    periode_label: str
    periode_awal: date
    periode_akhir: date
    pegawai: PersonBlock
    penilai: PersonBlock
    atasan_penilai: PersonBlock
    rating_hasil: str
    rating_perilaku: str
    predikat: str
    ditandatangani: date | None  # the evaluation was signed
    diterima: date | None  # the employee received it (start of the 14 days)
    batas: date | None  # last day to object
    diajukan: date  # the objection was filed
    alasan: str
    diputuskan: date | None = None
    keputusan: str = ""  # "" (open) | "Hasil evaluasi tetap" | "Hasil evaluasi diubah"
    rating_hasil_baru: str = ""
    rating_perilaku_baru: str = ""
    predikat_baru: str = ""
    alasan_keputusan: str = ""
    tempat: str = "Palu"

    @property
    def decided(self) -> bool:
        return self.diputuskan is not None


def _blocks(doc: ObjectionDocument, width: float, st: Styles) -> Table:
    blocks = NumberedBlocks(st)
    heading, line, text = blocks.heading, blocks.line, blocks.text

    def day(d: date | None) -> str:
        return format_tanggal(d) if d is not None else ""

    blocks.people(
        (
            ("PEGAWAI YANG MENGAJUKAN KEBERATAN", doc.pegawai),
            ("PEJABAT PENILAI KINERJA", doc.penilai),
            ("ATASAN PEJABAT PENILAI KINERJA (YANG MEMUTUSKAN)", doc.atasan_penilai),
        )
    )
    heading(4, "HASIL EVALUASI YANG DIAJUKAN KEBERATAN")
    line("RATING HASIL KERJA", doc.rating_hasil.upper())
    line("RATING PERILAKU KERJA", doc.rating_perilaku.upper())
    line("PREDIKAT KINERJA PEGAWAI", doc.predikat.upper(), bold=True)
    line("DITANDATANGANI", day(doc.ditandatangani))
    line("DITERIMA PEGAWAI", day(doc.diterima))
    line("BATAS PENGAJUAN KEBERATAN", day(doc.batas))
    heading(5, "KEBERATAN")
    line("TANGGAL PENGAJUAN", day(doc.diajukan))
    text(doc.alasan)
    heading(6, "KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA (FINAL)")
    if doc.decided:
        line("TANGGAL KEPUTUSAN", day(doc.diputuskan))
        line("KEPUTUSAN", doc.keputusan.upper(), bold=True)
        if doc.predikat_baru:
            line("RATING HASIL KERJA", doc.rating_hasil_baru.upper())
            line("RATING PERILAKU KERJA", doc.rating_perilaku_baru.upper())
            line("PREDIKAT KINERJA PEGAWAI", doc.predikat_baru.upper(), bold=True)
        text(doc.alasan_keputusan)
    else:
        text(OBJECTION_OPEN_TEXT)
    return blocks.table(width)


def build_objection_pdf(doc: ObjectionDocument, out: Output) -> None:
    """Write the keberatan form (with the decision once made) to ``out``."""
    st = Styles(8.5)
    width, avail = one_page_frame(A4, MARGINS)
    header = [
        "KEBERATAN ATAS HASIL EVALUASI KINERJA PEGAWAI",
        f"PERIODE: {doc.periode_label.upper()}",
    ]
    filed = f"{doc.tempat}, {format_tanggal(doc.diajukan)}"
    decided = f"{doc.tempat}, {format_tanggal(doc.diputuskan)}" if doc.diputuskan else ""
    story: list[Flowable] = [
        *title_block(header, st),
        instansi_periode_row(
            doc.instansi, format_periode(doc.periode_awal, doc.periode_akhir), width, st
        ),
        _blocks(doc, width, st),
        Spacer(1, 6 * mm),
        signature_table(
            Signer("Pegawai yang Mengajukan Keberatan", doc.pegawai, place_date=filed),
            Signer("Atasan Pejabat Penilai Kinerja", doc.atasan_penilai, place_date=decided),
            width,
            st,
        ),
    ]
    decor = PageDecor(
        footer_left=f"Keberatan {doc.periode_label} - {doc.pegawai.nama}",
        draft_text=None if doc.decided else OBJECTION_OPEN_TEXT,
    )
    build_pdf(
        out,
        # One page: long reasons shrink the whole form rather than push the signatures
        # onto a second page.
        shrink_to_page(story, width, avail),
        pagesize=A4,
        decor=decor,
        title=f"Keberatan atas Evaluasi Kinerja {doc.periode_label} - {doc.pegawai.nama}",
        margins=MARGINS,
    )
