#include "web/csrf.h"

#include "accounts/tokens.h"

namespace hanse::web {

std::string csrf_token(const http::Request& request, http::Response& response) {
  if (auto existing = request.cookie(kCsrfCookie); existing && existing->size() == 43)
    return *existing;
  auto token = accounts::random_token();
  http::SetCookie cookie;
  cookie.name = kCsrfCookie;
  cookie.value = token;
  cookie.secure = request.secure;
  response.set_cookie(cookie);
  return token;
}

bool csrf_ok(const http::Request& request) {
  auto cookie = request.cookie(kCsrfCookie);
  auto field = request.form().get(kCsrfField);
  return cookie && !cookie->empty() && accounts::constant_time_equal(*cookie, field);
}

}  // namespace hanse::web
