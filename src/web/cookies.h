// Setting, reading and deleting the site's cookies, each declared once in
// the cookie registry (privacy/cookie_registry.h). Nothing else in the code
// base writes a Set-Cookie header, and the pipeline's cookie policy stage
// (web/pipeline_cookie_policy.cpp) drops any that is undeclared or whose
// category the visitor has not accepted.
//
// Over TLS (server.behind_tls, or a TLS connection) a cookie's name carries
// a prefix the browser enforces: "__Host-" for cookies of the whole site
// (Path=/: the browser then refuses it unless it is Secure, has no Domain
// and came from this very host, so a sibling subdomain cannot plant one),
// "__Secure-" for a cookie limited to a path (the staff area).
#pragma once

#include <optional>
#include <string>

#include "http/cookies.h"
#include "http/request.h"
#include "http/response.h"
#include "privacy/cookie_registry.h"

namespace hanse::web {

using CookieSpec = privacy::CookieDeclaration;

inline constexpr const CookieSpec& kSessionCookie = privacy::cookies::session;
inline constexpr const CookieSpec& kStaffCookie = privacy::cookies::staff;
inline constexpr const CookieSpec& kCsrfCookie = privacy::cookies::csrf;
inline constexpr const CookieSpec& kChoiceCookie = privacy::cookies::choices;
inline constexpr const CookieSpec& kInterestCookie = privacy::cookies::interests;
inline constexpr const CookieSpec& kPromotionCookie = privacy::cookies::promotions;
// The name the cookie has on this request's connection.
const char* cookie_name(const http::Request& request, const CookieSpec& spec);

// The cookie's value sent with the request, or nullopt.
std::optional<std::string> read_cookie(const http::Request& request, const CookieSpec& spec);

// Sets the cookie (HttpOnly; Secure over TLS). max_age_seconds: nullopt for
// a cookie that ends with the browser session.
void set_cookie(const http::Request& request, http::Response& response, const CookieSpec& spec,
                std::string value, std::optional<long long> max_age_seconds = std::nullopt);

// Tells the browser to delete the cookie.
void delete_cookie(const http::Request& request, http::Response& response, const CookieSpec& spec);

}  // namespace hanse::web
