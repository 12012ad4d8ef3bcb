// Row ids in URLs and query strings: "123" or "123-readable-slug".
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hanse::web {

// The positive id at the start of text, followed by nothing or by "-slug";
// nullopt otherwise.
inline std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || id <= 0) return std::nullopt;
  if (end != text.data() + text.size() && *end != '-') return std::nullopt;
  return id;
}

}  // namespace hanse::web
