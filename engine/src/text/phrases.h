// Phrase matching over a sentence's tokens: trigger words, `about` terms and office titles.
//
// A phrase is folded, tokenized and stemmed exactly like the text, so "air strikes" matches "Air-strikes" and
// "incursion" matches "incursions". Lookup is one hash probe per token (keyed by a phrase's first stem), so the
// cost per sentence does not grow with the number of phrases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/text.h"
#include "text/word_filter.h"

namespace claimcheck {

// Light stemming shared by phrases and text: a plural "s" goes ("airstrikes" -> "airstrike"), nothing else.
std::string Stem(std::string_view norm);

// Tokens of a sentence without the hyphens that join words ("al-Assad" -> al, assad), as every matcher sees them.
std::vector<Token> MatchTokens(std::string_view text, ByteSpan range);
std::vector<Token> WithoutJoiners(std::vector<Token> tokens);
// A joining hyphen: the tokens WithoutJoiners leaves out.
inline bool IsJoiner(const Token& t) { return t.kind == TokenKind::kPunct && t.norm.size() == 1 && t.norm[0] == '-'; }
// The same into `out` (its storage reused).
void WithoutJoiners(const std::vector<Token>& tokens, std::vector<Token>* out);

// How a name is looked up: its folded token norms joined by ' ', without a leading "the" ("the Kremlin" matches
// "Kremlin" too). The gazetteer's names get theirs at build time (engine/data/gazetteer_keys.cpp).
std::string NameKey(std::string_view name);

// Stems of a phrase, in order: their own strings.
std::vector<std::string> PhraseStems(std::string_view phrase);
// Stems of tokens, in order, as views of the tokens' norms (a stem is its norm or a prefix of it): valid while the
// tokens live unchanged. No string is copied: a sentence's stems cost one view per token.
using Stems = std::vector<std::string_view>;
Stems TokenStems(const std::vector<Token>& tokens);
Stems TokenStems(const std::vector<Token>&& tokens) = delete;  // the views would outlive the tokens
// The same into `out`, reusing its storage.
void TokenStems(const std::vector<Token>& tokens, Stems* out);
// Views of owned stems (PhraseStems), for a lookup.
Stems StemViews(const std::vector<std::string>& stems);

struct PhraseHit {
  int phrase = -1;               // id returned by PhraseIndex::Add
  std::size_t first_token = 0;   // half-open token range
  std::size_t last_token = 0;
};

class PhraseIndex {
 public:
  // max_gap: words that may stand between two words of a phrase ("joined the Syrian war" for "joined the
  // war"); 0 for exact phrases such as office titles.
  explicit PhraseIndex(std::size_t max_gap = 0) : max_gap_(max_gap) {}

  // Returns the phrase's id; the same stems always get the same id. Empty phrases get -1.
  int Add(std::string_view phrase);
  int AddStems(std::vector<std::string> stems);
  // Every occurrence of every phrase (overlaps included), in token order.
  std::vector<PhraseHit> Find(const Stems& stems) const;
  void Find(const Stems& stems, std::vector<PhraseHit>* out) const;  // into `out`, cleared first
  std::size_t size() const { return phrases_.size(); }

 private:
  // End (exclusive) of a match of `phrase` whose first word is at `start`, or 0 when there is none.
  std::size_t MatchAt(const std::vector<std::string>& phrase, const Stems& stems, std::size_t start) const;

  std::size_t max_gap_ = 0;
  std::vector<std::vector<std::string>> phrases_;
  std::unordered_map<std::string, std::vector<int>> by_first_;
  WordFilter<2048> first_filter_;  // the keys of by_first_: most stems of a text start no phrase
};

}  // namespace claimcheck
