"""``ekinerja verify``: is a printed document (PDF or typed code) one this workspace
issued, unchanged, and the revision in force? The exit code tells the verdict."""

from __future__ import annotations

import argparse
from pathlib import Path

from ekinerja_desktop.cli._common import Subparsers, command, open_as_actor
from ekinerja_desktop.domain.verification import EXIT_CODES, Verdict

EPILOG = (
    "Kode keluar: "
    + ", ".join(
        f"{EXIT_CODES[v]} {text}"
        for v, text in (
            (Verdict.VALID, "asli dan berlaku"),
            (Verdict.DRAFT, "asli tetapi draf"),
            (Verdict.OUTDATED, "asli tetapi usang (ada revisi/edisi lebih baru)"),
            (Verdict.TAMPERED, "berkas diubah"),
            (Verdict.UNKNOWN, "kode tidak terdaftar di ruang kerja ini"),
            (Verdict.NO_CODE, "tidak ada kode verifikasi / kode salah ketik"),
        )
    )
    + ", 1 galat (mis. berkas tidak dapat dibaca)."
)


def add_parsers(sub: Subparsers) -> None:
    with command(
        sub,
        "verify",
        "periksa keaslian dokumen cetak (PDF atau kode verifikasi)",
        cmd_verify,
        description=(
            "Periksa apakah dokumen PDF (atau kode verifikasi pada cetakannya) cocok dengan "
            "dokumen yang diterbitkan di ruang kerja ini, revisi ke berapa, dan apakah ada "
            "revisi yang lebih baru."
        ),
        epilog=EPILOG,
    ) as p:
        target = p.add_mutually_exclusive_group(required=True)
        target.add_argument("file", nargs="?", type=Path, metavar="FILE.pdf", help="berkas PDF")
        target.add_argument("--code", metavar="XXXX-XXXX-XX", help="kode verifikasi yang diketik")


def cmd_verify(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import document_check

    with open_as_actor(args) as (ws, actor):
        if args.code is not None:
            result = document_check.check_code(ws, actor, args.code)
        else:
            result = document_check.check_file(ws, actor, args.file)
    for line in result.lines():
        print(line)
    return result.exit_code
