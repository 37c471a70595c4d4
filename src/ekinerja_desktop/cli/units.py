"""``ekinerja units`` and ``mapping``: the unit tree and who appraises whom, without the
GUI (what a central needs before anyone can enroll); the same services and checks as
the Master pages."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ekinerja_desktop.cli._common import (
    Subparsers,
    command,
    command_group,
    open_as_actor,
    plain_command,
)
from ekinerja_desktop.domain.i18n import _

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace

UNIT_KINDS = ["opd", "bidang", "bagian", "seksi", "subbagian", "uptd", "kecamatan", "kelurahan"]


def add_parsers(sub: Subparsers) -> None:
    units_sub = command_group(sub, "units", "unit kerja: daftar, tambah, ubah nama")
    plain_command(
        units_sub, "list", "daftar unit kerja (jalur, kode, jumlah pegawai)", cmd_units_list
    )
    with command(units_sub, "add", "tambah unit kerja", cmd_units_add) as p:
        p.add_argument("name", metavar="NAMA")
        p.add_argument("--code", default="", help="kode unit, mis. DINKES")
        p.add_argument("--kind", default="opd", choices=UNIT_KINDS)
        p.add_argument("--parent", metavar="UNIT", help="unit induk (kode, nama atau jalur)")
    with command(units_sub, "rename", "ubah nama (dan kode) unit kerja", cmd_units_rename) as p:
        p.add_argument("unit", metavar="UNIT", help="kode, nama atau jalur unit")
        p.add_argument("name", metavar="NAMA_BARU")
        p.add_argument("--code", help="kode baru (bawaan: tetap)")

    map_sub = command_group(sub, "mapping", "pejabat penilai (pemetaan atasan) per tahun")
    with command(
        map_sub, "list", "daftar pemetaan pejabat penilai satu tahun", cmd_mapping_list
    ) as p:
        p.add_argument("--year", type=int, required=True)
        p.add_argument("--unit", metavar="UNIT", help="hanya unit ini beserta sub-unitnya")
    with command(map_sub, "set", "tetapkan pejabat penilai seorang pegawai", cmd_mapping_set) as p:
        p.add_argument("--employee", required=True, metavar="NIP", help="NIP pegawai")
        p.add_argument("--supervisor", required=True, metavar="NIP", help="NIP pejabat penilai")
        p.add_argument("--year", type=int, required=True)
        p.add_argument(
            "--from", dest="valid_from", metavar="YYYY-MM-DD", help="berlaku mulai (bawaan: 1 Jan)"
        )


def employee_id_by_nip(ws: Workspace, actor: Actor, nip: str) -> str:
    from ekinerja_desktop.services import master
    from ekinerja_desktop.services.errors import NotFoundError

    key = "".join(ch for ch in nip if ch.isdigit())
    rows = master.list_employees(ws, actor, master.EmployeeFilter(text=key, active=None))
    hits = [r for r in rows if r.nip == key]
    if not hits:
        raise NotFoundError(
            _("Pegawai dengan NIP {n} tidak ditemukan.").format(n=nip),
            hint=_("Periksa NIP; pegawai dapat diimpor dengan 'ekinerja employees import'."),
        )
    return hits[0].id


def cmd_units_list(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    with open_as_actor(args) as (ws, actor):
        units = master.list_units(ws, actor)
    for unit in units:
        state = "" if unit.active else " " + _("(tidak aktif)")
        print(f"{unit.code or '-':12} {unit.kind:10} {unit.employee_count:6}  {unit.path}{state}")
    return 0


def cmd_units_add(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    with open_as_actor(args) as (ws, actor):
        parent = master.resolve_unit(ws, actor, args.parent).id if args.parent else None
        data = master.UnitInput(name=args.name, kind=args.kind, parent_id=parent, code=args.code)
        unit = master.create_unit(ws, actor, data)
    print(_("Unit {u} ditambahkan.").format(u=unit.path))
    return 0


def cmd_units_rename(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    with open_as_actor(args) as (ws, actor):
        unit = master.resolve_unit(ws, actor, args.unit)
        data = master.UnitInput(
            name=args.name,
            kind=unit.kind,
            parent_id=unit.parent_id,
            code=unit.code if args.code is None else args.code,
            saturday_workday=unit.saturday_workday,
        )
        renamed = master.update_unit(ws, actor, unit.id, data)
    print(_("Unit {a} sekarang bernama {b}.").format(a=unit.path, b=renamed.path))
    return 0


def cmd_mapping_list(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    with open_as_actor(args) as (ws, actor):
        unit_id = master.resolve_unit(ws, actor, args.unit).id if args.unit else None
        rows = master.list_mapping(ws, actor, args.year, unit_id=unit_id)
    for row in rows:
        span = f"{row.valid_from.isoformat()}..{row.valid_to.isoformat()}"
        print(
            f"{row.employee_nip} {row.employee_name}  <-  "
            f"{row.supervisor_nip} {row.supervisor_name}  ({span})"
        )
    return 0


def cmd_mapping_set(args: argparse.Namespace) -> int:
    from datetime import date

    from ekinerja_desktop.services import master
    from ekinerja_desktop.services.errors import ValidationError

    with open_as_actor(args) as (ws, actor):
        try:
            start = date.fromisoformat(args.valid_from) if args.valid_from else None
        except ValueError as exc:
            raise ValidationError(
                _("Tanggal {d} tidak sah.").format(d=args.valid_from),
                hint=_("Tulis tanggal sebagai YYYY-MM-DD."),
            ) from exc
        employee = employee_id_by_nip(ws, actor, args.employee)
        supervisor = employee_id_by_nip(ws, actor, args.supervisor)
        row = master.set_supervisor(ws, actor, employee, supervisor, args.year, valid_from=start)
    print(
        _("{e} dinilai oleh {s} mulai {d}.").format(
            e=row.employee_name, s=row.supervisor_name, d=row.valid_from.isoformat()
        )
    )
    return 0
