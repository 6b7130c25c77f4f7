// The office table: canonical offices and the ways news writes them. Matching is by phrase (stems), so plural
// and case variants come free ("defence ministers", "Defense Minister").
#include "offices.h"

#include <algorithm>

namespace claimcheck {
namespace {

struct OfficeRow {
  const char* office;   // canonical name; "" for a generic title
  const char* titles;   // '|'-separated title phrases
};

constexpr OfficeRow kOfficeRows[] = {
    {"defence minister",
     "defence minister|defense minister|minister of defence|minister of defense|minister of national defence|"
     "minister of national defense|national defence minister|national defense minister|defence secretary|"
     "defense secretary|secretary of defense|secretary of defence|war minister"},
    {"foreign minister",
     "foreign minister|minister of foreign affairs|foreign affairs minister|foreign secretary|secretary of state"},
    {"interior minister",
     "interior minister|minister of the interior|minister of interior|home secretary|home minister|"
     "interior secretary"},
    {"finance minister", "finance minister|minister of finance|treasury secretary|chancellor of the exchequer"},
    {"justice minister", "justice minister|minister of justice|attorney general"},
    {"energy minister", "energy minister|minister of energy"},
    {"trade minister", "trade minister|minister of trade|commerce minister|minister of commerce"},
    {"health minister", "health minister|minister of health"},
    {"economy minister", "economy minister|minister of economy|minister of the economy"},
    {"president", "president|head of state"},
    {"vice president", "vice president|vice-president"},
    {"prime minister", "prime minister|premier|head of government"},
    {"intelligence chief",
     "intelligence chief|head of intelligence|spy chief|spymaster|intelligence head|director of intelligence|"
     "chief of intelligence|intelligence director"},
    {"chief of staff", "chief of staff|chief of the general staff|army chief|military chief"},
    {"king", "king"},
    {"chancellor", "chancellor"},
    {"", "leader|official|minister|spokesman|spokeswoman|spokesperson|envoy|representative|head|chief"},
};

constexpr const char* kFormer[] = {"former", "ex", "then", "late", "outgoing"};
constexpr const char* kDeputy[] = {"deputy", "vice", "assistant", "acting", "junior"};

template <std::size_t N>
bool In(const char* const (&words)[N], const std::string& word) {
  return std::any_of(std::begin(words), std::end(words), [&](const char* w) { return word == w; });
}

}  // namespace

OfficeTable::OfficeTable() {
  for (const OfficeRow& row : kOfficeRows) {
    int office = -1;
    if (*row.office) {
      office = static_cast<int>(names_.size());
      names_.emplace_back(row.office);
    }
    std::string_view titles = row.titles;
    while (!titles.empty()) {
      const std::size_t bar = titles.find('|');
      const int id = phrases_.Add(titles.substr(0, bar));
      if (id >= 0 && static_cast<std::size_t>(id) >= office_of_phrase_.size()) {
        office_of_phrase_.resize(static_cast<std::size_t>(id) + 1, -1);
      }
      if (id >= 0) office_of_phrase_[static_cast<std::size_t>(id)] = office;
      if (bar == std::string_view::npos) break;
      titles.remove_prefix(bar + 1);
    }
  }
}

int OfficeTable::OfficeOf(std::string_view title) const {
  std::vector<OfficeMention> found = Find(PhraseStems(title));
  for (const OfficeMention& m : found) {
    if (m.office >= 0) return m.office;
  }
  return -1;
}

const std::string& OfficeTable::Name(int office) const { return names_[static_cast<std::size_t>(office)]; }

std::vector<OfficeMention> OfficeTable::Find(const std::vector<std::string>& stems) const {
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
      const std::string& before = stems[k - 1];
      if (In(kFormer, before)) m.former = true;
      else if (In(kDeputy, before)) m.deputy = true;
      else if (before != "national" && before != "then") break;
    }
    out.push_back(m);
  }
  return out;
}

const OfficeTable& Offices() {
  static const OfficeTable* table = new OfficeTable();
  return *table;
}

}  // namespace claimcheck
