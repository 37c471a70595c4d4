"""Shared helpers for tolerant parsing of enum values typed by users or read from Excel."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum, StrEnum
from typing import ClassVar, Self, TypeVar

E = TypeVar("E", bound=Enum)

# Users type "di atas  ekspektasi", "DI_ATAS" or "Di-Atas"; all of them mean the same value.
_NOISE = re.compile(r"[\s_\-]+")


def norm_key(text: str) -> str:
    """Case-, whitespace-, underscore- and hyphen-insensitive comparison key."""
    return _NOISE.sub("", text).casefold()


def parse_enum(
    cls: type[E],
    value: object,
    what: str,
    aliases: Mapping[str, E] | None = None,
) -> E:
    """Resolve `value` (member, value text, member name or alias) to a member of `cls`.

    Raises ValueError with an Indonesian message listing the valid values.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        try:
            return cls(value)  # the stored value itself: most calls, no normalising
        except ValueError:
            pass
        key = norm_key(value)
        if key:
            for member in cls:
                if key in (norm_key(str(member.value)), norm_key(member.name)):
                    return member
            for alias, member in (aliases or {}).items():
                if key == norm_key(alias):
                    return member
    valid = ", ".join(str(m.value) for m in cls)
    raise ValueError(f"{what} tidak dikenal: {value!r}. Nilai yang valid: {valid}.")


class ParsedEnum(StrEnum):
    """A StrEnum with a tolerant ``parse`` (see ``parse_enum``); a subclass names what its
    values are for the error message: ``class AsnStatus(ParsedEnum, what="Status ASN")``."""

    _what: ClassVar[str]

    def __init_subclass__(cls, *, what: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._what = what

    @classmethod
    def parse(cls, value: Self | str) -> Self:
        return parse_enum(cls, value, cls._what)


def join_id(items: Iterable[str], conjunction: str = "dan") -> str:
    """Join words the Indonesian way: "A, B dan C"."""
    parts = list(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"
