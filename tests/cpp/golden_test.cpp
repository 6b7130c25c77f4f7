// Golden reports: every tests/golden/<case>.txt is checked against the bundled fact base and its report must
// equal tests/golden/<case>.report.json byte for byte (the CLI's `check --format json` output, without --date:
// cases carry a dateline when they need a publication date).
// CLAIMCHECK_UPDATE_GOLDEN=1 rewrites the expected files instead, so a change in behaviour shows in `git diff`.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/match.h"

namespace claimcheck {
namespace {
namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("golden reports", "[golden]") {
  const fs::path dir = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests" / "golden";
  Result<FactBase> facts =
      FactBase::FromJson(Slurp(fs::path(CLAIMCHECK_SOURCE_DIR) / "facts" / "moscow-2023-04-25.json"), "bundled");
  REQUIRE(facts.ok());
  const Checker checker(std::move(facts.value()));
  const bool update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN") != nullptr;

  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 3);
  for (const fs::path& text_path : cases) {
    const std::string text = Slurp(text_path);
    const std::string report = ReportToJson(checker.Check(text, {}), text, 2) + "\n";
    fs::path expected_path = text_path;
    expected_path.replace_extension(".report.json");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << report;
      continue;
    }
    INFO(text_path.filename().string() << " (CLAIMCHECK_UPDATE_GOLDEN=1 rewrites the expected report)");
    CHECK(report == Slurp(expected_path));
  }
}

}  // namespace
}  // namespace claimcheck
