// ordinal: the nth of a series ("the 19th International Meeting on Syria"). Fields: ordinal, series, participants,
// date, place. The ordinal stands right before the series' trigger words.
#include <algorithm>

#include "kinds/kind.h"
#include "kinds/reader.h"
#include "match/slot_rules.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

constexpr std::size_t kOrdinalWindow = 3;

constexpr loader::FieldSpec kFields[] = {{"ordinal", true}, {"series", true}, {"participants", false}, {"date", false},
                                         {"place", false}};

void Read(KindReader& r, const loader::Json& v, Fact* fact) {
  r.Integer(v, "ordinal", 1, &fact->ordinal);
  r.String(v, "series", &fact->series);
  r.ReadParticipants(v, &fact->participants);
  r.ReadDateObject(v, "date", &fact->date);
  r.Id(v, "place", &fact->place);
}

// "the first title since 1986", "its first win in 36 years", "their first crown for a decade": a rank within a span
// of time (nothing like it came between), not the rank in the whole series. Read up to the clause's next comma.
bool RankWithinSpan(const Sentence& s, const QuantityMention& q) {
  constexpr std::size_t kWindow = 5;
  const std::size_t end = std::min(s.tokens.size(), q.last_token + kWindow);
  for (std::size_t i = q.last_token; i < end; ++i) {
    const std::string_view w = s.tokens[i].norm;
    if (w == ","sv || w == ";"sv || w == "and"sv) return false;
    if (w == "since"sv) return true;
    if ((w != "in"sv && w != "for"sv) || i + 1 >= s.tokens.size()) continue;
    const bool duration = std::any_of(s.quantities.begin(), s.quantities.end(), [&](const QuantityMention& d) {
      return d.first_token == i + 1 && d.quantity.dimension == "duration";
    });
    const std::string_view next = s.tokens[i + 1].norm;
    const std::string_view after = i + 2 < s.tokens.size() ? std::string_view(s.tokens[i + 2].norm) : std::string_view();
    if (duration || next == "years"sv || next == "decades"sv || next == "generations"sv ||
        (next == "a"sv && (after == "decade"sv || after == "generation"sv || after == "century"sv))) {
      return true;
    }
  }
  return false;
}

// A usable hit of one of the fact's triggers starts at token `i`.
bool StartsTrigger(const SlotContext& c, std::size_t i) {
  return std::any_of(c.triggers.begin(), c.triggers.end(), [&](const PhraseHit* h) { return h->first_token == i; });
}

// "the first to do so": the rank of what the sentence said before it, when that was one of the fact's trigger hits
// ("the fourth country to land on the Moon and the first to do so near its pole").
bool DoesSoAfterTrigger(const SlotContext& c, const QuantityMention& q) {
  const std::vector<Token>& t = c.s.tokens;
  const std::size_t i = q.last_token;
  if (i + 2 >= t.size() || t[i].norm != "to"sv || t[i + 1].norm != "do"sv) return false;
  const std::string_view what = t[i + 2].norm;
  if (what != "so"sv && what != "it"sv && what != "that"sv && what != "this"sv) return false;
  return std::any_of(c.triggers.begin(), c.triggers.end(),
                     [&](const PhraseHit* h) { return h->last_token <= q.first_token; });
}

// The sentence's rank for the fact: an ordinal right before the series' words ("the 19th International Meeting")
// or "for the third time" in the fact's clause; nullptr when there is none.
// Of several ("the fourth country to land on the Moon and the first to reach its pole", where "country to land" is
// both facts' word), the one with the fact's own rank.
const QuantityMention* RankOf(const SlotContext& c, std::size_t* index) {
  const QuantityMention* found = nullptr;
  for (std::size_t i = 0; i < c.s.quantities.size(); ++i) {
    const QuantityMention& q = c.s.quantities[i];
    if (c.used_quantities[i] || !q.quantity.is_ordinal) continue;
    // "for the third time", "for a third time": the rank of the clause's event, wherever its word is.
    const bool nth_time = q.last_token < c.s.tokens.size() &&
                          (c.s.tokens[q.last_token].norm == "time"sv || c.s.tokens[q.last_token].norm == "times"sv);
    // "a first World Cup title at his fifth attempt": "a first" is a first for someone, not a rank in the series.
    if (!nth_time && q.first_token > 0 &&
        (c.s.tokens[q.first_token - 1].norm == "a"sv || c.s.tokens[q.first_token - 1].norm == "an"sv)) {
      continue;
    }
    // The rank comes right before the series' words, or starts a trigger the base wrote with it ("first to reach").
    const bool ranks = nth_time ? DistanceToTriggerInScope(c, q.first_token, q.last_token) != static_cast<std::size_t>(-1)
                                : Precedes(c.s, q.last_token, c.fact.triggers, kOrdinalWindow) ||
                                      StartsTrigger(c, q.first_token) || DoesSoAfterTrigger(c, q);
    if (!ranks || RankWithinSpan(c.s, q)) continue;
    if (!found || q.quantity.low == c.fact.fact->ordinal) {
      *index = i;
      found = &q;
    }
    if (q.quantity.low == c.fact.fact->ordinal) break;
  }
  return found;
}

// "the 19th meeting" where the base knows the 18th and the 19th: the rank names another fact of the series.
bool NamesAnotherOfSeries(const SlotContext& c) {
  std::size_t index = 0;
  const QuantityMention* q = RankOf(c, &index);
  if (!q || q->quantity.low == c.fact.fact->ordinal || q->quantity.low != q->quantity.high) return false;
  return c.facts.HasOrdinal(c.fact.fact->series, static_cast<int>(q->quantity.low));
}

bool IsPersonMention(const SlotContext& c, const EntityMention* m) {
  const std::vector<KnownEntity>& known = c.facts.entities.entities();
  return m && std::any_of(m->hits.begin(), m->hits.end(), [&](const EntityHit& h) {
           return known[static_cast<std::size_t>(h.entity)].kind == EntityKind::kPerson;
         });
}

// The person the sentence gives the rank `q` to: "Aldrin was (became, is) the first ...", "Aldrin, the first ...",
// "Collins followed Armstrong down the ladder to become the second ..." (the clause's subject); nullptr when it
// says none so plainly.
const EntityMention* RankHolder(const SlotContext& c, const QuantityMention& q) {
  const std::vector<Token>& t = c.s.tokens;
  std::size_t k = q.first_token;
  if (k > 0 && (t[k - 1].norm == "the"sv || t[k - 1].norm == "a"sv || t[k - 1].norm == "an"sv)) --k;
  if (k == 0) return nullptr;
  const std::string_view before = t[k - 1].norm;
  if (before == ","sv) {
    const EntityMention* m = c.s.EntityEndingAt(k - 1);
    return IsPersonMention(c, m) ? m : nullptr;
  }
  static constexpr std::string_view kCopulas[] = {"was", "is", "became", "becomes", "become"};
  if (std::find(std::begin(kCopulas), std::end(kCopulas), before) == std::end(kCopulas)) return nullptr;
  if (before == "become"sv) {
    if (k < 2 || t[k - 2].norm != "to"sv) return nullptr;
    // "to become the second": the subject of the clause, its first name.
    const int clause = c.s.clauses.ClauseOf(k - 1);
    if (clause < 0) return nullptr;
    const Clause& cl = c.s.clauses.clauses()[static_cast<std::size_t>(clause)];
    const EntityMention* m = c.s.EntityStartingAt(cl.first);
    return IsPersonMention(c, m) ? m : nullptr;
  }
  const EntityMention* m = c.s.EntityEndingAt(k - 1);
  return IsPersonMention(c, m) ? m : nullptr;
}

// A rank held by people the base lists (closed): the person the sentence gives it to is one of them, or someone
// else ("Buzz Aldrin was the first man to walk on the Moon" of Armstrong's first).
void CompareRankHolder(SlotContext& c, const QuantityMention& q) {
  if (!c.fact.people || !c.fact.fact->participants.closed) return;
  if (std::any_of(c.match->slots.begin(), c.match->slots.end(),
                  [](const SlotResult& r) { return r.slot == "participants"; })) {
    return;  // said already (a list of names, or the one who did it)
  }
  const EntityMention* holder = RankHolder(c, q);
  if (!holder) return;
  AddSlot(c, MakeSlot("participants", NamesParticipant(c, *holder) ? Verdict::kSupported : Verdict::kContradicted,
                      holder->span, SpanString(c.s, holder->span), NameList(c.facts.entities, c.fact.participants)));
}

// A rank is compared when the sentence is about this member of the series: the fact's subject is named ("India
// became the third country", "Argentina's second title"), or its date or place agrees. "Iran, Russia and Turkey
// held the 21st meeting" names another round, which the base does not know.
void CompareOrdinal(SlotContext& c) {
  const Fact& fact = *c.fact.fact;
  std::size_t index = 0;
  const QuantityMention* q = fact.ordinal > 0 ? RankOf(c, &index) : nullptr;
  if (!q) return;
  c.used_quantities[index] = true;
  const bool same = q->quantity.low == fact.ordinal;
  const bool identified = !c.fact.about_entities.empty() ||
                          std::any_of(c.match->slots.begin(), c.match->slots.end(), [](const SlotResult& r) {
                            return (r.slot == "date" || r.slot == "place") && r.verdict == Verdict::kSupported && !r.weak;
                          });
  if (!same && !identified) {
    c.match->slots.clear();  // another member of the series: nothing the sentence says of it is this fact's
    return;
  }
  AddSlot(c, MakeSlot("ordinal", same ? Verdict::kSupported : Verdict::kContradicted, q->quantity.span,
                      SpanString(c.s, q->quantity.span), Ordinal(fact.ordinal) + " " + fact.series));
  CompareRankHolder(c, *q);
}

// The sentence says something of this member of the series. Where the rank is a person's (the participants are
// people: "the first person to walk on the moon"), it gives the rank or names one who holds it ("Armstrong walked
// on the moon on 20 July"): "Only two of the three astronauts walked on the moon" names neither, and a place or a
// date alone would support the first where nothing is said of it. (A summit's place or date does tell which one.)
bool SpeaksOfTheMember(const SlotContext& c) {
  if (!c.fact.people) return true;
  std::size_t index = 0;
  if (c.fact.fact->ordinal > 0 && RankOf(c, &index)) return true;
  return std::any_of(c.s.entities.begin(), c.s.entities.end(),
                     [&](const EntityMention& m) { return NamesParticipant(c, m); });
}

void Compare(SlotContext& c) {
  if (NamesAnotherOfSeries(c) || !SpeaksOfTheMember(c)) return;
  CompareEventDate(c);
  ComparePlace(c);
  CompareParticipants(c);
  CompareOrdinal(c);
}

}  // namespace

extern const KindSpec kOrdinalKind{"ordinal", FactKind::kOrdinal, kFields, Read, Compare};

}  // namespace claimcheck
