// Extraction: every figure, date and time of a text with its span, as a public step of its own (what drafting and
// newsroom pipelines build on). The JSON shape is a stable contract, described in docs/EXTRACT.md.
//
//   Extraction x = Extract(text, {CivilDate{2023, 4, 25}});
//   for (const Quantity& q : x.figures) ...;        // numbers.h: interval, unit, dimension, per, flags
//   for (const DateMention& d : x.dates) ...;       // dates.h: range, resolution, anchor, time
//   std::string json = ExtractionToJson(x, text);   // offsets in UTF-16 code units
//
// The text is read a sentence at a time (text.h), so the work is linear in its length. Nothing here throws,
// prints or aborts. More kinds of mention (entities, offices, places) are meant to be added as more vectors here
// and more "kind" values in the JSON's one "mentions" array.
#ifndef CLAIMCHECK_EXTRACT_H_
#define CLAIMCHECK_EXTRACT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/lexicon.h"
#include "claimcheck/numbers.h"

namespace claimcheck {

struct ExtractOptions {
  // The publication date: resolves dates written without a year and dates relative to it ("last week"). Without
  // it, a dateline at the start of the text ("Moscow, 25 April 2023 (TDI):") dates the text, as in a check.
  std::optional<CivilDate> date;
  // Units, currencies and date words; nullptr: Lexicon::BuiltIn(). Must outlive the call.
  const Lexicon* lexicon = nullptr;
};

enum class ReferenceSource { kNone, kOption, kDateline };

struct Extraction {
  std::optional<CivilDate> reference;  // the date that resolved relative dates, if any
  ReferenceSource reference_source = ReferenceSource::kNone;
  std::vector<Quantity> figures;       // text order; never inside a date or a time
  // Text order. Includes what FindDates leaves out by default: anchored mentions (resolved == false, anchor
  // kPreviousDate or kEvent) and times of day on their own (resolved == false, anchor kNone, time set).
  std::vector<DateMention> dates;
  std::size_t sentences = 0;
};

Extraction Extract(std::string_view text, const ExtractOptions& options = {});

// The extraction as JSON (docs/EXTRACT.md): {"reference", "reference_from", "mentions": [...], "sentences"}, one
// mention per figure, date and time in text order, offsets in UTF-16 code units of `text` (which must be the text
// that was extracted from). Compact when indent < 0.
std::string ExtractionToJson(const Extraction& extraction, std::string_view text, int indent = -1);

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACT_H_
