"""Listening to Mooring on the AT-SPI bus and walking its screens with the keyboard, shared by
the checks that do so (focus_walk.py, errors_heard.py).

A Listener records the events a screen reader acts on. With it:
 - focus: last_focused / wait_focus, what the focus moved to after a point in the events;
 - heard: whether a message was said in a way Orca speaks it (a notification or alert that
   appears with it as its name, an announcement, or the focused object renamed to it) after
   the last focus change, which Orca would otherwise speak over it;
 - walk_screen: Tab until the focus comes round, then Shift+Tab; every focused object must be
   showing and named, and every showing control that takes the focus must be reached both ways.
"""

import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bus_session import (  # noqa: E402
    describe, find_app, first_showing, key_of, parent_of, pump, run_outside, showing, states, walk)

MAX_TABS = 60

# Roles whose focusable state says nothing about Tab: items inside a list or table are
# reached with the arrow keys once the list has the focus.
ITEM_ROLES = {"list item", "table cell", "tree item", "menu item", "page tab", "column header", "row header",
              "table row", "tree table cell"}


# Mooring on the X server, its accessibility always on, with the tests' fast key derivation.
APP_ENV = {"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
           "MOORING_INSECURE_FAST_KDF": "1"}
CODE_PATTERN = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}")


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def make_profile(build, path, passphrase):
    """A profile made by mooring-cli with `passphrase`; its recovery code. RuntimeError if not."""
    made = subprocess.run([os.path.join(build, "src/app/mooring-cli"), "create", "--profile", path],
                          input=f"{passphrase}\n{passphrase}\n", text=True, capture_output=True,
                          env={**os.environ, **APP_ENV})
    code = CODE_PATTERN.search(made.stdout)
    if made.returncode != 0 or not code:
        raise RuntimeError(f"mooring-cli could not create a profile: {made.stderr.strip()}")
    return code.group(0)


def start_mooring(processes, build, profile):
    return processes.start([os.path.join(build, "src/app/mooring"), "--profile", profile],
                           env={**os.environ, **APP_ENV})


def report(lines, failures, passed):
    """Prints what was heard and what failed; the exit status."""
    for line in lines:
        print("  " + line)
    for failure in failures:
        print("FAIL: " + failure)
    if not failures:
        print("PASS: " + passed)
    return 1 if failures else 0


def run(script, inner, work_prefix, limit_seconds):
    """The command line every check shares: `script [BUILD_DIR]` (default: build/ci) starts the
    private desktop and runs `script --inner BUILD_DIR` inside it, which calls inner(build)."""
    if len(sys.argv) >= 3 and sys.argv[1] == "--inner":
        return inner(sys.argv[2])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(script))))
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "ci")
    return run_outside(os.path.abspath(script), build, work_prefix, limit_seconds)


class Listener:
    """The bus events a screen reader acts on, as (type, detail1, any_data, role, name, source)."""

    KINDS = ("object:state-changed:focused", "object:property-change:accessible-name",
             "object:property-change:accessible-description", "object:announcement",
             "object:state-changed:showing", "object:text-changed")

    def __init__(self, failures, lines):
        import pyatspi

        self.events = []
        self.failures = failures
        self.lines = lines
        self.deadline = None  # a screen is walked only before it (time.monotonic())
        pyatspi.Registry.registerEventListener(self._on_event, *self.KINDS)

    def _on_event(self, event):
        try:
            source = event.source
            role = source.getRoleName()
            name = source.name
        except Exception:
            source, role, name = None, "?", "?"
        self.events.append((event.type, event.detail1, event.any_data, role, name, source))

    def mark(self):
        return len(self.events)

    def last_focused(self, since):
        for e in reversed(self.events[since:]):
            if e[0] == "object:state-changed:focused" and e[1] == 1:
                return e[5]
        return None

    def focus_moves(self, since):
        return [e[5] for e in self.events[since:] if e[0] == "object:state-changed:focused" and e[1] == 1]

    def wait_focus(self, since, seconds=3.0):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pump(0.05)
            focused = self.last_focused(since)
            if focused is not None:
                pump(0.08)  # a landing may pass it on at once
                return self.last_focused(since)
        return None

    def _said(self, since, part):
        """What said `part` last, its index, and the index of the last focus change."""
        heard, at, focus_at = None, -1, -1
        for i, e in enumerate(self.events[since:]):
            kind, detail1, data, role, name, source = e
            name = name if isinstance(name, str) else ""
            if kind == "object:state-changed:focused" and detail1 == 1:
                focus_at = i
                try:
                    said = f"{source.name or ''} {source.description or ''}"
                except Exception:
                    said = ""
                if part in said:  # the focused object itself says it
                    heard, at = f"the focused {role} says it: {said.strip()!r}", i
            elif kind == "object:state-changed:showing" and detail1 == 1 and role in ("alert", "notification") \
                    and part in name:
                heard, at = f"{role} appeared with it as its name: {name!r}", i
            elif kind == "object:announcement" and isinstance(data, str) and part in data:
                heard, at = f"announcement: {data!r}", i
            elif kind == "object:property-change:accessible-name" and part in name:
                try:
                    import pyatspi

                    if source.getState().contains(pyatspi.STATE_FOCUSED):
                        heard, at = f"the focused {role}'s name became it: {name!r}", i
                except Exception:
                    pass
        return heard, at, focus_at

    def heard(self, since, part, what, seconds=10.0):
        """Checks that `part` was said after `since`, and not spoken over by a later focus change."""
        end = time.monotonic() + seconds
        heard, at, focus_at = None, -1, -1
        while time.monotonic() < end:
            pump(0.2)
            heard, at, focus_at = self._said(since, part)
            if heard and at >= focus_at:
                pump(0.5)  # nothing later may take the focus away again
                heard, at, focus_at = self._said(since, part)
                break
        if heard and at >= focus_at:
            self.lines.append(f"{what}: heard, {heard}")
            return True
        if heard:
            self.failures.append(f"{what}: said, but a later focus change is spoken over it: {heard}")
        else:
            self.failures.append(f"{what}: the message ({part!r}) never reached the bus in a form a screen reader "
                                 "speaks")
        return False

    def wait_app(self, wanted, seconds=40):
        """Mooring on the bus once an object `wanted` shows and takes keys; None if not."""
        app = field = None
        end = time.monotonic() + seconds
        while time.monotonic() < end and field is None:
            pump(0.3)
            app = find_app()
            field = first_showing(app, wanted) if app else None
        return app if field is not None and self.keys_arrive(field) else None

    def keys_arrive(self, field):
        """Makes sure keys reach Mooring and its focus events reach this listener (on a busy
        machine the first ones can take a while); leaves the focus in `field`."""
        import pyatspi

        pump(1.0)
        for attempt in range(3):
            since = self.mark()
            try:
                field.queryComponent().grabFocus()
                if attempt > 0:
                    # The window may not have the keyboard (the window manager came up after it
                    # was shown): a click in the field gives it, as it would for a person.
                    box = field.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    xdotool("mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2), "click", "1")
                    pump(0.5)
                    since = self.mark()
            except Exception:
                pass
            xdotool("key", "Tab")
            if self.wait_focus(since, seconds=5.0) is not None:
                field.queryComponent().grabFocus()
                pump(0.5)
                return True
        return False

    # -- walking a screen -----------------------------------------------------------------

    def focusables(self, app):
        """Every showing, enabled object of the window that says it takes the focus."""
        import pyatspi

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

    def check_focus(self, screen, acc, how):
        if acc is None:
            return
        try:
            name = (acc.name or "").strip()
        except Exception:
            name = ""
        if not showing(acc):
            self.failures.append(f"{screen}: {how} focused {describe(acc)}, which is not showing")
        if not name:
            self.failures.append(f"{screen}: {how} focused an unnamed {describe(acc)}")
        # Orca names the containers the focus enters; a nameless "layered pane" (a stack of
        # screens or pages, as Qt shows it) was all it said on a change of screen.
        parent, depth = parent_of(acc), 0
        while parent is not None and depth < 40:
            try:
                if parent.getRoleName() == "layered pane" and not (parent.name or "").strip():
                    said = f"{screen}: the focus is inside an unnamed layered pane (first seen on {describe(acc)})"
                    if not any(f.startswith(f"{screen}: the focus is inside") for f in self.failures):
                        self.failures.append(said)
                    break
            except Exception:
                break
            parent, depth = parent_of(parent), depth + 1

    def tab_round(self, screen, key):
        """Presses `key` until the focus comes round again; the objects it reached."""
        reached = []
        seen = set()
        for _ in range(MAX_TABS):
            since = self.mark()
            xdotool("key", key)
            focused = self.wait_focus(since, seconds=3.0)
            # A date box steps through its day, month, year (and hour and minute) before Tab
            # leaves it.
            for _ in range(5):
                if focused is not None or not reached or reached[-1].getRoleName() != "spin button":
                    break
                xdotool("key", key)
                focused = self.wait_focus(since, seconds=1.5)
            if focused is None:
                self.failures.append(f"{screen}: {key} moved the focus nowhere a screen reader sees")
                break
            self.check_focus(screen, focused, key)
            k = key_of(focused)
            if k in seen:
                break
            seen.add(k)
            reached.append(focused)
        else:
            self.failures.append(f"{screen}: {key} did not come round within {MAX_TABS} presses")
        return reached

    def walk_screen(self, screen, app, opened_focus):
        import pyatspi

        if self.deadline is not None and time.monotonic() > self.deadline:
            self.failures.append(f"{screen}: not walked, the check ran out of time")
            return
        self.check_focus(screen, opened_focus, "opening it")
        pump(0.3)
        controls = self.focusables(app)
        forward = self.tab_round(screen, "Tab")
        backward = self.tab_round(screen, "shift+Tab")
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
            self.failures.append(f"{screen}: Tab never reached {', '.join(missed)}")
        if ahead != back:
            only_ahead = [describe(a) for a in forward if key_of(a) not in back]
            only_back = [describe(a) for a in backward if key_of(a) not in ahead]
            self.failures.append(f"{screen}: Tab and Shift+Tab reach different controls "
                                 f"(only Tab: {only_ahead}, only Shift+Tab: {only_back})")
        self.lines.append(f"{screen}: Tab reached {len(forward)}, Shift+Tab {len(backward)}, "
                          f"{len(controls)} focusable controls showing")
        self.lines.append("   " + " | ".join(describe(a) for a in forward))


def is_role(role, name_start=""):
    def wanted(acc):
        return acc.getRole() == role and (acc.name or "").startswith(name_start)
    return wanted
