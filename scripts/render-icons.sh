#!/usr/bin/env bash
# Renders resources/icons/mooring.svg to resources/icons/mooring-{16..256}.png with Qt Svg
# (the same renderer the program uses). Run it after editing the SVG and commit the PNGs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
# shellcheck disable=SC2046
g++ -std=c++20 -fPIC -o "$tool/render-icons" "$root/scripts/render-icons.cpp" $(pkg-config --cflags --libs Qt6Svg Qt6Gui)
QT_QPA_PLATFORM=offscreen "$tool/render-icons" "$root/resources/icons/mooring.svg" "$root/resources/icons"
ls -l "$root"/resources/icons/*.png
