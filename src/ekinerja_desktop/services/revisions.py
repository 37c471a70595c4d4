"""Guards on revisioned records (SKP, evaluation): work goes on in the latest revision
only (``store.revisions`` finds it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ekinerja_desktop.domain.i18n import _
from ekinerja_desktop.services.errors import ValidationError
from ekinerja_desktop.store.revisions import R, latest_of


def require_latest(session: Session, row: R, superseded: str) -> None:
    """Refuse to work on ``row`` when a later revision of its record exists.
    ``superseded`` is the translated message, with ``{r}`` for this revision and ``{n}``
    for the latest."""
    latest = latest_of(session, row)
    if latest is not None and latest.id != row.id:
        raise ValidationError(
            superseded.format(r=row.revision, n=latest.revision),
            hint=_("Buka revisi terbaru dan lanjutkan di sana."),
        )
