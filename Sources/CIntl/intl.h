#include <libintl.h>
#include <locale.h>

/* glibc caches translations per language; a program that changes LANGUAGE while running tells it
 * to look again by bumping this counter (the GNU gettext manual, "Being a gettext grok"). */
extern int _nl_msg_cat_cntr;
static inline void damu_intl_language_changed(void) { ++_nl_msg_cat_cntr; }
