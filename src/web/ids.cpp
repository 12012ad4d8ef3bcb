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
  if (dash != std::string_view::npos) ref.slug = std::string(text.substr(dash + 1));
  return ref;
}

int parse_page_number(std::optional<std::string_view> text, int max_page) {
  if (!text) return 1;
  int n = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc() || end != text->data() + text->size() || n < 1 || n > max_page) return 1;
  return n;
}

}  // namespace hanse::web
