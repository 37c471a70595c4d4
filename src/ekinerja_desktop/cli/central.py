"""``ekinerja central``: the central office imports every office's bundles from a folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from ekinerja_desktop.cli._common import Subparsers, command, command_group, open_as_actor


def add_parsers(sub: Subparsers) -> None:
    central_sub = command_group(
        sub, "central", "(pusat) impor bundel semua kantor dari sebuah folder"
    )
    with command(
        central_sub,
        "import",
        "impor setiap bundel baru di folder; laporan tiap bundel disimpan",
        cmd_central_import,
    ) as p:
        p.add_argument("folder", type=Path, metavar="FOLDER")
        p.add_argument(
            "--retry-rejected", action="store_true", help="coba lagi bundel yang dulu ditolak"
        )


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
