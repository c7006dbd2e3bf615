#include "GtkShim.h"

/* One child, measured for its width on its own and for its height at the width it is given.
 * A GtkBox asks a child for its width at a given height, when it lays its children out and when it
 * is asked for its height; so do a GtkStack for the page it shows and a GtkViewport for what it
 * scrolls. A wrapped GtkLabel answers that by a binary search that lays its text out again at every
 * step, and each box around it asks again at other heights. A GtkScrolledWindow avoids that, but
 * GTK 4.8's asks its child for its height at no width in particular, so a label that wraps more
 * than at its natural width was given too few lines and cut off.
 * With a maximum width, the child is given no more than that (unless its minimum is more) and is
 * centred: a readable column, as libadwaita's AdwClamp does. The container expands, and is shown,
 * with its child. */
typedef struct {
    GtkWidget parent_instance;
    /* 0, or the widest the child is made while it is at least its minimum (a readable column). */
    int maximum_width;
} DamuHeightForWidthBin;

typedef struct {
    GtkWidgetClass parent_class;
} DamuHeightForWidthBinClass;

G_DEFINE_TYPE(DamuHeightForWidthBin, damu_height_for_width_bin, GTK_TYPE_WIDGET)

static GtkSizeRequestMode request_mode(GtkWidget *widget) {
    (void)widget;
    return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The width the child gets out of `width`: all of it, or at most the maximum, centred. */
static int child_width(GtkWidget *widget, GtkWidget *child, int width) {
    int maximum = ((DamuHeightForWidthBin *)widget)->maximum_width;
    if (maximum <= 0 || width < 0) return width;
    int minimum = 0;
    gtk_widget_measure(child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    return MIN(width, MAX(maximum, minimum));
}

static void measure(GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                    int *natural, int *minimum_baseline, int *natural_baseline) {
    GtkWidget *child = gtk_widget_get_first_child(widget);
    if (!child || !gtk_widget_should_layout(child)) {
        *minimum = *natural = 0;
        return;
    }
    if (orientation == GTK_ORIENTATION_HORIZONTAL) {
        gtk_widget_measure(child, orientation, -1, minimum, natural, minimum_baseline, natural_baseline);
        int maximum = ((DamuHeightForWidthBin *)widget)->maximum_width;
        if (maximum > 0) *natural = MAX(*minimum, MIN(*natural, maximum));
    } else {
        gtk_widget_measure(child, orientation, child_width(widget, child, for_size), minimum, natural,
                           minimum_baseline, natural_baseline);
    }
}

static void size_allocate(GtkWidget *widget, int width, int height, int baseline) {
    GtkWidget *child = gtk_widget_get_first_child(widget);
    if (!child || !gtk_widget_should_layout(child)) return;
    int inner = child_width(widget, child, width);
    GskTransform *centred = inner < width ? gsk_transform_translate(NULL, &GRAPHENE_POINT_INIT((width - inner) / 2, 0)) : NULL;
    gtk_widget_allocate(child, inner, height, baseline, centred);
}

/* A child that expands makes its container expand, as it would make a box do. */
static void compute_expand(GtkWidget *widget, gboolean *hexpand, gboolean *vexpand) {
    GtkWidget *child = gtk_widget_get_first_child(widget);
    *hexpand = child && gtk_widget_compute_expand(child, GTK_ORIENTATION_HORIZONTAL);
    *vexpand = child && gtk_widget_compute_expand(child, GTK_ORIENTATION_VERTICAL);
}

static void dispose(GObject *object) {
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child(GTK_WIDGET(object)))) gtk_widget_unparent(child);
    G_OBJECT_CLASS(damu_height_for_width_bin_parent_class)->dispose(object);
}

static void damu_height_for_width_bin_class_init(DamuHeightForWidthBinClass *class) {
    G_OBJECT_CLASS(class)->dispose = dispose;
    GtkWidgetClass *widget_class = GTK_WIDGET_CLASS(class);
    widget_class->get_request_mode = request_mode;
    widget_class->measure = measure;
    widget_class->size_allocate = size_allocate;
    widget_class->compute_expand = compute_expand;
    /* Layout only, as a box is: not a node of its own to assistive technology. */
    gtk_widget_class_set_accessible_role(widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void damu_height_for_width_bin_init(DamuHeightForWidthBin *bin) {
    (void)bin;
}

/* A box spaces the children it lays out, and this container is one: shown with its child and
 * hidden with it, it leaves no gap where a hidden child was. */
static void follow_visibility(GObject *child, GParamSpec *pspec, gpointer bin) {
    (void)pspec;
    gtk_widget_set_visible(GTK_WIDGET(bin), gtk_widget_get_visible(GTK_WIDGET(child)));
}

GtkWidget *damu_shim_height_for_width_new(GtkWidget *child) {
    return damu_shim_clamp_new(child, 0);
}

GtkWidget *damu_shim_clamp_new(GtkWidget *child, int maximum_width) {
    GtkWidget *bin = g_object_new(damu_height_for_width_bin_get_type(), NULL);
    ((DamuHeightForWidthBin *)bin)->maximum_width = maximum_width;
    gtk_widget_set_parent(child, bin);
    gtk_widget_set_visible(bin, gtk_widget_get_visible(child));
    g_signal_connect_object(child, "notify::visible", G_CALLBACK(follow_visibility), bin, 0);
    return bin;
}
