// Display formats shared by pages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::web {

// "2026-11-29 08:40 UTC"
std::string format_time(std::int64_t unix_seconds);

// A short device description from a User-Agent: "Firefox on Linux".
std::string device_name(std::string_view user_agent);

}  // namespace hanse::web
