"""English translations of Indonesian service/CLI message templates."""

from __future__ import annotations

CATALOGUE_EN: dict[str, str] = {}
