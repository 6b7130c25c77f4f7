// What a figure is said of (figures.cpp reads it, quantities.cpp writes the fact).
#ifndef CLAIMCHECK_DRAFT_FIGURES_H_
#define CLAIMCHECK_DRAFT_FIGURES_H_

#include <string>
#include <string_view>
#include <vector>

#include "draft/internal.h"

namespace claimcheck::draft {

struct FigureContext {
  Phrase measure;              // the noun phrase it measures ("deposit facility rate"), may be empty
  std::string measure_head;    // "rate" in "the rate on the main refinancing operations" (then `measure` is what
                               // follows "on the")
  std::size_t verb = static_cast<std::size_t>(-1);  // the verb it is tied to ("raised", "cost", "weighing")
  std::string prep;            // the word right before it: "by" (a change), "to", "at", ...
  Phrase noun;                 // what follows it: what it counts ("invited countries"), what it is an amount of
                               // ("package"); may be empty
  Phrase noun_of;              // "military aid" in "package of military aid"
  std::string noun_term;       // "euro" in "countries that share the euro"
  std::string owner_noun;      // the subject's noun when no entity is named ("mission", "lander", "bank")
  int owner = -1;              // the entity the verb's subject names ("a rover named Pragyan that weighs")
  bool converted = false;      // "($75 million)": the report's conversion of the figure before it
  bool length_of = false;      // "a three-day summit": the length of `noun`
};

FigureContext ReadFigure(std::string_view text, const Sentence& s, const FigureAt& f);
// "deposit facility rate" -> {"deposit facility rate", "deposit rate"}; empty for a one-word measure.
std::vector<std::string> MeasureVariants(const Sentence& s, const FigureContext& c);
std::string MeasureText(std::string_view text, const Sentence& s, const FigureContext& c, const Quantity& q);
// Whether the phrase before the figure is its measure (else the noun after it: "eight invited countries").
bool MeasureFirst(const FigureContext& c, const Quantity& q);
// Verbs that name the measure itself ("cost", "weighs", "killed").
bool NamesMeasure(std::string_view verb);
// The quantity or count fact of one figure (quantities.cpp).
void AddFigureFact(std::string_view text, const Sentence& s, const FigureAt& f, const FigureContext& c, Draft* draft);

}  // namespace claimcheck::draft

#endif  // CLAIMCHECK_DRAFT_FIGURES_H_
