#!/usr/bin/env bash
# Prepare everything the program (and, with --test, the test suite) needs on this machine:
#   1. Debian system libraries (only when running as root on Debian; otherwise listed),
#   2. a virtual environment in .venv with the Python packages (skipped when unchanged),
#   3. the compiled Qt translations (.qm).
# Usage: scripts/bootstrap.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

WANT_TEST=0
[ "${1:-}" = "--test" ] && WANT_TEST=1
PYTHON=${PYTHON:-python3}

# Qt's xcb platform plugin needs these to open a real window (see docs/admin-guide.md).
APT_RUNTIME="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libx11-xcb1
 libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
# Tests: a virtual X server and key events for the end-to-end test, PostgreSQL for the
# second run of the store/service tests, poppler to render PDFs.
APT_TEST="xvfb xauth x11-utils xdotool postgresql poppler-utils"

missing_packages() {
  local pkg out=""
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      out="$out $pkg"
    fi
  done
  echo "$out"
}

if command -v dpkg-query >/dev/null 2>&1; then
  wanted="$APT_RUNTIME"
  [ "$WANT_TEST" = 1 ] && wanted="$wanted $APT_TEST"
  if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    wanted="$wanted python3-venv"
  fi
  # shellcheck disable=SC2086
  missing=$(missing_packages $wanted)
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "[bootstrap] apt-get install:$missing"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      # shellcheck disable=SC2086
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "[bootstrap] WARNING: missing system packages:$missing"
      echo "[bootstrap] install them with: sudo apt-get install$missing"
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "[bootstrap] creating the virtual environment .venv"
  "$PYTHON" -m venv .venv
fi
# Running the program needs only its own dependencies; the test suite adds the developer
# tools (pytest, ruff, mypy, PyInstaller, ...). Each set is installed once per pyproject.
if [ "$WANT_TEST" = 1 ]; then EXTRAS="[dev]"; KIND=test; else EXTRAS=""; KIND=run; fi
HASH=$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f ".venv/.stamp-$KIND-$HASH" ] && [ ! -f ".venv/.stamp-test-$HASH" ]; then
  if [ "$KIND" = test ]; then
    echo "[bootstrap] installing the program and the test tools into .venv (first time: a few minutes)"
  else
    echo "[bootstrap] installing the program into .venv (first time: a few minutes, about 450 MB)"
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  # No -q here: pip's own progress bars show that the download is moving.
  .venv/bin/python -m pip install --disable-pip-version-check --progress-bar on \
    -e ".$EXTRAS" 2>&1 | grep -v -e "^Requirement already satisfied" -e "is ignored: it is neither" || true
  .venv/bin/python -c "import ekinerja_desktop" || { echo "[bootstrap] install failed" >&2; exit 1; }
  rm -f .venv/.stamp-"$KIND"-*
  touch ".venv/.stamp-$KIND-$HASH"
  echo "[bootstrap] done"
fi

# Compile translations: the sources resources/translations/*.ts -> .qm next to the GUI
# package (src/ekinerja_desktop/gui/i18n/, not tracked), where the program loads them.
mkdir -p src/ekinerja_desktop/gui/i18n
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="src/ekinerja_desktop/gui/i18n/$(basename "${ts%.ts}").qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
