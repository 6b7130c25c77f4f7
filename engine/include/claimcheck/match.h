// The checker: text in, report out.
//
// Pipeline: sentences -> mentions (numbers, dates, entities, offices) -> candidate facts (an index over trigger
// words and entities, built once) -> slot comparison -> one verdict per (sentence, fact) -> report.
// A Checker is immutable after construction and safe to share between threads; Check allocates only per call.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "claimcheck/dates.h"
#include "claimcheck/facts.h"
#include "claimcheck/report.h"

namespace claimcheck {

struct CheckOptions {
  // Publication date: resolves "last year", "on November 20", "on Tuesday". When absent, a dateline at the start
  // of the text ("Moscow, 25 April 2023 (TDI):") supplies it; without either, such dates are not checked.
  std::optional<CivilDate> date;
};

class Checker {
 public:
  explicit Checker(FactBase facts);
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;

  Report Check(std::string_view text, const CheckOptions& options = {}) const;
  const FactBase& facts() const;

 private:
  struct Index;
  std::unique_ptr<const Index> index_;
};

// The engine's version string ("0.1.0").
std::string_view EngineVersion();

}  // namespace claimcheck
