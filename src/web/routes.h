// The site map: every URL the site answers, in one table (routes.cpp).
// Each row says what the request pipeline (web/pipeline.h) needs to know of
// its route: method, pattern, handler, where it runs, whether visitors may
// be answered from the page cache, the staff roles it is for, the rate
// limit on it, and the site section that statistics count it under.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>

#include "http/router.h"
#include "staff/staff.h"
#include "web/app.h"

namespace hanse::web {

// A page handler: adapts one request to domain calls and renders or
// redirects. One file per handler, named after it (web/<handler>.cpp).
using HandlerFn = http::Response (*)(App&, http::Request&);

// Which limit on creating things a route counts against (web/rate_limit.cpp);
// the numbers come from the configuration (limits.*).
enum class RateLimit { none, listings, inquiries, invitations, uploads, messages };

// A set of staff roles; empty: the route is not a staff page.
class StaffRoles {
 public:
  constexpr StaffRoles() = default;
  constexpr StaffRoles(std::initializer_list<staff::Role> roles) {
    for (auto role : roles) m_bits |= bit(role);
  }
  static constexpr StaffRoles any() { return {staff::Role::admin, staff::Role::support, staff::Role::compliance}; }
  constexpr bool empty() const { return m_bits == 0; }
  constexpr bool contains(staff::Role role) const { return (m_bits & bit(role)) != 0; }

 private:
  static constexpr std::uint8_t bit(staff::Role role) { return std::uint8_t(1u << static_cast<unsigned>(role)); }
  std::uint8_t m_bits = 0;
};

// How a state-changing request (POST) proves that the person meant it
// (P-6; checked by the pipeline's "csrf" stage, web/csrf.h).
enum class RequestProof {
  csrf_token,   // the form's csrf field (every form, by default)
  same_origin,  // the browser says the form came from this site (Sec-Fetch-Site,
                // Origin): forms on pages shared by every visitor, which
                // cannot carry a visitor's token (the cookie banner)
  url_token,    // the URL carries an unguessable token its handler checks
                // (one-click unsubscribe, RFC 8058: mail clients post it
                // from elsewhere, without cookies)
};

struct RouteRow {
  const char* method = "GET";
  const char* pattern = "/";
  HandlerFn handler = nullptr;
  const char* section = "";  // the part of the site statistics count it under
  http::Work work = http::Work::io;
  // A page that is the same for every visitor who is not signed in: such
  // visitors may get it from the visitor page cache (web/visitor_page_cache.h).
  bool visitor_cached = false;
  StaffRoles staff;  // staff pages: the roles that may open it (others: 403)
  RateLimit limit = RateLimit::none;
  RequestProof proof = RequestProof::csrf_token;

  bool changes_state() const { return method[0] == 'P'; }  // POST: CSRF-checked (P-6)

  constexpr RouteRow cpu() const { auto r = *this; r.work = http::Work::cpu; return r; }
  constexpr RouteRow cached_for_visitors() const { auto r = *this; r.visitor_cached = true; return r; }
  constexpr RouteRow for_staff(StaffRoles roles) const { auto r = *this; r.staff = roles; return r; }
  constexpr RouteRow limited(RateLimit l) const { auto r = *this; r.limit = l; return r; }
  constexpr RouteRow proven_by(RequestProof p) const { auto r = *this; r.proof = p; return r; }
};

// Every route of the site, in the order they are matched when patterns tie.
std::span<const RouteRow> route_table();

// The row a matched route came from (null for none: static files, 404).
const RouteRow* route_row(const http::Route* route);

// The router for route_table(): each route's handler bound to app.
http::Router make_router(App& app);

}  // namespace hanse::web
