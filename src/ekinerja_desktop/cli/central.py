"""``ekinerja central``: the central office imports every office's bundles from a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from ekinerja_desktop.cli._common import (
    Subparsers,
    actor_option,
    common_options,
    open_as_actor,
)


def add_parsers(sub: Subparsers) -> None:
    p = sub.add_parser("central", help="(pusat) impor bundel semua kantor dari sebuah folder")
    central_sub = p.add_subparsers(dest="central_command", metavar="AKSI", required=True)
    pi = central_sub.add_parser(
        "import", help="impor setiap bundel baru di folder; laporan tiap bundel disimpan"
    )
    common_options(pi)
    pi.add_argument("folder", type=Path, metavar="FOLDER")
    pi.add_argument(
        "--retry-rejected", action="store_true", help="coba lagi bundel yang dulu ditolak"
    )
    actor_option(pi)
    pi.set_defaults(handler=cmd_central_import)


def cmd_central_import(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import central

    with open_as_actor(args) as (ws, actor):
        result = central.import_folder(ws, actor, args.folder, retry_rejected=args.retry_rejected)
    for item in result.files:
        print(item.summary)
    print(result.summary())
    if result.rejected:
        return 1
    return 2 if result.partial else 0
