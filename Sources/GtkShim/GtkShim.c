#include "GtkShim.h"
#include <glib-unix.h>
#include <sys/eventfd.h>

/* Exported by Swift's libdispatch on Linux for run-loop integration. */
extern int _dispatch_get_main_queue_handle_4CF(void);
extern void _dispatch_main_queue_callback_4CF(void *msg);

static gboolean drain_main_queue(gint fd, GIOCondition condition, gpointer data) {
    (void)condition; (void)data;
    /* The handle is an eventfd that libdispatch pokes; it stays readable, and GLib would call us
     * in a busy loop, until it is read (CoreFoundation's run loop does the same read). */
    eventfd_t pokes;
    (void)eventfd_read(fd, &pokes);
    _dispatch_main_queue_callback_4CF(NULL);
    return G_SOURCE_CONTINUE;
}

void damu_shim_attach_main_queue(void) {
    static gboolean attached = FALSE;
    if (attached) return;
    attached = TRUE;
    int fd = _dispatch_get_main_queue_handle_4CF();
    g_unix_fd_add(fd, G_IO_IN, drain_main_queue, NULL);
}

void damu_shim_iterate_main_context(void) {
    while (g_main_context_iteration(NULL, FALSE)) {}
}

gulong damu_shim_signal_connect(gpointer instance, const char *signal,
                                GCallback handler, gpointer data,
                                GClosureNotify destroy) {
    return g_signal_connect_data(instance, signal, handler, data, destroy, 0);
}

void damu_shim_accessible_set_label(GtkAccessible *accessible, const char *label) {
    gtk_accessible_update_property(accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void damu_shim_accessible_set_description(GtkAccessible *accessible, const char *text) {
    gtk_accessible_update_property(accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

void damu_shim_accessible_set_labelled_by(GtkAccessible *accessible, GtkWidget *label) {
    gtk_accessible_update_relation(accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
}

void damu_shim_object_set_string(gpointer object, const char *property, const char *value) {
    g_object_set(object, property, value, NULL);
}

void damu_shim_object_set_int(gpointer object, const char *property, int value) {
    g_object_set(object, property, value, NULL);
}

void damu_shim_object_set_bool(gpointer object, const char *property, gboolean value) {
    g_object_set(object, property, value, NULL);
}

GtkWidget *damu_shim_message_dialog_new(GtkWindow *parent, GtkMessageType type,
                                        GtkButtonsType buttons, const char *text) {
    return gtk_message_dialog_new(parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                  type, buttons, "%s", text);
}

void damu_shim_emit(gpointer instance, const char *signal) {
    g_signal_emit_by_name(instance, signal);
}

GtkWidget *damu_shim_picture_area_new(void) {
    return g_object_new(GTK_TYPE_DRAWING_AREA, "accessible-role", GTK_ACCESSIBLE_ROLE_IMG, NULL);
}

GtkWidget *damu_shim_one_column_list_new(GtkSelectionModel *model, GtkListItemFactory *factory) {
    GtkWidget *grid = g_object_new(GTK_TYPE_GRID_VIEW, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                   "max-columns", 1, "model", model, "factory", factory, NULL);
    g_object_unref(model);
    g_object_unref(factory);
    return grid;
}

GtkWidget *damu_shim_one_column_list_row(GtkWidget *child) {
    GtkWidget *row = gtk_widget_get_parent(child);
    /* Set once, before assistive technologies first see the row: GTK refuses a later change. */
    if (row && gtk_accessible_get_accessible_role(GTK_ACCESSIBLE(row)) != GTK_ACCESSIBLE_ROLE_LIST_ITEM)
        g_object_set(row, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM, NULL);
    return row;
}

char *damu_shim_theme_name(void) {
    GtkSettings *settings = gtk_settings_get_default();
    char *name = NULL;
    if (settings) g_object_get(settings, "gtk-theme-name", &name, NULL);
    return name;
}

gboolean damu_shim_prefers_dark(void) {
    GtkSettings *settings = gtk_settings_get_default();
    gboolean dark = FALSE;
    if (settings) g_object_get(settings, "gtk-application-prefer-dark-theme", &dark, NULL);
    return dark;
}

gboolean damu_shim_press_key(GtkWidget *widget, guint keyval) {
    gboolean handled = FALSE;
    GListModel *controllers = gtk_widget_observe_controllers(widget);
    guint count = g_list_model_get_n_items(controllers);
    /* As GTK delivers a key to the focused widget: its capture-phase controllers first. */
    for (int capture = 1; capture >= 0 && !handled; capture--) {
        for (guint i = 0; i < count && !handled; i++) {
            GObject *controller = g_list_model_get_item(controllers, i);
            if (GTK_IS_EVENT_CONTROLLER_KEY(controller) &&
                (gtk_event_controller_get_propagation_phase(GTK_EVENT_CONTROLLER(controller)) == GTK_PHASE_CAPTURE) == capture) {
                g_signal_emit_by_name(controller, "key-pressed", keyval, 0, (GdkModifierType)0, &handled);
            }
            g_object_unref(controller);
        }
    }
    g_object_unref(controllers);
    return handled;
}

/* GTK 4.8 does not read the desktop's dark-style preference itself (libadwaita does): it lives
 * in the settings portal as org.freedesktop.appearance color-scheme (0 none, 1 dark, 2 light).
 * Every call is asynchronous so a missing or slow portal never delays the first frame. */
static void damu_apply_color_scheme(GVariant *value) {
    /* Read() wraps the value in one or two variants depending on the portal's version. */
    GVariant *inner = g_variant_ref(value);
    while (g_variant_is_of_type(inner, G_VARIANT_TYPE_VARIANT)) {
        GVariant *next = g_variant_get_variant(inner);
        g_variant_unref(inner);
        inner = next;
    }
    if (g_variant_is_of_type(inner, G_VARIANT_TYPE_UINT32)) {
        GtkSettings *settings = gtk_settings_get_default();
        if (settings)
            g_object_set(settings, "gtk-application-prefer-dark-theme", g_variant_get_uint32(inner) == 1, NULL);
    }
    g_variant_unref(inner);
}

static void damu_portal_changed(GDBusProxy *proxy, const char *sender, const char *signal,
                                GVariant *parameters, gpointer data) {
    (void)proxy; (void)sender; (void)data;
    if (g_strcmp0(signal, "SettingChanged") != 0) return;
    const char *namespace = NULL, *key = NULL;
    GVariant *value = NULL;
    g_variant_get(parameters, "(&s&sv)", &namespace, &key, &value);
    if (g_strcmp0(namespace, "org.freedesktop.appearance") == 0 && g_strcmp0(key, "color-scheme") == 0)
        damu_apply_color_scheme(value);
    g_variant_unref(value);
}

static void damu_portal_read(GObject *source, GAsyncResult *result, gpointer data) {
    (void)data;
    GVariant *reply = g_dbus_proxy_call_finish(G_DBUS_PROXY(source), result, NULL);
    if (!reply) return;
    GVariant *value = NULL;
    g_variant_get(reply, "(v)", &value);
    damu_apply_color_scheme(value);
    g_variant_unref(value);
    g_variant_unref(reply);
}

static void damu_portal_ready(GObject *source, GAsyncResult *result, gpointer data) {
    (void)source; (void)data;
    GDBusProxy *proxy = g_dbus_proxy_new_for_bus_finish(result, NULL);
    if (!proxy) return;
    g_signal_connect(proxy, "g-signal", G_CALLBACK(damu_portal_changed), NULL);
    g_dbus_proxy_call(proxy, "Read", g_variant_new("(ss)", "org.freedesktop.appearance", "color-scheme"),
                      G_DBUS_CALL_FLAGS_NONE, 2000, NULL, damu_portal_read, NULL);
    /* Kept for the life of the process: it carries the change signal. */
}

void damu_shim_follow_color_scheme(void) {
    g_dbus_proxy_new_for_bus(G_BUS_TYPE_SESSION, G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES, NULL,
                             "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                             "org.freedesktop.portal.Settings", NULL, damu_portal_ready, NULL);
}

static void damu_settings_changed(GObject *settings, GParamSpec *spec, gpointer data) {
    (void)settings; (void)spec;
    ((void (*)(void))data)();
}

void damu_shim_on_style_change(void (*callback)(void)) {
    GtkSettings *settings = gtk_settings_get_default();
    if (!settings) return;
    g_signal_connect(settings, "notify::gtk-theme-name", G_CALLBACK(damu_settings_changed), (gpointer)callback);
    g_signal_connect(settings, "notify::gtk-application-prefer-dark-theme",
                     G_CALLBACK(damu_settings_changed), (gpointer)callback);
}

void damu_shim_set_style(const char *theme_name, gboolean prefer_dark) {
    GtkSettings *settings = gtk_settings_get_default();
    if (!settings) return;
    if (theme_name) g_object_set(settings, "gtk-theme-name", theme_name, NULL);
    g_object_set(settings, "gtk-application-prefer-dark-theme", prefer_dark, NULL);
}
