"""What every page gets: the open workspace, the logged-in actor and the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ekinerja_desktop.gui.tasks import TaskRunner
    from ekinerja_desktop.services.auth import Actor
    from ekinerja_desktop.services.workspace import Workspace


@dataclass
class GuiContext:
    ws: Workspace
    actor: Actor
    runner: TaskRunner
    language: str = "id"
    # Pages announce what they changed ("employee", "skp", ...); the shell fans it out.
    changed: Callable[[set[str]], None] = field(default=lambda _c: None)
    navigate: Callable[[str], object] = field(default=lambda _k: None)  # open a page by key
    extras: dict[str, Any] = field(default_factory=dict)
    # Long jobs nobody waits for (the scheduled backup) run here, on their own thread, so
    # page loads on ``runner`` never queue behind them. None: they share ``runner``.
    background: TaskRunner | None = None
