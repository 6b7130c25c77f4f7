// Formatting for people. Numbers are printed exactly when integral, with commas between thousands groups;
// infinite bounds become words ("more than").
#include "report/format.h"

#include <cmath>
#include <cstdio>

#include "claimcheck/dates.h"

namespace claimcheck {

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return value > 0 ? "infinity" : "-infinity";
  if (std::fabs(value) >= 1e15 || std::floor(value) != value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
  }
  const bool negative = value < 0;
  std::string digits = std::to_string(static_cast<long long>(std::fabs(value)));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string FormatValue(const ValueRange& v) {
  if (!v.label.empty()) return v.label;
  const bool low_inf = std::isinf(v.low);
  const bool high_inf = std::isinf(v.high);
  if (low_inf && high_inf) return "any number";
  if (high_inf) return (v.low_open ? "more than " : "at least ") + FormatNumber(v.low);
  if (low_inf) return (v.high_open ? "fewer than " : "at most ") + FormatNumber(v.high);
  if (v.low == v.high) return FormatNumber(v.low);
  return FormatNumber(v.low) + " to " + FormatNumber(v.high);
}

std::string FormatSource(const Source& s) {
  std::string out = s.publisher.empty() ? s.title : s.publisher;
  if (s.date.empty()) return out;
  if (!out.empty()) out += ", ";
  if (std::optional<DateRange> date = ParseIsoDateRange(s.date)) {
    out += FormatDateRange(*date);
  } else {
    out += s.date;
  }
  return out;
}

}  // namespace claimcheck
