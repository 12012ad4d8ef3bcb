#include "web/cookies.h"

namespace hanse::web {

const char* cookie_name(const http::Request& request, const CookieSpec& spec) {
  return request.secure ? spec.tls_name : spec.name;
}

std::optional<std::string> read_cookie(const http::Request& request, const CookieSpec& spec) {
  return request.cookie(cookie_name(request, spec));
}

void set_cookie(const http::Request& request, http::Response& response, const CookieSpec& spec,
                std::string value, std::optional<long long> max_age_seconds) {
  http::SetCookie cookie;
  cookie.name = cookie_name(request, spec);
  cookie.value = std::move(value);
  cookie.path = spec.path;
  cookie.max_age_seconds = max_age_seconds;
  cookie.http_only = true;
  cookie.secure = request.secure;
  cookie.same_site = spec.same_site == privacy::CookieSameSite::strict ? http::SameSite::strict : http::SameSite::lax;
  response.set_cookie(cookie);
}

void delete_cookie(const http::Request& request, http::Response& response, const CookieSpec& spec) {
  set_cookie(request, response, spec, "", 0);
}

}  // namespace hanse::web
