// Clause segmentation (clauses.h): one pass over the tokens with a few words of look-ahead.
//
// A sentence is cut into segments; each segment belongs to a statement. Relative and participial clauses belong to
// the statement they hang on, so a figure in ", which has left 500,000 dead" is read with "Syria's civil war"
// before it; a new statement starts at ";", at ", but", at ", and" before a new subject. Anchor phrases are
// statements of their own that nothing else may read: a phrase that places the clause before another event
// ("before it reached Libya", "ahead of the vote"), or at a stated distance from one ("two days after the quake",
// "the day after the election"). A bare "after the floods" is not one: in news it gives the cause as often as the
// time ("11,300 people died after the floods in Derna"), so its words stay in its clause.
#include "clauses.h"

#include <algorithm>
#include <cstdint>

#include "match/words.h"
#include "text/word_filter.h"
#include "outline.h"
#include <string_view>

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

template <std::size_t N>
bool In(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

// After a comma: a relative clause, in its antecedent's statement.
constexpr std::string_view kRelativeWords[] = {"which", "who", "whom", "whose", "where", "when"};
// After a comma: a new statement.
constexpr std::string_view kContrastWords[] = {"but", "while", "whereas", "although", "though", "yet", "whilst"};
// After ", and" / ", or": a new subject, so a new statement ("..., and Ankara became", "..., and it said").
constexpr std::string_view kSubjectWords[] = {"it", "he", "she", "they", "we", "the", "its", "his", "her", "their",
                                              "this", "that", "these", "those", "i", "a", "an"};
// Words in -ing that are not participles opening a clause.
constexpr std::string_view kNotParticiples[] = {
    "including", "during", "according", "morning", "evening", "nothing", "something", "anything", "everything",
    "king", "spring", "building", "meeting", "thing", "ring", "string", "bring", "sing", "wing", "ceiling",
    "wedding", "funding", "spending", "housing", "ruling", "briefing", "hearing", "landing", "opening", "closing",
    "following", "remaining", "outstanding", "pending", "concerning", "regarding", "amid", "excluding"};
// Before a later event: always an anchor.
constexpr std::string_view kBeforeWords[] = {"before", "until", "till", "ahead", "prior", "pending"};
// After an earlier event: an anchor only with a stated distance ("two days after", "the day after").
constexpr std::string_view kAfterWords[] = {"after", "following", "since"};
// Units of a stated distance in time.
constexpr std::string_view kDistanceUnits[] = {"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                               "month", "months", "year", "years", "decade", "decades", "morning",
                                               "night", "evening", "fortnight"};
constexpr std::string_view kArticles[] = {"the", "a", "an", "its", "his", "her", "their", "this", "that"};
// After ", and": a time for what follows ("..., and in July 2023 Twitter was renamed X"): a new statement.
constexpr std::string_view kTimeOpeners[] = {"in", "on", "at", "by", "last", "later", "then", "since", "until"};
// Words after which a capitalized word still belongs to the phrase before ("after the floods in Derna").
constexpr std::string_view kPhraseLinks[] = {"in", "on", "at", "of", "the", "a", "an", "near", "from", "to", "by",
                                             "after", "before", "following", "since", "until", "and", "its",
                                             "their", "his", "her"};

// The words of kBeforeWords and kAfterWords, for a quick "no" (text/word_filter.h).
const WordFilter<256>& AnchorWords() {
  static const WordFilter<256> filter = [] {
    WordFilter<256> f;
    for (const std::string_view w : kBeforeWords) f.Add(w);
    for (const std::string_view w : kAfterWords) f.Add(w);
    return f;
  }();
  return filter;
}

bool IsDash(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return false;
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kPunct) return false;
  if (t.norm == "\xE2\x80\x94"sv || t.norm == "\xE2\x80\x93"sv) return true;  // em and en dash
  // "-" standing alone between spaces (not "four-way", not "2-0")
  return t.norm == "-"sv && i > 0 && i + 1 < tokens.size() && tokens[i - 1].span.end < t.span.begin &&
         t.span.end < tokens[i + 1].span.begin;
}

class Segmenter {
 public:
  // The segments are written into `clauses` (cleared first, its storage reused).
  Segmenter(const std::vector<Token>& tokens, const std::vector<std::pair<std::size_t, std::size_t>>& dates,
            const std::vector<std::pair<std::size_t, std::size_t>>& figures, std::vector<Clause>* clauses)
      : tokens_(tokens), dates_(dates), figures_(figures), clauses_(*clauses) {
    clauses_.clear();
  }

  void Run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) Step(i);
    Cut(tokens_.size(), ClauseKind::kMain, Continue::kStatement);
  }

 private:
  // What the segment after a cut belongs to.
  enum class Continue { kStatement, kOwn, kNewStatement };

  std::string_view Norm(std::size_t i) const {
        return i < tokens_.size() ? std::string_view(tokens_[i].norm) : std::string_view();
  }

  // Token `i` lies in a date (or, unless dates_only, in a figure).
  bool StartsDateOrFigureAt(std::size_t i, bool dates_only) const {
    auto in = [&](const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
      return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return r.first <= i && i < r.second; });
    };
    return in(dates_) || (!dates_only && in(figures_));
  }

  bool StartsDateOrFigure(std::size_t i) const {
    auto in = [&](const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
      return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return r.first <= i && i < r.second; });
    };
    return in(dates_) || in(figures_);
  }

  // Where an anchor phrase starting with the temporal word at `i` begins, or SIZE_MAX when the word at `i` does
  // not start one. "two days after" begins at "two"; "the day after" at "the". *soft: a bare "after the floods".
  std::size_t AnchorStart(std::size_t i, bool* soft) const {
    *soft = false;
    const std::string_view w = Norm(i);
    if (!AnchorWords().MayContain(w)) return SIZE_MAX;  // most words: one bit test, no scan of the two lists
    const bool before = In(kBeforeWords, w);
    const bool after = In(kAfterWords, w);
    if (!before && !after) return SIZE_MAX;
    std::size_t next = i + 1;
    if (w == "ahead" || w == "prior") {
      if (Norm(next) != "of" && Norm(next) != "to") return SIZE_MAX;
      ++next;
    }
    if (next >= tokens_.size() || StartsDateOrFigure(next) || tokens_[next].kind != TokenKind::kWord) return SIZE_MAX;
    if (w == "following" && i > 0 && In(kArticles, Norm(i - 1))) return SIZE_MAX;  // "the following July"
    // A stated distance before the word: "two days after", "the day after", "a week before".
    if (i >= 2 && In(kDistanceUnits, Norm(i - 1))) {
      const std::size_t d = i - 2;
      if (StartsDateOrFigure(d) || Norm(d) == "the" || Norm(d) == "a" || Norm(d) == "an" ||
          tokens_[d].kind == TokenKind::kNumber) {
        return d;
      }
    }
    if (before) return i;
    *soft = true;
    return i;
  }

  bool IsDashAt(std::size_t i) const { return IsDash(tokens_, i); }

  bool DashLater(std::size_t i) const {
    for (std::size_t k = i + 1; k < tokens_.size(); ++k) {
      if (IsDashAt(k)) return true;
    }
    return false;
  }

  void Step(std::size_t i) {
    const std::string_view w = Norm(i);
    // "after the layoffs Twitter had ...": a name that no preposition or article ties to the anchor starts the
    // statement again.
    if ((kind_ == ClauseKind::kAnchor || kind_ == ClauseKind::kSoftAnchor) && i > first_ + 1 && i > 0 &&
        tokens_[i].capitalized && tokens_[i].kind == TokenKind::kWord && tokens_[i - 1].kind == TokenKind::kWord &&
        !tokens_[i - 1].capitalized && !In(kPhraseLinks, tokens_[i - 1].norm)) {
      Cut(i, ClauseKind::kMain, Continue::kStatement);
    }
    if (kind_ == ClauseKind::kParenthetical && !in_dash_) {
      if (w == ")") Cut(i + 1, ClauseKind::kMain, Continue::kStatement);
      return;
    }
    if (w == "(") {
      Cut(i, ClauseKind::kParenthetical, Continue::kOwn);
      return;
    }
    if (w == ";" || (w == ":" && !(i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::kNumber))) {
      Cut(i + 1, ClauseKind::kMain, Continue::kNewStatement);
      return;
    }
    if (IsDashAt(i)) {
      if (in_dash_) {
        in_dash_ = false;
        Cut(i + 1, ClauseKind::kMain, Continue::kStatement);
      } else if (DashLater(i)) {
        in_dash_ = true;
        Cut(i + 1, ClauseKind::kParenthetical, Continue::kOwn);
      } else {
        Cut(i + 1, ClauseKind::kMain, Continue::kNewStatement);
      }
      return;
    }
    if (kind_ != ClauseKind::kAnchor && kind_ != ClauseKind::kSoftAnchor) {
      bool soft = false;
      const std::size_t anchor = AnchorStart(i, &soft);
      if (anchor != SIZE_MAX && anchor >= first_) {
        Cut(anchor, soft ? ClauseKind::kSoftAnchor : ClauseKind::kAnchor, Continue::kOwn);
        return;
      }
    }
    // "Nvidia said revenue rose", "the UN said 11,300 had died": what is said is a statement of its own; a date
    // right after the verb ("said on Tuesday that") stays with the saying.
    if (words::IsReportingVerb(w) && w != "according" && kind_ != ClauseKind::kParenthetical) {
      std::size_t at = i + 1;
      while (at < tokens_.size() && StartsDateOrFigureAt(at, /*dates_only=*/true)) ++at;
      if (at < tokens_.size() && tokens_[at].norm == "that"sv) ++at;
      if (at < tokens_.size() && tokens_[at].kind != TokenKind::kPunct) {
        Cut(at, ClauseKind::kMain, Continue::kNewStatement);
        return;
      }
    }
    // "bought Nordmark in March 2021 and renamed it": "and" (no comma) before a verb in -ed opens a second predicate
    // of the same subject, with its own date and figures. Not after another -ed word ("killed and wounded 20":
    // one object for both).
    if (w == "and" && i > first_ + 1 && Norm(i - 1) != "," && !EndsInEd(i - 1) && EndsInEd(i + 1)) {
      Cut(i + 1, ClauseKind::kMain, Continue::kNewStatement);
      return;
    }
    if (w != ",") return;
    const std::string_view next = Norm(i + 1);
    if (In(kRelativeWords, next)) {
      Cut(i + 1, ClauseKind::kRelative, Continue::kStatement);
    } else if (In(kContrastWords, next)) {
      Cut(i + 1, ClauseKind::kMain, Continue::kNewStatement);
    } else if ((next == "and" || next == "or" || next == "but") && i + 2 < tokens_.size() &&
               (In(kSubjectWords, Norm(i + 2)) || NameThenVerb(i + 2) || In(kTimeOpeners, Norm(i + 2)))) {
      Cut(i + 1, ClauseKind::kMain, Continue::kNewStatement);
    } else if (i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::kWord && IsParticiple(next)) {
      Cut(i + 1, ClauseKind::kParticipial, Continue::kStatement);
    } else if (kind_ != ClauseKind::kMain && !in_dash_) {
      Cut(i + 1, ClauseKind::kMain, Continue::kStatement);  // a comma ends an embedded clause
    }
  }

  // A lower-case word in -ed of five letters or more: a verb's past form or participle ("renamed", "injured").
  bool EndsInEd(std::size_t i) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord || tokens_[i].capitalized) return false;
    const std::string& w = tokens_[i].norm;
    return w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0;
  }

  // "Ankara became": a capitalized name followed by a lower-case word that is no list or preposition word.
  bool NameThenVerb(std::size_t i) const {
    if (!tokens_[i].capitalized) return false;
    std::size_t j = i;
    while (j < tokens_.size() && tokens_[j].capitalized && tokens_[j].kind == TokenKind::kWord) ++j;
    if (j >= tokens_.size() || tokens_[j].kind != TokenKind::kWord) return false;
    static constexpr std::string_view kNotVerbs[] = {"and", "or", "of", "for", "in", "on", "at", "to", "with",
                                                     "from", "by", "as", "the", "a", "an", "s"};
    return !In(kNotVerbs, tokens_[j].norm);
  }

  // Ends the open segment at `at` and opens one of `kind` there.
  void Cut(std::size_t at, ClauseKind kind, Continue next) {
    if (at > first_) {
      Clause c{first_, at, kind_, statement_};
      const int index = static_cast<int>(clauses_.size());
      if (c.statement < 0) c.statement = index;  // the first segment of a statement names it
      if (kind_ == ClauseKind::kMain && !resumed_) main_ = c.statement;
      clauses_.push_back(c);
    }
    const int index = static_cast<int>(clauses_.size());
    first_ = at;
    kind_ = kind;
    resumed_ = false;
    switch (next) {
      case Continue::kStatement:  // part of the statement that was open (or that an embedded clause interrupted)
        statement_ = main_ >= 0 ? main_ : -1;
        resumed_ = kind == ClauseKind::kMain && main_ >= 0;
        break;
      case Continue::kOwn:
        statement_ = index;
        break;
      case Continue::kNewStatement:
        statement_ = -1;
        main_ = -1;
        break;
    }
  }

  const std::vector<Token>& tokens_;
  const std::vector<std::pair<std::size_t, std::size_t>>& dates_;
  const std::vector<std::pair<std::size_t, std::size_t>>& figures_;
  std::vector<Clause>& clauses_;
  std::size_t first_ = 0;
  ClauseKind kind_ = ClauseKind::kMain;
  int statement_ = -1;  // of the open segment; -1: it starts a statement
  int main_ = -1;       // the statement embedded clauses hang on
  bool resumed_ = false;
  bool in_dash_ = false;
};

}  // namespace

bool IsParticiple(std::string_view word) {
  return word.size() > 5 && word.substr(word.size() - 3) == "ing" && !In(kNotParticiples, word);
}

ClauseMap::ClauseMap(std::vector<Clause> clauses, std::size_t tokens) : clauses_(std::move(clauses)) {
  Index(tokens);
}

void ClauseMap::Index(std::size_t tokens) {
  of_token_.assign(tokens, -1);
  for (std::size_t c = 0; c < clauses_.size(); ++c) {
    for (std::size_t t = clauses_[c].first; t < clauses_[c].last && t < tokens; ++t) of_token_[t] = static_cast<int>(c);
  }
}

void ClauseMap::Clear() {
  clauses_.clear();
  of_token_.clear();
}

int ClauseMap::ClauseOf(std::size_t token) const { return token < of_token_.size() ? of_token_[token] : -1; }

bool ClauseMap::InAnchor(std::size_t token) const {
  const int c = ClauseOf(token);
  return c >= 0 && clauses_[static_cast<std::size_t>(c)].kind == ClauseKind::kAnchor;
}

bool ClauseMap::InSoftAnchor(std::size_t token) const {
  const int c = ClauseOf(token);
  return c >= 0 && clauses_[static_cast<std::size_t>(c)].kind == ClauseKind::kSoftAnchor;
}

bool ClauseMap::SameScope(std::size_t a, std::size_t b) const {
  const int ca = ClauseOf(a);
  const int cb = ClauseOf(b);
  if (ca < 0 || cb < 0) return false;
  if (ca == cb) return true;
  const Clause& x = clauses_[static_cast<std::size_t>(ca)];
  const Clause& y = clauses_[static_cast<std::size_t>(cb)];
  auto anchored = [](const Clause& k) { return k.kind == ClauseKind::kAnchor || k.kind == ClauseKind::kSoftAnchor; };
  return x.statement == y.statement && !anchored(x) && !anchored(y);
}

CLAIMCHECK_OUTLINE ClauseMap SegmentClauses(const std::vector<Token>& tokens, const Stems& /*stems*/,
                         const std::vector<std::pair<std::size_t, std::size_t>>& dates,
                         const std::vector<std::pair<std::size_t, std::size_t>>& figures) {
  ClauseMap map;
  SegmentClauses(tokens, dates, figures, &map);
  return map;
}

void SegmentClauses(const std::vector<Token>& tokens, const std::vector<std::pair<std::size_t, std::size_t>>& dates,
                    const std::vector<std::pair<std::size_t, std::size_t>>& figures, ClauseMap* map) {
  map->Clear();
  if (tokens.empty()) return;
  Segmenter(tokens, dates, figures, &map->clauses_).Run();
  map->Index(tokens.size());
}

}  // namespace claimcheck
