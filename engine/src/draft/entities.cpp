// The entities of a draft, built from the names the report uses (names.cpp) in three passes: collect every name
// with its class, merge the names of one entity (a surname standing for a person named in full, an acronym for
// the organisation whose initials it spells or that it follows in parentheses, "Bashar Assad" for "Bashar
// al-Assad"), then mark every mention of every entity in every sentence. Places get `part_of` where the report
// tells it (the dateline's "HIROSHIMA, Japan", a venue named after its city, a capital of the gazetteer); a place
// the drafter cannot locate is read as a name but not written, as it would be no evidence for its country.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "draft/names.h"
#include "text/phrases.h"

namespace claimcheck::draft {
namespace {

struct Candidate {
  NameKind kind = NameKind::kUnknown;
  std::string name;  // as written, without a possessive
  std::vector<Token> tokens;
  std::string acronym;  // "(ISRO)" right after it
};

struct GazetteerMention {
  std::size_t first = 0, last = 0;
  int known = -1;  // index into the gazetteer's entities: a country or a capital
  NameForm form = NameForm::kName;
};

std::string NameText(std::string_view text, const Sentence& s, std::size_t first, std::size_t last) {
  const Token& end = s.tokens[last - 1];
  std::size_t stop = end.span.end;
  if (end.possessive) {
    const std::string_view tail = SpanText(text, end.span);
    if (tail.size() >= 2 && tail.substr(tail.size() - 2) == "'s") stop -= 2;
    else if (tail.size() >= 4 && tail.substr(tail.size() - 4) == "\xE2\x80\x99s") stop -= 4;
    else if (!tail.empty() && tail.back() == '\'') stop -= 1;
    else if (tail.size() >= 3 && tail.substr(tail.size() - 3) == "\xE2\x80\x99") stop -= 3;
  }
  return std::string(SpanText(text, ByteSpan{s.tokens[first].span.begin, stop}));
}

EntityKind KindOf(NameKind k) {
  switch (k) {
    case NameKind::kPerson: return EntityKind::kPerson;
    case NameKind::kOrganization: return EntityKind::kOrganization;
    case NameKind::kVenue: return EntityKind::kVenue;
    case NameKind::kEvent: return EntityKind::kEvent;
    case NameKind::kVehicle: return EntityKind::kVehicle;
    case NameKind::kRegion: return EntityKind::kRegion;
    default: return EntityKind::kCity;
  }
}

// Marks tokens [first, last) as read by another reader.
void Cover(std::vector<bool>* covered, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i) (*covered)[i] = true;
}

bool IsPlace(EntityKind k) { return k == EntityKind::kCity || k == EntityKind::kRegion || k == EntityKind::kVenue; }

class Builder {
 public:
  Builder(std::string_view text, Draft* draft, std::vector<Sentence>* sentences)
      : text_(text), draft_(*draft), sentences_(*sentences), gazetteer_(empty_), offices_(BuiltinOffices()) {}

  void Run(const Dateline& dateline) {
    AddDateline(dateline);
    CollectMidSentenceCapitals();
    for (std::size_t i = 0; i < sentences_.size(); ++i) Collect(i);
    Build();
    IndexAliases();
    for (std::size_t i = 0; i < sentences_.size(); ++i) MarkMentions(i);
  }

 private:
  struct AliasEntry {
    std::vector<std::string> norms;
    int entity = -1;
  };

  int EntityFor(int known) {
    auto it = from_gazetteer_.find(known);
    if (it != from_gazetteer_.end()) return it->second;
    const KnownEntity& k = gazetteer_.entities()[static_cast<std::size_t>(known)];
    DraftEntity e;
    e.name = k.name;
    e.kind = k.kind;
    e.key = NameKey(k.name);
    if (k.kind == EntityKind::kCountry && k.id.rfind("iso:", 0) == 0) e.code = k.id.substr(4);
    if (k.kind == EntityKind::kCity && k.part_of >= 0) {
      e.part_of = draft_.entities[static_cast<std::size_t>(EntityFor(k.part_of))].id;
      e.capital = true;
    }
    const int index = Add(std::move(e));
    from_gazetteer_[known] = index;
    gazetteer_entity_.insert(index);
    return index;
  }

  int Add(DraftEntity e) {
    std::string base = Kebab(e.name);
    if (base.empty()) base = "entity";
    e.id = base;
    for (int n = 2; ids_.count(e.id); ++n) e.id = base + "-" + std::to_string(n);
    ids_.insert(e.id);
    const int index = static_cast<int>(draft_.entities.size());
    draft_.entities.push_back(std::move(e));
    const std::string name = draft_.entities.back().name;
    AddAlias(index, name);
    const DraftEntity& added = draft_.entities.back();
    const std::vector<Token> tokens = MatchTokens(name, ByteSpan{0, name.size()});
    if (added.kind == EntityKind::kPerson && tokens.size() >= 2) {
      by_last_name_[tokens.back().norm].push_back(index);
      AddShortNames(index, tokens);
    }
    if (added.kind != EntityKind::kPerson && !IsPlace(added.kind) && tokens.size() >= 2) by_initials_.push_back(index);
    return index;
  }

  // "Christine Lagarde" is "Lagarde" too; "Luiz Inacio Lula da Silva" is "Lula da Silva"; "Bashar al-Assad" is
  // "al-Assad" and "Assad". A short name another person of the text shares is left out.
  void AddShortNames(int index, const std::vector<Token>& tokens) {
    const std::string name = draft_.entities[static_cast<std::size_t>(index)].name;
    std::size_t particle = tokens.size();
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
      if (!tokens[i].capitalized && IsNameParticle(tokens[i].norm)) {
        particle = i;
        break;
      }
    }
    std::vector<std::string> shorts;
    if (particle < tokens.size()) {
      const std::size_t from = tokens[particle].norm == "al" || tokens[particle].norm == "el" ? particle : particle - 1;
      shorts.push_back(name.substr(tokens[from].span.begin));
      if (from == particle) shorts.push_back(name.substr(tokens.back().span.begin));
    } else if (tokens.back().norm.size() >= 3 && tokens.back().kind == TokenKind::kWord) {
      shorts.push_back(name.substr(tokens.back().span.begin));
    }
    for (const std::string& s : shorts) {
      if (ByKey(NameKey(s)) < 0) AddAlias(index, s);
    }
  }

  void AddAlias(int entity, const std::string& alias) {
    DraftEntity& e = draft_.entities[static_cast<std::size_t>(entity)];
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()) return;
    e.aliases.push_back(alias);
    const std::string key = NameKey(alias);
    if (!key.empty()) keys_.emplace(key, entity);
  }

  int ByKey(const std::string& key) const {
    auto it = keys_.find(key);
    return it == keys_.end() ? -1 : it->second;
  }

  // The gazetteer entity a name stands for (a country or a capital), or -1.
  int Gazetteer(std::string_view name) const {
    const std::vector<Token> tokens = MatchTokens(name, ByteSpan{0, name.size()});
    for (const EntityMention& m : gazetteer_.Find(tokens)) {
      if (m.first_token != 0 || m.last_token != tokens.size()) continue;
      for (const EntityHit& h : m.hits) {
        if (h.form == NameForm::kName) return h.entity;
      }
    }
    return -1;
  }

  // "HIROSHIMA, Japan, 21 May 2023": Hiroshima is a city of Japan; a capital of the gazetteer locates itself.
  void AddDateline(const Dateline& d) {
    if (d.place.empty()) return;
    const int known = Gazetteer(d.place);
    if (known >= 0) {
      const int index = EntityFor(known);
      if (draft_.entities[static_cast<std::size_t>(index)].kind == EntityKind::kCity) last_city_ = index;
      return;
    }
    const int country = d.region.empty() ? -1 : Gazetteer(d.region);
    if (country < 0 || gazetteer_.entities()[static_cast<std::size_t>(country)].kind != EntityKind::kCountry) return;
    DraftEntity city;
    city.name = d.place;
    city.kind = EntityKind::kCity;
    city.key = NameKey(d.place);
    city.part_of = draft_.entities[static_cast<std::size_t>(EntityFor(country))].id;
    last_city_ = Add(std::move(city));
  }

  void CollectMidSentenceCapitals() {
    for (const Sentence& s : sentences_) {
      for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        if (!s.tokens[i].capitalized && s.tokens[i].kind == TokenKind::kWord) lower_.insert(s.tokens[i].norm);
        if (i > 0 && s.tokens[i].capitalized && s.tokens[i - 1].norm != "\"") capitals_.insert(s.tokens[i].norm);
      }
    }
  }

  void Collect(std::size_t index) {
    Sentence& s = sentences_[index];
    std::vector<bool> covered(s.tokens.size(), false);
    for (const FigureAt& f : s.figures) {
      // "Group of Seven": a capitalized number word inside a name is part of it.
      const bool in_name = f.first > 0 && f.last == f.first + 1 && s.tokens[f.first].capitalized &&
                           s.tokens[f.first].kind == TokenKind::kWord &&
                           (s.tokens[f.first - 1].capitalized || IsNameParticle(s.tokens[f.first - 1].norm));
      if (!in_name) Cover(&covered, f.first, f.last);
    }
    for (const DateAt& d : s.dates) Cover(&covered, d.first, d.last);
    for (const TimeOfDay& t : s.times) {
      for (std::size_t i = 0; i < s.tokens.size(); ++i) covered[i] = covered[i] || Overlaps(s.tokens[i].span, t.span);
    }
    std::vector<GazetteerMention>& found = gazetteer_mentions_[index];
    for (const EntityMention& m : gazetteer_.Find(s.tokens)) {
      // A capital is the city; a name several countries share ("French") is the country of the shortest name.
      GazetteerMention g{m.first_token, m.last_token, -1, NameForm::kName};
      for (const EntityHit& h : m.hits) {
        const EntityKind kind = gazetteer_.entities()[static_cast<std::size_t>(h.entity)].kind;
        if (kind == EntityKind::kCity && h.form == NameForm::kName) g = {m.first_token, m.last_token, h.entity, h.form};
      }
      for (const EntityHit& h : m.hits) {
        if (g.known >= 0 && gazetteer_.entities()[static_cast<std::size_t>(g.known)].kind == EntityKind::kCity) break;
        const std::string& name = gazetteer_.entities()[static_cast<std::size_t>(h.entity)].name;
        if (g.known < 0 || name.size() < gazetteer_.entities()[static_cast<std::size_t>(g.known)].name.size()) {
          g = {m.first_token, m.last_token, h.entity, h.form};
        }
      }
      found.push_back(g);
      Cover(&covered, m.first_token, m.last_token);
    }
    const std::vector<OfficeMention> titles = offices_.Find(TokenStems(s.tokens));
    for (NameRun run : FindNameRuns(text_, s, covered)) {
      // A demonym or country right before an organisation's name is part of it ("Indian Space Research
      // Organisation", "Turkish Ministry of National Defence").
      auto before = std::find_if(found.begin(), found.end(), [&](const GazetteerMention& g) { return g.last == run.first; });
      if (before != found.end()) {
        const NameRun merged{before->first, run.last};
        const NameKind k = ClassifyName(text_, s, merged, titles);
        const bool title_inside = std::any_of(titles.begin(), titles.end(), [&](const OfficeMention& o) {
          return o.first_token >= merged.first && o.first_token < merged.last;
        });
        if (!title_inside && (k == NameKind::kOrganization || k == NameKind::kVenue || k == NameKind::kEvent)) {
          run = merged;
          found.erase(before);
        }
      }
      // A sentence's first word is no name when the text writes it in lower case elsewhere ("Leaders of the Group
      // of Seven"), or when it stands alone and the text never capitalizes it inside a sentence ("Inflation").
      const bool lone = run.last == run.first + 1;
      if (run.first == 0 && !s.tokens[0].possessive &&
          (lower_.count(s.tokens[0].norm) || (lone && !capitals_.count(s.tokens[0].norm)))) {
        ++run.first;
      }
      std::vector<NameRun> title_parts;
      for (const NameRun& part : SplitAtTitles(s, titles, run, &title_parts)) AddCandidate(s, part, titles);
    }
  }

  void AddCandidate(const Sentence& s, NameRun part, const std::vector<OfficeMention>& titles) {
    if (part.first >= part.last) return;
    Candidate c;
    c.kind = ClassifyName(text_, s, part, titles);
    if (c.kind == NameKind::kUnknown) return;
    c.name = NameText(text_, s, part.first, part.last);
    if (c.name.empty() || !seen_.insert(NameKey(c.name)).second) return;
    c.tokens.assign(s.tokens.begin() + static_cast<std::ptrdiff_t>(part.first),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(part.last));
    if (part.last + 2 < s.tokens.size() && s.tokens[part.last].norm == "(" && s.tokens[part.last + 2].norm == ")") {
      c.acronym = std::string(SpanText(text_, s.tokens[part.last + 1].span));
    }
    candidates_.push_back(std::move(c));
  }

  // The person whose full name ends (or starts and ends) like this shorter name; -1 when none or several.
  int PersonFor(const Candidate& c) const {
    auto it = by_last_name_.find(c.tokens.back().norm);
    if (it == by_last_name_.end()) return -1;
    int found = -1;
    for (int i : it->second) {
      const DraftEntity& e = draft_.entities[static_cast<std::size_t>(i)];
      const std::vector<Token> full = MatchTokens(e.name, ByteSpan{0, e.name.size()});
      if (full.size() <= c.tokens.size()) continue;
      if (c.tokens.size() > 1 && full.front().norm != c.tokens.front().norm) continue;
      if (found >= 0) return -1;
      found = i;
    }
    return found;
  }

  int OrganizationFor(std::string_view acronym) const {
    for (int i : by_initials_) {
      const DraftEntity& e = draft_.entities[static_cast<std::size_t>(i)];
      if (MatchesInitials(acronym, MatchTokens(e.name, ByteSpan{0, e.name.size()}))) return i;
    }
    return -1;
  }

  void Build() {
    // Longer names first, so that short forms find the full names they stand for.
    std::stable_sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
      const bool a_numbered = a.kind == NameKind::kNumbered, b_numbered = b.kind == NameKind::kNumbered;
      if (a_numbered != b_numbered) return b_numbered;
      return a.tokens.size() > b.tokens.size();
    });
    for (const Candidate& c : candidates_) {
      if (draft_.entities.size() >= kMaxDraftEntities) break;
      const std::string key = NameKey(c.name);
      if (key.empty() || ByKey(key) >= 0) continue;
      int alias_of = -1;
      if (c.kind == NameKind::kPerson || c.kind == NameKind::kSingle) alias_of = PersonFor(c);
      if (alias_of < 0 && c.tokens.size() == 1) alias_of = OrganizationFor(c.name);
      if (alias_of >= 0) {
        AddAlias(alias_of, c.name);
        continue;
      }
      if (c.kind == NameKind::kNumbered) {
        // "Chandrayaan-2" is a craft if "Chandrayaan-3" is.
        auto same = series_kind_.find(c.tokens.front().norm);
        if (same == series_kind_.end()) continue;
        DraftEntity e;
        e.name = c.name;
        e.kind = same->second;
        e.key = key;
        Add(std::move(e));
        continue;
      }
      if (c.kind == NameKind::kSingle) continue;  // a capitalized word the drafter cannot class
      DraftEntity e;
      e.name = c.name;
      e.kind = KindOf(c.kind);
      e.key = key;
      Locate(&e);
      if (c.tokens.size() == 2 && c.tokens.back().kind == TokenKind::kNumber) {
        series_kind_.emplace(c.tokens.front().norm, e.kind);
      }
      const int index = Add(std::move(e));
      if (!c.acronym.empty() && c.kind == NameKind::kOrganization && ByKey(NameKey(c.acronym)) < 0) {
        AddAlias(index, c.acronym);
      }
    }
  }

  // A venue named after its city ("Hiroshima Peace Memorial Museum"): part of it, and known without the city too.
  void Locate(DraftEntity* e) {
    if (!IsPlace(e->kind)) return;
    const std::vector<Token> tokens = MatchTokens(e->name, ByteSpan{0, e->name.size()});
    for (std::size_t n = tokens.size() - 1; n >= 1 && e->kind == EntityKind::kVenue; --n) {
      std::string prefix;
      for (std::size_t i = 0; i < n; ++i) prefix += (i ? " " : "") + tokens[i].norm;
      const int place = ByKey(prefix);
      if (place >= 0 && IsPlace(draft_.entities[static_cast<std::size_t>(place)].kind) &&
          draft_.entities[static_cast<std::size_t>(place)].written) {
        e->part_of = draft_.entities[static_cast<std::size_t>(place)].id;
        e->aliases.push_back(std::string(SpanText(e->name, ByteSpan{tokens[n].span.begin, e->name.size()})));
        return;
      }
    }
    e->written = false;  // a place the drafter cannot locate: read as a name, not written
  }

  // Every alias of every entity the gazetteer does not find, by its first word.
  void IndexAliases() {
    for (std::size_t e = 0; e < draft_.entities.size(); ++e) {
      if (gazetteer_entity_.count(static_cast<int>(e))) continue;
      for (const std::string& alias : draft_.entities[e].aliases) {
        AliasEntry entry;
        for (const Token& t : MatchTokens(alias, ByteSpan{0, alias.size()})) entry.norms.push_back(t.norm);
        if (entry.norms.empty()) continue;
        entry.entity = static_cast<int>(e);
        alias_index_[entry.norms.front()].push_back(std::move(entry));
      }
    }
  }

  void MarkMentions(std::size_t index) {
    Sentence& s = sentences_[index];
    std::vector<bool> covered(s.tokens.size(), false);
    for (const GazetteerMention& g : gazetteer_mentions_[index]) {
      const int entity = EntityFor(g.known);
      s.mentions.push_back({g.first, g.last, entity, g.form});
      Cover(&covered, g.first, g.last);
      const std::string written = NameText(text_, s, g.first, g.last);
      if (g.form == NameForm::kDemonym) AddUnique(written, &draft_.entities[static_cast<std::size_t>(entity)].demonyms);
      else if (g.form == NameForm::kName) AddAlias(entity, written);
    }
    for (std::size_t i = 0; i < s.tokens.size();) {
      auto it = covered[i] || !s.tokens[i].capitalized ? alias_index_.end() : alias_index_.find(s.tokens[i].norm);
      std::size_t best_end = i;
      int best = -1;
      if (it != alias_index_.end()) {
        for (const AliasEntry& a : it->second) {
          if (i + a.norms.size() <= best_end || i + a.norms.size() > s.tokens.size()) continue;
          bool same = true;
          for (std::size_t k = 1; k < a.norms.size() && same; ++k) same = s.tokens[i + k].norm == a.norms[k];
          if (same) best_end = i + a.norms.size(), best = a.entity;
        }
      }
      if (best < 0) {
        ++i;
        continue;
      }
      s.mentions.push_back({i, best_end, best, NameForm::kName});
      i = best_end;
    }
    std::sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    ResolveTheCity(&s);
  }

  // "dropped on the city": the city named last (or a venue's city), else the dateline's.
  void ResolveTheCity(Sentence* s) {
    std::vector<Mention> added;
    std::size_t next = 0;
    for (std::size_t i = 0; i < s->tokens.size(); ++i) {
      while (next < s->mentions.size() && s->mentions[next].first <= i) {
        const DraftEntity& e = draft_.entities[static_cast<std::size_t>(s->mentions[next].entity)];
        if (e.written && e.kind == EntityKind::kCity) last_city_ = s->mentions[next].entity;
        if (e.written && e.kind == EntityKind::kVenue && !e.part_of.empty()) {
          const int city = draft_.Find(e.part_of);
          if (city >= 0 && draft_.entities[static_cast<std::size_t>(city)].kind == EntityKind::kCity) last_city_ = city;
        }
        ++next;
      }
      const bool the_city = i > 0 && s->tokens[i].norm == "city" && s->tokens[i - 1].norm == "the";
      const bool free = std::none_of(s->mentions.begin(), s->mentions.end(),
                                     [&](const Mention& m) { return m.first <= i && i < m.last; });
      if (the_city && free && last_city_ >= 0) added.push_back({i, i + 1, last_city_, NameForm::kName});
    }
    if (added.empty()) return;
    s->mentions.insert(s->mentions.end(), added.begin(), added.end());
    std::sort(s->mentions.begin(), s->mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }

  std::string_view text_;
  Draft& draft_;
  std::vector<Sentence>& sentences_;
  const FactBase empty_;
  const EntityDictionary gazetteer_;
  const OfficeTable& offices_;
  std::set<std::string> capitals_;
  std::set<std::string> lower_;  // words the text writes in lower case
  std::set<std::string> seen_;  // names already collected
  std::map<std::size_t, std::vector<GazetteerMention>> gazetteer_mentions_;
  std::vector<Candidate> candidates_;
  std::map<std::string, EntityKind> series_kind_;
  int last_city_ = -1;  // what "the city" stands for  // "chandrayaan" -> vehicle, from "Chandrayaan-3 mission"
  std::unordered_map<int, int> from_gazetteer_;  // gazetteer index -> draft entity
  std::set<int> gazetteer_entity_;                // draft entities the gazetteer finds
  std::set<std::string> ids_;
  std::unordered_map<std::string, int> keys_;     // NameKey of every name and alias -> entity
  std::unordered_map<std::string, std::vector<int>> by_last_name_;  // people by the last word of their name
  std::vector<int> by_initials_;                  // named by two words or more: what an acronym may stand for
  std::unordered_map<std::string, std::vector<AliasEntry>> alias_index_;
};

}  // namespace

int Draft::Find(std::string_view id) const {
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (entities[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

void FindEntities(std::string_view text, const Dateline& dateline, Draft* draft, std::vector<Sentence>* sentences) {
  Builder(text, draft, sentences).Run(dateline);
}

}  // namespace claimcheck::draft
