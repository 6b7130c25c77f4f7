// Private to the fact-base loader: typed reading of a JSON DOM that reports problems as Errors at JSON pointers.
// facts_validate.cpp reads the fact-base format with this vocabulary; nothing here knows that format.
//
// A JsonReader keeps the JSON pointer of the value being read in one string, grown by an At guard on the way down
// and cut back on the way up, so reading a clean document builds no pointer strings at all.
#ifndef CLAIMCHECK_SRC_FACTS_READER_H_
#define CLAIMCHECK_SRC_FACTS_READER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "facts/internal.h"

namespace claimcheck {
namespace loader {

// One field of an object: its name and whether it must be present.
struct FieldSpec {
  std::string_view name;
  bool required;
};

// A view of a constexpr FieldSpec array (C++17 has no std::span).
struct Fields {
  const FieldSpec* data = nullptr;
  std::size_t size = 0;
  template <std::size_t N>
  constexpr Fields(const FieldSpec (&a)[N]) : data(a), size(N) {}  // NOLINT: implicit by design
  constexpr Fields() = default;
  const FieldSpec* begin() const { return data; }
  const FieldSpec* end() const { return data + size; }
};

// The member `key` of an object, or nullptr (also when `object` is not an object). Linear: objects are small.
const Json* Member(const Json& object, std::string_view key);

std::string Quote(std::string_view s);  // "\"text\"", cut after 40 bytes on a UTF-8 boundary
std::string Describe(const Json& v);    // "a number (42)", "a string (\"x\")", "an array"
std::string FormatNumber(double v);     // 10 -> "10", 0.5 -> "0.5"

class JsonReader {
 public:
  JsonReader(std::string_view file, ErrorSink* sink) : file_(file), sink_(sink) {}
  virtual ~JsonReader() = default;
  JsonReader(const JsonReader&) = delete;
  JsonReader& operator=(const JsonReader&) = delete;

 protected:
  // Descends the current pointer into a member or an element for the lifetime of the guard.
  class At {
   public:
    At(JsonReader* reader, std::string_view key);
    At(JsonReader* reader, std::size_t index);
    At(const At&) = delete;
    At& operator=(const At&) = delete;
    ~At() { reader_->pointer_.resize(size_); }

   private:
    JsonReader* reader_;
    std::size_t size_;
  };

  // An error at the current pointer.
  void Fail(std::string_view code, std::string message) { sink_->Add(code, file_, pointer_, std::move(message)); }
  void WrongType(std::string_view expected, const Json& found);

  // Object shape: type, unknown members (not in `fields` nor `more`), missing required members. `context` is
  // passed to ExplainUnknownField.
  bool CheckObject(const Json& v, Fields fields, Fields more = {}, std::string_view context = {});
  void CheckRequired(const Json& v, Fields fields);

  // Why `key` is not allowed in an object read with `context`, when it is a field elsewhere; "" lets the reader
  // suggest the closest allowed field instead ("did you mean").
  virtual std::string ExplainUnknownField(const std::string& key, std::string_view context) const;

  // Typed members. Each reports at the member's pointer and returns false (or nullopt) when the member is absent
  // or unusable; absence is not an error here (CheckObject reports missing required members).
  bool String(const Json& object, std::string_view key, std::string* out);  // non-empty, trimmed
  bool Id(const Json& object, std::string_view key, std::string* out);      // kebab-case
  bool Number(const Json& object, std::string_view key, double* out);
  bool Integer(const Json& object, std::string_view key, int min_value, int* out);  // min_value..INT_MAX
  bool Bool(const Json& object, std::string_view key, bool* out);
  std::optional<DateRange> Date(const Json& object, std::string_view key);  // one of the four ISO forms
  // Lists keep one slot per element (empty when invalid) so model indexes match JSON indexes.
  bool StringList(const Json& object, std::string_view key, bool non_empty, std::vector<std::string>* out);
  bool IdList(const Json& object, std::string_view key, bool non_empty, std::vector<std::string>* out);

  // The same checks on a value the pointer is already at.
  bool CheckString(const Json& v, std::string* out);
  bool CheckId(const Json& v, std::string* out);
  std::optional<DateRange> CheckDate(const Json& v);

  // Calls `read(element)` for each element of the array member `key`, with the pointer at that element.
  // `non_empty`: [] is an error.
  template <typename Read>
  bool ForEachItem(const Json& object, std::string_view key, bool non_empty, Read&& read) {
    const Json* v = Member(object, key);
    if (v == nullptr) return false;
    At at(this, key);
    return ForEachElement(*v, non_empty, read);
  }

  template <typename Read>
  bool ForEachElement(const Json& v, bool non_empty, Read&& read) {
    if (!v.is_array()) {
      WrongType("an array", v);
      return false;
    }
    if (non_empty && v.empty()) {
      Fail("empty-list", "expected at least one element, found []");
      return false;
    }
    std::size_t i = 0;
    for (const Json& item : v.get_ref<const Json::array_t&>()) {
      At element(this, i++);
      read(item);
    }
    return true;
  }

  std::string pointer_;  // of the value being read

 private:
  void UnknownField(const std::string& key, Fields fields, Fields more, std::string_view context);

  std::string_view file_;
  ErrorSink* sink_;
};

}  // namespace loader
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_FACTS_READER_H_
