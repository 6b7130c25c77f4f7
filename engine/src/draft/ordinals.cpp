// Ordinal facts: "the 49th G7 summit", "the fourth country to achieve a soft landing", "the euro zone's 20th
// member", "for the seventh time". The series is what follows the rank (or, for "for the Nth time", what the
// clause's verb does); its triggers are its noun and the sentence's verb. "The first X since Y" and "the first
// time in 11 years" rank nothing and are left out. "Its tenth consecutive increase" also says how many there were
// in a row: a count fact.
#include <algorithm>

#include "draft/internal.h"

namespace claimcheck::draft {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxSeriesWords = 12;

bool IsDeterminer(const Token& t) {
  return t.possessive || t.norm == "the" || t.norm == "its" || t.norm == "their" || t.norm == "his" ||
         t.norm == "her" || t.norm == "our";
}

bool InARow(std::string_view w) { return w == "consecutive" || w == "straight" || w == "successive"; }

// "the first ... since 1976", "the first time in 11 years": no rank in a series.
bool FirstSince(const Sentence& s, const FigureAt& f) {
  for (std::size_t i = f.last; i < s.tokens.size() && SameClause(s, f.first, i); ++i) {
    if (s.tokens[i].norm == "since") return true;
    if (s.tokens[i].norm == "in" && i + 1 < s.tokens.size() && s.cls[i + 1] == Class::kFigure) return true;
  }
  for (const DateAt& d : s.dates) {
    if (d.d.since && d.first >= f.last && SameClause(s, f.first, d.first)) return true;
  }
  return false;
}

// The words after the rank, up to the end of its clause: "consecutive increase", "country to land a spacecraft
// near the Moon's south pole".
bool Joins(std::string_view w) {
  return w == "to" || w == "of" || w == "on" || w == "in" || w == "near" || w == "at" || w == "a" || w == "an" ||
         w == "the" || w == "for" || w == "from";
}

std::pair<std::size_t, std::size_t> SeriesAfter(const Sentence& s, std::size_t from) {
  std::size_t end = from;
  while (end < s.tokens.size() && end < from + kMaxSeriesWords && SameClause(s, from, end)) {
    const Class c = s.cls[end];
    if (c == Class::kDate || c == Class::kPunct || c == Class::kFigure) break;
    if (c == Class::kFunction && !Joins(s.tokens[end].norm)) break;
    // "the 49th G7 summit was hosted by": the series ends at its clause's verb; "country to land" goes on.
    if (c == Class::kVerb && !(end > from && s.tokens[end - 1].norm == "to")) break;
    ++end;
  }
  while (end > from && s.cls[end - 1] == Class::kFunction) --end;
  return {from, end};
}

// "holds the rotating G7 presidency ... for the seventh time": the verb and what it holds.
std::pair<std::size_t, std::size_t> ObjectOf(const Sentence& s, std::size_t verb) {
  std::size_t i = verb + 1;
  while (i < s.tokens.size() && s.cls[i] == Class::kFunction) ++i;
  std::size_t end = i;
  while (end < s.tokens.size() && end < i + 5 &&
         (s.cls[end] == Class::kContent || s.cls[end] == Class::kName || s.cls[end] == Class::kVerb)) {
    ++end;
  }
  return {i, end};
}

// The series' noun: the last content word of the first run of content words ("consecutive increase" ->
// "increase", "G7 summit" -> "summit", "country to land ..." -> "country"); kNone when the series is a name.
std::size_t HeadOf(const Sentence& s, std::size_t first, std::size_t last) {
  std::size_t i = first;
  while (i < last && s.cls[i] != Class::kContent) {
    if (s.cls[i] == Class::kFunction) return kNone;
    ++i;
  }
  if (i >= last) return kNone;
  while (i + 1 < last && s.cls[i + 1] == Class::kContent) ++i;
  return i;
}

std::size_t MainVerbBefore(const Sentence& s, std::size_t token) {
  for (std::size_t j = token; j > 0; --j) {
    if (s.cls[j - 1] == Class::kVerb && !IsWeakVerb(s.tokens[j - 1].norm)) return j - 1;
  }
  return kNone;
}

void AddCount(const Sentence& s, const FigureAt& f, const DraftFact& ordinal, std::size_t head, Draft* draft) {
  if (ordinal.about_entities.empty() || !draft->reference || head == kNone) return;
  DraftFact count;
  count.kind = FactKind::kCount;
  count.position = ordinal.position + 1;
  count.statement = ordinal.statement;
  count.counted = ordinal.series;
  count.actor = ordinal.about_entities.front();
  count.about_entities = ordinal.about_entities;
  DraftValue v;
  v.value = f.q.low;
  v.label = std::to_string(static_cast<long long>(f.q.low)) + " in a row";
  count.values.push_back(v);
  const CivilDate r = *draft->reference;
  const int day = DaysFromCivil(r.year, r.month, r.day);
  count.to = DateRange{day, day, DateGranularity::kDay};
  count.triggers = {"times in a row", "in a row", "consecutive", "straight", "successive"};
  AddNounForms(s.tokens[head].norm, &count.triggers);
  count.note = "Drafted from the rank (\"" + ordinal.series + "\"): as many in a row up to the report's date.";
  count.id = ordinal.id + "-in-a-row";
  if (KeepUsableTriggers(&count.triggers)) draft->facts.push_back(std::move(count));
}

}  // namespace

void DraftOrdinals(std::string_view text, const Sentence& s, Draft* draft) {
  for (const FigureAt& f : s.figures) {
    if (!f.q.is_ordinal || f.q.low < 1 || f.q.low > 10000 || f.first == 0) continue;
    const Token& before = s.tokens[f.first - 1];
    const bool nth_time = f.last < s.tokens.size() && (s.tokens[f.last].norm == "time" || s.tokens[f.last].norm == "times");
    // "the 49th summit", "its tenth", "for a tenth time"; in a headline, a rank before a name ("hold 19th
    // International Meeting on Syria").
    const bool named = f.last < s.tokens.size() && s.cls[f.last] == Class::kName;
    if (!IsDeterminer(before) && !(nth_time && before.norm == "a") && !named) continue;
    if (FirstSince(s, f)) continue;
    DraftFact fact;
    fact.kind = FactKind::kOrdinal;
    fact.position = f.q.span.begin;
    fact.statement = SentenceText(text, s);
    fact.ordinal = static_cast<int>(f.q.low);
    std::pair<std::size_t, std::size_t> series;
    const std::size_t verb = MainVerbBefore(s, f.first);
    if (nth_time) {
      if (verb == kNone) continue;
      series = ObjectOf(s, verb);
      fact.series = Fold(Words(text, s, verb, series.second));
    } else {
      series = SeriesAfter(s, f.last);
      fact.series = Words(text, s, series.first, series.second);
    }
    if (series.first >= series.second || fact.series.empty()) continue;
    const std::size_t head = HeadOf(s, series.first, series.second);
    if (head != kNone) AddTriggerWord(s.tokens[head].norm, &fact.triggers);
    const std::size_t words = series.second - series.first;
    if (!nth_time && words <= 5) AddUnique(Fold(fact.series), &fact.triggers);
    for (const Mention& m : s.mentions) {
      if (m.first < series.first || m.last > series.second) continue;
      // The series' own name is a trigger ("International Meeting", "BRICS"); a country in it is its subject only.
      const EntityKind kind = draft->entities[static_cast<std::size_t>(m.entity)].kind;
      if (kind != EntityKind::kCountry && !IsPlaceKind(kind)) AddUnique(Fold(Words(text, s, m.first, m.last)), &fact.triggers);
      AddEntityId(*draft, m.entity, &fact.about_entities);
    }
    if (verb != kNone) AddTriggerWord(s.tokens[verb].norm, &fact.triggers);
    const bool in_a_row = f.last < s.tokens.size() && InARow(s.tokens[f.last].norm);
    if (in_a_row) {
      for (const char* w : {"consecutive", "straight", "successive", "in a row"}) AddUnique(w, &fact.triggers);
    }
    if (!KeepUsableTriggers(&fact.triggers)) continue;
    if (fact.about_entities.empty()) {
      for (int a : ClauseActors(*draft, s, f.first)) AddEntityId(*draft, a, &fact.about_entities);
    }
    if (fact.about_entities.empty() && s.subject >= 0 &&
        !IsPlaceKind(draft->entities[static_cast<std::size_t>(s.subject)].kind)) {
      AddEntityId(*draft, s.subject, &fact.about_entities);
    }
    if (fact.about_entities.size() > 2) fact.about_entities.resize(2);
    for (const DateAt& d : s.dates) {
      if (d.d.resolved && !d.d.since && !d.d.until && d.d.range.granularity == DateGranularity::kDay) {
        fact.date = d.d.range;
        fact.note = DateNote(d.d, *draft);
        break;
      }
    }
    const std::vector<int> places = ClausePlaces(*draft, s, f.first);
    if (!places.empty()) fact.place = draft->entities[static_cast<std::size_t>(places.front())].id;
    fact.id = Kebab(fact.series, 40) + "-" + std::to_string(fact.ordinal);
    if (in_a_row) AddCount(s, f, fact, head, draft);
    draft->facts.push_back(std::move(fact));
  }
}

}  // namespace claimcheck::draft
