// role: who holds which office ("Hulusi Akar is Türkiye's defence minister"). Fields: person, office, of, valid,
// as_of. A sentence claims a role by writing a title next to the person ("Turkish Defence Minister Hulusi Akar",
// "Akar, Turkey's defence minister"); what it claims is compared in this order:
//   - the term: the title holds at the time the sentence speaks of (a date in its clause, else the publication
//     date); "since 2018", "from 2018 to 2022", "became leader in 2015" claim the term itself;
//   - the office and whose it is: another office, or the same office of another country, contradicts; the same
//     office of another organisation is another role (a person may hold several) and says nothing;
//   - one holder: where an office has one holder at a time, another known person given this office while the fact
//     holds contradicts it ("Argentina captain Di María" while Messi is), unless the fact base has a role of their
//     own for it (which then judges the claim).
// "former", "ex-" and past tenses without a date ("was defence minister") are another time: not compared.
#include <algorithm>

#include "match/words.h"

#include "report/format.h"
#include "kinds/kind.h"
#include "kinds/reader.h"
#include "match/slot_rules.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

constexpr loader::FieldSpec kFields[] = {{"person", true},     {"office", true},       {"of", true},
                                         {"valid", false},     {"as_of", false},       {"predecessor", false},
                                         {"successor", false}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  r.Id(v, "person", &fact->person);
  r.String(v, "office", &fact->office);
  r.Id(v, "of", &fact->office_of);
  r.ReadSpan(v, "valid", &fact->period_from, &fact->period_to);
  fact->as_of = r.Date(v, "as_of");
  r.Id(v, "predecessor", &fact->predecessor);
  r.Id(v, "successor", &fact->successor);
}

// Clause `clause` holds a word of another role of the same person ("has led" in "Oren, who has led the party since
// 2020, became prime minister").
bool HoldsAnotherRole(const SlotContext& c, int clause) {
  const auto roles = c.facts.by_person.find(c.fact.person);
  if (roles == c.facts.by_person.end()) return false;
  for (int f : roles->second) {
    const CompiledFact& other = c.facts.facts[static_cast<std::size_t>(f)];
    if (&other == &c.fact || other.fact->kind != FactKind::kRole) continue;
    for (int trigger : other.triggers) {
      const auto [first, last] = c.s.HitsOf(trigger);
      for (const PhraseHit* h = first; h != last; ++h) {
        if (c.s.clauses.ClauseOf(h->first_token) == clause) return true;
      }
    }
  }
  return false;
}

// A verb in the past tense, as roles are told: "-ed" ("headed", "led", "chaired"), or one of the irregular forms.
bool IsPastVerb(std::string_view w) {
  static constexpr std::string_view kIrregular[] = {"ran", "held", "oversaw", "took", "became", "was", "were"};
  return (w.size() > 3 && w.substr(w.size() - 2) == "ed") || w == "led" ||
         std::find(std::begin(kIrregular), std::end(kIrregular), w) != std::end(kIrregular);
}

// The date a role phrase is about: the nearest date in its clause, outside the dateline. A date in another clause
// that holds another role's word is that role's ("Oren, who has led the party since 2020, became prime minister").
const DateAt* DateOfPhrase(const SlotContext& c, const RolePhrase& phrase, std::size_t person_token) {
  const DateAt* best = nullptr;
  std::size_t best_gap = kNone;
  const std::size_t first = c.s.TokenAt(phrase.span.begin);
  const std::size_t last = std::max(c.s.TokenAt(phrase.span.end), first + 1);
  const int clause = c.s.clauses.ClauseOf(first);
  for (const DateAt& d : c.s.dates) {
    if (ForeignDate(c, d) || !c.s.clauses.SameScope(d.first_token, person_token)) continue;
    const int date_clause = c.s.clauses.ClauseOf(d.first_token);
    if (clause >= 0 && date_clause != clause && HoldsAnotherRole(c, date_clause)) continue;
    // "Ellison, who ran Alameda as chief executive, testified on Tuesday": a role told in a relative clause has that
    // clause's time, not the time of the clause it hangs on (but "in 2019, when Sivan was chairman" has it).
    if (date_clause != clause && InRelativeClause(c.s, clause)) continue;
    const std::size_t gap = Gap(first, last, d.first_token, d.last_token);
    if (gap < best_gap) {
      best = &d;
      best_gap = gap;
    }
  }
  return best;
}

std::string Term(const Fact& fact) { return DescribePeriod(fact.period_from, fact.period_to); }

std::string OfficeText(const SlotContext& c) {
  const KnownEntity* of = c.fact.office_of >= 0
                              ? &c.facts.entities.entities()[static_cast<std::size_t>(c.fact.office_of)]
                              : nullptr;
  return c.fact.fact->office + (of ? " of " + of->name : "");
}

// The term claimed by a date next to a role: "since 2018" (a start), "from 2018 to 2022" (a span), "became ... in
// 2015" (a start), or any other date (a time at which the title holds). Adds the slot; returns false when the
// title does not hold at that time (nothing more to compare).
bool CompareTerm(SlotContext& c, const DateAt& d) {
  const Fact& fact = *c.fact.fact;
  const bool start = d.date.since || StartsSomething(c.s, d);
  // Without a term the base cannot say when the person began ("became president in 2000"): nothing to compare.
  if (!fact.period_from && !fact.period_to) return !start;
  const DateRange span = SpanOf(fact.period_from, fact.period_to);
  SlotResult r = MakeSlot("term", Verdict::kSupported, d.date.span, SpanString(c.s, d.date.span), "");
  if (start) {
    if (!fact.period_from) return false;  // when the term began is not known: the claim cannot be checked
    r.expected = OfficeText(c) + " since " + FormatDateRange(*fact.period_from);
    if (!SameAtCoarser(d.date.range, *fact.period_from)) r.verdict = Verdict::kContradicted;
    AddSlot(c, std::move(r));
    return r.verdict == Verdict::kSupported;
  }
  r.expected = OfficeText(c) + " " + Term(fact);
  const bool inside = SameAtCoarser(d.date.range, span);
  if (!inside) {
    r.verdict = Verdict::kContradicted;
    r.why = "the fact base has " + c.facts.base.FindEntity(fact.person)->name + " as " + OfficeText(c) + " " +
            Term(fact);
  }
  AddSlot(c, std::move(r));
  return inside;
}

bool HeldOn(const Fact& fact, CivilDate date) { return RoleHeldOn(fact, date); }

int Day(CivilDate d) { return DaysFromCivil(d.year, d.month, d.day); }

// Without a title: one of the fact's own words for holding the office, right after the person ("Starmer, who has
// led Labour since 2020", "Yaccarino took the helm at Twitter") or right before with "by" ("led by X").
std::optional<RolePhrase> RoleVerb(const SlotContext& c, const EntityMention& person) {
  for (int trigger : c.fact.triggers) {
    const auto [first, last] = c.s.HitsOf(trigger);
    for (const PhraseHit* h = first; h != last; ++h) {
      // A title is read as a title (FindRolePhrase); only other words here.
      if (c.s.OfficesStartingIn(h->first_token, h->first_token + 1).first !=
          c.s.OfficesStartingIn(h->first_token, h->first_token + 1).second) {
        continue;
      }
      bool tied = false;
      if (h->first_token >= person.last_token && h->first_token - person.last_token <= 4) {
        tied = true;
        for (std::size_t i = person.last_token; i < h->first_token; ++i) {
          const std::string_view w = c.s.tokens[i].norm;
          if (w != "," && !words::IsRoleGlue(w) && !words::IsPastRoleGlue(w)) tied = false;
        }
      } else if (h->last_token + 1 == person.first_token && c.s.tokens[h->last_token].norm == "by"sv) {
        tied = true;
      }
      if (!tied) continue;
      RolePhrase phrase;
      phrase.office.first_token = h->first_token;
      phrase.office.last_token = h->last_token;
      phrase.office.office = c.fact.office;
      phrase.span = c.s.TokenSpan(h->first_token, h->last_token);
      std::size_t after = h->last_token;
      if (after < c.s.tokens.size() && (c.s.tokens[after].norm == "at"sv || c.s.tokens[after].norm == "of"sv)) ++after;
      phrase.qualifier = c.s.EntityStartingAt(after);
      if (phrase.qualifier) phrase.span.end = std::max(phrase.span.end, phrase.qualifier->span.end);
      phrase.unknown_owner = !phrase.qualifier && UnknownNameAt(c.s, h->first_token, h->last_token);
      for (std::size_t i = person.last_token; i < h->first_token; ++i) {
        const std::string_view w = c.s.tokens[i].norm;
        if (w == "was" || w == "had" || w == "served") phrase.past = true;
      }
      // The verb itself in the past ("who ran Alameda", "headed", "led"): true only at a date the sentence gives.
      if (h->first_token >= person.last_token && IsPastVerb(c.s.tokens[h->first_token].norm)) phrase.past = true;
      return phrase;
    }
  }
  return std::nullopt;
}

// The title used at a time its holder's term does not cover: contradicted, with the term the fact base gives.
void AddOutsideTerm(SlotContext& c, const Fact& fact, const RolePhrase& phrase) {
  SlotResult r = MakeSlot("term", Verdict::kContradicted, phrase.span, SpanString(c.s, phrase.span),
                          OfficeText(c) + " " + Term(fact));
  r.why = "the fact base has " + c.facts.base.FindEntity(fact.person)->name + " as " + OfficeText(c) + " " +
          Term(fact) + ", not at the time of the text";
  AddSlot(c, std::move(r));
}

// "Microsoft's chairman and chief executive": titles joined by "and" are held together. The one of them that is the
// fact's office, if any, is the one judged.
RolePhrase JoinedTitle(const SlotContext& c, const RolePhrase& phrase) {
  const Sentence& s = c.s;
  const OfficeMention& title = phrase.office;
  auto joins = [&](std::size_t i) {
    return i < s.tokens.size() && (s.tokens[i].norm == "and"sv || s.tokens[i].norm == "&"sv);
  };
  const std::size_t from = title.first_token > 6 ? title.first_token - 6 : 0;
  const auto [first, last] = s.OfficesStartingIn(from, title.last_token + 2);
  for (const OfficeMention* m = first; m != last; ++m) {
    if (m->office != c.fact.office || m->office < 0) continue;
    if ((m->first_token == title.last_token + 1 && joins(title.last_token)) ||
        (title.first_token == m->last_token + 1 && joins(m->last_token))) {
      RolePhrase joined = phrase;
      joined.office = *m;
      joined.span.begin = std::min(joined.span.begin, s.tokens[m->first_token].span.begin);
      joined.span.end = std::max(joined.span.end, s.tokens[m->last_token - 1].span.end);
      return joined;
    }
  }
  return phrase;
}

void CompareOwnRole(SlotContext& c, const EntityMention& person, const RolePhrase& written) {
  const Fact& fact = *c.fact.fact;
  const RolePhrase phrase = JoinedTitle(c, written);
  const RoleVerdict verdict = JudgeRole(c.facts.entities, phrase, c.fact.office, c.fact.office_of);
  if (verdict == RoleVerdict::kSilent) return;
  const DateRange term = SpanOf(fact.period_from, fact.period_to);
  const DateAt* d = DateOfPhrase(c, phrase, person.first_token);
  if (verdict == RoleVerdict::kDifferent) {
    // Another office the fact base gives the person in a role of its own is judged there ("Labour leader Starmer"
    // is no claim against his premiership); another office at another time says nothing.
    if (phrase.office.office >= 0 && phrase.office.office != c.fact.office &&
        c.facts.HasRole(c.fact.person, phrase.office.office)) {
      return;
    }
    if (phrase.office.former || phrase.past || (d && !SameAtCoarser(d->date.range, term))) return;
    AddSlot(c, MakeSlot("role", Verdict::kContradicted, phrase.span, SpanString(c.s, phrase.span), OfficeText(c)));
    return;
  }
  if (phrase.office.former) {
    // "Former prime minister Rishi Sunak": held it, and no longer does.
    if (fact.period_to && c.reference && fact.period_to->last <= Day(*c.reference)) {
      AddSlot(c, MakeSlot("role", Verdict::kSupported, phrase.span, SpanString(c.s, phrase.span),
                          OfficeText(c) + " " + Term(fact)));
    }
    return;
  }
  if (d) {
    if (CompareTerm(c, *d)) {
      AddSlot(c, MakeSlot("role", Verdict::kSupported, phrase.span, SpanString(c.s, phrase.span), OfficeText(c)));
    }
    return;
  }
  if (phrase.past) {
    // "He had been chief executive for less than a year", after a sentence dated 27 October 2022: then.
    if (!c.previous || !c.previous->date) return;
    if (!SameAtCoarser(*c.previous->date, term)) return;
    AddSlot(c, MakeSlot("role", Verdict::kSupported, phrase.span, SpanString(c.s, phrase.span),
                        OfficeText(c) + " " + Term(fact)));
    return;
  }
  // The title used as of the publication date: before the term began it is wrong at any time the text may mean
  // ("Prime Minister Keir Starmer launched the manifesto" in June 2024); after the term ended the text may be
  // narrating the past, so that says nothing.
  if (c.reference && fact.period_from && Day(*c.reference) < fact.period_from->first) {
    AddOutsideTerm(c, fact, phrase);
    return;
  }
  if (fact.period_to) {
    // After the term: news of its end uses the title for a while ("Agrawal, Twitter's chief executive, was fired");
    // long after, the title is wrong ("ISRO chairman K. Sivan hailed the landing" nineteen months on). The time of
    // a sentence that refers back is its predecessor's date.
    constexpr int kTitleAfterTermDays = 90;
    const std::optional<DateRange> then = c.previous ? c.previous->date : std::nullopt;
    if (then) {
      if (!SameAtCoarser(*then, term)) return;
    } else if (c.reference && Day(*c.reference) > fact.period_to->last) {
      if (Day(*c.reference) <= fact.period_to->last + kTitleAfterTermDays) return;
      AddOutsideTerm(c, fact, phrase);
      return;
    }
  }
  AddSlot(c, MakeSlot("role", Verdict::kSupported, phrase.span, SpanString(c.s, phrase.span), OfficeText(c)));
}

// A pronoun standing for the person of a role fact named in the sentence before ("He had been chief executive").
std::optional<EntityMention> PronounFor(const SlotContext& c) {
  if (!c.previous ||
      std::find(c.previous->entities.begin(), c.previous->entities.end(), c.fact.person) == c.previous->entities.end()) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < c.s.tokens.size() && i < 6; ++i) {
    const std::string_view w = c.s.tokens[i].norm;
    if (w == "he" || w == "she") {
      EntityMention m;
      m.first_token = i;
      m.last_token = i + 1;
      m.span = c.s.tokens[i].span;
      m.hits.push_back({c.fact.person, NameForm::kName});
      return m;
    }
  }
  return std::nullopt;
}

// "She has been its chief executive": "its" is the fact's organisation when that is the only organisation named
// before the person, in this sentence or (when it refers back) the one before.
bool PronounIsFactsOrganization(const SlotContext& c, const EntityMention& person) {
  if (c.fact.office_of < 0) return false;
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  bool named = false;
  auto check = [&](int e) {
    const EntityKind kind = known[static_cast<std::size_t>(e)].kind;
    if (kind != EntityKind::kOrganization && kind != EntityKind::kGroup) return true;
    if (e != c.fact.office_of) return false;
    named = true;
    return true;
  };
  for (const EntityMention& m : c.s.entities) {
    if (m.first_token >= person.first_token) break;
    for (const EntityHit& h : m.hits) {
      if (!check(h.entity)) return false;
    }
  }
  if (c.previous) {
    for (int e : c.previous->entities) {
      if (!check(e)) return false;
    }
  }
  return named;
}

// The title itself names the entity ("NASA administrator" of NASA).
bool TitleNames(const Sentence& s, const OfficeMention& title, int entity) {
  return std::any_of(s.entities.begin(), s.entities.end(), [&](const EntityMention& m) {
    return m.first_token >= title.first_token && m.last_token <= title.last_token && HasEntity(m, entity);
  });
}

// Another known person given this fact's office (one holder at a time), at a time the fact holds.
void CompareOtherHolder(SlotContext& c) {
  if (c.fact.office < 0 || !c.facts.offices.OneHolder(c.fact.office)) return;
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  for (const EntityMention& m : c.s.entities) {
    if (c.s.clauses.InAnchor(m.first_token)) continue;
    for (const EntityHit& h : m.hits) {
      if (h.entity == c.fact.person || known[static_cast<std::size_t>(h.entity)].kind != EntityKind::kPerson) continue;
      if (c.facts.HasRole(h.entity, c.fact.office)) continue;
      const std::optional<RolePhrase> phrase = FindRolePhrase(c.s, m);
      if (!phrase || phrase->office.former || phrase->office.deputy || phrase->past) continue;
      if (phrase->office.office != c.fact.office || c.fact.office_of < 0) continue;
      // Whose office: a qualifier ("Turkey's", "of NASA"), or a title that names it ("NASA administrator").
      const bool qualified = phrase->qualifier ? HasEntity(*phrase->qualifier, c.fact.office_of)
                                               : TitleNames(c.s, phrase->office, c.fact.office_of);
      if (!qualified) continue;
      const DateAt* d = DateOfPhrase(c, *phrase, m.first_token);
      const Fact& fact = *c.fact.fact;
      const bool holds = d ? SameAtCoarser(d->date.range, SpanOf(fact.period_from, fact.period_to))
                           : (!c.reference || HeldOn(fact, *c.reference));
      if (!holds) continue;
      SlotResult r = MakeSlot("role", Verdict::kContradicted, m.span, SpanString(c.s, m.span),
                              c.facts.base.FindEntity(fact.person)->name + ", " + OfficeText(c));
      r.why = "the fact base has " + c.facts.base.FindEntity(fact.person)->name + " as " + OfficeText(c);
      AddSlot(c, std::move(r));
      return;
    }
  }
}

void Compare(SlotContext& c) {
  if (c.fact.person < 0) return;
  std::vector<EntityMention> people;
  for (const EntityMention& m : c.s.entities) {
    if (HasEntity(m, c.fact.person) && !c.s.clauses.InAnchor(m.first_token)) people.push_back(m);
  }
  if (people.empty()) {
    if (std::optional<EntityMention> pronoun = PronounFor(c)) people.push_back(*pronoun);
  }
  for (const EntityMention& person : people) {
    std::optional<RolePhrase> phrase = FindRolePhrase(c.s, person);
    if (!phrase) phrase = RoleVerb(c, person);
    if (!phrase) continue;
    if (phrase->pronoun_owner && !PronounIsFactsOrganization(c, person)) continue;
    const std::size_t before = c.match->slots.size();
    CompareOwnRole(c, person, *phrase);
    if (c.match->slots.size() > before) return;
  }
  CompareOtherHolder(c);
}

}  // namespace

extern const KindSpec kRoleKind{"role", FactKind::kRole, kFields, Read, Compare};

}  // namespace claimcheck
