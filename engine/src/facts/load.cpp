// Loading fact bases: JSON text -> DOM (facts_parse.cpp) -> model (facts_validate.cpp) -> one FactBase with id
// indexes, built here.
//
// Everything that spans documents happens once, at the end, in FactBaseBuilder::Finish: one pass builds the id
// indexes (a failed insert is a duplicate id), one pass resolves references against them, one pass looks for
// part_of cycles. All linear in the size of the fact base.
#include <algorithm>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <utility>

#include "claimcheck/facts.h"
#include "facts/internal.h"
#include "work_counters.h"

namespace claimcheck {

using loader::DocumentModel;
using loader::ErrorSink;
using loader::ForEachReference;
using loader::ItemHandler;
using loader::Json;
using loader::ParseJsonDocument;
using loader::ReadFactDocument;
using loader::ReadFactItem;
using loader::RefTarget;

void ErrorSink::Add(std::string_view code, std::string_view file, std::string pointer, std::string message, int line,
                    int column) {
  if (out_->size() > kMaxErrors) return;
  if (out_->size() == kMaxErrors) {
    out_->push_back(Error{"too-many-errors",
                          "more than " + std::to_string(kMaxErrors) + " errors; the rest are not shown",
                          std::string(file), "", 0, 0});
    return;
  }
  out_->push_back(Error{std::string(code), std::move(message), std::string(file), std::move(pointer), line, column});
}

namespace {

std::string ItemPointer(std::string_view array, std::uint32_t index) {
  return "/" + std::string(array) + "/" + std::to_string(index);
}

}  // namespace

// Collects documents or loaded parts into one FactBase, then checks what spans them (see the file comment).
class FactBaseBuilder {
 public:
  FactBaseBuilder() : sink_(&errors_) {}

  void AddDocument(std::string_view text, std::string_view file) {
    if (IsCompiledFacts(text)) return AddCompiled(text, file);
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
    for (Office& office : model.offices) base_.offices_.push_back(std::move(office));
    CheckUnits(model.units, file);
    for (UnitDefinition& unit : model.units) base_.units_.push_back(std::move(unit));
  }

  // A compiled fact base: read, not parsed nor validated; Finish still indexes it and checks its references.
  void AddCompiled(std::string_view bytes, std::string_view file) {
    if (std::optional<FactBase> part = loader::DecodeCompiled(bytes, file, &sink_)) AddBase(std::move(*part));
  }

  // Each unit must fit the built-in lexicon and the units before it (across the base's documents): a name another
  // unit already has, or a known id with another dimension or factor, is "bad-unit".
  void CheckUnits(const std::vector<UnitDefinition>& units, std::string_view file) {
    for (std::size_t i = 0; i < units.size(); ++i) {
      const UnitDefinition& unit = units[i];
      if (unit.id.empty() || unit.dimension.empty() || unit.names.empty()) continue;  // reported while reading
      if (!lexicon_) lexicon_.emplace();
      if (std::optional<Error> e = lexicon_->AddUnit(unit)) {
        sink_.Add("bad-unit", file, "/units/" + std::to_string(i), e->message);
      }
    }
  }

  void AddBase(FactBase&& part) {
    const auto file_offset = static_cast<std::uint32_t>(base_.files_.size());
    for (std::string& f : part.files_) base_.files_.push_back(std::move(f));
    TakeHeader(std::move(part.name_), std::move(part.version_), std::move(part.description_));
    AppendPart(std::move(part.sources_), part.source_origins_, file_offset, &base_.sources_, &base_.source_origins_);
    AppendPart(std::move(part.entities_), part.entity_origins_, file_offset, &base_.entities_, &base_.entity_origins_);
    AppendPart(std::move(part.facts_), part.fact_origins_, file_offset, &base_.facts_, &base_.fact_origins_);
    for (Office& office : part.offices_) base_.offices_.push_back(std::move(office));
    for (UnitDefinition& unit : part.units_) base_.units_.push_back(std::move(unit));
  }

  Result<FactBase> Finish() {
    IndexAll(base_.sources_, base_.source_origins_, "sources", "source", &base_.source_index_);
    IndexAll(base_.entities_, base_.entity_origins_, "entities", "entity", &base_.entity_index_);
    IndexAll(base_.facts_, base_.fact_origins_, "facts", "fact", &base_.fact_index_);
    CountWork(&WorkCounters::facts_loaded, base_.facts_.size());
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
    CountWork(&WorkCounters::index_entries, items.size());
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
  std::optional<Lexicon> lexicon_;  // the built-in lexicon with the units read so far, made when a unit comes
  bool has_header_ = false;
};

FactBase::FactBase(const FactBase& other)
    : name_(other.name_),
      version_(other.version_),
      description_(other.description_),
      sources_(other.sources_),
      entities_(other.entities_),
      facts_(other.facts_),
      offices_(other.offices_),
      units_(other.units_),
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
    return Result<FactBase>::Fail(
        {Error{"internal", std::string("unexpected failure: ") + e.what(), std::string(file), "", 0, 0}});
  }
}

}  // namespace

const Fact* FactBase::FindFact(std::string_view id) const { return Find(fact_index_, facts_, id); }
const Entity* FactBase::FindEntity(std::string_view id) const { return Find(entity_index_, entities_, id); }
const Source* FactBase::FindSource(std::string_view id) const { return Find(source_index_, sources_, id); }

FactBase::Location FactBase::FactLocation(std::size_t i) const {
  const Origin& origin = fact_origins_.at(i);
  return {files_.at(origin.file), "/facts/" + std::to_string(origin.index)};
}

FactBase::Location FactBase::EntityLocation(std::size_t i) const {
  const Origin& origin = entity_origins_.at(i);
  return {files_.at(origin.file), "/entities/" + std::to_string(origin.index)};
}

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

Result<FactBase> FactBase::FromCompiled(std::string_view bytes, std::string_view file_name) {
  return Guarded(file_name, [&] {
    FactBaseBuilder builder;
    builder.AddCompiled(bytes, file_name);
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
  if (e.file.empty() && e.line == 0 && e.pointer.empty()) return e.message;
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
