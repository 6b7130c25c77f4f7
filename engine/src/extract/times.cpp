// Times of day (times.h). Approach: read the clock part (H:MM, H.MM, HHMM or a time word), then a meridiem
// (am, pm, a.m., p.m.), then a zone: a named zone of the lexicon in capitals, optionally with a signed offset
// ("UTC+5:30", "GMT-5").
#include "times.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

bool Is(const std::vector<Token>& t, std::size_t i, std::string_view norm) {
  return i < t.size() && t[i].norm == norm;
}

bool Glued(const std::vector<Token>& t, std::size_t i) { return i > 0 && i < t.size() && Adjacent(t[i - 1], t[i]); }

// Digits only, of length in [min, max]; -1 otherwise.
int Digits(const std::vector<Token>& t, std::size_t i, std::size_t min, std::size_t max) {
  if (i >= t.size() || t[i].kind != TokenKind::kNumber) return -1;
  const std::string& n = t[i].norm;
  if (n.size() < min || n.size() > max || t[i].span.end - t[i].span.begin != n.size()) return -1;
  int v = 0;
  for (char c : n) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// am/pm at i: returns the token after it and sets *pm; i when there is none.
std::size_t Meridiem(const std::vector<Token>& t, std::size_t i, bool* pm) {
  if (Is(t, i, "am") || Is(t, i, "pm")) {
    *pm = t[i].norm == "pm"sv;
    return i + 1;
  }
  if ((Is(t, i, "a") || Is(t, i, "p")) && Is(t, i + 1, ".") && Is(t, i + 2, "m") && Glued(t, i + 1) &&
      Glued(t, i + 2)) {
    *pm = t[i].norm == "p"sv;
    return Is(t, i + 3, ".") && Glued(t, i + 3) ? i + 4 : i + 3;
  }
  return i;
}

// A zone at i ("IST", "UTC", "UTC+5:30", "GMT-5"); sets the offset and returns the token after it, i if none.
std::size_t Zone(std::string_view text, const std::vector<Token>& t, std::size_t i,
                 const lexicon_internal::Tables& lex, std::optional<int>* offset) {
  const auto zone = lex.zones.Longest(text, t, i);
  if (!zone) return i;
  *offset = *zone.value;
  std::size_t k = zone.end;
  if ((Is(t, k, "+") || Is(t, k, "-")) && Glued(t, k) && Glued(t, k + 1)) {
    const int sign = t[k].norm == "+"sv ? 1 : -1;
    const int hours = Digits(t, k + 1, 1, 2);
    if (hours >= 0 && hours <= 14) {
      int minutes = 0;
      std::size_t end = k + 2;
      if (Is(t, end, ":") && Glued(t, end) && Digits(t, end + 1, 2, 2) >= 0 && Glued(t, end + 1)) {
        minutes = Digits(t, end + 1, 2, 2);
        end += 2;
      }
      if (minutes < 60) {
        *offset = **offset + sign * (hours * 60 + minutes);
        k = end;
      }
    }
  }
  return k;
}

}  // namespace

std::optional<TimeParse> ParseTime(std::string_view text, const std::vector<Token>& t, std::size_t i,
                                   const lexicon_internal::Tables& lex) {
  if (i >= t.size()) return std::nullopt;
  TimeParse p;
  p.begin = i;
  int hours = -1;
  int minutes = 0;
  std::size_t k = i + 1;
  bool needs_meridiem = false;  // "6.04" is a time only before pm
  bool needs_zone = false;      // "0800" is a time only before a zone or "hours"
  if (const auto word = lex.time_words.Longest(text, t, i)) {
    hours = *word.value / 60, minutes = *word.value % 60, k = word.end;
  } else if (t[i].kind != TokenKind::kNumber) {
    return std::nullopt;
  } else if (Is(t, i + 1, ":") && Glued(t, i + 1) && Glued(t, i + 2) && Digits(t, i + 2, 2, 2) >= 0 &&
             Digits(t, i, 1, 2) >= 0) {
    hours = Digits(t, i, 1, 2), minutes = Digits(t, i + 2, 2, 2), k = i + 3;
    if (Is(t, k, ":") && Glued(t, k) && Glued(t, k + 1) && Digits(t, k + 1, 2, 2) >= 0) k += 2;  // seconds
  } else if (const std::string& n = t[i].norm; n.size() == 4 && n[1] == '.' && t[i].span.end - t[i].span.begin == 4) {
    hours = n[0] - '0', minutes = (n[2] - '0') * 10 + (n[3] - '0'), needs_meridiem = true;  // "6.04pm"
  } else if (n.size() == 5 && n[2] == '.' && t[i].span.end - t[i].span.begin == 5) {
    hours = (n[0] - '0') * 10 + (n[1] - '0'), minutes = (n[3] - '0') * 10 + (n[4] - '0'), needs_meridiem = true;
  } else if (Digits(t, i, 4, 4) >= 0) {
    hours = Digits(t, i, 4, 4) / 100, minutes = Digits(t, i, 4, 4) % 100, needs_zone = true;  // "0800 GMT"
  } else if (Digits(t, i, 1, 2) >= 0) {
    hours = Digits(t, i, 1, 2), needs_meridiem = true;  // "10am", "10 p.m."
  } else {
    return std::nullopt;
  }
  bool pm = false;
  const std::size_t after_meridiem = Meridiem(t, k, &pm);
  const bool meridiem = after_meridiem > k;
  if (needs_meridiem && !meridiem) return std::nullopt;
  if (minutes > 59 || hours > 23 || (meridiem && (hours < 1 || hours > 12))) return std::nullopt;
  if (meridiem) hours = hours % 12 + (pm ? 12 : 0);
  k = after_meridiem;
  const std::size_t zone_end = Zone(text, t, k, lex, &p.utc_offset);
  if (zone_end > k) {
    p.zone_begin = k, p.zone_end = zone_end, k = zone_end;
  } else if (needs_zone) {
    if (!Is(t, k, "hours") && !Is(t, k, "hrs") && !Is(t, k, "gmt")) return std::nullopt;
    ++k;
  }
  p.end = k;
  p.minutes = hours * 60 + minutes;
  return p;
}

}  // namespace claimcheck
