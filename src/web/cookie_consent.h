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

// Writes a member's choice to the consent ledger and the audit log
// (consent.changed). page: where it was given.
Status record_member_choice(App& app, std::int64_t member_id, const privacy::CookieChoice& choice,
                            const std::string& page);

// At sign-in and registration: the later of the browser's choice and the
// member's in the consent ledger wins. A choice in the ledger comes back
// into a browser that has none or an older one (the choice cookie is set
// on response); a choice the browser made before signing in, newer than
// the ledger's, is written to the ledger. A database error leaves both
// as they were (logged): signing in does not fail for it.
void carry_choice_at_sign_in(App& app, const http::Request& request, http::Response& response,
                             std::int64_t member_id, const std::string& page);

// The request's consent: its context's (web/request_context.h) inside the
// pipeline, else read from the request alone (no ledger).
privacy::CookieConsent cookie_consent(App& app, const http::Request& request);

// Keeps the choice in the visitor's browser (180 days).
void set_choice_cookie(const App& app, const http::Request& request, http::Response& response,
                       const privacy::CookieChoice& choice);

}  // namespace hanse::web
