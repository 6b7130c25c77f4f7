// UTF-8 byte offsets -> UTF-16 code units, for everything that leaves the engine for JavaScript (the report, the
// extraction). All the offsets a document needs are sorted once and converted in a single pass over the text, so
// the cost is O(text + offsets log offsets). A report written a batch of claims at a time converts each batch from
// where the last one stopped (Utf16Resume), so the whole text is still read once.
// Decoding follows the WHATWG UTF-8 decoder (TextDecoder) exactly for offsets: a maximal ill-formed subpart counts
// as one unit (one U+FFFD), a 4-byte sequence as two. An encoded surrogate (ED A0..BF xx) is ill-formed there too:
// JS strings reach the engine through TextEncoder, which never writes one, so such bytes only come from files.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck {

// Where a scan of the text stopped: the largest offset asked for, and the decoder's place at or just past it (past
// it when the offset falls inside a multi-byte sequence).
struct Utf16Resume {
  std::size_t asked = 0;
  std::size_t byte = 0;
  std::size_t units = 0;
};

class Utf16Offsets {
 public:
  // `offsets`: every byte offset that will be asked for (any order, repeats allowed). With `from` (the resume()
  // of an earlier batch), the scan starts there when no offset lies below its largest offset, else at the start:
  // the answers are the same either way.
  Utf16Offsets(std::string_view text, std::vector<std::size_t> offsets, Utf16Resume from = {});
  // The UTF-16 offset of a byte offset given to the constructor.
  std::size_t operator()(std::size_t byte) const;
  // Where the next batch may start.
  Utf16Resume resume() const { return resume_; }

 private:
  std::vector<std::size_t> bytes_;  // sorted, unique byte offsets
  std::vector<std::size_t> units_;  // their UTF-16 offsets
  Utf16Resume resume_;
};

}  // namespace claimcheck
