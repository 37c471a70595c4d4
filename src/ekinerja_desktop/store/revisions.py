"""Queries on revisioned records (SKP, evaluation): the latest revision of a key.

A record that is corrected after approval or signing keeps its earlier revisions; the
one in force is the highest ``revision`` of its key (employee and year, or employee and
period), optionally among the revisions in some statuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ekinerja_desktop.store.models import Evaluation, Skp

R = TypeVar("R", Skp, Evaluation)


def latest_revision(
    session: Session, model: type[R], *, statuses: Iterable[str] = (), **key: Any
) -> R | None:
    """The live row of ``model`` with the highest revision among those matching ``key``
    (column=value) and, when given, one of ``statuses``."""
    stmt = select(model).where(
        model.deleted.is_(False),
        *(getattr(model, column) == value for column, value in key.items()),
    )
    wanted = sorted(statuses)
    if wanted:
        stmt = stmt.where(model.status.in_(wanted))
    return session.execute(stmt.order_by(model.revision.desc()).limit(1)).scalars().first()


# The columns whose values name one record across all its revisions.
_KEY_COLUMNS: dict[type[Skp] | type[Evaluation], tuple[str, ...]] = {
    Skp: ("employee_id", "year", "part"),
    Evaluation: ("employee_id", "period_code", "skp_part"),
}


def revision_key(row: Skp | Evaluation) -> dict[str, Any]:
    """The key (column=value) every revision of ``row``'s record shares."""
    return {column: getattr(row, column) for column in _KEY_COLUMNS[type(row)]}


def revisions_filter(row: Skp | Evaluation) -> tuple[ColumnElement[bool], ...]:
    """The conditions that select every live revision of ``row``'s record."""
    model = type(row)
    same = (getattr(model, column) == value for column, value in revision_key(row).items())
    return (*same, model.deleted.is_(False))


def latest_of(session: Session, row: R) -> R | None:
    """The latest live revision of ``row``'s record (``row`` itself when it is)."""
    return latest_revision(session, type(row), **revision_key(row))


def superseding_revision(session: Session, row: R) -> int | None:
    """The revision in force of ``row``'s record (the employee's SKP of that year and
    part, or evaluation of that period and part) when it is not ``row``."""
    latest = latest_of(session, row)
    return latest.revision if latest is not None and latest.id != row.id else None
