// The site map: every URL the site answers, in one table (routes.cpp).
#pragma once

#include "http/router.h"
#include "http/server.h"
#include "web/app.h"

namespace hanse::web {

http::Router make_router(App& app);

// The routes of one part of the site, added by that part's own file so that
// the parts do not share one growing list. Handlers take (App&, Request&).
class RouteTable {
 public:
  using HandlerFn = http::Response (*)(App&, http::Request&);
  RouteTable(http::Router& router, App& app) : m_router(router), m_app(app) {}
  void get(const char* path, HandlerFn fn, http::Work work = http::Work::io);
  // A page that is the same for every visitor who is not signed in; such
  // visitors may get it from the visitor page cache (web/visitor_page_cache.h).
  void get_public(const char* path, HandlerFn fn, http::Work work = http::Work::io);
  // State-changing: the form's CSRF token is checked before fn runs (P-6).
  void post(const char* path, HandlerFn fn, http::Work work = http::Work::io);

 private:
  http::Router& m_router;
  App& m_app;
};

void add_company_routes(RouteTable& routes);    // web/company_routes.cpp: companies, members, invites
void add_catalogue_routes(RouteTable& routes);  // web/catalogue_routes.cpp: products, offers, uploads
void add_search_routes(RouteTable& routes);     // web/search_routes.cpp: search, category directory
void add_inquiry_routes(RouteTable& routes);    // web/inquiry_routes.cpp: inquiries

// Security headers on every response (P-6).
http::ResponseFilter make_response_filter(App& app);

// Error pages for statuses the server produces itself.
http::ErrorPageRenderer make_error_renderer(App& app);

}  // namespace hanse::web
