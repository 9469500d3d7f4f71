#!/usr/bin/env python3
"""Walking each panel of "I need help now" with Tab and Shift+Tab, checked on the real AT-SPI bus.

Uses the private set-up of bus_session.py (its own Xvfb from :124 to :131, openbox, a private
D-Bus session, the AT-SPI bus, pyatspi), opens `mooring` on a fresh profile and, before
unlocking, like a person who cannot see the screen: presses F1, then each panel's Alt+letter
(Breathe, Ground, Ride out the urge, Talk to someone, Try something); on each, and on
the timer's page once a timer runs and on the helplines once the region is chosen, presses Tab
until the focus comes round again, then Shift+Tab. Every focused object must be showing and
named, never inside a nameless "layered pane", and every showing control that takes the focus
must be reached both ways: a control that is not on screen (the timer's start buttons while a
timer runs) must never take the focus.

    tests/atspi/help_panels_walk.py [BUILD_DIR]     (default: build/ci)

Exit status 0 when all of it holds, 1 when not or when a tool it needs is missing. Every process
it starts is stopped when it ends.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import find_app, first_showing, pump, start_desktop, wait_for  # noqa: E402
from bus_walk import Listener, is_role, make_profile, report, run, start_mooring, xdotool  # noqa: E402
from bus_session import Processes  # noqa: E402

PASSPHRASE = "willow-Bright-29"
DISPLAYS = range(124, 132)
LIMIT_SECONDS = 150
# Before unlocking there is no plan to show: "My plan, step by step" comes after.
PANELS = (("alt+b", "Breathe"), ("alt+g", "Ground"), ("alt+r", "Ride out the urge"), ("alt+t", "Talk to someone"),
          ("alt+s", "Try something"))


def inner(build):
    import pyatspi

    work = os.environ["MOORING_ATSPI_WORK"]
    processes = Processes()
    failures = []
    lines = []
    try:
        if not start_desktop(processes, work, DISPLAYS):
            print(f"FAIL: no free display from :{DISPLAYS[0]} to :{DISPLAYS[-1]}")
            return 1
        profile = os.path.join(work, "profile")
        make_profile(build, profile, PASSPHRASE)
        bus = Listener(failures, lines)
        bus.deadline = time.monotonic() + LIMIT_SECONDS
        start_mooring(processes, build, profile)
        app = bus.wait_app(is_role(pyatspi.ROLE_PASSWORD_TEXT))
        if app is None:
            print("FAIL: the lock screen's passphrase field never took keys on the bus")
            return 1

        since = bus.mark()
        xdotool("key", "F1")
        if wait_for(app, is_role(pyatspi.ROLE_PAGE_TAB, "Breathe"), seconds=15) is None:
            failures.append("F1 did not show the help screen's choices")
            raise SystemExit
        bus.wait_focus(since, seconds=4)

        def open_panel(key, name):
            since = bus.mark()
            xdotool("key", key)
            bus.wait_focus(since, seconds=4)
            pump(0.5)
            moves = bus.focus_moves(since)
            focused = moves[-1] if moves else None
            bus.walk_screen(f"help: {name}", app, focused)
            return focused

        for key, name in PANELS:
            focused = open_panel(key, name)
            if name == "Ride out the urge":
                # A timer running: its start buttons leave the screen, and the focus with them.
                start = first_showing(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "Start a timer of 10"))
                if start is None:
                    failures.append("help: Ride out the urge: no showing 'Start a timer of 10 minutes'")
                    continue
                since = bus.mark()
                start.queryAction().doAction(0)
                bus.wait_focus(since, seconds=3)
                pump(0.8)
                bus.walk_screen("help: a timer running", app, bus.last_focused(since))
            elif name == "Talk to someone":
                # A fresh profile is asked where it is first, the focus on the first answer;
                # Space answers it, and the helplines come.
                try:
                    asked = focused is not None and focused.getRole() == pyatspi.ROLE_PUSH_BUTTON \
                        and not (focused.name or "").startswith("Copy the number")
                except Exception:
                    asked = False
                if not asked:
                    lines.append("help: Talk to someone showed the helplines at once")
                    continue
                focused.queryComponent().grabFocus()
                pump(0.3)
                since = bus.mark()
                xdotool("key", "space")
                bus.wait_focus(since, seconds=3)
                pump(0.8)
                bus.walk_screen("help: helplines", app, bus.last_focused(since))
        if find_app() is None:
            failures.append("Mooring stopped during the check")
    except SystemExit:
        pass
    except RuntimeError as error:
        failures.append(str(error))
    finally:
        processes.stop_all()
    return report(lines, failures, "every panel of the help screen is walked both ways, each control named and showing")


if __name__ == "__main__":
    sys.exit(run(__file__, inner, "mooring-panels-", LIMIT_SECONDS))
