// Pure-text units: byte spans, sentence splitting, folding for matching, tokenization.
//
// Everything here works on UTF-8 bytes. Inputs are views that are only read during the call; results own their
// data (spans are offsets into the text that was passed in). No function throws, prints or aborts; invalid UTF-8 is
// tolerated everywhere (each bad byte counts as one unknown character). All functions run in time linear in the
// length of their input.
#ifndef CLAIMCHECK_TEXT_H_
#define CLAIMCHECK_TEXT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// Half-open [begin, end) range of UTF-8 byte offsets into the checked text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// True when the two spans share at least one byte (empty spans overlap nothing).
bool Overlaps(ByteSpan a, ByteSpan b);

// The bytes of `span` in `text`, clamped to the text (never out of bounds).
std::string_view SpanText(std::string_view text, ByteSpan span);

// Sentence spans in text order, each trimmed of surrounding whitespace (ASCII and Unicode spaces); every
// non-space byte of `text` lies in exactly one span. A sentence ends at . ! ? or an ellipsis (plus any closing
// quotes/brackets after it) that is followed by whitespace and then not by a lower-case letter, except after an
// abbreviation from the abbreviation table (titles "Mr." "Gen." "St." never end one; "No." and month names do not
// before a number: "Dec. 28"; "Inc." "U.S." only before a typical sentence opener such as "The"), an initial
// ("J. R. Smith") or inside a number ("3.5"). A blank line always ends a sentence; a single newline ends one when
// the line ends in . ! ? or :, or when the line looks like a headline (its last word is capitalized or a number,
// or it is short) and the next line starts with something other than a lower-case letter.
// A sentence longer than kMaxSentenceBytes is cut into pieces of at most that many bytes, each ending before the
// last whitespace that fits (inside a longer word: at a code point boundary): what the checker does per sentence
// grows faster than its length, so this keeps a text without punctuation linear. No real sentence comes near it.
inline constexpr std::size_t kMaxSentenceBytes = 4096;
std::vector<ByteSpan> SplitSentences(std::string_view text);

// The same sentences one at a time, reading the text only as far as the next one needs: for texts checked a
// slice at a time. `text` must outlive the stream.
class SentenceStream {
 public:
  explicit SentenceStream(std::string_view text);
  ~SentenceStream();
  SentenceStream(const SentenceStream& other);  // a stream at the same place (CheckRun::Fork)
  SentenceStream(SentenceStream&&) noexcept;
  SentenceStream& operator=(SentenceStream&&) noexcept;

  bool Next(ByteSpan* sentence);  // false at the end of the text
  std::size_t position() const;   // bytes of the text read so far

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Folding for matching: ASCII lower-case; Latin-1 Supplement and Latin Extended-A letters to their lower-case base
// letters (Türkiye -> turkiye, Erdoğan -> erdogan, İ/ı -> i, ß -> ss, æ -> ae); curly quotes ’ ‘ “ ” -> ' ";
// hyphen and dash characters (U+2010..U+2015, U+2212) -> '-'; no-break and other Unicode spaces -> ' '. Other
// code points pass through unchanged. Each invalid UTF-8 byte -> '?'.
std::string Fold(std::string_view text);

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  ByteSpan span;     // in the original text; covers a possessive suffix too
  std::string norm;  // folded; possessive stripped; numbers without grouping ("500,000" -> "500000")
  TokenKind kind = TokenKind::kWord;
  bool possessive = false;   // "Syria's", "Syria’s", "countries'"
  bool capitalized = false;  // first letter upper-case in the original (ASCII or Latin table)
};

// Tokens inside `range` (clamped to the text), in order. Whitespace separates tokens and is never a token.
// - kWord: a run of letters/digits/combining marks starting with a letter, with apostrophes inside ("don't").
//   Hyphens split words and are emitted as a punct token "-" ("al-Assad" -> al - assad).
// - kNumber: digits with optional thousand groups of exactly 3 digits (comma groups, or two or more period groups
//   "1.000.000") and an optional decimal part ("3.5"); norm drops the grouping. A digit run followed by st/nd/rd/th
//   is one ordinal number token ("19th", norm "19th"). Other letters glued to digits start a new word token
//   ("500k" -> 500 k, "1990s" -> 1990 s): check `span` adjacency to tell.
// - kPunct: any other single character (symbols, emoji, CJK punctuation), norm = its Fold. Invalid UTF-8 bytes and
//   zero-width characters are skipped like whitespace.
// Letters of any script other than Latin (Cyrillic, CJK, ...) count as letters.
std::vector<Token> Tokenize(std::string_view text, ByteSpan range);
// The same into `out` (cleared first), reusing its storage: for a caller that tokenizes sentence after sentence.
void Tokenize(std::string_view text, ByteSpan range, std::vector<Token>* out);

// True when `b` starts exactly where `a` ends (no whitespace or other bytes in between).
inline bool Adjacent(const Token& a, const Token& b) { return a.span.end == b.span.begin; }

}  // namespace claimcheck

#endif  // CLAIMCHECK_TEXT_H_
