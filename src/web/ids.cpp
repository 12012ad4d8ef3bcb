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

}  // namespace hanse::web
