#!/usr/bin/env bash
# Instructions from exec to the first painted frame, counted by callgrind, for the empty Qt
# window, `mooring` on a locked profile (the lock screen) and `mooring --help-now`. Unlike
# wall-clock times (bench/crisis_first_window.sh) the counts do not change with the load of
# the machine, so two builds can be compared on a busy one.
#
#   bench/startup_instructions.sh [BUILD_DIR] [MOORING]
#       BUILD_DIR  default build/release; needs mooring-cli and bench/empty_window in it
#       MOORING    the program to count, default BUILD_DIR/src/app/mooring (a copy of an
#                  older build, say, to compare against)
#
# Callgrind dumps its counts after the first QBackingStore::flush (the first frame handed
# to the X server); that first dump holds everything from exec to the first paint. The
# program is then ended. Runs under its own Xvfb when DISPLAY is unset. KEEP=DIR keeps the
# callgrind files there (for callgrind_annotate --inclusive=yes). Figures and what they mean:
# bench/README-startup.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
mooring=${2:-$build/src/app/mooring}
for need in "$mooring" "$build/src/app/mooring-cli" "$build/bench/empty_window"; do
    [ -x "$need" ] || { echo "missing $need" >&2; exit 1; }
done
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 1; }

xvfb_pid=
work=$(mktemp -d)
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    display=:$((90 + RANDOM % 9))
    Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display
    for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
fi
export QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

profile=$work/profile
printf 'a calm harbour at dusk\na calm harbour at dusk\n' |
    "$build/src/app/mooring-cli" create --profile "$profile" >/dev/null 2>&1 ||
    { echo "could not create a profile with mooring-cli" >&2; exit 1; }

# count NAME CMD...: prints the instructions (Ir) of the first dump, in millions.
count() {
    local name=$1 out=$work/$1
    shift
    mkdir -p "$out"
    valgrind --tool=callgrind --dump-after='QBackingStore::flush*' \
        --callgrind-out-file="$out/callgrind.out" "$@" >/dev/null 2>&1 &
    local pid=$! first=$out/callgrind.out.1
    # Under callgrind a start takes many seconds; 120 is far beyond the first frame.
    for _ in $(seq 1 1200); do
        [ -s "$first" ] && grep -q '^totals:' "$first" && break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
    [ -n "$first" ] || { echo "no dump after a first paint for $name" >&2; exit 1; }
    [ -n "${KEEP:-}" ] && mkdir -p "$KEEP" && cp "$first" "$KEEP/$name.callgrind"
    awk '/^totals:/ { printf "%.1f\n", $2 / 1e6 }' "$first"
}

base=$(count empty "$build/bench/empty_window")
lock=$(count lock "$mooring" --profile "$profile")
help=$(count helpnow "$mooring" --profile "$profile" --help-now)
printf 'instructions, exec to first paint (millions)\n'
printf 'empty Qt window:        %8s\n' "$base"
printf 'mooring (lock screen):  %8s   %sx\n' "$lock" "$(echo "scale=2; $lock / $base" | bc)"
printf 'mooring --help-now:     %8s   %sx\n' "$help" "$(echo "scale=2; $help / $base" | bc)"
