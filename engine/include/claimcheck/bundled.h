// The fact base compiled into the library (facts/moscow-2023-04-25.json by default; see CLAIMCHECK_BUNDLED_FACTS
// in CMakeLists.txt). Both views point at static storage and live for the whole program.
#pragma once

#include <string_view>

namespace claimcheck {

std::string_view BundledFactsJson();
std::string_view BundledFactsFileName();

}  // namespace claimcheck
