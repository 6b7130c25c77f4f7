// The built-in country gazetteer, generated at build time (engine/data/gen_gazetteer.mjs, world-countries).
#pragma once

#include <cstddef>

namespace claimcheck {

struct GazetteerCountry {
  const char* code;       // ISO 3166-1 alpha-3
  const char* name;       // common English name
  const char* aliases;    // '|'-separated: official name, alternative spellings
  const char* demonyms;   // '|'-separated
  const char* capitals;   // '|'-separated
};

const GazetteerCountry* GazetteerBegin();
const GazetteerCountry* GazetteerEnd();

}  // namespace claimcheck
