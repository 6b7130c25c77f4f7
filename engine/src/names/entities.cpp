// Entity dictionary. Every name is folded and tokenized like the text (NameKey); each prefix of its token
// sequence is a node in a hash map (keyed by chained token hashes), so Find walks forward from a token only while
// the tokens so far begin some name: one probe for most tokens, whatever the number of names.
// Fact-base entities come first; the gazetteer (keyed at build time) then adds the world's countries and capitals, merging into a fact-base entity when the ISO code or a name matches, so that
// "Republic of Türkiye" (gazetteer) and "Turkey" (fact base) are one entity.
// Gazetteer-only names must start with a capital letter in the text ("Chad", not "chad"); fact-base names match
// in any case, since their authors chose them.
#include "claimcheck/entities.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include "names/gazetteer.h"
#include "text/phrases.h"
#include "work_counters.h"

namespace claimcheck {
namespace {

// The norms of a key ("republic of turkiye"), one at a time.
template <typename Visit>
void ForEachNorm(std::string_view key, Visit visit) {
  while (!key.empty()) {
    const std::size_t space = key.find(' ');
    visit(key.substr(0, space));
    if (space == std::string_view::npos) break;
    key.remove_prefix(space + 1);
  }
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

// An open-addressing hash table from prefix hashes to nodes: one allocation, no per-entry nodes, so building the
// ten thousand gazetteer names at start-up is a few hundred microseconds natively.
template <typename Value>
class FlatHashMap {
 public:
  void Reserve(std::size_t count) {
    std::size_t capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
  }
  Value& operator[](std::uint64_t key) {
    key = key == 0 ? 1 : key;
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    Slot& slot = slots_[Probe(key)];
    if (slot.key == 0) {
      slot.key = key;
      ++size_;
    }
    return slot.value;
  }
  const Value* Find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = key == 0 ? 1 : key;
    const Slot& slot = slots_[Probe(key)];
    return slot.key == key ? &slot.value : nullptr;
  }

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    Value value{};
  };
  std::size_t Probe(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(key ^ (key >> 29)) & mask;
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }
  void Rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    for (Slot& slot : old) {
      if (slot.key != 0) slots_[Probe(slot.key)] = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

struct EntityDictionary::Impl {
  struct Entry {
    std::string_view key;    // NameKey: norms joined by ' ' (static for the gazetteer, else in owned_keys)
    std::size_t length = 0;  // tokens in the key
    std::vector<EntityHit> hits;
    bool needs_capital = false;
    int next = -1;           // another entry under the same hash (a collision)

    bool Matches(const std::vector<Token>& tokens, std::size_t first) const {
      bool same = true;
      std::size_t i = first;
      ForEachNorm(key, [&](std::string_view norm) { same = same && tokens[i++].norm == norm; });
      return same;
    }
  };
  // A node per prefix of every name: Find walks forward only while the tokens so far begin some name.
  struct Node {
    int entry = -1;        // first name ending here, chained through Entry::next
    bool extends = false;  // some longer name continues from here
  };

  std::vector<KnownEntity> entities;
  std::unordered_map<std::string, int> by_id;
  // Folded names -> entities, to link the gazetteer to the fact base: fact-base names and capitals only.
  std::unordered_map<std::string_view, std::vector<int>> by_name;
  std::vector<Entry> entries;
  FlatHashMap<Node> nodes;                         // hash of a token-sequence prefix -> node
  std::deque<std::string> owned_keys;              // keys and folded names not in static storage

  int AddEntity(KnownEntity entity) {
    const int index = static_cast<int>(entities.size());
    by_id.emplace(entity.id, index);
    entities.push_back(std::move(entity));
    return index;
  }

  void AddName(std::string_view name, int entity, NameForm form, bool needs_capital) {
    if (form == NameForm::kName) {
      owned_keys.push_back(Fold(name));
      by_name[owned_keys.back()].push_back(entity);
    }
    owned_keys.push_back(NameKey(name));
    AddKey(owned_keys.back(), entity, form, needs_capital);
  }

  // A name already keyed; `key` must outlive the dictionary (static, or in owned_keys).
  void AddKey(std::string_view key, int entity, NameForm form, bool needs_capital) {
    if (key.empty()) return;
    std::uint64_t h = 0;
    std::size_t length = 0;
    ForEachNorm(key, [&](std::string_view norm) {
      if (length++ > 0) nodes[h].extends = true;
      h = Chain(h, HashToken(norm));
    });
    Node& node = nodes[h];
    for (int index = node.entry; index >= 0; index = entries[static_cast<std::size_t>(index)].next) {
      Entry& same = entries[static_cast<std::size_t>(index)];
      if (same.key != key) continue;
      same.needs_capital = same.needs_capital && needs_capital;
      for (const EntityHit& hit : same.hits) {
        if (hit.entity == entity) return;
      }
      same.hits.push_back({entity, form});
      return;
    }
    entries.push_back({key, length, {{entity, form}}, needs_capital, node.entry});
    node.entry = static_cast<int>(entries.size() - 1);
  }

  // The entity of that kind known by that (folded) name, or -1.
  int Named(std::string_view folded, EntityKind kind) const {
    auto it = by_name.find(folded);
    if (it == by_name.end()) return -1;
    for (int index : it->second) {
      if (entities[static_cast<std::size_t>(index)].kind == kind) return index;
    }
    return -1;
  }

  int Linked(std::string_view code, std::string_view folded) const {
    if (auto it = by_id.find("iso:" + std::string(code)); it != by_id.end()) return it->second;
    return Named(folded, EntityKind::kCountry);
  }

  void AddFactBase(const FactBase& facts) {
    for (const Entity& e : facts.entities()) {
      const int index = AddEntity({e.id, e.name, e.kind, -1, true, {}, false, {}});
      if (!e.code.empty()) by_id.emplace("iso:" + e.code, index);
      AddName(e.name, index, NameForm::kName, false);
      for (const std::string& alias : e.aliases) AddName(alias, index, NameForm::kName, false);
      for (const std::string& demonym : e.demonyms) AddName(demonym, index, NameForm::kDemonym, false);
      for (const std::string& metonym : e.metonyms) AddName(metonym, index, NameForm::kMetonym, false);
    }
    for (const Entity& e : facts.entities()) {
      if (e.part_of.empty()) continue;
      auto country = by_id.find(e.part_of);
      if (country != by_id.end()) entities[static_cast<std::size_t>(by_id[e.id])].part_of = country->second;
    }
  }

  void Reserve() {
    const std::size_t names = static_cast<std::size_t>(GazetteerEnd()[-1].capitals_end);
    entries.reserve(names + names / 8);
    nodes.Reserve(2 * names);
  }

  void AddGazetteer() {
    const GazetteerName* names = GazetteerNames();
    for (const GazetteerCountry* c = GazetteerBegin(); c != GazetteerEnd(); ++c) {
      int country = -1;
      for (int i = c->name; i < c->aliases_end && country < 0; ++i) country = Linked(c->code, names[i].folded);
      if (country < 0) {
        country = AddEntity({std::string("iso:") + c->code, names[c->name].text, EntityKind::kCountry, -1, false, {}, false, {}});
      }
      for (int i = c->name; i < c->aliases_end; ++i) AddKey(names[i].key, country, NameForm::kName, true);
      for (int i = c->aliases_end; i < c->demonyms_end; ++i) AddKey(names[i].key, country, NameForm::kDemonym, true);
      for (int i = c->demonyms_end; i < c->capitals_end; ++i) AddCapital(names[i], country);
    }
  }

  void AddCapital(const GazetteerName& capital, int country) {
    int city = Named(capital.folded, EntityKind::kCity);
    if (city < 0) {
      city = AddEntity({std::string("city:") + capital.folded, capital.text, EntityKind::kCity, country, false, {}, false, {}});
      by_name[capital.folded].push_back(city);
    }
    KnownEntity& known = entities[static_cast<std::size_t>(city)];
    if (known.part_of < 0) known.part_of = country;
    AddKey(capital.key, city, NameForm::kName, true);
    AddKey(capital.key, country, NameForm::kMetonym, true);
  }
};

EntityDictionary::EntityDictionary(const FactBase& facts) : impl_(std::make_unique<Impl>()) {
  impl_->Reserve();
  impl_->AddFactBase(facts);
  impl_->AddGazetteer();
  // Containment chains, walked once (the loader refuses cycles; the depth cap guards the gazetteer's links too).
  std::vector<KnownEntity>& all = impl_->entities;
  for (KnownEntity& e : all) {
    for (int at = e.part_of, depth = 0; at >= 0 && depth < 32; at = all[static_cast<std::size_t>(at)].part_of, ++depth) {
      if (std::find(e.within.begin(), e.within.end(), at) != e.within.end()) break;
      e.within.push_back(at);
    }
  }
  for (const KnownEntity& e : all) {
    if (e.kind == EntityKind::kCountry && e.part_of >= 0) all[static_cast<std::size_t>(e.part_of)].holds_countries = true;
  }
  // Names inside names: every part of an alias of several words that is itself a name ("West African" in "West
  // African Ebola epidemic"). Aliases are short, so trying each part is cheap, and it is done once per base.
  for (const Entity& e : facts.entities()) {
    const int self = IndexOf(e.id);
    if (self < 0) continue;
    std::vector<int> inside;
    for (const std::string& alias : e.aliases) {
      const std::vector<Token> tokens = MatchTokens(alias, ByteSpan{0, alias.size()});
      if (tokens.size() < 2 || tokens.size() > 12) continue;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (std::size_t j = i + 1; j <= tokens.size(); ++j) {
          if (i == 0 && j == tokens.size()) continue;
          const std::vector<Token> part(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                        tokens.begin() + static_cast<std::ptrdiff_t>(j));
          for (const EntityMention& m : Find(part)) {
            if (m.first_token != 0 || m.last_token != part.size()) continue;
            for (const EntityHit& h : m.hits) {
              if (h.entity != self && std::find(inside.begin(), inside.end(), h.entity) == inside.end()) {
                inside.push_back(h.entity);
              }
            }
          }
        }
      }
    }
    all[static_cast<std::size_t>(self)].names_inside = std::move(inside);
  }
}

bool EntityDictionary::Contains(int outer, int inner) const {
  if (inner < 0 || outer < 0) return false;
  const std::vector<int>& within = impl_->entities[static_cast<std::size_t>(inner)].within;
  return std::find(within.begin(), within.end(), outer) != within.end();
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
  Find(tokens, &mentions);
  return mentions;
}

void EntityDictionary::Find(const std::vector<Token>& tokens, std::vector<EntityMention>* out) const {
  std::vector<EntityMention>& mentions = *out;
  std::size_t found = 0;  // mentions written: each over an old element, whose hit list keeps its storage
  thread_local std::vector<std::uint64_t> hashes;  // the tokens' hashes, storage reused from sentence to sentence
  hashes.clear();
  for (const Token& t : tokens) hashes.push_back(HashToken(t.norm));
  for (std::size_t i = 0; i < tokens.size();) {
    const Impl::Entry* best = nullptr;
    std::uint64_t h = 0;
    for (std::size_t n = 1; i + n <= tokens.size(); ++n) {
      h = Chain(h, hashes[i + n - 1]);
      CountWork(&WorkCounters::entity_probes);
      const Impl::Node* node = impl_->nodes.Find(h);
      if (!node) break;
      for (int index = node->entry; index >= 0; index = impl_->entries[static_cast<std::size_t>(index)].next) {
        const Impl::Entry& entry = impl_->entries[static_cast<std::size_t>(index)];
        if (entry.length != n || (entry.needs_capital && !tokens[i].capitalized)) continue;
        if (entry.Matches(tokens, i)) best = &entry;
      }
      if (!node->extends) break;
    }
    if (!best) {
      ++i;
      continue;
    }
    const std::size_t end = i + best->length;
    if (found == mentions.size()) mentions.emplace_back();
    EntityMention& m = mentions[found++];
    m.first_token = i;
    m.last_token = end;
    m.span = {tokens[i].span.begin, tokens[end - 1].span.end};
    m.hits.assign(best->hits.begin(), best->hits.end());
    i = end;
  }
  mentions.resize(found);
}

}  // namespace claimcheck
