"""What building a demo workspace produces (shared by ``demo`` and the generators)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEMO_ADMIN = ("admin", "demo12345")
DEMO_PASSWORD = "demo12345"


@dataclass
class DemoResult:
    data_dir: Path
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # user, pass, role
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"Ruang kerja demo dibuat di {self.data_dir}"]
        lines += [f"  {name}: {count}" for name, count in self.counts.items()]
        lines.append("Akun demo (nama pengguna / kata sandi / peran):")
        lines += [f"  {u} / {p} / {r}" for u, p, r in self.accounts]
        return "\n".join(lines)
