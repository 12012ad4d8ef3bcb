#include "web/csrf.h"

#include "accounts/tokens.h"

namespace hanse::web {

std::optional<std::string> session_csrf_token(const http::Request& request) {
  auto session = read_cookie(request, kSessionCookie);
  if (!session || session->empty()) return std::nullopt;
  auto token = accounts::derived_token(*session, "hanse csrf v1");
  if (token.empty()) return std::nullopt;  // too short to be a session token: no form can be sent with it
  return token;
}

std::optional<std::string> request_csrf_token(const http::Request& request) {
  if (auto existing = read_cookie(request, kCsrfCookie); existing && existing->size() == 43) return existing;
  return std::nullopt;
}

std::string new_csrf_token() { return accounts::random_token(); }

void set_csrf_cookie(const http::Request& request, http::Response& response, const std::string& token) {
  set_cookie(request, response, kCsrfCookie, token);
}

bool csrf_ok(const http::Request& request) {
  auto field = request.form().get(kCsrfField);
  if (field.empty()) return false;
  if (auto session = read_cookie(request, kSessionCookie); session && !session->empty()) {
    auto bound = session_csrf_token(request);
    return bound && accounts::constant_time_equal(*bound, field);
  }
  auto cookie = read_cookie(request, kCsrfCookie);
  return cookie && !cookie->empty() && accounts::constant_time_equal(*cookie, field);
}

bool same_origin_ok(const http::Request& request) {
  if (auto site = request.header("sec-fetch-site")) return *site == "same-origin" || *site == "none";
  auto origin = request.header("origin");
  if (!origin) return true;
  auto host = request.header("host").value_or(std::string_view{});
  if (host.empty()) return false;
  std::string_view rest = *origin;
  if (rest.starts_with("https://")) rest.remove_prefix(8);
  else if (rest.starts_with("http://")) rest.remove_prefix(7);
  else return false;  // "null" (a sandboxed or privacy-sensitive context) and anything else
  return rest == host;
}

}  // namespace hanse::web
