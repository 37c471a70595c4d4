"""The run-time self-check that ``--smoke`` uses to prove a (frozen) build is complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekinerja_desktop.services import selfcheck

pytestmark = pytest.mark.sqlite_only


def test_every_check_passes_in_a_complete_installation(ws, admin, tmp_path: Path) -> None:
    assert selfcheck.check(ws, admin, tmp_path / "scratch") == []
    assert list((tmp_path / "scratch").glob("*.ekbak")), "the backup check writes a backup"


def test_a_missing_data_file_is_reported_by_name(ws, admin, tmp_path: Path, monkeypatch) -> None:
    # What a frozen build without the holidays package's .mo files runs into.
    import holidays

    def missing(*_args, **_kwargs):
        raise FileNotFoundError("No translation file found for domain: 'ID'")

    monkeypatch.setattr(holidays, "country_holidays", missing)
    problems = selfcheck.check(ws, admin, tmp_path / "scratch")
    assert len(problems) == 1
    assert problems[0].startswith("calendar: FileNotFoundError")
