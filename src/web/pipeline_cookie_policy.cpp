// The pipeline's cookie policy (P-16): after the handler, every Set-Cookie
// of the response is checked against the cookie registry and the visitor's
// consent. An undeclared cookie, or one of a category the visitor has not
// accepted, is dropped (and logged: it is a defect of the code that set it);
// a deletion always passes. A cookie of a category the visitor no longer
// accepts that the browser still sends is deleted, so nothing rests on the
// browser to forget it.
#include <algorithm>
#include <cctype>

#include <spdlog/spdlog.h>

#include "web/cookie_consent.h"
#include "web/cookies.h"
#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {
namespace {

bool is_set_cookie(const std::string& name) {
  return name.size() == 10 && std::equal(name.begin(), name.end(), "set-cookie", [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

bool is_deletion(std::string_view value) { return value.find("; Max-Age=0") != std::string_view::npos; }

}  // namespace

void apply_cookie_policy(const http::Request& request, http::Response& response,
                         const privacy::CookieConsent& consent, std::string_view where) {
  std::erase_if(response.headers, [&](const auto& header) {
    if (!is_set_cookie(header.first)) return false;
    const std::string_view value = header.second;
    const auto name = value.substr(0, value.find('='));
    const auto* declared = privacy::find_cookie(name);
    if (!declared) {
      spdlog::error("cookie policy: dropped the undeclared cookie {:?} on {}", std::string(name), where);
      return true;
    }
    if (is_deletion(value) || consent.allows(declared->category)) return false;
    spdlog::debug("cookie policy: dropped {} ({} not accepted) on {}", declared->name,
                  privacy::to_string(declared->category), where);
    return true;
  });
  if (request.header("cookie")) {
    for (const auto* declared : privacy::cookie_registry()) {
      if (consent.allows(declared->category) || !read_cookie(request, *declared)) continue;
      const bool deleting = std::ranges::any_of(response.headers, [&](const auto& header) {
        return is_set_cookie(header.first) && header.second.starts_with(cookie_name(request, *declared)) &&
               header.second.size() > std::string_view(cookie_name(request, *declared)).size() &&
               header.second[std::string_view(cookie_name(request, *declared)).size()] == '=';
      });
      if (!deleting) delete_cookie(request, response, *declared);
    }
  }
}

http::Middleware cookie_policy(App&) {
  return [](http::Request& request, const http::Route*, const http::Next& next) {
    auto response = next();
    auto* context = RequestContext::of(request);
    if (!context) return response;
    apply_cookie_policy(request, response, context->cookie_consent(), context->route().pattern);
    return response;
  };
}

}  // namespace hanse::web
