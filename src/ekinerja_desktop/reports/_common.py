"""Shared layout helpers for the PDF builders: formatting, styles, page decoration, blocks."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from babel.dates import format_date, format_datetime
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ekinerja_desktop.domain import fmt
from ekinerja_desktop.reports.documents import PersonBlock, VerificationStamp

LOCALE = "id_ID"
WITA = timezone(timedelta(hours=8), "WITA")
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"

HEADER_BG = colors.HexColor("#D9D9D9")
SECTION_BG = colors.HexColor("#EFEFEF")
ZEBRA_BG = colors.HexColor("#F4F6F8")
GRID_COLOR = colors.black
DRAFT_COLOR = colors.HexColor("#C62828")

Output = Path | str | BinaryIO

# Built-in Helvetica only covers WinAnsi (cp1252); map common symbols users type.
_REPLACEMENTS = {
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2260": "!=",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",
    "\u2022": "-",
    "\t": " ",
    "\r\n": "\n",
    "\r": "\n",
}


def clean_text(text: object) -> str:
    """Return ``text`` as a str that Helvetica (WinAnsi) can print; unknown glyphs become '?'."""
    s = "" if text is None else str(text)
    for old, new in _REPLACEMENTS.items():
        if old in s:
            s = s.replace(old, new)
    return s.encode("cp1252", errors="replace").decode("cp1252")


def esc(text: object) -> str:
    """Escape user text for Paragraph markup, keeping line breaks."""
    return escape(clean_text(text).strip()).replace("\n", "<br/>")


def or_dash(text: str) -> str:
    """Return a dash for empty values so table cells never look forgotten."""
    return text if text.strip() else "-"


def format_tanggal(d: date) -> str:
    """Format a date the Indonesian long way: 17 Agustus 2025."""
    return format_date(d, format="long", locale=LOCALE)


def format_periode(awal: date, akhir: date) -> str:
    """Format a period: '1 Januari s.d. 31 Desember 2025' (year printed once when shared)."""
    if awal.year == akhir.year:
        start = format_date(awal, format="d MMMM", locale=LOCALE)
    else:
        start = format_tanggal(awal)
    return f"{start} s.d. {format_tanggal(akhir)}"


def format_generated_at(moment: datetime | None = None) -> str:
    """Format the 'printed at' timestamp in WITA."""
    m = moment if moment is not None else datetime.now(WITA)
    if m.tzinfo is None:
        m = m.replace(tzinfo=WITA)
    m = m.astimezone(WITA)
    return format_datetime(m, format="d MMMM y HH:mm", locale=LOCALE) + " WITA"


def format_number(value: float | Decimal, decimals: int | None = None) -> str:
    """Format a number Indonesian style (1.234.567,89); at most 2 decimals unless
    ``decimals`` fixes them (the one rule of ``domain.fmt.format_number``: half up)."""
    if decimals is None:
        return fmt.format_number(value, LOCALE, max_decimals=2)
    return fmt.format_number(value, LOCALE, max(decimals, 0))


def format_cell(value: object) -> str:
    """Format any table value as printed text (numbers and dates Indonesian style)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int | float | Decimal):
        return format_number(value)
    if isinstance(value, datetime):
        return format_datetime(value, format="dd/MM/yyyy HH:mm", locale=LOCALE)
    if isinstance(value, date):
        return format_date(value, format="dd/MM/yyyy", locale=LOCALE)
    return str(value)


class Styles:
    """Paragraph styles for one base font size."""

    def __init__(self, base: float = 8.5) -> None:
        lead = base * 1.22
        self.base = base
        self.title = ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=base + 5, leading=base + 8, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle",
            fontName=FONT_BOLD,
            fontSize=base + 1.5,
            leading=base + 4,
            alignment=TA_CENTER,
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName=FONT_BOLD,
            fontSize=base + 1.5,
            leading=base + 4,
            spaceBefore=4,
            spaceAfter=3,
        )
        self.body = ParagraphStyle(
            "body", fontName=FONT, fontSize=base + 0.5, leading=lead + 1, spaceAfter=2
        )
        self.cell = ParagraphStyle("cell", fontName=FONT, fontSize=base, leading=lead)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.header = ParagraphStyle(
            "header", parent=self.cell, fontName=FONT_BOLD, alignment=TA_CENTER
        )
        self.header_left = ParagraphStyle("header_left", parent=self.header, alignment=TA_LEFT)
        self.small = ParagraphStyle(
            "small", fontName=FONT, fontSize=base - 1.5, leading=(base - 1.5) * 1.2
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=self.cell, leftIndent=9, bulletIndent=0, bulletFontName=FONT
        )
        self.sig = ParagraphStyle("sig", fontName=FONT, fontSize=base + 0.5, leading=lead + 1)
        self.sig_name = ParagraphStyle("sig_name", parent=self.sig, fontName=FONT_BOLD)


def p(text: object, style: ParagraphStyle) -> Paragraph:
    """Paragraph from plain user text (escaped)."""
    return Paragraph(esc(text), style)


def numbered_paragraphs(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """Return '1. text' paragraphs with a hanging indent."""
    return [
        Paragraph(esc(item), style, bulletText=f"{i}.")
        for i, item in enumerate(items, start=1)
        if item.strip()
    ]


def base_table_style(header_rows: int = 0) -> list[tuple[Any, ...]]:
    """Grid, padding and top alignment shared by the official tables."""
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG))
        cmds.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
    return cmds


def person_rows(person: PersonBlock) -> list[tuple[str, str]]:
    """The five identity lines of a person, as printed in the official forms."""
    return [
        ("NAMA", person.nama),
        ("NIP", person.nip),
        ("PANGKAT/GOL. RUANG", person.pangkat),
        ("JABATAN", person.jabatan),
        ("UNIT KERJA", person.unit_kerja),
    ]


Block = tuple[str, Sequence[tuple[str, str]]]


def side_by_side_blocks(
    left: Block, right: Block | None, width: float, st: Styles, *, first_no: int = 1
) -> Table:
    """Two numbered identity blocks side by side: heading row, then No | label | value."""
    no_w = 8 * mm
    label_w = 36 * mm
    half = width / 2
    value_w = half - no_w - label_w
    blocks: list[Block] = [left] if right is None else [left, right]
    n_rows = max(len(b[1]) for b in blocks)
    head: list[object] = []
    for i, (heading, _) in enumerate(blocks):
        head += [Paragraph(f"{first_no + i}", st.header), p(heading, st.header_left), ""]
    data: list[list[object]] = [head]
    for r in range(n_rows):
        row: list[object] = []
        for _, lines in blocks:
            if r < len(lines):
                label, value = lines[r]
                row += [Paragraph(str(r + 1), st.cell_center), p(label, st.cell), p(value, st.cell)]
            else:
                row += ["", "", ""]
        data.append(row)
    widths = [no_w, label_w, value_w] * len(blocks)
    cmds = base_table_style(header_rows=1)
    for i in range(len(blocks)):
        cmds.append(("SPAN", (i * 3 + 1, 0), (i * 3 + 2, 0)))
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def title_block(lines: Sequence[str], st: Styles) -> list[Flowable]:
    """Centered title (first line large, the rest as subtitles)."""
    out: list[Flowable] = []
    for i, line in enumerate(lines):
        out.append(p(line, st.title if i == 0 else st.subtitle))
    out.append(Spacer(1, 3 * mm))
    return out


def instansi_periode_row(instansi: str, periode: str, width: float, st: Styles) -> Table:
    """The line under the title: agency on the left, assessment period on the right."""
    right = ParagraphStyle("periode_right", parent=st.cell_bold, alignment=TA_RIGHT)
    table = Table(
        [
            [
                p(instansi.upper(), st.cell_bold),
                Paragraph(f"PERIODE PENILAIAN: {esc(periode)}", right),
            ]
        ],
        colWidths=[width * 0.5, width * 0.5],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class Signer:
    """One signature column: optional place/date line, role, space, name and NIP."""

    role: str
    person: PersonBlock
    place_date: str = ""
    intro: str = ""


def signature_table(
    left: Signer, right: Signer, width: float, st: Styles, *, space: float = 20 * mm
) -> Table:
    """Two signature columns (left and right) with room for a wet signature."""

    def column(s: Signer) -> list[Flowable]:
        style = ParagraphStyle("sigc", parent=st.sig, alignment=TA_CENTER)
        name_style = ParagraphStyle("sign", parent=st.sig_name, alignment=TA_CENTER)
        # An empty place/date line still takes a line so both columns stay aligned.
        first = esc(s.place_date) if s.place_date.strip() else "&nbsp;"
        out: list[Flowable] = [Paragraph(first, style)]
        if s.intro:
            out.append(p(s.intro, style))
        out += [
            p(s.role, style),
            Spacer(1, space),
            Paragraph(f"<u>{esc(s.person.nama)}</u>", name_style),
        ]
        if s.person.nip or not s.person.nama:
            out.append(Paragraph(f"NIP. {esc(s.person.nip)}", style))
        else:  # a signatory without NIP (e.g. the Wali Kota): the jabatan instead
            out.append(p(s.person.jabatan or "&nbsp;", style))
        return out

    # Pad the shorter column so role lines and names line up.
    lcol, rcol = column(left), column(right)
    if bool(left.intro) != bool(right.intro):
        pad = Paragraph("&nbsp;", st.sig)
        if left.intro:
            rcol.insert(1, pad)
        else:
            lcol.insert(1, pad)
    table = Table(
        [[lcol, "", rcol]], colWidths=[width * 0.4, width * 0.2, width * 0.4], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class PageDecor:
    """What every page carries: footer text, optional draft mark, and for a registered
    document the verification stamp (code, content hash, QR) in the footer."""

    footer_left: str
    draft_text: str | None = None
    stamp: VerificationStamp | None = None


# A stamped page keeps its footer below this height (the QR code and three lines of
# text); the content frame starts above it, so nothing ever overlaps the stamp.
STAMP_FOOTER = 24 * mm
QR_SIZE = 18 * mm
STAMP_HINT = (
    "Periksa keaslian: menu Periksa dokumen di e-Kinerja Desktop atau perintah 'ekinerja verify'."
)


def stamped_margins(
    margins: tuple[float, float, float, float], stamp: VerificationStamp | None
) -> tuple[float, float, float, float]:
    """``margins`` (left, right, top, bottom) with room for the stamp at the bottom."""
    if stamp is None:
        return margins
    left, right, top, bottom = margins
    return left, right, top, max(bottom, STAMP_FOOTER)


def draw_qr(canv: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw a QR code of ``text`` (error correction M) as a ``size`` square at (x, y)."""
    widget = QrCodeWidget(text, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canv, x, y)


def _draw_background(canv: Canvas, doc: SimpleDocTemplate, decor: PageDecor) -> None:
    """Draw the draft banner and watermark behind the page content."""
    if not decor.draft_text:
        return
    width, height = doc.pagesize
    canv.saveState()
    # Diagonal watermark, very light so it never hides the content.
    canv.setFillColor(DRAFT_COLOR)
    canv.setFillAlpha(0.08)
    canv.setFont(FONT_BOLD, 64 if width > height else 52)
    canv.translate(width / 2, height / 2)
    canv.rotate(30)
    canv.drawCentredString(0, -20, decor.draft_text)
    canv.restoreState()
    # Readable banner in the top margin.
    canv.saveState()
    canv.setFont(FONT_BOLD, 10)
    text_w = canv.stringWidth(decor.draft_text, FONT_BOLD, 10)
    box_w = text_w + 16
    y = height - 11 * mm
    canv.setStrokeColor(DRAFT_COLOR)
    canv.setFillColor(DRAFT_COLOR)
    canv.setLineWidth(1)
    canv.rect((width - box_w) / 2, y - 4, box_w, 16, stroke=1, fill=0)
    canv.drawCentredString(width / 2, y + 0.5, decor.draft_text)
    canv.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Canvas that defers footers until the total page count is known."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        if self._decor.stamp is not None:
            self._draw_stamped_footer(total, self._decor.stamp)
            return
        width, _ = self._pagesize
        self.saveState()
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.4)
        self.line(12 * mm, 11 * mm, width - 12 * mm, 11 * mm)
        self.setFillColor(colors.HexColor("#444444"))
        self.setFont(FONT, 7.5)
        self.drawString(12 * mm, 7 * mm, clean_text(self._decor.footer_left))
        self.drawRightString(width - 12 * mm, 7 * mm, f"Halaman {self._pageNumber} dari {total}")
        self.restoreState()

    def _draw_stamped_footer(self, total: int, stamp: VerificationStamp) -> None:
        """Footer of a registered document: footer text, verification code and content
        hash, how to check it, page number; the QR code in the bottom-right corner."""
        width, _ = self._pagesize
        qr_x = width - 12 * mm - QR_SIZE
        text_right = qr_x - 3 * mm
        self.saveState()
        self.setStrokeColor(colors.grey)
        self.setLineWidth(0.4)
        self.line(12 * mm, STAMP_FOOTER - 2 * mm, width - 12 * mm, STAMP_FOOTER - 2 * mm)
        self.setFillColor(colors.HexColor("#444444"))
        self.setFont(FONT, 7.5)
        self.drawString(12 * mm, 16 * mm, clean_text(self._decor.footer_left))
        self.setFillColor(colors.black)
        self.setFont(FONT_BOLD, 8.5)
        label = f"Kode verifikasi: {stamp.code}"
        self.drawString(12 * mm, 11.5 * mm, label)
        self.setFont(FONT, 7.5)
        self.drawString(
            12 * mm + self.stringWidth(label, FONT_BOLD, 8.5) + 4 * mm,
            11.5 * mm,
            f"Sidik isi: {stamp.short_hash}",
        )
        self.setFillColor(colors.HexColor("#444444"))
        self.setFont(FONT, 6.5)
        self.drawString(12 * mm, 7 * mm, STAMP_HINT)
        self.setFont(FONT, 7.5)
        self.drawRightString(text_right, 7 * mm, f"Halaman {self._pageNumber} dari {total}")
        draw_qr(self, stamp.payload, qr_x, 3 * mm, QR_SIZE)
        self.restoreState()


def build_pdf(
    out: Output,
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    decor: PageDecor,
    title: str,
    margins: tuple[float, float, float, float] = (12 * mm, 12 * mm, 16 * mm, 15 * mm),
) -> None:
    """Build ``story`` into ``out`` with the page decoration and 'Halaman X dari Y' footer."""
    target: str | BinaryIO = str(out) if isinstance(out, Path | str) else out
    stamp = decor.stamp
    left, right, top, bottom = stamped_margins(margins, stamp)
    extra: dict[str, Any] = {}
    if stamp is not None:
        # The register keeps the hash of the final bytes: render them deterministically
        # (fixed document id and dates) so the same input always gives the same file.
        extra = {
            "invariant": 1,
            "keywords": stamp.payload,
            "subject": f"Kode verifikasi {stamp.code}",
        }
    doc = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=clean_text(title),
        author="e-Kinerja Desktop",
        creator="e-Kinerja Desktop",
        **extra,
    )

    def on_page(canv: Canvas, d: SimpleDocTemplate) -> None:
        _draw_background(canv, d, decor)

    doc.build(
        story,
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=functools.partial(_NumberedCanvas, decor=decor),
    )


def content_width(pagesize: tuple[float, float], side_margin: float = 12 * mm) -> float:
    """Usable frame width for ``pagesize`` (side margins and the frame's 6 pt paddings)."""
    return pagesize[0] - 2 * side_margin - 12


def _flowable_height(f: Flowable, canv: Canvas, width: float) -> float:
    """Height of ``f`` including its spacing (KeepTogether-like containers are unpacked)."""
    content = getattr(f, "_content", None)
    if isinstance(content, list):
        return sum(_flowable_height(c, canv, width) for c in content)
    _, h = f.wrapOn(canv, width, 1e7)
    return float(h + f.getSpaceBefore() + f.getSpaceAfter())


class TableWithTrailer(Flowable):  # type: ignore[misc]
    """A table whose last ``tail_rows`` rows always share a page with ``trailer``.

    Used to keep signature blocks (and rating rows) from being orphaned on a page of
    their own: when everything does not fit, the table is cut early so its last rows
    move to the next page together with the trailer (header rows repeat as usual).
    """

    def __init__(self, table: Table, trailer: Sequence[Flowable], tail_rows: int = 2) -> None:
        super().__init__()
        self._table = table
        self._trailer = list(trailer)
        self._tail_rows = tail_rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Like KeepTogether: always ask to be split; split() decides the layout.
        return availWidth, 0xFFFFFF

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Measure every row (long-table optimisation skips rows beyond the given height).
        _, table_h = self._table.wrapOn(self.canv, availWidth, 1e7)
        trailer_h = sum(_flowable_height(f, self.canv, availWidth) for f in self._trailer)
        natural = [self._table, *self._trailer]
        if table_h + trailer_h <= availHeight:
            return natural
        heights: list[float] = list(self._table._rowHeights)
        repeat = self._table.repeatRows
        header_rows = repeat if isinstance(repeat, int) else len(repeat)
        cut = len(heights) - self._tail_rows
        if cut > header_rows:
            limit = min(availHeight, sum(heights[:cut]) + 0.01)
            parts = self._table.splitOn(self.canv, availWidth, limit)
            if len(parts) == 2:
                return [parts[0], TableWithTrailer(parts[1], self._trailer, self._tail_rows)]
        # Nothing can stay here without orphaning the tail: move on to the next frame,
        # unless this frame is already empty (then fall back to ordinary splitting).
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", False):
            return []
        parts = self._table.splitOn(self.canv, availWidth, availHeight)
        return [*parts, *self._trailer] if parts else []
