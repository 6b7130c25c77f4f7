// Readable values for reports: numbers with thousands separators, value ranges as the source put them.
#pragma once

#include <string>

#include "claimcheck/facts.h"

namespace claimcheck {

std::string FormatNumber(double value);        // 500000 -> "500,000"; 3.5 -> "3.5"
std::string FormatValue(const ValueRange& v);  // its label, else "500,000", "24 to 99", "more than 400,000"
std::string FormatSource(const Source& s);     // "TDI, 25 April 2023"

}  // namespace claimcheck
