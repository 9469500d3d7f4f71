"""What a program does to files, seen through strace: shared by the checks that prove
something stays off the disk (tests/sound/no_files_written.py,
tests/proof/media_stays_in_database.py).

traced_run() runs a command under `strace -f` with HOME, TMPDIR and the XDG folders
pointing at fresh folders of its own; writes_in() lists the calls that created, wrote,
renamed or removed something, with their paths made absolute; data_written_in() lists
the first bytes of every write() to a file (when the run traced them).
"""
import os
import re
import subprocess
from dataclasses import dataclass, field

# Everything that can make, change or remove a name on the disk.
SYSCALLS = ("open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,"
            "link,linkat,symlink,symlinkat,truncate")
# ... and what puts bytes into a file already open (traced only when asked for).
DATA_SYSCALLS = "write,pwrite64,writev,pwritev,pwritev2"
WRITING_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
CALL = re.compile(r"^\d+\s+(\w+)\((.*)\)\s+=\s+(-?\d+)")
# A quoted string, optionally after the folder descriptor it is relative to (strace -y
# shows `AT_FDCWD</cwd>` or `3</some/folder>`).
ARGUMENT = re.compile(r'(?:(?:AT_FDCWD|\d+)<((?:[^>\\]|\\.)*)>,\s*)?"((?:[^"\\]|\\.)*)"')
FILE_DESCRIPTOR = re.compile(r"^\d+<((?:[^>\\]|\\.)*)>")
# Opened for writing without making anything: the null device and the terminal.
HARMLESS = ("/dev/null", "/dev/tty", "/dev/pts/")
# The fresh folders a traced run gets, by the variable that names them.
FOLDERS = (("HOME", "home"), ("TMPDIR", "tmp"), ("XDG_RUNTIME_DIR", "run"), ("XDG_CACHE_HOME", "cache"),
           ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"))

_ESCAPES = {"n": 10, "t": 9, "r": 13, "v": 11, "f": 12, "a": 7, "b": 8, '"': 34, "\\": 92}


def unescape(text):
    """The bytes of a string as strace prints it (C escapes, \\xNN, octal)."""
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c != "\\" or i + 1 == len(text):
            out += c.encode("utf-8", "surrogateescape")
            i += 1
            continue
        nxt = text[i + 1]
        if nxt == "x" and re.match(r"[0-9a-fA-F]{2}", text[i + 2:i + 4]):
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif nxt in "01234567":
            digits = re.match(r"[0-7]{1,3}", text[i + 1:]).group(0)
            out.append(int(digits, 8) & 0xFF)
            i += 1 + len(digits)
        else:
            out.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
    return bytes(out)


def _path(text):
    return unescape(text).decode("utf-8", "replace")


@dataclass
class Write:
    """One successful call that created, wrote, renamed or removed something."""
    name: str           # the system call
    arguments: str      # as strace printed them
    paths: list = field(default_factory=list)  # absolute, in the order given
    folder: bool = False  # made or removed a folder

    def __str__(self):
        return f"{self.name}({self.arguments})"


UNFINISHED = re.compile(r"^(\d+)\s+(.*) <unfinished \.\.\.>$")
RESUMED = re.compile(r"^(\d+)\s+<\.\.\. \w+ resumed>(.*)$")


def calls_in(log):
    """Each traced call as one line, also when another thread's call came between its
    start and its end (strace -f prints it in two pieces then)."""
    pending = {}
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            started = UNFINISHED.match(line)
            if started:
                pending[started.group(1)] = started.group(1) + "  " + started.group(2)
                continue
            resumed = RESUMED.match(line)
            if resumed:
                line = pending.pop(resumed.group(1), "") + resumed.group(2)
            yield line


def writes_in(log, cwd="/"):
    """Successful calls that create, write, rename or remove something, in order."""
    found = []
    for line in calls_in(log):
        match = CALL.match(line)
        if not match or int(match.group(3)) < 0:
            continue
        name, arguments = match.group(1), match.group(2)
        if name in DATA_SYSCALLS.split(","):
            continue
        paths = []
        for folder, path in ARGUMENT.findall(arguments):
            path = _path(path)
            paths.append(os.path.normpath(os.path.join(_path(folder) if folder else cwd, path)))
        if name in ("symlink", "symlinkat"):
            paths = paths[-1:]  # the link made, not what it points to
        if any(p.startswith(HARMLESS) for p in paths):
            continue
        if name in ("open", "openat") and not WRITING_FLAGS.search(arguments):
            continue
        folder = name in ("mkdir", "mkdirat", "rmdir") or (name == "unlinkat" and "AT_REMOVEDIR" in arguments)
        found.append(Write(name, arguments, paths, folder))
    return found


def data_written_in(log):
    """(path, first bytes) of every successful write to a file, when strace ran with -y."""
    found = []
    for line in calls_in(log):
        match = CALL.match(line)
        if not match or match.group(1) not in DATA_SYSCALLS.split(",") or int(match.group(3)) < 0:
            continue
        target = FILE_DESCRIPTOR.match(match.group(2))
        if not target:
            continue  # a pipe or socket, shown as pipe:[...] / socket:[...]
        path = _path(target.group(1))
        if not path.startswith("/") or path.startswith(HARMLESS):
            continue
        shown = b"".join(unescape(s) for _, s in ARGUMENT.findall(match.group(2)[target.end():]))
        found.append((path, shown))
    return found


def fresh_environment(root):
    """The environment for a traced run, its folders made (0700) under `root`."""
    env = dict(os.environ)
    for name, folder in FOLDERS:
        path = os.path.join(root, folder)
        os.makedirs(path, mode=0o700, exist_ok=True)
        env[name] = path
    env["QT_QPA_PLATFORM"] = "offscreen"
    # LeakSanitizer cannot work under ptrace: in the sanitizer build it would fail the run.
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    return env


def traced_run(command, root, log, data=False, timeout=300):
    """Runs `command` under strace in fresh folders under `root`; its cwd is `root`.
    With `data`, the first 256 bytes of every write are in the log too, and each file
    descriptor is shown with its path (-y)."""
    env = fresh_environment(root)
    if os.sep in command[0]:
        command = [os.path.abspath(command[0])] + command[1:]
    calls = SYSCALLS + ("," + DATA_SYSCALLS if data else "")
    options = ["-f", "-qq", "-y", "-e", "trace=" + calls, "-o", log]
    if data:
        options += ["-s", "256", "-x"]
    return subprocess.run(["strace"] + options + command, env=env, cwd=root, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, errors="replace", timeout=timeout)
