// The steps every page handler shares: who is asking, the CSRF token, and
// rendering a template inside the layout; plus the one place where error
// kinds become HTTP status codes.
#pragma once

#include <optional>
#include <string>
#include <type_traits>

#include "http/request.h"
#include "http/response.h"
#include "web/app.h"
#include "web/cookie_consent.h"
#include "web/csrf.h"
#include "web/or_response.h"
#include "web/request_context.h"
#include "web/visitor.h"

namespace hanse::web {

// HTTP status for an error kind (the only such mapping in the code base).
int status_for(ErrorKind kind);

// The error page for a status, in the layout.
http::Response error_page(App& app, int status, const http::Request* request,
                          const std::string& detail = {});
// Logs internal errors and renders the page for the error's kind.
http::Response error_response(App& app, const http::Request& request, const Error& error);

// A domain result as a handler step's: its value, or the error page for its
// error (web/or_response.h).
template <class T>
OrResponse<T> or_error_page(App& app, const http::Request& request, Result<T> result) {
  if (!result) return refuse(error_response(app, request, result.error()));
  if constexpr (std::is_void_v<T>) {
    return {};
  } else {
    return std::move(*result);
  }
}

class Page {
 public:
  // The form token: for a signed-in member the one bound to their session;
  // for a visitor the one in their CSRF cookie, or a new one (its cookie is
  // then set only with a page that uses it, a form: pages without forms set
  // no cookie, which also lets the visitor page cache share them).
  Page(App& app, const http::Request& request) : m_app(app), m_request(request) {
    if (auto bound = session_csrf_token(request)) {
      m_csrf = std::move(*bound);
    } else if (auto existing = request_csrf_token(request)) {
      m_csrf = std::move(*existing);
    } else {
      m_csrf = new_csrf_token();
      m_csrf_new = true;
    }
  }

  // Looks up the signed-in member (once per request: the request's
  // context remembers it). Errors from the database pass on.
  Status load_member() {
    if (m_member_loaded) return {};
    if (auto* context = RequestContext::of(m_request)) {
      HANSE_TRY(m_member, context->member());
    } else {
      HANSE_TRY(m_own_member, signed_in_member(m_app, m_request));
      m_member = m_own_member ? &*m_own_member : nullptr;
    }
    m_member_loaded = true;
    return {};
  }
  // For public pages, whose layout shows whoever asks: loads the member when
  // the request carries a session cookie; the error page when looking them
  // up failed.
  OrResponse<> load_viewer() {
    if (!read_cookie(m_request, kSessionCookie)) return {};
    if (auto loaded = load_member(); !loaded) return refuse(error_response(m_app, m_request, loaded.error()));
    return {};
  }
  // For pages only a signed-in member may see: the member, or the response
  // to send instead (a redirect to /signin, or the error page).
  OrResponse<const SignedInMember*> require_member() {
    if (auto loaded = load_member(); !loaded) return refuse(error_response(m_app, m_request, loaded.error()));
    if (!m_member) return refuse(redirect("/signin"));
    return m_member;
  }
  // The signed-in member once loaded; null for a visitor.
  const SignedInMember* member() const { return m_member; }
  // The staff member a staff page's route admitted (the pipeline's staff
  // gate has checked their role); null on pages that are not staff pages.
  const staff::StaffMember* staff_member() const {
    auto* context = RequestContext::of(m_request);
    if (!context) return nullptr;
    auto found = context->staff_member();
    return found ? *found : nullptr;
  }
  // The token for a form the handler fills itself (the cookie is then set).
  const std::string& csrf() {
    m_csrf_used = true;
    return m_csrf;
  }
  http::Response& response() { return m_response; }
  const http::Request& request() const { return m_request; }

  template <class Fill>
  http::Response render(const std::string& name, const std::string& title, Fill&& fill,
                        int status = 200) {
    PageFrame frame;
    frame.title = title;
    frame.csrf = m_csrf;
    if (m_member) frame.member_name = m_member->member.name;
    frame.staff_area = m_staff_area;
    policy_notice(frame);
    if (!m_staff_area && m_cookie_banner) {
      frame.cookie_banner = cookie_consent(m_app, m_request).needs_asking();
      frame.here = m_request.target;
    }
    m_response.status = status;
    PageMarks marks;
    m_response.body = m_app.views->page(name, frame, std::forward<Fill>(fill), marks);
    m_response.slot = marks.banner_slot;
    // The cookie goes with a page whose form carries the token: the
    // rendering noted whether it printed it (no search of the page).
    if (m_csrf_new && (m_csrf_used || marks.csrf)) set_csrf_cookie(m_request, m_response, m_csrf);
    m_response.set_header("Content-Type", "text/html; charset=utf-8");
    return std::move(m_response);
  }
  http::Response render(const std::string& name, const std::string& title, int status = 200) {
    return render(name, title, [](Dict&) {}, status);
  }
  void set_staff_area() { m_staff_area = true; }
  // For the cookie settings page, which is the banner's form already.
  void hide_cookie_banner() { m_cookie_banner = false; }
  // Fills the layout's policy-change notice (P-19), if there is one.
  void policy_notice(PageFrame& frame) const;

  // A 303 to location carrying the cookies set so far.
  http::Response redirect(const std::string& location) {
    m_response.status = 303;
    m_response.set_header("Location", location);
    m_response.body.clear();
    return std::move(m_response);
  }

 private:
  App& m_app;
  const http::Request& m_request;
  http::Response m_response;
  std::string m_csrf;
  bool m_cookie_banner = true;
  bool m_csrf_new = false;   // the request had no token: the cookie is still to be set
  bool m_csrf_used = false;  // handed out by csrf()
  const SignedInMember* m_member = nullptr;
  std::optional<SignedInMember> m_own_member;  // looked up without a request context
  bool m_member_loaded = false;
  bool m_staff_area = false;
};

}  // namespace hanse::web
