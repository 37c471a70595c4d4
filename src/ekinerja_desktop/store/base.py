"""Declarative base, naming conventions and the columns every synchronised row carries."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Boolean, DateTime, Index, Integer, MetaData, String, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ekinerja_desktop.domain.timeutil import now_utc

# Stable constraint names keep Alembic batch migrations on SQLite deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncMixin:
    """Columns that let a row travel between nodes in bundles.

    ``id`` is a UUID minted where the row is created; ``version`` grows by one per save;
    ``origin_node``/``origin_seq`` say which node saved the current version and in which
    order; ``deleted`` is a tombstone (sync never hard-deletes). The values are filled in
    by the unit of work (see ``store.session``), not by callers.
    """

    __sync__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    origin_node: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    origin_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=now_utc)
    updated_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


def add_origin_indexes(metadata: MetaData) -> None:
    """An ``(origin_node, origin_seq)`` index on every synchronised table (schema 0006).

    An incremental export asks for the rows one origin saved after a sequence number;
    without the index that is a scan of the whole table (10-15 s over ``daily_log`` at
    city scale for an empty export)."""
    for table in metadata.tables.values():
        if "origin_seq" not in table.c:
            continue
        name = f"ix_{table.name}_origin"
        if not any(ix.name == name for ix in table.indexes):
            Index(name, table.c.origin_node, table.c.origin_seq)


#: SyncMixin's bookkeeping columns: a copy gets its own (``copy_row``).
_BOOKKEEPING = frozenset(
    {"id", "version", "origin_node", "origin_seq", "updated_at", "updated_by", "deleted"}
)
_Row = TypeVar("_Row", bound=SyncMixin)


def copy_row(row: _Row, **values: Any) -> _Row:
    """A new row of ``row``'s class with a new id and the same business columns, except
    ``values`` (e.g. the new parent's id): for copying the content of a revision."""
    mapper = inspect(type(row))
    data = {
        attr.key: getattr(row, attr.key)
        for attr in mapper.column_attrs
        if attr.key not in _BOOKKEEPING
    }
    data.update(values)
    cls: Any = type(row)
    copy: _Row = cls(id=new_uuid(), **data)
    return copy
