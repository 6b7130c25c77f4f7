// The thread's active counters are an inline variable of work_counters.h (constant-initialized, so count sites
// read it without a thread-local wrapper call); this file keeps the header compiled on its own.
#include "work_counters.h"
