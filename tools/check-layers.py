#!/usr/bin/env python3
"""Layer check: every #include in src/ points down the layers (docs/architecture.md).

    app -> gui -> session -> exchange -> storage -> domain
    app -> cli -> exchange,  exchange -> insights -> domain
    app -> gui -> speech -> sound -> domain
    app -> gui -> printing -> exchange
    app -> gui -> media -> domain

A layer may include its own headers and those of any layer below it, never one above.
Besides the direction, three rules keep each library honest about what it talks to:
widgets (QtWidgets, QtCharts) only in gui/ and app/, SQLCipher only in storage/, and no
networking or QtSql anywhere.

Usage: check-layers.py [PROJECT_ROOT]   (default: the folder above this script)
Prints one line per problem and a summary; exits 1 when there is any problem (or when
src/ cannot be found, so a wrong path never passes quietly).
"""
import os
import re
import sys

# What each layer may include, itself included. Written out in full (not derived from a
# chain) so the table reads the same as the diagram in docs/architecture.md.
MAY_INCLUDE = {
    "domain": {"domain"},
    "insights": {"insights", "domain"},
    "storage": {"storage", "domain"},
    "exchange": {"exchange", "insights", "storage", "domain"},
    "printing": {"printing", "exchange", "insights", "storage", "domain"},
    "session": {"session", "exchange", "insights", "storage", "domain"},
    "sound": {"sound", "domain"},
    "media": {"media", "domain"},
    "speech": {"speech", "sound", "domain"},
    "gui": {"gui", "session", "printing", "speech", "sound", "media", "exchange", "insights", "storage", "domain"},
    "cli": {"cli", "exchange", "insights", "storage", "domain"},
    "app": {"app", "gui", "cli", "session", "printing", "speech", "sound", "media", "exchange", "insights", "storage", "domain"},
}
WIDGET_LAYERS = {"gui", "app"}
SQLCIPHER_LAYERS = {"storage"}
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc")

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
NETWORK_OR_SQL = re.compile(
    r"^(QtNetwork|QtSql|QtWebSockets)(/|$)|^Q(Tcp|Udp|Ssl|Local)(Socket|Server)\b|^QNetwork\w*|^QSql\w*|^QWebSocket\w*"
)
WIDGET_MODULES = re.compile(r"^(QtWidgets|QtCharts|QtPrintSupport/QPrintDialog)(/|$)")
SQLCIPHER = re.compile(r"^(sqlite3\.h|sqlcipher/)")


def qt_widget_class_headers():
    """Names such as QWidget or QPushButton, which may be included without the module prefix."""
    names = set()
    for base in ("/usr/include/x86_64-linux-gnu/qt6/QtWidgets", "/usr/include/aarch64-linux-gnu/qt6/QtWidgets",
                 "/usr/include/qt6/QtWidgets"):
        if os.path.isdir(base):
            names.update(n for n in os.listdir(base) if n.startswith("Q") and "." not in n)
    return names


def layer_of(path, src):
    """The layer a file under src/ belongs to, or None for files outside every layer."""
    head = os.path.relpath(path, src).split(os.sep)[0]
    return head if head in MAY_INCLUDE else None


def included_layer(name, including_dir, src):
    """The layer an #include "..." lands in: as written from src/, or relative to the file."""
    head = name.split("/")[0]
    if head in MAY_INCLUDE and os.path.exists(os.path.join(src, name)):
        return head
    beside = os.path.normpath(os.path.join(including_dir, name))
    if os.path.exists(beside) and os.path.commonpath([beside, src]) == src:
        return layer_of(beside, src)
    return None


def problems_in(path, layer, src, root, widget_classes):
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            bracket, name = match.groups()
            where = f"{os.path.relpath(path, root)}:{number}"
            if NETWORK_OR_SQL.match(name):
                yield f"{where}: {name}: no networking and no QtSql in Mooring"
                continue
            if layer not in WIDGET_LAYERS and (WIDGET_MODULES.match(name) or name in widget_classes):
                yield f"{where}: {name}: widgets belong to gui/ and app/"
                continue
            if layer not in SQLCIPHER_LAYERS and SQLCIPHER.match(name):
                yield f"{where}: {name}: only storage/ talks to SQLCipher"
                continue
            if bracket == '"':
                target = included_layer(name, os.path.dirname(path), src)
                if target and target not in MAY_INCLUDE[layer]:
                    yield f"{where}: {layer}/ includes {target}/ ({name}): points up the layers"


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(here, os.pardir))
    src = os.path.join(root, "src")
    if not os.path.isdir(src):
        print(f"check-layers: no src/ folder in {root}")
        return 1
    widget_classes = qt_widget_class_headers()
    problems, files = [], 0
    for folder, _, names in os.walk(src):
        layer = layer_of(folder, src)
        if layer is None:
            continue
        for name in sorted(names):
            if name.endswith(SOURCE_SUFFIXES):
                files += 1
                problems.extend(problems_in(os.path.join(folder, name), layer, src, root, widget_classes))
    for problem in problems:
        print(problem)
    print(f"check-layers: {len(problems)} problem(s) in {files} file(s)")
    if files == 0:
        print("check-layers: no source files found; is the path right?")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
