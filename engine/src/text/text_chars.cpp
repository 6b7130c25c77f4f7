// Character level of the text unit: a strict UTF-8 decoder and one classification of code points shared by
// folding, tokenizing and sentence splitting.
//
// Approach: ASCII is decided by a switch on the byte. Beyond ASCII the classes are a short list of ranges (spaces,
// zero-width characters, combining marks, punctuation and symbol blocks, emoji); everything else counts as a
// letter, which keeps any script's words together without Unicode tables. Latin-1 Supplement and Latin
// Extended-A letters map to ASCII through one table (kLatinFold) written in the original case, so the same table
// answers "base letter" and "upper-case".
#include "text/text_chars.h"

#include <iterator>

namespace claimcheck {
namespace text_chars {
namespace {

// U+00C0..U+017F -> base letters in the original case; nullptr: not a letter (× ÷), passes through unchanged.
constexpr char32_t kLatinFirst = 0xC0;
// clang-format off
constexpr const char* kLatinFold[] = {
    // U+00C0: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    // U+00D0: Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "D", "N", "O", "O", "O", "O", "O", nullptr, "O", "U", "U", "U", "U", "Y", "TH", "ss",
    // U+00E0: à á â ã ä å æ ç è é ê ë ì í î ï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0: ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100: Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    // U+0110: Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    // U+0120: Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    // U+0130: İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    // U+0140: ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    // U+0150: Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    // U+0160: Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    // U+0170: Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};
// clang-format on
constexpr char32_t kLatinLast = kLatinFirst + static_cast<char32_t>(std::size(kLatinFold)) - 1;

const char* LatinFold(char32_t cp) {
  if (cp < kLatinFirst || cp > kLatinLast) return nullptr;
  return kLatinFold[cp - kLatinFirst];
}

struct Range {
  char32_t first;
  char32_t last;
  CharClass cls;
};

// Non-ASCII code points that are not letters. Sorted by `first`, non-overlapping.
constexpr Range kClassRanges[] = {
    {0x0080, 0x0084, CharClass::kInvisible},   {0x0085, 0x0085, CharClass::kSpace},
    {0x0086, 0x009F, CharClass::kInvisible},   {0x00A0, 0x00A0, CharClass::kSpace},
    {0x00A1, 0x00AC, CharClass::kPunct},       {0x00AD, 0x00AD, CharClass::kInvisible},
    {0x00AE, 0x00BF, CharClass::kPunct},       {0x00D7, 0x00D7, CharClass::kPunct},
    {0x00F7, 0x00F7, CharClass::kPunct},       {0x02BC, 0x02BC, CharClass::kApostrophe},
    {0x0300, 0x036F, CharClass::kCombining},   {0x037E, 0x037E, CharClass::kPunct},
    {0x0387, 0x0387, CharClass::kPunct},       {0x055A, 0x055F, CharClass::kPunct},
    {0x0589, 0x058A, CharClass::kPunct},       {0x0591, 0x05BD, CharClass::kCombining},
    {0x05BE, 0x05BE, CharClass::kPunct},       {0x05C0, 0x05C0, CharClass::kPunct},
    {0x05C3, 0x05C3, CharClass::kPunct},       {0x05F3, 0x05F4, CharClass::kPunct},
    {0x060C, 0x060D, CharClass::kPunct},       {0x061B, 0x061F, CharClass::kPunct},
    {0x064B, 0x065F, CharClass::kCombining},   {0x066A, 0x066D, CharClass::kPunct},
    {0x06D4, 0x06D4, CharClass::kPunct},       {0x0964, 0x0965, CharClass::kPunct},
    {0x1680, 0x1680, CharClass::kSpace},       {0x1AB0, 0x1AFF, CharClass::kCombining},
    {0x1DC0, 0x1DFF, CharClass::kCombining},   {0x2000, 0x200A, CharClass::kSpace},
    {0x200B, 0x200F, CharClass::kInvisible},   {0x2010, 0x2018, CharClass::kPunct},
    {0x2019, 0x2019, CharClass::kApostrophe},  {0x201A, 0x2027, CharClass::kPunct},
    {0x2028, 0x2029, CharClass::kSpace},       {0x202A, 0x202E, CharClass::kInvisible},
    {0x202F, 0x202F, CharClass::kSpace},       {0x2030, 0x205E, CharClass::kPunct},
    {0x205F, 0x205F, CharClass::kSpace},       {0x2060, 0x206F, CharClass::kInvisible},
    {0x2070, 0x20CF, CharClass::kPunct},       {0x20D0, 0x20FF, CharClass::kCombining},
    {0x2100, 0x2BFF, CharClass::kPunct},       {0x2E00, 0x2E7F, CharClass::kPunct},
    {0x3000, 0x3000, CharClass::kSpace},       {0x3001, 0x303F, CharClass::kPunct},
    {0xD800, 0xDFFF, CharClass::kInvisible},   {0xE000, 0xF8FF, CharClass::kPunct},
    {0xFE00, 0xFE0F, CharClass::kInvisible},   {0xFE10, 0xFE1F, CharClass::kPunct},
    {0xFE20, 0xFE2F, CharClass::kCombining},   {0xFE30, 0xFE6F, CharClass::kPunct},
    {0xFEFF, 0xFEFF, CharClass::kInvisible},   {0xFF00, 0xFF0F, CharClass::kPunct},
    {0xFF1A, 0xFF20, CharClass::kPunct},       {0xFF3B, 0xFF40, CharClass::kPunct},
    {0xFF5B, 0xFF65, CharClass::kPunct},       {0xFFF0, 0xFFFF, CharClass::kPunct},
    {0x1F000, 0x1FAFF, CharClass::kPunct},     {0xE0000, 0xE007F, CharClass::kInvisible},
    {0xE0100, 0xE01EF, CharClass::kInvisible},
};

bool IsCont(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

Decoded DecodeMultiByte(std::string_view text, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return {};
  }
  if (text.size() - pos < len) return {};
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[pos + k]);
    if (!IsCont(b)) return {};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, len};
}

Utf8Step StepUtf8(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {1, true};
  std::size_t need = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {1, false};
  }
  std::size_t n = 1;
  for (; n <= need && pos + n < text.size(); ++n) {
    const auto c = static_cast<unsigned char>(text[pos + n]);
    if (c < low || c > high) break;
    low = 0x80;
    high = 0xBF;
  }
  return {n, n > need};
}

CharClass ClassifyNonAscii(char32_t cp) {
  if (cp == kInvalid) return CharClass::kInvisible;
  if (cp < 0x80) return Classify(cp);
  // Binary search over the sorted ranges.
  std::size_t lo = 0;
  std::size_t hi = std::size(kClassRanges);
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (kClassRanges[mid].last < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < std::size(kClassRanges) && kClassRanges[lo].first <= cp) return kClassRanges[lo].cls;
  return CharClass::kLetter;
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (const char* base = LatinFold(cp)) return base[0] >= 'A' && base[0] <= 'Z';
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);  // Greek, Cyrillic capitals
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (const char* base = LatinFold(cp)) return base[0] >= 'a' && base[0] <= 'z';
  return (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
}

void AppendFolded(std::string& out, char32_t cp, std::string_view raw) {
  if (cp < 0x80) {
    out.push_back(cp >= 'A' && cp <= 'Z' ? static_cast<char>(cp - 'A' + 'a') : static_cast<char>(cp));
    return;
  }
  if (cp == kInvalid) {
    out.push_back('?');
    return;
  }
  if (const char* base = LatinFold(cp)) {
    for (const char* c = base; *c != '\0'; ++c) out.push_back(*c >= 'A' && *c <= 'Z' ? static_cast<char>(*c + 32) : *c);
    return;
  }
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
    out.push_back('-');
  } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x02BC) {
    out.push_back('\'');
  } else if (cp >= 0x201C && cp <= 0x201F) {
    out.push_back('"');
  } else if (Classify(cp) == CharClass::kSpace) {
    out.push_back(' ');
  } else {
    out.append(raw);
  }
}

}  // namespace text_chars
}  // namespace claimcheck
