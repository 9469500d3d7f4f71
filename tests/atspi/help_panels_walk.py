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

Then, with photos and a voice note imported into the profile by mooring-cli, it checks that
"What keeps me going" is not offered before unlocking, unlocks, opens the help screen again
and walks that panel on a photo and on the voice note, hearing "1 of 3", "2 of 3" and what
P says (playing, or why it could not play where there is no sound server).

Exit status 0 when all of it holds, 1 when not or when a tool it needs is missing. Every process
it starts is stopped when it ends.
"""

import base64
import hashlib
import json
import os
import struct
import subprocess
import sys
import time
import uuid
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import find_app, first_showing, pump, start_desktop, wait_for  # noqa: E402
from bus_walk import APP_ENV, Listener, is_role, make_profile, report, run, start_mooring, xdotool  # noqa: E402
from bus_session import Processes  # noqa: E402

PASSPHRASE = "willow-Bright-29"
DISPLAYS = range(124, 132)
LIMIT_SECONDS = 240
# Before unlocking there is no plan to show: "My plan, step by step" comes after.
PANELS = (("alt+b", "Breathe"), ("alt+g", "Ground"), ("alt+r", "Ride out the urge"), ("alt+t", "Talk to someone"),
          ("alt+s", "Try something"))


KEEPS = "What keeps me going"


def png(width, height, rgb):
    """A plain PNG of one colour, made without any imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def wav(seconds, rate=16000):
    data = bytes(2 * rate * seconds)
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
            + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", len(data)) + data)


def import_hope_box(build, profile, work):
    """Two photos and a voice note with the plan's reasons for living, through mooring-cli import."""
    def medium(kind, mime, caption, data, position):
        return {"id": str(uuid.uuid4()), "kind": kind, "mime": mime, "caption": caption,
                "place": {"plan_section": "reasons_for_living"}, "position": position,
                "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z",
                "sha256": hashlib.sha256(data).hexdigest(), "data": base64.b64encode(data).decode()}

    path = os.path.join(work, "hope-box.json")
    with open(path, "w") as out:
        json.dump({"format": "mooring-export", "version": 1, "content": "full", "media": [
            medium("photo", "image/png", "The sea where I grew up", png(240, 160, (40, 90, 160)), 0),
            medium("recording", "audio/wav", "My sister saying goodnight", wav(3), 1),
            medium("photo", "image/png", "", png(120, 180, (200, 140, 60)), 2)]}, out)
    done = subprocess.run([os.path.join(build, "src/app/mooring-cli"), "import", path, "--profile", profile],
                          input=f"{PASSPHRASE}\n", text=True, capture_output=True, env={**os.environ, **APP_ENV})
    if done.returncode != 0:
        raise RuntimeError(f"mooring-cli could not import the hope box: {done.stderr.strip()}")


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
        import_hope_box(build, profile, work)
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
        if first_showing(app, is_role(pyatspi.ROLE_PAGE_TAB, KEEPS)) is not None:
            failures.append(f"help: '{KEEPS}' is offered before unlocking")

        # Unlocked, the help screen holds the hope box too.
        xdotool("key", "Escape")
        field = wait_for(app, is_role(pyatspi.ROLE_PASSWORD_TEXT), seconds=10)
        if field is None:
            failures.append("Esc on the help screen did not go back to the lock screen")
            raise SystemExit
        field.queryComponent().grabFocus()
        pump(0.3)
        xdotool("type", "--delay", "20", PASSPHRASE)
        xdotool("key", "Return")
        if wait_for(app, is_role(pyatspi.ROLE_PUSH_BUTTON, "My coping toolbox"), seconds=20) is None:
            failures.append("unlocking did not show the home screen")
            raise SystemExit
        pump(0.8)
        xdotool("key", "F1")
        if wait_for(app, is_role(pyatspi.ROLE_PAGE_TAB, KEEPS), seconds=15) is None:
            failures.append(f"help after unlocking: no '{KEEPS}' with a photo and a voice note kept")
            raise SystemExit
        pump(0.5)
        since = bus.mark()
        xdotool("key", "alt+k")
        bus.wait_focus(since, seconds=4)
        bus.heard(since, "1 of 3", f"help: {KEEPS}: where the first photo is, on opening")
        bus.walk_screen(f"help: {KEEPS}, a photo", app, bus.last_focused(since))
        since = bus.mark()
        xdotool("key", "Right")
        bus.heard(since, "2 of 3", f"help: {KEEPS}: the voice note, by the Right arrow")
        pump(0.5)
        bus.walk_screen(f"help: {KEEPS}, a voice note", app, bus.last_focused(since))
        since = bus.mark()
        xdotool("key", "p")
        end = time.monotonic() + 10
        said = None
        while said is None and time.monotonic() < end:
            pump(0.3)
            for part in ("Could not play", "Playing"):
                if bus._said(since, part)[0]:
                    said = part
        if said is None:
            failures.append(f"help: {KEEPS}: P said neither 'Playing' nor why it could not play")
        else:
            bus.heard(since, said, f"help: {KEEPS}: P on the voice note")
            xdotool("key", "p")
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
