// CSRF protection (P-6) by double submit: a random token in the HttpOnly,
// SameSite=Lax cookie hanse_csrf is repeated in a hidden field of every
// form; a state-changing request whose field does not match is refused
// with 403 before its handler runs. Stateless, so any instance can check it.
#pragma once

#include <optional>
#include <string>

#include "http/request.h"
#include "http/response.h"

namespace hanse::web {

inline constexpr const char* kCsrfCookie = "hanse_csrf";
inline constexpr const char* kCsrfField = "csrf";

// The request's CSRF token, when its cookie carries a well-formed one.
std::optional<std::string> request_csrf_token(const http::Request& request);

// A new random token.
std::string new_csrf_token();

// Sets the cookie that carries token.
void set_csrf_cookie(const http::Request& request, http::Response& response, const std::string& token);

// True when the form's csrf field equals the cookie (both non-empty).
bool csrf_ok(const http::Request& request);

}  // namespace hanse::web
