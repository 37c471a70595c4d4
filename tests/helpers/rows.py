"""Rows the tests write straight to the database (no service in between): an SKP of a
whole year, an evaluation of a period."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ekinerja_desktop.store.base import new_uuid
from ekinerja_desktop.store.models import Evaluation, Skp


def annual_skp(employee_id: str, year: int, **fields: Any) -> Skp:
    """An ``Skp`` row of ``employee_id`` for the whole of ``year``; ``fields`` add to or
    override its values."""
    values: dict[str, Any] = {"period_start": date(year, 1, 1), "period_end": date(year, 12, 31)}
    values.update(fields)
    return Skp(id=new_uuid(), employee_id=employee_id, year=year, **values)


def evaluation_row(employee_id: str, skp_id: str | None, period_code: str, **fields: Any):
    """An ``Evaluation`` row of ``employee_id`` under ``skp_id`` for ``period_code``
    (``2025-AKHIR``: its year is the code's); ``fields`` add the rest."""
    year = int(period_code.split("-", maxsplit=1)[0])
    return Evaluation(id=new_uuid(), employee_id=employee_id, skp_id=skp_id, year=year,
                      period_code=period_code, **fields)  # fmt: skip


def signed_annual(employee_id: str, skp_id: str | None, year: int, predikat: str) -> Evaluation:
    """The annual evaluation of ``year`` with ``predikat``, signed on 31 December, 08:00."""
    return evaluation_row(
        employee_id,
        skp_id,
        f"{year}-AKHIR",
        status="Ditandatangani",
        predikat=predikat,
        signed_at=datetime(year, 12, 31, 8, 0),
    )
