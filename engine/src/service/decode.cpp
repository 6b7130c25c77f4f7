// Text files as they come (DecodeText in api.h): byte-order marks, UTF-16, and what must be refused.
//
// Windows tools save "Unicode" text as UTF-16 with a byte-order mark; read as bytes it is a NUL between every
// letter, which the checker would read as garbage and miss every claim in. With a mark it is converted; without one
// (rare: most tools write the mark) it cannot be told from binary data for sure, so a text whose first bytes are
// half NULs in alternate places is refused with a message saying so, as UTF-32 is.
#include <cstdint>

#include "claimcheck/api.h"

namespace claimcheck {
namespace {

Error EncodingError(std::string_view name, std::string message) {
  Error e;
  e.code = "encoding";
  e.file = std::string(name);
  e.message = std::move(message);
  return e;
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// UTF-16 (after its mark) to UTF-8, as TextDecoder does it: a lone surrogate or an odd last byte is U+FFFD.
std::string FromUtf16(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i]));
    const auto b = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1]));
    return big_endian ? (a << 8u) | b : (b << 8u) | a;
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const std::uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const std::uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    AppendUtf8(out, (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);
  }
  if (i < bytes.size()) AppendUtf8(out, 0xFFFD);
  return out;
}

bool StartsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// Half or more of the even (or odd) bytes among the first ones are NUL, and the others are not: UTF-16 text.
// Returns "UTF-16LE", "UTF-16BE" or "".
std::string_view LooksLikeUtf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 512) & ~std::size_t{1};
  if (n < 4) return "";
  std::size_t even_nul = 0;
  std::size_t odd_nul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += bytes[i] == '\0' ? 1 : 0;
    odd_nul += bytes[i + 1] == '\0' ? 1 : 0;
  }
  const std::size_t pairs = n / 2;
  if (odd_nul * 2 >= pairs && even_nul * 8 < pairs) return "UTF-16LE";
  if (even_nul * 2 >= pairs && odd_nul * 8 < pairs) return "UTF-16BE";
  return "";
}

}  // namespace

Result<std::string> DecodeText(std::string bytes, std::string_view name) {
  const std::string_view view(bytes);
  if (StartsWith(view, std::string_view("\xFF\xFE\x00\x00", 4)) || StartsWith(view, std::string_view("\x00\x00\xFE\xFF", 4))) {
    return Result<std::string>::Fail(
        {EncodingError(name, "the text is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8")});
  }
  if (StartsWith(view, "\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
    return Result<std::string>::Ok(std::move(bytes));
  }
  if (StartsWith(view, "\xFF\xFE")) return Result<std::string>::Ok(FromUtf16(view.substr(2), false));
  if (StartsWith(view, "\xFE\xFF")) return Result<std::string>::Ok(FromUtf16(view.substr(2), true));
  if (const std::string_view utf16 = LooksLikeUtf16(view); !utf16.empty()) {
    return Result<std::string>::Fail({EncodingError(
        name, "the text looks like " + std::string(utf16) +
                  " without a byte-order mark (a NUL byte between letters); save it as UTF-8, or as UTF-16 with a "
                  "byte-order mark")});
  }
  return Result<std::string>::Ok(std::move(bytes));
}

}  // namespace claimcheck
