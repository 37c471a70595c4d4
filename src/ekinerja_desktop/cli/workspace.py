"""``ekinerja init``, ``demo`` and ``info``: create a workspace and describe it."""

from __future__ import annotations

import argparse

from ekinerja_desktop import __version__
from ekinerja_desktop.cli._common import (
    Subparsers,
    command,
    new_password,
    open_workspace,
    plain_command,
    print_progress,
    resolve_paths,
)
from ekinerja_desktop.domain.i18n import _


def add_setup_parsers(sub: Subparsers) -> None:
    with command(sub, "init", "buat ruang kerja baru tanpa GUI", cmd_init, actor=False) as p:
        p.add_argument("--role", required=True, choices=["office", "laptop", "central"])
        p.add_argument("--agency", required=True, help='nama instansi, mis. "Pemerintah Kota Palu"')
        p.add_argument("--admin", required=True, help="nama pengguna administrator pertama")
    with command(
        sub, "demo", "buat ruang kerja demo (data contoh Kota Palu)", cmd_demo, actor=False
    ) as p:
        p.add_argument("--scale", choices=["office", "city"], default="office")
        p.add_argument("--seed", type=int, default=2026)


def add_info_parser(sub: Subparsers) -> None:
    plain_command(sub, "info", "tampilkan informasi ruang kerja", cmd_info, actor=False)


def cmd_init(args: argparse.Namespace) -> int:
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services.workspace import init_workspace

    data_dir, url = resolve_paths(args)
    password = new_password(_("Kata sandi administrator: "))
    with init_workspace(
        data_dir,
        role=NodeRole(args.role),
        agency=args.agency,
        admin_username=args.admin,
        admin_password=password,
        database_url=url,
    ) as ws:
        print(
            _("Ruang kerja dibuat di {path} (node {node}, peran {role}).").format(
                path=ws.data_dir if url is None else ws.url,
                node=ws.node.id,
                role=ws.node.role.label,
            )
        )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import demo

    data_dir, url = resolve_paths(args)
    result = demo.create_demo_workspace(
        data_dir, scale=args.scale, seed=args.seed, database_url=url, progress=print_progress
    )
    print(result.summary())
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from ekinerja_desktop.store.database import sqlite_path

    with open_workspace(args) as ws:
        print(f"e-Kinerja Desktop {__version__}")
        print(_("Folder data: {p}").format(p=ws.data_dir))
        # The file path as the user knows it: a URL would percent-encode it (C%3A%5C...).
        db_file = sqlite_path(ws.url)
        shown = str(db_file) if db_file else ws.engine.url.render_as_string(hide_password=True)
        print(_("Basis data: {u}").format(u=shown))
        print(_("Node: {n} ({r})").format(n=ws.node.id, r=ws.node.role.label))
        print(_("Instansi: {a}").format(a=ws.node.agency))
        print(_("Skema: {s}").format(s=ws.migration.after))
    return 0
