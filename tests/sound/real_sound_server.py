#!/usr/bin/env python3
"""Sound through a real sound server: starts PulseAudio in a folder of its own (a null sink,
the native protocol on a Unix socket, nothing else), runs the sound suite's hidden
"[pulse]" case against it (a tone played and recorded back through the sink's monitor),
then checks that no file appeared in the HOME the test was given (libpulse makes a cookie
there when it finds none; PulseSimpleLibrary keeps it off the disk), and stops the server.

Usage: real_sound_server.py SOUND_TESTS
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    pulseaudio = shutil.which("pulseaudio")
    if not pulseaudio:
        print("real_sound_server: pulseaudio is not installed")
        return 1
    with tempfile.TemporaryDirectory() as root:
        run, home, server_home = (os.path.join(root, d) for d in ("run", "home", "server-home"))
        for folder in (run, home, server_home):
            os.makedirs(folder, mode=0o700)
        server_env = dict(os.environ, XDG_RUNTIME_DIR=run, HOME=server_home)
        server_env.pop("PULSE_SERVER", None)
        server = subprocess.Popen([pulseaudio, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
                                   "--load=module-null-sink sink_name=mooring_out",
                                   "--load=module-native-protocol-unix"],
                                  env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            socket = os.path.join(run, "pulse", "native")
            for _ in range(100):
                if os.path.exists(socket):
                    break
                time.sleep(0.1)
            else:
                print("real_sound_server: the server did not start")
                return 1
            env = dict(os.environ, XDG_RUNTIME_DIR=run, HOME=home, QT_QPA_PLATFORM="offscreen")
            for name in ("PULSE_SERVER", "PULSE_COOKIE", "XDG_CONFIG_HOME"):
                env.pop(name, None)
            result = subprocess.run([argv[1], "[pulse]"], env=env, timeout=120)
            left = [os.path.join(d, f) for d, _, files in os.walk(home) for f in files]
            for path in left:
                print(f"real_sound_server: written in HOME: {path}")
            return 1 if result.returncode != 0 or left else 0
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
