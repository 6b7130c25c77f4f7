// The draft as a fact base (facts/README.md): name, version, description, one source, the entities, the facts in
// text order, indented by two spaces. Ids are made unique here; a fact naming an entity that is not written is
// not written either.
#include <algorithm>
#include <set>

#include "draft/write.h"
#include "report/json_writer.h"

namespace claimcheck::draft {
namespace {

std::string IsoAt(int day, DateGranularity g) { return IsoDate(DateRange{day, day, g}); }

// Whether the range is exactly one day, month, year or decade (then {"on": ...}).
bool OneUnit(const DateRange& r) {
  return IsoAt(r.first, r.granularity) == IsoAt(r.last, r.granularity) &&
         (r.granularity != DateGranularity::kDay || r.first == r.last);
}

void DateObject(JsonWriter& w, const DateRange& r) {
  w.BeginObject();
  if (OneUnit(r)) {
    w.Key("on").String(IsoAt(r.first, r.granularity));
  } else {
    w.Key("from").String(IsoAt(r.first, r.granularity)).Key("to").String(IsoAt(r.last, r.granularity));
  }
  w.EndObject();
}

void Span(JsonWriter& w, const char* key, const std::optional<DateRange>& from, const std::optional<DateRange>& to) {
  w.Key(key).BeginObject();
  if (from) w.Key("from").String(IsoAt(from->first, from->granularity));
  if (to) w.Key("to").String(IsoAt(to->last, to->granularity));
  w.EndObject();
}

void Strings(JsonWriter& w, const char* key, const std::vector<std::string>& list) {
  w.Key(key).BeginArray();
  for (const std::string& s : list) w.String(s);
  w.EndArray();
}

void Values(JsonWriter& w, const std::vector<DraftValue>& values) {
  w.Key("values").BeginArray();
  for (const DraftValue& v : values) {
    w.BeginObject().Key("value").BeginObject();
    switch (v.form) {
      case DraftValue::Form::kExact: w.Key("exact").Double(v.value); break;
      case DraftValue::Form::kApprox: w.Key("approx").Double(v.value).Key("tolerance").Double(v.tolerance); break;
      case DraftValue::Form::kRange:
        if (v.min) w.Key("min").Double(*v.min);
        if (v.max) w.Key("max").Double(*v.max);
        break;
    }
    w.EndObject();
    if (!v.label.empty()) w.Key("label").String(v.label);
    if (!v.note.empty()) w.Key("note").String(v.note);
    w.EndObject();
  }
  w.EndArray();
}

void Participants(JsonWriter& w, const std::vector<std::string>& ids) {
  w.Key("participants").BeginObject();
  Strings(w, "entities", ids);
  w.Key("closed").Bool(false).EndObject();
}

// The ids of entities a fact names.
std::vector<std::string> Named(const DraftFact& f) {
  std::vector<std::string> out = f.about_entities;
  out.insert(out.end(), f.participants.begin(), f.participants.end());
  for (const std::string* id : {&f.place, &f.actor, &f.person, &f.of}) {
    if (!id->empty()) out.push_back(*id);
  }
  return out;
}

void Fact(JsonWriter& w, const DraftFact& f, const std::string& id, const std::string& source) {
  w.BeginObject().Key("id").String(id).Key("kind").String(FactKindName(f.kind));
  w.Key("statement").String(f.statement);
  if (!f.note.empty()) w.Key("note").String(f.note);
  Strings(w, "sources", {source});
  Strings(w, "triggers", f.triggers);
  w.Key("about").BeginObject();
  if (!f.about_entities.empty()) Strings(w, "entities", f.about_entities);
  if (!f.about_terms.empty()) {
    w.Key("terms").BeginArray();
    for (const std::vector<std::string>& group : f.about_terms) {
      w.BeginArray();
      for (const std::string& t : group) w.String(t);
      w.EndArray();
    }
    w.EndArray();
  }
  w.EndObject();
  switch (f.kind) {
    case FactKind::kQuantity:
      w.Key("measure").String(f.measure).Key("unit").String(f.unit);
      Values(w, f.values);
      break;
    case FactKind::kCount:
      Values(w, f.values);
      w.Key("counted").String(f.counted).Key("actor").String(f.actor);
      Span(w, "period", f.from, f.to);
      break;
    case FactKind::kEvent:
      w.Key("date");
      DateObject(w, *f.date);
      if (!f.place.empty()) w.Key("place").String(f.place);
      if (!f.participants.empty()) Participants(w, f.participants);
      break;
    case FactKind::kPeriod:
      Span(w, "period", f.from, f.to);
      Participants(w, f.participants);
      break;
    case FactKind::kRole:
      w.Key("person").String(f.person).Key("office").String(f.office).Key("of").String(f.of);
      if (f.from || f.to) Span(w, "valid", f.from, f.to);
      if (f.as_of) w.Key("as_of").String(IsoAt(f.as_of->first, f.as_of->granularity));
      break;
    case FactKind::kOrdinal:
      w.Key("ordinal").Integer(f.ordinal).Key("series").String(f.series);
      if (f.date) {
        w.Key("date");
        DateObject(w, *f.date);
      }
      if (!f.place.empty()) w.Key("place").String(f.place);
      break;
  }
  w.EndObject();
}

// Lists of strings and numbers on as few lines as fit (118 columns), as people write fact bases: the writer puts
// each element on a line of its own.
std::string CompactLists(const std::string& json) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < json.size();) {
    const std::size_t end = json.find('\n', at);
    lines.push_back(std::string_view(json).substr(at, end == std::string::npos ? std::string::npos : end - at));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  auto scalar = [](std::string_view line) {
    const std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos) return false;
    const char c = line[i];
    const char last = line.back() == ',' ? line[line.size() - 2] : line.back();
    return (c == '"' || c == '-' || (c >= '0' && c <= '9')) && last != '{' && last != '[' &&
           line.find("\": ") == std::string_view::npos;
  };
  constexpr std::size_t kWidth = 118;
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    std::size_t j = i + 1;
    while (line.size() && line.back() == '[' && j < lines.size() && scalar(lines[j])) ++j;
    const bool closes = j > i + 1 && j < lines.size() && lines[j].find_first_not_of(' ') != std::string_view::npos &&
                        lines[j][lines[j].find_first_not_of(' ')] == ']';
    if (!closes) {
      out.append(line).push_back('\n');
      continue;
    }
    const std::size_t indent = lines[j].find_first_not_of(' ') + 2;
    std::string current(line);
    for (std::size_t k = i + 1; k < j; ++k) {
      const std::string_view item = lines[k].substr(lines[k].find_first_not_of(' '));
      if (current.size() + item.size() + 1 > kWidth && current.back() != '[') {
        out.append(current).push_back('\n');
        current = std::string(indent, ' ');
      } else if (current.back() != '[') {
        current += ' ';
      }
      current += item;
    }
    out.append(current).append(lines[j].substr(lines[j].find_first_not_of(' '))).push_back('\n');
    i = j;
  }
  if (!out.empty() && (json.empty() || json.back() != '\n')) out.pop_back();
  return out;
}

}  // namespace

WrittenDraft WriteDraft(const Draft& draft, const std::vector<bool>& skip_fact, const std::vector<bool>& skip_entity) {
  WrittenDraft out;
  JsonWriter w(2);
  w.BeginObject();
  w.Key("name").String(Kebab("draft " + draft.publisher + " " + draft.date, 60));
  w.Key("version").String("0.1.0");
  std::string description = "Drafted by `claimcheck draft` from \"" + draft.title + "\" (" + draft.publisher +
                            (draft.date.empty() ? "" : ", " + draft.date) +
                            "). A draft: review every fact's triggers, about and notes before use.";
  for (const std::string& note : draft.notes) description += " " + note;
  w.Key("description").String(description);
  w.Key("sources").BeginArray();
  if (!draft.source_id.empty()) {
    w.BeginObject();
    w.Key("id").String(draft.source_id).Key("title").String(draft.title).Key("publisher").String(draft.publisher);
    w.Key("date").String(draft.date);
    if (!draft.url.empty()) w.Key("url").String(draft.url);
    w.EndObject();
  }
  w.EndArray();
  std::set<std::string> written;
  w.Key("entities").BeginArray();
  for (std::size_t i = 0; i < draft.entities.size(); ++i) {
    const DraftEntity& e = draft.entities[i];
    if (!e.written || (i < skip_entity.size() && skip_entity[i])) continue;
    if (!e.part_of.empty() && !written.count(e.part_of)) continue;  // its container was left out
    written.insert(e.id);
    out.entities.push_back(i);
    w.BeginObject().Key("id").String(e.id).Key("name").String(e.name).Key("kind").String(EntityKindName(e.kind));
    if (!e.aliases.empty()) Strings(w, "aliases", e.aliases);
    if (!e.demonyms.empty()) Strings(w, "demonyms", e.demonyms);
    if (!e.code.empty()) w.Key("code").String(e.code);
    if (!e.part_of.empty()) w.Key("part_of").String(e.part_of);
    w.EndObject();
  }
  w.EndArray();
  std::set<std::string> ids;
  w.Key("facts").BeginArray();
  if (!draft.source_id.empty()) {
    for (std::size_t i = 0; i < draft.facts.size(); ++i) {
      const DraftFact& f = draft.facts[i];
      if (i < skip_fact.size() && skip_fact[i]) continue;
      const std::vector<std::string> named = Named(f);
      if (std::any_of(named.begin(), named.end(), [&](const std::string& id) { return !written.count(id); })) continue;
      std::string base = Kebab(f.id, 60);
      if (base.empty()) base = "fact";
      std::string id = base;
      for (int n = 2; ids.count(id); ++n) id = base + "-" + std::to_string(n);
      ids.insert(id);
      out.facts.push_back(i);
      Fact(w, f, id, draft.source_id);
    }
  }
  w.EndArray();
  w.EndObject();
  out.json = CompactLists(w.Take()) + "\n";
  return out;
}

}  // namespace claimcheck::draft
