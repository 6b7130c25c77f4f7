// Fuzz target: the text units (SplitSentences, Tokenize, Fold). Invariants from text.h: sentence spans non-empty,
// in order, not overlapping, and every ASCII non-space byte inside one of them; tokens inside their sentence, in
// order, not overlapping, never empty.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimcheck/text.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t previous_end = 0;
  auto only_space_until = [&](std::size_t end) {
    for (std::size_t i = previous_end; i < end; ++i) {
      const unsigned char c = data[i];
      FUZZ_CHECK(c >= 0x80 || c == ' ' || (c >= '\t' && c <= '\r'));
    }
  };
  for (const claimcheck::ByteSpan s : claimcheck::SplitSentences(text)) {
    FUZZ_CHECK(s.begin < s.end && s.end <= size);
    FUZZ_CHECK(s.begin >= previous_end);
    only_space_until(s.begin);
    previous_end = s.end;
    std::size_t token_end = s.begin;
    for (const claimcheck::Token& t : claimcheck::Tokenize(text, s)) {
      FUZZ_CHECK(t.span.begin < t.span.end);
      FUZZ_CHECK(t.span.begin >= token_end && t.span.end <= s.end);
      token_end = t.span.end;
    }
  }
  only_space_until(size);
  // Whole-text tokenization and folding, including ranges past the end (clamped).
  claimcheck::Tokenize(text, claimcheck::ByteSpan{size / 2, size + 10});
  claimcheck::Fold(text);
  return 0;
}
