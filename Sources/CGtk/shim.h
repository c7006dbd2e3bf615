#include <gtk/gtk.h>
#include <cairo-pdf.h>
