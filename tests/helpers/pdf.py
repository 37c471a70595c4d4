"""Reading the PDFs the tests print."""

from __future__ import annotations

import re

from pypdf import PdfReader


def pdf_text(path) -> str:
    """The text of every page of the PDF at ``path``, white space folded to one space."""
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
