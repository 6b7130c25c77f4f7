// Rules behind slot comparison. Word lists are data tables at the top; each rule is a short function.
#include "slot_rules.h"

#include <algorithm>
#include <climits>
#include <string_view>

namespace claimcheck {
namespace {

// Units after a number that make it something other than a count of people or events.
constexpr std::string_view kNonCountUnits[] = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    "second", "seconds", "decade", "decades", "century", "centuries", "way", "percent", "page", "pages", "km",
    "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters",
    "time", "times", "dollar", "dollars", "euro", "euros", "usd", "$", "eur", "gbp", "pound", "pounds", "lira"};

// Nouns after a number that count the parties to a meeting.
constexpr std::string_view kParticipantUnits[] = {
    "way", "party", "parties", "side", "sides", "country", "countries", "nation", "nations", "state", "states",
    "minister", "ministers", "delegation", "delegations", "member", "members", "leader", "leaders", "power",
    "powers", "government", "governments"};

// Nouns after a figure that count a part of a population rather than all of it.
constexpr std::string_view kPartUnits[] = {
    "civilians", "civilian", "children", "child", "women", "men", "soldiers", "soldier", "troops", "fighters",
    "rebels", "militants", "combatants", "journalists", "doctors", "students", "policemen", "officers",
    "members", "workers", "prisoners", "detainees", "refugees", "kurds", "jihadists", "insurgents"};

// Words before a verb that move it out of the reported past ("will meet", "expected to meet", "plans to").
constexpr std::string_view kOtherOccurrenceBefore[] = {
    "will", "would", "expected", "expects", "plan", "plans", "planned", "planning", "scheduled", "due", "could",
    "might", "should", "shall", "intend", "intends", "set", "upcoming", "next", "future", "threatened",
    "threatens", "threaten", "new", "fresh", "further"};
// Words right after a verb that make it a repetition ("meet again").
constexpr std::string_view kOtherOccurrenceAfter[] = {"again", "next"};

// Words that make a following date the start of something.
constexpr std::string_view kStartWords[] = {
    "began", "begin", "beginning", "start", "started", "starting", "joined", "join", "launched", "launch",
    "entered", "enter", "intervened", "intervene", "commenced", "since", "first"};

// Before a venue or a target: "met in Moscow", "strikes on northern Syria", "incursions into Syria".
constexpr std::string_view kPlaceWords[] = {"in", "at", "near", "inside", "on", "across", "into", "over",
                                            "throughout"};
constexpr std::string_view kListWords[] = {",", "and", "&", "plus", "as", "well"};
// Words that may stand between a person and the office given them now ("Akar, who is the defence minister").
// Past forms ("was", "served") are left out on purpose: a past office is another time, not a contradiction.
constexpr std::string_view kRoleGlue[] = {"the", "a", "an", "is", "as", "serves", "now", "who", "currently"};

constexpr std::size_t kStartWindow = 8;
constexpr int kFarDays = 3'000'000;  // beyond any real date: an open end

template <std::size_t N>
bool In(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

int StartOf(int day, DateGranularity g) {
  if (g == DateGranularity::kDay || day <= -kFarDays || day >= kFarDays) return day;
  const CivilDate d = CivilFromDays(day);
  if (g == DateGranularity::kMonth) return DaysFromCivil(d.year, d.month, 1);
  if (g == DateGranularity::kYear) return DaysFromCivil(d.year, 1, 1);
  return DaysFromCivil(d.year - ((d.year % 10) + 10) % 10, 1, 1);
}

int EndOf(int day, DateGranularity g) {
  if (g == DateGranularity::kDay || day <= -kFarDays || day >= kFarDays) return day;
  const CivilDate d = CivilFromDays(day);
  if (g == DateGranularity::kMonth) {
    return d.month == 12 ? DaysFromCivil(d.year + 1, 1, 1) - 1 : DaysFromCivil(d.year, d.month + 1, 1) - 1;
  }
  if (g == DateGranularity::kYear) return DaysFromCivil(d.year + 1, 1, 1) - 1;
  return DaysFromCivil(d.year - ((d.year % 10) + 10) % 10 + 10, 1, 1) - 1;
}

// The entity a list member stands for: one of `preferred` if it names one, else its first non-city reading.
int Principal(const std::vector<KnownEntity>& known, const EntityMention& m, const std::vector<int>& preferred) {
  for (const EntityHit& h : m.hits) {
    if (std::find(preferred.begin(), preferred.end(), h.entity) != preferred.end()) return h.entity;
  }
  for (const EntityHit& h : m.hits) {
    if (known[static_cast<std::size_t>(h.entity)].kind != EntityKind::kCity) return h.entity;
  }
  return m.hits.empty() ? -1 : m.hits.front().entity;
}

bool Coordinated(const Sentence& s, const EntityMention& a, const EntityMention& b) {
  if (b.first_token < a.last_token || b.first_token - a.last_token > 3) return false;
  for (std::size_t i = a.last_token; i < b.first_token; ++i) {
    if (!In(kListWords, s.tokens[i].norm)) return false;
  }
  return true;
}

// The qualifier of a title: "Turkish"/"Turkey's" right before it, or "of (the) Turkey" right after it.
const EntityMention* Qualifier(const Sentence& s, const OfficeMention& o) {
  if (const EntityMention* before = s.EntityEndingAt(o.first_token)) return before;
  std::size_t i = o.last_token;
  if (i < s.tokens.size() && s.tokens[i].norm == "of") {
    ++i;
    if (i < s.tokens.size() && s.tokens[i].norm == "the") ++i;
    return s.EntityStartingAt(i);
  }
  return nullptr;
}

// Tokens [first, last) hold only role glue ("is the") and entity names (the qualifier).
bool OnlyGlue(const Sentence& s, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i) {
    if (In(kRoleGlue, s.tokens[i].norm)) continue;
    if (!s.EntityCovering(i)) return false;
  }
  return true;
}

RolePhrase MakeRolePhrase(const Sentence& s, const OfficeMention& o) {
  RolePhrase p{o, Qualifier(s, o), s.TokenSpan(o.first_token, o.last_token)};
  if (p.qualifier) {
    p.span.begin = std::min(p.span.begin, p.qualifier->span.begin);
    p.span.end = std::max(p.span.end, p.qualifier->span.end);
  }
  return p;
}

}  // namespace

bool CountsThings(const Quantity& q) {
  return !q.percent && !q.is_ordinal && !In(kNonCountUnits, q.noun);
}

bool CountsPart(const Quantity& q) { return In(kPartUnits, q.noun); }

bool AnotherOccurrence(const Sentence& s, std::size_t first_token, std::size_t last_token) {
  const std::size_t from = first_token > 4 ? first_token - 4 : 0;
  for (std::size_t i = from; i < first_token; ++i) {
    if (In(kOtherOccurrenceBefore, s.tokens[i].norm)) return true;
  }
  for (std::size_t i = last_token; i < last_token + 2 && i < s.tokens.size(); ++i) {
    if (In(kOtherOccurrenceAfter, s.tokens[i].norm)) return true;
  }
  return false;
}

bool CountsParticipants(const Sentence& s, const QuantityMention& q) {
  const Quantity& v = q.quantity;
  if (v.percent || v.is_ordinal || v.low != v.high || v.low < 2 || v.low > 40) return false;
  if (In(kParticipantUnits, v.noun)) return true;
  const auto [first, last] = s.OfficesStartingIn(q.last_token, q.last_token + 1);
  return first != last;
}

bool Precedes(const Sentence& s, std::size_t end, const std::vector<int>& phrases, std::size_t window) {
  const auto [first, last] = s.HitsStartingIn(end, end + window + 1);
  return std::any_of(first, last, [&](const PhraseHit& h) {
    return std::find(phrases.begin(), phrases.end(), h.phrase) != phrases.end();
  });
}

std::string Ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : n % 10 == 1               ? "st"
                       : n % 10 == 2               ? "nd"
                       : n % 10 == 3               ? "rd"
                                                   : "th";
  return std::to_string(n) + suffix;
}

bool SameAtCoarser(const DateRange& a, const DateRange& b) {
  const DateGranularity g = std::max(a.granularity, b.granularity);
  return StartOf(a.first, g) <= EndOf(b.last, g) && StartOf(b.first, g) <= EndOf(a.last, g);
}

bool StartsSomething(const Sentence& s, const DateAt& d) {
  const std::size_t from = d.first_token > kStartWindow ? d.first_token - kStartWindow : 0;
  for (std::size_t i = from; i < d.first_token && i < s.stems.size(); ++i) {
    if (In(kStartWords, s.stems[i])) return true;
  }
  return false;
}

DateRange SpanOf(const std::optional<DateRange>& from, const std::optional<DateRange>& to) {
  DateRange r;
  r.first = from ? from->first : -kFarDays;
  r.last = to ? to->last : kFarDays;
  r.granularity = std::max(from ? from->granularity : DateGranularity::kDay,
                           to ? to->granularity : DateGranularity::kDay);
  return r;
}

std::string DescribePeriod(const std::optional<DateRange>& from, const std::optional<DateRange>& to) {
  if (from && to && from->first == to->first && from->last == to->last) return FormatDateRange(*from);
  if (from && to) return FormatDateRange(*from) + " to " + FormatDateRange(*to);
  if (from) return "since " + FormatDateRange(*from);
  if (to) return "until " + FormatDateRange(*to);
  return "any time";
}

bool HasEntity(const EntityMention& m, int entity) {
  return std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) { return h.entity == entity; });
}

bool IsPlace(const Sentence& s, const EntityMention& m) {
  std::size_t i = m.first_token;
  if (i > 0 && s.tokens[i - 1].norm == "the") --i;
  return i > 0 && In(kPlaceWords, s.tokens[i - 1].norm);
}

PlaceRelation RelatePlace(const std::vector<KnownEntity>& known, const EntityMention& m, int place) {
  const KnownEntity& target = known[static_cast<std::size_t>(place)];
  bool names_city = false;
  for (const EntityHit& h : m.hits) {
    if (h.entity == place) return PlaceRelation::kSame;
    if (h.form == NameForm::kName && h.entity == target.country) return PlaceRelation::kContains;
    names_city = names_city || (h.form == NameForm::kName &&
                                known[static_cast<std::size_t>(h.entity)].kind == EntityKind::kCity);
  }
  return names_city && target.kind == EntityKind::kCity ? PlaceRelation::kDifferent : PlaceRelation::kUnrelated;
}

ClaimedParticipants ClaimParticipants(const EntityDictionary& dict, const Sentence& s,
                                      const std::vector<int>& participants) {
  const std::vector<KnownEntity>& known = dict.entities();
  auto is_participant = [&](int e) { return std::find(participants.begin(), participants.end(), e) != participants.end(); };
  // People take part as people, countries and organisations as parties: "Erdogan and Syrian leader Assad" lists
  // two people, and "Syrian" there only qualifies the second.
  auto is_person = [&](int e) { return known[static_cast<std::size_t>(e)].kind == EntityKind::kPerson; };
  const bool people = std::any_of(participants.begin(), participants.end(), is_person);
  const bool parties = std::any_of(participants.begin(), participants.end(), [&](int e) { return !is_person(e); });
  ClaimedParticipants out;
  std::vector<int> claimed;
  std::size_t i = 0;
  while (i < s.entities.size()) {
    if (IsPlace(s, s.entities[i])) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < s.entities.size() && !IsPlace(s, s.entities[j]) && Coordinated(s, s.entities[j - 1], s.entities[j])) ++j;
    std::vector<int> group;
    const EntityMention* outsider = nullptr;
    bool holds_participant = false;
    for (std::size_t k = i; k < j; ++k) {
      const int e = Principal(known, s.entities[k], participants);
      if (e < 0 || (is_person(e) ? !people : !parties)) continue;
      if (std::find(group.begin(), group.end(), e) == group.end()) group.push_back(e);
      holds_participant = holds_participant || is_participant(e);
      if (!is_participant(e) && !outsider) outsider = &s.entities[k];
    }
    if (holds_participant) {
      for (int e : group) {
        if (std::find(claimed.begin(), claimed.end(), e) == claimed.end()) claimed.push_back(e);
      }
      if (group.size() > out.largest_group) {
        out.largest_group = group.size();
        out.span = {s.entities[i].span.begin, s.entities[j - 1].span.end};
      }
      if (group.size() >= 2 && outsider && !out.outsider) out.outsider = outsider;
    }
    i = j;
  }
  if (!claimed.empty()) {
    std::size_t common = 0;
    for (int e : claimed) common += is_participant(e) ? 1 : 0;
    std::vector<int> all = participants;
    for (int e : claimed) {
      if (!is_participant(e)) all.push_back(e);
    }
    out.jaccard = static_cast<double>(common) / static_cast<double>(all.size());
  }
  return out;
}

std::string NameList(const EntityDictionary& dict, const std::vector<int>& entities) {
  std::string out;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (i > 0) out += i + 1 == entities.size() ? " and " : ", ";
    out += dict.entities()[static_cast<std::size_t>(entities[i])].name;
  }
  return out;
}

bool RoleHeldOn(const Fact& fact, CivilDate date) {
  const int day = DaysFromCivil(date.year, date.month, date.day);
  if (fact.period_from && day < fact.period_from->first) return false;
  if (fact.period_to && day > fact.period_to->last) return false;
  return true;
}

std::optional<RolePhrase> FindRolePhrase(const Sentence& s, const EntityMention& person) {
  // Titles that end at the name or start at most five words after it.
  const std::size_t window_from = person.first_token > kMaxHitTokens ? person.first_token - kMaxHitTokens : 0;
  const auto [first, last] = s.OfficesStartingIn(window_from, person.last_token + 6);
  for (const OfficeMention* it = first; it != last; ++it) {
    const OfficeMention& o = *it;
    // "Turkish Defence Minister Hulusi Akar"
    if (o.last_token == person.first_token) return MakeRolePhrase(s, o);
    // "Turkey's interior minister, Hulusi Akar"
    if (o.last_token + 1 == person.first_token && s.tokens[o.last_token].norm == ",") return MakeRolePhrase(s, o);
    // "Hulusi Akar, Turkey's defence minister" / "Akar, who is the defence minister" / "Akar is defence minister"
    if (o.first_token >= person.last_token && o.first_token - person.last_token <= 5) {
      std::size_t from = person.last_token;
      if (from < s.tokens.size() && s.tokens[from].norm == ",") ++from;
      if (from > person.last_token || (from < o.first_token && In(kRoleGlue, s.tokens[from].norm))) {
        if (OnlyGlue(s, from, o.first_token)) return MakeRolePhrase(s, o);
      }
    }
  }
  return std::nullopt;
}

RoleVerdict JudgeRole(const EntityDictionary& dict, const RolePhrase& phrase, int office, int office_of) {
  const bool other_office = phrase.office.office >= 0 && (phrase.office.office != office || phrase.office.deputy);
  bool other_country = false;
  if (phrase.qualifier && office_of >= 0 && !HasEntity(*phrase.qualifier, office_of)) {
    other_country = std::any_of(phrase.qualifier->hits.begin(), phrase.qualifier->hits.end(), [&](const EntityHit& h) {
      const EntityKind kind = dict.entities()[static_cast<std::size_t>(h.entity)].kind;
      return kind == EntityKind::kCountry || kind == EntityKind::kOrganization;
    });
  }
  if (other_office || other_country) return RoleVerdict::kDifferent;
  return phrase.office.office == office ? RoleVerdict::kSame : RoleVerdict::kSilent;
}

}  // namespace claimcheck
