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
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SECRET = "harbour-Lights-82"  # the fresh profile's passphrase; never typed here
FIRST_PROMPT = "Name five things you can see"
SECOND_PROMPT = "Name four things you can touch"
DISPLAYS = range(140, 148)
LIMIT_SECONDS = 50


def python_with_pyatspi():
    """pyatspi comes from the distribution (python3-pyatspi); a python3 earlier on PATH
    (a virtualenv, pyenv) may not see it, so find one that does."""
    try:
        import pyatspi  # noqa: F401

        return sys.executable
    except ImportError:
        pass
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and candidate != sys.executable and os.access(candidate, os.X_OK):
            ok = subprocess.run([candidate, "-c", "import pyatspi"], capture_output=True).returncode == 0
            if ok:
                return candidate
    return None


# ---------------------------------------------------------------------------------------
# Outer part: starts everything in a process group of its own and always ends that group.


def outer(build):
    for tool in ("Xvfb", "openbox", "xdotool", "dbus-run-session"):
        if not shutil.which(tool):
            print(f"FAIL: {tool} is needed (apt install xvfb openbox xdotool dbus-daemon)")
            return 1
    python = python_with_pyatspi()
    if not python:
        print("FAIL: pyatspi is needed (apt install python3-pyatspi at-spi2-core)")
        return 1
    for binary in ("src/app/mooring", "src/app/mooring-cli"):
        if not os.access(os.path.join(build, binary), os.X_OK):
            print(f"FAIL: build the targets mooring and mooring-cli first ({binary} missing)")
            return 1
    work = tempfile.mkdtemp(prefix="mooring-atspi-")
    env = dict(os.environ)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    env["MOORING_ATSPI_WORK"] = work
    # A new session: the group id is this child's pid, so ending the group ends every
    # process started below (X server, window manager, buses, the app) and nothing else.
    child = subprocess.Popen(
        ["dbus-run-session", "--", python, os.path.abspath(__file__), "--inner", build],
        env=env,
        start_new_session=True,
    )
    try:
        rc = child.wait(timeout=LIMIT_SECONDS + 10)
    except subprocess.TimeoutExpired:
        print("FAIL: the check did not finish in time")
        rc = 1
    except KeyboardInterrupt:
        rc = 130
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(child.pid, sig)
            except ProcessLookupError:
                break
            time.sleep(0.5)
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        shutil.rmtree(work, ignore_errors=True)
    return rc


# ---------------------------------------------------------------------------------------
# Inner part: runs inside the private D-Bus session.


class Processes:
    """Processes this check started, stopped in reverse order."""

    def __init__(self):
        self.started = []

    def start(self, args, **kwargs):
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
        self.started.append(process)
        return process

    def stop_all(self):
        for process in reversed(self.started):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.started):
            try:
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def start_display(processes):
    for number in DISPLAYS:
        display = f":{number}"
        server = processes.start(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        # A display in use makes Xvfb give up at once; wait for that before probing, so the
        # probe never answers for somebody else's server.
        time.sleep(0.4)
        for _ in range(100):
            if server.poll() is not None:
                break
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": display},
                                   capture_output=True)
            if probe.returncode == 0 and server.poll() is None:
                return display
            time.sleep(0.05)
    return None


def describe(acc):
    try:
        return f"{acc.getRoleName()} '{acc.name}'"
    except Exception:  # the object may be gone already
        return "(gone)"


def walk(acc, depth=0):
    if acc is None or depth > 40:
        return
    yield acc
    try:
        count = acc.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def inner(build):
    import pyatspi
    from gi.repository import GLib

    work = os.environ["MOORING_ATSPI_WORK"]
    processes = Processes()
    failures = []
    lines = []
    try:
        display = start_display(processes)
        if not display:
            print("FAIL: no free display from :140 to :147")
            return 1
        os.environ["DISPLAY"] = display
        runtime = os.path.join(work, "runtime")
        os.makedirs(runtime, mode=0o700)
        home = os.path.join(work, "home")
        os.makedirs(home)
        os.environ.update(XDG_RUNTIME_DIR=runtime, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                          XDG_DATA_HOME=os.path.join(home, "data"), NO_AT_BRIDGE="0")
        processes.start(["openbox", "--sm-disable"])
        launcher = shutil.which("at-spi-bus-launcher") or "/usr/libexec/at-spi-bus-launcher"
        processes.start([launcher, "--launch-immediately"])
        time.sleep(0.5)

        profile = os.path.join(work, "profile")
        created = subprocess.run([os.path.join(build, "src/app/mooring-cli"), "create", "--profile", profile],
                                 input=f"{SECRET}\n{SECRET}\n", text=True, capture_output=True,
                                 env={**os.environ, "MOORING_INSECURE_FAST_KDF": "1"})
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
                role, name = "?", "?"
            events.append((event.type, event.detail1, role, name, source))
            if event.type.split(":")[-1] in ("enabled", "sensitive"):
                return
            lines.append(f"{event.type} detail1={event.detail1} source={role} {name!r}")

        pyatspi.Registry.registerEventListener(on_event, "object:state-changed", "focus:",
                                               "object:property-change:accessible-name")

        app_env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                   "QT_ACCESSIBILITY": "1"}
        mooring = processes.start([os.path.join(build, "src/app/mooring"), "--profile", profile], env=app_env)
        deadline = time.monotonic() + LIMIT_SECONDS

        def pump(seconds):
            end = time.monotonic() + seconds
            context = GLib.MainContext.default()
            while time.monotonic() < end:
                while context.pending():
                    context.iteration(False)
                time.sleep(0.02)

        def find_app():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name and "mooring" in app.name.lower():
                    return app
            return None

        def showing(acc):
            try:
                return acc.getState().contains(pyatspi.STATE_SHOWING)
            except Exception:
                return False

        def find(app, wanted):
            for acc in walk(app):
                try:
                    if wanted(acc) and showing(acc):
                        return acc
                except Exception:
                    continue
            return None

        app = None
        while time.monotonic() < deadline and app is None:
            pump(0.3)
            app = find_app()
            if app and not find(app, lambda a: a.getRole() == pyatspi.ROLE_PASSWORD_TEXT):
                app = None
        if app is None:
            print("FAIL: Mooring's lock screen never appeared on the bus")
            return 1
        pump(1.0)

        def xdotool(*args):
            subprocess.run(["xdotool", *args], check=True)

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
        ground = find(app, lambda acc: acc.getRole() == pyatspi.ROLE_PAGE_TAB and acc.name.startswith("Ground"))
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
    if len(sys.argv) >= 3 and sys.argv[1] == "--inner":
        sys.exit(inner(sys.argv[2]))
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(outer(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "ci")))
