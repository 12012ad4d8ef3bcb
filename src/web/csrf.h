// CSRF protection (P-6): every state-changing form carries a token in its
// hidden field `csrf`, and a POST whose field does not match the token the
// request is entitled to is refused with 403 before its handler runs (the
// pipeline's "csrf" stage, web/pipeline.cpp).
//   - A request that carries a session cookie is entitled to one token
//     only: the one derived from that session's token (a keyed hash), so a
//     token planted in a cookie by someone else proves nothing, and a form
//     of one session cannot be replayed under another.
//   - A visitor who is not signed in (the registration and sign-in forms)
//     uses a double submit: a random token in the HttpOnly, SameSite=Lax
//     cookie hanse_csrf, repeated in the field.
// Stateless, so any instance can check it.
//
// Routes may name another proof (RouteRow::proof): same_origin_ok() for
// forms on pages shared by every visitor, none for a URL that carries its
// own token.
#pragma once

#include <optional>
#include <string>

#include "http/request.h"
#include "http/response.h"
#include "web/cookies.h"

namespace hanse::web {

inline constexpr const char* kCsrfField = "csrf";

// The token bound to the request's session cookie, when it has one.
std::optional<std::string> session_csrf_token(const http::Request& request);

// The visitor's CSRF token, when their cookie carries a well-formed one.
std::optional<std::string> request_csrf_token(const http::Request& request);

// A new random token.
std::string new_csrf_token();

// Sets the cookie that carries a visitor's token.
void set_csrf_cookie(const http::Request& request, http::Response& response, const std::string& token);

// True when the form's csrf field equals the token the request is
// entitled to (see above; never an empty one).
bool csrf_ok(const http::Request& request);

// True unless the browser says the request came from another site: a
// Sec-Fetch-Site other than same-origin or none, or else an Origin that is
// not this host. A request with neither header is not from a browser that
// a forged page could drive (every current browser sends Origin with a
// POST), so it passes. The same rule as Go's http.CrossOriginProtection.
bool same_origin_ok(const http::Request& request);

}  // namespace hanse::web
