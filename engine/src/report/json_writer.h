// A small streaming JSON writer for reports: the report is written straight into one string, without building a
// document first (that cost as much as the whole check). Output matches nlohmann::json's dump(): compact, or
// pretty with `indent` spaces per level. Strings are UTF-8; ill-formed bytes become U+FFFD, one per maximal
// ill-formed subpart, as TextDecoder decodes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(std::size_t value);
  JsonWriter& Integer(long long value);
  // Fifteen significant digits (%.15g: correctly rounded by glibc and musl alike, so the native and the WebAssembly
  // builds write the same bytes, and arithmetic noise does not show: 2.1 - 0.05 is written 2.05, 6 feet in metres
  // 1.8288); NaN and infinities are null.
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& StringOrNull(std::string_view value) { return value.empty() ? Null() : String(value); }

  void Reserve(std::size_t bytes) { out_.reserve(bytes); }  // a good estimate spares the copies of growing
  std::string Take() { return std::move(out_); }
  // The bytes written so far. A writer streaming its JSON hands them on and clears them between values; the
  // state (open containers, commas) is kept apart, so writing goes on as if they were still there.
  std::string& buffer() { return out_; }

 private:
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  void BeforeValue();
  void NewLine(std::size_t depth);
  void Escaped(std::string_view value);

  int indent_;
  std::string out_;
  std::vector<char> has_items_;  // per open container: something was written in it (char: no bit packing)
  bool after_key_ = false;
};

}  // namespace claimcheck
