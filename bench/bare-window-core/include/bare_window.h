#ifndef BARE_WINDOW_H
#define BARE_WINDOW_H

/* Opens the bare window, prints its first-frame line once the first frame is painted, and exits. */
int bare_window_run(void);

#endif
