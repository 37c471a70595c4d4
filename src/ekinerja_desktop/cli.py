"""Headless commands: ``ekinerja <command>``. Parsing here, work in services."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ekinerja_desktop import __version__
from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.i18n import _

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.keyslots import Unlocked
    from ekinerja_desktop.services.workspace import Workspace

Handler = Callable[[argparse.Namespace], int]


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="folder data ruang kerja (bawaan: folder data pengguna platform)",
    )
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        help="URL basis data, mis. postgresql+psycopg://user@host/db "
        "(atau variabel EKINERJA_DATABASE_URL)",
    )
    parser.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        metavar="USER",
        help="pengguna yang membuka ruang kerja terenkripsi (kata sandi dari "
        "EKINERJA_PASSWORD atau diketik saat diminta)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ekinerja",
        description=(
            "e-Kinerja Desktop - pengelolaan kinerja ASN Pemerintah Kota Palu. "
            "Tanpa perintah: membuka aplikasi (GUI)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"e-Kinerja Desktop {__version__}")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    _common(parser)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    p = sub.add_parser("init", help="buat ruang kerja baru tanpa GUI")
    _common(p)
    p.add_argument("--role", required=True, choices=["office", "laptop", "central"])
    p.add_argument("--agency", required=True, help='nama instansi, mis. "Pemerintah Kota Palu"')
    p.add_argument("--admin", required=True, help="nama pengguna administrator pertama")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="buat ruang kerja demo (data contoh Kota Palu)")
    _common(p)
    p.add_argument("--scale", choices=["office", "city"], default="office")
    p.add_argument("--seed", type=int, default=2026)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("audit", help="jejak audit")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="AKSI", required=True)
    pv = audit_sub.add_parser("verify", help="periksa rantai hash jejak audit")
    _common(pv)
    pv.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser("employees", help="data pegawai: impor/ekspor Excel")
    emp_sub = p.add_subparsers(dest="employees_command", metavar="AKSI", required=True)
    pi = emp_sub.add_parser("import", help="impor pegawai dari berkas Excel (.xlsx)")
    _common(pi)
    pi.add_argument("file", type=Path, metavar="FILE.xlsx")
    pi.add_argument("--dry-run", action="store_true", help="hanya periksa, jangan simpan")
    _actor_option(pi)
    pi.set_defaults(handler=cmd_employees_import)
    pe = emp_sub.add_parser("export", help="ekspor pegawai ke berkas Excel (.xlsx)")
    _common(pe)
    pe.add_argument("file", type=Path, metavar="FILE.xlsx")
    pe.add_argument("--unit", help="hanya unit ini (nama, kode atau jalur) beserta sub-unitnya")
    pe.add_argument("--all", action="store_true", help="termasuk pegawai tidak aktif")
    _actor_option(pe)
    pe.set_defaults(handler=cmd_employees_export)
    pt = emp_sub.add_parser("template", help="tulis templat impor pegawai (.xlsx)")
    pt.add_argument("file", type=Path, metavar="FILE.xlsx")
    pt.set_defaults(handler=cmd_employees_template)

    _units_parsers(sub)

    p = sub.add_parser("report", help="cetak dokumen resmi ke PDF")
    report_sub = p.add_subparsers(dest="report_command", metavar="DOKUMEN", required=True)
    ps = report_sub.add_parser("skp", help="Dokumen SKP seorang pegawai (PDF)")
    _common(ps)
    ps.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai (18 angka)")
    ps.add_argument("--year", type=int, required=True, help="tahun SKP")
    ps.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _actor_option(ps)
    ps.set_defaults(handler=cmd_report_skp)
    _training_report_parser(report_sub)
    _evaluation_report_parsers(report_sub)
    _recap_report_parser(report_sub)
    _public_report_parser(report_sub)

    _sync_parsers(sub)
    _db_parsers(sub)
    _central_parsers(sub)

    p = sub.add_parser("info", help="tampilkan informasi ruang kerja")
    _common(p)
    p.set_defaults(handler=cmd_info)
    return parser


def _actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="jalankan sebagai pengguna ini (kata sandi dari EKINERJA_PASSWORD); "
        "bawaan: akun admin pertama ruang kerja",
    )


def resolve_paths(args: argparse.Namespace) -> tuple[Path, str | None]:
    from ekinerja_desktop.services.paths import configured_database_url, default_data_dir

    data_dir = Path(getattr(args, "data_dir", None) or default_data_dir())
    return data_dir, configured_database_url(data_dir, getattr(args, "database_url", None))


def _windows_console(fd: int) -> bool:
    """True when ``fd`` is a real Windows console (GetConsoleMode succeeds)."""
    import ctypes
    import msvcrt

    try:
        handle = msvcrt.get_osfhandle(fd)  # type: ignore[attr-defined]
    except OSError:
        return False
    mode = ctypes.c_uint32()
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    return bool(kernel32.GetConsoleMode(ctypes.c_void_p(handle), ctypes.byref(mode)))


def stdin_is_terminal() -> bool:
    """Someone can answer a prompt on standard input. On Windows ``isatty`` is also true
    for the NUL device (``ekinerja ... < NUL``, scheduled tasks), so the console itself
    is asked."""
    stream = sys.stdin
    try:
        if stream is None or not stream.isatty():
            return False
        fd = stream.fileno()
    except (OSError, ValueError):  # closed or replaced by an object without a descriptor
        return False
    return _windows_console(fd) if sys.platform == "win32" else True


def _password(prompt: str) -> str:
    env = os.environ.get("EKINERJA_PASSWORD")
    if env:
        return env
    if not stdin_is_terminal():
        raise EkinerjaError(
            _("Kata sandi tidak diberikan."),
            hint=_("Setel variabel EKINERJA_PASSWORD atau jalankan di terminal interaktif."),
            code="no_password",
        )
    first = getpass.getpass(prompt)
    second = getpass.getpass(_("Ulangi kata sandi: "))
    if first != second:
        raise EkinerjaError(_("Kedua kata sandi tidak sama."), hint=_("Ulangi perintahnya."))
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services.workspace import init_workspace

    data_dir, url = resolve_paths(args)
    password = _password(_("Kata sandi administrator: "))
    ws = init_workspace(
        data_dir,
        role=NodeRole(args.role),
        agency=args.agency,
        admin_username=args.admin,
        admin_password=password,
        database_url=url,
    )
    print(
        _("Ruang kerja dibuat di {path} (node {node}, peran {role}).").format(
            path=ws.data_dir if url is None else ws.url, node=ws.node.id, role=ws.node.role.label
        )
    )
    ws.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import demo

    data_dir, url = resolve_paths(args)

    def progress(done: int, total: int, label: str) -> None:
        print(f"[{done}/{total}] {label}", file=sys.stderr)

    result = demo.create_demo_workspace(
        data_dir, scale=args.scale, seed=args.seed, database_url=url, progress=progress
    )
    print(result.summary())
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import integrity
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        report = integrity.verify_audit(ws)
    finally:
        ws.close()
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _headless_actor(ws: Workspace, args: argparse.Namespace) -> Actor:
    """The actor a headless command is audited as: ``--as USER`` or ``--user USER``,
    with the password (EKINERJA_PASSWORD or a prompt) - on a plain workspace too."""
    from ekinerja_desktop.services import auth

    username = getattr(args, "as_user", None)
    unlocker: _Unlocker | None = getattr(args, "unlocker", None)
    if not username:
        # Who acts must say so, plain workspace or encrypted (no silent first admin).
        return auth.login(ws, *(unlocker or _Unlocker(args)).credentials())
    password = os.environ.get("EKINERJA_PASSWORD")
    if not password:
        raise EkinerjaError(
            _("Kata sandi untuk {u} tidak diberikan.").format(u=username),
            hint=_("Setel variabel EKINERJA_PASSWORD dengan kata sandi pengguna itu."),
            code="no_password",
        )
    return auth.login(ws, username, password)


def cmd_employees_import(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import employee_excel
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
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
    finally:
        ws.close()


def cmd_employees_export(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import employee_excel, master
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        unit_id = master.resolve_unit(ws, actor, args.unit).id if args.unit else None
        flt = master.EmployeeFilter(unit_id=unit_id, active=None if args.all else True)
        count = employee_excel.export_employees(ws, actor, flt, args.file)
    finally:
        ws.close()
    print(_("{n} pegawai diekspor ke {p}.").format(n=count, p=args.file))
    return 0


UNIT_KINDS = ["opd", "bidang", "bagian", "seksi", "subbagian", "uptd", "kecamatan", "kelurahan"]


def _units_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Units and supervisor mapping without the GUI (what a central needs before anyone
    can enroll); the same services and checks as the Master pages."""
    p = sub.add_parser("units", help="unit kerja: daftar, tambah, ubah nama")
    units_sub = p.add_subparsers(dest="units_command", metavar="AKSI", required=True)
    pl = units_sub.add_parser("list", help="daftar unit kerja (jalur, kode, jumlah pegawai)")
    _common(pl)
    _actor_option(pl)
    pl.set_defaults(handler=cmd_units_list)
    pa = units_sub.add_parser("add", help="tambah unit kerja")
    _common(pa)
    pa.add_argument("name", metavar="NAMA")
    pa.add_argument("--code", default="", help="kode unit, mis. DINKES")
    pa.add_argument("--kind", default="opd", choices=UNIT_KINDS)
    pa.add_argument("--parent", metavar="UNIT", help="unit induk (kode, nama atau jalur)")
    _actor_option(pa)
    pa.set_defaults(handler=cmd_units_add)
    pr = units_sub.add_parser("rename", help="ubah nama (dan kode) unit kerja")
    _common(pr)
    pr.add_argument("unit", metavar="UNIT", help="kode, nama atau jalur unit")
    pr.add_argument("name", metavar="NAMA_BARU")
    pr.add_argument("--code", help="kode baru (bawaan: tetap)")
    _actor_option(pr)
    pr.set_defaults(handler=cmd_units_rename)

    p = sub.add_parser("mapping", help="pejabat penilai (pemetaan atasan) per tahun")
    map_sub = p.add_subparsers(dest="mapping_command", metavar="AKSI", required=True)
    ml = map_sub.add_parser("list", help="daftar pemetaan pejabat penilai satu tahun")
    _common(ml)
    ml.add_argument("--year", type=int, required=True)
    ml.add_argument("--unit", metavar="UNIT", help="hanya unit ini beserta sub-unitnya")
    _actor_option(ml)
    ml.set_defaults(handler=cmd_mapping_list)
    ms = map_sub.add_parser("set", help="tetapkan pejabat penilai seorang pegawai")
    _common(ms)
    ms.add_argument("--employee", required=True, metavar="NIP", help="NIP pegawai")
    ms.add_argument("--supervisor", required=True, metavar="NIP", help="NIP pejabat penilai")
    ms.add_argument("--year", type=int, required=True)
    ms.add_argument(
        "--from", dest="valid_from", metavar="YYYY-MM-DD", help="berlaku mulai (bawaan: 1 Jan)"
    )
    _actor_option(ms)
    ms.set_defaults(handler=cmd_mapping_set)


def _employee_by_nip(ws: Workspace, actor: Actor, nip: str) -> str:
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

    ws, actor = _open_for(args)
    try:
        units = master.list_units(ws, actor)
    finally:
        ws.close()
    for unit in units:
        state = "" if unit.active else " " + _("(tidak aktif)")
        print(f"{unit.code or '-':12} {unit.kind:10} {unit.employee_count:6}  {unit.path}{state}")
    return 0


def cmd_units_add(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    ws, actor = _open_for(args)
    try:
        parent = master.resolve_unit(ws, actor, args.parent).id if args.parent else None
        data = master.UnitInput(name=args.name, kind=args.kind, parent_id=parent, code=args.code)
        unit = master.create_unit(ws, actor, data)
    finally:
        ws.close()
    print(_("Unit {u} ditambahkan.").format(u=unit.path))
    return 0


def cmd_units_rename(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    ws, actor = _open_for(args)
    try:
        unit = master.resolve_unit(ws, actor, args.unit)
        data = master.UnitInput(
            name=args.name,
            kind=unit.kind,
            parent_id=unit.parent_id,
            code=unit.code if args.code is None else args.code,
            saturday_workday=unit.saturday_workday,
        )
        renamed = master.update_unit(ws, actor, unit.id, data)
    finally:
        ws.close()
    print(_("Unit {a} sekarang bernama {b}.").format(a=unit.path, b=renamed.path))
    return 0


def cmd_mapping_list(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master

    ws, actor = _open_for(args)
    try:
        unit_id = master.resolve_unit(ws, actor, args.unit).id if args.unit else None
        rows = master.list_mapping(ws, actor, args.year, unit_id=unit_id)
    finally:
        ws.close()
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

    ws, actor = _open_for(args)
    try:
        try:
            start = date.fromisoformat(args.valid_from) if args.valid_from else None
        except ValueError as exc:
            raise ValidationError(
                _("Tanggal {d} tidak sah.").format(d=args.valid_from),
                hint=_("Tulis tanggal sebagai YYYY-MM-DD."),
            ) from exc
        employee = _employee_by_nip(ws, actor, args.employee)
        supervisor = _employee_by_nip(ws, actor, args.supervisor)
        row = master.set_supervisor(ws, actor, employee, supervisor, args.year, valid_from=start)
    finally:
        ws.close()
    print(
        _("{e} dinilai oleh {s} mulai {d}.").format(
            e=row.employee_name, s=row.supervisor_name, d=row.valid_from.isoformat()
        )
    )
    return 0


def cmd_employees_template(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import employee_excel

    employee_excel.write_template(args.file)
    print(_("Templat impor pegawai ditulis ke {p}.").format(p=args.file))
    return 0


def cmd_report_skp(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import skp
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        detail = skp.find_skp(ws, actor, args.nip, args.year)
        out = skp.export_pdf(ws, actor, detail.summary.id, args.out)
    finally:
        ws.close()
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


def _sync_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", help="pendaftaran node dan kunci sinkronisasi")
    sync_sub = p.add_subparsers(dest="sync_command", metavar="AKSI", required=True)
    pr = sync_sub.add_parser("enroll-request", help="tulis berkas permintaan pendaftaran node")
    _common(pr)
    pr.add_argument("--out", required=True, type=Path, metavar="FILE")
    _actor_option(pr)
    pr.set_defaults(handler=cmd_sync_enroll_request)
    pe = sync_sub.add_parser("enroll", help="(pusat) daftarkan node dari berkas permintaannya")
    _common(pe)
    pe.add_argument("--request", required=True, type=Path, metavar="FILE")
    pe.add_argument("--unit", action="append", default=[], metavar="UNIT", help="unit cakupan")
    pe.add_argument(
        "--role",
        required=True,
        choices=["office", "laptop"],
        help="peran node, ditentukan pusat (peran dalam berkas permintaan hanya ditampilkan)",
    )
    pe.add_argument("--out", required=True, type=Path, metavar="BUNDLE")
    _actor_option(pe)
    pe.set_defaults(handler=cmd_sync_enroll)
    pf = sync_sub.add_parser("show-fingerprint", help="tampilkan sidik jari kunci node ini")
    _common(pf)
    _actor_option(pf)
    pf.set_defaults(handler=cmd_sync_fingerprint)
    pn = sync_sub.add_parser("nodes", help="daftar node yang dikenal")
    _common(pn)
    _actor_option(pn)
    pn.set_defaults(handler=cmd_sync_nodes)
    pv = sync_sub.add_parser("revoke", help="(pusat) cabut node (mis. laptop hilang)")
    _common(pv)
    pv.add_argument("node", metavar="NODE")
    _actor_option(pv)
    pv.set_defaults(handler=cmd_sync_revoke)

    p = sub.add_parser("bundle", help="ekspor/impor bundel sinkronisasi (.ekb)")
    bundle_sub = p.add_subparsers(dest="bundle_command", metavar="AKSI", required=True)
    px = bundle_sub.add_parser("export", help="tulis perubahan yang belum dikonfirmasi node tujuan")
    _common(px)
    px.add_argument("--to", required=True, metavar="NODE", help="ID node tujuan, atau 'pusat'")
    px.add_argument("--out", required=True, type=Path, metavar="DIR")
    px.add_argument("--full", action="store_true", help="kirim semua data, abaikan konfirmasi")
    px.add_argument(
        "--max-mb",
        type=int,
        metavar="MB",
        help="pecah menjadi beberapa bundel di atas ukuran ini (bawaan: setelan bundle_max_mb)",
    )
    _actor_option(px)
    px.set_defaults(handler=cmd_bundle_export)
    pi = bundle_sub.add_parser(
        "import",
        help="impor bundel (berkas atau folder); status keluar 1 bila bundel ditolak, "
        "2 bila sebagian data ditolak",
    )
    _common(pi)
    pi.add_argument("files", nargs="+", type=Path, metavar="FILE")
    pi.add_argument("--dry-run", action="store_true", help="hanya periksa, jangan simpan")
    pi.add_argument(
        "--fingerprint",
        help="sidik jari pusat yang dibacakan BKPSDM lewat telepon (wajib untuk bundel "
        "pendaftaran pertama)",
    )
    _actor_option(pi)
    pi.set_defaults(handler=cmd_bundle_import)


def _open_for(args: argparse.Namespace) -> tuple[Workspace, Actor]:
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        return ws, _headless_actor(ws, args)
    except BaseException:
        ws.close()
        raise


def cmd_sync_enroll_request(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    try:
        result = sync_service.write_enroll_request(ws, actor, args.out)
    finally:
        ws.close()
    print(_("Permintaan pendaftaran node {n} ditulis ke {p}.").format(n=result.node_id, p=args.out))
    print(_("Sidik jari: {f}").format(f=result.fingerprint))
    print(_("Kirim berkas itu ke BKPSDM dan bacakan sidik jarinya lewat telepon."))
    return 0


def cmd_sync_enroll(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    try:
        info = sync_service.read_enroll_request(ws, actor, args.request)
        if info.role != args.role:
            print(
                _("Node meminta peran {a}; didaftarkan sebagai {r} sesuai pilihan pusat.").format(
                    a=info.role, r=args.role
                )
            )
        result = sync_service.enroll_node(
            ws, actor, args.request, args.unit, args.out, role=args.role
        )
    finally:
        ws.close()
    print(_("Node {n} ({r}) terdaftar.").format(n=result.node_id, r=result.role))
    print(
        _("Sidik jari node: {f} - cocokkan dengan yang dibacakan node itu.").format(
            f=result.fingerprint
        )
    )
    print(_("Sidik jari pusat: {f}").format(f=result.central_fingerprint))
    for path in result.bundles or (result.bundle,):
        print(_("Bundel pendaftaran: {p}").format(p=path))
    return 0


def cmd_sync_fingerprint(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    try:
        me = sync_service.identity(ws, actor)
    finally:
        ws.close()
    print(_("Node: {n} ({r})").format(n=me.node_id, r=me.role))
    print(_("Sidik jari: {f}").format(f=me.fingerprint))
    if not me.enrolled:
        print(_("Node ini belum terdaftar di pusat (ekinerja sync enroll-request)."))
    return 0


def cmd_sync_nodes(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    try:
        peers = sync_service.list_peers(ws, actor)
    finally:
        ws.close()
    for peer in peers:
        print(f"{peer.node_id}  {peer.role:8} {peer.status:9} {peer.fingerprint}  {peer.agency}")
    if not peers:
        print(_("Belum ada node yang dikenal."))
    return 0


def cmd_sync_revoke(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    try:
        sync_service.revoke_node(ws, actor, args.node)
    finally:
        ws.close()
    print(_("Node {n} dicabut; bundelnya akan ditolak.").format(n=args.node))
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    try:
        result = sync_service.export_bundle(
            ws,
            actor,
            args.to,
            args.out,
            full=args.full,
            max_bytes=args.max_mb * 1024 * 1024 if args.max_mb else None,
        )
    finally:
        ws.close()
    print(result.summary())
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    ws, actor = _open_for(args)
    status = 0
    try:
        files = sync_service.bundle_files(args.files)
        if not files:
            print(_("Tidak ada berkas .ekb yang ditemukan."), file=sys.stderr)
            return 1
        for path in files:
            if args.fingerprint:
                report = sync_service.import_bundle(
                    ws, actor, path, dry_run=args.dry_run, expect_fingerprint=args.fingerprint
                )
            else:
                report = sync_service.import_bundle(ws, actor, path, dry_run=args.dry_run)
            rejected = report.status == "rejected"
            print(report.summary(), file=sys.stderr if rejected else sys.stdout)
            if rejected:
                status = 1
            elif report.rejections and status == 0:
                status = 2
    finally:
        ws.close()
    return status


def _db_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="cadangan, pemulihan dan pemeriksaan basis data")
    db_sub = p.add_subparsers(dest="db_command", metavar="AKSI", required=True)
    pb = db_sub.add_parser("backup", help="buat cadangan (.ekbak) ke sebuah folder/flashdisk")
    _common(pb)
    pb.add_argument("--to", type=Path, metavar="DIR", help="folder tujuan (bawaan: setelan)")
    _actor_option(pb)
    pb.set_defaults(handler=cmd_db_backup)
    pr = db_sub.add_parser("restore", help="pulihkan ruang kerja dari berkas cadangan")
    _common(pr)
    pr.add_argument("file", type=Path, metavar="FILE.ekbak")
    pr.add_argument("--yes", action="store_true", help="jangan minta konfirmasi")
    _actor_option(pr)
    pr.set_defaults(handler=cmd_db_restore)
    pc = db_sub.add_parser("check", help="periksa keutuhan basis data, jejak audit, bukti dukung")
    _common(pc)
    pc.set_defaults(handler=cmd_db_check)
    pn = db_sub.add_parser(
        "encrypt",
        help="enkripsi ruang kerja (basis data dan bukti dukung); menampilkan kunci "
        "pemulihan SEKALI",
    )
    _common(pn)
    _actor_option(pn)
    pn.set_defaults(handler=cmd_db_encrypt)
    pk = db_sub.add_parser("recovery-key", help="kunci pemulihan ruang kerja terenkripsi")
    _common(pk)
    pk.add_argument(
        "--new", action="store_true", required=True, help="buat kunci baru; kunci lama batal"
    )
    _actor_option(pk)
    pk.set_defaults(handler=cmd_db_recovery_key)
    pm = db_sub.add_parser(
        "migrate-to",
        help="pindahkan ruang kerja SQLite ini ke basis data PostgreSQL kosong (kantor pusat)",
    )
    _common(pm)
    pm.add_argument("url", metavar="URL", help="mis. postgresql+psycopg://ekinerja@server/pusat")
    _actor_option(pm)
    pm.set_defaults(handler=cmd_db_migrate_to)


def cmd_db_backup(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import backup
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        info = backup.backup_now(ws, actor, args.to)
    finally:
        ws.close()
    print(
        _("Cadangan ditulis ke {p} ({n} berkas bukti dukung).").format(
            p=info.path, n=info.evidence_files
        )
    )
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import backup, paths
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    info = backup.inspect_backup(args.file)
    exists = paths.workspace_exists(data_dir, url)
    if not args.yes:
        if not stdin_is_terminal():
            raise EkinerjaError(
                _("Pemulihan mengganti seluruh data ruang kerja dan perlu konfirmasi."),
                hint=_("Tambahkan --yes bila Anda yakin."),
                code="needs_confirmation",
            )
        answer = input(
            _("Data di {d} akan diganti dengan cadangan {t}. Ketik PULIHKAN untuk lanjut: ").format(
                d=data_dir, t=info.created_at.isoformat(timespec="minutes")
            )
        )
        if answer.strip() != "PULIHKAN":
            print(_("Dibatalkan."), file=sys.stderr)
            return 1
    if not exists:
        result = backup.restore_into_empty(data_dir, args.file)
    else:
        ws = open_workspace(data_dir, url)
        try:
            actor = _headless_actor(ws, args)
            result = backup.restore(ws, actor, args.file)
        finally:
            ws.close()
    print(
        _("Ruang kerja dipulihkan dari {f} (dibuat {t}); epoch sinkronisasi baru {e}.").format(
            f=args.file,
            t=result.backup_created_at.isoformat(timespec="minutes"),
            e=result.new_epoch,
        )
    )
    if result.safety_copy is not None:
        print(_("Salinan pengaman data sebelumnya: {p}").format(p=result.safety_copy))
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import backup
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        report = backup.check(ws)
    finally:
        ws.close()
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _print_recovery_key(key: str) -> None:
    print(_("KUNCI PEMULIHAN (hanya ditampilkan sekali ini):"))
    print()
    print(f"    {key}")
    print()
    print(
        _(
            "Cetak atau tulis kunci ini dan simpan di tempat aman (bukan di komputer ini). "
            "Tanpa kata sandi admin dan tanpa kunci ini, data terenkripsi tidak dapat dibuka."
        )
    )


def cmd_db_encrypt(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import auth, encryption, keyslots
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    unlocker: _Unlocker = args.unlocker
    already = keyslots.is_encrypted(data_dir, url)
    ws = open_workspace(data_dir, url)
    try:
        username, password = unlocker.credentials()
        actor = auth.login(ws, username, password)

        def progress(done: int, total: int, label: str) -> None:
            print(f"[{done}/{total}] {label}", file=sys.stderr)

        result = encryption.encrypt_workspace(ws, actor, password, progress)
    finally:
        ws.close()
    if already:
        print(
            _("Ruang kerja sudah terenkripsi; {n} berkas bukti dukung dituntaskan.").format(
                n=result.evidence_files
            )
        )
    else:
        print(
            _(
                "Ruang kerja terenkripsi: {t} tabel, {r} baris, {e} berkas bukti dukung. "
                "{p} akun lain membuka dengan kata sandinya yang sekarang."
            ).format(
                t=result.tables, r=result.rows, e=result.evidence_files, p=result.pending_users
            )
        )
    if result.recovery_key:
        _print_recovery_key(result.recovery_key)
    for path in result.plain_backups:
        print(
            _("Peringatan: cadangan lama tidak terenkripsi: {p} - hapus atau simpan aman.").format(
                p=path
            ),
            file=sys.stderr,
        )
    return 0


def cmd_db_recovery_key(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import encryption
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    unlocker: _Unlocker = args.unlocker
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        password = unlocker.credentials()[1]
        key = encryption.rotate_recovery_key(ws, actor, password)
    finally:
        ws.close()
    print(_("Kunci pemulihan baru dibuat; kunci lama tidak berlaku lagi."))
    _print_recovery_key(key)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services.workspace import open_workspace
    from ekinerja_desktop.store.database import sqlite_path

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        print(f"e-Kinerja Desktop {__version__}")
        print(_("Folder data: {p}").format(p=ws.data_dir))
        # The file path as the user knows it: a URL would percent-encode it (C%3A%5C...).
        db_file = sqlite_path(ws.url)
        shown = str(db_file) if db_file else ws.engine.url.render_as_string(hide_password=True)
        print(_("Basis data: {u}").format(u=shown))
        print(_("Node: {n} ({r})").format(n=ws.node.id, r=ws.node.role.label))
        print(_("Instansi: {a}").format(a=ws.node.agency))
        print(_("Skema: {s}").format(s=ws.migration.after))
    finally:
        ws.close()
    return 0


class _Unlocker:
    """Asks for the name and password that open an encrypted workspace: ``--user`` (or
    ``--as``) and EKINERJA_PASSWORD, else an interactive prompt. Remembers them so the
    command runs as that person."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.username = ""
        self.password = ""

    def credentials(self) -> tuple[str, str]:
        if self.username:
            return self.username, self.password
        username = (
            getattr(self.args, "user", None)
            or getattr(self.args, "as_user", None)
            or os.environ.get("EKINERJA_USER")
        )
        password = os.environ.get("EKINERJA_PASSWORD") or ""
        interactive = stdin_is_terminal()
        if (not username or not password) and not interactive:
            raise EkinerjaError(
                _("Perintah ini perlu nama pengguna dan kata sandi."),
                hint=_(
                    "Berikan --user NAMA_PENGGUNA (atau EKINERJA_USER) dan setel "
                    "EKINERJA_PASSWORD, atau jalankan perintah di terminal interaktif."
                ),
                code="no_password",
            )
        if not username:
            username = input(_("Nama pengguna: ")).strip()
        if not password:
            password = getpass.getpass(_("Kata sandi {u}: ").format(u=username))
        self.username, self.password = username, password
        return username, password

    def __call__(self, data_dir: Path) -> Unlocked:
        from ekinerja_desktop.services import keyslots

        username, password = self.credentials()
        return keyslots.unlock(data_dir, username, password)


def run(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    code = 0
    try:
        from ekinerja_desktop.services import keyslots

        unlocker = _Unlocker(args)
        args.unlocker = unlocker
        with keyslots.unlocking_with(unlocker):
            code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except EkinerjaError as exc:
        print(_("Galat: {m}").format(m=exc.message), file=sys.stderr)
        if exc.hint:
            print(exc.hint, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("Dibatalkan."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the output went to a pipe that closed early (``... | head``): not an error
        _silence_stdout()
        return code


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush
    does not print another traceback."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _training_report_parser(
    report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    pt = report_sub.add_parser(
        "training", help="rekap pengembangan kompetensi (JP) per unit atau pegawai (PDF/.xlsx)"
    )
    _common(pt)
    target = pt.add_mutually_exclusive_group(required=True)
    target.add_argument("--unit", help="kode, nama atau jalur unit (termasuk sub-unitnya)")
    target.add_argument("--nip", help="NIP/NI PPPK seorang pegawai")
    pt.add_argument("--year", type=int, required=True, help="tahun kegiatan")
    pt.add_argument("--out", type=Path, required=True, metavar="FILE.(xlsx|pdf)")
    _actor_option(pt)
    pt.set_defaults(handler=cmd_report_training)


def cmd_report_training(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master, training_report
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        if args.unit:
            unit = master.resolve_unit(ws, actor, args.unit)
            result = training_report.unit_report(ws, actor, args.year, args.out, unit_id=unit.id)
        else:
            employee_id = training_report.find_employee_id(ws, args.nip)
            result = training_report.employee_report(
                ws, actor, args.year, args.out, employee_id=employee_id
            )
    finally:
        ws.close()
    print(
        _("{t}: {n} pegawai, {b} di bawah target; ditulis ke {p}.").format(
            t=result.title, n=result.employees, b=result.below_target, p=result.path
        )
    )
    return 0


def _recap_report_parser(
    report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    pr = report_sub.add_parser(
        "recap", help="rekap bulanan log harian dan komponen kinerja TPP per unit (PDF/.xlsx)"
    )
    _common(pr)
    pr.add_argument("--unit", required=True, help="kode, nama atau jalur unit (termasuk sub-unit)")
    pr.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan rekap")
    pr.add_argument("--out", type=Path, required=True, metavar="FILE.(xlsx|pdf)")
    _actor_option(pr)
    pr.set_defaults(handler=cmd_report_recap)


def cmd_report_recap(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import master, recap
    from ekinerja_desktop.services.errors import ValidationError
    from ekinerja_desktop.services.workspace import open_workspace

    try:
        year_text, month_text = args.month.split("-")
        year, month = int(year_text), int(month_text)
    except ValueError as exc:
        raise ValidationError(
            _("Bulan {m!r} tidak valid.").format(m=args.month),
            hint=_("Tulis bulan sebagai YYYY-MM, misalnya 2026-03."),
        ) from exc
    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        unit = master.resolve_unit(ws, actor, args.unit)
        result = recap.unit_recap(ws, actor, unit.id, year, month)
        path = recap.export_recap(result, args.out)
    finally:
        ws.close()
    print(
        _("Rekap log harian {u} {m}: {n} pegawai; ditulis ke {p}.").format(
            u=result.unit_name, m=args.month, n=len(result.rows), p=path
        )
    )
    return 0


def _evaluation_report_parsers(
    report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    for name, text in (
        ("evaluation", "Evaluasi Kinerja Pegawai seorang pegawai (PDF)"),
        ("cover", "Dokumen Evaluasi Kinerja Pegawai satu halaman (PDF)"),
    ):
        pv = report_sub.add_parser(name, help=text)
        _common(pv)
        pv.add_argument("--nip", required=True, help="NIP/NI PPPK pegawai (18 angka)")
        pv.add_argument("--year", type=int, required=True, help="tahun penilaian")
        pv.add_argument("--period", required=True, help="periode: Q1..Q4, S1, S2, M01..M12, AKHIR")
        pv.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
        _actor_option(pv)
        pv.set_defaults(handler=cmd_report_evaluation, cover=name == "cover")


def cmd_report_evaluation(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import evaluation
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, url = resolve_paths(args)
    ws = open_workspace(data_dir, url)
    try:
        actor = _headless_actor(ws, args)
        code = evaluation.period_code(args.year, args.period)
        detail = evaluation.find_evaluation(ws, actor, args.nip, code)
        out = evaluation.export_pdf(ws, actor, detail.id, args.out, cover=args.cover)
    finally:
        ws.close()
    print(
        _("Evaluasi {p} {n} (revisi {r}, {s}) ditulis ke {f}.").format(
            p=detail.period_code, n=detail.employee_name, r=detail.revision, s=detail.status, f=out
        )
    )
    return 0


def _public_report_parser(
    report_sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    pp = report_sub.add_parser(
        "public", help="laporan kinerja ASN tahunan untuk publikasi (PDF + CSV, tanpa nama)"
    )
    _common(pp)
    pp.add_argument("--year", type=int, required=True, help="tahun laporan")
    pp.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder tujuan")
    _actor_option(pp)
    pp.set_defaults(handler=cmd_report_public)


def cmd_report_public(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import transparency

    ws, actor = _open_for(args)
    try:
        files = transparency.write_report(ws, actor, args.year, args.out)
    finally:
        ws.close()
    report = files.report
    print(
        _("Laporan publik {y}: {n} pegawai, {g} OPD digabung, {h} sel disembunyikan.").format(
            y=report.year, n=report.people, g=len(report.merged_opds), h=report.suppressed_cells
        )
    )
    for path in (files.pdf, *files.csv):
        print(path)
    return 0


def cmd_db_migrate_to(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import db_migrate, paths
    from ekinerja_desktop.services.workspace import open_workspace

    # The source is the SQLite workspace of --data-dir; EKINERJA_DATABASE_URL usually
    # names the new server already, so it is not used for the source here.
    data_dir, _url = resolve_paths(args)
    ws = open_workspace(data_dir, getattr(args, "database_url", None))
    try:
        actor = _headless_actor(ws, args)

        def progress(done: int, total: int, label: str) -> None:
            print(f"[{done}/{total}] {label}", file=sys.stderr)

        result = db_migrate.migrate_to(ws, actor, args.url, progress=progress)
    finally:
        ws.close()
    print(result.summary())
    saved = paths.save_database_url(data_dir, args.url)
    print(
        _(
            "URL server dicatat di {f}: mulai sekarang program (juga bila dibuka dari menu) "
            "memakai basis data PostgreSQL itu untuk folder data {d}. Berkas SQLite lama "
            "tidak diubah dan dapat diarsipkan."
        ).format(f=saved, d=data_dir)
    )
    return 0


def _central_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("central", help="(pusat) impor bundel semua kantor dari sebuah folder")
    central_sub = p.add_subparsers(dest="central_command", metavar="AKSI", required=True)
    pi = central_sub.add_parser(
        "import", help="impor setiap bundel baru di folder; laporan tiap bundel disimpan"
    )
    _common(pi)
    pi.add_argument("folder", type=Path, metavar="FOLDER")
    pi.add_argument(
        "--retry-rejected", action="store_true", help="coba lagi bundel yang dulu ditolak"
    )
    _actor_option(pi)
    pi.set_defaults(handler=cmd_central_import)


def cmd_central_import(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import central

    ws, actor = _open_for(args)
    try:
        result = central.import_folder(ws, actor, args.folder, retry_rejected=args.retry_rejected)
    finally:
        ws.close()
    for item in result.files:
        print(item.summary)
    print(result.summary())
    if result.rejected:
        return 1
    return 2 if result.partial else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args)
