"""Public annual report as one self-contained static HTML page for the city's website:
inline CSS, charts as inline SVG, no script and no external resource (a Content
Security Policy in the page says so to the browser). Plain data in, text out; the
caller has formatted and privacy-checked every cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ekinerja_desktop.domain.fmt import format_number

CSS = """
body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d2733;margin:0;
background:#f4f6f8;line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px;background:#fff}
h1{font-size:1.6em;margin:0 0 4px;color:#1f3b57}
h2{font-size:1.2em;margin:32px 0 8px;color:#1f3b57;border-bottom:2px solid #dbe3ea;
padding-bottom:4px}
h3{font-size:1em;margin:14px 0 4px}
.sub{color:#4a5a6a;margin:0}
.keys{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:8px;
margin:18px 0}
.key{background:#eef3f8;border-radius:6px;padding:10px;text-align:center}
.key b{display:block;font-size:1.5em;color:#1f3b57}
.key span{font-size:.85em;color:#37495a}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.88em;margin:6px 0}
th{background:#2f4f6f;color:#fff;padding:5px 6px;text-align:center;vertical-align:bottom}
td{border:1px solid #d3dae1;padding:4px 6px;vertical-align:top}
tr:nth-child(even) td{background:#f6f8fa}
tr.total td{font-weight:bold;background:#e8eef4}
td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.note{font-size:.82em;color:#4a5a6a;margin:2px 0}
figure{margin:12px 0}
figcaption{font-size:.9em;font-weight:bold;margin-bottom:4px}
svg{max-width:100%;height:auto}
footer{font-size:.8em;color:#4a5a6a;margin-top:32px}
@media print{body{background:#fff}main{max-width:none}}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
BAR = "#2f6fa7"
HIDDEN_TEXT = "x"


@dataclass(frozen=True)
class HtmlChart:
    """A horizontal bar chart; ``None`` values (suppressed or no data) draw no bar."""

    title: str
    labels: Sequence[str]
    values: Sequence[float | None]
    percent: bool = False  # axis 0-100


@dataclass(frozen=True)
class HtmlTable:
    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]  # already formatted
    numeric: Sequence[bool]  # right-aligned columns
    notes: Sequence[str] = ()
    charts: Sequence[HtmlChart] = ()
    total_label: str = ""  # the first cell of the row drawn as a total


@dataclass(frozen=True)
class HtmlReport:
    title: str
    subtitle: str
    generated: str
    key_figures: Sequence[tuple[str, str]]
    tables: Sequence[HtmlTable]
    narrative_title: str = ""
    narrative: Sequence[tuple[str, str]] = ()
    method_title: str = ""
    method: Sequence[str] = ()
    lang: str = "id"


def _label(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def svg_bar_chart(chart: HtmlChart, width: int = 720) -> str:
    """Inline SVG: one row per label (label, bar, value); hidden values print "x"."""
    row_h, top = 20, 6
    label_chars = min(max((len(lb) for lb in chart.labels), default=4), 34)
    label_w = int(label_chars * 6.6) + 14  # labels start at the left edge, cut at 34
    value_w = 56
    plot_w = width - label_w - value_w
    values = [v for v in chart.values if v is not None]
    scale_max = 100.0 if chart.percent else max([*values, 1.0])
    height = top + row_h * len(chart.labels) + 22
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(chart.title)}" '
        'font-family="Segoe UI,Roboto,Noto Sans,Arial,sans-serif" font-size="11">'
    ]
    for tick in range(0, 101, 20):
        x = label_w + plot_w * tick / 100
        tick_value = scale_max * tick / 100
        text = format_number(tick_value, max_decimals=1) + ("%" if chart.percent else "")
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - 18}" '
            'stroke="#dde3e9" stroke-width="1"/>'
            f'<text x="{x:.1f}" y="{height - 5}" text-anchor="middle" fill="#4a5a6a">'
            f"{escape(text)}</text>"
        )
    for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = top + i * row_h
        parts.append(
            f'<text x="4" y="{y + 14}" fill="#1d2733">'
            f"<title>{escape(label)}</title>{escape(_label(label, 34))}</text>"
        )
        if value is None:
            shown = HIDDEN_TEXT
            parts.append(
                f'<text x="{label_w + 4}" y="{y + 14}" fill="#7a8794">{escape(shown)}</text>'
            )
            continue
        bar = max(0.0, min(1.0, value / scale_max)) * plot_w if scale_max else 0.0
        text = format_number(value, decimals=1) + "%" if chart.percent else format_number(value)
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{bar:.1f}" height="{row_h - 6}" '
            f'fill="{BAR}"><title>{escape(label)}: {escape(text)}</title></rect>'
            f'<text x="{label_w + bar + 4:.1f}" y="{y + 14}" fill="#1d2733">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(table: HtmlTable) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        cls = ' class="total"' if row and row[0] == table.total_label else ""
        cells = "".join(
            f'<td class="n">{escape(v)}</td>' if num else f"<td>{escape(v)}</td>"
            for v, num in zip(row, table.numeric, strict=True)
        )
        body.append(f"<tr{cls}>{cells}</tr>")
    out = [
        f"<h2>{escape(table.title)}</h2>",
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>",
    ]
    out += [f'<p class="note">{escape(n)}</p>' for n in table.notes if n.strip()]
    for chart in table.charts:
        if any(v is not None for v in chart.values):
            out.append(
                f"<figure><figcaption>{escape(chart.title)}</figcaption>"
                f"{svg_bar_chart(chart)}</figure>"
            )
    return "\n".join(out)


def build_html(doc: HtmlReport) -> str:
    """The whole page as text (UTF-8)."""
    keys = "".join(
        f'<div class="key"><b>{escape(value)}</b><span>{escape(label)}</span></div>'
        for label, value in doc.key_figures
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.title)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{escape(doc.title)}</h1>",
        f'<p class="sub">{escape(doc.subtitle)}</p>',
        f'<div class="keys">{keys}</div>',
    ]
    if doc.narrative:
        parts.append(f"<h2>{escape(doc.narrative_title)}</h2>")
        for heading, text in doc.narrative:
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip()]
    parts += [_table(t) for t in doc.tables]
    if doc.method:
        parts.append(f"<h2>{escape(doc.method_title)}</h2><ol>")
        parts += [f"<li>{escape(note)}</li>" for note in doc.method]
        parts.append("</ol>")
    parts.append(f"<footer>{escape(doc.generated)}</footer></main></body></html>")
    return "\n".join(parts) + "\n"
