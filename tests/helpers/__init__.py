"""Code the tests share: builders of workspaces, organisations, SKP chains, daily logs,
evaluations, nodes and bundles; the cheap argon2 switch; Windows file rules; the X
window helpers of the end-to-end tests. Test modules import shared code from here, never
from another test module or a ``conftest.py`` (tests/unit/test_structure.py checks)."""

from __future__ import annotations

from collections.abc import Callable

# The password of the ``admin`` account every test workspace is created with.
ADMIN_PASSWORD = "rahasia-admin-1"


def new_workspace(
    path,
    role=None,
    *,
    agency: str = "Pemerintah Kota Palu",
    password: str = ADMIN_PASSWORD,
    database_url: str | None = None,
):
    """A new workspace at ``path`` (an office unless ``role`` says otherwise) whose
    administrator is ``admin`` with ``password``."""
    from ekinerja_desktop.domain.roles import NodeRole
    from ekinerja_desktop.services.workspace import init_workspace

    return init_workspace(
        path,
        role=role or NodeRole.OFFICE,
        agency=agency,
        admin_username="admin",
        admin_password=password,
        database_url=database_url,
    )


def assert_locked_after(attempt: Callable[[], object], failures: int):
    """``failures`` calls of ``attempt`` (a login or unlock with a wrong password) are
    refused as ``auth_failed``, the next one as ``account_locked``: that last error."""
    import pytest

    from ekinerja_desktop.services.errors import AuthError

    for _ in range(failures):
        with pytest.raises(AuthError) as info:
            attempt()
        assert info.value.code == "auth_failed"
    with pytest.raises(AuthError) as info:
        attempt()
    assert info.value.code == "account_locked"
    return info.value
