"""A private desktop with an accessibility bus, for checks of what a screen reader hears.

run_outside() starts a check script again inside its own D-Bus session (dbus-run-session), in
a process group of its own that is always ended afterwards. Inside, start_desktop() brings up
Xvfb on a free display of the ones given, openbox and the AT-SPI bus; the functions below read
the bus with pyatspi as a screen reader does. Every check in this folder shares them.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time


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


def run_outside(script, build, work_prefix, limit_seconds):
    """Runs `script --inner BUILD` in a private D-Bus session; its exit status."""
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
    work = tempfile.mkdtemp(prefix=work_prefix)
    env = dict(os.environ)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    env["MOORING_ATSPI_WORK"] = work
    # A new session: the group id is this child's pid, so ending the group ends every process
    # started inside (X server, window manager, buses, the app) and nothing else.
    child = subprocess.Popen(["dbus-run-session", "--", python, script, "--inner", build], env=env,
                             start_new_session=True)
    try:
        rc = child.wait(timeout=limit_seconds + 10)
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


def start_display(processes, displays):
    for number in displays:
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


def start_desktop(processes, work, displays):
    """X server, window manager and AT-SPI bus, with a home of their own under `work`."""
    display = start_display(processes, displays)
    if not display:
        return None
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
    return display


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


def pump(seconds):
    """Lets bus events arrive for `seconds`."""
    from gi.repository import GLib

    end = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def find_app():
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name and "mooring" in app.name.lower():
            return app
    return None


def states(acc):
    try:
        return acc.getState()
    except Exception:
        return None


def showing(acc):
    import pyatspi

    s = states(acc)
    return s is not None and s.contains(pyatspi.STATE_SHOWING)


def key_of(acc):
    """What tells two bus objects apart (the same widget may come as two Python objects)."""
    try:
        return acc.path
    except Exception:
        return id(acc)


def parent_of(acc):
    try:
        return acc.parent
    except Exception:  # the object may be gone already
        return None


def first_showing(app, wanted):
    for acc in walk(app):
        try:
            if wanted(acc) and showing(acc):
                return acc
        except Exception:
            continue
    return None


def wait_for(app, wanted, seconds=15):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.3)
        found = first_showing(app, wanted)
        if found is not None:
            return found
    return None
