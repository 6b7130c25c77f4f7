// Compiled fact bases (facts.h, facts/README.md "Compiled fact bases"): a loaded FactBase written as bytes, and
// read back without JSON parsing or field validation.
//
// Layout, every integer little-endian and fixed-width, so one file serves native and WebAssembly builds:
//   magic        8 bytes   kCompiledFactsMagic
//   format       u32       kCompiledFactsFormat
//   engine       u32 + n   the engine version that wrote it (EngineVersion())
//   payload size u64
//   checksum     u32       FNV-1a of the payload
//   payload                the FactBase: strings as u32 length + bytes, vectors as u32 count + items, doubles
//                          as their IEEE-754 bits (u64), optionals as a u8 flag + value, enums as u8
// The header is read first, so a file of another engine version is refused as stale before anything else; the
// size and checksum catch truncation and corruption; the reader then checks every length against what is left
// and every enum against its range, and never allocates more items than bytes remain. One field list per
// struct (Fields below) serves both directions, so writer and reader cannot drift apart.
//
// What the decoder trusts: a file whose checksum matches was written by `claimcheck compile` from a base that
// loaded. It still rebuilds the id indexes and checks references and part_of chains (FactBaseBuilder::Finish,
// linear and cheap), so a base always satisfies what the checker relies on about ids.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "claimcheck/facts.h"
#include "claimcheck/match.h"
#include "facts/internal.h"

namespace claimcheck {
namespace {

constexpr std::size_t kMaxEngineVersion = 256;

// Enum ranges: the last value of each enum, for the reader's range check.
constexpr std::uint8_t kLastEntityKind = static_cast<std::uint8_t>(EntityKind::kVehicle);
constexpr std::uint8_t kLastFactKind = static_cast<std::uint8_t>(FactKind::kOrdinal);
constexpr std::uint8_t kLastGranularity = static_cast<std::uint8_t>(DateGranularity::kDecade);

std::uint32_t Fnv1a(std::string_view bytes) {
  std::uint32_t hash = 2166136261u;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

class Writer {
 public:
  void U8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) U8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void U64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) U8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void Bytes(std::string_view s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }

  void operator()(const std::string& s) { Bytes(s); }
  void operator()(bool v) { U8(v ? 1 : 0); }
  void operator()(int v) { U32(static_cast<std::uint32_t>(v)); }
  void operator()(std::uint32_t v) { U32(v); }
  void operator()(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    U64(bits);
  }
  template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
  void operator()(E v) {
    U8(static_cast<std::uint8_t>(v));
  }
  template <typename T>
  void operator()(const std::optional<T>& v) {
    U8(v ? 1 : 0);
    if (v) (*this)(*v);
  }
  template <typename T>
  void operator()(const std::vector<T>& items) {
    U32(static_cast<std::uint32_t>(items.size()));
    for (const T& item : items) (*this)(item);
  }
  template <typename T, typename = decltype(Fields(std::declval<Writer&>(), std::declval<const T&>()))>
  void operator()(const T& item) {
    Fields(*this, item);
  }

  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  bool ok() const { return ok_; }
  bool at_end() const { return at_ == bytes_.size(); }
  std::size_t at() const { return at_; }
  std::size_t left() const { return bytes_.size() - at_; }
  void Fail() { ok_ = false; }

  std::uint8_t U8() {
    if (!ok_ || left() < 1) return Fail(), 0;
    return static_cast<std::uint8_t>(bytes_[at_++]);
  }
  std::uint32_t U32() {
    if (!ok_ || left() < 4) return Fail(), 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<std::uint8_t>(bytes_[at_++])} << (8 * i);
    return v;
  }
  std::uint64_t U64() {
    if (!ok_ || left() < 8) return Fail(), 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= std::uint64_t{static_cast<std::uint8_t>(bytes_[at_++])} << (8 * i);
    return v;
  }
  void Skip(std::size_t n) {
    if (!ok_ || left() < n) return Fail();
    at_ += n;
  }
  std::string_view Bytes() {
    const std::uint32_t n = U32();
    if (!ok_ || left() < n) return Fail(), std::string_view();
    const std::string_view s = bytes_.substr(at_, n);
    at_ += n;
    return s;
  }

  void operator()(std::string& s) { s = std::string(Bytes()); }
  void operator()(bool& v) {
    const std::uint8_t b = U8();
    if (b > 1) Fail();
    v = b == 1;
  }
  void operator()(int& v) { v = static_cast<int>(U32()); }
  void operator()(std::uint32_t& v) { v = U32(); }
  void operator()(double& v) {
    const std::uint64_t bits = U64();
    std::memcpy(&v, &bits, sizeof v);
  }
  void operator()(EntityKind& v) { v = static_cast<EntityKind>(Enum(kLastEntityKind)); }
  void operator()(FactKind& v) { v = static_cast<FactKind>(Enum(kLastFactKind)); }
  void operator()(DateGranularity& v) { v = static_cast<DateGranularity>(Enum(kLastGranularity)); }
  template <typename T>
  void operator()(std::optional<T>& v) {
    bool present = false;
    (*this)(present);
    v.reset();
    if (!present || !ok_) return;
    v.emplace();
    (*this)(*v);
  }
  template <typename T>
  void operator()(std::vector<T>& items) {
    const std::uint32_t n = U32();
    if (!ok_ || n > left()) return Fail();  // every item takes at least one byte: no allocation beyond the file
    items.clear();
    items.reserve(n);
    for (std::uint32_t i = 0; i < n && ok_; ++i) {
      items.emplace_back();
      (*this)(items.back());
    }
  }
  template <typename T, typename = decltype(Fields(std::declval<Reader&>(), std::declval<T&>()))>
  void operator()(T& item) {
    Fields(*this, item);
  }

 private:
  std::uint8_t Enum(std::uint8_t last) {
    const std::uint8_t v = U8();
    if (v > last) Fail();
    return v > last ? 0 : v;
  }

  std::string_view bytes_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// One field list per struct, for both directions (S is T or const T). Adding a field to a struct in facts.h means
// adding it here and raising kCompiledFactsFormat.
template <typename A, typename S>
void Fields(A& a, S& s, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Source>>* = nullptr) {
  a(s.id), a(s.title), a(s.publisher), a(s.date), a(s.url), a(s.aliases);
}
template <typename A, typename S>
void Fields(A& a, S& e, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Entity>>* = nullptr) {
  a(e.id), a(e.name), a(e.kind), a(e.aliases), a(e.demonyms), a(e.metonyms), a(e.code), a(e.part_of);
}
template <typename A, typename S>
void Fields(A& a, S& o, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Office>>* = nullptr) {
  a(o.name), a(o.titles), a(o.one_holder);
}
template <typename A, typename S>
void Fields(A& a, S& u, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, UnitDefinition>>* = nullptr) {
  a(u.id), a(u.dimension), a(u.factor), a(u.offset), a(u.names);
}
template <typename A, typename S>
void Fields(A& a, S& r, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, DateRange>>* = nullptr) {
  a(r.first), a(r.last), a(r.granularity);
}
template <typename A, typename S>
void Fields(A& a, S& v, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, ValueRange>>* = nullptr) {
  a(v.low), a(v.high), a(v.low_open), a(v.high_open), a(v.label), a(v.source_id), a(v.as_of), a(v.retracted),
      a(v.note);
}
template <typename A, typename S>
void Fields(A& a, S& q, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, QuantitySlot>>* = nullptr) {
  a(q.measure), a(q.unit), a(q.triggers), a(q.values), a(q.place);
}
template <typename A, typename S>
void Fields(A& a, S& t, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, TimeWindow>>* = nullptr) {
  a(t.first), a(t.last), a(t.zoned), a(t.utc_offset_minutes);
}
template <typename A, typename S>
void Fields(A& a, S& p, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Participants>>* = nullptr) {
  a(p.entities), a(p.closed), a(p.roles), a(p.count);
}
template <typename A, typename S>
void Fields(A& a, S& f, std::enable_if_t<std::is_same_v<std::remove_const_t<S>, Fact>>* = nullptr) {
  a(f.id), a(f.kind), a(f.statement), a(f.note), a(f.source_ids), a(f.triggers), a(f.about_entities),
      a(f.about_terms);
  a(f.date), a(f.time), a(f.winner), a(f.period_from), a(f.period_to), a(f.place), a(f.participants),
      a(f.quantities);
  a(f.count_values), a(f.counted), a(f.actor), a(f.items);
  a(f.person), a(f.office), a(f.office_of), a(f.as_of), a(f.predecessor), a(f.successor);
  a(f.ordinal), a(f.series);
}

std::string Recompile() { return "compile it again from its JSON with `claimcheck compile`"; }

// What the kinds rely on beyond ids (the validator guarantees it for JSON): a figure has at least one value, a
// quantity fact has its slot, a count its values. A file that breaks it is corrupt, not a base.
bool Coherent(const Fact& fact) {
  for (const QuantitySlot& slot : fact.quantities) {
    if (slot.values.empty()) return false;
  }
  if (fact.kind == FactKind::kQuantity && fact.quantities.size() != 1) return false;
  if (fact.kind == FactKind::kCount && fact.count_values.empty()) return false;
  return true;
}

}  // namespace

bool IsCompiledFacts(std::string_view bytes) {
  return !bytes.empty() && bytes.front() == kCompiledFactsMagic.front();
}

// The parts of FactBase the format holds, in order; friends of FactBase reach them through this class.
class FactBaseCodec {
 public:
  template <typename A, typename B>
  static void Body(A& a, B& base) {
    a(base.name_), a(base.version_), a(base.description_);
    a(base.sources_), a(base.entities_), a(base.facts_), a(base.offices_), a(base.units_), a(base.files_);
    Origins(a, base.source_origins_), Origins(a, base.entity_origins_), Origins(a, base.fact_origins_);
  }

  static bool OriginsFit(const FactBase& base) {
    const auto fit = [&](const auto& items, const std::vector<FactBase::Origin>& origins) {
      if (origins.size() != items.size()) return false;
      for (const FactBase::Origin& o : origins) {
        if (o.file >= base.files_.size()) return false;
      }
      return true;
    };
    return fit(base.sources_, base.source_origins_) && fit(base.entities_, base.entity_origins_) &&
           fit(base.facts_, base.fact_origins_);
  }

 private:
  static void Origins(Writer& w, const std::vector<FactBase::Origin>& origins) {
    w.U32(static_cast<std::uint32_t>(origins.size()));
    for (const FactBase::Origin& o : origins) w.U32(o.file), w.U32(o.index);
  }
  static void Origins(Reader& r, std::vector<FactBase::Origin>& origins) {
    const std::uint32_t n = r.U32();
    if (!r.ok() || n > r.left() / 8) return r.Fail();
    origins.resize(n);
    for (FactBase::Origin& o : origins) o.file = r.U32(), o.index = r.U32();
  }
};

std::string FactBase::ToCompiled() const {
  Writer payload;
  FactBaseCodec::Body(payload, *this);
  Writer out;
  out.out().append(kCompiledFactsMagic);
  out.U32(kCompiledFactsFormat);
  out.Bytes(EngineVersion());
  out.U64(payload.out().size());
  out.U32(Fnv1a(payload.out()));
  out.out().append(payload.out());
  return std::move(out.out());
}

namespace loader {

std::optional<FactBase> DecodeCompiled(std::string_view bytes, std::string_view file, ErrorSink* sink) {
  const auto fail = [&](std::string_view code, std::string message) {
    sink->Add(code, file, "", std::move(message));
    return std::nullopt;
  };
  const std::string_view magic = kCompiledFactsMagic;
  if (bytes.size() < magic.size() && magic.substr(0, bytes.size()) == bytes) {
    return fail("compiled-corrupt", "the compiled fact base is cut short (" + std::to_string(bytes.size()) +
                                        " bytes, not even its header): " + Recompile());
  }
  if (bytes.substr(0, magic.size()) != magic) {
    return fail("not-a-fact-base", "this is neither JSON nor a compiled fact base of claimcheck (compiled files "
                                   "begin with the bytes 89 43 43 46 41 43 54 0A)");
  }
  Reader header(bytes);
  header.Skip(magic.size());
  const std::uint32_t format = header.U32();
  if (header.ok() && format != kCompiledFactsFormat) {
    return fail("compiled-stale", "the fact base was compiled in format " + std::to_string(format) +
                                      "; this is claimcheck " + std::string(EngineVersion()) + " (format " +
                                      std::to_string(kCompiledFactsFormat) + "): " + Recompile());
  }
  const std::string_view engine = header.Bytes();
  if (header.ok() && engine.size() <= kMaxEngineVersion && engine != EngineVersion()) {
    return fail("compiled-stale", "the fact base was compiled by claimcheck " + std::string(engine) +
                                      "; this is claimcheck " + std::string(EngineVersion()) + ": " + Recompile());
  }
  const std::uint64_t payload_size = header.U64();
  const std::uint32_t checksum = header.U32();
  if (!header.ok()) {
    return fail("compiled-corrupt", "the compiled fact base is cut short in its header (" +
                                        std::to_string(bytes.size()) + " bytes): " + Recompile());
  }
  if (header.left() != payload_size) {
    return fail("compiled-corrupt", "the compiled fact base is " + std::to_string(bytes.size()) +
                                        " bytes; its header says " + std::to_string(header.at() + payload_size) +
                                        " (cut short or extended): " + Recompile());
  }
  const std::string_view payload = bytes.substr(header.at());
  if (Fnv1a(payload) != checksum) {
    return fail("compiled-corrupt", "the compiled fact base is damaged (its checksum does not match): " + Recompile());
  }
  FactBase base;
  Reader reader(payload);
  FactBaseCodec::Body(reader, base);
  bool coherent = reader.ok() && reader.at_end() && FactBaseCodec::OriginsFit(base);
  for (std::size_t i = 0; coherent && i < base.facts().size(); ++i) coherent = Coherent(base.facts()[i]);
  if (!coherent) {
    return fail("compiled-corrupt", "the compiled fact base does not read as one (damaged at byte " +
                                        std::to_string(header.at() + reader.at()) + "): " + Recompile());
  }
  return std::optional<FactBase>(std::move(base));
}

}  // namespace loader
}  // namespace claimcheck
