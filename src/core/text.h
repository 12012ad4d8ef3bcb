// Small text helpers shared by every module.
#pragma once

#include <string_view>
#include <vector>

namespace hanse {

// s without leading and trailing ASCII white space (space, \t, \n, \v, \f, \r).
constexpr std::string_view trim(std::string_view s) {
  constexpr std::string_view space = " \t\n\v\f\r";
  const auto first = s.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// The items of a separated list ("a, b,c"), each trimmed; an empty item
// between separators stays (so that "a,,b" can be refused); an empty text,
// and a separator at the end, add none.
inline std::vector<std::string_view> split_list(std::string_view text, char separator = ',') {
  std::vector<std::string_view> items;
  while (!text.empty()) {
    const auto at = text.find(separator);
    items.push_back(trim(text.substr(0, at)));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
  return items;
}

}  // namespace hanse
