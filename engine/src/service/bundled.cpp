// Service::Bundled (api.h): the engine's one reference to the fact base compiled into the library (bundled.h). It
// is a file of its own so that a program that never asks for that base does not carry it: the linker takes an
// archive's object only for a symbol some caller needs. The widget's check-only WebAssembly module links the engine
// without the base (claimcheck_engine_core, wasm/CMakeLists.txt) and fetches it as a file when a page gives none.
#include "claimcheck/api.h"
#include "claimcheck/bundled.h"

namespace claimcheck {

Result<Service> Service::Bundled(const ServiceOptions& options) {
  return FromBase(FactBase::FromCompiled(BundledFactsCompiled(), BundledFactsFileName()), options);
}

}  // namespace claimcheck
