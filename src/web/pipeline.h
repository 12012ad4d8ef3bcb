// The site's request pipeline (http/pipeline.h), assembled in one place,
// make_pipeline() in web/pipeline.cpp. Outermost first:
//
//   access log        one line per request, by route pattern, with the address
//                     only in the access-log day files (http/access_log.h, P-11)
//   statistics        anonymous per-request counts (SPEC P-9; when stats.enabled)
//   security headers  CSP, nosniff, frame and referrer policies, HSTS (P-6)
//   context           the route's row and who is asking (web/request_context.h)
//   cookie policy     drops cookies not declared or not accepted, deletes the
//                     withdrawn ones (P-16, web/pipeline_cookie_policy.cpp)
//   [partner]         a co-branded partner's section (P-14): its slot
//   staff gate        staff pages: a staff session with one of the row's roles
//   csrf              POST: the form's token, before anything else runs (P-6)
//   rate limit        creating things: per member and per IP address and hour
//   visitor cache     public pages for visitors who are not signed in
//   changes           after a POST: pages cached for visitors are dropped
//   (the handler)
//
// Each stage is a function of its own file (web/pipeline_<stage>.cpp) that
// acts only on the routes whose row asks for it. Requests without a route
// (static files, 404, 405, the server's 400/413/431) pass through the
// access log and the security headers only.
#pragma once

#include "http/pipeline.h"
#include "http/server.h"
#include "privacy/cookie_choice.h"
#include "stats/recorder.h"
#include "web/app.h"

namespace hanse::web {

http::Pipeline make_pipeline(App& app);

// The stages, for make_pipeline and for tests.
http::Middleware statistics(App& app);  // needs app.stats
http::Middleware security_headers(App& app);
http::Middleware request_context(App& app);
http::Middleware cookie_policy(App& app);
http::Middleware staff_gate(App& app);
http::Middleware csrf_check(App& app);
http::Middleware rate_limit(App& app);
http::Middleware banner_slots(App& app);  // P-11: outside the visitor cache
http::Middleware visitor_cache(App& app);
http::Middleware drop_cache_after_changes(App& app);

// Drops the pages cached for visitors, the shared fragments and the kept
// signed-in members' sessions (web/viewer_cache.h): after a
// change made through this server (then published to the others through
// app.changes) or heard from another server sharing the database (R-2,
// db/change_feed.h).
void drop_caches(App& app);

// The cookie policy stage's rule on one response (for it and for tests):
// drops undeclared and unaccepted Set-Cookie headers, deletes withdrawn
// cookies the request still carries. where: the route, for the log.
void apply_cookie_policy(const http::Request& request, http::Response& response,
                         const privacy::CookieConsent& consent, std::string_view where);

// Every page of the route table as statistics name it, by route tag.
std::vector<stats::PageName> statistics_pages();

// Error pages for statuses the server produces itself.
http::ErrorPageRenderer make_error_renderer(App& app);

}  // namespace hanse::web
