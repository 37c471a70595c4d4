"""Shared helpers for tolerant parsing of enum values typed by users or read from Excel."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum, StrEnum
from typing import Any, ClassVar, Self, TypeVar

from ekinerja_desktop.domain.i18n import _

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
    values are for the error message: ``class AsnStatus(ParsedEnum, what="Status ASN")``,
    and may add other words for its values (``aliases={"Sesuai": "Sesuai Ekspektasi"}``,
    alias -> value)."""

    _what: ClassVar[str]
    _aliases: ClassVar[Mapping[str, str]]

    def __init_subclass__(
        cls, *, what: str = "", aliases: Mapping[str, str] | None = None, **kwargs: object
    ) -> None:
        super().__init_subclass__(**kwargs)
        cls._what = what
        cls._aliases = aliases or {}

    @classmethod
    def alias_members(cls) -> dict[str, Self]:
        """The other words ``parse`` accepts, each with the member it means."""
        return {alias: cls(value) for alias, value in cls._aliases.items()}

    @classmethod
    def parse(cls, value: Self | str) -> Self:
        return parse_enum(cls, value, cls._what, cls.alias_members())


class LabelledEnum(ParsedEnum):
    """A :class:`ParsedEnum` whose members carry the name people read, given with the
    value: ``JPT = "jpt", "Jabatan Pimpinan Tinggi"``. ``label`` is that name, translated
    when the subclass says ``translated=True`` (its labels marked with ``N_``); ``parse``
    accepts the labels as well as the aliases."""

    _label: str
    _translated: ClassVar[bool]

    def __init_subclass__(cls, *, translated: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._translated = translated

    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        return member

    @property
    def label(self) -> str:
        return _(self._label) if self._translated else self._label

    @classmethod
    def alias_members(cls) -> dict[str, Self]:
        return {member._label: member for member in cls} | super().alias_members()


def join_id(items: Iterable[str], conjunction: str = "dan") -> str:
    """Join words the Indonesian way: "A, B dan C"."""
    parts = list(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"
