// JSON writing: commas and indentation are decided from a stack of open containers; strings are escaped in one
// pass, copying runs of plain bytes at once.
#include "json_writer.h"

namespace claimcheck {
namespace {

// Length of the well-formed UTF-8 sequence at text[i], or 0 with *bad set to the ill-formed subpart's length.
std::size_t Utf8Length(std::string_view text, std::size_t i, std::size_t* bad) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t need = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    *bad = 1;
    return 0;
  }
  std::size_t n = 1;
  for (; n <= need && i + n < text.size(); ++n) {
    const auto c = static_cast<unsigned char>(text[i + n]);
    if (c < low || c > high) break;
    low = 0x80;
    high = 0xBF;
  }
  if (n <= need) {
    *bad = n;
    return 0;
  }
  return n;
}

}  // namespace

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_ += '"';
  Escaped(key);
  out_ += indent_ >= 0 ? "\": " : "\":";
  after_key_ = true;
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
  out_ += std::to_string(value);
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
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  const bool had_items = has_items_.back();
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
  has_items_.back() = true;
  NewLine(has_items_.size());
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
  for (std::size_t i = 0; i < value.size();) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::size_t bad = 0;
      const std::size_t length = Utf8Length(value, i, &bad);
      if (length > 0) {
        i += length;
        continue;
      }
      flush(i);
      out_ += "\xEF\xBF\xBD";
      i += bad;
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
