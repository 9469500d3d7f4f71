#!/usr/bin/env python3
"""Every message that says something went wrong is heard, checked on the real AT-SPI bus.

Uses the private set-up of bus_session.py (its own Xvfb from :110 to :117, openbox, a private
D-Bus session, the AT-SPI bus, pyatspi) and, like a person who cannot see the screen:

 1. on a new profile, walks setup's welcome and passphrase pages with Tab and Shift+Tab, then
    sends the passphrase form empty, too short and with two different passphrases (the
    strength must be said as it changes while typing); walks the
    recovery code page and the "one quick check" page, and types a wrong group;
 2. on a profile made with mooring-cli: presses Enter in the empty passphrase field; on the
    recovery code page sends it empty, with a character no code has, and with the valid code of
    another profile;
 3. unlocked: saves an empty check-in (Ctrl+K, Ctrl+S); in settings, changes the passphrase
    without the current one and with a wrong one; saves a new journal entry without an urge
    (Ctrl+J, Ctrl+S).

Each message must be said in a way Orca speaks it (a notification or alert appearing with it
as its name, an announcement, or the focused object saying it) after the last focus change,
which Orca would speak over it.

    tests/atspi/errors_heard.py [BUILD_DIR]     (default: build/ci)

Exit status 0 when all of it holds, 1 when not or when a tool it needs is missing. Every process
it starts is stopped when it ends.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import pump, start_desktop, wait_for  # noqa: E402
from bus_walk import Listener, is_role, make_profile, report, run, start_mooring, xdotool  # noqa: E402
from bus_session import Processes  # noqa: E402

PASSPHRASE = "lantern-Quiet-63"
NEW_PASSPHRASE = "meadow-Stones-81"
DISPLAYS = range(110, 118)
LIMIT_SECONDS = 170


def inner(build):
    import pyatspi

    work = os.environ["MOORING_ATSPI_WORK"]
    processes = Processes()  # the desktop
    apps = Processes()  # Mooring, started twice
    failures = []
    lines = []
    try:
        if not start_desktop(processes, work, DISPLAYS):
            print(f"FAIL: no free display from :{DISPLAYS[0]} to :{DISPLAYS[-1]}")
            return 1
        bus = Listener(failures, lines)
        bus.deadline = time.monotonic() + LIMIT_SECONDS

        def start(profile, first_field):
            """Starts Mooring on `profile`; the app on the bus once `first_field` shows."""
            start_mooring(apps, build, profile)
            app = bus.wait_app(first_field)
            if app is None:
                failures.append(f"Mooring on {os.path.basename(profile)}: its first field never took keys on the bus")
                raise SystemExit
            return app

        def find(app, role, name_start, what):
            found = wait_for(app, is_role(role, name_start), seconds=8)
            if found is None:
                failures.append(f"{what}: no showing {name_start!r} on the bus")
                raise SystemExit
            return found

        def focus_in(app, role, name_start, what):
            field = find(app, role, name_start, what)
            field.queryComponent().grabFocus()
            pump(0.3)
            return field

        def type_text(text):
            xdotool("type", "--delay", "15", text)

        def press(app, name_start, what):
            since = bus.mark()
            find(app, pyatspi.ROLE_PUSH_BUTTON, name_start, what).queryAction().doAction(0)
            return since

        def walk_here(app, screen):
            pump(0.5)
            bus.walk_screen(screen, app, bus.last_focused(0))

        # 1. Setup, on a profile that does not exist yet.
        app = start(os.path.join(work, "new"), is_role(pyatspi.ROLE_PUSH_BUTTON, "Begin"))
        walk_here(app, "setup: welcome")
        press(app, "Begin", "setup: welcome")
        first = focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase", "setup: passphrase")
        walk_here(app, "setup: passphrase")
        first.queryComponent().grabFocus()
        pump(0.3)
        since = bus.mark()
        xdotool("key", "Return", "Return")  # the first field moves on; the second sends the form
        bus.heard(since, "Please choose a passphrase first", "setup: an empty passphrase")
        focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase", "setup: passphrase")
        type_text("short")
        xdotool("key", "Return")
        type_text("short")
        since = bus.mark()
        xdotool("key", "Return")
        bus.heard(since, "Please use at least", "setup: a passphrase too short")
        focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase", "setup: passphrase")
        xdotool("key", "ctrl+a", "BackSpace")
        since = bus.mark()
        type_text(PASSPHRASE)
        bus.heard(since, "Passphrase strength: ", "setup: the strength, as it changes while typing")
        xdotool("key", "Return")
        type_text(NEW_PASSPHRASE)
        since = bus.mark()
        xdotool("key", "Return")
        bus.heard(since, "The two don't match yet", "setup: two different passphrases")
        focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Type the passphrase again", "setup: passphrase")
        type_text(PASSPHRASE)
        xdotool("key", "Return")
        if wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "I've written it down"), seconds=30) is None:
            failures.append("setup: the recovery code page never came")
            raise SystemExit
        walk_here(app, "setup: recovery code")
        press(app, "I've written it down", "setup: recovery code")
        focus_in(app, pyatspi.ROLE_TEXT, "The group from your recovery code", "setup: one quick check")
        walk_here(app, "setup: one quick check")
        focus_in(app, pyatspi.ROLE_TEXT, "The group from your recovery code", "setup: one quick check")
        type_text("ZZZZ")
        since = bus.mark()
        xdotool("key", "Return")
        bus.heard(since, "That isn't quite group", "setup: a wrong group")
        apps.stop_all()
        apps.started.clear()
        pump(0.5)

        # 2. The lock screen and its recovery code page.
        profile = os.path.join(work, "profile")
        make_profile(build, profile, PASSPHRASE)
        other_code = make_profile(build, os.path.join(work, "other"), PASSPHRASE)
        app = start(profile, is_role(pyatspi.ROLE_PASSWORD_TEXT, "Passphrase"))
        focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase", "lock screen")
        since = bus.mark()
        xdotool("key", "Return")
        bus.heard(since, "Please type your passphrase first", "lock screen: an empty passphrase")
        press(app, "Use my recovery code", "lock screen")
        code_field = focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Recovery code", "recovery code page")
        since = bus.mark()
        xdotool("key", "Return")
        bus.heard(since, "Please type your recovery code first", "recovery code page: no code")

        def try_code(code, part, what):
            focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "New passphrase", what)
            type_text(NEW_PASSPHRASE)
            xdotool("key", "Return")
            type_text(NEW_PASSPHRASE)
            code_field.queryComponent().grabFocus()
            pump(0.3)
            xdotool("key", "ctrl+a", "BackSpace")
            type_text(code)
            since = bus.mark()
            xdotool("key", "Return")
            bus.heard(since, part, what, seconds=20)

        try_code("ABCD-EF#H-JKLM", "isn't part of any recovery code", "recovery code page: a character no code has")
        try_code(other_code, "didn't open this profile", "recovery code page: another profile's code")
        press(app, "Back", "recovery code page")
        focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase", "lock screen")
        type_text(PASSPHRASE)
        xdotool("key", "Return")
        if wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "My coping toolbox"), seconds=30) is None:
            failures.append("unlocking did not show the home screen")
            raise SystemExit
        pump(0.8)

        # 3. Unlocked: the check-in, settings' passphrase change and the journal.
        since = bus.mark()
        xdotool("key", "ctrl+k")
        bus.wait_focus(since, seconds=5)
        pump(0.5)
        since = bus.mark()
        xdotool("key", "ctrl+s")
        bus.heard(since, "Please choose how today is", "check-in: nothing chosen")
        xdotool("key", "Escape")
        press(app, "Settings", "home")
        current = focus_in(app, pyatspi.ROLE_PASSWORD_TEXT, "Current passphrase", "settings")
        since = press(app, "Change passphrase", "settings")
        bus.heard(since, "Please type your current passphrase first", "settings: no current passphrase")
        current.queryComponent().grabFocus()
        pump(0.3)
        type_text("not the one")
        xdotool("key", "Return")  # moves on to the new passphrase
        type_text(NEW_PASSPHRASE)
        xdotool("key", "Return")
        type_text(NEW_PASSPHRASE)
        since = bus.mark()
        xdotool("key", "Return")
        bus.heard(since, "passphrase didn't open Mooring", "settings: a wrong current passphrase", seconds=20)
        xdotool("key", "Escape")
        if wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "My coping toolbox"), seconds=5) is None:
            press(app, "Back", "settings")
        since = bus.mark()
        xdotool("key", "ctrl+j")
        bus.wait_focus(since, seconds=5)
        pump(0.5)
        since = bus.mark()
        xdotool("key", "ctrl+s")
        bus.heard(since, "Please choose how strong the urge was", "journal: no urge chosen")
    except SystemExit:
        pass
    except RuntimeError as error:
        failures.append(str(error))
    finally:
        apps.stop_all()
        processes.stop_all()
    return report(lines, failures, "every message is heard, and setup's pages are walked with Tab and Shift+Tab")


if __name__ == "__main__":
    sys.exit(run(__file__, inner, "mooring-errors-", LIMIT_SECONDS))
