"""Self-check of the parts that read data files at run time.

A frozen (PyInstaller) build only contains the files its analysis found; a library that
loads data lazily (holiday names, CLDR locale data, ReportLab fonts, OpenSSL in the
cryptography wheel) can start fine and fail on first use. ``--smoke`` runs these checks
so a build missing one of them fails in CI, not in an office.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ekinerja_desktop.services import backup, sync_service
from ekinerja_desktop.services.auth import Actor
from ekinerja_desktop.services.workspace import Workspace


def _calendar() -> None:
    from ekinerja_desktop.domain import national_days
    from ekinerja_desktop.domain.calendar import DayKind, WorkCalendar

    cal = WorkCalendar()
    # Christmas 2025 is a Thursday and a national holiday (the built-in table of days).
    if cal.is_working_day(date(2025, 12, 25)) or not cal.is_working_day(date(2025, 12, 23)):
        raise AssertionError("national holidays of 2025 not recognised")
    # A year beyond that table comes from the holidays package, whose holiday names are
    # translated from .mo files the frozen build must carry.
    later = max(national_days.DAYS) + 5
    if cal.day_info(date(later, 12, 25)).kind is DayKind.WORKDAY:
        raise AssertionError(f"national holidays of {later} not recognised")


def _locale() -> None:
    from babel.dates import format_date
    from babel.numbers import format_decimal

    text = format_date(date(2025, 8, 17), format="long", locale="id_ID")
    number = format_decimal(1234567.5, locale="id_ID")
    if (text, number) != ("17 Agustus 2025", "1.234.567,5"):
        raise AssertionError(f"Indonesian formatting gave {text!r} and {number!r}")


def _english() -> None:
    from ekinerja_desktop.domain import i18n

    if not i18n.catalogue_en():
        raise AssertionError("the English message catalogue is empty")


def _pdf() -> None:
    from ekinerja_desktop.reports.table_pdf import Column, build_table_pdf

    out = io.BytesIO()
    build_table_pdf("Uji", ["Swauji"], [Column("Nama"), Column("Nilai")], [["a", 1]], out)
    if not out.getvalue().startswith(b"%PDF"):
        raise AssertionError("the PDF writer produced no PDF")


def _xlsx() -> None:
    from openpyxl import load_workbook

    from ekinerja_desktop.reports.xlsx import Sheet, write_table_xlsx

    out = io.BytesIO()
    write_table_xlsx(out, [Sheet("Uji", ["Nama", "Nilai"], [["a", 1]])])
    out.seek(0)
    sheet = load_workbook(out, read_only=True).worksheets[0]
    if [c.value for c in next(sheet.iter_rows(min_row=2, max_row=2))] != ["a", 1]:
        raise AssertionError("the workbook did not read back")


def check(ws: Workspace, actor: Actor, scratch: Path) -> list[str]:
    """Run every check; return one line per failure (empty: all good). Admins only
    (the backup check requires it)."""

    def _keys() -> None:
        fingerprint = sync_service.node_keys(ws).public().fingerprint()
        if not fingerprint:
            raise AssertionError("node keys have no fingerprint")

    def _backup() -> None:
        info = backup.backup_now(ws, actor, scratch)
        if not info.path.is_file():
            raise AssertionError("no backup file written")

    checks: list[tuple[str, Callable[[], None]]] = [
        ("calendar", _calendar),
        ("locale", _locale),
        ("english", _english),
        ("pdf", _pdf),
        ("xlsx", _xlsx),
        ("keys", _keys),
        ("backup", _backup),
    ]
    problems = []
    for name, run in checks:
        try:
            run()
        except Exception as exc:  # report every failure, keep checking
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
    return problems
