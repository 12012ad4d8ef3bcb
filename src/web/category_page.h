// A category's page and the directory's counts (web/category_*.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

void set_category_counts(Dict& d, const market::CategoryCount& count);

// One category's page: its counts, its sub-categories (for an industry),
// and a page of one kind of listing.
http::Response render_category_page(App& app, http::Request& request,
                                    const market::Category& category);

}  // namespace hanse::web
