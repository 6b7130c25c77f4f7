// The drafter's private types: the base being drafted (entities, facts) and a sentence as the drafter reads it
// (tokens classed into function words, verbs, content words, names, figures and dates; clauses; the subject).
#ifndef CLAIMCHECK_DRAFT_INTERNAL_H_
#define CLAIMCHECK_DRAFT_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/draft.h"
#include "claimcheck/entities.h"
#include "claimcheck/extract.h"
#include "claimcheck/facts.h"
#include "claimcheck/numbers.h"
#include "claimcheck/text.h"

namespace claimcheck::draft {

// --- words (words.cpp): engine/data/draft_words.json ---------------------------------------------------------------

bool IsFunctionWord(std::string_view norm);
bool IsWeakVerb(std::string_view norm);
bool IsOrganizationWord(std::string_view norm);
bool IsVenueWord(std::string_view norm);
bool IsEventWord(std::string_view norm);
bool IsVehicleNoun(std::string_view norm);
bool IsRegionWord(std::string_view norm);
bool IsNameParticle(std::string_view norm);
bool IsEventCountNoun(std::string_view norm);
bool IsChangeWord(std::string_view norm);
// A verb form: a listed verb (weak or not), or an -ed/-ing word that is not a listed noun.
bool LooksLikeVerb(std::string_view norm);
bool IsListedVerb(std::string_view norm);
// Every phrase of every synonym group holding `folded` (a word or phrase), appended to *out without duplicates.
void AddSynonyms(std::string_view folded, std::vector<std::string>* out);
// `word` and its other number (country <-> countries, rate <-> rates), appended without duplicates.
void AddNounForms(std::string_view word, std::vector<std::string>* out);
void AddUnique(std::string value, std::vector<std::string>* out);
// "European Central Bank" -> "european-central-bank": folded, ASCII letters and digits, single hyphens; "" when
// nothing is left. At most `max_length` characters, cut at a hyphen.
std::string Kebab(std::string_view text, std::size_t max_length = 48);
// Whether every word of the phrase is a common word (the lint's "common-trigger"), or it has no word.
bool CommonPhrase(std::string_view phrase);

// --- the draft -----------------------------------------------------------------------------------------------------

struct DraftEntity {
  std::string id, name;
  EntityKind kind = EntityKind::kPerson;
  std::vector<std::string> aliases, demonyms;
  std::string code;     // countries: ISO alpha-3
  std::string part_of;  // entity id
  std::string key;      // NameKey of the name: merges mentions of one entity
  bool written = true;  // false: known for reading only (a place that cannot be located)
  bool capital = false; // a capital of the gazetteer: as a subject it stands for its country
};

struct DraftValue {
  enum class Form { kExact, kApprox, kRange };
  Form form = Form::kExact;
  double value = 0;       // exact, approx
  double tolerance = 0;   // approx
  std::optional<double> min, max;  // range
  std::string label, note;
};

struct DraftFact {
  std::string id;  // a stem; made unique when written
  FactKind kind = FactKind::kQuantity;
  std::string statement, note;
  std::vector<std::string> triggers;
  std::vector<std::string> about_entities;
  std::vector<std::vector<std::string>> about_terms;
  // quantity
  std::string measure, unit;
  std::vector<DraftValue> values;
  // event, ordinal
  std::optional<DateRange> date;
  std::string place;
  std::vector<std::string> participants;
  // period, count, role (valid)
  std::optional<DateRange> from, to;
  // count
  std::string counted, actor;
  // role
  std::string person, office, of;
  std::optional<DateRange> as_of;
  // ordinal
  int ordinal = 0;
  std::string series;
  std::size_t position = 0;  // byte offset of the claim in the text: facts are written in text order
};

struct Draft {
  std::string source_id, title, publisher, date, url;
  std::optional<CivilDate> reference;
  ReferenceSource reference_from = ReferenceSource::kNone;
  std::vector<DraftEntity> entities;
  std::vector<DraftFact> facts;
  std::vector<std::string> notes;  // what the reviewer should know about the whole draft (the description)

  int Find(std::string_view id) const;  // index into entities, or -1
};

// --- the dateline (dateline.cpp) -------------------------------------------------------------------------------------

struct Dateline {
  std::size_t end = 0;            // bytes: the report's own words start here (0: no dateline)
  std::optional<CivilDate> date;  // its date
  std::string place, region;      // "HIROSHIMA, Japan" -> "Hiroshima", "Japan"
  std::string publisher;          // "(Reuters)" -> "Reuters"
};

Dateline ReadDateline(std::string_view text);
// The first sentence of the report, shortened to a title (at most about 120 bytes, cut at a word).
std::string TitleFrom(std::string_view text, const Dateline& dateline);

// --- reading (reading.cpp) ----------------------------------------------------------------------------------------

enum class Class { kFunction, kVerb, kContent, kName, kFigure, kDate, kPunct };

struct Mention {
  std::size_t first = 0, last = 0;  // tokens, half-open
  int entity = -1;                  // index into Draft::entities
  NameForm form = NameForm::kName;
};

struct FigureAt {
  Quantity q;
  std::size_t first = 0, last = 0;
};

struct DateAt {
  DateMention d;
  std::size_t first = 0, last = 0;
};

struct Sentence {
  ByteSpan span;  // without the dateline
  std::vector<Token> tokens;  // MatchTokens: no joining hyphens
  std::vector<Class> cls;
  std::vector<int> clause;     // per token
  std::vector<Mention> mentions;
  std::vector<int> mention_at;  // per token: index into mentions, or -1
  std::vector<FigureAt> figures;
  std::vector<DateAt> dates;
  std::vector<TimeOfDay> times;  // times of day on their own ("6:04 p.m.")
  int subject = -1;              // entity index: who the sentence is about (named, or the one "it"/"he" stands for)
  std::string subject_noun;      // "the mission", "the lander": the subject's noun when no entity is named
};

// The sentences of the text after the dateline, tokenized, with the extraction's figures and dates placed.
std::vector<Sentence> ReadSentences(std::string_view text, std::size_t from, const Extraction& extraction);
// Classes, clauses and subjects, once the entities are known (names.cpp filled `mentions`).
void Classify(std::string_view text, const Draft& draft, std::vector<Sentence>* sentences);

// The words of tokens [first, last) as written (their bytes in the text).
std::string Words(std::string_view text, const Sentence& s, std::size_t first, std::size_t last);
// The folded norms of tokens [first, last), joined by spaces.
std::string Norms(const Sentence& s, std::size_t first, std::size_t last);
std::string SentenceText(std::string_view text, const Sentence& s);
bool SameClause(const Sentence& s, std::size_t a, std::size_t b);
// The mention covering token i, or nullptr.
const Mention* MentionAt(const Sentence& s, std::size_t i);

// A noun phrase: content words [first, last); `head` is the last one.
struct Phrase {
  std::size_t first = 0, last = 0;
  bool empty() const { return first >= last; }
};
// The run of content words ending right before token `end` (after skipping nothing), within the clause.
Phrase PhraseEndingAt(const Sentence& s, std::size_t end);
// The run of content words starting at token `begin`, at most `max` words.
Phrase PhraseStartingAt(const Sentence& s, std::size_t begin, std::size_t max = 4);
// The nearest verb in the clause of token i: before it first, then after; SIZE_MAX when none.
std::size_t VerbNear(const Sentence& s, std::size_t i, bool before_only = false);

// --- entities (names.cpp) ------------------------------------------------------------------------------------------

// Finds the entities the text names (the gazetteer's countries and capitals, people, organisations, venues,
// craft), adds them to draft->entities and their mentions to each sentence.
void FindEntities(std::string_view text, const Dateline& dateline, Draft* draft, std::vector<Sentence>* sentences);

// --- facts -----------------------------------------------------------------------------------------------------

// Quantities and counts from the figures of a sentence (figures.cpp).
void DraftFigures(std::string_view text, const Sentence& s, Draft* draft);
// Ordinals ("the 49th summit", "for the seventh time") (ordinals.cpp).
void DraftOrdinals(std::string_view text, const Sentence& s, Draft* draft);
// Events and periods from the dates of a sentence (dated.cpp).
void DraftDated(std::string_view text, const Sentence& s, Draft* draft);
// Roles: people named with an office ("ECB President Christine Lagarde") (roles.cpp).
void DraftRoles(std::string_view text, const Sentence& s, Draft* draft);

// Shared by the fact drafters (facts.cpp).
std::string IsoDate(const DateRange& range);  // "2023-09-14", "2023-09", "2023", "2000s"
// "the year was resolved from the report's date (14 September 2023)", or "" when the date was written in full.
std::string DateNote(const DateMention& d, const Draft& draft);
// Triggers for a word of the report: its synonym group, else its noun forms; never a common word alone.
void AddTriggerWord(std::string_view folded, std::vector<std::string>* triggers);
// The entities of token's clause that may be what it is about: people, organisations, craft, countries (not
// places after a preposition, not a source after "according to"; a capital as subject stands for its country).
std::vector<int> ClauseActors(const Draft& draft, const Sentence& s, std::size_t token);
// The places of token's clause named after a preposition ("in Hiroshima", "from Sriharikota"), written ones.
std::vector<int> ClausePlaces(const Draft& draft, const Sentence& s, std::size_t token);
bool IsPlaceKind(EntityKind kind);  // city, region, venue
// Adds the entity's id to the list (once) and returns it.
void AddEntityId(const Draft& draft, int entity, std::vector<std::string>* ids);
// The time qualifier of a figure: a year or a month in its clause ("3.2% in 2024", "5.3% in August"): the forms a
// sentence may write it with, or empty.
std::vector<std::string> TimeTerms(std::string_view text, const Sentence& s, std::size_t figure_token,
                                   const Draft& draft);
// Drops triggers made of common words only (the lint's "common-trigger"); false when none is left.
bool KeepUsableTriggers(std::vector<std::string>* triggers);

}  // namespace claimcheck::draft

#endif  // CLAIMCHECK_DRAFT_INTERNAL_H_
