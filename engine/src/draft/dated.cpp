// Events and periods from a sentence's dates. A date is told of the verb of its clause (or, for an opening "On
// Friday,", of the sentence's main verb) and of what that verb does ("released their final communique on
// Saturday", "launched its full-scale invasion of Ukraine in February 2022"); who did it is the clause's named
// subject, or what the sentence's opening pronoun stands for. "Since X" makes a period ("has raised rates at every
// meeting since July 2022"). Left out: anchored dates ("a day earlier than planned"), a year or month that only
// qualifies a figure ("3.2% in 2024"), the term of an office (roles.cpp), and an event whose subject the drafter
// cannot tell.
#include <algorithm>

#include "draft/internal.h"
#include "match/words.h"

namespace claimcheck::draft {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool Strong(const Sentence& s, std::size_t i) {
  return s.cls[i] == Class::kVerb && !IsWeakVerb(s.tokens[i].norm) && !words::IsReportingVerb(s.tokens[i].norm) &&
         !IsFunctionWord(s.tokens[i].norm);
}

// The verb a date is told of: in its clause (before it first), else the sentence's next main verb.
std::size_t VerbOf(const Sentence& s, const DateAt& d) {
  for (std::size_t j = d.first; j > 0 && SameClause(s, j - 1, d.first); --j) {
    if (Strong(s, j - 1)) return j - 1;
  }
  for (std::size_t j = d.last; j < s.tokens.size() && SameClause(s, j, d.first); ++j) {
    if (Strong(s, j)) return j;
  }
  if (d.first > 3) return kNone;  // only an opening date ("On Friday, ...") reaches into the next clause
  for (std::size_t j = d.last; j < s.tokens.size(); ++j) {
    if (Strong(s, j)) return j;
    if (s.tokens[j].norm == "which" || s.tokens[j].norm == "who") break;
  }
  return kNone;
}

// What the verb does: the content words after it ("their final communique" -> "final communique").
Phrase ObjectOf(const Sentence& s, std::size_t verb) {
  std::size_t i = verb + 1;
  while (i < s.tokens.size() && (s.cls[i] == Class::kFunction || s.cls[i] == Class::kFigure) && i < verb + 4) ++i;
  return PhraseStartingAt(s, i, 3);
}

// A year or month in a clause with a figure qualifies the figure ("5.3% in August"), it dates no event.
bool QualifiesFigure(const Sentence& s, const DateAt& d) {
  const DateGranularity g = d.d.range.granularity;
  if (g != DateGranularity::kYear && g != DateGranularity::kMonth) return false;
  return std::any_of(s.figures.begin(), s.figures.end(), [&](const FigureAt& f) {
    return !f.q.is_ordinal && SameClause(s, f.first, d.first) && f.q.dimension != "duration";
  });
}

// "who has led the bank since November 2019": the term of an office, drafted with the role.
bool TermOfOffice(const Draft& draft, const Sentence& s, const DateAt& d) {
  std::size_t i = d.first;
  while (i > 0 && SameClause(s, i - 1, d.first)) --i;
  if (i < s.tokens.size() && s.tokens[i].norm == "who") return true;
  for (int e : ClauseActors(draft, s, d.first)) {
    if (draft.entities[static_cast<std::size_t>(e)].kind == EntityKind::kPerson) return true;
  }
  return false;
}

bool LooksAhead(const Sentence& s) {
  return std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
    return words::IsFutureWord(t.norm) || t.norm == "next";
  });
}

}  // namespace

void DraftDated(std::string_view text, const Sentence& s, Draft* draft) {
  for (const DateAt& d : s.dates) {
    if (!d.d.resolved || d.d.until || QualifiesFigure(s, d)) continue;
    DateRange range = d.d.range;
    const CivilDate first = CivilFromDays(range.first), last = CivilFromDays(range.last);
    if (first.year < 1000 || last.year > 9999) continue;
    if (d.d.since && TermOfOffice(*draft, s, d)) continue;
    const std::size_t verb = VerbOf(s, d);
    DraftFact fact;
    fact.kind = d.d.since ? FactKind::kPeriod : FactKind::kEvent;
    fact.position = d.d.span.begin;
    fact.statement = SentenceText(text, s);
    fact.note = DateNote(d.d, *draft);
    std::string what;
    if (verb != kNone) {
      AddTriggerWord(s.tokens[verb].norm, &fact.triggers);
      what = s.tokens[verb].norm;
      const Phrase object = ObjectOf(s, verb);
      if (!object.empty()) {
        AddTriggerWord(s.tokens[object.last - 1].norm, &fact.triggers);
        if (object.last - object.first >= 2) AddUnique(Norms(s, object.first, object.last), &fact.triggers);
        what += " " + Norms(s, object.first, object.last);
      }
    } else {
      // "with effect from 20 September", "its next policy meeting on Sept. 19-20": the words before the date.
      std::size_t j = d.first;
      while (j > 0 && s.cls[j - 1] == Class::kFunction && SameClause(s, j - 1, d.first)) --j;
      const Phrase before = PhraseEndingAt(s, j);
      if (before.empty()) continue;
      AddTriggerWord(s.tokens[before.last - 1].norm, &fact.triggers);
      if (before.last - before.first >= 2) AddUnique(Norms(s, before.first, before.last), &fact.triggers);
      what = Norms(s, before.first, before.last);
    }
    if (!KeepUsableTriggers(&fact.triggers)) continue;
    // Who: the named subject of the date's or the verb's clause, else what the sentence is about.
    std::vector<int> actors = ClauseActors(*draft, s, d.first);
    if (verb != kNone) {
      for (int a : ClauseActors(*draft, s, verb)) {
        if (std::find(actors.begin(), actors.end(), a) == actors.end()) actors.push_back(a);
      }
    }
    if (s.subject >= 0 && !IsPlaceKind(draft->entities[static_cast<std::size_t>(s.subject)].kind) &&
        std::find(actors.begin(), actors.end(), s.subject) == actors.end()) {
      actors.insert(actors.begin(), s.subject);
    }
    for (int a : actors) {
      if (fact.about_entities.size() < 2) AddEntityId(*draft, a, &fact.about_entities);
    }
    fact.participants = fact.about_entities;
    std::vector<int> places = ClausePlaces(*draft, s, d.first);
    if (places.empty() && verb != kNone) places = ClausePlaces(*draft, s, verb);
    if (fact.about_entities.empty()) {
      std::vector<std::string> group;
      if (verb != kNone) {
        const Phrase object = ObjectOf(s, verb);
        if (!object.empty()) AddNounForms(s.tokens[object.last - 1].norm, &group);
      }
      if (group.empty() && !s.subject_noun.empty()) AddNounForms(s.subject_noun, &group);
      KeepUsableTriggers(&group);
      if (group.empty()) continue;
      fact.about_terms.push_back(std::move(group));
    }
    if (fact.kind == FactKind::kPeriod) {
      if (fact.participants.empty()) continue;
      // "part of the military campaign in Syria since September 2015": the place is part of the subject.
      for (int p : places) {
        if (draft->entities[static_cast<std::size_t>(p)].kind == EntityKind::kCountry) {
          AddEntityId(*draft, p, &fact.about_entities);
        }
      }
      fact.from = range;
    } else {
      // A day without a year in a sentence that looks ahead ("next meets on 26 October") is the next one.
      if (d.d.year_inferred && draft->reference && LooksAhead(s)) {
        const CivilDate r = *draft->reference;
        const int today = DaysFromCivil(r.year, r.month, r.day);
        if (range.last < today && range.granularity == DateGranularity::kDay) {
          const CivilDate a = CivilFromDays(range.first), b = CivilFromDays(range.last);
          if (IsValidDate(a.year + 1, a.month, a.day) && IsValidDate(b.year + 1, b.month, b.day)) {
            range.first = DaysFromCivil(a.year + 1, a.month, a.day);
            range.last = DaysFromCivil(b.year + 1, b.month, b.day);
            fact.note = "The report gives no year and speaks of what is to come: the next such date after the "
                        "report's date.";
          }
        }
      }
      fact.date = range;
      if (!places.empty()) fact.place = draft->entities[static_cast<std::size_t>(places.front())].id;
    }
    const std::string who = fact.about_entities.empty() ? "" : fact.about_entities.front() + "-";
    fact.id = Kebab(who + what, 40) + "-" + IsoDate(range);
    draft->facts.push_back(std::move(fact));
  }
}

}  // namespace claimcheck::draft
