"""A second start of the program for the same data folder hands over to the first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ekinerja_desktop.gui.single_instance import SingleInstance, server_name

pytestmark = pytest.mark.gui


SECOND_START = """
import sys
import subprocess
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ekinerja_desktop.gui.single_instance import SingleInstance
app = QCoreApplication(sys.argv[:1])
sys.exit(0 if SingleInstance(Path(sys.argv[1])).forward(Path(sys.argv[2])) else 3)
"""


@pytest.mark.parametrize(
    ("busy", "timeout"), [(0, 20_000), (5, 30_000)], ids=["first_idle", "first_busy"]
)
def test_second_start_hands_its_bundle_to_the_first(qtbot, tmp_path, busy, timeout):
    """The second start hands its bundle over and exits, also when the first program's
    event loop is busy for 5 s (importing its pages on a loaded machine) as the second
    connects: the second waits for the answer instead of starting a second copy on the
    same data folder."""
    import time

    first = SingleInstance(tmp_path / "ws")
    assert first.listen()
    bundle = tmp_path / "kiriman.ekb"
    try:
        with qtbot.waitSignal(first.received, timeout=timeout) as got:
            second = subprocess.Popen(
                [sys.executable, "-c", SECOND_START, str(tmp_path / "ws"), str(bundle)]
            )
            if busy:
                time.sleep(busy)  # busy: no event is processed
        assert got.args == [{"file": str(bundle)}]
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=timeout)
        assert second.returncode == 0  # the second start was told to exit
    finally:
        first.close()


def test_no_running_program_means_start_normally(qtbot, tmp_path):
    assert SingleInstance(tmp_path / "elsewhere").forward(None) is False


def test_a_stale_socket_from_a_crash_does_not_block_the_next_start(qtbot, tmp_path):
    data_dir = tmp_path / "ws"
    first = SingleInstance(data_dir)
    assert first.listen()
    # Simulate a crash: the socket file stays, nobody answers.
    assert first.server is not None
    first.server.close()
    first.server = None
    stale = SingleInstance(data_dir)
    assert stale.forward(None) is False
    again = SingleInstance(data_dir)
    assert again.listen()
    again.close()


def test_names_differ_per_folder_and_match_for_the_same_folder(tmp_path):
    a = server_name(tmp_path / "a")
    assert a == server_name(tmp_path / "x" / ".." / "a")
    assert a != server_name(tmp_path / "b")
    assert Path(a).name == a  # a plain name, no path parts
