// The loader's typed reader as the kinds use it (kinds/*.cpp read their own fields with it): the JsonReader
// vocabulary (strings, ids, numbers, dates at JSON pointers) plus the value forms several kinds share (figures,
// dates, spans, participants, quantity slots). Every problem becomes an Error at its JSON pointer.
#ifndef CLAIMCHECK_KINDS_READER_H_
#define CLAIMCHECK_KINDS_READER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "claimcheck/facts.h"
#include "facts/reader.h"

namespace claimcheck {

class KindReader : public loader::JsonReader {
 public:
  using JsonReader::JsonReader;
  using JsonReader::At;
  using JsonReader::Bool;
  using JsonReader::CheckObject;
  using JsonReader::Date;
  using JsonReader::Fail;
  using JsonReader::ForEachItem;
  using JsonReader::Id;
  using JsonReader::IdList;
  using JsonReader::Integer;
  using JsonReader::Number;
  using JsonReader::String;
  using JsonReader::StringList;

  // "values": [{"value": {...}, "source"?, "as_of"?, "label"?, "retracted"?, "note"?}, ...]; `counts`: numbers
  // must not be negative.
  void ReadValues(const loader::Json& object, const Fact& fact, bool counts, std::vector<ValueRange>* out);
  // {"on": d} | {"from": d, "to": d}: one range from the start of `from` to the end of `to`; "time" with "on".
  void ReadDateObject(const loader::Json& object, std::string_view key, std::optional<DateRange>* out,
                      std::optional<TimeWindow>* time = nullptr);
  // {"from"?: d, "to"?: d}, at least one; an omitted end is open (nullopt).
  void ReadSpan(const loader::Json& object, std::string_view key, std::optional<DateRange>* from,
                std::optional<DateRange>* to);
  void ReadParticipants(const loader::Json& object, Participants* out);
  // One quantity slot: measure, unit, values, and (with `own_triggers`) triggers; place.
  void ReadQuantitySlot(const loader::Json& object, const Fact& fact, bool own_triggers, QuantitySlot* out);

 private:
  void ReadValue(const loader::Json& v, bool counts, ValueRange* out);
  bool ReadFromTo(const loader::Json& v, std::optional<DateRange>* from, std::optional<DateRange>* to);
  void CheckParticipantList(const Participants& p);
  std::optional<TimeWindow> ReadTime(const loader::Json& v, std::string_view key);
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_KINDS_READER_H_
