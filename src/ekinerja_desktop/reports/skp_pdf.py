"""Dokumen SKP (Sasaran Kinerja Pegawai) as an official PDF, including the Lampiran page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
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
    format_periode,
    format_tanggal,
    instansi_periode_row,
    or_dash,
    p,
    title_block,
)
from ekinerja_desktop.reports.blocks import (
    KUALITATIF_IKI_HEADER,
    hasil_kerja_data,
    identity_header,
    is_kualitatif,
    kualitatif_cell,
    line_spans,
    pegawai_penilai_signatures,
    perilaku_table_data,
    perilaku_widths,
    rhk_lead_cells,
    sasaran_audience,
    styled_table,
)
from ekinerja_desktop.reports.documents import (
    PerilakuRow,
    SkpDocument,
    SkpRhkRow,
    VerificationStamp,
)

PAGESIZE = landscape(A4)
SKP_DRAFT_TEXT = "DRAF - BELUM DISETUJUI"


def _hasil_kerja_table(doc: SkpDocument, width: float, st: Styles) -> Table:
    """The HASIL KERJA table: sections A/B, one row per IKI, RHK cells spanning their IKIs.

    Kuantitatif: Aspek, Indikator Kinerja Individu and Target columns. Kualitatif: one
    column "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target" with the
    narrative measure and target, no aspect (PermenPANRB 6/2022, kualitatif format)."""
    kualitatif = is_kualitatif(doc.pendekatan)
    no_w, aspek_w, persp_w = 9 * mm, 20 * mm, 26 * mm
    headers = ["No", "Rencana Hasil Kerja Pimpinan yang Diintervensi", "Rencana Hasil Kerja"]
    if kualitatif:
        headers.append(KUALITATIF_IKI_HEADER)
        rest = width - no_w - (persp_w if doc.is_jpt else 0)
        widths = [no_w, rest * 0.30, rest * 0.34, rest * 0.36]
    else:
        headers += ["Aspek", "Indikator Kinerja Individu", "Target"]
        if doc.is_jpt:
            rest = width - no_w - aspek_w - persp_w
            widths = [no_w, rest * 0.25, rest * 0.31, aspek_w, rest * 0.30, rest * 0.14]
        else:
            rest = width - no_w - aspek_w
            widths = [no_w, rest * 0.26, rest * 0.31, aspek_w, rest * 0.29, rest * 0.14]
    if doc.is_jpt:
        headers.append("Perspektif")
        widths.append(persp_w)
    data, cmds = hasil_kerja_data(
        headers,
        doc.hasil_kerja,
        st,
        lambda data, no, row: _rhk_rows(data, no, row, doc.is_jpt, st, kualitatif=kualitatif),
    )
    return styled_table(data, cmds, widths, repeat_rows=3)


def _rhk_rows(
    data: list[list[object]],
    no: int,
    row: SkpRhkRow,
    is_jpt: bool,
    st: Styles,
    *,
    kualitatif: bool = False,
) -> list[tuple[Any, ...]]:
    """Append the lines of one RHK to ``data``; return the SPAN commands they need."""
    first = len(data)
    indicators = row.indicators or ()
    lines: Sequence[tuple[str, str, str]] = [
        (i.aspek, i.indikator, i.target) for i in indicators
    ] or [("-", "-", "-")]
    for idx, (aspek, iki, target) in enumerate(lines):
        cells: list[object] = (
            rhk_lead_cells(no, row.rhk_pimpinan, row.rhk, st) if idx == 0 else ["", "", ""]
        )
        if kualitatif:
            cells.append(Paragraph(kualitatif_cell(iki, target), st.cell))
        else:
            cells += [p(aspek, st.cell), p(iki, st.cell), p(target, st.cell)]
        if is_jpt:
            cells.append(p(or_dash(row.perspektif), st.cell) if idx == 0 else "")
        data.append(cells)
    spanned = [0, 1, 2]
    if is_jpt:
        spanned.append(len(data[first]) - 1)  # perspektif
    return line_spans(data, first, spanned)


def _perilaku_table(rows: Sequence[PerilakuRow], width: float, st: Styles) -> Table:
    """The PERILAKU KERJA table: value with behaviours, and the leader's expectation."""
    data, cmds = perilaku_table_data(
        [(r.nama_nilai, r.perilaku, r.ekspektasi) for r in rows], "Ekspektasi Khusus Pimpinan", st
    )
    return styled_table(data, cmds, perilaku_widths(width), repeat_rows=3)


def _lampiran_table(doc: SkpDocument, width: float, st: Styles) -> Table:
    """The three numbered lists of the Lampiran page."""
    no_w = 9 * mm
    data: list[list[object]] = []
    cmds = base_table_style()
    lists = (
        ("DUKUNGAN SUMBER DAYA", doc.lampiran.dukungan_sumber_daya),
        ("SKEMA PERTANGGUNGJAWABAN", doc.lampiran.skema_pertanggungjawaban),
        ("KONSEKUENSI", doc.lampiran.konsekuensi),
    )
    for heading, items in lists:
        row = len(data)
        cmds += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SECTION_BG)]
        data.append([Paragraph(heading, st.cell_bold), ""])
        filled = [i for i in items if i.strip()]
        if not filled:
            data.append([Paragraph("-", st.cell_center), p("-", st.cell)])
        for no, item in enumerate(filled, start=1):
            data.append([Paragraph(f"{no}.", st.cell_center), p(item, st.cell)])
    return styled_table(data, cmds, [no_w, width - no_w])


def _signatures(doc: SkpDocument, width: float, st: Styles) -> list[Flowable]:
    """Pegawai (left) and Pejabat Penilai Kinerja (right) signature blocks."""
    place_date = f"{doc.tempat}, {format_tanggal(doc.tanggal)}"
    table = pegawai_penilai_signatures(
        Signer("Pegawai yang Dinilai", doc.pegawai), doc.penilai, place_date, width, st
    )
    return [Spacer(1, 6 * mm), table]


def build_skp_story(doc: SkpDocument, width: float, st: Styles) -> list[Flowable]:
    """All flowables of the SKP document (main part, page break, Lampiran)."""
    periode = format_periode(doc.periode_awal, doc.periode_akhir)
    header = [
        "SASARAN KINERJA PEGAWAI",
        f"PENDEKATAN HASIL KERJA {doc.pendekatan.upper()}",
        sasaran_audience(doc.is_jpt),
    ]
    story: list[Flowable] = [
        *identity_header(
            header, doc.instansi, periode, width, st, pegawai=doc.pegawai, penilai=doc.penilai
        ),
        Spacer(1, 5 * mm),
        CondPageBreak(40 * mm),
        _hasil_kerja_table(doc, width, st),
        Spacer(1, 5 * mm),
        # The behaviour table normally fits one page: keep it with the signatures so the
        # signature block is never orphaned on a page of its own.
        TableWithTrailer(_perilaku_table(doc.perilaku, width, st), _signatures(doc, width, st)),
        PageBreak(),
        *title_block(["LAMPIRAN SASARAN KINERJA PEGAWAI"], st),
        instansi_periode_row(doc.instansi, periode, width, st),
        TableWithTrailer(_lampiran_table(doc, width, st), _signatures(doc, width, st)),
    ]
    return story


def build_skp_pdf(doc: SkpDocument, out: Output, *, stamp: VerificationStamp | None = None) -> None:
    """Write the Dokumen SKP for ``doc`` to ``out`` (a path or a binary file object);
    ``stamp`` prints the verification code and QR in every footer."""
    st = Styles(8.5)
    width = content_width(PAGESIZE)
    footer = f"SKP Tahun {doc.tahun} - {doc.pegawai.nama} - NIP {doc.pegawai.nip}"
    if doc.revisi > 1:
        footer += f" - Revisi ke-{doc.revisi}"
    decor = PageDecor(
        footer_left=footer, draft_text=None if doc.is_final else SKP_DRAFT_TEXT, stamp=stamp
    )
    build_pdf(
        out,
        build_skp_story(doc, width, st),
        pagesize=PAGESIZE,
        decor=decor,
        title=f"SKP {doc.tahun} - {doc.pegawai.nama}",
    )
