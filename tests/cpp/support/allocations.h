// Allocation counting for tests that guard memory growth by counting, not by timing. The test binary replaces the
// global operator new (allocations.cpp); while an AllocationScope lives, every allocation on its thread is counted.
#ifndef CLAIMCHECK_TESTS_ALLOCATIONS_H_
#define CLAIMCHECK_TESTS_ALLOCATIONS_H_

#include <cstdint>

namespace claimcheck::testing {

struct AllocationCounts {
  std::uint64_t calls = 0;  // operator new calls
  std::uint64_t bytes = 0;  // bytes asked for
  std::uint64_t largest = 0;  // the largest single allocation: a buffer that grows with the input shows here
};

class AllocationScope {
 public:
  AllocationScope();
  ~AllocationScope();
  AllocationScope(const AllocationScope&) = delete;
  AllocationScope& operator=(const AllocationScope&) = delete;

  const AllocationCounts& counts() const { return counts_; }

 private:
  AllocationCounts counts_;
  AllocationCounts* outer_;
};

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_ALLOCATIONS_H_
