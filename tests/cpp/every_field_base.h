// A fact base touching every field the format holds: units, offices, every kind of fact, a time of day, open and
// closed value ranges, as-of dates, a retraction, part_of chains, participants with a count. Shared by the
// compiled-format tests (tests/cpp/compiled_test.cpp) and their fuzz target (tests/fuzz/fuzz_compiled.cpp).
#ifndef CLAIMCHECK_TESTS_EVERY_FIELD_BASE_H_
#define CLAIMCHECK_TESTS_EVERY_FIELD_BASE_H_

namespace claimcheck_test {

constexpr const char* kEveryFieldBase = R"json({
  "name": "compiled-test", "version": "7", "description": "every field once",
  "units": [{"id": "lunar-day", "dimension": "duration", "factor": 29.53, "names": ["lunar day", "lunar days"]}],
  "offices": [{"name": "chief executive", "titles": ["CEO", "boss"], "holders": "one"}],
  "sources": [{"id": "src", "title": "T", "publisher": "Agency", "date": "2023-04-25", "url": "https://example.org/a",
               "aliases": ["the agency"]},
              {"id": "src2", "title": "U", "publisher": "Monitor", "date": "2023-04-26"}],
  "entities": [{"id": "syria", "name": "Syria", "kind": "country", "code": "SYR", "aliases": ["Syria"],
                "demonyms": ["Syrian"], "metonyms": ["Damascus government"]},
               {"id": "aleppo", "name": "Aleppo", "kind": "city", "part_of": "syria", "aliases": ["Aleppo"]},
               {"id": "acme", "name": "Acme", "kind": "organization", "aliases": ["Acme Corp"]},
               {"id": "jane", "name": "Jane Roe", "kind": "person", "aliases": ["Jane Roe", "Roe"]},
               {"id": "john", "name": "John Doe", "kind": "person", "aliases": ["John Doe", "Doe"]}],
  "facts": [
    {"id": "toll", "kind": "quantity", "statement": "The war killed about 500,000 people.", "sources": ["src", "src2"],
     "triggers": ["killed", "death toll"], "about": {"entities": ["syria"]}, "measure": "deaths", "unit": "people",
     "values": [{"value": {"approx": 500000}, "source": "src", "label": "about 500,000", "as_of": "2023-03"},
                {"value": {"min": 300000}, "source": "src2"},
                {"value": {"exact": 1000}, "source": "src2", "retracted": true, "note": "withdrawn"}]},
    {"id": "meeting", "kind": "event", "statement": "Jane Roe met John Doe in Aleppo on 25 April 2023.",
     "sources": ["src"], "triggers": ["met"], "about": {"entities": [], "terms": [["talks", "meeting"]]},
     "date": {"on": "2023-04-25", "time": "09:30/11:00+03:00"}, "place": "aleppo",
     "participants": {"entities": ["jane", "john"], "closed": true, "count": 2}},
    {"id": "ceo", "kind": "role", "statement": "Jane Roe is Acme's chief executive.", "sources": ["src"],
     "triggers": ["chief executive"], "about": {}, "person": "jane", "office": "chief executive", "of": "acme",
     "valid": {"from": "2020-01"}, "as_of": "2023-04-25", "predecessor": "john"},
    {"id": "raids", "kind": "count", "statement": "Three raids since 2016.", "sources": ["src"], "triggers": ["raids"],
     "about": {"entities": ["syria"]}, "counted": "raids", "actor": "acme", "period": {"from": "2016"},
     "values": [{"value": {"exact": 3}}], "items": ["first", "second", "third"]},
    {"id": "years", "kind": "period", "statement": "They worked together in the 2000s.", "sources": ["src"],
     "triggers": ["worked together"], "about": {}, "period": {"from": "2000s", "to": "2009"},
     "participants": {"entities": ["jane", "john"]}},
    {"id": "round", "kind": "ordinal", "statement": "The 19th round of talks.", "sources": ["src"],
     "triggers": ["round"], "about": {}, "ordinal": 19, "series": "Talks on Syria", "date": {"on": "2023-06"}}
  ]})json";

}  // namespace claimcheck_test

#endif  // CLAIMCHECK_TESTS_EVERY_FIELD_BASE_H_
