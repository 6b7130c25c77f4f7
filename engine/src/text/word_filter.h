// Private: a fixed-size bit filter of words, asked before a hash probe or a binary search. Most words of a text are
// in no given table; for them one hash of four bytes (length, first, middle, last) and one bit test answer "no".
// A set bit only says "maybe": the table is searched as before, so the filter never changes an answer.
#ifndef CLAIMCHECK_SRC_TEXT_WORD_FILTER_H_
#define CLAIMCHECK_SRC_TEXT_WORD_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimcheck {

template <std::size_t kBits>
class WordFilter {
  static_assert(kBits % 64 == 0, "whole words of bits");

 public:
  void Add(std::string_view word) {
    const std::size_t b = Bit(word);
    bits_[b / 64] |= std::uint64_t{1} << (b % 64);
  }
  bool MayContain(std::string_view word) const {
    const std::size_t b = Bit(word);
    return ((bits_[b / 64] >> (b % 64)) & 1u) != 0;
  }
  void Clear() {
    for (std::uint64_t& w : bits_) w = 0;
  }

 private:
  static std::size_t Bit(std::string_view w) {
    if (w.empty()) return 0;
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i])); };
    std::uint32_t h = static_cast<std::uint32_t>(w.size()) * 0x9E3779B1u;
    h ^= byte(0) * 0x85EBCA77u;
    h ^= byte(w.size() / 2) * 0xC2B2AE3Du;
    h ^= byte(w.size() - 1) * 0x27D4EB2Fu;
    h ^= h >> 15;
    return h % kBits;
  }

  std::uint64_t bits_[kBits / 64] = {};
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_TEXT_WORD_FILTER_H_
