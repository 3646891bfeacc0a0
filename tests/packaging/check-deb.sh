#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks what it holds.
#   check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(find "$out" -maxdepth 1 -name 'lotse_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "cpack made no lotse_*.deb"; ls -l "$out"; exit 1; }
contents=$(dpkg-deb -c "$deb")
echo "$contents"
for path in ./usr/bin/lotse ./usr/share/applications/org.lotse.Lotse.desktop \
            ./usr/share/metainfo/org.lotse.Lotse.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.lotse.Lotse.svg \
            ./usr/share/lotse/alerts/kato.yaml ./usr/share/lotse/alerts/tmi.yaml \
            ./usr/share/lotse/alerts/greenlang.yaml ./usr/share/lotse/alerts/promptcard.yaml; do
  grep -qF " $path" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q 'libqt6widgets6' <<<"$depends" || { echo "the package does not depend on Qt's widgets library"; exit 1; }
grep -q 'libqt6sql6-psql' <<<"$depends" || { echo "the package does not depend on the PostgreSQL driver"; exit 1; }
[ "$(dpkg-deb -f "$deb" Package)" = lotse ] || { echo "wrong package name"; exit 1; }
echo "ok: $(basename "$deb")"
