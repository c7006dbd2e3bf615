#!/usr/bin/env python3
"""A stand-in for xdg-desktop-portal's Settings interface on the test's own session bus.

It answers Read("org.freedesktop.appearance", "color-scheme") with the scheme given on the command
line, prints "ready" once it owns the portal's name, and for every number read from stdin changes
the scheme and emits SettingChanged, as the real portal does when the desktop's style changes.
"""
import sys
import threading

from gi.repository import Gio, GLib

INTERFACE = """
<node>
  <interface name="org.freedesktop.portal.Settings">
    <method name="Read">
      <arg type="s" name="namespace" direction="in"/>
      <arg type="s" name="key" direction="in"/>
      <arg type="v" name="value" direction="out"/>
    </method>
    <signal name="SettingChanged">
      <arg type="s" name="namespace"/>
      <arg type="s" name="key"/>
      <arg type="v" name="value"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""
PATH = "/org/freedesktop/portal/desktop"
scheme = int(sys.argv[1]) if len(sys.argv) > 1 else 0
connection = None


def on_call(conn, sender, path, interface, method, parameters, invocation):
    namespace, key = parameters.unpack()
    if method == "Read" and (namespace, key) == ("org.freedesktop.appearance", "color-scheme"):
        # The portal of Debian 12 wraps the value twice; Damu must read both shapes.
        inner = GLib.Variant("v", GLib.Variant("u", scheme))
        invocation.return_value(GLib.Variant("(v)", (inner,)))
    else:
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", "no such setting")


def on_property(conn, sender, path, interface, name):
    return GLib.Variant("u", 1)


def on_bus(conn, name):
    global connection
    connection = conn
    node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
    conn.register_object(PATH, node.interfaces[0], on_call, on_property, None)


def on_name(conn, name):
    print("ready", flush=True)


def change(value):
    global scheme
    scheme = value
    connection.emit_signal(None, PATH, "org.freedesktop.portal.Settings", "SettingChanged",
                           GLib.Variant("(ssv)", ("org.freedesktop.appearance", "color-scheme", GLib.Variant("u", value))))
    print("changed", value, flush=True)
    return False


def read_stdin(loop):
    for line in sys.stdin:
        if line.strip():
            GLib.idle_add(change, int(line))
    GLib.idle_add(loop.quit)


loop = GLib.MainLoop()
Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.portal.Desktop", Gio.BusNameOwnerFlags.NONE,
                 on_bus, on_name, lambda *_: loop.quit())
threading.Thread(target=read_stdin, args=(loop,), daemon=True).start()
loop.run()
