"""Kinds of jabatan (JPT, Administrasi, Fungsional) and the levels allowed within each."""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from ekinerja_desktop.domain.parsing import LabelledEnum, norm_key


class JabatanKind(
    LabelledEnum,
    what="Jenis jabatan",
    aliases={"Pimpinan Tinggi": "jpt", "Struktural": "administrasi"},
):
    """Kind of position. Values are stable codes; `label` is the Indonesian name."""

    JPT = "jpt", "Jabatan Pimpinan Tinggi"
    ADMINISTRASI = "administrasi", "Jabatan Administrasi"
    FUNGSIONAL = "fungsional", "Jabatan Fungsional"


class JabatanLevel(StrEnum):
    """Level (jenjang) within a kind of jabatan. Values are the Indonesian names."""

    JPT_UTAMA = "Utama"
    JPT_MADYA = "Madya"
    JPT_PRATAMA = "Pratama"
    ADMINISTRATOR = "Administrator"
    PENGAWAS = "Pengawas"
    PELAKSANA = "Pelaksana"
    AHLI_PERTAMA = "Ahli Pertama"
    AHLI_MUDA = "Ahli Muda"
    AHLI_MADYA = "Ahli Madya"
    AHLI_UTAMA = "Ahli Utama"
    PEMULA = "Pemula"
    TERAMPIL = "Terampil"
    MAHIR = "Mahir"
    PENYELIA = "Penyelia"

    @property
    def kind(self) -> JabatanKind:
        return next(kind for kind, levels in LEVELS_BY_KIND.items() if self in levels)

    @property
    def label(self) -> str:
        """Full name: JPT levels read "JPT Madya", the others are already unambiguous."""
        return f"JPT {self.value}" if self.kind is JabatanKind.JPT else self.value

    @property
    def is_keahlian(self) -> bool:
        """Fungsional keahlian (Ahli ...) as opposed to keterampilan (Pemula ... Penyelia)."""
        return self.value.startswith("Ahli ")


LEVELS_BY_KIND: MappingProxyType[JabatanKind, tuple[JabatanLevel, ...]] = MappingProxyType(
    {
        JabatanKind.JPT: (JabatanLevel.JPT_UTAMA, JabatanLevel.JPT_MADYA, JabatanLevel.JPT_PRATAMA),
        JabatanKind.ADMINISTRASI: (
            JabatanLevel.ADMINISTRATOR,
            JabatanLevel.PENGAWAS,
            JabatanLevel.PELAKSANA,
        ),
        JabatanKind.FUNGSIONAL: (
            JabatanLevel.AHLI_PERTAMA,
            JabatanLevel.AHLI_MUDA,
            JabatanLevel.AHLI_MADYA,
            JabatanLevel.AHLI_UTAMA,
            JabatanLevel.PEMULA,
            JabatanLevel.TERAMPIL,
            JabatanLevel.MAHIR,
            JabatanLevel.PENYELIA,
        ),
    }
)


def levels_for(kind: JabatanKind | str) -> tuple[JabatanLevel, ...]:
    """Levels allowed for a kind of jabatan, highest first within each family."""
    return LEVELS_BY_KIND[JabatanKind.parse(kind)]


def validate_level(kind: JabatanKind | str, level: JabatanLevel | str) -> JabatanLevel:
    """Return the canonical level, or raise ValueError when it does not belong to `kind`.

    Accepts "Madya" or "JPT Madya" for JPT; case and spacing are ignored.
    """
    parsed_kind = JabatanKind.parse(kind)
    allowed = LEVELS_BY_KIND[parsed_kind]
    if isinstance(level, JabatanLevel):
        if level in allowed:
            return level
    else:
        key = norm_key(level)
        for candidate in allowed:
            if key in (
                norm_key(candidate.value),
                norm_key(candidate.label),
                norm_key(candidate.name),
            ):
                return candidate
    valid = ", ".join(lv.label for lv in allowed)
    raise ValueError(
        f"Jenjang {level!r} tidak berlaku untuk {parsed_kind.label}. Jenjang yang valid: {valid}."
    )


def parse_level(level: JabatanLevel | str) -> JabatanLevel:
    """Canonical level of any kind ("ahli pertama" -> AHLI_PERTAMA, "JPT Madya" -> JPT_MADYA)."""
    if isinstance(level, JabatanLevel):
        return level
    key = norm_key(level)
    for candidate in JabatanLevel:
        if key in (norm_key(candidate.value), norm_key(candidate.label), norm_key(candidate.name)):
            return candidate
    valid = ", ".join(lv.label for lv in JabatanLevel)
    raise ValueError(f"Jenjang jabatan tidak dikenal: {level!r}. Jenjang yang valid: {valid}.")
