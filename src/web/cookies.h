// The cookies the site sets, each declared once, and the one function that
// sets them (and its counterparts that read and delete them). Nothing else
// in the code base writes a Set-Cookie header; the cookie registry of the
// cookie-consent work grows from these declarations.
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

namespace hanse::web {

struct CookieSpec {
  const char* name;      // over plain HTTP
  const char* tls_name;  // over TLS, with its prefix
  const char* path;
  http::SameSite same_site;
  const char* purpose;  // why the site sets it, in words
};

// Keeps a member signed in (P-5): the session token; no expiry unless
// "keep me signed in".
inline constexpr CookieSpec kSessionCookie{"hanse_session", "__Host-hanse_session", "/",
                                           http::SameSite::lax, "keeps you signed in"};
// Keeps a staff member signed in to the staff area only (S-1).
inline constexpr CookieSpec kStaffCookie{"hanse_staff", "__Secure-hanse_staff", "/staff",
                                         http::SameSite::strict, "keeps staff signed in to the staff area"};
// Proves that a form sent by a visitor who is not signed in came from this
// site (P-6); signed-in members' forms are bound to their session instead.
inline constexpr CookieSpec kCsrfCookie{"hanse_csrf", "__Host-hanse_csrf", "/", http::SameSite::lax,
                                        "proves that a form came from this site"};

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
