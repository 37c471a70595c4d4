#!/usr/bin/env bash
# Install what is needed (first time) and open e-Kinerja Desktop.
# Extra arguments go to the program, e.g. scripts/run.sh --data-dir /tmp/coba
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "Tidak ada layar (DISPLAY kosong): aplikasi dijalankan di layar virtual Xvfb."
    exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/ekinerja "$@"
  fi
  echo "Tidak ada layar (DISPLAY kosong). Jalankan dari sesi desktop." >&2
  exit 1
fi
exec .venv/bin/ekinerja "$@"
