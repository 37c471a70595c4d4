"""domain.copying.record_from: a dataclass built from the same-named attributes."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

from ekinerja_desktop.domain.copying import record_from


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    label: str = "bawaan"
    computed: int = field(default=0, init=False)


def test_fields_come_from_the_source_unless_given():
    source = SimpleNamespace(id="r1", name="Andi", label="dari sumber", extra="diabaikan")
    assert record_from(Row, source) == Row("r1", "Andi", "dari sumber")
    assert record_from(Row, source, name="Budi") == Row("r1", "Budi", "dari sumber")


def test_a_field_missing_on_the_source_is_an_error_not_its_default():
    with pytest.raises(AttributeError):
        record_from(Row, SimpleNamespace(id="r1", name="Andi"))
    assert record_from(Row, SimpleNamespace(id="r1"), name="Andi", label="x").label == "x"
