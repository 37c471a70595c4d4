#!/usr/bin/env bash
# Remove e-Kinerja Desktop: program files, menu entry, icons and the .ekb association.
# The user's data (workspace, backups) is kept unless --purge is given:
#   uninstall.sh [--user|--system] [--purge]
# --purge deletes only the data of the user running this script.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MODE="" PURGE=0
for arg in "$@"; do
  case "$arg" in
    --user) MODE=user ;;
    --system) MODE=system ;;
    --purge) PURGE=1 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "Pilihan tidak dikenal: $arg (gunakan --user, --system, --purge)" >&2; exit 2 ;;
  esac
done

if [ -z "$MODE" ] && [ -f "$HERE/install-info" ]; then
  # Run from the installed folder: it knows where it was installed.
  # shellcheck disable=SC1091
  . "$HERE/install-info"
else
  [ -z "$MODE" ] && { [ "$(id -u)" = 0 ] && MODE=system || MODE=user; }
  if [ "$MODE" = system ]; then
    APP=/opt/ekinerja-desktop BIN=/usr/local/bin SHARE=/usr/share
  else
    APP="$HOME/.local/opt/ekinerja-desktop" BIN="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
  fi
fi
if [ "$MODE" = system ] && [ "$(id -u)" != 0 ]; then
  echo "Penghapusan instalasi sistem memerlukan hak root: jalankan dengan sudo." >&2
  exit 1
fi

case "$APP" in
  */ekinerja-desktop) ;;
  *) echo "Menolak menghapus folder tak terduga: $APP" >&2; exit 1 ;;
esac
if [ -L "$BIN/ekinerja" ] && [ "$(readlink "$BIN/ekinerja")" = "$APP/ekinerja" ]; then
  rm -f "$BIN/ekinerja"
fi
rm -f "$SHARE/applications/ekinerja-desktop.desktop" "$SHARE/mime/packages/ekinerja-desktop.xml"
for size in 16x16 32x32 48x48 256x256; do
  rm -f "$SHARE/icons/hicolor/$size/apps/ekinerja-desktop.png"
done
rm -f "$SHARE/icons/hicolor/scalable/apps/ekinerja-desktop.svg"
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
rm -rf "$APP"

DATA="${EKINERJA_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/ekinerja-desktop}"
if [ "$PURGE" = 1 ]; then
  rm -rf "$DATA"
  echo "Program dan data ($DATA) telah dihapus."
else
  echo "Program dihapus. Data Anda tetap tersimpan di $DATA"
  echo "(hapus juga dengan: uninstall.sh --purge, setelah membuat cadangan)."
fi
