"""Build the one-folder program with PyInstaller, report its size, smoke-test it, package it.

Usage (from the project root, with the project's virtualenv):
    .venv/bin/python installer/build.py [--dist DIR] [--work DIR] [--with-postgres]
                                        [--no-package] [--bench-runs N]
Linux: dist/ekinerja/ + dist/ekinerja-desktop-<version>-linux-x86_64.tar.gz
Windows: dist\\ekinerja\\ + dist\\ekinerja-desktop-<version>-setup.exe (when makensis is found)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import gen_versioninfo  # noqa: E402

SPEC = HERE / "ekinerja.spec"
WINDOWS = sys.platform == "win32"
APP_NAME = "ekinerja"
# Nothing of these may end up in the build (see UNUSED_QT in the spec).
FORBIDDEN = ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "VirtualKeyboard")
SIZE_BUDGET = 150 * 1000 * 1000


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def executable(app_dir: Path) -> Path:
    return app_dir / (f"{APP_NAME}.exe" if WINDOWS else APP_NAME)


def console_executable(app_dir: Path) -> Path:
    """The program with a console: on Windows ``ekinerja.exe`` is windowed (no stdout)."""
    return app_dir / f"{APP_NAME}-cli.exe" if WINDOWS else executable(app_dir)


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found is None and WINDOWS:
        for var in ("PROGRAMFILES(X86)", "PROGRAMFILES"):  # os.environ ignores case there
            candidate = Path(os.environ.get(var, "C:/Program Files")) / "NSIS" / "makensis.exe"
            if candidate.exists():
                return str(candidate)
    return found


def _packaged_lrelease() -> str | None:
    """The lrelease binary inside the PySide6 wheel (a Python unpacked without console
    scripts, e.g. the Windows Python of the wine check, has no pyside6-lrelease)."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return str(folder / name)
    return None


def compile_translations() -> list[Path]:
    """Compile ``resources/translations/*.ts`` to ``.qm`` in the GUI package when missing
    or outdated (as bootstrap does)."""
    sources = ROOT / "resources" / "translations"
    i18n = ROOT / "src" / "ekinerja_desktop" / "gui" / "i18n"
    i18n.mkdir(parents=True, exist_ok=True)
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or (
        shutil.which("pyside6-lrelease") or _packaged_lrelease()
    )
    compiled = []
    for ts in sorted(sources.glob("*.ts")):
        qm = i18n / ts.with_suffix(".qm").name
        if not qm.exists() or ts.stat().st_mtime > qm.stat().st_mtime:
            if tool is None:
                raise SystemExit(f"pyside6-lrelease not found: cannot compile {ts.name}")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def source_date_epoch() -> str:
    """Last commit time (reproducible archive timestamps), or now outside a git checkout."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    return str(int(time.time()))


def build(dist: Path, work: Path, *, with_postgres: bool = False) -> Path:
    """Run PyInstaller on the spec; return the one-folder program directory."""
    compile_translations()
    env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=source_date_epoch())
    env["EKINERJA_BUILD_POSTGRES"] = "1" if with_postgres else "0"
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    log(f"PyInstaller finished in {time.perf_counter() - started:.0f} s")
    app_dir = dist / APP_NAME
    if not executable(app_dir).exists():
        raise SystemExit(f"no executable in {app_dir}")
    return app_dir


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def size_report(app_dir: Path, top: int = 15) -> dict[str, object]:
    """Total size, largest files, Qt libraries present and anything forbidden."""
    files = [f for f in app_dir.rglob("*") if f.is_file() and not f.is_symlink()]
    files.sort(key=lambda f: f.stat().st_size, reverse=True)
    total = sum(f.stat().st_size for f in files)
    qt_libs = sorted(
        {
            f.name
            for f in files
            if f.name.startswith(("libQt6", "Qt6")) and (".so" in f.name or f.suffix == ".dll")
        }
    )
    forbidden = sorted(
        str(f.relative_to(app_dir)) for f in files if any(bad in f.name for bad in FORBIDDEN)
    )
    return {
        "total_bytes": total,
        "files": len(files),
        "largest": [(str(f.relative_to(app_dir)), f.stat().st_size) for f in files[:top]],
        "qt_libraries": qt_libs,
        "forbidden": forbidden,
    }


def print_size_report(report: dict[str, object]) -> None:
    total = int(report["total_bytes"])  # type: ignore[call-overload]
    log(f"size: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB) in {report['files']} files")
    log(f"budget: < {SIZE_BUDGET / 1e6:.0f} MB -> {'OK' if total < SIZE_BUDGET else 'OVER'}")
    log("largest files:")
    for name, size in report["largest"]:  # type: ignore[attr-defined]
        log(f"  {size / 1e6:7.1f} MB  {name}")
    log("Qt libraries: " + ", ".join(report["qt_libraries"]))  # type: ignore[arg-type]
    if report["forbidden"]:
        log(f"FORBIDDEN Qt parts present: {report['forbidden']}")


def smoke(app_dir: Path, version: str) -> None:
    """The frozen program: --version names the package version, --smoke prints SMOKE OK."""
    exe = console_executable(app_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    if out.returncode != 0 or version not in out.stdout:
        raise SystemExit(f"--version failed ({out.returncode}): {out.stdout}{out.stderr}")
    log(f"--version: {out.stdout.strip()}")
    out = subprocess.run(
        [str(exe), "--smoke"], capture_output=True, text=True, env=env, timeout=180, check=False
    )
    if out.returncode != 0 or "SMOKE OK" not in out.stdout:
        raise SystemExit(f"--smoke failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    log("--smoke: SMOKE OK")


def package(app_dir: Path, version: str, out_dir: Path) -> Path | None:
    """Linux: the install tarball. Windows: the NSIS installer (needs makensis on PATH)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch())
    if WINDOWS:
        makensis = find_makensis()
        if makensis is None:
            log("makensis not found: install NSIS 3 (winget install NSIS.NSIS) for the setup")
            return None
        target = out_dir / f"ekinerja-desktop-{version}-setup.exe"
        subprocess.run(
            [
                makensis,
                "/V2",
                f"/DVERSION={version}",
                f"/DVERSION4={gen_versioninfo.dotted(version)}",
                f"/DDIST={app_dir}",
                f"/DOUTFILE={target}",
                str(HERE / "windows" / "ekinerja.nsi"),
            ],
            check=True,
            env=env,
        )
        return target
    out = subprocess.run(
        ["bash", str(HERE / "linux" / "make_tarball.sh"), str(app_dir), version, str(out_dir)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    return Path(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--with-postgres", action="store_true", help="bundle psycopg (+11 MB)")
    parser.add_argument("--no-package", action="store_true", help="skip tarball / installer")
    parser.add_argument(
        "--bench-runs", type=int, default=5, help="start-time runs vs unfrozen (0: skip)"
    )
    args = parser.parse_args(argv)
    version = gen_versioninfo.package_version()
    log(f"e-Kinerja Desktop {version} for {sys.platform}")
    app_dir = build(args.dist.resolve(), args.work.resolve(), with_postgres=args.with_postgres)
    report = size_report(app_dir)
    print_size_report(report)
    (args.dist / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    if report["forbidden"]:
        return 1
    smoke(app_dir, version)
    if args.bench_runs > 0:
        sys.path.insert(0, str(ROOT / "bench"))
        import frozen

        frozen.print_result(frozen.measure(app_dir, runs=args.bench_runs))
    if not args.no_package:
        artifact = package(app_dir, version, args.dist.resolve())
        if artifact is not None:
            log(f"package: {artifact} ({artifact.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
