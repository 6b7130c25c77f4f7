// Evidence that a sentence is about a fact (evidence.h). Every rule reads the sentence's mentions by token
// position, so the cost per fact is a few lookups, whatever the sentence's length.
#include "match/evidence.h"

#include <algorithm>

#include "match/slot_rules.h"
#include "match/words.h"
#include "work_counters.h"
#include "outline.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

constexpr std::size_t kReferBackWindow = 4;  // "It", "Its predecessor", "The Frenchman", "But the company"

bool Contains(const std::vector<int>& list, int value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool NamesIn(const EntityDictionary& dict, const std::vector<int>& named, int entity) {
  return std::any_of(named.begin(), named.end(), [&](int e) { return e == entity || dict.Contains(entity, e); });
}

// "semi-final" is no "final", "pre-war" no "war": a hit whose first word is joined by a hyphen to the word before
// it, which the phrase does not include, names something else.
bool GluedToPrevious(const Sentence& s, const PhraseHit& hit) {
  if (hit.first_token == 0) return false;
  const Token& before = s.tokens[hit.first_token - 1];
  const Token& first = s.tokens[hit.first_token];
  return before.kind == TokenKind::kWord && first.span.begin == before.span.end + 1 &&
         s.text[before.span.end] == '-';
}

// Whether `phrase` is a trigger or an about term of the fact.
bool OwnPhrase(const CompiledFact& f, int phrase) {
  if (std::find(f.triggers.begin(), f.triggers.end(), phrase) != f.triggers.end()) return true;
  for (const std::vector<int>& group : f.about_terms) {
    if (std::find(group.begin(), group.end(), phrase) != group.end()) return true;
  }
  for (const CompiledQuantity& q : f.quantities) {
    if (std::find(q.triggers.begin(), q.triggers.end(), phrase) != q.triggers.end()) return true;
  }
  return false;
}

// The words right after the hit (past "the") name one of the fact's `about` entities: the hit is a verb and that
// entity its object ("refloated the Ever Given").
bool ObjectIsOwnSubject(const CompiledFact& f, const Sentence& s, const PhraseHit& hit) {
  std::size_t at = hit.last_token;
  const EntityMention* m = s.EntityStartingAt(at);
  if (!m && at < s.tokens.size() && s.tokens[at].norm == "the"sv) m = s.EntityStartingAt(at + 1);
  return m && std::any_of(m->hits.begin(), m->hits.end(), [&](const EntityHit& h) {
           return std::find(f.about_entities.begin(), f.about_entities.end(), h.entity) != f.about_entities.end();
         });
}

// "gaming revenue", "data-center sales jumped": a word right before the hit that another fact of the base uses
// to tell itself apart (one of its terms or triggers), and this fact does not use, makes the hit that other
// fact's ("revenue" of gaming, not the total; "jumped" of sales, not of the shares). A word the other fact groups
// with one of this fact's own terms tells nothing apart: in "the Ebola epidemic killed", "epidemic" is another
// fact's word for Ebola, the toll's own subject.
// `terms_only`: only another fact's about term tells the hit apart, not its measure word ("posted adjusted
// earnings": "posted" is a verb of the revenue's; "adjusted" stays this fact's term).
bool ModifiedByAnother(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s, const PhraseHit& hit,
                       bool terms_only = false) {
  if (hit.first_token == 0) return false;
  const auto [first, last] = s.HitsStartingIn(hit.first_token > 4 ? hit.first_token - 4 : 0, hit.first_token);
  for (const PhraseHit* h = first; h != last; ++h) {
    if (h->last_token != hit.first_token || h->phrase == hit.phrase || OwnPhrase(f, h->phrase)) continue;
    const std::vector<int>& synonyms = facts.term_synonyms[static_cast<std::size_t>(h->phrase)];
    if (std::any_of(synonyms.begin(), synonyms.end(), [&](int p) { return OwnPhrase(f, p); })) continue;
    // A name before a verb is its subject ("Chandrayaan-3 lifted off"), not a modifier.
    if (s.InsideFigure(*h) || s.tokens[h->first_token].capitalized || s.EntityCovering(h->first_token)) continue;
    if (terms_only && !facts.about_term_phrase[static_cast<std::size_t>(h->phrase)]) continue;
    if (!facts.distinguishing_phrase[static_cast<std::size_t>(h->phrase)]) continue;
    // "Salvage crews refloated the Ever Given": a verb whose object is the fact's own subject; the word before it
    // is who did it, not what it is said of.
    if (ObjectIsOwnSubject(f, s, hit)) continue;
    return true;
  }
  return false;
}

// "since the 1900 Paris Games", "its 2019 election": a year after a determiner and before the trigger (names may come
// between) says which edition of a recurring thing it is; a year outside the fact's time is another edition.
bool OtherEdition(const Fact& fact, const Sentence& s, const PhraseHit& hit) {
  std::optional<DateRange> own = fact.date;
  if (!own && (fact.period_from || fact.period_to)) own = SpanOf(fact.period_from, fact.period_to);
  if (!own) return false;
  std::size_t at = hit.first_token;
  while (at > 0 && s.tokens[at - 1].capitalized && s.EntityCovering(at - 1)) --at;
  for (const DateAt& d : s.dates) {
    if (d.last_token != at || d.first_token == 0 || d.date.range.granularity != DateGranularity::kYear) continue;
    const Token& before = s.tokens[d.first_token - 1];
    if (!before.possessive && before.norm != "the"sv && !words::IsPossessiveDeterminer(before.norm)) continue;
    return d.date.range.last < own->first || d.date.range.first > own->last;
  }
  return false;
}

// "at the Tokyo Games", "the Beijing Olympics": a name the fact base does not define (unknown, or only a place of the
// built-in gazetteer) and no phrase of it covers, between "the" and the hit, names another edition of what the hit
// names; the base defines the names of its own ("the Paris Games").
bool UnknownNameBefore(const EntityDictionary& dict, const Sentence& s, const PhraseHit& hit) {
  if (hit.first_token < 2) return false;
  std::size_t name = hit.first_token - 1;
  const Token& t = s.tokens[name];
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  if (const EntityMention* m = s.EntityCovering(name)) {
    if (std::any_of(m->hits.begin(), m->hits.end(), [&](const EntityHit& h) {
          return dict.entities()[static_cast<std::size_t>(h.entity)].in_fact_base;
        })) {
      return false;
    }
    name = m->first_token;
  } else {
    const auto [first, last] = s.HitsStartingIn(name > 4 ? name - 4 : 0, name + 1);
    if (std::any_of(first, last, [&](const PhraseHit& h) { return h.last_token > name; })) return false;
    if (std::any_of(s.dates.begin(), s.dates.end(),
                    [&](const DateAt& d) { return d.first_token <= name && name < d.last_token; })) {
      return false;
    }
  }
  return name > 0 && s.tokens[name - 1].norm == "the"sv;
}

// "the previous fiscal year", "next quarter": a term of the fact shifted to another period.
bool PeriodShifted(const Sentence& s, const PhraseHit& hit) {
  for (std::size_t i = hit.first_token > 2 ? hit.first_token - 2 : 0; i < hit.last_token; ++i) {
    if (words::IsPeriodShiftWord(s.tokens[i].norm)) return true;
  }
  return false;
}

// An about term of the fact in the sentence, as the fact's own: not inside a figure, not part of a compound
// ("semi-final"), not told apart by another fact's word ("gaming revenue"), not of another period, not part of a
// source's name ("the war monitor said").
bool HasUsableTerm(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s, int phrase) {
  const auto [first, last] = s.HitsOf(phrase);
  for (const PhraseHit* h = first; h != last; ++h) {
    if (GluedToPrevious(s, *h) || ModifiedByAnother(facts, f, s, *h, /*terms_only=*/true) || PeriodShifted(s, *h) ||
        UnknownNameBefore(facts.entities, s, *h) || facts.InSourceName(s, *h)) {
      continue;
    }
    return true;
  }
  return false;
}

// "Akar, Abbas and Gharaei Ashtiani met Shoigu": a person the fact base makes the holder of an office stands for
// the office's title among the about terms ("defence ministers").
bool NamesHolder(const CompiledFacts& facts, const Sentence& s, const std::vector<int>& offices) {
  if (offices.empty()) return false;
  for (const EntityMention& m : s.entities) {
    for (const EntityHit& h : m.hits) {
      if (std::any_of(offices.begin(), offices.end(), [&](int office) { return facts.HasRole(h.entity, office); })) {
        return true;
      }
    }
  }
  return false;
}

// The subject a possessive pronoun before token `pronoun` stands for ("Karsk lost their opening match"): the one
// entity named before it, opening the sentence, when it names one thing and is not itself possessive; else -1.
int PronounOwner(const Sentence& s, std::size_t pronoun) {
  const EntityMention* subject = nullptr;
  for (const EntityMention& m : s.entities) {
    if (m.first_token >= pronoun) break;
    if (subject) return -1;  // two names before the pronoun: which one it stands for is not read here
    subject = &m;
  }
  if (!subject || subject->first_token != 0 || subject->hits.size() != 1) return -1;
  if (s.tokens[subject->last_token - 1].possessive) return -1;
  return subject->hits.front().entity;
}

// The entity a possessive or a demonym right before a trigger gives it ("Chandrayaan-2's launch", "Russian
// airstrikes"), or a possessive pronoun standing for the sentence's subject ("Karsk lost their opening match"); -1
// when none does.
int OwnerOf(const CompiledFacts& facts, const Sentence& s, const PhraseHit& hit) {
  (void)facts;
  const EntityMention* m = s.EntityEndingAt(hit.first_token);
  if (!m || m->hits.empty()) {
    const std::size_t before = hit.first_token;
    if (before == 0 || !words::IsPossessiveDeterminer(s.tokens[before - 1].norm)) return -1;
    return PronounOwner(s, before - 1);
  }
  const bool possessive = s.tokens[m->last_token - 1].possessive;
  for (const EntityHit& h : m->hits) {
    if (possessive || h.form == NameForm::kDemonym) return h.entity;
  }
  return -1;
}

// The entities that make the fact what it is: its `about` entities, participants, place, person and winner.
bool OwnEntity(const CompiledFacts& facts, const CompiledFact& f, int entity) {
  const EntityDictionary& dict = facts.entities;
  auto own = [&](int e) { return e == entity || dict.Contains(e, entity) || dict.Contains(entity, e); };
  return std::any_of(f.about_entities.begin(), f.about_entities.end(), own) ||
         std::any_of(f.participants.begin(), f.participants.end(), own) || (f.place >= 0 && own(f.place)) ||
         (f.person >= 0 && own(f.person));
}

// Another entity of the same kind as one of the fact's own owns the trigger: another occurrence.
bool OwnedByAnother(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s, const PhraseHit& hit) {
  const int owner = OwnerOf(facts, s, hit);
  if (owner < 0 || OwnEntity(facts, f, owner)) return false;
  const std::vector<KnownEntity>& known = facts.entities.entities();
  const EntityKind kind = known[static_cast<std::size_t>(owner)].kind;
  auto same_kind = [&](int e) { return known[static_cast<std::size_t>(e)].kind == kind; };
  return std::any_of(f.about_entities.begin(), f.about_entities.end(), same_kind) ||
         std::any_of(f.participants.begin(), f.participants.end(), same_kind);
}

// The trigger's object is a place outside the fact's ("Storm Daniel battered Greece, Bulgaria and Turkey" for a
// storm that struck Libya): another occurrence, somewhere else. Only for a fact with a place, and only places.
bool AtAnotherPlace(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s, const PhraseHit& hit) {
  if (f.place < 0) return false;
  std::size_t at = hit.last_token;
  if (at < s.tokens.size() && s.tokens[at].norm == "the"sv) ++at;
  const EntityMention* object = s.EntityStartingAt(at);
  if (!object || object->hits.empty()) return false;
  const std::vector<KnownEntity>& known = facts.entities.entities();
  for (const EntityHit& h : object->hits) {
    if (!IsPlaceKind(known[static_cast<std::size_t>(h.entity)].kind) || OwnEntity(facts, f, h.entity)) return false;
  }
  return true;
}

// Every name in the sentence is an organisation's (who said or counted something), if any.
bool NamesOnlyOrganizations(const CompiledFacts& facts, const Sentence& s) {
  const std::vector<KnownEntity>& known = facts.entities.entities();
  return std::all_of(s.entities.begin(), s.entities.end(), [&](const EntityMention& m) {
    return std::all_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
      return known[static_cast<std::size_t>(h.entity)].kind == EntityKind::kOrganization;
    });
  });
}

// The sentence names, outside anchors, an entity of the kind of the fact's subject that is not its subject
// ("Its predecessor, Chandrayaan-2, was launched ..." after a sentence about Chandrayaan-3).
bool NamesRival(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s) {
  const std::vector<KnownEntity>& known = facts.entities.entities();
  for (int subject : f.about_entities) {
    const EntityKind kind = known[static_cast<std::size_t>(subject)].kind;
    if (kind == EntityKind::kCountry || kind == EntityKind::kCity || kind == EntityKind::kRegion) continue;
    for (const EntityMention& m : s.entities) {
      if (s.clauses.InAnchor(m.first_token)) continue;
      for (const EntityHit& h : m.hits) {
        if (h.entity != subject && known[static_cast<std::size_t>(h.entity)].kind == kind &&
            !OwnEntity(facts, f, h.entity)) {
          return true;
        }
      }
    }
  }
  return false;
}

// "declared free of Ebola for a second time", "met again": another occurrence of an event (an ordinal fact says
// which occurrence it is, so it is compared instead).
bool IsRepeatedEvent(const CompiledFact& f, const Sentence& s, const std::vector<const PhraseHit*>& triggers) {
  if (f.fact->kind != FactKind::kEvent) return false;
  for (const PhraseHit* h : triggers) {
    const std::size_t from = h->first_token > 3 ? h->first_token - 3 : 0;
    const std::size_t to = std::min(s.tokens.size(), h->last_token + 6);
    for (std::size_t i = from; i < to; ++i) {
      if (words::IsRepeatWord(s.tokens[i].norm)) return true;
    }
  }
  for (const QuantityMention& q : s.quantities) {
    const bool nth_time = q.quantity.is_ordinal && q.quantity.low >= 2 && q.last_token < s.tokens.size() &&
                          (s.tokens[q.last_token].norm == "time"sv || s.tokens[q.last_token].norm == "times"sv);
    if (nth_time) return true;
  }
  return false;
}

}  // namespace

// "Nvidia rival AMD", "Twitter's former chief": a name followed by a relation noun is not what the sentence is
// about.
bool RelationFollows(const Sentence& s, const EntityMention& m) {
  std::size_t i = m.last_token;
  return i < s.tokens.size() && words::IsRelationNoun(s.tokens[i].norm);
}

namespace {

// The mention names `entity` (outside anchors, and not as "Twitter's former chief").
bool MentionNames(const EntityDictionary& dict, const Sentence& s, const EntityMention& m, int entity) {
  if (s.clauses.InAnchor(m.first_token) || RelationFollows(s, m)) return false;
  for (const EntityHit& h : m.hits) {
    // A place inside the entity evidences it too: "northern Syria" is about Syria, "Derna" about Libya; and so
    // does a name that names it inside ("the West African Ebola epidemic" is about West Africa).
    if (h.entity == entity || dict.Contains(entity, h.entity)) return true;
    for (int inner : dict.entities()[static_cast<std::size_t>(h.entity)].names_inside) {
      if (inner == entity || dict.Contains(entity, inner)) return true;
    }
  }
  return false;
}

// Where what a name ending at token `end` owns starts, when the name is a possessive: `end` for "Valmora's", past
// the apostrophe (folded: ' or ’) and "s" for a name ending in a digit ("Tessa-2's", which the tokenizer leaves as
// 2 ' s); 0 when the name is no possessive.
std::size_t PossessiveEnd(const Sentence& s, std::size_t end) {
  const std::vector<Token>& t = s.tokens;
  if (end == 0 || end > t.size()) return 0;
  if (t[end - 1].possessive) return end;
  const bool apostrophe = end + 1 < t.size() && t[end].kind == TokenKind::kPunct &&
                          t[end].norm == "'"sv && Adjacent(t[end - 1], t[end]) &&
                          t[end + 1].norm == "s"sv && Adjacent(t[end], t[end + 1]);
  return apostrophe ? end + 2 : 0;
}

// Words of a possessed noun phrase read ("Tessa-2's relay module was"): up to the first word that is not one of
// content (a common word such as "was", "of", "the") or punctuation.
constexpr std::size_t kPossessedWords = 4;

// "Tessa-2's relay module": the mention is a possessive whose noun phrase the fact does not speak of (no word of
// its statement, triggers, terms, measure or unit, and no figure: "Argentina's second title" is the rank's).
// "Tessa-2's lander", "Nvidia's revenue" and "Mississippi's law bans" speak of their facts.
bool OwnsOther(const CompiledFact& f, const Sentence& s, const EntityMention& m) {
  const std::size_t first = PossessiveEnd(s, m.last_token);
  if (first == 0) return false;
  std::size_t i = first;
  for (; i < s.tokens.size() && i < first + kPossessedWords; ++i) {
    const Token& t = s.tokens[i];
    if (t.kind != TokenKind::kWord || words::IsCommonWord(t.norm)) break;
    // "the bridge's main span stretched 1,200 feet": a word in -ed after the noun is the clause's verb.
    if (i > first && t.norm.size() > 3 && t.norm.compare(t.norm.size() - 2, 2, "ed") == 0) break;
    if ((i < s.in_figure.size() && s.in_figure[i]) || f.SpeaksOf(s.stems[i])) return false;
  }
  return i > first;
}

}  // namespace

bool Mentions(const EntityDictionary& dict, const Sentence& s, int entity) {
  return std::any_of(s.entities.begin(), s.entities.end(),
                     [&](const EntityMention& m) { return MentionNames(dict, s, m, entity); });
}

namespace {

// The sentence names the fact's `about` entities only as the owners of things the fact does not speak of
// ("Tessa-2's relay module was expected to operate for six months", for the lander's mission life): it is about
// those things, so it identifies the fact only weakly.
bool NamedOnlyAsOwner(const EntityDictionary& dict, const CompiledFact& f, const Sentence& s) {
  bool owner = false;
  for (const EntityMention& m : s.entities) {
    const bool names = std::any_of(f.about_entities.begin(), f.about_entities.end(),
                                   [&](int entity) { return MentionNames(dict, s, m, entity); });
    if (!names) continue;
    // A country's, region's or city's possessive is what is in it ("Libya's eastern government", "Mississippi's
    // law"): its own. A venue's names a part of it or a thing of its own ("the bridge's main span").
    const bool place = std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
      const EntityKind kind = dict.entities()[static_cast<std::size_t>(h.entity)].kind;
      return IsPlaceKind(kind) && kind != EntityKind::kVenue;
    });
    if (place) return false;
    if (!OwnsOther(f, s, m)) return false;
    owner = true;
  }
  return owner;
}

// "Simone Biles won four gold medals in Paris", of France's golds: a figure fact whose `about` entities are places
// the sentence names only by places inside them, while it names a person the fact does not know as its own. The
// place is where that person did something, not who did it: the fact is identified weakly.
bool PlaceOnlyWhere(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s) {
  const Fact& fact = *f.fact;
  if ((fact.kind != FactKind::kQuantity && fact.kind != FactKind::kCount) || f.about_entities.empty()) return false;
  const EntityDictionary& dict = facts.entities;
  for (int entity : f.about_entities) {
    if (!IsPlaceKind(dict.entities()[static_cast<std::size_t>(entity)].kind)) return false;
    // Named itself, or by its people; a capital standing for its government ("Paris said") is still the city.
    for (const EntityMention& m : s.entities) {
      if (std::any_of(m.hits.begin(), m.hits.end(),
                      [&](const EntityHit& h) { return h.entity == entity && h.form != NameForm::kMetonym; })) {
        return false;
      }
    }
  }
  return std::any_of(s.entities.begin(), s.entities.end(), [&](const EntityMention& m) {
    return !s.clauses.InAnchor(m.first_token) && std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
             return dict.entities()[static_cast<std::size_t>(h.entity)].kind == EntityKind::kPerson &&
                    !OwnEntity(facts, f, h.entity);
           });
  });
}

// A place the sentence names as a place (not "Libyan Red Crescent", not a demonym), outside anchors.
bool NamesPlace(const EntityDictionary& dict, const Sentence& s, const EntityMention& m, const EntityHit& h) {
  return !s.clauses.InAnchor(m.first_token) && h.form == NameForm::kName &&
         IsPlaceKind(dict.entities()[static_cast<std::size_t>(h.entity)].kind);
}

// The sentence names a place as a place.
bool NamesAnyPlace(const EntityDictionary& dict, const Sentence& s) {
  return std::any_of(s.entities.begin(), s.entities.end(), [&](const EntityMention& m) {
    return std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) { return NamesPlace(dict, s, m, h); });
  });
}

}  // namespace

namespace {

// A blank line between the sentence before (ending at `before_end`) and one starting at `begin`.
bool NewParagraph(std::string_view text, std::size_t before_end, std::size_t begin) {
  bool newline = false;
  for (std::size_t i = std::min(before_end, begin); i < begin && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (newline) return true;
      newline = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      newline = false;
    }
  }
  return false;
}

// An acronym: two to six capital letters ("UN", "IMF", "NGO"). One the fact base does not know is most often an
// agency or another organization (a country's, "US", is known).
bool IsAcronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A capitalized word after the sentence's first that is neither a name the fact base knows, nor an acronym, nor in a
// date or figure: a name of the sentence's own that nothing here knows. (Without its dates read, a weekday counts as
// one too.)
bool NamesUnknown(const Sentence& s) {
  std::size_t named = 0;  // next entity mention, in token order
  bool first_word = true;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    while (named < s.entities.size() && s.entities[named].last_token <= i) ++named;
    const Token& t = s.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (first_word) {
      first_word = false;
      continue;
    }
    if (!t.capitalized) continue;
    if (named < s.entities.size() && s.entities[named].first_token <= i) continue;
    if (i < s.in_figure.size() && s.in_figure[i]) continue;
    if (IsAcronym(SpanText(s.text, t.span))) continue;
    return true;
  }
  return false;
}

}  // namespace

CLAIMCHECK_OUTLINE void GoOn(const EntityDictionary& dict, const Sentence& s, std::size_t dateline_end,
                             Discourse* discourse) {
  Discourse& d = *discourse;  // what the sentence before named, written over; its vectors' storage reused
  d.entities.clear();
  // The places named replace those in force; with none named, those of the sentence before carry on.
  bool named_place = false;
  bool only_organizations = true;
  for (const EntityMention& m : s.entities) {
    for (const EntityHit& h : m.hits) {
      d.entities.push_back(h.entity);
      if (dict.entities()[static_cast<std::size_t>(h.entity)].kind != EntityKind::kOrganization) {
        only_organizations = false;
      }
      if (!NamesPlace(dict, s, m, h)) continue;
      if (!named_place) d.places.clear();
      named_place = true;
      d.places.push_back(h.entity);
    }
  }
  // What the sentence goes on about: the phrases it hit and, when it names no person, place or thing of its own
  // (only organizations, or nothing) and goes on the paragraph of the sentence before, what that one went on about.
  // So a story's topic carries on through "The Red Crescent said rescuers were still searching." to "About 9,000
  // people were still missing." A capitalized word the fact base does not know ("a flood in Osaka") is a name of
  // the sentence's own. Kept sorted and unique: a long run of such sentences holds each phrase once.
  const bool carries = only_organizations && !NewParagraph(s.text, d.end, s.span.begin) && !NamesUnknown(s);
  if (!carries) d.phrases.clear();
  for (const PhraseHit& h : s.phrases) d.phrases.push_back(h.phrase);
  d.end = s.span.end;
  std::sort(d.phrases.begin(), d.phrases.end());
  d.phrases.erase(std::unique(d.phrases.begin(), d.phrases.end()), d.phrases.end());
  d.date.reset();
  for (const DateAt& date : s.dates) {
    if (date.date.span.end > dateline_end) d.date = date.date.range;
  }
}

bool RefersBack(const Sentence& s) {
  for (std::size_t i = 0; i < s.tokens.size() && i < kReferBackWindow; ++i) {
    const std::string_view w = s.tokens[i].norm;
    if (words::IsAnaphor(w)) return true;
    if (w == "the"sv && i + 1 < s.tokens.size() && words::IsAnaphorNoun(s.tokens[i + 1].norm)) return true;
  }
  return false;
}

CLAIMCHECK_OUTLINE Evidence FindEvidence(const CompiledFacts& facts, const CompiledFact& f, const Sentence& s, const Discourse* previous,
                      const Discourse& context, std::optional<CivilDate> reference) {
  Evidence e;
  const Fact& fact = *f.fact;
  CountWork(&WorkCounters::comparisons, f.triggers.size() + f.about_entities.size() + f.about_terms.size());
  if (fact.kind != FactKind::kRole) {
    for (int trigger : f.triggers) {
      const auto [first, last] = s.HitsOf(trigger);
      for (const PhraseHit* h = first; h != last; ++h) {
        // In a soft anchor ("after the final in Lusail on 18 December") a trigger still names its event; what it
        // may be compared with stays inside the anchor (its clause scope).
        if ((s.InsideFigure(*h) && !s.CountWordHad(*h)) || s.clauses.InAnchor(h->first_token)) continue;
        if (GluedToPrevious(s, *h) || ModifiedByAnother(facts, f, s, *h) || OtherEdition(fact, s, *h) ||
            UnknownNameBefore(facts.entities, s, *h)) {
          continue;
        }
        // "share" in "$5.16 per share" is part of the figure: it speaks of shares only to a fact measured per one.
        if (!f.measured_per && std::any_of(s.quantities.begin(), s.quantities.end(), [&](const QuantityMention& q) {
              return s.InDenominator(*h, q.quantity);
            })) {
          continue;
        }
        e.triggers.push_back(h);
      }
    }
    if (e.triggers.empty()) return e;
    std::sort(e.triggers.begin(), e.triggers.end(),
              [](const PhraseHit* a, const PhraseHit* b) { return a->first_token < b->first_token; });
  }
  bool from_previous = false;
  bool names_places = false;
  for (int entity : f.about_entities) {
    if (Mentions(facts.entities, s, entity)) continue;
    if (previous && NamesIn(facts.entities, previous->entities, entity)) {
      from_previous = true;
      continue;
    }
    // The place of the sentence before still holds when this one names no place of its own.
    const bool place = IsPlaceKind(facts.entities.entities()[static_cast<std::size_t>(entity)].kind);
    if (place && !names_places && !NamesAnyPlace(facts.entities, s) &&
        NamesIn(facts.entities, context.places, entity)) {
      continue;
    }
    names_places = true;
    return e;
  }
  for (std::size_t g = 0; g < f.about_terms.size(); ++g) {
    const std::vector<int>& group = f.about_terms[g];
    std::size_t longest = 0;
    for (int p : group) {
      const auto [first, last] = s.HitsOf(p);
      for (const PhraseHit* h = first; h != last; ++h) longest = std::max(longest, h->last_token - h->first_token);
    }
    e.specificity += 0.05 * static_cast<double>(longest);
    if (std::any_of(group.begin(), group.end(), [&](int p) { return HasUsableTerm(facts, f, s, p); })) continue;
    if (NamesHolder(facts, s, f.about_term_offices[g])) continue;
    // A sentence that refers back takes the terms of the one before it; so does one that names no place, person or
    // thing of its own ("Turnout was about 60%", "More than 43,000 people were displaced, the IOM said"): it goes on
    // about what the sentence before was about. A name nothing here knows ("in Osaka") is one of its own.
    const Discourse* before = previous;
    if (!before && NamesOnlyOrganizations(facts, s) && !NamesUnknown(s)) before = &context;
    if (!before || !std::any_of(group.begin(), group.end(), [&](int p) { return Contains(before->phrases, p); })) {
      return e;
    }
  }
  if (from_previous && NamesRival(facts, f, s)) return e;
  // "will meet again", "another strike", "Chandrayaan-2's launch": every trigger speaks of another occurrence.
  // Unless the event is still ahead of the text: then "will", "scheduled" and "due" speak of it.
  const bool ahead = fact.date && reference && DaysFromCivil(reference->year, reference->month, reference->day) <
                                                   fact.date->first;
  if (fact.kind != FactKind::kRole && !e.triggers.empty()) {
    const bool repeatable = fact.kind == FactKind::kEvent || fact.kind == FactKind::kOrdinal;
    const bool all_other = std::all_of(e.triggers.begin(), e.triggers.end(), [&](const PhraseHit* h) {
      return (repeatable &&
              (AnotherOccurrence(s, h->first_token, h->last_token, ahead) || AtAnotherPlace(facts, f, s, *h))) ||
             OwnedByAnother(facts, f, s, *h);
    });
    if (all_other) return e;
  }
  if (IsRepeatedEvent(f, s, e.triggers)) return e;
  // An event after the text was written cannot be what the text reports ("Nvidia reported third-quarter revenue on
  // Tuesday" in November is not February's results), unless the text looks ahead ("the round will open on ...").
  if ((fact.kind == FactKind::kEvent || fact.kind == FactKind::kOrdinal) && fact.date && reference &&
      DaysFromCivil(reference->year, reference->month, reference->day) < fact.date->first &&
      std::none_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) { return words::IsFutureWord(t.norm); })) {
    return e;
  }
  e.about = true;
  // Something that happened between named parties is identified by one of them, or by its own subject entity;
  // by its triggers and terms alone (NATO's defence ministers meeting in Brussels) only weakly.
  if (!f.participants.empty() && fact.kind != FactKind::kRole) {
    const bool named = std::any_of(f.participants.begin(), f.participants.end(),
                                   [&](int p) { return Mentions(facts.entities, s, p); });
    e.weak = !named && f.about_entities.empty();
  }
  if (!e.weak && (NamedOnlyAsOwner(facts.entities, f, s) || PlaceOnlyWhere(facts, f, s))) e.weak = true;
  return e;
}

}  // namespace claimcheck
