// Display formats shared by pages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::web {

// "29 November 2026, 08:40 UTC" (the date as words::date writes it)
std::string format_time(std::int64_t unix_seconds);

// A short device description from a User-Agent: "Firefox on Linux".
std::string device_name(std::string_view user_agent);

}  // namespace hanse::web
