// The lexicon (lexicon.h): the rows generated from engine/data/lexicon/*.json become phrase tables once, on first
// use; a Lexicon shares them until AddUnit copies them (copy on write).
//
// Approach: the generator (engine/data/gen_lexicon.mjs) has already checked the data, so building only tokenizes
// each phrase (PhraseTable::Add) and sorts. Units come first because every name of a unit, a currency's signs and
// codes and the nouns that imply a unit all point to one entry of Tables::units.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

#include "claimcheck/lexicon.h"
#include "lexicon_tables.h"

namespace claimcheck {
namespace {

struct DimensionRow {
  const char* id;
  const char* base;
  bool is_signed;
};
struct UnitRow {
  const char* id;
  const char* dimension;
  double factor;
  double offset;
  const char* names;
  const char* glued;
  const char* before;
  const char* codes;
  const char* after_scale;
  const char* implied_by;
};
struct WordRow {
  const char* word;
};
struct ScaleRow {
  const char* word;
  int exponent;
  bool glued_only;
  bool words;
};
struct VagueRow {
  const char* phrase;
  double low;
  double high;
  bool needs_of;
};
struct ModifierRow {
  const char* phrase;
  ModifierKind kind;
  bool after;
};
struct MonthRow {
  const char* word;
  int month;
  bool abbreviation;
  bool needs_capital;
};
struct ValueRow {
  const char* phrase;
  int value;
};
struct DateUnitRow {
  const char* word;
  DateUnit unit;
};
struct OffsetRow {
  const char* phrase;
  DateAnchor anchor;
  int sign;
};
struct PartRow {
  const char* phrase;
  DatePart part;
};
struct PeriodRow {
  const char* phrase;
  int first;
  int last;
};

#include "lexicon_data.inc"

using lexicon_internal::Tables;
using lexicon_internal::UnitName;

template <typename Visit>
void ForEachListed(std::string_view list, Visit visit) {
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    visit(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
}

// (Not templates on the array size: one copy of each loop in the module, whatever the number of tables.)
void AddWords(PhraseSet* set, const WordRow* rows, std::size_t n) {
  for (std::size_t k = 0; k < n; ++k) {
    if (rows[k].word != nullptr) set->Add(rows[k].word, 1);
  }
  set->Finish();
}

void AddValues(PhraseTable<int>* table, const ValueRow* rows, std::size_t n, bool caps = false) {
  for (std::size_t k = 0; k < n; ++k) {
    if (rows[k].phrase != nullptr) table->Add(rows[k].phrase, rows[k].value, caps);
  }
  table->Finish();
}

void AddUnitNames(Tables* t, std::size_t unit, const UnitRow& row) {
  ForEachListed(row.names, [&](std::string_view n) { t->unit_after.Add(n, UnitName{unit, false, false}); });
  ForEachListed(row.glued, [&](std::string_view n) { t->unit_after.Add(n, UnitName{unit, true, false}); });
  ForEachListed(row.codes, [&](std::string_view n) {
    t->unit_after.Add(n, UnitName{unit, false, false}, /*caps=*/true);
    t->unit_before.Add(n, unit, /*caps=*/true);
  });
  ForEachListed(row.after_scale, [&](std::string_view n) { t->unit_after.Add(n, UnitName{unit, false, true}); });
  ForEachListed(row.before, [&](std::string_view n) { t->unit_before.Add(n, unit); });
  ForEachListed(row.implied_by, [&](std::string_view n) { t->implied.Add(n, unit); });
}

// Words that may begin a figure: number words, the first words of scales, vague amounts, fractions, currency
// signs and other units written before the number ("a", "half", "us" of "US$" ...).
void IndexStarters(Tables* t) {
  std::vector<std::string>& s = t->number_starters;
  static constexpr const char* kGrammar[] = {
      "a",       "an",      "half",    "halves",   "quarter",   "quarters", "one",      "two",     "three",
      "four",    "five",    "six",     "seven",    "eight",     "nine",     "ten",      "eleven",  "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",  "thirty",
      "forty",   "fifty",   "sixty",   "seventy",  "eighty",    "ninety",   "hundred",  "dozen",   "zero",
      "minus",   "first",   "second",  "third",    "fourth",    "fifth",    "sixth",    "seventh", "eighth",
      "ninth",   "tenth",   "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
      "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "thirds",
      "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "fourth"};
  for (const char* w : kGrammar) s.emplace_back(w);
  t->scales.FirstWords(&s);
  t->vague.FirstWords(&s);
  t->unit_before.FirstWords(&s);
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

std::shared_ptr<const Tables> BuildTables() {
  auto t = std::make_shared<Tables>();
  for (const DimensionRow& d : kDimensionRows) t->dimensions.push_back({d.id, d.base, d.is_signed});
  for (const UnitRow& row : kUnitRows) {
    const std::size_t index = t->units.size();
    t->units.push_back({row.id, row.dimension, row.factor, row.offset, {}});
    ForEachListed(row.names, [&](std::string_view n) { t->units.back().names.emplace_back(n); });
    AddUnitNames(t.get(), index, row);
  }
  t->unit_after.Finish();
  t->unit_before.Finish();
  t->implied.Finish();
  AddWords(&t->rate_nouns, kRateNounRows, std::size(kRateNounRows));
  for (const ScaleRow& r : kScaleRows) {
    t->scales.Add(r.word, {std::pow(10.0, r.exponent), r.exponent, r.glued_only, r.words});
  }
  t->scales.Finish();
  for (const VagueRow& r : kVagueRows) t->vague.Add(r.phrase, {r.low, r.high, r.needs_of});
  t->vague.Finish();
  for (const ModifierRow& r : kModifierRows) (r.after ? t->modifiers_after : t->modifiers_before).Add(r.phrase, r.kind);
  t->modifiers_before.Finish();
  t->modifiers_after.Finish();
  AddWords(&t->negations, kNegationRows, std::size(kNegationRows));
  AddWords(&t->labels, kLabelRows, std::size(kLabelRows));
  AddWords(&t->streets, kStreetRows, std::size(kStreetRows));
  AddWords(&t->function_words, kFunctionWordRows, std::size(kFunctionWordRows));

  for (const MonthRow& r : kMonthRows) t->months.Add(r.word, {r.month, r.abbreviation, r.needs_capital});
  t->months.Finish();
  for (const WordRow& r : kMonthDisplayRows) t->month_names.emplace_back(r.word);
  AddValues(&t->weekdays, kWeekdayRows, std::size(kWeekdayRows));
  AddValues(&t->relative_days, kRelativeDayRows, std::size(kRelativeDayRows));
  for (const DateUnitRow& r : kDateUnitRows) t->date_units.Add(r.word, r.unit);
  t->date_units.Finish();
  AddValues(&t->this_next_last, kThisNextLastRows, std::size(kThisNextLastRows));
  AddValues(&t->anchored, kAnchoredRows, std::size(kAnchoredRows));
  for (const OffsetRow& r : kOffsetRows) t->offsets.Add(r.phrase, {r.anchor, r.sign});
  t->offsets.Finish();
  AddWords(&t->year_context, kYearContextRows, std::size(kYearContextRows));
  AddWords(&t->year_followers, kYearFollowerRows, std::size(kYearFollowerRows));
  AddWords(&t->non_year_signs, kNonYearSignRows, std::size(kNonYearSignRows));
  for (const PartRow& r : kPartRows) t->parts.Add(r.phrase, r.part);
  t->parts.Finish();
  for (const PeriodRow& r : kPeriodRows) t->periods.Add(r.phrase, {r.first, r.last});
  t->periods.Finish();
  AddWords(&t->fiscal, kFiscalRows, std::size(kFiscalRows));
  AddValues(&t->rolling, kRollingRows, std::size(kRollingRows));
  for (const PeriodRow& r : kHolidayRows) t->holidays.Add(r.phrase, {r.first, r.last});
  t->holidays.Finish();
  AddValues(&t->time_words, kTimeWordRows, std::size(kTimeWordRows));
  AddValues(&t->zones, kZoneRows, std::size(kZoneRows), /*caps=*/true);
  AddWords(&t->count_words, kCountWordRows, std::size(kCountWordRows));
  IndexStarters(t.get());
  return t;
}

std::optional<Error> BadUnit(const std::string& message) {
  Error e;
  e.code = "bad-unit";
  e.message = message;
  return e;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool IsAllCaps(std::string_view text, const Token& token) {
  bool letter = false;
  for (char c : SpanText(text, token.span)) {
    if (!IsAsciiLetter(c)) continue;
    if (c >= 'a' && c <= 'z') return false;
    letter = true;
  }
  return letter;
}

PhraseIndex::PhraseIndex() = default;
PhraseIndex::~PhraseIndex() = default;
PhraseIndex::PhraseIndex(const PhraseIndex&) = default;
PhraseIndex& PhraseIndex::operator=(const PhraseIndex&) = default;
lexicon_internal::ValueTable::ValueTable() = default;
lexicon_internal::ValueTable::~ValueTable() = default;
lexicon_internal::ValueTable::ValueTable(const ValueTable&) = default;
lexicon_internal::ValueTable& lexicon_internal::ValueTable::operator=(const ValueTable&) = default;

void PhraseIndex::Add(std::string_view phrase, std::uint32_t value, bool caps) {
  Entry e;
  const std::vector<Token> tokens = Tokenize(phrase, {0, phrase.size()});
  if (tokens.empty()) return;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    e.words.push_back(tokens[k].norm);
    if (k > 0) e.glued.push_back(Adjacent(tokens[k - 1], tokens[k]) ? 1 : 0);
  }
  e.value = value;
  e.caps = caps;
  entries_.push_back(std::move(e));
  sorted_ = false;
}

namespace {

// One comparator type for both orders, so that the sort is compiled once.
struct ByWord {
  const std::vector<PhraseIndex::Entry>* entries;
  bool last;
  const std::string& Word(std::uint32_t k) const {
    const std::vector<std::string>& w = (*entries)[k].words;
    return last ? w.back() : w.front();
  }
  bool operator()(std::uint32_t a, std::uint32_t b) const {
    const int c = Word(a).compare(Word(b));
    return c != 0 ? c < 0 : a < b;
  }
};

}  // namespace

void PhraseIndex::Finish() {
  for (std::vector<std::uint32_t>* order : {&by_first_, &by_last_}) {
    order->resize(entries_.size());
    for (std::size_t k = 0; k < entries_.size(); ++k) (*order)[k] = static_cast<std::uint32_t>(k);
    std::sort(order->begin(), order->end(), ByWord{&entries_, order == &by_last_});
  }
  sorted_ = true;
}

bool PhraseIndex::MatchesAt(const Entry& e, std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  const std::size_t n = e.words.size();
  if (i + n > tokens.size()) return false;
  for (std::size_t k = 0; k < n; ++k) {
    if (tokens[i + k].norm != e.words[k]) return false;
    if (k > 0 && e.glued[k - 1] && !Adjacent(tokens[i + k - 1], tokens[i + k])) return false;
    if (e.caps && !IsAllCaps(text, tokens[i + k])) return false;
  }
  return true;
}

PhraseIndex::Match PhraseIndex::Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                        Accept accept, const void* context) const {
  Match best;
  if (!sorted_ || i >= tokens.size()) return best;
  const std::string& first = tokens[i].norm;
  auto it = std::lower_bound(by_first_.begin(), by_first_.end(), first, [&](std::uint32_t k, const std::string& w) {
    return entries_[k].words.front() < w;
  });
  for (; it != by_first_.end() && entries_[*it].words.front() == first; ++it) {
    const Entry& e = entries_[*it];
    const std::size_t n = e.words.size();
    if (best.found && n <= best.end - i) continue;
    if (!MatchesAt(e, text, tokens, i) || (accept != nullptr && !accept(context, e.value))) continue;
    best = {true, e.value, i, i + n};
  }
  return best;
}

PhraseIndex::Match PhraseIndex::LongestEndingAt(std::string_view text, const std::vector<Token>& tokens,
                                                std::size_t floor, std::size_t end) const {
  Match best;
  if (!sorted_ || end == 0 || end > tokens.size() || end <= floor) return best;
  const std::string& last = tokens[end - 1].norm;
  auto it = std::lower_bound(by_last_.begin(), by_last_.end(), last, [&](std::uint32_t k, const std::string& w) {
    return entries_[k].words.back() < w;
  });
  for (; it != by_last_.end() && entries_[*it].words.back() == last; ++it) {
    const Entry& e = entries_[*it];
    const std::size_t n = e.words.size();
    if (n > end - floor || (best.found && n <= best.end - best.begin)) continue;
    if (!MatchesAt(e, text, tokens, end - n)) continue;
    best = {true, e.value, end - n, end};
  }
  return best;
}

void lexicon_internal::ValueTable::Add(std::string_view phrase, const Value& value, bool caps) {
  index_.Add(phrase, static_cast<std::uint32_t>(values_.size()), caps);
  values_.push_back(value);
}

void PhraseIndex::FirstWords(std::vector<std::string>* out) const {
  for (const Entry& e : entries_) out->push_back(e.words.front());
}

namespace lexicon_internal {

const Dimension* Tables::FindDimension(std::string_view id) const {
  for (const Dimension& d : dimensions) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

bool Tables::IsSigned(std::string_view dimension) const {
  const Dimension* d = FindDimension(dimension);
  return d != nullptr && d->is_signed;
}

}  // namespace lexicon_internal

const lexicon_internal::Tables& LexiconTables(const Lexicon& lexicon) { return *lexicon.tables_; }

const Lexicon& Lexicon::BuiltIn() {
  static const Lexicon* const kBuiltIn = [] {
    auto* lexicon = new Lexicon(nullptr);
    return lexicon;
  }();
  return *kBuiltIn;
}

Lexicon::Lexicon(std::nullptr_t) : tables_(BuildTables()) {}
Lexicon::Lexicon() : tables_(BuiltIn().tables_) {}
Lexicon::Lexicon(const Lexicon&) = default;
Lexicon& Lexicon::operator=(const Lexicon&) = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;
Lexicon::~Lexicon() = default;

std::optional<Error> Lexicon::AddUnit(const UnitDefinition& unit) {
  if (unit.id.empty()) return BadUnit("a unit needs an id");
  if (unit.dimension.empty()) return BadUnit("unit '" + unit.id + "' needs a dimension");
  if (!(unit.factor > 0) || !std::isfinite(unit.factor) || !std::isfinite(unit.offset)) {
    return BadUnit("unit '" + unit.id + "': the factor must be a positive finite number");
  }
  if (unit.dimension == "money" && (unit.factor != 1 || unit.offset != 0)) {
    return BadUnit("unit '" + unit.id + "': currencies are never converted, so a money unit has factor 1");
  }
  const Tables& current = *tables_;
  std::size_t index = current.units.size();
  for (std::size_t k = 0; k < current.units.size(); ++k) {
    const UnitDefinition& known = current.units[k];
    if (known.id != unit.id) continue;
    if (known.dimension != unit.dimension || known.factor != unit.factor || known.offset != unit.offset) {
      return BadUnit("unit '" + unit.id + "' is already known with another dimension or factor");
    }
    index = k;
  }
  for (const std::string& name : unit.names) {
    const std::vector<Token> tokens = Tokenize(name, {0, name.size()});
    if (tokens.empty()) return BadUnit("unit '" + unit.id + "': a name holds no word");
    const auto match = current.unit_after.Longest(name, tokens, 0);
    if (match && match.end == tokens.size() && current.units[match.value->unit].id != unit.id) {
      return BadUnit("unit '" + unit.id + "': the name '" + name + "' already means '" +
                     current.units[match.value->unit].id + "'");
    }
  }
  auto copy = std::make_shared<Tables>(current);
  if (index == copy->units.size()) {
    copy->units.push_back({unit.id, unit.dimension, unit.factor, unit.offset, {}});
    if (copy->FindDimension(unit.dimension) == nullptr) copy->dimensions.push_back({unit.dimension, "", false});
  }
  for (const std::string& name : unit.names) {
    copy->units[index].names.push_back(name);
    copy->unit_after.Add(name, UnitName{index, false, false});
  }
  copy->unit_after.Finish();
  tables_ = std::move(copy);
  return std::nullopt;
}

const UnitDefinition* Lexicon::FindUnit(std::string_view id) const {
  for (const UnitDefinition& u : tables_->units) {
    if (u.id == id) return &u;
  }
  return nullptr;
}

std::string_view Lexicon::BaseUnit(std::string_view dimension) const {
  const lexicon_internal::Dimension* d = tables_->FindDimension(dimension);
  return d != nullptr ? std::string_view(d->base) : std::string_view();
}

UnitMeaning Lexicon::ParseUnit(std::string_view text) const {
  const Tables& t = *tables_;
  const std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  UnitMeaning m;
  m.dimension = "count";
  std::size_t i = 0;
  bool scaled = false;
  while (i < tokens.size()) {  // "million", "billion US dollars", "lakh crore"
    const auto scale = t.scales.Longest(text, tokens, i);
    if (!scale || scale.value->glued_only) break;
    m.factor *= scale.value->scale;
    scaled = true;
    i = scale.end;
  }
  // After a scale word a name that means money there wins ("million pounds"), as in the text.
  auto unit = t.unit_after.Longest(text, tokens, i, [&](const UnitName& n) { return scaled && n.after_scale; });
  if (!unit) unit = t.unit_after.Longest(text, tokens, i, [](const UnitName& n) { return !n.after_scale; });
  std::size_t index = t.units.size();
  std::size_t unit_end = i;
  if (unit) {
    index = unit.value->unit, unit_end = unit.end;
  } else if (const auto before = t.unit_before.Longest(text, tokens, i)) {
    index = *before.value, unit_end = before.end;  // "$", "USD"
  }
  // "US dollars per share": the rate after the unit's own words ("km/h" is one unit).
  std::size_t noun_end = tokens.size();
  for (std::size_t k = unit_end; k < tokens.size(); ++k) {
    if (tokens[k].norm != "per" && tokens[k].norm != "/") continue;
    noun_end = k;
    if (k + 1 < tokens.size()) {
      const auto rate = t.unit_after.Longest(text, tokens, k + 1);
      m.per = rate ? t.units[rate.value->unit].id : tokens[k + 1].norm;
    }
    break;
  }
  for (std::size_t k = noun_end; k > i; --k) {
    if (tokens[k - 1].kind == TokenKind::kWord) {
      m.noun = tokens[k - 1].norm;
      break;
    }
  }
  if (index == t.units.size()) return m;
  const UnitDefinition& u = t.units[index];
  m.unit = u.id;
  m.dimension = u.dimension;
  m.factor *= u.factor;
  m.offset = u.offset;
  return m;
}

}  // namespace claimcheck
