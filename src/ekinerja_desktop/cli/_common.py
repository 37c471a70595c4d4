"""What every command shares: the common options, the workspace and the actor it runs
as, password prompts, the unlocker of an encrypted workspace."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.i18n import _

if TYPE_CHECKING:
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.keyslots import Unlocked
    from ekinerja_desktop.services.workspace import Workspace

Handler = Callable[[argparse.Namespace], int]
# A string: argparse's action class is generic only for type checkers.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def common_options(parser: argparse.ArgumentParser) -> None:
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


def actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="jalankan sebagai pengguna ini (kata sandi dari EKINERJA_PASSWORD); "
        "bawaan: akun admin pertama ruang kerja",
    )


def command_group(sub: Subparsers, name: str, help: str, *, metavar: str = "AKSI") -> Subparsers:
    """``ekinerja NAME ...``: a command whose sub-commands are its actions."""
    parser = sub.add_parser(name, help=help)
    return parser.add_subparsers(dest=f"{name}_command", metavar=metavar, required=True)


@contextmanager
def command(
    sub: Subparsers, name: str, help: str, handler: Handler, *, actor: bool = True, **more: Any
) -> Iterator[argparse.ArgumentParser]:
    """A command on a workspace: the common options, then the block's own arguments, then
    ``--as USER`` (unless ``actor`` is false); ``handler`` runs it. ``more``: other
    arguments of the parser (``description``, ``epilog``)."""
    parser = sub.add_parser(name, help=help, **more)
    common_options(parser)
    yield parser
    if actor:
        actor_option(parser)
    parser.set_defaults(handler=handler)


def plain_command(
    sub: Subparsers, name: str, help: str, handler: Handler, *, actor: bool = True
) -> None:
    """A :func:`command` with no arguments of its own."""
    with command(sub, name, help, handler, actor=actor):
        pass


def nip_option(
    parser: argparse.ArgumentParser, help: str = "NIP/NI PPPK pegawai (18 angka)"
) -> None:
    parser.add_argument("--nip", required=True, help=help)


def year_option(parser: argparse.ArgumentParser, help: str = "tahun penilaian") -> None:
    parser.add_argument("--year", type=int, required=True, help=help)


def period_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, help="periode: Q1..Q4, S1, S2, M01..M12, AKHIR")


def part_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--part",
        type=int,
        help="periode SKP ke-N tahun itu (mutasi/promosi; bawaan: yang berlaku)",
    )


def out_option(parser: argparse.ArgumentParser, metavar: str = "FILE.pdf") -> None:
    parser.add_argument("--out", type=Path, required=True, metavar=metavar)


def dry_run_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="hanya periksa, jangan simpan")


def resolve_paths(args: argparse.Namespace) -> tuple[Path, str | None]:
    from ekinerja_desktop.services.paths import configured_database_url, default_data_dir

    data_dir = Path(getattr(args, "data_dir", None) or default_data_dir())
    return data_dir, configured_database_url(data_dir, getattr(args, "database_url", None))


def windows_console(fd: int) -> bool:
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
    return windows_console(fd) if sys.platform == "win32" else True


def new_password(prompt: str) -> str:
    """A new password: EKINERJA_PASSWORD, else typed twice at a terminal."""
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


def print_progress(done: int, total: int, label: str) -> None:
    """Progress of a long command, on standard error (standard output stays the result)."""
    print(f"[{done}/{total}] {label}", file=sys.stderr)


def headless_actor(ws: Workspace, args: argparse.Namespace) -> Actor:
    """The actor a headless command is audited as: ``--as USER`` or ``--user USER``,
    with the password (EKINERJA_PASSWORD or a prompt) - on a plain workspace too."""
    from ekinerja_desktop.services import auth

    username = getattr(args, "as_user", None)
    unlocker: Unlocker | None = getattr(args, "unlocker", None)
    if not username:
        # Who acts must say so, plain workspace or encrypted (no silent first admin).
        return auth.login(ws, *(unlocker or Unlocker(args)).credentials())
    password = os.environ.get("EKINERJA_PASSWORD")
    if not password:
        raise EkinerjaError(
            _("Kata sandi untuk {u} tidak diberikan.").format(u=username),
            hint=_("Setel variabel EKINERJA_PASSWORD dengan kata sandi pengguna itu."),
            code="no_password",
        )
    return auth.login(ws, username, password)


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace named by ``--data-dir`` / ``--database-url``; use it in ``with``."""
    from ekinerja_desktop.services import workspace

    return workspace.open_workspace(*resolve_paths(args))


@contextmanager
def open_as_actor(args: argparse.Namespace) -> Iterator[tuple[Workspace, Actor]]:
    """The workspace and the actor the command runs as (:func:`headless_actor`), closed
    when the block ends."""
    with open_workspace(args) as ws:
        yield ws, headless_actor(ws, args)


class Unlocker:
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
