// Quantity and count facts from a sentence's figures. A figure is said of something: the noun phrase before it
// ("the deposit facility rate to 4.00%", "key interest rates by 25 basis points"), the verb right before it and
// that verb's subject ("The mission cost about 6.15 billion rupees", "The lander, weighing about 1,750 kg"), the
// subject of a copula ("Inflation ... was 5.3%"), or the noun after it ("eight invited countries", "three major
// military incursions"). Those words become the fact's measure and triggers; `about` is who or what the
// statement is about (an entity of the clause, else the words that set the measure apart), and a year or month
// in the figure's clause ("3.2% in 2024") is required too. A figure whose subject the drafter cannot tell, a
// comparison point ("up from 5.4%") and an age are left out.
#include <algorithm>
#include <cmath>

#include "draft/figures.h"
#include "match/words.h"

namespace claimcheck::draft {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool IsLinkPreposition(std::string_view w) {
  return w == "by" || w == "to" || w == "at" || w == "of" || w == "for" || w == "with" || w == "around" ||
         w == "about" || w == "near" || w == "over" || w == "under";
}

bool IsCopula(std::string_view w) {
  return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" || w == "stood" ||
         w == "stands" || w == "remained" || w == "remains" || w == "reached" || w == "totalled" || w == "totaled";
}

// Words between a measure and its figure that name no measure: "a range of", "a record", "a cumulative".
bool IsTransparent(std::string_view w) {
  return w == "range" || w == "total" || w == "level" || w == "record" || w == "cumulative" || w == "sum" ||
         w == "peak" || w == "maximum" || w == "minimum" || w == "high" || w == "low" || w == "combined" ||
         w == "further" || w == "additional" || w == "estimated";
}

// "up from 5.4%", "more than in 2019", "compared with": the figure is a point of comparison.
bool Comparison(const Sentence& s, const FigureAt& f) {
  for (std::size_t k = f.first; k > 0 && k + 3 > f.first; --k) {
    const std::string& w = s.tokens[k - 1].norm;
    if (w == "from" || w == "than" || w == "compared" || w == "versus" || w == "vs") return true;
    if (s.cls[k - 1] != Class::kFunction) break;
  }
  return false;
}

// A hyphenated adjective ("six-wheeled"): the figure describes a noun, it counts nothing.
bool HyphenAdjective(std::string_view text, const Sentence& s, const FigureAt& f) {
  if (f.q.dimension != "count" || f.last >= s.tokens.size()) return false;
  const Token& a = s.tokens[f.last - 1];
  const Token& b = s.tokens[f.last];
  return b.span.begin == a.span.end + 1 && text[a.span.end] == '-';
}

// The first content phrase of the clause holding token `at` (its subject), skipping an owner in the possessive
// ("The bank's target": owner "bank", phrase "target").
Phrase ClauseSubject(const Sentence& s, std::size_t at, std::string* owner) {
  std::size_t i = at;
  while (i > 0 && SameClause(s, i - 1, at)) --i;
  for (; i < at; ++i) {
    if (s.cls[i] != Class::kContent) continue;
    Phrase p = PhraseStartingAt(s, i);
    if (p.empty()) continue;
    if (s.tokens[p.last - 1].possessive) {
      *owner = s.tokens[p.last - 1].norm;
      i = p.last - 1;
      continue;
    }
    return p;
  }
  return {};
}


bool IsArticle(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "new" || w == "another" || w == "its" || w == "their";
}

// "the rate on the main refinancing operations": the measure is the rate, told apart by what follows "on the".
void RateOn(const Sentence& s, FigureContext* c) {
  const std::size_t b = c->measure.first;
  if (b >= 3 && s.tokens[b - 1].norm == "the" && (s.tokens[b - 2].norm == "on" || s.tokens[b - 2].norm == "of") &&
      s.cls[b - 3] == Class::kContent) {
    c->measure_head = s.tokens[b - 3].norm;
  }
}

// What follows the figure: the noun it counts ("eight invited countries", "140,000 people") or, for an amount,
// what it is an amount of ("a $375 million package of military aid").
void ReadAfter(std::string_view text, const Sentence& s, const FigureAt& f, FigureContext* c) {
  if (HyphenAdjective(text, s, f)) return;
  const std::size_t start = f.last;
  std::size_t k = start;
  while (k < s.tokens.size() && k < start + 3 && SameClause(s, start, k) && s.cls[k] == Class::kContent) ++k;
  c->noun = {start, k};
  if (c->noun.empty()) return;
  if (k + 1 < s.tokens.size() && s.tokens[k].norm == "of" && s.cls[k + 1] == Class::kContent) {
    c->noun_of = PhraseStartingAt(s, k + 1, 3);
  }
  // "countries that share the euro": the word that sets the noun apart.
  if (k + 2 < s.tokens.size() &&
      (s.tokens[k].norm == "that" || s.tokens[k].norm == "which" || s.tokens[k].norm == "who")) {
    std::size_t m = k + 2;  // past the clause's verb: "that share the euro"
    while (m < s.tokens.size() && m < k + 6 && s.cls[m] != Class::kContent) ++m;
    if (m < s.tokens.size() && s.cls[m] == Class::kContent) c->noun_term = s.tokens[m].norm;
  }
}

}  // namespace

// Verbs that name the measure itself: "cost", "weighs", "killed" (the cost, weight, toll of their subject).
bool NamesMeasure(std::string_view verb) {
  std::vector<std::string> group;
  AddSynonyms(verb, &group);
  for (const char* head : {"cost", "weigh", "killed", "injured", "displaced", "lasts"}) {
    if (std::find(group.begin(), group.end(), head) != group.end()) return true;
  }
  return false;
}

FigureContext ReadFigure(std::string_view text, const Sentence& s, const FigureAt& f) {
  FigureContext c;
  ReadAfter(text, s, f, &c);
  // "a three-day summit", "a 12-year war": the figure is the length of what follows it.
  const ByteSpan unit = f.q.unit_span;
  if (!c.noun.empty() && unit.begin > 0 && unit.begin < text.size() && text[unit.begin - 1] == '-' &&
      f.q.dimension != "count") {
    c.length_of = true;
    return c;
  }
  std::size_t j = f.first;
  while (j > 0 && s.cls[j - 1] == Class::kFunction && IsArticle(s.tokens[j - 1].norm)) --j;
  if (j > 0 && s.cls[j - 1] == Class::kFunction && IsLinkPreposition(s.tokens[j - 1].norm)) c.prep = s.tokens[--j].norm;
  if (!c.prep.empty() && j > 0 && s.tokens[j - 1].norm == ",") --j;  // "cut its growth forecasts, to 0.7%"
  for (int hop = 0; hop < 3 && j > 0; ++hop) {
    std::size_t k = j;
    while (k > 0 && s.cls[k - 1] == Class::kFunction && k + 3 > j) --k;
    if (k > 0 && s.cls[k - 1] == Class::kContent && IsTransparent(s.tokens[k - 1].norm)) {
      j = k - 1;
      while (j > 0 && s.cls[j - 1] == Class::kFunction && IsLinkPreposition(s.tokens[j - 1].norm)) --j;
      continue;
    }
    break;
  }
  while (j > 0 && s.cls[j - 1] == Class::kFunction && IsArticle(s.tokens[j - 1].norm)) --j;  // "adding a cumulative"
  c.measure = PhraseEndingAt(s, j);
  if (!c.measure.empty()) {
    RateOn(s, &c);
    for (std::size_t k = c.measure.first; k > 0 && k + 4 > c.measure.first; --k) {
      if (s.cls[k - 1] == Class::kVerb) {
        c.verb = k - 1;
        break;
      }
      if (s.cls[k - 1] != Class::kFunction) break;
    }
  } else if (j > 0 && s.cls[j - 1] == Class::kVerb && !IsCopula(s.tokens[j - 1].norm)) {
    c.verb = j - 1;
    // The verb's subject: "The lander, weighing", "a rover named Pragyan that weighs", "inflation averaging".
    std::size_t k = c.verb;
    while (k > 0 && k + 4 > c.verb && SameClause(s, k - 1, c.verb) &&
           (s.cls[k - 1] == Class::kFunction || s.tokens[k - 1].norm == ",")) {
      --k;
    }
    if (const Mention* m = k > 0 ? MentionAt(s, k - 1) : nullptr) {
      c.owner = m->entity;
    } else {
      const Phrase subject = PhraseEndingAt(s, k);
      if (!subject.empty() && !SameClause(s, subject.first, c.verb)) {
        // another clause's words
      } else if (!subject.empty() && (NamesMeasure(s.tokens[c.verb].norm) || f.q.dimension == "count")) {
        c.owner_noun = s.tokens[subject.last - 1].norm;  // "The mission cost": the cost of the mission
      } else if (!subject.empty()) {
        c.measure = subject;  // "inflation averaging 5.6%": inflation
        RateOn(s, &c);
      }
    }
  } else if (j > 0 && IsCopula(s.tokens[j - 1].norm)) {
    c.measure = ClauseSubject(s, j - 1, &c.owner_noun);
  }
  return c;
}

bool Empty(const FigureContext& c) { return c.measure.empty() && c.verb == kNone && c.noun.empty(); }

std::vector<std::string> MeasureVariants(const Sentence& s, const FigureContext& c) {
  std::vector<std::string> out;
  if (c.measure.empty()) return out;
  const std::size_t n = c.measure.last - c.measure.first;
  if (!c.measure_head.empty()) {
    // "rate on the marginal lending facility": "marginal lending facility rate", "marginal lending rate",
    // "marginal lending facility".
    AddUnique(Norms(s, c.measure.first, c.measure.last) + " " + c.measure_head, &out);
    if (n >= 2) AddUnique(Norms(s, c.measure.first, c.measure.last - 1) + " " + c.measure_head, &out);
    if (n >= 2) AddUnique(Norms(s, c.measure.first, c.measure.last), &out);
    return out;
  }
  if (n >= 2) {
    AddUnique(Norms(s, c.measure.first, c.measure.last), &out);
    AddUnique(s.tokens[c.measure.first].norm + " " + s.tokens[c.measure.last - 1].norm, &out);
  }
  return out;
}

bool MeasureFirst(const FigureContext& c, const Quantity& q) {
  return !c.measure.empty() && (c.noun.empty() || ((c.prep.empty() || c.prep == "by") && q.dimension != "count"));
}

std::string MeasureText(std::string_view text, const Sentence& s, const FigureContext& c, const Quantity& q) {
  if (MeasureFirst(c, q)) {
    std::string m = Fold(Words(text, s, c.measure.first, c.measure.last));
    if (!c.measure_head.empty()) m = c.measure_head + " on the " + m;
    return m;
  }
  if (c.length_of) return "length of the " + Fold(Words(text, s, c.noun.first, c.noun.last));
  if (!c.noun.empty()) {
    std::string m = Fold(Words(text, s, c.noun.first, c.noun.last));
    if (!c.noun_of.empty()) m += " of " + Fold(Words(text, s, c.noun_of.first, c.noun_of.last));
    if (c.verb != kNone && NamesMeasure(s.tokens[c.verb].norm)) m += " " + s.tokens[c.verb].norm;
    return m;
  }
  if (c.verb != kNone) return s.tokens[c.verb].norm;
  return "figure";
}

void DraftFigures(std::string_view text, const Sentence& s, Draft* draft) {
  FigureContext previous;
  const FigureAt* previous_figure = nullptr;
  bool comparing = false;
  for (const FigureAt& f : s.figures) {
    if (f.q.is_ordinal || MentionAt(s, f.first)) continue;
    const bool listed = f.first > 0 && (s.tokens[f.first - 1].norm == "," || s.tokens[f.first - 1].norm == "and");
    // "up from 5.4% and 3.0%": a point of comparison, and the figures listed with it.
    comparing = Comparison(s, f) || (comparing && listed);
    if (comparing) continue;
    FigureContext c = ReadFigure(text, s, f);
    // "5.6% this year, 3.2% in 2024 and 2.1% in 2025", "6.15 billion rupees ($75 million)": a figure with nothing
    // of its own continues the one before it.
    const bool continues = previous_figure && f.first > 0 &&
                           (s.tokens[f.first - 1].norm == "," || s.tokens[f.first - 1].norm == "and" ||
                            s.tokens[f.first - 1].norm == "(");
    const bool converted = previous_figure && f.first > 0 && s.tokens[f.first - 1].norm == "(" &&
                           f.first == previous_figure->last + 1;
    if ((Empty(c) || converted) && continues) {
      const Phrase noun = c.noun;
      c = previous;
      if (!noun.empty()) c.noun = noun;
      c.converted = converted;
    }
    if (Empty(c)) continue;
    AddFigureFact(text, s, f, c, draft);
    previous = c;
    previous.converted = false;
    previous_figure = &f;
  }
}

}  // namespace claimcheck::draft
