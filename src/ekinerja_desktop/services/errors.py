"""Service-level errors; every message is for the user and says what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from ekinerja_desktop.domain.errors import EkinerjaError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class ServiceError(EkinerjaError):
    code = "service_error"


class ValidationError(ServiceError):
    """Input that breaks a rule. ``problems`` lists (field, message) pairs."""

    code = "invalid"

    def __init__(
        self, message: str, *, problems: list[tuple[str, str]] | None = None, hint: str = ""
    ) -> None:
        super().__init__(message, hint=hint)
        self.problems = problems or []


def required_text(value: str | None, field: str, message: str, problem: str, hint: str = "") -> str:
    """``value`` stripped; a ValidationError naming ``field`` when nothing is left."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(message, problems=[(field, problem)], hint=hint)
    return text


def check_problems(problems: list[tuple[str, str]], message: str, hint: str = "") -> None:
    """A ValidationError when ``problems`` (field, text) is not empty: ``message`` with
    the texts joined by "; " in its ``{p}`` (or ``{m}``) place."""
    if problems:
        joined = "; ".join(text for _field, text in problems)
        raise ValidationError(message.format(p=joined, m=joined), problems=problems, hint=hint)


class PermissionDeniedError(ServiceError):
    code = "permission_denied"


class NotFoundError(ServiceError):
    code = "not_found"


def live_row(session: Session, model: type[T], row_id: str, message: str, hint: str = "") -> T:
    """The row of ``model`` with ``row_id``; a NotFoundError (``message``, ``hint``) when
    there is none or it is deleted."""
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted", False):
        raise NotFoundError(message, hint=hint)
    return row


class AuthError(ServiceError):
    code = "auth_failed"


class WorkspaceError(ServiceError):
    code = "workspace"
