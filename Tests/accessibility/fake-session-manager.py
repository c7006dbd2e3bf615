#!/usr/bin/python3
"""Stands in for GNOME's session manager on the test's D-Bus session, so that the test can see
what Damu asks of the session: the org.gnome.SessionManager calls GTK makes for
gtk_application_inhibit and gtk_application_uninhibit, and the client registration GTK makes
as the application starts.

    fake-session-manager.py LOG

Prints "ready" once it owns the name; appends one JSON line to LOG per call:
{"call": "Inhibit", "app_id": ..., "reason": ..., "flags": ..., "cookie": ...},
{"call": "Uninhibit", "cookie": ...} or {"call": "EndSessionResponse", "is_ok": ..., "reason": ...}.
A line "query-end" on standard input tells the registered client that the session is about to
end, as a logout does; "end" that it ends now. Runs until killed.
"""
import json
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

INTERFACE = """
<node>
  <interface name="org.gnome.SessionManager">
    <method name="RegisterClient">
      <arg type="s" name="app_id" direction="in"/>
      <arg type="s" name="client_startup_id" direction="in"/>
      <arg type="o" name="client_id" direction="out"/>
    </method>
    <method name="UnregisterClient">
      <arg type="o" name="client_id" direction="in"/>
    </method>
    <method name="Inhibit">
      <arg type="s" name="app_id" direction="in"/>
      <arg type="u" name="toplevel_xid" direction="in"/>
      <arg type="s" name="reason" direction="in"/>
      <arg type="u" name="flags" direction="in"/>
      <arg type="u" name="cookie" direction="out"/>
    </method>
    <method name="Uninhibit">
      <arg type="u" name="cookie" direction="in"/>
    </method>
    <method name="IsInhibited">
      <arg type="u" name="flags" direction="in"/>
      <arg type="b" name="inhibited" direction="out"/>
    </method>
  </interface>
  <interface name="org.gnome.SessionManager.ClientPrivate">
    <method name="EndSessionResponse">
      <arg type="b" name="is_ok" direction="in"/>
      <arg type="s" name="reason" direction="in"/>
    </method>
    <signal name="QueryEndSession">
      <arg type="u" name="flags"/>
    </signal>
    <signal name="EndSession">
      <arg type="u" name="flags"/>
    </signal>
  </interface>
</node>
"""
CLIENT = "/org/gnome/SessionManager/Client1"

log_path = sys.argv[1]
bus = None
inhibitors = {}
next_cookie = 1


def record(entry):
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def on_call(connection, sender, path, interface, method, parameters, invocation):
    global next_cookie
    if method == "RegisterClient":
        invocation.return_value(GLib.Variant("(o)", (CLIENT,)))
    elif method == "UnregisterClient":
        invocation.return_value(None)
    elif method == "EndSessionResponse":
        is_ok, reason = parameters.unpack()
        record({"call": "EndSessionResponse", "is_ok": is_ok, "reason": reason})
        invocation.return_value(None)
    elif method == "Inhibit":
        app_id, _xid, reason, flags = parameters.unpack()
        cookie = next_cookie
        next_cookie += 1
        inhibitors[cookie] = flags
        record({"call": "Inhibit", "app_id": app_id, "reason": reason, "flags": flags, "cookie": cookie})
        invocation.return_value(GLib.Variant("(u)", (cookie,)))
    elif method == "Uninhibit":
        (cookie,) = parameters.unpack()
        inhibitors.pop(cookie, None)
        record({"call": "Uninhibit", "cookie": cookie})
        invocation.return_value(None)
    elif method == "IsInhibited":
        (flags,) = parameters.unpack()
        invocation.return_value(GLib.Variant("(b)", (any(f & flags for f in inhibitors.values()),)))


def on_command(_fd, _condition):
    line = sys.stdin.readline()
    if not line:
        return False
    signal = {"query-end": "QueryEndSession", "end": "EndSession"}.get(line.strip())
    if signal and bus is not None:
        bus.emit_signal(None, CLIENT, "org.gnome.SessionManager.ClientPrivate", signal, GLib.Variant("(u)", (0,)))
    return True


def on_bus(connection, _name):
    global bus
    bus = connection
    node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
    connection.register_object("/org/gnome/SessionManager", node.interfaces[0], on_call, None, None)
    # GTK registers the application as a client of the session and listens at the path it is given.
    connection.register_object(CLIENT, node.interfaces[1], on_call, None, None)


def on_name(_connection, _name):
    print("ready", flush=True)


def on_lost(_connection, _name):
    print("the name org.gnome.SessionManager is taken", file=sys.stderr, flush=True)
    sys.exit(1)


GLib.io_add_watch(sys.stdin.fileno(), GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP, on_command)
Gio.bus_own_name(Gio.BusType.SESSION, "org.gnome.SessionManager", Gio.BusNameOwnerFlags.NONE, on_bus, on_name, on_lost)
GLib.MainLoop().run()
