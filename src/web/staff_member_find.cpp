// GET /staff/members[?q=…] (S-1): the support page's lookup form; shows no
// personal data and records nothing.
#include "web/handler.h"
#include "web/staff_member_form.h"

namespace hanse::web {

Response staff_member_find(App& app, Request& request) {
  Page page(app, request);
  privacy::ViewRequest typed;
  typed.query = request.query("q").value_or("");
  if (typed.query.size() > privacy::kMaxLookupQuery) typed.query.resize(privacy::kMaxLookupQuery);
  return render_staff_member_form(app, page, typed, {}, 200);
}

}  // namespace hanse::web
