// Sentence splitting (SplitSentences in text.h).
//
// Approach: one forward pass over code points with a little bounded look-around, so the cost is linear however
// long a sentence is. A candidate end is a run of terminators (. ! ? … and CJK full stops) plus closing quotes and
// brackets. It becomes a boundary when whitespace follows and the next visible character is not a lower-case
// letter, unless the word before a single "." is an abbreviation (kAbbreviations, one table with one rule per
// kind), an initial ("J."), or the end of a dotted initialism ("U.S.", which ends a sentence only before a typical
// sentence opener from kSentenceOpeners). Newlines are decided where they occur: a blank line always cuts; a single
// newline cuts after a line ending in ":" or after a headline-like line (see text.h). Each piece between cuts is
// trimmed of spaces and emitted if anything is left, so every non-space byte lands in exactly one sentence. A piece
// longer than kMaxSentenceBytes is emitted as several (PushCut), so a text without punctuation still costs the
// checker linear time.
#include <array>
#include <memory>
#include <string_view>

#include "claimcheck/text.h"
#include "text/text_chars.h"
#include "work_counters.h"

namespace claimcheck {

using text_chars::CharClass;
using text_chars::Classify;
using text_chars::DecodeAt;

namespace {

enum class AbbrevKind {
  kTitle,         // never ends a sentence (except before a blank line): "Mr. Smith", "Gen. Akar"
  kBeforeNumber,  // does not end one before a digit: "No. 10", "Dec. 28"
  kTrailing,      // ends one only at a line end or before a sentence opener: "Apple Inc. The", "the U.S. He"
};

struct Abbreviation {
  std::string_view word;  // as written before the final '.', case-sensitive
  AbbrevKind kind;
};

constexpr Abbreviation kAbbreviations[] = {
    {"Mr", AbbrevKind::kTitle},         {"Mrs", AbbrevKind::kTitle},        {"Ms", AbbrevKind::kTitle},
    {"Dr", AbbrevKind::kTitle},         {"Prof", AbbrevKind::kTitle},       {"Gen", AbbrevKind::kTitle},
    {"Lt", AbbrevKind::kTitle},         {"Col", AbbrevKind::kTitle},        {"Maj", AbbrevKind::kTitle},
    {"Capt", AbbrevKind::kTitle},       {"Sgt", AbbrevKind::kTitle},        {"Cpl", AbbrevKind::kTitle},
    {"Adm", AbbrevKind::kTitle},        {"Cmdr", AbbrevKind::kTitle},       {"Gov", AbbrevKind::kTitle},
    {"Sen", AbbrevKind::kTitle},        {"Rep", AbbrevKind::kTitle},        {"Rev", AbbrevKind::kTitle},
    {"Hon", AbbrevKind::kTitle},        {"Pres", AbbrevKind::kTitle},       {"Amb", AbbrevKind::kTitle},
    {"Supt", AbbrevKind::kTitle},       {"St", AbbrevKind::kTitle},         {"Mt", AbbrevKind::kTitle},
    {"Ft", AbbrevKind::kTitle},         {"Messrs", AbbrevKind::kTitle},     {"vs", AbbrevKind::kTitle},
    {"v", AbbrevKind::kTitle},  // court cases: "Roe v. Wade"
    {"e.g", AbbrevKind::kTitle},        {"i.e", AbbrevKind::kTitle},        {"cf", AbbrevKind::kTitle},
    {"approx", AbbrevKind::kTitle},     {"ca", AbbrevKind::kTitle},         {"est", AbbrevKind::kTitle},
    {"No", AbbrevKind::kBeforeNumber},  {"Nos", AbbrevKind::kBeforeNumber}, {"no", AbbrevKind::kBeforeNumber},
    {"Vol", AbbrevKind::kBeforeNumber}, {"Fig", AbbrevKind::kBeforeNumber}, {"Art", AbbrevKind::kBeforeNumber},
    {"Sec", AbbrevKind::kBeforeNumber}, {"p", AbbrevKind::kBeforeNumber},   {"pp", AbbrevKind::kBeforeNumber},
    {"Rs", AbbrevKind::kBeforeNumber},
    {"Jan", AbbrevKind::kBeforeNumber}, {"Feb", AbbrevKind::kBeforeNumber}, {"Mar", AbbrevKind::kBeforeNumber},
    {"Apr", AbbrevKind::kBeforeNumber}, {"Jun", AbbrevKind::kBeforeNumber}, {"Jul", AbbrevKind::kBeforeNumber},
    {"Aug", AbbrevKind::kBeforeNumber}, {"Sep", AbbrevKind::kBeforeNumber}, {"Sept", AbbrevKind::kBeforeNumber},
    {"Oct", AbbrevKind::kBeforeNumber}, {"Nov", AbbrevKind::kBeforeNumber}, {"Dec", AbbrevKind::kBeforeNumber},
    {"Inc", AbbrevKind::kTrailing},     {"Ltd", AbbrevKind::kTrailing},     {"Co", AbbrevKind::kTrailing},
    {"Corp", AbbrevKind::kTrailing},    {"Bros", AbbrevKind::kTrailing},    {"Jr", AbbrevKind::kTrailing},
    {"Sr", AbbrevKind::kTrailing},      {"etc", AbbrevKind::kTrailing},     {"U.S", AbbrevKind::kTrailing},
    {"U.K", AbbrevKind::kTrailing},     {"U.N", AbbrevKind::kTrailing},     {"E.U", AbbrevKind::kTrailing},
    {"a.m", AbbrevKind::kTrailing},     {"p.m", AbbrevKind::kTrailing},
};

// Words that typically open a sentence; after a kTrailing abbreviation they mean the sentence did end.
constexpr std::string_view kSentenceOpeners[] = {
    "The", "A",   "An",      "He",    "She",       "It",   "They",  "We",     "I",     "You",
    "His", "Her", "Its",     "Their", "Our",       "This", "That",  "These",  "Those", "There",
    "But", "And", "However", "In",    "On",        "At",   "After", "Before", "When",  "While",
    "As",  "If",  "So",      "Yet",   "Meanwhile", "Also", "Still", "Then",
};

constexpr std::size_t kMaxAbbreviationBytes = 8;
constexpr std::size_t kHeadlineMaxBytes = 60;  // a shorter line without final punctuation reads as a headline
constexpr std::size_t kMaxWordLookBytes = 64;  // look-around bound that keeps the pass linear

bool IsTerminator(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}
bool IsCjkTerminator(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F; }
bool IsCloser(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' || cp == 0x2019 || cp == 0x201D || cp == 0xBB ||
         cp == 0x203A || cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}
bool IsOpener(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x2018 || cp == 0x201C || cp == 0xAB ||
         cp == 0x2039 || cp == 0x300C || cp == 0x300E || cp == 0xFF08 || cp == 0xBF || cp == 0xA1;
}
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What the splitter's fast path makes of a byte: printable ASCII other than a terminator is content and an ASCII
// space is skipped, neither ending a sentence; anything else (terminators, line ends, other whitespace and control
// bytes, UTF-8) is read one code point at a time.
enum class RunByte : unsigned char { kOther, kContent, kSpace };
constexpr std::array<RunByte, 256> kRunBytes = [] {
  std::array<RunByte, 256> kinds{};
  for (int c = 0x21; c < 0x7F; ++c) {
    kinds[static_cast<std::size_t>(c)] = c == '.' || c == '!' || c == '?' ? RunByte::kOther : RunByte::kContent;
  }
  kinds[' '] = RunByte::kSpace;
  return kinds;
}();

// Newlines in one whitespace code point: CR counts unless it is the first half of CRLF.
int NewlineWeight(std::string_view text, std::size_t pos, char32_t cp) {
  if (cp == '\n' || cp == 0x85 || cp == 0x2028) return 1;
  if (cp == '\r') return (pos + 1 < text.size() && text[pos + 1] == '\n') ? 0 : 1;
  return cp == 0x2029 ? 2 : 0;
}

// Start of the code point that ends at `end` (> floor), or `end` when the bytes there are not well-formed.
std::size_t PrevCodePoint(std::string_view text, std::size_t floor, std::size_t end) {
  std::size_t q = end - 1;
  while (q > floor && end - q < 4 && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80) --q;
  return DecodeAt(text, q).len == end - q ? q : end;
}

bool IsWordClass(CharClass cls) {
  return cls == CharClass::kLetter || cls == CharClass::kDigit || cls == CharClass::kCombining;
}

// Pushes the trimmed sentence [first, last), cut into pieces of at most kMaxSentenceBytes: a piece ends before the
// last run of spaces that starts within the limit (inside one long word: after the last code point that fits), and
// the next piece starts after the spaces. Each piece costs one scan of at most the limit, so cutting is linear.
void PushCut(std::string_view text, std::size_t first, std::size_t last, std::vector<ByteSpan>* out) {
  auto is_space = [&](const text_chars::Decoded& d) {
    return d.cp != text_chars::kInvalid && Classify(d.cp) == CharClass::kSpace;
  };
  while (last - first > kMaxSentenceBytes) {
    const std::size_t limit = first + kMaxSentenceBytes;
    std::size_t space_run = first;  // start of the last run of spaces within the limit
    std::size_t fits = first;       // end of the last whole code point within the limit
    bool in_space = false;
    for (std::size_t pos = first; pos < limit;) {
      const auto d = DecodeAt(text, pos);
      if (pos + d.len > limit) break;
      const bool space = is_space(d);
      if (space && !in_space) space_run = pos;
      in_space = space;
      pos += d.len;
      fits = pos;
    }
    const std::size_t cut = space_run > first ? space_run : fits;
    out->push_back({first, cut});
    first = cut;
    while (first < last && is_space(DecodeAt(text, first))) first += DecodeAt(text, first).len;
  }
  if (first < last) out->push_back({first, last});
}

bool IsAsciiSpaceByte(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  // The next sentence in text order; false when the text has no more. Reads only as far as it must.
  bool Next(ByteSpan* sentence) {
    while (taken_ == spans_.size()) {
      if (finished_) return false;
      spans_.clear();
      taken_ = 0;
      if (pos_ < text_.size()) {
        pos_ = Step(pos_);
      } else {
        Emit(text_.size());
        finished_ = true;
      }
    }
    *sentence = spans_[taken_++];
    return true;
  }

  std::size_t position() const { return pos_; }

 private:
  // One character (or one run the rules read as a whole); returns where the next step starts.
  std::size_t Step(std::size_t pos) {
    // Fast path for the common case: a run of spaces and printable ASCII other than the terminators holds no
    // boundary, so it is taken whole (what NoteContent would note for each of its characters, noted for its first
    // and last).
    std::size_t end = pos;
    std::size_t first = std::string_view::npos;
    std::size_t last = std::string_view::npos;
    for (; end < text_.size(); ++end) {
      const RunByte kind = kRunBytes[static_cast<unsigned char>(text_[end])];
      if (kind == RunByte::kContent) {
        if (first == std::string_view::npos) first = end;
        last = end;
      } else if (kind != RunByte::kSpace) {
        break;
      }
    }
    if (end > pos) {
      if (first != std::string_view::npos) {
        NoteContent(first, first + 1, static_cast<unsigned char>(text_[first]));
        NoteContent(last, last + 1, static_cast<unsigned char>(text_[last]));
      }
      return end;
    }
    const auto d = DecodeAt(text_, pos);
    if (NewlineWeight(text_, pos, d.cp) > 0) return OnNewline(pos);
    if (IsTerminator(d.cp)) return OnTerminator(pos);
    if (Classify(d.cp) != CharClass::kSpace) NoteContent(pos, pos + d.len, d.cp);
    return pos + d.len;
  }

  void NoteContent(std::size_t begin, std::size_t end, char32_t cp) {
    if (!line_has_content_) line_begin_ = begin;
    line_has_content_ = true;
    line_end_ = end;
    line_last_cp_ = cp;
    line_ends_with_terminator_ = false;
  }

  // Emits [start_, end) trimmed; the next sentence starts at `end`.
  void Emit(std::size_t end) {
    std::size_t first = end;
    std::size_t last = start_;
    // Most sentences are trimmed of ASCII spaces only: skip those from the front, then from the back, and decode
    // what is between only when a non-ASCII byte ends the text (it may be a space of another kind).
    std::size_t front = start_;
    while (front < end && IsAsciiSpaceByte(text_[front])) ++front;
    std::size_t back = end;
    while (back > front && IsAsciiSpaceByte(text_[back - 1])) --back;
    if (front < back && static_cast<unsigned char>(text_[front]) < 0x80 &&
        static_cast<unsigned char>(text_[back - 1]) < 0x80) {
      PushCut(text_, front, back, &spans_);
      start_ = end;
      return;
    }
    for (std::size_t pos = start_; pos < end;) {
      const auto d = DecodeAt(text_, pos);
      if (Classify(d.cp) != CharClass::kSpace || d.cp == text_chars::kInvalid) {
        if (first == end) first = pos;
        last = pos + d.len;
      }
      pos += d.len;
    }
    if (first < last) PushCut(text_, first, last, &spans_);
    start_ = end;
  }

  // Skips whitespace from `pos`; returns the first non-space position and the newlines crossed.
  std::size_t SkipSpace(std::size_t pos, int* newlines) const {
    *newlines = 0;
    while (pos < text_.size()) {
      const auto d = DecodeAt(text_, pos);
      if (d.cp == text_chars::kInvalid || Classify(d.cp) != CharClass::kSpace) break;
      *newlines += NewlineWeight(text_, pos, d.cp);
      pos += d.len;
    }
    return pos;
  }

  // The first letter-ish code point of the next sentence, past opening quotes and brackets.
  char32_t NextVisible(std::size_t pos) const {
    for (int k = 0; k < 4 && pos < text_.size(); ++k) {
      const auto d = DecodeAt(text_, pos);
      if (!IsOpener(d.cp)) return d.cp;
      pos += d.len;
    }
    return 0;
  }

  bool NextWordIsOpener(std::size_t pos) const {
    while (pos < text_.size() && IsOpener(DecodeAt(text_, pos).cp)) pos += DecodeAt(text_, pos).len;
    std::size_t end = pos;
    while (end < text_.size() && end - pos < 12 && IsAsciiLetter(text_[end])) ++end;
    if (end < text_.size() && IsAsciiLetter(text_[end])) return false;
    const std::string_view word = text_.substr(pos, end - pos);
    for (std::string_view opener : kSentenceOpeners) {
      if (word == opener) return true;
    }
    return false;
  }

  // The abbreviation-like word that ends right before `dot`: ASCII letters with inner dots, preceded by a
  // non-word character. Empty when there is none (or it is too long to be an abbreviation).
  std::string_view WordBefore(std::size_t dot) const {
    std::size_t begin = dot;
    while (begin > 0 && dot - begin <= kMaxAbbreviationBytes &&
           (IsAsciiLetter(text_[begin - 1]) ||
            (text_[begin - 1] == '.' && begin >= 2 && IsAsciiLetter(text_[begin - 2]) && begin < dot))) {
      --begin;
    }
    if (begin == dot || dot - begin > kMaxAbbreviationBytes) return {};
    if (begin > 0) {
      const std::size_t prev = PrevCodePoint(text_, 0, begin);
      if (prev < begin && IsWordClass(Classify(DecodeAt(text_, prev).cp))) return {};
    }
    return text_.substr(begin, dot - begin);
  }

  bool IsBoundaryAfterDot(std::size_t dot, std::size_t next, int newlines) const {
    const std::string_view word = WordBefore(dot);
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return false;  // initial: "J. R. Smith"
    const Abbreviation* abbrev = nullptr;
    for (const Abbreviation& a : kAbbreviations) {
      if (a.word == word) abbrev = &a;
    }
    if (abbrev == nullptr && word.find('.') != std::string_view::npos) {
      return newlines > 0 || NextWordIsOpener(next);  // dotted initialism
    }
    if (abbrev != nullptr) {
      switch (abbrev->kind) {
        case AbbrevKind::kTitle:
          return false;
        case AbbrevKind::kBeforeNumber:
          if (text_[next] >= '0' && text_[next] <= '9') return false;
          break;
        case AbbrevKind::kTrailing:
          return newlines > 0 || NextWordIsOpener(next);
      }
    }
    return newlines > 0 || !text_chars::IsLower(NextVisible(next));
  }

  std::size_t OnTerminator(std::size_t pos) {
    const std::size_t run_begin = pos;
    bool cjk = false;
    char32_t first = 0;
    while (pos < text_.size()) {
      const auto d = DecodeAt(text_, pos);
      if (!IsTerminator(d.cp)) break;
      if (pos == run_begin) first = d.cp;
      cjk = cjk || IsCjkTerminator(d.cp);
      pos += d.len;
    }
    const bool single_dot = first == '.' && pos == run_begin + 1;
    while (pos < text_.size() && IsCloser(DecodeAt(text_, pos).cp)) pos += DecodeAt(text_, pos).len;
    const std::size_t after = pos;
    NoteContent(run_begin, after, first);
    line_ends_with_terminator_ = true;
    if (after >= text_.size()) return after;
    int newlines = 0;
    const std::size_t next = SkipSpace(after, &newlines);
    if (next >= text_.size()) return after;
    bool boundary = false;
    if (cjk) {
      boundary = true;
    } else if (next == after) {
      boundary = false;  // "3.5", "U.S", "example.com"
    } else if (newlines >= 2) {
      boundary = true;
    } else if (single_dot) {
      boundary = IsBoundaryAfterDot(run_begin, next, newlines);
    } else {
      boundary = newlines > 0 || !text_chars::IsLower(NextVisible(next));
    }
    if (boundary) Emit(after);
    return after;
  }

  bool LineLooksLikeHeadline() const {
    const char32_t last = line_last_cp_;
    if (last == ',' || last == ';' || last == '-' || last == '(' || last == '/' || last == '&' || last == 0x2013 ||
        last == 0x2014) {
      return false;
    }
    if (line_end_ - line_begin_ < kHeadlineMaxBytes) return true;
    std::size_t word_begin = line_end_;
    while (word_begin > line_begin_ && line_end_ - word_begin < kMaxWordLookBytes) {
      const std::size_t prev = PrevCodePoint(text_, line_begin_, word_begin);
      if (prev == word_begin || !IsWordClass(Classify(DecodeAt(text_, prev).cp))) break;
      word_begin = prev;
    }
    if (word_begin == line_end_) return false;
    const char32_t first = DecodeAt(text_, word_begin).cp;
    return text_chars::IsUpper(first) || (first >= '0' && first <= '9');
  }

  std::size_t OnNewline(std::size_t pos) {
    int newlines = 0;
    const std::size_t next = SkipSpace(pos, &newlines);
    if (line_has_content_ && start_ < line_end_ && next < text_.size()) {
      bool cut = false;
      if (newlines >= 2) {
        cut = true;
      } else if (line_ends_with_terminator_) {
        cut = false;  // OnTerminator already decided, knowing a newline follows
      } else if (line_last_cp_ == ':') {
        cut = true;
      } else {
        cut = !text_chars::IsLower(NextVisible(next)) && LineLooksLikeHeadline();
      }
      if (cut) Emit(line_end_);
    }
    line_has_content_ = false;
    line_ends_with_terminator_ = false;
    return next;
  }

  std::string_view text_;
  std::vector<ByteSpan> spans_;  // sentences found by the last step(s); spans_[taken_] is the next one to hand out
  std::size_t taken_ = 0;
  std::size_t pos_ = 0;
  bool finished_ = false;
  std::size_t start_ = 0;
  bool line_has_content_ = false;
  std::size_t line_begin_ = 0;
  std::size_t line_end_ = 0;
  char32_t line_last_cp_ = 0;
  bool line_ends_with_terminator_ = false;
};

}  // namespace

struct SentenceStream::Impl {
  explicit Impl(std::string_view text) : splitter(text) {}
  Splitter splitter;
};

SentenceStream::SentenceStream(std::string_view text) : impl_(std::make_unique<Impl>(text)) {
  CountWork(&WorkCounters::bytes_scanned, text.size());
}
SentenceStream::~SentenceStream() = default;
SentenceStream::SentenceStream(const SentenceStream& other) : impl_(std::make_unique<Impl>(*other.impl_)) {}
SentenceStream::SentenceStream(SentenceStream&&) noexcept = default;
SentenceStream& SentenceStream::operator=(SentenceStream&&) noexcept = default;

bool SentenceStream::Next(ByteSpan* sentence) { return impl_->splitter.Next(sentence); }
std::size_t SentenceStream::position() const { return impl_->splitter.position(); }

std::vector<ByteSpan> SplitSentences(std::string_view text) {
  std::vector<ByteSpan> spans;
  SentenceStream stream(text);
  for (ByteSpan span; stream.Next(&span);) spans.push_back(span);
  return spans;
}

}  // namespace claimcheck
