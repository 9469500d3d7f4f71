#!/usr/bin/env python3
"""Sound stays off the disk: the sound suite (compressing, playing, recording, all in
memory) runs under strace, and no file or folder is created, written, renamed or removed.

A control run of the same binary writes its report to a file (Catch2's -o); the check must
see that one, so a trace that saw nothing cannot pass.

Usage: no_files_written.py SOUND_TESTS
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SYSCALLS = "open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,link,linkat,symlink,symlinkat,truncate"
WRITING_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
CALL = re.compile(r'^\d+\s+(\w+)\((.*)\)\s+=\s+(-?\d+)')
# Opened for writing without making anything: the null device and the terminal.
HARMLESS = ("/dev/null", "/dev/tty", "/dev/pts/")


def writes_in(log):
    """Successful calls that create, write, rename or remove something, as (call, arguments)."""
    found = []
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            match = CALL.match(line)
            if not match or int(match.group(3)) < 0:
                continue
            name, arguments = match.group(1), match.group(2)
            paths = re.findall(r'"([^"]*)"', arguments)
            if any(p.startswith(HARMLESS) for p in paths):
                continue
            if name in ("open", "openat") and not WRITING_FLAGS.search(arguments):
                continue
            found.append((name, arguments))
    return found


def traced_run(binary, root, extra):
    env = dict(os.environ)
    for name, folder in (("HOME", "home"), ("TMPDIR", "tmp"), ("XDG_RUNTIME_DIR", "run"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        path = os.path.join(root, folder)
        os.makedirs(path, mode=0o700, exist_ok=True)
        env[name] = path
    env["QT_QPA_PLATFORM"] = "offscreen"
    # LeakSanitizer cannot work under ptrace: in the sanitizer build it would fail the run.
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    log = os.path.join(root, "trace.log")
    result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=" + SYSCALLS, "-o", log, binary] + extra,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    return result, writes_in(log)


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    if not shutil.which("strace"):
        print("no_files_written: strace is not installed")
        return 1
    binary = argv[1]
    with tempfile.TemporaryDirectory() as root:
        # NoFilesTest makes folders of its own to watch; it checks the same thing from inside.
        result, writes = traced_run(binary, root, ["[sound]~[nofiles]"])
        if result.returncode != 0:
            print(result.stdout[-4000:])
            print("no_files_written: the sound suite failed under strace")
            return 1
        control_file = os.path.join(root, "tmp", "control-report.txt")
        _, control = traced_run(binary, root, ["[format]", "-o", control_file])
    seen_control = any(control_file in arguments for _, arguments in control)
    for name, arguments in writes:
        print(f"written: {name}({arguments})")
    print(f"no_files_written: {len(writes)} write(s) by the sound suite; the control run's report "
          f"{'was' if seen_control else 'was NOT'} seen")
    return 0 if not writes and seen_control else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
