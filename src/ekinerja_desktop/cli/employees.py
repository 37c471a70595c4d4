"""``ekinerja employees``: import and export the staff list as Excel workbooks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ekinerja_desktop.cli._common import (
    Subparsers,
    command,
    command_group,
    dry_run_option,
    open_as_actor,
)
from ekinerja_desktop.domain.i18n import _


def add_parsers(sub: Subparsers) -> None:
    emp_sub = command_group(sub, "employees", "data pegawai: impor/ekspor Excel")
    with command(
        emp_sub, "import", "impor pegawai dari berkas Excel (.xlsx)", cmd_employees_import
    ) as p:
        p.add_argument("file", type=Path, metavar="FILE.xlsx")
        dry_run_option(p)
    with command(
        emp_sub, "export", "ekspor pegawai ke berkas Excel (.xlsx)", cmd_employees_export
    ) as p:
        p.add_argument("file", type=Path, metavar="FILE.xlsx")
        p.add_argument("--unit", help="hanya unit ini (nama, kode atau jalur) beserta sub-unitnya")
        p.add_argument("--all", action="store_true", help="termasuk pegawai tidak aktif")
    pt = emp_sub.add_parser("template", help="tulis templat impor pegawai (.xlsx)")
    pt.add_argument("file", type=Path, metavar="FILE.xlsx")
    pt.set_defaults(handler=cmd_employees_template)


def cmd_employees_import(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import employee_excel

    with open_as_actor(args) as (ws, actor):
        preview = employee_excel.preview_import(ws, actor, args.file)
        for problem in preview.problems:
            print(problem.line(), file=sys.stdout if not problem.is_error else sys.stderr)
        if args.dry_run or not preview.ok:
            print(preview.summary())
            if not preview.ok:
                print(_("Tidak ada data yang disimpan."), file=sys.stderr)
            elif args.dry_run:
                print(_("Uji coba (--dry-run): tidak ada data yang disimpan."))
            return 0 if preview.ok else 1
        try:
            result = employee_excel.apply_import(ws, actor, args.file)
        except employee_excel.ImportRejectedError as exc:
            for problem in exc.preview.problems:
                if problem.is_error:
                    print(problem.line(), file=sys.stderr)
            print(exc.preview.summary())
            print(_("Tidak ada data yang disimpan."), file=sys.stderr)
            return 1
        print(result.summary())
        return 0


def cmd_employees_export(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import employee_excel, master

    with open_as_actor(args) as (ws, actor):
        unit_id = master.resolve_unit(ws, actor, args.unit).id if args.unit else None
        flt = master.EmployeeFilter(unit_id=unit_id, active=None if args.all else True)
        count = employee_excel.export_employees(ws, actor, flt, args.file)
    print(_("{n} pegawai diekspor ke {p}.").format(n=count, p=args.file))
    return 0


def cmd_employees_template(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import employee_excel

    employee_excel.write_template(args.file)
    print(_("Templat impor pegawai ditulis ke {p}.").format(p=args.file))
    return 0
