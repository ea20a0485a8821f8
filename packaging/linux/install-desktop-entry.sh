#!/bin/sh
# Add qbdesk to the applications menu of the current user (no root needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   (again after moving the folder)
# To remove: rm ~/.local/share/applications/qbdesk.desktop ~/.local/share/icons/hicolor/256x256/apps/qbdesk.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/qbdesk.png" "$icons/qbdesk.png"
# The path is quoted for the Exec key (a folder name with spaces still works).
sed "s|@EXEC@|\"$here/qbdesk\"|" "$here/qbdesk.desktop" > "$apps/qbdesk.desktop"
chmod 644 "$apps/qbdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "qbdesk added to the applications menu ($apps/qbdesk.desktop)"
