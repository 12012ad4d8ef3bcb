// What the pipeline knows about one request while it is answered: its row
// of the route table, and who is asking (the signed-in member, the staff
// member), each looked up at most once, when first asked for. Created by
// the pipeline's "context" stage (web/pipeline.cpp) for routed requests and
// reachable from the request until the response leaves that stage.
#pragma once

#include <optional>

#include "http/request.h"
#include "privacy/cookie_choice.h"
#include "staff/staff.h"
#include "web/app.h"
#include "web/routes.h"
#include "web/visitor.h"

namespace hanse::web {

class RequestContext {
 public:
  RequestContext(App& app, const http::Request& request, const RouteRow& route)
      : m_app(app), m_request(request), m_route(route) {}
  RequestContext(const RequestContext&) = delete;
  RequestContext& operator=(const RequestContext&) = delete;

  // The context of a request inside the pipeline; null outside it (a
  // handler called directly, as some unit tests do).
  static RequestContext* of(const http::Request& request);

  const RouteRow& route() const { return m_route; }

  // The signed-in member; null when the request has no valid session.
  // Errors from the database pass on (and are answered again if asked again).
  Result<const SignedInMember*> member();

  // The signed-in staff member (hanse_staff cookie); null when none.
  Result<const staff::StaffMember*> staff_member();

  // Which cookies this request's visitor accepted (P-16): the signed choice
  // cookie and the GPC signal. (A member's choice in the consent ledger is
  // brought back into the browser at sign-in: web/cookie_consent.h.)
  const privacy::CookieConsent& cookie_consent();
  // The choice just made (the settings form): it governs this response.
  void set_cookie_consent(privacy::CookieConsent consent) { m_consent = std::move(consent); }

 private:
  App& m_app;
  const http::Request& m_request;
  const RouteRow& m_route;
  std::optional<std::optional<SignedInMember>> m_member;   // outer: looked up yet
  std::optional<std::optional<staff::StaffMember>> m_staff;
  std::optional<privacy::CookieConsent> m_consent;
};

// Puts context on request for the lifetime of this object.
class ContextScope {
 public:
  ContextScope(http::Request& request, RequestContext& context) : m_request(request) {
    m_request.context = &context;
  }
  ~ContextScope() { m_request.context.reset(); }
  ContextScope(const ContextScope&) = delete;
  ContextScope& operator=(const ContextScope&) = delete;

 private:
  http::Request& m_request;
};

}  // namespace hanse::web
