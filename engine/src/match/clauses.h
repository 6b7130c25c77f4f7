// Clauses of a sentence, found from punctuation and function words (there is no parser): what a figure, a date or
// a place may belong to, and which phrases only place a statement in time relative to another event ("two days
// after the quake", "before it reached Libya"): such an anchor phrase names an event without saying anything
// checkable about it, so its words never evidence a fact of their own and never lend a date or a place to the
// clause it hangs on.
//
// The cues, in one table each (clauses.cpp): ; and : and dashes and brackets end a clause; after a comma a
// relative pronoun (which, who, where) opens a relative clause, a conjunction (and, but, while) a new clause, a verb
// in -ing a participial clause ("..., killing dozens"); a temporal preposition (after, before, following, until,
// since) not followed by a date opens an anchor phrase that runs to the end of its clause.
#ifndef CLAIMCHECK_MATCH_CLAUSES_H_
#define CLAIMCHECK_MATCH_CLAUSES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/text.h"
#include "text/phrases.h"

namespace claimcheck {

enum class ClauseKind : std::uint8_t {
  kMain,           // the sentence's own statement (or one of several, joined by "and", "but", ";")
  kRelative,       // ", which has left 500,000 dead": says more about its antecedent, in its parent's scope
  kParticipial,    // ", killing dozens": continues its parent's statement
  kSubordinate,    // "when Sivan was chairman", "as the floods hit": a statement of its own
  kParenthetical,  // "(TDI)", "- the first since 1986 -"
  kAnchor,         // "two days after the quake": places the clause it hangs on in time; says nothing itself
  kSoftAnchor,     // "after the floods", "since the takeover": a time or a cause; its names and terms still tell
                   // what the sentence is about, but no trigger in it is the event the sentence reports
};

struct Clause {
  std::size_t first = 0;  // token range [first, last) of the sentence's tokens
  std::size_t last = 0;
  ClauseKind kind = ClauseKind::kMain;
  int statement = 0;      // the clause whose statement this one is part of (itself for the first segment of one)
};

class ClauseMap {
 public:
  ClauseMap() = default;
  ClauseMap(std::vector<Clause> clauses, std::size_t tokens);
  void Clear();  // no clauses; the storage is kept

  const std::vector<Clause>& clauses() const { return clauses_; }
  int ClauseOf(std::size_t token) const;  // -1 past the last token
  bool InAnchor(std::size_t token) const;      // a (hard) anchor phrase
  bool InSoftAnchor(std::size_t token) const;  // a soft anchor phrase
  // The two tokens may be read together: the same clause, or a clause and the relative or participial clause
  // that continues it. Anchor phrases share their scope with nothing.
  bool SameScope(std::size_t a, std::size_t b) const;

 private:
  friend void SegmentClauses(const std::vector<Token>& tokens,
                             const std::vector<std::pair<std::size_t, std::size_t>>& dates,
                             const std::vector<std::pair<std::size_t, std::size_t>>& figures, ClauseMap* map);
  void Index(std::size_t tokens);  // of_token_ from clauses_

  std::vector<Clause> clauses_;
  std::vector<int> of_token_;
};

// A verb in -ing (a folded word): "killing", "writing"; not "during", "morning" or "king".
bool IsParticiple(std::string_view word);

// `dates` and `figures`: token ranges of the sentence's date mentions and quantities (a temporal preposition before
// one of those is part of a date, "after 2016", not an anchor).
ClauseMap SegmentClauses(const std::vector<Token>& tokens, const Stems& stems,
                         const std::vector<std::pair<std::size_t, std::size_t>>& dates,
                         const std::vector<std::pair<std::size_t, std::size_t>>& figures);
// The same into `map`, its storage reused: for a caller that segments sentence after sentence.
void SegmentClauses(const std::vector<Token>& tokens, const std::vector<std::pair<std::size_t, std::size_t>>& dates,
                    const std::vector<std::pair<std::size_t, std::size_t>>& figures, ClauseMap* map);

}  // namespace claimcheck

#endif  // CLAIMCHECK_MATCH_CLAUSES_H_
