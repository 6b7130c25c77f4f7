// Tests for text.h: spans, sentence splitting, folding, tokenizing.
#include "claimcheck/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using claimcheck::ByteSpan;
using claimcheck::Fold;
using claimcheck::kMaxSentenceBytes;
using claimcheck::SplitSentences;
using claimcheck::Token;
using claimcheck::Tokenize;
using claimcheck::TokenKind;

namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (ByteSpan s : SplitSentences(text)) out.emplace_back(claimcheck::SpanText(text, s));
  return out;
}

std::vector<Token> All(std::string_view text) { return Tokenize(text, {0, text.size()}); }

// Token norms joined by '|', numbers marked with '#', punct with '~', possessives with "'s".
std::string Norms(std::string_view text) {
  std::string out;
  for (const Token& t : All(text)) {
    if (!out.empty()) out += '|';
    if (t.kind == TokenKind::kNumber) out += '#';
    if (t.kind == TokenKind::kPunct) out += '~';
    out += t.norm;
    if (t.possessive) out += "'s";
  }
  return out;
}

struct SentenceCase {
  const char* text;
  std::vector<std::string> expected;
};

void CheckSentences(const std::vector<SentenceCase>& cases) {
  for (const SentenceCase& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.expected);
  }
}

}  // namespace

TEST_CASE("Overlaps and SpanText", "[text]") {
  CHECK(claimcheck::Overlaps({0, 5}, {4, 8}));
  CHECK_FALSE(claimcheck::Overlaps({0, 5}, {5, 8}));  // half-open
  CHECK_FALSE(claimcheck::Overlaps({3, 3}, {0, 8}));  // empty spans overlap nothing
  CHECK(claimcheck::Overlaps({2, 3}, {0, 8}));
  CHECK(claimcheck::SpanText("hello", {1, 3}) == "el");
  CHECK(claimcheck::SpanText("hello", {3, 99}) == "lo");  // clamped
  CHECK(claimcheck::SpanText("hello", {7, 2}).empty());
}

// Plain terminators, whitespace trimming, empty input.
TEST_CASE("SplitSentences basics", "[text][sentences]") {
  CheckSentences({
      {"", {}},
      {"   \n\t ", {}},
      {"One fact. Another fact!", {"One fact.", "Another fact!"}},
      {"  Padded sentence.   Next one?  ", {"Padded sentence.", "Next one?"}},
      {"No terminator at all", {"No terminator at all"}},
      {"Is it true? Yes! It is.", {"Is it true?", "Yes!", "It is."}},
      {"Stop!! Now.", {"Stop!!", "Now."}},
      {"lower case after a stop. is not a new sentence.", {"lower case after a stop. is not a new sentence."}},
      {"Dots glued.Together stay", {"Dots glued.Together stay"}},
      {"The site example.com is up. Yes.", {"The site example.com is up.", "Yes."}},
  });
}

// Abbreviations from the table, initials, dotted initialisms, numbers and dates.
TEST_CASE("SplitSentences abbreviations", "[text][sentences]") {
  CheckSentences({
      {"Mr. Smith met Dr. Jones. They talked.", {"Mr. Smith met Dr. Jones.", "They talked."}},
      {"Roe v. Wade was decided in 1973. It stood for decades.", {"Roe v. Wade was decided in 1973.", "It stood for decades."}},
      {"Gen. Akar spoke. Mrs. Lee and Ms. Park listened.", {"Gen. Akar spoke.", "Mrs. Lee and Ms. Park listened."}},
      {"They met on Dec. 28 in the capital.", {"They met on Dec. 28 in the capital."}},
      {"The deadline is Nov. 5, 2022. It passed.", {"The deadline is Nov. 5, 2022.", "It passed."}},
      {"Talks began in Jan. 2023 and ended. Then war.", {"Talks began in Jan. 2023 and ended.", "Then war."}},
      {"It happened in Dec. The next year was calm.", {"It happened in Dec.", "The next year was calm."}},
      {"He lives at No. 10 Downing St. in London.", {"He lives at No. 10 Downing St. in London."}},
      {"He said No. Then he left.", {"He said No.", "Then he left."}},
      {"The U.S. Congress voted. The bill passed.", {"The U.S. Congress voted.", "The bill passed."}},
      {"Troops left the U.S. The war ended.", {"Troops left the U.S.", "The war ended."}},
      {"It was J. R. Smith who won.", {"It was J. R. Smith who won."}},
      {"Shares of Apple Inc. rose. The index fell.", {"Shares of Apple Inc. rose.", "The index fell."}},
      {"He joined Acme Inc. The firm grew.", {"He joined Acme Inc.", "The firm grew."}},
      {"Prices rose 3.5 percent. Wages did not.", {"Prices rose 3.5 percent.", "Wages did not."}},
      {"It cost $1.5 billion. Really.", {"It cost $1.5 billion.", "Really."}},
      {"We met at 10 a.m. The talks lasted hours.", {"We met at 10 a.m.", "The talks lasted hours."}},
      {"Fruit, e.g. apples, sold well.", {"Fruit, e.g. apples, sold well."}},
  });
}

// Closing quotes and brackets after the stop; ellipses.
TEST_CASE("SplitSentences quotes and ellipses", "[text][sentences]") {
  CheckSentences({
      {"\"Half are dead.\" She said it twice.", {"\"Half are dead.\"", "She said it twice."}},
      {"\xE2\x80\x9CHalf are dead.\xE2\x80\x9D She said it.",
       {"\xE2\x80\x9CHalf are dead.\xE2\x80\x9D", "She said it."}},
      {"\xE2\x80\x9CStop!\xE2\x80\x9D he shouted.", {"\xE2\x80\x9CStop!\xE2\x80\x9D he shouted."}},
      {"It rained (a lot). Then sun.", {"It rained (a lot).", "Then sun."}},
      {"(It rained a lot.) Then sun.", {"(It rained a lot.)", "Then sun."}},
      {"We waited... and waited. Done.", {"We waited... and waited.", "Done."}},
      {"We waited... Nobody came.", {"We waited...", "Nobody came."}},
      {"We waited\xE2\x80\xA6 Nobody came.", {"We waited\xE2\x80\xA6", "Nobody came."}},
      {"He asked: \"Why?\" Nobody knew.", {"He asked: \"Why?\"", "Nobody knew."}},
  });
}

// Newlines: blank lines, complete lines, headlines, wrapped lines, CRLF.
TEST_CASE("SplitSentences newlines", "[text][sentences]") {
  CheckSentences({
      {"Read more: Title of the article\nNext sentence here.",
       {"Read more: Title of the article", "Next sentence here."}},
      {"Read more: Iran and Turkey Hold Talks on Syria\nNext sentence.",
       {"Read more: Iran and Turkey Hold Talks on Syria", "Next sentence."}},
      {"A heading without stop\n\nBody text.", {"A heading without stop", "Body text."}},
      {"first paragraph\n\nsecond paragraph", {"first paragraph", "second paragraph"}},
      {"Dear Mr.\n\nSmith wrote.", {"Dear Mr.", "Smith wrote."}},
      {"Items:\nApples and pears", {"Items:", "Apples and pears"}},
      {"Line one ends here.\nline two starts lower.", {"Line one ends here.", "line two starts lower."}},
      {"This long sentence was wrapped by an email client at some column and\ncontinues on the next line.",
       {"This long sentence was wrapped by an email client at some column and\ncontinues on the next line."}},
      {"A sentence that was hard-wrapped after a lower-case word like since\nSeptember carries on.",
       {"A sentence that was hard-wrapped after a lower-case word like since\nSeptember carries on."}},
      {"Short lines,\nkeep going.", {"Short lines,\nkeep going."}},
      {"Windows line one.\r\nWindows line two.\r\n", {"Windows line one.", "Windows line two."}},
      {"Heading\r\n\r\nBody.", {"Heading", "Body."}},
      {"Title Line\nBody starts Here.", {"Title Line", "Body starts Here."}},
  });
}

// Every non-space byte lands in exactly one sentence, including odd bytes.
TEST_CASE("SplitSentences covers every non-space byte", "[text][sentences]") {
  const std::vector<std::string> texts = {
      "A. B. C.",
      "\xFF\xFE broken. Bytes \xC3 here.",
      "emoji \xF0\x9F\x98\x80. Next \xE4\xB8\xAD\xE6\x96\x87.",
      "\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9\xE3\x80\x82",
      "....",
      "?!?! ok. ...\n\n\n...",
      "Mr.\nSmith",
      "end.\xC2\xA0 Start\xE2\x80\x83 again.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    std::vector<int> seen(text.size(), 0);
    std::size_t prev_end = 0;
    for (ByteSpan s : SplitSentences(text)) {
      CHECK(s.begin < s.end);
      CHECK(s.begin >= prev_end);
      prev_end = s.end;
      for (std::size_t k = s.begin; k < s.end; ++k) ++seen[k];
    }
    for (std::size_t k = 0; k < text.size(); ++k) {
      const char c = text[k];
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        CHECK(seen[k] <= 1);
      } else if (static_cast<unsigned char>(c) < 0x80) {
        CHECK(seen[k] == 1);
      }
    }
  }
  CHECK(Sentences("\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9\xE3\x80\x82") ==
        std::vector<std::string>{"\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82", "\xE6\x98\x8E\xE5\xA4\xA9\xE3\x80\x82"});
  CHECK(Sentences("end.\xC2\xA0 Start\xE2\x80\x83 again.") ==
        std::vector<std::string>{"end.", "Start\xE2\x80\x83 again."});
}

TEST_CASE("SplitSentences is linear on a long sentence", "[text][sentences]") {
  std::string text;
  for (int k = 0; k < 200000; ++k) text += "word ";
  // Past kMaxSentenceBytes it comes out in pieces cut between words, together holding every word.
  const auto spans = SplitSentences(text);
  REQUIRE(spans.size() == (text.size() + kMaxSentenceBytes - 1) / kMaxSentenceBytes);
  CHECK(spans.front().begin == 0);
  CHECK(spans.back().end == text.size() - 1);
  for (std::size_t i = 1; i < spans.size(); ++i) {
    CHECK(spans[i - 1].end - spans[i - 1].begin <= kMaxSentenceBytes);
    CHECK(spans[i].begin == spans[i - 1].end + 1);
  }
  std::string dots(300000, '.');
  CHECK(SplitSentences(dots).size() == (dots.size() + kMaxSentenceBytes - 1) / kMaxSentenceBytes);
}

// Fold: case, Latin table, punctuation, spaces, invalid bytes.
TEST_CASE("Fold", "[text][fold]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"", ""},
      {"Syria WAR", "syria war"},
      {"T\xC3\xBCrkiye", "turkiye"},  // Türkiye
      {"Erdo\xC4\x9F"
       "an",
       "erdogan"},                                 // Erdoğan
      {"\xC4\xB0stanbul \xC4\xB1", "istanbul i"},  // İstanbul ı
      {"\xC5\x9F"
       "am \xC5\x9E",
       "sam s"},                           // şam Ş
      {"caf\xC3\xA9 \xC3\x89", "cafe e"},  // café É
      {"Stra\xC3\x9F"
       "e",
       "strasse"},                                            // Straße
      {"\xC3\x86on \xC5\x92uvre \xC3\x98", "aeon oeuvre o"},  // Æon Œuvre Ø
      {"\xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       "lodz"},                                    // Łódź
      {"\xC3\x97 \xC3\xB7", "\xC3\x97 \xC3\xB7"},  // × ÷ pass through
      {"Syria\xE2\x80\x99s \xE2\x80\x98x\xE2\x80\x99", "syria's 'x'"},
      {"\xE2\x80\x9Cquoted\xE2\x80\x9D", "\"quoted\""},
      {"a\xE2\x80\x93"
       "b\xE2\x80\x94"
       "c\xE2\x80\x91"
       "d\xE2\x88\x92"
       "e",
       "a-b-c-d-e"},
      {"no\xC2\xA0"
       "break\xE2\x80\x89thin\xE3\x80\x80wide",
       "no break thin wide"},
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // Москва
      {"\xF0\x9F\x98\x80 ok", "\xF0\x9F\x98\x80 ok"},
      {"bad\xFF\xC3", "bad??"},
      {"\xE0\x80\xAF", "???"},       // overlong '/'
      {"\xED\xA0\x80", "???"},       // surrogate
      {"\xF4\x90\x80\x80", "????"},  // > U+10FFFF
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Fold(c.in) == c.out);
  }
}

// Words, hyphens, possessives, apostrophes, capitalization.
TEST_CASE("Tokenize words", "[text][tokenize]") {
  struct Case {
    const char* in;
    const char* norms;
  };
  const Case cases[] = {
      {"", ""},
      {"Syria's war", "syria's|war"},
      {"Syria\xE2\x80\x99s war", "syria's|war"},
      {"the countries' leaders", "the|countries's|leaders"},
      {"al-Assad", "al|~-|assad"},
      {"four-way talks", "four|~-|way|talks"},
      {"12-year war", "#12|~-|year|war"},
      {"don't stop", "don't|stop"},
      {"O'Brien", "o'brien"},
      {"T\xC3\xBCrkiye, Erdo\xC4\x9F"
       "an.",
       "turkiye|~,|erdogan|~."},
      {"Iran\xE2\x80\x93Russia", "iran|~-|russia"},
      {"G7 summit", "g7|summit"},
      {"'quoted'", "~'|quoted|~'"},
      {"e\xCC\x81t\xC3\xA9", "e\xCC\x81te"},  // combining acute stays in the word
      {"\xE4\xB8\xAD\xE6\x96\x87 text", "\xE4\xB8\xAD\xE6\x96\x87|text"},
      {"zero\xE2\x80\x8Bwidth", "zerowidth"},
      {"bad\xFFword", "bad|word"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Norms(c.in) == c.norms);
  }
  const auto tokens = All("Syria\xE2\x80\x99s army and the countries' men");
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].span.begin == 0);
  CHECK(tokens[0].span.end == 9);  // covers ’s
  CHECK(tokens[0].possessive);
  CHECK(tokens[0].capitalized);
  CHECK_FALSE(tokens[1].capitalized);
  CHECK(tokens[4].span.end - tokens[4].span.begin == 10);  // "countries'"
  CHECK(All("\xC3\x9C"
            "ber")[0]
            .capitalized);  // Über
  CHECK_FALSE(All("\xC3\xBC"
                  "ber")[0]
                  .capitalized);
}

// Numbers: grouping, decimals, ordinals, glued suffixes, emoji/CJK around them.
TEST_CASE("Tokenize numbers", "[text][tokenize]") {
  struct Case {
    const char* in;
    const char* norms;
  };
  const Case cases[] = {
      {"500,000 people", "#500000|people"},
      {"1,234,567.89", "#1234567.89"},
      {"1.000.000 euros", "#1000000|euros"},
      {"3.5 and 1.5", "#3.5|and|#1.5"},
      {"1.500 tons", "#1.500|tons"},
      {"500 000", "#500|#000"},
      {"12,34", "#12|~,|#34"},
      {"1,2345", "#1|~,|#2345"},
      {"In 2015, 300 died.", "in|#2015|~,|#300|died|~."},
      {"the 19th meeting", "the|#19th|meeting"},
      {"1st 2nd 3rd 4TH", "#1st|#2nd|#3rd|#4th"},
      {"19thc", "#19|thc"},
      {"500k $2bn", "#500|k|~$|#2|bn"},
      {"1990s", "#1990|s"},
      {"10:30", "#10|~:|#30"},
      {"\xF0\x9F\x98\x80"
       "500\xF0\x9F\x98\x80",
       "~\xF0\x9F\x98\x80|#500|~\xF0\x9F\x98\x80"},
      {"\xE6\x95\xB0"
       "500\xE4\xBA\xBA",
       "\xE6\x95\xB0|#500|\xE4\xBA\xBA"},
      {"version 1.2.3", "version|#1.2|~.|#3"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Norms(c.in) == c.norms);
  }
  const std::string text = "about 500,000.";
  const auto tokens = All(text);
  REQUIRE(tokens.size() == 3);
  CHECK(claimcheck::SpanText(text, tokens[1].span) == "500,000");
  CHECK(claimcheck::Adjacent(tokens[1], tokens[2]));
}

TEST_CASE("Tokenize respects the range and huge input", "[text][tokenize]") {
  const std::string text = "alpha beta gamma";
  const auto tokens = Tokenize(text, {6, 10});
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].norm == "beta");
  CHECK(Tokenize(text, {6, 99}).size() == 2);
  CHECK(Tokenize(text, {99, 5}).empty());
  const std::string digits(100000, '7');
  const auto big = All(digits);
  REQUIRE(big.size() == 1);
  CHECK(big[0].norm.size() == 100000);
}
