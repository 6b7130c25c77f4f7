// The lexicon (lexicon.h): the rows generated from engine/data/lexicon/*.json become phrase tables once, on first
// use; a Lexicon shares them until AddUnit copies them (copy on write).
//
// Approach: the generator (engine/data/gen_lexicon.mjs) has already checked the data and written it as one string
// of records (a code, then tab-separated fields); building reads each record into its table, splitting the phrase
// into words (LexiconIndex::Add), then sorts each table once (Tables::Seal). A unit's record comes before the
// records of its names, signs and codes, which all point to that entry of Tables::units.
//
// Building runs inside the first check or extraction, in the page too (where a task should stay under 50 ms, and
// WebAssembly first runs unoptimized): it avoids allocations per phrase (the words of a table share one buffer)
// and Tokenize for phrases of plain letters, and sorts instead of inserting (about 1.9 M instructions natively).
#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <iterator>

#include "claimcheck/lexicon.h"
#include "lexicon_tables.h"
#include "number_core.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

#include "lexicon_data.inc"

using lexicon_internal::Tables;
using lexicon_internal::UnitName;

// A record's fields (tab-separated), at most kMaxFields of them.
constexpr std::size_t kMaxFields = 11;
struct Fields {
  std::string_view f[kMaxFields];
  std::string_view operator[](std::size_t k) const { return f[k]; }
};

Fields Split(std::string_view line) {
  Fields out;
  for (std::size_t k = 0; k < kMaxFields && !line.empty(); ++k) {
    const std::size_t tab = line.find('\t');
    out.f[k] = line.substr(0, tab);
    line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
  }
  return out;
}

// Numbers as the generator writes them: an optional '-', digits, an optional decimal part (no exponent).
double Real(std::string_view s) {
  const bool minus = !s.empty() && s[0] == '-';
  const double v = number_core::DigitsToDouble(minus ? s.substr(1) : s);
  return minus ? -v : v;
}
int Int(std::string_view s) { return static_cast<int>(Real(s)); }
bool Flag(std::string_view s) { return s == "1"; }

// The next item of a '|'-separated list, which is advanced past it.
std::string_view NextItem(std::string_view* list) {
  const std::size_t bar = list->find('|');
  const std::string_view item = list->substr(0, bar);
  *list = bar == std::string_view::npos ? std::string_view() : list->substr(bar + 1);
  return item;
}

int IndexOf(const std::string_view* names, std::size_t count, std::string_view name) {
  for (std::size_t k = 0; k < count; ++k) {
    if (names[k] == name) return static_cast<int>(k);
  }
  return 0;
}

// Names in the data, in the order of the C++ enums.
constexpr std::string_view kModifierNames[] = {"",         "hedge",    "nearly",    "just-over", "just-under",
                                               "more-than", "at-least", "less-than", "up-to",     "exact",
                                               "between",  "from",     "odd"};
constexpr std::string_view kDateUnitNames[] = {"day", "week", "fortnight", "month", "quarter", "year", "decade"};
constexpr std::string_view kAnchorNames[] = {"", "reference", "previous-date", "event"};
constexpr std::string_view kPartNames[] = {"", "early", "mid", "late"};

// Words that may begin a figure: number words, the first words of scales, vague amounts, fractions, currency
// signs and other units written before the number ("a", "half", "us" of "US$" ...).
void IndexStarters(Tables* t) {
  static constexpr const char* kGrammar[] = {
      "a",       "an",      "half",    "halves",   "quarter",   "quarters", "one",      "two",     "three",
      "four",    "five",    "six",     "seven",    "eight",     "nine",     "ten",      "eleven",  "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",  "thirty",
      "forty",   "fifty",   "sixty",   "seventy",  "eighty",    "ninety",   "hundred",  "dozen",   "zero",
      "minus",   "first",   "second",  "third",    "fourth",    "fifth",    "sixth",    "seventh", "eighth",
      "ninth",   "tenth",   "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
      "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "thirds",
      "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths"};
  for (const char* w : kGrammar) t->number_starters.Add(w, 1);
  t->scales.AddFirstWordsTo(&t->number_starters);
  t->vague.AddFirstWordsTo(&t->number_starters);
  t->unit_before.AddFirstWordsTo(&t->number_starters);
  t->date_starters.Add("the", 1);
  t->number_starters.AddFirstWordsTo(&t->date_starters);
  t->months.AddFirstWordsTo(&t->date_starters);
  t->weekdays.AddFirstWordsTo(&t->date_starters);
  t->relative_days.AddFirstWordsTo(&t->date_starters);
  t->this_next_last.AddFirstWordsTo(&t->date_starters);
  t->parts.AddFirstWordsTo(&t->date_starters);
  t->periods.AddFirstWordsTo(&t->date_starters);
  t->holidays.AddFirstWordsTo(&t->date_starters);
  t->fiscal.AddFirstWordsTo(&t->date_starters);
  t->rolling.AddFirstWordsTo(&t->date_starters);
  t->time_words.AddFirstWordsTo(&t->date_starters);
}

// The records that are a list of phrases, each with a number ("phrase=value", read at the last '=') or without
// one (then 1), by code.
struct IntTable {
  char code;
  PhraseTable<int> Tables::*table;
};
constexpr IntTable kIntTables[] = {
    {'r', &Tables::rate_nouns},     {'x', &Tables::negations},      {'l', &Tables::labels},
    {'t', &Tables::streets},        {'f', &Tables::function_words}, {'W', &Tables::weekdays},
    {'R', &Tables::relative_days},  {'T', &Tables::this_next_last}, {'A', &Tables::anchored},
    {'Y', &Tables::year_context},   {'F', &Tables::year_followers}, {'S', &Tables::non_year_signs},
    {'y', &Tables::fiscal},         {'L', &Tables::rolling},        {'w', &Tables::time_words},
    {'z', &Tables::zones},          {'C', &Tables::count_words},
};

// The names, signs and codes of the unit just added: fields 5..10 of its record.
void ReadUnitNames(Tables* t, const Fields& r) {
  const std::size_t unit = t->units.size() - 1;
  for (std::size_t field = 5; field <= 10; ++field) {
    for (std::string_view rest = r[field]; !rest.empty();) {
      const std::string_view n = NextItem(&rest);
      switch (field) {
        case 5:
          t->units[unit].names.emplace_back(n);
          t->unit_after.Add(n, UnitName{unit, false, false});
          break;
        case 6: t->unit_after.Add(n, UnitName{unit, true, false}); break;
        case 7: t->unit_before.Add(n, unit); break;
        case 8:
          t->unit_after.Add(n, UnitName{unit, false, false}, /*caps=*/true);
          t->unit_before.Add(n, unit, /*caps=*/true);
          break;
        case 9: t->unit_after.Add(n, UnitName{unit, false, true}); break;
        default: t->implied.Add(n, unit);
      }
    }
  }
}

// One item of a list record (field 1) into the table of its code.
void ReadItem(Tables* t, char code, std::string_view item, const Fields& r) {
  for (const IntTable& it : kIntTables) {
    if (it.code != code) continue;
    const std::size_t eq = item.rfind('=');
    const bool valued = eq != std::string_view::npos && eq > 0;
    (t->*it.table).Add(valued ? item.substr(0, eq) : item, valued ? Int(item.substr(eq + 1)) : 1, code == 'z');
    return;
  }
  switch (code) {
    case 'm':
      (Flag(r[3]) ? t->modifiers_after : t->modifiers_before)
          .Add(item, static_cast<ModifierKind>(IndexOf(kModifierNames, std::size(kModifierNames), r[2])));
      break;
    case 'M': t->months.Add(item, {Int(r[2]), Flag(r[3]), Flag(r[4])}); break;
    case 'N': t->month_names.emplace_back(item); break;
    case 'u': t->date_units.Add(item, static_cast<DateUnit>(IndexOf(kDateUnitNames, std::size(kDateUnitNames), r[2]))); break;
    case 'Q': t->periods.Add(item, {Int(r[2]), Int(r[3])}); break;
    default: break;
  }
}

// One record of the generated data (gen_lexicon.mjs says what each code holds) into its table.
void Read(Tables* t, const Fields& r) {
  const std::string_view p = r[1];
  const char code = r[0].empty() ? '\0' : r[0][0];
  switch (code) {
    case 'D': t->dimensions.push_back({std::string(p), std::string(r[2]), Flag(r[3]), Flag(r[4])}); return;
    case 'U':
      t->units.push_back({std::string(p), std::string(r[2]), Real(r[3]), Real(r[4]), {}});
      ReadUnitNames(t, r);
      return;
    case 's': t->scales.Add(p, {std::pow(10.0, Int(r[2])), Int(r[2]), Flag(r[3]), Flag(r[4])}); return;
    case 'v': t->vague.Add(p, {Real(r[2]), Real(r[3]), Flag(r[4])}); return;
    case 'O': t->offsets.Add(p, {static_cast<DateAnchor>(IndexOf(kAnchorNames, std::size(kAnchorNames), r[2])), Int(r[3])}); return;
    case 'P': t->parts.Add(p, static_cast<DatePart>(IndexOf(kPartNames, std::size(kPartNames), r[2]))); return;
    case 'H': t->holidays.Add(p, {Int(r[2]), Int(r[3])}); return;
    default:
      for (std::string_view rest = p; !rest.empty();) ReadItem(t, code, NextItem(&rest), r);
  }
}

std::shared_ptr<const Tables> BuildTables() {
  auto t = std::make_shared<Tables>();
  std::string_view data(kLexicon, sizeof kLexicon - 1);
  while (!data.empty()) {
    const std::size_t end = data.find('\n');
    Read(t.get(), Split(data.substr(0, end)));
    data = end == std::string_view::npos ? std::string_view() : data.substr(end + 1);
  }
  IndexStarters(t.get());
  t->Seal();
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

LexiconIndex::LexiconIndex() = default;
LexiconIndex::~LexiconIndex() = default;
LexiconIndex::LexiconIndex(const LexiconIndex&) = default;
LexiconIndex& LexiconIndex::operator=(const LexiconIndex&) = default;
lexicon_internal::ValueTable::ValueTable() = default;
lexicon_internal::ValueTable::~ValueTable() = default;
lexicon_internal::ValueTable::ValueTable(const ValueTable&) = default;
lexicon_internal::ValueTable& lexicon_internal::ValueTable::operator=(const ValueTable&) = default;

namespace {

bool IsPlainPhrase(std::string_view phrase) {
  for (char c : phrase) {
    if (c != ' ' && !IsAsciiLetter(c)) return false;
  }
  return true;
}

}  // namespace

void LexiconIndex::Add(std::string_view phrase, std::uint32_t value, bool caps) {
  const std::size_t pool_size = pool_.size();
  const auto word = static_cast<std::uint32_t>(ends_.size());
  std::uint32_t glued = 0;
  if (IsPlainPhrase(phrase)) {  // what Tokenize makes of it: the runs of letters, folded
    for (std::size_t k = 0; k < phrase.size();) {
      if (phrase[k] == ' ') {
        ++k;
        continue;
      }
      for (; k < phrase.size() && phrase[k] != ' '; ++k) {
        const char c = phrase[k];
        pool_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      }
      ends_.push_back(static_cast<std::uint32_t>(pool_.size()));
    }
  } else {
    const std::vector<Token> tokens = Tokenize(phrase, {0, phrase.size()});
    for (std::size_t k = 0; k < tokens.size() && k <= 32; ++k) {
      pool_ += tokens[k].norm;
      ends_.push_back(static_cast<std::uint32_t>(pool_.size()));
      if (k > 0 && Adjacent(tokens[k - 1], tokens[k])) glued |= 1u << (k - 1);
    }
  }
  const std::size_t count = ends_.size() - word;
  if (count == 0 || count > 32) {
    pool_.resize(pool_size);
    ends_.resize(word);
    return;
  }
  Append(word, glued, value, caps);
}

void LexiconIndex::AddWord(std::string_view norm, std::uint32_t value) {
  const auto word = static_cast<std::uint32_t>(ends_.size());
  pool_ += norm;
  ends_.push_back(static_cast<std::uint32_t>(pool_.size()));
  Append(word, 0, value, false);
}

std::vector<std::string> LexiconIndex::Words(std::string_view phrase) {
  LexiconIndex one;
  one.Add(phrase, 0, false);
  std::vector<std::string> out;
  for (std::uint32_t j = 0; j < one.ends_.size(); ++j) out.emplace_back(one.Word(j));
  return out;
}

void LexiconIndex::Append(std::uint32_t word, std::uint32_t glued, std::uint32_t value, bool caps) {
  entries_.push_back({word, glued, value, static_cast<std::uint8_t>(ends_.size() - word), caps});
}

void LexiconIndex::Order(bool by_last, std::vector<std::uint32_t>* order, std::uint32_t (&start)[257]) const {
  const auto key = [&](std::uint32_t k) { return by_last ? Last(k) : First(k); };
  const auto byte = [&](std::uint32_t k) {
    const std::string_view w = key(k);
    return w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  };
  const auto n = static_cast<std::uint32_t>(entries_.size());
  std::fill(std::begin(start), std::end(start), 0);
  for (std::uint32_t k = 0; k < n; ++k) ++start[byte(k) + 1];
  for (int c = 1; c <= 256; ++c) start[c] += start[c - 1];
  std::uint32_t next[256];
  std::copy(start, start + 256, next);
  order->resize(n);
  std::uint32_t* o = order->data();
  for (std::uint32_t k = 0; k < n; ++k) o[next[byte(k)]++] = k;
  // Within each bucket (phrases never move across one: their keys differ in the first byte), by word, then by
  // order added: a binary insertion after the equal words, which leaves sorted runs in place.
  for (std::uint32_t i = 1; i < n; ++i) {
    const std::uint32_t v = o[i];
    const std::string_view w = key(v);
    if (!(w < key(o[i - 1]))) continue;
    std::uint32_t* at = std::upper_bound(o + start[byte(v)], o + i, w,
                                         [&](std::string_view x, std::uint32_t k) { return x < key(k); });
    std::move_backward(at, o + i, o + i + 1);
    *at = v;
  }
}

void LexiconIndex::Seal(bool backward) {
  Order(false, &by_first_, first_start_);
  first_filter_.Clear();
  for (std::uint32_t k = 0; k < entries_.size(); ++k) first_filter_.Add(First(k));
  if (backward) Order(true, &by_last_, last_start_);
}

namespace {

// The bucket of `order` for words starting with the byte `word` starts with.
std::pair<const std::uint32_t*, const std::uint32_t*> Bucket(const std::vector<std::uint32_t>& order,
                                                             const std::uint32_t (&start)[257], std::string_view word) {
  if (word.empty() || order.empty()) return {nullptr, nullptr};
  const auto c = static_cast<unsigned char>(word[0]);
  return {order.data() + start[c], order.data() + start[c + 1]};
}

}  // namespace

bool LexiconIndex::SearchFirstWord(std::string_view word) const {
  assert(by_first_.size() == entries_.size());  // sealed (Tables::Seal names every table)
  const auto [begin, end] = Bucket(by_first_, first_start_, word);
  const std::uint32_t* it =
      std::lower_bound(begin, end, word, [&](std::uint32_t j, std::string_view w) { return First(j) < w; });
  return it != end && First(*it) == word;
}

bool LexiconIndex::MatchesAt(const Entry& e, std::string_view text, const std::vector<Token>& tokens,
                             std::size_t i) const {
  const std::size_t n = e.count;
  if (i + n > tokens.size()) return false;
  for (std::size_t k = 0; k < n; ++k) {
    if (tokens[i + k].norm != Word(e.word + static_cast<std::uint32_t>(k))) return false;
    if (k > 0 && (e.glued >> (k - 1) & 1u) != 0 && !Adjacent(tokens[i + k - 1], tokens[i + k])) return false;
    if (e.caps && !IsAllCaps(text, tokens[i + k])) return false;
  }
  return true;
}

LexiconIndex::Match LexiconIndex::Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                        Accept accept, const void* context) const {
  Match best;
  if (i >= tokens.size()) return best;
  const std::string_view first = tokens[i].norm;
  assert(by_first_.size() == entries_.size());
  if (first.empty() || !first_filter_.MayContain(first)) return best;
  const auto [begin, end] = Bucket(by_first_, first_start_, first);
  const std::uint32_t* it =
      std::lower_bound(begin, end, first, [&](std::uint32_t k, std::string_view w) { return First(k) < w; });
  for (; it != end && First(*it) == first; ++it) {
    const Entry& e = entries_[*it];
    const std::size_t n = e.count;
    if (best.found && n <= best.end - i) continue;
    if (!MatchesAt(e, text, tokens, i) || (accept != nullptr && !accept(context, e.value))) continue;
    best = {true, e.value, i, i + n};
  }
  return best;
}

LexiconIndex::Match LexiconIndex::LongestEndingAt(std::string_view text, const std::vector<Token>& tokens,
                                                std::size_t floor, std::size_t end) const {
  Match best;
  if (end == 0 || end > tokens.size() || end <= floor) return best;
  const std::string_view last = tokens[end - 1].norm;
  assert(by_last_.size() == entries_.size());
  const auto [from, to] = Bucket(by_last_, last_start_, last);
  const std::uint32_t* it =
      std::lower_bound(from, to, last, [&](std::uint32_t k, std::string_view w) { return Last(k) < w; });
  for (; it != to && Last(*it) == last; ++it) {
    const Entry& e = entries_[*it];
    const std::size_t n = e.count;
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

void lexicon_internal::ValueTable::AddFirstWordsTo(ValueTable* set, const Value& value) const {
  for (std::size_t k = 0; k < index_.size(); ++k) {
    set->index_.AddWord(index_.FirstWord(k), static_cast<std::uint32_t>(set->values_.size()));
    set->values_.push_back(value);
  }
}

namespace lexicon_internal {

const Dimension* Tables::FindDimension(std::string_view id) const {
  for (const Dimension& d : dimensions) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

void Tables::Seal() {
  for (PhraseTable<int>* table :
       {&rate_nouns, &negations, &streets, &function_words, &year_context, &year_followers,
        &non_year_signs, &fiscal, &count_words, &number_starters, &date_starters, &weekdays, &relative_days,
        &this_next_last, &anchored, &rolling, &time_words, &zones}) {
    table->Seal();
  }
  labels.Seal(/*backward=*/true);
  modifiers_before.Seal(/*backward=*/true);
  unit_after.Seal();
  unit_before.Seal();
  implied.Seal();
  scales.Seal();
  vague.Seal();
  modifiers_after.Seal();
  months.Seal();
  date_units.Seal();
  offsets.Seal();
  parts.Seal();
  periods.Seal();
  holidays.Seal();
}

bool Tables::IsSigned(std::string_view dimension) const {
  const Dimension* d = FindDimension(dimension);
  return d != nullptr && d->is_signed;
}

bool Tables::IsBare(std::string_view dimension) const {
  const Dimension* d = FindDimension(dimension);
  return d != nullptr && d->bare;
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
  copy->unit_after.Seal();
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
    if (tokens[k].norm != "per"sv && tokens[k].norm != "/"sv) continue;
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
  m.bare = t.IsBare(u.dimension);
  return m;
}

}  // namespace claimcheck
