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
bool IsWord(std::string_view stem) {
  return !stem.empty() && (static_cast<unsigned char>(stem[0]) >= 0x80 || std::isalnum(static_cast<unsigned char>(stem[0])));
}

// How many bytes of a word's end its stem drops: a plural "s" (not of "-ss", "-us", "-is"), else none.
std::size_t StemCut(std::string_view word) {
  const std::size_t n = word.size();
  return n > 3 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u' && word[n - 2] != 'i' ? 1 : 0;
}

}  // namespace

std::string Stem(std::string_view norm) { return std::string(norm.substr(0, norm.size() - StemCut(norm))); }

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

Stems TokenStems(const std::vector<Token>& tokens) {
  Stems stems;
  TokenStems(tokens, &stems);
  return stems;
}

void TokenStems(const std::vector<Token>& tokens, Stems* out) {
  Stems& stems = *out;
  stems.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view norm = tokens[i].norm;
    stems[i] = tokens[i].kind == TokenKind::kWord ? norm.substr(0, norm.size() - StemCut(norm)) : norm;
  }
}

Stems StemViews(const std::vector<std::string>& stems) { return Stems(stems.begin(), stems.end()); }

std::vector<std::string> PhraseStems(std::string_view phrase) {
  const std::vector<Token> tokens = MatchTokens(phrase, ByteSpan{0, phrase.size()});
  const Stems stems = TokenStems(tokens);
  return std::vector<std::string>(stems.begin(), stems.end());
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

std::size_t PhraseIndex::MatchAt(const std::vector<std::string>& phrase, const Stems& stems, std::size_t start) const {
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

std::vector<PhraseHit> PhraseIndex::Find(const Stems& stems) const {
  std::vector<PhraseHit> hits;
  Find(stems, &hits);
  return hits;
}

void PhraseIndex::Find(const Stems& stems, std::vector<PhraseHit>* out) const {
  std::vector<PhraseHit>& hits = *out;
  hits.clear();
  std::string key;  // a stem that may start a phrase, as the bucket map's key type (C++17 has no lookup by view)
  for (std::size_t i = 0; i < stems.size(); ++i) {
    CountWork(&WorkCounters::phrase_probes);
    if (!first_filter_.MayContain(stems[i])) continue;
    key.assign(stems[i]);
    auto bucket = by_first_.find(key);
    if (bucket == by_first_.end()) continue;
    CountWork(&WorkCounters::phrase_probes, bucket->second.size());
    for (int id : bucket->second) {
      const std::size_t end = MatchAt(phrases_[static_cast<std::size_t>(id)], stems, i);
      if (end > 0) hits.push_back({id, i, end});
    }
  }
}

}  // namespace claimcheck
