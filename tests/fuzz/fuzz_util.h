// Shared by the fuzz targets: a check that aborts with a message (libFuzzer then saves the input as a crash).
#ifndef CLAIMCHECK_FUZZ_UTIL_H_
#define CLAIMCHECK_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>

// Aborts when `cond` is false; the message names the broken invariant. Not assert(): it stays on in every build.
#define FUZZ_CHECK(cond)                                                                          \
  do {                                                                                            \
    if (!(cond)) {                                                                                \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);           \
      std::abort();                                                                               \
    }                                                                                             \
  } while (0)

#endif  // CLAIMCHECK_FUZZ_UTIL_H_
