// Finding the names a report uses. Countries and capitals come from the engine's gazetteer (the EntityDictionary
// of an empty fact base). Other names are runs of capitalized words ("European Central Bank", "Luiz Inacio Lula
// da Silva", "Chandrayaan-3", "S. Somanath"), cut at office titles ("ECB President Christine Lagarde" is an
// organisation, a title and a person), and classed by their words and their neighbours: an organisation word
// ("Bank", "Council"), a venue word ("Museum"), a craft noun after it ("the Vikram lander"), a title next to it
// (a person), "the state of" before it (a region). A name the drafter cannot class is left out.
#include <algorithm>
#include <set>

#include "draft/names.h"
#include "names/offices.h"
#include "text/phrases.h"

namespace claimcheck::draft {
namespace {

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// "ECB", "ISRO", "G7", "LVM3": two or more capitals (digits allowed after the first letter).
bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 8 || !IsUpperAscii(word[0])) return false;
  int capitals = 0;
  for (char c : word) {
    if (IsUpperAscii(c)) ++capitals;
    else if (!(c >= '0' && c <= '9')) return false;
  }
  return capitals >= 2 || (capitals == 1 && word.size() >= 2 && word[1] >= '0' && word[1] <= '9');
}

// The text between two tokens is exactly `glue` ("-" in "Chandrayaan-3").
bool GluedBy(std::string_view text, const Token& a, const Token& b, std::string_view glue) {
  return b.span.begin == a.span.end + glue.size() && text.substr(a.span.end, glue.size()) == glue;
}

struct Runs {
  std::string_view text;
  const Sentence& s;
  const std::vector<bool>& covered;  // figures, dates, times, gazetteer names

  bool Word(std::size_t i) const { return i < s.tokens.size() && s.tokens[i].kind == TokenKind::kWord; }
  bool Capital(std::size_t i) const {
    return Word(i) && !covered[i] && s.tokens[i].capitalized && !IsFunctionWordCapitalized(i);
  }
  bool IsFunctionWordCapitalized(std::size_t i) const {
    const std::string& n = s.tokens[i].norm;
    return n == "the" || n == "a" || n == "an" || n == "and" || n == "but" || n == "or" || n == "on" || n == "in" ||
           n == "at" || n == "of" || n == "for" || n == "with" || n == "after" || n == "it" || n == "its";
  }
  // "S." in "S. Somanath": a single capital and a full stop, glued.
  bool Initial(std::size_t i) const {
    return Capital(i) && s.tokens[i].norm.size() == 1 && i + 1 < s.tokens.size() && s.tokens[i + 1].norm == "." &&
           s.tokens[i + 1].span.begin == s.tokens[i].span.end;
  }
  // "3" in "Chandrayaan-3", "16" in "F-16": a number glued by a hyphen to the name before it.
  bool NumberSuffix(std::size_t i) const {
    return i > 0 && i < s.tokens.size() && s.tokens[i].kind == TokenKind::kNumber &&
           GluedBy(text, s.tokens[i - 1], s.tokens[i], "-");
  }
  bool Particle(std::size_t i) const {
    return Word(i) && !covered[i] && !s.tokens[i].capitalized && IsNameParticle(s.tokens[i].norm);
  }
};

}  // namespace

std::vector<NameRun> FindNameRuns(std::string_view text, const Sentence& s, const std::vector<bool>& covered) {
  const Runs r{text, s, covered};
  std::vector<NameRun> out;
  std::size_t i = 0;
  while (i < s.tokens.size()) {
    if (!r.Capital(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.tokens.size()) {
      if (r.Initial(j)) {
        j += 2;
      } else if (r.Capital(j) || r.NumberSuffix(j)) {
        ++j;
        if (s.tokens[j - 1].possessive) break;  // "India's Prime Minister": the name ends at the possessive
      } else if (r.Particle(j)) {
        std::size_t k = j;
        while (r.Particle(k)) ++k;
        if (!r.Capital(k) || k - j > 3) break;
        j = k;
      } else {
        break;
      }
    }
    out.push_back({i, j});
    i = j;
  }
  return out;
}

std::vector<NameRun> SplitAtTitles(const Sentence& s, const std::vector<OfficeMention>& titles, NameRun run,
                                   std::vector<NameRun>* title_parts) {
  std::vector<NameRun> parts;
  std::size_t at = run.first;
  for (const OfficeMention& t : titles) {
    // A generic title inside a name is part of it ("Executive Board"); an office splits it ("ECB President X").
    if (t.office < 0 || t.last_token <= at || t.first_token >= run.last) continue;
    if (t.first_token > at) parts.push_back({at, std::max(at, t.first_token)});
    title_parts->push_back({std::max(t.first_token, at), std::min(t.last_token, run.last)});
    at = std::min(t.last_token, run.last);
  }
  if (at < run.last) parts.push_back({at, run.last});
  for (NameRun& p : parts) {
    while (p.first < p.last && IsNameParticle(s.tokens[p.first].norm) && !s.tokens[p.first].capitalized) ++p.first;
    while (p.last > p.first && IsNameParticle(s.tokens[p.last - 1].norm) && !s.tokens[p.last - 1].capitalized) --p.last;
  }
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const NameRun& p) { return p.first >= p.last; }),
              parts.end());
  return parts;
}

NameKind ClassifyName(std::string_view text, const Sentence& s, NameRun run, const std::vector<OfficeMention>& titles) {
  const std::vector<Token>& t = s.tokens;
  auto word = [&](std::size_t i) -> const std::string& { return t[i].norm; };
  const std::size_t n = run.last - run.first;
  // Its own words: an organisation, a venue, an event.
  if (IsVenueWord(word(run.last - 1)) && n >= 2) return NameKind::kVenue;
  for (std::size_t i = run.first; i < run.last; ++i) {
    if (t[i].capitalized && IsOrganizationWord(word(i))) return NameKind::kOrganization;
  }
  if (IsEventWord(word(run.last - 1)) && n >= 2) return NameKind::kEvent;
  // A craft: "the Vikram lander", "an LVM3 rocket", "F-16 fighter jets", "a rover named Pragyan", "its first lunar
  // mission, Chandrayaan-1".
  for (std::size_t k = run.last; k < t.size() && k < run.last + 2; ++k) {
    if (t[k].capitalized || t[k].kind != TokenKind::kWord) break;
    if (IsVehicleNoun(word(k))) return NameKind::kVehicle;
  }
  if (run.first >= 2 && (word(run.first - 1) == "named" || word(run.first - 1) == "called")) {
    for (std::size_t k = run.first - 1; k > 0 && k + 4 > run.first; --k) {
      if (IsVehicleNoun(word(k - 1))) return NameKind::kVehicle;
    }
  }
  if (run.first >= 2 && word(run.first - 1) == "," && IsVehicleNoun(word(run.first - 2))) return NameKind::kVehicle;
  // A person: a title right before ("President Erdogan", "Syrian leader Bashar al-Assad") or after a comma ("Hulusi
  // Akar, Turkiye's Defense Minister", "S. Somanath, chairman of ...").
  for (const OfficeMention& o : titles) {
    if (o.last_token == run.first) return NameKind::kPerson;
    if (run.last < t.size() && word(run.last) == "," && o.first_token > run.last && o.first_token <= run.last + 4) {
      bool glue = true;
      for (std::size_t k = run.last + 1; k < o.first_token; ++k) {
        glue = glue && (word(k) == "the" || word(k) == "a" || t[k].possessive || t[k].capitalized);
      }
      if (glue) return NameKind::kPerson;
    }
  }
  // A region: "the state of Andhra Pradesh", "Kherson region".
  if (run.first >= 2 && word(run.first - 1) == "of" && IsRegionWord(word(run.first - 2))) return NameKind::kRegion;
  if (run.last < t.size() && IsRegionWord(word(run.last)) && !t[run.last].capitalized) return NameKind::kRegion;
  // An acronym is an organisation ("ISRO", "BRICS").
  if (n == 1 && IsAcronym(SpanText(text, t[run.first].span))) return NameKind::kOrganization;
  // A place: after "in", "at", "from", "near", "to" and not a person's name.
  if (n <= 2 && run.first > 0) {
    const std::string& before = word(run.first - 1);
    if (before == "in" || before == "at" || before == "from" || before == "near" || before == "to") {
      return NameKind::kPlace;
    }
  }
  // Two to five plain capitalized words, no digits, not only initials ("U.S."): a person.
  bool plain = n >= 2 && n <= 6;
  bool has_word = false;
  for (std::size_t i = run.first; i < run.last; ++i) {
    plain = plain && (t[i].kind == TokenKind::kWord || t[i].norm == ".");
    has_word = has_word || (t[i].kind == TokenKind::kWord && t[i].norm.size() >= 2);
  }
  if (plain && has_word) return NameKind::kPerson;
  if (n == 1) return NameKind::kSingle;
  // "Chandrayaan-2", "Luna-25": a numbered name, of the kind of another of its series (entities.cpp).
  if (n == 2 && t[run.last - 1].kind == TokenKind::kNumber) return NameKind::kNumbered;
  return NameKind::kUnknown;
}

bool MatchesInitials(std::string_view acronym, const std::vector<Token>& name_tokens) {
  static constexpr std::string_view kNumberWords[] = {"zero", "one",   "two",   "three", "four",  "five",  "six",
                                                      "seven", "eight", "nine",  "ten",   "eleven", "twelve", "thirteen",
                                                      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                                      "nineteen", "twenty"};
  std::string initials;
  for (const Token& t : name_tokens) {
    if (t.kind != TokenKind::kWord || (!t.capitalized && IsNameParticle(t.norm))) continue;
    const auto word = std::find(std::begin(kNumberWords), std::end(kNumberWords), t.norm);
    if (word != std::end(kNumberWords)) {
      initials += std::to_string(word - std::begin(kNumberWords));
    } else {
      initials += static_cast<char>(t.norm[0] >= 'a' && t.norm[0] <= 'z' ? t.norm[0] - 'a' + 'A' : t.norm[0]);
    }
  }
  return initials.size() >= 2 && initials == acronym;
}

}  // namespace claimcheck::draft
