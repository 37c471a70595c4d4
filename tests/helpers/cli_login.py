"""CLI commands that act as a person need --user (or EKINERJA_USER) and the password, on
a plain workspace too (issue 20, item 7)."""

from __future__ import annotations

import pytest

from tests.helpers import ADMIN_PASSWORD


def cli_login(
    monkeypatch: pytest.MonkeyPatch, user: str = "admin", password: str | None = None
) -> None:
    import os

    monkeypatch.setenv("EKINERJA_USER", user)
    if password is not None or not os.environ.get("EKINERJA_PASSWORD"):
        monkeypatch.setenv("EKINERJA_PASSWORD", password or ADMIN_PASSWORD)
