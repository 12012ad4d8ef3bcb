// The URLs of inquiries between buyers and suppliers (M-7).
#include "web/routes.h"

namespace hanse::web {

void add_inquiry_routes(RouteTable& routes) { (void)routes; }

}  // namespace hanse::web
