"""Evaluasi Kinerja Pegawai PDF and its one-page cover (Dokumen Evaluasi Kinerja Pegawai)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from ekinerja_desktop.reports._common import (
    SECTION_BG,
    Output,
    PageDecor,
    Signer,
    Styles,
    TableWithTrailer,
    base_table_style,
    build_pdf,
    content_width,
    esc,
    format_periode,
    format_tanggal,
    instansi_periode_row,
    or_dash,
    p,
    person_rows,
    side_by_side_blocks,
    stamped_margins,
    title_block,
)
from ekinerja_desktop.reports.blocks import (
    KUALITATIF_IKI_HEADER,
    NumberedBlocks,
    hasil_kerja_data,
    identity_header,
    is_kualitatif,
    kualitatif_cell,
    line_spans,
    one_page_frame,
    pegawai_penilai_signatures,
    perilaku_table_data,
    perilaku_widths,
    rhk_lead_cells,
    sasaran_audience,
    shrink_to_page,
    styled_table,
)
from ekinerja_desktop.reports.documents import (
    EvaluationCover,
    EvaluationDocument,
    EvaluationPerilakuRow,
    EvaluationRhkRow,
    PersonBlock,
    VerificationStamp,
)

PAGESIZE = landscape(A4)
COVER_PAGESIZE = A4
EVALUATION_DRAFT_TEXT = "DRAF - BELUM DITANDATANGANI"
COVER_MARGINS = (15 * mm, 15 * mm, 16 * mm, 15 * mm)
TRUNCATION_NOTE = " ... (selengkapnya lihat dokumen Evaluasi Kinerja Pegawai)"


def _periode_heading(label: str) -> str:
    return f"PERIODE: {label.upper()}"


def _rating_row(
    data: list[list[object]],
    cmds: list[tuple[Any, ...]],
    *,
    label: str,
    value: str,
    split_col: int,
    st: Styles,
) -> None:
    """Append a bold 'label | value' row spanning the table (label left, value right)."""
    row = len(data)
    ncols = len(data[0])
    cells: list[object] = [Paragraph(esc(label), st.cell_bold)] + [""] * (split_col - 1)
    cells += [Paragraph(esc(or_dash(value)).upper(), st.cell_bold)] + [""] * (ncols - split_col - 1)
    data.append(cells)
    cmds += [
        ("SPAN", (0, row), (split_col - 1, row)),
        ("SPAN", (split_col, row), (-1, row)),
        ("BACKGROUND", (0, row), (-1, row), SECTION_BG),
    ]


def _hasil_kerja_table(doc: EvaluationDocument, width: float, st: Styles) -> Table:
    """Results table: RHK with IKI, target, realisation and feedback; rating as last row.

    Kualitatif SKPs print the measure of success and its target in one column (no
    aspect), as their Dokumen SKP does; JPT adds the Perspektif of each RHK."""
    kualitatif = is_kualitatif(doc.pendekatan)
    no_w, aspek_w, persp_w = 9 * mm, 18 * mm, 22 * mm
    headers = ["No", "Rencana Hasil Kerja Pimpinan yang Diintervensi", "Rencana Hasil Kerja"]
    # Relative widths of the flexible columns, in the order of the headers.
    weights: list[float] = [0.17, 0.21]
    if kualitatif:
        headers.append(KUALITATIF_IKI_HEADER)
        weights.append(0.26)
    else:
        headers += ["Aspek", "Indikator Kinerja Individu", "Target"]
        weights += [0.0, 0.16, 0.08]
    if doc.is_jpt:
        headers.append("Perspektif")
        weights.append(0.0)
    headers += [
        "Realisasi Berdasarkan Bukti Dukung",
        "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung",
    ]
    weights += [0.16, 0.22]
    fixed = no_w + (0 if kualitatif else aspek_w) + (persp_w if doc.is_jpt else 0)
    rest = width - fixed
    scale = rest / sum(weights)
    widths = [no_w]
    for header, weight in zip(headers[1:], weights, strict=True):
        if header == "Aspek":
            widths.append(aspek_w)
        elif header == "Perspektif":
            widths.append(persp_w)
        else:
            widths.append(weight * scale)
    data, cmds = hasil_kerja_data(
        headers,
        doc.hasil_kerja,
        st,
        lambda data, no, rhk: _rhk_rows(data, no, rhk, doc.is_jpt, st, kualitatif=kualitatif),
    )
    _rating_row(
        data,
        cmds,
        label="RATING HASIL KERJA",
        value=doc.rating_hasil_kerja,
        split_col=len(headers) - 2 - (1 if not kualitatif else 0),
        st=st,
    )
    return styled_table(data, cmds, widths, repeat_rows=3)


def _rhk_rows(
    data: list[list[object]],
    no: int,
    row: EvaluationRhkRow,
    is_jpt: bool,
    st: Styles,
    *,
    kualitatif: bool = False,
) -> list[tuple[Any, ...]]:
    """Append the indicator lines of one RHK; RHK, perspektif and feedback cells span them."""
    first = len(data)
    lines = [(i.aspek, i.indikator, i.target, i.realisasi) for i in row.indicators] or [
        ("-", "-", "-", "-")
    ]
    for idx, (aspek, iki, target, realisasi) in enumerate(lines):
        cells: list[object] = (
            rhk_lead_cells(no, row.rhk_pimpinan, row.rhk, st) if idx == 0 else ["", "", ""]
        )
        if kualitatif:
            cells.append(Paragraph(kualitatif_cell(iki, target), st.cell))
        else:
            cells += [
                p(or_dash(aspek), st.cell),
                p(or_dash(iki), st.cell),
                p(or_dash(target), st.cell),
            ]
        if is_jpt:
            cells.append(p(or_dash(row.perspektif), st.cell) if idx == 0 else "")
        cells += [
            p(or_dash(realisasi), st.cell),
            p(or_dash(row.umpan_balik), st.cell) if idx == 0 else "",
        ]
        data.append(cells)
    ncols = len(data[first])
    spanned = [0, 1, 2, ncols - 1]
    if is_jpt:
        spanned.append(ncols - 3)
    return line_spans(data, first, spanned)


def _perilaku_table(
    rows: Sequence[EvaluationPerilakuRow], rating: str, width: float, st: Styles
) -> Table:
    """Behaviour table with feedback per value; rating as the last row."""
    data, cmds = perilaku_table_data(
        [(r.nama_nilai, r.perilaku, r.umpan_balik) for r in rows],
        "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung",
        st,
    )
    _rating_row(data, cmds, label="RATING PERILAKU KERJA", value=rating, split_col=2, st=st)
    return styled_table(data, cmds, perilaku_widths(width), repeat_rows=3)


def _predikat_table(doc: EvaluationDocument, width: float, st: Styles) -> Table:
    """PREDIKAT KINERJA PEGAWAI and the supervisor's notes."""
    label_w = (width - 9 * mm) * 0.5 + 9 * mm
    data: list[list[object]] = [
        [
            Paragraph("PREDIKAT KINERJA PEGAWAI", st.cell_bold),
            Paragraph(esc(or_dash(doc.predikat)).upper(), st.cell_bold),
        ],
        [Paragraph("CATATAN", st.cell_bold), ""],
        [p(or_dash(doc.catatan), st.cell), ""],
    ]
    cmds = base_table_style()
    cmds += [
        ("BACKGROUND", (0, 0), (-1, 1), SECTION_BG),
        ("SPAN", (0, 1), (-1, 1)),
        ("SPAN", (0, 2), (-1, 2)),
    ]
    return styled_table(data, cmds, [label_w, width - label_w])


def _info_rows(doc: EvaluationDocument) -> list[tuple[str, str]]:
    return [
        ("PERIODE", doc.periode_label),
        ("PERIODE PENILAIAN", format_periode(doc.periode_awal, doc.periode_akhir)),
        ("PENDEKATAN", doc.pendekatan),
        ("CAPAIAN KINERJA ORGANISASI", or_dash(doc.capaian_kinerja_organisasi)),
        ("POLA DISTRIBUSI", or_dash(doc.pola_distribusi)),
    ]


def _signatures(
    pegawai: PersonBlock, penilai: PersonBlock, place_date: str, width: float, st: Styles
) -> Table:
    """Penilai signs on the right (dated); the employee acknowledges on the left."""
    return pegawai_penilai_signatures(
        Signer("Pegawai yang Dinilai", pegawai, intro="Telah menerima hasil evaluasi,"),
        penilai,
        place_date,
        width,
        st,
    )


def build_evaluation_story(doc: EvaluationDocument, width: float, st: Styles) -> list[Flowable]:
    """All flowables of the Evaluasi Kinerja Pegawai document."""
    periode = format_periode(doc.periode_awal, doc.periode_akhir)
    header = [
        "EVALUASI KINERJA PEGAWAI",
        f"PENDEKATAN HASIL KERJA {doc.pendekatan.upper()}",
        sasaran_audience(doc.is_jpt),
        _periode_heading(doc.periode_label),
    ]
    place_date = f"{doc.tempat}, {format_tanggal(doc.tanggal)}"
    trailer: list[Flowable] = [
        Spacer(1, 4 * mm),
        _predikat_table(doc, width, st),
        Spacer(1, 6 * mm),
        _signatures(doc.pegawai, doc.penilai, place_date, width, st),
    ]
    return [
        *identity_header(
            header, doc.instansi, periode, width, st, pegawai=doc.pegawai, penilai=doc.penilai
        ),
        Spacer(1, 2 * mm),
        side_by_side_blocks(
            ("ATASAN PEJABAT PENILAI KINERJA", person_rows(doc.atasan_penilai)),
            ("EVALUASI KINERJA", _info_rows(doc)),
            width,
            st,
            first_no=3,
        ),
        Spacer(1, 5 * mm),
        CondPageBreak(40 * mm),
        TableWithTrailer(_hasil_kerja_table(doc, width, st), [], tail_rows=2),
        Spacer(1, 5 * mm),
        CondPageBreak(40 * mm),
        TableWithTrailer(
            _perilaku_table(doc.perilaku, doc.rating_perilaku_kerja, width, st), trailer
        ),
    ]


def _decor(footer: str, is_final: bool, stamp: VerificationStamp | None) -> PageDecor:
    """Footer, the draft mark until the evaluation is signed, and the stamp if any."""
    return PageDecor(
        footer_left=footer, draft_text=None if is_final else EVALUATION_DRAFT_TEXT, stamp=stamp
    )


def build_evaluation_pdf(
    doc: EvaluationDocument, out: Output, *, stamp: VerificationStamp | None = None
) -> None:
    """Write the Evaluasi Kinerja Pegawai document for ``doc`` to ``out``; ``stamp``
    prints the verification code and QR in every footer."""
    st = Styles(8.5)
    width = content_width(PAGESIZE)
    footer = (
        f"Evaluasi Kinerja {doc.periode_label} {doc.tahun} - {doc.pegawai.nama} - "
        f"NIP {doc.pegawai.nip}"
    )
    build_pdf(
        out,
        build_evaluation_story(doc, width, st),
        pagesize=PAGESIZE,
        decor=_decor(footer, doc.is_final, stamp),
        title=f"Evaluasi Kinerja {doc.periode_label} {doc.tahun} - {doc.pegawai.nama}",
    )


# --- one-page cover -------------------------------------------------------------------


def _cover_table(doc: EvaluationCover, catatan: Paragraph, width: float, st: Styles) -> Table:
    """The numbered blocks 1-5 of the cover in one table."""
    blocks = NumberedBlocks(st)
    blocks.people(
        (
            ("PEGAWAI YANG DINILAI", doc.pegawai),
            ("PEJABAT PENILAI KINERJA", doc.penilai),
            ("ATASAN PEJABAT PENILAI KINERJA", doc.atasan_penilai),
        )
    )
    blocks.heading(4, "EVALUASI KINERJA")
    blocks.line("CAPAIAN KINERJA ORGANISASI", doc.capaian_kinerja_organisasi.upper(), bold=True)
    blocks.line("PREDIKAT KINERJA PEGAWAI", doc.predikat.upper(), bold=True)
    blocks.heading(5, "CATATAN/REKOMENDASI")
    blocks.spanning(catatan)
    return blocks.table(width)


def _cover_story(doc: EvaluationCover, catatan: Paragraph, width: float, st: Styles) -> list[Any]:
    header = ["DOKUMEN EVALUASI KINERJA PEGAWAI", _periode_heading(doc.periode_label)]
    if doc.periode_awal is not None and doc.periode_akhir is not None:
        periode = format_periode(doc.periode_awal, doc.periode_akhir)
    else:
        periode = doc.periode_label
    place_date = f"{doc.tempat}, {format_tanggal(doc.tanggal)}"
    return [
        *title_block(header, st),
        instansi_periode_row(doc.instansi, periode, width, st),
        _cover_table(doc, catatan, width, st),
        Spacer(1, 8 * mm),
        pegawai_penilai_signatures(
            Signer("Pegawai yang Dinilai", doc.pegawai, place_date=place_date),
            doc.penilai,
            place_date,
            width,
            st,
        ),
    ]


def _story_height(story: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for f in story:
        _, h = f.wrap(width, 10_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _fit_catatan(doc: EvaluationCover, width: float, avail: float, st: Styles) -> list[Any]:
    """Return the cover story with the notes shrunk (then trimmed) so it fits one page."""
    text = or_dash(doc.catatan_rekomendasi)

    def story_for(body: str, size: float) -> list[Any]:
        style = ParagraphStyle("catatan", parent=st.cell, fontSize=size, leading=size * 1.2)
        return _cover_story(doc, Paragraph(esc(body), style), width, st)

    for size in (st.base + 0.5, st.base - 0.5, st.base - 1.5, 6.5):
        story = story_for(text, size)
        if _story_height(story, width) <= avail:
            return story
    # Still too long at the smallest readable size: trim at a word boundary.
    words = text.split()
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _story_height(story_for(" ".join(words[:mid]) + TRUNCATION_NOTE, 6.5), width) <= avail:
            lo = mid
        else:
            hi = mid - 1
    return story_for(" ".join(words[:lo]) + TRUNCATION_NOTE, 6.5)


def build_evaluation_cover_pdf(
    doc: EvaluationCover, out: Output, *, stamp: VerificationStamp | None = None
) -> None:
    """Write the one-page Dokumen Evaluasi Kinerja Pegawai (cover) to ``out``.

    Long notes are set in a smaller font and, if still too long, trimmed with a pointer
    to the full evaluation document, so the cover always stays on exactly one page.
    """
    st = Styles(9)
    margins = stamped_margins(COVER_MARGINS, stamp)
    width, avail = one_page_frame(COVER_PAGESIZE, margins)
    story = _fit_catatan(doc, width, avail, st)
    # Final guarantee: anything that still overflows (e.g. very long names) is scaled down.
    frame_story = shrink_to_page(story, width, avail)
    footer = f"Dokumen Evaluasi Kinerja Pegawai {doc.periode_label} - {doc.pegawai.nama}"
    build_pdf(
        out,
        frame_story,
        pagesize=COVER_PAGESIZE,
        decor=_decor(footer, doc.is_final, stamp),
        title=f"Dokumen Evaluasi Kinerja Pegawai {doc.periode_label} - {doc.pegawai.nama}",
        margins=margins,
    )
