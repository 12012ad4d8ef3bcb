// POST /staff/disclosures/new (P-13): records a disclosure (package read
// through the guard, audited); the form again with field errors, nothing
// stored, when something is wrong.
#include <fmt/format.h>

#include "web/handler.h"
#include "web/privacy_render.h"
#include "web/staff_disclosure_form.h"

namespace hanse::web {

Response staff_disclosure_new_submit(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // a compliance officer: the staff gate
  if (!who) return page.redirect("/staff/signin");
  const auto& form = request.form();
  privacy::DisclosureInput typed;
  typed.member = std::string(form.get("member"));
  typed.categories = form.all("categories");
  typed.recipient = std::string(form.get("recipient"));
  typed.basis = std::string(form.get("basis"));
  typed.notice_withheld = form.get("notice_withheld") == "1";
  typed.withheld_reason = std::string(form.get("withheld_reason"));
  typed.reference = std::string(form.get("reference"));
  auto version = shown_version(app);  // the policy in force
  auto recorded = privacy::record_disclosure(*app.db, *app.guard, app.clock, *version, who->id, typed);
  if (!recorded) return error_response(app, request, recorded.error());
  if (!recorded->errors.empty()) return render_staff_disclosure_form(app, page, typed, recorded->errors, 422);
  return page.redirect(fmt::format("/staff/disclosures?recorded={}", recorded->id));
}

}  // namespace hanse::web
