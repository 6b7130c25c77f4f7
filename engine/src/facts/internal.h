// Private to the fact-base loader: the pieces shared by facts_load.cpp (JSON parsing, merging, indexing) and
// facts_validate.cpp (reading a parsed document into the model, one error per problem).
#ifndef CLAIMCHECK_SRC_FACTS_INTERNAL_H_
#define CLAIMCHECK_SRC_FACTS_INTERNAL_H_

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"
#include "claimcheck/result.h"

namespace claimcheck {
namespace loader {

// Object members keep document order, so errors come out in the order an author reads the file.
using Json = nlohmann::ordered_json;

// Collects errors up to kMaxErrors, then adds one "too-many-errors" and drops the rest.
class ErrorSink {
 public:
  explicit ErrorSink(std::vector<Error>* out) : out_(out) {}

  void Add(std::string_view code, std::string_view file, std::string pointer, std::string message, int line = 0,
           int column = 0);
  bool empty() const { return out_->empty(); }

 private:
  std::vector<Error>* out_;
};

// Called for each element of the top-level "sources", "entities" and "facts" arrays as soon as the element is
// complete; the element is then dropped, so the DOM of a large fact base never exists all at once.
using ItemHandler = std::function<void(std::string_view array, std::size_t index, const Json& item)>;

// Parses one document, enforcing kMaxDocumentBytes and kMaxNestingDepth and reporting duplicate object keys.
// Streamed items are passed to `on_item` and left out of the returned DOM (their arrays stay, empty).
// nullopt when the text is not usable JSON (the errors are in `sink`).
std::optional<Json> ParseJsonDocument(std::string_view text, std::string_view file, ErrorSink* sink,
                                      const ItemHandler& on_item);

// One document's content, before merging and before cross-references are checked.
struct DocumentModel {
  std::string name, version, description;
  std::vector<Source> sources;
  std::vector<Entity> entities;
  std::vector<Fact> facts;
  std::vector<Office> offices;
  std::vector<UnitDefinition> units;
};

// Reads a parsed document into `out`, reporting every schema violation: ReadFactItem for each streamed element,
// ReadFactDocument for the rest. Items with errors may still be added (partly filled) so later checks can run;
// the caller discards the model when the sink is not empty.
void ReadFactItem(std::string_view array, std::size_t index, const Json& item, std::string_view file, ErrorSink* sink,
                  DocumentModel* out);
void ReadFactDocument(const Json& root, std::string_view file, ErrorSink* sink, DocumentModel* out);

// A compiled fact base (compiled.cpp) as a FactBase whose ids are not yet indexed nor its references checked
// (FactBaseBuilder::Finish does both); nullopt with one error in `sink` when the bytes are not a whole, current
// compiled fact base.
std::optional<FactBase> DecodeCompiled(std::string_view bytes, std::string_view file, ErrorSink* sink);

// What a reference must point at.
enum class RefTarget { kSource, kEntity, kPerson };

// Calls `visit` for every id a fact refers to, with where it sits relative to the fact: `field` is a JSON pointer
// ("/participants/entities") and `index` the position in that array, or -1 when the field is the id itself.
using RefVisitor = std::function<void(RefTarget target, const std::string& id, std::string_view field, int index)>;
void ForEachReference(const Fact& fact, const RefVisitor& visit);

}  // namespace loader
}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_FACTS_INTERNAL_H_
