"""Language choice for messages produced outside the GUI (services, CLI).

Source strings are Indonesian (the default language). English text comes from a plain
catalogue keyed by the Indonesian template, so callers translate the template first
and format afterwards: ``_("Akun {u} terkunci.").format(u=name)``.

The English catalogue is ``messages_en.json`` beside this module (maintained with
``scripts/i18n.py messages``); it is read on first use, so an Indonesian session never
loads it.
"""

from __future__ import annotations

from functools import cache

SUPPORTED_LANGUAGES = ("id", "en")
_state = {"lang": "id"}


def set_language(lang: str) -> None:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"Bahasa tidak didukung: {lang!r} (pilih: id, en)")
    _state["lang"] = lang


def current_language() -> str:
    return _state["lang"]


@cache
def catalogue_en() -> dict[str, str]:
    """Indonesian template -> English template."""
    import json  # here, not at start-up: an Indonesian session never needs them
    from importlib import resources

    folder = resources.files("ekinerja_desktop.domain")
    text = folder.joinpath("messages_en.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("messages_en.json must hold one JSON object")
    return {str(k): str(v) for k, v in data.items()}


def _(text: str) -> str:
    """Translate an Indonesian source template into the current language."""
    if _state["lang"] == "en":
        return catalogue_en().get(text, text)
    return text


def N_(text: str) -> str:  # the gettext_noop convention
    """Mark a template for the catalogue without translating it yet (module-level tables
    are built once; translate with ``_()`` where the text is shown)."""
    return text
