"""Language choice for messages produced outside the GUI (services, CLI).

Source strings are Indonesian (the default language). English text comes from a plain
catalogue keyed by the Indonesian template, so callers translate the template first
and format afterwards: ``_("Akun {u} terkunci.").format(u=name)``.
"""

from __future__ import annotations

from ekinerja_desktop.domain.messages_en import CATALOGUE_EN

SUPPORTED_LANGUAGES = ("id", "en")
_state = {"lang": "id"}


def set_language(lang: str) -> None:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"Bahasa tidak didukung: {lang!r} (pilih: id, en)")
    _state["lang"] = lang


def current_language() -> str:
    return _state["lang"]


def _(text: str) -> str:
    """Translate an Indonesian source template into the current language."""
    if _state["lang"] == "en":
        return CATALOGUE_EN.get(text, text)
    return text
