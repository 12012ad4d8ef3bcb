#include "web/routes.h"

#include "web/handlers.h"
#include "web/page.h"
#include "web/testing_door_probe.h"

namespace hanse::web {
namespace {

using http::Work;
using HandlerFn = http::Response (*)(App&, http::Request&);

http::Handler bind(App& app, HandlerFn fn) {
  return [&app, fn](http::Request& request) { return fn(app, request); };
}

// State-changing requests must carry the form's CSRF token (P-6). Once one
// has run, pages cached for visitors may be out of date and are dropped.
http::Handler csrf_checked(App& app, HandlerFn fn) {
  return [&app, fn](http::Request& request) {
    if (!csrf_ok(request)) return error_page(app, 403, &request);
    auto response = fn(app, request);
    if (app.page_cache) app.page_cache->invalidate();
    return response;
  };
}

// A public page: a visitor who is not signed in (no session cookie) may be
// answered from the visitor page cache; signed-in members never are.
http::Handler visitor_cached(App& app, HandlerFn fn) {
  return [&app, fn](http::Request& request) {
    auto* cache = app.page_cache.get();
    if (!cache || !cache->enabled() || request.method != "GET" || request.cookie(kSessionCookie) ||
        request.cookie(kStaffCookie))
      return fn(app, request);
    if (auto hit = cache->find(request.target, VisitorPageCache::Clock::now())) return std::move(*hit);
    const auto generation = cache->generation();
    auto response = fn(app, request);
    cache->store(request.target, response, generation, VisitorPageCache::Clock::now());
    return response;
  };
}

}  // namespace

void RouteTable::get(const char* path, HandlerFn fn, Work work) {
  m_router.add({"GET", path, bind(m_app, fn), work});
}

void RouteTable::get_public(const char* path, HandlerFn fn, Work work) {
  m_router.add({"GET", path, visitor_cached(m_app, fn), work});
}

void RouteTable::post(const char* path, HandlerFn fn, Work work) {
  m_router.add({"POST", path, csrf_checked(m_app, fn), work});
}

http::Router make_router(App& app) {
  http::Router r;
  auto get = [&](const char* path, HandlerFn fn, Work work = Work::io) {
    r.add({"GET", path, bind(app, fn), work});
  };
  auto post = [&](const char* path, HandlerFn fn, Work work = Work::io) {
    r.add({"POST", path, csrf_checked(app, fn), work});
  };

  get("/", home_show);
  get("/healthz", healthz);
  get("/privacy", privacy_show);
  get("/privacy/versions", privacy_versions);
  get("/privacy/v/{n}", privacy_version_show);
  get("/privacy/changes", privacy_changes);
  get("/privacy/policy.json", privacy_policy_json);

  get("/register", register_show);
  post("/register", register_submit, Work::cpu);
  get("/signin", signin_show);
  post("/signin", signin_submit, Work::cpu);
  post("/signout", signout);

  get("/account", account_show);
  get("/account/sessions", session_list);
  post("/account/sessions/revoke-all", session_revoke_all);
  post("/account/sessions/{id}/revoke", session_revoke);
  get("/account/password", password_change_show);
  post("/account/password", password_change_submit, Work::cpu);
  get("/account/policy", policy_accept_show);
  post("/account/policy", policy_accept_submit);
  get("/password/forgot", password_forgot_show);
  post("/password/forgot", password_forgot_submit);
  get("/password/reset/{token}", password_reset_show);
  post("/password/reset/{token}", password_reset_submit, Work::cpu);

  get("/staff", staff_home);
  get("/staff/signin", staff_signin_show);
  post("/staff/signin", staff_signin_submit, Work::cpu);
  post("/staff/signout", staff_signout);
  get("/staff/policy", staff_policy_show);
  post("/staff/policy", staff_policy_submit);
  get("/staff/password/{token}", staff_password_show);
  post("/staff/password/{token}", staff_password_submit, Work::cpu);

  RouteTable market(r, app);
  add_company_routes(market);
  add_catalogue_routes(market);
  add_search_routes(market);
  add_inquiry_routes(market);
  add_testing_door_probe(r, app);
  return r;
}

http::ResponseFilter make_response_filter(App& app) {
  bool behind_tls = app.config.server.behind_tls;
  return [behind_tls](const http::Request& request, http::Response& response) {
    // A handler may set a stricter policy of its own (uploaded images).
    if (response.header("Content-Security-Policy").empty())
      response.set_header("Content-Security-Policy",
                          "default-src 'self'; script-src 'self'; style-src 'self'; "
                          "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                          "base-uri 'none'; object-src 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.secure || behind_tls)
      response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // Pages may hold personal data: no shared caches, no back-button copies.
    if (response.header("Cache-Control").empty())
      response.set_header("Cache-Control", "no-store");
  };
}

http::ErrorPageRenderer make_error_renderer(App& app) {
  return [&app](int status, const http::Request* request) {
    return error_page(app, status, request);
  };
}

}  // namespace hanse::web
