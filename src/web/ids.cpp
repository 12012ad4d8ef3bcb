#include "web/ids.h"

#include <charconv>

namespace hanse::web {

std::optional<PathRef> parse_path_ref(std::string_view text) {
  PathRef ref;
  auto dash = text.find('-');
  std::string_view number = text.substr(0, dash);
  if (number.empty() || number.size() > 18) return std::nullopt;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), ref.id);
  if (ec != std::errc() || end != number.data() + number.size() || ref.id <= 0) return std::nullopt;
  if (dash != std::string_view::npos) {
    // The server hands handlers the decoded path, but a slug spells letters
    // of other scripts as escapes ("%E4%BA%94", core/slug.h): escape them
    // again so that the canonical slug compares equal (no redirect loop).
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (unsigned char c : text.substr(dash + 1)) {
      if (c < 0x80) {
        ref.slug += static_cast<char>(c);
      } else {
        ref.slug += '%';
        ref.slug += kHex[c >> 4];
        ref.slug += kHex[c & 0xF];
      }
    }
  }
  return ref;
}

std::string ref_path(std::string_view section, const PathRef& ref) {
  std::string path;
  path.reserve(section.size() + ref.slug.size() + 24);
  path.append("/").append(section).append("/").append(std::to_string(ref.id)).append("-").append(ref.slug);
  return path;
}

int parse_page_number(std::optional<std::string_view> text, int max_page) {
  if (!text) return 1;
  int n = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n < 1 || n > max_page) return 1;
  return n;
}

}  // namespace hanse::web
