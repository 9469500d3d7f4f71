#!/usr/bin/env python3
"""The hope box's photos and sounds stay inside the encrypted database.

What it proves: the GUI tests that add photos and sounds to the shelf (chosen, dropped,
recorded), caption, turn, remove and put them back, delete an idea that keeps photos,
show them on "What keeps me going" and play them (`gui_tests "[hopebox],[media]"`) run
under `strace -f` with HOME, TMPDIR and the XDG folders pointing at fresh folders, and
1. every successful create, write, rename or removal is of a profile's own files, as
   src/storage names them (ProfilePaths, AtomicFile's staged files, ProfileLeftovers,
   Backups, Rekey, SettingsCheckpoint), in a profile folder (TempProfile's, in TMPDIR,
   or the default one); a name ending like a photo or a sound (.jpg, .png, .ogg, .opus,
   .wav, ...), anything in the cache folder and any file in TMPDIR outside a profile
   folder fails, named;
2. no write() to any file (the database and its journal included) carries the start of
   a plaintext photo or sound: "JFIF", "Exif", the PNG signature, "OggS", "OpusHead",
   "WAVEfmt " in the first 256 bytes of each write that strace shows;
3. after the run, no file left under HOME, TMPDIR or the XDG folders, outside a profile's
   (encrypted) database files, holds any of those byte sequences.
A control run of the same binary writes its report, named like a photo and holding
"OggS", into TMPDIR: each of the three checks must find it, so a trace or a search that
saw nothing cannot pass.

What it does not prove: the tests delete their profiles when they end, so 3. searches
what is left, not the database while the program runs (tests/proof/NoPlaintextTest.cpp
does that, with markers); 2. sees only the first 256 bytes of each write, which is where
a medium written on its own starts; memory is not looked at; and only what these tests
do is traced, with a made-up microphone and sound output (no sound server's files).

Usage: media_stays_in_database.py GUI_TESTS
"""
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from file_trace import FOLDERS, data_written_in, traced_run, writes_in  # noqa: E402

# Adding, captioning, turning, removing, viewing and playing media; "[media]" is deleting
# an idea that keeps photos.
TAGS = "[hopebox],[media]"
CONTROL_CASE = "A photo without a caption is named by its date, and F2 gives it one"

MEDIA_NAME = re.compile(r"\.(jpe?g|png|gif|webp|bmp|heic|ogg|oga|opus|wav|mp3|flac|m4a)$", re.IGNORECASE)
SIGNATURES = {b"JFIF": "JPEG (JFIF)", b"Exif\0\0": "JPEG (Exif)", b"\x89PNG\r\n\x1a\n": "PNG",
              b"OggS": "Ogg", b"OpusHead": "Opus", b"WAVEfmt ": "WAV"}

# The person's own files the tests hand to the shelf (tests/gui/MediaShelfTest.cpp), each
# made by the test in a QTemporaryDir of its own before Mooring reads it. Allowed only
# directly in such a folder, created once and never written again (a copy by Mooring
# would be a second writing open, or another name), and only removed afterwards.
TEST_INPUTS = {"lake.jpg", "dropped.jpg", "the sea.wav", "long.wav", "notes.txt"}
# QTemporaryDir's folders in TMPDIR: "<application name>-XXXXXX".
TEMPORARY_FOLDER = re.compile(r"^[A-Za-z_]+-[A-Za-z0-9]{6}$")

# A profile folder's own files (src/storage): ProfilePaths' database, key file, settings
# and lock; SQLite's rollback journal (journal_mode=DELETE); QSettings' lock; the notes
# and files kept aside of a restore, a rekey and an import; AtomicFile's staged files
# (mkostemp's six characters, as ProfileLeftovers removes them).
PROFILE_FILE = re.compile(
    r"^(mooring\.db|mooring\.db-journal|mooring\.keys|settings\.ini|settings\.ini\.lock|mooring\.lock"
    r"|restore-in-progress|rekey-in-progress|mooring\.keys\.before-restore|settings\.ini\.before-import"
    r"|mooring\.(db|keys)\.(rekeyed|before-rekey)|mooring\.db\.rekeyed-journal"
    r"|(mooring\.db|mooring\.keys|settings\.ini|settings\.ini\.before-import|restore-in-progress"
    r"|rekey-in-progress|mooring\.keys\.rekeyed)\.[A-Za-z0-9]{6})$")
# backups/ (and the rekey's copies of it), its backup folders (BackupName, Backups) and
# what is in them (Backups' "ours").
BACKUPS_FOLDER = re.compile(r"^backups(\.rekeyed|\.before-rekey)?$")
BACKUP_NAME = re.compile(r"^(\.incomplete-)?(\d{4}-\d{2}-\d{2}T\d{6}-(daily|manual|before-[a-z]{1,20})(-\d{1,4})?"
                         r"|damaged-\d{4}-\d{2}-\d{2}T\d{6})$")
BACKUP_FILE = re.compile(r"^mooring\.(db|keys|db-journal)(\.[A-Za-z0-9]{6})?$")
DATABASE_FILE = re.compile(r"^mooring\.db(-journal)?$")


def inside(path, folder):
    return path == folder or path.startswith(folder + "/")


class Rules:
    """Which paths a traced run may touch, for the folders under `root`."""

    def __init__(self, root, writes):
        self.root = os.path.realpath(root)
        self.folder = {folder: os.path.join(self.root, folder) for _, folder in FOLDERS}
        defaults = {os.path.join(self.folder["data"], "Mooring"),
                    os.path.join(self.folder["home"], ".local", "share", "Mooring")}
        # A profile folder is where a database was made; in TMPDIR (TempProfile) or the default.
        self.profiles = set()
        for write in writes:
            for path in write.paths:
                parent = os.path.dirname(path)
                if (os.path.basename(path) == "mooring.db" and not write.folder and "/backups" not in parent
                        and (inside(parent, self.folder["tmp"]) or parent in defaults)):
                    self.profiles.add(parent)

    def profile_of(self, path):
        return next((p for p in self.profiles if inside(path, p)), None)

    def is_test_input(self, path):
        parent = os.path.dirname(path)
        return (os.path.basename(path) in TEST_INPUTS and os.path.dirname(parent) == self.folder["tmp"]
                and TEMPORARY_FOLDER.match(os.path.basename(parent)) is not None and self.profile_of(path) is None)

    def problem(self, path, folder):
        """Why `path` must not be touched, or None."""
        if not any(inside(path, f) for f in self.folder.values()):
            return "outside the run's own folders"
        if inside(path, self.folder["cache"]):
            return "in the cache folder"
        if self.is_test_input(path):
            return None
        if not folder and MEDIA_NAME.search(path):
            return "named like a photo or a sound"
        profile = self.profile_of(path)
        if profile:
            return self.profile_problem(os.path.relpath(path, profile), folder)
        if inside(path, self.folder["tmp"]):
            relative = os.path.relpath(path, self.folder["tmp"])
            if folder and "/" not in relative and TEMPORARY_FOLDER.match(relative):
                return None  # a QTemporaryDir that holds a profile or a test's own files
            return "in TMPDIR, outside a profile folder"
        return "not one of a profile's files"

    @staticmethod
    def profile_problem(relative, folder):
        parts = [] if relative == "." else relative.split("/")
        if not parts:
            return None if folder else "not one of a profile's files"
        if len(parts) == 1:
            if folder:
                return None if BACKUPS_FOLDER.match(parts[0]) else "a folder Mooring does not make in a profile"
            return None if PROFILE_FILE.match(parts[0]) else "not one of a profile's files"
        if BACKUPS_FOLDER.match(parts[0]) and BACKUP_NAME.match(parts[1]):
            if len(parts) == 2:
                return None if folder else "not a backup folder"
            if len(parts) == 3 and not folder and BACKUP_FILE.match(parts[2]):
                return None
        return "not one of a backup's files"

    def is_database(self, path):
        profile = self.profile_of(path)
        return profile is not None and DATABASE_FILE.match(os.path.basename(path)) is not None


def check(root, log):
    """(problems, profiles, counts) of one traced run whose folders are under `root`."""
    writes = writes_in(log, cwd=root)
    rules = Rules(root, writes)
    problems = []
    inputs_written = set()
    for write in writes:
        for path in write.paths:
            reason = rules.problem(path, write.folder)
            if reason:
                problems.append(f"{path}: {reason} ({write.name})")
            elif rules.is_test_input(path) and write.name not in ("unlink", "unlinkat"):
                if path in inputs_written or write.name not in ("open", "openat", "creat"):
                    problems.append(f"{path}: a test's own file written again ({write.name})")
                inputs_written.add(path)
    data = data_written_in(log)
    for path, shown in data:
        if rules.is_test_input(path):
            continue  # the person's own photo, before Mooring reads it
        for signature, kind in SIGNATURES.items():
            if signature in shown:
                problems.append(f"{path}: {kind} bytes written")
    searched = [0, 0]
    for top in rules.folder.values():
        for folder, _, files in os.walk(top):
            for file in files:
                path = os.path.join(folder, file)
                if rules.is_database(path) or not os.path.isfile(path) or os.path.islink(path):
                    continue  # encrypted: random bytes, searched by NoPlaintextTest for markers
                with open(path, "rb") as f:
                    content = f.read()
                searched[0] += 1
                searched[1] += len(content)
                for signature, kind in SIGNATURES.items():
                    if signature in content:
                        problems.append(f"{path}: {kind} bytes left on the disk")
    return problems, rules.profiles, (len(writes), len(data), searched[0], searched[1])


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    if not shutil.which("strace"):
        print("media_stays_in_database: strace is not installed")
        return 1
    binary = argv[1]
    with tempfile.TemporaryDirectory() as root:
        root = os.path.realpath(root)  # as strace shows the paths of open files
        log = os.path.join(root, "trace.log")
        result = traced_run([binary, TAGS], root, log, data=True, timeout=900)
        if result.returncode != 0:
            print(result.stdout[-4000:])
            print("media_stays_in_database: the hope box's tests failed under strace")
            return 1
        problems, profiles, counts = check(root, log)
    with tempfile.TemporaryDirectory() as root:
        root = os.path.realpath(root)
        log = os.path.join(root, "trace.log")
        # Named like a photo, holding "OggS" (the XML report's suite name), left in TMPDIR.
        control_file = os.path.join(root, "tmp", "control-report.jpg")
        traced_run([binary, CONTROL_CASE, "-r", "xml", "-n", "OggS control", "-o", control_file], root, log,
                   data=True)
        control, _, _ = check(root, log)
    seen = [any(p.startswith(control_file + ": " + reason) for p in control)
            for reason in ("named like a photo", "Ogg bytes written", "Ogg bytes left")]
    for problem in problems:
        print(f"media_stays_in_database: {problem}")
    print(f"media_stays_in_database: {counts[0]} create/write/rename/removal call(s) in {len(profiles)} profile "
          f"folder(s) and elsewhere, {counts[1]} write(s) looked at, {counts[2]} file(s) ({counts[3]} bytes) "
          f"left and searched: {len(problems)} problem(s); the control's report was "
          f"{'seen' if all(seen) else 'NOT seen'} by every check ({', '.join(str(s) for s in seen)})")
    if not profiles:
        print("media_stays_in_database: no profile's database was written: the tests did not run as expected")
    return 0 if not problems and profiles and all(seen) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
