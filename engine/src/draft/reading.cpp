// A sentence as the drafter reads it. The text is split by the engine's sentence splitter and tokenized like the
// matcher tokenizes it (MatchTokens), the extraction's figures and dates are placed on the tokens, and once the
// entities are known each token gets a class: a function word, a verb, a content word, a name, part of a figure
// or a date, punctuation. Clauses are cut at punctuation and at the words that open a clause ("which", "when",
// "and"); a sentence's subject is the name it opens with, or what its opening pronoun stands for.
#include <algorithm>

#include "draft/internal.h"
#include "text/phrases.h"

namespace claimcheck::draft {
namespace {

bool Inside(ByteSpan inner, ByteSpan outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

// Token range [first, last) of the tokens inside `span`.
std::pair<std::size_t, std::size_t> TokensOf(const std::vector<Token>& tokens, ByteSpan span) {
  std::size_t first = 0;
  while (first < tokens.size() && tokens[first].span.end <= span.begin) ++first;
  std::size_t last = first;
  while (last < tokens.size() && tokens[last].span.begin < span.end) ++last;
  return {first, last};
}

bool IsClausePunct(std::string_view norm) {
  return norm == "," || norm == ";" || norm == ":" || norm == "(" || norm == ")" || norm == "\"" || norm == "[" ||
         norm == "]";
}

bool OpensClause(std::string_view norm) {
  return norm == "which" || norm == "who" || norm == "whose" || norm == "when" || norm == "where" ||
         norm == "while" || norm == "whereas" || norm == "but" || norm == "and" || norm == "after" ||
         norm == "although" || norm == "though" || norm == "because";
}

// "Turkiye and Syria", "5.4% and 3.0%": an "and" between names or figures joins them, it opens no clause.
bool Coordinates(const Sentence& s, std::size_t i) {
  if (s.tokens[i].norm != "and" || i == 0 || i + 1 >= s.tokens.size()) return false;
  auto named = [&](std::size_t k) {
    return s.mention_at[k] >= 0 || s.cls[k] == Class::kFigure || s.cls[k] == Class::kDate ||
           s.tokens[k].kind == TokenKind::kNumber;
  };
  return named(i - 1) && named(i + 1);
}

bool IsPreposition(std::string_view norm) {
  return norm == "on" || norm == "in" || norm == "at" || norm == "with" || norm == "after" || norm == "before" ||
         norm == "during" || norm == "since" || norm == "for" || norm == "by" || norm == "from" || norm == "last" ||
         norm == "earlier" || norm == "later" || norm == "under" || norm == "amid" || norm == "following";
}

// The first token of the sentence's main clause: after "But", "However," and an opening adverbial ("On Friday,",
// "On Sunday he met", "Last year,", "With Russian and Iranian support,").
std::size_t MainClauseStart(const Sentence& s) {
  std::size_t i = 0;
  while (i < s.tokens.size() && (s.tokens[i].norm == "but" || s.tokens[i].norm == "and" || s.tokens[i].norm == "however" ||
                                 s.tokens[i].norm == "," || s.tokens[i].norm == "\"")) {
    ++i;
  }
  if (i >= s.tokens.size() || !(IsPreposition(s.tokens[i].norm) || s.cls[i] == Class::kDate)) return i;
  for (const DateAt& d : s.dates) {
    if (d.first == i || d.first == i + 1) {
      std::size_t j = d.last;
      if (j < s.tokens.size() && s.tokens[j].norm == ",") ++j;
      return j;
    }
  }
  for (std::size_t j = i; j < s.tokens.size() && j < i + 8; ++j) {
    if (s.tokens[j].norm == ",") return j + 1;
  }
  return i;
}

bool Compatible(const DraftEntity& e, std::string_view pronoun) {
  if (pronoun == "he" || pronoun == "she" || pronoun == "his" || pronoun == "her") return e.kind == EntityKind::kPerson;
  if (pronoun == "it" || pronoun == "its") return e.kind != EntityKind::kPerson;
  return false;
}

void FindSubject(const Draft& draft, int previous, Sentence* s) {
  std::size_t i = MainClauseStart(*s);
  if (i >= s->tokens.size()) return;
  const std::string& w = s->tokens[i].norm;
  if (previous >= 0 && Compatible(draft.entities[static_cast<std::size_t>(previous)], w)) {
    s->subject = previous;
    return;
  }
  if (w == "the" || w == "a" || w == "an") ++i;
  if (const Mention* m = MentionAt(*s, i)) {
    s->subject = m->entity;
    // "Ankara launched a barrage": a capital as the subject stands for its country.
    const DraftEntity& e = draft.entities[static_cast<std::size_t>(m->entity)];
    if (e.capital && draft.Find(e.part_of) >= 0) s->subject = draft.Find(e.part_of);
    if (!s->tokens[m->last - 1].possessive) return;
    // "The ECB's Governing Council": the owned name; "India's first lunar mission, Chandrayaan-1,": the apposition.
    if (const Mention* owned = MentionAt(*s, m->last)) {
      s->subject = owned->entity;
      return;
    }
    for (std::size_t k = m->last; k < s->tokens.size() && k < m->last + 8; ++k) {
      if (s->tokens[k].norm != ",") continue;
      const Mention* apposition = MentionAt(*s, k + 1);
      if (apposition && apposition->last < s->tokens.size() && s->tokens[apposition->last].norm == ",") {
        s->subject = apposition->entity;
      }
      break;
    }
    return;
  }
  // "The mission cost ...", "The lander, weighing ...": the subject's noun.
  std::size_t j = i;
  while (j < s->tokens.size() && s->cls[j] == Class::kContent && !s->tokens[j].possessive) ++j;
  if (j > i && j - i <= 3) s->subject_noun = s->tokens[j - 1].norm;
}

}  // namespace

std::vector<Sentence> ReadSentences(std::string_view text, std::size_t from, const Extraction& extraction) {
  std::vector<Sentence> out;
  std::size_t next_figure = 0, next_date = 0;
  for (ByteSpan span : SplitSentences(text)) {
    if (span.end <= from) continue;
    span.begin = std::max(span.begin, from);
    Sentence s;
    s.span = span;
    s.tokens = MatchTokens(text, span);
    if (s.tokens.empty()) continue;
    const std::vector<Quantity>& figures = extraction.figures;
    while (next_figure < figures.size() && figures[next_figure].span.begin < span.begin) ++next_figure;
    for (; next_figure < figures.size() && figures[next_figure].span.begin < span.end; ++next_figure) {
      const Quantity& q = figures[next_figure];
      ByteSpan whole = q.span;
      if (q.unit_span.end > whole.end) whole.end = q.unit_span.end;
      if (!Inside(whole, span)) continue;
      const auto [first, last] = TokensOf(s.tokens, whole);
      if (first < last) s.figures.push_back({q, first, last});
    }
    const std::vector<DateMention>& dates = extraction.dates;
    while (next_date < dates.size() && dates[next_date].span.begin < span.begin) ++next_date;
    for (; next_date < dates.size() && dates[next_date].span.begin < span.end; ++next_date) {
      const DateMention& d = dates[next_date];
      if (!Inside(d.span, span)) continue;
      if (!d.resolved && d.anchor == DateAnchor::kNone && d.time) {
        s.times.push_back(*d.time);
        continue;
      }
      if (!d.resolved) continue;  // anchored ("a day earlier than planned"): left out, its words stay words
      const auto [first, last] = TokensOf(s.tokens, d.span);
      if (first < last) s.dates.push_back({d, first, last});
    }
    out.push_back(std::move(s));
  }
  return out;
}

void Classify(std::string_view text, const Draft& draft, std::vector<Sentence>* sentences) {
  (void)text;
  int previous_subject = -1;
  for (Sentence& s : *sentences) {
    const std::size_t n = s.tokens.size();
    s.mention_at.assign(n, -1);
    for (std::size_t m = 0; m < s.mentions.size(); ++m) {
      for (std::size_t i = s.mentions[m].first; i < s.mentions[m].last && i < n; ++i) s.mention_at[i] = static_cast<int>(m);
    }
    s.cls.assign(n, Class::kContent);
    for (const FigureAt& f : s.figures) {
      for (std::size_t i = f.first; i < f.last && i < n; ++i) s.cls[i] = Class::kFigure;
    }
    for (const DateAt& d : s.dates) {
      for (std::size_t i = d.first; i < d.last && i < n; ++i) s.cls[i] = Class::kDate;
    }
    s.clause.assign(n, 0);
    int clause = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const Token& t = s.tokens[i];
      if (t.kind == TokenKind::kPunct) {
        if (IsClausePunct(t.norm)) ++clause;
        if (s.cls[i] == Class::kContent) s.cls[i] = Class::kPunct;
      } else if (OpensClause(t.norm) && s.cls[i] == Class::kContent && !Coordinates(s, i)) {
        ++clause;
      }
      s.clause[i] = clause;
      if (s.cls[i] != Class::kContent) continue;
      if (s.mention_at[i] >= 0) {
        s.cls[i] = Class::kName;
      } else if (t.kind == TokenKind::kNumber) {
        s.cls[i] = Class::kFigure;
      } else if (IsFunctionWord(t.norm) && !t.possessive) {
        s.cls[i] = Class::kFunction;
      } else if (LooksLikeVerb(t.norm) && !t.capitalized) {
        s.cls[i] = Class::kVerb;
      }
    }
    // "the rotating G7 presidency", "main refinancing operations", "eight invited countries": a participle between
    // a determiner (or a modifier) and a noun describes the noun.
    for (std::size_t i = 1; i + 1 < n; ++i) {
      const std::string& w = s.tokens[i].norm;
      if (s.cls[i] != Class::kVerb || IsListedVerb(w)) continue;
      const bool before = s.cls[i - 1] == Class::kContent || s.cls[i - 1] == Class::kFigure ||
                          s.tokens[i - 1].norm == "the" || s.tokens[i - 1].norm == "a" || s.tokens[i - 1].norm == "an" ||
                          s.tokens[i - 1].norm == "its" || s.tokens[i - 1].norm == "their" || s.tokens[i - 1].possessive;
      if (before && (s.cls[i + 1] == Class::kContent || s.cls[i + 1] == Class::kName)) s.cls[i] = Class::kContent;
    }
    FindSubject(draft, previous_subject, &s);
    if (s.subject >= 0) previous_subject = s.subject;
  }
}

std::string Words(std::string_view text, const Sentence& s, std::size_t first, std::size_t last) {
  if (first >= last || last > s.tokens.size()) return "";
  return std::string(SpanText(text, ByteSpan{s.tokens[first].span.begin, s.tokens[last - 1].span.end}));
}

std::string Norms(const Sentence& s, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < last && i < s.tokens.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += s.tokens[i].norm;
  }
  return out;
}

std::string SentenceText(std::string_view text, const Sentence& s) { return std::string(SpanText(text, s.span)); }

bool SameClause(const Sentence& s, std::size_t a, std::size_t b) {
  return a < s.clause.size() && b < s.clause.size() && s.clause[a] == s.clause[b];
}

const Mention* MentionAt(const Sentence& s, std::size_t i) {
  if (i >= s.mention_at.size() || s.mention_at[i] < 0) return nullptr;
  return &s.mentions[static_cast<std::size_t>(s.mention_at[i])];
}

Phrase PhraseEndingAt(const Sentence& s, std::size_t end) {
  Phrase p{end, end};
  while (p.first > 0 && s.cls[p.first - 1] == Class::kContent && SameClause(s, p.first - 1, end - 1) &&
         (p.first == end || !s.tokens[p.first - 1].possessive)) {
    --p.first;
  }
  return p;
}

Phrase PhraseStartingAt(const Sentence& s, std::size_t begin, std::size_t max) {
  Phrase p{begin, begin};
  while (p.last < s.tokens.size() && p.last - begin < max && s.cls[p.last] == Class::kContent &&
         SameClause(s, begin, p.last)) {
    ++p.last;
    if (s.tokens[p.last - 1].possessive) break;
  }
  return p;
}

std::size_t VerbNear(const Sentence& s, std::size_t i, bool before_only) {
  for (std::size_t j = i; j > 0; --j) {
    if (!SameClause(s, j - 1, i)) break;
    if (s.cls[j - 1] == Class::kVerb) return j - 1;
  }
  if (before_only) return static_cast<std::size_t>(-1);
  for (std::size_t j = i + 1; j < s.tokens.size() && SameClause(s, j, i); ++j) {
    if (s.cls[j] == Class::kVerb) return j;
  }
  return static_cast<std::size_t>(-1);
}

}  // namespace claimcheck::draft
