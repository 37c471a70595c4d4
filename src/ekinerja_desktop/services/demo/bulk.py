"""Bulk writing of generated demo rows: origin sequences, sync columns, chunked inserts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from ekinerja_desktop.services import audit
from ekinerja_desktop.store.models import LocalNode

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ekinerja_desktop.services.progress import Progress
    from ekinerja_desktop.services.workspace import Workspace

# A model, its rows as column dicts, and the label the progress bar shows while inserting.
Batch = tuple[type[Any], list[dict[str, Any]], str]


def reserve_sequences(session: Session, node_id: str, count: int) -> int:
    """Reserve ``count`` origin_seq numbers at once (one UPDATE); returns the first."""
    session.execute(
        update(LocalNode).where(LocalNode.id == node_id).values(next_seq=LocalNode.next_seq + count)
    )
    after = session.execute(select(LocalNode.next_seq).where(LocalNode.id == node_id)).scalar_one()
    return int(after) - count


def sync_columns(now: datetime) -> dict[str, Any]:
    """The sync columns of a freshly made demo row (first version, written by "demo")."""
    return {"version": 1, "updated_at": now, "updated_by": "demo", "deleted": False}


def insert_batches(
    session: Session,
    node_id: str,
    batches: Sequence[Batch],
    *,
    chunk: int,
    made_at: datetime | None = None,
    progress: Progress | None = None,
    total: int | None = None,
) -> int:
    """Number the rows of ``batches`` in one reserved origin_seq range, give every row
    the ``sync_columns`` of ``made_at`` (when given; else the rows carry their own), and
    insert them ``chunk`` rows per statement.

    ``progress`` is told the rows inserted so far out of ``total`` (default: all rows of
    the batches). Returns the number of rows inserted."""
    count = sum(len(rows) for _model, rows, _label in batches)
    seq = reserve_sequences(session, node_id, count)
    columns = sync_columns(made_at) if made_at is not None else {}
    done = 0
    # Core inserts on the session's connection: the rows are plain column dicts (every
    # model's attribute names are its column names), so the ORM's bulk path would only
    # add its per-row bookkeeping - about half the time of a city-scale demo.
    connection = session.connection()
    for model, rows, label in batches:
        for row in rows:
            row.update(columns, origin_node=node_id, origin_seq=seq)
            seq += 1
        statement = insert(model.__table__)
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            connection.execute(statement, part)
            done += len(part)
            if progress is not None:
                progress(done, count if total is None else total, label)
    return done


def record_demo(session: Session, ws: Workspace, action: str, detail: dict[str, Any]) -> None:
    """Audit one generator step (``demo.<step>``) as the "demo" actor on the local node."""
    audit.record_node(session, ws, "demo", action, detail)
