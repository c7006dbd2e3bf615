#include "bare_window.h"

int main(void) { return bare_window_run(); }
