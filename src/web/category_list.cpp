// GET /categories (M-5): the category directory with counts.
#include <algorithm>
#include <map>
#include <optional>

#include "core/paths.h"
#include "market/category_counts.h"
#include "market/search_category_listings.h"
#include "web/arranged.h"
#include "web/category_page.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/search_listing_links.h"

namespace hanse::web {

http::Response category_list(App& app, http::Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  if (!app.categories) return error_page(app, 404, &request);
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto counts = market::category_counts(**lease);
  if (!counts) return error_response(app, request, counts.error());
  const auto first = arranged_industries(app, page.member());
  return page.render("categories", "Categories", [&](Dict& d) {
    show_arranged(app, d, first);
    for (const auto* industry : industries_in_order(*app.categories, first)) {
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
