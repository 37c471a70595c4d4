"""Verification codes of printed documents and the text a stamped PDF carries.

Every official PDF is registered when it is issued under a short, human-typable code:
nine random Crockford base32 symbols plus one check symbol, printed in groups as
``XXXX-XXXX-XX``. The check symbol is ``sum((2i + 1) * value_i) mod 32`` over the nine
symbols: the weights are odd, hence invertible modulo 32, so every single mistyped
symbol is caught (and most swaps of neighbours). Reading is tolerant the Crockford way:
lower case, spaces and dashes are accepted, ``O`` reads as ``0`` and ``I``/``L`` as ``1``.

The QR code and the PDF metadata carry only ``EKINERJA-VERIFY:<code>:<content hash
prefix>`` - no name, no NIP, no record id.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32 (no I, L, O, U)
RANDOM_SYMBOLS = 9  # 45 bits: collisions are checked by the register anyway
CODE_LENGTH = RANDOM_SYMBOLS + 1
HASH_PREFIX_LENGTH = 12  # hex digits of the content hash printed and put in the QR
PAYLOAD_PREFIX = "EKINERJA-VERIFY"
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1"}
# Found in the raw bytes of a PDF (metadata or a decompressed page stream).
PAYLOAD_PATTERN = re.compile(
    rb"EKINERJA-VERIFY:([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}):([0-9A-Fa-f]{6,64})"
)


class DocumentKind(StrEnum):
    """What was printed (stored in the register; stable codes)."""

    SKP = "skp"
    EVALUATION = "evaluation"
    EVALUATION_COVER = "evaluation_cover"
    RECAP = "recap"
    PUBLIC_REPORT = "public_report"


class Verdict(StrEnum):
    """The outcome of a check, best first; each has its own exit code (``EXIT_CODES``)."""

    VALID = "valid"  # registered, unchanged, the revision in force, final
    DRAFT = "draft"  # registered and unchanged, but printed before approval/signing
    OUTDATED = "outdated"  # registered and unchanged, but a later revision exists
    TAMPERED = "tampered"  # the code is registered but the file is not the one issued
    UNKNOWN = "unknown"  # the code is not in this workspace's register
    NO_CODE = "no_code"  # no (valid) verification code in the file or the typed text


#: Exit codes of ``ekinerja verify`` (1 stays "error", 2 is argparse's usage error).
EXIT_CODES: dict[Verdict, int] = {
    Verdict.VALID: 0,
    Verdict.DRAFT: 3,
    Verdict.OUTDATED: 4,
    Verdict.TAMPERED: 5,
    Verdict.UNKNOWN: 6,
    Verdict.NO_CODE: 7,
}


def check_symbol(symbols: str) -> str:
    """The check symbol of the nine random ``symbols`` (canonical alphabet)."""
    total = sum((2 * i + 1) * _VALUES[ch] for i, ch in enumerate(symbols))
    return ALPHABET[total % 32]


def format_code(raw: str) -> str:
    """``XXXXXXXXXX`` -> ``XXXX-XXXX-XX``."""
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def new_code() -> str:
    """A fresh random code with its check symbol, grouped ``XXXX-XXXX-XX``."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_SYMBOLS))
    return format_code(body + check_symbol(body))


def normalise_code(text: str) -> str | None:
    """The canonical grouped code of a typed ``text``, or None when it is not a code
    (wrong length, a symbol outside the alphabet, or a wrong check symbol)."""
    raw = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    raw = "".join(_ALIASES.get(ch, ch) for ch in raw)
    if len(raw) != CODE_LENGTH or any(ch not in _VALUES for ch in raw):
        return None
    if check_symbol(raw[:RANDOM_SYMBOLS]) != raw[RANDOM_SYMBOLS]:
        return None
    return format_code(raw)


def short_hash(content_hash: str) -> str:
    """The printed prefix of a SHA-256 hex digest (upper case: QR alphanumeric mode)."""
    return content_hash[:HASH_PREFIX_LENGTH].upper()


def payload(code: str, content_hash: str) -> str:
    """What the QR code and the PDF metadata carry."""
    return f"{PAYLOAD_PREFIX}:{code}:{short_hash(content_hash)}"


@dataclass(frozen=True)
class ScannedPayload:
    code: str
    hash_prefix: str


def parse_payload(text: str) -> ScannedPayload | None:
    """Read a scanned QR text (or a typed code): the code and, from a QR, the hash prefix."""
    stripped = text.strip()
    match = PAYLOAD_PATTERN.search(stripped.encode("ascii", errors="ignore"))
    if match is not None:
        code = normalise_code(match.group(1).decode())
        if code is not None:
            return ScannedPayload(code, match.group(2).decode().upper())
    code = normalise_code(stripped)
    return None if code is None else ScannedPayload(code, "")
