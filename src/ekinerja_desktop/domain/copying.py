"""Building a plain record (a dataclass) out of another object with the same field names,
most often an ORM row: the many ``Row(id=row.id, name=row.name, ...)`` of the services."""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    D = TypeVar("D", bound=DataclassInstance)
else:
    D = TypeVar("D")


def record_from(cls: type[D], source: object, /, **given: Any) -> D:
    """An instance of the dataclass ``cls``: each field named in ``given`` takes that value,
    every other init field the attribute of the same name on ``source`` (it must have
    one; a field with a default is not left to its default)."""
    taken = {name: getattr(source, name) for name in _init_fields(cls) if name not in given}
    return cls(**taken, **given)


@cache
def _init_fields(cls: type[DataclassInstance]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.init)
