// The URLs of search and the category directory (M-5, M-6).
#include "web/routes.h"

namespace hanse::web {

void add_search_routes(RouteTable& routes) { (void)routes; }

}  // namespace hanse::web
