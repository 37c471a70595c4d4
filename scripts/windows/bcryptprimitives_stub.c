/* Test-only stand-in for Windows 10's bcryptprimitives.dll, which wine 8 lacks:
 * cryptography's Rust code imports ProcessPrng from it. Forwards to bcrypt's system RNG.
 * Built with mingw by scripts/test-windows.sh and copied into the wine prefix only:
 * NEVER shipped. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
    if (BCryptGenRandom(NULL, data, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}
