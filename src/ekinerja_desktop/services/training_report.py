"""Competency development reports per employee and per unit (PDF or .xlsx)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.jp import PNS_MIN_JP_PER_YEAR, PPPK_MAX_JP_PER_YEAR
from ekinerja_desktop.domain.nip import printed_nip
from ekinerja_desktop.services import report_files, training

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ekinerja_desktop.reports import Sheet
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

FORMATS = report_files.FORMATS
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    title: str
    employees: int
    below_target: int


def _jp(value: Decimal) -> float:
    return float(value)


def _meter_rows(meters: list[training.JpMeter]) -> list[list[object]]:
    return [
        [
            i,
            m.employee_name,
            printed_nip(m.employee_nip, m.asn_status),
            m.unit_name,
            m.asn_status,
            _jp(m.verified_jp),
            _jp(m.pending_jp),
            m.limit_jp,
            m.message,
        ]
        for i, m in enumerate(meters, 1)
    ]


_METER_HEADERS = (
    "No",
    "Nama",
    "NIP",
    "Unit",
    "Status ASN",
    "JP terverifikasi",
    "JP diajukan",
    "Target/Batas JP",
    "Keterangan",
)
_TRAINING_HEADERS = (
    "Nama",
    "NIP",
    "Jalur",
    "Jenis",
    "Judul kegiatan",
    "Penyelenggara",
    "Mulai",
    "Selesai",
    "Jam",
    "JP",
    "Alasan JP",
    "No. sertifikat",
    "Status",
    "Catatan",
)


def _activity_cells(r: training.TrainingRow) -> list[object]:
    """The activity itself: route, kind, title, organiser, dates, hours and JP."""
    return [
        r.route_label,
        r.kind_label,
        r.title,
        r.organiser,
        r.start_date,
        r.end_date,
        _jp(r.hours),
        _jp(r.jp_credited),
    ]


def _training_cells(r: training.TrainingRow) -> list[object]:
    person = [r.employee_name, r.employee_nip]
    return [*person, *_activity_cells(r), r.jp_reason, r.certificate_no, r.status, r.note]


def _activities_sheet(records: Sequence[training.TrainingRow]) -> Sheet:
    from ekinerja_desktop.reports import Sheet

    return Sheet(
        _("Kegiatan"),
        _TRAINING_HEADERS,
        [_training_cells(r) for r in records],
        {"Mulai": "date", "Selesai": "date", "Jam": "decimal", "JP": "decimal"},
    )


def unit_report(
    ws: Workspace, actor: Actor, year: int, out: Path, *, unit_id: str | None = None
) -> ReportResult:
    """JP recap of a unit (and sub-units): every employee's meter, who is below target,
    month by month, and the activities. ``unit_id`` None: everything the actor may see."""
    fmt = report_files.checked_format(out)
    meters = training.unit_overview(ws, actor, year, unit_id=unit_id)
    unit_name = ""
    if unit_id is not None:
        from ekinerja_desktop.services import master

        unit_name = next((u.path for u in master.list_units(ws, actor) if u.id == unit_id), unit_id)
    records = training.unit_trainings(ws, actor, year, unit_id=unit_id)
    below = [m for m in meters if m.below_target]
    over = [m for m in meters if m.over_cap]
    title = _("Rekap Pengembangan Kompetensi (JP) Tahun {y}").format(y=year)
    subtitle = [unit_name or _("Semua pegawai dalam wewenang Anda")]
    monthly = [sum((m.monthly[i] for m in meters), Decimal(0)) for i in range(12)]
    summary = [
        _("Jumlah pegawai: {n}.").format(n=len(meters)),
        _("PNS di bawah target {t} JP: {n} orang.").format(t=PNS_MIN_JP_PER_YEAR, n=len(below)),
        _("PPPK melebihi batas {t} JP: {n} orang.").format(t=PPPK_MAX_JP_PER_YEAR, n=len(over)),
        _("Total JP terverifikasi: {n}.").format(
            n=_jp(sum((m.verified_jp for m in meters), Decimal(0)))
        ),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == ".xlsx":
        from ekinerja_desktop.reports import Sheet, write_table_xlsx

        write_table_xlsx(
            out,
            [
                Sheet(
                    _("Rekap JP"),
                    _METER_HEADERS,
                    _meter_rows(meters),
                    {"JP terverifikasi": "decimal", "JP diajukan": "decimal"},
                ),
                Sheet(
                    _("Di bawah target"),
                    _METER_HEADERS,
                    _meter_rows(below),
                    {"JP terverifikasi": "decimal", "JP diajukan": "decimal"},
                ),
                Sheet(
                    _("Per bulan"),
                    ["Nama", "NIP", *MONTHS, "Total"],
                    [
                        [m.employee_name, m.employee_nip, *map(_jp, m.monthly), _jp(m.verified_jp)]
                        for m in meters
                    ],
                ),
                _activities_sheet(records),
            ],
        )
    else:
        from ekinerja_desktop.reports import (
            BarChart,
            Column,
            Section,
            TableBlock,
            build_sections_pdf,
        )

        meter_cols = [
            Column("No", 0.4, "right"),
            Column("Nama", 2.2),
            Column("NIP", 1.9),
            Column("Unit", 2.0),
            Column("Status", 0.7, "center"),
            Column("JP terverifikasi", 1.0, "right", 2),
            Column("JP diajukan", 0.9, "right", 2),
            Column("Target/Batas", 0.9, "right"),
            Column("Keterangan", 3.0),
        ]
        build_sections_pdf(
            title,
            [
                Section(_("Ringkasan"), summary),
                Section(
                    _("Pegawai di bawah target {t} JP").format(t=PNS_MIN_JP_PER_YEAR),
                    () if below else (_("Tidak ada: semua PNS memenuhi target."),),
                    TableBlock(meter_cols, _meter_rows(below)) if below else None,
                ),
                Section(
                    _("JP terverifikasi per bulan"),
                    (),
                    TableBlock(
                        [Column(m, 1.0, "right", 2) for m in MONTHS],
                        [[_jp(v) for v in monthly]],
                    ),
                    BarChart(MONTHS, {_("JP terverifikasi"): [_jp(v) for v in monthly]}),
                ),
                Section(_("Rekap JP per pegawai"), (), TableBlock(meter_cols, _meter_rows(meters))),
            ],
            out,
            subtitle_lines=subtitle,
            landscape=True,
        )
    return ReportResult(out, title, len(meters), len(below))


def employee_report(
    ws: Workspace, actor: Actor, year: int, out: Path, *, employee_id: str | None = None
) -> ReportResult:
    """One employee's year: JP meter, activities and development plan."""
    fmt = report_files.checked_format(out)
    meter = training.jp_meter(ws, actor, year, employee_id=employee_id)
    records = training.list_trainings(ws, actor, year, employee_id=meter.employee_id)
    plan = training.development_plan(ws, actor, year, employee_id=meter.employee_id)
    title = _("Pengembangan Kompetensi Pegawai Tahun {y}").format(y=year)
    subtitle = [
        f"{meter.employee_name} - NIP {printed_nip(meter.employee_nip, meter.asn_status)}",
        meter.unit_name,
    ]
    plan_headers = ["Rencana", "Jenis", "Bulan", "JP rencana", "Sumber", "Realisasi", "JP"]
    plan_rows: list[list[object]] = [
        [
            i.title,
            i.kind_label,
            MONTHS[i.planned_month - 1] if i.planned_month else "-",
            _jp(i.planned_jp),
            _("Evaluasi (pembinaan)") if i.source == "evaluation" else _("Mandiri"),
            f"{i.training_title} ({i.training_status})" if i.training_id else "-",
            _jp(i.realised_jp),
        ]
        for i in plan.items
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == ".xlsx":
        from ekinerja_desktop.reports import Sheet, write_table_xlsx

        write_table_xlsx(
            out,
            [
                _activities_sheet(records),
                Sheet(_("Rencana"), plan_headers, plan_rows),
                Sheet(
                    _("Per bulan"),
                    [*MONTHS, "Total", "Keterangan"],
                    [[*map(_jp, meter.monthly), _jp(meter.verified_jp), meter.message]],
                ),
            ],
        )
    else:
        from ekinerja_desktop.reports import Column, Section, TableBlock, build_sections_pdf

        build_sections_pdf(
            title,
            [
                Section(_("Capaian JP"), [meter.message]),
                Section(
                    _("Kegiatan pengembangan kompetensi"),
                    () if records else (_("Belum ada kegiatan tercatat."),),
                    TableBlock(
                        [
                            Column("Jalur", 1.2),
                            Column("Jenis", 1.4),
                            Column("Judul kegiatan", 3.0),
                            Column("Penyelenggara", 1.6),
                            Column("Mulai", 0.9),
                            Column("Selesai", 0.9),
                            Column("Jam", 0.6, "right", 2),
                            Column("JP", 0.6, "right", 2),
                            Column("Status", 1.0),
                        ],
                        [[*_activity_cells(r), r.status] for r in records],
                    )
                    if records
                    else None,
                ),
                Section(
                    _("Rencana pengembangan: {r} dari {n} terealisasi").format(
                        r=plan.realised_count, n=len(plan.items)
                    ),
                    () if plan.items else (_("Belum ada rencana."),),
                    TableBlock(
                        [
                            Column("Rencana", 3.0),
                            Column("Jenis", 1.4),
                            Column("Bulan", 0.6),
                            Column("JP rencana", 0.8, "right", 2),
                            Column("Sumber", 1.2),
                            Column("Realisasi", 3.0),
                            Column("JP", 0.6, "right", 2),
                        ],
                        plan_rows,
                    )
                    if plan.items
                    else None,
                ),
            ],
            out,
            subtitle_lines=subtitle,
            landscape=True,
        )
    return ReportResult(out, title, 1, 1 if meter.below_target else 0)
