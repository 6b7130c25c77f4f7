// The matcher's words, generated at build time from engine/data/words.json and offices.json: change a word there,
// not here. Each list is read by one rule; the rule's comment says which.
#ifndef CLAIMCHECK_MATCH_WORDS_H_
#define CLAIMCHECK_MATCH_WORDS_H_

#include <cstddef>
#include <string_view>

namespace claimcheck::words {

struct OfficeRow {
  std::string_view name;
  std::size_t first_title = 0;  // [first_title, last_title) in OfficeTitle()
  std::size_t last_title = 0;
  bool one_holder = false;
};

std::size_t OfficeRowCount();
const OfficeRow& OfficeRowAt(std::size_t i);
std::string_view OfficeTitle(std::size_t i);

bool IsGenericTitle(std::string_view folded);
bool IsFormer(std::string_view norm);
bool IsDeputy(std::string_view norm);
std::size_t GenericTitleCount();
std::string_view GenericTitle(std::size_t i);

bool IsParticipantNoun(std::string_view norm);   // "four-way", "three countries": counts parties
bool IsPartNoun(std::string_view norm);          // "thousands of civilians": a part of a toll
bool IsNonCountNoun(std::string_view norm);      // "12-year", "10 km": no count of people or events
bool IsOtherOccurrenceBefore(std::string_view norm);  // "will meet", "another meeting"
bool IsOtherOccurrenceAfter(std::string_view norm);   // "meet again"
bool IsStartWord(std::string_view stem);         // "began in 2011": the date is a start
bool IsPlacePreposition(std::string_view norm);  // "met in Moscow"
bool IsTopicNoun(std::string_view norm);
bool IsPeriodicWord(std::string_view norm);        // "the yearly toll": a total of one period
bool IsCommonWord(std::string_view norm);
// "twice" 2, "a hat-trick" 3, "a brace" 2: a count written as a word that is no number (implied_counts); 0 when not.
int ImpliedCount(std::string_view norm);          // "said", "people", "the": no trigger on its own (lint)
bool IsPlaceNoun(std::string_view norm);           // "Aleppo province", "Aleppo alone": still the place
bool IsTotalNoun(std::string_view norm);           // "the death toll", "the tally": a running total
bool IsFutureWord(std::string_view norm);          // "will be held", "the upcoming round": of what is to come
          // "talks on Syria": "on" gives the topic, not the place
bool IsListWord(std::string_view norm);          // "Iran, Syria and Turkey"
bool IsRoleGlue(std::string_view norm);          // "Akar, who is the defence minister"
bool IsPastRoleGlue(std::string_view norm);      // "Sivan was chairman"
bool IsAnaphor(std::string_view norm);           // "It killed thousands": the subject is in the sentence before
bool IsPossessiveDeterminer(std::string_view norm);  // "their" in "Karsk lost their opening match"
bool IsDeterminer(std::string_view norm);  // "the" in "the hosts": the word after it is read as a noun
bool IsSurpassWord(std::string_view norm);  // "$5.16, beating estimates": what follows is the other side
bool IsDissentWord(std::string_view norm);  // "three justices dissented": the figure counts the minority
bool IsRequirementWord(std::string_view norm);  // "needed 326 seats for a majority": a threshold, not a result
int DirectionOf(std::string_view norm);  // 1: a word of rising ("rose", "up"); -1: of falling ("fell"); else 0
bool IsChangeWord(std::string_view norm);  // "added $277 billion", "up 265%": a figure of change, not a level
bool IsMarginNoun(std::string_view norm);  // "winning margin", "lead": a measure of a difference ("won by 10,457 votes")
bool IsAnaphorNoun(std::string_view norm);       // "The Frenchman scored"
bool IsExpectationWord(std::string_view norm);   // "the $20.6bn analysts had expected": a prediction, not a result
bool IsReportingVerb(std::string_view norm);     // "On Wednesday, Nvidia said revenue rose": the date is the saying's
bool IsAnnouncingVerb(std::string_view norm);    // "called the election on 22 May": the date is the calling's
bool IsRelationNoun(std::string_view norm);      // "Nvidia rival AMD": the sentence is about AMD
bool IsComparativeWord(std::string_view norm);   // "one more than Messi": a difference, not a total
bool IsRepeatWord(std::string_view norm);        // "for a second time", "again": another occurrence
bool IsPlaceModifier(std::string_view norm);     // "in eastern Congo": still a place
bool IsPeriodShiftWord(std::string_view norm);   // "the previous fiscal year", "up 22% from the previous quarter"
bool IsVersusWord(std::string_view norm);        // "Argentina beat Croatia": two sides of one event

}  // namespace claimcheck::words

#endif  // CLAIMCHECK_MATCH_WORDS_H_
