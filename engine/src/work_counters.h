// Deterministic work counters: what the engine did, counted, so that a test can prove a complexity bound without
// reading a clock (CI runs on a shared machine, where time measures the neighbours as much as the code).
//
// Counting is off unless a WorkScope is alive on the calling thread; then every CountWork() adds to its counters.
// Off, a count site costs one predictable branch on a thread-local pointer. The counters are internal: tests reach
// them through this header, the public API does not expose them.
#ifndef CLAIMCHECK_WORK_COUNTERS_H_
#define CLAIMCHECK_WORK_COUNTERS_H_

#include <cstdint>

namespace claimcheck {

struct WorkCounters {
  std::uint64_t bytes_scanned = 0;    // bytes of text that went through sentence splitting
  std::uint64_t sentences = 0;        // sentences analysed
  std::uint64_t tokens = 0;           // tokens made (every tokenization counts)
  std::uint64_t phrase_probes = 0;    // hash probes and candidate comparisons in the phrase index
  std::uint64_t entity_probes = 0;    // hash probes in the entity dictionary
  std::uint64_t candidate_facts = 0;  // (sentence, fact) pairs examined
  std::uint64_t comparisons = 0;      // mention-against-mention steps inside slot comparison
  std::uint64_t claims = 0;           // claims written to a report
  std::uint64_t report_bytes = 0;     // bytes of report JSON written
  std::uint64_t facts_loaded = 0;     // facts read from JSON
  std::uint64_t index_entries = 0;    // entries put into the fact base's indexes
};

namespace work_internal {
// Defined here, constant-initialized (C++17 inline variable): every count site reads it directly, with no call to
// a thread-local initialization wrapper as an `extern thread_local` defined elsewhere needs.
inline thread_local WorkCounters* active = nullptr;
}  // namespace work_internal

inline void CountWork(std::uint64_t WorkCounters::*counter, std::uint64_t n = 1) {
  if (WorkCounters* c = work_internal::active) c->*counter += n;
}

// Counts the work done on this thread while it lives. Scopes nest: the inner one counts, the outer one resumes.
class WorkScope {
 public:
  WorkScope() : outer_(work_internal::active) { work_internal::active = &counters_; }
  ~WorkScope() { work_internal::active = outer_; }
  WorkScope(const WorkScope&) = delete;
  WorkScope& operator=(const WorkScope&) = delete;

  const WorkCounters& counters() const { return counters_; }

 private:
  WorkCounters counters_;
  WorkCounters* outer_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_WORK_COUNTERS_H_
