// Rules behind slot comparison. Word lists are data tables at the top; each rule is a short function.
#include "slot_rules.h"

#include "match/words.h"

#include <algorithm>
#include <climits>
#include <string_view>

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

constexpr std::size_t kStartWindow = 8;
constexpr int kFarDays = 3'000'000;  // beyond any real date: an open end

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

// "Iran, Syria and Turkey", "Argentina beat Croatia", "Qatar lost 2-0 to Ecuador": two names listed together, or
// set against each other as the two sides of one event.
bool Coordinated(const Sentence& s, const EntityMention& a, const EntityMention& b, bool* opposed) {
  if (b.first_token < a.last_token || b.first_token - a.last_token > 6) return false;
  bool versus = false;
  bool strong = false;
  for (std::size_t i = a.last_token; i < b.first_token; ++i) {
    const Token& t = s.tokens[i];
    if (words::IsListWord(t.norm)) continue;
    if (t.kind == TokenKind::kNumber || t.norm == "-"sv) {
      versus = true;
      continue;
    }
    if (!words::IsVersusWord(t.norm)) return false;
    versus = true;
    strong = strong || (t.norm != "with"sv && t.norm != "to"sv && t.norm != "over"sv);
  }
  if (versus && strong) *opposed = true;
  return !versus || strong;
}

// The qualifier of a title: "Turkish"/"Turkey's" right before it, or "of (the) Turkey" right after it.
const EntityMention* Qualifier(const Sentence& s, const OfficeMention& o) {
  if (const EntityMention* before = s.EntityEndingAt(o.first_token)) return before;
  std::size_t i = o.last_token;
  if (i < s.tokens.size() && s.tokens[i].norm == "of"sv) {
    ++i;
    if (i < s.tokens.size() && s.tokens[i].norm == "the"sv) ++i;
    return s.EntityStartingAt(i);
  }
  return nullptr;
}

// Tokens [first, last) hold only role glue ("is the", "was"), possessive pronouns ("its") and entity names (the
// qualifier); *past set when the glue puts the role in the past ("was", "had been", "served as"), *pronoun when a
// possessive pronoun stands for the title's organisation.
bool OnlyGlue(const Sentence& s, std::size_t first, std::size_t last, bool* past, bool* pronoun) {
  for (std::size_t i = first; i < last; ++i) {
    const std::string_view w = s.tokens[i].norm;
    if (words::IsPastRoleGlue(w) && w != "who" && w != "when") {
      *past = true;
      continue;
    }
    // "She has been its chief executive": whose title it is, the sentences around must say (role.cpp).
    if (words::IsPossessiveDeterminer(w)) {
      *pronoun = true;
      continue;
    }
    if (words::IsRoleGlue(w) || words::IsPastRoleGlue(w)) continue;
    if (!s.EntityCovering(i)) return false;
  }
  return true;
}

RolePhrase MakeRolePhrase(const Sentence& s, const OfficeMention& o, bool past = false) {
  RolePhrase p{o, Qualifier(s, o), s.TokenSpan(o.first_token, o.last_token), past};
  p.unknown_owner = !p.qualifier && UnknownNameAt(s, o.first_token, o.last_token);
  if (p.qualifier) {
    p.span.begin = std::min(p.span.begin, p.qualifier->span.begin);
    p.span.end = std::max(p.span.end, p.qualifier->span.end);
  }
  return p;
}

}  // namespace

bool UnknownNameAt(const Sentence& s, std::size_t before, std::size_t after) {
  auto unknown = [&](std::size_t i) {
    const Token& t = s.tokens[i];
    if (t.kind != TokenKind::kWord || !t.capitalized || s.EntityCovering(i)) return false;
    return std::none_of(s.dates.begin(), s.dates.end(),
                        [&](const DateAt& d) { return d.first_token <= i && i < d.last_token; });
  };
  if (before >= 2 && unknown(before - 1)) return true;  // token 0 is capitalized whatever it is
  std::size_t i = after;
  if (i >= s.tokens.size() || (s.tokens[i].norm != "of"sv && s.tokens[i].norm != "at"sv)) return false;
  ++i;
  if (i < s.tokens.size() && s.tokens[i].norm == "the"sv) ++i;
  return i < s.tokens.size() && unknown(i);
}

bool CountsThings(const Quantity& q) {
  return !q.percent && !q.is_ordinal && !words::IsNonCountNoun(q.noun);
}

bool BareNumber(const Quantity& q) {
  return q.dimension == "count" && q.unit.empty() && q.noun.empty() && q.per.empty() && !q.percent && !q.is_ordinal;
}

bool CountsPart(const Quantity& q) { return words::IsPartNoun(q.noun); }

bool AnotherOccurrence(const Sentence& s, std::size_t first_token, std::size_t last_token, bool ahead) {
  const std::size_t from = first_token > 4 ? first_token - 4 : 0;
  for (std::size_t i = from; i < first_token; ++i) {
    const std::string_view w = s.tokens[i].norm;
    if (words::IsOtherOccurrenceBefore(w) && !(ahead && words::IsFutureWord(w))) return true;
  }
  for (std::size_t i = last_token; i < last_token + 2 && i < s.tokens.size(); ++i) {
    if (words::IsOtherOccurrenceAfter(s.tokens[i].norm)) return true;
  }
  return false;
}

bool CountsParticipants(const Sentence& s, const QuantityMention& q) {
  const Quantity& v = q.quantity;
  if (v.percent || v.is_ordinal || v.low != v.high || v.low < 2 || v.low > 40) return false;
  if (words::IsParticipantNoun(v.noun)) return true;
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

bool AttributiveDate(const Sentence& s, const DateAt& d) {
  static constexpr std::string_view kPrepositions[] = {"on", "in", "at", "by", "during", "as", "of", "since",
                                                       "until", "from", "through", "before", "after", "to"};
  auto preposition = [&](std::size_t i) {
    return std::find(std::begin(kPrepositions), std::end(kPrepositions), s.tokens[i].norm) != std::end(kPrepositions);
  };
  if (d.first_token > 0 && preposition(d.first_token - 1)) return false;
  return d.last_token < s.tokens.size() && s.tokens[d.last_token].kind == TokenKind::kWord &&
         !preposition(d.last_token) && s.tokens[d.last_token].norm != "the"sv && s.tokens[d.last_token].norm != "and"sv;
}

bool StartsSomething(const Sentence& s, const DateAt& d) {
  const std::size_t from = d.first_token > kStartWindow ? d.first_token - kStartWindow : 0;
  for (std::size_t i = from; i < d.first_token && i < s.stems.size(); ++i) {
    if (words::IsStartWord(s.stems[i])) return true;
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

bool InRelativeClause(const Sentence& s, int clause) {
  if (clause < 0) return false;
  const Clause& cl = s.clauses.clauses()[static_cast<std::size_t>(clause)];
  if (cl.kind != ClauseKind::kRelative) return false;
  for (std::size_t i = cl.first; i < cl.last && i < cl.first + 2; ++i) {
    if (s.tokens[i].norm == "when"sv) return false;
  }
  return true;
}

bool IsPlaceKind(EntityKind k) {
  return k == EntityKind::kCountry || k == EntityKind::kRegion || k == EntityKind::kCity || k == EntityKind::kVenue;
}

bool IsPlace(const Sentence& s, const EntityMention& m) {
  std::size_t i = m.first_token;
  if (i > 0 && words::IsPlaceModifier(s.tokens[i - 1].norm)) --i;  // "in eastern Congo"
  if (i > 0 && s.tokens[i - 1].norm == "the"sv) --i;
  // "in Turkey and Syria", "in Iraq, Syria and Lebanon": a name listed after a place is a place too.
  if (i > 0 && (s.tokens[i - 1].norm == "and"sv || s.tokens[i - 1].norm == ","sv)) {
    const EntityMention* before = s.EntityEndingAt(i - 1);
    return before && before != &m && IsPlace(s, *before);
  }
  if (i == 0 || !words::IsPlacePreposition(s.tokens[i - 1].norm)) return false;
  // "talks on Syria", "a UN resolution on Libya": after a word for a discussion, "on" gives its topic.
  return !(s.tokens[i - 1].norm == "on"sv && i > 1 && words::IsTopicNoun(s.tokens[i - 2].norm));
}

namespace {

enum class PlaceClass { kPoint, kRegion, kCountry, kOther };

PlaceClass ClassOf(EntityKind kind) {
  switch (kind) {
    case EntityKind::kCity:
    case EntityKind::kVenue: return PlaceClass::kPoint;
    case EntityKind::kRegion: return PlaceClass::kRegion;
    case EntityKind::kCountry: return PlaceClass::kCountry;
    default: return PlaceClass::kOther;
  }
}

// The country an entity lies in (itself for a country), or -1.
int CountryOf(const std::vector<KnownEntity>& known, int entity) {
  const KnownEntity& e = known[static_cast<std::size_t>(entity)];
  if (e.kind == EntityKind::kCountry) return entity;
  for (int outer : e.within) {
    if (known[static_cast<std::size_t>(outer)].kind == EntityKind::kCountry) return outer;
  }
  return -1;
}

// Two places neither of which contains the other, that cannot both be where one thing happened: two cities, two
// regions, two countries, places in two different countries, or a country outside a region made of countries.
bool Exclusive(const std::vector<KnownEntity>& known, int a, int b) {
  const KnownEntity& ea = known[static_cast<std::size_t>(a)];
  const KnownEntity& eb = known[static_cast<std::size_t>(b)];
  const PlaceClass ca = ClassOf(ea.kind);
  const PlaceClass cb = ClassOf(eb.kind);
  if (ca == PlaceClass::kOther || cb == PlaceClass::kOther) return false;
  if (ca == cb) return true;
  if ((ca == PlaceClass::kCountry && eb.holds_countries) || (cb == PlaceClass::kCountry && ea.holds_countries)) {
    return true;
  }
  const int country_a = CountryOf(known, a);
  const int country_b = CountryOf(known, b);
  return country_a >= 0 && country_b >= 0 && country_a != country_b;
}

}  // namespace

bool ExcludesPlace(const EntityDictionary& dict, int a, int b) {
  if (a == b || dict.Contains(a, b) || dict.Contains(b, a)) return false;
  return Exclusive(dict.entities(), a, b);
}

PlaceRelation RelatePlace(const EntityDictionary& dict, const EntityMention& m, int place) {
  const std::vector<KnownEntity>& known = dict.entities();
  PlaceRelation relation = PlaceRelation::kUnrelated;
  bool exclusive = false;
  for (const EntityHit& h : m.hits) {
    if (h.entity == place || dict.Contains(place, h.entity)) return PlaceRelation::kSame;  // or inside it
    if (h.form != NameForm::kName) continue;
    if (dict.Contains(h.entity, place)) relation = PlaceRelation::kContains;
    else exclusive = exclusive || Exclusive(known, h.entity, place);
  }
  if (relation == PlaceRelation::kUnrelated && exclusive) return PlaceRelation::kDifferent;
  return relation;
}

ClaimedParticipants ClaimParticipants(const EntityDictionary& dict, const Sentence& s,
                                      const std::vector<int>& participants,
                                      const std::function<int(int)>& holder_of, std::size_t dateline_end) {
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
  while (i < s.entities.size() && s.entities[i].span.end <= dateline_end) ++i;
  while (i < s.entities.size()) {
    if (IsPlace(s, s.entities[i]) || s.clauses.InAnchor(s.entities[i].first_token)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    bool opposed = false;
    while (j < s.entities.size() && !IsPlace(s, s.entities[j]) && !s.clauses.InAnchor(s.entities[j].first_token) &&
           Coordinated(s, s.entities[j - 1], s.entities[j], &opposed)) {
      ++j;
    }
    std::vector<int> group;
    const EntityMention* outsider = nullptr;
    bool holds_participant = false;
    for (std::size_t k = i; k < j; ++k) {
      int e = Principal(known, s.entities[k], participants);
      if (e >= 0 && is_person(e) && !people && holder_of) e = holder_of(e);
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
      if (group.size() >= 2 && outsider && !out.outsider) {
        out.outsider = outsider;
        out.outsider_opposed = opposed;
      }
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
  const auto [first, last] = s.OfficesStartingIn(window_from, person.last_token + 18);
  for (const OfficeMention* it = first; it != last; ++it) {
    const OfficeMention& o = *it;
    // "Turkish Defence Minister Hulusi Akar"
    if (o.last_token == person.first_token) return MakeRolePhrase(s, o);
    // "Turkey's interior minister, Hulusi Akar"
    if (o.last_token + 1 == person.first_token && s.tokens[o.last_token].norm == ","sv) return MakeRolePhrase(s, o);
    // "Hulusi Akar, Turkey's defence minister" / "Akar, who is the defence minister" / "Akar is defence minister"
    // / "Sivan was ISRO chairman" (past: compared only at a date the sentence gives)
    // "Yaccarino, a former NBCUniversal executive, took over as Twitter's CEO": past an apposition first.
    std::size_t after = person.last_token;
    if (after < s.tokens.size() && s.tokens[after].norm == ","sv) {
      std::size_t close = after + 1;
      while (close < s.tokens.size() && close < after + 12 && s.tokens[close].norm != ","sv) ++close;
      if (close < s.tokens.size() && s.tokens[close].norm == ","sv && o.first_token > close) after = close;
    }
    if (o.first_token >= after && o.first_token - after <= 5) {
      std::size_t from = after;
      if (from < s.tokens.size() && s.tokens[from].norm == ","sv) ++from;
      const bool glue = from < o.first_token &&
                        (words::IsRoleGlue(s.tokens[from].norm) || words::IsPastRoleGlue(s.tokens[from].norm));
      bool past = false;
      bool pronoun = false;
      if ((from > after || glue) && OnlyGlue(s, from, o.first_token, &past, &pronoun)) {
        RolePhrase phrase = MakeRolePhrase(s, o, past);
        phrase.pronoun_owner = pronoun;
        return phrase;
      }
    }
  }
  return std::nullopt;
}

RoleVerdict JudgeRole(const EntityDictionary& dict, const RolePhrase& phrase, int office, int office_of) {
  // Another organisation's title, by a name the base does not know: a person may hold several.
  if (phrase.unknown_owner) return RoleVerdict::kSilent;
  const std::vector<KnownEntity>& known = dict.entities();
  const bool other_office = phrase.office.office >= 0 && (phrase.office.office != office || phrase.office.deputy);
  bool other_country = false;
  if (phrase.qualifier && office_of >= 0 && !HasEntity(*phrase.qualifier, office_of)) {
    const EntityKind of_kind = known[static_cast<std::size_t>(office_of)].kind;
    for (const EntityHit& h : phrase.qualifier->hits) {
      if (dict.Contains(h.entity, office_of) || dict.Contains(office_of, h.entity)) continue;
      const EntityKind kind = known[static_cast<std::size_t>(h.entity)].kind;
      // Another organisation's title is another role: a person may hold several ("Tesla chief executive Musk").
      if (kind == EntityKind::kOrganization || kind == EntityKind::kGroup) return RoleVerdict::kSilent;
      if (kind == EntityKind::kCountry && of_kind == EntityKind::kCountry) other_country = true;
    }
  }
  if (other_office || other_country) return RoleVerdict::kDifferent;
  return phrase.office.office == office ? RoleVerdict::kSame : RoleVerdict::kSilent;
}

}  // namespace claimcheck
