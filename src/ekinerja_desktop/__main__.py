"""Composition entry point: no command opens the GUI, a command runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from ekinerja_desktop import cli

    args = cli.build_parser().parse_args(argv)
    if getattr(args, "command", None) is None:
        from ekinerja_desktop.gui.app import run_gui

        data_dir, url = cli.resolve_paths(args)
        return run_gui(data_dir=data_dir, database_url=url, smoke=args.smoke)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
