// Response constructors and header helpers.
#include "http/response.h"

#include <strings.h>

namespace hanse::http {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

Response with_type(std::string body, int status, const char* type) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  response.headers.emplace_back("Content-Type", type);
  return response;
}

}  // namespace

Response Response::html(std::string body, int status) {
  return with_type(std::move(body), status, "text/html; charset=utf-8");
}

Response Response::text(std::string body, int status) {
  return with_type(std::move(body), status, "text/plain; charset=utf-8");
}

Response Response::json(std::string body, int status) {
  return with_type(std::move(body), status, "application/json");
}

Response Response::redirect(std::string location, int status) {
  Response response;
  response.status = status;
  response.headers.emplace_back("Location", std::move(location));
  return response;
}

void Response::set_header(std::string name, std::string value) {
  std::erase_if(headers, [&](const auto& h) { return iequals(h.first, name); });
  headers.emplace_back(std::move(name), std::move(value));
}

void Response::add_header(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return {};
}

void Response::set_cookie(const SetCookie& cookie) { add_header("Set-Cookie", serialize(cookie)); }

}  // namespace hanse::http
