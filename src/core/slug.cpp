#include "core/slug.h"

#include <cstdint>
#include <optional>

namespace hanse {
namespace {

constexpr std::size_t kMax = 60;

// The next UTF-8 code point of `text` at `i` (advancing i), or nullopt for
// a malformed byte (skipped by one).
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return std::nullopt;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return std::nullopt;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

// The ASCII spelling of a Latin letter with a diacritic (Latin-1
// Supplement and Latin Extended-A, which cover the European languages of
// the site), or nullptr when the code point is not one.
const char* latin_base(char32_t cp) {
  // U+00C0..U+00FF, lower-cased; nullptr entries are signs (× ÷).
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  // U+0100..U+017F, pairs of capital and small letters mostly; by range.
  struct Range {
    char32_t first, last;
    const char* base;
  };
  static const Range kExtendedA[] = {
      {0x100, 0x105, "a"},  {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"},  {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"},  {0x124, 0x127, "h"}, {0x128, 0x131, "i"},  {0x132, 0x133, "ij"},
      {0x134, 0x135, "j"},  {0x136, 0x138, "k"}, {0x139, 0x142, "l"},  {0x143, 0x14B, "n"},
      {0x14C, 0x151, "o"},  {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
      {0x162, 0x167, "t"},  {0x168, 0x173, "u"}, {0x174, 0x175, "w"},  {0x176, 0x178, "y"},
      {0x179, 0x17E, "z"},  {0x17F, 0x17F, "s"}};
  for (const auto& range : kExtendedA)
    if (cp >= range.first && cp <= range.last) return range.base;
  return nullptr;
}

// Whether a code point beyond Latin is a letter or digit worth keeping:
// everything from U+0370 (Greek onwards) except punctuation, symbols and
// spaces of the general blocks. Coarse on purpose: a slug only reads well.
bool other_script_letter(char32_t cp) {
  if (cp < 0x370) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;   // punctuation, symbols, arrows, shapes
  if (cp >= 0x3000 && cp <= 0x303F) return false;   // CJK punctuation, ideographic space
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;   // CJK compatibility forms
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;   // full-width punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;   // surrogates (malformed)
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;   // private use
  if (cp >= 0x1F000) return false;                  // emoji and symbols
  return cp != 0x060C && cp != 0x061B && cp != 0x061F;  // Arabic comma, semicolon, question mark
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

int hex_value(char c) {
  return c <= '9' ? c - '0' : (c >= 'a' ? c - 'a' : c - 'A') + 10;
}

std::string percent_encode(std::string_view utf8) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : utf8) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return out;
}

// Turns the escapes of an earlier slug ("%E4%BA%94") back into their
// bytes, so that a slug given as a name gives itself. Only escapes of
// non-ASCII bytes: "50%25" or "100%" stay as they are.
std::string decode_own_escapes(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '%' && i + 2 < name.size() && is_hex(name[i + 1]) && is_hex(name[i + 2])) {
      const int value = hex_value(name[i + 1]) * 16 + hex_value(name[i + 2]);
      if (value >= 0x80) {
        out += static_cast<char>(value);
        i += 2;
        continue;
      }
    }
    out += name[i];
  }
  return out;
}

}  // namespace

std::string slugify(std::string_view name) {
  // Most names have no escapes to undo: read them in place.
  std::string decoded;
  if (name.find('%') != std::string_view::npos) decoded = decode_own_escapes(name);
  const std::string_view text = decoded.empty() ? name : std::string_view(decoded);
  std::string slug;
  slug.reserve(kMax);
  bool gap = false;
  // Appends one letter's spelling unless it would pass the limit; false then.
  auto append = [&](std::string_view piece) {
    const std::size_t dash = gap && !slug.empty() ? 1 : 0;
    if (slug.size() + dash + piece.size() > kMax) return false;
    if (dash) slug += '-';
    gap = false;
    slug += piece;
    return true;
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    auto cp = next_code_point(text, i);
    if (!cp) {
      gap = true;
      continue;
    }
    if (*cp >= 0x300 && *cp <= 0x36F) continue;  // a combining accent ("u" + U+0308): its letter stays
    bool kept = true;
    if ((*cp >= 'a' && *cp <= 'z') || (*cp >= '0' && *cp <= '9')) {
      const char letter = static_cast<char>(*cp);
      kept = append(std::string_view(&letter, 1));
    } else if (*cp >= 'A' && *cp <= 'Z') {
      const char letter = static_cast<char>(*cp - 'A' + 'a');
      kept = append(std::string_view(&letter, 1));
    } else if (const char* base = latin_base(*cp)) {
      kept = append(base);
    } else if (other_script_letter(*cp)) {
      kept = append(percent_encode(text.substr(start, i - start)));
    } else {
      gap = true;
      continue;
    }
    if (!kept) break;
  }
  return slug.empty() ? "item" : slug;
}

}  // namespace hanse
