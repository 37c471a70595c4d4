"""Qt Linguist workflow: ``update`` re-extracts strings into the .ts (keeping existing
translations), ``fill FILE.json`` merges {source: translation} pairs, ``check`` lists
strings without a finished translation (exit 1 if any)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "ekinerja_desktop" / "gui"
TS = GUI / "i18n" / "ekinerja_en.ts"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p) for p in GUI.rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if (
                tr is None
                or tr.get("type") in ("unfinished", "vanished", "obsolete")
                or not (tr.text or "").strip()
            ):
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill(pairs: dict[str, str], ts: Path = TS) -> int:
    """Keys are sources ("Pegawai") or context-qualified ("Navigation::Pegawai"); a
    qualified key wins over a plain one for that context."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            value = pairs.get(f"{name}::{source}", pairs.get(source))
            if value is not None and tr is not None:
                tr.text = value
                tr.attrib.pop("type", None)
                count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "fill":
        pairs = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        print(f"filled {fill(pairs)}")
    missing = unfinished()
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}")
    return 1 if missing and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
