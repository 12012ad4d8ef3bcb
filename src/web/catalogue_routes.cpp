// The URLs of products, trade offers and uploaded images (M-3, M-4).
#include "web/routes.h"

namespace hanse::web {

void add_catalogue_routes(RouteTable& routes) { (void)routes; }

}  // namespace hanse::web
