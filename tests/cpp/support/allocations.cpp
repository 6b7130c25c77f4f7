// The test binary's global operator new and delete: malloc and free, plus a count while an AllocationScope lives.
// Only the plain and array forms are replaced; the aligned forms keep the library's own pair.
#include "allocations.h"

#include <cstdlib>
#include <new>

namespace claimcheck::testing {
namespace {
thread_local AllocationCounts* active = nullptr;
}  // namespace

AllocationScope::AllocationScope() : outer_(active) { active = &counts_; }
AllocationScope::~AllocationScope() { active = outer_; }

}  // namespace claimcheck::testing

namespace {
void* Allocate(std::size_t size) {
  if (claimcheck::testing::AllocationCounts* c = claimcheck::testing::active) {
    ++c->calls;
    c->bytes += size;
    if (size > c->largest) c->largest = size;
  }
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t size) { return Allocate(size); }
void* operator new[](std::size_t size) { return Allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return Allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return Allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
