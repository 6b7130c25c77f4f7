// The checker: text in, report out.
//
// Pipeline: sentences -> mentions (numbers, dates, entities, offices) -> candidate facts (an index over trigger
// words and entities, built once) -> slot comparison -> one verdict per (sentence, fact) -> report.
// A Checker is immutable after construction and safe to share between threads; Check allocates only per call.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "claimcheck/dates.h"
#include "claimcheck/facts.h"
#include "claimcheck/report.h"

namespace claimcheck {

struct CheckOptions {
  // Publication date: resolves "last year", "on November 20", "on Tuesday". When absent, a dateline at the start
  // of the text ("Moscow, 25 April 2023 (TDI):") supplies it; without either, such dates are not checked.
  std::optional<CivilDate> date;
};

class CheckRun;

class Checker {
 public:
  explicit Checker(FactBase facts);
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;

  Report Check(std::string_view text, const CheckOptions& options = {}) const;
  // The same check a slice at a time (CheckRun::Advance): the report is the one Check gives, whatever the slices.
  // `text` and this Checker must outlive the run.
  CheckRun Begin(std::string_view text, const CheckOptions& options = {}) const;
  const FactBase& facts() const;

 private:
  friend class CheckRun;
  struct Index;
  std::unique_ptr<const Index> index_;
};

// One text being checked. The publication date (or the dateline) is resolved once, at Begin, for the whole text;
// each Advance checks whole sentences in text order.
class CheckRun {
 public:
  CheckRun();  // an empty run: done, with an empty report (what a failed Result holds)
  ~CheckRun();
  CheckRun(CheckRun&&) noexcept;
  CheckRun& operator=(CheckRun&&) noexcept;

  // Checks sentences until at least `budget_bytes` more bytes of the text were read, or the text ends (at least
  // one sentence per call). Returns true once the whole text is checked.
  bool Advance(std::size_t budget_bytes);
  bool done() const;
  std::size_t bytes_read() const;  // how far into the text the run has read (bytes)
  std::size_t bytes_total() const;
  const Report& report() const;  // claims so far and not taken, in document order
  // The claims found since the last call, in document order, moved out: a caller that writes them as the run goes
  // holds a slice's claims at a time, not the text's. The run keeps what the figures of the report need.
  std::vector<Claim> TakeClaims();
  // A copy of the run as it is now (the claims not taken, where it has read, what the last sentence named): from
  // here both give the same claims. Cheap between slices: the claims taken, what is copied is small.
  CheckRun Fork() const;
  // The report; the run is spent. Its claims are those not taken by TakeClaims; its figures are the records of
  // every claim of the run, taken or not.
  Report TakeReport();

 private:
  friend class Checker;
  struct State;
  explicit CheckRun(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// The engine's version string ("0.1.0").
std::string_view EngineVersion();

}  // namespace claimcheck
