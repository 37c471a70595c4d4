"""Per-workspace UI preferences readable before the database opens (language)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ekinerja_desktop.domain.i18n import SUPPORTED_LANGUAGES

PREFS_FILE = "preferences.json"
DEFAULTS: dict[str, str] = {"language": "id"}


def load(data_dir: Path) -> dict[str, str]:
    prefs = dict(DEFAULTS)
    try:
        raw = json.loads((data_dir / PREFS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return prefs
    if isinstance(raw, dict):
        lang = raw.get("language")
        if lang in SUPPORTED_LANGUAGES:
            prefs["language"] = lang
    return prefs


def save(data_dir: Path, **values: str) -> None:
    prefs = load(data_dir)
    for key, value in values.items():
        if key == "language" and value not in SUPPORTED_LANGUAGES:
            raise ValueError(value)
        prefs[key] = value
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = data_dir / (PREFS_FILE + ".tmp")
    tmp.write_text(json.dumps(prefs, indent=2), encoding="utf-8")
    os.replace(tmp, data_dir / PREFS_FILE)
