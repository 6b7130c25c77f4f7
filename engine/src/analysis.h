// One sentence, read once: its tokens and every mention the matcher compares (entities, offices, trigger phrases,
// dates, quantities), with token positions so that "near" can be measured in words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/entities.h"
#include "claimcheck/numbers.h"
#include "claimcheck/text.h"
#include "offices.h"
#include "phrases.h"

namespace claimcheck {

struct QuantityMention {
  Quantity quantity;
  std::size_t first_token = 0;  // half-open token range of quantity.span
  std::size_t last_token = 0;
};

struct DateAt {
  DateMention date;
  std::size_t first_token = 0;
  std::size_t last_token = 0;
};

struct Sentence {
  std::string_view text;           // the whole checked text (spans index into it)
  ByteSpan span;
  std::vector<Token> all_tokens;   // Tokenize: what dates and numbers read ("four-way", "2011-2015")
  std::vector<Token> tokens;       // the same without joining hyphens: what names and phrases match
  std::vector<std::string> stems;
  std::vector<EntityMention> entities;
  std::vector<OfficeMention> offices;
  std::vector<PhraseHit> phrases;  // hits of the fact base's trigger and term phrases
  std::vector<DateAt> dates;
  std::vector<QuantityMention> quantities;  // dates excluded

  // Index of the first token starting at or after byte `offset` (tokens.size() when none).
  std::size_t TokenAt(std::size_t offset) const;
  ByteSpan TokenSpan(std::size_t first, std::size_t last) const;  // bytes of tokens [first, last)
};

// Tokens, names, offices and phrases: enough to know whether any fact may apply.
Sentence AnalyzeSentence(std::string_view text, ByteSpan span, const EntityDictionary& entities,
                         const PhraseIndex& phrases);
// Dates and figures, the costlier half, for sentences where something may be checked.
void AddFigures(Sentence* s, std::optional<CivilDate> date);

// Token distance between two half-open ranges (0 when they touch or overlap).
std::size_t Gap(std::size_t a_first, std::size_t a_last, std::size_t b_first, std::size_t b_last);

}  // namespace claimcheck
