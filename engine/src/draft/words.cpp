// The drafter's words: lookups into the generated tables of engine/data/draft_words.json (draft_words.inc), and the
// small pieces of morphology the drafter needs (a noun's other number, a verb's look). Every list is sorted by
// bytes, so a lookup is a binary search.
#include <algorithm>
#include <iterator>
#include <string>

#include "draft/internal.h"
#include "match/words.h"
#include "text/phrases.h"

namespace claimcheck::draft {
namespace {

#include "draft_words.inc"

template <std::size_t N>
bool In(const std::string_view (&list)[N], std::string_view word) {
  return std::binary_search(std::begin(list), std::end(list), word);
}

bool EndsWith(std::string_view word, std::string_view end) {
  return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
}

}  // namespace

bool IsFunctionWord(std::string_view norm) { return In(kFunctionWords, norm); }
bool IsWeakVerb(std::string_view norm) { return In(kWeakVerbs, norm); }
bool IsOrganizationWord(std::string_view norm) { return In(kOrganizationWords, norm); }
bool IsVenueWord(std::string_view norm) { return In(kVenueWords, norm); }
bool IsEventWord(std::string_view norm) { return In(kEventWords, norm); }
bool IsVehicleNoun(std::string_view norm) { return In(kVehicleNouns, norm); }
bool IsRegionWord(std::string_view norm) { return In(kRegionWords, norm); }
bool IsNameParticle(std::string_view norm) { return In(kNameParticles, norm); }
bool IsEventCountNoun(std::string_view norm) { return In(kEventCountNouns, norm); }
bool IsChangeWord(std::string_view norm) { return In(kChangeWords, norm); }

bool IsListedVerb(std::string_view norm) { return In(kWeakVerbs, norm) || In(kVerbForms, norm); }

bool LooksLikeVerb(std::string_view norm) {
  if (In(kNotVerbs, norm)) return false;
  if (In(kWeakVerbs, norm) || In(kVerbForms, norm)) return true;
  return norm.size() >= 5 && (EndsWith(norm, "ed") || EndsWith(norm, "ing"));
}

void AddUnique(std::string value, std::vector<std::string>* out) {
  if (value.empty() || std::find(out->begin(), out->end(), value) != out->end()) return;
  out->push_back(std::move(value));
}

void AddSynonyms(std::string_view folded, std::vector<std::string>* out) {
  std::size_t begin = 0;
  for (const unsigned short end : kSynonymGroupEnds) {
    const bool holds = std::find(kSynonymPhrases + begin, kSynonymPhrases + end, folded) != kSynonymPhrases + end;
    if (holds) {
      for (std::size_t i = begin; i < end; ++i) AddUnique(std::string(kSynonymPhrases[i]), out);
    }
    begin = end;
  }
}

void AddNounForms(std::string_view word, std::vector<std::string>* out) {
  const std::string w(word);
  AddUnique(w, out);
  if (w.size() < 3) return;
  if (EndsWith(w, "ies")) {
    AddUnique(w.substr(0, w.size() - 3) + "y", out);
  } else if (EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "sses") || EndsWith(w, "xes")) {
    AddUnique(w.substr(0, w.size() - 2), out);
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    AddUnique(w.substr(0, w.size() - 1), out);
  } else if (EndsWith(w, "y") && w.size() > 3 && std::string_view("aeiou").find(w[w.size() - 2]) == std::string::npos) {
    AddUnique(w.substr(0, w.size() - 1) + "ies", out);
  } else if (EndsWith(w, "ch") || EndsWith(w, "sh") || EndsWith(w, "ss") || EndsWith(w, "x")) {
    AddUnique(w + "es", out);
  } else if (!EndsWith(w, "s")) {
    AddUnique(w + "s", out);
  }
}

std::string Kebab(std::string_view text, std::size_t max_length) {
  const std::string folded = Fold(text);
  std::string out;
  for (const char c : folded) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.size() > max_length) {
    const std::size_t cut = out.rfind('-', max_length);
    out.resize(cut == std::string::npos || cut == 0 ? max_length : cut);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  return out;
}

bool CommonPhrase(std::string_view phrase) {
  const std::vector<Token> tokens = MatchTokens(phrase, ByteSpan{0, phrase.size()});
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord) continue;
    // "peoples" matches "people" (the matcher drops a plural -s): as common as the word it matches.
    const std::string stem = Stem(t.norm);
    if (!words::IsCommonWord(t.norm) && !words::IsCommonWord(stem) && !words::IsCommonWord(stem + "s")) return false;
  }
  return true;
}

}  // namespace claimcheck::draft
