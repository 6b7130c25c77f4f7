// The small rules slot comparison is built from: which figures count things, how dates compare, what counts as
// a place, who a sentence names together, and how an office attaches to a person. Kept apart from slots.cpp so
// each rule can be tested on its own.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "match/analysis.h"
#include "claimcheck/dates.h"
#include "claimcheck/entities.h"
#include "claimcheck/facts.h"

namespace claimcheck {

// --- figures
// A figure that counts things (people, events): not a percentage, an ordinal, a duration, a distance or money.
bool CountsThings(const Quantity& q);
// A number written alone: no unit, noun, rate or percent sign, not an ordinal ("measured 7.7"). A dimension that
// units.json marks bare takes it next to a measure word of a quantity in it (UnitMeaning::bare).
bool BareNumber(const Quantity& q);
// "four-way", "the four defence ministers", "three countries": a number of participants.
bool CountsParticipants(const Sentence& s, const QuantityMention& q);
// A hit of one of `phrases` starts within `window` words after token `end` ("three major military incursions").
bool Precedes(const Sentence& s, std::size_t end, const std::vector<int>& phrases, std::size_t window);
std::string Ordinal(int n);  // 19 -> "19th"
// "civilians", "children", "soldiers": a part of the people a total counts. Such a figure can only exceed it.
bool CountsPart(const Quantity& q);
// "will meet", "expected to meet again", "plans to strike": a trigger at `token` speaks of another occurrence.
// `ahead`: the event lies after the text's date, so that words of the future ("will", "scheduled") speak of it.
bool AnotherOccurrence(const Sentence& s, std::size_t first_token, std::size_t last_token, bool ahead);

// --- dates
// Dates compare at the coarser granularity of the two: September 2015 and 30 September 2015 agree; 2014 does not.
bool SameAtCoarser(const DateRange& a, const DateRange& b);
// "began in", "joined ... in", "intervened ... in": the date says when something started.
bool StartsSomething(const Sentence& s, const DateAt& d);
// "the 2022 World Cup", "Blair's 1997 landslide": a date naming a thing, not dating the clause.
bool AttributiveDate(const Sentence& s, const DateAt& d);
// A period with open ends (nullopt) as one range.
DateRange SpanOf(const std::optional<DateRange>& from, const std::optional<DateRange>& to);
std::string DescribePeriod(const std::optional<DateRange>& from, const std::optional<DateRange>& to);

// --- entities, places, participants
bool HasEntity(const EntityMention& m, int entity);
// "in Moscow", "at the Kremlin": the mention names where something happened.
bool IsPlace(const Sentence& s, const EntityMention& m);
// An entity of a kind that is a place: a country, region, city or venue.
bool IsPlaceKind(EntityKind k);
// Clause `clause` is a relative clause with a time of its own ("The ship, which is operated by Evergreen, ran aground
// on Tuesday"): not one that opens with "when" (", when Sivan was chairman" is the time of what it hangs on).
bool InRelativeClause(const Sentence& s, int clause);
enum class PlaceRelation { kSame, kContains, kDifferent, kUnrelated };
// kSame: the place, or a place inside it ("in Derna" for eastern Libya); kContains: a larger one holding it ("in
// Russia" for Moscow); kDifferent: a place that excludes it (another city, region or country, or a place in another
// country); kUnrelated: nothing to say.
PlaceRelation RelatePlace(const EntityDictionary& dict, const EntityMention& m, int place);
// Places that cannot both be where one thing happened: neither holds the other, and they are two cities, two
// regions, two countries, places in two countries, or a country outside a region made of countries.
bool ExcludesPlace(const EntityDictionary& dict, int a, int b);

struct ClaimedParticipants {
  double jaccard = 0;                          // overlap of the names with the fact's participants
  std::size_t largest_group = 0;               // most names coordinated in one list ("Iran, Syria and Turkey")
  const EntityMention* outsider = nullptr;     // a name in such a list that is not a participant
  bool outsider_opposed = false;               // that list sets two sides against each other ("Spain beat England")
  ByteSpan span;                               // the largest list
};
// Names coordinated in lists ("X, Y and Z", "Turkish and Syrian") that hold at least one of `participants`.
// `holder_of(person)`: the country or organization a person holds an office of (-1 if none): people stand for
// their countries when the participants are countries ("Akar met Shoigu" is Türkiye and Russia). Names that end
// by `dateline_end` are the dateline's ("BENGALURU, India, 23 August 2023 (Reuters) -"): where the report was
// filed, no list of parties.
ClaimedParticipants ClaimParticipants(const EntityDictionary& dict, const Sentence& s,
                                      const std::vector<int>& participants,
                                      const std::function<int(int)>& holder_of = nullptr,
                                      std::size_t dateline_end = 0);
std::string NameList(const EntityDictionary& dict, const std::vector<int>& entities);  // "Iran, Syria and Türkiye"

// --- roles
bool RoleHeldOn(const Fact& fact, CivilDate date);
struct RolePhrase {
  OfficeMention office;
  const EntityMention* qualifier = nullptr;  // "Turkish", "Turkey's", "of Turkey"
  ByteSpan span;                             // qualifier + title
  bool past = false;                         // "Sivan was chairman": true only at a date the sentence gives
  bool unknown_owner = false;                // no qualifier, but a name the base does not know gives the title
  bool pronoun_owner = false;                // "its chief executive": whose, the sentences around must say
};
// Capitalized words no entity covers right before token `before` (not the sentence's first word, nor a date's),
// or at token `after`, past "of"/"at" and "the": a name the fact base does not know ("Halden Foods chief
// executive", "chief executive of Halden Foods").
bool UnknownNameAt(const Sentence& s, std::size_t before, std::size_t after);
// The office written next to a person: "Turkish Defence Minister Hulusi Akar", "Hulusi Akar, Turkey's defence
// minister", "Turkey's interior minister, Hulusi Akar", "Akar, who is the defence minister".
std::optional<RolePhrase> FindRolePhrase(const Sentence& s, const EntityMention& person);
enum class RoleVerdict { kSame, kDifferent, kSilent };
RoleVerdict JudgeRole(const EntityDictionary& dict, const RolePhrase& phrase, int office, int office_of);

}  // namespace claimcheck
