"""Keberatan atas hasil evaluasi kinerja: the employee's objection and the final decision
of the Atasan Pejabat Penilai Kinerja, on one A4 page (plain data in, file out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from ekinerja_desktop.reports._common import (
    SECTION_BG,
    Output,
    PageDecor,
    Signer,
    Styles,
    base_table_style,
    build_pdf,
    esc,
    format_periode,
    format_tanggal,
    instansi_periode_row,
    or_dash,
    p,
    person_rows,
    signature_table,
    title_block,
)
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
    no_w, label_w = 9 * mm, 58 * mm
    data: list[list[object]] = []
    cmds = base_table_style()

    def heading(no: int, text: str) -> None:
        row = len(data)
        data.append([Paragraph(f"{no}.", st.cell_bold), Paragraph(esc(text), st.cell_bold), ""])
        cmds.extend([("SPAN", (1, row), (2, row)), ("BACKGROUND", (0, row), (-1, row), SECTION_BG)])

    def line(label: str, value: str, bold: bool = False) -> None:
        data.append(["", p(label, st.cell), p(or_dash(value), st.cell_bold if bold else st.cell)])

    def text(value: str) -> None:
        row = len(data)
        data.append(["", p(or_dash(value), st.cell), ""])
        cmds.append(("SPAN", (1, row), (2, row)))

    def day(d: date | None) -> str:
        return format_tanggal(d) if d is not None else ""

    for no, (title, person) in enumerate(
        (
            ("PEGAWAI YANG MENGAJUKAN KEBERATAN", doc.pegawai),
            ("PEJABAT PENILAI KINERJA", doc.penilai),
            ("ATASAN PEJABAT PENILAI KINERJA (YANG MEMUTUSKAN)", doc.atasan_penilai),
        ),
        start=1,
    ):
        heading(no, title)
        for label, value in person_rows(person):
            line(label, value)
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
    table = Table(data, colWidths=[no_w, label_w, width - no_w - label_w], hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def build_objection_pdf(doc: ObjectionDocument, out: Output) -> None:
    """Write the keberatan form (with the decision once made) to ``out``."""
    st = Styles(8.5)
    left, right, top, bottom = MARGINS
    width = A4[0] - left - right - 12
    avail = A4[1] - top - bottom - 12 - 6  # frame paddings plus a safety margin
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
        [KeepInFrame(width, avail, story, mode="shrink")],
        pagesize=A4,
        decor=decor,
        title=f"Keberatan atas Evaluasi Kinerja {doc.periode_label} - {doc.pegawai.nama}",
        margins=MARGINS,
    )
