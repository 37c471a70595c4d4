"""``ekinerja report keberatan | angka-kredit | predikat-organisasi | tindak-lanjut``: the
appraisal documents besides the SKP and the evaluation itself, the same PDFs the
Penilaian page prints."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from ekinerja_desktop.cli._common import (
    Handler,
    Subparsers,
    actor_option,
    command,
    nip_option,
    open_as_actor,
    out_option,
    period_option,
    year_option,
)
from ekinerja_desktop.domain.i18n import _


@contextmanager
def document(
    report_sub: Subparsers, name: str, text: str, handler: Handler
) -> Iterator[argparse.ArgumentParser]:
    """A ``report NAME`` command writing one PDF: workspace and user options, ``--out``
    and ``--as`` before the block's own arguments."""
    with command(report_sub, name, text, handler, actor=False) as parser:
        out_option(parser)
        actor_option(parser)
        yield parser


def add_parsers(report_sub: Subparsers) -> None:
    with document(
        report_sub,
        "keberatan",
        "formulir keberatan atas hasil evaluasi dan keputusannya (PDF)",
        cmd_report_objection,
    ) as p:
        nip_option(p, "NIP/NI PPPK pegawai yang mengajukan keberatan")
        year_option(p)
        period_option(p)

    with document(
        report_sub,
        "angka-kredit",
        "konversi predikat kinerja ke angka kredit dan akumulasinya (PDF, PerBKN 3/2023)",
        cmd_report_credit,
    ) as p:
        nip_option(p, "NIP/NI PPPK pejabat fungsional")
        p.add_argument(
            "--year",
            type=int,
            action="append",
            required=True,
            dest="years",
            metavar="YEAR",
            help="tahun penilaian (boleh diulang: --year 2025 --year 2026)",
        )

    with document(
        report_sub,
        "predikat-organisasi",
        "Penetapan Predikat Kinerja Organisasi dengan distribusi predikat pegawai (PDF)",
        cmd_report_org_predikat,
    ) as p:
        p.add_argument(
            "--unit",
            action="append",
            required=True,
            dest="units",
            help="kode, nama atau jalur unit (boleh diulang)",
        )
        year_option(p)
        period_option(p)

    with document(
        report_sub,
        "tindak-lanjut",
        "daftar tindak lanjut hasil evaluasi (penghargaan, pembinaan) untuk Baperjakat (PDF)",
        cmd_report_follow_ups,
    ) as p:
        year_option(p)


def cmd_report_objection(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import evaluation
    from ekinerja_desktop.services.errors import NotFoundError

    with open_as_actor(args) as (ws, actor):
        code = evaluation.period_code(args.year, args.period)
        detail = evaluation.find_evaluation(ws, actor, args.nip, code)
        if not detail.objections:
            raise NotFoundError(
                _("{n} tidak mengajukan keberatan atas evaluasi {p}.").format(
                    n=detail.employee_name, p=detail.period_code
                ),
                hint=_("Periksa NIP dan periode."),
            )
        latest = detail.objections[-1]
        out = evaluation.export_objection_pdf(ws, actor, latest.id, args.out)
    print(
        _("Keberatan {n} atas evaluasi {p} ({s}) ditulis ke {f}.").format(
            n=detail.employee_name, p=detail.period_code, s=latest.status, f=out
        )
    )
    return 0


def cmd_report_credit(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import evaluation, organisation

    with open_as_actor(args) as (ws, actor):
        employee_id = organisation.employee_id_by_nip(ws, args.nip)
        rows = evaluation.credit_conversion(ws, actor, employee_id, args.years)
        out = evaluation.export_credit_conversion(ws, actor, employee_id, args.years, args.out)
    print(
        _("Konversi angka kredit ({n} tahun dengan hasil akhir) ditulis ke {f}.").format(
            n=len(rows), f=out
        )
    )
    return 0


def cmd_report_org_predikat(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import evaluation, master

    with open_as_actor(args) as (ws, actor):
        code = evaluation.period_code(args.year, args.period)
        unit_ids = [master.resolve_unit(ws, actor, text).id for text in args.units]
        out = evaluation.export_org_predikat(ws, actor, unit_ids, code, args.out)
    print(
        _("Penetapan Predikat Kinerja Organisasi {p} ({n} unit) ditulis ke {f}.").format(
            p=code, n=len(unit_ids), f=out
        )
    )
    return 0


def cmd_report_follow_ups(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import evaluation

    with open_as_actor(args) as (ws, actor):
        rows = evaluation.follow_up_list(ws, actor, args.year)
        out = evaluation.export_follow_up_list(ws, actor, args.year, args.out)
    print(
        _("Daftar tindak lanjut {y} ({n} baris) ditulis ke {f}.").format(
            y=args.year, n=len(rows), f=out
        )
    )
    return 0
