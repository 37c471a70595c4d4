"""Composition entry point: no command opens the GUI, a command runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

_GUI_OPTIONS = ("--data-dir", "--database-url")
BUNDLE_SUFFIX = ".ekb"  # associated with the program by the installers


def _plain_gui_args(argv: Sequence[str]) -> dict[str, str] | None:
    """Options when argv only holds GUI options (the common double-click start), so the
    window does not wait for the command-line parser to be built; None otherwise.
    One ``*.ekb`` path (an opened bundle) is kept as ``"file"``."""
    found: dict[str, str] = {}
    items = list(argv)
    while items:
        head = items.pop(0)
        if not head.startswith("-") and head.lower().endswith(BUNDLE_SUFFIX):
            if "file" in found:
                return None
            found["file"] = head
            continue
        name, eq, value = head.partition("=")
        if name not in _GUI_OPTIONS:
            return None
        if not eq:
            if not items:
                return None
            value = items.pop(0)
        found[name] = value
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    plain = _plain_gui_args(args_list)
    if plain is not None:
        from ekinerja_desktop.gui.app import run_gui
        from ekinerja_desktop.services.paths import configured_database_url, default_data_dir

        data_dir = Path(plain["--data-dir"]) if "--data-dir" in plain else default_data_dir()
        url = configured_database_url(data_dir, plain.get("--database-url"))
        bundle = Path(plain["file"]).absolute() if "file" in plain else None
        return run_gui(data_dir=data_dir, database_url=url, open_file=bundle)

    from ekinerja_desktop import cli

    args = cli.build_parser().parse_args(args_list)
    if getattr(args, "command", None) is None:
        from ekinerja_desktop.gui.app import run_gui

        data_dir, url = cli.resolve_paths(args)
        return run_gui(data_dir=data_dir, database_url=url, smoke=args.smoke)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
