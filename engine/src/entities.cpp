// Entity dictionary. Every name is folded and tokenized like the text (MatchTokens); each prefix of its token
// sequence is a node in a hash map (keyed by chained token hashes), so Find walks forward from a token only while
// the tokens so far begin some name: one probe for most tokens, whatever the number of names. Fact-base entities come first; the gazetteer then adds the
// world's countries and capitals, merging into a fact-base entity when the ISO code or a name matches, so that
// "Republic of Türkiye" (gazetteer) and "Turkey" (fact base) are one entity.
// Gazetteer-only names must start with a capital letter in the text ("Chad", not "chad"); fact-base names match
// in any case, since their authors chose them.
#include "claimcheck/entities.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "gazetteer.h"
#include "phrases.h"

namespace claimcheck {
namespace {

std::vector<std::string_view> SplitBar(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    out.push_back(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return out;
}

// Folded token norms of a name, without a leading "the" ("the Kremlin" matches "Kremlin" too).
std::vector<std::string> NameKey(std::string_view name) {
  std::vector<std::string> key;
  for (const Token& t : MatchTokens(name, ByteSpan{0, name.size()})) key.push_back(t.norm);
  if (key.size() > 1 && key.front() == "the") key.erase(key.begin());
  return key;
}

}  // namespace

// FNV-1a over a token's norm, then chained token by token: a name's key is the hash of its token sequence.
std::uint64_t HashToken(std::string_view norm) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : norm) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

std::uint64_t Chain(std::uint64_t sequence, std::uint64_t token) {
  sequence ^= token + 0x9e3779b97f4a7c15ull + (sequence << 6) + (sequence >> 2);
  return sequence * 0xff51afd7ed558ccdull;
}

struct EntityDictionary::Impl {
  struct Entry {
    std::vector<std::string> key;
    std::vector<EntityHit> hits;
    bool needs_capital = false;
  };
  // A node per prefix of every name: Find walks forward only while the tokens so far begin some name.
  struct Node {
    std::vector<int> entries;  // names ending here (more than one only on a hash collision)
    bool extends = false;      // some longer name continues from here
  };

  std::vector<KnownEntity> entities;
  std::unordered_map<std::string, int> by_id;
  std::unordered_map<std::string, std::vector<int>> by_name;  // folded name/alias -> entities, to link the gazetteer
  std::vector<Entry> entries;
  std::unordered_map<std::uint64_t, Node> nodes;              // hash of a token-sequence prefix -> node

  int AddEntity(KnownEntity entity) {
    const int index = static_cast<int>(entities.size());
    by_id.emplace(entity.id, index);
    entities.push_back(std::move(entity));
    return index;
  }

  void AddName(std::string_view name, int entity, NameForm form, bool needs_capital) {
    std::vector<std::string> key = NameKey(name);
    if (key.empty()) return;
    if (form == NameForm::kName) by_name[Fold(name)].push_back(entity);
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < key.size(); ++k) {
      h = Chain(h, HashToken(key[k]));
      if (k + 1 < key.size()) nodes[h].extends = true;
    }
    Node& node = nodes[h];
    for (int index : node.entries) {
      Entry& same = entries[static_cast<std::size_t>(index)];
      if (same.key != key) continue;
      same.needs_capital = same.needs_capital && needs_capital;
      for (const EntityHit& hit : same.hits) {
        if (hit.entity == entity) return;
      }
      same.hits.push_back({entity, form});
      return;
    }
    node.entries.push_back(static_cast<int>(entries.size()));
    entries.push_back({std::move(key), {{entity, form}}, needs_capital});
  }

  // The entity of that kind known by that name, or -1.
  int Named(std::string_view name, EntityKind kind) const {
    auto it = by_name.find(Fold(name));
    if (it == by_name.end()) return -1;
    for (int index : it->second) {
      if (entities[static_cast<std::size_t>(index)].kind == kind) return index;
    }
    return -1;
  }

  int Linked(std::string_view code, std::string_view name) const {
    if (auto it = by_id.find("iso:" + std::string(code)); it != by_id.end()) return it->second;
    return Named(name, EntityKind::kCountry);
  }

  void AddFactBase(const FactBase& facts) {
    for (const Entity& e : facts.entities()) {
      const int index = AddEntity({e.id, e.name, e.kind, -1, true});
      if (!e.code.empty()) by_id.emplace("iso:" + e.code, index);
      AddName(e.name, index, NameForm::kName, false);
      for (const std::string& alias : e.aliases) AddName(alias, index, NameForm::kName, false);
      for (const std::string& demonym : e.demonyms) AddName(demonym, index, NameForm::kDemonym, false);
      for (const std::string& metonym : e.metonyms) AddName(metonym, index, NameForm::kMetonym, false);
    }
    for (const Entity& e : facts.entities()) {
      if (e.part_of.empty()) continue;
      auto country = by_id.find(e.part_of);
      if (country != by_id.end()) entities[static_cast<std::size_t>(by_id[e.id])].country = country->second;
    }
  }

  void AddGazetteer() {
    for (const GazetteerCountry* c = GazetteerBegin(); c != GazetteerEnd(); ++c) {
      int country = Linked(c->code, c->name);
      for (std::string_view alias : SplitBar(c->aliases)) {
        if (country < 0) country = Linked(c->code, alias);
      }
      if (country < 0) country = AddEntity({std::string("iso:") + c->code, c->name, EntityKind::kCountry, -1, false});
      AddName(c->name, country, NameForm::kName, true);
      for (std::string_view alias : SplitBar(c->aliases)) AddName(alias, country, NameForm::kName, true);
      for (std::string_view demonym : SplitBar(c->demonyms)) AddName(demonym, country, NameForm::kDemonym, true);
      for (std::string_view capital : SplitBar(c->capitals)) AddCapital(capital, country);
    }
  }

  void AddCapital(std::string_view capital, int country) {
    if (capital.empty()) return;
    int city = Named(capital, EntityKind::kCity);
    if (city < 0) city = AddEntity({"city:" + Fold(capital), std::string(capital), EntityKind::kCity, country, false});
    KnownEntity& known = entities[static_cast<std::size_t>(city)];
    if (known.country < 0) known.country = country;
    AddName(capital, city, NameForm::kName, true);
    AddName(capital, country, NameForm::kMetonym, true);
  }
};

EntityDictionary::EntityDictionary() : impl_(std::make_unique<Impl>()) { impl_->AddGazetteer(); }

EntityDictionary::EntityDictionary(const FactBase& facts) : impl_(std::make_unique<Impl>()) {
  impl_->AddFactBase(facts);
  impl_->AddGazetteer();
}

EntityDictionary::~EntityDictionary() = default;
EntityDictionary::EntityDictionary(EntityDictionary&&) noexcept = default;
EntityDictionary& EntityDictionary::operator=(EntityDictionary&&) noexcept = default;

const std::vector<KnownEntity>& EntityDictionary::entities() const { return impl_->entities; }

int EntityDictionary::IndexOf(std::string_view id) const {
  auto it = impl_->by_id.find(std::string(id));
  return it == impl_->by_id.end() ? -1 : it->second;
}

std::vector<EntityMention> EntityDictionary::Find(const std::vector<Token>& tokens) const {
  std::vector<EntityMention> mentions;
  std::vector<std::uint64_t> hashes;
  hashes.reserve(tokens.size());
  for (const Token& t : tokens) hashes.push_back(HashToken(t.norm));
  for (std::size_t i = 0; i < tokens.size();) {
    const Impl::Entry* best = nullptr;
    std::uint64_t h = 0;
    for (std::size_t n = 1; i + n <= tokens.size(); ++n) {
      h = Chain(h, hashes[i + n - 1]);
      auto it = impl_->nodes.find(h);
      if (it == impl_->nodes.end()) break;
      for (int index : it->second.entries) {
        const Impl::Entry& entry = impl_->entries[static_cast<std::size_t>(index)];
        if (entry.key.size() != n || (entry.needs_capital && !tokens[i].capitalized)) continue;
        bool same = true;
        for (std::size_t k = 0; k < n && same; ++k) same = tokens[i + k].norm == entry.key[k];
        if (same) best = &entry;
      }
      if (!it->second.extends) break;
    }
    if (!best) {
      ++i;
      continue;
    }
    const std::size_t end = i + best->key.size();
    mentions.push_back({i, end, {tokens[i].span.begin, tokens[end - 1].span.end}, best->hits});
    i = end;
  }
  return mentions;
}

}  // namespace claimcheck
