"""``ekinerja report``: official documents and recaps written to PDF or Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from ekinerja_desktop.cli import report_documents
from ekinerja_desktop.cli._common import (
    Subparsers,
    command,
    command_group,
    nip_option,
    open_as_actor,
    out_option,
    part_option,
    period_option,
    year_option,
)
from ekinerja_desktop.domain.i18n import _


def add_parsers(sub: Subparsers) -> None:
    report_sub = command_group(sub, "report", "cetak dokumen resmi ke PDF", metavar="DOKUMEN")
    with command(report_sub, "skp", "Dokumen SKP seorang pegawai (PDF)", cmd_report_skp) as p:
        nip_option(p)
        year_option(p, "tahun SKP")
        part_option(p)
        out_option(p)
    report_documents.add_parsers(report_sub)

    with command(
        report_sub,
        "training",
        "rekap pengembangan kompetensi (JP) per unit atau pegawai (PDF/.xlsx)",
        cmd_report_training,
    ) as p:
        target = p.add_mutually_exclusive_group(required=True)
        target.add_argument("--unit", help="kode, nama atau jalur unit (termasuk sub-unitnya)")
        target.add_argument("--nip", help="NIP/NI PPPK seorang pegawai")
        year_option(p, "tahun kegiatan")
        out_option(p, "FILE.(xlsx|pdf)")

    for name, text in (
        ("evaluation", "Evaluasi Kinerja Pegawai seorang pegawai (PDF)"),
        ("cover", "Dokumen Evaluasi Kinerja Pegawai satu halaman (PDF)"),
    ):
        with command(report_sub, name, text, cmd_report_evaluation) as p:
            nip_option(p)
            year_option(p)
            period_option(p)
            part_option(p)
            out_option(p)
            p.set_defaults(cover=name == "cover")

    with command(
        report_sub,
        "recap",
        "rekap bulanan log harian dan komponen kinerja TPP per unit (PDF/.xlsx)",
        cmd_report_recap,
    ) as p:
        p.add_argument(
            "--unit", required=True, help="kode, nama atau jalur unit (termasuk sub-unit)"
        )
        p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan rekap")
        out_option(p, "FILE.(xlsx|pdf)")

    with command(
        report_sub,
        "public",
        "laporan kinerja ASN tahunan untuk publikasi (PDF, CSV, xlsx, HTML; tanpa nama)",
        cmd_report_public,
    ) as p:
        year_option(p, "tahun laporan")
        p.add_argument("--out", type=Path, metavar="DIR", help="folder tujuan")
        p.add_argument(
            "--format",
            dest="formats",
            action="append",
            choices=["pdf", "csv", "xlsx", "html"],
            help="format berkas; boleh diulang (bawaan: pdf dan csv)",
        )
        p.add_argument(
            "--show-narrative",
            action="store_true",
            help="cetak narasi BKPSDM tahun itu (capaian, tantangan, langkah selanjutnya)",
        )


def cmd_report_skp(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import skp

    with open_as_actor(args) as (ws, actor):
        detail = skp.find_skp(ws, actor, args.nip, args.year, args.part)
        out = skp.export_pdf(ws, actor, detail.summary.id, args.out)
    print(
        _("Dokumen SKP {y} {n} (revisi {r}, {s}) ditulis ke {p}.").format(
            y=detail.summary.year,
            n=detail.summary.employee_name,
            r=detail.summary.revision,
            s=detail.summary.status,
            p=out,
        )
    )
    return 0


def cmd_report_training(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master, organisation, training_report

    with open_as_actor(args) as (ws, actor):
        if args.unit:
            unit = master.resolve_unit(ws, actor, args.unit)
            result = training_report.unit_report(ws, actor, args.year, args.out, unit_id=unit.id)
        else:
            employee_id = organisation.employee_id_by_nip(ws, args.nip)
            result = training_report.employee_report(
                ws, actor, args.year, args.out, employee_id=employee_id
            )
    print(
        _("{t}: {n} pegawai, {b} di bawah target; ditulis ke {p}.").format(
            t=result.title, n=result.employees, b=result.below_target, p=result.path
        )
    )
    return 0


def cmd_report_recap(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master, recap
    from ekinerja_desktop.services.errors import ValidationError

    try:
        year_text, month_text = args.month.split("-")
        year, month = int(year_text), int(month_text)
    except ValueError as exc:
        raise ValidationError(
            _("Bulan {m!r} tidak valid.").format(m=args.month),
            hint=_("Tulis bulan sebagai YYYY-MM, misalnya 2026-03."),
        ) from exc
    with open_as_actor(args) as (ws, actor):
        unit = master.resolve_unit(ws, actor, args.unit)
        result = recap.unit_recap(ws, actor, unit.id, year, month)
        path = recap.export_recap(result, args.out, ws=ws, actor=actor)
    print(
        _("Rekap log harian {u} {m}: {n} pegawai; ditulis ke {p}.").format(
            u=result.unit_name, m=args.month, n=len(result.rows), p=path
        )
    )
    return 0


def cmd_report_evaluation(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import evaluation

    with open_as_actor(args) as (ws, actor):
        code = evaluation.period_code(args.year, args.period)
        detail = evaluation.find_evaluation(ws, actor, args.nip, code, args.part)
        out = evaluation.export_pdf(ws, actor, detail.id, args.out, cover=args.cover)
    print(
        _("Evaluasi {p} {n} (revisi {r}, {s}) ditulis ke {f}.").format(
            p=detail.period_code, n=detail.employee_name, r=detail.revision, s=detail.status, f=out
        )
    )
    return 0


def cmd_report_public(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import transparency
    from ekinerja_desktop.services.errors import ValidationError

    if args.out is None and not args.show_narrative:
        raise ValidationError(
            _("Sebutkan folder tujuan dengan --out DIR."),
            hint=_("Atau --show-narrative untuk mencetak narasi saja."),
        )
    with open_as_actor(args) as (ws, actor):
        if args.show_narrative:
            text = transparency.narrative(ws, args.year)
            if text.empty:
                print(_("Belum ada narasi untuk tahun {y}.").format(y=args.year))
            for heading, body in text.parts():
                print(f"## {heading}")
                print(body)
                print()
        if args.out is None:
            return 0
        files = transparency.write_report(
            ws, actor, args.year, args.out, formats=tuple(args.formats or ("pdf", "csv"))
        )
    report = files.report
    print(
        _("Laporan publik {y}: {n} pegawai, {g} OPD digabung, {h} sel disembunyikan.").format(
            y=report.year, n=report.people, g=len(report.merged_opds), h=report.suppressed_cells
        )
    )
    for path in files.files:
        print(path)
    return 0
