// GET /categories (M-5): the category directory with counts.
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

http::Response category_list(App& app, http::Request& request) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  if (!app.categories) return error_page(app, 404, &request);
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto counts = market::category_counts(**lease);
  if (!counts) return error_response(app, request, counts.error());
  return page.render("categories", "Categories", [&](Dict& d) {
    for (const auto* industry : app.categories->industries()) {
      auto* group = d.AddSectionDictionary("INDUSTRY");
      group->SetValue("NAME", industry->name);
      group->SetValue("HREF", paths::category(industry->id));
      set_category_counts(*group, (*counts)[industry->id]);
      for (const auto& sub_id : industry->children) {
        const auto* sub = app.categories->find(sub_id);
        if (!sub) continue;
        auto* row = group->AddSectionDictionary("SUB");
        row->SetValue("SUB_NAME", sub->name);
        row->SetValue("SUB_HREF", paths::category(sub->id));
        set_category_counts(*row, (*counts)[sub->id]);
      }
    }
  });
}

}  // namespace hanse::web
