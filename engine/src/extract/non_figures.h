// Private to the numbers unit: spans of glued tokens that hold digits but are never a figure.
#ifndef CLAIMCHECK_SRC_EXTRACT_NON_FIGURES_H_
#define CLAIMCHECK_SRC_EXTRACT_NON_FIGURES_H_

#include <vector>

#include "claimcheck/text.h"

namespace claimcheck {

// Appends the spans of URLs ("https://...", "www.x.org/2023/...", "bbc.co.uk/news/12345"), e-mail addresses and
// phone numbers ("555-1212", "555-555-1212", "(555) 555-1212", "+1 202 555 0143", "020 7946 0958") among
// `tokens`, in text order. One pass over the tokens.
void AddNonFigures(const std::vector<Token>& tokens, std::vector<ByteSpan>* spans);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SRC_EXTRACT_NON_FIGURES_H_
