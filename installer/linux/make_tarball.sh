#!/usr/bin/env bash
# Pack the one-folder build with the installer scripts, menu entry and icons, reproducibly
# (sorted names, fixed owner and mtime = SOURCE_DATE_EPOCH, gzip without timestamp).
# Usage: make_tarball.sh APP_DIR VERSION OUT_DIR   -> prints the tarball path
set -euo pipefail
APP_DIR="$(cd "$1" && pwd)" VERSION="$2" OUT_DIR="$(mkdir -p "$3" && cd "$3" && pwd)"
HERE="$(cd "$(dirname "$0")" && pwd)"
RES="$HERE/../../src/ekinerja_desktop/resources"
ARCH="$(uname -m)"
NAME="ekinerja-desktop-$VERSION-linux-$ARCH"
EPOCH="${SOURCE_DATE_EPOCH:-$(date +%s)}"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/$NAME"
mkdir -p "$ROOT/share/icons"
cp -a "$APP_DIR" "$ROOT/ekinerja"
install -m 755 "$HERE/install.sh" "$HERE/uninstall.sh" "$ROOT/"
install -m 644 "$HERE/ekinerja-desktop.desktop" "$HERE/ekinerja-desktop-mime.xml" "$ROOT/share/"
install -m 644 "$RES/icon.png" "$ROOT/share/icons/ekinerja-desktop-256.png"
for size in 16 32 48; do
  install -m 644 "$RES/icon-$size.png" "$ROOT/share/icons/ekinerja-desktop-$size.png"
done
install -m 644 "$HERE/../../resources/icons/icon.svg" "$ROOT/share/icons/ekinerja-desktop.svg"
cat > "$ROOT/README.txt" <<TXT
e-Kinerja Desktop $VERSION (Linux $ARCH)

Pasang untuk pengguna ini:      ./install.sh
Pasang untuk semua pengguna:    sudo ./install.sh --system
Perbarui: jalankan install.sh dari versi baru (program lama dihapus lebih dulu; data tetap).
Hapus:   ~/.local/opt/ekinerja-desktop/uninstall.sh   (atau /opt/ekinerja-desktop/uninstall.sh)
         Data pengguna tetap disimpan kecuali dengan --purge.
Tanpa memasang: ./ekinerja/ekinerja
TXT

TARBALL="$OUT_DIR/$NAME.tar.gz"
tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C "$STAGE" -cf - "$NAME" | gzip -n -6 > "$TARBALL"
echo "$TARBALL"
