"""NIP (PNS) and NI PPPK: normalisation, validation with precise messages, and printing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from ekinerja_desktop.domain.parsing import ParsedEnum
from ekinerja_desktop.domain.timeutil import today_wita

NIP_LENGTH = 18
# Nobody in service was born before this year; an earlier year is a typo.
MIN_BIRTH_YEAR = 1900
MIN_APPOINTMENT_AGE = 18
_DIGITS = frozenset("0123456789")


class AsnStatus(ParsedEnum, what="Status ASN"):
    """Employment status; decides the NIP layout and the JP rule."""

    PNS = "PNS"
    PPPK = "PPPK"


class Sex(IntEnum):
    """Sex digit (position 15) of the NIP."""

    MALE = 1
    FEMALE = 2

    @property
    def label(self) -> str:
        return "Laki-laki" if self is Sex.MALE else "Perempuan"

    @classmethod
    def parse(cls, value: Sex | int | str) -> Sex:
        """Accepts 1/2, "L"/"P" and the labels "Laki-laki"/"Perempuan"."""
        if isinstance(value, Sex):
            return value
        key = str(value).strip().casefold()
        for member in cls:
            if key in (str(member.value), member.label.casefold(), member.label[0].casefold()):
                return member
        raise ValueError(
            f"Jenis kelamin tidak dikenal: {value!r}. "
            "Nilai yang valid: 1/L/Laki-laki, 2/P/Perempuan."
        )


class NipError(ValueError):
    """Invalid NIP. `part` names the faulty part so a form can highlight it.

    Parts: empty, character, length, birth_date, appointment_month, appointment, sex, sequence.
    """

    def __init__(self, part: str, message: str) -> None:
        super().__init__(message)
        self.part = part


@dataclass(frozen=True)
class NipInfo:
    """The facts encoded in a valid NIP / NI PPPK."""

    nip: str
    status: AsnStatus
    birth_date: date
    sex: Sex
    appointment_year: int
    appointment_month: int | None
    sequence: int

    @property
    def formatted(self) -> str:
        return format_nip(self)


def _label(status: AsnStatus) -> str:
    return "NIP" if status is AsnStatus.PNS else "NI PPPK"


def clean_nip(text: str, status: AsnStatus | str = AsnStatus.PNS) -> str:
    """Strip spaces and an Excel leading apostrophe; require exactly 18 ASCII digits."""
    label = _label(AsnStatus.parse(status))
    if len(text) == NIP_LENGTH and text.isascii() and text.isdigit():
        return text  # as stored: nothing to strip (a recap prints thousands)
    stripped = text.strip()
    # Excel users type '1985... to keep the number as text; the apostrophe is not data.
    offset = len(text) - len(text.lstrip())
    if stripped.startswith("'"):
        stripped = stripped[1:]
        offset += 1
    digits: list[str] = []
    for index, char in enumerate(stripped):
        if char.isspace():
            continue
        if char not in _DIGITS:
            raise NipError(
                "character",
                f"{label} hanya boleh berisi angka dan spasi: karakter {char!r} "
                f"pada posisi ke-{index + offset + 1} tidak valid.",
            )
        digits.append(char)
    if not digits:
        raise NipError("empty", f"{label} kosong.")
    if len(digits) != NIP_LENGTH:
        raise NipError(
            "length",
            f"{label} harus {NIP_LENGTH} digit, yang diberikan {len(digits)} digit.",
        )
    return "".join(digits)


def _birth_date(nip: str, label: str, today: date) -> date:
    raw = nip[:8]
    try:
        born = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        raise NipError(
            "birth_date",
            f"Tanggal lahir pada {label} (digit 1-8: {raw}) bukan tanggal yang valid.",
        ) from None
    if born.year < MIN_BIRTH_YEAR:
        raise NipError(
            "birth_date",
            f"Tahun lahir pada {label} (digit 1-4: {raw[:4]}) tidak mungkin, "
            f"harus {MIN_BIRTH_YEAR} atau sesudahnya.",
        )
    if born > today:
        raise NipError(
            "birth_date",
            f"Tanggal lahir pada {label} (digit 1-8: {raw}) berada di masa depan.",
        )
    return born


def parse_nip(
    text: str, status: AsnStatus | str = AsnStatus.PNS, today: date | None = None
) -> NipInfo:
    """Validate and decode a NIP (PNS: YYYYMMDD YYYYMM G NNN) or NI PPPK.

    NI PPPK is birth date (8) + appointment year (4) + 2 free digits + sex (1) +
    sequence (3); the 2 middle digits vary per appointment batch and are not checked.
    Raises NipError (a ValueError) with an Indonesian message naming the faulty part.
    """
    asn = AsnStatus.parse(status)
    label = _label(asn)
    nip = clean_nip(text, asn)
    born = _birth_date(nip, label, today or today_wita())

    year = int(nip[8:12])
    month: int | None = None
    if asn is AsnStatus.PNS:
        month = int(nip[12:14])
        if not 1 <= month <= 12:
            raise NipError(
                "appointment_month",
                f"Bulan TMT CPNS pada {label} (digit 13-14: {nip[12:14]}) harus 01-12.",
            )
        # Compare year-month only: TMT carries no day, so the check stays lenient.
        if (year, month) < (born.year, born.month):
            raise NipError(
                "appointment",
                f"TMT CPNS pada {label} ({nip[8:12]}-{nip[12:14]}) lebih awal dari "
                f"tanggal lahir ({born.isoformat()}).",
            )
        if (year, month) < (born.year + MIN_APPOINTMENT_AGE, born.month):
            raise NipError(
                "appointment",
                f"TMT CPNS pada {label} ({nip[8:12]}-{nip[12:14]}) sebelum pegawai "
                f"berusia {MIN_APPOINTMENT_AGE} tahun (lahir {born.isoformat()}).",
            )
    else:
        if year < born.year:
            raise NipError(
                "appointment",
                f"Tahun pengangkatan pada {label} (digit 9-12: {nip[8:12]}) lebih awal "
                f"dari tahun lahir ({born.year}).",
            )
        if year < born.year + MIN_APPOINTMENT_AGE:
            raise NipError(
                "appointment",
                f"Tahun pengangkatan pada {label} (digit 9-12: {nip[8:12]}) sebelum "
                f"pegawai berusia {MIN_APPOINTMENT_AGE} tahun (lahir {born.year}).",
            )

    sex_digit = nip[14]
    if sex_digit not in ("1", "2"):
        raise NipError(
            "sex",
            f"Digit jenis kelamin pada {label} (digit 15: {sex_digit}) harus 1 (laki-laki) "
            "atau 2 (perempuan).",
        )
    sequence = int(nip[15:18])
    if sequence == 0:
        raise NipError("sequence", f"Nomor urut pada {label} (digit 16-18) tidak boleh 000.")
    return NipInfo(
        nip=nip,
        status=asn,
        birth_date=born,
        sex=Sex(int(sex_digit)),
        appointment_year=year,
        appointment_month=month,
        sequence=sequence,
    )


def format_nip(nip: str | NipInfo, status: AsnStatus | str = AsnStatus.PNS) -> str:
    """Printed form: PNS "YYYYMMDD YYYYMM G NNN", PPPK "YYYYMMDD YYYY NN G NNN".

    Only the 18-digit shape is required, so legacy data that fails the semantic checks
    still prints. A NipInfo carries its own status.
    """
    if isinstance(nip, NipInfo):
        digits, asn = nip.nip, nip.status
    else:
        asn = AsnStatus.parse(status)
        digits = clean_nip(nip, asn)
    if asn is AsnStatus.PNS:
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return f"{digits[:8]} {digits[8:12]} {digits[12:14]} {digits[14]} {digits[15:]}"


def printed_nip(nip: str, status: AsnStatus | str = AsnStatus.PNS) -> str:
    """``format_nip`` for display: the text as stored when it is not an 18-digit NIP."""
    try:
        return format_nip(nip, status)
    except (ValueError, TypeError):
        return nip


def is_valid_nip(
    text: str, status: AsnStatus | str = AsnStatus.PNS, today: date | None = None
) -> bool:
    """True when parse_nip accepts `text`."""
    try:
        parse_nip(text, status, today)
    except ValueError:
        return False
    return True
