// What holds digits but is never a figure (non_figures.h): one pass for glued runs that are addresses, one for
// digit groups shaped like phone numbers.
#include "non_figures.h"

#include "number_core.h"
#include "outline.h"

namespace claimcheck {

using namespace std::string_view_literals;
namespace {

bool IsNorm(const std::vector<Token>& tokens, std::size_t i, std::string_view norm) {
  return i < tokens.size() && tokens[i].norm == norm;
}

bool Glued(const std::vector<Token>& tokens, std::size_t i) {
  return i > 0 && i < tokens.size() && Adjacent(tokens[i - 1], tokens[i]);
}

}  // namespace

CLAIMCHECK_OUTLINE void AddNonFigures(const std::vector<Token>& t, std::vector<ByteSpan>* spans) {
  const std::size_t n = t.size();
  std::size_t run = 0;  // first token of the current glued run
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && !Adjacent(t[i - 1], t[i])) run = i;
    const bool run_ends = i + 1 >= n || !Adjacent(t[i], t[i + 1]);
    if (!run_ends) continue;
    bool url = t[run].norm == "www"sv && run + 1 <= i && t[run + 1].norm == "."sv;
    bool domain = false;  // "bbc.co.uk": a dot between two words, which a '/' after it makes an address
    for (std::size_t k = run; k <= i && !url; ++k) {
      url = (t[k].norm == ":"sv && k + 2 <= i && t[k + 1].norm == "/"sv && t[k + 2].norm == "/"sv) ||
            (t[k].norm == "@"sv && k > run && k < i && t[k - 1].kind != TokenKind::kPunct) ||
            (domain && t[k].norm == "/"sv);
      domain = domain || (t[k].norm == "."sv && k > run && k < i && t[k - 1].kind == TokenKind::kWord &&
                          t[k + 1].kind == TokenKind::kWord);
    }
    if (url) spans->push_back({t[run].span.begin, t[i].span.end});
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t end = i;  // phone tokens [i, end)
    auto digits = [&](std::size_t k, std::size_t len) {
      return k < n && number_core::IsPlainDigits(t[k], len) && t[k].norm.size() == len;
    };
    auto dash = [&](std::size_t k) { return IsNorm(t, k, "-") && Glued(t, k) && Glued(t, k + 1); };
    if (IsNorm(t, i, "(") && digits(i + 1, 3) && IsNorm(t, i + 2, ")") && digits(i + 3, 3) && dash(i + 4) &&
        digits(i + 5, 4)) {
      end = i + 6;  // (555) 555-1212
    } else if (digits(i, 3) && dash(i + 1) && digits(i + 2, 3) && dash(i + 3) && digits(i + 4, 4)) {
      end = i + 5;  // 555-555-1212
    } else if (digits(i, 3) && dash(i + 1) && digits(i + 2, 4) && !Glued(t, i) && t[i].norm.back() != '0' &&
               t[i + 2].norm.back() != '0') {
      end = i + 3;  // 555-1212 (a range "300-1200" ends in zeros)
    } else if ((IsNorm(t, i, "+") && i + 1 < n && number_core::IsPlainDigits(t[i + 1], 3) && Glued(t, i + 1)) ||
               (number_core::IsPlainDigits(t[i], 5) && t[i].norm.size() >= 3 && t[i].norm[0] == '0' && !Glued(t, i))) {
      // +1 202 555 0143; 020 7946 0958: a group that starts the number, then at least one more group.
      std::size_t k = t[i].norm == "+"sv ? i + 2 : i + 1;
      std::size_t groups = 0;
      while (k < n && number_core::IsPlainDigits(t[k], 5) && !Glued(t, k)) ++k, ++groups;
      if (groups >= 1) end = k;
    }
    if (end > i) {
      spans->push_back({t[i].span.begin, t[end - 1].span.end});
      i = end - 1;
    }
  }
}

}  // namespace claimcheck
