// The cookie page and settings form (P-16, /privacy/cookies), generated
// from the cookie registry; shown by GET and again by a POST with errors.
#pragma once

#include <optional>
#include <string>

#include "privacy/cookie_choice.h"
#include "web/handler.h"

namespace hanse::web {

// The choice a settings form sent, or nullopt with error set.
struct ChoiceForm {
  std::optional<privacy::CookieChoice> choice;
  std::string error;
  std::string return_to;  // a path of this site, or "" when none (or not one)
};
ChoiceForm read_choice_form(const http::Request& request, std::int64_t now);

Response render_cookie_settings(App& app, Page& page, const privacy::CookieConsent& consent,
                                const std::string& error, int status, bool saved = false);

}  // namespace hanse::web
