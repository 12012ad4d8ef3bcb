// GET /staff/disclosures/new (P-13): the compliance form for a disclosure.
#include "web/handler.h"
#include "web/staff_disclosure_form.h"

namespace hanse::web {

Response staff_disclosure_new_show(App& app, Request& request) {
  Page page(app, request);
  privacy::DisclosureInput typed;
  typed.member = request.query("member").value_or("");
  if (typed.member.size() > privacy::kMaxMemberRef) typed.member.clear();
  return render_staff_disclosure_form(app, page, typed, {}, 200);
}

}  // namespace hanse::web
