#include "GtkShim.h"

/* One child, measured for its width on its own and for its height at the width it is given.
 * A GtkBox may ask a child for its width at a given height; a wrapped GtkLabel answers that by a
 * binary search that lays its text out again at every step. A GtkScrolledWindow avoids that, but
 * GTK 4.8's asks its child for its height at no width in particular, so a label that wraps more
 * than at its natural width was given too few lines and cut off. */
typedef struct {
    GtkWidget parent_instance;
} DamuHeightForWidthBin;

typedef struct {
    GtkWidgetClass parent_class;
} DamuHeightForWidthBinClass;

G_DEFINE_TYPE(DamuHeightForWidthBin, damu_height_for_width_bin, GTK_TYPE_WIDGET)

static GtkSizeRequestMode request_mode(GtkWidget *widget) {
    (void)widget;
    return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void measure(GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                    int *natural, int *minimum_baseline, int *natural_baseline) {
    GtkWidget *child = gtk_widget_get_first_child(widget);
    if (!child || !gtk_widget_should_layout(child)) {
        *minimum = *natural = 0;
        return;
    }
    gtk_widget_measure(child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                       minimum, natural, minimum_baseline, natural_baseline);
}

static void size_allocate(GtkWidget *widget, int width, int height, int baseline) {
    GtkWidget *child = gtk_widget_get_first_child(widget);
    if (child && gtk_widget_should_layout(child)) gtk_widget_allocate(child, width, height, baseline, NULL);
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
}

static void damu_height_for_width_bin_init(DamuHeightForWidthBin *bin) {
    (void)bin;
}

GtkWidget *damu_shim_height_for_width_new(GtkWidget *child) {
    GtkWidget *bin = g_object_new(damu_height_for_width_bin_get_type(), NULL);
    gtk_widget_set_parent(child, bin);
    return bin;
}
