// Errors as values: what the engine returns instead of throwing.
//
// An Error says what went wrong (`code`, a stable kebab-case identifier callers may switch on), in words
// (`message`: what was expected and what was found) and where (`file`, a JSON pointer such as
// "/facts/3/values/0/value/min", and for syntax errors a 1-based line and column). A Result<T> holds either a value
// or at least one Error. Nothing here throws, prints or aborts.
#ifndef CLAIMCHECK_RESULT_H_
#define CLAIMCHECK_RESULT_H_

#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

struct Error {
  std::string code;     // e.g. "syntax", "missing-field", "duplicate-id"; see facts/README.md for the list
  std::string message;  // one line of plain English, no location prefix
  std::string file;     // as given by the caller ("facts.json"); may be empty
  std::string pointer;  // RFC 6901 JSON pointer; "" is the whole document
  int line = 0;         // 1-based; 0 when the error is not tied to a position in the text
  int column = 0;       // 1-based, in Unicode code points within the line; 0 with line
};

// Either a T or a non-empty list of errors. T must be default-constructible: value() of a failed Result is a
// default-constructed T, never undefined behaviour.
template <typename T>
class Result {
 public:
  static Result Ok(T value) {
    Result r;
    r.value_ = std::move(value);
    return r;
  }
  // An empty list still makes a failed Result (with one "internal" error), so ok() == errors().empty().
  static Result Fail(std::vector<Error> errors) {
    Result r;
    r.errors_ = std::move(errors);
    if (r.errors_.empty()) r.errors_.push_back(Error{"internal", "failed without a reason", "", "", 0, 0});
    return r;
  }

  bool ok() const { return errors_.empty(); }
  const T& value() const { return value_; }
  T& value() { return value_; }
  const std::vector<Error>& errors() const { return errors_; }

 private:
  Result() = default;

  T value_{};
  std::vector<Error> errors_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_RESULT_H_
