"""Packaging: the frozen one-folder build starts and passes --smoke; installers are sound."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from ekinerja_desktop import __version__
from ekinerja_desktop.resources import resource_path

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
NSI = INSTALLER / "windows" / "ekinerja.nsi"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_module() -> ModuleType:
    return _load("ekinerja_installer_build", INSTALLER / "build.py")


@pytest.fixture(scope="module")
def versioninfo() -> ModuleType:
    return _load("ekinerja_installer_gen_versioninfo", INSTALLER / "gen_versioninfo.py")


def test_version_info_comes_from_the_package(versioninfo) -> None:
    assert versioninfo.package_version() == __version__
    assert versioninfo.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert versioninfo.version_tuple("2") == (2, 0, 0, 0)
    assert versioninfo.dotted("0.1.0") == "0.1.0.0"
    with pytest.raises(SystemExit):
        versioninfo.version_tuple("70000.0")

    # PyInstaller evaluates the file with its VERSIONINFO classes: do the same with recorders.
    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    tree = eval(  # the generated file is a Python expression by PyInstaller's design
        versioninfo.version_file_text(__version__), {n: record(n) for n in names}
    )
    _, _, info = tree
    numbers = versioninfo.version_tuple(__version__)
    assert info["ffi"][2]["filevers"] == numbers
    assert info["ffi"][2]["prodvers"] == numbers
    table = info["kids"][0][1][0][0]
    strings = {s[1][0]: s[1][1] for s in table[1][1]}
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "ekinerja.exe"


def test_icons_are_packaged_in_every_size() -> None:
    from PIL import Image

    ET.parse(ROOT / "resources" / "icons" / "icon.svg")  # well-formed SVG source
    for name, size in [("icon.png", 256), ("icon-48.png", 48), ("icon-32.png", 32)]:
        with Image.open(resource_path(name)) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    with Image.open(resource_path("icon-16.png")) as image:
        assert image.size == (16, 16)
    with Image.open(resource_path("icon.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def _nsis_blocks_balanced(text: str) -> None:
    lines = [line.strip() for line in text.splitlines() if not line.strip().startswith(";")]
    for opening, closing in [
        (r"!if(n?def)?\b", r"!endif\b"),
        (r"Section\b", r"SectionEnd\b"),
        (r"Function\b", r"FunctionEnd\b"),
        (r"!macro\b", r"!macroend\b"),
    ]:
        opened = sum(1 for line in lines if re.match(opening, line))
        closed = sum(1 for line in lines if re.match(closing, line))
        assert opened == closed, f"unbalanced {opening} / {closing}: {opened} vs {closed}"


def test_nsis_script_is_sound_and_compiles_when_makensis_exists(tmp_path: Path) -> None:
    text = NSI.read_text(encoding="utf-8")
    _nsis_blocks_balanced(text)
    # Contract of the installer (see docs/packaging.md).
    assert "!include MultiUser.nsh" in text  # per user or per machine
    assert '"Software\\Classes\\.ekb"' in text
    assert '"$INSTDIR\\${EXE}" "%1"' in text  # double-click passes the bundle path
    assert "Call RemoveProgramFiles" in text  # upgrade removes the old program first
    assert "/PURGE" in text  # data kept unless asked (silent uninstall)
    assert "MB_DEFBUTTON2" in text  # ... and the question defaults to No
    assert "$SMPROGRAMS" in text
    assert "$DESKTOP" in text
    # Older Windows than 10 1703 (build 15063) cannot load Qt 6.10+: refused up front,
    # with an Indonesian message, before anything is installed (issue #15).
    on_init = text[
        text.index("Function .onInit") : text.index("FunctionEnd", text.index("Function .onInit"))
    ]
    assert on_init.index("${AtLeastBuild} 15063") < on_init.index("MULTIUSER_INIT")
    assert "$(NEED_WIN10) /SD IDOK" in on_init
    need = re.search(r'LangString NEED_WIN10 \$\{LANG_INDONESIAN\} "([^"]+)"', text)
    assert need is not None
    assert "Windows 10 versi 1703" in need.group(1)
    makensis = shutil.which("makensis")
    if makensis is None:
        return  # the well-formedness checks above are all that can run without NSIS
    dist = tmp_path / "ekinerja"
    (dist / "_internal").mkdir(parents=True)
    (dist / "ekinerja.exe").write_bytes(b"MZ placeholder")
    (dist / "ekinerja-cli.exe").write_bytes(b"MZ placeholder")
    (dist / "_internal" / "base_library.zip").write_bytes(b"placeholder")
    out = tmp_path / "ekinerja-desktop-test.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",  # warnings are errors: a clean script only
            f"-DVERSION={__version__}",
            f"-DDIST={dist}",
            f"-DOUTFILE={out}",
            "-DCOMPRESSOR=zlib",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_linux_tarball_installs_upgrades_and_uninstalls_keeping_data(tmp_path: Path) -> None:
    for script in ["install.sh", "uninstall.sh", "make_tarball.sh"]:
        subprocess.run(["bash", "-n", str(INSTALLER / "linux" / script)], check=True)
    app = tmp_path / "build" / "ekinerja"
    (app / "_internal").mkdir(parents=True)
    exe = app / "ekinerja"
    exe.write_text("#!/bin/sh\necho 'e-Kinerja Desktop test'\n")
    exe.chmod(0o755)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    tarballs = []
    for name in ["one", "two"]:
        out = subprocess.run(
            ["bash", str(INSTALLER / "linux" / "make_tarball.sh"), str(app), "9.8.7", name],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        tarballs.append(Path(out.stdout.strip()))
    assert tarballs[0].read_bytes() == tarballs[1].read_bytes()  # reproducible archive
    assert tarballs[0].name.startswith("ekinerja-desktop-9.8.7-linux-")

    unpack = tmp_path / "unpack"
    unpack.mkdir()
    subprocess.run(["tar", "-xzf", str(tarballs[0]), "-C", str(unpack)], check=True)
    (tree,) = unpack.iterdir()
    home = tmp_path / "home"
    home.mkdir()
    user_env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    for _ in range(2):  # install, then upgrade in place over it
        subprocess.run(
            ["bash", str(tree / "install.sh"), "--user"],
            env=user_env,
            check=True,
            capture_output=True,
        )
    installed = home / ".local" / "opt" / "ekinerja-desktop"
    desktop = home / ".local" / "share" / "applications" / "ekinerja-desktop.desktop"
    entry = desktop.read_text()
    assert f"Exec={installed}/ekinerja %f" in entry
    assert "MimeType=application/x-ekinerja-bundle;" in entry
    assert (home / ".local/share/icons/hicolor/256x256/apps/ekinerja-desktop.png").is_file()
    assert (home / ".local/share/mime/packages/ekinerja-desktop.xml").is_file()
    launcher = home / ".local" / "bin" / "ekinerja"
    assert subprocess.run([str(launcher)], capture_output=True, text=True, check=True).stdout
    assert not (home / ".local" / "opt" / "ekinerja-desktop.new").exists()

    data = home / ".local" / "share" / "ekinerja-desktop"
    data.mkdir(parents=True)
    (data / "ekinerja.sqlite3").write_text("precious")
    subprocess.run([str(installed / "uninstall.sh")], env=user_env, check=True, capture_output=True)
    assert not installed.exists()
    assert not desktop.exists()
    assert not launcher.exists()
    assert (data / "ekinerja.sqlite3").read_text() == "precious"  # data kept
    subprocess.run(
        ["bash", str(tree / "uninstall.sh"), "--user", "--purge"],
        env=user_env,
        check=True,
        capture_output=True,
    )
    assert not data.exists()


@pytest.mark.slow
def test_frozen_build_starts_and_passes_smoke(build_module, tmp_path: Path) -> None:
    app_dir = build_module.build(tmp_path / "dist", tmp_path / "work")
    internal = app_dir / "_internal"
    assert (internal / "ekinerja_desktop" / "gui" / "i18n" / "ekinerja_en.qm").is_file()
    migrations = internal / "ekinerja_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    assert (internal / "ekinerja_desktop" / "resources" / "icon.png").is_file()

    report = build_module.size_report(app_dir)
    assert report["forbidden"] == []
    assert report["total_bytes"] < 200 * 1000 * 1000  # hard ceiling; the aim is < 150 MB
    assert not any("Qml" in lib or "Quick" in lib for lib in report["qt_libraries"])

    exe = build_module.executable(app_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"e-Kinerja Desktop {__version__}"
    smoke = subprocess.run(
        [str(exe), "--smoke"], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "SMOKE OK" in smoke.stdout
    # The headless commands work frozen too (Alembic reads the migrations from disk).
    data_dir = tmp_path / "ws"
    init = subprocess.run(
        [
            str(exe),
            "init",
            "--data-dir",
            str(data_dir),
            "--role",
            "office",
            "--agency",
            "Uji Beku",
            "--admin",
            "admin",
        ],
        capture_output=True,
        text=True,
        env=dict(env, EKINERJA_PASSWORD="frozen-pass-1"),
        timeout=120,
        check=False,
    )
    assert init.returncode == 0, init.stdout + init.stderr
    info = subprocess.run(
        [str(exe), "info", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert info.returncode == 0, info.stdout + info.stderr
    assert "Uji Beku" in info.stdout


def test_make_application_sets_the_window_icon() -> None:
    # A fresh process: make_application() reuses an existing QApplication as it is.
    code = (
        "from ekinerja_desktop.gui.app import make_application;"
        "app = make_application();"
        "sizes = app.windowIcon().availableSizes();"
        "print(max(s.width() for s in sizes) if sizes else 0)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "256"
