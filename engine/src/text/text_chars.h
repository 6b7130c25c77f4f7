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
// ASCII is decoded inline; longer sequences out of line.
Decoded DecodeMultiByte(std::string_view text, std::size_t pos);
inline Decoded DecodeAt(std::string_view text, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  return DecodeMultiByte(text, pos);
}

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

// ASCII is classified inline (most of a text); other code points by a search of the class ranges.
CharClass ClassifyNonAscii(char32_t cp);
inline CharClass Classify(char32_t cp) {
  if (cp >= 0x80) return ClassifyNonAscii(cp);
  if (cp >= '0' && cp <= '9') return CharClass::kDigit;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
  if (cp == ' ' || (cp >= '\t' && cp <= '\r')) return CharClass::kSpace;
  if (cp == '\'') return CharClass::kApostrophe;
  if (cp < 0x20 || cp == 0x7F) return CharClass::kInvisible;
  return CharClass::kPunct;
}
bool IsUpper(char32_t cp);
bool IsLower(char32_t cp);

// Appends the folded form of one code point (see Fold in text.h).
void AppendFolded(std::string& out, char32_t cp, std::string_view raw);

}  // namespace text_chars
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_TEXT_CHARS_H_
