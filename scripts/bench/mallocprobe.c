// Measurement aid only, never shipped (the server bench, MALLOC_PROBE_DIR): preloaded into the server, it writes
// glibc's malloc_info to <dir>/info-<pid>.xml when <dir>/ask-<pid> appears, then with MALLOC_PROBE_TRIM=1 calls
// malloc_trim(0) and writes it again to trimmed-<pid>.xml.
//   gcc -O2 -shared -fPIC -o /tmp/mallocprobe.so scripts/bench/mallocprobe.c -lpthread
//   MALLOC_PROBE_DIR=/tmp/probe MALLOC_PROBE_TRIM=1 BENCH_SERVER_ENV="LD_PRELOAD=/tmp/mallocprobe.so" BENCH_MEMORY=1 …
#define _GNU_SOURCE
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static void *poll_thread(void *arg) {
  const char *dir = getenv("MALLOC_PROBE_DIR");
  if (!dir) return NULL;
  char ask[512], out[512];
  snprintf(ask, sizeof ask, "%s/ask-%d", dir, getpid());
  for (;;) {
    usleep(200000);
    if (access(ask, F_OK) != 0) continue;
    unlink(ask);
    snprintf(out, sizeof out, "%s/info-%d.xml", dir, getpid());
    FILE *f = fopen(out, "w");
    if (f) { malloc_info(0, f); fclose(f); }
    const char *trim = getenv("MALLOC_PROBE_TRIM");
    if (trim && trim[0] == '1') {
      malloc_trim(0);
      snprintf(out, sizeof out, "%s/trimmed-%d.xml", dir, getpid());
      f = fopen(out, "w");
      if (f) { malloc_info(0, f); fclose(f); }
    }
  }
  return NULL;
}
__attribute__((constructor)) static void start(void) {
  if (!getenv("MALLOC_PROBE_DIR")) return;
  pthread_t t;
  pthread_create(&t, NULL, poll_thread, NULL);
  pthread_detach(t);
}
