// A request's cookie consent (P-16) as the web layer reads and keeps it:
// the signed choice cookie, a member's choices in the consent ledger, and
// the Global Privacy Control signal. privacy/cookie_choice.h decides what
// they allow.
#pragma once

#include <cstdint>
#include <optional>

#include "http/request.h"
#include "http/response.h"
#include "privacy/cookie_choice.h"
#include "web/app.h"

namespace hanse::web {

// Sec-GPC is exactly "1" (the GPC specification: any other value, or none,
// is no signal).
bool gpc_signal(const http::Request& request);

// The choice in the request's choice cookie, when it is there and signed
// by this site.
std::optional<privacy::CookieChoice> choice_from_cookie(const App& app, const http::Request& request);

// The member's latest choice in the consent ledger; nullopt when none, or
// when the database cannot say (then necessary cookies only).
std::optional<privacy::CookieChoice> choice_from_ledger(App& app, std::int64_t member_id);

// The request's consent: its context's (web/request_context.h) inside the
// pipeline, else read from the request alone (no ledger).
privacy::CookieConsent cookie_consent(App& app, const http::Request& request);

// Keeps the choice in the visitor's browser (180 days).
void set_choice_cookie(const App& app, const http::Request& request, http::Response& response,
                       const privacy::CookieChoice& choice);

}  // namespace hanse::web
