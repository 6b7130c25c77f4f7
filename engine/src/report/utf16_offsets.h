// UTF-8 byte offsets -> UTF-16 code units, for everything that leaves the engine for JavaScript (the report, the
// extraction). All the offsets a document needs are sorted once and converted in a single pass over the text, so
// the cost is O(text + offsets log offsets).
// Decoding follows the WHATWG UTF-8 decoder (TextDecoder) exactly for offsets: a maximal ill-formed subpart counts
// as one unit (one U+FFFD), a 4-byte sequence as two. An encoded surrogate (ED A0..BF xx) is ill-formed there too:
// JS strings reach the engine through TextEncoder, which never writes one, so such bytes only come from files.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck {

class Utf16Offsets {
 public:
  // `offsets`: every byte offset that will be asked for (any order, repeats allowed).
  Utf16Offsets(std::string_view text, std::vector<std::size_t> offsets);
  // The UTF-16 offset of a byte offset given to the constructor.
  std::size_t operator()(std::size_t byte) const;

 private:
  std::vector<std::size_t> bytes_;  // sorted, unique byte offsets
  std::vector<std::size_t> units_;  // their UTF-16 offsets
};

}  // namespace claimcheck
