// Human-readable output of the CLI.
#pragma once

#include <ostream>
#include <string_view>

#include "claimcheck/report.h"

namespace claimcheck::cli {

// One block per claim: verdict, line:column, the claim's words, the explanation. Colour only when `colour`.
void PrintReportText(std::ostream& out, const Report& report, std::string_view text, std::string_view name,
                     bool colour);

}  // namespace claimcheck::cli
