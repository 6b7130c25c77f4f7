// Folding and tokenizing.
//
// Approach: one forward pass over code points (text_chars.h decodes and classifies them). Fold appends each code
// point's folded form. Tokenize dispatches on the class of the first code point: a digit starts a number (thousand
// groups and a decimal part are recognized by looking at most four bytes ahead, so the pass stays linear), a
// letter starts a word (apostrophes stay inside words; a trailing 's or s' is a possessive), anything else that is
// not space or invisible is a one-character punct token. Norms are built by appending to the token's own string,
// so the only allocations are the tokens that do not fit the small-string buffer.
#include "claimcheck/text.h"

#include <algorithm>

#include "text/text_chars.h"
#include "work_counters.h"

namespace claimcheck {

using text_chars::CharClass;
using text_chars::Classify;
using text_chars::DecodeAt;

namespace {

bool IsDigitByte(std::string_view text, std::size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

bool IsAsciiLetterByte(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const char c = text[pos];
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// True when text[pos] starts `sep` followed by exactly three digits and then no digit.
bool IsThousandGroup(std::string_view text, std::size_t pos, char sep) {
  return pos < text.size() && text[pos] == sep && IsDigitByte(text, pos + 1) && IsDigitByte(text, pos + 2) &&
         IsDigitByte(text, pos + 3) && !IsDigitByte(text, pos + 4);
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// "st" "nd" "rd" "th" (any case) at pos, not followed by a letter or digit.
bool IsOrdinalSuffix(std::string_view text, std::size_t pos) {
  if (!IsAsciiLetterByte(text, pos) || !IsAsciiLetterByte(text, pos + 1)) return false;
  const char a = LowerAscii(text[pos]);
  const char b = LowerAscii(text[pos + 1]);
  const bool suffix =
      (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  if (!suffix || pos + 2 >= text.size()) return suffix;
  const CharClass next = Classify(DecodeAt(text, pos + 2).cp);
  return next != CharClass::kLetter && next != CharClass::kDigit;
}

// Scans a number token starting at a digit into `token` (fresh); `text` ends where the scan must stop.
void ScanNumber(std::string_view text, std::size_t begin, Token& token) {
  token.kind = TokenKind::kNumber;
  std::size_t pos = begin;
  while (IsDigitByte(text, pos)) token.norm.push_back(text[pos++]);
  const bool short_head = pos - begin <= 3;
  if (short_head && IsThousandGroup(text, pos, ',')) {
    while (IsThousandGroup(text, pos, ',')) {
      token.norm.append(text.substr(pos + 1, 3));
      pos += 4;
    }
  } else if (short_head && IsThousandGroup(text, pos, '.') && IsThousandGroup(text, pos + 4, '.')) {
    while (IsThousandGroup(text, pos, '.')) {
      token.norm.append(text.substr(pos + 1, 3));
      pos += 4;
    }
    token.span = {begin, pos};
    return;
  }
  bool decimal = false;
  if (pos < text.size() && text[pos] == '.' && IsDigitByte(text, pos + 1)) {
    token.norm.push_back('.');
    ++pos;
    while (IsDigitByte(text, pos)) token.norm.push_back(text[pos++]);
    decimal = true;
  }
  if (!decimal && IsOrdinalSuffix(text, pos)) {
    token.norm.push_back(LowerAscii(text[pos]));
    token.norm.push_back(LowerAscii(text[pos + 1]));
    pos += 2;
  }
  token.span = {begin, pos};
}

constexpr char32_t kFirstUnspacedScript = 0x2E80;

bool IsWordChar(CharClass cls) {
  return cls == CharClass::kLetter || cls == CharClass::kDigit || cls == CharClass::kCombining ||
         cls == CharClass::kInvisible;
}

// Scans a word starting at a letter, up to `end`, into `token` (fresh).
void ScanWord(std::string_view text, std::size_t begin, std::size_t end, Token& token) {
  std::size_t pos = begin;
  std::size_t last_visible_end = begin;  // a word never ends with an invisible character
  char32_t last_cp = 0;
  while (pos < end) {
    const char c = text[pos];
    if (IsAsciiAlnum(c)) {  // fast path for the common case: a run of ASCII letters and digits, appended at once
      if (pos == begin) token.capitalized = c >= 'A' && c <= 'Z';
      if (c >= '0' && c <= '9' && last_cp >= kFirstUnspacedScript) break;
      std::size_t run = pos + 1;
      while (run < end && IsAsciiAlnum(text[run])) ++run;
      const std::size_t from = token.norm.size();
      token.norm.append(text.data() + pos, run - pos);
      for (std::size_t k = from; k < token.norm.size(); ++k) token.norm[k] = LowerAscii(token.norm[k]);
      last_cp = static_cast<unsigned char>(text[run - 1]);
      last_visible_end = pos = run;
      continue;
    }
    const auto d = DecodeAt(text, pos);
    if (pos + d.len > end || d.cp == text_chars::kInvalid) break;
    const CharClass cls = Classify(d.cp);
    if (cls == CharClass::kApostrophe) {
      // Inside a word only when a letter follows: "don't", "Syria’s", "O'Brien".
      const std::size_t next = pos + d.len;
      if (next >= end || Classify(DecodeAt(text, next).cp) != CharClass::kLetter) break;
    } else if (!IsWordChar(cls)) {
      break;
    }
    // Scripts written without spaces (CJK and later blocks) do not glue to digits: "数500人" -> 数 500 人.
    if (cls == CharClass::kDigit && last_cp >= kFirstUnspacedScript) break;
    if (pos == begin) token.capitalized = text_chars::IsUpper(d.cp);
    last_cp = d.cp;
    if (cls != CharClass::kInvisible) {
      text_chars::AppendFolded(token.norm, d.cp, text.substr(pos, d.len));
      last_visible_end = pos + d.len;
    }
    pos += d.len;
  }
  pos = last_visible_end;
  const std::size_t n = token.norm.size();
  if (n >= 3 && token.norm[n - 2] == '\'' && token.norm[n - 1] == 's') {
    token.norm.resize(n - 2);
    token.possessive = true;
  } else if (n >= 2 && token.norm[n - 1] == 's' && pos < end) {
    const auto d = DecodeAt(text, pos);
    const std::size_t next = pos + d.len;
    if (Classify(d.cp) == CharClass::kApostrophe && next <= end &&
        (next == end || !IsWordChar(Classify(DecodeAt(text, next).cp)))) {
      token.possessive = true;
      pos = next;
    }
  }
  token.span = {begin, pos};
}

}  // namespace

bool Overlaps(ByteSpan a, ByteSpan b) {
  return a.begin < a.end && b.begin < b.end && a.begin < b.end && b.begin < a.end;
}

std::string_view SpanText(std::string_view text, ByteSpan span) {
  const std::size_t begin = std::min(span.begin, text.size());
  const std::size_t end = std::min(std::max(span.end, begin), text.size());
  return text.substr(begin, end - begin);
}

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto d = DecodeAt(text, pos);
    text_chars::AppendFolded(out, d.cp, text.substr(pos, d.len));
    pos += d.len;
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view text, ByteSpan range) {
  std::vector<Token> tokens;
  Tokenize(text, range, &tokens);
  return tokens;
}

void Tokenize(std::string_view text, ByteSpan range, std::vector<Token>* out) {
  std::vector<Token>& tokens = *out;
  tokens.clear();
  const std::size_t end = std::min(range.end, text.size());
  std::size_t pos = std::min(range.begin, end);
  tokens.reserve(std::min<std::size_t>((end - pos) / 5 + 4, 1 << 14));  // about one token per five bytes
  while (pos < end) {
    const auto d = DecodeAt(text, pos);
    if (pos + d.len > end) break;
    const CharClass cls = Classify(d.cp);
    if (cls == CharClass::kDigit) {
      ScanNumber(text.substr(0, end), pos, tokens.emplace_back());  // built in place, no move of its norm
    } else if (cls == CharClass::kLetter) {
      ScanWord(text, pos, end, tokens.emplace_back());
    } else if (cls == CharClass::kPunct || cls == CharClass::kApostrophe) {
      Token token;
      token.kind = TokenKind::kPunct;
      token.span = {pos, pos + d.len};
      text_chars::AppendFolded(token.norm, d.cp, text.substr(pos, d.len));
      tokens.push_back(std::move(token));
    } else {
      pos += d.len;  // space, invisible, combining mark outside a word
      continue;
    }
    pos = tokens.back().span.end;
  }
  CountWork(&WorkCounters::tokens, tokens.size());
}

}  // namespace claimcheck
