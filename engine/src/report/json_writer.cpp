// JSON writing: commas and indentation are decided from a stack of open containers; strings are escaped in one
// pass, copying runs of plain bytes at once.
#include "report/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "text/text_chars.h"

namespace claimcheck {

namespace {

// Bytes copied as they are: printable ASCII other than '"' and '\\'.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
  return plain;
}();

constexpr std::size_t kShortKey = 28;

bool IsPlain(std::string_view s) {
  for (const char c : s) {
    if (!kPlainByte[static_cast<unsigned char>(c)]) return false;
  }
  return true;
}

template <typename Int>
void AppendInteger(std::string* out, Int value) {
  char digits[24];
  out->append(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, value).ptr - digits));
}

}  // namespace

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  after_key_ = true;
  // Keys are short names that need no escaping: the key, its quotes and colon in one append.
  char piece[kShortKey + 4];
  if (key.size() <= kShortKey && IsPlain(key)) {
    std::size_t n = 0;
    piece[n++] = '"';
    for (const char c : key) piece[n++] = c;
    piece[n++] = '"';
    piece[n++] = ':';
    if (indent_ >= 0) piece[n++] = ' ';
    out_.append(piece, n);
    return *this;
  }
  out_ += '"';
  Escaped(key);
  out_ += indent_ >= 0 ? "\": " : "\":";
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ += '"';
  Escaped(value);
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::Number(std::size_t value) {
  BeforeValue();
  AppendInteger(&out_, value);
  return *this;
}

JsonWriter& JsonWriter::Integer(long long value) {
  BeforeValue();
  AppendInteger(&out_, value);
  return *this;
}

JsonWriter& JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();
  BeforeValue();
  if (value == 0) {  // -0 too
    out_ += '0';
    return *this;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  for (char* c = buffer; *c != '\0'; ++c) {
    if (*c == ',') *c = '.';  // a host program's LC_NUMERIC must not change the JSON
  }
  out_ += buffer;
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ += bracket;
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  const bool had_items = has_items_.back() != 0;
  has_items_.pop_back();
  if (had_items) NewLine(has_items_.size());
  out_ += bracket;
  return *this;
}

void JsonWriter::BeforeValue() {
  if (after_key_) {  // the value of a key follows it on the same line
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_ += ',';
  has_items_.back() = 1;
  if (indent_ >= 0) NewLine(has_items_.size());
}

void JsonWriter::NewLine(std::size_t depth) {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::Escaped(std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  auto flush = [&](std::size_t end) { out_.append(value.data() + plain, end - plain); };
  const std::size_t n = value.size();
  for (std::size_t i = 0; i < n;) {
    while (i < n && kPlainByte[static_cast<unsigned char>(value[i])]) ++i;  // the common case, one load a byte
    if (i == n) break;
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x80) {
      const text_chars::Utf8Step step = text_chars::StepUtf8(value, i);
      if (step.valid) {
        i += step.len;
        continue;
      }
      flush(i);
      out_ += "\xEF\xBF\xBD";
      i += step.len;
      plain = i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
    }
    plain = ++i;
  }
  flush(value.size());
}

}  // namespace claimcheck
