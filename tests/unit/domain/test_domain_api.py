"""Tests that the public domain API is importable from the package root."""

from __future__ import annotations

import subprocess
import sys

import ekinerja_desktop.domain as domain
from ekinerja_desktop.domain import roles, timeutil


def test_everything_in_all_is_exported() -> None:
    for name in domain.__all__:
        assert hasattr(domain, name), name
    assert len(set(domain.__all__)) == len(domain.__all__)


def test_lead_modules_are_reexported() -> None:
    assert domain.Role is roles.Role
    assert domain.NodeRole is roles.NodeRole
    assert domain.to_wita is timeutil.to_wita
    assert domain.WITA is timeutil.WITA


def test_package_docstring_documents_the_api() -> None:
    doc = domain.__doc__ or ""
    for name in ("predikat", "check_distribution", "parse_nip", "WorkCalendar", "angka_kredit"):
        assert name in doc


def test_domain_does_not_import_io_frameworks() -> None:
    # A fresh interpreter, so modules imported by other tests cannot hide a leak.
    code = (
        "import sys, ekinerja_desktop.domain; "
        "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'reportlab', 'openpyxl') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
