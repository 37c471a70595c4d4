"""Translation workflow.

GUI strings (Qt Linguist): the sources are resources/translations/*.ts; ``update``
re-extracts strings into the .ts (keeping existing translations), ``fill FILE.json``
merges {source: translation} pairs, ``compile`` builds the .qm the program loads (into
src/ekinerja_desktop/gui/i18n/, not tracked; scripts/bootstrap.sh and installer/build.py
do the same).

Service and CLI messages (``_("...")`` templates, domain/i18n.py): ``messages [OUT.json]``
writes the templates without an English entry as {template: ""} for translating,
``messages-fill FILE.json`` merges them into domain/messages_en.json (and drops entries
whose template is gone).

``check`` lists everything untranslated, in both catalogues (exit 1 if any).
"""

from __future__ import annotations

import ast
import functools
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "ekinerja_desktop"
GUI = PKG / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"  # the .ts sources
TS = TRANSLATIONS / "ekinerja_en.ts"
QM_DIR = GUI / "i18n"  # the compiled .qm, packaged with the GUI
MESSAGES_EN = PKG / "domain" / "messages_en.json"
_PLACEHOLDER = re.compile(r"{([a-zA-Z_][a-zA-Z0-9_]*)?(?:[:!][^{}]*)?}")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p) for p in GUI.rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def qm_path(ts: Path) -> Path:
    """Where the compiled ``ts`` goes."""
    return QM_DIR / ts.with_suffix(".qm").name


def compile_all() -> list[Path]:
    """Compile every .ts that is newer than its .qm (or has none); returns the .qm files."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    out = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = qm_path(ts)
        if not qm.exists() or ts.stat().st_mtime > qm.stat().st_mtime:
            subprocess.run(
                [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
        out.append(qm)
    return out


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


@functools.lru_cache(maxsize=4)
def message_templates(root: Path = PKG) -> dict[str, list[str]]:
    """Every ``_("...")`` / ``N_("...")`` template in the package -> its uses (file:line).
    Read once per process (the tests ask twice; parsing the package is seconds)."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "_(" not in text:
            continue  # no call of _ or N_: nothing to parse for
        tree = ast.parse(text, filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(node.args[0].value, []).append(where)
    return found


def message_catalogue(path: Path = MESSAGES_EN) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def placeholders(template: str) -> set[str]:
    return {m.group(1) or "" for m in _PLACEHOLDER.finditer(template)}


def message_problems(path: Path = MESSAGES_EN) -> list[str]:
    """Templates without an English entry, and entries whose {placeholders} differ."""
    catalogue = message_catalogue(path)
    problems = []
    for template, where in message_templates().items():
        english = catalogue.get(template, "").strip()
        if not english:
            problems.append(f"untranslated message ({where[0]}): {template!r}")
        elif placeholders(english) != placeholders(template):
            problems.append(f"placeholders differ ({where[0]}): {template!r} -> {english!r}")
    return problems


def messages_fill(pairs: dict[str, str], path: Path = MESSAGES_EN) -> int:
    templates = message_templates()
    catalogue = {k: v for k, v in message_catalogue(path).items() if k in templates}
    added = 0
    for template, english in pairs.items():
        if template in templates and english.strip():
            added += catalogue.get(template) != english
            catalogue[template] = english
    text = json.dumps(dict(sorted(catalogue.items())), ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
    return added


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "compile":
        print(f"compiled {len(compile_all())} translation(s) into {QM_DIR}")
        return 0
    elif command == "fill":
        pairs = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        print(f"filled {fill(pairs)}")
    elif command == "messages":
        catalogue = message_catalogue()
        todo = {t: "" for t in message_templates() if not catalogue.get(t, "").strip()}
        text = json.dumps(todo, ensure_ascii=False, indent=1)
        if len(sys.argv) > 2:
            Path(sys.argv[2]).write_text(text + "\n", encoding="utf-8")
        print(f"{len(todo)} message templates without English", file=sys.stderr)
        return 0
    elif command == "messages-fill":
        pairs = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        print(f"messages filled {messages_fill(pairs)}")
    missing = unfinished()
    for context, source in missing:
        print(f"untranslated [{context}] {source!r}")
    problems = message_problems()
    for problem in problems:
        print(problem)
    return 1 if (missing or problems) and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
