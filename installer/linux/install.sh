#!/usr/bin/env sh
# Install the one-folder build system-wide on Linux (run as root):
#   installer/linux/install.sh [BUNDLE_DIR]     (default: dist/custody-checklist)
# Copies the bundle to /opt/custody-checklist, links the command into /usr/local/bin and
# adds the menu entry and icon. The database and config are never touched: uninstall
# with installer/linux/uninstall.sh, which leaves ~/.local/share/custody-checklist and
# /etc/xdg/custody-checklist alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../../dist/custody-checklist}
prefix=${PREFIX:-/opt/custody-checklist}
[ -x "$bundle/custody-checklist" ] || { echo "no build at $bundle (run make installer)" >&2; exit 2; }
rm -rf "$prefix.new"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sf "$prefix/custody-checklist" /usr/local/bin/custody-checklist
install -Dm644 "$here/custody-checklist.desktop" /usr/share/applications/custody-checklist.desktop
install -Dm644 "$here/custody-checklist.svg" /usr/share/icons/hicolor/scalable/apps/custody-checklist.svg
install -Dm644 "$here/custody-checklist.png" /usr/share/icons/hicolor/256x256/apps/custody-checklist.png
install -Dm644 "$here/../config.example.toml" /etc/xdg/custody-checklist/config.example.toml
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
echo "Installed in $prefix; machine-wide config goes in /etc/xdg/custody-checklist/config.toml"
