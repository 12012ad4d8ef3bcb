// Banner slots (P-11): pages that show a banner (home, search, category
// pages) carry kBannerSlot in their HTML, and the pipeline's "banner slots"
// stage (web/pipeline_banner_slots.cpp), which runs outside the visitor
// page cache, puts a banner chosen for this very request in its place. The
// cached page and the shared fragments (web/visitor_page_cache.h,
// web/shared_fragment_cache.h) therefore never hold a banner, and every view
// is chosen and counted. The same stage keeps the interest cookie on
// category pages.
#pragma once

#include <string>
#include <string_view>

#include "http/request.h"
#include "http/response.h"
#include "web/app.h"
#include "web/request_context.h"

namespace hanse::web {

inline constexpr std::string_view kBannerSlot = "<!--hanse:banner-slot-->";

// The banner for this request, as HTML with its "Why am I seeing this?";
// "" when no campaign fits or the choice failed (logged).
std::string banner_html(App& app, const http::Request& request, RequestContext& context);

// Forgets the untargeted banners' HTML kept for app (App::~App calls it
// with drop_banner_book).
void forget_banner_html(const App& app);

// On a category page of `industry` (an industry's id): adds it to the
// visitor's interest cookie (most recent first, at most five), only when
// the visitor accepted advertising cookies.
void note_interest(App& app, const http::Request& request, http::Response& response, RequestContext& context,
                   const std::string& industry);

}  // namespace hanse::web
