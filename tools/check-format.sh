#!/usr/bin/env bash
# Format check: the C++ in src/, tests/ and bench/ is laid out as .clang-format says.
#
# Usage: tools/check-format.sh [--fix] [PROJECT_ROOT]
#   without --fix: clang-format --dry-run --Werror on every file; prints what differs and
#                  exits 1 if any file would change (or if clang-format is missing).
#   with --fix:    rewrites the files in place (clang-format -i); nothing else changes.
# CLANG_FORMAT=/path/to/clang-format picks another binary. Layout differs a little between
# clang-format versions; the project follows the one in Debian 12 (clang-format 14).
set -uo pipefail

fix=0
if [ "${1:-}" = "--fix" ]; then
    fix=1
    shift
fi
root=$(cd "${1:-$(dirname "$0")/..}" && pwd) || exit 1
tool=${CLANG_FORMAT:-clang-format}

if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-format: $tool not found; install the Debian package clang-format" >&2
    exit 1
fi
if [ ! -f "$root/.clang-format" ]; then
    echo "check-format: no .clang-format in $root" >&2
    exit 1
fi

cd "$root" || exit 1
# tests/data holds fixtures, among them a file laid out wrongly on purpose.
mapfile -d '' files < <(find src tests bench -path tests/data -prune -o -type f \( -name '*.cpp' -o -name '*.h' \
    -o -name '*.hpp' \) -print0 | sort -z)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-format: no C++ files found under src/, tests/ and bench/ in $root" >&2
    exit 1
fi

if [ "$fix" = 1 ]; then
    printf '%s\0' "${files[@]}" | xargs -0 -n 50 "$tool" -i --style=file
    echo "check-format: formatted ${#files[@]} file(s)"
    exit 0
fi

# One clang-format run per batch of files; its warnings name file:line:column.
output=$(printf '%s\0' "${files[@]}" | xargs -0 -n 50 "$tool" --dry-run --Werror --style=file 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$output" ]; then
    printf '%s\n' "$output" | grep -E '^[^ ].*: error:' | head -n 200
    unformatted=$(printf '%s\n' "$output" | grep -E ': error:' | cut -d: -f1 | sort -u | wc -l)
    lines=$(printf '%s\n' "$output" | grep -cE ': error:')
    echo "check-format: $unformatted of ${#files[@]} file(s) are not formatted ($lines place(s));" \
        "run tools/check-format.sh --fix"
    exit 1
fi
echo "check-format: all ${#files[@]} file(s) formatted"
