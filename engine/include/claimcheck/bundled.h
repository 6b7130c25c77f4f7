// The fact base compiled into the library (facts/moscow-2023-04-25.json by default; see CLAIMCHECK_BUNDLED_FACTS
// in CMakeLists.txt). Every view points at static storage and lives for the whole program.
//
// BundledFactsCompiled() is what the engine starts from (FactBase::FromCompiled: no JSON parsing, no validation);
// it is made at build time by engine/data/compile_facts.cpp. BundledFactsJson() is the same base as its authors
// wrote it, for whatever shows or edits the JSON (tests, tools); a program that never calls it does not carry it.
#pragma once

#include <string_view>

namespace claimcheck {

std::string_view BundledFactsCompiled();
std::string_view BundledFactsJson();
std::string_view BundledFactsFileName();

}  // namespace claimcheck
