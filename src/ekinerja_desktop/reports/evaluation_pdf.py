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
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
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
    esc,
    format_periode,
    format_tanggal,
    instansi_periode_row,
    or_dash,
    p,
    person_rows,
    side_by_side_blocks,
    signature_table,
    stamped_margins,
    title_block,
)
from ekinerja_desktop.reports.documents import (
    EvaluationCover,
    EvaluationDocument,
    EvaluationPerilakuRow,
    EvaluationRhkRow,
    PersonBlock,
    VerificationStamp,
)
from ekinerja_desktop.reports.skp_pdf import (
    KUALITATIF_IKI_HEADER,
    SECTIONS,
    is_kualitatif,
    kualitatif_cell,
    perilaku_cell,
    sasaran_audience,
    section_row_cmds,
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
    ncols = len(headers)
    data: list[list[object]] = [
        [Paragraph("HASIL KERJA", st.header_left)] + [""] * (ncols - 1),
        [Paragraph(esc(h), st.header) for h in headers],
        [Paragraph(f"({i})", st.header) for i in range(1, ncols + 1)],
    ]
    cmds = base_table_style(header_rows=3)
    cmds.append(("SPAN", (0, 0), (-1, 0)))
    for jenis, label in SECTIONS:
        cmds += section_row_cmds(len(data))
        data.append([Paragraph(esc(label), st.cell_bold)] + [""] * (ncols - 1))
        rows = [r for r in doc.hasil_kerja if r.jenis == jenis]
        if not rows:
            data.append([Paragraph("-", st.cell_center)] + [p("-", st.cell)] * (ncols - 1))
        for no, rhk in enumerate(rows, start=1):
            cmds += _rhk_rows(data, no, rhk, doc.is_jpt, st, kualitatif=kualitatif)
    _rating_row(
        data,
        cmds,
        label="RATING HASIL KERJA",
        value=doc.rating_hasil_kerja,
        split_col=ncols - 2 - (1 if not kualitatif else 0),
        st=st,
    )
    table = Table(data, colWidths=widths, repeatRows=3, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


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
        cells: list[object]
        if idx == 0:
            cells = [
                Paragraph(str(no), st.cell_center),
                p(or_dash(row.rhk_pimpinan), st.cell),
                p(row.rhk, st.cell),
            ]
        else:
            cells = ["", "", ""]
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
    last = len(data) - 1
    if last == first:
        return []
    ncols = len(data[first])
    spanned = [0, 1, 2, ncols - 1]
    if is_jpt:
        spanned.append(ncols - 3)
    return [("SPAN", (c, first), (c, last)) for c in spanned]


def _perilaku_table(
    rows: Sequence[EvaluationPerilakuRow], rating: str, width: float, st: Styles
) -> Table:
    """Behaviour table with feedback per value; rating as the last row."""
    no_w = 9 * mm
    widths = [no_w, (width - no_w) * 0.5, (width - no_w) * 0.5]
    data: list[list[object]] = [
        [Paragraph("PERILAKU KERJA", st.header_left), "", ""],
        [
            Paragraph("No", st.header),
            Paragraph("Perilaku Kerja", st.header),
            Paragraph("Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung", st.header),
        ],
        [Paragraph(f"({i})", st.header) for i in (1, 2, 3)],
    ]
    for no, row in enumerate(rows, start=1):
        data.append(
            [
                Paragraph(str(no), st.cell_center),
                perilaku_cell(row.nama_nilai, row.perilaku, st),
                p(or_dash(row.umpan_balik), st.cell),
            ]
        )
    cmds = base_table_style(header_rows=3)
    cmds.append(("SPAN", (0, 0), (-1, 0)))
    _rating_row(data, cmds, label="RATING PERILAKU KERJA", value=rating, split_col=2, st=st)
    table = Table(data, colWidths=widths, repeatRows=3, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


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
    table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


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
    return signature_table(
        Signer("Pegawai yang Dinilai", pegawai, intro="Telah menerima hasil evaluasi,"),
        Signer("Pejabat Penilai Kinerja", penilai, place_date=place_date),
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
        *title_block(header, st),
        instansi_periode_row(doc.instansi, periode, width, st),
        side_by_side_blocks(
            ("PEGAWAI YANG DINILAI", person_rows(doc.pegawai)),
            ("PEJABAT PENILAI KINERJA", person_rows(doc.penilai)),
            width,
            st,
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


def build_evaluation_pdf(
    doc: EvaluationDocument, out: Output, *, stamp: VerificationStamp | None = None
) -> None:
    """Write the Evaluasi Kinerja Pegawai document for ``doc`` to ``out``; ``stamp``
    prints the verification code and QR in every footer."""
    st = Styles(8.5)
    width = PAGESIZE[0] - 24 * mm - 12
    footer = (
        f"Evaluasi Kinerja {doc.periode_label} {doc.tahun} - {doc.pegawai.nama} - "
        f"NIP {doc.pegawai.nip}"
    )
    decor = PageDecor(
        footer_left=footer,
        draft_text=None if doc.is_final else EVALUATION_DRAFT_TEXT,
        stamp=stamp,
    )
    build_pdf(
        out,
        build_evaluation_story(doc, width, st),
        pagesize=PAGESIZE,
        decor=decor,
        title=f"Evaluasi Kinerja {doc.periode_label} {doc.tahun} - {doc.pegawai.nama}",
    )


# --- one-page cover -------------------------------------------------------------------


def _cover_table(doc: EvaluationCover, catatan: Paragraph, width: float, st: Styles) -> Table:
    """The numbered blocks 1-5 of the cover in one table."""
    no_w, label_w = 9 * mm, 58 * mm
    data: list[list[object]] = []
    cmds = base_table_style()

    def heading(no: int, text: str) -> None:
        row = len(data)
        data.append([Paragraph(f"{no}.", st.cell_bold), Paragraph(esc(text), st.cell_bold), ""])
        cmds.extend([("SPAN", (1, row), (2, row)), ("BACKGROUND", (0, row), (-1, row), SECTION_BG)])

    def line(label: str, value: str, bold: bool = False) -> None:
        data.append(["", p(label, st.cell), p(or_dash(value), st.cell_bold if bold else st.cell)])

    for no, (title, person) in enumerate(
        (
            ("PEGAWAI YANG DINILAI", doc.pegawai),
            ("PEJABAT PENILAI KINERJA", doc.penilai),
            ("ATASAN PEJABAT PENILAI KINERJA", doc.atasan_penilai),
        ),
        start=1,
    ):
        heading(no, title)
        for label, value in person_rows(person):
            line(label, value)
    heading(4, "EVALUASI KINERJA")
    line("CAPAIAN KINERJA ORGANISASI", doc.capaian_kinerja_organisasi.upper(), bold=True)
    line("PREDIKAT KINERJA PEGAWAI", doc.predikat.upper(), bold=True)
    heading(5, "CATATAN/REKOMENDASI")
    row = len(data)
    data.append(["", catatan, ""])
    cmds.append(("SPAN", (1, row), (2, row)))
    table = Table(data, colWidths=[no_w, label_w, width - no_w - label_w], hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


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
        signature_table(
            Signer("Pegawai yang Dinilai", doc.pegawai, place_date=place_date),
            Signer("Pejabat Penilai Kinerja", doc.penilai, place_date=place_date),
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
    left, right, top, bottom = margins
    width = COVER_PAGESIZE[0] - left - right - 12
    avail = COVER_PAGESIZE[1] - top - bottom - 12 - 6  # frame paddings plus a safety margin
    story = _fit_catatan(doc, width, avail, st)
    # Final guarantee: anything that still overflows (e.g. very long names) is scaled down.
    frame_story: list[Flowable] = [KeepInFrame(width, avail, story, mode="shrink")]
    footer = f"Dokumen Evaluasi Kinerja Pegawai {doc.periode_label} - {doc.pegawai.nama}"
    decor = PageDecor(
        footer_left=footer,
        draft_text=None if doc.is_final else EVALUATION_DRAFT_TEXT,
        stamp=stamp,
    )
    build_pdf(
        out,
        frame_story,
        pagesize=COVER_PAGESIZE,
        decor=decor,
        title=f"Dokumen Evaluasi Kinerja Pegawai {doc.periode_label} - {doc.pegawai.nama}",
        margins=margins,
    )
