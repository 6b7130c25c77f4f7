// The dateline of a report ("FRANKFURT, 14 September 2023 (Reuters) -", "HIROSHIMA, Japan, 21 May 2023 (AFP) -",
// "Moscow, 25 April 2023 (TDI):") read into its parts: the place (and the country or region after it), the date
// (FindDateline's) and the agency in parentheses; and the report's title from its first sentence.
#include <algorithm>

#include "draft/internal.h"

namespace claimcheck::draft {
namespace {

constexpr std::size_t kDatelineLimit = 160;  // bytes: a dateline is a short prefix of the first line
constexpr std::size_t kTitleLimit = 120;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == ',')) s.remove_suffix(1);
  return s;
}

// "FRANKFURT" -> "Frankfurt", "NEW DELHI" -> "New Delhi"; mixed case stays as written.
std::string NameCase(std::string_view s) {
  const bool upper = std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string out(s);
  if (!upper) return out;
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-';
  }
  return out;
}

bool HasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// Where the dateline ends: at ':' or the line's end, or at a dash set off by spaces; 0 when none is near the start.
std::size_t SeparatorAt(std::string_view text) {
  const std::size_t limit = std::min(text.size(), kDatelineLimit);
  for (std::size_t i = 0; i < limit; ++i) {
    if (text[i] == ':' || text[i] == '\n') return i;
    if (text.compare(i, 3, " - ") == 0) return i;
    if (text.compare(i, 4, " \xE2\x80\x94") == 0 || text.compare(i, 4, " \xE2\x80\x93") == 0) return i;
  }
  return 0;
}

}  // namespace

Dateline ReadDateline(std::string_view text) {
  Dateline d;
  d.date = FindDateline(text);
  if (!d.date) return d;
  const std::size_t sep = SeparatorAt(text);
  if (sep == 0) return d;
  std::size_t after = sep;
  if (text[after] == ':' || text[after] == '\n') {
    ++after;
  } else {
    after += text[after + 1] == '-' ? 2 : 4;
  }
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  d.end = after;
  std::string_view prefix = text.substr(0, sep);
  const std::size_t open = prefix.rfind('(');
  const std::size_t close = prefix.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
    d.publisher = std::string(Trim(prefix.substr(open + 1, close - open - 1)));
    if (HasDigit(d.publisher)) d.publisher.clear();
  }
  // The place: what comes before the first comma or parenthesis, unless it is the date itself.
  const std::size_t first = prefix.find_first_of(",(");
  const std::string_view place = Trim(prefix.substr(0, first));
  if (!place.empty() && !HasDigit(place) && place.size() < 40) d.place = NameCase(place);
  if (first != std::string_view::npos && prefix[first] == ',') {
    const std::string_view rest = prefix.substr(first + 1);
    const std::string_view region = Trim(rest.substr(0, rest.find_first_of(",(")));
    if (!region.empty() && !HasDigit(region) && region.size() < 40) d.region = NameCase(region);
  }
  return d;
}

std::string TitleFrom(std::string_view text, const Dateline& dateline) {
  const std::string_view body = text.substr(std::min(dateline.end, text.size()));
  SentenceStream stream(body);
  ByteSpan first;
  if (!stream.Next(&first)) return "";
  std::string_view title = SpanText(body, first);
  if (title.size() > kTitleLimit) {
    std::size_t cut = title.rfind(' ', kTitleLimit - 3);
    if (cut == std::string_view::npos || cut < kTitleLimit / 2) cut = kTitleLimit - 3;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    return std::string(Trim(title.substr(0, cut))) + "...";
  }
  return std::string(Trim(title));
}

}  // namespace claimcheck::draft
