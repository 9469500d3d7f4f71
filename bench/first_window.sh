#!/usr/bin/env bash
# first_window.sh TITLE CMD... : prints the seconds from starting CMD until the X server shows
# a window titled exactly TITLE, then ends CMD. Prints nothing (exit 1) if none appears within
# FIRST_WINDOW_LIMIT seconds (default 10).
# When the program says when its first frame was painted (mooring and bench/empty_window do,
# with MOORING_REPORT_FIRST_FRAME=1, which this sets), a second figure follows on the same
# line: the seconds from starting CMD until that first painted frame.
#
# It waits for the X server's map events (xev on the root window) instead of asking "is it
# there yet?" every few milliseconds: on a busy machine a polling loop takes CPU from the very
# program it times. Only when a window is mapped does it look at titles (xdotool). The first
# frame's moment comes from the program itself, through a pipe read without polling.
# Needs DISPLAY, xev (x11-utils) and xdotool. Works with or without a window manager: with
# one, the frame is what the root window sees mapped, and the title search still finds the
# program's own window.
set -u
export LC_ALL=C  # a dot in $EPOCHREALTIME, whatever the locale
[ $# -ge 2 ] || { echo "usage: $0 TITLE CMD..." >&2; exit 2; }
title=$1
shift
limit=${FIRST_WINDOW_LIMIT:-10}

coproc XEV { exec xev -root -event substructure 2>/dev/null; }
xev_pid=$XEV_PID
exec {events}<&"${XEV[0]}"
program=
reports=$(mktemp -u)
mkfifo -m 600 "$reports"
exec {said}<>"$reports"  # open both ways first, so neither the program nor this side blocks
finish() {
    [ -n "$program" ] && kill "$program" 2>/dev/null && wait "$program" 2>/dev/null
    kill "$xev_pid" 2>/dev/null
    wait "$xev_pid" 2>/dev/null
    rm -f "$reports"
}
trap finish EXIT
# xev prints nothing until an event comes; give it a moment to ask for the root's events
# before the clock starts (this wait is not part of the figure).
for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -e "/proc/$xev_pid" ] || { echo "xev did not start (is DISPLAY set?)" >&2; exit 1; }
    sleep 0.02
done

start=$EPOCHREALTIME
MOORING_REPORT_FIRST_FRAME=1 "$@" >/dev/null 2>"$reports" &
program=$!

seen() { xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; }
deadline=$(awk -v s="$start" -v l="$limit" 'BEGIN { printf "%.6f", s + l }')
while :; do
    left=$(awk -v d="$deadline" -v n="$EPOCHREALTIME" 'BEGIN { t = d - n; printf "%.3f", (t > 0 ? t : 0) }')
    [ "$left" = 0.000 ] && exit 1
    IFS= read -r -t "$left" -u "$events" line || exit 1
    case $line in
        MapNotify*) ;;
        *) continue ;;
    esac
    shown=$EPOCHREALTIME
    if seen; then
        # Its first frame follows the map within moments; a program that never says is given
        # a second at most.
        painted=
        while IFS= read -r -t 1 -u "$said" report; do
            case $report in
                "first frame at "*) painted=${report#first frame at }; break ;;
            esac
        done
        if [ -n "$painted" ]; then
            awk -v a="$start" -v b="$shown" -v c="$painted" 'BEGIN { printf "%.4f %.4f\n", b - a, c - a }'
        else
            awk -v a="$start" -v b="$shown" 'BEGIN { printf "%.4f\n", b - a }'
        fi
        exit 0
    fi
done
