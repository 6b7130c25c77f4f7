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

template <typename V>
class PhraseTable {
 public:
  struct Match {
    const V* value = nullptr;  // nullptr: no phrase matched
    std::size_t begin = 0;     // token range [begin, end)
    std::size_t end = 0;
    explicit operator bool() const { return value != nullptr; }
  };

  // `caps`: the phrase counts only written in capitals ("USD", "IST"). Phrases that hold no token are ignored.
  void Add(std::string_view phrase, V value, bool caps = false) {
    Entry e;
    const std::vector<Token> tokens = Tokenize(phrase, {0, phrase.size()});
    if (tokens.empty()) return;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      e.words.push_back(tokens[k].norm);
      if (k > 0) e.glued.push_back(Adjacent(tokens[k - 1], tokens[k]) ? 1 : 0);
    }
    e.value = std::move(value);
    e.caps = caps;
    entries_.push_back(std::move(e));
    sorted_ = false;
  }

  // Sorts the table; lookups before Finish() see nothing.
  void Finish() {
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const Entry& a, const Entry& b) { return a.words.front() < b.words.front(); });
    by_last_.resize(entries_.size());
    for (std::size_t k = 0; k < entries_.size(); ++k) by_last_[k] = static_cast<std::uint32_t>(k);
    std::stable_sort(by_last_.begin(), by_last_.end(), [&](std::uint32_t a, std::uint32_t b) {
      return entries_[a].words.back() < entries_[b].words.back();
    });
    sorted_ = true;
  }

  // The longest phrase starting at tokens[i] that `accept(value)` takes (the first added among equals).
  template <typename Accept>
  Match Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i, Accept accept) const {
    Match best;
    if (!sorted_ || i >= tokens.size()) return best;
    const std::string& first = tokens[i].norm;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), first,
                               [](const Entry& e, const std::string& w) { return e.words.front() < w; });
    for (; it != entries_.end() && it->words.front() == first; ++it) {
      const std::size_t n = it->words.size();
      if (best.value && n <= best.end - i) continue;
      if (!MatchesAt(*it, text, tokens, i) || !accept(it->value)) continue;
      best = {&it->value, i, i + n};
    }
    return best;
  }
  Match Longest(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const {
    return Longest(text, tokens, i, [](const V&) { return true; });
  }

  // The longest phrase that ends right before token `end` and starts at or after `floor`.
  Match LongestEndingAt(std::string_view text, const std::vector<Token>& tokens, std::size_t floor,
                        std::size_t end) const {
    Match best;
    if (!sorted_ || end == 0 || end > tokens.size() || end <= floor) return best;
    const std::string& last = tokens[end - 1].norm;
    auto it = std::lower_bound(by_last_.begin(), by_last_.end(), last, [&](std::uint32_t k, const std::string& w) {
      return entries_[k].words.back() < w;
    });
    for (; it != by_last_.end() && entries_[*it].words.back() == last; ++it) {
      const Entry& e = entries_[*it];
      const std::size_t n = e.words.size();
      if (n > end - floor || (best.value && n <= best.end - best.begin)) continue;
      if (!MatchesAt(e, text, tokens, end - n)) continue;
      best = {&e.value, end - n, end};
    }
    return best;
  }

  bool Contains(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const {
    return static_cast<bool>(Longest(text, tokens, i));
  }

  // First words of every phrase, for an index of words that may start something.
  template <typename Out>
  void FirstWords(Out* out) const {
    for (const Entry& e : entries_) out->push_back(e.words.front());
  }

  template <typename Visit>
  void ForEach(Visit visit) const {
    for (const Entry& e : entries_) visit(e.words, e.value);
  }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::vector<char> glued;  // glued[k]: words k and k + 1 must touch
    V value{};
    bool caps = false;
  };

  static bool MatchesAt(const Entry& e, std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
    const std::size_t n = e.words.size();
    if (i + n > tokens.size()) return false;
    for (std::size_t k = 0; k < n; ++k) {
      if (tokens[i + k].norm != e.words[k]) return false;
      if (k > 0 && e.glued[k - 1] && !Adjacent(tokens[i + k - 1], tokens[i + k])) return false;
      if (e.caps && !IsAllCaps(text, tokens[i + k])) return false;
    }
    return true;
  }

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> by_last_;
  bool sorted_ = false;
};

// A set of single words or phrases (labels, year context words, ...).
using PhraseSet = PhraseTable<char>;

namespace lexicon_internal {

struct Dimension {
  std::string id;
  std::string base;
  bool is_signed = false;  // values may be below zero ("-5C"): "less than X" starts at -inf, not 0
};

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

  std::vector<std::string> number_starters;  // sorted: words that may begin a figure (a fast reject)

  const Dimension* FindDimension(std::string_view id) const;
  const UnitDefinition& Unit(std::size_t index) const { return units[index]; }
  bool IsSigned(std::string_view dimension) const;
  bool MayStartNumber(std::string_view word) const {
    return std::binary_search(number_starters.begin(), number_starters.end(), word);
  }
};

}  // namespace lexicon_internal

const lexicon_internal::Tables& LexiconTables(const Lexicon& lexicon);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_LEXICON_TABLES_H_
