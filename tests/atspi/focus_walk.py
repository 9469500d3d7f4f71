#!/usr/bin/env python3
"""Walking Mooring's screens with Tab and Shift+Tab, checked on the real AT-SPI bus.

Uses the private set-up of bus_session.py (its own Xvfb from :118 to :123, openbox,
a private D-Bus session, the AT-SPI bus, pyatspi), opens `mooring` on a fresh profile and, like
a person who cannot see the screen:

 1. on the lock screen, its recovery code page, the home screen, a new journal entry (Ctrl+J),
    each screen a home tile opens (toolbox, plan, journal, check-in, setback, library,
    recovery, settings, week) and a safety-box idea's form with its shelf of photos and sounds: presses Tab until the focus comes round again, then Shift+Tab
    the same way. Every focused object must be showing and have a name; every showing control
    of the screen that takes the focus must have been reached by Tab (labels aside; one radio
    button stands for its group), and Shift+Tab must reach the same ones. The focus a screen opens with must be on a named, showing object too,
    never on an unnamed container, and opening it never names the control left behind again
    nor passes through "I need help now"; no focused object sits in a nameless layered pane;
 2. types a wrong passphrase and presses Enter: the focus stays in the field (nothing else is
    named on the way);
 3. types a recovery code: it shows on screen, but no character of it reaches the bus (text
    events and the field's text give bullets);
 4. on "My week", presses Alt+Left: the earlier week must be said, by an announcement or by a
    notification appearing with the new week's dates as its name.

    tests/atspi/focus_walk.py [BUILD_DIR]     (default: build/ci)

Exit status 0 when all of it holds, 1 when not or when a tool it needs is missing. Every process
it starts is stopped when it ends.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import first_showing, find_app, key_of, pump, start_desktop, wait_for  # noqa: E402
from bus_walk import Listener, is_role, make_profile, report, run, start_mooring, xdotool  # noqa: E402
from bus_session import Processes, describe  # noqa: E402

PASSPHRASE = "harbour-Light-52"
CODE = "QXZW-KJVB-9784"  # typed into the recovery code field: none of it may reach the bus
DISPLAYS = range(118, 124)
LIMIT_SECONDS = 240


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
        events = bus.events
        last_focused, wait_focus, walk_screen = bus.last_focused, bus.wait_focus, bus.walk_screen
        mooring = start_mooring(processes, build, profile)
        deadline = bus.deadline = time.monotonic() + LIMIT_SECONDS
        started = time.monotonic()

        app = None
        field = None
        while time.monotonic() < deadline and field is None:
            pump(0.3)
            app = find_app()
            field = first_showing(app, is_role(pyatspi.ROLE_PASSWORD_TEXT)) if app else None
        if field is None:
            print("FAIL: the lock screen's passphrase field never appeared on the bus")
            return 1
        if not bus.keys_arrive(field):
            print("FAIL: no focus event from Mooring reached the bus listener (keys or events lost)")
            return 1
        walk_screen("lock screen", app, last_focused(0))

        # A wrong passphrase: the focus stays in the field while Mooring tries it, so a screen
        # reader names nothing in between (the message itself: secrets_and_alerts.py).
        field.queryComponent().grabFocus()
        pump(0.3)
        since = len(events)
        xdotool("type", "--delay", "20", "not the one")
        xdotool("key", "Return")
        pump(2.5)
        elsewhere = {describe(e[5]) for e in events[since:]
                     if e[0] == "object:state-changed:focused" and e[1] == 1 and key_of(e[5]) != key_of(field)}
        if elsewhere:
            failures.append(f"lock screen: a wrong passphrase moved the focus through {sorted(elsewhere)}")
        xdotool("key", "ctrl+a", "BackSpace")

        # The recovery page: walked like a screen; the code shows on screen but reaches the bus
        # only as bullets, in events and in the field's text.
        to_recovery = first_showing(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "Use my recovery code"))
        if to_recovery is None:
            failures.append("lock screen: no button to use the recovery code")
        else:
            since = len(events)
            to_recovery.queryAction().doAction(0)
            pump(1.0)
            walk_screen("recovery code page", app, last_focused(since))
            code_field = first_showing(app, lambda acc: (acc.name or "") == "Recovery code" and acc.getRole() in (
                pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY))
            if code_field is None:
                failures.append("recovery code page: no field named 'Recovery code' on the bus")
            else:
                code_field.queryComponent().grabFocus()
                pump(0.3)
                since = len(events)
                xdotool("type", "--delay", "20", CODE)
                pump(1.0)
                heard = [e[2] for e in events[since:]
                         if e[0].startswith("object:text-changed") and isinstance(e[2], str)]
                try:
                    content = code_field.queryText().getText(0, -1)
                except Exception:
                    content = ""
                for said in heard + [content]:
                    if set(said) & set(CODE.replace("-", "")):
                        failures.append(f"recovery code page: the code's characters reach the bus: {said!r}")
                        break
                if not heard:
                    failures.append("recovery code page: typing sent no text event (the check cannot see a leak)")
                lines.append(f"recovery code page: the full code field reads as {content!r}")
                xdotool("key", "ctrl+a", "BackSpace")
            back = first_showing(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "Back"))
            if back is not None:
                back.queryAction().doAction(0)
                pump(0.8)
            field = first_showing(app, is_role(pyatspi.ROLE_PASSWORD_TEXT, "Passphrase")) or field

        # Unlock.
        field.queryComponent().grabFocus()
        pump(0.3)
        xdotool("type", "--delay", "20", PASSPHRASE)
        since = len(events)
        xdotool("key", "Return")
        tile = wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "My coping toolbox"), seconds=20)
        if tile is None:
            failures.append("unlocking did not show the home screen")
            raise SystemExit
        pump(0.8)
        walk_screen("home", app, last_focused(since))

        def open_by(name_start, screen):
            button = wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, name_start), seconds=5)
            if button is None:
                failures.append(f"{screen}: no showing button '{name_start}' to open it")
                return False
            before = last_focused(0)
            since = len(events)
            button.queryAction().doAction(0)
            wait_focus(since, seconds=4.0)
            pump(0.4)  # the screen settles (a landing, a list filling)
            moves = [describe(e[5]) for e in events[since:] if e[0] == "object:state-changed:focused" and e[1] == 1]
            lines.append(f"{screen}: opening it moved the focus to {' then '.join(moves)} "
                         f"({time.monotonic() - started:.0f} s since Mooring started)")
            # The window's own "I need help now" must not be heard on the way into a screen.
            passing = [m for m in moves if "I need help now" in m]
            if passing:
                failures.append(f"{screen}: opening it passed the focus through {passing[0]}")
            # Nor the control that had the focus on the screen being left (Qt's clearFocus()
            # names it once more as it goes).
            again = [describe(e[5]) for e in events[since:] if e[0] == "object:state-changed:focused"
                     and e[1] == 1 and before is not None and key_of(e[5]) == key_of(before)]
            if again:
                failures.append(f"{screen}: opening it named the control left behind again: {again[0]}")
            walk_screen(screen, app, last_focused(since))
            return True

        def back_home():
            since = len(events)
            xdotool("key", "Escape")
            # Home hands the focus to its help tile; quicker to hear than to search the tree.
            end = time.monotonic() + 3
            while time.monotonic() < end:
                pump(0.05)
                focused = last_focused(since)
                try:
                    if focused is not None and (focused.name or "").startswith("Help for hard moments"):
                        return
                except Exception:
                    pass
            if wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "My coping toolbox"), seconds=1):
                return
            back = first_showing(app, lambda acc: acc.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                 and (acc.name or "").startswith("Back"))
            if back is not None:
                back.queryAction().doAction(0)
            if not wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "My coping toolbox"), seconds=5):
                failures.append("could not get back to the home screen")
                raise SystemExit

        # Ctrl+J from home: the new entry's form is where the focus goes and what is heard last;
        # nothing on the way is a control of another screen or of the window (Qt itself adds
        # an unnamed container, which a screen reader passes over in silence).
        since = len(events)
        xdotool("key", "ctrl+j")
        wait_focus(since, seconds=4.0)
        pump(0.6)
        moved = [e[5] for e in events[since:] if e[0] == "object:state-changed:focused" and e[1] == 1]
        moves = [describe(acc) for acc in moved]
        lines.append(f"Ctrl+J: the focus moved to {' then '.join(moves)}")
        named = [m for m, acc in zip(moves, moved) if (acc.name or "").strip()] if moved else []
        if not named or not named[-1].startswith("slider 'How strong was the urge"):
            failures.append(f"Ctrl+J: the urge of the new entry is not heard last ({' then '.join(moves)})")
        elif any(not m.startswith("slider 'How strong was the urge") for m in named):
            failures.append(f"Ctrl+J: the focus passed through other controls ({' then '.join(moves)})")
        # The new entry's form itself, walked like a screen (Tab changes nothing in it, so
        # leaving asks nothing).
        walk_screen("journal: a new entry", app, moved[-1] if moved else None)
        back_home()

        for name_start, screen in (("My coping toolbox", "toolbox"), ("My safety plan", "plan"),
                                   ("My journal", "journal"), ("Check in", "check-in"),
                                   ("I had a setback", "setback"), ("Understand self-harm", "library"),
                                   ("Where I am in recovery", "recovery"), ("Settings", "settings"),
                                   ("My week", "week")):
            opened = open_by(name_start, screen)
            if opened and screen == "toolbox":
                # A safety-box idea's form, with the shelf for its photos and sounds under it
                # (a new profile's safety box is empty: one idea is added first).
                xdotool("key", "ctrl+6")
                pump(0.6)
                xdotool("key", "ctrl+n")
                pump(0.6)
                xdotool("type", "--delay", "20", "Letters from friends")
                xdotool("key", "ctrl+s")
                pump(0.8)
                since = len(events)
                xdotool("key", "F2")
                wait_focus(since, seconds=4.0)
                pump(0.6)
                walk_screen("toolbox: a safety-box idea and its photos and sounds", app, last_focused(since))
                xdotool("key", "Escape")
                pump(0.6)
            if opened and screen != "week":
                back_home()

        # 2. On "My week", Alt+Left says which week is shown now: Orca speaks an announcement,
        # or a notification or alert as it appears, by its name; it does not read a label whose
        # text changed away from the focus.
        week_shown = first_showing(app, lambda acc: acc.getRole() == pyatspi.ROLE_LABEL
                                   and any(ch.isdigit() for ch in acc.name or "") and " 20" in (acc.name or ""))
        before = week_shown.name if week_shown is not None else ""
        since = len(events)
        xdotool("key", "alt+Left")
        pump(2.0)
        said = []
        for e in events[since:]:
            kind, detail1, data, role, name = e[0], e[1], e[2], e[3], e[4]
            if kind == "object:announcement" and isinstance(data, str):
                said.append(data)
            elif kind == "object:state-changed:showing" and detail1 == 1 and role in ("notification", "alert"):
                said.append(str(name))
        new_week = [s for s in said if any(ch.isdigit() for ch in s) and s.strip() != before.strip()]
        if not new_week:
            failures.append(f"week: Alt+Left changed the week without saying which one (heard {said!r}, "
                            f"the week before was {before!r})")
        else:
            lines.append(f"week: Alt+Left is heard as {new_week[-1]!r}")

        if mooring.poll() is not None:
            failures.append(f"Mooring stopped during the check (exit status {mooring.returncode})")
    except SystemExit:
        pass
    except RuntimeError as error:
        failures.append(str(error))
    finally:
        processes.stop_all()
    return report(lines, failures, "Tab and Shift+Tab reach every showing control, each named and showing; the week is said")


if __name__ == "__main__":
    sys.exit(run(__file__, inner, "mooring-focus-", LIMIT_SECONDS))
