// UTF-16 offsets (utf16_offsets.h): one forward pass with the engine's strict UTF-8 decoder.
#include "report/utf16_offsets.h"

#include <algorithm>

#include "text/text_chars.h"

namespace claimcheck {

Utf16Offsets::Utf16Offsets(std::string_view text, std::vector<std::size_t> offsets, Utf16Resume from)
    : bytes_(std::move(offsets)) {
  std::sort(bytes_.begin(), bytes_.end());
  bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
  units_.reserve(bytes_.size());
  // A scan from the start passes through `from` on its way to any offset at or past from.asked.
  if (!bytes_.empty() && bytes_.front() < from.asked) from = Utf16Resume{};
  std::size_t byte = from.byte, units = from.units;
  for (const std::size_t target : bytes_) {
    const std::size_t stop = std::min(target, text.size());
    while (byte < stop) {
      if (static_cast<unsigned char>(text[byte]) < 0x80) {  // ASCII: one byte, one unit
        ++byte;
        ++units;
        continue;
      }
      const text_chars::Utf8Step step = text_chars::StepUtf8(text, byte);
      byte += step.len;
      units += step.valid && step.len == 4 ? 2 : 1;  // astral code points are surrogate pairs
    }
    units_.push_back(units);
  }
  resume_ = bytes_.empty() ? from : Utf16Resume{bytes_.back(), byte, units};
}

std::size_t Utf16Offsets::operator()(std::size_t byte) const {
  const auto it = std::lower_bound(bytes_.begin(), bytes_.end(), byte);
  return units_[static_cast<std::size_t>(it - bytes_.begin())];
}

}  // namespace claimcheck
