#include "web/format.h"

#include <ctime>

#include <fmt/format.h>

#include "core/words.h"

namespace hanse::web {

std::string format_time(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{}, {:02}:{:02} UTC", words::date(unix_seconds), tm.tm_hour, tm.tm_min);
}

std::string device_name(std::string_view ua) {
  auto has = [&](std::string_view s) { return ua.find(s) != std::string_view::npos; };
  std::string browser = has("Edg/")       ? "Edge"
                        : has("Firefox/") ? "Firefox"
                        : has("Chrome/")  ? "Chrome"
                        : has("Safari/")  ? "Safari"
                        : has("curl/")    ? "curl"
                                          : "Unknown browser";
  std::string os = has("Android")                        ? "Android"
                   : has("iPhone") || has("iPad")        ? "iOS"
                   : has("Windows")                      ? "Windows"
                   : has("Mac OS")                       ? "macOS"
                   : has("Linux")                        ? "Linux"
                                                         : "";
  return os.empty() ? browser : browser + " on " + os;
}

}  // namespace hanse::web
