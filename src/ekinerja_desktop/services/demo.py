"""Demo workspace: a deterministic, realistic Kota Palu data set to explore the product."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services.workspace import Workspace, init_workspace

Progress = Callable[[int, int, str], None]

DEMO_ADMIN = ("admin", "demo12345")
DEMO_PASSWORD = "demo12345"


@dataclass
class DemoResult:
    data_dir: Path
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # user, pass, role
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"Ruang kerja demo dibuat di {self.data_dir}"]
        lines += [f"  {name}: {count}" for name, count in self.counts.items()]
        lines.append("Akun demo (nama pengguna / kata sandi / peran):")
        lines += [f"  {u} / {p} / {r}" for u, p, r in self.accounts]
        return "\n".join(lines)


def _noop(_done: int, _total: int, _label: str) -> None:
    return None


def create_demo_workspace(
    data_dir: Path,
    *,
    scale: str = "office",
    seed: int = 2026,
    database_url: str | None = None,
    progress: Progress | None = None,
    replace: bool = False,
    log_weeks: int | None = None,
) -> DemoResult:
    """Create a demo workspace in ``data_dir`` and fill it (see ``demo_data``).

    ``log_weeks`` limits the demo daily logs to the last N weeks (default: the whole year
    to date; tests use it to keep the city scale quick)."""
    from ekinerja_desktop.services import demo_data

    report = progress or _noop
    if replace and database_url is None and data_dir.exists():
        shutil.rmtree(data_dir)
    ws: Workspace = init_workspace(
        data_dir,
        role=NodeRole.CENTRAL if scale == "city" else NodeRole.OFFICE,
        agency="Pemerintah Kota Palu",
        admin_username=DEMO_ADMIN[0],
        admin_password=DEMO_ADMIN[1],
        database_url=database_url,
        is_demo=True,
    )
    try:
        result = DemoResult(data_dir)
        result.accounts.append((DEMO_ADMIN[0], DEMO_ADMIN[1], "admin"))
        demo_data.populate(ws, result, scale=scale, seed=seed, progress=report, log_weeks=log_weeks)
    finally:
        ws.close()
    return result
