"""Demo workspace: a deterministic, realistic Kota Palu data set to explore the product."""

from __future__ import annotations

import shutil
from pathlib import Path

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.domain.roles import NodeRole
from ekinerja_desktop.services.demo.result import DEMO_ADMIN, DEMO_PASSWORD, DemoResult
from ekinerja_desktop.services.progress import Progress
from ekinerja_desktop.services.workspace import Workspace, init_workspace
from ekinerja_desktop.store import rollup

__all__ = ["DEMO_ADMIN", "DEMO_PASSWORD", "DemoResult", "Progress", "create_demo_workspace"]


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
    from ekinerja_desktop.services.demo import data as demo_data

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
        if ws.node.role is NodeRole.CENTRAL:
            # Built here, once, after the bulk load - never when the dashboard opens.
            report(0, 0, _("Menyusun ringkasan log harian untuk dasbor..."))
            with ws.write("system") as session:
                conn = session.connection()
                rollup.ensure_triggers(conn)
                rollup.refresh(conn, report)
    finally:
        ws.close()
    return result
