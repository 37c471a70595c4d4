"""Headless commands: ``ekinerja <command>``. Parsing here and in one module per command
group (``workspace``, ``audit``, ``employees``, ``units``, ``reports``, ``verify``,
``sync``, ``db``, ``central``); the work is done in services."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from ekinerja_desktop import __version__
from ekinerja_desktop.cli import (
    audit,
    central,
    db,
    employees,
    reports,
    sync,
    units,
    verify,
    workspace,
)
from ekinerja_desktop.cli._common import (
    Handler,
    Unlocker,
    common_options,
    resolve_paths,
    stdin_is_terminal,
)
from ekinerja_desktop.domain.errors import EkinerjaError
from ekinerja_desktop.domain.i18n import _

__all__ = ["build_parser", "main", "resolve_paths", "run", "stdin_is_terminal"]


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
    common_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    # The order here is the order ``ekinerja --help`` lists the commands in.
    workspace.add_setup_parsers(sub)
    audit.add_parsers(sub)
    employees.add_parsers(sub)
    units.add_parsers(sub)
    reports.add_parsers(sub)
    verify.add_parsers(sub)
    sync.add_parsers(sub)
    db.add_parsers(sub)
    central.add_parsers(sub)
    workspace.add_info_parser(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    code = 0
    try:
        from ekinerja_desktop.services import keyslots

        unlocker = Unlocker(args)
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args)
