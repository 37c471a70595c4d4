"""Passwords that are too easy to guess.

An encrypted workspace's key slot can be attacked offline at about 0.7 s a guess; a
list of a few thousand common passwords is tried in an hour. So besides the minimum
length, a password is refused when - ignoring case, digits and punctuation - it is a
common password or word, or it is made from the agency's or the program's own names
("Palu2026", "bkpsdm123", "ekinerja!"), or from the user name.
"""

from __future__ import annotations

import re


def _load_common() -> frozenset[str]:
    """The shipped list (domain/common_passwords.txt): common passwords and words,
    already reduced to their letters ("P@ssw0rd1" is tried as "password")."""
    from importlib.resources import files

    text = files("ekinerja_desktop.domain").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


COMMON_WORDS = _load_common()

# The agency, the city and the program: whatever is printed on every screen.
AGENCY_WORDS = frozenset(
    {
        "palu",
        "kotapalu",
        "pemkot",
        "pemkotpalu",
        "pemerintahkotapalu",
        "bkpsdm",
        "bkd",
        "bkpsdmpalu",
        "asn",
        "pns",
        "pppk",
        "ekinerja",
        "kinerja",
        "skp",
        "ekinerjadesktop",
        "desktop",
        "kantor",
        "pusat",
        "kantorpusat",
    }
)

_NOT_LETTERS = re.compile(r"[^a-z]+")
_LEET = str.maketrans(
    {"@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t"}
)


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text.lower())


def guessable_reason(password: str, *, username: str = "", agency: str = "") -> str | None:
    """Why ``password`` is too easy to guess ("common", "agency", "username"), or None."""
    plain = _letters(password)
    # Digits and signs at the ends are padding ("Palu2026!"); inside they may be
    # letters in disguise ("p@ssw0rd").
    core = password.lower().strip("0123456789!@#$%^&*()-_=+.,;:?/\\|~` ")
    unleet = _letters(core.translate(_LEET))
    candidates = {plain, unleet} - {""}
    if not candidates:
        return None  # digits only is refused elsewhere
    if candidates & COMMON_WORDS:
        return "common"
    agency_words = set(AGENCY_WORDS)
    agency_words.update(w for w in _NOT_LETTERS.split(agency.lower()) if len(w) >= 3)
    agency_words.add(_letters(agency))
    if candidates & agency_words:
        return "agency"
    name = _letters(username)
    if name and len(name) >= 3 and any(c == name or c == name[::-1] for c in candidates):
        return "username"
    return None
