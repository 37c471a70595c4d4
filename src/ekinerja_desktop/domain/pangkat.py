"""Catalogue of PNS pangkat/golongan ruang and PPPK golongan, in rank order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering

from ekinerja_desktop.domain.parsing import norm_key


@total_ordering
class Ranked:
    """Ordered by ``rank``, against its own kind only (a pangkat is not compared with a
    PPPK golongan)."""

    rank: int

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank < other.rank


@dataclass(frozen=True)
class Pangkat(Ranked):
    """One PNS pangkat, e.g. code "III/a", name "Penata Muda", rank 9 (I/a = 1)."""

    code: str
    name: str
    rank: int

    @property
    def golongan(self) -> str:
        return self.code.split("/")[0]

    @property
    def ruang(self) -> str:
        return self.code.split("/")[1]

    @property
    def label(self) -> str:
        """As printed in the "Pangkat/Gol. Ruang" column: "Penata Muda (III/a)"."""
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class PppkGolongan(Ranked):
    """One PPPK golongan, e.g. code "IX", rank 9."""

    code: str
    rank: int

    @property
    def label(self) -> str:
        return f"Golongan {self.code}"


_ROMAN: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip

_PNS_NAMES = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)

PANGKAT_PNS: tuple[Pangkat, ...] = tuple(
    Pangkat(code=code, name=name, rank=index)
    for index, (code, name) in enumerate(_PNS_NAMES, start=1)
)
PPPK_GOLONGAN: tuple[PppkGolongan, ...] = tuple(
    PppkGolongan(code=code, rank=index) for index, code in enumerate(_ROMAN, start=1)
)

# "III/a", "iii a", "III-a", "3/a", "3a": golongan (roman or arabic) then ruang letter.
_CODE_RE = re.compile(r"^(?P<gol>iv|iii|ii|i|[1-4])\s*[/\-. ]?\s*(?P<ruang>[a-e])$")
_BY_CODE = {p.code.casefold(): p for p in PANGKAT_PNS}
_BY_NAME = {norm_key(p.name): p for p in PANGKAT_PNS}
_BY_LABEL = {norm_key(p.label): p for p in PANGKAT_PNS}


def pangkat_by_code(code: str) -> Pangkat:
    """Look up a PNS pangkat by code ("III/a", "iii a", "3a"), name or label."""
    text = " ".join(code.split()).casefold()
    match = _CODE_RE.match(text)
    if match:
        gol = match["gol"]
        if gol.isdigit():
            gol = _ROMAN[int(gol) - 1].casefold()
        found = _BY_CODE.get(f"{gol}/{match['ruang']}")
        if found is not None:
            return found
    key = norm_key(code)
    found = _BY_NAME.get(key) or _BY_LABEL.get(key)
    if found is not None:
        return found
    raise ValueError(
        f"Pangkat/golongan ruang tidak dikenal: {code!r}. Gunakan kode I/a sampai IV/e "
        "(contoh: III/a) atau nama pangkat (contoh: Penata Muda)."
    )


def pppk_golongan_by_code(code: str) -> PppkGolongan:
    """Look up a PPPK golongan by roman ("IX"), arabic ("9") or "Golongan IX"."""
    text = norm_key(code)
    text = text.removeprefix("golongan").removeprefix("gol.").removeprefix("gol")
    if text.isdigit() and 1 <= int(text) <= len(PPPK_GOLONGAN):
        return PPPK_GOLONGAN[int(text) - 1]
    for golongan in PPPK_GOLONGAN:
        if text == golongan.code.casefold():
            return golongan
    raise ValueError(f"Golongan PPPK tidak dikenal: {code!r}. Gunakan I sampai XVII (contoh: IX).")
