// Banner slots (P-11): pages that show a banner (home, search, category
// pages) mark its place in their template with {{BANNER_SLOT:x-banner-slot}},
// which prints nothing; the rendering records the offset in the response
// (http::Response::slot, web/views.h PageMarks), and the pipeline's "banner
// slots" stage (web/pipeline_banner_slots.cpp), which runs outside the
// visitor page cache, puts a banner chosen for this very request there. The
// cached page and the shared fragments (web/visitor_page_cache.h,
// web/shared_fragment_cache.h) therefore never hold a banner, and every view
// is chosen and counted. The same stage keeps the interest cookie on
// category pages.
#pragma once

#include <string>

#include "http/request.h"
#include "http/response.h"
#include "web/app.h"
#include "web/request_context.h"

namespace hanse::web {

// The banner for this request, as HTML with its "Why am I seeing this?";
// "" when no campaign fits or the choice failed (logged).
std::string banner_html(App& app, const http::Request& request, RequestContext& context);

// On a category page of `industry` (an industry's id): adds it to the
// visitor's interest cookie (most recent first, at most five), only when
// the visitor accepted advertising cookies.
void note_interest(App& app, const http::Request& request, http::Response& response, RequestContext& context,
                   const std::string& industry);

}  // namespace hanse::web
