// Role facts: a person named with an office of the engine's office table ("ECB President Christine Lagarde",
// "Hulusi Akar, Turkiye's Defense Minister", "S. Somanath, chairman of the Indian Space Research Organisation"),
// with whose office it is (the name right before the title, or after "of"). The term starts where the report
// says so ("who has led the bank since November 2019"). Generic titles ("leader", "chief") and "former" or
// "deputy" ones name no office and are left out; so is a title without whose office it is ("U.S." is not in the
// gazetteer), as a role must say of what.
#include <algorithm>

#include "draft/internal.h"
#include "match/words.h"
#include "names/offices.h"
#include "text/phrases.h"

namespace claimcheck::draft {
namespace {

bool IsPerson(const Draft& draft, const Mention* m) {
  return m && draft.entities[static_cast<std::size_t>(m->entity)].kind == EntityKind::kPerson;
}

// The person a title is given to: right after it, or before it with a comma ("Akar, Turkiye's Defense Minister").
const Mention* PersonOf(const Draft& draft, const Sentence& s, const OfficeMention& o) {
  const Mention* after = MentionAt(s, o.last_token);
  if (IsPerson(draft, after) && after->first == o.last_token) return after;
  // Back over "the", the qualifier and a comma to the name.
  std::size_t i = o.first_token;
  while (i > 0 && (s.tokens[i - 1].norm == "the" || s.cls[i - 1] == Class::kName) && i + 6 > o.first_token) {
    const Mention* m = MentionAt(s, i - 1);
    if (m && IsPerson(draft, m)) break;
    i = m ? m->first : i - 1;
  }
  if (i >= 2 && s.tokens[i - 1].norm == ",") {
    const Mention* m = MentionAt(s, i - 2);
    if (IsPerson(draft, m)) return m;
  }
  return nullptr;
}

// Whose office: the name right before the title ("Japanese", "India's", "ECB"), or "of (the) X" after it.
const Mention* QualifierOf(const Draft& draft, const Sentence& s, const OfficeMention& o) {
  if (o.first_token > 0) {
    const Mention* m = MentionAt(s, o.first_token - 1);
    if (m && !IsPerson(draft, m)) return m;
  }
  std::size_t i = o.last_token;
  if (i < s.tokens.size() && s.tokens[i].norm == "of") {
    ++i;
    if (i < s.tokens.size() && s.tokens[i].norm == "the") ++i;
    const Mention* m = MentionAt(s, i);
    if (m && !IsPerson(draft, m)) return m;
  }
  return nullptr;
}

// The entity a qualifier stands for: an organisation or a country (a capital stands for its country).
int Whose(const Draft& draft, const Mention& m) {
  const DraftEntity& e = draft.entities[static_cast<std::size_t>(m.entity)];
  if (e.kind == EntityKind::kCity && !e.part_of.empty()) return draft.Find(e.part_of);
  if (IsPlaceKind(e.kind)) return -1;
  return m.entity;
}

void AddTitles(std::string_view office, std::vector<std::string>* triggers) {
  for (std::size_t i = 0; i < words::OfficeRowCount(); ++i) {
    const words::OfficeRow& row = words::OfficeRowAt(i);
    if (row.name != office) continue;
    for (std::size_t t = row.first_title; t < row.last_title; ++t) AddUnique(std::string(words::OfficeTitle(t)), triggers);
  }
}

// "who has led the bank since November 2019": a since-date in the clause right after the person.
const DateAt* TermStart(const Sentence& s, const Mention& person, bool* lead_verb) {
  for (const DateAt& d : s.dates) {
    if (!d.d.since || !d.d.resolved || d.first < person.last || d.first > person.last + 12) continue;
    std::size_t i = d.first;
    while (i > person.last && SameClause(s, i - 1, d.first)) --i;
    if (i < s.tokens.size() && s.tokens[i].norm != "who" && i != person.last + 1) continue;
    for (std::size_t k = i; k < d.first; ++k) {
      std::vector<std::string> lead;
      AddSynonyms("led", &lead);
      if (std::find(lead.begin(), lead.end(), s.tokens[k].norm) != lead.end()) *lead_verb = true;
    }
    return &d;
  }
  return nullptr;
}

}  // namespace

void DraftRoles(std::string_view text, const Sentence& s, Draft* draft) {
  const OfficeTable& offices = BuiltinOffices();
  for (const OfficeMention& o : offices.Find(TokenStems(s.tokens))) {
    if (o.office < 0 || o.former || o.deputy) continue;
    const Mention* person = PersonOf(*draft, s, o);
    const Mention* qualifier = QualifierOf(*draft, s, o);
    if (!person || !qualifier) continue;
    const int of = Whose(*draft, *qualifier);
    if (of < 0 || !draft->entities[static_cast<std::size_t>(of)].written) continue;
    const DraftEntity& who = draft->entities[static_cast<std::size_t>(person->entity)];
    const std::string office = offices.Name(o.office);
    // One role per person and office: the first sentence that gives it.
    const bool known = std::any_of(draft->facts.begin(), draft->facts.end(), [&](const DraftFact& f) {
      return f.kind == FactKind::kRole && f.person == who.id && f.office == office;
    });
    if (known) continue;
    DraftFact fact;
    fact.kind = FactKind::kRole;
    fact.position = s.tokens[o.first_token].span.begin;
    fact.statement = SentenceText(text, s);
    fact.person = who.id;
    fact.office = office;
    fact.of = draft->entities[static_cast<std::size_t>(of)].id;
    fact.about_entities = {who.id};
    AddTitles(office, &fact.triggers);
    bool lead_verb = false;
    if (const DateAt* start = TermStart(s, *person, &lead_verb)) {
      fact.from = start->d.range;
      if (lead_verb) AddSynonyms("led", &fact.triggers);
    }
    if (draft->reference) {
      const CivilDate r = *draft->reference;
      const int day = DaysFromCivil(r.year, r.month, r.day);
      fact.as_of = DateRange{day, day, DateGranularity::kDay};
      fact.note = "Held on the report's date; the report gives no end of the term.";
    }
    if (!KeepUsableTriggers(&fact.triggers)) continue;
    fact.id = Kebab(who.name, 32) + "-" + Kebab(office, 24);
    draft->facts.push_back(std::move(fact));
  }
}

}  // namespace claimcheck::draft
