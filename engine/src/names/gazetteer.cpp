// The tables are generated into the build tree (see cmake/Generated.cmake and gazetteer.h).
#include "names/gazetteer.h"

namespace claimcheck {
namespace {

#include "gazetteer_table.inc"

}  // namespace

const GazetteerName* GazetteerNames() { return kGazetteerNames; }
const GazetteerCountry* GazetteerBegin() { return kGazetteerCountries; }
const GazetteerCountry* GazetteerEnd() {
  return kGazetteerCountries + sizeof(kGazetteerCountries) / sizeof(kGazetteerCountries[0]);
}

}  // namespace claimcheck
