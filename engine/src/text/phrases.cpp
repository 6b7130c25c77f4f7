// Phrase index: phrases are stored as stem sequences and bucketed by their first stem; Find probes the bucket of
// each token and compares the rest of the sequence. Stemming is deliberately minimal (plural "s" only): it must
// never merge two words a fact author would keep apart.
#include "text/phrases.h"

#include <algorithm>
#include <cctype>

#include "work_counters.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

// Gaps inside a phrase may hold words, never punctuation: "joined the Syrian war", not "joined the talks. War".
bool IsWord(const std::string& stem) {
  return !stem.empty() && (static_cast<unsigned char>(stem[0]) >= 0x80 || std::isalnum(static_cast<unsigned char>(stem[0])));
}

void StemInPlace(std::string& word) {
  const std::size_t n = word.size();
  if (n > 3 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u' && word[n - 2] != 'i') {
    word.pop_back();
  }
}

}  // namespace

std::string Stem(std::string_view norm) {
  std::string out(norm);
  StemInPlace(out);
  return out;
}

std::vector<Token> MatchTokens(std::string_view text, ByteSpan range) {
  return WithoutJoiners(Tokenize(text, range));
}

void WithoutJoiners(const std::vector<Token>& tokens, std::vector<Token>* out) {
  out->resize(static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [](const Token& t) {
    return !IsJoiner(t);
  })));  // kept tokens are assigned over the old ones: their strings' storage is reused
  std::size_t i = 0;
  for (const Token& t : tokens) {
    if (!IsJoiner(t)) (*out)[i++] = t;
  }
}

std::vector<Token> WithoutJoiners(std::vector<Token> tokens) {
  tokens.erase(std::remove_if(tokens.begin(), tokens.end(), IsJoiner), tokens.end());
  return tokens;
}

std::string NameKey(std::string_view name) {
  std::vector<Token> tokens = MatchTokens(name, ByteSpan{0, name.size()});
  std::size_t first = tokens.size() > 1 && tokens.front().norm == "the"sv ? 1 : 0;
  std::string key;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    if (i > first) key += ' ';
    key += tokens[i].norm;
  }
  return key;
}

std::vector<std::string> TokenStems(const std::vector<Token>& tokens) {
  std::vector<std::string> stems;
  TokenStems(tokens, &stems);
  return stems;
}

void TokenStems(const std::vector<Token>& tokens, std::vector<std::string>* out) {
  std::vector<std::string>& stems = *out;
  stems.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    stems[i].assign(tokens[i].norm);  // stemmed in place: no second string per token
    if (tokens[i].kind == TokenKind::kWord) StemInPlace(stems[i]);
  }
}

std::vector<std::string> PhraseStems(std::string_view phrase) {
  return TokenStems(MatchTokens(phrase, ByteSpan{0, phrase.size()}));
}

int PhraseIndex::Add(std::string_view phrase) { return AddStems(PhraseStems(phrase)); }

int PhraseIndex::AddStems(std::vector<std::string> stems) {
  if (stems.empty()) return -1;
  first_filter_.Add(stems.front());
  std::vector<int>& bucket = by_first_[stems.front()];
  for (int id : bucket) {
    if (phrases_[static_cast<std::size_t>(id)] == stems) return id;
  }
  const int id = static_cast<int>(phrases_.size());
  phrases_.push_back(std::move(stems));
  bucket.push_back(id);
  return id;
}

std::size_t PhraseIndex::MatchAt(const std::vector<std::string>& phrase, const std::vector<std::string>& stems,
                                 std::size_t start) const {
  std::size_t at = start + 1;
  for (std::size_t k = 1; k < phrase.size(); ++k) {
    std::size_t skipped = 0;
    while (at < stems.size() && stems[at] != phrase[k] && skipped < max_gap_ && IsWord(stems[at])) {
      ++at;
      ++skipped;
    }
    if (at >= stems.size() || stems[at] != phrase[k]) return 0;
    ++at;
  }
  return at;
}

std::vector<PhraseHit> PhraseIndex::Find(const std::vector<std::string>& stems) const {
  std::vector<PhraseHit> hits;
  Find(stems, &hits);
  return hits;
}

void PhraseIndex::Find(const std::vector<std::string>& stems, std::vector<PhraseHit>* out) const {
  std::vector<PhraseHit>& hits = *out;
  hits.clear();
  for (std::size_t i = 0; i < stems.size(); ++i) {
    CountWork(&WorkCounters::phrase_probes);
    if (!first_filter_.MayContain(stems[i])) continue;
    auto bucket = by_first_.find(stems[i]);
    if (bucket == by_first_.end()) continue;
    CountWork(&WorkCounters::phrase_probes, bucket->second.size());
    for (int id : bucket->second) {
      const std::size_t end = MatchAt(phrases_[static_cast<std::size_t>(id)], stems, i);
      if (end > 0) hits.push_back({id, i, end});
    }
  }
}

}  // namespace claimcheck
