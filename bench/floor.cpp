// The floor: the least work any WebAssembly text checker must do, one pass that reads every byte of the text once
// (it counts the bytes that may end a sentence, so that the loop cannot be optimised away). bench/run.sh builds it
// with em++ into a standalone module; bench/lib/floor.mjs copies the corpus in and times the pass.
#include <cstddef>
#include <cstdint>

namespace {
constexpr std::size_t kCapacity = 16u << 20;  // room for the corpus (BENCH_CORPUS_BYTES up to 16 MiB)
unsigned char buffer[kCapacity];
}  // namespace

extern "C" {

// Where the caller writes the text; at most floor_capacity() bytes.
unsigned char* floor_buffer() { return buffer; }
std::size_t floor_capacity() { return kCapacity; }

// Reads bytes [0, size) of the buffer; returns how many are '.', '!' or '?'.
std::uint32_t floor_scan(std::size_t size) {
  std::uint32_t count = 0;
  for (std::size_t i = 0; i < size && i < kCapacity; ++i) {
    const unsigned char c = buffer[i];
    count += static_cast<std::uint32_t>(c == '.') + static_cast<std::uint32_t>(c == '!') +
             static_cast<std::uint32_t>(c == '?');
  }
  return count;
}

}  // extern "C"
