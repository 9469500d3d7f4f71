#!/usr/bin/env bash
# Builds the .deb from this build folder (cpack), unpacks it into a scratch root with
# dpkg -x and runs that root's mooring-cli (and mooring-cli-pdf) --version on the system's
# own libraries.
# Usage: deb_installs.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# gzip: quicker than the default xz, and this package is thrown away.
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >/dev/null
deb=$(echo "$scratch"/out/mooring_*.deb)
test -f "$deb" || { echo "no .deb made"; exit 1; }

# Debian 12 package names, not file names.
depends=$(dpkg-deb --field "$deb" Depends)
for pkg in libqt6widgets6 libqt6svg6 libqt6printsupport6 libqt6charts6 libsqlcipher0 libsodium23 libqrencode4 libzxcvbn0; do
    [[ "$depends" == *"$pkg"* ]] || { echo "Depends lacks $pkg: $depends"; exit 1; }
done
[[ "$(dpkg-deb --field "$deb" Version)" == "$version" ]] || { echo "wrong package version"; exit 1; }

dpkg -x "$deb" "$scratch/root"
for file in usr/bin/mooring usr/bin/mooring-cli usr/bin/mooring-cli-pdf usr/share/applications/org.mooring.Mooring.desktop \
            usr/share/metainfo/org.mooring.Mooring.metainfo.xml usr/share/icons/hicolor/scalable/apps/mooring.svg \
            usr/share/icons/hicolor/48x48/apps/mooring.png usr/share/doc/mooring/README.md; do
    test -e "$scratch/root/$file" || { echo "missing from the package: $file"; exit 1; }
done

out=$(env -u LD_LIBRARY_PATH "$scratch/root/usr/bin/mooring-cli" --version)
[[ "$out" == *"$version"* ]] || { echo "mooring-cli --version printed: $out"; exit 1; }
# Its companion for `report --pdf` starts too, on Qt's offscreen platform (from libqt6gui6).
pdf_out=$(env -u LD_LIBRARY_PATH "$scratch/root/usr/bin/mooring-cli-pdf" --version)
[[ "$pdf_out" == *"$version"* ]] || { echo "mooring-cli-pdf --version printed: $pdf_out"; exit 1; }
echo "ok: $(basename "$deb"): $out"
