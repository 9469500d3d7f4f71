#!/usr/bin/env python3
"""Safe-messaging audit: words Mooring never shows, in English or German.

The rules, and why, are in docs/safe-messaging.md; this is the word list that checks them.

Mooring speaks to people recovering from self-harm. Its texts never describe how people
hurt themselves, never count "clean" days, never call a setback a relapse or a failure,
never label a person, never score risk, and no built-in idea imitates harm. This script
reads every text a person can see and reports each phrase that breaks one of those rules:

- translations/*.ts: every source text and its translation (all tr() strings),
- tr()/QT_TR_NOOP()/QT_TRANSLATE_NOOP() literals in src/ (also those not yet in a .ts),
- resources/library/ (the library pages and their index, every language),
- resources/coping/ (the built-in coping ideas),
- resources/helplines/ (the helpline data),
- resources/sample/ (the sample profile),
- resources/desktop/ (what menus and software centres show).

Usage: text-audit.py [PROJECT_ROOT] [--allow FILE]
Prints one line per phrase and a summary; exits 1 if any phrase is found, or if nothing
was read (a wrong path must not pass). A phrase reviewed and kept on purpose goes, exactly
as printed between the quotes, on its own line in tools/text-audit-allow.txt, with a
comment line above it saying why.
"""
import json
import os
import re
import sys
from xml.parsers import expat

# (pattern, why). Matched case-insensitively against one shown text at a time. German
# patterns sit beside their English counterparts.
RULES = [
    # How people hurt themselves: never described, not even in passing.
    (r"\bcut(s|ting|ter|ters)?\b|\bblades?\b|\brazors?\b|\bligatures?\b|\bnooses?\b", "method word"),
    (r"\bburn(s|ing|ed|t)?\b|\boverdos\w*|\bpoison\w*|\bpills?\b", "method word"),
    (r"\britz\w*|\bgeritzt\w*|\bklinge\w*|\brasierklinge\w*|\bschneid(e|en|et)\b|\bgeschnitten\b", "method word"),
    (r"\bverbrenn\w*|\bverbrannt\w*|\bÜberdosis\b|\bgift\w*|\btabletten\w*", "method word"),
    # Pictures of injury.
    (r"\bblood\w*|\bbleed\w*|\bbled\b|\bwounds?\b|\bscars?\b|\bscarr\w*", "injury imagery"),
    (r"\bblut\w*|\bwunde[n]?\b|\bnarbe[n]?\b", "injury imagery"),
    # Labels for a person instead of words for what they do.
    (r"\bself[- ]harmers?\b|\bself[- ]mutilat\w*|\bselbstverletzer\w*|\bselbstverstümmel\w*", "label for a person"),
    (r"\battention[- ]seek\w*|\bmanipulative\b|\baufmerksamkeit\w* (suchen|erregen|heischen)\w*", "blaming a person"),
    # Counting clean days: one hard day must never wipe out the progress.
    (r"\bstreaks?\b|\bclean\b|\bdays? without\b|\b(harm|relapse|cut|self-harm)[- ]free\b", "days-clean framing"),
    (r"\bserie\b|\bsträhne\b|\btage ohne\b|\b\w*(rückfall|verletzungs)frei\w*|\bclean\b", "days-clean framing"),
    (r"\breset(s)? to zero\b|\bback to (zero|day one|day 1)\b|\bauf null\b|\bwieder bei null\b", "days-clean framing"),
    # A setback is something to learn from, not a relapse or a failure.
    (r"\brelaps\w*|\brückf[aä]ll\w*", "say 'setback' ('Rückschlag')"),
    (r"\bfail(s|ed|ure|ures)?\b|\b(you|you're|you are|i'm|i am)( \w+)? failing\b", "blame framing"),
    (r"\bversag\w*|\bgescheitert\b|\bscheitern\b", "blame framing"),
    (r"\bgave in\b|\bgive in\b|\bgiving in\b|\bnachgegeben\b|\bweak(ness)?\b|\bschwäche\b", "implies weakness"),
    (r"\bhonestly\b|\bbe honest\b", "implies other words were not honest"),
    (r"\bbad (day|week)s?\b|\bschlechte[rn]? (tag|woche)\w*", "judging word: say 'hard' ('schwer')"),
    (r"\bgood weeks?\b|\bgute[rn]? woche\w*", "grades the week: say what happened"),
    # Unsafe phrasing about suicide.
    (r"\bcommit(s|ted|ting)? suicide\b|\bsuccessful attempt\b|\bfailed attempt\b", "unsafe phrasing about suicide"),
    (r"\bselbstmord\w*|\bfreitod\b|\bbegangen\w* suizid\b|\bsuizid begeh\w*", "unsafe phrasing about suicide"),
    # No risk scores and no risk labels.
    (r"\bhigh[- ]risk\b|\brisk (score|level|rating)s?\b", "risk label"),
    (r"\bhochrisiko\w*|\bhohes risiko\b|\brisiko(wert|stufe|einschätzung)\w*", "risk label"),
    # No built-in idea imitates harm.
    (r"\b(rubber|elastic) bands?\b|\bsnap(s|ping|ped)?\b|\bred (pen|marker|lines?)\b|\bice cubes?\b",
     "imitates harm"),
    (r"\bgummiband\w*|\bhaushaltsgummi\w*|\broten? (stift|linie)\w*|\beiswürfel\w*", "imitates harm"),
    # Urges ease, but nobody can promise when.
    (r"\b(5|five) to (15|fifteen) minutes\b|\bwithin (5|five) to (15|fifteen)\b|\b5 bis 15 minuten\b",
     "over-promises how soon an urge passes"),
]
COMPILED = [(re.compile(pattern, re.IGNORECASE), why) for pattern, why in RULES]

TR_CALL = re.compile(
    r'\b(?:tr|QT_TR_NOOP|QT_TRANSLATE_NOOP\s*\(\s*"[^"]*"\s*,|QT_TRANSLATE_NOOP3\s*\(\s*"[^"]*"\s*,)\s*\(?\s*'
    r'((?:u8?"(?:[^"\\]|\\.)*"\s*|"(?:[^"\\]|\\.)*"\s*)+)'
)
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
# Ids, file names, addresses and numbers inside data files are never shown as words.
NOT_WORDS = re.compile(r"^([a-z0-9]+([-_./:][a-z0-9]+)+|https?://\S+|[+\d][\d\s()+-]*)$", re.IGNORECASE)
# Keys in the data files whose values are never shown.
HIDDEN_KEYS = {"id", "format", "source", "checked", "category", "region", "kind"}


def json_strings(value, key=None):
    if isinstance(value, str):
        if key not in HIDDEN_KEYS:
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item, key)
    elif isinstance(value, dict):
        for k, item in value.items():
            yield from json_strings(item, k)


def texts_in_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for text in json_strings(data):
        yield 0, text


def texts_in_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                for text in json_strings(json.loads(line)):
                    yield number, text


def texts_in_lines(path):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            yield number, line


def texts_in_ts(path):
    """Each <source>, <translation> and <numerusform> text, with the line it starts on."""
    parser = expat.ParserCreate()
    found, open_text = [], []
    shown = {"source", "translation", "numerusform"}

    def start(name, _attributes):
        if name in shown:
            open_text.append([parser.CurrentLineNumber, ""])

    def data(chunk):
        if open_text:
            open_text[-1][1] += chunk

    def end(name):
        if name in shown and open_text:
            found.append(tuple(open_text.pop()))

    parser.StartElementHandler, parser.CharacterDataHandler, parser.EndElementHandler = start, data, end
    with open(path, "rb") as f:
        parser.ParseFile(f)
    yield from found


def texts_in_source(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        code = f.read()
    for match in TR_CALL.finditer(code):
        yield code.count("\n", 0, match.start()) + 1, "".join(LITERAL.findall(match.group(1)))


READERS = {
    ".ts": texts_in_ts,
    ".json": texts_in_json,
    ".jsonl": texts_in_jsonl,
    ".md": texts_in_lines,
    ".txt": texts_in_lines,
    ".desktop": texts_in_lines,
    ".xml": texts_in_lines,
    ".cpp": texts_in_source,
    ".h": texts_in_source,
}
# (folder, suffixes read there)
PLACES = [
    ("translations", (".ts",)),
    ("src", (".cpp", ".h")),
    ("resources/library", (".md", ".json", ".txt")),
    ("resources/coping", (".json",)),
    ("resources/helplines", (".json", ".jsonl")),
    ("resources/sample", (".json",)),
    ("resources/desktop", (".desktop", ".xml")),
]


def files_in(root, folder, suffixes):
    top = os.path.join(root, folder)
    for dirpath, dirnames, names in os.walk(top):
        dirnames.sort()
        for name in sorted(names):
            if name.endswith(suffixes):
                yield os.path.join(dirpath, name)


def read_allowed(path):
    if not path or not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    args = argv[1:]
    allow_path = os.path.join(here, "text-audit-allow.txt")
    if "--allow" in args:
        at = args.index("--allow")
        allow_path = args[at + 1]
        del args[at:at + 2]
    root = os.path.abspath(args[0] if args else os.path.join(here, os.pardir))
    allowed = read_allowed(allow_path)

    findings, texts, files = [], 0, 0
    for folder, suffixes in PLACES:
        for path in files_in(root, folder, suffixes):
            files += 1
            reader = READERS[os.path.splitext(path)[1]]
            try:
                for line, text in reader(path):
                    text = " ".join(text.split())
                    if not text or NOT_WORDS.match(text):
                        continue
                    texts += 1
                    if text in allowed:
                        continue
                    for rule, why in COMPILED:
                        match = rule.search(text)
                        if match:
                            findings.append(f'{os.path.relpath(path, root)}:{line}: "{text[:160]}": {why} '
                                            f'("{match.group(0)}")')
                            break
            except (ValueError, expat.ExpatError) as error:
                findings.append(f"{os.path.relpath(path, root)}: cannot be read: {error}")
    for finding in findings:
        print(finding)
    print(f"text-audit: {len(findings)} phrase(s) to change, {texts} text(s) read in {files} file(s)")
    if texts == 0:
        print("text-audit: nothing was read; is the path right?")
        return 1
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
