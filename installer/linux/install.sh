#!/usr/bin/env bash
# Install (or upgrade in place) e-Kinerja Desktop from this unpacked tarball.
#   ./install.sh            per user: ~/.local/opt/ekinerja-desktop, menu entry, icon, .ekb
#   sudo ./install.sh --system   for every user: /opt/ekinerja-desktop, /usr/local/bin
# An upgrade removes the old program files first; the user's data is never touched.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MODE=user
[ "$(id -u)" = 0 ] && MODE=system
case "${1:-}" in
  --user) MODE=user ;;
  --system) MODE=system ;;
  "") ;;
  -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
  *) echo "Pilihan tidak dikenal: $1 (gunakan --user atau --system)" >&2; exit 2 ;;
esac

if [ "$MODE" = system ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Instalasi --system memerlukan hak root: jalankan 'sudo $0 --system'." >&2
    exit 1
  fi
  APP=/opt/ekinerja-desktop BIN=/usr/local/bin SHARE=/usr/share
else
  APP="$HOME/.local/opt/ekinerja-desktop" BIN="$HOME/.local/bin"
  SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

[ -x "$HERE/ekinerja/ekinerja" ] || { echo "Folder program tidak ditemukan di $HERE/ekinerja." >&2; exit 1; }

# Upgrade in place: copy next to the old version, then swap, so a failed copy keeps it.
mkdir -p "$(dirname "$APP")"
rm -rf "$APP.new"
cp -a "$HERE/ekinerja" "$APP.new"
cp "$HERE/uninstall.sh" "$APP.new/uninstall.sh"
chmod 755 "$APP.new/uninstall.sh"
rm -rf "$APP"
mv "$APP.new" "$APP"
cat > "$APP/install-info" <<INFO
MODE=$MODE
APP=$APP
BIN=$BIN
SHARE=$SHARE
INFO

mkdir -p "$BIN" "$SHARE/applications" "$SHARE/mime/packages"
ln -sfn "$APP/ekinerja" "$BIN/ekinerja"
sed "s|@EXEC@|$APP/ekinerja|g" "$HERE/share/ekinerja-desktop.desktop" \
  > "$SHARE/applications/ekinerja-desktop.desktop"
chmod 644 "$SHARE/applications/ekinerja-desktop.desktop"
for size in 16 32 48 256; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$HERE/share/icons/ekinerja-desktop-$size.png" \
    "$SHARE/icons/hicolor/${size}x${size}/apps/ekinerja-desktop.png"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/ekinerja-desktop.svg" "$SHARE/icons/hicolor/scalable/apps/ekinerja-desktop.svg"
cp "$HERE/share/ekinerja-desktop-mime.xml" "$SHARE/mime/packages/ekinerja-desktop.xml"

# Refresh desktop caches when the tools exist (a missing tool only delays the menu entry).
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" >/dev/null 2>&1 || true

echo "e-Kinerja Desktop terpasang di $APP (menu aplikasi, perintah: $BIN/ekinerja)."
echo "Hapus dengan: $APP/uninstall.sh"
