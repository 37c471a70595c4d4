"""The one exception family every layer raises for problems a user can act on."""

from __future__ import annotations


class EkinerjaError(Exception):
    """An error with a message for the user (Indonesian by default) and what to do next.

    ``code`` is stable and machine-readable (tests and the CLI exit status use it);
    ``message`` says what happened; ``hint`` says what the user should do.
    """

    code = "error"

    def __init__(self, message: str, *, hint: str = "", code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()
