// GET /category/{industry} (M-5): an industry's page.
#include <algorithm>
#include <map>
#include <optional>

#include "core/paths.h"
#include "market/category_counts.h"
#include "market/search_category_listings.h"
#include "web/category_page.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/search_listing_links.h"

namespace hanse::web {

http::Response category_industry_show(App& app, http::Request& request) {
  const auto* category = app.categories ? app.categories->find(request.param("industry")) : nullptr;
  if (!category || !category->parent.empty()) return error_page(app, 404, &request);
  return render_category_page(app, request, *category);
}

}  // namespace hanse::web
