"""``ekinerja report``: official documents and recaps written to PDF or Excel."""

from __future__ import annotations

import argparse
from pathlib import Path

from ekinerja_desktop.cli import report_documents
from ekinerja_desktop.cli._common import (
    Subparsers,
    actor_option,
    common_options,
    open_as_actor,
)
from ekinerja_desktop.domain.i18n import _


def add_parsers(sub: Subparsers) -> None:
    p = sub.add_parser("report", help="cetak dokumen resmi ke PDF")
    report_sub = p.add_subparsers(dest="report_command", metavar="DOKUMEN", required=True)
    ps = report_sub.add_parser("skp", help="Dokumen SKP seorang pegawai (PDF)")
    common_options(ps)
    ps.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai (18 angka)")
    ps.add_argument("--year", type=int, required=True, help="tahun SKP")
    ps.add_argument(
        "--part",
        type=int,
        help="periode SKP ke-N tahun itu (mutasi/promosi; bawaan: yang berlaku)",
    )
    ps.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    actor_option(ps)
    ps.set_defaults(handler=cmd_report_skp)
    report_documents.add_parsers(report_sub)

    pt = report_sub.add_parser(
        "training", help="rekap pengembangan kompetensi (JP) per unit atau pegawai (PDF/.xlsx)"
    )
    common_options(pt)
    target = pt.add_mutually_exclusive_group(required=True)
    target.add_argument("--unit", help="kode, nama atau jalur unit (termasuk sub-unitnya)")
    target.add_argument("--nip", help="NIP/NI PPPK seorang pegawai")
    pt.add_argument("--year", type=int, required=True, help="tahun kegiatan")
    pt.add_argument("--out", type=Path, required=True, metavar="FILE.(xlsx|pdf)")
    actor_option(pt)
    pt.set_defaults(handler=cmd_report_training)

    for name, text in (
        ("evaluation", "Evaluasi Kinerja Pegawai seorang pegawai (PDF)"),
        ("cover", "Dokumen Evaluasi Kinerja Pegawai satu halaman (PDF)"),
    ):
        pv = report_sub.add_parser(name, help=text)
        common_options(pv)
        pv.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai (18 angka)")
        pv.add_argument("--year", type=int, required=True, help="tahun penilaian")
        pv.add_argument("--period", required=True, help="periode: Q1..Q4, S1, S2, M01..M12, AKHIR")
        pv.add_argument(
            "--part",
            type=int,
            help="periode SKP ke-N tahun itu (mutasi/promosi; bawaan: yang berlaku)",
        )
        pv.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
        actor_option(pv)
        pv.set_defaults(handler=cmd_report_evaluation, cover=name == "cover")

    pr = report_sub.add_parser(
        "recap", help="rekap bulanan log harian dan komponen kinerja TPP per unit (PDF/.xlsx)"
    )
    common_options(pr)
    pr.add_argument("--unit", required=True, help="kode, nama atau jalur unit (termasuk sub-unit)")
    pr.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan rekap")
    pr.add_argument("--out", type=Path, required=True, metavar="FILE.(xlsx|pdf)")
    actor_option(pr)
    pr.set_defaults(handler=cmd_report_recap)

    pp = report_sub.add_parser(
        "public",
        help="laporan kinerja ASN tahunan untuk publikasi (PDF, CSV, xlsx, HTML; tanpa nama)",
    )
    common_options(pp)
    pp.add_argument("--year", type=int, required=True, help="tahun laporan")
    pp.add_argument("--out", type=Path, metavar="DIR", help="folder tujuan")
    pp.add_argument(
        "--format",
        dest="formats",
        action="append",
        choices=["pdf", "csv", "xlsx", "html"],
        help="format berkas; boleh diulang (bawaan: pdf dan csv)",
    )
    pp.add_argument(
        "--show-narrative",
        action="store_true",
        help="cetak narasi BKPSDM tahun itu (capaian, tantangan, langkah selanjutnya)",
    )
    actor_option(pp)
    pp.set_defaults(handler=cmd_report_public)


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
