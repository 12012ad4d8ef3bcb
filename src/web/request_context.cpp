#include "web/request_context.h"

#include "web/cookie_consent.h"
#include "web/cookies.h"

namespace hanse::web {

RequestContext* RequestContext::of(const http::Request& request) {
  auto* found = std::any_cast<RequestContext*>(&request.context);
  return found ? *found : nullptr;
}

Result<const SignedInMember*> RequestContext::member() {
  if (!m_member) {
    HANSE_TRY(auto found, signed_in_member(m_app, m_request));
    m_member = std::move(found);
  }
  return *m_member ? &**m_member : nullptr;
}

Result<const staff::StaffMember*> RequestContext::staff_member() {
  if (!m_staff) {
    std::optional<staff::StaffMember> found;
    if (auto token = read_cookie(m_request, kStaffCookie)) {
      HANSE_TRY(found, m_app.staff->member_for_session(*token));
    }
    m_staff = std::move(found);
  }
  return *m_staff ? &**m_staff : nullptr;
}

const privacy::CookieConsent& RequestContext::cookie_consent() {
  if (!m_consent) m_consent.emplace(choice_from_cookie(m_app, m_request), gpc_signal(m_request));
  return *m_consent;
}

}  // namespace hanse::web
