#include "web/cookie_consent.h"

#include <spdlog/spdlog.h>

#include "audit/audit_log.h"
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

privacy::CookieConsent cookie_consent(App& app, const http::Request& request) {
  if (auto* context = RequestContext::of(request)) return context->cookie_consent();
  return privacy::CookieConsent(choice_from_cookie(app, request), gpc_signal(request));
}

void set_choice_cookie(const App& app, const http::Request& request, http::Response& response,
                       const privacy::CookieChoice& choice) {
  set_cookie(request, response, kChoiceCookie, privacy::encode_cookie_choice(app.cookie_key, choice),
             kChoiceLifetimeSeconds);
}

Status record_member_choice(App& app, std::int64_t member_id, const privacy::CookieChoice& choice,
                            const std::string& page) {
  return app.db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(privacy::record_cookie_choice(conn, member_id, choice, page));
    std::string answers;
    for (auto category : privacy::kCookieCategories) {
      const auto& given = choice[category];
      if (category == privacy::CookieCategory::necessary || !given) continue;
      if (!answers.empty()) answers += ",";
      answers += std::string(privacy::to_string(category)) + (*given ? ":granted" : ":denied");
    }
    audit::AuditLog audit;
    return audit.append(conn, audit::member_event(choice.given_at, member_id, "consent.changed",
                                                  {{"kind", "cookies"},
                                                   {"what", answers},
                                                   {"revision", choice.revision},
                                                   {"source", page}}));
  });
}

void carry_choice_at_sign_in(App& app, const http::Request& request, http::Response& response,
                             std::int64_t member_id, const std::string& page) {
  auto browser = choice_from_cookie(app, request);
  auto ledger = [&]() -> Result<std::optional<privacy::CookieChoice>> {
    HANSE_TRY(auto lease, app.db->acquire());
    return privacy::ledger_cookie_choice(*lease, member_id);
  }();
  if (!ledger) {
    spdlog::warn("cookie choice at sign-in: {}", ledger.error().message);
    return;
  }
  if (browser && (!*ledger || browser->given_at > (*ledger)->given_at)) {
    if (auto recorded = record_member_choice(app, member_id, *browser, page); !recorded)
      spdlog::warn("cookie choice at sign-in: {}", recorded.error().message);
  } else if (*ledger && (!browser || (*ledger)->given_at > browser->given_at)) {
    set_choice_cookie(app, request, response, **ledger);
    if (auto* context = RequestContext::of(request))
      context->set_cookie_consent(privacy::CookieConsent(*ledger, gpc_signal(request)));
  }
}

}  // namespace hanse::web
