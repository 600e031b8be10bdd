#!/usr/bin/env python3
"""The layers of core/, checked over the #includes (issue 19).

core/CMakeLists.txt declares one library per folder, bottom to top:

    st_core_library(text)
    st_core_library(script USES util)
    …

That list is the graph. This check fails when
  - a folder USES one declared after it, or one that does not exist (a cycle or a typo);
  - a file in core/X includes "core/Y/…" and Y is not in X's USES (an edge the build would
    not link, or a back-edge);
  - a core/ folder has no st_core_library line, or a library has no folder;
  - core/ includes ui/ or app/, or any Qt Widgets header;
  - ui/ includes a core folder it must reach only through the controller (UI_FORBIDDEN),
    but for the list models and records it binds to (UI_ALLOWED).

Usage: check_layers.py [ROOT]     check the tree at ROOT (default: this checkout)
       check_layers.py --self-test  show the check failing on deliberate back-edges
Exit status 0 when the tree keeps its layers, 1 with one line per problem otherwise.
"""
import os
import re
import shutil
import sys
import tempfile

# ui/ binds widgets to core through core/flow, the list models and small value types; the
# stores are reached only through the controller's API. From a forbidden folder ui/ may
# include only these headers (the models its views show, and their records).
UI_FORBIDDEN = ("store",)
UI_ALLOWED = {
    "core/store/MessageListModel.h", "core/store/MessageRecord.h",
    "core/store/SearchResult.h", "core/store/SearchResultModel.h",
    "core/store/SessionListModel.h", "core/store/SessionRecord.h",
}
UI_INCLUDE = re.compile(r'^\s*#\s*include\s*"(core/([^/"]+)/[^"]+)"')
WIDGET_HEADER = re.compile(r'#include\s*<(QtWidgets|QWidget|QDialog|QMainWindow|QApplication)\b')
INCLUDE = re.compile(r'^\s*#\s*include\s*"(core|ui|app)/([^/"]+)/?')
LIBRARY = re.compile(r'^st_core_library\((\w+)((?:\s+[^)]*)?)\)', re.M)
KEYWORDS = ("USES", "PUBLIC", "PRIVATE", "RESOURCES")


def declared_layers(root):
    """[(folder, [uses…])] in the order core/CMakeLists.txt declares them."""
    with open(os.path.join(root, "core", "CMakeLists.txt"), encoding="utf-8") as f:
        text = f.read()
    layers = []
    for m in LIBRARY.finditer(text):
        words = m.group(2).split()
        uses, section = [], None
        for word in words:
            if word in KEYWORDS:
                section = word
            elif section == "USES":
                uses.append(word)
        layers.append((m.group(1), uses))
    return layers


def sources(folder):
    for dirpath, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                yield os.path.join(dirpath, name)


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            yield number, line


def check(root):
    problems = []
    layers = declared_layers(root)
    if not layers:
        return ["core/CMakeLists.txt declares no st_core_library"]
    position = {name: i for i, (name, _) in enumerate(layers)}
    allowed = {name: set(uses) for name, uses in layers}
    for name, uses in layers:
        for used in uses:
            if used not in position:
                problems.append(f"core/CMakeLists.txt: {name} USES {used}, which is not a core library")
            elif position[used] >= position[name]:
                problems.append(f"core/CMakeLists.txt: {name} USES {used}, declared after it "
                                f"(a back-edge: move the code down or the dependency up)")
    core = os.path.join(root, "core")
    folders = sorted(d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d)))
    for folder in folders:
        if folder not in position:
            problems.append(f"core/{folder}/ has no st_core_library line in core/CMakeLists.txt")
    for name in position:
        if name not in folders:
            problems.append(f"core/CMakeLists.txt: library {name} has no folder core/{name}/")

    for folder in folders:
        for path in sources(os.path.join(core, folder)):
            rel = os.path.relpath(path, root)
            for number, line in includes(path):
                if WIDGET_HEADER.search(line):
                    problems.append(f"{rel}:{number}: core/ never includes Qt Widgets")
                m = INCLUDE.match(line)
                if not m:
                    continue
                top, target = m.group(1), m.group(2)
                if top != "core":
                    problems.append(f"{rel}:{number}: core/ never includes {top}/")
                elif target != folder and target not in allowed.get(folder, set()):
                    problems.append(f"{rel}:{number}: core/{folder} includes core/{target}, which "
                                    f"it does not USES in core/CMakeLists.txt")

    ui = os.path.join(root, "ui")
    if os.path.isdir(ui):
        for path in sources(ui):
            rel = os.path.relpath(path, root)
            for number, line in includes(path):
                m = INCLUDE.match(line)
                header = UI_INCLUDE.match(line)
                if header and header.group(2) in UI_FORBIDDEN and header.group(1) not in UI_ALLOWED:
                    problems.append(f"{rel}:{number}: ui/ reaches core/{header.group(2)} only "
                                    f"through the controller (core/flow): {header.group(1)}")
                elif m and m.group(1) == "app":
                    problems.append(f"{rel}:{number}: ui/ never includes app/")
    return problems


def self_test():
    """Copies core/, ui/ and core/CMakeLists.txt to a temp tree, checks it passes, then adds
    one back-edge of each kind and checks that each one fails with its own message."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("core", "ui"):
            shutil.copytree(os.path.join(here, part), os.path.join(tmp, part),
                            ignore=shutil.ignore_patterns("*.o"))
        clean = check(tmp)
        if clean:
            failures.append("the copy of this tree does not pass: " + "; ".join(clean[:3]))
        layers = declared_layers(tmp)
        bottom, top = layers[0][0], layers[-1][0]

        def expect(description, edit, needle):
            undo = edit()
            found = check(tmp)
            undo()
            if not any(needle in p for p in found):
                failures.append(f"{description}: not caught (got {found[:2]})")
            else:
                print(f"self-test: {description}: caught: "
                      + next(p for p in found if needle in p))

        def add_line(path, line):
            with open(path, encoding="utf-8") as f:
                before = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write(line + "\n" + before)

            def undo():
                with open(path, "w", encoding="utf-8") as f:
                    f.write(before)
            return undo

        some_bottom_file = next(sources(os.path.join(tmp, "core", bottom)))
        expect(f"core/{bottom} including core/{top}",
               lambda: add_line(some_bottom_file, f'#include "core/{top}/Anything.h"'),
               f"core/{bottom} includes core/{top}")
        cmake = os.path.join(tmp, "core", "CMakeLists.txt")

        def uses_top():
            with open(cmake, encoding="utf-8") as f:
                before = f.read()
            with open(cmake, "w", encoding="utf-8") as f:
                f.write(before.replace(f"st_core_library({bottom}",
                                       f"st_core_library({bottom} USES {top}", 1))

            def undo():
                with open(cmake, "w", encoding="utf-8") as f:
                    f.write(before)
            return undo
        expect(f"core/CMakeLists.txt: {bottom} USES {top}", uses_top, "declared after it")
        expect("core/ including a widget",
               lambda: add_line(some_bottom_file, "#include <QWidget>"), "never includes Qt Widgets")
        some_ui_file = next(sources(os.path.join(tmp, "ui")))
        for forbidden in UI_FORBIDDEN:
            expect(f"ui/ including core/{forbidden}",
                   lambda: add_line(some_ui_file, f'#include "core/{forbidden}/SessionStore.h"'),
                   "only through the controller")
    for failure in failures:
        print("self-test FAILED: " + failure)
    return 1 if failures else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} layer problem(s); the graph is in core/README.md", file=sys.stderr)
        return 1
    print("core layers: " + " <- ".join(name for name, _ in declared_layers(root)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
