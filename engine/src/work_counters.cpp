// The thread's active counters (see work_counters.h); null when nothing is counting.
#include "work_counters.h"

namespace claimcheck {
namespace work_internal {
thread_local WorkCounters* active = nullptr;
}  // namespace work_internal
}  // namespace claimcheck
