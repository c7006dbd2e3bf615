#include "GtkShim.h"

/* GtkTextView measures its height from its text as laid out at its last width, and a text view
 * not yet on screen has none: a long answer shown in a form before the form appeared (a stored
 * card, a reopened analysis) got the height of a line or two, and the rest stayed cut off until
 * something was typed, because the view lays its text out at its real width while it is being
 * allocated, too late for that frame's sizes, and asks for no new ones after. One more request
 * for its size once that first frame is done lets it take the height its text needs. */

static gboolean damu_fit_tick(GtkWidget *view, GdkFrameClock *clock, gpointer data) {
    (void)clock;
    guint *frames = data;
    /* The first tick comes before the first frame's layout; the second, after it. */
    if (++*frames < 2) return G_SOURCE_CONTINUE;
    gtk_widget_queue_resize(view);
    return G_SOURCE_REMOVE;
}

static void damu_fit_on_map(GtkWidget *view, gpointer data) {
    (void)data;
    gtk_widget_add_tick_callback(view, damu_fit_tick, g_new0(guint, 1), g_free);
}

void damu_shim_text_view_fit_when_shown(GtkWidget *view) {
    g_signal_connect(view, "map", G_CALLBACK(damu_fit_on_map), NULL);
}
