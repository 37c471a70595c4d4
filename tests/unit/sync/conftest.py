"""Node keys shared by the sync tests (key generation is cheap but not free)."""

from __future__ import annotations

import pytest

from ekinerja_desktop.sync.keys import NodeKeys
from tests.helpers.bundles import Nodes


@pytest.fixture(scope="session")
def nodes() -> Nodes:
    return Nodes(
        central=NodeKeys.generate("central"),
        office1=NodeKeys.generate("office-1"),
        office2=NodeKeys.generate("office-2"),
        outsider=NodeKeys.generate("outsider"),
        attacker=NodeKeys.generate("attacker"),
    )
