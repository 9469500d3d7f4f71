#!/usr/bin/env python3
"""What a screen reader hears on Mooring's help screen when words change, checked on the
real AT-SPI bus.

Starts its own Xvfb (a free display from :140 to :147), openbox, a private D-Bus session and
the AT-SPI bus, opens `mooring` on a fresh profile and listens to the bus with pyatspi, as
Orca does. Then, like a person at the keyboard, before unlocking:

 1. opens "I need help now" (F1): the choices must be page tabs, not check boxes;
 2. chooses Ground (Alt+G): the focused line must carry the first prompt in its description,
    and the tab of Ground must be selected;
 3. presses Enter: the next prompt must appear as a notification after the last focus
    change (Orca speaks a notification by its name as it appears);
 4. chooses "Try something" (Alt+S) and presses Space on "Show another idea": the new idea
    must appear as a notification too.

    tests/atspi/help_screen_changes.py [BUILD_DIR]     (default: build/ci)

Exit status 0 when all of it holds, 1 when not or when a tool it needs is missing. Every
process it starts is stopped when it ends, also when it fails or is interrupted.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import Processes, find_app, first_showing, pump, showing, start_desktop, walk  # noqa: E402
from bus_walk import make_profile, run, start_mooring, xdotool  # noqa: E402

SECRET = "harbour-Lights-82"  # the fresh profile's passphrase; never typed here
FIRST_PROMPT = "Name five things you can see"
SECOND_PROMPT = "Name four things you can touch"
DISPLAYS = range(140, 148)
LIMIT_SECONDS = 50


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
        try:
            make_profile(build, profile, SECRET)
        except RuntimeError as error:
            print(f"FAIL: {error}")
            return 1

        events = []

        def on_event(event):
            try:
                source = event.source
                role = source.getRoleName()
                name = source.name
            except Exception:
                role, name = "?", "?"
            events.append((event.type, event.detail1, role, name, source))
            if event.type.split(":")[-1] in ("enabled", "sensitive"):
                return
            lines.append(f"{event.type} detail1={event.detail1} source={role} {name!r}")

        pyatspi.Registry.registerEventListener(on_event, "object:state-changed", "focus:",
                                               "object:property-change:accessible-name")

        mooring = start_mooring(processes, build, profile)
        deadline = time.monotonic() + LIMIT_SECONDS

        app = None
        while time.monotonic() < deadline and app is None:
            pump(0.3)
            app = find_app()
            if app and not first_showing(app, lambda a: a.getRole() == pyatspi.ROLE_PASSWORD_TEXT):
                app = None
        if app is None:
            print("FAIL: Mooring's lock screen never appeared on the bus")
            return 1
        pump(1.0)

        def last_focused(since):
            for e in reversed(events[since:]):
                if e[0] == "object:state-changed:focused" and e[1] == 1:
                    return e[4]
            return None

        def wait_for_focus(since, wanted, seconds=15):
            end = time.monotonic() + seconds
            while True:
                pump(0.2)
                focused = last_focused(since)
                try:
                    if focused is not None and wanted(focused):
                        return focused
                except Exception:
                    pass
                if time.monotonic() >= end:
                    return focused

        def notified(since, words, seconds=10):
            """The notification that appeared after `since` with `words` in its name, if it came
            after the last focus change (else a screen reader would speak over it)."""
            end = time.monotonic() + seconds
            while True:
                pump(0.2)
                at, name = -1, None
                for i, e in enumerate(events[since:]):
                    if e[0] == "object:state-changed:showing" and e[1] == 1 and e[2] in ("notification", "alert") \
                            and words(str(e[3])):
                        at, name = i, str(e[3])
                focus_at = max((i for i, e in enumerate(events[since:])
                                if e[0] == "object:state-changed:focused" and e[1] == 1), default=-1)
                if name is not None and at > focus_at:
                    return name
                if time.monotonic() >= end:
                    return None

        # 1. The help screen, and its choices as tabs.
        before = len(events)
        xdotool("key", "F1")
        if wait_for_focus(before, lambda acc: acc.name == "Breathe") is None:
            failures.append("F1 did not bring the help screen's first choice into focus")
        pump(0.5)
        tabs = [acc for acc in walk(app) if showing(acc) and acc.name in ("Breathe", "Ride out the urge with a timer")]
        for acc in tabs:
            lines.append(f"the choice {acc.name!r} is a {acc.getRoleName()}")
            if acc.getRole() != pyatspi.ROLE_PAGE_TAB:
                failures.append(f"the choice {acc.name!r} is a {acc.getRoleName()}, not a page tab")
        if not tabs:
            failures.append("the help screen's choices were not found on the bus")

        # 2. Ground: the focused line carries the prompt.
        before = len(events)
        xdotool("key", "alt+g")
        line = wait_for_focus(before, lambda acc: acc.getRole() == pyatspi.ROLE_ENTRY)
        description = line.description if line is not None else ""
        if FIRST_PROMPT not in (description or ""):
            failures.append(f"the focused line does not carry the first prompt: {description!r}")
        else:
            lines.append(f"the focused line says: {line.name!r} / {description!r}")
        ground = first_showing(app, lambda acc: acc.getRole() == pyatspi.ROLE_PAGE_TAB and acc.name.startswith("Ground"))
        if ground is None or not ground.getState().contains(pyatspi.STATE_SELECTED):
            failures.append("the Ground tab is not selected while its panel is open")

        # 3. Enter: the next prompt is told, the focus staying in the line.
        before = len(events)
        xdotool("key", "Return")
        heard = notified(before, lambda name: SECOND_PROMPT in name)
        if heard:
            lines.append(f"heard: {heard!r}")
        else:
            failures.append("the next grounding prompt never reached the bus as a notification")

        # 4. Another idea.
        before = len(events)
        xdotool("key", "alt+s")
        button = wait_for_focus(before, lambda acc: acc.name == "Show another idea")
        if button is None or button.name != "Show another idea":
            failures.append("Alt+S did not bring \"Show another idea\" into focus")
        pump(0.5)
        before = len(events)
        xdotool("key", "space")
        heard = notified(before, lambda name: len(name) > 10)
        if heard:
            lines.append(f"heard: {heard!r}")
        else:
            failures.append("another idea never reached the bus as a notification")

        if mooring.poll() is not None:
            failures.append(f"Mooring stopped during the check (exit status {mooring.returncode})")
        print("Events seen on the bus:")
        for line in lines:
            print("  " + line)
        for failure in failures:
            print("FAIL: " + failure)
        if not failures:
            print("PASS: the choices are tabs, the next prompt and another idea are heard")
        return 1 if failures else 0
    finally:
        processes.stop_all()


if __name__ == "__main__":
    sys.exit(run(__file__, inner, "mooring-help-bus-", LIMIT_SECONDS))
