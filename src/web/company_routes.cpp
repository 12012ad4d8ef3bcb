// The URLs of companies, their members and invitations (M-1, M-2).
#include "web/routes.h"

namespace hanse::web {

void add_company_routes(RouteTable& routes) { (void)routes; }

}  // namespace hanse::web
