// The report JSON of report.h written a batch of claims at a time, so that a report can leave for its reader while
// the text is still being checked (StreamReport in api.h): the opening and the claims first, then, once the text
// is checked, the contested figures and the sentence count, which is all that needs the whole text. ReportToJson
// is this writer given every claim at once, so the bytes are the same whatever the batches.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.h"
#include "report/json_writer.h"
#include "report/utf16_offsets.h"

namespace claimcheck {

class ReportJsonWriter {
 public:
  // Takes a full chunk of JSON; false when it could not be written (the writer then writes nothing more).
  using Sink = std::function<bool(std::string_view)>;

  // `text`: the text the claims are about (it must outlive the writer). `indent` as in ReportToJson. `head`:
  // members written as they are right after the opening brace, each with its comma ("\"id\":7,"). With a `sink`,
  // whenever chunk_bytes or more are buffered the buffer goes to it, cut between two claims; without one, every
  // byte stays in buffer().
  ReportJsonWriter(std::string_view text, int indent, std::string_view head = {}, const Sink* sink = nullptr,
                   std::size_t chunk_bytes = 0);

  void Reserve(std::size_t bytes) { json_.Reserve(bytes); }
  // The next claims, in document order: their offsets come after every offset of the claims written before.
  // False once the sink failed.
  bool AddClaims(const std::vector<Claim>& claims);
  // Closes the claims and writes the figures and the sentence count; the end stays in buffer(). False once the sink
  // failed.
  bool Finish(const std::vector<FigureRecord>& figures, std::size_t sentences);
  // The bytes not handed to the sink yet.
  std::string& buffer() { return json_.buffer(); }
  bool ok() const { return ok_; }

 private:
  void WriteClaim(const Claim& c, const Utf16Offsets& utf16);

  std::string_view text_;
  JsonWriter json_;
  const Sink* sink_;
  std::size_t chunk_bytes_;
  Utf16Resume resume_;
  std::size_t flushed_ = 0;  // bytes handed to the sink
  bool ok_ = true;
};

}  // namespace claimcheck
