"""Public annual performance report (transparency): key figures, aggregate tables,
charts and a method note. Aggregates only - the builder never sees a person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from ekinerja_desktop.reports._common import (
    FONT,
    FONT_BOLD,
    Output,
    PageDecor,
    Styles,
    build_pdf,
    clean_text,
    content_width,
    esc,
    format_generated_at,
    format_number,
    p,
    stamped_margins,
)
from ekinerja_desktop.reports.documents import VerificationStamp
from ekinerja_desktop.reports.table_pdf import (
    CHART_COLORS,
    TABLE_GRID,
    BarChart,
    Column,
    bar_chart,
    data_table,
    palette,
)

KEY_BG = colors.HexColor("#EEF3F8")
KEY_FG = colors.HexColor("#1F3B57")
# One colour per predikat, best to worst.
PREDIKAT_COLORS = palette("#2E7D32", "#6AA84F", "#F1C232", "#E69138", "#CC0000")


@dataclass(frozen=True)
class PublicTable:
    """One aggregate table (already privacy-checked by the caller) with its notes and an
    optional bar chart; no columns means a chart-only section."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    notes: Sequence[str] = ()
    chart: BarChart | None = None
    percent_axis: bool = False  # chart values are percentages: axis 0-100


@dataclass(frozen=True)
class PublicReportDoc:
    title: str
    subtitle_lines: Sequence[str]
    key_figures: Sequence[tuple[str, str]]  # (label, printed value)
    tables: Sequence[PublicTable]
    pie_labels: Sequence[str] = ()
    pie_values: Sequence[float] = ()
    pie_title: str = ""
    method_notes: Sequence[str] = ()
    generated_at: datetime | None = None
    narrative: Sequence[tuple[str, str]] = ()  # (heading, text) written by the agency
    narrative_title: str = ""


def _key_figures(figures: Sequence[tuple[str, str]], width: float, st: Styles) -> Table:
    """A band of boxes: big value over a small label, four per row."""
    per_row = 4
    value_style = ParagraphStyle(
        "kv", fontName=FONT_BOLD, fontSize=15, leading=18, alignment=TA_CENTER, textColor=KEY_FG
    )
    label_style = ParagraphStyle("kl", parent=st.small, alignment=TA_CENTER, textColor=KEY_FG)
    cells = [[p(value, value_style), p(label, label_style)] for label, value in figures]
    while len(cells) % per_row:
        cells.append(["", ""])
    rows = [cells[start : start + per_row] for start in range(0, len(cells), per_row)]
    data = [[Table([[c[0]], [c[1]]], colWidths=[width / per_row - 8]) for c in row] for row in rows]
    table = Table(data, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), KEY_BG),
            ("BOX", (0, 0), (-1, -1), 0.4, TABLE_GRID),
            ("INNERGRID", (0, 0), (-1, -1), 2, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


def pie_chart(
    labels: Sequence[str], values: Sequence[float], width: float, title: str = ""
) -> Drawing:
    """A pie with percentage labels and a legend on the right."""
    height = 62 * mm
    drawing = Drawing(width, height)
    total = sum(values) or 1.0
    pie = Pie()
    size = height - 16 * mm
    pie.x, pie.y = 10 * mm, 4 * mm
    pie.width = pie.height = size
    pie.data = [max(v, 0.0) for v in values] or [1.0]
    pie.labels = [format_number(100.0 * v / total, 1) + "%" if v else "" for v in values]
    pie.simpleLabels = 1
    pie.slices.fontName = FONT
    pie.slices.fontSize = 7
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    palette = PREDIKAT_COLORS if len(values) <= len(PREDIKAT_COLORS) else CHART_COLORS
    for i in range(len(values)):
        pie.slices[i].fillColor = palette[i % len(palette)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = pie.x + size + 14 * mm, height - 16 * mm
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (palette[i % len(palette)], f"{clean_text(label)} ({format_number(values[i])})")
        for i, label in enumerate(labels)
    ]
    drawing.add(legend)
    if title:
        drawing.add(String(0, height - 8, clean_text(title), fontName=FONT_BOLD, fontSize=9))
    return drawing


def _chart(table: PublicTable, width: float, st: Styles, max_height: float) -> Drawing:
    assert table.chart is not None
    drawing = bar_chart(table.chart, width, st, max_height)
    if table.percent_axis:
        # A share is read against 0-100 %, not against the largest bar.
        for item in drawing.contents:
            axis = getattr(item, "valueAxis", None)
            if axis is not None:
                axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
    return drawing


def _narrative(doc: PublicReportDoc, heading: ParagraphStyle, st: Styles) -> list[Flowable]:
    """The agency's own words, one sub-heading per part; line breaks kept."""
    sub = ParagraphStyle("pnh", parent=st.body, fontName=FONT_BOLD, spaceBefore=3)
    out: list[Flowable] = [p(doc.narrative_title, heading)]
    for title, text in doc.narrative:
        out.append(p(title, sub))
        out += [p(line, st.body) for line in text.splitlines() if line.strip()]
    out.append(Spacer(1, 4 * mm))
    return out


def build_public_pdf(
    doc: PublicReportDoc, out: Output, *, stamp: VerificationStamp | None = None
) -> None:
    """Write the public report: title, key figures, tables with charts, method note;
    ``stamp`` prints the verification code and QR in every footer."""
    from reportlab.lib.pagesizes import A4, landscape

    pagesize = landscape(A4)
    st = Styles(8)
    width = content_width(pagesize)
    title_style = ParagraphStyle("pt", parent=st.title, fontSize=16, leading=20)
    heading = ParagraphStyle("ph", parent=st.heading, fontSize=11, leading=14)
    note_style = ParagraphStyle("pn", parent=st.small, spaceBefore=1)
    story: list[Flowable] = [p(doc.title, title_style), Spacer(1, 1.5 * mm)]
    story += [p(line, st.subtitle) for line in doc.subtitle_lines if line.strip()]
    story.append(
        Paragraph(
            f"Dicetak: {esc(format_generated_at(doc.generated_at))}",
            ParagraphStyle("pg", parent=st.small, alignment=TA_CENTER),
        )
    )
    story.append(Spacer(1, 4 * mm))
    if doc.key_figures:
        story += [_key_figures(doc.key_figures, width, st), Spacer(1, 5 * mm)]
    if doc.narrative:
        story += _narrative(doc, heading, st)
    if len(doc.pie_values) > 1 and sum(doc.pie_values) > 0:
        story += [
            KeepTogether([pie_chart(doc.pie_labels, doc.pie_values, width, doc.pie_title)]),
            Spacer(1, 3 * mm),
        ]
    bottom = stamped_margins((0, 0, 0, 15 * mm), stamp)[3]
    chart_height = pagesize[1] - 35 * mm - bottom
    for table in doc.tables:
        title = p(table.title, heading)
        if not table.columns:  # a chart-only section: keep the heading with its chart
            if table.chart is not None:
                chart = _chart(table, width, st, chart_height)
                story += [KeepTogether([title, chart]), Spacer(1, 5 * mm)]
            continue
        story += [CondPageBreak(40 * mm), title, data_table(table.columns, table.rows, width, st)]
        story += [p(note, note_style) for note in table.notes if note.strip()]
        if table.chart is not None:
            chart = _chart(table, width, st, chart_height)
            story += [Spacer(1, 3 * mm), KeepTogether([chart])]
        story.append(Spacer(1, 5 * mm))
    if doc.method_notes:
        story.append(CondPageBreak(50 * mm))
        story.append(p("Catatan metode", heading))
        story += [p(note, st.body) for note in doc.method_notes if note.strip()]
    build_pdf(
        out,
        story,
        pagesize=pagesize,
        decor=PageDecor(footer_left=doc.title, stamp=stamp),
        title=doc.title,
    )
