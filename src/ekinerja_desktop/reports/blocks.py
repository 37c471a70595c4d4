"""Blocks shared by the official performance forms (Dokumen SKP, Evaluasi Kinerja Pegawai,
its one-page cover, Keberatan): the identity header, the frame of the HASIL KERJA and
PERILAKU KERJA tables, the numbered blocks of the one-page forms and the signature pair."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from ekinerja_desktop.reports._common import (
    SECTION_BG,
    Signer,
    Styles,
    base_table_style,
    esc,
    instansi_periode_row,
    numbered_paragraphs,
    or_dash,
    p,
    person_rows,
    side_by_side_blocks,
    signature_table,
    title_block,
)
from ekinerja_desktop.reports.documents import PersonBlock

Cmds = list[tuple[Any, ...]]

SECTIONS: tuple[tuple[str, str], ...] = (("Utama", "A. Utama"), ("Tambahan", "B. Tambahan"))
KUALITATIF_IKI_HEADER = "Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target"


def sasaran_audience(is_jpt: bool) -> str:
    """The 'BAGI ...' subtitle of the official forms."""
    if is_jpt:
        return "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    return "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"


def section_row_cmds(row: int) -> Cmds:
    """Style commands for a full-width section label row (kept with the row below it)."""
    return [
        ("SPAN", (0, row), (-1, row)),
        ("BACKGROUND", (0, row), (-1, row), SECTION_BG),
        ("NOSPLIT", (0, row), (-1, row + 1)),
    ]


def is_kualitatif(pendekatan: str) -> bool:
    return pendekatan.strip().lower() == "kualitatif"


def kualitatif_cell(indikator: str, target: str) -> str:
    """Measure of success and its target in one cell (kualitatif layout; markup)."""
    indikator, target = esc(indikator.strip()), esc(target.strip())
    if indikator and target:
        return f"{indikator}<br/><b>Target:</b> {target}"
    return indikator or target or "-"


def perilaku_cell(nama_nilai: str, perilaku: Sequence[str], st: Styles) -> list[Flowable]:
    """Value name in bold followed by its numbered standard behaviours."""
    return [p(nama_nilai, st.cell_bold), *numbered_paragraphs(perilaku, st.bullet)]


def styled_table(
    data: list[list[object]], cmds: Cmds, widths: Sequence[float], *, repeat_rows: int = 0
) -> Table:
    """A left-aligned table of ``data`` styled with ``cmds``."""
    table = Table(data, colWidths=list(widths), repeatRows=repeat_rows, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def identity_header(
    title_lines: Sequence[str],
    instansi: str,
    periode: str,
    width: float,
    st: Styles,
    *,
    pegawai: PersonBlock,
    penilai: PersonBlock,
) -> list[Flowable]:
    """Title, agency and period line, then the employee's and the penilai's blocks 1-2."""
    return [
        *title_block(title_lines, st),
        instansi_periode_row(instansi, periode, width, st),
        side_by_side_blocks(
            ("PEGAWAI YANG DINILAI", person_rows(pegawai)),
            ("PEJABAT PENILAI KINERJA", person_rows(penilai)),
            width,
            st,
        ),
    ]


def pegawai_penilai_signatures(
    pegawai: Signer, penilai: PersonBlock, place_date: str, width: float, st: Styles
) -> Table:
    """The employee's column (left, as given) and the dated penilai's column (right)."""
    return signature_table(
        pegawai, Signer("Pejabat Penilai Kinerja", penilai, place_date=place_date), width, st
    )


def numbered_table_head(
    title: str, headers: Sequence[str], st: Styles
) -> tuple[list[list[object]], Cmds]:
    """The three header rows of HASIL KERJA / PERILAKU KERJA: the spanning title, the
    column names, and the column numbers (1)..(n); with their style commands."""
    ncols = len(headers)
    data: list[list[object]] = [
        [Paragraph(title, st.header_left)] + [""] * (ncols - 1),
        [Paragraph(esc(h), st.header) for h in headers],
        [Paragraph(f"({i})", st.header) for i in range(1, ncols + 1)],
    ]
    cmds = base_table_style(header_rows=3)
    cmds.append(("SPAN", (0, 0), (-1, 0)))
    return data, cmds


class _Jenis(Protocol):
    @property
    def jenis(self) -> str: ...


R = TypeVar("R", bound=_Jenis)


def add_rhk_sections(
    data: list[list[object]],
    cmds: Cmds,
    rows: Sequence[R],
    st: Styles,
    add_rhk: Callable[[int, R], Cmds],
) -> None:
    """Sections A. Utama and B. Tambahan: a label row, then each RHK numbered from 1 by
    ``add_rhk`` (which appends its lines and returns their SPAN commands), or a row of
    dashes for an empty section."""
    ncols = len(data[0])
    for jenis, label in SECTIONS:
        cmds += section_row_cmds(len(data))
        data.append([Paragraph(esc(label), st.cell_bold)] + [""] * (ncols - 1))
        section = [r for r in rows if r.jenis == jenis]
        if not section:
            data.append([Paragraph("-", st.cell_center)] + [p("-", st.cell)] * (ncols - 1))
        for no, row in enumerate(section, start=1):
            cmds += add_rhk(no, row)


def hasil_kerja_data(
    headers: Sequence[str],
    rows: Sequence[R],
    st: Styles,
    add_rhk: Callable[[list[list[object]], int, R], Cmds],
) -> tuple[list[list[object]], Cmds]:
    """The HASIL KERJA table's rows and style commands: its header (``numbered_table_head``)
    and both sections (``add_rhk_sections``); ``add_rhk(data, no, row)`` appends the lines
    of one RHK to ``data`` and returns their SPAN commands."""
    data, cmds = numbered_table_head("HASIL KERJA", headers, st)
    add_rhk_sections(data, cmds, rows, st, lambda no, row: add_rhk(data, no, row))
    return data, cmds


def line_spans(data: list[list[object]], first: int, columns: Sequence[int]) -> Cmds:
    """SPAN commands joining ``columns`` over the lines appended to ``data`` since row
    ``first`` (one RHK's indicator lines); none when there is only one line."""
    last = len(data) - 1
    if last == first:
        return []
    return [("SPAN", (c, first), (c, last)) for c in columns]


def rhk_lead_cells(no: int, rhk_pimpinan: str, rhk: str, st: Styles) -> list[object]:
    """No, RHK pimpinan and RHK: the first cells of an RHK's first line."""
    return [Paragraph(str(no), st.cell_center), p(or_dash(rhk_pimpinan), st.cell), p(rhk, st.cell)]


def perilaku_table_data(
    rows: Sequence[tuple[str, Sequence[str], str]], third_header: str, st: Styles
) -> tuple[list[list[object]], Cmds]:
    """PERILAKU KERJA: No | value with its behaviours | ``third_header`` per value."""
    data, cmds = numbered_table_head("PERILAKU KERJA", ["No", "Perilaku Kerja", third_header], st)
    for no, (nama_nilai, perilaku, third) in enumerate(rows, start=1):
        data.append(
            [
                Paragraph(str(no), st.cell_center),
                perilaku_cell(nama_nilai, perilaku, st),
                p(or_dash(third), st.cell),
            ]
        )
    return data, cmds


def perilaku_widths(width: float) -> list[float]:
    no_w = 9 * mm
    return [no_w, (width - no_w) * 0.5, (width - no_w) * 0.5]


class NumberedBlocks:
    """The numbered blocks of a one-page form in one table: a shaded 'n. HEADING' row per
    block, then 'label | value' lines or text spanning both columns."""

    NO_W = 9 * mm
    LABEL_W = 58 * mm

    def __init__(self, st: Styles) -> None:
        self.st = st
        self.data: list[list[object]] = []
        self.cmds = base_table_style()

    def heading(self, no: int, text: str) -> None:
        st, row = self.st, len(self.data)
        self.data.append(
            [Paragraph(f"{no}.", st.cell_bold), Paragraph(esc(text), st.cell_bold), ""]
        )
        self.cmds.extend(
            [("SPAN", (1, row), (2, row)), ("BACKGROUND", (0, row), (-1, row), SECTION_BG)]
        )

    def line(self, label: str, value: str, bold: bool = False) -> None:
        st = self.st
        self.data.append(
            ["", p(label, st.cell), p(or_dash(value), st.cell_bold if bold else st.cell)]
        )

    def spanning(self, content: Flowable) -> None:
        row = len(self.data)
        self.data.append(["", content, ""])
        self.cmds.append(("SPAN", (1, row), (2, row)))

    def text(self, value: str) -> None:
        self.spanning(p(or_dash(value), self.st.cell))

    def people(self, blocks: Sequence[tuple[str, PersonBlock]]) -> None:
        """Blocks 1..n: one per person, with the five identity lines."""
        for no, (title, person) in enumerate(blocks, start=1):
            self.heading(no, title)
            for label, value in person_rows(person):
                self.line(label, value)

    def table(self, width: float) -> Table:
        widths = [self.NO_W, self.LABEL_W, width - self.NO_W - self.LABEL_W]
        return styled_table(self.data, self.cmds, widths)


def one_page_frame(
    pagesize: tuple[float, float], margins: tuple[float, float, float, float]
) -> tuple[float, float]:
    """Width and height of the single frame of a one-page form (frame paddings and a
    safety margin taken off)."""
    left, right, top, bottom = margins
    return pagesize[0] - left - right - 12, pagesize[1] - top - bottom - 12 - 6


def shrink_to_page(story: list[Flowable], width: float, avail: float) -> list[Flowable]:
    """``story`` scaled down, if it must be, to stay on one page."""
    return [KeepInFrame(width, avail, story, mode="shrink")]
