// GET /staff/policy (P-19): the form with which administrators and compliance
// officers publish a policy version (the route table names the roles; the
// staff gate checks them).
#include <fmt/format.h>

#include "privacy/publication.h"
#include "web/handler.h"
#include "web/staff_policy_form.h"

namespace hanse::web {

Response staff_policy_show(App& app, Request& request) {
  Page page(app, request);
  return render_staff_policy_form(app, page, "", "", "", "", 200);
}

}  // namespace hanse::web
