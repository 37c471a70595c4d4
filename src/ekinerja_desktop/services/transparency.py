"""Public annual report (laporan kinerja ASN): aggregates per OPD and city-wide, with the
privacy rules applied, written as PDF and CSV.

Privacy rules (stated in the report itself):

- No names, NIPs or any other person-level field ever enter the report data.
- Every OPD row covers at least ``MIN_GROUP`` (5) people: smaller OPDs are merged into
  "Lainnya"; when that group is still too small, the smallest remaining OPDs join it.
- Counts of 1-4 people in a cell are suppressed ("<5"); when a row would then have a
  single suppressed cell, the next smallest cell is suppressed too ("x") so the hidden
  value cannot be computed from the row total. Zero is shown.
- City-wide predikat categories with 1-4 people are merged with a neighbouring category.
- A rate (percentage) is shown only when its denominator has at least 5 people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ekinerja_desktop.domain.fmt import format_number
from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR
from ekinerja_desktop.domain.ratings import Predikat
from ekinerja_desktop.domain.roles import Role
from ekinerja_desktop.domain.timeutil import now_utc
from ekinerja_desktop.domain.verification import DocumentKind
from ekinerja_desktop.services import auth, issuance
from ekinerja_desktop.services.central import (
    MONTHS,
    Aggregate,
    Figures,
    figures,
    group_people,
    opd_order,
    period_label,
    refresh_rollup,
    write_csv,
)
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.models import LOG_YEAR_ROLLUP, Evaluation, Skp, Training

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

MIN_GROUP = 5
SMALL = "<5"
HIDDEN = "x"
OTHERS = "Lainnya (gabungan OPD kecil)"


@dataclass(frozen=True)
class PublicTable:
    """One public table: column labels, rows of numbers, "<5"/"x" or text, and notes."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublicReport:
    year: int
    agency: str
    period_code: str
    period_label: str
    as_of: date  # working days counted up to the day before
    generated_at: datetime
    people: int
    summary: PublicTable
    predikat_city: PublicTable
    per_opd: PublicTable
    log_by_month: PublicTable
    merged_opds: tuple[str, ...]  # OPD names merged into "Lainnya"
    suppressed_cells: int
    method: tuple[str, ...]

    def tables(self) -> tuple[PublicTable, ...]:
        return (self.summary, self.predikat_city, self.per_opd, self.log_by_month)


@dataclass(frozen=True)
class PublicFiles:
    pdf: Path
    csv: tuple[Path, ...]
    report: PublicReport


# --- privacy helpers -------------------------------------------------------------------
def _rate(value: float | None, denominator: int) -> float | str | None:
    if value is None:
        return None
    return value if denominator >= MIN_GROUP else HIDDEN


def suppress_counts(counts: Sequence[int]) -> tuple[list[int | str], int]:
    """Primary suppression of 1-4, then secondary suppression so that no single hidden
    cell can be recovered from the row total. Returns the cells and how many are hidden."""
    cells: list[int | str] = [SMALL if 0 < c < MIN_GROUP else c for c in counts]
    hidden = [i for i, c in enumerate(cells) if c == SMALL]
    if len(hidden) == 1:
        candidates = [(c, i) for i, c in enumerate(counts) if i not in hidden and c > 0]
        if candidates:
            _value, i = min(candidates)
            cells[i] = HIDDEN
    return cells, sum(1 for c in cells if c in (SMALL, HIDDEN))


def merge_categories(labels: Sequence[str], counts: Sequence[int]) -> tuple[list[str], list[int]]:
    """Merge categories holding 1-4 people with a neighbour (the smaller one) until none
    is left; labels of merged categories are joined with "/". Totals are unchanged."""
    groups = [([label], count) for label, count in zip(labels, counts, strict=True)]
    while len(groups) > 1:
        small = [i for i, (_l, c) in enumerate(groups) if 0 < c < MIN_GROUP]
        if not small:
            break
        i = small[0]
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(groups)]
        j = min(neighbours, key=lambda k: (groups[k][1] == 0, groups[k][1]))
        a, b = sorted((i, j))
        groups[a] = (groups[a][0] + groups[b][0], groups[a][1] + groups[b][1])
        del groups[b]
    return ["/".join(g[0]) for g in groups], [g[1] for g in groups]


def _merge_small(
    data: Figures, by_opd: dict[str, Aggregate], opds: list[str]
) -> tuple[list[tuple[str, Aggregate]], list[str]]:
    """OPD groups of at least MIN_GROUP people; the rest merged into "Lainnya"."""
    keep = [o for o in opds if by_opd[o].people >= MIN_GROUP]
    small = [o for o in opds if o not in keep]
    others = Aggregate()
    for o in small:
        others.merge(by_opd[o])
    while small and others.people < MIN_GROUP and keep:
        smallest = min(keep, key=lambda o: (by_opd[o].people, data.tree.by_id[o].name))
        keep.remove(smallest)
        small.append(smallest)
        others.merge(by_opd[smallest])
    groups = [(data.tree.by_id[o].name, by_opd[o]) for o in keep]
    if small:
        groups.append((_(OTHERS), others))
    return groups, [data.tree.by_id[o].name for o in opd_order(data, small)]


# --- building --------------------------------------------------------------------------
def _has_data(ws: Workspace, year: int) -> bool:
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ws.read() as session:
        for stmt in (
            select(func.count()).select_from(Skp).where(Skp.year == year, Skp.deleted.is_(False)),
            select(func.count())
            .select_from(Evaluation)
            .where(Evaluation.year == year, Evaluation.deleted.is_(False)),
            select(func.count()).select_from(LOG_YEAR_ROLLUP).where(LOG_YEAR_ROLLUP.c.year == year),
            select(func.count())
            .select_from(Training)
            .where(
                Training.start_date >= first,
                Training.start_date <= last,
                Training.deleted.is_(False),
            ),
        ):
            if session.execute(stmt).scalar_one():
                return True
    return False


PREDIKAT_LABELS = tuple(p.short_label for p in Predikat)


def build_report(ws: Workspace, actor: Actor, year: int) -> PublicReport:
    """The public report data of ``year`` (Admin Pusat). Raises ValidationError when the
    year has no performance data or too few people to publish anything."""
    auth.require(actor, Role.ADMIN_PUSAT)
    refresh_rollup(ws)
    if not _has_data(ws, year):
        raise ValidationError(
            _("Belum ada data kinerja untuk tahun {y}: laporan publik tidak dibuat.").format(
                y=year
            ),
            hint=_("Pilih tahun yang sudah berisi SKP, log harian, evaluasi atau pelatihan."),
        )
    with ws.read() as session:
        data = figures(ws, session, year, period_code=None, opd_ids=None)
    by_opd = group_people(data, lambda p: p.opd_id)
    city = Aggregate()
    for agg in by_opd.values():
        city.merge(agg)
    if city.people < MIN_GROUP:
        raise ValidationError(
            _("Terlalu sedikit pegawai ({n}) untuk laporan publik (minimal {m}).").format(
                n=city.people, m=MIN_GROUP
            ),
            hint=_("Laporan publik hanya memuat kelompok minimal {m} orang.").format(m=MIN_GROUP),
        )
    groups, merged = _merge_small(data, by_opd, opd_order(data, by_opd))
    period = period_label(data)
    hidden_total = 0
    opd_rows: list[tuple[Any, ...]] = []
    for name, agg in groups:
        evaluated = agg.evaluated
        if evaluated < MIN_GROUP:
            pred_cells: list[int | str] = [HIDDEN] * len(PREDIKAT_LABELS)
            shown_evaluated: int | str = SMALL if evaluated else 0
            hidden = len(PREDIKAT_LABELS) if evaluated else 0
            if not evaluated:
                pred_cells = [0] * len(PREDIKAT_LABELS)
        else:
            pred_cells, hidden = suppress_counts([agg.predikat[p.value] for p in Predikat])
            shown_evaluated = evaluated
        hidden_total += hidden
        opd_rows.append(
            (
                name,
                agg.people,
                _rate(agg.skp_rate, agg.people),
                _rate(agg.log_rate(), agg.people),
                _rate(agg.eval_rate, agg.skp["Disetujui"]),
                _rate(agg.jp_rate, agg.pns),
                shown_evaluated,
                *pred_cells,
            )
        )
    city_labels, city_counts = merge_categories(
        PREDIKAT_LABELS, [city.predikat[p.value] for p in Predikat]
    )
    evaluated = city.evaluated
    predikat_rows: tuple[tuple[Any, ...], ...] = ()
    if evaluated >= MIN_GROUP:
        predikat_rows = (
            *(
                (label, count, round(100.0 * count / evaluated, 1))
                for label, count in zip(city_labels, city_counts, strict=True)
            ),
            (_("Jumlah"), evaluated, 100.0),
        )
    rate_cols = (
        _("SKP disetujui (%)"),
        _("Kepatuhan log harian (%)"),
        _("Evaluasi {p} selesai (%)").format(p=period),
        _("PNS >= {n} JP (%)").format(n=PNS_MIN_JP_PER_YEAR),
    )
    summary = PublicTable(
        "ringkasan",
        _("Ringkasan kota {y}").format(y=year),
        (_("Indikator"), _("Nilai")),
        (
            (_("Pegawai ASN aktif"), city.people),
            (_("Kelompok OPD dalam laporan"), len(groups)),
            (rate_cols[0], _rate(city.skp_rate, city.people)),
            (rate_cols[1], _rate(city.log_rate(), city.people)),
            (rate_cols[2], _rate(city.eval_rate, city.skp["Disetujui"])),
            (rate_cols[3], _rate(city.jp_rate, city.pns)),
            (
                _("Pegawai dengan predikat {p}").format(p=period),
                evaluated if evaluated >= MIN_GROUP or not evaluated else SMALL,
            ),
        ),
    )
    if not predikat_rows:
        predikat_notes: tuple[str, ...] = (
            _("Belum ada cukup evaluasi yang ditandatangani untuk ditampilkan."),
        )
    elif len(city_labels) < len(PREDIKAT_LABELS):
        predikat_notes = (
            _("Kategori dengan kurang dari 5 orang digabung dengan kategori di sebelahnya."),
        )
    else:
        predikat_notes = ()
    predikat_city = PublicTable(
        "predikat",
        _("Distribusi predikat kinerja pegawai - {p} {y}").format(p=period, y=year),
        (_("Predikat"), _("Jumlah pegawai"), _("Persentase (%)")),
        predikat_rows,
        predikat_notes,
    )
    per_opd = PublicTable(
        "opd",
        _("Kinerja ASN per OPD {y}").format(y=year),
        (
            _("OPD"),
            _("Pegawai"),
            *rate_cols,
            _("Dinilai ({p})").format(p=period),
            *PREDIKAT_LABELS,
        ),
        tuple(opd_rows),
        (
            _(
                "'<5' = kurang dari 5 orang; 'x' = disembunyikan agar nilai '<5' tidak dapat "
                "dihitung dari jumlah; kosong = belum ada data."
            ),
        ),
    )
    months = [m for m in range(12) if city.work[m]]
    log_by_month = PublicTable(
        "log_bulanan",
        _("Kepatuhan log harian per bulan {y}").format(y=year),
        (_("Bulan"), _("Hari kerja pegawai"), _("Hari dengan log disetujui"), _("Kepatuhan (%)")),
        tuple(
            (f"{MONTHS[m]} {year}", city.work[m], city.approved[m], city.log_rate(m))
            for m in months
        ),
    )
    last_day = data.cutoff.toordinal() - 1
    method = (
        _(
            "Sumber: basis data e-Kinerja Desktop kantor pusat (BKPSDM) berisi kiriman semua "
            "OPD; data s.d. {d}. Pegawai dihitung di unit kerjanya saat ini (aktif)."
        ).format(d=date.fromordinal(last_day).strftime("%d-%m-%Y")),
        _(
            "SKP disetujui: pegawai yang memiliki SKP tahun {y} dengan status Disetujui, "
            "dibagi seluruh pegawai aktif."
        ).format(y=year),
        _(
            "Kepatuhan log harian: hari kerja (kalender unit, masa aktif pegawai) yang memiliki "
            "minimal satu entri log harian yang disetujui atasan, dibagi seluruh hari kerja "
            "pegawai s.d. tanggal data."
        ),
        _(
            "Evaluasi selesai: evaluasi periode {p} yang sudah ditandatangani atau diakui, "
            "dibagi pegawai dengan SKP disetujui. Predikat diambil dari revisi terakhir yang "
            "ditandatangani pada periode {p}."
        ).format(p=period),
        _(
            "Capaian JP: PNS dengan minimal {n} JP pengembangan kompetensi terverifikasi dalam "
            "tahun {y}, dibagi seluruh PNS."
        ).format(n=PNS_MIN_JP_PER_YEAR, y=year),
        _(
            "Perlindungan data pribadi: laporan ini hanya memuat angka agregat, tanpa nama atau "
            "NIP. Setiap baris mencakup minimal {m} orang; angka 1-4 ditampilkan sebagai '<5' "
            "dan satu angka lain pada baris yang sama disembunyikan ('x') bila perlu; "
            "persentase hanya ditampilkan bila penyebutnya minimal {m} orang."
        ).format(m=MIN_GROUP),
        (
            _("OPD dengan kurang dari {m} pegawai digabung ke '{o}': {names}.").format(
                m=MIN_GROUP, o=_(OTHERS), names=", ".join(merged)
            )
            if merged
            else _("Tidak ada OPD yang digabung: semua OPD memiliki minimal {m} pegawai.").format(
                m=MIN_GROUP
            )
        ),
        _("Sel yang disembunyikan pada tabel per OPD: {n}.").format(n=hidden_total),
    )
    return PublicReport(
        year=year,
        agency=ws.node.agency,
        period_code=data.period_code,
        period_label=period,
        as_of=data.cutoff,
        generated_at=now_utc(),
        people=city.people,
        summary=summary,
        predikat_city=predikat_city,
        per_opd=per_opd,
        log_by_month=log_by_month,
        merged_opds=tuple(merged),
        suppressed_cells=hidden_total,
        method=method,
    )


# --- writing ---------------------------------------------------------------------------
def base_name(year: int) -> str:
    return f"laporan-kinerja-ASN-{year}"


def _pdf_doc(report: PublicReport) -> Any:
    from ekinerja_desktop.reports import BarChart, Column
    from ekinerja_desktop.reports.public_pdf import PublicReportDoc
    from ekinerja_desktop.reports.public_pdf import PublicTable as PdfTable

    def percent_text(value: Any) -> str:
        if value is None:
            return "-"
        if isinstance(value, float):
            return format_number(value, decimals=1) + "%"
        return str(value)

    opd = report.per_opd
    per_opd_rows = [
        [row[0], row[1], *(percent_text(v) for v in row[2:6]), *row[6:]] for row in opd.rows
    ]
    opd_cols = [
        Column(opd.columns[0], 3.0),
        Column(opd.columns[1], 0.8, "right"),
        *(Column(c, 1.0, "right") for c in opd.columns[2:6]),
        Column(opd.columns[6], 0.9, "right"),
        *(Column(c, 0.9, "right") for c in opd.columns[7:]),
    ]

    def chart_of(index: int, title: str) -> BarChart:
        shown = [(row[0], row[index]) for row in opd.rows if isinstance(row[index], float)]
        return BarChart(
            [name for name, _v in shown],
            {title: [float(v) for _n, v in shown]},
            horizontal=True,
        )

    key = [
        (str(row[0]), percent_text(row[1]) if isinstance(row[1], float) else _fmt_int(row[1]))
        for row in report.summary.rows
    ]
    predikat = report.predikat_city
    month = report.log_by_month
    tables = [
        PdfTable(
            predikat.title,
            [
                Column(predikat.columns[0], 3.0),
                Column(predikat.columns[1], 1.0, "right"),
                Column(predikat.columns[2], 1.0, "right", 1),
            ],
            [list(r) for r in predikat.rows],
            predikat.notes,
        ),
        PdfTable(opd.title, opd_cols, per_opd_rows, opd.notes),
    ]
    for index in (2, 3, 5):
        title = opd.columns[index]
        tables.append(
            PdfTable(title + " " + _("per OPD"), [], [], (), chart_of(index, title), True)
        )
    tables.append(
        PdfTable(
            month.title,
            [
                Column(month.columns[0], 1.2),
                Column(month.columns[1], 1.0, "right"),
                Column(month.columns[2], 1.0, "right"),
                Column(month.columns[3], 1.0, "right", 1),
            ],
            [list(r) for r in month.rows],
            (),
            BarChart(
                [str(r[0]) for r in month.rows],
                {month.columns[3]: [float(r[3] or 0) for r in month.rows]},
            ),
            True,
        )
    )
    pie_rows = [r for r in predikat.rows if r[0] != _("Jumlah")]
    return PublicReportDoc(
        title=_("Laporan Kinerja ASN {a} Tahun {y}").format(a=report.agency, y=report.year),
        subtitle_lines=[
            _("Data s.d. {d}; predikat periode {p}").format(
                d=date.fromordinal(report.as_of.toordinal() - 1).strftime("%d-%m-%Y"),
                p=report.period_label,
            )
        ],
        key_figures=key,
        tables=tables,
        pie_labels=[str(r[0]) for r in pie_rows],
        pie_values=[float(r[1]) for r in pie_rows],
        pie_title=predikat.title,
        method_notes=report.method,
        generated_at=report.generated_at,
    )


def _fmt_int(value: Any) -> str:
    return (
        format_number(value) if isinstance(value, int) else str(value if value is not None else "-")
    )


def write_report(ws: Workspace, actor: Actor, year: int, out_dir: Path) -> PublicFiles:
    """Write ``laporan-kinerja-ASN-YEAR.pdf`` and its CSV tables into ``out_dir``."""
    from ekinerja_desktop.reports.public_pdf import build_public_pdf

    report = build_report(ws, actor, year)
    out_dir.mkdir(parents=True, exist_ok=True)
    base = base_name(year)
    csv_files = tuple(
        write_csv(out_dir / f"{base}-{table.key}.csv", table.columns, table.rows)
        for table in report.tables()
    )
    doc = _pdf_doc(report)
    ref = issuance.RecordRef(
        kind=DocumentKind.PUBLIC_REPORT,
        table="public_report",
        record_id=str(year),
        revision=0,
        status="",
        final=True,
        content_hash=issuance.content_digest(
            [
                report.year,
                report.period_code,
                report.people,
                report.as_of,
                *(asdict(table) for table in report.tables()),
            ]
        ),
    )
    issued = issuance.issue_pdf(
        ws,
        actor,
        ref,
        out_dir / f"{base}.pdf",
        lambda stamp, f: build_public_pdf(doc, f, stamp=stamp),
    )
    return PublicFiles(issued.path, csv_files, report)
