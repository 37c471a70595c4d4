"""Cells that stay data: text from users never becomes a live spreadsheet formula.

A name such as ``=HYPERLINK("http://...","Klik")`` typed into a form, an imported
workbook or even the login window (an unknown user name is audited) would otherwise come
back as a formula when an export is opened in Excel or LibreOffice ("CSV/formula
injection", OWASP). Two rules, one per format:

- **xlsx**: such text is written as a *text* cell (``t="inlineStr"``), never as a
  formula; its characters stay exactly as typed, so a re-import reads the same text.
- **CSV** has no cell types: a value that starts with ``= + - @``, a tab or a carriage
  return gets a leading apostrophe, which spreadsheet programs read as "this is text".
  Numbers are written as numbers and are not touched (``-5`` stays ``-5``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_LEADS)


def csv_cell(value: Any) -> Any:
    """The value as it is safe to put into a CSV cell."""
    if looks_like_formula(value):
        return "'" + str(value)
    return value


class _Writer(Protocol):
    def writerow(self, row: Iterable[Any], /) -> Any: ...


class SafeCsvWriter:
    """A ``csv.writer`` whose every cell passes through :func:`csv_cell`."""

    def __init__(self, writer: _Writer) -> None:
        self._writer = writer

    def writerow(self, row: Sequence[Any]) -> None:
        self._writer.writerow([csv_cell(v) for v in row])

    def writerows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def keep_as_text(cell: Any) -> None:
    """An openpyxl cell whose string value openpyxl took for a formula: store it as text."""
    if isinstance(cell.value, str) and cell.data_type == "f":
        cell.data_type = "s"
