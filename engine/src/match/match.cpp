// The checker. For each sentence: analyse it once (tokens, names, titles, triggers; then figures, dates and
// clauses), gather candidate facts from the index (trigger phrases, the entities named, role facts of the people
// named), keep those the sentence is about (match/evidence.h), tie each figure to its measure word, compare each
// fact's slots with its kind's rules (kinds/), and when several facts of one kind are triggered by the same words
// ("met", "talks") keep the one the sentence fits best. Figures and dates no fact covers are reported as
// unverified when the sentence is about something the fact base knows. A sentence that refers back ("It killed
// thousands") may draw on what the sentence before it named.
#include "claimcheck/match.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>
#include <utility>
#include <cmath>
#include <limits>

#include "report/format.h"
#include "kinds/kind.h"
#include "match/analysis.h"
#include "match/compiled.h"
#include "match/evidence.h"
#include "match/slot_rules.h"
#include "match/words.h"
#include "work_counters.h"
#include "outline.h"

namespace claimcheck {

using namespace std::string_view_literals;

struct Checker::Index {
  CompiledFacts facts;
};

namespace {

constexpr std::size_t kFigureWindow = 16;  // words between a figure and its measure word, in one clause

// A sentence disagreeing with a fact on more than it agrees with (by two slots or more) is about another event:
// "Russia's and China's defence ministers met in Beijing on 10 May" is not a wrong account of the Moscow meeting.
// A fact identified only weakly (its triggers and terms, no participant named) contradicts only with something
// else in the sentence agreeing.
bool SameEvent(const FactMatch& m, bool weak) {
  int supported = 0;
  int contradicted = 0;
  for (const SlotResult& r : m.slots) {
    supported += r.verdict == Verdict::kSupported && !r.weak ? 1 : 0;
    contradicted += r.verdict == Verdict::kContradicted || r.against || r.other_measure ? 1 : 0;
  }
  if (weak && contradicted > 0 && supported == 0) return false;
  return contradicted <= supported + 1;
}

// Sorts and deduplicates fact indexes collected from several lists.
void SortUnique(std::vector<int>* facts) {
  std::sort(facts->begin(), facts->end());
  facts->erase(std::unique(facts->begin(), facts->end()), facts->end());
}

// The facts the sentence's words may be about, into `candidates` (cleared first; its storage reused).
CLAIMCHECK_OUTLINE void Candidates(const CompiledFacts& facts, const Sentence& s, std::vector<int>* candidates) {
  std::vector<int>& out = *candidates;
  out.clear();
  auto add = [&](const std::unordered_map<int, std::vector<int>>& index, int key) {
    auto it = index.find(key);
    if (it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  };
  for (const PhraseHit& hit : s.phrases) add(facts.by_trigger, hit.phrase);
  for (const OfficeMention& o : s.offices) {
    if (o.office >= 0) add(facts.by_office, o.office);
  }
  for (const EntityMention& m : s.entities) {
    for (const EntityHit& h : m.hits) {
      add(facts.by_person, h.entity);
      add(facts.by_entity, h.entity);
      const KnownEntity& known = facts.entities.entities()[static_cast<std::size_t>(h.entity)];
      for (int outer : known.within) add(facts.by_entity, outer);
      for (int inner : known.names_inside) {
        add(facts.by_entity, inner);
        for (int outer : facts.entities.entities()[static_cast<std::size_t>(inner)].within) add(facts.by_entity, outer);
      }
    }
  }
  SortUnique(&out);
}

// Candidates reached through what the sentence before named: all of it for a sentence that refers back, else the
// places still in force.
CLAIMCHECK_OUTLINE void AddDiscourseCandidates(const CompiledFacts& facts, const Discourse& previous, bool refers_back,
                            std::vector<int>* candidates) {
  const std::vector<int>& named = refers_back ? previous.entities : previous.places;
  if (named.empty()) return;
  std::vector<int>& out = *candidates;
  auto add = [&](const std::unordered_map<int, std::vector<int>>& index, int key) {
    auto it = index.find(key);
    if (it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  };
  for (int entity : named) {
    if (refers_back) add(facts.by_person, entity);
    add(facts.by_entity, entity);
    for (int outer : facts.entities.entities()[static_cast<std::size_t>(entity)].within) add(facts.by_entity, outer);
  }
  SortUnique(candidates);
}

// An "and", "or" or "but" between a figure and a word.
bool ConjunctionBetween(const Sentence& s, std::size_t first, std::size_t last, const PhraseHit& h) {
  const std::size_t from = std::min(last, h.last_token);
  const std::size_t to = std::max(first, h.first_token);
  for (std::size_t i = from; i < to && i < s.tokens.size(); ++i) {
    const std::string_view w = s.tokens[i].norm;
    if (w == "and" || w == "or" || w == "but") return true;
  }
  return false;
}

// Ties each figure to the nearest measure word, in its clause, of a fact the sentence is about.
// The kinds of figure a measure word is a word of: one bit per dimension ("deaths" counts, "revenue" is money,
// "rose" a percentage), so that "revenue rose to $69.1 billion" ties the money to "revenue", not to "rose".
std::uint32_t DimensionBit(std::string_view dimension) {
  static constexpr std::string_view kKnown[] = {"count", "percent", "money", "duration", "length", "mass",
                                                "area", "volume", "speed", "temperature", "magnitude"};
  for (std::size_t i = 0; i < std::size(kKnown); ++i) {
    if (kKnown[i] == dimension) return std::uint32_t{1} << i;
  }
  return std::uint32_t{1} << 31;  // a dimension a fact base added: one bit for all of them
}

// A bare number ("measured 7.7") ties also to the measure words of a dimension that takes one (UnitMeaning::bare).
constexpr std::uint32_t kBareBit = std::uint32_t{1} << 30;
std::uint32_t FigureBit(const Quantity& q) {
  return DimensionBit(q.percent ? "percent" : q.dimension) | (BareNumber(q) ? kBareBit : 0);
}

// Measure words of the sentence's candidate facts, sorted by phrase id, with the dimensions they measure.
using MeasureWords = std::vector<std::pair<int, std::uint32_t>>;

std::uint32_t MeasureBits(const MeasureWords& measures, int phrase) {
  const auto it = std::lower_bound(measures.begin(), measures.end(), std::make_pair(phrase, std::uint32_t{0}));
  return it != measures.end() && it->first == phrase ? it->second : 0;
}

CLAIMCHECK_OUTLINE void TieFigures(const CompiledFacts& facts, const MeasureWords& measures, Sentence* sentence) {
  Sentence& s = *sentence;
  s.figure_heads.assign(s.quantities.size(), -1);
  for (std::size_t i = 0; i < s.quantities.size(); ++i) {
    const QuantityMention& q = s.quantities[i];
    const std::size_t from = q.first_token > kFigureWindow + kMaxHitTokens ? q.first_token - kFigureWindow - kMaxHitTokens : 0;
    const auto [begin, end] = s.HitsStartingIn(from, q.last_token + kFigureWindow + 1);
    std::size_t best_gap = 2 * kFigureWindow + 1;
    int unit_head = -1;  // a measure word that is the figure's own unit
    for (const PhraseHit* h = begin; h != end; ++h) {
      if ((MeasureBits(measures, h->phrase) & FigureBit(q.quantity)) == 0) continue;
      // "magnitude 7.8": a measure word written as the figure's unit says what it measures, when no other does.
      const ByteSpan unit = q.quantity.unit_span;
      if (unit.end > unit.begin && unit.begin <= s.tokens[h->first_token].span.begin &&
          s.tokens[h->last_token - 1].span.end <= unit.end) {
        if (unit_head < 0) unit_head = static_cast<int>(h - s.phrases.data());
        continue;
      }
      if (s.InsideFigure(*h) && !s.CountWordHad(*h)) continue;
      // A rate's own denominator, when it is a measure word, says what the figure measures ("$54.20 a share" is
      // the price per share, whatever "paid" before it is a word of).
      if (s.InDenominator(*h, q.quantity)) {
        s.figure_heads[i] = static_cast<int>(h - s.phrases.data());
        break;
      }
      if (!s.clauses.SameScope(q.first_token, h->first_token)) continue;
      const std::size_t words = Gap(q.first_token, q.last_token, h->first_token, h->last_token);
      if (words > kFigureWindow) continue;
      // "11,300 people had died and 10,100 were missing": a conjunction between them counts as a long way.
      const std::size_t gap = words + (ConjunctionBetween(s, q.first_token, q.last_token, *h) ? kFigureWindow / 2 : 0);
      if (gap < best_gap) {
        best_gap = gap;
        s.figure_heads[i] = static_cast<int>(h - s.phrases.data());
      }
    }
    if (s.figure_heads[i] < 0) s.figure_heads[i] = unit_head;
  }
  (void)facts;
}

// Both lists are sorted (the evidence collects them in token order).
bool ShareTrigger(const FactMatch& a, const FactMatch& b) {
  CountWork(&WorkCounters::comparisons, a.trigger_tokens.size() + b.trigger_tokens.size());
  auto i = a.trigger_tokens.begin();
  auto j = b.trigger_tokens.begin();
  while (i != a.trigger_tokens.end() && j != b.trigger_tokens.end()) {
    if (*i == *j) return true;
    if (*i < *j) ++i;
    else ++j;
  }
  return false;
}

int Count(const FactMatch& m, Verdict verdict) {
  return static_cast<int>(
      std::count_if(m.slots.begin(), m.slots.end(), [&](const SlotResult& r) { return r.verdict == verdict; }));
}
int Contradictions(const FactMatch& m) { return Count(m, Verdict::kContradicted); }

// The two matches speak of the same words of the sentence (a figure, a date, a name).
bool SameWords(const FactMatch& a, const FactMatch& b) {
  for (const SlotResult& x : a.slots) {
    for (const SlotResult& y : b.slots) {
      if (Overlaps(x.span, y.span)) return true;
    }
  }
  return false;
}

// Facts of one kind triggered by the same words and compared with the same mention compete: the best fit stays
// ("met in Moscow on 28 December" is the December meeting, not April's; "the second country to land near the south
// pole" is the south-pole ordinal, which the sentence names more of). Ties go to fewer contradictions, then to more
// agreement.
CLAIMCHECK_OUTLINE std::vector<FactMatch> KeepBest(const CompiledFacts& facts, std::vector<FactMatch> matches) {
  // A clearly better fit wins; between close fits, the one the words agree with (a figure that fits one fact of
  // two of a kind is most likely about that one).
  std::stable_sort(matches.begin(), matches.end(), [](const FactMatch& a, const FactMatch& b) {
    if (std::abs(a.score - b.score) >= 0.5) return a.score > b.score;
    if (Contradictions(a) != Contradictions(b)) return Contradictions(a) < Contradictions(b);
    // As many disagreements each: the fact more of the sentence agrees with ("met in Moscow on 25 April" with one
    // wrong name is April's meeting, not December's with a wrong date).
    if (Count(a, Verdict::kSupported) != Count(b, Verdict::kSupported)) {
      return Count(a, Verdict::kSupported) > Count(b, Verdict::kSupported);
    }
    return a.score > b.score;
  });
  std::vector<FactMatch> kept;
  for (FactMatch& m : matches) {
    const FactKind kind = facts.facts[static_cast<std::size_t>(m.fact)].fact->kind;
    const bool beaten = std::any_of(kept.begin(), kept.end(), [&](const FactMatch& k) {
      return facts.facts[static_cast<std::size_t>(k.fact)].fact->kind == kind && ShareTrigger(k, m) && SameWords(k, m);
    });
    if (!beaten) kept.push_back(std::move(m));
  }
  return kept;
}

// A figure one fact of the sentence agrees with is that fact's; another fact it would contradict speaks of something
// else ("some 6,800 athletes sailed on 85 boats" is the parade's, not the 10,500 at the Games; "Biles collected three
// gold medals in Paris" counts hers, not France's 16). Such a contradiction is dropped, and a match left with nothing.
void LeaveAgreedFigures(std::vector<FactMatch>* matches) {
  auto figure = [](const SlotResult& r) { return r.slot == "quantity" || r.slot == "count"; };
  std::vector<std::pair<std::size_t, ByteSpan>> agreed;  // (match, figure) for every figure a match agrees with
  for (std::size_t i = 0; i < matches->size(); ++i) {
    for (const SlotResult& r : (*matches)[i].slots) {
      if (figure(r) && r.verdict == Verdict::kSupported && !r.weak) agreed.emplace_back(i, r.span);
    }
  }
  if (agreed.empty()) return;
  for (std::size_t i = 0; i < matches->size(); ++i) {
    std::vector<SlotResult>& slots = (*matches)[i].slots;
    slots.erase(std::remove_if(slots.begin(), slots.end(), [&](const SlotResult& r) {
                  return figure(r) && r.verdict == Verdict::kContradicted &&
                         std::any_of(agreed.begin(), agreed.end(), [&](const std::pair<std::size_t, ByteSpan>& a) {
                           return a.first != i && Overlaps(a.second, r.span);
                         });
                }),
                slots.end());
  }
  matches->erase(std::remove_if(matches->begin(), matches->end(), [](const FactMatch& m) { return m.slots.empty(); }),
                 matches->end());
}

int SlotRank(const std::string& slot) {
  static constexpr const char* kOrder[] = {"quantity", "count", "ordinal", "role", "term", "date", "period",
                                           "participants", "place"};
  for (std::size_t i = 0; i < sizeof(kOrder) / sizeof(kOrder[0]); ++i) {
    if (slot == kOrder[i]) return static_cast<int>(i);
  }
  return static_cast<int>(sizeof(kOrder) / sizeof(kOrder[0]));
}

std::optional<Source> SourceOf(const CompiledFacts& facts, const CompiledFact& f, const SlotResult& r) {
  if (!r.source_id.empty()) {
    if (const Source* source = facts.base.FindSource(r.source_id)) return ReportedSource(*source);
  }
  return f.source;
}

std::string SourceText(const std::optional<Source>& source) {
  return source ? " (" + FormatSource(*source) + ")" : "";
}

CLAIMCHECK_OUTLINE Claim MakeClaim(const CompiledFacts& facts, const CompiledFact& f, const FactMatch& m, const Sentence& s) {
  Claim claim;
  claim.fact_id = f.fact->id;
  claim.sentence = s.span;
  claim.statement = f.fact->statement;
  std::vector<const SlotResult*> decisive;
  // A slot pointing away from the fact (another city, a date years off) leaves a support unproven.
  const bool doubt = std::any_of(m.slots.begin(), m.slots.end(), [](const SlotResult& r) { return r.against; });
  for (Verdict v : {Verdict::kContradicted, Verdict::kSupported, Verdict::kUnverified}) {
    if (v == Verdict::kSupported && doubt) continue;
    for (const SlotResult& r : m.slots) {
      if (r.verdict == v) decisive.push_back(&r);
    }
    if (!decisive.empty()) {
      claim.verdict = v;
      break;
    }
  }
  // The words to mark are those of the most telling slot (a figure before a date, a date before a place).
  std::stable_sort(decisive.begin(), decisive.end(),
                   [](const SlotResult* a, const SlotResult* b) { return SlotRank(a->slot) < SlotRank(b->slot); });
  const SlotResult& first = *decisive.front();
  claim.slot = first.slot;
  claim.span = first.span;
  claim.source = SourceOf(facts, f, first);
  // A figure several sources give: the report lists them all (Report::figures), the claim says which agrees.
  if (first.slot == "quantity" && first.slot_index >= 0 &&
      static_cast<std::size_t>(first.slot_index) < f.fact->quantities.size() &&
      f.fact->quantities[static_cast<std::size_t>(first.slot_index)].values.size() > 1) {
    claim.figures = f.fact->id + "#" + std::to_string(first.slot_index);
    if (claim.verdict == Verdict::kSupported) claim.agrees_with = first.value_index;
  }
  // A figure given by several sources names them in `expected` already.
  const std::string source = first.cites_sources && claim.verdict == Verdict::kContradicted ? "" : SourceText(claim.source);
  // "defence minister of Türkiye" and "defence minister of Türkiye 10 July 2018 to 3 June 2023" say it once.
  auto append = [](std::string* list, const std::string& item) {
    if (item.empty() || list->find(item) != std::string::npos) return;
    const std::size_t last = list->rfind("; ");
    const std::size_t from = last == std::string::npos ? 0 : last + 2;
    if (!list->empty() && item.compare(0, list->size() - from, *list, from) == 0) {
      list->replace(from, std::string::npos, item);
      return;
    }
    *list += (list->empty() ? "" : "; ") + item;
  };
  for (const SlotResult* r : decisive) {
    append(&claim.found, r->found);
    append(&claim.expected, r->expected);
  }
  switch (claim.verdict) {
    case Verdict::kContradicted:
      claim.found = first.found;
      claim.expected = first.expected;
      claim.explanation = first.why.empty()
                              ? "The fact base says " + first.expected + source + "; the text says " + first.found + "."
                              : "The fact base has " + first.why.substr(first.why.find(" has ") + 5) + source +
                                    "; the text says " + first.found + ".";
      break;
    case Verdict::kSupported:
      claim.explanation = "The fact base agrees: " + claim.expected + source + ".";
      break;
    case Verdict::kUnverified:
      claim.explanation = "Not comparable with the fact base (" + first.note + "): it says " + first.expected +
                          source + "; the text says " + first.found + ".";
      break;
  }
  return claim;
}

// The sentence names an entity of the fact base.
CLAIMCHECK_OUTLINE bool AboutKnown(const CompiledFacts& facts, const Sentence& s) {
  return std::any_of(s.entities.begin(), s.entities.end(), [&](const EntityMention& m) {
    return std::any_of(m.hits.begin(), m.hits.end(), [&](const EntityHit& h) {
      return facts.entities.entities()[static_cast<std::size_t>(h.entity)].in_fact_base;
    });
  });
}

// "Hulusi Akar, 71, said", "aged 71": a person's age, not a figure to check.
bool IsAge(const Sentence& s, const QuantityMention& q) {
  const std::size_t i = q.first_token;
  if (i >= 1 && (s.tokens[i - 1].norm == "aged"sv || s.tokens[i - 1].norm == "age"sv)) return true;
  if (i < 2 || s.tokens[i - 1].norm != ","sv) return false;
  const bool closed = q.last_token < s.tokens.size() && s.tokens[q.last_token].norm == ","sv;
  return closed && s.EntityEndingAt(i - 1) != nullptr;
}

// Figures and dates in a sentence about known entities where no fact applied: worth a human look.
CLAIMCHECK_OUTLINE void AddUnverified(const Sentence& s, std::size_t dateline_end, std::size_t first_claim,
                   std::vector<Claim>* claims) {
  if (claims->size() > first_claim) return;
  auto add = [&](ByteSpan span, const char* slot, const char* what) {
    Claim c;
    c.verdict = Verdict::kUnverified;
    c.slot = slot;
    c.span = span;
    c.sentence = s.span;
    c.found = std::string(SpanText(s.text, span));
    c.explanation = std::string("No fact in the fact base covers this ") + what + ".";
    claims->push_back(std::move(c));
  };
  for (const QuantityMention& q : s.quantities) {
    if (CountsThings(q.quantity) && !q.quantity.vague && !IsAge(s, q)) add(q.quantity.span, "quantity", "figure");
  }
  for (const DateAt& d : s.dates) {
    if (d.date.span.end > dateline_end) add(d.date.span, "date", "date");
  }
}

// Where the dateline ("Moscow, 25 April 2023 (TDI):") ends, or 0 when the text has none (`dateline`:
// FindDateline(text)).
std::size_t DatelineEnd(std::string_view text, const std::optional<CivilDate>& dateline) {
  if (!dateline) return 0;
  const std::size_t limit = std::min<std::size_t>(text.size(), 120);
  for (std::size_t i = 0; i < limit; ++i) {
    if (text[i] == ':' || text[i] == '\n') return i;
    if (text.compare(i, 3, " - ") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) return i;
  }
  return 0;
}

// "all born in 1930", "born on 5 August 1930": the date of a birth.
bool BirthDate(const Sentence& s, const DateAt& d) {
  for (std::size_t back = 1; back <= 2 && back <= d.first_token; ++back) {
    const std::string_view w = s.tokens[d.first_token - back].norm;
    if (w == "born"sv) return true;
    if (w != "in"sv && w != "on"sv) return false;
  }
  return false;
}

// Anchored dates get their anchor: "the following July" and "a year later" count from the date told before (in the
// sentence, else in the sentence before it). Without one told before, the mention is dropped. Birth dates are marked.
// "India will vote in seven phases starting April 19", written on 16 March: a day or a month without its year, after
// a word of the future, is the nearer of its occurrences around the publication date. (The reader resolves one more
// than 31 days ahead to the year before, which fits a text telling what happened.) So is a day of the week: "Pence
// will preside on Wednesday", written on a Tuesday, is the next day, not six days before.
void LookAhead(const Sentence& s, std::optional<CivilDate> reference, DateAt* d) {
  DateRange& r = d->date.range;
  if (!reference || r.granularity == DateGranularity::kYear || r.granularity == DateGranularity::kDecade) return;
  const bool weekday = d->date.weekday;
  if (!weekday && (!d->date.year_inferred || d->date.relative)) return;
  const int today = DaysFromCivil(reference->year, reference->month, reference->day);
  // "due to" gives a cause, not a time ahead.
  bool future = false;
  for (std::size_t i = 0; i < d->first_token && !future; ++i) {
    future = words::IsFutureWord(s.tokens[i].norm) &&
             !(s.tokens[i].norm == "due"sv && i + 1 < s.tokens.size() && s.tokens[i + 1].norm == "to"sv);
  }
  if (r.last >= today || !future) return;
  if (weekday) {
    // Only the future word of its own clause, close before it: "will investigate the fire that broke out on
    // Tuesday" tells of a Tuesday past.
    const std::size_t from = d->first_token > 8 ? d->first_token - 8 : 0;
    bool near = false;
    for (std::size_t i = from; i < d->first_token && !near; ++i) {
      near = words::IsFutureWord(s.tokens[i].norm) && s.tokens[i].norm != "due"sv &&
             s.clauses.SameScope(i, d->first_token);
    }
    if (near && today - r.last < 7) r = DateRange{r.first + 7, r.last + 7, r.granularity};
    return;
  }
  const CivilDate a = CivilFromDays(r.first), b = CivilFromDays(r.last);
  const int first = DaysFromCivil(a.year + 1, a.month, std::min(a.day, a.month == 2 ? 28 : 31));
  const int last = DaysFromCivil(b.year + 1, b.month, std::min(b.day, b.month == 2 ? 28 : 31));
  if (first - today < today - r.last) r = DateRange{first, last, r.granularity};
}

CLAIMCHECK_OUTLINE void ResolveDates(const Discourse& previous, std::optional<CivilDate> reference,
                                     Sentence* sentence) {
  Sentence& s = *sentence;
  std::optional<DateRange> before = previous.date;
  std::size_t kept = 0;  // the dates kept, moved to the front in order
  for (DateAt& d : s.dates) {
    d.birth = BirthDate(s, d);
    LookAhead(s, reference, &d);
    DateMention& m = d.date;
    if (!m.resolved) {
      std::optional<DateRange> anchor;
      if (m.anchor == DateAnchor::kPreviousDate) {
        anchor = before;
      }
      if (!anchor) {
        s.unanchored.push_back(std::move(d));
        continue;
      }
      m.range = ResolveAnchored(m, *anchor);
      m.resolved = true;
    }
    if (!m.since && !m.until) before = m.range;
    if (&s.dates[kept] != &d) s.dates[kept] = std::move(d);
    ++kept;
  }
  s.dates.erase(s.dates.begin() + static_cast<std::ptrdiff_t>(kept), s.dates.end());
}

// Checks one sentence and appends its claims to `report`. `previous` is what the sentence before named. `scratch`
// is read into (AnalyzeSentence): the check's one Sentence, whose storage serves every sentence in turn.
CLAIMCHECK_OUTLINE void CheckSentence(const CompiledFacts& facts, std::string_view text, ByteSpan span,
                   std::optional<CivilDate> reference, std::size_t dateline_end, Discourse* previous,
                   Report* report, Sentence* scratch) {
  ++report->sentences;
  CountWork(&WorkCounters::sentences);
  AnalyzeSentence(text, span, facts.entities, facts.phrases, facts.offices, scratch);
  Sentence& s = *scratch;
  const bool refers_back = RefersBack(s);
  // Lists of this sentence, their storage kept for the next one on this thread (CheckSentence never nests).
  thread_local std::vector<int> candidates;
  Candidates(facts, s, &candidates);
  AddDiscourseCandidates(facts, *previous, refers_back, &candidates);
  const bool about_known = AboutKnown(facts, s);
  if (candidates.empty() && !about_known) {
    GoOn(facts.entities, s, dateline_end, previous);
    return;  // nothing to check: skip dates and figures
  }
  AddFigures(&s, reference, facts.lexicon);
  ResolveDates(*previous, reference, &s);
  CountWork(&WorkCounters::candidate_facts, candidates.size());
  struct Found {
    int fact;
    Evidence evidence;
  };
  thread_local std::vector<Found> about;
  thread_local MeasureWords measures;
  about.clear();
  measures.clear();
  for (int fact : candidates) {
    const CompiledFact& f = facts.facts[static_cast<std::size_t>(fact)];
    Evidence e = FindEvidence(facts, f, s, refers_back ? previous : nullptr, *previous, reference);
    if (!e.about) continue;
    for (const CompiledQuantity& q : f.quantities) {
      const std::uint32_t bits = DimensionBit(q.unit.dimension) | (q.unit.bare ? kBareBit : 0);
      for (int id : q.triggers) measures.emplace_back(id, bits);
    }
    about.push_back({fact, std::move(e)});
  }
  std::sort(measures.begin(), measures.end());
  // One entry per phrase, its dimensions merged.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < measures.size(); ++i) {
    if (kept > 0 && measures[kept - 1].first == measures[i].first) {
      measures[kept - 1].second |= measures[i].second;
    } else {
      measures[kept++] = measures[i];
    }
  }
  measures.resize(kept);
  TieFigures(facts, measures, &s);
  std::vector<FactMatch> matches;
  for (const Found& found : about) {
    const CompiledFact& f = facts.facts[static_cast<std::size_t>(found.fact)];
    FactMatch m;
    m.fact = found.fact;
    for (const PhraseHit* h : found.evidence.triggers) m.trigger_tokens.push_back(h->first_token);
    SlotContext c{facts, f, s, reference, dateline_end, found.evidence.triggers, refers_back ? previous : nullptr, &m,
                  std::vector<bool>(s.quantities.size())};
    KindOf(f.fact->kind).compare(c);
    // What the sentence names of the fact beyond its trigger: the more, the better the fit.
    m.score += found.evidence.specificity;
    if (!m.slots.empty() && SameEvent(m, found.evidence.weak)) matches.push_back(std::move(m));
  }
  const std::size_t first_claim = report->claims.size();
  std::vector<FactMatch> best = KeepBest(facts, std::move(matches));
  LeaveAgreedFigures(&best);
  for (const FactMatch& m : best) {
    report->claims.push_back(MakeClaim(facts, facts.facts[static_cast<std::size_t>(m.fact)], m, s));
  }
  if (about_known) AddUnverified(s, dateline_end, first_claim, &report->claims);
  std::sort(report->claims.begin() + static_cast<std::ptrdiff_t>(first_claim), report->claims.end(),
            [](const Claim& a, const Claim& b) { return a.span.begin < b.span.begin; });
  GoOn(facts.entities, s, dateline_end, previous);
}

}  // namespace

Checker::Checker(FactBase facts) : index_(std::make_unique<Index>(Index{CompileFacts(std::move(facts))})) {}
Checker::~Checker() = default;
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;

const FactBase& Checker::facts() const { return index_->facts.base; }

// The records of the contested figures the claims point to, each once, in the order of their first claim.
std::vector<FigureRecord> FigureRecords(const CompiledFacts& facts, const std::vector<Claim>& claims) {
  std::vector<FigureRecord> out;
  std::unordered_set<std::string_view> seen;
  for (const Claim& c : claims) {
    if (c.figures.empty() || !seen.insert(c.figures).second) continue;
    const Fact* fact = facts.base.FindFact(c.fact_id);
    const std::size_t slot = static_cast<std::size_t>(std::stoul(c.figures.substr(c.figures.rfind('#') + 1)));
    if (!fact || slot >= fact->quantities.size()) continue;
    const QuantitySlot& q = fact->quantities[slot];
    FigureRecord record{c.figures, fact->id, q.measure, q.unit, {}};
    record.values.reserve(q.values.size());
    for (const ValueRange& v : q.values) {
      SourcedFigure figure;
      figure.label = v.label.empty() ? FormatValue(v) : v.label;
      figure.note = v.note;
      if (const Source* source = facts.base.FindSource(v.source_id)) figure.source = ReportedSource(*source);
      figure.as_of = v.as_of;
      figure.retracted = v.retracted;
      record.values.push_back(std::move(figure));
    }
    out.push_back(std::move(record));
  }
  return out;
}

struct CheckRun::State {
  State(const CompiledFacts& f, std::string_view t, const CheckOptions& options)
      : State(f, t, options, FindDateline(t)) {}
  State(const CompiledFacts& f, std::string_view t, const CheckOptions& options,
        const std::optional<CivilDate>& dateline)
      : facts(f), text(t), sentences(t), reference(options.date ? options.date : dateline),
        dateline_end(DatelineEnd(t, dateline)) {}

  const CompiledFacts& facts;
  std::string_view text;
  SentenceStream sentences;
  std::optional<CivilDate> reference;
  std::size_t dateline_end;
  bool done = false;
  Discourse previous;  // what the last sentence checked named
  // The sentence being checked: one for the whole text, its storage reused. A fork (CheckRun::Fork) starts with
  // storage of its own: each sentence is read into it afresh, and a Sentence is never copied (its stems view it).
  struct Scratch {
    Scratch() = default;
    Scratch(const Scratch&) {}
    Scratch& operator=(const Scratch&) { return *this; }
    Sentence sentence;
  } scratch;
  Report report;
  // Of the claims TakeClaims gave out, the first one of each contested figure (only its fact and key): the
  // report's figure records, in the order of their first claim.
  std::vector<Claim> figure_claims;
  std::unordered_set<std::string> figure_keys;
};

CheckRun::CheckRun() = default;
CheckRun::CheckRun(std::unique_ptr<State> state) : state_(std::move(state)) {}
CheckRun::~CheckRun() = default;
CheckRun::CheckRun(CheckRun&&) noexcept = default;
CheckRun& CheckRun::operator=(CheckRun&&) noexcept = default;

bool CheckRun::Advance(std::size_t budget_bytes) {
  if (!state_) return true;
  State& s = *state_;
  const std::size_t start = s.sentences.position();
  while (!s.done) {
    ByteSpan span;
    if (!s.sentences.Next(&span)) {
      s.done = true;
      break;
    }
    CheckSentence(s.facts, s.text, span, s.reference, s.dateline_end, &s.previous, &s.report, &s.scratch.sentence);
    if (s.sentences.position() - start >= budget_bytes) break;
  }
  return s.done;
}

bool CheckRun::done() const { return !state_ || state_->done; }
std::size_t CheckRun::bytes_read() const {
  if (!state_) return 0;
  return state_->done ? state_->text.size() : state_->sentences.position();
}
std::size_t CheckRun::bytes_total() const { return state_ ? state_->text.size() : 0; }
const Report& CheckRun::report() const {
  static const Report kEmpty;
  return state_ ? state_->report : kEmpty;
}
std::vector<Claim> CheckRun::TakeClaims() {
  if (!state_) return {};
  State& s = *state_;
  for (const Claim& c : s.report.claims) {
    if (c.figures.empty() || !s.figure_keys.insert(c.figures).second) continue;
    Claim first;
    first.fact_id = c.fact_id;
    first.figures = c.figures;
    s.figure_claims.push_back(std::move(first));
  }
  std::vector<Claim> claims = std::move(s.report.claims);
  s.report.claims.clear();
  return claims;
}

Report CheckRun::TakeReport() {
  if (!state_) return Report{};
  State& s = *state_;
  Report report = std::move(s.report);
  if (s.figure_claims.empty()) {
    report.figures = FigureRecords(s.facts, report.claims);
  } else {
    std::vector<Claim>& all = s.figure_claims;  // the first claims of the figures taken, then the claims left
    for (const Claim& c : report.claims) {
      if (c.figures.empty()) continue;
      Claim key;
      key.fact_id = c.fact_id;
      key.figures = c.figures;
      all.push_back(std::move(key));
    }
    report.figures = FigureRecords(s.facts, all);
  }
  return report;
}

CheckRun CheckRun::Fork() const {
  return state_ ? CheckRun(std::make_unique<State>(*state_)) : CheckRun();
}

CheckRun Checker::Begin(std::string_view text, const CheckOptions& options) const {
  return CheckRun(std::make_unique<CheckRun::State>(index_->facts, text, options));
}

Report Checker::Check(std::string_view text, const CheckOptions& options) const {
  CheckRun run = Begin(text, options);
  run.Advance(std::numeric_limits<std::size_t>::max());
  return run.TakeReport();
}

std::string_view EngineVersion() { return CLAIMCHECK_VERSION; }

}  // namespace claimcheck
