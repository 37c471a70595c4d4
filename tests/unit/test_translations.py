"""Every user-facing GUI string has an English translation, and the .qm is current."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
assert _spec is not None
i18n_tool = importlib.util.module_from_spec(_spec)
assert _spec.loader is not None
_spec.loader.exec_module(i18n_tool)


def test_every_gui_string_is_translated(tmp_path):
    ts = tmp_path / "ekinerja_en.ts"
    shutil.copy(i18n_tool.TS, ts)
    i18n_tool.update(ts)  # merges strings found in the current sources
    missing = i18n_tool.unfinished(ts)
    assert missing == [], (
        "untranslated GUI strings (run scripts/i18n.py update, then translate):\n"
        + "\n".join(f"[{c}] {s}" for c, s in missing)
    )


def test_compiled_translation_exists_and_is_newer():
    qm = i18n_tool.qm_path(i18n_tool.TS)
    assert qm.exists(), "run scripts/bootstrap.sh to compile translations"
    assert qm.stat().st_mtime >= i18n_tool.TS.stat().st_mtime


def test_every_service_message_has_english_with_the_same_placeholders():
    problems = i18n_tool.message_problems()
    assert problems == [], (
        "service/CLI messages without a matching English entry (run scripts/i18n.py "
        "messages TODO.json, translate, then scripts/i18n.py messages-fill TODO.json):\n"
        + "\n".join(problems)
    )


def test_english_catalogue_is_used_when_english_is_chosen():
    from ekinerja_desktop.domain import i18n
    from ekinerja_desktop.domain.roles import Role

    templates = i18n_tool.message_templates()
    catalogue = i18n.catalogue_en()
    assert set(catalogue) <= set(templates), "stale entries: run scripts/i18n.py messages-fill"
    try:
        i18n.set_language("en")
        assert Role.ATASAN.label == catalogue["Atasan (Pejabat Penilai)"]
        # What the status bar shows after "Logged in as" (it once said "Supervisor
        # (appraiser, appraiser)").
        assert [role.label for role in Role] == [
            "Employee",
            "Supervisor (appraiser)",
            "OPD admin",
            "Central admin (BKPSDM)",
        ]
    finally:
        i18n.set_language("id")
    assert Role.ATASAN.label == "Atasan (Pejabat Penilai)"
