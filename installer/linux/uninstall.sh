#!/usr/bin/env sh
# Remove the program, menu entry and icon. Keeps every database, backup and config file.
set -eu
prefix=${PREFIX:-/opt/custody-checklist}
rm -rf "$prefix"
[ -L /usr/local/bin/custody-checklist ] && rm -f /usr/local/bin/custody-checklist
rm -f /usr/share/applications/custody-checklist.desktop
rm -f /usr/share/icons/hicolor/scalable/apps/custody-checklist.svg
rm -f /usr/share/icons/hicolor/256x256/apps/custody-checklist.png
echo "Removed $prefix. Databases (~/.local/share/custody-checklist) and config (/etc/xdg/custody-checklist) were kept."
