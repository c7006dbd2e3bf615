#ifndef DAMU_GTK_SHIM_H
#define DAMU_GTK_SHIM_H

#include <gtk/gtk.h>

/* Hooks libdispatch's main queue into GLib's default main context, so that
 * DispatchQueue.main, Task { @MainActor } and GRDB observations run while
 * GTK owns the loop. Call once, on the main thread, before the loop runs. */
void damu_shim_attach_main_queue(void);

/* Runs pending main-context events without blocking (for tests and drains). */
void damu_shim_iterate_main_context(void);

/* g_signal_connect is a macro; this is the same call, typed for Swift. */
gulong damu_shim_signal_connect(gpointer instance, const char *signal,
                                GCallback handler, gpointer data,
                                GClosureNotify destroy);

/* gtk_accessible_update_property and _relation are varargs. */
void damu_shim_accessible_set_label(GtkAccessible *accessible, const char *label);
void damu_shim_accessible_set_description(GtkAccessible *accessible, const char *text);
void damu_shim_accessible_set_labelled_by(GtkAccessible *accessible, GtkWidget *label);

/* g_object_set is varargs. */
void damu_shim_object_set_string(gpointer object, const char *property, const char *value);
void damu_shim_object_set_int(gpointer object, const char *property, int value);
void damu_shim_object_set_bool(gpointer object, const char *property, gboolean value);

/* GtkMessageDialog's constructor is varargs. */
GtkWidget *damu_shim_message_dialog_new(GtkWindow *parent, GtkMessageType type,
                                        GtkButtonsType buttons, const char *text);

/* Emits an argument-less action signal by name (e.g. "clicked", "activate"). */
void damu_shim_emit(gpointer instance, const char *signal);

/* A drawing area whose accessible role is IMG: the role is construct-only. */
GtkWidget *damu_shim_picture_area_new(void);

/* `child` in a container that asks it for its width alone and for its height at the width it
 * gets: wrapped text neither cut off nor laid out over and over (height_for_width_bin.c). */
GtkWidget *damu_shim_height_for_width_new(GtkWidget *child);

/* The same container, which gives its child at most `maximum_width` (unless the child needs
 * more) and centres it: a readable column in a wide window, as libadwaita's AdwClamp does. */
GtkWidget *damu_shim_clamp_new(GtkWidget *child, int maximum_width);

/* The type of both, to tell whether a widget is one already. */
GType damu_height_for_width_bin_get_type(void);

/* Each time the wrapping text view `view` comes on screen, asks its parents once more for its
 * size after its first frame there (text_view_fit.c). */
void damu_shim_text_view_fit_when_shown(GtkWidget *view);

/* A list of `model` in one column that builds rows only for about 30 items at a time: GTK 4.8's
 * GtkListView builds up to 200 whatever its height, GtkGridView 30 rows' worth. Its accessible
 * role is LIST (construct-only); each row's is made LIST_ITEM by the factory's bind. */
GtkWidget *damu_shim_one_column_list_new(GtkSelectionModel *model, GtkListItemFactory *factory);
/* The row (list item widget) holding `child`, made a LIST_ITEM for assistive technologies. */
GtkWidget *damu_shim_one_column_list_row(GtkWidget *child);

/* GtkSettings' theme name (g_free it) and dark preference; g_object_get is varargs. */
char *damu_shim_theme_name(void);
gboolean damu_shim_prefers_dark(void);
/* Follows the settings portal's color-scheme (dark or not) into GtkSettings, asynchronously. */
void damu_shim_follow_color_scheme(void);
/* Calls `callback` on the main thread when the theme name or the dark preference changes. */
void damu_shim_on_style_change(void (*callback)(void));
/* Sets the theme name (when not NULL) and the dark preference, as the desktop would. */
void damu_shim_set_style(const char *theme_name, gboolean prefer_dark);

/* Emits GtkEventControllerKey::key-pressed for `keyval` on the key controllers of `widget`, those
 * of the capture phase first, until one handles it, as a key press would; returns whether one
 * did. (Tests: GTK 4 cannot synthesize key events without a real seat.) */
gboolean damu_shim_press_key(GtkWidget *widget, guint keyval);

/* The OpenGL renderer string (GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)") of a context
 * made on the default display, or NULL when GDK cannot make one. g_free it. Call after gtk_init. */
char *damu_shim_gl_renderer(void);

#endif
