// Typed reading of a JSON DOM with errors at JSON pointers (see facts/reader.h).
//
// Messages follow one pattern, "expected <what the format wants>, found <what the document has>", so an author
// can fix a value without opening the documentation.
#include "facts/reader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace claimcheck {
namespace loader {
namespace {

constexpr std::size_t kPreviewChars = 40;
constexpr long long kIntMax = std::numeric_limits<int>::max();
constexpr std::string_view kDateForms = "an ISO date (2023-04-25, 2023-04, 2023 or 2000s)";

bool IsKebabId(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = ' ';
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
    if (!ok) return false;
    previous = c;
  }
  return true;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Levenshtein distance, for "did you mean" on short field names only.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

const Json* Member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  for (const auto& member : object.get_ref<const Json::object_t&>()) {
    if (member.first == key) return &member.second;
  }
  return nullptr;
}

std::string Quote(std::string_view s) {
  std::string out = "\"";
  if (s.size() <= kPreviewChars) {
    out.append(s);
  } else {
    std::size_t cut = kPreviewChars;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    out.append(s.substr(0, cut)).append("...");
  }
  return out + "\"";
}

std::string Describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::string:
      return "a string (" + Quote(v.get_ref<const std::string&>()) + ")";
    case Json::value_t::boolean:
      return v.get<bool>() ? "true" : "false";
    case Json::value_t::null:
      return "null";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number (" + v.dump(-1, ' ', false, Json::error_handler_t::replace) + ")";
    default:
      return "an unsupported value";
  }
}

std::string FormatNumber(double v) {
  Json j(v);
  if (std::floor(v) == v && std::fabs(v) < 1e15) j = static_cast<long long>(v);
  return j.dump();
}

JsonReader::At::At(JsonReader* reader, std::string_view key) : reader_(reader), size_(reader->pointer_.size()) {
  reader->pointer_.push_back('/');
  for (char c : key) {  // RFC 6901 escapes
    if (c == '~') {
      reader->pointer_.append("~0");
    } else if (c == '/') {
      reader->pointer_.append("~1");
    } else {
      reader->pointer_.push_back(c);
    }
  }
}

JsonReader::At::At(JsonReader* reader, std::size_t index) : reader_(reader), size_(reader->pointer_.size()) {
  reader->pointer_.append("/").append(std::to_string(index));
}

void JsonReader::WrongType(std::string_view expected, const Json& found) {
  Fail("wrong-type", "expected " + std::string(expected) + ", found " + Describe(found));
}

bool JsonReader::CheckObject(const Json& v, Fields fields, Fields more, std::string_view context) {
  if (!v.is_object()) {
    WrongType("an object", v);
    return false;
  }
  const auto known = [&](std::string_view key) {
    const auto is = [&](const FieldSpec& f) { return f.name == key; };
    return std::any_of(fields.begin(), fields.end(), is) || std::any_of(more.begin(), more.end(), is);
  };
  for (const auto& member : v.get_ref<const Json::object_t&>()) {
    if (!known(member.first)) UnknownField(member.first, fields, more, context);
  }
  for (Fields list : {fields, more}) {
    for (const FieldSpec& f : list) {
      if (f.required && Member(v, f.name) == nullptr) {
        Fail("missing-field", "missing required field \"" + std::string(f.name) + "\"");
      }
    }
  }
  return true;
}

void JsonReader::UnknownField(const std::string& key, Fields fields, Fields more, std::string_view context) {
  At at(this, key);
  std::string explained = ExplainUnknownField(key, context);
  if (!explained.empty()) {
    Fail("unknown-field", std::move(explained));
    return;
  }
  std::string_view best;
  std::size_t best_distance = 3;
  for (Fields list : {fields, more}) {
    for (const FieldSpec& f : list) {
      if (key.size() > 2 * f.name.size() + 2) continue;  // keep the distance computation small
      const std::size_t d = EditDistance(key, f.name);
      if (d < best_distance && d < f.name.size()) {
        best = f.name;
        best_distance = d;
      }
    }
  }
  std::string message = "unknown field " + Quote(key);
  if (!best.empty()) message += " (did you mean \"" + std::string(best) + "\"?)";
  Fail("unknown-field", std::move(message));
}

bool JsonReader::CheckString(const Json& v, std::string* out) {
  if (!v.is_string()) {
    WrongType("a string", v);
    return false;
  }
  const std::string& s = v.get_ref<const std::string&>();
  if (s.empty()) {
    Fail("empty-string", "expected a non-empty string, found \"\"");
    return false;
  }
  if (IsSpace(s.front()) || IsSpace(s.back())) {
    Fail("untrimmed-string", "expected no leading or trailing spaces, found " + Quote(s));
  }
  *out = s;
  return true;
}

bool JsonReader::String(const Json& object, std::string_view key, std::string* out) {
  const Json* v = Member(object, key);
  if (v == nullptr) return false;
  At at(this, key);
  return CheckString(*v, out);
}

bool JsonReader::CheckId(const Json& v, std::string* out) {
  std::string id;
  if (!CheckString(v, &id)) return false;
  if (!IsKebabId(id)) {
    Fail("invalid-id", "expected a kebab-case id (a-z, 0-9, single hyphens inside), found " + Quote(id));
    return false;
  }
  *out = std::move(id);
  return true;
}

bool JsonReader::Id(const Json& object, std::string_view key, std::string* out) {
  const Json* v = Member(object, key);
  if (v == nullptr) return false;
  At at(this, key);
  return CheckId(*v, out);
}

bool JsonReader::StringList(const Json& object, std::string_view key, bool non_empty, std::vector<std::string>* out) {
  return ForEachItem(object, key, non_empty, [&](const Json& item) {
    out->emplace_back();
    CheckString(item, &out->back());
  });
}

bool JsonReader::IdList(const Json& object, std::string_view key, bool non_empty, std::vector<std::string>* out) {
  return ForEachItem(object, key, non_empty, [&](const Json& item) {
    out->emplace_back();
    CheckId(item, &out->back());
  });
}

std::optional<DateRange> JsonReader::CheckDate(const Json& v) {
  std::string text;
  if (!CheckString(v, &text)) return std::nullopt;
  // Intervals ("2011/2015") are spelled with "from"/"to" in this format, so one date is one value.
  std::optional<DateRange> range;
  if (text.find('/') == std::string::npos) range = ParseIsoDateRange(text);
  if (!range) Fail("invalid-date", "expected " + std::string(kDateForms) + ", found " + Quote(text));
  return range;
}

std::optional<DateRange> JsonReader::Date(const Json& object, std::string_view key) {
  const Json* v = Member(object, key);
  if (v == nullptr) return std::nullopt;
  At at(this, key);
  return CheckDate(*v);
}

bool JsonReader::Number(const Json& object, std::string_view key, double* out) {
  const Json* v = Member(object, key);
  if (v == nullptr) return false;
  if (!v->is_number()) {
    At at(this, key);
    WrongType("a number", *v);
    return false;
  }
  *out = v->get<double>();
  return true;
}

bool JsonReader::Integer(const Json& object, std::string_view key, int min_value, int* out) {
  const Json* v = Member(object, key);
  if (v == nullptr) return false;
  At at(this, key);
  if (!v->is_number_integer()) {
    WrongType("an integer", *v);
    return false;
  }
  const long long value =
      v->is_number_unsigned() && v->get<unsigned long long>() > kIntMax ? kIntMax + 1 : v->get<long long>();
  if (value < min_value || value > kIntMax) {
    Fail("out-of-range", "expected an integer from " + std::to_string(min_value) + ", found " + Describe(*v));
    return false;
  }
  *out = static_cast<int>(value);
  return true;
}

bool JsonReader::Bool(const Json& object, std::string_view key, bool* out) {
  const Json* v = Member(object, key);
  if (v == nullptr) return false;
  if (!v->is_boolean()) {
    At at(this, key);
    WrongType("true or false", *v);
    return false;
  }
  *out = v->get<bool>();
  return true;
}

void JsonReader::CheckRequired(const Json& v, Fields fields) {
  for (const FieldSpec& f : fields) {
    if (f.required && Member(v, f.name) == nullptr) {
      Fail("missing-field", "missing required field \"" + std::string(f.name) + "\"");
    }
  }
}

std::string JsonReader::ExplainUnknownField(const std::string& /*key*/, std::string_view /*context*/) const {
  return {};
}

}  // namespace loader
}  // namespace claimcheck
