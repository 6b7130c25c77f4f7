// Reading the value forms several kinds share (kinds/reader.h): figures, dates, spans, participants, quantity
// slots, times of day. Moved here from the document reader so that each kind reads its own fields with them.
#include "kinds/reader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "facts/internal.h"

namespace claimcheck {

using loader::FieldSpec;
using loader::Json;
using loader::Member;
using loader::Quote;

namespace {

constexpr FieldSpec kValueEntryFields[] = {{"value", true}, {"source", false}, {"as_of", false}, {"label", false},
                                           {"retracted", false}, {"note", false}};
constexpr FieldSpec kValueFields[] = {{"exact", false}, {"approx", false}, {"tolerance", false}, {"margin", false},
                                      {"min", false},   {"max", false}};
constexpr FieldSpec kDateFields[] = {{"on", false}, {"from", false}, {"to", false}, {"time", false}};
constexpr FieldSpec kSpanFields[] = {{"from", false}, {"to", false}};
constexpr FieldSpec kParticipantFields[] = {{"entities", true}, {"closed", false}, {"roles", false}, {"count", false}};

// Membership in a fact's own source list, without a quadratic worst case on absurd inputs.
class IdSet {
 public:
  explicit IdSet(const std::vector<std::string>& ids) : ids_(ids.begin(), ids.end()) {
    std::sort(ids_.begin(), ids_.end());
  }
  bool Contains(std::string_view id) const { return std::binary_search(ids_.begin(), ids_.end(), id); }

 private:
  std::vector<std::string_view> ids_;
};

// "18:03" -> minutes after midnight; -1 when malformed.
int Minutes(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return -1;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (hhmm[i] < '0' || hhmm[i] > '9') return -1;
  }
  const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  return h < 24 && m < 60 ? h * 60 + m : -1;
}

// "Z", "+05:30", "-04:00" -> minutes east of UTC; nullopt when malformed.
std::optional<int> Offset(std::string_view zone) {
  if (zone == "Z") return 0;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-')) return std::nullopt;
  const int m = Minutes(zone.substr(1));
  if (m < 0 || m > 14 * 60) return std::nullopt;
  return zone[0] == '-' ? -m : m;
}

}  // namespace

// "HH:MM", or "HH:MM/HH:MM" for a span, each optionally followed by a zone ("Z", "+05:30"): "18:03+05:30".
std::optional<TimeWindow> KindReader::ReadTime(const Json& v, std::string_view key) {
  std::string text;
  if (!String(v, key, &text)) return std::nullopt;
  At at(this, key);
  auto bad = [&]() {
    Fail("invalid-time", "expected a time of day \"HH:MM\" or \"HH:MM/HH:MM\", optionally with a zone "
                         "(\"18:03+05:30\", \"12:33Z\"), found " + Quote(text));
    return std::nullopt;
  };
  std::string_view rest(text);
  TimeWindow t;
  std::optional<int> zone;
  auto one = [&](std::string_view part, int* minutes) {
    if (part.size() < 5) return false;
    *minutes = Minutes(part.substr(0, 5));
    if (*minutes < 0) return false;
    if (part.size() > 5) {
      const std::optional<int> z = Offset(part.substr(5));
      if (!z || (zone && *zone != *z)) return false;
      zone = z;
    }
    return true;
  };
  const std::size_t slash = rest.find('/');
  if (!one(rest.substr(0, slash), &t.first)) return bad();
  t.last = t.first;
  if (slash != std::string_view::npos && !one(rest.substr(slash + 1), &t.last)) return bad();
  if (t.last < t.first) {
    Fail("range-inverted", "the time span " + Quote(text) + " ends before it starts");
    return std::nullopt;
  }
  t.zoned = zone.has_value();
  t.utc_offset_minutes = zone.value_or(0);
  return t;
}

void KindReader::ReadQuantitySlot(const Json& object, const Fact& fact, bool own_triggers, QuantitySlot* out) {
  String(object, "measure", &out->measure);
  String(object, "unit", &out->unit);
  if (own_triggers) StringList(object, "triggers", true, &out->triggers);
  Id(object, "place", &out->place);
  ReadValues(object, fact, false, &out->values);
}

// "values": [{"value": {...}, "source"?, "as_of"?, "label"?}, ...]; `counts`: numbers must not be negative.
void KindReader::ReadValues(const Json& object, const Fact& fact, bool counts, std::vector<ValueRange>* out) {
  const IdSet fact_sources(fact.source_ids);
  ForEachItem(object, "values", true, [&](const Json& item) {
    out->emplace_back();
    ValueRange* range = &out->back();
    if (!CheckObject(item, kValueEntryFields, {})) return;
    if (const Json* value = Member(item, "value")) {
      At at(this, "value");
      ReadValue(*value, counts, range);
    }
    String(item, "label", &range->label);
    range->as_of = Date(item, "as_of");
    Bool(item, "retracted", &range->retracted);
    String(item, "note", &range->note);
    if (Id(item, "source", &range->source_id)) {
      if (!fact_sources.Contains(range->source_id)) {
        At at(this, "source");
        Fail("unknown-reference", "expected one of this fact's \"sources\", found " + Quote(range->source_id));
      }
    } else if (Member(item, "source") == nullptr) {
      if (fact.source_ids.size() == 1) {
        range->source_id = fact.source_ids.front();
      } else if (fact.source_ids.size() > 1) {
        Fail("missing-field", "missing field \"source\": required when the fact lists several sources");
      }
    }
  });
}

// {"exact": n} | {"approx": n, "tolerance"?: t} | {"min"?: a, "max"?: b}
void KindReader::ReadValue(const Json& v, bool counts, ValueRange* out) {
  if (!CheckObject(v, kValueFields, {})) return;
  double exact = 0, approx = 0, tolerance = kDefaultTolerance, margin = 0, low = 0, high = 0;
  const bool has_exact = Number(v, "exact", &exact);
  const bool has_approx = Number(v, "approx", &approx);
  const bool has_tolerance = Number(v, "tolerance", &tolerance);
  const bool has_margin = Number(v, "margin", &margin);
  const bool has_min = Number(v, "min", &low);
  const bool has_max = Number(v, "max", &high);
  const int forms = int{Member(v, "exact") != nullptr} + int{Member(v, "approx") != nullptr} +
                    int{Member(v, "min") != nullptr || Member(v, "max") != nullptr};
  if (forms == 0) {
    Fail("missing-field", "expected one of \"exact\", \"approx\", or \"min\"/\"max\"");
    return;
  }
  if (forms > 1) {
    std::string found;
    for (std::string_view key : {"exact", "approx", "min", "max"}) {
      if (Member(v, key) != nullptr) found += (found.empty() ? "\"" : ", \"") + std::string(key) + "\"";
    }
    Fail("conflicting-fields", "expected exactly one of \"exact\", \"approx\", or \"min\"/\"max\", found " + found);
    return;
  }
  for (std::string_view key : {"tolerance", "margin"}) {
    if (Member(v, key) != nullptr && Member(v, "approx") == nullptr) {
      At at(this, key);
      Fail("conflicting-fields", "\"" + std::string(key) + "\" applies only to \"approx\"");
    }
  }
  if (Member(v, "tolerance") != nullptr && Member(v, "margin") != nullptr) {
    At at(this, "margin");
    Fail("conflicting-fields", "expected \"tolerance\" (a fraction) or \"margin\" (in the value's unit), found both");
    return;
  }
  if (has_margin && margin < 0) {
    At at(this, "margin");
    Fail("negative-tolerance", "expected a margin of zero or more, found " + loader::FormatNumber(margin));
    return;
  }
  if (has_tolerance && tolerance < 0) {
    At at(this, "tolerance");
    Fail("negative-tolerance", "expected a tolerance from 0 to 1 (a fraction), found " + loader::FormatNumber(tolerance));
    return;
  }
  if (has_tolerance && tolerance > 1) {
    At at(this, "tolerance");
    Fail("out-of-range",
         "expected a tolerance from 0 to 1 (a fraction: 0.1 is 10 %), found " + loader::FormatNumber(tolerance));
    return;
  }
  const double kInfinity = std::numeric_limits<double>::infinity();
  if (has_exact) {
    out->low = out->high = exact;
  } else if (has_approx && has_margin) {
    out->low = approx - margin;
    out->high = approx + margin;
  } else if (has_approx) {
    out->low = approx * (1 - tolerance);
    out->high = approx * (1 + tolerance);
    if (out->low > out->high) std::swap(out->low, out->high);
  } else {
    if (has_min && has_max && low > high) {
      At at(this, "min");
      Fail("range-inverted", "min " + loader::FormatNumber(low) + " is greater than max " + loader::FormatNumber(high));
      return;
    }
    out->low_open = !has_min;
    out->high_open = !has_max;
    out->low = has_min ? low : -kInfinity;
    out->high = has_max ? high : kInfinity;
  }
  if (counts &&
      ((has_exact && exact < 0) || (has_approx && approx < 0) || (has_min && low < 0) || (has_max && high < 0))) {
    Fail("out-of-range", "expected a count of zero or more");
  }
}

// {"on": d} | {"from": d, "to": d}: one range from the start of `from` to the end of `to`.
void KindReader::ReadDateObject(const Json& object, std::string_view key, std::optional<DateRange>* out,
                                std::optional<TimeWindow>* time) {
  const Json* v = Member(object, key);
  if (v == nullptr) return;
  At at(this, key);
  if (!CheckObject(*v, kDateFields, {})) return;
  const bool has_on = Member(*v, "on") != nullptr;
  const bool has_span = Member(*v, "from") != nullptr || Member(*v, "to") != nullptr;
  if (has_on && has_span) {
    Fail("conflicting-fields", "expected either \"on\" or \"from\" and \"to\", found both");
    return;
  }
  if (time != nullptr) *time = ReadTime(*v, "time");
  if (has_on) {
    *out = Date(*v, "on");
    return;
  }
  if (!has_span) {
    Fail("missing-field", "expected \"on\", or \"from\" and \"to\"");
    return;
  }
  std::optional<DateRange> from, to;
  if (!ReadFromTo(*v, &from, &to)) return;
  if (!from || !to) {
    Fail("missing-field", std::string("missing field \"") + (from ? "to" : "from") +
                              "\": a date range needs both ends (use \"on\" for a single date)");
    return;
  }
  const DateRange merged{from->first, to->last, std::max(from->granularity, to->granularity)};
  *out = merged;
}

// {"from"?: d, "to"?: d}, at least one; an omitted end is open (nullopt).
void KindReader::ReadSpan(const Json& object, std::string_view key, std::optional<DateRange>* from,
                          std::optional<DateRange>* to) {
  const Json* v = Member(object, key);
  if (v == nullptr) return;
  At at(this, key);
  if (!CheckObject(*v, kSpanFields, {})) return;
  if (Member(*v, "from") == nullptr && Member(*v, "to") == nullptr) {
    Fail("missing-field", "expected \"from\", \"to\" or both");
    return;
  }
  ReadFromTo(*v, from, to);
}

// Reads "from" and "to" where present; false when one is unusable or they are reversed.
bool KindReader::ReadFromTo(const Json& v, std::optional<DateRange>* from, std::optional<DateRange>* to) {
  *from = Date(v, "from");
  *to = Date(v, "to");
  if ((Member(v, "from") != nullptr && !*from) || (Member(v, "to") != nullptr && !*to)) return false;
  if (*from && *to && (*from)->first > (*to)->last) {
    At at(this, "from");
    Fail("range-inverted", "from " + FormatDateRange(**from) + " is after to " + FormatDateRange(**to));
    return false;
  }
  return true;
}

void KindReader::ReadParticipants(const Json& object, Participants* out) {
  const Json* v = Member(object, "participants");
  if (v == nullptr) return;
  At at(this, "participants");
  if (!CheckObject(*v, kParticipantFields, {})) return;
  IdList(*v, "entities", true, &out->entities);
  Bool(*v, "closed", &out->closed);
  StringList(*v, "roles", false, &out->roles);
  int count = 0;
  if (Integer(*v, "count", 0, &count)) out->count = count;
  CheckParticipantList(*out);
}

void KindReader::CheckParticipantList(const Participants& p) {
  std::vector<std::string_view> sorted(p.entities.begin(), p.entities.end());
  std::sort(sorted.begin(), sorted.end());
  const auto duplicate = std::adjacent_find(sorted.begin(), sorted.end());
  if (duplicate != sorted.end() && !duplicate->empty()) {
    At at(this, "entities");
    Fail("duplicate-value", "entity " + Quote(*duplicate) + " is listed twice");
  }
  if (!p.count) return;
  const auto listed = static_cast<long long>(p.entities.size());
  const bool wrong = p.closed ? *p.count != listed : *p.count < listed;
  if (!wrong) return;
  At at(this, "count");
  Fail("inconsistent-count", "count " + std::to_string(*p.count) +
                                 (p.closed ? " differs from the " : " is below the ") + std::to_string(listed) +
                                 " entities listed" + (p.closed ? " in a closed list" : ""));
}
}  // namespace claimcheck
