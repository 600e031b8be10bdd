#!/usr/bin/python3
"""Walks Storyteller's real accessibility tree (AT-SPI) and counts unnamed controls.

What it checks, for each UI language asked for (en ko ja es by default):
  * it starts the built app with a fresh data folder (STORYTELLER_DATA_DIR, a temp dir,
    with settings.ini saying ui/language=LANG; no model is configured, so the app is
    offline and tells bundled stories), waits for it to appear on the AT-SPI bus, and
    drives it page by page the way a user would, with the keyboard where it can:
      Settings   the first page, as it opens
      Check      Enter in the session name field (Start)
      Check (no match)  "quantum chromodynamics" typed into the request field, Enter
      Chat       "Mary Celeste" typed into the request field, Enter (the offline library
                 match starts the story); then an answer typed into the chat input, Enter
      Session    End, then a click on the session in the sidebar's session list
                 (a mouse click: the list opens a session on click only)
      Menus      the menu bar and every item of its menus (popups included, closed)
      dialogs    Story ▸ Search sessions…, Model provider…, Narration voice…,
                 Help ▸ About, each opened through the menu item's AT-SPI action and
                 closed with Escape
  * on each page it walks the window and counts the *controls* on screen (the node and
    all its ancestors SHOWING): the roles in CONTROL_ROLES below (buttons, check boxes,
    radio buttons, combo boxes, text fields, lists and list items, tables and trees,
    menu items, sliders, spin buttons, page tabs; scroll bars are not counted). A control
    is *unnamed* when its accessible name is empty, or is only symbols (a "✕" is read
    as "multiplication x"). Its path (the roles, names and child indices of its
    ancestors) says where it is.
  * while a story reply streams on the Chat page it listens to the AT-SPI events a
    screen reader would use to announce new text (object:text-changed:insert,
    object:announcement, object:children-changed, object:state-changed:showing,
    object:property-change:accessible-name, object:live-region-changed) and reports
    how many arrived from the message view and elsewhere, with a few samples.

Prints a table per page and language (controls, unnamed, the unnamed ones) and writes
the same as JSON with --json. Exit status 1 when any focusable control on any page is
unnamed (0 with --report-only), 2 when the app could not be started or seen.

Needs a session bus with the accessibility bus, an X server and xdotool; the wrapper
tools/a11y_check.sh starts all of them:
    tools/a11y_check.sh [--app build/app/storyteller] [--lang en,ko,ja,es] [--report-only]
By hand (on a desktop whose accessibility bus is running):
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 /usr/bin/python3 tools/a11y_check.py --app PATH
Run it with Debian's /usr/bin/python3 (python3-pyatspi).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

import pyatspi
from gi.repository import GLib

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_LINK,
}
MENU_ROLES = {
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_MENU,
}
ANNOUNCE_EVENTS = [
    "object:text-changed:insert",
    "object:announcement",
    "object:children-changed",
    "object:state-changed:showing",
    "object:property-change:accessible-name",
    "object:live-region-changed",
]

NO_MATCH_REQUEST = "quantum chromodynamics"
STORY_REQUEST = {"en": "Mary Celeste", "ko": "메리 셀레스트", "ja": "メアリー・セレスト号",
                 "es": "Mary Celeste"}
ANSWER = {"en": "No idea, tell me!", "ko": "모르겠어요, 알려 주세요!",
          "ja": "わからない、教えて！", "es": "¡Ni idea, cuéntame!"}


# --- small helpers -------------------------------------------------------------------

def pump(seconds):
    """Lets AT-SPI events arrive for `seconds` (they are dispatched by GLib's loop)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def wait_for(predicate, timeout, step=0.2):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = predicate()
        except Exception:  # the tree changes under us: try again
            value = None
        if value:
            return value
        pump(step)
    return None


def has(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def meaningless(name):
    """An empty name, or one of symbols only (✕, …, ▶): nothing a listener can use."""
    return not any(unicodedata.category(c)[0] in "LN" for c in name)


def label(node, index):
    name = node.name or ""
    short = (name[:30] + "…") if len(name) > 31 else name
    text = f"{node.getRoleName()}[{index}]"
    return f"{text} '{short}'" if short else text


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=False, capture_output=True, timeout=20)


# --- the tree ------------------------------------------------------------------------

def walk(root, path=(), onscreen=True, index=0, out=None, depth=0, before="", where=()):
    """Every node under root as dicts: role, name, states, path, on screen or not, and
    `context`: what tells a sighted user what it is (the label before it, its first
    item), for the report."""
    if out is None:
        out = []
    try:
        role = root.getRole()
        name = root.name or ""
        desc = root.description or ""
        states = root.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        count = root.childCount
    except Exception:
        return out
    here = onscreen and showing
    out.append({
        "node": root,
        "role": role,
        "role_name": root.getRoleName(),
        "name": name,
        "description": desc,
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "editable": states.contains(pyatspi.STATE_EDITABLE),
        "multi_line": states.contains(pyatspi.STATE_MULTI_LINE),
        "onscreen": here,
        "path": " > ".join(path + (f"{root.getRoleName()}[{index}]",)),
        "context": before,
        "where": " > ".join(where + (f"{root.getRoleName()}[{index}]",)),
    })
    if depth > 40 or count > 2000:
        return out
    mine = path + (label(root, index),)
    previous = ""
    for i in range(count):
        try:
            child = root.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        first = len(out)
        walk(child, mine, here, i, out, depth + 1, previous,
             where + (f"{root.getRoleName()}[{index}]",))
        if out[first]["role"] == pyatspi.ROLE_LABEL and out[first]["name"]:
            previous = "after label '" + out[first]["name"][:40] + "'"
    return out


def area(path):
    """Where a node is, in words: the sidebar, the page, a dialog, the menu bar."""
    if path.startswith("dialog"):
        return "dialog"
    if "menu bar" in path:
        return "menu bar"
    if "layered pane" in path:
        return "page"
    if "split pane[0] > frame[1]" in path:
        return "sidebar"
    return "window"


def hint(node, nodes):
    """What tells a sighted user what an unnamed control is: its description
    (tooltip), the label before it, or its first item."""
    if node["description"]:
        return f"desc '{node['description'][:40]}'"
    prefix = node["path"] + " > "
    for n in nodes:
        if n["path"].startswith(prefix) and n["name"]:
            return f"first item '{n['name'][:40]}'"
    return node["context"]


def controls(nodes, menus=False):
    if menus:
        return [n for n in nodes if n["role"] in MENU_ROLES]
    return [n for n in nodes if n["role"] in CONTROL_ROLES and n["onscreen"]]


def distinct_key(page, node):
    """The same control seen on two pages: the sidebar's and the menus' controls are
    the same wherever they are seen; a page's own are told apart by their place in the
    page stack (one per page in a run), a dialog's by the dialog."""
    if node["area"] in ("sidebar", "menu bar", "window", "page"):
        return node["where"]
    return page + ": " + node["where"]


def figures(page, language, nodes, menus=False):
    counted = controls(nodes, menus)
    unnamed = [n for n in counted if meaningless(n["name"])]
    for n in counted:
        n["area"] = area(n["where"])
    return {
        "distinct": sorted({distinct_key(page, n) for n in counted}),
        "page": page,
        "language": language,
        "controls": len(counted),
        "focusable": sum(1 for n in counted if n["focusable"]),
        "unnamed": len(unnamed),
        "unnamed_focusable": sum(1 for n in unnamed if n["focusable"]),
        "unnamed_list": [
            {"role": n["role_name"], "name": n["name"], "description": n["description"],
             "focusable": n["focusable"], "path": n["path"], "where": n["where"],
             "area": area(n["where"]),
             "hint": hint(n, nodes)}
            for n in unnamed
        ],
    }


# --- the app -------------------------------------------------------------------------

class App:
    def __init__(self, binary, language, verbose):
        self.language = language
        self.verbose = verbose
        self.data = tempfile.mkdtemp(prefix=f"a11y-{language}-")
        with open(os.path.join(self.data, "settings.ini"), "w", encoding="utf-8") as f:
            f.write(f"[ui]\nlanguage={language}\n")
        env = dict(os.environ)
        env["STORYTELLER_DATA_DIR"] = self.data
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env.setdefault("QT_QPA_PLATFORM", "xcb")
        self.log = open(os.path.join(self.data, "app.log"), "w")
        self.process = subprocess.Popen([binary], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        self.root = None

    def log_line(self, text):
        if self.verbose:
            print(f"  [{self.language}] {text}", file=sys.stderr)

    def find(self, timeout=30):
        def look():
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and app.get_process_id() == self.process.pid \
                        and app.childCount > 0:
                    return app
            return None
        self.root = wait_for(look, timeout, 0.5)
        return self.root

    def window(self):
        for child in self.root:
            if child is not None and child.getRole() == pyatspi.ROLE_FRAME:
                return child
        return None

    def dialogs(self):
        return [c for c in self.root
                if c is not None and c.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT,
                                                     pyatspi.ROLE_FILE_CHOOSER)
                and has(c, pyatspi.STATE_SHOWING)]

    def page_stack(self):
        """The on-screen page of the window's page stack (the layered pane)."""
        for n in walk(self.window()):
            if n["role"] == pyatspi.ROLE_LAYERED_PANE and n["onscreen"]:
                for child in n["node"]:
                    if child is not None and has(child, pyatspi.STATE_SHOWING):
                        return child
        return None

    def page_index(self):
        """Which page of the stack is on screen (pages are added to the stack as they
        are first shown, so an index means nothing across runs)."""
        page = self.page_stack()
        return page.getIndexInParent() if page is not None else None

    def page_signature(self):
        page = self.page_stack()
        if page is None:
            return None
        return tuple((n["role_name"], n["name"]) for n in walk(page)
                     if n["onscreen"] and n["role"] in CONTROL_ROLES | {pyatspi.ROLE_LABEL})

    def editable(self, multi_line=None):
        page = self.page_stack()
        for n in walk(page) if page else []:
            if n["onscreen"] and n["editable"] and n["role"] == pyatspi.ROLE_TEXT:
                if multi_line is None or n["multi_line"] == multi_line:
                    return n["node"]
        return None

    def focus_window(self):
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                str(self.process.pid)], capture_output=True, text=True)
        windows = found.stdout.split()
        if windows:
            xdotool("windowactivate", "--sync", windows[-1])
            xdotool("windowfocus", "--sync", windows[-1])

    def type_and_enter(self, field, text):
        """Puts text into an editable field and presses Enter there."""
        self.focus_window()
        field.queryComponent().grabFocus()
        pump(0.2)
        if text is not None:
            field.queryEditableText().setTextContents(text)
            pump(0.2)
        xdotool("key", "Return")

    def quit(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        shutil.rmtree(self.data, ignore_errors=True)


class Listener:
    """Counts the announcement-like events that come from the app."""

    def __init__(self, pid):
        self.pid = pid
        self.counts = {}
        self.samples = []
        self.active = False
        for kind in ANNOUNCE_EVENTS:
            pyatspi.Registry.registerEventListener(self.on_event, kind)

    def on_event(self, event):
        if not self.active:
            return
        try:
            if event.host_application.get_process_id() != self.pid:
                return
            role = event.source.getRoleName()
            name = event.source.name or ""
        except Exception:
            role, name = "?", ""
        key = f"{event.type} from {role}"
        self.counts[key] = self.counts.get(key, 0) + 1
        if len(self.samples) < 12:
            data = event.any_data
            text = data if isinstance(data, str) else (
                getattr(data, "name", None) or getattr(data, "getRoleName", lambda: "")())
            self.samples.append(f"{event.type} {role} '{name[:30]}' {str(text)[:60]!r}")

    def close(self):
        for kind in ANNOUNCE_EVENTS:
            pyatspi.Registry.deregisterEventListener(self.on_event, kind)


# --- one language --------------------------------------------------------------------

def press_detached(app, node):
    """Presses node through its AT-SPI action in a child process: a modal dialog's
    exec() may hold the reply back, which must not block this walker."""
    path = []
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        path.insert(0, node.getIndexInParent())
        node = node.parent
    code = (
        "import pyatspi,sys\n"
        "d=pyatspi.Registry.getDesktop(0)\n"
        f"a=[x for x in d if x is not None and x.get_process_id()=={app.process.pid}][0]\n"
        f"for i in {path!r}: a=a.getChildAtIndex(i)\n"
        "act=a.queryAction()\n"
        "names=[act.getName(i) for i in range(act.nActions)]\n"
        "act.doAction(names.index('Press') if 'Press' in names else 0)\n"
    )
    return subprocess.Popen(["/usr/bin/python3", "-c", code], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def settle_stream(app, quiet=3.0, limit=90):
    """Waits until the message list (the chat page's first list) has not changed for
    `quiet` seconds: the reply has finished streaming. Polled, since the list itself
    sends no events while a reply streams."""
    def state():
        page = app.page_stack()
        for n in walk(page) if page else []:
            if n["role"] == pyatspi.ROLE_LIST and n["onscreen"]:
                items = n["node"].childCount
                last = n["node"].getChildAtIndex(items - 1) if items else None
                return (items, len(last.name or "") if last else 0)
        return None
    end = time.monotonic() + limit
    last, since = None, time.monotonic()
    while time.monotonic() < end:
        pump(0.5)
        try:
            now = state()
        except Exception:
            now = None
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since > quiet:
            return True
    return False


def dump(directory, language, page, nodes):
    """The whole tree of a page as text, one node a line, for a look by hand."""
    os.makedirs(directory, exist_ok=True)
    file = "".join(c if c.isalnum() else "-" for c in page).strip("-").lower()
    with open(os.path.join(directory, f"{language}-{file}.txt"), "w", encoding="utf-8") as f:
        for n in nodes:
            depth = n["path"].count(" > ")
            flags = "".join(flag for flag, on in (("S", n["onscreen"]), ("F", n["focusable"]),
                                                  ("E", n["editable"])) if on)
            f.write(f"{'  ' * depth}{n['role_name']} {n['name']!r} {flags}"
                    f"{' desc=' + repr(n['description']) if n['description'] else ''}\n")


def check_language(binary, language, verbose, unreached, dump_dir=None):
    results = []
    events = {}
    app = App(binary, language, verbose)
    try:
        if not app.find():
            unreached.append(f"{language}: the app never appeared on the accessibility bus")
            return results, events, False
        wait_for(lambda: app.page_stack() is not None and app.editable(), 20)
        pump(2.0)  # the library fills in after the first paint

        def snapshot(page, root=None, menus=False):
            nodes = walk(root or app.window())
            if dump_dir:
                dump(dump_dir, language, page, nodes)
            results.append(figures(page, language, nodes, menus))
            app.log_line(f"{page}: {results[-1]['controls']} controls, "
                         f"{results[-1]['unnamed']} unnamed")

        known = {"Settings": app.page_index()}

        def go(page, action, settle=1.0, timeout=15, new=True, back_to=None):
            """Does action, then waits for a page not seen before (new), for the page
            back_to, or (new=False) for any change of what the page shows."""
            before = app.page_signature()
            action()
            if back_to:
                changed = wait_for(lambda: app.page_index() == known[back_to], timeout)
            elif new:
                changed = wait_for(lambda: app.page_index() not in known.values(), timeout)
                if changed:
                    known[page] = app.page_index()
            else:
                changed = wait_for(lambda: app.page_signature() not in (None, before),
                                   timeout)
            pump(settle)
            if not changed:
                unreached.append(f"{language}: {page} (not reached; on page "
                                 f"{app.page_index()})")
                return False
            return True

        def page_buttons():
            return [n["node"] for n in walk(app.page_stack())
                    if n["onscreen"] and n["role"] == pyatspi.ROLE_PUSH_BUTTON]

        snapshot("Settings")
        snapshot("Menus", menus=True)

        field = app.editable()
        if go("Check", lambda: app.type_and_enter(field, None)):
            snapshot("Check")
        if go("Check (no match)",
              lambda: app.type_and_enter(app.editable(), NO_MATCH_REQUEST), settle=1.5,
              new=False):
            snapshot("Check (no match)")
            # Create…: the middle one of Retry, Create…, Exit (the last three buttons).
            buttons = page_buttons()
            if len(buttons) >= 3 and go("Create",
                                        lambda: buttons[-2].queryAction().doAction(0)):
                snapshot("Create")
                # Discard (back to Check): the page's last button.
                go("Check, back from Create",
                   lambda: page_buttons()[-1].queryAction().doAction(0), back_to="Check")

        listener = Listener(app.process.pid)
        reached = go("Chat", lambda: app.type_and_enter(app.editable(),
                                                        STORY_REQUEST[language]),
                     settle=0)
        if reached:
            # Counted from the chat page's arrival: the story's opening streams now.
            listener.active = True
            settle_stream(app)
            events["story start"] = dict(listener.counts)
            samples = list(listener.samples)
            listener.counts, listener.samples = {}, []
            chat_input = app.editable(multi_line=True) or app.editable()
            app.type_and_enter(chat_input, ANSWER[language])
            pump(1.0)
            if not settle_stream(app):
                unreached.append(f"{language}: Chat (the reply did not settle in 90 s)")
            events["an answer's reply"] = dict(listener.counts)
            events["samples"] = samples + listener.samples
            snapshot("Chat")
        listener.active = False
        listener.close()

        if reached:
            # The session page: a click on the session in the sidebar's session list (the
            # last list of the sidebar; it opens a session on a click only).
            lists = [n for n in walk(app.window())
                     if n["role"] == pyatspi.ROLE_LIST and n["onscreen"]]
            sidebar_lists = [n for n in lists if "split pane" in n["path"]
                             and "layered pane" not in n["path"]]
            item = None
            if sidebar_lists and sidebar_lists[-1]["node"].childCount > 0:
                item = sidebar_lists[-1]["node"].getChildAtIndex(0)
            if item is not None:
                def click():
                    box = item.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    xdotool("mousemove", str(box.x + box.width // 2),
                            str(box.y + box.height // 2), "click", "1")
                if go("Session", click):
                    snapshot("Session")
            else:
                unreached.append(f"{language}: Session (no session in the sidebar list)")

        # Dialogs, through the menu bar's items (by place: the texts are translated).
        menubar = next((n["node"] for n in walk(app.window())
                        if n["role"] == pyatspi.ROLE_MENU_BAR), None)
        menus = [m for m in menubar] if menubar is not None else []

        def menu_item(menu_index, item_index):
            popup = menus[menu_index].getChildAtIndex(0)
            items = [c for c in popup if c.getRole() != pyatspi.ROLE_SEPARATOR]
            return items[item_index]

        for title, place in [("Search dialog", (0, 1)), ("Provider dialog", (0, 4)),
                             ("Voice dialog", (0, 5)), ("About box", (-1, 0))]:
            try:
                item = menu_item(*place)
            except Exception:
                unreached.append(f"{language}: {title} (no such menu item)")
                continue
            helper = press_detached(app, item)
            dialog = wait_for(lambda: (app.dialogs() or [None])[0], 10)
            if dialog is None:
                unreached.append(f"{language}: {title} ('{item.name}' opened no dialog)")
                helper.kill()
                continue
            pump(1.0)
            app.log_line(f"{title}: opened by '{item.name}'")
            snapshot(title, dialog)
            app.focus_window()
            xdotool("key", "Escape")
            if not wait_for(lambda: not app.dialogs(), 5):
                app.log_line(f"{title} did not close with Escape")
                unreached.append(f"{language}: the dialogs after {title} "
                                 "(it did not close with Escape)")
                helper.kill()
                break
            helper.kill()
        return results, events, True
    finally:
        app.quit()


# --- report --------------------------------------------------------------------------

def markdown(results, events, unreached):
    lines = []
    languages = list(dict.fromkeys(r["language"] for r in results))
    pages = list(dict.fromkeys(r["page"] for r in results))
    table = {(r["page"], r["language"]): r for r in results}
    lines.append("| page | " + " | ".join(languages) + " |")
    lines.append("| --- | " + " | ".join("---" for _ in languages) + " |")
    for page in pages:
        cells = []
        for language in languages:
            r = table.get((page, language))
            cells.append(f"{r['unnamed']} / {r['controls']}" if r else "—")
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    total = {language: [0, 0] for language in languages}
    for r in results:
        total[r["language"]][0] += r["unnamed"]
        total[r["language"]][1] += r["controls"]
    lines.append("| all pages, added up | " + " | ".join(
        f"{total[l][0]} / {total[l][1]}" for l in languages) + " |")
    distinct = {language: [set(), set()] for language in languages}
    for r in results:
        for key in r["distinct"]:
            distinct[r["language"]][1].add(key)
        for u in r["unnamed_list"]:
            distinct[r["language"]][0].add(distinct_key(r["page"], u))
    lines.append("| **distinct controls** | " + " | ".join(
        f"**{len(distinct[l][0])} / {len(distinct[l][1])}**" for l in languages) + " |")
    lines.append("")
    lines.append("Cells: unnamed / controls on screen (unnamed: an empty name, or symbols "
                 "only). Distinct: the sidebar, the menus and a page seen twice counted "
                 "once.")
    lines.append("")
    found = {}  # each distinct unnamed control once, with where it was seen
    for r in results:
        for u in r["unnamed_list"]:
            entry = found.setdefault(distinct_key(r["page"], u), {
                "unnamed": u, "pages": [], "languages": [], "focusable": False})
            if r["page"] not in entry["pages"]:
                entry["pages"].append(r["page"])
            if r["language"] not in entry["languages"]:
                entry["languages"].append(r["language"])
            entry["focusable"] |= u["focusable"]
    if found:
        lines.append("The unnamed controls, each once:")
    window_pages = [p for p in pages if p != "Menus" and "dialog" not in p.lower()
                    and "box" not in p.lower()]
    for entry in found.values():
        u = entry["unnamed"]
        what = f"{u['role']} '{u['name']}'" if u["name"] else u["role"]
        on = "every page" if entry["pages"] == window_pages else ", ".join(entry["pages"])
        langs = ("all languages" if len(entry["languages"]) == len(languages)
                 else ",".join(entry["languages"]))
        focus = "" if entry["focusable"] else ", not focusable"
        lines.append(f"- {what} in the {u['area']} ({u['hint'] or 'no label'}); on {on}; "
                     f"{langs}{focus}; `{u['where']}`")
    lines.append("")
    for language, ev in events.items():
        lines.append(f"Events from the app while replies streamed ({language}):")
        for phase in ("story start", "an answer's reply"):
            counts = ev.get(phase, {})
            text = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "none"
            lists = sum(v for k, v in counts.items() if k.endswith(("from list",
                                                                    "from list item")))
            lines.append(f"- {phase}: {lists} from the message list or its items; "
                         f"all: {text}")
        for sample in ev.get("samples", [])[:6]:
            lines.append(f"  - e.g. {sample}")
        lines.append("")
    if unreached:
        lines.append("Not reached:")
        lines.extend(f"- {u}" for u in unreached)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="build/app/storyteller", help="the app binary")
    parser.add_argument("--lang", default="en,ko,ja,es", help="UI languages, comma separated")
    parser.add_argument("--report-only", action="store_true", help="always exit 0")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--dump", metavar="DIR", help="write each page's whole tree there")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.access(args.app, os.X_OK):
        print(f"a11y_check: no app at {args.app}", file=sys.stderr)
        return 2
    results, events, unreached = [], {}, []
    seen_any = False
    for language in args.lang.split(","):
        r, e, seen = check_language(args.app, language, args.verbose, unreached,
                                    args.dump)
        results += r
        if e:
            events[language] = e
        seen_any |= seen
    print(markdown(results, events, unreached))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"results": results, "events": events, "unreached": unreached}, f,
                      ensure_ascii=False, indent=1)
    if not seen_any:
        return 2
    failing = sum(r["unnamed_focusable"] for r in results)
    if failing and not args.report_only:
        print(f"a11y_check: {failing} focusable controls without a name (page by page, "
              "a control on several pages counted on each)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
