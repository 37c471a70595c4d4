"""Code the tests share: builders of workspaces, organisations, SKP chains, daily logs,
evaluations, nodes and bundles; the cheap argon2 switch; Windows file rules; the X
window helpers of the end-to-end tests. Test modules import shared code from here, never
from another test module or a ``conftest.py`` (tests/unit/test_structure.py checks)."""

from __future__ import annotations

# The password of the ``admin`` account every test workspace is created with.
ADMIN_PASSWORD = "rahasia-admin-1"
