// Private to the extraction: the lexicon's tables as the readers of figures and dates use them.
//
// Every table maps phrases to values. A phrase is tokenized like the text (Tokenize), so "km/h" is km / h and
// "U.S. dollars" is u . s . dollars; it matches tokens with the same norms, glued to each other where the phrase
// glues them ("km/h" does not match "km / h", "per cent" matches "per  cent"). Lookups are binary searches over
// phrases sorted by their first (or last) word, with no allocation.
#ifndef CLAIMCHECK_SRC_EXTRACT_LEXICON_TABLES_H_
#define CLAIMCHECK_SRC_EXTRACT_LEXICON_TABLES_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/lexicon.h"
#include "claimcheck/text.h"
#include "text/word_filter.h"

namespace claimcheck {

// What a modifier phrase claims about the number after (or before) it; numbers.h gives each interval.
enum class ModifierKind {
  kNone,
  kHedge,
  kNearly,
  kJustOver,
  kJustUnder,
  kMoreThan,
  kAtLeast,
  kLessThan,
  kUpTo,
  kExact,
  kBetween,
  kFrom,
  kOdd,
};

// True when every ASCII letter of the token is upper-case in the text ("USD", "IST"), and it has one.
bool IsAllCaps(std::string_view text, const Token& token);

// Phrases and their values (indexes), compiled once: the one implementation behind every PhraseTable.
class LexiconIndex {
 public:
  struct Match {
    bool found = false;
    std::uint32_t value = 0;
    std::size_t begin = 0;  // token range [begin, end)
    std::size_t end = 0;
  };
  using Accept = bool (*)(const void* context, std::uint32_t value);

  // Out of line: the lexicon holds dozens of these, and inlined copies of their vectors' code would weigh on the
  // WebAssembly download.
  LexiconIndex();
  ~LexiconIndex();
  LexiconIndex(const LexiconIndex&);
  LexiconIndex& operator=(const LexiconIndex&);

  // `caps`: the phrase counts only written in capitals ("USD", "IST"). Phrases that hold no token are ignored.
  // A phrase of ASCII letters and spaces is split here; any other goes through Tokenize. Lookups need Seal() after
  // the last Add.
  void Add(std::string_view phrase, std::uint32_t value, bool caps);
  // Orders the phrases for lookups (a counting sort by first byte, then an insertion sort: adaptive, so sealing
  // again after a few more phrases costs little); `backward`: for LongestEndingAt too.
  void Seal(bool backward = false);
  // The longest phrase starting at tokens[i] that `accept` takes (the first added among equals).
  Match Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i, Accept accept,
                const void* context) const;
  // The longest phrase that ends right before token `end` and starts at or after `floor` (sealed backward).
  Match LongestEndingAt(std::string_view text, const std::vector<Token>& tokens, std::size_t floor,
                        std::size_t end) const;
  // A phrase of one word, given as its norm (not tokenized again).
  void AddWord(std::string_view norm, std::uint32_t value);
  std::size_t size() const { return entries_.size(); }
  // The first word of the k-th phrase added.
  std::string_view FirstWord(std::size_t k) const { return First(static_cast<std::uint32_t>(k)); }
  // Whether some phrase starts with this (folded) word. Inline: the filter answers most words without a call.
  bool HasFirstWord(std::string_view word) const {
    return !word.empty() && first_filter_.MayContain(word) && SearchFirstWord(word);
  }
  // The norms of a phrase's words, as matching sees them (for tests).
  static std::vector<std::string> Words(std::string_view phrase);

 private:
  // A phrase: `count` words from word `word` on. Words are norms stored end to end in pool_; word j is
  // pool_[ends_[j - 1], ends_[j]) (from 0 for the first): one buffer per index, no string per word.
  struct Entry {
    std::uint32_t word = 0;
    std::uint32_t glued = 0;  // bit k: words k and k + 1 must touch (phrases have at most 32 words)
    std::uint32_t value = 0;
    std::uint8_t count = 0;
    bool caps = false;
  };

  std::string_view Word(std::uint32_t j) const {
    const std::uint32_t begin = j == 0 ? 0 : ends_[j - 1];
    return std::string_view(pool_).substr(begin, ends_[j] - begin);
  }
  std::string_view First(std::uint32_t k) const { return Word(entries_[k].word); }
  std::string_view Last(std::uint32_t k) const { return Word(entries_[k].word + entries_[k].count - 1); }
  void Append(std::uint32_t word, std::uint32_t glued, std::uint32_t value, bool caps);
  void Order(bool by_last, std::vector<std::uint32_t>* order, std::uint32_t (&start)[257]) const;
  bool SearchFirstWord(std::string_view word) const;
  bool MatchesAt(const Entry& e, std::string_view text, const std::vector<Token>& tokens, std::size_t i) const;

  std::string pool_;
  std::vector<std::uint32_t> ends_;
  std::vector<Entry> entries_;           // in the order added
  std::vector<std::uint32_t> by_first_;  // entries by first word, then by order added
  std::vector<std::uint32_t> by_last_;   // entries by last word, then by order added
  // by_first_[first_start_[c], first_start_[c + 1]) holds the phrases whose first word starts with byte c; the
  // same for by_last_ and last words. A lookup searches one bucket; most words of a text find theirs empty.
  std::uint32_t first_start_[257] = {};
  std::uint32_t last_start_[257] = {};
  // Every phrase's first word (built by Seal): most words of a text start no phrase of a given table.
  WordFilter<2048> first_filter_;
};

namespace lexicon_internal {

struct Scale {
  double scale = 1;
  int exponent = 0;
  bool glued_only = false;  // "5m" is five million; "5 m" five metres
  bool words = false;       // also after number words ("five lakh")
};

struct Vague {
  double low = 0;
  double high = 0;
  bool needs_of = false;
};

struct Month {
  int month = 0;
  bool abbreviation = false;  // may take a '.'
  bool needs_capital = false;
};

struct Offset {
  DateAnchor anchor = DateAnchor::kNone;
  int sign = 1;
};

struct Period {
  int first_month = 0;
  int last_month = 0;
};

// Unit references are indexes into Tables::units.
struct UnitName {
  std::size_t unit = 0;
  bool glued_only = false;  // "45C", "24h"
  bool after_scale = false; // "5 million pounds" (money) but "5 pounds" (mass)
};

// Every kind of value a phrase table holds, so that all tables share one store (one copy of its code in the
// module: the WebAssembly download is budgeted).
union Value {
  Value() : number(0) {}
  int number;
  std::size_t index;
  ModifierKind modifier;
  DateUnit date_unit;
  DatePart part;
  UnitName unit_name;
  Scale scale;
  Vague vague;
  Month month;
  Offset offset;
  Period period;
};

inline Value Wrap(int v) { Value x; x.number = v; return x; }
inline Value Wrap(std::size_t v) { Value x; x.index = v; return x; }
inline Value Wrap(ModifierKind v) { Value x; x.modifier = v; return x; }
inline Value Wrap(DateUnit v) { Value x; x.date_unit = v; return x; }
inline Value Wrap(DatePart v) { Value x; x.part = v; return x; }
inline Value Wrap(const UnitName& v) { Value x; x.unit_name = v; return x; }
inline Value Wrap(const Scale& v) { Value x; x.scale = v; return x; }
inline Value Wrap(const Vague& v) { Value x; x.vague = v; return x; }
inline Value Wrap(const Month& v) { Value x; x.month = v; return x; }
inline Value Wrap(const Offset& v) { Value x; x.offset = v; return x; }
inline Value Wrap(const Period& v) { Value x; x.period = v; return x; }

inline const int* Unwrap(const Value& x, const int*) { return &x.number; }
inline const std::size_t* Unwrap(const Value& x, const std::size_t*) { return &x.index; }
inline const ModifierKind* Unwrap(const Value& x, const ModifierKind*) { return &x.modifier; }
inline const DateUnit* Unwrap(const Value& x, const DateUnit*) { return &x.date_unit; }
inline const DatePart* Unwrap(const Value& x, const DatePart*) { return &x.part; }
inline const UnitName* Unwrap(const Value& x, const UnitName*) { return &x.unit_name; }
inline const Scale* Unwrap(const Value& x, const Scale*) { return &x.scale; }
inline const Vague* Unwrap(const Value& x, const Vague*) { return &x.vague; }
inline const Month* Unwrap(const Value& x, const Month*) { return &x.month; }
inline const Offset* Unwrap(const Value& x, const Offset*) { return &x.offset; }
inline const Period* Unwrap(const Value& x, const Period*) { return &x.period; }

// The phrases of a table and their values (the part that does not depend on the value's type).
class ValueTable {
 public:
  ValueTable();
  ~ValueTable();
  ValueTable(const ValueTable&);
  ValueTable& operator=(const ValueTable&);

  void Add(std::string_view phrase, const Value& value, bool caps);
  const LexiconIndex& index() const { return index_; }
  void AddFirstWordsTo(ValueTable* set, const Value& value) const;
  void Seal(bool backward) { index_.Seal(backward); }
  const Value& value(std::uint32_t k) const { return values_[k]; }

 private:
  LexiconIndex index_;
  std::vector<Value> values_;
};

}  // namespace lexicon_internal

template <typename V>
class PhraseTable {
 public:
  struct Match {
    const V* value = nullptr;  // nullptr: no phrase matched
    std::size_t begin = 0;     // token range [begin, end)
    std::size_t end = 0;
    explicit operator bool() const { return value != nullptr; }
  };

  void Add(std::string_view phrase, V value, bool caps = false) {
    table_.Add(phrase, lexicon_internal::Wrap(value), caps);
  }

  // The longest phrase starting at tokens[i] that `accept(value)` takes (the first added among equals).
  template <typename Accept>
  Match Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i, const Accept& accept) const {
    struct Context {
      const PhraseTable* table;
      const Accept* accept;
    } context{this, &accept};
    auto trampoline = [](const void* c, std::uint32_t v) {
      const auto* ctx = static_cast<const Context*>(c);
      return (*ctx->accept)(*ctx->table->Get(v));
    };
    return Found(table_.index().Longest(text, tokens, i, trampoline, &context));
  }
  Match Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const {
    return Found(table_.index().Longest(text, tokens, i, nullptr, nullptr));
  }
  // The table must be sealed backward (Tables::Seal says which are).
  Match LongestEndingAt(std::string_view text, const std::vector<Token>& tokens, std::size_t floor,
                        std::size_t end) const {
    return Found(table_.index().LongestEndingAt(text, tokens, floor, end));
  }
  bool Contains(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const {
    return table_.index().Longest(text, tokens, i, nullptr, nullptr).found;
  }
  void Seal(bool backward = false) { table_.Seal(backward); }
  // Adds to `set` the first words of these phrases (as one-word phrases; duplicates are harmless).
  void AddFirstWordsTo(PhraseTable<int>* set) const { table_.AddFirstWordsTo(&set->table_, lexicon_internal::Wrap(1)); }
  bool HasFirstWord(std::string_view word) const { return table_.index().HasFirstWord(word); }

 private:
  const V* Get(std::uint32_t k) const { return lexicon_internal::Unwrap(table_.value(k), static_cast<const V*>(nullptr)); }
  Match Found(const LexiconIndex::Match& m) const {
    if (!m.found) return {};
    return {Get(m.value), m.begin, m.end};
  }

  template <typename>
  friend class PhraseTable;
  lexicon_internal::ValueTable table_;
};

// A set of single words or phrases (labels, year context words, ...).
using PhraseSet = PhraseTable<int>;

namespace lexicon_internal {

struct Dimension {
  std::string id;
  std::string base;
  bool is_signed = false;  // values may be below zero ("-5C"): "less than X" starts at -inf, not 0
  bool bare = false;       // a figure without a unit next to a measure word of it is in it ("measured 7.7")
};

struct Tables {
  std::vector<Dimension> dimensions;
  std::vector<UnitDefinition> units;
  PhraseTable<UnitName> unit_after;   // names, glued names, codes, after-scale names
  PhraseTable<std::size_t> unit_before;  // "$", "Rs", "USD", "magnitude"
  PhraseTable<std::size_t> implied;      // "tremor" -> magnitude
  PhraseSet rate_nouns;
  PhraseTable<Scale> scales;
  PhraseTable<Vague> vague;
  PhraseTable<ModifierKind> modifiers_before;
  PhraseTable<ModifierKind> modifiers_after;
  PhraseSet negations;
  PhraseSet labels;
  PhraseSet streets;
  PhraseSet function_words;

  PhraseTable<Month> months;
  std::vector<std::string> month_names;  // "January".."December"
  PhraseTable<int> weekdays;             // 0 = Sunday
  PhraseTable<int> relative_days;
  PhraseTable<DateUnit> date_units;
  PhraseTable<int> this_next_last;
  PhraseTable<int> anchored;
  PhraseTable<Offset> offsets;
  PhraseSet year_context;
  PhraseSet year_followers;
  PhraseSet non_year_signs;
  PhraseTable<DatePart> parts;
  PhraseTable<Period> periods;
  PhraseSet fiscal;
  PhraseTable<int> rolling;         // -1 "the past two weeks", +1 "the next three years"
  PhraseTable<Period> holidays;     // first_month = month, last_month = day
  PhraseTable<int> time_words;
  PhraseTable<int> zones;  // minutes east of UTC; capitals only
  PhraseSet count_words;

  PhraseSet number_starters;  // words that may begin a figure (a fast reject)
  PhraseSet date_starters;    // words other than number starters that may begin a date or a time

  // Seals every phrase table (LexiconIndex::Seal), after building or adding.
  void Seal();
  const Dimension* FindDimension(std::string_view id) const;
  const UnitDefinition& Unit(std::size_t index) const { return units[index]; }
  bool IsSigned(std::string_view dimension) const;
  bool IsBare(std::string_view dimension) const;
  bool MayStartNumber(std::string_view word) const { return number_starters.HasFirstWord(word); }
  // Whether a date or a time may start at this token: one lookup that spares the dozen tables of date words.
  bool MayStartDate(const Token& t) const {
    if (t.kind == TokenKind::kNumber) return true;
    if (t.kind == TokenKind::kPunct) return t.norm == std::string_view("'");  // "the '90s"
    if (t.norm.size() > 2 && t.norm.compare(0, 2, "fy") == 0) return true;  // "FY2024"
    return date_starters.HasFirstWord(t.norm);  // number starters included
  }
};

}  // namespace lexicon_internal

const lexicon_internal::Tables& LexiconTables(const Lexicon& lexicon);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_LEXICON_TABLES_H_
