#!/usr/bin/env bash
# Install what is needed (first time) and open e-Kinerja Desktop.
# Extra arguments go to the program, e.g. scripts/run.sh --data-dir /tmp/coba
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
# Only the window needs a screen: --help, --version and commands (demo, report, ...) run
# headless.
needs_screen=1
value_next=0
for arg in "$@"; do
  if [ "$value_next" = 1 ]; then value_next=0; continue; fi
  case "$arg" in
    --data-dir|--database-url) value_next=1 ;;
    -h|--help|--version|--smoke) needs_screen=0 ;;
    -*|*.ekb) ;;
    *) needs_screen=0 ;;  # a command: demo, report, db, ...
  esac
done
if [ "$needs_screen" = 1 ] && [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] \
   && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "Tidak ada layar (DISPLAY kosong): aplikasi dijalankan di layar virtual Xvfb."
    exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/ekinerja "$@"
  fi
  echo "Tidak ada layar (DISPLAY kosong). Jalankan dari sesi desktop." >&2
  exit 1
fi
exec .venv/bin/ekinerja "$@"
