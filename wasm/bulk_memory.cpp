// The full module's memcpy, memmove and memset as WebAssembly's bulk memory instructions (memory.copy,
// memory.fill), one instruction each, in place of Emscripten 3.1.6's libc: a loop of words that calls out to
// JavaScript for 512 bytes or more. libc defines these weakly, so these win at link. Compiled alone with
// -mbulk-memory, where clang lowers each builtin to the instruction (never to a call back here), and without LTO,
// which could otherwise see through the definitions (wasm/CMakeLists.txt). Node 20 and every current browser have
// bulk memory (Chrome 75, Firefox 79, Safari 15).
#include <cstddef>

#if !defined(__wasm_bulk_memory__)
#error "bulk_memory.cpp must be compiled with -mbulk-memory (wasm/CMakeLists.txt)"
#endif

extern "C" {

void* memcpy(void* __restrict to, const void* __restrict from, std::size_t n) {
  __builtin_memcpy(to, from, n);
  return to;
}

void* memmove(void* to, const void* from, std::size_t n) {
  __builtin_memmove(to, from, n);
  return to;
}

void* memset(void* to, int byte, std::size_t n) {
  __builtin_memset(to, byte, n);
  return to;
}

}  // extern "C"
