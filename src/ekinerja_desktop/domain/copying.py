"""Building a plain record (a dataclass) out of another object with the same field names,
most often an ORM row: the many ``Row(id=row.id, name=row.name, ...)`` of the services."""

from __future__ import annotations

from dataclasses import fields
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
    taken = {f.name: getattr(source, f.name) for f in fields(cls) if f.init and f.name not in given}
    return cls(**taken, **given)
