"""Subprocess for test_power_cut: saves employees in a loop and prints each committed id.

Usage: python -m tests.integration.power_cut_writer DATA_DIR UNIT_ID FIRST_NUMBER
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path


def nip_for(number: int) -> str:
    """A valid, unique PNS NIP per number (birth date moves every 999 numbers)."""
    born = date(1970, 1, 1) + timedelta(days=number // 999)
    return f"{born:%Y%m%d}201001{1 + number % 2}{number % 999 + 1:03d}"


def main() -> None:
    from ekinerja_desktop.services import master
    from ekinerja_desktop.services.workspace import open_workspace

    data_dir, unit_id, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ws = open_workspace(data_dir)
    actor = master.default_admin_actor(ws)
    print("ready", flush=True)
    number = first
    while True:
        detail = master.save_employee(
            ws,
            actor,
            master.EmployeeInput(
                nip=nip_for(number), name=f"Pegawai Uji {number}", unit_id=unit_id
            ),
        )
        # Printed only after the commit returned: this entry must survive any kill.
        print(detail.id, flush=True)
        number += 1


if __name__ == "__main__":
    main()
