#!/usr/bin/env python3
"""Sound stays off the disk: the sound suite (compressing, playing, recording, all in
memory) runs under strace, and no file or folder is created, written, renamed or removed.

A control run of the same binary writes its report to a file (Catch2's -o); the check must
see that one, so a trace that saw nothing cannot pass.

Usage: no_files_written.py SOUND_TESTS
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from file_trace import traced_run as trace, writes_in  # noqa: E402


def traced_run(binary, root, extra):
    log = os.path.join(root, "trace.log")
    result = trace([binary] + extra, root, log)
    return result, writes_in(log, cwd=root)


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
    seen_control = any(control_file in write.paths for write in control)
    for write in writes:
        print(f"written: {write}")
    print(f"no_files_written: {len(writes)} write(s) by the sound suite; the control run's report "
          f"{'was' if seen_control else 'was NOT'} seen")
    return 0 if not writes and seen_control else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
