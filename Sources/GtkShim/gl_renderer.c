#include "GtkShim.h"
#include <dlfcn.h>

#define DAMU_GL_RENDERER 0x1F01

/* GTK links libepoxy, whose glGetString is a function pointer variable that dispatches to the
 * current context's driver. It is looked up at run time: linking libepoxy here would mean
 * changing the package's link flags for one call. */
typedef const unsigned char *(*get_string_fn)(unsigned int name);

char *damu_shim_gl_renderer(void) {
    GdkDisplay *display = gdk_display_get_default();
    if (!display) return NULL;
    get_string_fn *get_string = dlsym(RTLD_DEFAULT, "epoxy_glGetString");
    if (!get_string || !*get_string) return NULL;
    GError *error = NULL;
    GdkGLContext *context = gdk_display_create_gl_context(display, &error);
    if (!context) {
        g_clear_error(&error);
        return NULL;
    }
    char *renderer = NULL;
    if (gdk_gl_context_realize(context, &error)) {
        gdk_gl_context_make_current(context);
        const unsigned char *name = (*get_string)(DAMU_GL_RENDERER);
        if (name) renderer = g_strdup((const char *)name);
        gdk_gl_context_clear_current();
    }
    g_clear_error(&error);
    g_object_unref(context);
    return renderer;
}
