// Loading fact bases: JSON text -> DOM -> model -> one FactBase with id indexes.
//
// Parsing goes through nlohmann's SAX interface with our own DOM builder rather than json::parse, for three
// reasons: the parser itself is iterative, so refusing to open container 65 bounds the depth without a pre-scan
// (a 100,000-deep '[' is an Error, not a stack overflow); a syntax error arrives as a callback with its byte
// position instead of as an exception (Emscripten builds may have exceptions disabled); and duplicate object keys,
// which json::parse silently collapses, can be reported. The DOM is then read by facts_validate.cpp.
//
// Everything that spans documents happens once, at the end, in FactBaseBuilder::Finish: one pass builds the id
// indexes (a failed insert is a duplicate id), one pass resolves references against them, one pass looks for
// part_of cycles. All linear in the size of the fact base.
#include <algorithm>
#include <cstdint>
#include <exception>
#include <limits>
#include <utility>

#include "claimcheck/facts.h"
#include "facts_internal.h"

namespace claimcheck {

void ErrorSink::Add(std::string_view code, std::string_view file, std::string pointer, std::string message, int line,
                    int column) {
  if (out_->size() > kMaxErrors) return;
  if (out_->size() == kMaxErrors) {
    out_->push_back(Error{"too-many-errors", "more than " + std::to_string(kMaxErrors) + " errors; the rest are not shown",
                          std::string(file), "", 0, 0});
    return;
  }
  out_->push_back(Error{std::string(code), std::move(message), std::string(file), std::move(pointer), line, column});
}

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

  static bool IsStreamedArray(std::string_view key) {
    return key == "sources" || key == "entities" || key == "facts";
  }

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

std::string ItemPointer(std::string_view array, std::uint32_t index) {
  return "/" + std::string(array) + "/" + std::to_string(index);
}

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

// Collects documents or loaded parts into one FactBase, then checks what spans them (see the file comment).
class FactBaseBuilder {
 public:
  FactBaseBuilder() : sink_(&errors_) {}

  void AddDocument(std::string_view text, std::string_view file) {
    DocumentModel model;
    const ItemHandler on_item = [&](std::string_view array, std::size_t index, const Json& item) {
      ReadFactItem(array, index, item, file, &sink_, &model);
    };
    std::optional<Json> root = ParseJsonDocument(text, file, &sink_, on_item);
    if (!root) return;
    ReadFactDocument(*root, file, &sink_, &model);
    const std::uint32_t file_index = AddFile(file);
    TakeHeader(std::move(model.name), std::move(model.version), std::move(model.description));
    Append(std::move(model.sources), file_index, &base_.sources_, &base_.source_origins_);
    Append(std::move(model.entities), file_index, &base_.entities_, &base_.entity_origins_);
    Append(std::move(model.facts), file_index, &base_.facts_, &base_.fact_origins_);
  }

  void AddBase(FactBase&& part) {
    const auto file_offset = static_cast<std::uint32_t>(base_.files_.size());
    for (std::string& f : part.files_) base_.files_.push_back(std::move(f));
    TakeHeader(std::move(part.name_), std::move(part.version_), std::move(part.description_));
    AppendPart(std::move(part.sources_), part.source_origins_, file_offset, &base_.sources_, &base_.source_origins_);
    AppendPart(std::move(part.entities_), part.entity_origins_, file_offset, &base_.entities_,
               &base_.entity_origins_);
    AppendPart(std::move(part.facts_), part.fact_origins_, file_offset, &base_.facts_, &base_.fact_origins_);
  }

  Result<FactBase> Finish() {
    IndexAll(base_.sources_, base_.source_origins_, "sources", "source", &base_.source_index_);
    IndexAll(base_.entities_, base_.entity_origins_, "entities", "entity", &base_.entity_index_);
    IndexAll(base_.facts_, base_.fact_origins_, "facts", "fact", &base_.fact_index_);
    CheckReferences();
    CheckPartOfCycles();
    if (!errors_.empty()) return Result<FactBase>::Fail(std::move(errors_));
    return Result<FactBase>::Ok(std::move(base_));
  }

 private:
  std::uint32_t AddFile(std::string_view file) {
    base_.files_.emplace_back(file);
    return static_cast<std::uint32_t>(base_.files_.size() - 1);
  }

  // The first document names the fact base.
  void TakeHeader(std::string&& name, std::string&& version, std::string&& description) {
    if (!has_header_) {
      base_.name_ = std::move(name);
      base_.version_ = std::move(version);
      base_.description_ = std::move(description);
      has_header_ = true;
    }
  }

  template <typename T>
  static void Append(std::vector<T>&& items, std::uint32_t file, std::vector<T>* out,
                     std::vector<FactBase::Origin>* origins) {
    if (out->empty()) {
      *out = std::move(items);
      origins->reserve(out->size());
      for (std::size_t i = 0; i < out->size(); ++i) {
        origins->push_back(FactBase::Origin{file, static_cast<std::uint32_t>(i)});
      }
      return;
    }
    out->reserve(out->size() + items.size());
    origins->reserve(origins->size() + items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      out->push_back(std::move(items[i]));
      origins->push_back(FactBase::Origin{file, static_cast<std::uint32_t>(i)});
    }
  }

  template <typename T>
  static void AppendPart(std::vector<T>&& items, const std::vector<FactBase::Origin>& part_origins,
                         std::uint32_t file_offset, std::vector<T>* out, std::vector<FactBase::Origin>* origins) {
    out->reserve(out->size() + items.size());
    origins->reserve(origins->size() + items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      out->push_back(std::move(items[i]));
      origins->push_back(FactBase::Origin{part_origins[i].file + file_offset, part_origins[i].index});
    }
  }

  const std::string& FileOf(const FactBase::Origin& origin) const { return base_.files_[origin.file]; }

  // Builds one id index; an id already present is a duplicate, reported at the later definition.
  template <typename T>
  void IndexAll(const std::vector<T>& items, const std::vector<FactBase::Origin>& origins, std::string_view array,
                std::string_view what, FactBase::IdIndex* index) {
    index->clear();
    index->reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id.empty()) continue;  // already reported as missing or invalid
      const auto inserted = index->emplace(std::string_view(items[i].id), i);
      if (inserted.second) continue;
      const FactBase::Origin& first = origins[inserted.first->second];
      const FactBase::Origin& again = origins[i];
      std::string where = ItemPointer(array, first.index);
      if (first.file != again.file) where = FileOf(first) + " at " + where;
      sink_.Add("duplicate-id", FileOf(again), ItemPointer(array, again.index) + "/id",
                "duplicate " + std::string(what) + " id \"" + items[i].id + "\": first defined in " + where);
    }
  }

  void CheckReferences() {
    for (std::size_t i = 0; i < base_.facts_.size(); ++i) {
      const FactBase::Origin& origin = base_.fact_origins_[i];
      ForEachReference(base_.facts_[i], [&](RefTarget target, const std::string& id, std::string_view field, int at) {
        CheckReference(target, id, origin, [&] {
          std::string pointer = ItemPointer("facts", origin.index);
          pointer.append(field);
          if (at >= 0) pointer += "/" + std::to_string(at);
          return pointer;
        });
      });
    }
    for (std::size_t i = 0; i < base_.entities_.size(); ++i) {
      const Entity& entity = base_.entities_[i];
      if (entity.part_of.empty()) continue;
      const FactBase::Origin& origin = base_.entity_origins_[i];
      CheckReference(RefTarget::kEntity, entity.part_of, origin,
                     [&] { return ItemPointer("entities", origin.index) + "/part_of"; });
    }
  }

  // `pointer` makes the error's JSON pointer, only when there is an error.
  template <typename MakePointer>
  void CheckReference(RefTarget target, const std::string& id, const FactBase::Origin& origin,
                      const MakePointer& pointer) {
    if (id.empty()) return;  // reported while reading
    if (target == RefTarget::kSource) {
      if (base_.FindSource(id) == nullptr) {
        sink_.Add("unknown-reference", FileOf(origin), pointer(),
                  "expected the id of a source listed under \"sources\", found \"" + id + "\"");
      }
      return;
    }
    const Entity* entity = base_.FindEntity(id);
    if (entity == nullptr) {
      sink_.Add("unknown-reference", FileOf(origin), pointer(),
                "expected the id of an entity listed under \"entities\", found \"" + id + "\"");
    } else if (target == RefTarget::kPerson && entity->kind != EntityKind::kPerson) {
      sink_.Add("wrong-entity-kind", FileOf(origin), pointer(),
                "expected a person, found \"" + id + "\" of kind " + std::string(EntityKindName(entity->kind)));
    }
  }

  // part_of chains must end: walk each chain once, marking entities in progress (1) and done (2); reaching an
  // entity in progress means the chain looped.
  void CheckPartOfCycles() {
    const std::vector<Entity>& entities = base_.entities_;
    std::vector<std::uint8_t> state(entities.size(), 0);
    std::vector<std::size_t> chain;
    for (std::size_t start = 0; start < entities.size(); ++start) {
      chain.clear();
      std::size_t at = start;
      while (state[at] == 0) {
        state[at] = 1;
        chain.push_back(at);
        const Entity* parent = entities[at].part_of.empty() ? nullptr : base_.FindEntity(entities[at].part_of);
        if (parent == nullptr) break;
        at = static_cast<std::size_t>(parent - entities.data());
        if (state[at] == 1) {
          const FactBase::Origin& origin = base_.entity_origins_[at];
          sink_.Add("reference-cycle", FileOf(origin), ItemPointer("entities", origin.index) + "/part_of",
                    "part_of of \"" + entities[at].id + "\" leads back to itself");
          break;
        }
      }
      for (std::size_t i : chain) state[i] = 2;
    }
  }

  std::vector<Error> errors_;
  ErrorSink sink_;
  FactBase base_;
  bool has_header_ = false;
};

FactBase::FactBase(const FactBase& other)
    : name_(other.name_),
      version_(other.version_),
      description_(other.description_),
      sources_(other.sources_),
      entities_(other.entities_),
      facts_(other.facts_),
      files_(other.files_),
      source_origins_(other.source_origins_),
      entity_origins_(other.entity_origins_),
      fact_origins_(other.fact_origins_) {
  BuildIndex();  // the other's index points into the other's strings
}

FactBase& FactBase::operator=(const FactBase& other) {
  if (this != &other) {
    FactBase copy(other);
    *this = std::move(copy);
  }
  return *this;
}

void FactBase::BuildIndex() {
  const auto build = [](const auto& items, IdIndex* out) {
    out->clear();
    out->reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) out->emplace(std::string_view(items[i].id), i);
  };
  build(sources_, &source_index_);
  build(entities_, &entity_index_);
  build(facts_, &fact_index_);
}

namespace {

template <typename T>
const T* Find(const std::unordered_map<std::string_view, std::size_t>& index, const std::vector<T>& items,
              std::string_view id) {
  const auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

// The one exception boundary of the loader: nothing below is expected to throw (the parser reports through SAX),
// but an allocation failure or a library surprise must still become a value.
template <typename Load>
Result<FactBase> Guarded(std::string_view file, Load&& load) {
  try {
    return load();
  } catch (const std::exception& e) {
    return Result<FactBase>::Fail({Error{"internal", std::string("unexpected failure: ") + e.what(),
                                         std::string(file), "", 0, 0}});
  }
}

}  // namespace

const Fact* FactBase::FindFact(std::string_view id) const { return Find(fact_index_, facts_, id); }
const Entity* FactBase::FindEntity(std::string_view id) const { return Find(entity_index_, entities_, id); }
const Source* FactBase::FindSource(std::string_view id) const { return Find(source_index_, sources_, id); }

Result<FactBase> FactBase::FromJson(std::string_view json_text, std::string_view file_name) {
  return Guarded(file_name, [&] {
    FactBaseBuilder builder;
    builder.AddDocument(json_text, file_name);
    return builder.Finish();
  });
}

Result<FactBase> FactBase::FromJsonDocuments(const std::vector<Document>& documents) {
  return Guarded("", [&] {
    FactBaseBuilder builder;
    for (const Document& d : documents) builder.AddDocument(d.json_text, d.file_name);
    return builder.Finish();
  });
}

Result<FactBase> FactBase::Merge(std::vector<FactBase> parts) {
  return Guarded("", [&] {
    FactBaseBuilder builder;
    for (FactBase& part : parts) builder.AddBase(std::move(part));
    return builder.Finish();
  });
}

std::vector<Error> ValidateFacts(std::string_view json_text, std::string_view file_name) {
  Result<FactBase> result = FactBase::FromJson(json_text, file_name);
  return result.errors();
}

std::string ErrorToString(const Error& e) {
  std::string out = e.file;
  if (e.line > 0) {
    out += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
  } else if (!e.pointer.empty()) {
    out += ":" + e.pointer;
  }
  out += ": ";
  out += e.message;
  return out;
}

}  // namespace claimcheck
