#!/usr/bin/python3
"""Drives the real Damu through the accessibility bus, as a screen reader user would.

Finds every control by its accessible name, creates a profile, scores a lesson's balance wheel,
saves, and reads the scores back from the wheel's accessible description and from the database.
Meanwhile a stand-in session manager checks that unsaved work asks the session to wait before
logging out, that saving lets it go, and that the analysis being typed is kept in the database
when the session says it is about to end, and when it ends.
Run by scripts/test under Xvfb with its own D-Bus session:

    drive-damu.py PATH-TO-DAMU

Prints one line per check and ends with "accessibility: N passed, N failed".
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

SCORES = [7, 5, 8, 9, 6, 4, 10, 3]
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok: {what}", flush=True)
    else:
        failed += 1
        print(f"FAILED: {what}", flush=True)
    return ok


def walk(node, depth=0):
    """Every accessible below node, read from the application each time (no client cache)."""
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.get_child_count()
    except gi.repository.GLib.Error:
        return
    for index in range(count):
        try:
            child = node.get_child_at_index(index)
        except gi.repository.GLib.Error:
            continue
        yield from walk(child, depth + 1)


def visible(node):
    # GTK 4.8 sets SHOWING on windows only; a hidden widget is left out of the tree altogether.
    try:
        return node.get_state_set().contains(Atspi.StateType.VISIBLE)
    except gi.repository.GLib.Error:
        return False


def find(app, name, roles=None, timeout=8.0):
    """The visible accessible called `name` (with one of `roles`), waiting for it to appear."""
    end = time.monotonic() + timeout
    while True:
        for node in walk(app):
            try:
                if node.get_name() == name and visible(node) and (roles is None or node.get_role() in roles):
                    return node
            except gi.repository.GLib.Error:
                continue
        if time.monotonic() > end:
            return None
        time.sleep(0.2)


def press(app, name):
    node = find(app, name, (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.RADIO_BUTTON, Atspi.Role.PAGE_TAB))
    if not check(node is not None, f"a button named {name!r}"):
        return False
    action = node.get_action_iface()
    names = [action.get_action_name(i) for i in range(action.get_n_actions())]
    index = names.index("click") if "click" in names else 0
    done = check(action.do_action(index), f"pressing {name!r}")
    # The click is delivered through the application's main loop, after do_action returns.
    time.sleep(0.5)
    return done


def type_into(app, name, text):
    node = find(app, name, (Atspi.Role.TEXT, Atspi.Role.ENTRY))
    if not check(node is not None, f"a text field named {name!r}"):
        return
    editable = node.get_editable_text_iface()
    check(editable is not None and editable.set_text_contents(text), f"typing into {name!r}")
    current = node.get_text_iface()
    end = time.monotonic() + 3
    while True:
        held = current.get_text(0, current.get_character_count())
        if held == text or time.monotonic() > end:
            break
        time.sleep(0.1)
    check(held == text, f"{name!r} holds what was typed ({held!r})")


def key(keysym):
    """A key pressed and let go, as the keyboard sends it to the focused window (XTest)."""
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.5)


def click(node):
    """A click in the middle of `node`, as the mouse sends it (XTest)."""
    extents = node.get_component_iface().get_extents(Atspi.CoordType.SCREEN)
    Atspi.generate_mouse_event(extents.x + extents.width // 2, extents.y + extents.height // 2, "b1c")
    time.sleep(0.5)


def shown_step(app):
    """The analysis step whose tab is chosen ("1 · Context")."""
    for node in walk(app):
        try:
            if node.get_role() == Atspi.Role.PAGE_TAB and visible(node) \
                    and node.get_state_set().contains(Atspi.StateType.SELECTED) and " · " in node.get_name():
                return node.get_name()
        except gi.repository.GLib.Error:
            continue
    return None


def badly_named(root):
    """Controls a screen reader would read wrongly: no name, GTK's type name, the mnemonic's
    underscore, or the colon of the label before a field."""
    roles = (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.COMBO_BOX,
             Atspi.Role.TEXT, Atspi.Role.ENTRY, Atspi.Role.SPIN_BUTTON)
    bad = []
    for node in walk(root):
        try:
            if node.get_role() in roles and visible(node):
                name = node.get_name()
                if not name or name.startswith("Gtk") or name.endswith(":") or any(word.startswith("_") for word in name.split()):
                    bad.append((node.get_role_name(), name))
        except gi.repository.GLib.Error:
            continue
    return bad


def description_of(app, name, roles=(Atspi.Role.IMAGE,), kind="a picture"):
    node = find(app, name, roles)
    if not check(node is not None, f"{kind} named {name!r}"):
        return ""
    # A description set after the first look arrives with a property change; ask again for it.
    node.clear_cache()
    return node.get_description() or ""


class SessionLog:
    """What Damu asked of the stand-in session manager (fake-session-manager.py)."""

    def __init__(self, path):
        self.path = path

    def entries(self):
        try:
            with open(self.path, encoding="utf-8") as log:
                return [json.loads(line) for line in log if line.strip()]
        except FileNotFoundError:
            return []

    def wait(self, condition, timeout=4.0):
        """The first entry that meets `condition`, waiting for it; None if none came."""
        end = time.monotonic() + timeout
        while True:
            found = next((entry for entry in self.entries() if condition(entry)), None)
            if found is not None or time.monotonic() > end:
                return found
            time.sleep(0.2)


def wait_until(condition, timeout=4.0):
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.1)
    return True


def kept_draft(database):
    """The kept draft of the analysis being typed, as stored (empty if there is none)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT body FROM analysisDraft").fetchall()
    return rows[0][0].decode("utf-8") if rows and isinstance(rows[0][0], bytes) else (rows[0][0] if rows else "")


def check_logout_held(session, reason):
    """The session was asked to hold logouts (flag 1) for `reason`; returns the entry."""
    held = session.wait(lambda e: e["call"] == "Inhibit" and e["reason"] == reason)
    check(held is not None and held["flags"] & 1 and held["app_id"],
          f"unsaved work asks the session to wait before logging out ({held!r})")
    return held


def check_logout_released(session, held):
    if held is None:
        return
    freed = session.wait(lambda e: e["call"] == "Uninhibit" and e["cookie"] == held["cookie"])
    check(freed is not None, f"once saved, the session is let go ({held['reason']!r})")


def main():
    damu = os.path.abspath(sys.argv[1])
    folder = tempfile.mkdtemp(prefix="damu-a11y-")
    database = os.path.join(folder, "damu.sqlite")
    env = dict(os.environ, DAMU_DB=database, XDG_CONFIG_HOME=os.path.join(folder, "config"),
               XDG_DATA_HOME=os.path.join(folder, "data"), GTK_A11Y="atspi", LANGUAGE="en")
    env.pop("NO_AT_BRIDGE", None)
    Atspi.init()
    # GTK looks for a session manager once, as the application starts.
    session = SessionLog(os.path.join(folder, "session.log"))
    manager = subprocess.Popen(
        ["/usr/bin/python3", os.path.join(os.path.dirname(os.path.abspath(__file__)), "fake-session-manager.py"), session.path],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    check(manager.stdout.readline().strip() == "ready", "a stand-in session manager is on the session bus")
    app_process = subprocess.Popen([damu], env=env)
    try:
        app = None
        end = time.monotonic() + 30
        while app is None and time.monotonic() < end:
            desktop = Atspi.get_desktop(0)
            for index in range(desktop.get_child_count()):
                candidate = desktop.get_child_at_index(index)
                if candidate is not None and candidate.get_process_id() == app_process.pid:
                    app = candidate
            time.sleep(0.3)
        if not check(app is not None, "Damu is on the accessibility bus"):
            return
        # Read the tree from the application on every look: pages and header buttons appear later.
        app.set_cache_mask(Atspi.Cache.NONE)

        press(app, "Create a Profile")
        type_into(app, "Full name", "Айгүл Серікқызы")
        type_into(app, "School", "№ 12 мектеп-гимназия")
        held = check_logout_held(session, "A profile is not saved")
        press(app, "Save Profile")
        check_logout_released(session, held)

        press(app, "New Lesson Analysis")
        check("YYYY-MM-DD" in description_of(app, "Date", (Atspi.Role.TEXT, Atspi.Role.ENTRY), "a text field"),
              "the lesson's date field tells a screen reader the form to write the day in")
        type_into(app, "Class", "7 Ә")
        type_into(app, "Topic", "Бөлшектер")
        held = check_logout_held(session, "A lesson analysis is not saved")
        check(wait_until(lambda: "Бөлшектер" in kept_draft(database), timeout=6),
              "the analysis being typed is kept in the database within seconds")
        # Typed just now, and the session says it is about to end: kept before Damu answers.
        type_into(app, "Topic", "Бөлшектерді қосу")
        manager.stdin.write("query-end\n")
        manager.stdin.flush()
        answered = session.wait(lambda e: e["call"] == "EndSessionResponse")
        check(answered is not None and answered["is_ok"] and "Бөлшектерді қосу" in kept_draft(database),
              f"told that the session is ending, Damu keeps what was typed a moment ago, then answers ({answered!r})")
        # Page Down walks the steps, also once the first has put the focus in an answer, which
        # as a text view would take the key for itself; Page Up walks back.
        date = find(app, "Date", (Atspi.Role.TEXT, Atspi.Role.ENTRY))
        if check(date is not None, "the lesson's date field"):
            click(date)
            for step, keysym in (("1 · Context", 0xFF56), ("2 · Wheel", 0xFF56), ("1 · Context", 0xFF55)):
                key(keysym)
                check(wait_until(lambda: shown_step(app) == step), f"{'Page Down' if keysym == 0xFF56 else 'Page Up'} shows {step!r} ({shown_step(app)!r})")
        check(badly_named(app) == [], f"every button and choice of the analysis is named as shown ({badly_named(app)!r})")

        # A question over unsaved work, as a screen reader meets it: the dialog says what it
        # asks, and its buttons are named as they are shown.
        press(app, "Back")
        question = None
        end = time.monotonic() + 4
        while question is None and time.monotonic() < end:
            question = next((node for node in walk(app) if node.get_role() in (Atspi.Role.DIALOG, Atspi.Role.ALERT)
                             and visible(node)), None)
            time.sleep(0.2)
        if check(question is not None and question.get_name() != "", f"the question has a name ({question.get_name() if question else None!r})"):
            buttons = sorted(node.get_name() for node in walk(question) if node.get_role() == Atspi.Role.PUSH_BUTTON)
            check(buttons == ["Cancel", "Discard", "Save"], f"its buttons are named Cancel, Discard and Save ({buttons!r})")
            press(question, "Cancel")
        press(app, "2 · Wheel")
        for sector, score in enumerate(SCORES, start=1):
            press(app, f"Score of sector {sector}: {score} of 10")
        time.sleep(0.3)
        described = description_of(app, "Lesson balance wheel")
        for sector, score in enumerate(SCORES):
            check(f": {score} of 10" in described.split("; ")[sector] if described.count("; ") == 7 else False,
                  f"the wheel's description gives sector {sector + 1} as {score} ({described[:80]!r}…)")
        press(app, "Save")
        time.sleep(0.5)
        check_logout_released(session, held)

        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT topic, content FROM lessonAnalysis WHERE deletedAt IS NULL").fetchall()
        check(len(rows) == 1 and rows[0][0] == "Бөлшектерді қосу", f"one analysis stored ({len(rows)})")
        if rows:
            sectors = json.loads(rows[0][1])["wheel"]["sectors"]
            check([s.get("score") for s in sectors] == SCORES, f"the stored scores are {SCORES}")

        press(app, "Back")
        history = description_of(app, "Balance wheel of the chosen lesson")
        combos = [node.get_name() for node in walk(app) if node.get_role() == Atspi.Role.COMBO_BOX and visible(node)]
        check(combos and badly_named(app) == [],
              f"the lessons page's choices ({combos!r}) and buttons are named as shown ({badly_named(app)!r})")
        check(all(f": {score} of 10" in part for score, part in zip(SCORES, history.split("; "))) and history.count("; ") == 7,
              f"the lessons page reads the saved scores back ({history[:80]!r}…)")
        lessons = find(app, "Lesson analyses", (Atspi.Role.LIST,))
        items = [node for node in walk(lessons) if node.get_role() == Atspi.Role.LIST_ITEM] if lessons else []
        names = [node.get_name() for item in items for node in walk(item)]
        check(len(items) == 1 and any(name.startswith("Lesson of ") and name.endswith("Бөлшектерді қосу") for name in names),
              f"the lesson list is a list with one item, the saved lesson ({len(items)} items, {names[:3]!r})")

        # The session ends while the next analysis is being typed: GTK quits Damu without a
        # close request, and what was typed a moment ago is kept for the next start.
        press(app, "New Lesson Analysis")
        type_into(app, "Topic", "Ондық бөлшектер")
        manager.stdin.write("end\n")
        manager.stdin.flush()
        try:
            status = app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            status = None
        check(status == 0 and "Ондық бөлшектер" in kept_draft(database),
              f"when the session ends, Damu quits ({status!r}) and keeps the analysis being typed")
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        manager.kill()
        manager.wait()
        print(f"accessibility: {passed} passed, {failed} failed", flush=True)


if __name__ == "__main__":
    main()
    sys.exit(1 if failed else 0)
