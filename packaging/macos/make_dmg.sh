#!/usr/bin/env bash
# Make the macOS disk image from the PyInstaller bundle: qbdesk.app beside an Applications link,
# compressed (UDZO), verified. Runs on macOS only (hdiutil).
#
#   bash packaging/macos/make_dmg.sh dist/qbdesk.app 0.1.0 dist     # scripts/build_app.py --package does this
#
# Signing: PyInstaller signs the app ad hoc, which is enough to run it on the Mac that built it and,
# after "Open" from the Finder's context menu, on others. For distribution set
#   QBDESK_CODESIGN_IDENTITY="Developer ID Application: ..."   sign the app (hardened runtime) and the image
#   QBDESK_NOTARY_PROFILE=name                                  notarize with `xcrun notarytool` and staple
# (the profile is made once with `xcrun notarytool store-credentials`).
set -euo pipefail

app=${1:?usage: make_dmg.sh PATH/qbdesk.app VERSION [OUTDIR]}
version=${2:?usage: make_dmg.sh PATH/qbdesk.app VERSION [OUTDIR]}
outdir=${3:-$(dirname "$app")}
here=$(cd "$(dirname "$0")" && pwd)

[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh: hdiutil needs macOS" >&2; exit 2; }
[ -d "$app/Contents/MacOS" ] || { echo "make_dmg.sh: $app is not an app bundle" >&2; exit 2; }

arch=$(lipo -archs "$app/Contents/MacOS/qbdesk" 2>/dev/null | tr ' ' '-' || uname -m)
dmg="$outdir/qbdesk-$version-macos-$arch.dmg"

if [ -n "${QBDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$here/entitlements.plist" --sign "$QBDESK_CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "qbdesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -imagekey zlib-level=9 \
  -ov "$dmg" >/dev/null
hdiutil verify "$dmg" >/dev/null

if [ -n "${QBDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$QBDESK_CODESIGN_IDENTITY" "$dmg"
  if [ -n "${QBDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$QBDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi

echo "disk image: $dmg ($(du -h "$dmg" | cut -f1))"
