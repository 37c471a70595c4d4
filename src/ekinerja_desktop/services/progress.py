"""The progress callback of a long operation: ``progress(done, total, label)``; the GUI
shows it, and a callback that raises (the GUI's cancel) stops the operation."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
