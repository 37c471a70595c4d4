"""Generic tabular and sectioned PDF reports (recaps, training reports, transparency reports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ekinerja_desktop.reports._common import (
    FONT,
    FONT_BOLD,
    ZEBRA_BG,
    Output,
    PageDecor,
    Styles,
    build_pdf,
    clean_text,
    esc,
    format_cell,
    format_generated_at,
    format_number,
    p,
    stamped_margins,
)
from ekinerja_desktop.reports.documents import VerificationStamp

Align = Literal["left", "right", "center"]


def palette(*hexes: str) -> tuple[colors.Color, ...]:
    """The colours of a chart's series, from their ``#RRGGBB`` codes."""
    return tuple(colors.HexColor(code) for code in hexes)


TABLE_HEADER_BG = colors.HexColor("#2F4F6F")
TABLE_GRID = colors.HexColor("#B0B7BF")
CHART_COLORS = palette("#2F6FA7", "#E08A2E", "#4E9F50", "#C0504D", "#8064A2", "#4BACC6")
_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
_CELL_PAD = 3.0


@dataclass(frozen=True)
class Column:
    """A table column: header text, relative width, alignment, optional fixed decimals."""

    name: str
    width_weight: float = 1.0
    align: Align = "left"
    decimals: int | None = None


@dataclass(frozen=True)
class BarChart:
    """A simple bar chart: one bar group per label, one bar per series."""

    labels: Sequence[str]
    series: Mapping[str, Sequence[float]]
    title: str = ""
    horizontal: bool = False


ChartInput = BarChart | tuple[Sequence[str], Mapping[str, Sequence[float]]]


@dataclass(frozen=True)
class TableBlock:
    """Columns plus rows, for a table inside a section."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]


@dataclass(frozen=True)
class Section:
    """One section of a sectioned report: heading, paragraphs, optional table and chart."""

    heading: str
    paragraphs: Sequence[str] = ()
    table: TableBlock | None = None
    chart: ChartInput | None = None


def _as_chart(chart: ChartInput) -> BarChart:
    if isinstance(chart, BarChart):
        return chart
    labels, series = chart
    return BarChart(labels=labels, series=series)


def _format_value(value: object, column: Column) -> str:
    if (
        column.decimals is not None
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        return format_number(value, column.decimals)
    return format_cell(value)


def data_table(
    columns: Sequence[Column], rows: Sequence[Sequence[object]], width: float, st: Styles
) -> Table:
    """A zebra-striped table with a repeated header row; long cells wrap."""
    if not columns:
        raise ValueError("Tabel membutuhkan minimal satu kolom.")
    total = sum(max(c.width_weight, 0.01) for c in columns)
    widths = [width * max(c.width_weight, 0.01) / total for c in columns]
    header_style = ParagraphStyle(
        "th", parent=st.cell, fontName=FONT_BOLD, textColor=colors.white, alignment=TA_CENTER
    )
    cell_styles = [
        ParagraphStyle(f"td{i}", parent=st.cell, alignment=_ALIGN[c.align])
        for i, c in enumerate(columns)
    ]
    data: list[list[object]] = [[Paragraph(esc(c.name), header_style) for c in columns]]
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, TABLE_GRID),
        ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), st.base),
        ("LEADING", (0, 1), (-1, -1), st.base * 1.22),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, c in enumerate(columns):
        if c.align != "left":
            cmds.append(("ALIGN", (i, 1), (i, -1), c.align.upper()))
    for row in rows:
        cells: list[object] = []
        for i, column in enumerate(columns):
            value = row[i] if i < len(row) else None
            text = clean_text(_format_value(value, column))
            # Plain strings are much faster than Paragraphs; wrap only what does not fit.
            if "\n" in text or stringWidth(text, FONT, st.base) > widths[i] - 2 * _CELL_PAD:
                cells.append(Paragraph(esc(text), cell_styles[i]))
            else:
                cells.append(text)
        data.append(cells)
    if not rows:
        data.append(
            [Paragraph("<i>Tidak ada data.</i>", st.cell_center)] + [""] * (len(columns) - 1)
        )
        cmds.append(("SPAN", (0, 1), (-1, 1)))
    else:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_BG]))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def _axis_label(value: float) -> str:
    return format_number(value)


def bar_chart(chart: ChartInput, width: float, st: Styles, max_height: float = 500.0) -> Drawing:
    """A ReportLab bar chart drawing with Indonesian number labels and a legend.

    The drawing never exceeds ``max_height`` (the frame height) so it always fits a page.
    """
    spec = _as_chart(chart)
    labels = [clean_text(label) for label in spec.labels]
    names = list(spec.series)
    values = [[float(v) for v in spec.series[name]] for name in names]
    n_bars = max(len(labels), 1) * max(len(names), 1)
    title_h = 14 if spec.title else 0
    legend_h = 14 if len(names) > 1 else 0
    if spec.horizontal:
        label_w = min(
            max((stringWidth(lb, FONT, 7) for lb in labels), default=20) + 14, width * 0.4
        )
        overhead = 30 + title_h + legend_h
        plot_h = max(40.0, min(n_bars * 9.0 + len(labels) * 4.0, max_height - overhead))
        height = plot_h + 30 + title_h + legend_h
        bc: Any = HorizontalBarChart()
        bc.x, bc.y = label_w, 20 + legend_h
        bc.width, bc.height = width - label_w - 15, plot_h
        bc.categoryAxis.reverseDirection = 1
        bc.categoryAxis.labels.boxAnchor = "e"
        bc.categoryAxis.labels.dx = -6
    else:
        longest = max((stringWidth(lb, FONT, 7) for lb in labels), default=10)
        slot = (width - 50) / max(len(labels), 1)
        rotate = longest > slot - 4
        bottom = min(longest * 0.6 + 12, 90) if rotate else 16
        plot_h = max(40.0, min(60 * mm, max_height - bottom - 14 - title_h - legend_h))
        height = plot_h + bottom + 14 + title_h + legend_h
        bc = VerticalBarChart()
        bc.x, bc.y = 40, bottom + legend_h
        bc.width, bc.height = width - 55, plot_h
        if rotate:
            bc.categoryAxis.labels.angle = 35
            bc.categoryAxis.labels.boxAnchor = "ne"
            bc.categoryAxis.labels.dy = -2
        else:
            bc.categoryAxis.labels.boxAnchor = "n"
    bc.data = values or [[0.0]]
    bc.categoryAxis.categoryNames = labels or [""]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.labelTextFormat = _axis_label
    all_values = [v for series in values for v in series]
    bc.valueAxis.valueMin = min(0.0, *all_values) if all_values else 0.0
    if all_values and max(all_values) <= 0:
        bc.valueAxis.valueMax = 1.0
    bc.barSpacing = 1
    bc.groupSpacing = 6
    for i in range(len(names)):
        bc.bars[i].fillColor = CHART_COLORS[i % len(CHART_COLORS)]
        bc.bars[i].strokeColor = None
    drawing = Drawing(width, height)
    drawing.add(bc)
    if spec.title:
        drawing.add(
            String(
                width / 2,
                height - 11,
                clean_text(spec.title),
                fontName=FONT_BOLD,
                fontSize=st.base + 0.5,
                textAnchor="middle",
            )
        )
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y = bc.x, 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 0
        legend.dxTextSpace = 4
        legend.fontName = FONT
        legend.fontSize = 7
        legend.colorNamePairs = [
            (CHART_COLORS[i % len(CHART_COLORS)], clean_text(name)) for i, name in enumerate(names)
        ]
        drawing.add(legend)
    return drawing


def _header(
    title: str, subtitle_lines: Sequence[str], generated_at: datetime | None, st: Styles
) -> list[Flowable]:
    title_style = ParagraphStyle("rt", parent=st.title, alignment=TA_LEFT)
    sub_style = ParagraphStyle("rs", parent=st.body, fontName=FONT_BOLD)
    gen_style = ParagraphStyle("rg", parent=st.small, textColor=colors.HexColor("#555555"))
    out: list[Flowable] = [p(title, title_style), Spacer(1, 1.5 * mm)]
    out += [p(line, sub_style) for line in subtitle_lines if line.strip()]
    out.append(Paragraph(f"Dicetak: {esc(format_generated_at(generated_at))}", gen_style))
    out.append(Spacer(1, 4 * mm))
    return out


def _footnotes(footnotes: Sequence[str], st: Styles) -> list[Flowable]:
    if not footnotes:
        return []
    style = ParagraphStyle("fn", parent=st.small, spaceBefore=1)
    return [Spacer(1, 2 * mm), *(p(note, style) for note in footnotes if note.strip())]


def _frame_height(pagesize: tuple[float, float], stamp: VerificationStamp | None = None) -> float:
    """Usable frame height with the default top/bottom margins (minus a little slack)."""
    bottom = stamped_margins((0, 0, 16 * mm, 15 * mm), stamp)[3]
    return float(pagesize[1] - 16 * mm - bottom - 12 - 6)


def _pagesize(landscape: bool) -> tuple[float, float]:
    width, height = to_landscape(A4) if landscape else A4
    return float(width), float(height)


def build_table_pdf(
    title: str,
    subtitle_lines: Sequence[str],
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    out: Output,
    *,
    landscape: bool = False,
    footnotes: Sequence[str] = (),
    charts: Sequence[ChartInput] = (),
    generated_at: datetime | None = None,
    stamp: VerificationStamp | None = None,
) -> None:
    """Write a single-table report: title, subtitles, 'Dicetak' line, table, notes, charts
    (``stamp``: the verification code and QR in every footer)."""
    pagesize = _pagesize(landscape)
    st = Styles(8)
    width = pagesize[0] - 24 * mm - 12
    story: list[Flowable] = [
        *_header(title, subtitle_lines, generated_at, st),
        data_table(columns, rows, width, st),
        *_footnotes(footnotes, st),
    ]
    for chart in charts:
        story += [
            Spacer(1, 5 * mm),
            KeepTogether([bar_chart(chart, width, st, _frame_height(pagesize, stamp))]),
        ]
    decor = PageDecor(footer_left=title, stamp=stamp)
    build_pdf(out, story, pagesize=pagesize, decor=decor, title=title)


def build_sections_pdf(
    title: str,
    sections: Sequence[Section],
    out: Output,
    *,
    subtitle_lines: Sequence[str] = (),
    landscape: bool = False,
    generated_at: datetime | None = None,
    stamp: VerificationStamp | None = None,
) -> None:
    """Write a report made of sections (heading, paragraphs, optional table and chart);
    ``stamp`` prints the verification code and QR in every footer."""
    pagesize = _pagesize(landscape)
    st = Styles(8)
    width = pagesize[0] - 24 * mm - 12
    heading_style = ParagraphStyle(
        "sh", parent=st.heading, fontSize=st.base + 3, leading=st.base + 6
    )
    story: list[Flowable] = _header(title, subtitle_lines, generated_at, st)
    for section in sections:
        # Keep each heading with what follows it.
        story.append(CondPageBreak(35 * mm))
        story.append(p(section.heading, heading_style))
        story += [p(text, st.body) for text in section.paragraphs if text.strip()]
        if section.table is not None:
            story += [
                Spacer(1, 2 * mm),
                data_table(section.table.columns, section.table.rows, width, st),
            ]
        if section.chart is not None:
            story += [
                Spacer(1, 3 * mm),
                KeepTogether([bar_chart(section.chart, width, st, _frame_height(pagesize, stamp))]),
            ]
        story.append(Spacer(1, 5 * mm))
    decor = PageDecor(footer_left=title, stamp=stamp)
    build_pdf(out, story, pagesize=pagesize, decor=decor, title=title)
