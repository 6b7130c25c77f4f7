// CLAIMCHECK_OUTLINE keeps a function out of its callers: for the large steps of a check that are called from one
// place each, which compilers inline into it (LLVM here; Binaryen is limited in wasm/CMakeLists.txt). In the
// WebAssembly module the check had become a few functions of 16 to 40 KB, which V8 compiles whole: Liftoff on the
// main thread when first called (17-21 ms for the largest), TurboFan on a background thread (60-155 ms each, and a
// Node process cannot exit while such a job runs). A call per step costs nothing measurable (bench/README.md).
#ifndef CLAIMCHECK_SRC_OUTLINE_H_
#define CLAIMCHECK_SRC_OUTLINE_H_

#define CLAIMCHECK_OUTLINE __attribute__((noinline))

#endif  // CLAIMCHECK_SRC_OUTLINE_H_
