// What every fact drafter shares: dates as the fact base writes them, notes on how a date was resolved, trigger
// words with the other ways news writes them, the entities a clause is about, and a figure's time qualifier.
#include <algorithm>
#include <cstdio>

#include "draft/internal.h"
#include "match/words.h"
#include "text/phrases.h"

namespace claimcheck::draft {
namespace {

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string Two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string Readable(CivilDate d) {
  return std::to_string(d.day) + " " + kMonths[(d.month - 1) % 12] + " " + std::to_string(d.year);
}

bool AfterPlacePreposition(const Sentence& s, const Mention& m) {
  std::size_t i = m.first;
  if (i >= 2 && (s.tokens[i - 1].norm == "the" || s.tokens[i - 1].norm == "a" || s.tokens[i - 1].norm == "an")) --i;
  if (i == 0) return false;
  const std::string& w = s.tokens[i - 1].norm;
  return w == "in" || w == "at" || w == "near" || w == "into" || w == "to" || w == "from" || w == "over" ||
         w == "across" || w == "on" || w == "inside";
}

bool Attribution(const Sentence& s, const Mention& m) {
  return m.first >= 2 && s.tokens[m.first - 2].norm == "according" && s.tokens[m.first - 1].norm == "to";
}

}  // namespace

std::string IsoDate(const DateRange& range) {
  const CivilDate d = CivilFromDays(range.first);
  switch (range.granularity) {
    case DateGranularity::kDay: return std::to_string(d.year) + "-" + Two(d.month) + "-" + Two(d.day);
    case DateGranularity::kMonth: return std::to_string(d.year) + "-" + Two(d.month);
    case DateGranularity::kYear: return std::to_string(d.year);
    case DateGranularity::kDecade: return std::to_string(d.year - ((d.year % 10) + 10) % 10) + "s";
  }
  return "";
}

std::string DateNote(const DateMention& d, const Draft& draft) {
  if (!draft.reference) return "";
  const std::string from = " from the report's date (" + Readable(*draft.reference) + ")";
  if (d.relative) return "The date is relative in the report; resolved" + from + ".";
  if (d.year_inferred) return "The report gives no year; resolved" + from + ".";
  return "";
}

void AddTriggerWord(std::string_view folded, std::vector<std::string>* triggers) {
  if (folded.empty() || IsFunctionWord(folded) || IsWeakVerb(folded)) return;
  const std::size_t before = triggers->size();
  AddSynonyms(folded, triggers);
  if (triggers->size() > before) return;
  if (LooksLikeVerb(folded)) {
    AddUnique(std::string(folded), triggers);
  } else {
    AddNounForms(folded, triggers);
  }
}

std::vector<int> ClauseActors(const Draft& draft, const Sentence& s, std::size_t token) {
  std::vector<int> out;
  // "..., who announced": the relative clause is about the name before it.
  std::size_t start = token;
  while (start > 0 && SameClause(s, start - 1, token)) --start;
  if (start < s.tokens.size() && (s.tokens[start].norm == "who" || s.tokens[start].norm == "which")) {
    std::size_t before = start;
    if (before > 0 && s.tokens[before - 1].norm == ",") --before;
    if (const Mention* m = before > 0 ? MentionAt(s, before - 1) : nullptr) {
      if (!IsPlaceKind(draft.entities[static_cast<std::size_t>(m->entity)].kind)) out.push_back(m->entity);
    }
  }
  for (const Mention& m : s.mentions) {
    if (!SameClause(s, m.first, token) || Attribution(s, m) || AfterPlacePreposition(s, m)) continue;
    const DraftEntity& e = draft.entities[static_cast<std::size_t>(m.entity)];
    // "Syrian leader Bashar al-Assad": a demonym before a title or a person qualifies them.
    if (m.form == NameForm::kDemonym && m.last < s.tokens.size() &&
        (s.tokens[m.last].capitalized || MentionAt(s, m.last) || words::IsGenericTitle(s.tokens[m.last].norm))) {
      continue;
    }
    int entity = m.entity;
    if (IsPlaceKind(e.kind)) {
      // "Moscow has been part of ...", "Ankara launched ...": a capital as the subject stands for its country.
      if (e.kind != EntityKind::kCity || e.part_of.empty()) continue;
      entity = draft.Find(e.part_of);
      if (entity < 0 || draft.entities[static_cast<std::size_t>(entity)].kind != EntityKind::kCountry) continue;
    }
    if (std::find(out.begin(), out.end(), entity) == out.end()) out.push_back(entity);
  }
  return out;
}

std::vector<int> ClausePlaces(const Draft& draft, const Sentence& s, std::size_t token) {
  std::vector<int> out;
  for (const Mention& m : s.mentions) {
    if (!SameClause(s, m.first, token) || !AfterPlacePreposition(s, m)) continue;
    const DraftEntity& e = draft.entities[static_cast<std::size_t>(m.entity)];
    if ((IsPlaceKind(e.kind) || e.kind == EntityKind::kCountry) && e.written && m.form == NameForm::kName) {
      out.push_back(m.entity);
    }
  }
  return out;
}

bool IsPlaceKind(EntityKind k) { return k == EntityKind::kCity || k == EntityKind::kRegion || k == EntityKind::kVenue; }

void AddEntityId(const Draft& draft, int entity, std::vector<std::string>* ids) {
  if (entity < 0 || static_cast<std::size_t>(entity) >= draft.entities.size()) return;
  const DraftEntity& e = draft.entities[static_cast<std::size_t>(entity)];
  if (!e.written) return;
  AddUnique(e.id, ids);
}

std::vector<std::string> TimeTerms(std::string_view text, const Sentence& s, std::size_t figure_token,
                                   const Draft& draft) {
  (void)draft;
  std::vector<std::string> out;
  // The figure's own date: right after it ("3.2% in 2024", "5.6% this year"), else right before it; the nearest.
  std::size_t figure_end = figure_token;
  while (figure_end < s.tokens.size() && s.cls[figure_end] == Class::kFigure) ++figure_end;
  const DateAt* best = nullptr;
  std::size_t best_gap = 0;
  for (const DateAt& d : s.dates) {
    if (!SameClause(s, d.first, figure_token) || d.d.since || d.d.until || !d.d.resolved) continue;
    const DateGranularity g = d.d.range.granularity;
    if (g != DateGranularity::kYear && g != DateGranularity::kMonth) continue;
    std::size_t gap = 0;
    if (d.first >= figure_end && d.first <= figure_end + 3) {
      gap = d.first - figure_end;
    } else if (d.last <= figure_token && d.last + 3 >= figure_token) {
      gap = figure_token - d.last + 4;  // after the figure first
    } else {
      continue;
    }
    if (!best || gap < best_gap) best = &d, best_gap = gap;
  }
  if (best) {
    const CivilDate c = CivilFromDays(best->d.range.first);
    if (best->d.range.granularity == DateGranularity::kYear) {
      AddUnique(std::to_string(c.year), &out);
      if (best->d.relative) AddUnique(Fold(SpanText(text, best->d.span)), &out);
    } else {
      AddUnique(kMonths[(c.month - 1) % 12], &out);
    }
  }
  return out;
}

bool KeepUsableTriggers(std::vector<std::string>* triggers) {
  triggers->erase(std::remove_if(triggers->begin(), triggers->end(),
                                 [](const std::string& t) { return t.empty() || CommonPhrase(t); }),
                  triggers->end());
  return !triggers->empty();
}

}  // namespace claimcheck::draft
