// Small text helpers shared by every module.
#pragma once

#include <string_view>

namespace hanse {

// s without leading and trailing ASCII white space (space, \t, \n, \v, \f, \r).
constexpr std::string_view trim(std::string_view s) {
  constexpr std::string_view space = " \t\n\v\f\r";
  const auto first = s.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(space) - first + 1);
}

}  // namespace hanse
