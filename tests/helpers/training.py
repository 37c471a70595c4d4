"""Training records of the tests: a bimtek as an employee enters it (``bimtek``) and a
stored training row written straight to the database (``training_row``)."""

from __future__ import annotations

from datetime import date
from typing import Any


def bimtek(start: date, end: date | None = None, **fields: Any):
    """A classical bimtek of 6 hours by BKPSDM Kota Palu from ``start`` to ``end`` (default:
    ``start``), as ``training.record_training`` takes it; ``fields`` override any value."""
    from ekinerja_desktop.services.training import TrainingInput

    values: dict[str, Any] = {
        "route": "pelatihan_klasikal",
        "kind_code": "bimtek",
        "title": "Bimtek Penyusunan SKP",
        "organiser": "BKPSDM Kota Palu",
        "start_date": start,
        "end_date": end or start,
        "hours": "6",
    }
    values.update(fields)
    return TrainingInput(**values)


def training_row(
    employee_id: str,
    start: date,
    end: date,
    jp: str,
    *,
    title: str,
    status: str = "Diverifikasi",
    **fields: Any,
):
    """A ``Training`` row of ``jp`` JP credited (a classical bimtek unless ``fields`` say
    otherwise), to add to a session as it is."""
    from ekinerja_desktop.store.base import new_uuid
    from ekinerja_desktop.store.models import Training

    values: dict[str, Any] = {
        "route": "pelatihan_klasikal",
        "kind_code": "bimtek",
        "start_date": start,
        "end_date": end,
        "jp_credited": jp,
    }
    values.update(fields)
    return Training(id=new_uuid(), employee_id=employee_id, title=title, status=status, **values)
