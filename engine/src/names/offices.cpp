// The office table: canonical offices and the ways news writes them, from engine/data/offices.json (match/words.h)
// plus what a fact base adds. Matching is by phrase (stems), so plural and case variants come free ("defence
// ministers", "Defense Minister").
#include "names/offices.h"

#include <algorithm>

#include "claimcheck/text.h"
#include "match/words.h"

namespace claimcheck {

OfficeTable::OfficeTable(const std::vector<Office>& extra) {
  for (std::size_t i = 0; i < words::OfficeRowCount(); ++i) {
    const words::OfficeRow& row = words::OfficeRowAt(i);
    const int office = Add(row.name, row.one_holder, true);
    for (std::size_t t = row.first_title; t < row.last_title; ++t) AddTitle(words::OfficeTitle(t), office);
  }
  for (std::size_t i = 0; i < words::GenericTitleCount(); ++i) AddTitle(words::GenericTitle(i), -1);
  for (const Office& def : extra) {
    int office = -1;
    const std::string folded = Fold(def.name);
    for (std::size_t k = 0; k < names_.size(); ++k) {
      if (names_[k] == folded) office = static_cast<int>(k);
    }
    if (office < 0) office = Add(folded, def.one_holder, true);
    one_holder_[static_cast<std::size_t>(office)] = def.one_holder;
    AddTitle(def.name, office);
    for (const std::string& title : def.titles) AddTitle(title, office);
  }
}

int OfficeTable::Add(std::string_view name, bool one_holder, bool known) {
  names_.emplace_back(name);
  one_holder_.push_back(one_holder);
  known_.push_back(known);
  return static_cast<int>(names_.size() - 1);
}

void OfficeTable::AddTitle(std::string_view title, int office) {
  const int id = phrases_.Add(title);
  if (id < 0) return;
  if (static_cast<std::size_t>(id) >= office_of_phrase_.size()) {
    office_of_phrase_.resize(static_cast<std::size_t>(id) + 1, -1);
  }
  // A title a fact base gives to its own office wins over a generic reading ("head" as chairman of ISRO).
  if (office >= 0 || office_of_phrase_[static_cast<std::size_t>(id)] < 0) {
    office_of_phrase_[static_cast<std::size_t>(id)] = office;
  }
}

int OfficeTable::OfficeOf(std::string_view name_or_title) const {
  const std::string folded = Fold(name_or_title);
  for (std::size_t k = 0; k < names_.size(); ++k) {
    if (names_[k] == folded) return static_cast<int>(k);
  }
  const std::vector<std::string> stems = PhraseStems(name_or_title);
  for (const OfficeMention& m : Find(StemViews(stems))) {
    if (m.office >= 0 && m.first_token == 0) return m.office;
  }
  return -1;
}

int OfficeTable::AddByName(std::string_view name) {
  const int office = Add(Fold(name), true, false);
  AddTitle(name, office);
  return office;
}

bool OfficeTable::Known(std::string_view name) const {
  const int office = OfficeOf(name);
  return office >= 0 && known_[static_cast<std::size_t>(office)];
}

const std::string& OfficeTable::Name(int office) const { return names_[static_cast<std::size_t>(office)]; }
bool OfficeTable::OneHolder(int office) const { return one_holder_[static_cast<std::size_t>(office)]; }

std::vector<OfficeMention> OfficeTable::Find(const Stems& stems) const {
  std::vector<OfficeMention> out;
  std::vector<PhraseHit> hits = phrases_.Find(stems);
  // Longest title at each start; a title inside a longer one ("minister" in "defence minister") is dropped.
  std::sort(hits.begin(), hits.end(), [](const PhraseHit& a, const PhraseHit& b) {
    return a.first_token != b.first_token ? a.first_token < b.first_token : a.last_token > b.last_token;
  });
  std::size_t covered = 0;
  for (const PhraseHit& hit : hits) {
    if (hit.first_token < covered) continue;
    covered = hit.last_token;
    OfficeMention m{hit.first_token, hit.last_token, office_of_phrase_[static_cast<std::size_t>(hit.phrase)]};
    for (std::size_t k = hit.first_token; k > 0 && hit.first_token - k < 3; --k) {
      const std::string_view before = stems[k - 1];
      if (words::IsFormer(before)) m.former = true;
      else if (words::IsDeputy(before)) m.deputy = true;
      else if (before != "national" && before != "then" && before != "-") break;
    }
    out.push_back(m);
  }
  return out;
}

const OfficeTable& BuiltinOffices() {
  static const OfficeTable* table = new OfficeTable();
  return *table;
}

}  // namespace claimcheck
