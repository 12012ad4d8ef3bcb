// The site map: every URL the site answers, in one table (routes.cpp).
#pragma once

#include "http/router.h"
#include "http/server.h"
#include "web/app.h"

namespace hanse::web {

http::Router make_router(App& app);

// Security headers on every response (P-6).
http::ResponseFilter make_response_filter(App& app);

// Error pages for statuses the server produces itself.
http::ErrorPageRenderer make_error_renderer(App& app);

}  // namespace hanse::web
