"""The agency's periodic evaluation scheme (setting ``evaluation_scheme``) and the
periods of a year under it. Small on purpose: the dashboard's period list and the home
page's to-do read it without loading the evaluation service (~0.3 s of imports).

- ``get_scheme(ws) -> PeriodScheme``; ``periods(ws, year) -> list[Period]`` (the
  periods of ``year``, then "Akhir"). Changing it: ``evaluation.set_scheme``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ekinerja_desktop.domain.periods import Period, PeriodScheme, periods_for_year
from ekinerja_desktop.store.models import Setting

if TYPE_CHECKING:
    from ekinerja_desktop.services.workspace import Workspace

SCHEME_SETTING = "evaluation_scheme"
DEFAULT_SCHEME = PeriodScheme.TRIWULAN


def get_scheme(ws: Workspace) -> PeriodScheme:
    """The agency's periodic evaluation scheme (setting ``evaluation_scheme``)."""
    with ws.read() as session:
        row = session.get(Setting, SCHEME_SETTING)
        value = row.value if row is not None else DEFAULT_SCHEME.value
    try:
        return PeriodScheme.parse(value)
    except ValueError:
        return DEFAULT_SCHEME


def periods(ws: Workspace, year: int) -> list[Period]:
    """The periods of ``year`` under the configured scheme, then "Akhir"."""
    return periods_for_year(year, get_scheme(ws))
