// POST /children (P-18): stores a guardian's request and mails them the
// confirmation link; field errors show the form again, nothing stored.
#include "web/children_form.h"

namespace hanse::web {

Response children_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  const auto& form = request.form();
  rights::ChildRequestInput input{std::string(form.get("guardian_name")), std::string(form.get("guardian_email")),
                                  std::string(form.get("child_email")), !form.get("removal").empty(),
                                  !form.get("opt_out").empty()};
  auto errors = app.child_requests->submit(input);
  if (!errors) return error_response(app, request, errors.error());
  if (!errors->empty()) return render_children_form(app, page, input, *errors, 422);
  return page.render("children_sent", "Check your e-mail",
                     [&](Dict& d) { d.SetValue("GUARDIAN_EMAIL", input.guardian_email); });
}

}  // namespace hanse::web
