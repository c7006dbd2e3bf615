#include "GtkShim.h"
#include <glib-unix.h>

/* Exported by Swift's libdispatch on Linux for run-loop integration. */
extern int _dispatch_get_main_queue_handle_4CF(void);
extern void _dispatch_main_queue_callback_4CF(void *msg);

static gboolean drain_main_queue(gint fd, GIOCondition condition, gpointer data) {
    (void)fd; (void)condition; (void)data;
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
