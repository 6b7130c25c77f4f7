// Drafting a fact base from a trusted report (draft.h). The pipeline is the checker's own, run the other way:
// the dateline dates and places the report; the extraction (extract.h) gives its figures and dates; sentences are
// read with the engine's tokens, gazetteer and office table; each figure, rank, date and titled person becomes a
// fact. What is written is then loaded and linted with the engine's own loader and lint: a fact or entity that
// would not load or would warn is left out and the base written again, so what comes back always loads cleanly.
#include "claimcheck/draft.h"

#include <algorithm>

#include "draft/internal.h"
#include "draft/write.h"
#include "match/lint.h"

namespace claimcheck {
namespace {

constexpr int kMaxRewrites = 16;

std::string Trimmed(std::string_view s) {
  const char* kSpace = " \t\r\n\f\v";
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return "";
  const std::size_t last = s.find_last_not_of(kSpace);
  return std::string(s.substr(first, last - first + 1));
}

// The index after "/facts/" or "/entities/" in a JSON pointer, or -1.
long long IndexAfter(const std::string& pointer, std::string_view prefix) {
  if (pointer.compare(0, prefix.size(), prefix) != 0) return -1;
  long long n = 0;
  std::size_t i = prefix.size();
  if (i >= pointer.size() || pointer[i] < '0' || pointer[i] > '9') return -1;
  for (; i < pointer.size() && pointer[i] >= '0' && pointer[i] <= '9' && n < 1'000'000'000; ++i) n = n * 10 + (pointer[i] - '0');
  return n;
}

// Marks what each problem points at; false when one points at neither a fact nor an entity.
bool MarkProblems(const std::vector<Error>& problems, const draft::WrittenDraft& written, std::vector<bool>* skip_fact,
                  std::vector<bool>* skip_entity) {
  bool all_marked = true;
  for (const Error& e : problems) {
    const long long fact = IndexAfter(e.pointer, "/facts/");
    const long long entity = IndexAfter(e.pointer, "/entities/");
    if (fact >= 0 && static_cast<std::size_t>(fact) < written.facts.size()) {
      (*skip_fact)[written.facts[static_cast<std::size_t>(fact)]] = true;
    } else if (entity >= 0 && static_cast<std::size_t>(entity) < written.entities.size()) {
      (*skip_entity)[written.entities[static_cast<std::size_t>(entity)]] = true;
    } else {
      all_marked = false;
    }
  }
  return all_marked;
}

// The source: the options, else the dateline; the date is the reference date, else the latest date the report
// writes in full (with a note), else none (then the draft has no source and no facts).
void SetSource(std::string_view text, const DraftOptions& options, const draft::Dateline& dateline,
               const Extraction& extraction, draft::Draft* d) {
  d->publisher = Trimmed(options.publisher);
  if (d->publisher.empty()) d->publisher = dateline.publisher;
  if (d->publisher.empty()) {
    d->publisher = "unknown publisher";
    d->notes.push_back("The report names no publisher: set the source's publisher.");
  }
  d->title = Trimmed(options.source_title);
  if (d->title.empty()) d->title = Trimmed(draft::TitleFrom(text, dateline));
  if (d->title.empty()) d->title = "Untitled report";
  d->url = Trimmed(options.url);
  if (d->reference) {
    const CivilDate r = *d->reference;
    d->date = draft::IsoDate(DateRange{DaysFromCivil(r.year, r.month, r.day), DaysFromCivil(r.year, r.month, r.day),
                                       DateGranularity::kDay});
  } else {
    const DateMention* latest = nullptr;
    for (const DateMention& m : extraction.dates) {
      if (m.resolved && !m.relative && !m.year_inferred && m.anchor == DateAnchor::kNone &&
          m.range.granularity != DateGranularity::kDecade && (!latest || m.range.last > latest->range.last)) {
        latest = &m;
      }
    }
    if (!latest) {
      d->notes.push_back("The report has no date and none was given (--date): no source, so no facts.");
      return;
    }
    d->date = draft::IsoDate(latest->range);
    d->notes.push_back("The report has no date and none was given: the source is dated by the latest date it "
                       "writes in full; set the publication date.");
  }
  std::string id = draft::Kebab(d->publisher, 32);
  d->source_id = (id.empty() ? "source" : id) + "-" + draft::Kebab(d->date);
}

}  // namespace

Result<std::string> DraftFacts(std::string_view text, const DraftOptions& options) {
  const std::string url = Trimmed(options.url);
  if (!url.empty() && url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
    return Result<std::string>::Fail({Error{"invalid-url", "expected an http:// or https:// address, found \"" + url +
                                                               "\"", "", "", 0, 0}});
  }
  if (options.date && (options.date->year < 1000 || options.date->year > 9999 ||
                       !IsValidDate(options.date->year, options.date->month, options.date->day))) {
    return Result<std::string>::Fail({Error{"bad-date", "the date must be a real day of the years 1000 to 9999", "",
                                            "", 0, 0}});
  }
  draft::Draft d;
  const draft::Dateline dateline = draft::ReadDateline(text);
  d.reference = options.date ? options.date : dateline.date;
  d.reference_from = options.date ? ReferenceSource::kOption : dateline.date ? ReferenceSource::kDateline
                                                                             : ReferenceSource::kNone;
  ExtractOptions extract;
  extract.date = d.reference;
  const Extraction extraction = Extract(text, extract);
  SetSource(text, options, dateline, extraction, &d);
  std::vector<draft::Sentence> sentences = draft::ReadSentences(text, dateline.end, extraction);
  draft::FindEntities(text, dateline, &d, &sentences);
  draft::Classify(text, d, &sentences);
  for (const draft::Sentence& s : sentences) {
    if (d.facts.size() >= kMaxDraftFacts) {
      d.notes.push_back("The draft stops at " + std::to_string(kMaxDraftFacts) + " facts.");
      break;
    }
    draft::DraftRoles(text, s, &d);
    draft::DraftFigures(text, s, &d);
    draft::DraftOrdinals(text, s, &d);
    draft::DraftDated(text, s, &d);
  }
  std::stable_sort(d.facts.begin(), d.facts.end(),
                   [](const draft::DraftFact& a, const draft::DraftFact& b) { return a.position < b.position; });
  if (d.facts.size() > kMaxDraftFacts) d.facts.resize(kMaxDraftFacts);
  std::vector<bool> skip_fact(d.facts.size(), false), skip_entity(d.entities.size(), false);
  for (int round = 0; round < kMaxRewrites; ++round) {
    draft::WrittenDraft written = draft::WriteDraft(d, skip_fact, skip_entity);
    std::vector<Error> problems = ValidateFacts(written.json, "draft.json");
    if (problems.empty()) {
      Result<FactBase> base = FactBase::FromJson(written.json, "draft.json");
      if (base.ok()) problems = LintFacts(base.value());
      if (problems.empty()) return Result<std::string>::Ok(std::move(written.json));
    }
    if (!MarkProblems(problems, written, &skip_fact, &skip_entity)) break;
  }
  // What cannot be told apart from the whole is dropped with it: the source and the entities alone, else nothing.
  std::fill(skip_fact.begin(), skip_fact.end(), true);
  draft::WrittenDraft bare = draft::WriteDraft(d, skip_fact, skip_entity);
  if (ValidateFacts(bare.json, "draft.json").empty()) return Result<std::string>::Ok(std::move(bare.json));
  d.entities.clear();
  d.title = "Untitled report";
  bare = draft::WriteDraft(d, {}, {});
  if (ValidateFacts(bare.json, "draft.json").empty()) return Result<std::string>::Ok(std::move(bare.json));
  return Result<std::string>::Fail({Error{"internal", "the draft would not load", "", "", 0, 0}});
}

}  // namespace claimcheck
