// The table itself is generated into the build tree (see cmake/Generated.cmake).
#include "gazetteer.h"

namespace claimcheck {
namespace {

constexpr GazetteerCountry kCountries[] = {
#include "gazetteer_data.inc"
};

}  // namespace

const GazetteerCountry* GazetteerBegin() { return kCountries; }
const GazetteerCountry* GazetteerEnd() { return kCountries + sizeof(kCountries) / sizeof(kCountries[0]); }

}  // namespace claimcheck
