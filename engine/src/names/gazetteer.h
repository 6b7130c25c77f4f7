// The built-in country gazetteer. Generated at build time in two steps (cmake/Generated.cmake):
// engine/data/gen_gazetteer.mjs turns the npm package world-countries into rows of names, then the host tool
// engine/data/gazetteer_keys.cpp folds and tokenizes every name with the engine's own code, so that building the
// dictionary at start-up only inserts ready keys (no folding, no tokenizing: the WASM start-up cost).
#pragma once

#include <cstddef>

namespace claimcheck {

struct GazetteerName {
  const char* text;    // as written ("Türkiye"); only for names that become entities (common names, capitals)
  const char* folded;  // Fold(text) ("turkiye"); only for names that link entities (not demonyms)
  const char* key;     // NameKey(text): "republic of turkiye"
};

struct GazetteerCountry {
  const char* code;  // ISO 3166-1 alpha-3
  int name;          // index of the common name in GazetteerNames()
  int aliases_end;   // aliases are [name + 1, aliases_end)
  int demonyms_end;  // demonyms are [aliases_end, demonyms_end)
  int capitals_end;  // capitals are [demonyms_end, capitals_end)
};

const GazetteerName* GazetteerNames();
const GazetteerCountry* GazetteerBegin();
const GazetteerCountry* GazetteerEnd();

}  // namespace claimcheck
