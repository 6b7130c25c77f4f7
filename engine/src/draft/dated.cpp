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
  while (i < s.tokens.size() && i < verb + 5 &&
         (s.cls[i] == Class::kFunction || s.cls[i] == Class::kFigure || s.cls[i] == Class::kDate)) {
    ++i;
  }
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


bool IsAuxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" ||
         w == "been" || w == "be" || w == "will" || w == "would";
}

bool Present(std::string_view w) {
  if (w.size() < 4 || w.back() != 's' || !IsListedVerb(w)) return false;
  const std::string base(w.substr(0, w.size() - 1));
  return IsListedVerb(base) || IsListedVerb(base.substr(0, base.size() - 1));
}

bool Reported(const Sentence& s, const DateAt& d, std::size_t verb) {
  const std::size_t from = std::min(d.last, verb), to = std::max(d.first, verb);
  for (std::size_t i = from; i < to; ++i) {
    if (words::IsReportingVerb(s.tokens[i].norm)) return true;
  }
  return false;
}

bool IsMeetVerb(std::string_view verb) {
  std::vector<std::string> group;
  AddSynonyms(verb, &group);
  return std::find(group.begin(), group.end(), "met") != group.end();
}

bool EndsWith(std::string_view w, std::string_view end) {
  return w.size() > end.size() && w.substr(w.size() - end.size()) == end;
}

// The forms of a verb's group that tell of a past event: "raised", "lifted", "rose", "touched down", "landing";
// not its present or noun forms ("rise", "rate rises": "this cycle of rate rises" is several other events).
void KeepTold(std::string_view source_word, std::vector<std::string>* triggers) {
  std::vector<std::string> kept;
  for (const std::string& t : *triggers) {
    const std::string first = t.substr(0, t.find(' '));
    const bool has_present = IsListedVerb(first + "s") || IsListedVerb(first + "es");
    const bool told = EndsWith(first, "ed") || EndsWith(first, "ing") || (IsListedVerb(first) && !has_present &&
                                                                           !EndsWith(first, "s"));
    if (t == source_word || told) kept.push_back(t);
  }
  *triggers = std::move(kept);
}

struct Who {
  std::vector<int> subjects, objects, places;
  std::string subject_noun;  // "the lander separated": the clause's own subject, unnamed
};

// Who did it and where: named subjects before the verb, objects after it, places after a preposition (and a
// place the verb takes as its object: "visited the Hiroshima Peace Memorial Museum").
Who WhoOf(const Draft& draft, const Sentence& s, const DateAt& d, std::size_t verb) {
  Who w;
  const std::size_t at = verb != kNone ? verb : d.first;
  for (int e : ClauseActors(draft, s, at)) {
    const DraftEntity& entity = draft.entities[static_cast<std::size_t>(e)];
    std::size_t first = 0;
    NameForm form = NameForm::kName;
    for (const Mention& m : s.mentions) {
      if (m.entity == e && SameClause(s, m.first, at)) first = m.first, form = m.form;
    }
    if (verb != kNone && first > verb) {
      if (IsPlaceKind(entity.kind) && entity.written) w.places.push_back(e);
      else if (form == NameForm::kName) w.objects.push_back(e);
    } else {
      w.subjects.push_back(e);
    }
  }
  for (int p : ClausePlaces(draft, s, d.first)) w.places.push_back(p);
  if (verb != kNone) {
    for (int p : ClausePlaces(draft, s, verb)) w.places.push_back(p);
  }
  // ", in Athens": a place in the clause right after.
  const std::size_t next = d.last < s.tokens.size() && s.tokens[d.last].norm == "," ? d.last + 1 : s.tokens.size();
  if (next < s.tokens.size()) {
    for (int p : ClausePlaces(draft, s, next)) w.places.push_back(p);
  }
  if (verb != kNone) {
    std::size_t v = verb;  // "the euro was launched": past the auxiliaries
    while (v > 0 && s.cls[v - 1] == Class::kFunction && IsAuxiliary(s.tokens[v - 1].norm)) --v;
    const Phrase before = PhraseEndingAt(s, v);
    if (!before.empty() && before.first > 0 && SameClause(s, before.first, v) &&
        (s.tokens[before.first - 1].norm == "the" || s.tokens[before.first - 1].norm == "its")) {
      w.subject_noun = s.tokens[before.last - 1].norm;
    }
  }
  // "... spun out of control and crashed into the Moon": the subject of the clause before.
  std::size_t start = at;
  while (start > 0 && SameClause(s, start - 1, at)) --start;
  if (w.subjects.empty() && w.subject_noun.empty() && start > 1 && s.tokens[start].norm == "and" &&
      start + 1 < s.tokens.size() && s.cls[start + 1] == Class::kVerb) {
    for (int e : ClauseActors(draft, s, start - 1)) w.subjects.push_back(e);
  }
  if (w.subjects.empty() && w.subject_noun.empty() && s.subject >= 0 &&
      !IsPlaceKind(draft.entities[static_cast<std::size_t>(s.subject)].kind)) {
    w.subjects.push_back(s.subject);
  }
  return w;
}

// The id of the country a place lies in, or "".
std::string CountryOf(const Draft& draft, int place) {
  for (int e = place, depth = 0; e >= 0 && depth < 8; ++depth) {
    const DraftEntity& entity = draft.entities[static_cast<std::size_t>(e)];
    if (entity.kind == EntityKind::kCountry) return entity.id;
    e = entity.part_of.empty() ? -1 : draft.Find(entity.part_of);
  }
  return "";
}

bool Specific(const Draft& draft, int place) {
  const EntityKind k = draft.entities[static_cast<std::size_t>(place)].kind;
  return k == EntityKind::kCity || k == EntityKind::kVenue || k == EntityKind::kRegion;
}

// What identifies the event: who did it (its named subjects; the people met, for a meeting), else its venue or
// city. Not the place when someone is named: a place in `about` could never be contradicted by another place.
std::vector<int> AboutOf(const Draft& draft, const Who& w, bool meeting) {
  std::vector<int> out;
  auto add = [&](int e) {
    if (out.size() < 2 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  auto kind = [&](int e) { return draft.entities[static_cast<std::size_t>(e)].kind; };
  for (int e : w.subjects) {
    if (kind(e) != EntityKind::kCountry) add(e);
  }
  if (meeting) {
    for (int e : w.objects) {
      if (kind(e) == EntityKind::kPerson) add(e);
    }
  }
  if (!out.empty()) return out;
  // A country's act on a place abroad ("the atomic bomb the United States dropped on the city") is told apart by
  // the place; in its own land ("Japan hosted the summit in Hiroshima") by the country, whose other cities then
  // contradict.
  const auto place = std::find_if(w.places.begin(), w.places.end(), [&](int p) { return Specific(draft, p); });
  if (place != w.places.end()) {
    const std::string country = CountryOf(draft, *place);
    const bool home = std::any_of(w.subjects.begin(), w.subjects.end(),
                                  [&](int e) { return draft.entities[static_cast<std::size_t>(e)].id == country; });
    if (!home || w.subjects.empty()) {
      add(*place);
      return out;
    }
  }
  for (int e : w.subjects) add(e);
  return out;
}

// "Last year, ... met in Moscow on Dec 28": a date that holds a finer one told of the same verb says less.
bool HoldsFiner(const Sentence& s, const DateAt& d, std::size_t verb) {
  return std::any_of(s.dates.begin(), s.dates.end(), [&](const DateAt& other) {
    return &other != &d && other.d.resolved && !other.d.since && !other.d.until &&
           other.d.range.granularity < d.d.range.granularity && d.d.range.first <= other.d.range.first &&
           other.d.range.last <= d.d.range.last && verb != kNone && VerbOf(s, other) == verb;
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
    // "Japan holds the presidency this year": a present tense tells a state, not an event. "Biden had told his
    // counterparts that Washington would support ...": what someone said, not what happened.
    if (verb != kNone && !d.d.since && (Present(s.tokens[verb].norm) || Reported(s, d, verb))) continue;
    if (HoldsFiner(s, d, verb)) continue;
    DraftFact fact;
    fact.kind = d.d.since ? FactKind::kPeriod : FactKind::kEvent;
    // "had amicable relations in the 2000s": a state over a year or a decade, no action in it.
    const bool state = verb == kNone && (d.d.range.granularity == DateGranularity::kYear ||
                                         d.d.range.granularity == DateGranularity::kDecade);
    if (state) fact.kind = FactKind::kPeriod;
    fact.position = d.d.span.begin;
    fact.statement = SentenceText(text, s);
    fact.note = DateNote(d.d, *draft);
    std::string what;
    if (verb != kNone) {
      AddTriggerWord(s.tokens[verb].norm, &fact.triggers);
      if (!d.d.since) KeepTold(s.tokens[verb].norm, &fact.triggers);
      what = s.tokens[verb].norm;
      const Phrase object = ObjectOf(s, verb);
      // "raised its key interest rates by 25 basis points": the object is the figure's measure, not the event's.
      const bool measured = !object.empty() && object.last + 1 < s.tokens.size() &&
                            (s.tokens[object.last].norm == "by" || s.tokens[object.last].norm == "to") &&
                            s.cls[object.last + 1] == Class::kFigure;
      if (!object.empty() && !measured) {
        AddTriggerWord(s.tokens[object.last - 1].norm, &fact.triggers);
        if (object.last - object.first >= 2) AddUnique(Norms(s, object.first, object.last), &fact.triggers);
        what += " " + Norms(s, object.first, object.last);
      }
    } else {
      // "with effect from 20 September", "its next policy meeting on Sept. 19-20": the words before the date.
      std::size_t j = d.first;
      while (j > 0 && (s.cls[j - 1] == Class::kFunction || s.cls[j - 1] == Class::kName) && SameClause(s, j - 1, d.first)) {
        --j;
      }
      const Phrase before = PhraseEndingAt(s, j);
      if (before.empty()) continue;
      AddTriggerWord(s.tokens[before.last - 1].norm, &fact.triggers);
      if (before.last - before.first >= 2) AddUnique(Norms(s, before.first, before.last), &fact.triggers);
      what = Norms(s, before.first, before.last);
    }
    if (!KeepUsableTriggers(&fact.triggers)) continue;
    const Who w = WhoOf(*draft, s, d, verb);
    const bool meeting = verb != kNone && IsMeetVerb(s.tokens[verb].norm);
    for (int e : AboutOf(*draft, w, meeting)) AddEntityId(*draft, e, &fact.about_entities);
    for (int e : w.subjects) AddEntityId(*draft, e, &fact.participants);
    for (int e : w.objects) AddEntityId(*draft, e, &fact.participants);
    const std::vector<int>& places = w.places;
    if (fact.about_entities.empty()) {
      std::vector<std::string> group;
      // A group of people ("The leaders released their final communique") does not tell the event apart; what
      // they did it to does.
      const bool people = words::IsParticipantNoun(w.subject_noun) || words::IsPartNoun(w.subject_noun);
      if (!w.subject_noun.empty() && !people) AddNounForms(w.subject_noun, &group);
      if (group.empty() && verb != kNone) {
        const Phrase object = ObjectOf(s, verb);
        if (!object.empty()) AddNounForms(s.tokens[object.last - 1].norm, &group);
      }
      if (group.empty() && !s.subject_noun.empty()) AddNounForms(s.subject_noun, &group);
      KeepUsableTriggers(&group);
      if (group.empty()) continue;
      fact.about_terms.push_back(std::move(group));
    }
    if (fact.kind == FactKind::kPeriod) {
      // A state since a date ("has been part of the campaign since 2015"), not actions since it ("has raised rates
      // at every meeting since July 2022"), which would contradict every dated action.
      if (fact.participants.empty() || verb != kNone) continue;
      if (state) fact.to = range;
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
      if (!places.empty()) {
        const auto specific = std::find_if(places.begin(), places.end(), [&](int p) { return Specific(*draft, p); });
        fact.place = draft->entities[static_cast<std::size_t>(specific != places.end() ? *specific : places.front())].id;
      }
    }
    const std::string who = fact.about_entities.empty() ? "" : fact.about_entities.front() + "-";
    fact.id = Kebab(who + what, 40) + "-" + IsoDate(range);
    draft->facts.push_back(std::move(fact));
  }
}

}  // namespace claimcheck::draft
