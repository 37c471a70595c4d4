"""``ekinerja db``: backup, restore, integrity check, encryption at rest, and the move of
a SQLite workspace to a PostgreSQL server."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ekinerja_desktop.cli._common import (
    Subparsers,
    Unlocker,
    command,
    command_group,
    common_options,
    headless_actor,
    open_as_actor,
    open_workspace,
    plain_command,
    print_progress,
    resolve_paths,
    stdin_is_terminal,
)
from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.i18n import _


def add_parsers(sub: Subparsers) -> None:
    db_sub = command_group(sub, "db", "cadangan, pemulihan dan pemeriksaan basis data")
    with command(
        db_sub, "backup", "buat cadangan (.ekbak) ke sebuah folder/flashdisk", cmd_db_backup
    ) as p:
        p.add_argument("--to", type=Path, metavar="DIR", help="folder tujuan (bawaan: setelan)")
    with command(
        db_sub, "restore", "pulihkan ruang kerja dari berkas cadangan", cmd_db_restore
    ) as p:
        p.add_argument("file", type=Path, metavar="FILE.ekbak")
        p.add_argument("--yes", action="store_true", help="jangan minta konfirmasi")
    # --full stands before the common options in ``db check --help``.
    pc = db_sub.add_parser("check", help="periksa keutuhan basis data, jejak audit, bukti dukung")
    pc.add_argument(
        "--full",
        action="store_true",
        help="pemeriksaan lengkap (PRAGMA integrity_check dan semua dokumen); lama pada data "
        "besar, yang secara bawaan mendapat pemeriksaan cepat",
    )
    common_options(pc)
    pc.set_defaults(handler=cmd_db_check)
    plain_command(
        db_sub,
        "encrypt",
        "enkripsi ruang kerja (basis data dan bukti dukung); menampilkan kunci pemulihan SEKALI",
        cmd_db_encrypt,
    )
    with command(
        db_sub, "recovery-key", "kunci pemulihan ruang kerja terenkripsi", cmd_db_recovery_key
    ) as p:
        p.add_argument(
            "--new", action="store_true", required=True, help="buat kunci baru; kunci lama batal"
        )
    with command(
        db_sub,
        "migrate-to",
        "pindahkan ruang kerja SQLite ini ke basis data PostgreSQL kosong (kantor pusat)",
        cmd_db_migrate_to,
    ) as p:
        p.add_argument("url", metavar="URL", help="mis. postgresql+psycopg://ekinerja@server/pusat")


def cmd_db_backup(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import backup

    with open_as_actor(args) as (ws, actor):
        info = backup.backup_now(ws, actor, args.to)
    print(
        _("Cadangan ditulis ke {p} ({n} berkas bukti dukung).").format(
            p=info.path, n=info.evidence_files
        )
    )
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import backup, paths

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
        with open_as_actor(args) as (ws, actor):
            result = backup.restore(ws, actor, args.file)
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

    with open_workspace(args) as ws:
        report = backup.check(ws, print_progress, full=True if args.full else None)
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

    data_dir, url = resolve_paths(args)
    unlocker: Unlocker = args.unlocker
    already = keyslots.is_encrypted(data_dir, url)
    with open_workspace(args) as ws:
        username, password = unlocker.credentials()
        actor = auth.login(ws, username, password)
        result = encryption.encrypt_workspace(ws, actor, password, print_progress)
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

    unlocker: Unlocker = args.unlocker
    with open_as_actor(args) as (ws, actor):
        password = unlocker.credentials()[1]
        key = encryption.rotate_recovery_key(ws, actor, password)
    print(_("Kunci pemulihan baru dibuat; kunci lama tidak berlaku lagi."))
    _print_recovery_key(key)
    return 0


def cmd_db_migrate_to(args: argparse.Namespace) -> int:
    from ekinerja_desktop.services import db_migrate, paths
    from ekinerja_desktop.services.workspace import open_workspace as open_source

    # The source is the SQLite workspace of --data-dir; EKINERJA_DATABASE_URL usually
    # names the new server already, so it is not used for the source here.
    data_dir, _url = resolve_paths(args)
    with open_source(data_dir, getattr(args, "database_url", None)) as ws:
        actor = headless_actor(ws, args)
        result = db_migrate.migrate_to(ws, actor, args.url, progress=print_progress)
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
