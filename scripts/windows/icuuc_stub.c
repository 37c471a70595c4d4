/* Test-only stand-in for Windows 10's icuuc.dll, which wine 8 lacks. Qt6Core (PySide6 >=
 * 6.10) imports these ucnv_* functions for legacy codecs; the stand-in reports that no
 * converter exists, so Qt falls back to its built-in UTF codecs. Built with mingw by
 * scripts/test-windows.sh and copied into the wine prefix only: NEVER shipped. */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *err) {
  if (err != NULL && *err <= 0) *err = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
  (void)name; (void)standard; fail(err); return NULL;
}
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
/* Callbacks, getters/setters and conversions: never reached without a converter. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_getToUCallBack(void) {}
EXPORT void ucnv_getFromUCallBack(void) {}
EXPORT void ucnv_setToUCallBack(void *a, void *b, void *c, void *d, void *e, UErrorCode *err) {
  (void)a; (void)b; (void)c; (void)d; (void)e; fail(err);
}
EXPORT void ucnv_setFromUCallBack(void *a, void *b, void *c, void *d, void *e, UErrorCode *err) {
  (void)a; (void)b; (void)c; (void)d; (void)e; fail(err);
}
EXPORT void ucnv_cbToUWriteUChars(void) {}
EXPORT void ucnv_cbFromUWriteUChars(void) {}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT void ucnv_toUnicode(void *a, void *b, void *c, void *d, void *e, void *f, int8_t g, UErrorCode *err) {
  (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; fail(err);
}
EXPORT void ucnv_fromUnicode(void *a, void *b, void *c, void *d, void *e, void *f, int8_t g, UErrorCode *err) {
  (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; fail(err);
}
