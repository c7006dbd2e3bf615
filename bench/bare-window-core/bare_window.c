/* The smallest GTK 4 window: the yardstick Damu's start is measured against (scripts/bench).
 * It opens a window of Damu's default size with one label and, once its first frame has been
 * painted, prints the moment (CLOCK_MONOTONIC, the clock the benchmark started it by), its
 * resident memory, the renderer GTK chose and the anonymous part of the resident memory, then
 * exits. Same line as Damu's first-frame report. bench-bare-window runs it from C and
 * bench-bare-window-swift from a Swift program, so the two differ only in the libraries loaded. */
#include "bare_window.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* A field of /proc/self/status in KiB ("VmRSS:", "RssAnon:"). */
static long status_kib(const char *field) {
    FILE *status = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    size_t length = strlen(field);
    if (!status) return -1;
    while (fgets(line, sizeof line, status))
        if (strncmp(line, field, length) == 0) kib = atol(line + length);
    fclose(status);
    return kib;
}

static void after_paint(GdkFrameClock *clock, gpointer window) {
    (void)clock;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    GskRenderer *renderer = gtk_native_get_renderer(GTK_NATIVE(window));
    printf("first-frame %lld %ld %s %ld\n", (long long)now.tv_sec * 1000000000LL + now.tv_nsec, status_kib("VmRSS:"),
           renderer ? G_OBJECT_TYPE_NAME(renderer) : "none", status_kib("RssAnon:"));
    fflush(stdout);
    exit(0);
}

static void realized(GtkWidget *window, gpointer data) {
    (void)data;
    g_signal_connect(gtk_widget_get_frame_clock(window), "after-paint", G_CALLBACK(after_paint), window);
}

int bare_window_run(void) {
    gtk_init();
    GtkWidget *window = gtk_window_new();
    gtk_window_set_title(GTK_WINDOW(window), "bench-bare-window");
    gtk_window_set_default_size(GTK_WINDOW(window), 1000, 720);
    gtk_window_set_child(GTK_WINDOW(window), gtk_label_new("Damu"));
    g_signal_connect(window, "realize", G_CALLBACK(realized), NULL);
    gtk_window_present(GTK_WINDOW(window));
    for (;;) g_main_context_iteration(NULL, TRUE);
}
