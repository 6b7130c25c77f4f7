// The fact of one figure: its unit in the lexicon's words ("percent", "basis points", "million US dollars",
// "kg", "days", or the noun it counts), its value with the source's precision (exact as written; "about N" as
// N +/- 10 %; "more than N" as N to 10 % above it, with a note; ranges as min/max; "dozens" as 24 to 99), its
// triggers, its `about`, and its kind: a count when it counts events that an actor did ("three incursions since
// 2016"), else a quantity.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "claimcheck/lexicon.h"
#include "draft/figures.h"
#include "match/words.h"

namespace claimcheck::draft {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct Unit {
  std::string name;   // as the fact base writes it
  double scale = 1;   // base units (the Quantity's) per unit of the value
};

std::string Capitalized(std::string name) {
  const std::size_t space = name.find(' ');
  if (space == std::string::npos) return name;
  if (space <= 2) {
    for (std::size_t i = 0; i < space; ++i) name[i] = static_cast<char>(name[i] - 'a' + 'A');
  } else if (name[0] >= 'a' && name[0] <= 'z') {
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
  }
  return name;
}

// The name of a lexicon unit that reads back as that unit: the shortest plural of several words, else the
// shortest plural, else the shortest name ("us dollars" -> "US dollars", "kg", "days").
std::string UnitName(const Lexicon& lexicon, const std::string& id) {
  const UnitDefinition* u = lexicon.FindUnit(id);
  if (!u) return "";
  std::string best;
  int best_rank = 99;
  auto named = [&](const std::string& n) { return std::find(u->names.begin(), u->names.end(), n) != u->names.end(); };
  if (named(id) && id.size() <= 3) return id;  // "kg", "km"
  if (named(id + "s")) return id + "s";        // "days", "months"
  if (named(id)) return id;                    // "percent"
  for (const std::string& n : u->names) {
    if (n.find('.') != std::string::npos || lexicon.ParseUnit(n).unit != id) continue;
    const bool plural = !n.empty() && n.back() == 's';
    const bool words = n.find(' ') != std::string::npos;
    const bool letters = std::any_of(n.begin(), n.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    const int rank = !letters ? 3 : (words && plural) ? 0 : plural ? 1 : 2;
    if (rank < best_rank || (rank == best_rank && n.size() < best.size())) best = n, best_rank = rank;
  }
  return best;
}

Unit UnitOf(const Sentence& s, const FigureAt& f, const FigureContext& c) {
  const Lexicon& lexicon = Lexicon::BuiltIn();
  const Quantity& q = f.q;
  if (q.dimension == "count") {
    if (!c.noun.empty()) {
      // "one lunar day": a unit the lexicon does not know is no noun to count.
      const std::string noun = s.tokens[c.noun.last - 1].norm;
      if (lexicon.ParseUnit(noun).dimension != "count") return {};
      return {noun, 1};
    }
    // "killing dozens": a toll counts people.
    std::vector<std::string> kill;
    AddSynonyms("killed", &kill);
    if (c.verb != kNone && std::find(kill.begin(), kill.end(), s.tokens[c.verb].norm) != kill.end()) {
      return {"people", 1};
    }
    return {};
  }
  if (q.unit.empty()) return {};
  if (q.dimension == "money") {
    const double size = std::max(std::abs(q.low), std::isfinite(q.high) ? std::abs(q.high) : 0.0);
    const std::string name = Capitalized(UnitName(lexicon, q.unit));  // "US dollars", "Indian rupees"
    if (name.empty()) return {};
    if (size >= 1e9) return {"billion " + name, 1e9};
    if (size >= 1e6) return {"million " + name, 1e6};
    return {name, 1};
  }
  const UnitDefinition* u = lexicon.FindUnit(q.unit);
  const std::string name = UnitName(lexicon, q.unit);
  if (!u || name.empty()) return {};
  return {name, u->factor > 0 ? u->factor : 1};
}

double Rounded(double v) {
  if (!std::isfinite(v) || v == 0) return v;
  const double magnitude = std::pow(10.0, std::floor(std::log10(std::abs(v))) - 11);
  return std::round(v / magnitude) * magnitude;
}

// The value as written: "4.00" is 4, "25" is 25 (in the unit: 25 basis points), "$375 million" is 375.
DraftValue ValueOf(std::string_view text, const FigureAt& f, const Unit& unit, std::string* note) {
  const Quantity& q = f.q;
  DraftValue v;
  v.label = std::string(SpanText(text, ByteSpan{q.span.begin, std::max(q.span.end, q.unit_span.end)}));
  const double low = q.low / unit.scale, high = q.high / unit.scale;
  const bool open_high = !std::isfinite(q.high), open_low = !std::isfinite(q.low) || (q.low == 0 && q.high_open);
  if (q.vague) {
    v.form = DraftValue::Form::kRange;
    v.min = Rounded(low);
    v.max = Rounded(std::isfinite(high) ? high : low * 10);
    *note = "\"" + v.label + "\" is read as " + std::to_string(static_cast<long long>(*v.min)) + " to " +
            std::to_string(static_cast<long long>(*v.max)) + ".";
    return v;
  }
  if (open_high && std::isfinite(low)) {
    v.form = DraftValue::Form::kRange;
    v.min = Rounded(low);
    v.max = Rounded(low * 1.1);
    *note = "\"" + v.label + "\" is read as the figure to 10 % above it: an open end would agree with any larger "
            "claim.";
    return v;
  }
  if (open_low && std::isfinite(high) && high > 0) {
    v.form = DraftValue::Form::kRange;
    v.min = Rounded(high * 0.9);
    v.max = Rounded(high);
    *note = "\"" + v.label + "\" is read as 10 % below the figure to the figure.";
    return v;
  }
  if (!std::isfinite(low) || !std::isfinite(high)) {
    v.form = DraftValue::Form::kExact;
    v.value = 0;
    v.label.clear();
    return v;
  }
  const double center = (low + high) / 2;
  const bool range = !q.hedged && low != high && SpanText(text, q.number_span).find_first_of("-–") != std::string::npos;
  const bool written_range = !q.hedged && low != high &&
                             (range || Fold(SpanText(text, q.number_span)).find(" to ") != std::string::npos ||
                              Fold(SpanText(text, q.number_span)).find(" and ") != std::string::npos);
  if (written_range) {
    v.form = DraftValue::Form::kRange;
    v.min = Rounded(low);
    v.max = Rounded(high);
    return v;
  }
  if (q.hedged) {
    // "about N" is N +/- 10 % around the written figure; "nearly N", "just over N" lean to one side of it.
    const std::optional<double> written = ParseNumber(SpanText(text, q.number_span));
    const UnitDefinition* u = q.unit.empty() || q.dimension == "money" ? nullptr : Lexicon::BuiltIn().FindUnit(q.unit);
    const double written_value = written ? *written * (u ? u->factor : 1) / unit.scale : center;
    if (center != 0 && std::abs(written_value - center) <= 1e-6 * std::abs(center)) {
      v.form = DraftValue::Form::kApprox;
      v.value = Rounded(center);
      v.tolerance = std::min(0.5, std::max(0.01, std::round(100 * (high - low) / 2 / std::abs(center)) / 100));
      return v;
    }
    v.form = DraftValue::Form::kRange;
    v.min = Rounded(low);
    v.max = Rounded(high);
    return v;
  }
  v.form = DraftValue::Form::kExact;
  // Written digits: the number's own value, not the reader's rounding interval.
  const std::optional<double> written = ParseNumber(SpanText(text, q.number_span));
  if (written && q.dimension == "percent") {
    v.value = Rounded(*written);
  } else if (written && q.dimension == "count" && *written >= 1000 && std::fmod(*written, 1000) == 0 && low < high) {
    // A round count ("500,000 dead") is an estimate to its last digit.
    v.form = DraftValue::Form::kApprox;
    v.value = Rounded(center);
    v.tolerance = std::min(0.5, std::max(0.01, std::ceil(100 * (high - low) / 2 / std::abs(center)) / 100));
  } else {
    v.value = Rounded(center);
  }
  return v;
}


std::vector<std::string> Triggers(const Sentence& s, const FigureContext& c, const Quantity& q) {
  std::vector<std::string> t;
  if (MeasureFirst(c, q)) {
    AddTriggerWord(c.measure_head.empty() ? s.tokens[c.measure.last - 1].norm : c.measure_head, &t);
    for (std::string& v : MeasureVariants(s, c)) AddUnique(std::move(v), &t);
  }
  if (c.verb != kNone) AddTriggerWord(s.tokens[c.verb].norm, &t);
  if (!c.noun.empty()) {
    AddTriggerWord(s.tokens[c.noun.last - 1].norm, &t);
    if (c.noun.last - c.noun.first >= 2) AddUnique(Norms(s, c.noun.first, c.noun.last), &t);
    if (!c.noun_of.empty()) {
      AddTriggerWord(s.tokens[c.noun_of.last - 1].norm, &t);
      if (c.noun_of.last - c.noun_of.first >= 2) AddUnique(Norms(s, c.noun_of.first, c.noun_of.last), &t);
    }
  }
  if (c.prep == "by") {
    // "raised rates by 25 basis points": a change. Its words with "by" ("raised by", "rates by"), and the nouns of
    // a change as they are ("a 25 basis point increase"); not the verb alone ("raised its main rate to 1.50%").
    std::vector<std::string> by;
    for (const std::string& w : t) {
      const std::size_t space = w.rfind(' ');
      if (IsChangeWord(space == std::string::npos ? w : w.substr(space + 1))) AddUnique(w, &by);
      AddUnique(w + " by", &by);
    }
    t = std::move(by);
  }
  // A projection's figures are predictions: its words must say so, or the checker sets predictions aside.
  for (const Token& w : s.tokens) {
    if (words::IsExpectationWord(w.norm)) AddNounForms(w.norm, &t);
  }
  return t;
}

std::string IdStem(const Draft& draft, const std::vector<std::string>& about, const std::string& measure) {
  std::string stem = about.empty() ? "" : about.front() + "-";
  const int e = about.empty() ? -1 : draft.Find(about.front());
  if (e >= 0) stem = Kebab(draft.entities[static_cast<std::size_t>(e)].name, 24) + "-";
  return stem + Kebab(measure, 40);
}

}  // namespace

void AddFigureFact(std::string_view text, const Sentence& s, const FigureAt& f, const FigureContext& c, Draft* draft) {
  const Unit unit = UnitOf(s, f, c);
  if (unit.name.empty()) return;
  DraftFact fact;
  fact.position = f.q.span.begin;
  fact.statement = SentenceText(text, s);
  fact.measure = MeasureText(text, s, c, f.q);
  fact.unit = unit.name;
  std::string value_note;
  DraftValue value = ValueOf(text, f, unit, &value_note);
  if (value.label.empty()) return;
  if (c.converted) value.note = "the report's conversion of the figure before it";
  fact.values.push_back(std::move(value));
  fact.triggers = Triggers(s, c, f.q);
  if (!KeepUsableTriggers(&fact.triggers)) return;
  // About: who the statement is about, else the words that set the measure apart; and its year or month.
  std::vector<int> actors = ClauseActors(*draft, s, f.first);
  if (c.owner >= 0) actors.insert(actors.begin(), c.owner);
  // "..., which killed an estimated 140,000 people": what the clause before was about (its named subject, else
  // the place it names).
  std::size_t start = f.first;
  while (start > 0 && SameClause(s, start - 1, f.first)) --start;
  if (actors.empty() && start > 1 && (s.tokens[start].norm == "which" || s.tokens[start].norm == "that")) {
    // "Syria's civil war, which has left ...": its subject; "the bomb the United States dropped on the city,
    // which killed ...": the place a country acted on.
    const std::vector<int> before = ClauseActors(*draft, s, start - 2);
    for (int a : before) {
      if (draft->entities[static_cast<std::size_t>(a)].kind != EntityKind::kCountry) actors.push_back(a);
    }
    if (actors.empty()) {
      for (int p : ClausePlaces(*draft, s, start - 2)) {
        if (IsPlaceKind(draft->entities[static_cast<std::size_t>(p)].kind)) actors.push_back(p);
      }
    }
    if (actors.empty()) actors = before;
  }
  const bool relative = start > 0 && (s.tokens[start].norm == "which" || s.tokens[start].norm == "that");
  if (actors.empty() && !relative && s.subject >= 0 &&
      !IsPlaceKind(draft->entities[static_cast<std::size_t>(s.subject)].kind)) {
    actors.push_back(s.subject);
  }
  for (int a : actors) {
    if (fact.about_entities.size() < 2) AddEntityId(*draft, a, &fact.about_entities);
  }
  if (fact.about_entities.empty()) {
    std::vector<std::string> group;
    // "eight invited countries": the words that set the counted noun apart.
    for (std::size_t i = c.noun.first; i + 1 < c.noun.last; ++i) AddTriggerWord(s.tokens[i].norm, &group);
    if (group.empty()) group = MeasureVariants(s, c);
    if (group.empty() && !c.noun_term.empty()) AddNounForms(c.noun_term, &group);
    if (group.empty() && !c.owner_noun.empty()) AddNounForms(c.owner_noun, &group);
    if (group.empty() && !s.subject_noun.empty()) AddNounForms(s.subject_noun, &group);
    if (group.empty() && !c.measure.empty()) AddNounForms(s.tokens[c.measure.last - 1].norm, &group);
    if (group.empty() && !c.noun.empty()) AddNounForms(s.tokens[c.noun.last - 1].norm, &group);
    KeepUsableTriggers(&group);
    if (group.empty()) return;  // no subject: any figure next to its words would be compared
    fact.about_terms.push_back(std::move(group));
  }
  // ", killing dozens" after "launched a barrage of airstrikes": the toll is the airstrikes'.
  if (!fact.about_entities.empty() && !c.owner_noun.empty() && c.verb != static_cast<std::size_t>(-1) &&
      NamesMeasure(s.tokens[c.verb].norm)) {
    std::vector<std::string> owner;
    AddNounForms(c.owner_noun, &owner);
    if (KeepUsableTriggers(&owner)) fact.about_terms.push_back(std::move(owner));
  }
  std::vector<std::string> when = TimeTerms(text, s, f.first, *draft);
  // A month is a trigger too: the checker reads "5.3% in August" as a share of something else unless "August" is one
  // of the figure's own words.
  for (const std::string& w : when) {
    if (w[0] >= 'A' && w[0] <= 'Z') AddUnique(w, &fact.triggers);
  }
  if (!when.empty()) fact.about_terms.push_back(std::move(when));
  fact.note = value_note;
  // A count of events an actor did: "has launched three major military incursions since 2016".
  const bool events = f.q.dimension == "count" && !c.noun.empty() && IsEventCountNoun(s.tokens[c.noun.last - 1].norm) && !fact.about_entities.empty();
  if (events && draft->reference && fact.values.front().form == DraftValue::Form::kExact) {
    fact.kind = FactKind::kCount;
    fact.counted = fact.measure;
    fact.actor = fact.about_entities.front();
    for (const DateAt& d : s.dates) {
      if (d.d.since && d.d.resolved && SameClause(s, d.first, f.first)) fact.from = d.d.range;
    }
    if (!fact.from) {
      const CivilDate r = *draft->reference;
      const int day = DaysFromCivil(r.year, r.month, r.day);
      fact.to = DateRange{day, day, DateGranularity::kDay};
      fact.note = "Counted up to the report's date.";
    }
  }
  fact.id = IdStem(*draft, fact.about_entities, fact.measure);
  draft->facts.push_back(std::move(fact));
}

}  // namespace claimcheck::draft
