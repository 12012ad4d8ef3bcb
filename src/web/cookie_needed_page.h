// P-17: a visitor's form that arrived without the cookie that proves it
// came from this site (hanse_csrf) - a browser that refuses cookies, or one
// that lost them. Instead of a bare 403 the page says plainly which cookie
// is needed and why, and offers the form again: what the visitor typed is
// kept in the form itself (hidden fields, listed), and what may not be kept
// that way, a password, is asked for again. Sending it works as soon as the
// browser keeps the necessary cookie the page sets.
#pragma once

#include "web/handler.h"

namespace hanse::web {

// Whether a failed CSRF check is a missing cookie (a visitor's request that
// carries neither a session nor a CSRF cookie).
bool csrf_cookie_missing(const http::Request& request);

Response cookie_needed_page(App& app, const http::Request& request);

}  // namespace hanse::web
