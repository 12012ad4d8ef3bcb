#include "web/csrf.h"

#include "accounts/tokens.h"

namespace hanse::web {

std::optional<std::string> request_csrf_token(const http::Request& request) {
  if (auto existing = request.cookie(kCsrfCookie); existing && existing->size() == 43) return existing;
  return std::nullopt;
}

std::string new_csrf_token() { return accounts::random_token(); }

void set_csrf_cookie(const http::Request& request, http::Response& response, const std::string& token) {
  http::SetCookie cookie;
  cookie.name = kCsrfCookie;
  cookie.value = token;
  cookie.secure = request.secure;
  response.set_cookie(cookie);
}

bool csrf_ok(const http::Request& request) {
  auto cookie = request.cookie(kCsrfCookie);
  auto field = request.form().get(kCsrfField);
  return cookie && !cookie->empty() && accounts::constant_time_equal(*cookie, field);
}

}  // namespace hanse::web
