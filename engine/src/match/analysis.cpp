// Sentence analysis: tokens first, then each kind of mention. Dates are found before quantities so that the
// numbers inside a date ("25 April 2023") are never read as counts.
#include "analysis.h"

#include <algorithm>

#include "match/slot_rules.h"
#include "match/words.h"
#include "work_counters.h"
#include "outline.h"

namespace claimcheck {

using namespace std::string_view_literals;

std::size_t Sentence::TokenAt(std::size_t offset) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, std::size_t value) { return t.span.begin < value; });
  return static_cast<std::size_t>(it - tokens.begin());
}

ByteSpan Sentence::TokenSpan(std::size_t first, std::size_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return {tokens[first].span.begin, tokens[last - 1].span.end};
}

namespace {

template <typename T, typename Key>
std::pair<const T*, const T*> StartingIn(const std::vector<T>& items, std::size_t first, std::size_t last, Key key) {
  if (items.empty() || first >= last) return {nullptr, nullptr};
  const T* begin = items.data();
  const T* end = begin + items.size();
  const T* from = std::lower_bound(begin, end, first, [&](const T& item, std::size_t v) { return key(item) < v; });
  const T* to = std::lower_bound(from, end, last, [&](const T& item, std::size_t v) { return key(item) < v; });
  CountWork(&WorkCounters::comparisons, static_cast<std::uint64_t>(to - from) + 1);
  return {from, to};
}

}  // namespace

const EntityMention* Sentence::EntityEndingAt(std::size_t token) const {
  CountWork(&WorkCounters::comparisons);
  auto it = std::lower_bound(entities.begin(), entities.end(), token,
                             [](const EntityMention& m, std::size_t v) { return m.last_token < v; });
  return it != entities.end() && it->last_token == token ? &*it : nullptr;
}

const EntityMention* Sentence::EntityStartingAt(std::size_t token) const {
  CountWork(&WorkCounters::comparisons);
  auto it = std::lower_bound(entities.begin(), entities.end(), token,
                             [](const EntityMention& m, std::size_t v) { return m.first_token < v; });
  return it != entities.end() && it->first_token == token ? &*it : nullptr;
}

const EntityMention* Sentence::EntityCovering(std::size_t token) const {
  CountWork(&WorkCounters::comparisons);
  auto it = std::lower_bound(entities.begin(), entities.end(), token,
                             [](const EntityMention& m, std::size_t v) { return m.last_token <= v; });
  return it != entities.end() && it->first_token <= token && token < it->last_token ? &*it : nullptr;
}

std::pair<const EntityMention*, const EntityMention*> Sentence::EntitiesStartingIn(std::size_t first,
                                                                                   std::size_t last) const {
  return StartingIn(entities, first, last, [](const EntityMention& m) { return m.first_token; });
}

std::pair<const PhraseHit*, const PhraseHit*> Sentence::HitsStartingIn(std::size_t first, std::size_t last) const {
  return StartingIn(phrases, first, last, [](const PhraseHit& h) { return h.first_token; });
}

std::pair<const PhraseHit*, const PhraseHit*> Sentence::HitsOf(int phrase) const {
  CountWork(&WorkCounters::comparisons);
  const auto bit = static_cast<unsigned>(phrase) % 256u;
  if (((phrase_bits[bit / 64] >> (bit % 64)) & 1u) == 0) return {nullptr, nullptr};
  auto range = std::equal_range(phrases_by_id.begin(), phrases_by_id.end(), PhraseHit{phrase, 0, 0},
                                [](const PhraseHit& a, const PhraseHit& b) { return a.phrase < b.phrase; });
  if (range.first == range.second) return {nullptr, nullptr};
  return {&*range.first, &*range.first + (range.second - range.first)};
}

std::pair<const OfficeMention*, const OfficeMention*> Sentence::OfficesStartingIn(std::size_t first,
                                                                                  std::size_t last) const {
  return StartingIn(offices, first, last, [](const OfficeMention& o) { return o.first_token; });
}

bool Sentence::InsideFigure(const PhraseHit& hit) const {
  for (std::size_t t = hit.first_token; t < hit.last_token; ++t) {
    if (t >= in_figure.size() || !in_figure[t]) return false;
  }
  return hit.last_token > hit.first_token;
}

bool Sentence::CountWordHad(const PhraseHit& hit) const {
  return std::any_of(quantities.begin(), quantities.end(), [&](const QuantityMention& q) {
    return q.implied && q.first_token <= hit.first_token && hit.last_token <= q.last_token && q.first_token >= 2 &&
           tokens[q.first_token - 2].norm == "with"sv;
  });
}

bool Sentence::InDenominator(const PhraseHit& hit, const Quantity& q) const {
  const ByteSpan per = q.per_span;
  const ByteSpan words = TokenSpan(hit.first_token, hit.last_token);
  return per.end > per.begin && per.begin <= words.begin && words.end <= per.end;
}

std::size_t Gap(std::size_t a_first, std::size_t a_last, std::size_t b_first, std::size_t b_last) {
  if (a_last <= b_first) return b_first - a_last;
  if (b_last <= a_first) return a_first - b_last;
  return 0;
}

Sentence AnalyzeSentence(std::string_view text, ByteSpan span, const EntityDictionary& entities,
                         const PhraseIndex& phrases, const OfficeTable& offices) {
  Sentence s;
  AnalyzeSentence(text, span, entities, phrases, offices, &s);
  return s;
}

CLAIMCHECK_OUTLINE void AnalyzeSentence(std::string_view text, ByteSpan span, const EntityDictionary& entities,
                     const PhraseIndex& phrases, const OfficeTable& offices, Sentence* sentence) {
  Sentence& s = *sentence;
  s.text = text;
  s.span = span;
  Tokenize(text, span, &s.all_tokens);
  if (std::any_of(s.all_tokens.begin(), s.all_tokens.end(), IsJoiner)) {
    WithoutJoiners(s.all_tokens, &s.tokens);
  } else {
    s.tokens.swap(s.all_tokens);  // the same tokens: kept once, no copy
    s.all_tokens.clear();
  }
  TokenStems(s.tokens, &s.stems);
  entities.Find(s.tokens, &s.entities);
  s.offices = offices.Find(s.stems);
  phrases.Find(s.stems, &s.phrases);
  s.phrases_by_id.assign(s.phrases.begin(), s.phrases.end());
  // By phrase, then start: the order a stable sort by phrase gives (hits come in token order, and a phrase matches
  // once per start), without the buffer a stable sort allocates.
  std::sort(s.phrases_by_id.begin(), s.phrases_by_id.end(), [](const PhraseHit& a, const PhraseHit& b) {
    return a.phrase != b.phrase ? a.phrase < b.phrase : a.first_token < b.first_token;
  });
  for (std::uint64_t& word : s.phrase_bits) word = 0;
  for (const PhraseHit& h : s.phrases) {
    const auto bit = static_cast<unsigned>(h.phrase) % 256u;
    s.phrase_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  // What AddFigures and the matcher add: cleared, their storage kept.
  s.dates.clear();
  s.quantities.clear();
  s.clauses.Clear();
  s.unanchored.clear();
  s.in_figure.clear();
  s.figure_heads.clear();
}

namespace {

// "scored twice", "a hat-trick", "a brace": counts written as words that are no numbers (words.json,
// implied_counts). "twice as many" and "twice the size" are multipliers; "a brace" needs its article.
void AddImpliedCounts(Sentence* sentence) {
  Sentence& s = *sentence;
  const std::vector<Token>& t = s.tokens;
  std::vector<QuantityMention> found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t end = i + 1;
    std::string word = t[i].norm;
    // "hat-trick": the matcher's tokens leave out a joining hyphen.
    if (i + 1 < t.size() && t[i + 1].span.begin == t[i].span.end + 1 && s.text[t[i].span.end] == '-') {
      word += "-" + t[i + 1].norm;
      end = i + 2;
    }
    int value = words::ImpliedCount(word);
    if (value == 0 && end != i + 1) {
      end = i + 1;
      word = t[i].norm;
      value = words::ImpliedCount(word);
    }
    if (value == 0) continue;
    const bool article = i > 0 && (t[i - 1].norm == "a"sv || t[i - 1].norm == "an"sv);
    if (word != "twice" && word != "thrice" && !article) continue;
    if (end < t.size() && (t[end].norm == "as"sv || t[end].norm == "the"sv || words::IsComparativeWord(t[end].norm))) {
      continue;
    }
    const bool taken = std::any_of(s.quantities.begin(), s.quantities.end(), [&](const QuantityMention& q) {
      return q.first_token < end && i < q.last_token;
    });
    if (taken) continue;
    QuantityMention q;
    q.quantity.span = s.TokenSpan(i, end);
    q.quantity.number_span = q.quantity.span;
    q.quantity.low = q.quantity.high = value;
    q.quantity.dimension = "count";
    q.first_token = i;
    q.last_token = end;
    q.implied = true;
    found.push_back(std::move(q));
    i = end - 1;
  }
  if (found.empty()) return;
  for (QuantityMention& q : found) s.quantities.push_back(std::move(q));
  std::stable_sort(s.quantities.begin(), s.quantities.end(),
                   [](const QuantityMention& a, const QuantityMention& b) { return a.first_token < b.first_token; });
}

// "Biden had 306 electoral votes and Trump 232", "Labour won 411 seats and the Conservatives 121": a number written
// alone right after a name, which follows "and" or a comma after a figure with a noun or a unit, counts what that
// figure counts (the verb and the noun are left out). Not a unit with a factor or an offset of its own ("km").
void CarryUnits(const Lexicon& lexicon, Sentence* sentence) {
  Sentence& s = *sentence;
  for (std::size_t i = 1; i < s.quantities.size(); ++i) {
    QuantityMention& q = s.quantities[i];
    const QuantityMention& p = s.quantities[i - 1];
    if (!BareNumber(q.quantity) || BareNumber(p.quantity) || p.quantity.percent || p.quantity.is_ordinal) continue;
    const EntityMention* name = s.EntityEndingAt(q.first_token);
    if (!name || name->first_token < p.last_token || name->first_token - p.last_token > 3) continue;
    const bool joined = std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last_token),
                                    s.tokens.begin() + static_cast<std::ptrdiff_t>(name->first_token),
                                    [](const Token& t) { return t.norm == "and"sv || t.norm == ","sv; });
    if (!joined) continue;
    if (!p.quantity.unit.empty()) {
      const UnitDefinition* unit = lexicon.FindUnit(p.quantity.unit);
      if (!unit || unit->factor != 1 || unit->offset != 0) continue;
    }
    q.quantity.unit = p.quantity.unit;
    q.quantity.noun = p.quantity.noun;
    q.quantity.dimension = p.quantity.dimension;
  }
}

}  // namespace

CLAIMCHECK_OUTLINE void AddFigures(Sentence* sentence, std::optional<CivilDate> date, const Lexicon& lexicon) {
  Sentence& s = *sentence;
  const std::string_view text = s.text;
  // Lists of this sentence, their storage kept for the next one on this thread (AddFigures never nests).
  thread_local std::vector<ByteSpan> date_spans;
  thread_local std::vector<std::pair<std::size_t, std::size_t>> dates, figures;
  date_spans.clear();
  dates.clear();
  figures.clear();
  DateFindOptions options;
  options.reference = date;
  options.unresolved = true;  // anchored dates ("the following July") are resolved by the matcher (ResolveDates)
  for (DateMention& d : FindDates(text, s.AllTokens(), options, lexicon)) {
    // "four days before India's landing" dates something by an event: the event's own date says nothing new,
    // and its words stay the event's (an anchor phrase for the clauses). A time of day on its own is no date.
    if (!d.resolved && d.anchor != DateAnchor::kPreviousDate) continue;
    date_spans.push_back(d.span);
    const std::size_t first = s.TokenAt(d.span.begin);
    const std::size_t last = s.TokenAt(d.span.end);
    s.dates.push_back({std::move(d), first, std::max(last, first + 1)});
  }
  for (Quantity& q : FindQuantities(text, s.AllTokens(), date_spans, lexicon)) {
    const std::size_t first = s.TokenAt(q.span.begin);
    const std::size_t last = s.TokenAt(q.span.end);
    // "Apollo 11", "the G20": a number inside a name is part of the name, not a figure.
    if (std::any_of(s.entities.begin(), s.entities.end(), [&](const EntityMention& m) {
          return m.first_token <= first && std::max(last, first + 1) <= m.last_token;
        })) {
      continue;
    }
    // "at Euro 96", "Windows 11": a number written alone right after a capitalized word that names nothing known
    // (not the sentence's first word) ends a name. After a name the base knows it stays a figure ("Trump 232").
    if (first >= 2 && BareNumber(q) && s.tokens[first - 1].kind == TokenKind::kWord && s.tokens[first - 1].capitalized &&
        !s.EntityCovering(first - 1)) {
      continue;
    }
    s.quantities.push_back({std::move(q), first, std::max(last, first + 1)});
  }
  AddImpliedCounts(&s);
  CarryUnits(lexicon, &s);
  s.in_figure.assign(s.tokens.size(), false);
  for (const DateAt& d : s.dates) {
    dates.emplace_back(d.first_token, d.last_token);
    for (std::size_t t = d.first_token; t < d.last_token && t < s.tokens.size(); ++t) s.in_figure[t] = true;
  }
  for (const QuantityMention& q : s.quantities) {
    figures.emplace_back(q.first_token, q.last_token);
    for (std::size_t t = q.first_token; t < q.last_token && t < s.tokens.size(); ++t) s.in_figure[t] = true;
  }
  SegmentClauses(s.tokens, dates, figures, &s.clauses);
}

}  // namespace claimcheck
