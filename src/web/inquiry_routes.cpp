// The URLs of inquiries between buyers and suppliers (M-7).
#include "web/inquiry_handlers.h"
#include "web/routes.h"

namespace hanse::web {

void add_inquiry_routes(RouteTable& routes) {
  routes.get("/inquiries", inquiry_list);
  routes.get("/inquiries/new", inquiry_new_show);
  routes.post("/inquiries/new", inquiry_new_submit);
  routes.get("/inquiries/{id}", inquiry_show);
  routes.post("/inquiries/{id}/reply", inquiry_reply);
}

}  // namespace hanse::web
