// Fuzz target: the number and date parsers on their own (ParseNumber, FindQuantities, FindDates, FindDateline,
// ParseIsoDateRange) and the extraction (Extract, ExtractionToJson). Invariants from their headers: spans inside the range, in order, not overlapping each other
// nor the excluded spans; intervals never NaN and low <= high; ISO ranges not reversed and formattable.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/extract.h"
#include "claimcheck/numbers.h"
#include "fuzz_util.h"

namespace {

using claimcheck::ByteSpan;

bool Inside(ByteSpan inner, ByteSpan outer) {
  return inner.begin <= inner.end && outer.begin <= inner.begin && inner.end <= outer.end;
}

void CheckQuantities(std::string_view text, ByteSpan range, const std::vector<ByteSpan>& exclude) {
  std::size_t previous_end = range.begin;
  for (const claimcheck::Quantity& q : claimcheck::FindQuantities(text, range, exclude)) {
    FUZZ_CHECK(Inside(q.span, range));
    FUZZ_CHECK(Inside(q.number_span, q.span));
    FUZZ_CHECK(q.span.begin >= previous_end);
    previous_end = q.span.end;
    FUZZ_CHECK(!std::isnan(q.low) && !std::isnan(q.high));
    FUZZ_CHECK(q.low <= q.high);
    for (ByteSpan e : exclude) FUZZ_CHECK(!claimcheck::Overlaps(q.span, e));
  }
}

std::vector<ByteSpan> CheckDates(std::string_view text, ByteSpan range, std::optional<claimcheck::CivilDate> ref) {
  std::vector<ByteSpan> spans;
  std::size_t previous_end = range.begin;
  for (const claimcheck::DateMention& d : claimcheck::FindDates(text, range, ref)) {
    FUZZ_CHECK(Inside(d.span, range));
    FUZZ_CHECK(d.span.begin >= previous_end);
    previous_end = d.span.end;
    FUZZ_CHECK(d.range.first <= d.range.last);
    FUZZ_CHECK(!claimcheck::FormatDateRange(d.range).empty());
    spans.push_back(d.span);
  }
  return spans;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  if (const std::optional<double> v = claimcheck::ParseNumber(text)) FUZZ_CHECK(!std::isnan(*v));

  if (const std::optional<claimcheck::DateRange> r = claimcheck::ParseIsoDateRange(text)) {
    FUZZ_CHECK(r->first <= r->last);
    FUZZ_CHECK(!claimcheck::FormatDateRange(*r).empty());
  }
  if (const std::optional<claimcheck::CivilDate> d = claimcheck::FindDateline(text)) {
    FUZZ_CHECK(claimcheck::IsValidDate(d->year, d->month, d->day));
  }

  const ByteSpan whole{0, size};
  CheckDates(text, whole, std::nullopt);
  const std::vector<ByteSpan> dates = CheckDates(text, whole, claimcheck::CivilDate{2023, 4, 25});
  CheckQuantities(text, whole, {});
  CheckQuantities(text, whole, dates);
  // A range that starts and ends inside the text (possibly mid code point), as the checker passes sentences.
  const ByteSpan middle{size / 3, size - size / 4};
  CheckQuantities(text, middle, {});
  CheckDates(text, middle, claimcheck::CivilDate{2023, 4, 25});
  // The extraction: every mention inside the text, in order, never NaN, anchored dates without a range.
  claimcheck::ExtractOptions options;
  options.date = claimcheck::CivilDate{2023, 4, 25};
  const claimcheck::Extraction x = claimcheck::Extract(text, options);
  for (const claimcheck::Quantity& q : x.figures) {
    FUZZ_CHECK(Inside(q.span, whole));
    FUZZ_CHECK(!std::isnan(q.low) && !std::isnan(q.high) && q.low <= q.high);
  }
  for (const claimcheck::DateMention& d : x.dates) {
    FUZZ_CHECK(Inside(d.span, whole));
    FUZZ_CHECK(!d.resolved || d.range.first <= d.range.last);
    const bool anchored = d.anchor == claimcheck::DateAnchor::kPreviousDate || d.anchor == claimcheck::DateAnchor::kEvent;
    FUZZ_CHECK(!(anchored && d.resolved));  // an anchor the text does not date is never resolved here
  }
  const std::string json = claimcheck::ExtractionToJson(x, text);
  FUZZ_CHECK(!json.empty() && json.front() == '{' && json.back() == '}');
  return 0;
}
