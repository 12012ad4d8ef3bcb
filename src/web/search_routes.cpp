// The URLs of search and the category directory (M-5, M-6).
#include "web/routes.h"
#include "web/search_handlers.h"

namespace hanse::web {

void add_search_routes(RouteTable& routes) {
  routes.get("/search", search_show);
  routes.get_public("/categories", categories_show);
  routes.get_public("/category/{industry}", category_industry_show);
  routes.get_public("/category/{industry}/{sub}", category_sub_show);
}

}  // namespace hanse::web
