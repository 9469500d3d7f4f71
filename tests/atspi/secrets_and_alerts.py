#!/usr/bin/env python3
"""What a screen reader hears from Mooring's lock screen, checked on the real AT-SPI bus.

Starts its own Xvfb (a free display from :132 to :139), openbox, a private D-Bus session and
the AT-SPI bus, opens `mooring` on a fresh profile and listens to the bus with pyatspi, as
Orca does. Then, like a person at the keyboard:

 1. types a passphrase into the unlock field and clears it: no event and no accessible text
    may carry any of its characters (only bullets);
 2. types a wrong passphrase and presses Enter: the message must reach the bus in a form a
    screen reader speaks (an alert or notification that becomes visible with the message as
    its name, or the message as the name of the focused object, or an announcement);
 3. opens "I need help now" (F1), then "Talk to someone" (Alt+T), answers "Where are you?"
    with Space if it is asked: the focused "copy" button must say a helpline's number in its
    name or description, since the number itself is in a label the focus never reaches.

    tests/atspi/secrets_and_alerts.py [BUILD_DIR]     (default: build/ci)

Exit status 0 when all three hold, 1 when not or when a tool it needs is missing. Every process
it starts is stopped when it ends, also when it fails or is interrupted.
"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import Processes, describe, find_app, pump, start_desktop, walk  # noqa: E402
from bus_walk import make_profile, run, start_mooring, xdotool  # noqa: E402

SECRET = "quartz-Maple-47"  # typed, then cleared: none of its characters may reach the bus
WRONG = "not the right one"  # typed and sent: must fail
MESSAGE_PART = "passphrase didn"  # part of the message a wrong passphrase shows
BULLETS = set("\u2022\u25cf*")  # what a password field may show instead of characters
DISPLAYS = range(132, 140)
LIMIT_SECONDS = 50


def texts_of(acc):
    """Everything a screen reader can read from one object."""
    out = []
    try:
        out += [acc.name or "", acc.description or ""]
    except Exception:
        return out
    try:
        text = acc.queryText()
        out.append(text.getText(0, -1))
    except NotImplementedError:
        pass
    except Exception:
        pass
    return out


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
            make_profile(build, profile, SECRET + "x")
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
            data = event.any_data
            try:
                if hasattr(data, "name"):
                    data = f"<{describe(data)}>"
            except Exception:
                data = "<?>"
            events.append((event.type, event.detail1, event.detail2, data, role, name, source))
            if event.type.split(":")[-1] in ("enabled", "sensitive"):
                return  # many of these each time the screen is busy; they say nothing here
            lines.append(f"{event.type} detail1={event.detail1} any_data={data!r} source={role} {name!r}")

        kinds = ["object:text-changed", "object:state-changed", "object:property-change:accessible-name",
                 "object:property-change:accessible-description", "focus:", "object:announcement",
                 "object:children-changed"]
        pyatspi.Registry.registerEventListener(on_event, *kinds)

        mooring = start_mooring(processes, build, profile)

        deadline = time.monotonic() + LIMIT_SECONDS
        state = {}

        def find_field(app):
            for acc in walk(app):
                try:
                    if acc.getRole() == pyatspi.ROLE_PASSWORD_TEXT and acc.getState().contains(pyatspi.STATE_SHOWING):
                        return acc
                except Exception:
                    continue
            return None

        field = None
        while time.monotonic() < deadline and field is None:
            pump(0.3)
            app = find_app()
            field = find_field(app) if app else None
        if field is None:
            print("FAIL: the lock screen's passphrase field never appeared on the bus")
            return 1
        state["app"] = app
        pump(1.0)
        try:
            field.queryComponent().grabFocus()
        except Exception:
            pass
        pump(0.5)

        # 1. Type the passphrase, read the field while it is full, clear it.
        first_event = len(events)
        xdotool("type", "--delay", "40", SECRET)
        pump(1.0)
        full_texts = texts_of(field)
        xdotool("key", "ctrl+a", "BackSpace")
        pump(1.0)
        secret_chars = set(SECRET)
        typed = [e for e in events[first_event:] if e[0].startswith("object:text-changed")]
        if not typed:
            failures.append("typing into the passphrase field sent no text-changed event at all "
                            "(the check cannot see whether it leaks)")
        for e in events[first_event:]:
            kind, data, name = e[0], e[3], e[5]
            if kind.startswith("object:text-changed") and isinstance(data, str):
                if (set(data) - BULLETS) & secret_chars:
                    failures.append(f"passphrase characters on the bus: {kind} any_data={data!r}")
            for value in (data, name):
                if isinstance(value, str) and (SECRET[:4] in value or SECRET[-4:] in value):
                    failures.append(f"passphrase on the bus: {kind} {value!r}")
        name, description, content = (full_texts + ["", "", ""])[:3]
        if (set(content) - BULLETS) & secret_chars:
            failures.append(f"the field's accessible text shows the passphrase: {content!r}")
        for value in (name, description):
            if SECRET[:4] in value or SECRET[-4:] in value:
                failures.append(f"the field's name or description holds the passphrase: {value!r}")
        lines.append(f"the full field reads as {content!r}")
        for acc in walk(app):
            for text in texts_of(acc):
                if SECRET[:4] in text or SECRET[-4:] in text:
                    failures.append(f"passphrase readable in {describe(acc)}: {text!r}")

        # 2. A wrong passphrase: the message must be spoken.
        second_event = len(events)
        xdotool("type", "--delay", "20", WRONG)
        xdotool("key", "Return")
        # Orca speaks a notification by its name when it becomes visible; a focus change
        # it hears later is spoken over it, so the message must appear after the last one.
        def last_heard():
            heard, at = None, -1
            for i, e in enumerate(events[second_event:]):
                kind, detail1, _, data, role, name, source = e
                name = name if isinstance(name, str) else ""
                if kind == "object:state-changed:showing" and detail1 == 1 and role in ("alert", "notification") \
                        and MESSAGE_PART in name:
                    heard, at = f"{role} became visible with the message as its name: {name!r}", i
                elif kind == "object:announcement" and isinstance(data, str) and MESSAGE_PART in data:
                    heard, at = f"announcement: {data!r}", i
                elif kind == "object:property-change:accessible-name" and MESSAGE_PART in name:
                    try:
                        if source.getState().contains(pyatspi.STATE_FOCUSED):
                            heard, at = f"the focused {role}'s name became the message: {name!r}", i
                    except Exception:
                        pass
            focus_at = max((i for i, e in enumerate(events[second_event:])
                            if e[0] == "object:state-changed:focused" and e[1] == 1), default=-1)
            return heard, at, focus_at

        end = min(deadline, time.monotonic() + 15)
        heard, at, focus_at = None, -1, -1
        while time.monotonic() < end:
            pump(0.2)
            heard, at, focus_at = last_heard()
            if heard and at > focus_at:
                pump(0.5)  # nothing later may take the focus away again
                heard, at, focus_at = last_heard()
                break
        if heard and at > focus_at:
            lines.append("heard: " + heard)
        elif heard:
            failures.append("the message was shown, but a later focus change would be spoken over it: " + heard)
        else:
            failures.append("the wrong-passphrase message never reached the bus in a form a screen reader speaks")
        for e in events[second_event:]:
            value = e[3] if isinstance(e[3], str) else ""
            if WRONG[:6] in value or WRONG[-6:] in value:
                failures.append(f"the wrong passphrase on the bus: {e[0]} {value!r}")

        # 3. The helplines: the focused button must say the number.
        def last_focused(since):
            for e in reversed(events[since:]):
                if e[0] == "object:state-changed:focused" and e[1] == 1:
                    return e[6]
            return None

        def name_and_description(acc):
            try:
                return acc.name or "", acc.description or ""
            except Exception:
                return "", ""

        def wait_for_focus(since, wanted, seconds=15):
            """The focused object once wanted(object) holds for it, or the last one after `seconds`."""
            end = time.monotonic() + seconds
            while True:
                pump(0.2)
                focused = last_focused(since)
                if focused is not None and wanted(focused):
                    return focused
                if time.monotonic() >= end:
                    return focused

        def says_number(name):
            return name.startswith("Copy the number")

        def is_button(acc):
            try:
                return acc.getRole() == pyatspi.ROLE_PUSH_BUTTON
            except Exception:
                return False

        def shown(since, name_start, seconds=15):
            """Whether an object whose name starts with name_start became visible after `since`."""
            end = time.monotonic() + seconds
            while True:
                pump(0.2)
                for e in events[since:]:
                    if e[0] == "object:state-changed:showing" and e[1] == 1 and str(e[5]).startswith(name_start):
                        return True
                if time.monotonic() >= end:
                    return False

        before_help = len(events)
        xdotool("key", "F1")
        # Alt+T only once the help screen is up: on a busy machine it can take seconds, and a
        # key that reaches the lock screen first is simply lost.
        if not shown(before_help, "Talk to someone now"):
            failures.append("F1 did not show the help screen within 15 seconds")
        pump(0.5)
        third_event = len(events)
        xdotool("key", "alt+t")
        # A fresh profile has no region yet: "Where are you?" is asked first, with buttons.
        focused = wait_for_focus(third_event, is_button, seconds=5)
        if focused is None:
            # A key can be lost on a machine under heavy load; a person would press it again.
            lines.append("nothing was focused 5 seconds after Alt+T; pressed again")
            xdotool("key", "alt+t")
            focused = wait_for_focus(third_event, is_button)
        name, description = name_and_description(focused) if focused else ("", "")
        if focused is not None and not says_number(name):
            lines.append(f"Alt+T focused {describe(focused)}; Space answers it")
            fourth_event = len(events)
            xdotool("key", "space")
            focused = wait_for_focus(fourth_event, lambda acc: says_number(name_and_description(acc)[0]))
            name, description = name_and_description(focused) if focused else ("", "")
        heard = f"{name} / {description}"
        if not says_number(name) or not re.search(r"\d{3}", heard):
            failures.append(f"the focused helpline button does not say the number: {heard!r}")
        else:
            lines.append(f"the focused helpline button says: {heard!r}")

        if mooring.poll() is not None:
            failures.append(f"Mooring stopped during the check (exit status {mooring.returncode})")
        print("Events seen on the bus:")
        for line in lines:
            print("  " + line)
        for failure in failures:
            print("FAIL: " + failure)
        if not failures:
            print("PASS: no passphrase characters on the bus, the message is heard, and so is a helpline's number")
        return 1 if failures else 0
    finally:
        processes.stop_all()


if __name__ == "__main__":
    sys.exit(run(__file__, inner, "mooring-atspi-", LIMIT_SECONDS))
