"""``ekinerja sync`` and ``bundle``: node enrollment and keys, bundle export and import."""

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
    out_option,
    plain_command,
)
from ekinerja_desktop.domain.i18n import _


def add_parsers(sub: Subparsers) -> None:
    sync_sub = command_group(sub, "sync", "pendaftaran node dan kunci sinkronisasi")
    with command(
        sync_sub,
        "enroll-request",
        "tulis berkas permintaan pendaftaran node",
        cmd_sync_enroll_request,
    ) as p:
        out_option(p, "FILE")
    with command(
        sync_sub, "enroll", "(pusat) daftarkan node dari berkas permintaannya", cmd_sync_enroll
    ) as p:
        p.add_argument("--request", required=True, type=Path, metavar="FILE")
        p.add_argument("--unit", action="append", default=[], metavar="UNIT", help="unit cakupan")
        p.add_argument(
            "--role",
            required=True,
            choices=["office", "laptop"],
            help="peran node, ditentukan pusat (peran dalam berkas permintaan hanya ditampilkan)",
        )
        out_option(p, "BUNDLE")
    plain_command(
        sync_sub, "show-fingerprint", "tampilkan sidik jari kunci node ini", cmd_sync_fingerprint
    )
    plain_command(sync_sub, "nodes", "daftar node yang dikenal", cmd_sync_nodes)
    with command(
        sync_sub, "revoke", "(pusat) cabut node (mis. laptop hilang)", cmd_sync_revoke
    ) as p:
        p.add_argument("node", metavar="NODE")

    bundle_sub = command_group(sub, "bundle", "ekspor/impor bundel sinkronisasi (.ekb)")
    with command(
        bundle_sub,
        "export",
        "tulis perubahan yang belum dikonfirmasi node tujuan",
        cmd_bundle_export,
    ) as p:
        p.add_argument("--to", required=True, metavar="NODE", help="ID node tujuan, atau 'pusat'")
        out_option(p, "DIR")
        p.add_argument("--full", action="store_true", help="kirim semua data, abaikan konfirmasi")
        p.add_argument(
            "--max-mb",
            type=int,
            metavar="MB",
            help="pecah menjadi beberapa bundel di atas ukuran ini (bawaan: setelan bundle_max_mb)",
        )
    with command(
        bundle_sub,
        "import",
        "impor bundel (berkas atau folder); status keluar 1 bila bundel ditolak, "
        "2 bila sebagian data ditolak",
        cmd_bundle_import,
    ) as p:
        p.add_argument("files", nargs="+", type=Path, metavar="FILE")
        dry_run_option(p)
        p.add_argument(
            "--fingerprint",
            help="sidik jari pusat yang dibacakan BKPSDM lewat telepon (wajib untuk bundel "
            "pendaftaran pertama)",
        )


def cmd_sync_enroll_request(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    with open_as_actor(args) as (ws, actor):
        result = sync_service.write_enroll_request(ws, actor, args.out)
    print(_("Permintaan pendaftaran node {n} ditulis ke {p}.").format(n=result.node_id, p=args.out))
    print(_("Sidik jari: {f}").format(f=result.fingerprint))
    print(_("Kirim berkas itu ke BKPSDM dan bacakan sidik jarinya lewat telepon."))
    return 0


def cmd_sync_enroll(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    with open_as_actor(args) as (ws, actor):
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

    with open_as_actor(args) as (ws, actor):
        me = sync_service.identity(ws, actor)
    print(_("Node: {n} ({r})").format(n=me.node_id, r=me.role))
    print(_("Sidik jari: {f}").format(f=me.fingerprint))
    if not me.enrolled:
        print(_("Node ini belum terdaftar di pusat (ekinerja sync enroll-request)."))
    return 0


def cmd_sync_nodes(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    with open_as_actor(args) as (ws, actor):
        peers = sync_service.list_peers(ws, actor)
    for peer in peers:
        print(f"{peer.node_id}  {peer.role:8} {peer.status:9} {peer.fingerprint}  {peer.agency}")
    if not peers:
        print(_("Belum ada node yang dikenal."))
    return 0


def cmd_sync_revoke(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    with open_as_actor(args) as (ws, actor):
        sync_service.revoke_node(ws, actor, args.node)
    print(_("Node {n} dicabut; bundelnya akan ditolak.").format(n=args.node))
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    with open_as_actor(args) as (ws, actor):
        result = sync_service.export_bundle(
            ws,
            actor,
            args.to,
            args.out,
            full=args.full,
            max_bytes=args.max_mb * 1024 * 1024 if args.max_mb else None,
        )
    print(result.summary())
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import sync_service

    status = 0
    with open_as_actor(args) as (ws, actor):
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
    return status
