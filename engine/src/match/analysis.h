// One sentence, read once: its tokens and every mention the matcher compares (entities, offices, trigger phrases,
// dates, quantities), with token positions so that "near" can be measured in words.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/entities.h"
#include "claimcheck/numbers.h"
#include "claimcheck/text.h"
#include "match/clauses.h"
#include "names/offices.h"
#include "text/phrases.h"

namespace claimcheck {

struct QuantityMention {
  Quantity quantity;
  std::size_t first_token = 0;  // half-open token range of quantity.span
  std::size_t last_token = 0;
  bool implied = false;  // a count written as a word that is no number ("a hat-trick", "twice")
};

struct DateAt {
  DateMention date;
  std::size_t first_token = 0;
  std::size_t last_token = 0;
  bool birth = false;  // "all born in 1930": the date of a birth (ResolveDates), only a birth fact's
};

struct Sentence {
  // Moved, never copied: `stems` views the norms of `tokens`, which a copy would not own.
  Sentence() = default;
  Sentence(const Sentence&) = delete;
  Sentence& operator=(const Sentence&) = delete;
  Sentence(Sentence&&) = default;
  Sentence& operator=(Sentence&&) = default;

  std::string_view text;           // the whole checked text (spans index into it)
  ByteSpan span;
  // Tokenize: what dates and numbers read ("four-way", "2011-2015"); empty when the sentence has no joining hyphen
  // (most have none), as it would equal `tokens`. Read it through AllTokens().
  std::vector<Token> all_tokens;
  std::vector<Token> tokens;       // the same without joining hyphens: what names and phrases match
  const std::vector<Token>& AllTokens() const { return all_tokens.empty() ? tokens : all_tokens; }
  Stems stems;                     // views of the tokens' norms (TokenStems)
  std::vector<EntityMention> entities;
  std::vector<OfficeMention> offices;
  std::vector<PhraseHit> phrases;  // hits of the fact base's trigger and term phrases
  std::vector<DateAt> dates;
  std::vector<QuantityMention> quantities;  // dates excluded
  ClauseMap clauses;                        // made with the figures (AddFigures)
  std::vector<DateAt> unanchored;           // "a year earlier" with no date told before: another time, unknown
  std::vector<bool> in_figure;              // per token: inside a date or a figure ("more" in "more than 50")
  // Per quantity: the measure word it belongs to (an index into `phrases`), or -1. Set by the matcher: the nearest
  // trigger, in the figure's clause, of a fact the sentence is about.
  std::vector<int> figure_heads;

  // True when the hit lies inside a figure or a date ("more" in "more than 50,000"): no trigger then.
  bool InsideFigure(const PhraseHit& hit) const;
  // "stole the show with a hat-trick": `hit` lies in a count written as a word that is no number, with "with"
  // before its article. The count word is then the figure and also the word that says what it counts.
  bool CountWordHad(const PhraseHit& hit) const;
  // True when the hit lies inside the rate's denominator of `q` ("share" in "$5.16 per share").
  bool InDenominator(const PhraseHit& hit, const Quantity& q) const;

  // `phrases` ordered by (phrase id, first token): the hits of one phrase are one contiguous run (HitsOf).
  std::vector<PhraseHit> phrases_by_id;
  // Bit (phrase id % 256) set for every hit: most phrases a fact asks about are not in the sentence, and one bit
  // test answers HitsOf for them without a search.
  std::uint64_t phrase_bits[4] = {};

  // Index of the first token starting at or after byte `offset` (tokens.size() when none).
  std::size_t TokenAt(std::size_t offset) const;
  ByteSpan TokenSpan(std::size_t first, std::size_t last) const;  // bytes of tokens [first, last)

  // Lookups by token position, each a binary search (mentions are sorted and do not overlap), so that rules
  // asking "what is next to this word" cost the same in a sentence of ten words and of a thousand.
  const EntityMention* EntityEndingAt(std::size_t token) const;    // last_token == token
  const EntityMention* EntityStartingAt(std::size_t token) const;  // first_token == token
  const EntityMention* EntityCovering(std::size_t token) const;    // first_token <= token < last_token
  // Entity mentions whose first token lies in [first, last), in token order.
  std::pair<const EntityMention*, const EntityMention*> EntitiesStartingIn(std::size_t first, std::size_t last) const;
  // Phrase hits whose first token lies in [first, last), in token order.
  std::pair<const PhraseHit*, const PhraseHit*> HitsStartingIn(std::size_t first, std::size_t last) const;
  // The hits of one phrase, in token order.
  std::pair<const PhraseHit*, const PhraseHit*> HitsOf(int phrase) const;
  // Office mentions whose first token lies in [first, last), in token order.
  std::pair<const OfficeMention*, const OfficeMention*> OfficesStartingIn(std::size_t first, std::size_t last) const;
};

// Phrases and titles span at most this many tokens (gaps included): how far back a lookup must start to find a
// hit that reaches a given token.
inline constexpr std::size_t kMaxHitTokens = 64;

// Tokens, names, offices and phrases: enough to know whether any fact may apply.
Sentence AnalyzeSentence(std::string_view text, ByteSpan span, const EntityDictionary& entities,
                         const PhraseIndex& phrases, const OfficeTable& offices);
// The same into `s`, which is cleared first and keeps its vectors' storage: a check reuses one Sentence for every
// sentence of its text instead of allocating each one's tokens, stems and mentions anew.
void AnalyzeSentence(std::string_view text, ByteSpan span, const EntityDictionary& entities,
                     const PhraseIndex& phrases, const OfficeTable& offices, Sentence* s);
// Dates and figures, the costlier half, for sentences where something may be checked.
void AddFigures(Sentence* s, std::optional<CivilDate> date, const Lexicon& lexicon);

// Token distance between two half-open ranges (0 when they touch or overlap).
std::size_t Gap(std::size_t a_first, std::size_t a_last, std::size_t b_first, std::size_t b_last);

}  // namespace claimcheck
