#include "web/cookie_consent.h"

#include <spdlog/spdlog.h>

#include "privacy/cookie_choice_ledger.h"
#include "web/cookies.h"
#include "web/request_context.h"

namespace hanse::web {

inline constexpr long long kChoiceLifetimeSeconds = 180LL * 24 * 3600;

bool gpc_signal(const http::Request& request) { return request.header("sec-gpc") == "1"; }

std::optional<privacy::CookieChoice> choice_from_cookie(const App& app, const http::Request& request) {
  auto value = read_cookie(request, kChoiceCookie);
  if (!value) return std::nullopt;
  return privacy::decode_cookie_choice(app.cookie_key, *value);
}

std::optional<privacy::CookieChoice> choice_from_ledger(App& app, std::int64_t member_id) {
  auto lease = app.db->acquire();
  if (!lease) {
    spdlog::warn("cookie consent: {}", lease.error().message);
    return std::nullopt;
  }
  auto choice = privacy::ledger_cookie_choice(**lease, member_id);
  if (!choice) {
    spdlog::warn("cookie consent: {}", choice.error().message);
    return std::nullopt;
  }
  return *choice;
}

privacy::CookieConsent cookie_consent(App& app, const http::Request& request) {
  if (auto* context = RequestContext::of(request)) return context->cookie_consent();
  return privacy::CookieConsent(choice_from_cookie(app, request), gpc_signal(request));
}

void set_choice_cookie(const App& app, const http::Request& request, http::Response& response,
                       const privacy::CookieChoice& choice) {
  set_cookie(request, response, kChoiceCookie, privacy::encode_cookie_choice(app.cookie_key, choice),
             kChoiceLifetimeSeconds);
}

}  // namespace hanse::web
