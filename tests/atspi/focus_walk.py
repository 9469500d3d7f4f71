#!/usr/bin/env python3
"""Walking Mooring's screens with Tab and Shift+Tab, checked on the real AT-SPI bus.

Uses the same private set-up as secrets_and_alerts.py (its own Xvfb from :118 to :123, openbox,
a private D-Bus session, the AT-SPI bus, pyatspi), opens `mooring` on a fresh profile and, like
a person who cannot see the screen:

 1. on the lock screen, its recovery code page, the home screen, each screen a home tile opens
    (toolbox, plan, journal, library, recovery, settings, week): presses Tab until the focus
    comes round again, then Shift+Tab the same way. Every focused object must be showing and
    have a name; every showing control of the screen that takes the focus must have been
    reached by Tab (labels aside; one radio button stands for its group), and Shift+Tab must
    reach the same ones. The focus a screen opens with must be on a named, showing object too,
    never on an unnamed container;
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
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import (first_showing, find_app, key_of, parent_of, pump, run_outside, showing,  # noqa: E402
                         start_desktop, states, wait_for)
from secrets_and_alerts import Processes, describe, walk  # noqa: E402

PASSPHRASE = "harbour-Light-52"
CODE = "QXZW-KJVB-9784"  # typed into the recovery code field: none of it may reach the bus
DISPLAYS = range(118, 124)
LIMIT_SECONDS = 150
MAX_TABS = 60

# Roles whose focusable state says nothing about Tab: items inside a list or table are
# reached with the arrow keys once the list has the focus.
ITEM_ROLES = {"list item", "table cell", "tree item", "menu item", "page tab", "column header", "row header",
              "table row", "tree table cell"}


def outer(build):
    return run_outside(os.path.abspath(__file__), build, "mooring-focus-", LIMIT_SECONDS)


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
        fast = {**os.environ, "MOORING_INSECURE_FAST_KDF": "1"}
        created = subprocess.run([os.path.join(build, "src/app/mooring-cli"), "create", "--profile", profile],
                                 input=f"{PASSPHRASE}\n{PASSPHRASE}\n", text=True, capture_output=True, env=fast)
        if created.returncode != 0:
            print("FAIL: mooring-cli could not create a profile:", created.stderr.strip())
            return 1

        events = []

        def on_event(event):
            try:
                source = event.source
                role = source.getRoleName()
                name = source.name
            except Exception:
                source, role, name = None, "?", "?"
            events.append((event.type, event.detail1, event.any_data, role, name, source))

        pyatspi.Registry.registerEventListener(
            on_event, "object:state-changed:focused", "object:property-change:accessible-name",
            "object:property-change:accessible-description", "object:announcement", "object:state-changed:showing",
            "object:text-changed")

        app_env = {**fast, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
        mooring = processes.start([os.path.join(build, "src/app/mooring"), "--profile", profile], env=app_env)
        deadline = time.monotonic() + LIMIT_SECONDS
        started = time.monotonic()

        def xdotool(*args):
            subprocess.run(["xdotool", *args], check=True)

        def last_focused(since):
            for e in reversed(events[since:]):
                if e[0] == "object:state-changed:focused" and e[1] == 1:
                    return e[5]
            return None

        def wait_focus(since, seconds=3.0):
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                pump(0.05)
                focused = last_focused(since)
                if focused is not None:
                    pump(0.08)  # a landing may pass it on at once
                    return last_focused(since)
            return None

        def focusables(app):
            """Every showing, enabled object of the window that says it takes the focus."""
            out = {}
            for acc in walk(app):
                s = states(acc)
                if s is None or not s.contains(pyatspi.STATE_SHOWING) or not s.contains(pyatspi.STATE_FOCUSABLE):
                    continue
                if not s.contains(pyatspi.STATE_SENSITIVE):
                    continue
                try:
                    role = acc.getRoleName()
                    parent_role = acc.parent.getRoleName() if acc.parent else ""
                except Exception:
                    continue
                if role in ITEM_ROLES or parent_role in ("list", "table", "tree", "tree table", "page tab list"):
                    continue
                # A label that may be selected with the mouse says "focusable", but Tab rightly
                # passes it by: a screen reader reads labels without moving the focus.
                if role in ("frame", "window", "application", "scroll bar", "label"):
                    continue
                out[key_of(acc)] = acc
            return out

        def check_focus(screen, acc, how):
            if acc is None:
                return
            try:
                name = (acc.name or "").strip()
            except Exception:
                name = ""
            if not showing(acc):
                failures.append(f"{screen}: {how} focused {describe(acc)}, which is not showing")
            if not name:
                failures.append(f"{screen}: {how} focused an unnamed {describe(acc)}")

        def tab_round(screen, app, key):
            """Presses `key` until the focus comes round again; the objects it reached."""
            reached = []
            seen = set()
            for _ in range(MAX_TABS):
                since = len(events)
                xdotool("key", key)
                focused = wait_focus(since, seconds=3.0)
                if focused is None:
                    failures.append(f"{screen}: {key} moved the focus nowhere a screen reader sees")
                    break
                check_focus(screen, focused, key)
                k = key_of(focused)
                if k in seen:
                    break
                seen.add(k)
                reached.append(focused)
            else:
                failures.append(f"{screen}: {key} did not come round within {MAX_TABS} presses")
            return reached

        def walk_screen(screen, app, opened_focus):
            if time.monotonic() > deadline:
                failures.append(f"{screen}: not walked, the check ran out of time")
                return
            check_focus(screen, opened_focus, "opening it")
            pump(0.3)
            controls = focusables(app)
            forward = tab_round(screen, app, "Tab")
            backward = tab_round(screen, app, "shift+Tab")
            ahead = {key_of(a) for a in forward}
            back = {key_of(a) for a in backward}
            def reached_otherwise(acc):
                try:
                    # Tab stops on one button of a group of radio buttons; arrows move within it.
                    if acc.getRole() == pyatspi.ROLE_RADIO_BUTTON:
                        return any(a.getRole() == pyatspi.ROLE_RADIO_BUTTON for a in forward)
                    # A part of a control Tab reached (the drawing area inside a chart).
                    return key_of(acc.parent) in ahead
                except Exception:
                    return False

            missed = [f"{describe(acc)} in {describe(parent_of(acc))}" for k, acc in controls.items()
                      if k not in ahead and not reached_otherwise(acc)]
            if missed:
                failures.append(f"{screen}: Tab never reached {', '.join(missed)}")
            if ahead != back:
                only_ahead = [describe(a) for a in forward if key_of(a) not in back]
                only_back = [describe(a) for a in backward if key_of(a) not in ahead]
                failures.append(f"{screen}: Tab and Shift+Tab reach different controls "
                                f"(only Tab: {only_ahead}, only Shift+Tab: {only_back})")
            lines.append(f"{screen}: Tab reached {len(forward)}, Shift+Tab {len(backward)}, "
                         f"{len(controls)} focusable controls showing")
            lines.append("   " + " | ".join(describe(a) for a in forward))

        def is_role(role, name_start=""):
            def wanted(acc):
                return acc.getRole() == role and (acc.name or "").startswith(name_start)
            return wanted

        app = None
        field = None
        while time.monotonic() < deadline and field is None:
            pump(0.3)
            app = find_app()
            field = first_showing(app, is_role(pyatspi.ROLE_PASSWORD_TEXT)) if app else None
        if field is None:
            print("FAIL: the lock screen's passphrase field never appeared on the bus")
            return 1
        # Before walking: make sure keys reach Mooring and its focus events reach this listener
        # (on a busy machine the first ones can take a while).
        pump(1.0)
        heard_focus = False
        for attempt in range(3):
            since = len(events)
            try:
                field.queryComponent().grabFocus()
                if attempt > 0:
                    # The window may not have the keyboard (the window manager came up after it
                    # was shown): a click in the field gives it, as it would for a person.
                    box = field.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    xdotool("mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2), "click", "1")
                    pump(0.5)
                    since = len(events)
            except Exception:
                pass
            xdotool("key", "Tab")
            if wait_focus(since, seconds=5.0) is not None:
                heard_focus = True
                break
        if not heard_focus:
            print("FAIL: no focus event from Mooring reached the bus listener (keys or events lost)")
            return 1
        field.queryComponent().grabFocus()
        pump(0.5)
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
        back_home()

        for name_start, screen in (("My coping toolbox", "toolbox"), ("My safety plan", "plan"),
                                   ("My journal", "journal"), ("Understand self-harm", "library"),
                                   ("Where I am in recovery", "recovery"), ("Settings", "settings"),
                                   ("My week", "week")):
            if open_by(name_start, screen) and screen != "week":
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
    finally:
        processes.stop_all()
    for line in lines:
        print("  " + line)
    for failure in failures:
        print("FAIL: " + failure)
    if not failures:
        print("PASS: Tab and Shift+Tab reach every showing control, each named and showing; the week is said")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--inner":
        sys.exit(inner(sys.argv[2]))
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(outer(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "ci")))
