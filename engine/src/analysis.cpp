// Sentence analysis: tokens first, then each kind of mention. Dates are found before quantities so that the
// numbers inside a date ("25 April 2023") are never read as counts.
#include "analysis.h"

#include <algorithm>

namespace claimcheck {

std::size_t Sentence::TokenAt(std::size_t offset) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, std::size_t value) { return t.span.begin < value; });
  return static_cast<std::size_t>(it - tokens.begin());
}

ByteSpan Sentence::TokenSpan(std::size_t first, std::size_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return {tokens[first].span.begin, tokens[last - 1].span.end};
}

std::size_t Gap(std::size_t a_first, std::size_t a_last, std::size_t b_first, std::size_t b_last) {
  if (a_last <= b_first) return b_first - a_last;
  if (b_last <= a_first) return a_first - b_last;
  return 0;
}

Sentence AnalyzeSentence(std::string_view text, ByteSpan span, const EntityDictionary& entities,
                         const PhraseIndex& phrases) {
  Sentence s;
  s.text = text;
  s.span = span;
  s.all_tokens = Tokenize(text, span);
  s.tokens = WithoutJoiners(s.all_tokens);
  s.stems = TokenStems(s.tokens);
  s.entities = entities.Find(s.tokens);
  s.offices = Offices().Find(s.stems);
  s.phrases = phrases.Find(s.stems);
  return s;
}

void AddFigures(Sentence* sentence, std::optional<CivilDate> date) {
  Sentence& s = *sentence;
  const std::string_view text = s.text;
  std::vector<ByteSpan> date_spans;
  for (DateMention& d : FindDates(s.all_tokens, date)) {
    date_spans.push_back(d.span);
    const std::size_t first = s.TokenAt(d.span.begin);
    const std::size_t last = s.TokenAt(d.span.end);
    s.dates.push_back({std::move(d), first, std::max(last, first + 1)});
  }
  for (Quantity& q : FindQuantities(text, s.all_tokens, date_spans)) {
    const std::size_t first = s.TokenAt(q.span.begin);
    const std::size_t last = s.TokenAt(q.span.end);
    s.quantities.push_back({std::move(q), first, std::max(last, first + 1)});
  }
}

}  // namespace claimcheck
