// claimcheck_bench: times the engine natively, without the CLI's reading and printing. Every mode prints one JSON
// object on stdout (bench/run.sh collects them into bench/results.json).
//
//   claimcheck_bench throughput FILE [--runs N] [--date D]   Check() on the whole file, N timed runs after a warm-up
//   claimcheck_bench latency FILE [--iters N] [--date D]     Check() on FILE N times: p50, p95; and p50 of
//                                                            Check() + ReportToJson()
//   claimcheck_bench stories FILE [--runs N] [--date D]      Check() + ReportToJson() once per story (stories are
//                                                            separated by a blank line), as the WASM module and
//                                                            the JS peers are called: N timed passes after a warm-up
//   claimcheck_bench extract FILE [--date D]                 per story (stories are separated by a blank line): the
//                                                            sentences, numbers and dates the engine finds, for the
//                                                            accuracy comparison with the JS libraries
//   claimcheck_bench scale FACTS ARTICLE [--iters N] [--date D]
//                                                            load FACTS (parse, validate, index): time and memory;
//                                                            then Check() on ARTICLE: p50, p95
// Timing uses std::chrono::steady_clock; memory is the heap in use (mallinfo2) and the peak RSS (getrusage).
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/bundled.h"
#include "claimcheck/dates.h"
#include "claimcheck/match.h"
#include "claimcheck/numbers.h"
#include "claimcheck/report.h"
#include "claimcheck/text.h"

namespace {

using claimcheck::ByteSpan;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Args {
  std::string mode;
  std::vector<std::string> files;
  int runs = 5;
  int iters = 200;
  std::string date = "2023-04-25";
};

double Ms(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

// The value at quantile q of sorted samples (nearest rank).
double Quantile(std::vector<double> samples, double q) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(samples.size())));
  return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::optional<claimcheck::CivilDate> Day(const std::string& iso) {
  const auto range = claimcheck::ParseIsoDateRange(iso);
  if (!range) return std::nullopt;
  return claimcheck::CivilFromDays(range->first);
}

std::size_t HeapInUse() { return mallinfo2().uordblks; }
long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

claimcheck::Checker BundledChecker() {
  auto facts = claimcheck::FactBase::FromJson(claimcheck::BundledFactsJson(), claimcheck::BundledFactsFileName());
  return claimcheck::Checker(std::move(facts.value()));
}

json Throughput(const std::string& text, const Args& args) {
  const claimcheck::Checker checker = BundledChecker();
  claimcheck::CheckOptions options;
  options.date = Day(args.date);
  claimcheck::Report report = checker.Check(text, options);  // warm-up
  std::vector<double> ms;
  for (int i = 0; i < args.runs; ++i) {
    const auto start = Clock::now();
    report = checker.Check(text, options);
    ms.push_back(Ms(start, Clock::now()));
  }
  const double median = Quantile(ms, 0.5);
  return {{"bytes", text.size()}, {"runs_ms", ms}, {"median_ms", median},
          {"mb_per_s", static_cast<double>(text.size()) / 1e6 / (median / 1e3)},
          {"sentences", report.sentences}, {"claims", report.claims.size()}};
}

json Latency(const claimcheck::Checker& checker, const std::string& text, const Args& args) {
  claimcheck::CheckOptions options;
  options.date = Day(args.date);
  std::size_t claims = 0;
  for (int i = 0; i < 10; ++i) claims = checker.Check(text, options).claims.size();  // warm-up
  std::vector<double> ms;
  for (int i = 0; i < args.iters; ++i) {
    const auto start = Clock::now();
    claims += checker.Check(text, options).claims.size();
    ms.push_back(Ms(start, Clock::now()));
  }
  // The same with the report turned into JSON, as the WASM module returns it.
  std::vector<double> json_ms;
  for (int i = 0; i < args.iters; ++i) {
    const auto start = Clock::now();
    claims += claimcheck::ReportToJson(checker.Check(text, options), text).size();
    json_ms.push_back(Ms(start, Clock::now()));
  }
  // The sizes are summed and returned so that no compiler can drop the timed calls as unused.
  return {{"bytes", text.size()}, {"iters", args.iters}, {"work", claims}, {"p50_ms", Quantile(ms, 0.5)},
          {"p95_ms", Quantile(ms, 0.95)}, {"with_json_p50_ms", Quantile(json_ms, 0.5)},
          {"claims", checker.Check(text, options).claims.size()}};
}

const char* GranularityName(claimcheck::DateGranularity g) {
  switch (g) {
    case claimcheck::DateGranularity::kDay: return "day";
    case claimcheck::DateGranularity::kMonth: return "month";
    case claimcheck::DateGranularity::kYear: return "year";
    case claimcheck::DateGranularity::kDecade: return "decade";
  }
  return "day";
}

json DateJson(int days, claimcheck::DateGranularity g) {
  const claimcheck::CivilDate d = claimcheck::CivilFromDays(days);
  return {{"y", d.year}, {"m", d.month}, {"d", d.day}, {"granularity", GranularityName(g)}};
}

// The values a quantity stands for: the number as written ("half a million" -> 500000), else the ends of its
// interval that are finite ("10-20" -> 10, 20).
json QuantityValues(std::string_view text, const claimcheck::Quantity& q) {
  json values = json::array();
  if (auto v = claimcheck::ParseNumber(claimcheck::SpanText(text, q.number_span))) {
    values.push_back(*v);
    return values;
  }
  if (std::isfinite(q.low)) values.push_back(q.low);
  if (std::isfinite(q.high) && q.high != q.low) values.push_back(q.high);
  return values;
}

// One story: sentences, then dates and quantities per sentence, as the engine's analysis does (dates first,
// quantities excluding date spans).
json ExtractStory(std::string_view text, std::optional<claimcheck::CivilDate> reference) {
  json sentences = json::array(), numbers = json::array(), dates = json::array();
  for (const ByteSpan& span : claimcheck::SplitSentences(text)) {
    sentences.push_back(std::string(claimcheck::SpanText(text, span)));
    std::vector<ByteSpan> date_spans;
    for (const claimcheck::DateMention& m : claimcheck::FindDates(text, span, reference)) {
      date_spans.push_back(m.span);
      json date = DateJson(m.range.first, m.range.granularity);
      date["text"] = std::string(claimcheck::SpanText(text, m.span));
      dates.push_back(date);
    }
    for (const claimcheck::Quantity& q : claimcheck::FindQuantities(text, span, date_spans)) {
      numbers.push_back({{"text", std::string(claimcheck::SpanText(text, q.span))},
                         {"values", QuantityValues(text, q)}, {"vague", q.vague}, {"ordinal", q.is_ordinal}});
    }
  }
  return {{"sentences", sentences}, {"numbers", numbers}, {"dates", dates}};
}

std::vector<std::string_view> Stories(std::string_view text) {
  std::vector<std::string_view> stories;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view story = text.substr(start, end - start);
    while (!story.empty() && story.back() == '\n') story.remove_suffix(1);
    if (!story.empty()) stories.push_back(story);
    start = end + 2;
  }
  return stories;
}

json PerStory(const std::string& text, const Args& args) {
  const claimcheck::Checker checker = BundledChecker();
  claimcheck::CheckOptions options;
  options.date = Day(args.date);
  const std::vector<std::string_view> stories = Stories(text);
  std::size_t bytes = 0;
  for (std::string_view story : stories) bytes += story.size();
  std::size_t work = 0;
  std::vector<double> ms;
  for (int i = 0; i <= args.runs; ++i) {  // pass 0 warms up
    const auto start = Clock::now();
    for (std::string_view story : stories) work += claimcheck::ReportToJson(checker.Check(story, options), story).size();
    if (i > 0) ms.push_back(Ms(start, Clock::now()));
  }
  const double median = Quantile(ms, 0.5);
  // The JSON sizes are summed and returned so that no compiler can drop the timed calls as unused.
  return {{"bytes", bytes}, {"stories", stories.size()}, {"runs_ms", ms}, {"median_ms", median},
          {"mb_per_s", static_cast<double>(bytes) / 1e6 / (median / 1e3)},
          {"us_per_story", median * 1e3 / static_cast<double>(stories.size())}, {"work", work}};
}

json Extract(const std::string& text, const Args& args) {
  const auto reference = Day(args.date);
  const std::vector<std::string_view> stories = Stories(text);
  // Timed pass: the extraction steps alone, without building JSON.
  const auto start = Clock::now();
  std::size_t found = 0;
  for (std::string_view story : stories) {
    for (const ByteSpan& span : claimcheck::SplitSentences(story)) {
      std::vector<ByteSpan> date_spans;
      for (const auto& m : claimcheck::FindDates(story, span, reference)) date_spans.push_back(m.span);
      found += date_spans.size() + claimcheck::FindQuantities(story, span, date_spans).size();
    }
  }
  const double ms = Ms(start, Clock::now());
  json out = json::array();
  for (std::string_view story : stories) out.push_back(ExtractStory(story, reference));
  return {{"bytes", text.size()}, {"ms", ms}, {"mb_per_s", static_cast<double>(text.size()) / 1e3 / ms},
          {"mentions", found}, {"stories", out}};
}

json Scale(const std::string& facts_json, const std::string& name, const std::string& article, const Args& args) {
  const std::size_t heap_before = HeapInUse();
  const long rss_before = PeakRssKb();
  const auto start = Clock::now();
  auto facts = claimcheck::FactBase::FromJson(facts_json, name);
  const auto parsed = Clock::now();
  if (!facts.ok()) return {{"error", facts.errors().front().message}};
  const std::size_t fact_count = facts.value().facts().size();
  const std::size_t entity_count = facts.value().entities().size();
  const claimcheck::Checker checker(std::move(facts.value()));
  const auto indexed = Clock::now();
  json out = {{"facts", fact_count}, {"entities", entity_count}, {"json_bytes", facts_json.size()},
              {"load_ms", Ms(start, indexed)}, {"parse_validate_ms", Ms(start, parsed)},
              {"index_ms", Ms(parsed, indexed)},
              {"heap_bytes", static_cast<double>(HeapInUse()) - static_cast<double>(heap_before)},
              {"peak_rss_delta_kb", PeakRssKb() - rss_before}};
  out["check"] = Latency(checker, article, args);
  return out;
}

std::optional<Args> Parse(int argc, char** argv) {
  if (argc < 3) return std::nullopt;
  Args args;
  args.mode = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--runs" || arg == "--iters" || arg == "--date") && i + 1 < argc) {
      const std::string value = argv[++i];
      if (arg == "--runs") args.runs = std::stoi(value);
      if (arg == "--iters") args.iters = std::stoi(value);
      if (arg == "--date") args.date = value;
    } else {
      args.files.push_back(arg);
    }
  }
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  const std::optional<Args> args = Parse(argc, argv);
  const std::size_t want = args && args->mode == "scale" ? 2 : 1;
  if (!args || args->files.size() != want) {
    std::cerr << "usage: claimcheck_bench throughput|latency|stories|extract FILE | scale FACTS ARTICLE "
                 "[--runs N] [--iters N] [--date YYYY-MM-DD]\n";
    return 2;
  }
  std::vector<std::string> contents;
  for (const std::string& path : args->files) {
    auto text = ReadFile(path);
    if (!text) {
      std::cerr << "claimcheck_bench: cannot read " << path << "\n";
      return 1;
    }
    contents.push_back(std::move(*text));
  }
  json out;
  if (args->mode == "throughput") out = Throughput(contents[0], *args);
  else if (args->mode == "latency") out = Latency(BundledChecker(), contents[0], *args);
  else if (args->mode == "stories") out = PerStory(contents[0], *args);
  else if (args->mode == "extract") out = Extract(contents[0], *args);
  else if (args->mode == "scale") out = Scale(contents[0], args->files[0], contents[1], *args);
  else {
    std::cerr << "claimcheck_bench: unknown mode " << args->mode << "\n";
    return 2;
  }
  std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  return out.contains("error") ? 1 : 0;
}
