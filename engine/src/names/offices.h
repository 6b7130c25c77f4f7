// Offices and their titles ("defence minister": "Defence Minister", "minister of national defence", ...). The
// built-in offices come from engine/data/offices.json (compiled in); a fact base adds its own (facts/README.md,
// `offices`), and a role fact whose office is known to neither still finds its office by the office's own name.
// Generic titles ("leader", "official") name no office and so never contradict one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"
#include "text/phrases.h"

namespace claimcheck {

struct OfficeMention {
  std::size_t first_token = 0;  // half-open token range of the title
  std::size_t last_token = 0;
  int office = -1;              // index into the table's offices; -1 for a generic title
  bool former = false;          // "former", "ex-", "then": about another time
  bool deputy = false;          // "deputy", "vice", "acting": another office than the plain title
};

class OfficeTable {
 public:
  // The built-in offices, then `extra`: an office already known gains the extra titles, a new one is added.
  explicit OfficeTable(const std::vector<Office>& extra = {});

  // The office a name or a title stands for ("defense secretary" -> defence minister), or -1.
  int OfficeOf(std::string_view name_or_title) const;
  // Adds an office known only by its name (which becomes its one title); returns its index.
  int AddByName(std::string_view name);
  // Whether `name` is an office of the built-in table or of the fact base's own (not one added by AddByName).
  bool Known(std::string_view name) const;
  const std::string& Name(int office) const;
  bool OneHolder(int office) const;
  // Title mentions in token order, longest title at each position, non-overlapping.
  std::vector<OfficeMention> Find(const Stems& stems) const;

 private:
  int Add(std::string_view name, bool one_holder, bool known);
  void AddTitle(std::string_view title, int office);

  PhraseIndex phrases_;
  std::vector<int> office_of_phrase_;  // phrase id -> office (-1: generic)
  std::vector<std::string> names_;
  std::vector<bool> one_holder_;
  std::vector<bool> known_;
};

// The built-in table alone (what a fact base without offices of its own gets).
const OfficeTable& BuiltinOffices();

}  // namespace claimcheck
