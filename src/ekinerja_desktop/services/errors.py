"""Service-level errors; every message is for the user and says what to do next."""

from __future__ import annotations

from ekinerja_desktop.domain.errors import EkinerjaError


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


class PermissionDeniedError(ServiceError):
    code = "permission_denied"


class NotFoundError(ServiceError):
    code = "not_found"


class AuthError(ServiceError):
    code = "auth_failed"


class WorkspaceError(ServiceError):
    code = "workspace"
