// Parsing fact-base JSON: text -> DOM, with the limits enforced and errors as values (see facts/internal.h).
//
// nlohmann's SAX interface with our own DOM builder rather than json::parse, for four reasons: the parser itself
// is iterative, so refusing to open container 65 bounds the depth without a pre-scan (100,000 '[' is an Error, not
// a stack overflow); a syntax error arrives as a callback with its byte position instead of as an exception
// (Emscripten builds may have exceptions disabled); duplicate object keys, which json::parse silently collapses, can
// be reported; and each element of the top-level arrays is handed to the reader as soon as it is complete and then
// dropped, so loading 100,000 facts never holds the DOM of all of them.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/facts.h"
#include "facts/internal.h"

namespace claimcheck {
namespace loader {

namespace {

// Escapes one reference token of a JSON pointer (RFC 6901: '~' -> "~0", '/' -> "~1").
void AppendPointerToken(std::string_view token, std::string* pointer) {
  pointer->push_back('/');
  for (char c : token) {
    if (c == '~') {
      pointer->append("~0");
    } else if (c == '/') {
      pointer->append("~1");
    } else {
      pointer->push_back(c);
    }
  }
}

// 1-based line and column (in code points) of byte `offset`; an offset at a newline or past the end is placed just
// after the last character of its line.
std::pair<int, int> LineColumn(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

// "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while parsing value - ..." ->
// "syntax error while parsing value - ..." (we compute the position ourselves).
std::string SyntaxMessage(const char* what) {
  std::string_view message(what);
  if (!message.empty() && message.front() == '[') {
    const std::size_t close = message.find("] ");
    if (close != std::string_view::npos) message.remove_prefix(close + 2);
  }
  if (message.substr(0, 15) == "parse error at ") {
    const std::size_t colon = message.find(": ");
    if (colon != std::string_view::npos) message.remove_prefix(colon + 2);
  }
  // "...; last read: 'root:x:0:0'" quotes the document's own bytes: an error names a place, never the content
  // (a fact base given by mistake, /etc/passwd say, must not be echoed into a log or a page).
  if (const std::size_t quote = message.find("; last read: "); quote != std::string_view::npos) {
    message = message.substr(0, quote);
  }
  return std::string(message);
}

// Builds an ordered_json DOM from SAX events (after nlohmann's json_sax_dom_parser), with a depth limit and
// duplicate-key detection. Containers on the stack never move while open: their parent only grows after they close.
class DomBuilder {
 public:
  using number_integer_t = Json::number_integer_t;
  using number_unsigned_t = Json::number_unsigned_t;
  using number_float_t = Json::number_float_t;
  using string_t = Json::string_t;
  using binary_t = Json::binary_t;

  DomBuilder(std::string_view text, std::string_view file, ErrorSink* sink, const ItemHandler& on_item)
      : text_(text), file_(file), sink_(sink), on_item_(on_item) {}

  Json& root() { return root_; }

  bool null() { return Put(Json(nullptr)) != nullptr; }
  bool boolean(bool v) { return Put(Json(v)) != nullptr; }
  bool number_integer(number_integer_t v) { return Put(Json(v)) != nullptr; }
  bool number_unsigned(number_unsigned_t v) { return Put(Json(v)) != nullptr; }
  bool number_float(number_float_t v, const string_t& /*text*/) { return Put(Json(v)) != nullptr; }
  bool string(string_t& v) { return Put(Json(std::move(v))) != nullptr; }
  bool binary(binary_t& /*v*/) { return false; }  // not produced by the JSON reader

  bool start_object(std::size_t /*size*/) { return Open(Json::value_t::object); }
  bool start_array(std::size_t /*size*/) { return Open(Json::value_t::array); }
  bool end_object() {
    ReportDuplicateKeys();
    return Close();
  }
  bool end_array() { return Close(); }

  static bool IsStreamedArray(std::string_view key) { return key == "sources" || key == "entities" || key == "facts"; }

  // Members are appended without a lookup (ordered_map's emplace searches linearly, quadratic on a huge object);
  // duplicates are found when the object closes.
  bool key(string_t& k) {
    auto& members = stack_.back()->get_ref<Json::object_t&>();
    keys_[stack_.size() - 1] = k;
    members.Container::emplace_back(std::move(k), nullptr);
    member_ = &members.back().second;
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::detail::exception& ex) {
    // `position` counts the bytes read, so the offending byte is the one before it.
    const auto [line, column] = LineColumn(text_, position == 0 ? 0 : position - 1);
    sink_->Add("syntax", file_, PointerToOpenSlot(), SyntaxMessage(ex.what()), line, column);
    return false;
  }

 private:
  // Places a value in the open container (or as the root); returns where it now lives. A scalar element of a
  // streamed array is handed over at once and stored nowhere (the returned placeholder is never read).
  Json* Put(Json&& value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json* parent = stack_.back();
    if (parent->is_array()) {
      auto& items = parent->get_ref<Json::array_t&>();
      if (streaming_ && stack_.size() == 2 && !value.is_structured()) {
        on_item_(keys_[0], item_index_++, value);
        scratch_ = nullptr;
        return &scratch_;
      }
      items.push_back(std::move(value));
      return &items.back();
    }
    *member_ = std::move(value);
    return member_;
  }

  bool Open(Json::value_t type) {
    if (stack_.size() + 1 > static_cast<std::size_t>(kMaxNestingDepth)) {
      sink_->Add("too-deep", file_, PointerToOpenSlot(),
                 "arrays and objects nest more than " + std::to_string(kMaxNestingDepth) + " levels deep");
      return false;
    }
    stack_.push_back(Put(Json(type)));
    if (keys_.size() < stack_.size()) keys_.resize(stack_.size());
    if (stack_.size() == 2) {
      streaming_ = type == Json::value_t::array && stack_[0]->is_object() && IsStreamedArray(keys_[0]);
      item_index_ = 0;
    }
    return true;
  }

  // A closing element of a streamed array is handed over and dropped.
  bool Close() {
    stack_.pop_back();
    if (streaming_ && stack_.size() == 2) {
      auto& items = stack_.back()->get_ref<Json::array_t&>();
      on_item_(keys_[0], item_index_++, items.back());
      items.pop_back();
    }
    return true;
  }

  // Called with the object still open: reports each key seen before, at the later occurrence.
  void ReportDuplicateKeys() {
    const Json::object_t::Container& members = stack_.back()->get_ref<const Json::object_t&>();
    constexpr std::size_t kSmall = 16;
    std::vector<std::string_view> duplicates;
    if (members.size() <= kSmall) {
      for (std::size_t i = 1; i < members.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
          if (members[i].first == members[j].first) {
            duplicates.push_back(members[i].first);
            break;
          }
        }
      }
    } else {
      std::vector<std::string_view> keys;
      keys.reserve(members.size());
      for (const auto& m : members) keys.push_back(m.first);
      std::sort(keys.begin(), keys.end());
      for (std::size_t i = 1; i < keys.size(); ++i) {
        if (keys[i] == keys[i - 1] && (duplicates.empty() || duplicates.back() != keys[i])) {
          duplicates.push_back(keys[i]);
        }
      }
    }
    if (duplicates.empty()) return;
    const std::string object_pointer = Pointer(stack_.size() - 1);
    for (std::string_view k : duplicates) {
      std::string pointer = object_pointer;
      AppendPointerToken(k, &pointer);
      sink_->Add("duplicate-key", file_, std::move(pointer),
                 "duplicate key \"" + std::string(k) + "\" in one object (only one value can count)");
    }
  }

  std::string PointerToOpenSlot() const { return Pointer(stack_.size()); }

  // The pointer of the value being read now: the last element of each open array, the last key of each object.
  // Only the first `levels` open containers count.
  std::string Pointer(std::size_t levels) const {
    std::string pointer;
    for (std::size_t i = 0; i < levels; ++i) {
      const Json* container = stack_[i];
      if (container->is_array()) {
        const std::size_t size = container->size();
        const bool child_is_open = i + 1 < stack_.size();
        std::size_t index = child_is_open && size > 0 ? size - 1 : size;
        if (i == 1 && streaming_) index = item_index_;  // the array holds at most the open element
        AppendPointerToken(std::to_string(index), &pointer);
      } else if (!container->empty()) {
        AppendPointerToken(keys_[i], &pointer);
      }
    }
    return pointer;
  }

  std::string_view text_;
  std::string_view file_;
  ErrorSink* sink_;
  const ItemHandler& on_item_;
  bool streaming_ = false;      // the open top-level array is one of IsStreamedArray's
  std::size_t item_index_ = 0;  // elements of it handed over so far
  Json scratch_;
  Json root_;
  std::vector<Json*> stack_;
  std::vector<std::string> keys_;  // keys_[i]: the last key read in the object at stack_[i]
  Json* member_ = nullptr;         // the object member the next value goes to
};

}  // namespace

std::optional<Json> ParseJsonDocument(std::string_view text, std::string_view file, ErrorSink* sink,
                                      const ItemHandler& on_item) {
  if (text.size() > kMaxDocumentBytes) {
    sink->Add("too-large", file, "",
              "document is " + std::to_string(text.size()) + " bytes; the limit is " +
                  std::to_string(kMaxDocumentBytes) + " bytes (64 MiB): split it into several files");
    return std::nullopt;
  }
  DomBuilder builder(text, file, sink, on_item);
  const bool ok = Json::sax_parse(text.data(), text.data() + text.size(), &builder);
  if (!ok) return std::nullopt;
  return std::move(builder.root());
}

}  // namespace loader
}  // namespace claimcheck
