#!/usr/bin/env bash
# How fast "I need help now" appears (it needs no database, no key derivation and no
# chart). Prints the median time to the first painted frame, and to the window's map, over
# RUNS runs (default 11) for: an empty Qt Widgets window (the baseline), `mooring` on a
# locked profile (the lock screen) and `mooring --help-now`, each also as a ratio of the
# baseline. A fourth program, the help screen's words in plain Qt labels and buttons
# (`bench/help_words_window`), tells what of `--help-now`'s time the words themselves cost:
# its ratio to the baseline, and `--help-now`'s ratio to it, are printed as well.
#
#   bench/crisis_first_window.sh [BUILD_DIR]      (default build/release; needs the targets
#   mooring, mooring-cli, empty_window and help_words_window; runs under its own Xvfb if
#   DISPLAY is unset)
# Each run is timed by bench/first_window.sh: from starting the program until the X server
# maps its window (xev, xdotool), and until the program has painted its first frame (the
# program says when). Figures and what costs what: bench/README-startup.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
runs=${RUNS:-11}
tool=$root/bench/first_window.sh
for need in "$build/src/app/mooring" "$build/src/app/mooring-cli" "$build/bench/empty_window" \
    "$build/bench/help_words_window"; do
    [ -x "$need" ] || { echo "missing $need: build mooring, mooring-cli, empty_window, help_words_window" >&2; exit 1; }
done
for need in xdotool xev; do command -v $need >/dev/null || { echo "$need is needed" >&2; exit 1; }; done

xvfb_pid=
work=$(mktemp -d)
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    display=:$((90 + RANDOM % 9))
    Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp -maxclients 1024 >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display
    for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
fi
export QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

# A real, locked profile so `mooring` opens on the lock screen (not on setup).
profile=$work/profile
printf 'a calm harbour at dusk\na calm harbour at dusk\n' |
    "$build/src/app/mooring-cli" create --profile "$profile" >/dev/null 2>&1 ||
    { echo "could not create a profile with mooring-cli" >&2; exit 1; }

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# The three programs take turns, run by run, so that whatever else the machine does at some
# moment weighs on all three alike (timed one block after the other, a busy minute during
# one block moved the ratio by a tenth). A start that never shows a window (now and then Xvfb
# refuses a connection and Qt gives up) makes first_window.sh wait until its limit: such runs
# are left out and made up for.
one() {  # NAME TITLE CMD... : one timed run, its seconds appended to $work/NAME (mapped)
    local name=$1 t mapped painted  # and $work/NAME.painted (first frame)
    shift
    t=$("$tool" "$@" 2>/dev/null)
    read -r mapped painted <<<"$t"
    if [ -n "$mapped" ] && [ -n "$painted" ] && [ "$(echo "$painted < 10" | bc)" = 1 ]; then
        echo "$mapped" >>"$work/$name"
        echo "$painted" >>"$work/$name.painted"
    else
        echo "$*" >>"$work/failed"
    fi
}
count() { [ -f "$work/$1" ] && wc -l <"$work/$1" || echo 0; }
"$build/bench/empty_window" & warm=$!; sleep 1; kill $warm 2>/dev/null; wait $warm 2>/dev/null || true  # warm the caches
for _ in $(seq 1 $((runs * 2))); do
    [ "$(count base)" -lt "$runs" ] && one base 'Mooring baseline' "$build/bench/empty_window"
    [ "$(count lock)" -lt "$runs" ] && one lock 'Mooring' "$build/src/app/mooring" --profile "$profile"
    [ "$(count help)" -lt "$runs" ] && one help 'Mooring' "$build/src/app/mooring" --profile "$profile" --help-now
    [ "$(count words)" -lt "$runs" ] && one words 'Mooring words' "$build/bench/help_words_window"
    [ "$(count base)" -ge "$runs" ] && [ "$(count lock)" -ge "$runs" ] && [ "$(count help)" -ge "$runs" ] &&
        [ "$(count words)" -ge "$runs" ] && break
done
for name in base lock help words; do
    [ "$(count $name)" -gt 0 ] || { echo "no window appeared for: $name" >&2; exit 1; }
done
ratio() { echo "scale=2; $1 / $2" | bc; }
printf 'runs each:               %s (left out and repeated: %s that showed no window)\n' "$runs" "$(cat "$work/failed" 2>/dev/null | wc -l)"
for figure in painted mapped; do
    suffix=.$figure
    [ $figure = mapped ] && suffix=
    base=$(median <"$work/base$suffix")
    lock=$(median <"$work/lock$suffix")
    help=$(median <"$work/help$suffix")
    words=$(median <"$work/words$suffix")
    if [ $figure = painted ]; then echo "until the first frame is painted (medians):"; else echo "until the window is mapped (medians):"; fi
    printf '  empty Qt window:         %.3f s\n' "$base"
    printf '  mooring (lock screen):   %.3f s   %sx baseline\n' "$lock" "$(ratio "$lock" "$base")"
    printf '  mooring --help-now:      %.3f s   %sx baseline\n' "$help" "$(ratio "$help" "$base")"
    printf '  its words in plain Qt:   %.3f s   %sx baseline (--help-now: %sx these)\n' "$words" \
        "$(ratio "$words" "$base")" "$(ratio "$help" "$words")"
done
