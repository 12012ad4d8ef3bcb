// Cookie parsing and Set-Cookie serialisation (RFC 6265).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hanse::http {

// Parses a Cookie header value into name -> value (first occurrence wins).
// Never fails; malformed pairs are skipped.
std::map<std::string, std::string> parse_cookie_header(std::string_view header);

// The value of one cookie in a Cookie header value, as parse_cookie_header
// would give it, without building the map: a request reads a few cookies
// by name on every request.
std::optional<std::string> find_cookie(std::string_view header, std::string_view name);

enum class SameSite { lax, strict, none };

struct SetCookie {
  std::string name;
  std::string value;
  std::string path = "/";
  std::optional<long long> max_age_seconds;  // none: a session cookie
  bool http_only = true;
  bool secure = false;
  SameSite same_site = SameSite::lax;
};

// The Set-Cookie header value. Names and values are restricted to cookie
// octets; anything else is percent-encoded.
std::string serialize(const SetCookie& cookie);

}  // namespace hanse::http
