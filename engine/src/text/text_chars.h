// Private to the text unit: UTF-8 decoding and the character classes that folding, tokenizing and sentence
// splitting share. Not part of the public API.
#ifndef CLAIMCHECK_SRC_TEXT_CHARS_H_
#define CLAIMCHECK_SRC_TEXT_CHARS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck {
namespace text_chars {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

struct Decoded {
  char32_t cp = kInvalid;  // kInvalid for a byte that does not start a well-formed sequence
  std::size_t len = 1;     // bytes consumed (1 for an invalid byte)
};

// Decodes the code point at `pos` (pos < text.size()). Rejects overlong forms, surrogates and values > U+10FFFF.
Decoded DecodeAt(std::string_view text, std::size_t pos);

// The bytes at `pos` as the WHATWG UTF-8 decoder (TextDecoder) reads them: a well-formed sequence, or the maximal
// ill-formed subpart that it replaces with one U+FFFD. Encoded surrogates (ED A0..BF) are ill-formed.
struct Utf8Step {
  std::size_t len = 1;  // bytes
  bool valid = false;
};
Utf8Step StepUtf8(std::string_view text, std::size_t pos);

enum class CharClass {
  kSpace,       // ASCII whitespace and Unicode spaces
  kInvisible,   // zero-width characters, variation selectors, soft hyphen, invalid bytes
  kDigit,       // ASCII 0-9 only
  kLetter,      // letters of any script (anything not listed elsewhere)
  kCombining,   // combining marks
  kApostrophe,  // ' ’ ʼ
  kPunct,       // everything else: ASCII punctuation, symbols, emoji, CJK punctuation
};

CharClass Classify(char32_t cp);
bool IsUpper(char32_t cp);
bool IsLower(char32_t cp);

// Appends the folded form of one code point (see Fold in text.h).
void AppendFolded(std::string& out, char32_t cp, std::string_view raw);

}  // namespace text_chars
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_TEXT_CHARS_H_
