// Search and the category directory (M-5, M-6): public pages, routed by
// web/search_routes.cpp.
#pragma once

#include "http/request.h"
#include "http/response.h"
#include "web/app.h"

namespace hanse::web {

http::Response search_show(App& app, http::Request& request);           // GET /search
http::Response categories_show(App& app, http::Request& request);       // GET /categories
http::Response category_industry_show(App& app, http::Request& request);  // GET /category/{industry}
http::Response category_sub_show(App& app, http::Request& request);     // GET /category/{industry}/{sub}

}  // namespace hanse::web
